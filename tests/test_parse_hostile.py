"""Hostile corpus files (issue 11): ZIP bombs, huge PDFs, files that stall or exhaust the parser,
symbolic links out of the corpus, control characters in names, unsafe source URLs. Each is
skipped with a reason within a time bound while the rest of the corpus is read."""

import logging
import os
import time
import zipfile

import pytest

from qa.parse import load_corpus, load_sources
from tests.conftest import REALDOCS

GOOD = "# Good\n\nThe falls team helped 120 people.\n"


def table_pdf(path, pages: int, rows: int = 12) -> None:
    """A plain PDF of `pages` pages, each one ruled table of `rows` x 3 cells (pdfplumber finds it)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for p in range(pages):
        ops = [b"0.5 w"]
        top, h, xs = 750, 20, (50, 200, 350, 500)
        for r in range(rows + 1):
            ops.append(b"50 %d m 500 %d l S" % (top - r * h, top - r * h))
        for x in xs:
            ops.append(b"%d %d m %d %d l S" % (x, top, x, top - rows * h))
        for r in range(rows):
            for c, x in enumerate(xs[:3]):
                text = b"Item %d" % r if c == 0 else b"%d" % (p * 1000 + r * 10 + c)
                ops.append(b"BT /F1 9 Tf %d %d Td (%s) Tj ET" % (x + 4, top - r * h - 14, text))
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def pdf_bomb(path, chars: int) -> None:
    """A one-page PDF whose compressed content stream draws `chars` characters: a few kilobytes
    on disk, hundreds of megabytes once pdfminer makes an object of every character."""
    import zlib

    stream = zlib.compress(b"BT /F1 1 Tf 10 700 Td (" + b"A" * chars + b") Tj ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))


def docx_bomb(path, xml_mb: int) -> None:
    """A small DOCX whose document.xml inflates to `xml_mb` MB of paragraphs."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(
            "[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
        )
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            para = b"<w:p><w:r><w:t>Budget line</w:t></w:r></w:p>" * 20_000
            for _ in range(xml_mb * 1_000_000 // len(para) + 1):
                f.write(para)
            f.write(b"</w:body></w:document>")


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpus"
    c.mkdir()
    (c / "good.md").write_text(GOOD)
    return c


def test_docx_bomb_is_skipped_quickly_and_the_rest_is_read(corpus):
    docx_bomb(corpus / "bomb.docx", 150)
    assert (corpus / "bomb.docx").stat().st_size < 1_000_000
    started = time.monotonic()
    docs, skipped = load_corpus(corpus)
    assert time.monotonic() - started < 30
    assert [d.name for d in docs] == ["good.md"]
    assert [s.path for s in skipped] == ["bomb.docx"] and "ZIP bomb" in skipped[0].reason


def test_docx_whose_zip_understates_its_size_is_refused(corpus):
    xml = b'<?xml version="1.0"?><w:document>' + b"<w:p><w:r><w:t>Budget</w:t></w:r></w:p>" * 100_000 + b"</w:document>"
    with zipfile.ZipFile(corpus / "liar.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    data = bytearray((corpus / "liar.docx").read_bytes())
    # Declare 1,000 bytes for document.xml in its local header (offset 22) and central directory entry (offset 24).
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature, data.find(b"word/document.xml") - 60 if signature == b"PK\x03\x04" else data.find(b"PK\x01\x02"))
        while not data[at:].split(b"word/document.xml")[0][-60:] or b"word/document.xml" not in data[at : at + 120]:
            at = data.find(signature, at + 4)
        assert int.from_bytes(data[at + offset : at + offset + 4], "little") == len(xml)
        data[at + offset : at + offset + 4] = (1000).to_bytes(4, "little")
    (corpus / "liar.docx").write_bytes(bytes(data))
    docs, skipped = load_corpus(corpus)
    assert [d.name for d in docs] == ["good.md"]
    assert [s.path for s in skipped] == ["liar.docx"] and "damaged Word file" in skipped[0].reason, skipped


def test_a_2000_page_pdf_is_skipped_within_bounds(corpus):
    table_pdf(corpus / "huge.pdf", 2000)
    started = time.monotonic()
    docs, skipped = load_corpus(corpus, memory_mb=1500)
    assert time.monotonic() - started < 60
    assert [d.name for d in docs] == ["good.md"]
    assert [s.path for s in skipped] == ["huge.pdf"] and "too many pages" in skipped[0].reason


def test_pdf_pages_are_released_as_they_are_read(tmp_path):
    """Peak memory while parsing stays about the same whether a PDF has 8 or 32 pages of tables."""
    import tracemalloc

    from qa.parse.pdf import parse_pdf

    table_pdf(tmp_path / "warm.pdf", 2)
    parse_pdf(tmp_path / "warm.pdf")  # one-time imports and caches, outside the measurement
    peaks = {}
    for pages in (8, 32):
        table_pdf(tmp_path / f"t{pages}.pdf", pages, rows=25)
        tracemalloc.start()
        blocks, _ = parse_pdf(tmp_path / f"t{pages}.pdf")
        peaks[pages] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert sum(1 for b in blocks if b.table is not None) >= pages
    assert peaks[32] < 2 * peaks[8], peaks


def test_a_file_that_takes_too_long_is_skipped_and_the_next_one_is_read(corpus):
    import shutil

    shutil.copy(REALDOCS / "WARN-Report-for-7-1-2015-to-03-25-2016.pdf", corpus / "a-slow.pdf")
    shutil.copy(REALDOCS / "nics-background-checks-2015-11.pdf", corpus / "b-ok.pdf")
    started = time.monotonic()
    docs, skipped = load_corpus(corpus, timeout=0.01)
    assert time.monotonic() - started < 60
    assert "good.md" in [d.name for d in docs]
    assert {s.path for s in skipped} >= {"a-slow.pdf"} and all("took longer than" in s.reason for s in skipped)
    # with a sane deadline both PDFs are read by a fresh worker
    docs, skipped = load_corpus(corpus, timeout=120)
    assert sorted(d.name for d in docs) == ["a-slow.pdf", "b-ok.pdf", "good.md"] and not skipped


def test_a_file_that_needs_too_much_memory_is_skipped(corpus):
    pdf_bomb(corpus / "bomb.pdf", 3_000_000)
    assert (corpus / "bomb.pdf").stat().st_size < 100_000
    started = time.monotonic()
    docs, skipped = load_corpus(corpus, memory_mb=400, timeout=90)
    assert time.monotonic() - started < 100
    assert [d.name for d in docs] == ["good.md"]
    assert [s.path for s in skipped] == ["bomb.pdf"] and ("memory" in skipped[0].reason or "took longer" in skipped[0].reason), skipped


def test_symlinks_out_of_the_corpus_are_not_followed(corpus, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    os.symlink(secret, corpus / "passwd.txt")
    os.symlink("/etc/passwd", corpus / "etc-passwd.txt")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "notes.md").write_text("# Notes\n\nroot:x:0:0 secret notes\n")
    os.symlink(outside, corpus / "linked-folder")
    docs, skipped = load_corpus(corpus)
    assert [d.name for d in docs] == ["good.md"]
    assert all("root:" not in b.text for d in docs for b in d.blocks)
    reasons = {s.path: s.reason for s in skipped}
    assert set(reasons) == {"etc-passwd.txt", "passwd.txt", "linked-folder"} and all("link" in r for r in reasons.values())


def test_the_size_limit_message_states_the_limit_actually_applied(corpus):
    (corpus / "big.txt").write_text("x " * 10_250_000)  # 20.5 MB: under 20 MiB, over 20 MB
    docs, skipped = load_corpus(corpus)
    assert [s.reason for s in skipped] == ["too large (20.5 MB; the limit is 20 MB)"]


def test_control_characters_in_file_names_never_reach_the_log(corpus, caplog):
    (corpus / "evil\x1b[2J\x1b]0;pwned\x07.md").write_bytes(b"\x00\x01binary" * 10)
    with caplog.at_level(logging.WARNING):
        docs, skipped = load_corpus(corpus)
    assert skipped and "\x1b" not in caplog.text and "\\x1b" in caplog.text


def test_unsafe_source_urls_are_dropped(corpus):
    (corpus / "sources.json").write_text(
        '{"good.md": {"title": "Good", "url": "https://example.org/r.pdf\\n![x](https://evil.example/p.png)"},'
        ' "b.md": {"title": "B", "url": "javascript:alert(1)"}, "c.md": {"title": "C", "url": "https://example.org/c.pdf"}}'
    )
    sources = load_sources(corpus)
    assert sources["good.md"].url == "" and sources["b.md"].url == "" and sources["c.md"].url == "https://example.org/c.pdf"

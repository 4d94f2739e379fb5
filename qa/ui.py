"""The Gradio chat: a thin adapter over Assistant.

Everything that turns domain objects into what the page shows is a pure function here:
`answer_to_markdown` (the chat message), `answer_to_text` (what Copy puts on the clipboard),
`source_view_html` (the source viewer) and `documents_html` (the staff documents panel).

A chat message is one HTML block with no blank line, which Markdown passes through untouched, and
Gradio's sanitiser then cleans. The sanitiser drops data- and aria- attributes, so the answer and
source a marker opens are carried in class names (`qa-a-<answer> qa-c-<source>`).

No `from __future__ import annotations` here: Gradio reads the `gr.LikeData` annotation of the
like handler at run time to pass the click's data.
"""

import base64
import hashlib
import html
import logging
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from qa.errors import QAError
from qa.lexicon import message, spell_out
from qa.parse import safe_url
from qa.spelling import showing_results_for
from qa.types import Answer, Citation, Skipped, Unit

if TYPE_CHECKING:
    import gradio as gr

    from qa.feedback import FeedbackStore
    from qa.pipeline import Assistant

log = logging.getLogger(__name__)

ALL_DOCUMENTS = "All documents"
MAX_CELL = 220  # longer cells are shortened in the chat (the viewer shows them whole)
MAX_VIEW_CELL = 400  # other rows' cells in the viewer's table
VIEW_PASSAGES = 6  # passages of the section shown either side of the cited one
BOX_MARGIN = 3.0  # PDF points added around a boxed row or passage
QUESTION_LIMIT = 1000
COUNTER_FROM = 800  # the counter appears from here, before the limit is reached
MAX_EXAMPLES = 6  # example buttons: one or two rows on a desk screen
DEFAULT_TITLE = "Plan Assistant"
DEFAULT_INTRO = "Ask about the plans and reports in the index."
NOTICE = message("medical_notice")  # qa/data/messages.json
# Characters Markdown would read as markup, written as entities so a document's text stays text
# even where Markdown runs over it.
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+!|~>'\"]")
_MARKER = re.compile(r"&#91;(\d+)&#93;")
# The characters that start a GFM autolink: the colon of "://", the dot of "www." and the "@" of an
# address. Written as entities they stay text, so a document cannot plant a live link.
_AUTOLINK = re.compile(r"(?<=[a-zA-Z]):(?=//)|(?<=\bwww)\.|@", re.I)


# -- pure conversion: answer -> chat markup ---------------------------------------------
def escape_text(text: str) -> str:
    """Text from a question or a document, shown literally: no HTML, no Markdown, and no bare
    address the Markdown renderer would turn into a link by itself (a phishing link in a document).

    >>> escape_text("<img src=x onerror=alert(1)> ![x](http://e/x.png) & *b*")
    '&lt;img src=x onerror=alert&#40;1&#41;&gt; &#33;&#91;x&#93;&#40;http&#58;//e/x.png&#41; &amp; &#42;b&#42;'
    >>> escape_text("www.evil.example or help@evil.example")
    'www&#46;evil.example or help&#64;evil.example'
    """
    # Decimal entities only: Gradio's Markdown step re-escapes hexadecimal ones such as &#x27;.
    escaped = html.escape(text, quote=False).replace("\r", "").replace("\n", " ")
    escaped = _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", escaped)
    return _AUTOLINK.sub(lambda m: f"&#{ord(m.group())};", escaped)


def _short(text: str, limit: int, keep: str = "") -> str:
    if len(text) > limit and text not in keep:
        return text[:limit].rsplit(" ", 1)[0] + "…"
    return text


def is_pdf_url(url: str) -> bool:
    """
    >>> is_pdf_url("https://example.org/papers/Report.PDF?x=1"), is_pdf_url("https://example.org/report")
    (True, False)
    """
    return urlsplit(url).path.lower().endswith(".pdf")


def public_link(url: str, page: int | None) -> str:
    """The public document's address, at the cited page when it is a PDF; empty unless https."""
    if not url.startswith("https://"):
        return ""
    url = url.replace(" ", "%20").replace('"', "%22")
    return f"{url.split('#')[0]}#page={page}" if page and is_pdf_url(url) else url


_JOINED = re.compile(r"\S+[-/–]\S+")


def header_html(text: str) -> str:
    """A column header that wraps only between words: a browser may break after a hyphen or a
    slash ("24-/25"), so words holding one are kept whole.

    >>> header_html("Total Investment 24-25")
    'Total Investment <span class="qa-nw">24-25</span>'
    """
    return _JOINED.sub(lambda m: f'<span class="qa-nw">{m.group()}</span>', escape_text(text))


def cite_button(ref: int, n: int, text: str, extra: str = "") -> str:
    """A button that opens source n of answer `ref` in the viewer (see SCRIPT: the click is delegated)."""
    classes = f"qa-cite qa-a-{ref} qa-c-{n}" + (f" {extra}" if extra else "")
    return f'<button type="button" class="{classes}">{text}</button>'


def _source_heading(n: int, c: Citation) -> str:
    bits = [f"<strong>&#91;{n}&#93;</strong> {escape_text(c.title)}"]
    if c.date:
        bits.append(escape_text(c.date))
    if c.page:
        bits.append(f"page {c.page}")
    line = ", ".join(bits)
    link = public_link(safe_url(c.url), c.page)  # http(s) only, no whitespace
    if link:
        label = f"public document, page {c.page}" if "#page=" in link else "public source"
        line += f' · <a href="{_plain(link)}" target="_blank" rel="noopener noreferrer">{label}</a>'
    return f'<p class="qa-source-head">{line}</p>'


def citation_to_html(ref: int, n: int, c: Citation, answer_text: str = "") -> str:
    """One source: for a table row, the table's title and the row under its headers (one line
    per column, so it reads on a phone); for a passage, its heading path and the passage."""
    parts = ['<div class="qa-source">', _source_heading(n, c)]
    if c.headers and c.cells:
        parts.append(f'<p class="qa-where">Table: {escape_text(c.table or "")}</p>')
        parts.append('<div class="qa-table-scroll"><table class="qa-row"><tbody>')
        for h, x in zip(c.headers, c.cells):
            value = escape_text(_short(x, MAX_CELL, answer_text)) or "—"
            quoted = bool(x) and len(x) <= MAX_CELL and x in answer_text
            parts.append(f'<tr><th scope="row">{header_html(h)}</th><td>{"<strong>" + value + "</strong>" if quoted else value}</td></tr>')
        parts.append("</tbody></table></div>")
        show = "Show the row in its table"
    else:
        if c.section:
            parts.append(f'<p class="qa-where">Section: {escape_text(c.section)}</p>')
        parts.append(f"<blockquote>{escape_text(c.text)}</blockquote>")
        show = "Show the passage in its section"
    if c.page and c.doc.lower().endswith(".pdf"):
        show += " and on the page"
    # the same words on every source: the hidden number tells them apart for a screen reader
    label = f'{show}<span class="visually-hidden">, source {n}</span>'
    parts.append(f'<p class="qa-show">{cite_button(ref, n, label, "qa-show-btn")}</p>')
    parts.append("</div>")
    return "".join(parts)


def answer_to_markdown(answer: Answer, ref: int = 0, long_forms: dict[str, str] | None = None) -> str:
    """The chat message for answer number `ref` of the conversation: the answer with clickable
    markers and its abbreviations spelled out at first use (`long_forms`, see qa.lexicon
    spell_out), the first source, the others folded away, a Copy button and the plain text it copies."""
    n_cited = len(answer.citations)
    text = spell_out(answer.answer, long_forms or {})

    def marker(m: re.Match) -> str:
        n = int(m.group(1))
        return cite_button(ref, n, f"&#91;{n}&#93;") if 1 <= n <= n_cited else m.group()

    parts = [f'<div class="qa-answer qa-a-{ref}">', f'<p class="qa-text">{_MARKER.sub(marker, escape_text(text))}</p>']
    if answer.corrected:
        parts.insert(1, f'<p class="qa-corrected"><em>{escape_text(showing_results_for(answer.corrected))}</em></p>')
    if answer.status == "no_answer" and answer.suggestions:
        parts.append("<p>You could ask about: " + "; ".join(escape_text(s) for s in answer.suggestions) + " — use the buttons below.</p>")
    if answer.citations:
        first, *more = answer.citations
        parts.append('<div class="qa-sources"><p class="qa-sources-title"><strong>Source</strong></p>')
        parts.append(citation_to_html(ref, 1, first, answer.answer))
        if more:
            label = "1 more source" if len(more) == 1 else f"{len(more)} more sources"
            parts.append(f'<details class="qa-more"><summary>{label}</summary>')
            parts.extend(citation_to_html(ref, i, c, answer.answer) for i, c in enumerate(more, 2))
            parts.append("</details>")
        parts.append("</div>")
    plain = "&#10;".join(escape_text(line) for line in answer_to_text(answer, long_forms).split("\n"))
    parts.append('<p class="qa-tools"><button type="button" class="qa-copy">Copy answer as text</button></p>')
    parts.append(f'<div class="qa-plain" hidden>{plain}</div>')
    parts.append("</div>")
    return "".join(parts)


def answer_to_text(answer: Answer, long_forms: dict[str, str] | None = None) -> str:
    """What Copy puts on the clipboard: the answer (abbreviations spelled out as on the screen) and
    its sources as plain text, entities decoded.

    >>> a = Answer("q", "answered", "Mobility &amp; Complex Care: £5 [1].", (Citation("d", "Report", 2, "S", "T", "r", "t", 1.0,
    ...     headers=("Activity", "Cost"), cells=("Mobility &amp; Complex Care", "£5"), url="https://e.org/r.pdf"),))
    >>> print(answer_to_text(a))
    Mobility & Complex Care: £5 [1].
    <BLANKLINE>
    Sources
    [1] Report, page 2 — https://e.org/r.pdf#page=2
        Table: T
        Activity: Mobility & Complex Care
        Cost: £5
    """
    u = html.unescape
    lines = [u(spell_out(answer.answer, long_forms or {}))]
    if answer.corrected:
        lines.insert(0, showing_results_for(answer.corrected))
    if answer.status == "no_answer" and answer.suggestions:
        lines += ["", "You could ask about: " + "; ".join(u(s) for s in answer.suggestions)]
    if answer.citations:
        lines += ["", "Sources"]
    for i, c in enumerate(answer.citations, 1):
        head = ", ".join(x for x in (u(c.title), u(c.date), f"page {c.page}" if c.page else "") if x)
        link = public_link(c.url, c.page)
        lines.append(f"[{i}] {head}" + (f" — {link}" if link else ""))
        if c.headers and c.cells:
            lines.append(f"    Table: {u(c.table or '')}")
            lines += [f"    {u(h)}: {u(x)}" for h, x in zip(c.headers, c.cells) if x]
        else:
            if c.section:
                lines.append(f"    Section: {u(c.section)}")
            lines.append(f"    “{u(c.text)}”")
    return "\n".join(lines)


def suggested_questions(answer: Answer) -> list[str]:
    return [f"What do the documents say about {s}?" for s in answer.suggestions][:3]


# -- pure conversion: a source in its context -> viewer markup ---------------------------
@dataclass(frozen=True)
class PageFigure:
    """A rendered PDF page and the box (left, top, width, height in percent) to draw on it."""

    png: bytes
    page: int
    box: tuple[float, float, float, float] | None
    what: str  # "row", "table" or "passage": what the box outlines


def _plain(text: str) -> str:
    r"""Text for our own HTML (the viewer, the documents panel), on one line: a blank line would end
    the HTML block Markdown passes through (see raw_html).

    >>> _plain('a <b> "c"\n\nd')
    'a &lt;b&gt; &#34;c&#34;  d'
    """
    return html.escape(text, quote=False).replace('"', "&#34;").replace("'", "&#39;").replace("\r", " ").replace("\n", " ")


def source_view_html(n: int, c: Citation, context: list[Unit], cited_id: str, figure: PageFigure | None = None, nonce: str = "") -> str:
    """The source viewer: the cited row inside its whole table (header band, row highlighted) or
    the cited passage inside its section; for a PDF the page with the row or passage boxed; and a
    link to the public document at that page. `context` is the table's rows or the section's
    passages, in document order."""
    e = _plain
    out = [
        # hidden until the page script has placed and focused it (SCRIPT)
        f'<section class="qa-viewer" role="dialog" aria-labelledby="qa-viewer-title" data-nonce="{e(nonce)}" hidden>',
        '<div class="qa-viewer-bar">',
        f'<h2 id="qa-viewer-title" tabindex="-1">Source [{n}] in its document</h2>',
        '<button type="button" class="qa-viewer-close">Close</button></div>',
    ]
    meta = ", ".join(x for x in (e(c.title), e(c.date), f"page {c.page}" if c.page else "") if x)
    if meta:
        out.append(f'<p class="qa-viewer-meta">{meta}</p>')
    rows = [u for u in context if u.kind == "row"]
    if rows:
        headers = rows[0].headers
        out.append(f"<h3>Table: {e(c.table or rows[0].table)}</h3>")
        if c.section and c.section != c.table:
            out.append(f'<p class="qa-viewer-meta">Section: {e(c.section)}</p>')
        out.append(f'<div class="qa-table-scroll qa-view-scroll" role="region" tabindex="0" aria-label="Table: {e(c.table or "")}">')
        out.append(f'<table class="qa-view-table"><thead>{header_band_html(rows[0].header_paths, headers)}</thead><tbody>')
        group = ""
        for u in rows:
            if u.group and u.group != group:
                out.append(f'<tr class="qa-group"><th scope="colgroup" colspan="{len(headers)}">{escape_text(u.group)}</th></tr>')
            group = u.group
            cited = u.id == cited_id
            cells = [e(x if cited else _short(x, MAX_VIEW_CELL)) for x in u.cells]
            if cited:
                cells[0] = f'<span class="visually-hidden">Cited row: </span>{cells[0]}'
            attrs = ' class="qa-cited" aria-current="true"' if cited else ""
            out.append(f"<tr{attrs}>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
        out.append("</tbody></table></div>")
    else:
        out.append(f"<h3>Section: {e(c.section or 'Passage')}</h3>")
        out.append('<div class="qa-view-passages">')
        for u in context:
            if u.id == cited_id:
                out.append(f'<p class="qa-cited"><mark><span class="visually-hidden">Cited passage: </span>{e(u.text)}</mark></p>')
            else:
                out.append(f"<p>{e(u.text)}</p>")
        out.append("</div>")
    if figure is not None:
        data = base64.b64encode(figure.png).decode("ascii")
        outlined = f", with the cited {figure.what} outlined" if figure.box else ""
        out.append('<figure class="qa-page"><div class="qa-page-frame">')
        out.append(f'<img src="data:image/png;base64,{data}" alt="Page {figure.page} of {e(c.title)}{outlined}">')
        if figure.box:
            left, top, width, height = figure.box
            out.append(f'<div class="qa-box" aria-hidden="true" style="left:{left}%;top:{top}%;width:{width}%;height:{height}%"></div>')
        out.append(f"</div><figcaption>Page {figure.page}{outlined}.</figcaption></figure>")
    link = public_link(c.url, c.page)
    if link:
        label = f"Open the public document at page {c.page}" if "#page=" in link else "Open the public source"
        out.append(f'<p><a href="{e(link)}" target="_blank" rel="noopener noreferrer">{label}</a></p>')
    out.append("</section>")
    return "".join(out)


def header_band_html(paths: tuple[tuple[str, ...], ...], headers: tuple[str, ...]) -> str:
    """The table's header band as it was printed: one row per level, a label over several columns
    spanning them, a column with fewer levels spanning down.

    >>> header_band_html((("Area",), ("2024", "Budget"), ("2024", "Actual")), ("Area", "2024 Budget", "2024 Actual"))
    '<tr><th scope="col" rowspan="2">Area</th><th scope="colgroup" colspan="2">2024</th></tr><tr><th scope="col">Budget</th><th scope="col">Actual</th></tr>'
    """
    if len(paths) != len(headers) or not paths or max(map(len, paths)) < 2:
        return "<tr>" + "".join(f'<th scope="col">{header_html(h)}</th>' for h in headers) + "</tr>"
    depth = max(map(len, paths))
    out = []
    for level in range(depth):
        cells, j = [], 0
        while j < len(paths):
            path = paths[j]
            if level >= len(path):
                j += 1
                continue
            span = 1
            if level < len(path) - 1:  # a band label: merge the neighbours under the same label
                while j + span < len(paths) and len(paths[j + span]) > level + 1 and paths[j + span][: level + 1] == path[: level + 1]:
                    span += 1
                cells.append(
                    f'<th scope="colgroup" colspan="{span}">{header_html(path[level])}</th>'
                    if span > 1
                    else f'<th scope="col">{header_html(path[level])}</th>'
                )
            else:
                down = depth - len(path) + 1
                cells.append(
                    f'<th scope="col" rowspan="{down}">{header_html(path[level])}</th>'
                    if down > 1
                    else f'<th scope="col">{header_html(path[level])}</th>'
                )
            j += span
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "".join(out)


def source_context(units: Sequence[Unit], cited: Unit) -> list[Unit]:
    """The units the viewer shows around a cited one: every row of its table, or the passages
    of its section (a window around the cited one), in document order."""
    if cited.kind == "row" and cited.table_id:
        return [u for u in units if u.table_id == cited.table_id]
    same = [u for u in units if u.doc == cited.doc and u.kind == "passage" and u.section == cited.section]
    at = next((i for i, u in enumerate(same) if u.id == cited.id), 0)
    return same[max(0, at - VIEW_PASSAGES) : at + VIEW_PASSAGES + 1] or [cited]


# -- what the chat shows for this corpus ---------------------------------------------------
@dataclass(frozen=True)
class ChatPage:
    """The page's title, the line saying what the documents are, and the example questions:
    written for a corpus in its chat.json (see corpus/chat.json), never in this code."""

    title: str = DEFAULT_TITLE
    intro: str = DEFAULT_INTRO
    examples: tuple[str, ...] = ()


def load_chat_page(corpus_dir: Path) -> ChatPage:
    """corpus/chat.json, checked; what is missing or unusable keeps the generic default (a
    warning says why), so a bad file never stops the chat."""
    import json

    from qa.parse import CHAT_FILE

    path = corpus_dir / CHAT_FILE
    if not path.is_file():
        return ChatPage()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read (%s); the chat uses a generic title and examples", path, exc)
        return ChatPage()
    if not isinstance(raw, dict):
        log.warning("%s: not a JSON object; the chat uses a generic title and examples", path)
        return ChatPage()

    def text(key: str, default: str, limit: int) -> str:
        value = raw.get(key, default)
        if not isinstance(value, str) or not value.strip() or len(value) > limit:
            log.warning("%s: %r should be text of at most %d characters; using %r", path, key, limit, default)
            return default
        return " ".join(value.split())

    examples = raw.get("examples", [])
    if not isinstance(examples, list):
        log.warning("%s: 'examples' should be a list of questions", path)
        examples = []
    good = [" ".join(q.split()) for q in examples if isinstance(q, str) and q.strip() and len(q) <= QUESTION_LIMIT]
    if len(good) != len(examples) or len(good) > MAX_EXAMPLES:
        log.warning(
            "%s: %d of %d examples used (text, at most %d characters, at most %d examples)",
            path,
            min(len(good), MAX_EXAMPLES),
            len(examples),
            QUESTION_LIMIT,
            MAX_EXAMPLES,
        )
    return ChatPage(text("title", DEFAULT_TITLE, 80), text("intro", DEFAULT_INTRO, 500), tuple(dict.fromkeys(good))[:MAX_EXAMPLES])


def default_examples(documents: Iterable[Iterable[Unit]], n: int = 4) -> list[str]:
    """Examples for a corpus whose chat.json names none, one from each document in turn. Each item
    of `documents` is one document's candidates, read only as far as needed: the first row of each
    of its tables, or, for a document without tables, its passages (named by their last heading).

    >>> rows = [Unit("a#1", "a.md", "row", "", table_id="a#t1", row="Falls team"), Unit("a#2", "a.md", "row", "", table_id="a#t1", row="Walks"),
    ...         Unit("a#3", "a.md", "row", "", table_id="a#t2", row="Respite")]
    >>> plan = [Unit("c#1", "c.txt", "passage", "...", section="Plan › Our finances"), Unit("c#2", "c.txt", "passage", "...", section="Plan › Our finances")]
    >>> default_examples([rows, [Unit("b#1", "b.md", "row", "", table_id="b#t1", row="Roads")], plan])
    ['What do the documents say about Falls team?', 'What do the documents say about Roads?', 'What do the documents say about Our finances?', 'What do the documents say about Respite?']
    """
    turns = [_example_names(units) for units in documents]
    found: dict[str, None] = {}
    while turns and len(found) < n:
        still = []
        for names in turns:
            name = next(names, None)
            if name is None:
                continue
            found.setdefault(name)
            if len(found) == n:
                break
            still.append(names)
        turns = still
    return [f"What do the documents say about {name}?" for name in found]


def _example_names(units: Iterable[Unit]) -> Iterator[str]:
    """The names one document offers as examples: a row's label (once per table) or a passage's
    last heading (once per heading), if short enough to read as a button."""
    from qa.units import SECTION_SEP

    seen: set[tuple[str, str]] = set()
    for u in units:
        name = u.row if u.kind == "row" else u.section.split(SECTION_SEP)[-1]
        key = (u.table_id, "") if u.kind == "row" else (u.doc, name)
        if key in seen:
            continue
        seen.add(key)
        if name and len(name) <= 60:
            yield name


def example_candidates(assistant: "Assistant") -> Iterator[Iterable[Unit]]:
    """For each document, lazily: the first row of each of its tables, else its passages, read
    from disk only as `default_examples` takes them."""
    index = assistant.index
    for doc in assistant.documents:
        tables = index.tables_of(doc)
        if tables:
            yield (index.units[index.table_positions(t)[0]] for t in tables)
        else:
            start, end = index.doc_range(doc) or (0, 0)
            yield index.units[start:end]


# -- pure conversion: the index -> documents panel -----------------------------------------
@dataclass(frozen=True)
class DocumentInfo:
    name: str
    title: str
    date: str
    publisher: str
    url: str
    passages: int
    rows: int


def documents_html(docs: list[DocumentInfo], skipped: list[Skipped]) -> str:
    """Every indexed document with its title, date, publisher, link and counts; then the corpus
    files that are not in the index and why."""
    e = _plain
    out = [
        f"<p>{len(docs)} document{'s' if len(docs) != 1 else ''} in the index.</p>",
        '<div class="qa-table-scroll" role="region" tabindex="0" aria-label="Documents in the index">',
        '<table class="qa-docs"><thead><tr><th scope="col">Document</th><th scope="col">Date</th><th scope="col">Publisher</th>'
        '<th scope="col">Passages</th><th scope="col">Table rows</th></tr></thead><tbody>',
    ]
    for d in docs:
        link = public_link(d.url, None)
        name = f'<a href="{e(link)}" target="_blank" rel="noopener noreferrer">{e(d.title)}</a>' if link else e(d.title)
        out.append(
            f'<tr><td>{name}<br><span class="qa-file">{e(d.name)}</span></td><td>{e(d.date)}</td><td>{e(d.publisher)}</td>'
            f"<td>{d.passages}</td><td>{d.rows}</td></tr>"
        )
    out.append("</tbody></table></div>")
    if skipped:
        out.append(f"<h3>Files not in the index ({len(skipped)})</h3><ul>")
        out.extend(f'<li><span class="qa-file">{e(s.path)}</span>: {e(s.reason)}</li>' for s in skipped)
        out.append("</ul>")
    else:
        out.append("<p>Every file in the corpus folder is in the index.</p>")
    return "".join(out)


def document_infos(assistant: "Assistant") -> list[DocumentInfo]:
    """Each document's details and counts, from what the index stored at build time (no unit is read)."""
    index = assistant.index
    out = []
    for name in assistant.documents:
        src = assistant.sources.get(name)
        start, end = index.doc_range(name) or (0, 0)
        r = sum(len(index.table_positions(t)) for t in index.tables_of(name))
        p = end - start - r
        out.append(
            DocumentInfo(
                name, assistant.title_of(name), src.date if src else "", src.publisher if src else "", src.url if src else "", p, r
            )
        )
    return out


def skipped_files(corpus_dir: Path, indexed: list[str]) -> list[Skipped]:
    """Corpus files that are not in the index, each with the reason it could not be read (or
    that it came after the last build)."""
    from qa.errors import ParseError
    from qa.parse import corpus_files, parse_file

    if not corpus_dir.is_dir():
        return []
    out = []
    known = set(indexed)
    for path in corpus_files(corpus_dir):
        name = path.relative_to(corpus_dir).as_posix()
        if name in known:
            continue
        try:
            parse_file(path, name)
            reason = "added after the last build: run `python -m qa build`"
        except ParseError as exc:
            reason = str(exc)
        except OSError as exc:
            reason = f"cannot be opened ({exc.strerror or exc})"
        out.append(Skipped(name, reason))
    return out


# -- the page ------------------------------------------------------------------------------
CSS = """
:root { --ui-blue: #005eb8; --ui-dark: #003087; --ui-text: #212b32; --ui-grey: #f0f4f5; --ui-yellow: #ffeb3b; }
.gradio-container { max-width: 960px !important; margin: 0 auto !important; color: var(--ui-text); }
#title h1 { color: var(--ui-dark); font-size: 1.5rem; margin: 0; }
#intro p { font-size: 0.95rem; line-height: 1.4; margin: 0; }
footer, footer a, footer button, .show-api, .show-api * { color: #4c6272 !important; }
footer a, footer button { min-height: 24px; display: inline-flex; align-items: center; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.example-btn, .suggestion-btn { font-size: 0.95rem !important; text-align: left !important; }
button:focus-visible, textarea:focus-visible, input:focus-visible, a:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--ui-yellow) !important; box-shadow: 0 0 0 6px #212b32 !important; }
/* Every control at least 24 x 24 px (WCAG 2.2, 2.5.8), the chat's own icon buttons included. */
#chat button, #chat summary, #chat a, .qa-viewer button, .qa-viewer a, #documents a { min-height: 24px; min-width: 24px; }
#chat .message-buttons button, #chat .icon-button-wrapper button, #chat button.action, #chat .icon-button {
  min-width: 28px !important; min-height: 28px !important; }
#chat .message-buttons svg, #chat .icon-button-wrapper svg { width: 18px; height: 18px; }
#chat a { display: inline-flex; align-items: center; }
.gradio-container button.label-wrap { min-height: 32px; }
#document input { min-height: 24px; }
.qa-answer p { margin: 0.3rem 0; }
.qa-text { font-size: 1rem; }
.qa-cite { display: inline-flex; align-items: center; justify-content: center; min-width: 28px; min-height: 24px; padding: 0 3px;
  margin: 0 1px; border: 1px solid var(--ui-blue); border-radius: 4px; background: #fff; color: var(--ui-blue) !important;
  font: inherit; font-weight: 600; cursor: pointer; vertical-align: baseline; transition: none !important; }
.qa-cite:hover, .qa-copy:hover { background: var(--ui-dark) !important; color: #fff !important; }
.qa-show-btn, .qa-copy { font-weight: 600; padding: 2px 8px; min-height: 28px; }
.qa-copy { border: 1px solid #4c6272; border-radius: 4px; background: #fff; color: var(--ui-text); cursor: pointer; font: inherit;
  transition: none !important; }
.qa-sources { border-top: 1px solid #d8dde0; margin-top: 0.4rem; padding-top: 0.2rem; }
.qa-source-head, .qa-where { font-size: 0.9rem; }
.qa-more summary { cursor: pointer; min-height: 28px; display: list-item; padding: 4px 0; color: var(--ui-blue); font-weight: 600; }
.qa-more .qa-source { opacity: 1; border-top: 1px dashed #d8dde0; margin-top: 0.3rem; }
/* Tables never break inside a word; a table too wide for its box scrolls sideways inside it. */
/* contain: its own width never widens the chat bubble that holds it */
.qa-table-scroll { overflow-x: auto; max-width: 100%; width: 100%; contain: inline-size; }
#chat table, .qa-viewer table, #documents table { table-layout: auto !important; width: auto; max-width: none; border-collapse: collapse; }
#chat th, #chat td, .qa-viewer th, .qa-viewer td, #documents th, #documents td {
  word-break: normal !important; overflow-wrap: normal !important; hyphens: manual !important; white-space: normal;
  vertical-align: top; padding: 4px 6px !important; font-size: 0.9rem; text-align: left; }
table.qa-row th { font-weight: 600; width: 38%; }
.qa-view-table td { min-width: 7rem; max-width: 24rem; }
.qa-view-scroll { max-height: 60vh; overflow: auto; border: 1px solid #d8dde0; }
.qa-view-table tr.qa-group th { background: var(--ui-grey); font-style: italic; }
.qa-view-table thead { position: sticky; top: 0; z-index: 1; }
.qa-view-table thead th { background: var(--ui-grey); z-index: 1; box-shadow: inset 0 -2px 0 #4c6272; }
.qa-view-table tr.qa-cited td { background: #fff9c4; border-top: 3px solid #d5281b; border-bottom: 3px solid #d5281b; font-weight: 600; }
.qa-view-passages p.qa-cited mark { background: #fff9c4; outline: 3px solid #d5281b; color: inherit; }
#chat, #chat .message, #chat .message-row, #chat .bot { min-width: 0; max-width: 100%; }
#chat:has(.placeholder-content) { height: 110px !important; }  /* empty: the question box and examples in view on load */
#chat .top-panel { display: none !important; }  /* its Clear icon sat over the answer's first line; "Clear conversation" stays */
#chat .prose { opacity: 1 !important; }  /* Gradio fades message text to 0.8, below AA contrast for blue */
#viewer, #viewer > div { padding: 0 !important; border: 0 !important; min-height: 0 !important; background: none !important; }
.qa-viewer { position: fixed; z-index: 2147483000; top: 0; right: 0; bottom: 0; width: min(640px, 55vw); overflow: auto;
  background: #fff; color: var(--ui-text); border-left: 4px solid var(--ui-blue); box-shadow: -4px 0 16px rgba(0,0,0,0.25);
  padding: 0 16px 24px 16px; }
.qa-viewer[hidden] { display: none; }
.qa-viewer-bar { position: sticky; top: 0; background: #fff; display: flex; gap: 8px; align-items: center;
  justify-content: space-between; padding: 12px 0 8px 0; border-bottom: 1px solid #d8dde0; z-index: 1; }
.qa-viewer h2 { font-size: 1.1rem; margin: 0; color: var(--ui-dark); }
.qa-viewer h3 { font-size: 1rem; margin: 0.8rem 0 0.3rem 0; }
.qa-viewer-close { flex: none; min-width: 44px; min-height: 36px; border: 2px solid var(--ui-text); border-radius: 4px; background: #fff;
  font-weight: 600; cursor: pointer; padding: 8px 16px !important; font-size: 1rem !important; color: #000 !important; }
.qa-viewer a, #documents a { padding: 2px 0; }  /* a link's box at least 24 px high */
.qa-viewer-meta { font-size: 0.9rem; color: #4c6272; margin: 0.3rem 0; }
.qa-page { margin: 1rem 0; }
.qa-page-frame { position: relative; display: inline-block; max-width: 100%; border: 1px solid #d8dde0; }
.qa-page-frame img { display: block; max-width: 100%; height: auto; }
.qa-box { position: absolute; border: 3px solid #d5281b; background: rgba(255, 235, 59, 0.25); box-sizing: border-box; pointer-events: none; }
.qa-nw { white-space: nowrap; }
.qa-file { font-family: monospace; font-size: 0.85rem; color: #4c6272; }
#qa-count { font-size: 0.9rem; margin: 0; min-height: 0; }
#qa-count.qa-over { color: #d5281b; font-weight: 600; }
@media (max-width: 700px) {
  .qa-viewer { width: 100vw; border-left: 0; padding: 0 10px 24px 10px; }
}
@media (max-width: 480px) {
  .gradio-container { padding: 4px !important; overflow-x: hidden; } #title h1 { font-size: 1.2rem; }
  #intro p { font-size: 0.85rem; }
  #chat th, #chat td { font-size: 0.8rem; padding: 3px 4px !important; }
  #chat .bubble-wrap { padding: 4px !important; } #chat .message-row { margin: 2px 0 !important; padding: 0 !important; }
  #chat .message { padding: 6px !important; }
}
"""

# The page's own script: served from this origin (`SCRIPT_PATH`, see qa/server.py) and loaded by a
# <script src> in Gradio's `head=`, never through Gradio's `js=`. Gradio compiles every `js=`
# string (the page's and each event's) with the AsyncFunction constructor, which a
# Content-Security-Policy without 'unsafe-eval' refuses (docs/reliability.md, "Content-Security-
# Policy"). So nothing here hangs on Gradio's events: one MutationObserver notices what changed.
# - once: the page language, the live status region and the question counter;
# - delegated clicks for source markers, Copy and the viewer's Close (Gradio's sanitiser strips
#   inline handlers, so one listener on the document serves every message);
# - a new answer: its first line at the top of the chat, and the chat in view;
# - a new source viewer (it arrives hidden): shown, focus moved into it, on a phone a modal dialog.
SCRIPT_PATH = "qa-chat.js"
SCRIPT = """(() => {
  if (window.qaChat) return;
  window.qaChat = true;
  const LIMIT = %(limit)d, FROM = %(from)d;
  document.documentElement.setAttribute('lang', 'en-GB');
  const say = (text) => { const s = document.querySelector('#sr-status'); if (s) { s.textContent = ''; setTimeout(() => { s.textContent = text; }, 50); } };
  const fmt = (n) => n.toLocaleString('en-GB');
  const count = () => {
    const box = document.querySelector('#question textarea'); const out = document.getElementById('qa-count');
    if (!box || !out) return;
    const n = box.value.length;
    out.classList.toggle('qa-over', n > LIMIT);
    if (n > LIMIT) out.textContent = `Your question is ${fmt(n)} characters; the limit is ${fmt(LIMIT)}. Please shorten it by ${fmt(n - LIMIT)}.`;
    else if (n >= FROM) out.textContent = `${fmt(n)} of ${fmt(LIMIT)} characters`;
    else out.textContent = '';
  };
  document.addEventListener('input', (ev) => { if (ev.target.closest && ev.target.closest('#question')) count(); }, true);
  const open = (btn) => {
    const a = btn.className.match(/qa-a-(\\d+)/), c = btn.className.match(/qa-c-(\\d+)/);
    if (!a || !c) return;
    window.qaOpener = btn;
    const box = document.querySelector('#viewer-target textarea, #viewer-target input');
    box.value = `${a[1]}:${c[1]}:${Date.now()}`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => document.getElementById('viewer-open').click(), 0);
  };
  const close = () => {
    const v = document.querySelector('.qa-viewer'); if (!v || v.hidden) return;
    v.hidden = true;
    if (window.qaOpener && document.body.contains(window.qaOpener)) window.qaOpener.focus();
  };
  const copy = async (btn) => {
    const plain = btn.closest('.qa-answer').querySelector('.qa-plain').textContent;
    try { await navigator.clipboard.writeText(plain); }
    catch (e) {
      const t = document.createElement('textarea'); t.value = plain; t.setAttribute('readonly', '');
      t.style.position = 'fixed'; t.style.opacity = '0'; document.body.appendChild(t); t.select();
      document.execCommand('copy'); t.remove();
    }
    btn.textContent = 'Copied'; say('The answer and its sources were copied as text.');
    setTimeout(() => { btn.textContent = 'Copy answer as text'; }, 2000);
  };
  document.addEventListener('click', (ev) => {
    const t = ev.target.closest ? ev.target : ev.target.parentElement;
    const cite = t.closest('.qa-cite'); if (cite) { ev.preventDefault(); open(cite); return; }
    const cp = t.closest('.qa-copy'); if (cp) { ev.preventDefault(); copy(cp); return; }
    if (t.closest('.qa-viewer-close')) { ev.preventDefault(); close(); }
  }, true);
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { close(); return; }
    const v = document.querySelector('.qa-viewer');
    // On a phone the viewer is a modal dialog: Tab cycles inside it.
    if (ev.key !== 'Tab' || !v || v.hidden || v.getAttribute('aria-modal') !== 'true') return;
    const stops = [...v.querySelectorAll('button, a[href], [tabindex="0"]')].filter((el) => el.getClientRects().length);
    if (!stops.length) return;
    const first = stops[0], last = stops[stops.length - 1];
    if (ev.shiftKey && (document.activeElement === first || !v.contains(document.activeElement))) { ev.preventDefault(); last.focus(); }
    else if (!ev.shiftKey && (document.activeElement === last || !v.contains(document.activeElement))) { ev.preventDefault(); first.focus(); }
  });
  // A cited row too wide for a phone scrolls sideways; keyboard users need to reach it (the
  // sanitiser strips tabindex from messages, so it is added here).
  const reachable = () => document.querySelectorAll('#chat .qa-table-scroll').forEach((el) => {
    const wide = el.scrollWidth > el.clientWidth + 1;
    if (wide && !el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '0'); el.setAttribute('role', 'region'); el.setAttribute('aria-label', 'Cited row, scrolls sideways');
    } else if (!wide && el.getAttribute('tabindex') === '0') {
      el.removeAttribute('tabindex'); el.removeAttribute('role'); el.removeAttribute('aria-label');
    }
  });
  // A new answer: its first line at the top of the chat's scrolling box, and that box in the window.
  const toAnswer = () => {
    const go = () => {
      const bots = document.querySelectorAll('#chat [data-testid="bot"]');
      const last = bots[bots.length - 1]; if (!last) return;
      let box = last.parentElement;
      while (box && box !== document.body) {
        const s = getComputedStyle(box);
        if (/(auto|scroll)/.test(s.overflowY) && box.scrollHeight > box.clientHeight) break;
        box = box.parentElement;
      }
      if (box && box !== document.body) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 4;
      const top = last.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight - 80) window.scrollBy(0, top - 8);
    };
    requestAnimationFrame(go); setTimeout(go, 120); setTimeout(go, 400);
  };
  // A new viewer arrives hidden: show it with the cited row just under the sticky header band
  // (inside the table's own box) and focus its title.
  const show = (v) => {
    v.setAttribute('aria-modal', window.matchMedia('(max-width: 700px)').matches ? 'true' : 'false');
    v.hidden = false;
    const cited = v.querySelector('.qa-cited'), box = v.querySelector('.qa-view-scroll');
    if (cited && box) {
      const head = box.querySelector('thead'); box.scrollTop = cited.offsetTop - (head ? head.offsetHeight : 0) - 4;
    } else if (cited) cited.scrollIntoView({ block: 'center' });
    const title = v.querySelector('#qa-viewer-title'); if (title) title.focus({ preventScroll: true });
  };
  let answers = 0, viewer = null, queued = false;
  const watch = () => {
    queued = false;
    const status = document.getElementById('sr-status');
    if (status && status.getAttribute('aria-live') !== 'polite') { status.setAttribute('role', 'status'); status.setAttribute('aria-live', 'polite'); }
    const n = document.querySelectorAll('#chat [data-testid="bot"]').length;
    if (n > answers) { toAnswer(); count(); }
    answers = n;
    const v = document.querySelector('.qa-viewer');
    if (v && v !== viewer) { viewer = v; show(v); }
    reachable();
  };
  const later = () => { if (!queued) { queued = true; requestAnimationFrame(watch); } };
  new MutationObserver(later).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('resize', reachable);
  later();
})();
""" % {"limit": QUESTION_LIMIT, "from": COUNTER_FROM}  # noqa: UP031 (JS braces would need doubling in a format string)
# Gradio adds `head` to the page itself; the version query makes a browser fetch a changed script.
HEAD = f'<script src="./{SCRIPT_PATH}?v={hashlib.sha256(SCRIPT.encode()).hexdigest()[:12]}"></script>'


def raw_html(value: str, **kwargs) -> "gr.Markdown":
    """A component showing our own HTML as it is. Not gr.HTML: Gradio renders that through a
    Handlebars template compiled in the browser with `Function`, which needs 'unsafe-eval'.
    Markdown passes one HTML block (no blank line, see _plain) through untouched. Not sanitised,
    like gr.HTML: every caller builds the HTML from escaped text."""
    import gradio as gr

    return gr.Markdown(value, sanitize_html=False, latex_delimiters=[], padding=False, container=False, **kwargs)


@dataclass
class Turn:
    """One answer of the conversation, with the id its feedback is stored under."""

    id: str
    answer: Answer | None


def create_app(assistant: "Assistant", feedback: "FeedbackStore", *, run=None) -> "gr.Blocks":
    """The chat app. Conversation state lives in the page session only (never in localStorage).

    `run(fn, *args, **kwargs)` is awaited to compute an answer: the server passes its gate, so the
    chat, the Gradio API and the JSON API share one concurrency bound. Without it, a worker thread.
    """
    import gradio as gr
    from starlette.concurrency import run_in_threadpool

    from qa.conversation import previous_answer
    from qa.feedback import UNAVAILABLE, FeedbackUnavailable, rating_from_like
    from qa.lexicon import long_forms_to_show

    run = run or run_in_threadpool

    docs = [(assistant.title_of(d), d) for d in assistant.documents]
    # Start-up walks no units: it reads at most the few that default examples are named from, and a
    # source's units are read when it is opened.
    corpus_dir = assistant.settings.corpus_dir
    panel = documents_html(document_infos(assistant), skipped_files(corpus_dir, assistant.documents))
    chat_page = load_chat_page(corpus_dir)
    long_forms = long_forms_to_show(assistant.abbreviations)
    examples = list(chat_page.examples) or default_examples(example_candidates(assistant))

    def current_documents():
        names = assistant.documents
        choices = [(ALL_DOCUMENTS, ALL_DOCUMENTS), *((assistant.title_of(d), d) for d in names)]
        return gr.update(choices=choices), documents_html(document_infos(assistant), skipped_files(corpus_dir, names))

    async def respond(question, history, turns, document):
        history = list(history or [])
        turns = list(turns or [])
        if not isinstance(question, str) or not question.strip():
            return history, turns, question, *_suggestion_updates(None), "Please type a question."
        # Lone surrogates can arrive in JSON but cannot be encoded: drop them rather than fail.
        question = question.encode("utf-8", "replace").decode("utf-8")
        previous = turns[-1].answer if turns else None
        ref = len(turns)
        try:
            answer = await run(
                assistant.ask, question, document=None if document in (None, "", ALL_DOCUMENTS) else document, previous=previous
            )
            reply = answer_to_markdown(answer, ref, long_forms)
            status = f"Answer: {spell_out(answer.answer, long_forms)}"
        except QAError as exc:
            answer, reply, status = None, f"<p>{escape_text(str(exc))}</p>", str(exc)
        except Exception:  # never show a stack trace to a member of the public
            log.exception("answering failed")
            answer, reply, status = None, "Sorry, something went wrong while answering. Please try again.", "Error"
        history += [{"role": "user", "content": escape_text(question.strip()[:2000])}, {"role": "assistant", "content": reply}]
        turns.append(Turn(uuid.uuid4().hex, answer))
        return history, turns, "", *_suggestion_updates(answer), status

    def _suggestion_updates(answer):
        qs = suggested_questions(answer) if answer is not None and answer.status == "no_answer" else []
        return [gr.update(value=qs[i], visible=True) if i < len(qs) else gr.update(visible=False) for i in range(3)]

    def record(rating: str, turns, k: int | None, comment: str | None = None) -> str:
        k = len(turns or []) - 1 if k is None else k
        if not turns or k < 0 or k >= len(turns) or turns[k].answer is None:
            return "There is no answer to give feedback on yet."
        a = turns[k].answer
        try:
            feedback.add(
                rating=rating,
                question=a.question,
                answer=a.answer,
                status=a.status,
                citations=[c.to_dict() for c in a.citations],
                comment=comment,
                answer_id=turns[k].id,
            )
        except FeedbackUnavailable as exc:
            return str(exc)
        return "Thank you: your feedback was saved." if rating != "none" else "Your rating was removed."

    def on_like(turns, data: gr.LikeData):
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        return record(rating_from_like(data.liked), turns, index // 2)

    def on_comment(comment, turns):
        comment = (comment or "").strip()
        if not comment:
            return "Please write a comment first.", comment
        return record("comment", turns, None, comment), ""

    def open_source(target: str, turns) -> str:
        try:
            k, n = (int(x) for x in (target or "").split(":")[:2])
            citation = turns[k].answer.citations[n - 1]
            index = assistant.index  # the version answering now: a build while serving replaces it
            pos = index.position_of(citation.unit_id)
            if pos is None:
                return ""
            cited = index.units[pos]
            start, end = index.doc_range(cited.doc) or (pos, pos + 1)
        except (ValueError, IndexError, KeyError, AttributeError, TypeError):
            return ""
        context = source_context(index.units[start:end], cited)  # its table or section is in its own document
        return source_view_html(n, citation, context, cited.id, _figure(cited), nonce=target)

    def _figure(unit: Unit) -> PageFigure | None:
        from qa.pages import box_percent, render_page, row_box

        if not unit.doc.lower().endswith(".pdf") or not unit.page:
            return None
        path = corpus_dir / unit.doc
        if not path.is_file():
            return None
        image = render_page(path, unit.page)
        if image is None:
            return None
        box, what = unit.bbox, "passage"
        if unit.kind == "row" and box is not None:
            found = row_box(path, unit.page, box, unit.cells)
            box, what = (found, "row") if found else (box, "table")
        if box is not None:  # a little room around the text, so the outline does not cover it
            box = (box[0] - BOX_MARGIN, box[1] - BOX_MARGIN, box[2] + BOX_MARGIN, box[3] + BOX_MARGIN)
        return PageFigure(image.png, unit.page, box_percent(box, image.width_pt, image.height_pt) if box else None, what)

    def clear():
        """Start over: no messages, no previous answer, and the search over every document again."""
        return [], [], "", *_suggestion_updates(None), "Conversation cleared.", ALL_DOCUMENTS

    def forget():
        """The chat's own bin icon emptied the messages: forget their answers too."""
        return [], *_suggestion_updates(None), "Conversation cleared."

    async def ask_api(question: str, document: str = "", previous: dict | None = None) -> dict:
        """Answer a question with citations: the same JSON as `python -m qa ask --json`. For a
        follow-up, pass as `previous` the answer this endpoint returned for the previous question."""
        if not isinstance(question, str) or not isinstance(document or "", str):
            raise gr.Error("The question and the document must be text.")
        try:
            earlier = None if previous is None else previous_answer(previous, max_question_chars=assistant.settings.max_question_chars)
            return (await run(assistant.ask, question, document=document or None, previous=earlier)).to_dict()
        except QAError as exc:
            raise gr.Error(str(exc)) from None

    with gr.Blocks(title=chat_page.title, analytics_enabled=False, fill_width=False) as demo:
        gr.Markdown(f"# {escape_text(chat_page.title)}", elem_id="title")
        gr.Markdown(f"{escape_text(chat_page.intro)} {NOTICE}", elem_id="intro")
        chatbot = gr.Chatbot(
            label="Conversation",
            show_label=False,
            elem_id="chat",
            height="clamp(220px, calc(100dvh - 330px), 640px)",
            autoscroll=False,
            buttons=[],
            sanitize_html=True,
            render_markdown=True,
            feedback_options=("Like", "Dislike"),
            placeholder="Answers appear here, with their sources underneath.",
        )
        with gr.Row(equal_height=True):
            question = gr.Textbox(
                label="Your question",
                placeholder="Type a question about the plans",
                lines=1,
                max_lines=4,
                scale=5,
                elem_id="question",
                autofocus=True,
                min_width=200,
            )
            send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask", min_width=64)
        raw_html('<p id="qa-count" aria-live="polite"></p>', elem_id="qa-count-box")
        suggestions = [gr.Button(visible=False, size="sm", elem_classes=["suggestion-btn"]) for _ in range(3)]
        with gr.Row():
            document = gr.Dropdown(
                choices=[(ALL_DOCUMENTS, ALL_DOCUMENTS), *docs], value=ALL_DOCUMENTS, label="Search in", scale=3, elem_id="document"
            )
            clear_btn = gr.Button("Clear conversation", variant="secondary", scale=1, elem_id="clear", min_width=120)
        gr.Markdown("Examples you can try:", visible=bool(examples))
        with gr.Row():
            example_buttons = [gr.Button(q, size="sm", elem_classes=["example-btn"]) for q in examples]
        with gr.Accordion("Comment on the last answer (optional)", open=False):
            comment = gr.Textbox(label="Your comment", lines=2, max_length=2000, elem_id="comment")
            comment_btn = gr.Button("Send comment", size="sm", elem_id="send-comment")
        # A data folder that cannot be written switches feedback off; say so up front.
        feedback_status = gr.Markdown("" if feedback.available else UNAVAILABLE, elem_id="feedback-status")
        with gr.Accordion("Documents in the index (for staff)", open=False, elem_id="documents"):
            panel_box = raw_html(panel)
        sr_status = gr.Markdown(elem_id="sr-status", elem_classes=["visually-hidden"])
        viewer = raw_html("", elem_id="viewer")
        viewer_target = gr.Textbox(visible="hidden", elem_id="viewer-target", label="Source to show")
        viewer_open = gr.Button("Show source", visible="hidden", elem_id="viewer-open")
        turns = gr.State([])

        outputs = [chatbot, turns, question, *suggestions, sr_status]
        inputs = [question, chatbot, turns, document]
        question.submit(respond, inputs, outputs, api_visibility="private")
        send.click(respond, inputs, outputs, api_visibility="private")
        for b in [*example_buttons, *suggestions]:
            b.click(respond, [b, chatbot, turns, document], outputs, api_visibility="private")
        clear_btn.click(clear, None, [*outputs, document], api_visibility="private")
        chatbot.clear(forget, None, [turns, *suggestions, sr_status], api_visibility="private")
        chatbot.like(on_like, [turns], [feedback_status], api_visibility="private")
        comment_btn.click(on_comment, [comment, turns], [feedback_status, comment], api_visibility="private")
        viewer_open.click(open_source, [viewer_target, turns], [viewer], api_visibility="private", show_progress="hidden")
        gr.api(ask_api, api_name="ask")
        # a page opened after a new build lists the documents of the index now answering
        demo.load(current_documents, None, [document, panel_box], api_visibility="private", show_progress="hidden")
    return demo

"""The index folder fails safe: a damaged CURRENT is reported and repaired by a build, the manifest
is covered by a checksum beside it, and builds take an exclusive lock (issue 11, item 9)."""

import hashlib
import json
import threading
from pathlib import Path

import pytest

from qa.errors import IndexBusyError, IndexCorruptError
from qa.index import CURRENT, MANIFEST, MANIFEST_SUM, build_lock, load_index
from qa.pipeline import Assistant, build_index

QUESTION = "How much was invested in the falls team?"


@pytest.mark.parametrize("garbage", [bytes(range(256)) * 4, b"../../../etc", b"v-2026/../..\n", b"\xff\xfe\x00"])
def test_garbage_in_current_is_reported_and_a_build_repairs_it(tiny_settings, fake_embedder, garbage):
    build_index(tiny_settings, embedder=fake_embedder)
    (tiny_settings.index_dir / CURRENT).write_bytes(garbage)
    with pytest.raises(IndexCorruptError, match=r"CURRENT.*python -m qa build"):
        Assistant.load(tiny_settings, embedder=fake_embedder)
    report = build_index(tiny_settings, embedder=fake_embedder)
    assert (tiny_settings.index_dir / CURRENT).read_text().strip() == Path(report.index_dir).name
    assert Assistant.load(tiny_settings, embedder=fake_embedder).ask(QUESTION).status == "answered"
    # The repairing build removed the versions it could not tell apart while CURRENT was damaged.
    assert [p.name for p in tiny_settings.index_dir.iterdir() if p.name.startswith("v-")] == [Path(report.index_dir).name]


def _edit_units(folder: Path) -> None:
    units = folder / "units.jsonl"
    units.write_text(units.read_text().replace("120", "999"))


def test_emptying_the_manifest_file_list_does_not_switch_verification_off(tiny_settings, fake_embedder):
    report = build_index(tiny_settings, embedder=fake_embedder)
    folder = Path(report.index_dir)
    assert (folder / MANIFEST_SUM).read_text().strip() == hashlib.sha256((folder / MANIFEST).read_bytes()).hexdigest()
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["files"] = {}
    (folder / MANIFEST).write_text(json.dumps(manifest))
    _edit_units(folder)
    with pytest.raises(IndexCorruptError, match="manifest.json"):
        Assistant.load(tiny_settings, embedder=fake_embedder)


def test_a_manifest_rewritten_with_a_matching_checksum_must_still_list_every_file(tiny_settings, fake_embedder):
    folder = Path(build_index(tiny_settings, embedder=fake_embedder).index_dir)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["files"] = {}
    raw = json.dumps(manifest).encode()
    (folder / MANIFEST).write_bytes(raw)
    (folder / MANIFEST_SUM).write_text(hashlib.sha256(raw).hexdigest())
    _edit_units(folder)
    with pytest.raises(IndexCorruptError, match="does not list units.jsonl"):
        load_index(tiny_settings.index_dir)


def test_a_missing_manifest_checksum_is_reported(tiny_settings, fake_embedder):
    folder = Path(build_index(tiny_settings, embedder=fake_embedder).index_dir)
    (folder / MANIFEST_SUM).unlink()
    with pytest.raises(IndexCorruptError, match="no checksum"):
        load_index(tiny_settings.index_dir)


def test_a_second_build_says_another_is_running(tiny_settings, fake_embedder):
    with build_lock(tiny_settings.index_dir):  # as another build would hold it
        with pytest.raises(IndexBusyError, match="Another build"):
            build_index(tiny_settings, embedder=fake_embedder, lock_timeout=0)
        with pytest.raises(IndexBusyError):
            build_index(tiny_settings, embedder=fake_embedder, lock_timeout=0.2)
    assert not (tiny_settings.index_dir / CURRENT).exists()


def test_a_second_build_waits_for_the_first_then_runs(tiny_settings, fake_embedder):
    results = []
    lock = build_lock(tiny_settings.index_dir)
    lock.__enter__()
    waiting = threading.Thread(target=lambda: results.append(build_index(tiny_settings, embedder=fake_embedder)))
    waiting.start()
    waiting.join(0.5)
    still_waiting = waiting.is_alive()
    wrote_anything = (tiny_settings.index_dir / CURRENT).exists()
    lock.__exit__(None, None, None)
    waiting.join(60)
    assert still_waiting and not wrote_anything
    assert len(results) == 1 and load_index(tiny_settings.index_dir).manifest.units > 0


def test_the_lock_of_a_dead_build_does_not_block(tiny_settings, fake_embedder):
    import subprocess
    import sys

    holder = f"from qa.index import build_lock\nfrom pathlib import Path\nwith build_lock(Path({str(tiny_settings.index_dir)!r})): pass\n"
    subprocess.run([sys.executable, "-c", holder], check=True, cwd=Path(__file__).resolve().parent.parent)
    assert (tiny_settings.index_dir / ".build.lock").exists()  # the file stays; the lock went with the process
    build_index(tiny_settings, embedder=fake_embedder, lock_timeout=0)

"""Hostile and broken articles through the real ingest (the `alliancekg ingest`
process and :func:`ingest_path` on an on-disk store): each bad file gets one
clear message naming it, the ingest goes on with the rest, a failed file
leaves the store as it was, and the exit code says that something failed.

Unreadable files: the tests run as root in CI, where ``chmod 000`` does not
stop reading, so unreadable files are made in ways that hold for root too: a
dangling symbolic link, a named pipe (which would block a reader for ever),
a socket, and a file deleted between listing and reading.  ``chmod 000`` is
checked as well when the tests do not run as root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from alliancekg.graph.ingest import collect, ensure_ontology, ingest_path
from alliancekg.graph.store import EmbeddedStore

BASE = "https://w3id.org/alliancekg/article/"


def article(first: str, second: str, *, date: str | None = "June 2, 2025", amount: int = 25) -> str:
    """An invented article; its companies are made up for the test."""
    dateline = f"{date}\n" if date else ""
    return (f"{first} backs {second}\n\nStaff writer\n{dateline}\n"
            f"{first} has invested ${amount} million in {second}, a Prague-based computer-vision start-up.\n")


GOOD = article("Brightwell Compute", "Ostrava Vision")
SCRIPTS_HTML = ("<html><head><title>Quorvane Systems buys Liddel Robotics</title>"
                + "<script>alert('head')</script>" * 200 + "</head><body>"
                + "<script>document.write('<b>injected</b>')</script><noscript>enable javascript</noscript>" * 2000
                + "<article><h1>Quorvane Systems buys Liddel Robotics</h1><p>Published June 3, 2025</p>"
                  "<p>Quorvane Systems has acquired Liddel Robotics, a Lisbon-based robotics start-up, for $120 million.</p>"
                  "<p onclick=\"alert('p')\">The deal closed on Monday.</p></article>"
                + "<script src='https://tracker.example/t.js'></script>" * 500 + "</body></html>")


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("alliancekg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "alliancekg.api.cli"]


def run_ingest(store: Path, *paths: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*_cli(), "ingest", "--store", str(store), *map(str, paths)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "ALLIANCEKG_STORE": ""})


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    """A folder of good and bad articles, every kind of trouble once."""
    d = tmp_path_factory.mktemp("hostile") / "inbox"
    d.mkdir()
    (d / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_text(" \n\t\n\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    (d / "report.md").write_bytes(b"%PDF-1.7\n" + os.urandom(2048))
    (d / "cp1252.txt").write_bytes(article("Société Vernier", "Zöllner Data").encode("cp1252"))
    (d / "utf16.txt").write_bytes(article("Halvorsen Labs", "Pirell Networks").encode("utf-16"))
    (d / "declared.html").write_bytes(
        ("<html><head><meta charset='windows-1252'><title>Crémieux Capital backs Nådal AI</title></head><body>"
         "<p>June 4, 2025</p><p>Crémieux Capital has invested $9 million in Nådal AI, a Lyon-based start-up.</p>"
         "</body></html>").encode("cp1252"))
    with (d / "huge.txt").open("w", encoding="utf-8") as f:  # 50 MB of real text, not a sparse file
        block = "Arvelle Systems signed another agreement with Morrow Data. " * 1000
        while f.tell() < 50 * 1024 * 1024:
            f.write(block)
    with (d / "huge-line.jsonl").open("w", encoding="utf-8") as f:  # one good line, one 25 MB line, one good line
        f.write('{"title": "Tarrow Labs backs Ebbing AI", "date": "2025-06-05", '
                '"text": "Tarrow Labs has invested $3 million in Ebbing AI, a Graz-based start-up."}\n')
        f.write('{"title": "x", "text": "' + "word " * (5 * 1024 * 1024) + '"}\n')
        f.write('{"title": "Fennick Robotics backs Sorel Vision", "date": "2025-06-06", '
                '"text": "Fennick Robotics has invested $4 million in Sorel Vision, a Porto-based start-up."}\n')
    (d / "scripts.html").write_text(SCRIPTS_HTML, encoding="utf-8")
    (d / "scripts-only.html").write_text("<html><head><script>alert(1)</script></head><body>"
                                         + "<script>alert(2)</script>" * 100 + "</body></html>", encoding="utf-8")
    (d / "undated.txt").write_text(article("Kellarin Dynamics", "Pymwell Vision", date=None), encoding="utf-8")
    (d / "z-copy.txt").write_text(GOOD, encoding="utf-8")  # the same article under another name
    (d / "dangling.txt").symlink_to(d / "no-such-article.txt")
    os.mkfifo(d / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "socket.md"))
    sock.close()
    (d / "folder.txt").mkdir()  # a folder named like an article: read as a folder
    (d / "folder.txt" / "inside.txt").write_text(article("Obrecht Analytics", "Wyndham Compute"), encoding="utf-8")
    return d


FAILURES = {  # file -> what its message must say
    "empty.txt": "the file is empty",
    "blank.md": "the file is empty",
    "binary.txt": "looks like a binary file",
    "photo.html": "this is a PNG image",
    "report.md": "this is a PDF document",
    "cp1252.txt": "not valid UTF-8 at byte",
    "huge.txt": "larger than the 20971520 byte limit",
    "huge-line.jsonl:2": "over the 20971520 byte limit",
    "scripts-only.html": "no words",
    "dangling.txt": "a symbolic link to",
    "pipe.txt": "a named pipe (FIFO)",
    "socket.md": "a socket",
}
STORED = {"a-good", "utf16", "declared", "scripts", "undated", "inside", "tarrow-labs-backs-ebbing-ai-2025-06-05",
          "fennick-robotics-backs-sorel-vision-2025-06-06"}


def _graphs(store: EmbeddedStore) -> set[str]:
    return {g.removeprefix(BASE) for g in store.graphs() if g.startswith(BASE)}


def test_the_cli_reports_each_bad_file_once_goes_on_and_exits_1(inbox, tmp_path):
    r = run_ingest(tmp_path / "store", inbox)
    assert r.returncode == 1, r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    for name, says in FAILURES.items():
        hits = [e for e in errors if f"{inbox / name}:" in e or f"{inbox / name} " in e]
        assert len(hits) == 1, (name, errors)
        assert says in hits[0], (name, hits[0])
        assert hits[0].startswith(f"error: {inbox / name}"), hits[0]  # the message names the file first
    assert len(errors) == len(FAILURES), errors
    notes = [line for line in r.stderr.splitlines() if line.startswith("note:")]
    assert any("z-copy.txt" in n and "the same text as" in n and "a-good.txt" in n for n in notes), notes
    assert any("undated.txt" in n and "no publication date" in n for n in notes), notes
    assert f"{len(FAILURES)} file(s) or line(s) failed" in r.stderr
    with EmbeddedStore(tmp_path / "store", read_only=True) as store:
        assert _graphs(store) == STORED  # the copy is stored once, every good article went in
        # the page full of scripts gave its text and nothing of its scripts
        text = store.dump("nquads", graph=BASE + "scripts").decode()
        assert "Liddel Robotics" in text and "alert" not in text and "injected" not in text and "tracker" not in text
        assert "javascript" not in text
        # the legacy encodings were read as declared, names intact
        assert "Crémieux Capital" in store.dump("nquads", graph=BASE + "declared").decode("utf-8")
        assert "Halvorsen Labs" in store.dump("nquads", graph=BASE + "utf16").decode("utf-8")


def test_rerunning_the_same_folder_changes_nothing(inbox, tmp_path):
    run_ingest(tmp_path / "store", inbox)
    with EmbeddedStore(tmp_path / "store", read_only=True) as store:
        before = store.dump("nquads")
    r = run_ingest(tmp_path / "store", inbox)
    assert r.returncode == 1
    with EmbeddedStore(tmp_path / "store", read_only=True) as store:
        assert store.dump("nquads") == before


def test_a_failed_file_leaves_the_store_as_it_was(inbox, tmp_path):
    """Each bad file on its own, after the good ones: the store's bytes are unchanged."""
    store = EmbeddedStore(tmp_path / "store")
    try:
        ensure_ontology(store)
        list(ingest_path(store, inbox / "a-good.txt"))
        for name in FAILURES:
            path = inbox / name.split(":")[0]
            before = store.dump("nquads")
            results = list(ingest_path(store, path))
            failed = [r for r in results if not r.ok]
            assert failed and all(str(path) in r.message for r in failed), (name, results)
            if name != "huge-line.jsonl:2":  # its good lines go in; only the bad line fails
                assert store.dump("nquads") == before, name
            else:
                assert [r.line for r in failed] == [2] and sum(r.ok for r in results) == 2
    finally:
        store.close()


def test_a_file_that_goes_away_or_cannot_be_read_is_a_failure_with_its_reason(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    try:
        gone = tmp_path / "gone.txt"
        gone.write_text(GOOD, encoding="utf-8")
        inputs = collect([tmp_path])
        assert gone in inputs.files
        gone.unlink()  # removed between listing and reading
        [result] = list(ingest_path(store, gone))
        assert not result.ok and str(gone) in result.message and "no such file" in result.message
        locked = tmp_path / "locked.txt"
        locked.write_text(GOOD, encoding="utf-8")
        locked.chmod(0)
        try:
            [result] = list(ingest_path(store, locked))
            if os.geteuid() != 0:  # root reads a chmod-000 file; the other cases above cover root
                assert not result.ok and "Permission denied" in result.message
        finally:
            locked.chmod(0o644)
        assert store.count() == (result.triples if result.ok else 0)
    finally:
        store.close()


def test_a_pipe_named_on_its_own_never_blocks(tmp_path):
    """Reading a FIFO blocks until a writer comes: ingest must refuse it, not hang."""
    os.mkfifo(tmp_path / "feed.txt")
    r = run_ingest(tmp_path / "store", tmp_path / "feed.txt", timeout=60)
    assert r.returncode == 1 and "a named pipe (FIFO)" in r.stderr


def test_extract_refuses_a_pipe_too(tmp_path):
    os.mkfifo(tmp_path / "feed.txt")
    r = subprocess.run([*_cli(), "extract", str(tmp_path / "feed.txt")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "not a regular file" in r.stderr


def test_copies_in_one_run_are_stored_once_and_the_first_keeps_its_name(tmp_path):
    d = tmp_path / "news"
    (d / "mirror").mkdir(parents=True)
    (d / "original.txt").write_text(GOOD, encoding="utf-8")
    (d / "mirror" / "copy.txt").write_text(GOOD.replace("\n", "\r\n"), encoding="utf-8")  # line endings differ only
    (d / "other.txt").write_text(article("Brightwell Compute", "Ostrava Vision", amount=26), encoding="utf-8")
    r = run_ingest(tmp_path / "store", d)
    assert r.returncode == 0, r.stderr
    # files are read in name order: mirror/copy.txt comes first and is stored, original.txt repeats it
    notes = [line for line in r.stderr.splitlines() if "not stored twice" in line]
    assert len(notes) == 1 and "original.txt" in notes[0] and "copy.txt" in notes[0]
    with EmbeddedStore(tmp_path / "store", read_only=True) as store:
        assert _graphs(store) == {"copy", "other"}


def test_a_folder_named_twice_is_read_once(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    (d / "one.txt").write_text(GOOD, encoding="utf-8")
    inputs = collect([d, d / "one.txt", d])
    assert inputs.files == [d / "one.txt"]


@pytest.fixture(autouse=True, scope="module")
def _cleanup(inbox):
    yield
    shutil.rmtree(inbox, ignore_errors=True)

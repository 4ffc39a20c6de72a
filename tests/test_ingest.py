"""Ingest on a real store: folders, bad files, all-or-nothing per file."""

from __future__ import annotations

import pytest

import alliancekg.graph.ingest as ingest
from alliancekg.graph.ingest import collect_inputs, ensure_ontology, ingest_file

ARTICLE = """Brightwell Compute backs Ostrava Vision

Staff writer
June 2, 2025

Brightwell Compute has invested $25 million in Ostrava Vision, a Prague-based computer-vision start-up.
"""
GRAPH = "https://w3id.org/alliancekg/article/brightwell"


def test_collect_inputs_recurses_skips_hidden_and_reports_missing(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.md").write_text("x")
    (tmp_path / "a" / "top.txt").write_text("x")
    (tmp_path / "a" / "data.ttl").write_text("")
    (tmp_path / "a" / "notes.docx").write_text("x")
    (tmp_path / "a" / ".hidden.txt").write_text("x")
    (tmp_path / "a" / ".git").mkdir()
    (tmp_path / "a" / ".git" / "x.txt").write_text("x")
    files, missing = collect_inputs([tmp_path / "a", tmp_path / "nope.txt"])
    assert [f.relative_to(tmp_path / "a").as_posix() for f in files] == ["b/deep.md", "data.ttl", "top.txt"]
    assert len(missing) == 1 and "no such file" in missing[0].message


def test_a_failed_file_keeps_what_the_store_had(memory_store, tmp_path):
    path = tmp_path / "brightwell.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    first = ingest_file(memory_store, path)
    assert first.ok and first.triples > 0 and first.graph == GRAPH
    before = memory_store.dump("nquads")
    path.write_bytes(b"\xff\xfe\x00garbage")
    failed = ingest_file(memory_store, path)
    assert not failed.ok and str(path) in failed.message
    assert memory_store.dump("nquads") == before


def test_a_bug_on_one_file_is_reported_and_changes_nothing(memory_store, tmp_path, monkeypatch):
    path = tmp_path / "brightwell.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def crash(article):
        raise IndexError("rule table out of range")

    monkeypatch.setattr(ingest, "extract", crash)
    result = ingest_file(memory_store, path)
    assert not result.ok and "internal error" in result.message and "IndexError" in result.message
    assert memory_store.count() == 0


def test_unknown_suffix_says_what_is_accepted(memory_store, tmp_path):
    path = tmp_path / "deck.pptx"
    path.write_bytes(b"PK")
    result = ingest_file(memory_store, path)
    assert not result.ok and ".txt" in result.message and ".ttl" in result.message


@pytest.mark.parametrize("name,content", [
    ("links.nt", b"<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n"),
    ("links.jsonld", b'{"@id": "https://example.org/a", "https://example.org/b": "c"}'),
    ("links.nq", b"<https://example.org/a> <https://example.org/b> <https://example.org/c> <https://example.org/g1> .\n"),
])
def test_rdf_files_load_into_their_own_graph(memory_store, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    result = ingest_file(memory_store, path)
    assert result.ok and result.kind == "rdf" and result.triples == 1
    own = f"https://w3id.org/alliancekg/graph/{name.replace('.', '-')}"
    assert result.graph == own
    # triples go to the file's graph; a quad file's named graphs keep their names
    assert memory_store.graphs() == (["https://example.org/g1"] if name.endswith(".nq") else [own])


def test_ensure_ontology_is_idempotent(memory_store):
    ensure_ontology(memory_store)
    once = memory_store.dump("nquads")
    ensure_ontology(memory_store)
    assert memory_store.dump("nquads") == once
    assert memory_store.graphs() == ["https://w3id.org/alliancekg/ontology"]


def test_an_oversized_article_is_refused_with_its_size(memory_store, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    result = ingest_file(memory_store, path)
    assert not result.ok and "larger than" in result.message and memory_store.count() == 0

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


# -- every input format, folders of them ---------------------------------------
READERS = __import__("pathlib").Path(__file__).resolve().parent / "readers"
BASE = "https://w3id.org/alliancekg/article/"


@pytest.fixture
def tree(tmp_path):
    """A folder tree of every kind of input, written here."""
    root = tmp_path / "news"
    (root / "web" / "veltrana-korvid").mkdir(parents=True)
    (root / "notes" / "2025").mkdir(parents=True)
    (root / "feeds").mkdir()
    (root / ".drafts").mkdir()
    (root / "web" / "veltrana-korvid" / "index.html").write_bytes((READERS / "newsroom.html").read_bytes())
    (root / "notes" / "harrowgate.md").write_bytes((READERS / "front-matter.md").read_bytes())
    (root / "notes" / "2025" / "brightwell.txt").write_text(ARTICLE, encoding="utf-16")
    (root / "feeds" / "wire.jsonl").write_bytes((READERS / "wire.jsonl").read_bytes())
    (root / "feeds" / "slides.pptx").write_bytes(b"PK\x03\x04")
    (root / ".drafts" / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "notes" / ".hidden.md").write_text(ARTICLE, encoding="utf-8")
    return root


def test_collect_lists_every_format_and_notes_unknown_kinds(tree):
    inputs = ingest.collect([tree])
    assert [f.relative_to(tree).as_posix() for f in inputs.files] == [
        "feeds/wire.jsonl", "notes/2025/brightwell.txt", "notes/harrowgate.md", "web/veltrana-korvid/index.html"]
    assert inputs.skipped == [f"{tree / 'feeds' / 'slides.pptx'}: skipped, unknown kind of file .pptx"]
    assert inputs.missing == []


def test_a_folder_of_every_format_goes_into_a_real_store(memory_store, tree):
    inputs = ingest.collect([tree])
    results = [r for f in inputs.files for r in ingest.ingest_path(memory_store, f)]
    failed = [r for r in results if not r.ok]
    wire = tree / "feeds" / "wire.jsonl"
    # the two bad lines are reported with file:line, and the other lines still go in
    assert [(r.line, r.message.split(":", 2)[1]) for r in failed] == [(2, "2"), (5, "5")]
    assert all(r.message.startswith(f"{wire}:") for r in failed)
    graphs = set(memory_store.graphs())
    assert {BASE + "veltrana-korvid", BASE + "harrowgate", BASE + "brightwell", BASE + "wire-example-quasarine-dastra",
            BASE + "ostrivo-capital-backs-korvid-labs-2025-03-04",
            BASE + "harrowgate-robotics-signs-with-pellmore-2025-03-05"} == graphs
    rows = memory_store.query("""
        PREFIX schema: <http://schema.org/>
        PREFIX akg: <https://w3id.org/alliancekg/ontology#>
        SELECT ?a ?title ?date ?url ?source WHERE {
          ?a a akg:Article ; schema:headline ?title ; akg:sourceFile ?source .
          OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:url ?url }
        } ORDER BY ?a""").rows()
    by_id = {str(r["a"]).removeprefix(BASE): r for r in rows}
    web = by_id["veltrana-korvid"]
    assert str(web["title"]).startswith("Veltrana Takes a Stake") and str(web["date"]) == "2024-06-14"
    assert str(web["url"]) == "https://circuit-review.example/deals/veltrana-korvid"
    assert str(by_id["harrowgate"]["url"]) == "https://fieldnotes.example/2024/harrowgate-pellmore"
    assert str(by_id["brightwell"]["date"]) == "2025-06-02"  # read from UTF-16
    assert str(by_id["ostrivo-capital-backs-korvid-labs-2025-03-04"]["source"]) == f"{wire}:4"
    authors = memory_store.query("""
        PREFIX schema: <http://schema.org/>
        SELECT ?name WHERE { <https://w3id.org/alliancekg/article/harrowgate> schema:author ?name } ORDER BY ?name""").rows()
    assert [str(r["name"]) for r in authors] == ["Dara Venn", "Nell Ashby"]
    # a fact from the JSON Lines file, dated from its line's date
    dated = memory_store.query("""
        PREFIX akg: <https://w3id.org/alliancekg/ontology#>
        SELECT ?d WHERE { GRAPH <https://w3id.org/alliancekg/article/harrowgate-robotics-signs-with-pellmore-2025-03-05> {
          ?e a akg:Partnership ; akg:date ?d } }""").rows()
    assert [str(r["d"]) for r in dated] == ["2025-02"]


def test_ingest_file_sums_up_a_json_lines_file(memory_store):
    result = ingest_file(memory_store, READERS / "wire.jsonl")
    assert not result.ok and result.facts > 0
    assert result.message.count("wire.jsonl:") == 2
    assert len(memory_store.graphs()) == 3


def test_ids_stay_unique_when_two_files_share_a_name(memory_store, tmp_path):
    first = tmp_path / "2024" / "report.txt"
    second = tmp_path / "2025" / "report.txt"
    for p in (first, second):
        p.parent.mkdir()
        p.write_text(ARTICLE.replace("June 2, 2025", f"June 2, {p.parent.name}"), encoding="utf-8")
    a = ingest_file(memory_store, first)
    b = ingest_file(memory_store, second)
    assert a.graph == BASE + "report" and not a.note
    assert b.graph.startswith(BASE + "report-") and b.graph != a.graph and "belongs to" in b.note
    # ingesting either again replaces its own graph: the ids are stable
    assert ingest_file(memory_store, second).graph == b.graph
    assert ingest_file(memory_store, first).graph == a.graph
    assert sorted(memory_store.graphs()) == sorted([a.graph, b.graph])

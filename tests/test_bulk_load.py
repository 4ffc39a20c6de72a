"""EmbeddedStore.bulk_load: the fast path for large RDF dumps keeps the
store's invariants (one named graph per article, the default graph their
union as a set), replaces the graphs it fills, and writes nothing when the
document is bad."""

from __future__ import annotations

import pytest

from alliancekg.graph.errors import RDFInputError
from alliancekg.graph.store.embedded import EmbeddedStore

B = "https://example.org/"
DUMP = f"""<{B}a> <{B}investsIn> <{B}b> <{B}article/one> .
<{B}a> <{B}label> "Quillon Labs" <{B}article/one> .
<{B}a> <{B}investsIn> <{B}b> <{B}article/two> .
<{B}b> <{B}label> "Tenkai Robotics"@en <{B}article/two> .
_:round <{B}investor> <{B}a> <{B}article/two> .
<{B}c> <{B}partnerOf> <{B}a> .
"""


def _union_is_the_set_of_named_triples(store: EmbeddedStore) -> bool:
    missing = store.query("ASK { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }").boolean
    extra = store.query("ASK { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }").boolean
    return not missing and not extra


@pytest.fixture(params=["memory", "disk"])
def fresh(request, tmp_path):
    store = EmbeddedStore(None if request.param == "memory" else tmp_path / "store")
    yield store
    store.close()


def test_quads_keep_their_graphs_and_the_union_is_a_set(fresh, tmp_path):
    path = tmp_path / "dump.nq"
    path.write_text(DUMP, encoding="utf-8")
    generation = fresh.generation
    names = fresh.bulk_load(path, "nquads", f"{B}graph/dump")
    assert names == sorted([f"{B}article/one", f"{B}article/two", f"{B}graph/dump"])
    assert fresh.generation > generation
    assert fresh.count(f"{B}article/one") == 2
    assert fresh.count(f"{B}article/two") == 3
    assert fresh.count(f"{B}graph/dump") == 1  # the triple without a graph
    # the deal two articles report is one triple of the union
    rows = fresh.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{B}a> <{B}investsIn> <{B}b> }}").rows()
    assert rows[0]["n"] == 1
    assert fresh.union_size() == 5
    assert _union_is_the_set_of_named_triples(fresh)  # blank node included


def test_the_same_as_load_rdf(tmp_path):
    bulk, plain = EmbeddedStore(tmp_path / "bulk"), EmbeddedStore(tmp_path / "plain")
    data = DUMP.replace("_:round", f"<{B}round>").encode("utf-8")
    assert bulk.bulk_load(data, "nquads", f"{B}graph/dump") == plain.load_rdf(data, "nquads", f"{B}graph/dump")
    assert bulk.count() == plain.count() == 6
    assert bulk.dump("nquads") == plain.dump("nquads")
    assert bulk.dump("ntriples") == plain.dump("ntriples")  # the union
    bulk.close()
    plain.close()


def test_graphs_it_fills_are_replaced_and_others_kept(fresh):
    fresh.load_rdf(f'<{B}old> <{B}label> "gone" .\n<{B}a> <{B}investsIn> <{B}b> .'.encode(), "ntriples", f"{B}article/one")
    fresh.load_rdf(f'<{B}x> <{B}label> "kept" .'.encode(), "ntriples", f"{B}article/other")
    fresh.bulk_load(DUMP.encode(), "nquads", f"{B}graph/dump")
    assert not fresh.query(f'ASK {{ <{B}old> ?p ?o }}').boolean  # replaced: not in the graph, not in the union
    assert fresh.query(f'ASK {{ GRAPH <{B}article/other> {{ <{B}x> ?p "kept" }} }}').boolean
    assert fresh.query(f'ASK {{ <{B}x> ?p "kept" }}').boolean
    assert fresh.count(f"{B}article/one") == 2
    assert _union_is_the_set_of_named_triples(fresh)


def test_a_bad_document_changes_nothing(fresh, tmp_path):
    fresh.load_rdf(f'<{B}a> <{B}label> "before" .'.encode(), "ntriples", f"{B}article/one")
    before = (fresh.dump("nquads"), fresh.dump("ntriples"), fresh.generation)
    bad = DUMP + f'<{B}a> <{B}broken "no end .\n'  # the error is on the last line: everything before it parses
    with pytest.raises(RDFInputError, match="not valid"):
        fresh.bulk_load(bad.encode(), "nquads", f"{B}graph/dump")
    path = tmp_path / "bad.nq"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(RDFInputError):
        fresh.bulk_load(path, "nquads", f"{B}graph/dump")
    assert (fresh.dump("nquads"), fresh.dump("ntriples"), fresh.generation) == before


def test_a_missing_file_is_an_input_error(fresh, tmp_path):
    with pytest.raises(RDFInputError, match="cannot read"):
        fresh.bulk_load(tmp_path / "nope.nq", "nquads", f"{B}graph/dump")


def test_a_read_only_store_refuses(tmp_path):
    EmbeddedStore(tmp_path / "s").close()
    ro = EmbeddedStore(tmp_path / "s", read_only=True)
    with pytest.raises(Exception, match="read-only"):
        ro.bulk_load(DUMP.encode(), "nquads", f"{B}graph/dump")
    ro.close()


def test_survives_reopening(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.bulk_load(DUMP.encode(), "nquads", f"{B}graph/dump")
    with EmbeddedStore(tmp_path / "s") as store:  # no union rebuild needed: the marker is there
        assert store.union_size() == 5
        assert _union_is_the_set_of_named_triples(store)


def test_ingest_bulk_loads_large_rdf_files_with_the_same_result(tmp_path, monkeypatch):
    from alliancekg.graph import ingest

    dump = tmp_path / "partners.nq"
    dump.write_text(DUMP.replace("_:round", f"<{B}round>"), encoding="utf-8")
    with EmbeddedStore(tmp_path / "plain") as plain:
        small = ingest.ingest_file(plain, dump)
        expected = (plain.dump("nquads"), plain.dump("ntriples"))
    monkeypatch.setattr(ingest, "BULK_BYTES", 1)  # every RDF file counts as large
    with EmbeddedStore(tmp_path / "bulk") as bulk:
        large = ingest.ingest_file(bulk, dump)
        assert (bulk.dump("nquads"), bulk.dump("ntriples")) == expected
        assert _union_is_the_set_of_named_triples(bulk)
    assert large.ok and small.ok
    assert large.graph == small.graph
    assert large.triples == small.triples == 6


def test_ingest_reports_a_bad_large_file_and_keeps_the_store(tmp_path, monkeypatch):
    from alliancekg.graph import ingest

    monkeypatch.setattr(ingest, "BULK_BYTES", 1)
    bad = tmp_path / "broken.nq"
    bad.write_text(DUMP + "<broken\n", encoding="utf-8")
    with EmbeddedStore(tmp_path / "s") as store:
        store.load_rdf(f'<{B}a> <{B}label> "before" .'.encode(), "ntriples", f"{B}article/one")
        before = store.dump("nquads")
        result = ingest.ingest_file(store, bad)
        assert not result.ok and "not valid" in result.message and str(bad) in result.message
        assert store.dump("nquads") == before

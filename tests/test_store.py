"""The embedded Oxigraph store, in memory and on disk (real pyoxigraph)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Literal, URIRef

from alliancekg.graph.errors import QueryError, RDFInputError
from alliancekg.graph.mapping import extraction_to_graph
from alliancekg.graph.resolve import Minter
from alliancekg.graph.store import EmbeddedStore, open_store

G = "https://w3id.org/alliancekg/article/quillon-tenkai"


def _write_sample(store, samples, article_id="quillon-tenkai"):
    article, extraction = samples.pair(article_id)
    g = extraction_to_graph(article, extraction)
    store.replace_graph(str(Minter().article(article_id)), g)
    return g


def test_replace_graph_writes_one_named_graph(store, samples):
    g = _write_sample(store, samples)
    assert store.graphs() == [G]
    assert store.count(G) == len(g) == store.count()


def test_rewriting_an_article_changes_nothing(store, samples):
    _write_sample(store, samples)
    before = store.dump("nquads")
    _write_sample(store, samples)
    assert store.dump("nquads") == before


def test_a_failed_write_leaves_the_graph_as_it_was(store, samples):
    _write_sample(store, samples)
    before = store.dump("nquads")

    def broken():
        yield (URIRef("https://example.org/a"), URIRef("https://example.org/b"), Literal("c"))
        raise RuntimeError("extractor crashed halfway")

    with pytest.raises(RuntimeError):
        store.replace_graph(G, broken())
    assert store.dump("nquads") == before


def test_two_articles_reporting_one_deal_give_one_node_with_two_sources(store, samples):
    _write_sample(store, samples, "first-report")
    _write_sample(store, samples, "second-report")
    rows = store.query("""
        PREFIX akg: <https://w3id.org/alliancekg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?deal (COUNT(DISTINCT ?article) AS ?sources) WHERE {
          ?deal a akg:Investment ; prov:wasDerivedFrom ?article } GROUP BY ?deal""").rows()
    assert rows == [{"deal": "https://w3id.org/alliancekg/investment/tenkai-holdings--quillon-robotics--2025", "sources": 2}]


def test_default_graph_is_the_union_of_article_graphs(store, samples):
    _write_sample(store, samples)
    q = "ASK { ?s <https://w3id.org/alliancekg/ontology#investsIn> ?o }"
    assert store.query(q).boolean is True
    assert store.query(q, union_default_graph=False).boolean is False
    assert store.query(q, default_graphs=[G]).boolean is True


def test_result_formats(store, samples):
    _write_sample(store, samples)
    select = "SELECT ?s WHERE { ?s a <https://w3id.org/alliancekg/ontology#Company> } ORDER BY ?s"
    assert b'"head"' in store.query(select).serialize("json")
    assert store.query(select).serialize("csv").splitlines()[0] == b"s"
    ttl = store.query("CONSTRUCT WHERE { ?s a ?o }").serialize("turtle")
    assert b"ontology#Company" in ttl
    with pytest.raises(QueryError):
        store.query(select).serialize("turtle")


def test_malformed_query_is_a_query_error(store):
    with pytest.raises(QueryError, match="malformed"):
        store.query("SELEC nothing")


def test_load_rdf_into_its_own_graph_and_reject_bad_rdf(store):
    names = store.load_rdf(b'<https://example.org/a> <https://example.org/b> "c" .', "ntriples", "https://example.org/g")
    assert names == ["https://example.org/g"]
    before = store.dump("nquads")
    with pytest.raises(RDFInputError):
        store.load_rdf(b"<https://example.org/a> <https://example.org/b> .", "ntriples", "https://example.org/g")
    assert store.dump("nquads") == before
    # a TriG file's own graphs keep their names
    names = store.load_rdf(b'<https://example.org/g2> { <https://example.org/x> <https://example.org/y> 1 . }', "trig", "https://example.org/file")
    assert "https://example.org/g2" in names


def test_export_formats_round_trip(store, samples):
    _write_sample(store, samples)
    other = EmbeddedStore(None)
    other.load_rdf(store.dump("trig"), "trig", "https://example.org/unused")
    assert other.graphs() == [G]
    assert other.count(G) == store.count(G)
    turtle = store.dump("turtle")
    assert b"@prefix" in turtle or b"<https://w3id.org" in turtle


def test_disk_store_persists_and_locks(tmp_path, samples):
    path = tmp_path / "s"
    with EmbeddedStore(path) as s:
        _write_sample(s, samples)
        n = s.count()
        # a second writer is refused with a message that says what to do
        probe = subprocess.run(
            [sys.executable, "-c", f"from alliancekg.graph.store import open_store; open_store({str(path)!r})"],
            capture_output=True, text=True,
        )
        assert "StoreLocked" in probe.stderr and "in use by another process" in probe.stderr
        # a reader works beside the writer
        with open_store(path, read_only=True) as reader:
            assert reader.count() == n
    with EmbeddedStore(path) as s:
        assert s.count() == n


def test_open_store_memory_and_missing_read_only(tmp_path):
    assert open_store("memory").count() == 0
    with pytest.raises(Exception, match="no store"):
        open_store(tmp_path / "nothing", read_only=True)


def test_generation_grows_with_every_write(store):
    before = store.generation
    store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    assert store.generation > before
    mid = store.generation
    store.query("SELECT * WHERE { ?s ?p ?o }").rows()
    assert store.generation == mid  # reads leave it alone
    assert store.remove_graph("urn:g")
    assert store.generation > mid


def test_a_store_from_before_the_union_was_kept_gets_it_on_open(tmp_path):
    import pyoxigraph as ox

    raw = ox.Store(str(tmp_path / "old"))  # written by another tool: named graphs only
    raw.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("x"), ox.NamedNode("urn:g1")))
    raw.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("x"), ox.NamedNode("urn:g2")))
    raw.flush()
    del raw
    with EmbeddedStore(tmp_path / "old") as store:
        assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows() == [{"n": 1}]
        assert store.count() == 2 and store.union_size() == 1


def test_writes_keep_the_default_graph_the_union_as_a_set(store):
    store.update("INSERT DATA { GRAPH <urn:g1> { <urn:a> <urn:p> 1 } GRAPH <urn:g2> { <urn:a> <urn:p> 1 . <urn:b> <urn:p> 2 } }")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert store.query(count).rows() == [{"n": 2}]
    assert store.query(count, union_default_graph=False).rows() == [{"n": 0}]
    store.remove_graph("urn:g2")
    assert store.query(count).rows() == [{"n": 1}]
    store.update("DELETE WHERE { GRAPH <urn:g1> { ?s ?p ?o } }")
    assert store.query(count).rows() == [{"n": 0}]
    with pytest.raises(QueryError, match="union"):
        store.update("INSERT DATA { <urn:a> <urn:p> 3 }")
    with pytest.raises(QueryError, match="union"):
        store.update("CLEAR DEFAULT")

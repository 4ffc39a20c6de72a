"""The issue's done-when: seeds/ and the project's own test articles ingested
into the embedded store and into Virtuoso (the remote backend) give the same
answers to the same queries through the real app's /sparql."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from alliancekg.api.app import create_app
from alliancekg.api.cli import ingest_with_progress
from alliancekg.api.settings import Settings
from alliancekg.graph.queries import EXAMPLES
from alliancekg.graph.resolve import Minter
from alliancekg.graph.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT / "seeds", *sorted((ROOT / "tests" / "articles").glob("*.txt")), ROOT / "tests" / "articles" / "tune",
          *(ROOT / "tests" / "readers" / name for name in ("front-matter.md", "newsroom.html", "plain-header.md"))]
"""The seed, the invented and realistic tuning articles (every relation, amounts in several currencies, dates at
each precision, rumours) and the readers' files: a fixed set of about 370 articles.  The holdout sets grow with
every batch, and ingesting them too took 230 s of a CI run on a quiet machine and timed out on a loaded one;
GRAPH ?g over thousands of graphs has its own test (test_remote_store.py)."""

P = """PREFIX akg: <https://w3id.org/alliancekg/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# (name, query, ordered): the README's examples, aggregates over the union
# (a set: a deal several articles report counts once), GRAPH queries
QUERIES = [
    # dates apart: Virtuoso keeps one of a deal's dates of two precisions in the union (the xfail test below)
    ("triples in the union", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?p != akg:date) }", False),
    ("dated deals in the union", "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s akg:date ?d }", False),
    ("instances per class", "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c", False),
    # (without its date: a16z's seed in Black Forest Labs is dated "2024-08" by one article and "2024-08-01" by another)
    ("investments with amounts", """SELECT ?investor ?investee ?amount ?currency ?stake WHERE {
  ?deal a akg:Investment ; akg:investor [ rdfs:label ?investor ] ; akg:investee [ rdfs:label ?investee ] .
  OPTIONAL { ?deal akg:amount [ schema:value ?amount ; schema:currency ?currency ] }
  OPTIONAL { ?deal akg:stake [ rdfs:label ?stake ] } }""", False),
    ("sum of amounts per currency", """SELECT ?currency (SUM(?v) AS ?total) (COUNT(*) AS ?n) WHERE {
  ?deal akg:amount ?m . ?m schema:value ?v ; schema:currency ?currency } GROUP BY ?currency""", False),
    ("deals per company, ordered", """SELECT ?name (COUNT(DISTINCT ?deal) AS ?deals) WHERE {
  ?deal akg:participant ?c . ?c rdfs:label ?name }
  GROUP BY ?name ORDER BY DESC(?deals) ?name LIMIT 25""", True),
    ("triples per article graph", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", False),
    ("graphs reporting a deal", """SELECT ?deal (COUNT(DISTINCT ?g) AS ?reports) WHERE {
  GRAPH ?g { ?deal a akg:Investment } } GROUP BY ?deal""", False),
    ("deals of a company with their evidence (README)", next(e.sparql for e in EXAMPLES if e.name == "company-deals"), False),
    ("articles and dates", "SELECT ?article ?date WHERE { ?article a akg:Article . OPTIONAL { ?article schema:datePublished ?date } }", False),
    ("a name search", """SELECT ?c ?name WHERE { ?c a akg:Company ; rdfs:label ?name
  FILTER(CONTAINS(LCASE(?name), "ai")) } ORDER BY ?name LIMIT 40""", True),
    ("ask", "ASK { ?d a akg:Acquisition }", False),
    ("construct a company", "CONSTRUCT WHERE { <https://w3id.org/alliancekg/company/mistral-ai> ?p ?o }", False),
]


def _value(term: dict) -> tuple:
    """A result term compared by value: a literal's number by its value
    (Virtuoso stores an integral xsd:decimal as xsd:integer), a language tag
    in lower case, blank nodes as one value (labels are per store)."""
    kind = term["type"]
    if kind == "bnode":
        return ("bnode",)
    if kind in ("literal", "typed-literal"):
        dt = term.get("datatype", "")
        if dt.endswith(("#decimal", "#integer", "#int", "#long", "#double", "#float")):
            try:
                return ("number", Decimal(term["value"]).normalize())
            except InvalidOperation:
                pass
        return ("literal", term["value"], term.get("xml:lang", "").lower(),
                "" if dt.endswith(("#decimal", "#integer")) else dt)
    return ("iri", term["value"])


def _answer(client: TestClient, query: str, ordered: bool):
    if query.lstrip().startswith("CONSTRUCT"):
        r = client.get("/sparql", params={"query": P + query}, headers={"Accept": "application/n-triples"})
        assert r.status_code == 200, r.text
        return sorted(line for line in r.text.splitlines() if line.strip())
    r = client.get("/sparql", params={"query": P + query}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    doc = r.json()
    if "boolean" in doc:
        return doc["boolean"]
    rows = [tuple(sorted((k, _value(v)) for k, v in b.items())) for b in doc["results"]["bindings"]]
    return rows if ordered else Counter(rows)


@pytest.fixture(scope="module")
def answers(virtuoso_access):
    """The answers of both backends after ingesting the same inputs."""
    from alliancekg.graph.store import RemoteStore

    remote = RemoteStore(virtuoso_access.spec, virtuoso_access.options)
    remote.clear()
    embedded = EmbeddedStore(None)
    out = {}
    try:
        for name, store in (("embedded", embedded), ("virtuoso", remote)):
            failed = ingest_with_progress(store, [str(p) for p in INPUTS], Minter(), quiet=True)
            assert failed == 0
            # CI shares its cores with the database server: this test compares answers, not speed, so a whole-store
            # aggregate gets more than the 30 s a user's query gets by default
            with TestClient(create_app(Settings(store=store.location, query_timeout=180.0), store=store)) as client:
                out[name] = {q: _answer(client, text, ordered) for q, text, ordered in QUERIES}
                out[name]["graphs"] = sorted(store.graphs())
                out[name]["quads"] = store.count()
    finally:
        remote.clear()
        remote.close()
        embedded.close()
    return out


def test_the_same_graphs_and_quads_on_both(answers):
    # the seed, the tuning articles, the readers' files and the ontology, each in its own graph
    assert len(answers["embedded"]["graphs"]) > 350
    assert answers["virtuoso"]["graphs"] == answers["embedded"]["graphs"]
    assert answers["virtuoso"]["quads"] == answers["embedded"]["quads"]


DATES_APART = {"deals of a company with their evidence (README)"}
"""Queries whose rows name a deal's date: a deal two articles date at two precisions has one date in Virtuoso's union
(the xfail test below), so their rows are compared without it, as sets."""


def _without_dates(rows: Counter) -> set:
    return {tuple(kv for kv in row if kv[0] != "date") for row in rows}


@pytest.mark.parametrize("name", [q[0] for q in QUERIES])
def test_the_same_answers_through_sparql(answers, name):
    mine, theirs = answers["virtuoso"][name], answers["embedded"][name]
    assert theirs not in (Counter(), [], False), f"{name}: the query finds nothing, so it tests nothing"
    if name in DATES_APART:
        mine, theirs = _without_dates(mine), _without_dates(theirs)
    assert mine == theirs


def test_writes_pages_and_views_through_the_app_on_virtuoso(remote_store, samples):
    """The Graph Store Protocol, SPARQL Update, linked-data pages, views and
    VoID of the real app on the remote backend."""
    auth = {"Authorization": "Bearer secret-token"}
    article, extraction = samples.pair()
    from alliancekg.graph.mapping import extraction_to_graph

    remote_store.replace_graph(str(Minter().article(article.id)), extraction_to_graph(article, extraction))
    settings = Settings(store=remote_store.location, write_token="secret-token")
    with TestClient(create_app(settings, store=remote_store)) as c:
        g = "https://example.org/extra"
        r = c.put("/store", params={"graph": g}, content=b"<https://example.org/a> <https://example.org/b> \"c\" .",
                  headers={**auth, "Content-Type": "application/n-triples"})
        assert r.status_code == 201, r.text
        assert '"c"' in c.get("/store", params={"graph": g}, headers={"Accept": "application/n-triples"}).text
        r = c.post("/sparql", content=f"INSERT DATA {{ GRAPH <{g}> {{ <https://example.org/a> <https://example.org/b> \"d\" }} }}",
                   headers={**auth, "Content-Type": "application/sparql-update"})
        assert r.status_code in (200, 204), r.text
        r = c.get("/sparql", params={"query": "SELECT ?o WHERE { <https://example.org/a> ?p ?o } ORDER BY ?o"})
        assert [b["o"]["value"] for b in r.json()["results"]["bindings"]] == ["c", "d"]
        r = c.post("/sparql", content="INSERT DATA { <urn:x> <urn:y> <urn:z> }", headers={**auth, "Content-Type": "application/sparql-update"})
        assert r.status_code == 400 and "union" in r.json()["message"]
        assert c.delete("/store", params={"graph": g}, headers=auth).status_code == 204
        assert c.get("/store", params={"graph": g}).status_code == 404
        page = c.get("/company/quillon-robotics", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "Tenkai Holdings" in page.text
        ttl = c.get("/company/quillon-robotics", headers={"Accept": "application/n-quads"})
        assert f"<{Minter().article(article.id)}>" in ttl.text  # each triple in its article's graph, not the union
        assert "urn:alliancekg:union" not in ttl.text
        view = c.get("/view", params={"center": "quillon-robotics", "format": "json"})
        assert view.status_code == 200 and any(n["label"] == "Tenkai Holdings" for n in view.json()["nodes"])
        void = c.get("/.well-known/void", headers={"Accept": "application/n-triples"}).text
        assert f'"{remote_store.count()}"' in void
        assert c.get("/health").status_code == 200


@pytest.mark.xfail(strict=True, reason="Virtuoso 7.2 keeps one of two date literals of different precision "
                   "('2020'^^xsd:gYear, '2020-01'^^xsd:gYearMonth) on one subject and predicate in the union graph; "
                   "docs/remote-stores.md")
def test_a_deal_dated_at_two_precisions_keeps_both_dates_in_the_union(remote_store):
    """Two articles report one deal, one with the year, one with the month: each article's graph keeps its
    date, and the union should hold both (as the embedded store's does)."""
    deal = "<https://w3id.org/alliancekg/acquisition/orvane--tessary--2020>"
    date = "<https://w3id.org/alliancekg/ontology#date>"
    xsd = "http://www.w3.org/2001/XMLSchema#"
    remote_store.write_graph("https://w3id.org/alliancekg/article/a", f'{deal} {date} "2020"^^<{xsd}gYear> .'.encode(),
                             "nt", replace=True)
    remote_store.write_graph("https://w3id.org/alliancekg/article/b", f'{deal} {date} "2020-01"^^<{xsd}gYearMonth> .'.encode(),
                             "nt", replace=True)
    assert remote_store.count("https://w3id.org/alliancekg/article/b") == 1
    assert remote_store.union_size() == 2

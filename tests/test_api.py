"""The real FastAPI app over a real in-memory store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from alliancekg.api.app import create_app
from alliancekg.api.settings import Settings
from alliancekg.graph.mapping import extraction_to_graph
from alliancekg.graph.queries import EXAMPLES
from alliancekg.graph.resolve import Minter
from alliancekg.graph.store import EmbeddedStore

INVESTORS = """PREFIX akg: <https://w3id.org/alliancekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?investor ?investee WHERE { ?i akg:investsIn ?e . ?i rdfs:label ?investor . ?e rdfs:label ?investee }"""


@pytest.fixture(params=["embedded", "virtuoso"])
def client(request, samples):
    """The app on the embedded store, and on Virtuoso (the remote backend)."""
    store = EmbeddedStore(None) if request.param == "embedded" else request.getfixturevalue("remote_store")
    article, extraction = samples.pair()
    store.replace_graph(str(Minter().article(article.id)), extraction_to_graph(article, extraction))
    with TestClient(create_app(Settings(store=store.location), store=store)) as c:
        yield c
    if request.param == "embedded":
        store.close()


def _bindings(response):
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def test_select_by_get_answers_sparql_json(client):
    r = client.get("/sparql", params={"query": INVESTORS})
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert _bindings(r) == [{"investor": "Tenkai Holdings", "investee": "Quillon Robotics"}]


def test_select_by_post_form_and_by_post_body(client):
    r = client.post("/sparql", data={"query": INVESTORS})
    assert _bindings(r)[0]["investor"] == "Tenkai Holdings"
    r = client.post("/sparql", content=INVESTORS, headers={"Content-Type": "application/sparql-query; charset=utf-8"})
    assert _bindings(r)[0]["investee"] == "Quillon Robotics"


def test_ask_and_construct(client):
    r = client.get("/sparql", params={"query": "ASK { ?s a <https://w3id.org/alliancekg/ontology#Investment> }"})
    assert r.json()["boolean"] is True
    r = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s a <https://w3id.org/alliancekg/ontology#Investment> }"})
    assert r.headers["content-type"].startswith("text/turtle")
    assert "investment/tenkai-holdings--quillon-robotics--2025" in r.text
    r = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s a ?t }"}, headers={"Accept": "application/n-triples"})
    assert r.headers["content-type"].startswith("application/n-triples")


def test_content_negotiation_by_accept_and_format(client):
    r = client.get("/sparql", params={"query": INVESTORS}, headers={"Accept": "text/csv;q=0.9, application/sparql-results+xml;q=0.5"})
    assert r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0] == "investor,investee"
    r = client.get("/sparql", params={"query": INVESTORS, "format": "tsv"})
    assert r.headers["content-type"].startswith("text/tab-separated-values")


def test_user_errors_are_4xx_with_a_message(client):
    r = client.get("/sparql", params={"query": "SELECT WHERE {"})
    assert r.status_code == 400 and "malformed" in r.json()["message"]
    r = client.get("/sparql", params={"query": " "})
    assert r.status_code == 400 and "query" in r.json()["message"]
    r = client.get("/sparql", params={"query": INVESTORS}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    r = client.post("/sparql", content=INVESTORS, headers={"Content-Type": "application/json"})
    assert r.status_code == 415
    r = client.get("/sparql", params={"query": "INSERT DATA { <a:b> <a:c> <a:d> }"})
    assert r.status_code == 400


def test_health_and_landing_page_and_docs(client):
    h = client.get("/health").json()
    assert h["status"] == "ok" and h["graphs"] == 1 and h["quads"] > 0
    home = client.get("/")
    assert home.status_code == 200
    for link in ('href="/view"', 'href="/docs"', 'href="/health"'):
        assert link in home.text
    assert home.text.count("<pre>") == 3
    docs = client.get("/docs")
    assert docs.status_code == 200 and "http" not in docs.text.split("<body>")[0].replace("http-equiv", "")
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert "/sparql" in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.name)
def test_example_queries_run(client, example):
    r = client.get("/sparql", params={"query": example.sparql})
    assert r.status_code == 200, r.text
    assert "results" in r.json()


def test_readme_shows_the_example_queries():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for example in EXAMPLES:
        assert example.sparql in readme, example.name


def test_dataset_parameters_pick_graphs(client):
    graph = "https://w3id.org/alliancekg/article/quillon-tenkai"
    ask = "ASK { ?s <https://w3id.org/alliancekg/ontology#investsIn> ?o }"
    r = client.get("/sparql", params={"query": ask, "default-graph-uri": graph})
    assert r.json()["boolean"] is True
    r = client.get("/sparql", params={"query": ask, "default-graph-uri": "https://example.org/none"})
    assert r.json()["boolean"] is False
    q = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    r = client.get("/sparql", params={"query": q, "named-graph-uri": "https://example.org/none"})
    assert _bindings(r) == []
    r = client.get("/sparql", params={"query": q, "named-graph-uri": graph})
    assert _bindings(r) == [{"g": graph}]

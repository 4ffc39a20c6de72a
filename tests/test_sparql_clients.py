"""Clients people already use, unmodified, against a real `alliancekg serve`
process: SPARQLWrapper, rdflib's SPARQLStore / SPARQLUpdateStore, plain
HTTP the way curl sends it, and the query page in headless Chromium."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from alliancekg.graph.ingest import ensure_ontology, ingest_file
from alliancekg.graph.store import EmbeddedStore

from .conftest import start_server

ARTICLES = Path(__file__).parent / "articles"
TOKEN = "client-test-token"
HOSTILE = '<img src=x onerror=alert(1)> "><script>alert(2)</script> href'
COMPANIES = """PREFIX akg: <https://w3id.org/alliancekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name WHERE { ?c a akg:Company ; rdfs:label ?name } ORDER BY ?name"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clients")
    store = EmbeddedStore(folder / "store")
    ensure_ontology(store)
    for article in sorted(ARTICLES.glob("*.txt")):
        assert ingest_file(store, article).ok
    expected = [r["name"] for r in store.query(COMPANIES).rows()]
    store.close()
    live = start_server(folder / "store", env={"ALLIANCEKG_WRITE_TOKEN": TOKEN})
    live.expected = expected
    yield live
    live.stop()


def test_sparqlwrapper_in_every_format(server):
    sw = SPARQLWrapper(server.base + "/sparql")
    sw.setQuery(COMPANIES)
    sw.setReturnFormat(JSON)
    names = [b["name"]["value"] for b in sw.queryAndConvert()["results"]["bindings"]]
    assert names == server.expected and len(names) >= 3
    sw.setReturnFormat(XML)
    assert len(sw.queryAndConvert().getElementsByTagName("result")) == len(names)
    sw.setReturnFormat(CSV)
    assert sw.queryAndConvert().decode().splitlines()[1:] == names
    sw.setMethod("POST")
    sw.setReturnFormat(JSON)
    assert len(sw.queryAndConvert()["results"]["bindings"]) == len(names)
    sw.setQuery("CONSTRUCT { ?c a <https://w3id.org/alliancekg/ontology#Company> } WHERE { ?c a <https://w3id.org/alliancekg/ontology#Company> }")
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.queryAndConvert(), format="turtle")
    assert len(g) == len(names)
    sw.setQuery("ASK { ?s ?p ?o }")
    sw.setReturnFormat(JSON)
    assert sw.queryAndConvert()["boolean"] is True


def test_rdflib_sparqlstore_reads_and_sparqlupdatestore_writes(server):
    remote = Graph(SPARQLStore(server.base + "/sparql", returnFormat="json"))
    names = [str(row.name) for row in remote.query(COMPANIES)]
    assert names == server.expected
    updater = SPARQLUpdateStore(server.base + "/sparql", server.base + "/sparql", headers={"Authorization": f"Bearer {TOKEN}"})
    g = Graph(updater, identifier=URIRef("https://example.org/from-rdflib"))
    g.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("added by rdflib")))
    ask = 'ASK { GRAPH <https://example.org/from-rdflib> { ?s ?p "added by rdflib" } }'
    assert httpx.get(server.base + "/sparql", params={"query": ask}).json()["boolean"] is True
    g.remove((None, None, None))
    assert httpx.get(server.base + "/sparql", params={"query": ask}).json()["boolean"] is False
    anonymous = SPARQLUpdateStore(server.base + "/sparql", server.base + "/sparql")
    with pytest.raises(Exception):  # noqa: B017 - rdflib raises urllib's HTTPError 401
        Graph(anonymous, identifier=URIRef("https://example.org/nope")).add(
            (URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("x")))


def test_curl_style_requests(server):
    # curl --data-urlencode 'query=...' -H 'Accept: text/csv'
    r = httpx.post(server.base + "/sparql", content="query=" + httpx.QueryParams({"q": COMPANIES})["q"].replace(" ", "+"),
                   headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert r.status_code == 200 and r.text.splitlines()[1:] == server.expected
    # curl -H 'Content-Type: application/sparql-query' --data-binary @query.rq
    r = httpx.post(server.base + "/sparql", content=COMPANIES, headers={"Content-Type": "application/sparql-query", "Accept": "*/*"})
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    sd = httpx.get(server.base + "/sparql")
    assert sd.headers["content-type"].startswith("text/turtle") and "sd:Service" in sd.text


def test_query_page_runs_a_query_and_shows_hostile_names_as_text(server, chromium):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/turtle"}
    data = f'<https://w3id.org/alliancekg/company/evil> a <https://w3id.org/alliancekg/ontology#Company> ; <http://www.w3.org/2000/01/rdf-schema#label> {Literal(HOSTILE).n3()} .'
    assert httpx.put(server.base + "/store", params={"graph": "https://example.org/hostile"}, content=data, headers=auth).status_code == 201
    try:
        driver = chromium(block_all_but=server.base)
        driver.get(server.base + "/sparql")
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return window.akgQueryReady === true"))
        box = driver.find_element(By.ID, "akg-query-text")
        box.clear()
        box.send_keys(COMPANIES)
        driver.find_element(By.CSS_SELECTOR, "#akg-query button[type=submit]").click()
        WebDriverWait(driver, 20).until(lambda d: "result" in d.find_element(By.ID, "akg-status").text)
        cells = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "#akg-results td")]
        assert HOSTILE in cells
        assert sorted(cells) == sorted([*server.expected, HOSTILE])
        assert driver.execute_script("return window.__akgDialogs") == []
        assert driver.find_elements(By.CSS_SELECTOR, "#akg-results img, #akg-results script") == []
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
    finally:
        httpx.delete(server.base + "/store", params={"graph": "https://example.org/hostile"}, headers={"Authorization": f"Bearer {TOKEN}"})

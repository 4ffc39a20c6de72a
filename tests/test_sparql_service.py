"""The SPARQL 1.1 service on the real app and real stores: the protocol's
three ways in, content negotiation, status codes, updates and the Graph Store
Protocol behind a bearer token, the time and size limits, SERVICE/LOAD
refusal, the service description, VoID and CORS."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import time
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, VOID

from alliancekg.api.app import create_app
from alliancekg.api.settings import Settings
from alliancekg.graph.executor import ProcessExecutor
from alliancekg.graph.ingest import ensure_ontology
from alliancekg.graph.mapping import extraction_to_graph
from alliancekg.graph.resolve import Minter
from alliancekg.graph.store import EmbeddedStore

AKG = "https://w3id.org/alliancekg/ontology#"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
TOKEN = "s3cret-token-for-tests"
INVESTORS = f"""PREFIX akg: <{AKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?investor ?investee WHERE {{ ?i akg:investsIn ?e . ?i rdfs:label ?investor . ?e rdfs:label ?investee }}"""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _fill(store: EmbeddedStore, samples) -> None:
    ensure_ontology(store)
    article, extraction = samples.pair()
    store.replace_graph(str(Minter().article(article.id)), extraction_to_graph(article, extraction))


@pytest.fixture
def memory(samples):
    store = EmbeddedStore(None)
    _fill(store, samples)
    yield store
    store.close()


def _client(store, **settings):
    return TestClient(create_app(Settings(store="memory", **settings), store=store))


@pytest.fixture
def client(memory):
    with _client(memory) as c:
        yield c


@pytest.fixture
def writer(memory):
    with _client(memory, write_token=TOKEN) as c:
        yield c


def _rows(r):
    assert r.status_code == 200, r.text
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


EXPECTED = [{"investor": "Tenkai Holdings", "investee": "Quillon Robotics"}]


# -- the protocol's three ways in -----------------------------------------------
def test_get_post_form_and_post_body_give_the_same_answer(client):
    assert _rows(client.get("/sparql", params={"query": INVESTORS})) == EXPECTED
    assert _rows(client.post("/sparql", data={"query": INVESTORS})) == EXPECTED
    for ctype in ("application/sparql-query", "application/sparql-query; charset=utf-8",
                  "Application/SPARQL-Query;charset=UTF-8"):
        assert _rows(client.post("/sparql", content=INVESTORS.encode(), headers={"Content-Type": ctype})) == EXPECTED
    latin = INVESTORS.replace("?investee WHERE", "?investee WHERE # café\n")
    r = client.post("/sparql", content=latin.encode("latin-1"),
                    headers={"Content-Type": "application/sparql-query; charset=ISO-8859-1"})
    assert _rows(r) == EXPECTED


def test_select_in_every_results_format(client):
    r = client.get("/sparql", params={"query": INVESTORS}, headers={"Accept": "application/sparql-results+xml"})
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    literals = [e.text for e in ET.fromstring(r.content).iterfind(".//s:literal", ns)]
    assert sorted(literals) == ["Quillon Robotics", "Tenkai Holdings"]
    r = client.get("/sparql", params={"query": INVESTORS}, headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert list(csv.DictReader(io.StringIO(r.text))) == EXPECTED
    r = client.get("/sparql", params={"query": INVESTORS, "format": "tsv"})
    assert r.headers["content-type"].startswith("text/tab-separated-values")
    assert r.text.splitlines()[0] == "?investor\t?investee"
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/sparql-results+xml"})
    assert "<boolean>true</boolean>" in r.text


@pytest.mark.parametrize("accept, expected", [
    ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("application/sparql-results+json;charset=utf-8", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("*/*;q=0.1, text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("", "application/sparql-results+json"),
])
def test_accept_headers_with_q_values_wildcards_and_parameters(client, accept, expected):
    r = client.get("/sparql", params={"query": INVESTORS}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == expected
    assert "Accept" in r.headers["vary"]


@pytest.mark.parametrize("name, media", [
    ("turtle", "text/turtle"), ("nt", "application/n-triples"), ("nquads", "application/n-quads"),
    ("trig", "application/trig"), ("json-ld", "application/ld+json"), ("xml", "application/rdf+xml"),
])
def test_construct_in_every_rdf_format(client, name, media):
    q = f"CONSTRUCT {{ ?i <{AKG}investsIn> ?e }} WHERE {{ ?i <{AKG}investsIn> ?e }}"
    r = client.get("/sparql", params={"query": q}, headers={"Accept": media})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    g = Graph()
    if name in ("nquads", "trig"):
        from rdflib import Dataset

        g = Dataset()
    g.parse(data=r.content, format=name)
    assert len(g) == 1
    assert any(str(p) == AKG + "investsIn" for _, p, _ in g.triples((None, None, None)))


def test_dataset_parameters(client):
    graph = "https://w3id.org/alliancekg/article/quillon-tenkai"
    ask = f"ASK {{ ?s <{AKG}investsIn> ?o }}"
    assert client.get("/sparql", params={"query": ask, "default-graph-uri": graph}).json()["boolean"] is True
    assert client.get("/sparql", params={"query": ask, "default-graph-uri": "https://example.org/x"}).json()["boolean"] is False
    r = client.post("/sparql?default-graph-uri=https://example.org/x", content=ask,
                    headers={"Content-Type": "application/sparql-query"})
    assert r.json()["boolean"] is False


def test_union_default_graph_can_be_turned_off(memory):
    with _client(memory, union_default_graph=False) as c:
        assert _rows(c.get("/sparql", params={"query": INVESTORS})) == []
        q = "SELECT ?i WHERE { GRAPH ?g { ?i <%sinvestsIn> ?e } }" % AKG
        assert len(_rows(c.get("/sparql", params={"query": q}))) == 1


# -- status codes -----------------------------------------------------------------
def test_user_errors_are_4xx_with_a_message(client):
    cases = [
        (client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}), 400),
        (client.get("/sparql", params={"query": " "}), 400),
        (client.get("/sparql", params={"query": INVESTORS, "format": "turtle"}), 406),
        (client.get("/sparql", params={"query": INVESTORS}, headers={"Accept": "image/png"}), 406),
        (client.get("/sparql", params={"query": INVESTORS, "format": "klingon"}), 406),
        (client.post("/sparql", content=INVESTORS, headers={"Content-Type": "application/json"}), 415),
        (client.post("/sparql", content=INVESTORS), 415),
        (client.post("/sparql", content=b"\xff\xfe\x00", headers={"Content-Type": "application/sparql-query"}), 400),
        (client.post("/sparql", content=INVESTORS, headers={"Content-Type": "application/sparql-query; charset=nope"}), 400),
        (client.post("/sparql", data={"nothing": "here"}), 400),
        (client.post("/sparql", data={"query": INVESTORS, "update": "DROP ALL"}), 400),
        (client.get("/sparql", params=[("query", INVESTORS), ("query", INVESTORS)]), 400),
        (client.get("/sparql", params={"query": "INSERT DATA { <a:b> <a:c> <a:d> }"}), 400),
        (client.post("/sparql", content=b"x" * (1024 * 1024 + 1), headers={"Content-Type": "application/sparql-query"}), 413),
    ]
    for r, status in cases:
        assert r.status_code == status, (r.status_code, r.text)
        assert r.json()["message"]


def test_mutated_queries_and_random_bytes_never_give_500(client):
    rng = random.Random(7)
    seeds = [INVESTORS, "ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }", "DESCRIBE <urn:x>",
             "SELECT (SUM(?x) AS ?s) WHERE { ?a ?b ?x } GROUP BY ?a HAVING (?s > 1)"]
    alphabet = "{}()<>?$\"'#.;,:*+-/\\^|!=&\n \t\u00e9\U0001F600\x00"
    for i in range(150):
        q = rng.choice(seeds)
        kind = i % 3
        if kind == 0:
            pos = rng.randrange(len(q))
            q = q[:pos] + "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) + q[pos + 1:]
        elif kind == 1:
            q = q[: rng.randrange(len(q))]
        else:
            q = bytes(rng.randrange(256) for _ in range(rng.randint(1, 80))).decode("latin-1")
        r = client.post("/sparql", content=q.encode("utf-8"), headers={"Content-Type": "application/sparql-query"})
        assert r.status_code < 500, (q, r.status_code, r.text)
        if r.status_code >= 400:
            assert r.json()["message"]


# -- updates and the Graph Store Protocol -------------------------------------------
NEW = "INSERT DATA { GRAPH <https://example.org/g1> { <https://example.org/a> <https://example.org/p> 'written' } }"
ASK_NEW = "ASK { <https://example.org/a> <https://example.org/p> 'written' }"


def test_writes_are_off_without_a_configured_token(client):
    r = client.post("/sparql", content=NEW, headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer x"})
    assert r.status_code == 403 and "ALLIANCEKG_WRITE_TOKEN" in r.json()["message"]
    r = client.put("/store?graph=https://example.org/g", content="<urn:a> <urn:b> <urn:c> .", headers={"Content-Type": "text/turtle"})
    assert r.status_code == 403
    assert client.get("/sparql", params={"query": ASK_NEW}).json()["boolean"] is False


def test_updates_need_the_right_bearer_token(writer):
    headers = {"Content-Type": "application/sparql-update"}
    r = writer.post("/sparql", content=NEW, headers=headers)
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    r = writer.post("/sparql", content=NEW, headers={**headers, "Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = writer.post("/sparql", content=NEW, headers={**headers, "Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    r = writer.get("/sparql", params={"update": NEW}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 405  # never by GET
    assert writer.get("/sparql", params={"query": ASK_NEW}).json()["boolean"] is False
    r = writer.post("/sparql", content=NEW, headers={**headers, "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204
    assert writer.get("/sparql", params={"query": ASK_NEW}).json()["boolean"] is True
    r = writer.post("/update", data={"update": "DROP GRAPH <https://example.org/g1>"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204
    assert writer.get("/sparql", params={"query": ASK_NEW}).json()["boolean"] is False


def test_a_malformed_update_changes_nothing(writer, memory):
    before = memory.count()
    bad = NEW + " ; INSERT DATA { GRAPH <https://example.org/g2> { <urn:a> <urn:b> }"  # second operation broken
    r = writer.post("/sparql", content=bad, headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400
    assert memory.count() == before


def test_graph_store_protocol_round_trip(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    g = "https://example.org/graphs/one"
    assert writer.get("/store", params={"graph": g}).status_code == 404
    r = writer.put("/store", params={"graph": g}, content="<urn:a> <urn:b> 'first' .", headers={**auth, "Content-Type": "text/turtle"})
    assert r.status_code == 201
    r = writer.put("/store", params={"graph": g}, content="<urn:a> <urn:b> 'second' .", headers={**auth, "Content-Type": "text/turtle; charset=utf-8"})
    assert r.status_code == 204
    r = writer.post("/store", params={"graph": g}, content='<urn:a> <urn:b> "third" .', headers={**auth, "Content-Type": "application/n-triples"})
    assert r.status_code == 204
    r = writer.get("/store", params={"graph": g}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    assert sorted(Literal(o).value for o in Graph().parse(data=r.text, format="nt").objects()) == ["second", "third"]
    head = writer.head("/store", params={"graph": g})
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) == len(writer.get("/store", params={"graph": g}).content)
    r = writer.post("/store", content="<urn:x> <urn:y> <urn:z> .", headers={**auth, "Content-Type": "text/turtle"})
    assert r.status_code == 201 and "graph=" in r.headers["location"]
    from urllib.parse import parse_qs, urlsplit

    made = parse_qs(urlsplit(r.headers["location"]).query)["graph"][0]
    assert made.startswith("https://w3id.org/alliancekg/graph/")
    assert "<urn:x>" in writer.get("/store", params={"graph": made}, headers={"Accept": "application/n-triples"}).text
    assert writer.delete("/store", params={"graph": g}, headers=auth).status_code == 204
    assert writer.delete("/store", params={"graph": g}, headers=auth).status_code == 404
    assert writer.get("/store", params={"graph": g}).status_code == 404


def test_graph_store_refuses_bad_requests(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    g = {"graph": "https://example.org/graphs/two"}
    assert writer.put("/store", params=g, content="<urn:a> <urn:b> .", headers={**auth, "Content-Type": "text/turtle"}).status_code == 400
    assert writer.put("/store", params=g, content="{}", headers={**auth, "Content-Type": "application/pdf"}).status_code == 415
    assert writer.put("/store", params={"graph": "not an iri"}, content="", headers={**auth, "Content-Type": "text/turtle"}).status_code == 400
    assert writer.get("/store").status_code == 400
    assert writer.get("/store", params={"graph": "https://example.org/a", "default": ""}).status_code == 400
    assert writer.put("/store", params=g, content="<urn:a> <urn:b> <urn:c> .", headers={"Content-Type": "text/turtle"}).status_code == 401
    assert writer.delete("/store", params=g).status_code == 401
    assert writer.get("/store", params=g).status_code == 404  # nothing was written


def test_graph_store_default_graph_is_the_union(writer, memory):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    g = "https://example.org/graphs/three"
    writer.put("/store", params={"graph": g}, content="<urn:d> <urn:e> 'in a named graph' .", headers={**auth, "Content-Type": "text/turtle"})
    union = writer.get("/store?default", headers={"Accept": "application/n-triples"}).text
    assert "in a named graph" in union and "Tenkai Holdings" in union  # the union, as queries see it
    r = writer.put("/store?default", content="<urn:d> <urn:e> 'x' .", headers={**auth, "Content-Type": "text/turtle"})
    assert r.status_code == 400 and "named graph" in r.json()["message"]
    assert writer.delete("/store?default", headers=auth).status_code == 400
    assert "in a named graph" in writer.get("/store?default", headers={"Accept": "application/n-triples"}).text


def test_the_union_default_graph_is_a_set(writer, memory):
    """A triple stated by two articles counts once over the default graph."""
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/turtle"}
    triple = "<https://example.org/deal> <https://example.org/amount> 5 ."
    for n in (1, 2, 3):
        assert writer.put("/store", params={"graph": f"https://example.org/article{n}"}, content=triple, headers=auth).status_code == 201
    total = "SELECT (SUM(?a) AS ?total) (COUNT(*) AS ?n) WHERE { <https://example.org/deal> <https://example.org/amount> ?a }"
    assert _rows(writer.get("/sparql", params={"query": total})) == [{"total": "5", "n": "1"}]
    per_graph = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <https://example.org/deal> ?p ?o } }"
    assert _rows(writer.get("/sparql", params={"query": per_graph})) == [{"n": "3"}]
    writer.delete("/store", params={"graph": "https://example.org/article1"}, headers=auth)
    writer.delete("/store", params={"graph": "https://example.org/article2"}, headers=auth)
    assert _rows(writer.get("/sparql", params={"query": total})) == [{"total": "5", "n": "1"}]  # article3 still says it
    writer.delete("/store", params={"graph": "https://example.org/article3"}, headers=auth)
    assert _rows(writer.get("/sparql", params={"query": total})) == [{"total": "0", "n": "0"}]
    r = writer.post("/sparql", content="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                    headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400 and "GRAPH <iri>" in r.json()["message"]


# -- limits ---------------------------------------------------------------------------
def test_result_size_limit(memory):
    with _client(memory, max_result_bytes=2000) as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert r.status_code == 400 and "limit" in r.json()["message"]
        assert c.get("/sparql", params={"query": INVESTORS}).status_code == 200


@pytest.fixture
def disk_app(tmp_path, samples):
    store = EmbeddedStore(tmp_path / "store")
    _fill(store, samples)
    # a few thousand triples make a four-way cross product run for hours
    store.update("INSERT DATA { GRAPH <urn:bulk> { " + " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(3000)) + " } }")
    app = create_app(Settings(store=str(tmp_path / "store"), query_timeout=2, query_workers=2), store=store)
    with TestClient(app) as c:
        yield c, app
    store.close()


def test_the_time_limit_stops_the_work_and_frees_the_worker(disk_app):
    client, app = disk_app
    assert _rows(client.get("/sparql", params={"query": INVESTORS})) == EXPECTED
    executor = app.state.executor
    assert isinstance(executor, ProcessExecutor)
    before = {w.process.pid for w in executor._all}
    started = time.monotonic()
    r = client.get("/sparql", params={"query": SLOW})
    elapsed = time.monotonic() - started
    assert r.status_code == 503 and "time limit" in r.json()["message"] and r.headers["retry-after"]
    assert elapsed < 10
    after = {w.process.pid for w in executor._all}
    killed = before - after
    assert len(killed) == 1 and len(after) == 2  # one worker was killed and replaced
    for pid in killed:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # the process running the query is gone
    assert _rows(client.get("/sparql", params={"query": INVESTORS})) == EXPECTED


def test_queries_see_every_write_that_came_before(disk_app, samples):
    client, app = disk_app
    assert client.get("/sparql", params={"query": ASK_NEW}).json()["boolean"] is False
    app.state.store.update(NEW)
    assert client.get("/sparql", params={"query": ASK_NEW}).json()["boolean"] is True
    app.state.store.remove_graph("https://example.org/g1")
    assert client.get("/sparql", params={"query": ASK_NEW}).json()["boolean"] is False


def test_the_event_loop_stays_free_while_a_query_runs(disk_app):
    import threading

    client, _ = disk_app
    slow = threading.Thread(target=lambda: client.get("/sparql", params={"query": SLOW}))
    slow.start()
    time.sleep(0.3)
    started = time.monotonic()
    assert client.get("/health").status_code == 200
    assert _rows(client.get("/sparql", params={"query": INVESTORS})) == EXPECTED  # the other worker answers
    assert time.monotonic() - started < 1.5
    slow.join()


# -- SERVICE and LOAD -------------------------------------------------------------------
@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://169.254.169.254/latest/meta-data> { ?s ?p ?o } }",
    "SELECT * WHERE { servicE <http://[::1]:9/> { ?s ?p ?o } }",
    "BASE <http://localhost:9/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",
    "PREFIX x: <http://10.0.0.1/> SELECT * WHERE { SERVICE x:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { SERVIC\\u0045 <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",  # public, but not allowed
])
def test_service_is_refused(client, query):
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == 403, r.text
    assert "refused" in r.json()["message"] or "not allowed" in r.json()["message"]


def test_load_is_refused_even_with_the_token(writer):
    for target in ("http://127.0.0.1:9/x.ttl", "file:///etc/passwd", "http://169.254.169.254/", "https://example.org/data.ttl"):
        r = writer.post("/sparql", content=f"LOAD <{target}> INTO GRAPH <urn:g>",
                        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403, r.text


def test_words_service_and_load_in_strings_and_comments_are_not_calls(client):
    q = 'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/>" AS ?x) } # LOAD <http://127.0.0.1/>'
    assert client.get("/sparql", params={"query": q}).status_code == 200


def test_an_allowed_endpoint_passes_the_guard(memory):
    from alliancekg.graph.guard import check_remote_access

    allowed = ("https://query.wikidata.org/sparql",)
    q = "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
    assert [t.target for t in check_remote_access(q, allowed)] == ["https://query.wikidata.org/sparql"]
    with _client(memory, remote_endpoints=allowed) as c:
        sd = Graph().parse(data=c.get("/sparql", headers={"Accept": "text/turtle"}).text, format="turtle")
        assert (None, SD.feature, SD.BasicFederatedQuery) in sd


# -- self-description and CORS -------------------------------------------------------------
def test_service_description(client, writer):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    svc = URIRef("http://testserver/sparql")
    assert (svc, RDF.type, SD.Service) in g and (svc, SD.endpoint, svc) in g
    assert (svc, SD.feature, SD.UnionDefaultGraph) in g
    assert (svc, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (svc, SD.supportedLanguage, SD.SPARQL11Update) not in g  # read-only
    names = set(g.objects(None, SD.name))
    assert URIRef("https://w3id.org/alliancekg/article/quillon-tenkai") in names
    wg = Graph().parse(data=writer.get("/sparql", headers={"Accept": "application/ld+json"}).text, format="json-ld")
    assert (svc, SD.supportedLanguage, SD.SPARQL11Update) in wg
    assert client.get("/sparql", headers={"Accept": "image/png"}).status_code == 406


def test_a_browser_gets_the_query_page(client):
    r = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"] and "unsafe-inline" not in r.headers["content-security-policy"].split("script-src")[1]
    assert 'id="akg-query"' in r.text
    assert client.get("/static/akg/query.js").status_code == 200


def test_void_counts_what_the_store_holds(client, memory):
    r = client.get("/.well-known/void")
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    ds = URIRef("http://testserver/.well-known/void#dataset")
    assert (ds, RDF.type, VOID.Dataset) in g
    assert int(g.value(ds, VOID.triples)) == memory.count()
    companies = memory.query(f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a <{AKG}Company> }}").rows()[0]["n"]
    assert companies >= 2
    parts = {str(g.value(p, VOID["class"])): int(g.value(p, VOID.entities)) for p in g.objects(ds, VOID.classPartition)}
    assert parts[AKG + "Company"] == companies and parts[AKG + "Article"] == 1
    assert int(g.value(ds, VOID.documents)) == 1
    assert int(g.value(ds, VOID.entities)) >= companies
    assert g.value(ds, VOID.sparqlEndpoint) == URIRef("http://testserver/sparql")
    jsonld = client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert json.loads(jsonld.text)


def test_cors_lets_any_origin_read_but_never_with_credentials(client, memory):
    r = client.get("/sparql", params={"query": INVESTORS}, headers={"Origin": "https://elsewhere.example"})
    assert r.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in r.headers
    r = client.options("/sparql", headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST",
                                           "Access-Control-Request-Headers": "content-type"})
    assert r.status_code == 200 and "access-control-allow-credentials" not in r.headers
    with _client(memory, cors_origins=("https://one.example",)) as c:
        r = c.get("/sparql", params={"query": INVESTORS}, headers={"Origin": "https://two.example"})
        assert "access-control-allow-origin" not in r.headers
        r = c.get("/sparql", params={"query": INVESTORS}, headers={"Origin": "https://one.example"})
        assert r.headers["access-control-allow-origin"] == "https://one.example"
        assert "access-control-allow-credentials" not in r.headers


@pytest.mark.parametrize("path", ["/", "/sparql", "/sparql?query=ASK%7B%7D", "/view", "/docs", "/health",
                                  "/.well-known/void", "/store?default", "/ontology", "/no/such/page",
                                  "/company/quillon-robotics"])
def test_security_headers_on_every_answer(client, path):
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    if r.headers.get("content-type", "").startswith("text/html"):
        assert "default-src 'none'" in r.headers["content-security-policy"]


@pytest.mark.parametrize("path", ["/", "/sparql", "/sparql?query=ASK%7B%7D", "/.well-known/void", "/ontology",
                                  "/company/quillon-robotics", "/store?default", "/view", "/no/such/page"])
def test_head_answers_wherever_get_does(client, path):
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert int(head.headers["content-length"]) == len(get.content)


def test_a_worker_killed_from_outside_is_replaced_before_it_gets_a_query(disk_app):
    import signal

    client, app = disk_app
    assert _rows(client.get("/sparql", params={"query": INVESTORS})) == EXPECTED
    executor = app.state.executor
    victims = [w.process.pid for w in executor._all]
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10  # a killed process can take a moment to die on a loaded machine
    while any(w.process.is_alive() for w in list(executor._all) if w.process.pid in victims) and time.monotonic() < deadline:
        time.sleep(0.05)
    for _ in range(3):
        assert _rows(client.get("/sparql", params={"query": INVESTORS})) == EXPECTED
    assert not {w.process.pid for w in executor._all} & set(victims)


def test_health_counts_once_per_write(client, memory, writer):
    first = client.get("/health").json()
    assert first["articles"] == 1 and first["graphs"] == len(memory.graphs()) and first["quads"] == memory.count()
    memory.update("INSERT DATA { GRAPH <https://example.org/more> { <urn:a> <urn:b> <urn:c> } }")
    second = client.get("/health").json()
    assert second["quads"] == first["quads"] + 1 and second["graphs"] == first["graphs"] + 1

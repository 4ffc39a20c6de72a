"""GET /view over HTTP on a real store: parameters in the URL, 400s, formats, links, CSP."""

from __future__ import annotations

import io
import json
import re

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from alliancekg.api.app import create_app
from alliancekg.api.settings import Settings
from alliancekg.graph.mapping import extraction_to_graph

B = "https://w3id.org/alliancekg/"


def embedded(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="akg-data">(.*?)</script>', html, re.S).group(1))


@pytest.fixture
def client(memory_store, samples):
    article, extraction = samples.pair()
    memory_store.replace_graph(B + "article/quillon-tenkai", extraction_to_graph(article, extraction))
    with TestClient(create_app(Settings(store="memory"), store=memory_store)) as c:
        yield c


def test_whole_view_has_csp_form_and_entity_links(client):
    r = client.get("/view")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "form-action 'self'" in csp and "connect-src 'none'" in csp
    data = embedded(r.text)
    assert len(data["nodes"]) == 6
    urls = {n["label"]: n.get("url") for n in data["nodes"]}
    assert urls["Quillon Robotics"] == "/company/quillon-robotics"  # the entity's page on this server
    assert 'id="akg-form"' in r.text and 'action="/view"' in r.text
    assert 'href="/view?format=graphml"' in r.text


def test_ego_view_from_the_url_and_shareable_links(client):
    r = client.get("/view", params={"center": "Quillon Robotics", "depth": 1, "relations": "invests_in,partners_with"})
    data = embedded(r.text)
    assert {n["label"] for n in data["nodes"]} == {"Quillon Robotics", "Tenkai Holdings", "Norvale Systems"}
    assert "Around Quillon Robotics" in r.text
    link = "/view?center=Quillon+Robotics&amp;relations=invests_in%2Cpartners_with"
    assert link in r.text  # "Link to this view"
    assert 'name="center" value="Quillon Robotics"' in r.text  # the form shows the current view
    assert re.search(r'<input type="checkbox" name="relations" value="invests_in" checked>', r.text)


def test_cap_shows_count_and_drilldown_links(client):
    r = client.get("/view", params={"limit": 2})
    data = embedded(r.text)
    assert len(data["nodes"]) == 2 and data["meta"]["hidden_nodes"] == 4
    assert "4 more not shown" in r.text
    links = re.findall(r'<ul id="akg-drilldown">(.*?)</ul>', r.text, re.S)[0]
    assert "/view?center=https%3A%2F%2Fw3id.org%2Falliancekg%2F" in links and "depth=1" not in links  # depth 1 is the default
    assert 'limit=2' in links  # drill-down keeps the view's filters


def test_path_and_date_views(client):
    data = client.get("/view", params={"path_from": "tenkai-holdings", "path_to": "Norvale Systems", "format": "json"}).json()
    assert [n["label"] for n in data["nodes"]] == ["Quillon Robotics", "Norvale Systems", "Tenkai Holdings"] or \
        {n["label"] for n in data["nodes"]} == {"Quillon Robotics", "Norvale Systems", "Tenkai Holdings"}
    assert {e["relation"] for e in data["edges"]} == {"invests_in", "partners_with"}
    data = client.get("/view", params={"date_from": "2025-04", "date_to": "2025-04", "format": "json"}).json()
    assert [e["relation"] for e in data["edges"]] == ["invests_in"]
    data = client.get("/view", params={"as_of": "2025-03", "format": "json", "relations": "invests_in"}).json()
    assert data["edges"] == [] and data["note"] == "nothing matches these filters"


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_exports_for_gephi(client, fmt, reader):
    r = client.get("/view", params={"format": fmt, "types": "Company"})
    assert r.status_code == 200 and f'filename="alliancekg-view.{fmt}"' in r.headers["content-disposition"]
    G = reader(io.BytesIO(r.content))
    assert G.number_of_nodes() == 3 and G.number_of_edges() == 2


@pytest.mark.parametrize("params, words", [
    ({"depth": "9"}, "depth=9"), ({"center": "Nobody Inc"}, "no entity named"), ({"format": "png"}, "format"),
    ({"relations": "hates"}, "invests_in"), ({"bogus": "1"}, "unknown parameter bogus"), ({"path_to": "x"}, "both"),
])
def test_bad_view_parameters_are_400_with_a_message(client, params, words):
    r = client.get("/view", params=params)
    assert r.status_code == 400 and words in r.json()["message"]


TURTLE = b"""@prefix akg: <https://w3id.org/alliancekg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/acme> a akg:Company ; rdfs:label "Acme Analytics" ; akg:investsIn <https://example.org/zed> .
<https://example.org/zed> a akg:Company ; rdfs:label "Zed Robotics" .
"""


def test_graph_is_read_again_after_a_write(client, memory_store):
    assert len(embedded(client.get("/view").text)["nodes"]) == 6
    memory_store.load_rdf(TURTLE, "turtle", B + "graph/partners.ttl")
    nodes = {n["label"]: n for n in embedded(client.get("/view").text)["nodes"]}
    assert len(nodes) == 8
    assert "url" not in nodes["Acme Analytics"]  # not under base_iri: no entity page to link to

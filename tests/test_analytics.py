"""graph/analytics.py on hand-built graphs and on a real store; /analytics over HTTP."""

from __future__ import annotations

import io

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from alliancekg.api.app import create_app
from alliancekg.api.settings import Settings
from alliancekg.graph.analytics import (
    alliance_graph,
    analyse,
    communities,
    connected_through_investments,
    export_graph,
    rankings,
    shortest_paths,
)
from alliancekg.graph.errors import InvalidParameter
from alliancekg.graph.mapping import extraction_to_graph

B = "https://w3id.org/alliancekg/company/"


def deals(*edges) -> nx.MultiDiGraph:
    """A graph of invented companies from (investor, investee, relation, amount) tuples."""
    G = nx.MultiDiGraph()
    for u, v, rel, amount in edges:
        for n in (u, v):
            G.add_node(B + n, iri=B + n, label=n.title(), type="Company")
        G.add_edge(B + u, B + v, key=rel, relation=rel, **({"amount": amount, "currency": "USD"} if amount else {}))
    return G


def test_rankings_on_a_star_of_investments():
    # three funds invest in "hub"; hub invests in "leaf"; a partnership is not in the investment graph
    G = deals(("f1", "hub", "invests_in", 1e6), ("f2", "hub", "invests_in", 2e6), ("f3", "hub", "invests_in", None),
              ("hub", "leaf", "invests_in", 5e6), ("f1", "f2", "partners_with", None))
    pr = rankings(G, "pagerank", limit=2)
    assert [r["label"] for r in pr["results"]] == ["Leaf", "Hub"]  # money flows on to leaf
    deg = rankings(G, "degree", limit=1)["results"][0]
    assert deg["label"] == "Hub" and deg["score"] == 4 and deg["in_deals"] == 3 and deg["out_deals"] == 1
    btw = rankings(G, "betweenness", limit=1)["results"][0]
    assert btw["label"] == "Hub" and btw["score"] > 0.5
    assert pr["nodes"] == 5 and pr["edges"] == 4
    with pytest.raises(InvalidParameter, match="pagerank"):
        rankings(G, "fame")


def test_louvain_finds_two_clusters():
    left = [(a, b, "partners_with", None) for a, b in [("a1", "a2"), ("a2", "a3"), ("a1", "a3"), ("a3", "a4"), ("a4", "a1")]]
    right = [(a, b, "invests_in", 1e6) for a, b in [("b1", "b2"), ("b2", "b3"), ("b1", "b3"), ("b3", "b4"), ("b4", "b1")]]
    G = deals(*left, *right, ("a1", "b1", "acquires", 3e6))
    result = communities(G)
    assert result["count"] == 2 and result["modularity"] > 0.3
    groups = [{m["label"] for m in c["members"]} for c in result["communities"]]
    assert {"A1", "A2", "A3", "A4"} in groups and {"B1", "B2", "B3", "B4"} in groups


def test_paths_and_investment_links():
    G = deals(("x", "y", "invests_in", 1e6), ("y", "z", "invests_in", 2e6), ("w", "z", "partners_with", None),
              ("v", "z", "invests_in", None))
    paths = shortest_paths(G, "X", "w")
    assert paths["connected"] and paths["length"] == 3
    assert [n["label"] for n in paths["paths"][0]["nodes"]] == ["X", "Y", "Z", "W"]
    assert paths["paths"][0]["hops"][0]["facts"][0]["amount"] == 1e6
    assert not shortest_paths(G, "x", "w", relations=("invests_in",))["connected"]
    assert connected_through_investments(G, "x", "z")["direction"] == "forward"
    assert connected_through_investments(G, "z", "x")["direction"] == "backward"
    link = connected_through_investments(G, "x", "v")
    assert link["direction"] == "undirected" and [n["label"] for n in link["path"]] == ["X", "Y", "Z", "V"]
    assert connected_through_investments(G, "x", "w")["connected"] is False


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_round_trips_for_gephi(fmt, reader):
    G = deals(("x", "y", "invests_in", 1e6), ("x", "y", "partners_with", None))
    G.nodes[B + "x"]["label"] = '<img src=x onerror=alert(1)> & "Co"'
    back = reader(io.BytesIO(export_graph(G, fmt)))
    assert back.number_of_nodes() == 2 and back.number_of_edges() == 2
    labels = {d.get("label") for _, d in back.nodes(data=True)}
    assert '<img src=x onerror=alert(1)> & "Co"' in labels
    assert sorted(d["relation"] for *_, d in back.edges(data=True)) == ["invests_in", "partners_with"]
    with pytest.raises(InvalidParameter):
        export_graph(G, "dot")


def test_alliance_graph_from_a_real_store(memory_store, samples):
    article, extraction = samples.pair()
    memory_store.replace_graph("https://w3id.org/alliancekg/article/quillon-tenkai", extraction_to_graph(article, extraction))
    G = alliance_graph(memory_store)
    assert G.number_of_nodes() == 6 and G.number_of_edges() == 5  # the partnership once, not both ways
    inv = G.get_edge_data(B + "tenkai-holdings", B + "quillon-robotics")["invests_in"]
    assert inv["amount"] == 40e6 and inv["currency"] == "USD" and inv["date"] == "2025-04"
    assert inv["evidence"].startswith("Tenkai Holdings has invested $40 million")
    assert inv["article"] == "Quillon Robotics raises money from Tenkai" and inv["published"] == "2025-05-06"
    assert inv["sources"] == 1
    assert G.nodes["https://w3id.org/alliancekg/product/q-arm"]["type"] == "Product"


def test_analyse_checks_its_parameters():
    G = deals(("x", "y", "invests_in", 1e6))
    assert analyse(G, "rankings", {"measure": "degree", "limit": "1"})["results"][0]["label"] in ("X", "Y")
    for kind, raw, words in [("rankings", {"limit": "0"}, "out of range"), ("rankings", {"colour": "red"}, "unknown parameter"),
                             ("path", {"from": "x"}, "needs to="), ("path", {"from": "x", "to": "nobody"}, "no entity"),
                             ("communities", {"resolution": "-1"}, "above 0"), ("ranking", {}, "unknown analysis")]:
        with pytest.raises(InvalidParameter, match=words):
            analyse(G, kind, raw)


@pytest.fixture
def client(memory_store, samples):
    article, extraction = samples.pair()
    memory_store.replace_graph("https://w3id.org/alliancekg/article/quillon-tenkai", extraction_to_graph(article, extraction))
    with TestClient(create_app(Settings(store="memory"), store=memory_store)) as c:
        yield c


def test_analytics_over_http(client):
    r = client.get("/analytics/rankings", params={"measure": "pagerank", "limit": 5})
    assert r.status_code == 200 and r.json()["results"][0]["label"] == "Quillon Robotics"
    r = client.get("/analytics/communities", params={"relations": "invests_in,partners_with"})
    assert r.json()["count"] == 1 and r.json()["communities"][0]["size"] == 3
    r = client.get("/analytics/path", params={"from": "Tenkai Holdings", "to": "norvale-systems"})
    assert r.json()["length"] == 2
    r = client.get("/analytics/connected", params={"from": "tenkai-holdings", "to": "Quillon Robotics"})
    assert r.json()["direction"] == "forward"
    r = client.get("/analytics/rankings", params={"as_of": "2024-12"})
    assert r.json()["results"] == [] and r.json()["filters"] == {"as_of": "2024-12"}
    for url, params in [("/analytics/rankings", {"measure": "fame"}), ("/analytics/path", {"from": "x"}),
                        ("/analytics/connected", {"from": "Tenkai", "to": "nobody at all"})]:
        r = client.get(url, params=params)
        assert r.status_code == 400 and r.json()["error"] == "InvalidParameter" and r.json()["message"]

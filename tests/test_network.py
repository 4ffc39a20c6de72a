"""graph/network.py: the view parameter model and the selection of a view's graph."""

from __future__ import annotations

import networkx as nx
import pytest

from alliancekg.graph.errors import InvalidParameter
from alliancekg.graph.network import GraphCache, ViewParams, describe, parse_view_params, resolve_entity, select

B = "https://w3id.org/alliancekg/company/"


def alliance() -> nx.MultiDiGraph:
    """A chain of invented companies a-b-c-d-e plus a product and a country."""
    G = nx.MultiDiGraph()
    for key, label, type_ in [("a", "Arvel Capital", "Company"), ("b", "Brisk Labs", "Company"), ("c", "Corvo AI", "Company"),
                              ("d", "Dunmere Systems", "Company"), ("e", "Estra Robotics", "Company"),
                              ("p", "Corvo Chat", "Product"), ("fr", "France", "Country")]:
        G.add_node(B + key, iri=B + key, label=label, type=type_)
    G.add_edge(B + "a", B + "b", key="invests_in", relation="invests_in", amount=2e9, currency="USD", date="2024-03")
    G.add_edge(B + "b", B + "c", key="partners_with", relation="partners_with", date="2022")
    G.add_edge(B + "c", B + "d", key="invests_in", relation="invests_in", amount=5e6, currency="EUR", published="2021-05-02")
    G.add_edge(B + "d", B + "e", key="acquires", relation="acquires", amount=90e6, currency="USD", date="2025-01-15")
    G.add_edge(B + "c", B + "p", key="develops", relation="develops")
    G.add_edge(B + "c", B + "fr", key="based_in", relation="based_in")
    return G


def test_parse_defaults_lists_and_round_trip():
    assert parse_view_params({}) == ViewParams()
    p = parse_view_params({"center": " Corvo AI ", "depth": "2", "relations": ["invests_in,acquires", "invests_in"],
                           "types": "company", "min_amount": "2.5B", "date_from": "", "limit": "40"})
    assert p.center == "Corvo AI" and p.depth == 2 and p.relations == ("invests_in", "acquires")
    assert p.types == ("Company",) and p.min_amount == 2.5e9 and p.date_from is None and p.limit == 40
    assert parse_view_params(p.to_query()) == p
    assert p.to_query() == {"center": "Corvo AI", "depth": "2", "relations": "invests_in,acquires", "types": "Company",
                            "min_amount": "2500000000", "limit": "40"}


@pytest.mark.parametrize("raw, words", [
    ({"depth": "4"}, "out of range"), ({"depth": "two"}, "whole number"), ({"limit": "0"}, "out of range"),
    ({"relations": "likes"}, "invests_in"), ({"types": "Person"}, "Company"), ({"date_from": "2024-13"}, "month"),
    ({"as_of": "March 2024"}, "YYYY"), ({"date_from": "2025", "date_to": "2024-06"}, "after"),
    ({"min_amount": "lots"}, "amount"), ({"path_from": "a"}, "both"), ({"center": "a", "path_from": "a", "path_to": "b"}, "either"),
    ({"colour": "red"}, "unknown parameter colour"), ({"size_by": "fame"}, "pagerank"), ({"center": ["a", "b"]}, "once"),
    ({"date_to": "2023-02-30"}, "days"),
])
def test_bad_parameters_say_what_to_do(raw, words):
    with pytest.raises(InvalidParameter, match=words):
        parse_view_params(raw)


def test_resolve_by_iri_label_and_slug():
    G = alliance()
    assert resolve_entity(G, B + "c") == B + "c"
    assert resolve_entity(G, "corvo ai") == B + "c"
    assert resolve_entity(G, "d") == B + "d"  # the IRI's last segment (a slug)
    with pytest.raises(InvalidParameter, match="did you mean Corvo AI"):
        resolve_entity(G, "Corvo")


def test_ego_network_rings_and_priority():
    G = alliance()
    sel = select(G, parse_view_params({"center": "Corvo AI", "depth": "1"}))
    assert set(sel.graph) == {B + k for k in ("b", "c", "d", "p", "fr")}
    assert sel.priority[B + "c"] == (0,) and sel.priority[B + "b"] == (1,)
    sel2 = select(G, parse_view_params({"center": "Corvo AI", "depth": "2"}))
    assert set(sel2.graph) == set(G) and sel2.priority[B + "a"] == (2,)
    assert describe(parse_view_params({"center": "corvo-ai", "depth": "2"}), sel2, G)[0] == "Around Corvo AI"


def test_paths_filters_and_dates():
    G = alliance()
    sel = select(G, parse_view_params({"path_from": "Arvel Capital", "path_to": "Estra Robotics"}))
    assert sel.paths == [[B + k for k in "abcde"]]
    assert sel.graph.number_of_edges() == 4 and B + "p" not in sel.graph
    none = select(G, parse_view_params({"path_from": "a", "path_to": "e", "relations": "invests_in"}))
    assert none.paths == [] and "no connection" in none.note
    money = select(G, parse_view_params({"min_amount": "50M"}))
    assert {d["relation"] for _, _, d in money.graph.edges(data=True)} == {"invests_in", "acquires"}
    assert money.graph.number_of_edges() == 2
    year = select(G, parse_view_params({"date_from": "2024", "date_to": "2024"}))
    assert list(year.graph.edges()) == [(B + "a", B + "b")]
    # as_of keeps what was dated (deal date, else publication date) on or before; undated facts stand
    then = select(G, parse_view_params({"as_of": "2022-06"}))
    assert {(u[-1], v.rsplit("/", 1)[1]) for u, v in then.graph.edges()} == {("b", "c"), ("c", "d"), ("c", "p"), ("c", "fr")}
    products = select(G, parse_view_params({"types": "Company,Product"}))
    assert B + "fr" not in products.graph and B + "p" in products.graph
    assert select(G, parse_view_params({"as_of": "1999", "relations": "invests_in"})).note == "nothing matches these filters"
    assert G.number_of_edges() == 6  # the input is never modified


def test_center_without_connections_under_filters():
    sel = select(alliance(), parse_view_params({"center": "France", "relations": "invests_in"}))
    assert list(sel.graph) == [B + "fr"] and "no connections" in sel.note


def test_graph_cache_follows_store_generation(memory_store, samples):
    from alliancekg.graph.mapping import extraction_to_graph

    cache = GraphCache()
    assert cache.graph(memory_store).number_of_nodes() == 0
    assert cache.graph(memory_store) is cache.graph(memory_store)
    article, extraction = samples.pair()
    memory_store.replace_graph("https://w3id.org/alliancekg/article/quillon-tenkai", extraction_to_graph(article, extraction))
    G = cache.graph(memory_store)
    assert G.number_of_nodes() == 6
    calls = []
    assert cache.memo(memory_store, ("n",), lambda g: calls.append(1) or g.number_of_edges()) == 5
    assert cache.memo(memory_store, ("n",), lambda g: calls.append(1) or 0) == 5 and calls == [1]

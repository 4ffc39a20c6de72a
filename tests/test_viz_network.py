"""Unit tests of alliancekg.viz.network: data shape, offline HTML, escaping, scale."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from alliancekg.viz import format_amount, network_data, render_network, safe_url

EX = "http://example.org/alliancekg/entity/"
HOSTILE = [
    "<img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "Acme href Corp",
]


def sample_graph() -> nx.MultiDiGraph:
    """Small alliance graph (Microsoft / Mistral AI) with parallel edges."""
    G = nx.MultiDiGraph()
    for key, label, ntype in [
        ("microsoft", "Microsoft", "Company"), ("mistral", "Mistral AI", "Company"),
        ("large", "Mistral Large", "Product"), ("azure", "Azure", "Product"),
        ("france", "France", "Country"),
    ]:
        G.add_node(EX + key, label=label, type=ntype, iri=EX + key)
    G.add_edge(EX + "microsoft", EX + "mistral", relation="invests_in", amount=15e6,
               currency="EUR", date="2024-02-26", evidence="Microsoft invested €15 million.",
               article="Microsoft sets sights on Mistral AI")
    G.add_edge(EX + "microsoft", EX + "mistral", relation="partners_with", date="2024-02-26")
    G.add_edge(EX + "large", EX + "azure", relation="available_on")
    G.add_edge(EX + "mistral", EX + "large", relation="develops")
    G.add_edge(EX + "microsoft", EX + "azure", relation="develops")
    G.add_edge(EX + "mistral", EX + "france", relation="based_in")
    return G


def hostile_graph() -> nx.MultiDiGraph:
    """Graph whose labels, evidence and article titles try to inject markup."""
    G = sample_graph()
    for i, name in enumerate(HOSTILE):
        G.add_node(f"{EX}hostile{i}", label=name, type="Company")
        G.add_edge(f"{EX}hostile{i}", EX + "mistral", relation="acquires", amount=4e9,
                   currency="USD", evidence=name + " </script><!-- & ", article=name)
    return G


def embedded_data(html: str) -> dict:
    """The JSON graph data embedded in the page."""
    match = re.search(r'<script type="application/json" id="akg-data">(.*?)</script>', html, re.S)
    assert match, "data block missing"
    return json.loads(match.group(1))


def graph_snapshot(G: nx.Graph):
    """A deep, comparable snapshot of nodes, edges and attributes."""
    edges = (sorted((u, v, k, sorted(d.items())) for u, v, k, d in G.edges(keys=True, data=True))
             if G.is_multigraph() else sorted((u, v, sorted(d.items())) for u, v, d in G.edges(data=True)))
    return sorted((n, sorted(d.items())) for n, d in G.nodes(data=True)), edges, dict(G.graph)


def chain_graph(n: int) -> nx.Graph:
    """Path graph of n companies with a few hubs, string IRIs as ids."""
    G = nx.Graph()
    for i in range(n):
        G.add_node(f"{EX}c{i}", label=f"Company {i}", type="Company")
    for i in range(n - 1):
        G.add_edge(f"{EX}c{i}", f"{EX}c{i + 1}", relation="partners_with")
    for i in range(0, n, 10):
        G.add_edge(f"{EX}c0", f"{EX}c{i}", relation="invests_in", amount=1e6 * (i + 1), currency="USD")
    return G


# ---------------------------------------------------------------- offline


def test_html_has_no_remote_resources():
    html = render_network(sample_graph())
    tags = re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", html, re.I)
    for tag in tags:
        assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", tag, re.I), tag
    assert "<link" not in html.lower()
    assert not re.search(r"<script[^>]*\bsrc=", html, re.I)
    assert "@import" not in html and "fonts.googleapis" not in html
    assert "vis.Network" in html and "vis-network" in html  # JS + CSS are inlined
    assert "default-src 'none'" in html.replace("&#39;", "'")


def test_counts_in_data_and_header():
    G = sample_graph()
    html = render_network(G, title="Sample")
    data = embedded_data(html)
    assert len(data["nodes"]) == G.number_of_nodes() == 5
    assert len(data["edges"]) == G.number_of_edges() == 6  # parallel edges kept
    assert len({e["id"] for e in data["edges"]}) == 6
    assert "5 nodes · 6 edges" in html
    assert "<title>Sample</title>" in html


def test_network_data_is_json_and_styled():
    data = network_data(sample_graph(), entity_url=lambda iri: "/entity?iri=" + iri)
    json.dumps(data, allow_nan=False)
    nodes = {n["id"]: n for n in data["nodes"]}
    ms, mistral = nodes[EX + "microsoft"], nodes[EX + "mistral"]
    assert ms["color"] != nodes[EX + "large"]["color"] != nodes[EX + "france"]["color"]
    assert mistral["size"] > nodes[EX + "france"]["size"]  # centrality drives size
    assert ms["url"] == "/entity?iri=" + EX + "microsoft"
    invest = next(e for e in data["edges"] if e["relation"] == "invests_in")
    assert invest["label"] == "invests €15M\n2024-02-26"
    assert invest["width"] > next(e for e in data["edges"] if e["relation"] == "develops")["width"]
    assert "Microsoft invested €15 million." in invest["title"]
    partner = next(e for e in data["edges"] if e["relation"] == "partners_with")
    assert partner["smooth"]["type"] == "curvedCW"  # parallel edge fanned out
    assert [t["name"] for t in data["legend"]["types"]] == ["Company", "Product", "Country"]
    assert {r["name"] for r in data["legend"]["relations"]} >= {"invests in", "based in"}
    assert data["meta"]["physics"] is True


def test_format_amount():
    assert format_amount(15e6, "EUR") == "€15M"
    assert format_amount(4e9, "usd") == "$4B"
    assert format_amount(2.5e6, "GBP") == "£2.5M"
    assert format_amount(120e6, "CHF") == "120M CHF"
    assert format_amount(None, "EUR") == "" and format_amount(float("nan")) == ""


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/e?x=1", True), ("http://a.b/", True), ("/entity/1", True),
    ("entity?iri=x", True), ("../e#f", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), (" javascript:alert(1)", False),
    ("java\tscript:alert(1)", False), ("data:text/html,x", False), ("//evil.example/", False),
    ("https:/x", False), ("vbscript:x", False), ("\\\\evil", False), ("", False), (None, False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_entity_url_rejects_javascript():
    data = network_data(sample_graph(), entity_url=lambda iri: "javascript:alert(1)")
    assert all("url" not in n for n in data["nodes"])


# ---------------------------------------------------------------- safety


def test_hostile_names_are_escaped():
    G = hostile_graph()
    html = render_network(G, title=HOSTILE[1], entity_url=lambda iri: "/e?iri=" + iri)
    for name in HOSTILE[:2]:
        assert name not in html
    assert "<img" not in html.lower()
    # Exactly three script elements (data block, vis-network, app) and no other
    # tag opener in the page body (vis-network itself holds a "<script>" literal).
    assert len(re.findall(r"^<script\b", html, re.I | re.M)) == 3
    body = html.split("<body>")[1]
    before_scripts = body.split('<script type="application/json"')[0]
    assert "<script" not in before_scripts.lower() and "&lt;script&gt;" in before_scripts
    assert len(re.findall(r"</script\s*>", html, re.I)) == 3
    assert "&lt;img src=x onerror=alert(1)&gt;" not in html.split('id="akg-data"')[1]  # JSON, not HTML
    assert "<title>&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in html
    data = embedded_data(html)
    labels = {n["label"] for n in data["nodes"]}
    assert set(HOSTILE) <= labels  # round-trips intact through the escaped JSON
    block = html.split('id="akg-data">')[1].split("</script>")[0]
    assert not set("<>&") & set(block)


def test_input_graph_not_mutated():
    for G in (sample_graph(), hostile_graph(), chain_graph(40)):
        before = graph_snapshot(G)
        render_network(G, max_nodes=20, physics_threshold=10, entity_url=lambda i: "/e/" + i)
        assert graph_snapshot(G) == before


def test_empty_graph_renders():
    html = render_network(nx.Graph())
    data = embedded_data(html)
    assert data["nodes"] == [] and data["edges"] == []
    assert "0 nodes · 0 edges" in html


# ---------------------------------------------------------------- scale


def test_cap_banner_and_top_nodes():
    G = chain_graph(60)
    html = render_network(G, max_nodes=25)
    data = embedded_data(html)
    assert len(data["nodes"]) == 25
    ids = {n["id"] for n in data["nodes"]}
    assert EX + "c0" in ids  # the hub survives the cut
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert 'id="akg-banner"' in html and "35 more not shown" in html
    assert data["meta"]["hidden_nodes"] == 35
    assert 'id="akg-banner"' not in render_network(G)


def test_positions_precomputed_above_threshold():
    G = chain_graph(60)
    data = embedded_data(render_network(G, physics_threshold=50))
    assert data["options"]["physics"]["enabled"] is False
    assert data["meta"]["physics"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    spread = max(n["x"] for n in data["nodes"]) - min(n["x"] for n in data["nodes"])
    assert spread > 1000  # a few thousand px, not a unit square
    again = embedded_data(render_network(G, physics_threshold=50))
    assert [(n["x"], n["y"]) for n in again["nodes"]] == [(n["x"], n["y"]) for n in data["nodes"]]
    small = embedded_data(render_network(G, physics_threshold=100))
    assert small["options"]["physics"]["enabled"] is True
    assert all("x" not in n for n in small["nodes"])


def test_partnerships_have_no_arrowhead():
    import networkx as nx

    from alliancekg.viz import network_data

    G = nx.MultiDiGraph()
    G.add_node("a", label="A", type="Company")
    G.add_node("b", label="B", type="Company")
    G.add_edge("a", "b", relation="partners_with")
    G.add_edge("a", "b", relation="invests_in")
    arrows = {e["relation"]: e["arrows"]["to"]["enabled"] for e in network_data(G)["edges"]}
    assert arrows == {"partners_with": False, "invests_in": True}

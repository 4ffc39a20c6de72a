"""Linked data: every minted IRI dereferences on the real app over a real store.

Stores are filled by real ingest (an invented article through the extractor,
the shared sample extraction through the mapping, Turtle files through the
RDF loader); RDF answers are parsed with rdflib; pages are checked as text
and, for hostile names, in headless Chromium on a real uvicorn server.
"""

from __future__ import annotations

import dataclasses
import http.client
import socket
import threading
import time
import xml.etree.ElementTree as ET
from decimal import Decimal

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from alliancekg.api.app import create_app
from alliancekg.api.routes.entities import choose_format
from alliancekg.api.settings import Settings
from alliancekg.graph.articles import parse_text
from alliancekg.graph.describe import (
    describe,
    fact_sentences,
    format_date,
    format_money,
    href_for,
    iri_candidates,
    serialize,
    web_url,
)
from alliancekg.graph.errors import FormatError, NotFound
from alliancekg.graph.extract.model import Entity, Evidence, Extraction, Fact
from alliancekg.graph.ingest import ensure_ontology, ingest_file
from alliancekg.graph.mapping import extraction_to_graph
from alliancekg.graph.resolve import Minter
from alliancekg.graph.store import EmbeddedStore
from alliancekg.ontology.terms import AKG, DATA_BASE, PROV, SCHEMA, ontology_path, shapes_path
from alliancekg.viz.svg import network_svg

B = DATA_BASE
ARTICLE = """Halvard Systems Buys Into Lumora AI

By Test Desk
March 12, 2025

Halvard Systems has invested €30 million in Lumora AI, taking a minority stake in the Oslo start-up, the companies said on Tuesday.
Lumora AI has partnered with Brindle Labs to bring its models to more customers.
"""
HEADLINE = "Halvard Systems Buys Into Lumora AI"
EVIDENCE = "Halvard Systems has invested €30 million in Lumora AI, taking a minority stake in the Oslo start-up, the companies said on Tuesday."
ODD_TTL = """@prefix akg: <https://w3id.org/alliancekg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/alliancekg/company/caf%C3%A9-%26-co> a akg:Company ; rdfs:label "Café & Co" ;
    akg:partnerOf <https://w3id.org/alliancekg/company/münchen-ai> .
<https://w3id.org/alliancekg/company/münchen-ai> a akg:Company ; rdfs:label "München AI" .
"""
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
RDF_MEDIA = {
    "turtle": ("text/turtle", "turtle"), "ntriples": ("application/n-triples", "nt"),
    "jsonld": ("application/ld+json", "json-ld"), "rdfxml": ("application/rdf+xml", "xml"),
    "nquads": ("application/n-quads", "nquads"), "trig": ("application/trig", "trig"),
}


def fill(store, tmp_path, samples, minter: Minter | None = None) -> None:
    """The ontology, an invented article through the real extractor, the
    sample extraction through the mapping, and a Turtle file with odd IRIs."""
    minter = minter or Minter()
    ensure_ontology(store)
    article = tmp_path / "halvard-lumora.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert ingest_file(store, article, minter).ok
    sample, extraction = samples.pair()
    store.replace_graph(str(minter.article(sample.id)), extraction_to_graph(sample, extraction, minter))
    odd = tmp_path / "odd.ttl"
    odd.write_text(ODD_TTL, encoding="utf-8")
    assert ingest_file(store, odd, minter).ok


@pytest.fixture
def store(tmp_path, samples):
    s = EmbeddedStore(None)
    fill(s, tmp_path, samples)
    yield s
    s.close()


@pytest.fixture
def client(store):
    with TestClient(create_app(Settings(store="memory"), store=store)) as c:
        yield c


def rdf(response, fmt: str) -> Graph:
    assert response.status_code == 200, response.text
    media, parser = RDF_MEDIA[fmt]
    assert response.headers["content-type"].split(";")[0] == media
    g = Dataset() if fmt in ("nquads", "trig") else Graph()
    g.parse(data=response.content, format=parser)
    return g


# -- pure parts -------------------------------------------------------------------

def test_money_and_dates_read_like_a_newspaper():
    assert format_money(Decimal("15000000"), "EUR") == "€15 million"
    assert format_money(2.5e9, "USD") == "$2.5 billion"
    assert format_money(12_000_000, "CHF") == "12 million CHF"
    assert format_money(500_000, "GBP") == "£500,000"
    assert format_date("2024") == "2024"
    assert format_date("2024-02") == "February 2024"
    assert format_date("2024-02-26") == "26 February 2024"
    assert format_date("2024-13") == "2024-13"  # not a month: shown as it is


def test_paths_and_links():
    assert iri_candidates(B, "/company/caf%c3%a9") == [B + "company/caf%c3%a9", B + "company/caf%C3%A9", B + "company/café"]
    assert iri_candidates(B, "/company/mistral-ai") == [B + "company/mistral-ai"]
    assert href_for(B + "company/münchen ai", B) == "/company/m%C3%BCnchen%20ai"
    assert href_for("https://w3id.org/alliancekg/ontology#Company", "http://example.org/kg/") == "/ontology#Company"
    assert href_for("http://example.org/kg/product/x", "http://example.org/kg/") == "/product/x"
    assert href_for("http://www.wikidata.org/entity/Q142", B) == "http://www.wikidata.org/entity/Q142"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", " https://x.org", "urn:x:y", "//evil.org/x"):
        assert web_url(bad) is None and href_for(bad, B) is None


@pytest.mark.parametrize("accept, expected", [
    (None, "turtle"),
    ("*/*", "turtle"),
    ("text/turtle", "turtle"),
    ("application/ld+json", "jsonld"),
    ("text/turtle;q=0.5, application/ld+json", "jsonld"),
    ("application/rdf+xml;q=0.9, text/html;q=0.8", "rdfxml"),
    ("text/html;q=0.9, application/n-triples;q=0.9", "html"),  # a tie: header order
    ("application/n-quads", "nquads"),
    ("application/trig;q=0.2, image/png", "trig"),
    (BROWSER_ACCEPT, "html"),
    ("text/turtle;q=0, */*;q=0.1", "ntriples"),
    ("text/*", "turtle"),
])
def test_negotiation_honours_q_values_and_wildcards(accept, expected):
    assert choose_format(accept) == expected


def test_negotiation_refuses_what_it_cannot_offer():
    for accept in ("image/png", "application/sparql-results+json", "text/turtle;q=0"):
        with pytest.raises(FormatError):
            choose_format(accept)
    with pytest.raises(FormatError):
        choose_format(None, "csv")
    assert choose_format(BROWSER_ACCEPT, "ttl") == "turtle"
    assert choose_format("text/turtle", "html") == "html"


def test_facts_as_sentences_with_their_evidence(store):
    desc = describe(store, B + "company/quillon-robotics")
    facts = {f.text: f for f in fact_sentences(desc, B)}
    investment = facts["Tenkai Holdings invested $40 million in Quillon Robotics (April 2025), a minority stake."]
    assert [s.quote for s in investment.sources] == [
        "Tenkai Holdings has invested $40 million in Quillon Robotics, a Lyon-based start-up, in April 2025.",
        "Tenkai takes a minority stake.",
    ]
    assert {s.article.label for s in investment.sources} == {"Quillon Robotics raises money from Tenkai"}
    assert investment.event.iri == B + "investment/tenkai-holdings--quillon-robotics--2025"
    assert investment.subject.href == "/company/tenkai-holdings"
    # the page's own company comes first in a partnership, whichever way the article put it
    assert "Quillon Robotics partnered with Norvale Systems." in facts
    assert "Quillon Robotics is based in France." in facts
    norvale = {f.text for f in fact_sentences(describe(store, B + "company/norvale-systems"), B)}
    assert "Norvale Systems partnered with Quillon Robotics." in norvale


def test_describe_unknown_or_malformed_iris_is_not_found(store):
    for iri in (B + "company/nobody", B + "company/x> } ; DROP ALL ; <", B + "company/a b", "not an iri"):
        with pytest.raises(NotFound):
            describe(store, iri)


def test_serialize_keeps_graphs_only_in_quad_formats(store):
    desc = describe(store, B + "investment/tenkai-holdings--quillon-robotics--2025")
    ds = Dataset()
    ds.parse(data=serialize(desc.quads, "nquads"), format="nquads")
    article = URIRef(B + "article/quillon-tenkai")
    assert (URIRef(desc.iri), RDF.type, AKG.Investment) in ds.graph(article)
    g = Graph().parse(data=serialize(desc.quads, "jsonld"), format="json-ld")
    assert len(g) == len({q[:3] for q in desc.quads})


def test_network_svg_escapes_labels_and_links_only_given_hrefs():
    hostile = '"><script>alert(1)</script>'
    g = nx.MultiDiGraph(center="a")
    g.add_node("a", label=hostile, type="Company", href="/company/a")
    g.add_node("b", label="<img src=x onerror=alert(1)>", type="Product", href=None)
    g.add_edge("a", "b", key="develops", relation="develops", title=f"{hostile} develops it")
    svg = str(network_svg(g, center="a", title=hostile))
    assert "<script" not in svg and "<img" not in svg and "onerror=alert(1)>" not in svg.replace("&gt;", "")
    root = ET.fromstring(svg)  # well-formed XML
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert [a.get("href") for a in root.iterfind(".//s:a", ns)] == ["/company/a"]
    assert f"{hostile} (Company)" in [t.text for t in root.iterfind(".//s:title", ns)]
    assert '"><script>alert(1)</scrip…' in [t.text for t in root.iterfind(".//s:text", ns)]  # long labels are cut
    assert root.find("s:title", ns).text == hostile
    big = nx.MultiDiGraph(nx.star_graph(60))
    nx.set_node_attributes(big, {n: {"label": f"n{n}", "type": "Company"} for n in big})
    capped = ET.fromstring(str(network_svg(big, center=0, max_nodes=20)))
    assert len(capped.findall(".//s:circle", ns)) == 20
    assert any("41 more not shown" == (t.text or "") for t in capped.iterfind(".//s:text", ns))


# -- RDF over HTTP ------------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(RDF_MEDIA))
def test_company_description_in_every_rdf_format(client, fmt):
    r = client.get("/company/lumora-ai", headers={"Accept": RDF_MEDIA[fmt][0]})
    assert "Accept" in [v.strip() for v in r.headers["vary"].split(",")]
    g = rdf(r, fmt)
    lumora, halvard = URIRef(B + "company/lumora-ai"), URIRef(B + "company/halvard-systems")
    deal = URIRef(B + "investment/halvard-systems--lumora-ai--2025")
    article = URIRef(B + "article/halvard-lumora")
    union = Graph()
    for t in (g.quads((None, None, None, None)) if isinstance(g, Dataset) else g):
        union.add(t[:3])
    for triple in [
        (lumora, RDFS.label, Literal("Lumora AI")),                          # own triples
        (halvard, AKG.investsIn, lumora),                                    # pointing at it
        (halvard, RDFS.label, Literal("Halvard Systems")),                   # a neighbour's label
        (deal, AKG.investee, lumora), (deal, AKG.stake, AKG.MinorityStake),  # its deal
        (deal, AKG.amount, URIRef(deal + "/amount")),
        (article, SCHEMA.headline, Literal(HEADLINE)),                       # provenance
    ]:
        assert triple in union, triple
    assert union.value(URIRef(deal + "/amount"), SCHEMA.value).toPython() == Decimal(30_000_000)
    assertions = [a for a in union.subjects(AKG.evidenceText, Literal(EVIDENCE))]
    assert assertions and all((a, PROV.wasDerivedFrom, article) in union for a in assertions)
    assert all(union.value(a, AKG.startOffset) is not None for a in assertions)
    if isinstance(g, Dataset):
        assert (deal, AKG.investee, lumora) in g.graph(article)


def test_format_parameter_overrides_accept_and_alternates_are_advertised(client):
    r = client.get("/company/lumora-ai?format=ntriples", headers={"Accept": BROWSER_ACCEPT})
    assert (URIRef(B + "company/lumora-ai"), RDFS.label, Literal("Lumora AI")) in rdf(r, "ntriples")
    assert '</company/lumora-ai?format=jsonld>; rel="alternate"; type="application/ld+json"' in r.headers["link"]


def test_deal_article_assertion_and_provenance_iris_dereference(client):
    deal = B + "investment/halvard-systems--lumora-ai--2025"
    g = rdf(client.get("/investment/halvard-systems--lumora-ai--2025"), "turtle")
    assert (URIRef(deal), AKG.investor, URIRef(B + "company/halvard-systems")) in g
    assert any(g.subjects(AKG.describesEvent, URIRef(deal)))
    g = rdf(client.get("/investment/halvard-systems--lumora-ai--2025/amount"), "turtle")
    assert (URIRef(deal), AKG.amount, URIRef(deal + "/amount")) in g
    g = rdf(client.get("/article/halvard-lumora"), "turtle")
    article = URIRef(B + "article/halvard-lumora")
    assert (article, SCHEMA.headline, Literal(HEADLINE)) in g
    assertions = set(g.subjects(PROV.wasDerivedFrom, article)) & set(g.subjects(RDF.type, AKG.Assertion))
    assert len(assertions) >= 2  # the article's facts come with it
    one = sorted(assertions)[0]
    path = one[len(B) - 1:]
    g = rdf(client.get(path), "turtle")
    assert (one, RDF.type, AKG.Assertion) in g and g.value(one, AKG.evidenceText) is not None
    extraction = URIRef(B + "article/halvard-lumora/extraction")
    g = rdf(client.get("/article/halvard-lumora/extraction"), "turtle")
    agent = g.value(extraction, PROV.wasAssociatedWith)
    assert agent is not None
    g = rdf(client.get(agent[len(B) - 1:]), "turtle")
    assert g.value(agent, SCHEMA.softwareVersion) is not None


def test_unknown_iris_are_404_and_impossible_accepts_406(client):
    r = client.get("/company/nobody-we-know", headers={"Accept": "text/turtle"})
    assert r.status_code == 404 and r.json()["error"] == "NotFound" and "nobody-we-know" in r.json()["message"]
    assert "Accept" in [v.strip() for v in r.headers["vary"].split(",")]
    r = client.get("/company/nobody-we-know", headers={"Accept": BROWSER_ACCEPT})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "Not found" in r.text
    assert client.get("/company/").status_code == 404
    assert client.get("/nonsense/lumora-ai").status_code == 404
    r = client.get("/company/lumora-ai", headers={"Accept": "image/png"})
    assert r.status_code == 406 and "text/turtle" in r.json()["message"]
    assert client.get("/company/lumora-ai?format=csv").status_code == 406
    assert client.get("/company/lumora-ai?format=nonsense").status_code == 406


def test_odd_characters_in_iris(client):
    cafe = URIRef(B + "company/caf%C3%A9-%26-co")
    munich = URIRef(B + "company/münchen-ai")
    for path in ("/company/caf%C3%A9-%26-co", "/company/caf%c3%a9-%26-co"):
        g = rdf(client.get(path), "turtle")
        assert (cafe, RDFS.label, Literal("Café & Co")) in g and (cafe, AKG.partnerOf, munich) in g
    g = rdf(client.get("/company/m%C3%BCnchen-ai"), "turtle")
    assert (munich, RDFS.label, Literal("München AI")) in g and (cafe, AKG.partnerOf, munich) in g
    html = client.get("/company/caf%C3%A9-%26-co", headers={"Accept": "text/html"}).text
    assert '<a href="/company/m%C3%BCnchen-ai">München AI</a>' in html
    assert "Café &amp; Co" in html
    # the loaded file's own graph IRI dereferences to its content
    g = rdf(client.get("/graph/odd-ttl?format=nquads"), "nquads")
    assert (cafe, AKG.partnerOf, munich) in g.graph(URIRef(B + "graph/odd-ttl"))


def test_custom_base_iri(tmp_path, samples):
    base = "http://example.org/kg/"
    s = EmbeddedStore(None)
    fill(s, tmp_path, samples, Minter(base))
    with TestClient(create_app(Settings(store="memory", base_iri=base), store=s)) as c:
        g = rdf(c.get("/company/lumora-ai"), "turtle")
        assert (URIRef(base + "company/halvard-systems"), AKG.investsIn, URIRef(base + "company/lumora-ai")) in g
        html = c.get("/company/lumora-ai", headers={"Accept": "text/html"}).text
        assert '<a href="/company/halvard-systems">Halvard Systems</a>' in html
        assert 'href="/ontology#Company"' in html
        assert c.get("/investment/halvard-systems--lumora-ai--2025", headers={"Accept": "text/turtle"}).status_code == 200
    s.close()
    # the default deployment does not answer for IRIs minted under another base
    s = EmbeddedStore(None)
    fill(s, tmp_path, samples, Minter(base))
    with TestClient(create_app(Settings(store="memory"), store=s)) as c:
        assert c.get("/company/lumora-ai").status_code == 404
    s.close()


# -- HTML pages ---------------------------------------------------------------------

def test_company_page_reads_as_facts_with_sources(client):
    r = client.get("/company/lumora-ai", headers={"Accept": BROWSER_ACCEPT})
    assert r.status_code == 200 and r.headers["content-type"] == "text/html; charset=utf-8"
    html = r.text
    assert "<h1>Lumora AI</h1>" in html
    assert '<a href="/company/halvard-systems">Halvard Systems</a> invested €30 million in <a href="/company/lumora-ai">Lumora AI</a> (' in html
    assert "a minority stake." in html
    assert f"“{EVIDENCE}”" in html
    assert f'<a href="/article/halvard-lumora">{HEADLINE}</a>' in html
    assert 'href="/investment/halvard-systems--lumora-ai--2025"' in html
    assert 'href="/company/brindle-labs"' in html  # a neighbour
    assert 'href="/view?center=https%3A%2F%2Fw3id.org%2Falliancekg%2Fcompany%2Flumora-ai"' in html
    assert 'href="?format=turtle"' in html and 'href="?format=jsonld"' in html
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="akg-network"' in html
    assert "<script" not in html


def test_every_page_carries_the_security_headers(client):
    for path in ("/company/lumora-ai", "/article/halvard-lumora", "/ontology", "/company/nobody"):
        r = client.get(path, headers={"Accept": "text/html"})
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp and "'unsafe-inline'" not in csp
        assert "style-src 'sha256-" in csp and "img-src data: 'self'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
    for path in ("/company/lumora-ai", "/ontology.ttl", "/company/nobody"):
        r = client.get(path, headers={"Accept": "text/turtle"})
        assert r.headers["x-content-type-options"] == "nosniff" and "sandbox" in r.headers["content-security-policy"]


def test_article_and_deal_pages(client):
    html = client.get("/article/halvard-lumora?format=html").text
    assert f"<h1>{HEADLINE}</h1>" in html and f"“{EVIDENCE}”" in html
    assert 'href="/company/lumora-ai"' in html and 'href="/investment/halvard-systems--lumora-ai--2025"' in html
    html = client.get("/investment/halvard-systems--lumora-ai--2025", headers={"Accept": "text/html"}).text
    assert "€30 million" in html and f"“{EVIDENCE}”" in html and 'href="/company/halvard-systems"' in html


# -- the ontology -------------------------------------------------------------------

def test_ontology_at_its_namespace(client):
    r = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert r.content == ontology_path().read_bytes()
    g = rdf(r, "turtle")
    assert (AKG.Company, RDF.type, OWL.Class) in g
    g = rdf(client.get("/ontology", headers={"Accept": "application/ld+json"}), "jsonld")
    assert (AKG.investor, RDFS.domain, AKG.Investment) in g
    assert client.get("/ontology/0.1.0").content == ontology_path().read_bytes()
    assert client.get("/ontology/9.9.9").status_code == 404
    assert client.get("/ontology.ttl").content == ontology_path().read_bytes()
    r = client.get("/shapes.ttl")
    assert r.content == shapes_path().read_bytes() and r.headers["content-type"].startswith("text/turtle")


def test_ontology_page_lists_terms_with_anchors(client):
    html = client.get("/ontology", headers={"Accept": BROWSER_ACCEPT}).text
    for name in ("Company", "Investment", "Assertion", "investor", "investsIn", "evidenceText", "MinorityStake"):
        assert f'id="{name}"' in html
    company = html[html.index('id="Company"'):html.index('id="Country"')]
    assert "Aligned with" in company and 'href="http://schema.org/Organization"' in company
    assert "org:Organization" in company and "prov:Agent" in company
    investor = html[html.index('id="investor"'):]
    investor = investor[:investor.index("</section>")]
    assert 'href="/ontology#Investment"' in investor and 'href="/ontology#Company"' in investor
    assert "The company that puts money in." in investor
    assert 'href="/ontology#MinorityStake"' in html


def test_path_traversal_reads_nothing(store):
    """Raw request lines (no client-side normalisation) against a real server."""
    with live_server(store) as (host, port):
        for path in ("/ontology/../../etc/passwd", "/ontology/%2e%2e/%2e%2e/etc/passwd", "/ontology/..%2f..%2fetc%2fpasswd",
                     "/ontology.ttl/../../etc/passwd", "/ontology%2f..%2f..%2fetc%2fpasswd", "/shapes.ttl%00.txt",
                     "/company/../../../etc/passwd", "/company/..%2f..%2f..%2fetc%2fpasswd",
                     "/graph/%2e%2e%2f%2e%2e%2fpyproject.toml", "/article/%252e%252e%252fetc%252fpasswd",
                     "/company/%2e%2e/%2e%2e/ontology/alliancekg.ttl"):
            conn = http.client.HTTPConnection(host, port, timeout=10)
            conn.request("GET", path, headers={"Accept": "text/turtle"})
            response = conn.getresponse()
            body = response.read()
            conn.close()
            assert response.status == 404, (path, response.status)
            assert b"root:" not in body and b"owl:Ontology" not in body and b"[project]" not in body


# -- hostile content in a real browser ---------------------------------------------------

HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = '"><script>alert(1)</script>'
HOSTILE_HREF = "Acme href Corp"
HOSTILE_TEXT = f"""<script>alert("title")</script> href news

Staff
May 6, 2025

{HOSTILE_IMG} has invested $5 million in {HOSTILE_SCRIPT}, see <a href="javascript:alert(3)">href</a>.
{HOSTILE_HREF} and {HOSTILE_IMG} agreed a partnership.
"""


def hostile_store() -> EmbeddedStore:
    """Companies and an article whose names, text and url try to inject markup and script."""
    article = dataclasses.replace(parse_text(HOSTILE_TEXT, source="hostile.txt", article_id="hostile"),
                                  url="javascript:alert(document.domain)")
    text = article.text

    def ev(sentence: str) -> Evidence:
        start = text.index(sentence)
        return Evidence(sentence, start, start + len(sentence))

    s1 = f'{HOSTILE_IMG} has invested $5 million in {HOSTILE_SCRIPT}, see <a href="javascript:alert(3)">href</a>.'
    s2 = f"{HOSTILE_HREF} and {HOSTILE_IMG} agreed a partnership."
    extraction = Extraction(
        article_id=article.id, published=article.published,
        entities=(Entity(HOSTILE_IMG, "Company"), Entity(HOSTILE_SCRIPT, "Company"), Entity(HOSTILE_HREF, "Company")),
        facts=(Fact("invests_in", HOSTILE_IMG, HOSTILE_SCRIPT, ev(s1), amount=5e6, currency="USD", date="2025-05"),
               Fact("partners_with", HOSTILE_HREF, HOSTILE_IMG, ev(s2))),
        extractor="test-extractor", version="1.0",
    )
    store = EmbeddedStore(None)
    ensure_ontology(store)
    store.replace_graph(str(Minter().article(article.id)), extraction_to_graph(article, extraction))
    return store


class live_server:
    """uvicorn serving the real app over ``store`` in a thread, on a free port."""

    def __init__(self, store) -> None:
        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        config = uvicorn.Config(create_app(Settings(store="memory"), store=store), host="127.0.0.1", port=self.port,
                                log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> tuple[str, int]:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "the server did not start"
            time.sleep(0.05)
        return "127.0.0.1", self.port

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def test_hostile_names_are_escaped_in_the_html(client):
    store = hostile_store()
    with TestClient(create_app(Settings(store="memory"), store=store)) as c:
        html = c.get("/company/img-src-x-onerror-alert-1", headers={"Accept": "text/html"}).text
        assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img" not in html
        assert "&lt;script&gt;" in html and "<script" not in html
        assert "&lt;a href=&#34;javascript:alert(3)&#34;&gt;href&lt;/a&gt;" in html  # the evidence, as text
        assert 'href="javascript' not in html.lower()
        article = c.get("/article/hostile", headers={"Accept": "text/html"}).text
        assert '<span class="unlinked">javascript:alert(document.domain)</span>' in article
        assert 'href="javascript' not in article.lower()
    store.close()


@pytest.mark.browser
def test_hostile_pages_execute_nothing_in_chromium(chromium):
    store = hostile_store()
    with live_server(store) as (host, port):
        origin = f"http://{host}:{port}"
        driver = chromium(block_all_but=origin)
        pages = {
            "/company/img-src-x-onerror-alert-1": HOSTILE_IMG,
            "/company/script-alert-1-script": HOSTILE_SCRIPT,
            "/company/acme-href-corp": HOSTILE_HREF,
            "/article/hostile": '<script>alert("title")</script> href news',
            "/investment/img-src-x-onerror-alert-1--script-alert-1-script--2025": f"{HOSTILE_IMG} invests in {HOSTILE_SCRIPT}",
            "/company/%3Cscript%3Ealert(1)%3C/script%3E": "Not found",
        }
        for path, heading in pages.items():
            driver.get(origin + path)
            assert driver.find_element("tag name", "h1").text == heading, path
            assert driver.execute_script("return document.scripts.length") == 0, path
            assert driver.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0, path
            hrefs = driver.execute_script(
                "return Array.from(document.querySelectorAll('a'), a => new URL(a.getAttribute('href'), location.href).protocol)")
            assert set(hrefs) <= {"http:", "https:"}, path
            assert driver.execute_script("return window.__akgDialogs") == [], path
            assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and "404" not in e["message"]] == [], path
        # the network picture shows the names as text, and its node links go to this server's pages
        driver.get(origin + "/company/img-src-x-onerror-alert-1")
        titles = driver.execute_script("return Array.from(document.querySelectorAll('svg a title'), t => t.textContent)")
        assert f"{HOSTILE_SCRIPT} (Company)" in titles and f"{HOSTILE_HREF} (Company)" in titles
        node = driver.find_element("css selector", "svg a.akg-node[href='/company/acme-href-corp']")
        node.click()
        deadline = time.monotonic() + 10
        while driver.find_element("tag name", "h1").text != HOSTILE_HREF:
            assert time.monotonic() < deadline, "the node link did not lead to its page"
            time.sleep(0.1)
        assert driver.execute_script("return window.__akgDialogs") == []
        styled = driver.execute_script("return getComputedStyle(document.querySelector('ul.sources li')).borderLeftStyle")
        assert styled == "solid"  # the hashed style block applies under the CSP
    store.close()


@pytest.mark.browser
def test_ontology_fragment_lands_on_its_term(chromium, store):
    with live_server(store) as (host, port):
        origin = f"http://{host}:{port}"
        driver = chromium(block_all_but=origin)
        driver.get(origin + "/ontology#Investment")
        target = driver.execute_script("return document.querySelector(':target').id")
        assert target == "Investment"
        assert driver.execute_script("return document.querySelector(':target h3').textContent").startswith("Investment")
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []

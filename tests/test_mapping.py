"""Mapping extractions to RDF: IRIs, n-ary events, shortcuts, provenance, SHACL."""

from __future__ import annotations

from decimal import Decimal

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef

from alliancekg.graph.mapping import date_literal, extraction_to_graph
from alliancekg.graph.resolve import Minter
from alliancekg.ontology.terms import (
    AKG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    XSD,
    ontology_path,
    shapes_path,
)

BASE = "https://w3id.org/alliancekg/"


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(str(shapes_path()), format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(str(ontology_path()), format="turtle")


def validate(g: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(g, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=False)
    return conforms, text


def test_entity_and_event_iris_are_readable_and_deterministic():
    m = Minter()
    assert m.entity("Company", "Mistral AI") == URIRef(BASE + "company/mistral-ai")
    assert m.entity("Product", "Le Chat") == URIRef(BASE + "product/le-chat")
    assert m.event("invests_in", "Microsoft", "Mistral AI", "2024-02") == URIRef(BASE + "investment/microsoft--mistral-ai--2024")
    # a partnership has no direction; one deal reported at two precisions is one node
    assert m.event("partners_with", "B Corp", "A Corp", "2024-02-26") == m.event("partners_with", "A Corp", "B Corp", "2024")
    assert m.event("invests_in", "A", "B", None) == URIRef(BASE + "investment/a--b")
    with pytest.raises(ValueError):
        Minter("https://example.org/no-slash")


def test_date_literals_keep_the_precision_given():
    assert date_literal("2024").datatype == XSD.gYear
    assert date_literal("2024-02").datatype == XSD.gYearMonth
    assert date_literal("2024-02-26").datatype == XSD.date


def test_investment_is_an_nary_event_with_amount_date_and_stake(samples):
    article, extraction = samples.pair()
    g = extraction_to_graph(article, extraction)
    deal = URIRef(BASE + "investment/tenkai-holdings--quillon-robotics--2025")
    tenkai, quillon = URIRef(BASE + "company/tenkai-holdings"), URIRef(BASE + "company/quillon-robotics")
    assert (deal, RDF.type, AKG.Investment) in g
    assert (deal, AKG.investor, tenkai) in g and (deal, AKG.investee, quillon) in g
    assert (deal, AKG.stake, AKG.MinorityStake) in g
    assert g.value(deal, AKG.date) == Literal("2025-04", datatype=XSD.gYearMonth)
    amount = g.value(deal, AKG.amount)
    assert (amount, RDF.type, SCHEMA.MonetaryAmount) in g
    assert g.value(amount, SCHEMA.value).toPython() == Decimal("40000000")
    assert str(g.value(amount, SCHEMA.currency)) == "USD"
    assert (tenkai, AKG.investsIn, quillon) in g
    assert (deal, PROV.wasDerivedFrom, URIRef(BASE + "article/quillon-tenkai")) in g


def test_every_fact_has_an_assertion_with_evidence_offsets_extractor_and_confidence(samples):
    article, extraction = samples.pair()
    g = extraction_to_graph(article, extraction)
    assertions = list(g.subjects(RDF.type, AKG.Assertion))
    assert len(assertions) == len(extraction.facts) + sum(len(f.extra_evidence) for f in extraction.facts)
    for a in assertions:
        text = str(g.value(a, AKG.evidenceText))
        start, end = g.value(a, AKG.startOffset).toPython(), g.value(a, AKG.endOffset).toPython()
        assert article.text[start:end] == text
        assert 0 <= g.value(a, AKG.confidence).toPython() <= 1
        agent = g.value(a, PROV.wasAttributedTo)
        assert str(g.value(agent, SCHEMA.softwareVersion)) == "1.0"
        assert g.value(a, RDF.predicate) in {AKG.investsIn, AKG.basedIn, AKG.partnerOf, AKG.develops, AKG.availableOn}


def test_partnership_shortcut_is_stored_both_ways(samples):
    article, extraction = samples.pair()
    g = extraction_to_graph(article, extraction)
    q, n = URIRef(BASE + "company/quillon-robotics"), URIRef(BASE + "company/norvale-systems")
    assert (q, AKG.partnerOf, n) in g and (n, AKG.partnerOf, q) in g


def test_article_node_is_a_news_article(samples):
    article, extraction = samples.pair()
    g = extraction_to_graph(article, extraction)
    node = URIRef(BASE + "article/quillon-tenkai")
    assert (node, RDF.type, SCHEMA.NewsArticle) in g
    assert str(g.value(node, SCHEMA.headline)) == "Quillon Robotics raises money from Tenkai"
    assert g.value(node, SCHEMA.datePublished) == Literal("2025-05-06", datatype=XSD.date)


def test_mapping_is_deterministic(samples):
    article, extraction = samples.pair()
    a = extraction_to_graph(article, extraction)
    b = extraction_to_graph(*samples.pair())
    assert set(a) == set(b)


def test_mapped_graph_satisfies_the_shapes(samples, shapes, ontology):
    conforms, report = validate(extraction_to_graph(*samples.pair()), shapes, ontology)
    assert conforms, report


def test_shapes_catch_a_broken_graph(samples, shapes, ontology):
    article, extraction = samples.pair()
    g = extraction_to_graph(article, extraction)
    deal = URIRef(BASE + "investment/tenkai-holdings--quillon-robotics--2025")
    g.remove((deal, AKG.investee, None))
    amount = g.value(deal, AKG.amount)
    g.set((amount, SCHEMA.currency, Literal("dollars")))
    conforms, report = validate(g, shapes, ontology)
    assert not conforms
    assert "investee" in report and "currency" in report


def test_ontology_labels_and_comments_every_term(ontology):
    from rdflib.namespace import OWL

    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(AKG))}
    assert len(terms) >= 30
    for t in terms:
        assert ontology.value(t, RDFS.label) is not None, t
        assert ontology.value(t, RDFS.comment) is not None, t
    # aligned with schema.org, W3C ORG and PROV-O
    assert (AKG.Company, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Organization")) in ontology
    assert (AKG.Company, RDFS.subClassOf, SCHEMA.Organization) in ontology
    assert (AKG.Article, RDFS.subClassOf, SCHEMA.NewsArticle) in ontology
    assert (AKG.Assertion, RDFS.subClassOf, PROV.Entity) in ontology
    assert (AKG.partnerOf, RDF.type, OWL.SymmetricProperty) in ontology

"""Extraction -> RDF triples in the ontology's terms (pure).

One article becomes one self-contained graph: the article node, every entity
it names (typed and labelled, so each graph validates on its own), one event
node per deal with its roles, amount, date and stake, the shortcut triple of
every fact, and one :class:`akg:Assertion` per sentence stating a fact, which
ties the shortcut triple and the event to that sentence, its offsets, the
extractor and a confidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from alliancekg.ontology.terms import (
    AKG,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    XSD,
)

from .articles import Article
from .extract.model import RELATIONS, SYMMETRIC, Entity, Extraction, Fact
from .resolve import Minter

__all__ = ["RelationSpec", "RELATION_SPECS", "ENTITY_CLASSES", "extraction_to_graph", "date_literal"]


@dataclass(frozen=True)
class RelationSpec:
    """How one relation of the facts JSON is said in the ontology."""

    shortcut: URIRef
    event_class: URIRef | None = None
    subject_role: URIRef | None = None
    object_role: URIRef | None = None


RELATION_SPECS: dict[str, RelationSpec] = {
    "invests_in": RelationSpec(AKG.investsIn, AKG.Investment, AKG.investor, AKG.investee),
    "acquires": RelationSpec(AKG.acquired, AKG.Acquisition, AKG.acquirer, AKG.target),
    "partners_with": RelationSpec(AKG.partnerOf, AKG.Partnership, AKG.partner, AKG.partner),
    "available_on": RelationSpec(AKG.availableOn, AKG.Availability, AKG.product, AKG.platform),
    "develops": RelationSpec(AKG.develops),
    "based_in": RelationSpec(AKG.basedIn),
}

ENTITY_CLASSES = {"Company": AKG.Company, "Product": AKG.Product, "Country": AKG.Country}
_STAKES = {"minority": AKG.MinorityStake, "majority": AKG.MajorityStake}


def date_literal(value: str) -> Literal:
    """``2024`` -> xsd:gYear, ``2024-02`` -> xsd:gYearMonth, else xsd:date."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def _new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def _entity_types(extraction: Extraction) -> dict[str, Entity]:
    """Every entity a fact names, with the type its relation implies when the
    extractor did not list it."""
    entities = {e.name: e for e in extraction.entities}
    for f in extraction.facts:
        subject_type, object_types = RELATIONS[f.relation]
        entities.setdefault(f.subject, Entity(f.subject, subject_type))
        entities.setdefault(f.object, Entity(f.object, object_types[0]))
    return entities


def _add_article(g: Graph, article: Article, node: URIRef) -> None:
    """The article node: headline, publication date, each author's name as a
    literal (bylines name desks and agencies as often as people), canonical
    URL, and where it was read from (``file``, or ``file:line`` for a line of
    a JSON Lines file)."""
    g.add((node, RDF.type, AKG.Article))
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, SCHEMA.headline, Literal(article.title)))
    g.add((node, RDFS.label, Literal(article.title)))
    if article.published:
        g.add((node, SCHEMA.datePublished, date_literal(article.published)))
    for name in article.author_names:
        g.add((node, SCHEMA.author, Literal(name)))
    if article.url:
        g.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    g.add((node, AKG.sourceFile, Literal(article.location)))


def _add_entity(g: Graph, node: URIRef, entity: Entity) -> None:
    g.add((node, RDF.type, ENTITY_CLASSES[entity.type]))
    g.add((node, RDFS.label, Literal(entity.name)))
    g.add((node, SCHEMA.name, Literal(entity.name)))
    for alias in entity.aliases:
        if alias != entity.name:
            g.add((node, SKOS.altLabel, Literal(alias)))
    if entity.wikidata:
        g.add((node, OWL.sameAs, WD[entity.wikidata]))


def _add_event(g: Graph, minter: Minter, fact: Fact, spec: RelationSpec, s: URIRef, o: URIRef, article: URIRef) -> URIRef:
    event = minter.event(fact.relation, fact.subject, fact.object, fact.date)
    g.add((event, RDF.type, spec.event_class))
    g.add((event, spec.subject_role, s))
    g.add((event, spec.object_role, o))
    if spec.event_class != AKG.Availability:
        g.add((event, AKG.participant, s))
        g.add((event, AKG.participant, o))
    g.add((event, RDFS.label, Literal(f"{fact.subject} {fact.relation.replace('_', ' ')} {fact.object}")))
    if fact.date:
        g.add((event, AKG.date, date_literal(fact.date)))
    if fact.amount is not None and fact.currency:
        amount = minter.amount(event)
        g.add((event, AKG.amount, amount))
        g.add((amount, RDF.type, SCHEMA.MonetaryAmount))
        g.add((amount, SCHEMA.value, Literal(Decimal(str(fact.amount)).normalize(), datatype=XSD.decimal)))
        g.add((amount, SCHEMA.currency, Literal(fact.currency)))
    if fact.stake in _STAKES and fact.relation == "invests_in":
        g.add((event, AKG.stake, _STAKES[fact.stake]))
    g.add((event, PROV.wasDerivedFrom, article))
    return event


def extraction_to_graph(article: Article, extraction: Extraction, minter: Minter | None = None) -> Graph:
    """The triples of one article's named graph."""
    minter = minter or Minter()
    g = _new_graph()
    art = minter.article(article.id)
    _add_article(g, article, art)

    activity = minter.extraction(article.id)
    agent = minter.extractor(extraction.extractor, extraction.version)
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, RDFS.label, Literal(f"extraction of {article.id}")))
    g.add((activity, PROV.used, art))
    g.add((activity, PROV.wasAssociatedWith, agent))
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(f"{extraction.extractor} {extraction.version}")))
    g.add((agent, SCHEMA.softwareVersion, Literal(extraction.version)))

    entities = _entity_types(extraction)
    nodes = {name: minter.entity(e.type, name) for name, e in entities.items()}
    for name, entity in entities.items():
        _add_entity(g, nodes[name], entity)

    for fact in extraction.facts:
        spec = RELATION_SPECS[fact.relation]
        s, o = nodes[fact.subject], nodes[fact.object]
        g.add((s, spec.shortcut, o))
        if fact.relation in SYMMETRIC:
            g.add((o, spec.shortcut, s))
        event = _add_event(g, minter, fact, spec, s, o, art) if spec.event_class is not None else None
        for evidence in (fact.evidence, *fact.extra_evidence):
            assertion = minter.assertion(article.id, fact.relation, fact.subject, fact.object, evidence.start)
            g.add((assertion, RDF.type, AKG.Assertion))
            g.add((assertion, RDF.subject, s))
            g.add((assertion, RDF.predicate, spec.shortcut))
            g.add((assertion, RDF.object, o))
            if event is not None:
                g.add((assertion, AKG.describesEvent, event))
            g.add((assertion, AKG.evidenceText, Literal(evidence.text)))
            g.add((assertion, AKG.startOffset, Literal(evidence.start, datatype=XSD.integer)))
            g.add((assertion, AKG.endOffset, Literal(evidence.end, datatype=XSD.integer)))
            g.add((assertion, AKG.confidence, Literal(Decimal(str(round(fact.confidence, 3))), datatype=XSD.decimal)))
            g.add((assertion, PROV.wasDerivedFrom, art))
            g.add((assertion, PROV.wasGeneratedBy, activity))
            g.add((assertion, PROV.wasAttributedTo, agent))
    return g

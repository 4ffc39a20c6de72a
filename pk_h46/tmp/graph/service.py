"""Self-description of a deployment: the SPARQL 1.1 Service Description of
its endpoint and the VoID description of its dataset, as rdflib graphs.

Counts come from the store and are cached per :attr:`Store.generation`, so a
crawler polling ``/.well-known/void`` costs one scan per write, not per poll.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, VOID, XSD

from alliancekg.ontology.terms import AKG, DCTERMS, ONTOLOGY_IRI, PREFIXES, PROV, SCHEMA, sparql_prefixes

from .formats import FORMATS
from .store.base import Store

__all__ = ["DatasetStats", "dataset_stats", "service_description", "void_description", "SD"]

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
W3_FORMATS = Namespace("http://www.w3.org/ns/formats/")
ENTAILMENT = Namespace("http://www.w3.org/ns/entailment/")

# W3C's IRIs for the formats this service answers in (https://www.w3.org/ns/formats/)
_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "nquads": "N-Quads",
    "trig": "TriG", "jsonld": "JSON-LD", "rdfxml": "RDF_XML",
}
_CLASSES = ("Company", "Product", "Country", "Investment", "Acquisition", "Partnership", "Availability", "Article", "Assertion")


@dataclass(frozen=True)
class DatasetStats:
    quads: int
    entities: int
    """Companies, products and countries."""
    articles: int
    graphs: int
    classes: dict[str, int]
    """Instances per ontology class (local name -> count)."""


_STATS_QUERY = sparql_prefixes(("akg",)) + """
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES ?class { %s }
  ?x a ?class .
} GROUP BY ?class
""" % " ".join(f"akg:{c}" for c in _CLASSES)

_cache: weakref.WeakKeyDictionary[Store, tuple[int, DatasetStats]] = weakref.WeakKeyDictionary()
_cache_lock = threading.Lock()


def dataset_stats(store: Store) -> DatasetStats:
    """Counts of the store's content, cached until the store is written."""
    gen = getattr(store, "generation", None)
    with _cache_lock:
        hit = _cache.get(store)
        if hit is not None and gen is not None and hit[0] == gen:
            return hit[1]
    classes = {c: 0 for c in _CLASSES}
    for row in store.query(_STATS_QUERY, union_default_graph=True).rows():
        classes[str(row["class"]).rsplit("#", 1)[-1]] = int(row["n"])
    stats = DatasetStats(
        quads=store.count(),
        entities=classes["Company"] + classes["Product"] + classes["Country"],
        articles=classes["Article"],
        graphs=len(store.graphs()),
        classes=classes,
    )
    if gen is not None:
        with _cache_lock:
            _cache[store] = (gen, stats)
    return stats


def _bind(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("formats", W3_FORMATS)
    return g


def void_description(store: Store, *, dataset: str, endpoint: str, base_iri: str, title: str = "AllianceKG") -> Graph:
    """A VoID description of everything the store holds."""
    stats = dataset_stats(store)
    g = _bind(Graph())
    ds = URIRef(dataset)
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal(f"{title}: corporate AI alliances")))
    g.add((ds, DCTERMS.description, Literal(
        "Investments, acquisitions, partnerships and products read from news articles, "
        "one named graph per article, every fact with its source sentence.")))
    g.add((ds, VOID.sparqlEndpoint, URIRef(endpoint)))
    g.add((ds, VOID.uriSpace, Literal(base_iri)))
    g.add((ds, VOID.triples, Literal(stats.quads, datatype=XSD.integer)))
    g.add((ds, VOID.entities, Literal(stats.entities, datatype=XSD.integer)))
    g.add((ds, VOID.documents, Literal(stats.articles, datatype=XSD.integer)))
    for vocab in (str(AKG), str(SCHEMA), str(PROV), PREFIXES["org"], PREFIXES["rdfs"]):
        g.add((ds, VOID.vocabulary, URIRef(vocab)))
    g.add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    for name, count in stats.classes.items():
        part = BNode(f"class-{name}")
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], AKG[name]))
        g.add((part, VOID.entities, Literal(count, datatype=XSD.integer)))
    return g


def service_description(
    store: Store,
    *,
    endpoint: str,
    dataset: str,
    union_default_graph: bool,
    updates: bool,
    federation: bool,
    max_named_graphs: int = 1000,
) -> Graph:
    """The SPARQL 1.1 Service Description of the endpoint at ``endpoint``."""
    g = _bind(Graph())
    svc = URIRef(endpoint)
    g.add((svc, RDF.type, SD.Service))
    g.add((svc, SD.endpoint, svc))
    g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    if updates:
        g.add((svc, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((svc, SD.defaultEntailmentRegime, ENTAILMENT.Simple))
    if union_default_graph:
        g.add((svc, SD.feature, SD.UnionDefaultGraph))
    if federation:
        g.add((svc, SD.feature, SD.BasicFederatedQuery))
    for f in FORMATS:
        g.add((svc, SD.resultFormat, W3_FORMATS[_FORMAT_IRIS[f.name]]))
    ds = URIRef(dataset)
    g.add((svc, SD.defaultDataset, ds))
    g.add((ds, RDF.type, SD.Dataset))
    default = BNode("default-graph")
    g.add((ds, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    stats = dataset_stats(store)
    if union_default_graph:
        g.add((default, VOID.triples, Literal(stats.quads, datatype=XSD.integer)))
    for name in store.graphs()[:max_named_graphs]:
        ng = BNode()
        g.add((ds, SD.namedGraph, ng))
        g.add((ng, RDF.type, SD.NamedGraph))
        g.add((ng, SD.name, URIRef(name)))
    return g

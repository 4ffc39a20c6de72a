"""Namespaces and term constants of the AllianceKG ontology (rdflib only).

The IRIs minted for data live under :data:`DATA_BASE` by default:
``company/<slug>``, ``product/<slug>``, ``country/<slug>``,
``investment|acquisition|partnership|availability/<slug>--<slug>[--<year>]``
and ``article/<slug>`` (which also names the article's graph).
"""

from __future__ import annotations

from importlib import resources

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "AKG", "SCHEMA", "ORG", "PROV", "WD", "RDF", "RDFS", "OWL", "SKOS", "XSD", "DCTERMS",
    "ONTOLOGY_IRI", "DATA_BASE", "PREFIXES", "ontology_path", "shapes_path", "sparql_prefixes",
]

ONTOLOGY_IRI = "https://w3id.org/alliancekg/ontology"
AKG = Namespace(ONTOLOGY_IRI + "#")
DATA_BASE = "https://w3id.org/alliancekg/"
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")
DCTERMS = Namespace("http://purl.org/dc/terms/")

PREFIXES: dict[str, str] = {
    "akg": str(AKG),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "org": str(ORG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "wd": str(WD),
    "dcterms": str(DCTERMS),
}


def sparql_prefixes(names: tuple[str, ...] | None = None) -> str:
    """``PREFIX`` lines for the given prefix names (all by default)."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if names is None or k in names)


def ontology_path():
    """The ontology in Turtle, as an importlib resource path."""
    return resources.files(__package__) / "alliancekg.ttl"


def shapes_path():
    """The SHACL shapes in Turtle, as an importlib resource path."""
    return resources.files(__package__) / "shapes.ttl"

"""Networkx views of the store, and analytics as plain functions -> dicts.

:func:`alliance_graph` reads the shortcut triples (with one evidence
sentence, the article title, and the event's amount and date where there is
one) into a :class:`networkx.MultiDiGraph` whose node ids are entity IRIs.
Node attributes: ``label``, ``type`` (Company, Product, Country), ``iri``.
Edge attributes: ``relation`` (the facts-JSON name), ``amount``,
``currency``, ``date``, ``evidence``, ``article``, ``sources`` (how many
articles state it).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from alliancekg.ontology.terms import sparql_prefixes

from .extract.model import SYMMETRIC
from .mapping import ENTITY_CLASSES, RELATION_SPECS
from .store.base import Store

__all__ = ["alliance_graph", "SHORTCUT_RELATIONS"]

SHORTCUT_RELATIONS = {str(spec.shortcut): name for name, spec in RELATION_SPECS.items()}
_TYPES = {str(iri): name for name, iri in ENTITY_CLASSES.items()}

_EDGES_QUERY = sparql_prefixes() + """
SELECT ?s ?p ?o (SAMPLE(?sl0) AS ?sl) (SAMPLE(?ol0) AS ?ol) (SAMPLE(?st0) AS ?st) (SAMPLE(?ot0) AS ?ot)
       (SAMPLE(?ev0) AS ?evidence) (SAMPLE(?t0) AS ?title) (MAX(?amt0) AS ?amount) (SAMPLE(?cur0) AS ?currency)
       (MAX(STR(?d0)) AS ?date) (COUNT(DISTINCT ?art) AS ?sources)
WHERE {
  VALUES ?p { %s }
  ?s ?p ?o .
  OPTIONAL { ?s rdfs:label ?sl0 }
  OPTIONAL { ?o rdfs:label ?ol0 }
  OPTIONAL { ?s a ?st0 . FILTER(?st0 IN (akg:Company, akg:Product, akg:Country)) }
  OPTIONAL { ?o a ?ot0 . FILTER(?ot0 IN (akg:Company, akg:Product, akg:Country)) }
  OPTIONAL {
    ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; akg:evidenceText ?ev0 ; prov:wasDerivedFrom ?art .
    OPTIONAL { ?art schema:headline ?t0 }
    OPTIONAL {
      ?a akg:describesEvent ?e .
      OPTIONAL { ?e akg:date ?d0 }
      OPTIONAL { ?e akg:amount ?m . ?m schema:value ?amt0 ; schema:currency ?cur0 }
    }
  }
}
GROUP BY ?s ?p ?o
""" % " ".join(f"<{iri}>" for iri in SHORTCUT_RELATIONS)


def _fallback_label(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")


def alliance_graph(store: Store) -> nx.MultiDiGraph:
    """The whole alliance network in the store."""
    g = nx.MultiDiGraph()
    seen_partners: set[tuple[str, str]] = set()
    for row in store.query(_EDGES_QUERY).rows():
        s, o, relation = row["s"], row["o"], SHORTCUT_RELATIONS[row["p"]]
        if relation in SYMMETRIC:
            pair = (min(s, o), max(s, o))
            if pair in seen_partners:
                continue
            seen_partners.add(pair)
        for node, label, type_ in ((s, row["sl"], row["st"]), (o, row["ol"], row["ot"])):
            if node not in g:
                g.add_node(node, iri=node, label=label or _fallback_label(node), type=_TYPES.get(type_ or "", "Company"))
        attrs: dict[str, Any] = {"relation": relation, "sources": row["sources"]}
        for key in ("amount", "currency", "date", "evidence"):
            if row[key] is not None:
                attrs[key] = float(row[key]) if key == "amount" else row[key]
        if row["title"] is not None:
            attrs["article"] = row["title"]
        g.add_edge(s, o, key=relation, **attrs)
    return g

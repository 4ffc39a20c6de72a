"""Example SPARQL queries in the ontology's terms (shown on the landing page
and in the README, and run by the tests so they stay correct)."""

from __future__ import annotations

from dataclasses import dataclass

from alliancekg.ontology.terms import sparql_prefixes

__all__ = ["Example", "EXAMPLES"]


@dataclass(frozen=True)
class Example:
    name: str
    title: str
    sparql: str


EXAMPLES: tuple[Example, ...] = (
    Example(
        "investments",
        "Who invested in whom, how much, when",
        sparql_prefixes(("akg", "schema", "rdfs"))
        + """SELECT ?investor ?investee ?amount ?currency ?date ?stake WHERE {
  ?deal a akg:Investment ;
        akg:investor [ rdfs:label ?investor ] ;
        akg:investee [ rdfs:label ?investee ] .
  OPTIONAL { ?deal akg:amount [ schema:value ?amount ; schema:currency ?currency ] }
  OPTIONAL { ?deal akg:date ?date }
  OPTIONAL { ?deal akg:stake [ rdfs:label ?stake ] }
}
ORDER BY DESC(?amount)""",
    ),
    Example(
        "company-deals",
        "All deals of one company, with the sentence each came from",
        sparql_prefixes(("akg", "rdfs", "prov", "schema", "rdf"))
        + """SELECT ?type ?other ?date ?evidence ?article WHERE {
  BIND(<https://w3id.org/alliancekg/company/microsoft> AS ?company)
  ?deal akg:participant ?company ; akg:participant ?o ; a ?t .
  FILTER(?o != ?company && ?t IN (akg:Investment, akg:Acquisition, akg:Partnership))
  ?t rdfs:label ?type . ?o rdfs:label ?other .
  OPTIONAL { ?deal akg:date ?date }
  ?assertion akg:describesEvent ?deal ; akg:evidenceText ?evidence ;
             prov:wasDerivedFrom [ schema:headline ?article ] .
}
ORDER BY ?date""",
    ),
    Example(
        "available-on",
        "Products available on a platform, and who makes them",
        sparql_prefixes(("akg", "rdfs"))
        + """SELECT ?platform ?product ?maker WHERE {
  ?p akg:availableOn ?pl .
  ?p rdfs:label ?product . ?pl rdfs:label ?platform .
  OPTIONAL { ?m akg:develops ?p ; rdfs:label ?maker }
}
ORDER BY ?platform ?product""",
    ),
)

"""The SPARQL query mix every store benchmark runs: seven shapes of question an
alliance analyst asks, over a graph made by :mod:`bench.synthetic`.

    from bench.mix import query_mix
    for shape, sparql in query_mix(companies=10_000, rounds=5):
        ...

Each shape is asked about several companies (the busy hubs the power law makes
and ordinary ones), so a benchmark does not time one cached answer.  The
queries use only SPARQL 1.1 and the project's ontology, so any engine holding
the same data (Oxigraph, rdflib-endpoint, Virtuoso, Fuseki) can answer them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from alliancekg.graph.resolve import Minter

from .synthetic import company_name

__all__ = ["SHAPES", "PREFIXES", "query_mix", "queries_for"]

PREFIXES = """PREFIX akg: <https://w3id.org/alliancekg/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

SHAPES: dict[str, str] = {
    # one company's own statements
    "point lookup": "SELECT ?p ?o WHERE {{ <{company}> ?p ?o }}",
    # every investment a company made or took, with its amount when known
    "deals with amounts": """SELECT ?deal ?role ?other ?value ?currency WHERE {{
  {{ ?deal akg:investor <{company}> ; akg:investee ?other . BIND("investor" AS ?role) }}
  UNION
  {{ ?deal akg:investee <{company}> ; akg:investor ?other . BIND("investee" AS ?role) }}
  OPTIONAL {{ ?deal akg:amount ?m . ?m schema:value ?value ; schema:currency ?currency }}
}}""",
    # the league table: top investors by summed amount (a whole-graph aggregate)
    "top investors by amount": """SELECT ?investor (SUM(?value) AS ?total) (COUNT(?deal) AS ?deals) WHERE {{
  ?deal a akg:Investment ; akg:investor ?investor ; akg:amount ?m . ?m schema:value ?value
}} GROUP BY ?investor ORDER BY DESC(?total) LIMIT 20""",
    # partners of the companies this one invests in
    "two-hop partner of investee": """SELECT DISTINCT ?partner WHERE {{
  <{company}> akg:investsIn ?investee . ?investee akg:partnerOf ?partner
  FILTER(?partner != <{company}>)
}}""",
    # everyone reachable along investments (a property path)
    "investment path": "SELECT DISTINCT ?reached WHERE {{ <{company}> akg:investsIn+ ?reached }} LIMIT 200",
    # search box: companies whose name contains a fragment, any case
    "name search": """SELECT ?company ?name WHERE {{
  ?company a akg:Company ; rdfs:label ?name FILTER(CONTAINS(LCASE(?name), "{fragment}"))
}} ORDER BY ?name LIMIT 20""",
    # the sources of one company's facts: evidence sentences and articles
    "evidence of a company": """SELECT ?sentence ?article WHERE {{
  ?a rdf:subject <{company}> ; akg:evidenceText ?sentence ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?article
}} LIMIT 50""",
}
_RDF_PREFIX = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"


def queries_for(shape: str, company: str, fragment: str) -> str:
    """The full SPARQL text of one shape about one company (IRI) and name fragment."""
    return PREFIXES + _RDF_PREFIX + SHAPES[shape].format(company=company, fragment=fragment)


def query_mix(companies: int, rounds: int = 5, seed: int = 11, minter: Minter | None = None) -> Iterator[tuple[str, str]]:
    """``rounds`` x every shape, as (shape, sparql); round r asks about a hub
    (a low index, busy under the power law) when r is even and an ordinary
    company when r is odd.  Same arguments, same queries."""
    rng = random.Random(seed)
    m = minter or Minter()
    for r in range(rounds):
        index = rng.randrange(min(10, companies)) if r % 2 == 0 else rng.randrange(companies)
        name = company_name(index)
        iri = str(m.entity("Company", name))
        fragment = name.split()[0][:4].lower()
        for shape in SHAPES:
            yield shape, queries_for(shape, iri, fragment)

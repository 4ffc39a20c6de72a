"""The union default graph, kept as a set (pure functions building SPARQL).

SPARQL's default graph is an RDF graph: a set of triples.  Oxigraph's
``use_default_graph_as_union`` (and ``FROM a FROM b``) yields one solution
per graph that holds a triple, so a deal reported by three articles would
count three times in every COUNT and SUM, and a join of three such patterns
27 times.  So the embedded store keeps the union *materialised* in its real
default graph: every write to a named graph updates it in the same
transaction (the operations below), and queries read the default graph with
set semantics, which is also faster than scanning every graph.

Consequently, in union mode the default graph cannot be written on its own:
:func:`default_graph_write` finds SPARQL Update operations that would, so
they are refused with a message saying where to write instead.
"""

from __future__ import annotations

from .. import errors

__all__ = ["remove_from_union", "add_to_union", "SYNC_UNION", "default_graph_write"]


def remove_from_union(graph: str) -> str:
    """Take out of the default graph the triples only ``graph`` holds
    (run before the graph is dropped or replaced)."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }} }}")


def add_to_union(graph: str) -> str:
    """Put ``graph``'s triples into the default graph (after it is written).
    Blank nodes keep their identity, which INSERT DATA would not."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"


SYNC_UNION = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
    "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"
)
"""Make the default graph exactly the union of the named graphs (after an
update whose effect on the named graphs is not known in advance)."""


def _target_is_default(value: object) -> bool:
    return isinstance(value, str) and value.upper() == "DEFAULT"


def default_graph_write(sparql: str) -> str | None:
    """Which operation of a SPARQL Update writes the default graph itself
    (inserts or deletes triples outside ``GRAPH``, LOAD without INTO, CLEAR /
    DROP DEFAULT, ADD / COPY / MOVE to or from DEFAULT), or None.

    Raises :class:`QueryError` when the update cannot be parsed."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        update = translateUpdate(parseUpdate(sparql))
    except Exception as exc:  # noqa: BLE001 - pyparsing's and rdflib's errors vary
        raise errors.QueryError(f"malformed SPARQL update: {exc}") from None
    for op in update.algebra:
        name = op.name
        if name in ("InsertData", "DeleteData", "DeleteWhere") and op.get("triples"):
            return f"{name} with triples outside GRAPH"
        if name == "Modify" and op.get("withClause") is None:
            for part in ("insert", "delete"):
                template = op.get(part)
                if template is not None and template.get("triples"):
                    return f"{part.upper()} template with triples outside GRAPH"
        if name == "Load" and op.get("graphiri") is None:
            return "LOAD without INTO GRAPH"
        if name in ("Clear", "Drop") and _target_is_default(op.get("graphiri")):
            return f"{name.upper()} DEFAULT"
        if name in ("Add", "Copy", "Move"):
            source, target = op.get("graph")
            if _target_is_default(target) or (name == "Move" and _target_is_default(source)):
                return f"{name.upper()} to or from DEFAULT"
    return None

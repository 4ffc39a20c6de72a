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


def _block_end(toks: list[tuple[str, str]], i: int) -> int:
    """The index after the ``}`` closing the ``{`` at ``toks[i]``."""
    depth = 0
    while i < len(toks):
        value = toks[i][1]
        if value == "{":
            depth += 1
        elif value == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise errors.QueryError("malformed SPARQL update: a '{' is never closed")


def _has_default_triples(toks: list[tuple[str, str]], start: int, end: int) -> bool:
    """Whether the quad block ``toks[start:end]`` (``{`` ... ``}``) holds a
    triple outside ``GRAPH x { ... }``."""
    i = start + 1
    while i < end - 1:
        kind, value = toks[i]
        if kind == "word" and value.upper() == "GRAPH":
            j = i + 2  # GRAPH, its name, then its block
            if j < end and toks[j][1] == "{":
                i = _block_end(toks, j)
                continue
        if value in (".", "}"):
            i += 1
            continue
        return True
    return False


def default_graph_write(sparql: str) -> str | None:
    """Which operation of a SPARQL Update writes the default graph itself
    (inserts or deletes triples outside ``GRAPH``, LOAD without INTO, CLEAR /
    DROP DEFAULT, ADD / COPY to DEFAULT, MOVE to or from DEFAULT), or None.

    A single pass over the update's tokens (strings, IRIs and comments are
    whole tokens), so it costs nothing next to the update itself even for a
    large INSERT DATA."""
    from ..guard import decode_escapes, tokens

    toks = list(tokens(decode_escapes(sparql)))
    n = len(toks)
    word = lambda k: toks[k][1].upper() if k < n and toks[k][0] == "word" else ""  # noqa: E731
    with_iri = False
    i = 0
    while i < n:
        kw = word(i)
        if toks[i][1] == ";":
            with_iri = False
            i += 1
        elif kw == "PREFIX":
            i += 3
        elif kw == "BASE":
            i += 2
        elif kw == "WITH":
            with_iri, i = True, i + 2
        elif kw in ("INSERT", "DELETE"):
            form = word(i + 1)
            j = i + 2 if form in ("DATA", "WHERE") else i + 1
            if j >= n or toks[j][1] != "{":
                raise errors.QueryError(f"malformed SPARQL update: {kw} must be followed by a block")
            end = _block_end(toks, j)
            if _has_default_triples(toks, j, end) and (form in ("DATA", "WHERE") or not with_iri):
                label = f"{kw} {form}" if form in ("DATA", "WHERE") else f"{kw} template"
                return f"{label} with triples outside GRAPH"
            i = end
        elif kw == "WHERE":  # a Modify's pattern: reads only
            j = i + 1
            i = _block_end(toks, j) if j < n and toks[j][1] == "{" else j
        elif kw == "LOAD":
            j = i + 1
            while j < n and toks[j][1] != ";" and word(j) != "INTO":
                j += 1
            if word(j) != "INTO":
                return "LOAD without INTO GRAPH"
            i = j + 1
        elif kw in ("CLEAR", "DROP"):
            j = i + 2 if word(i + 1) == "SILENT" else i + 1
            if word(j) == "DEFAULT":
                return f"{kw} DEFAULT"
            i = j + 1
        elif kw in ("ADD", "COPY", "MOVE"):
            j = i + 2 if word(i + 1) == "SILENT" else i + 1
            source_default = word(j) == "DEFAULT"
            while j < n and word(j) != "TO" and toks[j][1] != ";":
                j += 1
            if word(j + 1) == "DEFAULT" or (kw == "MOVE" and source_default):
                return f"{kw} to or from DEFAULT"
            i = j + 1
        else:
            i += 1
    return None

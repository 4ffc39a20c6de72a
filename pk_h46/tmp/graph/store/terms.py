"""rdflib <-> pyoxigraph term conversion (pure functions, oxrdflib style)."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from .base import literal_value

__all__ = ["from_rdflib", "to_python"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def from_rdflib(term: Any) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise NotImplementedError(f"cannot convert {type(term).__name__} to an Oxigraph term")


def to_python(term: Any) -> Any:
    """IRIs and strings as str, blank nodes as ``_:id``, typed literals as
    their Python value, an unbound variable as None."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else _XSD_STRING
        return literal_value(term.value, dt)
    raise NotImplementedError(f"cannot convert {type(term).__name__} to a Python value")

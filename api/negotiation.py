"""Choosing the RDF format of an answer from ``?format=`` or Accept, and
answering an rdflib graph in it (the service description, VoID, graphs)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response
from rdflib import Graph

from alliancekg.graph.errors import FormatError
from alliancekg.graph.formats import RDF_FORMATS, Format, get_format, negotiate

__all__ = ["rdf_format", "rdf_response", "graph_response"]


def rdf_format(request: Request, what: str, default: str = "turtle") -> Format:
    """The RDF format ``?format=`` names, else the best for the Accept header;
    :class:`FormatError` (406) when nothing fits."""
    requested = request.query_params.get("format")
    if requested:
        fmt = get_format(requested)
        if fmt.kind != "rdf":
            raise FormatError(f"{what} is RDF: format={fmt.name} cannot carry it; use one of {', '.join(RDF_FORMATS)}")
        return fmt
    fmt = negotiate(request.headers.get("accept"), "rdf", default)
    if fmt is None:
        offered = ", ".join(get_format(n).media_type for n in RDF_FORMATS)
        raise FormatError(f"{what} is RDF; none of Accept: {request.headers.get('accept')} fits; offered: {offered}")
    return fmt


def rdf_response(body: bytes, fmt: Format, status: int = 200) -> Response:
    return Response(body, status_code=status, media_type=fmt.content_type, headers={"Vary": "Accept"})


def graph_response(graph: Graph, fmt: Format) -> Response:
    return rdf_response(graph.serialize(format=fmt.rdflib, encoding="utf-8"), fmt)

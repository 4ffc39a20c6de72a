"""The ontology at its namespace IRI, and the package's Turtle files.

``GET /ontology`` (``https://w3id.org/alliancekg/ontology#`` without its
fragment) answers the ontology in the RDF format the request prefers, or a
page listing its classes, properties and individuals with anchors, so that
``/ontology#Company`` lands on akg:Company.  ``/ontology.ttl`` and
``/shapes.ttl`` are the package's own files, never a path from the request.
"""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter, Request
from fastapi.responses import Response
from rdflib import Graph, URIRef

from alliancekg.graph.describe import ontology_doc, serialize
from alliancekg.graph.errors import FormatError, NotFound
from alliancekg.ontology.terms import ONTOLOGY_IRI, OWL, ontology_path, shapes_path

from ..deps import SettingsDep
from .entities import HTML, choose_format, error_answer, html_response, rdf_response, render

router = APIRouter(tags=["linked data"])


@lru_cache(maxsize=1)
def _ontology_turtle() -> bytes:
    return ontology_path().read_bytes()


@lru_cache(maxsize=1)
def _ontology_graph() -> Graph:
    return Graph().parse(data=_ontology_turtle(), format="turtle")


def _version_path() -> str | None:
    """The path part of the ontology's owl:versionIRI under its IRI (``0.1.0``)."""
    version = _ontology_graph().value(URIRef(ONTOLOGY_IRI), OWL.versionIRI)
    prefix = ONTOLOGY_IRI + "/"
    return str(version)[len(prefix):] if version is not None and str(version).startswith(prefix) else None


def _ontology_answer(request: Request, settings) -> Response:
    try:
        fmt = choose_format(request.headers.get("accept"), request.query_params.get("format"))
    except FormatError as exc:
        return error_answer(exc)
    if fmt == HTML:
        doc = ontology_doc(_ontology_graph(), settings.base_iri)
        return html_response(render("ontology.html", doc=doc))
    if fmt == "turtle":
        return rdf_response(_ontology_turtle(), fmt)
    graph = URIRef(ONTOLOGY_IRI)
    return rdf_response(serialize(((s, p, o, graph) for s, p, o in _ontology_graph()), fmt), fmt)


@router.get("/ontology", response_class=Response, summary="The AllianceKG ontology (Turtle, other RDF formats or HTML)")
def ontology(request: Request, settings: SettingsDep) -> Response:
    return _ontology_answer(request, settings)


@router.get("/ontology/{version}", response_class=Response, summary="The ontology at its version IRI")
def ontology_version(version: str, request: Request, settings: SettingsDep) -> Response:
    if version != _version_path():
        return error_answer(NotFound(f"there is no ontology version {version!r}; this server has {_version_path()} at /ontology"))
    return _ontology_answer(request, settings)


@router.get("/ontology.ttl", response_class=Response, summary="The ontology file (OWL in Turtle)")
def ontology_file() -> Response:
    return rdf_response(_ontology_turtle(), "turtle")


@router.get("/shapes.ttl", response_class=Response, summary="The SHACL shapes every article graph satisfies")
def shapes_file() -> Response:
    return rdf_response(shapes_path().read_bytes(), "turtle")

"""Linked data: every IRI AllianceKG mints under its base dereferences here.

``GET /company/mistral-ai`` (and every other minted path family: products,
countries, deals, articles and their assertions, extractors, loaded graphs)
answers the description of ``<base>company/mistral-ai`` in the format the
``Accept`` header prefers (q-values honoured) or ``?format=`` names: Turtle
(the default), N-Triples, JSON-LD, RDF/XML, N-Quads and TriG (which keep each
triple's article graph), or an HTML page.  An IRI nothing is known about is a
404, an Accept nothing fits a 406; every answer varies on Accept and carries
the security headers.  The description itself is :mod:`alliancekg.graph.describe`.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from alliancekg.graph.describe import FAMILIES, describe, iri_candidates, page, serialize, web_url
from alliancekg.graph.errors import FormatError, NotFound
from alliancekg.graph.formats import RDF_FORMATS, choose_offer, get_format, offers_for
from alliancekg.viz.svg import network_svg

from ..deps import SettingsDep, StoreDep
from ..errors import error_response, status_for
from ..pages import SECURITY_HEADERS, page_csp
from ..templates import environment

__all__ = ["router", "choose_format", "html_response", "rdf_response", "error_answer", "FORMAT_LABELS"]

router = APIRouter(tags=["linked data"])

HTML = "html"
DEFAULT_FORMAT = "turtle"
FORMAT_LABELS = {HTML: "HTML", "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD",
                 "rdfxml": "RDF/XML", "nquads": "N-Quads", "trig": "TriG"}

# media type -> what answers it (the RDF formats, common synonyms, HTML), in the
# order a wildcard takes them when the default format is refused
_OFFERS: dict[str, str] = {
    **offers_for("rdf"),
    "text/html": HTML,
    "application/xhtml+xml": HTML,
}


def choose_format(accept: str | None, requested: str | None = None, default: str = DEFAULT_FORMAT) -> str:
    """``html`` or an RDF format name: ``requested`` (``?format=``) when
    given, else the offer the Accept header ranks best (q-value, then the
    more specific range, then header order; wildcards get ``default``).
    Raises :class:`FormatError` when nothing acceptable is offered."""
    if requested:
        name = requested.strip().lower()
        if name in (HTML, "htm", "xhtml"):
            return HTML
        fmt = get_format(name)
        if fmt.kind != "rdf":
            raise FormatError(f"format={fmt.name} cannot carry a description; use html or one of {', '.join(RDF_FORMATS)}")
        return fmt.name
    best = choose_offer(accept, _OFFERS, default)
    if best is None:
        offered = ", ".join(dict.fromkeys(m for m in _OFFERS))
        raise FormatError(f"none of the media types in Accept: {accept} is offered here; ask for one of {offered} "
                          "(or add ?format=turtle)")
    return best


# -- answers ------------------------------------------------------------------

_MEDIA_TYPES = {name: get_format(name).media_type for name in FORMAT_LABELS if name != HTML}
_BASE_HEADERS = {"Vary": "Accept", **SECURITY_HEADERS}
_NON_HTML_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"


def _alternates(path: str) -> str:
    """A ``Link`` header naming the other formats (the path re-quoted so that
    no ``<>,;`` a client sent can break the header's syntax)."""
    path = quote(path, safe="/%:@!$&'()*+=-._~")
    return ", ".join(f'<{path}?format={name}>; rel="alternate"; type="{get_format(name).media_type}"'
                     for name in FORMAT_LABELS if name != HTML)


def html_response(html: str, status: int = 200, links: str | None = None) -> Response:
    headers = {**_BASE_HEADERS, "Content-Security-Policy": page_csp()}
    if links:
        headers["Link"] = links
    return Response(html, status_code=status, media_type="text/html; charset=utf-8", headers=headers)


def rdf_response(body: bytes, fmt: str, links: str | None = None) -> Response:
    media = get_format(fmt).content_type
    headers = {**_BASE_HEADERS, "Content-Security-Policy": _NON_HTML_CSP}
    if links:
        headers["Link"] = links
    return Response(body, media_type=media, headers=headers)


def error_answer(exc: FormatError | NotFound) -> Response:
    """The app's JSON error shape, with this router's headers."""
    response = error_response(status_for(exc), type(exc).__name__, str(exc))
    response.headers.update({**_BASE_HEADERS, "Content-Security-Policy": _NON_HTML_CSP})
    return response


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(
        formats=FORMAT_LABELS, media_types=_MEDIA_TYPES, web_url=web_url, **context)


def _raw_path(request: Request) -> str:
    """The path as the client sent it (still percent-encoded)."""
    raw = request.scope.get("raw_path")
    if raw:
        return raw.decode("latin-1")
    return quote(request.url.path, safe="/%:@!$&'()*+,;=-._~")


def _describe_answer(request: Request, store, settings) -> Response:
    path = _raw_path(request)
    try:
        fmt = choose_format(request.headers.get("accept"), request.query_params.get("format"))
    except FormatError as exc:
        return error_answer(exc)
    try:
        desc = describe(store, iri_candidates(settings.base_iri, path))
    except NotFound as exc:
        if fmt == HTML:
            return html_response(render("not_found.html", message=str(exc), path=request.url.path), status=404)
        return error_answer(exc)
    links = _alternates(path)
    if fmt != HTML:
        return rdf_response(serialize(desc.quads, fmt), fmt, links)
    view = page(desc, settings.base_iri)
    svg = (network_svg(view.network, center=view.network.graph.get("center"), title=f"Network of {view.label}")
           if len(view.network) else Markup(""))
    explore = "/view?" + urlencode({"center": view.iri})
    return html_response(render("entity.html", page=view, svg=svg, explore=explore), links=links)


def _family_route(family: str):
    def dereference(request: Request, rest: str, store: StoreDep, settings: SettingsDep) -> Response:
        # `rest` is the decoded tail; the raw path keeps the client's percent-encoding
        return _describe_answer(request, store, settings)

    dereference.__name__ = f"dereference_{family}"
    dereference.__doc__ = (f"The description of the IRI `<base>{family}/...`: RDF by Accept or ?format= "
                           "(turtle, ntriples, jsonld, rdfxml, nquads, trig) or an HTML page.")
    return dereference


for _family in FAMILIES:
    router.add_api_route(f"/{_family}/{{rest:path}}", _family_route(_family), methods=["GET"],
                         response_class=Response, summary=f"Dereference a {_family} IRI")

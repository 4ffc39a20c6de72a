"""RDF and SPARQL result formats: one registry table, looked up by name,
media type or file suffix (the rdflib pattern, not ``if`` chains)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import FormatError

__all__ = [
    "Format", "FORMATS", "get_format", "format_for_path", "negotiate", "result_format", "choose_offer",
    "parse_accept", "offers_for",
    "RESULT_FORMATS", "RDF_FORMATS",
]


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    kind: str
    """``results`` (SELECT/ASK results) or ``rdf`` (graphs and datasets)."""
    suffixes: tuple[str, ...] = ()
    quads: bool = False
    """Whether the format can carry named graphs."""
    aliases: tuple[str, ...] = ()
    rdflib: str | None = None
    """rdflib's name for the format (``Graph.serialize(format=...)``)."""

    @property
    def content_type(self) -> str:
        """The Content-Type header value (text formats say their charset)."""
        return self.media_type if self.media_type.endswith("json") else self.media_type + "; charset=utf-8"


FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", "results", (".srj",), aliases=("srj",)),
    Format("xml", "application/sparql-results+xml", "results", (".srx",), aliases=("srx",)),
    Format("csv", "text/csv", "results", (".csv",)),
    Format("tsv", "text/tab-separated-values", "results", (".tsv",)),
    Format("turtle", "text/turtle", "rdf", (".ttl",), aliases=("ttl",), rdflib="turtle"),
    Format("ntriples", "application/n-triples", "rdf", (".nt",), aliases=("nt", "n-triples"), rdflib="nt"),
    Format("nquads", "application/n-quads", "rdf", (".nq",), quads=True, aliases=("nq", "n-quads"), rdflib="nquads"),
    Format("trig", "application/trig", "rdf", (".trig",), quads=True, rdflib="trig"),
    Format("jsonld", "application/ld+json", "rdf", (".jsonld",), quads=True, aliases=("json-ld",), rdflib="json-ld"),
    Format("rdfxml", "application/rdf+xml", "rdf", (".rdf", ".owl"), aliases=("xml-rdf", "rdf/xml"), rdflib="xml"),
)
_BY_NAME = {n: f for f in FORMATS for n in (f.name, *f.aliases)}
_BY_SUFFIX = {s: f for f in FORMATS if f.kind == "rdf" for s in f.suffixes}
RESULT_FORMATS = tuple(f.name for f in FORMATS if f.kind == "results")
RDF_FORMATS = tuple(f.name for f in FORMATS if f.kind == "rdf")


def get_format(name: str) -> Format:
    try:
        return _BY_NAME[name.lower()]
    except KeyError:
        raise FormatError(f"unknown format {name!r}; use one of {', '.join(f.name for f in FORMATS)}") from None


def format_for_path(path: str | Path) -> Format | None:
    """The RDF format a file name implies, or None for anything else."""
    return _BY_SUFFIX.get(Path(path).suffix.lower())



def parse_accept(accept: str) -> list[tuple[str, float, int]]:
    """Media ranges with q-values, in header order: ``[(range, q, position)]``."""
    out = []
    for pos, part in enumerate(accept.split(",")):
        media, *params = (f.strip() for f in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            out.append((media.lower(), q, pos))
    return out


def choose_offer(accept: str | None, offers: dict[str, str], default: str) -> str | None:
    """The offer (a value of ``offers``, keyed by media type) the Accept header
    ranks best: by q-value, then the more specific range, then header order.
    Wildcards take ``default`` unless the header refuses it (``q=0``); an
    absent header takes ``default``; None when nothing acceptable is offered."""
    if not accept or not accept.strip():
        return default
    ranges = parse_accept(accept)
    refused = {offers[m] for m, q, _ in ranges if q <= 0 and m in offers}
    best: tuple[tuple[float, int, int], str] | None = None
    for media, q, pos in ranges:
        if q <= 0:
            continue
        if media in ("*/*", "*") or media.endswith("/*"):
            major = media.split("/", 1)[0]
            options = [name for m, name in offers.items()
                       if (major == "*" or m.startswith(major + "/")) and name not in refused]
            choice = default if default in options else (options[0] if options else None)
            specificity = 0 if major == "*" else 1
        else:
            choice, specificity = offers.get(media), 2
            if choice in refused:
                choice = None
        if choice is not None and (best is None or (q, specificity, -pos) > best[0]):
            best = ((q, specificity, -pos), choice)
    return best[1] if best else None


# synonyms clients send for the formats' registered media types
_EXTRA_OFFERS = {
    "results": {"application/json": "json", "application/xml": "xml", "text/xml": "xml"},
    "rdf": {"application/x-turtle": "turtle", "text/plain": "ntriples", "application/json": "jsonld"},
}


def offers_for(kind: str) -> dict[str, str]:
    """Media type -> format name for every format of ``kind`` and its synonyms."""
    return {**{f.media_type: f.name for f in FORMATS if f.kind == kind}, **_EXTRA_OFFERS[kind]}


def negotiate(accept: str | None, kind: str, default: str) -> Format | None:
    """The best format of ``kind`` (``results`` or ``rdf``) for an Accept
    header, honouring q-values and wildcards; ``default`` when the header is
    absent or only wildcards match; None when nothing acceptable is offered."""
    name = choose_offer(accept, offers_for(kind), default)
    return get_format(name) if name else None


_DEFAULT_FOR_KIND = {"results": "json", "rdf": "turtle"}


def result_format(form: str, *, accept: str | None = None, requested: str | None = None) -> Format:
    """The format to answer a query of ``form`` (``select``, ``ask`` or
    ``graph``) in: the ``requested`` format name when given, else the best
    match for the Accept header (SPARQL JSON for tables, Turtle for graphs).

    Raises :class:`FormatError` when nothing acceptable fits, or when the
    requested format is unknown or of the wrong kind."""
    kind = "rdf" if form == "graph" else "results"
    if requested:
        fmt = get_format(requested)
        if fmt.kind != kind:
            raise FormatError(f"format={fmt.name} cannot carry a {form.upper()} result; use one of "
                              f"{', '.join(RESULT_FORMATS if kind == 'results' else RDF_FORMATS)}")
        return fmt
    fmt = negotiate(accept, kind, _DEFAULT_FOR_KIND[kind])
    if fmt is None:
        offered = ", ".join(f.media_type for f in FORMATS if f.kind == kind)
        raise FormatError(f"none of the media types in Accept: {accept} can carry this result; offered: {offered}")
    return fmt

"""What this server says about one IRI: its description, and its facts as sentences.

:func:`describe` reads from the store, CONSTRUCT-style, everything a linked
data client needs about a minted IRI, as quads (each triple keeps the named
graph, that is the article, it came from):

* the IRI's own triples, in every graph, and the triples that point at it;
* for an entity, the events where it takes a role (deals, availabilities)
  with their amounts, and every assertion that states one of its facts;
  for an article, the events and assertions read from it; for a deal, the
  assertions that describe it;
* of every other resource named there (neighbours, articles, classes,
  properties): its types, label, and an article's headline, date and url.

Everything after that is pure: :func:`serialize` writes a description in an
RDF format, :func:`page` turns it into what an HTML page shows (the facts as
sentences with their evidence, the neighbours, the own statements, an ego
network), and :func:`ontology_doc` does the same for the ontology.

An IRI nothing is known about raises :class:`NotFound`, never an empty answer.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import networkx as nx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from alliancekg.ontology.terms import (
    AKG,
    ONTOLOGY_IRI,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    sparql_prefixes,
)

from .errors import FormatError, NotFound
from .extract.model import SYMMETRIC
from .formats import RDF_FORMATS, get_format
from .mapping import ENTITY_CLASSES, RELATION_SPECS
from .resolve import ENTITY_PATHS, EVENT_PATHS
from .store.base import Store

__all__ = [
    "FAMILIES", "MAX_QUADS", "Description", "Link", "Value", "Statement", "Source", "FactSentence", "Page",
    "Term", "OntologyDoc", "describe", "iri_candidates", "href_for", "serialize", "page", "fact_sentences",
    "ego_network", "format_money", "format_date", "ontology_doc",
]

FAMILIES: tuple[str, ...] = (*ENTITY_PATHS.values(), *EVENT_PATHS.values(), "article", "extractor", "graph")
"""The first path segment of every IRI AllianceKG mints under its base."""

MAX_QUADS = 5000
"""At most this many quads per part of a description (own, incoming, neighbours)."""

EVENT_CLASSES = (AKG.Investment, AKG.Acquisition, AKG.Partnership, AKG.Availability)
_ENTITY_TYPES = {iri: name for name, iri in ENTITY_CLASSES.items()}
_NEIGHBOUR_PROPERTIES = (RDF.type, RDFS.label, SCHEMA.headline, SCHEMA.datePublished, SCHEMA.url, SCHEMA.value, SCHEMA.currency)
_SHORTCUTS = {spec.shortcut: name for name, spec in RELATION_SPECS.items()}
_SYMMETRIC_SHORTCUTS = frozenset(RELATION_SPECS[r].shortcut for r in SYMMETRIC)

# An absolute IRI that can stand between < and > in SPARQL (IRIREF), nothing else:
# what comes from a request path must never be able to close the IRI and inject.
_IRIREF = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\x00-\x20]*')
# Characters a path keeps as they are when an IRI becomes a link (RFC 3986 pchar and '/', '%').
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"

Quad = tuple[Node, Node, Node, URIRef | None]


# ---------------------------------------------------------------------------
# IRIs <-> paths (pure)
# ---------------------------------------------------------------------------

def iri_candidates(base: str, raw_path: str) -> list[str]:
    """The IRIs a request path may name, most literal first: ``raw_path`` as
    sent (percent-encoded, without the leading ``/``) under ``base``, then
    with upper-case escapes (``%c3`` and ``%C3`` are the same), then its
    percent-decoded form (an IRI with non-ASCII letters), then the decoded
    form re-encoded."""
    raw = raw_path.lstrip("/")
    decoded = unquote(raw) if "%" in raw else raw
    upper = re.sub(r"%[0-9a-fA-F]{2}", lambda m: m.group(0).upper(), raw)
    out = [base + raw, base + upper, base + decoded, base + quote(decoded, safe=_PATH_SAFE.replace("%", ""))]
    return list(dict.fromkeys(out))


def href_for(iri: str, base: str) -> str | None:
    """Where a page links an IRI: a path on this server for the IRIs it
    mints (and the ontology's terms), the IRI itself for other http(s) IRIs,
    nothing for any other scheme (``javascript:``, ``urn:``, ...)."""
    if iri.startswith(ONTOLOGY_IRI + "#"):
        return "/ontology#" + quote(iri[len(ONTOLOGY_IRI) + 1:], safe=_PATH_SAFE)
    if iri == ONTOLOGY_IRI:
        return "/ontology"
    if base.endswith("/") and iri.startswith(base) and len(iri) > len(base) and not iri[len(base):].startswith("/"):
        # (a rest starting with "/" would make "//host/...": a link to another site)
        return "/" + quote(iri[len(base):], safe=_PATH_SAFE)
    return web_url(iri)


def web_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL without spaces or control
    characters, else None: a page never links ``javascript:`` or ``data:``."""
    if not url or re.search(r"[\x00-\x20\x7f\\]", url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


# ---------------------------------------------------------------------------
# Reading a description from the store
# ---------------------------------------------------------------------------

def _term(binding: dict[str, str]) -> Node:
    """A SPARQL JSON results term as an rdflib term."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang")
        return Literal(value, lang=lang) if lang else Literal(value, datatype=binding.get("datatype"))
    raise NotImplementedError(f"cannot read a {kind} term from SPARQL JSON results")


def _select(store: Store, sparql: str) -> list[dict[str, Node]]:
    """SELECT rows as rdflib terms (kept apart: IRI or literal, datatype, language)."""
    data = json.loads(store.query(sparql, union_default_graph=True).serialize("json"))
    return [{k: _term(v) for k, v in b.items()} for b in data["results"]["bindings"]]


def _values(nodes: Iterable[Node]) -> str:
    return " ".join(n.n3() for n in nodes if isinstance(n, URIRef))


_PREFIXES = sparql_prefixes()


def _exists(store: Store, iri: str) -> bool:
    ref = f"<{iri}>"
    return store.query(
        f"ASK {{ {{ GRAPH ?g {{ {ref} ?p ?o }} }} UNION {{ GRAPH ?g {{ ?s ?p {ref} }} }} UNION {{ GRAPH {ref} {{ ?s ?p ?o }} }} }}"
    ).boolean


def _focus(store: Store, iri: str) -> set[URIRef]:
    """The IRI, the events it takes part in or that were read from it, the
    assertions that state its facts, and their amounts."""
    ref = f"<{iri}>"
    events = ", ".join(c.n3() for c in EVENT_CLASSES)
    rows = _select(store, _PREFIXES + f"""
SELECT DISTINCT ?n WHERE {{
  {{ ?n ?p {ref} ; a ?c .
     FILTER(?c IN ({events}) ||
            (?c = akg:Assertion && ?p IN (rdf:subject, rdf:object, akg:describesEvent, prov:wasDerivedFrom))) }}
  UNION {{ {ref} akg:describesEvent ?n }}
  UNION {{ ?a rdf:subject|rdf:object {ref} ; a akg:Assertion ; akg:describesEvent ?n }}
}} LIMIT {MAX_QUADS}""")
    focus = {URIRef(iri)} | {r["n"] for r in rows if isinstance(r.get("n"), URIRef)}
    rows = _select(store, _PREFIXES + f"SELECT DISTINCT ?m WHERE {{ VALUES ?e {{ {_values(focus)} }} ?e akg:amount ?m }}")
    return focus | {r["m"] for r in rows if isinstance(r.get("m"), URIRef)}


def _quads(rows: list[dict[str, Node]], **fixed: Node) -> list[Quad]:
    out = []
    for r in rows:
        r = {**r, **fixed}
        out.append((r["s"], r["p"], r["o"], r.get("g")))
    return out


@dataclass(frozen=True)
class Description:
    """What the store holds about one IRI, as quads (graph None: the default graph)."""

    iri: URIRef
    quads: tuple[Quad, ...]
    truncated: bool = False
    """Whether some part hit :data:`MAX_QUADS`."""

    @cached_property
    def graph(self) -> Graph:
        """The quads merged into one graph."""
        g = _new_graph()
        for s, p, o, _ in self.quads:
            g.add((s, p, o))
        return g


def describe(store: Store, candidates: str | Iterable[str]) -> Description:
    """The description of the first of ``candidates`` the store knows (see
    :func:`iri_candidates`).  Raises :class:`NotFound` when it knows none."""
    candidates = [candidates] if isinstance(candidates, str) else list(candidates)
    for iri in candidates:
        if _IRIREF.fullmatch(iri) and _exists(store, iri):
            return _describe(store, iri)
    shown = candidates[0] if candidates else "(no IRI)"
    raise NotFound(f"nothing is known about <{shown}> here: check the IRI, or find it with /sparql or on /view")


def _describe(store: Store, iri: str) -> Description:
    ref = f"<{iri}>"
    focus = _focus(store, iri)
    own = _select(store, f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {_values(focus)} }} GRAPH ?g {{ ?s ?p ?o }} }} LIMIT {MAX_QUADS}")
    incoming = _select(store, f"SELECT ?s ?p ?g WHERE {{ GRAPH ?g {{ ?s ?p {ref} }} }} LIMIT {MAX_QUADS}")
    quads = _quads(own) + _quads(incoming, o=URIRef(iri))
    truncated = len(own) >= MAX_QUADS or len(incoming) >= MAX_QUADS
    if not own:
        # a named graph that is not described anywhere (an RDF file loaded as is): its content
        content = _select(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH {ref} {{ ?s ?p ?o }} }} LIMIT {MAX_QUADS}")
        quads += _quads(content, g=URIRef(iri))
        truncated = truncated or len(content) >= MAX_QUADS
    neighbours = {t for q in quads for t in q[:3] if isinstance(t, URIRef)} - focus
    if neighbours:
        rows = _select(store, f"""SELECT ?s ?p ?o ?g WHERE {{
  VALUES ?s {{ {_values(sorted(neighbours))} }} VALUES ?p {{ {_values(_NEIGHBOUR_PROPERTIES)} }}
  GRAPH ?g {{ ?s ?p ?o }} }} LIMIT {MAX_QUADS}""")
        quads += _quads(rows)
        truncated = truncated or len(rows) >= MAX_QUADS
        # the labels of the neighbours' types (akg:Product -> "Product"), for the pages
        types = {q[2] for q in _quads(rows) if q[1] == RDF.type and isinstance(q[2], URIRef)} - neighbours - focus
        if types:
            quads += _quads(_select(store, _PREFIXES + f"""SELECT ?s ?p ?o ?g WHERE {{
  VALUES ?s {{ {_values(sorted(types))} }} VALUES ?p {{ rdfs:label }} GRAPH ?g {{ ?s ?p ?o }} }} LIMIT {MAX_QUADS}"""))
    return Description(URIRef(iri), tuple(dict.fromkeys(quads)), truncated)


# ---------------------------------------------------------------------------
# RDF serialisation (pure)
# ---------------------------------------------------------------------------

_RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}


def _new_graph(identifier: Node | None = None) -> Graph:
    g = Graph(identifier=identifier)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def serialize(quads: Iterable[Quad], fmt: str) -> bytes:
    """Quads in an RDF format of :mod:`.formats`: the quad formats (N-Quads,
    TriG) keep each triple's graph; the others (and JSON-LD, whose readers
    expect the resource at the top) merge them."""
    f = get_format(fmt)
    if f.kind != "rdf":
        raise FormatError(f"{f.name} is not an RDF format; use one of {', '.join(RDF_FORMATS)}")
    if f.quads and f.name != "jsonld":
        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True, replace=True)
        for s, p, o, g in quads:
            (ds.graph(g) if g is not None else ds.default_graph).add((s, p, o))
        return ds.serialize(format=_RDFLIB_FORMATS[f.name], encoding="utf-8")
    graph = _new_graph()
    for s, p, o, _ in quads:
        graph.add((s, p, o))
    if f.name == "jsonld":
        return graph.serialize(format="json-ld", context=dict(PREFIXES), encoding="utf-8")
    return graph.serialize(format=_RDFLIB_FORMATS[f.name], encoding="utf-8")


# ---------------------------------------------------------------------------
# What a page shows (pure)
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Link:
    """A resource as a page shows it."""

    iri: str
    label: str
    kind: str | None = None
    """The label of its most telling type (``Company``, ``Investment``, ...)."""
    href: str | None = None


@dataclass(frozen=True)
class Value:
    """An object of a statement: a link, or a literal's text."""

    text: str
    link: Link | None = None
    note: str | None = None
    """A literal's datatype (as a prefixed name) or language."""


@dataclass(frozen=True)
class Statement:
    predicate: Link
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Source:
    """One sentence of one article that states a fact."""

    assertion: Link
    article: Link
    quote: str
    published: str | None = None
    url: str | None = None
    """The article's web address as stored (links only through :func:`web_url`)."""
    start: int | None = None
    end: int | None = None
    confidence: Decimal | None = None


@dataclass(frozen=True)
class FactSentence:
    """One fact said as a sentence, with every source that states it."""

    relation: str
    """The facts-JSON relation name (``invests_in``) or the predicate IRI."""
    subject: Link
    object: Link
    parts: tuple[tuple[str, Link | None], ...]
    """The sentence as text runs; runs with a link name a resource."""
    event: Link | None
    sources: tuple[Source, ...]
    date: str | None = None

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)


@dataclass(frozen=True)
class Page:
    """Everything the HTML page of one resource shows."""

    iri: str
    label: str
    kinds: tuple[Link, ...]
    facts: tuple[FactSentence, ...]
    entities: tuple[Link, ...]
    events: tuple[Link, ...]
    articles: tuple[Link, ...]
    statements: tuple[Statement, ...]
    incoming: tuple[tuple[Link, Link], ...]
    """(subject, predicate) of triples pointing at it, except those its facts,
    deals and own statements already show."""
    contents: tuple[tuple[Link, Link, Value], ...]
    """A named graph's triples, when the IRI names one."""
    network: nx.MultiDiGraph
    truncated: bool = False


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
_KIND_ORDER = (AKG.Company, AKG.Product, AKG.Country, *EVENT_CLASSES, AKG.Article, AKG.Assertion, SCHEMA.MonetaryAmount,
               PROV.SoftwareAgent, PROV.Activity, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
_RELATION_ORDER = ("invests_in", "acquires", "partners_with", "available_on", "develops", "based_in")


def _trim(number: Decimal, places: int) -> str:
    text = f"{number:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_money(value: Any, currency: str | None) -> str:
    """``15000000, "EUR"`` -> ``"€15 million"``; ``12e6, "CHF"`` -> ``"12 million CHF"``."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    for scale, word in _SCALES:
        if abs(amount) >= scale:
            number = f"{_trim(amount / scale, 2)} {word}"
            break
    else:
        number = _trim(amount, 2)
    code = (currency or "").strip().upper()
    symbol = _SYMBOLS.get(code)
    return f"{symbol}{number}" if symbol else f"{number} {code}".strip()


def format_date(value: str | None) -> str | None:
    """``2024`` -> ``2024``, ``2024-02`` -> ``February 2024``, ``2024-02-26`` -> ``26 February 2024``."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        return value
    year, month, day = m.groups()
    if not month:
        return year
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}" if day else f"{_MONTHS[int(month) - 1]} {year}"


def _local_name(iri: str) -> str:
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri
    return unquote(tail)


def _pick(values: list[Node]) -> Node | None:
    """One value, deterministically: English or untagged literals first."""
    if not values:
        return None
    return sorted(values, key=lambda v: (getattr(v, "language", None) not in (None, "en"), str(v)))[0]


def _label(g: Graph, node: Node) -> str:
    for p in (RDFS.label, SCHEMA.name, SCHEMA.headline, SKOS.prefLabel):
        value = _pick(list(g.objects(node, p)))
        if value is not None:
            return str(value)
    money = g.value(node, SCHEMA.value)
    if money is not None:
        return format_money(money, _literal_str(g.value(node, SCHEMA.currency)))
    if isinstance(node, URIRef):
        for prefix, ns in PREFIXES.items():
            if str(node).startswith(ns) and prefix != "wd":
                return f"{prefix}:{str(node)[len(ns):]}"
        return _local_name(str(node))
    return str(node)


def _kind(g: Graph, node: Node) -> URIRef | None:
    types = set(g.objects(node, RDF.type))
    for cls in _KIND_ORDER:
        if cls in types:
            return cls
    return min(types, default=None, key=str) if types else None


class _Pager:
    """Turns nodes of one description into links (labels looked up once)."""

    def __init__(self, g: Graph, base: str) -> None:
        self.g, self.base = g, base

    def link(self, node: Node) -> Link:
        kind = _kind(self.g, node)
        href = href_for(str(node), self.base) if isinstance(node, URIRef) else None
        return Link(str(node), _label(self.g, node), _label(self.g, kind) if kind is not None else None, href)

    def value(self, node: Node) -> Value:
        if isinstance(node, Literal):
            note = node.language or (self._curie(node.datatype) if node.datatype else None)
            return Value(str(node), note=note)
        return Value(_label(self.g, node), link=self.link(node))

    @staticmethod
    def _curie(iri: str) -> str:
        for prefix, ns in PREFIXES.items():
            if iri.startswith(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return iri


def _literal_str(node: Node | None) -> str | None:
    return str(node) if node is not None else None


def _int(node: Node | None) -> int | None:
    try:
        return int(node) if node is not None else None
    except (TypeError, ValueError):
        return None


def _decimal(node: Node | None) -> Decimal | None:
    try:
        return Decimal(str(node)) if node is not None else None
    except InvalidOperation:
        return None


def _sentence(relation: str, s: Link, o: Link, date: str | None, money: str | None,
              stake: str | None, predicate: Link) -> tuple[tuple[str, Link | None], ...]:
    when = f" ({format_date(date)})" if date else ""
    if relation == "invests_in":
        tail = f"{when}, a {stake}." if stake else f"{when}."
        return ((s.label, s), (f" invested {money} in " if money else " invested in ", None), (o.label, o), (tail, None))
    if relation == "acquires":
        return ((s.label, s), (" acquired ", None), (o.label, o), (f" for {money}{when}." if money else f"{when}.", None))
    if relation == "partners_with":
        return ((s.label, s), (" partnered with ", None), (o.label, o), (f"{when}.", None))
    if relation == "available_on":
        return ((s.label, s), (" is available on ", None), (o.label, o), (f"{when}.", None))
    if relation == "develops":
        return ((s.label, s), (" develops ", None), (o.label, o), (".", None))
    if relation == "based_in":
        return ((s.label, s), (" is based in ", None), (o.label, o), (".", None))
    return ((s.label, s), (f" {predicate.label} ", None), (o.label, o), (f"{when}.", None))


def fact_sentences(desc: Description, base: str) -> tuple[FactSentence, ...]:
    """Every fact the description's assertions state, one sentence each, with
    its sources (evidence sentence, offsets, article).  Facts stated by
    several sentences or articles are one sentence with several sources."""
    g, pager = desc.graph, _Pager(desc.graph, base)
    groups: dict[tuple, list[Node]] = {}
    for a in set(g.subjects(RDF.type, AKG.Assertion)):
        s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
        if s is None or p is None or o is None:
            continue
        if p in _SYMMETRIC_SHORTCUTS and (str(o), str(s)) < (str(s), str(o)):
            s, o = o, s
        groups.setdefault((s, p, o, g.value(a, AKG.describesEvent)), []).append(a)
    facts = []
    for (s, p, o, event), assertions in groups.items():
        if p in _SYMMETRIC_SHORTCUTS and o == desc.iri:
            s, o = o, s  # the page's own resource first
        relation = _SHORTCUTS.get(p, str(p))
        date = money = stake = None
        if event is not None:
            date = _literal_str(g.value(event, AKG.date))
            amount = g.value(event, AKG.amount)
            if amount is not None and g.value(amount, SCHEMA.value) is not None:
                money = format_money(g.value(amount, SCHEMA.value), _literal_str(g.value(amount, SCHEMA.currency)))
            stake_node = g.value(event, AKG.stake)
            stake = _label(g, stake_node) if stake_node is not None else None
        sources = []
        for a in assertions:
            article = g.value(a, PROV.wasDerivedFrom)
            sources.append(Source(
                assertion=pager.link(a),
                article=pager.link(article) if article is not None else Link("", "unknown article"),
                quote=_literal_str(g.value(a, AKG.evidenceText)) or "",
                published=_literal_str(g.value(article, SCHEMA.datePublished)) if article is not None else None,
                url=_literal_str(g.value(article, SCHEMA.url)) if article is not None else None,
                start=_int(g.value(a, AKG.startOffset)),
                end=_int(g.value(a, AKG.endOffset)),
                confidence=_decimal(g.value(a, AKG.confidence)),
            ))
        sources.sort(key=lambda x: (x.published or "", x.article.label, x.start or 0, x.assertion.iri))
        sl, ol = pager.link(s), pager.link(o)
        facts.append(FactSentence(
            relation=relation, subject=sl, object=ol,
            parts=_sentence(relation, sl, ol, date, money, stake, pager.link(p)),
            event=pager.link(event) if event is not None else None,
            sources=tuple(sources), date=date,
        ))
    order = {name: i for i, name in enumerate(_RELATION_ORDER)}
    facts.sort(key=lambda f: (order.get(f.relation, len(order)), f.date or "9999", f.text))
    return tuple(facts)


def ego_network(desc: Description, base: str) -> nx.MultiDiGraph:
    """The entities of the description and the facts between them (shortcut
    triples and the triples assertions state), as node ids = IRIs with
    ``label``, ``type``, ``href``; edges with ``relation`` and ``title``.
    For an entity, only the edges that touch it (its ego network, depth 1)."""
    g, pager = desc.graph, _Pager(desc.graph, base)
    triples = {(s, p, o) for s, p, o in g.triples((None, None, None)) if p in _SHORTCUTS}
    for a in g.subjects(RDF.type, AKG.Assertion):
        s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
        if s is not None and p in _SHORTCUTS and o is not None:
            triples.add((s, p, o))
    center_is_entity = _kind(g, desc.iri) in _ENTITY_TYPES
    net = nx.MultiDiGraph(center=str(desc.iri) if center_is_entity else None)
    seen = set()
    for s, p, o in sorted(triples):
        if center_is_entity and desc.iri not in (s, o):
            continue
        relation = _SHORTCUTS[p]
        key = (relation, *sorted((str(s), str(o)))) if p in _SYMMETRIC_SHORTCUTS else (relation, str(s), str(o))
        if key in seen:
            continue
        seen.add(key)
        for node in (s, o):
            if str(node) not in net:
                link = pager.link(node)
                net.add_node(str(node), label=link.label, type=_ENTITY_TYPES.get(_kind(g, node), "Company"), href=link.href)
        net.add_edge(str(s), str(o), key=relation, relation=relation,
                     title=f"{_label(g, s)} {_label(g, p)} {_label(g, o)}")
    return net


def page(desc: Description, base: str) -> Page:
    """What the HTML page of ``desc.iri`` shows."""
    g, pager, iri = desc.graph, _Pager(desc.graph, base), desc.iri
    facts = fact_sentences(desc, base)
    kinds = tuple(pager.link(t) for t in sorted(set(g.objects(iri, RDF.type)), key=str))

    by_predicate: dict[Node, list[Node]] = {}
    for p, o in g.predicate_objects(iri):
        if p != RDF.type:
            by_predicate.setdefault(p, []).append(o)
    statements = tuple(
        Statement(pager.link(p), tuple(pager.value(o) for o in sorted(objs, key=lambda v: (isinstance(v, Literal), str(v)))))
        for p, objs in sorted(by_predicate.items(), key=lambda kv: _label(g, kv[0]).lower())
    )

    entities, events, articles = {}, {}, {}
    for node in {t for triple in g for t in (triple[0], triple[2]) if isinstance(t, URIRef)} - {iri}:
        kind = _kind(g, node)
        if kind in _ENTITY_TYPES:
            entities[node] = pager.link(node)
        elif kind in EVENT_CLASSES:
            link, date = pager.link(node), format_date(_literal_str(g.value(node, AKG.date)))
            events[node] = dataclasses.replace(link, label=f"{link.label} ({date})") if date else link
        elif kind == AKG.Article:
            articles[node] = pager.link(node)

    stated = {(a, p) for a in g.subjects(RDF.type, AKG.Assertion) for p in (RDF.subject, RDF.object, AKG.describesEvent, PROV.wasDerivedFrom)}
    incoming = tuple(sorted(
        ((pager.link(s), pager.link(p)) for s, p in g.subject_predicates(iri)
         if (s, p) not in stated and _kind(g, s) not in EVENT_CLASSES and s != iri
         and not (p in _SYMMETRIC_SHORTCUTS and (iri, p, s) in g)),
        key=lambda sp: (sp[1].label, sp[0].label)))
    contents = tuple(
        (pager.link(s), pager.link(p), pager.value(o))
        for s, p, o, graph in sorted(desc.quads, key=lambda q: (str(q[0]), str(q[1]), str(q[2])))
        if graph == iri and s != iri and _kind(g, iri) is None
    )[:500]

    def ordered(links: dict) -> tuple[Link, ...]:
        return tuple(sorted(links.values(), key=lambda link: (link.kind or "", link.label.lower(), link.iri)))

    return Page(
        iri=str(iri), label=_label(g, iri), kinds=kinds, facts=facts,
        entities=ordered(entities), events=ordered(events), articles=ordered(articles),
        statements=statements, incoming=incoming, contents=contents,
        network=ego_network(desc, base), truncated=desc.truncated,
    )


# ---------------------------------------------------------------------------
# The ontology as a page (pure)
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One class, property or individual of the ontology."""

    iri: str
    name: str
    """The local name, which is also the page's anchor (``#Company``)."""
    label: str
    comment: str
    kind: str
    parents: tuple[Link, ...] = ()
    """Super-classes or super-properties in the ontology."""
    aligned: tuple[Link, ...] = ()
    """Super-classes or super-properties in other vocabularies (schema.org, ORG, PROV)."""
    domain: tuple[Link, ...] = ()
    range: tuple[Link, ...] = ()
    characteristics: tuple[str, ...] = ()
    inverse: tuple[Link, ...] = ()
    members: tuple[Link, ...] = ()
    """For a class: its named individuals; for an individual: its classes."""


@dataclass(frozen=True)
class OntologyDoc:
    iri: str
    label: str
    comment: str
    version: str | None
    prefix: str | None
    namespace: str
    classes: tuple[Term, ...]
    object_properties: tuple[Term, ...]
    datatype_properties: tuple[Term, ...]
    individuals: tuple[Term, ...]


_CHARACTERISTICS = {OWL.FunctionalProperty: "functional", OWL.SymmetricProperty: "symmetric",
                    OWL.TransitiveProperty: "transitive", OWL.InverseFunctionalProperty: "inverse functional"}
_VANN = "http://purl.org/vocab/vann/"


def ontology_doc(g: Graph, base: str) -> OntologyDoc:
    """The ontology's classes, properties (domain, range, alignments) and
    individuals, each with the anchor its IRI's fragment names."""
    pager = _Pager(g, base)
    ns = str(AKG)

    def links(nodes: Iterable[Node]) -> tuple[Link, ...]:
        return tuple(sorted((pager.link(n) for n in nodes), key=lambda link: (not link.iri.startswith(ns), link.label)))

    def text(node: Node, p: URIRef) -> str:
        return str(_pick(list(g.objects(node, p))) or "")

    def term(node: URIRef, kind: str) -> Term:
        is_class = kind == "class"
        parents = list(g.objects(node, RDFS.subClassOf if is_class else RDFS.subPropertyOf))
        return Term(
            iri=str(node), name=str(node)[len(ns):], label=_label(g, node), comment=text(node, RDFS.comment), kind=kind,
            parents=links(p for p in parents if str(p).startswith(ns)),
            aligned=links(p for p in parents if not str(p).startswith(ns)),
            domain=links(g.objects(node, RDFS.domain)), range=links(g.objects(node, RDFS.range)),
            characteristics=tuple(sorted(name for cls, name in _CHARACTERISTICS.items() if (node, RDF.type, cls) in g)),
            inverse=links({*g.objects(node, OWL.inverseOf), *g.subjects(OWL.inverseOf, node)}),
            members=links(s for s in g.subjects(RDF.type, node) if (s, RDF.type, OWL.NamedIndividual) in g) if is_class
            else links(t for t in g.objects(node, RDF.type) if t != OWL.NamedIndividual) if kind == "individual" else (),
        )

    def of_type(cls: URIRef, kind: str) -> tuple[Term, ...]:
        nodes = sorted({n for n in g.subjects(RDF.type, cls) if isinstance(n, URIRef) and str(n).startswith(ns)}, key=str)
        return tuple(term(n, kind) for n in nodes)

    onto = URIRef(ONTOLOGY_IRI)
    return OntologyDoc(
        iri=ONTOLOGY_IRI, label=_label(g, onto), comment=text(onto, RDFS.comment),
        version=_literal_str(g.value(onto, OWL.versionInfo)),
        prefix=_literal_str(g.value(onto, URIRef(_VANN + "preferredNamespacePrefix"))), namespace=ns,
        classes=of_type(OWL.Class, "class"), object_properties=of_type(OWL.ObjectProperty, "object property"),
        datatype_properties=of_type(OWL.DatatypeProperty, "datatype property"),
        individuals=of_type(OWL.NamedIndividual, "individual"),
    )

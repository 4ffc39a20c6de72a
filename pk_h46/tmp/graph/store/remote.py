"""A remote store: any SPARQL 1.1 Query + Update endpoint (Virtuoso, Fuseki,
GraphDB, Stardog, Neptune) behind the same :class:`~.base.Store` interface
as the embedded store.

    open_store("sparql+http://127.0.0.1:8890/sparql",
               options=RemoteOptions(update_url="http://127.0.0.1:8890/sparql-auth",
                                     auth="digest", user="dba", password="dba"))

How AllianceKG's dataset lives on a shared server (docs/remote-stores.md):

- **Its graphs are registered** in one graph of its own, ``meta_graph``
  (``<g> a sd:NamedGraph``): :meth:`graphs`, :meth:`count` and
  :meth:`has_graph` read the registry, never the server's whole graph list,
  which holds the server's own system graphs (Virtuoso: ``virtrdf#``, DAV,
  ``owl#``...) and other teams' data.
- **The union default graph is a set**, kept materialised in ``union_graph``
  (as the embedded store keeps it in its default graph; see :mod:`.union`)
  and updated in the same update request as every write.  Queries are sent
  with ``default-graph-uri=<union_graph>``; a server's own "all graphs"
  default (Virtuoso's) is a bag: a triple three articles hold counts three
  times.
- **GRAPH sees only AllianceKG's graphs**: a query with ``GRAPH ?var`` is
  sent with the registered graphs as ``named-graph-uri``; one that names its
  graphs (``GRAPH <iri>``) with those (a server that is given a default
  graph matches GRAPH only against the named graphs it is also given, as the
  SPARQL Protocol says; Virtuoso does).
- **One update request per write** (an article is one request: drop its old
  graph, insert the new one, update the union and the registry).  A load
  too large for one request is staged into temporary graphs in batches and
  moved into place by one final request, so a failure leaves the target as
  it was.
- **A change marker** in ``meta_graph`` is rewritten by every write, so that
  :attr:`generation` (the cache key of views, analytics and VoID) also moves
  when another AllianceKG process writes the same server (read at most once
  a second).
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox

from ..errors import QueryError, QueryTimeout, ResultTooLarge, StoreError, UnsupportedQuery
from ..formats import get_format
from .embedded import _DEFAULT_IS_UNION, EmbeddedResult, _rdf_format, parse_document, parse_one_graph
from .terms import from_rdflib
from .union import default_graph_write

__all__ = ["RemoteOptions", "RemoteStore", "is_remote_spec", "SCHEMES"]

log = logging.getLogger(__name__)

SCHEMES = ("sparql+http://", "sparql+https://")
SD_NAMED_GRAPH = "http://www.w3.org/ns/sparql-service-description#NamedGraph"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CHANGED = "urn:alliancekg:changed"
EMPTY_GRAPH = "urn:alliancekg:empty"
"""A graph nothing is ever written to: the default graph when the union is off."""
STAGING = "urn:alliancekg:staging:"
GRAPHS_PER_REQUEST = 200
"""Graphs written (or dropped) per update request."""

_JSON_RESULTS = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_TRANSIENT = {502, 503, 504}


def is_remote_spec(spec: str) -> bool:
    return spec.startswith(SCHEMES)


@dataclass(frozen=True)
class RemoteOptions:
    """How to reach a SPARQL 1.1 server (``ALLIANCEKG_STORE_*`` in the environment)."""

    update_url: str | None = None
    """Where updates go (default: the query URL).  Virtuoso: ``/sparql-auth``."""
    auth: str | None = None
    """``basic``, ``digest`` or ``bearer``; default basic when a user is given."""
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    """The bearer token (``auth=bearer``)."""
    timeout: float = 60.0
    """Seconds to wait for an answer (queries: the query time limit, when one is set)."""
    connect_timeout: float = 10.0
    retries: int = 4
    """Retries of a request that could not connect (or met 502/503/504), with exponential backoff."""
    backoff: float = 0.5
    batch_bytes: int = 4_000_000
    """The largest update request; bigger loads are staged in batches."""
    union_graph: str = "urn:alliancekg:union"
    meta_graph: str = "urn:alliancekg:graphs"
    dialect: str = "auto"
    """``virtuoso``, ``generic``, or ``auto`` (from the server's ``Server`` header)."""
    max_response_bytes: int = 1024 * 1024 * 1024
    """The largest answer read from the server."""

    ENV = {"update_url": "STORE_UPDATE_URL", "auth": "STORE_AUTH", "user": "STORE_USER",
           "password": "STORE_PASSWORD", "token": "STORE_TOKEN", "timeout": "STORE_TIMEOUT",
           "union_graph": "STORE_UNION_GRAPH", "meta_graph": "STORE_META_GRAPH", "dialect": "STORE_DIALECT",
           "batch_bytes": "STORE_BATCH_BYTES"}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> RemoteOptions:
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, var in cls.ENV.items():
            raw = environ.get("ALLIANCEKG_" + var)
            if raw:
                values[name] = float(raw) if name == "timeout" else int(raw) if name == "batch_bytes" else raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)


# -- small pure helpers ------------------------------------------------------------
def _iri(value: str) -> str:
    if any(c in value for c in '<>"{}|^`\\ \n\t'):
        raise QueryError(f"not an IRI: {value!r}")
    return f"<{value}>"


def server_message(text: str, limit: int = 600) -> str:
    """The useful part of a server's error body: Virtuoso echoes the whole
    query after ``SPARQL query:`` (an INSERT DATA may be megabytes)."""
    text = re.split(r"\n\s*SPARQL query:", text, maxsplit=1)[0]
    text = re.sub(r"<[^>]+>", " ", text)  # an HTML error page
    text = re.sub(r"\s+", " ", text).strip()
    return text[:limit] + ("..." if len(text) > limit else "")


def normalise_json_results(doc: dict) -> dict:
    """SPARQL 1.1 JSON results from a server's dialect: Virtuoso writes the
    2007 note's ``typed-literal`` and blank nodes as ``nodeID://b10003``."""
    for row in doc.get("results", {}).get("bindings", []):
        for term in row.values():
            kind = term.get("type")
            if kind == "typed-literal":
                term["type"] = "literal"
            elif kind == "bnode":
                term["value"] = re.sub(r"[^A-Za-z0-9_]", "_", term["value"].removeprefix("nodeID://"))
    doc.setdefault("head", {}).pop("link", None)
    return doc


def query_form(sparql: str) -> str:
    """``select``, ``ask`` or ``graph`` (CONSTRUCT / DESCRIBE) by the first query keyword."""
    from ..guard import tokens

    for kind, value in tokens(sparql):
        if kind == "word":
            upper = value.upper()
            if upper in ("SELECT", "ASK"):
                return upper.lower()
            if upper in ("CONSTRUCT", "DESCRIBE"):
                return "graph"
    raise QueryError("malformed SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")


def query_traits(sparql: str) -> tuple[bool, bool, set[str] | None]:
    """(has its own FROM / FROM NAMED, mentions GRAPH, the graphs it names):
    the names are None when a ``GRAPH ?var`` (or an unresolvable name) may
    range over every named graph."""
    from ..guard import decode_escapes, tokens

    toks = list(tokens(decode_escapes(sparql)))
    has_from = mentions_graph = False
    prefixes: dict[str, str] = {}
    named: set[str] | None = set()
    for i, (kind, value) in enumerate(toks):
        if kind != "word":
            continue
        upper = value.upper()
        if upper == "PREFIX" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].split(":")[0]] = toks[i + 2][1][1:-1]
        elif upper == "FROM":
            has_from = True
        elif upper == "GRAPH" and i + 1 < len(toks):
            mentions_graph = True
            nkind, nvalue = toks[i + 1]
            prefix, _, local = nvalue.partition(":")
            if named is None:
                continue
            if nkind == "iri" and re.match(r"^<[A-Za-z][A-Za-z0-9+.\-]*:", nvalue):
                named.add(nvalue[1:-1])
            elif nkind == "pname" and prefix in prefixes:
                named.add(prefixes[prefix] + local)
            else:
                named = None
    return has_from, mentions_graph, named


_GRAPH_WORDS = {"GRAPH", "WITH", "INTO", "TO", "CREATE", "DROP", "CLEAR", "ADD", "COPY", "MOVE", "USING", "NAMED", "SILENT"}


def update_graphs(sparql: str) -> tuple[set[str], set[str]]:
    """The graphs a SPARQL Update names, and those it CREATEs; raises
    :class:`UnsupportedQuery` for what would reach beyond AllianceKG's graphs on
    a shared server: ``GRAPH ?var``, ``DROP/CLEAR ALL`` and ``NAMED``."""
    from ..guard import decode_escapes, tokens

    toks = list(tokens(decode_escapes(sparql)))
    prefixes: dict[str, str] = {}
    base = ""
    named: set[str] = set()
    created: set[str] = set()
    creating = False
    for i, (kind, value) in enumerate(toks):
        upper = value.upper() if kind == "word" else ""
        if upper == "PREFIX" and i + 2 < len(toks):
            prefixes[toks[i + 1][1].split(":")[0]] = toks[i + 2][1][1:-1]
        elif upper == "BASE" and i + 1 < len(toks):
            base = toks[i + 1][1][1:-1]
        elif upper in ("DROP", "CLEAR") and i + 1 < len(toks):
            nxt = toks[i + 2][1].upper() if toks[i + 1][1].upper() == "SILENT" and i + 2 < len(toks) else toks[i + 1][1].upper()
            if nxt in ("ALL", "NAMED"):
                raise UnsupportedQuery(f"{upper} {nxt} would reach every graph of the shared SPARQL server; "
                                       f"drop AllianceKG's graphs one by one (DROP GRAPH <iri>)")
        creating = creating or upper == "CREATE"
        if upper not in _GRAPH_WORDS or i + 1 >= len(toks):
            continue
        nkind, nvalue = toks[i + 1]
        if nkind == "var" and upper == "GRAPH":
            raise UnsupportedQuery("an update with GRAPH ?variable would range over every graph of the shared SPARQL "
                                   "server (its system graphs too); name the graphs: GRAPH <iri> { ... }")
        if nkind == "iri":
            iri = nvalue[1:-1]
            iri = iri if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", iri) or not base else base + iri
        elif nkind == "pname" and nvalue.split(":")[0] in prefixes:
            prefix, _, local = nvalue.partition(":")
            iri = prefixes[prefix] + local
        else:
            continue
        named.add(iri)
        if creating:
            created.add(iri)
            creating = False
    return named, created


class _MaxRows(Exception):
    """The server cut an answer at ``rows`` rows (Virtuoso's X-SPARQL-MaxRows)."""

    def __init__(self, rows: int) -> None:
        super().__init__(rows)
        self.rows = rows


class _Triples:
    """CONSTRUCT / DESCRIBE triples in the shape EmbeddedResult serialises."""

    def __init__(self, triples: list[ox.Triple]) -> None:
        self._triples = triples

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self._triples)

    def serialize(self, output: Any, format: ox.RdfFormat) -> None:  # noqa: A002 - pyoxigraph's name
        ox.serialize(self._triples, output, format=format)


def _nt(term: Any) -> str:
    return str(term)


# -- the store -----------------------------------------------------------------------
class RemoteStore:
    """A SPARQL 1.1 server as a :class:`~.base.Store`."""

    def __init__(self, spec: str, options: RemoteOptions | None = None, *, read_only: bool = False) -> None:
        if not is_remote_spec(spec):
            raise StoreError(f"{spec}: a remote store is named sparql+http://host:port/path (or sparql+https://)")
        url = spec.split("+", 1)[1]
        parts = urlsplit(url)
        if parts.username or parts.password:
            raise StoreError("put no user or password in the store URL (it would show in logs): give --store-user, "
                             "and the password in ALLIANCEKG_STORE_PASSWORD")
        if not parts.hostname:
            raise StoreError(f"{spec}: the store URL has no host")
        self.options = options or RemoteOptions()
        self.query_url = url
        self.update_url = self.options.update_url or url
        self.location = spec
        self.read_only = read_only
        self.query_timeout: float = self.options.timeout
        self.page_rows = 500_000
        self._generation = 0
        self._marker: str | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._dialect = self.options.dialect if self.options.dialect != "auto" else None
        self._named_cache: tuple[int, list[str]] | None = None
        self.max_named_graphs = 4000
        """The most article graphs a ``GRAPH ?g`` query can range over on Virtuoso (see :meth:`_named_dataset`)."""
        self._big_data_const = True
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.options.timeout, connect=self.options.connect_timeout),
            auth=self._auth(),
            headers={"User-Agent": "AllianceKG remote store"},
            follow_redirects=False,
        )
        self._marker = self._read_marker()  # also checks that the server answers

    def _auth(self) -> httpx.Auth | None:
        o = self.options
        kind = (o.auth or ("basic" if o.user else "")).lower()
        if not kind or kind == "none":
            return None
        if kind == "bearer":
            if not o.token:
                raise StoreError("--store-auth bearer needs the token in ALLIANCEKG_STORE_TOKEN")
            return _Bearer(o.token)
        if kind not in ("basic", "digest"):
            raise StoreError(f"--store-auth {kind!r}: give basic, digest or bearer")
        if not o.user:
            raise StoreError(f"--store-auth {kind} needs --store-user (and ALLIANCEKG_STORE_PASSWORD)")
        cls = httpx.BasicAuth if kind == "basic" else httpx.DigestAuth
        return cls(o.user, o.password or "")

    # -- HTTP ---------------------------------------------------------------------
    def _post(self, url: str, data: dict[str, Any] | list[tuple[str, str]], *, accept: str, what: str,
              timeout: float | None = None, idempotent: bool = True, limit: int | None = None) -> tuple[httpx.Response, bytes]:
        """POST a form; retry what never reached the server (and 502/503/504
        when ``idempotent``) with exponential backoff; turn a refusal into a
        clear error.  Returns the response and its body (at most ``limit`` bytes)."""
        o = self.options
        if isinstance(data, list):  # repeated parameters (default-graph-uri, named-graph-uri)
            form: dict[str, list[str]] = {}
            for k, v in data:
                form.setdefault(k, []).append(v)
            data = form
        attempts = max(1, o.retries + 1)
        t = httpx.Timeout(timeout if timeout else o.timeout, connect=o.connect_timeout)
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                with self._client.stream("POST", url, data=data, headers={"Accept": accept}, timeout=t) as r:
                    if self._dialect is None:
                        self._dialect = "virtuoso" if "virtuoso" in r.headers.get("server", "").lower() else "generic"
                    if r.status_code in _TRANSIENT and idempotent and not last:
                        r.read()
                        log.warning("the SPARQL server answered %s to %s; retrying", r.status_code, what)
                        time.sleep(o.backoff * 2 ** attempt)
                        continue
                    if r.status_code >= 400:
                        body = b"".join(_take(r.iter_bytes(), 64 * 1024))
                        raise self._refusal(r.status_code, body.decode("utf-8", "replace"), what, url)
                    cap = limit or o.max_response_bytes
                    parts, size = [], 0
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > cap:
                            raise ResultTooLarge(f"the server's answer is over the {cap:,} byte limit; ask for less "
                                                 "(add LIMIT, page with OFFSET, or select fewer variables)")
                        parts.append(chunk)
                    return r, b"".join(parts)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as exc:
                sent = isinstance(exc, httpx.RemoteProtocolError)
                if last or (sent and not idempotent):
                    if sent and "disconnected" not in str(exc):  # an answer that came but broke HTTP/1.1
                        raise StoreError(f"the SPARQL server at {_origin(url)} sent an answer that could not be read "
                                         f"({type(exc).__name__}: {exc}); is the store URL a SPARQL endpoint, with no "
                                         "proxy in between that changes the answer?") from None
                    raise StoreError(f"cannot reach the SPARQL server at {_origin(url)} ({type(exc).__name__}: {exc}); "
                                     f"is it running, and is the store URL right?") from None
                log.warning("cannot reach %s (%s); retrying", _origin(url), type(exc).__name__)
                time.sleep(o.backoff * 2 ** attempt)
            except (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout):
                seconds = t.read or 0
                if what == "query":
                    raise QueryTimeout(f"the query ran over the {seconds:g} s time limit and was stopped; make it cheaper "
                                       "(more specific patterns, a LIMIT) or ask the operator for a longer limit") from None
                raise StoreError(f"the SPARQL server at {_origin(url)} did not answer the {what} within {seconds:g} s "
                                 "(ALLIANCEKG_STORE_TIMEOUT); it may still apply it: run the same command again") from None
            except httpx.HTTPError as exc:
                raise StoreError(f"the request to the SPARQL server at {_origin(url)} failed: {type(exc).__name__}: {exc}") from None
        raise AssertionError("unreachable")

    def _refusal(self, status: int, body: str, what: str, url: str) -> Exception:
        msg = server_message(body) or f"HTTP {status}"
        where = _origin(url)
        if status in (401, 403) or "SECURITY" in body or "No permission" in body:
            hint = ("give an account with write rights: --store-update-url (Virtuoso: .../sparql-auth), --store-auth "
                    "basic|digest|bearer, --store-user and ALLIANCEKG_STORE_PASSWORD") if what != "query" else \
                   "check --store-auth, --store-user and ALLIANCEKG_STORE_PASSWORD"
            return StoreError(f"the SPARQL server at {where} refused the {what} ({status}): {msg}; {hint}")
        if status >= 500 and what == "query" and body.lstrip().startswith(("{", "<?xml", "<sparql")):
            return QueryTimeout("the query ran over the time limit and was stopped by the SPARQL server; make it "
                                "cheaper (more specific patterns, a LIMIT) or ask the operator for a longer limit")
        if "estimated execution time" in body or "S1TAT" in body or re.search(r"(?i)\btimeout\b|timed out", msg):
            return QueryTimeout(f"the SPARQL server stopped the {what} as too expensive: {msg}; make it cheaper "
                                "(more specific patterns, a LIMIT)")
        if status == 413:
            return StoreError(f"the SPARQL server at {where} refused a {what} as too large ({msg}); "
                              "lower ALLIANCEKG_STORE_BATCH_BYTES")
        if what in ("query", "update") and (status == 400 or "syntax error" in body or "SPARQL compiler" in body):
            return QueryError(f"malformed SPARQL {what} (the server says: {msg})")
        return StoreError(f"the SPARQL server at {where} refused the {what} ({status}): {msg}")

    def _select(self, sparql: str) -> list[dict[str, Any]]:
        """An internal SELECT's rows as Python values.  Internal queries name
        their graphs (GRAPH <iri>) and send no dataset: once a protocol
        request names a default graph, Virtuoso (like the spec) matches
        GRAPH <iri> only against the named graphs it also names."""
        return self._result(sparql, "select", default_graphs=None, named=None, restrict=False).rows()

    def _result(self, sparql: str, form: str, *, default_graphs: list[str] | None, named: list[str] | None,
                restrict: bool, what: str = "read") -> EmbeddedResult:
        params: list[tuple[str, str]] = []
        text = sparql
        if restrict:
            named = self._named_dataset()
            if self.dialect == "virtuoso" and len(named) > self.max_named_graphs:
                raise QueryError(f"GRAPH ?g over all {len(named):,} article graphs is more than the SPARQL server "
                                 f"takes in one query ({self.max_named_graphs:,}); name the graphs (GRAPH <iri>, or "
                                 "FROM NAMED), or query the union default graph without GRAPH")
        if self.dialect == "virtuoso" and named:
            # Virtuoso echoes every named-graph-uri parameter as an X-SPARQL-named-graph header: past about
            # 1,500 graphs the header block is over the 100 KB httpx reads and the answer is lost.  Its DEFINE
            # pragmas name the same dataset with no echo (and compile in half the time); all on the query's first
            # line, so that the server's error messages keep the user's line numbers.
            text = " ".join(f"DEFINE input:named-graph-uri {_iri(g)}" for g in named) + " " + sparql
            named = None
        params.append(("query", text))
        params += [("default-graph-uri", g) for g in default_graphs or []]
        params += [("named-graph-uri", g) for g in named or []]
        if self.dialect == "virtuoso" and what == "query" and self.query_timeout:
            params.append(("timeout", str(int(self.query_timeout * 1000))))
        timeout = self.query_timeout if what == "query" and self.query_timeout else None
        accept = _NTRIPLES if form == "graph" else _JSON_RESULTS
        r, body = self._post(self.query_url, params, accept=accept, what="query" if what == "query" else "read",
                             timeout=timeout)
        if "x-sparql-maxrows" in r.headers:
            raise _MaxRows(int(r.headers["x-sparql-maxrows"]))
        # Virtuoso's "anytime" answer, partial results: flagged by an X-SQL-State: S1TAT header, or (when the request
        # carries a timeout, as ours do) by HTTP 206 with no such header (openlink/virtuoso-opensource#1034, #1340);
        # no SPARQL server has another use for 206 on a request with no Range header
        if r.status_code == 206 or r.headers.get("x-sql-state", "").upper() == "S1TAT":
            raise QueryTimeout("the query ran over the time limit and the SPARQL server answered only part of it; "
                               "make it cheaper (more specific patterns, a LIMIT) or ask the operator for a longer limit")
        try:
            if form == "graph":
                triples = [q.triple if isinstance(q, ox.Quad) else q
                           for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
                return EmbeddedResult(_Triples(triples))
            doc = normalise_json_results(json.loads(body))
            raw = ox.parse_query_results(json.dumps(doc).encode(), format=ox.QueryResultsFormat.JSON)
        except (ValueError, SyntaxError) as exc:
            raise StoreError(f"the SPARQL server's answer could not be read ({exc}); "
                             f"is {self.query_url} a SPARQL endpoint?") from None
        return EmbeddedResult(raw)

    @property
    def dialect(self) -> str:
        if self._dialect is None:
            self._read_marker()
        return self._dialect or "generic"

    def _named_dataset(self) -> list[str]:
        """AllianceKG's graphs as the query's named graphs (cached per
        generation), so that GRAPH ?g sees neither the server's other graphs
        (Virtuoso's system graphs) nor the union and the registry.

        Virtuoso compiles a dataset into one SQL list and refuses one of 5,000
        graphs (4,000 measured to work on 7.2; its
        ``input:named-graph-exclude`` pragma, the way round, loses the default
        graph beside GRAPH ?g), so past :attr:`max_named_graphs` such a query
        is refused with what to do instead."""
        gen = self.generation
        cached = self._named_cache
        if cached is not None and cached[0] == gen:
            return cached[1]
        named = self.graphs() or [EMPTY_GRAPH]
        self._named_cache = (gen, named)
        return named

    def _update(self, ops: list[str], *, what: str = "write", idempotent: bool = True) -> None:
        ops = [op for op in ops if op]
        if not ops:
            return
        if self.read_only:
            raise StoreError(f"{self.location} was opened read-only")
        text = " ;\n".join(ops)
        with self._write_lock:
            if self.dialect == "virtuoso" and self._big_data_const:
                # Virtuoso turns the constants of INSERT DATA into SQL text by default
                # (sql:big-data-const 0): 50 articles in one request took 13.6 s, 0.18 s with this;
                # where a request must go through SQL text (the anonymous endpoint) it is refused
                try:
                    self._post(self.update_url, {"update": "DEFINE sql:big-data-const 1\n" + text}, accept="*/*",
                               what=what, idempotent=idempotent)
                except (StoreError, QueryError) as exc:
                    if "big-data-const 0" not in str(exc):
                        raise
                    self._big_data_const = False
                    self._post(self.update_url, {"update": text}, accept="*/*", what=what, idempotent=idempotent)
            else:
                self._post(self.update_url, {"update": text}, accept="*/*", what=what, idempotent=idempotent)
            with self._lock:
                self._generation += 1

    # -- the change marker and generation -----------------------------------------
    def _read_marker(self) -> str | None:
        m = _iri(self.options.meta_graph)
        r, body = self._post(self.query_url, [("query", f"SELECT ?v WHERE {{ GRAPH {m} {{ {m} <{CHANGED}> ?v }} }}")],
                             accept=_JSON_RESULTS, what="read")
        try:
            rows = json.loads(body)["results"]["bindings"]
        except (ValueError, KeyError):
            raise StoreError(f"{self.query_url} did not answer like a SPARQL endpoint") from None
        return rows[0]["v"]["value"] if rows else None

    def _bump(self) -> tuple[str, str]:
        """The ops that rewrite the change marker (another process's cache key)."""
        m = _iri(self.options.meta_graph)
        new = uuid.uuid4().hex
        self._marker = new
        return (f"DELETE WHERE {{ GRAPH {m} {{ {m} <{CHANGED}> ?v }} }}",
                f'INSERT DATA {{ GRAPH {m} {{ {m} <{CHANGED}> "{new}" }} }}')

    @property
    def generation(self) -> int:
        """Grows with every write through this object, and (checked at most
        once a second) when another process changed the marker."""
        now = time.monotonic()
        if now - self._checked >= 1.0:
            self._checked = now
            try:
                marker = self._read_marker()
            except (StoreError, QueryTimeout):
                marker = self._marker
            with self._lock:
                if marker != self._marker:
                    self._marker = marker
                    self._generation += 1
        return self._generation

    # -- SPARQL building blocks ---------------------------------------------------
    def _registered(self, g: str) -> str:
        return f"{_iri(g)} <{RDF_TYPE}> <{SD_NAMED_GRAPH}>"

    def _remove_from_union(self, graph: str) -> str:
        u, m, g = _iri(self.options.union_graph), _iri(self.options.meta_graph), _iri(graph)
        return (f"DELETE {{ GRAPH {u} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH {m} {{ ?other <{RDF_TYPE}> <{SD_NAMED_GRAPH}> }} "
                f"GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }}")

    def _add_to_union(self, graph: str) -> str:
        return f"INSERT {{ GRAPH {_iri(self.options.union_graph)} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}"

    def _register(self, graphs: Iterable[str]) -> str:
        body = " . ".join(self._registered(g) for g in graphs)
        return f"INSERT DATA {{ GRAPH {_iri(self.options.meta_graph)} {{ {body} }} }}" if body else ""

    def _unregister(self, graphs: Iterable[str]) -> str:
        body = " . ".join(self._registered(g) for g in graphs)
        return f"DELETE DATA {{ GRAPH {_iri(self.options.meta_graph)} {{ {body} }} }}" if body else ""

    @staticmethod
    def _insert(graph: str, lines: list[str], bnodes: bool) -> str:
        if not lines:
            return ""
        # Virtuoso's SPARQL parser runs out of memory on ~5000+ triples in one GRAPH block
        block = "\n".join(f"GRAPH {_iri(graph)} {{\n" + "\n".join(lines[i:i + 2000]) + "\n}"
                          for i in range(0, len(lines), 2000))
        # Virtuoso refuses blank nodes in INSERT DATA ("not allowed in a constant
        # clause"); a template with an empty pattern makes them, one per label
        return f"INSERT {{\n{block}\n}} WHERE {{ }}" if bnodes else f"INSERT DATA {{\n{block}\n}}"

    # -- writes ---------------------------------------------------------------------
    def _replace(self, graphs: list[str], quads: list[ox.Quad]) -> None:
        """Replace each of ``graphs`` with its quads: one update request, or
        for a large load batches staged in temporary graphs and one request
        that moves them into place."""
        graphs = list(dict.fromkeys(graphs))
        if len(graphs) > GRAPHS_PER_REQUEST:
            # Virtuoso compiles a request into at most 10000 lines of SQL (about 2000
            # operations): a load of many graphs goes in groups, each all-or-nothing
            by_name: dict[str, list[ox.Quad]] = defaultdict(list)
            for q in quads:
                by_name[q.graph_name.value].append(q)
            for i in range(0, len(graphs), GRAPHS_PER_REQUEST):
                group = graphs[i:i + GRAPHS_PER_REQUEST]
                self._replace(group, [q for g in group for q in by_name[g]])
            return
        by_graph: dict[str, tuple[list[str], list[str]]] = {g: ([], []) for g in graphs}
        for q in quads:
            line = f"{_nt(q.subject)} {_nt(q.predicate)} {_nt(q.object)} ."
            has_bnode = isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)
            by_graph[q.graph_name.value][1 if has_bnode else 0].append(line)
        size = sum(len(line) + 1 for plain, bn in by_graph.values() for line in (*plain, *bn))
        staged: dict[str, str] = {}
        try:
            if size > self.options.batch_bytes:
                staged = self._stage({g: plain for g, (plain, _) in by_graph.items()})
            existing = self._registered_among(graphs)
            # what only an old graph held leaves the union (a new graph had nothing:
            # skipped, as Virtuoso takes time that grows with the store for it)
            ops = [self._remove_from_union(g) for g in graphs if g in existing]
            ops += [f"DROP SILENT GRAPH {_iri(g)}" for g in graphs]
            for g, (plain, bn) in by_graph.items():
                if g in staged:
                    ops.append(f"ADD {_iri(staged[g])} TO {_iri(g)}")
                    ops.append(f"DROP SILENT GRAPH {_iri(staged[g])}")
                else:
                    ops.append(self._insert(g, plain, False))
                ops.append(self._insert(g, bn, True))
            for g, (plain, bn) in by_graph.items():
                if g in staged or bn:  # copied on the server: blank nodes keep their identity
                    ops.append(self._add_to_union(g))
                else:  # the same constants again: cheaper on Virtuoso than INSERT ... WHERE (7 ms vs 24-400 ms at 600k quads)
                    ops.append(self._insert(self.options.union_graph, plain, False))
            ops.append(self._unregister(existing))
            ops.append(self._register(g for g, (plain, bn) in by_graph.items() if plain or bn))
            ops += self._bump()
            self._update(ops)
            staged = {}
        finally:
            if staged:
                self._drop_staging(staged.values())

    def _registered_among(self, graphs: list[str]) -> set[str]:
        """Which of ``graphs`` are registered (one request)."""
        values = " ".join(_iri(g) for g in graphs)
        rows = self._select(f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH {_iri(self.options.meta_graph)} "
                            f"{{ ?g <{RDF_TYPE}> <{SD_NAMED_GRAPH}> }} }}")
        return {str(r["g"]) for r in rows}

    def _stage(self, plain: dict[str, list[str]]) -> dict[str, str]:
        """Write each graph's bnode-free triples into a temporary graph, in
        requests of at most ``batch_bytes``; returns graph -> staging graph."""
        staged: dict[str, str] = {}
        try:
            for g, lines in plain.items():
                if not lines:
                    continue
                staged[g] = f"{STAGING}{uuid.uuid4().hex}"
                batch: list[str] = []
                size = 0
                for line in lines:
                    if batch and size + len(line) > self.options.batch_bytes:
                        self._update([self._insert(staged[g], batch, False)], what="staged write")
                        batch, size = [], 0
                    batch.append(line)
                    size += len(line) + 1
                self._update([self._insert(staged[g], batch, False)], what="staged write")
        except BaseException:
            self._drop_staging(staged.values())
            raise
        return staged

    def _drop_staging(self, graphs: Iterable[str]) -> None:
        try:
            self._update([f"DROP SILENT GRAPH {_iri(g)}" for g in graphs], what="clean-up")
        except Exception as exc:  # noqa: BLE001 - the original error matters more
            log.warning("could not drop staging graphs: %s", exc)

    def replace_graph(self, graph: str, triples: Iterable[tuple]) -> None:
        g = ox.NamedNode(graph)
        quads = [ox.Quad(from_rdflib(s), from_rdflib(p), from_rdflib(o), g) for s, p, o in triples]
        self._replace([graph], quads)

    def load_rdf(self, data: bytes, fmt: str, graph: str) -> list[str]:
        quads, names = parse_document(data, fmt, graph)
        self._replace(names, quads)
        return names

    def write_graph(self, graph: str | None, data: bytes, fmt: str, *, replace: bool) -> int:
        quads = parse_one_graph(data, fmt, graph)
        if replace:
            self._replace([graph], quads)
            if not quads:
                self._update([self._register([graph]), *self._bump()])  # PUT of an empty graph: it exists, empty
        else:
            plain = [f"{q.subject} {q.predicate} {q.object} ." for q in quads if not _has_bnode(q)]
            bn = [f"{q.subject} {q.predicate} {q.object} ." for q in quads if _has_bnode(q)]
            union = self._add_to_union(graph) if bn else self._insert(self.options.union_graph, plain, False)
            self._update([self._insert(graph, plain, False), self._insert(graph, bn, True), union,
                          self._register([graph]), *self._bump()])
        return len(quads)

    def drop_graph(self, graph: str | None) -> bool:
        if graph is None:
            raise UnsupportedQuery(_DEFAULT_IS_UNION)
        return self.remove_graph(graph)

    def remove_graph(self, graph: str) -> bool:
        if not self.has_graph(graph):
            return False
        self._update([self._remove_from_union(graph), f"DROP SILENT GRAPH {_iri(graph)}", self._unregister([graph]),
                      *self._bump()])
        return True

    def update(self, sparql: str) -> None:
        """Apply a SPARQL 1.1 Update, then bring the registry and the union up
        to date for the graphs it names, in the same request.  Refused: writes
        to the default graph (the union), ``GRAPH ?var``, ``DROP ALL``."""
        what = default_graph_write(sparql)
        if what is not None:
            raise UnsupportedQuery(f"{what}: {_DEFAULT_IS_UNION}")
        named, created = update_graphs(sparql)
        own = {self.options.union_graph, self.options.meta_graph}
        if named & own or any(g.startswith(STAGING) for g in named):
            raise UnsupportedQuery(f"{', '.join(sorted(named & own))} hold AllianceKG's own bookkeeping; write other graphs")
        u, m = _iri(self.options.union_graph), _iri(self.options.meta_graph)
        reg = f"<{RDF_TYPE}> <{SD_NAMED_GRAPH}>"
        ops = [sparql.rstrip().rstrip(";") + "\n"]
        for g in sorted(named):
            ops.append(f"INSERT {{ GRAPH {m} {{ {_iri(g)} {reg} }} }} WHERE {{ GRAPH {_iri(g)} {{ ?s ?p ?o }} }}")
            if g not in created:
                ops.append(f"DELETE {{ GRAPH {m} {{ {_iri(g)} {reg} }} }} WHERE {{ GRAPH {m} {{ {_iri(g)} {reg} }} "
                           f"FILTER NOT EXISTS {{ GRAPH {_iri(g)} {{ ?s ?p ?o }} }} }}")
        ops.append(self._register(created))
        if named:  # what left the named graphs leaves the union; what came in joins it
            ops.append(f"DELETE {{ GRAPH {u} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {u} {{ ?s ?p ?o }} FILTER NOT EXISTS "
                       f"{{ GRAPH {m} {{ ?g {reg} }} GRAPH ?g {{ ?s ?p ?o }} }} }}")
            ops += [self._add_to_union(g) for g in sorted(named)]
        ops += self._bump()
        self._update(ops, what="update", idempotent=False)

    def resync_union(self) -> None:
        """Rebuild the union graph from the registered graphs."""
        u, m = _iri(self.options.union_graph), _iri(self.options.meta_graph)
        reg = f"<{RDF_TYPE}> <{SD_NAMED_GRAPH}>"
        self._update([f"DROP SILENT GRAPH {u}",
                      f"INSERT {{ GRAPH {u} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {m} {{ ?g {reg} }} GRAPH ?g {{ ?s ?p ?o }} }}",
                      *self._bump()])

    def clear(self) -> None:
        """Remove every graph AllianceKG registered, the union and the
        registry (never the server's other graphs)."""
        ops = [f"DROP SILENT GRAPH {_iri(g)}" for g in self.graphs()]
        stale = self._post(self.query_url, [("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                                                      f'FILTER(STRSTARTS(STR(?g), "{STAGING}")) }}')],
                           accept=_JSON_RESULTS, what="read")[1]
        ops += [f"DROP SILENT GRAPH {_iri(b['g']['value'])}" for b in json.loads(stale)["results"]["bindings"] if "g" in b]
        for i in range(0, len(ops), GRAPHS_PER_REQUEST):
            self._update(ops[i:i + GRAPHS_PER_REQUEST], what="clean-up")
        self._update([f"DROP SILENT GRAPH {_iri(self.options.union_graph)}", f"DROP SILENT GRAPH {_iri(self.options.meta_graph)}"])
        self._marker = None

    # -- reads ------------------------------------------------------------------------
    def query(self, sparql: str, *, union_default_graph: bool = True, default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> EmbeddedResult:
        form = query_form(sparql)
        has_from, mentions_graph, graph_names = query_traits(sparql)
        if default_graphs:
            defaults: list[str] | None = list(default_graphs)
        elif has_from:
            defaults = None  # the query's own FROM clauses
        else:
            defaults = [self.options.union_graph if union_default_graph else EMPTY_GRAPH]
        named = list(named_graphs or [])
        restrict = False
        if not named and not has_from and mentions_graph:
            if graph_names:  # only GRAPH <iri>: those graphs are the named graphs it needs
                named = sorted(graph_names)
            else:  # GRAPH ?g: AllianceKG's graphs, never the server's others
                restrict = True
        try:
            return self._result(sparql, form, default_graphs=defaults, named=named or None, restrict=restrict, what="query")
        except _MaxRows as cut:
            raise ResultTooLarge(f"the SPARQL server cut the answer at {cut.rows:,} rows (Virtuoso: [SPARQL] "
                                 "ResultSetMaxRows in virtuoso.ini); ask for less (LIMIT, OFFSET), or raise that limit") from None

    def has_graph(self, graph: str) -> bool:
        m = _iri(self.options.meta_graph)
        return self._result(f"ASK {{ GRAPH {m} {{ {self._registered(graph)} }} }}", "ask",
                            default_graphs=None, named=None, restrict=False).boolean

    def graphs(self) -> list[str]:
        m = _iri(self.options.meta_graph)
        rows = self._select(f"SELECT ?g WHERE {{ GRAPH {m} {{ ?g <{RDF_TYPE}> <{SD_NAMED_GRAPH}> }} }}")
        return sorted(str(r["g"]) for r in rows)

    def count(self, graph: str | None = None) -> int:
        """Quads in AllianceKG's graphs, or triples in one of them."""
        if graph is not None:
            q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}"
        else:
            m = _iri(self.options.meta_graph)
            q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {m} {{ ?g <{RDF_TYPE}> <{SD_NAMED_GRAPH}> }} GRAPH ?g {{ ?s ?p ?o }} }}"
        return int(self._select(q)[0]["n"])

    def union_size(self) -> int:
        return int(self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {_iri(self.options.union_graph)} {{ ?s ?p ?o }} }}")[0]["n"])

    def _solutions(self, select: str, order: str) -> list[Any]:
        """Every solution of an internal SELECT, in pages when the server caps
        its answers (Virtuoso: ResultSetMaxRows, and 2^20 rows per response):
        one unordered request first; only a full page is redone in ``order``."""
        page = self.page_rows
        while True:
            try:
                first = list(self._result(f"{select} LIMIT {page}", "select", default_graphs=None,
                                          named=None, restrict=False)._raw)
                break
            except _MaxRows as cut:
                page = max(1, min(page - 1, cut.rows))
        if len(first) < page:
            return first
        out: list[Any] = []
        offset = 0
        while True:
            got = list(self._result(f"{select} ORDER BY {order} LIMIT {page} OFFSET {offset}", "select",
                                    default_graphs=None, named=None, restrict=False)._raw)
            out += got
            if len(got) < page:
                return out
            offset += page

    def _triples_of(self, graph: str) -> list[ox.Triple]:
        rows = self._solutions(f"SELECT ?s ?p ?o WHERE {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}", "?s ?p ?o")
        return [ox.Triple(r["s"], r["p"], r["o"]) for r in rows]

    def read_graph(self, graph: str | None, fmt: str) -> bytes:
        triples = self._triples_of(self.options.union_graph if graph is None else graph)
        return ox.serialize(triples, format=_rdf_format(fmt))

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        f = get_format(fmt)
        rdf_format = _rdf_format(f.name)
        if graph is not None:
            return ox.serialize(self._triples_of(graph), format=rdf_format)
        if not f.quads:  # a triples format: the union of all graphs
            return ox.serialize(self._triples_of(self.options.union_graph), format=rdf_format)
        m = _iri(self.options.meta_graph)
        rows = self._solutions(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH {m} {{ ?g <{RDF_TYPE}> <{SD_NAMED_GRAPH}> }} "
                               "GRAPH ?g { ?s ?p ?o } }", "?g ?s ?p ?o")
        rows.sort(key=lambda r: r["g"].value)
        return ox.serialize((ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows), format=rdf_format)

    def flush(self) -> None:
        """Writes are durable when the server answers."""

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r})"


def _has_bnode(q: ox.Quad) -> bool:
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


def _take(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    size = 0
    for chunk in chunks:
        yield chunk
        size += len(chunk)
        if size >= limit:
            return


def _origin(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{p.hostname}{f':{p.port}' if p.port else ''}{p.path}"


class _Bearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request):
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "_Bearer(***)"


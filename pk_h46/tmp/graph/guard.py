"""Which remote endpoints a SPARQL query or update would make this server
contact, and whether policy allows it (pure functions).

Oxigraph executes ``SERVICE <iri> {...}`` in queries and ``LOAD <iri>`` in
updates by fetching the IRI over HTTP: on a public endpoint both are SSRF
vectors (cloud metadata at 169.254.169.254, services on loopback, the
deployment's private network).  :func:`remote_targets` finds every such
target the way the SPARQL grammar does: after codepoint escapes are decoded
(``SERVIC\\u0045`` is ``SERVICE``), outside comments, strings and IRIs,
with relative IRIs resolved against ``BASE`` and prefixed names expanded.
:func:`check_remote_access` refuses each target unless the allow-list names
it, and always refuses variables (``SERVICE ?x``), non-HTTP schemes and
addresses on loopback, link-local, private or unspecified networks written
as IP literals.

:func:`check_complexity` refuses, before the engine parses it, a query or
update nested deeper than :data:`MAX_NESTING` brackets or chaining more than
:data:`MAX_OPERATORS` operators: Oxigraph's parser and evaluator recurse over
them, and a few thousand levels (``{{{{...``, ``1+1+1+...``, ``?s <p>/<p>/...``,
``... UNION ... UNION ...``, a request of a few kilobytes) overflow the
stack and kill the process (a segmentation fault, not an error), while
nested collections ``((((1))))`` take seconds from about 60 levels on.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .errors import QueryError, RemoteAccessRefused

__all__ = ["RemoteTarget", "remote_targets", "check_remote_access", "check_complexity", "decode_escapes", "tokens",
           "MAX_NESTING", "MAX_OPERATORS"]


@dataclass(frozen=True)
class RemoteTarget:
    keyword: str
    """``SERVICE`` or ``LOAD``."""
    target: str
    """The absolute IRI, or ``?var`` for a variable endpoint."""


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def decode_escapes(text: str) -> str:
    """SPARQL's codepoint escapes, applied before parsing (SPARQL 1.1, 19.2)."""
    if "\\u" not in text and "\\U" not in text:
        return text

    def sub(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        try:
            return chr(code)
        except (ValueError, OverflowError):
            return m.group(0)

    return _ESCAPE.sub(sub, text)


# One token at a time; order matters (long strings before short ones).
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<pname>(?:[A-Za-z\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*)?:(?:[\w\-\u00B7\u00C0-\uFFFF:%\\]|\.(?=[\w\-:%]))*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def tokens(text: str) -> Iterable[tuple[str, str]]:
    """SPARQL tokens as ``(kind, text)``, white space and comments left out."""
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        yield kind, m.group()


def remote_targets(sparql: str) -> list[RemoteTarget]:
    """Every endpoint a SERVICE or LOAD in ``sparql`` names, resolved."""
    text = decode_escapes(sparql)
    if not re.search(r"(?i)service|load", text):
        return []  # the common case costs one scan
    toks = list(tokens(text))
    base: str | None = None
    prefixes: dict[str, str] = {}
    found: list[RemoteTarget] = []

    def resolve(kind: str, value: str) -> str:
        if kind == "iri":
            iri = value[1:-1]
            return urljoin(base, iri) if base else iri
        if kind == "pname":
            prefix, _, local = value.partition(":")
            ns = prefixes.get(prefix)
            return ns + local if ns is not None else value
        return value

    i = 0
    while i < len(toks):
        kind, value = toks[i]
        upper = value.upper() if kind in ("word", "pname") else ""
        if kind == "word" and upper == "BASE" and i + 1 < len(toks) and toks[i + 1][0] == "iri":
            base = resolve("iri", toks[i + 1][1])
            i += 2
            continue
        if kind == "word" and upper == "PREFIX" and i + 2 < len(toks) and toks[i + 1][0] == "pname" and toks[i + 2][0] == "iri":
            prefixes[toks[i + 1][1].rstrip(":").split(":")[0]] = resolve("iri", toks[i + 2][1])
            i += 3
            continue
        if kind == "word" and upper in ("SERVICE", "LOAD"):
            j = i + 1
            if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "SILENT":
                j += 1
            if j < len(toks):
                tkind, tvalue = toks[j]
                target = resolve(tkind, tvalue) if tkind in ("iri", "pname", "var") else tvalue
                found.append(RemoteTarget(upper, target))
            else:
                found.append(RemoteTarget(upper, ""))
            i = j + 1
            continue
        i += 1
    return found


_BLOCKED_HOSTS = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", "metadata.google.internal"}


def _unsafe_host(host: str) -> str | None:
    """Why ``host`` may never be contacted, or None."""
    host = host.strip("[]").lower().rstrip(".")
    if not host:
        return "it names no host"
    if host in _BLOCKED_HOSTS or host.endswith(".localhost"):
        return f"{host} is this machine"
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        # Decimal, octal and hex spellings of IPv4 (http://2130706433/) are read by some clients.
        if re.fullmatch(r"(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}", host):
            return f"{host} is a numeric address in an unusual spelling"
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    if addr.is_loopback or addr.is_link_local or addr.is_private or addr.is_unspecified or addr.is_multicast or addr.is_reserved:
        return f"{host} is a loopback, link-local, private or reserved address"
    return None


def _allows(entry: str, target: str) -> bool:
    """An entry names one endpoint, or every endpoint below it when it ends in ``/``."""
    if entry.endswith("/"):
        return target.startswith(entry)
    return target.rstrip("/") == entry.rstrip("/")


def check_remote_access(sparql: str, allowed: Iterable[str] = ()) -> list[RemoteTarget]:
    """Raise :class:`RemoteAccessRefused` unless every SERVICE and LOAD target
    in ``sparql`` is an HTTP(S) endpoint named in ``allowed`` (exactly, or as a
    prefix ending in ``/``) on a public address.  Returns the targets."""
    allow = [a.strip() for a in allowed if a.strip()]
    targets = remote_targets(sparql)
    for t in targets:
        if not t.target or t.target.startswith(("?", "$")):
            raise RemoteAccessRefused(f"{t.keyword} with a variable or missing endpoint is not allowed; name the endpoint")
        parts = urlsplit(t.target)
        if parts.scheme.lower() not in ("http", "https"):
            raise RemoteAccessRefused(f"{t.keyword} <{t.target}> is refused: only http and https endpoints can be allowed")
        why = _unsafe_host(parts.hostname or "")
        if why:
            raise RemoteAccessRefused(f"{t.keyword} <{t.target}> is refused: {why}")
        if not any(_allows(a, t.target) for a in allow):
            if not allow:
                raise RemoteAccessRefused(
                    f"{t.keyword} <{t.target}> is refused: this server contacts no remote endpoints "
                    "(its operator can allow some with ALLIANCEKG_REMOTE_ENDPOINTS)"
                )
            raise RemoteAccessRefused(
                f"{t.keyword} <{t.target}> is refused: it is not one of the allowed endpoints ({', '.join(allow)})"
            )
    return targets


MAX_NESTING = 40
"""The deepest bracket nesting (``{`` ``(`` ``[``) a query or update may have."""
MAX_OPERATORS = 2000
"""The most operators (``+ - * / | ! ^ & = < >``, ``UNION``, ``OPTIONAL``, ``MINUS``) one may have."""
_OPERATOR_CHARS = frozenset("+-*/|!^&=<>")
_OPERATOR_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS"})


def check_complexity(sparql: str, *, max_nesting: int = MAX_NESTING, max_operators: int = MAX_OPERATORS) -> None:
    """Raise :class:`QueryError` when ``sparql`` nests brackets deeper than
    ``max_nesting`` or holds more than ``max_operators`` operators (outside
    strings, IRIs and comments)."""
    depth = deepest = operators = 0
    for kind, value in tokens(decode_escapes(sparql)):
        if kind == "other":
            if value in "({[":
                depth += 1
                deepest = max(deepest, depth)
            elif value in ")}]":
                depth = max(0, depth - 1)
            elif value in _OPERATOR_CHARS:
                operators += 1
        elif kind == "word" and value.upper() in _OPERATOR_WORDS:
            operators += 1
        if deepest > max_nesting:
            raise QueryError(f"the query nests brackets more than {max_nesting} levels deep; "
                             "flatten it (this server refuses deeper nesting)")
        if operators > max_operators:
            raise QueryError(f"the query chains more than {max_operators} operators (+ - * / | ! && || = UNION OPTIONAL ...); "
                             "split it into smaller queries, or use VALUES or IN lists")

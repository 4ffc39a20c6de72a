"""SERVICE and LOAD targets found the way the SPARQL grammar reads them.

The oracle: Oxigraph itself.  It refuses to contact port 9 with a message of
its own, so for every query the guard lets through, running it must never
produce that message (the guard missed no call Oxigraph would make)."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from alliancekg.graph.errors import RemoteAccessRefused
from alliancekg.graph.guard import check_remote_access, decode_escapes, remote_targets

TRAP = "http://127.0.0.1:9/sparql"


@pytest.mark.parametrize("query, targets", [
    ("SELECT * { ?s ?p ?o }", []),
    (f"SELECT * {{ SERVICE <{TRAP}> {{ ?s ?p ?o }} }}", [("SERVICE", TRAP)]),
    (f"select * {{ service silent <{TRAP}> {{ ?s ?p ?o }} }}", [("SERVICE", TRAP)]),
    ("BASE <http://127.0.0.1:9/> SELECT * { SERVICE <sparql> { ?s ?p ?o } }", [("SERVICE", TRAP)]),
    ("PREFIX t: <http://127.0.0.1:9/> SELECT * { SERVICE t:sparql { ?s ?p ?o } }", [("SERVICE", TRAP)]),
    ("SELECT * { SERVICE ?e { ?s ?p ?o } }", [("SERVICE", "?e")]),
    ("SELECT * { SERVIC\\u0045 <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", [("SERVICE", TRAP)]),
    ("SELECT * { SERVICE <http://127.0.0.1:9/\\u0073parql> { ?s ?p ?o } }", [("SERVICE", TRAP)]),
    ('SELECT ?x { BIND("SERVICE <http://127.0.0.1:9/sparql>" AS ?x) }', []),
    ("SELECT ?x { BIND('''it's SERVICE <x> ''' AS ?x) }", []),
    ("# SERVICE <http://127.0.0.1:9/sparql>\nSELECT * { ?s ?p ?o }", []),
    ("SELECT * { ?s <http://ex/SERVICE> ?o . ?s <urn:LOAD> ?x }", []),
    ("SELECT * { ?service ?load ?o }", []),
    ("LOAD <http://127.0.0.1:9/x.ttl> INTO GRAPH <urn:g>", [("LOAD", "http://127.0.0.1:9/x.ttl")]),
    ("LOAD SILENT <file:///etc/passwd>", [("LOAD", "file:///etc/passwd")]),
])
def test_targets(query, targets):
    assert [(t.keyword, t.target) for t in remote_targets(query)] == targets


@pytest.mark.parametrize("endpoint, why", [
    ("http://127.0.0.1:9/sparql", "loopback"),
    ("http://localhost/sparql", "this machine"),
    ("http://[::1]/sparql", "loopback"),
    ("http://[::ffff:127.0.0.1]/sparql", "loopback"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://10.1.2.3/sparql", "private"),
    ("http://192.168.0.10/sparql", "private"),
    ("http://0.0.0.0/sparql", "reserved"),
    ("http://2130706433/sparql", "unusual spelling"),
    ("http://0x7f.1/sparql", "unusual spelling"),
    ("file:///etc/passwd", "only http and https"),
    ("gopher://example.org/", "only http and https"),
])
def test_unsafe_endpoints_are_refused_even_when_allowed(endpoint, why):
    q = f"SELECT * {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"
    with pytest.raises(RemoteAccessRefused, match=why):
        check_remote_access(q, allowed=[endpoint])


def test_allow_list_names_exact_endpoints_or_prefixes():
    q = "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
    assert check_remote_access(q, ["https://query.wikidata.org/sparql"])
    assert check_remote_access(q, ["https://query.wikidata.org/"])
    with pytest.raises(RemoteAccessRefused, match="not one of the allowed"):
        check_remote_access(q, ["https://query.wikidata.org/sparql-other"])
    with pytest.raises(RemoteAccessRefused, match="contacts no remote endpoints"):
        check_remote_access(q, [])
    with pytest.raises(RemoteAccessRefused, match="variable"):
        check_remote_access("SELECT * { SERVICE ?x { ?s ?p ?o } }", ["https://query.wikidata.org/"])


def test_escapes_decode_as_the_grammar_says():
    assert decode_escapes("SERVIC\\u0045 \\U0001F600") == "SERVICE \U0001F600"
    assert decode_escapes("\\uZZZZ") == "\\uZZZZ"


def _calls_service(query: str) -> bool:
    """Whether Oxigraph tried to contact the trap endpoint for ``query``."""
    try:
        result = ox.Store().query(query)
        if isinstance(result, ox.QuerySolutions):
            list(result)
    except OSError as exc:
        return "port 9" in str(exc)
    except (SyntaxError, ValueError, RuntimeError):
        return False
    return False


def test_no_call_oxigraph_would_make_slips_past_the_guard():
    rng = random.Random(11)
    pieces = [
        f"SERVICE <{TRAP}> {{ ?s ?p ?o }}", f"SERVICE SILENT <{TRAP}> {{ ?s ?p ?o }}",
        "SERVIC\\u0045 <http://127.0.0.1:9/sparql> { ?s ?p ?o }", "service <sparql> { ?s ?p ?o }",
        "SERVICE t:sparql { ?s ?p ?o }", '"SERVICE <x>"', "'''a ' SERVICE b'''", '"""q " SERVICE """',
        "# SERVICE <http://127.0.0.1:9/sparql>\n", "?s ?p ?o .", "{ ?s ?p ?o }", "OPTIONAL { ?s ?p ?o }",
        'BIND("\\"" AS ?q)', "FILTER(?o != <urn:SERVICE>)", "\n", "UNION", ".",
    ]
    prologues = ["", "BASE <http://127.0.0.1:9/> ", "PREFIX t: <http://127.0.0.1:9/> ",
                 "BASE <http://127.0.0.1:9/> PREFIX t: <http://127.0.0.1:9/> "]
    calls = refused = 0
    for _ in range(600):
        body = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        query = rng.choice(prologues) + "SELECT * WHERE { " + body + " }"
        try:
            check_remote_access(query, ())
        except RemoteAccessRefused:
            refused += 1
            continue
        called = _calls_service(query)
        calls += called
        assert not called, query
    assert refused > 100  # the generator does produce real calls, and the guard catches them

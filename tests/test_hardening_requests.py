"""Hostile requests through the real app on a real on-disk store (queries in
worker processes, as `alliancekg serve` runs them): a seeded, reproducible
corpus of malformed and mutated SPARQL and random bytes, sent to every route
that takes input, by every way it takes it.  Never a 500, never a crash:
every refusal is a 4xx (or a deliberate 503) with a message, and the server
answers correctly afterwards.

``ALLIANCEKG_FUZZ_SEED`` picks another corpus; ``ALLIANCEKG_LONG_TESTS=1``
sends 10,000 cases instead of 1,200 (the figures in SECURITY.md).
"""

from __future__ import annotations

import os
import random
from collections import Counter
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from alliancekg.api.app import create_app
from alliancekg.api.settings import Settings
from alliancekg.graph.guard import MAX_NESTING, MAX_OPERATORS, tokens
from alliancekg.graph.ingest import ensure_ontology, ingest_path
from alliancekg.graph.queries import EXAMPLES
from alliancekg.graph.store import EmbeddedStore

SEED = int(os.environ.get("ALLIANCEKG_FUZZ_SEED", "20261129"))
CASES = 10_000 if os.environ.get("ALLIANCEKG_LONG_TESTS") == "1" else 1_200
TOKEN = "fuzz-token"
AKG = "https://w3id.org/alliancekg/ontology#"
ASK_INVESTS = f"ASK {{ ?a <{AKG}investsIn> ?b }}"

ARTICLE = """Marrowfield Compute backs Tessaly Robotics

Staff writer
June 2, 2025

Marrowfield Compute has invested $25 million in Tessaly Robotics, a Porto-based start-up.
Tessaly Robotics and Quenby Systems agreed a partnership. Tessaly's model Tess-7 is available on Quenby Cloud.
"""


def _example_texts() -> list[str]:
    found = []
    for item in (EXAMPLES.values() if isinstance(EXAMPLES, dict) else EXAMPLES):
        text = item if isinstance(item, str) else getattr(item, "sparql", None) or getattr(item, "query", None)
        if text is None and isinstance(item, tuple | list):
            text = next((x for x in item if isinstance(x, str) and "SELECT" in x.upper()), None)
        if text:
            found.append(text)
    return found


QUERIES = _example_texts() + [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
    "ASK { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3",
    "DESCRIBE <https://w3id.org/alliancekg/company/marrowfield-compute>",
    f"PREFIX akg: <{AKG}> SELECT ?a (COUNT(?b) AS ?n) WHERE {{ ?a akg:investsIn ?b }} GROUP BY ?a HAVING (COUNT(?b) > 0) ORDER BY DESC(?n)",
    "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(REGEX(STR(?g), 'article')) } LIMIT 2",
    "SELECT * WHERE { VALUES ?x { 1 2 3 } BIND(?x * 2 AS ?y) OPTIONAL { ?s ?p ?x } }",
]
UPDATES = [
    "INSERT DATA { GRAPH <https://example.org/fuzz> { <https://example.org/a> <https://example.org/p> 'x' } }",
    "DELETE DATA { GRAPH <https://example.org/fuzz> { <https://example.org/a> <https://example.org/p> 'x' } }",
    "DROP SILENT GRAPH <https://example.org/fuzz>",
    "WITH <https://example.org/fuzz> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CLEAR SILENT GRAPH <https://example.org/fuzz>",
    "CLEAR GRAPH <https://example.org/never>",
    "MOVE <https://example.org/never> TO <https://example.org/fuzz>",
    "CREATE GRAPH <https://example.org/fuzz-made> ; CREATE GRAPH <https://example.org/fuzz-made>",
]
REMOTE = ["http://127.0.0.1:9/sparql", "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd",
          "http://0x7f.1/", "http://2130706433/", "http://localhost./", "http://10.1.2.3/", "gopher://127.0.0.1:25/",
          "http://[::ffff:127.0.0.1]/", "//127.0.0.1/x", "http://user@127.0.0.1:80@example.org/"]
WEIRD = ["\x00", "\u202e", "\u200b", "\ufeff", "\U0001F600", "\u0000\u0000", "\\u0000", "\\U0010FFFF", "\ud800", "é", "ß",
         "\u0130", "\u2028", "\r\n", "\t", "'''", '"""', "<", ">", "{", "}", "(", ")", "[", "]", "#", "?", "$", ";", ",", ".",
         "^^", "@en", ":", "_:b", "\\", "%00", "%", "&", "=", "+"]


def _toks(q: str) -> list[str]:
    return [v for _, v in tokens(q)] or [q]


def mutate(rng: random.Random, kind: str) -> str:
    """One hostile SPARQL string of the given kind."""
    q = rng.choice(QUERIES)
    t = _toks(q)
    if kind == "delete":
        for _ in range(rng.randint(1, 3)):
            if len(t) > 1:
                del t[rng.randrange(len(t))]
        return " ".join(t)
    if kind == "insert":
        for _ in range(rng.randint(1, 3)):
            t.insert(rng.randrange(len(t) + 1), rng.choice(t + WEIRD))
        return " ".join(t)
    if kind == "swap":
        i, j = rng.randrange(len(t)), rng.randrange(len(t))
        t[i], t[j] = t[j], t[i]
        return " ".join(t)
    if kind == "truncate":
        return q[: rng.randrange(len(q) + 1)]
    if kind == "braces":
        return q.replace("}", "", rng.randint(1, 2)) if rng.random() < 0.5 else q.replace("{", "{ {", 1)
    if kind == "huge_literal":
        return f"SELECT * WHERE {{ BIND(\"{'A' * rng.randint(10_000, 300_000)}\" AS ?x) }}"
    if kind == "deep":
        depth = rng.choice([MAX_NESTING, MAX_NESTING + 1, 200, 3_000, 30_000])
        shape = rng.choice([("SELECT * WHERE ", "{", " ?s ?p ?o ", "}"), ("SELECT * WHERE { FILTER(", "(", "1", ")"),
                            ("SELECT * WHERE { ?s ?p ", "(", "1", ")"), ("SELECT * WHERE { ?s ", "(", "<a:b>", ")"),
                            ("ASK { ?s ?p ", "[", " <a:b> 1 ", "]")])
        head, opening, middle, closing = shape
        return head + opening * depth + middle + closing * depth + ("" if opening == "{" else " }")
    if kind == "chain":
        n = rng.choice([100, MAX_OPERATORS, MAX_OPERATORS + 1, 30_000])
        return rng.choice([
            "SELECT * WHERE { BIND(" + "+".join(["1"] * n) + " AS ?x) }",
            "SELECT * WHERE { ?s " + "/".join(["<a:b>"] * min(n, 3000)) + " ?o }",
            "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * n) + " }",
            "ASK { ?s ?p ?o FILTER(" + " && ".join(["true"] * n) + ") }",
            "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * n + "true) }",
        ])
    if kind == "unicode":
        noise = "".join(rng.choice(WEIRD) if rng.random() < 0.5 else chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(rng.randint(1, 40)))
        pos = rng.randrange(len(q) + 1)
        return q[:pos] + noise + q[pos:]
    if kind == "nul":
        pos = rng.randrange(len(q) + 1)
        return q[:pos] + "\x00" * rng.randint(1, 5) + q[pos:]
    if kind == "remote":
        target = rng.choice(REMOTE)
        spelled = rng.choice([f"<{target}>", f"<{target.upper()}>"])
        return rng.choice([
            f"SELECT * WHERE {{ SERVICE {spelled} {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ SERVICE SILENT {spelled} {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ servic\\u0065 {spelled} {{ ?s ?p ?o }} }}",
            f"BASE <{target}> SELECT * WHERE {{ SERVICE <x> {{ ?s ?p ?o }} }}",
            f"PREFIX r: <{target}> SELECT * WHERE {{ SERVICE r:x {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ SERVICE ?e {{ ?s ?p ?o }} VALUES ?e {{ {spelled} }} }}",
            f"SELECT * WHERE {{ SERVICE#c\n{spelled} {{ ?s ?p ?o }} }}",
        ])
    if kind == "update_mutant":
        u = rng.choice(UPDATES)
        tt = _toks(u)
        if rng.random() < 0.5 and len(tt) > 1:
            del tt[rng.randrange(len(tt))]
        else:
            tt.insert(rng.randrange(len(tt) + 1), rng.choice(WEIRD))
        return " ".join(tt)
    if kind == "load":
        target = rng.choice(REMOTE)
        return rng.choice([f"LOAD <{target}>", f"LOAD SILENT <{target}> INTO GRAPH <urn:g>", f"load <{target}>",
                           f"LOA\\u0044 <{target}>"])
    raise AssertionError(kind)


KINDS = ["delete"] * 14 + ["insert"] * 14 + ["swap"] * 8 + ["truncate"] * 6 + ["braces"] * 6 + ["huge_literal"] * 2 \
    + ["deep"] * 5 + ["chain"] * 5 + ["unicode"] * 10 + ["nul"] * 5 + ["remote"] * 8 + ["bytes"] * 12


def corpus(seed: int, n: int) -> list[tuple[str, str | bytes]]:
    """``n`` cases as ``(kind, text or bytes)``, the same for the same seed."""
    rng = random.Random(seed)
    out: list[tuple[str, str | bytes]] = []
    for _ in range(n):
        kind = rng.choice(KINDS)
        if kind == "bytes":
            out.append((kind, bytes(rng.randrange(256) for _ in range(rng.randint(0, 600)))))
        else:
            out.append((kind, mutate(rng, kind)))
    return out


# -- the app -------------------------------------------------------------------
@pytest.fixture(scope="module")
def app_client(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    (root / "marrowfield.txt").write_text(ARTICLE, encoding="utf-8")
    store = EmbeddedStore(root / "store")
    ensure_ontology(store)
    assert all(r.ok for r in ingest_path(store, root / "marrowfield.txt"))
    settings = Settings(store=str(root / "store"), query_timeout=2, query_workers=2, write_token=TOKEN)
    with TestClient(create_app(settings, store=store), raise_server_exceptions=False) as client:
        yield client, store
    store.close()


def _has_message(r) -> bool:
    if r.headers.get("content-type", "").startswith("application/json"):
        body = r.json()
        return isinstance(body, dict) and bool(body.get("message")) and bool(body.get("error"))
    return len(r.text.strip()) > 20  # an HTML page saying what was not found


class Tally:
    def __init__(self) -> None:
        self.statuses: Counter = Counter()
        self.sent = 0

    def check(self, r, what: str) -> None:
        self.sent += 1
        self.statuses[r.status_code] += 1
        assert r.status_code not in (500, 501, 502), f"{what}: {r.status_code} {r.text[:300]}"
        assert r.status_code < 500 or r.status_code in (503, 504), f"{what}: {r.status_code} {r.text[:300]}"
        if r.status_code >= 400 and r.request.method != "HEAD":  # HEAD: the headers of the GET, no body
            assert _has_message(r), f"{what}: {r.status_code} without a message: {r.text[:300]}"
        if r.status_code == 503:
            assert r.headers.get("retry-after"), what


def _body(case: str | bytes) -> bytes:
    return case if isinstance(case, bytes) else case.encode("utf-8", "surrogatepass")


def _param(case: str | bytes, limit: int = 4000) -> str:
    text = case.decode("latin-1") if isinstance(case, bytes) else case
    return text[:limit].encode("utf-8", "surrogatepass").decode("utf-8", "replace")


VIEW_PARAMS = ["center", "depth", "path_from", "path_to", "relations", "types", "date_from", "date_to", "as_of",
               "min_amount", "limit", "size_by", "format"]
ANALYTICS = {"rankings": ["measure", "limit", "relations", "types", "date_from", "as_of", "min_amount"],
             "communities": ["relations", "resolution", "limit", "members"],
             "path": ["from", "to", "relations", "max_paths"], "connected": ["from", "to"]}
FAMILIES = ["company", "product", "country", "investment", "acquisition", "partnership", "availability", "article", "graph"]


def test_a_thousand_hostile_queries_and_requests_never_give_a_500(app_client):
    client, store = app_client
    cases = corpus(SEED, CASES)
    assert len(cases) >= 1_000
    tally = Tally()
    rng = random.Random(SEED + 1)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    kinds: Counter = Counter()
    for i, (kind, case) in enumerate(cases):
        kinds[kind] += 1
        where = f"case {i} ({kind}, seed {SEED})"
        channel = i % 12
        if channel == 0:
            r = client.get("/sparql", params={"query": _param(case, 20_000)})  # URLs are limited
        elif channel == 1:
            r = client.post("/sparql", data={"query": _param(case, 200_000)})
        elif channel == 2:
            ctype = rng.choice(["application/sparql-query", "application/sparql-query; charset=utf-8",
                                "application/sparql-query; charset=latin-1", "application/sparql-query; charset=utf-16",
                                "application/sparql-query; charset=\x7f", "application/sparql-query;;;"])
            r = client.post("/sparql", content=_body(case), headers={"Content-Type": ctype,
                                                                      "Accept": rng.choice(["*/*", "text/csv", "application/sparql-results+xml", "text/turtle", "x/\x00"])})
        elif channel == 3:  # as an update with the token: writes, but only what SPARQL Update allows
            if not isinstance(case, bytes) and rng.random() < 0.5:
                kind = rng.choice(["update_mutant", "load"])
                case = mutate(rng, kind)
            text = case
            r = client.post("/sparql", content=_body(text), headers={"Content-Type": "application/sparql-update", **auth})
        elif channel == 4:
            r = client.post("/update", data={"update": _param(case)}, headers=auth if rng.random() < 0.7 else {})
        elif channel == 5:
            r = client.post("/sparql", content=_body(case), headers={"Content-Type": rng.choice(
                ["application/json", "text/plain", "multipart/form-data", "", "application/x-www-form-urlencoded",
                 "application/sparql-update"])})
        elif channel == 6:
            method = rng.choice(["GET", "PUT", "POST", "DELETE", "HEAD"])
            graph = rng.choice([_param(case, 300), "https://example.org/fuzz-graph", "urn:x"])
            r = client.request(method, "/store", params={"graph": graph}, content=_body(case) if method in ("PUT", "POST") else None,
                               headers={"Content-Type": rng.choice(["text/turtle", "application/n-triples", "application/ld+json",
                                                                    "application/rdf+xml", "image/png"]),
                                        **(auth if rng.random() < 0.8 else {})})
        elif channel == 7:
            params = {rng.choice(VIEW_PARAMS): _param(case, 300) for _ in range(rng.randint(1, 3))}
            r = client.get("/view", params=params)
        elif channel == 8:
            kind = rng.choice(list(ANALYTICS))
            r = client.get(f"/analytics/{kind}", params={rng.choice(ANALYTICS[kind]): _param(case, 300)})
        elif channel == 9:
            tail = quote(_param(case, 300), safe=rng.choice(["", "/", "/%"]))
            r = client.get(f"/{rng.choice(FAMILIES)}/{tail}", headers={"Accept": rng.choice(["text/html", "text/turtle", "*/*"])},
                           params={"format": rng.choice(["", "trig", "html", _param(case, 40)])} if rng.random() < 0.3 else None)
        elif channel == 10:  # every other GET route, with hostile parameters and Accept headers
            path = rng.choice(["/ontology", "/ontology/0.1.0", "/", "/health", "/.well-known/void", "/docs", "/openapi.json",
                               "/ontology.ttl", "/shapes.ttl", "/sparql", "/static/akg/query.js"])
            name = rng.choice(["format", "query", "x", "graph", "default-graph-uri", _param(case, 30)])
            accept = _param(case, 200).encode("ascii", "replace").decode().replace("\n", " ").replace("\r", " ")
            r = client.get(path, params={name: _param(case, 200)} if rng.random() < 0.7 else None,
                           headers={"Accept": accept if rng.random() < 0.6 else "text/html"})
        else:
            method = rng.choice(["PATCH", "PUT", "DELETE", "OPTIONS", "TRACE", "POST"])
            path = rng.choice(["/sparql", "/update", "/view", "/", "/ontology", "/health", "/.well-known/void", "/docs",
                               "/analytics/rankings", "/company/x", "/no/such/" + quote(_param(case, 50))])
            r = client.request(method, path, content=_body(case)[:2000])
        tally.check(r, f"{where}, channel {channel}: {str(case)[:120]!r}")
        if kind in ("remote", "load") and channel in (0, 1, 2, 3, 4):
            assert r.status_code in (400, 401, 403, 406, 415), f"{where}: a remote call was not refused: {r.status_code}"
    assert tally.sent == len(cases)
    assert sum(n for s, n in tally.statuses.items() if 400 <= s < 500) > len(cases) // 2  # most are refused, with a message
    print(f"{tally.sent} hostile requests (seed {SEED}); kinds {dict(sorted(kinds.items()))}; "
          f"statuses {dict(sorted(tally.statuses.items()))}")
    # the server still answers, and its data is intact
    assert client.get("/health").status_code == 200
    r = client.get("/sparql", params={"query": ASK_INVESTS})
    assert r.status_code == 200 and r.json()["boolean"] is True
    assert client.get("/view", params={"center": "marrowfield-compute"}).status_code == 200


def test_deep_nesting_and_long_chains_are_refused_not_crashing(app_client):
    """Oxigraph overflows its stack on a few thousand levels (a segmentation
    fault: in-process updates would take the server down); refused first."""
    client, _ = app_client
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
    deep = "SELECT * WHERE " + "{" * 30_000 + " ?s ?p ?o " + "}" * 30_000
    r = client.post("/sparql", content=deep, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400 and "levels deep" in r.json()["message"]
    chain = "INSERT { GRAPH <urn:g> { <urn:a> <urn:b> ?x } } WHERE { BIND(" + "+".join(["1"] * 30_000) + " AS ?x) }"
    r = client.post("/update", content=chain, headers=auth)
    assert r.status_code == 400 and "operators" in r.json()["message"]
    union = "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 30_000) + " }"
    r = client.post("/sparql", content=union, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400
    ok = "SELECT * WHERE " + "{" * 20 + " ?s ?p ?o " + "}" * 20 + " LIMIT 1"  # ordinary depth passes
    assert client.get("/sparql", params={"query": ok}).status_code == 200
    assert client.get("/sparql", params={"query": ASK_INVESTS}).json()["boolean"] is True


def test_an_update_that_fails_in_the_engine_is_a_400_and_changes_nothing(app_client):
    """Oxigraph raises RuntimeError (not a syntax error) for CLEAR, DROP or
    MOVE of a graph that does not exist: found by the 10,000-case run."""
    client, store = app_client
    before = store.count()
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    for update in ("CLEAR GRAPH <https://example.org/never>", "DROP GRAPH <https://example.org/never>",
                   "MOVE <https://example.org/never> TO <https://example.org/other>",
                   "INSERT DATA { GRAPH <https://example.org/half> { <urn:a> <urn:b> 1 } } ; DROP GRAPH <https://example.org/never>"):
        r = client.post("/update", content=update, headers=headers)
        assert r.status_code == 400 and "does not exist" in r.json()["message"] and "SILENT" in r.json()["message"], r.text
    assert store.count() == before  # the first operation of the last update was undone with it
    assert client.post("/update", content="CLEAR SILENT GRAPH <https://example.org/never>", headers=headers).status_code == 204


def test_oversized_bodies_wrong_methods_and_types(app_client):
    client, _ = app_client
    auth = {"Authorization": f"Bearer {TOKEN}"}
    cases = [
        (client.post("/sparql", content=b"A" * (1024 * 1024 + 1), headers={"Content-Type": "application/sparql-query"}), 413),
        (client.post("/update", content=b"A" * (1024 * 1024 + 1), headers={"Content-Type": "application/sparql-update", **auth}), 413),
        (client.post("/sparql", data={"query": "A" * (1024 * 1024 + 1)}), 413),
        (client.put("/store?graph=https://example.org/big", content=b"A" * (64 * 1024 * 1024 + 1),
                    headers={"Content-Type": "text/turtle", **auth}), 413),
        (client.patch("/sparql"), 405), (client.delete("/view"), 405), (client.put("/"), 405), (client.post("/ontology"), 405),
        (client.request("TRACE", "/sparql"), 405), (client.get("/no/such/route"), 404), (client.get("/analytics/nope"), 404),
        (client.get("/static/akg/../../../etc/passwd"), 404), (client.get("/static/akg/%2e%2e/%2e%2e/pyproject.toml"), 404),
        (client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "application/json"}), 415),
        (client.post("/update", content=b"ASK {}", headers={"Content-Type": "application/sparql-query"}), 415),
        (client.put("/store?graph=https://example.org/x", content=b"<a:b> <a:c> <a:d> .", headers={"Content-Type": "image/png", **auth}), 415),
        (client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"}), 406),
        (client.get("/company/marrowfield-compute", headers={"Accept": "application/pdf"}), 406),
    ]
    for r, status in cases:
        assert r.status_code == status, (r.request.method, str(r.request.url)[:80], r.status_code, r.text[:200])
        body = r.json()
        assert body["error"] and body["message"], body
    assert "PUT" not in client.patch("/sparql").json()["message"] and "GET" in client.patch("/sparql").json()["message"]


def test_the_corpus_is_reproducible():
    assert corpus(SEED, 50) == corpus(SEED, 50)
    assert corpus(SEED, 50) != corpus(SEED + 1, 50)

"""The measures of ``python -m bench``: extraction, import, SPARQL (AllianceKG
over HTTP, pyoxigraph in process, rdflib-endpoint, any other endpoint),
concurrency, views, memory.  Each returns plain data (the JSON file's
content); :mod:`bench.report` turns it into BENCHMARKS.md.
"""

from __future__ import annotations

import json
import math
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote_plus, urlencode

import httpx

from .mix import SHAPES, query_mix
from .servers import AllianceKGServer, RdflibEndpointServer
from .synthetic import BENCH_ROUNDS, companies_for_triples, company_name, write_nquads

_T0 = time.perf_counter()


def say(message: str) -> None:
    elapsed = time.perf_counter() - _T0
    print(f"[{int(elapsed // 60):02d}:{elapsed % 60:04.1f}] {message}", file=sys.stderr, flush=True)


@dataclass
class Config:
    sizes: list[int]
    runs: int = 5
    rounds: int = 10
    """Rounds of the query mix (each asks every shape once, about another company)."""
    quick: bool = False
    only: set[str] = field(default_factory=lambda: {"extraction", "import", "sparql", "concurrency", "views", "memory"})
    workdir: Path = Path("bench/.work")
    rdflib_cap: float = 30.0
    """Seconds an rdflib-endpoint query may take before it counts as ">= cap"."""
    rdflib_max_restarts: int = 1
    endpoints: dict[str, str] = field(default_factory=dict)
    """Other SPARQL endpoints holding the same data: label -> URL (e.g. Virtuoso)."""
    endpoint_loader: Callable[[str, Path], None] | None = None
    """Loads the N-Quads file into an endpoint before it is measured: (url, file)."""
    clients: tuple[int, ...] = (1, 8, 32)
    concurrency_s: float = 8.0
    view_companies: tuple[int, ...] = (100, 1_000, 10_000)
    extraction_articles: int = 300
    rdflib: bool = True
    """Measure rdflib-endpoint (the closest peer)."""


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0-1) by linear interpolation; NaN for no values."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def _timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


# -- data ----------------------------------------------------------------------
def dataset(cfg: Config, triples: int) -> dict:
    """The synthetic graph of about ``triples`` quads as an N-Quads file (made once, kept in the work folder)."""
    companies = companies_for_triples(triples)
    path = cfg.workdir / f"synthetic-{triples}.nq"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        info = json.loads(meta.read_text())
        if info.get("companies") == companies:
            return info
    say(f"generating {triples:,} triples ({companies:,} companies)")
    stats, seconds = _timed(lambda: write_nquads(path, companies, funding_rounds=BENCH_ROUNDS))
    info = {"triples_target": triples, "companies": companies, "quads": stats.quads, "articles": stats.articles,
            "deals": stats.deals, "path": str(path), "bytes": path.stat().st_size, "generate_s": seconds}
    meta.write_text(json.dumps(info))
    return info


# -- extraction ----------------------------------------------------------------
def measure_extraction(cfg: Config) -> dict:
    runs = 1 if cfg.quick else cfg.runs
    articles = 150 if cfg.quick else cfg.extraction_articles
    say(f"extraction: {articles} synthetic articles x {runs} run(s), one process")
    out = subprocess.run([sys.executable, "-m", "bench.extraction", "--articles", str(articles), "--runs", str(runs)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    result = json.loads(out.stdout)
    say(f"  {result['articles_per_s']:.0f} articles/s, peak RSS {result['peak_rss'] / 2**20:.0f} MiB")
    # the target's yardstick: this tree against 0.11.0 (the version the 205 was read on), timed in turns on this host
    from . import versus
    turns = 1 if cfg.quick else 3
    say(f"extraction: against {versus.ANCHOR_REF} (0.11.0), {turns} alternating turn(s) (python -m bench.versus)")
    try:
        rows = versus.compare([versus.ANCHOR_REF, "."], turns=turns, articles=150)
    except (subprocess.CalledProcessError, RuntimeError) as exc:  # a shallow clone lacks the commit; a build may fail
        result["versus"] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        say(f"  not compared: {result['versus']['error']}")
    else:
        result["versus"] = {"reference": versus.ANCHOR_REF, "anchor_rate": versus.ANCHOR_RATE, "turns": turns,
                            "reference_rates": rows[0]["rates"], "rates": rows[1]["rates"],
                            "ratio": rows[1]["ratio_to_first"], "estimate": rows[1]["estimate"]}
        say(f"  {rows[1]['ratio_to_first']:.3f} x 0.11.0: about {rows[1]['estimate']} on the host 0.11.0 read 205 on")
    return result


# -- import --------------------------------------------------------------------
_MEMORY_STORES: dict[str, object] = {}
"""The last in-memory store each import made (by data file), reused as the in-process floor."""


def _bulk(location: Path | None, nq: Path, keep: bool = False):
    from alliancekg.graph.store.embedded import EmbeddedStore

    if location is not None:
        shutil.rmtree(location, ignore_errors=True)
    store = EmbeddedStore(location)
    t = time.perf_counter()
    store.bulk_load(nq, "nquads", "urn:x-bench:default")
    store.flush()
    seconds = time.perf_counter() - t
    if keep:
        return seconds, store
    store.close()
    return seconds, None


def memory_store(nq: Path):
    """An in-memory store of the data file (the import's last one, or a new one)."""
    store = _MEMORY_STORES.pop(str(nq), None)
    if store is None:
        _, store = _bulk(None, nq, keep=True)
    return store


def measure_import(cfg: Config, data: dict, store_dir: Path) -> dict:
    """Bulk loads into memory, then on disk (the last one on disk stays: the server's store)."""
    nq = Path(data["path"])
    n = data["quads"]
    runs = 1 if cfg.quick else (cfg.runs if n <= 200_000 else min(cfg.runs, 3))
    out: dict = {"quads": n, "runs": runs}
    for label, location in (("memory", None), ("disk_bulk", store_dir)):
        times = []
        for r in range(runs):
            _MEMORY_STORES.pop(str(nq), None)
            seconds, kept = _bulk(location, nq, keep=location is None and r == runs - 1)
            if kept is not None:
                _MEMORY_STORES[str(nq)] = kept
            times.append(seconds)
            say(f"import {label} run {r + 1}/{runs}: {seconds:.1f} s ({n / seconds / 1e6:.2f}M triples/s)")
        out[label] = {"seconds": statistics.median(times), "runs_s": times, "triples_per_s": n / statistics.median(times)}
    # the last on-disk store is the one the server measures: add the ontology as `ingest` would
    from alliancekg.graph.ingest import ensure_ontology
    from alliancekg.graph.store.embedded import EmbeddedStore
    with EmbeddedStore(store_dir) as store:
        ensure_ontology(store)
    if n <= 200_000:  # the path every write took before bulk loading: SPARQL updates in batches of articles
        old = store_dir.with_name(store_dir.name + "-updates")
        shutil.rmtree(old, ignore_errors=True)
        store = EmbeddedStore(old)
        _, seconds = _timed(lambda: _load_by_updates(store, nq))
        store.close()
        shutil.rmtree(old, ignore_errors=True)
        out["disk_updates"] = {"seconds": seconds, "triples_per_s": n / seconds}
        say(f"import disk via SPARQL updates (before): {seconds:.1f} s")
    return out


def _load_by_updates(store, nq: Path, batch: int = 200_000) -> None:
    lines: list[str] = []
    marker = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/alliancekg/ontology#Article>"
    with open(nq, encoding="utf-8") as f:
        for line in f:
            if marker in line and len(lines) >= batch:
                store.load_rdf("".join(lines).encode("utf-8"), "nquads", "urn:x-bench:default")
                lines = []
            lines.append(line)
    if lines:
        store.load_rdf("".join(lines).encode("utf-8"), "nquads", "urn:x-bench:default")
    store.flush()


# -- SPARQL latency ------------------------------------------------------------
def _mix(cfg: Config, companies: int, rounds: int) -> list[tuple[str, str]]:
    return list(query_mix(companies, rounds=rounds + 1))  # round 0 is the warm-up


def _summary(samples: dict[str, list[float]], timeouts: dict[str, int] | None = None) -> dict:
    shapes = {}
    for shape, values in samples.items():
        shapes[shape] = {"p50": pct(values, 0.5), "p95": pct(values, 0.95), "n": len(values),
                         "timeouts": (timeouts or {}).get(shape, 0)}
    pooled = [v for values in samples.values() for v in values]
    return {"shapes": shapes, "p50": pct(pooled, 0.5), "p95": pct(pooled, 0.95),
            "mix_s": sum(s["p50"] for s in shapes.values()), "n": len(pooled)}


def run_http_mix(url: str, queries: list[tuple[str, str]], *, timeout: float = 60.0,
                 on_timeout: Callable[[], None] | None = None) -> dict:
    """Ask every query of ``queries`` (the first len(SHAPES) are a warm-up)
    by POST application/sparql-query on one keep-alive connection; latency
    per shape.  A query over ``timeout`` counts as ``timeout`` (reported as
    ">= cap") and calls ``on_timeout`` (a restart); a shape that ran over
    the cap once is not asked again."""
    warm = len(SHAPES)
    samples: dict[str, list[float]] = {s: [] for s in SHAPES}
    timeouts: dict[str, int] = {s: 0 for s in SHAPES}
    errors: list[str] = []
    rows: dict[str, int] = {}
    skipped = 0
    headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
    client = httpx.Client(timeout=timeout)
    try:
        for i, (shape, q) in enumerate(queries):
            if timeouts[shape]:
                skipped += 1  # a shape that already ran over the cap: not asked again
                continue
            t = time.perf_counter()
            try:
                r = client.post(url, content=q.encode("utf-8"), headers=headers)
                seconds = time.perf_counter() - t
                if r.status_code != 200:
                    errors.append(f"{shape}: HTTP {r.status_code} {r.text[:200]}")
                    continue
                rows[q] = len(r.json()["results"]["bindings"])
            except httpx.TimeoutException:
                seconds = timeout
                timeouts[shape] += 1
                client.close()
                client = httpx.Client(timeout=timeout)
                if on_timeout is not None:
                    on_timeout()
            if i >= warm:
                samples[shape].append(seconds)
            elif seconds >= timeout:  # a warm-up query that ran over the cap is a sample too
                samples[shape].append(seconds)
    finally:
        client.close()
    out = _summary(samples, timeouts)
    out["errors"] = errors
    out["skipped"] = skipped
    out["rows"] = rows
    return out


def _post(client: httpx.Client, url: str, q: str) -> bytes:
    r = client.post(url, content=q.encode("utf-8"),
                    headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    if r.status_code != 200:
        raise RuntimeError(f"HTTP {r.status_code}: {r.text[:200]}")
    return r.content


def _post_form(client: httpx.Client, url: str, q: str) -> bytes:
    """POST as an HTML form (``query=`` plus the URL's own parameters, such as
    ``default-graph-uri``, in the body): the protocol form every SPARQL server
    takes (Virtuoso 7.2 never answers a POST of ``application/sparql-query``)."""
    base, _, params = url.partition("?")
    fields = [("query", q)] + [(k, unquote_plus(v)) for k, _, v in (p.partition("=") for p in params.split("&") if p)]
    r = client.post(base, content=urlencode(fields).encode("ascii"),
                    headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    if r.status_code != 200:
        raise RuntimeError(f"HTTP {r.status_code}: {r.text[:200]}")
    return r.content


def _count_rows(body: bytes) -> int:
    return len(json.loads(body)["results"]["bindings"])


def _interleaved(engines: dict[str, Callable[[str], bytes]], queries: list[tuple[str, str]]) -> dict[str, dict]:
    """Each query on every engine in turn (the first round is a warm-up);
    latency per shape per engine, and each answer's row count (by query text)."""
    warm = len(SHAPES)
    names = list(engines)
    samples = {n: {s: [] for s in SHAPES} for n in names}
    rows: dict[str, dict[str, int]] = {n: {} for n in names}
    errors: dict[str, list[str]] = {n: [] for n in names}
    for i, (shape, q) in enumerate(queries):
        k = i % len(names)
        for name in names[k:] + names[:k]:
            t = time.perf_counter()
            try:
                body = engines[name](q)
            except Exception as exc:  # noqa: BLE001 - counted and reported
                errors[name].append(f"{shape}: {type(exc).__name__}: {exc}"[:300])
                continue
            seconds = time.perf_counter() - t
            rows[name][q] = _count_rows(body)
            if i >= warm:
                samples[name][shape].append(seconds)
    return {n: {**_summary(samples[n]), "errors": errors[n], "rows": rows[n]} for n in names}


def _agreement(out: dict) -> None:
    """Whether every engine's answers have as many rows as AllianceKG's, query by query."""
    ref = out["alliancekg_http"].get("rows", {})
    checks = {"oxigraph_disk": out.get("oxigraph_disk"), "oxigraph_memory": out.get("oxigraph_memory"),
              "executor": out.get("executor"), "rdflib_endpoint": (out.get("rdflib_endpoint") or {}).get("mix")}
    checks.update({f"endpoint:{k}": v for k, v in out.get("endpoints", {}).items()})
    result = {}
    for name, mix in checks.items():
        if not mix or "rows" not in mix:
            continue
        common = [q for q in mix["rows"] if q in ref]
        result[name] = {"compared": len(common), "differ": sum(mix["rows"][q] != ref[q] for q in common)}
    out["answers_agree"] = result


def _http_floor(base: str, n: int = 100) -> dict:
    """The round trip of the cheapest request (GET /health, cached counts):
    the client, uvicorn and FastAPI, no query."""
    times = []
    with httpx.Client(timeout=30) as c:
        for _ in range(n):
            t = time.perf_counter()
            c.get(base + "/health")
            times.append(time.perf_counter() - t)
    return {"p50": pct(times[5:], 0.5), "p95": pct(times[5:], 0.95), "n": n - 5}


def _ratio(a: dict, b: dict) -> dict:
    """How many times slower ``a`` is than ``b``: on the mix (sum of per-shape
    p50s), pooled p50, and per shape."""
    shapes = {s: a["shapes"][s]["p50"] / b["shapes"][s]["p50"]
              for s in SHAPES if a["shapes"][s]["n"] and b["shapes"][s]["n"] and b["shapes"][s]["p50"] > 0}
    geo = math.exp(statistics.fmean(math.log(v) for v in shapes.values())) if shapes else float("nan")
    return {"mix": a["mix_s"] / b["mix_s"] if b["mix_s"] else float("nan"), "p50": a["p50"] / b["p50"] if b["p50"] else float("nan"),
            "geomean_shapes": geo, "shapes": shapes}


def _concurrency(url: str, queries: list[tuple[str, str]], clients: int, seconds: float) -> dict:
    headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
    done = [0] * clients
    errors = [0] * clients
    latencies: list[list[float]] = [[] for _ in range(clients)]
    messages: list[str] = []
    stop = time.perf_counter() + seconds
    start_gate = threading.Barrier(clients + 1)

    def worker(k: int) -> None:
        with httpx.Client(timeout=max(60.0, seconds * 4)) as c:
            start_gate.wait()
            i = k * 3
            while time.perf_counter() < stop:
                _, q = queries[i % len(queries)]
                i += 1
                t = time.perf_counter()
                try:
                    r = c.post(url, content=q.encode("utf-8"), headers=headers)
                    ok = r.status_code == 200
                    if not ok and len(messages) < 5:
                        messages.append(f"HTTP {r.status_code}: {r.text[:120]}")
                except httpx.HTTPError as exc:
                    ok = False
                    if len(messages) < 5:
                        messages.append(f"{type(exc).__name__}: {exc}")
                latencies[k].append(time.perf_counter() - t)
                done[k] += ok
                errors[k] += not ok

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(clients)]
    for th in threads:
        th.start()
    start_gate.wait()
    t = time.perf_counter()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t
    pooled = [x for xs in latencies for x in xs]
    return {"clients": clients, "seconds": wall, "queries": sum(done), "errors": sum(errors), "qps": sum(done) / wall,
            "p50": pct(pooled, 0.5), "p95": pct(pooled, 0.95), "error_messages": messages}


def _first_requests(base: str) -> dict:
    out = {}
    with httpx.Client(timeout=600) as c:
        for label, path in (("health", "/health"), ("landing page", "/"), ("void", "/.well-known/void"),
                            ("view (first after start)", "/view"), ("view (warm)", "/view"),
                            ("view ego of a hub", "/view?center=" + company_name(0).replace(" ", "+") + "&depth=2")):
            r, seconds = _timed(lambda p=path: c.get(base + p))
            out[label] = {"seconds": seconds, "status": r.status_code, "bytes": len(r.content)}
    return out


def measure_sparql(cfg: Config, size: int, data: dict, store_dir: Path, logs: Path) -> dict:
    """AllianceKG over HTTP, pyoxigraph in process, rdflib-endpoint, other endpoints; then concurrency and memory."""
    from alliancekg.graph.store.embedded import EmbeddedStore

    rounds = 3 if cfg.quick else cfg.rounds
    queries = _mix(cfg, data["companies"], rounds)
    out: dict = {"rounds": rounds, "queries_per_shape": rounds}

    # Every engine that can run side by side answers each query in turn (who goes first rotates), so
    # a burst of load on the shared machine hits them all alike: (a) `alliancekg serve` over HTTP;
    # (b) the floor, pyoxigraph in this process, on a copy of the same on-disk store and in memory;
    # and, to show where the server's time goes, the query executor (worker processes, no HTTP).
    from alliancekg.graph.executor import ProcessExecutor
    from alliancekg.graph.sparql import QueryJob
    from alliancekg.graph.store import embedded

    floor_dir = store_dir.with_name(store_dir.name + "-floor")
    shutil.rmtree(floor_dir, ignore_errors=True)
    with EmbeddedStore(store_dir) as live:
        live.snapshot(floor_dir)
    (floor_dir / embedded._UNION_MARKER).write_text("a copy of a store whose default graph is the union\n")
    floor = EmbeddedStore(floor_dir)
    mem = memory_store(Path(data["path"]))
    executor = ProcessExecutor(floor, timeout=600, workers=2)
    say(f"SPARQL {size:,}: starting alliancekg serve")
    srv = AllianceKGServer(store_dir, log=logs / f"alliancekg-{size}.log").start()
    try:
        out["alliancekg_startup_s"] = srv.startup_s
        out["alliancekg_first_requests"] = _first_requests(srv.base)
        say(f"  ready in {srv.startup_s:.1f} s; first /view {out['alliancekg_first_requests']['view (first after start)']['seconds']:.2f} s")
        out["http_floor"] = _http_floor(srv.base)
        client = httpx.Client(timeout=600)
        engines: dict[str, Callable[[str], bytes]] = {
            "alliancekg_http": lambda q: _post(client, srv.url, q),
            "executor": lambda q: executor.run(QueryJob(sparql=q, accept="application/sparql-results+json")).body,
            "oxigraph_disk": lambda q: floor.query(q).serialize("json"),
            "oxigraph_memory": lambda q: mem.query(q).serialize("json"),
        }
        for label, url in cfg.endpoints.items():  # (d) another endpoint holding the same data (Virtuoso)
            if cfg.endpoint_loader is not None:
                say(f"SPARQL {size:,}: loading {label}")
                _, seconds = _timed(lambda u=url: cfg.endpoint_loader(u, Path(data["path"])))
                out.setdefault("endpoint_load_s", {})[label] = seconds
            engines[f"endpoint:{label}"] = lambda q, u=url: _post_form(client, u, q)
        say(f"SPARQL {size:,}: {rounds} rounds x {len(SHAPES)} shapes, interleaved on {', '.join(engines)}")
        measured = _interleaved(engines, queries)
        client.close()
        for name, result in measured.items():
            if name.startswith("endpoint:"):
                out.setdefault("endpoints", {})[name.split(":", 1)[1]] = result
            else:
                out[name] = result
        a = out["alliancekg_http"]
        say(f"  HTTP mix p50 {a['p50'] * 1000:.1f} ms, mix {a['mix_s'] * 1000:.0f} ms; in process (disk) "
            f"{out['oxigraph_disk']['p50'] * 1000:.1f} ms, {out['oxigraph_disk']['mix_s'] * 1000:.0f} ms; errors {len(a['errors'])}")
        if "concurrency" in cfg.only:
            conc = []
            for clients in cfg.clients:
                result = _concurrency(srv.url, queries[len(SHAPES):], clients, 3.0 if cfg.quick else cfg.concurrency_s)
                conc.append(result)
                say(f"  {clients:2d} clients: {result['qps']:.0f} queries/s, p95 {result['p95'] * 1000:.0f} ms, {result['errors']} errors")
            out["concurrency"] = conc
        out["alliancekg_memory"] = srv.memory()
    finally:
        srv.stop()
        executor.close()
        floor.close()
        mem.close()
        shutil.rmtree(floor_dir, ignore_errors=True)
    out["ratio_http_vs_oxigraph_disk"] = _ratio(out["alliancekg_http"], out["oxigraph_disk"])
    out["ratio_executor_vs_oxigraph_disk"] = _ratio(out["executor"], out["oxigraph_disk"])
    out["ratio_http_vs_executor"] = _ratio(out["alliancekg_http"], out["executor"])
    out["ratio_http_vs_oxigraph_memory"] = _ratio(out["alliancekg_http"], out["oxigraph_memory"])

    # (c) rdflib-endpoint, from PyPI, serving the same N-Quads
    if cfg.rdflib:
        out["rdflib_endpoint"] = _rdflib_endpoint(cfg, size, data, queries, logs)
        if out["rdflib_endpoint"].get("mix"):
            out["ratio_rdflib_vs_http"] = _ratio(out["rdflib_endpoint"]["mix"], out["alliancekg_http"])

    for label in out.get("endpoints", {}):
        out.setdefault("ratio_http_vs_endpoints", {})[label] = _ratio(out["alliancekg_http"], out["endpoints"][label])
    _agreement(out)
    return out


def _rdflib_endpoint(cfg: Config, size: int, data: dict, queries: list[tuple[str, str]], logs: Path) -> dict:
    """rdflib-endpoint answers one query at a time on its event loop, so a
    query past the cap blocks it: the server is restarted (at most
    ``rdflib_max_restarts`` times), and a shape that ran over the cap is not
    asked again (it counts as >= cap)."""
    big = data["quads"] > 200_000
    rounds = 1 if (cfg.quick or big) else min(3, cfg.rounds)
    # at the large size there is no warm-up round: each shape is asked once, and that is measured
    subset = queries[len(SHAPES): 2 * len(SHAPES)] if big else queries[: len(SHAPES) * (rounds + 1)]
    say(f"SPARQL {size:,}: starting rdflib-endpoint (rdflib parses {data['quads']:,} quads first)")
    server = RdflibEndpointServer(Path(data["path"]), log=logs / f"rdflib-endpoint-{size}.log")
    server.start()
    out: dict = {"startup_s": server.startup_s, "cap_s": cfg.rdflib_cap, "rounds": rounds, "restarts": 0}
    say(f"  loaded and ready in {server.startup_s:.1f} s")
    out["memory"] = server.memory()
    restarts = [0]

    def restart() -> None:
        server.stop()
        if restarts[0] < cfg.rdflib_max_restarts:
            restarts[0] += 1
            say("  a query ran over the cap: restarting rdflib-endpoint")
            server.start()
        else:
            raise _GiveUp

    try:
        if big:
            out["mix"] = _run_rdflib_big(server, subset, cfg.rdflib_cap, restart)
        else:
            out["mix"] = run_http_mix(server.url, subset, timeout=cfg.rdflib_cap, on_timeout=restart)
            if "concurrency" in cfg.only and server.proc.poll() is None:
                out["concurrency"] = []
                for clients in cfg.clients:
                    result = _concurrency(server.url, queries[len(SHAPES):], clients, 3.0 if cfg.quick else cfg.concurrency_s)
                    out["concurrency"].append(result)
                    say(f"  rdflib-endpoint, {clients:2d} clients: {result['qps']:.0f} queries/s, {result['errors']} errors")
    finally:
        out["restarts"] = restarts[0]
        server.stop()
    m = out["mix"]
    say(f"  rdflib-endpoint mix p50 {m['p50'] * 1000:.0f} ms, mix {m['mix_s']:.1f} s; timeouts {sum(s['timeouts'] for s in m['shapes'].values())}")
    return out


class _GiveUp(Exception):
    pass


def _run_rdflib_big(server, subset, cap, restart) -> dict:
    """At the large size: each shape once (the first len(SHAPES) entries are
    that round, counted), over the cap -> >= cap; after the restarts run out
    the rest is not asked."""
    samples: dict[str, list[float]] = {s: [] for s in SHAPES}
    timeouts: dict[str, int] = {s: 0 for s in SHAPES}
    not_run: list[str] = []
    rows: dict[str, int] = {}
    headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}
    gave_up = False
    for shape, q in subset:
        if gave_up:
            not_run.append(shape)
            continue
        t = time.perf_counter()
        try:
            with httpx.Client(timeout=cap) as c:
                r = c.post(server.url, content=q.encode("utf-8"), headers=headers)
            samples[shape].append(time.perf_counter() - t if r.status_code == 200 else float("nan"))
            if r.status_code == 200:
                rows[q] = len(r.json()["results"]["bindings"])
        except httpx.TimeoutException:
            samples[shape].append(cap)
            timeouts[shape] += 1
            try:
                restart()
            except _GiveUp:
                gave_up = True
    out = _summary(samples, timeouts)
    out["not_run"] = not_run
    out["errors"] = []
    out["rows"] = rows
    return out


# -- views ---------------------------------------------------------------------
def measure_views(cfg: Config) -> list[dict]:
    from alliancekg.graph.analytics import alliance_graph
    from alliancekg.graph.network import parse_view_params, resolve_entity
    from alliancekg.graph.store.embedded import EmbeddedStore
    from alliancekg.viz.views import Links, build_view

    from .synthetic import synthetic_nquads

    rows = []
    links = Links(view="/view", base_iri="https://w3id.org/alliancekg/", entity_root="/")
    for companies in cfg.view_companies:
        store = EmbeddedStore(None)
        store.bulk_load(synthetic_nquads(companies, funding_rounds=BENCH_ROUNDS).encode("utf-8"), "nquads", "urn:x-bench:default")
        G, build_s = _timed(lambda s=store: alliance_graph(s))
        row = {"companies": companies, "graph_nodes": G.number_of_nodes(), "graph_edges": G.number_of_edges(),
               "alliance_graph_s": build_s}
        hub = resolve_entity(G, company_name(0))
        for label, raw in (("whole (cold)", {}), ("whole (warm)", {}), ("ego depth 2 of a hub", {"center": hub, "depth": "2"})):
            reps = []
            for _ in range(1 if (cfg.quick or label == "whole (cold)") else 3):
                (body, summary), seconds = _timed(lambda r=raw, g=G: build_view(g, parse_view_params(r), "html", links=links))
                reps.append(seconds)
            row[label] = {"seconds": statistics.median(reps), "html_bytes": len(body), "nodes": summary["nodes"],
                          "drawn": min(summary["nodes"], 1500)}
        rows.append(row)
        say(f"views {companies:,} companies: graph {build_s:.2f} s, whole view cold {row['whole (cold)']['seconds']:.2f} s, "
            f"{row['whole (cold)']['html_bytes'] / 1e6:.2f} MB")
        store.close()
    return rows

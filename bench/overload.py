"""Overload: many clients against a real `alliancekg serve` while an ingest runs.

    python -m bench.overload                          # 50 clients for 60 s (the figures in SECURITY.md)
    python -m bench.overload --clients 20 --duration 10 --json out.json

Starts `alliancekg serve` on loopback over a fresh on-disk store (invented
articles ingested first), with a short --query-timeout and a write token,
then runs ``--clients`` asyncio + httpx clients for ``--duration`` seconds.
Each client loops over a mix of requests:

- ``cheap``: small SELECT / ASK queries (a LIMIT, one pattern or two);
- ``expensive``: a four-way cartesian product that can only end at the time limit;
- ``page``: the network view (/view, an ego network), entity pages, the landing page;

while one writer ingests more invented articles through the write API (the
real extractor and mapping run here; each article graph is PUT to
``/store?graph=<article IRI>`` with the bearer token).  A client that gets a
429 or 503 waits as ``Retry-After`` asks (at most 1 s) and goes on.

Reports, per kind, the count, p50, p99 and max latency and the status counts,
and fails (exit 1) when any answer is not 200/204/201/429/503, when a request
errs (connection reset, client timeout), or when the p99 of cheap queries is
not below the query time limit: expensive queries must hit the limit without
starving the cheap ones.  ``--json FILE`` writes the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

ALLOWED = {200, 201, 204, 429, 503}
AKG = "https://w3id.org/alliancekg/ontology#"

# invented names (no real company), combined into many articles
_FIRST = ["Korvath", "Sellwyn", "Ostrel", "Brannock", "Quillet", "Tavern", "Mirrowen", "Caldris", "Pexley", "Vantor",
          "Hollis", "Ardent", "Lumera", "Zephrin", "Orrin", "Belkamp", "Drevio", "Nastrel", "Farrow", "Istvar"]
_SECOND = ["Dynamics", "Labs", "Systems", "Robotics", "Analytics", "Compute", "Networks", "Vision", "Data", "Cloudworks"]
_CITIES = ["Prague", "Lyon", "Toronto", "Osaka", "Leeds", "Porto", "Tallinn", "Graz"]


def company(i: int) -> str:
    return f"{_FIRST[i % len(_FIRST)]} {_SECOND[(i // len(_FIRST)) % len(_SECOND)]}"


def article_text(i: int) -> str:
    """An invented article: an investment, a partnership and a product on a platform."""
    a, b, c = company(3 * i), company(3 * i + 1), company(3 * i + 2)
    amount = 5 + (i * 7) % 90
    product = f"{b.split()[0]}-{i}"
    return (f"{a} backs {b}\n\nStaff writer\nJune {1 + i % 27}, 2025\n\n"
            f"{a} has invested ${amount} million in {b}, a {_CITIES[i % len(_CITIES)]}-based start-up. "
            f"{b} and {c} agreed a partnership. {b}'s model {product} is available on {c.split()[0]} Cloud.\n")


def write_articles(folder: Path, start: int, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        p = folder / f"invented-{i:04d}.txt"
        p.write_text(article_text(i), encoding="utf-8")
        paths.append(p)
    return paths


# -- the server -------------------------------------------------------------
def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("alliancekg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "alliancekg.api.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, store: Path, *, timeout: float, workers: int, token: str, log: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log.open("w")
        env = {**os.environ, "ALLIANCEKG_STORE": "", "ALLIANCEKG_WRITE_TOKEN": token}
        self.proc = subprocess.Popen(
            [*_cli(), "serve", "--store", str(store), "--port", str(self.port), "--seeds", "",
             "--query-timeout", str(timeout), "--query-workers", str(workers), "--log-level", "warning"],
            stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 90
        while True:
            try:
                if httpx.get(self.base + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the server did not start; see {log}")
            time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


# -- the load -----------------------------------------------------------------
CHEAP = [
    "ASK { ?s ?p ?o }",
    f"PREFIX akg: <{AKG}> SELECT ?a ?b WHERE {{ ?a akg:investsIn ?b }} LIMIT 10",
    f"PREFIX akg: <{AKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    f"SELECT ?n WHERE {{ ?c a akg:Company ; rdfs:label ?n }} LIMIT 5",
    "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3",
]
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def pages(articles: int) -> list[str]:
    out = ["/", "/ontology"]
    for i in range(0, min(articles, 12)):
        out += [f"/view?center={_slug(company(3 * i))}", f"/company/{_slug(company(3 * i + 1))}",
                f"/article/invented-{i:04d}"]
    return out


class Recorder:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.status: dict[str, Counter] = defaultdict(Counter)
        self.failures: list[str] = []
        self.events: list[tuple[float, str, int | str, float]] = []
        """(started, seconds after the first request; kind; status; seconds taken)"""
        self.t0 = time.monotonic()

    def add(self, kind: str, status: int | str, seconds: float) -> None:
        self.events.append((round(time.monotonic() - seconds - self.t0, 2), kind, status, round(seconds, 3)))
        self.latency[kind].append(seconds)
        self.status[kind][status] += 1

    def report(self) -> dict:
        def pct(values: list[float], q: float) -> float:
            s = sorted(values)
            return s[min(len(s) - 1, int(q * len(s)))] if s else 0.0

        kinds = {}
        for kind, values in sorted(self.latency.items()):
            kinds[kind] = {"n": len(values), "p50_ms": round(1000 * pct(values, 0.50), 1),
                           "p99_ms": round(1000 * pct(values, 0.99), 1), "max_ms": round(1000 * max(values), 1),
                           "status": {str(k): v for k, v in sorted(self.status[kind].items(), key=str)}}
        # when the slowest cheap queries ran: a cluster at the start or after a write says where to look
        slow = sorted((e for e in self.events if e[1] == "cheap"), key=lambda e: -e[3])[:20]
        return {"kinds": kinds, "failures": self.failures[:50], "failure_count": len(self.failures),
                "slowest_cheap": [list(e) for e in slow]}


def _retry_after(response: httpx.Response) -> float:
    try:
        return min(1.0, float(response.headers.get("retry-after", "1")))
    except ValueError:
        return 1.0


async def _client(http: httpx.AsyncClient, rng: random.Random, stop: float, rec: Recorder, page_paths: list[str],
                  mix: tuple[float, float], delay: float) -> None:
    cheap_share, expensive_share = mix
    await asyncio.sleep(delay)  # clients join one by one over the ramp-up
    while time.monotonic() < stop:
        roll = rng.random()
        if roll < cheap_share:
            kind, request = "cheap", http.build_request("GET", "/sparql", params={"query": rng.choice(CHEAP)})
        elif roll < cheap_share + expensive_share:
            kind, request = "expensive", http.build_request("POST", "/sparql", content=EXPENSIVE,
                                                             headers={"Content-Type": "application/sparql-query"})
        else:
            kind, request = "page", http.build_request("GET", rng.choice(page_paths), headers={"Accept": "text/html"})
        started = time.monotonic()
        try:
            response = await http.send(request)
        except httpx.HTTPError as exc:
            rec.add(kind, type(exc).__name__, time.monotonic() - started)
            rec.failures.append(f"{kind} {request.url}: {type(exc).__name__}: {exc}")
            continue
        rec.add(kind, response.status_code, time.monotonic() - started)
        if response.status_code not in ALLOWED:
            rec.failures.append(f"{kind} {request.url}: {response.status_code} {response.text[:200]}")
        elif response.status_code in (429, 503):
            await asyncio.sleep(_retry_after(response) * rng.uniform(0.5, 1.0))


async def _writer(http: httpx.AsyncClient, stop: float, rec: Recorder, folder: Path, start: int, token: str,
                  rate: float) -> int:
    """Ingest invented articles through the Graph Store Protocol, one PUT per
    article graph, ``rate`` articles a second (0: as fast as the server takes them)."""
    from alliancekg.graph.articles import read_article
    from alliancekg.graph.extract import extract
    from alliancekg.graph.mapping import extraction_to_graph
    from alliancekg.graph.resolve import Minter

    minter = Minter()

    def turtle(path: Path) -> tuple[str, bytes]:
        article = read_article(path)
        graph = extraction_to_graph(article, extract(article), minter)
        return str(minter.article(article.id)), graph.serialize(format="turtle", encoding="utf-8")

    written = 0
    i = start
    began = time.monotonic()
    while time.monotonic() < stop:
        if rate:
            await asyncio.sleep(max(0.0, began + (i - start) / rate - time.monotonic()))
            if time.monotonic() >= stop:
                break
        path = write_articles(folder, i, 1)[0]
        i += 1
        iri, body = await asyncio.to_thread(turtle, path)
        started = time.monotonic()
        try:
            r = await http.put("/store", params={"graph": iri}, content=body,
                               headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {token}"})
        except httpx.HTTPError as exc:
            rec.add("write", type(exc).__name__, time.monotonic() - started)
            rec.failures.append(f"write {iri}: {type(exc).__name__}: {exc}")
            continue
        rec.add("write", r.status_code, time.monotonic() - started)
        if r.status_code in (201, 204):
            written += 1
        elif r.status_code in (429, 503):
            await asyncio.sleep(_retry_after(r))
        else:
            rec.failures.append(f"write {iri}: {r.status_code} {r.text[:200]}")
    return written


async def _run(base: str, *, clients: int, duration: float, timeout: float, token: str, folder: Path, start: int,
               page_paths: list[str], seed: int, mix: tuple[float, float], write_rate: float,
               ramp: float) -> tuple[Recorder, int]:
    rec = Recorder()
    limits = httpx.Limits(max_connections=clients + 2, max_keepalive_connections=clients + 2)
    # a generous client timeout: a request the server leaves hanging shows up as a failure, not as a wait
    async with httpx.AsyncClient(base_url=base, timeout=timeout * 4 + 30, limits=limits) as http:
        stop = time.monotonic() + duration
        rng = random.Random(seed)
        tasks = [asyncio.create_task(_client(http, random.Random(rng.random()), stop, rec, page_paths, mix,
                                             ramp * i / clients))
                 for i in range(clients)]
        writer = asyncio.create_task(_writer(http, stop, rec, folder, start, token, write_rate))
        await asyncio.gather(*tasks)
        written = await writer
        # the server still answers, and holds what was written
        health = await http.get("/health")
        if health.status_code != 200:
            rec.failures.append(f"/health after the run: {health.status_code}")
    return rec, written


def run(*, clients: int = 50, duration: float = 60, timeout: float = 2.0, workers: int = 2, articles: int = 40,
        seed: int = 1, mix: tuple[float, float] = (0.5, 0.15), write_rate: float = 2.0, ramp: float = 5.0,
        workdir: Path | None = None) -> dict:
    """Set up, load, tear down; the figures as a dict (``ok`` says whether the run passed)."""
    own = workdir is None
    root = Path(tempfile.mkdtemp(prefix="akg-overload-")) if own else workdir
    token = "overload-" + os.urandom(8).hex()
    try:
        inbox = root / "articles"
        write_articles(inbox, 0, articles)
        subprocess.run([*_cli(), "ingest", "--quiet", "--store", str(root / "store"), str(inbox)], check=True,
                       env={**os.environ, "ALLIANCEKG_STORE": ""})
        server = Server(root / "store", timeout=timeout, workers=workers, token=token, log=root / "server.log")
        try:
            t0 = time.monotonic()
            rec, written = asyncio.run(_run(server.base, clients=clients, duration=duration, timeout=timeout, token=token,
                                            folder=root / "live", start=articles, page_paths=pages(articles), seed=seed,
                                            mix=mix, write_rate=write_rate, ramp=ramp))
            wall = time.monotonic() - t0
            count = httpx.get(server.base + "/sparql", timeout=30, params={
                "query": f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{AKG}Article> }}"})
            stored = int(count.json()["results"]["bindings"][0]["n"]["value"]) if count.status_code == 200 else -1
            alive = server.proc.poll() is None
        finally:
            server.stop()
        log_tail = (root / "server.log").read_text(errors="replace")[-3000:]
    finally:
        if own:
            shutil.rmtree(root, ignore_errors=True)
    report = rec.report()
    total = sum(k["n"] for k in report["kinds"].values())
    cheap = report["kinds"].get("cheap", {})
    cheap_answered = cheap.get("status", {}).get("200", 0)
    report.update(
        clients=clients, duration_s=duration, ramp_s=ramp, write_rate=write_rate, wall_s=round(wall, 1), query_timeout_s=timeout, query_workers=workers,
        requests=total, requests_per_s=round(total / wall, 1), articles_written=written,
        articles_stored=stored, articles_expected=articles + written, server_alive=alive,
    )
    problems = []
    if report["failure_count"]:
        problems.append(f"{report['failure_count']} requests failed (not 200/201/204/429/503)")
    if not alive:
        problems.append("the server died")
    if stored != articles + written:
        problems.append(f"the store holds {stored} articles, expected {articles + written}")
    if not cheap_answered:
        problems.append("no cheap query was answered")
    elif cheap["p99_ms"] >= 1000 * timeout:
        problems.append(f"cheap queries' p99 {cheap['p99_ms']} ms is not below the {timeout:g} s time limit")
    report["problems"] = problems
    report["ok"] = not problems
    if problems:
        report["server_log_tail"] = log_tail
    return report


def format_report(r: dict) -> str:
    lines = [f"{r['clients']} clients (joining over {r['ramp_s']:g} s) for {r['duration_s']:g} s ({r['wall_s']} s wall), query timeout {r['query_timeout_s']:g} s, "
             f"{r['query_workers']} query workers: {r['requests']} requests ({r['requests_per_s']}/s); "
             f"{r['articles_written']} articles ingested during the load, {r['articles_stored']} stored "
             f"(expected {r['articles_expected']})",
             f"{'kind':<10} {'n':>6} {'p50 ms':>9} {'p99 ms':>9} {'max ms':>9}  statuses"]
    for kind, k in r["kinds"].items():
        statuses = ", ".join(f"{s}: {n}" for s, n in k["status"].items())
        lines.append(f"{kind:<10} {k['n']:>6} {k['p50_ms']:>9} {k['p99_ms']:>9} {k['max_ms']:>9}  {statuses}")
    lines.append("OK" if r["ok"] else "FAILED: " + "; ".join(r["problems"]))
    for f in r["failures"][:10]:
        lines.append("  " + f)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.overload", description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--duration", type=float, default=60, help="seconds of load")
    p.add_argument("--query-timeout", type=float, default=2.0, help="the server's --query-timeout")
    p.add_argument("--query-workers", type=int, default=2, help="the server's --query-workers")
    p.add_argument("--articles", type=int, default=40, help="articles in the store before the load")
    p.add_argument("--expensive", type=float, default=0.15, help="share of expensive queries (default 0.15)")
    p.add_argument("--cheap", type=float, default=0.5, help="share of cheap queries (default 0.5; the rest are page views)")
    p.add_argument("--write-rate", type=float, default=2.0, help="articles ingested a second during the load (0: flat out)")
    p.add_argument("--ramp", type=float, default=5.0, help="seconds over which the clients join (default 5)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", help="write the figures to this file")
    args = p.parse_args(argv)
    report = run(clients=args.clients, duration=args.duration, timeout=args.query_timeout, workers=args.query_workers,
                 articles=args.articles, seed=args.seed, mix=(args.cheap, args.expensive), write_rate=args.write_rate, ramp=args.ramp)
    print(format_report(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

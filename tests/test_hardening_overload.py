"""Overload: the query executor's admission, long lane and memory of expensive
queries on a real on-disk store with real worker processes, the page-drawing
limit on the real app, and the load script against a real `alliancekg serve`.

The full run (50 clients for 60 s) is ``python -m bench.overload``, or this
module with ALLIANCEKG_LONG_TESTS=1; CI runs 20 clients for 10 s.  Its figures
are in SECURITY.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from alliancekg.graph.errors import Overloaded, QueryTimeout
from alliancekg.graph.executor import ProcessExecutor, query_fingerprint
from alliancekg.graph.sparql import QueryJob
from alliancekg.graph.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
LONG = os.environ.get("ALLIANCEKG_LONG_TESTS") == "1"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SLOW_TOO = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?m . ?x ?y ?z }"
CHEAP = "ASK { <urn:s1> <urn:p> 1 }"


@pytest.fixture
def bulk_store(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.update("INSERT DATA { GRAPH <urn:bulk> { " + " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(3000)) + " } }")
    yield store
    store.close()


def _ready(executor: ProcessExecutor, workers: int) -> None:
    deadline = time.monotonic() + 60
    while executor._idle.qsize() < workers:  # workers join the pool once started
        assert time.monotonic() < deadline, "the workers did not start"
        time.sleep(0.05)


def test_fingerprints_ignore_variable_names_comments_and_spacing():
    a = query_fingerprint("SELECT ?x WHERE { ?x ?p ?o } # one")
    assert a == query_fingerprint("select  ?y\nWHERE {?y ?q ?z}")
    assert a != query_fingerprint("SELECT ?x WHERE { ?x ?p ?o } LIMIT 1")
    assert a != query_fingerprint("SELECT ?x WHERE { ?x ?p 'o' }")


def test_a_query_over_the_limit_is_refused_at_once_for_a_while(bulk_store):
    executor = ProcessExecutor(bulk_store, timeout=1.5, workers=2, cooldown=30)
    try:
        _ready(executor, 2)
        with pytest.raises(QueryTimeout):
            executor.run(QueryJob(SLOW))
        pids = {w.process.pid for w in executor._all}
        started = time.monotonic()
        with pytest.raises(Overloaded, match="ran over the 1.5 s time limit"):
            executor.run(QueryJob(SLOW.replace("?a", "?renamed") + "  # the same query"))
        assert time.monotonic() - started < 0.5  # refused without taking a worker
        assert {w.process.pid for w in executor._all} == pids  # no worker was killed for it
        assert executor.run(QueryJob(CHEAP)).body
    finally:
        executor.close()


def test_the_long_lane_keeps_a_worker_for_cheap_queries(bulk_store):
    """Two expensive queries on two workers: the second to turn long is
    stopped, so cheap queries keep being answered quickly meanwhile."""
    executor = ProcessExecutor(bulk_store, timeout=4, workers=2, long_after=0.5)
    outcomes: dict[str, object] = {}
    try:
        _ready(executor, 2)

        def run(name: str, sparql: str) -> None:
            try:
                outcomes[name] = executor.run(QueryJob(sparql))
            except Exception as exc:  # noqa: BLE001 - recorded for the asserts
                outcomes[name] = exc

        first = threading.Thread(target=run, args=("first", SLOW))
        first.start()
        time.sleep(0.7)  # the first is long now, and holds the one long lane
        second = threading.Thread(target=run, args=("second", SLOW_TOO))
        second.start()
        second.join(timeout=10)
        assert isinstance(outcomes["second"], Overloaded) and "slot for long queries" in str(outcomes["second"])
        latencies = []
        for _ in range(5):
            started = time.monotonic()
            assert executor.run(QueryJob(CHEAP)).body
            latencies.append(time.monotonic() - started)
        assert max(latencies) < 1.5, latencies  # answered while the first still runs
        assert first.is_alive()
        first.join(timeout=15)
        assert isinstance(outcomes["first"], QueryTimeout)
    finally:
        executor.close()


def test_admission_refuses_at_once_past_the_bound(bulk_store):
    executor = ProcessExecutor(bulk_store, timeout=3, workers=1, max_pending=2, long_after=0)
    results: list[object] = []
    try:
        _ready(executor, 1)
        threads = [threading.Thread(target=lambda q=q: results.append(_outcome(executor, q)))
                   for q in (SLOW, SLOW_TOO)]
        for t in threads:
            t.start()
        time.sleep(0.3)
        started = time.monotonic()
        with pytest.raises(Overloaded, match="queries waiting or running already"):
            executor.run(QueryJob(CHEAP))
        assert time.monotonic() - started < 0.3
        for t in threads:
            t.join(timeout=20)
        assert executor.run(QueryJob(CHEAP)).body  # free again afterwards
    finally:
        executor.close()


def _outcome(executor, sparql):
    try:
        return executor.run(QueryJob(sparql))
    except Exception as exc:  # noqa: BLE001
        return exc


def test_pages_wait_their_turn_in_the_event_loop_and_queries_pass(tmp_path):
    """A real server: while many pages are drawn at once, a cheap query is
    answered quickly, and every page is answered (200) or refused with 503."""
    sys.path.insert(0, str(ROOT))
    from bench.overload import Server, write_articles

    inbox = write_articles(tmp_path / "in", 0, 12)[0].parent
    subprocess.run([*_cli(), "ingest", "--quiet", "--store", str(tmp_path / "store"), str(inbox)], check=True,
                   env={**os.environ, "ALLIANCEKG_STORE": ""})
    server = Server(tmp_path / "store", timeout=5, workers=2, token="t", log=tmp_path / "server.log")
    try:
        statuses: list[int] = []
        stop = time.monotonic() + 8
        paths = ["/view?center=korvath-dynamics", "/view", "/company/sellwyn-dynamics", "/article/invented-0001", "/ontology"]

        def pages() -> None:
            with httpx.Client(base_url=server.base, timeout=60) as c:
                i = 0
                while time.monotonic() < stop:
                    statuses.append(c.get(paths[i % len(paths)], headers={"Accept": "text/html"}).status_code)
                    i += 1

        threads = [threading.Thread(target=pages) for _ in range(24)]
        for t in threads:
            t.start()
        time.sleep(1)
        latencies = []
        with httpx.Client(base_url=server.base, timeout=60) as c:
            while time.monotonic() < stop - 0.5:
                started = time.monotonic()
                r = c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
                latencies.append(time.monotonic() - started)
                assert r.status_code == 200 and r.json()["boolean"] is True
        for t in threads:
            t.join(timeout=120)
        latencies.sort()
        print(f"{len(statuses)} pages, {len(latencies)} queries: median {latencies[len(latencies) // 2]:.3f} s, "
              f"p90 {latencies[int(0.9 * len(latencies))]:.3f} s")
        assert set(statuses) <= {200, 503} and statuses.count(200) >= len(statuses) // 2, statuses
        assert latencies[int(0.9 * len(latencies))] < 0.25, latencies
    finally:
        server.stop()


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("alliancekg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "alliancekg.api.cli"]


def test_overload_against_a_real_server(tmp_path):
    """bench.overload: clients mixing cheap queries, expensive ones and page
    views while articles are ingested through the write API."""
    clients, duration = (50, 60) if LONG else (20, 10)
    out = tmp_path / "overload.json"
    r = subprocess.run([sys.executable, "-m", "bench.overload", "--clients", str(clients), "--duration", str(duration),
                        "--query-timeout", "2", "--articles", "20", "--json", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=duration + 240)
    assert out.exists(), r.stdout + r.stderr
    report = json.loads(out.read_text())
    print(r.stdout)
    assert report["ok"], r.stdout
    assert report["failure_count"] == 0 and report["server_alive"]
    statuses = {s for k in report["kinds"].values() for s in k["status"]}
    assert statuses <= {"200", "201", "204", "429", "503"}
    assert report["kinds"]["cheap"]["status"].get("200", 0) > report["kinds"]["cheap"]["status"].get("503", 0)
    assert report["kinds"]["cheap"]["p99_ms"] < 2000
    assert report["articles_stored"] == report["articles_expected"] and report["articles_written"] > 0

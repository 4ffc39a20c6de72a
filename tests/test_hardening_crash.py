"""Crash safety: `alliancekg ingest` killed with SIGKILL at random moments (set by the store's size, not by time).

After every kill the store opens, every article graph is either wholly
present (exactly the quads a clean ingest of that article makes) or wholly
absent, the default graph is still the union of the named graphs, and
running the same ingest again completes it: every article once, nothing
renamed, nothing twice.

CI runs 3 trials over 80 articles; ``ALLIANCEKG_LONG_TESTS=1`` runs 25 over 150
(the figures in SECURITY.md); ``ALLIANCEKG_CRASH_TRIALS`` sets the count.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alliancekg.graph.ingest import ensure_ontology, ingest_path
from alliancekg.graph.store import EmbeddedStore
from alliancekg.ontology.terms import ONTOLOGY_IRI

LONG = os.environ.get("ALLIANCEKG_LONG_TESTS") == "1"
TRIALS = int(os.environ.get("ALLIANCEKG_CRASH_TRIALS", "25" if LONG else "3"))
ARTICLES = 150 if LONG else 80
BASE = "https://w3id.org/alliancekg/article/"

_FIRST = ["Aldmere", "Brisket", "Corvane", "Dunmore", "Eskeri", "Fallow", "Gantry", "Heddle", "Iskander", "Jorvik",
          "Kestrel", "Lorrow", "Mardle", "Nettle", "Orwick", "Pellam", "Quarro", "Rusk", "Sallow", "Tamsin"]
_SECOND = ["Systems", "Labs", "Robotics", "Analytics", "Compute", "Vision"]


def _name(i: int) -> str:
    return f"{_FIRST[i % len(_FIRST)]} {_SECOND[(i // len(_FIRST)) % len(_SECOND)]}"


def _article(i: int) -> str:
    a, b, c = _name(3 * i), _name(3 * i + 1), _name(3 * i + 2)
    return (f"{a} backs {b}\n\nStaff writer\nMay {1 + i % 28}, 2025\n\n"
            f"{a} has invested ${10 + i} million in {b}, a Tallinn-based start-up. "
            f"{b} and {c} agreed a partnership. {b}'s model {b.split()[0]}-{i} is available on {c.split()[0]} Cloud.\n")


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("alliancekg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "alliancekg.api.cli"]


def _ingest(store: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([*_cli(), "ingest", "--quiet", "--store", str(store), str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "ALLIANCEKG_STORE": ""})


def _quads(store: EmbeddedStore, graph: str) -> set[str]:
    return {line for line in store.dump("nquads", graph=graph).decode("utf-8").splitlines() if line.strip()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The articles, and what a clean ingest makes of each (quads per graph)."""
    folder = (tmp_path_factory.mktemp("crash") / "articles").resolve()
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"crash-{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    reference: dict[str, set[str]] = {}
    clean = EmbeddedStore(None)
    ensure_ontology(clean)
    for path in sorted(folder.iterdir()):
        [result] = list(ingest_path(clean, path))
        assert result.ok and result.facts > 0, result
        reference[result.graph] = set()
    for graph in reference:
        reference[graph] = _quads(clean, graph)
    clean.close()
    return folder, reference


def _check(store_path: Path, reference: dict[str, set[str]]) -> tuple[int, int]:
    """Open the store as the next ingest would; every article graph whole or
    absent; the default graph the union.  Returns (present, absent)."""
    with EmbeddedStore(store_path) as store:  # a kill must never leave a store that will not open
        graphs = set(store.graphs())
        assert graphs <= set(reference) | {ONTOLOGY_IRI}, graphs - set(reference)
        present = 0
        for graph in reference:
            if graph in graphs:
                assert _quads(store, graph) == reference[graph], f"{graph} is partly written"
                present += 1
        named = {(q["s"], q["p"], q["o"]) for q in store.query(
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows()}
        assert store.union_size() == len(named), "the default graph is not the union of the named graphs"
    return present, len(reference) - present


def _store_bytes(path: Path) -> int:
    """The bytes the store's files hold now (files may come and go while it is written)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                pass
    return total


def _ingest_watching(store_path: Path, folder: Path, until: int | None = None) -> tuple[subprocess.Popen, list[int]]:
    """Start an ingest and watch its store grow; with ``until``, SIGKILL it as soon as the store holds that many
    bytes.  Returns the process (ended) and the sizes seen, in order."""
    proc = _ingest(store_path, folder)
    seen: list[int] = []
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        size = _store_bytes(store_path)
        if not seen or size != seen[-1]:
            seen.append(size)
        if until is not None and size >= until:
            break
        time.sleep(0.005)
    if until is not None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=300)
    return proc, seen


def test_kill_9_at_random_moments_loses_nothing_and_rerunning_completes(corpus, tmp_path):
    folder, reference = corpus
    rng = random.Random(int(os.environ.get("ALLIANCEKG_CRASH_SEED", "9")))
    # a whole ingest, watched: the sizes its store passes through are where kills can land.  A kill is set by the
    # store's size, not by time, so that a loaded machine (slower start-up) still sees kills all through the ingest
    started = time.monotonic()
    full, sizes = _ingest_watching(tmp_path / "timing", folder)
    assert full.returncode == 0, full.stderr.read()
    duration = time.monotonic() - started
    assert _check(tmp_path / "timing", reference) == (len(reference), 0)
    marks = sorted(set(sizes))
    assert len(marks) >= 6, marks  # the store grew in steps as articles were committed
    outcomes = []
    for trial in range(TRIALS):
        store_path = tmp_path / f"store-{trial}"
        if trial % 3 == 2:  # some trials kill an ingest into a store that already holds part of the articles
            _ingest_watching(store_path, folder, until=marks[len(marks) * 3 // 5])
            base = _store_bytes(store_path)
        else:
            base = 0
        # stratified: trial k kills in the k-th slice of the sizes seen (the last slice includes the final flush,
        # so some kills land after the ingest has finished)
        lo, hi = (trial % TRIALS) * len(marks) // TRIALS, ((trial % TRIALS) + 1) * len(marks) // TRIALS
        until = base + marks[rng.randrange(lo, max(lo + 1, hi))]
        proc, _seen = _ingest_watching(store_path, folder, until=until)
        finished_first = proc.returncode == 0
        present, absent = _check(store_path, reference)
        rerun = _ingest(store_path, folder)
        assert rerun.wait(timeout=300) == 0, rerun.stderr.read()
        assert _check(store_path, reference) == (len(reference), 0)  # complete, each article once
        with EmbeddedStore(store_path, read_only=True) as store:
            articles = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE "
                                   "{ ?a a <https://w3id.org/alliancekg/ontology#Article> }").rows()[0]["n"]
            assert articles == len(reference)  # no duplicates, no renamed copies
            assert not [g for g in store.graphs() if g.startswith(BASE) and g not in reference]
        outcomes.append((until, present, absent, finished_first))
    print(f"{TRIALS} kill -9 trials over {len(reference)} articles (a full ingest takes {duration:.1f} s, its store passed "
          f"{len(marks)} sizes): (killed at bytes, present, absent, ingest had finished) {outcomes}")
    # the kills landed at different moments: some stores held part of the articles
    if TRIALS >= 3:
        assert len({p for _, p, _, _ in outcomes}) >= 2, outcomes

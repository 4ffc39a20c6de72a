"""Shared fixtures: real stores, the real app, sample extractions with invented companies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alliancekg.graph.articles import parse_text
from alliancekg.graph.extract.model import Entity, Evidence, Extraction, Fact
from alliancekg.graph.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"

SAMPLE_TEXT = """Quillon Robotics raises money from Tenkai

Staff writer
May 6, 2025

Tenkai Holdings has invested $40 million in Quillon Robotics, a Lyon-based start-up, in April 2025. Tenkai takes a minority stake.
Quillon and Norvale Systems also agreed a partnership. Quillon's model Q-Arm is available on Norvale Cloud.
"""


def _evidence(text: str, needle: str) -> Evidence:
    start = text.index(needle)
    return Evidence(needle, start, start + len(needle))


def sample_article(article_id: str = "quillon-tenkai", text: str = SAMPLE_TEXT):
    return parse_text(text, source=f"{article_id}.txt", article_id=article_id)


def sample_extraction(article) -> Extraction:
    t = article.text
    s1 = "Tenkai Holdings has invested $40 million in Quillon Robotics, a Lyon-based start-up, in April 2025."
    s2 = "Quillon and Norvale Systems also agreed a partnership."
    s3 = "Quillon's model Q-Arm is available on Norvale Cloud."
    return Extraction(
        article_id=article.id,
        published=article.published,
        entities=(
            Entity("Tenkai Holdings", "Company", ("Tenkai",)),
            Entity("Quillon Robotics", "Company", ("Quillon",)),
            Entity("Norvale Systems", "Company"),
            Entity("Q-Arm", "Product"),
            Entity("Norvale Cloud", "Product"),
            Entity("France", "Country", wikidata="Q142"),
        ),
        facts=(
            Fact("invests_in", "Tenkai Holdings", "Quillon Robotics", _evidence(t, s1), amount=40_000_000, currency="USD", date="2025-04", stake="minority",
                 extra_evidence=(_evidence(t, "Tenkai takes a minority stake."),)),
            Fact("based_in", "Quillon Robotics", "France", _evidence(t, s1), confidence=0.8),
            Fact("partners_with", "Quillon Robotics", "Norvale Systems", _evidence(t, s2), confidence=0.9),
            Fact("develops", "Quillon Robotics", "Q-Arm", _evidence(t, s3)),
            Fact("available_on", "Q-Arm", "Norvale Cloud", _evidence(t, s3)),
        ),
        extractor="test-extractor",
        version="1.0",
    )


class Samples:
    """Builders of sample articles and extractions (a fixture, since test
    modules cannot import conftest under --import-mode=importlib)."""

    text = SAMPLE_TEXT
    article = staticmethod(sample_article)
    extraction = staticmethod(sample_extraction)

    def pair(self, article_id: str = "quillon-tenkai", text: str = SAMPLE_TEXT):
        article = sample_article(article_id, text)
        return article, sample_extraction(article)


@pytest.fixture
def samples() -> Samples:
    return Samples()


@pytest.fixture(scope="session")
def written_texts() -> list[str]:
    """The text of every article written for the tests (tests/articles/tune): real prose for equivalence checks."""
    return [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "articles" / "tune").glob("*.txt"))]


@pytest.fixture
def memory_store():
    store = EmbeddedStore(None)
    yield store
    store.close()


@pytest.fixture
def disk_store(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    yield store
    store.close()


@pytest.fixture(params=["memory", "disk", "virtuoso"])
def store(request, tmp_path):
    """Each store test runs on both embedded modes and on a real Virtuoso
    server (the remote backend; see ``virtuoso_url`` at the end)."""
    if request.param == "virtuoso":
        yield request.getfixturevalue("remote_store")
        return
    s = EmbeddedStore(None if request.param == "memory" else tmp_path / "store")
    yield s
    s.close()


# -- a real headless Chromium ---------------------------------------------------
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

# Runs before any page script: record dialogs instead of showing them.
TRAP_DIALOGS = """
window.__akgDialogs = [];
['alert', 'confirm', 'prompt'].forEach(function (name) {
  window[name] = function (msg) { window.__akgDialogs.push(name + ':' + String(msg)); return null; };
});
"""


@pytest.fixture
def chromium(tmp_path):
    """A factory of headless Chromium drivers (selenium, Debian's chromium).

    ``chromium()`` blocks every request (for pages opened from files);
    ``chromium(block_all_but=origin)`` lets the browser reach only the test
    server: every other host name resolves to nothing.  Dialogs are trapped
    into ``window.__akgDialogs`` before any page script runs; the browser
    console and the DevTools performance log are recorded.
    """
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    drivers = []

    def make(block_all_but: str | None = None):
        opts = webdriver.ChromeOptions()
        opts.binary_location = CHROMIUM
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", f"--user-data-dir={tmp_path / f'profile{len(drivers)}'}",
                    "--window-size=1400,900"):
            opts.add_argument(arg)
        if block_all_but is not None:
            host = block_all_but.split("//", 1)[-1].split(":")[0]
            opts.add_argument(f"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE {host}")
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        driver = webdriver.Chrome(options=opts, service=Service(CHROMEDRIVER))
        drivers.append(driver)
        driver.execute_cdp_cmd("Network.enable", {})
        if block_all_but is None:
            driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*"]})
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP_DIALOGS})
        return driver

    yield make
    for d in drivers:
        d.quit()


# -- a real `alliancekg serve` process ------------------------------------------
def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def alliancekg_command() -> list[str]:
    """The CLI of the Python running the tests (not whichever is first on PATH)."""
    import sys

    exe = Path(sys.executable).with_name("alliancekg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "alliancekg.api.cli"]


class LiveServer:
    def __init__(self, proc, base: str) -> None:
        self.proc, self.base = proc, base

    def stop(self) -> None:
        import subprocess

        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_server(store: Path, *, seeds: Path | None = None, env: dict[str, str] | None = None, timeout: float = 60) -> LiveServer:
    """Start `alliancekg serve` on a free port and wait until /health answers."""
    import os
    import subprocess
    import time

    import httpx

    port = free_port()
    args = [*alliancekg_command(), "serve", "--store", str(store), "--port", str(port), "--log-level", "warning"]
    if seeds is not None:
        args += ["--seeds", str(seeds)]
    else:
        args += ["--seeds", ""]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "ALLIANCEKG_STORE": "", **(env or {})})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return LiveServer(proc, base)
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"server did not start: {proc.stdout.read()}")
        time.sleep(0.2)


# -- a remote store on a real Virtuoso server -------------------------------------
VIRTUOSO_ENV = "ALLIANCEKG_TEST_VIRTUOSO"
"""The SPARQL URL of a running Virtuoso (``.ci/run`` starts one and sets it);
updates go to the same URL + ``-auth`` with digest auth as dba
(``ALLIANCEKG_TEST_VIRTUOSO_PASSWORD``, default dba)."""


def _virtuoso_launcher():
    """bench/virtuoso.py (tests cannot import packages outside alliancekg)."""
    import importlib.util
    import sys

    if "akg_bench_virtuoso" not in sys.modules:
        spec = importlib.util.spec_from_file_location("akg_bench_virtuoso", ROOT / "bench" / "virtuoso.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["akg_bench_virtuoso"]


@pytest.fixture(scope="session")
def virtuoso_url():
    """A Virtuoso SPARQL URL: the server $ALLIANCEKG_TEST_VIRTUOSO names, else
    a throwaway one started here when virtuoso-t is installed, else a skip."""
    import os

    url = os.environ.get(VIRTUOSO_ENV)
    if url:
        yield url
        return
    if shutil.which("virtuoso-t") is None:
        pytest.skip(f"needs a Virtuoso server: set {VIRTUOSO_ENV} or apt-get install virtuoso-opensource "
                    "(bash .ci/run does both)")
    server = _virtuoso_launcher().start_virtuoso()
    try:
        yield server.query_url
    finally:
        server.stop()


def virtuoso_options(url: str):
    import os

    from alliancekg.graph.store import RemoteOptions

    return RemoteOptions(update_url=url + "-auth", auth="digest", user="dba",
                         password=os.environ.get(VIRTUOSO_ENV + "_PASSWORD", "dba"), timeout=60)


def virtuoso_env(url: str) -> dict[str, str]:
    """The environment that points `alliancekg` at the test Virtuoso."""
    import os

    return {"ALLIANCEKG_STORE_UPDATE_URL": url + "-auth", "ALLIANCEKG_STORE_AUTH": "digest",
            "ALLIANCEKG_STORE_USER": "dba", "ALLIANCEKG_STORE_PASSWORD": os.environ.get(VIRTUOSO_ENV + "_PASSWORD", "dba")}


@pytest.fixture
def remote_store(virtuoso_url):
    """The remote backend on Virtuoso, holding no AllianceKG graphs (only
    AllianceKG's own graphs are cleared; the server's system graphs stay)."""
    from alliancekg.graph.store import RemoteStore

    s = RemoteStore("sparql+" + virtuoso_url, virtuoso_options(virtuoso_url))
    s.clear()
    yield s
    s.clear()
    s.close()


class VirtuosoAccess:
    """The test Virtuoso for tests that need its URL and credentials (a fixture:
    test modules cannot import conftest)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.spec = "sparql+" + url
        self.options = virtuoso_options(url)
        self.env = virtuoso_env(url)


@pytest.fixture(scope="session")
def virtuoso_access(virtuoso_url) -> VirtuosoAccess:
    """URL, spec, options and environment of the test Virtuoso (not emptied)."""
    return VirtuosoAccess(virtuoso_url)


@pytest.fixture
def virtuoso(remote_store, virtuoso_access) -> VirtuosoAccess:
    """URL, spec, options and environment of the test Virtuoso, emptied of AllianceKG's graphs."""
    return virtuoso_access

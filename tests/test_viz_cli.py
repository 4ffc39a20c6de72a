"""`alliancekg view` and `alliancekg analytics` as real processes on a real on-disk store."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "seed-microsoft-mistral.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    # this interpreter's alliancekg (another one may be first on PATH)
    return subprocess.run([sys.executable, "-m", "alliancekg.api.cli", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-views") / "store"
    assert run("ingest", "-q", "--store", str(path), str(SEED)).returncode == 0
    return str(path)


def data_of(html: str) -> dict:
    return json.loads(re.search(r'id="akg-data">(.*?)</script>', html, re.S).group(1))


def test_ego_view_file_without_server_has_no_links(store, tmp_path):
    out = tmp_path / "mistral.html"
    r = run("view", "--store", store, "--center", "mistral ai", "--depth", "1", "--relations", "invests_in", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "Around Mistral AI" in r.stderr
    html = out.read_text()
    data = data_of(html)
    assert {n["label"] for n in data["nodes"]} == {"Mistral AI", "Microsoft"}
    assert all("url" not in n for n in data["nodes"]) and 'id="akg-form"' not in html
    assert "form-action 'none'" in html.replace("&#39;", "'")


def test_view_with_server_links_there(store, tmp_path):
    out = tmp_path / "v.html"
    assert run("view", "--store", store, "--server", "http://127.0.0.1:8765/", "-o", str(out)).returncode == 0
    html = out.read_text()
    urls = {n.get("url") for n in data_of(html)["nodes"]}
    assert "http://127.0.0.1:8765/company/microsoft" in urls
    assert 'action="http://127.0.0.1:8765/view"' in html and "form-action http://127.0.0.1:8765" in html.replace("&#39;", "'")


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_for_gephi(store, tmp_path, fmt, reader):
    out = tmp_path / f"g.{fmt}"
    r = run("view", "--store", store, "--types", "Company", "-o", str(out))  # format from the extension
    assert r.returncode == 0, r.stderr
    G = reader(out)
    assert G.number_of_nodes() >= 3 and all(d["type"] == "Company" for _, d in G.nodes(data=True))


def test_bad_options_exit_2_with_a_message(store, tmp_path):
    for args, words in [(("--depth", "5"), "depth=5"), (("--center", "Nobody Corp"), "no entity named"),
                        (("--date-from", "2024-99"), "month"), (("--path-from", "microsoft"), "both"),
                        (("--server", "javascript:alert(1)"), "http://127.0.0.1:8000")]:
        r = run("view", "--store", store, *args, "-o", str(tmp_path / "x.html"))
        assert r.returncode == 2 and words in r.stderr, r.stderr
    assert not (tmp_path / "x.html").exists()


def test_analytics_commands(store):
    r = run("analytics", "rankings", "--store", store, "--measure", "degree", "--limit", "1")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["results"][0]["label"] == "Microsoft"
    r = run("analytics", "path", "--store", store, "Mistral AI", "openai")
    assert json.loads(r.stdout)["length"] == 2
    r = run("analytics", "connected", "--store", store, "microsoft", "mistral-ai")
    assert json.loads(r.stdout)["direction"] == "forward"
    r = run("analytics", "communities", "--store", store)
    assert json.loads(r.stdout)["count"] >= 1
    r = run("analytics", "rankings", "--store", store, "--limit", "-3")
    assert r.returncode == 2 and "limit" in r.stderr


def test_help_documents_the_view_parameters():
    r = run("view", "--help")
    for option in ("--center", "--depth", "--path-from", "--relations", "--types", "--date-from", "--as-of",
                   "--min-amount", "--limit", "--size-by", "--format", "--server"):
        assert option in r.stdout
    assert "rankings" in run("analytics", "--help").stdout

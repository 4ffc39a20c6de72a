"""The `alliancekg` command, run as a real process on a real on-disk store."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "seed-microsoft-mistral.txt"

ARTICLE = """Vantory Labs buys Pellucid Data

Staff writer
September 9, 2025

Vantory Labs has acquired Pellucid Data, a Toronto-based data-labelling start-up, for $210 million.
"""

TURTLE = """@prefix akg: <https://w3id.org/alliancekg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/acme> a akg:Company ; rdfs:label "Acme Analytics" ; akg:investsIn <https://example.org/zed> .
<https://example.org/zed> a akg:Company ; rdfs:label "Zed Robotics" .
"""


def run(*args: str, check: bool = False) -> subprocess.CompletedProcess:
    exe = shutil.which("alliancekg")
    cmd = [exe] if exe else [sys.executable, "-m", "alliancekg.api.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, check=check)


@pytest.fixture
def inbox(tmp_path):
    d = tmp_path / "inbox"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "sub" / "linked.ttl").write_text(TURTLE, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (d / "latin1.txt").write_bytes("Caf\xe9 news\n\nSociété Générale invests".encode("latin-1"))
    (d / "broken.ttl").write_text("<https://example.org/a> <https://example.org/b> .", encoding="utf-8")
    return d


def test_ingest_reports_each_bad_file_goes_on_and_exits_non_zero(tmp_path, inbox):
    store = tmp_path / "store"
    r = run("ingest", "--store", str(store), str(inbox), str(tmp_path / "missing.txt"))
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    for name in ("empty.txt", "binary.txt", "latin1.txt", "broken.ttl", "missing.txt"):
        assert sum(name in e for e in errors) == 1, (name, errors)
    assert "ingested 2 of 7 files" in r.stderr
    graphs = run("query", "--store", str(store), "--format", "csv",
                 "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", check=True).stdout.split()
    assert graphs[1:] == [
        "https://w3id.org/alliancekg/article/good",
        "https://w3id.org/alliancekg/graph/linked-ttl",
        "https://w3id.org/alliancekg/ontology",
    ]


def test_rdf_files_are_linked_in_as_they_are(tmp_path, inbox):
    store = tmp_path / "store"
    run("ingest", "-q", "--store", str(store), str(inbox / "sub" / "linked.ttl"), check=True)
    out = run("query", "--store", str(store), "--format", "json",
              "PREFIX akg: <https://w3id.org/alliancekg/ontology#> SELECT ?o WHERE { ?s akg:investsIn ?o }", check=True)
    assert json.loads(out.stdout)["results"]["bindings"] == [{"o": {"type": "uri", "value": "https://example.org/zed"}}]


def test_query_formats(tmp_path):
    store = tmp_path / "store"
    run("ingest", "-q", "--store", str(store), str(SEED), check=True)
    q = "PREFIX akg: <https://w3id.org/alliancekg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " \
        "SELECT ?investor ?investee WHERE { ?a akg:investsIn ?b . ?a rdfs:label ?investor . ?b rdfs:label ?investee } ORDER BY ?investee"
    table = run("query", "--store", str(store), q, check=True).stdout
    assert table.splitlines()[0].split() == ["investor", "|", "investee"]
    assert "Mistral AI" in table and "rows)" in table
    rows = list(csv.DictReader(io.StringIO(run("query", "--store", str(store), "--format", "csv", q, check=True).stdout)))
    assert {"investor": "Microsoft", "investee": "Mistral AI"} in rows
    bad = run("query", "--store", str(store), "SELECT nonsense")
    assert bad.returncode == 1 and "malformed SPARQL query" in bad.stderr and "Traceback" not in bad.stderr


def test_export_keeps_named_graphs(tmp_path):
    store = tmp_path / "store"
    run("ingest", "-q", "--store", str(store), str(SEED), check=True)
    trig = run("export", "--store", str(store), "--format", "trig", check=True).stdout
    assert "<https://w3id.org/alliancekg/article/seed-microsoft-mistral>" in trig
    out = tmp_path / "g.jsonld"
    run("export", "--store", str(store), "--format", "jsonld", "-o", str(out), check=True)
    assert json.loads(out.read_text())


def test_store_from_environment_and_missing_store_message(tmp_path, monkeypatch):
    monkeypatch.setenv("ALLIANCEKG_STORE", str(tmp_path / "envstore"))
    run("ingest", "-q", str(SEED), check=True)
    assert (tmp_path / "envstore").is_dir()
    r = run("query", "--store", str(tmp_path / "nowhere"), "ASK {}")
    assert r.returncode == 1 and "alliancekg ingest" in r.stderr


def test_extract_prints_facts_json():
    facts = json.loads(run("extract", str(SEED), "--format", "facts", check=True).stdout)
    assert facts["article"] == "seed-microsoft-mistral" and facts["published"] == "2024-03-04"
    for f in facts["facts"]:
        assert {"relation", "subject", "object", "evidence", "confidence"} <= f.keys()


def test_view_writes_a_self_contained_page(tmp_path):
    store = tmp_path / "store"
    run("ingest", "-q", "--store", str(store), str(SEED), check=True)
    out = tmp_path / "v.html"
    r = run("view", "--store", str(store), "-o", str(out), check=True)
    html = out.read_text()
    assert "Mistral AI" in html and "<script src=\"http" not in html
    assert "nodes" in r.stderr


@pytest.mark.parametrize("command", ["ingest", "extract", "query", "export", "view", "serve"])
def test_every_command_has_help(command):
    r = run(command, "--help", check=True)
    assert "usage: alliancekg " + command in r.stdout

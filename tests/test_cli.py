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
    # the command of the environment running the tests (not another install found first on PATH)
    beside = Path(sys.executable).with_name("alliancekg")
    exe = str(beside) if beside.exists() else shutil.which("alliancekg")
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


# -- every input format --------------------------------------------------------
READERS = ROOT / "tests" / "readers"


def test_extract_reads_html_and_markdown():
    html = json.loads(run("extract", str(READERS / "newsroom.html"), check=True).stdout)
    assert html["article"] == "newsroom" and html["published"] == "2024-06-14"
    assert {"relation": "invests_in", "subject": "Veltrana Systems", "object": "Korvid Labs"}.items() <= html["facts"][0].items()
    md = json.loads(run("extract", "--format", "article", str(READERS / "front-matter.md"), check=True).stdout)
    assert md["authors"] == ["Dara Venn", "Nell Ashby"] and md["format"] == "markdown" and md["published"] == "2024-06-14"


def test_extract_text_is_what_offsets_index():
    path = str(READERS / "newsroom.html")
    text = run("extract", "--format", "text", path, check=True).stdout
    facts = json.loads(run("extract", path, check=True).stdout)["facts"]
    assert "<" not in text and "trackerQueue" not in text
    for f in facts:
        ev = f["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_extract_on_json_lines_prints_one_object_per_article_and_reports_bad_lines():
    path = READERS / "wire.jsonl"
    r = run("extract", str(path))
    assert r.returncode == 1
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["article"] for o in out] == ["wire-example-quasarine-dastra", "ostrivo-capital-backs-korvid-labs-2025-03-04",
                                          "harrowgate-robotics-signs-with-pellmore-2025-03-05"]
    assert out[0]["published"] == "2025-03-02" and out[0]["facts"][0]["relation"] == "acquires"
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert [e.split(": ", 2)[1] for e in errors] == [f"{path}:2", f"{path}:5"]


def test_ingest_a_folder_of_every_format(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "web").mkdir(parents=True)
    shutil.copy(READERS / "newsroom.html", inbox / "web" / "newsroom.html")
    shutil.copy(READERS / "front-matter.md", inbox / "harrowgate.md")
    shutil.copy(READERS / "wire.jsonl", inbox / "wire.jsonl")
    (inbox / "notes.docx").write_bytes(b"PK\x03\x04")
    store = tmp_path / "store"
    r = run("ingest", "--store", str(store), str(inbox))
    assert r.returncode == 1
    assert f"error: {inbox / 'wire.jsonl'}:2: not valid JSON" in r.stderr
    assert f"error: {inbox / 'wire.jsonl'}:5: no article text" in r.stderr
    assert f"note: {inbox / 'notes.docx'}: skipped, unknown kind of file .docx" in r.stderr
    assert "ingested 2 of 3 files (5 articles)" in r.stderr
    assert "2 file(s) or line(s) failed" in r.stderr
    out = run("query", "--store", str(store), "--format", "csv",
              "PREFIX schema: <http://schema.org/> SELECT ?t WHERE { ?a schema:headline ?t } ORDER BY ?t", check=True)
    titles = out.stdout.splitlines()[1:]
    assert len(titles) == 5 and "Veltrana Takes a Stake in Korvid Labs & Brings Lumen to Its Cloud" in titles

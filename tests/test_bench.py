"""The benchmark's parts that decide what is measured: graph sizes, funding
rounds, synthetic articles, size parsing, and the report's target logic."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/ lives beside the package folders

from alliancekg.graph.extract import extract  # noqa: E402
from alliancekg.graph.store.embedded import EmbeddedStore  # noqa: E402
from bench.__main__ import parse_size  # noqa: E402
from bench.articles import synthetic_articles  # noqa: E402
from bench.mix import SHAPES  # noqa: E402
from bench.report import markdown, targets  # noqa: E402
from bench.synthetic import companies_for_triples, synthetic_nquads, synthetic_quads, write_nquads  # noqa: E402


def test_sizes_parse_and_bad_ones_say_why():
    assert parse_size("100k") == 100_000 and parse_size("1M") == 1_000_000 and parse_size("2.5m") == 2_500_000
    assert parse_size("250000") == 250_000
    for bad in ("lots", "5k"):
        with pytest.raises(Exception, match="size|10k"):
            parse_size(bad)


def test_a_graph_sized_by_triples_lands_near_the_target():
    companies = companies_for_triples(60_000)
    quads = sum(1 for _ in synthetic_quads(companies, funding_rounds=0.15))
    assert abs(quads - 60_000) / 60_000 < 0.05


def test_without_rounds_the_graph_is_the_one_earlier_figures_used():
    assert synthetic_nquads(300) == synthetic_nquads(300, funding_rounds=0.0)
    assert synthetic_nquads(300) != synthetic_nquads(300, funding_rounds=0.15)


def test_funding_rounds_put_several_investors_on_one_date_in_one_article(tmp_path):
    path = tmp_path / "g.nq"
    stats = write_nquads(path, 400, funding_rounds=0.15)
    assert stats.quads == sum(1 for line in path.read_text().splitlines() if line)
    store = EmbeddedStore(None)
    store.bulk_load(path, "nquads", "urn:x-test:default")
    rows = store.query("""PREFIX akg: <https://w3id.org/alliancekg/ontology#>
        SELECT ?g ?investee ?date (COUNT(DISTINCT ?investor) AS ?n) WHERE {
          GRAPH ?g { ?deal a akg:Investment ; akg:investor ?investor ; akg:investee ?investee ; akg:date ?date }
        } GROUP BY ?g ?investee ?date HAVING (COUNT(DISTINCT ?investor) > 1)""").rows()
    assert len(rows) >= 20  # 60 rounds of 2-5 investors, a few collapse to one when an investor repeats
    assert stats.articles == store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/alliancekg/ontology#Article> } }").rows()[0]["n"]


def test_synthetic_articles_are_about_3kb_with_deals_the_extractor_finds():
    articles = list(synthetic_articles(20, seed=5))
    sizes = [len(a.text.encode("utf-8")) for a in articles]
    assert all(2_800 <= s <= 4_000 for s in sizes)
    assert len({a.id for a in articles}) == 20
    relations = defaultdict(int)
    for a in articles:
        for fact in extract(a).facts:
            relations[fact.relation] += 1
    assert {"invests_in", "acquires", "partners_with"} <= set(relations)
    assert sum(relations.values()) / len(articles) >= 4
    # invented names only: every company named in a title comes from the generator's syllables
    assert all(re.match(r"^[A-Z][a-z]+ [A-Z]", a.title) for a in articles)


def _results(http_p50: float, floor_p50: float, rss: int) -> dict:
    mix = lambda p50: {"shapes": {s: {"p50": p50, "p95": p50, "n": 1, "timeouts": 0} for s in SHAPES}, "p50": p50, "p95": p50, "mix_s": p50 * 7, "n": 7}  # noqa: E731
    return {
        "started": "2026-01-01T00:00:00+00:00", "command": "python -m bench", "wall_s": 60,
        "machine": {"cpu": "test", "cores": 2, "memory_bytes": 2**30, "os": "test", "loadavg_start": (1, 1, 1)},
        "versions": {"pyoxigraph": "x"}, "config": {"runs": 5, "rounds": 10, "concurrency_s": 8},
        "sizes": {"1000000": {"sparql": {"rounds": 10,
            "alliancekg_http": mix(http_p50), "oxigraph_disk": mix(floor_p50), "oxigraph_memory": mix(floor_p50),
            "executor": mix(floor_p50), "http_floor": {"p50": 0.001},
            "ratio_http_vs_oxigraph_disk": {"p50": http_p50 / floor_p50, "mix": http_p50 / floor_p50,
                                            "geomean_shapes": http_p50 / floor_p50, "shapes": {}},
            "ratio_executor_vs_oxigraph_disk": {"p50": 1.0},
            "alliancekg_memory": {"server_peak_rss": rss, "children_peak_rss_sum": rss, "children": [], "total_rss_now": rss},
        }}},
    }


def test_targets_are_judged_on_the_figures():
    met = {t["target"]: t["met"] for t in targets(_results(0.011, 0.010, 300 * 2**20))}
    assert met["HTTP p50 vs in-process Oxigraph, mix, 1M"] is True
    assert met["server peak RSS with workers, 1M triples"] is True
    assert met["not slower than Virtuoso"] is None  # not measured is neither met nor missed
    met = {t["target"]: t["met"] for t in targets(_results(0.020, 0.010, 600 * 2**20))}
    assert met["HTTP p50 vs in-process Oxigraph, mix, 1M"] is False
    assert met["server peak RSS with workers, 1M triples"] is False
    text = markdown(_results(0.020, 0.010, 600 * 2**20), Path("bench/results.json"))
    assert "| HTTP p50 vs in-process Oxigraph, mix, 1M | 2.00x | <= 1.2x | **no** |" in text


def test_extraction_reads_the_written_news_too(tmp_path):
    """The extraction measure also reads news written for the tests and reports its rate per article and per 3 KB;
    the report states both beside the synthetic target."""
    from bench.extraction import measure_written

    src = Path(__file__).resolve().parent / "articles" / "tune"
    for gold in sorted(src.glob("*.gold.json"))[:3]:
        stem = gold.name[: -len(".gold.json")]
        for p in src.glob(stem + ".*"):
            (tmp_path / p.name).write_bytes(p.read_bytes())
    w = measure_written(1, tmp_path)
    size = sum(len(p.read_bytes()) for p in tmp_path.glob("*.txt"))
    assert w["articles"] == 3 and w["mean_bytes"] == round(size / 3)
    assert w["kb3_per_cpu_s"] == pytest.approx(w["articles_per_cpu_s"] * w["mean_bytes"] * 3 / 3000 / 3, rel=0.01)
    assert measure_written(1, tmp_path / "missing") is None
    results = _results(0.011, 0.010, 300 * 2**20)
    results["extraction"] = {"articles": 10, "runs": 1, "mean_bytes": 3000, "facts_per_article": 10.0, "warmup_s": 0.1,
                             "articles_per_s": 190.0, "articles_per_cpu_s": 201.0, "peak_rss": 40 * 2**20, "written": w,
                             "measured": {"started": "2026-11-29T14:43:00+00:00", "command": "python -m bench --only extraction",
                                          "loadavg_start": [0.8, 0.8, 0.8]}}
    met = {t["target"]: t for t in targets(results)}["extraction, one core"]
    assert met["met"] is True and f"{w['kb3_per_cpu_s']:.0f} per 3 KB" in met["note"]
    text = markdown(results, Path("bench/results.json"))
    assert f"{w['articles']} articles written for the tests" in text
    assert "by `python -m bench --only extraction` at 2026-11-29 14:43 UTC (load average 0.8" in text


def test_instruction_counts_are_read_from_callgrind_and_compared_by_their_mean_over_layouts():
    from bench.instructions import collected, summary

    log = "==1== Events    : Ir\n==1== Collected : 2176001234\n==1==\n==1== I   refs:      2,176,001,234\n"
    assert collected(log) == 2_176_001_234
    with pytest.raises(ValueError, match="Collected"):
        collected("valgrind: command not found")
    rows = summary({"old": [2_176_000_000, 2_178_000_000], "new": [2_154_000_000, 2_178_000_000]}, articles=60)
    assert [r["version"] for r in rows] == ["old", "new"]
    assert rows[0]["mean_millions"] == 2177.0 and rows[0]["ratio_to_first"] == 1.0
    assert rows[1]["millions"] == [2154, 2178] and rows[1]["mean_millions"] == 2166.0
    assert rows[1]["ratio_to_first"] == round(2166 / 2177, 4) and rows[1]["per_article_millions"] == round(2166 / 60, 2)


def test_versions_are_compared_by_their_paired_cpu_rates_and_the_estimate_is_on_0_11_0s_host():
    """The extraction target is judged by 0.11.0's yardstick: each turn times every version, a version's ratio is the
    median of its per-turn ratios to the reference, and only against 0.11.0 is there an estimate."""
    from bench.versus import ANCHOR_RATE, ANCHOR_REF, summary

    rates = {ANCHOR_REF: [140.0, 100.0, 150.0], "new": [112.0, 90.0, 105.0]}  # a slow second turn for both
    rows = summary(rates, anchor=ANCHOR_RATE)
    assert rows[0]["ratio_to_first"] == 1.0 and rows[0]["estimate"] == 205
    assert rows[1]["ratio_to_first"] == 0.8  # per turn 0.8, 0.9, 0.7: their median, not 90/140 from the medians
    assert rows[1]["ratio_range"] == (0.7, 0.9) and rows[1]["median_rate"] == 105.0
    assert rows[1]["estimate"] == round(ANCHOR_RATE * 0.8)
    assert "estimate" not in summary({"a": [1.0], "b": [2.0]}, anchor=None)[1]


def test_a_fast_host_does_not_meet_the_extraction_target_that_0_11_0s_yardstick_misses():
    results = _results(0.011, 0.010, 300 * 2**20)
    results["extraction"] = {"articles": 10, "runs": 1, "mean_bytes": 3000, "facts_per_article": 10.0, "warmup_s": 0.1,
                             "articles_per_s": 250.0, "articles_per_cpu_s": 250.0, "peak_rss": 40 * 2**20,
                             "versus": {"reference": "08abb00", "anchor_rate": 205.0, "turns": 3, "reference_rates": [320.0] * 3,
                                        "rates": [250.0] * 3, "ratio": 0.781, "estimate": 160}}
    row = {t["target"]: t for t in targets(results)}["extraction, one core"]
    assert row["met"] is False and row["figure"].startswith("~160 ")
    assert "0.781 x 0.11.0" in row["note"] and "here 250 per CPU second" in row["note"]
    results["extraction"]["versus"] = {"error": "CalledProcessError: no such commit"}  # a shallow clone: this host's rate alone
    row = {t["target"]: t for t in targets(results)}["extraction, one core"]
    assert row["met"] is True and row["figure"] == "250 articles per CPU second"


def test_a_timing_run_reads_real_articles_in_a_fresh_process(tmp_path):
    """``rate`` times the extractor importable from the given folder (here none: the installed one) in a process of its own."""
    from bench.versus import rate

    per_s = rate(tmp_path, 3, tmp_path)
    assert 1 < per_s < 100_000

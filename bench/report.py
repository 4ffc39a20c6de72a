"""BENCHMARKS.md from the raw figures of a run, and the targets met or missed."""

from __future__ import annotations

import math
from pathlib import Path

from .mix import SHAPES

GIB = 2**30
MIB = 2**20


def _ms(seconds: float | None) -> str:
    if seconds is None or (isinstance(seconds, float) and math.isnan(seconds)):
        return "n/a"
    if seconds >= 10:
        return f"{seconds:,.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def _x(ratio: float | None) -> str:
    if ratio is None or math.isnan(ratio):
        return "n/a"
    return f"{ratio:.2f}x" if ratio < 10 else f"{ratio:.0f}x"


def _size(n: int) -> str:
    return f"{n / 1e6:g}M" if n >= 1_000_000 else f"{n // 1000}k"


def _largest(results: dict, key: str) -> tuple[str, dict] | None:
    sizes = [(int(k), v) for k, v in results.get("sizes", {}).items() if key in v]
    if not sizes:
        return None
    k, v = max(sizes, key=lambda kv: kv[0])
    return str(k), v


def targets(results: dict) -> list[dict]:
    """Each target: what, the figure, the goal, met (True/False/None when not measured)."""
    out = []

    def add(what, figure, goal, met, note=""):
        out.append({"target": what, "figure": figure, "goal": goal, "met": met, "note": note})

    sparql = [(int(k), v["sparql"]) for k, v in results.get("sizes", {}).items() if "sparql" in v]
    for size, s in sorted(sparql):
        r = s["ratio_http_vs_oxigraph_disk"]
        add(f"HTTP p50 vs in-process Oxigraph, mix, {_size(size)}", _x(r["p50"]), "<= 1.2x", r["p50"] <= 1.2,
            f"per-shape geomean {_x(r['geomean_shapes'])}, mix sum {_x(r['mix'])}; pooled p50 "
            f"{_ms(s['oxigraph_disk']['p50'])} in process, {_ms(s['executor']['p50'])} through the workers, "
            f"{_ms(s['alliancekg_http']['p50'])} over HTTP (GET /health alone: {_ms(s['http_floor']['p50'])})")
        if "ratio_rdflib_vs_http" in s:
            rr = s["ratio_rdflib_vs_http"]
            capped = any(v["timeouts"] for v in s["rdflib_endpoint"]["mix"]["shapes"].values())
            per_shape = sorted(rr["shapes"].values())
            rdf = s["rdflib_endpoint"]
            note = (f"per shape {_x(per_shape[0])} to {_x(per_shape[-1])}" if per_shape else "")
            note += f"; rdflib-endpoint took {_ms(rdf['startup_s'])} to load and start, {rdf['memory'].get('server_peak_rss', 0) / GIB:.2f} GiB"
            if capped:
                note += "; lower bound: some queries hit the cap"
            add(f"faster than rdflib-endpoint, mix, {_size(size)}", ("≥ " if capped else "") + _x(rr["mix"]), ">= 20x",
                rr["mix"] >= 20, note)
        for label, ratio in s.get("ratio_http_vs_endpoints", {}).items():
            add(f"not slower than {label}, mix, {_size(size)}", _x(ratio["mix"]), "<= 1x", ratio["mix"] <= 1.0)
    if not any("Virtuoso" in t["target"] for t in out):
        add("not slower than Virtuoso", "not measured", "<= 1x", None, "needs --virtuoso URL (the remote-store backend)")
    for size, entry in sorted((int(k), v) for k, v in results.get("sizes", {}).items()):
        if "import" in entry:
            rate = entry["import"]["disk_bulk"]["triples_per_s"]
            add(f"bulk import on disk, {_size(size)}", f"{rate / 1e6:.2f}M triples/s", ">= 0.3M/s", rate >= 300_000)
    if "extraction" in results:
        e = results["extraction"]
        rate = e["articles_per_cpu_s"]
        w = e.get("written")
        v = e.get("versus")
        written = f"; the news written for the tests: {w['kb3_per_cpu_s']:.0f} per 3 KB of text" if w else ""
        if v and "estimate" in v:  # judged by 0.11.0's yardstick: hosts differ by up to 2x, so this host's rate alone says little
            add("extraction, one core", f"~{v['estimate']} articles per CPU second on 0.11.0's host", ">= 200/s", v["estimate"] >= 200,
                f"{v['ratio']:.3f} x 0.11.0 timed in {v['turns']} alternating turn(s) on this host (python -m bench.versus), "
                f"0.11.0 read {v['anchor_rate']:.0f} on its host; here {rate:.0f} per CPU second{written}")
        else:
            add("extraction, one core", f"{rate:.0f} articles per CPU second", ">= 200/s", rate >= 200,
                f"{e['articles_per_s']:.0f}/s by the wall clock on the shared machine" + written)
    big = _largest(results, "sparql")
    if big:
        mem = big[1]["sparql"]["alliancekg_memory"]
        total = mem["server_peak_rss"] + mem["children_peak_rss_sum"]
        add(f"server peak RSS with workers, {_size(int(big[0]))} triples", f"{total / GIB:.2f} GiB "
            f"(server {mem['server_peak_rss'] / MIB:.0f} MiB + workers {mem['children_peak_rss_sum'] / MIB:.0f} MiB)",
            "<= 1 GiB (for 1M)", total <= GIB if int(big[0]) <= 1_000_000 else None)
    for row in results.get("views", []):
        if row["companies"] == 10_000:
            view = row["whole (cold)"]["seconds"]
            add("capped view from a 10,000-company store (cold layout; the graph kept built by the server)", _ms(view),
                "<= 1 s", view <= 1.0,
                f"reading the store into the graph takes {_ms(row['alliance_graph_s'])} more: `serve` does it in the "
                f"background at start and after writes; with it, {_ms(view + row['alliance_graph_s'])}")
    return out


def targets_text(results: dict) -> str:
    lines = ["", "targets (reported, not enforced):"]
    for t in targets(results):
        mark = {True: "met   ", False: "MISSED", None: "  -   "}[t["met"]]
        lines.append(f"  {mark} {t['target']}: {t['figure']} (goal {t['goal']}){' - ' + t['note'] if t['note'] else ''}")
    return "\n".join(lines)


def _table(header: list[str], rows: list[list[str]], numeric: bool = True) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 or not numeric else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def markdown(results: dict, json_path: Path) -> str:
    m, v = results["machine"], results["versions"]
    c = results["config"]
    parts = [
        "# Benchmarks",
        "",
        f"Made by `{results['command'].strip()}` on {results['started'][:16].replace('T', ' ')} UTC in "
        f"{results.get('wall_s', 0) / 60:.1f} minutes; raw figures in [{json_path.as_posix()}]({json_path.as_posix()}). "
        "How to run it and what each measure does: [bench/README.md](bench/README.md).",
        "",
        f"**Machine:** {m['cpu']}, {m['cores']} cores, {m['memory_bytes'] / GIB:.0f} GiB, {m['os']}; "
        f"load average {m['loadavg_start'][0]:.1f} at the start, {m.get('loadavg_end', [float('nan')])[0]:.1f} at the end. "
        + (results.get("machine_note") or ""),
        "",
        "**Versions:** " + ", ".join(f"{k} {val}" for k, val in v.items()),
        "",
        ("**Method:** one run of each measure after a warm-up (--quick); the query mix is " if c["runs"] == 1 else
         f"**Method:** medians of {c['runs']} runs after a warm-up (imports of 1M and more: {min(c['runs'], 3)} runs); the query mix is ")
        + 
        f"{c['rounds']} rounds of {len(SHAPES)} shapes (each round about another company: hubs and ordinary ones, "
        "bench/mix.py) after one warm-up round, asked one at a time on one keep-alive connection by POST "
        "`application/sparql-query`, JSON results read whole. Peers run in the same run on the same data.",
        "",
        "## Targets",
        "",
        _table(["target", "figure", "goal", "met", "note"],
               [[t["target"], t["figure"], t["goal"], {True: "yes", False: "**no**", None: "-"}[t["met"]], t["note"]]
                for t in targets(results)], numeric=False),
    ]
    if "extraction" in results:
        e = results["extraction"]
        parts += ["", "## Extraction", "",
                  f"Synthetic deal articles (bench/articles.py: invented companies, about {e['mean_bytes']:,} bytes, "
                  f"{e['facts_per_article']:.1f} facts each), `extract()` in one process on one core.", "",
                  _table(["articles", "runs", "articles/s (wall)", "articles/s (CPU)", "peak RSS", "warm-up"],
                         [[str(e["articles"]), str(e["runs"]), f"{e['articles_per_s']:.0f}", f"{e['articles_per_cpu_s']:.0f}",
                           f"{e['peak_rss'] / MIB:.0f} MiB", _ms(e["warmup_s"])]])]
        if e.get("measured"):
            when = e["measured"]
            parts += ["", f"Measured apart from the rest of this file, by `{when['command']}` at {when['started'][:16].replace('T', ' ')} UTC "
                      f"(load average {when['loadavg_start'][0]:.1f} at the start), and merged into the raw figures."]
        w = e.get("written")
        if w:
            parts += ["", f"The {w['articles']} articles written for the tests ({w['folder']}: realistic deal news and odd genres, "
                      f"{w['mean_bytes']:,} bytes on average), read the same way after one pass: "
                      f"{w['articles_per_cpu_s']:.0f} articles and {w['kb3_per_cpu_s']:.0f} times 3 KB of text per CPU second. "
                      "Their sentences are longer and name more companies than the synthetic ones, so each kilobyte costs more."]
    sizes = sorted((int(k), val) for k, val in results.get("sizes", {}).items())
    rows = []
    for size, entry in sizes:
        if "import" not in entry:
            continue
        i, d = entry["import"], entry["data"]
        row = [_size(size), f"{d['quads']:,}", f"{d['articles']:,}",
               f"{_ms(i['disk_bulk']['seconds'])} ({i['disk_bulk']['triples_per_s'] / 1e6:.2f}M/s)",
               f"{_ms(i['memory']['seconds'])} ({i['memory']['triples_per_s'] / 1e6:.2f}M/s)",
               f"{_ms(i['disk_updates']['seconds'])} ({i['disk_updates']['triples_per_s'] / 1e6:.2f}M/s)" if "disk_updates" in i else "-"]
        rdf = entry.get("sparql", {}).get("rdflib_endpoint")
        row.append(_ms(rdf["startup_s"]) + " (parse + start)" if rdf else "-")
        rows.append(row)
    if rows:
        parts += ["", "## Import", "",
                  "`EmbeddedStore.bulk_load` of the N-Quads file (one named graph per article, the default graph kept as "
                  "their union): on disk (Oxigraph's bulk loader) and in memory; the SPARQL-update path every write took "
                  "before (`load_rdf` in batches of whole articles, 100k only); rdflib-endpoint's start-up (rdflib parsing "
                  "the same file into memory).", "",
                  _table(["size", "quads", "articles", "disk, bulk", "memory", "disk, SPARQL updates", "rdflib-endpoint start"], rows)]
    for size, entry in sizes:
        s = entry.get("sparql")
        if not s:
            continue
        parts += ["", f"## SPARQL, {_size(size)} triples", ""]
        cols = [("AllianceKG HTTP", s["alliancekg_http"]), ("AllianceKG workers, no HTTP", s["executor"]),
                ("Oxigraph in process (disk)", s["oxigraph_disk"]),
                ("Oxigraph in process (memory)", s["oxigraph_memory"])]
        rdf = s.get("rdflib_endpoint")
        if rdf and rdf.get("mix"):
            cols.append(("rdflib-endpoint", rdf["mix"]))
        for label, mix in s.get("endpoints", {}).items():
            cols.append((label, mix))
        header = ["shape"] + [f"{label} p50 / p95" for label, _ in cols] + ["HTTP ÷ in-process"]
        if rdf and rdf.get("mix"):
            header.append("rdflib-endpoint ÷ HTTP")
        for label in s.get("endpoints", {}):
            header.append(f"HTTP ÷ {label}")
        body = []
        for shape in SHAPES:
            row = [shape]
            for _, mix in cols:
                sh = mix["shapes"][shape]
                if not sh["n"]:
                    row.append("not run")
                elif sh.get("timeouts"):
                    row.append(f"≥ {_ms(sh['p50'])} (cap)")
                else:
                    row.append(f"{_ms(sh['p50'])} / {_ms(sh['p95'])}")
            row.append(_x(s["ratio_http_vs_oxigraph_disk"]["shapes"].get(shape)))
            if rdf and rdf.get("mix"):
                row.append(_x(s.get("ratio_rdflib_vs_http", {}).get("shapes", {}).get(shape)))
            for label in s.get("endpoints", {}):
                row.append(_x(s["ratio_http_vs_endpoints"][label]["shapes"].get(shape)))
            body.append(row)
        total = ["**mix** (sum of p50s) / pooled p50"] + [f"{_ms(mix['mix_s'])} / {_ms(mix['p50'])}" for _, mix in cols]
        total.append(_x(s["ratio_http_vs_oxigraph_disk"]["mix"]) + " / " + _x(s["ratio_http_vs_oxigraph_disk"]["p50"]))
        if rdf and rdf.get("mix"):
            total.append(_x(s.get("ratio_rdflib_vs_http", {}).get("mix")))
        for label in s.get("endpoints", {}):
            total.append(_x(s["ratio_http_vs_endpoints"][label]["mix"]))
        body.append(total)
        parts.append(_table(header, body))
        agree = s.get("answers_agree", {})
        if agree:
            bad = {k: v for k, v in agree.items() if v["differ"]}
            parts += ["", "Same answers: " + ("every engine returned as many rows as AllianceKG for every query ("
                      + ", ".join(f"{k} {v['compared']}" for k, v in agree.items()) + " queries compared)." if not bad else
                      "**row counts differ** from AllianceKG's: " + ", ".join(f"{k} on {v['differ']} of {v['compared']} queries" for k, v in bad.items()) + ".")]
        parts += ["", f"The mix was asked {s['rounds']} rounds after a warm-up round, interleaved: each query on every engine "
                  "in turn (who goes first rotates), so that load from other work on the machine hits them alike."]
        if rdf:
            parts += ["", f"rdflib-endpoint: {rdf['rounds']} round(s) of the mix{' after a warm-up round' if size <= 200_000 else ', no warm-up (each shape asked once)'}, "
                      f"each query capped at {rdf['cap_s']:g} s (a query over the cap counts as the cap, so its figure and ratio "
                      f"are lower bounds, and the shape is not asked again); it answers one query at a time on its event loop, so "
                      f"after a timeout it was restarted ({rdf['restarts']} restart(s))."
                      + (f" Not run: {', '.join(rdf['mix'].get('not_run', []))}." if rdf["mix"].get("not_run") else "")
                      + f" Its peak RSS after loading: {rdf['memory'].get('server_peak_rss', 0) / MIB:,.0f} MiB."]
        parts += ["", f"Where the time goes ({_size(size)}): Oxigraph in process answers the mix's median query in "
                  f"{_ms(s['oxigraph_disk']['p50'])}; the same queries through the server's worker processes (pipe, "
                  f"pickling, no HTTP) take {_ms(s['executor']['p50'])} ({_x(s['ratio_executor_vs_oxigraph_disk']['p50'])}); "
                  f"over HTTP {_ms(s['alliancekg_http']['p50'])}; the cheapest HTTP request (GET /health, no query) takes "
                  f"{_ms(s['http_floor']['p50'])} by itself (client, uvicorn, FastAPI)."]
        fr = s.get("alliancekg_first_requests", {})
        if fr:
            parts += ["", f"`alliancekg serve` start-up to the first answer of /health: {_ms(s['alliancekg_startup_s'])}; "
                      "first requests after start: " + "; ".join(f"{k} {_ms(val['seconds'])} ({val['bytes'] / 1e3:,.0f} kB)" for k, val in fr.items())]
        if s.get("concurrency"):
            peer = {r["clients"]: r for r in (rdf or {}).get("concurrency", [])}
            header = ["clients", "queries/s", "p50", "p95", "errors"]
            if peer:
                header += ["rdflib-endpoint queries/s", "p95", "errors", "AllianceKG ÷ rdflib-endpoint"]
            rows = []
            for r in s["concurrency"]:
                row = [str(r["clients"]), f"{r['qps']:.0f}", _ms(r["p50"]), _ms(r["p95"]), str(r["errors"])]
                if peer:
                    p = peer.get(r["clients"])
                    row += [f"{p['qps']:.1f}", _ms(p["p95"]), str(p["errors"]), _x(r["qps"] / p["qps"] if p["qps"] else float("nan"))] if p else ["-"] * 4
                rows.append(row)
            parts += ["", f"Concurrency ({_size(size)}, over HTTP, the mix's queries cycled by each client for "
                      f"{c['concurrency_s']:g} s; AllianceKG with its default 2 query workers"
                      + ("; rdflib-endpoint measured the same way" if peer else
                         "; rdflib-endpoint is measured only up to 200k, where a run of it takes seconds, not minutes")
                      + "):", "", _table(header, rows)]
        mem = s.get("alliancekg_memory")
        if mem:
            parts += ["", f"Memory ({_size(size)}): server peak RSS {mem['server_peak_rss'] / MIB:.0f} MiB; worker processes' peaks "
                      + ", ".join(f"{ch.get('VmHWM', 0) / MIB:.0f} MiB" for ch in mem["children"])
                      + f" (sum {mem['children_peak_rss_sum'] / MIB:.0f} MiB); everything now {mem['total_rss_now'] / MIB:.0f} MiB."]
    if results.get("views"):
        parts += ["", "## Views", "",
                  "In process, on an in-memory store of the synthetic graph: `alliance_graph` (reading the store into networkx; "
                  "`alliancekg serve` keeps it built in the background, at start and once writes settle) and `build_view` to self-contained HTML (the whole network capped at "
                  "1,500 drawn nodes; cold: layout computed, warm: layout cached; an ego network of depth 2 around the busiest company).", "",
                  _table(["companies", "graph nodes", "alliance_graph", "whole view cold", "whole view warm", "ego depth 2", "HTML size (whole)"],
                         [[f"{r['companies']:,}", f"{r['graph_nodes']:,}", _ms(r["alliance_graph_s"]), _ms(r["whole (cold)"]["seconds"]),
                           _ms(r["whole (warm)"]["seconds"]), _ms(r["ego depth 2 of a hub"]["seconds"]),
                           f"{r['whole (cold)']['html_bytes'] / 1e6:.2f} MB ({r['whole (cold)']['drawn']:,} drawn)"] for r in results["views"]])]
    if results.get("notes"):
        parts += ["", results["notes"]]
    parts += ["", "## Commands", "", "```sh", "python -m pip install -e '.[bench]'", "python -m bench --quick        # under 2 minutes",
              "python -m bench                # this file", "python -m bench --sizes 100k,1M,5M --only import,sparql", "```", ""]
    return "\n".join(parts)

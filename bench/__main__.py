"""AllianceKG's benchmark: extraction, import, SPARQL, concurrency, views and
memory at scale, with the peers measured in the same run.

    python -m bench --quick                      # 100k triples, one run: under 2 minutes
    python -m bench                              # 100k and 1M triples, medians of 5 (3 for 1M imports): 6-10 minutes on 2 cores
    python -m bench --sizes 100k,1M,5M           # any sizes (k and M suffixes)
    python -m bench --only sparql,concurrency    # some measures only
    python -m bench --virtuoso http://127.0.0.1:8890/sparql --virtuoso-loaded   # also an endpoint holding the same data

Measures (see bench/README.md): extraction (articles/s on one core, peak
memory); import (triples/s, bulk into the store on disk and in memory);
sparql (p50/p95 of a seven-shape query mix through `alliancekg serve` over
HTTP, on pyoxigraph in process, on rdflib-endpoint, and on --virtuoso);
concurrency (queries/s with 1, 8, 32 clients, errors counted); views
(generation time and HTML size at 100, 1,000, 10,000 companies); memory (peak
RSS of the server and its worker processes).  Writes BENCHMARKS.md and a JSON
file of the raw figures; prints the targets met and missed.
"""

from __future__ import annotations

import argparse
import json
import platform
import shlex
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

MEASURES = ("extraction", "import", "sparql", "concurrency", "views", "memory")


def parse_size(text: str) -> int:
    t = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    try:
        value = float(t[:-1] if scale != 1 else t) * scale
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size: write 100k, 1M or 250000") from None
    if value < 10_000:
        raise argparse.ArgumentTypeError(f"{text!r}: sizes start at 10k triples")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="100k triples, one run of each measure (under 2 minutes): for checking a change")
    ap.add_argument("--sizes", type=lambda s: [parse_size(x) for x in s.split(",") if x.strip()],
                    help="graph sizes in triples, comma-separated (default 100k,1M; --quick: 100k)")
    ap.add_argument("--only", type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
                    help=f"measures to run, comma-separated, of: {', '.join(MEASURES)} (default all)")
    ap.add_argument("--runs", type=int, default=5, help="runs per measure, the median reported (default 5; --quick: 1)")
    ap.add_argument("--rounds", type=int, default=10, help="rounds of the query mix after a warm-up round (default 10; --quick: 3)")
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib-endpoint (the slowest part of a run)")
    ap.add_argument("--rdflib-cap", type=float, default=30.0, metavar="S",
                    help="seconds an rdflib-endpoint query may take; longer counts as >= S (default 30)")
    ap.add_argument("--virtuoso", metavar="URL", help="a SPARQL endpoint (Virtuoso) to measure too; it must hold the same data")
    ap.add_argument("--virtuoso-loaded", action="store_true",
                    help="the endpoint already holds the benchmark's graph at the (single) size given; without it, "
                         "bench.remote_store.load_endpoint(url, nquads_path) loads it before each size")
    ap.add_argument("--machine-note", default="", metavar="TEXT",
                    help="a sentence about the machine for the report (e.g. that it was shared)")
    ap.add_argument("--notes", type=Path, default=Path("bench/NOTES.md"), metavar="FILE",
                    help="a Markdown file appended to the report as its findings (default bench/NOTES.md, if it exists)")
    ap.add_argument("--render", type=Path, metavar="JSON",
                    help="measure nothing: write the report (--markdown, default BENCHMARKS.md) from a results file, "
                         "with the current --notes")
    ap.add_argument("--workdir", type=Path, default=Path("bench/.work"), help="where data files and stores go (default bench/.work)")
    ap.add_argument("--json", type=Path, default=None, help="write the raw figures here (default bench/results.json; --quick: bench/.work/quick.json)")
    ap.add_argument("--markdown", type=Path, default=None, help="write the report here (default BENCHMARKS.md; --quick: bench/.work/QUICK.md)")
    return ap


def _versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for dist in ("alliancekg", "pyoxigraph", "rdflib", "rdflib-endpoint", "fastapi", "uvicorn", "httpx", "networkx"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "not installed"
    return out


def _machine() -> dict:
    import os

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        mem = int(Path("/proc/meminfo").read_text().split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0)
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_bytes": mem, "os": platform.platform(), "loadavg_start": load}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from . import report, suite

    if args.render:
        results = json.loads(args.render.read_text(encoding="utf-8"))
        if args.notes and args.notes.is_file() and not results.get("quick"):
            results["notes"] = args.notes.read_text(encoding="utf-8").strip()
        md_path = args.markdown or Path("BENCHMARKS.md")
        md_path.write_text(report.markdown(results, args.render), encoding="utf-8")
        print(report.targets_text(results))
        return 0
    only = set(args.only or MEASURES)
    unknown = only - set(MEASURES)
    if unknown:
        print(f"python -m bench: unknown measure(s) {', '.join(sorted(unknown))}; choose from {', '.join(MEASURES)}", file=sys.stderr)
        return 2
    sizes = args.sizes or ([100_000] if args.quick else [100_000, 1_000_000])
    endpoints = {}
    if args.virtuoso:  # asked for AllianceKG's union graph, as /sparql answers (Virtuoso's own default graph is a bag)
        from .remote_store import union_url

        endpoints = {"Virtuoso": union_url(args.virtuoso)}
    loader = None
    if args.virtuoso and not args.virtuoso_loaded:
        try:
            from .remote_store import load_endpoint as loader  # lands with the remote-store backend
        except ImportError:
            print("python -m bench: --virtuoso needs the data loaded: pass --virtuoso-loaded once it holds the "
                  "benchmark's graph, or install the remote-store backend (bench/remote_store.py)", file=sys.stderr)
            return 2
    if args.virtuoso and args.virtuoso_loaded and len(sizes) > 1:
        print("python -m bench: --virtuoso-loaded holds one graph: give one --sizes", file=sys.stderr)
        return 2
    cfg = suite.Config(sizes=sizes, runs=1 if args.quick else args.runs, rounds=3 if args.quick else args.rounds,
                       quick=args.quick, only=only, workdir=args.workdir, rdflib_cap=args.rdflib_cap,
                       endpoints=endpoints, endpoint_loader=loader, rdflib=not args.no_rdflib,
                       concurrency_s=3.0 if args.quick else 8.0)
    cfg.workdir.mkdir(parents=True, exist_ok=True)
    logs = cfg.workdir / "logs"
    logs.mkdir(exist_ok=True)
    json_path = args.json or (cfg.workdir / "quick.json" if args.quick else Path("bench/results.json"))
    md_path = args.markdown or (cfg.workdir / "QUICK.md" if args.quick else Path("BENCHMARKS.md"))
    started = time.perf_counter()
    results: dict = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": shlex.join(["python", "-m", "bench", *(argv if argv is not None else sys.argv[1:])]),
        "quick": args.quick, "machine": _machine(), "versions": _versions(),
        "config": {"sizes": sizes, "runs": cfg.runs, "rounds": cfg.rounds, "rdflib_cap_s": cfg.rdflib_cap,
                   "clients": list(cfg.clients), "concurrency_s": cfg.concurrency_s, "measures": sorted(only)},
        "sizes": {},
    }
    suite.say(f"bench: sizes {', '.join(f'{s:,}' for s in sizes)}; measures {', '.join(m for m in MEASURES if m in only)}")
    if "extraction" in only:
        results["extraction"] = suite.measure_extraction(cfg)
    for size in sizes:
        entry: dict = {}
        if only & {"import", "sparql", "concurrency", "memory"}:
            entry["data"] = suite.dataset(cfg, size)
            store_dir = cfg.workdir / f"store-{size}"
            if "import" in only or not store_dir.exists():
                entry["import"] = suite.measure_import(cfg, entry["data"], store_dir)
            if only & {"sparql", "concurrency", "memory"}:
                entry["sparql"] = suite.measure_sparql(cfg, size, entry["data"], store_dir, logs)
        results["sizes"][str(size)] = entry
        _save(results, json_path)
    if "views" in only:
        results["views"] = suite.measure_views(cfg)
    results["wall_s"] = time.perf_counter() - started
    results["machine"]["loadavg_end"] = __import__("os").getloadavg()
    _save(results, json_path)
    results["machine_note"] = args.machine_note
    if args.notes and args.notes.is_file() and not args.quick:
        results["notes"] = args.notes.read_text(encoding="utf-8").strip()
    md_path.write_text(report.markdown(results, json_path), encoding="utf-8")
    print(report.targets_text(results))
    suite.say(f"done in {results['wall_s'] / 60:.1f} min: {md_path}, {json_path}")
    return 0


def _save(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

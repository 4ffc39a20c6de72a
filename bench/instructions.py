"""Extraction cost in CPU instructions, counted by callgrind, in several memory layouts.

The wall clock of a shared machine moves by 10-20% from minute to minute;
an instruction count does not.  But a count moves by up to 1% with the
process's memory layout alone (where the interpreter's objects land), so a
comparison of two versions counts each in several layouts, set by the size
of a padding environment variable, and compares the means:

    python -m bench.instructions                       # the working tree
    python -m bench.instructions 25aaeed HEAD          # two commits, each built from git
    python -m bench.instructions --layouts 0,1000 --articles 30 HEAD

For each version and layout it counts a run that only imports and warms up
(20 articles) and a run that also extracts ``--articles`` synthetic 3 KB
articles (bench/articles.py, seed 3); the difference is the articles' cost.
Needs valgrind (``apt-get install valgrind``).  Each count takes about a
minute and a half on one core.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")

_RUN = """
import sys
sys.path.append({root!r})  # bench.articles only; alliancekg comes from the path the caller set
import alliancekg.graph.extract as E
from bench.articles import synthetic_articles
arts = list(synthetic_articles({n} + 20, seed=3))
for a in arts[{n}:]:
    E.extract(a)
for a in arts[:{count}]:
    E.extract(a)
"""


def collected(log: str) -> int:
    """The instruction count a callgrind log reports."""
    m = _COLLECTED.search(log)
    if m is None:
        raise ValueError("no 'Collected' line in the callgrind log: did valgrind run?")
    return int(m.group(1))


def summary(counts: dict[str, list[int]], articles: int) -> list[dict]:
    """Per version: the counts per layout (millions of instructions for the articles), their mean, and the mean's
    ratio to the first version's."""
    out = []
    first = None
    for version, per_layout in counts.items():
        mean = statistics.fmean(per_layout)
        first = mean if first is None else first
        out.append({"version": version, "millions": [round(c / 1e6) for c in per_layout], "mean_millions": round(mean / 1e6, 1),
                    "per_article_millions": round(mean / 1e6 / articles, 2), "ratio_to_first": round(mean / first, 4)})
    return out


def build(ref: str, into: Path) -> Path:
    """A folder to put on PYTHONPATH for ``ref``: the working tree (``.``) or a commit, built as a package the same way,
    so that every version counted is laid out alike (not the installed package, wherever that came from)."""
    target = into / f"pkg-{len(list(into.glob('pkg-*')))}"
    if ref == ".":
        src = ROOT
    else:
        src = into / f"src-{ref}"
        src.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(src)], check=True)
    return target


def count(path: Path, articles: int, pad: int, scratch: Path) -> int:
    """Instructions for ``articles`` articles (after import and warm-up), with ``pad`` bytes of padding in the environment."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(path), "ALLIANCEKG_LAYOUT_PAD": "x" * pad}
    totals = []
    for n in (0, articles):
        script = _RUN.format(root=str(ROOT), n=articles, count=n)
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch / 'callgrind.out'}",
                              sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=scratch)
        if run.returncode != 0:
            raise RuntimeError(f"valgrind failed ({run.returncode}): {run.stderr[-2000:]}")
        totals.append(collected(run.stderr))
    return totals[1] - totals[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.instructions", description=__doc__.split("\n\n")[0])
    parser.add_argument("refs", nargs="*", default=["."], help="git commits to build and count, or '.' for the working tree")
    parser.add_argument("--articles", type=int, default=60, help="synthetic articles counted (default 60)")
    parser.add_argument("--layouts", default="0,1000,3000,5000",
                        help="padding sizes in bytes, one memory layout each (default 0,1000,3000,5000)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("bench.instructions: valgrind is not installed; install it (apt-get install valgrind) and run again", file=sys.stderr)
        return 2
    pads = [int(p) for p in args.layouts.split(",") if p.strip()]
    counts: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory(prefix="alliancekg-instructions-") as tmp:
        scratch = Path(tmp)
        for ref in args.refs:
            path = build(ref, scratch)
            counts[ref] = []
            for pad in pads:
                counts[ref].append(count(path, args.articles, pad, scratch))
                print(f"{ref} layout {pad}: {counts[ref][-1] / 1e6:,.0f}M instructions for {args.articles} articles", file=sys.stderr)
    for row in summary(counts, args.articles):
        print(f"{row['version']}: mean {row['mean_millions']:,}M (layouts {row['millions']}), "
              f"{row['per_article_millions']}M per article, {row['ratio_to_first']:.4f} x the first")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

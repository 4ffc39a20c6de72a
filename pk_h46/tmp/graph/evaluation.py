"""Score the extractor on folders of gold-annotated articles (``../shared/eval/SCHEMA.md``).

A gold folder holds ``<stem>.gold.json`` files, each beside its article
``<stem>.<ext>`` (any format :mod:`alliancekg.graph.readers` reads).  The
scoring itself is :func:`alliancekg.graph.extract.scoring.score_article`;
this module is its I/O edge, used by ``alliancekg eval`` and the benchmarks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .articles import Article, read_article
from .errors import ArticleError
from .extract import extract
from .extract.scoring import Tally, score_article

__all__ = ["gold_pairs", "evaluate"]


def gold_pairs(folder: str | Path) -> Iterator[tuple[Article, dict]]:
    """Each gold file of ``folder`` (sorted by name) with its article; raises ArticleError with what to fix."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(f"{folder}: no such folder of gold files (give a folder holding <name>.gold.json files)")
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise ArticleError(f"{folder}: no *.gold.json files here (see ../shared/eval/SCHEMA.md for their format)")
    for gold_path in golds:
        stem = gold_path.name[: -len(".gold.json")]
        found = sorted(p for p in folder.glob(stem + ".*") if p.name != gold_path.name and not p.name.endswith(".json"))
        if not found:
            raise ArticleError(f"{gold_path}: no article beside it (expected {stem}.txt, .md, .html or .jsonl)")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ArticleError(f"{gold_path}: not valid JSON ({exc}); fix the file or move it out of the folder") from None
        if not isinstance(gold, dict) or not isinstance(gold.get("facts", []), list):
            raise ArticleError(f"{gold_path}: a gold file is a JSON object with a 'facts' list (see SCHEMA.md)")
        yield read_article(found[0]), gold


def evaluate(folders: Iterable[str | Path]) -> Tally:
    """One tally over every gold article of ``folders``."""
    tally = Tally()
    for folder in folders:
        for article, gold in gold_pairs(folder):
            score_article(gold, extract(article).to_facts_json(), tally)
    return tally

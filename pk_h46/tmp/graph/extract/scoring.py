"""Strict fact scoring as ``../shared/eval/SCHEMA.md`` defines it.

Names match after normalisation (case, punctuation and white space folded, a
leading "the" and corporate suffixes dropped, a gold alias counting as its
entity); a predicted fact matches a gold fact when relation, subject and
object match (either order for ``partners_with``); each gold fact matches
once.  Used by ``bench/extract_eval.py`` and the evaluation tests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["Tally", "norm", "prf", "score_article"]

_SUFFIXES = frozenset({"inc", "corp", "corporation", "ltd", "llc", "plc", "sa", "sas", "ag", "gmbh", "co", "limited", "incorporated"})
_SYMMETRIC = frozenset({"partners_with"})
_ATTRS = ("amount", "currency", "date", "stake")


def norm(name: object) -> str:
    """The matching form of a name: ``"The Tenkai Corp."`` -> ``"tenkai"``."""
    if not isinstance(name, str):
        return ""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = re.sub(r"[’'`]s\b", "", s)
    words = re.sub(r"[^\w]+", " ", s).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _attr_ok(attr: str, g: object, p: object) -> bool:
    if p is None:
        return False
    if attr == "amount":
        try:
            return abs(float(g) - float(p)) <= 0.01 * abs(float(g))
        except (TypeError, ValueError):
            return False
    if attr == "date":
        return str(g).startswith(str(p)) or str(p).startswith(str(g))
    return str(g).casefold() == str(p).casefold()


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)
    """attribute -> [agreeing, gold-present] over matched facts."""
    relations: dict[str, list[int]] = field(default_factory=dict)
    """relation -> [tp, fp, fn]."""
    entities: dict[str, list[int]] = field(default_factory=dict)
    """entity type -> [tp, fp, fn] (names matched as the facts' are)."""
    articles: int = 0
    misses: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)

    def attr_summary(self) -> str:
        return " ".join(f"{a} {ok}/{n}" for a, (ok, n) in sorted(self.attrs.items()))

    def as_dict(self) -> dict:
        """The figures as JSON-ready numbers (score.py's --json shape, plus counts)."""
        def block(counts: list[int]) -> dict:
            p, r, f = prf(*counts)
            return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": counts[0], "fp": counts[1], "fn": counts[2]}
        return {
            "articles": self.articles,
            "facts": block([self.tp, self.fp, self.fn]),
            "relations": {k: block(v) for k, v in sorted(self.relations.items())},
            "entities": {k: block(v) for k, v in sorted(self.entities.items())},
            "attributes": {a: {"accuracy": round(ok / n, 3) if n else None, "agreeing": ok, "gold": n}
                           for a, (ok, n) in sorted(self.attrs.items())},
        }


def score_article(gold: dict, pred: dict, tally: Tally) -> Tally:
    """Add one article's fact matches to ``tally`` (and note misses, extras and wrong attributes)."""
    amap: dict[str, str] = {}
    for e in gold.get("entities", []):
        for n in (e["name"], *e.get("aliases", [])):
            amap.setdefault(norm(n), norm(e["name"]))

    def key(f: dict) -> tuple[str, str, str]:
        s, o = amap.get(norm(f.get("subject")), norm(f.get("subject"))), amap.get(norm(f.get("object")), norm(f.get("object")))
        rel = f.get("relation", "")
        if rel in _SYMMETRIC:
            s, o = sorted((s, o))
        return (rel, s, o)

    tally.articles += 1
    gold_ents = {(e["type"], norm(e["name"])) for e in gold.get("entities", [])}
    pred_ents = {(e.get("type"), amap.get(norm(e.get("name")), norm(e.get("name"))))
                 for e in pred.get("entities", []) if isinstance(e, dict)}
    for t in {t for t, _ in gold_ents | pred_ents}:
        g = {n for tt, n in gold_ents if tt == t}
        p = {n for tt, n in pred_ents if tt == t}
        c = tally.entities.setdefault(str(t), [0, 0, 0])
        c[0] += len(g & p)
        c[1] += len(p - g)
        c[2] += len(g - p)
    gold_facts: dict[tuple, dict] = {}
    for f in gold.get("facts", []):
        gold_facts.setdefault(key(f), f)
    seen: set[tuple] = set()
    name = gold.get("article", "?")
    for f in pred.get("facts", []):
        if not isinstance(f, dict):
            continue
        k = key(f)
        if k in seen:
            continue
        rel = tally.relations.setdefault(k[0], [0, 0, 0])
        if k in gold_facts:
            seen.add(k)  # as score.py does: a gold fact matches once; a repeated extra counts each time
            tally.tp += 1
            rel[0] += 1
            g = gold_facts[k]
            for a in _ATTRS:
                if g.get(a) is not None:
                    c = tally.attrs.setdefault(a, [0, 0])
                    c[1] += 1
                    if _attr_ok(a, g[a], f.get(a)):
                        c[0] += 1
                    else:
                        tally.misses.append(f"{name}: {k} {a}: gold {g[a]!r} got {f.get(a)!r}")
        else:
            tally.fp += 1
            rel[1] += 1
            tally.misses.append(f"{name}: extra {k}  <- {f.get('evidence', {}).get('text', '')[:140]!r}")
    for k in gold_facts:
        if k not in seen:
            tally.fn += 1
            tally.relations.setdefault(k[0], [0, 0, 0])[2] += 1
            tally.misses.append(f"{name}: missed {k}")
    return tally

"""The gazetteer: known companies, products, countries, demonyms and places.

The data lives in ``data/gazetteer.json`` and is loaded once, on first use.
Matching is by token: an index keyed on each name's first token, so a
sentence is scanned once whatever the size of the gazetteer.
"""

from __future__ import annotations

import gc
import json
import re
from dataclasses import dataclass
from functools import cache
from itertools import compress
from pathlib import Path

from .plainre import Plain, ascii_rules

__all__ = ["GazEntry", "Gazetteer", "load_gazetteer", "tokenize"]

_TOKEN = Plain(r"\w+|[^\w\s]")
_WS = re.compile(r"\s+")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(text) if end is None else end
    token = _TOKEN.asc if ascii_rules() else _TOKEN.uni
    return [(m.start(), m.end(), m.group()) for m in token.finditer(text, start, end)]


@dataclass(frozen=True)
class GazEntry:
    name: str
    type: str
    """Company, Product, Country, Demonym or Place (the last two name a country in ``country``)."""
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    owner: str | None = None
    large: bool = False
    country: str | None = None
    hq: str | None = None
    platform: bool = False
    versioned: bool = False
    kind: str | None = None
    """What a company makes where a description names it ("chips": what "the chipmaker" can mean); "investor" on a
    company whose business is investing (never "the start-up"; as a venture arm, it makes nothing of its parent's)."""
    parent: str | None = None
    """The company that owns a company ("Alphabet" for Google, "Microsoft" for Nuance)."""
    family: frozenset[str] = frozenset()
    """On a product: its owner, the owner's parent and the owner's subsidiaries, any of whom writers credit with it."""


_HYPHEN_CODE = re.compile(r"(?<=[a-z])-(?=[A-Z]{1,2}\d)")
_REGIONS = frozenset({"Europe", "Asia", "Africa", "Southeast Asia", "South Asia", "East Asia", "Latin America", "North America",
                      "South America", "Middle East", "Gulf", "Nordics", "Scandinavia", "EMEA", "APAC", "Baltics", "Benelux", "Balkans",
                      "DACH", "CEE"})


class Gazetteer:
    """Entries by canonical name and a first-token index over every surface form."""

    def __init__(self, data: dict):
        self.entries: dict[str, GazEntry] = {}
        self._index: dict[str, list[tuple[tuple[str, ...], str, GazEntry]]] = {}
        parents = {e["name"]: e["parent"] for e in data.get("companies", []) if e.get("parent")}
        children: dict[str, set[str]] = {}
        for e in data.get("companies", []):
            if e.get("parent") and e.get("kind") != "investor":  # a venture arm makes nothing of its parent's
                children.setdefault(e["parent"], set()).add(e["name"])
        for kind, typ in (("companies", "Company"), ("products", "Product"), ("countries", "Country")):
            for e in data.get(kind, []):
                owner = e.get("owner")
                entry = GazEntry(
                    name=e["name"], type=typ, aliases=tuple(e.get("aliases", ())), wikidata=e.get("wikidata"),
                    owner=owner, large=bool(e.get("large")), country=e.get("country"), hq=e.get("hq"),
                    platform=bool(e.get("platform")), versioned=bool(e.get("versioned")), kind=e.get("kind"), parent=e.get("parent"),
                    family=frozenset({owner, *([parents[owner]] if owner in parents else ()), *children.get(owner, ())}) if owner else frozenset(),
                )
                self.entries[entry.name] = entry
                for surface in (entry.name, *entry.aliases):
                    self._add(surface, entry)
                    if typ == "Product" and _HYPHEN_CODE.search(surface):  # "DeepSeek-R1" is also written "DeepSeek R1"
                        self._add(_HYPHEN_CODE.sub(" ", surface), entry)
                for dem in e.get("demonyms", ()):
                    self._add(dem, GazEntry(name=dem, type="Demonym", country=entry.name))
        self.places: frozenset[str] = frozenset(data.get("places", {})) | frozenset(
            e["name"] for e in data.get("countries", [])) | _REGIONS
        """Names of places, countries and regions: never a product's."""
        for place, country in data.get("places", {}).items():
            self._add(place, GazEntry(name=place, type="Place", country=country))
        for region in _REGIONS - {"Gulf", "EMEA", "APAC", "Europe", "Asia", "Africa"}:  # "Southeast Asia's languages": a place, no company
            self._add(region, GazEntry(name=region, type="Place", country=None))
        for lst in self._index.values():
            lst.sort(key=lambda t: -len(t[0]))
        self._seconds: dict[str, frozenset[str]] = {
            first: frozenset(t[0][1] for t in lst) for first, lst in self._index.items() if all(len(t[0]) > 1 for t in lst)}
        """For a first token that starts only longer names ("the", "AI"), the tokens that may follow it."""

    def _add(self, surface: str, entry: GazEntry) -> None:
        toks = tuple(t for _, _, t in tokenize(surface))
        if not toks:
            return
        self._index.setdefault(toks[0], []).append((toks, _WS.sub(" ", surface), entry))

    def get(self, name: str) -> GazEntry | None:
        return self.entries.get(name)

    def match(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, GazEntry]]:
        """Longest non-overlapping gazetteer matches in ``text[start:end]``.

        Tokens are compared as strings first; their offsets are computed only
        for a sentence that has a candidate.
        """
        end = len(text) if end is None else end
        asc = ascii_rules()
        token = _TOKEN.asc if asc else _TOKEN.uni
        words = []  # token.findall(text, start, end) read chunk by chunk: most chunks between spaces are one word, and only the
        # rest is scanned (\s is str.split's space and \w str.isalnum's letter or "_"; under ASCII rules on an ASCII chunk, and a
        # text read under them holds no space ASCII's \s misses: plainre.plain)
        for chunk in text[start:end].split():
            if chunk.isalnum() and (not asc or chunk.isascii()):
                words.append(chunk)
            else:
                words += token.findall(chunk)
        index = self._index
        out = []
        spans = None
        nxt = 0
        n = len(words)

        def hit_at(i: int, most: int) -> tuple[int, int, GazEntry, int] | None:
            nonlocal spans
            for ctoks, surface, entry in index[words[i]]:
                k = len(ctoks)
                if k > most or i + k > n or (k > 1 and tuple(words[i + 1:i + k]) != ctoks[1:]):
                    continue
                if spans is None:  # each word found after the one before: only spaces stand between two tokens
                    spans = []
                    p = start
                    for w in words:
                        p = text.find(w, p)
                        spans.append((p, p + len(w)))
                        p += len(w)
                s, e = spans[i][0], spans[i + k - 1][1]
                if k == 1 or _WS.sub(" ", text[s:e]) == surface:
                    return (s, e, entry, k)
            return None

        cands = list(compress(range(n), map(index.__contains__, words)))  # most words start no name: skip them in one pass
        if not cands:
            return out
        seconds = self._seconds
        for i in cands:
            if i < nxt:
                continue
            if (after := seconds.get(words[i])) is not None and (i + 1 >= n or words[i + 1] not in after):
                continue  # "the" before no name it starts
            hit = hit_at(i, n)
            step = hit[3] if hit else 1
            for j in range(1, step):
                # "Microsoft Azure AI Studio": a longer name starting inside this one wins ("Azure AI Studio"),
                # and what stands before it is read on its own ("Microsoft")
                inner = hit_at(i + j, n) if words[i + j] in index else None
                if inner and inner[3] > step:
                    hit = hit_at(i, j)
                    step = hit[3] if hit else j
                    break
            if hit:
                out.append(hit[:3])
            nxt = i + step
        return out


@cache
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer from ``path`` (default: the packaged ``data/gazetteer.json``), loaded once."""
    p = Path(path) if path else Path(__file__).with_name("data") / "gazetteer.json"
    gaz = Gazetteer(json.loads(p.read_text(encoding="utf-8")))
    gc.freeze()  # the gazetteer, the compiled patterns and the modules live as long as the process: the collector need not walk them
    return gaz

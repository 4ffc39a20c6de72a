"""The readable text of an article, with a map back to ``Article.text`` offsets.

Plain-text articles are used as they are (the map is the identity).  When the
file is HTML, tags, scripts, navigation and sidebars are dropped and
character entities decoded; every character of the cleaned text remembers
the offset it came from, so evidence offsets still index ``Article.text``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

try:  # every gate word of a sentence found in one pass in C; without it, the same answers from a regular expression
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; kept working without it
    ahocorasick = None

__all__ = ["Gates", "Prepared", "first_letter_groups", "prepare", "has_any"]

_HTML_HINT = re.compile(r"^\s*(?:<!DOCTYPE html|<html\b)|<(?:p|div|article|body)\b[^>]*>", re.I)
_DROP_BLOCK = re.compile(
    r"<(script|style|head|nav|header|footer|aside|form|noscript|svg|figure|button|template)\b[^>]*>.*?</\1\s*>",
    re.I | re.S,
)
_TAG = re.compile(r"<[^>]+>")
_BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|br|tr|table|section|article|blockquote|time|header|footer)\b", re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
_ARTICLE = re.compile(r"<article\b[^>]*>(.*?)</article\s*>", re.I | re.S)
_H1 = re.compile(r"<h1\b[^>]*>.*?</h1\s*>", re.I | re.S)
_BYLINE = re.compile(r"<(p|div)\b[^>]*class=\"[^\"]*(?:byline|dateline|meta)[^\"]*\"[^>]*>.*?</\1\s*>", re.I | re.S)


@dataclass(frozen=True)
class Prepared:
    text: str
    """The readable text."""
    offsets: list[int] | None
    """``offsets[i]`` is the offset in ``Article.text`` of ``text[i]``; None for the identity."""
    body_start: int
    """Where the body starts in :attr:`text`."""
    title_span: tuple[int, int] | None
    """The title's span in :attr:`text`, when it is there."""

    def orig(self, i: int) -> int:
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return self.offsets[-1] + 1 if self.offsets else 0
        return self.offsets[i]

    def orig_span(self, s: int, e: int) -> tuple[int, int]:
        if self.offsets is None:
            return s, e
        return self.orig(s), self.orig(e - 1) + 1


def _is_html(text: str) -> bool:
    head = text[:4000]
    return "<" in head and bool(_HTML_HINT.search(head))  # every tag the pattern knows starts with "<"


def _clean_html(raw: str, lo: int, hi: int) -> tuple[str, list[int], int]:
    """Cleaned text of ``raw[lo:hi]`` with offsets; also where the body starts (after h1/byline)."""
    keep = bytearray(b"\x01") * (hi - lo)  # 1 = keep the character
    region = raw[lo:hi]
    body_mark = 0
    for rx in (_DROP_BLOCK,):
        for m in rx.finditer(region):
            keep[m.start():m.end()] = b"\x00" * (m.end() - m.start())
    for rx in (_H1, _BYLINE):
        for m in rx.finditer(region):
            body_mark = max(body_mark, m.end())
    out: list[str] = []
    offs: list[int] = []
    body_start = 0
    i = 0
    n = len(region)
    while i < n:
        if i >= body_mark and body_start == 0 and body_mark:
            body_start = len(out)
        if not keep[i]:
            i += 1
            continue
        ch = region[i]
        if ch == "<":
            m = _TAG.match(region, i)
            if m:
                if _BLOCK_TAG.match(m.group(0)):
                    out.append("\n")
                    offs.append(lo + i)
                i = m.end()
                continue
        if ch == "&":
            m = _ENTITY.match(region, i)
            if m:
                for c in html.unescape(m.group(0)):
                    out.append(c)
                    offs.append(lo + i)
                i = m.end()
                continue
        if ch.isspace():
            if out and out[-1] in " \n":
                if ch == "\n" and out[-1] == " ":
                    pass
                i += 1
                continue
            out.append(" " if ch != "\n" else " ")
            offs.append(lo + i)
            i += 1
            continue
        out.append(ch)
        offs.append(lo + i)
        i += 1
    return "".join(out), offs, body_start


_PROSE_LINE = re.compile(r"^[ \t]*(?P<line>\S[^\n]*?[.!?][\"”’)]?)[ \t]*$", re.M)


def _prose_start(text: str, body_start: int, title_span: tuple[int, int] | None) -> int:
    """The body start, moved back to a short prose line the header scan took for a byline."""
    lo = title_span[1] if title_span else 0
    for m in _PROSE_LINE.finditer(text, lo, body_start):
        if len(m.group("line").split()) >= 4:
            return m.start("line")
    return body_start


def prepare(article) -> Prepared:
    """The text to read facts from, for an :class:`~alliancekg.graph.articles.Article`."""
    text = article.text
    if not _is_html(text):
        title_span = None
        if article.title:
            t = text.find(article.title)
            if 0 <= t < max(article.body_start, 1):
                title_span = (t, t + len(article.title))
        return Prepared(text, None, _prose_start(text, article.body_start, title_span), title_span)
    m = _ARTICLE.search(text)
    lo, hi = (m.start(1), m.end(1)) if m else (0, len(text))
    clean, offs, body_start = _clean_html(text, lo, hi)
    return Prepared(clean, offs, body_start, None)


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Does ``text`` contain any of ``words``?  The cheap test that gates a regular expression.

    A plain loop: three times faster than ``any()`` over a generator.  Where a
    sentence is asked for a hundred rules' words, :class:`Gates` scans it once.
    """
    for w in words:
        if w in text:
            return True
    return False


class Gates:
    """Which of many word lists a text holds a word of, found in one pass.

    A rule is gated by a few words ("acqui", " stake"): when the sentence holds
    none of them its regular expression is not run.  Asking :func:`has_any` for
    every rule of every sentence costs more than the rules it saves once there
    are a hundred of them, so ``Gates`` scans a sentence once for every gate
    word, and answers with the set of the lists it holds a word of: ``label in gates.scan(low)`` is
    ``has_any(low, words)``, for the words registered under ``label``.

    The scan is an Aho-Corasick automaton (pyahocorasick), which finds every
    occurrence of every gate word in one pass in C, five times faster than the
    regular expression it replaced, which stays as the fallback: at each
    position its trie takes the longest gate word; every gate word that starts
    there is a prefix of it, so a gate word is in the text exactly when it is
    inside one of the words the scan finds.  A list holding ``""`` (a rule with
    no gate) is in every scan.
    """

    def __init__(self, lists: Mapping[Hashable, tuple[str, ...]], *, automaton: bool = True) -> None:
        """``automaton=False`` scans with the fallback even where pyahocorasick is installed (to test it)."""
        self.lists = dict(lists)
        self._always = frozenset(label for label, ws in self.lists.items() if "" in ws)
        self._holders: dict[str, set[Hashable]] = {}  # gate word -> the labels of the lists holding it
        for label, ws in self.lists.items():
            for w in ws:
                if w:
                    self._holders.setdefault(w, set()).add(label)
        self._automaton = None
        if automaton and ahocorasick is not None and self._holders:
            self._automaton = ahocorasick.Automaton()
            for w in sorted(self._holders):  # each gate word -> the labels of the lists holding it
                self._automaton.add_word(w, frozenset(self._holders[w]))
            self._automaton.make_automaton()
        self._trie: tuple[re.Pattern[str], dict[str, frozenset[Hashable]]] | None = None  # the fallback, built on first use

    def _fallback(self) -> tuple[re.Pattern[str], dict[str, frozenset[Hashable]]]:
        """The regular-expression trie of the gate words, and the labels of each word it can find."""
        if self._trie is None:
            words = sorted(self._holders)
            rx = re.compile("(?=(" + _trie(words) + "))")
            # the labels of a gate word and of every gate word it starts with ("partners" starts with "partner")
            starts = {w: frozenset().union(*(self._holders[w[:i]] for i in range(1, len(w) + 1) if w[:i] in self._holders)) for w in words}
            # a word the scan finds -> the labels of every gate word inside it: the longest found at each of its positions, and their starts
            self._trie = rx, {w: frozenset(label for f in rx.findall(w) for label in starts[f]) for w in words}
        return self._trie

    def scan(self, text: str) -> set[Hashable]:
        """The labels of the lists ``text`` holds a word of (``text`` lower-cased, as the words are)."""
        found = set(self._always)
        if self._automaton is not None:  # every occurrence of every gate word, overlapping ones too
            for _end, labels in self._automaton.iter(text):
                found |= labels
            return found
        if self._holders:
            rx, labels_of = self._fallback()
            for w in set(rx.findall(text)):
                found |= labels_of[w]
        return found


def first_letter_groups(alternatives: str) -> str:
    """An alternation of words, ``"firm|fund|group"``, with the words that share a first letter grouped: ``"f(?:irm|und)|group"``.

    ``re`` tries the alternatives of a group one after the other at every place
    it could match, skipping one whose first letter differs for a few
    instructions each: fifty nouns cost fifty skips.  Grouped by first letter,
    they cost one skip a letter.  The matches are the same: only words with the
    same first letter can match at one place, and a group keeps their order.
    Each alternative must start with a letter that no quantifier follows.
    """
    words = alternatives.split("|")
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word[:1].isalpha() or word[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"first_letter_groups: {word!r} does not start with a plain letter")
        groups.setdefault(word[0], []).append(word[1:])
    regrouped = [first + rest for first, rests in groups.items() for rest in rests]
    for letter in {w[0].lower() for w in words}:  # under re.IGNORECASE, "G..." and "g..." meet: they keep their order
        if [w for w in regrouped if w[0].lower() == letter] != [w for w in words if w[0].lower() == letter]:
            raise ValueError(f"first_letter_groups: words starting with {letter!r} in either case must not interleave")
    return "|".join(first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for first, rests in groups.items())


def _trie(words: list[str]) -> str:
    """A pattern matching any of ``words``, longest first, as a trie: one branch per next character."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alt})?" if "" in node else alt

    return pattern(root)

"""Sentence splitting with character offsets.

Splits at line breaks and at ``. ! ?`` followed by white space and an
upper-case letter, digit, opening quote or a name opening with small letters ("iFit"), except after abbreviations
(``Inc.``, ``Corp.``, ``U.S.``, ``approx.``, ``Feb.``) and initials.
Decimals such as ``$16.3 million`` never split (no space after the point).
"""

from __future__ import annotations

import re

__all__ = ["split_sentences", "ABBREVIATIONS", "CAPS_PLACE_STATE"]

ABBREVIATIONS = frozenset(
    """inc corp co ltd llc plc bros mr mrs ms dr prof sr jr st mt ave gen gov sen rep col lt sgt capt
    vs etc approx est dept fig no nos vol jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e u.s u.k u.n u.a.e e.u a.m p.m n.v s.a a.g cf al ca calif colo fla conn minn ariz mich tex ont""".split()
)

_BOUNDARY = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?(?:[A-Z0-9]|[a-z]{1,2}[A-Z]))")
"""A sentence's end: before a capital, a digit, or a name that opens with small letters ("bValue", "iFit", "eBay").  Its first
point written apart (``[.!?][.!?]*``, not ``[.!?]+``): a pattern led by a character class is searched for in C, one led by a
repeat is tried at every character."""
_LINE = re.compile(r"[^\n]+")
_RUN = re.compile(r"[\w.]+")


CAPS_PLACE_STATE = re.compile(r"[A-Z][A-Z .'’-]{2,},\s+[A-Z][a-z]{1,4}")
"""A dateline's city in capitals and its state's abbreviation, up to its point: "KANSAS CITY, Mo", "GREENSBORO, N"."""
_ROUND_LETTER = re.compile(r"\b(?:Series|Round|Class|Tranche|Plan|Phase)\s+[A-Z]$")


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    lo = max(0, dot - 40)
    before = text[lo:dot]
    if before.endswith("\n"):
        before = before[:-1]
    m = _RUN.match(before[::-1])  # the word before the dot, read backwards from it
    if not m:
        return False
    start = lo + len(before) - m.end()
    if start > 0 and text[start - 1] in "'’":
        return False  # "a competitor's." ends a sentence
    word = before[len(before) - m.end():].lower()
    if word in ABBREVIATIONS:
        return True
    if dot - start <= 4 and CAPS_PLACE_STATE.fullmatch(text, text.rfind("\n", 0, dot) + 1, dot):
        return True  # "KANSAS CITY, Mo. (Konza Wire) -": a dateline's state goes on with the wire's name
    if len(word) == 1 and word.isalpha():
        if _ROUND_LETTER.search(text, lo, dot):
            return False  # "raised $12m in a Series A. The round ...": a round's letter ends the sentence
        return True  # an initial: "J. Smith"
    if "." in word and all(len(p) <= 2 for p in word.split(".") if p) and not word.replace(".", "").isdigit():
        return True  # "U.S", "a.k.a" (but a version ends its sentence: "... and Ideogram 3.0. At MAX ...")
    return False


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` offsets in ``text`` of the sentences in ``text[start:end]``.

    Each span is stripped of surrounding white space; empty spans are dropped.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        ls, le = line.start(), line.end()
        cur = ls
        for b in _BOUNDARY.finditer(text, ls, le):
            if _is_abbreviation(text, b.start()):
                continue
            spans.append((cur, b.end()))
            cur = b.end()
        spans.append((cur, le))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


_HEAD_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_MINOR = frozenset("a an the and or but of in on at to for with by from as vs via into over after before up".split())


def is_heading(sentence: str) -> bool:
    """A headline or caption line: no closing punctuation and Title Case words."""
    s = sentence.strip()
    if not s or s[-1] in ".!?\"”’:;)":
        return False
    words = [w for w in _HEAD_WORD.findall(s) if w.lower() not in _MINOR]
    if not words:
        return True
    caps = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return caps / len(words) >= 0.6 or len(words) <= 3

"""Case-insensitive patterns matched twice as fast: as case-sensitive ones over lower-cased text.

CPython's ``re`` skips an alternative of ``(?:acquire|buy|...)`` by its first
letter only when that letter is matched case-sensitively; under
``re.IGNORECASE`` each of a verb lexicon's hundreds of alternatives is entered
in full at every place a name stands.  :func:`caseless` compiles a pattern
twice: lower-cased without the flag (the fast scan, run over the lower-cased
text) and as written with it.  Each match the fast scan finds is read on the
original text at the same offsets, so callers get matches with the text's own
case: an :class:`re.Match`-like view of the fast match where the fast pattern
kept every group name, else the case-insensitive pattern's own match, taken
again at the same start.

Lower-casing must keep offsets: a text whose ``str.lower()`` changes its
length ("İ" becomes two characters) is scanned by the slow pattern; where the
slow pattern takes a match again, one the two patterns disagree on sends the
whole scan to it.  A pattern that lower-casing would
change the meaning of (``\\S``, ``\\W``, ``(?-i:...)``) is only compiled once.

Both forms ignore case, so a class such as ``[A-Z]`` in a caseless pattern
matches lower-case letters too: test capitals with ``re`` patterns, or with
a following token (``«C1»``) that the masking already made case-free.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from .plainre import _SEPARATORS

__all__ = ["Caseless", "caseless"]

_UNSAFE = re.compile(r"\\[A-Z]|\(\?[a-zA-Z]*-")
"""What lower-casing a pattern's source would change the meaning of: upper-case escapes, scoped flags."""

_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
_last: tuple[str, str | None, bool] = ("", "", False)
_ASCII_CHARS = frozenset(map(chr, range(128))) - frozenset(_SEPARATORS)
_NEUTRAL: dict[str, bool] = {}


_COMMON_NEUTRAL = "«»‘’“”€£–—…•·"
assert not any(c.isalnum() or c.isspace() for c in _COMMON_NEUTRAL)
_ODD = re.compile("[^\x00-\x1b\x20-\x7f" + _COMMON_NEUTRAL + "]")
"""A character that is neither ASCII (but for the separators) nor a common mark known to be no word character, digit or space."""


def _plain(low: str) -> bool:
    """Whether ``re.ASCII`` changes no match on ``low``: no character of it is a word character, a digit or a space outside
    ASCII, nor one of the ASCII separators Unicode counts as spaces (then ``\\w``, ``\\d``, ``\\s`` and ``\\b`` read every
    character of it alike under both rules)."""
    if _ODD.search(low) is None:  # ASCII and the masks' "«»", quotes and dashes: one scan in C
        return True
    for c in set(low).difference(_ASCII_CHARS):  # "«", "»", "’", "€": a few at most
        neutral = _NEUTRAL.get(c)
        if neutral is None:
            neutral = _NEUTRAL[c] = c > "\x7f" and not (c.isalnum() or c == "_" or c.isspace())
        if not neutral:
            return False
    return True


def _lower(text: str) -> str | None:
    """``text.lower()``, None if that would move offsets.  The last one is remembered, with whether the fast patterns may
    scan it under ASCII rules (:func:`_plain`): rules ask of one sentence in turn."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low: str | None = text.lower()
    if len(low) != len(text):
        low = None
    _last = (text, low, low is not None and _plain(low))
    return low


class _OnText:
    """A match of the lower-cased text, read on the text itself: the groups are the text's, with its case."""

    __slots__ = ("_m", "string", "re")

    def __init__(self, m: re.Match, text: str, pattern: Caseless) -> None:
        self._m, self.string, self.re = m, text, pattern

    def group(self, *gs):
        if len(gs) > 1:
            return tuple(self.group(g) for g in gs)
        s, e = self._m.span(*gs)
        return None if s < 0 else self.string[s:e]

    __getitem__ = group

    def start(self, g=0) -> int:
        return self._m.start(g)

    def end(self, g=0) -> int:
        return self._m.end(g)

    def span(self, g=0) -> tuple[int, int]:
        return self._m.span(g)

    def groups(self, default=None) -> tuple:
        return tuple(default if (x := self.group(i)) is None else x for i in range(1, self._m.re.groups + 1))

    def groupdict(self, default=None) -> dict:
        return {k: default if (x := self.group(k)) is None else x for k in self._m.re.groupindex}

    @property
    def pos(self) -> int:
        return self._m.pos

    @property
    def endpos(self) -> int:
        return self._m.endpos

    @property
    def lastindex(self) -> int | None:
        return self._m.lastindex

    @property
    def lastgroup(self) -> str | None:
        return self._m.lastgroup


def _at_one_place(how):
    """``Caseless.search`` or ``Caseless.match`` (``how`` is ``re.Pattern``'s): scanned fast, the match taken again from
    the text.  Made once per method rather than dispatched by name on each call: they run tens of thousands of times
    for a batch of articles."""

    def method(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        if self._source is not None:
            last = _last
            low = last[1] if last[0] is text else _lower(text)
            if low is not None:
                m = how((self._fast_ascii or self._compile(True)) if _last[2] else (self._fast or self._compile(False)), low, pos, endpos)
                if m is None:
                    return None
                if self._named:
                    return _OnText(m, text, self)
                if (again := self._again(text, m, endpos)) is not False:
                    return again
        return how(self.slow, text, pos, endpos)

    method.__name__ = how.__name__
    return method


class Caseless:
    """A compiled case-insensitive pattern with the methods of ``re.Pattern`` the extractor uses.

    ``search``, ``match`` and ``finditer`` scan fast; ``fullmatch``, ``sub`` and ``findall`` are the slow pattern's.
    """

    __slots__ = ("pattern", "_flags", "_slow", "_source", "_fast", "_fast_ascii", "_named")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags | re.I
        # Each form is compiled on first use: most scans never need the slow one, a text is read under ASCII rules or
        # Unicode's, not both, and a rule whose gate words no sentence holds needs none (start-up counts: the CLI reads
        # one article a run)
        self._slow: re.Pattern | None = None
        self._source: str | None = None  # the fast patterns' source; None where lower-casing would change the meaning
        self._fast: re.Pattern | None = None  # the fast pattern under Unicode rules
        self._fast_ascii: re.Pattern | None = None  # the fast pattern under ASCII rules, for a text that is _plain: the same
        # matches, found without looking characters up in Unicode's tables for \w, \b, \d and \s
        if not _UNSAFE.search(pattern):
            self._source = pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
        # the fast pattern keeps every group name (so its spans are read on the text) where no name has a capital
        self._named = self._source is not None and all(n == n.lower() for n in _GROUP_NAME.findall(pattern))

    def _compile(self, ascii_rules: bool) -> re.Pattern:
        """The fast pattern under ASCII rules or Unicode's, compiled on first use."""
        flags = self._flags & ~re.I
        if ascii_rules:
            self._fast_ascii = re.compile(self._source, (flags & ~re.UNICODE) | re.ASCII)
            return self._fast_ascii
        self._fast = re.compile(self._source, flags)
        return self._fast

    @property
    def fast(self) -> re.Pattern | None:
        """The fast pattern (Unicode rules), None where there is none."""
        return None if self._source is None else (self._fast or self._compile(False))

    @property
    def slow(self) -> re.Pattern:
        """The pattern as written, case-insensitive."""
        if self._slow is None:
            self._slow = re.compile(self.pattern, self._flags)
        return self._slow

    @property
    def groupindex(self):
        return self.fast.groupindex if self._named else self.slow.groupindex

    @property
    def flags(self) -> int:
        return self.slow.flags

    def _again(self, text: str, m: re.Match, endpos: int) -> re.Match | _OnText | bool:
        """The match ``m`` of the lower-cased text as a match of ``text``; False when the two patterns may disagree.

        Where the fast pattern kept every group name, ``m``'s spans are read on ``text`` (:class:`_OnText`):
        both patterns ignore case, and lower-casing kept every offset.  Otherwise the case-insensitive
        pattern matches again at ``m``'s start.
        """
        if self._named:
            return _OnText(m, text, self)
        again = self.slow.match(text, m.start(), endpos)
        return again if again is not None and again.end() == m.end() else False

    search = _at_one_place(re.Pattern.search)
    match = _at_one_place(re.Pattern.match)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.slow.fullmatch(text, pos, endpos)  # one position: nothing to skip

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.slow.sub(repl, text, count)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self.slow.findall(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        if self._source is None:
            return self.slow.finditer(text, pos, endpos)
        last = _last
        low = last[1] if last[0] is text else _lower(text)
        if low is None:
            return self.slow.finditer(text, pos, endpos)
        fast = (self._fast_ascii or self._compile(True)) if _last[2] else (self._fast or self._compile(False))
        if self._named:
            return iter([_OnText(m, text, self) for m in _matches(fast, low, pos, endpos)])
        out = []
        for m in _matches(fast, low, pos, endpos):
            again = self._again(text, m, endpos)
            if again is False:
                return self.slow.finditer(text, pos, endpos)
            out.append(again)
        return iter(out)


def _matches(rx: re.Pattern, text: str, pos: int, endpos: int) -> list[re.Match]:
    """``list(rx.finditer(text, pos, endpos))``, found by searches from each match's end: a search costs a third of what a
    finditer does, and most scans find nothing.  An empty match (after which finditer must step past its place) leaves it
    to finditer."""
    out = []
    m = rx.search(text, pos, endpos)
    while m is not None:
        end = m.end()
        if end == m.start():
            return list(rx.finditer(text, pos, endpos))
        out.append(m)
        m = rx.search(text, end, endpos)
    return out


def caseless(pattern: str, flags: int = 0) -> Caseless:
    """Compile ``pattern`` to be matched case-insensitively (``re.IGNORECASE`` is implied)."""
    return Caseless(pattern, flags)

"""Patterns that run with ``re.ASCII`` on every text where that changes no match.

Under Unicode rules ``re`` tests each character against ``\\w``, ``\\b``,
``\\d`` or ``\\s`` by looking it up in Unicode's database, through several
calls; under ``re.ASCII`` the test is one table lookup.  On a text in which no
character outside ASCII is a word character, a digit or a space ("“”’€«»–"
are none of these; "é", "ü" and "Ğ" are), and in which none of the four ASCII
separators that Unicode counts as spaces occurs, both rules class every
character alike, so a pattern finds exactly the same matches either way.
:class:`Plain` compiles a pattern both ways and runs the ASCII form on such
texts, the Unicode form on any other: the same results, found with about a
third fewer instructions for a tokenizer's ``\\w+``.  The choice is made once
per text read (:func:`reading`) and picked up once per function that scans it
(:func:`ascii_rules`), not per match: a wrapper around every call costs as much
as the lookups it saves.

Case folding is unaffected where it matters: a text with no letter outside
ASCII has nothing that folds differently under the two rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["Plain", "ascii_rules", "plain", "reading"]

_SEPARATORS = "\x1c\x1d\x1e\x1f"
"""The ASCII separators that Unicode's ``\\s`` takes and ASCII's does not; every other character whose class may differ under
the two rules is outside ASCII."""
_NEUTRAL: dict[str, bool] = {}
"""Of each such character seen: whether it is no word character, digit or space under Unicode rules either (so none under ASCII)."""
_ASCII_RULES: ContextVar[bool] = ContextVar("ascii_rules", default=False)
"""Whether the text being read is :func:`plain`: set by :func:`reading` for the reading of one text (per thread and task)."""


def plain(text: str) -> bool:
    """Whether ``re.ASCII`` changes no match on ``text`` or on any string made from it by slicing, by changing case, or by
    putting ASCII or other neutral characters (``«C1»``, ``~``) in place of its parts."""
    if text.isascii():  # a flag of the string: no scan
        return not any(sep in text for sep in _SEPARATORS)
    for c in set(text):  # a text's few dozen distinct characters
        if c > "\x7f" or c in _SEPARATORS:
            neutral = _NEUTRAL.get(c)
            if neutral is None:
                neutral = _NEUTRAL[c] = not (c.isalnum() or c == "_" or c.isspace())
            if not neutral:
                return False
    return True


@contextmanager
def reading(text: str) -> Iterator[None]:
    """Run every :class:`Plain` pattern under ASCII rules while ``text`` is read, if it is :func:`plain`.  Inside, the patterns
    must only be given strings made from ``text`` (its slices, its lower-cased or masked forms); outside, they use
    Unicode rules."""
    token = _ASCII_RULES.set(plain(text))
    try:
        yield
    finally:
        _ASCII_RULES.reset(token)


def ascii_rules() -> bool:
    """Whether the text being read (inside :func:`reading`) may be matched under ASCII rules."""
    return _ASCII_RULES.get()


class Plain:
    """A pattern compiled under both rules: ``uni`` (Unicode's) and ``asc`` (ASCII's).  A function picks one for its whole
    run, ``rx = P.asc if ascii_rules() else P.uni``: asked once per call, not once per match."""

    __slots__ = ("pattern", "uni", "asc")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.uni = re.compile(pattern, flags)
        self.asc = re.compile(pattern, (flags & ~re.UNICODE) | re.ASCII)

"""Publication dates in the shapes news pages write them.

:func:`parse_date` reads one metadata value (``2024-06-14T09:00:00+02:00``,
``Fri, 14 Jun 2024 09:00:00 GMT``, ``14.06.2024``); :func:`find_dates` finds
every full calendar date in free text with its span, and
:func:`publication_date` picks the publication date from header lines,
preferring one labelled "Published" over an unlabelled one, and both over one
labelled "Updated".

Rules (documented in the README):

* A date-time keeps the calendar date it was written with, in its own zone
  (``2024-06-14T23:30:00-05:00`` is 14 June); zones are not converted.
* Year first (``2024-06-14``, ``2024/06/14``, ``2024.06.14``) is always
  year-month-day.
* All-numeric dates with the year last are day-first (``05/06/2024`` is
  5 June), the reading of most of the world and of every dotted date, unless
  a number over 12 decides (``06/14/2024`` is 14 June) or the caller says the
  source is month-first (an HTML page with ``lang="en-US"``).
* Two-digit years are 20xx below 70 and 19xx from 70 up.
* Only full dates count: "June 2024" alone is not a publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["DateSpan", "find_date", "find_dates", "parse_date", "publication_date"]

_MONTH_NAMES = [
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
    ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
    ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"),
]
_MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"

_PATTERNS = [
    # 2024-06-14, 2024-06-14T09:00:00+02:00, 2024/06/14, 2024.06.14
    re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])" + _TIME, re.I),
    # Friday, June 14, 2024 / Jun. 14th 2024
    re.compile(r"\b(?=[adfjmnos])" + _MON + r"\s+(?P<d>\d{1,2})" + _ORD + r",?\s+(?P<y>\d{4})\b", re.I),
    # Friday 14 June 2024 / 14th of June, 2024 / Fri, 14 Jun 2024
    re.compile(r"\b(?P<d>\d{1,2})" + _ORD + r"\.?\s+(?:of\s+)?" + _MON + r",?\s+(?P<y>\d{4})\b", re.I),
    # 14.06.2024, 14/06/2024, 06/14/24, 14-06-2024
    re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/-]|\.\d)"),
]

_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised|last\s+changed|amended)\b", re.I)
_PUBLISHED = re.compile(r"\b(?:published|posted|first\s+published|released|issued|dated|pub(?:lication)?\s+date)\b", re.I)


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    iso: str


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _make(y: int, m: int, d: int) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _numeric(a: int, b: int, y: int, sep: str, month_first: bool) -> str | None:
    if a > 12 and b <= 12:
        return _make(y, b, a)
    if b > 12 and a <= 12:
        return _make(y, a, b)
    if month_first and sep != ".":
        return _make(y, a, b)
    return _make(y, b, a)


def _iso(m: re.Match, month_first: bool) -> str | None:
    g = m.groupdict()
    if g.get("a") is not None:
        return _numeric(int(g["a"]), int(g["b"]), _year(g["y"]), g["sep"], month_first)
    month = int(g["m"]) if g.get("m") else _MONTHS[g["mon"].lower().rstrip(".")]
    return _make(int(g["y"]), month, int(g["d"]))


def find_dates(text: str, *, month_first: bool = False) -> list[DateSpan]:
    """Every full calendar date in ``text``, in order, without overlaps."""
    found: list[DateSpan] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            iso = _iso(m, month_first)
            if iso and not any(s.start < m.end() and m.start() < s.end for s in found):
                found.append(DateSpan(m.start(), m.end(), iso))
    return sorted(found, key=lambda s: s.start)


def find_date(text: str, *, month_first: bool = False) -> str | None:
    """The first full calendar date in ``text`` as ISO 8601, or None."""
    spans = find_dates(text, month_first=month_first)
    return spans[0].iso if spans else None


_COMPACT = re.compile(r"^\s*(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T\d{4,6}(?:Z|[+-]\d{4})?)?\s*$")


def parse_date(value: object, *, month_first: bool = False) -> str | None:
    """One metadata value (ISO date or date-time, RFC 2822, "June 14, 2024",
    ``20240614``, ...) as an ISO 8601 date, or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    m = _COMPACT.match(value)
    if m:
        return _make(int(m["y"]), int(m["m"]), int(m["d"]))
    return find_date(value[:200], month_first=month_first)


def _label(line: str, span: DateSpan, prev_end: int) -> str:
    """``published``, ``updated`` or ``""``: the word before a date on its line."""
    before = line[prev_end:span.start]
    if _UPDATED.search(before):
        return "updated"
    if _PUBLISHED.search(before):
        return "published"
    return ""


def publication_date(lines: list[str], *, month_first: bool = False) -> str | None:
    """The publication date among header lines: labelled "Published" first,
    then unlabelled, then "Updated" (the first of each kind)."""
    best: dict[str, str] = {}
    for line in lines:
        prev = 0
        for span in find_dates(line, month_first=month_first):
            best.setdefault(_label(line, span, prev), span.iso)
            prev = span.end
    for kind in ("published", "", "updated"):
        if kind in best:
            return best[kind]
    return None

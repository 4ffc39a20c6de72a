"""Date expressions, resolved to ISO 8601 at the precision the text gives.

``"on Feb 26, 2024"`` -> ``2024-02-26``, ``"in February 2024"`` -> ``2024-02``,
``"in 2023"`` -> ``2023``; relative expressions ("last month", "on Friday",
"in June", "earlier this year") are resolved against the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter

from .caseless import caseless
from .textprep import has_any

__all__ = ["DateMention", "find_dates", "parse_iso"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_MON_FULL = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"

MONTH_FIRM_TAILS = frozenset("Capital Ventures Partners Holdings Networks Mobility Labs Technologies Systems Fund Investments "
                             "Therapeutics Inc Ltd LLC Corp".split())
"""Words after a month's name that make it the first word of a company's, even after "by" or "in" ("led by March Capital",
"rides in May Mobility vehicles"): no date there.  ("AI" is not one: "in March AI spending rose".)"""
_MONTH_FIRM = r"(?!\s+(?:" + "|".join(sorted(MONTH_FIRM_TAILS)) + r")\b)"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("moy", re.compile(r"\b" + _MON_FULL + r",?\s+(?:of\s+)?(?P<which>last|this|next|the\s+previous|the\s+following)\s+year\b")),
    ("ymd", re.compile(r"(?P<y>(?:1(?<!\w1)9|2(?<!\w2)0)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),  # led by a digit: scanned in C
    ("mdy", re.compile(r"\b" + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b")),
    ("dmy", re.compile(r"\b" + _DAY + r"\s+" + _MON + r",?\s+" + _YEAR + r"\b")),
    ("my", re.compile(r"\b" + _MON + r",?\s+" + _YEAR + r"\b")),
    ("md", re.compile(r"\b" + _MON + r"\s+" + _DAY + r"\b(?!,?\s*(?:19|20)\d{2})(?![\d.%])")),
    ("dm", re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON_FULL + r"\b(?!,?\s*(?:19|20)\d{2})")),
    ("wd", re.compile(r"\b(?:(?:on|late on|early on|last|this past|late|early)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("rel", caseless(
        r"\b(?P<rel>(?:(?:late|early|earlier|later) )?(?:last|this|earlier this|later this|past|previous|next) (?:month|year|week)"
        r"|a (?:month|year|week) ago|yesterday|today)\b")),
    ("ago", caseless(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>years|months|weeks)\s+ago\b")),
    ("season", caseless(r"\b(?P<which>last|this|earlier this|past|this past)\s+(?P<season>spring|summer|autumn|fall|winter)\b")),
    ("quarter", caseless(
        r"\b(?:(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?P<y>(?:19|20)\d\d))?"
        r"|Q[1-4]\s+(?P<y2>(?:19|20)\d\d)|(?P<last>last|previous)\s+quarter)\b")),
    ("mo", re.compile(
        r"\b(?:in|In|since|Since|during|During|by|By|until|from|From|through|of|last|Last|this|This|early|Early|late|Late|mid-?|Mid-?|before|after|Before|After)"
        r"\s+(?:(?:early|late|mid-?)\s*)?" + _MON_FULL + r"\b(?!\s+\d)" + _MONTH_FIRM)),
    ("y", re.compile(r"\b(?:in|In|since|Since|during|During|by|By|of|from|From|early|late|mid-?|until|before|after|throughout|for)\s+(?:(?:early|late|mid-?)\s*)?" + _YEAR + r"\b(?!-\d)")),
]


_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(r"[JFMASOND](?<!\w[JFMASOND])(?:(?<=J)(?:an|un|ul)|(?<=F)eb|(?<=M)(?:ar|ay)|(?<=A)(?:pr|ug)|(?<=S)ep|(?<=O)ct|(?<=N)ov|(?<=D)ec)")
"""A month's name (Jan ... Dec at a word's start), led by its capital so that re scans for it in C."""


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
_ANY_WORDS = ("day", "month", "year", "week", "quarter", "ago") + _SEASON_WORDS


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_year(month: int, pub: date | None) -> int | None:
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


def _add_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def _resolve(kind: str, m: re.Match, pub: date | None) -> str | None:
    g = m.groupdict()
    if kind in ("ymd", "mdy", "dmy"):
        month = int(g["m"]) if kind == "ymd" else _MONTHS[g["mon"].lower().rstrip(".")]
        try:
            return date(int(g["y"]), month, int(g["d"])).isoformat()
        except ValueError:
            return None
    if kind == "my":
        return f"{int(g['y']):04d}-{_MONTHS[g['mon'].lower().rstrip('.')]:02d}"
    if kind in ("md", "dm"):
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        if pub is None:
            return None
        day = int(g["d"])
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "moy":  # "in May last year", "March of this year"
        if pub is None:
            return None
        which = g["which"].lower()
        year = pub.year - 1 if which in ("last", "the previous") else pub.year + 1 if which in ("next", "the following") else pub.year
        return f"{year:04d}-{_MONTHS[g['mon'].lower()]:02d}"
    if kind == "mo":
        month = _MONTHS[g["mon"].lower()]
        year = _month_year(month, pub)
        return f"{year:04d}-{month:02d}" if year else None
    if kind == "y":
        return g["y"]
    if pub is None:
        return None
    if kind == "wd":
        wd = _WEEKDAYS[g["wd"].lower()]
        delta = (pub.weekday() - wd) % 7
        return (pub - timedelta(days=delta)).isoformat()
    if kind == "ago":
        n = _NUMBERS.get(g["n"].lower()) or int(g["n"])
        unit = g["unit"].lower()
        if unit == "years":
            return str(pub.year - n)
        if unit == "months":
            y, mo = _add_months(pub, -n)
            return f"{y:04d}-{mo:02d}"
        d = pub - timedelta(days=7 * n)
        return f"{d.year:04d}-{d.month:02d}"
    if kind == "season":
        _first, last = _SEASONS[g["season"].lower()]
        if "this" in g["which"].lower() and "past" not in g["which"].lower():
            return str(pub.year)
        # the latest such season that has ended: "last autumn" in February is the previous year's
        return str(pub.year if pub.month > last else pub.year - 1)
    if kind == "quarter":
        if g["y"] or g["y2"]:
            return g["y"] or g["y2"]
        if g["last"]:
            y, _mo = _add_months(pub, -3)
            return str(y)
        return str(pub.year)
    rel = g["rel"].lower()
    if rel == "today":
        return pub.isoformat()
    if rel == "yesterday":
        return (pub - timedelta(days=1)).isoformat()
    unit = rel.split()[-1] if not rel.endswith("ago") else rel.split()[1]
    if rel.endswith("ago"):
        step = -1
    elif any(w in rel for w in ("last", "past", "previous")):
        step = -1
    elif "next" in rel:
        step = 1
    else:
        step = 0
    if unit == "year":
        return str(pub.year + step)
    if unit == "month":
        y, mo = _add_months(pub, step)
        return f"{y:04d}-{mo:02d}"
    d = pub + timedelta(days=7 * step)
    return f"{d.year:04d}-{d.month:02d}"


_WEEKDAY_ONLY = re.compile(r"(?:(?:on|last|this|next)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)
_COMMA_GAP = re.compile(r",?\s*")


_MONTH_LED = frozenset({"moy", "mdy", "my", "md"})
"""The patterns whose matches start with a month's name (after ``\\b``), which :data:`_MONTH_WORD` finds: they are tried
only where it does, not at every character."""


def _matches_at(rx: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """``list(rx.finditer(text))`` for a pattern that can match only at ``starts`` (in order), and only non-empty."""
    out = []
    last = 0
    for p in starts:
        if p >= last and (m := rx.match(text, p)) is not None:
            out.append(m)
            last = m.end()
    return out


def find_dates(text: str, published: str | date | None = None) -> list[DateMention]:
    """Date expressions in ``text`` with offsets and ISO values, in order."""
    has_digit = bool(_DIGIT.search(text))
    has_month = _MONTH_WORD.search(text)
    low = text.lower()
    if not (has_digit or has_month or has_any(low, _ANY_WORDS)):
        return []
    pub = published if isinstance(published, date) else parse_iso(published)
    found: list[DateMention] = []
    months = None
    for kind, rx in _PATTERNS:
        if kind in ("ymd", "y") and not has_digit or kind in ("mdy", "dmy", "my", "md", "dm", "mo", "moy") and not has_month:
            continue
        if kind in ("ymd", "y") and "19" not in text and "20" not in text:
            continue  # no year
        if kind == "wd" and "day" not in low or kind == "rel" and not has_any(low, ("month", "year", "week", "today", "yesterday")):
            continue
        if kind == "ago" and "ago" not in low or kind == "season" and not has_any(low, _SEASON_WORDS) or kind == "quarter" and not ("quarter" in low or "q" in low):
            continue
        if kind in _MONTH_LED:
            if months is None:
                months = [m.start() for m in _MONTH_WORD.finditer(text, has_month.start())]
            matches = _matches_at(rx, text, months)
        else:
            matches = rx.finditer(text)
        for m in matches:
            s, e = m.start(), m.end()
            if any(s < f.end and f.start < e for f in found):
                continue
            iso = _resolve(kind, m, pub)
            if iso:
                found.append(DateMention(s, e, iso))
    found.sort(key=attrgetter("start"))
    if len(found) >= 2 and "day" in low:
        # "on Monday, April 7": the weekday names the date that follows it, which gives it exactly
        found = [f for i, f in enumerate(found) if not (i + 1 < len(found) and _WEEKDAY_ONLY.fullmatch(text, f.start, f.end)
                                                        and _COMMA_GAP.fullmatch(text, f.end, found[i + 1].start))]
    return found


"""Date expressions at the precision given, relative ones against the publication date."""

import pytest

from alliancekg.graph.extract.dates import find_dates


@pytest.mark.parametrize(
    "text, published, iso",
    [
        ("announced on Feb 26, 2024", "2024-03-04", "2024-02-26"),
        ("in February 2024", "2024-03-04", "2024-02"),
        ("signed in May last year", "2025-08-20", "2024-05"),
        ("in March of this year", "2025-08-20", "2025-03"),
        ("due in January of next year", "2025-08-20", "2026-01"),
        ("in 2023", "2024-03-04", "2023"),
        ("11 December 2024", None, "2024-12-11"),
        ("2024-03-05", None, "2024-03-05"),
        ("Aug. 3, 2024", None, "2024-08-03"),
        ("last month", "2024-03-04", "2024-02"),
        ("last month", "2024-01-15", "2023-12"),
        ("earlier this month", "2023-08-24", "2023-08"),
        ("earlier this year", "2024-03-04", "2024"),
        ("last year", "2024-03-04", "2023"),
        ("said on Friday", "2023-10-28", "2023-10-27"),  # a Saturday: the day before
        ("said on Tuesday", "2024-03-05", "2024-03-05"),  # the same weekday: that day
        ("late on Monday", "2023-06-27", "2023-06-26"),
        ("in June", "2024-12-11", "2024-06"),
        ("In October", "2024-05-02", "2023-10"),  # a month after publication: last year
        ("closed in December", "2024-03-05", "2023-12"),
        ("on June 10", "2024-03-05", "2023-06-10"),
        ("yesterday", "2024-03-05", "2024-03-04"),
        ("earlier this week", "2025-02-06", "2025-02"),
        ("last week", "2024-03-05", "2024-02"),  # the week before 5 March began in February
        ("two years ago", "2024-05-01", "2022"),
        ("3 months ago", "2024-05-17", "2024-02"),
        ("last autumn", "2024-02-28", "2023"),
        ("last summer", "2024-09-17", "2024"),  # the summer just ended
        ("this spring", "2024-08-08", "2024"),
        ("in the third quarter", "2024-04-18", "2024"),
        ("in Q3 2023", "2024-05-17", "2023"),
        ("last quarter", "2024-02-10", "2023"),
        ("a year ago", "2024-05-01", "2023"),
        ("next year", "2024-05-17", "2025"),
        ("on 3 March 2025", None, "2025-03-03"),
        ("on March 3rd", "2025-06-03", "2025-03-03"),
        ("in mid-2023", None, "2023"),
    ],
)
def test_find_dates(text, published, iso):
    found = find_dates(text, published)
    assert [d.iso for d in found] == [iso]


def test_modal_may_is_not_a_month():
    assert find_dates("The deal may close soon.", "2024-03-05") == []


def test_relative_dates_need_a_publication_date():
    assert find_dates("last month", None) == []


def test_offsets():
    text = "The round, which closed in December, raised money."
    (d,) = find_dates(text, "2024-03-05")
    assert text[d.start:d.end] == "in December"


def test_the_month_word_scan_finds_what_the_plain_pattern_finds(written_texts):
    """The month-name test is led by a capital (scanned in C); it must find the same places as the plain pattern."""
    import re

    from alliancekg.graph.extract.dates import _MONTH_WORD

    plain = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
    texts = ["Jan. 5, Feb, March, XMay, Mayfair, aJun, Jeb, Meb, Dec", "JANUARY Jun-Jul SepOct"]
    texts += written_texts
    for t in texts:
        assert [m.span() for m in _MONTH_WORD.finditer(t)] == [m.span() for m in plain.finditer(t)], t[:80]


def test_the_digit_led_patterns_find_what_their_plain_forms_find(written_texts):
    """ISO dates and "the 3 companies" digits are led by a digit (scanned for in C); on the articles written for the
    tests and on edge cases they match where the plain \\b-led patterns do."""
    import re

    from alliancekg.graph.extract.dates import _PATTERNS
    from alliancekg.graph.extract.relations import _GROUP_DIGIT

    ymd = dict(_PATTERNS)["ymd"]
    plain_ymd = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
    plain_group = re.compile(r"\b[2345] ")
    texts = ["on 2024-01-02, 12024-01-02, _2024-01-02, x2019-12-31, 1999-12-31 and 2100-01-01; the 3 firms, a3 x, 25 , 2 "]
    texts += written_texts
    for t in texts:
        assert [(m.span(), m.groupdict()) for m in ymd.finditer(t)] == [(m.span(), m.groupdict()) for m in plain_ymd.finditer(t)]
        low = t.lower()
        assert [m.span() for m in _GROUP_DIGIT.finditer(low)] == [m.span() for m in plain_group.finditer(low)]

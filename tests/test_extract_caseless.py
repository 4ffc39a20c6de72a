"""Caseless patterns: the same matches as ``re.IGNORECASE``, read from the original text."""

import re

import pytest

from alliancekg.graph.extract.caseless import caseless
from alliancekg.graph.extract.frames import FRAMES

TEXTS = [
    "«C0» Agreed To Acquire «C1» for «M2», the companies said.",
    "«C0» has agreed to buy «C1» and ACQUIRED «C2» last year.",
    "Shares of «C0» rose after «C1» BOUGHT a stake in it.",
    "İstanbul-based «C0» acquired «C1».",  # "İ".lower() is two characters: offsets would move
    "The Kelvin sign K and the long s ſ stand here; «C0» invested in «C1».",
    "",
]


def spans(ms):
    return [(m.span(), m.groupdict(), m.group()) for m in ms]


@pytest.mark.parametrize("source", [
    r"(?P<s>«C\d+»)\s+(?:has\s+)?(?P<v>agreed\s+to\s+(?:acquire|buy)|acquired|bought|invested)\b",
    r"\b(?:acquired|BOUGHT)\s+(?:a\s+stake\s+in\s+)?(?P<o>«[CU]\d+»)",
    r"istanbul|(?P<x>kelvin)",
    r"",
])
@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_ignorecase(source, text):
    slow = re.compile(source, re.I)
    fast = caseless(source)
    assert fast.fast is not None
    assert spans(fast.finditer(text)) == spans(slow.finditer(text))
    for pos in range(0, len(text) + 1, 7):
        assert spans([x for x in [fast.search(text, pos)] if x]) == spans([x for x in [slow.search(text, pos)] if x])
        assert spans([x for x in [fast.match(text, pos)] if x]) == spans([x for x in [slow.match(text, pos)] if x])


def test_groups_keep_the_texts_case():
    """A match is read on the text, not on its lower-cased copy, and answers as ``re.Match`` does."""
    text = "«C0» ACQUIRED «C1» in May."
    m = caseless(r"(?P<v>acquired)\s+(?P<o>«C\d+»)(?P<x>x)?").search(text)
    slow = re.compile(r"(?P<v>acquired)\s+(?P<o>«C\d+»)(?P<x>x)?", re.I).search(text)
    assert m.group("v") == "ACQUIRED" and m.group("o") == "«C1»" and m["o"] == "«C1»"
    assert m.group() == slow.group() and m.group("v", "o") == ("ACQUIRED", "«C1»") and m.group("x") is None
    assert m.span("o") == slow.span("o") and m.start() == slow.start() and m.end("v") == slow.end("v")
    assert m.groups() == slow.groups() and m.groupdict() == slow.groupdict() and m.groupdict("-")["x"] == "-"
    assert m.string is text and m.re.groupindex["o"] == 2 and m.lastgroup == slow.lastgroup


def test_offsets_survive_a_lower_case_that_grows():
    text = "İİİ «C0» bought «C1»."
    m = caseless(r"bought\s+(?P<o>«C\d+»)").search(text)
    assert m.start("o") == text.index("«C1»")


@pytest.mark.parametrize("source", [r"\S+\s+bought", r"(?-i:B)ought", r"\Bought"])
def test_patterns_lower_casing_would_change_stay_slow(source):
    p = caseless(source)
    assert p.fast is None
    text = "Nordvik Bought Fjordly; Nordvik bought it."
    assert spans(p.finditer(text)) == spans(re.compile(source, re.I).finditer(text))


def test_the_frames_lexicon_is_scanned_fast():
    """The verb frames are what caseless matching is for: none falls back to the slow scan."""
    assert all(rx.fast is not None for _kind, rx, _words in FRAMES)
    masked = "«C0» agreed to acquire «C1» for «M2» and will also invest in «C3»."
    for _kind, rx, _words in FRAMES:
        assert spans(rx.finditer(masked)) == spans(rx.slow.finditer(masked))


def test_each_fast_form_is_compiled_on_first_use_only():
    """A pattern compiles nothing when made (start-up: the CLI reads one article a run) and, scanning ASCII text, only
    its ASCII-rule form; the Unicode-rule form waits for a text that needs it.  Both find what re.IGNORECASE finds."""
    source = r"(?P<s>«C\d+»)\s+(?P<v>acquired|bought)\s+(?P<o>«C\d+»)"
    rx = caseless(source)
    assert rx._fast is None and rx._fast_ascii is None and rx._slow is None
    plain = "«C0» ACQUIRED «C1» in May."
    assert spans(rx.finditer(plain)) == spans(re.compile(source, re.I).finditer(plain))
    assert rx._fast_ascii is not None and rx._fast is None
    wide = "«C0» Acquired «C1» in Düsseldorf’s old town."  # "ü" is a letter outside ASCII: Unicode rules
    assert rx.search(wide).group("v") == "Acquired" and rx._fast is not None
    assert rx.groupindex == re.compile(source).groupindex
    assert caseless(r"(?P<S>x)")._named is False  # a capital in a group name: lower-casing would rename the group

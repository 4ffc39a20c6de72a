"""Patterns run under ASCII rules where that changes no match: the same matches as ``re`` under Unicode rules, on every text."""

import re

import pytest

from alliancekg.graph.extract import coref, entities, gazetteer
from alliancekg.graph.extract.plainre import Plain, ascii_rules, plain, reading

TEXTS = [
    "Orvane Labs, a London start-up, raised $12m on Tuesday; “It’s big,” she said — €5m more – «C0».",
    "Spürwerk AI, a Berlin start-up, works with Université Laval and the Politecnico di Milano.",
    "İstanbul-based Kestrel, with ſ and the Kelvin sign K in its name, raised ₹2 crore.",
    "Digits in other scripts: ٣ and ३ are digits to Unicode; a no-break space\u00a0and a thin\u2009space are spaces.",
    "Separators \x1c and \x1f are spaces to Unicode, not to ASCII.",
    "plain ascii only, with snake_case and 3.5% shares",
    "",
]


def test_which_texts_ascii_rules_read_alike():
    assert plain(TEXTS[0]) and plain(TEXTS[5]) and plain(TEXTS[6])  # quotes, dashes, currency signs and «» are neutral
    for text in TEXTS[1:5]:  # letters, digits and spaces outside ASCII, and the separators Unicode calls spaces
        assert not plain(text), text


def spans(ms):
    return [(m.span(), m.groups()) for m in ms]


@pytest.mark.parametrize("source, flags", [
    (r"\w+|[^\w\s]", 0),
    (r"\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*", 0),
    (r"(?P<n>\d+(?:\.\d+)?)\s*%|\s{2,}|\d", 0),
    (r"\bits?\b|\bthe\s+(?:company|start-up)\b", re.I),
    (gazetteer._TOKEN.pattern, 0), (entities._RX_NAME.pattern, 0), (entities._RX_SUFFIX.pattern, 0),
    (entities._RX_DESC_BEFORE.pattern, 0), (coref._DEF.pattern, coref._DEF.uni.flags), (coref._PRON.pattern, 0),
])
@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_unicode_rules(source, flags, text):
    uni = re.compile(source, flags)
    pair = Plain(source, flags)
    masked = text.lower().replace("a", "«C1»")  # a string made from the text read
    with reading(text):
        fast = pair.asc if ascii_rules() else pair.uni
        assert (fast is pair.asc) == plain(text)
        for t in (text, masked, text[3:40]):
            assert spans(fast.finditer(t)) == spans(uni.finditer(t))
            assert fast.findall(t) == uni.findall(t)
            for pos in range(0, len(t) + 1, 5):
                for method in ("search", "match"):
                    got, want = getattr(fast, method)(t, pos), getattr(uni, method)(t, pos)
                    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_unicode_rules_outside_a_plain_reading():
    assert not ascii_rules()  # no reading
    with reading("plain text"):
        assert ascii_rules()
        with reading("Spürwerk AI"):
            assert not ascii_rules()  # a nested reading of a text that is not plain
        assert ascii_rules()
    assert not ascii_rules()


def test_the_extractor_reads_alike_under_either_rules(monkeypatch):
    from pathlib import Path

    from alliancekg.graph.articles import read_article
    from alliancekg.graph.extract import extract, plainre

    paths = sorted((Path(__file__).parent / "articles" / "holdout").glob("h13[5-9]*.txt"))[:24]
    arts = [read_article(p) for p in paths]
    assert any(plain(a.text) for a in arts) and not all(plain(a.text) for a in arts)
    fast = [extract(a).to_facts_json() for a in arts]
    monkeypatch.setattr(plainre, "plain", lambda text: False)
    assert [extract(a).to_facts_json() for a in arts] == fast

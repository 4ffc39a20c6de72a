"""Hedges, denials and hypotheticals are not asserted facts."""

import pytest

from alliancekg.graph.extract.hedging import clause_before, hedge_cue, is_hedged, is_retracted


@pytest.mark.parametrize(
    "clause",
    [
        "Acme is reportedly in talks to buy",
        "Acme could acquire",
        "Acme may invest",
        "Acme intends to make its models available",
        "Acme plans to partner",
        "Acme is considering buying",
        "Acme denied that it will invest",
        "Acme would like to add",
        "If Acme buys",
        "An earlier version of this article said that Acme had invested",
        "A report that Acme had bought",
        "Acme is said to be weighing a bid",
        "Acme has held talks with Beta about a possible investment",
        "Acme is expected to announce",
        "Acme hopes to add more providers",
        "A person familiar with the talks said Acme had also discussed taking",
        "Acme is close to closing",
    ],
)
def test_hedged(clause):
    assert hedge_cue(clause) is not None


@pytest.mark.parametrize(
    "clause",
    [
        "Acme has invested",
        "Acme said on Monday that it would buy",
        "Acme agreed that it would invest",
        "In May, Acme invested",
        "Acme will add a further",
        "Acme has agreed to acquire",
        "Acme completed its purchase of",
    ],
)
def test_not_hedged(clause):
    assert hedge_cue(clause) is None


def test_negation():
    s = "Google is not acquiring the start-up"
    assert is_hedged(s, s.index("acquiring"))


def test_a_compound_opened_by_no_is_no_negation():
    s = "Acme, a no-code automation start-up, has partnered with"
    assert not is_hedged(s, s.index("partnered"))
    s = "Acme has no plans to buy"
    assert is_hedged(s, s.index("buy"))


def test_clause_scope():
    s = "Rivals may follow, but Acme has invested in Beta"
    assert clause_before(s, s.index("invested")).strip() == "Acme has"
    assert not is_hedged(s, s.index("invested"))


@pytest.mark.parametrize(
    "sentence, retracted",
    [
        ("A report that Solace had been bought by Mindwell Group is also wrong.", True),
        ("Mindwell denied the report that it had bought Solace.", True),
        ("The claim that Acme invested in Beta was incorrect.", True),
        ("Acme bought Beta in 2023.", False),
        ("Acme said the market was wrong about chips.", False),
    ],
)
def test_retractions(sentence, retracted):
    assert is_retracted(sentence) is retracted


def test_the_clause_break_scan_finds_what_its_plain_form_finds(written_texts):
    """Clause breaks are led by literals (scanned for in C); on the articles written for the tests they fall where
    the plain pattern puts them."""
    import re

    from alliancekg.graph.extract.hedging import _CLAUSE_BREAK

    plain = re.compile(r"(?:;|:|,\s+(?:whose|which)\b|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|—|–| - |\.\s)", re.I)
    texts = ["But, rebut; While whereas: although-though Although. x - y — z, Which, whichever, butter"]
    texts += written_texts
    for t in texts:
        assert [m.span() for m in plain.finditer(t)] == [m.span() for m in _CLAUSE_BREAK.finditer(t)], t[:80]


def test_what_a_news_outlet_reported_and_a_non_binding_term_sheet_are_no_facts():
    from alliancekg.graph.articles import parse_text
    from alliancekg.graph.extract import extract

    def facts(body):
        art = parse_text("Test\nBy A Reporter\nJune 3, 2025\n\n" + body + "\n", source="inline.txt")
        return {(f.relation, f.subject, f.object) for f in extract(art).facts}

    assert not facts("Bloomberg News reported that Kestrel had agreed to acquire Orvane Systems.")
    assert not facts("The newspaper reported on Friday that Kestrel Group would buy Orvane Systems for $2bn.")
    assert not facts("Kestrel Group signed a non-binding term sheet to acquire Orvane Systems for about $1.6 billion.")
    assert ("acquires", "Kestrel Group", "Orvane Systems") in facts("Kestrel Group reported that it had acquired Orvane Systems.")

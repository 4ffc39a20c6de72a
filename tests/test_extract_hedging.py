"""Hedges, denials and hypotheticals are not asserted facts."""

import pytest

from alliancekg.graph.extract.hedging import clause_before, hedge_cue, is_hedged


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
    ],
)
def test_not_hedged(clause):
    assert hedge_cue(clause) is None


def test_negation():
    s = "Google is not acquiring the start-up"
    assert is_hedged(s, s.index("acquiring"))


def test_clause_scope():
    s = "Rivals may follow, but Acme has invested in Beta"
    assert clause_before(s, s.index("invested")).strip() == "Acme has"
    assert not is_hedged(s, s.index("invested"))

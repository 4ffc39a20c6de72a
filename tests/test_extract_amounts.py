"""Money amounts: many written forms -> value and ISO 4217 code."""

import pytest

from alliancekg.graph.extract.amounts import find_amounts, parse_amount


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("€15 million", 15e6, "EUR"),
        ("$1.3bn", 1.3e9, "USD"),
        ("US$650 million", 650e6, "USD"),
        ("EUR 2 billion", 2e9, "EUR"),
        ("1.5 billion dollars", 1.5e9, "USD"),
        ("GBP 100m", 100e6, "GBP"),
        ("C$240m", 240e6, "CAD"),
        ("$100M", 100e6, "USD"),
        ("$16.3 million", 16.3e6, "USD"),
        ("£840 million", 840e6, "GBP"),
        ("2 billion euros", 2e9, "EUR"),
        ("¥10bn", 10e9, "JPY"),
        ("$500,000", 500e3, "USD"),
        ("AED 1bn", 1e9, "AED"),
        ("300 million US dollars", 300e6, "USD"),
        ("Rs 500 crore", 5e9, "INR"),
        ("an investment of up to $4 billion", 4e9, "USD"),
    ],
)
def test_parse_amount(text, value, currency):
    got = parse_amount(text)
    assert got is not None
    assert got[0] == pytest.approx(value)
    assert got[1] == currency


def test_two_currencies_keep_order_and_offsets():
    text = "an investment amounting to €15 million (approximately $16.3 million)."
    found = find_amounts(text)
    assert [(a.value, a.currency) for a in found] == [(15e6, "EUR"), (16.3e6, "USD")]
    assert text[found[0].start:found[0].end] == "€15 million"


def test_no_amount_in_plain_numbers():
    assert find_amounts("It has 170 employees and was founded in 2016.") == []

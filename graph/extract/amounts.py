"""Money amounts in news text: ``"€15 million"`` -> ``15000000.0, "EUR"``.

:func:`find_amounts` returns every amount in a string with its offsets;
:func:`parse_amount` normalises one amount string.  Pure functions over
precompiled patterns; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

from .caseless import caseless

__all__ = ["Money", "find_amounts", "parse_amount"]


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    value: float
    currency: str


_SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "NT$": "TWD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD",
    "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW",
    "₪": "ILS", "CHF": "CHF", "RMB": "CNY", "Dh": "AED", "Dhs": "AED", "RM": "MYR", "Rp": "IDR", "₱": "PHP", "₦": "NGN",
    "KSh": "KES", "Ksh": "KES", "Sh": "KES", "USh": "UGX", "TSh": "TZS", "฿": "THB", "₺": "TRY", "₽": "RUB", "₫": "VND",
}
_CODES = (
    "USD EUR GBP JPY CNY AED SAR QAR INR KRW CAD AUD CHF SEK NOK DKK HKD SGD BRL ILS NZD "
    "ZAR MXN TWD RUB TRY PLN KWD CZK HUF RON BGN ISK UAH IDR MYR THB PHP VND NGN KES UGX TZS EGP CLP COP ARS PEN BHD OMR"
).split()
_WORDS = [
    (r"(?:US|U\.S\.|American) dollars?", "USD"), (r"Canadian dollars?", "CAD"),
    (r"Australian dollars?", "AUD"), (r"Hong Kong dollars?", "HKD"), (r"Singapore dollars?", "SGD"),
    (r"New Zealand dollars?", "NZD"), (r"dollars?", "USD"), (r"euros?", "EUR"),
    (r"Egyptian pounds?", "EGP"), (r"pounds?(?: sterling)?", "GBP"), (r"sterling", "GBP"), (r"yen", "JPY"), (r"yuan", "CNY"),
    (r"renminbi", "CNY"), (r"dirhams?", "AED"), (r"riyals?", "SAR"), (r"rupees?", "INR"),
    (r"won", "KRW"), (r"Swiss francs?", "CHF"), (r"francs?", "CHF"), (r"shekels?", "ILS"),
    (r"Czech crowns?", "CZK"), (r"korun(?:a|as|y)?", "CZK"), (r"forints?", "HUF"), (r"lei", "RON"), (r"(?:zlotys?|złotys?)", "PLN"),
    (r"(?:Swedish )?kronor", "SEK"), (r"Swedish crowns?", "SEK"), (r"Norwegian kroner", "NOK"), (r"Danish kroner", "DKK"),
    (r"rand", "ZAR"), (r"naira", "NGN"), (r"ringgit", "MYR"), (r"baht", "THB"), (r"rupiah", "IDR"), (r"reais", "BRL"),
    (r"Colombian pesos?", "COP"), (r"Chilean pesos?", "CLP"), (r"Argentine pesos?", "ARS"), (r"Philippine pesos?", "PHP"),
    (r"(?:Mexican )?pesos?", "MXN"), (r"(?:Turkish )?lira", "TRY"), (r"(?:roubles?|rubles?)", "RUB"), (r"hryvnias?", "UAH"), (r"Kenyan shillings?", "KES"),
]
_MULT = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "crore": 1e7, "lakh": 1e5, "billion": 1e9, "b": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "t": 1e12,
}

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_MUL = r"(?:(?:\s*|-(?=(?:thousand|million|billion|trillion)\b))(?P<mult>thousand|million|billion|trillion|crore|lakh|mln|bln|trn|mn|bn|tn|mil|[mMbBkKtT])\b)?"
_SYM = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True) if s not in ("CHF", "RMB"))
_CODE = "|".join(_CODES + ["CHF", "RMB"])
_WORD = "|".join(w for w, _ in _WORDS)



def _led(alternatives: list[str], not_after: str) -> str:
    """``(?<!not_after)(?:a|b|...)`` for literal alternatives, written so that ``re`` finds where one can start in C:
    grouped by first character (their order kept within a group; two groups never match at one place), each
    group led by that character, the character class before it checked behind it."""
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    return "(?:" + "|".join(f"{re.escape(c)}(?<!{not_after}{re.escape(c)})(?:{'|'.join(re.escape(r) for r in rest)})"
                            for c, rest in groups.items()) + ")"


_CURRENCY_LEAD = [x for x in sorted(_SYMBOLS, key=len, reverse=True) if x not in ("CHF", "RMB")] + _CODES + ["CHF", "RMB"]
_PREFIX = re.compile(
    r"(?P<cur>" + _led(_CURRENCY_LEAD, r"[\w$]") + r")\s?" + _NUM + _MUL
    + r"(?:\s+(?P<tail>" + _CODE + r"|" + _WORD + r")\b)?"
)
"""A currency then its amount ("US$650 million", "EUR 2 billion"), not inside a word or after a "$"."""
_NUM_LED = r"(?P<num>\d(?<![\w.,$]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
"""``_NUM`` not after a word, point, comma or "$", led by its first digit (so that re scans for digits in C)."""
_SUFFIX = caseless(_NUM_LED + _MUL + r"\s*(?P<cur>" + _CODE + r"|" + _WORD + r")\b")
_WORD_RES = [(caseless(w + r"$"), c) for w, c in _WORDS]
_RAND = re.compile(r"(?P<cur>R)(?<![\w$]R)" + _NUM + r"\s?(?P<mult>million|billion|trillion|bn|mn|m)\b(?![-–])")
"""South African rand, only with its multiplier ("R60 million", "R1.2bn"): a bare "R1" is a model's name."""


def _currency(token: str) -> str | None:
    t = token.strip()
    if t in _SYMBOLS:
        return _SYMBOLS[t]
    if t.upper() in _CODES:
        return t.upper()
    if t.upper() == "RMB":
        return "CNY"
    for rx, code in _WORD_RES:
        if rx.match(t):
            return code
    return None


def _value(num: str, mult: str | None) -> float:
    v = float(num.replace(",", ""))
    if mult:
        m = mult.lower()
        v = round(v * _MULT.get(m, 1.0), 2)  # 4.1 * 1e9 is 4099999999.9999995 in binary: "$4.1 billion" is 4100000000
    return v


_ANY_DIGIT = re.compile(r"\d")


def find_amounts(text: str) -> list[Money]:
    """All money amounts in ``text``, in order, with their character offsets."""
    if not _ANY_DIGIT.search(text):
        return []
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for rx in (_PREFIX, _SUFFIX, _RAND):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            mult = m.group("mult")
            if mult and len(mult) == 1 and mult in "tT" and rx is _PREFIX:
                # "$5 t" is rare; a lone t is usually the start of a word
                continue
            cur = "ZAR" if rx is _RAND else _currency(m.group("cur"))
            if cur is None:
                continue
            found.append(Money(s, e, _value(m.group("num"), mult), cur))
            taken.append((s, e))
    found.sort(key=attrgetter("start"))
    return found


def parse_amount(text: str) -> tuple[float, str] | None:
    """The first amount in ``text`` as ``(value, ISO 4217 code)``, or None."""
    found = find_amounts(text)
    return (found[0].value, found[0].currency) if found else None

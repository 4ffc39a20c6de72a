"""Is a statement asserted as fact, or hedged, denied or hypothetical?

Deal facts (invests, acquires, partners, available on) are kept only when the
clause that states them carries no hedge: rumours and reports, talks,
plans and intentions, conditionals and modals (could, may, might, would --
except the reported speech "said it would buy"), denials and negations.
Descriptive facts (develops, based in) read from possessives and appositions
are not checked: "mentioned Google's Gemini as a possibility" still says
whose Gemini is.
"""

from __future__ import annotations

from .caseless import caseless
from .nouns import COMPANY_NOUNS
from .textprep import has_any

__all__ = ["clause_before", "failed_after", "hedge_cue", "is_hedged", "is_negated", "is_retracted", "unconfirmed_after"]

_HEDGES = caseless(
    r"\b(?:in talks|held talks|holding talks|talks (?:with|to|over|about)|negotiat\w+|reportedly|rumou?r\w*|"
    r"reports? (?:said|say|says|suggest\w*)|(?:was|were|is|are|had been|has been) reported|according to (?:(?:two|three|several|multiple|some|other|unnamed|anonymous)\s+)?(?:people|persons|sources|insiders|a report|reports)|"
    r"considering|consider(?:s|ed)? (?:a|an|buying|investing|acquiring)|weigh(?:s|ed|ing)?|explor(?:e|es|ed|ing)|"
    r"could|might|(?-i:may)|should|would like|would be|would have|if|unless|whether|"
    r"plans? to|planning to|planned to|intends? to|intended to|intention|aims? to|hopes? to|hoping to|wants? to|wanted to|want to|"
    r"seeks? to|seeking to|looking to|expected to|likely to|set to|poised to|potential(?:ly)?(?!\s+(?:milestones?|milestone\s+payments?|payments?|royalties))|possible|possibility|proposed|"
    r"(?:would|could) like|mulling|eyeing|in discussions?|(?:had|have|has)\s+(?:also\s+|already\s+|previously\s+|reportedly\s+)?discussed|discussions? (?:with|about|over)|approach(?:ed|es)? (?:by|about)|approach(?:ed|es)?\s+(?:[\w-]+\s+){1,4}?about|"
    r"(?:an?|the|its|their)\s+(?:call\s+|put\s+)?options?\s+to\s+(?:buy|sell|acquire|purchase|take)|"
    r"look(?:s|ed|ing)?\s+at\s+(?:buying|acquiring|taking\s+over|investing|backing|a\s+(?:deal|bid|takeover|purchase|merger|sale))|"
    r"no agreement|deni\w+|deny|declined to confirm|not confirmed|unconfirmed|speculat\w+|"
    r"(?:an?\s+)?(?:earlier|previous|prior)\s+version|incorrect(?:ly)?|erroneous(?:ly)?|wrongly|mistakenly|"
    # a correction's account of what an earlier issue said: "Last week's edition said that X had acquired Y", "we wrote that"
    r"(?:edition|round-?up|column|newsletter|bulletin)\s+(?:(?:on|last|this|earlier)\s+\w+\s+)?(?:said|stated|reported|wrote)|we\s+(?:said|wrote|reported|stated)|"
    r"(?:a|the)\s+reports?\s+that|reports?\s+of|non-?binding|"
    r"(?:Bloomberg|Reuters|Information|Times|Journal|Post|FT|CNBC|Nikkei|Axios|Semafor|TechCrunch|Insider|Verge|Handelsblatt|Echos|Yonhap|"
    r"news(?:paper|wire)?|outlet|daily|paper|broadcaster|magazine|site)\s+(?:(?:on|last|this|earlier)\s+\w+\s+)?reported"
    r"(?:\s+(?:on|last|this|earlier)\s+\w+)?\s+(?:that\b)?|talk\s+(?:that|of)|close\s+to\s+(?:buying|acquiring|a\s+deal|an?\s+(?:agreement|accord|deal)|closing|raising|completing|finali[sz]ing|signing|agreeing)|planned|abandon\w*|scrap(?:s|ped|ping)?|called\s+off|call\s+off|cancel\w*|"
    r"terminat\w*|walk(?:s|ed|ing)?\s+away|fell\s+through|collaps\w*|blocked|withdr[ae]w\w*|enough\s+to|(?:analysts?|investors?)\s+(?:believe|think|expect))\b",
)
_HEDGE_STEMS = (
    "talk", "negotiat", "report", "rumo", "according", "consider", "weigh", "explor", "could", "might", "may", "should",
    "would", "if", "unless", "whether", "plan", "intend", "intention", "aim", "hope", "hoping", "want", "seek", "looking to",
    "expected", "likely", "set to", "poised", "potential", "possib", "propos", "mull", "eyeing", "discuss", "approach",
    "agreement", "deni", "deny", "declined", "confirm", "speculat", "version", "incorrect", "erroneous", "wrongly",
    "mistakenly", "close to", "planned", "abandon", "scrap", "call", "cancel", "terminat", "walk", "fell through", "collaps", "blocked", "withdr",
    "enough to", "believe", "think", "expect", "binding", "looked at", "looking at", "looks at", "look at", "option to", "options to",
    "edition", "roundup", "round-up", "column", "newsletter", "bulletin", "we said", "we wrote", "we reported", "we stated",
)
"""Substrings one of which every hedge cue contains: most clauses skip the big pattern."""
_NEGATION = caseless(r"\b(?:not|n't|never|no longer|without|neither|nor|rather than|instead of|no)\b(?!-)|n't\b")
"""A word that denies what its clause says; not one that opens a compound ("no-code", "not-for-profit")."""
_WOULD = caseless(r"\bwould\b")
_REPORTED = caseless(
    r"\b(?:said|says|announced|confirmed|agreed|stated|disclosed|revealed|told)\b[^.;]{0,40}?\bwould\s*$"
)
_CLOSED_RELATIVE = caseless(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+|«[GL]\d+»\s+){0,3}?(?:" + COMPANY_NOUNS + r")\s+(?:that|which|whose|who)|which|who|whose)\b[^,;]*,(?=\s)")
"""A closed relative clause, or a company's apposition holding one ("X, a start-up whose app helps owners decide whether ..., said"):
what it says of the company hedges nothing the sentence goes on to say."""
_CLAUSE_BREAK = caseless(r"(?:;|:|,\s+(?:whose|which)\b|b(?<!\wb)ut\b|w(?<!\ww)(?:hile|hereas)\b|a(?<!\wa)lthough\b|t(?<!\wt)hough\b|—|–| - |\.\s)")
"""A clause's end: punctuation, "but", "while", "whereas", "although", "though" (each led by a literal, so that
re scans for the places one can start in C)."""


_RETRACTED = caseless(
    r"\b(?:reports?|claims?|story|stories|article|version|statements?|suggestions?|rumou?rs?)\b[^;]{0,160}?"
    r"\b(?:is|was|are|were)\s+(?:also\s+|both\s+)?(?:wrong|incorrect|false|untrue|inaccurate|mistaken|not\s+true)\b"
    r"|\bdenied\s+(?:it|this|that|the\s+(?:report|claim|story))\b")


def is_retracted(sentence: str) -> bool:
    """Does the sentence say that what it reports is wrong ("A report that X bought Y is also wrong")?"""
    return bool(_RETRACTED.search(sentence))


def clause_before(sentence: str, pos: int, limit: int = 160) -> str:
    """The text of the clause that leads up to ``pos``: from the last clause break before it."""
    lo = max(0, pos - limit)
    chunk = sentence[lo:pos]
    if "," in chunk and ("which" in chunk or "who" in chunk or "that" in chunk):  # "X, which had talks with Y, instead invested": the closed clause is X's aside
        chunk = _CLOSED_RELATIVE.sub(",", chunk)
    last = None
    for m in _CLAUSE_BREAK.finditer(chunk):
        last = m
    return chunk[last.end():] if last else chunk


def hedge_cue(text: str) -> str | None:
    """The first hedge cue in ``text`` (a clause), or None.

    A ``would`` that reports an announcement ("said it would buy") is not a hedge.
    """
    low = text.lower()
    if not has_any(low, _HEDGE_STEMS):
        return None
    for m in _HEDGES.finditer(text):
        return m.group(0)
    for m in _WOULD.finditer(text):
        if not _REPORTED.search(text[: m.end()]):
            return m.group(0)
    return None


_NOT_A_NEGATION = caseless(
    r"\bnot\s+(?:to\s+be\s+outdone|least|only|surprisingly|unexpectedly|for\s+the\s+first\s+time|long\s+(?:after|before|ago))\b"
    r"|\bno\s+(?:stranger|newcomer)\s+to\b|\bno\s+doubt\b")
"""Idioms that carry a negation word but deny nothing: "X, not to be outdone, said it would pay", "not long after"."""


def is_negated(text: str) -> bool:
    if not _NEGATION.search(text):
        return False
    return bool(_NEGATION.search(_NOT_A_NEGATION.sub(" ", text)))


_FAILED_AFTER = caseless(
    r"^(?:(?!\b(?:after|when|before|since|because|while|until|once|as|whose|which|who)\b)[^;:.]){0,140}?\b(?:collapsed|fell\s+(?:through|apart)|(?:was|were|has\s+been|had\s+been)\s+(?:abandoned|blocked|scrapped|terminated|"
    r"called\s+off|cancell?ed|withdrawn|dropped|rejected))\b")
"""'Its $40 billion agreement to buy Arm ... collapsed in 2022': the deal's own clause says it failed."""
_FAILED_WORDS = ("collapsed", "fell", "abandoned", "blocked", "scrapped", "terminated", "called off", "cancel", "withdrawn", "dropped",
                 "rejected")
"""The words :data:`_FAILED_AFTER` needs one of, tested first: "was " alone stands in most sentences."""


_UNCONFIRMED_AFTER = caseless(
    r"^[^;.]{0,220}?(?:\bneither\s+(?:company|side|firm|party)\s+(?:has\s+)?(?:publicly\s+)?confirmed\b"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:publicly\s+)?(?:confirmed|announced)\b"
    r"|\bdid\s+not\s+confirm\b|\bdeclined\s+to\s+confirm\b)")
"""'X has agreed to rent capacity from Y, ..., though neither company has confirmed a deal': a report, not an announcement
(an attribution alone is not: "according to people familiar" often only sources a confirmed deal's price)."""


def unconfirmed_after(rest: str) -> bool:
    """Does the rest of a sentence say that nobody confirmed what it states?"""
    return ("confirm" in rest or "announced" in rest) and bool(_UNCONFIRMED_AFTER.match(rest))


def failed_after(rest: str) -> bool:
    """Does the rest of a clause say the deal it states failed ("... to buy Arm for $40 billion collapsed in 2022", "... was
    abandoned last year")?"""
    return has_any(rest, _FAILED_WORDS) and bool(_FAILED_AFTER.match(rest))


def is_hedged(sentence: str, pos: int, end: int | None = None) -> bool:
    """True when the clause leading to ``pos`` (plus the trigger up to ``end``) hedges or negates,
    or when the rest of the clause says the deal failed."""
    clause = clause_before(sentence, pos)
    if end is not None:
        clause = clause + sentence[pos:end]
    if hedge_cue(clause) is not None or is_negated(clause):
        return True
    rest = sentence[end if end is not None else pos:]
    if unconfirmed_after(rest):
        return True
    return failed_after(rest)

"""Relation rules over a masked sentence.

Each mention in a sentence is replaced by a token -- ``«C3»`` a company,
``«P1»`` a product, ``«N2»`` a country, ``«G4»`` a demonym, ``«L5»`` a place,
``«M0»`` an amount, ``«T6»`` a date -- so that rules are short regular
expressions over English deal-news grammar, independent of any name:

* invests_in: "X (has) invested/put/committed [$N] in/into Y", "X backed Y",
  "Y, backed by X", "X-backed Y", "X took a (minority) stake in Y",
  "X's $N investment in Y", "an investment from X", funding rounds
  ("Y raised $N in a Series C led by A, with B and C"), "X joined as an
  investor", "A, B and C all invested, alongside D";
* acquires: "X acquired/bought/agreed to buy Y", "Y was acquired by X",
  "X's acquisition of Y";
* partners_with: "X partnered/teamed up/works with Y", "X signed a
  partnership with Y", "X's agreement with Y", "X named Y its preferred
  cloud provider", "X licensed the technology of Y";
* develops: possessives "X's flagship model Y", appositions "Y, X's
  assistant", "Y, the chatbot from X", "X, the maker of Y", "Y, developed
  by X", "X released/launched Y";
* available_on: "Y (is) available on/through Z", "offer/put/use Y ... on/within Z";
* based_in: "French start-up X", "Japan's X", "X, a London-based developer",
  "X is a US company", "X, headquartered in Paris".

Deal rules are dropped when their clause is hedged (see :mod:`.hedging`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

from .amounts import Money
from .caseless import caseless
from .dates import DateMention
from .entities import COMPANY_NOUNS, INSTITUTION_WORDS, PRODUCT_NOUNS, Mention, company_shaped, looks_like_person, same_family
from .frames import FRONTED_NOUN, GAPPED_BY, GOODS_AFTER, GROUP, NOT_NOW, frame_matches, group_size, role_matches
from .hedging import clause_before, failed_after, hedge_cue, is_negated, is_retracted, unconfirmed_after
from .nouns import COMPANY_PLURALS, ROLE_NOUN_LIST
from .places import city_country
from .textprep import Gates

__all__ = ["Token", "Candidate", "mask", "sentence_relations", "DealContext"]


@dataclass
class Token:
    kind: str
    start: int
    end: int
    mention: Mention | None = None
    money: Money | None = None
    date: DateMention | None = None


@dataclass
class Candidate:
    relation: str
    subject: Mention
    object: Mention
    pos: int
    """Where in the masked sentence the trigger is (to pick the nearest date/amount)."""
    amount: Money | None = None
    date: str | None = None
    stake: str | None = None
    confidence: float = 0.9
    hedge_checked: bool = True
    country: str | None = None
    city: str | None = None
    """For based_in: the city the text placed the company in ("a San Francisco start-up"), when it named one."""


@dataclass
class DealContext:
    investee: Mention | None = None
    prev_companies: list = field(default_factory=list)
    """The companies the previous sentence named (for "the two companies")."""
    cancelled: set = field(default_factory=set)
    """(relation, subject, object) of deals the article says were abandoned or called off."""
    investors: set = field(default_factory=set)
    """Names read as investors so far."""
    stated_makers: dict = field(default_factory=dict)
    """Product name -> the company the text calls its maker ("Rovio, the Espoo maker of Angry Birds"): the text's word over the
    gazetteer's owner, which may have bought the maker since."""
    venture: Mention | None = None
    list_owner: Mention | None = None
    list_used: bool = False
    """Whether an item of that list was read as its company's deal (after such a list the text is back on the company)."""
    """The company a bulleted list is about: the text's focus where the list began ("What was announced: - The completed
    acquisition of X ... - A joint development agreement with Y" are both that company's)."""
    """The joint venture the article last said was formed (for "A and B are its partners")."""
    round_date: str | None = None
    round_money: tuple | None = None
    """(company, amount) of a round its sentence named without an investor ("Y raised $18m"), for its lead named next."""
    last_date: str | None = None
    last: dict = field(default_factory=dict)
    pending_target: Mention | None = None
    """A company said to be bought by nobody named yet ("X just got bought.")."""
    deals: list = field(default_factory=list)
    """Every deal candidate read so far (for roles such as "its new shareholder")."""
    published: str | None = None
    """The article's publication date (ISO), where it has one: a deal that "would" happen after it is a plan."""


_KIND = {"Company": "C", "Product": "P", "Country": "N", "Demonym": "G", "Place": "L", "Unknown": "U"}


_BARE_APOSTROPHE = re.compile(r"(«[CU]\d+»)'(?!s)")
"""'Harlow Systems' $50 million': a plural possessive, written as the usual one."""


def mask(sentence: str, offset: int, mentions: list[Mention], money: list[Money], dates: list[DateMention]):
    """The masked sentence and its tokens (``tokens[i]`` is ``«Xi»``)."""
    items: list[Token] = []
    for m in mentions:
        kind = _KIND[m.type]
        if (kind == "P" and _BOUGHT_BEFORE.search(sentence, max(0, m.start - offset - 40), m.start - offset)
                and _FOR_AMOUNT.match(sentence, m.end - offset)):
            kind = "C"  # "it bought Slack for $27.7 billion": what is bought for a price is the company behind the name
        if kind == "P" and (ba := _BOUGHT_AFTER.match(sentence, m.end - offset)) and _FOR_AMOUNT.match(sentence, ba.end()):
            kind = "C"  # "Slack, which Salesforce bought for $27.7 billion": the company behind the name
        elif (kind == "P" and m.entry is None and _RAISED_AFTER.match(sentence, m.end - offset)
              and not _PP_BEFORE.search(sentence, max(0, m.start - offset - 12), m.start - offset)):
            kind = "C"  # "Brainly, the homework app founded in Krakow, raised $80 million": a company raises money
        if kind in "CU" and _ROLE_MODIFIER.match(sentence, m.end - offset):
            kind = "A"  # "Stargate partner Crusoe", "OpenAI rival Anthropic": the company only names the role
        elif kind in "CU" and _STAFF_AFTER.match(sentence, m.end - offset):
            kind = "A"  # "founded by former Google DeepMind researchers": the people act, not the company
        elif (kind in "CU" and m.anaphor and sentence[max(0, m.start - offset - 2):m.start - offset] == ", "
              and m.surface.lower() in ("its", "their") and _APPOS_ROLE.match(sentence, m.end - offset)):
            kind = "A"  # "KDDI, its rival, took a stake": the apposition describes KDDI; "its" acts in no deal
        items.append(Token(kind, m.start - offset, m.end - offset, mention=m))
    for a in money:
        items.append(Token("M", a.start, a.end, money=a))
    for d in dates:
        items.append(Token("T", d.start, d.end, date=d))
    items.sort(key=lambda t: (t.start, -t.end))
    kept: list[Token] = []
    last = -1
    for t in items:
        if t.start >= last:
            kept.append(t)
            last = t.end
        elif t.mention is not None and "member" in t.mention.extra and t.start == kept[-1].start:
            kept.append(t)  # "both models": each of the pair named before, masked as a list ("«P3» and «P4»")
    parts = []
    cur = 0
    for i, t in enumerate(kept):
        if i and t.start == kept[i - 1].start and t.mention is not None and "member" in t.mention.extra:
            parts.append(", " if i + 1 < len(kept) and kept[i + 1].start == t.start else " and ")
            parts.append(f"«{t.kind}{i}»")
            continue
        parts.append(sentence[cur:t.start])
        if t.mention is not None and t.mention.anaphor:
            if "mask_prefix" in t.mention.extra:
                parts.append(t.mention.extra["mask_prefix"])  # "offered there": "offered on «P»"
            parts.append(f"«{t.kind}{i}»")
            if t.mention.surface.lower() in ("its", "their", "our"):
                parts.append("'s")
        else:
            parts.append(f"«{t.kind}{i}»")
        cur = t.end
        if (t.mention is not None and sentence[cur:cur + 1] == "." and cur + 1 < len(sentence)
                and _ABBR_SUFFIX.search(t.mention.surface)):
            cur += 1  # "Tenmura Inc. was founded": the abbreviation's point
    parts.append(sentence[cur:])
    masked = "".join(parts).replace("’s", "'s").replace("’", "'")
    if "«" in masked and ('"«' in masked or "“«" in masked):
        masked = _QUOTED_NAME.sub(r"\1", masked)  # 'its model "Kaze"': the quotes only mark the name
    if "»'" in masked:
        masked = _BARE_APOSTROPHE.sub(r"\1's", masked)
    if "» (" in masked and ":" in masked:
        masked = _TICKER_AFTER.sub("", masked)  # "Accenture (NYSE: ACN) and Mistral AI announced": the listing says nothing of the deal
    if "»'s" in masked and _NAME_ENDS_S.search(masked):
        masked = _NAME_ENDS_S.sub(r"\1", masked)  # "Christie's, which Artémis bought", "Sotheby's has": the name's "'s", no owner's
    if "» («" in masked:  # "The German Football League (DFL), which has worked with ...": the name's abbreviation says nothing more
        def name_only(m: re.Match) -> str:
            abbr = kept[int(m.group(2))].mention
            return m.group(1) if abbr is not None and abbr.surface.isupper() else m.group()
        masked = _ABBR_TOKEN_AFTER.sub(name_only, masked)
    if "»-located" in masked:
        masked = masked.replace("»-located", "»-based")  # "a Seoul-located venture capital", as Korean press in translation writes it
    return masked, kept


_NAME_ENDS_S = re.compile(r"(«[CU]\d+»)'s(?=,\s+(?:which|who|whose|the|a|an)\s|\s+(?:has|had|is|was|said|says|will|would)\s)")


_ABBR_TOKEN_AFTER = re.compile(r"(«[CU]\d+»)\s+\(«[CU](\d+)»\)(?=,\s+(?:which|who|whose|the|a|an)\s|\s+(?:has|have|had|is|was|are|were|said|says|will|signed|announced|agreed)\b)")
"""A name, then its abbreviation in brackets, before the name's clause goes on: "The German Football League (DFL), which has
worked with", "Nvidia (NVDA) said" (not inside a list of backers, whose patterns read the brackets)."""
_TICKER_AFTER = re.compile(r"(?<=»)\s+\((?:(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|TSE|SIX|XETRA|Euronext|HKEX|SGX|KRX|KOSDAQ|NSE|BSE|OTC\w*)(?:\s+[A-Z][a-z]+)?"
                           r"\s*:\s*[A-Z0-9][\w.-]{0,9}(?:\s*[;,]\s*|\s+and\s+)?)+\)")
"""A listed company's ticker in brackets after its name: '(NYSE: ACN)', '(Nasdaq Stockholm: X; OTCQX: Y)'."""


_PRICED_LIST_NEXT = re.compile(r"(?:\s+\((?:«[CU]\d+»|[A-Za-z]{1,8})\))?\s+for\s+(?:(?:about|around|roughly|some|nearly)\s+)?«M\d+»(?:\s+(?:in\s+)?«T\d+»)?(?:,|,?\s+and)\s+"
                               r"(?P<o>«[CU]\d+»)(?!['’])(?=(?:\s+\((?:«[CU]\d+»|[A-Za-z]{1,8})\))?\s+(?:for\s+|in\s+«T|«T))")
"""The next purchase of a priced list: '... Universal Robots for $285 million in 2015, Mobile Industrial Robots (MiR) for'."""
_TOKEN_T = re.compile(r"«T(\d+)»")
_ITEM_TAIL = re.compile(r"(?:\(«[CU]\d+»\)|[^,;«]|«[MT]\d+»)*")
"""A list item's own words after its name, up to the next comma: its price and date."""
_PP_OBJECT_BEFORE = re.compile(r"\b(?:on|onto|through|via|with|in|inside|within|using|from|to|of|by|for)\s+(?:(?:the|its|their|«[CU]\d+»'s)\s+)?(?:own\s+)?$")
"""A preposition's object ends here: 'in the Claude apps, on Amazon Bedrock', 'from its own Phi-3 family, on Azure AI Studio'."""
_JOINT_OWNER = re.compile(r"\s+and\s+(?:«[CU](\d+)»(?!['’])(?!\s+(?:family|brothers|founders?)\b)|(?:the\s+)?«[CU]\d+»\s+(?:family|brothers|founders?)\b|(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:family|brothers|founders?|management|employees|staff))")
"""A second owner after the first: 'owned by BMW and Mercedes-Benz Group', 'owned by TDR Capital and the Issa brothers'."""
_STAFF_AFTER = re.compile(r"['’]?\s+(?:(?!(?:for|to|with|by|from|on|in|at|of|and|or|as|since|among|than)\s)[a-z]+\s+)?(?:researchers|engineers|executives|employees|alumni|veterans|scientists|staffers|insiders|"
                          r"co-?founders|founders|managers|engineer|researcher|executive|employee|veteran|scientist|staffer|designer|"
                          r"chief|boss|head|director|officer|president)\b(?!\s+(?:of|at|for)\b)")
_PP_BEFORE = re.compile(r"\b(?:of|by|from|for|with|on|in|to|into)\s+(?:the\s+|its\s+|their\s+)?$")
_RAISED_AFTER = re.compile(r"(?:,[^;,]{0,80}(?:,[^;,]{0,80})?,)?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|recently\s+)?(?:raised|secured|closed|landed)\s+"
                           r"(?:about\s+|more\s+than\s+|nearly\s+|roughly\s+|some\s+|a\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|\d)")
_BOUGHT_AFTER = re.compile(r",\s+(?:which|that)\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:had\s+|has\s+)?(?:acquired|bought|purchased)\b")
_BOUGHT_BEFORE = caseless(r"\b(?:acquired|bought|purchased|(?:acquisition|purchase|takeover|buyout)\s+of)\s+$")
_FOR_AMOUNT = re.compile(r"\s+for\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?(?:[$€£¥]|(?:US|C|A|HK|S|NT)\$|[A-Z]{3}\s?\d|\d)")
_ROLE_MODIFIER = re.compile(r"\s+(?:partner|rival|customer|supplier|peer|affiliate|unit|subsidiary|spin-?off|spinout|investee|"
                            r"portfolio\s+company|competitor|backer|investor|shareholder)\s+(?=[A-Z][\w.&-]*(?:\s|[,.;:]|$))")
_APPOS_ROLE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:rival|rivals|competitor|competitors|peer|peers|parent|owner|partner|neighbour|neighbor|"
                         r"counterpart|compatriot|former\s+\w+),")
_ABBR_SUFFIX = re.compile(r"\b(?:Inc|Ltd|Corp|Co|Bros|Pty|Pvt|Cia)$")
_QUOTED_NAME = re.compile(r"[\"“](«[CPU]\d+»)[\"”]")

# --- building blocks -------------------------------------------------------
_FRACTION = r"half|two-thirds|two\s+thirds|three-quarters|three\s+quarters|a\s+third|a\s+quarter|one-third|one\s+third"
"""A share written as a fraction ("about three-quarters owned by", "a third owned by")."""
_PNOUNS_APPOS = (r"reviewers?|plans?|ranges?|subscriptions?|features?|modules?|plug-?ins?|extensions?|add-?ons?|lines?|tiers?|cards?|wallets?|stablecoins?|"
                 r"games?|consoles?|runtimes?|scanners?|kits?|formats?|editors?|generators?|translators?|checkers?|copilot|bots?|solutions?|offerings?")
"""Nouns that make an apposed new name a product when a company owns them ("Shiftkar Assure, the company's damage-protection plan", "Diamond,
its AI code reviewer"), beside the product nouns."""
_PNOUNS_X = PRODUCT_NOUNS + r"|suites?|marketplaces?|stores?|studios?|workbench(?:es)?"
"""Nouns an apposition names a product with: the entity finder's, and a vendor's suites, marketplaces and studios."""
C = r"«[CU](\d+)»"
P = r"«[PU](\d+)»"


def _list(item: str) -> str:
    """A list of names: "A, B and C", "A and B", "A, B, C", "A, B, the C ...", "A, B and others" -- but not "A, and B" (two clauses), nor "A, B" alone
    ("Following its purchase of A, B partnered with C": a fronted phrase)."""
    return (item + r"(?:(?:\s*,\s*" + item + r")+,?\s+(?:and|&)\s+" + item + r"|(?:\s*,\s*" + item + r"){2,}|\s*,\s*" + item
            + r"(?=\s*,\s+(?:the|a|an)\s|,?\s+and\s+(?:many\s+|several\s+|other\s+)?others\b)|\s+(?:and|&)\s+" + item + r")?")


CL = _list(r"«[CU]\d+»")
_CLA_APPOS = r"(?:,\s+(?:(?:the|a|an)\s+(?:[^,;«]|«[GLNUPMT]\d+»|(?:(?<=\sof\s)|(?<=\smaker\s)|(?<=\sgroup\s)|(?<=\scompany\s)|(?<=\sfirm\s)|(?<=\schain\s)|(?<=\sbuilder\s)|(?<=\sbank\s)|(?<=\spublisher\s)|(?<=\soperator\s)|(?<=\sretailer\s)|(?<=\sbroadcaster\s)|(?<=\sinsurer\s)|(?<=\scarrier\s))«[CU]\d+»){1,80}|(?:the|a|an)\s+(?:[^,;«]|«[GLNUP]\d+»){1,60}?\s(?:that|which|who)\s(?:[^,;«]|«[GLNMTCU]\d+»(?:'s)?){1,100}|(?:which|who)\s+(?:[^,;«]|«[GLNMTCU]\d+»(?:'s)?){1,100}),)?"
_CLA_APPOS_RX = re.compile(_CLA_APPOS[:-1])
CLA = (r"«[CU]\d+»" + _CLA_APPOS + r"(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?(?:[a-z][\w-]*\s+|«[GLN]\d+»(?:-based|'s)?\s+|«[CU]\d+»'s\s+){0,3}?«[CU]\d+»" + _CLA_APPOS + r")*")
"""A list of companies, each perhaps with an apposition: "Bpifrance, the French state bank, and the shipping group CMA CGM",
"A and the Bogotá-based firm B", "A, B and Global Brain's KDDI Fund",
"A, an Edinburgh investor, and B, the corporate venture arm of C," (the parent inside the apposition)."""
PL = _list(r"«[PU]\d+»")


_NOUNED_PL = (r"«[PU]\d+»(?:\s+(?!(?:and|or)\s)[a-z][\w-]*){0,2}(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+|its\s+)?(?:(?!(?:which|that|who|whose|bought|sold|took|won|paid|said|has|had|is|was|will)\s|[a-z]+ed\s)[a-z][\w-]*\s+){0,2}?«[PU]\d+»"
              r"(?:\s+(?!(?:and|or)\s)[a-z][\w-]*){0,2})*(?![\w«])")
"""Products listed with their nouns: "the Hivemind autonomy software and the V-BAT drone"."""


def GAP(n: int) -> str:
    return r"(?:[^«;]|«[GLMTNA]\d+»){0,%d}?" % n


_LIST_COMMA = r"(?<=[a-z]),\s+(?=(?:[a-z][\w'’-]*,?\s+){0,6}?[a-z][\w'’-]*,?\s+and\s)"
"""A comma inside a list of things in an apposition: "the Belgian maker of prams, car seats, cots and nursery furniture"."""
_SUBJ_APPOS = r"(?:,\s+of\s+«[LN]\d+»(?:,\s+«[LNU]\d+»)?,(?=\s+[a-z])|,\s+(?:(?:the|a|an)\s+|«[CU]\d+»)(?:[^,;«]|«[GLNPCU]\d+»(?:'s)?|,\s+(?=(?:[A-Z][\w.-]*\s+)?«[GLNPCU]\d+»(?:'s)?(?:,|\s+(?:and|&)\s))|" + _LIST_COMMA + r"){0,120}?,(?=\s+(?:has|have|had|also|on|last|this|in|then|now|recently|signed|struck|partnered|teamed|formed|entered|agreed|announced|inked|sealed|expanded|extended|is|are|was|were|will)\b))?"
"""An apposition after a subject, up to the comma before its verb: "Lightricks, the Jerusalem-based company best known for the Facetune app, has signed"."""


def GAPX(n: int) -> str:
    """A gap that may also hold a company's possessive ("its own ...")."""
    return r"(?:[^«;]|«[GLMTNA]\d+»|«[CU]\d+»'s|«[CU]\d+»-backed){0,%d}?" % n


_ANOTHER_FROM = re.compile(r"(?:,?\s+and|,|;)\s+(?:another|a\s+further|an\s+additional|a\s+second|a\s+third)\s+«M\d+»\s+(?:(?:in\s+)?«T\d+»\s+)?from\s+(?P<s>" + CL + r")")
"""A second sum from other investors, the first verb's ("... and another 9 billion yen from A, B and C")."""
_PARTY_DESC = r"(?:(?:the|a|an)\s+)?(?:«[GLN]\d+»(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,3}?"
"""What may describe a party before its name: "the Swedish logistics group", "the Nairobi start-up"."""
_PAIR_APPOS = r"(?:,\s+(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?,)?"
"""An apposition after one of a pair: "Calder Motors, the Swedish truck maker, and Veridian AI, a start-up, have ..."."""

_NO_PREP_BEFORE = r"(?=(?:which|that)\s)" + "".join(rf"(?<!\b{p}\s)" for p in ("from", "with", "into", "in", "of", "to", "by", "for", "at", "on", "through"))
"""No preposition just before a relative pronoun: "the plant from which X bought chips" is no plant X bought."""
REL_APPOS = r"(?P<ap>,\s+(?:«[CU]\d+»,?\s+)?(?:(?:the|a|an)\s+[^;,]{0,80}?\s+)?(?:in\s+which|which|that|whose|who)\b(?:(?!,\s+(?:or|and)\s+«)[^;]){1,160}?,)?"
"""A relative clause after a subject, whatever names it holds: "Vantix, which sells its Atlas engine to law firms, bought ..."."""

APPOS = r"(?P<ap>\s*,\s*(?:whose|which|that|who|a|an|the|«[CU]\d+»\s+(?=(?:whose|which|that|who)\s))\b(?:[^,;«]|«[GLMTNPUA]\d+»|(?<=»),\s+(?=«[GLN]\d+»)|(?<=»),\s+(?=(?:[a-z][\w-]*\s+){0,2}?(?:maker|developer|manufacturer|producer|supplier|provider|operator|distributor)\s)|" + _LIST_COMMA + r"){1,160}?,|\s*,\s*(?:[^,;«]|«[GLMTNA]\d+»){1,100}?,|\s*,\s*«[CU]\d+»['’]s\s+(?:[^,;«]|«[GLN]\d+»){1,60}?,)?"
"""An apposition or relative clause between a name and its verb: "X, the Melbourne maker of ..., was bought by" (a city and its
state inside it: "X, the Stamford, Connecticut-based maker of ..., was bought by", "X, a small Rosendale, Wis., maker of ..."; a list inside it: "X, a Plymouth agency that has
made campaigns for ferry operators, food brands and the city's tourism drive, was bought by"; its owner's: "X, Kronborg's venture arm, led")."""

_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:[a-z]+s|has|have|had|is|are|was|were|will|would|said)\b")
"""A verb after a name: the name is the subject of a clause."""
_BOUGHT_OBJECT = caseless(r"\b(?:bought|acquired|buys|acquires|buying|acquiring|sold|sells|selling|merged\s+with|took\s+over|takes\s+over)\s+(?:[\w-]+\s+){0,4}?$")
"""A name bought or sold: no investor in the round the sentence also tells of."""
_NOT_A_VERB = (r"(?!(?:[a-z]+ed|bought|led|co-led|took|sold|made|won|struck|has|have|had|is|are|was|were|will|would|said|says|raised|"
               r"leads|backs|owns|buys|acquires|invests|partners|signs|sells|makes|takes|also|then|later|now|which|that|who|whose|where|"
               r"offers|runs|uses|provides|supplies|distributes|resells)\s)")
"""Not a verb at the head of a list item: "X, whose investors include Y, bought Z" names no third investor; nor a relative
pronoun ("a reseller agreement with Sify, which offers Vakya Transcribe": the product offered is no second partner)."""
_BACKER_GROUP = (r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:group|consortium|syndicate|roster|list|slate|range|mix|host)\s+of\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:investors|backers|funds|firms|shareholders|companies|groups)\s+(?:including|such\s+as|that\s+include[sd]?|among\s+them)\s+)?")
"""'from a group of backers including A, B and C': the backers named after the group."""
OBJ = r"(?:(?:the|a|an|«[CU]\d+»'s)\s+)??(?:«P\d+»\s+(?=(?:maker|developer|owner|creator|publisher|operator)\s))?(?:[a-z][\w-]*\s+and\s+(?=(?:[a-z][\w-]*\s+){0,2}(?:" + COMPANY_NOUNS + r")\s+«))?(?:(?:«[GLNA]\d+»(?:'s|-based)?|(?!(?:by|with|from|of|in|into|on|at|to|for|and|or|but|than|as|whose|which|who|whom|after|before|since|until|during|while|when|where|because|along|across)\b(?!-))[\w-]+(?:\s+and(?=\s+[a-z][\w-]*\s+(?:" + COMPANY_NOUNS + r")\s+«))?|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+'s),?\s+){0,4}?"
"""Descriptors before an object: "with French AI start-up «[CU]»", "the Paris-based «[CU]»"."""
CL_NP = C.replace("(\\d+)", "\\d+") + r"(?:(?:\s*,\s*|,?\s+and\s+)(?:(?:the|a|an)\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?)?«[CU]\d+»)*"
"""A list of companies, each perhaps described: "Investinor and the venture firm Creandum"."""
CLD = C.replace("(\\d+)", "\\d+") + r"(?:(?:\s*,\s*|,?\s+and\s+|\s+&\s+)(?:by\s+|from\s+)?" + _NOT_A_VERB + OBJ + r"«[CU]\d+»(?!')(?!\s+(?:" + COMPANY_NOUNS + r")\b))*"
"""A list of companies whose members may carry descriptors: "Coatue, Tiger Global and the Spanish bank «C»"."""

_IDX = re.compile(r"«[A-Z](\d+)»")
_NAME_IDX = re.compile(r"«[CPU](\d+)»")

_INVEST_VERB = r"invest(?:s|ed|ing)?|b(?:ought|uys|uying|uy)(?=\s+into\b)|put(?:s|ting)?|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|commit(?:s|ted|ting)?|plough(?:s|ed)|plow(?:s|ed)|pump(?:s|ed)"
_BECOMES = (r"(?P<v>became|becomes|will become|is now|was named|remains|remained|(?:has\s+been|have\s+been|was|were)\s+(?:named|appointed|(?:chosen|selected|picked|tapped)\s+as)"
            r"|is|was|(?:has|have)\s+(?:also\s+|long\s+)?been)\s+(?:now\s+|also\s+|still\s+)?")
"""A copula that makes its subject what follows: "became", "is now", "remains"."""
_FOUNDER = r"(?:(?:«[GN]\d+»(?:'s)?\s+)?(?:(?!(?:that|which|and|the)\s)[a-z][\w-]*\s+){0,3}?)?«[CU]\d+»(?!['’])"
"""A venture's founder with what the text calls it before its name: "Belgian telecoms group Proximus", "Luxembourg's LuxConnect"."""

_UNDER_ITS_AGREEMENT = caseless(
    r"(?P<o>«[CU]\d+»)(?!['’])(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,80}?)?,?\s+under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|contract|deal|partnership|licen[cs]e|arrangement)\s+(?:that\s+|which\s+)?(?P<s>«[CU]\d+»)\s+(?:had\s+|has\s+)?"
    r"(?P<v>signed|struck|reached|inked|concluded)\b")
"""'made by Y, a Barcelos steel fabricator, under a manufacturing agreement X signed in 2022': X and Y partner."""
_PREP_NAME_BEFORE = re.compile(r"\b(?:by|of|from|with|to|in)\s+«[CU]\d+»,\s+$")
"""'owned since 2021 by Slievenamon Holdings, «the Kilkenny investment company»': the apposition of a preposition's object."""
_APPOS_HEAD_BEFORE = re.compile(r"«[CU](\d+)»,\s+(?:(?:the|a|an)\s+|«[CU]\d+»\s+(?=[a-z]))(?:[^,;«]|«[GLN]\d+»)*$")
"""The name whose apposition a later name stands in ("Yotta, the operator backed by «Hiranandani»")."""


def _appos_head(masked: str, pos: int, default: int) -> int:
    """The token id of the name whose apposition the name at ``pos`` stands in, else ``default``: "supplied by Yotta, the
    operator backed by Hiranandani, under an agreement Sarvam signed" partners Sarvam with Yotta, not Hiranandani."""
    head = _APPOS_HEAD_BEFORE.search(masked, max(0, pos - 100), pos)
    return int(head.group(1)) if head is not None else default

_TOOK_OVER = re.compile(r"(?P<s>«[CU]\d+»)(?!['’])\s+(?:had\s+|has\s+|later\s+|then\s+)?(?P<v>took)\s+(?P<o>«[CU]\d+»)\s+over\b")
"""'Permira took TeamViewer over in 2014': the particle after its object."""

_RX = {
    "inv_active": caseless(
        r"(?P<s>" + CL + r")(?P<ap>)" + GAP(100) + r"\b(?P<v>" + _INVEST_VERB + r")\b(?P<mid>" + GAP(60) + r")\b(?:in|into)\s+" + OBJ + r"(?P<o>" + C + r")"),
    "inv_backed": caseless(
        r"(?P<s>" + C + r")" + GAP(50) + r"(?<!-)\b(?P<v>backed|backs|funded|funds|financed|bankrolled|has backed)\s+" + OBJ + r"(?P<o>" + C + r")"),
    "inv_passive": caseless(
        r"(?P<o>" + C + r")" + APPOS + GAP(40) + r"\b(?P<v>(?:is|was|are|were|been|being)\s+(?:\w+\s+){0,2}?(?:backed|funded|financed))\s+(?:(?:«T\d+»|[a-z]+)\s+){0,2}?by\s+(?:(?:\w+\s+){0,3}?including\s+)?" + OBJ + r"(?P<s>" + CLD + r")"),
    "inv_copula_by": caseless(  # "DeepSeek is a Hangzhou lab funded by High-Flyer"
        r"(?P<o>" + C + r")\s+(?:is|was)\s+(?:a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\s+(?P<v>funded|backed|financed|bankrolled)\s+by\s+" + OBJ + r"(?P<s>" + CLD + r")"),
    "inv_received": caseless(
        r"(?P<o>" + C + r")" + APPOS + GAP(60) + r"\b(?P<v>received|receives|secured|secures|landed|lands|raised|raises|got|gets|obtained|bagged|won|closed|picked up|took in|took(?!\s+part)|takes(?!\s+part)|taken"
        r"|(?:drew|draws|attracted|attracts|netted|nets|pulled\s+in|pulls\s+in|brought\s+in|collected)(?=\s+(?:[\w-]+\s+){0,2}?«M)"
        r"|(?:added|adds|announced|announces)(?=\s+(?:[\w-]+\s+){0,2}?«M\d+»\s+(?:of\s+|in\s+)?(?:[\w-]+\s+){0,2}?(?:funding|financing|investment|equity|capital|extension|round|series)\b))\b"
        r"(?!\s+(?:[\w-]+\s+){0,2}?(?:compensation|fees?|payments?|commissions?|orders?|revenue|royalt(?:y|ies)|contracts?|awards?|prizes?|grants?\s+of\s+options)\b)"
        r"(?P<mid>(?:[^«;]|«[MT]\d+»){0,60}?)\bfrom\s+" + _BACKER_GROUP + OBJ + r"(?P<s>" + CLD + r")"),
    "inv_rel": caseless(
        r"(?P<o>" + C + r")(?:\s+\([^)]{1,30}\))?,\s+(?:«[CU]\d+»\s+|(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?|(?:the|a|an)\s+(?:" + ROLE_NOUN_LIST + r")\s+of\s+(?:the\s+)?«[PU]\d+»(?:\s+[a-z][\w-]*)?,\s+)?\b(?:in|into|to(?=\s+which\s+«[CU]\d+»\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|already\s+)?(?:committed|pledged)\b))\s+which\s+(?:«[CUGLN]\d+»'s\s+(?:[\w-]+\s+){0,3}?|the\s+(?:«[GLN]\d+»\s+|[a-z][\w-]*\s+){1,4}?(?=«[CU]\d+»\s))?(?P<s>" + CL + r")(?:,\s+(?:the|a|an)\s+[^,;«]{1,60},|,\s+«[CU]\d+»,)?\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|already\s+|previously\s+|still\s+|each\s+|both\s+|jointly\s+)?"
        r"(?P<v>invested|put|poured|injected|committed|(?:took|holds|held|owns|has|keeps|bought|acquired|purchased)\s+(?:a|an)\s+(?:[\w%.-]+\s+){0,3}?stake|"
        r"(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|already\s+)?(?:an?\s+)?(?:early\s+|major\s+|minority\s+|the\s+largest\s+|a\s+large\s+)?(?:investor|shareholder|backer)s?|"
        r"(?:owns|owned|holds|held|controls|controlled|own|hold)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|almost\s+|just\s+(?:over|under)\s+|slightly\s+(?:more|less)\s+than\s+)?"
        r"(?:\d[\d.]*\s*(?:%|percent|per\s+cent)|(?:a|the)\s+majority|a\s+minority|most|a\s+third|a\s+quarter|half))(?!\w)"),
    "inv_funded_appos": caseless(
        r"(?P<o>" + C + r"),\s+(?:a|an|the)\s+(?:«[CU]\d+»\s+(?=[a-z]))?(?:[^,;«]|«[GLN]\d+»|«L\d+»,\s+«[LN]\d+»,){0,60}?\b(?P<v>funded|backed|financed|supported)\s+by\s+" + OBJ + r"(?P<s>" + CLD + r")"),
    # "Yotta Data Services, backed by the Hiranandani Group,", "Arm, majority owned by SoftBank,"
    "inv_backed_by_appos": caseless(
        r"(?P<o>" + C + r"),\s+(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\s+|«[CU]\d+»\s+|(?:which|that)\s+(?:is|was|has\s+been)\s+(?:also\s+)?"
        r"|(?:set\s+up|founded|created|spun\s+(?:out|off))\s+(?:[^,;«]|«[CUTGL]\d+»){0,40}?\s+and\s+(?:later\s+)?"
        r"|(?:which|that)\s+(?:[^,;«]|«[PU]\d+»){1,50}?\s+and\s+(?:is|was|has\s+been)\s+(?=(?:about|roughly|around|nearly|almost|some|\d)))?"
        r"(?P<v>funded|backed|financed|supported|(?:majority|minority|partly|partially|part)[\s-]owned"
        r"|(?:(?:about|roughly|around|nearly|almost|some)\s+)?(?P<pc>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)[\s-]owned)\s+(?:(?:since\s+|in\s+)?«T\d+»\s+)?by\s+"
        r"(?:the\s+)?(?:(?:(?!and\b|or\b)[A-Za-z][\w-]*|«[NG]\d+»(?:'s)?)\s+){0,4}?(?P<s>" + CL_NP + r")(?=\s*[,;.]|$|\s+(?:(?:since|from)\s+)?«T\d+»\s*[,;.])"),
    # "Intel has sold a 51 percent stake in Altera to Silver Lake": the buyer of the stake invests
    "inv_sold_stake": caseless(
        r"\b(?P<v>sold|sells|selling|sell|offloaded|transferred)\s+(?:(?:(?:a|an|its|their|the|«[CU]\d+»'s)\s+)?(?:[\w%.-]+\s+){0,4}?stakes?\s+in|"
        r"(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:stake\s+)?(?:of|in))\s+" + OBJ
        + r"(?P<o>" + C + r")(?:[^;«]|«[MT]\d+»|«[CU]\d+»['’]s){0,50}?\bto\s+" + OBJ + r"(?P<s>" + CLD + r")"),
    # "Thrive was an early backer of Chai Discovery", "Alibaba and SoftBank, both of which were early backers of Tokopedia"
    "inv_copula_backer": caseless(
        r"(?P<s>" + CL + r")(?:,\s+(?:both|all|each)\s+of\s+(?:which|whom)|,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLNCU]\d+»(?:'s)?){1,100}?,)?\s+(?:is|was|are|were|has\s+been|have\s+been|became|remains|remain)\s+"
        r"(?:also\s+|still\s+|now\s+)?(?:one\s+of\s+|among\s+)?(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+|«[GN]\d+»\s+){0,3}?(?P<v>backers?|investors?|shareholders?)\s+(?:of|in)\s+" + OBJ + r"(?P<o>" + C + r")"
        r"(?:'s\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:round|series\s+[a-k]\w*|funding|financing|raise)\b|(?!'))"),
    # "The largest shareholder of Hijiyama Seiki is the investment company Setouchi Holdings": the holder named after the copula
    "inv_backer_is": caseless(
        r"\b(?:the\s+)?(?:(?:largest|biggest|main|principal|single\s+largest|second-largest|controlling|majority|minority|other|early|first|"
        r"lead|anchor|cornerstone|new|existing|key|only|outside)\s+){0,2}(?P<v>shareholders?|investors?|backers?)\s+(?:of|in)\s+" + OBJ + r"(?P<o>" + C + r")(?!')"
        r"\s+(?:is|was|are|were|remains|remain)\s+(?:still\s+|now\s+)?(?:(?:the|its|their)\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?)?(?P<s>" + CL + r")"),
    # "Among the investors in Tessin Labs are Nvidia and Samsung": the same, the holders named last
    "inv_among_backers": caseless(
        r"\bamong\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?P<v>backers|investors|shareholders)\s+(?:of|in)\s+" + OBJ + r"(?P<o>" + C + r")(?!')"
        r"(?:,\s+(?:the|a|an)\s+[^,;«]{1,60},)?\s+(?:are|were|is|was)\s+(?:also\s+)?(?P<s>" + CL + r")"),
    # "Orvane Capital, an early backer of Kestrel, sold its shares"
    "inv_appos_backer": caseless(
        r"(?P<s>«[CU]\d+»),\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:early|earliest|longtime|long-time|first|biggest|largest|existing|major|key|big|seed|lead|main|anchor|strategic|minority)\s+){0,2}"
        r"(?P<v>backers?|investors?|shareholders?)\s+(?:of|in)\s+" + OBJ + r"(?P<o>" + CL + r")(?!')"),
    # "Orvane doubled down on Kestrel with a $40 million investment", "wrote Kestrel's first cheque"
    "inv_with_investment": caseless(
        r"(?P<s>«[CU]\d+»)" + GAP(40) + r"\b(?P<v>doubled\s+down\s+on|bet\s+(?:big\s+)?on|backed)\s+(?P<o>«[CU]\d+»)(?!')\s+with\s+(?:a|an|another)\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:investment|cheque|check|stake)\b"),
    "inv_first_cheque": caseless(
        r"(?P<s>«[CU]\d+»)" + GAP(40) + r"\b(?P<v>wrote|writes|write|writing)\s+(?P<o>«[CU]\d+»)'s\s+(?:[\w-]+\s+){0,2}?(?:cheque|check)s?\b(?!-)"),
    # "Creandum, the Stockholm-based venture firm that was an early investor in Spotify and Klarna"
    "inv_rel_backer": caseless(
        r"(?P<s>" + C + r"),\s+(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\s+)?(?:that|which|who)\s+(?:was|is|has\s+been|had\s+been|became)\s+"
        r"(?:(?:an|a|the|its)\s+)?(?:[\w-]+\s+){0,2}?(?P<v>investor|backer|shareholder)\s+in\s+" + OBJ + r"(?P<o>" + CL + r")"),
    # "Microsoft, OpenAI's biggest backer, has ...", "Tessel is Orvane's largest shareholder"
    "inv_poss_backer": caseless(
        r"(?P<s>" + C + r")(?:,\s+|\s+(?:is|was|has\s+been|had\s+been|became|remains|remained|will\s+remain|would\s+remain|will\s+become)\s+(?:also\s+|still\s+|now\s+|long\s+)?)"
        r"(?:(?:(?:perhaps\s+|probably\s+)?(?:best|widely|mostly)\s+)?known\s+as\s+)?(?P<one>(?:one\s+of|among)\s+)?(?P<o>" + C
        + r")'s\s+(?:[\w-]+\s+){0,2}?(?P<v>(?:backer|investor|shareholder|stakeholder)(?(one)s|))\b(?!\s+(?:in|of)\b)"),
    # "OpenAI, whose largest backer is Microsoft": the relative clause names the holder
    "inv_whose_backer": caseless(
        r"(?P<o>" + C + r"),?\s+whose\s+(?:(?:largest|biggest|main|lead|principal|major|leading|first|early|earliest|other)\s+){0,2}"
        r"(?P<v>backers?|investors?|shareholders?|stakeholders?)\s+(?:is|are|was|were|include|includes|included)\s+" + OBJ + r"(?P<s>" + CLD + r")"),
    # "Walmart has been a Symbotic shareholder since 2022"
    "inv_named_holder": caseless(
        r"(?P<s>" + C + r")\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+|now\s+|long\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<o>" + C + r")\s+(?P<v>shareholder|investor|backer)\b"),
    # "Kuka, the Augsburg robot maker owned by China's Midea Group", "Indeed, owned by Recruit,": its owner bought it
    "acq_owned_appos": caseless(
        r"(?P<o>" + C + r"),\s+(?:(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\b|«[CU]\d+»\s+)?(?<!majority\s)(?<!minority\s)(?<!majority-)(?<!minority-)(?<!partly\s)(?<!jointly\s)(?P<v>(?:wholly\s+|fully\s+)?owned|(?:wholly|fully)\s+controlled)\s+(?:(?:since\s+|from\s+)?«T\d+»\s+)?by\s+(?:«[NG]\d+»'s\s+)?" + OBJ + r"(?P<s>" + C + r")(?!')"),
    # "Lumora, acquired by Workday in 2024, makes agents", "Lumora, now part of Workday,", "Lumora, which was bought by Workday"
    "acq_appos_participle": caseless(
        r"(?P<o>" + C + r"),\s+(?:(?:which|that)\s+(?:was|were|has\s+been)\s+)?(?:(?:later|since|now|recently|subsequently|eventually|itself|also)\s+)?"
        r"(?:(?P<v>acquired|bought|purchased|taken\s+over|snapped\s+up|picked\s+up)\s+(?:(?:in\s+)?«T\d+»\s+)?by|(?P<v2>(?:a\s+)?part)\s+of)\s+" + OBJ + r"(?P<s>" + C + r"(?:\s+and\s+«[CU]\d+»)?)(?!')"),
    # "Workday's acquisitions include Lumora and Trevant", "made several acquisitions this year, including A and B"
    "acq_include": caseless(
        r"(?:(?P<s>" + C + r")'s\s+(?:[\w-]+\s+){0,2}?(?P<v>acquisitions|purchases|takeovers)\s+(?:include|included|including|are|were)"
        r"|(?P<s2>" + C + r")" + GAP(40) + r"\b(?P<v2>made|completed|closed|announced)\s+(?:[\w-]+\s+){0,3}?(?:acquisitions|purchases|takeovers)(?:\s+(?:«T\d+»|this\s+year|last\s+year))?,?\s+(?:including|among\s+them|such\s+as))"
        r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<o>" + CL + r")"),
    # "AVEVA, the British software company it has wholly owned since January 2023"
    "acq_has_owned": caseless(
        r"(?P<o>" + C + r"),\s+(?:(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\b(?:company|firm|group|business|maker|developer|start-?up|unit)\s+|«[CU]\d+»\s+|(?=which\s))(?:that\s+|which\s+)?(?P<s>" + C + r")\s+"
        r"(?P<v>(?:has|had)\s+(?:wholly\s+|fully\s+)?owned|(?:wholly\s+|fully\s+)?owns)\b"),
    # "synvert has been majority owned since 2021 by Maxburg Capital Partners"
    "inv_owned_passive": caseless(
        r"(?P<o>" + C + r")(?:,\s+(?:(?:a|an|the|another|one)\s+(?:[^,;«]|«[GLNPU]\d+»){1,60}?|«[CU]\d+»|meanwhile|however|too|in\s+turn|for\s+its\s+part"
        r"|(?:based|headquartered|founded|known|best\s+known|formerly|once)\s+(?:[^;«]|«[GLNTPU]\d+»(?:'s)?){1,100}?),|,\s+(?:which|that)\s+(?!(?:is|was|are|were|has|had)\s)(?:[^;«]|«[GLMTNUCP]\d+»){1,120}?,)?"
        r"(?:(?P<cc>,)|,\s+which)?(?:\s+itself)?(?P<conj>\s+(?:[a-z][\w-]*|«[GLNT]\d+»)(?:,?\s+(?:[a-z][\w-]*|«[GLNTU]\d+»)){0,6}?,?\s+and)?"
        # ("X, based in Vancouver, Wash., owns nurseries and has been majority owned since 2019 by Y": the subject's second verb)
        r"\s+(?:has\s+been|had\s+been|is|was|are|were|will\s+be|would\s+be)\s+(?:(?:itself|also|still|now)\s+)?"
        r"(?P<v>(?:majority|minority|partly|partially|part|jointly|(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
        r"|" + _FRACTION + r"))[\s-]owned)\s+"
        r"(?:(?:(?:since|from|in)\s+)?«T\d+»\s+)?by\s+" + OBJ + r"(?P<s>" + CL + r")"),
    # "Nvidia still holds the Arm shares it bought at the listing", "the Recursion stake it took in a $50 million investment"
    "inv_holds_shares": caseless(
        r"(?P<s>" + C + r")\s+(?:still\s+|also\s+|now\s+)?(?P<v>holds|held|owns|owned|kept|keeps|retains|retained|bought|acquired)\s+(?:the|its|a)\s+"
        r"(?:(?:[\d.,]+\s+(?:million\s+|billion\s+)?)?)(?P<o>" + C + r")\s+(?:shares|stake|stock|holding)\b"),
    # "SoftBank, which controls Arm", "Arm, which SoftBank controls": a holding, a majority stake ("owns" as often follows a purchase)
    "inv_controls": caseless(
        r"(?P<s>" + C + r")(?!['’])(?:,\s+(?:which|that|who)|,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLNU]\d+»){1,80}?,|,\s+(?:the|a|an)\s+(?:(?!of\s)[^,;«]|«[GLNU]\d+»){1,80}?\s+(?:which|that)|,\s+«[CU]\d+»,)?\s+(?:(?:also|now|still|effectively|ultimately|already)\s+)?(?P<v>controls|(?:has|had|have)\s+(?:long\s+|also\s+)?controlled)\s+"
        r"(?:(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+)?(?P<o>" + C + r")(?!['’]|\s+«(?!T))"
        r"|(?P<o2>" + C + r"),\s+(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?\s+)?(?:which|that)\s+(?P<s2>" + C + r")\s+(?:(?:also|now|still|effectively|ultimately|already)\s+)?(?P<v2>controls|(?:has|had|have)\s+(?:long\s+|also\s+)?controlled)\b"
        # "A1 Telekom Austria is controlled by Mexico's América Movil", "Prosus, controlled by Naspers,": a holding, not a purchase
        r"|(?P<o3>" + C + r")(?:,\s+(?:(?:a|an|the|another|one)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?|«[CU]\d+»),(?=\s+(?:is|are|has|have|remains|was|were)\s))?"
        r"(?:,\s+(?:(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\s+|«[CU]\d+»\s+)?|,?\s+(?:(?:which|that)\s+)?(?:is|are|has\s+been|have\s+been|remains|was|were)\s+)"
        r"(?:(?:also|now|still|effectively|ultimately|already|majority|jointly)\s+)?(?P<v3>controlled)\s+(?:with\s+(?:about\s+|some\s+|nearly\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+)?by\s+(?:«[NG]\d+»'s\s+)?" + OBJ + r"(?P<s3>" + CL_NP + r")(?!['’])(?!\s+family\b)"),
    # "SG-Forge, a wholly owned subsidiary of Societe Generale", "Its wholly owned subsidiary Wattlegrove Digital": the parent holds
    # all of it (a subsidiary not said to be wholly owned is as often a company the parent set up as one it holds: not read)
    "inv_wholly_owned": caseless(
        r"(?P<o>" + C + r"),\s+(?:a|an|the)\s+(?:«[GL]\d+»(?:-based)?\s+)?(?P<v>(?:wholly|fully)[\s-]owned)\s+(?:[\w-]+\s+)?(?:subsidiary|unit)\s+of\s+"
        + OBJ + r"(?P<s>" + C + r")(?!['’])"
        r"|(?P<s2>" + C + r")['’]s\s+(?P<v2>(?:wholly|fully)[\s-]owned)\s+(?:[\w-]+\s+)?(?:subsidiary|unit),?\s+(?P<o2>" + C + r")"),
    # "the 25% stake in Arm held by its Vision Fund": the holder invests
    "inv_stake_held_by": caseless(
        r"\b(?:stake|holding|shareholding|shares)(?:\s+of\s+(?:about\s+|roughly\s+|nearly\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent))?\s+in\s+(?P<o>" + C + r")(?!')\s+(?:(?:that|which)\s+(?:is|was|were|are)\s+|(?:has|had|have)\s+been\s+)?(?:still\s+|then\s+|now\s+)?(?P<v>held|owned)\s+(?:(?:since|from|in)\s+)?(?:«T\d+»\s+)?by\s+" + OBJ + r"(?P<s>" + CL + r")(?!')"),
    "inv_stake_it_took": caseless(
        r"\b(?:the|a|its)\s+(?P<o>" + C + r")\s+(?:stake|shares|holding)\s+(?:that\s+|which\s+)?(?P<s>" + C + r")\s+(?P<v>took|bought|acquired|holds|owns|built)\b"),
    # "Carizon, a joint venture with Horizon", "AIQ, a joint venture of ADNOC and G42": the partners own the venture
    "inv_jv_appos": caseless(
        r"(?P<o>" + C + r")(?:,\s+|,\s+(?:(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?|«[CU]\d+»),\s+(?:is|was|remains)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<v>joint\s+venture)\s+"
        r"(?:with|between|of|formed\s+by|owned\s+by|set\s+up\s+by)\s+(?P<s>" + CLD + r")"),  # (and "Ziggo, the Utrecht operator, is a joint venture of A and B")
    # "ADNOC set up AIQ in 2020 as a joint venture with G42"; "OpenAI set up Stargate, a data-centre venture, with SoftBank,
    # Oracle and MGX": every founder invests, each pair partners
    "inv_set_up_as_jv": caseless(
        r"(?P<s>" + C + r")(?P<s1>(?:(?:,\s*|,?\s+and\s+)(?:the\s+(?:(?:[\w-]+|«G\d+»)\s+){0,3}?)?«[CU]\d+»)*)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|jointly\s+|together\s+)?"
        r"(?P<v>set\s+up|formed|created|established|launched|founded|started)\s+(?P<o>" + C + r")(?:\s+(?:in\s+)?«T\d+»)?"
        r"(?:,?\s+as\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|consortium)\b|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:joint\s+venture|venture|consortium),)"
        r"(?:\s+with\s+" + OBJ + r"(?P<s2>" + CLD + r"))?"),
    # ("X set up Y as a joint venture with Z"; "In 2023 Minazuki and the Thai hotel group Doi Saket Hotels set up Saket Linen
    # Services as a joint venture": the founders named together)
    # "Ford set up Latitude AI in 2023", "has set up a subsidiary, SB Intuitions": the founding company owns what it set up
    "inv_set_up": caseless(
        r"(?P<s>" + CL + r")(?P<ap>)" + GAP(40) + r"\b(?P<v>set\s+up|sets\s+up|setting\s+up|formed|forms|established|establishes|spun\s+(?:off|out)|spins\s+(?:off|out)|carved\s+out)\s+"
        r"(?:(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|venture|company|start-?up|arm|affiliate|vehicle),?\s+(?:called\s+|named\s+)?)?(?P<o>" + C + r")(?!['’-])"
        r"(?!\s+(?:as\s+a\s+)?(?:joint\s+venture|consortium)|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:joint\s+venture|venture|consortium))"),
    # "Calico, the longevity research company Google set up in 2013"
    # "MGX, the technology investment company set up by Mubadala and G42": its founders own it
    "inv_set_up_by": caseless(
        r"(?P<o>" + C + r")(?:,\s+(?:«[CU]\d+»|(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?)|\s+(?P<pass>was|were|has\s+been|had\s+been))\s+"
        r"(?P<v>set\s+up|founded|formed|created|established|launched)\s+(?:(?:in\s+)?«T\d+»\s+)?by\s+"
        + OBJ + r"(?P<s>" + CL_NP + r")(?!')"),
    # "Valo Health, which Flagship Pioneering founded in 2019": a company's founders, named in its relative clause
    "inv_which_set_up": caseless(
        r"(?P<o>" + C + r"),\s+which\s+(?P<s>" + CL + r")\s+(?:had\s+|has\s+)?(?:also\s+|jointly\s+|originally\s+)?(?:(?:in\s+)?«T\d+»\s+)?"
        r"(?P<v>set\s+up|founded|co-founded|formed|established|created|incubated|spun\s+(?:off|out))\b(?!\s+(?:with|as)\b)"),
    "inv_rel_set_up": caseless(
        r"(?P<o>" + C + r"),\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\b(?:company|firm|start-?up|business|subsidiary|unit|venture|lab|arm|affiliate|vehicle|investor|fund|group|"
        r"brand|project|consortium|operator|maker|developer|manufacturer|carmaker|chipmaker|carrier|airline)\s+"
        r"(?:that\s+|which\s+)?(?P<s>" + CL + r"|" + _FOUNDER + r"(?:(?:,\s*|,?\s+and\s+)" + _FOUNDER + r")+)\s+(?:had\s+|has\s+)?(?:also\s+)?(?P<v>set\s+up|formed|established|spun\s+(?:off|out))\b"),
    # ("the joint venture that Belgian telecoms group Proximus and Luxembourg's LuxConnect set up": founders named with descriptions)
    # "OpenAI will receive $350 million of CoreWeave stock", "received $350 million worth of stock in CoreWeave": shares received are a holding
    "inv_receive_stock": caseless(
        r"(?P<s>" + C + r")(?P<ap>)" + GAP(40) + r"\b(?P<v>receive[sd]?|receiving|get|gets|got|took|takes|take)\s+(?:about\s+|roughly\s+|some\s+)?«M\d+»\s+"
        r"(?:worth\s+)?of\s+(?:(?:stock|shares|equity)\s+in\s+|(?=«[CU]\d+»\s+(?:stock|shares|equity)\b))(?P<o>" + C + r")(?!')"),
    # "Metaplane, a graduate of Y Combinator's winter 2020 batch": an accelerator invests in the companies it takes in
    "inv_accelerator": caseless(
        r"(?P<o>" + C + r")" + GAP(60) + r"\b(?P<v>graduate|graduated|alumnus|alumni|went\s+through|completed|took\s+part\s+in|joined)\s+(?:of\s+|from\s+)?(?:the\s+)?(?P<s>" + C + r")"),
    "inv_with_investing": caseless(
        r"\bwith\s+" + OBJ + r"(?P<s>" + CLD + r")\s+(?:also\s+)?(?P<v>investing|putting\s+up|contributing)\s+(?:«M\d+»\s+)?(?:in|into)\s+" + OBJ + r"(?P<o>" + C + r")"),
    "acq_rel": caseless(
        r"(?P<o>" + C + r")(?:\s+(?:business|unit|division|franchise|operations?|brand))?,\s+(?:(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»(?:,\s+«[GLN]\d+»,?)?|«U\d+»(?=\s+[a-z«]|-)){0,60}?)?\b" + _NO_PREP_BEFORE + r"(?:which|that)\s+" + OBJ
        + r"|«[CU]\d+»\s+|(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»(?:,\s+«[GLN]\d+»)?){0,60}?\b(?!(?:which|whom|where|when|while|and|or|in|of|from|with|for|to|by|at|on|as|after|before|than)\s)[a-z][\w-]*\s+)"
        + r"(?P<s>«[CU]\d+»(?:\s+(?:and|&)\s+«[CU]\d+»)?)(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?,)?\s+(?:had\s+|has\s+)?(?:also\s+)?(?P<v>acquired|bought|purchased|took\s+over|took\s+(?:\w+\s+)?private|took\s+(?:full\s+|majority\s+|outright\s+|sole\s+)?control\s+of|snapped\s+up|picked\s+up|"
        r"(?:has\s+|had\s+)?agreed\s+(?:«T\d+»\s+)?to\s+(?:acquire|buy|purchase))\b"),
    # "Instructure, the Salt Lake City-based maker of Canvas, which KKR took private": an apposition ending in a product first
    "acq_rel_private": caseless(
        r"(?P<o>" + C + r"),\s+(?:the|a|an)\s+(?:[^,;«]|«[GLNP]\d+»){1,60}?,\s+which\s+(?P<s>«[CU]\d+»(?:\s+(?:and|&)\s+«[CU]\d+»)?)\s+"
        r"(?:had\s+|has\s+)?(?:also\s+)?(?P<v>took\s+(?:\w+\s+)?private)\b"),
    "inv_rel_which": caseless(
        r"(?P<o>" + C + r"),\s+(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?)?\b(?:which|that)\s+" + OBJ + r"(?P<s>" + C + r")\s+(?:had\s+|has\s+)?(?:also\s+|previously\s+|first\s+|itself\s+)?(?P<v>backed|backs|funded|funds|financed|finances|invested\s+in)\b"),
    "inv_include": caseless(
        r"(?:(?P<o>" + C + r")'s\s+(?:[\w-]+\s+)?)?\b(?P<v>(?:(?:joins|joined|join)\s+(?:the\s+)?(?:earlier|existing|other|previous|fellow)\s+)?(?:investors|backers|participants|shareholders|share\s+register|shareholder\s+register|register\s+of\s+shareholders)(?:\s+in\s+the\s+(?:round|company))?(?:\s+«[CU]\d+»\s+(?:has\s+|had\s+)?(?:named|listed|disclosed|cited))?\s*,?\s*(?:(?:also|now|still)\s+(?=incl))?(?:include|(?:(?<=backers)|(?<=investors)|(?<=shareholders))(?=\s*:?\s+(?:(?:the|a|an)\s+)?«)|included|includes|including|are|were|such\s+as))\s+" + OBJ + r"(?P<s>" + CLD + r")"),
    "inv_portfolio": caseless(
        r"(?P<s>" + C + r")(?:'s|,\s+whose)\s+(?:[\w-]+\s+)?(?P<v>portfolio)\s+(?:[\w-]+\s+){0,2}?(?:includes|included|include|comprises|spans|features)\s+(?:(?:companies|start-?ups|names|firms|businesses)\s+(?:such\s+as|like|including)\s+)?" + OBJ + r"(?P<o>" + CLD + r")"),
    # "SmartCap has invested in eleven of the companies on this campus, including Lingvist and Toggl"
    "inv_backed_including": caseless(
        r"(?P<s>" + C + r")" + _SUBJ_APPOS + r",?\s+(?:[a-z]+\s+){0,2}?(?P<v>(?:(?:has|have|had)\s+(?:also\s+|since\s+|already\s+)?)?(?:invested\s+in|backed|funded))\s+"
        r"(?:(?:more\s+than|over|about|some|nearly|around|at\s+least)\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+(?:the|its)\s+(?:[\w-]+\s+)?)?"
        r"(?:companies|start-?ups|firms|businesses|ventures)\b(?:[^;«]|«[GLNT]\d+»){0,60}?,?\s+(?:including|such\s+as|among\s+them)\s+" + OBJ + r"(?P<o>" + CLD + r")"),
    "inv_coinvest": caseless(
        r"\b(?P<v>co-?invest(?:ed|s|ing)?)\s+(?:alongside|with)\s+" + OBJ + r"(?P<s>" + CLD + r")\s+in\s+" + OBJ + r"(?P<o>" + C + r")"),
    "inv_fronted": re.compile(
        r"^(?:[A-Z](?:[^,«;]|«T\d+»){0,40}?\s+and\s+)?(?P<v>[Bb]acked|[Ff]unded|[Ff]inanced|[Ss]upported)\s+(?:(?:«T\d+»|[a-z]+)\s+){0,2}?by\s+" + OBJ + r"(?P<s>" + CLD + r"),\s+(?:the\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?)?(?P<o>" + C + r")"),
    # "With fresh investment from Cohere and the pension fund OMERS, Toronto's Maplewise plans ..."
    "inv_fronted_from": re.compile(
        r"^(?:[Ww]ith|[Aa]fter|[Ff]ollowing|[Tt]hanks\s+to|[Ff]uelled\s+by|[Ff]ueled\s+by)\s+(?:(?:fresh|new|the|an?|its|their|additional|further|«M\d+»|of)\s+)*"
        r"(?P<v>investment|funding|backing|capital|cash)\s+from\s+" + OBJ + r"(?P<s>" + CLD + r"),\s+(?:the\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?|«[GLN]\d+»'s\s+)?(?P<o>" + C + r")(?!')"),
    # "TPG, which invested $360 million in Fractal in 2022, and Apax Partners are among its largest shareholders"
    "inv_among_holders": caseless(
        r"(?P<s>" + CLA + r")\s+(?:are|were|is|was|remain|remains|remained)\s+(?:also\s+|still\s+|now\s+)?(?P<v>among)\s+(?P<o>«[CU]\d+»)'s\s+"
        r"(?:[\w-]+\s+){0,2}?(?:shareholders|investors|backers|owners)\b"),
    # "it joined Black Forest Labs' investors earlier", "Adobe Ventures was among the backers of Synthesia"
    "inv_joined_holders": caseless(
        r"(?P<s>" + CL + r")" + GAP(40) + r"\b(?P<v>joined|joins|(?:was|were|is|are)\s+(?:also\s+)?among)\s+(?:(?:the|its)\s+)?(?:(?P<o>«[CU]\d+»)'s\s+)?"
        r"(?:[\w-]+\s+)?(?:backers|investors|shareholders)\b(?(o)|\s+(?:of|in)\s+(?:" + OBJ + r"(?P<o2>" + C + r")(?!')|(?:the|a|an)\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:round|raise|financing|funding)\s+(?:that|which)\s+(?P<o3>" + C + r")(?:,[^,;«]{1,60},)?\s+(?:had\s+|has\s+)?(?:raised|closed|announced|secured|completed)\b))"),
    "inv_counts": caseless(
        r"(?P<o>" + C + r")" + APPOS + GAP(40) + r"\b(?P<v>counts?|lists?|numbers?)\s+" + OBJ + r"(?P<s>" + CLD + r")(?:,\s+(?:(?:which|who)\s[^,;«]{1,60}|(?:the|a|an)\s+(?:[^,;«]|«[GLNPU]\d+»){1,80}?),)?\s+among\s+(?:its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+)?(?:backers|investors|shareholders|owners)"),
    "inv_backed_adj": re.compile(r"(?P<s>" + C + r")-(?P<v>backed|funded)\s+(?:[\w-]+\s+){0,3}?(?P<o>" + C + r")"),
    "inv_backed_appos": re.compile(r"(?P<o>" + C + r"),\s+(?:the|a|an)\s+(?P<s>" + C + r")-(?P<v>backed|funded)\b"),
    "inv_objectless": caseless(
        r"(?P<s>" + CLA + r")" + GAP(40) + r"\b(?P<v>(?:all\s+|also\s+)?(?:invested(?!\s+(?:customers|clients|users|members|savers|accounts|assets)\b)|invests|has invested|have invested|"
        r"joined\s+as\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:investor|backer|shareholder)|(?:new\s+|strategic\s+|existing\s+|returning\s+){1,2}(?:investors|backers|shareholders))|"
        r"joined(?=\s*(?:[.;]|$)|,\s+(?:along|alongside|as|with)\b)|(?<=also\s)bought(?=\s*(?:[.;]|$))|"
        r"(?:are|were|remain|remained)\s+(?:(?:also|all|both|still)\s+)*(?:(?:existing|early|minority|large|major|other)\s+)?(?:shareholders|investors|backers)(?=\s*[,.;]|$)|took part|take part|participated|(?:is|are|was|were)\s+(?:also\s+)?participating(?=\s*[,.;]|\s+(?:in|alongside|with)\b)|chipped in|piled in|joined\s+(?:the|that|this)\s+round|"
        r"put\s+(?:money|cash|capital)\s+in(?=\s*(?:[.;]|$)|,)|(?:signed|came)\s+(?:up\s+|on\s+|in\s+)?as\s+(?:(?:a|an)\s+)?(?:(?:cornerstone|anchor|new|strategic|early)\s+)?(?:investors?|backers?|shareholders?)|"
        r"(?:followed|follows)\s+on(?=\s*(?:[.;]|$)|,|\s+(?:with|in|alongside)\b)|"
        r"joined\s+the\s+(?:(?:new|latest|same|current|\w+-stage)\s+)?(?:Series\s+[A-K]\d?|seed|pre-seed|financing|raise|fundraising)(?:\s+(?:round|extension))?(?=(?:\s+«T\d+»)?(?:\s*[,.;]|\s*$|\s+alongside\b|\s+along\s+with\b))|"
        r"joined\s+(?:a|an)\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,2}?(?:round|raise|financing|fundraising)(?=(?:\s+«T\d+»)?(?:\s*[,.;]|\s*$|\s+alongside\b|\s+along\s+with\b))|"
        r"(?:were|was|are|is)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?(?:other|new|existing|returning|corporate|strategic|financial)\s+(?:investors|backers|participants)|"
        r"(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:investors|backers|participants)|"
        r"made\s+(?:a|an)\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,2}?investment))\b(?!\s+(?:[a-z]+ly\s+)?(?:«M\d+»\s+)?(?:in|into)\b)"),
    "inv_stake": caseless(
        r"(?P<s>" + C + r")" + GAP(60) + r"\b(?P<v>took|takes|taking|taken|take|acquired|acquires|acquire|acquiring|bought|buys|buy|buying|holds|hold|received|receives|secured|secures|picked up|picks up|owns|own|keeps|keep|kept|retains|retain|retained|disclosed|discloses|revealed|reveals|built|builds|amassed|amasses|"
        r"has|have|had|paid|pays|pay|paying|spent|spends|spend|"
        r"(?:raised|raises|lifted|lifts|increased|increases|upped|ups|boosted|boosts|doubled|doubles|topped\s+up)\s+(?:its|their|«[CU]\d+»'s)(?=\s)|"
        # "Myall Lakes Super lifted its holding in Gumleaf to 14.9%": a holder adding to what it holds
        r"(?:followed|follows|came\s+in|stepped\s+in)(?:\s+(?:in\s+|on\s+)?«T\d+»)?,?\s+with)\s+"  # "Google followed in July with $4.5bn for a 7.7% stake in Jio"
        r"(?P<mid>" + GAP(40) + r")\b(?:stakes?|(?:(?<=its )|(?<=eir )|(?<='s ))(?:holding|shareholding))\s+(?:(?:of|worth|valued\s+at)\s+(?:(?:more\s+than|less\s+than|about|around|nearly|almost|roughly|some|just\s+(?:under|over))\s+)?"
        r"(?:«M\d+»|\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+)?(?:(?:in\s+)?«T\d+»\s+)?in\s+" + OBJ + r"(?P<o>" + C + r")"),
    # "Nvidia, Accel and Orbis bought $700 million of Nebius shares", "bought $50m of Quill Labs stock": shares bought are a stake
    "inv_shares": caseless(
        r"(?P<s>" + CL + r")" + GAP(40) + r"\b(?P<v>bought|buys|buy|buying|purchased|purchases|purchase|acquired|picked\s+up)\s+(?:(?:about|around|roughly|nearly|some|more\s+than)\s+)?«M\d+»\s+"
        r"(?:worth\s+)?of\s+(?:new\s+)?(?:(?:shares|stock|equity)\s+in\s+(?P<o2>" + C + r")(?!')|(?P<o>" + C + r")(?:'s)?\s+(?:new\s+|common\s+|ordinary\s+|preferred\s+|class\s+[A-C]\s+)?(?:shares|stock|equity)\b)"),
    # "Metrona bought 49% of Scalewise", "paid $1bn for 20 percent of Y": a share of the company, short of all of it
    "inv_pct_of": caseless(
        r"(?P<s>" + C + r")" + APPOS + GAP(60) + r"\b(?P<v>took|takes|taking|taken|take|acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|paid|pays|pay|paying|holds|owns)\s+"
        r"(?:«M\d+»\s+(?:(?:in\s+)?«T\d+»\s+)?for\s+)?(?:(?:about|roughly|nearly|almost|around|some|over|under|more\s+than|less\s+than|another|an\s+additional|a\s+further)\s+)?"
        r"(?P<pc>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:stake\s+)?(?:of|in)\s+"
        r"(?:(?:the|its)\s+(?:outstanding\s+|issued\s+)?(?:shares|share\s+capital|capital|equity|stock)\s+(?:of|in)\s+)?" + OBJ + r"(?P<o>" + C + r")"
        r"(?:'s\s+(?:share\s+)?(?:(?:common|ordinary|outstanding|voting|class\s+[A-C])\s+){0,2}(?:capital|shares|equity|stock|voting\s+rights))?(?!')"),
    # "Nvidia's $2 billion Synopsys stake", "Microsoft's OpenAI investment"
    "inv_nominal_pre": caseless(
        r"(?P<s>" + C + r")'s\s+(?:[\w.,-]+\s+|«[MT]\d+»\s+){0,3}?(?P<o>" + C + r")\s+(?P<v>stake|investment|holding|shareholding)\b"
        r"(?!\s+(?:talks|plans?|bids?|offers?|proposals?|rumou?rs?|arm|unit|team|fund|vehicle))"),
    "inv_nominal": caseless(
        r"(?P<s>" + C + r"(?:'s(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*)'s\s+(?:[\w.,-]+\s+|«[MT]\d+»\s+){0,4}?(?P<v>investments?|stake|backing|funding|bet|commitment|(?:purchase|acquisition)\s+of\s+(?:a|an|the|its)\s+(?:[\w.%-]+\s+){0,4}?stake)\s+(?:\w+\s+|«M\d+»\s+){0,3}?(?:in|of|into|on|with|to)\s+" + OBJ + r"(?P<o>" + C + r")"),
    "inv_committed": caseless(
        r"(?P<s>" + CL + r")" + GAP(40) + r"\b(?P<v>committed|commits|pledged|pledges)\s+(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|more\s+than\s+)?«M\d+»\s+(?:\w+\s+){0,3}?to\s+" + OBJ + r"(?P<o>" + C + r")"),
    "inv_from": caseless(
        r"\b(?P<v>investment|funding|backing|financing|cash injection)\s+(?:of\s+«M\d+»\s+)?(?:from|by)\s+(?P<s>" + CL + r")"),
    "inv_alongside": caseless(r"\b(?P<v>alongside|along with|together with)\s+(?P<s>" + CL + r")"),
    "inv_included": caseless(
        r"(?P<s>" + C + r")" + GAPX(60) + r"\b(?:partnership|tie-up|alliance|agreement|deal)\s+with\s+(?P<o>" + C + r")[^;]*?\b(?P<v>included|includes|including|came with|comes with)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:investment|stake)"),
    "acq_active": caseless(
        r"(?P<s>" + C + r")(?P<ap>)" + GAP(90) + r"\b(?P<v>acquire[sd]?|acquiring|buy|buys|bought|buying|purchase[sd]?|purchasing|take over|took over|takes over|taking over|snap(?:s|ped)? up|absorb(?:s|ed)?|pick(?:s|ed|ing)? up)\s+(?!by\b)(?:«T\d+»\s+(?=«[CU]\d+»,))?" + OBJ + r"(?P<o>" + C + r")(?!')"),
    # "Emerson has agreed to buy the roughly 43% of AspenTech it does not already own", "to buy the rest of Y"
    "acq_rest": caseless(
        r"(?P<s>" + C + r")(?P<ap>)" + GAP(60) + r"\b(?P<v>acquire[sd]?|acquiring|buy|buys|bought|buying|purchase[sd]?|purchasing)\s+(?:the\s+)?"
        r"(?:(?:remaining|outstanding|rest\s+of\s+the|roughly|about|around|nearly|some|other)\s+)*"
        r"(?:(?:\d[\d.]*\s*(?:%|per\s*cent|percent)(?:\s+stake)?|shares|stake)\s+(?:of|in)\s+|rest\s+of\s+"
        r"|(?<=\s)what\s+(?:remained|remains|was\s+left|is\s+left)\s+of\s+)" + OBJ + r"(?P<o>" + C + r")(?!')"),
    # "Deere took full ownership of GUSS Automation", "bought control of": the whole company is bought
    "acq_full_ownership": caseless(
        r"(?P<s>" + C + r"(?:\s+and\s+(?:«[GLN]\d+»(?:'s|-based)?\s+(?:[a-z][\w-]*\s+){0,2}?)?«[CU]\d+»(?=\s+(?:bought|acquired|took)\s))?)(?P<ap>)" + GAP(60)
        + r"\b(?P<v>took|takes|taking|take|assumed|assumes|gained|gains|acquired|acquires|bought|buys|buy|buying|won|wins|secured|secures)\s+"
        r"(?:(?:full|complete|sole|outright|total|100%)\s+(?:ownership|control)|control|a\s+majority|majority\s+control)\s+of\s+" + OBJ + r"(?P<o>" + C + r")(?!')"),
    # "Nvidia's biggest acquisition to date, Mellanox, cost $6.9 billion": the apposition names what was bought
    "acq_poss_appos": caseless(
        r"(?P<s>" + C + r")'s\s+(?:[\w-]+\s+|«[MT]\d+»\s+){0,3}?(?P<v>acquisition|purchase|takeover)(?:\s+(?:to\s+date|yet|ever|so\s+far))?,\s+(?P<o>" + C + r")(?!')(?=,|\s+\()"),
    # "FTV Capital agreed to take Windward, the maritime AI company, private"
    "acq_private": caseless(
        r"(?P<s>" + CL + r")(?P<ap>)" + GAP(60) + r"\b(?P<v>take|takes|took|taking|taken)\s+(?:[a-z][\w-]*\s+|«[GLN]\d+»(?:-based)?\s+){0,3}?(?P<o>" + C + r")(?:,(?:[^,;«]|«[GLNUC]\d+»(?:'s)?){1,120},)?\s+private\b"),
    "acq_passive": caseless(
        r"(?P<o>" + C + r")" + APPOS + GAP(40) + r"\b(?P<v>(?:is|was|are|were|been|being|be)\s+(?:\w+\s+)?(?:acquired|bought|purchased|taken over|snapped up|taken private|made private))\s+(?:(?:«T\d+»|[a-z]+)\s+){0,6}?by\s+"
        r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|group|syndicate|investor\s+group|group\s+of\s+(?:[\w-]+\s+)?investors)\s+(?:led|headed|formed|put\s+together)\s+by\s+)?" + OBJ + r"(?P<s>«[CU]\d+»(?:\s+(?:and|&)\s+«[CU]\d+»(?!'))?)"),
    "acq_nominal": caseless(
        r"(?P<s>" + C + r")'s\s+(?:[\w.,-]+\s+|«[MT]\d+»\s+|\(«M\d+»\)\s+){0,4}?(?P<v>acquisition|purchase|takeover|buyout|take-private|buy-out)\s+(?:«T\d+»\s+)?of\s+"
        r"(?:the\s+(?:remaining|outstanding)\s+(?:equity|shares|stake)\s+(?:of|in)\s+|(?:(?:about|roughly|nearly|around|some|almost)\s+)?(?P<pc>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:stake\s+)?(?:of|in)\s+)?"
        + OBJ + r"(?P<o>" + C + r")"),
    # ("Glencore completed its purchase of 77% of Elk Valley Resources": a majority bought; "its purchase of 9 per cent of": a stake)
    # "its $6 billion Cavium purchase", "Tenable's 2021 Apex acquisition"
    "acq_nominal_pre": caseless(
        r"(?P<s>" + C + r")'s\s+(?:[\w.,-]+\s+|«[MT]\d+»\s+){0,3}?(?P<o>" + C + r")\s+(?P<v>acquisition|purchase|takeover|buyout)\b"
        r"(?!\s+(?:talks|plans?|bids?|offers?|attempts?|proposals?|efforts?|rumou?rs?|spree|strategy|targets?|approach))"),
    # "Splunk completed the $1.05 billion purchase of SignalFx", "X has grown through the purchase of Y"
    "acq_done_nominal": caseless(
        r"(?P<s>" + C + r"(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*(?=\s+(?:have\s+|has\s+|had\s+|jointly\s+|also\s+)*(?:completed|closed|finali[sz]ed|sealed)\s+their\b)|" + C + r")(?:\s*\([^()]{1,60}\))?" + APPOS + GAP(60) + r"\b(?:completed|completes|closed|closes|finalised|finalized|finalises|finalizes|made|makes|"
        r"announced|announces|sealed|seals|struck|strikes|(?:grown|grew|expanded)\s+(?:[\w-]+\s+){0,4}?(?:through|with|via)|"
        r"acquisitions,\s+(?:most\s+)?(?:notably|including|among\s+them))\s+"
        r"(?P<first>the\s+(?:completion|closing|close)\s+of\s+(?:an?|its|the)\s+(?:[^;«,]|«[MT]\d+»){1,60}?\s+and\s+)?"  # "announced the completion of an £18m round and the acquisition of Y"
        r"(?:its|the|a|an|their)\s+(?:[\w.,-]+\s+|«[MT]\d+»\s+){0,4}?(?P<v>acquisition|purchase|takeover|buyout|take-private|buy-out)s?\s+of\s+" + OBJ + r"(?P<o>" + C + r")(?!')"),
    "acq_fronted": re.compile(
        r"^(?P<v>Acquired|Bought|Purchased|Taken\s+over|Snapped\s+up)\s+(?:(?:«T\d+»|[a-z]+)\s+){0,3}?by\s+" + OBJ + r"(?P<s>" + C + r"),\s+(?:the\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?)?(?P<o>" + C + r")"),
    # "Alibaba agreed to sell Intime Retail, the chain it took private in 2017, to a consortium led by Youngor": the buyer acquires
    "acq_sold_to": caseless(
        r"\b(?P<v>sold|sells|sell|selling|offloaded|offloads|offload|divested|divests|divest)\s+(?:(?:its|their|the|his|her|«[CU]\d+»'s)\s+)?"
        r"(?:(?:[A-Za-z][\w-]*\s+|«[GLN]\d+»\s+){0,2}?(?:unit|business|division|subsidiary|arm|company|start-?up),\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?(?P<o>" + C
        + r")(?!')(?:\s+(?:unit|business|division|subsidiary|arm|operations?))?(?P<ap>,\s+(?:the|a|an|its)\s+(?:[^,;«]|«[GLNCUTM]\d+»(?:'s)?){1,100}?,)?"
        r",?\s+(?:(?:in\s+)?«T\d+»\s+)?(?:(?:for|in)\s+(?:about\s+|around\s+|roughly\s+)?«M\d+»\s+)?to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:consortium|group|investors?)\s+(?:led|headed)\s+by\s+)?"
        + OBJ + r"(?P<s>" + C + r")(?!')"),
    "acq_nominal_by": caseless(
        r"\b(?P<v>acquisition|purchase|takeover|buyout)\s+of\s+(?P<o>" + C + r")" + GAP(40) + r"\bby\s+(?P<s>" + C + r")"),
    "par_verb": caseless(
        r"(?P<s>" + CL + r")" + _SUBJ_APPOS + GAPX(70) + r"\b(?P<v>partner(?:ed|s|ing)?|team(?:ed|s|ing)?\s+up|join(?:ed|s|ing)?\s+forces|collaborat(?:e|es|ed|ing)|(?:is|are|was|were|has been|have been)\s+working|(?:keep|keeps|kept|continue|continues|continued)\s+(?:working|to\s+work)|(?:has|have|had)\s+(?:(?:also|long|already|previously|closely)\s+){0,2}worked|works|work|allied)\s+(?:closely\s+)?(?:(?:in|on)\s+(?:joint\s+)?(?:research|development|projects?)\s+)?(?:(?:since|for)\s+(?:«T\d+»|[\w-]+)(?:\s+[\w-]+){0,2}?\s+|«T\d+»\s+)?with\s+" + OBJ + r"(?P<o>" + CL_NP + r")"),
    # "has carried out research with the University of Oslo since 2022", "carries out joint research with": research work partners
    "par_research": caseless(
        r"(?P<s>" + CL + r")" + _SUBJ_APPOS + GAPX(70) + r"\b(?P<v>(?:carried|carries|carry|carrying|conducted|conducts|conduct|conducting|run|runs|ran|running|pursued|pursues|performed|performs)\s+"
        r"(?:out\s+)?(?:(?:a|an)\s+)?(?:(?:joint|collaborative|applied|basic|clinical|academic)\s+)?research(?:\s+(?:work|projects?|programmes?|programs?|lab|laboratory|centre|center))?)\s+"
        r"(?:(?:since|for)\s+(?:«T\d+»|[\w-]+)(?:\s+[\w-]+){0,2}?\s+|«T\d+»\s+|(?:on|into)\s+(?:[\w-]+\s+){1,5}?)?with\s+" + OBJ + r"(?P<o>" + CL_NP + r")"),
    # (and "has carried out research on source separation with the University of Bergen": what the research is on, then with whom)
    "par_signed": caseless(
        r"(?P<s>" + CL + r")" + _SUBJ_APPOS + GAPX(70) + r"\b(?P<v>signed|signs|struck|strikes|concluded|concludes|entered(?:\s+into)?|enters(?:\s+into)?|formed|forms|announced|announces|unveiled|unveils|inked|sealed|forged|expanded|expands|deepened|extended|reached|has|have|had|agreed|launched|began|begun|begins|started|starts|followed\s+(?:(?:in\s+)?«T\d+»\s+)?with|renewed|renews|won|wins|secured|secures|landed|lands|clinched|closed|closes|(?:brings|brought)\s+with\s+«[CU]\d+»)\s+"
        r"(?:a|an|its|their|the|«[CU]\d+»'s)?\s*(?:[\w-]+,?\s+|«M\d+»\s+|«G\d+»\s+){0,4}?(?:partnerships?|tie-ups?|alliances?|agreements?|arrangements?|collaborations?|pacts?|relationship|joint venture|contracts?|deals?|licen[cs]es?|memorand(?:um|a)|MoUs?|leases?|integrations?)(?:,\s+(?:signed|struck|agreed)\s+«T\d+»,)?,?\s+"
        r"(?:worth\s+(?:(?:about|almost|nearly|up\s+to|more\s+than|some|around|roughly)\s+)?«M\d+»(?:\s+in\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+)?"  # "deals worth $3bn in milestones with"
        r"(?:«T\d+»\s+)?(?:with|to\s+(?!(?:buy|acquire|purchase|sell|invest|take|merge|combine|raise|list)\b)(?:[a-z][\w-]*\s+){1,4}?for)\s+" + OBJ + r"(?P<o>" + CLD + r")"),
    # ("a three-year agreement to handle guest laundry for Hotéis Aguieira": the work done for the partner)
    # "Traton, Volkswagen's truck arm, has taken a looser approach, working with PlusAI": the sentence's subject works with it
    "par_working": caseless(
        r"^(?:[^«;]|«[TMGLN]\d+»)*?(?P<s>«[CU]\d+»)(?!')(?:[^«;]|«[GLNT]\d+»|«[CU]\d+»'s){0,120}?,\s+(?P<v>working)\s+(?:closely\s+)?with\s+" + OBJ + r"(?P<o>" + CL_NP + r")(?!')"),
    # "KT, whose five-year partnership with Microsoft was announced last September"
    "par_whose": caseless(
        r"(?P<s>" + C + r"),\s+whose\s+(?:[\w-]+\s+){0,3}?(?P<v>partnership|alliance|collaboration|tie-up|joint\s+venture)\s+with\s+" + OBJ + r"(?P<o>" + CLD + r")"),
    # "T-Mobile joined Nvidia, Ericsson and Nokia in an AI-RAN innovation centre"
    "par_joined_in": caseless(
        r"(?P<s>" + C + r")" + GAP(30) + r"\b(?P<v>joined|joins|has\s+joined|will\s+join)\s+(?P<o>" + CL_NP + r")\s+in\s+(?:a|an|the|its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+|«[UGLN]\d+»\s+){0,4}?"
        r"(?:alliance|consortium|initiative|centre|center|programme|program|project|venture|partnership|coalition|effort|bid|collaboration)\b"),
    "par_with_which": caseless(
        r"(?P<o>" + C + r"),\s+with\s+(?:which|whom)\s+(?P<s>" + C + r")\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|long\s+|still\s+)?(?P<v>signed|struck|formed|reached|agreed|partnered|teamed\s+up|works|worked|has\s+worked|"
        r"collaborates|collaborated|cooperates|cooperated|co-operates|co-operated|(?:had|has|have|runs|ran|run|maintains|holds|held)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:agreement|partnership|collaboration|alliance|programme|program|project|joint\s+venture)\b)\b"),
    "par_selected": caseless(
        r"(?P<s>" + C + r")\s+(?:(?:has\s+been|have\s+been|was|were|is|are)\s+(?:(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:providers|companies|firms|partners|start-?ups|startups|vendors|suppliers|developers|makers|labs)\s+)?)(?P<v>selected|chosen|picked|named|tapped|appointed)\s+by\s+" + OBJ + r"(?P<o>" + C + r")"
        r"[^;]{0,100}?\bas\s+(?:its|their|«[CU]\d+»'s|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:partner|provider|supplier|vendor)\b"),
    "par_license_tech": caseless(
        r"^(?:[^;«]|«[GLMTN]\d+»)*?(?P<s>" + C + r")[^;]{0,120}?\b(?P<v>license|licenses|licensed|licensing|co-design(?:s|ed|ing)?|co-develop(?:s|ed|ing)?|co-engineer(?:s|ed|ing)?)\s+(?P<o>" + C + r")'s\s+(?:[\w-]+\s+){0,2}?(?:«[PU]\d+»|(?:technology|technologies|models?|software|patents?|IP|designs?|chips?|intellectual\s+property|know-how|platform)\b)"),
    "par_nominal": caseless(
        r"(?P<s>" + C + r")'s\s+(?:[\w-]+\s+){0,3}?(?P<v>partnerships?|tie-ups?|alliances?|agreements?|collaborations?|pacts?|investment and partnership|joint\s+ventures?|"
        r"(?:licensing|licence|license|content|supply|distribution|commercial|reseller)\s+deals?|deals?|contracts?|relationship|work|joint\s+work|cooperation)\s+(?:(?:in\s+)?«T\d+»\s+)?with\s+" + OBJ + r"(?P<o>" + CLD + r")"),
    "par_rel": caseless(
        r"\b(?:partnership|tie-up|alliance|agreement|collaboration|pact|deal)\s+(?:that\s+|which\s+)?(?P<s>" + C + r")\s+(?:had\s+|has\s+)?(?P<v>signed|struck|reached|agreed|inked|formed|sealed|forged|announced)\s+(?:«T\d+»\s+)?with\s+" + OBJ + r"(?P<o>" + C + r")"),
    "par_bare": caseless(
        r"^(?:[^«;]|«[TM]\d+»)*?\b(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?P<v>partnership|tie-up|alliance|collaboration)\s+with\s+" + OBJ + r"(?P<o>" + C + r")"),
    # "a partnership between the Swedish logistics group Ferrovane and Mistral AI", "A partnership was struck between",
    # "deepens ties between Oracle and Cohere"
    "par_between": caseless(
        r"\b(?P<v>partnership|tie-up|alliance|collaboration|pact|joint venture|ties|(?<!merger\s)(?<!acquisition\s)(?<!purchase\s)(?<!sale\s)(?<!takeover\s)agreement)\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:struck|signed|formed|sealed|forged|agreed)\s+(?:«T\d+»\s+)?)?"
        r"between\s+" + _PARTY_DESC + r"(?P<s>" + C + r")\s+and\s+" + _PARTY_DESC + r"(?P<o>" + C + r")"),
    # "Following the agreement with Cohere, Lindqvist Bank will deploy", "Having signed a cloud agreement with AWS in January, Oakhaze
    # Systems now offers", "Through a partnership with Hugging Face, Corvid Labs has made": the fronted deal is the subject's
    "par_fronted": caseless(
        r"^(?:[\"“‘]\s*)?(?:following|after|under|through|since|via|thanks\s+to|as\s+part\s+of|having\s+(?:signed|struck|sealed|agreed|reached|inked|formed|expanded)|"
        r"announcing|signing|sealing|striking)\s+(?:the|its|their|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?(?P<v>partnership|agreement|alliance|tie-up|collaboration|deal|pact|contract)\s+"
        r"(?:(?:signed|struck|reached|announced)\s+)?(?:«T\d+»\s+)?with\s+" + OBJ + r"(?P<o>" + CLD + r")(?:[^,;«]|«[GLMNT]\d+»){0,60}?,\s+"
        r"(?:the\s+(?:[\w-]+\s+){0,3}?)?(?P<s>" + C + r")(?!')(?:,[^,;]{1,80},)?\s+(?:has\s+|had\s+|have\s+|will\s+|now\s+|also\s+|is\s+|was\s+)*[a-z]"),
    # "Under an agreement announced in January, the German supplier Continental will build the next generation of Aurora's
    # hardware": the deal the sentence opens with is between the clause's subject and the company it acts for
    "par_under_fronted": caseless(
        r"^(?:[\"“‘]\s*)?(?:under|as\s+part\s+of|through)\s+(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|partnership|deal|contract|arrangement|alliance|collaboration|pact)"
        r"(?:,?\s+(?:signed|announced|disclosed|reached|struck|agreed)(?:\s+(?:in|on|last|this|earlier))?(?:\s+«T\d+»)?)?,?\s+"
        r"(?:the\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?)?(?P<s>«[CU]\d+»)(?!['’])(?P<v>\s+)"
        r"(?:(?!(?:acqui|buy|bought|invest|purchas|pay|paid|took|take|hold|held|own|sell|sold|stake)\w*)[^«;,]|«[TMGLN]\d+»){1,80}?(?P<o>«C\d+»|«U\d+»(?=['’]s\s))"),
    # "In March concluded Fahrwerk a cooperation agreement with Murrtal Leasing": German word order, the verb before its subject
    "par_v2": caseless(
        r"(?:^|;\s+)(?:(?:in|on|since|already|now|also|then|last|this|at\s+the\s+(?:beginning|end)\s+of)\s+)*(?:«T\d+»\s+)?(?:has\s+|have\s+|had\s+)?"
        r"(?P<v>signed|concluded|struck|sealed|closed|entered\s+into|agreed)\s+(?P<s>«[CU]\d+»)(?!['’])\s+(?:(?:also|already|now)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:agreement|contract|partnership|alliance|collaboration|pact|deal|memorandum)\s+(?:«T\d+»\s+)?with\s+" + OBJ + r"(?P<o>" + CLD + r")"),
    # "Oracle began offering Grok 3 through OCI Generative AI under a partnership with xAI": the clause's subject's
    "par_under": caseless(
        r"^(?:[^«;]|«[TMGLN]\d+»)*?(?P<s>" + C + r")(?!'(?!s\s+(?:[a-z][\w-]*\s+){0,2}?(?:«[PU]\d+»|(?!(?:partner|rival|investor|backer|owner|parent|customer|client|founder|co-founder|chief|executive|boss|head|unit|subsidiary|arm|division|deal|investment|stake)s?\b)[a-z][\w-]*\s+(?:is|was|are|were|has|have|had|will|now|also)\b)))(?:[^;«]|«[TMGLNPU]\d+»|«[CU]\d+»){0,140}?\b(?P<v>under|through|as\s+part\s+of)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:partnership|agreement|alliance|collaboration|contract)\s+(?:(?:(?:that\s+)?(?:it|they|(?P<s2>«[CU]\d+»))\s+(?:had\s+|has\s+)?)?(?:signed|struck|agreed|announced|reached)\s+(?:«T\d+»\s+)?)?with\s+" + OBJ + r"(?P<o>" + C + r")"),
    # "Samsung SDS signed a reseller partnership ..., making it OpenAI's first reseller in the country"
    "par_making_it": caseless(
        r"^(?:[^«;]|«[TMGLN]\d+»)*?(?P<s>" + C + r")(?!')[^;]{0,200}?\b(?P<v>making|made|makes)\s+(?:it|them|«[CU]\d+»)\s+(?:the\s+)?(?P<o>" + C + r")'s\s+(?:[\w-]+\s+){0,3}?"
        r"(?:partner|reseller|distributor|supplier|provider)s?\b"),
    # "Cariad set up Carizon, a joint venture with Horizon Robotics": the founder partners with the other
    "par_jv_with": caseless(
        r"(?P<s>" + C + r")" + GAP(50) + r"\b(?:set\s+up|formed|created|established|launched|founded)\s+(?:«[CU]\d+»,\s+)?(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?P<v>joint\s+venture)\s+with\s+" + OBJ + r"(?P<o>" + C + r")"),
    # "under an agreement the chipmaker and IBM announced in November 2024"
    "par_rel_pair": caseless(
        r"\b(?:partnership|tie-up|alliance|agreement|collaboration|pact|deal|contract)\s+(?:that\s+|which\s+)?(?P<s>" + C + r")\s+and\s+(?P<o>" + C + r")\s+(?:had\s+|have\s+|first\s+)*"
        r"(?P<v>signed|struck|reached|agreed|inked|formed|sealed|forged|announced)\b"),
    # "Morgan Stanley, which in 2023 became the first wealth manager to sign a strategic agreement with OpenAI"
    "par_first_to": caseless(
        r"(?P<s>" + C + r")(?:[^;«]|«[GLNT]\d+»){0,80}?\bthe\s+first\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,4}?to\s+(?P<v>sign|strike|form|announce|seal|ink)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:partnership|agreement|deal|alliance|pact|contract)\s+with\s+" + OBJ + r"(?P<o>" + C + r")"),
    # "Reliance agreed last month with Nvidia to build AI infrastructure", "OpenAI added a supplier, agreeing with Broadcom to develop
    # chips": an agreement with another company to do something together (not "to explore" it, a hedge)
    "par_agreed_with": caseless(
        r"(?P<s>" + CL + r")" + _SUBJ_APPOS + GAPX(70) + r"\b(?P<v>agreed|agrees|agreeing|(?<=, )agreeing)\s+(?:(?:in|on|last|this|earlier)\s+)?(?:«T\d+»\s+)?with\s+"
        + OBJ + r"(?P<o>" + CLD + r")(?!')\s+(?:(?:in|on)\s+)?(?:«T\d+»\s+)?(?:to\s+(?!explore|consider|study|look|discuss|examine|assess|evaluate|buy|acquire|purchase|take)[a-z]+|on\s+(?:a|an|the)\s+)"),
    # "Rikka Systems and Fujitsu, which signed a partnership in 2022, are ...": the pair's partnership, told in passing
    "par_pair_which": caseless(
        r"(?P<s>" + C + r")\s+and\s+(?P<o>" + C + r"),\s+which\s+(?:have\s+|had\s+|first\s+)*(?P<v>signed|struck|formed|sealed|forged|announced|entered\s+into)\s+"
        r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance|collaboration|pact|joint\s+venture|(?:[\w-]+\s+)?agreement)\b"),
    # "A three-year compute agreement has been signed by Lambda and Verdant Intelligence"
    "par_signed_by": caseless(
        r"\b(?:partnership|alliance|agreement|contract|pact|deal)\s+(?:has\s+been|have\s+been|was|were)\s+(?P<v>signed|struck|sealed|inked|agreed)\s+(?:«T\d+»\s+)?by\s+"
        r"(?P<s>" + C + r")\s+and\s+(?P<o>" + C + r")"),
    "par_pair": caseless(
        r"(?P<s>" + C + r")(?:,\s+«[CU]\d+»,?|\s+\(«[CU]\d+»\))?" + _PAIR_APPOS + r"\s+and\s+(?:the\s+)?(?P<o>" + C + r")(?:\s+\(«[CU]\d+»\))?" + _PAIR_APPOS + r"\s+(?:have\s+|had\s+|also\s+|will\s+|today\s+|jointly\s+|formally\s+|officially\s+|(?:on\s+)?«T\d+»\s+)*(?P<v>partnered|teamed\s+up|joined\s+forces|(?:worked|work|are\s+working|collaborated|cooperated)\s+(?:closely\s+)?together|jointly\s+[a-z]+|(?:signed|struck|formed|announced|entered\s+into|set\s+up|created|established|launched|agreed|concluded)\s+(?:«T\d+»\s+)?(?:a|an|to\s+form\s+a|(?:a|an)\s+(?:[\w-]+\s+)?(?:expansion|extension|renewal|deepening)\s+of\s+(?:their|the))\s+(?:[\w-]+\s+){0,3}?(?:partnership|tie-up|alliance|agreement|collaboration|pact|joint\s+venture|venture|memorandum|MoU)|(?:formed|set\s+up|created|established)\s+(?:«T\d+»\s+)?(?:a|an)\s+(?:(?:joint|dedicated|combined)\s+)(?:[\w-]+\s+){0,2}?(?:unit|group|company|business|team|lab|laboratory|centre|center|consortium)\b|(?:have|has|had|maintain|maintained)\s+(?:had\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance|collaboration|(?:commercial|business|strategic)\s+relationship))"),
    # "DataOne, which Nebius selected as its partner there last year": the relative clause's subject chose the name before it
    "par_named_which": caseless(
        r"(?P<o>" + C + r"),\s+which\s+(?P<s>" + C + r")\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|later\s+)?(?:(?:in\s+)?«T\d+»\s+)?(?P<v>named|chose|picked|selected|appointed|tapped)\s+"
        r"(?:(?:in\s+)?«T\d+»\s+)?as\s+(?:its|their|«[CU]\d+»'s|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:partner|provider|supplier)s?\b"),
    "par_named": caseless(
        r"(?P<s>" + C + r")" + GAP(30) + r"\b(?P<v>named|chose|picked|selected|made|appointed)\s+(?P<o>" + C + r")\s+(?:as\s+)?(?:«[CU]\d+»'s|its|their)\s+(?:[\w-]+\s+){0,3}?(?:provider|partner|supplier|dealer|distributor|reseller)"),
    # "Dongbaek has appointed Serra Verde Máquinas, a dealer based in Contagem, to sell and service its machines"
    "par_appointed": caseless(
        r"(?P<s>" + C + r")\s+(?:has\s+|had\s+)?(?P<v>appointed)\s+(?P<o>" + C + r")(?:,\s+(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){1,80}?,)?\s+"
        r"(?:as\s+(?:its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,3}?(?:dealer|distributor|reseller|agent)|to\s+(?:sell|distribute|market|resell))\b"),
    # "Since 2016 Janvier has distributed the health policies of Mutuelle Saint-Amour", "X resells Y's machines": a distributor and its supplier
    "par_distributes": caseless(
        r"(?P<s>" + C + r")\s+(?:(?:has|have|had|also|now|long|already|exclusively)\s+)*(?P<v>distributes|distributed|resells|resold)\s+(?:the\s+)?"
        r"(?:(?P<o>" + C + r")'s\s+(?:[\w-]+\s+){0,2}?|(?:[\w-]+\s+){0,2}?(?:products|policies|goods|brands|ranges?|lines|wines|beers|spirits|drinks|tools|machines|equipment|"
        r"models|cars|vehicles|devices|software|games|titles|films|books|catalogue|instruments|bikes|bicycles|cameras|lenses|paints)\s+of\s+(?:the\s+)?(?:«[GLN]\d+»\s+)?(?P<o2>" + C + r"))"),
    # "Teslow Underwriters, a Lincoln insurer it has partnered with since 2012": a contact clause whose subject partnered with the head
    "par_contact": caseless(
        r"(?P<o>" + C + r"),\s+(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»|«[LU]\d+»,\s+«[GLN]\d+»,){1,60}?\s+(?P<s>" + C + r")\s+(?:has\s+|had\s+|have\s+)?(?:long\s+|also\s+|already\s+)?"
        r"(?P<v>partnered|worked|collaborated|teamed\s+up|cooperated|co-operated)\s+with(?!\s+(?:the\s+)?«[CUP])"),
    # "Korvane signed Teslow Water as its first customer", "signed up Microsoft as a partner", "signed Loadlane to a two-year contract"
    "par_signed_as": caseless(
        r"(?P<s>" + C + r")\s+(?:(?:has|had|also|recently|then|first|now)\s+|«T\d+»\s+)*(?P<v>signed|signs)\s+(?:up\s+)?(?P<o>" + C + r")(?!')(?:,\s+(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){1,80}?,)?\s+"
        r"(?:as\s+(?:its|their|a|an|the|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,3}?(?:customer|client|partner|distributor|reseller|supplier|tenant|licensee|launch\s+partner)s?"
        r"|to\s+an?\s+(?:[\w-]+\s+){0,3}?(?:contract|deal|agreement|pilot|licen[cs]e|partnership))\b"),
    "par_became": caseless(
        r"(?P<o>" + C + r")\s*(?:\([^)]*\)\s+|«[CU]\d+»\s+|,\s+(?:which|who)\s+(?=(?:became|becomes|has\s+been|is|was|remains)\s)|,\s+(?:which|that|who)\b(?:[^;«]|«[CUMTGLN]\d+»){0,140}?,\s+|,\s+(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){1,60},\s+)?"
        + _BECOMES
        + r"(?:(?P<s>" + C + r")'s\s+(?:[\w-]+\s+){0,4}?|(?:an?|the)\s+(?:(?:official|preferred|certified|strategic|elite|premier|key)\s+)?(?P<s2>«[CU]\d+»)\s+(?:[\w-]+\s+){0,2}?)(?:provider|partner|supplier)\b"),
    # "Quorra Labs became the official data partner of the Bundesliga", "X is the exclusive supplier to Y": the same, named after the noun
    # "Pixxel's partners in the consortium are PierSight, SatSure and Dhruva Space": each is the company's partner (named first,
    # as "Orvane's partners include Parsel AI" always was)
    "par_poss_partners": caseless(
        r"(?P<o>" + C + r")'s\s+(?:(?:main|other|two|three|four|five|key|launch|first)\s+)?partners\s+(?:in\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){0,3}?)?"
        r"(?P<v>are|were|include|included|includes)\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?)?(?P<s>" + CL_NP + r")"),
    "par_partner_of": caseless(
        r"(?P<s>" + C + r")\s*(?:\([^)]*\)\s+|,\s+(?:which|that|who)\b(?:[^;«]|«[CUMTGLN]\d+»){0,140}?,\s+)?"
        + _BECOMES
        + r"(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:(?P<pin>partner\s+in\s+(?:the\s+)?(?=«[CU]\d+»'s\s+(?:[\w-]+\s+){0,3}?(?:cloud|consortium|programme|program|network|alliance|project|initiative|ecosystem)\b))"
        r"|(?:partner\s+(?:of|to|for)|(?:provider|supplier)\s+(?:to|for))\s+(?:the\s+)?)(?P<o>" + C + r")(?(pin)|(?!'))"
        r"(?!\s+(?:[a-z][\w-]*\s+){0,2}?(?:models?|chips?|software|services?|products?|platforms?|systems?)\b)"),
    # "Microsoft paid Inflection AI about $650 million, mostly for a licence": paying a company for a licence is a deal with it
    "par_paid_licence": caseless(
        r"(?P<s>" + C + r")\s+(?:\w+\s+)?(?P<v>paid|pays|pay|paying)\s+(?P<o>" + C + r")\s+(?:(?:about|around|roughly|some|nearly|more\s+than)\s+)?«M\d+»"
        r"(?:[^;«]|«T\d+»){0,40}?\b(?:for\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]e|licensing)|to\s+licen[cs]e)\b"),
    "par_license": caseless(
        r"(?P<s>" + C + r")" + GAP(40) + r"\b(?P<v>license|licenses|licensed|licence|licences|licensing)\s+(?:the\s+)?(?:«[CU]\d+»'s\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:of|from|to|(?:built|developed|made|created|designed|owned)\s+by)\s+" + OBJ + r"(?P<o>" + CL + r")"),
}

_NAMED_NEXT = re.compile(r"\s+(?:(?:the|its|their|a|an)\s+)?(?:(?!(?:on|in|at|to|from|via|through|with|by|for|under|as|available|offered|sold|used|hosted|listed)\b)[\w-]+\s+){0,3}?"
                         r"(?:(?:called|named|dubbed|branded)\s+)?«[PU]\d+»")
"""What "X's models are" names next when it lists them: a name, perhaps after a description ("is cobot series named HR-Arm")."""
_NOTWORD = (
    r"(?:can|could|will|would|is|are|was|were|has|have|had|include|includes|included|round|rounds|to|on|in|at|into|across|with|for|via|through|from|by|and|or|of|customers|users|"
    r"division|divisions|subsidiary|subsidiaries|"
    r"use|uses|used|including|like|such|as|than|the|a|an|that|which|who|investment|investments|stake|rival|rivals|"
    r"competitor|competitors|partner|partners|deal|board|ceo|chief|executive|president|founder|co-founder|shares|customer|client|clients|"
    r"supplier|suppliers|investor|investors|backer|backers|shareholder|shareholders|owner|parent|buyer|acquirer)"
)
_BARE_AND = re.compile(r",?\s+and\s")
_JOINT_END = re.compile(r"\s*(?:[.;:)]|,\s+(?:a|an|the|which|who)\s|$)|\s+(?:for|in|on|at|to|under|from|since|«T\d+»)\b")
_TOGETHER = re.compile(r"\b(?:together|jointly)\s+with\b")
_CO_DEVELOPER = re.compile(r"(?:'s\s+(?:«[CU]\d+»\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:unit|arm|division|lab|team|subsidiary)(?=\s+(?:together|jointly)\s))?"
                           r"(?:(?:,\s+(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){1,80}?,)?\s+(?:together\s+with|jointly\s+with|with|alongside)|,\s+(?:together|jointly)\s+with|,?\s+and"
                           r"|(?P<list>,)(?=\s+«[CU]\d+»(?:,\s+«[CU]\d+»)*,?\s+and\s))\s+(?:(?:the|its|partner|fellow|research)\s+|«[GLN]\d+»'s\s+)*"
                           r"(?P<co>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?«[CU]\d+»)*)(?!')"
                           r"(?!\s+(?:chips?|processors?|GPUs?|CPUs?|accelerators?|hardware|servers?|technology|components?|parts|sensors?)\b)")
"""A co-developer after the developer: "developed by A together with B", "which A developed with B"."""
_DEV = {
    "dev_poss": caseless(r"(?P<s>" + C + r")'s\s+(?:(?:[\w-]+\s+){0,3}?(?:" + _PNOUNS_X + r"),\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:called|named|dubbed|branded)\s+"
                         r"|(?:(?!" + _NOTWORD + r"\b(?!-))[\w-]+,?\s+){0,4}?(?:(?<=,\s)the\s+)?)(?P<o>" + PL + r")"),
    # ("Ferrolume's first product, a water-based primer called RustVeil")
    "dev_appos_poss": re.compile(r"(?P<o>«P(\d+)»),\s+(?:the\s+|a\s+)?(?P<s>" + C + r")'s\b"),  # a new name: dev_appos_poss_noun
    "dev_from": re.compile(r"(?P<o>" + P + r"),\s+(?:the|a|an)\s+(?:[\w-]+\s+|«[GLN]\d+»-[a-z]+\s+){0,4}?(?:from|by|(?:" + _PNOUNS_X + r")\s+of)\s+(?:«[CU]\d+»-backed\s+|(?:the\s+)?«[GLN]\d+»(?:-based|'s)?\s+(?:(?:start-?up|startup|company|firm|group|maker|developer)\s+)?)?(?P<s>" + C + r")"),
    # ("ShiftPad, the rostering app made by Auckland start-up Grey Lynn Rostering")
    "dev_appos_noun": re.compile(r"(?P<o>«[PU]\d+»),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<s>" + C + r")\s+(?:[\w-]+\s+){0,2}?(?:" + _PNOUNS_X + r")\b"),
    # "Genesys Cloud, the company's cloud contact-centre suite": a new name the apposition makes a product
    "dev_appos_poss_noun": re.compile(r"(?P<o>«U\d+»)(?:\s+[a-z][\w-]*)?,\s+(?:the\s+)?(?P<s>" + C + r")'s\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:" + _PNOUNS_X + r"|" + _PNOUNS_APPOS + r")\b"),
    "dev_appos_built": re.compile(r"(?P<o>" + P + r"),\s+(?:the|a|an)\s+(?:[\w-]+\s+|«[GLN]\d+»-[\w-]+\s+){0,4}?(?:that\s+|which\s+)?(?P<s>" + C + r")\s+(?:\w+\s+)?"
                                  r"(?:built|developed|made|created|released|launched|trained|designed|builds|develops|makes|designs|trains|releases)\b"),
    "dev_which_made": re.compile(r"(?P<o>" + P + r"),\s+(?:which|that)\s+(?P<s>" + C + r")\s+(?:\w+\s+)?(?:built|developed|made|created|released|launched|trained|designed|published|unveiled|introduced|open-sourced|shipped"
                                 r"|(?:is|are|was|were|has\s+been|had\s+been)\s+(?:still\s+|now\s+|also\s+)?(?:training|building|developing|designing|testing))\b"),
    "dev_maker": caseless(
        r"(?P<s>" + C + r"),\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+|«[CU]\d+»-backed\s+|«[GLN]\d+»(?:-based)?\s+|«[GLN]\d+»,\s+(?=«[GLN]\d+»-based)|«[GLN]\d+»,\s+«[GLN]\d+»,\s+){0,3}?)?(?:(?:maker|makers|developer|creator|owner|operator|publisher|designer|manufacturer|producer|issuer)\s+of|(?:company|firm|start-up|startup|lab|team|group|maker)\s+behind"
        r"|(?:company|firm|start-up|startup|lab|developer|maker)\s+(?:(?:perhaps|probably)\s+)?(?:best|widely|mostly)\s+known\s+for)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?P<o>" + _NOUNED_PL + r")"),
    # "Yilan is best known among cinematographers for the Sealwake anamorphic primes", "Korvane, best known for its Teslow app,"
    "dev_known_for": caseless(
        r"(?P<s>" + C + r")(?:,\s+(?:(?:perhaps|probably|now)\s+)?|\s+(?:is|was|has\s+been|remains)\s+(?:perhaps\s+|probably\s+|still\s+)?)(?:best|widely|mostly|chiefly|mainly)\s+known\s+"
        r"(?:(?:among|in|to)\s+(?:[a-z][\w-]*\s+){1,3}?)?for\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:backing|investing|stake|investment|bet|role|deal|deals|work|ties|purchase|acquisition|takeover|founder|founders|chief)\b)[a-z][\w-]*\s+){0,2}?(?P<o>" + _NOUNED_PL + r")"),
    "dev_whose": caseless(
        r"(?P<s>" + C + r"),?\s+(?:(?:a|an|the|another)\s+(?:[\w-]+\s+|«[GLN]\d+»(?:-based)?\s+|«[LU]\d+»,\s+(?=«[GLN]\d+»)){0,4}?)?whose\s+(?:(?:[\w-]+\s+){0,3}?(?:" + _PNOUNS_X + r"),\s+|(?:[\w-]+\s+){0,4}?)(?P<o>" + PL + r")"),  # "whose ear-training app, Oído,"
    # "a programmable laser platform it calls ChromX", "a tool Verizon calls the Personal Research Assistant": what a maker names its own
    "dev_calls": caseless(
        r"\b(?:" + _PNOUNS_X + r")\s+(?:that\s+|which\s+)?(?P<s>" + C + r")(?!['’])\s+(?:now\s+|internally\s+)?(?:calls|dubs|has\s+dubbed|has\s+called|has\s+named|named|brands|has\s+branded)\s+"
        r"(?:the\s+)?(?P<o>" + PL + r")(?!['’])"),
    "dev_it_calls": re.compile(  # "its own platform, which it calls Agent OS", "an algorithm the company calls Giuseppe": any noun, a name read as a product
        r"\b(?!what\b|who\b|whom\b)[a-z][\w-]*,?\s+(?:that\s+|which\s+)?(?P<s>" + C + r")(?!['’])\s+(?:now\s+|internally\s+)?(?:calls|dubs|has\s+dubbed|has\s+called)\s+"
        r"(?P<o>«P\d+»(?:(?:\s*,\s*«[PU]\d+»)*,?\s+and\s+«[PU]\d+»)?)(?!['’])"),
    "dev_range_of": re.compile(  # "tubs such as the Lay-Z-Spa range of Bestway", "the Vela line of Kestrel"
        r"\b(?:[Tt]he|[Aa])\s+(?P<o>«[PU]\d+»)\s+(?:[a-z][\w-]*\s+)?(?:range|line|series|family|collection)\s+of\s+(?:the\s+)?(?:«[GLN]\d+»(?:-based|'s)?\s+)?(?P<s>" + C + r")(?!['’])"),
    "dev_noun_from": caseless(
        r"\bthe\s+(?P<o>" + P + r")\s+(?:[\w-]+\s+){0,2}?(?:browser|app|platform|service|assistant|model|chip|software|suite|engine|cloud|tool)\s+(?:from|by|of)\s+(?P<s>" + C + r")"),
    "dev_unit_of": caseless(
        r"(?P<o>" + P + r"),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:unit|division|arm|service|platform|business|brand|subsidiary)\s+of\s+(?P<s>" + C + r")"),
    "dev_obj_rel": caseless(
        r"(?P<o>" + PL + r")[,\"”']*\s+(?:(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\s+)?(?:that|which)\s+(?P<s>" + CL + r")\s+"
        r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|jointly|also|together)\s+)*"
        r"(?:developing|building|co-developing|developed|built|co-developed|designed|designing|created|creating|trained|training)\b"),
    "dev_which": caseless(
        r"(?P<s>" + C + r"),?\s+(?:which|that|who)\s+(?:\w+\s+)?(?:makes|made|develops|developed|builds|built|sells|sold|runs|operates|owns|created|creates|offers|launched|released|designs|designed)\s+(?:the\s+|its\s+|«[CU]\d+»'s\s+)?(?:(?!(?:at|in|on|across|near|from|for|with|to|into)\s)[\w-]+\s+){0,2}?(?P<o>" + PL + r")"),
    "dev_verb": caseless(
        r"(?P<s>" + C + r")(?:\s*,\s*(?:(?:a|an|the|whose|which|founded|co-founded|established)\b|«[CU]\d+»\s(?!(?:and|or|said|says|have|has|had|will|would)\b))[^;]{1,140}?,)?" + GAP(50) + r"\b(?:released|launched|unveiled|introduced|debuted|rolled\s+out|shipped|built|developed|created|trained|open-sourced|sells|runs|operates|makes|owns|releases|launches|unveils|introduces|develops|builds|presented|showcased|previewed|revealed|reveals|published|publishes|unveiling|launching|releasing|(?<=is\s)developing|(?<=was\s)developing|(?<=are\s)developing|(?<=were\s)developing|(?<=been\s)developing|(?<=been\s)building|(?:(?<=is\s)|(?<=are\s))building(?=\s+(?:its\s+|the\s+)?«[PU])|(?:maintains|maintained)(?=\s+(?:its\s+|the\s+)?«[PU])|(?<=to\s)(?:launch|release|unveil|introduce|ship|open-source))\b(?!\s+(?:with|on|in|into|for|at|by|to|from)\b)"
        r"(?!\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|a|an|the|its)\s+)?(?:[\d.]+\s*(?:%|per\s*cent|percent)|(?:[\w-]+\s+)?(?:stake|majority|minority|shares)\b))"
        r"(?P<mid>(?:[^«;\"”,]|,(?!\s+(?:has|have|had|is|are|was|were)\s)|«[CU]\d+»'s|«[GLMTN]\d+»){0,60}?)"
        r"(?<!\swith\s)(?<!\sfor\s)(?<!\sfrom\s)(?<!\sby\s)(?<!\sat\s)(?<!\son\s)(?<!\sin\s)(?<!\sinto\s)(?<!\salongside\s)(?P<o>" + PL + r")(?!')"),
    # "the company has added DeepConsult, a research agent, and X", "has added AI features including SongStarter": products it
    # added to its own line (not "added Llama to Bedrock", where a place follows)
    "dev_added": caseless(
        r"(?P<s>" + C + r")(?:,\s+(?:a|an|the)\s+(?:[^,;«]|«[GLN]\d+»){1,80},)?" + GAP(40) + r"\b(?:has\s+|have\s+|had\s+)?(?:added|adds)\s+"
        r"(?:(?:new\s+)?(?:AI\s+|generative\s+AI\s+|AI-powered\s+)?(?:features?|tools?|products?|capabilities|agents?|assistants?)\s+(?:including|such\s+as|like|called|named)\s+"
        r"|an?\s+(?:second|third|fourth|new|further)\s+(?:[\w-]+\s+)?(?:app|product|tool|service|model|platform|brand|game),\s+)?"
        r"(?P<o>«[PU]\d+»)(?!['’])(?=,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:agent|assistant|feature|tool|model|app|chatbot|product|service|copilot)\b"
        r"|,\s+which\s+|\s*[.;]|,?\s+and\s+«[PU]\d+»,\s+which)"),
    # "Kestrel, the company behind Vela," (the description resolved to a company), "Vela 3, from Kestrel,"
    "dev_behind": caseless(r"(?P<s>" + C + r"),\s+(?:«[CU]\d+»(?:\s+(?:company|firm|start-?up|startup|group|lab))?|(?:the|a|an)\s+(?:[\w-]+\s+|«[GLN]\d+»(?:-based)?\s+){0,3}?(?:company|firm|start-?up|startup|lab|team|group|people))\s+behind\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<o>" + _NOUNED_PL + r")"),
    "dev_from_bare": re.compile(r"(?P<o>«[PU]\d+»),\s+(?:(?:now|also)\s+)?(?:from|by)\s+(?:the\s+)?(?:«[GLN]\d+»(?:-based)?\s+)?(?P<s>" + C + r")(?!')\s*[,;.]"),
    # "Vela 3 is Kestrel's newest model", "Kestrel's agent platform, known as Vela,", "Kestrel rebranded its assistant as Vela"
    "dev_copula": caseless(
        r"(?P<o>" + PL + r")\s+(?:is|was|are|were|remains|became)\s+(?:now\s+|also\s+)?(?P<s>" + C + r")'s\s+(?:[\w-]+\s+){0,3}?(?:" + _PNOUNS_X + r")\b"
        r"|(?P<s2>" + C + r")'s\s+(?:[\w-]+\s+){0,3}?(?:" + _PNOUNS_X + r"),?\s+(?:known\s+as|called|named|dubbed|branded)\s+(?P<o2>" + PL + r")"
        r"|(?P<s3>" + C + r")" + GAP(30) + r"\b(?:rebranded|renamed|relaunched)\s+(?:its|their|the|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,3}?as\s+(?P<o3>" + PL + r")"
        r"|(?P<s4>" + C + r")'s\s+(?:(?:first|main|flagship|best-known|core|latest|newest|only|original|biggest)\s+)?(?:[\w-]+\s+)?(?:product|offering|model|app|platform)s?\s+"
        r"(?:is|was|are|were|remains)\s+(?:still\s+)?(?:the\s+)?(?P<o4>" + PL + r")(?!['’])"),
    "dev_brand": caseless(r"(?P<s>" + C + r")(?:[^;«]|«[GLMTNU]\d+»){0,100}?\bunder\s+(?:the|«[CU]\d+»'s|its|their)\s+(?:own\s+)?(?P<o>" + P + r")\s+(?:brand|label|trademark)\b"),
    "dev_by": caseless(r"(?P<o>" + PL + r")(?:,\s+(?:announced|unveiled|launched|released|introduced|published)\s+(?:[^,;«]|«T\d+»){0,40}?,)?(?:,\s+(?:the|an?)\s+(?:(?!(?:and|or|with|for|from|of|on|in)\s)[\w-]+\s+){1,4}?(?=(?:developed|built|made|created|designed|trained|released|launched|introduced|unveiled)\s)|,?\s+(?:(?:" + _PNOUNS_X + r")\s+)?(?:\w+\s+)?)(?:developed|built|made|created|designed|trained|released|launched|introduced|unveiled|owned|operated)\s+(?:(?:in|on)\s+)?(?:«T\d+»,?\s+)?by\s+(?:the\s+)?(?:«[GLN]\d+»(?:-based|'s)?\s+)?(?:(?:[a-z][\w-]*\s+){0,3}?(?:" + COMPANY_NOUNS + r")\s+)?(?P<s>" + C + r")"),
    # "the Halden Labs coding model Strata Coder 1.5", "the OpenAI reasoning model o3": the maker before the noun
    "dev_attrib": re.compile(r"\b[Tt]he\s+(?P<s>" + C + r")(?!')\s+(?:[a-z][\w-]*\s+){0,2}?(?:accelerator|chip|processor|model|assistant|chatbot|app|platform|agent)s?,?\s+(?P<o>" + PL + r")"),
    # "the Bramble-developed Thicket model", "the Samsung-made Gauss model"
    "dev_hyphen": re.compile(r"(?P<s>" + C + r")-(?:developed|made|built|designed|created)\s+(?P<o>" + PL + r")"),
    # "Revel 3 from Stockport-based Gable AI generates ...": the product from its maker, opening the sentence
    "dev_from_subject": re.compile(r"^(?:[Tt]he\s+)?(?P<o>«[PU]\d+»)\s+from\s+(?:the\s+)?(?:«[GLN]\d+»(?:-based|'s)?\s+)?"
                                   r"(?P<s>" + C + r")(?!')\s+(?:(?:is|are|was|were|has|have|had|can|will|now|also)\b|[a-z]+s\b)"),
    "dev_include": caseless(
        r"(?P<s>" + C + r")'s\s+(?:[\w-]+\s+){0,3}?(?:research|products?|models?|line-?up|offerings?|work|chatbots?|chips?)(?:,(?=\s+including\b))?\s+(?:[\w-]+\s+){0,2}?(?P<v>is|are|include|includes|included|including|comprises?)\b(?P<rest>[^;]*)"),
    # "Angry Birds maker Rovio", "Chicco owner Artsana": a product's name before its maker's, as a title ("owner" only of a known product)
    "dev_pre_maker": re.compile(
        r"(?<![\w'’-])(?P<o>«P\d+»|«U\d+»(?=\s+(?:maker|developer|creator|publisher)\b))\s+(?:maker|developer|creator|publisher|owner)\s+(?P<s>«[CU]\d+»)(?!['’])"),
    # "Its best-known products, the document-processing tool A and the search tool B, found customers"
    "dev_poss_list": caseless(
        r"(?P<s>" + C + r")'s\s+(?:[\w-]+\s+){0,2}?(?:products|models|tools|apps|offerings),\s+(?P<rest>(?:the\s+(?:[\w-]+\s+){0,2}?)?«[PU]\d+»"
        r"(?:,?\s+(?:and\s+)?(?:the\s+(?:[\w-]+\s+){0,2}?)?«[PU]\d+»)+),"),
}
_DEV_WORDS = {
    "dev_poss": ("'s",), "dev_from_subject": (" from ",), "dev_attrib": ("the ",), "dev_hyphen": ("-developed", "-made", "-built", "-designed", "-created"), "dev_appos_poss": ("»,",), "dev_from": ("»,",), "dev_appos_noun": ("»,",), "dev_appos_poss_noun": ("»,", "'s "), "dev_appos_built": ("»,",), "dev_which_made": ("which", "that"),
    "dev_maker": ("»,",), "dev_known_for": ("known for", "known among", "known in", "known to"), "dev_whose": ("whose",), "dev_calls": (" calls ", " dubs ", " dubbed ", " named ", " brands ", " branded "), "dev_it_calls": (" calls «p", " dubs «p", " dubbed «p", " called «p"), "dev_range_of": (" range of ", " line of ", " series of ", " family of ", " collection of "), "dev_unit_of": (" of «",), "dev_noun_from": (" from «", " by «", " of «"), "dev_which": ("which", "that", "who"), "dev_obj_rel": ("which", "that"),
    "dev_verb": ("releas", "launch", "building", "maintain", "open-source", "unveil", "introduc", "debut", "rolled", "shipped", "built", "develop", "creat", "train",
                 "sells", "runs", "operates", "makes", "owns", "builds", "presented", "showcased", "previewed", "revealed", "reveals", "publish",
                 "developing"),
    "dev_added": ("added", "adds"),
    "dev_by": (" by",), "dev_brand": ("under the", "under «", "under its", "under their"), "dev_behind": (" behind ",), "dev_from_bare": (", from «", ", by «", "now from «"),
    "dev_copula": ("»'s", "rebranded", "renamed", "relaunched"), "dev_include": ("is ", "are ", "includ", "compris"),
    "dev_poss_list": ("products,", "models,", "tools,", "apps,", "offerings,"),
    "dev_pre_maker": ("» maker «", "» developer «", "» creator «", "» publisher «", "» owner «"),
}
_PLACE_DESC = (r"(?:the\s+)?(?:(?:«[CU]\d+»'s|its|their)\s+(?:[\w-]+\s+){0,2}?(?:platform|service|marketplace|cloud|hub|catalogue|catalog|store|app|suite|studio),\s+|«[CU]\d+»'s\s+(?:own\s+)?|«[CU]\d+»\s+(?=«P)"
               r"|(?:its|their|the\s+company's|the\s+group's)\s+(?:own\s+)?(?=«P)"
               r"|(?:the\s+)?(?:[\w-]+\s+)?(?:catalogue|catalog|marketplace|store|library)\s+of\s+(?:«[CU]\d+»(?:'s)?\s+)?(?=«P))?")
"""What may stand before a platform's name: "Corvid's own service, «P»", "the «C»'s «P»"."""
_MORE_PLACES = caseless(
    r"(?:\s+(?:service|services|microservices?|platform|cloud|marketplace|store|hub|studio|catalog|catalogue|apps?|API|website|site|community|repository))?"
    r"(?:\s+(?:(?:since|from)\s+)?«T\d+»(?=,?\s+(?:and|or)(?:,\s+(?:(?:since|from|in)\s+)?«T\d+»,)?\s+(?:(?:has\s+|also\s+)*(?:arrived|landed|launched|went\s+live)\s+)?(?:on|through|via|in)\s|,\s+(?:on|through|via)\s))?"
    r"(?:,\s+(?:the|a|an|its|their|«[CU]\d+»'s)\s+(?:[^,;«]|«[CU]\d+»'s){1,60}?(?=,\s*(?:and|or|as\s+well\s+as)\s))?"
    r"(?:\s*,?\s*(?:and|or|as well as)\s*,?(?:\s*(?:is|are)\s+(?:also\s+|already\s+|now\s+)?(?:available|offered|hosted|integrated|sold|distributed|deployed|listed|folded)|\s*(?:has\s+|also\s+)*(?:arrived|landed|launched|went\s+live)(?=\s+(?:on|in)\s))?|\s*,)\s*(?:(?:(?:since|from|in|by)\s+)?«T\d+»\s*,\s*)?(?:(?:now|also)\s+)?(?:(?:from|at|since)\s+(?:launch|day\s+one)\s+)?(?:to\s+(?:[a-z]+\s+)?(?:customers|users|clients|companies|businesses|developers|subscribers|enterprises)\s+(?=through|via|on|in))?(?:on|through|via|in|inside|within|to|into|from)?\s*"
    + r"(?:to\s+«[CU]\d+»\s+(?:customers|users|clients|developers|subscribers)\s+(?:on|through|via|in)\s+)?" + _PLACE_DESC
    + r"«([PUC]\d+)»(?!'|\s+(?:customers|users|clients|developers|subscribers|has|have|had|is|are|was|were|will|would|can|could)\b)")
"""Further platforms after the first: "on Azure and on Amazon Bedrock", "through OCI and, since last year, on «P»"."""
_RUNS_ON = re.compile(r"(?P<o>«[PU]\d+»)(?:,[^,;«]{1,60},)?(?:[^«;]|«[GLMTN]\d+»){0,120}?(?:,?\s+and)?,?\s+(?:now\s+|also\s+|only\s+)?(?P<v>runs|run|is running|are running)\s+(?:only\s+)?on\s+(?:the\s+)?(?:«[CU]\d+»'s\s+)?(?P<p>«[PUC]\d+»)")
_AGENT_BEFORE = re.compile(r"\b(?:funded|backed|financed|owned|supported|led|founded|co-founded|set\s+up|started|established)\s+(?:(?:in\s+)?«T\d+»\s+)?by\s+(?:[^,;]|«[CU]\d+»)*$")
_WHERE_HOSTED = re.compile(
    r"(?P<p>«[PU]\d+»),?\s+where\s+(?:«[CU]\d+»'s\s+)?(?:[\w-]+,?\s+){0,3}?(?P<o>«[PU]\d+»),?\s+(?:will\s+be|is|are|was|were|has\s+been)\s+"
    r"(?:also\s+)?(?P<v>hosted|offered|available|deployed|sold|run|served)\b")
_HOSTS = re.compile(r"(?P<p>«[PUC]\d+»)(?:(?P<p2>(?:,\s+«[PUC]\d+»)*,?\s+and\s+«[PUC]\d+»)(?:\s+(?:both|all))?)?(?:,(?:[^,;«]|«[CUGLN]\d+»){1,60},)?(?:,?\s+(?:which|that))?,?\s+(?:(?:now|also|already|has|have|had|since|recently)\s+)*"
                    r"(?P<v>hosts|hosted|carries|carried|serves|served|sells|sold|offers|offered|lists|listed|added|adds|(?<=[lh»] )(?:host|carry|serve|sell|offer|list)|"
                    r"(?:began|begun|begins|started|starts|is|are|was|were|has\s+been)\s+(?:serving|offering|hosting|selling|listing|carrying))\s+(?=(?P<rest>[^;]*))")
_ADDED_TO_ITS = caseless(
    r"(?P<p>«[PUC]\d+»)(?:,(?:[^,;«]|«[CUGLN]\d+»){1,60},)?\s+(?:(?:has|have|had|also|now|quickly|already)\s+)*(?P<v>added|adds|brought|brings|put|puts)\s+"
    r"(?P<rest>(?:[^;«]|«[PUMT]\d+»|«[CU]\d+»'s){1,80}?)\s+(?:to|into|onto)\s+(?:its|their|«[CPU]\d+»'s)\s+(?:own\s+)?(?:[\w-]+\s+)?"
    r"(?:library|catalog|catalogue|platform|store|marketplace|garden|lineup|line-up|menu|hub|service|app|offering)\b")
"""'Ollama added the smaller Qwen3 models to its library': what a platform adds to its own catalogue."""
_PUT_ON = caseless(
    r"\b(?P<v>added|adds|adding|brought|brings|put|puts|putting|released|releases|published|publishes|open-sourced|uploaded|uploads|"
    r"listed|lists)\s+(?P<rest>(?:[^;«]|«[CPUMTGLN]\d+»){1,120}?)\s+(?:to|on|onto|into|in|inside|within|through|via)\s+(?:the\s+|its\s+|«[CU]\d+»'s\s+)?"
    r"(?P<p>«[PUC]\d+»)(?:'s\s+«U\d+»)?(?!')")
"""'Alibaba Cloud added DeepSeek's R1 and V3 models to Model Studio', 'released Kimi K2 on Friday ... on Hugging Face'."""
_SOLD_THROUGH = caseless(
    r"\b(?P<v>sold|sells|selling|resold|resells|reselling|distributed|distributes|distributing|marketed|markets|marketing)\s+(?P<rest>(?:(?!,\s+(?:and|but|while)\s)[^;«]|«[CPUMTGLN]\d+»){1,80}?)"
    r"\s+(?:through|via)\s+(?:the\s+|its\s+|«[CU]\d+»'s\s+)?(?P<p>«[PUC]\d+»)(?:'s\s+«U\d+»)?(?!')")
"""'Secureworks has also sold Taegis through the AWS Marketplace': a seller's product on the store it sells through (not 'sold X to Y',
a sale)."""
_SOLD_THROUGH_WORDS = (" through ", " via ")
_PUT_OBJECT = re.compile(r"«([PU])(\d+)»(?:(?!')|(?='s\s+(?:(?:open|open-weight|model)\s+)?weights\b))")
"""A put-on verb's object: a name, or a name's weights ("published Kalder-R1's weights on Hugging Face"), not another possessor."""
_PRODUCT_LEAD = caseless(r"(?:a|an|the|its|their|«[cu]\d+»'s)\s+(?:[a-z][a-z-]*\s+){0,3}?(?:" + _PNOUNS_X + r"|polic(?:y|ies))")
"""What a put-on verb's unknown object may follow as its description: 'released a small open model, «U», on Hugging Face'."""
_DEAL_NOUN_WORDS = ("partnership", "alliance", "collaboration", "agreement", "deal", "pact", "contract", "tie-up", "joint venture", "memorand", " mou", "licen",
                   "framework")
_PUT_ON_WORDS = ("added", "adds", "adding", "brought", "brings", "put", "released", "releases", "published", "publishes",
                 "open-sourced", "uploaded", "uploads", "listed", "lists")
_CAME_WORDS = ("came from", "comes from", "come from")
_FORMED_WORDS = ("formed", "set up", "created", "launched", "established", "built", "developed", "designed", "trained")
_ADDED_TO = re.compile(r"\b(?:to|into|onto)\s+(?:the\s+|its\s+|«[CU]\d+»'s\s+)?«[PUC]\d+»")
_DEAL_NOUNS = r"(?:partnerships?|alliances?|collaborations?|agreements?|deals?|pacts?|contracts?|tie-ups?|joint\s+ventures?|memorand(?:um|a)|MoUs?|licen[cs]es?|frameworks?)"
_HAS_DEAL_WITH = caseless(
    r"(?P<s>«[CU]\d+»)(?:\s*,\s*(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»|«[CU]\d+»(?=\s+[a-z])){1,80},|\s*,\s*for\s+(?:its|«[CUA]\d+»'s)\s+part,"
    r"|(?P<far>(?:[^;«]|«[GLMTNAP]\d+»|«[CU]\d+»'s|«[CU]\d+»(?=\s+(?:[a-z]|«[TM]))){1,150}?(?:,?\s+and(?=\s+(?:(?:also|now|already|has|have|had|since|then|later|last\s+year)\s+)*(?:signed|struck|inked|sealed|signing|striking|inking|sealing)\b)"
    r"|,?(?=\s+(?:by|after|since)\s+(?:signing|striking|inking|sealing)\b)|,(?=\s+(?:signing|striking|inking|sealing|agreeing|forging)\b))))?"
    r"\s+(?:(?:also|now|already|has|have|had|since|then|later|last\s+year|(?:in\s+|on\s+)?«T\d+»)\s+)*"
    r"(?P<v>has|had|have|holds|held|brings|brought|signed|struck|inked|sealed|announced|formed|set\s+up|established|extended|expanded|renewed|entered\s+into|agreed|reached|forged|"
    r"noted|highlighted|cited|touted|pointed\s+to|praised|"
    r"(?:by\s+|after\s+|since\s+)?(?:signing|striking|inking|sealing)|(?<=, )(?:agreeing|forging))\s+"
    r"(?:(?:a|an|its|their|the|two|three|several|first|new|second|«[CUA]\d+»'s)\s+)?(?:(?:[\w-]+|«T\d+»|«M\d+»),?\s+){0,5}?" + _DEAL_NOUNS
    + r"(?:\s+(?:since|in|from)\s+«T\d+»)?\s*,?\s+(?:with|to\s+(?:make|build|supply|provide|produce|manufacture|deliver)\b(?:[^;«]|«[MT]\d+»){0,60}?\bfor|to\s+(?:supply|provide|equip)(?=\s+«[CU]\d+»\s+with\b)"
    r"|to\s+(?:buy|purchase|source|license|licence)\b(?:[^;«]|«[MT]\d+»){0,60}?\bfrom)\s+"
    r"(?P<o>(?:(?:the|its|their|«A\d+»'s)\s+(?:[\w-]+\s+){0,4}?|(?:[a-z][\w-]*\s+){1,4}?)?«[CU]\d+»(?!'(?!s\s+[a-z]))(?:\s+in\s+«[NLG]\d+»)?"
    r"(?:(?:\s*,\s*|,?\s+and\s+(?:with\s+)?|,?\s+and,\s+«T\d+»,\s+)(?:(?:the|its|their|«A\d+»'s)\s+(?:[\w-]+\s+){0,2}?|(?:(?!(?:in|into|with|to|from|of|by|for|on|at|over|which|that|who|whose|where)\s)[a-z][\w-]*\s+){1,3}?)?«[CU]\d+»(?!')(?:\s+in\s+«[NLG]\d+»)?)*)")
"""'Exscientia has a multi-target collaboration with Sanofi', 'signed its first two pharmaceutical collaborations, with Eli Lilly
and with Novartis', 'brings its 2021 neuroscience alliance with Roche and its subsidiary Genentech', 'has had a multiyear
partnership since November 2021 with Cohere'."""
_SIGNED_UP = caseless(
    r"(?P<s>«[CU]\d+»)(?!')(?:[^;«]|«[GLMTNA]\d+»){0,60}?\b(?P<v>signed\s+up|signs\s+up|has\s+signed\s+up|enlisted|lined\s+up)\s+"
    r"(?:(?:[\w-]+\s+){0,3}?(?:partners|integrators|resellers|distributors|suppliers|manufacturers|consultancies|firms)\s*(?:[-–—,:]|\(|,\s+including)\s*)?"
    r"(?P<o>" + CLD + r")(?!')")
"""'HPE has signed up four systems integrators - Deloitte, HCLTech, Infosys and Wipro -', 'signed up A and B as resellers': partners (not
customers: a customer stays no partner)."""
_OWNER_NOUN_AFTER = caseless(r"\s+(?:" + COMPANY_NOUNS + r"|dealer|unit|arm|division|affiliate|portfolio\s+company)\b")
"""A company noun after a name: "the London-based Alphabet company" describes another company, whose owner Alphabet is."""
_PARTNERS_NAMED = caseless(
    r"\b(?:(?P<v>with|through|via|from)\s+(?:[\w-]+\s+){0,2}?partners\s+(?:including|such\s+as|like)\s+" + OBJ + r"(?P<o>" + CLD + r")"
    r"|(?P<v2>with|signing|signed|naming|named|bringing\s+in|brought\s+in|adding|added|enlisting|enlisted|choosing|chose|selecting|selected)\s+"
    + OBJ + r"(?P<o2>" + CLD + r")\s+as\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?partners\b)")
"""'Visa launched X ... with partners including A, B and C', 'built by G42 with A and B as partners', 'signing A, B and C as the
first partners': each is a partner of the company the clause is about (the nearest one named before, not a possessive or after a
preposition)."""
_SUBJ_BEFORE = re.compile(r"(?<!\bof )(?<!\bfor )(?<!\bto )(?<!\bat )(?<!\bfrom )(?<!\bwith )(?<!\bin )(?<!\bon )«[CU](\d+)»(?!['’])")
_UNDER_AGREEMENT = caseless(
    r"^(?:[^«;]|«[TMGLN]\d+»)*?(?P<s>«[CU]\d+»)(?!')(?P<mid>(?:[^;«]|«[TMGLNPU]\d+»|«[CU]\d+»(?:'s)?){1,140}?)\s+(?P<v>under|as\s+part\s+of|(?:through|via)(?=\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance|collaboration)\b))\s+"
    r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:partnership|agreement|alliance|collaboration|contract|deal|pact)\b(?!\s+with\b)")
"""'Chai trains its models on Amazon Web Services under a strategic collaboration agreement signed last year': the subject and
the one other company its clause names are partners."""
_SUPPLIED_UNDER = caseless(
    r"\b(?P<v>from|by|to|through|via)\s+(?:«[GLN]\d+»'s\s+)?(?:the\s+)?(?P<o>«[CU]\d+»)(?!['’])(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLNU]\d+»(?:,\s+(?=«[GLN]\d+»))?){1,80}?,|,\s+(?P<ap>«[CU]\d+»),|,)?"
    r"(?:\s+(?:since\s+)?«T\d+»)?\s+under\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|deal)\b(?!\s+with\b)")
"""'... comes mainly from Teslow Textile, a South Korean mill, under a supply agreement', 'have been supplied since 2021 by
Tyneside's Teslow Supplies under a supply agreement': the supplier and the company supplied are partners."""
_OWNER_BY_BEFORE = re.compile(r"\b(?:backed|owned|funded|controlled|founded|acquired|bought|led|run|set\s+up|financed|started)\s+$")
_POSS_DISTRIBUTED_BY = caseless(
    r"(?P<a>«[CU]\d+»)['’]s\s+(?!(?:[a-z][\w-]*\s+){0,2}?(?:shares|stake|stock|business|unit|division|assets|debt|bonds)\b)(?:[a-z][\w-]*\s+){1,3}?"
    r"(?:have\s+been|has\s+been|are|is|were|was|will\s+be)\s+(?:(?:also|now|mainly|largely|mostly|exclusively)\s+)?"
    r"(?P<v>distributed|carried|stocked|resold|marketed|manufactured|assembled)\s+(?:[^,;«]|«[LGNT]\d+»){0,60}?\bby\s+(?:«[GLN]\d+»['’]s\s+)?(?:the\s+)?(?P<b>«[CU]\d+»)(?!['’])")
"""'Since 2022, Farsley's products have been distributed in North America by Bucktown Pro Distribution': distributor and maker
are partners."""
_OWN_BUYS_LIST = caseless(
    r"(?P<s>«[CU]\d+»)['’]s\s+(?:[\w-]+\s+){0,4}?(?P<v>acquisitions|purchases|takeovers)(?:,\s+(?:including|such\s+as|among\s+them)|\s+(?:include|included|includes|"
    r"have\s+included|has\s+included))\s+(?P<o>«[CU]\d+»(?!['’])(?:\s+for\s+«M\d+»)?(?:\s+(?:in\s+)?«T\d+»)?(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»(?!['’])"
    r"(?:\s+for\s+«M\d+»)?(?:\s+(?:in\s+)?«T\d+»)?)*)")
"""'Zendesk's own AI acquisitions, including Klaus and Ultimate', 'Salesforce's earlier purchases, including Tableau for $15.7
billion in 2019 and MuleSoft ...': what a company's purchases include, it bought (a company named, not "its")."""
_TOP_CUSTOMER = caseless(
    r"(?P<a>«[CU]\d+»)['’]s\s+(?:(?:single\s+)?(?:largest|biggest|main|first|anchor|key|flagship|second-largest|most\s+important)\s+)(?:customer|client)\s+"
    r"(?P<v>is|was|has\s+been|remains)\s+(?:believed\s+to\s+be\s+)?(?:the\s+)?(?P<b>«[CU]\d+»)(?!['’])(?P<rest>[^;]*)")
"""'Its largest customer is Mythen Mietpark, a Swiss rental group that has used Flottaro ... under an agreement signed in 2023':
a customer under an agreement the sentence names is a partner."""
_AGREEMENT_WORD = caseless(r"\b(?:agreement|contract|deal|partnership)\b")
_POSS_PURCHASE_WAS = caseless(
    r"(?P<s>«[CU]\d+»)['’]s\s+(?:(?:first|latest|biggest|largest|most\s+recent|second|third|last|previous|earlier|only)\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?P<n>purchase|acquisition|takeover|investment)\s+(?P<v>was|is|came\s+in|followed\s+in)\s+(?:«T\d+»\s*,?\s+)?(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?)?"
    r"(?P<o>«[CU]\d+»)(?!['’])")
"""'Its first purchase was the Galway rehearsal complex Rahoon Rooms in 2022': the possessor bought it (an investment: invested in it)."""
_SUPPLIED_PARTY = re.compile(r"«[CU](\d+)»(?P<poss>['’]s)?")
_UNDER_SIGNED_WITH = caseless(
    r"^(?:[\"“‘]\s*)?(?:under|as\s+part\s+of|through)\s+(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|partnership|deal|contract|arrangement|alliance|"
    r"collaboration|pact)\s+(?:(?:first\s+)?(?:signed|struck|reached|agreed|formed))\s+with\s+(?:the\s+)?(?P<o>«[CU]\d+»)(?!['’])(?:,\s+(?:the|a|an)\s+[^,;«]{1,60})?"
    r"(?:\s+(?:in\s+|on\s+|last\s+|this\s+)?«T\d+»)?,\s+(?:the\s+)?(?P<s>«[CUP]\d+»)")
"""'Under a partnership signed with Microsoft in February 2024, Sarvam's models are offered to Azure customers': the company the
main clause names (or the maker of its product: "Under a business alliance signed with FamilyMart in 2022, TX SCARA is ...")."""
_NAME_IDX_CU = re.compile(r"«[CU](\d+)»")
_APPOS_RELATIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?\s+(?:that|which)\s+(?:(?:also|now|still|already|currently)\s+)?")
"""An apposition's relative clause ("SK Square, the holding company that owns 20% of SK hynix"): its head is the name before it."""
_REL_PRONOUN_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:(?:also|now|still|already|currently)\s+)?$")
"""A relative pronoun right before a verb: the clause's head, not the name nearest before it, is the verb's subject."""
_person_named = lru_cache(maxsize=4096)(looks_like_person)
""":func:`looks_like_person`, asked once a name: every candidate deal asks it of both its parties."""
_SHARE_HELD = (r"(?:the\s+)?(?:(?:remaining|other|outstanding|rest\s+of\s+the)\s+)?(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?"
               r"\d[\d.]*\s*(?:%|percent|per\s+cent)")
"""A holder's share, its verb left out: "the remaining 35%", "about 10 per cent"."""
_PCT = r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
_PCT_RX = re.compile(_PCT)
"""A percentage ("51 per cent", "49.9%")."""
_GAPPED_SHARE = re.compile(r"\s+" + _SHARE_HELD + r"(?!\s+(?:of|in|stake)\b)(?!\w)")
"""A share after a name that ends a list of what a holder holds: the name is a second holder, the verb left out."""
_GAPPED_HOLDERS = re.compile(r",?\s+(?:and\s+(?:«[GLN]\d+»'s\s+)?(?P<s>" + CL + r")|with\s+(?:«[GLN]\d+»'s\s+)?(?P<s2>" + CL + r")\s+holding)\s+"
                             + _SHARE_HELD + r"(?:\s+each)?(?!\w)")
"""'..., in which TSMC holds 70% and Bosch, Infineon and NXP 10% each': the verb left out, the holders after it hold too."""
_ALSO_HOLDS = caseless(r"(?:;|,\s+(?:and|while|whereas)|\s+(?:and|while|whereas))\s+(?P<s>«[CU]\d+»)\s+(?:also\s+)?"
                      r"(?P<v>holds|owns|has|held|owned|had|controls|controlled)\s+(?:(?:about|around|roughly|nearly|some|almost|another|a\s+further|"
                      r"more\s+than|less\s+than|just\s+over|just\s+under)\s+)?(?P<pc>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)(?!\s+(?:of|in|stake)\b)")
"""'; Foundation Capital holds about 9%': a second holder of the stake the clause before gave, its company left out."""
_DEV_WITH = caseless(
    r"(?P<s>" + CL + r")(?!['’])" + _SUBJ_APPOS + r"(?P<gap>" + GAPX(80) + r")(?<![\w-])(?P<v>(?:co-)?develop(?:s|ed|ing)?|(?:co-)?design(?:s|ed|ing)?|"
    r"(?:co-)?build(?:s|ing)?|(?:co-)?built|co-engineer(?:s|ed|ing)?|co-creat(?:e|es|ed|ing))\s+"
    r"(?:(?:(?!\b(?:raised|led|said|says|which|that|who|whose|while|but|talks)\b|,\s+(?:and|but|while)\s|\band\s+(?:is|are|was|were|has|have|had|will|would)\b)"
    r"(?:[^;«]|«[PUGLNMT]\d+»(?:'s)?|«[CU]\d+»'s)){1,80}?,?\s+(?:together\s+)?with\s+|(?:together\s+|jointly\s+)?with\s+)" + OBJ
    + r"(?P<o>" + CL_NP + r")(?!['’]|\s+(?:also\s+|both\s+)?[a-z]+ing\b|\s+(?:chips?|GPUs?|processors?|accelerators?|hardware|technology|technologies|systems?|servers?|software|"
    r"models?|funding|money|backing|support|help|tools?|data|cloud|APIs?)\b)")
"""'agreed to build an AI factory with Nvidia', 'has co-developed models with it': two companies making something together."""
_MADE_BEFORE = re.compile(r"«[PU](\d+)»(?:,\s+(?:the|a|an|its)\s+(?:[^,;«]|«[GLN]\d+»){0,80}?|,)?\s+(?:that|which)\s+$")
"""A thing named before a relative clause whose subject made it: "Takane, the Japanese-language model that ", "Zora AI, which "."""
_ING_AUX = caseless(r"\b(?:is|are|was|were|be|been|being|also|jointly|now|still|currently|already|and|together)\s+$")
"""What stands before a participle that is the clause's verb ('is also building'), not a description ('a start-up building')."""
_AND_VERB_GAP = re.compile(r",\s+and\s+(?:(?:is|are|was|were|has|have|had|will|would|also|now|then)\s+)*(?:(?:agreed|agrees|promised|pledged|decided|signed\s+on)\s+to\s+)?$")
"""'X has received ¥920bn ..., and is developing its process with IBM', '... from investors including A and B, and had agreed to
develop models with C': the verb's subject is the sentence's, not the name before it."""
_DEV_WITH_WORDS = ("develop", "design", "build", "built", "co-engineer", "co-creat")
_DEV_WITH_CUE = re.compile(r"(?<![\w-])(?:co-)?(?:develop(?:s|ed|ing)?|design(?:s|ed|ing)?|build(?:s|ing)?|built|engineer(?:s|ed|ing)?|creat(?:e|es|ed|ing))\s(?:[^;]*?\s)?with\s")
"""One scan for a making verb with a "with" after it, before `_DEV_WITH` tries every name in the sentence as its subject."""
_KEEPING = caseless(r"(?:[^;«]|«[MT]\d+»){0,40}?,\s+(?:while\s+)?(?:keeping|retaining|holding\s+on\s+to)\s+(?:the\s+)?(?:remaining\s+|other\s+|rest\s+of\s+the\s+)?(?P<pc>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")
"""'sell 51% of its Altera unit to Silver Lake, keeping the remaining 49%': the seller keeps a holding."""
_SELLER = re.compile(r"(?P<s>«[CU]\d+»)(?!')(?:[^;«]|«[TM]\d+»){0,60}?$")
"""The last name before "sold" with nothing but words and dates between: the seller."""
_JV_NAMED_AFTER = re.compile(r"(?P<l>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*),\s+(?P<jv>«[CU]\d+»),")
"""A venture's partners, then its name between commas: "with Horizon Robotics, Carizon,"."""
_JV_NAMED = caseless(
    r"(?P<j>«[CU]\d+»)(?:\s+\([^)]{1,12}\))?(?:,\s+|\s+(?:is|was|started\s+(?:life\s+)?as|began\s+as|remains)\s+)(?:(?P<x>«[CU]\d+»)'s|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<v>joint\s+venture)(?:\s+in\s+«[GN]\d+»)?,?\s+(?:(?:that|which)\s+(?P<x2>«[CU]\d+»)\s+(?:had\s+|has\s+)?"
    r"(?:set\s+up|formed|created|established|launched)\s+(?:«T\d+»\s+)?)?(?:with|between|of)\s+" + OBJ + r"(?P<l>" + CLD + r")"
    r"|(?P<x3>«[CU]\d+»)\s+(?:(?:has|had|have|also|jointly|«T\d+»)\s+)*(?:formed|set\s+up|created|established|launched)\s+(?P<j2>«[CU]\d+»),\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<v2>joint\s+venture)(?:\s+in\s+«[GN]\d+»)?,?\s+with\s+" + OBJ + r"(?P<l2>" + CLD + r")")
"""A joint venture by name, and who set it up: "ESMC, TSMC's joint venture with Bosch, Infineon and NXP", "Annalise.ai, a joint venture
that Harrison.ai set up with I-MED", "Hygon started life as a joint venture between Sugon and AMD", "formed SB Tempus, a joint venture
in Japan, with SoftBank Group": each founder owns a share of it, and they partner."""
_INVESTMENT_BY = caseless(
    r"\b(?P<v>(?:equity\s+|strategic\s+|minority\s+|direct\s+)?(?:investment|stake))\s+(?:of\s+(?:about\s+|roughly\s+|some\s+)?«M\d+»\s+)?by\s+"
    r"(?:the\s+)?(?P<s>«[CU]\d+»)(?!')\s+(?:in|into)\s+" + OBJ + r"(?P<o>«[CU]\d+»)(?!')")
"""'a deal that included an equity investment by Novartis in Generate:Biomedicines'."""
_HAS_DEAL_WITH_NEAR = caseless(_HAS_DEAL_WITH.pattern.replace(
    _HAS_DEAL_WITH.pattern[_HAS_DEAL_WITH.pattern.index("|(?P<far>"):_HAS_DEAL_WITH.pattern.index("))))?") + 4], ")", 1))
""":data:`_HAS_DEAL_WITH` without its long reach to a later "and signed" or "by signing", for the sentences that hold neither (a tenth
of its cost)."""
_BULLET_DEAL = caseless(r"[-•*–]\s+(?:a|an|its|our|their)\s+(?:(?:[\w-]+|«[TM]\d+»),?\s+){0,4}?(?P<v>" + _DEAL_NOUNS + r")\s+with\s+" + OBJ + r"(?P<o>«[CU]\d+»)(?!')")
"""A bulleted deal with no subject: "- A distribution agreement with Access Bank, signed in January" (the text's company's)."""
BULLETS = ("-", "•", "*", "–")
"""The characters a list's item opens with."""
_BULLET_ACQUISITION = re.compile(r"[-•*–]\s+(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur)\s+(?:completed\s+|closed\s+|finali[sz]ed\s+|«M\d+»\s+)*(?P<v>acquisition|purchase|takeover)\s+of\s+(?:the\s+)?(?P<o>«[CU]\d+»)(?!')")
"""A bulleted purchase with no buyer: "- The completed acquisition of Stemmeværk, an Ikast start-up" (the list's company's)."""
_LISTED_OR_GOVERNED = re.compile(r"(?:\b(?:in|into|with|from|of|for|on|to|by|at|covering|including|and|or)|,)\s+$")
"""What stands before a name that is no clause's subject: a preposition, a list."""
_FAR_SIGNING = ("signing", "striking", "inking", "sealing", "signed", "struck", "inked", "sealed", "agreeing", "forging")
_UNDER_LICENCE_FROM = caseless(
    r"(?P<s>«[CU]\d+»)(?!['’])(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60},)?\s+(?:(?:has|had|have|also|now|long)\s+)*(?:[a-z]+s|[a-z]+ed|sold|built|run|runs|ran)\s+"
    r"(?:[^«;]|«[CU]\d+»'s|«[GLNTM]\d+»){0,80}?\b(?P<v>under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?licen[cs]e)\s+(?:agreement\s+)?(?:from|with)\s+(?P<o>«[CU]\d+»)(?!['’])")
"""'Bleu, a French company, sells Microsoft's Azure under a licence from Microsoft', 'has sold Nokia-branded phones under a licence
from Nokia since 2016': a licensee and its licensor."""
_JOIN_IN_DOING = caseless(
    r"(?P<s>«[CU]\d+»)(?!['’])(?:[^«;,]|«T\d+»){0,40}?\b(?P<v>join(?:s|ed|ing)?)\s+(?P<o>«[CU]\d+»)(?!['’])(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60},|,\s+«[CU]\d+»,)?"
    r"\s+in\s+(?:[a-z]+ing|the\s+(?:design|development|construction|building)\s+of)\b")
"""'agreed in May to join G42, the Abu Dhabi AI group, in building Stargate UAE', 'would join Fujitsu in designing': work done together."""
_LAUNCHED_WITH_NOUNS = ("program", "initiative", "lab", "research cent", "of excellence", "consorti", "network")
_UNDERTAKING_HEADS = frozenset("Lab Labs Laboratory Network Programme Program Initiative Centre Center Consortium Hub Academy Accelerator".split())
"""Last words of a named joint undertaking: 'set up an AI Innovation Lab with Microsoft'."""
_LAUNCHED_WITH = caseless(
    r"(?P<s>«[CU]\d+»)(?!['’])(?:\s*,\s*(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,80},)?\s+(?:(?:also|has|have|had|jointly|recently|(?:in\s+|on\s+)?«T\d+»)\s+)*"
    r"(?P<v>launched|started|set\s+up|created|established|formed|opened|co-founded)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:programmes?|programs?|initiatives?|labs?|laborator(?:y|ies)|research\s+(?:centres?|centers?)|cent(?:re|er)s?\s+of\s+excellence|consortium|consortia|networks?|(?P<n>«[PU]\d+»))"
    r"\s+(?:(?:in\s+|on\s+)?«T\d+»\s+)?(?:together\s+|jointly\s+)?with\s+(?:the\s+)?(?P<o>«[CU]\d+»(?!['’])(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?«[CU]\d+»(?!['’]))*)")
"""'Perplexity launched a revenue-sharing programme in July with Time, Der Spiegel and Fortune', 'set up an AI lab with Microsoft':
a joint undertaking, a partnership with each company named."""
_AND_DEAL_WITH = caseless(
    r",?\s+and\s+(?:a|an|its|their|«[CUA]\d+»'s)\s+(?:(?:[\w-]+|«T\d+»|«M\d+»)\s+){0,4}?" + _DEAL_NOUNS + r"\s+with\s+(?P<o>«[CU]\d+»)(?!')")
"""'..., and a fibrosis collaboration with Bayer': another deal of the same subject."""
_APP_APPOS = caseless(r",\s+(?:[^,;«]|«[CU]\d+»'s){0,40}?\b(?:app|platform|service|chatbot|assistant|cloud|marketplace|store|hub)\b")
_DOWNLOADED_FROM = caseless(
    r"(?P<o>" + PL + r")(?:\s+(?:[\w-]+\s+){0,2}?(?:models?|family|weights))?(?:[^;«]){0,80}?\b(?P<v>downloaded|downloadable)\b[^;«]{0,40}?"
    r"\bfrom\s+(?:the\s+)?(?P<p>«[PUC]\d+»)")
"""'its ChatGLM open-source models have been downloaded tens of millions of times from the Hugging Face platform'."""
_WHERE_BEFORE = caseless(r"\b(?:in|on|inside|within|through|via|to|into|onto)\s+(?:the\s+)?(?:«[A-Z]\d+»'s\s+)?$")
_OFFERED_BY = caseless(
    r"(?P<o>" + PL + r")(?:\s+[\w-]+)?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+|already\s+)?(?P<v>offered|hosted|sold|served|carried|rented\s+out)\s+by\s+"
    r"(?:[\w-]+\s+){0,5}?(?:[\w-]+,?\s+(?:including|such\s+as|among\s+them|like)\s+)?(?P<rest>«[PUC]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[PUC]\d+»)*)")
"""'Nvidia's H100 is offered by every major cloud provider, including Azure, AWS and Google Cloud'."""
_ON_ITS_SERVICE = caseless(r"\b(?:on|through|via|in)\s+(?:the|its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,3}?(?:service|platform|marketplace|store|catalogue|catalog|hub)\b"
                           r"|\b(?:on|through|via|in)\s+(?:its|their|«[CU]\d+»'s)\s+(?:own\s+)?«[PU]\d+»")
"""'... on the service', 'in its AI Model Hub': a company's own service, named or not, is where it offers the models."""
_REL_CLOSE = re.compile(r",\s+(?:(?:also|now|still|already)\s+)?(?:does|did|do|is|are|was|were|has|have|had|will|would|can|could|[a-z]+(?:s|ed))\b")
"""Where a relative clause closes and its head's own verb follows: '..., which hosts A through B, does not offer C'."""
_AS_DID = re.compile(r",\s+as\s+(?:did|does|do|have|has|had|will|would)\s+(?:(?:the|its|«[CU]\d+»'s)\s+)?(?P<p>«[PUC]\d+»)(?!')")
"""', as did IBM's watsonx.ai': one more subject of the verb before, not one more object."""
_ON_PLATFORM = re.compile(r"\b(?:on|through|via|in)\s+(?:its\s+(?:own\s+)?|the\s+)?«P(\d+)»")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:«[^»]+»(?:'s)?\s+|[a-z]+\s+){1,3}?(?:now\s+|also\s+)?[a-z]+s\b")
"""", and Amazon Bedrock sells ...": the next clause, with its own subject and verb."""
_HOST_WORDS = ("hosts", "hosted", "carries", "carried", "serves", "served", "sells", "sold", "offers", "offered", "lists", "listed", "added", "adds",
               "serving", "offering", "hosting", "selling", "listing", "carrying", " host ", " serve ", " carry ", " sell ", " offer ", " list ")
_PLATFORM_AFTER = caseless(r"\s+(?:platform|cloud|marketplace|store|hub|catalogue|catalog|suite|studio)\b")
_CANCELLED = caseless(r"\b(?:abandon\w*|scrap(?:s|ped|ping)?|call(?:s|ed)?\s+off|cancel\w*|terminat\w*|walk(?:s|ed)?\s+away|fell\s+through|collaps\w*|blocked|withdr[ae]w\w*)\b")
_ACQ_REL_APPOS = caseless(_RX["acq_active"].pattern.replace(r"(?P<ap>)", REL_APPOS, 1))
_INV_REL_APPOS = caseless(_RX["inv_active"].pattern.replace(r"(?P<ap>)", REL_APPOS, 1))
"""'Meta, which had its own talks with Perplexity this year, instead invested $14.3bn in Scale AI': the subject before the clause."""
_OTHER_SUBJECT = caseless(r"\b(?:whose|which|that|its|their|who)\b")
_LAST_NAME_IN_APPOS = re.compile(r"«[CU](\d+)»,\s*$")
"""A subject's apposition that ends on a name of its own ("X, the company that has belonged since 2019 to «Y»,")."""
_OWN_REL_BEFORE_VERB = re.compile(r"\s*(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?\b(?:that|which)\s+(?:[a-z]+\s+)?")
"""Read with ``fullmatch`` up to a verb: that name's own apposition and relative clause ("the holding company that")."""
_SIGNED_BY_REL = caseless(r"(?:\s*,)?\s+(?:that|which)\s+«[CU](\d+)»(?!['’])\s+(?:(?:has|had|have|also|first|then|later|only|originally)\s+)*"
                          r"(?:signed|struck|inked|sealed|concluded|negotiated|renewed|extended|agreed|holds|has|had)\b")
"""A deal's own signer after its partner ("an agreement with AWS that CENIA signed"): the party to the deal."""
_CLOSED_REL_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,3},\s+(?:which|that)\s+[^;«]{1,100}?,\s*")
"""A relative clause closed by its comma after a product's name and noun: "«U1» fleet-monitoring portal, which tracks cranes,"."""
_AV_VERB_WORDS = ("offer", "put", "bring", "brought", "deploy", "host", "add", "integrat", "use", "access", "reach", "run",
                  "try", "call", "distribut", "sell", "resell", "plug", "buy", "bought", "roll", "expand", "extend", "port", "licen")
_REL_WORDS = (" which ", " that ", " whose ", " who ")
_REL_SUBJECT = caseless(r"\b(?:in\s+which|which|that|whom)\s+(?:[^,;«]|«[GLMTN]\d+»|«[CU]\d+»'s)*$")
_LIST_BEFORE_APPOS = re.compile(r"(?P<l>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*),\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?$")
_FACILITY_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:office|offices|site|sites|centre|center|plant|factory|mine|mines|campus|headquarters|warehouse|"
                             r"hub|facility|facilities|depot|yard|store|branch|base|studio|lab|laboratory|works|mill|port|terminal)\b")
"""A place of work after a name: "«U»'s Wakefield preparation centre", "the Kalgoorlie site"."""
_OWNER_OF = caseless(r"\b(?:(?:arm|unit|subsidiary|division|part|affiliate|parent|owner|vehicle|(?:venture|investment)\s+capital)\s+of|(?:owned|controlled)\s+by)\s+(?:the\s+)?(?:«[NGL]\d+»(?:'s)?\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_HEAD_BEFORE_APPOS = re.compile(r"«[PU](\d+)»(?:\s+[a-z][\w-]*)?,\s+(?:[a-z][\w-]*\s+){1,3}(?:«[CU]\d+»'s\s+|its\s+|their\s+)?$")
"""A name before an apposition that ends where the next name starts: "«P», part of its «P»"."""
_OBJ_RELATIVE = re.compile(r"\b(?:that|which)\s+«[CU]\d+»\s+(?:(?:has|had|have|also|first|then|later|quietly)\s+)*$")
"""A relative clause with its own subject that the verb ends ("a model that Kalbos Labs released on"): its head is the object."""
_POSSESSED = re.compile(r"'s\s+(?:«[PU](\d+)»|(?:[a-z][\w-]*\s+){1,3}?(?:" + _PNOUNS_X + r"),\s+«[PU](\d+)»,)")
_PLATFORM_NAME = re.compile(r"\b(?:Cloud|Platform|Hub|Studio|Marketplace|Store|Garden|Foundry|Console|Inference)\b")
_SERVICE_BEFORE = caseless(r"\b(?:the|that|this|its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,2}?(?:service|platform|cloud|marketplace|app|API),\s+$")
"""A description before a new name that makes it a platform: "That service, Glenmor Inference, ..."."""

_AV_NOMINAL = caseless(
    r"\b(?:general\s+|broad\s+|wider\s+)?(?P<v>availability|arrival|listing|debut|addition|launch|rollout|roll-out)\s+of\s+(?:the\s+)?(?:«[CU]\d+»'s\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<o>" + PL + r")(?!')\s+(?:[a-z][\w-]*\s+){0,2}?(?:on|in|to|through|via|across|inside|within|into)\s+" + _PLACE_DESC + r"(?P<p>" + P + r"(?!')|«C\d+»(?=[\s,.;]|$))"
    r"|^(?:having\s+(?:been\s+)?)?(?P<v2>debuted|launched|hosted|available|offered|sold|listed|distributed|released|published)\s+(?:(?:exclusively|first|initially|only|already|now|also|originally)\s+)*"
    r"(?:in|on|through|via|inside|within|(?<=hosted\s)by)\s+" + _PLACE_DESC + r"(?P<p2>" + P + r"(?!')|«C\d+»(?=[\s,.;]|$))(?:[^,;«]|«[TGLN]\d+»){0,40},\s+"
    r"(?:the\s+)?(?:«[CU]\d+»'s\s+)?(?:[\w-]+\s+){0,3}?(?P<o2>" + PL + r")(?!')"
    r"|\b(?P<v3>roll(?:s|ed|ing)?\s+out|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|port(?:s|ed|ing)?)\s+(?:(?:the\s+)?availability\s+of\s+)?(?:its\s+|their\s+|«[CU]\d+»'s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<o3>" + PL + r")(?!')(?:\s+(?:models?|family|app|assistant|agent|chatbot))?\s+(?:(?:now|also|today|«T\d+»)\s+)*(?:to|onto|into|across)\s+"
    + _PLACE_DESC + r"(?P<p3>" + P + r"(?!')|«C\d+»(?=[\s,.;]|$)(?!\s+(?:customers|users|clients|developers|subscribers|employees|staff)\b))")
"""'General availability of Prairie 2 on Azure began', 'the arrival of Verdict 2 on Databricks', 'Hosted by Together AI, the Pinecrest
34B model ...', 'Sold exclusively through AWS Marketplace, Hadley's Bastion agent ...', 'rolled out Phi-3.5-mini to Azure AI
Foundry and Hugging Face': the product is on the platform."""
_LISTED = caseless(r"(?:\s+«T\d+»(?=\s*,?\s+(?:and|or)\s+(?:on|in|through|via|to|across)\s))?(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(?:(?:on|to|in|through|via|across)\s+)?(?:(?:the\s+)?(?:«[CU]\d+»'s\s+)?«([PU]\d+)»|«(C\d+)»(?!'))(?!'|\s+(?:said|says|has|have|is|are|was|were|will|can|announced|added|customers|users)\b)"
                   r"(?:\s+(?:platform|service|services|microservices?|marketplace|cloud|hub|store|app|studio)(?=\s*[,.;]|,?\s+(?:and|or)\s))?"
                   r"(?=\s*(?:[,.;:)]|$|(?:and|or|in|on|since|from|through|via|as|for|at|with|within|by|after|before|under|during|to|starting|last|this|«T)\b|«T))")
"""A further platform in a plain list: ", AWS and Google Cloud", " and on CoreWeave", ", Nvidia's NIM microservices, Ollama"."""


def _listed_places(masked: str, pos: int, ment) -> list[int]:
    """The platforms listed right after the one that ends at ``pos`` (no appositions)."""
    places = []
    while more := _LISTED.match(masked, pos):
        tok = more.group(1) or more.group(2)  # a company without "the": "the AWS service" describes the platform before it
        if tok[0] != "C" or _shop_or_platform(ment(int(tok[1:]))):  # a company in the list that hosts nothing is passed over
            places.append(int(tok[1:]))
        pos = more.end()
    return places

_BUILT_WITH = caseless(
    r"(?P<o>«[PU]\d+»)(?:,(?:\s+(?:a|an|the|its)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?)?|(?:\s+[a-z][\w-]*){0,3}?\s+(?:was|were|is|are|has\s+been|had\s+been))\s+"
    r"(?P<v>built|developed|created|designed|co-developed)\s+(?:together\s+|jointly\s+)?with\s+(?:the\s+)?(?P<s>" + CL + r")(?!['’])(?!\s+(?:models?|chips?|technology|tools?)\b)")
"""'X Secure GPT, an internal assistant built with Microsoft': the company after 'with' co-develops the product."""
_OWNER_BEFORE_PRODUCT = re.compile(r"«[CU](\d+)»(?:,\s+whose|['’]s)\s+(?:[a-z][\w-]*\s+){0,2}$")
_WHICH_AVAILABLE = caseless(
    r"(?P<o>«[PU]\d+»)(?:\s+[a-z][\w-]*){0,2},\s+which\s+(?:[a-z][\w-]*\s+[^;«]{1,100}?\s+and\s+)?(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:(?:also|now|already|generally|widely)\s+)*"
    r"(?P<v>available|offered|hosted|sold|listed)\s+(?:on|through|via|in)\s+(?:the\s+)?(?:«[CU]\d+»'s\s+)?(?P<p>«[PU]\d+»)(?!')")
"""A relative clause that says where its product is: 'X, which has been available on Y since last month, can now ...', 'the X
app, which is available on Apple's App Store', 'X, which gives transfer times, platform positions and forecasts and has been available on Y'."""
_ON_APPOS = re.compile(
    r"(?P<o>«[PU]\d+»)(?:\s+(?:app|application|tool|service|platform|model|assistant|software))?(?P<v>,\s+on)\s+(?:the\s+)?"
    r"(?P<p>(?:«[CU]\d+»'s\s+)?«[PU]\d+»(?:(?:,\s+|,?\s+and\s+)(?:on\s+)?(?:the\s+)?(?:«[CU]\d+»'s\s+)?«[PU]\d+»)*)(?:\s+(?:(?:since|from)\s+)?«T\d+»)?,")
"""A product's apposition that says where it is, with no verb: "Its X app, on Apple's App Store and Google Play since 2022, ..."."""
_AV_NOMINAL_WORDS = ("availability", "arrival", "listing", "debut", "addition", "launch", "hosted", "available", "offered",
                     "sold", "listed", "distributed", "released", "published", "roll", "expand", "extend", "port")
_AVAIL = {
    "av_available": caseless(
        r"(?P<o>" + PL + r")(?:(?:\s+[a-z][\w-]*){0,2},\s+(?:which|that|whose)\s(?:[^;«]|«[GLMTNPU]\d+»){1,160}?,|"
        r",\s+(?:its|their|«[CU]\d+»'s|the\s+(?:company|firm|start-?up|group)'s)\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + _PNOUNS_X + r")(?:,\s+(?:which|that)\s(?:[^;«]|«[GLMTNPU]\d+»){1,160}?)?,(?=\s+(?:is|are|was|were|has|have|had)\s)|"
        r",\s+the\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + _PNOUNS_X + r")\s+(?:that|which|whose)\s(?:[^;«,]|«[GLMTN]\d+»){1,120}?,(?=\s+(?:is|are|was|were|has|have|had)\s)|"
        r",\s+(?:a|an)\s+(?:[^;«,]|«[CU]\d+»'s|«[GLMTNP]\d+»){1,140}?,|,\s+the\s+(?:[a-z][\w-]*\s+){0,3}?(?:model|version|release|product|app|assistant|tool|service)\s+(?:(?:that|which)\s+)?«[CPU]\d+»\s+(?:[a-z][\w-]*\s+)?(?:unveiled|launched|released|introduced|announced|showed|previewed)(?:[^;«,]|«T\d+»){0,30},|(?:\s+(?:family|series|line|models?)(?:\s+of\s+[a-z]+)?)?,\s+(?:including|such\s+as)\s+(?P<incl>(?:[^;,«]|«[PU]\d+»){1,120}?),)?"
        r"(?:[^«;]|«[CU]\d+»'s|«[CU]\d+»|«[GLMTN]\d+»){0,80}?\b(?P<v>available|accessible|selectable|usable|installable|installed|callable|an\s+option|offered|hosted|live|deployed|integrated|running|sold|distributed|resold|marketed|folded|embedded|bundled|incorporated|listed|added|built(?=\s+in)|served|bought|provided|supplied|delivered|released|published|uploaded|open-sourced|lands|landed|arrives|arrived|coming|comes|(?:runs|run)(?=\s+(?:in|inside|within)\s)|on\s+sale|downloaded|downloadable|launched|launches|debuted|debuts|went\s+live|goes\s+live|went\s+up|goes\s+up|pre-?installed|pre-?loaded|found|rented|installed|accessed|purchased|licen[cs]ed|(?:(?<=into\s)|(?<=\sin\s))(?:(?:public|private|limited)\s+)?(?:preview|beta))\s+(?:(?:[\w-]+|«[TGLN]\d+»|to\s+«[CU]\d+»\s+(?:customers|users|clients|developers|subscribers)|to\s+(?:[a-z]+\s+){1,2}?(?:and|or)\s+(?:[a-z]+\s+)?(?:customers|users|clients|developers|subscribers|businesses|enterprises|companies|researchers|academics)|as\s+an?\s+(?:[a-z][\w-]*\s+){1,3}?(?:interface|API|service|app|container|package|plug-?in|extension|add-?on|subscription|offering))\s+){0,4}?(?:as\s+an?(?=\s+«[PU]\d+»)|as(?=\s+«[PU]\d+»\s+(?:micro-?services?|containers?|images?|packages?|plug-?ins?|extensions?|add-?ons?|apps?)\b)|on|through|via|in|inside|within|to|from|into|across|(?:customers|users|clients|developers|subscribers)\s+of)\s+(?!«[CU]\d+»\s+(?:customers|users|clients|developers|subscribers)\b)"
        r"(?:(?:the\s+)?(?:«[CU]\d+»'s|its|their|the\s+company's)\s+(?:own\s+)?(?:API|APIs|app|website|site|chatbot)(?:\s*,\s*|,?\s+and\s+))?" + _PLACE_DESC + r"(?P<p>" + P + r"(?!')|«C\d+»(?=[\s,.;]|$)|«U\d+»(?=\s+(?:service|platform|marketplace|store|cloud|hub|studio)\b))"),
    # "DeepSeek's R1 reasoning model, which Together has hosted since January": the host's
    "av_which_hosted": caseless(
        r"(?P<o>" + PL + r")(?:\s+[a-z][\w-]*){0,2},\s+which\s+(?P<p>«[CPU]\d+»)\s+(?:has\s+|had\s+|also\s+|now\s+)*(?P<v>hosted|hosts|offered|offers|served|serves|listed|lists|added|adds|integrated|resells|sells)\b(?!\s+(?:(?:it|them)\s+)?(?:on|through|via)\s)"),
    # "OpenAI's GPT-4o, which Khan Academy accesses through Azure OpenAI Service", "Okker Transcribe, which public bodies buy through
    # the AWS Marketplace": a relative clause whose users reach the product through a platform
    "av_which_through": caseless(
        r"(?P<o>" + PL + r")(?:\s+[a-z][\w-]*){0,2}(?:,\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(?:app|application|service|tool|platform)\s+(?:that\s+)?«[CU]\d+»\s+(?:launched|built|released|introduced|developed)(?:\s+«T\d+»)?)?"
        r",\s+which\s+(?:«[CU]\d+»|(?:[a-z][\w-]*\s+){1,3}?)\s*(?:(?:also|now|can|could|already|mostly|typically|(?:have|has|had)\s+been\s+able\s+to|(?:are|is)\s+able\s+to)\s+)*"
        r"(?P<v>access(?:es|ed)?|use[sd]?|buy|buys|bought|download(?:s|ed)?|install(?:s|ed)?|call|calls|called|licen[cs]e[sd]?|reach(?:es|ed)?|run|runs|ran|rent|rents|rented|get|gets|got|"
        r"offers?|offered|sells?|sold|distribut(?:es?|ed)|provides?|provided|delivers?|delivered)\s+"
        r"(?:(?:it|them)\s+)?(?:to\s+(?:[\w-]+\s+){1,3}?)?(?:through|via|on|from)\s+" + _PLACE_DESC + r"(?P<p>" + P + r"(?!'))"),
    # "customers buy Seam through AWS Marketplace", "developers can download Kalba from Hugging Face": users reach it there
    "av_users_through": caseless(
        r"\b(?:customers|users|clients|developers|subscribers|buyers|companies|businesses|teams|banks|hospitals|retailers)\s+(?:(?:can|could|now|also|already|mostly|typically|usually)\s+)*"
        r"(?P<v>buy|download|licen[cs]e|order|purchase|rent|subscribe\s+to)\s+(?P<o>" + P + r")(?:\s+[a-z][\w-]*){0,2}\s+(?:through|via|on|from)\s+" + _PLACE_DESC + r"(?P<p>" + P + r"(?!'))"),
    # "... through AWS Marketplace, where it has been listed since last year": the platform, then the clause that puts it there
    "av_where_listed": caseless(
        r"(?P<p>" + P + r"),\s+where\s+(?P<o>" + P + r")(?:\s+[a-z][\w-]*){0,2}\s+(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:(?:also|now|already|first)\s+)*"
        r"(?P<v>available|offered|hosted|sold|listed)\b"),
    "av_on": re.compile(r"(?P<o>" + P + r")(?:(?:\s+[a-z][\w-]*)?\s+(?:tools?|services?|software|suite|product|plug-?ins?|extensions?|add-?ons?)|\s+(?:models?|family|series|app|apps|assistant|chatbot|agent|agents|range|line|brand|collection|kits?))?(?:,(?=\s+(?:is|are|was|were|has|have|had)\s)"
                        r"|,\s+(?:its|their|«[CU]\d+»'s|the\s+(?:company|firm|start-?up|group)'s)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _PNOUNS_X + r")(?:\s+for\s+(?:[^,;«]|«M\d+»|«[CU]\d+»'s|(?<=\d),(?=\d{3})){1,40}?)?,(?:\s+which(?=\s+(?:is|are|was|were|has|have|had)\s))?(?=\s+(?:is|are|was|were|has|have|had)\s|\s+on\s+(?:the\s+)?«P)"
                        r"|,\s+(?:released|launched|unveiled|announced|published|introduced)\s+(?:[^,;«]|«T\d+»){1,30},"
                        r"|,\s+which\s+(?!(?:is|are|was|were|has|have)\b)(?:[^,;«]|«[GLT]\d+»){1,80},(?=\s+(?:is|are|was|were|has|have|had)\s)"
                        r"|,\s+which(?=\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:now|also|already|still)\s+)?on\s)"
                        r"|,\s+(?:a|an)\s+(?:[^,;«]){1,80}?\s+(?:that|which)(?=\s+(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|also|already|still)\s+)?on\s)"
                        r"|(?P<par>,)(?=\s+(?:(?:now|also|already)\s+)?on\s+(?:the\s+)?«P\d+»(?:[^;«]|«[PT]\d+»){0,50}?,)|['’]s(?=\s+been\s))?\s+(?:(?:is|are|was|were|been|has\s+been|have\s+been|had\s+been|now|also|already|still|went(?=\s+onto\s))\s+)*(?P<v>on|onto)\s+(?:the\s+)?(?:«[CU]\d+»(?:'s)?\s+)?(?P<p>" + P + r"|«C\d+»(?!['’]))"),
    # "Grok 3 has been in Azure AI Foundry since May": a copula, then a platform
    "av_in": re.compile(r"(?P<o>" + P + r")(?:(?:\s+[a-z][\w-]*)?\s+(?:tools?|services?|software|suite|product|plug-?ins?|extensions?|add-?ons?)|\s+(?:models?|family|series|app|apps|assistant|chatbot|agent|agents))?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)+(?:(?:now|also|already)\s+)*(?P<v>in|inside|within)\s+(?:the\s+)?(?:«[CU]\d+»(?:'s)?\s+)?(?P<p>" + P + r")"),
    # "Its Quill app has been available for iPhone since 2023": a device or system it is made for (a known platform only)
    # "Kovilu Glow bulbs work with Amazon Alexa and Google Home": a device or app made for a known platform ("works with Alexa")
    "av_works_with": caseless(r"(?P<o>" + P + r")(?:\s+(?:[a-z][\w-]*\s+){0,2}?(?:bulbs?|lamps?|lights?|locks?|plugs?|sensors?|cameras?|speakers?|"
                              r"thermostats?|devices?|apps?|range|line|products?|models?)(?:\s+of\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)?)?\s+(?:(?:has|have|had|also|now|already|all|both)\s+)*"
                              r"(?P<v>works?|worked)\s+(?:(?:since|from)\s+«T\d+»\s+)?with\s+(?:the\s+)?(?P<p>«P\d+»)(?!['’])"),
    # "released Codex, a cloud-based agent, to ChatGPT Pro users": a product brought to a platform's users
    "av_to_users": re.compile(r"\b(?P<v>released|releases|rolled\s+out|rolls\s+out|launched|launches|opened|opens|brought|brings|extended|extends)\s+(?P<o>" + PL + r")"
                              r"(?:,\s+(?:a|an|the)\s+[^,;«]{1,80},)?\s+to\s+(?:its\s+|the\s+|all\s+)?(?P<p>«P\d+»)(?:(?:\s*,\s*|,?\s+and\s+|\s+)(?:«[PU]\d+»|[A-Z][\w+]*))*\s+"
                              r"(?:users|subscribers|customers|members|developers|owners|account\s+holders)\b"),
    "av_for": caseless(r"(?P<o>" + P + r")(?:\s+(?:app|apps|assistant|chatbot))?\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|became|becomes|now|also|already|first|only)\s+)+"
                       r"(?P<v>available|out|released|launched)\s+for\s+(?:the\s+)?(?P<p>" + P + r")(?!')"),
    "av_integration": re.compile(r"\bthe\s+(?P<o>" + P + r")\s+(?P<v>integration|app|chatbot|assistant|features?)\b"),
}
_HEAD_OF_OPEN_RELATIVE = re.compile(r"«[PU](\d+)»(?:\s+[a-z][\w-]*){0,2},\s+(?:which|that)\s+(?:[^,;«]|«[GLMNPTU]\d+»)*$")
"""'«P» assistant, which runs on ' before a name: the name is in the clause; the sentence's subject is the clause's head."""
_AV_VERB = caseless(
    r"\b(?:offer(?:s|ed|ing)?|put(?:s|ting)?|bring(?:s|ing)?|brought|deploy(?:s|ed|ing)?|host(?:s|ed|ing)?|add(?:s|ed|ing)?|"
    r"integrat(?:e|es|ed|ing)|use|access|reach|run|runs|running|try|call|distribute[sd]?|sell|sells|selling|resell|resells|plug(?:s|ged|ging)?|buy|buys|bought|"
    r"licen[cs]e[sd]?)\b")
_FIRM_TAILS = frozenset("Partners Capital Ventures Investment Investments Labs Technologies Technology Holdings Systems Robotics Analytics "
                       "Software AI Inc Ltd LLC GmbH AG".split())
"""Last words of a firm's name, after which "of Seoul" says where the firm is (a bank's or a body's "of India" is its name)."""
_AND_IS = re.compile(r"\s+and\s+(?:is|was|are|were|has\s+been|remains)\s+(?:also\s+|still\s+)?(?:based|headquartered|registered)\b")
_LIST_BEFORE = re.compile(r"«[CUP]\d+»(?:\s*,\s*|,?\s+and\s+)$")
"""'..., Databricks and Google Cloud and is headquartered in': the last of a list is an object; the verb is the subject's."""
_PREP_NEXT = re.compile(r"\s+(?:(?:now|also|only|first|exclusively|generally|widely|broadly|freely|directly)\s+)*"
                        r"(?:(?:the\s+same\s+(?:day|week|month)|today|immediately|at\s+launch|from\s+launch|on\s+launch\s+day|right\s+away),?\s+)?(?:(?:on|onto|through|via|in|inside|within|to|"
                        r"from|into|across)\b|«T\d)")
_POSS_SUM_IN = re.compile(r"(?P<s>«[CU]\d+»)'s\s+(?:(?:roughly|about|some|nearly|almost|more\s+than)\s+)?(?P<v>«M\d+»)\s+(?:in|into)\s+(?P<o>«[CU]\d+»)(?!')")
"""'Microsoft's roughly $13 billion in OpenAI': what one company put into another."""
_CONTROL_BOUGHT = caseless(r"(?:,\s+(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,80}?|«[CU]\d+»),)?,?\s+(?:which|who|since\s+«[CU]\d+»|since\s+it)\s+(?:had\s+|has\s+|first\s+)?"
                            r"(?P<v>bought|acquired|purchased|took)\s+(?:(?:a|the|its)\s+)?(?:(?:majority|controlling|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+(?:stake\s+|holding\s+)?(?:of|in|from)?\s*|«[CU]\d+»|(?:it|control)\b)")
"""'..., which bought a majority of it in 2024', '..., which took it private in 2015' after 'controlled by X': X bought control."""
_REMAINDER_HELD = re.compile(r",?\s+(?:with|and|while)\s+(?:the\s+)?(?:remainder|rest|remaining\s+(?:shares|stake|\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)))\s+"
                             r"(?:(?:is|being)\s+)?(?P<v>held|owned)\s+by\s+(?:the\s+)?(?P<s>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*)"
                             r"|,?\s+with\s+(?P<s2>«[CU]\d+»)\s+(?P<v2>holding|owning|keeping|taking)\s+the\s+(?:remainder|rest|balance|remaining|other)\b")
"""', with the remainder held by Invitalia', ', with the Osaka company holding the remaining 49 per cent' after a holding: the other
holder."""
_KEPT_STAKE = re.compile(r",?\s+(?:and|while|with)\s+«[CU](?P<s>\d+)»\s+(?:has\s+|had\s+)?(?P<v>kept|keeps|keeping|retained|retains|retaining)\s+(?:a|an|its|the)\s+"
                         r"(?:[\w%.-]+\s+){0,3}?(?:stake|holding|shareholding)\b(?!\s+in\b)")
"""', and Bain Capital kept a minority stake' after a purchase: the seller keeps part of the company sold."""
_PCT_REST = r"(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+(?P<pc>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
_BARE_STAKE = caseless(r"^(?:(?:[^«;,]|«[TGLN]\d+»){0,40}?\s)?(?P<s>«[CU]\d+»)(?!['’])(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?,|,\s+«[CU]\d+»,)?\s+(?:has\s+|had\s+|also\s+|now\s+|last\s+\w+\s+)*"
                       r"(?P<v>disclosed|revealed|took|taken|built|bought|acquired|amassed)\s+(?:a|an)\s+(?:(?:about|roughly|nearly|around|some)\s+)?"
                       r"(?P<pc>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+(?:stake|holding|shareholding)\b(?!\s+(?:in|of)\b)(?!\s+«[CUP])")
"""'Brattli Capital, an Oslo hedge fund, disclosed a 5.3% stake last month': a stake in the company the text is about."""
_PCT_OF = re.compile(r"(?:%|per\s*cent|percent)\s+(?:stake\s+)?(?:of|in)\s")
_REST_STAYS = caseless(r"\b" + _PCT_REST + r"(?:\s+(?:stake|holding|of\s+(?:the|its)\s+(?:shares|company|business|group)))?\s+(?:will\s+|would\s+|is\s+to\s+)?"
                       r"(?P<v>stay|stays|stayed|remain|remains|remained|rest|rests|belong|belongs|belonged|be\s+held|is\s+held|was\s+held|are\s+held|will\s+be\s+held)\s+"
                       r"(?:with|by|to)\s+(?:the\s+)?«[CU](?P<s>\d+)»(?!['’])")
"""'The remaining 35 per cent will stay with Mizuhara Tochi': the second holder of a company a stake was just sold in."""
_KEEPS_REST = caseless(r"(?:«[CU](?P<s>\d+)»(?!['’])(?:,\s+(?:the|a|an)\s+(?:[^;,«]|«[GLN]\d+»|«[CU]\d+»'s){1,80}?,)?\s+)?(?:will\s+|would\s+|is\s+to\s+)?(?:still\s+|also\s+)?"
                       r"(?P<v>keep|keeps|kept|keeping|retain|retains|retained|retaining|hold|holds|held|holding)\s+(?:on\s+to\s+)?" + _PCT_REST
                       + r"(?!\s+(?:of|in)\b)(?:\s+(?:stake|holding))?(?:\s+through\s+(?:(?:its|his|her|their|the|a|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,3}?(?:company|vehicle|holding|office|trust|firm),?\s+)?«[CU](?P<t>\d+)»(?!['’]))?")
"""'Jiayang Investment, the holding company of the founding family, will keep the remaining 40 per cent', 'while Telkom Indonesia holds
the remaining 65 per cent', 'The family keeps the remaining 25 per cent through Wiedemann Beteiligungs': the holder of the rest."""
_GAPPED_FROM = re.compile(r"(?:\s+«T\d+»)?(?:,\s+(?:which|who)\s+[^,;«]{1,60}(?:«[CU]\d+»'s\s+[^,;«]{1,40})?,)?,?\s+and\s+(?:(?:about|around|roughly|nearly|some|another|a\s+further|more\s+than|over|up\s+to)\s+)?(?P<m>«M\d+»)\s+from\s+(?:the\s+)?«[CU](?P<s>\d+)»(?!')")
"""'received $8 billion from Amazon and about $3 billion from Google': the verb left out, a second backer with its own amount."""
_GAPPED_PAY = re.compile(r"(?:\s+«T\d+»)?(?:,\s+(?:a|an|the|whose|which|who)\s(?:[^,;«]|«[GLNP]\d+»|«[CU]\d+»'s){1,120}?)?,?\s+and\s+(?:(?:about|around|roughly|nearly|some|another|a\s+further)\s+)?(?P<m>«M\d+»)\s+for\s+(?:the\s+)?«[CU](?P<o>\d+)»(?!')")
"""A second price and company after a paid-for purchase, the verb left out: "... and $275 million for BuildingConnected", also after
the first company's apposition ("$262 million for Kindred Systems, whose software ..., and $25 million for Haddington Dynamics")."""
_DISTRIBUTES = caseless(r"\b(?:distribution|distributor|reseller|resale|resell(?:s|ing)?|distributes|distributing|dealers?)\b")
_SELLS = caseless(r"\b(?:sells?|sold|selling|offers?|offered|offering|resells?)\b")
"""A seller's verb in a sentence about distributing another's product: no maker's."""
_REL_SUBJECT_BEFORE = re.compile(r"(?:,|\band)\s+which\s+$")
"""A name right after a relative pronoun is the clause's subject, not what the clause says is available."""
_EXAMPLE_BACKERS = re.compile(r"\b(?:investors|backers|shareholders|participants|funds|firms|names)\s+(?:including|such\s+as|like|among\s+them)"
                              r"\s+(?:«[CU]\d+»(?:'s\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*,\s*(?:and\s+)?|,?\s+and\s+))*$")
"""'from investors including A, B and C' before an investor: a round's backers named as examples, with no lead among them
(the round's amount is no one's)."""
_LEAD_AFTER = re.compile(r"(?:,\s+(?:which|who)\s+(?:also\s+)?(?:led|co-led|leads)\b|\s+(?:as|in\s+the)\s+lead\b|\s*\((?:lead|co-lead)\))")
"""'investors including A, which led the round': the example named is the lead."""
_ROUND_INCLUDING = caseless(r"(?:\b(?:round|rounds|investors|backers|participants|funding|financing|raise|fundraising|firms|funds|investment|capital)|«M\d+»)\s+(?:[\w-]+\s+){0,3}?including\b|,\s+including\b")
"""'a round including A', 'investors including A', ', including A': a round's participants, not 'telecom groups including A'."""
_NEW_SUBJECT = re.compile(r",[^;«]{0,30}?«C\d+»(?!')\s+[a-z]")
"""A company after a comma, followed by a verb: another clause's subject."""
_AV_PREPS = "on|onto|into|inside|within|in|via|through"
_AV_PLACE = caseless(r"\b(?:" + _AV_PREPS + r")\s+" + _PLACE_DESC + r"«[PUC](\d+)»(?:'s\s+«U\d+»)?(?!')")
_AV_PLACE_TO = caseless(r"\b(?:" + _AV_PREPS + r"|to)\s+" + _PLACE_DESC + r"«[PUC](\d+)»(?:'s\s+«U\d+»)?(?!')")
"""Where an added product goes: "added R1 to Yuanbao"."""
_COMPANY_PLURALS = COMPANY_PLURALS + r"|peers"
"""Plural company nouns a demonym or a country's possessive describes ("eight Japanese companies", "one of China's leading enterprises")."""
_PLURAL_NOUN_NEXT = re.compile(r"\s+(?:" + _COMPANY_PLURALS + r")\b")
_LOOSE_DESC = (r"(?P<loose>(?:(?<=-based\s)|(?<=»'s\s))(?:(?!(?:of|for|with|at|and|or|by|in|on|to|from|the|a|an|its|their|such|like|including|is|are|was|were|has|have|had|said|says|"
               r"that|which|who|whose|where|when|whom|"
               r"minister|president|prime|premier|chancellor|secretary|chief|ceo|founder|co-founder|chairman|chairwoman|head|leader|king|queen|prince|official|executive|"
               r"director|boss|regulator|government|governor|mayor)\s)[a-z][\w-]*\s+){1,3})")
"""What a place before a name may say of it besides a company noun: "Tokyo-based refiner Idemitsu Kosan", "Norway's development
finance institution Norfund" (after "-based" or a place's possessive only; no role of a person's)."""
_BASED = {
    "based_mod": caseless(
        r"(?P<g>«[GNL]\d+»)(?P<based>-based|-area|-headquartered)?(?P<poss>'s|'(?=\s+«[CU]))?\s+(?P<desc>(?:[\w-]+\s+){0,4}?(?:" + COMPANY_NOUNS + r"|partner),?\s+|" + _LOOSE_DESC + r")?(?P<s>" + C + r")"),
    # "Taiwan's Foxconn and Wistron": the possessive place is every listed company's
    "based_poss_list": re.compile(r"(?<!,\s)(?<!and\s)(?P<g>«[GNL]\d+»)'s\s+(?P<s>«[CU]\d+»(?:(?:\s*,\s*(?!and\b)|\s+and\s+)«[CU]\d+»)+)(?!')"),
    "based_paren": re.compile(r"(?P<s>" + C + r")\s+\((?:(?:head\s+office|headquarters|HQ|based\s+in):\s+)?(?P<g>«[LN]\d+»)\)"),
    "based_city_country": re.compile(r"(?P<s>" + C + r"),\s+(?:«[LU]\d+»|[A-Z][a-z]+),\s+(?P<g>«N\d+»)(?=\s*[,;.)])"),
    "based_of": re.compile(r"(?P<s>" + C + r")(?:,\s+of\s+(?:«[LU]\d+»,\s+)?(?P<g>«[NL]\d+»)[,;.]|\s+of\s+(?P<g2>«[NL]\d+»)(?=\s*[,;.]|\s+(?:and|also|said|says|has|had|is|was|led|leads|which|who|signed|agreed|announced|will|bought|buys|acquired|acquires|took|takes|paid|pays|raised|raises|invested|invests|owns|holds)\b|\s+(?:in|for)\s+(?:a|an)\s|\s+(?:in|for|on)?\s*«[TM]))"),
    "based_intro": re.compile(
        r"^(?:In|From|Out of)\s+(?P<g>«[LN]\d+»),\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:" + COMPANY_NOUNS + r")\s+(?P<s>" + C + r")"),
    "based_appos": re.compile(r"(?P<s>" + C + r"),\s+(?:(?:then|now|once|still|formerly)\s+)?(?:(?:a|an|the|another)\s+(?:«L\d+»,\s+|(?:West|East|North|South|Western|Eastern|Northern|Southern)\s+(?=«G))?(?P<g>«[GLN]\d+»)(?:-based|-area|-headquartered)?(?:,(?=\s+[a-z]))?|(?:the\s+(?=«N))?(?P<g2>«[NL]\d+»)'s(?!\s+«[CU]))\s+"),  # not "A, Japan's B and C": a list; "X, the UAE's fund"
    # "Alert Innovation, the North Billerica, Massachusetts, developer of the Alphabot": a town and its state, then a company noun
    "based_appos_town_state": re.compile(r"(?P<s>" + C + r"),\s+the\s+«[LU]\d+»,\s+(?P<g>«[LN]\d+»),\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + COMPANY_NOUNS + r")\b"),
    # "Cholula Copy, a firm from Puebla (Mexico)", "X, a start-up based in Lyon, France": a company noun, then where
    "based_appos_noun_in": re.compile(r"(?P<s>" + C + r"),\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:" + COMPANY_NOUNS + r")\s+(?:of\s+(?:[a-z][\w-]*\s+){1,4}?(?=in\s))?"
                                      r"(?:(?:based|headquartered)\s+)?(?:from|in|of)\s+(?:(?:«L\d+»|[A-Z][\w-]+)(?:,\s+|\s+\(|\s+in\s+(?:the\s+)?)(?=«[LN]))?(?P<g>«[LN]\d+»)(?!-)(?!['’](?!s\s+«L))"
                                      r"(?!\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?«)"),  # (not "the business of U.S. chip designer SiFive")
    # "X, a small Denver firm that ...": a place after one or two adjectives, before a company noun
    "based_appos_mod": re.compile(
        r"(?P<s>" + C + r"),\s+(?:(?:then|now|once|still|formerly)\s+)?(?:a|an|the)\s+(?:(?!based\b)[a-z\d][\w-]*\s+){1,2}(?:«L\d+»,\s+)?(?P<g>«[GLN]\d+»)(?:-based|-area|-headquartered|,(?=\s+[a-z]))?\s+(?:[\w-]+\s+){0,2}?(?:"
        + COMPANY_NOUNS + r")\b"),
    # "Zhipu AI, one of China's leading model enterprises", "making Tractian one of a few Brazilian hardware companies"
    # "Bandera Crane & Rigging, one of the largest crane rental companies in Texas": the place the company ranks in
    # "Prairie Iron Sales of Moose Jaw, Saskatchewan": a town the gazetteer does not hold, then its province or country
    "based_of_town": re.compile(r"(?P<s>" + C + r")\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+(?P<g>«[NL]\d+»)(?=\s*[,;.)])"),
    "based_one_of_in": caseless(
        r"(?P<s>" + C + r"),?\s+(?:(?:is|was|remains|became)\s+)?one\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:" + _COMPANY_PLURALS + r")\s+in\s+(?:the\s+)?"
        r"(?P<g>«[NL]\d+»)(?![\w'’-])(?!,\s+«[NL])"),
    "based_one_of": caseless(
        r"(?P<s>" + C + r")\)?,?\s+(?:(?:is|was|remains|became)\s+)?one\s+of\s+(?:the\s+|a\s+(?:small\s+|handful\s+|few\s+|number\s+|of\s+)*)?"
        r"(?:(?P<g>«[NL]\d+»)'s\s+(?:[\w-]+\s+|«U\d+»\s+){0,3}?|(?:[\w-]+\s+){0,3}?(?P<g2>«G\d+»)\s+(?:[\w-]+\s+){0,2}?)"
        r"(?:" + _COMPANY_PLURALS + r")\b"),
    # "Hitachi Digital Services, the group's U.S.-based IT services arm"
    "based_appos_poss": re.compile(
        r"(?P<s>" + C + r"),\s+(?:(?:the|its)\s+(?:group|company|firm|parent)|«[CU]\d+»)'s\s+(?P<g>«[GLN]\d+»)(?:-based)?\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|division|business|affiliate)\b"),
    "based_copula": caseless(
        r"(?P<s>" + C + r")\s+(?:is|was|has been|remains)\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?:«L\d+»,\s+)?(?P<g>«[GLN]\d+»)(?:-based|-area|-headquartered)?\s+(?:[\w-]+\s+){0,3}?(?:" + COMPANY_NOUNS + r")\b"),
    # "Owkin and Bioptimus in Paris are building", "agreements with SoftBank Corp in Japan and Deutsche Telekom in Germany"
    "based_in_post": re.compile(r"(?P<s>«C\d+»|«U\d+»(?=\s+in\s+«L\d+»,\s+«N\d+»[,.;]))(?!['’])(?:\s+and\s+(?P<s2>«C\d+»))?\s+in\s+(?:«L\d+»,\s+(?=«N))?(?P<g>«[LN]\d+»)(?!['’-])"
                               r"(?=\s*(?:[,.;)]|$|and\b|are\b|is\b|were\b|was\b|has\b|have\b|had\b|said\b|says\b))"),
    # "with participation from Kampong Glam Capital from Singapore": a country after "from" that ends the name's phrase
    "based_from_post": re.compile(r"(?<!\brun\s)(?<!\bruns\s)(?<!\bran\s)(?<!\brunning\s)(?<!\bmanage\s)(?<!\bmanages\s)(?<!\boperate\s)(?<!\boperates\s)(?<!\blead\s)(?<!\bleads\s)"
                                  r"(?P<s>«C\d+»)\s+from\s+(?:the\s+)?(?P<g>«[NL]\d+»)(?!['’-])(?!,\s+«[LN])(?=\s*[,.;)]|\s+and\s)"),  # "the heat-pump maker from Reutlingen,"
    # "Atlanta, where Tractian is also headquartered"
    "based_where": caseless(r"(?P<g>«[LN]\d+»),\s+where\s+(?P<s>" + C + r")\s+(?:is|was|are|has\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:headquartered|based)\b"),
    "based_in": caseless(
        r"(?P<s>" + C + r")" + GAPX(50) + r"\b(?:based|headquartered|registered)\s+in\s+(?:the\s+)?(?:(?:«U\d+»|«L\d+»(?=,\s+«[LN]\d+»\s*[,.;)])|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?),\s+)?(?P<g>«[LN]\d+»)"),
    "based_founded": caseless(
        r"(?P<s>" + C + r")\s+(?:is|was|were)\s+(?:\w+\s+)?(?:founded|established|incorporated|set\s+up|started)\s+(?:«T\d+»\s+)?in\s+(?P<g>«[LN]\d+»)"),
    "based_hq": caseless(
        r"(?P<s>" + C + r")(?:" + GAPX(50) + r"(?:\bits\s+|\b(?:with|has|have|had)\s+(?:its\s+)?)|'s\s+)(?:global\s+)?(?:headquarters|head\s+office|HQ|seat|registered\s+office)"
        r"\s+in\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){1,3}of\s+)?(?:(?:«U\d+»|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?),\s+)?(?P<g>«[LN]\d+»)"),
    # "Kestrel moved its headquarters to Singapore"; "Founded in 2019 in Lyon, Kestrel makes chips"; "X, a start-up from Lyon,"
    "based_copula_poss": caseless(
        r"(?P<s>" + C + r")\s+(?:is|was|remains|has\s+become|became)\s+(?:now\s+|still\s+)?(?P<g>«[NL]\d+»)'s\s+(?:[\w-]+\s+){0,3}?(?:" + COMPANY_NOUNS + r")\b"),
    "based_moved": caseless(
        r"(?P<s>" + C + r")" + GAP(30) + r"\b(?:moved|moves|relocated|relocates|shifted)\s+(?:its|«[CU]\d+»'s)\s+(?:global\s+)?(?:headquarters|head\s+office|HQ|base)\s+(?:from\s+(?:the\s+)?«[LN]\d+»\s+)?to\s+(?:the\s+)?(?P<g>«[LN]\d+»)"),
    "based_fronted": re.compile(
        r"^(?:(?:Founded|Established|Started|Launched)\s+(?:in\s+)?«T\d+»\s+and\s+(?:based|headquartered)\s+"
        r"|(?:Founded|Established|Started|Set\s+up|Launched|Based|Headquartered)\s+(?:(?:in\s+)?«T\d+»\s+)?)(?:in|out\s+of)\s+(?P<g>«[LN]\d+»)(?:,\s+«[NL]\d+»)?(?:\s+«T\d+»)?(?:\s+by\s+[^,;«]{1,60})?(?:,\s+with\s+(?:[^;«,]|«[GLN]\d+»){1,80}?)?,\s+(?:the\s+[\w-]+\s+)?(?P<s>" + C + r")(?!')"),
    "based_from": caseless(
        r"(?P<s>" + C + r"),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:" + COMPANY_NOUNS + r")\s+(?:from|out\s+of|in)\s+(?:the\s+)?(?:«L\d+»,\s+(?=«[LN]\d+»))?(?P<g>«[LN]\d+»)(?![-'’])"),
    # (a town's state or country, when it follows, says where the town is: "a company from Verona, Wis.,")
    # "Tessel set up Kestrel AI in Tokyo"
    "based_set_up": caseless(r"\b(?:founded|set\s+up|established|co-founded|cofounded)\s+(?P<s>" + C + r")\s+in\s+(?P<g>«[LN]\d+»)(?![-'’])"),
}
_BASED_LIST = re.compile(
    r"(?P<g>«G\d+»|«N\d+»(?=\s+(?:[a-z][\w-]*\s+)?(?:venture\s+)?(?:firms|companies|groups|start-?ups|startups|funds|investors|banks|chipmakers)\b))\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _COMPANY_PLURALS + r")"
    r"(?:\s*(?:--|—|–|:)\s*|,?\s+(?:including|such\s+as|like|among\s+them|namely)\s+|\s+|,\s+(?=«[CU]\d+»(?:\s*,\s*«[CU]\d+»)*,?\s+and\s+«[CU]\d+»(?!')))"
    r"(?P<s>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*)")
"""A demonym over a list: "eight Japanese companies -- Toyota Motor, Denso, ...", "the Korean chipmakers Samsung and SK hynix",
"two Canadian outfits, Cyclica and Valence Labs"."""
_LIST_BASED = re.compile(
    r"(?P<s>«[CU]\d+»(?:\s*,\s*«[CU]\d+»)*,?\s+and\s+«[CU]\d+»),\s+(?:two|three|four|five|six|both|all)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<g>«G\d+»)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + _COMPANY_PLURALS + r")\b")
"""A list with a demonym in apposition: "Cyclica and Valence Labs, two Canadian start-ups"."""
_ROUND = caseless(r"\b(?:(?:landed|lands|secured|secures|bagged|netted|closed|closes)\s+(?:a\s+|an\s+)?«M\d+»|investment\s+led\s+by|"
                  r"(?:investment|funding|fundraise|raise|operation|transaction)\s+(?:is|are|was|were|has\s+been|had\s+been)\s+(?:co-)?led\s+by|"
                  r"(?:led|co-led)\s+the\s+(?:[\w-]+\s+)?(?:investment|funding|raise)\b(?!\s+(?:in|into|of|for)\b)|(?:led|co-led|leads|co-leads|leading|co-leading|headed)\s+(?:a|an|the|its|their)\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,2}?investment\s+(?:in|into)\b|round|raised|raises|raising|fund-?raising|Series\s+[A-K]\b|seed\s+round|(?:pre-)?seed\s+(?:(?:investment|funding|financing)\s+)?(?:co-)?led\s+by|financing|funding\s+round|syndicate|launched\s+(?:(?:in\s+|on\s+)?«T\d+»\s+)?with\s+(?:more\s+than\s+|about\s+|nearly\s+|close\s+to\s+|almost\s+|some\s+|roughly\s+|around\s+)?«M\d+»)")
_ROUND_RAISED_BY = caseless(r"\b(?:round|Series\s+[A-K]\w*|raise|financing)\s+(?:(?:that|which)\s+(?:was\s+)?)?(?:raised|closed|secured|completed)\s+(?:«T\d+»\s+)?by\s+" + OBJ + r"(?P<o>" + C + r")")
"""A round named by its raiser after it: "co-led the $125 million round raised by Untether AI in 2021"."""
_ROUND_INVESTEE = [
    caseless(r"(?P<o>" + C + r")(?:\s*,\s*(?:(?:the|a|an|which|whose|who|that|founded|backed|spun|set\s+up|created|started|based|headquartered|formerly)\b|«[CU]\d+»(?=\s+[a-z]))(?:[^;«]|«[GLMTNPUA]\d+»|«[CU]\d+»(?=[\s,.']))"
               r"{1,170}?,(?=\s+(?:has\s+|had\s+|also\s+|now\s+|just\s+)*(?:raised|raises|secured|closed|landed|bagged|netted|announced|took\s+in|taken\s+in)\b))?"
               + GAP(70) + r"\b(?:has\s+|had\s+)?(?:raised|raises|secured|closed|completed|landed|bagged|netted|is raising|took\s+in|has\s+taken\s+in|launched\s+(?:(?:in\s+)?«T\d+»\s+)?with|"
               r"received(?=\s+(?:a|an)\s+(?:«M\d+»\s+)?(?:[\w-]+\s+)?investment\s+led\s+by)"
               r"|(?:announced|unveiled|disclosed)(?=\s+(?:a|an|its)\s+«M\d+»\s+(?:[\w-]+\s+){0,2}?(?:round|Series|seed|financing|raise)\b))\b"),
    caseless(r"(?P<o>" + C + r")'s\s+(?:[\w-]+\s+|«M\d+»\s+){0,4}?(?:Series\s+[A-K]\w*|rounds?|raises?|funding|financings?|seed)\b"),
    caseless(r"\b(?:round|Series\s+[A-K]\w*|raise|financing|(?<=\bled\s)(?:a|an|the)\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,2}?investment)\s+"
             r"(?:of\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|up\s+to)\s+)?«M\d+»\s+)?(?:in|for|into|of)\s+" + OBJ + r"(?P<o>" + C + r")"),
    caseless(r"(?P<o>" + C + r"),\s+(?:which\s+was\s+)?valued\s+at\s+«M\d+»"),  # "X, valued at $43bn in a round that included Y"
    # "The $65 million Series C, led by Insight Partners, values Cedarline Health at $900 million"
    caseless(r"\b(?:values|valued|valuing|gives|gave)\s+(?:the\s+)?(?:«[GLN]\d+»(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<o>" + C + r")(?!')\s+(?:a\s+valuation\s+of|at)\s+(?:about\s+|roughly\s+|more\s+than\s+|nearly\s+)?«M"),
]
_ROUND_WORDS = ("round", "seed", "investment led", "was led", "was co-led", "been led", "is led", "are led", "led the investment", "led the funding", "led the raise", "investment in", "investment into", "syndicate", "rais", "series", "financing", "landed", "lands", "secured", "secures", "bagged", "netted", "closed", "closes",
                "launched")
_KIND_IN_PLACE = caseless(r"\b(?:companies|start-?ups|startups|businesses|firms|founders|ventures|projects|teams|scale-?ups)\s+(?:based\s+)?(?:in|across|along|throughout|from)\s+(?:the\s+)?$")
"""The kind of company a fund backs, then where ("invests in software companies in East Africa"): the place is no investee."""
_JOIN_APPOS = r"(?:,\s+(?:a|an|the)\s+(?:[^,;«]|«[GLNMT]\d+»|«[CU]\d+»'s|(?<=\d),(?=\d{3})){1,100}?,)?"
"""An apposition after a backer, before its verb: "Thistlewood Capital, the Dublin-based firm that led Quillory's £7.5 million Series A,"."""
_ROUND_JOIN = caseless(
    r"(?P<s>" + CLD + r")" + _JOIN_APPOS + GAP(30) + r"\b(?:(?:took part|takes part|taken part|taking part|(?:did\s+|also\s+|will\s+)?take part|participated|participates|joined|invested|(?:is|are|was|were) investing|invests|invest)\s+(?:«M\d+»\s+)?(?:in|as part of)\b"
    r"|(?:took|takes|has\s+taken)\s+(?:a|an)\s+(?:[\w%-]+\s+){0,2}?(?:stake|holding)\s+(?:as\s+part\s+of|in)\s+(?=the\s+(?:[\w-]+\s+){0,2}?(?:round|raise|financing)\b)"
    r"|(?:joined|joins|also\s+joined)\s+(?=«[CU]\d+»'s\s+(?:«[MT]\d+»\s+|[\w-]+\s+){0,4}?(?:round|financing|raise|fund-?raising|Series)\b)"
    r"|(?:returned|came\s+back)\s+(?:for|to|in)\s+(?=(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:round|raise|financing)\b))")
_AGENTLESS = caseless(r"(?P<o>«[CU]\d+»)" + GAP(60) + r"\b(?P<v>(?:was|got|has\s+been|have\s+been|had\s+been|just\s+got|is)\s+(?:\w+\s+)?(?:acquired|bought|snapped\s+up|taken\s+over|sold))(?!\s+(?:\w+\s+){0,2}?(?:by|to)\b)")
_GROUP_DIGIT = re.compile(r"[2345](?<!\w[2345]) ")
_AGENTLESS_WORDS = ("acquired", "bought", "snapped up", "taken over", "sold")
_BUYER_IS = re.compile(r"^(?:(?P<role>The\s+(?:buyer|acquirer|purchaser))|«[CU]\d+»)\s+(?:is|was|turned\s+out\s+to\s+be)\s+(?P<s>«[CU]\d+»)")
_HOLDINGS_LIST = caseless(
    r"(?P<s>«[CU]\d+»)'s\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<v>investments|bets|holdings|portfolio\s+companies|stakes|backing)\s*(?:include|are|were)?\s*:\s*")
"""A holder's investments listed after a colon."""
_MONEY_IN = re.compile(r"«M(\d+)»\s+(?:each\s+)?(?:in|into|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?«[CU](\d+)»")
_LIST_HEADS = re.compile(r"(?:^|,\s+and\s+|;\s+(?:and\s+)?|,\s+(?!(?:a|an|the)\s)|\band\s+)(?:the\s+)?«[CU](\d+)»")
_EXISTING_INVESTOR = caseless(
    r"\b(?:the\s+|its\s+|«[CU]\d+»'s\s+)?(?P<v>(?:existing|early|earlier|lead|returning|longtime|long-time|fellow|previous)\s+(?:investors?|backers?|shareholders?))"
    r"\s+(?:such\s+as\s+|including\s+)?(?P<s>" + CL + r")")
"""A company named as an existing investor ("the existing investor Amplify Partners")."""
_EXISTING_INVESTOR_IN = caseless(r"\s*,?\s+(?:in|of)\s+«")
_NOT_A_PERSON = (r"(?!(?:[\w-]+\s+){0,2}?(?:actor|actress|singer|rapper|musician|athlete|billionaire|entrepreneur|businessman|"
                  r"businesswoman|investor|founder|co-founder|former|late|chief|executive|scientist|researcher|professor|engineer)s?\b)")
"""'the venture firm co-founded by the actor Ashton Kutcher': a person founded it."""
_FOUNDED_BY = re.compile(
    r"(?P<x>«[CU]\d+»)(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?)?,?\s+(?P<cop>(?:is|was|were|has\s+been|had\s+been)\s+)?(?P<v>(?:set\s+up|founded|co-founded|launched|created|"
    r"formed|established|started)\s+(?:(?:«T\d+»|[a-z]+)\s+){0,3}?by\s+(?P<cls>(?:(?:[\w-]+|«G\d+»)\s+){1,3}?(?:companies|firms|groups|corporations|"
    r"investors|shareholders|partners)\s*(?:--|—|–|:|,?\s+(?:including|namely))\s*)|(?:set\s+up|founded|co-founded|launched|created|"
    r"formed|established|started)\s+(?:(?:«T\d+»|[a-z]+)\s+){0,3}?by\s+)(?P<by>(?:«[GN]\d+»'s\s+|the\s+" + _NOT_A_PERSON + r"(?:(?:[\w-]+|«G\d+»)\s+){0,3}?|(?:[a-z][\w-]*\s+)?(?:investor|fund|group|company|firm|conglomerate|giant|bank|operator|insurer|lab|developer|maker)\s+(?=«))?«[CU]\d+»"
    r"(?:(?:,\s*|,?\s+and\s+)(?:«[GN]\d+»'s\s+|the\s+" + _NOT_A_PERSON + r"(?:(?:[\w-]+|«G\d+»)\s+){0,3}?)?«[CU]\d+»)*)(?=(?:\s+(?:in\s+)?«T\d+»)?(?:\s*[,.;]|\s*$|\s+to\s+(?!be\b)[a-z]+\b|\s+as\s+(?:a|an|the|their)\s)|\s+with\s+the\s)")
_OWNED_BY_PREFIX = re.compile(r"(?P<s>«[CU]\d+»)-(?P<v>owned|controlled)\s+(?:[\w-]+\s+){0,3}?(?P<o>«[CU]\d+»)(?!-)"
                              r"|(?P<o2>«[CU]\d+»),\s+(?:the|an?)\s+(?P<s2>«[CU]\d+»)-(?P<v2>owned|controlled)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s*[,;.)]|\s*$)")
"""'Amazon-owned Zoox', 'Yahoo, the Apollo-owned internet group,': the owner bought it."""
_WHICH_NEXT = re.compile(r",\s+(?:which|who|that)\b")
_ARM_OF = caseless(r",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|division|affiliate)\s+of\s+(?:the\s+)?$")
"""'X, the venture capital arm of Y': Y is named only as X's owner."""
_APPOS_AGENT = caseless(r"^«[CU]\d+»,\s+(?:«[CU]\d+»\s+|(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?\s+|(?:(?:also|long|partly|largely|heavily)\s+)?)(?:controlled|owned|backed|funded|run|founded|majority-owned|"
                        r"wholly-owned|wholly\s+owned|spun\s+out|spun\s+off)\s+(?:by|of|from)\s+$")
"""'Arm, the Cambridge-based chip designer controlled by SoftBank, has agreed to buy': SoftBank is named in the subject's
apposition; the sentence's first name acts."""
_FRONTED_ASIDE = re.compile(r"(?:Besides|Unlike|Like|Apart\s+from|Aside\s+from|Beyond|In\s+addition\s+to|As\s+well\s+as|Except\s+for|"
                            r"Compared\s+(?:with|to))\s+(?:the\s+)?«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*,\s(?!(?:which|who|whose|that)\b)")
"""'Besides 01.AI, it led ...': a name set aside before the main clause."""
_ASIDE_INITIALS = frozenset("BULAIEC")
"""The first letters of the words that set a name aside: a sentence starting otherwise is not asked."""
_NOT_HOME_BEFORE = re.compile(r"\b(?:at|of|for|from|by|against)\s+$")
_CONTROLLING = caseless(r"\b(?:controlling|majority)\b")
_TOKEN_AT = re.compile(r"«[CU](\d+)»(?!')")
_WHICH_SOLD_TO = re.compile(r"(?P<o>«[CU]\d+»)(?:,\s+(?:the|a|an|one|its|his|her)\s+(?:[^,;«]|«[GLN]\d+»){1,80})?,\s+which\s+(?:he|she|they|it|«[CU]\d+»)\s+"
                            r"(?:(?:later|eventually|then|ultimately)\s+)?(?P<v>sold)\s+(?:(?:in\s+)?«T\d+»\s+)?to\s+" + OBJ + r"(?P<s>«[CU]\d+»)(?!['’])")
"""A company sold in a relative clause: "Tabnine, ..., which he sold to Codota in 2019"."""
_AFTER_BUYING = caseless(r"\b(?:after|before|since|while|besides)\s+(?P<v>buying|acquiring|purchasing|taking\s+over|snapping\s+up|picking\s+up)\s+"
                         + OBJ + r"(?P<o>" + CL + r")(?!['’])")
"""A purchase in a gerund after the main clause ("..., after buying the automation company Jacada in 2020"): the subject's."""
_PASSIVE_BY_GROUP = re.compile(r"(?:«T\d+»,?\s+)?«[CU](\d+)»(?!['’])\s+(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en)\s+(?:«T\d+»\s+)?by\s+"
                               r"(?:a\s+(?:group|consortium|syndicate|clutch|band)\s+of\s+|(?:its\s+|existing\s+|new\s+)*)(?=(?:[a-z]+\s+){0,2}?(?:investors|backers|shareholders))")
"""A sentence opening on a passive whose agents are backers: 'Stability was rescued in June by a group of investors including'."""
_SENTENCE_SUBJECT = re.compile(r"(?:[A-Z][A-Z .'’/-]+,\s+(?:«T\d+»\s+)?(?:-|–|—|--)\s+)?(?:«T\d+»,?\s+)?«[CU](\d+)»(?!['’])(?:\s+«T\d+»)?\s+(?:has\s+|have\s+|also\s+)?[a-z]+(?:ed|s)\b")
"""A sentence's first name, a verb after it: 'SAN FRANCISCO, April 30 - Visa on Wednesday unveiled'."""
_JOINED_IN_FORMING = caseless(
    r"(?P<s>«[CU]\d+»)\s+(?P<v>joined)\s+(?P<o>(?:(?:the\s+)?(?:«[GLN]\d+»['’]s?\s+)?«[CU]\d+»(?:\s*,\s*|,?\s+and\s+))*(?:the\s+)?(?:«[GLN]\d+»['’]s?\s+)?«[CU]\d+»)"
    r"\s+in\s+(?:forming|setting\s+up|creating|founding|launching|establishing)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:«[CU]\d+»|(?:[\w-]+\s+){0,4}?(?:alliance|consortium|joint\s+venture|partnership|coalition|venture)\b)")
"""'A joined B, C and D in forming the X Alliance': the founders of a body, each the others' partner."""
_AND_AGREED_WITH = caseless(r"\band\s+(?:(?:has|have|had|also|later|then|now|since)\s+)*(?P<v>(?:agreed|signed\s+on|decided|promised|pledged)\s+to\s+"
                            r"(?:work|partner|collaborate|team\s+up|cooperate)(?:\s+(?:closely|together))?\s+with)\s+(?P<o>" + CL + r")(?!['’])")
"""'..., and agreed to work with it on a model': a second clause whose subject is the sentence's."""
_AND_SIGNED = caseless(
    r",?\s+and\s+(?:also\s+|has\s+|have\s+|later\s+)?(?P<v>signed|announced|struck|formed|entered\s+into|inked|sealed|unveiled)\s+(?:a|an|its|their|new)?\s*"
    r"(?:[\w-]+\s+){0,3}?(?:partnerships?|agreements?|alliances?|collaborations?|deals?)\s+with\s+" + OBJ + r"(?P<o>" + CLD + r")")
"""', and announced partnerships with A, B and C': a second verb of the sentence's subject."""
_WITH_MAKER_BEFORE = re.compile(r"\b(?:developed|built|made|created|designed|co-developed|trained)\s+(?:together\s+|jointly\s+)?with\s+(?:the\s+)?$")
"""'two models developed with Geely': the name after is a co-developer."""
_REL_EVENT = re.compile(r"«[CU](?P<n>\d+)»(?P<r>(?:,\s+(?:(?:the|a|an|its)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?|«[CU]\d+»))?,\s+(?:which|who)\s+(?:(?:had|has|also|first|then)\s+)*(?:led|co-led|bought|acquired|backed|founded|set\s+up|took)\s(?:[^,;«]|«[^»]+»)*)")
"""A relative clause telling another deal of the company before it: its date is not the main clause's."""
_HEAD_CLAUSE = re.compile(r"(?:[-•*–—]\s+)?«[CU]\d+»(?P<c>,\s+(?:(?:in|of|to|with|for|from|by|on|at|into)\s+)?(?:which|who|whom|whose)\s(?:[^,;«]|«[^»]+»)*?,\s)")
"""'Isomorphic Labs, which Alphabet spun out of DeepMind in 2021, signed ...': the relative clause after the sentence's first
name, whose names do not act in the main clause."""


def _in_head_clause(masked: str, name_pos: int, verb_pos: int) -> bool:
    """Is the name at ``name_pos`` inside the relative clause after the sentence's first name, and the verb after that clause?"""
    hc = _HEAD_CLAUSE.match(masked)
    return hc is not None and hc.start("c") < name_pos < hc.end() <= verb_pos


_PLACE_PREFIX = re.compile(r"(?:«[GLN]\d+»(?:-based|'s)\s+)?")
"""'High Wycombe-based', 'Germany's' before a sentence's first company: no name of the company's."""
_HEAD_APPOS = re.compile(r"(?:[-•*–—]\s+)?" + _PLACE_PREFIX.pattern + r"«[CU]\d+»(?P<c>,\s+(?:a|an|the|also(?=\s+(?:listed|quoted|traded|based|headquartered)\s)|«C\d+»(?=\s+(?!(?:and|or|also|were|are|have|had)\s)[a-z]))\s(?:[^,;«]|«[^»]+»|,\s+«[LN]\d+»)*?,\s)(?!(?:and|or)\s|«[LN]\d+»)")
"""'Orvane AI, a Parsel Systems customer, raised ...': the apposition after the sentence's first name."""


_SOLD_MAJORITY = caseless(r"(?:sold|sells|selling|sell)\s+(?:a|an|its|their|the)\s+(?:(?:majority|controlling)\b|(?:about\s+|roughly\s+|some\s+)?(?P<pc>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent))")
"""A seller's majority stake: 'sold a 65 per cent stake to', 'sold a controlling stake to'."""
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z.'’/ -]*(?:,\s+(?:[A-Z][\w.'’ -]*,\s+)?«T\d+»)?(?:\s+\([^()«]{1,40}\))?\s+(?:-|--|—|–)\s+(?=«[CU])")
"""A wire story's dateline before its first name: "LYON/NEW YORK, «T0» - ", "LONDON (Wireline) -- "."""


def _in_head_appos(masked: str, name_pos: int, verb_pos: int) -> bool:
    """Is the name at ``name_pos`` inside the apposition after the sentence's first name, and the verb after it?"""
    if masked.startswith("«") or masked[:1] in "-•*–—":
        ha = _HEAD_APPOS.match(masked)
    else:  # "NEW YORK, Feb 19 (Wireline) - Match Group, the owner of Tinder and Hinge, has agreed to buy ...": after the dateline
        ha = _HEAD_APPOS.match(masked, dl.end()) if masked[:1].isupper() and (dl := _DATELINE_HEAD.match(masked)) else None
    return ha is not None and ha.start("c") < name_pos < ha.end() <= verb_pos
_PERSON_DESCRIBED = caseless(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+|«[GLNCU]\d+»\s+){0,4}?(?:graduate|alumnus|alumna|engineer|researcher|scientist|professor|"
    r"entrepreneur|executive|veteran|physician|doctor|economist|investor|banker|lawyer|founder|co-founder)\b")
_ROLE_BETWEEN = caseless(r"'s\s+(?:[\w-]+\s+){0,2}?(?:co-?founders?|founders?|chief|executives?|bosses|boss|head|CEO|rivals?|competitors?|"
                           r"investors?|backers?|shareholders?|customers?|clients?|partners?|owners?|parent)\b")
_NOT_PRODUCT_HEAD = caseless(
    r"(?:,\s+«[LN]\d+»(?=\s))?(?!,)\s+(?:[\w-]+\s+){0,2}?(?:campus(?:es)?|plants?|power\s+station|station|sites?|complex|facility|facilities|fabs?|factor(?:y|ies)|mines?|shafts?|reactor|"
    r"data\s+cent(?:re|er)s?|buildings?|expansion|depots?|warehouses?|conference|summit|event|business|unit|division|arm|subsidiary|stores?|chains?|brand|headquarters|office|"
    r"region|province|county|state|city|programme|program|initiative|project|fund|team|lab|melt\s+shops?|works|mills?|smelters?|refiner(?:y|ies)|"
    r"markets?|segment|index|neighbou?rs|rivals|peers|officers|staff|guards|employees|engineers|workers|technicians|drivers|crews|personnel|executives|"
    r"salespeople|consultants|"
    r"foundr(?:y|ies)|shipyards?|quarr(?:y|ies)|kilns?|rivers?|lakes?|valley|bay|harbou?r|coast)\b")
"""Heads after a name that make it a place, a business or an event, not a product ("its Childress, Texas campus")."""
_STREET_BEFORE = re.compile(r"\b(?:off|along|opposite)\s+$")
"""'its workshop off Mowbray Street': a street, where the company works."""
_WHOSE_BEFORE = re.compile(r"«[CU](\d+)»(?:,\s+(?:(?:the|a|an)\s+|«[CU]\d+»)(?:[^,;«]|«[GLN]\d+»){0,80}?)?,?\s+whose\s+(?:[\w-]+\s+)?$")
"""'Mistral AI, the Paris-based model developer, whose backers include ...': the backers are Mistral AI's (the description may have
been read as the company itself: "«C0», «C0» founded by ..., whose")."""
_WHOSE_ROUND = re.compile(r"(?P<o>«[CU]\d+»)(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){0,60}?)?,\s+whose\s+(?:«[MT]\d+»\s+|[\w-]+\s+){0,4}?(?:round|financing|raise|Series\s+[A-K])\b")
_EARLY_BACKER = re.compile(
    r"(?P<s>«[CU]\d+»(?:(?:,\s*|,?\s+and\s+)«[CU]\d+»)*)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:an?|the|its|their)\s+"
    r"(?:(?:early|earlier|first|original|seed|major|big|key|longtime|long-time|existing|largest|biggest|other|outside|strategic|institutional|"
    r"single|second-largest|third-largest|anchor|founding|minority|majority|controlling|principal|main|leading)\s+)+(?P<v>backers?|investors?|shareholders?)\b(?!\s+(?:in|of|to|at|for|with)\b)")
_IN_WHICH_BEFORE = re.compile(r"\b(?:in|of)\s+which\s+(?:«[GLN]\d+»['’]s\s+)?$")
_PERSON_OF = re.compile(r"\b(?:co-?founders?|founders?|chief\s+\w+|executives?|employees?|staff|alumni|veterans?|engineers?|researchers?|directors?|"
                        r"partners?|chairman|chair)\s+(?:of|from|at)\s+(?:the\s+)?(?:«[CU]\d+»,?\s+(?:and\s+)?)*$")
"""'the co-founder of Hugging Face', 'former executives from Deloitte and KPMG': angels, not their companies."""
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w-]+\s+){0,3}?$|\b(?:data|figures|estimates)\s+from\s+$")
_PREP_BEFORE = re.compile(r"\b(?:in|into|of|from|with)\s+$")
_SUBJ_PREP_BEFORE = re.compile(r"\b(?:in|into|of|from|with|for|to|at|on|by|near)\s+(?:the\s+)?$")
_OBJECT_VERB_BEFORE = re.compile(r"\b(?:bought|acquired|backed|funded|took\s+over|snapped\s+up)\s+$")
"""A verb whose object the next name is: "X bought Y in 2021 and has since invested $20m in it" (X invested, not Y)."""
_BACKED_OBJECT = re.compile(r"\b(?:backed|funded|financed|invested\s+(?:again\s+|more\s+)?in|doubled\s+down\s+on|bought\s+into|re-?upped\s+on)\s+$")
"""'A doubled down on B, leading its Series B': B is what A backed, and the participle's subject is A."""
_LEADING_AFTER = re.compile(r",\s+(?:co-)?leading\b")
"""The participle after that object: ", leading", ", co-leading"."""
_THE_LATTERS = re.compile(r"\s+the\s+latter['’]s\b")
_PAIR_OPENS = re.compile(r"(?:«T\d+»,?\s+|(?:In|On|Last|This|Earlier)\s+«T\d+»,?\s+)?«[CU](\d+)»\s+and\s+$")
"""A pair of companies opening the sentence, up to the second ("A and B launched ..."; "In «T», A and B ...")."""
_ACQ_GAPPED = frozenset(("acq_active", "acq_done_nominal", "acq_rest", "acq_full_ownership"))
"""The buying rules whose subject may stand far before the verb: in "X signed with Y and bought Z", X's."""
_ROUND_ITEM = caseless(r";\s+(?:and\s+)?(?:a|an)\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,3}?(?:round|Series\s+[A-K]\w*|seed|financing)\s+(?:in|for|of|into)\s+(?P<o>«[CU]\d+»)(?!')")
"""A semicolon list item continuing a lead's rounds: "; a $27 million Series B in Speak"."""
_AS_PROVIDER = caseless(
    r"(?P<s>" + C + r")" + GAP(40) + r"\b(?P<v>use|uses|used|using|chose|chosen|choose|selected|select|picked|named|appointed|tapped|signed\s+up|signed|hired|added|brought\s+(?:in|on))\s+(?P<o>" + C
    + r")(?:,(?:[^,;«]|«[GLN]\d+»){1,80},|,\s+«[CU]\d+»,)?\s+(?:as\s+(?:its|their|the|an?|«[CU]\d+»'s)|(?<=»\s)(?:its|their|«[CU]\d+»'s))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:provider|partner|supplier|vendor|platform|reseller|distributor|integrator)\b")
"""'X agreed to use Y as its preferred cloud provider', 'X selected Y as its technology partner', 'named Y its official cloud partner'."""
_IS_A_PARTNER = caseless(
    r"(?P<s>" + C + r")(?:\s+(?:is|was|has\s+been|have\s+been|had\s+been|became|becomes|remains)\s+(?:now\s+|also\s+|long\s+)?|,\s+)(?P<v>an?)\s+(?:[\w-]+\s+)?"
    r"(?:(?P<o>«[CUA]\d+»)\s+(?:[\w-]+\s+){0,4}?(?:partner|supplier|reseller|distributor)\b"
    r"|(?:[\w-]+\s+){0,3}?(?:partner|reseller|distributor)\s+(?:of|to|for)\s+(?:the\s+)?(?P<o2>«[CU]\d+»)(?!'))")
"""'Cohere has been an Oracle partner since 2022', 'Kestrel, an AWS Advanced Tier Services Partner,', 'a Premier Partner of Orvane'."""
_PARTNER_PROGRAM = caseless(
    r"(?P<s>" + C + r")" + GAP(60) + r"\b(?P<v>joined|joins|join|joining|(?:is|was|became|becomes)\s+(?:now\s+)?(?:a\s+)?member\s+of|(?:is|was|has\s+been|have\s+been)\s+(?:a\s+)?(?:part|member)\s+of|was\s+admitted\s+to)\s+"
    r"(?:the\s+)?(?P<o>«[CU]\d+»)(?:'s)?\s+(?:[\w-]+\s+){0,4}?partners?\s+(?:program(?:me)?|network|ecosystem|community)\b")
"""'Kestrel joined the Orvane Technology Partner Program', 'to join Orvane's partner network'."""
_PARTNERS_INCLUDE = caseless(
    r"(?:(?P<o>«[CU]\d+»)'s|(?<=whose))\s+(?:(?!limited\b)[\w-]+\s+){0,2}?(?P<lp>limited\s+)?(?P<v>partners)\s+(?:include|included|including|are|were|such\s+as|like)\s+(?P<s>" + CL + r")"
    r"|(?P<o2>«[CU]\d+»)" + GAP(40) + r"\b(?P<v2>counts?|lists?|numbers?)\s+(?P<s2>" + CL + r")\s+among\s+(?:its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+)?(?P<lp2>limited\s+)?partners\b")
"""'Orvane's partners include Kestrel, Parsel AI and Quillon Data', 'Orvane, whose partners include ...', 'Orvane counts Kestrel and
Parsel AI among its commercial partners'; a fund's limited partners are its investors."""
_TRADES_IN = caseless(
    r"(?P<s>" + C + r")" + GAP(40) + r"\b(?P<v>distribut(?:e|es|ed|ing)|resell(?:s|ing)?|resold|manufactur(?:e|es|ed|ing)|fabricat(?:e|es|ed|ing))\s+"
    r"(?P<o>«[CU]\d+»)'s\s+(?:[\w-]+\s+){0,3}?(?:models?|software|products?|chips?|processors?|services?|tools?|platforms?|technology|technologies|systems?|devices?|robots?)\b")
"""'Kestrel will distribute Orvane's models', 'will manufacture Orvane's chips at its plant': a commercial partner."""
_COMPUTE_CONTRACT = caseless(
    r"(?P<s>" + C + r")" + GAP(40) + r"\b(?P<v>spend|spends|spent|spending|pay|pays|paid|paying)\s+(?:(?:[\w.,-]+|«M\d+»)\s+){0,4}?(?:on|for)\s+"
    r"(?:(?:(?:computing|compute|cloud|data-?cent(?:re|er)|GPU|AI|server)\s+){0,2}(?:capacity|compute|services|chips|GPUs|servers|infrastructure|power|electricity)\s+(?:from|at|with|on)\s+(?P<o>«[CU]\d+»)(?!')"
    r"|(?P<o2>«[CU]\d+»)'s\s+(?:[\w-]+\s+){0,2}?(?:cloud|capacity|compute|chips|GPUs|servers|services|infrastructure|data\s+cent(?:re|er)s))")
"""'agreed to spend $30 billion on Orvane's cloud', 'will spend $30bn on computing capacity from Orvane': a compute contract."""
_PROVIDE_WITH = caseless(
    r"(?P<s>" + C + r")" + GAP(40) + r"\b(?P<v>provide|provides|provided|providing|furnish(?:es|ed)?|equip(?:s|ped)?|suppl(?:y|ies|ied|ying))\s+(?P<o>«[CU]\d+»)(?!')\s+with\b"
    r"|(?P<s2>" + C + r")" + GAP(40) + r"\b(?P<v2>suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing))\s+(?:(?:[\w.,-]+|«M\d+»|«P\d+»)\s+){1,6}?to\s+(?P<o2>«[CU]\d+»)(?!')"
    r"(?=(?:[^;«]|«[MT]\d+»){0,60}?\b(?:under|as\s+part\s+of|through)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:deal|contract|agreement|partnership)\b)")
"""'Orvane will provide Kestrel with 1 gigawatt of computing capacity', 'has agreed to supply Kestrel with 8,000 GPUs', 'will supply its
chips to Kestrel under a deal signed last week'."""
_CHOSE_TO = caseless(
    r"(?P<s>" + C + r")" + GAP(40) + r"\b(?P<v>chose|chosen|choose|chooses|selected|selects|picked|picks|hired|hires|enlisted|commissioned)\s+(?P<o>" + CL + r")(?!')(?:\s+(?:in\s+|on\s+)?«T\d+»)?\s+to\s+"
    r"(?:power|provide|build|supply|run|host|manufacture|make|operate|design|develop|deliver|handle|train|serve|create|produce)\b")
"""'Kestrel has chosen Orvane to power the assistant in its apps', 'hired Orvane to build its data centres', 'picked Orvane and
Kestrel in April to build models'."""
_PARTNERS_APPOS = caseless(
    r"(?P<s>«[CU]\d+»),\s+(?P<o>«[CU]\d+»)'s\s+(?:(?!(?:" + NOT_NOW + r")\b)[\w-]+\s+){0,2}?(?P<v>partner|ally)\b"
    r"|(?P<s2>«[CU]\d+»)\s+and\s+(?P<o2>«[CU]\d+»),\s+(?:(?!(?:" + NOT_NOW + r")\b)[\w-]+\s+){0,2}?(?P<v2>partners|allies)\b")
"""'Kestrel, Orvane's longtime partner,', 'Orvane and Kestrel, partners since 2019,'."""
_COMMERCE = (
    (_TRADES_IN, ("distribut", "resell", "resold", "manufactur", "fabricat"), None),
    (_COMPUTE_CONTRACT, ("spend", "spent", "pay", "paid"), ("capacity", "compute", "cloud", "chips", "gpu", "servers", "services", "infrastructure",
                                                          "power", "electricity", "data cent")),
    (_PROVIDE_WITH, ("provid", "furnish", "equip", "suppl", "deliver"), (" with", " to ")),
    (_CHOSE_TO, ("chose", "choose", "selected", "selects", "picked", "picks", "hired", "hires", "enlisted", "commissioned"), (" to ",)),
    (_PARTNERS_APPOS, ("partner", "allies", " ally"), None),
)
"""The commercial-partnership patterns, each with the words a sentence must hold (and, where given, one of a second list)."""
_COMMERCE_WORDS = tuple(w for _rx, words, _also in _COMMERCE for w in words)
_PROGRAM_WORDS = ("program", "network", "ecosystem", "community")
_DEEPENING = caseless(r"\b(?:deepening|deepens|expanding|extending|strengthening|cementing|building\s+on)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:partnership|alliance|collaboration|tie-up|relationship)\b(?:\s+(?:that\s+)?the\s+two\s+(?:companies\s+)?(?:had\s+)?(?:signed|formed|struck|agreed))?")
_SAME_DEAL = caseless(
    r"(?P<s>«[CU]\d+»)(?!['’])(?:\s+(?:also|then|later|since|soon|has|had|have|quickly))*\s+(?P<v>did|does|has\s+done|had\s+done|used|uses|struck|strikes|"
    r"signed|reached|made|agreed|followed\s+with|took)\s+(?:much\s+|exactly\s+|almost\s+|essentially\s+|roughly\s+)?(?:the\s+same|something\s+similar|"
    r"a\s+(?:very\s+)?similar\s+(?:deal|arrangement|structure|agreement|pact|transaction|move|manoeuvre|maneuver|licensing\s+deal|licence\s+deal|license\s+deal))"
    r"(?:\s+«T\d+»)?\s+(?:with|for)\s+(?P<o>«[CU]\d+»)(?!['’])(?P<more>(?:[^«;.]|«T\d+»){0,30}?\band\s+with\s+«[CU]\d+»(?!['’]))?")
"""'Microsoft did something similar with Inflection AI', 'in August it did the same with Covariant': the deal just told, with another pair."""
_HIRE_LICENCE = caseless(
    r"(?P<s>«[CU]\d+»)(?!['’])" + GAP(40) + r"\b(?P<v>hired|hires|hiring|rehired|rehire|hire|poached|took\s+on)\s+(?:(?:most|much|many|some|all|several|dozens|part|half)\s+of\s+)?"
    r"(?:the\s+|its\s+)?(?:(?P<o1>«[CU]\d+»)['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:founders?|co-founders?|team|staff|employees|workforce|leadership|leaders|"
    r"researchers|engineers|executives|chief\s+executive|ceo|talent)\b(?:\s+(?:of|from|at)\s+(?:[^«;,]|«[GL]\d+»(?:-based)?){0,30}?(?P<o2>«[CU]\d+»))?"
    r"(?:[^;«]|«[TMA]\d+»|«[CU]\d+»['’]s){0,80}?\blicen[cs]")
"""'hired most of Adept's leadership while licensing its technology', 'hired the founders of Orvell and licensed its models': a
licence-and-hire, which is a partnership (the writers' convention), with the company the staff came from."""
_PAIR_SIGNED = caseless(
    r"(?P<s>«[CU]\d+»)(?:\s+of\s+«N\d+»)?\s+and\s+(?P<o>«[CU]\d+»)(?!')(?:\s+of\s+«N\d+»)?\s+(?:(?:have|had|also|recently|(?:on\s+)?«T\d+»(?:\s+\([^()]{1,12}\))?)\s+)*"
    r"(?P<v>signed|sign|extended|extend|renewed|renew|expanded|expand|deepened|deepen|broadened|sealed|inked|struck|formalised|formalized)\s+"
    r"(?:a|an|their|the|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|partnership|deal|pact|collaboration|alliance|contract|memorandum|MoU)\b")
"""'Kestrel and Orvane extended their agreement to 2030', 'A and B signed a memorandum of understanding', 'A and B of Japan on
Monday (25/8) signed an agreement'."""
_PAIR_SIGNED_VERBS = ("sign", "extend", "renew", "expand", "deepen", "broaden", "sealed", "inked", "struck", "formali")
_PARTNERED_BARE = caseless(r"(?P<s>«[CU]\d+»)(?!')(?:\s+(?:has|have|had|also|now|recently))*\s+(?P<v>partnered)\s+(?P<o>«[CU]\d+»)(?!'|\s+and\s+«)")
"""'Kestrel has partnered Orvane to bring its models to Europe' (the verb without 'with')."""
_ONE_OF_PARTNERS = caseless(
    r"(?P<s>«[CU]\d+»)(?!')\s+(?P<v>is|was|has\s+been|became|remains|becomes)\s+(?:now\s+|also\s+|already\s+)?one\s+of\s+(?P<o>«[CU]\d+»)['’]s?\s+(?:[\w-]+\s+){0,3}?partners\b")
"""'Orvane is one of Kestrel's biggest partners'."""
_MAKES_PARTNER = caseless(
    r"\b(?P<v>making|made|makes|make)\s+(?P<s>«[CU]\d+»)(?!')\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:partner|reseller|distributor|supplier|provider)s?\s+"
    r"(?:for|of|to)\s+(?P<o>«[CU]\d+»)(?!')")
"""'The deal makes Kestrel the preferred cloud provider for Orvane'."""
_MERGED_WITH = caseless(
    r"(?P<s>«[CU]\d+»)(?!')" + GAP(40) + r"\b(?P<v>merged|merges|merge|merging|(?:completed|completes|closed|closes|finalised|finalized|agreed)\s+"
    r"(?:its|their|«[CU]\d+»'s|the|an?)\s+(?:[\w-]+\s+){0,2}?merger)\s+with\s+(?:the\s+)?(?P<o>«[CU]\d+»)(?!['’])(?!,?\s+(?:to\s+(?:form|create)|creating|forming)\b)")
"""'Rebellions completed its merger with Sapeon Korea', 'xAI merged with X': the company named first is the one that survives, so
the buyer (the writers' convention); not 'merged with B to form C'."""
_RESPECTIVELY = re.compile(r"(?P<r>«[CUM]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CUM]\d+»)+),?\s+respectively\b")
_COORD_LIST = re.compile(r"«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)+")
_INV_CUE = caseless(r"\b(?:invest\w*|stakes?|tied\s+up\s+in|backed|backs|funded|funds|shareholders?|holdings?)\b")
_ACQ_CUE = caseless(r"\b(?:acquired|acquire[sd]?|bought|buys?|purchased|took\s+over)\b")
_APPOS_HEAD = re.compile(r"«[CU](\d+)»,\s+$")
_DESC_HEAD = re.compile(r"^(?:(?:[^«;]|«[GLNTM]\d+»)*?|[^;]*?\b(?:since|after|when|while|because|before|until|once)\s+)«[CU](\d+)»,\s+(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»(?:-based)?|,\s+(?=«[LN]\d+»-based)){0,60}?\b|«[CU]\d+»\s+(?:that\s+is\s+)?)"
                        r"(?:(?:behind|maker\s+of|makers\s+of|developer\s+of|creator\s+of|owner\s+of|operator\s+of|known\s+for)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                        r"|(?:that|which)\s+(?:also\s+)?(?:owns|operates|runs|controls)\s+(?:(?:the\s+)?«[CUP]\d+»(?:\s*,\s*|,?\s+and\s+))*(?:the\s+)?)$"
                        r"|^(?:[^«;]|«[GLNTM]\d+»)*?«[CU](\d+)»,\s+(?:formed|created|born|carved|spun)\s+(?:out\s+)?(?:from|of|out\s+of)\s+(?:the\s+)?(?:old\s+|former\s+)?$")
"""The sentence's first company described by what it makes, up to the name of that thing: "Cognition, the company behind
the Devin agent," (the name after "behind" is the product, not the subject); or by what it owns: "Booking Holdings, the
Norwalk, Connecticut-based group that owns Priceline, Kayak and Agoda," (the last one owned is no subject)."""
_JOINTLY = re.compile(r"\b(?:jointly|together)\b")
_PAIR_END = re.compile(r"«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)+$")
"""'A and B' (or 'A, B and C') ending where the subject ends: the makers of a product they built 'jointly'."""
_AND_ON_TOO = caseless(r"(?:[^«;,]|«[MT]\d+»){0,40}?(?:,\s+(?:the|an?)\s+(?:[^«;,]|«[CUP]\d+»){1,60}?(?=,))?,?\s+and(?:\s+(?:also|now|since\s+«T\d+»)|,\s+(?:since\s+)?«T\d+»,)?\s+(?P<v>on|in|inside)\s+(?:the\s+)?(?:«[CU]\d+»'s\s+)?«[PUC](?P<p>\d+)»(?!['’])")
"""The same copula's second place: '... have been on Amazon Bedrock since last year, and on OCI Generative AI since January',
'listed on the Guidewire Marketplace, the app store run by Guidewire, and on the Azure Marketplace', 'and, since March, on Otto Market'."""
_SOLD_THEN_ON = caseless(r"\b(?P<v>sold|stocked|available|offered|distributed|carried)\s+(?:through|in|at|by|via)\s+(?:[^«;,]|«L\d+»){3,90}?,?\s+and,\s+"
                         r"(?:since\s+)?«T\d+»,\s+(?:also\s+)?(?:on|through|via)\s+(?:the\s+)?«(?P<kind>[PUC])(?P<p>\d+)»(?!['’])")
"""A product sold in shops first, then on a platform since a date: 'sold through independent hardware stores and, since February, on
Amazon Australia'."""
_AND_ALSO_ON = caseless(r"(?:[^«;,]|«[MT]\d+»){0,40}?(?:,\s+(?:[^«;,]|«[CU]\d+»'s){1,60}?(?=,))?(?:,\s+«T\d+»)?,?\s+and\s+"
                        r"(?:(?:has|have|had)\s+(?:also\s+)?been|(?:can|could|may)\s+(?:also\s+)?be|is|are|was|were)\s+(?:also\s+)?"
                        r"(?:(?P<v>offered|available|listed|sold|hosted|distributed|downloaded|downloadable|accessible|added)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:on|in|through|via|from|to(?<=added\sto))|(?P<v2>on))\s+(?:the\s+)?(?:«[CU]\d+»'s\s+)?«[PUC](?P<p>\d+)»(?!')")
"""A second predicate with the same subject: '..., and has been offered on Naver Cloud Platform since April', '..., Snowflake's
managed service, and can be downloaded from Hugging Face', '... and was added to Google Cloud Marketplace', '... and is also on
Google Play'."""
_BARE_NAME_APPOS = re.compile(r"(?:\s+[a-z][\w-]*)?(?:(?:[^«;,]|«[GLN]\d+»){0,60},\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+of\s+which)?,\s+«[PU](\d+)»,\s+(?:[a-z]+\s+){0,3}")
"""'The latest PLaMo model, PLaMo Prime, has been': a bare name in apposition after a noun, the product meant."""
_REL_APPOS_HEAD = re.compile(r"«[CU](\d+)»,\s+(?:(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»)*?|«[CU]\d+»\s+)?\b(?:in\s+which|which|that|where|whose)\s+(?:[^,;«]|«[A-Z]\d+»(?:'s)?)*$")
"""The head of an apposition or relative clause the subject sits in: 'X, the operator in which Y holds a stake alongside '."""


def _rel_appos_head(masked: str, pos: int) -> re.Match | None:
    """`_REL_APPOS_HEAD` before ``pos``, tried only where a relative word occurs in its reach."""
    lo = max(0, pos - 160)
    window = masked[lo:pos]
    if not ("which" in window or "that" in window or "whose" in window or "where" in window):
        return None
    return _REL_APPOS_HEAD.search(masked, lo, pos)
_POSS_UNIT = re.compile(r"'s\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|division|arm|affiliate)\b")
"""'Toyota's software subsidiary': the possessor owns the subject; it is not the subject."""
_SINCE_ROUND = re.compile(r"(?:Since|After|Before|Following|Until|Ahead\s+of)\s+(?:its|their|the|«[CU]\d+»'s)\s+(?:[\w-]+\s+|«[MT]\d+»\s+){0,3}?(?:round|raise|financing),\s+")
_ROUND_IN_BEFORE = caseless(r"\b(?:round|Series\s+[A-K]\w*|seed|financing)\s+(?:in|for|into)\s+(?:the\s+(?:(?!which|whom|that|who)[a-z][\w-]*\s+){1,3})?$")
_CLAUSE_VERB = re.compile(r";\s+(?:and\s+)?«[CU]\d+»\s+[a-z]")
"""A semicolon clause with a subject of its own ("; Orvane raised ...") ends the list of the first verb's objects."""
_AND_IN_BEFORE = re.compile(r"\band\s+in\s+$")
"""'..., and in MiniMax': a second holding, not a co-investor."""
_HAVING = re.compile(r",\s+having\s")
_IN_BEFORE = re.compile(r"\b(?:invested|invests|invest|stake|stakes|holdings?|investors?|backers?|shareholders?)\s+(?:in|of)\s+$")
_FOUNDED_WORDS = ("set up", "founded", "launched", "created", "formed", "established", "started")
_POSS_ROUND = re.compile(r"«[CU]\d+»'s\s+(?:(?:«[MT]\d+»|[\w-]+)\s+){0,3}?(?:round|financing|raise|Series\s+[A-K])\b")
_ROUND_ANAPHOR = caseless(r"\b(?:that|the|this)\s+(?:\w+\s+)?round\b|\ba\s+(?:\w+\s+)?syndicate\s+(?:that|which)\s+includes?\b")
_LED = caseless(r"\bled\s+by\s+" + OBJ + r"(?P<s>" + CLD + r")|(?P<s2>" + CL + r")(?:,\s+(?:a|an|the|«[CU]\d+»['’]s)\s+(?:[^,;«]|«[GLNCU]\d+»(?:'s)?){1,80}?(?=,))?,?\s+(?:also\s+|(?:is|are|was|were)\s+|(?:had|has|have)\s+(?:also\s+|previously\s+|already\s+)?)?(?:led|leads|co-led|co-leads|leading|co-leading|(?:returned|came\s+back|stepped\s+in|agreed|signed\s+on)\s+to\s+(?:co-)?lead)\b(?!\s+by)|\bwith\s+(?P<s3>" + C + r")\s+(?:leading|as\s+(?:the\s+)?lead(?:\s+investor)?)\b|(?P<s4>" + C + r"),\s+(?:which|who)\s+(?:also\s+)?(?:led|co-led)\b")
_OTHER_CLAUSE_LIST = re.compile(r",\s+and\s+«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*\s+(?:(?:are|is|were|was|have|has|had|all|both|now|each)\s+)*(?P<v>[a-z]+)\b")
"""A clause of its own after a round: ", and A, B and C are all selling similar tools"."""
_BACKER_WORDS = re.compile(r"\b(?:investors?|backers?|shareholders?|stakes?|invest\w*|rounds?|funding|financing|cheques?|checks?|capital|co-led|led)\b")
_ROUND_CLAUSE_VERBS = frozenset("""led co-led lead leads joined join joining participated participating invested investing took take taking put putting
    chipped contributed contributing followed following returned came come added adding backed backing provided committed wrote writing also
    too as in with from of for through via on at by to bought buying subscribed poured injected and or among amongst alongside including
    plus together who which that whose the a an its their his her""".split())
"""Words after such a list that keep it in the round ("and A and B also invested", "and C joined")."""
_OWNED_FRACTION = caseless(r"(?:(?:about|roughly|some|nearly|almost|more\s+than)\s+)?(" + _FRACTION + r")[\s-]owned")
"""'about three-quarters owned by Alfa': a majority; 'a third owned by': a minority; 'half owned by': neither."""
_HOLDS_OBJECTLESS = caseless(
    r"(?P<s>" + CLA + r")(?:,\s+«[CU]\d+»,)?\s+(?:(?:also|still|now|already|jointly|together|currently)\s+)?(?P<v>holds|hold|owns|own|has\s+held|have\s+held|retains|retain|keeps|keep|controls|control)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|just\s+(?:over|under))\s+)?"
    r"(?:" + _PCT + r"|(?:a|an)\s+(?:" + _PCT + r"\s+)?(?:(?:minority|majority|small|large|significant|controlling)\s+)?stake|(?:minority|majority|small)\s+stakes)"
    r"(?!\s+(?:of|in|stake)\b)(?=\s*[,.;]|\s+(?:through|via|and|after|since|while|which|as|directly|indirectly)\b|$)")
"""A holding whose company goes unsaid: "CDP Venture Capital holds 12 per cent through its fund", "GIC and ADIA hold minority stakes"."""
_WHICH_HOLDS_BEFORE = re.compile(r"\b(?:in|of|where|whom)\s+which\b|\bin\s+whom\b|\bwhere\s+«")
_GAPPED_HOLDER = re.compile(r"(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?«[CU](\d+)»\s+(?:(?:about|around|roughly|nearly)\s+)?" + _PCT + r"(?!\s+(?:of|in)\b)")
_ROUND_IN_WHICH = caseless(
    r"(?P<o>«[CU]\d+»)'s\s+(?:«M\d+»\s+)?(?:[\w-]+\s+){0,3}?(?:round|placement|raise|financing|funding|series\s+[a-z]\d?|seed|offering|extension)"
    r"(?:\s+(?:from\s+|in\s+)?«T\d+»)?,\s+in\s+which\s+(?P<s>" + CL + r")\s+(?:(?:also|all|both|each)\s+)?(?P<v>took\s+part|participated|invested|joined)\b")
"""'X's $700 million private placement from December, in which A, B and C took part': the round's backers."""
_SEMI_MORE = re.compile(r";\s+(?:and\s+)?(?P<o>«[CU]\d+»)(?:,\s+(?:a|an|the)\s+(?:[^;«,]|«[GLN]\d+»(?:-based)?){1,100}?,)?\s+"
                        r"(?:for\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?«M\d+»,?\s+)?(?:in\s+«T\d+»|«T\d+»)(?=\s*[;.,]|\s+(?:and|last|this)\b|$)")
"""A purchase listed after a semicolon with its verb left out: "; Argilla, a Madrid start-up, for about $10 million in June"."""
_MONEY_FROM = caseless(
    r"\b(?P<v>(?:cheque|check|money|funding|capital|financing|investment|backing|round)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|has\s+come|had\s+come)\s+from)\s+"
    + OBJ + r"(?P<s>" + CLD + r")")
"""'The first cheque came from Y Combinator', 'Money came from a long list: A, B and C'."""
_JV_FORMED = caseless(
    r"(?P<s>" + CL + r")\s+(?:(?:on\s+)?«T\d+»\s+|have\s+|had\s+|jointly\s+|today\s+)*(?P<v>announced|formed|set\s+up|created|launched|established|unveiled)\s+"
    r"(?:(?P<jv>«[CU]\d+»),\s+)?(?:a|an|the)\s+(?:new\s+|[\w-]+\s+){0,2}?(?:joint\s+venture|consortium)\b")
_JV_SET_UP_BY = caseless(
    r"(?P<jv>«[CU]\d+»),\s+(?:a|an|the)\s+(?:new\s+|[\w-]+\s+){0,2}?(?:joint\s+venture|venture|consortium)\s+(?:that|which)\s+"
    r"(?P<s>" + CL + r")\s+(?:(?:jointly|have|had)\s+)?(?P<v>set\s+up|formed|created|launched|established|founded)\b")
"""The venture named first, its founders in a relative clause after: "Stargate, the data-center venture that OpenAI, SoftBank
Group and MGX set up" (the participle, "the joint venture set up by ...", is :data:`_FOUNDED_BY`'s)."""
_VENTURE_WORDS = re.compile(r"\b(?:venture|consortium)\b")
_AS_A_VENTURE = re.compile(r"(?:\s+(?:in\s+)?«T\d+»)?,?\s+as\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|consortium)\b")
"""'set up in 2023 by A and B as a joint venture': the founders partner."""
_ARE_PARTNERS = caseless(
    r"(?P<s>" + CL + r")\s+(?P<v>are|were|became|have\s+become)\s+(?:the\s+|its\s+|among\s+the\s+)?(?:(?!(?:" + NOT_NOW + r"|not|no|also|and|or)\b)[\w-]+\s+){0,3}?"
    r"partners\b(?:\s+(?:in|of|for)\s+(?P<o>«[CU]\d+»))?")
_DEVELOPED_TOGETHER = caseless(
    r"(?:\bby\s+(?P<s1>«[CU]\d+»)\s+|(?P<s2>«[CU]\d+»)(?!')(?:[^;«]|«[GLMTNPU]\d+»|«[CU]\d+»'s){0,160}?\b(?:developing|developed|building|built|co-developing|designing|designed)\b"
    r"(?:[^;«]|«[PU]\d+»){0,60}?\s+)(?P<v>together|jointly|in\s+partnership)\s+with\s+(?:the\s+)?(?P<o>" + CLD + r")")
"""'AlphaFold 3 was developed by Google DeepMind together with Isomorphic Labs', 'Nvidia is developing Newton together with
Google DeepMind and Disney Research': co-developers partner."""
_IN_PARTNERSHIP_WITH = caseless(
    r"(?P<s>«[CU]\d+»)(?!')(?:[^;«]|«[GLMTNPA]\d+»|«[CU]\d+»'s){0,160}?\b(?P<v>in\s+(?:a\s+|close\s+)?(?:partnership|collaboration|cooperation|conjunction)|"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:partnership|collaboration)\s+(?:struck\s+|signed\s+)?)\s+with\s+(?:the\s+)?(?P<o>" + CLD + r")")
"""'Emerald ran a demonstration ... in partnership with Oracle, the utility Salt River Project and EPRI', 'built the integration in
collaboration with OpenAI'."""
_AND_WITH_TOO = caseless(r"(?:[^;«]|«[PUGLTMN]\d+»(?:'s)?|«[CU]\d+»'s|«[CU]\d+»(?=\s+[a-z]+s\b)){0,90}?,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+|later\s+|more\s+recently\s+|«T\d+»\s+)?with\s+(?:(?:the|its|their)\s+)?(?:(?!(?:and|or|which|who|whose)\b)[a-z][\w-]*\s+){0,3}?(?P<o>" + CL_NP + r")")
"""A second partner after the first one's complement: '... has worked with Perplexity on the assistant, and with Meta on Llama-based tools',
'... as programmatic partners since 2024, and since April with Amazon'."""
_DATE_NEXT = re.compile(r"\s+«T(\d+)»")
_WITH_CHAIN = re.compile(r",\s+with\s+(?:the\s+)?«[CU](\d+)»(?!['’])(?=\s+«T\d+»|,)")
"""One more partner in a chain of "with" phrases, each with its own date: "..., with the Financial Times in April and with ..."."""
_SINCE_NEXT = re.compile(r"\s+(?:(?:since|from|in)\s+)?«T(\d+)»")
_WITH_NEXT = re.compile(r"\s+(?:(?:exclusively|separately|directly|also)\s+)?with\s")
_OWNED_AT = re.compile(r"(?:(?:has|have|had|been|is|was|are|were|also|since|long|now)\s+)*(?:(?:wholly|fully)[\s-])?owned\b", re.I)
"""A passive ownership verb where a holding's candidate was read: dropped when the same sentence says the owner bought it
("Alamy has been owned by PA Media Group, which bought it"; not "majority owned by Intel, which bought it and floated a stake")."""
_BOUGHT_AT = re.compile(r"(?:(?:had|has|have|later|then|first|eventually)\s+)*(?:bought|acquired|purchased|took\s+over)\b", re.I)
"""A purchase verb where an acquisition's candidate was read (not "majority owned", which an acquisition is also read from)."""
_DATE_THEN_WITH = re.compile(r"«T(\d+)»\s+with\s+$")
"""The date of a second partner named after its own time: "..., and since April with Amazon"."""
_SET_UP_WITH = caseless(r"\s+with\s+" + OBJ + r"(?P<s>" + CLD + r")(?!')")
_PAIR_TOGETHER = caseless(
    r"(?P<s>«[CU]\d+»(?:,\s+«[CU]\d+»)?),?\s+and\s+(?P<o>«[CU]\d+»)(?!')(?:,\s+which)?\s+(?:(?:have|has|had|also|will|now|already|jointly|(?:agreed|agree)(?:\s+«T\d+»)?\s+to)\s+)*"
    r"(?P<v>(?:build|develop|co-develop|create|design|launch|offer|sell|market|train|deploy|bring|run|operate|make|test)(?:s|ed|t|ing)?|built|made|ran|brought|sold)\s+"
    r"(?:[^;,.«]|«[PUGLN]\d+»){1,60}?\btogether\b")
"""'Getty Images and Runway will develop a video model together': two companies doing one thing together partner."""
_LIST_TAIL = re.compile(r"«[CU]\d+»(?:'s)?,\s+$")
"""Names before a pair or trio that make it the tail of a longer list (of customers or rivals, not of partners)."""
_PAIR_AGREED = re.compile(r"(?P<s>«[CU]\d+»(?:,\s+«[CU]\d+»)?),?\s+and\s+(?P<o>«[CU]\d+»)(?!')(?:,\s+which)?\s+(?:have\s+|had\s+|also\s+)*(?P<v>agreed|agree)\s+(?:(?:in|on|last|this|earlier)\s+)?(?:«T\d+»\s+)?to\s+"
                          r"(?!(?:jointly\s+)?(?:invest|buy|acquire|back|fund|put|take|pay|spend|commit|provide|lend)\b)[a-z]")
"""'A and B agreed to build ...' (not 'A and B agreed to invest $5bn and $10bn respectively in C': co-investors)."""
"""'Honeywell and Google Cloud agreed to connect Gemini models to Honeywell Forge': two companies agreeing to do something together."""
_IS_PARTNER_FOR = caseless(
    r"(?P<s>" + C + r")(?:,\s+(?:(?:the|a|an)\s+[^,;«]{1,60}|«[CU]\d+»),)?\s+(?P<v>is|was|becomes|became|has\s+become|has\s+been|had\s+been|remains|will\s+become)\s+(?:already\s+|now\s+|also\s+|still\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partner|supplier)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:for|of|to)\s+(?:both\s+)?(?P<o>«[CU]\d+»)(?:\s+and\s+(?P<o2>«[CU]\d+»))?")
"""'Sanmina becomes a preferred manufacturing partner for AMD's rack-scale systems'."""
_THE_TWO_ANNOUNCED = caseless(r"\b(?:under|through|in|as\s+part\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<v>partnership|alliance|collaboration|agreement)\s+"
                              r"(?:that\s+)?the\s+two\s+(?:companies|firms|groups)\s+(?:announced|signed|struck|agreed|formed|unveiled)\b")
"""A partnership of the sentence's two companies: "under a partnership the two companies announced last November"."""
_FORMED_WITH = caseless(
    r"\b(?:venture|joint\s+venture|partnership|consortium|company|model|chip|system|alliance)\s+(?:that\s+|which\s+)?(?P<s>«[CU]\d+»)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?P<v>formed|set\s+up|created|launched|established|built|developed|co-developed|designed|trained)\s+"
    r"(?:(?:«T\d+»|jointly|together)\s+)?with\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<o>" + CLD + r")(?=\s*[,.;)]|\s*$|\s+«T\d+»|\s+(?:in|on|for|at|last|this|earlier|since)\b)")
"""'the data-center venture it formed with OpenAI and Oracle', 'a model it built with Cerebras and MBZUAI': partners, pairwise."""
_THROUGH_VEHICLE = caseless(
    r"\b(?P<v>invested|invests|invest|participated|took\s+part|backed\s+(?:it|the\s+company))\s+(?:in\s+[^,;]{1,40}?\s+)?through\s+(?:his|her|their|its|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:family\s+office|fund|vehicle|firm|investment\s+company|holding\s+company|foundation),?\s+(?P<s>«[CU]\d+»)")
"""'Callum Reid invested through his family office, Ardtornish Ventures': the vehicle is the investor."""
_SERVES_ON = caseless(
    r"\b(?P<v>serving|serves|served|offering|offers|hosting|hosts|running|runs|selling|sells)\s+(?P<o>" + PL + r")\s+(?:on|through|via)\s+"
    r"(?:its\s+|the\s+|«[CU]\d+»'s\s+)?(?P<p>«[PU]\d+»)(?!')")
"""A platform's owner serving models on it: "Groq is serving Llama 3.1 70B and 8B on GroqCloud"."""
_USED_BY = re.compile(r",\s+(?:which\s+(?:is|are)\s+)?(?:used|relied\s+on|trusted|adopted|deployed)\s+(?:by|at|across)\b")
_INCLUDED_LIST = re.compile(r"\s+(?:the\s+)?«[PU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?«[PU]\d+»)*(?!')")
"""The names right after "including", not a later clause's."""
_PRODUCT_IDX = re.compile(r"«[PU](\d+)»")
"""The ids of products and unknown names in a matched list (a possessor such as «C1»'s left out)."""


def _appos(n: int) -> str:
    """An optional apposition of up to ``n`` characters between commas, places, countries and dates allowed
    ("Orvane Cloud, a Denver start-up, has offered ...")."""
    return r"(?:,(?:[^,;«]|«[GLNT]\d+»){1,%d},)?" % n


_POSS_P = r"(?:«[CU]\d+»'s\s+)?«[PU]\d+»"
_POSS_PL = _list(_POSS_P)
_GIVES_ACCESS = caseless(
    r"(?P<p>«[PU]\d+»)" + _appos(60) + r"\s+(?:(?:now|also|already)\s+)*(?P<v>gives|give|gave|offers|offered|provides|provided|includes|include|included|bundles|bundled)\s+"
    r"(?:(?:users|subscribers|customers|developers|members)\s+)?access\s+to\s+(?:[^;«]{0,60}?\b(?:including|such\s+as|like)\s+)?(?P<o>" + _POSS_PL + r")")
"""'Perplexity Pro gives access to more advanced models, including OpenAI's GPT-4.1 and Anthropic's Claude': each is on it."""
_ADDED_TO_LINEUP = caseless(
    r"(?P<s>«[CUP]\d+»(?:\s+and\s+«[CU]\d+»)?)" + _appos(80) + r"\s+(?:(?:has|have|had|also|recently|quickly|then|already)\s+)*(?P<v>added|adds|add|brought|brings|put|puts)\s+"
    r"(?P<o>" + _POSS_PL + r")(?:\s+[a-z][\w-]*){0,2}\s+(?:to|into|in)\s+(?:its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lineups?|line-ups?|catalogs?|catalogues?|offerings?|ranges?|portfolios?|fleets?|menus?|rosters?|selections?|instances)\b")
"""'Vultr added MI300X to its lineup in March': the company offers it (where a product is named, `_PUT_ON` reads it)."""
_OFFERS_CAPACITY = caseless(
    r"(?P<s>«[CU]\d+»)" + _appos(80) + r"\s+(?:(?:has|have|had|also|now|already|has\s+been|have\s+been)\s+)*"
    r"(?P<v>offers|offer|offered|offering|rents|rent|rented|renting)\s+(?:out\s+)?(?:(?:on-demand|reserved|dedicated|bare-metal|cloud)\s+)?"
    r"(?P<o>" + _POSS_PL + r")\s+(?:capacity|nodes|instances|servers|clusters|systems|VMs|virtual\s+machines)\b")
_BUILT_INTO = caseless(
    r"(?P<s>«[CU]\d+»)\s+(?:(?:has|have|had|also|now|already|quietly)\s+)*(?P<v>built|builds|baked|bakes|integrated|integrates|embedded|embeds|folded|folds)\s+"
    r"(?:(?:its|their)\s+)?(?P<o>" + _POSS_PL + r")(?:\s+(?:model|models|assistant|chatbot|app|agent))?\s+(?:(?:directly|deeply|natively|right)\s+)?into\s+"
    r"(?:the\s+|its\s+|«[CU]\d+»'s\s+)?(?P<p>«[PU]\d+»)(?!')")
"""'Microsoft has built Copilot into Windows 11', 'Samsung integrated Gemini into its One UI': the product comes with the platform."""
_RENTS_OUT = caseless(
    r"(?P<s>«[CU]\d+»)" + _appos(80) + r"\s+(?:(?:has|have|had|also|now|already)\s+)*(?P<v>rents|rent|rented|renting)\s+out\s+"
    r"(?P<o>" + _POSS_PL + r")\s+(?:accelerators|GPUs|chips|processors)\b")
"""'TensorWave has offered MI300X capacity since early this year', 'Vultr rents out AMD's Instinct MI300X accelerators': the chip
is available on the cloud that rents it out."""
_PRODUCT_OFFERS = caseless(
    r"(?P<p>«P\d+»|«U\d+»(?=\s+(?:app|assistant|chatbot|platform|service)\b))(?:\s+(?:app|assistant|chatbot|platform|service))?" + _appos(80) + r"\s+(?:now|also|already)\s+(?:also\s+)?(?P<v>offers|serves|hosts|includes|supports)\s+(?P<o>" + _POSS_PL + r")"
    r"(?:,?\s+(?:alongside|as\s+well\s+as|next\s+to|besides)\s+(?P<o2>" + _POSS_PL + r"))?(?=\s*[.;]|\s*$|,\s+(?:a|an|the|which|and)\b|\s+(?:to|for|in)\b)"
    r"|(?P<p3>«P\d+»)" + _appos(80) + r"\s+(?:now|also|already)\s+(?:also\s+)?(?P<v3>offers|serves|hosts|includes|supports|carries)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:models|tools|apps|agents)\s+(?:including|such\s+as|like|from)\s+(?P<o3>" + _POSS_PL + r"(?:(?:\s*,\s*|,?\s+and\s+)" + _POSS_P + r")*)")
"""'DuckDuckGo's Duck.ai now offers OpenAI's o3-mini alongside GPT-4o mini and Claude 3 Haiku': a product that now offers others
is their platform (the adverb marks the news; a plain 'Acme Chat offers voice replies' is a feature); so is one that 'already
offers open models including Meta's Llama 2 and Code Llama'."""
_WEIGHTS_ON = caseless(
    r"(?P<o>«[PU]\d+»)(?:\s+[a-z][\w-]*){0,2},\s+(?P<v>publishing|releasing|posting|uploading|putting|making)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:weights|code|checkpoints)\b[^;«]{0,40}?\s+(?:on|to|through|via)\s+(?:the\s+)?(?P<p>«[PUC]\d+»)(?!')"
    r"|(?P<o2>«[PU]\d+»)'s\s+(?:(?:model|open|trained)\s+)?(?:weights|code|checkpoints)(?:\s+and\s+(?:weights|code|checkpoints))?\s+(?P<v2>are|were|have\s+been|went|sit|live)\s+"
    r"(?:(?:now|also|freely|publicly|openly)\s+)*(?:available\s+)?(?:on|through|via|in)\s+(?:the\s+)?(?P<p2>«[PUC]\d+»)(?!')")
"""'it open-sourced its π0 model, publishing the weights and code on GitHub': the model is on GitHub."""
_PLATFORM_CUSTOMERS = caseless(
    r"(?:(?P<p>«[PC]\d+»)\s+(?:customers|users|developers|subscribers|clients)|\b(?:customers|users|developers|subscribers|clients)\s+(?:of|using|on)\s+(?:the\s+)?(?:«[CU]\d+»'s\s+)?"
    r"(?P<p2>«[PC]\d+»)(?!')(?:\s+(?:service|platform|cloud|app|suite|subscription))?)\s+(?:can|could|will\s+be\s+able\s+to|are\s+(?:now\s+)?able\s+to)\s+(?:now\s+|also\s+|already\s+)*"
    r"(?P<v>use|access|try|buy|deploy|call|run|choose|select|pick|rent|add|install|license|licence)\s+(?:«[CU]\d+»'s\s+)?(?P<o>" + PL + r")(?!')")
"""'Azure customers can now use Vela 3', 'Developers using Vertex AI can now deploy Pallas Vision 4': the model is on the platform."""
_ON_ANOTHER = re.compile(r"(?:[^«;]|«[MT]\d+»){0,60}?\b(?:on|through|via|in|inside)\s+(?:the\s+)?«P\d+»")
_JOINS_IN = caseless(
    r"(?P<o>«[PU]\d+»)\s+(?:now\s+|also\s+)?(?P<v>joins|joined|will\s+join)\s+(?P<others>" + PL + r")\s+(?:in|on)\s+(?:the\s+)?(?:«[CU]\d+»'s\s+)?(?P<p>«[PC]\d+»)(?!')")
"""'Vela 3 joins Llama and Mistral Large in Amazon Bedrock': all of them are on it."""
_JOINS_PLATFORM = caseless(
    r"(?P<o>" + PL + r")(?!')(?:\s+(?:[a-z][\w-]*\s+)?(?:model|models|agent|agents|app|assistant|chatbot))?\s+(?:(?:now|also|today|has|have)\s+)*(?P<v>joins|joined)\s+"
    r"(?:the\s+)?(?:«[CU]\d+»(?:'s)?\s+)?(?P<p>«[PC]\d+»)(?!')(?P<noun>\s+(?:catalogue|catalog|marketplace|store|hub|library|line-?up|model\s+garden|gallery|platform))?")
"""'Codestral joined the Azure AI Foundry catalogue', 'Sentinel 3 agent joins Salesforce's AgentExchange marketplace'."""
_DEAL_TO_USE = caseless(
    r"(?P<s>«[CU]\d+»)" + _appos(60) + r"\s+(?:(?:has|have|had|also|now|already|recently)\s+)*(?P<v>struck|signed|reached|inked|sealed|agreed|announced)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|pact|contract|partnership)\s+to\s+(?:put|bring|use|integrate|embed|offer|license|licence|deploy|"
    r"distribute|resell|ship|preinstall|pre-install|feature)\s+(?:the\s+)?(?P<o>«[CU]\d+»)'s\s+")
"""'Samsung has struck a deal to put Google's Gemini models on its Galaxy phones': the two are partners."""
_NAMING_PARTNERS = caseless(
    r"\b(?P<v>naming|named|names|listing|listed|lists|counting|counts|citing|cited)\s+(?P<o>" + CL + r")\s+(?:among|as)\s+(?:its|their|the|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?partners\b")
"""'Meta said it had worked with two dozen companies, naming Accenture, Dell and Scale AI among the partners'."""


def _chained(rx, masked: str) -> Iterator[re.Match]:
    """``rx.finditer(masked)``, each search after the first going on from the last match's agent rather than its end: "A was
    bought by B, which itself had been acquired by C" holds two purchases, the second one's object the first one's agent."""
    pos = 0
    while (m := rx.search(masked, pos)) is not None:
        yield m
        pos = m.start("s") if m.start("s") > m.start() else m.end()


def _matches_past_runs(rx: re.Pattern, masked: str, tokens: list[Token]) -> Iterator[re.Match]:
    """``rx.finditer(masked)``, where a "runs on" match whose place is no platform ("runs on OpenAI's GPT-4o
    model", "runs on Tenkai's Hikari chips") is dropped and the search goes on right after its verb, so that
    "... and is available on Nimbus Cloud" later in the clause is still read."""
    pos = 0
    jumped = False
    while True:
        m = rx.search(masked, pos)
        if m is None:
            return
        if "v" in rx.groupindex and m.group("v").lower() in ("run", "runs") and "p" in rx.groupindex:
            p = _TOKEN_ID.match(m.group("p"))
            pm = tokens[int(p.group(1))].mention if p else None
            if not (_is_platform(pm) or (m.group("p").startswith("«C") and _platform_company(pm))):
                pos = m.end("v")
                continue
        if rx is _AVAIL["av_available"] and (clause := _NEW_CLAUSE.search(masked, m.end("o"), m.start("v"))):
            pos = clause.end()  # "X is available on P, and since October a version for advisers, Y, has been listed on Q": Y's clause
            jumped = True
            continue
        if jumped and masked.startswith(("'s", "’s"), m.end("o")):
            pos = max(m.end(), m.start() + 1)  # "..., but its exercises are being folded into Tonalia": what it owns, no product named
            continue
        jumped = False
        yield m
        pos = max(m.end(), m.start() + 1)


_TOKEN_ID = re.compile(r"«[A-Z](\d+)»")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?!«[PU]\d+»\s+(?:is|are|was|were|will|has|have)\b)")
_DEAL_WITH_BEFORE = caseless(r"\b(?:partnerships?|agreements?|deals?|collaborations?|alliances?|pacts?|contracts?|tie-ups?|work)\s+with\s+(?:the\s+|«[CUGLN]\d+»'s\s+)?(?:[\w-]+\s+){0,3}?$")
"""'followed its Series A by signing a distribution partnership with X': a partner, not an investor."""
_AMONG_NOT_BACKERS = caseless(r"(?:(?:,\s+|\s+and\s+)«[CU]\d+»)*\s+among\s+(?:its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,2}?(?:partners|customers|clients|users|suppliers|rivals|competitors)\b")
"""'... led by Tessel, and counts Snowflake among its technology partners': a partner named after a round is no backer of it."""
_PERSON_TITLE_AFTER = re.compile(r"\s+(?:co-?founder|founder|chief\s+executive|CEO|chairman|chairwoman|chair|president|executive|boss)\s+[A-Z]")
"""'Citadel founder Ken Griffin': the person invests, not the company."""
_CO_OWNED = caseless(r"\bowned\b")
_NOT_EQUITY = caseless(r"\b(?:grants?|loans?|debt|credit|awards?|prizes?|contracts?|orders?|bonds?|subsid(?:y|ies)|clearances?|approvals?|"
                         r"certifications?|authori[sz]ations?|permits?|licen[cs]es?|patents?|complaints?|fines?|requests?|letters?)\b")
_AUTHORITY = re.compile(r"\b(?<!Investment )(?:Authority|Commission|Administration|Ministry|Department|Regulator|Court|Parliament|Senate|Bureau)$")
"""A regulator or a state body, no company with a seat (but "Qatar Investment Authority", a sovereign fund, is one)."""
_PERSON_AFTER = re.compile(r"\s+(?:co-?founder|founder|chief\s+executive|CEO|chairman|chairwoman|president|billionaire|executive)\s+[A-Z][a-z]"
                           r"|['’]s\s+(?:(?:former|then|current|longtime)\s+)?(?:co-?founder|founder|chief\s+\w+|CEO|CTO|chairman|chairwoman|president|"
                           r"executive|head\s+of\s+\w+|(?:senior\s+)?vice\s+president|scientist|researcher)s?,?\s+[A-Z][a-z]")
"""'Citadel founder Ken Griffin', "Google's chief scientist, Jeff Dean": the person invests, not the company named before the title."""
_PEOPLE_AFTER = re.compile(r"\s+(?:designers|engineers|researchers|executives|employees|staffers|alumni|veterans|scientists|managers|bankers|"
                           r"programmers|analysts|traders)\b")
"""'founded by two former Apple designers': the company only says whose the people were; it takes no part in the deal."""
_PLACE_IN_MID = re.compile(r"\b(?:across|in|at|throughout|around|near)\s+(?:the\s+)?«[LN]\d+»,")
"""A place list begun between a maker's verb and its object: the object is another place of the list."""
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|one-time)\s+(?:[a-z][\w-]*\s+(?:at|of|with|from)\s+(?:the\s+)?)?$")
"""'set up by former Airbus and Thales executives', 'by Jo Roe, a former researcher at AGH University': a past employer."""
_DEBT_ROUND = caseless(r"\b(?:debt|loan|credit|private\s+credit|venture\s+debt)\s+(?:financing|round|facility|facilities|raise|package|deal)\b")
_DEBT_BEFORE = caseless(r"\b(?:debt|loans?|credit\s+(?:facility|facilities|line|lines)|bonds?)\b(?:[^«;]|«[MTGLN]\d+»){0,50}(?:«[CU]\d+»,\s+)?$")
"""'$5.25 billion of debt from a group of banks including JPMorgan Chase': lenders, not investors (nor the apposition that names
the lender again: "a loan from Enisa, the state lender")."""
_MAKER_OF_BEFORE = caseless(r"\b(?:maker|makers|developer|creator|owner|operator|publisher|designer)\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}$")
"""'the Norwegian maker of the humanoid robot Eve': what the company makes, never its investor."""
_IT_LED = caseless(r"«[CU](\d+)»\s+(?:was|has\s+been|had\s+been|is\s+being)\s+(?:(?:also|jointly)\s+)?(?:co-)?led\s+by\b")
"""'It was led by Y' after a round's sentence: when "it" is the round, its lead follows."""
_LED_BARE = caseless(r"(?P<s>" + CL + r"),?\s+(?:also\s+)?(?:led|co-led|jointly\s+led)\s*(?:$|[,.;]|(?:the|that|this)\s+(?:\w+\s+)?(?:round|financing|raise)\b)")
_VALUATION_AFTER = caseless(r"«M\d+»\s+(?:(?:(?:pre|post)-money\s+|post-investment\s+)?(?:valuation|market\s+(?:value|cap|capitalisation|capitalization))\b"
                              r"|(?:a|per|each)\s+(?:share|unit|ADS|ADR)\b)")
"""'at a $62 billion valuation', '$265 per share': a company's worth or a share's price, not the deal's amount."""
_VALUATION = caseless(
    r"(?:valu(?:ed|ing)\s+(?:it|them|the\s+[\w-]+|«[CU]\d+»)\s+at|valuation\s+(?:of|at)|(?:was|is|were|be|been|being)\s+valued\s+at)"
    r"\s*(?:about|around|roughly|some|nearly|almost|more than|over|up to)?\s*$")
_ROUND_VALUES = caseless(r"\b(?:round|financing|funding|raise|investment)\s*,?\s+(?:which|that)\s+(?:values|valued)\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?[\w-]+|«[CU]\d+»)"
                         r"\s+at\s*(?:about|around|roughly|some|nearly|almost|more than|over|up to)?\s*$")
"""'The round, which values the eight-month-old company at about $2.4 billion': a round's valuation, never its size (a
takeover's "deal that values X at" is its price, so only a round's)."""
_DEVICE_APP = re.compile(r"\s+(?:app|apps|application)\b")
_IN_PP_LIST = re.compile(r"\b(?:on|in|through|via|inside|into)\s+(?:the\s+)?«[PU]\d+»(?:,\s+«[PU]\d+»)*\s+and\s+$")
"""A list of places a preposition governs, its last member next ("has run in Apple CarPlay and Android Auto"; not ", and X has")."""
_TOKEN_BEFORE_DEVICE = re.compile(r"«[PU](\d+)»\s$")
_WHICH_IS = re.compile(r"(?:\s+[a-z][\w-]*){0,2}(?:,\s+(?:(?:the|a|an)\s+|«[CU]\d+»'s\s+)[^,;«]{1,60})?,\s+(?:(?:which|that)\s+(?:can|could|is|are|was|were|has|have|had|will|now|also)\b|(?:now\s+|also\s+)?available\s+(?:on|in|through|from|via)\b)"
                       r"|,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:app|application|service|tool|platform|plug-?in|extension|version|game)\s+(?:(?:now|also)\s+)?"
                       r"available\s+(?:(?:from\s+)?(?:«T\d+»|today|now)\s+)?(?:on|in|through|from|via)\s")
"""A relative clause whose subject is the name before it: "the Pasar Kilat app, which can be downloaded", "in Arkwright Fleet, the
Company's remote-monitoring app, which is available on", "through the Yardhopper Hire app, available on", "together with Korvane Link,
a companion app available from today on"."""
_IN_PP = caseless(r"\b(?:on|onto|through|via|with|in|inside|within|using|from|to)\s+(?:the\s+)?(?:«[CU]\d+»'s\s+)?$")
_CONVERSION = caseless(r"«M\d+»\s*[(\[]\s*(?:about|approximately|approx\.|around|roughly|some|or|nearly|c\.|~|equivalent to)?\s*$")
_STAKE = caseless(r"\b(minority|majority|controlling)\b")
_BUY_VERBS = r"(?:took|takes|taking|taken|take|acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|purchasing)"
_PAY_FOR = r"(?:pay|pays|paid|paying|spend|spends|spent|spending)\s+(?:[\w-]+\s+){0,2}?«M\d+»(?:\s+\([^()]{1,40}\))?\s+for"
"""'agreed to pay about NOK 1.9 billion for a majority stake in': a price paid for a stake is a stake bought."""
_BUYS_AT = caseless(r"(?:" + _BUY_VERBS + r"|" + _PAY_FOR + r")\b")
"""A stake bought, not held: a majority of it is the company ("TikTok took a 75.01% stake in Tokopedia")."""
_WHOLLY_OWNED = caseless(r"(?:[^«]{0,12}\s)?(?:wholly|fully)[\s-]owned\b")
"""A frame's verb that says the owner holds all of the company: "is wholly owned by"."""
_PEOPLE_OF = re.compile(r"(?:\s+(?:and|&)\s+«[CU]\d+»)?(?:\s+[\w-]+){0,2}?\s+(?:executives|researchers|scientists|students|engineers|alumni|staff|"
                        r"employees|veterans|professors|academics|managers|bankers|graduates)\b")
"""People a company's name describes: "three University of Oxford computer scientists", "former Airbus and Thales executives"."""
_SINCE_WHEN = re.compile(r"\s*(?:since\s+)?«T\d+»")
"""A date right after an owner's name ("wholly owned by Y since 2019"): when Y bought it."""
_SINCE_BOUGHT_CONTROL = caseless(r"\s+since\s+(?:«[CU]\d+»|the\s+(?:[\w.-]+\s+){0,4}?(?:group|company|firm|investor|fund))\s+" + _BUY_VERBS
                                 + r"\s+(?:a\s+)?(?:control|(?:controlling|majority)\s+(?:stake|interest|holding))\b")
"""Why the owner holds a majority: "majority owned by Hg since Hg bought a controlling stake in 2021"."""
_BUYS_MAJORITY = caseless(r"(?:" + _BUY_VERBS + r"|" + _PAY_FOR + r")\s+(?:a|the|its)\s+(?:[\w%.-]+\s+){0,3}?(?:majority|controlling)\s+(?:stake|holding|interest|shareholding)\b")
"""A majority bought in so many words ("bought a majority stake in Acronis"): control, an acquisition."""
_PERCENT = caseless(r"\b(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)(?!\s+(?:of\s+(?:its|their|the)\s+)?(?:revenue|sales|growth|market|customers|users|rise|jump|drop|fall))")
_AS_PART_OF_PARTNERSHIP = caseless(r"\b(?:as\s+part\s+of|alongside|along\s+with|together\s+with|tied\s+to)\s+(?:a|an|the|its|their)\s+(?:(?:[\w-]+|«T\d+»)\s+){0,3}?"
                                   r"(?P<v>partnership|alliance|collaboration|tie-up|arrangement|commercial\s+agreement|(?:cloud|distribution|supply|licensing|commercial)\s+(?:deal|agreement|pact))\b"
                                   r"(?!\s+(?:with|between)\s+(?!«[CU]\d+»\s+and\s+«[CU]\d+»))")
"""An investment told with the partnership it came in: "invested $15m as part of a partnership that", "alongside a distribution agreement"."""
_THE_PARTNERSHIP = caseless(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?partnership\b(?!\s+(?:with|between))\s+(?:that|which)\s+(?:accompanied|accompanies|came with|comes with|included|includes)\s+the\s+(?:investment|deal|stake)")
_FOLLOW_UP = caseless(r"\b(?:that|this|the)\s+(?:[\w-]+\s+)?(?:agreement|deal|arrangement|partnership|investment|transaction|tie-up)\b")
_TWO_COMPANIES = caseless(
    r"\b(?:partnership|cooperation|collaboration|alliance|relationship)\s+(?:that\s+)?(?:the|both)\s+(?:two\s+)?(?:companies|firms|groups|sides)\s+(?P<v2>have\s+had|had\s+had|have\s+maintained|formed|signed|struck|announced|agreed|unveiled)\b"
    r"|\b(?:(?:the|both)\s+(?:two\s+)?(?:companies|firms|groups|sides|start-ups|startups)|the\s+two)\s+(?:have\s+|had\s+|also\s+|since\s+|now\s+|already\s+|recently\s+)*(?P<v>(?:are|were|have\s+been)\s+(?:jointly\s+)?co-?developing|(?:signed|struck|formed|announced|sealed|inked|concluded|entered\s+into|re-?negotiated|renewed|extended|expanded|deepened|set\s+up|created|launched|established)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,3}?(?:partnership|tie-up|alliance|agreement|collaboration|pact|joint\s+venture)|(?:operate|operated|run|ran|own|owned)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,3}?(?:joint\s+venture|partnership|alliance)|partnered|teamed\s+up|(?:worked|work|collaborated|cooperated)\s+(?:closely\s+)?together|collaborated|cooperated)")
_DEAL_ANAPHOR = re.compile(r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?P<n>partnership|tie-up|alliance|deal|agreement|investment|acquisition|purchase)\b")


_RULE_WORDS: dict[str, tuple[str, ...]] = {
    "inv_active": ("invest", "bought into", "buys into", "buy into", "buying into", "put", "pour", "inject", "commit", "plough", "plow", "pump"),
    "inv_backed": ("back", "fund", "financ"),
    "inv_passive": ("backed", "funded", "financed"),
    "inv_backed_adj": ("-backed", "-funded"),
    "inv_rel": (" which ",),
    "inv_funded_appos": ("unded by", "acked by", "inanced by", "upported by"),
    "inv_backed_by_appos": ("unded by", "acked by", "inanced by", "upported by", "wned by", "acked since «t", "acked «t", "acked in «t", "wned «t"),
    "inv_rel_backer": ("investor in", "backer in", "shareholder in"),
    "inv_owned_passive": ("owned",),
    "inv_holds_shares": ("shares", "stake", "stock", "holding"),
    "inv_controls": ("controls", "controlled by", "controlled with", "s controlled", "d controlled"),
    "inv_stake_it_took": ("stake", "shares", "holding"),
    "inv_wholly_owned": ("wholly owned", "wholly-owned", "fully owned", "fully-owned"),
    "inv_stake_held_by": (" held by", " owned by", " held «t", " owned «t", " held since", " owned since"),
    "inv_jv_appos": ("joint venture",),
    "inv_set_up_as_jv": ("venture", "consortium"),
    "inv_receive_stock": ("stock", "shares", "equity"),
    "inv_set_up": ("set up", "sets up", "setting up", "formed", "forms", "establish", "spun o", "spins o", "carved out"),
    "inv_rel_set_up": ("set up", "formed", "establish", "spun o"),
    "inv_which_set_up": (", which",),
    "inv_set_up_by": ("up by", "founded by", "formed by", "created by", "established by", "launched by",
                      "up «t", "founded «t", "formed «t", "created «t", "established «t", "launched «t",
                      "up in «t", "founded in «t", "formed in «t", "created in «t", "established in «t", "launched in «t"),
    "inv_named_holder": ("shareholder", "investor", "backer"),
    "inv_poss_backer": ("'s",), "inv_whose_backer": ("whose",),
    "acq_owned_appos": ("owned by", "controlled by", "owned «t"),
    "acq_appos_participle": ("d by", "n by", "up by", "bought by", "over by", "part of"),
    "acq_include": ("acquisitions", "purchases", "takeovers"),
    "acq_has_owned": ("owned", "owns"),
    "inv_sold_stake": ("stake", "% of", "per cent of", "percent of"),
    "inv_copula_backer": ("backer", "investor", "shareholder"),
    "inv_among_backers": ("among",),
    "inv_backer_is": ("holder of", "holders of", "investor in", "investors in", "investor of", "backer of", "backers of", "holder in"),
    "inv_appos_backer": ("backer", "investor", "shareholder"),
    "inv_with_investment": ("doubled down", "bet ", "backed"),
    "inv_first_cheque": ("cheque", "check"),
    "inv_accelerator": ("graduat", "alum", "went through", "completed", "took part", "joined"),
    "inv_with_investing": ("investing", "putting up", "contributing"),
    "acq_rel": (" which ", " that ", " bought", " acquired", " purchased", " took over", " private", " took control", " control of", " snapped up", " picked up",
                " to buy", " to acquire"),
    "acq_rel_private": (" private",),
    "inv_rel_which": (" which ", " that "),
    "inv_copula_by": ("funded by", "backed by", "financed by", "bankrolled by"),
    "inv_fronted": ("acked by", "unded by", "inanced by", "upported by"),
    "inv_fronted_from": ("ment from", "ing from", "ital from", "ash from"),
    "inv_counts": (" among ",), "inv_among_holders": (" among ",), "inv_joined_holders": ("backers", "investors", "shareholders"),
    "inv_include": ("investors", "backers", "participants", "shareholders", "register"),
    "inv_portfolio": ("portfolio",),
    "inv_coinvest": ("invest",),
    "inv_backed_including": ("including", "such as", "among them"),
    "inv_backed_appos": ("-backed", "-funded"),
    "inv_stake": ("stake", "holding"),
    "inv_shares": ("shares", "stock", "equity"),
    "inv_pct_of": ("%", "per cent", "percent"),
    "inv_nominal_pre": ("stake", "investment", "shareholding"),
    "inv_nominal": ("investment", "stake", "backing", "funding", "bet", "commitment"),
    "inv_committed": ("committed", "commits", "pledged", "pledges"),
    "inv_included": ("includ", "came with", "comes with"),
    "inv_received": (" from ",),
    "inv_from": (" from ", " by "),
    "inv_objectless": ("invest", "joined", "took part", "take part", "participated", "chipped", "piled", "followed on", "follows on", "money in", "as cornerstone", "as anchor", " as investor", " as backer",
                       "cash in", "capital in", "participants", "participating", "backers"),
    "acq_active": ("acqui", "buy", "bought", "purchas", "took over", "take over", "takes over", "taking over", "snap", "absorb", "picked up", "picks up", "pick up", "picking up"),
    "acq_private": (" private",),
    "acq_rest": ("remaining", "outstanding", "rest of", "does not", "doesn't", "did not", "not already", "what remain", " left of"),
    "acq_full_ownership": ("ownership", " control", "majority of"),
    "acq_poss_appos": ("acquisition,", "purchase,", "takeover,", "to date,", "yet,", "ever,", "so far,"),
    "acq_passive": (" by ",),
    "acq_nominal": ("acquisition", "purchase", "takeover", "buyout", "take-private", "buy-out"),
    "acq_nominal_pre": ("acquisition", "purchase", "takeover", "buyout"),
    "acq_done_nominal": ("acquisition", "purchase", "takeover", "buyout", "take-private", "buy-out"),
    "acq_fronted": ("by ",),
    "acq_nominal_by": ("acquisition", "purchase", "takeover", "buyout"),
    "acq_sold_to": ("sold", "sell", "offload", "divest"),
    "par_verb": (" with ",), "par_working": (", working ",), "par_research": ("research with", "research «t", "research lab", "research cent", "research on ", "research into ", "research pro"),
    "par_signed": (" with ", " for "), "par_whose": ("whose",), "par_joined_in": ("join",),
    "par_nominal": (" with ",),
    "par_rel": (" with ",),
    "par_between": ("between",),
    "par_pair_which": (", which",),
    "par_rel_pair": (" and ",),
    "par_under": (" with ",),
    "par_making_it": ("making ", "made ", "makes "),
    "par_jv_with": ("joint venture with",),
    "par_agreed_with": ("agreed with", "agrees with", "agreeing with", "agreed «t", "agreeing «t", "agreed last", "agreed this", "agreed earlier",
                        "agreed in", "agreed on"),
    "par_first_to": ("the first",),
    "par_fronted": (" with ",),
    "par_under_fronted": ("under ", "as part of", "through "),
    "par_v2": ("signed «", "concluded «", "struck «", "sealed «", "closed «", "entered into «", "agreed «"),
    "par_signed_by": (" by ",),
    "par_license_tech": ("licen", "co-design", "co-develop", "co-engineer"),
    "par_with_which": ("with which", "with whom"),
    "par_selected": ("selected", "chosen", "picked", "named", "tapped", "appointed"),
    "par_bare": ("partnership with", "tie-up with", "alliance with", "collaboration with"),
    "par_pair": (" and ",),
    "par_named": ("named", "chose", "picked", "selected", "made", "appointed"),
    "par_appointed": ("appointed",), "par_signed_as": ("signed", "signs"), "par_contact": ("partnered with", "worked with", "collaborated with", "teamed up with", "operated with"), "par_distributes": ("distribut", "resell", "resold"),
    "par_named_which": (", which",),
    "par_became": ("partner", "provider", "supplier"),
    "par_partner_of": ("partner", "provider", "supplier"),
    "par_poss_partners": ("partners are", "partners were", "partners in", "partners include"),
    "par_license": ("licen",),
    "par_paid_licence": ("licen",),
    "av_available": ("available", "accessible", "selectable", "usable", "installable", "installed", "callable", "an option", "offered", "hosted", "live", "deployed", "integrated", "running", "sold", "distributed", "resold", "marketed", "delivered",
                     "folded", "embedded", "bundled", "incorporated", "listed", "added", "built in", "served", "bought", "provided", "supplied", "land",
                     "arrive", "coming", "comes", "runs ", "run on", "run in", "released", "published", "uploaded", "open-sourced", "on sale", "download",
                     "launch", "debut", "went live", "goes live", "went up", "goes up", "installed", "loaded", "found", "rented", "accessed", "purchased", "licensed",
                     "licenced", "preview", " beta"),
    "av_on": (" on",),
    "av_for": ("available for ", "out for ", "released for ", "launched for "), "av_to_users": (" users", " subscribers", " customers", " members", " developers", " owners", " account holders"),
    "av_in": (" in ", " inside ", " within "),
    "av_works_with": (" work",),
    "av_which_hosted": (" which ",),
    "av_which_through": (" access", " buy", " bought", " call", " licen", " reach", " rent", " uses", " used", " use ", " run", " ran ",
                         " offer", " download", " install", " sell", " sold", " distribut", " provide", " deliver",
                         " get", " got"),  # the relative clause's verbs (the pattern itself needs "which")
    "av_users_through": (" buy ", " download ", " licen", " order ", " purchase ", " rent ", " subscribe "),  # the users' verbs: rarer than the users
    "av_where_listed": (", where ",),
    "av_integration": ("the «",),
    "based_intro": ("in «", "from «", "out of «"),
    "based_paren": ("(«", "head office: «", "headquarters: «", "hq: «", "based in: «"),
    "based_one_of": ("one of",), "based_one_of_in": ("one of",), "based_of_town": ("» of ",),
    "based_appos_poss": ("'s «",),
    "based_poss_list": ("'s «",),
    "based_of": ("», of «", "» of «"), "based_appos_noun_in": (" in «", " from «", " of «", " in the «"), "based_city_country": ("»,",), "based_appos_town_state": ("», the «",),
    "based_appos": ("»,",),
    "based_appos_mod": ("»,",),
    "based_copula": (" is ", " was ", " has been ", " remains "),
    "based_in": ("based in", "headquartered in", "registered in"),
    "based_where": (", where «",), "based_from_post": ("» from «", "» from the «"), "based_in_post": ("» in «",),
    "based_hq": ("headquarters", "head office", "hq", " seat in", "registered office"),
    "based_founded": ("founded ", "established ", "incorporated ", "set up ", "started "),
    "based_moved": ("moved", "moves", "relocat", "shifted"),
    "based_copula_poss": (" is «", " was «", " remains «", " become «", " became «"),
    "based_fronted": ("founded", "established", "started", "set up", "launched", "based", "headquartered"),
    "based_from": (" from «", " out of «", " in «", " in the «"),
    "based_set_up": ("founded «", "set up «", "established «", "co-founded «", "cofounded «"),
}
"""Words a masked sentence must hold (lower-cased) for a rule to be tried: most sentences try few rules."""


_JOINED_A_ROUND = caseless(r"joined\s+an?\s")
_LATER = caseless(r"\b(?:will|would)\b[^;]{0,120}?(?:\bin\s+the\s+(?:coming|next)\s+(?:days|weeks|months|quarters?)\b|\blater\s+this\s+(?:year|month|quarter|spring|summer|autumn|fall|winter)\b"
                  r"|\bnext\s+(?:week|month|quarter|year)\b|\bsoon\b|\bby\s+the\s+end\s+of\b|\bearly\s+next\b)")
"""A platform that will carry a product later: not yet a fact (an agreed acquisition is one, and is not read here)."""
_LINEUP_WORDS = ("lineup", "line-up", "catalog", "offering", "range", "portfolio", "fleet", "menu", "roster", "selection", "instances",
                 "capacity", "nodes", "servers", "clusters", "systems", "vms", "virtual machines")
_RETRACT_WORDS = ("wrong", "incorrect", "false", "untrue", "inaccurate", "mistaken", "not true", "denied")
_FOLLOW_WORDS = ("agreement", "deal", "arrangement", "partnership", "investment", "transaction", "tie-up")


_UNREAD_OWNER = re.compile(r"\b[A-Z][\w&.-]*['’]s\s+(?:[\w-]+\s+)?$")
"""A capitalised possessive that is no mention right before a rule's noun ("Brightloom's backers"): someone the entity reader did not take."""
_ALWAYS = ("",)
"""The gate of a rule that needs no word: "" is in every text."""


def _id(s: str) -> int:
    return int(_IDX.search(s).group(1))


def _ids(s: str) -> list[int]:
    """Token ids in a matched list of names (companies or products; descriptors such as «G2» left out)."""
    return [int(i) for i in _NAME_IDX.findall(s)]


_PHRASE_END = re.compile(r"[,;]")
_APPOS_BACKED = frozenset(("inv_funded_appos", "inv_backed_by_appos"))
"""Holdings told in an apposition or a relative clause after the company ("X, a start-up backed by Y,", "X, which is backed by Y,"):
read for hedges on their own."""


@lru_cache(maxsize=1024)
def _hedged(masked: str, pos: int, end: int, skip: tuple[int, int] | None = None, local: int | None = None) -> bool:
    """Is the clause leading to a trigger hedged?  ``skip``: an apposition to leave out
    ("Oriel, whose agents negotiate contracts, was backed by ..." is no negotiation); ``local``: where a
    presupposed phrase starts ("its purchase of Y" stays a purchase in "investigating whether X breached
    commitments attached to its purchase of Y"): only that phrase is read for hedges."""
    if skip is not None and skip[0] < skip[1]:
        masked = masked[:skip[0]] + " " * (skip[1] - skip[0]) + masked[skip[1]:]
    clause = (masked[local:pos] if local is not None else clause_before(masked, pos)) + masked[pos:end]
    clause = _IDX.sub(" X ", clause)
    rest = masked[end:]
    if local is not None and (close := _PHRASE_END.search(rest)) is not None:
        rest = rest[:close.start()]  # "Vantage, which is backed by A and B, has not confirmed its tenant": the main clause's doubt
    return hedge_cue(clause) is not None or is_negated(clause) or unconfirmed_after(rest) or failed_after(rest)


_MORE_IN = re.compile(r"(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»(?:-based)?|«[PU]\d+»){1,80}?(?=,))?(?:,\s*(?:and\s+)?|\s+and\s+)in\s+(?:(?:«[GLN]\d+»(?:-based)?|[a-z][\w-]*)\s+){0,2}?«[CU](\d+)»(?!['’])")
"""', in Toronto-based B', ', the ..., and in C': one more object of a verb's "in", the preposition repeated."""
_P_AFTER = re.compile(r"\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,3}?«[PU](\d+)»")
_BUILT_TOGETHER = caseless(r"\b(?:(?:built|developed|trained|designed|created|made)\s+(?:it\s+)?(?:together|jointly)|(?:jointly|co-)\s*(?:developed|built|designed|trained|created)|"
                           r"the\s+(?:two|three)\s+(?:companies|firms|groups)\s+(?:have\s+|had\s+)?(?:jointly\s+)?(?:built|developed|trained|designed|created))\b")
"""'..., a model the two companies built together', 'jointly developed': what the pair launched is both companies' making."""
_INVESTOR_LIKE = re.compile(r"\b(?:Ventures?|Capital|Partners|Fund|Funds|Investments?|Holdings?|Equity|Horowitz|Accelerator|Combinator|Angels?|VC)\b")
_PORTFOLIO_OF_COMPANIES = caseless(r"\b(?:companies|start-?ups|firms|businesses|investments|holdings|stakes|venture|investment)\b")
"""A portfolio that is one of holdings: the holder's name or the words say so ("Its portfolio includes companies such as ...")."""
_TRANSACTION_AGREEMENT = caseless(r"(?:[^«;.]|«[MT]\d+»){0,40}?\b(?<!power\s)(?<!energy\s)(?<!electricity\s)(?<!power-)(?<!energy-)(?:share|stock|asset|sale|purchase|merger|acquisition|subscription|loan|credit|"
                                  r"financing|settlement|takeover|buyout|non-disclosure|standstill)(?:\s+and\s+purchase)?\s+(?:agreements?|contracts?)\b")
"""A sale's, a loan's or a merger's paper ("a binding share sale agreement"), not a power purchase agreement."""
_REGULATORY = caseless(r"\b(?:licen[cs]es?|permits?|approvals?|approved|clearances?|cleared|certifications?|authori[sz]ations?|applications?|rejected|fined)\b")
_POSS_PEOPLE = caseless(r"['’]s\s+(?:[\w-]+\s+)?(?:investors|backers|shareholders|owners|founders|co-founders|customers|clients|employees|staff|"
                        r"executives|managers|partners|lenders|bankers)\b")
_ROUNDS_FOR = caseless(
    r"(?P<s>" + C + r")(?!['’])" + GAP(40) + r"\b(?P<v>(?:taken|took|taking|take|takes)\s+part\s+in|participated\s+in|participates\s+in|joined|invested\s+in)\s+"
    r"(?:(?:the|several|many|multiple|numerous|recent|earlier|previous|\w+)\s+)?(?:(?:funding|financing|fundraising|venture)\s+)?rounds\s+(?:for|in|of|by|at)\s+"
    + OBJ + r"(?P<o>" + CLD + r")")
"""'has taken part in funding rounds for A, B and C': several rounds, each in a company the subject backed."""
_HEADING_OPENERS = frozenset("•*–-0123456789«")
_DEAL_HEADING = re.compile(r"^(?:[•*–-]\s*|\d{1,2}[.)]\s*)?«[CU](\d+)»(?:,|\s+[—–-]|:)\s+(?:about\s+)?«M\d+»(?:[^.;«]|«[MT]\d+»){0,60}\.?$")
"""A deal list's item heading: the company, its amount and the round's kind ('• Scale AI, $1bn Series F.')."""
_FOUNDING_FAMILY = re.compile(r"\bfounding\s+$")
"""Before a family's name: "its founding Wachira family"."""
_POSSESSOR_IN_APPOS = re.compile(r"['’]s\s+(?!(?:[\w-]+\s+){0,4}?(?:[\w-]*holders?|investors?|backers?|owners?|parent|funders?|financiers?|lenders?)\b)"
                                 r"(?:[\w-]+\s+){0,4}?[\w-]+,")
_APPOS_OPENS = re.compile(r"»,\s+(?:(?:once|now|formerly|then|long|still|previously)\s+)?$")
"""A possessor inside an apposition ("Vigilo, once Semafora's closest competitor,"): it describes the head, no party (unless the
apposition says the head holds it: "Redmile, Augmedix's largest shareholder,")."""
_ROLE_NAMED_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:rival|competitor|parent|parent\s+company|subsidiary|sister\s+company|spin-?off|affiliate|"
                               r"unit|arm|former\s+unit|(?:[a-z][\w-]*\s+){0,2}?(?:consultancy|" + COMPANY_NOUNS + r"))\s+«[CU](\d+)»(?!['’])")
"""'OpenAI's rival Anthropic', 'Google's parent Alphabet', "Lloyd's market consultancy Hadfield Partners": a company named by
its role towards the possessor, or described by it."""
_POSS_ROUND_BEFORE = re.compile(r"«[CU](\d+)»['’]s\s+(?:[\w-]+\s+|«M\d+»\s+){0,4}?(?:Series\s+[A-K]\w*|rounds?|raises?|funding|financings?|seed)\b[^«;]{0,40}$")
"""'The Paris start-up's record seed came from investors including ...': the round's company, named as its owner."""
_PART_OF_IT = re.compile(r"['’]s\s+(?:(?:[\w-]+|«[GLNCU]\d+»)\s+){0,3}?(?:unit|units|business|businesses|division|divisions|operations|assets|arm|"
                         r"subsidiary|brand|brands|factory|factories|plants?|fabs?|team|teams|portfolio|stake|shares|patents|data\s+cent(?:re|er)s?)\b")
"""What a buyer takes from a company ("VinAI's generative AI unit", "Intel's NAND business"): not the company itself."""
_AND_SIGNED_BARE = caseless(r"\s+and\s+(?:also\s+|then\s+)?(?P<v>signed|struck|formed|entered\s+into|sealed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:partnership|alliance|collaboration|commercial\s+agreement|pact)\b(?!\s+(?:with|between)\b)")
"""', and signed a partnership under which ...' after a deal: an alliance with no other party named, the deal's own two."""
_ON_TOP_OF_PARTNERSHIP = caseless(r",\s+(?P<v>on\s+top\s+of|adding\s+to|building\s+on|deepening|extending|expanding|in\s+addition\s+to)\s+(?:a|an|the|its|their)\s+"
                                   r"(?:(?:existing|earlier|wider|broader|commercial|strategic|technology|cloud)\s+){0,2}(?:partnership|alliance|collaboration|commercial\s+agreement)\b(?!\s+(?:with|between)\b)")
"""', on top of a partnership the two signed last year', ', adding to a partnership that ...' after a deal: the deal's own two."""
_ON_TOP_WORDS = ("top of", "adding to", "building on", "deepening", "extending", "expanding", "addition to")
_LIST_ITEM = r"(?:(?:the\s+)?(?:«[GLN]\d+»(?:-based)?\s+|(?!(?:and|or|with|by|from|of|in|for|to|at|on)\s)[a-z][\w-]*\s+){0,4}?)«[CU]\d+»(?!['’])"
_LIST_PARTNERED = caseless(
    r"^(?:[A-Z][A-Z .'’/-]+,\s+(?:«T\d+»\s+)?(?:-|–|—|--)\s+)?(?:(?:[A-Z][a-z]+|On|In|Last|This|Earlier)\s+(?:«T\d+»,?\s+)?|«T\d+»,?\s+|(?:[\w-]+\s+|«[TGL]\d+»\s+){0,4}?(?:[\w-]+|«[TGL]\d+»),\s+)?(?P<l>" + _LIST_ITEM + r"(?:\s*,\s*" + _LIST_ITEM + r")*,?\s+and\s+" + _LIST_ITEM + r")"
    r"\s+(?:(?:said|announced|confirmed)\s+(?:«T\d+»\s+)?(?:that\s+)?they\s+(?:had\s+|have\s+)?|(?:have\s+|had\s+)?(?:(?:on\s+)?«T\d+»\s+)?)"
    r"(?P<v>partnered|teamed\s+up|joined\s+forces|(?:announced|formed|signed|struck|entered\s+into|launched|sealed|unveiled)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partnership|alliance|collaboration|joint\s+venture|pact))\b")
"""'The Pittsburgh-based A, chipmaker B and German auto supplier C announced a partnership', 'A and B said on Wednesday they had
partnered to ...': a list of parties opening the sentence, each perhaps described, and their alliance."""
_AS_DID_LIST = caseless(r",\s+(?P<v>as\s+(?:did|do|does|have|has|had|were|was))\s+" + OBJ + r"(?P<s>" + CLD + r")(?!['’])(?:\s*(?:[.;]|$)"
                        r"|(?P<led>,\s+(?:(?:the|a|an|its)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?,\s+)?(?:which|who)\s+(?:had\s+|has\s+)?(?:also\s+)?(?:led|co-led)\s)"
                        r"|,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?\s+(?:that|which|who)\s+(?!(?:had\s+|has\s+)?(?:also\s+)?(?:led|co-led)\s)(?:[^;«]|«[GLNT]\d+»){1,80}?(?:[.;]|$))")
"""', as did A, B and C.', ', as did D, which led its seed round': the clause before's subject repeated for each of them."""
_WOULD_BEFORE = re.compile(r"\b(?:would|will)\s+(?:(?:also|jointly|then|now|soon|together)\s+)?$")
"""A predicate in the future ("said they would form"), which the frames' auxiliaries take as an announced deal."""
_DATE_AFTER = re.compile(r"(?:(?!\bto\b)[^;.,«]|«[CUPMGLN]\d+»){0,40}?«T(\d+)»")
"""The time right after a predicate and its object, before a clause or an infinitive ("to deploy trucks from 2027") begins."""
_LED_POSS_SEED = caseless(r"(?P<s>" + C + r")(?:,\s+(?:which|who)\s+|\s+)(?:had\s+|has\s+)?(?:also\s+)?(?P<v>led|co-led)\s+(?P<o>" + C
                          + r")'s\s+(?P<m>«M\d+»)\s+(?:pre-)?seed\b(?!\s+(?:round|funding|financing|investment)\b)")
"""'Kima Ventures, which led Pellicule's €3 million seed in 2023, put in more': a seed named by its sum alone, which the round cue
does not read (nor did its old ``«M» seed`` alternative, dead behind a ``\\b`` before ``«``), and which only its lead took part in."""
_APPOS_LED_POSS = caseless(r"(?P<s>«[CU]\d+»),\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,70}?\s+(?:that|which|who)\s+(?:had\s+|has\s+)?(?:also\s+|first\s+)?"
                           r"(?P<v>led|co-led)\s+(?P<o>«[CU]\d+»)'s\s+(?:(?P<m>«M\d+»)\s+)?(?:[\w-]+\s+){0,2}?(?:round|seed|Series\s+[A-K]\w*|raise|financing)\b")
"""'Speciale Invest, the Chennai-based fund that led Kalpa's $4 million seed round in 2023, ...': the apposition names a round its
head led."""
_ADDED_COMPANY = caseless(
    r"(?P<s>" + C + r")(?!['’])" + GAP(40) + r"\b(?:has\s+|have\s+)?(?:also\s+)?(?P<v>added|adds)\s+(?P<o>«C\d+»)(?!['’]),\s+(?:a|an)\s+(?:[^,;«]|«[GLN]\d+»(?:-based)?){0,60}?"
    r"\b(?:start-?up|company|firm|maker|developer|specialist|business)\b(?:[^,;.«]){0,60}?(?:[.;]|,\s+(?:in|for|last|earlier|this)\b|$)")
"""'it added Brium, a small compiler start-up focused on ...': a company the subject took in (not 'added X, a start-up, to its programme')."""
_BOUGHT_SHARE = caseless(r"\b(?:paid|pays|paying|bought|buys|buying|acquired|acquires|acquiring|purchased|purchases|took|takes|taking)\b"
                         r"(?:[^;«]|«[MT]\d+»){0,40}?\b(?:for|of)?\s*(?:a\s+|an\s+)?\d{2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)")
"""A purchase of a share given in per cent: 'paid $1.5bn for 80% of', 'bought a 72 per cent stake in' (its size decides the relation)."""
_DEALS_INCLUDE = caseless(r"^(?:(?:Its|Their|The\s+company's|The\s+group's)\s+)?(?:(?:earlier|previous|other|recent|past|prior|smaller|later)\s+){1,2}"
                          r"(?:deals|acquisitions|purchases|buys|takeovers)\s+(?:have\s+)?(?:include|included|including|were|are)\s")
_DEAL_PLURALS = ("deals ", "acquisitions ", "purchases ", "buys ", "takeovers ")
_DEAL_ITEM = re.compile(r"(?:\s|,\s+and\s+|,\s+)(?:the\s+)?«[CU](\d+)»(?!['’])(?=,|\s+(?:in|for)\s+«|\s*[.;]|\s+and\s+«)")
"""'Earlier deals include A, ..., in 2021, and B, ..., in 2022': the list items after the cue, each closed by a comma, a date or the end."""
_AND_SECOND_OBJECT = re.compile(
    r",\s+and\s+(?:(?:in|on)\s+«T\d+»,?\s+)?(?P<o>«[CU]\d+»)(?!['’])(?:,\s+(?:a|an|the|known|which|whose|its)\b(?:[^;«]|«[GLNP]\d+»){0,80}?,)?"
    r"(?:\s+«T\d+»|\s+(?:for|in)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?«[MT]\d+»(?:\s+in\s+(?:cash|stock))?|\s+the\s+(?:year|month)\s+(?:before|after)"
    r"|\s+(?:a|one|two|three)\s+(?:year|month)s?\s+(?:later|earlier))+\s*(?:[.;]|$)")
"""', and B, a video-editing app, the year before.', ', and B for about $547 million in 2017.': a second object of the clause's verb,
with only its price and date after it."""
_GAPPED_AMOUNT = re.compile(r",?\s+and\s+(?P<s>«[CU]\d+»)(?!['’])\s+(?:(?:about|around|roughly|nearly|some|almost|more\s+than|another|a\s+further|up\s+to)\s+)?(?P<m>«M\d+»)(?=\s*(?:[,.;:)]|$))")
"""', and Google about $3 billion.', 'in Anthropic and Nvidia up to $10 billion': a second investor and its amount, with the verb and the
object of the clause before left out."""
_AGREED_WITH_TO_BUY = caseless(
    r"(?P<s>" + CL + r")" + _SUBJ_APPOS + GAPX(40) + r"\b(?P<v>agreed|agrees|agreeing)\s+(?:(?:in|on|last|this|earlier)\s+)?(?:«T\d+»\s+)?with\s+"
    + OBJ + r"(?P<o>" + CLD + r")\s+to\s+(?:buy|acquire|purchase|take\s+over)\s+" + OBJ + r"(?P<t>" + C + r")(?!')")
"""'agreed with A and B to buy C': the three buy C together."""
_SUBJECT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?:(?:in|on|last|this)\s+)?(?:«T\d+»,?\s+)?«[CU]\d+»(?!['’])\s+(?:(?:has|have|had|also|then|later)\s+)*[a-z]+"
                             r"|,\s+and\s+(?:(?:has|have|had|also|then|later|has\s+since|since)\s+)*(?:signed|agreed|struck|inked|sealed|formed|entered|"
                             r"bought|acquired|invested|took|sold|partnered|teamed|launched|opened)\b")
"""Where a clause with its own subject begins: '..., and Thoma Bravo paid', '; Sequoia led'; or the subject's next deal:
'raised £9m led by A in February, ..., and signed a data agreement with B in May'."""
_TO_EXPLORE = caseless(r"(?:[^;.«]|«[CUGLNTM]\d+»)*?\bto\s+(?:jointly\s+|together\s+)?(?:explore|study|consider|evaluate|assess|discuss|examine|look\s+(?:at|into))\b")
_EXPLORING_DEAL = caseless(r"\b(?:memorand(?:um|a)|MoUs?|letters?\s+of\s+intent|agreed|agrees|agreeing|framework|preliminary|non-binding)\b")
_EXPLORE_WORDS = ("explore", "study", "consider", "evaluate", "assess", "discuss", "examine", "look at", "look into")
"""A memorandum, a framework or an agreement "to explore" (to study, to consider) something: no deal yet (the gold's convention)."""
_MORE_OBJECT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + OBJ + r"«[CU](\d+)»(?!['’-])")
_LIST_END = re.compile(r"\s*(?:[,.;:)—–]|$|«[TM]\d+»|(?:in|last|this|earlier|since|during|through|with|for|as|among|over|at|on|before|after|when|while|each|both|alongside|too)\b)")


_JOINT_LAUNCH = re.compile(
    r"(?P<s>«[CU]\d+»)\s+and\s+(?P<o>«[CU]\d+»)(?!')\s+(?:(?:on|in|last|this|earlier)\s+)?(?:«T\d+»\s+)?(?:have\s+|has\s+)?(?:jointly\s+|together\s+)?"
    r"(?P<v>announced|unveiled|launched|introduced|released|debuted|built|developed|created|co-developed|designed)\s+"
    r"(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,3}?(?:«[PU]\d+»|(?:jointly|co-?)\s*(?:developed|designed|built|engineered)\b)"
    r"|(?P<s2>«[CU]\d+»)\s+and\s+(?P<o2>«[CU]\d+»)(?!')\s+(?:(?:on|in|last|this|earlier)\s+)?(?:«T\d+»,?\s+)?(?:have\s+|has\s+)?(?:jointly\s+|together\s+)?"
    r"(?P<v2>announced|unveiled|launched|introduced|debuted)\s+(?:a|an)\s+(?![\w-]*(?:separate|rival|competing|own)\b)(?:[\w-]+\s+){0,3}?"
    r"(?:offering|service|product|platform|programme|program|initiative|solution|system|tool|model)\b(?!s)")
"""'Mistral AI and Nvidia on June 11 announced Mistral Compute', 'HPE and Nvidia unveiled a jointly developed line of AI systems':
two companies launching one product work together."""


_ANNOUNCED_ONE = re.compile(r"\b(?:announced|unveiled|launched|introduced|debuted)\s+an?\s")
"""The verb the pair's one offering needs, scanned before `_JOINT_LAUNCH` is tried on a sentence with no product."""
_JOINT_THING_WORDS = ("offering", "service", "product", "platform", "programme", "program", "initiative", "solution", "system", "tool", "model")
_HOLDING_WORDS = ("stake", "owned", "owns", "holds", "held", "controls", "controlled by", "s controlled", "d controlled", "percent", "per cent", "%", "majority", "shareholder", "backer", "investor",
                  "shares", "joint venture")


_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s*")
_FROM_MAKER = r"(?:\s+from\s+(?:the\s+)?(?:[^,;«]|«[GLN]\d+»(?:-based)?){0,40}?«[CU]\d+»(?:'s)?)?"
_IN_PLACE_FRONTED = re.compile(r"In\s+(?:the\s+)?(?P<g>«[LN]\d+»),\s+(?P<s>«[CU]\d+»(?:\s+and\s+«[CU]\d+»)?)(?!['’])(?:,\s+[^,;]{1,80},)?\s+(?:has\s+|have\s+|had\s+|also\s+|both\s+|on\s+«T\d+»\s+|«T\d+»\s+)*[a-z]+(?:ed|s)\b")
"""'In Singapore, Singtel signed ...': a round-up's place heading the sentence is where its subject is based."""
_LETS_CHOOSE = caseless(
    r"(?P<p>«[PU]\d+»)(?:\s+(?:app|service|platform|tool|suite|studio|assistant))?(?:,\s+(?:which|that)\s+(?:[^,;«]|«[CUGLNMT]\d+»(?:'s)?){1,100},)?\s+(?:now\s+|also\s+)?"
    r"(?P<v>lets|let|allows|allow)\s+(?:[\w-]+\s+){0,2}?(?:users|subscribers|customers|developers|clients|businesses|teams|members|creators|designers)\s+"
    r"(?:now\s+)?(?:to\s+)?(?:choose|pick|select|use|access|call|try|switch)\b(?:\s+(?:between|from|among|to))?")
"""'The Firefly app ... lets subscribers choose between Adobe's own models and Google's Imagen 4': the models chosen there are on it."""
_PROGRAMME_AFTER = re.compile(r"(?:\s+(?:for|of)\s+[A-Z][\w-]*)?['’]s?\s+(?:[\w-]+\s+){0,3}?(?:programme|program|accelerator|incubator|network|scheme|initiative|cohort|ecosystem)\b")
"""'part of Nvidia's Inception programme': a programme a company joined, which owns nothing."""
_HOLDERS_IN = caseless(
    r"(?P<s>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)(?:«[CUA]\d+»'s\s+(?:[a-z][\w-]*\s+){1,2})?«[CU]\d+»)*)(?!')\s+(?:is|are|was|were)\s+(?:(?:also|both|all|now|still)\s+)*"
    r"(?:an?\s+)?(?:(?:early|major|minority|existing|big|large|key|significant)\s+)?(?P<v>shareholders?|investors?|backers?)\s+in\s+" + OBJ + r"(?P<o>«[CU]\d+»)(?!')"
    r"(?P<more>(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLNCU]\d+»){1,80})?,?\s+and\s+(?:also\s+)?in\s+" + OBJ + r"«[CU]\d+»(?!'))?")
"""'Alibaba and its rival Tencent are also both shareholders in Zhipu AI, the Tsinghua spin-off, and in Baichuan'."""


def _apposed_next(kinds: str, inside: str, after: str) -> re.Pattern:
    """A second name of ``kinds`` after the first one's apposition (which may name ``inside``), where ``after`` follows it."""
    return re.compile(r",\s+(?:a|an|the)\s+(?:[^,;«]|«[" + inside + r"]\d+»){1,120},\s+and\s+(?:the\s+)?«[" + kinds + r"](\d+)»(?!['’])(?=" + after + ")")


_APPOSED_NEXT = _apposed_next("PU", "GLN", r",\s+(?:a|an|the)\s|\s*[.;]|\s+(?:which|that)\b")
"""', a technology that ..., and Infery, an inference engine': a second product after the first one's apposition."""
_APPOSED_NEXT_COMPANY = _apposed_next("CU", "GLNP", r",\s+(?:a|an|the|whose|which|both)\s|\s*[.;]|\s+(?:which|that|in|for)\b|\s+«[TM]\d+»")
"""', the company behind the V-BAT, and Heron Systems, whose ...': a second company bought, after the first one's apposition."""
_AND_ALSO_BOUGHT = re.compile(r"\s+and\s+(?:the\s+)?«[CU](\d+)»(?!['’])(?=\s*[.;,)]|\s+(?:from|for|in|on|at|last|this|earlier|«[TM]))")
"""'completed its purchase of StreamSets and webMethods from Software AG': the second company bought, its clause going on."""
_NEW_CLAUSE_IN_MID = re.compile(r",\s+(?:and|but|while|whereas)\s")
_LED_BY_BEFORE = caseless(r"\b(?:led|co-led)\s+by\s+(?:the\s+)?$")
_AS_IS = caseless(r",\s+(?P<v>as\s+(?:is|are|were|was))\s+(?:«[CU]\d+»'s\s+)?«[PU](?P<o>\d+)»(?!['’])")
"""'X is available on AWS Marketplace, as is SentinelOne's Singularity platform': the second product is there too."""
_AND_PREDICATE = caseless(
    r"^(?:the\s+)?(?:(?:«[CU]\d+»'s|its|their|the\s+company's)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:«[PU](?P<o1>\d+)»|[a-z][\w-]*,\s+«[PU](?P<o2>\d+)»,)(?!')\s+"
    r"(?:is|was|has|had|[a-z]{3,}s|[a-z]{3,}ed)\s(?:[^;«]|«[CGLMNPTU]\d+»(?:'s)?){1,140}?(?<!«C\d»)(?<!«C\d\d»),?\s+and\s+(?:(?:has|had)\s+(?:also\s+)?been|is|was)\s+(?:(?:also|already|now|since\s+«T\d+»)\s+)*"
    r"(?P<v>(?:sold|listed|available|offered|hosted|distributed)\s+(?:[\w-]+\s+){0,2}?(?:on|through|via|in)|(?<=been\s)on|(?<=is\s)on)\s+" + _PLACE_DESC + r"«[PUC](?P<p>\d+)»(?!')")
"""A second predicate of the sentence's subject, a product, after a first that says something else of it: 'Ledgerlens is built on
Claude, which ..., and has been sold through AWS Marketplace since last spring'."""
_ALONG_WITH = caseless(r",\s+(?:along|together)\s+with\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<l>«[PU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[PU]\d+»)*),")
"""', along with Mixtral 8x7B and Mistral 7B,' between a product and its availability: they are there too."""
_JOINING = caseless(r",\s+(?:[a-z]+\s+)?(?P<v>joining|alongside)\s+(?P<o>(?:«C\d+»'s\s+)?«[PU]\d+»" + _FROM_MAKER
                    + r"(?:(?:\s*,\s*|,?\s+and\s+)(?:«C\d+»'s\s+)?«[PU]\d+»" + _FROM_MAKER + r")*)(?!')")
"""', joining Mistral Large from Mistral AI and Command R+ from Cohere' after a product made available: they are there too."""
_MODEL_THROUGH = re.compile(
    r"(?P<o>«P\d+»)(?!')(?:\s+(?:models?|family|API|APIs))?,?\s+(?P<v>through|via)\s+(?:the\s+|its\s+|their\s+|«[CU]\d+»'s\s+)?(?P<p>«[PU]\d+»)(?!')")
"""'looked at OpenAI's GPT-4 through Azure OpenAI Service', 'runs on Anthropic's Claude models through Amazon Bedrock': a model
reached through a platform is on it."""
_CAN_BUY_THROUGH = caseless(
    r"\b(?:can|will\s+be\s+able\s+to)\s+(?:now\s+|also\s+|already\s+)*(?P<v>buy|purchase|license|licence|subscribe\s+to|download|rent)\s+(?:the\s+)?(?P<o>" + PL + r")(?!')"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:through|via|on|from|in)\s+" + _PLACE_DESC + r"(?P<p>" + P + r")(?!')")
"""'Hospitals can buy Celvara Grade through the Microsoft Azure Marketplace': a product bought on a platform is on it."""
_COMPANY_NOT_POSS = re.compile(r"«[CU](\d+)»(?!')")
_PRODUCT_NOT_POSS = re.compile(r"«[PU](\d+)»(?!')")
"""A name that is no possessor ("Google's Imagen 4": Imagen 4, not Google)."""
_COMMA_AND_OR = re.compile(r",\s+(?:and|or)\s")
_LIST_SEP_POSS = re.compile(r"(?:\s+(?:[a-z][\w-]*\s+)?(?:models?|app|assistant|chatbot|agent|tool|chip|family),?\s+(?:and|or)|\s*(?:,|,?\s+and|,?\s+or))\s*(?:«[CU]\d+»'s\s+)?")
"""'Meta's Llama 3.1 and Mistral AI's Mixtral', 'its Vela image model and its Tessa video model': a list whose items name
their makers, or their kind (then joined by "and": "The latest PLaMo model, PLaMo Prime," is an apposition)."""
_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|while|whereas)\s|\.\s")
_AND_BEFORE_VERB = re.compile(r"\band\s+(?:(?:also|then|later|has|had|have)\s+)*$")
_OBJECT_OF_VERB = re.compile(r"\b(?:owns|owned|bought|acquired|paid|buys|acquires|sold|sells|backed|funded)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?$")
_OBJECT_POSITION = re.compile(r"(?:\b(?:of|for|from|in|by|to|with|at|on|into)\s+(?:the\s+)?|\b(?:[a-z]+ed|led|bought|took|won|made|struck|sold|hired|backs|funds|buys)\s+(?:the\s+)?)(?:«[CU]\d+»'s\s+)?$")
"""Words before a name that make it the object of a verb or preposition ("invested in X", "led X's round"), so not the subject of a verb
that follows it after "and"."""
_NOT_A_SIGNER = re.compile(r"(?:\b(?:of|for|from|in|by|to|with|at|on|into|sells|sold|makes|made|offers|offered|markets|runs)\s+(?:the\s+)?(?:«[CU]\d+»'s\s+)?|«[CU]\d+»'s\s+)$")
"""What comes before a name that is no subject: a preposition ("paid for IBM's QRadar business and signed"), a possessor, or a verb
whose object it is ("Infosys sells Topaz, a set of AI services, and has signed partnerships with")."""


def _more_objects(masked: str, pos: int) -> list[int]:
    """The other members of an object list that starts before ``pos`` ("in OpenAI and xAI"); none when the last of
    them is the subject of a clause of its own ("in Mistral and Microsoft signed ...")."""
    found = []
    comma_and = False
    while more := _MORE_OBJECT.match(masked, pos):
        found.append(int(more.group(1)))
        comma_and = bool(re.match(r"\s*,\s*and\b", more.group()))
        pos = more.end()
    if comma_and and re.match(r",\s+(?:which|who)\b", masked[pos:pos + 12]):
        return []  # "Microsoft, which has invested in OpenAI, and Amazon, which has put $4bn into Anthropic": Amazon is a subject
    return found if found and _LIST_END.match(masked, pos) else []


def _further_places(masked: str, pos: int, ment) -> list[int]:
    """The platforms listed after the one that ends at ``pos``: "on AWS, Microsoft Azure and Google Cloud"."""
    places = []
    while more := _MORE_PLACES.match(masked, pos):
        tok = more.group(1)
        if tok[0] != "C" or _shop_or_platform(ment(int(tok[1:]))):
            places.append(int(tok[1:]))
        pos = more.end()
    return places


_STOREFRONT = re.compile(r" (?:App\s+)?(?:Marketplace|Store)$")
"""A storefront's name ("Procore App Marketplace", "Autodesk App Store"): where products are on offer."""


def _is_platform(m: Mention | None) -> bool:
    """A product others are offered on: the gazetteer says so, or a new name such as "Tencent Cloud"."""
    if m is None:
        return False
    if m.entry is not None:
        return m.entry.platform
    return bool(_PLATFORM_NAME.search(m.name))


def _platform_company(m: Mention | None) -> bool:
    """A company whose name also names its platform ("available on Hugging Face")."""
    return m is not None and m.entry is not None and m.entry.platform


_SHOPS = frozenset({"Amazon", "eBay"})
"""Retailers whose marketplace goes by the company's own name: a platform only where a product is sold "on" it ("sold on Amazon
and Etsy"), never a host that "sells Claude on Bedrock"."""
_SOLD_ON_VERBS = frozenset({"sold", "available", "listed", "stocked"})
"""What a product is, right before "on" a company, that makes the company its online shop ("has been sold on Ocado")."""


def _shop_or_platform(m: Mention | None) -> bool:
    return _platform_company(m) or (m is not None and m.name.split(".")[0].split()[0] in _SHOPS)  # "Amazon Australia", "Amazon.de"


def _ap(m: re.Match) -> tuple[int, int] | None:
    """The span of a rule's apposition group, when it has one and it matched."""
    return m.span("ap") if "ap" in m.re.groupindex and m.group("ap") else None


_DATE_BEFORE_PLACE = re.compile(r"\band,\s+(?:since\s+)?«T(\d+)»,\s+$")
"""A second place's date before it: "..., and, since March, on"."""


def _own_date(tokens: list[Token], positions: dict[int, int], masked: str, also: re.Match) -> Token | None:
    """A second place's own date: "and, since March, on Otto Market" before it, "and on the App Store since March" after it."""
    if (before := _DATE_BEFORE_PLACE.search(masked, also.start(), also.start("v"))) is not None:
        return tokens[int(before.group(1))]
    return _nearest(tokens, positions, "T", also.end(), also.end(), also.end() + 80)


def _nearest(tokens: list[Token], positions: dict[int, int], kind: str, pos: int, lo: int = 0, hi: int = 10**9,
             masked: str = "") -> Token | None:
    best = None
    for i, t in enumerate(tokens):
        if t.kind != kind:
            continue
        p = positions[i]
        if not (lo <= p <= hi):
            continue
        if kind == "M" and _not_the_deals(masked, p):
            continue
        d = abs(p - pos)
        if best is None or d < best[0]:
            best = (d, t)
    return best[1] if best else None


@lru_cache(maxsize=256)
def _not_the_deals(masked: str, p: int) -> bool:
    """Is the amount at ``p`` a valuation or a conversion, not a deal's size?  (Asked for each fact of the sentence.)"""
    return bool(_VALUATION.search(masked[max(0, p - 40):p]) or _CONVERSION.search(masked[max(0, p - 40):p])
                or _ROUND_VALUES.search(masked[max(0, p - 90):p])
                or _VALUATION_AFTER.match(masked, p))


_PREFILTER = {
    "invest": ("invest", "bought into", "buys into", "buy into", "buying into", "put", "pour", "inject", "commit", "plough", "plow", "pump", "back", "fund", "financ", "stake", "bet",
               "from", "%", "per cent", "percent", "cheque", " check"),
    "counts": (" among ",),
    "acquire": ("acqui", "buy", "bought", "purchas", "tak", "took", "snap", "absorb", "picked up", "picks up", "pick up", "made private"),
    "partner": ("partner", "team", "forces", "join", "collaborat", "working", "s work with", "memorand", "allied", "alliance", "agreement", "arrangement", "tie-up", "deal", "pact", "contract", "jointly",
                "relationship", "joint", "worked", "works", "together", "cooperat", "named", "chose", "picked", "selected", "made", "appointed", "became", "become", "is now", "licen",
                "co-design", "co-develop", "co-engineer", "lease", "integration with", "agreed with", "agrees with", "agreeing with", "agreed «t", "agreed last", "agreed this",
                "agreed earlier", "agreed in", "agreed on", "research with", "research «t", "research lab", "research cent", "research on ", "research into ", "research pro", "dedicated", "combined"),
}
_HAS_NONE: frozenset[str] = frozenset()
_AUDIENCE_WORDS = ("customers", "users", "developers", "subscribers", "clients", " join")
_PARTNER_NOUN_WORDS = (" partner", " supplier", " reseller", " distributor")
_SPEAKER = caseless(r",\s+«[CU](\d+)»\s+(?:said|says|told|added|noted|announced|confirmed|stated|wrote)\b(?!\s+(?:(?:about|around|nearly|another|a\s+further|more\s+than)\s+)?«M)")
"""A company that speaks after a comma ("..., Brenlow said"): the sayer, never the last verb's object through a description."""
_OWNER_IN_APPOS = re.compile(r"«[CU]\d+»,\s+(?:a|an|the)\s+«[CU](\d+)»(?:-(?:backed|owned|funded)\b|\s+(?:portfolio\s+company|subsidiary|unit|affiliate|"
                             r"division|spin-?off|spin-?out)\b)")
"""A company named in another's apposition only to say whose it is: "Sentera, an Orvane portfolio company", "an Orvane-backed start-up"."""
_OWNER_APPOS_WORDS = ("-backed", "-owned", "-funded", "portfolio", "subsidiary", "unit", "affiliate", "division", "spin")
_INSTITUTION_WORDS = frozenset("""University College School Institute Hospital Ministry Department Academy Museum Council Commission
    Agency Authority Bureau Society Association Federation League Club Foundation Port""".split())
"""Words that make a name an institution's: never a product someone develops (narrower than the entities module's institution
words, which also hold "Bank", "Centre" or "House" that a product's name may end with)."""
_SPEAKER_WORDS = ("said", "says", "told", "added", "noted", "announced", "confirmed", "stated", "wrote")
_GATES = Gates({
    **{key: _RULE_WORDS.get(key, _ALWAYS) for key in (*_RX, *_BASED, *_AVAIL)},
    **_DEV_WORDS,
    **_PREFILTER,
    **{words: words for _, *lists in _COMMERCE for words in lists if words},
    **{words: words for words in (_LAUNCHED_WITH_NOUNS, _AGENTLESS_WORDS, _AV_VERB_WORDS, _CAME_WORDS, _COMMERCE_WORDS, _DEAL_NOUN_WORDS, _FOLLOW_WORDS, _FORMED_WORDS,
                                  _FOUNDED_WORDS, _HOLDING_WORDS, _HOST_WORDS, _AV_NOMINAL_WORDS, _LINEUP_WORDS, _PROGRAM_WORDS, _PUT_ON_WORDS, _SOLD_THROUGH_WORDS, _REL_WORDS,
                                  _RETRACT_WORDS, _ROUND_WORDS, _AUDIENCE_WORDS, _PARTNER_NOUN_WORDS, _SPEAKER_WORDS, _OWNER_APPOS_WORDS, _FAR_SIGNING, _DEV_WITH_WORDS, _JOINT_THING_WORDS,
                                  _EXPLORE_WORDS, _DEAL_PLURALS, _ON_TOP_WORDS)},
})
"""Every gate of :func:`sentence_relations`, by rule key or by the word list itself: ``key in gates`` asks whether the sentence holds one of its words."""
"""The prefilter of a clause that names no company: no company rule is tried."""


_ROLE_RELATIONS = {"shareholder": ("invests_in",), "investor": ("invests_in",), "backer": ("invests_in",),
                   "owner": ("acquires", "invests_in"), "parent": ("acquires",), "buyer": ("acquires", "invests_in"),
                   "acquirer": ("acquires",)}


def _role_holder(ctx: DealContext, role: str, company: Mention | None) -> Mention | None:
    """Who plays ``role`` for ``company`` in the deals read so far ("its new shareholder" -> the latest investor)."""
    if company is None:
        return None
    for rel in _ROLE_RELATIONS.get(role, ()):
        for c in reversed(ctx.deals):
            if c.relation == rel and c.object is not None and c.object.name == company.name:
                return c.subject
    return None


def _clause_end(masked: str, pos: int) -> int:
    """Where the clause at ``pos`` ends: the next semicolon or full stop, else the sentence's end."""
    ends = [i for i in (masked.find(";", pos), masked.find(". ", pos)) if i >= 0]
    return min(ends) if ends else len(masked)


def _round_company(ctx: DealContext, focus: Mention | None) -> Mention | None:
    """The company a round is in, never one just named as its investor ("The investors include A and B.
    Nvidia and AMD participated as strategic investors": not in A)."""
    last = ctx.last.get("invests_in")
    for c in (ctx.investee, focus, last.object if last is not None else None):
        if c is not None and c.name not in ctx.investors:
            return c
    return ctx.investee or focus


def _rest_holders(masked: str, ctx: DealContext, out: list[Candidate], ment, add) -> None:
    """The holders of the rest of a company a stake was bought in ("X buys 65% of Y. The remaining 35 per cent will stay with
    Z."): Z holds a stake in the company the sentence, or else the deal before it, named as bought into."""
    for m in (*_REST_STAYS.finditer(masked), *_KEEPS_REST.finditer(masked)):
        who = m.groupdict().get("t") or m.group("s")  # "... through X": the company it is held through
        holder = ment(int(who)) if who else None
        if holder is None or any(c.relation in ("invests_in", "acquires") and c.subject.name == holder.name for c in out):
            continue
        before = [c for c in out if c.relation in ("invests_in", "acquires") and c.object is not None and c.pos < m.start()]
        if not before and _PCT_OF.search(masked, 0, m.start()):
            continue  # "Singtel owns 35 per cent of Telkomsel, ..., while Telkom Indonesia holds the remaining 65 per cent": this sentence's company, unread
        if before:
            deal = before[-1]
        else:  # the deal the sentence before named, unless this sentence read deals of its own
            deal = None if out else next((c for c in reversed(ctx.deals) if c.relation in ("invests_in", "acquires")), None)
        if deal is None or deal.object is None or holder.name in (deal.object.name, deal.subject.name):
            continue
        add("invests_in", holder, deal.object, m.start("v"), end=m.end("v"), dated=False)
        if out and out[-1].subject is holder and out[-1].relation == "invests_in":
            out[-1].stake = _stake_of(m.group("pc"))


def _stake_of(percent: str) -> str:
    """A holding's stake from its percentage: under half a minority."""
    return "minority" if float(percent) < 50 else "majority"


_FRONTED_ROLE = re.compile(
    r"(?:[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother|[Tt]he|«[CU]\d+»'s)\s+(?:[a-z][\w-]*\s+){0,3}?(?:rival|rivals|competitor|competitors|partner|owner|parent|backer|peer|neighbour|neighbor|supplier|sister\s+company|"
    r"shareholder|investor|suitor|counterpart|challenger|compatriot),\s+(?:(?:the\s+)?(?:«[GL]\d+»(?:-based)?\s+|[a-z][\w-]*\s+){0,3})?«[CU]\d+»(?P<c>,)"
    r"(?=\s+(?:has\s+|had\s+|have\s+|also\s+|already\s+|then\s+|once\s+|recently\s+)*[a-z]+(?:ed|s|t)?\s)")
"""'Its closest rival, New York-based Integral Ad Science, paid ...': a role opening the sentence, then the name that fills it,
then its verb; the comma after the name only closes the apposition."""


def _token_of(tokens: list[Token], m: Mention | None) -> int | None:
    """The index of the token that stands for mention ``m`` in the sentence, if one does."""
    return next((i for i, t in enumerate(tokens) if t.mention is m), None) if m is not None else None


def sentence_relations(masked: str, tokens: list[Token], ctx: DealContext, focus: Mention | None) -> list[Candidate]:
    """Candidate facts read from one masked sentence."""
    out: list[Candidate] = []
    if "», " in masked and (fronted := _FRONTED_ROLE.match(masked)) is not None:
        masked = masked[:fronted.start("c")] + " " + masked[fronted.end("c"):]  # the name is the subject (offsets kept)
    kinds = "".join([t.kind for t in tokens])  # one letter a token: "CMTU"
    n_c = kinds.count("C") + kinds.count("U")
    n_p = kinds.count("P") + kinds.count("U")
    if n_c == 0 and n_p < 2:
        low = masked.lower()
        two = _TWO_COMPANIES.search(masked) if ("two " in low or "both " in low) else None
        if two and len(ctx.prev_companies) == 2 and not _hedged(masked, two.start("v" if two.group("v") else "v2"), two.end("v" if two.group("v") else "v2")):
            # "The two companies signed a partnership in January.": the previous sentence's two
            a, b = ctx.prev_companies
            c = Candidate("partners_with", a, b, two.start("v" if two.group("v") else "v2"), confidence=0.6)
            dates = [t for t in tokens if t.kind == "T"]
            if dates:
                c.date = dates[0].date.iso
            out.append(c)
        return out
    low = masked.lower()
    if masked[:1] in _HEADING_OPENERS and "«M" in masked and (deal_head := _DEAL_HEADING.match(masked)) is not None and tokens[int(deal_head.group(1))].mention is not None:
        ctx.investee = tokens[int(deal_head.group(1))].mention  # "• CoreWeave, $1.1bn Series C.", "4. Helsing — €450m, Series C (July)": the round below is its
    gates = _GATES.scan(low)  # which rules' words the sentence holds: one pass for all of them
    has = gates if n_c else _HAS_NONE  # the prefilters' labels the sentence holds (none without a company)
    retracted = _RETRACT_WORDS in gates and is_retracted(masked)
    speakers = {int(i) for i in _SPEAKER.findall(masked)} if _SPEAKER_WORDS in gates else ()
    owners = {int(i) for i in _OWNER_IN_APPOS.findall(masked)} if _OWNER_APPOS_WORDS in gates else ()
    positions = {int(m.group(1)): m.start() for m in _IDX.finditer(masked)}  # where each token's «Xi» stands (the last, were one
    # written twice); looked up by name, not scanned for
    if len(positions) < len(tokens):  # a name left out with its relative clause: before everything
        for i in range(len(tokens)):
            positions.setdefault(i, -10**6)

    def ment(i: int) -> Mention | None:
        return tokens[i].mention if 0 <= i < len(tokens) else None

    # where the clauses with their own subjects start (read once a sentence, for the dates of its deals)
    clause_starts = ([b.start() for b in _SUBJECT_CLAUSE.finditer(masked)]
                     if ", and " in masked or ", but «" in masked or ", while «" in masked or ";" in masked else [])

    rel_events = None if ", which " in masked or ", who " in masked else ()  # read on the first date asked for

    def add(rel: str, s: int | Mention, o: int | Mention, pos: int, *, check: bool = True, end: int | None = None,
            conf: float = 0.9, amount: bool = False, lo: int = 0, hi: int = 10**9, country: str | None = None,
            skip: tuple[int, int] | None = None, dated: bool = True, local: int | None = None, city: str | None = None,
            cobuilt: bool = False) -> None:
        nonlocal rel_events
        if (rel in ("invests_in", "acquires", "partners_with") and isinstance(o, int) and o in positions
                and masked.startswith(("'s ", "’s "), positions[o] + len(f"«{tokens[o].kind}{o}»"))
                and (rival := _ROLE_NAMED_AFTER.match(masked, positions[o] + len(f"«{tokens[o].kind}{o}»")))):
            o = int(rival.group(1))  # "has put $8 billion into OpenAI's rival Anthropic": the company the role names, not its possessor
        if (rel in ("invests_in", "acquires") and isinstance(o, int) and o in positions
                and _POSSESSOR_IN_APPOS.match(masked, positions[o] + len(f"«{tokens[o].kind}{o}»"))
                and _APPOS_OPENS.search(masked, max(0, positions[o] - 24), positions[o])):
            return  # "Vigilo, once Semafora's closest competitor, was acquired by V": the possessor only describes the head
        sm = ment(s) if isinstance(s, int) else s
        om = ment(o) if isinstance(o, int) else o
        if sm is None or (om is None and country is None):
            return
        if om is not None and sm.name == om.name:
            return
        if (rel in ("invests_in", "acquires", "partners_with") and (sm.entry is None and not sm.anaphor and _person_named(sm.name)
                                                                      or om is not None and om.entry is None and not om.anaphor and _person_named(om.name)
                                                                      and not (rel == "acquires" and om.extra.get("bought")))):  # (but "bought Tom Ford")
            return  # "Elad Gil joined the round", "its partner Gustaf Alströmer": a person, no company that invests or is invested in
        if rel in ("invests_in", "acquires", "partners_with") and ("ers " in masked or "ers," in masked or "ers." in masked or "alumni" in masked):
            si, oi = (s if isinstance(s, int) else _token_of(tokens, s)), (o if isinstance(o, int) else _token_of(tokens, o))
            if si is not None and si in positions and _PEOPLE_AFTER.match(masked, positions[si] + len(f"«{tokens[si].kind}{si}»")):
                return  # "founded by two former Apple designers": the people's former employer is no party
            if oi is not None and oi in positions and _PEOPLE_AFTER.match(masked, positions[oi] + len(f"«{tokens[oi].kind}{oi}»")):
                head = _id(masked) if masked.startswith("«") else None
                if head is None or head == oi or positions.get(head, 10**9) > positions[oi] or (om := ment(head)) is None or om.name == sm.name:
                    return
                # "Humane, founded by two former Apple designers, took in $230m": the company the apposition describes
        if (rel in ("invests_in", "acquires", "partners_with") and isinstance(s, int) and s in positions and ("former " in masked or "ex-" in masked)
                and _FORMER_BEFORE.search(masked, max(0, positions[s] - 40), positions[s])):
            return  # "set up by former Airbus and Thales executives": the people's past employer is no party
        if owners and (isinstance(o, int) and o in owners or rel != "invests_in" and isinstance(s, int) and s in owners):
            return  # "a deal with Sentera, an Orvane portfolio company": Orvane only says whose Sentera is
        if speakers and isinstance(o, int) and o in speakers:
            return  # "Tessel agreed to buy the plant's output, Brenlow said": who speaks is not what was bought
        if check and (retracted or _hedged(masked, pos, end if end is not None else pos, skip, local)):
            if om is not None and rel in ("invests_in", "acquires") and _CANCELLED.search(clause_before(masked, pos) + masked[pos:pos + 80]):
                ctx.cancelled.add((rel, sm.name, om.name))  # "abandoned its planned acquisition of Y"
            return
        if (rel == "partners_with" and check and _EXPLORE_WORDS in gates and (ex := _TO_EXPLORE.match(masked, end if end is not None else pos, (end or pos) + 120))
                and _EXPLORING_DEAL.search(masked, max(0, pos - 40), ex.end())):
            return  # "signed a memorandum with Y to explore ...", "agreed with Y to explore a joint bid": a study, no deal yet
        if rel == "partners_with" and ("agreement" in low or "contract" in low) and _TRANSACTION_AGREEMENT.match(masked, pos, (end or pos) + 80):
            return  # "signed a binding share sale agreement with Y": the paper of a sale or a loan, no alliance
        if (rel == "partners_with" and (_AUTHORITY.search(sm.name) or om is not None and _AUTHORITY.search(om.name))
                and _REGULATORY.search(masked, max(0, pos - 60), (end or pos) + 60)):
            return  # "has yet to win a licence from the Nuclear Regulatory Commission": a regulator's permit, no partner
        if (rel == "acquires" and isinstance(o, int) and o in positions
                and _PART_OF_IT.match(masked, positions[o] + len(f"«{tokens[o].kind}{o}»"))):
            return  # "Qualcomm's purchase of VinAI's generative AI unit": a part of Y, not Y (no named company was bought)
        if rel == "develops" and om is not None and om.entry is None and not _INSTITUTION_WORDS.isdisjoint(om.name.split()):
            return  # "the University of Arizona's Wyant College of Optical Sciences": a school, not a product
        if (rel == "develops" and isinstance(o, int) and o in positions and om is not None and om.entry is None and om.type != "Product"
                and _FACILITY_AFTER.match(masked, positions[o] + len(f"«{tokens[o].kind}{o}»")) and city_country(om.name.removesuffix(" City"))):
            return  # "Holme's Wakefield preparation centre", "the Kalgoorlie site": a town the company works in, not its product
        if (rel == "develops" and om is not None and om.entry is not None and om.entry.owner and not same_family(om.entry.owner, sm.name)
                and sm.name not in om.entry.family and not cobuilt):
            return  # the gazetteer knows whose product it is (a company of the owner's family may be credited: "Alibaba's Qwen3", "Nuance's DAX Copilot")
        if rel in ("develops", "acquires") and sm.extra.get("government") or rel == "available_on" and om is not None and om.extra.get("government"):
            return  # "the UK government's G-Cloud": a state's programme, not a product it makes; a state is no platform
        if (rel == "available_on" and check and ("will" in low or "would" in low)
                and _LATER.search(clause_before(masked, pos) + masked[pos:(end if end is not None else pos) + 100])):
            return  # "said it would add the model to Cortex AI in the coming weeks": not there yet
        if (rel in ("invests_in", "acquires", "partners_with") and isinstance(s, int) and s in positions and pos > positions[s]
                and (_APPOS_AGENT.match(masked, 0, positions[s])  # (not the apposition's own "backed by Y")
                     or _in_head_clause(masked, positions[s], pos) or _in_head_appos(masked, positions[s], pos))
                and not (masked.startswith(",", s_end := positions[s] + len(f"«{tokens[s].kind}{s}»"))
                         and _OWN_REL_BEFORE_VERB.fullmatch(masked, s_end + 1, pos))):  # (but in "X, owned since 2019 by Y, the
            # holding company that bought it," Y's own relative clause is Y's)
            head = ment(_id(masked[_PLACE_PREFIX.match(masked).end():]))  # the sentence's first name, whose apposition names the agent
            if head is None or om is None or head.name == om.name or head.name == sm.name and not sm.anaphor:
                return
            sm = head  # (its "its" too: "Banque Rivaud, the Geneva private bank owned by its five managing partners, has agreed to acquire")
        if (rel in ("invests_in", "acquires", "partners_with") and isinstance(o, int) and o in positions and pos > positions[o]
                and (_in_head_appos(masked, positions[o], pos) or _in_head_clause(masked, positions[o], pos))):
            om = ment(_id(masked))  # "Orvane AI, a Parsel Systems customer, raised $12m from Tessel": Orvane's round, not Parsel's
            if om is None or om.name == sm.name:
                return
        if (rel in ("invests_in", "acquires", "partners_with") and isinstance(s, int) and s in positions and pos > positions[s]
                and _AND_BEFORE_VERB.search(masked, max(0, pos - 30), pos)
                and _OBJECT_POSITION.search(masked, max(0, positions[s] - 40), positions[s])):
            # "Microsoft invested in OpenAI and partnered with Mistral AI": the second verb's subject is the first verb's, not its object
            head = next((i for i, t in enumerate(tokens) if t.kind in "CU" and 0 <= positions.get(i, -1) < positions[s]
                         and not _OBJECT_POSITION.search(masked, max(0, positions[i] - 40), positions[i])), None)
            if head is None or _CLAUSE_BREAK.search(masked, positions[head], pos):
                return
            sm = ment(head)
            if sm is None or om is None or sm.name == om.name:
                return
        if (rel in ("invests_in", "acquires", "partners_with") and isinstance(s, int) and s in positions and masked[:1] in _ASIDE_INITIALS
                and (aside := _FRONTED_ASIDE.match(masked)) is not None and positions[s] < aside.end()):
            # "Besides 01.AI, it led a round in Moonshot AI and has invested in MiniMax": the main clause's subject acts, not the name set aside
            main = _TOKEN_AT.match(masked, aside.end())
            sm = ment(int(main.group(1))) if main is not None else None
            if sm is None or om is None or sm.name == om.name or sm.type not in ("Company", "Unknown"):
                return
        if (rel == "develops" and isinstance(o, int) and o in positions
                and _WITH_MAKER_BEFORE.search(masked, max(0, positions[o] - 40), positions[o])):
            return  # "models developed with Geely Auto Group": a co-developer, not what was developed
        if (rel in ("invests_in", "acquires") and isinstance(s, int) and s in positions
                and (arm := _ARM_OF.search(masked, max(0, positions[s] - 60), positions[s]))):
            head = _APPOS_HEAD.search(masked, max(0, arm.start() - 12), arm.start() + 2)  # the name the apposition follows
            after_s = positions[s] + len(f"«{tokens[s].kind}{s}»")
            if (head is None or om is None or not masked.startswith(",", after_s) or _WHICH_NEXT.match(masked, after_s)
                    or (sm := ment(int(head.group(1)))) is None or sm.name == om.name):
                return  # "Prosperity7 Ventures, the venture capital arm of Saudi Aramco, took part": the arm invests
            # "Kestrel Ventures, the investment arm of Kestrel, has also invested in Y": the arm, the apposition's head
        if (rel in ("invests_in", "acquires", "develops") and isinstance(s, int) and s in positions
                and _PERSON_AFTER.match(masked, positions[s] + len(f"«{tokens[s].kind}{s}»"))):
            return
        c = Candidate(rel, sm, om, pos, confidence=conf * (0.85 if sm.anaphor or (om is not None and om.anaphor) else 1.0), country=country, city=city)
        if rel in ("invests_in", "acquires", "partners_with", "available_on") and dated:
            hc = _HEAD_CLAUSE.match(masked) if ", wh" in masked else None
            if hc is not None and pos >= hc.end():  # "X, which bought Y in 2022, led a round in Z": not Z's date
                t = _nearest(tokens, positions, "T", pos, hc.end())
            elif hc is not None and hc.start("c") < pos:
                t = _nearest(tokens, positions, "T", pos, 0, hc.end())
            elif (masked[:1] == "«" and ("», a" in masked or "», the" in masked) and (ha := _HEAD_APPOS.match(masked)) is not None
                  and pos >= ha.end() and "«T" in masked[ha.start("c"):ha.end()]):
                t = _nearest(tokens, positions, "T", pos, ha.end())  # "Kestrel, an investor since 2023, now offers Y on Z": not the apposition's date
            else:
                lo_c, hi_c = 0, 10**9  # "A took Y private in 2023, and B paid $594m for Z in 2020": each clause's own date first
                for b in clause_starts:
                    if b < pos:
                        lo_c = b
                    else:
                        hi_c = b
                        break
                t = _nearest(tokens, positions, "T", pos, lo_c, hi_c) or _nearest(tokens, positions, "T", pos)
                if t is not None and rel_events is None:
                    rel_events = [(m.start("r"), m.end(), int(m.group("n"))) for m in _REL_EVENT.finditer(masked)]
                if t is not None and rel_events and any(a > pos and a < positions[tokens.index(t)] < b and n != s for a, b, n in rel_events):
                    t = None  # "Next47 invested, as did Speedinvest, which led the seed round in 2024": the other deal's date
            if t:
                c.date = t.date.iso
        if (amount and rel == "invests_in" and isinstance(s, int) and s in positions
                and _EXAMPLE_BACKERS.search(masked, max(0, positions[s] - 160), positions[s])
                and not _LEAD_AFTER.match(masked, positions[s] + len(f"«{tokens[s].kind}{s}»"))):
            amount = False  # "raised $90m from investors including A and B": examples of its backers, none of them its lead
            if om is not None and (t := _nearest(tokens, positions, "M", pos, lo, hi, masked)) is not None:
                ctx.round_money = (om.name, t.money)  # for a lead named next: "The round was co-led by B and C"
        if amount:
            if (hc := _HEAD_CLAUSE.match(masked)) is not None and hc.start("c") < pos < hc.end():
                hi = min(hi, hc.end())  # "X, which also backs Y, invested $30m in Z": the clause holds no amount of its own
            elif hc is not None and pos >= hc.end():
                lo = max(lo, hc.end())  # "X, which raised $20m from Y, has been bought by Z": not the price
            floor = hc.end() if hc is not None and pos >= hc.end() else 0
            if not floor and "«M" in masked[:pos] and masked.startswith("«") and (ha := _HEAD_APPOS.match(masked)) is not None and pos >= ha.end():
                lo = floor = max(lo, ha.end())  # "Qlik, the company that Thoma Bravo took private for $3bn, has acquired Upsolver": not its price
            t = _nearest(tokens, positions, "M", pos, lo, hi, masked)
            if t is None and rel == "acquires":
                t = _nearest(tokens, positions, "M", pos, floor, 10**9, masked)
            if t:
                c.amount = t.money
        if rel == "invests_in":
            st = _STAKE.search(masked) if "ority" in low or "controlling" in low else None
            bought = False
            if st and re.search(r"\bstake", masked, re.I):
                c.stake = "minority" if st.group(1).lower() == "minority" else "majority"  # a controlling stake is a majority
                bought = c.stake == "majority" and _BUYS_MAJORITY.match(masked, pos) is not None  # "bought a majority stake in"
            elif "%" in masked or "per cent" in low or "percent" in low:
                pc = (_PERCENT.search(masked, pos, (end if end is not None else pos) + 80)  # the verb's own share first
                      or _PERCENT.search(masked, max(0, pos - 80), pos))
                if pc and float(pc.group(1)) != 50:  # "now owns 30% of", "holds a 12% stake": a minority
                    c.stake = _stake_of(pc.group(1))
                    bought = c.stake == "majority" and _BUYS_AT.match(masked, pos) is not None
            if bought and not any(x.relation == "acquires" and x.subject is sm and x.object is om for x in out):
                c.relation, c.stake = "acquires", None  # "bought an 87 per cent stake in Haptik": the buyer takes control
                if c.amount is None and (t := _nearest(tokens, positions, "M", pos, 0, 10**9, masked)):
                    c.amount = t.money
        out.append(c)

    def pairwise(members: list[int], v0: int, v1: int, conf: float, venture: int | None = None, dated: bool = True) -> None:
        """Each member partners every other; with a ``venture``, each first owns a share of it (its founders)."""
        for a_i, a in enumerate(members):
            if venture is not None:
                add("invests_in", a, venture, v0, end=v1, conf=0.7, dated=dated)
            for b in members[a_i + 1:]:
                add("partners_with", a, b, v0, end=v1, conf=conf)

    for two in _TWO_COMPANIES.finditer(masked) if n_c >= 2 and ("two " in low or "both " in low) else ():
        # "Toyota has backed Pony.ai since 2020, and the two companies operate a joint venture": the two just named
        named: dict[str, int] = {}
        for i, t in enumerate(tokens):
            if t.kind in "CU" and t.mention is not None and positions.get(i, 10**9) < two.start():
                named.setdefault(t.mention.name, i)
        if len(named) > 2:  # "IBM would offer Groq's technology inside watsonx Orchestrate, after the two companies ...": the parties,
            named = {name: i for name, i in named.items()  # not the place a product is offered in
                     if not _IN_PP.search(masked, max(0, positions[i] - 20), positions[i])}
        if len(named) == 2:
            a, b = named.values()
            add("partners_with", a, b, two.start("v" if two.group("v") else "v2"), end=two.end("v" if two.group("v") else "v2"), conf=0.6)
    for m in (*_BASED_LIST.finditer(masked), *_LIST_BASED.finditer(masked)) if "G" in kinds or "N" in kinds else ():
        gt = tokens[_id(m.group("g"))]  # "eight Japanese companies", "U.S. venture firms NEA, Khosla Ventures and Lux Capital"
        country = (gt.mention.country or (gt.mention.name if gt.kind == "N" else None)) if gt.mention else None
        for s in _ids(m.group("s")) if country else ():  # "eight Japanese companies -- Toyota Motor, Denso, ..."
            add("based_in", s, None, m.start(), check=False, country=country, conf=0.75)
    # "X, the company launched by A and B, signed ...": the founders back X, and the participle is read no further
    cut = list(_FOUNDED_BY.finditer(masked)) if n_c >= 2 and _FOUNDED_WORDS in gates else []
    cut = [m for m in cut if not m.group("cop") or m.group("cls") or all(  # "was founded by" names people as often as companies;
        (fm := ment(i)) is not None and fm.type == "Company" and fm.known for i in _ids(m.group("by")))  # companies the gazetteer knows are none
           or _AS_A_VENTURE.match(masked, m.end("by"))]  # (nor are those who set up "a joint venture")
    for m in cut:
        founders = []
        for s in _ids(m.group("by")):
            if _PERSON_DESCRIBED.match(masked, positions[s] + len(f"«{tokens[s].kind}{s}»")):
                continue  # "founded in 2022 by Aravind Srinivas, an IIT Madras graduate": a person
            founders.append(s)
            add("invests_in", s, _id(m.group("x")), m.start("v"), end=m.end("v"), check=False, conf=0.6)
        if len(founders) >= 2 and (_VENTURE_WORDS.search(masked, m.end("x"), m.start("v")) or _AS_A_VENTURE.match(masked, m.end("by"))):
            pairwise(founders, m.start("v"), m.end("v"), 0.75)  # "Stargate, the joint venture set up by OpenAI, SoftBank and Oracle": partners
    whole = masked  # descriptions inside the participle still place companies ("launched by Saudi Arabia's PIF")
    for m in reversed(cut):  # read on without the participle: "X, the company [launched by A], signed ..."
        a = m.start("v") - (1 if masked[m.start("v") - 1] == " " else 0)
        masked = masked[:a] + masked[m.end("by"):]
    if cut:
        positions.clear()
        positions.update({i: -10**6 for i in range(len(tokens))})
        for m in _IDX.finditer(masked):
            positions[int(m.group(1))] = m.start()

    # invests_in ---------------------------------------------------------
    inv_subjects: set[int] = set()
    for m in _RX["inv_shares"].finditer(masked) if n_c >= 2 and "acquire" in has and "inv_shares" in gates else ():
        o = _id(m.group("o") or m.group("o2"))
        buyers = _ids(m.group("s"))
        for sid in buyers:  # each buyer of the shares holds a stake; the sum is one buyer's only when it bought alone (no lead is named)
            add("invests_in", sid, o, m.start("v"), end=m.end("v"), amount=len(buyers) == 1, lo=m.start("v"), hi=m.end())
    for key in ("inv_active", "inv_backed", "inv_stake", "inv_pct_of", "inv_nominal_pre", "inv_nominal", "inv_committed", "inv_included", "inv_received") if "invest" in has and n_c >= 2 else ():
        if key not in gates:
            continue
        rx = _INV_REL_APPOS if key == "inv_active" and _REL_WORDS in gates else _RX[key]
        for m in rx.finditer(masked):
            if key == "inv_stake" and re.search(r"\b(?:two|three|four|several|other|more)\b[^«]*,\s*$", masked[m.end("v"):m.start("o")]):
                continue  # "taken stakes in two more AI companies, Corbel has ...": the count ends the phrase
            if key == "inv_stake" and re.search(r"\b(?:no|not|never|any)\b", masked[m.start("v"):m.start("o")], re.I):
                continue  # "had no stake in Y"
            if key == "inv_received" and _NOT_EQUITY.search(m.group("mid")):
                continue  # "received two federal research grants from": grants, loans and debt are no stake
            if key == "inv_active" and not m.group("ap") and _REL_SUBJECT.search(masked, 0, m.start("s")) and "," in masked[m.end("s"):m.start("v")]:
                continue  # "X, which had talks with Y earlier, instead invested in Z": Y is inside X's relative clause
            subs = _ids(m.group("s"))
            if key == "inv_pct_of" and m.group("v")[0] in "hoHO" and (masked.startswith("'s", m.end("s")) or _REL_PRONOUN_BEFORE.search(masked, 0, m.start("v"))
                                                                     and not _APPOS_RELATIVE.fullmatch(masked, m.end("s"), m.start("v"))
                                                                     or (ms := ment(subs[0])) is None or (mo := ment(_id(m.group("o")))) is None or ms.name == mo.name):
                continue  # "SoftBank Group, Masayoshi Son's company, owns 40% of", "SK Square, split off from SK Telecom, which owns": the head holds
                # (and "owns 14% of the company" read as its own holder says nothing)
            if key == "inv_active" and masked.startswith("'s", m.end("s")):
                continue  # "took part in X's round and has invested in Y": X's is no subject
            if key in ("inv_backed", "inv_active") and _POSS_PEOPLE.match(masked, m.end("s")):
                continue  # "Sarvam's investors backed it early": the company's backers, unnamed, not the company
            s_at = m.start("s")
            if len(subs) == 1 and (sm := ment(subs[0])) is not None and sm.anaphor and (ah := _APPOS_HEAD.search(masked, max(0, s_at - 40), s_at)):
                s_at = positions.get(int(ah.group(1)), s_at)  # "a stake in Haptik, the Mumbai AI company, ..., and acquired": where the described name stands
            if (key in ("inv_active", "inv_stake", "inv_pct_of") and len(subs) == 1
                    and (_PREP_BEFORE.search(masked, max(0, s_at - 12), s_at) or _OBJECT_VERB_BEFORE.search(masked, max(0, s_at - 14), s_at))
                    and re.search(r"\band\b", masked[m.end("s"):m.start("v")])):
                # "X has invested $13bn in Y since 2019 and last month took a stake in Z": X, not Y ("X signed an agreement with Y
                # in April and in June bought 9 per cent of the start-up": X)
                first = next((j for j, t in enumerate(tokens) if t.kind in "CU" and 0 <= positions.get(j, -1) < s_at
                              and not _PREP_BEFORE.search(masked, max(0, positions[j] - 12), positions[j])), None)
                if first is None:
                    continue
                subs = [first]
            if (key == "inv_active" and masked.startswith("'s", m.end("o")) and (mo := ment(_id(m.group("o")))) is not None
                    and mo.surface.lower() in ("its", "their") and not _POSS_ROUND.match(masked, m.start("o"))):
                continue  # "McKinsey has invested in its AI capabilities": in what it owns, no company's stake
            more = _more_objects(masked, m.end("o")) if key in ("inv_active", "inv_stake", "inv_backed") else []
            more = [o for o in more if ment(o) is not None and not ment(o).anaphor]  # not "in «C», the AI start-up,"
            if key == "inv_active" and not more and masked.startswith(",", m.end("o")):
                pos = m.end("o")  # "has invested in A, the Palo Alto maker of Pi, in Toronto-based B, and in C, the video start-up": each
                while pp := _MORE_IN.match(masked, pos):
                    more.append(int(pp.group(1)))
                    pos = pp.end()
            if _KIND_IN_PLACE.search(masked, m.end("v"), m.start("o")):
                continue  # "invests in early-stage software companies in the Nordic countries": a fund's remit, the place no company
            for s in subs:
                inv_subjects.add(s)
                add("invests_in", s, _id(m.group("o")), m.start("v"), end=m.start("o") if key == "inv_stake" else m.end("v"), amount=not more,
                    skip=_ap(m), lo=m.start(), hi=m.end() + 40)  # (a stake's words read for hedges: "had discussed taking a stake in")
                for o in more:  # "has invested in OpenAI and xAI": each of them, no amount shared out
                    add("invests_in", s, o, m.start("v"), end=m.end("v"), skip=_ap(m), lo=m.start(), hi=m.end() + 40)
            if key == "inv_received" and out and out[-1].relation == "invests_in" and (gap := _GAPPED_FROM.match(masked, m.end())):
                # "has received $8 billion from Amazon and about $3 billion from Google": the second backer, its own amount
                add("invests_in", int(gap.group("s")), _id(m.group("o")), gap.start("m"), end=gap.end(), amount=True, lo=gap.start("m"), hi=gap.end("m"), skip=_ap(m))
            ctx.investee = ment(_id(m.group("o"))) or ctx.investee
    for key in ("inv_passive", "inv_copula_by", "inv_rel", "inv_rel_which", "inv_funded_appos", "inv_with_investing", "inv_fronted", "inv_fronted_from", "inv_counts", "inv_backed_adj", "inv_backed_appos",
                "inv_backed_by_appos", "inv_sold_stake", "inv_copula_backer", "inv_among_backers", "inv_backer_is", "inv_rel_backer", "inv_named_holder", "inv_owned_passive",
                "inv_holds_shares", "inv_stake_it_took", "inv_stake_held_by", "inv_jv_appos", "inv_poss_backer", "inv_whose_backer", "inv_appos_backer", "inv_with_investment", "inv_first_cheque",
                "inv_controls") if ("invest" in has or "counts" in has or _HOLDING_WORDS in gates) and n_c >= 2 else ():
        if key not in gates:
            continue
        for m in _RX[key].finditer(masked):
            if key == "inv_owned_passive" and m.group("cc") and not FRONTED_NOUN.fullmatch(masked, 0, m.start("o")):
                continue  # the comma closes another name's apposition, not the one this name fills ("The venture, «U0», will be ...")
            if key == "inv_owned_passive" and m.group("conj") and _SUBJ_PREP_BEFORE.search(masked, max(0, m.start("o") - 12), m.start("o")):
                continue  # "The business moved to Brunswick in 2008 and has been majority owned": not the place, but the subject
            if key == "inv_controls":
                if m.group("s3"):
                    bought = _CONTROL_BOUGHT.match(masked, m.end())  # "..., which took it private in 2015": the controller bought it
                    for s3 in _ids(m.group("s3")):
                        if (holder := ment(s3)) is None or holder.type == "Unknown" and looks_like_person(holder.name):
                            continue  # "the group controlled by Strive Masiyiwa": a person's holding
                        if bought:
                            add("acquires", s3, _id(m.group("o3")), bought.start("v"), end=bought.end("v"), lo=bought.start(), hi=bought.end() + 40)
                            continue
                        add("invests_in", s3, _id(m.group("o3")), m.start("v3"), end=m.end("v3"), dated=False)
                        if out and out[-1].relation == "invests_in" and out[-1].pos == m.start("v3"):
                            out[-1].stake = "majority"
                    continue
                if not m.group("s"):  # "Arm, which SoftBank controls"
                    add("invests_in", _id(m.group("s2")), _id(m.group("o2")), m.start("v2"), end=m.end("v2"), dated=False)
                else:
                    add("invests_in", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), dated=False)
                if out and out[-1].relation == "invests_in" and out[-1].pos in (m.start("v"), m.start("v2")):
                    out[-1].stake = "majority"
                continue
            if key == "inv_rel" and _LED_BY_BEFORE.search(masked, max(0, m.start("o") - 24), m.start("o")):
                continue  # "a round led by Andreessen Horowitz, in which Nvidia and Salesforce took part": the round's clause
            descriptive = key in ("inv_funded_appos", "inv_backed_by_appos", "inv_copula_backer", "inv_among_backers", "inv_backer_is", "inv_appos_backer", "inv_rel_backer", "inv_named_holder",
                                  "inv_holds_shares", "inv_stake_it_took", "inv_stake_held_by", "inv_jv_appos", "inv_poss_backer", "inv_whose_backer")  # "X, backed by Y, was shut down in 2022": not the deal's date
            if key == "inv_stake_held_by" and "«T" in masked[m.end("v"):m.start("s")]:
                descriptive = False  # "had been held since 2020 by PMV": its own date
            if (key == "inv_backed_by_appos" and (om := ment(_id(m.group("o")))) is not None and om.anaphor
                    and not om.extra.get("placed")):
                continue  # "The San Francisco company, backed by ...": too little to go on, unless the text put one company there
            held = m.group("v").lower()[:5] if key in ("inv_backed_by_appos", "inv_owned_passive") else ""
            if held and (frac := _OWNED_FRACTION.match(m.group("v"))) is not None:
                held = "major" if frac.group(1).lower().startswith(("two", "three")) else "minor" if not frac.group(1).lower().startswith("half") else ""
            holders = _ids(m.group("s"))
            if key == "inv_rel" and len(holders) >= 2 and "joint venture" in masked[m.end("o"):m.start("s")]:
                pairwise(holders, m.start("v"), m.end("v"), 0.7)  # "X, a joint venture in which A and B each hold 50%": partners
            for s in holders:
                if key != "inv_poss_backer":  # "a round that included Microsoft, its largest backer, and Nvidia": the round still reads it
                    inv_subjects.add(s)
                n_out = len(out)
                objs = _ids(m.group("o")) if key == "inv_rel_backer" or key == "inv_appos_backer" else [_id(m.group("o"))]
                for o in objs:  # "an early investor in Spotify and Klarna"
                    add("invests_in", s, o, m.start("v"), end=m.end("v"), skip=_ap(m), dated=not descriptive,
                        check=key not in ("inv_backed_adj", "inv_backed_appos"), amount=key in ("inv_passive", "inv_rel", "inv_with_investing", "inv_with_investment"),
                        lo=m.start(), hi=m.end() + 40, local=m.end("o") if key in _APPOS_BACKED else None)
                    # ("MiniMax, a Shanghai start-up backed by Tencent" in a sentence about talks: the apposition holds on its own)
                if key == "inv_owned_passive" and len(out) > n_out and (rest := _REMAINDER_HELD.match(masked, m.end())):
                    v = "v" if rest.group("v") else "v2"
                    for s2 in _ids(rest.group("s") or rest.group("s2")):  # "is 70 per cent owned by A, with the remainder held by B": B holds the rest
                        add("invests_in", s2, _id(m.group("o")), rest.start(v), end=rest.end(v), dated=False)
                        if out[-1].relation == "invests_in" and out[-1].pos == rest.start(v) and out[n_out].stake == "majority":
                            out[-1].stake = "minority"
                if key == "inv_owned_passive" and len(out) > n_out and (gap := GAPPED_BY.match(masked, m.end())):
                    add("invests_in", int(gap.group(1)), _id(m.group("o")), gap.start(), end=gap.end(), dated=False)
                    if out[-1].relation == "invests_in" and out[-1].pos == gap.start() and (pc := _PERCENT.search(gap.group())):
                        out[-1].stake = _stake_of(pc.group(1))  # "is 60 percent owned by A and 40 percent owned by B"
                if key == "inv_rel" and len(out) > n_out and (gap := _GAPPED_HOLDERS.match(masked, m.end())):
                    for s2 in _ids(gap.group("s") or gap.group("s2")):  # "in which TSMC holds 70% and Bosch, Infineon and NXP 10% each"
                        add("invests_in", s2, _id(m.group("o")), m.start("v"), end=m.end("v"), skip=_ap(m), dated=False)
                        if len(out) > n_out + 1 and (pc := _PERCENT.search(gap.group())):
                            out[-1].stake = _stake_of(pc.group(1))
                if key == "inv_sold_stake" and len(out) > n_out and out[-1].stake == "majority":
                    out[-1].relation, out[-1].stake = "acquires", None  # "sold 51% of its Altera unit to Silver Lake": a majority stake bought
                if key == "inv_sold_stake" and len(out) > n_out and (kept := _KEEPING.match(masked, m.end())) and (
                        seller := _SELLER.search(masked, 0, m.start("v"))):
                    add("invests_in", _id(seller.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), dated=False)
                    if out[-1].subject is ment(_id(seller.group("s"))):  # "..., keeping the remaining 49%": the seller still holds the rest
                        out[-1].stake = _stake_of(kept.group("pc"))
                if held in ("major", "minor") and len(out) > n_out:
                    out[-1].stake = held + "ity"  # "Arm, majority owned by SoftBank"
                    if held == "major" and (" since " in low and _SINCE_BOUGHT_CONTROL.match(masked, m.end())
                                            or key == "inv_owned_passive" and (bought := _CONTROL_BOUGHT.match(masked, m.end())) is not None
                                            and (" since " in bought.group() or masked.startswith(" from ", bought.end()))):
                        out[-1].relation, out[-1].stake = "acquires", None  # "... since Hg bought a controlling stake in 2021": the purchase
                        # ("majority owned since 2019 by Tyabb Capital, a Melbourne firm, which bought the company from the family";
                        # not "majority owned by Kestrel, which bought the company for $15bn in 2017 and floated a minority stake":
                        # the writers read a buyer that has since sold part as a holder)
                elif key == "inv_backed_by_appos" and len(out) > n_out and m.group("pc"):
                    out[-1].stake = _stake_of(m.group("pc"))  # "which is about 59% owned by Suntory Holdings"
                elif key == "inv_poss_backer" and len(out) > n_out and _CONTROLLING.search(masked, m.end("o"), m.start("v")):
                    out[-1].stake = "majority"  # "Huawei will remain Yinwang's controlling shareholder"
    for m in _RX["inv_wholly_owned"].finditer(masked) if n_c >= 2 and "inv_wholly_owned" in gates else ():
        v = "v" if m.group("v") else "v2"
        # (the parent passed as a mention: the name after "subsidiary of" is the owner here, not an arm's head)
        add("invests_in", ment(_id(m.group("s") or m.group("s2"))), _id(m.group("o") or m.group("o2")), m.start(v), end=m.end(v), dated=False)
        if out and out[-1].relation == "invests_in" and out[-1].pos == m.start(v):
            out[-1].stake = "majority"
    for m in _INVESTMENT_BY.finditer(masked) if n_c >= 2 and " by " in low and (" investment" in low or " stake" in low) else ():
        add("invests_in", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.8, amount=True, lo=m.start(), hi=m.end())
    for m in _RX["inv_receive_stock"].finditer(masked) if n_c >= 2 and "inv_receive_stock" in gates else ():
        add("invests_in", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), skip=_ap(m), conf=0.8, amount=True,
            lo=m.start("v"), hi=m.end())
    for key in ("inv_set_up", "inv_rel_set_up", "inv_which_set_up", "inv_set_up_by") if n_c >= 2 else ():
        if key not in gates:
            continue
        for m in _RX[key].finditer(masked):
            subs = _ids(m.group("s"))
            if key == "inv_set_up_by":
                founded = m.group("v").lower() in ("founded", "launched")
                if m.group("pass") and founded:
                    continue  # "was founded in 2021 by Jane Roe and ...": its founders are people (a company it was founded by is rarer)
                if m.group("pass") or founded:  # "was set up in 2022 by A, B and C", "the start-up founded in 2022 by Arvind Selvan"
                    subs = [i for i in subs if tokens[i].kind == "C" or (ment(i) is not None and company_shaped(ment(i).name))]
                # "founded by three University of Oxford scientists", "by former Airbus and Thales executives": people
                subs = [i for i in subs if i not in positions or not (_PEOPLE_OF.match(masked, positions[i] + len(f"«{tokens[i].kind}{i}»"))
                                                                      or masked.endswith("former ", 0, positions[i]))]
            if key == "inv_set_up" and re.search(r"\band\b", masked[m.end("s"):m.start("v")]):
                # "SoftBank Corp is building a platform using Nvidia chips, and has set up SB Intuitions": the first verb's subject
                head = next((i for i, t in enumerate(tokens) if t.kind in "CU" and 0 <= positions.get(i, -1) < m.start("v")
                             and not _NOT_A_SIGNER.search(masked, max(0, positions[i] - 40), positions[i])), None)
                if head is None or _CLAUSE_BREAK.search(masked, positions[head], m.start("v")):
                    continue
                subs = [head]
            if key == "inv_which_set_up" and m.group("v").lower() in ("founded", "co-founded"):
                subs = [i for i in subs if tokens[i].kind == "C" or (ment(i) is not None and company_shaped(ment(i).name))]  # not people
            if key == "inv_rel_set_up" and (co := _SET_UP_WITH.match(masked, m.end())):
                subs = subs + _ids(co.group("s"))  # "Motional, the joint venture it formed with Aptiv in 2020": both founders own it
            for s_id in subs:
                add("invests_in", s_id, _id(m.group("o")), m.start("v"), end=m.end("v"), skip=_ap(m), conf=0.7, lo=m.start(), hi=m.end() + 40)
            if key in ("inv_rel_set_up", "inv_which_set_up") and len(subs) >= 2:
                # "Bleu, a company that Orange and Capgemini set up in 2022", "Avanade, the joint venture Accenture and Microsoft
                # formed": the founders named as the subject of their own clause did it together
                pairwise(subs, m.start("v"), m.end("v"), 0.7)
    for m in _RX["inv_set_up_as_jv"].finditer(masked) if n_c >= 3 and "inv_set_up_as_jv" in gates else ():
        if not m.group("s1") and not m.group("s2"):
            continue  # one founder named: "Ford set up Latitude AI as a venture" is read by the founding rules
        founders = [_id(m.group("s")), *_ids(m.group("s1")), *_ids(m.group("s2") or "")]
        for a in founders:
            add("invests_in", a, _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.75)
        for i, a in enumerate(founders):
            for b in founders[i + 1:]:
                add("partners_with", a, b, m.start("v"), end=m.end("v"), conf=0.75)
    for m in _RX["inv_accelerator"].finditer(masked) if n_c >= 2 and "inv_accelerator" in gates else ():
        sm = ment(_id(m.group("s")))
        if sm is not None and sm.entry is not None and sm.entry.kind == "accelerator":
            add("invests_in", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _POSS_SUM_IN.finditer(masked) if n_c >= 2 and ("'s «M" in masked or "'s roughly «M" in masked or "'s about «M" in masked) else ():
        # "Microsoft's roughly $13 billion in OpenAI came partly as cloud credits": a sum a company put in another
        add("invests_in", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), amount=True, lo=m.start("v"), hi=m.end("v"))
    for m in _LED_POSS_SEED.finditer(masked) if n_c >= 2 and "'s «m" in low and "seed" in low else ():
        add("invests_in", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), amount=True, lo=m.start("m"), hi=m.end("m"))
    for m in _APPOS_LED_POSS.finditer(masked) if n_c >= 2 and "led «" in masked and ("that" in low or "which" in low or "who" in low) else ():
        add("invests_in", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), amount=m.group("m") is not None,
            lo=m.start("m") if m.group("m") else m.start("v"), hi=m.end("m") if m.group("m") else m.end("v"))
    round_cue = _ROUND.search(masked) if _ROUND_WORDS in gates else None
    for m in _ROUNDS_FOR.finditer(masked) if round_cue is not None and "rounds" in low else ():
        # "The chipmaker has taken part in funding rounds for Mistral AI, Cohere and xAI": each is a company it backed, none backs it
        for o in _ids(m.group("o")):
            add("invests_in", _id(m.group("s")), o, m.start("v"), end=m.end("v"), conf=0.75, dated=False)
        round_cue = None
    since = _SINCE_ROUND.match(masked) if round_cue is not None else None
    if since is not None and round_cue.start() < since.end():  # "Since its seed round, X has signed ...": a time, no round
        round_cue = _ROUND.search(masked, since.end())
    if round_cue is not None and ("debt" in low or "loan" in low or "credit" in low) and _DEBT_ROUND.search(masked):
        round_cue = None  # "led a $7.5 billion debt financing for CoreWeave": lenders, not investors
    it_round = None
    if round_cue is None and ctx.investee is not None and "led by" in low and (it_round := _IT_LED.match(masked)) and (
            (pronoun := tokens[int(it_round.group(1))].mention) is None or not pronoun.anaphor or pronoun.surface.lower() != "it"):
        it_round = None
    if it_round is not None:
        round_cue = it_round  # "X raised $40m in a Series B. It was led by Y": "it" is the round, not the company
    elif round_cue is None and ctx.investee is not None and "led" in low:
        round_cue = _LED_BARE.search(masked)  # "A, B and C co-led." after the round's sentence
    if round_cue:
        investee = None
        cue_pos = round_cue.start()
        if (raised_by := _ROUND_RAISED_BY.search(masked)) is not None:
            investee = ment(_id(raised_by.group("o")))  # "Intel Capital co-led the $125 million round raised by Untether AI": the raiser's
            cue_pos = raised_by.end()
        for rx in _ROUND_INVESTEE if raised_by is None else ():
            m = rx.search(masked)
            if m and rx is _ROUND_INVESTEE[-1] and tokens[_id(m.group("o"))].mention.anaphor:
                continue  # "valued the company at": the company the round is about, which "the company" may not resolve to
            if m and rx is _ROUND_INVESTEE[0] and _LED_BY_BEFORE.search(masked, max(0, m.start("o") - 16), m.start("o")):
                continue  # "X's $40m Series B, led by Tessel, closed on Monday": the lead is no company that closed a round
            if (m and rx is _ROUND_INVESTEE[0] and (_PREP_BEFORE.search(masked, max(0, m.start("o") - 12), m.start("o"))
                                                     or _PREP_NAME_BEFORE.search(masked, max(0, m.start("o") - 30), m.start("o")))
                    and re.search(r"\band\s+(?:has\s+|had\s+|then\s+|later\s+|since\s+)*(?:raised|raises|secured|closed|landed)\b", masked[m.end("o"):m.end()])
                    and (head := _SENTENCE_SUBJECT.match(masked)) is not None and int(head.group(1)) != _id(m.group("o"))):
                investee = ment(int(head.group(1)))  # "Niantic was spun out of Google in 2015 and raised its first money": Niantic's round
                cue_pos = m.end()
                break
            if (m and "investment" in m.group().lower() and tokens[_id(m.group("o"))].mention.anaphor
                    and any(t.kind in "CU" and t.mention.name == tokens[_id(m.group("o"))].mention.name for t in tokens[:_id(m.group("o"))])):
                continue  # "Salesforce Ventures led an investment in the company": "the company" resolved to the lead is not its round
            if m:
                investee = ment(_id(m.group("o")))
                cue_pos = m.end()
                if rx is _ROUND_INVESTEE[1] and round_cue.start() < m.start() and masked.endswith("led ", 0, m.start("o")):
                    cue_pos = round_cue.start()  # "The round was led by A, with B and C, which led the company's seed round": A, B and C
                break
        wm = _WHOSE_ROUND.search(masked) if "whose" in low else None
        if wm:  # "Wayve, the London start-up, whose $1.05 billion round was led by SoftBank"
            investee = ment(_id(wm.group("o")))
            cue_pos = wm.end()
        if it_round is not None:
            cue_pos = it_round.end()
        named_round = investee  # "OpenAI's $6.6 billion round": named even when the sentence is a rumour
        if investee is None and (it_round is not None or _ROUND_ANAPHOR.search(masked)):
            investee = ctx.investee
        leads: set[int] = set()
        lead_pos = None
        other_clause = 10**9
        if (", and «" in masked and (other := _OTHER_CLAUSE_LIST.search(masked, cue_pos)) and other.group("v").lower() not in _ROUND_CLAUSE_VERBS
                and not _BACKER_WORDS.search(masked, other.start("v"), _clause_end(masked, other.start("v")))):  # (but "and A and B were earlier backers")
            other_clause = other.start()  # "... led by a16z last year, and Arize AI and Patronus AI sell similar tools": rivals, no backers
        for m in _LED.finditer(masked):
            grp = m.group("s") or m.group("s2") or m.group("s3") or m.group("s4")
            leads.update(_id(masked) if _in_head_clause(masked, positions[i], m.end()) else i  # "X, which backs Y, led": X
                         for i in _ids(grp) if not masked.startswith("'s", positions[i] + len(f"«{tokens[i].kind}{i}»")) and positions[i] < other_clause)
            # "led by CapitalG, Alphabet's growth fund": the possessor in an apposition leads nothing
            lead_pos = m.start() if m.group("s") else None
            if m.group("s2") and (ids := _ids(m.group("s2"))) and (len(ids) == 1 or _THE_LATTERS.match(masked, m.end())) \
                    and _LEADING_AFTER.match(masked, m.end("s2")) and _BACKED_OBJECT.search(masked, max(0, m.start("s2") - 30), m.start("s2")):
                # "A backed B, leading its Series B": A leads B's round, B leads nothing; "A has backed B, C and D, leading the
                # latter's Series D": D's round, and neither B nor C leads it
                backer = [i for i, t in enumerate(tokens) if t.kind in "CU" and positions[i] < m.start("s2")]
                leads.difference_update(ids)
                if backer and ment(backer[0]) is not None and ment(ids[-1]) is not None and ment(backer[0]).name != ment(ids[-1]).name:
                    leads.add(backer[0])
                    investee = ment(ids[-1]) if len(ids) > 1 else investee if investee is not None else ment(ids[0])
        if speakers and len(leads) > 1:
            leads -= speakers  # "The round was led by Tessel Capital, Kestrel Labs said": who speaks leads nothing
        if investee is None and leads:
            first_led = min(positions[i] for i in leads)
            here = [c.object for c in out if c.relation == "invests_in" and c.object is not None and c.pos < first_led]
            if here:  # "V invested $500m in OpenAI as part of a $6.6bn round led by Thrive": OpenAI's round
                investee = here[-1]
        if investee is None and leads:
            # "Its biggest investor, «C», led a Series B": the round is the company's named before the lead
            first = min(positions[i] for i in leads)
            first_lead = ment(min(leads, key=lambda i: positions[i]))
            before = [i for i, t in enumerate(tokens) if t.kind in "CU" and i not in leads and positions[i] < first
                      and (first_lead is None or ment(i) is None or ment(i).name != first_lead.name)]
            # (not "Salesforce's venture arm, Salesforce Ventures, led": the lead itself)
            if before:
                investee = ment(before[0])
        joined = _ROUND_JOIN.search(masked)
        if investee is None and leads and speakers and (said := [
                i for i in speakers if i not in leads and ment(i) is not None and not ment(i).anaphor
                and all(ment(j) is None or ment(j).name != ment(i).name for j in leads)]):
            investee = ment(said[0])  # "The $12m round was led by Tessel Capital, Kestrel Labs said": the speaker's round
        if investee is None and (leads or joined):
            named = {ment(i).name for i in leads if ment(i) is not None}
            for cand in (ctx.investee, focus):
                if cand is not None and cand.name not in named and cand.name not in ctx.investors:
                    investee = cand  # "- March 2022: United Ventures leads a seed round." in a piece about one company
                    break
        if investee is not None and (leads or joined or re.search(r"\b(?:included|includes?|drew|from|with|backers|investors|participation|(?:funded|backed|financed|bankrolled)\s+by)\b", masked[cue_pos:], re.I)
                                                   or _ROUND_INCLUDING.search(masked, cue_pos)):
            hc = _HEAD_CLAUSE.match(masked) if ", wh" in masked else None
            round_end = hc.end() if hc is not None and hc.start("c") < cue_pos < hc.end() else 10**9  # "X, which raised $20m from Y, was bought by Z"
            round_end = min(round_end, other_clause)
            investors = [i for i, t in enumerate(tokens) if t.kind in "CU" and cue_pos <= positions[i] < round_end and t.mention.name != investee.name]
            investors += [i for i in sorted(leads) if i not in investors and ment(i) is not None and ment(i).name != investee.name]
            investors = [i for i in investors if (i in leads or i not in inv_subjects) and i not in speakers
                         and not _OWNER_OF.search(masked, max(0, positions[i] - 40), positions[i])
                         and not _PERSON_OF.search(masked, max(0, positions[i] - 60), positions[i])
                         and not _SOURCE_BEFORE.search(masked, max(0, positions[i] - 40), positions[i])
                         and (i in leads or not _BOUGHT_OBJECT.search(masked, max(0, positions[i] - 50), positions[i]))  # "..., which bought Tegus"
                         and not (masked.endswith(", and ", 0, positions[i])  # "..., and Kestrel plans to buy its chips": a new clause
                                  and _CLAUSE_VERB_AFTER.match(masked, positions[i] + len(f"«{tokens[i].kind}{i}»")))]
            dropped_in = {i for i in investors if i not in leads and (_IN_BEFORE.search(masked, max(0, positions[i] - 20), positions[i])
                                                                     or _ROUND_IN_BEFORE.search(masked, max(0, positions[i] - 40), positions[i])
                                                                     or (_AND_IN_BEFORE.search(masked, max(0, positions[i] - 12), positions[i])
                                                                         and not _POSS_ROUND.match(masked, positions[i])))}
            for i in sorted(investors, key=lambda i: positions[i]):  # "an early investor in Spotify and Klarna": both objects
                if i not in leads and any(_LIST_SEP.fullmatch(masked, positions[j] + len(f"«{tokens[j].kind}{j}»"), positions[i])
                                          for j in dropped_in if positions[j] < positions[i]):
                    dropped_in.add(i)
            investors = [i for i in investors if i not in dropped_in]
            investors = [i for i in investors if i in leads or not _MAKER_OF_BEFORE.search(masked, max(0, positions[i] - 60), positions[i])]
            investors = [i for i in investors if i in leads or not _DEBT_BEFORE.search(masked, max(0, positions[i] - 70), positions[i])]
            investors = [i for i in investors if i in leads or not _DEAL_WITH_BEFORE.search(masked, max(0, positions[i] - 60), positions[i])]
            investors = [i for i in investors if not _PERSON_TITLE_AFTER.match(masked, positions[i] + len(f"«{tokens[i].kind}{i}»"))
                         and not (" among " in masked and _AMONG_NOT_BACKERS.match(masked, positions[i] + len(f"«{tokens[i].kind}{i}»")))]
            investors = [i for i in investors if _POSS_ROUND.match(masked, positions[i])
                         or not masked.startswith("'s", positions[i] + len(f"«{tokens[i].kind}{i}»"))]  # "Alphabet's fund"
            more_rounds = [i for i in investors if _POSS_ROUND.match(masked, positions[i])]
            investors = [i for i in investors if i not in more_rounds]  # "... and in xAI's December financing"
            for m in _ROUND_JOIN.finditer(masked) if joined is not None else ():  # (none where the search above found none)
                if _HAVING.search(masked, m.end("s"), m.end()):
                    # "Tencent holds stakes in Zhipu, the Tsinghua spin-off, having joined its round": the main clause's subject joined
                    head = next((i for i, t in enumerate(tokens) if t.kind in "CU" and positions.get(i, -1) >= 0), None)
                    if head is not None:
                        investors.append(head)
                    continue
                joiners = _ids(m.group("s"))
                for j in list(joiners):
                    if _OWNER_OF.search(masked, max(0, positions[j] - 40), positions[j]):
                        # "A, B and C, the venture arm of D, also took part in": the list before the apposition, not its owner
                        joiners.remove(j)
                        head = _LIST_BEFORE_APPOS.search(masked, 0, positions[j])
                        joiners.extend(i for i in (_ids(head.group("l")) if head else []) if i not in joiners)
                investors.extend(joiners)
            if more_rounds and investors:
                for o in more_rounds:
                    for i in investors:
                        add("invests_in", i, o, positions[o], check=True, end=positions[o])
            first_lead = min(leads, key=lambda i: positions[i]) if leads else None
            anaphoric = named_round is None and investee is ctx.investee and ctx.round_money is not None
            for i in investors:
                tm = tokens[i]
                if tm.mention is None or tm.mention.type not in ("Company", "Unknown"):
                    continue
                if (i - 1 in investors or i - 2 in investors) and _OWNER_OF.search(masked, max(0, positions[i] - 60), positions[i]):
                    continue  # "as did Aldwater Ventures, the corporate venture arm of Dublin insurer Aldwater Mutual": the arm invests, not its owner
                if i == first_lead or len(set(investors)) == 1:  # a round's amount is its (first-named) lead's
                    hi = lead_pos if lead_pos is not None else 10**9
                    add("invests_in", i, investee, positions[i], check=True, end=positions[i], amount=True, lo=0, hi=hi)
                    if (i == first_lead and anaphoric and out and out[-1].relation == "invests_in" and out[-1].amount is None
                            and out[-1].subject.name == tm.mention.name and ctx.round_money[0] == investee.name):
                        out[-1].amount = ctx.round_money[1]  # "Y raised $18m in a seed round. The round was led by X."
                else:
                    add("invests_in", i, investee, positions[i], check=True, end=positions[i])
            ctx.investee = investee
            d = _nearest(tokens, positions, "T", cue_pos)
            ctx.round_date = d.date.iso if d else (ctx.round_date if anaphoric else None)
            ctx.round_money = None
        elif named_round is not None:
            ctx.investee = named_round  # "... to join OpenAI's round. Microsoft did take part in that round"
            money = _nearest(tokens, positions, "M", cue_pos, 0, 10**9, masked)
            d = _nearest(tokens, positions, "T", cue_pos)
            # "Y raised $18m in a seed round." names no investor: the round's amount and date wait for its lead
            ctx.round_money = (named_round.name, money.money) if money is not None and not _hedged(masked, cue_pos, cue_pos) else None
            ctx.round_date = d.date.iso if d else None
    for m in _MONEY_FROM.finditer(masked) if " from" in low and n_c >= 1 and _CAME_WORDS in gates else ():
        target = _round_company(ctx, focus)  # "The first cheque came from Y Combinator": the round's company
        for s in _ids(m.group("s")) if target is not None else ():
            if s not in inv_subjects and ment(s) is not None and ment(s).name != target.name:
                add("invests_in", s, target, m.start("v"), end=m.end("v"), conf=0.65)
    for m in _ROUND_IN_WHICH.finditer(masked) if "in which" in low and n_c >= 2 else ():
        # "its $700 million private placement from December, in which Nvidia, Accel and Orbis took part": the round's company
        for sid in _ids(m.group("s")):
            if ment(sid) is not None and ment(_id(m.group("o"))) is not None and ment(sid).name != ment(_id(m.group("o"))).name:
                inv_subjects.add(sid)
                add("invests_in", sid, _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.8, lo=m.start(), hi=m.end())
    for m in _RX["inv_objectless"].finditer(masked) if "inv_objectless" in gates else ():
        # the company the round is in, never one just named as its investor ("The investors include A, B.
        # Nvidia and AMD participated as strategic investors")
        target = _round_company(ctx, focus)
        subjects = _ids(_CLA_APPOS_RX.sub(",", m.group("s")))  # not the names inside an apposition or relative clause
        subjects = [i for i in subjects if i not in positions or not masked.startswith(("'s", "’s"), positions[i] + len(f"«{tokens[i].kind}{i}»"))]
        # (nor a possessor: "M12, Microsoft's venture fund, took part": the fund)
        joined_a = _JOINED_A_ROUND.match(m.group("v"))
        if joined_a:  # "Nvidia's tie to SoundHound is old. It joined a $75m round in 2017": SoundHound's
            named = {ment(i).name for i in subjects if ment(i) is not None}
            target = next((x for x in reversed(ctx.prev_companies) if x.name not in named), None)
        if target is None:
            continue
        inner_deal = any(re.search(r"«[MT]\d+»", a.group()) for a in _CLA_APPOS_RX.finditer(m.group("s")))  # "B, which led its $1.6m seed round in 2023,"
        for s in list(subjects):
            if _OWNER_OF.search(masked, max(0, positions[s] - 40), positions[s]):
                # "A and Applied Ventures, the venture capital arm of Applied Materials, took part": the arm (and A) invest
                subjects.remove(s)
                head = _LIST_BEFORE_APPOS.search(masked, 0, positions[s])
                subjects.extend(_ids(head.group("l")) if head else [])
        for s in subjects:
            if s in inv_subjects:
                continue
            add("invests_in", s, target, m.start("v"), end=m.end("v"), conf=0.7, dated=not inner_deal, lo=m.start(), hi=m.end() + 30,
                amount=not inner_deal and not joined_a)  # a round's size is its lead's
            if out and out[-1].date is None and ctx.round_date:
                out[-1].date = ctx.round_date
        for a in _RX["inv_alongside"].finditer(masked):
            for s in _ids(a.group("s")):
                add("invests_in", s, target, a.start("v"), end=a.start("v"), conf=0.7)
                if out and out[-1].date is None and ctx.round_date:
                    out[-1].date = ctx.round_date
    for m in _HOLDS_OBJECTLESS.finditer(masked) if n_c >= 1 and ("stake" in low or "per cent" in low or "%" in low or "percent" in low) else ():
        # "CDP Venture Capital, the state-backed venture firm, holds 12 per cent through its fund": of the company in question
        if _WHICH_HOLDS_BEFORE.search(masked, max(0, m.start() - 48), m.start("v")):
            continue  # "the joint venture in which Stellantis holds 51 per cent": the clause's head, read with the holdings
        target = _round_company(ctx, focus)
        if target is None or not any(x.name == target.name for x in ctx.prev_companies):
            continue  # the company the sentence before named (the holding's company goes unsaid only right after it)
        holders = _ids(_CLA_APPOS_RX.sub(",", m.group("s")))
        pos = m.end()
        while more := _GAPPED_HOLDER.match(masked, pos):  # "Baillie Gifford holds 8.9 per cent and Wellington Management 6.2 per cent"
            holders.append(int(more.group(1)))
            pos = more.end()
        for s in holders if target is not None else ():
            if ment(s) is not None and ment(s).name != target.name:
                add("invests_in", s, target, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _THROUGH_VEHICLE.finditer(masked) if "through" in low else ():
        target = _round_company(ctx, focus)
        if target is not None:
            add("invests_in", _id(m.group("s")), target, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _EARLY_BACKER.finditer(masked) if n_c >= 1 and ("backer" in low or "investor" in low or "shareholder" in low) else ():
        if _IN_WHICH_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "Gotion, the battery maker in which Germany's Volkswagen is the largest shareholder": the clause's head's (read above)
        target = _round_company(ctx, focus)  # "Spark Capital was an early backer": of the company in question
        for s in _ids(m.group("s")) if target is not None else ():
            add("invests_in", s, target, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _EXISTING_INVESTOR.finditer(masked) if "investor" in low or "backer" in low or "shareholder" in low else ():
        # "the existing investor Amplify took its pro rata": an investor of the company in question
        target = _round_company(ctx, focus)
        for s in _ids(m.group("s")):
            if target is not None and not _EXISTING_INVESTOR_IN.match(masked, m.end()):
                add("invests_in", s, target, m.start("v"), end=m.end("v"), conf=0.7)
    # "X has made its first four investments: EUR 20m in A; EUR 12m in B", "the firm's recent bets: A, a lab, and B"
    for m in _HOLDINGS_LIST.finditer(masked) if ":" in masked and n_c >= 2 else ():
        holder = _id(m.group("s"))
        rest = masked[m.end():]
        items = _MONEY_IN.findall(rest) if _MONEY_IN.search(rest) else [("", i) for i in _LIST_HEADS.findall(rest)]
        for _money, o in items:
            add("invests_in", holder, int(o), m.start("v"), end=m.end("v"), conf=0.75)
            if _money and out and out[-1].object is not None and out[-1].object.name == ment(int(o)).name:
                out[-1].amount = tokens[int(_money)].money
    for m in _HOLDERS_IN.finditer(masked) if n_c >= 2 and "inv_joined_holders" in gates else ():  # the same holder nouns gate both
        subs = [int(i) for i in _COMPANY_NOT_POSS.findall(m.group("s"))]  # "Alibaba and its rival Tencent": not "its"
        objs = [_id(m.group("o"))] + ([int(_COMPANY_NOT_POSS.findall(m.group("more"))[-1])] if m.group("more") else [])
        for s_ in subs:
            for o in objs:
                add("invests_in", s_, o, m.start("v"), end=m.end("v"), conf=0.75, dated=False)
    for m in _RX["inv_joined_holders"].finditer(masked) if n_c >= 2 and "inv_joined_holders" in gates else ():
        for sid in _ids(m.group("s")):  # "Microsoft and Nvidia were also among the investors in the round that Inflection raised": each
            add("invests_in", sid, _id(m.group("o") or m.group("o2") or m.group("o3")), m.start("v"), end=m.end("v"), conf=0.75)
    for m in _RX["inv_among_holders"].finditer(masked) if n_c >= 2 and "inv_among_holders" in gates else ():
        for s in _ids(_CLA_APPOS_RX.sub(",", m.group("s"))):  # not the names inside an apposition or relative clause
            add("invests_in", s, _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.75, dated=False)
    for m in _RX["inv_portfolio"].finditer(masked) if "inv_portfolio" in gates else ():
        sm = ment(_id(m.group("s")))
        if (sm is not None and not _INVESTOR_LIKE.search(sm.name) and not (sm.entry is not None and sm.entry.kind == "investor")
                and not _PORTFOLIO_OF_COMPANIES.search(m.group(0)) and (sm.name not in ctx.investors or any(
                    (om := ment(o)) is not None and (om.name in sm.name or sm.name in om.name) for o in _ids(m.group("o"))))):
            continue  # "Its portfolio includes Coca-Cola, Sprite and Fanta": a maker's brands, not a backer's holdings (even a maker
            # that has invested somewhere: a list holding its own name is its brands)
        for o in _ids(m.group("o")):
            add("invests_in", _id(m.group("s")), o, m.start("v"), end=m.end("v"), conf=0.75)
    for m in _RX["inv_backed_including"].finditer(masked) if n_c >= 2 and "inv_backed_including" in gates else ():
        for o in _ids(m.group("o")):
            add("invests_in", _id(m.group("s")), o, m.start("v"), end=m.end("v"), conf=0.7, dated=False)
    for m in _RX["inv_coinvest"].finditer(masked) if "inv_coinvest" in gates else ():
        before = [i for i, t in enumerate(tokens) if t.kind in "CU" and positions[i] < m.start()]
        subs = _ids(m.group("s")) + before[:1]
        for s in subs:
            inv_subjects.add(s)
            add("invests_in", s, _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.75)
    for m in _RX["inv_include"].finditer(masked) if "inv_include" in gates else ():
        if not m.group("o") and _UNREAD_OWNER.search(masked, max(0, m.start("v") - 60), m.start("v")):
            continue  # "Brightloom's backers include ...": a name the entity reader did not take, not the deal's company
        whose = None if m.group("o") else _WHOSE_BEFORE.search(masked, max(0, m.start("v") - 140), m.start("v"))
        if not m.group("o") and whose is None:
            whose = _POSS_ROUND_BEFORE.search(masked, max(0, m.start("v") - 100), m.start("v"))  # "X's record seed came from investors including"
        if not m.group("o") and whose is None and (passive := _PASSIVE_BY_GROUP.match(masked)) and passive.end() <= m.start("v"):
            whose = passive  # "Stability was rescued in June by a group of investors including A, B and C": the sentence's subject
        target = ment(_id(m.group("o"))) if m.group("o") else ment(int(whose.group(1))) if whose else (ctx.investee or focus)
        if target is not None:
            for s in _ids(m.group("s")):
                add("invests_in", s, target, m.start("v"), end=m.end("v"), conf=0.7)
                if out and out[-1].date is None and ctx.round_date:
                    out[-1].date = ctx.round_date
    for m in _RX["inv_from"].finditer(masked) if "inv_from" in gates else ():
        if _NOT_EQUITY.search(masked, max(0, m.start("v") - 25), m.start("v")):
            continue  # "secured committed debt financing from Blackstone Credit": lenders, not investors
        subs = _ids(m.group("s"))
        others = [i for i, t in enumerate(tokens) if t.kind in "CU" and i not in subs and positions[i] < m.start()
                  and not any(tokens[i].mention.name == ment(x).name for x in subs)]
        target = ment(others[-1]) if others else None
        if target is None:
            partner = ctx.last.get("partners_with")
            names = {ment(x).name for x in subs}
            if partner is not None and partner.subject.name in names:
                target = partner.object
            elif partner is not None and partner.object.name in names:
                target = partner.subject
            else:
                target = ctx.investee or focus
        if target is None:
            continue
        for s in subs:
            add("invests_in", s, target, m.start("v"), end=m.end("v"), conf=0.75, amount=True, lo=m.start(), hi=m.end() + 60)
    # "It led a $50m Series C in A, the audio company; a $27m Series B in B; and a $5m seed round in C": each round the lead's
    for m in _ROUND_ITEM.finditer(masked) if ";" in masked and any(c.relation == "invests_in" for c in out) else ():
        prev = [c for c in out if c.relation == "invests_in" and c.pos < m.start() and c.object is not None]
        if prev and not _CLAUSE_VERB.search(masked, prev[-1].pos, m.start()):
            add("invests_in", prev[-1].subject, _id(m.group("o")), m.start(), end=m.start("o"), amount=True, lo=m.start(), hi=m.end())
    # acquires -----------------------------------------------------------
    for key in ("acq_active", "acq_passive", "acq_nominal", "acq_nominal_pre", "acq_done_nominal", "acq_fronted", "acq_rel", "acq_rel_private", "acq_nominal_by", "acq_private", "acq_owned_appos", "acq_has_owned", "acq_rest", "acq_sold_to", "acq_appos_participle", "acq_include", "acq_full_ownership", "acq_poss_appos") if ("acquire" in has or "ownership" in low or "part of" in low or "owned" in low or "owns" in low or "sold" in low or "sell" in low or "offload" in low or "divest" in low) and n_c >= 2 else ():
        if key not in gates:
            continue
        rx = _ACQ_REL_APPOS if key == "acq_active" and _REL_WORDS in gates else _RX[key]
        for m in (_chained(rx, masked) if key == "acq_passive" and ", which" in low else rx.finditer(masked)):
            if key in ("acq_appos_participle", "acq_include"):
                v = "v" if m.group("v") is not None else "v2"
                sids = [_id(m.group("s") or m.group("s2"))] if key == "acq_include" else _ids(m.group("s"))  # "bought by A and B": both
                for o in _ids(m.group("o")):
                    for sid in sids:
                        add("acquires", sid, o, m.start(v), end=m.end(v), amount=key == "acq_appos_participle" and sid == sids[0], lo=m.start(),
                            hi=m.end() + 40, conf=0.8 if key == "acq_include" else 0.9)
                continue
            if key in ("acq_private", "acq_rel", "acq_rel_private", "acq_passive", "acq_done_nominal", "acq_full_ownership") and len(buyers := _ids(m.group("s"))) > 1:
                # "A and B agreed to take Y private", "which KKR and CD&R took private", "taken private by a group led by A and B":
                # each of the buyers (the price is the first-named's)
                for sid in buyers:
                    add("acquires", sid, _id(m.group("o")), m.start("v"), end=m.end("v"), amount=sid == buyers[0], lo=m.start(), hi=m.end() + 60)
                continue
            if key in ("acq_active", "acq_rel", "acq_sold_to") and GOODS_AFTER.match(masked, m.end("o")):
                continue  # "bought Nvidia chips": what the company sells, not the company
            if key == "acq_active" and re.search(r"\b(?:stake|shares?|teams?|talent|stakes)\b", masked[m.start("v"):m.start("o")], re.I):
                continue
            if (key == "acq_sold_to" and re.search(r"\b(?:stakes?|shares?|holdings?)\b", masked[m.start("v"):m.start("o")], re.I)
                    and not re.search(r"\bmajority\b|\b(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?\s*(?:%|per\s*cent|percent)", masked[m.start("v"):m.start("o")], re.I)):
                continue  # "sold its stake in Y to Z": Z invests (a minority stake is no takeover)
            if key == "acq_active" and not m.group("ap") and _REL_SUBJECT.search(masked, 0, m.start("s")) and "," in masked[m.end("s"):m.start("v")]:
                continue  # "X, in which Y invested $35m last year, has acquired Z": Y is not the buyer
            if key == "acq_active" and _AND_BEFORE_VERB.search(masked, max(0, m.start("v") - 30), m.start("v")) and (
                    m.group("ap") or _NOT_A_SIGNER.search(masked, max(0, m.start("s") - 40), m.start("s"))
                    or _OBJECT_OF_VERB.search(masked, max(0, m.start("s") - 40), m.start("s"))):
                # "X paid $2bn for Raven in 2021 and bought Augmenta", "owns Kreisel, which it acquired, and bought Y": X's second verb
                head = next((i for i, t in enumerate(tokens) if t.kind in "CU" and 0 <= positions.get(i, -1) < m.start("s")
                             and not _NOT_A_SIGNER.search(masked, max(0, positions[i] - 40), positions[i])
                             and not _OBJECT_OF_VERB.search(masked, max(0, positions[i] - 40), positions[i])), None)
                if head is not None and not _CLAUSE_BREAK.search(masked, positions[head], m.start("v")):
                    add("acquires", head, _id(m.group("o")), m.start("v"), end=m.end("v"), amount=True, lo=m.start("v"), hi=m.end() + 60)
                continue
            # "X's purchase of Y" is presupposed: only the phrase and the words governing it ("was terminating its ...") may hedge it
            local = max(0, m.start() - 25) if key in ("acq_nominal", "acq_nominal_pre") else None
            s_id = _id(m.group("s"))
            if (key == "acq_active" and m.group("ap") and (last := _LAST_NAME_IN_APPOS.search(m.group("ap"))) is not None
                    and _OWN_REL_BEFORE_VERB.fullmatch(masked, m.end("ap"), m.start("v"))):
                s_id = int(last.group(1))  # "X, the company that has belonged since 2019 to Y, the holding company that bought it":
                # the relative clause after the last name's own apposition is that name's
            if key == "acq_active" and _POSS_UNIT.match(masked, m.end("s")):
                # "Woven Planet, Toyota's software subsidiary, bought Level 5": the possessor is in the subject's apposition
                head = _APPOS_HEAD.search(masked, max(0, m.start("s") - 40), m.start("s"))
                if head is None:
                    continue
                s_id = int(head.group(1))
            s_pos = m.start("s")
            if ment(s_id) is not None and ment(s_id).anaphor and (ah := _APPOS_HEAD.search(masked, max(0, s_pos - 40), s_pos)):
                s_pos = positions.get(int(ah.group(1)), s_pos)  # "for MosaicML, the San Francisco start-up, ...": the name it describes
            elif (key in _ACQ_GAPPED and not m.group("ap") and "," in masked[m.end("s"):m.start("v")]
                  and (dh := _DESC_HEAD.match(masked, 0, s_pos))):
                s_id = int(dh.group(1) or dh.group(2))  # "Cognition, the company behind the Devin agent, bought Y": the described company buys
                # ("Avient, formed from the old PolyOne, bought Y": the company formed)
                s_pos = positions.get(s_id, s_pos)
            if (key in _ACQ_GAPPED and (_PREP_BEFORE.search(masked, max(0, s_pos - 12), s_pos) or _NOT_A_SIGNER.search(masked, max(0, s_pos - 40), s_pos))
                    and re.search(r"\band\b", masked[m.end("s"):m.start("v")])
                    and not _REL_PRONOUN_BEFORE.search(masked, max(0, m.start("v") - 20), m.start("v"))):
                # "It paid $1.3bn for MosaicML, the start-up, and bought Arcion": the first clause's subject, not its object
                first = next((j for j, t in enumerate(tokens) if t.kind in "CU" and 0 <= positions.get(j, -1) < s_pos
                              and not _NOT_A_SIGNER.search(masked, max(0, positions[j] - 40), positions[j])), None)
                if first is None:
                    continue
                s_id = first
            if key == "acq_owned_appos" and (joint := _JOINT_OWNER.match(masked, m.end("s"))) is not None:
                # "FreeNow, the taxi app owned by BMW and Mercedes-Benz Group,", "owned by TDR Capital and the Issa brothers": each holds part
                for o_id in [s_id] + ([int(joint.group(1))] if joint.group(1) else []):
                    add("invests_in", o_id, _id(m.group("o")), m.start("v"), end=m.end("v"), dated=False)
                continue
            if key == "acq_owned_appos" and m.group("v")[:1] in "wWfF" and not _SINCE_WHEN.match(masked, m.end()):
                # "Sanabil, wholly owned by the PIF,": a holding, not a purchase (but "owned by Y since 2019": Y bought it then)
                add("invests_in", s_id, _id(m.group("o")), m.start("v"), end=m.end("v"), dated=False)
                if out and out[-1].relation == "invests_in" and out[-1].pos == m.start("v"):
                    out[-1].stake = "majority"
                continue
            if key == "acq_nominal" and m.group("pc") and float(m.group("pc")) <= 50:
                add("invests_in", s_id, _id(m.group("o")), m.start("v"), end=m.end("v"), amount=True, lo=m.start(), hi=m.end() + 60, local=local)
                if out and out[-1].relation == "invests_in" and out[-1].pos == m.start("v"):
                    out[-1].stake = _stake_of(m.group("pc"))
                continue
            add("acquires", s_id, _id(m.group("o")), m.start("v"), end=m.end("v"), amount=True,
                lo=m.end("first") if key == "acq_done_nominal" and m.group("first") else m.start(), hi=m.end() + 60, skip=_ap(m), local=local)
            # (not the round's money in "announced the completion of an £18 million round and the acquisition of Y")
            if key == "acq_active" and (more := _APPOSED_NEXT_COMPANY.match(masked, m.end("o"))):
                add("acquires", s_id, int(more.group(1)), m.start("v"), end=m.end("v"), skip=_ap(m), local=local)
            elif key == "acq_active" and "for «M" in masked:
                at = m.end("o")  # "bought A for $285 million in 2015, B for $148 million in 2018 and C in 2019": each at its price and date
                while (nxt := _PRICED_LIST_NEXT.match(masked, at)) is not None:
                    own = _ITEM_TAIL.match(masked, nxt.end("o"))
                    n_out = len(out)
                    add("acquires", s_id, _id(nxt.group("o")), nxt.end("o"), end=own.end(), amount="«M" in own.group(), lo=nxt.end("o"),
                        hi=own.end(), skip=_ap(m), local=local)
                    if len(out) > n_out and (when := _TOKEN_T.search(own.group())) is not None:
                        out[-1].date = tokens[int(when.group(1))].date.iso
                    at = nxt.end("o")
            elif key in ("acq_nominal", "acq_done_nominal") and (more := _AND_ALSO_BOUGHT.match(masked, m.end("o"))):
                add("acquires", s_id, int(more.group(1)), m.start("v"), end=m.end("v"), skip=_ap(m), local=local)  # "its purchase of A and B"
    for m in _TOOK_OVER.finditer(masked) if n_c >= 2 and "took «" in low and " over" in low else ():
        add("acquires", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), amount=True, lo=m.start("v"), hi=m.end() + 40)
    for m in _WHICH_SOLD_TO.finditer(masked) if n_c >= 2 and "sold" in low and "which" in low else ():
        # "Tabnine, one of the first code-completion tools, which he sold to Codota in 2019": the buyer acquires it
        add("acquires", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), amount=True, lo=m.start("v"), hi=m.end() + 30)
    for m in _KEPT_STAKE.finditer(masked) if n_c >= 3 and "stake" in low and ("kept" in low or "retain" in low or "keep" in low) else ():
        # "A bought control of Y from B in 2019, and B kept a minority stake": the seller still holds part of what it sold
        sold = next((c for c in reversed(out) if c.relation == "acquires" and c.object is not None and c.pos < m.start()), None)
        if sold is not None and (seller := ment(int(m.group("s")))) is not None and seller.name != sold.subject.name:
            add("invests_in", seller, sold.object, m.start("v"), end=m.end("v"), dated=False)
    if "remaining" in low or "rest of the" in low:
        _rest_holders(masked, ctx, out, ment, add)
    if "stake" in low and not out and (bare := _BARE_STAKE.match(masked)) is not None:
        target = focus or ctx.investee  # "Brattli Capital, an Oslo hedge fund, disclosed a 5.3% stake last month": in the company in focus
        if target is not None:
            add("invests_in", _id(bare.group("s")), target, bare.start("v"), end=bare.end())
            if out and out[-1].relation == "invests_in":
                out[-1].stake = _stake_of(bare.group("pc"))
    for m in _AFTER_BUYING.finditer(masked) if n_c >= 2 and "acquire" in has and "ing " in low else ():
        # "Last year it acquired Y, after buying the automation company Z in 2020": the main clause's subject bought Z too
        if (head := _SENTENCE_SUBJECT.match(masked)) is not None and positions.get(int(head.group(1)), 10**9) < m.start():
            for o in _ids(m.group("o")):
                add("acquires", int(head.group(1)), o, m.start("v"), end=m.end("v"), lo=m.start(), hi=m.end() + 30, local=m.start())
    # partners_with ------------------------------------------------------
    for m in _UNDER_ITS_AGREEMENT.finditer(masked) if n_c >= 2 and "under " in low else ():
        # "... handled by Kororoit Toy Co., under an agreement Bramley & Fettle signed in March": the one who signed, and the one
        # whose work the agreement governs
        add("partners_with", _id(m.group("s")), _appos_head(masked, m.start("o"), _id(m.group("o"))), m.start("v"), end=m.end("v"), conf=0.75)
    for key in ("par_signed_as", "par_distributes") if n_c >= 2 else ():
        # "Korvane signed Teslow Water as its first customer", "Since 2016 Janvier has distributed the health policies of Mutuelle
        # Saint-Amour": read apart from the partnership gate, so that "signed" and "distribute" open no other partnership rule
        for m in _RX[key].finditer(masked) if key in gates else ():
            if not (("no" in low or "n't" in low) and is_negated(masked[m.start("s"):m.start("v")])):
                add("partners_with", _id(m.group("s")), _id(m.group("o") or m.groupdict().get("o2")), m.start("v"), end=m.end("v"))
    for key in ("par_verb", "par_research", "par_working", "par_signed", "par_whose", "par_joined_in", "par_with_which", "par_selected", "par_license_tech", "par_nominal", "par_rel", "par_between", "par_fronted", "par_under_fronted", "par_v2", "par_under", "par_making_it", "par_jv_with", "par_rel_pair", "par_first_to", "par_pair_which", "par_signed_by", "par_pair", "par_named", "par_named_which", "par_became", "par_partner_of", "par_poss_partners", "par_license", "par_paid_licence", "par_agreed_with", "par_appointed", "par_contact") if "partner" in has and n_c >= 2 else ():
        if key not in gates:
            continue
        for m in _RX[key].finditer(masked):
            if m.end("v") < m.start("o") and ("no" in low or "n't" in low) and is_negated(masked[m.end("v"):m.start("o")]):
                continue  # "has not signed any agreement with Y", "has no partnership with Y"
            if m.group("s") is None:  # "Yotta, which became an Nvidia cloud partner in 2023": the company named first, then its partner
                add("partners_with", _id(m.group("o")), _id(m.group("s2")), m.start("v"), end=m.end("v"))
                continue
            subjects = _ids(m.group("s"))
            if key == "par_under" and m.group("s2"):
                subjects = [_id(m.group("s2"))]  # "Y uses Gemini under the partnership we signed with Google Cloud": the signer
            if key == "par_signed" and _NOT_A_SIGNER.search(masked, max(0, m.start("s") - 40), m.start("s")) and re.search(
                    r"(?:\band|,)\s+(?:(?:also|now|then|later)\s+)?(?:(?:by|after)\s+)?\S+\s*$", masked[m.end("s"):m.start("v")] + " x"):
                if not _in_head_clause(masked, m.start("s"), m.start("v")):
                    continue  # "paid for IBM's QRadar business and signed ...", "led by TLV in March, by signing ...": not the signer
                subjects = [_id(masked)]  # "Isomorphic Labs, which Alphabet spun out of DeepMind, signed ...": the clause's head
            if masked.startswith(",", m.end("s")) and (head := _rel_appos_head(masked, m.start("s"))):
                subjects = [int(head.group(1))]  # "Indosat, the operator in which Ooredoo holds a stake alongside CK Hutchison, signed": Indosat
            if (key == "par_nominal" and m.group("v").lower().startswith("joint") and len(subjects) == 1
                    and (named := _JV_NAMED_AFTER.match(masked, m.start("o"), m.end("o") + 1))):
                # "Cariad's joint venture with Horizon Robotics, Carizon, develops ...": the last name is the venture, its founders own it
                jv = _id(named.group("jv"))
                members = [subjects[0], *_ids(named.group("l"))]
                pairwise(members, m.start("v"), m.end("v"), 0.8, venture=jv, dated=False)
                continue
            if len(_ids(m.group("o"))) == 1 and (signer := _SIGNED_BY_REL.match(masked, m.end("o"))):
                subjects = [int(signer.group(1))]  # "under an agreement with AWS that CENIA signed last year": the signer, not the clause's subject
            for s in subjects:
                if s in positions and _OWNER_OF.search(masked, max(0, positions[s] - 40), positions[s]) and (
                        head := _LIST_BEFORE_APPOS.search(masked, 0, positions[s])):
                    s = _ids(head.group("l"))[-1]  # "Reliance Intelligence, the AI subsidiary of Reliance Industries, has partnered with"
                more = _AND_WITH_TOO.match(masked, m.end()) if key in ("par_verb", "par_research", "par_signed", "par_nominal") else None
                own_date = _DATE_THEN_WITH.search(masked, m.end(), more.start("o")) if more else None
                firsts = _ids(m.group("o"))
                between = [int(x.group(1)) for x in _WITH_CHAIN.finditer(masked, m.end("o"), more.start("o"))] if more else []
                # "struck agreements with A in December, with B in April and with C in May": the middle ones too
                for o in firsts + between + (_ids(more.group("o")) if more else []):  # "signed agreements with Nvidia, AMD and Qualcomm"
                    n_out = len(out)
                    add("partners_with", s, o, m.start("v"), end=m.end("v"))  # "has worked with Perplexity on ..., and with Meta on ..."
                    if out and out[-1].relation == "partners_with":
                        ctx.last["partners_with"] = out[-1]
                        if len(out) > n_out and o not in firsts and (own_date is not None or (own_date := _DATE_NEXT.match(masked, more.end()))):
                            out[-1].date = tokens[int(own_date.group(1))].date.iso  # "..., and since April with Amazon": its own date
            if key == "par_nominal" and m.group("v").lower().startswith("joint"):
                members = _ids(m.group("o"))  # "TSMC's joint venture with Bosch, Infineon and NXP": the venture's members partner, pairwise
                pairwise(members, m.start("v"), m.end("v"), 0.7)
            if "investment" in m.group("v").lower():
                add("invests_in", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"))
    for m in _JOINED_IN_FORMING.finditer(masked) if n_c >= 2 and "joined" in low and " in " in low else ():
        # "SK Telecom joined Deutsche Telekom, e& and Singtel in forming the Global Telco AI Alliance": every member partners every other
        pairwise([_id(m.group("s")), *_ids(m.group("o"))], m.start("v"), m.end("v"), 0.75)
    for m in _AND_AGREED_WITH.finditer(masked) if n_c >= 2 and " and " in low and " with " in low else ():
        # "X invested $100m in Anthropic in August and agreed to work with it on a model": the sentence's subject works with it
        head = _SENTENCE_SUBJECT.match(masked)
        if head is None or ";" in masked[:m.start()] or _hedged(masked, m.start("v"), m.end("v")):
            continue
        for o in _ids(m.group("o")):
            add("partners_with", int(head.group(1)), o, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _AND_SIGNED.finditer(masked) if n_c >= 2 and " and " in low and "partner" in has and not any(c.relation == "partners_with" for c in out) else ():
        # "Visa on Wednesday unveiled a set of tools ..., and announced partnerships with A, B and C": the sentence's subject signs
        head = _SENTENCE_SUBJECT.match(masked)
        if head is None or ";" in masked[:m.start()] or _TOKEN_AT.search(masked, head.end(), m.start()) or _hedged(masked, m.start("v"), m.end("v")):
            continue
        for o in _ids(m.group("o")):
            add("partners_with", int(head.group(1)), o, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _DEV_WITH.finditer(masked) if n_c >= 2 and " with " in low and _DEV_WITH_WORDS in gates and _DEV_WITH_CUE.search(low) else ():
        # "agreed to build an AI factory with Nvidia", "has co-developed Korean-language models with it": making something together
        if m.group("v").lower().endswith("ing") and not _ING_AUX.search(masked, max(0, m.start("v") - 12), m.start("v")):
            continue  # "Sorrelbank, the New York start-up building AI agents ..., with Thrive also investing": a description, no deal
        subjects = _ids(m.group("s"))
        if _AND_VERB_GAP.search(m.group("gap")):
            head = _SENTENCE_SUBJECT.match(masked)
            if head is None:
                continue
            subjects = [int(head.group(1))]
        made = _MADE_BEFORE.search(masked, max(0, m.start("s") - 120), m.start("s")) if n_p or "«u" in low else None
        for o in _ids(m.group("o")):
            for s in subjects:
                add("partners_with", s, o, m.start("v"), end=m.end("v"), conf=0.7)
            if made is not None:  # "Takane, the model that Fujitsu developed with Cohere": the partner makes it too
                for maker in (*subjects, o):
                    add("develops", maker, int(made.group(1)), m.start("v"), end=m.end("v"), conf=0.7, cobuilt=True)
    for m in _JOINT_LAUNCH.finditer(masked) if n_c >= 2 and (n_p >= 1 or "jointly" in low or "co-" in low or (_JOINT_THING_WORDS in gates and _ANNOUNCED_ONE.search(low))) and " and " in low else ():
        if _PREP_BEFORE.search(masked, max(0, m.start() - 12), m.start()):
            continue  # "with A and B launched ...": not the pair's own launch
        g = "" if m.group("s") else "2"
        add("partners_with", _id(m.group("s" + g)), _id(m.group("o" + g)), m.start("v" + g), end=m.end("v" + g), conf=0.7)
        if not g and (made := _P_AFTER.match(masked, m.end("v"))) and _BUILT_TOGETHER.search(masked, m.end()):
            for maker in (_id(m.group("s")), _id(m.group("o"))):  # "A and B released X, a model the two companies built together": both make it
                add("develops", maker, int(made.group(1)), m.start("v"), end=m.end("v"), conf=0.75, cobuilt=True)
    bare = [*_AND_SIGNED_BARE.finditer(masked)] if n_c >= 2 and "partner" in has and " and " in low else []
    on_top = [*_ON_TOP_OF_PARTNERSHIP.finditer(masked)] if n_c >= 2 and "partner" in has and _ON_TOP_WORDS in gates else []
    for m, own_date in (*((m, False) for m in bare), *((m, True) for m in on_top)) if bare or on_top else ():
        # "Dexcom invested $75 million in Oura and signed a partnership under which ...": an alliance with the company just backed;
        # "..., on top of a partnership the two signed in 2024": the same two, dated by the partnership's own date
        deal = next((c for c in reversed(out) if c.relation in ("invests_in", "acquires") and c.object is not None and c.pos < m.start()), None)
        if deal is not None and not _CLAUSE_BREAK.search(masked, deal.pos, m.start()):
            add("partners_with", deal.subject, deal.object, m.end() if own_date else m.start("v"), end=m.end() if own_date else m.end("v"), conf=0.7)
    for m in _LIST_PARTNERED.finditer(masked) if n_c >= 2 and " and " in low and "partner" in has else ():
        # "The Pittsburgh-based A, chipmaker B and German supplier C announced a partnership", "A and B said they had partnered to":
        # the named parties, pairwise
        members = [int(i) for i in re.findall(r"«[CU](\d+)»", m.group("l"))]
        if len({ment(i).name for i in members if ment(i) is not None}) >= 2:
            pairwise(members, m.start("v"), m.end("v"), 0.75)
    for m in chain(_JV_FORMED.finditer(masked), _JV_SET_UP_BY.finditer(masked) if n_c >= 3 else ()) if n_c >= 2 and (
            "venture" in low or "consortium" in low) else ():
        # "OpenAI, SoftBank and Oracle announced Stargate, a joint venture", "Stargate, the venture that A, B and C set up":
        # the founders partner, pairwise, and own the venture named (each its share)
        members = _ids(m.group("s"))
        pairwise(members, m.start("v"), m.end("v"), 0.75)
        if m.group("jv"):
            ctx.venture = ment(_id(m.group("jv")))
            for a in members:
                add("invests_in", a, _id(m.group("jv")), m.start("v"), end=m.end("v"), conf=0.6)
    for m in _OWNED_BY_PREFIX.finditer(masked) if n_c >= 2 and ("-owned" in low or "-controlled" in low) else ():
        if m.group("s"):
            add("acquires", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), check=False, conf=0.7)
        elif (owner := ment(_id(m.group("s2")))) is not None and (owned := ment(_id(m.group("o2")))) is not None:
            # the apposition's owner, given as names: the head-apposition reading would take the owned company for the owner
            add("acquires", owner, owned, m.start("v2"), end=m.end("v2"), check=False, conf=0.7)
    has_deal_with = _HAS_DEAL_WITH if _FAR_SIGNING in gates else _HAS_DEAL_WITH_NEAR
    for m in has_deal_with.finditer(masked) if n_c >= 2 and (" with " in low or " for " in low or " from " in low) and _DEAL_NOUN_WORDS in gates else ():
        s_id = _id(m.group("s"))
        if has_deal_with is _HAS_DEAL_WITH and m.group("far") is not None and (_LISTED_OR_GOVERNED.search(masked, max(0, m.start("s") - 12), m.start("s"))
                                                                             or _NOT_A_SIGNER.search(masked, max(0, m.start("s") - 40), m.start("s"))) and (
                head := _SENTENCE_SUBJECT.match(masked)) is not None and head.start(1) < m.start("s"):
            s_id = int(head.group(1))  # "SAP has invested in A, B and C, and signed a partnership with D": SAP's, not C's (nor, in
            # "Infosys sells Topaz, a set of AI services, and has signed partnerships with D", Topaz's)
        if is_negated(masked[m.end("v"):m.start("o")]):
            continue  # "has not signed any agreement with Y"
        for o in _ids(m.group("o")):
            add("partners_with", s_id, o, m.start("v"), end=m.end("v"), conf=0.75)
        for more in _AND_DEAL_WITH.finditer(masked, m.end()):
            add("partners_with", s_id, _id(more.group("o")), more.start(), end=more.end(), conf=0.7)
    for m in _LAUNCHED_WITH.finditer(masked) if n_c >= 2 and " with " in low and (_LAUNCHED_WITH_NOUNS in gates or any(
            t.kind in "PU" and t.mention is not None and t.mention.name.rsplit(" ", 1)[-1] in _UNDERTAKING_HEADS for t in tokens)) else ():
        if m.group("n") and ((nm := ment(_id(m.group("n")))) is None or nm.name.rsplit(" ", 1)[-1] not in _UNDERTAKING_HEADS):
            continue  # a named thing launched with a company is a joint undertaking only when its name says so ("AI Innovation Lab")
        for o in _ids(m.group("o")):  # "launched a revenue-sharing programme in July with Time, Der Spiegel and Fortune"
            add("partners_with", _id(m.group("s")), o, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _UNDER_LICENCE_FROM.finditer(masked) if n_c >= 2 and "under " in low and "licen" in low else ():
        add("partners_with", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.7)  # "sells ... under a licence from X"
    for m in _JOIN_IN_DOING.finditer(masked) if n_c >= 2 and "join" in low else ():
        add("partners_with", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.7)  # "agreed to join G42 in building"
    for m in _JV_NAMED.finditer(masked) if n_c >= 3 and "joint venture" in low else ():
        jv = _id(m.group("j") or m.group("j2"))
        members = [_id(x) for x in (m.group("x"), m.group("x2"), m.group("x3")) if x] + _ids(m.group("l") or m.group("l2"))
        v = "v" if m.group("v") else "v2"
        pairwise(members, m.start(v), m.end(v), 0.75, venture=jv)
    for m in _SIGNED_UP.finditer(masked) if n_c >= 2 and (" up " in low or "enlisted" in low) else ():
        if re.search(r"\bcustomers?\b|\bclients?\b|\busers?\b", masked[m.end("v"):m.start("o")] + masked[m.end("o"):m.end("o") + 30], re.I):
            continue  # "signed up A and B as customers"
        for o in _ids(m.group("o")):
            add("partners_with", _id(m.group("s")), o, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _PARTNERS_NAMED.finditer(masked) if n_c >= 2 and "partners" in low and (" as " in low or "includ" in low or "such as" in low or " like " in low) else ():
        # "Visa launched Visa Intelligent Commerce ... with partners including A, B and C": the nearest company named before
        g = "" if m.group("v") else "2"
        head = None
        for x in _SUBJ_BEFORE.finditer(masked, 0, m.start()):
            head = int(x.group(1))
        if head is not None:
            for o in _ids(m.group("o" + g)):
                add("partners_with", head, o, m.start("v" + g), end=m.end("v" + g), conf=0.7)
    for m in _UNDER_AGREEMENT.finditer(masked) if n_c >= 2 and (" under " in low or "as part of" in low or " through " in low or " via " in low) and _DEAL_NOUN_WORDS in gates else ():
        # "Chai trains its models on Amazon Web Services under a strategic collaboration agreement": the clause's one other company
        mid = m.group("mid")
        if mid.startswith(",") and not (mid.startswith((", which ", ", that ", ", who ")) and "," not in mid[1:]):
            # "Core42, G42's cloud subsidiary, offers ... under an agreement": not the apposition's owner (but "X, which has used
            # Y's officers under a guarding contract": the relative clause is X's own)
            mid = mid[mid.find(",", 1) + 1:] if "," in mid[1:] else ""
        subj = ment(_id(m.group("s")))
        others = {ment(int(x.group(1))).name: int(x.group(1)) for x in _NAME_IDX_CU.finditer(mid) if ment(int(x.group(1))) is not None}
        others.pop(subj.name if subj else "", None)
        pair = {subj.name if subj else "", *others}
        if len(others) == 1 and not any(c.object is not None and {c.subject.name, c.object.name} == pair for c in out):
            add("partners_with", _id(m.group("s")), next(iter(others.values())), m.start("v"), end=m.end("v"), conf=0.7)
    if masked[:1] in "UuATat\"“‘" and (us := _UNDER_SIGNED_WITH.match(masked)) is not None and " with " in low:
        party = tokens[_id(us.group("s"))]
        who = party.mention if party.kind in "CU" else focus
        if who is not None and not any(c.relation == "partners_with" for c in out):
            add("partners_with", who, _id(us.group("o")), us.start(), end=us.end("o"), conf=0.7)
    for m in _POSS_PURCHASE_WAS.finditer(masked) if n_c >= 2 and ("'s " in masked or "’s " in masked) and (
            "purchase" in low or "acquisition" in low or "takeover" in low or "investment" in low) else ():
        rel = "invests_in" if m.group("n").lower() == "investment" else "acquires"
        add(rel, _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("o"), amount=True, lo=m.start(), hi=m.end() + 40)
    for m in _OWN_BUYS_LIST.finditer(masked) if n_c >= 2 and ("acquisitions" in low or "purchases" in low or "takeovers" in low) else ():
        if (sm := ment(_id(m.group("s")))) is None or sm.anaphor:
            continue  # the company named, not "its": a pronoun here was as often read as someone else
        for o in _ids(m.group("o")):
            add("acquires", _id(m.group("s")), o, m.start("v"), end=m.end("v"), conf=0.75, amount=len(_ids(m.group("o"))) == 1)
    for m in _TOP_CUSTOMER.finditer(masked) if n_c >= 2 and ("customer" in low or "client" in low) else ():
        if _AGREEMENT_WORD.search(m.group("rest")):
            add("partners_with", _id(m.group("a")), _id(m.group("b")), m.start("v"), end=m.end("b"), conf=0.7)
    for m in _POSS_DISTRIBUTED_BY.finditer(masked) if n_c >= 2 and " by " in low and ("'s " in masked or "’s " in masked) else ():
        add("partners_with", _id(m.group("a")), _id(m.group("b")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _SUPPLIED_UNDER.finditer(masked) if " under " in low and _DEAL_NOUN_WORDS in gates else ():
        # "Most of Korvane's nylon comes from Teslow Textile, a Korean mill, under a supply agreement": the supplier and the supplied
        if m.group("v").lower() == "by" and _OWNER_BY_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "Yotta, the operator backed by the Hiranandani Group, under a compute agreement": an owner, not the supplier
        supplier = ment(_id(m.group("o")))
        if m.group("ap") and (same := ment(_id(m.group("ap")))) is not None and supplier is not None and same.name != supplier.name:
            continue  # "from A, B, under ...": a list, not a name and the description the text gave it
        if supplier is None or any(c.relation == "partners_with" and supplier.name in (c.subject.name, c.object.name) for c in out):
            continue
        party = None
        for p in _SUPPLIED_PARTY.finditer(masked, 0, m.start()):
            pm = ment(int(p.group(1)))
            if pm is None or pm.name == supplier.name or tokens[int(p.group(1))].kind not in "CU":
                continue
            if p.group("poss") or not _SUBJ_PREP_BEFORE.search(masked, max(0, p.start() - 12), p.start()):
                party = pm
                break
        if party is None and focus is not None and focus.name != supplier.name and not any(
                t.kind in "CU" and t.mention is not None and t.mention.name != supplier.name for t in tokens):
            party = focus  # "Cleaning chemicals have been supplied since 2021 by Teslow Supplies under a supply agreement": the article's company
        if party is not None:
            add("partners_with", party, supplier, m.start("v"), end=m.end(), conf=0.7)
    for m in _DEVELOPED_TOGETHER.finditer(masked) if n_c >= 2 and (" together with" in low or " jointly with" in low or " in partnership with" in low) else ():
        subj = _id(m.group("s1") or m.group("s2"))
        for o in _ids(m.group("o")):
            add("partners_with", subj, o, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _IN_PARTNERSHIP_WITH.finditer(masked) if n_c >= 2 and (" partnership with" in low or " collaboration with" in low
                                                                    or " cooperation with" in low or " conjunction with" in low) else ():
        if _PREP_BEFORE.search(masked, max(0, m.start() - 12), m.start()):
            continue
        for o in _ids(_CLA_APPOS_RX.sub(",", m.group("o"))):
            add("partners_with", _id(m.group("s")), o, m.start("v"), end=m.end("v"), conf=0.7)
    for m in chain(_PAIR_TOGETHER.finditer(masked) if n_c >= 2 and "together" in low else (),
                   _PAIR_AGREED.finditer(masked) if n_c >= 2 and "agree" in low else ()):
        if not _PREP_BEFORE.search(masked, max(0, m.start() - 12), m.start()) and not _LIST_TAIL.search(masked, max(0, m.start() - 20), m.start()):
            members = [*_ids(m.group("s")), _id(m.group("o"))]  # "A, B and C agreed to build a data centre together": each pair
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    add("partners_with", a, b, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _IS_PARTNER_FOR.finditer(masked) if n_c >= 2 and ("partner" in low or "supplier" in low) else ():
        for o in (m.group("o"), m.group("o2")) if m.group("o2") else (m.group("o"),):  # "a partner of both Databricks and Snowflake"
            add("partners_with", _id(m.group("s")), _id(o), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _THE_TWO_ANNOUNCED.finditer(masked) if n_c == 2 and "the two" in low else ():
        pair = [i for i, t in enumerate(tokens) if t.kind in "CU" and i in positions and positions[i] < m.start()]
        if len(pair) == 2 and ment(pair[0]) is not None and ment(pair[1]) is not None:
            # "X's assistant is being rebuilt on Y's models under a partnership the two companies announced last November"
            add("partners_with", pair[0], pair[1], m.start("v"), end=m.end("v"), conf=0.7)
    for m in _FORMED_WITH.finditer(masked) if n_c >= 2 and " with " in low and _FORMED_WORDS in gates else ():
        members = [_id(m.group("s"))] + [i for i in _ids(m.group("o")) if i != _id(m.group("s"))]
        pairwise(members, m.start("v"), m.end("v"), 0.7)
    for m in _ARE_PARTNERS.finditer(masked) if n_c >= 1 and "partners" in low else ():
        target = ment(_id(m.group("o"))) if m.group("o") else ctx.venture
        for s in _ids(m.group("s")) if target is not None else ():
            add("partners_with", s, target, m.start("v"), end=m.end("v"), conf=0.7)
    if (owner := ctx.list_owner or focus) is not None and masked[:1] in BULLETS and n_c >= 1:
        bd = _BULLET_DEAL.match(masked)
        ba = _BULLET_ACQUISITION.match(masked) if bd is None else None
        ctx.list_used = ctx.list_used or (ctx.list_owner is not None and (bd or ba) is not None)
        if bd is not None:
            # "- An integration agreement with Enphase Energy, ..., signed in February": a release's list of the company's own deals
            add("partners_with", owner, _id(bd.group("o")), bd.start("v"), end=bd.end("v"), conf=0.65)
        elif ba is not None and ment(_id(ba.group("o"))) is not owner:
            add("acquires", owner, _id(ba.group("o")), ba.start("v"), end=ba.end("v"), conf=0.65, amount=True)  # "- The completed acquisition of X"
    if (focus is not None and "partner" in has and not any(c.relation == "partners_with" for c in out) and "par_bare" in gates
            and not focus.extra.get("branded")):  # (not a product named after its maker: "Skarp Triage")
        for m in _RX["par_bare"].finditer(masked):
            add("partners_with", focus, _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.6)
    # general frames from the verb-class lexicon (:mod:`.frames`) --------
    for rel, subs, objs, v0, v1, role in frame_matches(masked) if n_c >= 2 else ():
        subjects: list = list(subs)
        coord = role is not None and role[0] == "coord"
        if role is not None and not coord:
            holder = _role_holder(ctx, role[0], ment(role[1]))
            if holder is None:
                continue
            subjects = [holder]
        if rel == "acquires" and len(subjects) > 1 and _CO_OWNED.search(masked, v0, v1 + 12):
            rel = "invests_in"  # "will be owned 50-50 by OpenAI and SoftBank": each holds a stake, nobody bought it
        wholly = (rel == "acquires" and _WHOLLY_OWNED.match(masked, v0, v1 + 1) is not None
                  and not any(isinstance(x, int) and x in positions and _SINCE_WHEN.match(masked, positions[x] + len(f"«{tokens[x].kind}{x}»"))
                              for x in subjects))
        if wholly:
            rel = "invests_in"  # "Humain is wholly owned by the PIF": a holding (a majority), not a purchase
        if rel == "acquires" and any(isinstance(x, int) and x in positions and _PROGRAMME_AFTER.match(masked, positions[x] + len(f"«{tokens[x].kind}{x}»"))
                                     for x in subjects) and "part of" in masked[v0:v1 + 1]:
            continue  # "Ancoats is part of Google for Startups' cloud programme", "part of Nvidia's Inception programme": a programme, no owner
        if (ctx.published and _WOULD_BEFORE.search(masked, max(0, v0 - 24), v0) and (t := _DATE_AFTER.match(masked, v1)) is not None
                and (later := tokens[int(t.group(1))].date) is not None and later.iso > ctx.published[:len(later.iso)]):
            continue  # "A and B said they would form a partnership next year": a plan
        gapped = []
        if (rel == "invests_in" and len(objs) > 1 and isinstance(objs[-1], int) and objs[-1] in positions and _PCT_RX.search(masked, v0, positions[objs[-1]])
                and _GAPPED_SHARE.match(masked, positions[objs[-1]] + len(f"«{tokens[objs[-1]].kind}{objs[-1]}»"))):
            gapped = [objs.pop()]  # "Orvane holds 65% of Tessel and Kestrel the remaining 35%": the last is a holder, its verb left out
        for s in subjects + gapped:
            if s in gapped:
                objs = objs[-1:]
            for o in objs:
                if (rel == "partners_with" and isinstance(s, int) and isinstance(o, int) and s in positions
                        and _NOT_A_SIGNER.search(masked, max(0, positions[s] - 40), positions[s])
                        and any(c.relation == "partners_with" and c.object is ment(o) and c.subject is not ment(s) for c in out)):
                    continue  # "X ... led by TLV in March, by signing a partnership with Y": X's deal, read above
                latter = len(objs) > 1 and o != objs[-1] and " the latter" in low  # "..., leading the latter's $235m Series D": the last one's
                add(rel, s, o, v0, end=v1, conf=0.8, amount=rel in ("invests_in", "acquires") and not latter, lo=v0 if coord else max(0, v0 - 60), hi=v1 + 60,
                    dated=not wholly)
                if wholly and out and out[-1].pos == v0 and out[-1].relation == "invests_in":
                    out[-1].stake = "majority"
                elif (rel == "invests_in" and out and out[-1].pos == v0 and out[-1].relation == "invests_in" and "stake" in masked[v0:v1 + 1]
                      and (sold := _SOLD_MAJORITY.match(masked, v0, v1 + 1)) is not None and (not sold.group("pc") or float(sold.group("pc")) > 50)):
                    out[-1].relation, out[-1].stake = "acquires", None  # "has sold a 65 per cent stake to Y": a majority bought
                if (rel == "invests_in" and isinstance(o, int) and o == objs[-1] and o in positions and "%" in masked[v0:positions[o]]
                        and (gap := _GAPPED_HOLDERS.match(masked, positions[o] + len(f"«{tokens[o].kind}{o}»")))):
                    for s2 in _ids(gap.group("s") or gap.group("s2")):  # "Orvane holds 65% of Tessel and Kestrel the remaining 35%": the verb left out
                        n_out = len(out)
                        add(rel, s2, o, v0, end=v1, conf=0.75, dated=False)
                        if len(out) > n_out and (pc := _PERCENT.search(gap.group())):
                            out[-1].stake = _stake_of(pc.group(1))
                if (rel == "acquires" and isinstance(o, int) and o == objs[-1] and masked[v0:v0 + 2].lower() in ("pa", "sp")
                        and (gap := _GAPPED_PAY.match(masked, positions.get(o, -10**6) + len(f"«{tokens[o].kind}{o}»")))):
                    # "paid $875 million for PlanGrid and $275 million for BuildingConnected": the verb left out, a second purchase
                    add(rel, s, int(gap.group("o")), gap.start("m"), end=gap.end("m"), conf=0.75, amount=True, lo=gap.start(), hi=gap.end())
            if (rel == "partners_with" and objs and isinstance(last := objs[-1], int) and last in positions
                    and (masked.endswith("with", v0, v1) or _WITH_NEXT.match(masked, v1))
                    and (more := _AND_WITH_TOO.match(masked, positions[last] + len(f"«{tokens[last].kind}{last}»")))):
                own = _DATE_NEXT.match(masked, more.end())
                for o in _ids(more.group("o")):  # "signed with Motorola in April and with PayPal in May": a second partner, its own date
                    n_out = len(out)
                    add(rel, s, o, v0, end=v1, conf=0.75, lo=v0, hi=more.end())
                    if own is not None and len(out) > n_out:
                        out[-1].date = tokens[int(own.group(1))].date.iso
    for rel, s, o, r0, r1 in role_matches(masked) if n_c >= 2 else ():
        add(rel, s, o, r0, end=r1, conf=0.75)  # "Halberd's largest shareholder, Pinecrest", "Vinted is our lead investor"
    for m in _ANOTHER_FROM.finditer(masked) if " from " in low and n_c >= 3 else ():
        # "raised 10.5 billion yen from Toyota in 2017 and another 9 billion yen from A, B and C": the same company's money
        prev = [c for c in out if c.relation == "invests_in" and c.pos < m.start() and c.object is not None]
        if prev and not _CLAUSE_VERB.search(masked, prev[-1].pos, m.start()):
            for i, sid in enumerate(_ids(m.group("s"))):
                add("invests_in", sid, prev[-1].object, m.start(), end=m.start("s"), amount=i == 0, lo=m.start(), hi=m.start("s"))
    for m in _SEMI_MORE.finditer(masked) if ";" in low and n_c >= 2 else ():
        # "It bought Gradio in December 2021; Argilla, a Madrid start-up, for about $10 million in June; and XetHub in August": the verb left out
        prev = [c for c in out if c.relation == "acquires" and c.pos < m.start() and c.confidence >= 0.75]
        if prev and not _CLAUSE_VERB.search(masked, m.start(), m.end()):
            add("acquires", prev[-1].subject, _id(m.group("o")), m.start("o"), end=m.end("o"), conf=0.75, amount=True, lo=m.start(), hi=m.end())
    # develops (descriptive: not hedge-checked) --------------------------
    for key, rx in [kv for kv in _DEV.items() if kv[0] in gates] if n_p and n_c else ():
        for m in rx.finditer(masked):
            if key == "dev_copula":
                k = next(g for g in ("", "2", "3", "4") if m.group("s" + g) is not None)
                for o in _ids(m.group("o" + k)):
                    add("develops", _id(m.group("s" + k)), o, m.start(), check=False, conf=0.8)
                continue
            if key in ("dev_from_bare", "dev_from_subject") and tokens[_id(m.group("o"))].kind == "U" and not any(ch.isdigit() for ch in (ment(_id(m.group("o"))).name or "")):
                continue  # "Anne Roe, from Kestrel,": a name without a version may be a person's
            s = _id(m.group("s"))
            if key == "dev_obj_rel":  # "an enterprise system that OpenAI and SoftBank are jointly developing": both make it
                for extra in _ids(m.group("s"))[1:]:
                    for o in _ids(m.group("o")):
                        add("develops", extra, o, m.start(), check=False, conf=0.8)
            if key in ("dev_which", "dev_verb", "dev_whose") and _DISTRIBUTES.search(masked) and _SELLS.search(m.group()):
                continue  # "a distribution agreement with Swedbank, which now offers Kviit Capture": a distributor sells, it does not make
            if key == "dev_verb" and _NEW_CLAUSE_IN_MID.search(m.group("mid")):
                continue  # "Google and Meta have released speech models, and Reliance's Jio has said ...": another clause's name
            if key == "dev_verb" and _AGENT_BEFORE.search(masked, max(0, m.start("s") - 80), m.start("s")):
                continue  # "Kelp, a lab funded by the bank B, released P": B is not the developer
            if (key == "dev_verb" and "," in masked[m.end("s"):m.start("mid")]
                    and (head := _rel_appos_head(masked, m.start("s")))):
                s = int(head.group(1))  # "Kuaishou, the company that competes with ByteDance's Douyin at home, released Kling": Kuaishou
            if key == "dev_verb" and _JOINTLY.search(masked, m.end("s"), m.start("mid")) and (pair := _PAIR_END.search(masked, 0, m.end("s"))):
                makers = _ids(pair.group())  # "Deutsche Telekom and Google Cloud said they had jointly built RAN Guardian": both
                for o in _ids(m.group("o")):
                    for a_i, a in enumerate(makers):
                        add("develops", a, o, m.start(), check=False, conf=0.8)
                        for b in makers[a_i + 1:]:
                            add("partners_with", a, b, m.start("mid"), check=False, conf=0.7)
                continue
            if key == "dev_include" and m.group("v").lower() in ("is", "are") and not _NAMED_NEXT.match(m.group("rest")):
                continue  # "Dalrine's models are available on Nimbus Cloud": a predicate, not the products named
            if key == "dev_include" and m.group("v").lower() == "including":  # "its own AI products, including CLAIRE, an AI engine built into ...": the list, not what follows it
                lead = _INCLUDED_LIST.match(m.group("rest"))
                objs = [int(i) for i in _IDX.findall(lead.group())] if lead else []
            elif key == "dev_include" and (used := _USED_BY.search(m.group("rest"))):
                # "OpenAI's products include ChatGPT, GPT-4 and the OpenAI API, used by 92% of Fortune 500 companies": not the users
                objs = [int(i) for i in _PRODUCT_IDX.findall(m.group("rest")[:used.start()])]
            else:
                objs = (_ids(m.group("o")) if key not in ("dev_include", "dev_poss_list")
                        else [int(i) for i in _PRODUCT_IDX.findall(m.group("rest"))])
            if key == "dev_verb" and "«" in m.group("mid") and _PLACE_IN_MID.search(m.group("mid")):
                continue  # "runs about 900 bikes across Columbus, Bexley and Worthington": the places it runs them in
            if key == "dev_verb" and (more := _APPOSED_NEXT.match(masked, m.end("o"))):
                objs = objs + [int(more.group(1))]  # "developed AutoNAC, a technology that ..., and Infery, an inference engine": both
            if key == "dev_poss" and _ROLE_BETWEEN.search(masked, m.start(), m.start("o")):
                continue  # "Dust's founders, Gabriel Hubert and ...": people, not products
            if (key == "dev_poss" and _FOUNDING_FAMILY.search(masked, max(0, m.start("o") - 12), m.start("o"))
                    and masked.startswith(" family", m.end("o"))):
                continue  # "its founding Wachira family": the owners' family, no product
            if key == "dev_poss" and len(objs) > 1:  # "Kestrel's Vela and Orvane's Tessa": a name that owns the next is another maker
                objs = [o for o in objs if not masked.startswith("'s", positions.get(o, -1) + len(f"«{tokens[o].kind}{o}»"))]
            co = _CO_DEVELOPER.match(masked, m.end()) if key in ("dev_by", "dev_which_made", "dev_verb", "dev_appos_built") else None
            first = _PAIR_OPENS.match(masked, 0, m.start("s")) if key == "dev_verb" else None  # "A and B launched Sahabat-AI": both make it
            list_head = len(objs) > 1 and "o" in m.groupdict() and m.group("o") and _NOT_PRODUCT_HEAD.match(masked, m.end("o"))
            for o in objs:
                if tokens[o].kind == "U" and (list_head or _NOT_PRODUCT_HEAD.match(masked, positions[o] + len(f"«U{o}»"))
                                              or _STREET_BEFORE.search(masked, max(0, positions[o] - 10), positions[o])):
                    continue  # "Talen Energy's Cumulus data centre campus", "Microsoft's Build developer conference", "its plant off Highway 126",
                    # "its Ulsan and Sokcho plants" (the list's head noun), "a fleet on the Pirita river"
                n_out = len(out)
                add("develops", s, o, m.start(), check=False, conf=0.85, cobuilt=key in ("dev_maker", "dev_pre_maker"))
                if key in ("dev_maker", "dev_pre_maker") and len(out) > n_out:
                    ctx.stated_makers.setdefault(out[-1].object.name, out[-1].subject.name)
                if first is not None:
                    add("develops", int(first.group(1)), o, m.start(), check=False, conf=0.75)
                for c in _ids(co.group("co")) if co else ():  # "developed by Google DeepMind together with Isomorphic Labs": both make it
                    joint = _BARE_AND.match(co.group()) is not None or co.group("list") is not None  # "developed by OpenAI and Stripe", "by A, B and C":
                    # all its makers, whoever the gazetteer names
                    if not joint and masked.startswith(" as ", co.end()):
                        add("partners_with", s, c, m.start(), check=False, conf=0.7)  # "released Llama 2 with Microsoft as its preferred partner"
                        continue
                    if joint and (key != "dev_by" or not _JOINT_END.match(masked, co.end())):
                        continue  # "..., and Eiso Kant, a serial founder", "Optimus, and Apptronik and Sanctuary AI are ...": another clause
                    add("develops", c, o, m.start(), check=False, conf=0.75, cobuilt=joint or _TOGETHER.search(co.group()) is not None)
                    add("partners_with", s, c, m.start(), check=False, conf=0.7)  # and they work together
    # available_on -------------------------------------------------------
    for key, rx in [kv for kv in _AVAIL.items() if kv[0] in gates] if n_p >= 2 or n_p and n_c else ():  # a model and a platform
        # (a product or a platform company)
        for m in _matches_past_runs(rx, masked, tokens):
            if key == "av_integration":
                plats = [i for i, t in enumerate(tokens) if t.kind == "P" and t.mention.entry is not None and t.mention.entry.platform
                         and positions[i] < m.start()]
                for p in plats:
                    add("available_on", _id(m.group("o")), p, m.start("v"), end=m.end("v"), conf=0.6)
                continue
            p = _id(m.group("p"))
            pm = ment(p)
            first_ok = not (m.group("p").startswith("«C") and not (
                _platform_company(pm) or pm is not None and masked[:m.start("p")].endswith(" on ") and (
                    _shop_or_platform(pm) or key == "av_available" and m.group("v").lower() in _SOLD_ON_VERBS and m.end("v") + 5 >= m.start("p"))))
            # "Oatkin has been sold on Ocado since 2022": a company a product is sold or stocked "on" is its online shop
            if key in ("av_on", "av_in", "av_for", "av_works_with") and not (pm and (pm.entry is not None and pm.entry.platform or _shop_or_platform(pm))) and not (
                    key == "av_on" and pm is not None and pm.entry is None and _STOREFRONT.search(pm.name)):
                continue  # a platform the gazetteer knows, or a new storefront: "on the Procore App Marketplace"
            if key == "av_on" and m.group("par") and _PP_OBJECT_BEFORE.search(masked, max(0, m.start("o") - 60), m.start("o")):
                continue  # "was live in the Claude apps, on Amazon Bedrock ...": a list of places, not a product's aside
            if key == "av_on" and m.group("p").startswith("«C") and _is_platform(ment(_id(m.group("o")))):
                continue  # "the Databricks Data Intelligence Platform on AWS, Microsoft Azure and Google Cloud": where a platform runs
            if key == "av_available" and _REL_SUBJECT_BEFORE.search(masked, max(0, m.start("o") - 12), m.start("o")):
                continue  # "Vela 3.1, which Kestrel released ... and which can be downloaded from Hugging Face": Kestrel is no model
            if key == "av_available" and _NEW_CLAUSE.search(masked, m.end("o"), m.start("v")):
                continue  # "X-generation systems, and its clusters run on H200": another clause's subject
            if key == "av_available" and not masked[m.end("o"):m.start("v")].strip() and not _PREP_NEXT.match(masked, m.end("v")):
                continue  # "Orvane Cloud added the feature to Nimbus": the subject adds; what it adds comes after the verb
            objs = _ids(m.group("o"))
            if (key == "av_available" and len(objs) == 1 and _DEVICE_APP.match(masked, m.end("o"))
                    and (app := _TOKEN_BEFORE_DEVICE.search(masked, max(0, m.start("o") - 12), m.start("o")))):
                objs = [int(app.group(1))]  # "The Menuvia Line iPad app has been available on": the app, not the device it is for
            inner = [i for i, t in enumerate(tokens) if t.kind in "PU" and m.end("o") <= positions[i] < m.start("v")
                     and not _IN_PP.search(masked[max(0, positions[i] - 40):positions[i]])  # not "runs on Tenkai's Hikari chips"
                     and not ("," in masked[m.end("o"):positions[i]] and "," in masked[positions[i]:m.start("v")])  # nor an apposition
                     and not (masked.endswith("» ", 0, positions[i]) and _DEVICE_APP.match(masked, positions[i] + len(f"«{t.kind}{i}»")))]
            # (nor the device an app is for: "The Menuvia Line iPad app has been available on")
            if key == "av_available" and (rel := _OBJ_RELATIVE.search(masked, m.end("o"), m.start("v"))):
                # "Ambera runs on Kalba-12B, a model that Kalbos Labs released on Hugging Face": the clause's head is released
                objs = [i for i, t in enumerate(tokens) if t.kind in "PU" and m.start("o") <= positions[i] < rel.start()][-1:]
            elif key == "av_available" and (named := _BARE_NAME_APPOS.fullmatch(masked, m.end("o"), m.start("v"))):
                objs = [int(named.group(1))]  # "The latest PLaMo model, PLaMo Prime, has been available on": the name the apposition gives
            elif key == "av_available" and inner and not masked.startswith("'s", positions[inner[-1]] + len(f"«{tokens[inner[-1]].kind}{inner[-1]}»")):
                objs = inner[-1:]  # "Velocore has promised to keep Weave available on AWS": the name nearest the verb
                for i in reversed(inner[:-1]):  # "made Scout and Maverick available in Cortex AI": the list it ends
                    if not _LIST_SEP_POSS.fullmatch(masked, positions[i] + len(f"«{tokens[i].kind}{i}»"), positions[objs[0]]):
                        break
                    objs.insert(0, i)
            elif key == "av_available" and masked[m.end("o"):m.start("v")].lstrip().startswith(",") and not _WHICH_IS.match(masked, m.end("o")) and (
                    head := _HEAD_BEFORE_APPOS.search(masked, 0, m.start("o"))):
                objs = [int(head.group(1))]  # "the Mosaic AI platform, part of its «P», is offered on": the head
            elif key == "av_available" and (poss := _POSSESSED.match(masked, m.end("o"))):
                objs = [int(poss.group(1) or poss.group(2))]  # "«U»'s «U» platform, part of ..., is offered on", "«U»'s planning tool, «U»,": what it owns
            elif (key == "av_available" and (_IN_PP.search(masked[max(0, m.start("o") - 60):m.start("o")]) or _IN_PP_LIST.search(masked, max(0, m.start("o") - 60), m.start("o")))
                  and not _WHICH_IS.match(masked, m.end("o"))):  # (but "order through the X app, which can be downloaded from": X;
                # and "has run in Apple CarPlay and Android Auto since last year and has also been available in": not Android Auto)
                earlier = [i for i, t in enumerate(tokens) if t.kind in "PU" and positions[i] < m.start("o")
                           and not _IN_PP.search(masked[max(0, positions[i] - 60):positions[i]])]
                objs = earlier[-1:] if earlier else []
            if (key == "av_available" and len(objs) == 1 and objs[0] in positions and tokens[objs[0]].kind in "PU"
                    and (named := _BARE_NAME_APPOS.fullmatch(masked, positions[objs[0]] + len(f"«{tokens[objs[0]].kind}{objs[0]}»"), m.start("v")))):
                objs = [int(named.group(1))]  # "the Fjord family of models, the latest of which, Fjord 2, has been available on"
            if key in ("av_available", "av_on", "av_in") and objs and objs[0] in positions:
                while True:  # "Meta's Llama 3.1 and Mistral AI's Mixtral were available": the list the subject ends
                    prev = [i for i in range(objs[0]) if tokens[i].kind in "PU" and i in positions
                            and _LIST_SEP_POSS.fullmatch(masked, positions[i] + len(f"«{tokens[i].kind}{i}»"), positions[objs[0]])
                            and not _COMMA_AND_OR.search(masked, positions[i], positions[objs[0]])
                            and not _IN_PP.search(masked[max(0, positions[i] - 40):positions[i]])]
                    if not prev:
                        break
                    objs.insert(0, prev[-1])
            if key in ("av_on", "av_in") and (head := _HEAD_OF_OPEN_RELATIVE.search(masked, max(0, m.start("o") - 120), m.start("o"))):
                objs = [int(head.group(1))]  # "Sowa Chat, which runs on Sowa 2, has been on iOS": the clause's head is there
            if key == "av_available" and m.group("incl"):  # "the Claude 3 family, including Opus and Sonnet, is available on": each
                objs = objs + [int(i) for i in _PRODUCT_IDX.findall(m.group("incl"))]
            if key == "av_available" and objs and (along := _ALONG_WITH.search(masked, m.end("o"), m.start("v"))):
                objs = objs + [int(i) for i in _PRODUCT_IDX.findall(along.group("l")) if int(i) not in objs]  # "X, along with Y and Z, are available"
            places = [p] if first_ok else []
            if key == "av_available":
                places += _further_places(masked, m.end(), ment)
                if (also := _AND_ALSO_ON.match(masked, m.end())) and (tokens[int(also.group("p"))].kind != "C" or _platform_company(ment(int(also.group("p"))))):
                    own = _nearest(tokens, positions, "T", also.end(), also.end(), also.end() + 80)
                    for o in objs:  # "is available on AWS Marketplace from today, and has been offered on Naver Cloud Platform since April"
                        v = "v" if also.group("v") else "v2"  # "..., and is also on Google Play": the copula's place
                        add("available_on", o, int(also.group("p")), also.start(v), end=also.end(v), conf=0.75, lo=also.start(v), hi=also.end() + 30)
                        if own is not None and out and out[-1].relation == "available_on" and out[-1].object is ment(int(also.group("p"))):
                            out[-1].date = own.date.iso  # its own date, after it
                elif ((also := _AND_ON_TOO.match(masked, m.end())) and int(also.group("p")) not in places
                      and (tokens[int(also.group("p"))].kind != "C" or _shop_or_platform(ment(int(also.group("p")))))):
                    own = _own_date(tokens, positions, masked, also)
                    for o in objs:  # "has been listed on the Guidewire Marketplace, the app store run by Guidewire, and on the Azure Marketplace"
                        add("available_on", o, int(also.group("p")), also.start("v"), end=also.end("v"), conf=0.75, lo=also.start("v"), hi=also.end() + 30)
                        if own is not None and out and out[-1].relation == "available_on" and out[-1].object is ment(int(also.group("p"))):
                            out[-1].date = own.date.iso
            elif key in ("av_on", "av_in", "av_works_with", "av_which_through"):  # "is now on the Apple App Store and Google Play"
                places += [q for q in _listed_places(masked, m.end(), ment) if tokens[q].kind == "C" or _is_platform(ment(q))]
                if (also := _AND_ON_TOO.match(masked, m.end())) and (tokens[int(also.group("p"))].kind != "C" or _platform_company(ment(int(also.group("p"))))):
                    own = _own_date(tokens, positions, masked, also)
                    for o in objs:  # "have been on Amazon Bedrock since last year, and on OCI Generative AI since January"
                        add("available_on", o, int(also.group("p")), also.start("v"), end=also.end("v"), conf=0.75, lo=also.start("v"), hi=also.end() + 30)
                        if own is not None and out and out[-1].relation == "available_on":
                            out[-1].date = own.date.iso  # its own date, after it
            for o in objs:
                for k_p, p in enumerate(places):
                    n_out = len(out)
                    add("available_on", o, p, m.start("v"), end=m.end("v"), conf=0.8)
                    if (k_p and len(out) > n_out and p in positions
                            and (own := _SINCE_NEXT.match(masked, positions[p] + len(f"«{tokens[p].kind}{p}»"))) is not None):
                        out[-1].date = tokens[int(own.group(1))].date.iso  # "on Azure since 2023, on Google Cloud since last year": each its own
    for m in _AND_PREDICATE.finditer(masked) if n_p >= 2 and (" and has " in low or " and is " in low or " and was " in low) else ():
        pm = ment(int(m.group("p")))
        if pm is not None and (_is_platform(pm) or _platform_company(pm)):  # "Ledgerlens is built on ..., and has been sold through AWS Marketplace"
            o = int(m.group("o1") or m.group("o2"))
            for p in [int(m.group("p"))] + _further_places(masked, m.end(), ment):
                add("available_on", o, p, m.start("v"), end=m.end("v"), conf=0.75, lo=m.start("v"), hi=m.end() + 30)
    for m in _AS_IS.finditer(masked) if n_p >= 2 and ", as " in low else ():
        there = [c for c in out if c.relation == "available_on" and c.pos < m.start()]
        if there:
            add("available_on", int(m.group("o")), there[-1].object, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _JOINING.finditer(masked) if n_p >= 2 and ("joining" in low or "alongside" in low) else ():
        there = [c for c in out if c.relation == "available_on" and c.pos < m.start()]
        if there:  # "Llama 3 is offered through Azure AI Studio, joining Mistral Large from Mistral AI and Command R+ from Cohere": they are there too
            for o in _PRODUCT_IDX.findall(m.group("o")):
                add("available_on", int(o), there[-1].object, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _WHICH_AVAILABLE.finditer(masked) if n_p >= 2 and "which" in low else ():
        # "Anthropic's Claude 3.5 Haiku, which has been available on Amazon Bedrock since last month, can now ...": the clause says where
        for p in [_id(m.group("p"))] + [q for q in _listed_places(masked, m.end(), ment) if _is_platform(ment(q))]:
            add("available_on", _id(m.group("o")), p, m.start("v"), end=m.end("v"), conf=0.8)
    for m in _ON_APPOS.finditer(masked) if n_p >= 2 and ", on " in low else ():
        # "Its Tyst Companion app, on Apple's App Store and Google Play since 2022, now has 2.6 million users": where it is
        for p in _ids(m.group("p")):
            if _is_platform(ment(p)):
                add("available_on", _id(m.group("o")), p, m.start("v"), end=m.end("v"), conf=0.75)
    for m in _BUILT_WITH.finditer(masked) if n_c >= 1 and " with " in low and ("built" in low or "develop" in low or "creat" in low or "design" in low) else ():
        # "AXA Secure GPT, an internal assistant built with Microsoft", "Bradesco, whose BIA assistant was built with IBM in 2016":
        # the partner named co-develops the product, and partners its maker
        o = _id(m.group("o"))
        makers = [c.subject for c in out if c.relation == "develops" and c.object is not None and ment(o) is not None and c.object.name == ment(o).name]
        if not makers and (hold := _OWNER_BEFORE_PRODUCT.search(masked, 0, m.start("o"))):
            makers = [ment(int(hold.group(1)))]
        for s_id in _ids(m.group("s")):
            add("develops", s_id, o, m.start("v"), end=m.end("v"), conf=0.7, cobuilt=True)  # the text says so, whoever owns it
            for mk in makers:
                if mk is not None and ment(s_id) is not None and mk.name != ment(s_id).name:
                    add("partners_with", mk, s_id, m.start("v"), end=m.end("v"), conf=0.65)
    for m in _MODEL_THROUGH.finditer(masked) if n_p >= 2 and (" through " in low or " via " in low) else ():
        om, pm = ment(_id(m.group("o"))), ment(_id(m.group("p")))
        if om is not None and pm is not None and _is_platform(pm) and not _is_platform(om):
            for p in [_id(m.group("p")), *_further_places(masked, m.end("p"), ment)]:  # "through Amazon's Bedrock service and Google Cloud's Vertex AI"
                if p == _id(m.group("p")) or tokens[p].kind == "P" and _is_platform(ment(p)):  # (not "Bedrock, the AWS service")
                    add("available_on", _id(m.group("o")), p, m.start("v"), end=m.end("v"), conf=0.65)
    for m in _CAN_BUY_THROUGH.finditer(masked) if n_p >= 2 and " can " in low else ():
        for o in _ids(m.group("o")):  # "hospitals can buy Celvara Grade through the Microsoft Azure Marketplace"
            add("available_on", o, _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.7, local=m.start())  # not "that want to run ..."
    for m in _LETS_CHOOSE.finditer(masked) if n_p >= 2 and "let" in low else ():
        rest = masked[m.end():]
        stop = re.search(r";|\.\s|,\s+(?:but|while|and\s+(?:«[CU]\d+»|it|they)\s)", rest)
        for o in _PRODUCT_NOT_POSS.findall(rest[:stop.start()] if stop else rest):  # "lets subscribers choose between Google's Imagen 4 and Veo 3": each is on it
            add("available_on", int(o), _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _SERVES_ON.finditer(masked) if n_p >= 2 else ():
        for o in _ids(m.group("o")):  # "Groq is serving Llama 3.1 70B and Llama 3.1 8B on GroqCloud"
            add("available_on", o, _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.75)
    for m in _DEAL_TO_USE.finditer(masked) if n_c >= 2 and "partner" in has and " to " in low else ():
        add("partners_with", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _GIVES_ACCESS.finditer(masked) if n_p >= 2 and "access to" in low else ():
        for o in _PRODUCT_IDX.findall(m.group("o")):
            add("available_on", int(o), _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _PRODUCT_OFFERS.finditer(masked) if n_p >= 2 and (" now " in low or " also " in low or " already " in low) else ():
        if m.group("p3") is not None:  # "«P», an open-source tool, already offers open models including «C»'s «P» and «P»"
            for o in _PRODUCT_IDX.findall(m.group("o3")):
                add("available_on", int(o), _id(m.group("p3")), m.start("v3"), end=m.end("v3"), conf=0.7)
            continue
        for o in _PRODUCT_IDX.findall(m.group("o") + (m.group("o2") or "")):
            add("available_on", int(o), _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _BUILT_INTO.finditer(masked) if n_p >= 2 and " into " in low else ():
        for o in _PRODUCT_IDX.findall(m.group("o")):  # "Microsoft has built Copilot into Windows 11": it comes with the platform
            add("available_on", int(o), _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.7)
    for rx in ((_ADDED_TO_LINEUP, _OFFERS_CAPACITY) if _LINEUP_WORDS in gates else ()) + ((_RENTS_OUT,) if "rent" in low and " out " in low else ()) \
            if n_p >= 1 and n_c >= 1 and ("add" in low or "offer" in low or "rent" in low or "br" in low or "put" in low) else ():
        for m in rx.finditer(masked):
            for sid in _ids(m.group("s")):  # "Fireworks AI and DeepInfra have also added it to their catalogues": each
                sm = ment(sid)
                for o in _PRODUCT_IDX.findall(m.group("o")):
                    om = ment(int(o))
                    if sm is not None and om is not None and om.entry is not None and om.entry.owner == sm.name:
                        continue  # "AMD offers MI300X systems": its maker, not a platform
                    if tokens[int(o)].kind == "U" and m.group(0).lower().endswith(("portfolio", "portfolios")):
                        continue  # "Workday added Lumora to its portfolio": a company bought or backed, not a product offered
                    add("available_on", int(o), sid, m.start("v"), end=m.end("v"), conf=0.7)
    for rx in (_PLATFORM_CUSTOMERS, _JOINS_IN) if n_p >= 2 or (n_p and n_c) else ():
        if _AUDIENCE_WORDS not in gates:
            continue
        for m in rx.finditer(masked):
            pg = "p2" if m.groupdict().get("p2") else "p"
            pm = ment(_id(m.group(pg)))
            if pm is None or (m.group(pg).startswith("«C") and not _platform_company(pm)) or (
                    m.group(pg).startswith("«P") and not _is_platform(pm) and not _PLATFORM_AFTER.match(masked, m.end(pg))
                    and pg == "p"):
                continue  # "Kestrel customers can use Vela": the maker's customers, no platform
            if rx is _PLATFORM_CUSTOMERS and _ON_ANOTHER.match(masked, m.end()):
                continue  # "Google Cloud customers can run AlphaFold 2 as a pipeline on Vertex AI": on the platform named after it
            objs = _PRODUCT_IDX.findall(m.group("o")) + (_PRODUCT_IDX.findall(m.group("others")) if "others" in m.groupdict() else [])
            for o in objs:
                add("available_on", int(o), _id(m.group(pg)), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _JOINS_PLATFORM.finditer(masked) if (n_p >= 2 or n_p and n_c) and "join" in low else ():
        pm = ment(_id(m.group("p")))
        if m.group("noun") or (_platform_company(pm) if m.group("p").startswith("«C") else _is_platform(pm)):
            for o in _ids(m.group("o")):
                add("available_on", o, _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _WEIGHTS_ON.finditer(masked) if n_p >= 1 and (" weights" in low or " code" in low or " checkpoints" in low) else ():
        o, p, v = ("o", "p", "v") if m.group("o") else ("o2", "p2", "v2")
        pm = ment(_id(m.group(p)))
        if not m.group(p).startswith("«C") or _platform_company(pm):
            add("available_on", _id(m.group(o)), _id(m.group(p)), m.start(v), end=m.end(v), conf=0.7)
    for m in _NAMING_PARTNERS.finditer(masked) if n_c >= 2 and "partner" in low else ():
        subject = next((i for i, t in enumerate(tokens) if t.kind in "CU" and positions[i] < m.start()), None)
        for o in _ids(m.group("o")) if subject is not None else ():
            add("partners_with", subject, o, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _WHERE_HOSTED.finditer(masked) if n_p >= 2 and "where" in low else ():
        add("available_on", _id(m.group("o")), _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _ADDED_TO_ITS.finditer(masked) if n_p >= 2 and " to " in low else ():
        # "Ollama added the smaller Qwen3 models to its library": the platform that adds them to its own catalogue hosts them
        host = ment(_id(m.group("p")))
        if host is None or not (_is_platform(host) or m.group("p").startswith("«P")):
            continue
        for om in re.finditer(r"«[PU](\d+)»(?!')", m.group("rest")):
            add("available_on", int(om.group(1)), _id(m.group("p")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _HOSTS.finditer(masked) if n_p >= 1 and _HOST_WORDS in gates else ():
        rest = m.group("rest")
        cut = _NEXT_CLAUSE.search(rest)
        rest = rest[:cut.start()] if cut else rest  # "Azure hosts A, and Bedrock sells B": B is not on Azure
        if re.search(r"\b(?:which|that)\b", m.group(0)) and (close := _REL_CLOSE.search(rest)) is not None:
            rest = rest[:close.start()]  # "Azure, which hosts OpenAI's models through the Azure OpenAI Service, does not offer Claude": the clause ends
        hosts = [m.group("p"), *re.findall(r"«[PUC]\d+»", m.group("p2") or "")]
        if (did := _AS_DID.search(rest)) is not None:
            rest = rest[:did.start()]  # "A served the model, as did IBM's watsonx.ai": watsonx.ai is a host too, not what A served
            hosts.append(did.group("p"))
        if m.group("v") in ("added", "adds") and _ADDED_TO.search(rest):
            continue  # "Alibaba Cloud added R1 to Model Studio": on Model Studio (read below), not on its owner
        own = {ment(int(i)).entry.owner for i in _ON_PLATFORM.findall(rest) if _is_platform(ment(int(i))) and ment(int(i)).entry is not None}
        for tok in hosts:
            pid = _id(tok)
            pm = ment(pid)
            if tok.startswith("«C") and pm is not None and pm.name in own:
                continue  # "Groq is serving Llama 3.1 on GroqCloud": on the platform it names (read below), not on the company
            if tok.startswith("«C") and _ON_ITS_SERVICE.search(rest):
                continue  # "AWS also offers Llama 3.2 and its own Titan models on the service": on the service named before, not on AWS
            if tok.startswith("«C"):
                ok, named = _platform_company(pm), None  # "Together AI, Fireworks AI and Nebius AI Studio all serve Larch-12B"
            else:  # "Routa Serve, an inference service, has offered ...": a new name its apposition calls a service
                named = _APP_APPOS.match(masked, positions[pid] + len(tok)) or _SERVICE_BEFORE.search(masked, max(0, positions[pid] - 40), positions[pid])
                ok = _is_platform(pm) or _PLATFORM_AFTER.match(masked, positions[pid] + len(tok)) or named  # "That service, Glenmor Inference, has offered"
            if ok and (m.group("v") in ("hosts", "hosted", "carries", "serves", "host", "carry", "serve") or m.group("v").endswith(("serving", "hosting", "offering"))
                       or pm is not None and pm.entry is not None or not tok.startswith("«C") and named):
                for om in re.finditer(r"«[PU](\d+)»(?!')", rest):
                    if _WHERE_BEFORE.search(rest[max(0, om.start() - 40):om.start()]):
                        continue  # "has offered DeepSeek's models in Vertex AI's Model Garden": where, not what
                    add("available_on", int(om.group(1)), pid, m.start("v"), end=m.end("v"), conf=0.7)
    put_on = _PUT_ON.finditer(masked) if n_p >= 1 and _PUT_ON_WORDS in gates else ()
    if n_p >= 2 and _SOLD_THROUGH_WORDS in gates and ("sel" in low or "sold" in low or "distribut" in low or "market" in low):
        put_on = [*put_on, *_SOLD_THROUGH.finditer(masked)]
    for m in put_on:
        pm = ment(_id(m.group("p")))
        if pm is None or not (_is_platform(pm) or _platform_company(pm) or _PLATFORM_AFTER.match(masked, m.end("p"))
                              or (m.group("p").startswith("«U") and _APP_APPOS.match(masked, m.end("p")))):
            continue
        rest = m.group("rest")
        places = [_id(m.group("p"))] + _further_places(masked, m.end("p"), ment)
        taken = -1
        for om in _PUT_OBJECT.finditer(rest):
            o = int(om.group(2))
            lead = rest[taken if taken >= 0 else 0:om.start()].strip(" ,").lower()
            if taken >= 0 and lead not in ("", "and", "&", "or", "as well as") and not lead.startswith("«"):
                continue  # "released Phi-3-mini, a model from its Phi-3 family, on ...": the apposition's name is not released
            if om.group(1) == "U" and not (lead in ("", "its", "the", "their", "the weights of", "weights of", "the weights for")
                                           or taken >= 0 and lead in ("and", "&") or taken < 0 and _PRODUCT_LEAD.fullmatch(lead)):
                continue  # an unknown name counts only as the verb's object ("under a modified MIT licence" is not one)
            taken = om.end()
            if ment(o) is not None and ment(o).name != pm.name and not _is_platform(ment(o)):
                for p in places:
                    add("available_on", o, p, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _DOWNLOADED_FROM.finditer(masked) if "download" in low else ():
        pm = ment(_id(m.group("p")))
        if pm is not None and (_is_platform(pm) or _platform_company(pm)):
            for p in [_id(m.group("p"))] + _further_places(masked, m.end("p"), ment):
                for o in _ids(m.group("o")):  # "its models, Palmyra Med and Palmyra Fin, can be downloaded from Hugging Face"
                    if _WHERE_BEFORE.search(masked, max(0, m.start("o") - 30), m.start("o")):
                        # "Vela 3 can be deployed on Kestrel Cloud or downloaded from Hugging Face": the product, not the first place
                        o = next((i for i in reversed(_ids(masked[:m.start("o")])) if tokens[i].kind in "PU"
                                  and not _is_platform(ment(i)) and not _WHERE_BEFORE.search(masked, max(0, positions[i] - 30), positions[i])), None)
                        if o is None:
                            continue
                    add("available_on", o, p, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _OFFERED_BY.finditer(masked) if n_p >= 2 and " by " in low else ():
        for p in re.findall(r"«[PUC](\d+)»", m.group("rest")):
            pm = ment(int(p))
            if pm is not None and (_is_platform(pm) or _platform_company(pm)):
                for o in _ids(m.group("o")):
                    add("available_on", o, int(p), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _RUNS_ON.finditer(masked) if n_p >= 2 and "run" in low else ():
        pm = ment(_id(m.group("p")))
        if m.group("p").startswith("«C") and not _platform_company(pm):
            continue
        gap = masked[m.end("o"):m.start("v")]
        if len(gap) > 3 and not gap.lstrip().startswith(","):
            if _OTHER_SUBJECT.search(gap) and not _CLOSED_REL_GAP.fullmatch(gap):
                continue  # "the assistant, whose speech model runs on X": not the assistant itself (but "its K-Sight portal, which
                # tracks cranes, runs on X": the portal)
            first = next((i for i, t in enumerate(tokens) if t.kind in "PU" and not (i in positions and masked.startswith(
                ("'s", "’s"), positions[i] + len(f"«{t.kind}{i}»")))), None)  # (not "Kisaragi's" in "Kisaragi's K-Sight portal, which ...")
            if first != _id(m.group("o")):
                continue  # "P is used across 40 NHS trusts and runs on X": the subject is P
        if pm is not None and (_is_platform(pm) or _platform_company(pm) or _PLATFORM_AFTER.match(masked, m.end("p"))):
            for p in [_id(m.group("p"))] + _further_places(masked, m.end("p"), ment):
                add("available_on", _id(m.group("o")), p, m.start("v"), end=m.end("v"), conf=0.7)
    for m in _SOLD_THEN_ON.finditer(masked) if n_p + n_c >= 2 and "and, " in masked else ():
        # "Sunbrake is sold through independent hardware stores and, since February, on Amazon Australia": the shelf named second
        p, pm = int(m.group("p")), ment(int(m.group("p")))
        if (m.group("kind") == "C" and not _shop_or_platform(pm)
                or m.group("kind") == "U" and not (_is_platform(pm) or _PLATFORM_AFTER.match(masked, m.end()))):
            continue
        heads = [i for i, t in enumerate(tokens) if t.kind in "PU" and i in positions and positions[i] < m.start()
                 and not masked.startswith(("'s", "’s"), positions[i] + len(f"«{t.kind}{i}»"))]
        if heads and not _CLAUSE_BREAK.search(masked, positions[heads[-1]], m.start()):
            add("available_on", heads[-1], p, m.start("v"), end=m.end("v"), conf=0.75, lo=m.start(), hi=m.end() + 30)
    for v in _AV_VERB.finditer(masked) if n_p >= 2 and _AV_VERB_WORDS in gates else ():
        clause_end = masked.find(";", v.end())
        clause_end = len(masked) if clause_end < 0 else clause_end
        verb = v.group().lower()
        if masked.startswith(" by ", v.end()):
            continue  # "the app store run by Guidewire, and on the Azure Marketplace": a passive's agent, not what is put on the place
        for pl in (_AV_PLACE_TO if verb.startswith("add") else _AV_PLACE).finditer(masked, v.end(), clause_end):
            p = int(pl.group(1))
            if tokens[p].kind == "C" and not _platform_company(ment(p)):
                continue
            if verb in ("use", "bring") and pl.group().lower().startswith(("in", "into", "inside")):
                break  # "can use both models in the US West Region", "bring its agents into Slack": where it is used, no shelf
            between = masked[v.end():pl.start()]
            if _NEW_SUBJECT.search(between):
                break  # "added A to X's Garden, the same day Snowflake made B available in Y": Y is another clause's
            objs = [int(i) for i in _PRODUCT_IDX.findall(between)]
            if verb.startswith(("run", "buy", "bought")) and not (_is_platform(ment(p)) or _PLATFORM_AFTER.match(masked, pl.end())):
                break  # "runs on Tenkai's chips" is hardware, not a platform it is offered on; "buy" only through a store
            for o in objs:  # "had put GPT-5 into Microsoft 365 Copilot, GitHub Copilot and Azure AI Foundry": each
                for q in [p, *_listed_places(masked, pl.end(), ment)]:
                    add("available_on", o, q, v.start(), end=v.end(), conf=0.75)
            break
    for m in _AV_NOMINAL.finditer(masked) if (n_p >= 2 or n_p and n_c) and _AV_NOMINAL_WORDS in gates else ():
        o, p, v = next(g for g in (("o", "p", "v"), ("o2", "p2", "v2"), ("o3", "p3", "v3")) if m.group(g[0]))
        pid = _id(m.group(p))
        if m.group(p).startswith("«C") and not _platform_company(ment(pid)):
            continue
        for oid in _ids(m.group(o)):
            for q in [pid, *_listed_places(masked, m.end(p), ment)]:
                add("available_on", oid, q, m.start(v), end=m.end(v), conf=0.7)
    for m in _ALSO_HOLDS.finditer(masked) if "%" in masked or "per cent" in low or "percent" in low else ():
        # "Benchmark, which led its first round, owns about 11%; Foundation Capital holds about 9%": the same company's holder
        held = [c for c in out if c.relation == "invests_in" and c.object is not None and c.pos < m.start() and c.stake]
        if held:
            add("invests_in", _id(m.group("s")), held[-1].object, m.start("v"), end=m.end("v"), dated=False, conf=0.7)
            if out and out[-1].relation == "invests_in" and out[-1].object is held[-1].object:
                out[-1].stake = _stake_of(m.group("pc"))
    # based_in (descriptive) ---------------------------------------------
    if masked.startswith("In ") and (fr := _IN_PLACE_FRONTED.match(masked)):
        pm = ment(_id(fr.group("g")))
        country = pm.country if pm is not None else None
        for sid in _ids(fr.group("s")):  # "In China, Pony.ai and WeRide both listed ...": each
            sm = ment(sid)
            known = sm.entry.country if sm is not None and sm.entry is not None else None
            if country and (known is None or known == country):  # "In Singapore, Singtel signed ...", not "In India, Microsoft opened ..."
                add("based_in", sid, None, 0, check=False, country=country, conf=0.7)
    for key, rx in [kv for kv in _BASED.items() if kv[0] in gates] if "G" in kinds or "N" in kinds or "L" in kinds else ():
        for m in rx.finditer(whole):
            g = m.group("g") if m.group("g") else m.groupdict().get("g2")
            if not g:
                continue
            if key == "based_of" and not m.group("g") and ((sm := ment(_id(m.group("s")))) is None or sm.name.rsplit(" ", 1)[-1] not in _FIRM_TAILS and not (
                    (sm.type == "Company" or sm.type == "Unknown" and company_shaped(sm.surface)) and not sm.known and " " in sm.surface
                    and sm.surface.rsplit(" ", 1)[-1].rstrip(".") not in INSTITUTION_WORDS)):
                continue  # "Bukhan Partners of Seoul", "the company Savio Restauri of Faenza", "Kisaragi Chemical of Japan", not "the
                # Reserve Bank of India" or "the Building Code of Canada"
            gt = tokens[_id(g)]
            if key == "based_mod" and gt.kind == "N" and not m.group("poss") and not m.group("desc") and not m.group("based"):
                continue  # "U.S.-based HeyGen", "Japan's Rapidus", "the Chinese start-up X"; not "in India Kestrel ..."
            if key == "based_mod" and gt.kind in "GL" and not m.group("desc") and not m.group("poss") and not m.group("based"):
                continue
            if key == "based_in_post" and _NOT_HOME_BEFORE.search(whole, max(0, m.start() - 9), m.start()) and "», «N" not in m.group():
                continue  # "an analyst at Quill Capital in New York", "the case against X in London": not where it is based
            if key == "based_mod" and m.group("loose") and any(w != w.lower() and not (w.isupper() and len(w) <= 4) for w in m.group("loose").split()):
                continue  # "Germany's Federal Cartel Office": the pattern ignores case, the words after the place must be a description's
            if key == "based_mod" and _PLURAL_NOUN_NEXT.match(whole, m.end("s")):
                continue  # "one of Belgium's larger independent PET recyclers": a word of the description, no company
            if key == "based_mod" and m.group("desc") and whole.startswith("'s", m.end()):
                continue  # "makes the Korean battery maker «C»'s largest shareholder": the description is not of «C»
            country = gt.mention.country if gt.mention else None
            sids = _ids(m.group("s")) if key == "based_poss_list" else [_id(m.group("s"))] + ([_id(m.group("s2"))] if key == "based_in_post" and m.group("s2") else [])
            if key == "based_in" and _AND_IS.match(whole, m.end("s")) and (_LIST_BEFORE.search(whole, 0, m.start("s"))
                                                                            or _PP_OBJECT_BEFORE.search(whole, max(0, m.start("s") - 30), m.start("s"))):
                # "Alteryx partners with Snowflake, Databricks and Google Cloud and is headquartered in Irvine", "founded by researchers
                # from the University of Oxford and is headquartered in Oxford": the sentence's subject
                head = _SENTENCE_SUBJECT.match(whole)
                if head is None:
                    continue
                sids = [int(head.group(1))]
            for sid in sids if country else ():
                if ment(sid) is not None and _AUTHORITY.search(ment(sid).name):
                    continue  # "the UK's Competition and Markets Authority": a regulator, no company with a seat
                if (key in ("based_mod", "based_in_post") and ment(sid) is not None and ment(sid).entry is not None and ment(sid).entry.country
                        and ment(sid).entry.country != country and not (key == "based_mod" and m.group("based") and not m.group("desc")
                                                                         and not _OWNER_NOUN_AFTER.match(masked, m.end("s")))):
                    continue  # "the Israeli chip designer Amazon bought in 2015": the description is of another, not of a company known elsewhere
                    # (but "London-based ElevenLabs" says where the company is, whatever the gazetteer holds)
                add("based_in", sid, None, m.start(), check=False, country=country, conf=0.85,
                    city=gt.mention.name if gt.kind == "L" and gt.mention else None)
    # "made a €15 million investment as part of a partnership that put Mistral Large on Azure": the investor and investee partner too
    for m in _AS_PART_OF_PARTNERSHIP.finditer(masked) if "partner" in has and n_c >= 2 else ():
        for c in [c for c in out if c.relation == "invests_in" and c.object is not None and c.pos < m.start()
                  and not _CLAUSE_VERB.search(masked, c.pos, m.start())][-1:]:
            add("partners_with", c.subject, c.object, m.start("v"), end=m.end("v"), conf=0.6)
    # "the partnership (that accompanied the investment)" names the last deal's partnership
    pm = _THE_PARTNERSHIP.search(masked) if "partnership" in low else None
    inv = ctx.last.get("invests_in")
    if pm and inv is not None and not any(c.relation == "partners_with" for c in out):
        names = {t.mention.name for t in tokens if t.kind in "CU"}
        if inv.subject.name in names or inv.object.name in names:
            add("partners_with", inv.subject, inv.object, pm.start(), check=False, conf=0.5)
            if out and out[-1].relation == "partners_with" and inv.date:
                out[-1].date = inv.date
    # attributes for an earlier deal: "The partnership announced in February 2024 ..."
    da = _DEAL_ANAPHOR.match(masked)
    if da:
        rel = {"investment": "invests_in", "acquisition": "acquires", "purchase": "acquires"}.get(da.group("n").lower(), "partners_with")
        prev = ctx.last.get(rel)
        if prev is not None and prev.date is None:
            t = _nearest(tokens, positions, "T", da.end())
            if t:
                prev.date = t.date.iso
        if prev is not None and prev.amount is None and rel in ("invests_in", "acquires"):
            t = _nearest(tokens, positions, "M", da.end(), masked=masked)
            if t:
                prev.amount = t.money
    # a sentence without a date of its own that continues the last deal ("As part of that agreement, ...")
    if "T" not in kinds:
        follows = _FOLLOW_UP.search(masked) if _FOLLOW_WORDS in gates else None
        for c in out:
            if c.date is not None or c.relation in ("develops", "based_in"):
                continue
            if follows and ctx.last_date:
                c.date = ctx.last_date
            elif c.relation == "invests_in" and ctx.round_date and ctx.investee is not None and c.object.name == ctx.investee.name:
                c.date = ctx.round_date
    # "The deal gives Marlowe a minority stake.": the stake of the last investment
    st = _STAKE.search(masked) if "stake" in low else None
    inv = ctx.last.get("invests_in")
    if st and inv is not None and inv.stake is None and not any(c.relation == "invests_in" for c in out) and re.search(r"\bstake", masked, re.I):
        names = {t.mention.name for t in tokens if t.kind in "CU" and t.mention is not None}
        if inv.subject.name in names or inv.object.name in names or _DEAL_ANAPHOR.match(masked):
            if not _hedged(masked, st.start(), st.end()):
                inv.stake = st.group(1).lower()
    # "The two companies signed a partnership in January."
    two = _TWO_COMPANIES.search(masked) if ("two " in low or "both " in low) else None
    if two and not any(c.relation == "partners_with" for c in out):
        here: list = []
        for i, t in enumerate(tokens):
            if t.kind in "CU" and t.mention is not None and positions[i] < two.start() and t.mention.name not in [x.name for x in here]:
                here.append(t.mention)
        pair = here if len(here) == 2 else ctx.prev_companies
        if len(pair) == 2:
            add("partners_with", pair[0], pair[1], two.start("v" if two.group("v") else "v2"), end=two.end("v" if two.group("v") else "v2"), conf=0.6)
    # "X just got bought. The buyer is Marvell.": a deal whose buyer is named after it
    for m in _AGENTLESS.finditer(masked) if "acquire" in has and _AGENTLESS_WORDS in gates else ():
        o = ment(_id(m.group("o")))
        if o is not None and not _hedged(masked, m.start("v"), m.end("v")):
            ctx.pending_target = o
    if ctx.pending_target is not None and ("buyer" in low or "acquirer" in low or "purchaser" in low or "«" in masked[:3]):
        rb = _BUYER_IS.match(masked)
        if rb:
            first = tokens[_id(rb.group(0))] if rb.group("role") is None else None
            if rb.group("role") or (first is not None and first.mention is not None
                                    and first.mention.surface.lower().split()[-1] in ("buyer", "acquirer", "purchaser")):
                add("acquires", _id(rb.group("s")), ctx.pending_target, rb.start("s"), end=rb.end("s"), conf=0.7)
                ctx.pending_target = None
    # "agreed to use Amazon Web Services as its preferred cloud provider"
    for m in _IS_A_PARTNER.finditer(masked) if n_c >= 1 and _PARTNER_NOUN_WORDS in gates else ():
        add("partners_with", _id(m.group("s")), _id(m.group("o") or m.group("o2")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _PARTNER_PROGRAM.finditer(masked) if n_c >= 2 and "partner" in low and _PROGRAM_WORDS in gates else ():
        add("partners_with", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.7)
    for rx, words, also in _COMMERCE if n_c >= 2 and _COMMERCE_WORDS in gates else ():
        if words not in gates or (also and also not in gates):
            continue
        for m in rx.finditer(masked):
            g = m.groupdict()
            sid, oid = g.get("s") or g.get("s2"), g.get("o") or g.get("o2")
            v = "v" if m.group("v") is not None else "v2"
            for o in _ids(oid):
                add("partners_with", _id(sid), o, m.start(v), end=m.end(v), conf=0.65)
    for m in _PARTNERS_INCLUDE.finditer(masked) if n_c >= 2 and "partners" in low else ():
        v = "v" if m.group("v") else "v2"
        if m.group("o2"):
            o = _id(m.group("o2"))
        elif m.group("o"):
            o = _id(m.group("o"))
        elif whose := _WHOSE_BEFORE.search(masked, max(0, m.start("v") - 140), m.start("v")):
            o = int(whose.group(1))
        else:
            continue
        for s in _ids(m.group("s") or m.group("s2")):
            add("invests_in" if m.group("lp") or m.group("lp2") else "partners_with", s, o, m.start(v), end=m.end(v), conf=0.7)
    for m in _AS_PROVIDER.finditer(masked) if n_c >= 2 and " as " in low else ():
        add("partners_with", _id(m.group("s")), _appos_head(masked, m.start("o"), _id(m.group("o"))), m.start("v"), end=m.end("v"), conf=0.75)
    # "Grab made an equity investment in WeRide, deepening a partnership the two signed in March": the deal's two parties partner
    dp = _DEEPENING.search(masked) if "partnership" in low or "alliance" in low or "collaboration" in low or "tie-up" in low else None
    if dp is not None and not any(c.relation == "partners_with" for c in out):
        deal = next((c for c in reversed(out) if c.relation in ("invests_in", "acquires") and c.object is not None and c.pos < dp.start()), None)
        if deal is not None:
            add("partners_with", deal.subject, deal.object, dp.start(), end=dp.end(), conf=0.7, lo=dp.start())
            if out and out[-1].relation == "partners_with":
                t = _nearest(tokens, positions, "T", dp.end(), dp.start(), 10**9)
                out[-1].date = t.date.iso if t else None
    for rx, gate in ((_PAIR_SIGNED, " and «" in low and _DEAL_NOUN_WORDS in gates and any(w in low for w in _PAIR_SIGNED_VERBS)),
                     (_PARTNERED_BARE, "partnered «" in low), (_ONE_OF_PARTNERS, "one of «" in low),
                     (_MAKES_PARTNER, "mak" in low and (_PARTNER_NOUN_WORDS in gates or " provider" in low))) if n_c >= 2 else ():
        for m in rx.finditer(masked) if gate else ():
            if not _PREP_BEFORE.search(masked, max(0, m.start() - 12), m.start()):
                add("partners_with", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.7)
    for m in _MERGED_WITH.finditer(masked) if n_c >= 2 and "merg" in low else ():
        if not _PREP_BEFORE.search(masked, max(0, m.start() - 12), m.start()):
            add("acquires", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), amount=True, lo=m.start(), hi=m.end() + 60)
    for m in _HIRE_LICENCE.finditer(masked) if n_c >= 2 and "licen" in low and "hir" in low else ():
        o = m.group("o1") or m.group("o2")
        if o is not None and not _IN_PP.search(masked, max(0, m.start("s") - 20), m.start("s")):
            add("partners_with", _id(m.group("s")), _id(o), m.start("v"), end=m.end(), conf=0.7)
    for m in _SAME_DEAL.finditer(masked) if n_c >= 2 and ("same" in low or "similar" in low) else ():
        before = [c for c in out if c.pos < m.start() and c.relation in ("invests_in", "acquires", "partners_with")]
        prior = before[-1] if before else (ctx.deals[-1] if ctx.deals else None)
        rel = "partners_with" if "licen" in low or "hir" in low else prior.relation if prior is not None and prior.object is not None else None
        for o in (_id(m.group("o")), *_ids(m.group("more") or "")) if rel else ():  # "did the same with Adept that summer and with Covariant"
            add(rel, _id(m.group("s")), o, m.start("v"), end=m.end("v"), conf=0.6, amount=rel != "partners_with", lo=m.start("v"), hi=m.end() + 40)
    for m in _AS_DID_LIST.finditer(masked) if n_c >= 2 and ", as " in low else ():
        # "M12 took part, as did Sinewave Ventures, OMERS Ventures and Archerman Capital": the same stake, each of them
        prev = [c for c in out if c.relation == "invests_in" and c.object is not None and c.pos < m.start()]
        if prev:
            for sid in _ids(m.group("s")):
                add("invests_in", sid, prev[-1].object, m.start("v"), end=m.end("v"), conf=0.7, dated=bool(m.group("led")))
                if out and out[-1].relation == "invests_in" and out[-1].subject is ment(sid) and not m.group("led"):
                    out[-1].date = prev[-1].date  # (", as did D, which led its seed round in 2022": that round's date)
    for m in _ADDED_COMPANY.finditer(masked) if n_c >= 2 and "add" in low else ():
        # "This month it added Brium, a small compiler start-up": a company taken in, the buyer's
        add("acquires", _id(m.group("s")), _id(m.group("o")), m.start("v"), end=m.end("v"), conf=0.7, amount=True, lo=m.start("v"), hi=m.end() + 40)
    if focus is not None and _DEAL_PLURALS in gates and (dl := _DEALS_INCLUDE.match(masked)) is not None:
        # "Earlier deals include Kaleido, the Vienna maker of remove.bg, in 2021, and Flourish, a London start-up, in 2022": the
        # buys of the company the text is about, each item of the list
        for item in _DEAL_ITEM.finditer(masked, dl.end() - 1):
            i = int(item.group(1))
            if ment(i) is not None and ment(i).name != focus.name:
                add("acquires", focus, i, item.start(), end=item.end(), conf=0.7, amount=True, lo=item.end(), hi=item.end() + 40)
                if out and out[-1].relation == "acquires" and out[-1].object is ment(i):
                    nxt = masked.find(", and «", item.end())
                    t = _nearest(tokens, positions, "T", item.end(), item.end(), nxt if nxt > 0 else len(masked))
                    out[-1].date = t.date.iso if t is not None else None
    for m in _AND_SECOND_OBJECT.finditer(masked) if n_c >= 3 and ", and " in masked else ():
        # "It bought Coverity, the maker of ..., for $375 million in 2014, and Black Duck Software, known for ..., for about $547
        # million in 2017": a second purchase of the same buyer, with its own price and date
        prev = [c for c in out if c.relation == "acquires" and c.object is not None and c.pos < m.start()]
        om = ment(_id(m.group("o")))
        if prev and om is not None and om.name not in {c.object.name for c in prev} and om.name != prev[-1].subject.name:
            add("acquires", prev[-1].subject, _id(m.group("o")), m.start("o"), end=m.end("o"), conf=0.7, amount=True, lo=m.end("o"), hi=m.end())
            if out and out[-1].relation == "acquires" and out[-1].object is om:
                t = _nearest(tokens, positions, "T", m.end("o"), m.end("o"), m.end())
                out[-1].date = t.date.iso if t is not None else None
    for m in _GAPPED_AMOUNT.finditer(masked) if n_c >= 3 and "M" in kinds and " and «" in masked else ():
        # "Amazon has invested $8 billion in Anthropic, and Google about $3 billion": the same verb and object, gapped
        second = ment(_id(m.group("s")))
        if second is not None and not masked.startswith(",", m.start()):  # "in Anthropic and Nvidia $10bn": Nvidia was read as an object too
            out = [c for c in out if not (c.relation == "invests_in" and c.object is second and c.pos < m.start())]
        prev = [c for c in out if c.relation == "invests_in" and c.object is not None and c.pos < m.start() and c.amount is not None]
        if prev and second is not None and second.name != prev[-1].object.name:
            add("invests_in", _id(m.group("s")), prev[-1].object, m.start("s"), end=m.end(), dated=False, conf=0.7, amount=True, lo=m.start("m"), hi=m.end("m") + 1)
            if out and out[-1].relation == "invests_in" and out[-1].subject is second:
                out[-1].date = prev[-1].date
    for m in _AGREED_WITH_TO_BUY.finditer(masked) if n_c >= 3 and "par_agreed_with" in gates else ():
        # "MGX agreed with GIP and AIP to buy Aligned for $40bn": a consortium's purchase, each of its members buys, none partners another
        buyers = [ment(i) for i in [*_ids(m.group("s"))[-1:], *_ids(m.group("o"))]]
        names = {b.name for b in buyers if b is not None}
        out[:] = [c for c in out if not (c.relation == "partners_with" and c.object is not None and {c.subject.name, c.object.name} <= names)]
        have = {c.subject.name for c in out if c.relation == "acquires" and c.object is not None and c.object is ment(_id(m.group("t")))}
        for b in buyers:
            if b is not None and b.name not in have:
                add("acquires", b, _id(m.group("t")), m.start("v"), end=m.end("v"), conf=0.75, amount=True, lo=m.start("v"), hi=m.end() + 60)
    for c in out if "%" in masked or "per cent" in low or "percent" in low else ():
        # "paid $1.5 billion for 80% of Netafim", "bought a 72 per cent stake in": a majority bought is an acquisition (the conventions)
        if (c.relation == "invests_in" and c.stake == "majority" and c.object is not None
                and _BOUGHT_SHARE.search(masked, max(0, c.pos - 10), c.pos + 80)):
            c.relation, c.stake = "acquires", None
    # "A and B agreed to invest $5bn and $10bn respectively in C", "A and B have billions tied up in C and D respectively"
    resp = _RESPECTIVELY.search(masked) if "respectively" in low else None
    subs_m = _COORD_LIST.search(masked, 0, resp.start()) if resp is not None else None
    if resp is not None and subs_m is not None and subs_m.end() <= resp.start("r"):
        subs = [int(i) for i in re.findall(r"«[CU](\d+)»", subs_m.group())]
        items = re.findall(r"«([CUM])(\d+)»", resp.group("r"))
        names = [ment(i).name if ment(i) is not None else None for i in subs]
        if len(subs) == len(items) and all(k == "M" for k, _ in items):
            for c in out:
                if c.relation in ("invests_in", "acquires") and c.subject.name in names:
                    c.amount = tokens[int(items[names.index(c.subject.name)][1])].money
        elif len(subs) == len(items) and all(k in "CU" for k, _ in items):
            objs = [ment(int(i)) for _k, i in items]
            pairs = {(names[j], objs[j].name) for j in range(len(subs)) if objs[j] is not None}
            oset = {o.name for o in objs if o is not None}
            out[:] = [c for c in out if not (c.object is not None and c.subject.name in names and c.object.name in oset
                                              and (c.subject.name, c.object.name) not in pairs)]
            have = {(c.subject.name, c.object.name) for c in out if c.object is not None}
            rel = ("acquires" if _ACQ_CUE.search(masked, subs_m.end(), resp.start()) else
                   "invests_in" if _INV_CUE.search(masked, subs_m.end(), resp.start()) else None)
            for j in range(len(subs)) if rel else ():
                if objs[j] is not None and (names[j], objs[j].name) not in have:
                    add(rel, subs[j], int(items[j][1]), subs_m.end(), end=resp.start(), conf=0.75, local=subs_m.start())
    # "the three companies now share a research programme": every pair of the last three named
    grp = GROUP.search(masked) if ("two" in low or "both" in low or "three" in low or "four" in low or "five" in low
                                   or _GROUP_DIGIT.search(low)) else None
    if grp and not (group_size(grp) == 2 and any(c.relation == "partners_with" for c in out)):
        members: list = []
        for i, t in enumerate(tokens):
            if t.kind in "CU" and t.mention is not None and positions[i] < grp.start() and t.mention.name not in [x.name for x in members]:
                members.append(t.mention)
        for x in reversed(ctx.prev_companies):
            if len(members) >= group_size(grp):
                break
            if x.name not in [y.name for y in members]:
                members.append(x)
        if len(members) == group_size(grp):
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    add("partners_with", members[a], members[b], grp.start("v"), end=grp.end("v"), conf=0.6)
    if "«" in masked and " own" in low and len(out) > 1:
        bought = {(c.subject.name, c.object.name) for c in out if c.relation == "acquires" and c.object is not None and _BOUGHT_AT.match(masked, c.pos)}
        if bought:  # "Alamy has been owned since 2020 by PA Media Group, which bought it that year": one purchase, not a holding too
            out = [c for c in out if not (c.relation == "invests_in" and c.stake is None and c.object is not None
                                          and (c.subject.name, c.object.name) in bought and _OWNED_AT.match(masked, c.pos))]
    seen: dict = {}
    for t in tokens:
        if t.kind in "CU" and t.mention is not None:
            seen.setdefault(t.mention.name, t.mention)
    ctx.prev_companies = list(seen.values())
    if out:
        ctx.deals.extend(c for c in out if c.relation in ("invests_in", "acquires", "partners_with"))
    for c in out:
        if c.relation in ("invests_in", "acquires"):
            ctx.last[c.relation] = c
        if c.relation == "invests_in":
            ctx.investors.add(c.subject.name)
        if c.relation in ("invests_in", "acquires", "partners_with") and c.date:
            ctx.last_date = c.date
    return out

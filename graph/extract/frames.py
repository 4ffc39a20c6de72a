"""A verb-class lexicon driving general subject-verb-object frames.

The rules of :mod:`.relations` are hand-written for the shapes deal news
was first read in.  This module reads the shapes those rules miss with a
few *general* frames over the masked sentence, each filled from one
lexicon of predicates per relation:

* ``active``   -- SUBJ ... PRED OBJ         "X wrote a $5m cheque for Y", "X now owns 30% of Y"
* ``reverse``  -- OBJ ... PRED SUBJ         "Y is now part of X", "Y sold a 15% stake to X"
* ``pair``     -- A and B ... PRED          "A and B are co-developing sensors"
* ``nominal``  -- NOUN of OBJ, ..., by SUBJ "the acquisition of Y, a Dutch labeller, by X"

A predicate is written once by its lemma ("take over", "snap up"); its
inflected forms (takes, took, taken, taking) come from :func:`forms`, so
the lexicon grows by adding a line, not a regular expression.  Arguments
are company lists (``«C3», «C4» and «C5»``) which may carry descriptors
("the Swedish utility «C1»"), and a subject may carry an apposition or a
relative clause.  Everything read here goes through the same hedging check
as every other deal rule (the ``add`` callback of
:func:`.relations.sentence_relations`).
"""

from __future__ import annotations

import re

from .caseless import Caseless, caseless
from .nouns import COMPANY_NOUNS

__all__ = ["FRONTED_NOUN", "GAPPED_BY", "role_matches", "finite_verbs", "forms", "phrase", "FRAMES", "GROUP", "NOT_NOW", "frame_matches", "group_size", "headline_case"]

_IRREGULAR = {
    "buy": ("buys", "bought", "buying"),
    "take": ("takes", "took", "taken", "taking"),
    "sell": ("sells", "sold", "selling"),
    "hold": ("holds", "held", "holding"),
    "lead": ("leads", "led", "leading"),
    "write": ("writes", "wrote", "written", "writing"),
    "put": ("puts", "put", "putting"),
    "get": ("gets", "got", "gotten", "getting"),
    "become": ("becomes", "became", "becoming"),
    "make": ("makes", "made", "making"),
    "go": ("goes", "went", "gone", "going"),
    "come": ("comes", "came", "coming"),
    "win": ("wins", "won", "winning"),
    "sign": ("signs", "signed", "signing"),
    "be": ("is", "are", "was", "were", "been", "being"),
    "have": ("has", "had", "having"),
    "pay": ("pays", "paid", "paying"),
    "spend": ("spends", "spent", "spending"),
    "bring": ("brings", "brought", "bringing"),
    "set": ("sets", "set", "setting"),
    "underwrite": ("underwrites", "underwrote", "underwritten", "underwriting"),
    "strike": ("strikes", "struck", "striking"),
    "begin": ("begins", "began", "begun", "beginning"),
    "run": ("runs", "ran", "running"),
    "spin": ("spins", "spun", "spinning"),
    "build": ("builds", "built", "building"),
    "lend": ("lends", "lent", "lending"),
}
_DOUBLE = frozenset("snap tap ship plan drop step stop control".split())


def _inflect(verb: str) -> tuple[str, ...]:
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    if verb in _DOUBLE:
        return (verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing")
    if verb.endswith("ee"):
        return (verb, verb + "s", verb + "d", verb + "ing")  # agreeing
    if verb.endswith("ie"):
        return (verb, verb + "s", verb + "d", verb[:-2] + "ying")  # tying
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return (verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return (verb, verb + "es", verb + "ed", verb + "ing")
    return (verb, verb + "s", verb + "ed", verb + "ing")


def forms(lemma: str) -> list[str]:
    """Every inflected form of a (phrasal) verb: ``forms("take over")`` -> take over, takes over, took over, ..."""
    pre, head, rest = _split_head(lemma)
    return [pre + f + (" " + rest if rest else "") for f in _inflect(head)]


_ADVERBS = frozenset({"jointly", "together", "formally", "officially"})


def _split_head(lemma: str) -> tuple[str, str, str]:
    """(adverbs before the verb, the verb, the rest): "jointly develop" -> ("jointly ", "develop", "")."""
    words = lemma.split()
    i = 0
    while i < len(words) - 1 and words[i] in _ADVERBS:
        i += 1
    pre = " ".join(words[:i])
    return (pre + " " if pre else ""), words[i], " ".join(words[i + 1:])


def phrase(lemma: str, owned: bool = False) -> str:
    """A regular expression for a predicate written by lemma.

    Words in ``[...]`` are left as written (``"own [a] stake in"``); the first
    word is inflected; a ``~`` lets up to three modifier words in
    (``"write ~ cheque for"`` reads "wrote a USD 40 million cheque for"), none of them a word that makes
    the money something other than equity ("received two federal research grants from": grants, loans, debt).
    With ``owned``, a possessor may stand among them ("deepened its ties with": "its" resolved to a name); a deal
    verb's possessor is not always its party ("Denso, which owns 15% of Lumina, agreed to sell its shares to Osprey").
    """
    pre, head, rest = _split_head(lemma)
    alts = "|".join(sorted((re.escape(f) for f in _inflect(head)), key=len, reverse=True))
    out = (r"\s+".join(pre.split()) + r"\s+" if pre else "") + r"(?:" + alts + r")"
    words = rest.split()
    for i, w in enumerate(words):
        if w in _PREPOSITIONS and i == len(words) - 1 and i > 0:
            out += r"(?:\s+(?:in\s+|on\s+)?«T\d+»,?)?"  # "led a $1bn round last month in Moonshot": a date before the object's preposition
        if w == "~":
            out += r"(?:\s+(?!(?:grants?|loans?|debt|credit|awards?|prizes?|orders?|bonds?|contracts?|deals?|tenders?)\b)(?:[\w%.,-]+|«[MT]\d+»" + (r"|«[CU]\d+»'s" if owned else "") + r")){0,4}?"
        elif w.startswith("[") and w.endswith("]"):
            out += r"(?:\s+(?:" + w[1:-1] + r"))?"
        else:
            out += r"\s+" + w
    return out


_AUX = r"(?:(?:(?:[a-z]+\s+){0,3}?(?:by|through|after|since|before|while|when)(?=\s+[a-z]+ing\b)|(?:entered\s+into|signed|reached|struck|agreed|inked)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal)\s+to|«T\d+»,?|(?:in|on)\s+«T\d+»,?|(?:agreed|agrees)(?=\s+(?:in\s+|on\s+)?«T\d+»,?\s+to\s)|(?:said|announced|confirmed)\s+(?:«T\d+»,?\s+)?(?:that\s+)?(?:they|it)\s+(?:would|will)|(?:chosen|chose|decided|opted)\s+to|in\s+the\s+(?:final\s+)?process\s+of(?=\s+[a-z]+ing\b)|has|have|had|is|are|was|were|will|would|has\s+now|also|alone|now|already|still|just|since|recently|previously|then|quietly|officially|formally|finally|itself|themselves|outright|agreed\s+to|agrees\s+to|went\s+on\s+to|is\s+to|are\s+to|is\s+set\s+to|is\s+due\s+to|to)\s+)*"
"""Auxiliaries and adverbs between a subject and its predicate."""

_C = r"«[CU]\d+»"
_DESC = r"(?:(?:the|a|an|its|their)\s+)?(?:(?:«[GLN]\d+»(?:'s|-based|-made|-founded|-born)?|(?!(?:by|with|from|of|in|on|at|to|for|and|or|but|than|as|who|which|that|what|whom|whose|where|when|how|why|while|whereas|itself|themselves|alongside)\b)[\w-]+),?\s+){0,5}?"
"""Descriptors before a name: "the Swedish utility", "the predictive-maintenance specialist", "Bonn-based enterprise architecture
software company"."""
_SEP = r"(?:\s*,\s*(?!and\b)|\s+and\s+|\s+&\s+)"
"""Between the names of a list; not ", and" (which joins two clauses). (In :data:`_ARG` not ", a" before a name and a noun: "bought
Wyre Plugs, a Fleetwood installer": an apposition's place, no second object.)"""
_GENERIC_LIST = (r"(?:(?:[\w-]+\s+){0,3}?(?:rivals|companies|firms|start-?ups|businesses|competitors|makers|developers|labs|players|"
                 r"specialists|suppliers|partners)\s*,?\s+(?:among\s+them|including|such\s+as|notably|namely)\s+)?")
"""A generic plural before the list it names: "buying smaller rivals, among them A and B"."""
_GL = [""]
"""The list prefix the frames being built use: "" for the plain frames, :data:`_GENERIC_LIST` for those tried
only on sentences that say "among them", "including", "such as" (the prefix is costly to try everywhere)."""
_ARG = ("{gl}" + _DESC + r"(?P<{g}>" + _C + r"(?!')(?:\s+(?:in\s+)?«T\d+»)?(?:" + _SEP + r"(?!(?:a|an)\s+«[CU]\d+»\s+[a-z])" + _DESC + _C + r"(?!')(?!\s+(?:" + COMPANY_NOUNS
        + r")\b)(?:\s+(?:in\s+)?«T\d+»)?)*)")
_PLACE_PAIR = r"«[GLN]\d+»,\s+«[GLN]\d+»"
"""A town and its state or country, one place for an apposition: "based in «L1», «L2»" (Boulder, Colorado)."""
_SUBJ_APPOS = (r"(?:\s*,\s*(?:(?:the|a|an|whose|which|that|who)\b(?:[^,;«]|" + _PLACE_PAIR + r"|«[GLMTNPU]\d+»|«[CU]\d+»'s){1,200}?|(?:[^,;«]|"
               + _PLACE_PAIR + r"|«[GLMTNP]\d+»|«[CU]\d+»'s){1,110}?"
               r"|«[CU]\d+»(?!')(?:[^,;«]|" + _PLACE_PAIR + r"|«[GLMTNP]\d+»){0,110}?),)?")
"""An apposition or relative clause after a subject; a description the coreference resolved reads as its name
("Tessel, «C1» led by Jim Keller, agreed ...": «C1» is "the Toronto-based start-up"); it may name products ("King, the
mobile games company behind Candy Crush Saga, has acquired ...") and a town with its state ("Logrivo, based in Boulder, Colorado,
has been owned by ...")."""
_ROLE = r"(?P<role>" + _C + r"'s\s+(?:(?:new|largest|biggest|main|existing|current|former|latest|lead|other)\s+)?(?:shareholder|investor|backer|owner|parent|buyer|acquirer))\b"
"""A role named through a company: "its new shareholder" (resolved through the deals read so far)."""


_REL = (r"(?:,?\s+(?:which|who|that)(?=\s)|,(?=\s+(?:also|then|now|already|still|too)\s)"
        r"|,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60}?\s+(?:which|that)(?=\s+(?:has|had|have)\s))?")
"""A relative clause whose head is the subject: "Earlybird, which has held a fifth of Y"."""


_CLOSING_COMMA = r"(?:,(?=\s+(?:will|would|has|have|had|is|are|was|were)\s))?"
"""The comma that closes the apposition a name fills: "The JV, «U0», will be owned ..."."""


def _active(pred: str) -> str:
    return (r"(?P<s>" + _C + r"(?:(?:\s*,\s*" + _C + r")+,?\s+(?:and|&)\s+" + _C + r"|\s+(?:and|&)\s+" + _C + r")?)" + _SUBJ_APPOS + _CLOSING_COMMA + _REL + r"\s+" + _AUX
            + r"(?P<v>" + pred + r")\s+" + _ARG.replace("{g}", "o").replace("{gl}", _GL[0]))


def _reverse(pred: str) -> str:
    return (r"(?P<o>" + _C + r")" + _SUBJ_APPOS + _CLOSING_COMMA + _REL + r"\s+" + _AUX + r"(?P<v>" + pred + r")\s+(?:" + _ROLE + r"|(?:" + _ARG.replace("{g}", "s").replace("{gl}", _GL[0]) + r"))")


def _pair(pred: str) -> str:
    return (r"(?P<s>" + _C + r")(?:" + _SUBJ_APPOS + r"\s+(?:and|&)\s+" + _DESC + r"|,\s+(?=«[CU]\d+»\s))(?P<o>" + _C + r")" + _SUBJ_APPOS
            + r"\s+" + _AUX + r"(?P<v>" + pred + r")\b(?!\s+(?:of|to|for)\s+(?:the\s+)?«[CU]\d+»)")


def _nominal(noun: str, by: str) -> str:
    return (r"\b(?P<v>" + noun + r")\s+of\s+" + _DESC + r"(?P<o>" + _C + r")" + r"(?:\s*,\s*(?:[^,;«]|«[GLMTN]\d+»|«[CU]\d+»'s){1,90}?,)?"
            + r"(?:\s+(?:[^«;,]|«[GLMTN]\d+»){0,30}?)?\s+" + by + r"\s+" + _DESC + r"(?P<s>" + _C + r")")


_ACQ_ACTIVE = [
    "acquire", "buy", "purchase", "take over", "snap up", "scoop up", "gobble up", "absorb", "swallow",
    "take control [of]", "assume control of", "own all of", "buy out",
    "complete [the|its] takeover of", "complete [the|its] acquisition of", "complete [the|its] purchase of",
    "close [the|its] acquisition of", "finalise [the|its] acquisition of", "finalize [the|its] acquisition of",
    "takeover of", "acquisition of", "purchase of", "buyout of", "acquire all ~ shares of", "buy all ~ shares of",
    "pay ~ for", "pay ~ in cash and stock for", "pay ~ in cash and shares for", "pay ~ in stock and cash for", "spend ~ on", "purchase all ~ shares of", "acquire ~ share capital of", "acquire ~ remaining ~ of", "buy ~ remaining ~ of",
    "complete [the] purchase of ~ remaining ~ of", "acquire 100% of", "buy 100% of", "take full control of",
    "take [full|complete|sole] ownership of", "assume [full|complete|sole] ownership of",
]
_ACQ_STATE = [
    "be [now] [the] [new|sole|outright] owner of", "be [now] [the] [new] parent [company] of",
    "become [the] [new|sole|outright] owner of", "become [the] [new] parent [company] of", "own", "wholly own",
]
_ACQ_REVERSE = [
    "become [a] part of", "be [now] [a] part of", "be [now] [a] unit of", "be [now] [a] subsidiary of",
    "be [now] [a] division of", "become [a] subsidiary of", "become [a] unit of", "fold into",
    "be acquired [outright] by", "be bought [outright] by", "be taken over by", "be snapped up by",
    "get bought [outright] by", "get acquired [outright] by", "get snapped up by",
    "sell itself to", "merge into", "be absorbed into", "be absorbed by", "be sold to", "be sold off to",
    "acquire by", "buy by", "purchase by", "snap up by", "scoop up by", "take over by",
    "be [wholly|fully] owned ~ by", "be wholly controlled ~ by", "be fully controlled ~ by",
]
_INV_ACTIVE = [
    "write ~ cheque for", "write ~ check for", "write ~ cheque to", "write ~ check to",
    "make ~ investment in", "make ~ investments in", "make ~ equity investment in",
    "own ~ of", "hold ~ of", "own [a] ~ stake in", "hold [a] ~ stake in", "own ~ stakes in", "hold ~ stakes in",
    "lead ~ round of", "lead ~ round for", "lead ~ round in", "lead ~ Series A of", "lead ~ Series B of", "lead ~ Series C of",
    "lead ~ seed round of", "lead ~ financing of", "lead ~ funding of",
    "join ~ round for", "join ~ rounds for", "join ~ round of", "join ~ rounds of", "join ~ rounds in",
    "underwrite ~ shares of", "underwrite ~ shares in", "subscribe for ~ shares of", "subscribe for ~ shares in",
    "subscribe to ~ shares of", "buy ~ shares in", "buy ~ shares of",
    "up ~ stake in", "raise ~ stake in", "increase ~ stake in", "lift ~ stake in", "boost ~ stake in", "double ~ stake in",
    "be [now] [the] ~ shareholder in", "be [now] [the] ~ shareholder of", "be [now] [the] ~ investor in",
    "be [now] [the] ~ backer of", "become ~ shareholder in", "become ~ shareholder of", "become ~ investor in",
    "back", "fund", "bankroll",
]
_INV_REVERSE = [
    "sell ~ stake to", "sell ~ shares to", "issue ~ shares to", "take ~ from", "raise ~ from", "receive ~ from",
    "accept ~ from", "win ~ from", "land ~ from", "secure ~ from", "agree ~ investments from", "agree ~ investment from",
]
_PAR_ACTIVE = [
    "work with", "be working with", "work together with", "co-develop ~ with", "cooperate with", "co-operate with",
    "make cooperation with", "make [a] cooperation with", "sign with", "sign up with", "contract with", "ally with",
    "tap", "team with", "partner with", "join hands with", "collaborate with", "link up with", "tie up with",
    "sign ~ agreement with", "sign ~ deal with", "sign ~ pact with", "sign ~ contract with", "sign ~ alliance with",
    "conclude ~ agreement with", "conclude ~ alliance with", "expand ~ partnership with", "deepen ~ partnership with",
    "extend ~ partnership with", "renew ~ partnership with", "form ~ alliance with", "form ~ partnership with",
    "sign ~ agreements with", "sign ~ deals with", "sign ~ partnerships with", "strike ~ deals with",
    "sign ~ partnership with", "sign ~ collaboration with", "sign ~ memorandum of understanding with", "agree with",
    "strike ~ partnerships with", "announce ~ partnerships with",
    "agree ~ deal with", "agree ~ agreement with", "agree ~ partnership with", "agree ~ pact with", "agree ~ contract with",
    "begin ~ pilot with", "start ~ pilot with", "run ~ pilot with", "launch ~ pilot with", "conduct ~ pilot with",
    "begin ~ trial with", "start ~ trial with", "run ~ trial with",
    # deals named by their kind: "struck a licensing agreement with", "inked a five-year deal with"
    "strike ~ agreement with", "strike ~ deal with", "strike ~ pact with", "strike ~ partnership with",
    "ink ~ agreement with", "ink ~ deal with", "ink ~ pact with", "ink ~ partnership with", "seal ~ deal with",
    "seal ~ agreement with", "reach ~ agreement with", "enter into ~ agreement with", "enter into ~ partnership with",
    "enter ~ partnership with", "forge ~ partnership with", "forge ~ alliance with", "launch ~ partnership with",
    "announce ~ partnership with", "announce ~ agreement with", "announce ~ collaboration with",
    # ties deepened and arrangements struck: "deepened its ties with", "struck a similar arrangement with"
    "deepen ~ ties with", "strengthen ~ ties with", "deepen ~ relationship with", "strengthen ~ relationship with",
    "strengthen ~ partnership with", "broaden ~ partnership with", "deepen ~ collaboration with", "expand ~ collaboration with",
    "extend ~ collaboration with", "strike ~ arrangement with", "sign ~ arrangement with",
    # supply and commerce (the customer or the supplier as subject): "will supply Nokia with servers",
    # "agreed to buy $11.9bn of capacity from CoreWeave", "leases capacity to", "licensed its models to"
    "supply", "supply ~ to", "provide ~ to", "sell ~ capacity to", "sell ~ chips to", "sell ~ GPUs to",
    "buy ~ capacity from", "buy ~ compute from", "buy ~ chips from", "buy ~ GPUs from", "buy ~ servers from",
    "buy ~ processors from", "buy ~ accelerators from", "purchase ~ capacity from", "purchase ~ chips from",
    "buy ~ power from", "buy ~ electricity from", "purchase ~ power from", "purchase ~ electricity from",
    "rent ~ from", "lease ~ from", "lease ~ to", "license ~ from", "license ~ to", "licence ~ from", "licence ~ to",
    "co-design ~ with", "manufacture ~ for", "make ~ chips for", "build ~ chips for", "build ~ data centres for",
    "build ~ data centers for", "build ~ cluster for", "build ~ campus for",
    "be ~ supplier to", "be ~ supplier of", "become ~ supplier to",
    "be ~ supplier for", "become ~ supplier for",
    # contracts won and deals landed: "won a contract from Orvane", "landed a $1bn deal with Orvane"
    "win ~ contract from", "win ~ contracts from", "win ~ deal with", "win ~ deal from", "land ~ deal with", "land ~ contract with",
    "land ~ contract from", "secure ~ contract from", "secure ~ deal with", "secure ~ contract with", "award ~ contract to",
]
_PAR_PAIR = [
    "co-develop", "jointly develop", "be co-developing", "be jointly developing", "cooperate", "co-operate",
    "collaborate", "work together", "be working together", "partner", "team up", "join forces",
    "be collaborating", "be cooperating", "be partnering",
    "expand [their] partnership", "deepen [their] partnership", "extend [their] partnership", "renew [their] partnership",
    "widen [their] partnership", "broaden [their] partnership", "strengthen [their] partnership",
    "announce ~ partnership", "form ~ partnership", "agree ~ partnership", "strike ~ partnership", "seal ~ partnership",
    "sign ~ partnership", "enter into ~ partnership", "agree ~ to work together",
    "sign ~ pact", "sign ~ agreement", "sign ~ deal", "sign ~ alliance", "conclude ~ agreement", "conclude ~ alliance",
    "form ~ alliance", "form ~ joint venture", "set up ~ joint venture", "launch ~ joint venture", "share ~ programme",
    "form ~ consortium", "set up ~ consortium",
    # a thing the pair agreed to make together: "Stellantis and CATL agreed to build a plant in Zaragoza"
    "agree ~ to build", "agree ~ to jointly build", "agree ~ to develop", "agree ~ to jointly develop", "agree ~ to co-develop",
    "agree ~ to set up", "agree ~ to create", "jointly build", "jointly operate", "jointly run", "co-build",
    # a joint body set up by the pair: "A and B launched a joint AI lab", "opened a joint research centre"
    "launch ~ joint", "open ~ joint", "set up ~ joint", "establish ~ joint", "create ~ joint", "form ~ joint", "unveil ~ joint",
    "announce ~ joint", "run ~ joint", "operate ~ joint",
    "share ~ program",
]

_ACQ_NOUNS = r"acquisition|purchase|takeover|take-over|buyout|buy-out"

NOT_NOW = r"former|ex|erstwhile|one-time|onetime|previous|would-be|potential|prospective|possible"
"""Modifiers that make a role no present one ("its former partner", "a would-be buyer"), as alternatives to put in a group."""
_ROLE_WORDS = (r"(?:(?!(?:" + NOT_NOW + r"|and|or|of|in|to|for|with|by|on|at|the|a|an|is|was|are|were)\b)[\w-]+\s+|«[GN]\d+»\s+){0,3}?")
ROLE_ONE_OF = caseless(
    r"(?P<y>«[CU]\d+»),\s+(?:one\s+of|among)\s+(?P<x>«[CU]\d+»)'s\s+" + _ROLE_WORDS
    + r"(?P<role>shareholder|investor|backer|owner|partner|funder|supplier|reseller|distributor)s\b")
"""'Singtel, one of Airtel's largest shareholders, ...'."""
ROLE_APPOS = caseless(
    r"(?P<x>«[CU]\d+»)'s\s+" + _ROLE_WORDS + r"(?P<role>shareholder|investor|backer|owner|parent(?:\s+company)?|partner|funder|supplier|reseller|distributor)s?"
    + r"(?:,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?)?|(?<!owner)(?<!parent)(?<!company)\s+)(?P<y>«[CU]\d+»)(?!')")
"""A role named through its holder's name, then the holder: "Halberd's largest shareholder, the fund Pinecrest", "its partner Orvane"."""
ROLE_COPULA = caseless(
    r"(?P<y>«[CU]\d+»)(?:,[^,;]{1,80},)?(?:,?\s+(?:which|who))?\s+(?:is|was|became|becomes|has\s+become|remains|remained|is\s+now|has\s+been)\s+(?:now\s+|also\s+|still\s+)?(?P<x>«[CU]\d+»)'s\s+"
    + _ROLE_WORDS + r"(?P<role>shareholder|investor|backer|owner|parent(?:\s+company)?|partner|funder|supplier|reseller|distributor)\b")
"""A predicate nominal: "Vinted is our new lead investor"."""
ROLE_SUBJECT = caseless(
    r"(?P<x>«[CU]\d+»)'s\s+" + _ROLE_WORDS + r"(?:(?:[\w-]+\s+)?(?P<role2>partner|supplier)s\s+(?:is|are|was|were)\s+"
    r"|(?P<role>shareholder|investor|backer|owner|partner|supplier|reseller|distributor)\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+"
    r"(?:now\s+|also\s+|still\s+|long\s+)?)(?P<y>«[CU]\d+»)(?!['’-])")
"""The role first: "the company's largest shareholder is Tessel", "Among Informatica's partners is Brightmere"."""
COUNTS_AS = caseless(
    r"(?P<x>«[CU]\d+»)(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLNPU]\d+»){1,100}?,)?(?:[^«;]){0,60}?\b(?:counts?|counted|names?|named|lists?|listed|regards?|describes?)\s+"
    r"(?P<y>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*)\s+as\s+(?:(?:a|an|its|their|«[CU]\d+»'s)\s+)?"
    + _ROLE_WORDS + r"(?:[\w-]+\s+){0,2}?(?P<role>partner|supplier|investor|backer|shareholder)s?\b")
"""'X counts Y as a long-standing manufacturing partner', 'X has named A, B and C as partners', 'X, the miner that runs the A and B
mines, counts Y as its largest shareholder'."""
COUNTS_AMONG = caseless(
    r"(?P<x>«[CU]\d+»)(?:[^«;]){0,60}?\b(?:counts?|counted|lists?|listed|names?|named)\s+(?P<y>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*)"
    r"\s+among\s+(?:its|their|«[CU]\d+»'s)\s+(?:[\w-]+\s+){0,3}?(?P<role>partner|supplier|investor|backer|shareholder)s\b")
"""'Tempus counts AstraZeneca, GSK and Novartis among its other data partners'."""
ARE_AMONG = caseless(
    r"(?P<y>«[CU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)«[CU]\d+»)*)\s+(?:are|were|is|was)\s+(?:also\s+|now\s+)?among\s+(?P<x>«[CU]\d+»)'s\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<role>partner|supplier|reseller|distributor)s\b")
"""'Korvath and Pemberly are among Dalrine's partners' (investors among backers are read by the investment rules)."""
_PART_OWNER = caseless(r"\b(?:largest|biggest|main|major|minority|principal|co|part)[\s-]")
"""Words before "owner" that make it one of several ("its largest owner", "a minority owner"): it holds a part, not the company."""
_ROLE_RELATION = {"shareholder": "invests_in", "investor": "invests_in", "backer": "invests_in", "funder": "invests_in",
                  "owner": "acquires", "parent": "acquires", "parent company": "acquires", "partner": "partners_with",
                  "supplier": "partners_with", "reseller": "partners_with", "distributor": "partners_with"}


_JOB_TITLE_BEFORE = re.compile(r"\b(?:managing|general|founding|senior|junior|equity|venture|operating|limited)\s+$", re.I)
"""A word that makes "partner" a person's title: "its managing partner, X", "a founding partner"."""


def role_matches(masked: str) -> list[tuple[str, int, int, int, int]]:
    """``(relation, holder id, company id, start, end)`` for roles named by apposition, copula or "counts X as"."""
    low = masked.lower()
    if not ("shareholder" in low or "investor" in low or "backer" in low or "owner" in low or "parent" in low
            or "partner" in low or "funder" in low or "supplier" in low or "reseller" in low or "distributor" in low):
        return []
    out = []
    for rx in (ROLE_APPOS, ROLE_COPULA, ROLE_ONE_OF) if "'s" in masked else ():
        for m in rx.finditer(masked):
            rel = _ROLE_RELATION[re.sub(r"\s+", " ", m.group("role").lower())]
            if rel == "partners_with" and _JOB_TITLE_BEFORE.search(masked, m.start(), m.start("role")):
                continue  # "The firm's managing partner, Loretta Quisenberry,": a person's title at the firm, no partner company
            if rel == "acquires" and _PART_OWNER.search(masked, m.start(), m.start("role")):
                rel = "invests_in"  # "Rulla's largest owner, Nydalen Kapital": the largest of several owners holds a part
            x, y = int(m.group("x")[2:-1]), int(m.group("y")[2:-1])
            out.append((rel, y, x, m.start(), m.end()))
    for m in ROLE_SUBJECT.finditer(masked) if "'s" in masked else ():
        x = m.group("x")
        if m.group("role2") and m.start() and not masked[:m.start()].rstrip().lower().endswith("among"):
            continue  # the plural form only after a fronted "Among": "Among X's partners is Y"
        rel = _ROLE_RELATION[(m.group("role") or m.group("role2")).lower()]
        out.append((rel, int(m.group("y")[2:-1]), int(x[2:-1]), m.start(), m.end()))
    for m in ARE_AMONG.finditer(masked) if " among " in masked else ():
        for y in re.findall(r"«[CU](\d+)»", m.group("y")):
            out.append((_ROLE_RELATION[m.group("role").lower()], int(y), int(m.group("x")[2:-1]), m.start(), m.end()))
    for m in COUNTS_AMONG.finditer(masked) if " among " in masked else ():
        rel = _ROLE_RELATION[m.group("role").lower()]
        for y in re.findall(r"«[CU](\d+)»", m.group("y")):
            out.append((rel, int(y), int(m.group("x")[2:-1]), m.start(), m.end()))
    for m in COUNTS_AS.finditer(masked) if " as " in masked else ():
        rel = _ROLE_RELATION[m.group("role").lower()]
        for y in re.findall(r"«[CU](\d+)»", m.group("y")):  # "has named A, B and C as partners"
            out.append((rel, int(y), int(m.group("x")[2:-1]), m.start(), m.end()))
    return out

COORD_VP: list[Caseless] = []
"""A second verb phrase sharing the first one's subject: "it bought Deci ... for $300m, and acquired OctoAI"."""
SHARED_SUBJECT_VP: list[Caseless] = []
"""A deal verb after "and" whose subject leads a first verb phrase no frame reads: "Nvidia joined later that month
and has since agreed to work with Sakana" (that phrase holds no name, comma or clause of its own)."""
_AND = re.compile(r"\sand\s")
_SHARED_SUBJECT_WORDS: set[str] = set()
_COORD_GAP = re.compile(r"(?:[^«;]|«[GLMTNA]\d+»)*")
_COORD_OBJECT = re.compile(
    r"(?:,\s+(?:a|an|the)\s+(?:[^,;«]|«[GLNA]\d+»){1,70},)?"
    r"(?:\s+(?:for|in|at|on|during)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:«[MT]\d+»|(?:early|late|mid-)\s*«T\d+»)|\s+«[MT]\d+»"
    r"|\s+(?:last|this|earlier|later|that)\s+(?:year|month|week|spring|summer|autumn|fall|winter)(?:\s+«T\d+»)?)*"
    r",?\s+and\s+(?:also\s+)?«[CU](?P<o>\d+)»(?!'s)(?=,\s+(?:a|an|the)\s|\s+(?:for|in|at|on|last|earlier|this)\b|\s*[.;]|\s*$)")
"""A second object coordinated after the first's apposition and its amount or date."""

FRAMES: list[tuple[str, Caseless, frozenset[str]]] = []
"""(kind, pattern, words): kind "active" (s then o), "reverse" (o then s) or "pair"; the pattern names its predicate
by relation (a group "acquires", "invests_in" or "partners_with"); tried only when the sentence holds one of the words."""
FRAMES_LISTED: list[tuple[str, Caseless, frozenset[str]]] = []
"""The active frame with a generic plural before its object list."""
_LIST_CUE = caseless(r"\b(?:among\s+them|including|such\s+as|notably|namely)\b")


_COMMON_HEADS = frozenset({"be", "make", "build", "announce", "launch", "reach", "enter", "sign", "strike", "seal", "ink", "forge",
                           "provide", "sell", "rent", "lease", "manufacture", "co-design", "become", "own", "hold", "take"})
"""Verbs too common to decide alone whether a sentence is worth a frame's regular expression: their phrase's noun does."""
_PREPOSITIONS = frozenset({"of", "in", "with", "to", "for", "from", "into", "on", "by"})


def _build() -> None:
    def alt(lemmas: list[str], owned: bool = False) -> str:
        return "|".join(phrase(x, owned) for x in sorted(lemmas, key=len, reverse=True))

    def words(lemmas: list[str]) -> frozenset[str]:
        out = set()
        for x in lemmas:
            pre, head, rest = _split_head(x)
            literal = [w for w in rest.split() if w != "~" and not w.startswith("[") and w not in _PREPOSITIONS]
            if head in _COMMON_HEADS and not pre and literal:
                out.add(literal[0].lower())  # "be ~ supplier to": tried where "supplier" is, not on every "is"
            else:
                out.update((pre.split()[0] if pre else f).lower() for f in _inflect(head))
        return frozenset(out)

    # one regular expression per voice, its predicates named by relation: a sentence is scanned once per voice
    active = (r"(?P<acquires>" + alt(_ACQ_ACTIVE + _ACQ_STATE) + r")|(?P<invests_in>" + alt(_INV_ACTIVE) + r")|(?P<partners_with>"
              + alt(_PAR_ACTIVE, owned=True) + r")")
    active_words = words(_ACQ_ACTIVE + _ACQ_STATE) | words(_INV_ACTIVE) | words(_PAR_ACTIVE)
    _GL[0] = _GENERIC_LIST
    FRAMES_LISTED.append(("active", caseless(_active(active)), active_words))
    _GL[0] = ""
    FRAMES.extend([
        ("active", caseless(_active(active)), active_words),
        ("reverse", caseless(_reverse(r"(?P<acquires>" + alt(_ACQ_REVERSE) + r")|(?P<invests_in>" + alt(_INV_REVERSE) + r")")),
         words(_ACQ_REVERSE) | words(_INV_REVERSE)),
        ("active", caseless(r"(?P<acquires>)" + _nominal(_ACQ_NOUNS, "by")),
         frozenset({"acquisition", "purchase", "takeover", "take-over", "buyout", "buy-out"})),
        ("active", caseless(r"(?P<acquires>)" + _nominal(r"sale", "to")), frozenset({"sale"})),
        ("pair", caseless(r"(?P<partners_with>)" + _pair(alt(_PAR_PAIR))), words(_PAR_PAIR)),
        ("pairlist", caseless(r"(?P<partners_with>)(?P<s>" + _C + r"(?:\s*,\s*" + _C + r")+),?\s+(?:and|&)\s+(?P<o>" + _C + r")"
                              + _SUBJ_APPOS + r"\s+" + _AUX + r"(?P<v>" + alt(_PAR_PAIR) + r")\b"), words(_PAR_PAIR)),
    ])
    COORD_VP.append(caseless(r",?\s+and\s+" + _AUX + r"(?P<v>" + active + r")\s+" + _ARG.replace("{g}", "o").replace("{gl}", "")))
    SHARED_SUBJECT_VP.append(caseless(r"(?P<s>" + _C + r")\s+(?!(?:and|or|said|says|which|that|who)\b)[a-z][\w-]*"
                                      r"(?:(?!\b(?:that(?!\s+(?:day|week|month|year|quarter)\b)|which|who|whose|said|says|and|but|while)\b)(?:[^«,;]|«[TM]\d+»)){0,60}?"
                                      r"\s+and\s+" + _AUX + r"(?P<v>" + active + r")\s+" + _ARG.replace("{g}", "o").replace("{gl}", "")))
    _SHARED_SUBJECT_WORDS.update(active_words)


_build()

_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
GROUP = caseless(
    r"\b(?:the\s+|all\s+)?(?P<n>two|both|three|four|five|[2345])\s+(?:companies|firms|groups|partners|sides|start-ups|startups|parties)\s+"
    + _AUX + r"(?P<v>" + "|".join(phrase(x) for x in sorted(_PAR_PAIR, key=len, reverse=True)) + r")\b")
"""A partnership of more than two: "the three companies now share a research programme"."""


def group_size(m: re.Match) -> int:
    return _NUMBERS[m.group("n").lower()]

_NAMES = re.compile(r"«[CU](\d+)»")
_PART_OF = caseless(r"\b(?:stakes?|shares?|team|teams|talent|assets?|unit|units|division|product|patents?)\b")
_ALL_SHARES = caseless(r"\ball\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2}?shares\b|\b100\s*%|\bremaining\b|\bshare\s+capital\b|\bentire\b|\bwhole\b")
""""acquire all of the issued shares of X" buys X itself."""
_WORD = re.compile(r"[a-z][a-z-]*")
GOODS_AFTER = re.compile(r"-[a-z]|\s+«P\d+»|\s+(?:[a-z][\w-]*\s+)?(?:chips?|GPUs?|CPUs?|processors?|accelerators?|servers?|hardware|products?|software|systems?|"
                          r"equipment|devices?|technology|licen[cs]es?|capacity|compute|cloud\s+(?:services|credits)|models?|inventory|ads|advertising|airtime|"
                          r"sensors?|cameras?|lenses|components?|parts|modules?|panels|batteries|cells|motors|engines|machines|machinery|tools|kits|"
                          r"materials|supplies|ingredients|chemicals|coatings|paints|cables|steel|fabrics?|yarns?|tyres|tires)\b")
"""What was bought from a company, not the company: "bought Nvidia chips", "paid $5bn for Nvidia GPUs", "buy Netflix inventory"."""


_SHARE_PCT = re.compile(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")
GAPPED_BY = re.compile(r",?\s+and\s+(?:the\s+remaining\s+|about\s+|roughly\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:owned\s+)?by\s+«[CU](\d+)»")
"""'owned 60 percent by A and 40 percent by B': the second holder, its verb left out."""
_CLOSED_BY_VERB = re.compile(r",\s+(?:will|would|has|have|had|is|are|was|were)\s")
FRONTED_NOUN = re.compile(r"(?:(?:The|Its|Their|A|An)\s+(?:[\w-]+\s+){0,3}?[\w-]+|«[CU]\d+»),\s+"
                          r"(?:(?:to\s+be\s+|provisionally\s+|tentatively\s+)?(?:called|named|dubbed|known\s+as)\s+)?")
"""'The JV, ', 'The new joint venture, ', 'HireVue, ', 'The venture, to be called ': a sentence's subject named by its noun or
its name, the name or the description in apposition after it ("HireVue, «C0» (the Utah-based company), has been ...")."""
_BACK_ADVERB = re.compile(r"\s+(?:into|in|to|out|from|on|at|up|down|home|again|onto)\b")


def frame_matches(masked: str):
    """``(relation, subject ids, object ids, verb start, verb end, role)`` for every frame matched in ``masked``.

    ``role`` is set when the subject is a role named through a company
    ("by its new shareholder"): ``(role word, company id)``; it is
    ``("coord", -1)`` for a second verb phrase sharing the subject before it.
    """
    low = masked.lower()
    present = frozenset(_WORD.findall(low))
    out = []
    frames = FRAMES
    if ("among them" in low or "including" in low or "such as" in low or "notably" in low or "namely" in low) and _LIST_CUE.search(masked):
        frames = [FRAMES_LISTED[0], *FRAMES[1:]]
    for kind, rx, words in frames:
        if words.isdisjoint(present):
            continue
        for m in rx.finditer(masked):
            rel = next(r for r in ("acquires", "invests_in", "partners_with") if r in rx.groupindex and m.group(r) is not None)
            v0, v1 = m.span("v")
            between = masked[v0:m.start("o") if m.start("o") > v0 else v1]
            if rel == "acquires" and _PART_OF.search(between) and not _ALL_SHARES.search(between):
                continue  # "bought a stake in", "acquired the team of": not the company
            if rel == "acquires" and kind == "reverse" and (pc := _SHARE_PCT.search(between)) and float(pc.group(1)) < 100:
                rel = "invests_in"  # "will be owned 60 percent by A": a holding, not a purchase
                if gap := GAPPED_BY.match(masked, m.end()):  # "... and 40 percent by B": another holder, its verb left out
                    out.append((rel, [int(gap.group(1))], [int(i) for i in _NAMES.findall(m.group("o"))], gap.start(), gap.end(), None))
            role = None
            if "role" in m.re.groupindex and m.group("role"):
                rm = re.match(r"«[CU](\d+)»'s\s+(?:\w+\s+)?(\w+)", m.group("role"))
                role = (rm.group(2).lower(), int(rm.group(1)))
                subs: list[int] = []
            else:
                subs = [int(i) for i in _NAMES.findall(m.group("s"))]
            objs = [int(i) for i in _NAMES.findall(m.group("o"))]
            if rel == "acquires" and kind == "active" and GOODS_AFTER.match(masked, m.end("o")):
                continue
            g = "o" if kind == "reverse" else "s"
            if (kind in ("reverse", "active") and m.group(g) is not None and masked.startswith(",", m.end(g))
                    and _CLOSED_BY_VERB.match(masked, m.end(g)) and not FRONTED_NOUN.fullmatch(masked, 0, m.start(g))):
                continue  # the comma closes another name's apposition ("atNorth, built up by Partners Group, is to be sold to"),
                # not the one this name fills ("The JV, «U0», will be owned ...")
            if rel == "invests_in" and low.startswith("back ", v0) and _BACK_ADVERB.match(low, v1):
                continue  # "taking Fortum back into a business it left": an adverb, no backer
            if kind == "active" and rel in ("acquires", "invests_in") and m.end("o") == m.end():
                tail = _COORD_OBJECT.match(masked, m.end("o"))
                if tail:  # "bought Arcion, a data firm, for $100m last year, and Lilac, a curation tool, in May"
                    objs.append(int(tail.group("o")))
            if kind == "active" and subs and not role and COORD_VP and m.end() < len(masked):
                c = COORD_VP[0].search(masked, m.end())
                if (c is not None and c.start() - m.end() <= 140 and _COORD_GAP.fullmatch(masked, m.end(), c.start())
                        and not re.search(r"\b(?:which|that|who|whose)\b", masked[m.end():c.start()])):
                    crel = next(r for r in ("acquires", "invests_in", "partners_with") if c.group(r) is not None)
                    out.append((crel, subs, [int(i) for i in _NAMES.findall(c.group("o"))], c.start("v"), c.end("v"), ("coord", -1)))
            if kind == "pair":
                if subs and objs:
                    out.append((rel, subs[-1:], objs, v0, v1, None))
                continue
            if kind == "pairlist":  # "Sanofi, OpenAI and Formation Bio said they would work together": every pair
                members = subs + objs
                for a_i, a in enumerate(members):
                    out.append((rel, [a], members[a_i + 1:], v0, v1, None))
                continue
            out.append((rel, subs, objs, v0, v1, role))
    after_and = _AND.search(low) if " and " in masked and not _SHARED_SUBJECT_WORDS.isdisjoint(present) else None
    if after_and and not _SHARED_SUBJECT_WORDS.isdisjoint(_WORD.findall(low, after_and.end())):  # a deal verb after "and"
        seen = {x[3] for x in out}
        for c in SHARED_SUBJECT_VP[0].finditer(masked):
            if c.start("v") in seen:
                continue
            crel = next(r for r in ("acquires", "invests_in", "partners_with") if c.group(r) is not None)
            between = masked[c.start("v"):c.start("o")]
            if crel == "acquires" and _PART_OF.search(between) and not _ALL_SHARES.search(between):
                continue
            out.append((crel, [int(c.group("s")[2:-1])], [int(i) for i in _NAMES.findall(c.group("o"))], c.start("v"), c.end("v"), None))
    return out


def finite_verbs() -> frozenset[str]:
    """Third-person and past forms of the lexicon's verbs ("sold", "taps", "co-develops"): what follows a subject."""
    out = set()
    for lemma in _ACQ_ACTIVE + _INV_ACTIVE + _INV_REVERSE + _PAR_ACTIVE + _PAR_PAIR + _ACQ_REVERSE:
        head = _split_head(lemma)[1]
        if head in ("be", "have", "get", "make", "go", "come", "become", "takeover", "acquisition", "purchase", "buyout", "up"):
            continue
        f = _inflect(head)
        out.update(x for x in f[1:] if not x.endswith("ing"))
    return frozenset(out)


# --- headlines -------------------------------------------------------------
_HEAD_EXTRA = """
a an the and or but of in on at to for with by from as via into over after before up out off down about amid
x vs new big first more its their his her our after
raise raises raised raising lead leads led leading back backs backed invest invests invested investment investments
stake stakes round rounds seed series funding financing million billion bn m deal deals pact pacts tie-up tie-ups
partnership partnerships alliance alliances agreement agreements lands land landed arrives arrive arrived live
goes go went come comes coming launches launched launch debuts unveils bot bots app apps model models chatbot chatbots
maker makers start-up start-ups startup startups firm firms company companies group unit arm rival rivals
completed complete completes closes closed close agrees agreed agree confirms confirmed sells sold sale
"""
_HEADLINE_WORDS: set[str] = set()


def _headline_words() -> set[str]:
    if not _HEADLINE_WORDS:
        words = set(_HEAD_EXTRA.split())
        for lemma in _ACQ_ACTIVE + _ACQ_STATE + _ACQ_REVERSE + _INV_ACTIVE + _INV_REVERSE + _PAR_ACTIVE + _PAR_PAIR:
            pre, head, rest = _split_head(lemma)
            words.update(_inflect(head))
            words.update(pre.split())
            for w in rest.split():
                words.update(x for x in w.strip("[]").split("|") if x != "~")
        _HEADLINE_WORDS.update(w.lower() for w in words)
    return _HEADLINE_WORDS


_HWORD = re.compile(r"[A-Za-z][\w-]*")
_DEAL_HEAD = caseless(r"\b(?:acqui|buy|buys|bought|snapped|takeover|raises|raised|backs?|backed|leads|led|invest|stake|"
                        r"taps|tapped|pact|partner|deal|alliance|joins|lands|landed|sells|sold|merge)")


def headline_case(text: str, start: int, end: int) -> str | None:
    """``text`` with the common words of the headline ``text[start:end]`` lower-cased, or None when it states no deal.

    In "Nordvik Buys Oslo Chatbot Maker Fjordly" every word is capitalised,
    so no name has a boundary; lower-casing the words the lexicon knows
    ("buys", "chatbot", "maker") leaves "Nordvik", "Oslo" and "Fjordly" as the
    capitalised runs they are.  Offsets are unchanged (same length).
    """
    if not _DEAL_HEAD.search(text, start, end):
        return None
    words = _headline_words()
    parts = [text[:start]]
    cur = start
    for m in _HWORD.finditer(text, start, end):
        w = m.group()
        if w.lower() in words and not w.isupper():
            parts.append(text[cur:m.start()])
            parts.append(w.lower())
            cur = m.end()
    parts.append(text[cur:])
    return "".join(parts)

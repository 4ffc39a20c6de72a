"""A masked sentence said plainly, for a second reading by the same rules.

Journalists put asides between a name and its verb ("X, in which Y has
invested, agreed to buy ..."), adverbs before verbs ("separately agreed"),
examples in place of a subject ("Its models, including A and B, are sold
through P") and relative clauses without "that".  Rather than let every rule
allow for each of these, the pipeline reads a sentence a second time with them
taken out and keeps what that reading adds.  Pure functions over the masked
text of :func:`.relations.mask`; the name tokens are left as they are.
"""

from __future__ import annotations

import re

from .entities import COMPANY_NOUN_LIST, COMPANY_NOUNS, PRODUCT_NOUNS
from .nouns import ROLE_NOUN_LIST

__all__ = ["plain_reading", "without_adverbs"]


_ADVERB = re.compile(
    r"(?!(?:reportedly|allegedly|likely|unlikely|possibly|potentially|apparently|supposedly|purportedly|tentatively|provisionally|"
    r"conditionally|jointly|wholly|partly|partially|publicly|exclusively|generally|freely|widely|respectively|namely|mistakenly|wrongly|"
    r"only|early|formerly|originally|initially|previously|directly|eventually|finally)\b)[a-z]{1,}ly\s+(?=(?:[a-z]+ed|took|bought|led|made|put|set|won|struck|"
    r"sold|paid|spent|agrees|signs|invests|buys|acquires|joins|backs|leads|takes|plans)\b)")
"""An adverb before a verb ("separately agreed to buy", "quietly invested"), left out so that every rule reads the verb; not one
that hedges, qualifies a holding or a list, or dates the deal."""


def without_adverbs(masked: str) -> str:
    """``masked`` with each :data:`_ADVERB` left out, tried only at the words that end in "ly " (a scan ``re`` cannot
    speed up: the pattern starts with no literal)."""
    out, last, i = [], 0, masked.find("ly ")
    while i >= 0:
        w = masked.rfind(" ", 0, i) + 1
        if i - w >= 1 and (m := _ADVERB.match(masked, w)) and m.end() > i:
            out.append(masked[last:w])
            last = m.end()
        i = masked.find("ly ", i + 3)
    return "".join(out) + masked[last:] if out else masked


_REL_ASIDE = re.compile(
    r"»(?:\s+(?:app|model|platform|tool|service|software|chatbot|assistant|system|chip))?,\s+(?:which|who|whose|where|(?:in|of|with|to|for|from|through|by|via|under|on|at)\s+which)\s+(?:[^,;«]|«[A-Z]\d+»(?:'s)?){3,160}?,\s+(?=[a-z])(?!(?:and|but|or|while|which|who|whose|where|as|including|with|alongside|among)\b)")


_ROLE_ASIDE = re.compile(
    r"»,\s+(?:co-)?(?:" + ROLE_NOUN_LIST + r")\s+of\s+"
    r"(?:[^,;«]|«[A-Z]\d+»(?:'s)?){2,120}?,\s+(?=[a-z])(?!(?:and|but|or|while|which|who|whose|where|as|including|with|alongside|among|said|says)\b)")
"""'«C», maker of the «P» chatbot, raised': a bare apposition of what the company makes or owns, between a name and its verb."""


_LABEL_BEFORE_NAME = re.compile(r"(?:(?:«T\d+»|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*[-–—]\s*)?(?:[A-Z](?:[\w'’ -]|«[GLNT]\d+»){0,40}?:\s+)?(?=«[CU]\d+»,\s)")
"""A live blog's time stamp and an item's label before the name that opens it: "15:10 - Money from Japan: «C», ..."."""


def plain_reading(masked: str) -> str | None:
    """The masked sentence said plainly, or None when it already is: each relative clause between a name and its verb
    left out ("X, in which Y has invested, agreed to buy capacity from Z" -> "X agreed to buy capacity from Z"), a subject
    given by its examples ("Its models, including A and the code generator B, are sold through P" -> "A and B are sold
    through P"), a product's description inside a list dropped ("A and the code generator B" -> "A and B"), and a relative
    clause without "that" given one ("Prairie-13B, a language model Aspenlight trained" -> "... a language model that
    Aspenlight trained"), and a count before a colon's list dropped ("invested in three labs: A, B and C" -> "invested in A, B
    and C"), and a "said" aside left out ("on P, IBM said, as well as through Q" -> "on P, as well as through Q")."""
    out = masked  # (each pattern searched before it substitutes: most sentences hold none, and a search is the cheaper call)
    if ("which" in out or "who" in out or "where" in out) and _REL_ASIDE.search(out):
        out = _REL_ASIDE.sub(_cut_aside, out)
    if " of " in out and "», " in out and _ROLE_ASIDE.search(out):
        out = _ROLE_ASIDE.sub(_cut_aside, out)
    if ("including" in out or "such as" in out) and _EXAMPLES_SUBJECT.search(out):
        out = _EXAMPLES_SUBJECT.sub(r"\g<l> ", out)
    if (" and the " in out or " and its " in out) and _DESCRIBED_ITEM.search(out):
        out = _DESCRIBED_ITEM.sub(r"\g<sep>", out)
    if "known " in out and " as «" in out and _KNOWN_AS_ASIDE.search(out):
        out = _KNOWN_AS_ASIDE.sub("» ", out)
    if ", " in out and _CONTACT_CLAUSE.search(out):
        out = _CONTACT_CLAUSE.sub(r"\g<n> that ", out)
    if ("», the «" in out or "» and the «" in out or "», its «" in out or "» and its «" in out) and _NAMED_ITEM.search(out):
        for _ in range(4):  # each item after one already plain: "«P1», the «P2» video model and the «P3» image model"
            out, n = _NAMED_ITEM.subn(r"»\g<sep>\g<n>", out)
            if not n:
                break
    if (" said," in out or " says," in out or " added," in out) and _SAID_ASIDE.search(out):
        out = _SAID_ASIDE.sub("", out)
    if " they " in out and _SAID_THEY.search(out):
        out = _SAID_THEY.sub(r"\g<s> \g<t>", out)
    if ": " in out and _COUNTED_HEAD.search(out):
        out = _COUNTED_HEAD.sub("", out)
    if (": «" in out or "- «" in out or "– «" in out or "— «" in out) and (lab := _LABEL_BEFORE_NAME.match(out)) is not None and lab.end():
        out = out[lab.end():]  # "15:10 - Money from Japan: «C», the venture arm of ..., took": a live blog's stamp and label
    if (("procured" in out or "underwrote" in out or "lead investor" in out or "repeated" in out or "provided" in out
         or "participate" in out or " again" in out) and any(w in out for w in _TRANSLATED_GATES) and _TRANSLATED_TERMS.search(out)):
        out = _TRANSLATED_TERMS.sub(_plain_term, out)  # "procured 1.8 billion yen", "became the lead investor", "also underwrote", "has repeated"
    if " for " in out and "«M" in out and ("invest" in out or "contribut" in out or "inject" in out) and _PAID_FOR_SHARE.search(out):
        out = _PAID_FOR_SHARE.sub(_paid_plain, out)  # "invested €1.16bn in exchange for 25% of X": paid it for 25% of X
    if " capital of «" in out and _CAPITAL_OF.search(out):
        out = _CAPITAL_OF.sub(_capital_plain, out)  # "the entry of Tencent into the capital of Vantage", "10% of the capital of Ubisoft"
    if " of «" in out and ("product of" in out or "model of" in out or "app of" in out or "platform of" in out or "tool of" in out
                           or "service of" in out or "chip of" in out or "system of" in out or "software of" in out) and _PRODUCT_OF.search(out):
        out = _PRODUCT_OF.sub(r"\g<c>'s \g<what>", out)  # "The main product of the company, X, ...": the company's main product, X
    if ", the " in out and "'s " in out and ("product, the " in out or "products, the " in out or "offering, the " in out or "software, the " in out
                                              or "tool, the " in out or "model, the " in out or "app, the " in out or "platform, the " in out
                                              or "service, the " in out) and _POSS_PRODUCT_KIND.search(out):
        out = _POSS_PRODUCT_KIND.sub(r"\g<head>, \g<p>,", out)  # "«C»'s main product, the model «P»,": its main product, «P»
    if out[:1] in _V2_INITIALS and (v2 := _verb_second(out)) is not None:
        out = v2
    elif (" has «" in out or " have «" in out or " had «" in out) and (m := _V2_AUX_LAST.match(out)) is not None:
        out = _aux_last_back(m)
    elif (" has " in out or " have " in out or " had " in out) and any(v in out for v in _PARTICIPLES_LAST):
        out = _VERB_LAST.sub(_participle_back, out)
    if ("» offered" in out or "» available" in out or "» listed" in out or "» published" in out or "» hosted" in out or "» downloadable" in out) and _AVAILABLE_LAST.search(out):
        out = _AVAILABLE_LAST.sub(_available_back, out)  # "X is since March on the platform Hugging Face available"
    if " with «" in out and _WITH_BEFORE_OBJECT.search(out):
        out = _WITH_BEFORE_OBJECT.sub(r"\g<v> \g<obj> with \g<o>", out)  # "concluded with X a joint development contract"
    if " research" in out and " with " in out and _RESEARCH_WITH_BEFORE.search(out):
        out = _RESEARCH_WITH_BEFORE.sub(r"\g<v> research with \g<o>", out)  # "conducts together with the University of X a research on"
    if ("further participated" in out or "also participated" in out or "Further participated" in out) and _PARTICIPATED_AFTER_SEMI.search(out):
        out = _PARTICIPATED_AFTER_SEMI.sub(r"\g<sep>\g<s> also participated", out)  # "; further participated A and B"
    if _described_in_list(out) and _LIST_DESCRIPTION.search(out):
        out = _LIST_DESCRIPTION.sub(lambda m: m.group("sep") if m.group("sep") is not None else m.group("sep2"), out)
    return out if out != masked else None


_AVAILABLE_LAST = re.compile(
    r"(?:^(?P<front>(?:(?:Since|From|In)\s+)?«T\d+»|Now|Already)\s+is\s+(?P<o2>«[PU]\d+»)|(?P<o>«[PU]\d+»)(?P<aside>,\s+(?:[^,;«]|«[GLNCU]\d+»){1,120}?(?=,))?,?\s+is"
    r"(?P<adv>\s+(?:now|already|also|(?:since\s+|from\s+)?«T\d+»))*)"
    r"\s+(?P<prep>on|in)\s+(?:the\s+(?:(?:cloud|app|software|model|AI)\s+)?(?:platform|marketplace|store|app\s+store|cloud)\s+)?(?:the\s+)?(?P<p>«[PCU]\d+»(?:(?:,\s+|,?\s+and\s+)«[PCU]\d+»)*)"
    r"\s+(?P<v>available|offered|listed|published|hosted|downloadable)\b")
"""Availability with its participle last, in a translation's word order: "The model X is since March on the platform Hugging Face
available", "Since October is X in the Oracle Cloud Marketplace offered"."""


def _available_back(m: re.Match) -> str:
    """:data:`_AVAILABLE_LAST` said in English word order: "X is available on P since March"."""
    when = re.search(r"«T\d+»", m.group("front") or m.group("adv") or "")
    obj = m.group("o") or m.group("o2")
    verb = "available" if m.group("v") in ("published", "hosted", "downloadable") else m.group("v")  # "on the platform Hugging Face published"
    return f"{obj}{m.group('aside') + ',' if m.group('aside') else ''} is {verb} on {m.group('p')}" + (f" since {when.group()}" if when else "")


_WITH_BEFORE_OBJECT = re.compile(r"\b(?P<v>concluded|signed|closed|struck|agreed|entered)\s+with\s+(?P<o>(?:the\s+)?«[CU]\d+»(?:\s+\(«[CU]\d+»\))?)\s+"
                                 r"(?P<obj>(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|partnership|deal|memorandum|pact|alliance)\b)")
"""A partner before the agreement, in a translation's word order: "concluded with Hapag-Lloyd a cooperation contract"."""
_TRANSLATED_TERMS = re.compile(
    r"\b(?P<procured>procured|procures)\s+(?=«M\d+»)"
    r"|(?P<lead>(?<=»)(?:\s+of\s+(?:the\s+)?«[LN]\d+»)?\s+(?:became|becomes|was|is)\s+the\s+(?:lead|leading|main)\s+investor)(?=\s*(?:[.,;]|$|\s+and\b))"
    r"|(?P<underwrote>\balso\s+underwrote)(?=\s*(?:[.,;]|$))"
    r"|(?P<repeated>\b(?:has|have)\s+repeated)(?=\s*(?:[.;]|$))"
    r"|(?P<provided>\bprovided)(?=\s+(?:(?:also|now|already)\s+)?(?:on|through|via|in)\s+(?:the\s+)?«)"
    r"|(?P<participate>(?<=»)\s+(?:participate|participates)(?:\s+in\s+the\s+(?:issue|share\s+issue|round|financing|operation))?)(?=\s*(?:[.;]|$))"
    r"|(?P<again>(?<=»)\s+(?:goes|go|went)\s+(?:in|along)\s+again|(?<=,)\s+(?:has|have)\s+(?:also\s+)?entered\s+again(?:\s+in\s+(?:this|the)\s+(?:round|operation|financing))?)(?=\s*(?:[.;]|$))")
"""Deal words as Japanese and Spanish press in translation has them: "procured 1.8 billion yen" (raised), "X of Shizuoka City became
the lead investor" (led the round), "Y also underwrote" (took part), "Z ... has repeated" (invested again), "provided on AWS
Marketplace" (available on it)."""


_PLAIN_TERMS = {"procured": "raised ", "lead": " led the round", "underwrote": "also participated", "repeated": "has invested again",
                "provided": "available", "participate": " participated", "again": " invested again"}
"""Each form of :data:`_TRANSLATED_TERMS`, by its group's name, as an English deal story says it."""


def _plain_term(m: re.Match) -> str:
    """:data:`_TRANSLATED_TERMS` said as an English deal story says it."""
    return _PLAIN_TERMS[m.lastgroup]


_PAID_FOR_SHARE = re.compile(
    r"\b(?P<v>invested|invests|invest|contributed|contributes|contribute|injected|injects|inject)\s+(?P<m>«M\d+»)\s+(?:in\s+exchange\s+)?for\s+"
    r"(?=(?:a\s+)?(?:(?:about|around|roughly|some|close\s+to|nearly|almost|just\s+over|just\s+under)\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+(?:of|stake|holding|interest)\b)")
"""Money put in for a share: "invested €1.16 billion in exchange for 25% of Vantage Studios" (the share's company is the
investment's), said as "paid €1.16 billion for 25% of ..."."""


def _paid_plain(m: re.Match) -> str:
    """:data:`_PAID_FOR_SHARE` said with "paid"/"pays"/"pay" (the tense kept)."""
    v = m.group("v")
    verb = "paid" if v.endswith("ed") else "pays" if v.endswith("s") else "pay"
    return f"{verb} {m.group('m')} for "


_CAPITAL_OF = re.compile(
    r"\b(?:the\s+)?(?:entry|arrival)\s+of\s+(?:the\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?)?(?P<s>«[CU]\d+»)\s+(?:into|in)\s+the\s+(?:share\s+)?capital\s+of\s+(?P<o>«[CU]\d+»)"
    r"|(?<=%|t)\s+of\s+the\s+(?:share\s+)?capital\s+of\s+(?=«[CU]\d+»)")
"""French business press in translation ("entrée au capital"): "the entry of Tencent into the capital of Vantage Studios" is
Tencent's investment in it; "10% of the capital of Ubisoft" is 10% of Ubisoft."""


def _capital_plain(m: re.Match) -> str:
    """:data:`_CAPITAL_OF` said plainly."""
    return f"{m.group('s')}'s investment in {m.group('o')}" if m.group("s") else " of "


_POSS_PRODUCT_KIND = re.compile(
    r"(?P<head>«[CU]\d+»'s\s+(?:[a-z][\w-]*\s+){0,2}?(?:product|products|offering|software|tool|model|app|platform|service)),\s+the\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:model|app|application|platform|tool|software|chip|service|system|assistant|chatbot|suite)\s+(?P<p>«[PU]\d+»),")
"""A company's product named with its kind in the apposition: "«C»'s main product, the model «P», ..."."""
_TRANSLATED_GATES = (" procured «", "also underwrote", " became the lead investor", " becomes the lead investor", " is the lead investor",
                     " was the lead investor", "has repeated", "have repeated", "provided on", "provided also", "provided through",
                     "provided via", "provided in", "provided now", "provided already", " participate.", " participates.",
                     " participate in the ", " participates in the ", "in again", "along again", "entered again")
"""The words each of :data:`_TRANSLATED_TERMS`'s forms holds, looked for before the pattern."""
_PRODUCT_OF = re.compile(r"\b[Tt]he\s+(?P<what>(?:(?:main|principal|key|star|first|second|third|latest|newest|new|flagship|best-known|only|core|own)\s+){0,2}(?:product|model|app|platform|tool|service|chip|system|software))\s+of\s+"
                         r"(?:the\s+)?(?P<c>«[CU]\d+»)(?=,\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}?)?«[PU]\d+»,)")
"""A product named after "the product of" its maker, in a translation's word order: "The main product of «C», «U», ..."."""
_RESEARCH_WITH_BEFORE = re.compile(r"\b(?P<v>conducts|conducted|conduct|carries\s+out|carried\s+out|pursues|pursued)\s+(?:(?:already|also|now|still)\s+)?"
                                   r"(?:(?:(?:since|from|in)\s+)?«T\d+»\s+)?(?:together\s+)?with\s+"
                                   r"(?P<o>(?:the\s+(?:[\w-]+\s+|«[GLN]\d+»\s+){0,3}?)?«[CU]\d+»(?:\s+of\s+«[GLN]\d+»)?(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,60},)?)\s+"
                                   r"(?:(?:a|an)\s+)?(?:joint\s+)?research\b")
"""Research with its partner named first, in a translation's word order: "conducts together with the University of Bologna a research"."""
_PARTICIPATED_AFTER_SEMI = re.compile(r"(?P<sep>(?:^|;\s+))(?:[Ff]urther|[Aa]lso|[Aa]dditionally|[Mm]oreover)\s+participated\s+(?P<s>«[CU]\d+»(?:(?:,\s+|,?\s+and\s+)«[CU]\d+»)*)")
"""The round's other backers, verb first after the lead: "The round led A; further participated B and C"."""
_V2_AUX_LAST = re.compile(
    r"^(?!(?:Nor|Neither|Never|Only|Rarely|Seldom|Not|Why|How|When|Where|What|Which|Who)\b)(?P<adv>(?:[A-Z][a-z]*|«T\d+»)(?:\s+(?:[a-z]+|«T\d+»)){0,3}?,?\s+)"
    r"(?P<aux>has|have|had)\s+(?P<s>«[CU]\d+»)(?!['’])\s+(?P<mid>(?:[^;«]|«[CUMTGLNP]\d+»(?:['’]s)?){1,200}?)\s+"
    r"(?P<verb>concluded|signed|agreed|struck|closed|completed|formed|entered\s+into|taken\s+over|acquired|bought|purchased|collected|raised|"
    r"received|secured|obtained|gathered|attracted|invested|sold|published|launched|released|founded)(?=\s*(?:[.;]|,\s|$))")
"""A fronted adverbial, the auxiliary, the subject and the participle last, as German word order keeps them in translation:
"In January has Navile a cooperation contract with Cimone, the Parma broadcaster, concluded", said "In January Navile has
concluded a cooperation contract with Cimone, the Parma broadcaster"."""
_INVESTED_IS = re.compile(r"^(?:Already|Also)\s+invested\s+(?:is|are|has|have)\s+(?:(?:also|again)\s+)?(?=«[CU]\d+»)")
"""An earlier backer named after its verb: "Already invested is hub:raum"."""
_ALSO_JOINED = re.compile(r"^(?:Also|Further|Additionally|Moreover)\s+(?:participated|took\s+part|invested|co-invested|joined)\s+(?:itself\s+|themselves\s+)?(?:(?:in|on)\s+(?:the|this)\s+(?:round|financing|operation)\s+)?(?=«[CU]\d+»)")
"""The round's other backers, the verb first: "Also participated Tessel Ventures"."""
_ROUND_LED_END = re.compile(r"\s*(?:[.;,]|$|(?:with|alongside|from|of)\b)")
_FRONT_CLAUSE = re.compile(r"(?:As|According\s+to)\s+(?:[^,;«]|«[CUTGLN]\d+»){1,80}?,\s+(?=[a-z])")
"""A fronted aside before a translated main clause: "As the company on Monday announced, "."""
_V2_ROUND_LED = re.compile(r"^(?:Led\s+(?:was|is|has\s+been)\s+the\s+(?P<w>round|financing|operation|investment)\s+by|"
                           r"The\s+(?P<w2>round|financing|operation|investment)\s+(?:led|leads|co-led)\s+(?=«[CU]\d+»))\s*")
"""A lead named after its verb: "Led was the round by X", "The round led X" (in English the round leads nothing)."""
_V2_VERBS = (r"acquired|bought|took\s+over|taken\s+over|purchased|invested|signed|concluded|struck|led|participated|joined|founded|"
              r"launched|released|introduced|presented|opened|completed|closed|announced|collected|raised|received|sold|took|"
              r"collaborates|cooperates|co-operates|conducts|works|carries\s+out|collaborated|cooperated|conducted|worked|carried\s+out")
_V2_FRONT = re.compile(
    r"^(?P<adv>(?:(?:In|On|Since|Last|This|Already|Now|Also|Then|Earlier|Recently|Meanwhile|Additionally|At\s+the\s+(?:beginning|end)\s+of)\s+)?"
    r"(?:(?:since|in|from|on|at)\s+)?(?:«T\d+»|[a-z]+)?,?\s+)(?P<aux>(?:has|have|had)\s+)?(?P<verb>" + _V2_VERBS + r")\s+(?P<s>«[CU]\d+»)(?!['’])\s+(?=[a-z«\d])")
"""German, Dutch and Scandinavian word order kept in translation: "In March acquired Kestrel the start-up Tessel" (an adverbial, the
verb, then its subject), said "In March Kestrel acquired the start-up Tessel"."""
_V2_INITIALS = frozenset("IOSLTAERMPCHFG«")
_V2_LEAD_OPENERS = ("Leader of", "Leading", "leading", "Lead ", "lead ", "Main", "main", "The leading", "The lead ", "The main", "Leads ", "Led the ")
_V2_JOIN_OPENERS = ("In the operation ", "In the round ", "In the financing ", "Has participated", "Have participated", "Has taken part", "Has invested", "Participated", "Took part", "Invested", "Co-invested", "Participate", "Take part", "Takes part")
_V2_BEFORE_NAME = ("ed «", " over «", " led «", " took «", " sold «", " bought «", " struck «", " has «", " have «", " had «",
                   "ates «", " conducts «", " works «", " out «")
"""A verb right before a name, which :data:`_V2_FRONT` needs somewhere in the sentence."""
_V2_PARTICIPATED = re.compile(r"^(?:In\s+the\s+(?:operation|round|financing|issue)\s+)?(?:(?:Participated|Took\s+part|Invested|Co-invested)\s+(?:has|have|had)|(?:[Hh]as|[Hh]ave)\s+(?:also\s+)?(?:participated|taken\s+part|invested|co-invested))\s+(?:also\s+|further\s+|additionally\s+)?"
                              r"(?P<s>«[CU]\d+»(?:(?:,\s+|,?\s+and\s+)«[CU]\d+»)*)")
_V2_PARTICIPATE = re.compile(r"^(?:Participat(?:es?|ed)|Takes?\s+part|Took\s+part)\s+(?:(?:also|further|besides|likewise|too|in\s+the\s+(?:round|operation|financing))\s+)*(?=«[CU]\d+»)")
"""A Romance language's present tense, verb first: "Participate also Giralda Ventures, ..., and Macarena Angels"."""
_LIST_PART = re.compile(r"(?P<name>«[CU]\d+»)(?!['’])(?P<appos>,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLNCU]\d+»(?:'s)?)*?(?=,\s|\.$|$))?(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+)?")


def _tail(rest: str) -> str:
    """What may follow a list of backers said as "... also took part in the round": a clause or a date, else nothing (not what a
    list cut short leaves: "«C1» dependent on the Ministry of «U2»")."""
    return rest if not rest or rest[0] in ",.;" or _DATE_NEXT.match(rest) else "."


_DATE_NEXT = re.compile(r"\s+(?:(?:in|on|since|last|this)\s+)?«T\d+»")


def _after_names(masked: str, pos: int) -> str:
    """What follows the list of names that starts at ``pos`` (their appositions passed over)."""
    end = pos
    while (m := _LIST_PART.match(masked, pos)) is not None:
        end = m.start("sep") if m.group("sep") else m.end()
        if not m.group("sep"):
            break
        pos = m.end()
    return masked[end:]


def _participants(masked: str, pos: int) -> list[str]:
    """The names a list holds from ``pos``, each with its apposition passed over, up to the list's end."""
    names = []
    while (m := _LIST_PART.match(masked, pos)) is not None:
        names.append(m.group("name"))
        if not m.group("sep"):
            break
        pos = m.end()
    return names


_V1_ROUND = re.compile(r"^(?:Has|Have)\s+(?P<verb>closed|raised|collected|obtained|completed|secured|received|gathered)\s+"
                       r"(?P<obj>(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:«M\d+»|round|financing|funding)(?:\s+(?:of|worth)\s+«M\d+»)?)\s+"
                       r"(?P<s>(?:the\s+(?:«[GLN]\d+»(?:-based)?\s+|[\w-]+\s+){0,3}?)?«[CU]\d+»)(?![\w'’])")
"""A round's verb first and its subject last, in a Romance language's word order: "Has closed a financing round of 9 million euros
the Ravenna start-up Tessella AI", said "the Ravenna start-up Tessella AI has closed a financing round of ..."."""
_V1_VSO_OPENERS = ("Closed ", "Raised ", "Collected ", "Obtained ", "Secured ", "Received ", "Completed ", "Gathered ")
_V1_VSO_ROUND = re.compile(r"^(?P<verb>Closed|Raised|Collected|Obtained|Secured|Received|Completed|Gathered)\s+"
                           r"(?P<s>(?:the\s+(?:«[GLN]\d+»(?:-based)?\s+|[\w-]+\s+){0,3}?)?«[CU]\d+»)(?![\w'’])(?P<ap>,\s+(?:[^,;«]|«[GLN]\d+»){1,60},)?\s+"
                           r"(?P<obj>(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:round|financing|funding|«M\d+»))")
"""A round's verb, then its subject and its object, in a Romance language's word order: "Closed the start-up Loa Analitica, of
Calama, a financing round of 9 million dollars", said "the start-up Loa Analitica, of Calama, closed a financing round of ..."."""
_V2_LEAD = re.compile(r"^(?:(?:The\s+)?(?:[Ll]eading|[Ll]ead|[Mm]ain)\s+investor\s+(?:(?:in|of|for)\s+the\s+(?:round|issue|share\s+issue|financing|operation)\s+)?(?:is|was|became)|Leader\s+of\s+the\s+(?:round|operation|financing|investment)\s+(?:is|was)|Lead(?:s|ed)?\s+the\s+(?:round|operation|financing|investment))\s+"
                      r"(?:the\s+(?:[\w-]+\s+|«[GLNU]\d+»\s+){0,4}?)?(?P<s>«[CU]\d+»)(?!\s+(?:[a-z][\w-]*\s+){1,4}«[CU]\d+»)(?:\s+\((?:[^()«]|«[GLU]\d+»){1,40}\))?")
_VERB_LAST = re.compile(
    r"(?P<s>«[CU]\d+»(?:,\s+(?:the|a|an)\s+(?:[^,;«]|«[GLN]\d+»){1,80},|\s+\([^()«]{1,60}\))?)\s+(?P<aux>has|have|had)\s+(?P<obj>(?:(?:in|with|from|at|after|for)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?|(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:«[MCU]\d+»))(?P<rest>(?:\s+(?:for|in|from|at|with|of)\s+(?:[\w-]+\s+){0,3}?(?:«[MT]\d+»|[\w-]+))?)\s+"
    r"(?P<verb>collected|raised|received|taken\s+in|secured|gathered|obtained|attracted|acquired|bought|taken\s+over|purchased|invested|signed|concluded)(?=[\s,.;])")
_PARTICIPLES_LAST = ("collected", "raised", "received", "taken", "secured", "gathered", "obtained", "attracted", "acquired", "bought", "purchased",
                     "invested", "signed", "concluded")
"""A perfect tense with its participle last: "Kestrel has in a financing round 11 million euros collected", "has the start-up Tessel
for 20 million euros acquired"."""


def _participle_back(m: re.Match) -> str:
    """A perfect tense's participle put back after its auxiliary; a sum "collected", "gathered" or "taken in" is raised."""
    verb = "raised" if m.group("verb").split()[0] in ("collected", "gathered", "obtained", "taken", "received", "attracted") and "«M" in m.group("obj") else m.group("verb")
    obj = m.group("obj")
    if (mm := re.search(r"«M\d+»$", obj)) is not None and mm.start() > 0:  # "in a financing round «M»": the sum first, then the round
        obj = mm.group() + " " + obj[:mm.start()].rstrip()
    return f"{m.group('s')} {m.group('aux')} {verb} {obj}{m.group('rest')}"


def _aux_last_back(m: re.Match) -> str:
    """:data:`_V2_AUX_LAST` said in English word order (a sum "collected" is raised)."""
    verb = m.group("verb")
    if verb in ("collected", "obtained", "received", "gathered", "attracted") and "«M" in m.group("mid"):
        verb = "raised"
    return f"{m.group('adv')}{m.group('s')} {m.group('aux')} {verb} {m.group('mid').rstrip(',')}" + m.string[m.end():]


def _verb_second(masked: str) -> str | None:
    """The sentence in English word order, when it opens with a verb before its subject (see :data:`_V2_FRONT`), or None.
    Each form is tried only where its words stand: most sentences open with a name or an article and hold none of them."""
    if masked.startswith(("As ", "According to ")) and (front := _FRONT_CLAUSE.match(masked)) is not None:
        rest = masked[front.end():]  # "As the company on Monday announced, leads the round X": the main clause after the aside
        if rest[:1].islower() and (v2 := _verb_second(rest[0].upper() + rest[1:])) is not None:
            return masked[:front.end()] + v2
    if masked.startswith(("Led ", "The round ", "The financing ", "The operation ", "The investment ")) and (m := _V2_ROUND_LED.match(masked)) is not None:
        if m.group("w"):
            return f"The {m.group('w')} was led by " + masked[m.end():]
        lead = _participants(masked, m.end())
        rest = _after_names(masked, m.end())
        if lead and _ROUND_LED_END.match(rest):  # (not "The round led analysts to value X at ...")
            return f"{' and '.join(lead)} led the {m.group('w2')}" + rest
    if masked.startswith(("Already invested ", "Also invested ")) and (m := _INVESTED_IS.match(masked)) is not None:
        names = _participants(masked, m.end())  # "Already invested is hub:raum, the incubator of ..., which ...": it took part again
        if names:
            return " and ".join(names) + " also took part in the round."  # (what the clause after it says is of it, read in the first reading)
    if masked.startswith(("Also ", "Further ", "Additionally ", "Moreover ")) and (m := _ALSO_JOINED.match(masked)) is not None:
        names = _participants(masked, m.end())  # "Also participated A, the venture arm of B, and C": A and C
        if names:
            return " and ".join(names) + " also took part in the round" + _tail(_after_names(masked, m.end()))
    if masked.startswith(_V2_LEAD_OPENERS) and (m := _V2_LEAD.match(masked)) is not None:
        return m.group("s") + " led the round" + masked[m.end():]  # (its bracket left out: "(head office: Sapporo City)" leads nothing)
    if masked.startswith(_V1_VSO_OPENERS) and (m := _V1_VSO_ROUND.match(masked)) is not None:
        verb = "raised" if m.group("verb") in ("Collected", "Obtained", "Received", "Gathered") else m.group("verb").lower()
        return f"{m.group('s')}{m.group('ap') or ''} {verb} {m.group('obj')}" + masked[m.end():]
    if masked.startswith(("Has ", "Have ")) and (m := _V1_ROUND.match(masked)) is not None:
        verb = "raised" if m.group("verb") in ("collected", "obtained", "received", "gathered") else m.group("verb")
        return f"{m.group('s')} has {verb} {m.group('obj')}" + masked[m.end():]
    if masked.startswith(_V2_JOIN_OPENERS) and (m := _V2_PARTICIPATED.match(masked)) is not None:
        names = _participants(masked, m.start("s"))  # "Participated has also A, the venture unit of the media group B": A alone
        return " and ".join(names) + " also took part in the round" + _tail(_after_names(masked, m.start("s")))
    if masked.startswith(_V2_JOIN_OPENERS) and (m := _V2_PARTICIPATE.match(masked)) is not None:
        names = _participants(masked, m.end())  # "Participate also A, the vehicle of ... of the chain B, and C": A and C
        if names:
            return " and ".join(names) + " also took part in the round."
    if any(v in masked for v in _V2_BEFORE_NAME) and (m := _V2_FRONT.match(masked)) is not None and not m.group("adv").strip().islower():
        return f"{m.group('adv')}{m.group('s')} {m.group('aux') or ''}{m.group('verb')} " + masked[m.end():]
    return None


_SAID_ASIDE = re.compile(r",\s+(?:«[CU]\d+»|the\s+(?:company|group|firm|start-?up|lab|spokesperson|spokesman|spokeswoman))\s+(?:said|says|added)(?=,\s+[a-z])")
"""Who said it, between a sentence's parts ("is available on P, IBM said, as well as through Q"), left out."""
_SAID_THEY = re.compile(r"(?P<s>«[CU]\d+»(?:,\s+«[CU]\d+»)*,?\s+and\s+«[CU]\d+»)\s+(?:said|say|announced|confirmed|disclosed)\s+(?P<t>(?:«T\d+»\s+)?)(?:that\s+)?they\s+(?=(?:have|had|would|will|are|were)\b)")
"""A pair that says what they have done ("A and B said last year that they had worked together"), said as the pair doing it."""
_COUNTED_HEAD = re.compile(r"\b(?:two|three|four|five|six|seven|eight|several|[2-9])\s+(?:[\w-]+\s+){0,3}?[\w-]+s:\s+"
                           r"(?=(?:(?:the|a|an)\s+)?(?:[\w-]+\s+|«[GLN]\d+»(?:'s|-based)?\s+){0,3}?«[CU]\d+»)")
"""A count of the companies a colon lists ("invested in three model developers: A, B and C"), left out: the list is the object."""
_NAMED_ITEM = re.compile(r"»(?P<sep>\s*,\s*|,?\s+and\s+)(?:the|its)\s+(?P<n>«[PU]\d+»)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + PRODUCT_NOUNS + r")\b(?!-)")
"""A list's product named with its description after it ("«P1», the «P2» video model and the «P3» image model"), left as its name."""
_LISTED_NAME = re.compile(r"«[CU]\d+»(?!')(?:\s*,|,?\s+and\s)")
_COMPANY_NOUN_ENDS = frozenset(w.split()[-1] for w in COMPANY_NOUN_LIST.replace("start-?ups?", "start-up|start-ups|startup|startups").replace("?", "").split("|"))
"""The last word of each company noun ("chip maker" -> "maker"), as a listed name's description ends."""


def _described_in_list(masked: str) -> bool:
    """Does a name in a list stand right after a company noun ("... bank «C3», ...") or a place's "'s"?  The cheap test
    before :data:`_LIST_DESCRIPTION`, whose scan of every word costs more than the rest of a plain reading."""
    if "»'s «" in masked:
        return True
    p = masked.find(" «")
    while p > 0:  # each name after a space: is the word before it a company noun, and a list's separator after it?
        if masked[masked.rfind(" ", 0, p) + 1:p] in _COMPANY_NOUN_ENDS and _LISTED_NAME.match(masked, p + 1):
            return True
        p = masked.find(" «", p + 2)
    return False


_LIST_DESCRIPTION = re.compile(
    r"(?P<sep>^|,\s+|,?\s+and\s+)(?:the\s+(?=[a-z]))?(?:«[GLN]\d+»(?:'s|-based)?\s+)?(?:(?!(?:and|or|the|its|their|with|of|for|by|to|in|on|at|from|as|which|who|that)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?:" + COMPANY_NOUNS + r")\s+(?=«[CU]\d+»(?!')(?:\s*,\s*|,?\s+and\s+)(?:[\w-]+\s+|«[GLN]\d+»(?:'s|-based)?\s+){0,5}?«[CU]\d+»)"
    r"|(?P<sep2>^|,\s+)«[GLN]\d+»'s\s+(?=«[CU]\d+»(?!')(?:\s*,\s*|,?\s+and\s+)(?:[\w-]+\s+|«[GLN]\d+»(?:'s|-based)?\s+){0,5}?«[CU]\d+»)")
"""A description before a name in a list of names ("«G2» public investment bank «C3», «L4»-based model maker «C5» and «U6»"), left out so
that the list reads as one: "«C3», «C5» and «U6» have agreed to form a joint venture"."""


_CONTACT_CLAUSE = re.compile(
    r"(?P<n>,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:" + PRODUCT_NOUNS + r"|family|series|line))\s+(?=«[CU]\d+»\s+(?:(?:has|had|have|originally|first|also|itself|now)\s+)*"
    r"(?:built|trained|developed|designed|created|made|launched|released|adapted|fine-tuned|co-developed|unveiled|introduced)\b)")
"""A relative clause without its "that": "Prairie-13B, a language model Aspenlight trained on crop reports"."""


_EXAMPLES_SUBJECT = re.compile(
    r"^(?:[^«,;]|«[CU]\d+»'s){0,60}?,\s+(?:including|such\s+as)\s+"
    r"(?P<l>(?:(?:the|its)\s+(?:[a-z][\w-]*\s+){0,3}?)?«[PU]\d+»(?:(?:\s*,\s*|,?\s+and\s+)(?:(?:the|its)\s+(?:[a-z][\w-]*\s+){0,3}?)?«[PU]\d+»)*),\s+"
    r"(?=(?:are|is|were|was|have|has|had|will|can|remain|remains)\b)")
_DESCRIBED_ITEM = re.compile(r"(?<=»)(?P<sep>,?\s+and\s+)(?:the|its)\s+(?:(?!(?:of|for|from|by|in|on|to|at|with|and|or)\b)[a-z][\w-]*\s+){1,3}?(?=«[PU]\d+»)")


KNOWN_AS = (r"(?:(?:also|better|widely|commonly|more\s+commonly|locally|formerly|previously|once|simply|now)\s+)?known\s+"
            r"(?:(?:in|to|across|among|around|throughout|within)\s+(?:[\w-]+\s+){1,4}?)?as\s+")
"""The words that give a name another: "known in the trade as ", "better known as ", "formerly known as "."""
_KNOWN_AS_ASIDE = re.compile(
    r"»,\s+" + KNOWN_AS + r"«[CU]\d+»,\s+(?=[a-z])(?!(?:and|but|or|which|who|whose|one|a|an|the|its|their|part|home|once|now)\b)")
"""A name's other name between it and its verb: "Marrowby Claims Services, known in the trade as MCS, has been majority
owned by ...": the sentence is read without it (the other name is the same company, :func:`pipeline._defined_terms`)."""


def _cut_aside(m: re.Match) -> str:
    """The name's "»" and a space for a relative clause after a lone name; the clause itself after a list's later name ("X,
    which ..., and Y, which has put $4bn into Z, both want"), whose reading would run the list into the first clause's objects."""
    before = m.string[max(0, m.start() - 40):m.start() + 1]
    return m.group() if _LIST_NAME_END.search(before) else "» "


_LIST_NAME_END = re.compile(r"(?:,|\band|\bor)\s+(?:the\s+)?«[A-Z]\d+»$")

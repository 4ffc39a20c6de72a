"""Resolve "it", "its", "the company", "the start-up", "the Redmond company".

A small, explicit discourse model:

* ``focus`` is the company a sentence is about: the first company named in
  its first eight words ("For OpenAI, ..."; "Hugging Face was founded ...").
* Pronouns ``it``/``its`` take the head of a relative clause they sit in
  ("Tesla, which builds the cars that run its software"), else the first
  company earlier in the sentence (its subject), else the focus.
* Definite descriptions ("the start-up", "the US software giant",
  "the Redmond company") take an apposition's head, else the nearest
  compatible company earlier in the sentence that is not the subject of the
  same clause, else the focus, else earlier sentences.  Compatible means:
  "start-up" is never a large company, "giant" is one; a demonym or place
  must agree with what is known of the company (the gazetteer's country and
  headquarters, or a based-in fact read earlier).
* "X's venture arm" is the fund named "X Ventures" when one is known.

A demonym or place inside a resolved description ("the US start-up",
"the Paris-based start-up") states where the company is based.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter, itemgetter

from .caseless import caseless
from .entities import PRODUCT_NOUNS, Mention, looks_like_person
from .gazetteer import Gazetteer
from .places import city_country
from .plainre import Plain, ascii_rules
from .textprep import first_letter_groups, has_any

__all__ = ["Discourse", "note_heading", "resolve_sentence"]

_PRON = Plain(r"[Ii](?<!\w[Ii])ts?\b(?!['’]s\b(?!\s+been\s+(?:(?:also|now|already)\s+)?(?:on|in|available|listed|sold|offered)\b))")
"""it, its, It, Its (led by a character class, so that re scans for it in C); "it's" only as a product's "it has been on ..."."""
_DEF_NOUNS = (
    r"tech giant|software giant|giant|company|firm|start-?up|startup|group|drugmaker|publisher|consultancy|neocloud|"
    r"chipmaker|chip designer|lab|maker|developer|provider|operator|business|unicorn|buyer|acquirer|conglomerate|"
    r"carrier|telco|hyperscaler|manufacturer|automaker|carmaker|retailer|lender|bank|airline|broadcaster|streamer|fintech|foundry|studio|insurer|supplier|vendor|utility|"
    r"investor|backer|shareholder|target|outfit|newcomer|fund|trading house|"
    r"agency|landlord|contractor|housebuilder|shipbuilder|shipyard|shipowner|grocer|broker|asset manager|fund manager|property manager|"
    r"distributor|wholesaler|integrator|miner|brewer|recycler|producer"
)
"""The nouns a definite description of a company ends with ("the Seattle start-up", "the chipmaker")."""
_DEF = Plain(
    r"[Tt](?<!\w[Tt])he\s+(?!(?:[a-z][\w-]*\s+){0,2}(?:product|model|app|platform|tool|service|chip|system|software)s?\s+of\s)(?P<mods>(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*,\s+(?:(?=(?:[A-Z][\w.&-]*\s+)?[A-Z][\w.&-]*(?:-based|-headquartered)?\s)|(?:[A-Z][\w.&-]*\s+)?[A-Z][\w.&-]*,\s+))?(?:(?!(?:a(?:s|n|nd|re)?|w(?:ould|ill|as|ere|hich|ho)|c(?:ould|an)|should|m(?:ay|ight|ust)|is|h(?:as|ave|ad)|t(?:o|hat))\s)[\w.&-]+\s+(?:and\s+)?){0,4}?)"
    r"(?P<noun>" + first_letter_groups(_DEF_NOUNS) + r")"
    r"(?P<poss>['’]s)?\b(?!\s+(?:(?![A-Z]{3}\s?\d|[A-Z]{1,2}\$)[A-Z]|of\b|that\b))"  # (but "the company's EUR 3 million seed round")
    r"(?!(?:(?<=investor)|(?<=backer)|(?<=buyer)|(?<=acquirer)|(?<=owner)|(?<=shareholder))\s+(?:is|was)\s+(?:the\s+)?[A-Z])"
)  # "The lead investor is Romagna Innovazione": the role is named in the sentence, no earlier company
_GOV_DEF = re.compile(r"[Tt](?<!\w[Tt])he\s+(?P<mods>)(?P<noun>government)(?P<poss>['’]s)?(?![-\w])(?!\s+(?:[A-Z]|of\b|that\b))")
"""'the government': asked only of a sentence that names one (a company noun never resolves to a state, nor this to a company)."""
_TERM_DEF = re.compile(r"[Tt](?<!\w[Tt])he\s+(?P<mods>)(?P<noun>Company|Group)(?P<poss>['’]s)?(?![-\w])(?!\s+(?:[A-Z]|of\b|that\b))")
"""'the Company', 'the Group': a filing's or a release's defined term for its issuer, read as 'the company'."""
_PRODUCT_APPOS_BEFORE = re.compile(r"(?:['’]s|\b[Ii]ts|\b[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:product|platform|app),\s+(?:the\s+)?$")
_QUOTED_PRODUCT_BEFORE = re.compile(r"\b(?:application|app|model|chatbot|assistant|tool|platform|product|service|software|system|device|robot)"
                                    r"(?:\s+(?:for|of)(?:\s+[a-z][\w-]*){1,3}?)?\s+(?:called\s+|named\s+)?[\"“]$")
"""A product's noun before its quoted name: 'the smartphone application for family members "Nukumori Family"'."""
_COMMA_GAP = re.compile(r"\s*,\s*")
_MAKER_OF = re.compile(r"\b[Tt]he\s+(?P<mods>(?:[\w.&-]+\s+){0,3}?)(?P<noun>maker|developer|creator|publisher|designer)\s+of\s+(?:the\s+|its\s+)?")
"""'the San Francisco maker of the Claude chatbot': the product's maker."""
_MAKER_OF_NOUNS = ("maker", "developer", "creator", "publisher", "designer")
"""The nouns of :data:`_MAKER_OF`, tested before it is scanned for."""
_PDEF = re.compile(r"\b[Tt]he\s+(?:new\s+)?(?:(?:tool|app|application|assistant|chatbot|bot|product|software|suite)\b"
                   r"|(?:models?|chips?|accelerators?|processors?|service|platform)\b(?=\s+(?:is|are|was|were|will|would|can|could|has|have|had|also|now|already|runs?|comes?|costs?|supports?)\b)"
                   r"|(?:(?:model|open|open-weight|open-source)\s+)?weights\b(?=\s+(?:are|were|went|can|could|will|have|had|(?:are|were|have\s+been|had\s+been)\s+(?:also\s+|now\s+)?(?:downloadable|available|posted|published|hosted))\b))"
                   r"(?![-‑]|\s+(?:of|that|which|market|maker|makers|industry|sector|space|[A-Z]|«))")
"""'the tool', 'the app' (not 'the tool-rental app'); 'the model' and 'the chip' only as a clause's subject ('The model is available on ...', not 'the model catalog');
'the weights' as a model's ('The weights can be downloaded from Hugging Face')."""
_PDEF_KIND = caseless(r"(?:model|chip|accelerator|processor|weights)")
_PDEF_AVAILABLE = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s+(?:now\s+|also\s+|already\s+)*(?:available|listed|offered|sold|on)\b")
"""After "the service" or "the platform": it is put on a store or a platform ("The service has been available on the App Store")."""
_PDEF_OBJ = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|host(?:s|ed|ing)?|serv(?:es|ed|ing)|list(?:s|ed|ing)?|add(?:s|ed|ing)?|brought|brings?|bringing|"
    r"download(?:s|ed|ing)?|deploy(?:s|ed|ing)?|integrat(?:es|ed|ing)|resell(?:s|ing)?|resold|sell(?:s|ing)?|sold|made|makes?|making|"
    r"(?<=\s)put(?=\s+the\s+(?:[a-z-]+\s+)?weights)|publish(?:es|ed|ing)?(?=\s+the\s+(?:[a-z-]+\s+)?weights)|upload(?:s|ed|ing)?)\s+"
    r"(?P<np>the\s+(?:(?:new|whole|entire|full|latest|same|open|open-weight|open-source|smaller|larger|largest|flagship|model)\s+){0,2}"
    r"(?P<kind>model|family|chip|accelerator|processor|weights))\b"
    r"(?!['’]|\s+(?:of|that|which|who|catalog|catalogue|garden|hub|market|maker|makers|industry|sector|space|[A-Z]|«))")
"""A product named by its kind as an availability verb's object: 'Microsoft added the whole family to Azure AI Studio',
'Together began serving the model on Friday'."""
_MODEL_APPOS = re.compile(r"\s*,\s+(?:an?|the|its|our|their)\s+(?:[\w-]+\s+){0,3}?models?\b")
"""An apposition that makes a new name a model: "Jorva-2, our reasoning model, ..." (for "the weights" after it)."""
_PLURAL_PDEF = re.compile(
    r"\b(?:[Bb]oth(?:\s+(?:new|of\s+the))?\s+(?:models|chips|families|apps|applications|products|tools|games)|[Tt]he\s+two\s+(?:new\s+)?(?:models|chips|apps|applications|products|tools|games)|[Bb]oth\s+of\s+them"
    r"|[Tt]he\s+(?:new\s+)?(?:models|apps)(?=\s+(?:are|were|went|became)\b|\s+(?:have|had|will|can)\s+(?:been|be|gone)\b|\s+(?:also|now)\s+(?:available|live|on|in)\b"
    r"|\s+(?:through|via)\b)"
    r"|(?<=\s)them(?=\s+(?:available|on|in|into|to|through|via|as)\b)"
    r"|\bThey(?=\s+(?:are|were|have\s+been)\s+(?:(?:now|also|both|already|all)\s+)?(?:available|live|offered|hosted|served|accessible)\b))")
"""Products named together, then referred to as a pair: 'Microsoft put both models into Azure AI Foundry', 'Google Cloud
added them to Vertex AI', 'the models went live in SageMaker'."""
_PLURAL_VERBS = frozenset({"put", "added", "adds", "add", "made", "makes", "make", "offers", "offered", "hosts", "hosted", "serves",
                           "served", "published", "released", "brought", "brings", "listed", "deployed", "call", "run", "use", "of"})
_THERE = re.compile(r"\b(?:available|offered|hosted|listed|sold|served|deployed|live|launched|released|published|downloadable)\s+"
                    r"(?:(?:only|already|now|also|exclusively|first|since\s+\w+)\s+)?(?P<t>there)\b")
"""'... has been offered there', 'is available there and on Hugging Face': the platform named before."""


def _is_platform(m: Mention) -> bool:
    """A product or company the gazetteer marks as a platform others are offered on ("Amazon Bedrock", "Hugging Face"), or a
    new name that says it is a storefront ("Microsoft Azure Marketplace", "Xero App Store")."""
    return m.entry.platform if m.entry is not None else m.name.endswith((" Marketplace", " Store", " AppGallery", " App Market"))


_HOST_SLOT_BEFORE = re.compile(r"\b(?:on|through|via|inside|into|onto|run)\s+(?:the\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?$")
"""Where a product hosts another ("listed on Salesforce's AppExchange", "who run Marketing Cloud"): not what "it" is."""


_KIND_NEAR = {"mode": re.compile(r"\bmodels?\b"), "weig": re.compile(r"\bmodels?\b"), "fami": re.compile(r"\b(?:family|models)\b"), "chip": re.compile(r"\b(?:chips?|accelerators?|processors?|GPUs?)\b"),
              "acce": re.compile(r"\b(?:chips?|accelerators?|processors?|GPUs?)\b"), "proc": re.compile(r"\b(?:chips?|accelerators?|processors?|CPUs?)\b")}
_NOT_A_MODEL = re.compile(r"\s+(?:service|platform|app|apps|assistant|chatbot|marketplace|cloud|studio|suite|tool|software|hub|store|catalog(?:ue)?)\b")
"""The noun after a product that makes it no model ("its OCI Generative AI service")."""
_AVAILABLE_AFTER = re.compile(r"(?:\s+(?:is|was|will\s+be|ha[sd]\s+(?:also\s+|now\s+|already\s+)?been|became|becomes|remains)|['’]s(?:\s+been)?)\s+(?:now\s+|also\s+|already\s+|generally\s+|widely\s+|freely\s+)*"
                              r"(?:available|offered|hosted|listed|sold|accessible|downloadable|live|served|distributed|provided)\b"
                              r"|\s+(?:also\s+|then\s+)?(?:arrived|landed|debuted|went\s+live)\s+(?:on|in)\s")
_ON_AFTER = re.compile(r"(?:['’]s|\s+(?:is|was|has|had))(?:\s+(?:also\s+|now\s+|already\s+)?been)?\s+(?:now\s+|also\s+|already\s+)*on\s+(?:the\s+)?")
"""'It has been on the App Store since 2023', "it's been on Google Play": a product's copula before a platform's name."""
_NOT_SEAT_AFTER = ("-language", "-speaking", "-listed", "-born")
"""A place's or a people's name glued to a word that says no seat: "the French-language", "the Stockholm-listed"."""
_ARM_OF_BEFORE = re.compile(r"\b(?:venture|investment|investing|VC)\s+(?:capital\s+)?(?:arm|unit|vehicle|fund|subsidiary)\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
"""'the corporate venture arm of publisher ': what comes next is whose arm it is."""
_HOST_VERBS = frozenset({"offers", "offered", "offering", "hosts", "hosted", "hosting", "serves", "served", "resells", "resold",
                         "lists", "listed", "adds", "added", "integrates", "integrated", "deploys", "deployed", "makes", "made",
                         "released", "releases", "published", "publishes", "uploaded", "carries", "carried", "carrying"})
"""'... and Microsoft offers it through Azure': a platform's object "it" is the product just named (not with "makes it available")."""
_ROLE_AS_BEFORE = re.compile(r"\b(?:named|names|chose|chosen|choose|selected|picked|appointed|tapped|signed\s+up|added|hired|designated|uses?|used|using)"
                             r"\b[^.;]{0,100}\sas\s+$")
_MAKES_BEFORE = re.compile(r"\b(?:makes|made|builds|built|develops|developed|sells|launched|released|created|designed)\s+$")
"""A maker's verb just before a name: what it makes."""
_MADE_AVAILABLE = re.compile(r"\s+(?:available|accessible)\s+(?:in|on|through|via)\b")
_PRODUCT_NOUN_BEFORE = re.compile(r"\b(?:model|chatbot|assistant|app|tool|chip|accelerator|product),?\s+(?:called\s+|named\s+)?$")
_SELF = re.compile(r"\b[Tt]he\s+(?:Group|Company|Firm|Bank|Fund)\b(?!\s+[A-Z])")
_PDEF_WORDS = re.compile(r"he (?:new )?(?:tool|app|assistant|chatbot|bot|product|software|suite|model|chip|accelerator|processor|service|platform|(?:[a-z-]+ )?weights)")
_ARM = re.compile(r"['’]s\s+(?:corporate\s+)?(?:venture(?:\s+capital)?|investment|investing)\s+(?:arm|unit)\b")
_NAMED_AFTER = re.compile(r",\s+[A-Z]")
_SMALL = {"start-up", "startup", "unicorn", "startups"}
_KIND_WORDS = ("start-up", "start-ups", "startup", "startups", "unicorn", "chipmaker", "chip maker", "lab", "carmaker", "automaker",
               "insurer", "bank", "retailer", "airline", "telco", "carrier", "broker", "studio", "publisher", "lender", "miner",
               "distributor", "consultancy", "drugmaker", "landlord", "contractor", "housebuilder", "chain", "shipyard", "shipowner",
               "shipbuilder", "wholesaler", "grocer", "brewer", "broadcaster", "streamer", "foundry", "utility", "conglomerate",
               "recycler", "producer", "fund")
"""Nouns that say what kind of company a name is ("a Cork start-up", "the hearing-care chain"), unlike "company" or "firm"."""
_DISTINCT_WORDS = frozenset(_KIND_WORDS)
_DISTINCT_NOUNS = first_letter_groups("|".join(re.escape(w) for w in _KIND_WORDS))
_LARGE = {"giant", "tech giant", "software giant", "conglomerate"}
_MAKER_NOUNS = frozenset({"maker", "developer", "creator", "publisher", "designer", "owner", "operator"})
"""Nouns a product before them turns into its maker: "the ChatGPT maker", "the Vela developer"."""
_CHIP_NOUNS = {"chipmaker", "chip designer", "chip maker", "chip giant", "chip company", "semiconductor company"}
_PRODUCT_PREDICATE = caseless(r"\s+(?:has\s+been|have\s+been|is|are|was|were|became|becomes)\s+(?:also\s+|now\s+|already\s+|generally\s+|freely\s+)?"
                              r"(?:offered|available|sold|listed|hosted|released|downloadable|served|deployed)\b")
"""What a product's clause says of it: 'has been offered through', 'is available on'."""
_STAKE_IN_BEFORE = caseless(r"\b(?:stakes?|investments?|shares|holdings?|invested|investing)\s+in\s+$")
_RECIPIENT_AFTER = caseless(r"\s+(?:said\s+(?:it|that\s+it)\s+)?(?:had\s+|has\s+|have\s+)?(?:received|raised|secured|got|closed|landed|drew)\b")
"""A sentence's first company that took the money the others' stakes in 'the company' stand for."""
_BOUNDARY = re.compile(r"[,;:]|\b(?:and|but|which|that|who|while|after|before|when|since|because|although|though|once|until|whereas|unless)\b")
_LISTED_BEFORE = re.compile(r"(?:\bincluding|\bsuch\s+as|\band|,)\s+$")
_PARTICIPLE = re.compile(r"(?:Acquired|Bought|Purchased|Backed|Funded|Founded|Valued|Based|Spun|Taken|Having)\b[^.;]*,\s*$")
_LEAD_PARTICIPLE = re.compile(r"(?:Acquired|Bought|Purchased|Backed|Funded|Founded|Valued|Based|Spun|Taken|Having)\b[^.;,]*(?:,\s*(?=and\b)[^.;,]*)?,\s*")
_CONTRAST = re.compile(r"(?:Unlike|Like|Besides|Beyond|Despite|Compared\s+(?:with|to)|Apart\s+from|Instead\s+of|Rather\s+than|In\s+contrast\s+to)\s")
_LEAD_INITIALS = "ABPFVSTH"
_CONTRAST_INITIALS = "ULBDCAIR"
"""The first letters of the two patterns' words: a sentence opening with another letter is not matched against them."""
assert all(c in _LEAD_INITIALS for c in re.findall(r"(?:\(\?:|\|)([A-Z])", _LEAD_PARTICIPLE.pattern))
assert all(c in _CONTRAST_INITIALS for c in re.findall(r"(?:\(\?:|\|)([A-Z])", _CONTRAST.pattern))
_MAIN_VERB = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|became|began|bought|built|made|sold|took|won|grew|ran|spent|held|got|gave|chose|drew|led|set|put|[a-z]{3,}ed|[a-z]{3,}s)\b")
_FRONTED = re.compile(r"(?:When|After|Before|Since|Although|While|As|Once|Because|Though|Until)\b[^.;]*,\s*$")
_INVESTED_IN = re.compile(r"\b(?:led|co-led|joined|backed|funded|invested\s+in|participated\s+in|took\s+part\s+in)\s+$")
_INVESTING_IN = re.compile(r"(?:,\s+(?:and\s+)?(?:leading|co-leading|joining|backing|funding|investing\s+in|participating\s+in|taking\s+part\s+in)"
                           r"|\s+and\s+(?:also\s+)?(?:led|co-led|joined|backed|funded|invested\s+in|participated\s+in|took\s+part\s+in))\s+$")
"""A second verb phrase on a round after its object: "Halvex doubled down on Quiverline, leading its Series B" (its = Quiverline,
not Halvex: a company does not lead its own round)."""
_REPORTING = re.compile(r"\s+(?:said|says|announced|told|confirmed|added|noted|stated)\b")
_OBJECT_BEFORE = re.compile(r"\b(?:in|into|of|for|with|from|to|by|bought|acquired|backed|funded)\s+(?:the\s+)?$")
_REL = re.compile(r"^,?\s+(?:which|that|who)\b")
_REL_PAST_APPOS = re.compile(r"^,?\s+(?:a|an|the)\s+[^,;()]{1,60},\s+(?:which|that|who)\b")
"""A relative clause after its head's apposition: "Teslow Capital, a Brisbane private equity firm, which bought the company"."""
_DEAL_OBJECT_BEFORE = re.compile(r"\b(?:bought|acquired|took\s+over|(?:bought|acquired|took|holds?|owns?)\s+(?:a\s+)?(?:\d{1,2}(?:\.\d+)?\s*(?:%|per\s*cent|percent)|(?:minority|majority|small)\s+stake)\s+(?:of|in))\s+$")
"""A purchase's verb right before "the start-up": the company bought is its object."""
_SUBJECT_BETWEEN = re.compile(r"(?:[,;]\s+(?:and\s+|but\s+)?(?:it|they|[A-Z][\w-]+)|\b(?:which|who|that))\s+(?:[a-z]+\s+){0,2}?(?:bought|acquired|took|holds?|owns?)\b")
"""Another clause with its own subject before the verb ("..., which holds 49 per cent of the business")."""
_APPOS_TO_PLACE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?")
"""A name's apposition up to a town: "Bramling Ventures, a Bristol fund"."""
_INVESTED_IN_BEFORE = re.compile(r"\b(?:invested|invests|investing|put\s+money|backed|backs|funded|funds)\s+(?:in\s+|into\s+)?$")
"""A verb whose object is the company backed ("invested in the company"): never the backer named last."""
_APPOS_REL = re.compile(r",\s+(?:the|a|an)\s+[^,;]{1,60}?\s(?:which|that|who)\b")
"""An apposition's own relative clause: "Par Equity, the Edinburgh-based venture firm that led the company's seed round"."""
_REL_OBJECT_IT = re.compile(r",?\s+(?:which|that)\s+(?P<words>(?:[a-z]+\s+){1,3}|(?:[a-z]+\s+){1,2}(?:[A-Z]{0,2}[$€£¥]\s?\d[\d.,]*(?:\s+(?:million|billion|trillion)|bn|m)?\s+)(?:for|in)\s+)")
"""A relative clause's verb with "it" as its object: "PA Media Group, which bought it", "Microsoft, which paid $7.5 billion for it"."""
_APPOS_THAT_IT = re.compile(r",\s+(?:a|an|the)\s+[^,;()«»]{1,80}?\s+(?:which|that)\s+(?P<words>(?:[a-z]+\s+){1,3})")
"""The same after the head's apposition: "Stannington Group, the Yorkshire holding company that bought it"."""
_REL_NOT_OBJECT = re.compile(r"\b(?:said|says|say|announced|added|noted|told|expects?|expected|hopes?|believes?|claims?|thinks?|confirmed|"
                             r"when|after|because|before|if|as|since|that|where|while|until|once|so|whether|how|what|makes?|made|calls?|called|valued|values|valuing)\b")
"""Words after which "it" starts a clause of its own ("which said it would"), or is not the object alone ("which made it the first")."""
_SOURCE_OPENER = re.compile(r"According\s+to\s+[^,;]{1,120},\s+")
"""A sentence's fronted source, whose names are none of the main clause's pronouns."""
_COORDINATED = re.compile(r",?\s+(?:and|or|&)\s+(?:the\s+)?|,\s+")
"""What stands between two names coordinated in one phrase ("Permira and the Canada Pension Plan Investment Board")."""
_FRONTED_POSS = re.compile(r"(?:At|In|For|With|During|Through|Under|After|Following|Since|Ahead\s+of)\s+(?:[^,;]{0,40}?\s)?(?:its|their)\s"
                           r"(?![^,;]{0,80}?\b(?:round|funding|raise|valuation|seed|Series|backers|investors|shareholders)\b)[^,;]{1,80}?,\s+")
"""A fronted phrase whose "its" is the subject's after it: "At its developer conference in Seattle, Microsoft made ..."
(not a round's: "In its last round, Amazon invested" names the company invested in)."""
_OWN_APPOS = re.compile(r",\s+")
"""Between a name and the "its" that opens its apposition ("Tessel Capital, its largest shareholder"): the "its" is not that name's."""
_IT_AS_OBJECT = re.compile(r"(?<!\bmost\s)(?<!\ball\s)(?<!\bsome\s)(?<!\bmuch\s)(?<!\bpart\s)(?<!\bnone\s)(?<!\bhalf\s)(?<!\brest\s)(?<!\bany\s)\b(?:with|from|to|into|for|on|by|of|about|over|against|bought|acquired|backed|funded|sold|joined|hired|paid|acquire|buy|back|fund|sell|join|hire|pay)\s+$")
"""Words that make "it" an object: an object "it" is not its own clause's subject ("X ... has signed contracts with it"); "most of it"
may be the money."""
_STAKE_OF_IT = re.compile(r"\b(?:bought|acquired|took|takes|holds|held|owns|owned|sold)\s+(?:a|the|its)?\s*(?:majority|minority|controlling\s+stake|stake|share|part|rest|remainder)\s+(?:of|in)\s+$")
"""'bought a majority of it': a holding in the company the text is about, when the sentence names no other."""
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|disclosed|revealed|added|told\s+[\w-]+(?:\s+[\w-]+)?)"
                              r"(?:\s+(?:on|last|this|early|late|in)\s+[\w-]+)?(?:\s+that)?\s+$")
"""A reporter before the clause's own subject: "Kestrel said Tessel had agreed to buy it" (the object "it" is the reporter,
who is not the reported clause's subject)."""
_SUBORDINATE = re.compile(r"\b(?:since|when|after|before|because|which|that|who|whom|while|as|until|once|if|where|whose)\b")
"""A clause opened between a subject and an object "it", with a subject of its own: the "it" may name the first subject ("Pendulum,
a unit of Oracle since the database company bought it"), but not in "SoftBank, which bought Arm, still owns 90 per cent of it"."""
_SUBJECT_GAP = re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?")
_WHEN_IT = re.compile(r"\b(?:when|after|before|once|because|until)\s+$")
_POSS_SINCE_IT = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:(?!(?:backer|investor|shareholder|partner|customer|supplier|client|owner|lender|rival)s?\b)[\w-]+\s+){0,6}?(?:since|after|before)\s+(?:(?:19|20)\d\d,\s+when\s+)?")
"""A possessor's record measured from its own earlier deal: "is Mastercard's largest since it bought Ekata", "Arista's biggest move
outside the data centre since 2020, when it bought" (not "has been CoreWeave's biggest backer since it led": a role the
possessor gives another)."""
_ON_ITS = re.compile(r"\s+(?:on|over|with|in|about|for)\s+")
_ADVISED = re.compile(r"\b(?:advis\w*|help\w*|counsel\w*|represent\w*|assist\w*|support\w*|urg\w*|ask\w*|told|tell\w*|persuad\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_PREP_BEFORE = re.compile(r"\b(?:by|from|with|of|in|to|for|and)\s+$")
_COPULA_BETWEEN = re.compile(r"\s+(?:is|was|remains|has\s+(?:long\s+)?been)\s+")
"""A company's copula before a definite description that predicates it ("Naver is the Seongnam-based portal operator")."""
_RELATIONAL_AFTER = re.compile(r"\s+(?:to|of|for|behind|with)\b")
_PEOPLE_AT = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:at|from)\s+(?:the\s+)?")
"""'Researchers at the Universitat Politècnica de València have tested ...': the people are the subject, not the place they work."""
_AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:[A-Z][\w.’'-]*-based\s+)?$")
_JOINED_IN = re.compile(r"(?:,[^,;.]{1,80},)?\s+(?:also\s+|too\s+)?(?:took\s+part|participated|joined(?:\s+the\s+(?:round|raise|financing))?|invested|led|co-led)"
                        r"(?=\s*[,.;]|\s+(?:too|again|as\s+well|as\s+did|with|alongside|in\s+the\s+(?:round|raise|financing|deal))\b)")
"""An investor who only joins the round the text is about: "Kestrel Ventures took part, as did ...", "QED led, with ..."."""
_WHICH_LED = re.compile(r",\s+which\s+(?:also\s+|first\s+)?(?:co-)?led\b|\s+(?:also\s+)?(?:co-)?led\s+(?:the|its|this|a|an)\s+(?:[\w-]+\s+){0,3}?(?:round|raise|financing|investment|seed)\b")
"""'bValue, which led the company's seed round, ...', 'Industrifonden led the round': a backer by what the sentence says of it,
whatever its name."""
_ROUND_WORDS = re.compile(r"\b(?:rounds?|seed|Series\s+[A-K]|shareholders?|backers?|investors?|stakes?|took\s+part|participated|funding|financing)\b")
"""A backer's sentence that goes on about the round or its holding (for the focus, which stays on the company backed)."""
_COPULA_BETWEEN = re.compile(r"\s+(?:is|was|remains|remained|became|has\s+been|had\s+been)\s+(?:now\s+|also\s+|still\s+)?")
_COPULA_BEFORE = re.compile(r"\s+(?P<v>remains|remained|remain|is|was|are|were|became|becomes|has\s+become|has\s+been|have\s+been|will\s+remain|will\s+be)\s+"
                            r"(?:also\s+|still\s+|now\s+)?(?:among\s+|one\s+of\s+)?")
"""'X remains its partner', 'A and B are among its shareholders': a copula's possessive complement is another company's than its subject's."""
_PLURAL_COPULAS = frozenset({"remain", "are", "were"})
_CO_SUBJECT = re.compile(r"(?:\s*,\s*|\s+and\s+|\s+&\s+)(?:[\w.'’-]+\s+){0,3}")
"""What may stand between two names of one subject: 'EQT and Canada's CPP Investments', 'A and the Dutch fund B'."""
_OPENING_WORDS = re.compile(r"\s*(?:[\w.'’-]+\s+){0,4}")
"""The few words before a sentence's first name (the subject's descriptors)."""
_AT_END_PP = re.compile(r"\b(?:at|for|by|of|behind|inside|within)\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}[.!]\s*$")
"""A sentence that ends on a company in a prepositional phrase ('... a run of AI deals at Visa.'): the next 'it' may be it."""
_NO_COMMENT = re.compile(r"\s+(?:(?:also|has|had|both)\s+)?(?:declined|refused|did\s+not\s+(?:immediately\s+)?(?:respond|reply|return|comment)|"
                         r"could\s+not\s+(?:immediately\s+)?be\s+reached|was\s+not\s+(?:immediately\s+)?available|would\s+not\s+comment)\b")
"""'X declined to comment', 'X did not respond to a request': the company is asked, not what the text goes on about."""
_RAISER_VERB = re.compile(r"\b(?:raised|raises|raising|closed|secured|landed|announced|completed)\b")
_LIST_GAP = re.compile(r"(?:,\s+(?:which|who|whose)\b[^;]{0,120}?)?(?:\s*,\s*|,?\s+and\s+|\s+&\s+)")
"""What joins the names of a list, a relative clause after one of them included."""
_ROLE_OF_PERSON_AFTER = re.compile(r"(?:['’]s)?\s+(?:general\s+|managing\s+|founding\s+)?(?:partner|chief\s+executive|chief|CEO|CTO|CFO|president|spokesperson|spokesman|spokeswoman|"
                                   r"co-founder|founder|chairman|chairwoman|executive|analyst)\s+[A-Z][a-z]+\s+[A-Z]")
"""'Benchmark partner Chetan Puttagunta', 'Google chief executive Sundar Pichai': the company only describes a person."""


_ROLE_HINT = ("partner", "chief", "CEO", "CTO", "CFO", "president", "spokes", "founder", "chair", "executive", "analyst")
"""Words one of which a person's role after a name holds, looked for by substring (one search per word costs less than a
scan of the span with an alternation that re tries at every letter they start with)."""
_NO_ROLES: frozenset[int] = frozenset()


def _role_ends(text: str, mentions: list[Mention]) -> frozenset[int]:
    """Where the mentions that name a person's role end ("Benchmark partner Chetan Puttagunta"): one anchored test each,
    and none where no role word follows the sentence's names (mentions come in text order)."""
    if not mentions:
        return _NO_ROLES
    lo, hi = mentions[0].end, mentions[-1].end + 40
    for w in _ROLE_HINT:
        if text.find(w, lo, hi) >= 0:
            break
    else:
        return _NO_ROLES
    return frozenset(x.end for x in mentions if _ROLE_OF_PERSON_AFTER.match(text, x.end))


_REL_AFTER_COMMA = re.compile(r"[^,]*,\s+(?:which|who|whose|that)\b")
"""A fronted phrase's name with a relative clause after it: the pronoun may be inside the clause."""
_CLAUSE_CUT = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|w(?<!\ww)hether\s+")
"""A new clause's start: ", and", ";", "whether" (each led by its own character, so that re scans for them in C)."""
_CLAUSE_CUT_IT = re.compile(_CLAUSE_CUT.pattern.replace("whereas", "whereas|where"))
"""And, for a subject "it", ", where": "came from Eureka Park, where Vidy Labs said it had raised" (but "where Lux led its
Series A": the place's own)."""


_THE_COUNTRY = re.compile(r"\b[Tt]he\s+country(?=['’]s\s)")
"""'the country' before its possessive: 'Turkcell, the country's largest mobile operator'."""
_REF_FADE = 0.4
"""What one sentence's mentions count for "the weights" against the next sentence's."""
_COMPARED_BEFORE = re.compile(r"\b(?:than|beats?|beating|outperform(?:s|ed|ing)?|rival(?:s|led|ling)?|match(?:es|ed|ing)?|behind|against|compared\s+(?:with|to)|"
                              r"versus|vs\.?|ahead\s+of|surpass(?:es|ed|ing)?|trails?|trailed|like)\b[^.;,«»]{0,50}$")
"""A product named as what another is measured against ("matches the performance of its much larger Llama 3.1 405B", "built
from the research behind Google's Gemini models"): not what the text is about."""


def _most_named(products: list[tuple[str, int, list[Mention]]]) -> list[Mention]:
    """The model the recent sentences have named or referred to most, each sentence counting less than the one after it (what
    "the weights" are of: the article's release, not a rival it was compared with in passing), the later one on a tie.

    ``products`` holds each sentence's text, start and product mentions; whether a mention is a comparison's is read here, only
    for the few sentences that say "the weights", not for every sentence as it is read."""
    score: dict[str, float] = {}
    last: dict[str, tuple[int, Mention]] = {}
    weight = 1.0
    for i in range(len(products) - 1, max(-1, len(products) - 8), -1):
        text, start, sent = products[i]
        for x in sent:
            if not _is_platform(x) and not _COMPARED_BEFORE.search(text, max(start, x.start - 60), x.start):
                score[x.name] = score.get(x.name, 0.0) + weight
                last.setdefault(x.name, (i, x))
        weight *= _REF_FADE
    if not score:
        return []
    best = max(score, key=lambda n: (score[n], last[n][0]))
    return [last[best][1]]


@dataclass
class Discourse:
    focus: Mention | None = None
    history: list[list[Mention]] = field(default_factory=list)
    based_in: dict[str, str] = field(default_factory=dict)
    cities: dict[str, str] = field(default_factory=dict)
    """Company name -> the city the text placed it in ("Corvane, a San Francisco start-up")."""
    seen: set[str] = field(default_factory=set)
    investors: set[str] = field(default_factory=set)
    """Names read as investors so far."""
    salience: dict[str, float] = field(default_factory=dict)
    """How much the text has been about each company: mentions, subjects counting more, fading with each sentence.
    Only the scores' ratios matter, so the fading is kept in ``salience_unit`` (what one point is worth now, growing as
    older points fade) instead of scaling every score every sentence."""
    salience_unit: float = 1.0
    last_deal: dict[str, Mention] = field(default_factory=dict)
    """Role noun -> who last played it: "buyer", "investor" (the subject of the latest deal), "target"."""
    mentions: dict[str, Mention] = field(default_factory=dict)
    """A mention of each company met so far (to resolve to the most salient)."""
    products: list[list[Mention]] = field(default_factory=list)
    """The products each sentence named (for "the tool", "the app")."""
    last_country: Mention | None = None
    """The one country the last sentence named, if it named just one, for "the country's largest operator" in the next."""
    product_refs: list[tuple[str, int, list[Mention]]] = field(default_factory=list)
    """Each sentence's text (as it was read), start and the products it named or referred to ("the model"), for what "the
    weights" are of."""
    name_list: list[Mention] = field(default_factory=list)
    """The last products or unknown names named together ("Llama 4 Scout and Llama 4 Maverick"), for "both models", "them"."""
    author: Mention | None = None
    """The company the text speaks for ("we" outside quotes): an investor letter's or a release's sender."""
    speaker: Mention | None = None
    """The company of the last quoted speaker ("we" inside quotes)."""
    makers: dict[str, Mention] = field(default_factory=dict)
    """Product name -> the company the text said makes it (for "the Vela maker" where no gazetteer knows Vela)."""
    made: set[str] = field(default_factory=set)
    """Names the text called a company's product ("The company's main product, Tarkash Migrate"): never "the company"."""
    described: dict[str, str] = field(default_factory=dict)
    """Company name -> the noun the text first described it by ("Lee Acoustics, a Cork start-up": "start-up"), for "the
    start-up" later when the company in focus is another kind ("a hearing-care chain")."""
    backing: frozenset[str] = frozenset()
    """Who the sentence just read says invested in the company in focus ("A, an Edinburgh investor, and B, the venture arm
    of C, also participated"): backers of the company the text is about, not a new subject."""


_FUND_NOUNS = frozenset({"fund", "investor", "backer", "shareholder"})
_FUND_NAME = re.compile(r"\b(?:Ventures?|Capital|Partners|Fund|Horowitz|Investment|Investments|Holdings?|Authority|Equity)\b")


_TRUST_NAME = re.compile(r"\s(?:Trust|Foundation|Endowment|Family\s+Office|Pension\s+Fund|Trustees)$")
"""A trust's, a foundation's or a family office's name: an owner, never what "the company" means."""
_PUBLIC_NAME = re.compile(r"\b(?:Department|Ministry|Commission|Administration|Council|Bureau|Court|Parliament|Congress|Senate|Treasury|"
                          r"Government|University|Pentagon)\b")
"""A state body's or a university's name, known to no gazetteer: never what "the company" means."""


_PLURAL_NOUN_BEFORE = re.compile(r"\b(?:models|products|tools|chips|services|apps|applications|systems|agents|features|devices|brands|"
                                 r"vehicles|cars|drugs|medicines|games|assistants|chatbots)\b")


_REGIONS = frozenset("""Silicon Valley|Bay Area|Washington State|California|Texas|Massachusetts|Ohio|Michigan|Illinois|Utah|Nevada|Minnesota|
Wisconsin|Pennsylvania|Maryland|Connecticut|Tennessee|North Carolina|New Jersey|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Mississippi|
Missouri|Nebraska|New Hampshire|New Mexico|North Dakota|Oklahoma|Rhode Island|South Carolina|South Dakota|Vermont|West Virginia|Idaho|
Alabama|Arkansas|Alaska|Hawaii|Colorado|Florida|Virginia|Arizona|Montana|Oregon|Georgia|Delaware|Wyoming|Quebec|British Columbia|Alberta|
Ontario|Victoria|Calif.|Mass.|Wash.|Colo.|Tex.|Fla.|Mich.|Conn.|Minn.|Ariz.|N.Y.|N.J.|Ont.|B.C.|Ala.|Ark.|Del.|Ill.|Ind.|Kan.|Ky.|Md.|
Mo.|Mont.|Neb.|Nev.|N.H.|N.M.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Va.|Vt.|W.Va.|Wis.|Wyo.|Ga.""".replace("\n", "").split("|"))
"""Places that are states or regions, not cities: a company's headquarters city neither confirms nor rules them out."""


def _compatible(m: Mention, noun: str, countries: list[str], places: list[str], disc: Discourse, strict: bool) -> bool:
    if m.type not in ("Company", "Unknown"):
        return False
    if m.type == "Unknown" and m.name in disc.made:
        return False  # "The company's main product, Tarkash Migrate, ...": a name the text gave as a product is no company
    if (noun == "government") != bool(m.extra.get("government")):
        return False  # "the government" is the state the text named, and no company is a state
    e = m.entry
    if e is not None and e.kind == "public" or e is None and " " in m.name and _PUBLIC_NAME.search(m.name):
        return False  # "the company" is never the European Commission, a ministry, a university or "the US Treasury Department" named before it
    if noun in _SMALL and e is not None and e.large:
        return False
    if noun in _SMALL and (m.name in disc.investors or _FUND_NAME.search(m.name) or e is not None and e.kind == "investor"):
        return False  # "the start-up" is not the fund that backed it ("Andreessen Horowitz", "Lightspeed Venture Partners")
    if noun in _LARGE and (e is None or not e.large):
        return not strict  # the gazetteer flags only some large companies: "the conglomerate" may be one it knows unflagged
    if noun in _CHIP_NOUNS and (e is None or e.kind != "chips"):
        return e is None and not strict  # "the chipmaker" is a company the gazetteer knows makes chips, or one it does not know
    if noun in _FUND_NOUNS and strict and not _FUND_NAME.search(m.name):
        return False  # "the fund" is first a company named as a fund ("OpenAI Startup Fund")
    if noun == "company" and e is None and _TRUST_NAME.search(m.name):
        return False  # "the Dunvegan Family Trust, which holds 34 per cent ... The company bought": the shareholders' trust is not it
    if noun == "company" and disc.described.get(m.name) == "fund":
        return False  # "Fondo Orsolano, a Milan private equity fund, has held a stake ... The company bought": not the fund
    known_country = disc.based_in.get(m.name) or (e.country if e else None)
    for c in countries:
        if known_country is None:
            if strict:
                return False
        elif known_country != c:
            return False
    known_city = disc.cities.get(m.name) or (e.hq if e is not None else None)
    for p in places:
        if p in _REGIONS:
            if strict:
                return False  # "the California company": a headquarters city says nothing for or against it
            continue
        if known_city:
            if known_city != p:
                return False
        elif strict:
            return False
    return True


_NOUN_AFTER = re.compile(r"\s+(?!(?:is|was|has|had|have|already|also|now|then|still|said|says|will|would|could|can|did|does|agreed|and|or|but|to|in|on|at|of|for|with)\b)[a-z]+\b(?<!ed)(?<!s)")
_YOUNG = caseless(r"\b(?:young|younger|small|smaller|fledgling|tiny|little|early-stage|loss-making|(?:one|two|three|four|five|six|\d)-year-old|"
                  r"(?:one|two|three|four|five|six|\d)-month-old)\b")
_ROLE_NOUNS = {"buyer": "buyer", "acquirer": "buyer", "investor": "investor", "backer": "investor", "shareholder": "investor",
               "target": "target"}
_FADE = 0.6


_FUND_WORDS = re.compile(r"\b(?:Ventures?|Capital|Partners|Fund|Investments?|VC)\b")
"""A firm's name that says it invests; narrower than :data:`_FUND_NAME` ("Tencent Holdings", "the Public Investment Authority"
make or run things too)."""
_MADE_NEXT = re.compile(r"(?:['’]s)?\s+(?:[\w.-]+\s+){0,3}?(?:" + PRODUCT_NOUNS + r")\b")
"""What a possessive names when it names a product: "Its first model", "the company's main product", "Its Lumeo Inspect software"."""


def _a_fund(m: Mention) -> bool:
    """A company named as an investing firm ("Balderton Capital", "Kaarna Ventures") or that the gazetteer calls one."""
    return m.type in ("Company", "Unknown") and (bool(_FUND_WORDS.search(m.name)) or m.entry is not None and m.entry.kind == "investor")


def _likeliest_maker(disc: Discourse) -> Mention | None:
    """The company a fund's sentence is about: the last deal's target, else the most talked-about company that is no fund."""
    target = disc.last_deal.get("target")
    if target is not None and target.type in ("Company", "Unknown") and not _a_fund(target):
        return target
    for name, _score in sorted(disc.salience.items(), key=itemgetter(1), reverse=True):
        m = disc.mentions.get(name)
        if m is not None and m.type in ("Company", "Unknown") and not _a_fund(m) and not looks_like_person(m.name):
            return m
    return None


def _most_salient(noun: str, countries: list[str], places: list[str], disc: Discourse, strict: bool) -> Mention | None:
    """The compatible company the text has been most about (a sentence-initial "the company" with no name before it)."""
    best = None
    for name, score in sorted(disc.salience.items(), key=itemgetter(1), reverse=True):  # stable: the first named wins a tie
        m = disc.mentions.get(name)
        if m is None or not (m.type == "Company" or (m.type == "Unknown" and _FUND_NAME.search(m.name))) or not _compatible(m, noun, countries, places, disc, strict):
            continue
        best = (score, m)
        break
    if best is None:
        return None
    # only when it stands clearly out: else the nearer rules decide
    rivals = [v for k, v in disc.salience.items() if k != best[1].name]
    return best[1] if not rivals or best[0] >= 1.25 * max(rivals) else None


_FIRST = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b(?:['’](?:ve|re|d|ll))?")
_QUOTE = re.compile(r"[\"“][^\"“”]{2,}[\"”]")
_SAID = re.compile(r"\b(?:said|says|added|told|explained|according\s+to)\b")


def _speaker(text: str, start: int, end: int, mentions: list[Mention], quotes: list[tuple[int, int]]) -> Mention | None:
    """The company of a quote's speaker: "..., said Jane Roe, co-founder of Halcyon" -> Halcyon."""
    outside = [m for m in mentions if m.type == "Company" and not any(a <= m.start < b for a, b in quotes)]
    said = _SAID.search(text, start, end)
    if said is None or any(a <= said.start() < b for a, b in quotes):
        return None
    near = [m for m in outside if abs(m.start - said.start()) < 90]
    return near[0] if len(near) == 1 else None


def _sentence_end(text: str, pos: int, limit: int) -> int:
    """Where the sentence that ``pos`` is in ends, or ``limit`` if that comes first."""
    dot = text.find(". ", pos, limit)
    return dot if dot >= 0 else min(limit, len(text))


def _only_products(mentions: list[Mention], s: int, e: int, makers: dict[str, Mention]) -> bool:
    """Whether the names within ``[s, e]`` are exactly one product whose maker is known (the modifier of "the ChatGPT maker")."""
    inside = [x for x in mentions if s <= x.start and x.end <= e + 1 and x.type in ("Company", "Product", "Unknown")]
    return len(inside) == 1 and (inside[0].type == "Product" and inside[0].entry is not None and bool(inside[0].entry.owner)
                                 or inside[0].name in makers)


def _word_before(text: str, lo: int, pos: int) -> str:
    """The word just before ``pos`` (within ``text[lo:pos]``), or "" when a space does not end that stretch."""
    if pos <= lo or text[pos - 1] != " ":
        return ""
    words = text[lo:pos].split()
    return words[-1] if words else ""


def _after_owner(text: str, pos: int, mentions: list[Mention]) -> int:
    """Where the name after an owner's possessive at ``pos`` starts ("on Google's Play Store": the store), or -1."""
    owner = next((x for x in mentions if x.start == pos and x.type in ("Company", "Unknown")), None)
    if owner is None or not text.startswith(("'s ", "’s "), owner.end):
        return -1
    return owner.end + 3


def _copy(m: Mention, s: int, e: int, surface: str) -> Mention:
    return Mention(s, e, m.name, m.type, surface, m.entry, m.known, anaphor=True,
                   extra={"government": True} if m.extra.get("government") else {})


def resolve_sentence(text: str, start: int, end: int, mentions: list[Mention], disc: Discourse, gaz: Gazetteer):
    """Add resolved anaphors to ``mentions``; return ``(mentions, based_in pairs)``.

    ``based_in`` pairs are ``(company name, country name, mention)`` read from
    descriptions such as "the US start-up".
    """
    occupied = [(m.start, m.end) for m in mentions]

    def free(s: int, e: int) -> bool:
        return not any(s < oe and os < e for os, oe in occupied)

    def free_of_names(s: int, e: int) -> bool:
        return not any(s < x.end and x.start < e for x in mentions if x.type in ("Company", "Product"))

    anaphors = []
    asc = ascii_rules()
    seg = text[start:end]
    for m in (_PRON.asc if asc else _PRON.uni).finditer(text, start, end) if "it" in seg or "It" in seg else ():  # (the pronoun's letters first)
        if free(m.start(), m.end()):
            anaphors.append(("pron", m))
    same = []
    for m in chain((_DEF.asc if asc else _DEF.uni).finditer(text, start, end) if "he" in seg else (),  # ("the"'s letters first)
                   _GOV_DEF.finditer(text, start, end) if "government" in seg else (),
                   _TERM_DEF.finditer(text, start, end) if "he Company" in seg or "he Group" in seg else ()):
        mods = m.group("mods")
        if re.search(r"(?<![\w-])(?:two|three|both|other|same|first|second|largest|biggest)(?![\w-])", mods):
            if mods.startswith("same ") and free_of_names(m.start(), m.start("noun") + len(m.group("noun"))):
                same.append(m)
            continue
        if text.endswith(" as ", max(start, m.start() - 4), m.start()) and _ROLE_AS_BEFORE.search(text, max(start, m.start() - 120), m.start()):
            continue  # "named Groq as the exclusive inference provider": a role, not a company named before
        if not m.group("poss") and m.group("noun") in _ROLE_NOUNS and text.endswith((" became ", " becomes "), max(start, m.start() - 9), m.start()):
            continue  # "Sumpu Capital became the lead investor": the role it took, not a company named before
        if free_of_names(m.start(), m.start("noun") + len(m.group("noun"))) or (
                m.group("noun") in _MAKER_NOUNS and _only_products(mentions, m.start("mods"), m.end("mods"), disc.makers)):
            anaphors.append(("def", m))  # "the ChatGPT maker" too: a product's maker
    for m in same:  # "Amazon's investment in Anthropic and Google's stake in the same start-up": the company just named, not its holder
        here = [x for x in mentions if start <= x.start and x.end <= m.start() and x.type in ("Company", "Unknown")
                and not text.startswith(("'s", "’s"), x.end) and _OBJECT_BEFORE.search(text, max(start, x.start - 20), x.start)]
        if here:
            a_end = m.start("noun") + len(m.group("noun"))
            mentions = [*mentions, _copy(here[-1], m.start(), a_end, text[m.start():a_end])]
            occupied.append((m.start(), a_end))
    mentions.sort(key=attrgetter("start"))
    if ((" we" in seg or "We" in seg or " our" in seg or "Our" in seg or " us" in seg or "“we" in seg or '"we' in seg)
            and _FIRST.search(text, start, end)):
        quotes = [q.span() for q in _QUOTE.finditer(text, start, end)]
        speaker = _speaker(text, start, end, mentions, quotes) if quotes else None
        if speaker is not None:
            disc.speaker = speaker
        for m in _FIRST.finditer(text, start, end):
            if any(x.start < m.end() and m.start() < x.end and not _FIRST.fullmatch(x.surface) for x in mentions):
                continue
            quoted = any(a < m.start() < b for a, b in quotes)
            who = (speaker or disc.speaker or disc.author) if quoted else disc.author
            if who is not None:
                mentions = [x for x in mentions if not (x.start < m.end() and m.start() < x.end)]  # "We've" read as a name
                mentions.append(_copy(who, m.start(), m.end(), m.group()))
                occupied.append(m.span())
        mentions.sort(key=attrgetter("start"))
    if disc.author is not None and ("Group" in seg or "Company" in seg or "Firm" in seg or "Bank" in seg or "Fund" in seg):
        for m in _SELF.finditer(text, start, end):  # "the Group" of an annual report: the company reporting
            if any(x.start < m.end() and m.start() < x.end and x.type not in ("Unknown",) for x in mentions):
                continue
            mentions = [x for x in mentions if not (x.start < m.end() and m.start() < x.end)]
            mentions.append(_copy(disc.author, m.start(), m.end(), m.group()))
            occupied.append(m.span())
        mentions.sort(key=attrgetter("start"))
    for m in _PDEF.finditer(text, start, end) if _PDEF_WORDS.search(seg) else ():
        if not free(m.start(), m.end()):
            continue
        here = [x for x in mentions if x.type == "Product" and x.end <= m.start()]
        platform_word = m.group().endswith(("service", "platform"))
        if not platform_word:  # "The software is also available on the ArcGIS Marketplace": not the marketplace named before
            here = [x for x in here if not _is_platform(x)]
        recent = here[-1:] or next((q[-1:] for p in reversed(disc.products[-2:])
                                    if (q := [x for x in p if platform_word or not _is_platform(x)])), [])
        if platform_word and recent and _is_platform(recent[0]) and not here and _PDEF_AVAILABLE.match(text, m.end()):
            # "WildWindow streams 60 cameras. The service has been available on the App Store": a service put on a store is the
            # product, not a platform named earlier (nor the store after it)
            recent = next((q[-1:] for p in reversed(disc.products[-2:]) if (q := [x for x in p if not _is_platform(x)])), [])
        kind = _PDEF_KIND.search(m.group())
        if kind and here and kind.group()[0] in "mMwW" and (fit := [x for x in here if not _is_platform(x) and not _NOT_A_MODEL.match(text, x.end)]) != here:
            here = fit  # "offers Command R+ through its OCI Generative AI service, and the model is ...": not the service
            recent = here[-1:] or next((p[-1:] for p in reversed(disc.products[-2:]) if p), [])
        if kind and not here:  # "the model": the last product the text called a model, not a tool named after it
            named = [x for p in disc.products[-2:] for x in p if _KIND_NEAR[kind.group()[:4].lower()].search(
                text, x.end, _sentence_end(text, x.end, x.end + 60))]  # "Claude 3.7 Sonnet, its first reasoning model"
            recent = named[-1:] or recent
            if m.group().endswith("weights"):
                recent = _most_named(disc.product_refs) or recent  # "The weights can be downloaded": the model the text is about
        if not here and disc.history and not (disc.products and [x for x in disc.products[-1] if not _is_platform(x)]) and (made := [
                x for x in disc.history[-1] if x.type == "Unknown" and (x.name in disc.made or _MAKES_BEFORE.search(text, max(0, x.start - 14), x.start))]):
            recent = made[-1:]  # "Kestrel Labs makes Vela Scan. The app has been on the App Store since 2023.": what it makes
            disc.made.add(made[-1].name)
        if recent:  # "Telekom's cloud arm hosts the tool": the product just named
            mentions.append(_copy(recent[0], m.start(), m.end(), m.group()))
            occupied.append(m.span())
    for m in _PLURAL_PDEF.finditer(text, start, end) if disc.name_list and ("oth" in seg or "two" in seg or "models" in seg
                                                                                         or "them" in seg or "They" in seg) else ():
        if not free(m.start(), m.end()):
            continue
        if m.group() == "them" and _word_before(text, max(start, m.start() - 16), m.start()) not in _PLURAL_VERBS:
            continue  # "them" only as what a platform takes: "added them to Vertex AI", "made them available"
        if m.group() == "them" and _PLURAL_NOUN_BEFORE.search(text, start, m.start()) and not any(
                start <= x.start < m.start() for x in disc.name_list):
            continue  # "develops open-weight models and makes them available": the models just named by their noun, not an earlier list
        pair = disc.name_list
        for k, x in enumerate(pair):  # one mention of each at the phrase; the masker lists them ("«P3» and «P4»")
            member = _copy(x, m.start(), m.end(), m.group())
            if k:
                member.extra = {**member.extra, "member": True}
            mentions.append(member)
        occupied.append(m.span())
    for m in _THERE.finditer(text, start, end) if " there" in seg else ():
        # "available only on Bedrock, and DeepSeek-R1 has been offered there": the platform just named
        if not free(m.start("t"), m.end("t")):
            continue
        here = [x for x in mentions if x.end <= m.start() and _is_platform(x)]
        if not here:
            here = [x for x in (disc.products[-1] if disc.products else []) + (disc.history[-1] if disc.history else [])
                    if _is_platform(x)]
            here.sort(key=attrgetter("start"))
        if here:
            place = _copy(here[-1], m.start("t"), m.end("t"), m.group("t"))
            place.extra = {**place.extra, "mask_prefix": "on "}
            mentions.append(place)
            occupied.append(m.span("t"))
    for m in _PDEF_OBJ.finditer(text, start, end) if "the " in seg and ("model" in seg or "family" in seg or "chip" in seg
                                                                      or "accelerator" in seg or "processor" in seg or "weights" in seg) else ():
        if not free(m.start("np"), m.end("np")):
            continue
        near = _KIND_NEAR[m.group("kind")[:4].lower()]
        seen = [x for p in disc.products for x in p] + [x for x in mentions if x.end <= m.start() and (x.type == "Product" or x.type == "Unknown" and _MODEL_APPOS.match(text, x.end))]
        seen = [x for x in seen if not _is_platform(x)]  # a model is not on the platform it is put on
        named = [x for x in seen if near.search(text, x.end, _sentence_end(text, x.end, x.end + 60))]
        recent = named[-1:] or seen[-1:]  # the last product the text called a model (a family, a chip), else the last one
        if m.group("kind") == "weights" and not any(x.start >= start for x in named):
            recent = _most_named(disc.product_refs) or recent  # "Google put the weights on Hugging Face": the model the text is about
        if recent:
            mentions.append(_copy(recent[0], m.start("np"), m.end("np"), m.group("np")))
            occupied.append(m.span("np"))
    for m in _THE_COUNTRY.finditer(text, start, end) if "he country" in seg else ():
        # "Indosat Ooredoo Hutchison, the country's second-largest operator": the one country this sentence or the last named
        here = {x.name: x for x in mentions if x.type == "Country" and x.end <= m.start()}
        country = next(iter(here.values())) if len(here) == 1 else disc.last_country if not here else None
        if country is not None and free(m.start(), m.end()):
            copy = _copy(country, m.start(), m.end(), m.group())
            copy.country = country.country or country.name
            mentions.append(copy)
            occupied.append(m.span())
    mentions.sort(key=attrgetter("start"))
    anaphors.sort(key=lambda a: a[1].start())
    based: list[tuple[str, str, Mention]] = []
    for m in _MAKER_OF.finditer(text, start, end) if " of " in seg and has_any(seg, _MAKER_OF_NOUNS) else ():
        # "the San Francisco maker of the Claude chatbot": whoever makes that product
        prod = next((x for x in mentions if x.start == m.end() and x.type == "Product"), None)
        owner = prod.entry.owner if prod is not None and prod.entry is not None else None
        if owner is None and prod is not None and m.start() == start and disc.focus is not None and disc.focus.type == "Company":
            owner = disc.focus.name  # "6. Carbon Robotics ... The Seattle-based maker of the LaserWeeder raised ...": the company in focus
        if owner is None or not free_of_names(m.start(), m.end("noun")):
            continue
        if any(x.end < m.start() and x.type in ("Company", "Unknown") and x.name != owner and _COMMA_GAP.fullmatch(text, x.end, m.start())
               for x in mentions):
            continue  # "Sega bought Rovio, the Espoo maker of Angry Birds": the apposition's name made it (the gazetteer has its new owner)
        seen = disc.mentions.get(owner)
        entry = gaz.get(owner)
        target = seen or (Mention(m.start(), m.end("noun"), owner, "Company", owner, entry, True) if entry is not None else None)
        if target is None:
            continue
        new = _copy(target, m.start(), m.end("noun"), text[m.start():m.end("noun")])
        mentions.append(new)
        occupied.append((new.start, new.end))
        for x in mentions:
            if m.start("mods") <= x.start and x.end <= m.end("mods") and x.type in ("Place", "Demonym", "Country") and x.country:
                based.append((owner, x.country, new))
                disc.based_in.setdefault(owner, x.country)
    mentions.sort(key=attrgetter("start"))
    all_m = list(mentions)

    def attach(target: Mention, a_start: int, a_end: int) -> Mention:
        """The anaphor at ``text[a_start:a_end]`` names ``target``: add it as a mention and take its span."""
        new = _copy(target, a_start, a_end, text[a_start:a_end])
        all_m.append(new)
        all_m.sort(key=attrgetter("start"))
        occupied.append((a_start, a_end))
        return new

    roles = _role_ends(text, all_m) if anaphors else frozenset()
    for kind, m in anaphors:
        a_start = m.start()
        a_end = m.end() if kind == "pron" else m.start("noun") + len(m.group("noun"))
        before = [x for x in all_m if x.end <= a_start and x.type in ("Company", "Unknown") and x.end not in roles]
        if before and text[start:start + 1] == "A" and (src := _SOURCE_OPENER.match(text, start, a_start)) is not None:
            before = [x for x in before if x.start >= src.end()]  # "According to filings at the Registry, it raised ...": a source, not it
        target: Mention | None = None
        places: list[str] = []
        if kind == "pron" and m.group().lower() == "it" and (_AVAILABLE_AFTER.match(text, m.end(), end)
                                                            or _word_before(text, max(start, a_start - 16), a_start) in _HOST_VERBS
                                                            or ((on := _ON_AFTER.match(text, m.end(), end)) is not None
                                                                and (spots := (on.end(), _after_owner(text, on.end(), all_m))) and any(
                                                                x.start in spots
                                                                and (_is_platform(x) or x.entry is None and x.name.endswith((" Marketplace", " Store")))
                                                                for x in all_m))):
            prods = [x for x in all_m if x.end <= a_start and (x.type == "Product" or x.type == "Unknown" and _PRODUCT_NOUN_BEFORE.search(
                text, max(start, x.start - 30), x.start))] or (disc.products[-1] if disc.products else [])
            prods = [x for x in prods if not _is_platform(x)]  # "added it to watsonx.ai": not Cortex AI
            if len(prods) > 1 and (held := [x for x in prods if not _HOST_SLOT_BEFORE.search(text, max(0, x.start - 40), x.start)]):
                prods = held  # "X is on AppExchange, letting marketers who run Salesforce's Marketing Cloud install it. It ...": not a host
            if not prods:  # "made Llama 4 Scout available in Cortex AI and IBM added it to watsonx.ai": the unknown name made available
                prods = [x for x in all_m if x.end <= a_start and x.type == "Unknown" and _MADE_AVAILABLE.match(text, x.end, a_start)]
            if not prods and not before and disc.history:  # "Kestrel Labs makes Kestrel Crowd. It has been available on ...": what the last sentence's maker makes
                prods = [x for x in disc.history[-1] if x.type == "Unknown" and (x.name in disc.made or _MAKES_BEFORE.search(text, max(0, x.start - 14), x.start))]
                disc.made.update(x.name for x in prods[-1:])  # a product, never "its" maker
            if prods:  # "Orvane released Vela-3. It is available on Hugging Face.": the product
                attach(prods[-1], a_start, a_end)
                continue
        if (kind == "pron" and not before and m.group() in ("its", "their") and text[start] in "AIFWDTUS"
                and (fr := _FRONTED_POSS.match(text, start)) and a_start < fr.end()
                and (subj := next((x for x in all_m if x.start == fr.end() and x.type in ("Company", "Unknown")), None))
                and not text.startswith(("'s", "’s"), subj.end)):
            target = subj  # "At its developer conference in Seattle, Microsoft made ...": the subject's own
        elif kind == "pron":
            if before:
                near = before[-1]
                invested = None
                if _REL.search(text[near.end:a_start]) and not (
                        m.group().lower() == "it" and re.fullmatch(r",?\s+(?:which|that)\s+", text[near.end:a_start])):
                    target = near  # "Tesla, which builds cars that run its software"; not "Tamr, which it acquired"
                    if (m.group().lower() == "it" and (obj := _REL_OBJECT_IT.fullmatch(text, near.end, a_start)) is not None
                            and not _REL_NOT_OBJECT.search(obj.group("words"))):
                        # "Alamy has been owned by PA Media Group, which bought it": the clause's object is not its subject but the
                        # last other company ("Cinven agreed to buy Idealista from EQT, which had bought it in 2020"), not one named
                        # with it ("controlled by Permira and the Canada Pension Plan Investment Board, which took it private");
                        # with no other company before it, "it" may be a thing ("Crusoe, which leases it to Oracle")
                        target = next((x for x in reversed(before) if x.name != near.name
                                       and not _COORDINATED.fullmatch(text, x.end, near.start)), near)
                    if m.group().lower() == "its" and _INVESTED_IN.search(text, near.end, a_start):
                        # "X is backed by A and B, which co-led its Series B": the round is the company's that was backed, not B's
                        others = [x for x in before if x.name != near.name and x.type == "Company" and not _PREP_BEFORE.search(
                            text, max(start, x.start - 6), x.start)]
                        target = others[0] if others else (disc.focus if disc.focus is not None and disc.focus.name != near.name else near)
                elif (m.group().lower() == "it" and (obj := _APPOS_THAT_IT.fullmatch(text, near.end, a_start)) is not None
                      and not _REL_NOT_OBJECT.search(obj.group("words"))
                      and (other := next((x for x in reversed(before) if x.name != near.name
                                          and not _COORDINATED.fullmatch(text, x.end, near.start)), None)) is not None):
                    target = other  # "Yelverton Safes, ... belonged since 2019 to Stannington Group, the holding company that bought it":
                    # the relative clause after the apposition has its head for subject, so "it" is the last other company
                elif (m.group().lower() == "it" and re.fullmatch(r",?\s+(?:which|that)\s+", text[near.end:a_start])
                      and not [x for x in before if x.name != near.name] and disc.focus is not None and disc.focus.name != near.name):
                    target = disc.focus  # "Heidi Evidence, which it released in June": the maker the text is about, not the product
                elif ((invested := _INVESTED_IN.search(text, near.end, a_start)) and before[0].name != near.name
                        and before[0].type == "Company" and _SAID.search(text, before[0].end, near.start)):
                    target = before[0]  # "Hanbit said SK Telecom's arm had led its Series A": the sentence's subject's
                elif (near is not before[0] and near.type in ("Company", "Unknown") and not near.anaphor
                      and _INVESTING_IN.fullmatch(text, near.end, a_start)):
                    target = near  # "Halvex doubled down on Quiverline, leading its Series B": the object's round
                elif (invested and disc.focus is not None
                        and disc.focus.name != near.name):
                    target = disc.focus  # "Greylock led its Series A": its = the company invested in
                elif _ON_ITS.fullmatch(text, near.end, a_start) and _ADVISED.search(text, max(start, near.start - 40), near.start):
                    target = near  # "Goldman advised Alphabet on its acquisition": the client's
                elif (m.group().lower() == "its" and text.startswith(" with ", near.end) and near.end + 6 == a_start and not near.anaphor
                      and (near.start == start or _LISTED_BEFORE.search(text, max(start, near.start - 12), near.start))):
                    # "including Huawei with its Ascend chips and Cambricon with its Siyuan accelerators": each its own
                    # (not "Workday may integrate Fennick with its agents": a verb's "with")
                    target = near
                else:
                    target = before[0]
                    colon = text.rfind(": ", start, a_start)
                    if colon >= 0 and (after := [x for x in before if x.start > colon]):
                        target = after[0]  # "Adobe has hedged: Adobe Ventures was among the backers of Synthesia, and it joined ...": the colon's clause
                    fronted = _CONTRAST.match(text, start)
                    if fronted is not None and not _REL_AFTER_COMMA.match(text, fronted.end(), a_start):
                        # "Besides Run:ai, it bought Deci": not the company set aside (but "Compared with DT, which has signed up
                        # Perplexity for its AI Phone": the relative clause's own subject)
                        comma = text.find(",", fronted.end(), a_start)
                        rest = [x for x in before if comma >= 0 and x.start > comma]
                        bare = comma < 0 and not text[near.end:a_start].strip()  # "Besides Scopely it paid ...": no comma after the aside
                        target = rest[0] if rest else (disc.focus if disc.focus is not None and (comma >= 0 or bare)
                                                       and disc.focus.name not in {x.name for x in before} else target)
                    cut = None
                    for j in (_CLAUSE_CUT_IT if m.group().lower() == "it" else _CLAUSE_CUT).finditer(text, start, a_start):
                        cut = j
                    if cut is not None:  # "X bought Y, and Z said it had raised $8m": the pronoun's own clause's subject
                        own = [x for x in before if x.start >= cut.end() and x.type == "Company"]
                        if own and not own[0].anaphor:
                            target = own[0]
                    if (m.group().lower() == "it" and target is before[0] and near.name != target.name
                            and _IT_AS_OBJECT.search(text, max(start, a_start - 12), a_start)
                            and not any(x.start > target.end and _REPORTED_BEFORE.search(text, target.end, x.start) for x in before)
                            and not any(_SUBJECT_GAP.fullmatch(text, j.end(), x.start)
                                        for j in _SUBORDINATE.finditer(text, target.end, a_start) for x in before if x.start >= j.end())):
                        # "Microsoft was CoreWeave's biggest customer ... and has signed contracts with it": not Microsoft, but the
                        # last other company (not a name inside a longer mention: "the Livingston, New Jersey company")
                        others = [x for x in before if x.name != target.name
                                  and not any(y is not x and y.start <= x.start and x.end <= y.end for y in before)]
                        target = others[-1] if others else target
                    if m.group().lower() == "it" and near is target and _STAKE_OF_IT.search(text, max(start, a_start - 30), a_start):
                        # "Doctrine is a good company, and since Summit Partners bought a majority of it in 2023": not the buyer, but
                        # the last other company named before (else the one the text is most about)
                        others = [x for x in before if x.name != target.name and x.type in ("Company", "Unknown")]
                        if others:
                            target = others[-1]
                        elif (about := max((n for n in disc.salience if n != target.name and n in disc.mentions
                                            and disc.mentions[n].type in ("Company", "Unknown")), key=disc.salience.get, default=None)):
                            target = disc.mentions[about]
                    if (m.group() == "it" and target is before[0] and near is not target and near.type in ("Company", "Unknown")
                            and _POSS_SINCE_IT.fullmatch(text, near.end, a_start)):
                        target = near  # "The Light Year deal is Meituan's biggest since it bought Mobike": the possessor's own deal
                    if (m.group() == "it" and target is before[0] and near is not target and not near.anaphor
                            and _WHEN_IT.search(text, max(start, a_start - 8), a_start) and _MAIN_VERB.match(text, near.end)
                            and not any(c in text[near.end:a_start] for c in ",;:")):
                        target = near  # "the team Cisco gained when it acquired Robust Intelligence": the subordinate clause's host's subject
                    if cop := _COPULA_BEFORE.fullmatch(text, near.end, a_start):
                        # "Amazon put $8bn into Anthropic, and AWS remains its primary training partner": not AWS's own,
                        # nor, in "Naver, which invested in 2021, and KIP are among its shareholders", Naver's
                        first = near
                        for x in reversed(before[:-1]) if cop.group("v") in _PLURAL_COPULAS else ():  # a plural verb's list of subjects
                            if not _LIST_GAP.fullmatch(text, x.end, first.start):
                                break
                            first = x
                        subject = {x.name for x in before if x.start >= first.start}
                        other = [x for x in before if x.end <= first.start and x.name not in subject]
                        target = (other[-1] if other else disc.focus if disc.focus is not None and disc.focus.name not in subject
                                  else target)
            if (target is not None and target is before[-1] and m.group().lower() in ("its", "their") and disc.focus is not None
                    and disc.focus.name != target.name and _OWN_APPOS.fullmatch(text, target.end, a_start)):
                target = disc.focus  # "Tessel Capital, its largest shareholder, ...": the apposition names Tessel's role elsewhere
            if (target is None and not before and m.group().lower() in ("it", "its") and disc.history and len(disc.history[-1]) == 1
                    and disc.history[-1][0].type == "Company" and (disc.focus is None or disc.history[-1][0].name != disc.focus.name)
                    and _AT_END_PP.search(text, max(0, start - 60), start)):
                target = disc.history[-1][0]  # "... a run of AI deals at Visa. In December it completed ...": the one company just named
            if target is None and disc.focus is not None:
                target = disc.focus
        else:
            noun = m.group("noun").lower()
            if _YOUNG.search(m.group("mods")):
                noun = "start-up"  # "the young firm" is no giant, and not the fund that backed it
            if noun in _ROLE_NOUNS and _NOUN_AFTER.match(text, m.end(), end):
                continue  # "from the investor side": a modifier, not a company
            appos = (before and not m.group("poss") and re.fullmatch(r"\s*(?:,|—|–|--)\s*", text[before[-1].end:a_start])
                     and not looks_like_person(before[-1].name))  # (not "Elad Gil, the Silicon Valley investor": who last invested)
            if noun in _ROLE_NOUNS and not appos:  # (but "The AI Infrastructure Partnership, the lead buyer, ...": the apposition's head)
                role = disc.last_deal.get(_ROLE_NOUNS[noun])
                if role is not None:  # "The buyer already works with Oracle": who last bought
                    attach(role, a_start, a_end)
                    continue
            mods_span = (m.start("mods"), m.end("mods"))
            inner = [x for x in mentions if mods_span[0] <= x.start and x.end <= mods_span[1] + 1]
            made = [x for x in inner if (x.type == "Product" and x.entry is not None and x.entry.owner) or x.name in disc.makers] if noun in _MAKER_NOUNS else []
            if made and len(inner) == 1:
                # "the ChatGPT maker", "the iPhone maker": whoever the gazetteer says makes it; "the Vela developer": whoever the text said
                if made[0].name in disc.makers:
                    target = disc.makers[made[0].name]
                else:
                    owner = made[0].entry.owner
                    target = disc.mentions.get(owner)
                    if target is None and gaz.get(owner) is not None:
                        target = Mention(a_start, a_end, owner, "Company", owner, gaz.get(owner), True)
                if target is not None:
                    attach(target, a_start, a_end)
                continue
            if any(x.type in ("Company", "Product") for x in inner):
                continue
            comma = text.find(",", *mods_span)
            city = [] if comma < 0 else [x.name for x in inner if x.start < comma and x.type == "Place"]
            if comma >= 0:  # "the Cambridge, Massachusetts-based company": the city is where, the state says which country
                inner = [x for x in inner if x.start > comma]
            inner = [x for x in inner if not text.startswith(_NOT_SEAT_AFTER, x.end)]
            # "the French-language broadcaster": a language; "the Stockholm-listed supplier": where its shares trade; no seat
            countries = [x.country for x in inner if x.type in ("Demonym", "Country") and x.country]
            places = city or [x.name for x in inner if x.type == "Place"]
            place_countries = [x.country for x in inner if x.type == "Place" and x.country]
            countries = countries + [c for c in place_countries if c not in countries]  # a company known elsewhere is not it
            if (before and (m.group("poss") or _INVESTED_IN_BEFORE.search(text, max(start, a_start - 24), a_start) and len({x.name for x in before}) >= 2
                            and not text.startswith(("'s", "’s"), before[0].end))
                    and disc.focus is not None and _INVESTED_IN.search(text, before[-1].end, a_start)
                    and (_REL.match(text[before[-1].end:a_start]) or _APPOS_REL.match(text, before[-1].end, a_start))
                    and disc.focus.name not in {x.name for x in before if not text.startswith(("'s", "’s"), x.end)}
                    and (disc.focus.type == "Company" or disc.focus.known or not looks_like_person(disc.focus.name) and city_country(disc.focus.name) is None)
                    and _compatible(disc.focus, noun, countries, places, disc, False)):
                target = disc.focus  # "A joined, as did B, which led the company's seed round" ("..., which backed the company at
                # seed stage"): the company in focus, not a backer
                other = next((x for x in before if x.name != before[0].name), None)
                if other is not None and before[0].type in ("Company", "Unknown") and _RAISER_VERB.search(text, before[0].end, other.start):
                    target = before[0]  # "X said it had raised a Series A led by A, with B, which led the company's seed round": X
            elif (before and _PARTICIPLE.match(text, start, a_start) and disc.focus is not None
                    and _compatible(disc.focus, noun, countries, places, disc, False)):
                target = disc.focus  # "Bought in 2023 by X, the start-up ...": not X, but what the text is about
            elif (before and _REPORTING.match(text, m.end(), end) and re.fullmatch(r".*,\s*", text[before[-1].end:a_start], re.S)
                    and _PREP_BEFORE.search(text, max(start, before[0].start - 12), before[0].start) and disc.focus is not None
                    and disc.focus.name not in {x.name for x in before} and _compatible(disc.focus, noun, countries, places, disc, False)):
                target = disc.focus  # "The round was led by A, with B, the San Francisco-based company said": who the text is about
            elif (before and _REPORTING.match(text, m.end(), end) and re.fullmatch(r".*,\s*", text[before[-1].end:a_start], re.S)
                    and not countries and not places and _compatible(before[0], noun, countries, places, disc, False)):
                target = before[0]  # "X raised money from Y, the company said": the sentence's subject
                if (_listed(text, before[0], all_m) and disc.focus is not None and disc.focus.name not in {x.name for x in before}
                        and _compatible(disc.focus, noun, countries, places, disc, False)):
                    target = disc.focus  # "A, B and C also took part, the company said": not one of the listed, but who the text is about
            elif (before and len(before) >= 2 and _STAKE_IN_BEFORE.search(text, max(start, a_start - 30), a_start)
                    and _RECIPIENT_AFTER.match(text, before[0].end) and _compatible(before[0], noun, countries, places, disc, False)):
                target = before[0]  # "Genesys said it had received $1.5bn from A and B, with both taking stakes in the Menlo Park company"
            elif before and re.fullmatch(r"\s*(?:,|—|–|--)\s*", text[before[-1].end:a_start]) and not m.group("poss"):
                target = before[-1]  # apposition (but "Genesys Cloud, the company's suite": the company owns the head)
            elif (before and _COPULA_BETWEEN.fullmatch(text, before[-1].end, a_start) and not m.group("poss")
                    and not _RELATIONAL_AFTER.match(text, m.end())  # "X is the main supplier to Y": the role, read as a relation
                    and before[-1].type in ("Company", "Unknown") and _compatible(before[-1], noun, countries, places, disc, False)):
                target = before[-1]  # "Naver is the Seongnam-based portal operator": the predicate describes the subject
            elif before and _FRONTED.match(text, start, a_start) and _compatible(before[0], noun, countries, places, disc, False):
                target = before[0]  # "When X took $45m from Y, the start-up ...": the subordinate clause's subject
            deal_object = _DEAL_OBJECT_BEFORE.search(text, max(start, a_start - 40), a_start) is not None if before else False
            partner_then_bought = (deal_object and len(before) > 1 and not _SUBJECT_BETWEEN.search(text, before[0].end, a_start)
                                   and any(text.endswith(" with ", max(start, y.start - 6), y.start) for y in before[1:]))
            own_purchase = deal_object and not m.group("poss") and all(y.name == before[0].name for y in before) and not (
                _SUBJECT_BETWEEN.search(text, before[0].end, a_start))
            if target is None:
                for strict in (True, False):
                    subject = None
                    for i, x in enumerate(reversed(before)):
                        between = text[x.end:a_start]
                        if i == 0 and x.anaphor and any(y.name == x.name and re.fullmatch(r"\s*,\s*", text[y.end:x.start]) for y in before):
                            between = re.sub(r"^\s*,", "", between)  # "Saab, the Swedish group, took a stake in the company"
                        if i == 0 and m.group("poss") and _COPULA_BETWEEN.fullmatch(between) and _compatible(x, noun, countries, places, disc, False):
                            target = x  # "It is the company's largest round": a copula's possessive description is its subject's
                            break
                        if i == 0 and (not _BOUNDARY.search(between) or _REL.search(between) or not m.group("poss") and _REL_PAST_APPOS.search(between)):
                            subject = x
                            continue  # the subject of the same clause (or of the relative clause it heads)
                        if subject is not None and x.name == subject.name:
                            continue
                        if (subject is not None and not m.group("poss") and _CO_SUBJECT.fullmatch(text, x.end, subject.start)
                                and _OPENING_WORDS.fullmatch(text, start, x.start)):
                            continue  # "EQT and Canada's CPP Investments bought control of the company": a co-subject is not it either
                        if _ARM_OF_BEFORE.search(text, max(start, x.start - 60), x.start):
                            continue  # "Maasstad Ventures, the corporate venture arm of publisher Maasstad Media Groep, ... led the company's
                            # seed round": an arm's parent, named to say whose arm it is, is not the company the round is for
                        if x is before[0] and (partner_then_bought or own_purchase):
                            continue  # "Bodensee Privatbank signed an agreement with Heslach Digital and bought 9 per cent of the
                            # start-up": the buyer is not what it bought, but the partner it signed with ("Strathbeg Holdings, an
                            # Aberdeen family office, owns 60 per cent of the company": the company the text is about)
                        if x.type == "Unknown" and (x is not before[0] and not partner_then_bought or _PRODUCT_PREDICATE.match(text, x.end)):
                            continue  # "the start-up" names a company; an unknown name only as the sentence's subject,
                            # and not one the sentence offers ("Chemistry42 has been offered through ..., and the company")
                        if _listed(text, x, all_m) or (i > 0 and not countries and not places and _paired(text, x, all_m)):
                            continue  # "A, B and C participated; ... the company": one of a list is no singular antecedent
                            # (nor one of a pair named before the clause: "A and B participated, alongside C, which led the company's seed round")
                        if places and any(y.type == "Place" and y.name not in places and x.end < y.start < a_start
                                          and _APPOS_TO_PLACE.fullmatch(text, x.end, y.start) for y in all_m):
                            continue  # "Bramling Ventures, a Bristol fund, led a round in the Leeds company": not a company the
                            # sentence puts in another town
                        if _compatible(x, noun, countries, places, disc, strict):
                            if text.startswith(("'s", "’s"), x.end) and not m.group("poss"):
                                earlier = before[:len(before) - 1 - i]
                                holder = next((y for y in earlier if y.type == "Company" and not text.startswith(("'s", "’s"), y.end)
                                               and (subject is None or y.name != subject.name) and y.name != x.name
                                               and not _listed(text, y, all_m) and _compatible(y, noun, countries, places, disc, strict)), None)
                                if holder is not None and not re.fullmatch(r"\s*,\s*", text[holder.end:x.start]):
                                    # "Broadcom co-designed Google's TPUs, and Meta works with the company": not a possessor (but in
                                    # "Kestrel, Orvane's largest shareholder, agreed to buy the rest of the company" the possessor)
                                    x = holder
                            target = x
                            break
                    if (target is None and (described := _described_as(noun, disc, subject)) is not None
                            and (disc.focus is None or disc.described.get(disc.focus.name) != _kind_noun(noun))
                            and _compatible(described, noun, countries, places, disc, strict)):
                        target = described  # "Lee Acoustics, a Cork start-up ... Last year the start-up raised": the company called one
                    if target is None and subject is None and not before:
                        prev = disc.history[-1] if disc.history else []
                        if (disc.focus is not None and len(prev) == 1 and prev[0] is disc.focus
                                and _compatible(disc.focus, noun, countries, places, disc, strict)):
                            target = disc.focus  # "Honeywell went the other way. Last month the conglomerate ...": the last sentence's subject
                        elif (strict and len(prev) == 1 and prev[0].type in ("Company", "Unknown")
                              and (noun in _FUND_NOUNS or not (_FUND_NAME.search(prev[0].name) or disc.described.get(prev[0].name) == "fund"))
                              # (not "Fondo Mottarone, a Milan private equity fund, ... The group has grown": a fund is no "group")
                              and not text.startswith(("'s", "’s"), prev[0].end)  # (not "built on Alibaba Cloud's Qwen models": a possessor)
                              and _compatible(prev[0], noun, countries, places, disc, True)):
                            target = prev[0]  # "... is Sakana AI. The Tokyo-based lab ...": the one company just named, where it is based
                        else:
                            target = _most_salient(noun, countries, places, disc, strict)  # "In April the company went further."
                        if target is None and disc.author is not None and noun in ("company", "group", "firm") and not strict:
                            target = disc.author  # a release's "the company" is its issuer
                    if (target is None and disc.focus is not None and (subject is None or subject.name != disc.focus.name)
                            and _compatible(disc.focus, noun, countries, places, disc, strict)):
                        target = disc.focus  # not when the focus is this clause's subject ("Dravik agreed to buy the start-up")
                    for typed in (("Company",), ("Company", "Unknown")) if target is None else ():
                        # a company the last sentences named before a bare name ("a parking spot in Fitzroy. The company began")
                        for sent in reversed(disc.history[-3:]):
                            for x in sent:
                                if x.type not in typed or subject is not None and x.name == subject.name:
                                    continue
                                if _listed(text, x, sent):
                                    continue  # "Nvidia, Brookfield, Intel Capital and Salesforce took part. The ... maker said": none of a list
                                if _compatible(x, noun, countries, places, disc, strict):
                                    target = x
                                    break
                            if target:
                                break
                        if target:
                            break
                    if target is None and strict and places and (top := max(  # "the Leeds company": the company the text is most
                            (n for n in disc.salience if (x := disc.mentions.get(n)) is not None and x.type == "Company"),  # about, if
                            key=disc.salience.get, default=None)) is not None:  # the text put it in Leeds, however long ago
                        x = disc.mentions[top]
                        if disc.cities.get(top) and (subject is None or top != subject.name) and _compatible(x, noun, countries, places, disc, True):
                            target = x
                    if target is not None:
                        break
            if target is not None:
                for c in countries:
                    based.append((target.name, c, target))
                    disc.based_in.setdefault(target.name, c)
        if target is None:
            continue
        if (kind == "def" and not m.group("poss") and target.name in disc.investors
                and _INVESTED_IN_BEFORE.search(text, max(start, a_start - 24), a_start)
                and (last := disc.last_deal.get("target")) is not None and last.name != target.name
                and last.name not in {x.name for x in before} and _compatible(last, noun, countries, places, disc, False)):
            target = last  # "Kestrel committed $100m to Tessel. Orvane and Brisa invested in the company": what was invested in, not its backer
        if ((m.group().lower() in ("its", "their") if kind == "pron" else m.group("poss")) and _MADE_NEXT.match(text, a_end)
                and _a_fund(target) and (maker := _likeliest_maker(disc)) is not None):
            target = maker  # "Balderton Capital joined. Its first model, Oriel-0, ...": a fund makes nothing; the company it backed
        new = attach(target, a_start, a_end)
        if places and disc.cities.get(target.name) in places:
            new.extra["placed"] = True  # "the San Francisco company" for the one the text put in San Francisco
    # "X's venture arm" -> "X Ventures"
    out = []
    for x in sorted(all_m, key=attrgetter("start")):
        if x.type in ("Company", "Unknown"):
            arm = _ARM.match(text, x.end, end) if text.startswith(("'s", "’s"), x.end) else None
            if arm:
                fund = gaz.get(x.name + " Ventures") or gaz.get(x.name + " Capital")
                if fund is not None:
                    out.append(Mention(x.start, arm.end(), fund.name, "Company", text[x.start:arm.end()], fund, True, anaphor=True))
                    continue
                # an arm the gazetteer does not know and the text does not name ("GV, Alphabet's venture arm,", "Nvidia's venture
                # arm, NVentures,"): the company through its arm ("SK Telecom's venture arm had led its round")
                if not (text[max(start, x.start - 2):x.start] == ", " or _NAMED_AFTER.match(text, arm.end(), end)):
                    out.append(Mention(x.start, arm.end(), x.name, x.type, text[x.start:arm.end()], x.entry, x.known, anaphor=True))
                    continue
        out.append(x)
    return out, based


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|&)\s*")


def _paired(text: str, x: Mention, mentions: list[Mention]) -> bool:
    """Whether ``x`` is one of two companies joined by "and" ("Vertex Ventures and Antler participated")."""
    if not (text.startswith(" and ", x.end) or text.endswith(" and ", 0, x.start)):
        return False
    return any(m is not x and m.type in ("Company", "Unknown") and (m.start == x.end + 5 or m.end == x.start - 5) for m in mentions)


def _listed(text: str, x: Mention, mentions: list[Mention]) -> bool:
    """Whether ``x`` is one item of a coordinated list of three or more companies ("A, B and C")."""
    after, before = text[x.end:x.end + 5], text[max(0, x.start - 5):x.start]
    if not (after.startswith((",", " and ", " or ", " &")) or before.endswith((", ", "and ", "or ", "& ", ","))):
        return False  # no list glue on either side: the common case, decided without sorting
    names = sorted((m for m in mentions if m.type in ("Company", "Unknown")), key=attrgetter("start"))
    i = next((k for k, m in enumerate(names) if m is x), None)
    if i is None:
        return False
    run = 1
    k = i
    while k > 0 and _LIST_GLUE.fullmatch(text, names[k - 1].end, names[k].start):
        run += 1
        k -= 1
    k = i
    while k + 1 < len(names) and _LIST_GLUE.fullmatch(text, names[k].end, names[k + 1].start):
        run += 1
        k += 1
    return run >= 3


def _product_run(text: str, products: list[Mention]) -> list[Mention]:
    """The first run of two or more products joined as a list ("A and B", "A, B and C"), platforms left out."""
    run: list[Mention] = []
    for m in sorted(products, key=attrgetter("start")):
        if m.entry is not None and m.entry.platform:
            if len(run) >= 2:
                break
            run = []
            continue
        if run and _LIST_GLUE.fullmatch(text, run[-1].end, m.start) and m.name not in {x.name for x in run}:
            run.append(m)
        elif len(run) >= 2:
            break
        else:
            run = [m]
    return run if len(run) >= 2 else []


def _investor_of_focus(m: Mention, disc: Discourse, text: str) -> bool:
    """Is ``m`` a fund just read as a backer of the company in focus ("A Capital, which led the company's seed round, remains a
    shareholder")?  A fund named as a round's sentence's subject goes on describing that company's round, not a story of its own
    (a company that invests, "Nvidia agreed to invest $5bn in Intel", may well be what the text is about)."""
    target = disc.last_deal.get("target")
    investor = disc.last_deal.get("investor")
    return (m.name in disc.investors and (_FUND_NAME.search(m.name) or m.entry is not None and m.entry.kind == "investor"
                                          or _WHICH_LED.match(text, m.end))
            and target is not None and disc.focus is not None and target.name == disc.focus.name
            and investor is not None and investor.name == m.name)


_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’.&-]+\s+){0,5}?(?P<noun>" + _DISTINCT_NOUNS + r")(?![\w-])")
"""An apposition's head noun, where it says what kind of company: "Lee Acoustics, a Cork start-up founded by ..."."""


def _kind_noun(word: str) -> str:
    """One spelling per kind: "startup", "start-ups" -> "start-up"; "chip maker" -> "chipmaker"."""
    word = word.lower()
    if word.startswith(("start", "unicorn")):
        return "start-up"
    return "chipmaker" if word == "chip maker" else word


def _description(text: str, m: Mention) -> str | None:
    """The kind of company a name is described as where it is named: "Lee Acoustics, a Cork start-up" or "the Cork
    start-up Lee Acoustics" -> "start-up"; None for no description or a generic one ("company", "firm", "group")."""
    if text.startswith((", a", ", the"), m.end) and (d := _DESCRIBED_AFTER.match(text, m.end)) is not None:
        return _kind_noun(d.group("noun"))
    if m.start > 2 and text[m.start - 1] == " ":
        word = text[text.rfind(" ", 0, m.start - 1) + 1:m.start - 1]
        if word.lower() in _DISTINCT_WORDS:
            return _kind_noun(word)
    return None


def _described_as(noun: str, disc: Discourse, subject: Mention | None) -> Mention | None:
    """The most talked-about company the text described by ``noun`` ("the start-up" for "Lee Acoustics, a Cork start-up"),
    where ``noun`` is a kind (not "company") and the text described some company so."""
    if not disc.described or (kind := _kind_noun(noun)) not in _DISTINCT_WORDS:
        return None
    best = None
    for name, described in disc.described.items():
        if described == kind and (subject is None or name != subject.name) and (m := disc.mentions.get(name)) is not None:
            if best is None or disc.salience.get(name, 0.0) > disc.salience.get(best.name, 0.0):
                best = m
    return best


def update_focus(text: str, start: int, mentions: list[Mention], disc: Discourse) -> None:
    """Make the first company in the first eight words the focus, and remember the sentence."""
    lead = _LEAD_PARTICIPLE.match(text, start) if text[start:start + 1] in _LEAD_INITIALS else None
    if lead:  # "Backed by A and B, Y builds ...": Y is what the sentence is about
        # "Founded by Jo Andrulis, a former Apple manager, and Sam Wein, Aleph Alpha has ...": the
        # participle runs on through its people's descriptions to the name a main verb follows
        main = next((m for m in mentions if m.start >= lead.end() and m.type in ("Company", "Unknown")
                     and text[m.start - 2:m.start] == ", " and _MAIN_VERB.match(text, m.end)), None)
        start = main.start if main is not None else lead.end()
        mentions = [m for m in mentions if m.start >= start]
    elif text[start:start + 1] in _CONTRAST_INITIALS and _CONTRAST.match(text, start):  # "Unlike X, which bought Y, Z has not ...": Z is what the sentence is about
        main = next((m for m in mentions if m.type in ("Company", "Unknown") and text[max(start, m.start - 2):m.start] == ", "
                     and _MAIN_VERB.match(text, m.end)), None)
        if main is not None:
            mentions = [m for m in mentions if m.start >= main.start]
            start = main.start
    comps = [m for m in mentions if m.type in ("Company", "Unknown")]
    for m in comps:
        if not m.anaphor and m.name not in disc.described and (noun := _description(text, m)) is not None:
            disc.described[m.name] = noun
        if (m.type == "Unknown" and text.endswith(("product, ", "platform, ", "product, the ", "platform, the ", "app, "), start, m.start)
                and _PRODUCT_APPOS_BEFORE.search(text, max(start, m.start - 40), m.start)):
            disc.made.add(m.name)  # "The company's main product, Tarkash Migrate, ...": a product, never "the company"
        elif m.type == "Unknown" and text[m.start - 1:m.start] in ('"', "“") and _QUOTED_PRODUCT_BEFORE.search(text, max(start, m.start - 60), m.start):
            disc.made.add(m.name)  # 'the smartphone application for family members "Nukumori Family"': a product too
    first = next((m for m in mentions if m.type in ("Company", "Product", "Unknown")), None)
    if first is not None and first.type == "Product":
        comps_first = []  # "Wrenfield is built on Anthropic's models": a product's sentence keeps the focus
    else:
        comps_first = comps
    subject = None
    roles = _role_ends(text, comps)
    for m in comps_first:
        if (len(text[start:m.start].split()) <= 8 and (m.type == "Company" or m is first and m.name not in disc.made) and not _listed(text, m, comps)
                and not _AGENT_BEFORE.search(text, max(start, m.start - 40), m.start)
                and not (m.start - start < 40 and _PEOPLE_AT.fullmatch(text, start, m.start))
                and not (text[start:start + 1] in "-•*–" and text.endswith(" with ", start, m.start))  # "- A licence with X": the list's partner
                and m.end not in roles
                and not (disc.focus is not None and _NO_COMMENT.match(text, m.end))  # "Stripe declined to comment.": an aside
                and not (disc.focus is None and _JOINED_IN.match(text, m.end))  # "Verve Ventures also took part.": a backer, no focus
                and not (disc.focus is not None and disc.focus.name != m.name and (
                    m.name in disc.backing or _JOINED_IN.match(text, m.end) or _investor_of_focus(m, disc, text) and _ROUND_WORDS.search(text, start, m.end + 200)
                    or text.startswith(" and ", m.end) and (pair := next((x for x in comps if x.start == m.end + 5), None)) is not None
                    and _JOINED_IN.match(text, pair.end)))):
            # an unknown name leads only as the sentence's first name; a list's first member is no focus, nor a passive's
            # agent ("The round was led by Kestrel": the text is still about the company that raised it), nor a company
            # naming a person's role ("Benchmark partner Chetan Puttagunta will join its board")
            disc.focus = m
            subject = m
        break
    disc.history.append(comps)
    products = [m for m in mentions if m.type == "Product" and not m.anaphor]
    disc.products.append(products)
    named_countries = {m.name: m for m in mentions if m.type == "Country" and not m.anaphor}
    disc.last_country = next(iter(named_countries.values())) if len(named_countries) == 1 else None
    disc.product_refs.append((text, start, [m for m in mentions if m.type == "Product"]))
    if len(mentions) >= 2:
        names = [m for m in mentions if m.type in ("Product", "Unknown") and not m.anaphor]
        if len(names) >= 2 and (run := _product_run(text, names)):
            disc.name_list = run
    unit = disc.salience_unit = disc.salience_unit / _FADE  # every older score fades by _FADE against the new points
    if unit > 1e100:  # rescale now and then, far from overflowing
        disc.salience = {name: score / unit for name, score in disc.salience.items()}
        unit = disc.salience_unit = 1.0
    for m in {m.name: m for m in comps if m.end not in roles}.values():  # not "Benchmark partner X"
        disc.salience[m.name] = disc.salience.get(m.name, 0.0) + (2.0 if subject is not None and m.name == subject.name else 1.0) * unit
        disc.mentions.setdefault(m.name, m)


def _named_alone_again(text: str, name: str) -> bool:
    """Is ``name`` written more than once in ``text``, at least twice as a name of its own (no capitalised word glued before
    or after it: not the "Power" of "Omaha Public Power District"), and no city's?"""
    if text.count(name) < 2 or (" " not in name and city_country(name)):
        return False
    alone = re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    return sum(1 for m in alone if not _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
               and not _CAP_WORD_AFTER.match(text, m.end())) > 1


_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w&.-]* $")
_CAP_WORD_AFTER = re.compile(r" [A-Z]")


def note_heading(mentions: list[Mention], disc: Discourse, text: str = "") -> None:
    """A section heading's companies ("2. Pelagic Systems x Norrland Power") are what the next sentences describe."""
    comps = [m for m in mentions if m.type == "Company"]
    if (not comps and len(mentions) == 1 and mentions[0].type == "Unknown" and not mentions[0].extra.get("weak")
            and all(w[:1].isupper() for w in mentions[0].name.split()) and not any(c.isdigit() for c in mentions[0].name)
            and _named_alone_again(text, mentions[0].surface)):
        comps = mentions  # "KONE" alone on its line, a section heading, and named again: the company the section is about
    if comps:
        disc.history.append(comps)
        if len({m.name for m in comps}) == 1:
            disc.focus = comps[0]  # "1. ElevenLabs raises $180 million": the item below is about it

"""Entity mentions in a sentence: gazetteer names plus names found by context.

Gazetteer matches give companies, products, countries, demonyms and places.
Names in no gazetteer are typed by the English around them:

* a company noun before the name: "the chipmaker Tenkai", "start-up Quillon";
* an apposition after it: "Quillon, a Paris-based start-up" (company),
  "Hikari, a large language model" (product);
* a corporate suffix: "Tenkai Inc.", "Quillon Robotics", "Nimbus Labs";
* a product noun after a possessive: "Tenkai's Hikari chip", "its Orca-2 model";
* naming and release verbs: "a chatbot called Lumen", "released Lumen",
  "Lumen, developed by Tenkai".

Product names that take a version ("iOS" -> "iOS 18.2") are extended, and
"ChatGPT-style" is a comparison, not a mention of ChatGPT.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter

from .dates import MONTH_FIRM_TAILS
from .frames import finite_verbs
from .gazetteer import GazEntry, Gazetteer
from .nouns import COMPANY_NOUN_LIST, COMPANY_NOUNS, COMPANY_PLURALS, ROLE_NOUN_LIST
from .places import city_country
from .plainre import Plain, ascii_rules
from .sentences import CAPS_PLACE_STATE
from .textprep import Gates, first_letter_groups

__all__ = ["Mention", "DynamicNames", "find_mentions", "find_unknown", "capitalised_words", "NAME", "COMPANY_NOUNS", "COMPANY_NOUN_LIST", "PRODUCT_NOUNS", "PRODUCT_NOUN_LIST", "is_stopname",
           "same_family"]


@dataclass
class Mention:
    start: int
    end: int
    name: str
    type: str
    """Company, Product, Country, Demonym or Place."""
    surface: str
    entry: GazEntry | None = None
    known: bool = True
    """From the gazetteer (else from a context pattern)."""
    anaphor: bool = False
    country: str | None = None
    """For Demonym/Place/Country mentions: the country they point to."""
    extra: dict = field(default_factory=dict)


PRODUCT_NOUN_LIST = (
    r"models?|agents?|chatbots?|assistants?|chips?|processors?|accelerators?|GPUs?|services?|apps?|platforms?|tools?|"
    r"systems?|software|LLMs?|engines?|supercomputers?|products?|operating system|browser|search engine|cloud|"
    r"robots?|drones?|devices?|sensors?|lidars?|radars?|suites?|headsets?|smartphones?|databases?|copilots?|scribes?|"
    r"frameworks?|toolkits?|library|libraries|catalogs?|catalogues?|humanoids?|glasses|earbuds|dashboards?"
)
PRODUCT_NOUNS = first_letter_groups(PRODUCT_NOUN_LIST)
"""The nouns a product is described by, as one alternation for a pattern."""

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
"""Capital letters, with the accented ones of European names: Latin-1's ("Ülemiste", "Électricité") and Latin Extended-A's
("Żuraw", "Łódź", "Škoda", "Ștefan")."""
_CAPWORD = (r"(?:[" + _UP + r"]\.(?:[" + _UP + r"]\.)+(?=\s+[" + _UP + r"]\w)|[" + _UP + r"](?:[\w&.-]|:(?=[A-Za-z])|['’](?![sS]\b))*[\w](?:(?<=s)['’](?=\s+[" + _UP + r"][a-z]+\s+[" + _UP + r"])|['’]s(?=\s+[" + _UP + r"][a-z])(?:(?<=Children.s)|(?<=Women.s)|(?<=People.s)|(?<=King.s)|(?<=Queen.s)))?|[" + _UP + r"])")
"""A capitalised word; a plural possessive inside a longer name stays in it ("Ontario Teachers' Pension Plan"), as does the
possessive of a word no company owns by ("Boston Children's Hospital", "King's College London")."""
_NAME_TAIL = (r"(?:\s+(?:(?:d|dell|l)['’](?=[" + _UP + r"]))?(?:[A-Z]\.(?=\s+(?!(?:The|A|An|It|Its|In|On|At|This|That|These|Those|Our|We|He|She|They|But|And|For|As|After|Before|While|When|Last|Next|Shares)\b)[A-Z][a-z]+(?:\s+(?:&|and)\s+Co\b|\s+[A-Z]|[,;]))|" + _CAPWORD + r"|\d[\w.]*(?![\w.])(?<!\dbn)(?<!\dmn)(?!\s*(?:%|per\s*cent\b|percent\b|(?:million|billion|trillion|thousand|crore|lakh|bn|mn)\b))|v\d[\w.]*|(?:&|de|of|di|del|della|delle|dello|dei|degli|du|des|do|dos|da)(?=\s+[" + _UP + r"])|and(?=\s+[A-Z][a-z]+\s+(?:Inc|Corp|Co|Ltd)\b)|and(?=\s+(?:[A-Z][a-z]+\s+){1,2}(?:Administration|Authority|Commission|Agency|Bureau|Council|Institute|Exchange)\b"
              r"|(?<=Science\sand)\s+Technology\b|(?<=Research\sand)\s+Development\b)))*")
"""... "and" inside a name: before a legal suffix's or an agency's last words, and in "Science and Technology" and "Research and
Development" ("Hong Kong Science and Technology Parks Corporation")."""
_DIGIT_FIRM = r"(?=\s+(?:Capital|Fund|Ventures|Partners|Advisors|Entertainment|Studios|Records)\b)"
"""A firm named with a number first: "1517 Fund", "1789 Capital", "01 Advisors", "300 Entertainment"."""
_DIGIT_FIRM_NAME = re.compile(r"\d+[A-Z]*" + _DIGIT_FIRM)  # "1517 Fund", "3G Capital"
_DIGIT_WORD_REST = r"[a-z]{2,}\b(?<!bps)(?![-'’])"
"""A brand of digits and a capitalised word, after its capital: "4Sight", "1Password", "3Dwell" (never "5Gbps")."""
_DIGIT_WORD_NAME = re.compile(r"\d+[A-Z]" + _DIGIT_WORD_REST)
NAME = r"(?:(?<![\w.$€£¥-])\d+[A-Z](?:[A-Z]*\b(?=\s+[" + _UP + r"][a-z])|[A-Z]{2,}\b(?![-'’.])|[a-z]+" + _DIGIT_FIRM + r"|" + _DIGIT_WORD_REST + r")|(?<![\w.,$€£¥-])\d{2,4}" + _DIGIT_FIRM + r"|" + _CAPWORD + r")" + _NAME_TAIL
_CAPWORD_REST = r"(?:\.(?:[" + _UP + r"]\.)+(?=\s+[" + _UP + r"]\w)|(?:[\w&.-]|:(?=[A-Za-z])|['’](?![sS]\b))*[\w](?:(?<=s)['’](?=\s+[" + _UP + r"][a-z]+\s+[" + _UP + r"])|['’]s(?=\s+[" + _UP + r"][a-z])(?:(?<=Children.s)|(?<=Women.s)|(?<=People.s)|(?<=King.s)|(?<=Queen.s)))?)?"
"""What follows a capitalised word's first letter: ``"[A-Z]" + _CAPWORD_REST`` matches what ``_CAPWORD`` does."""
_NAME_SCAN = (r"[\d" + _UP + r"](?:(?<=\d)(?<![\w.$€£¥-]\d)\d*[A-Z](?:[A-Z]*\b(?=\s+[" + _UP + r"][a-z])|[A-Z]{2,}\b(?![-'’.])|" + _DIGIT_WORD_REST + r")|(?<=\d)(?<![\w.,$€£¥-]\d)\d{1,3}" + _DIGIT_FIRM
              + r"|(?<=[" + _UP + r"])" + _CAPWORD_REST + r")"
              + _NAME_TAIL)
"""``NAME`` for scanning a sentence: led by a character class (its first letter or digit, the rest checked behind it), so
that ``re`` looks for the places a name can start in C instead of trying the pattern at every character."""
_NAME_G = r"(?P<name>" + NAME + r")"

_STOP = frozenset(
    """The A An This That These Those It Its In On At For With By From As After Before Under Over When While Although
    But And Or If Since Such Many Some Other Another Both Neither Each Every All No Not Our Their His Her We They He She I You
    Mr Ms Mrs Dr Sheikh CEO Chief Executive Officer Chairman Chairwoman President Analysts Lawmakers Reports Owners Users Customers Early Late Last Next
    Through Alongside Unlike Like Besides Beyond Despite Aside Apart Except Among Amid Rather Back Having Whether Founded Taken Together Open Under Deals Its How Why What Local Starting
    Who Whom Where Which Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Series AI Source However Meanwhile Also Still Yet So Then There Participated Invested Leading Participate Participates Leads
    Already Further Furthermore Moreover Additionally Likewise Led Leader Mostly Mainly Largely Partly Chiefly Primarily Especially Notably
    Does Did Has Have Had Is Are Was Were Will Can Could Should Would Around Roughly Nearly Almost
    Here Today Yesterday Tomorrow Now Add Consider Tech Big Generative Artificial Gulf Western Eastern Northern Southern Middle Central
    European Asian African Latin Global International National Federal State Government Congress Senate Parliament
    Commission Ministry Department Agency Authority Council Court Board Internet Web Cloud Data Nasdaq NYSE
    Technically Previously Commercially Barely Honestly Currently Recently Initially Ultimately Eventually Originally Historically
    Traditionally Typically Separately Similarly Specifically Importantly Interestingly Crucially Reportedly Apparently Unsurprisingly
    Fortunately Unfortunately Clearly Obviously Essentially Basically Finally Lastly Firstly Secondly Officially Publicly Privately
    Internally Domestically Financially Legally Practically Effectively Increasingly Frankly Admittedly Arguably Surprisingly
    Predictably Understandably Curiously Ironically Strategically Operationally""".split()
) | {w + a + c for w in ("We", "I", "They", "You", "There", "That", "Who") for a in "'’" for c in ("ve", "re", "ll", "d", "m")}
"""... sentence adverbs ("Barely a week after ...", "Technically, ..."), and a pronoun's contraction ("We've also worked with
..."): no company called "We've"."""

_SUFFIX_LIST = (
    r"Inc|Corp|Corporation|Ltd|LLC|plc|PLC|AG|GmbH|SA|SAS|NV|BV|Labs|Technologies|Technology|Robotics|Systems|Capital|"
    r"Ventures|Partners|Holdings|Semiconductor|Semiconductors|Networks|Dynamics|Software|Analytics|Industries|Motors|"
    r"Investments|Therapeutics|Biosciences|Bio|Computing|Intelligence|AI|Energy|Aerospace|Automation|Research|Fund|Group|Bank|"
    r"Foundation|League|Federation|Association|Club|FC|Cooperative|Co-operative"
)
_SUFFIX = first_letter_groups(_SUFFIX_LIST)

_CONNECTORS = frozenset({"of", "&", "de", "and"})
_PLACE_TYPES = frozenset({"Place", "Country", "Demonym"})
_REGION_BEFORE = re.compile(r"\b(?:Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater)\s$")
"""A region's word before a place that opens a company's name ("Southern California Edison")."""
_REGION_HEADS = frozenset("Africa African Asia Asian Europe European Gulf Latin Middle Nordic Pacific".split())
"""Regions that open a company's name ("Africa Data Centres", "Asia Vital Components", "Gulf Energy Development"):
alone, or before one word that is no company's, they stay a region."""
LANGUAGES = frozenset("""Indic Hindi Tamil Telugu Bengali Bangla Marathi Kannada Malayalam Gujarati Punjabi Odia Assamese Urdu Sinhala Nepali Swahili
    Bahasa Kiswahili Yoruba Hausa Igbo Amharic Zulu Xhosa Wolof Pulaar Quechua Guarani Aymara Tagalog Cebuano Malay Mandarin Cantonese
    Tatar Basque Galician Catalan Welsh Gaelic Maori Arabic Farsi Persian Hebrew Pashto Dari Kurdish Khmer Lao Burmese
    Tigrinya Oromo Somali Shona Kinyarwanda Lingala Twi Akan Fula Tamazight Amazigh Darija Uzbek Kazakh Turkmen Kyrgyz Tajik
    Uyghur Javanese Sundanese Ilocano Hokkien Hakka Teochew Sami Frisian Breton Occitan Sindhi Konkani Maithili Bhojpuri Santali
    Tulu""".split()) | {"Afaan Oromo", 
    "Bahasa Indonesia", "Bahasa Malaysia", "Bahasa Melayu", "Te Reo", "Te Reo Māori", "East African", "West African"}
"""Languages (and language families) a model is built for: no company's or product's name alone."""
_WORLD_HEADS = frozenset(("Global", "International"))
"""Words that open a firm's name before a firm's word ("Global Ventures", "International Holding Company")."""
_COMPASS = frozenset("Northern Southern Eastern Western Central".split())
"""Words that open a region ("Northern Europe") and some names ("Northern Gritstone", "Western Digital"): a name when the
rest is an unknown capitalised name, not a known place (masked before names are read) or a common word."""
_COMPASS_POINTS = frozenset("North South East West".split())
"""Compass points that make a region's demonym of the one after them ("North American", "West African")."""
_COMPASS_NOT_AFTER = frozenset("Time Standard Daylight Hemisphere Front Command District Province Region Territory".split())
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|across|to|from|of|throughout|for|into|outside)\s+$", re.IGNORECASE)
_NEAR_PLACE_BEFORE = re.compile(r"(?:\b(?:near|outside|around)|\b(?:makes?|made|builds?|built|assembles?|assembled|grinds|produces?|produced|"
                                r"employs|works?|factory|plant|works|site|warehouse|headquarters|offices?)\b[^,;.«]{0,30}?\s(?:in|at))\s+$")
"""A town's slot: "near Caserta", "assembles in Wetzlar", "its works near Bodmin" (not "invested in", where a company follows)."""
_MERGE_TYPES = frozenset({"Company", "Product", "Place", "Country", "Demonym"})
"""Known names that an unknown capitalised word right after extends ("Siemens Healthineers", "Snapdragon Flight")."""
_NEUTRAL_HEADS = frozenset({"cloud", "platform", "platforms", "service", "services", "system", "systems", "engine"})
"""Apposition heads that fit a company as well as a product ("X, a GPU cloud"): the roles decide."""

_SUFFIX_WORDS = frozenset(_SUFFIX_LIST.split("|"))
_PLACE_NOUN_NEXT = re.compile(r"\s+(?:district|neighbou?rhood|quarter|ward|prefecture|suburb|borough|county|province|region)\b(?!-)")
_MONTH_WORDS = frozenset("January February March April May June July August September October November December".split())
_MONTH_NAME_TAILS = frozenset({"AI", "Robotics"})
"""Words after a month that open a company's name only where no date's preposition stands before ("March AI said", not "in
March AI spending"); the firm words of :data:`.dates.MONTH_FIRM_TAILS` do so everywhere ("led by March Capital")."""
_DATE_PREP_BEFORE = re.compile(r"\b(?:in|on|since|by|until|till|from|through|last|next|this|early|late|mid|of|during|before|after|that)\s+$", re.I)
_LEGAL_FORMS = (r"(?:B\.V|N\.V|S\.A|S\.p\.A|S\.r\.l|S\.L|S\.A\.S|K\.K|A/S|L\.P|LLP|AB|ASA|AS|ApS|Oyj|Oy|Ltda|Lda|"
                r"Pty\.?(?:\s+Ltd)?|Pte\.?\s+Ltd|Sdn\.?\s+Bhd|SpA|Srl)\.?")
_LEGAL_FORM_TAIL = re.compile(r"(?:,?\s+" + _LEGAL_FORMS + r")+$")
_LEGAL_FORM_ONLY = re.compile(_LEGAL_FORMS)
_LEGAL_ENDS = ("B.V", "N.V", "S.A", "S.p.A", "S.r.l", "S.L", "S.A.S", "K.K", "A/S", "L.P", "LLP", "AB", "ASA", "AS", "ApS", "Oyj", "Oy", "Pty",
               "Lda", "Ltda", "Ltd", "Bhd", "SpA", "Srl")
"""How a name that ends in a legal form ends (its point left off), looked at before :data:`_LEGAL_FORM_TAIL`."""


def _legal_form_start(name: str) -> int:
    """Where a legal form after a name of more than one word starts ("Aker ASA" -> 5), or 0 where it has none."""
    if " " in name and name.endswith(_LEGAL_ENDS) and (legal := _LEGAL_FORM_TAIL.search(name)):
        return legal.start()
    return 0
_LOWER_WORD_NEXT = re.compile(r" [a-z]")
_CITY_POSS_NEXT = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?:" + COMPANY_NOUNS + r")\b")
"""After a city's "'s": a company noun ("Hamamatsu City's start-up", "Kosai's die-cast parts maker"; not "Habana's Gaudi", where the
city's name is the company's)."""
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")
"""A capitalised word just before a name: "European" in "the European Union's Foreign Subsidies Regulation"."""
_DESC_BEFORE_NAME = re.compile(r"(?:\s+[a-z][\w-]*){1,3}?\s+(?:start-?up|startup|company|firm|maker|developer|provider|operator)\s+[A-Z]")
"""A description's last words and its company noun before a name: "... technology startup Petakita"."""
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .,'/]+\s+(?:-|–|—|--)\s+")
"""A dateline's town and its dash: "JAKARTA - "."""
_TOWN_WORD_BEFORE = re.compile(r"[A-Z][a-z]+\s$")
"""A town's first word before a company's name that ends it ("Long" of "Long Eaton")."""
_LOWER_BRAND = re.compile(r"-based\s+(?P<name>[a-z][a-z\d]{2,})(?=,\s+(?:which|whose|the|a|an)\s|\s+(?:said|says|has|have|is|was|announced|raised|makes|sells|runs)\b)")
"""A name written in small letters after where its company is based: "Düsseldorf-based tonies, which makes ...", "Berlin-based
deepset said" (not "Berlin-based startups said": a plural noun)."""
_DOMAIN_NAME = re.compile(r"(?<![\w./@~:-])[a-z][a-z\d-]+\.(?:ai|com|io)(?![\w/-]|\.\w)")
"""A company or a shop named by its web address, in small letters: "agreed to acquire neptune.ai", "sold on bol.com"."""
_WEB_ADDRESS_BEFORE = re.compile(r"\b(?:visit|at|type|typed|types|see)\s+[\"“']?$", re.I)
_WEB_ADDRESS_AFTER = re.compile(r"[\"”']?\s+(?:website|site|domain|web\s+page|page)\b")
"""'For more information, visit cohere.com', 'the meta.ai website': an address, no name."""
_LOWER_NOT_BRANDS = frozenset("and or but teams brands peers".split())
_COMPANY_WORD_RX = re.compile(f"(?:{COMPANY_NOUNS}|{COMPANY_PLURALS})")
"""A company noun, one or many ("startups said"): no name written small."""


def _brand_in_small(text: str, word: str) -> bool:
    """Is ``word`` a name the text writes small: used again, and never as a noun after an article, a possessive or an adjective
    ("tonies said ..."; not "the forecaster", "Mastercard's network", "a Brazilian fintech")?"""
    uses = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)]
    return len(uses) >= 2 and not any(_NOUN_SLOT_BEFORE.search(text, max(0, p - 16), p) for p in uses)


_NOUN_SLOT_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ur|[Hh]is|[Hh]er)|['’]s|\b[A-Z][a-z]+(?:an|ian|ese|ish))\s+(?:[a-z][\w-]*\s+)?$")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an)\s$")
_CAPS_RUN = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*")


def _firm_named_next(text: str, pos: int, end: int) -> bool:
    """Does a firm's name follow at ``pos`` ("Nagpur's Vasudha Infra Equipment", "Surat's Tapti Fine Chemicals"): three
    capitalised words, or two that end in a company's word?  (Not "Habana's Gaudi": one word may be the city's company's product.)"""
    run = _CAPS_RUN.match(text, pos, end)
    words = run.group().split() if run else []
    return len(words) >= 3 or len(words) == 2 and (words[1] in _SUFFIX_WORDS or words[1] in _COMPANY_WORDS)


_DERIVED_BEFORE_ACRONYM = re.compile(r"(?P<place>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})-(?:based|located|headquartered)\s+(?:AI|IT|[A-Z]{2,4})")
"""Legal forms after a name that the name is known without ("Grijper Robotics B.V.", "Aker ASA", "Envato Pty Ltd"); the scorer's
own suffixes (Inc, Ltd, GmbH ...) stay, as a name's longer form."""
_BARE_SUFFIXES = frozenset({"Inc", "Corp", "Ltd", "LLC", "plc", "PLC", "AG", "GmbH", "SA", "SAS", "NV", "BV", "Co", "Limited", "KK", "K.K"})
"""", Inc." after a name is not a name of its own."""
_REGION_TAIL = (r"(?:\s+(?:India|China|Japan|Korea|Israel|Europe|Asia|Africa|Canada|Brazil|Germany|France|Singapore|Australia|Ireland|Italy|Spain|"
                r"Mexico|Indonesia|Vietnam|Nigeria|Kenya|Egypt|Netherlands|Sweden|Switzerland|Taiwan|Thailand|Malaysia|Philippines|Poland|"
                r"Southeast\s+Asia(?:\s+&\s+India)?|Latin\s+America|North\s+America|Middle\s+East|UK|US|USA)(?=[\s,.;:)]))?")
"""A fund's region in its name: "Matrix Partners India", "Vertex Ventures Southeast Asia & India", "Science Foundation Ireland"."""
_SUFFIX_MORE = r"(?:\s+(?:Tech|Solutions|Services|Group|Holdings|Technologies|Technology|Systems|Labs|Industries|International)\b(?![-'’]))*"
"""Company words after a name's first one: "Saebit Energy Tech", "AMD Artificial Intelligence Group" (not cut after "Energy")."""
_RX_REGION_AFTER = re.compile(r"\s+(?:Southeast\s+Asia(?:\s+&\s+India)?|Latin\s+America|North\s+America|Middle\s+East|Europe|Asia|Africa)(?=[\s,.;:)])")
"""A region after a known firm's name, where no country stands alone: "Vertex Ventures Southeast Asia & India"."""
_RX_SUFFIX = Plain(r"(?P<name>[" + _UP + r"](?<!\w[" + _UP + r"])" + _CAPWORD_REST + r"(?:\s+(?:" + _CAPWORD + r"|of|&|de)(?=\s)){0,5}?\s+(?:" + _SUFFIX + r")\b" + _SUFFIX_MORE + _REGION_TAIL + r")\.?")
"""A name that ends with a company's word ("Kestrel Robotics"; "Saebit Energy Tech": a second such word stays in it)."""
_SPACED_SUFFIX = Plain(r"\s(?:" + _SUFFIX + r")\b")
"""What every match of ``_RX_SUFFIX`` holds, a space and a legal suffix: a sentence without one is not scanned for the names
(the scan tries a name at every capital, the test looks only after each space)."""
_THE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|['’]s)\s+(?:(?:[A-Z][\w.-]*\s+){1,2}(?:and|or|&)\s+)?$")
"""What stands before a product's name: "the", "its", a possessive, perhaps with another name ("its Blackhole and ")."""
_OWNER_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir)|['’]s|\b(?:launched|launches|released|releases|unveiled|unveils|introduced|introduces|debuted|"
                           r"rolled\s+out|made))\s+$")
"""An owner's word or a maker's verb before "AI X": the name of a product ("its AI Agent", "launched AI Monitoring"; "launched LLM
Observability" still loses its first word, read elsewhere)."""
_PAPPOS_AFTER = re.compile(r",\s+(?:its|their|an?|the\s+(?:company|firm|group|start-?up)['’]s)\s+(?:own\s+)?(?:(?!of\b|for\b|that\b|which\b|building\b|making\b|(?:" + COMPANY_NOUNS + r")\b)[\w-]+\s+){0,3}?"
                           r"(?:assistant|chatbot|model|app|platform|product|agent|copilot|chip|accelerator|tool)s?\b"
                           r"(?!\s+(?:maker|designer|company|firm|start-?up|developer|provider|group|specialist|vendor|business)s?\b)")
"""'Sana AI, its knowledge assistant', 'Bits AI, an assistant that ...': a product, whatever its name's last word says."""
_POSS_PAPPOS_AFTER = re.compile(r",\s+[A-Z][\w.&-]*['’]s\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:assistant|chatbot|model|app|platform|product|agent|copilot|chip|tool)s?\b"
                                r"(?!\s+(?:maker|designer|company|firm|start-?up|developer|provider|group|specialist|vendor|business)s?\b)")
"""'AI Studio, Writer's development platform,': a product named by its maker's possessive."""
_NOUN_THEN_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:provider|maker|developer|specialist|vendor|supplier)\s+[A-Z]")
"""A name that only says what the company after it does: "Postgres provider Crunchy Data"."""
_FOUNDERS_BEFORE = re.compile(r"\b(?:[Cc]o-?founded|[Ff]ounded)\s+(?:in\s+\d{4}\s+)?by\s+"
                              r"(?:(?:(?:two|three|four|former|ex-|[A-Z][\w'’.-]*)\s+){0,3}(?:researchers|engineers|executives|scientists|employees|"
                              r"colleagues|alumni|students|professors|doctors|physicians|bankers|entrepreneurs|veterans)\s+)?(?:(?:(?!(?:the|a|an|its|their)\s)[a-z][\w-]*\s+){0,2}(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,?\s+(?:and\s+)?)*"
                              r"(?:(?<=and\s|.by\s)(?:(?!(?:the|a|an|its|their)\s)[a-z][\w-]*\s+){1,2})?$")
"""The founders listed after "founded by" (perhaps "former Google researchers", "clinical psychologist X and engineer Y"): people,
unless a company suffix or a known name says otherwise."""
_COMPANY_WORDS = frozenset("""Electric Electronics Power Energy Motor Motors Bank Chemical Chemicals Steel Telecom Pharma Foods Media Games
    Studios Networks Solutions Services Industries Technologies Systems Robotics Aerospace Health Medical Bio Cloud Data Digital""".split())
_PLACE_SLOT_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}$")
_COMPANY_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+|[A-Z]{2,5}\s+){0,3}?(?:" + COMPANY_NOUNS + r"|" + first_letter_groups(
    "converter|mill|printer|brewery|winery|distillery|bakery|chain|consultancy|practice|dealership|dealer|foundry|shipyard|yard|"
    "refinery|plant|factory|workshop|label|brand|house|network|fintech|insurtech|proptech|healthtech|edtech|medtech|biotech") + r")\b")
"""A company noun after a place, or a trade's: "the Valenciennes label converter", "the Biella wool mill"."""
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered|registered)\s+in\s+$|,\s+of\s+$|\((?:head\s+office|headquarters|HQ|based\s+in):\s+$"
                              r"|\b(?:[a-z][\w-]*\s+)?(?:maker|company|firm|start-?up|startup|group|manufacturer|supplier|developer|designer|operator|specialist)\s+from\s+$")
"""Where only a company's seat can follow: "headquartered in ...", "the heat-pump maker from ..." (a city the gazetteer's places miss)."""
_HARDWARE_AFTER = re.compile(r"\s+(?:accelerators?|chips?|processors?|GPUs?)\b")
_NOUN_THEN_PRODUCT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:accelerator|chip|processor|model|assistant|chatbot|app|platform|agent)s?,?\s+[A-Z]")
"""A product noun, then a name: what stands before the noun is the maker ("the Halden Labs coding model Strata Coder")."""
_PNOUN_AFTER = re.compile(r"\s+(?:accelerators?|chips?|processors?|models?|assistants?|chatbots?|apps?|platforms?|agents?)\b")
_RX_DESC_BEFORE = Plain(r"\b(?=[" + "".join(sorted({n[0] for n in COMPANY_NOUN_LIST.split("|")})) + r"])(?:" + COMPANY_NOUNS + r")\s+" + _NAME_G)
"""'the chipmaker Tenkai': a company noun, then a name (the look-ahead on the nouns' first letters skips most words at once)."""
_FOUNDER_CLAUSE_AFTER = re.compile(r"\s+(?:had\s+|has\s+|later\s+)?(?:co-?founded|founded|started|ran|runs|led|leads|joined|left|chairs|chaired)"
                                   r"(?=\s*(?:[,.;)]|in\s+\d|and\b|with\b|$))")
"""'the workspace start-up Mehrotra co-founded, which ...': the name after the noun is a person's, the subject of a relative clause."""
_RX_MAKER_OF = re.compile(r"\b(?:maker|makers|developer|developers|creator|creators|designer)\s+of\s+(?:the\s+)?" + _NAME_G + r"(?![\w-])(?!\s+[a-z])")
"""'the Seattle-based maker of the LaserWeeder': what a company makes (not 'developer of GPU orchestration software')."""
_CNOUN_WORDS = ("start", "shop", "compan", "firm", "maker", "designer", "developer", "lab", "group", "provider", "operator", "unicorn", "investor",
                "fund", "conglomerate", "giant", "specialist", "business", "outfit", "insurer", "bank", "retailer", "manufacturer",
                "subsidiar", "player", "supplier", "vendor", "corporation", "enterprise", "builder", "utility", "airline", "telco",
                "carrier", "broker", "shipping", "studio", "exchange", "trading house", "publisher", "lender", "miner", "distributor",
                "consultanc", "integrator", "rival ", "agenc", "organi", "asset manager", "investment manager", "syndicate", "landlord",
                "contractor", "chain", "cooperative", "co-operative", "shipyard", "shipowner", "wholesaler", "grocer", "brewer", "recycler",
                "producer", "explorer", "exporter", "importer", "trader", "packer", "grower", "forwarder", "haulier", "hauler", "reinsurer", "family office", "managing general",
                "underwriter", "lessor", "franchisee", "bottler", "roaster", "co-op", "dealer", "nurser", "laundr", "baker", "creamer",
                "distiller", "winer", "grinder", "hatcher", "breeder", "florist", "jewel", "chemist", "tailor", "outfitter", "stationer",
                "courier", "caterer", "fiduciar", "trust compan", "dair", "canner", "tanner", "pharmac", "optician", "boutique")
"""Every word of ``COMPANY_NOUNS`` as the lower-cased text holds it: the cheap test before `_RX_DESC_BEFORE`."""
_MAKER_WORDS = ("maker", "developer", "creator", "designer")
_ROLE_APPOS_WORDS = tuple(f", {noun} of" for noun in ROLE_NOUN_LIST.split("|")) + (", co-maker of",)
_ROLE_APPOS_GATE = re.compile("|".join(map(re.escape, _ROLE_APPOS_WORDS)))
"""``has_any(low, _ROLE_APPOS_WORDS)`` as one search: the words' common ", " lets re skip from comma to comma in C, where a
substring test per word reads the whole sentence each time."""
_RX_ROLE_APPOS = re.compile(_NAME_G + r",\s+(?:co-)?(?:" + ROLE_NOUN_LIST + r")\s+of\s+(?!the\s+(?:year|month|week)\b)")
"""'xAI, maker of the Grok chatbot,': a name described by what it makes, with no article, is a company's."""
_PDESC_WORDS = ("model ", "chatbot ", "assistant ", "chip ", "processor ", "accelerator ", "app ", "llm ", "copilot ", "agent ", "tool ",
                "drone ", "robot ", "headset ")
_PDESC_RIGHT_BEFORE = re.compile(r"\b(?:model|chatbot|assistant|app|tool|copilot|agent)\s+$|\b(?:its|their|the\s+company['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?(?:app|tool|platform|product|brand|service|range|line)\s*,\s+$")
"""'the document-processing tool Document Intelligence', 'its loyalty app, Kōkako Club': a product, whatever its last word."""
_CONTACT_VERB_AFTER = re.compile(r"\s+(?:had\s+|has\s+|originally\s+|first\s+)?(?:acquired|bought|backed|built|developed|launched|released|"
                                 r"trained|designed|created|made|adapted|fine-tuned)\b")
"""'a language model Halden Labs trained on ...': the name after the noun is the subject of a relative clause, the maker."""
_RX_PDESC_BEFORE = re.compile(r"\b(?:model|chatbot|assistant|chip|processor|accelerator|app|LLM|copilot|agent|tool|drone|robot|headset)\s+(?:called\s+|named\s+)?" + _NAME_G
                              + r"(?![\w-])(?!\s+(?:had\s+|has\s+|originally\s+|first\s+)?(?:acquired|bought|purchased|backed|funded|built|developed|launched|released|sold|owns|owned|"
                              r"trained|designed|created|made|adapted|fine-tuned)\b)")
"""'a chatbot called Sable', not 'the math-solving app Chegg acquired' (a company, subject of a relative clause)."""
_RX_APPOS_TAIL = re.compile(
    r",\s+(?:a|an|the|another|(?P<one>one\s+of\s+(?:the|its|their|[A-Z][\w.&-]*['’]s)))\s+(?:(?!(?:that|which|who|whose|where|when)\s)[\w$€£.'’-]+,?\s+){0,7}?(?:(?P<cnoun>(?:" + COMPANY_NOUNS + r")(?!\s+(?:(?!(?:of|for|with|in|on|at|to|from|by|and|or|that|which|who|whose|behind|a|an|the|its|their)\s)[a-z][a-z-]*(?<!ing)\s+){1,3}(?:" + PRODUCT_NOUNS + r")\b)|(?(one)(?:" + COMPANY_PLURALS + r")|(?!)))|(?(one)(?!)|(?P<pnoun>"
    + PRODUCT_NOUNS + r"|application(?=\s+(?:which|that|for|used|designed|built|where)\b|[,.;]))))\b(?!-|['’]s)(?!\s+(?:unit|division|arm)\b)(?:\s+(?P<head>(?P<chead>" + COMPANY_NOUNS + r")|" + PRODUCT_NOUNS + r")\b)?"
    r"(?!\s+(?:said|says|told|added|announced|confirmed|stated|reported|wrote|noted|explained|declined|did not)\b)"
)
_RX_NAME_END = re.compile(_NAME_G + r"$")
_COMPANY_HEAD_LATER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:" + COMPANY_NOUNS + r")(?![\w-])"
                                 r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|based|headquartered|that|which|whose|with|from|founded|backed|owned|led|spun|and)\b)")
"""After a description's product noun, a company noun that ends it: "a drone imagery company", "a chip design firm in Leuven"."""


class _Appos:
    """"Quillon, a Paris-based start-up": the description first, then the name that ends at its comma.

    Two stages, as for possessive appositions: the one-pattern form tried the
    whole description after every capitalised word of every sentence.
    """

    class Match:
        def __init__(self, name: re.Match, tail: re.Match):
            self._name, self._tail = name, tail

        def group(self, g: str):
            return self._name.group(g) if g == "name" else self._tail.group(g)

        def start(self, g: str = "name") -> int:
            return self._name.start(g)

        def end(self, g: str = "name") -> int:
            return self._name.end(g)

        def tail_end(self) -> int:
            """Where the description's nouns end."""
            return self._tail.end()

        def tail_start(self, g: str) -> int:
            return self._tail.start(g)

    @classmethod
    def finditer(cls, sent: str):
        for tail in _RX_APPOS_TAIL.finditer(sent):
            name = _RX_NAME_END.search(sent, max(0, tail.start() - 80), tail.start())
            if name:
                yield cls.Match(name, tail)


_RX_APPOS = _Appos()
_RX_POSS_PRODUCT = re.compile(
    r"(?:\b[A-Z][\w.&-]*(?:'s|’s|s'|s’)|\b[Ii]ts|\b[Tt]heir|\b[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,3}?" + _NAME_G
    + r"(?:\s+and\s+(?P<name2>" + NAME + r"))?\s+(?:" + PRODUCT_NOUNS + r")\b(?!\s+(?:unit|division|subsidiary|arm|affiliate|business)\b)"
)
_RX_PNOUN_APPOS = re.compile(r"\b(?:" + PRODUCT_NOUNS + r"),\s+" + _NAME_G + r"(?:,|(?=[.;]))")
_RX_POSS_BEFORE = re.compile(r"(?:\b[A-Z][\w.&-]*(?:'s|’s|s'|s’)|\b[Tt]he\s+(?:company|firm|start-?up|group|business)['’]s|\b[Ii]ts|\b[Tt]heir|\b[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,3}$")


class _PossAppos:
    """"Tenkai's flagship chip, Hikari,": a product noun and an apposed name, after a possessive.

    Two stages (the noun and name first, then the possessive before them): the
    one-pattern form backtracked over every capitalised word of a sentence.
    """

    @staticmethod
    def finditer(sent: str):
        for m in _RX_PNOUN_APPOS.finditer(sent):
            if _RX_POSS_BEFORE.search(sent, max(0, m.start() - 60), m.start()):
                yield m


_RX_POSS_APPOS = _PossAppos()
_RX_THE_PRODUCT = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+" + _NAME_G + r"\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:platform|service|app|chatbot|assistant|model|chip|chips|cloud|software|processor|operating system|engine|"
    r"tool|browser|drone|robot|sensor|device|headset|smartphone|suite)s?\b"
    r"(?!\s+(?:" + COMPANY_NOUNS + r"|unit|division|arm|affiliate)\b)"
)
_RX_CALLED = re.compile(
    r"\b(?:" + PRODUCT_NOUNS + r"|series|line|range|family|brand|product)(?:\s+(?:for|to|that|which|aimed\s+at)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?,?\s+"
    r"(?:called|named|dubbed|branded|known as)\s+[\"“‘']?" + _NAME_G
)
_RX_IT_CALLS = re.compile(r"(?<!\bwhat )(?<!\bWhat )\b(?:it|they|the\s+(?:company|firm|start-?up|startup|group|lab|maker))\s+(?:calls|call|dubs|has\s+called|has\s+dubbed)\s+[\"“‘']?"
                           + _NAME_G)
"""'its own platform, which it calls Agent OS' and 'an algorithm the company calls Giuseppe': the maker's own name for a product
(but not 'what it calls Europe's first AI cloud', a claim)."""
_RX_SUCH_AS = re.compile(r"\b(?:" + PRODUCT_NOUNS + r")\s+(?:such\s+as|like|including)\s+" + _NAME_G
                         + r"(?P<rest>(?:,\s+" + NAME + r")*(?:,?\s+(?:and|or)\s+" + NAME + r"))?(?=[\s,.;:)]|$)")
"""'models such as ESMFold, DiffDock and MolMIM': every one a product."""
_RX_SUCH_AS_MEMBER = re.compile(NAME)
_RX_BRAND = re.compile(r"\bunder\s+(?:the|its|their)\s+(?:own\s+)?" + _NAME_G + r"\s+(?:brand|label|trademark)\b"
)
_RX_RELEASED = re.compile(
    r"\b(?:released|launched|unveiled|introduced|debuted|rolled out|shipped|open-sourced|unveils|launches|releases)\s+"
    r"(?:its\s+|their\s+|a\s+|an\s+|the\s+)?(?:(?:new|own|latest|first|next-generation|flagship|open-source)\s+){0,3}"
    + _NAME_G
)
_RX_DEVELOPED_BY = re.compile(_NAME_G + r",?\s+(?:was\s+|is\s+)?(?:developed|built|made|created|designed|trained)\s+by\b")
_PNOUN_WORDS = ("model", "app", "platform", "service", "system", "chip", "assistant", "agent", "tool", "software", "cloud", "engine",
                "product", "chatbot", "processor", "accelerator", "gpu", "llm", "supercomputer", "browser", "robot", "drone", "device",
                "sensor", "lidar", "radar", "suite", "headset", "smartphone", "database", "copilot", "scribe", "framework", "toolkit", "librar",
                "catalog", "humanoid", "glasses", "earbuds", "dashboard")
"""Every product noun of ``PRODUCT_NOUNS``, as the lower-cased text holds it: the cheap test before a pattern that needs one."""
_POSS_WORDS = ("'s", "’s", "s'", "s’", "its", "their", "our")
_PRODUCT_RULES = (  # (pattern, words one of which it needs, and product nouns if it needs one of them too)
    (_RX_POSS_PRODUCT, _POSS_WORDS, _PNOUN_WORDS),
    (_RX_POSS_APPOS, _POSS_WORDS, _PNOUN_WORDS),
    (_RX_THE_PRODUCT, ("the ", "its ", "their ", "a ", "an "), _PNOUN_WORDS),
    (_RX_CALLED, ("called", "named", "dubbed", "branded", "known as"), None),
    (_RX_IT_CALLS, (" calls ", " call ", " dubs ", " has called ", " has dubbed "), None),
    (_RX_BRAND, ("brand", "label", "trademark"), None),
    (_RX_RELEASED, ("releas", "launch", "unveil", "introduc", "debut", "rolled out", "shipped", "open-sourced"), None),
    (_RX_DEVELOPED_BY, ("developed by", "built by", "made by", "created by", "designed by", "trained by"), None),
    (_RX_SUCH_AS, ("such as", "like ", "including"), _PNOUN_WORDS),
)
_MENTION_GATES = Gates({"pnoun": _PNOUN_WORDS, "pdesc": _PDESC_WORDS, "maker": _MAKER_WORDS, "cnoun": _CNOUN_WORDS,
                        **{i: words for i, (_rx, words, _nouns) in enumerate(_PRODUCT_RULES)}})
"""The words :func:`find_mentions` needs before it runs a rule (the product rules by their place in :data:`_PRODUCT_RULES`)."""
_RX_VERSION = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*\b(?:\s+(?:Pro|Ultra|Max|Mini|Turbo|Flash|Opus|Sonnet|Haiku|Plus))?"
                         r"(?:\s+\d+(?:\.\d+)?[BMT]\b)?")
"""A release after a versioned product's name, with a size in parameters ("Llama 3.1 405B")."""
_PRODUCT_TAILS = frozenset("""Pro Plus Max Ultra Mini Lite Premium Connect Studio Chat Assistant Copilot Agent Agents Hub Store
    Marketplace Suite Engine Model Models Vision Voice Cloud Workspace Workbench Center Centre Console Platform App Apps Search
    Maps Drive Pay Shield Pulse Chart Review Translate Code Coder""".split())
"""Last words that make a company's name into a product's ("Perplexity Pro", "Siemens Xcelerator" aside)."""
_AI_PRODUCT_TAILS = _PRODUCT_TAILS | frozenset({"Playground", "Refinery", "Foundry", "Phone", "Pin", "Overviews", "Mode", "Builder", "Toolkit"})
"""Last words after a leading "AI" that make the whole a product's name ("AI Playground", "AI Refinery"), not "AI" describing a name."""
_AI_BODY_TAILS = frozenset({"Partnership", "Alliance", "Consortium", "Collective", "Institute", "Foundation", "Council", "Initiative"})
"""Last words after a leading "AI" that make the whole a body's name ("the AI Infrastructure Partnership", "the AI Alliance")."""
_RX_DOTTED_VERSION = re.compile(r" (?!(?:19|20)\d\d\b)\d+\.\d+(?:\.\d+)*\b(?![.,]?\d|\s*%|\s*(?:percent|million|billion|bn|m|per|times|x)\b)")
_RX_PLAIN_VERSION = re.compile(r" [1-9]\d?(?=\s+(?:model|models|family|series)\b|\s*[,;)]|\.(?!\d)|\s+(?:and|is|was|has|from|on|in|to|through|via|at|for|with|since|under)\b)")
"""A whole-number release after a product the gazetteer knows unversioned, where a name can end: "Mistral Medium 3 model", "Mistral Medium 3,"."""
_RX_FOR_TAIL = re.compile(r" for (?!(?:The|A|An|This|That|Its|Their|All|Each|Every|More|Some|Many|Now|Free|January|February|March|April|May|June|July"
                          r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                          r"[A-Z][\w&.-]*[\w](?: [A-Z][\w&.-]*[\w]| \d{2,3}\b){0,2}(?![\w'’-])")
"""An edition of a product for an audience or an industry ("Khanmigo for Teachers", "Claude for Financial Services"): a product of its own."""
_RX_CORP_AFTER = re.compile(r",?\s+(?:Inc|Corp|Ltd|LLC|plc|PLC|AG|SA|NV|Co)\.?(?![\w-])(?!\s+[A-Z][a-z])")
"""A legal suffix after a known company's name ("SoftBank Corp., Kioxia"), not a word of another name."""
_RX_CORP_AFTER_ANY = re.compile(r",?\s+(?:Inc|Corp|Ltd|LLC|plc|PLC|AG|SA|NV|Co|Company|Corporation|GmbH|Oy|AB|AS|KK|S\.A|S\.p\.A)\b")
"""A legal suffix after a name, whatever follows it (the end of "Wateree Valve Co.")."""
_RX_MODEL_CODE = re.compile(r"[ -](?:[A-Z]{1,3}\d{1,3}(?:\.\d+)?[A-Za-z]?|\d{1,3}[BMT])\b(?![.,]?\d)")
"""A model's code after its family's name: "Kimi K2", "DeepSeek R1", "Mistral 7B"."""
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|explained)\b")
"""'Elevation's Mridul Arora said': a firm's person, speaking."""
_PROCESSED_GOODS = re.compile(r"\b(?:payments?|card|nickel|lithium|cobalt|copper|metals?|minerals?|ore|scrap|waste|food|meat|poultry|pork|beef|"
                              r"chicken|fish|seafood|dairy|milk|grain|fruit|vegetable|potato|tomato|cocoa|coffee|sugar|timber|wood|uranium|"
                              r"rare[\s-]earths?|gas|oil|plastics?|whey|cheese|cream|butter|eggs?|nuts?|cashews?|almonds?|peanuts?|soy|soya|rice|wheat|"
                              r"flour|oats?|oilseeds?|palm|olives?|grapes?|fruits|juice|honey|tea|spices?|cotton|wool|leather|hides|rubber|steel|"
                              r"aluminium|aluminum|glass|paper|pulp|textiles?|lumber|salmon|shrimp|tuna|crab|seaweed|hemp|tobacco|feed|pet\s+food|"
                              r"recycling|claims?|insurance|mortgage|loan|transaction|check|cheque|invoice)\s+$")
"""The goods a processing company works ("a nickel processor", "the payments processor"), unlike a chip's kind ("an AI processor")."""
_SEAT = r"\b([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})-based\s"
_BASED_DESC = re.compile(_SEAT)
"""A city's seat in a description ("the Seattle-based app", not "a chat-based assistant"): a company's, whatever noun it is named by."""
_CITY_DESC = re.compile(r",\s+(?:a|an|the)\s+([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})\s+(?=[a-z])(?![a-z][\w-]*['’]s\b)")
"""A city first in a description ("Kestrova, a Lisbon footage library"): a company's seat, whatever noun it is named by."""
_BASED_BEFORE_NOUN = re.compile(_SEAT + r"\s*(?:[a-z][\w-]*\s+){0,3}$")
"""The same seat right before a product noun's words ("Boston-based delivery app")."""
_GOODS_PROCESSED = re.compile(r"\s+of\s+(?!(?:choice|record)\b)[a-z]")
"""'a processor of herring and mackerel': goods processed after the noun, where a chip has none."""
_BODY_OF_BEFORE = re.compile(r"(?<![\w-])(?:City|Town|County|Municipality|Borough|Port|Province|Prefecture|Canton)\s+of\s+$")
_BODY_TAIL = re.compile(r"(?:\s+(?:Company|Authority|Council|Corporation|Board|Administration|Government|Trust))?")
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,5}[a-z]?[A-Z]?)\s+$")
_SCHOOL_AFTER = re.compile(r"(?:\s+(?:University|Institute|College|School|Polytechnic)\b)?")
_SCHOOL_WORD_BEFORE = re.compile(r"(?<![\w-])(?:Technische\s+|Freie\s+)?(?:Hogeschool|Hochschule|Fachhochschule|Universität|Universiteit|Université|"
                                 r"Universidad|Universidade|Università|Politecnico|Politechnika|Uniwersytet)\s+$")
"""A school's word before its town, in the languages that name schools so ("Hogeschool Utrecht", "Universität Wien")."""
_PLACE_NAMED_SCHOOLS = frozenset({"IIT", "IIIT", "NIT", "IIM", "IISER", "AIIMS", "BITS"})
"""Indian institutes named by their town alone ("IIT Bombay", "IIIT Bangalore")."""
_COMMA_CAP = re.compile(r",\s+[A-Z]")
_APPOS_FROM_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + COMPANY_NOUNS + r")\s+from\s+$")
_PROGRAMME_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:programme|program|initiative|scheme|challenge|competition|awards?|prize)\b")
_LICENCE_NEXT = re.compile(r"\s+(?:open[\s-]source\s+)?licen[cs]es?\b")
"""After a licence's name: "the Apache 2.0 licence", "an MIT license"."""
_DERIVED_HEAD = re.compile(r"(?P<pre>[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,3})(?<!State)(?<!Government)(?<!Family)(?<!Employee)-(?P<how>based|headquartered|located|backed|owned|led|funded|developed|made|built|designed|created|focused|language|speaking|centric|native)\s+(?=[A-Z\d])")
"""A place, backer or maker glued before a name a pattern took whole: "Stockport-based Gable AI", "the Bramble-developed Thicket";
not "State-owned" or "Family-owned" inside a name ("Shanghai State-owned Capital Investment")."""
_ADJECTIVE_NAME = re.compile(r"[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,2}-(?:powered|driven|based|enabled|native|first|generated|assisted|led|ready|"
                            r"focused|centric|backed|owned|made|built|designed|developed|optimi[sz]ed|specific|only|related|friendly|style|like|grade|"
                            r"scale|compatible|certified|approved|capable|infused|augmented|equipped)")
"""A capitalised compound adjective ("an AI-powered teammate", "an AI-based fraud tool", "a GPU-optimised stack"): no name."""
_NAME_OPENERS = frozenset("Next Beyond Open Back Big Early Late Last Rather Still Gulf".split())
"""Words a sentence may open with ("Next year", "Beyond chips") that, capitalised in mid-sentence, open a name ("Next Insurance")."""
_MAKER_PARTICIPLES = frozenset({"developed", "made", "built", "designed", "created"})
_GENERIC_FIRST = frozenset("""Capital General Global Applied Digital National United First International American Energy Data
    Group Partners Ventures Power Systems Technologies Labs Research Health Bio Green Silver Blue Deep Open Scale Insight Index
    Union Standard Royal Central Lightspeed Future Atlantic Pacific Founders Venture Innovation Growth Seed""".split())
"""First words of known companies' names that also start other names ("Paladin Capital Group")."""
_FAMILY_BLIND = _GENERIC_FIRST | frozenset("The New China Chinese Japan Korea Saudi Abu Dubai Deutsche Bank Cloud AI".split())
"""First words many unrelated companies share ("China Mobile", "China Telecom", "General Motors"): no sign of one family."""


def same_family(owner: str, name: str) -> bool:
    """Whether ``name`` is ``owner`` or a company of its family by their shared first word: "Alibaba" for "Alibaba Cloud",
    "Amazon" for "Amazon Web Services", "Google" for "Google DeepMind" (writers credit either with the family's products)."""
    if owner == name:
        return True
    a, b = owner.split(maxsplit=1)[0], name.split(maxsplit=1)[0]
    return a == b and len(a) > 2 and a not in _FAMILY_BLIND


_CAP_BEFORE = re.compile(r"\b([A-Z][\w&-]*)\s+$")
_CAP_AFTER = re.compile(r"\s+[A-Z\d]")
_RX_HYPHEN_NUMBER = re.compile(r"-(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]{0,2}\b(?![.,]?\d|-|\s*(?:%|percent|per\s+cent|million|billion|bn|year|day|week|month))")
"""A number glued to a company's name ("Hailo-8", "Xe-100"): a product of that company."""
_RX_V_VERSION = re.compile(r" v\d+(?:\.\d+)*\b(?![.,]?\d)")
"""A release after a name: "Suno v3", "Multilingual v2"."""
_RX_FUND_NUMBER = re.compile(r" (?:[2-9]|1[0-9]|II|III|IV|V|VI|VII|VIII|IX|X)\b(?![.,]?\d)")
_RX_POSS_CODE = re.compile(r"['’]s\s+([A-Z]{1,2}\d{1,3}(?:\.\d+)?)\b(?![.,]?\d)")
"""A model's code after its maker's possessive: "DeepSeek's R1"."""
_RX_SUB_VERSION = re.compile(r"(?:\.\d+)+\b(?![.,]?\d)")
"""A point release glued to a versioned name: "GPT-4.1"."""
_RX_DEMONYM_NAME = re.compile(r"(?:\s+[A-Z][\w&-]*){1,4}?\s+(?:Company|Corporation|Bank|Fund|Airlines|Airways|Investment\s+Authority)\b(?![-'’])")
"""After a demonym, capitalised words up to a company noun: "European Semiconductor Manufacturing Company", "Saudi National Bank"."""
_RX_GOVERNMENT = re.compile(r" state(?=\s*[,.;]|\s+(?:which|that|has|have|had|holds|held|owns|owned|is|was|will|would|also|and|remains|controls|sold|bought)\b)"
                            r"| government\b(?![-\w])(?!\s+(?:bonds?|debt|officials?|agenc(?:y|ies)|ministr(?:y|ies)|departments?|bod(?:y|ies)|contracts?|"
                            r"grants?|subsid(?:y|ies)|funding|programmes?|programs?|initiatives?|schemes?|support|backing|money|loans?|data|"
                            r"clouds?|cloud|workloads?|customers?|clients?|work|use|users?|sector|market|policy|policies|regulators?|"
                            r"procurement|tenders?|approval|scrutiny|pressure|stake|ownership|spending|plans?)\b)")
"""After a demonym or a country: "the Indian government", "the Singapore government" (not "government contracts")."""
_RX_STYLE = re.compile(r"-(?:style|like|esque|type|inspired)\b")
_RX_HYPHEN_VERSION = re.compile(r"-(?!(?:19|20)\d\d\b)\d{1,2}(?:\.\d+)?\b(?![.,]?\d|-|\s*(?:%|per\s*cent|percent|million|billion|bn|year|day|week|month))"
                                r"(?:\s+(?:Turbo|Pro|Max|Mini|Lite|Flash|Plus|Ultra|Nano|Air|Speed|Long|Vision))?")
"""A known model's version after a hyphen: "GLM-4.5", "GLM-3 Turbo" (a size word may follow)."""
_RX_API_TAIL = re.compile(r" (?:API|APIs|SDK)\b(?![-'’.]\w)")
"""A programming interface named after a company or a model ("the OpenAI API", "the Llama API"): a product of its own."""
_RX_SPACED_VARIANT = re.compile(r" (?:mini|Mini|Turbo|Lite|Flash|Ultra|Nano|XL|Instruct|Pro|Plus|Max)\b(?![-'’.]\w)")
"""A model's tier or a product's edition after a space ("GPT-4o mini", "Stable Diffusion XL", "ChatGPT Plus"): another product."""
_RX_VARIANT = re.compile(r"(?:-(?:[Mm]ini|[Ss]mall|[Mm]edium|[Ll]arge|[Tt]urbo|[Ii]nstruct|[Pp]review|[Nn]ano|[Ll]ite|[Pp]ro|[Ff]lash|[Vv]ision|"
                         r"[Cc]hat|[Bb]ase|[Mm]ax|[Pp]lus|[Uu]ltra|[Oo]pen|[Cc]oder?|[Rr]easoning|[Tt]hinking|[Ee]xp|[Ss]tandard|[Ll]ong|[Ss]peed|[Aa]ir|[Oo]mni|"
                         r"\d+(?:\.\d+)?[BbMmKk]))+\b(?!-)")
"""A model's variant glued to its name: "-mini", "-Instruct", "-8B" ("Phi-3-mini", "Larch-12B-Instruct"), not "-based" or "-powered"."""


_MODEL_CODE = re.compile(r"[A-Z]\d")
"""A model's code ("R1", "V3"): a name where a product rule types it ("its R1 reasoning model"), never on its own."""


def _spelled_before(abbr: str, before: str) -> bool:
    """Do the last words of ``before``, all in small letters, begin with the letters of ``abbr`` ("anion exchange membrane", "AEM")?"""
    words = before.replace("-", " ").split()[-len(abbr):]
    return (len(words) == len(abbr) and all(w[:1].islower() for w in words)
            and "".join(w[0] for w in words).upper() == abbr)


def is_stopname(name: str) -> bool:
    first = name.split()[0].rstrip(".")
    return first in _STOP or first in _NOT_NAMES or name.upper() == name and len(name) <= 2 and not _MODEL_CODE.fullmatch(name)


_POSS_END = re.compile(r"(?:'s|’s|['’])$")


_PLACE_UNIT_WORDS = frozenset("City Ward Prefecture County Province District Municipality Kita Minami Chuo Naka Nishi Higashi".split())
"""Words after a place's name that keep it a place ("Sapporo City Chuo Ward")."""
def _lower_elsewhere(text: str, word: str) -> bool:
    """Does ``word`` stand in ``text`` in small letters too ("Studios also want ..." and "game studios")?"""
    low = word.lower()
    p = text.find(low)
    while p >= 0:
        q = p + len(low)
        if not (p and (text[p - 1].isalnum() or text[p - 1] == "-")) and not (q < len(text) and (text[q].isalnum() or text[q] == "-")):
            return True
        p = text.find(low, q)
    return False


_FOUNDED_NEXT = re.compile(r"\s+(?:co-)?founded\s+(?:[A-Z]|the\s|a\s|an\s|it\b|in\s)")
"""'Rowena Bristow founded Merrimack Trace': a person founds a company."""
_FIRM_OF_PLACE = re.compile(r"(?P<firm>\S+(?:\s\S+)*\s(?P<last>\S+))\sof\s(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)")
"""A two-word name or longer, then "of" and a place: "Savio Restauri of Faenza" (the place checked by the caller)."""
_NAMED_OF_PLACE = frozenset("Corporation Corp Company Co Trust Fund Organization Organisation Foundation Group".split())
"""Last words before "of" in a name that goes on with its place: "Innovation Network Corporation of Japan"."""


def _clean_name(name: str) -> str:
    name = _POSS_END.sub("", name.strip())
    return name.strip(" .,\"“”‘’")


def country_ends_name(text: str, name: Mention, country: Mention, end: int) -> bool:
    """Whether ``country`` follows ``name`` after one space and ends a longer name with it ("OpenAI Korea", "Havas UK"),
    not the first part of a hyphenated word or a possessive ("Japan's")."""
    return name.end + 1 == country.start and text[name.end] == " " and not (country.end < end and text[country.end] in "-'’")


_RX_PLACE_WORD_AFTER = re.compile(r" [A-Z][a-z]+\b(?!['’]|-[A-Z\d])")
"""The word after a country or a state that may make a town's name of both ("Kuwait City", "Colorado Springs", "Virginia Beach")."""


def find_mentions(text: str, start: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """Mentions in ``text[start:end]`` (offsets are into ``text``), sorted, not overlapping."""
    out: list[Mention] = []
    for s, e, entry in gaz.match(text, start, end):
        if out and s < out[-1].end:
            continue  # "AMD Instinct MI300X": taken whole with the name before it
        if e - s == 1 and (_CAP_BEFORE.search(text, max(start, s - 30), s) or text[e:e + 1] in ("-", "'", "’", ".") or _CAP_AFTER.match(text, e, end)):
            continue  # "Model X", "Series X", "X-ray", "X Premium": a letter in another name, not the company X
        vintage = None
        if s > start + 1 and text[s - 1] == "-" and text[s - 2].isalnum():
            continue  # "HR-Arm": a part of a hyphenated name, not the company Arm
        if entry.type == "Company" and (code := _RX_HYPHEN_NUMBER.match(text, e, end) or _RX_DOTTED_VERSION.match(text, e, end) or _RX_V_VERSION.match(text, e, end)):
            name = text[s:code.end()]  # "the Hailo-10, a chip", "its Hailo-8 accelerator", "Ideogram 3.0": the company's product
            out.append(Mention(s, code.end(), name, "Product", name, None, False, extra={"branded": entry.name}))
            continue
        if e + 1 < end and text[e] == "-" and text[e + 1].isupper():
            continue  # "Agence France-Presse": a part of a hyphenated name, not the country
        if entry.type == "Company" and entry.name.split()[0] in _GENERIC_FIRST and (
                before := _CAP_BEFORE.search(text, max(start, s - 30), s)) and before.group(1) not in _FUNCTION and before.group(1) not in _STOP:
            continue  # "Paladin Capital Group" is not the fund manager Capital Group
        if (entry.type == "Company" and " " not in entry.name and text[s:e] == entry.name and _RX_CORP_AFTER_ANY.match(text, e, end)
                and (before := _CAP_BEFORE.search(text, max(start, s - 30), s)) and before.group(1) not in _FUNCTION and before.group(1) not in _STOP
                and before.group(1) not in _NOT_NAMES and not gaz.match(text, before.start(1), before.end(1))):
            continue  # "Wateree Valve Co.", "Yahagi Valve Co.": a company named with one word the gazetteer knows (Valve), not that company
        if (entry.type == "Company" and text[s:e] != entry.name and " " not in text[s:e] and entry.name.startswith(text[s:e] + " ")
                and (before := _CAP_BEFORE.search(text, max(start, s - 30), s)) and before.group(1) not in _FUNCTION and before.group(1) not in _STOP
                and before.group(1) not in _NOT_NAMES):
            continue  # "SB Tempus", "Orvane Tempus": another company's name ends with the short name of "Tempus AI"
        if entry.type == "Company" and e + 1 < end and text[e] == "." and text[e + 1].isalpha():
            continue  # "imec.xpand": a part of a dotted name, another company's
        if entry.type == "Product" and entry.versioned:
            m = _RX_VERSION.match(text, e, end) or (_RX_HYPHEN_VERSION.match(text, e, end) if e < end and text[e] == "-" else None)
            if m:
                e = m.end()
        elif entry.type == "Product":
            m = (_RX_DOTTED_VERSION.match(text, e, end) or _RX_MODEL_CODE.match(text, e, end)
                 or (_RX_SUB_VERSION.match(text, e, end) if text[e - 1].isdigit() else None) or _RX_PLAIN_VERSION.match(text, e, end)
                 or (_RX_HYPHEN_VERSION.match(text, e, end) if e < end and text[e] == "-" else None))
            if m:  # "Codestral 25.01", "Kimi K2", "GPT-4.1": a release of a product the gazetteer knows unversioned
                e = m.end()
        if (entry.type == "Product" and e < end and text.startswith(" for ", e) and (edition := _RX_FOR_TAIL.match(text, e, end))
                and not any(hs == e + 5 and h.type in ("Company", "Country", "Place", "Demonym") for hs, _he, h in gaz.match(text, e + 5, edition.end()))):
            e = edition.end()  # "Claude for Financial Services": the edition, named whole (not "ChatGPT for Amazon", a company)
        if entry.type == "Product" and e < end and text[e] == "-" and (variant := _RX_VARIANT.match(text, e, end)):
            e = variant.end()  # "Phi-3-mini", "GPT-4o-mini", "Llama-3.1-8B-Instruct": a variant of the model
        elif entry.type == "Product" and e < end and text[e] == " " and (variant := _RX_SPACED_VARIANT.match(text, e, end)):
            e = variant.end()  # "GPT-4o mini", "Grok 3 mini", "Stable Diffusion XL": a tier of the model, another model
        if _RX_STYLE.match(text, e, end):
            continue  # "ChatGPT-style": a comparison
        if entry.type in ("Company", "Product") and e < end and text[e] == " " and (api := _RX_API_TAIL.match(text, e, end)):
            if entry.type == "Product":  # "the Llama API": the model's maker makes it
                name = (entry.name + text[e:api.end()]) if text[s:e] == entry.name else text[s:api.end()]
                out.append(Mention(s, api.end(), name, "Product", text[s:api.end()], entry, True))
            else:  # "the OpenAI API", "the Writer API": the company's programming interface, a product of its own
                out.append(Mention(s, api.end(), text[s:api.end()], "Product", text[s:api.end()], None, False, extra={"branded": entry.name}))
            continue
        if entry.type == "Company" and (region := _RX_REGION_AFTER.match(text, e, end)):
            name = text[s:region.end()]  # "Vertex Ventures Southeast Asia & India": the firm's regional fund, a company of its own
            out.append(Mention(s, region.end(), name, "Company", name, None, False))
            continue
        if entry.type == "Company":
            vintage = _RX_FUND_NUMBER.match(text, e, end) if entry.name.endswith("Fund") else None
            sfx = _RX_CORP_AFTER.match(text, e, end) or vintage
            if sfx:
                e = sfx.end()  # "SoftBank Corp.": the company with its legal suffix
        surface = text[s:e]
        name = entry.name + vintage.group() if entry.type == "Company" and vintage else entry.name  # "SoftBank Vision Fund 2": another fund
        if entry.type == "Product" and surface not in (entry.name, *entry.aliases):
            base = _base_surface(surface, entry)
            if base is not None:
                name = surface if base != entry.name else entry.name + surface[len(base):]  # "LTXV-13B": as written after an alias
        if vintage:  # another fund than the one the gazetteer knows (and whose Wikidata id it holds)
            out.append(Mention(s, e, name, "Company", surface, None, False))
            continue
        if (entry.type == "Company" and s - start > 4 and text[s - 1] == " " and (town := _TOWN_WORD_BEFORE.search(text, max(start, s - 24), s))
                and _PREP_BEFORE_PLACE.search(text, max(start, town.start() - 8), town.start())
                and (country := city_country(text[town.start():e])) and not text.startswith(("'s", "’s"), e)):
            out.append(Mention(town.start(), e, text[town.start():e], "Place", text[town.start():e], None, False, country=country))
            continue  # "based in Long Eaton, Derbyshire": a town whose last word is a company's name (Eaton)
        if entry.type == "Demonym" and text[e:e + 1] == " " and (whole := _RX_DEMONYM_NAME.match(text, e, end)):
            surface = text[s:whole.end()]  # "European Semiconductor Manufacturing Company": the demonym begins the company's name
            out.append(Mention(s, whole.end(), surface, "Company", surface, None, False))
            continue
        if entry.type in ("Country", "Place") and e < end and text[e] == " " and (word := _RX_PLACE_WORD_AFTER.match(text, e, end)) and (
                country := city_country(text[s:word.end()])):
            out.append(Mention(s, word.end(), text[s:word.end()], "Place", text[s:word.end()], None, True, country=country))
            continue  # "a Guatemala City start-up", "Kuwait City", "Colorado Springs": a town named after the country or the state
        if entry.type in ("Demonym", "Country") and (gov := _RX_GOVERNMENT.match(text, e, end)):
            surface = text[s:gov.end()]  # "the South Korean government", "the U.S. government": a state that acts, a company's peer
            out.append(Mention(s, gov.end(), surface, "Company", surface, None, False, extra={"government": True}))
            continue
        out.append(Mention(s, e, name, entry.type, surface, entry, True, country=entry.country if entry.type in ("Demonym", "Place") else (entry.name if entry.type == "Country" else None)))
    if out:  # "OpenAI Korea", "Stargate UAE": a company's national arm, a company of its own; "RWTH Aachen University"
        merged = []
        for m in out:
            prev = merged[-1] if merged else None
            if m.type == "Country" and prev is not None and prev.type == "Company" and country_ends_name(text, prev, m, end):
                name = text[prev.start:m.end]
                merged[-1] = Mention(prev.start, m.end, name, "Company", name, None, False)
                continue
            if (m.type == "Place" and m.start > start + 4 and text.startswith("of ", m.start - 3)
                    and (body := _BODY_OF_BEFORE.search(text, max(start, m.start - 16), m.start)) is not None
                    and (prev is None or prev.end <= body.start())):
                tail = _BODY_TAIL.match(text, m.end, end).end()  # "the Port of Rotterdam Authority"
                name = text[body.start():tail]  # "the City of Cape Town", "the Port of Rotterdam": the town's government, a party
                merged.append(Mention(body.start(), tail, name, "Unknown", name, None, False))
                continue
            if (m.type == "Place" and m.start > start and text[m.start - 1] == " "
                    and (school := _SCHOOL_WORD_BEFORE.search(text, max(start, m.start - 24), m.start)) is not None
                    and (prev is None or prev.end <= school.start())):
                name = text[school.start():m.end]  # "Hogeschool Utrecht", "Universität Wien": a school named by its town
                merged.append(Mention(school.start(), m.end, name, "Unknown", name, None, False))
                continue
            if (m.type in ("Place", "Country") and m.start > start and text[m.start - 1] == " "
                    and (acr := _ACRONYM_BEFORE.search(text, max(start, m.start - 8), m.start)) is not None
                    and (prev is None or prev.end <= acr.start()) and (head := _SCHOOL_AFTER.match(text, m.end, end)) is not None
                    and (head.group() or acr.group(1) in _PLACE_NAMED_SCHOOLS)):
                name = text[acr.start(1):head.end()]  # "RWTH Aachen University", "IIIT Bangalore": a school named with its town
                merged.append(Mention(acr.start(1), head.end(), name, "Unknown", name, None, False))
                continue
            if (m.type == "Product" and m.entry is not None and m.entry.name == "App Store" and prev is not None and prev.type == "Company"
                    and prev.end + 1 == m.start and text[prev.end] == " " and m.entry.owner != prev.name):
                name = f"{prev.name} App Store"  # "the Xero App Store": another company's store for apps, not Apple's
                merged[-1] = Mention(prev.start, m.end, name, "Product", text[prev.start:m.end], None, False, extra={"branded": prev.name})
                continue
            merged.append(m)
        out = merged
    for m in [m for m in out if m.type == "Company"]:
        code = _RX_POSS_CODE.match(text, m.end, end)
        if code:  # "DeepSeek's R1": the maker's model the gazetteer knows as "DeepSeek-R1"
            whole = f"{m.surface} {code.group(1)}"
            hit = gaz.match(whole)
            if len(hit) == 1 and hit[0][:2] == (0, len(whole)) and hit[0][2].type == "Product":
                entry = hit[0][2]
                out.append(Mention(code.start(1), code.end(1), entry.name, "Product", code.group(1), entry, True))
    out.sort(key=attrgetter("start"))
    sent = text[start:end]

    def add(ms: int, me: int, typ: str, over_places: bool = False, named: bool = False) -> None:
        raw = text[ms:me]
        if "-" in raw and (d := _DERIVED_HEAD.match(raw)):
            if d.group("how") in _MAKER_PARTICIPLES:  # "the Bramble-developed Thicket model": Bramble makes Thicket
                add(ms, ms + len(d.group("pre")), "Company")
            ms += d.end()  # "Stockport-based Gable AI": the name comes after the place
            raw = text[ms:me]
        name = _clean_name(raw)
        if not name or _RX_STYLE.search(name) or name in _NO_NAME_ALONE or name in _REGION_ADJECTIVES or ("-" in name and _ADJECTIVE_NAME.fullmatch(name)):
            return
        if is_stopname(name):
            words = name.split()
            opener = (len(words) > 1 and words[0] in _NAME_OPENERS and ms - 2 >= start and text[ms - 1] == " " and text[ms - 2].islower()
                      and raw.startswith(words[0]))  # "Sony bought Beyond Sports, a Dutch start-up": a name in mid-sentence
            if not (over_places and len(words) > 2 and words[0] not in _FUNCTION and ms > start or opener):
                return  # "National Grid Partners" mid-sentence is a name; "The Group" is not
        ms = ms + raw.find(name)
        me = ms + len(name)
        if ms > start and text[ms - 1].islower():
            ms = _small_head(text, start, ms)  # "iFit, the Utah fitness company"
            name = text[ms:me]
        if " of " in name and (of := _FIRM_OF_PLACE.fullmatch(name)) and of.group("last") not in INSTITUTION_WORDS and (
                city_country(of.group("place")) or of.group("place").endswith(" City") and city_country(of.group("place")[:-5]) or any(o.start == ms + of.start("place") and o.type in ("Place", "Country") for o in out)):
            me = ms + of.end("firm")  # "the company Marecchia Scansioni of Rimini": the firm, then where it is
            name = text[ms:me]
        for o in out:
            if ms < o.end and o.start < me:
                if (over_places and o.type in ("Place", "Country") and ms <= o.start and o.end <= me
                        and ((o.end < me and text[o.end] == " " and not name.endswith(" AI")) or (o.start > ms and o.end == me))):
                    continue  # "Ostrava Ventures", "Matrix Partners India": a place's name inside a company's
                return
        if over_places:
            out[:] = [o for o in out if not (ms <= o.start and o.end <= me)]
        if _RX_STYLE.match(text, me, end):
            return
        if typ != "Product" and (cut := _legal_form_start(name.rstrip("."))):
            name = name[:cut]  # "Kalmar Aero AB, a Malmö start-up": the company, its legal form left out of its name (not its span)
        out.append(Mention(ms, me, name, typ, name, None, False, extra={"named": True} if named else {}))

    low = sent.lower()
    gates = _MENTION_GATES.scan(low)  # which of the rules' words the sentence holds: one pass for all of them
    asc = ascii_rules()
    rx_suffix, rx_desc, spaced_suffix = ((_RX_SUFFIX.asc, _RX_DESC_BEFORE.asc, _SPACED_SUFFIX.asc) if asc
                                         else (_RX_SUFFIX.uni, _RX_DESC_BEFORE.uni, _SPACED_SUFFIX.uni))
    for rx, typ in ((rx_suffix, "Company"), (rx_desc, "Company"), (_RX_PDESC_BEFORE, "Product"), (_RX_MAKER_OF, "Product"), (_RX_ROLE_APPOS, "Company")):
        if (rx is _RX_PDESC_BEFORE and "pdesc" not in gates or rx is _RX_MAKER_OF and not (" of " in low and "maker" in gates)
                or rx is _RX_ROLE_APPOS and not _ROLE_APPOS_GATE.search(low) or rx is rx_suffix and not spaced_suffix.search(sent)
                or rx is rx_desc and "cnoun" not in gates):
            continue
        for m in rx.finditer(sent):
            t = typ
            if rx is rx_suffix and (_PNOUN_AFTER.match(sent, m.end("name")) and _THE_BEFORE.search(sent, 0, m.start("name"))
                                     or _PAPPOS_AFTER.match(sent, m.end("name"))
                                     or _PDESC_RIGHT_BEFORE.search(sent, max(0, m.start("name") - 40), m.start("name"))
                                     and not _CONTACT_VERB_AFTER.match(sent, m.end("name"))):
                t = "Product"  # "the Talon AI accelerator": a product's name, not a company's
            ne = m.end("name")
            if rx is _RX_PDESC_BEFORE and (seat := _BASED_BEFORE_NOUN.search(sent, max(0, m.start() - 60), m.start())) and city_country(seat.group(1)):
                t = "Company"  # "Boston-based delivery app Drizly": the company named by what it sells
            if rx is rx_desc and _FOUNDER_CLAUSE_AFTER.match(sent, ne):
                continue
            if (rx is rx_suffix and m.group("name").endswith(" AI") and " " not in m.group("name")[:-3]
                    and (country := city_country(m.group("name")[:-3])) and _PLACE_SLOT_BEFORE.search(sent, max(0, m.start("name") - 30), m.start("name"))
                    and _COMPANY_NOUN_AFTER.match(sent, ne)):
                out.append(Mention(start + m.start("name"), start + ne - 3, m.group("name")[:-3], "Place", m.group("name")[:-3], None, False, country=country))
                continue  # "the Augsburg AI start-up Wertach": a city, then what the company does
            if rx is rx_suffix and (last := m.group("name").rsplit(" ", 1)[-1]) in _PARTNER_TIER and _PARTNER_AFTER.match(sent, ne):
                ne -= len(last) + 1  # "the Orvane Technology Partner Program": "Technology" names the tier, not the company
            if t == "Product" and m.group("name").endswith(" AI") and _HARDWARE_AFTER.match(sent, ne):
                ne -= 3  # "its Wormhole AI accelerators": "AI" describes the accelerators
            add(start + m.start("name"), start + ne, t, over_places=rx is rx_suffix)
    if ", a" in sent or ", the" in sent or ", one of" in sent:  # ", a", ", an", ", another", ", the", ", one of Peru's largest banks"
        for m in _RX_APPOS.finditer(sent):
            if (_SAID_BEFORE.search(sent, max(0, m.start("name") - 12), m.start("name")) and _ROLE_APPOS.match(sent, m.end("name"))
                    or _ROLE_AT.match(sent, m.end("name"))
                    or (r := _PERSON_ROLE_APPOS.match(sent, m.end("name"))) is not None and _ROLE_ENDS.match(sent, r.end())):
                continue  # 'said Anne-Marie Tremblay, a Montreal-based venture investor', 'Ken Halloway, a partner at a consulting firm': a person;
                # 'Niamh Tierney-Hourigan, a former engine technician, and ...': a person by her role
            if sent.startswith((", the fresh fund", ", the fresh capital", ", the fresh money"), m.end("name")):
                continue  # "According to Anindya, the fresh fund will be used for ...": the money raised, no fund
            if (sent.startswith(("Founded", "Co-founded")) and _FOUNDERS_BEFORE.search(sent, 0, m.start("name"))
                    and _person_shaped(m.group("name"))):
                continue  # "Founded in 2021 by psychologist Anindya Prameswari and engineer Raka Hutapea, the Jakarta-based startup
                # operates ...": the founders, then the sentence's subject, no apposition
            if m.group("name").isupper() and not sent[:m.start("name")].strip() and _DATELINE_TAIL.match(sent, m.end("name")):
                continue  # "HAARLEM, the Netherlands - Spaarne Creative, a start-up,": a dateline's place, not the apposition's head
            head = m.group("head") or m.group("cnoun") or m.group("pnoun")
            company = m.group("chead") if m.group("head") else m.group("cnoun")
            if not company and _COMPANY_HEAD_LATER.match(sent, m.tail_end()):
                company = head  # "Sentera, a drone imagery company", "a chip design firm": the compound's last noun is the head
            if not company and head.startswith("processor") and (_PROCESSED_GOODS.search(sent, max(0, m.tail_start("pnoun") - 24), m.tail_start("pnoun"))
                                                                 or _GOODS_PROCESSED.match(sent, m.tail_start("pnoun") + len(head))):
                company = head  # "Toba Logam, a Jakarta-based nickel processor", "a payments processor": a company that processes goods
            if not company and (seat := _BASED_DESC.search(sent, m.end("name"), m.tail_end())) and city_country(seat.group(1)):
                company = head  # "Remitly, the Seattle-based app that ...": a company has a seat, its app has none
            if not company and (seat := _CITY_DESC.match(sent, m.end("name"))) and city_country(seat.group(1)):
                company = head  # "Kestrova, a Lisbon footage library": a city names a company's seat, not a product's
            typ = "Company" if company else ("Unknown" if head.lower() in _NEUTRAL_HEADS else "Product")
            add(start + m.start("name"), start + m.end("name"), typ, named=typ == "Product")  # "Marram, the company's app,"
    nouns_held = "pnoun" in gates
    for i, (rx, _words, nouns) in enumerate(_PRODUCT_RULES):
        if nouns is not None and not nouns_held or i not in gates:  # the product nouns and the rule's own words
            continue
        for m in rx.finditer(sent):
            if m.group("name").rsplit(" ", 1)[-1] in _SUFFIX_WORDS and _NOUN_THEN_PRODUCT.match(sent, m.end("name")):
                add(start + m.start("name"), start + m.end("name"), "Company")  # "the Halden Labs coding model Strata": the maker
            elif rx is _RX_THE_PRODUCT and _based_elsewhere(text, m.group("name")):
                add(start + m.start("name"), start + m.end("name"), "Company")  # "Barcelona-based Glovo ... the Glovo app": the company's app
            else:  # "Its app, Kaamos," and "an app called Kaamos" name the product, even by the maker's first word
                add(start + m.start("name"), start + m.end("name"), "Product", named=rx is _RX_POSS_APPOS or rx is _RX_CALLED or rx is _RX_IT_CALLS)
            if "name2" in m.groupdict() and m.group("name2"):
                add(start + m.start("name2"), start + m.end("name2"), "Product")
            if rx is _RX_SUCH_AS and m.group("rest"):
                for n in _RX_SUCH_AS_MEMBER.finditer(sent, m.start("rest"), m.end("rest")):
                    add(start + n.start(), start + n.end(), "Product")
    out.sort(key=attrgetter("start"))
    return out


def _based_elsewhere(text: str, name: str) -> bool:
    """Is ``name`` a company by where the article says it is based ("Barcelona-based Glovo")?  Then "the Glovo app" is
    the company's app, not a product called Glovo."""
    return re.search(r"-(?:based|headquartered)\s+" + re.escape(name) + r"\b(?!\s+[A-Z])", text) is not None


def _base_surface(surface: str, entry: GazEntry) -> str | None:
    """The gazetteer form a longer surface starts with ("GPT-4" in "GPT-4.1"); None when the surface is only
    another spelling of the name ("DeepSeek R1" for "DeepSeek-R1")."""
    for cand in sorted((entry.name, *entry.aliases), key=len, reverse=True):
        if surface.startswith(cand):
            return cand
    for cand in sorted((entry.name, *entry.aliases), key=len, reverse=True):
        spaced = cand.replace("-", " ")
        if surface == spaced:
            return None
        if surface.startswith(spaced):
            return surface[:len(spaced)]
    return surface.split()[0]


_COUNT_WORDS = ("About", "Around", "Roughly", "Nearly", "Almost", "Some", "Over", "Under", "Just", "More", "Fewer", "Up")
_COUNTED = re.compile(r"(?:About|Around|Roughly|Nearly|Almost|Some|Over|Under|Just|More\s+than|Fewer\s+than|Up\s+to)\s+\d")
"""'About 140 current and former employees took part': a count at a sentence's start, no name (but 'About You' is one)."""
_GROUP_PREFIXES = frozenset("Grupo Groupe Gruppo Grupa Banco Banca Banque Compagnie Koninklijke".split())
_GROUP_PREFIXES_SP = tuple(w + " " for w in _GROUP_PREFIXES)
"""Generic first words a group's name may open with, its own name the word after: "Grupo Huasteca Financiero" is "Huasteca"."""
_ARM_NAME = re.compile(r"\s(?:Ventures|Venture\s+Capital|Capital|Investments|Invest|Fund|Partners|Fund\s+[IVX\d]+)$")
"""A corporate investment arm's name ("Huasteca Ventures", "Intel Capital"): a parent named alongside it owns the short name."""
_ARM_ENDS = (" Ventures", " Capital", " Investments", " Invest", " Fund", " Partners")


def _is_arm(name: str) -> bool:
    """Is ``name`` an investment arm's or a fund's (:data:`_ARM_NAME`)?  Tested by its ending first: most names are not."""
    return name.endswith(_ARM_ENDS) or (" Fund " in name and _ARM_NAME.search(name) is not None)


_SHORTENABLE = re.compile(r"^(?P<short>[A-Z][\w.&-]+(?:\s+[A-Z][\w.&-]+)?)\s+(?:" + _SUFFIX + r")\.?$")


_RX_NEXT_VERSION = re.compile(r" (?!(?:19|20)\d\d\b)\d+(?:\.\d+)*\b(?![.,]?\d|\s*(?:%|percent|million|billion|bn|m|per)\b)")


class DynamicNames:
    """Names found by context earlier in the article, matched again wherever they recur.

    "Quillon Robotics, a start-up" makes later "Quillon Robotics" and "Quillon" mentions too.
    """

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, str]] = {}
        self._index: dict[str, list[str]] | None = None
        self._places: tuple[str, list[tuple[int, str]], list[int]] | None = None  # where the first words stand in a text
        self._firsts: set[str] = set()  # the first words of the companies found
        self._branded: list[tuple[str, str, tuple[str, str]]] = []  # two-word products: first word, own word, name and type

    def add(self, m: Mention) -> None:
        if m.known or m.anaphor or m.type not in ("Company", "Product", "Unknown"):
            return
        if m.name in self._names:
            return
        self._names[m.name] = (m.name, m.type)
        short = _SHORTENABLE.match(m.name) if m.type == "Company" else None
        key = short.group("short") if short and not is_stopname(short.group("short")) else None
        if key is None and m.type in ("Company", "Unknown") and (words := m.name.split())[0] in _GROUP_PREFIXES and len(words) > 2:
            key = words[1]  # "Grupo Huasteca Financiero" ... "Huasteca signed"
        if key is not None and key not in self._names:
            parent = next((v for k, v in self._names.items() if (k.startswith(key + " ") or k.startswith(_GROUP_PREFIXES_SP) and k.split()[1:2] == [key])
                           and k == v[0] and v[1] in ("Company", "Unknown") and not _is_arm(k)), None) if _is_arm(m.name) else None
            if parent is not None or not _is_arm(m.name):
                self._names[key] = parent or (m.name, m.type)  # "Märsta Cargo Group" named before its arm "Märsta Ventures": "Märsta" is the group
            # (an arm's first word alone is not the arm: "Gamcheon Marine ... its venture arm, Gamcheon Ventures ... Gamcheon said")
        if m.type == "Product" and " " in m.name and len(words := m.name.split()) == 2 and words[1][:1].isupper() and len(words[1]) > 3:
            self._branded.append((words[0], words[1], (m.name, m.type)))  # "Rundle Shaftwatch": maybe the maker's first word, then its own
            if words[0] in self._firsts:
                self._names.setdefault(words[1], (m.name, m.type))  # "Rundle Vertical" ... "Rundle Shaftwatch" ... "Shaftwatch": the product
        elif m.type == "Company":
            first = m.name.split()[0]
            self._firsts.add(first)
            for pfirst, own, value in self._branded:
                if pfirst == first:
                    self._names.setdefault(own, value)
        if m.type in ("Company", "Unknown") and " " in m.name and not _is_arm(m.name):
            words = m.name.split()
            for k in {key, words[0], " ".join(words[:2])} - {None, m.name}:
                held = self._names.get(k)
                if held is not None and held[0] != k and _is_arm(held[0]):
                    self._names[k] = (m.name, m.type)  # "Märsta Cargo Group" and its arm "Märsta Ventures": "Märsta" alone is the parent
        self._index = self._places = None

    def names(self) -> list[tuple[str, str]]:
        """``(name, type)`` of the names found by context so far."""
        return [v for k, v in self._names.items() if k == v[0]]

    def find(self, text: str, start: int, end: int, existing: list[Mention]) -> list[Mention]:
        """Later mentions of the names, found through their first words (no per-article regex to compile)."""
        if not self._names:
            return existing
        if self._index is None:
            self._index = {}
            for alias in sorted(self._names, key=len, reverse=True):
                self._index.setdefault(_RX_FIRST_WORD.match(alias).group(), []).append(alias)
        starts = self._first_words(text, start, end)
        if not starts:
            return existing  # no first word of a name anywhere in this sentence: the common case, tested by substring
        out = list(existing)
        for ws, first in starts:
            ws += start
            aliases = self._index[first]
            if ws > 0 and (text[ws - 1].isalnum() or text[ws - 1] in "-_"):
                continue
            for alias in aliases:
                e = ws + len(alias)
                if e <= end and text.startswith(alias, ws) and not (e < len(text) and (text[e].isalnum() or text[e] in "-_")):
                    break
            else:
                continue
            if any(ws < x.end and x.start < e for x in out):
                continue
            if (" " not in alias and _ADJECTIVE_FORM.fullmatch(alias) and _ARTICLE_BEFORE.search(text, max(start, ws - 6), ws)
                    and _LOWER_NOUN_NEXT.match(text, e, end)):
                continue  # "The Sevillian Triana Data raises ..." named "Sevillian"; "the Sevillian start-up" is its adjective
            if (" " not in alias and text[e:e + 1] == " " and text[ws - 1:ws] == " " and _ARTICLE_BEFORE.search(text, max(start, ws - 6), ws)
                    and _LOWER_NOUN_NEXT.match(text, e, end) and city_country(alias)):
                continue  # "Viersen Robotics, a Viersen start-up": the town the company is named after
            name, typ = self._names[alias]
            if typ == "Product":
                v = _RX_NEXT_VERSION.match(text, e, end)
                if v:
                    name, e = name + text[e:v.end()], v.end()
            out.append(Mention(ws, e, name, typ, text[ws:e], None, False))
        out.sort(key=attrgetter("start"))
        return out

    def _first_words(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        """Where a word of ``text[start:end]`` (as :data:`_RX_FIRST_WORD` splits it) is a first word of the names, in
        order: ``(offset in the sentence, word)``.  Found by substring search, not by splitting every word: each first word
        is looked for once in the whole text, and a sentence takes the places inside it.  A sentence where the splitting
        is in doubt (a name right after "&" or ".") is split by the pattern."""
        places = self._places
        if places is None or places[0] is not text:
            found_in_text = []
            for first in self._index:
                p = text.find(first)
                while p >= 0:
                    found_in_text.append((p, first))
                    p = text.find(first, p + 1)
            found_in_text.sort()
            places = self._places = (text, found_in_text, [p for p, _ in found_in_text])
        _text, spots, offsets = places
        found = []
        for i in range(bisect_left(offsets, start), len(spots)):
            p, first = spots[i]
            if p >= end:
                break
            q = p + len(first)
            if q > end:
                continue  # running past the sentence's end: not in it
            before = text[p - 1] if p > start else " "
            if before in "&.":
                return [(w.start(), w.group()) for w in _RX_FIRST_WORD.finditer(text[start:end]) if w.group() in self._index]
            # a word starts here (nothing before it that a word goes on through) and ends here
            if not (before.isalnum() or before in "_-") and not (
                    q < end and (text[q].isalnum() or text[q] in "_&" or (text[q] in ".-" and q + 1 < end and (text[q + 1].isalnum() or text[q + 1] == "_")))):
                found.append((p - start, first))
        return found


_RX_FIRST_WORD = re.compile(r"[^\W_](?:[\w&]|[.-](?=\w))*")
"""A name's first word: "Vesta-2", "Character.AI", "Quillon" in "Quillon's"."""


# --- names in no gazetteer and with no typing context -----------------------
#
# Every other proper name becomes an "Unknown" mention: a wildcard the relation
# rules accept in a company or a product slot ("Brightwell Compute has invested
# $25 million in Ostrava Vision" types both as companies by the verb).  The
# pipeline settles each unknown name's type from the facts it takes part in.

_RX_NAME = Plain(_NAME_SCAN)
_LOWER_HEAD = re.compile(r"(?<![\w.'’-])[a-z]{1,4}$")


def _small_head(text: str, start: int, s: int) -> int:
    """Where a name that a capital at ``s`` seems to open really starts: "iFit", "nCino", "byFounders" open with
    small letters (at most four, after no other word character)."""
    low = _LOWER_HEAD.search(text, max(start, s - 6), s)
    return low.start() if low is not None else s


_NOT_NAMES = frozenset(
    """GPU GPUs CPU CPUs TPU TPUs NPU CEO CFO CTO COO IPO IPOs API APIs LLM LLMs IDE IDEs CRM ERP SaaS HR IT ML PR VC VCs HVAC
    EU UN ESG GDP AGI RAG SDK SDKs OS PC PCs FAQ ETF SEC FTC DOJ CMA AM PM GMT UTC EST PST PRESS RELEASE Press Release
    Arabic English Hindi Tamil Mandarin Cantonese Chinese Japanese Korean Spanish French German Latin Christmas Easter
    Brexit Covid COVID Reuters Bloomberg Staff Analysis Update Updated Editor Editors Note Photo Image Source Sources
    Read More Related Share Subscribe Advertisement Opinion Exclusive Breaking News Markets Technology Business Deals
    Funding Roundup Background Overview Highlights Timeline Existing GAAP Non-GAAP EBITDA Separately Meanwhile Elsewhere Overseas Domestically Abroad Earlier Later Under Any Several Most Few Under Because Despite
    Following Including Excluding According Founded Based Terms Financial Neither Either Shares Investors Backers Among
    Analysts Officials Regulators Executives Critics Experts Observers Customers Users Developers Companies Startups Banks
    Lawmakers Bankers People Employees Engineers Researchers Founders Rival Rivals Competitor Competitors Others Both Many Some Sales
    Revenue Profits Prices Details Talks Deal Deals Nobody Everyone Nothing Everything Instead Overall Together
    NASDAQ Nasdaq NYSE LSE TSX ASX HKEX SGX KRX KOSDAQ NSE BSE OTC Consider Imagine Take Look Remember Note Picture
    Suppose Upgrade Downgrade Upgraded Downgraded Sell Buy Hold Neutral Overweight Underweight Outperform Underperform
    Reiterate Initiate Maintain Europe Asia Africa Americas Oceania Scandinavia Nordics Benelux Balkans Baltics Gulf""".split()
)
_LONE_TAILS = frozenset("Platform Paper Union Growth Video Export Pro West Solutions Partnership Services Cloud Studio".split())
"""Last words of a name that are no name alone, once the words before them are taken for sentence words: "Business
Technology Platform" is not "Platform"."""
_GENERIC_TERMS = frozenset(
    """HBM DRAM NAND SRAM FPGA FPGAs ASIC ASICs SIEM XDR EDR KYC AML SMS MRI LED LEDs OLED LCD NFC RFID MIDI PVC GPS SQL ETL
    ITSM EDA EUV CCS HPLC PFAS GST VAT SME SMEs ICU COBOL EPS IoT""".split())
"""Technologies, methods and trade terms written in capitals ("its FPGA line", "NFC and RFID tags", "a SIEM"): no name when
alone, though they may open one ("GPS Insight", "SQL Server"), which is why they are not among the stop names."""
_NO_NAME_ALONE = _NOT_NAMES | _GENERIC_TERMS
"""What is no name when it stands alone: the stop names and the trade terms."""
_REGION_ADJECTIVES = frozenset("Baltic Scandinavian Balkan Iberian Caribbean Andean Mediterranean".split())
"""Regions' adjectives: no name alone ("two Baltic operators"), though they may open one ("Baltic Growth")."""
_COMPASS_REGIONS = frozenset("Northeast Northwest Southeast Southwest Midwest".split())
"""A country's parts: no name before a place or after "the" ("Northeast Ohio companies", "in the Midwest"), though one may open a
name ("Northeast Bank") or be a company's short name ("Southwest has bought ...")."""
_DERIVED = re.compile(r"-(?P<suffix>[a-z]+)$")
_DERIVED_COMPANY = frozenset({"backed", "funded", "owned", "led", "controlled", "financed", "supported"})
_PERSON_CUES = (
    " chief executive", " officer", " ceo", " cfo", " cto", " coo", " founder", " co-founder", " chairman", " chairwoman",
    " chair", " president", " analyst", " spokesperson", " spokesman", " spokeswoman", " mr", " ms", " mrs", " dr", " prof",
    " minister", " secretary", " professor", " director", " researcher", " engineer", " entrepreneur", " billionaire",
    " angel investor", " businessman", " businesswoman", " scientist", " designer", " executive",
    " researchers", " engineers", " executives", " scientists", " founders", " co-founders",
)
_PERSON_CUES_PLURAL = (" researchers", " engineers", " executives", " scientists", " founders")
_HEAD_OF = re.compile(r"\bhead of [a-z ]+$")


_GIVEN_NAMES = frozenset("""
    Aaron Adam Adrian Alan Albert Alex Alexander Alexandr Alexis Ali Alice Alicia Amanda Amara Amy Ana Andrea Andrew Andy
    Angela Anna Anne Anthony Antoine Arthur Arvind Ashley Barbara Ben Benjamin Bernard Beth Bill Bob Brad Bradley Brian
    Bruce Carlos Carol Caroline Catherine Charlotte Chris Christian Christina Christine Christopher Chuck Claire Colette
    Craig Cristiano Dan Daniel Daniela Dario Darren David Demis Dennis Diana Diane Dominic Donald Doug Douglas Dylan Ed
    Edward Elena Elizabeth Elon Emily Emma Emmanuel Eric Erik Fei-Fei Frank Gary George Gina Greg Gregory Guillaume Hannah
    Harry Heather Helen Henry Hiroshi Hugo Ian Ilya Ines Isabel Jack Jacob Jake James Jan Jane Janet Jason Jeff Jeffrey
    Jennifer Jensen Jeremy Jessica Jim Joanna Joe Joel John Jon Jonathan Jordan Jose Joseph Josh Joshua Juan Julia Julie
    Justin Karen Kate Katherine Kathryn Keith Ken Kenji Kevin Kim Kyle Larry Laura Lauren Lily Linda Lisa Liz Lucas Luis
    Maria Marie Mark Martin Mary Masayoshi Matt Matthew Max Megan Melissa Michael Michelle Mike Mira Mohamed Mohammed
    Mustafa Nadia Nancy Natalie Nathan Neil Nicholas Nick Nicole Noam Oliver Olivia Omar Oscar Pat Patrick Paul Peter
    Philip Pierre Priya Rachel Rahul Raj Rajesh Ramesh Rebecca Reid Richard Rick Rob Robert Robin Roger Ryan Sam Samantha
    Samuel Sandra Sanjay Sara Sarah Satya Scott Sean Sebastian Sergey Shane Sharon Sheryl Simon Sophie Stacy Stefan
    Stephanie Stephen Steve Steven Sundar Susan Takeshi Tara Thomas Tim Timothy Todd Tom Tony Travis Trevor Vanessa
    Victor Vinod Wei William Xavier Yann Yuki Yusuf Zoe

Nat Elad Helena Thierry Timothée Jean Camille Julien Nicolas Laurent Olivier Mathieu Matthieu Philippe Francois François
Cedric Cédric Benoit Benoît Sebastien Sébastien Clement Clément Hans Jürgen Jurgen Klaus Matthias Markus Tobias Florian
Lukas Jonas Niklas Moritz Katrin Anja Ulrike Sabine Lars Sven Magnus Henrik Nils Anders Mikael Johan
Sanna Linnea Ingrid Astrid Petter Jarle Mikko Jukka Antti Pekka Teemu Marco Matteo Giulia Francesca Alessandro
Luca Giorgio Paolo Roberto Stefano Carlo Diego Pablo Javier Alejandro Jorge Miguel Joao João Pedro Rafael
Gabriel Mateus Felipe Andrés Andres Ricardo Fernando Sergio Raul Raúl Lucia Lucía Sofia Sofía Paula Arjun
Rohan Vikram Aravind Nandan Nikhil Kunal Vivek Ravi Anand Ashish Deepak Amit Ankur Gaurav Neha Ananya
Kavya Ming Jing Xiaoming Haruki Akira Satoshi Daisuke Seung Hyun Khalid Ahmed Faisal Tareq Youssef Fatima
Layla Amir Reza Hassan Eitan Yonatan Itai Shira Dror Assaf Gil Dmitri Dmitry Sergei Andrei Alexei
Mikhail Ivan Olga Natalia Tomasz Piotr Krzysztof Pawel Paweł Marek Jakub Ondrej Tomas Tomáš Bogdan Andrzej
Emre Burak Kemal Chidi Ngozi Tunde Kwame Femi Bola Thabo Sipho Lindiwe Aidan Jakob Emad Aditya
Varun Kai-Fu Lucy Ilkka Tekedra Ramin Sridhar Zach Chad Shawn Tyler Jared Derek Jerry Dave Ron
Don Isabella Maya Ariana Gabriella Lydia Melanie Isabelle Valentina Clara Vivian Mackenzie Madeline Josephine Kylie Annabelle
Alexandra Brianna Leah Jasmine""".split())
"""First names common in business news: "Reid Hoffman, Bill Gates and Eric Schmidt" are people, not backers' firms."""
_PERSON_PARTICLES = frozenset({"bin", "van", "von", "de", "der", "da", "di", "del", "le", "al", "Al", "De", "Van"})
_TITLES = frozenset({"Prince", "Sheikh", "Senator", "Sen.", "Rep.", "King", "Queen", "Sir", "Dame", "Lord", "Mr.", "Ms.", "Mrs.", "Dr.",
                     "Minister", "Chancellor", "Governor", "Mayor", "Commissioner", "Secretary", "Premier", "Ambassador"})


def company_shaped(name: str) -> bool:
    """Does a name carry a company's word ("Tessel Telecom", "Orvane Data Centres", "Kestrel Labs")?"""
    return any(w in _SUFFIX_WORDS or w in _COMPANY_WORDS for w in name.split())


def looks_like_person(name: str) -> bool:
    """Is an unknown name a person's by its shape: a common first name and one to three more words
    ("Bill Gates", "Daniel De Freitas"), none of them a company word ("Adam Robotics" stays a company)?"""
    words = name.split()
    if any(w in _TITLES for w in words[:2]) and len(words) >= 2 and words[-1] not in _SUFFIX_WORDS:
        return True  # "Saudi Prince Alwaleed", "Sheikh Tahnoon"
    while words and words[0] in _TITLES:
        words = words[1:]
    if not 2 <= len(words) <= 4 or words[0] not in _GIVEN_NAMES:
        return False
    return all((w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and w not in _SUFFIX_WORDS and w not in _BUSINESS_TAILS
                and w.upper() != w) or w in _PERSON_PARTICLES for w in words[1:])


_BUSINESS_TAILS = frozenset("Company Companies Farms Foods Brands Trust Homes Hotels Airlines Media Health Street Pharma Studios".split())
"""Words that end a business's name though no company suffix ("Kate Farms", "The Jordan Company"): no person's."""


_UNIT_WORDS = frozenset("""Research Foundry Studios Games Entertainment Electronics Health Healthcare Securities Financial
    Services Solutions Consulting Digital Media Mobile Telecom Communications Infrastructure Brands Retail Pharma
    Team Board Inception Accelerator Build Ignite GTC Summit Keynote Day Days Next Ventures""".split())
"""Words after a company's name that make a unit, a programme or an event of it ("Microsoft Research",
"Nvidia Inception", "Microsoft Build"), not a product."""
_ROLE_WORDS = frozenset("""Vice Chair Chairman Chairwoman Executive Officer Director Manager Head Partner Analyst Spokesperson
    Spokesman Spokeswoman Founder Co-founder President Chief CEO CFO CTO COO Senior General Counsel Engineer Scientist
    Fellow Principal Lead""".split())


_POSSESSIVE_NEXT = re.compile(r"['’]s?\b")
_REGION_WORDS = frozenset("""EMEA APAC LATAM Americas Europe Asia Africa Japan China India Korea Canada Germany France UK US
    N.V N.V. NV Oy Oyj ASA SE S.A. S.p.A. KK K.K. Pte Pty Bhd""".split())


_ACRONYM_PLURAL = re.compile(r"\b[A-Z]{2,}s$")
_ACRONYM_PLURAL_NEXT = re.compile(r" [A-Z]{2,}s\b")
"""'MI300X VMs', 'H200 NVL Tensor Core GPUs': words describing units of a known product, no edition of it."""


def _branded_product(tail: list[str], after: str = "") -> bool:
    """Do the capitalised words after a company's name make one of its products ("AMD Instinct MI300X",
    "Nebius AI Studio", "Mistral Compute") rather than a unit, a fund, an event or a person with a title?"""
    if not tail or len(tail) > 4 or _POSSESSIVE_NEXT.match(after):
        return False  # "makes SK Hynix Dasan's second backer": a company's possessive
    if any(w in _SUFFIX_WORDS or w in _INSTITUTIONS or w in _UNIT_WORDS or w in _REGION_WORDS or w in _ROLE_WORDS or w in _TITLES for w in tail):
        return False
    if tail[0] in _GIVEN_NAMES or (len(tail) >= 2 and looks_like_person(" ".join(tail[-2:]))):
        return False  # "Nvidia Jensen Huang" is no product
    return not _EVENT.search(" ".join(tail))


def _extends_unknown(word: str, text: str, end: int) -> bool:
    """Does one capitalised word after a name read only as an unknown company make a product of it ("Korvane Tray, its app")?
    (:func:`_branded_product` also turns away a possessive after it.)"""
    return " " not in word and word[1:].islower() and text[end:end + 1] in (",", " ", ".") and _branded_product([word], text[end:end + 3])


def _person_before(before: str) -> bool:
    """Do the words before a name make it a person's ("chief executive Jane Roe", "Dr. Roe")?"""
    low = " " + before.lower().rstrip(" ,.")
    if low.endswith(_PERSON_CUES_PLURAL) and before.rstrip().endswith(","):
        return False  # "Founded by three former MediaTek engineers, Kaiwen has ...": the clause ends; the subject follows
    if before.rstrip().endswith(",") and before.rstrip(" ,").rsplit(",", 1)[-1].lstrip().lower().startswith(("a ", "an ")):
        return False  # "by Meghana Pattabhi and her cousin, a dairy scientist, Gokshira buys ...": an apposition closes; the subject follows
    return low.endswith(_PERSON_CUES) or ("head of" in low and bool(_HEAD_OF.search(low)))


_FIRM_PARTNER = re.compile(r"\b[A-Z][\w&.-]*(?:['’]s)?\s+(?:general\s+|managing\s+|founding\s+)?partner,?\s+$")
"""'Benchmark partner ', "Medicine Bow's managing partner, ": a firm's partner, a person, comes next."""


def _person_shaped(name: str) -> bool:
    """No company word and no digit in any word of the name: it may be a person's ("Chetan Puttagunta", not "Tessel Labs 2")."""
    return not any(w in _SUFFIX_WORDS or w in _COMPANY_WORDS or any(c.isdigit() for c in w) for w in name.split())


_SHE_LATER = re.compile(r"\s+(?:has\s+|had\s+)?[a-z]+\b[^.;:\"“”()«]{0,100}?\b(?:she|he)\s+(?:has\s+|had\s+)?(?:co-founded|founded|started|set\s+up|"
                        r"joined|left|ran|runs|took|became|was|is|said|says|built|created|launched)\b")
"""'Ximena Garza spent eight years running contact centres before she co-founded Tecolote': the sentence's subject is a person."""
_PERSON_AFTER = re.compile(
    r"(?:\s+(?:has\s+|had\s+|is\s+expected\s+to\s+|will\s+|would\s+)?(?:left|joined|joins|join|quit|resigned|retired|became|becomes|will\s+become|was\s+named|was\s+appointed|"
    r"has\s+been\s+(?:named|appointed))\b[^.;]{0,60}?\b(?:chief|CEO|CFO|CTO|COO|head\s+of|director|chair|chairman|chairwoman|board|president|officer|managing\s+partner)\b"
    r"|,\s+(?:who\s+(?:is|was|leads|heads|runs|founded|co-founded)|(?:the|its|their)\s+(?:[a-z-]+\s+){0,3}?(?:chief|founder|co-founder|"
    r"head|president|chairman|chairwoman|analyst|spokesperson|director|partner)|(?:[a-z-]+\s+){0,2}?(?:chief\s+executive|chief\s+\w+\s+officer|"
    r"CEO|CTO|CFO|COO|founder|co-founder|chairman|chairwoman|president|managing\s+partner|general\s+partner|head)\s+(?:of|at)\s|(?:[A-Z][\w.&-]*['’]s\s+)(?:[a-z-]+\s+){0,2}?(?:chief|founder|co-founder|head|president|chair|chairman|chairwoman|director|executive|officer|scientist|spokesperson|spokesman|spokeswoman|general\s+counsel|counsel))"
    r")"
)
_FUNCTION = frozenset(
    """The A An This That These Those It Its In On At For With By From As After Before Under Over When While Although But
    And Or If Since Such Mr Ms Mrs Dr CEO CFO CTO Chief President Chairman Founder Co-founder Cofounder Co-Founder Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December Series AI
    Unlike Like Besides Beyond Among Amid Against Without Through Via Per Alongside Within Across Toward Towards
    Add Consider
    Another Other Others Both Each Every Neither Either""".split()
)
_DEAL_WITH_BEFORE = re.compile(r"\b(?:agreement|partnership|deal|pact|alliance|contract|memorandum|MoU|tie-up|partnered|teamed\s+up|"
                               r"collaborat(?:e|es|ed|ing|ion))\s+with\s+$")
_NAME_LIST_NEXT = re.compile(r"(?:,\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}){1,4},?\s+(?:and|&)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}" + r"\s+(?:have\s+|had\s+|has\s+|will\s+|also\s+|jointly\s+)*[a-z]+(?:ed|ly)\b")
"""'Kestrel, Norvale and Brantec agreed': a sentence's first word opening a list of names that acts is a name too."""
_POSS_APPOS_NEXT = re.compile(
    r",\s+(?:its|their|our|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,4}?(?:" + PRODUCT_NOUNS
    + r"|plans?|ranges?|features?|plug-?ins?|extensions?|lines?|cards?|games?|kits?|collections?|brands?|polic(?:y|ies)|simulators?|"
    r"portals?|bundles?|editions?|marketplaces?|stores?)(?:\s+(?:for|of)\s+[\w-]+(?:\s+[\w-]+){0,3})?,\s")
"""'Hallmarq, its consumer app, lets ...', 'Frostline, Tarrowgate's collection of open-weight models, has ...': a sentence's
first word that an apposition closed by a comma calls something a company owns is a name, though no verb follows it."""
_PARTICIPLE_APPOS_NEXT = re.compile(r",\s+(?:based|headquartered|founded|owned|backed|controlled|listed)\s+(?:in|by|since)\s")
"""'Logrivo, based in Boulder, Colorado, has been owned by ...': a sentence's first word a participle's apposition describes."""


def _named_by_what_follows(text: str, name: str, e: int, end: int) -> bool:
    """Does what follows a sentence's single first word, ending at ``e``, make it a name: a verb ("Vantix has hired"), a list of
    names that acts, an apposition calling it a company's product or placing it with a participle, or a possessive of a word
    the article never writes small ("Zendvo's acquisitions include"; not "Mayor's office")?"""
    if _SUBJECT_VERB.match(text, e, end):
        return True
    if text.startswith(", ", e):
        return bool(_NAME_LIST_NEXT.match(text, e, end) or _POSS_APPOS_NEXT.match(text, e, end) or _PARTICIPLE_APPOS_NEXT.match(text, e, end))
    return text.startswith(("'s ", "’s "), e) and name not in _TITLES and not _lower_elsewhere(text, name)


_SUBJECT_VERB = re.compile(
    r"\s+(?:has|had|have|is|was|said|says|will|raised|raises|released|launched|bought|buys|acquired|acquires|invested|invests|"
    r"partnered|partners|signed|announced|agreed|builds|makes|develops|sells|offers|closed|secured|landed|received|took|"
    r"unveiled|debuted|plans|also|" + "|".join(sorted(finite_verbs(), key=len, reverse=True)) + r")\b|\s*(?:—|–|--)|,\s+(?:a|an|the|which|whose)\s"
    r"|\s+(?:brings|counts|runs|sells|hosts|employs|uses|operates|owns|holds|supplies|licenses|licences|publishes|"
    r"competes|serves|targets|expects|reported|posted|opened|hired|cut|added|joined|began|became|won|lost)\b"
    r"|,\s+(?:for\s+its\s+part|meanwhile|too|however|in\s+turn|by\s+contrast),"
    r"|['’]s?\s+(?:(?:[a-z][\w-]*|[\d.]+)\s+){0,2}?(?:alliance|partnership|collaboration|tie-up|acquisition|purchase|takeover|investment|stake|"
    r"backers|investors|partners|shareholders|models?|chips?|platform|apps?|software|agents?|assistant|chatbot|products?|"
    r"funding|round|valuation|shares|subsidiary|unit|venture\s+arm|headquarters|flagship)\b"
    r"|['’]s?\s+(?:(?:new|latest|own|first|flagship|open-source|open-weight)\s+)?[A-Z][\w.-]*(?:\s+[A-Z\d][\w.-]*)*\s+(?:is|are|was|has|have|model|agent|chip|app)\b"
    r"|,\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s+(?:[\w-]+\s+){0,2}?(?:model|agent|chip|app|assistant|chatbot|platform|tool|software|service|product)\b"
    r"|,\s+(?:(?:majority|minority|partly|wholly)[\s-])?(?:funded|backed|financed|acquired|owned|bought)\s+by\s")
"""A verb that follows a company opening its sentence ("Velmont released ..."), or a possessive that only a company takes
("Velmont's backers", "Velmont's Sentinel 3 agent"), or an apposition naming it a company's product ("Sundial, Tarn's
forecasting model,")."""
_RATING = re.compile(r"[\s•*·–—-]*(?:(?:Upgrade|Downgrade|Sell|Buy|Hold|Neutral|Overweight|Underweight|Outperform|Underperform|Reiterate|Initiate|Maintain)(?:\s+on)?)\s+$")
_INSTITUTIONS = frozenset(
    """Bank Banks University Institute Institution Ministry Department Board Council Office Bureau Society Association
    Academy School College Republic Kingdom State States Government Agency Authority Commission Chamber Federation Union
    Museum Hospital Centre Center Foundation Fund Trust League Church Order House Court Port City Town Province""".split())
_DEFINED_TERMS = frozenset({"Company", "Group", "Issuer"})
"""Capitalised nouns a prospectus, a filing or a release defines for its issuer ("the Company", "the Group"): no names."""
_ROUND_CODE = re.compile(r"[A-Z](?:-?\d{1,2}|\+)?")
_SCHOOL_HEADS = frozenset("University Hospital Institute Academy College Laboratory".split())
"""Last words of a research or care institution whose name may open with "National" or "State" ("National Taiwan University",
"National Cheng Kung University")."""
_OF_PLACE_HEADS = (_INSTITUTIONS - frozenset("""Banks Institution Republic Kingdom State States Union Church Order House Court City Town
    Province""".split())) | {"Exchange", "Club"}
"""Institutions named "X of <place>" ("Bank of Japan", "University of Tokyo", "Port of Rotterdam"); not "Republic of Korea";
and in the languages whose "of" :data:`_OF_PLACE` reads ("Universidade do Porto", "Università di Bologna")."""
_OF_PLACE_HEADS |= frozenset("""Universidade Universidad Università Université Universitat Politecnico Politécnico Politécnica Politècnica
    Instituto Istituto Institut Banco Banca Banque Caisse Escola Escuela Scuola École Hospital Clínic Clínica Clinica""".split())
INSTITUTION_WORDS = _INSTITUTIONS | _OF_PLACE_HEADS | _NAMED_OF_PLACE
"""Heads of bodies named after a place ("Bank of Japan", "Università di Bologna", "... Corporation of Japan"): no firm "of" its
home town."""
_ADJECTIVE_FORM = re.compile(r"[A-Z][a-zà-ÿ]{3,}(?:ian|ean|ese)")
_LOWER_NOUN_NEXT = re.compile(r" (?:[a-z][\w-]* ){0,2}?(?:" + COMPANY_NOUNS + r"|promoter|manager|holding|house)\b")
_DOCUMENT_HEADS = frozenset("Agreement Agreements Contract Contracts Memorandum MoU MOU Pact Understanding Intent".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+$")
_PART_OF = frozenset("One Two Three Some Many Most Each All Both None Several Few Either Neither".split())
"""Words that take a part of what follows "of" ("One of Plymouth's agencies"): no name's first words."""
_OF_THE_NAME = re.compile(r" of the [A-Z][\w'’-]*[\w](?: [A-Z][\w'’-]*[\w])*(?: of(?: the)? [A-Z][\w'’-]*[\w](?: [A-Z][\w'’-]*[\w])*)?")
"""A school's name going on past "of the" ("University of the Sunshine Coast", "University of the West of Scotland")."""
_SAINTS_BEFORE = re.compile(r"(?<![\w'’])(?:Saint|St\.?|San|Santa|Sainte)(?: [A-Z][a-z]+){1,2}['’]s $")
"""A saint's name before a school's head ("Saint Mary's University", "St Andrew's College")."""
_OF_PLACE = re.compile(r" (?:of|de|do|da|di|del|della|degli|du|des|dos) ")
"""The "of" between an institution and its place, in English and the Romance languages."""
_PARTNER_TIER = frozenset("""Technology Technologies Advanced Premier Select Services Service Consulting Elite Gold Platinum Silver Strategic ISV
    Tier Certified Preferred Authorized Authorised Global Solution Solutions Cloud Channel Alliance Registered Specialist Premium Partner Partners""".split())
_PARTNER_PROGRAM = frozenset({"Program", "Programme", "Network", "Ecosystem", "Community", "Program's", "Network's"})


_PARTNER_AFTER = re.compile(r"(?:\s+(?:" + "|".join(sorted(_PARTNER_TIER - {"Partner", "Partners"})) + r"))*\s+(?:Partner\b(?:\s+(?:Program|Programme|Network|Ecosystem|Community)\b|(?!\s+[A-Z]))|Partners\s+(?:Program|Programme|Network|Ecosystem|Community)\b)")
"""A partner tier or programme after a company's name ("Technology Partner Program", "Advanced Tier Services Partner")."""


def _without_partner_tier(words: list[str]) -> list[str]:
    """A company's name without the partner tier or programme named after it: "Orvane Technology Partner Program" -> "Orvane"."""
    for i, w in enumerate(words):
        if (w == "Partner" and (i == len(words) - 1 or words[i + 1] in _PARTNER_PROGRAM)) or (
                w == "Partners" and i + 1 < len(words) and words[i + 1] in _PARTNER_PROGRAM):
            j = i
            while j > 0 and words[j - 1] in _PARTNER_TIER:
                j -= 1
            return [] if j == 1 and words[0] in _PROGRAM_NOUNS else words[:j]
    return words


_PROGRAM_NOUNS = frozenset("Agent Agents Startup Startups Start-up Developer Developers Model Models Marketplace Industry Data".split())
"""Common nouns that name a programme before "Partner Network" ("an Agent Partner Network"), not a company."""


_PRODUCT_ACRONYMS = frozenset({"AI", "LLM", "GPU"})
"""Acronyms that start products' names where the words around say a product is named ("the AI Playground", "LLM Suite")."""
_PLURAL_ACRONYMS = frozenset({"IDEs", "APIs", "GPUs", "CPUs", "TPUs", "SDKs", "LLMs", "PCs", "VCs"})
"""Words that end a run of capitals without belonging to the name: "JetBrains IDEs"."""
_TICKER_BEFORE = re.compile(r"\(\s*(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|TSE|SIX|XETRA|Euronext|HKEX|SGX|KRX|KOSDAQ|NSE|BSE|OTC)\s*:\s*$")
_LABEL = re.compile(r"(?:\[?\d{1,2}[:.]\d{2}\]?\s+)?[\s•*·–—-]*[A-Z][\w ]{0,20}:\s+")
"""A list item's label ("• Money: ..."): what follows starts the sentence."""
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:]|$)")
_ROLE_APPOS = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:investor|analyst|partner|professor|researcher|economist|consultant|"
                         r"executive|entrepreneur|founder|co-founder|engineer|scientist|lawyer|banker|spokesperson|spokesman|spokeswoman|"
                         r"adviser|advisor|director|manager|official|minister|chief|head)\b")
"""'said Anne-Marie Tremblay, a Montreal-based venture investor': a person described by a role."""
_ROLE_AT = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:partner|analyst|professor|researcher|economist|consultant|executive|"
                      r"engineer|scientist|lawyer|banker|director|manager|adviser|advisor|lecturer|fellow|strategist|principal)\s+at\s")
"""'Ken Halloway, a partner at a consulting firm in Porto': a role at a firm, held by a person (not the firm the words go on to name)."""
_PERSON_ROLE_APPOS = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:analyst|professor|researcher|economist|executive|entrepreneur|engineer|"
                                r"scientist|physicist|lawyer|banker|spokesperson|spokesman|spokeswoman|official|minister|academic|"
                                r"mathematician|programmer|doctor|surgeon|journalist|technician|mechanic|nurse|teacher|pharmacist|veterinarian|"
                                r"audiologist|optometrist)\b(?!\s+(?:of|at|for|in|from)\s+(?:the\s+)?[A-Z])"
                                r"(?!\s+(?:for\s+[^,.;]{1,40}\s+)?(?:said|says|told|added|confirmed|noted|wrote|declined))")
"""'Pettersson, a Swedish data scientist', 'Ted Knutson, an American analyst living in Britain': a person, by the role the
apposition gives (not "Mattel, a spokesperson said": the speaker is no apposition of the name before)."""
_ROLE_ENDS = re.compile(r"[,.;]|\s+(?:who|and|with|turned)\b")
"""What follows a person's role that ends an apposition ("a former engine technician, and ..."; not "an executive search firm")."""
_COMPANY_APPOS = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|start-?up|group|fund|maker|provider|operator|lab|bank)\b")
_AMOUNT_NAME = re.compile(r"[A-Z]{2,3}\$?\s?\d")
_BOUGHT_NAME_BEFORE = re.compile(r"\b(?:bought|buys|buy|buying|acquired|acquires|acquire|acquiring|(?:purchase|acquisition|takeover)\s+of)\s+(?:the\s+)?$")
"""Where a name is what is bought: a person's name there is a company's or a brand's ("bought Tom Ford", "its purchase of Jack Wolfskin")."""
_CURRENCY_NEXT = re.compile(r"\s?\d")
_MAGNITUDE_NEXT = re.compile(r"\s\d+(?:[.,]\d+)?\s*(?:(?:million|billion|trillion|thousand|crore|lakh|bn|mn|m|per\s*cent|percent)\b|%)")
_EVENT = re.compile(r"\b(?:Conference|Summit|Forum|Expo|Festival|Week|Awards?|Day|Show|Congress|Olympics|Act|Law|Directive|Index)$"
                    r"|\b(?:Olympic|Paralympic|Commonwealth|Asian|African|European|American|Pacific|Mediterranean|Winter|Summer|Youth|Invictus|"
                    r"Island|Arctic|World|Special|Nordic|Highland|Gay|X|\d{4})\s+Games$")
"""An event's name ("the Commonwealth Games", "the 2028 Games"), but not a studio's ("Epic Games", "Kestrel Games")."""
_DATELINE = re.compile(r"\s*(?:--|—|–)")
_WIRE_AFTER = re.compile(r"(?:/[A-Z][A-Z .]+)*\s*\((?:Reuters|AP|AFP|Bloomberg|Dow Jones|Xinhua|Kyodo|Yonhap|PTI|IANS|dpa|ANSA)\)")
"""'TEL AVIV/FRANKFURT (Reuters)': places in a wire's dateline."""
_CAPS_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Z .'’/-]{2,},?(?:\s+(?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.),?){0,3}(?:/[A-Z][A-Z .'’-]{2,},?(?:\s+[A-Z][a-z]+\.?,?){0,3})*"
                                   r"(?:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*\(")
"""'LONDON (', 'ALLENTOWN, Pa., Sept 16 (', 'GREENSBORO, N.C. (': a dateline in capitals before a wire's name in brackets."""
_DATELINE_FIRST = re.compile(r"\s*[A-Z][A-Z .'’-]+(?:,\s+(?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.|[A-Z]{2}))?(?:\s+(?:and|&)\s+|\s*/\s*)")
"""A dateline's first place before its second: 'SANTA CLARA, Calif. and ', 'RALEIGH, N.C. and ', 'BEIJING/'."""
_DATELINE_TAIL = re.compile(r"(?:[^.]|\.(?=,|\s+(?:and|&)\s|[A-Z]\.|\s+(?:--|[-–—])\s|\s+\()){0,60}?(?:--|—|–|\s-\s|/[A-Z][\w ]+/|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\(\w+(?:\s\w+){0,2}\)\s*[-–—])|\s*,\s+[A-Z]{2,}\b")
"""What follows a dateline's place: a date, a dash, a wire's name, or a state in capitals ("SAN FRANCISCO, CA"); a second place
may come between ("SANTA CLARA, Calif. and SINGAPORE, November 12, 2025 --")."""


def capitalised_words(text: str, start: int = 0) -> frozenset[str]:
    """Capitalised words that stand inside sentences (not first) in ``text[start:]``.

    A sentence-initial word counts as a name only when the article also uses
    it capitalised mid-sentence ("Separately, ..." never is).
    """
    return frozenset((_RX_MID_CAP.asc if ascii_rules() else _RX_MID_CAP.uni).findall(text, start))


_RX_MID_CAP = Plain(r" (?<=[\w,;)\"”’] )(?<![:.]\d\d )([" + _UP + r"][\w&-]*)")
"""A capitalised word inside a sentence (not after a liveblog's "09:18").  Led by its space, which re finds in C."""


_LIST_BEFORE = re.compile(r"(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$")
_LIST_AFTER = re.compile(r"\s*(?:,|,?\s+and\b|,?\s+or\b)\s*(?:the\s+)?")


_PREP_BEFORE_PLACE = re.compile(r"\b(?:in|from|of|near|outside)\s+$")
"""'a firm from Puebla (Mexico)': a place's preposition before a city and its country in brackets."""


def _city_of_country(text: str, start: int, s: int, e: int, mentions: list[Mention]) -> bool:
    """Is the name at ``text[s:e]`` a city followed by its country or state ("San Sebastián, Spain-based",
    "in Daejeon, South Korea", "the Alameda, California-based start-up", "its Georgetown, Kentucky, plant")?"""
    country = next((x for x in mentions if (x.type == "Country" or (x.type == "Place" and x.country)) and x.start == e + 2), None)
    if country is None:
        return bool(_STATE_ABBR_FACILITY.match(text, e))  # "its Hayward, Calif., plant"
    if text[e + 1] == "(":
        return text.startswith(")", country.end)  # "a firm of Puebla (Mexico)"
    return (text.startswith("-based", country.end) or bool(_PREP_BEFORE_PLACE.search(text, max(start, s - 8), s))
            or bool(_FACILITY_AFTER.match(text, country.end))  # "its Georgetown, Kentucky, plant"
            or bool(_PLACE_SLOT_BEFORE.search(text, max(start, s - 30), s)
                    and _COMPANY_NOUN_AFTER.match(text, country.end + text.startswith(",", country.end))))  # "a Napa, California start-up",
    # "a small Rosendale, Wis., maker of couplers"


_FACILITY = r"(?:[\w-]+\s+){0,2}?(?:plants?|factory|factories|facility|facilities|campus|site|offices?|headquarters|hub|warehouse|data\s+cent(?:re|er)s?|fab)\b"
_FACILITY_AFTER = re.compile(r",\s+" + _FACILITY)
_STATE_ABBR_FACILITY = re.compile(r",\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.),\s+" + _FACILITY)
"""A city, its state or country, then a site: "its Georgetown, Kentucky, plant", "its Hayward, Calif., plant"."""


def _among_companies(text: str, s: int, e: int, mentions: list[Mention]) -> bool:
    """Is the name at ``text[s:e]`` one item of a list whose neighbour is a known company
    ("Insight Partners, Jane Street and TPG": a firm, though "Jane" is a given name)?"""
    for x in mentions:
        if x.type != "Company" or not x.known:
            continue
        if x.end <= s and s - x.end <= 8 and _LIST_BEFORE.search(text, x.end, s) and _LIST_BEFORE.match(text, x.end, s):
            return True
        if (x.start >= e and x.start - e <= 10 and _LIST_AFTER.fullmatch(text, e, x.start)
                and text[x.end:x.end + 2] not in ("'s", "’s")):  # "Jane Roe, Acme's counsel" is no list
            return True
    return False


_CAMPUS_AFTER = re.compile(r"(?:[\s–-]|\s+at\s+)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w-])")
_SCHOOL_AND = re.compile(r"\b(?:University|College|Academy)\s+of\s+(?:Applied\s+)?(?:[A-Z][a-z]+\s+){0,2}?(?:Sciences?|Engineering|Technology|Arts)"
                         r",?\s+and\s+(?:Technology|Sciences?|Arts|Engineering|Design|Medicine|Economics|Management|Business|Humanities|Agriculture)"
                         r"(?:\s+(?!(?:The|In|On|At|And|Of|For)\b)[A-Z][a-z]+){0,2}")
"""A school named by two subjects ("Bangladesh University of Engineering and Technology", "University of Applied Sciences and Arts
Northwestern Switzerland"): one body, not two names."""
_INST_HEADS = "Department|Ministry|Institute|Centre|Center|Office|Authority|Agency|Bureau|School|Commission"
_INST_AND = re.compile(r"\b(?:" + _INST_HEADS + r")\s+(?:(?:of|for)\s+(?:the\s+)?"
                       r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*,?\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                       r"|for\s+(?:the\s+)?(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*|AI)(?:\s+(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*|AI)){0,3})(?P<acr>\s+(?!C[EFOT]O\b)[A-Z]{2,6})?(?![\w~]|\s+[A-Z\d])")
"""A public body named by what it is for: "Ministry of Economy, Trade and Industry", "Institute for Snow and Avalanche Research",
"National Institute for Materials Science", "Centre for Process Innovation" (not a bank: "the Bank of Canada and Cohere" are two)."""
_INST_HEAD = re.compile(r"(?:" + _INST_HEADS + r") (?:of|for) ")
"""The head of such a body, searched before the whole pattern is tried."""
_LEAD_CAPS = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}$")
"""The capitalised words before such a body's head: "National Institute of ...", "Fraunhofer Institute for ..."."""
_CAPS_FUNCTION = frozenset("AND OR OF THE A AN IS ARE FROM FOR TO IN ON AT WITH WHAT WHY HOW WHO BY AS IT ITS".split())
"""Function words that put a run of capitals in a heading rather than a name."""


_WORD_BEFORE = re.compile(r"(\S+) $")
_SAINT_PLACE = re.compile(r"(?<![\w~])St\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w~'’])")
"""A town named after a saint, perhaps of two words: "St. Gallen", "St Helens", "St. Catharines"."""


def find_unknown(text: str, start: int, end: int, mentions: list[Mention], mid_words: frozenset[str]) -> list[Mention]:
    """Proper names in ``text[start:end]`` that no mention covers: "Unknown" mentions.

    Also "Place" mentions for "X-based" and "Person" mentions for names with a
    person's cue ("said Jane Roe", "Jane Roe, the firm's chief executive").

    A name right after a known company ("Siemens Healthineers", "Microsoft
    Teams") takes the company's words with it: the returned mention starts
    where the company does, and the caller drops the company mention.
    """
    sent = text[start:end]
    if mentions:  # blank the names already found, keeping offsets
        parts = []
        cur = 0
        for x in mentions:
            a, b = max(cur, x.start - start), min(len(sent), x.end - start)
            if a < b:
                parts.append(sent[cur:a])
                parts.append("~" * (b - a))
                cur = b
        parts.append(sent[cur:])
        sent = "".join(parts)
    out: list[Mention] = []
    if "-based " in sent:
        for m in _LOWER_BRAND.finditer(sent):  # "Düsseldorf-based tonies, which makes the Toniebox": a name its owner writes small
            word = m.group("name")
            if word not in _LOWER_NOT_BRANDS and not _COMPANY_WORD_RX.fullmatch(word) and _brand_in_small(text, word):
                s = start + m.start("name")
                out.append(Mention(s, s + len(word), word, "Unknown", word, None, False))
                sent = sent[:m.start("name")] + "~" * len(word) + sent[m.end("name"):]
    if ".ai" in sent or ".com" in sent or ".io" in sent:
        for m in _DOMAIN_NAME.finditer(sent):  # "agreed to acquire neptune.ai": a name written as its web address
            if _WEB_ADDRESS_BEFORE.search(sent, max(0, m.start() - 12), m.start()) or _WEB_ADDRESS_AFTER.match(sent, m.end()):
                continue
            s = start + m.start()
            out.append(Mention(s, m.end() + start, m.group(), "Unknown", m.group(), None, False))
            sent = sent[:m.start()] + "~" * (m.end() - m.start()) + sent[m.end():]
    if "St " in sent or "St. " in sent:
        for m in _SAINT_PLACE.finditer(sent):
            country = city_country(m.group())
            name = m.group() if country else None  # "St. John Ambulance" is no town and a name
            if name and (before := _WORD_BEFORE.search(sent, max(0, m.start() - 30), m.start())) and before.group(1)[0].isupper() and before.group(1) not in _STOP:
                continue  # "the Chalfont St Peter-based group": the saint ends a longer town's name
            if name:  # "the St. Gallen-based group", "a St Helens start-up": a saint's town, not the name "St" and a place
                s, e = start + m.start(), start + m.start() + len(name)
                out.append(Mention(s, e, name, "Place", name, None, False, country=country))
                sent = sent[:s - start] + "~" * (e - s) + sent[e - start:]
    if " and " in sent and " of " in sent and ("University" in sent or "College" in sent or "Academy" in sent):
        for m in _SCHOOL_AND.finditer(text, start, end):
            if any(x.start < m.end() and m.start() < x.end and x.known and x.type == "Company" for x in mentions):
                continue
            s = m.start()
            if lead := _LEAD_CAPS.search(sent, max(0, s - start - 40), s - start):
                kept = [w for w in re.finditer(r"\S+", sent[lead.start():s - start]) if True]
                while kept and (kept[0].group().upper() in _CAPS_FUNCTION or kept[0].group() in _FUNCTION):
                    kept = kept[1:]
                if kept:
                    s = start + lead.start() + kept[0].start()
            if (prev := next((x for x in mentions if x.end == s - 1 and x.type in ("Country", "Place", "Demonym")), None)) is not None:
                s = prev.start  # "Bangladesh University of Engineering and Technology"
            e = m.end()
            out.append(Mention(s, e, text[s:e], "Unknown", text[s:e], None, False))
            sent = sent[:s - start] + "~" * (e - s) + sent[e - start:]
    if (" for " in sent or (" and " in sent or " & " in sent) and " of " in sent) and _INST_HEAD.search(sent):
        for m in _INST_AND.finditer(text, start, end):  # "the Department of Economy and Tourism": one body, not three names
            bare = " and " not in m.group() and " & " not in m.group()  # "Institute for Materials Science": no second body to split off
            if any(x.start < m.end() and m.start() < x.end and (x.known or x.type != "Company" or x.end != m.end() and x.end != m.start("acr") and not bare)
                   for x in mentions):
                continue  # a known name inside; only a name typed by its context may end it ("... Snow and Avalanche Research"),
                # perhaps before the body's acronym ("... and Forming Technology IWU")
            m0 = m.start() - start
            s = m.start()
            if lead := _LEAD_CAPS.search(sent, max(0, m0 - 60), m0):
                kept = [w for w in re.finditer(r"\S+", sent[lead.start():m0])]
                while kept and (kept[0].group().upper() in _CAPS_FUNCTION or kept[0].group() in _FUNCTION):  # "The", not "National"
                    kept = kept[1:]
                if kept:
                    s = start + lead.start() + kept[0].start()
            e = m.end()
            prev = next((x for x in mentions if x.end == s - 1 and x.type == "Company" and not x.anaphor), None)
            if prev is not None and text[s - 1] == " " and not prev.surface.endswith(("'s", "’s")):
                s = prev.start  # "Fraunhofer Institute for Reliability and Microintegration": the known name opens it
            out.append(Mention(s, e, text[s:e], "Unknown", text[s:e], None, False))
            sent = sent[:s - start] + "~" * (e - s) + sent[e - start:]
    for m in (_RX_NAME.asc if ascii_rules() else _RX_NAME.uni).finditer(sent):
        g, g0 = m.group(), m.start()
        if g0 > 0 and sent[g0 - 1].islower() and (h := _small_head(sent, 0, g0)) < g0:
            g, g0 = sent[h:g0] + g, h  # "iFit", "byFounders": the small letters open the name
        words = g.split()
        if len(words) == 1 and g in _COMPASS_POINTS and sent.startswith(" ~", m.end()) and any(
                x.start == start + m.end() + 1 and x.type == "Demonym" for x in mentions):
            continue  # "its North American business", "South Korean rivals": a region's demonym, no name
        m_words = words
        after_company = m.start() > 0 and sent[m.start() - 1] == " " and sent[m.start() - 2:m.start() - 1] == "~"
        # leading sentence words that are not names ("The", "In", "Separately"); after a
        # company's name only function words ("Tencent Cloud" is a name, "Nvidia On" is not)
        light = after_company or (len(words) > 2 and (words[-1] in _SUFFIX_WORDS or words[-1] in _SCHOOL_HEADS or words[-1] == "Company")) or (
            len(words) > 1 and words[-1] in _OF_PLACE_HEADS and sent.startswith(" of ", m.end()))  # "National Grid Partners",
        # "European Semiconductor Manufacturing Company"; "State Bank of India", "Central Bank of Nigeria": "of" ends the run
        # after a company, a run ending in a company word goes on with its name: "ABB Technology Ventures", "Silver Lake Technology Partners"
        named_on = after_company and len(words) > 1 and words[-1] in _SUFFIX_WORDS
        if (len(words) > 1 and words[0] in _NAME_OPENERS and m.start() > 1 and sent[m.start() - 1] == " "
                and sent[m.start() - 2].islower()):
            light = True  # "bought Beyond Sports", "to buy Next Insurance": mid-sentence, only a name capitalises the word
        if len(words) > 1 and words is m_words and sent.endswith(("-based ", "-headquartered "), 0, m.start()) and words[1][:1].isupper():
            light = True  # "Tokyo-based Global Brain": after "-based" a name, its first word too
        month_name = (len(words) == 2 and words[0] in _MONTH_WORDS and (words[1] in MONTH_FIRM_TAILS or words[1] in _MONTH_NAME_TAILS
                                                                         and not _DATE_PREP_BEFORE.search(sent, max(0, m.start() - 12), m.start())))
        # "March Capital", "May Mobility", "led by March Capital" (where the date finder leaves the month)
        while not month_name and words and (words[0] in _FUNCTION or words[0] in _NOT_NAMES and not named_on and not (
                         words[0] in _REGION_HEADS and words is m_words and (not _PLACE_PREP_BEFORE.search(sent, max(0, g0 - 9), g0)
                                                                 or len(words) > 2 and words[1] in _GENERIC_FIRST)
                         and (len(words) > 2 or words[-1] in _SUFFIX_WORDS or words[-1] in _COMPANY_WORDS))
                         or words[0] in _CONNECTORS
                         or (not light and words[0].rstrip(".") in _STOP and not (
                             words[0] in _COMPASS and words is m_words and len(words) > 1 and words[1] not in _COMPASS_NOT_AFTER
                             and not any(w in _STOP or w in _NOT_NAMES for w in words[1:])) and not (
                             words[0] in _WORLD_HEADS and words is m_words and (len(words) > 2 or len(words) > 1 and words[-1] in _SUFFIX_WORDS)))):
            if words[0] in _PRODUCT_ACRONYMS and len(words) > 1 and (words is m_words or len(words) == len(m_words) - 1 and m_words[0] == "The") and (
                    after_company or _OWNER_BEFORE.search(sent, 0, m.start()) or words[-1] in _AI_PRODUCT_TAILS
                    or words[0] == "AI" and words[-1] in _AI_BODY_TAILS
                    or _PAPPOS_AFTER.match(sent, m.end()) or _POSS_PAPPOS_AFTER.match(sent, m.end())):
                break  # "Nebius AI Studio", "its AI Agent Orchestrator", "the AI Playground", "AI Force, its platform", "its in-house LLM Suite",
                # "its GPU Merdeka service": a product, "AI" and all
            words = words[1:]  # "Shares of Corvex Semiconductor": the company is what follows
        if len(words) > 1 and words is not m_words and len(words[0]) == 4 and words[0][:2] in ("19", "20") and words[0].isdigit():
            words = words[1:]  # "In November 2023 Tempus signed": the year ends the date, the name follows
        if words and len(words) == 1 and words is not m_words and (words[0] in _SUFFIX_WORDS or words[0] in _LONE_TAILS):
            lead = m_words[:len(m_words) - 1]
            if lead and not any(w in _FUNCTION or w in _CONNECTORS for w in lead) and lead[-1] in _GENERIC_FIRST:
                words = m_words  # "International Paper", "General Atlantic": the whole name
            else:
                continue  # "SAP's Business Technology Platform", "the European Union": no name is left
        if not words:
            continue
        while len(words) > 1 and words[-1] in _PLURAL_ACRONYMS:
            words = words[:-1]
        if "Partner" in words or "Partners" in words:
            words = _without_partner_tier(words)  # "the Orvane Technology Partner Program", "an AWS Advanced Tier Services Partner": the company
            if not words:
                continue
        if len(words) > 2 and words[1] == "of" and words[0] in _PART_OF:
            words = words[2:]  # "One of Plymouth's best-known agencies", "Both of Kestrel's funds": a part of what follows
        if "of" in words[2:3] and len(words) > 3 and words[1] not in _INSTITUTIONS and words[0] not in _INSTITUTIONS:
            words = words[3:]  # "Helena Raab of Creandum": a person of a company; "Bank of America" stays whole
        s = start + g0 + g.index(words[0])
        name = text[s:s + len(" ".join(words))] if len(words) > 1 else words[0]
        dotted = len(name)
        if text[s + dotted:s + dotted + 1] == "." and (text[s + dotted + 1:s + dotted + 2] in (",", ";", ")") or _LOWER_WORD_NEXT.match(text, s + dotted + 1)):
            dotted += 1  # "Grijper Robotics B.V., an Eindhoven start-up": the form's last point, inside the sentence
        name = name.rstrip(".")
        legal_form = 0
        if cut := _legal_form_start(name):
            legal_form = dotted - cut  # the span keeps it: "«C1», a Malmö start-up" reads on
            name = name[:cut]  # "Woensel Vision B.V.", "Aker ASA", "Wexley Marsh LLP": the company, its legal form left out
        elif len(name) <= 8 and name.endswith(_LEGAL_ENDS) and _LEGAL_FORM_ONLY.fullmatch(name):
            gap = 2 if text[s - 2:s] == ", " else 1 if text[s - 1:s] == " " else 0
            if gap and (before := next((i for i, x in enumerate(out) if x.end == s - gap and x.type != "Product"), None)) is not None:
                x = out[before]  # "Blue Lake Capital, L.P., a Denver fund": the span takes the form in, the name leaves it out
                out[before] = Mention(x.start, s + dotted, x.name, x.type, x.surface, x.entry, x.known, x.anaphor, x.country, x.extra)
            elif gap and (x := next((x for x in mentions if x.end == s - gap and x.type in ("Company", "Unknown") and not x.anaphor), None)) is not None:
                out.append(Mention(x.start, s + dotted, x.name, x.type, x.surface, x.entry, x.known, x.anaphor, x.country, x.extra))
            continue  # "Blue Lake Capital, L.P.", "Brabant Robotics N.V.": the form of the name before, not a name
        if s - start >= 7 and text.startswith(("Series ", "series "), s - 7) and _ROUND_CODE.fullmatch(name):
            continue  # "a Series A-3 round": the round's code, no name
        typ = "Unknown"
        if "-" in name and (dh := _DERIVED_HEAD.match(name)) and dh.group("how") in ("based", "headquartered") and (country := city_country(dh.group("pre"))):
            pre = dh.group("pre")  # "Essen-based Thyssenkrupp": the town, then the company (a town the gazetteer does not hold)
            out.append(Mention(s, s + len(pre), pre, "Place", pre, None, False, country=country))
            s, name = s + dh.end(), name[dh.end():]
        if "-" in name and (k := _DERIVED_BEFORE_ACRONYM.fullmatch(name)) and _LOWER_WORD_NEXT.match(text, s + len(name)):
            name = k.group("place")  # "Bundang-located AI voice start-up X": the place, then what the start-up does (no name "...-located AI")
            typ = "Place"
        d = _DERIVED.search(name) if typ == "Unknown" else None
        if d:
            name = name[: d.start()]
            if d.group("suffix") in ("based", "located", "headquartered") or (d.group("suffix") == "area" and city_country(name)):
                typ = "Place"  # "Esslingen-based", "a Boston-area start-up"
            elif d.group("suffix") not in _DERIVED_COMPANY:
                continue  # "Arabic-language", "GPT-style": an adjective
        if (not name or name in _NO_NAME_ALONE or name in _REGION_ADJECTIVES or name in LANGUAGES
                or name in _COMPASS_REGIONS and (text.endswith(("the ", "The "), max(start, s - 4), s) or any(x.start == s + len(name) + 1 and x.type in _PLACE_TYPES for x in mentions))
                or name.endswith("s") and _ADJECTIVE_FORM.fullmatch(name[:-1])  # "where a third of Brazilians live": a people
                or name.isupper() and len(name) <= 5 and _INDEFINITE_BEFORE.search(text, max(start, s - 4), s)  # "an ISA they look at": a kind of thing
                or name.startswith(_COUNT_WORDS) and _COUNTED.match(name) or (name.upper() == name and len(name) < 3) or not (name[0].isalpha() or _DIGIT_FIRM_NAME.match(name) or _DIGIT_WORD_NAME.match(name))
                or name in _BARE_SUFFIXES or (" " in name and name.isupper() and not _CAPS_FUNCTION.isdisjoint(name.split()))):
            continue  # ... "AGENTS AND ACQUISITIONS", "WHAT VALEO IS BUYING": a section's heading, no name
        e = s + len(name)
        if (" " not in name and _ADJECTIVE_FORM.fullmatch(name) and _ARTICLE_BEFORE.search(text, max(start, s - 6), s)
                and _LOWER_NOUN_NEXT.match(text, e, end)):
            continue  # "the Sevillian manager of venture capital", "a Milanese start-up": a place's adjective, no name
        if name.rsplit(" ", 1)[-1] in _DOCUMENT_HEADS and _ARTICLE_BEFORE.search(text, max(start, s - 6), s):
            continue  # "signed a Strategic Collaboration Agreement with AWS", "a Memorandum of Understanding": a document, no name
        if name in _DEFINED_TERMS and text[max(start, s - 4):s] in ("the ", "The "):
            continue  # "the Company acquired Meijiagu": a filing's defined term for its issuer, no name
        if (typ == "Unknown" and name.isupper() and 2 <= len(name) <= 6 and text[s - 1:s] == "(" and text[e:e + 1] == ")"
                and _spelled_before(name, text[max(start, s - 80):s - 1])):
            continue  # "anion exchange membrane (AEM) electrolysers": the abbreviation of the words before it, no name
        if typ == "Unknown" and _NOUN_THEN_NAME.match(text, e, end) and not _person_before(text[max(start, s - 40):s]):
            continue  # "bought Postgres provider Crunchy Data": what the company provides, not a name
        if (typ == "Unknown" and " " in name and (city := name.rsplit(" ", 1))[1].isupper() and len(city[1]) <= 4
                and (country := city_country(city[0])) and _PLACE_SLOT_BEFORE.search(text, max(start, s - 30), s)
                and _COMPANY_NOUN_AFTER.match(text, e, end)):
            out.append(Mention(s, s + len(city[0]), city[0], "Place", city[0], None, False, country=country))
            continue  # "the Augsburg AI start-up": a city, then what the company does, no name "Augsburg AI"
        if (typ == "Unknown" and text.startswith(("'s ", "’s "), e) and (_CITY_POSS_NEXT.match(text, e + 3, end) or _firm_named_next(text, e + 3, end)
                                                                          and not _CAP_WORD_BEFORE.search(text, max(start, s - 30), s))
                and (country := city_country(name) or (city_country(name[:-5]) if name.endswith(" City") else None))):
            out.append(Mention(s, e, name, "Place", name, None, False, country=country))
            continue  # "Hamamatsu City's start-up that ...": the city the company is in
        if typ == "Unknown" and (country := city_country(name) or (city_country(name[:-5]) if name.endswith(" City") else None)) and (
                _PLACE_SLOT_BEFORE.search(text, max(start, s - 30), s) and _COMPANY_NOUN_AFTER.match(text, e, end)
                or _BASED_IN_BEFORE.search(text, max(start, s - 30), s)
                or text[s - 4:s] == " of " and any(x.end == s - 4 and x.type == "Company" and not x.known for x in mentions)):
            out.append(Mention(s, e, name, "Place", name, None, False, country=country))
            continue  # "the Augsburg robot maker", "headquartered in Irvine", "Savio Restauri of Faenza": a city, where the company is
        if (typ == "Unknown" and 2 <= len(name.split()) <= 3 and not any(w in _SUFFIX_WORDS or w in _COMPANY_WORDS or w in _INSTITUTIONS for w in name.split())
                and not any(c.isdigit() for c in name)
                and _FOUNDERS_BEFORE.search(text, max(start, s - 120), s)):
            out.append(Mention(s, e, name, "Person", name, None, False))
            continue  # "Founded in 2015 by Chennamaneni, Jayant Paleti and Chaitanya Peddi": people
        bought = typ == "Unknown" and _BOUGHT_NAME_BEFORE.search(text, max(start, s - 30), s) is not None and not text.startswith(("'s", "’s"), e)
        if typ == "Unknown":
            if (_person_before(text[max(start, s - 40):s]) or _PERSON_AFTER.match(text, e, end)
                    or text.startswith(", a", e) and _PERSON_ROLE_APPOS.match(text, e, end)
                    or ("partner" in text[max(start, s - 12):s] and _FIRM_PARTNER.search(text, max(start, s - 40), s)  # "Benchmark partner Chetan Puttagunta"
                        and 2 <= len(name.split()) <= 3
                        and _person_shaped(name))
                    or (looks_like_person(name) and not _among_companies(text, s, e, mentions) and not bought)  # "bought Tom Ford": a brand
                    or (" " in name and text[max(start, s - 3):s] in ("'s ", "’s ") and _SAID_AFTER.match(text, e, end)
                        and _person_shaped(name) and name.split()[0] not in _GROUP_PREFIXES
                        and (looks_like_person(name) or not any(x.end in (s - 3, s - 1) and x.type in ("Country", "Place", "Demonym") for x in mentions)))
                    or text[max(start, s - 5):s] in (" bin ", " ibn ", "bint ")
                    or (" " in name and len(name.split()) <= 3 and _FOUNDED_NEXT.match(text, e, end) and _person_shaped(name))
                    or (s == start and " " in name and len(name.split()) <= 3 and _person_shaped(name)
                        and _SHE_LATER.match(text, e, end) is not None)
                    or (" " in name and _SAID_BEFORE.search(text, max(start, s - 12), s)
                        and (_CLAUSE_END.match(text, e, end) and not _COMPANY_APPOS.match(text, e, end) or _ROLE_APPOS.match(text, e, end)))):
                out.append(Mention(s, e, name, "Person", name, None, False))
                continue
            if _LICENCE_NEXT.match(text, e, end):
                continue  # "under the Apache 2.0 licence": a licence, not a product
            if (text.endswith(" from ", max(start, s - 6), s) and not text.startswith(" (", e) and not _COMMA_CAP.match(text, e)
                    and _APPOS_FROM_BEFORE.search(text, max(start, s - 90), s)
                    and not any(w in _SUFFIX_WORDS or w in _COMPANY_WORDS for w in name.split())):
                continue  # "Beskidy Deep Tech Fund, a venture capital firm from Bielsko-Biała": where the firm is from, a town
            if _PROGRAMME_NEXT.match(text, e, end) and text.endswith(("its ", "their ", "'s ", "’s "), max(start, s - 6), s):
                continue  # "Iberdrola, through its Perseo start-up programme, also took part": the company's programme, no investor
            if _PLACE_NOUN_NEXT.match(text, e, end):
                continue  # "Tokyo's Hongo district", "the Emilia-Romagna region": a part of a place, not a company
            if _CURRENCY_NEXT.match(text, e, end) and (len(name) <= 4 or not _MAGNITUDE_NEXT.match(text, e, end)) or _EVENT.search(name) or _AMOUNT_NAME.match(name):
                continue  # "EUR 70m", "SEK 400" are amounts (but "paid Snapper 20 million euros" names the payee, "and Orvane 6.2 per cent" the holder)
            if (text[e:e + 2] == ", " or text[e:e + 2] == " (" and _PREP_BEFORE_PLACE.search(text, max(start, s - 8), s)) and _city_of_country(text, start, s, e, mentions):
                out.append(Mention(s, e, name, "Place", name, None, False))
                continue  # "the San Sebastián, Spain-based company", "in Daejeon, South Korea": a city
            if s > 0 and (text[s - 1] == "/" and text[e:e + 1] == "/" or text[s - 1] == "(" and text[e:e + 3] == ")--"
                          or text[s - 1] == "(" and text[e:e + 1] == ")" and _CAPS_DATELINE_BEFORE.fullmatch(text, start, s)):
                continue  # "/PRNewswire/", "--(BUSINESS WIRE)--", "LONDON (Wire) -": a wire service's tag in a dateline
            if _TICKER_BEFORE.search(text, max(start, s - 16), s):
                continue  # "(NASDAQ: NXRA)": a ticker
            if name.isupper() and (_DATELINE.match(text, e, end) or _WIRE_AFTER.match(text, e, end) or ((not text[start:s].strip() or _DATELINE_FIRST.fullmatch(text, start, s)) and (len(name) > 4 or text[e:e + 1] == ","
                                                                                                                         or text.startswith((" and ", " & ", "/"), e))
                                                                      and _DATELINE_TAIL.match(text, e, end))
                                   or not text[start:s].strip() and text.startswith(" - ", e)):  # "FUKUOKA - Sorano AI said"
                continue  # "SAN FRANCISCO, May 8 --": a dateline
            if text[e:e + 1] == "." and e - s <= 4 and CAPS_PLACE_STATE.fullmatch(text, start, e):
                continue  # "SHREVEPORT, La. (GCBW) -": the dateline's state
            label = _LABEL.match(text, start, end)
            at_start = not text[label.end() if label else start:s].strip(" \"“‘'(•*·–—-")
            if (" " not in name and (at_start or _DATELINE_BEFORE.fullmatch(text, start, s)) and _DESC_BEFORE_NAME.match(text, e, end)
                    and _lower_elsewhere(text, name)):
                continue  # "JAKARTA - Parking technology startup Petakita ...": a word of the description, though a headline capitalised it
            if at_start and text[e:e + 1] == ":" and not _RATING.match(text, start, s):
                continue  # "• Money: ...": a label (but "Sell Arvada Tech: ..." names the company rated)
            weak = (at_start and not legal_form and " " not in name and name not in mid_words and not re.search(r"[A-Z\d]", name[1:])
                    and (name.endswith("ly") or not _named_by_what_follows(text, name, e, end)
                         or (name.endswith("s") and _lower_elsewhere(text, name))))  # "Studios also want ...", "game studios": a noun
            nxt = next((x for x in mentions if x.start == e + 1 and x.type == "Product" and not x.anaphor and x.known), None)
            if (nxt is not None and text[e:e + 1] == " " and name.split()[-1] not in _SUFFIX_WORDS
                    and not text.startswith((" app ", " app,", " app.", " apps ", " application"), nxt.end)  # "the Menuvia Line iPad app"
                    and not name.endswith(("'s", "’s")) and not _person_before(text[max(start, s - 40):s])):
                e = nxt.end  # "Brindle Claims Copilot", "Heatherly Model Garden": a product named around a known one
                name = text[s:e]
                weak = False
            if (" of " in name and text.startswith(", ", e) and (fp := _FIRM_OF_PLACE.fullmatch(name)) is not None
                    and fp.group("last") not in INSTITUTION_WORDS
                    and any(x.start == e + 2 and x.type in ("Place", "Country") for x in mentions)):
                e = s + fp.end("firm")  # "Prairie Iron Sales of Moose Jaw, Saskatchewan": the firm, then its town and province
                name = text[s:e]
            if ((of := _OF_PLACE.match(text, e, end)) is not None and name.split()[-1] in _OF_PLACE_HEADS
                    and (place := next((x for x in (*mentions, *out) if x.start == of.end() and x.type in ("Place", "Country")), None)) is not None):
                e = place.end  # "the University of Connecticut", "the Bank of Japan": an institution named by its place
                if name.split()[-1] in _SCHOOL_HEADS and (campus := _CAMPUS_AFTER.match(text, e, end)) is not None and city_country(campus.group(1)):
                    e = campus.end()  # "the University of Massachusetts Lowell", "the University of Texas at Dallas": a campus, by its town
                name = text[s:e]
                weak = False
            elif name.split()[-1] in _SCHOOL_HEADS and (ofthe := _OF_THE_NAME.match(text, e, end)) is not None:
                e = ofthe.end()  # "the University of the Sunshine Coast", "the University of the Arts London"
                name = text[s:e]
                weak = False
            if name in _SCHOOL_HEADS and (saint := _SAINTS_BEFORE.search(text, max(start, s - 40), s)) is not None:
                s = saint.start()  # "Saint Mary's University", "St John's College": the saint's name is the school's
                name = text[s:e]
                weak = False
            prev = next((x for x in mentions if x.end == s - 1 and not x.anaphor and (
                x.type in _MERGE_TYPES or x.type == "Unknown" and x.entry is None and _extends_unknown(name, text, e))), None)
            if prev is not None and text[s - 1] == " " and not prev.surface.endswith(("'s", "’s")):
                s = prev.start
                if prev.type in _PLACE_TYPES and (region := _REGION_BEFORE.search(text, max(start, s - 10), s)):
                    s = region.start()  # "Southern California Edison", "Central Iowa Power Cooperative": the region's word too
                name = text[s:e]
                weak = False
                if text[s - 1] == "(" and text[e:e + 1] == ")" and _CAPS_DATELINE_BEFORE.fullmatch(text, start, s):
                    continue  # "GREENSBORO, N.C. (Piedmont Wire) -": a wire named after a place tags the dateline
                if prev.type in _PLACE_TYPES and all(w in _PLACE_UNIT_WORDS for w in name[len(prev.surface):].split()) and (
                        text[s - 1] == "(" or _BASED_IN_BEFORE.search(text, max(start, s - 30), s) or _PLACE_PREP_BEFORE.search(text, max(start, s - 12), s)):
                    out.append(Mention(s, e, name, "Place", name, None, False, country=prev.country))
                    continue  # "(head office: Sapporo City)", "in Osaka City Kita Ward": the place, named as its administration (not "with
                    # Manchester City")
                if prev.type == "Company" and name.split()[-1] in _PRODUCT_TAILS and not (
                        name.endswith(" Cloud") and _DEAL_WITH_BEFORE.search(text, max(start, s - 40), s)):
                    typ = "Product"  # "Perplexity Pro", "Cargill Connect": a company's product by its name
                    # (not "signed an agreement with FPT Smart Cloud": a cloud unit one signs with is a company)
                elif prev.type == "Company" and _branded_product(name[len(prev.surface):].split(), text[e:e + 3]):
                    # "Corvane Instinct MI300X": a product unless the sentence makes it a company (an investor in a list)
                    out.append(Mention(s, e, name, typ, name, None, False, extra={"branded": prev.name}))
                    continue
                elif (prev.type == "Product" and prev.entry is not None and prev.entry.owner and not looks_like_person(name)
                      and not _SAID_BEFORE.search(text, max(start, s - 20), s) and not _ROLE_APPOS.match(text, e, end)  # "said Gemma Whitlock, a partner"
                      and not _ACRONYM_PLURAL.search(name) and not _ACRONYM_PLURAL_NEXT.match(text, e, end)
                      and _branded_product(name[len(prev.surface):].split(), text[e:e + 3])):
                    # "Azure Boost", "Ernie Speed", "Palmyra Creative": an edition of a known product, its maker's
                    out.append(Mention(s, e, name, "Product", name, None, False, extra={"branded": prev.entry.owner}))
                    continue
            if name in LANGUAGES:
                continue  # "a Bahasa Indonesia assistant": a language with its country's name
            if weak:  # "Separately" or "Galloway": a name only if the article names a "Galloway Tech"
                out.append(Mention(s, e, name, typ, name, None, False, extra={"weak": True}))
                continue
        if typ == "Place":
            out.append(Mention(s, e, name, typ, name, None, False, country=city_country(name)))  # "Esslingen-based"
            continue
        if (typ == "Unknown" and " " not in name and len(name) > 3 and name.isupper() and name.isalpha() and _LOWER_WORD_NEXT.match(text, e)
                and _CITY_POSS_NEXT.match(text, e + 1) and (country := city_country(name.title()))):
            out.append(Mention(s, e, name.title(), "Place", name, None, False, country=country))
            continue  # "A BRISTOL start-up behind a dating app": a lede's capitals, the town, not a company
        if (typ == "Unknown" and " " in name and (last := name.rsplit(" ", 1)[1]).isupper() and len(last) <= 4
                and _PLACE_SLOT_BEFORE.search(text, max(start, s - 30), s) and _COMPANY_NOUN_AFTER.match(text, e, end)
                and any(x.start == s and x.end == e - len(last) - 1 and x.type in ("Place", "Demonym") for x in mentions)):
            continue  # "the Polish DIY chain", "the Vilnius DIY chain": a place, then what the company sells, no name "Polish DIY"
        if (typ == "Unknown" and _NEAR_PLACE_BEFORE.search(text, max(start, s - 40), s) and not text.startswith(("'s", "’s"), e)
                and (country := city_country(name)) is not None):
            out.append(Mention(s, e, name, "Place", name, None, False, country=country))
            continue  # "makes tripods near Caserta", "assembles it in Wetzlar": where the work is done, a town
        if legal_form and typ == "Unknown":
            typ = "Company"  # "Musone Srl", "Wiedemann Beteiligungs GmbH": a legal form names a company
        out.append(Mention(s, e + legal_form if e == s + len(name) else e, name, typ, name, None, False, extra={"bought": True} if bought and typ == "Unknown" else {}))
    if len(out) > 1:
        out = _joined_at_places(text, out)
    return out


def _joined_at_places(text: str, out: list[Mention]) -> list[Mention]:
    """Two unknown names a place's name split, one space apart, are one ("NHS South" and "Yorkshire Integrated Care Board",
    "Oxford University Hospitals" and "NHS Trust")."""
    joined: list[Mention] = []
    for u in out:
        prev = joined[-1] if joined else None
        if (prev is not None and prev.type == "Unknown" and u.type == "Unknown" and not prev.extra.get("weak") and not u.extra
                and prev.end + 1 == u.start and text[prev.end] == " " and u.name.rsplit(" ", 1)[-1] in _JOINED_HEADS):
            name = text[prev.start:u.end]
            joined[-1] = Mention(prev.start, u.end, name, "Unknown", name, None, False)
            continue
        joined.append(u)
    return joined


_JOINED_HEADS = frozenset("Board Trust Council Authority Agency Commission Hospital Hospitals University College Institute".split())

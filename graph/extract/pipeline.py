"""The extraction pipeline: sentences -> mentions -> coreference -> rules -> merged facts."""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_right
from operator import attrgetter

from .amounts import find_amounts
from .coref import Discourse, note_heading, resolve_sentence, update_focus
from .dates import find_dates, parse_iso
from .entities import (
    _BARE_SUFFIXES,
    _COMPANY_WORDS,
    _is_arm,
    _SUFFIX_WORDS,
    LANGUAGES,
    DynamicNames,
    Mention,
    capitalised_words,
    company_shaped,
    country_ends_name,
    find_mentions,
    find_unknown,
    looks_like_person,
)
from .frames import headline_case
from .gazetteer import Gazetteer, load_gazetteer
from .model import Entity, Evidence, Fact
from .places import city_countries
from .plain import KNOWN_AS, plain_reading, without_adverbs
from .plainre import reading
from .relations import BULLETS, Candidate, DealContext, mask, sentence_relations
from .sentences import is_heading, split_sentences
from .tables import find_listings, find_platform_bullets, find_records, find_tables
from .textprep import has_any, prepare

__all__ = ["run"]

_ORDER = {"invests_in": 0, "acquires": 1, "partners_with": 2, "develops": 3, "available_on": 4, "based_in": 5}


def _said(c: Candidate) -> tuple:
    """What a candidate states, whatever its reading: relation, subject and object (or country)."""
    return c.relation, c.subject.name, c.object.name if c.object is not None else c.country


_OWNER_REACH = 6
"""How many sentences from a product's mention its owner, named in the article, may be for the gazetteer's word to make
it the product's maker: a passing name far from any mention of its owner is often another company's story (on the
realistic tune set 13 true and 20 false facts lay further; on the blind set 28 and 84)."""

_PLATFORM_REACH = 2
"""The same reach for a platform ("Azure", "Amazon Bedrock"), mostly named as the place of other companies' products: its owner
must be named within two sentences (blind set: 0 sentences lost 62 true and 77 false facts, 1 lost 20 and 39, 2 lost 8 and 23,
3 lost 8 and 13; tune: 2 lost 6 and 13)."""


def run(article) -> tuple[list[Entity], list[Fact]]:
    prep = prepare(article)
    gaz = load_gazetteer()  # before the article is read: the gazetteer's own names are tokenized under Unicode rules
    with reading(prep.text):  # every pattern below reads this text and strings made from it
        return _read(article, prep, gaz)


def _read(article, prep, gaz) -> tuple[list[Entity], list[Fact]]:
    text = prep.text
    pub = parse_iso(article.published)
    disc = Discourse()
    disc.author = _author(text, prep, gaz)
    ctx = DealContext(published=pub.isoformat() if pub is not None else None)
    spans = split_sentences(text, prep.body_start)
    # pass 1: gazetteer and context-typed names over the whole article, so a
    # name typed in its third sentence is known in its first
    dynamic = DynamicNames()
    base = []
    # a headline is read with its common words lower-cased ("Nordvik Buys Oslo Chatbot Maker Fjordly"),
    # or not at all when it states no deal
    reads = [(headline_case(text, s, e) if is_heading(text[s:e]) else text) for s, e in spans]
    for (s, e), rtext in zip(spans, reads, strict=True):
        ms = find_mentions(rtext if rtext is not None else text, s, e, gaz)
        base.append(ms)
        for m in ms:
            dynamic.add(m)
    mid_words = capitalised_words(text, prep.body_start)
    sentences = []
    for (s, e), ms, rtext in zip(spans, base, reads, strict=True):
        t = text if rtext is None else rtext
        ms = dynamic.find(t, s, e, ms)
        words = mid_words if t is text else mid_words | frozenset(_CAP_WORD.findall(t, s, e))  # a headline's first word is no "Separately"
        unknown = find_unknown(t, s, e, ms, words)
        if unknown and any(m.type == "Country" or m.type == "Place" for m in ms):
            ms, unknown = _national_arms(t, ms, unknown)
        sentences.append((s, e, ms, unknown, rtext))
    sentences = _defined_terms(text, sentences)
    sentences = _model_codes(text, sentences)
    _places_in_context(sentences)
    short = _short_names(dynamic, sentences)
    persons = _persons(sentences)
    if disc.author is None and _is_interview(text, prep.body_start):
        disc.author = _interviewee(text, prep, sentences, persons)  # who answers says "we" for the company the text opens with
    strong = {u.name for _s, _e, _ms, unknown, _t in sentences for u in unknown if u.type == "Unknown" and not u.extra.get("weak")}
    for name in strong:  # "Vantix has hired ... Vantix, which sells ...": a weak opening word named strongly elsewhere
        short.setdefault(name, (name, "Unknown"))
    found: list[tuple[Candidate, tuple[int, int]]] = []
    body_mentions: list[Mention] = []
    records = find_records(text, prep.body_start)  # "Investors: A (lead), B", "Headquarters: Lisbon, Portugal"
    rows = find_tables(text, prep.body_start, pub)  # "2024-07-08 | ABB | Stellio Robotics | Acquisition | USD 85m"
    rows += find_listings(text, prep.body_start)  # "- Jamba 1.6 (AI21 Labs): Amazon Bedrock, Vertex AI"
    rows += find_platform_bullets(text, prep.body_start, [m for _s, _e, ms, unknown, _t in sentences for m in (*ms, *unknown)])
    # "OpenAI o3-mini" ... "- Azure OpenAI Service"
    for row, span in rows:
        found.append((row, span))
        body_mentions.extend((row.subject, row.object))
    lede_target = (_lede_target(text, prep, gaz, dynamic, mid_words, short, persons)
                   if spans and _LEDE_DESC.match(text, spans[0][0], spans[0][1]) else None)
    place_short: dict[str, Mention] = {}  # "Palo Alto Networks" ... "Palo Alto signed": the company by its place-like short name
    asked_lead = False  # the sentence before was an interview's "Who led the round?"
    round_answer = False  # the last question was "Who is in the round?"
    for s, e, mentions, unknown, stext in sentences:
        mentions = _with_unknown(mentions, unknown, short, persons)
        mentions = _places_as_companies(text, mentions, place_short)
        if len(mentions) > 1:
            mentions = _named_after_maker(text, mentions)
        if rows and text.count("|", s, e) >= 2:
            continue  # a table's row: read above
        if records and any(r.start <= s and e <= r.end for r in records):
            body_mentions.extend(m for m in mentions if m.known)
            continue  # a fact box's line: read below
        if stext is None:  # a headline without a deal
            body_mentions.extend(m for m in mentions if m.known)
            note_heading(mentions, disc, text)
            continue
        sentence = stext[s:e]
        if sentence[:1] not in BULLETS:
            if ctx.list_owner is not None and (s == 0 or stext[s - 1] == "\n"):
                if ctx.list_used:  # a list of the company's own deals has ended: the text is back on the company
                    disc.focus = ctx.list_owner
                ctx.list_owner, ctx.list_used = None, False
        elif ctx.list_owner is None:
            ctx.list_owner = disc.focus  # a list begins: its items are the company the text was about
        answers_lead, asked_lead = asked_lead, sentence.endswith("?") and _LEAD_QUESTION.match(sentence) is not None
        if sentence.endswith("?"):  # an interview's question about the round: its answer's "led it", "X joined" are the round's
            round_answer = _ROUND_QUESTION.match(sentence) is not None
        money = find_amounts(sentence) if unknown else None
        if money and unknown:  # "EUR 70m" is an amount, not a name
            mentions = [m for m in mentions if m.type != "Unknown"
                        or not any(m.start - s < a.end and a.start < m.end - s for a in money)]
        lede = (_LEDE_DESC.match(stext, s, e) if lede_target is not None and s == spans[0][0] else None)
        if lede is not None:  # "A Melbourne start-up that ... has raised $18m": the headline's company, where it is
            inner = [m for m in mentions if lede.start() <= m.start and m.end <= lede.end("noun")]
            mentions = sorted([m for m in mentions if m not in inner] + [Mention(
                lede.start(), lede.end("noun"), lede_target.name, lede_target.type, stext[lede.start():lede.end("noun")],
                lede_target.entry, lede_target.known, anaphor=True)], key=attrgetter("start"))
        mentions, based = resolve_sentence(stext, s, e, mentions, disc, gaz)
        if (lede is not None and (country := next((m.country for m in inner if m.type in ("Place", "Country", "Demonym") and m.country), None))
                and (named := next((m for m in mentions if m.start == lede.start() and m.anaphor), None)) is not None):
            based.append((lede_target.name, country, named))
        if any(m.type == "Product" and m.entry is None and not m.anaphor for m in mentions) and has_any(sentence, _BOUGHT_WORDS):
            mentions = _bought_products(stext, s, mentions)
        body_mentions.extend(m for m in mentions if not m.anaphor)
        cands = []
        for cs, ce in (_clauses(stext, s, e, mentions) if _may_state(mentions, sentence) else ()):  # "X raised $5m, while Y agreed to buy Z": two deals, read apart
            piece = stext[cs:ce]
            pm = [m for m in mentions if cs <= m.start and m.end <= ce]
            if money is None:
                money = find_amounts(sentence)
            pmoney = find_amounts(piece) if (cs, ce) != (s, e) else money
            masked, tokens = mask(piece, cs, pm, pmoney, find_dates(piece, pub))
            if "ly " in masked:
                masked = without_adverbs(masked)
            got = sentence_relations(masked, tokens, ctx, disc.focus)
            cands.extend(got)
            if (plain := plain_reading(masked)) is not None:  # a second reading adds only what the first missed
                seen = {_said(c) for c in got}
                cands.extend(c for c in sentence_relations(plain, tokens, ctx, disc.focus) if _said(c) not in seen)
            if round_answer and ("led it" in sentence or "joined" in sentence) and (
                    (answer := _ROUND_ANSWER.sub(_round_said, masked)) != masked):
                seen = {_said(c) for c in cands}  # "Who is in it?" "Sambro Capital led it. Purcell Partners joined."
                cands.extend(c for c in sentence_relations(answer, tokens, ctx, disc.focus) if _said(c) not in seen)
            if answers_lead and cs == s and (lead := _ANSWER_NAMES.match(masked)) is not None:
                seen = {_said(c) for c in cands}  # "Who led the round?" "Glimmerglass Ventures, an Oneonta venture firm."
                cands.extend(c for c in sentence_relations(lead.group() + " led the round.", tokens, ctx, disc.focus) if _said(c) not in seen)
        tail = (_REPORTING_TAIL.search(stext, s, e) if cands and any(c.date is None for c in cands)
                and has_any(sentence, ("announced", "said", "confirmed", "told", "disclosed")) else None)
        if tail:  # "..., and Y is taking a stake in Z, the two companies announced on Tuesday": the whole sentence's date
            tdates = find_dates(stext[tail.start():e], pub)
            for c in cands:
                if c.date is None and tdates and c.relation in ("invests_in", "acquires", "partners_with"):
                    c.date = tdates[0].iso
        for c in cands:
            if (c.relation == "acquires" and c.object is not None and c.object.start >= s
                    and _SHARES_AFTER.match(stext, c.object.end)):
                c.relation = "invests_in"  # "will buy Intel common stock": shares, not the company
                c.amount = None  # the price per share is no deal size
        for _name, country, m in based:
            cands.append(Candidate("based_in", m, None, 0, confidence=0.7, country=country))
        for c in cands:
            if c.relation == "based_in" and c.country:
                disc.based_in.setdefault(c.subject.name, c.country)
                if c.city:
                    disc.cities.setdefault(c.subject.name, c.city)  # "the San Francisco company" later in the text
            if c.relation == "develops" and c.object is not None and not c.subject.anaphor:
                disc.makers.setdefault(c.object.name, c.subject)  # "the Vela maker" later in the text
            if c.relation == "invests_in":
                disc.investors.add(c.subject.name)
            if c.relation in ("invests_in", "acquires") and c.object is not None:
                disc.last_deal["buyer" if c.relation == "acquires" or c.stake else "investor"] = c.subject
                disc.last_deal.setdefault("investor", c.subject)
                disc.last_deal.setdefault("buyer", c.subject)
                disc.last_deal["target"] = c.object
            found.append((c, (s, e)))
        focus = disc.focus
        disc.backing = frozenset(c.subject.name for c in cands if c.relation == "invests_in"
                                 and c.object is not None and c.object.name == focus.name) if cands and focus is not None else _NO_NAMES
        update_focus(stext, s, mentions, disc)
    profiled = _profiled(disc)
    for r in records if profiled is not None else ():
        span = (r.start, r.end)
        if r.relation == "based_in":
            found.append((Candidate("based_in", profiled, None, 0, confidence=0.7, country=r.country), span))
            continue
        for nm in r.names:
            if nm.name == profiled.name:
                continue
            subj, obj = (nm, profiled) if r.direction == "in" else (profiled, nm)
            found.append((Candidate(r.relation, subj, obj, 0, confidence=0.7), span))
            body_mentions.append(nm)
            for p in r.platforms or ():
                found.append((Candidate("available_on", nm, p, 0, confidence=0.7), span))
                body_mentions.append(p)
    found, types = _settle_unknown(found)
    for m in body_mentions:
        if m.type == "Unknown" and m.name in types:
            m.type = types[m.name]
        elif m.type == "Unknown" and m.extra.get("branded"):
            m.type = "Product"  # "Corvane Instinct MI300X", in no deal: the company's product

    # a product known to belong to a company the article names
    # a company named only as the first word of its product's name ("the Apple App Store") is not named apart
    product_starts = {m.start for m in body_mentions if m.type == "Product"}
    named = {m.name for m in body_mentions if m.type == "Company"
             and not (m.end + 1 in product_starts and text[m.end:m.end + 1] == " ")}
    first_span: dict[str, tuple[int, int]] = {}
    starts = [s for s, _e in spans]
    for m in body_mentions:
        if m.name not in first_span:
            i = bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < spans[i][1]:
                first_span[m.name] = spans[i]
    # the longest name that fits wins, whatever the hash order; "Nexora Inc" makes the "Nexora AI Platform"
    makers = [(comp, _MAKER_SUFFIX.sub("", comp)) for comp in sorted(named, key=lambda n: (len(n), n))]
    makers += [(comp, w) for w, (comp, typ) in sorted(short.items()) if typ == "Company" and comp in named and " " not in w
               and comp.startswith(w + " ") and gaz.get(comp) is None]  # "Cíes Vision" called "Cíes": "Cíes Gaze" is its product
    # (not "Google Cloud" for "Google Drive": a known company's products are the gazetteer's to say)
    firsts = Counter(comp.split(" ", 1)[0] for comp in named)
    own_word = {w: comp for comp in sorted(named) if " " in comp and firsts[w := comp.split(" ", 1)[0]] == 1 and len(w) > 2
                and w[0].isupper() and w not in _GENERIC_FIRST_WORDS and w not in gaz.places and gaz.get(w) is None and gaz.get(comp) is None}
    makers += [(comp, w) for w, comp in own_word.items() if (comp, w) not in makers]
    for m in body_mentions:  # "Traboule AI ... Traboule Acte checks a deed": that company's product (the maker test below says whose)
        if m.type == "Unknown" and not m.anaphor and _own_product(m, own_word, text):
            m.type = "Product"
    # "Saltaire Vision" makes "Saltaire SiteWatch", "Spaarne Creative" "Spaarne Canvas": a new company's own first word, no other's
    for c, _span in found:
        if (c.relation == "develops" and c.subject.anaphor and c.object is not None and c.object.entry is None
                and (comp := own_word.get(c.object.name.split(" ", 1)[0])) is not None and comp != c.subject.name):
            c.subject = Mention(c.subject.start, c.subject.end, comp, "Company", c.subject.surface, None, False, anaphor=True)
            # "The company's first product, Saltaire SiteWatch," read as the company last named: the product's name says whose
    owner_sents: dict[str, set[int]] = {}
    for m in body_mentions:
        if m.type == "Company":
            owner_sents.setdefault(m.name, set()).add(bisect_right(starts, m.start) - 1)
    # every maker test below reads a name that starts with the maker's name, its bare form or an alias: their first two letters
    # (each head -> the makers, in order, one of whose names opens with it: a product is tried only against those)
    heads: dict[str, list[int]] = {}
    for k, (comp, bare) in enumerate(makers):
        for x in (comp, bare, *(gaz.get(comp).aliases if gaz.get(comp) else ())):
            if not heads.setdefault(x[:2], []) or heads[x[:2]][-1] != k:
                heads[x[:2]].append(k)
    for m in body_mentions:
        if m.type != "Product":
            continue
        owner = m.entry.owner if m.entry is not None else m.extra.get("branded")
        if (owner is None or owner not in named) and (m.name[:2] in heads or m.name[:1] in heads):  # "Amazon Bedrock" where the
            # article names Amazon, not AWS
            ks = heads.get(m.name[:2], [])
            if m.name[:1] in heads and len(m.name) > 1:
                ks = sorted({*ks, *heads[m.name[:1]]})
            for comp, bare in (makers[k] for k in ks):
                if (m.name.startswith(comp + " ") or (bare != comp and m.name.startswith(bare + " ") and not comp.startswith(m.name))
                        or (m.name.startswith(comp) and m.name[len(comp):len(comp) + 1].isupper())  # "GroqCloud"
                        or (gaz.get(comp) and any(m.name.startswith(a + " ") for a in gaz.get(comp).aliases))):
                    owner = comp
        if owner and owner in named and ctx.stated_makers.get(m.name, owner) != owner and m.entry is not None:
            continue  # "Sega bought Rovio, the Espoo maker of Angry Birds": the maker the text names, not the gazetteer's later owner
        if owner and owner in named:
            i = bisect_right(starts, m.start) - 1
            reach = _PLATFORM_REACH if m.entry is not None and m.entry.platform else _OWNER_REACH
            if m.name.endswith((" Marketplace", " Store")) and _named_after(m.name, owner, gaz):
                continue  # "Google Cloud Marketplace", "the SAP Store": the maker's name inside a storefront's is no develops fact
            if m.entry is None and _FUND_TAIL.search(owner):
                continue  # "Harborline Ventures, the venture arm of apartment REIT Harborline Residential": a fund shares its parent's
                # name and makes nothing
            if all(abs(i - j) > reach for j in owner_sents.get(owner, ())):
                continue  # its owner named only paragraphs away (even "Microsoft Azure" is then seldom said to be made)
            om = Mention(m.start, m.end, owner, "Company", owner, gaz.get(owner))
            found.append((Candidate("develops", om, m, 0, confidence=0.5), first_span.get(m.name, (m.start, m.end))))

    # nothing develops itself or a place ("West Lafayette, Indiana", "its Southeast Asia expansion")
    # nor a body, an event or a list ("the Justice Department", "its Automation Fair", "the Entity List", "the AI-RAN Alliance")
    found = [(c, span) for c, span in found if c.relation != "develops" or c.object is None
             or (c.object.name != c.subject.name and c.object.name not in gaz.places
                 and (c.object.known or c.object.name.split()[-1] not in _NOT_PRODUCT_HEADS)
                 and c.object.name not in _NOT_PRODUCT_NAMES and (c.object.entry is not None or c.object.name not in _REGION_NAMES))]
    if ctx.cancelled:  # a deal the article says was abandoned is no fact, wherever it is mentioned
        found = [(c, span) for c, span in found
                 if c.object is None or (c.relation, c.subject.name, c.object.name) not in ctx.cancelled]
    facts = _merge(found, prep, article.text)
    return _entities(body_mentions, facts, gaz), facts


_NOT_PRODUCT_HEADS = frozenset("""Department Ministry Agency Commission Committee Council Association Alliance Consortium Institute
    Foundation University College School Fair Conference Summit Forum Expo Festival Awards Prize List Act Law Programme Program
    Initiative Fund Authority Board Bureau Office Court Parliament Senate Congress Clinic Hospital Centre Center Laboratory
    Laboratories Society Museum Academy Street Avenue Road Co Inc Ltd Corp Corporation LLC plc PLC GmbH""".split())
"""Last words of names that are bodies, events, lists, laws, streets ("Wall Street", "Ruthven Street") or companies by their
legal form ("Taiwan Semiconductor Manufacturing Co"), never something a company develops."""
_NOT_PRODUCT_NAMES = frozenset({"EBITDA", "GAAP", "ARR", "KPI", "KPIs", "ROI", "GPs", "CEOs", "R&D", "IPO", "Southeast Asian", "South Asian",
                                "East Asian", "Latin American", "Middle Eastern", "North American", "European", "African", "Asian",
                                "Class A", "Class B", "Class C"})  # share classes ("11 million shares of its Class A common stock")
_REGION_NAMES = frozenset({"South", "East", "West", "North East", "North West", "South East", "South West", "Midlands",
                           "Nordic", "Baltic", "Pacific", "Atlantic", "Mediterranean", "Gulf"})
"""Regions a company works in ("runs 14 dealerships across West and South Yorkshire", "a Nordic film library"): no product of its
own unless the gazetteer knows one by the name ("North" stays: Cohere's North platform)."""

_DEAL_TYPES = frozenset({"Company", "Unknown", "Product"})


_LEDE_DESC = re.compile(
    r"(?:An?)\s+(?:(?:[A-Z][\w'’.-]*,?\s+){1,3}(?:[a-z][\w-]*\s+){0,3}?)(?P<noun>start-?up|company|firm|maker|developer|group|business|"
    r"manufacturer|provider|operator|lender|insurer|bank|retailer|brewer|distiller|chain|studio|agency)\b"
    r"(?=\s+(?:that|which|whose|with|behind|founded|run|best\s+known|known)\b)")
"""A lede that names the headline's company by what and where it is: "A Melbourne start-up that uses generative AI to ...
has raised $18 million"."""


_HEAD_OBJECT_BEFORE = re.compile(r"\b(?:with|from|to|by|for|of|in|into|and|buys|acquires|backs|bought|acquired|backed)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$")
_SCHOOL_WORDS = frozenset("University Technology Institute College School Hospital".split())


def _lede_target(text: str, prep, gaz, dynamic: DynamicNames, mid_words, short, persons) -> Mention | None:
    """The company the headline names that the body names most (at least twice, perhaps by its first word): whom a descriptive
    lede is about."""
    ts, te = prep.title_span
    htext = headline_case(text, ts, te) or text
    ms = dynamic.find(htext, ts, te, find_mentions(htext, ts, te, gaz))
    names = [m for m in _with_unknown(ms, find_unknown(htext, ts, te, ms, mid_words), short, persons)
             if m.type in ("Company", "Unknown") and not m.anaphor and not looks_like_person(m.name)
             and not city_countries(m.name) and m.name.rsplit(" ", 1)[-1] not in _SCHOOL_WORDS  # not "Harrogate", a town
             and not _HEAD_OBJECT_BEFORE.search(htext, ts, m.start)]  # the headline's subject, not "a deal with the Port of Cork"
    counted = [(text.count(_called_by(m.name), prep.body_start), m) for m in names]
    best = max(counted, key=lambda x: x[0], default=(0, None))
    return best[1] if best[0] >= 2 else None


def _called_by(name: str) -> str:
    """What the body calls a headline's company: its first word ("Saltbush Labs" ... "Saltbush has"), unless that is
    short or a town before "AI" ("Fargo AI start-up X": the town)."""
    first = name.split()[0]
    if " " in name and len(first) > 3 and not (name.endswith(" AI") and city_countries(first)):
        return first
    return name


def _may_state(mentions: list[Mention], sentence: str) -> bool:
    """Can the sentence state a fact?  Not without a company or a product, unless it speaks of
    "the two companies" (the previous sentence's); the common sentence of background is skipped unmasked."""
    if any(m.type in _DEAL_TYPES for m in mentions):
        return True
    low = sentence.lower()
    return "two " in low or "both " in low


_CAP_WORD = re.compile(r"\b[A-Z][\w&-]*")
_BOUGHT_WORDS = ("acqui", "buy", "bought", "purchas", "takeover of", "snapped up")
_BOUGHT_BEFORE = re.compile(r"\b(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing|"
                            r"(?:acquisition|purchase|takeover)\s+of|snapped\s+up)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?$")
"""'has agreed to acquire Superhuman, the premium email app': what a buyer buys is a company, whatever the apposition calls it."""


def _named_after_maker(text: str, mentions: list[Mention]) -> list[Mention]:
    """A new company's name, then a product word the gazetteer knows alone ("Laborwerk Copilot", "Kestrel Studio"): one product,
    the company's, not the company next to another company's product."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.type == "Product" and m.known and " " not in m.name and prev.type == "Company" and not prev.known
                and not prev.anaphor and prev.end + 1 == m.start and text[prev.end] == " " and text[prev.start:prev.end] != prev.name
                and m.entry is not None and m.name.isalpha()):
            name = text[prev.start:m.end]
            out[-1] = Mention(prev.start, m.end, name, "Product", name, None, False, extra={"branded": prev.name})
            continue
        out.append(m)
    return out


def _bought_products(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """Mentions typed as products by context alone that stand right after a purchase verb, made unknown, for their role to
    type them: a company bought, described by its product ("Superhuman, the premium email app")."""
    out = []
    for m in mentions:
        if (m.type == "Product" and m.entry is None and not m.anaphor and not m.extra.get("branded")
                and _BOUGHT_BEFORE.search(text, max(start, m.start - 60), m.start)):
            m = Mention(m.start, m.end, m.name, "Unknown", m.surface, None, False, extra=m.extra)
        out.append(m)
    return out


_CORP_WORDS = "Inc|Corp|Corporation|Ltd|LLC|plc|PLC|AG|GmbH|SA|SAS|NV|BV|AB|Co"
_CORP_SUFFIX = re.compile(r"\s+(?:" + _CORP_WORDS + r")\.?$")
_FUND_TAIL = re.compile(r" (?:Ventures|Venture Capital|Capital|Partners|Fund|Funds|Investments|Invest|Angels|Equity|Fonden|Foundation)$")
"""The last words of an investor's name: a fund, a foundation."""
_GENERIC_FIRST_WORDS = frozenset("""New Smart Global First Digital Data Green Open General National International United Royal American
    European British Asian Pacific Atlantic North South East West Central Northern Southern Eastern Western Great Grand Big Blue Red
    Black White Silver Golden Gold Bright Clear True Prime Next Future Modern Advanced Applied Deep Human Quantum Cloud Mobile Health
    Energy Capital Venture Ventures Alpha Beta Omega Delta Nova Neo Super Hyper Meta Micro Mega Tech Pro One Two Three Saint St San
    Santa Mount Port Lake River Bay Automotive Financial Medical Industrial Retail Marine Solar Legal Home Food Farm""".split())
"""First words many unrelated names share ("New", "Global", "North"): no mark of the maker."""
_MAKER_SUFFIX = re.compile(r"\s+(?:" + _CORP_WORDS + r"|AI|Labs|Technologies|Systems|Software|Robotics|Group)\.?$")
"""What a maker's name may drop for its products to carry the rest: "Skarp AI" makes "Skarp Inspect", "Dasom Labs" "Dasom Voice"."""
_ROLES = {
    "invests_in": ("Company", "Company"), "acquires": ("Company", "Company"), "partners_with": ("Company", "Company"),
    "develops": ("Company", "Product"), "available_on": ("Product", "Product"), "based_in": ("Company", None),
}


_DEFINED = re.compile(
    r"\.?(?:,?\s+(?:Inc|Ltd|Co|Corp|LLC|plc|PLC|GmbH|AG|SA|NV|BV|K\.?K)\.?)*,?\s*\(\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)?"
    r"[\"“](?P<term>[A-Z][\w.&' -]{1,30}?)[\"”]\s*\)")


_DEFINED_CUE = re.compile(r"\(\s*(?:the\s+|hereinafter\s+)?[\"“]")
_ABBREVIATION = re.compile(r"\s*\((?P<term>[A-Z][A-Za-z]{1,5})\)")
"""A name's abbreviation in brackets after it: "PhysicsWallah (PW)" (tested against the name by :func:`_abbreviates`)."""


def _abbreviates(short: str, name: str) -> bool:
    """Is ``short`` an abbreviation of ``name`` ("PhysicsWallah" "PW", "Preferred Networks" "PFN", "Mobile Industrial Robots"
    "MiR"): at least two capitals, the name's own letters in order, starting with its first?"""
    if sum(c.isupper() for c in short) < 2 or short[0] != name[:1]:
        return False
    rest = iter(name[1:].lower())
    return all(c in rest for c in short[1:].lower())


_KNOWN_AS_CUE = re.compile(r"\bknown\s+(?:[\w-]+\s+){0,5}?as\s")
"""An article that may give a company another name: looked for only where "known" stands (this scan has no literal to lead it)."""
_KNOWN_AS = re.compile(
    r"\.?,\s+" + KNOWN_AS + r"(?:the\s+)?[\"“‘']?"
    r"(?P<term>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}?)[\"”’']?(?=\s*[,;.)](?:\s|$)|\s*[,;)]|\s+(?:and|has|have|had|is|was|said|says)\b)")
"""A company's other name in its apposition: "Marrowby Claims Services, known in the trade as MCS,", "Pellgrave Robotics, better
known as Pellbot,": the other name is the company wherever the article uses it."""


def _defined_terms(text: str, sentences):
    """Filings' defined terms: "Orbitane Holdings, Inc. (the "Company")" makes every later "the Company" Orbitane; a
    company's other name ("Pellgrave Robotics, better known as Pellbot,") and its abbreviation in brackets ("PhysicsWallah
    (PW)") are the company wherever they stand.

    The term's occurrences replace whatever was read there (an unknown "Company").
    """
    if not (_DEFINED_CUE.search(text) or "known" in text and _KNOWN_AS_CUE.search(text) or "(" in text and _ABBREVIATION.search(text)):
        return sentences
    terms: dict[str, Mention] = {}
    abbreviations: set[str] = set()
    for _s, e, ms, unknown, _t in sentences:
        for m in ms + unknown:
            if m.type in ("Company", "Unknown") and not m.anaphor:
                d = _DEFINED.match(text, m.end, e) or (_KNOWN_AS.match(text, m.end, e) if m.type == "Company" or m.known else None)
                if d is None and (a := _ABBREVIATION.match(text, m.end, e)) is not None and _abbreviates(a.group("term"), m.name):
                    d = a  # "PhysicsWallah (PW)", "Preferred Networks (PFN)": its letters, in order
                    abbreviations.add(a.group("term"))
                if d and d.group("term") not in terms and d.group("term") != m.name:
                    terms[d.group("term")] = m
    if not terms:
        return sentences
    rx = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    out = []
    for s, e, ms, unknown, t in sentences:
        hits = [h for h in rx.finditer(text, s, e)
                if not any(x.start <= h.start() and h.end() <= x.end and x.name == terms[h.group()].name for x in ms)
                and not any(x.start == h.start() and h.end() < x.end and (x.type in ("Product", "Unknown") or h.group() in abbreviations)
                            for x in ms + unknown)  # (and "CDP Venture Capital" after "Cassa Depositi e Prestiti (CDP)": another name)
                and not (h.group() in abbreviations and text[h.start() - 1:h.start()] == "(")]  # (not the brackets that define it)
        # "Cabanyal Software S.L. ("Cabanyal") ... Cabanyal Nómina, the company's payroll product": the term opens a product's name
        if hits:
            spans = [h.span() for h in hits]

            def clear(x: Mention, spans=spans) -> bool:
                return not any(x.start < b and a < x.end for a, b in spans)
            ms = [x for x in ms if clear(x)]
            unknown = [x for x in unknown if clear(x)]
            for h in hits:
                ent = terms[h.group()]
                ms.append(Mention(h.start(), h.end(), ent.name, ent.type, h.group(), ent.entry, ent.known, anaphor=True))
            ms.sort(key=attrgetter("start"))
        out.append((s, e, ms, unknown, t))
    return out


_NAME_RUN = r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}"
_REPORT_OF = re.compile(r"(?:\b(?:[Rr]eport|[Ll]etter|[Ss]tatement|[Aa]ccounts|[Rr]elease|[Nn]ewsletter|[Uu]pdate)\s+(?:of|from|by)\s+(?:the\s+)?"
                        r"|\b(?:CEO|CTO|COO|CFO|[Ff]ounder|[Cc]o-founder|[Cc]hief\s+[Ee]xecutive)\s+(?:at|of)\s+)(?P<n>" + _NAME_RUN + r")\s*$"
                        r"|\b(?:on|from)\s+the\s+(?P<n2>" + _NAME_RUN + r")\s+(?:blog|newsroom|website|team)\b")
_RELEASE = re.compile(r"\b(?:[Pp]ress [Rr]elease|[Cc]ompany [Aa]nnouncement|[Nn]ews [Rr]elease|[Rr]egulatory [Nn]ews|RNS)\b")
_TITLE_ORG = re.compile(r"(?P<n>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}?)\s+(?:Reports|Announces|Posts|Completes|Agrees|Signs|Launches|Acquires|Raises|Publishes|Unveils|Enters|Closes|Takes|Sells|Buys)\b")
_ORG_LINE = re.compile(r"^(?:[A-Z][\w&.'-]*\s+){0,4}?(?:Partners|Capital|Ventures|Group|Holdings|Inc|Ltd|LLC|AG|GmbH|plc|Fund|Bank|Labs|Management|Investments)\.?$")


def _author(text: str, prep, gaz) -> Mention | None:
    """The company an article speaks for: a header line that is a company's name ("Harrowgate Capital Partners").

    A letter or a release written by a company says "we" for it.  Bylines,
    dates and publications ("The Ledger Daily", "Tech Desk") are no companies.
    """
    lo = prep.title_span[1] if prep.title_span else 0
    header = text[lo:prep.body_start]
    if prep.title_span and _RELEASE.search(header):  # "Norsk Datakraft Reports Third-Quarter Results" / "Company announcement"
        t = _TITLE_ORG.match(text, prep.title_span[0], prep.title_span[1])
        if t:
            name = t.group("n")
            hit = [x for x in gaz.match(text, t.start("n"), t.end("n")) if x[0] == t.start("n") and x[1] == t.end("n")]
            if hit and hit[0][2].type == "Company":
                return Mention(t.start("n"), t.end("n"), hit[0][2].name, "Company", name, hit[0][2], True)
            return Mention(t.start("n"), t.end("n"), name, "Company", name, None, False)
    for m in re.finditer(r"[^\n]+", header):
        line = m.group().strip()
        if not line or line.startswith("By ") or len(line) > 90:
            continue
        s = lo + m.start() + m.group().index(line)
        of = _REPORT_OF.search(line)
        if any(ch.isdigit() for ch in line) or len(line) > 60:
            if not of:
                continue
            line = ""
        hit = [x for x in gaz.match(text, s, s + len(line)) if x[0] == s and x[1] == s + len(line)] if line else []
        if hit and hit[0][2].type == "Company":
            return Mention(s, s + len(line), hit[0][2].name, "Company", line, hit[0][2], True)
        if line and _ORG_LINE.match(line):
            return Mention(s, s + len(line), line, "Company", line, None, False)
        if of:
            line = m.group().strip()  # "Annual Report of Strandberg Industrier AB", "Posted on the Tidewell blog"
            name = of.group("n") or of.group("n2")
            ns = s + line.index(name)
            hit = [x for x in gaz.match(text, ns, ns + len(name)) if x[0] == ns and x[1] == ns + len(name)]
            if hit and hit[0][2].type == "Company":
                return Mention(ns, ns + len(name), hit[0][2].name, "Company", name, hit[0][2], True)
            return Mention(ns, ns + len(name), _CORP_SUFFIX.sub("", name) if " " in name else name, "Company", name, None, False)
    return None


_QUESTION_LINE = re.compile(r"^(?:Q[:.]\s*[^\n]{3,200}|[A-Z][^\n]{3,150}\?)[ \t]*$", re.M)


def _is_interview(text: str, body_start: int) -> bool:
    """Is the article an interview or a Q&A: two or more lines that are questions ("Why list rather than sell?", "Q: ...")?"""
    return "?" in text and len(_QUESTION_LINE.findall(text, body_start)) >= 2


def _interviewee(text: str, prep, sentences, persons: frozenset[str]) -> Mention | None:
    """The company an interview is with: one its title names ("Kasuku AI's founder on ...", "Brennwald's chief on ..."), else
    the first company its first two sentences name ("Martina Egli has run Brennwald Analytics for six years"), by its type or
    its name (not a person, nor an unknown place: "at the company's office in Makati")."""
    title = text[prep.title_span[0]:prep.title_span[1]] if prep.title_span else ""
    first = None
    seen = 0
    for s, _e, ms, unknown, _t in sentences:
        if s < prep.body_start:
            continue
        names = sorted((m for m in (*ms, *unknown) if m.type in ("Company", "Unknown") and not m.anaphor
                        and m.name not in persons and not looks_like_person(m.name)), key=attrgetter("start"))
        for m in names:
            if re.search(r"\b" + re.escape(m.name) + r"(?:['’]s?)\s", title) or (
                    (m.type == "Company" or company_shaped(m.name)) and re.search(r"\b" + re.escape(m.name.split()[0]) + r"\b", title)):
                return Mention(m.start, m.end, m.name, "Company", m.surface, m.entry, m.known)
        if first is None and seen < 2:
            first = next((m for m in names if m.type == "Company" and (m.known or company_shaped(m.name))), None)
        seen += 1
    return Mention(first.start, first.end, first.name, "Company", first.surface, first.entry, first.known) if first else None


def _profiled(disc) -> Mention | None:
    """The company a fact box describes: the one the text has been most about."""
    best = max(((v, n) for n, v in disc.salience.items() if disc.mentions.get(n) is not None
                and disc.mentions[n].type in ("Company", "Unknown")), default=None)
    return disc.mentions[best[1]] if best else None


_REPORTING_TAIL = re.compile(r",\s+(?:[\w'’-]+\s+){0,4}?(?:announced|said|confirmed|told|disclosed)\b[^,;]*$")
_CLAUSE_JOIN = re.compile(r",\s+(?:while|whereas)\s+|,\s+and\s+|;\s+")
_VERBISH = re.compile(r"\b(?:said|says|has|have|had|was|is|were|are|will|took|bought|sold|led|won|got|put|made|\w{3,}ed)\b")
_LEFT_APPOS = re.compile(r"^,\s+(?:a|an|the)\s+[^,;]*$")
_FINITE = re.compile(
    r"(?:\s*,[^,;]{1,60},)?\s+(?:also\s+|itself\s+|then\s+)?(?:said|says|agreed|agrees|has|have|had|was|is|were|are|will|took|takes|bought|buys|raised|raises|"
    r"signed|signs|secured|secures|acquired|acquires|invested|invests|led|leads|announced|announces|launched|made|won|joined|got|sold|sells|"
    r"struck|formed|backed|received|closed|completed|picked|snapped|teamed|partnered|landed|put|poured|wrote|[a-z]{3,}ed)\b")


def _clauses(text: str, s: int, e: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The clauses of a long sentence that state deals of their own.

    Split after ", while", ", whereas", ";" and after ", and" when what follows
    is a new subject: a company name (with up to four words of description
    before it) and a finite verb.  Each side must name a company.
    """
    if e - s < 80:
        return [(s, e)]
    comps = [m for m in mentions if m.type in ("Company", "Unknown")]
    if len(comps) < 3:
        return [(s, e)]
    cuts = []
    for j in _CLAUSE_JOIN.finditer(text, s, e):
        if (j.group().lstrip(",; ").startswith("and") and j.group().startswith(",")) or j.group().startswith(";"):
            nxt = next((m for m in comps if m.start >= j.end()), None)
            if nxt is None or nxt.start - j.end() > 40 or not _FINITE.match(text, nxt.end, e):
                continue
            if re.search(r"[,;«»]|\b(?:which|that|who)\b", text[j.end():nxt.start]):
                continue
        cuts.append(j)
    spans = []
    cur = s
    for j in cuts:
        left = [m for m in comps if cur <= m.start and m.end <= j.start()]
        right = [m for m in comps if m.start >= j.end()]
        own = _LEFT_APPOS.sub("", text[left[0].end:j.start()]) if left else ""  # "A, a fund focused on X, and B ... took part": one list
        if left and right and _VERBISH.search(own):
            spans.append((cur, j.start()))
            cur = j.end()
    spans.append((cur, e))
    return spans


_CODE_TAIL = re.compile(r"[ -]([A-Z]{1,2}\d{1,3}(?:\.\d+)?)$")
_BARE_CODE = re.compile(r"(?<![\w.-])([A-Z]{1,2}\d{1,3}(?:\.\d+)?)(?![\w-]|\.\d)")


_PLACE_TYPES = frozenset(("Place", "Country", "Demonym"))


def _place_countries(m: Mention) -> tuple[str, ...]:
    """The countries a place mention may be in, the likeliest first.  A city the gazetteer knows is first where it says,
    then where other cities of its name are ("Newcastle": England, then New South Wales); a region it knows is only where
    it says ("the Devon florist chain", never Devon, Alberta, whatever other countries the story names)."""
    found = city_countries(m.name)
    if m.entry is not None and m.country:
        return (m.country, *(c for c in found if c != m.country)) if m.country in found else (m.country,)
    return found


def _places_in_context(sentences) -> None:
    """A city whose name several countries' cities share is the one in a country the article names, when it names that
    country and not the likeliest's: "a Hamilton-based co-operative" in a story about New Zealand, "a Sudbury start-up"
    in one from Canada (the place's ``country`` is set in place).  Never an American town over a larger city elsewhere: a
    text writes one with its state ("Geneva, Illinois"), and names the United States in most stories anyway."""
    named: set[str] = set()
    shared: list[tuple[Mention, tuple[str, ...]]] = []
    for _s, _e, ms, unknown, _t in sentences:
        for group in (ms, unknown):
            for m in group:
                if m.country is None or m.type not in _PLACE_TYPES:
                    continue
                if m.type == "Place" and len(found := _place_countries(m)) > 1:
                    shared.append((m, found))
                else:
                    named.add(m.country)
    for m, found in shared:
        if m.country not in named and (other := next((c for c in found if c in named and c != "United States"), None)) is not None:
            m.country = other


def _model_codes(text: str, sentences):
    """A model named by its code alone after its full name ("DeepSeek-R1 ... Together AI added R1"): that model."""
    first: dict[str, tuple[int, Mention]] = {}  # code -> where its model was first named, and the mention
    codes: dict[str, set[str]] = {}
    for _s, _e, ms, _u, _t in sentences:
        for m in ms:
            tail = _CODE_TAIL.search(m.name) if m.type == "Product" and not m.anaphor else None
            if tail:
                codes.setdefault(tail.group(1), set()).add(m.name)
                first.setdefault(tail.group(1), (m.start, m))
    if not codes:
        return sentences
    out = []
    for s, e, ms, unknown, t in sentences:
        src = t if t is not None else text
        added = []
        for c in _BARE_CODE.finditer(src, s, e):
            code = c.group(1)
            if len(codes.get(code, ())) != 1 or first[code][0] >= c.start():
                continue
            if any(c.start() < x.end and x.start < c.end() for x in list(ms) + list(unknown)):
                continue
            m = first[code][1]
            added.append(Mention(c.start(), c.end(), m.name, "Product", code, m.entry, m.known))
        if added:
            ms = sorted(list(ms) + added, key=attrgetter("start"))
        out.append((s, e, ms, unknown, t))
    return out


def _national_arms(text: str, mentions: list[Mention], unknown: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A new name followed by a country is one name ("Havas UK", "Telkom Indonesia", "SB OpenAI Japan"), as a known
    company's national arm is (:func:`find_mentions`): the country is no place of its own there.  So is a college's or a
    university's city ("University College Dublin", "King's College London", "the University of Colorado Boulder")."""
    countries = {m.start: m for m in mentions if m.type == "Country" or m.type == "Place"}
    joined, out = set(), []
    for u in unknown:
        c = countries.get(u.end + 1)
        if (u.type == "Unknown" and c is not None and (c.type == "Country" or u.name.endswith(" College") or u.name.startswith("University of "))
                and country_ends_name(text, u, c, len(text)) and text[u.start:c.end] not in LANGUAGES):
            name = text[u.start:c.end]
            out.append(Mention(u.start, c.end, name, "Unknown", name, None, False))
            joined.add(c.start)
        else:
            out.append(u)
    return ([m for m in mentions if m.start not in joined] if joined else mentions), out


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _alone(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word not followed by a capitalised one, as
    ``re.search(r"\\b" + re.escape(word) + r"\\b(?!\\s+[A-Z])", text)`` would say, without compiling a pattern per name."""
    n, k = len(text), len(word)
    i = text.find(word)
    while i >= 0:
        j = i + k
        if ((i > 0 and _is_word(text[i - 1])) != _is_word(word[0])) and ((j < n and _is_word(text[j])) != _is_word(word[-1])):
            m = j
            while m < n and text[m].isspace():
                m += 1
            if not (m > j and m < n and "A" <= text[m] <= "Z"):
                return True
        i = text.find(word, i + 1)
    return False


def _named_after(name: str, owner: str, gaz: Gazetteer) -> bool:
    """Whether ``name`` opens with its owner's name or one of the owner's aliases ("AWS Marketplace": Amazon Web Services)."""
    entry = gaz.get(owner)
    return any(name.startswith(n + " ") for n in (owner, *(entry.aliases if entry is not None else ())))


def _own_product(m: Mention, own_word: dict[str, str], text: str) -> bool:
    """Is the new name ``m`` a product of the new company whose own first word it opens with ("Traboule Acte" after "Traboule
    AI")?  Not when it ends on a company's word, is the company's name or a longer one, a person's, a place's, a body's or a
    former name, or opens with a digit."""
    name = m.name
    if " " not in name or name.count(" ") > 2 or name[:1].isdigit():
        return False
    comp = own_word.get(name.split(" ", 1)[0])
    if comp is None or comp.startswith(name) or name.startswith(comp):
        return False
    last = name.rsplit(" ", 1)[-1]
    return (last not in _SUFFIX_WORDS and last not in _COMPANY_WORDS and not _NOT_A_PRODUCT_WORD.search(name) and not looks_like_person(name)
            and not _FORMER_NAME_BEFORE.search(text, max(0, m.start - 40), m.start))


_NOT_A_PRODUCT_WORD = re.compile(r"\b(?:CEO|Chief|Executive|President|Chairman|Chairwoman|Founder|Director|Minister|Professor|Road|Street|Avenue|"
                                 r"City|Square|Park|Rapids|Bridge|Valley|Hall|University|College|School|Airport|Station|Directorate|Agency|"
                                 r"Ministry|Department|Council|Digital|Air|of)\b")
"""Words that make a new name a person's title, a place or a body rather than a product, even when it opens with a company's
own first word ("Lehigh CEO Marcus Bowen", "Belgrave Road", "Zhangjiang Science City", "Weta Digital")."""


_FORMER_NAME_BEFORE = re.compile(r"\b(?:known\s+as|began\s+(?:life\s+)?as|name\s+from|formerly|renamed\s+from|trades\s+as|"
                                 r"trading\s+as|operates\s+as|was\s+called|(?:sister|parent|rival|arm|unit)\s*,?)\s+$")
"""A company's other name or a kin company, not its product: "known as Wychbury Hydro until last year", "changed its name
from Bomun Electric", "its sister, Bomun Cable"."""


def _short_names(dynamic: DynamicNames, sentences) -> dict[str, tuple[str, str]]:
    """First words of the article's multi-word new names: "Gannet" -> ("Gannet Vision", type).

    Only where one long name has that first word.  A long name typed by
    context gives its type; an unknown long name takes the short one's type
    when that is known ("Lantern, a Guangzhou developer" -> "Lantern AI").
    """
    typed = dict(dynamic.names())
    longs: dict[str, str] = dict(typed)
    unknown_longs: list[str] = []
    first_at: dict[str, int] = {}  # where each name is first used, alone or long
    known: set[str] = set()  # names the gazetteer knows ("Google" is no short "Google Cloud")
    for _s, _e, ms, unknown, _t in sentences:  # one pass: "Sequoia Capital ... which Sequoia led" is one company
        for m in ms:
            first_at.setdefault(m.name, m.start)
            if m.known:
                known.add(m.name)
            if m.known and m.type == "Company" and " " in m.name and not m.anaphor:
                longs.setdefault(m.name, "Company")
        for u in unknown:
            first_at.setdefault(u.name, u.start)
            if u.type == "Unknown" and not u.extra.get("weak"):
                unknown_longs.append(u.name)
    for name in unknown_longs:  # after every company the gazetteer knows
        longs.setdefault(name, "Unknown")
    firsts: dict[str, list[tuple[str, str]]] = {}
    for name, typ in longs.items():
        words = name.split()
        if len(words) > 1 and len(words[0]) > 2:
            firsts.setdefault(words[0], []).append((name, typ))
    standalone_first = set()  # first words standing alone before their long name is first used
    seen_long: set[str] = set()
    product_firsts = {w: c for w, c in firsts.items() if len(c) == 1 and c[0][1] == "Product"}
    for _s, _e, ms, unknown, t in sentences if product_firsts else ():
        both = [*ms, *unknown]
        for m in sorted(both, key=attrgetter("start")) if any(m.name in product_firsts for m in both) else both:  # in order where it matters
            if " " in m.name:
                seen_long.add(m.name)
            elif m.name in product_firsts and not any(n in seen_long for n, _t in product_firsts[m.name]):
                standalone_first.add(m.name)
        piece = t[_s:_e] if t is not None else ""
        for w in product_firsts:  # a first word the mention finder left alone ("Brellwick, a London start-up")
            if w not in standalone_first and w in piece and _alone(w, piece) \
                    and not any(n in seen_long for n, _t in product_firsts[w]):
                standalone_first.add(w)
    out = {}
    for w, cands in firsts.items():
        if len(cands) != 1:
            companies = [c for c in cands if c[1] == "Company"]
            if (len(companies) == 1 and _is_arm(companies[0][0])
                    and len(own := [c for c in cands if c[1] != "Product" and not _is_arm(c[0])]) == 1):
                companies = own  # "Gamcheon Marine ... its venture arm, Gamcheon Ventures ... Gamcheon Track": "Gamcheon" is the line
            if len(companies) != 1 or w in known:
                continue
            first = first_at.get(companies[0][0], 10**9)
            if first_at.get(w, 10**9) < first or any(first_at.get(c[0], 10**9) <= first for c in cands if c is not companies[0]):
                continue
            cands = companies  # "Cíes Vision, a Vigo start-up ... Cíes Gaze and Cíes Occupant ... Cíes said": the company named first
        name, typ = cands[0]
        if typ == "Product" and (w in standalone_first or typed.get(w) == "Company"):
            continue  # "Brellwick, a London start-up, ... Its product, Brellwick Review": the company came first; "the Mews
            # Marketplace, the app store run by Mews, the Amsterdam-based company": the context makes the word alone a company
        if typ == "Unknown" and first_at.get(w, 10**9) < first_at.get(name, 10**9) and name.split()[-1] not in _SUFFIX_WORDS:
            continue  # "Lakera's Series A ... Lakera Guard": the short name came first, so the long one is another name
        if typ == "Unknown" and typed.get(w) == "Company" and name.split()[-1] not in _SUFFIX_WORDS:
            continue  # "Ledgerlight, a London start-up" and "its product, Ledgerlight Review": two names ("Lantern AI" is one)
        if typ == "Unknown" and typed.get(w) == "Product":
            continue  # "founding Marram Health ... Marram, the company's app": the maker, and its app by its first word
        if typ == "Unknown" and typed.get(w) == "Company":
            typ = typed[w]
        out[w] = (name, typ)
    for _s, _e, ms, unknown, t in sentences:  # "PT Teduh Digital Indonesia (Teduh Digital)": the long name's short form, defined
        if t is None or "(" not in t[_s:_e]:
            continue
        for u in (*ms, *unknown):
            if u.type in ("Company", "Unknown") and not u.known and not u.anaphor and " " in u.name and (
                    par := _SHORT_IN_PARENS.match(t, u.end, _e)) is not None and par.group(1) != u.name and f" {par.group(1)} " in f" {u.name} ":
                out.setdefault(par.group(1), (u.name, u.type))
    for name, typ in longs.items():  # "Agence France-Presse" ... "AFP": one company by its initials
        initials = _initials(name)
        if initials and initials not in out and longs.get(initials, "Unknown") in ("Unknown", typ):
            out[initials] = (name, typ)
    return out


_SHORT_IN_PARENS = re.compile(r"\s*\(([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\)")


_INITIAL_SKIP = frozenset({"of", "and", "&", "the", "de", "for"})
_WORD_GAPS = re.compile(r"[\s-]+")


def _initials(name: str) -> str | None:
    """The acronym of a name of three or more words ("Agence France-Presse" -> "AFP"), or None."""
    if len(name.split()) + name.count("-") < 3:
        return None  # fewer than three parts, whatever they are
    words = [w for w in _WORD_GAPS.split(name) if w and w not in _INITIAL_SKIP]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


_SHARES_AFTER = re.compile(r"\s+(?:(?:common|ordinary|preferred|class\s+[A-C])\s+)?(?:stock|shares)\b")


def _persons(sentences) -> frozenset[str]:
    """People named with a cue anywhere in the article, and each of their names ("Shazeer")."""
    out = set()
    for _s, _e, _ms, unknown, _t in sentences:
        for u in unknown:
            if u.type == "Person":
                out.add(u.name)
                words = u.name.split()
                out.update(w for w in words if len(w) > 2)
                if len(words) > 1 and len(last := words[-1]) == 2 and last.isalpha() and last.istitle():
                    out.add(last)  # "David Li" ... "Li said": a two-letter surname
    return frozenset(out)


_CORPORATE_FORMS = _BARE_SUFFIXES | frozenset("Technologies Technology Holdings Group Systems Industries Corporation Incorporated Inc. Corp. Ltd. Co. N.V.".split())
"""Words after a company's name that only say its legal form ("Cambricon Technologies", "Tencent Holdings"): the same company."""


_NO_NAMES: frozenset[str] = frozenset()
_LEAD_QUESTION = re.compile(r"(?:Q:\s*)?(?:And\s+)?[Ww]ho\s+(?:led|co-led|leads|is\s+leading|was\s+the\s+lead(?:\s+investor)?\s+(?:in|of|on))\s+(?:the|this|that|your|its)\s+(?:[\w$€£.-]+\s+){0,4}?(?:round|raise|financing|investment)(?:,\s+and\s+who\s+else\s+[^?]{1,30})?\?")
"""An interviewer's question whose answer names the round's lead: "Who led the round?", "Who led your US$22 million Series A round?"."""
_ROUND_QUESTION = re.compile(r"(?:Q:\s*)?(?:And\s+)?[Ww]ho\s+(?:led|co-led|leads|is\s+leading|invested|backed|came\s+in|joined|is\s+in|else\s+came\s+in|"
                             r"was\s+the\s+lead|are\s+(?:your|the)\s+(?:investors|backers))\b[^?]{0,80}\?"
                             r"|(?:Q:\s*)?(?:And\s+)?(?:How|Why|When|What|Who)\b[^?]{0,60}\b(?:the|this|your)\s+(?:[\w-]+\s+)?(?:round|raise)\b[^?]{0,40}\?")
"""An interviewer's question about who is in the round ("Who is in it?", "Who led the round, and who else came in?", "How
did the round come together?")."""
_ROUND_ANSWER = re.compile(r"\b(?P<led>(?:co-)?led) «C\d+»(?=[,.;])|(?P<joined>«[CU]\d+»(?: also)? joined)(?=[,.;])")
"""An answer's "led it" (the round, which coreference took for the company) and "X joined"."""


def _round_said(m: re.Match) -> str:
    return f"{m.group('led')} the round" if m.group("led") else f"{m.group('joined')} the round"


_ANSWER_NAMES = re.compile(r"«[CU]\d+»(?:(?:,\s+|,?\s+and\s+)«[CU]\d+»(?!,\s+(?:a|an|the)\s))*(?=[,.]|\s+(?:and|did|led|was|were)\b)")
"""The names that open the answer: "«C0», an «L1» venture firm." (their appositions left out)."""


def _with_unknown(mentions: list[Mention], unknown: list[Mention], short: dict[str, tuple[str, str]],
                  persons: frozenset[str] = frozenset()) -> list[Mention]:
    out = []
    for m in mentions:  # "Lantern" found by context, "Lantern AI" elsewhere: one company
        if not m.known and not m.anaphor and m.name in persons:
            continue  # "Jane Roe, the firm's chief executive" is a person
        if not m.known and m.name in short and not (m.extra.get("named") and short[m.name][1] == "Company"):
            m = Mention(m.start, m.end, short[m.name][0], short[m.name][1], m.surface, None, False)
        out.append(m)
    if not unknown:
        return out
    for u in unknown:
        if u.type == "Person" or (u.type == "Unknown" and (u.name in persons or u.name.split()[0] in persons)):
            continue
        if u.extra.get("weak") and u.name not in short:
            continue
        if u.type == "Unknown" and u.name in short:
            u = Mention(u.start, u.end, short[u.name][0], short[u.name][1], u.surface, None, False, extra=u.extra)
        if u.type == "Unknown" and u.surface.rsplit(" ", 1)[-1] in _CORPORATE_FORMS and (known := next((
                m for m in out if m.start == u.start and m.known and m.type == "Company" and m.end < u.end
                and u.surface[m.end - u.start] == " "), None)) is not None:
            if all(w in _CORPORATE_FORMS for w in u.surface[known.end - u.start:].split()):
                # "Cambricon Technologies", "Tencent Holdings": the known company by its longer legal name
                out = [m for m in out if m is not known]
                out.append(Mention(u.start, u.end, known.name, "Company", u.surface, known.entry, True))
                continue
        # "Siemens Healthineers": the unknown name swallows the known company it starts with
        out = [m for m in out if not (u.start <= m.start and m.end <= u.end)]
        out.append(u)
    out.sort(key=attrgetter("start"))
    return out


_ACTS_AFTER = re.compile(r"(?:['’]s\s|\s+(?:has|had|have|is|was|said|says|signed|agreed|bought|acquired|will|would|paid|"
                         r"announced|struck|completed|closed|made|took|also|itself|now|already)\b)")


def _places_as_companies(text: str, mentions: list[Mention], seen: dict[str, Mention]) -> list[Mention]:
    """A place's name that shortens a company named before ("Palo Alto Networks ... Palo Alto signed a partnership") is
    that company where it acts or owns ("Palo Alto's", "Palo Alto said"); ``seen`` collects the long names."""
    out = []
    for m in mentions:
        long = seen.get(m.surface) if m.type == "Place" else None
        if long is not None and _ACTS_AFTER.match(text, m.end):
            m = Mention(m.start, m.end, long.name, "Company", m.surface, long.entry, long.known, extra=dict(long.extra))
        out.append(m)
        words = m.name.split()
        if m.type == "Company" and not m.anaphor and len(words) >= 3 and words[-1] in _SUFFIX_WORDS:
            seen.setdefault(" ".join(words[:-1]), m)
    return out


def _settle_unknown(found):
    """Type each unknown name by the roles it plays, and drop the facts that disagree.

    A name that invests, acquires, partners or is based somewhere is a
    company; one that is developed or offered on something is a product;
    companies win a tie (deal news is about companies).
    """
    votes: dict[str, list[int]] = {}
    for c, _span in found:
        roles = _ROLES[c.relation]
        for m, role in ((c.subject, roles[0]), (c.object, roles[1])):
            if m is not None and m.type == "Unknown" and role:
                v = votes.setdefault(m.name, [0, 0])
                v[0 if role == "Company" else 1] += 1
    types = {name: "Company" if v[0] >= v[1] else "Product" for name, v in votes.items()}
    kept = []
    for c, span in found:
        roles = _ROLES[c.relation]
        ok = True
        for m, role in ((c.subject, roles[0]), (c.object, roles[1])):
            if m is not None and role and m.type == "Unknown" and types[m.name] != role:
                ok = False
        if ok:
            kept.append((c, span))
    return kept, types


def _merge(found, prep, raw: str) -> list[Fact]:
    merged: dict[tuple, dict] = {}
    order = []
    for c, (s, e) in found:
        obj = c.country if c.relation == "based_in" else c.object.name
        subj = c.subject.name
        key = (c.relation, *sorted((subj, obj))) if c.relation == "partners_with" else (c.relation, subj, obj)
        os_, oe = prep.orig_span(s, e)
        ev = Evidence(raw[os_:oe], os_, oe)
        d = merged.get(key)
        if d is None:
            d = merged[key] = {"relation": c.relation, "subject": subj, "object": obj, "evidence": ev, "extra": [],
                               "amount": None, "currency": None, "date": None, "stake": None, "confidence": 0.0,
                               "stype": c.subject.type, "otype": "Country" if c.relation == "based_in" else c.object.type}
            order.append(key)
        elif ev != d["evidence"] and ev not in d["extra"]:
            d["extra"].append(ev)
        if c.amount is not None and d["amount"] is None:
            d["amount"], d["currency"] = c.amount.value, c.amount.currency
        if c.date and d["date"] is None:
            d["date"] = c.date
        if c.stake and d["stake"] is None:
            d["stake"] = c.stake
        d["confidence"] = max(d["confidence"], c.confidence)
    facts = []
    for key in sorted(order, key=lambda k: _ORDER[k[0]]):
        d = merged[key]
        facts.append(Fact(
            relation=d["relation"], subject=d["subject"], object=d["object"], evidence=d["evidence"],
            amount=d["amount"], currency=d["currency"], date=d["date"], stake=d["stake"],
            confidence=round(d["confidence"], 3), extra_evidence=tuple(d["extra"]),
        ))
    return facts


def _entities(mentions: list[Mention], facts: list[Fact], gaz) -> list[Entity]:
    in_facts = set()
    for f in facts:
        in_facts.add(f.subject)
        in_facts.add(f.object)
    seen: dict[str, dict] = {}
    for m in mentions:
        if m.type not in ("Company", "Product"):
            continue
        if not m.known and m.name not in in_facts:
            continue
        d = seen.setdefault(m.name, {"type": m.type, "aliases": [], "entry": m.entry, "surfaces": set()})
        surf = m.surface
        d["surfaces"].add(surf)
        if surf != m.name and surf not in d["aliases"]:
            d["aliases"].append(surf)
    for f in facts:
        if f.relation == "based_in" and f.object not in seen:
            seen[f.object] = {"type": "Country", "aliases": [], "entry": gaz.get(f.object)}
        for name in (f.subject, f.object):
            if name not in seen:
                e = gaz.get(name)
                typ = e.type if e else ("Product" if f.relation in ("available_on",) or (f.relation == "develops" and name == f.object) else "Company")
                seen[name] = {"type": typ, "aliases": [], "entry": e}
    out = []
    for name, d in seen.items():
        e = d["entry"]
        out.append(Entity(name=name, type=d["type"], aliases=tuple(d["aliases"]), wikidata=e.wikidata if e else None,
                          written=_written(name, e, d.get("surfaces", ()), seen)))
    return out


_DESCRIPTOR_TAIL = re.compile(r" (?:browser|chip|chipset|modem|processor|supercomputer)$")
"""A noun the gazetteer keeps in a product's written name that says what it is ("Comet browser", "M4 chip"): not part of the
name an article calls it by."""


def _written(name: str, entry, surfaces, names) -> str | None:
    """The name to show for an entity: :func:`_written_form`, without a trailing noun that only says what a known product is
    ("the Comet browser", "Apple's M4 chip": Comet, M4)."""
    form = _written_form(name, entry, surfaces, names)
    shown = form or name
    if entry is not None and entry.type == "Product" and (tail := _DESCRIPTOR_TAIL.search(shown)) is not None:
        short = shown[:tail.start()]
        if short not in names and (short[:1].isdigit() or any(c.isupper() for c in short)):
            return short
    return form


def _written_form(name: str, entry, surfaces, names) -> str | None:
    """The name an article uses for a known entity when it never writes the gazetteer's: the one form it writes, or the
    fullest of several ("Dassault Systèmes", then "Dassault"), when that is another of the gazetteer's names for it
    ("Alibaba", "AWS", "Dell Technologies": the canonical name with a name's capitalised word after it, or its web address:
    "Wix.com"); not the
    canonical name with descriptive words added ("Azure cloud", "TPUs"); the owner's name before it ("Salesforce AppExchange")
    when the article never writes the name without it."""
    if entry is None or not surfaces or name in surfaces:
        return None
    surface = max(surfaces, key=lambda x: (len(x), x))  # "Dassault Systèmes" (then "Dassault"): the fullest form the article writes
    if surface not in entry.aliases or surface in names:
        return None
    if name.lower() in surface.lower() and not (surface.startswith(name + " ") and surface[len(name) + 1:][:1].isupper()
                                                or surface[len(name):] in (".com", ".ai", ".io")  # "Wix.com": its web address
                                                or any(surface == f"{o} {name}" for o in entry.family)):
        return None
    return surface

"""Deal tables rendered as text: rows of cells between ``|``.

    Date | Acquirer/Investor | Target | Type | Value
    2024-07-08 | ABB | Stellio Robotics | Acquisition | USD 85m

A block of at least two lines with the same number of ``|``-separated cells
(markdown rule rows such as ``|---|---|`` skipped) is a table when its first
row names the columns.  Each column is given a role by its header (who acts,
who is acted on, the kind of deal, the value, the date); each row then states
one deal whose relation comes from its kind cell ("Acquisition", "Series A",
"Minority stake", "Partnership") or, without one, from the acting column's
header ("Acquirer" -> acquires, "Lead investor" -> invests_in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .amounts import find_amounts
from .dates import find_dates
from .entities import Mention, find_mentions
from .gazetteer import Gazetteer
from .relations import Candidate

__all__ = ["RecordLine", "find_listings", "find_records", "find_tables"]

_RULE_ROW = re.compile(r"^[\s|:+-]*$")
_SUBJ_HEAD = re.compile(r"acquirer|buyer|investor|backer|lead|purchaser|partner\s*(?:a|1)\b|party\s*(?:a|1)\b|^from$|^who$", re.I)
_OBJ_HEAD = re.compile(r"target|investee|company|start-?up|recipient|portfolio|acquired|partner\s*(?:b|2)\b|party\s*(?:b|2)\b|^to$|^with$", re.I)
_TYPE_HEAD = re.compile(r"type|kind|deal|transaction|round|stage|nature", re.I)
_VALUE_HEAD = re.compile(r"value|amount|size|price|raised|consideration|\$|€|£", re.I)
_DATE_HEAD = re.compile(r"date|when|announced|closed|signed|month|year", re.I)
_ACQ = re.compile(r"acqui|takeover|take-over|buy-?out|purchase|merger|bought|buys", re.I)
_INV = re.compile(r"stake|series|seed|round|invest|funding|financing|backing|growth|venture|pre-ipo|bridge|equity", re.I)
_PAR = re.compile(r"partner|alliance|collaborat|agreement|joint|licen|supply|distribution|co-?develop", re.I)
_STAKE = re.compile(r"\b(minority|majority)\b", re.I)
_HEDGE = re.compile(r"rumou?r|talks|reported|pending|proposed|planned|cancel|abandon|terminated|withdrawn|blocked|denied", re.I)


def _cells(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each stripped cell in ``line`` (outer pipes ignored)."""
    spans = []
    pos = 0
    parts = line.split("|")
    for i, part in enumerate(parts):
        s, e = pos, pos + len(part)
        pos = e + 1
        if (i == 0 or i == len(parts) - 1) and not part.strip():
            continue  # "| a | b |": the empty ends
        lead = len(part) - len(part.lstrip())
        spans.append((s + lead, s + len(part.rstrip())))
    return spans


def _name(text: str, s: int, e: int, gaz: Gazetteer) -> Mention | None:
    cell = text[s:e].strip()
    if not cell or not cell[0].isalnum() or cell.lower() in ("n/a", "undisclosed", "--", "-"):
        return None
    for ms, me, entry in gaz.match(text, s, e):
        if ms == s and me == e:
            return Mention(s, e, entry.name, entry.type if entry.type in ("Company", "Product") else "Company", cell, entry, True)
    if not cell[0].isupper():
        return None
    return Mention(s, e, cell, "Company", cell, None, False)


def _roles(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, h in enumerate(header):
        for role, rx in (("subject", _SUBJ_HEAD), ("object", _OBJ_HEAD), ("type", _TYPE_HEAD), ("value", _VALUE_HEAD), ("date", _DATE_HEAD)):
            if role not in roles and rx.search(h):
                roles[role] = i
                break
    return roles


def find_tables(text: str, start: int, pub) -> list[tuple[Candidate, tuple[int, int]]]:
    """The deals stated by the rows of the text tables in ``text[start:]``."""
    if text.count("|", start) < 4:
        return []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[start:])]
    lines = [(s + start, e + start) for s, e in lines]
    out: list[tuple[Candidate, tuple[int, int]]] = []
    i = 0
    gaz = None
    while i < len(lines):
        s, e = lines[i]
        n = text.count("|", s, e)
        if n < 2:
            i += 1
            continue
        block = [lines[i]]
        j = i + 1
        while j < len(lines) and text.count("|", *lines[j]) == n:
            block.append(lines[j])
            j += 1
        i = j
        rows = [b for b in block if not _RULE_ROW.match(text[b[0]:b[1]])]
        if len(rows) < 2:
            continue
        hs, he = rows[0]
        header = [text[hs + a:hs + b] for a, b in _cells(text[hs:he])]
        roles = _roles(header)
        if "subject" not in roles or "object" not in roles or roles["subject"] == roles["object"]:
            continue
        if gaz is None:
            from .gazetteer import load_gazetteer
            gaz = load_gazetteer()
        for rs, re_ in rows[1:]:
            cells = [(rs + a, rs + b) for a, b in _cells(text[rs:re_])]
            if len(cells) != len(header):
                continue
            kind = text[slice(*cells[roles["type"]])] if "type" in roles else header[roles["subject"]]
            if _HEDGE.search(kind):
                continue
            rel = ("acquires" if _ACQ.search(kind) else "invests_in" if _INV.search(kind)
                   else "partners_with" if _PAR.search(kind) else None)
            if rel is None:
                continue
            subj = _name(text, *cells[roles["subject"]], gaz)
            obj = _name(text, *cells[roles["object"]], gaz)
            if subj is None or obj is None or subj.name == obj.name:
                continue
            row = Candidate(rel, subj, obj, 0, confidence=0.8)
            if "value" in roles and rel != "partners_with":
                vs, ve = cells[roles["value"]]
                money = find_amounts(text[vs:ve])
                row.amount = money[0] if money else None
            if "date" in roles:
                ds, de = cells[roles["date"]]
                dates = find_dates(text[ds:de], pub)
                row.date = dates[0].iso if dates else None
            st = _STAKE.search(kind)
            if st and rel == "invests_in":
                row.stake = st.group(1).lower()
            out.append((row, (rs, re_)))
    return out


# --- fact boxes ------------------------------------------------------------------

_RECORD = re.compile(r"^[ \t]*(?:[-•*·][ \t]*)?(?P<label>[A-Z][A-Za-z /&-]{1,30}?)[ \t]*:[ \t]+(?P<value>\S[^\n]*?)[ \t]*$", re.M)
_LABELS = [
    (re.compile(r"^(?:investors?|backers?|funded by|backed by|shareholders?|funding from)$", re.I), "invests_in", "in"),
    (re.compile(r"^(?:acquired by|owner|owned by|parent(?: company)?)$", re.I), "acquires", "in"),
    (re.compile(r"^(?:acquisitions?|acquired|subsidiaries)$", re.I), "acquires", "out"),
    (re.compile(r"^(?:portfolio|investments|portfolio companies)$", re.I), "invests_in", "out"),
    (re.compile(r"^(?:partners?|partnerships?|alliances?)$", re.I), "partners_with", "out"),
    (re.compile(r"^(?:headquarters|hq|head office|based in|location|headquartered in)$", re.I), "based_in", "out"),
    (re.compile(r"^(?:products?|platforms?|models?|apps?)$", re.I), "develops", "out"),
]
_PROSE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b|\b(?:has|have|had|is|are|was|were|will)\b")
_NONE = re.compile(r"^(?:none|n/?a|-+|—|undisclosed|not disclosed|unknown)\b", re.I)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&(?=\s))\s*")
_AVAILABLE_ON = re.compile(r"\b(?:available|offered|sold|listed|hosted)\s+(?:on|in|through|via)\s+(?P<p>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})")


@dataclass
class RecordLine:
    start: int
    end: int
    relation: str
    direction: str
    """"in": the listed names act on the profiled company ("Investors: A, B"); "out": it acts on them."""
    names: list[Mention]
    country: str | None = None
    platforms: list[Mention] | None = None


def find_records(text: str, start: int) -> list[RecordLine]:
    """Fact-box lines ("Investors: A (lead), B", "Headquarters: Lisbon, Portugal", "Acquired by: none")."""
    if text.count(":", start) < 2:
        return []
    out: list[RecordLine] = []
    gaz = None
    for m in _RECORD.finditer(text, start):
        label = m.group("label").strip()
        kind = next(((rel, d) for rx, rel, d in _LABELS if rx.match(label)), None)
        if kind is None or _NONE.match(m.group("value")):
            continue
        if gaz is None:
            from .gazetteer import load_gazetteer
            gaz = load_gazetteer()
        rel, direction = kind
        vs, ve = m.span("value")
        value = text[vs:ve]
        if rel == "based_in":
            country = next((e.country if e.type in ("Place", "Demonym") else e.name
                            for _s, _e, e in gaz.match(text, vs, ve) if e.type in ("Country", "Place", "Demonym")), None)
            if country:
                out.append(RecordLine(m.start(), m.end(), rel, direction, [], country=country))
            continue
        clean = re.sub(r"\([^)]*\)", lambda x: " " * len(x.group()), value)  # "(lead, seed)": same offsets
        if value.rstrip().endswith((".", "!", "?")) or _PROSE.search(_AVAILABLE_ON.sub("", clean)):
            continue  # "Partnerships: Cobalt and Meditrix have partnered to ...": a sentence, not a list
        names = []
        platforms = []
        pos = 0
        for part in _ITEM_SPLIT.split(clean):
            i = clean.find(part, pos)
            pos = i + len(part)
            part_s = vs + i
            av = _AVAILABLE_ON.search(part)
            head = part[:av.start()] if av else part
            head = head.strip()
            if head and head[0].isupper() and len(head) <= 60:
                hs = part_s + part.find(head)
                nm = _name(text, hs, hs + len(head), gaz)
                if nm is not None:
                    if rel == "develops":
                        nm = Mention(nm.start, nm.end, nm.name, "Product", nm.surface, nm.entry, nm.known)
                    names.append(nm)
            if av:
                ps = part_s + av.start("p")
                pm = _name(text, ps, ps + len(av.group("p")), gaz)
                if pm is not None:
                    platforms.append(Mention(pm.start, pm.end, pm.name, "Product", pm.surface, pm.entry, pm.known))
        if names:
            out.append(RecordLine(m.start(), m.end(), rel, direction, names, platforms=platforms or None))
    return out


# --- who-is-where lists ------------------------------------------------------------

_LISTING = re.compile(r"^[ \t]*[-•*·][ \t]*(?P<prods>[^\n():]{2,80}?)[ \t]*\((?P<maker>[^()\n:]{2,40})\)[ \t]*:[ \t]+(?P<places>[^\n]+?)[ \t]*$", re.M)
"""A who-is-where list's line: "- Claude Sonnet 4.5 (Anthropic): Anthropic API, Amazon Bedrock, Vertex AI"."""
_NOT_YET = re.compile(r"\b(?:soon|later|planned|expected|coming)\b", re.I)
"""A list line that says where a product is going, not where it is."""
_PLACE_TAIL = re.compile(r"\s+(?:only|too|also)\s*$|\s*\([^)]*\)\s*$", re.I)


def _product(text: str, s: int, e: int, gaz: Gazetteer) -> Mention | None:
    """A product's name in a list's slot: the gazetteer's, else the words as written ("gpt-oss-120b")."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s < 2 or not text[s].isalnum():
        return None
    for ms, me, entry in gaz.match(text, s, e):
        if ms == s and me == e:
            return Mention(s, e, entry.name, entry.type if entry.type in ("Company", "Product") else "Product", text[s:e], entry, True)
    return Mention(s, e, text[s:e], "Product", text[s:e], None, False)


def find_listings(text: str, start: int) -> list[tuple[Candidate, tuple[int, int]]]:
    """Who makes each listed product and where it is offered: "- Jamba 1.6 (AI21 Labs): Amazon Bedrock, Vertex AI"."""
    if "):" not in text:
        return []
    from .gazetteer import load_gazetteer
    gaz = load_gazetteer()
    out: list[tuple[Candidate, tuple[int, int]]] = []
    for m in _LISTING.finditer(text, start):
        places = m.group("places")
        if _HEDGE.search(places) or _PROSE.search(places) or _NOT_YET.search(places):
            continue  # "- Grok 5 (xAI): coming to Azure later this year": no list of where it is
        maker = _name(text, *m.span("maker"), gaz)
        if maker is None or maker.type != "Company":
            continue
        span = (m.start(), m.end())
        prods = []
        ps, pos = m.start("prods"), 0
        for part in _ITEM_SPLIT.split(m.group("prods")):
            i = m.group("prods").find(part, pos)
            pos = i + len(part)
            if (pm := _product(text, ps + i, ps + i + len(part), gaz)) is not None and pm.type == "Product":
                prods.append(pm)
        hosts = []
        vs, pos = m.start("places"), 0
        for part in _ITEM_SPLIT.split(places):
            i = places.find(part, pos)
            pos = i + len(part)
            core = _PLACE_TAIL.sub("", part)
            if (hm := _product(text, vs + i, vs + i + len(core), gaz)) is not None and hm.name != maker.name:
                hosts.append(hm)
        for pm in prods:
            out.append((Candidate("develops", maker, pm, 0, confidence=0.7), span))
            for hm in hosts:
                out.append((Candidate("available_on", pm, hm, 0, confidence=0.7), span))
    return out


_LINE = re.compile(r"^[^\n]*$", re.M)
_BULLET = re.compile(r"[ \t]*[-•*–][ \t]+(?P<item>[^\n]+)")
_SHELF_LEAD = re.compile(r"(?:(?:downloadable|available|offered|usable|hosted|served|listed|sold)\s+)?(?:in|on|through|via|from|by|at)\s+(?:the\s+)?", re.I)
_ITEM_END = re.compile(r"\s*[(;:]|,\s+(?!and\b)|\s+(?:under|for|from\s+(?:launch|day)|as\s+(?:a|an|of)|since|with)\b|[.]\s*$")
_CONNECTIVE = re.compile(r"(?i)\b(?:and|or|the|its|their|own|also|both|apps?|website|site|web|service|marketplace|store|platform|cloud)\b")
"""The words a bullet may hold beside the platforms' names ("in the Claude apps and the Anthropic API")."""


def find_platform_bullets(text: str, start: int, named: list[Mention] = ()) -> list[tuple[Candidate, tuple[int, int]]]:
    """Where a model is offered, as a bulleted list of platforms under a heading that names it:

        OpenAI o3-mini
        ...
        - ChatGPT (free, Plus, Pro)
        - Azure OpenAI Service

    Each bullet that is only a platform the gazetteer knows (a product or a company others are offered on) puts the heading's
    one product there; a bullet that says more ("Microsoft added R1 to Azure") is prose, read with the sentences. ``named``:
    the products the article's reader found (new names too), so that a heading with a name no gazetteer knows counts."""
    if "\n- " not in text and "\n• " not in text and "\n* " not in text:
        return []
    from .gazetteer import load_gazetteer
    gaz = load_gazetteer()
    out: list[tuple[Candidate, tuple[int, int]]] = []
    model: Mention | None = None
    for line in _LINE.finditer(text, start):
        raw = line.group()
        stripped = raw.strip()
        if not stripped:
            continue
        b = _BULLET.fullmatch(raw)
        if b is None:
            if len(stripped) <= 60 and stripped[-1] not in ".:;!?" and stripped[0].isupper():
                found = [m for m in find_mentions(text, line.start(), line.end(), gaz) if m.type == "Product"] or [
                    m for m in named if line.start() <= m.start and m.end <= line.end()
                    and (m.type == "Product" or m.type == "Unknown" and any(c.isdigit() for c in m.name))]  # "Vela 3", not "Highlights"
                model = None  # a new heading: a new section
                if len(found) == 1 and not (found[0].entry is not None and found[0].entry.platform):
                    # "Anthropic Claude 3.7 Sonnet": the product as the reader names it (its version kept); a new name, typed a product
                    f = found[0]
                    model = f if f.type == "Product" else Mention(f.start, f.end, f.name, "Product", f.surface, None, False)
            continue
        if model is None:
            continue
        item = b.group("item")
        lead = _SHELF_LEAD.match(item)
        body = item[lead.end():] if lead else item
        cut = _ITEM_END.search(body)
        body = body[:cut.start()] if cut else body
        cs = line.start() + b.start("item") + (lead.end() if lead else 0)
        every = list(gaz.match(text, cs, cs + len(body)))
        owners = [(ms, me + 2, e) for ms, me, e in every if text[me:me + 2] in ("'s", "’s")]  # "Google Cloud's Vertex AI": whose it is
        hits = [(ms, me, e) for ms, me, e in every if e.platform and e.name != model.name and text[me:me + 2] not in ("'s", "’s")]
        rest = body
        for ms, me, _entry in sorted(hits + owners, reverse=True):
            rest = rest[:ms - cs] + " " + rest[me - cs:]
        if not hits or _CONNECTIVE.sub(" ", re.sub(r"[^\w\s&]", " ", rest)).strip():
            continue  # "- Hugging Face acquired Argilla", "- Microsoft added R1 to Azure AI Foundry": more than platforms' names, prose
        for ms, me, entry in hits:
            hm = Mention(ms, me, entry.name, entry.type if entry.type in ("Company", "Product") else "Product", text[ms:me], entry, True)
            out.append((Candidate("available_on", model, hm, 0, confidence=0.7), (line.start(), line.end())))
    return out

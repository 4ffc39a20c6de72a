"""What an extractor produces: entities and facts with their evidence.

These records are the contract between extraction and everything after it
(resolution, mapping to RDF, the facts JSON scored by ``score.py``).  They
are plain frozen dataclasses: no RDF, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ENTITY_TYPES",
    "RELATIONS",
    "SYMMETRIC",
    "Entity",
    "Evidence",
    "Fact",
    "Extraction",
]

ENTITY_TYPES = ("Company", "Product", "Country")

# relation -> (subject type, object types); see ../shared/eval/SCHEMA.md
RELATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "invests_in": ("Company", ("Company",)),
    "acquires": ("Company", ("Company",)),
    "partners_with": ("Company", ("Company",)),
    "develops": ("Company", ("Product",)),
    "available_on": ("Product", ("Product",)),
    "based_in": ("Company", ("Country",)),
}
SYMMETRIC = frozenset({"partners_with"})


@dataclass(frozen=True)
class Entity:
    """A company, product or country named in an article."""

    name: str
    """The canonical name (the gazetteer's, else the longest form in the text)."""
    type: str
    aliases: tuple[str, ...] = ()
    """Other names the article uses for it."""
    wikidata: str | None = None
    """A Wikidata id such as ``Q2283``, when the gazetteer knows one."""
    written: str | None = None
    """The one name the article uses for a known entity when that is not the canonical name ("Alibaba" for
    Alibaba Group, "AWS" for Amazon Web Services): the facts JSON names the entity as the article does, while the
    graph keeps the canonical name, so that every article's mentions meet in one node."""


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with its offsets in ``Article.text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One relation between two entities, as the article states it."""

    relation: str
    subject: str
    """Canonical name of the subject entity (an :attr:`Entity.name`)."""
    object: str
    evidence: Evidence
    amount: float | None = None
    currency: str | None = None
    """ISO 4217 code."""
    date: str | None = None
    """ISO 8601 to the precision given: ``2024``, ``2024-02`` or ``2024-02-26``."""
    stake: str | None = None
    """``minority`` or ``majority``."""
    confidence: float = 1.0
    extra_evidence: tuple[Evidence, ...] = field(default=(), compare=False)
    """Further sentences stating the same fact."""

    def key(self) -> tuple[str, str, str]:
        """Relation, subject and object; symmetric relations in a fixed order."""
        s, o = self.subject, self.object
        if self.relation in SYMMETRIC and o < s:
            s, o = o, s
        return (self.relation, s, o)


@dataclass(frozen=True)
class Extraction:
    """All an extractor read out of one article."""

    article_id: str
    published: str | None
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    extractor: str
    version: str

    def entity(self, name: str) -> Entity | None:
        for e in self.entities:
            if e.name == name:
                return e
        return None

    def to_facts_json(self) -> dict:
        """The facts JSON of ``../shared/eval/SCHEMA.md`` (plus evidence).  Each entity is named as the article
        names it (:attr:`Entity.written`), with its canonical name among the aliases."""
        shown = {e.name: e.written for e in self.entities if e.written}
        facts = []
        for f in self.facts:
            d: dict = {"relation": f.relation, "subject": shown.get(f.subject, f.subject), "object": shown.get(f.object, f.object)}
            for attr in ("amount", "currency", "date", "stake"):
                value = getattr(f, attr)
                if value is not None:
                    d[attr] = int(value) if attr == "amount" and float(value).is_integer() else value
            d["confidence"] = round(f.confidence, 3)
            d["evidence"] = {"text": f.evidence.text, "start": f.evidence.start, "end": f.evidence.end}
            if f.extra_evidence:
                d["more_evidence"] = [{"text": e.text, "start": e.start, "end": e.end} for e in f.extra_evidence]
            facts.append(d)
        return {
            "article": self.article_id,
            "published": self.published,
            "extractor": {"name": self.extractor, "version": self.version},
            "entities": [
                {"name": e.written or e.name, "type": e.type,
                 "aliases": [e.name, *(a for a in e.aliases if a != e.written)] if e.written else list(e.aliases)}
                | ({"wikidata": e.wikidata} if e.wikidata else {})
                for e in self.entities
            ],
            "facts": facts,
        }

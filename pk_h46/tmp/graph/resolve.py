"""Names -> stable IRIs (pure functions).

Entity IRIs are readable and depend only on type and canonical name:
``<base>company/mistral-ai``.  Event IRIs depend only on the event type, the
participants and the year, so re-ingesting an article mints the same IRIs
and two articles that report one deal describe one node:
``<base>investment/microsoft--mistral-ai--2024``.  The year, not the full
date, goes into the IRI because articles report one deal at different
precisions ("February 2024", "Feb 26, 2024").  Partnership participants are
sorted, since a partnership has no direction.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from alliancekg.ontology.terms import DATA_BASE

from .articles import slugify
from .extract.model import SYMMETRIC

__all__ = ["Minter", "ENTITY_PATHS", "EVENT_PATHS"]

ENTITY_PATHS = {"Company": "company", "Product": "product", "Country": "country"}
EVENT_PATHS = {
    "invests_in": "investment",
    "acquires": "acquisition",
    "partners_with": "partnership",
    "available_on": "availability",
}


def _participants(relation: str, subject: str, object_: str) -> list[str]:
    """The slugs of a relation's two participants; sorted when it has no direction."""
    parts = [slugify(subject), slugify(object_)]
    return sorted(parts) if relation in SYMMETRIC else parts


@dataclass(frozen=True)
class Minter:
    """Mints the IRIs of one deployment under ``base`` (ending in ``/``)."""

    base: str = DATA_BASE

    def __post_init__(self) -> None:
        if not self.base.endswith(("/", "#")):
            raise ValueError(f"the IRI base must end in '/' or '#': {self.base!r}")

    def entity(self, type_: str, name: str) -> URIRef:
        return URIRef(f"{self.base}{ENTITY_PATHS[type_]}/{slugify(name)}")

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{slugify(article_id)}")

    def event(self, relation: str, subject: str, object_: str, date: str | None) -> URIRef:
        parts = _participants(relation, subject, object_)
        if date:
            parts.append(date[:4])
        return URIRef(f"{self.base}{EVENT_PATHS[relation]}/{'--'.join(parts)}")

    def amount(self, event: URIRef) -> URIRef:
        return URIRef(f"{event}/amount")

    def assertion(self, article_id: str, relation: str, subject: str, object_: str, offset: int) -> URIRef:
        """One fact as stated by the sentence starting at ``offset`` of the article."""
        parts = _participants(relation, subject, object_)
        return URIRef(f"{self.article(article_id)}/assertion/{relation.replace('_', '-')}--{'--'.join(parts)}--at-{offset}")

    def extraction(self, article_id: str) -> URIRef:
        return URIRef(f"{self.article(article_id)}/extraction")

    def extractor(self, name: str, version: str) -> URIRef:
        return URIRef(f"{self.base}extractor/{slugify(name)}/{slugify(version)}")

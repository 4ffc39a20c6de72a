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

__all__ = ["Minter", "ENTITY_PATHS", "EVENT_PATHS"]

ENTITY_PATHS = {"Company": "company", "Product": "product", "Country": "country"}
EVENT_PATHS = {
    "invests_in": "investment",
    "acquires": "acquisition",
    "partners_with": "partnership",
    "available_on": "availability",
}
_SYMMETRIC = {"partners_with"}


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
        parts = [slugify(subject), slugify(object_)]
        if relation in _SYMMETRIC:
            parts.sort()
        if date:
            parts.append(date[:4])
        return URIRef(f"{self.base}{EVENT_PATHS[relation]}/{'--'.join(parts)}")

    def amount(self, event: URIRef) -> URIRef:
        return URIRef(f"{event}/amount")

    def assertion(self, article_id: str, relation: str, subject: str, object_: str, offset: int) -> URIRef:
        """One fact as stated by the sentence starting at ``offset`` of the article."""
        parts = [slugify(subject), slugify(object_)]
        if relation in _SYMMETRIC:
            parts.sort()
        return URIRef(f"{self.article(article_id)}/assertion/{relation.replace('_', '-')}--{'--'.join(parts)}--at-{offset}")

    def extraction(self, article_id: str) -> URIRef:
        return URIRef(f"{self.article(article_id)}/extraction")

    def extractor(self, name: str, version: str) -> URIRef:
        return URIRef(f"{self.base}extractor/{slugify(name)}/{slugify(version)}")

"""Article -> entities and facts.

``extract(article)`` is the one entry point; the rest of the package is
pure functions over text and data tables (the gazetteer lives in ``data/``).
"""

from __future__ import annotations

from .model import ENTITY_TYPES, RELATIONS, Entity, Evidence, Extraction, Fact

__all__ = ["extract", "Entity", "Evidence", "Extraction", "Fact", "ENTITY_TYPES", "RELATIONS", "EXTRACTOR_NAME", "EXTRACTOR_VERSION"]

EXTRACTOR_NAME = "alliancekg-rules"
EXTRACTOR_VERSION = "0.1.0"


def extract(article) -> Extraction:  # pragma: no cover - replaced by the rule extractor
    raise NotImplementedError("the rule extractor is not written yet")

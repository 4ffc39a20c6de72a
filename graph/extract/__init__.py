"""Article -> entities and facts.

``extract(article)`` is the one entry point; the rest of the package is
pure functions over text and data tables (the gazetteer lives in ``data/``):

* :mod:`.textprep` -- readable text (HTML stripped) with offsets into ``Article.text``;
* :mod:`.sentences` -- sentence spans; :mod:`.amounts`, :mod:`.dates` -- attributes;
* :mod:`.gazetteer`, :mod:`.entities` -- mentions; :mod:`.coref` -- "it", "the start-up";
* :mod:`.relations` -- rules over masked sentences; :mod:`.hedging` -- what is not asserted;
* :mod:`.plain` -- a masked sentence said plainly (asides, adverbs, examples taken out) for a second reading;
* :mod:`.frames` -- a verb-class lexicon (lemmas, inflected for you) driving general
  active / reverse / pair / nominal frames, role nouns, and headline reading;
* :mod:`.tables` -- deals in text tables ("Date | Acquirer | Target | Type") and fact boxes
  ("Investors: A (lead), B");
* :mod:`.scoring` -- strict fact scoring as ``../shared/eval/SCHEMA.md`` defines it.

Names in no gazetteer and with no typing context become "Unknown" mentions
that the relation rules accept in any slot; the pipeline then types each by
the roles it plays (an investor is a company, what is offered on a platform
is a product) and drops the facts that disagree.
"""

from __future__ import annotations

from .model import ENTITY_TYPES, RELATIONS, Entity, Evidence, Extraction, Fact

__all__ = ["extract", "Entity", "Evidence", "Extraction", "Fact", "ENTITY_TYPES", "RELATIONS", "EXTRACTOR_NAME", "EXTRACTOR_VERSION"]

EXTRACTOR_NAME = "alliancekg-rules"
EXTRACTOR_VERSION = "0.58.0"


def extract(article) -> Extraction:
    """Read the entities and facts an article states."""
    from .pipeline import run

    entities, facts = run(article)
    return Extraction(
        article_id=article.id,
        published=article.published,
        entities=tuple(entities),
        facts=tuple(facts),
        extractor=EXTRACTOR_NAME,
        version=EXTRACTOR_VERSION,
    )

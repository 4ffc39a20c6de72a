"""Files -> extract -> map -> store, one article (or RDF file) at a time.

Each file is all-or-nothing: its graph is replaced in one transaction, and a
file that fails leaves the store as it was.  :func:`ingest_file` turns every
expected failure into an :class:`IngestResult` naming the file, so a caller
can report it and carry on with the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from alliancekg.ontology.terms import ONTOLOGY_IRI, ontology_path

from .articles import ARTICLE_SUFFIXES, Article, read_article, slugify
from .errors import AllianceKGError, ArticleError, RDFInputError
from .extract import extract
from .formats import format_for_path
from .mapping import extraction_to_graph
from .resolve import Minter
from .store.base import Store

log = logging.getLogger(__name__)

__all__ = ["IngestResult", "collect_inputs", "ensure_ontology", "ingest_article", "ingest_file", "rdf_graph_iri"]


@dataclass(frozen=True)
class IngestResult:
    path: str
    ok: bool
    kind: str = "article"
    """``article`` or ``rdf``."""
    graph: str | None = None
    facts: int = 0
    triples: int = 0
    message: str = ""


def collect_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestResult]]:
    """Expand folders (recursively, in name order, skipping hidden files) to
    the article and RDF files below them.  Paths that do not exist come back
    as failed results."""
    files: list[Path] = []
    missing: list[IngestResult] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if child.suffix.lower() in ARTICLE_SUFFIXES or format_for_path(child):
                    files.append(child)
        elif p.is_file():
            files.append(p)
        else:
            missing.append(IngestResult(str(p), ok=False, message=f"{p}: no such file or folder"))
    return files, missing


def rdf_graph_iri(path: Path, minter: Minter) -> str:
    """The named graph an RDF file is loaded into: ``<base>graph/<file-name>``."""
    return f"{minter.base}graph/{slugify(path.name)}"


def ensure_ontology(store: Store) -> None:
    """Keep the ontology in its own named graph (its IRI), so that queries
    over the union default graph see the labels of classes, properties and
    stake types.  Replaced on every call: cheap, and upgrades take effect."""
    store.load_rdf(ontology_path().read_bytes(), "turtle", ONTOLOGY_IRI)


def ingest_article(store: Store, article: Article, minter: Minter | None = None) -> IngestResult:
    minter = minter or Minter()
    extraction = extract(article)
    g = extraction_to_graph(article, extraction, minter)
    graph = str(minter.article(article.id))
    store.replace_graph(graph, g)
    return IngestResult(article.source, ok=True, graph=graph, facts=len(extraction.facts), triples=len(g))


def _ingest_rdf(store: Store, path: Path, fmt: str, minter: Minter) -> IngestResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RDFInputError(f"cannot read it ({exc.strerror or exc})") from exc
    graph = rdf_graph_iri(path, minter)
    names = store.load_rdf(data, fmt, graph)
    return IngestResult(str(path), ok=True, kind="rdf", graph=graph, triples=sum(store.count(n) for n in names))


def ingest_file(store: Store, path: str | Path, minter: Minter | None = None) -> IngestResult:
    """Ingest one file; an error becomes a failed result naming the file."""
    path = Path(path)
    minter = minter or Minter()
    try:
        rdf = format_for_path(path)
        if rdf is not None:
            return _ingest_rdf(store, path, rdf.name, minter)
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            raise ArticleError(
                f"unknown kind of file {path.suffix or '(no suffix)'}; articles are "
                f"{', '.join(sorted(ARTICLE_SUFFIXES))}, RDF files .ttl .nt .nq .trig .jsonld .rdf"
            )
        return ingest_article(store, read_article(path), minter)
    except AllianceKGError as exc:
        message = str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop a batch
        log.exception("internal error while ingesting %s", path)
        message = f"internal error ({type(exc).__name__}: {exc}); the file was skipped, please report it"
    if not message.startswith(str(path)):
        message = f"{path}: {message}"
    return IngestResult(str(path), ok=False, kind="rdf" if format_for_path(path) else "article", message=message)

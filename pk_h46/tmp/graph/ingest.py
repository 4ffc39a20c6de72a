"""Files -> extract -> map -> store, one article (or RDF file) at a time.

Each article is all-or-nothing: its graph is replaced in one transaction, and
an article that fails leaves the store as it was.  A JSON Lines file holds
many articles, each ingested on its own: a bad line is reported (``file:line``)
and the other lines still go in.  :func:`ingest_path` yields one
:class:`IngestResult` per article (or RDF file, or bad line) and turns every
expected failure into a failed result naming the file, so a caller can report
it and carry on with the rest.

Article ids are unique within the store: an article whose id is already held
by an article from another file is stored under the id with a short suffix
made from its own file's path (stable for that file), and the result says so.
An article whose readable text is the same as one already ingested in the
same run (a copy under another name) is not stored twice: its result is ok,
``skipped``, with a note naming the first.  An article without a publication
date is stored, with a note that its facts are undated.

Only regular files are read: a dangling symbolic link, a named pipe, a socket
or a device is a failure with a message saying what it is (a pipe would
otherwise block the ingest forever), inside folders as well as on its own.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from alliancekg.ontology.terms import AKG, ONTOLOGY_IRI, ontology_path

from .articles import ARTICLE_SUFFIXES, Article, iter_articles, slugify
from .errors import AllianceKGError, ArticleError, RDFInputError
from .extract import extract
from .formats import format_for_path
from .mapping import extraction_to_graph
from .resolve import Minter
from .store.base import Store

log = logging.getLogger(__name__)

__all__ = [
    "IngestResult",
    "Inputs",
    "collect",
    "collect_inputs",
    "ensure_ontology",
    "ingest_article",
    "ingest_file",
    "ingest_path",
    "rdf_graph_iri",
]

_RDF_SUFFIXES = ".ttl .nt .nq .trig .jsonld .rdf"


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
    line: int | None = None
    """The line of a JSON Lines file this result is about."""
    note: str = ""
    """Something the user should know about a stored article (a renamed id)."""
    skipped: bool = False
    """Not stored because it repeats an article already ingested (see ``note``)."""


@dataclass
class Inputs:
    files: list[Path] = field(default_factory=list)
    """Article and RDF files, in order."""
    missing: list[IngestResult] = field(default_factory=list)
    """Paths that do not exist or are no regular files (failures)."""
    skipped: list[str] = field(default_factory=list)
    """Files inside folders whose kind is unknown (notes, not failures)."""


def _known(path: Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES or format_for_path(path) is not None


def _not_a_file(path: Path) -> str | None:
    """Why ``path`` (which is no folder) cannot be read as a file, or None."""
    if path.is_file():
        return None
    if path.is_symlink() and not path.exists():
        return f"{path}: a symbolic link to {os.readlink(path)}, which does not exist; fix or remove the link"
    if not path.exists():
        return f"{path}: no such file or folder"
    mode = path.stat().st_mode
    what = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return f"{path}: {what}, not an article file; save the article to a regular file"


def collect(paths: Iterable[str | Path]) -> Inputs:
    """Expand folders (recursively, in name order, skipping hidden files and
    folders) to the article and RDF files below them; files of unknown kinds
    inside folders are listed as skipped.  A file named on its own is kept
    whatever its suffix (ingesting it then says what is accepted).  What is
    no regular file (a dangling link, a pipe, a socket, a device), named or
    inside a folder, is a failure in ``missing``.  A path met twice (named
    and inside a named folder) is taken once."""
    out = Inputs()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or child.is_dir():
                    continue
                why = _not_a_file(child)
                if why:
                    out.missing.append(IngestResult(str(child), ok=False, message=why))
                elif _known(child):
                    out.files.append(child)
                else:
                    out.skipped.append(f"{child}: skipped, unknown kind of file {child.suffix or '(no suffix)'}")
        else:
            why = _not_a_file(p)
            if why:
                out.missing.append(IngestResult(str(p), ok=False, message=why))
            else:
                out.files.append(p)
    out.files = list({os.path.abspath(f): f for f in out.files}.values())
    out.missing = list({os.path.abspath(m.path): m for m in out.missing}.values())
    return out


def collect_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestResult]]:
    """:func:`collect` as ``(files, missing)``."""
    inputs = collect(paths)
    return inputs.files, inputs.missing


def rdf_graph_iri(path: Path, minter: Minter) -> str:
    """The named graph an RDF file is loaded into: ``<base>graph/<file-name>``."""
    return f"{minter.base}graph/{slugify(path.name)}"


def ensure_ontology(store: Store) -> None:
    """Keep the ontology in its own named graph (its IRI), so that queries
    over the union default graph see the labels of classes, properties and
    stake types.  Replaced on every call: cheap, and upgrades take effect."""
    store.load_rdf(ontology_path().read_bytes(), "turtle", ONTOLOGY_IRI)


def _source_file(location: str) -> str:
    """The file part of ``file`` or ``file:line``, as an absolute path."""
    head, _, tail = location.rpartition(":")
    path = head if head and tail.isdigit() else location
    return os.path.abspath(path)


def _stored_source(store: Store, graph: str, node: str) -> str | None:
    rows = store.query(f"SELECT ?f WHERE {{ GRAPH <{graph}> {{ <{node}> <{AKG.sourceFile}> ?f }} }} LIMIT 1").rows()
    return str(rows[0]["f"]) if rows else None


def _unique(store: Store, article: Article, minter: Minter) -> tuple[Article, str]:
    """The article, renamed when its id is held by an article from another file."""
    node = str(minter.article(article.id))
    held = _stored_source(store, node, node)
    if held is None or _source_file(held) == _source_file(article.location):
        return article, ""
    suffix = hashlib.sha1(_source_file(article.location).encode("utf-8")).hexdigest()[:6]
    renamed = replace(article, id=f"{article.id}-{suffix}")
    return renamed, f"the id {article.id!r} belongs to {held}; stored as {renamed.id!r}"


def _text_key(article: Article) -> str:
    return hashlib.sha256(" ".join(article.text.split()).encode("utf-8", "surrogatepass")).hexdigest()


def ingest_article(store: Store, article: Article, minter: Minter | None = None,
                   seen: dict[str, tuple[str, str]] | None = None) -> IngestResult:
    """Extract, map and store one article (its graph replaced in one
    transaction).  ``seen`` (text key -> (location, graph)) is shared by the
    articles of one run: an article whose text was already ingested from
    another file or line is skipped with a note."""
    minter = minter or Minter()
    key = _text_key(article) if seen is not None else ""
    if seen is not None and key in seen and seen[key][0] != article.location:
        first, first_graph = seen[key]
        return IngestResult(article.source, ok=True, graph=first_graph, line=article.line, skipped=True,
                            note=f"the same text as {first} (stored as <{first_graph}>); not stored twice")
    article, note = _unique(store, article, minter)
    extraction = extract(article)
    g = extraction_to_graph(article, extraction, minter)
    graph = str(minter.article(article.id))
    store.replace_graph(graph, g)
    if seen is not None:
        seen[key] = (article.location, graph)
    if not article.published:
        undated = "no publication date found, so its facts are undated (add a date line, or date metadata)"
        note = f"{note}; {undated}" if note else undated
    return IngestResult(article.source, ok=True, graph=graph, facts=len(extraction.facts), triples=len(g),
                        line=article.line, note=note)


BULK_BYTES = 16 * 2**20
"""RDF files at least this large go through the store's bulk loader, when it
has one (streamed from the file, several times faster than one transaction)."""


def _ingest_rdf(store: Store, path: Path, fmt: str, minter: Minter) -> IngestResult:
    graph = rdf_graph_iri(path, minter)
    try:
        large = path.stat().st_size >= BULK_BYTES
    except OSError as exc:
        raise RDFInputError(f"cannot read it ({exc.strerror or exc})") from exc
    if large and hasattr(store, "bulk_load"):
        loaded = store.bulk_load(path, fmt, graph)
        return IngestResult(str(path), ok=True, kind="rdf", graph=graph, triples=loaded.quads)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RDFInputError(f"cannot read it ({exc.strerror or exc})") from exc
    names = store.load_rdf(data, fmt, graph)
    return IngestResult(str(path), ok=True, kind="rdf", graph=graph, triples=sum(store.count(n) for n in names))


def _failure(path: Path, exc: BaseException, *, kind: str = "article", line: int | None = None) -> IngestResult:
    if isinstance(exc, AllianceKGError):
        message = str(exc)
    else:
        log.error("internal error while ingesting %s", f"{path}:{line}" if line else path, exc_info=exc)
        message = f"internal error ({type(exc).__name__}: {exc}); it was skipped, please report it"
    where = f"{path}:{line}" if line else str(path)
    if not message.startswith(str(path)):
        message = f"{where}: {message}"
    return IngestResult(str(path), ok=False, kind=kind, message=message, line=line)


def _line_of(exc: ArticleError, path: Path) -> int | None:
    head = str(exc)[len(str(path)) + 1:].split(":", 1)[0] if str(exc).startswith(f"{path}:") else ""
    return int(head) if head.isdigit() else None


def ingest_path(store: Store, path: str | Path, minter: Minter | None = None,
                seen: dict[str, tuple[str, str]] | None = None) -> Iterator[IngestResult]:
    """Ingest one file: one result per article (per line of a JSON Lines
    file, bad lines included) or per RDF file.  Never raises for bad input.
    ``seen``: shared by the files of one run, to skip repeated articles
    (see :func:`ingest_article`)."""
    path = Path(path)
    minter = minter or Minter()
    why = _not_a_file(path)
    if why:  # never open a pipe or a device: reading it could block for ever
        yield IngestResult(str(path), ok=False, message=why)
        return
    rdf = format_for_path(path)
    if rdf is not None:
        try:
            yield _ingest_rdf(store, path, rdf.name, minter)
        except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop a batch
            yield _failure(path, exc, kind="rdf")
        return
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        yield _failure(path, ArticleError(
            f"unknown kind of file {path.suffix or '(no suffix)'}; articles are "
            f"{' '.join(sorted(ARTICLE_SUFFIXES))}, RDF files {_RDF_SUFFIXES}"
        ))
        return
    try:
        for item in iter_articles(path):
            if isinstance(item, ArticleError):
                yield _failure(path, item, line=_line_of(item, path))
                continue
            try:
                yield ingest_article(store, item, minter, seen)
            except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the others
                yield _failure(path, exc, line=item.line)
    except Exception as exc:  # noqa: BLE001 - the file as a whole failed
        yield _failure(path, exc)


def ingest_file(store: Store, path: str | Path, minter: Minter | None = None) -> IngestResult:
    """Ingest one file; the one result of :func:`ingest_path`, or for a JSON
    Lines file a summary (ok only if every line went in; the failures'
    messages joined)."""
    results = list(ingest_path(store, path, minter))
    if len(results) == 1:
        return results[0]
    failed = [r for r in results if not r.ok]
    return IngestResult(
        str(path),
        ok=not failed,
        facts=sum(r.facts for r in results),
        triples=sum(r.triples for r in results),
        message="\n".join(r.message for r in failed),
        note="\n".join(r.note for r in results if r.note),
    )

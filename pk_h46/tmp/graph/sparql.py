"""Run one SPARQL query and serialise its answer, on the calling thread.

pyoxigraph's results are bound to the thread that made them, so the query,
the choice of format and the serialisation all happen here, and a failure is
re-raised only after the result is gone.

:class:`QueryJob` is one query as the protocol layer hands it over: plain
data, so that :mod:`.executor` can send it to a worker process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .errors import AllianceKGError
from .formats import Format, result_format
from .guard import check_complexity, check_remote_access
from .store.base import Store

__all__ = ["Answer", "QueryJob", "answer_query", "run_job", "run_update"]


@dataclass(frozen=True)
class Answer:
    body: bytes
    format: Format
    form: str
    """``select``, ``ask`` or ``graph``."""


@dataclass(frozen=True)
class QueryJob:
    """One query with everything needed to answer it."""

    sparql: str
    accept: str | None = None
    requested_format: str | None = None
    union_default_graph: bool = True
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_bytes: int | None = None
    allowed_endpoints: tuple[str, ...] = field(default=())
    """SERVICE endpoints this query may call (see :mod:`.guard`)."""


def answer_query(
    store: Store,
    sparql: str,
    choose_format: Callable[[str], Format],
    *,
    union_default_graph: bool = True,
    default_graphs: Iterable[str] | None = None,
    named_graphs: Iterable[str] | None = None,
    max_bytes: int | None = None,
) -> Answer:
    """Run ``sparql``; ``choose_format(form)`` picks the serialisation for the
    query form (``select``, ``ask``, ``graph``) or raises."""
    result = store.query(
        sparql,
        union_default_graph=union_default_graph,
        default_graphs=list(default_graphs) if default_graphs else None,
        named_graphs=list(named_graphs) if named_graphs else None,
    )
    form = result.form
    try:
        fmt = choose_format(form)
        body = result.serialize(fmt.name, max_bytes=max_bytes)
    except AllianceKGError as exc:
        error = exc
    else:
        return Answer(body, fmt, form)
    del result
    # nothing of the result may outlive this thread: drop the frames and the
    # chained exceptions that could still reference it
    error.__context__ = error.__cause__ = None
    raise error.with_traceback(None)


def run_job(store: Store, job: QueryJob) -> Answer:
    """Answer ``job`` on ``store``: refuse remote calls it may not make, then
    query, negotiate and serialise.  Queries nested or chained beyond what
    the engine survives are refused first (see :func:`.guard.check_complexity`)."""
    check_complexity(job.sparql)
    check_remote_access(job.sparql, job.allowed_endpoints)

    def choose(form: str) -> Format:
        return result_format(form, accept=job.accept, requested=job.requested_format)

    return answer_query(
        store,
        job.sparql,
        choose,
        union_default_graph=job.union_default_graph,
        default_graphs=job.default_graphs,
        named_graphs=job.named_graphs,
        max_bytes=job.max_bytes,
    )


def run_update(store: Store, sparql: str, allowed_endpoints: Iterable[str] = ()) -> None:
    """Apply a SPARQL 1.1 Update (one transaction on the embedded store),
    after refusing any LOAD aimed at an endpoint that is not allowed, and
    updates nested or chained beyond what the engine survives."""
    check_complexity(sparql)
    check_remote_access(sparql, allowed_endpoints)
    store.update(sparql)

"""Run one SPARQL query and serialise its answer, on the calling thread.

pyoxigraph's results are bound to the thread that made them, so the query,
the choice of format and the serialisation all happen here, and a failure is
re-raised only after the result is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .errors import AllianceKGError
from .formats import Format
from .store.base import Store

__all__ = ["Answer", "answer_query"]


@dataclass(frozen=True)
class Answer:
    body: bytes
    format: Format
    form: str
    """``select``, ``ask`` or ``graph``."""


def answer_query(
    store: Store,
    sparql: str,
    choose_format: Callable[[str], Format],
    *,
    union_default_graph: bool = True,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
) -> Answer:
    """Run ``sparql``; ``choose_format(form)`` picks the serialisation for the
    query form (``select``, ``ask``, ``graph``) or raises."""
    result = store.query(
        sparql,
        union_default_graph=union_default_graph,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
    )
    form = result.form
    try:
        fmt = choose_format(form)
        body = result.serialize(fmt.name)
    except AllianceKGError as exc:
        error = exc
    else:
        return Answer(body, fmt, form)
    del result
    raise error.with_traceback(None)

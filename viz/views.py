"""A view page from view parameters: select, describe, link, render.

:func:`build_view` is what both the HTTP route and the CLI call; they differ
only in how links are made (:class:`Links`): relative paths on the server,
absolute URLs to a ``--server`` in exported files, or none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import networkx as nx

from alliancekg.graph.analytics import export_graph
from alliancekg.graph.network import Selection, ViewParams, describe, select

from .network import ViewPage, edge_count, network_data, render_data

__all__ = ["Links", "build_view", "VIEW_FORMATS", "MEDIA_TYPES"]

VIEW_FORMATS = ("html", "json", "graphml", "gexf")
MEDIA_TYPES = {"html": "text/html; charset=utf-8", "json": "application/json",
               "graphml": "application/graphml+xml", "gexf": "application/gexf+xml"}
_FILTER_KEYS = ("relations", "types", "date_from", "date_to", "as_of", "min_amount", "limit", "size_by")


@dataclass(frozen=True)
class Links:
    """How a page links: ``view`` is the URL of the view route (``/view`` or
    ``https://host/view``), ``base_iri`` the IRI base whose entities have
    pages at ``entity_root`` + the IRI's path below the base. None: no links."""

    view: str | None = None
    base_iri: str | None = None
    entity_root: str | None = None

    def view_url(self, params: ViewParams, fmt: str = "html") -> str | None:
        if self.view is None:
            return None
        query = params.to_query()
        if fmt != "html":
            query["format"] = fmt
        return self.view + ("?" + urlencode(query) if query else "")

    def entity_url(self, iri: str) -> str | None:
        if self.entity_root is None or not self.base_iri or not iri.startswith(self.base_iri) \
                or iri[len(self.base_iri):].startswith("/"):  # "//host/..." would lead to another site
            return None
        return self.entity_root.rstrip("/") + "/" + iri[len(self.base_iri):]


def _around(params: ViewParams, links: Links) -> Callable[[str], str | None]:
    """Drill-down: the ego view (depth 1) of an entity, with this view's filters."""
    keep = {k: getattr(params, k) for k in _FILTER_KEYS}

    def url(iri: str) -> str | None:
        return links.view_url(ViewParams(center=iri, depth=1, **keep))
    return url


def build_view(G: nx.MultiDiGraph, params: ViewParams, fmt: str = "html", *, links: Links | None = None,
               title: str | None = None, selection: Selection | None = None) -> tuple[bytes, dict[str, Any]]:
    """The view ``params`` of the alliance graph ``G`` in ``fmt`` (html, json,
    graphml, gexf), with a summary (title, counts)."""
    links = links or Links()
    sel = selection or select(G, params)
    heading, description = describe(params, sel, G)
    summary = {"title": heading, "description": description, "nodes": sel.graph.number_of_nodes(), "note": sel.note}
    if fmt in ("graphml", "gexf"):
        return export_graph(sel.graph, fmt), {**summary, "edges": edge_count(sel.graph)}
    data = network_data(sel.graph, entity_url=links.entity_url, max_nodes=params.limit,
                        priority=sel.priority, size_by=params.size_by, view_url=_around(params, links))
    summary["edges"] = data["meta"]["total_edges"]
    if fmt == "json":
        import json

        data.pop("options")
        head = {k: summary[k] for k in ("title", "description", "note")}
        return json.dumps({**head, "params": params.to_query(), **data}, ensure_ascii=False).encode("utf-8"), summary
    page_links = []
    for text, fmt_ in (("Link to this view", "html"), ("GraphML", "graphml"), ("GEXF (Gephi)", "gexf")):
        url = links.view_url(params, fmt_)
        if url:
            page_links.append((text, url))
    page = ViewPage(description=description, note=sel.note, form_action=links.view, values=params.to_query(),
                    links=tuple(page_links))
    return render_data(data, title=title or f"AllianceKG: {heading}", page=page).encode("utf-8"), summary

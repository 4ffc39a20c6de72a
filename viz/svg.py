"""A small static network picture: networkx -> inline SVG markup, no script.

:func:`network_svg` draws a few dozen nodes (an entity's ego network, an
article's facts) for a server-rendered page.  Every label and tooltip is
escaped with markupsafe, links are only the ``href`` node attributes the
caller gives (paths of this server or http(s) URLs), and the picture uses
presentation attributes only (no ``style`` attribute, no ``<style>``, no
script), so it works under ``default-src 'none'``.
"""

from __future__ import annotations

import math

import networkx as nx
from markupsafe import Markup

from alliancekg.graph.extract.model import SYMMETRIC

from .network import NODE_TYPE_STYLE, RELATION_STYLE

__all__ = ["network_svg"]

_UNKNOWN = {"color": "#8C8C8C"}
_MAX_LABEL = 26


def _short(label: str) -> str:
    return label if len(label) <= _MAX_LABEL else label[: _MAX_LABEL - 1] + "…"


def _layout(g: nx.Graph, center: str | None) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]²: the center in the middle and the others around
    it in label order; without a center, a seeded spring layout."""
    if center in g:
        others = sorted((n for n in g if n != center), key=lambda n: (str(g.nodes[n].get("label", n)).lower(), n))
        pos = {center: (0.0, 0.0)}
        for i, n in enumerate(others):
            angle = 2 * math.pi * (i + 0.5) / max(len(others), 1) - math.pi / 2  # none straight below the center's label
            pos[n] = (math.cos(angle), math.sin(angle))
        return pos
    if len(g) == 1:
        return {next(iter(g)): (0.0, 0.0)}
    raw = nx.spring_layout(nx.Graph(g), seed=7)
    xs = [p[0] for p in raw.values()] or [0.0]
    ys = [p[1] for p in raw.values()] or [0.0]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: ((p[0] - cx) / span, (p[1] - cy) / span) for n, p in raw.items()}


def _keep(g: nx.MultiDiGraph, center: str | None, max_nodes: int) -> nx.MultiDiGraph:
    """At most ``max_nodes`` nodes: the center and the best connected others."""
    if len(g) <= max_nodes:
        return g
    ranked = sorted(g, key=lambda n: (n != center, -g.degree(n), str(g.nodes[n].get("label", n)).lower()))
    return g.subgraph(ranked[:max_nodes]).copy()


def network_svg(g: nx.MultiDiGraph, *, center: str | None = None, title: str = "Network",
                width: int = 720, height: int = 440, max_nodes: int = 40) -> Markup:
    """``g`` (node attributes ``label``, ``type``, ``href``; edge attributes
    ``relation``, ``title``) as one ``<svg>`` element, safe to put in a page."""
    shown = _keep(g, center, max_nodes)
    pos = _layout(shown, center)
    margin_x, margin_y = 110, 40

    def xy(n: str) -> tuple[float, float]:
        x, y = pos[n]
        return round(width / 2 + x * (width / 2 - margin_x), 1), round(height / 2 + y * (height / 2 - margin_y), 1)

    out = [Markup('<svg xmlns="http://www.w3.org/2000/svg" class="akg-network" viewBox="0 0 {w} {h}" '
                  'width="{w}" height="{h}" role="img" aria-label="{t}">').format(w=width, h=height, t=title),
           Markup("<title>{}</title>").format(title), Markup("<defs>")]
    for relation, style in sorted(RELATION_STYLE.items()):
        out.append(Markup('<marker id="akg-arrow-{r}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
                          'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>')
                   .format(r=relation, c=style["color"]))
    out.append(Markup("</defs>"))

    pair_count: dict[tuple[str, str], int] = {}
    for u, v, data in sorted(shown.edges(data=True), key=lambda e: (e[0], e[1], str(e[2].get("relation")))):
        relation = str(data.get("relation", ""))
        style = RELATION_STYLE.get(relation, {"color": "#8C8C8C"})
        pair = (min(u, v), max(u, v))
        k = pair_count.get(pair, 0)
        pair_count[pair] = k + 1
        (x1, y1), (x2, y2) = xy(u), xy(v)
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        shrink = 16 / length  # stop at the node's edge, where the arrowhead shows
        sx, sy, ex, ey = x1 + dx * shrink, y1 + dy * shrink, x2 - dx * shrink, y2 - dy * shrink
        bend = 28 * ((k + 1) // 2) * (1 if k % 2 else -1) if k else 0
        mx, my = (sx + ex) / 2 - dy / length * bend, (sy + ey) / 2 + dx / length * bend
        marker = "" if relation in SYMMETRIC or relation not in RELATION_STYLE else f' marker-end="url(#akg-arrow-{relation})"'
        out.append(Markup('<path d="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}" fill="none" stroke="{c}" '
                          'stroke-width="2"{m}><title>{t}</title></path>')
                   .format(sx=sx, sy=sy, mx=mx, my=my, ex=ex, ey=ey, c=style["color"], m=Markup(marker),
                           t=data.get("title") or relation))

    for n in sorted(shown, key=lambda n: n == center):
        attrs = shown.nodes[n]
        label = str(attrs.get("label") or n)
        style = NODE_TYPE_STYLE.get(str(attrs.get("type")), _UNKNOWN)
        x, y = xy(n)
        radius = 14 if n == center else 10
        ring = Markup(' stroke="#1d2733" stroke-width="3"') if n == center else Markup(' stroke="#ffffff" stroke-width="1.5"')
        if n == center:  # below the node: its edges leave to every side
            anchor, tx, ty = "middle", x, y + radius + 16
        else:
            anchor = "start" if x >= width / 2 else "end"
            tx, ty = x + (radius + 5 if anchor == "start" else -(radius + 5)), y + 4
        node = Markup('<circle cx="{x}" cy="{y}" r="{r}" fill="{c}"{ring}/>'
                      '<text x="{tx}" y="{ty}" text-anchor="{a}" font-size="13" fill="#1d2733" stroke="#fcfdfe" stroke-width="4" paint-order="stroke">{l}</text>'
                      '<title>{full} ({kind})</title>').format(
            x=x, y=y, r=radius, c=style["color"], ring=ring, tx=round(tx, 1), ty=round(ty, 1), a=anchor,
            l=_short(label), full=label, kind=attrs.get("type") or "resource")
        href = attrs.get("href")
        if href:
            out.append(Markup('<a href="{h}" class="akg-node">{n}</a>').format(h=href, n=node))
        else:
            out.append(Markup('<g class="akg-node">{}</g>').format(node))
    hidden = len(g) - len(shown)
    if hidden:
        out.append(Markup('<text x="8" y="{y}" font-size="12" fill="#5b6b7c">{n} more not shown</text>')
                   .format(y=height - 8, n=hidden))
    out.append(Markup("</svg>"))
    return Markup("").join(out)

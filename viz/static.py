"""A static image (PNG or SVG) of a view, for print and for readers without the canvas.

Same positions, colours, shapes, sizes and labels as the HTML page (for small force
layouts the browser refines positions with physics, so those can differ a little).
Matplotlib's object API is used with the Agg canvas directly: no pyplot state, no GUI
backend, safe in a server or a test run.
"""

from __future__ import annotations

import os
from pathlib import Path

from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from relgraph.graph.errors import UsageError
from relgraph.viz.view import MEASURE_NAMES, View

FORMATS = ("png", "svg")
_MARKERS = {"dot": "o", "hexagon": "h", "square": "s", "triangle": "^", "diamond": "D"}


def render_static(view: View, path: str | os.PathLike, *, fmt: str | None = None,
                  width: float = 10.0, dpi: int = 150) -> Path:
    """Write ``view`` as an image to ``path``; the format follows the suffix or ``fmt``."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    if fmt not in FORMATS:
        raise UsageError(f"cannot write a {fmt!r} image",
                         hint="use a file name ending in .png or .svg")
    fig = figure(view, width=width)
    # No dates or software versions in the file: the same data gives the same bytes.
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(path, format=fmt, dpi=dpi, metadata=metadata)
    return path


def figure(view: View, *, width: float = 10.0) -> Figure:
    """A matplotlib ``Figure`` of ``view`` (not saved), for callers that compose."""
    height = width * 0.86
    fig = Figure(figsize=(width, height), facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, 0.17, 0.96, 0.74))
    ax.set_axis_off()
    fig.text(0.02, 0.965, view.title, fontsize=14, fontweight="bold", va="top")
    caption = view.caption_text()
    if view.ego:
        caption = f"Parties within {view.ego_depth or 1} of {view.ego} · {caption}"
    fig.text(0.02, 0.93, caption, fontsize=9, color="#555555", va="top")
    if not view.nodes:
        return fig

    pos = {n.id: (n.x, n.y) for n in view.nodes}
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    pad = span * 0.04 + 40
    # Limits with the axes' own aspect ratio, so one layout unit is as long across as
    # down without matplotlib having to override them.
    box_w, box_h = width * 0.96, height * 0.74
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half_w = (max(xs) - min(xs)) / 2 + pad
    half_h = (max(ys) - min(ys)) / 2 + pad
    if half_w / half_h < box_w / box_h:
        half_w = half_h * box_w / box_h
    else:
        half_h = half_w * box_h / box_w
    ax.set_xlim(cx - half_w, cx + half_w)
    ax.set_ylim(cy + half_h, cy - half_h)  # screen coordinates: y grows downwards
    # Node radii are in layout pixels; convert to points at this figure's scale, with a
    # floor so that nodes of a 2,000-node graph stay visible.
    pt_per_unit = box_w * 72 / (2 * half_w)
    by_style: dict = {}
    for e in view.edges:
        key = (e.colour, tuple(e.dashes) if e.dashes else None)
        by_style.setdefault(key, ([], []))
        by_style[key][0].append((pos[e.source], pos[e.target]))
        by_style[key][1].append(max(0.4, e.width * 0.6))
    alpha = 0.35 if len(view.edges) > 1500 else 0.7
    for (colour, dashes), (segments, widths) in by_style.items():
        style = (0, tuple(d * 0.5 for d in dashes)) if dashes else "solid"
        ax.add_collection(LineCollection(segments, colors=colour, linewidths=widths,
                                         linestyles=[style], alpha=alpha, zorder=1))
    for shape, marker in _MARKERS.items():
        group = sorted((n for n in view.nodes if n.shape == shape), key=lambda n: n.size)
        if not group:
            continue
        ax.scatter([n.x for n in group], [n.y for n in group],
                   s=[(2 * max(n.size * pt_per_unit, 1.6)) ** 2 for n in group],
                   c=[n.colour for n in group], marker=marker,
                   edgecolors=["#111111" if n.ego else "#ffffff" for n in group],
                   linewidths=[1.6 if n.ego else 0.5 for n in group], zorder=2)
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    for n in view.nodes:
        if n.labelled:
            ax.annotate(n.name, (n.x, n.y), xytext=(0, -max(n.size * pt_per_unit, 1.6) - 2),
                        textcoords="offset points", ha="center", va="top", fontsize=7.5,
                        color="#1d1d1f", path_effects=halo, zorder=3, annotation_clip=False)
    _legend(fig, view)
    return fig


def _legend(fig: Figure, view: View) -> None:
    handles, labels = [], []
    for c in view.countries:
        handles.append(Line2D([], [], marker="o", linestyle="none", markersize=7,
                              markerfacecolor=c["colour"], markeredgecolor="#888888"))
        code = f" ({c['code']})" if c["code"] and c["code"] != c["name"] else ""
        labels.append(f"{c['name']}{code}")
    for r in view.relations:
        dashes = tuple(d * 0.4 for d in r["dashes"]) if r["dashes"] else None
        line = Line2D([], [], color=r["color"], linewidth=2)
        if dashes:
            line.set_dashes(dashes)
        handles.append(line)
        labels.append(r["label"])
    if len(view.kinds) > 1:
        for k in view.kinds:
            handles.append(Line2D([], [], marker=_MARKERS.get(k["shape"], "o"), linestyle="none",
                                  markersize=7, markerfacecolor="#aaaaaa",
                                  markeredgecolor="#555555"))
            labels.append(k["kind"])
    if handles:
        fig.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.02, 0.035),
                   ncol=min(6, max(1, (len(handles) + 2) // 3)), fontsize=8, frameon=False,
                   handlelength=2.4, columnspacing=1.4)
    fig.text(0.02, 0.012, f"Colour: country · line: main kind of tie · size: "
             f"{MEASURE_NAMES.get(view.measure, view.measure)}", fontsize=8, color="#666666")

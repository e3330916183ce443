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
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.path import Path as MplPath

from relgraph.graph.errors import UsageError
from relgraph.viz.html import caption
from relgraph.viz.labels import CANDIDATES, FONT_PX, candidate_box
from relgraph.viz.layout import REF_H, REF_W
from relgraph.viz.view import View

FORMATS = ("png", "svg")
_MARKERS = {"dot": "o", "hexagon": "h", "square": "s", "triangle": "^", "diamond": "D"}
# Marker size relative to a circle of the same radius, as vis-network draws them.
_AREA = {"square": 0.9, "triangle": 1.1, "diamond": 1.0, "hexagon": 1.0}


def render_static(view: View, path: str | os.PathLike, *, fmt: str | None = None,
                  width: float = 10.0, dpi: int = 150) -> Path:
    """Write ``view`` as an image to ``path``; the format follows the suffix or ``fmt``."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    if fmt not in FORMATS:
        raise UsageError(f"cannot write a {fmt!r} image",
                         hint="use a file name ending in .png or .svg")
    fig = figure(view, width=width)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "svg":
        # No dates in the file: the same data gives the same bytes.
        fig.savefig(path, format="svg", dpi=dpi, metadata={"Date": None})
        return path
    # A 256-colour PNG: a third of the full-colour file's size for a picture of flat
    # colours and text, which is what readers without JavaScript download.
    from PIL import Image

    fig.set_dpi(dpi)
    canvas = fig.canvas
    canvas.draw()
    image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(),
                             "raw", "RGBA", 0, 1)
    image = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE,
                                          dither=Image.Dither.NONE)
    # The octree averages colours; the background must stay pure white, or the
    # picture shows as a faint box on a white article page.
    palette = image.getpalette()[:768]
    whitest = max(range(len(palette) // 3), key=lambda i: sum(palette[3 * i:3 * i + 3]))
    palette[3 * whitest:3 * whitest + 3] = [255, 255, 255]
    image.putpalette(palette)
    image.save(path, format="PNG", compress_level=6)
    return path


def figure(view: View, *, width: float = 10.0) -> Figure:
    """A matplotlib ``Figure`` of ``view`` (not saved), for callers that compose.

    The drawing area has the proportions of the page's desktop canvas and shows the
    same box of the layout, so nodes, labels and their places (chosen once, in
    :mod:`relgraph.viz.labels`) come out as on the page.
    """
    box_w = width * 0.96
    box_h = box_w * REF_H / REF_W
    top_in, bottom_in = 0.75, 1.25
    height = box_h + top_in + bottom_in
    fig = Figure(figsize=(width, height), facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.02, bottom_in / height, 0.96, box_h / height))
    ax.set_axis_off()
    fig.text(0.02, 1 - 0.18 / height, view.title, fontsize=14, fontweight="bold", va="top")
    fig.text(0.02, 1 - 0.48 / height, caption(view), fontsize=8.5, color="#555555",
             va="top", wrap=True)
    ax.set_xlim(0, REF_W)
    ax.set_ylim(REF_H, 0)  # screen coordinates: y grows downwards
    if not view.nodes:
        return fig
    # Reference pixels to points at this figure's scale.
    k = box_w * 72 / REF_W
    if view.basemap:
        ax.add_patch(Rectangle((0, 0), REF_W, REF_H, facecolor="#eef3f7", edgecolor="none",
                               zorder=0))
        for outline in view.basemap:
            ax.add_patch(PathPatch(_svg_path(outline["d"]), facecolor="#e4e2da",
                                   edgecolor="white", linewidth=0.9, zorder=0.5))
    pos = {n.id: (n.x, n.y) for n in view.nodes}
    by_style: dict = {}
    for e in view.edges:
        key = (e.colour, tuple(e.dashes) if e.dashes else None)
        by_style.setdefault(key, ([], []))
        by_style[key][0].append((pos[e.source], pos[e.target]))
        by_style[key][1].append(max(0.4, e.width * k * 0.9))
    alpha = 0.4 if len(view.edges) > 1500 else 0.7
    for (colour, dashes), (segments, widths) in by_style.items():
        style = (0, tuple(d * 0.5 for d in dashes)) if dashes else "solid"
        ax.add_collection(LineCollection(segments, colors=colour, linewidths=widths,
                                         linestyles=[style], alpha=alpha, zorder=1))
    community = view.colour_by == "community"
    for shape, marker in _MARKERS.items():
        group = sorted((n for n in view.nodes if n.shape == shape), key=lambda n: n.size)
        if not group:
            continue
        ax.scatter([n.x for n in group], [n.y for n in group],
                   s=[(2 * max(n.size * k, 1.2) * _AREA.get(shape, 1.0)) ** 2 for n in group],
                   c=[n.community_colour if community and n.community >= 0 else n.colour
                      for n in group], marker=marker,
                   edgecolors=["#111111" if n.ego else "#333333" if n.approximate
                               else "#ffffff" for n in group],
                   linewidths=[1.6 if n.ego else 0.9 if n.approximate else 0.5 for n in group],
                   zorder=2)
    halo = [patheffects.withStroke(linewidth=2.2, foreground="white")]
    for n in view.nodes:
        if not n.labelled or n.label_k < 0:
            continue
        x0, y0, x1, y1 = candidate_box(n.label_k, n.x, n.y, n.size, n.label_w)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if CANDIDATES[n.label_k][2]:
            tx, ty = min(max(n.x, x0), x1), min(max(n.y, y0), y1)
            ax.plot([n.x, tx], [n.y, ty], color="#3c3c3c", linewidth=0.6, alpha=0.7, zorder=2.5)
        ax.text(cx, cy, n.name, ha="center", va="center", fontsize=FONT_PX * k,
                fontweight="bold" if n.ego else "normal", family="DejaVu Sans",
                color="#1d1d1f", path_effects=halo, zorder=3, clip_on=False)
    _legend(fig, view, bottom_in / height)
    return fig


def _svg_path(d: str) -> MplPath:
    """A matplotlib path from the outline data (``M x y L x y ... Z`` only)."""
    verts, codes = [], []
    for part in d.split("M")[1:]:
        ring = part.rstrip("Z").split("L")
        for i, point in enumerate(ring):
            x, y = point.split()
            verts.append((float(x), float(y)))
            codes.append(MplPath.MOVETO if i == 0 else MplPath.LINETO)
        verts.append(verts[-len(ring)])
        codes.append(MplPath.CLOSEPOLY)
    return MplPath(verts, codes)


def _legend(fig: Figure, view: View, top: float) -> None:
    handles, labels = [], []
    groups = view.countries
    if view.colour_by == "community" and view.communities:
        groups = [{"colour": c["colour"], "name": c["name"], "code": ""}
                  for c in view.communities]
    for c in groups:
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
        fig.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.02, top - 0.005),
                   ncol=min(6, max(1, (len(handles) + 2) // 3)), fontsize=8, frameon=False,
                   handlelength=2.4, columnspacing=1.4)
    size = view.size_note().removeprefix("Node size: ")
    notes = [f"Colour: {view.colour_by} · line: main kind of tie · size: {size}"]
    if view.basemap:
        notes.append("Map: Natural Earth 1:110m. Dark outline: no coordinates of their own, "
                     "shown at the place they are in or their country's capital.")
    fig.text(0.02, 0.012, "\n".join(notes), fontsize=7.5, color="#666666", va="bottom")

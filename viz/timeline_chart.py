"""A line chart of a timeline (``relgraph timeline``, ``relgraph partners --by-year``) for
articles: PNG or SVG, drawn with matplotlib in the colours of the partner-network views.

Top panel: partners (or parties, for the whole network) and ties by kind, one line per
relation type in the views' colour and dash. Bottom panel (a party's timeline): its rank
by the chosen measure, 1 at the top, in its country's colour.
"""

from __future__ import annotations

import os
from pathlib import Path

from relgraph.viz.style import country_colours, country_key, rel_style

PARTNERS_COLOUR = "#222222"
_KINDS = (("twinned", "TWINNED_WITH", "Twinnings"),
          ("agreements", "SIGNED_AGREEMENT", "Co-signed agreements"),
          ("supplies", "SUPPLIES_TO", "Supplies"))


def _dashes(style) -> tuple:
    dashes = style.get("dashes")
    return (0, tuple(dashes)) if dashes else "solid"


def timeline_figure(rows: list[dict], meta: dict, *, width: float = 8.0):
    """The matplotlib ``Figure`` of a timeline result's ``rows`` and ``meta``."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    party = meta.get("party")
    years = [r["year"] for r in rows]
    panels = 2 if party else 1
    fig = Figure(figsize=(width, 5.6 if party else 3.8), dpi=150, layout="constrained")
    axes = fig.subplots(panels, 1, sharex=True, squeeze=False,
                        gridspec_kw={"height_ratios": [2.2, 1][:panels]})[:, 0]
    top = axes[0]
    lead = "partners" if party else "parties"
    # A wide grey band: a tie-kind line running along it stays visible on top.
    top.step(years, [r[lead] for r in rows], where="mid", color=PARTNERS_COLOUR,
             linewidth=5, alpha=0.3, solid_capstyle="butt", label=lead.capitalize())
    for column, rel, label in _KINDS:
        values = [r[column] for r in rows]
        if not any(values):
            continue
        style = rel_style(rel)
        top.step(years, values, where="mid", color=style["color"], linewidth=1.6,
                 linestyle=_dashes(style), label=label)
    top.set_ylabel("count, as of each year")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.set_ylim(0, max(max(r[lead] for r in rows), 1) * 1.12)
    top.legend(loc="upper left", frameon=False, fontsize=9)
    name = meta.get("name") or party or "All parties"
    note = "Ties dated up to each year and not ended by then"
    if meta.get("undated_ties"):
        note += f"; {meta['undated_ties']} undated tie(s) not shown"
    fig.suptitle(f"{name}: partners and ties by year" if party else
                 "The partner network by year", x=0.01, ha="left", fontsize=12)
    top.set_title(note + ".", loc="left", fontsize=8, color="#555555")
    if party:
        bottom = axes[1]
        colour = country_colours([meta.get("country")])[country_key(meta.get("country"))]
        ranked = [(r["year"], r["rank"]) for r in rows if r.get("rank") is not None]
        if ranked:
            bottom.step([y for y, _ in ranked], [k for _, k in ranked], where="mid",
                        color=colour, linewidth=2.0)
            bottom.plot([y for y, _ in ranked], [k for _, k in ranked], "o", color=colour,
                        markersize=3)
            last = next(r for r in reversed(rows) if r.get("rank") is not None)
            bottom.annotate(f"{_ordinal(last['rank'])} of {last['rank_of']}",
                            (last["year"], last["rank"]), xytext=(4, 6),
                            textcoords="offset points", fontsize=8, color="#333333")
            bottom.set_ylim(max(k for _, k in ranked) + 0.8, 0.5)
        bottom.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5, min_n_ticks=2))
        bottom.set_ylabel(f"rank by {meta.get('rank_by')}\n(1 = most central)")
    axes[-1].set_xlabel("year")
    axes[-1].xaxis.set_major_locator(MaxNLocator(integer=True))
    for ax in axes:
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.spines[["top", "right"]].set_visible(False)
    return fig


def _ordinal(n: int) -> str:
    """>>> [_ordinal(k) for k in (1, 2, 3, 4, 11, 22)]
    ['1st', '2nd', '3rd', '4th', '11th', '22nd']
    """
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def save_timeline_chart(rows: list[dict], meta: dict, path: str | os.PathLike, *,
                        fmt: str | None = None) -> Path:
    """Write the chart to ``path`` (PNG or SVG, from ``fmt`` or the suffix)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    fig = timeline_figure(rows, meta)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=fmt, metadata={"Software": None} if fmt == "png" else None)
    return path

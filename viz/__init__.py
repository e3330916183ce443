"""Partner-network views for articles: one self-contained HTML file per view.

The page inlines vis-network (from the pyvis package), makes no network request, shows
names from documents as plain text only, and carries labels that never overlap, a
search box, filters, a time slider, a legend, a caption with the data's date and
sources, a table of the top parties and, for readers without JavaScript, the static
image written with it. Geographic views are drawn over Natural Earth country outlines.

>>> from relgraph.viz import render_network, build_view, page_html
"""

from relgraph.viz.ego import ego_network, find_party
from relgraph.viz.html import embed_snippet, external_references, page_html, to_pyvis
from relgraph.viz.layout import LAYOUTS, layout_positions
from relgraph.viz.render import (
    MAX_NODES,
    RenderResult,
    render_demo,
    render_network,
    render_partner_view,
    sources_of,
    top_network,
)
from relgraph.viz.static import render_static
from relgraph.viz.view import PHYSICS_MAX_NODES, View, build_view

__all__ = [
    "LAYOUTS", "MAX_NODES", "PHYSICS_MAX_NODES", "RenderResult", "View", "build_view",
    "ego_network",
    "embed_snippet", "external_references", "find_party", "layout_positions", "page_html",
    "render_demo", "render_network", "render_partner_view", "render_static", "sources_of",
    "to_pyvis", "top_network",
]

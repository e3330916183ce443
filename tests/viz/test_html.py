import json
import re
from html.parser import HTMLParser

import pytest
from viz_samples import INJECTIONS, build_large

from relgraph.graph.errors import UsageError
from relgraph.viz import render_network
from relgraph.viz.assets import vis_assets
from relgraph.viz.html import embed_snippet, external_references, page_html, to_pyvis
from relgraph.viz.labels import CANDIDATES
from relgraph.viz.view import build_view


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of the JSON data element."""

    def __init__(self):
        super().__init__()
        self.tags, self.data, self._in_data = [], "", False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_data = tag == "script" and dict(attrs).get("id") == "rg-data"

    def handle_endtag(self, tag):
        self._in_data = False

    def handle_data(self, data):
        if self._in_data:
            self.data += data


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    return p


def ours(page: str) -> str:
    """The page without vis-network's own code (which mentions things like
    "javascript:" in its polyfills)."""
    js, css = vis_assets()
    assert js in page and css in page
    return page.replace(js, "").replace(css, "")


@pytest.fixture
def hostile_page(hostile, sources):
    return page_html(build_view(hostile, sources=sources, label_top=50))


def test_page_is_self_contained(hostile_page):
    assert external_references(hostile_page) == []
    assert not re.search(r'(src|href)="https?://', hostile_page)
    tags = parse(hostile_page).tags
    assert not [a for t, a in tags if t in ("script", "img", "iframe") and "src" in a]
    assert not [a for t, a in tags if t == "link"]
    mine = ours(hostile_page).lower()
    assert "bootstrap" not in mine and "cdn" not in mine


def test_vis_network_is_inlined(hostile_page):
    js, css = vis_assets()
    assert "vis-network" in js and js in hostile_page and "new vis.Network(" in hostile_page
    # Only the tooltip rule of vis-network's CSS: its icons weigh 205 KB.
    assert css.startswith("div.vis-tooltip{") and len(css) < 1000


def test_external_references_finds_what_it_should():
    assert external_references('<img src="https://x.org/a.png">')
    assert external_references("<script src='//cdn.example/x.js'></script>")
    assert external_references("<style>@import 'a.css'</style>")
    assert external_references('<div style="background:url(http://x/y)">')
    assert not external_references('<span data-url="https://x.org">https://x.org</span>')


def test_content_security_policy_forbids_every_fetch(hostile_page):
    meta = [a for t, a in parse(hostile_page).tags
            if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert meta and "default-src 'none'" in meta[0]["content"]
    assert "connect-src" not in meta[0]["content"]  # falls back to 'none'
    # Images only from the page's own folder (the no-script picture) or data: URIs.
    assert "img-src 'self' data: blob:;" in meta[0]["content"]


@pytest.mark.parametrize("name", INJECTIONS)
def test_injection_names_never_appear_as_markup(hostile_page, name):
    raw = name.strip()
    assert raw not in hostile_page.replace("\u2028", " ").replace("\u2029", " ")
    # The only script elements are ours: data, vis-network, page script.
    scripts = [a for t, a in parse(hostile_page).tags if t == "script"]
    assert len(scripts) == 3
    assert not [t for t, a in parse(hostile_page).tags
                if t in ("img", "svg") and ("onerror" in a or "onload" in a)]


@pytest.mark.parametrize("name", INJECTIONS)
def test_injection_names_survive_as_data(hostile_page, name):
    data = json.loads(parse(hostile_page).data)
    labels = {n.get("n") for n in data["nodes"]}
    folded = " ".join(name.split())
    assert folded in labels
    assert any(folded in n["t"] for n in data["nodes"])
    assert any(folded in e["tip"] for e in data["edges"])


def test_table_and_legend_carry_the_names_as_escaped_text(hostile_page):
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile_page
    assert "<th scope=\"row\">Gomel Region</th>" in hostile_page
    assert "Colour: country" in hostile_page and "Line: main kind of tie" in hostile_page
    assert "Node size" in hostile_page or "Size" in hostile_page


def test_unsafe_source_urls_are_dropped(hostile_page):
    mine = ours(hostile_page)
    assert "javascript:" not in mine
    assert "secret" not in hostile_page
    assert "file:" not in mine and "/home/" not in hostile_page


def test_data_carries_positions_and_physics_setting(sample):
    data = json.loads(parse(page_html(build_view(sample))).data)
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    assert all("x" in n and "y" in n and "r" in n for n in data["nodes"])
    assert data["ref"] == [1000.0, 680.0] and len(data["cand"]) == len(CANDIDATES)
    small = json.loads(parse(page_html(build_view(sample, physics_max_nodes=30))).data)
    assert small["physics"] is True and small["options"]["physics"]["enabled"] is True


def test_nodes_come_in_order_of_label_priority(sample):
    data = json.loads(parse(page_html(build_view(sample, size_by="degree"))).data)
    assert data["nodes"][0]["n"] == "Gomel Region"     # most partners
    values = [n["r"] for n in data["nodes"]]
    assert values == sorted(values, reverse=True)


def test_readers_without_javascript_get_the_picture_and_the_open_table(sample):
    page = page_html(build_view(sample), picture="img/partners.png")
    assert '<noscript><img class="rg-picture" src="img/partners.png" alt="' in page
    assert '<details class="rg-table" id="rg-table" open>' in page
    assert "<noscript><style>.rg-js { display: none !important; }</style></noscript>" in page
    tags = parse(page).tags
    canvas = [a for t, a in tags if a.get("id") == "rg-network"][0]
    assert "rg-js" in canvas["class"].split()
    no_picture = page_html(build_view(sample))
    assert "needs JavaScript" in no_picture and "<img" not in no_picture


def test_controls_list_the_views_countries_kinds_and_years(sample):
    page = page_html(build_view(sample))
    assert '<option value="by">Belarus</option>' in page
    assert '<option value="Company">Company</option>' in page
    assert 'id="rg-year" type="range" min="2003" max="2023"' in page  # 2023: every tie
    as_of = page_html(build_view(sample, as_of=2015))
    assert 'min="2003" max="2015" step="1" value="2015"' in as_of


def test_hostile_kinds_and_countries_are_escaped_in_the_controls(sample):
    sample.add_node("x:1", label="<b onmouseover=alert(1)>K", name="Evil", country="<i>")
    sample.add_edge("x:1", "region:by:gomel", ties=[{"type": "TWINNED_WITH"}])
    page = page_html(build_view(sample))
    assert "<b onmouseover" not in page and "&lt;b onmouseover=alert(1)&gt;K" in page
    assert "<i>" not in ours(page)


def test_pyvis_network_holds_the_view(sample):
    net = to_pyvis(build_view(sample))
    assert len(net.nodes) == sample.number_of_nodes()
    assert len(net.edges) == sample.number_of_edges()


def test_render_network_writes_page_image_and_snippet(sample, sources, tmp_path):
    out = tmp_path / "site" / "partners.html"
    r = render_network(sample, out, sources=sources, size_by="betweenness",
                       images=[tmp_path / "partners.png"], embed=True)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert r.bytes == out.stat().st_size and r.nodes == 14 and r.edges == 12
    assert (tmp_path / "partners.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    snippet = r.embed.read_text(encoding="utf-8")
    assert 'src="partners.html"' in snippet and "relgraph:height" in snippet
    # The page names the same iframe id that the snippet listens for.
    frame_id = re.search(r'id="(relgraph-[0-9a-f]+)"', snippet).group(1)
    assert f'"embedId":"{frame_id}"' in out.read_text(encoding="utf-8")
    assert not list(out.parent.glob(".partners.html.*"))  # no temporary file left


def test_render_network_ego(sample, tmp_path):
    r = render_network(sample, tmp_path / "ego.html", ego="Bryansk Oblast", depth=1)
    assert r.nodes == 3
    assert "Partners of Bryansk Oblast" in (tmp_path / "ego.html").read_text(encoding="utf-8")


def test_render_network_refuses_an_empty_graph(tmp_path):
    import networkx as nx
    with pytest.raises(UsageError, match="nothing to draw"):
        render_network(nx.Graph(), tmp_path / "x.html")


def test_page_holds_no_local_paths(sample, tmp_path):
    out = tmp_path / "deep" / "dir" / "view.html"
    render_network(sample, out, embed=True)
    page = out.read_text(encoding="utf-8")
    assert str(tmp_path) not in page and "deep/dir" not in page
    assert str(tmp_path) not in (out.parent / "view.embed.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("title", ['" onload="alert(1)', "</iframe><script>alert(1)</script>"])
def test_embed_snippet_escapes_title_and_src(title):
    s = embed_snippet('x" onload="alert(1).html', title=title)
    assert 'onload="alert' not in s and "</iframe><script>alert" not in s


def test_large_views_turn_physics_off_and_keep_the_file_compact():
    view = build_view(build_large(600))
    assert not view.physics
    page = page_html(view)
    data = json.loads(parse(page).data)
    assert data["options"]["edges"]["smooth"] is False
    js, _ = vis_assets()
    assert len(page) - len(js) < 1200 * len(view.nodes)

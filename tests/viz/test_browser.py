"""The pages in a real browser: headless Chromium, offline, from file://.

Skipped with the reason when no Chromium binary is installed (Debian: ``chromium``).
"""

import functools
import http.server
import io
import json
import threading

import pytest
from viz_samples import INJECTIONS, build_large

from relgraph.graph.projections import partner_network
from relgraph.viz import render_network, render_partner_view
from relgraph.viz.browser import Browser, find_chromium

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(find_chromium() is None,
                       reason="needs headless Chromium (Debian package 'chromium') "
                              "or RELGRAPH_CHROMIUM"),
]


@pytest.fixture(scope="module")
def browser():
    with Browser(width=1100, height=1000) as b:
        yield b


def decode_png(data: bytes):
    import matplotlib.image as mpimg
    return mpimg.imread(io.BytesIO(data), format="png")[..., :3]


def canvas_clip(page) -> dict:
    rect = page.eval("(() => { const r = document.getElementById('rg-network')"
                     ".getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width,"
                     " height: r.height}; })()")
    return {k: float(v) for k, v in rect.items()}


def assert_clean(report):
    assert report.exceptions == []
    assert report.console_errors == []
    assert report.requests == []
    assert report.dialogs == []


@pytest.fixture
def hostile_page(hostile, sources, tmp_path):
    out = tmp_path / "hostile.html"
    render_network(hostile, out, sources=sources, label_top=50)
    return out


def test_page_loads_without_errors_or_requests_and_draws(browser, hostile_page):
    page = browser.open(hostile_page)
    assert_clean(page.report)
    assert page.report.drawn_ms is not None
    shot = decode_png(page.screenshot(clip=canvas_clip(page)))
    # Not blank: many pixels differ from the canvas background, some in colour.
    background = shot[2, 2]
    differs = (abs(shot - background).sum(axis=-1) > 0.1).mean()
    coloured = ((shot.max(axis=-1) - shot.min(axis=-1)) > 0.25).mean()
    assert differs > 0.01 and coloured > 0.002


def test_injected_names_do_not_run_and_show_as_text(browser, hostile_page):
    page = browser.open(hostile_page)
    assert page.eval("window.__rgDialogs.length") == 0
    assert page.eval("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.eval("document.querySelectorAll('script').length") == 3
    # Options of the filters are text, whatever the names.
    assert page.eval("document.querySelectorAll('select *:not(option)').length") == 0
    assert page.eval("[...document.querySelectorAll('svg')].every(s => !s.getAttribute('onload'))")
    table = page.eval("document.querySelector('.rg-table').textContent")
    for name in INJECTIONS:
        assert " ".join(name.split()) in table
    assert_clean(page.report)


def test_tooltips_are_plain_text(browser, hostile_page):
    page = browser.open(hostile_page)
    node = "city:xx:evil0"   # named <img src=x onerror=alert(1)>
    point = page.eval(f"""(() => {{
        const n = window.relgraphNetwork;
        const p = n.canvasToDOM(n.getPositions([{json.dumps(node)}])[{json.dumps(node)}]);
        const r = document.getElementById('rg-network').getBoundingClientRect();
        return {{x: p.x + r.x, y: p.y + r.y}}; }})()""")
    page.mouse(point["x"] - 40, point["y"] - 40)
    page.mouse(point["x"], point["y"])
    text = page.wait_for("(() => { const t = document.querySelector('div.vis-tooltip');"
                         " return t && t.style.visibility !== 'hidden' && t.textContent; })()",
                         timeout=10)
    assert text.startswith("<img src=x onerror=alert(1)>")
    assert page.eval("document.querySelector('div.vis-tooltip img')") is None
    assert page.eval("window.__rgDialogs.length") == 0


def test_source_links_open_only_http(browser, hostile_page):
    page = browser.open(hostile_page)
    page.eval("document.querySelector('.rg-sources').open = true")
    hrefs = page.eval("[...document.querySelectorAll('.rg-sources a')].map(a => a.href)")
    assert hrefs and all(h.startswith("https://") for h in hrefs)
    assert page.eval("[...document.querySelectorAll('.rg-sources a')]"
                     ".every(a => a.rel.includes('noopener') && a.target === '_blank')")


def test_large_page_is_interactive_at_once(browser, tmp_path):
    out = tmp_path / "large.html"
    render_network(build_large(1000), out)
    page = browser.open(out)
    assert_clean(page.report)
    assert page.eval("window.relgraphNetwork.physics.options.enabled") is False
    assert page.report.drawn_ms < 10_000


@pytest.fixture
def served(tmp_path):
    """``tmp_path`` served over http on 127.0.0.1 (a real page of a real site)."""
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def write_article(tmp_path, snippet):
    article = tmp_path / "article.html"
    article.write_text("<!DOCTYPE html><html><head><meta name='viewport' "
                       "content='width=device-width, initial-scale=1'>"
                       "<link rel='icon' href='data:,'></head><body "
                       "style='max-width:720px;margin:0 auto'><p>Article text.</p>"
                       f"{snippet}<p id='after'>After.</p></body></html>", encoding="utf-8")
    return article


@pytest.mark.parametrize("over", ["file", "http"])
def test_iframe_snippet_resizes_to_the_page(browser, sample, tmp_path, served, over):
    result = render_network(sample, tmp_path / "view.html", embed=True)
    snippet = result.embed.read_text(encoding="utf-8")
    fixed = int(snippet.split("height:")[1].split("px")[0])
    article = write_article(tmp_path, snippet)
    url = article if over == "file" else f"{served}/article.html"
    page = browser.open(url, wait="document.readyState === 'complete'")
    height = page.wait_for(f"""(() => {{ const f = document.querySelector('iframe');
        const h = parseFloat(f.style.height); return h !== {fixed} && h; }})()""", timeout=20)
    assert 400 < height < 3000
    width = page.eval("document.querySelector('iframe').getBoundingClientRect().width")
    # The frame is as tall as the page inside it, opened alone at the frame's width
    # (the sandboxed frame hides its document from the article, so measure it apart).
    with Browser(width=round(width), height=900) as alone:
        inner = alone.open(result.html).eval(
            "Math.ceil(document.documentElement.getBoundingClientRect().height)")
    assert abs(inner - height) <= 2
    # The article loads the framed page, and nothing else (no picture: scripts run).
    base = tmp_path.resolve().as_uri() if over == "file" else served
    page.drain()
    assert page.report.requests == [f"{base}/view.html"]
    page.report.requests = []
    assert_clean(page.report)


def test_snippet_without_its_script_has_a_fixed_height_that_fits(browser, sample, tmp_path):
    # Many publishing systems strip <script> from pasted HTML: the frame keeps its
    # fixed height, which holds the page at an article's width.
    result = render_network(sample, tmp_path / "view.html", embed=True)
    snippet = result.embed.read_text(encoding="utf-8").split("<script>")[0]
    page = browser.open(write_article(tmp_path, snippet),
                        wait="document.readyState === 'complete'")
    frame = page.eval("(() => { const r = document.querySelector('iframe')"
                      ".getBoundingClientRect(); return {width: r.width, height: r.height}; })()")
    with Browser(width=round(frame["width"]), height=900) as alone:
        inner = alone.open(result.html).eval(
            "Math.ceil(document.documentElement.getBoundingClientRect().height)")
    # Tall enough for the whole page (table closed), not absurdly taller.
    assert inner <= frame["height"] <= inner + 200


def test_without_javascript_the_picture_and_the_table_show(tmp_path, served, sample):
    result = render_network(sample, tmp_path / "view.html", embed=True)
    article = write_article(tmp_path, result.embed.read_text(encoding="utf-8"))
    with Browser(width=1000, height=900, scripts=False) as b:
        for url in (result.html, f"{served}/view.html"):
            page = b.open(url, wait="document.readyState === 'complete' && "
                                    "document.querySelector('img.rg-picture') && "
                                    "document.querySelector('img.rg-picture').complete")
            img = page.eval("""(() => { const i = document.querySelector('img.rg-picture');
                const r = i.getBoundingClientRect();
                return {w: i.naturalWidth, h: r.height}; })()""")
            assert img["w"] > 500 and img["h"] > 300          # loaded and shown
            assert page.eval("getComputedStyle(document.getElementById('rg-network'))"
                             ".display") == "none"
            assert page.eval("document.getElementById('rg-table').open") is True
            rows = page.eval("[...document.querySelectorAll('.rg-table tbody tr')]"
                             ".filter(r => r.getBoundingClientRect().height > 0).length")
            assert rows == 14
            assert page.eval("document.body.innerText").count("Gomel Region") >= 1
            page.drain()
            assert page.report.exceptions == []
        # The snippet in an article read without scripts: no frame, the picture and table.
        page = b.open(article, wait="document.readyState === 'complete' && "
                                    "[...document.images].every(i => i.complete)")
        assert page.eval("getComputedStyle(document.querySelector('iframe')).display") == "none"
        assert page.eval("document.querySelector('figure img').naturalWidth") > 500
        assert page.eval("document.querySelectorAll('table tbody tr').length") == 14


@pytest.mark.parametrize("width", [320, 390, 430])
def test_phones_never_scroll_sideways(tmp_path, hostile, sources, width):
    long = "Regional Executive Committee of the Very Long Named Autonomous District"
    hostile.add_node("city:by:long", label="City", name=long * 2, country="BY")
    hostile.add_edge("city:by:long", "region:by:gomel",
                     ties=[{"type": "TWINNED_WITH", "sources": ["source:mono"]}])
    out = tmp_path / "phone.html"
    render_network(hostile, out, sources=sources)
    with Browser(width=width, height=800) as b:
        page = b.open(out)
        page.eval("document.getElementById('rg-table').open = true;"
                  "document.querySelector('.rg-sources').open = true")
        sizes = page.eval("({sw: document.documentElement.scrollWidth, "
                          "vw: window.innerWidth, bw: document.body.scrollWidth})")
        assert sizes["sw"] == sizes["vw"] == width and sizes["bw"] <= width
        # Legend entries wrap inside the page instead of running past it.
        right = page.eval("Math.max(...[...document.querySelectorAll('.rg-legend li, "
                          ".rg-controls > *, .rg-canvas, table')]"
                          ".map(e => e.getBoundingClientRect().right))")
        assert right <= width
        # Labels stay readable: drawn at 12 px, and the most important ones fit.
        assert len(page.eval("window.relgraph.labels()")) >= 5
        assert_clean(page.report)


def test_every_node_of_a_100_node_view_is_labelled_at_desktop_size(tmp_path):
    out = tmp_path / "hundred.html"
    render_network(build_large(100, seed=4), out)
    with Browser(width=1400, height=1000) as b:
        page = b.open(out)
        labels = page.eval("window.relgraph.labels()")
    assert len(labels) == 100
    boxes = [lab["box"] for lab in labels]
    for i, a in enumerate(boxes):
        for c in boxes[i + 1:]:
            assert not (a[0] < c[2] and c[0] < a[2] and a[1] < c[3] and c[1] < a[3])


def test_search_finds_and_focuses_a_party(browser, hostile_page):
    page = browser.open(hostile_page)
    page.eval("{ const q = document.getElementById('rg-q'); q.focus(); q.value = 'bryansk';"
              "q.dispatchEvent(new Event('input')); }")
    results = page.eval("[...document.querySelectorAll('#rg-results button')]"
                        ".map(b => b.textContent)")
    assert results == ["Bryansk Oblast Region, RU"]
    page.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Enter", "code": "Enter",
                                         "windowsVirtualKeyCode": 13})
    page.wait_for("document.documentElement.getAttribute('data-rg-focus')")
    assert page.eval("window.relgraph.network.getSelectedNodes()") == ["region:ru:bryansk"]
    info = page.eval("document.getElementById('rg-info').hidden ? null : "
                     "document.getElementById('rg-info-text').textContent")
    assert info.startswith("Bryansk Oblast\nRegion · Russia (RU)")
    # The party is in the middle of the canvas, zoomed in.
    where = page.eval("""(() => { const n = window.relgraph.network;
        const p = n.canvasToDOM(n.getPositions(['region:ru:bryansk'])['region:ru:bryansk']);
        const b = document.getElementById('rg-network');
        return [p.x - b.clientWidth / 2, p.y - b.clientHeight / 2]; })()""")
    assert abs(where[0]) < 2 and abs(where[1]) < 2
    assert "Bryansk Oblast" in [lab["name"] for lab in page.eval("window.relgraph.labels()")]


@pytest.mark.parametrize("name", INJECTIONS)
def test_injected_names_stay_inert_in_search_results(browser, hostile_page, name):
    page = browser.open(hostile_page)
    page.eval(f"{{ const q = document.getElementById('rg-q'); q.value = {json.dumps(name[:6])};"
              "q.dispatchEvent(new Event('input')); }")
    texts = page.eval("[...document.querySelectorAll('#rg-results button')]"
                      ".map(b => b.firstChild.textContent)")
    assert " ".join(name.split()) + " " in texts
    assert page.eval("document.querySelectorAll('#rg-results img, #rg-results svg, "
                     "#rg-results script').length") == 0
    page.eval("document.querySelector('#rg-results button').click()")
    assert page.eval("document.getElementById('rg-info-text').children.length") == 0
    assert page.eval("window.__rgDialogs.length") == 0
    assert_clean(page.report)


def test_click_or_tap_shows_what_hover_shows(browser, hostile_page):
    page = browser.open(hostile_page)
    node = "region:by:vitebsk"
    point = page.eval(f"""(() => {{
        const n = window.relgraph.network;
        const p = n.canvasToDOM(n.getPositions([{json.dumps(node)}])[{json.dumps(node)}]);
        const r = document.getElementById('rg-network').getBoundingClientRect();
        return {{x: p.x + r.x, y: p.y + r.y}}; }})()""")
    for kind in ("mousePressed", "mouseReleased"):
        page.send("Input.dispatchMouseEvent", {"type": kind, "x": point["x"], "y": point["y"],
                                               "button": "left", "clickCount": 1})
    text = page.wait_for("!document.getElementById('rg-info').hidden && "
                         "document.getElementById('rg-info-text').textContent", timeout=10)
    tooltip = page.eval(f"JSON.parse(document.getElementById('rg-data').textContent)"
                        f".nodes.find(n => n.id === {json.dumps(node)}).t")
    assert text == tooltip and text.startswith("Vitebsk Region")


@pytest.fixture(scope="module")
def example_full(_embedded_store, load_example):
    return load_example(_embedded_store).fetch()


def test_time_slider_shows_what_as_of_gives(browser, example_full, tmp_path):
    out = tmp_path / "example.html"
    render_partner_view(example_full, out)
    page = browser.open(out)
    first, top = page.eval("[Number(document.getElementById('rg-year').min), "
                           "Number(document.getElementById('rg-year').max)]")
    assert first < 2000 < top
    for year in range(first, top + 1):
        page.eval(f"{{ const y = document.getElementById('rg-year'); y.value = '{year}';"
                  "y.dispatchEvent(new Event('input')); }")
        shown = set(page.eval("window.relgraph.shown()"))
        if year == top:   # the last step: every tie, no date filter
            expected = set(partner_network(example_full))
            label = "every year (no date filter)"
        else:
            expected = set(partner_network(example_full, as_of=year))
            label = str(year)
        assert shown == expected, year
        assert page.eval("document.getElementById('rg-year-out').textContent") == label
    assert_clean(page.report)


def test_filters_by_country_and_kind(browser, hostile_page):
    page = browser.open(hostile_page)
    page.eval("{ const c = document.getElementById('rg-country'); c.value = 'by';"
              "c.dispatchEvent(new Event('change')); }")
    shown = set(page.eval("window.relgraph.shown()"))
    # Belarusian parties with a tie to another Belarusian party, as --country BY gives.
    assert shown == {"region:by:gomel", "region:by:vitebsk", "region:by:minsk", "city:by:minsk"}
    status = page.eval("document.getElementById('rg-status').textContent")
    assert status.startswith("Showing 4 of ")
    page.eval("window.relgraph.setCountry(''); window.relgraph.setKind('Company')")
    assert set(page.eval("window.relgraph.shown()")) == {"company:by:mtz", "company:kz:agro"}
    page.eval("window.relgraph.setKind('')")
    assert len(page.eval("window.relgraph.shown()")) == page.eval(
        "JSON.parse(document.getElementById('rg-data').textContent).nodes.length")


def test_colour_by_community_switches_nodes_and_legend(browser, hostile_page):
    page = browser.open(hostile_page)
    before = page.eval("window.relgraph.network.body.data.nodes.get('city:by:minsk')"
                       ".color.background")
    page.eval("{ const c = document.getElementById('rg-colour'); c.value = 'community';"
              "c.dispatchEvent(new Event('change')); }")
    after = page.eval("window.relgraph.network.body.data.nodes.get('city:by:minsk')"
                      ".color.background")
    community = page.eval("JSON.parse(document.getElementById('rg-data').textContent)"
                          ".nodes.find(n => n.id === 'city:by:minsk').mc")
    assert after == community and before != after or before == community
    assert page.eval("document.getElementById('rg-legend-community').hidden") is False
    assert page.eval("document.getElementById('rg-legend-country').hidden") is True


@pytest.mark.parametrize("layout", ["force", "geo"])
def test_views_of_the_example_dataset_draw_cleanly(browser, example_full, tmp_path, layout):
    out = tmp_path / f"{layout}.html"
    render_partner_view(example_full, out, layout=layout, size_by="betweenness")
    page = browser.open(out)
    assert_clean(page.report)
    assert page.report.drawn_ms is not None
    assert len(page.eval("window.relgraph.labels()")) > 40


@pytest.mark.parametrize("layout", ["geo", "circular"])
def test_other_layouts_draw(browser, sample, tmp_path, layout):
    out = tmp_path / f"{layout}.html"
    render_network(sample, out, layout=layout)
    page = browser.open(out)
    assert_clean(page.report)
    assert page.report.drawn_ms is not None


def test_the_checker_sees_requests_errors_and_dialogs(browser, tmp_path):
    # The checks above are only worth something if they can fail.
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html><body><img src='http://127.0.0.1:9/x.png'>"
                   "<script>alert('hi'); console.error('oops'); undefined_fn();</script>"
                   "</body></html>", encoding="utf-8")
    page = browser.open(bad, wait="document.readyState === 'complete'")
    rep = page.report
    assert any("127.0.0.1:9" in r for r in rep.requests)
    assert any("oops" in e for e in rep.console_errors)
    assert any("undefined_fn" in e for e in rep.exceptions)
    assert rep.dialogs == ["alert:hi"]

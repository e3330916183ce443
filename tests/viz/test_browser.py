"""The pages in a real browser: headless Chromium, offline, from file://.

Skipped with the reason when no Chromium binary is installed (Debian: ``chromium``).
"""

import io
import json

import pytest
from viz_samples import INJECTIONS, build_large

from relgraph.viz import render_network
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


def test_iframe_snippet_resizes_to_the_page(browser, sample, tmp_path):
    result = render_network(sample, tmp_path / "view.html", embed=True)
    snippet = result.embed.read_text(encoding="utf-8")
    article = tmp_path / "article.html"
    article.write_text("<!DOCTYPE html><html><body><p>Article text.</p>"
                       f"{snippet}<p>After.</p></body></html>", encoding="utf-8")
    page = browser.open(article, wait="document.readyState === 'complete'")
    height = page.wait_for("(() => { const f = document.querySelector('iframe');"
                           " const h = parseFloat(f.style.height);"
                           " return h !== 640 && h; })()", timeout=20)
    assert 400 < height < 3000
    # The article loads the framed page from the same folder, and nothing else.
    assert page.report.requests == [result.html.resolve().as_uri()]
    page.report.requests = []
    assert_clean(page.report)


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

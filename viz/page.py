"""The page's own CSS and JavaScript (vis-network's come from :mod:`relgraph.viz.assets`).

Kept as constants in a module, not as package data files, so an installed relgraph
always has them without any packaging configuration.
"""

from __future__ import annotations

# Nothing but inline code and data: URIs may load, so even a name that somehow became
# markup could not fetch anything. vis-network draws on a canvas and needs no more.
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data: blob:; font-src data:; base-uri 'none'; form-action 'none'")

CSS = """
html, body { margin: 0; padding: 0; background: #fff; }
body { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
       sans-serif; color: #1d1d1f; }
.rg { margin: 0; padding: 12px 14px 10px; box-sizing: border-box; max-width: 1400px; }
.rg-title { font-size: 1.15rem; margin: 0 0 2px; font-weight: 650; }
.rg-caption { margin: 0 0 8px; color: #555; font-size: 0.86rem; }
.rg-canvas { position: relative; width: 100%; aspect-ratio: 4 / 3; max-height: 680px;
             min-height: 300px; border: 1px solid #e2e2e2; border-radius: 6px;
             background: #fcfcfc; overflow: hidden; }
.rg-canvas:focus { outline: none; }
.rg-canvas:focus-visible { outline: 2px solid #0072b2; outline-offset: 2px; }
.rg-legend { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 8px 0 4px; font-size: 0.82rem;
             color: #333; }
.rg-legend h2 { font-size: 0.72rem; text-transform: uppercase; letter-spacing: .05em; color: #777;
                margin: 0 0 2px; font-weight: 600; }
.rg-legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
                gap: 2px 12px; }
.rg-legend li { display: flex; align-items: center; gap: 5px; white-space: nowrap; }
.rg-legend svg { flex: none; }
.rg-legend .rg-n { color: #888; }
.rg-sw { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
         border: 1px solid rgba(0,0,0,.25); }
.rg-note { margin: 4px 0 0; color: #666; font-size: 0.8rem; }
details { margin: 6px 0 0; font-size: 0.85rem; }
summary { cursor: pointer; color: #333; }
.rg-table table { border-collapse: collapse; margin: 6px 0; font-size: 0.82rem; }
.rg-table caption { text-align: left; color: #555; padding-bottom: 4px; }
.rg-table th, .rg-table td { padding: 2px 10px 2px 0; text-align: left; vertical-align: top;
                             border-bottom: 1px solid #eee; }
.rg-table td.num, .rg-table th.num { text-align: right; font-variant-numeric: tabular-nums; }
.rg-sources ol { margin: 6px 0; padding-left: 2.2em; }
.rg-sources li { margin: 2px 0; overflow-wrap: anywhere; }
.rg-url { color: #666; }
.rg-sources a { color: #005a8c; }
div.vis-tooltip { font: 12.5px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
                  background: #fffffe; border: 1px solid #bbb; border-radius: 4px;
                  box-shadow: 0 2px 8px rgba(0,0,0,.15); padding: 6px 8px; color: #222; }
.rg-tip { white-space: pre-wrap; max-width: min(440px, 80vw); overflow-wrap: anywhere; }
.rg-tip::first-line { font-weight: 650; }
.rg-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
         white-space: nowrap; }
"""

# The page script. It reads the data from a JSON <script> element (never evaluated as
# code), turns every tooltip into a text node (vis-network 9 would already treat a
# string as text, but an element says so whatever the version), draws, and tells an
# embedding page its height.
JS = r"""
(function () {
  "use strict";
  var root = document.documentElement;
  var data = JSON.parse(document.getElementById("rg-data").textContent);
  var box = document.getElementById("rg-network");

  function tip(text) {
    var el = document.createElement("div");
    el.className = "rg-tip";
    el.textContent = text;
    return el;
  }
  data.nodes.forEach(function (n) { if (n.title) { n.title = tip(n.title); } });
  data.edges.forEach(function (e) { if (e.title) { e.title = tip(e.title); } });

  var network = new vis.Network(box, {
    nodes: new vis.DataSet(data.nodes),
    edges: new vis.DataSet(data.edges)
  }, data.options);
  window.relgraphNetwork = network;

  network.once("afterDrawing", function () {
    root.setAttribute("data-rg-drawn", String(Math.round(performance.now())));
  });
  if (data.physics) {
    // Settle once, then freeze: a figure in an article should hold still.
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      root.setAttribute("data-rg-stable", "1");
    });
  } else {
    network.fit({ animation: false });
    root.setAttribute("data-rg-stable", "1");
  }

  // Source URLs are shown as text in the file and become links only here, after a
  // check that they are plain http(s) links.
  Array.prototype.forEach.call(document.querySelectorAll(".rg-url[data-url]"), function (span) {
    var url = span.getAttribute("data-url");
    var ok = false;
    try { ok = /^https?:$/.test(new URL(url).protocol); } catch (err) { ok = false; }
    if (!ok) { return; }
    var a = document.createElement("a");
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer nofollow";
    a.textContent = span.textContent;
    span.replaceWith(a);
  });

  // Height for an embedding page (the iframe snippet listens for this message). Only
  // a number is sent, so any origin may receive it.
  var last = -1;
  function postHeight() {
    if (window.parent === window) { return; }
    var h = Math.ceil(document.body.getBoundingClientRect().height);
    if (h !== last) {
      last = h;
      window.parent.postMessage({ type: "relgraph:height", id: data.embedId, height: h }, "*");
    }
  }
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(postHeight).observe(document.body);
  }
  window.addEventListener("load", postHeight);
  window.addEventListener("resize", postHeight);
  postHeight();
})();
"""

# The snippet an article pastes. It listens only to messages from its own iframe
# (e.source check, which works from file:// too, where origins are "null") and
# accepts only a bounded number as the height.
EMBED = """<iframe id="{id}" src="{src}" title="{title}" loading="lazy"
  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
  referrerpolicy="no-referrer" style="width:100%;height:{height}px;border:0;display:block"></iframe>
<script>
(function () {{
  var frame = document.getElementById("{id}");
  window.addEventListener("message", function (e) {{
    if (!frame || e.source !== frame.contentWindow) {{ return; }}
    var d = e.data;
    if (!d || d.type !== "relgraph:height") {{ return; }}
    var h = Number(d.height);
    if (isFinite(h) && h > 50 && h < 20000) {{ frame.style.height = Math.ceil(h) + "px"; }}
  }});
}})();
</script>
"""

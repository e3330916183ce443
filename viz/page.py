"""The page's own CSS and JavaScript (vis-network's come from :mod:`relgraph.viz.assets`).

Kept as constants in a module, not as package data files, so an installed relgraph
always has them without any packaging configuration.
"""

from __future__ import annotations

# Nothing but inline code and data: URIs may load, plus images from the page's own
# origin (the static picture written beside the page, shown only to readers without
# JavaScript), so even a name that somehow became markup could not fetch anything
# from elsewhere. vis-network draws on a canvas and needs no more.
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src data:; base-uri 'none'; form-action 'none'")

CSS = """
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; }
body { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
       sans-serif; color: #1d1d1f; overflow-wrap: anywhere; }
.rg { margin: 0; padding: 12px 14px 10px; max-width: 1400px; min-width: 0; }
.rg-title { font-size: 1.15rem; margin: 0 0 2px; font-weight: 650; }
.rg-caption { margin: 0 0 8px; color: #555; font-size: 0.86rem; }
.rg-controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 6px 14px;
               margin: 0 0 6px; font-size: 0.85rem; }
.rg-controls label { color: #444; }
.rg-controls input, .rg-controls select { font: inherit; max-width: 100%; }
.rg-controls select { margin-left: 4px; padding: 3px 4px; border: 1px solid #bbb;
                      border-radius: 4px; background: #fff; }
.rg-find { position: relative; flex: 1 1 180px; max-width: 320px; min-width: 0; }
.rg-find label { display: block; }
.rg-find input { width: 100%; padding: 4px 6px; border: 1px solid #bbb; border-radius: 4px; }
.rg-results { list-style: none; margin: 2px 0 0; padding: 0; border: 1px solid #ccc;
              border-radius: 4px; background: #fff; max-height: 220px; overflow-y: auto; }
.rg-results button { display: block; width: 100%; text-align: left; font: inherit;
                     background: none; border: 0; padding: 4px 8px; cursor: pointer;
                     color: #1d1d1f; overflow-wrap: anywhere; }
.rg-results button:hover, .rg-results button:focus { background: #e8f1f8; }
.rg-results .rg-n { color: #888; }
.rg-time { flex: 1 1 220px; min-width: 0; }
.rg-time label { display: block; }
.rg-time input { width: 100%; }
.rg-status { margin: 0 0 4px; color: #555; font-size: 0.8rem; min-height: 1.1em; }
.rg-canvas { position: relative; width: 100%; aspect-ratio: 1000 / 680; max-height: 680px;
             min-height: 280px; border: 1px solid #e2e2e2; border-radius: 6px;
             background: #fcfcfc; overflow: hidden; touch-action: none; }
.rg-canvas:focus { outline: none; }
.rg-canvas:focus-visible { outline: 2px solid #0072b2; outline-offset: 2px; }
.rg-picture { display: block; width: 100%; height: auto; max-width: 1000px;
              border: 1px solid #e2e2e2; border-radius: 6px; }
.rg-info { position: relative; margin: 6px 0 0; padding: 6px 30px 6px 8px; font-size: 0.82rem;
           border: 1px solid #ccc; border-radius: 4px; background: #fffffe; }
.rg-info[hidden] { display: none; }
.rg-close { position: absolute; top: 2px; right: 4px; border: 0; background: none;
            font-size: 1.2rem; line-height: 1; cursor: pointer; color: #555; padding: 2px 4px; }
.rg-legend { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 8px 0 4px; font-size: 0.82rem;
             color: #333; }
.rg-legend section { min-width: 0; max-width: 100%; }
.rg-legend section[hidden] { display: none; }
.rg-legend h2 { font-size: 0.72rem; text-transform: uppercase; letter-spacing: .05em; color: #777;
                margin: 0 0 2px; font-weight: 600; }
.rg-legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
                gap: 2px 12px; }
.rg-legend li { display: flex; align-items: center; gap: 5px; min-width: 0; }
.rg-legend svg { flex: none; }
.rg-n { color: #888; }
.rg-sw { display: inline-block; flex: none; width: 11px; height: 11px; border-radius: 50%;
         border: 1px solid rgba(0,0,0,.25); }
.rg-note { margin: 4px 0 0; color: #666; font-size: 0.8rem; }
details { margin: 6px 0 0; font-size: 0.85rem; }
summary { cursor: pointer; color: #333; }
.rg-scroll { max-width: 100%; overflow-x: auto; }
.rg-table table { border-collapse: collapse; margin: 6px 0; font-size: 0.82rem; width: 100%; }
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
                  box-shadow: 0 2px 8px rgba(0,0,0,.15); padding: 6px 8px; color: #222;
                  white-space: pre-wrap; max-width: min(440px, 80vw); overflow-wrap: anywhere; }
.rg-tip { white-space: pre-wrap; overflow-wrap: anywhere; }
.rg-tip::first-line, div.vis-tooltip::first-line { font-weight: 650; }
@media (max-width: 600px) {
  .rg { padding: 8px 8px 6px; }
  .rg-canvas { aspect-ratio: 1 / 1; }
  .rg-find, .rg-time { flex-basis: 100%; max-width: none; }
  .rg-opt { display: none; }
  .rg-legend { gap: 4px 14px; }
}
"""

# The page script. It reads the data from a JSON <script> element (never evaluated as
# code), turns every tooltip into a text node, draws the base map under the network
# and the labels over it (placed anew at every zoom so they never overlap), wires the
# search box, the filters, the time slider and the colouring, and tells an embedding
# page its height. Everything a name touches is set with textContent.
JS = r"""
(function () {
  "use strict";
  var root = document.documentElement;
  var mark = function (name) {
    if (window.performance && performance.mark) { performance.mark(name); }
  };
  mark("rg-start");
  var data = JSON.parse(document.getElementById("rg-data").textContent);
  mark("rg-parsed");
  var box = document.getElementById("rg-network");
  var W = data.ref[0], H = data.ref[1], CAND = data.cand;
  var FONT = data.font + "px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  var BOLD = "bold " + FONT;
  var nodes = data.nodes, edges = data.edges, byId = {};
  nodes.forEach(function (n, i) { n.i = i; byId[n.id] = n; });

  var colourBy = data.colourBy;
  function colourOf(n) { return colourBy === "community" && n.mc ? n.mc : n.c; }
  function visNode(n) {
    var c = colourOf(n);
    var o = { id: n.id, x: n.x, y: n.y, size: n.r, shape: n.s, title: n.t,
              color: { background: c, border: "#ffffff",
                       highlight: { background: c, border: "#111111" },
                       hover: { background: c, border: "#333333" } } };
    if (n.ego) { o.borderWidth = 4; o.color.border = "#111111"; }
    if (n.ap) { o.borderWidth = 2; o.color.border = "#333333";
                o.shapeProperties = { borderDashes: [3, 2] }; }
    return o;
  }
  var visNodes = new vis.DataSet(nodes.slice().sort(function (a, b) { return a.r - b.r; })
                                 .map(visNode));
  var visEdges = new vis.DataSet(edges.map(function (e, i) {
    // Tooltips go to vis-network as strings, which it shows as text (innerText; the
    // build is checked for that when the page is written).
    return { id: i, from: e.f, to: e.t, color: { color: e.c }, dashes: e.d, width: e.w,
             title: e.tip };
  }));
  mark("rg-datasets");
  var network = new vis.Network(box, { nodes: visNodes, edges: visEdges }, data.options);
  mark("rg-network");

  // --- view: the layout fills a W x H canvas; show that box, whatever the size.
  // On a small canvas the nodes grow a little (up to twice), so they stay visible.
  var grow = 1;
  function home() {
    var w = box.clientWidth || W, h = box.clientHeight || H, s = Math.min(w / W, h / H);
    var g = s < 1 ? Math.min(1 / Math.sqrt(s), 2) : 1;
    if (g !== grow) {
      grow = g;
      visNodes.update(nodes.map(function (n) { return { id: n.id, size: n.r * grow }; }));
    }
    network.moveTo({ position: { x: W / 2, y: H / 2 }, scale: s, animation: false });
  }

  // --- base map, under everything, in layout coordinates.
  var paths = (data.map || []).map(function (d) { return new Path2D(d); });
  network.on("beforeDrawing", function (ctx) {
    if (!paths.length) { return; }
    var s = network.getScale();
    ctx.save();
    ctx.fillStyle = "#eef3f7";
    ctx.fillRect(-1e5, -1e5, 2e5, 2e5);
    ctx.fillStyle = "#e4e2da";
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 1.2 / s;
    ctx.lineJoin = "round";
    paths.forEach(function (p) { ctx.fill(p); ctx.stroke(p); });
    ctx.restore();
  });

  // --- labels: fixed size on screen, most important first, each at the first
  // candidate place (the one Python chose for the desktop canvas, then the table's
  // order) that touches no placed label and no other node.
  var hidden = {}, pinned = null, placedLabels = [];
  function Grid() { this.cells = {}; }
  Grid.prototype.keys = function (b, f) {
    for (var i = Math.floor(b[0] / 60); i <= Math.floor(b[2] / 60); i++) {
      for (var j = Math.floor(b[1] / 60); j <= Math.floor(b[3] / 60); j++) { f(i + "," + j); }
    }
  };
  Grid.prototype.add = function (b, owner) {
    var cells = this.cells;
    this.keys(b, function (k) { (cells[k] = cells[k] || []).push([b, owner]); });
  };
  Grid.prototype.hits = function (b, ignore, labelsOnly) {
    var cells = this.cells, hit = false;
    this.keys(b, function (k) {
      if (hit || !cells[k]) { return; }
      for (var m = 0; m < cells[k].length; m++) {
        var o = cells[k][m];
        if (o[1] !== null && (o[1] === ignore || labelsOnly)) { continue; }
        var a = o[0];
        if (b[0] < a[2] && a[0] < b[2] && b[1] < a[3] && a[1] < b[3]) { hit = true; return; }
      }
    });
    return hit;
  };
  function candBox(k, x, y, r, w, h) {
    var c = CAND[k];
    var cx = x + c[0][0] * (r + 2) + c[0][1] * w / 2;
    var cy = y + c[1][0] * (r + 2) + c[1][1] * h / 2;
    return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  }
  function drawLabels(ctx) {
    mark("rg-labels-start");
    var s = network.getScale();
    var t = ctx.getTransform ? ctx.getTransform() : null;
    var dpr = t && s ? t.a / s : (window.devicePixelRatio || 1);
    var o = network.canvasToDOM({ x: 0, y: 0 });
    var cw = box.clientWidth, ch = box.clientHeight, lh = data.line;
    var pos = network.getPositions();
    ctx.save();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var grid = new Grid(), screen = {};
    nodes.forEach(function (n) {
      if (hidden[n.id] || !pos[n.id]) { return; }
      var x = o.x + pos[n.id].x * s, y = o.y + pos[n.id].y * s, r = n.r * grow * s;
      screen[n.id] = [x, y, r];
      if (x > -50 && x < cw + 50 && y > -50 && y < ch + 50) {
        grid.add([x - r, y - r, x + r, y + r], n.id);
      }
    });
    var order = pinned && screen[pinned] ? [byId[pinned]].concat(nodes) : nodes;
    var placed = [], done = {}, tried = 0, crowded = Object.keys(screen).length > 300;
    for (var i = 0; i < order.length && tried < 1500; i++) {
      var n = order[i];
      if (n.lk === undefined || done[n.id] || !screen[n.id]) { continue; }
      done[n.id] = 1;
      var p = screen[n.id];
      if (p[0] < -20 || p[0] > cw + 20 || p[1] < -20 || p[1] > ch + 20) { continue; }
      tried++;
      var bold = n.ego || n.id === pinned;
      if (n.tw === undefined || n.tb !== bold) {
        ctx.font = bold ? BOLD : FONT;
        n.tw = ctx.measureText(n.n).width + 4;
        n.tb = bold;
      }
      var tries = n.lk >= 0 ? [n.lk] : [];
      for (var k = 0; k < CAND.length; k++) { if (k !== n.lk) { tries.push(k); } }
      // A place clear of labels and nodes; failing that (in a view that is not
      // crowded), one clear of labels.
      for (var pass = 0; pass < (crowded ? 1 : 2) && done[n.id] === 1; pass++) {
        for (var q = 0; q < tries.length; q++) {
          var b = candBox(tries[q], p[0], p[1], p[2], n.tw, lh);
          if (b[0] < 0 || b[1] < 0 || b[2] > cw || b[3] > ch) { continue; }
          if (grid.hits(b, n.id, pass === 1)) { continue; }
          grid.add(b, null);
          placed.push({ id: n.id, n: n, box: b, lead: CAND[tries[q]][2], p: p, bold: bold });
          done[n.id] = 2;
          break;
        }
      }
    }
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    placed.forEach(function (l) {
      var b = l.box, cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
      if (l.lead) {
        var tx = Math.max(b[0], Math.min(l.p[0], b[2]));
        var ty = Math.max(b[1], Math.min(l.p[1], b[3]));
        ctx.strokeStyle = "rgba(60,60,60,0.7)";
        ctx.lineWidth = 0.8;
        ctx.beginPath();
        ctx.moveTo(l.p[0], l.p[1]);
        ctx.lineTo(tx, ty);
        ctx.stroke();
      }
      ctx.font = l.bold ? BOLD : FONT;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.lineWidth = 3;
      ctx.strokeText(l.n.n, cx, cy);
      ctx.fillStyle = "#1d1d1f";
      ctx.fillText(l.n.n, cx, cy);
    });
    ctx.restore();
    placedLabels = placed.map(function (l) {
      return { id: l.id, name: l.n.n, box: l.box.slice() };
    });
    mark("rg-labels-end");
  }
  network.on("afterDrawing", drawLabels);

  // --- what is shown: country and kind filters and the time slider, with the
  // semantics of --country/--kind and --as-of: a tie counts as of a year when it is
  // dated up to it (undated: always) and has not ended by then; a party is shown when
  // it passes the filters and keeps at least one tie to another shown party.
  var state = { country: "", kind: "", year: null };
  function holds(sp, year) {
    if (year === null) { return true; }
    if (sp[2]) { return false; }
    if (sp[0] !== null && sp[0] > year) { return false; }
    return !(sp[1] !== null && sp[1] < year);
  }
  var status = document.getElementById("rg-status");
  function apply() {
    var filtering = state.country || state.kind || state.year !== null;
    var ok = {}, shown = {}, nEdges = 0, nTies = 0, nodeUpd = [], edgeUpd = [];
    nodes.forEach(function (n) {
      ok[n.id] = (!state.country || n.cty === state.country) && (!state.kind || n.k === state.kind);
    });
    edges.forEach(function (e, i) {
      var held = 0;
      if (ok[e.f] && ok[e.t]) {
        for (var j = 0; j < e.sp.length; j++) { if (holds(e.sp[j], state.year)) { held++; } }
      }
      var on = held > 0;
      if (on) { shown[e.f] = shown[e.t] = 1; nEdges++; nTies += held; }
      if (e.off !== !on) { e.off = !on; edgeUpd.push({ id: i, hidden: !on }); }
    });
    var count = 0;
    nodes.forEach(function (n) {
      var on = filtering ? !!shown[n.id] : true;
      if (on) { count++; }
      if (!!hidden[n.id] !== !on) {
        if (on) { delete hidden[n.id]; } else { hidden[n.id] = 1; }
        nodeUpd.push({ id: n.id, hidden: !on });
      }
    });
    if (edgeUpd.length) { visEdges.update(edgeUpd); }
    if (nodeUpd.length) { visNodes.update(nodeUpd); }
    var text = filtering
      ? "Showing " + count.toLocaleString("en") + " of " + nodes.length.toLocaleString("en") +
        " parties and " + nEdges.toLocaleString("en") + " of " + edges.length.toLocaleString("en") +
        " links"
      : "";
    if (state.year !== null) { text += " · ties as of " + state.year; }
    if (status) { status.textContent = text; }
    root.setAttribute("data-rg-shown", String(count));
    network.redraw();
  }

  var countrySel = document.getElementById("rg-country");
  var kindSel = document.getElementById("rg-kind");
  var colourSel = document.getElementById("rg-colour");
  var yearInput = document.getElementById("rg-year");
  var yearOut = document.getElementById("rg-year-out");
  var yearTop = yearInput ? Number(yearInput.max) : null;
  var everyTie = !data.asOf;
  function yearFromInput() {
    if (!yearInput) { return null; }
    var y = Number(yearInput.value);
    return everyTie && y === yearTop ? null : y;
  }
  function showYear() {
    if (!yearOut) { return; }
    yearOut.textContent = state.year === null ? "every year (no date filter)" : String(state.year);
  }
  if (countrySel) {
    countrySel.addEventListener("change", function () {
      state.country = countrySel.value; apply();
    });
  }
  if (kindSel) {
    kindSel.addEventListener("change", function () { state.kind = kindSel.value; apply(); });
  }
  if (yearInput) {
    yearInput.addEventListener("input", function () {
      state.year = yearFromInput(); showYear(); apply();
    });
    state.year = yearFromInput();
    showYear();
  }
  function setColour(mode) {
    colourBy = mode === "community" ? "community" : "country";
    if (colourSel) { colourSel.value = colourBy; }
    visNodes.update(nodes.map(function (n) { return { id: n.id, color: visNode(n).color }; }));
    var a = document.getElementById("rg-legend-country");
    var b = document.getElementById("rg-legend-community");
    if (a) { a.hidden = colourBy !== "country"; }
    if (b) { b.hidden = colourBy !== "community"; }
  }
  if (colourSel) {
    colourSel.addEventListener("change", function () { setColour(colourSel.value); });
  }

  // --- tap (or click) shows what hover shows, in a panel under the canvas.
  var info = document.getElementById("rg-info"), infoText = document.getElementById("rg-info-text");
  function showInfo(text) { infoText.textContent = text; info.hidden = false; }
  function hideInfo() { info.hidden = true; infoText.textContent = ""; }
  document.getElementById("rg-info-close").addEventListener("click", function () {
    hideInfo(); pinned = null; network.unselectAll(); network.redraw();
  });
  network.on("click", function (p) {
    if (p.nodes && p.nodes.length) { pinned = p.nodes[0]; showInfo(byId[pinned].t); }
    else if (p.edges && p.edges.length) { pinned = null; showInfo(edges[p.edges[0]].tip); }
    else { pinned = null; hideInfo(); }
    network.redraw();
  });

  // --- search: names folded (case, accents); results are buttons with text content.
  function fold(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  nodes.forEach(function (n) { n.f = fold(n.n); });
  var q = document.getElementById("rg-q"), results = document.getElementById("rg-results");
  function matches(text) {
    var want = fold(text).trim();
    if (!want) { return []; }
    var starts = [], inside = [];
    nodes.forEach(function (n) {
      var at = n.f.indexOf(want);
      if (at === 0) { starts.push(n); } else if (at > 0) { inside.push(n); }
    });
    return starts.concat(inside).slice(0, 8);
  }
  function focusParty(id) {
    var n = byId[id];
    if (!n) { return false; }
    if (hidden[id]) {
      state.country = state.kind = "";
      if (countrySel) { countrySel.value = ""; }
      if (kindSel) { kindSel.value = ""; }
      if (yearInput) {
        yearInput.value = String(yearTop); state.year = yearFromInput(); showYear();
      }
      apply();
    }
    pinned = id;
    network.selectNodes([id]);
    var base = Math.min((box.clientWidth || W) / W, (box.clientHeight || H) / H);
    network.focus(id, { scale: Math.max(network.getScale(), base * 1.6), animation: false });
    showInfo(n.t);
    network.redraw();
    root.setAttribute("data-rg-focus", id);
    return true;
  }
  function showResults() {
    var found = matches(q.value);
    results.textContent = "";
    found.forEach(function (n) {
      var li = document.createElement("li"), b = document.createElement("button");
      b.type = "button";
      b.textContent = n.n + " ";
      var extra = document.createElement("span");
      extra.className = "rg-n";
      extra.textContent = [n.k, n.cty && n.cty !== "?" ? n.cty.toUpperCase() : ""]
        .filter(Boolean).join(", ");
      b.appendChild(extra);
      b.addEventListener("click", function () { focusParty(n.id); results.hidden = true; });
      li.appendChild(b);
      results.appendChild(li);
    });
    results.hidden = !found.length;
  }
  if (q) {
    q.addEventListener("input", showResults);
    q.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") {
        var found = matches(q.value);
        if (found.length) { focusParty(found[0].id); results.hidden = true; }
        ev.preventDefault();
      } else if (ev.key === "Escape") { results.hidden = true; }
    });
  }

  // --- the table is open for readers without JavaScript; here the canvas leads.
  var table = document.getElementById("rg-table");
  if (table) { table.open = false; }

  window.relgraph = {
    network: network, focus: focusParty, labels: function () { return placedLabels; },
    setYear: function (y) {
      if (!yearInput) { return; }
      yearInput.value = String(y === null ? yearTop : y);
      state.year = yearFromInput(); showYear(); apply();
    },
    setCountry: function (c) {
      state.country = c || ""; if (countrySel) { countrySel.value = state.country; } apply();
    },
    setKind: function (k) {
      state.kind = k || ""; if (kindSel) { kindSel.value = state.kind; } apply();
    },
    setColour: setColour,
    shown: function () {
      return nodes.filter(function (n) { return !hidden[n.id]; })
        .map(function (n) { return n.id; });
    },
    home: home
  };
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
    home();
    root.setAttribute("data-rg-stable", "1");
  }
  var lastW = box.clientWidth;
  network.on("resize", function () {
    // Keep the whole layout in view when the canvas changes size (phone rotated,
    // iframe resized), unless the reader has zoomed into a party.
    if (box.clientWidth !== lastW && !pinned && !data.physics) { lastW = box.clientWidth; home(); }
  });
  if (yearInput && state.year !== null) { apply(); }

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
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
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

# The snippet an article pastes. The iframe has a fixed height that fits the page at
# a usual column width, so it reads well where the article strips the script. The
# script listens only to messages from its own iframe (e.source check, which works
# from file:// too, where origins are "null") and accepts only a bounded number as
# the height; it also asks the page for its height once the frame has loaded, in case
# the page spoke before the listener existed.
EMBED = """<div class="relgraph-embed">
<iframe id="{id}" src="{src}" title="{title}"
  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
  referrerpolicy="no-referrer" style="width:100%;height:{height}px;border:0;display:block"></iframe>
{fallback}<script>
(function () {{
  var frame = document.getElementById("{id}");
  if (!frame) {{ return; }}
  window.addEventListener("message", function (e) {{
    if (e.source !== frame.contentWindow) {{ return; }}
    var d = e.data;
    if (!d || d.type !== "relgraph:height") {{ return; }}
    var h = Number(d.height);
    if (isFinite(h) && h > 50 && h < 20000) {{ frame.style.height = Math.ceil(h) + "px"; }}
  }});
}})();
</script>
</div>
"""

# For articles read without JavaScript (the frame's page would show its picture and
# table too, but in a frame of fixed height): the frame is hidden and the snippet
# shows the picture and the table itself.
EMBED_FALLBACK = """<noscript><style>#{id} {{ display: none !important; }}</style>
<figure style="margin:0">{img}<figcaption>{title}</figcaption></figure>
{table}
</noscript>
"""

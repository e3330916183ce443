"""Open a page in headless Chromium and report what happened: errors, requests, paint.

Used by the browser tests and the render benchmark; useful before publishing a view
too. It speaks the Chrome DevTools protocol over ``--remote-debugging-pipe`` (JSON
messages ending in NUL on file descriptors 3 and 4), so it needs no websocket library
and opens no port.

>>> find_chromium() is None or isinstance(find_chromium(), str)
True
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from relgraph.graph.errors import RelgraphError

# Flags for a quiet, isolated, offline-friendly browser: no background traffic of its
# own, so every request seen comes from the page.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio",
         "--hide-scrollbars", "--remote-debugging-pipe"]

# Installed before any page script: records alert/confirm/prompt calls instead of
# blocking on a dialog, so an injected alert(1) is seen, not hung on.
_TRAP = """(() => { window.__rgDialogs = [];
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    window[name] = function (m) { window.__rgDialogs.push(name + ":" + String(m)); };
  } })();"""


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome binary (``RELGRAPH_CHROMIUM`` first), or None."""
    override = os.environ.get("RELGRAPH_CHROMIUM")
    if override:
        return override if shutil.which(override) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class BrowserError(RelgraphError):
    """Chromium could not be started or did not answer."""


@dataclass
class PageReport:
    """What loading a page did."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)   # every URL other than the page
    dialogs: list[str] = field(default_factory=list)
    drawn_ms: float | None = None       # performance.now() at vis-network's first draw
    first_paint_ms: float | None = None  # first-contentful-paint entry
    load_ms: float | None = None        # wall clock from navigate to first draw
    screenshot: bytes = b""
    values: dict = field(default_factory=dict)  # results of the extra expressions


class _Pipe:
    """One Chromium process and its DevTools pipe."""

    def __init__(self, binary: str, *, width: int, height: int, extra_flags=()):
        self.profile = tempfile.mkdtemp(prefix="relgraph-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def _fds():  # runs in the child: the protocol expects fds 3 (in) and 4 (out)
            # Copy first, so neither pipe is overwritten before it is moved; dup2 onto
            # the same number is a no-op that leaves close-on-exec set, hence the
            # explicit set_inheritable.
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        args = [binary, *FLAGS, f"--user-data-dir={self.profile}",
                f"--window-size={width},{height}", *extra_flags, "about:blank"]
        try:
            self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                         preexec_fn=_fds, close_fds=False)
        except OSError as exc:
            raise BrowserError(f"cannot start {binary}: {exc}") from exc
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self._next = 0
        self._replies: dict[int, queue.Queue] = {}
        self.events: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        buf = b""
        with os.fdopen(self._from_child, "rb", buffering=0) as fh:
            while True:
                chunk = fh.read(1 << 16)
                if not chunk:
                    break
                buf += chunk
                while b"\0" in buf:
                    raw, buf = buf.split(b"\0", 1)
                    msg = json.loads(raw)
                    if "id" in msg:
                        with self._lock:
                            q = self._replies.get(msg["id"])
                        if q is not None:
                            q.put(msg)
                    else:
                        self.events.put(msg)
        self.events.put({"method": "_closed"})

    def send(self, method: str, params: dict | None = None, *, session: str | None = None,
             timeout: float = 30.0) -> dict:
        with self._lock:
            self._next += 1
            msg_id = self._next
            q: queue.Queue = queue.Queue()
            self._replies[msg_id] = q
        msg = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_child, json.dumps(msg).encode() + b"\0")
        try:
            reply = q.get(timeout=timeout)
        except queue.Empty:
            raise BrowserError(f"no answer to {method} within {timeout:.0f} s") from None
        finally:
            with self._lock:
                self._replies.pop(msg_id, None)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except (BrowserError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        try:
            os.close(self._to_child)
        except OSError:
            pass
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """A page open in headless Chromium, for checks that go beyond :func:`load_page`."""

    def __init__(self, pipe: _Pipe, session: str):
        self.pipe, self.session = pipe, session
        self.report: PageReport | None = None

    def send(self, method: str, params: dict | None = None, **kw) -> dict:
        return self.pipe.send(method, params, session=self.session, **kw)

    def eval(self, expression: str, *, timeout: float = 30.0):
        """Value of a JavaScript expression (promises awaited), or BrowserError."""
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in res:
            d = res["exceptionDetails"]
            what = (d.get("exception") or {}).get("description") or d.get("text")
            raise BrowserError(f"page script failed: {what}")
        return res.get("result", {}).get("value")

    def wait_for(self, expression: str, *, timeout: float = 30.0, every: float = 0.05):
        """Poll ``expression`` until it is truthy; its value, or BrowserError on timeout."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                value = self.eval(expression)
            except BrowserError:  # the document is being replaced; try again
                value = None
            if value:
                return value
            time.sleep(every)
        raise BrowserError(f"timed out waiting for {expression}")

    def mouse(self, x: float, y: float, kind: str = "mouseMoved"):
        self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "none"})

    def screenshot(self, *, clip: dict | None = None) -> bytes:
        params = {"format": "png"}
        if clip:
            params["clip"] = {**clip, "scale": 1}
        return base64.b64decode(self.send("Page.captureScreenshot", params)["data"])

    def drain(self):
        """Fold events received so far into the report."""
        _collect(self.pipe.events, self.session, self.report)


def _collect(events: queue.Queue, session: str, report: PageReport, *, page_url: str = ""):
    page_url = page_url or report.url
    while True:
        try:
            ev = events.get_nowait()
        except queue.Empty:
            return
        if ev.get("sessionId") not in (None, session):
            continue
        method, params = ev.get("method"), ev.get("params", {})
        if method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            report.exceptions.append(
                (d.get("exception") or {}).get("description") or d.get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            report.console_errors.append(" ".join(
                str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            report.console_errors.append(params["entry"].get("text", ""))
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if url != page_url and not url.startswith("data:"):
                report.requests.append(url)
        elif method == "Page.javascriptDialogOpening":
            report.dialogs.append(params.get("message", ""))


class Browser:
    """Headless Chromium for one or more page loads: ``with Browser() as b: b.open(path)``."""

    def __init__(self, binary: str | None = None, *, width: int = 1100, height: int = 1100,
                 scripts: bool = True):
        """``scripts=False``: a browser whose reader switched JavaScript off (pages run
        no script and show their ``<noscript>`` content)."""
        self.scripts = scripts
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("no chromium binary found",
                               hint="install Debian's chromium package, or set RELGRAPH_CHROMIUM")
        self.width, self.height = width, height
        self.pipe: _Pipe | None = None

    def __enter__(self) -> Browser:
        flags = () if self.scripts else ("--blink-settings=scriptEnabled=false",)
        self.pipe = _Pipe(self.binary, width=self.width, height=self.height, extra_flags=flags)
        return self

    def __exit__(self, *exc):
        if self.pipe:
            self.pipe.close()

    def open(self, target: str | os.PathLike, *, timeout: float = 60.0,
             wait: str = "document.readyState === 'complete' && "
                         "document.documentElement.getAttribute('data-rg-stable')",
             ) -> Page:
        """Load ``target`` (a path or URL) in a new tab and wait until ``wait`` is truthy
        (evaluated through the DevTools protocol, so also where pages run no script)."""
        url = target if isinstance(target, str) and "://" in target \
            else Path(target).resolve().as_uri()
        pipe = self.pipe
        tid = pipe.send("Target.createTarget", {"url": "about:blank",
                                                "newWindow": False})["targetId"]
        session = pipe.send("Target.attachToTarget", {"targetId": tid,
                                                      "flatten": True})["sessionId"]
        page = Page(pipe, session)
        page.report = PageReport(url=url)
        for domain in ("Runtime", "Log", "Network", "Page"):
            page.send(f"{domain}.enable")
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": self.height, "deviceScaleFactor": 1,
                   "mobile": False})
        page.send("Page.addScriptToEvaluateOnNewDocument", {"source": _TRAP})
        started = time.monotonic()
        page.send("Page.navigate", {"url": url})
        if wait:
            page.wait_for(wait, timeout=timeout)
            page.report.load_ms = (time.monotonic() - started) * 1000
        time.sleep(0.2)  # let late console messages and requests arrive
        page.drain()
        rep = page.report
        rep.drawn_ms = _number(page.eval(
            "Number(document.documentElement.getAttribute('data-rg-drawn')) || null"))
        rep.first_paint_ms = _number(page.eval(
            "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null"))
        rep.dialogs += page.eval("window.__rgDialogs || []") or []
        return page


def _number(value):
    return float(value) if isinstance(value, (int, float)) else None


def load_page(target: str | os.PathLike, *, width: int = 1100, height: int = 1100,
              timeout: float = 60.0, screenshot: bool = True) -> PageReport:
    """Open ``target`` once and return its :class:`PageReport` (screenshot included)."""
    with Browser(width=width, height=height) as browser:
        page = browser.open(target, timeout=timeout)
        if screenshot:
            page.report.screenshot = page.screenshot()
        page.drain()
        return page.report

"""Putting untrusted text into a page without letting it become markup or script.

Every name, title and quote in a view comes from documents somebody else wrote. Three
places need care: HTML text and attributes (escape), JSON inside a ``<script>`` element
(``</script>`` or ``<!--`` in a string would end or confuse the element), and URLs
(only http(s), and never with credentials in them).
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit, urlunsplit

# Characters that could end a <script> element, open an HTML comment or entity, or
# (U+2028/2029) end a line inside an old JavaScript string literal.
_SCRIPT_UNSAFE = {
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
    "\u2028": "\\u2028", "\u2029": "\\u2029",
}
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029]")
# C0 controls other than tab and newline are never meaningful in names and titles.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def json_for_script(data) -> str:
    """JSON text that is safe as the content of a ``<script>`` element.

    Inside a JSON string these escapes mean the same characters, so ``JSON.parse``
    gives back exactly ``data``.

    >>> json_for_script({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    >>> json.loads(json_for_script(["\\u2028"])) == ["\\u2028"]
    True
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group()], text)


def text(value, *, limit: int = 300) -> str:
    """Plain text from an untrusted value: controls removed, whitespace folded, cut.

    >>> text("  Gomel\\x00   Region \\n")
    'Gomel Region'
    >>> text("x" * 10, limit=5)
    'xxxx…'
    """
    if value is None:
        return ""
    out = " ".join(_CONTROL_RE.sub("", str(value)).split())
    return out if len(out) <= limit else out[: limit - 1] + "…"


def escape(value) -> str:
    """HTML-escaped text, quotes included, for element content and attribute values.

    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return html.escape("" if value is None else str(value), quote=True)


def clean_url(url) -> str | None:
    """An http(s) URL without user name or password, or None for anything else.

    ``javascript:``, ``data:`` and ``file:`` URLs are dropped (a file URL would also
    leak a local path into a published page).

    >>> clean_url("https://user:secret@example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> clean_url("javascript:alert(1)") is None, clean_url("file:///home/x") is None
    (True, True)
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if _CONTROL_RE.search(url) or any(c.isspace() for c in url):
        return None
    netloc = parts.hostname
    if ":" in netloc:  # IPv6 literal
        netloc = f"[{netloc}]"
    try:
        port = parts.port
    except ValueError:
        return None
    if port:
        netloc += f":{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))

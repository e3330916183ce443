"""vis-network's JavaScript and CSS, read from the installed pyvis package.

pyvis ships vis-network 9.1.2 inside its wheel; reading it from there at render time
inlines it into the page without any download. pyvis's own template is not used: even
in its ``in_line`` mode it links Bootstrap and other files from CDNs.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from relgraph.graph.errors import RelgraphError

VIS_VERSION = "9.1.2"
_DIR = ("templates", "lib", f"vis-{VIS_VERSION}")


@functools.cache
def vis_assets() -> tuple[str, str]:
    """``(javascript, css)`` of vis-network, checked to be safe to inline.

    >>> js, css = vis_assets()
    >>> "vis" in js and css.startswith("div.vis-tooltip{")
    True
    """
    try:
        base = resources.files("pyvis").joinpath(*_DIR)
        js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
        css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise RelgraphError(
            f"vis-network {VIS_VERSION} not found in the pyvis package ({exc})",
            hint="install pyvis 0.3.2 (it ships vis-network inside its wheel)") from exc
    # Inlined text must not close its own element or open an HTML comment, and must
    # not pull anything in from elsewhere; a different pyvis build that did would
    # break the page's promises, so refuse rather than write it.
    if re.search(r"</script|<!--", js, re.I) or re.search(r"</style", css, re.I):
        raise RelgraphError("vis-network's files cannot be inlined safely (closing tag inside)")
    if re.search(r"@import|url\(\s*(?!['\"]?data:)", css, re.I):
        raise RelgraphError("vis-network's CSS refers to external files")
    # The page hands tooltips over as strings, which this version shows as text
    # (innerText); a build that did otherwise could turn a name into markup.
    if "this.frame.innerText=t" not in js:
        raise RelgraphError("this vis-network build does not show tooltips as plain text")
    js = re.sub(r"//[#@]\s*sourceMappingURL=\S*", "", js)
    return js, used_css(css)


# vis-network.css is 220 KB, 205 KB of which are icons (data: URIs) for the navigation,
# editing and configuration panels, which a view never shows. The tooltip is the only
# element of vis-network's own that a view uses.
USED_SELECTORS = ("div.vis-tooltip",)


def used_css(css: str) -> str:
    """The rules of ``css`` whose selector is one a view uses.

    >>> used_css("div.vis-tooltip{position:absolute}div.vis-network div.vis-button{x:y}")
    'div.vis-tooltip{position:absolute}'
    """
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    return "".join(f"{sel.strip()}{{{body}}}" for sel, body in rules
                   if sel.strip() in USED_SELECTORS)

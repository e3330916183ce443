"""Colours, dashes and names shared by the HTML view and the static image.

One table for both outputs, so a reader who sees the PNG and the page sees the same
encoding: colour = country, edge colour + dash = relation type, size = a measure.

>>> rel_style("SUPPLIES_TO")["label"]
'Supplies'
>>> country_colours(["by", "ru", "by", None])["by"]
'#1f77b4'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# Relation types in the order the legend lists them. Colours are from the
# Okabe-Ito set (distinguishable with the common colour-vision deficiencies); the
# dash pattern repeats the type for readers who still cannot tell the colours apart.
REL_STYLES: dict[str, dict] = {
    "TWINNED_WITH": {"label": "Twinned", "color": "#0072b2", "dashes": False},
    "SIGNED_AGREEMENT": {"label": "Agreement", "color": "#009e73", "dashes": [10, 5]},
    "SUPPLIES_TO": {"label": "Supplies", "color": "#d55e00", "dashes": [3, 4]},
}
OTHER_REL = {"label": "Other tie", "color": "#888888", "dashes": [1, 3]}

# Country palette: Tableau 20 without its greys: the nine strong colours first (the
# most distinct from each other, for the most frequent countries), then their nine
# light tints, then grey for every country beyond, so the legend stays readable.
# The same palette colours communities.
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
           "#8c564b", "#e377c2", "#bcbd22", "#17becf",
           "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5",
           "#c49c94", "#f7b6d2", "#dbdb8d", "#9edae5"]
OTHER_COUNTRY = "#c7c7c7"
OTHER_KEY = "_other"

# Short English names for the countries the project's sources talk about most;
# anything else is shown by its ISO code.
COUNTRY_NAMES = {
    "by": "Belarus", "ru": "Russia", "ua": "Ukraine", "pl": "Poland", "lt": "Lithuania",
    "lv": "Latvia", "ee": "Estonia", "cn": "China", "kz": "Kazakhstan",
    "uz": "Uzbekistan", "az": "Azerbaijan", "am": "Armenia", "ge": "Georgia",
    "md": "Moldova", "kg": "Kyrgyzstan", "tj": "Tajikistan", "tm": "Turkmenistan",
    "de": "Germany", "fr": "France", "it": "Italy", "tr": "Turkey", "rs": "Serbia",
    "vn": "Vietnam", "in": "India", "ir": "Iran", "ae": "UAE", "eg": "Egypt",
    "ve": "Venezuela", "cu": "Cuba", "us": "United States", "gb": "United Kingdom",
    "se": "Sweden", "fi": "Finland", "cz": "Czechia", "sk": "Slovakia", "bg": "Bulgaria",
    "mn": "Mongolia", "id": "Indonesia", "zw": "Zimbabwe", "ng": "Nigeria",
    "jp": "Japan", "kr": "South Korea", "es": "Spain", "pt": "Portugal", "nl": "Netherlands",
    "be": "Belgium", "at": "Austria", "ch": "Switzerland", "gr": "Greece", "hu": "Hungary",
    "ro": "Romania", "no": "Norway", "dk": "Denmark", "ie": "Ireland", "il": "Israel",
    "br": "Brazil", "ar": "Argentina", "mx": "Mexico", "ca": "Canada", "au": "Australia",
    "za": "South Africa", "sd": "Sudan", "sy": "Syria", "pk": "Pakistan", "th": "Thailand",
    "my": "Malaysia", "ph": "Philippines", "sa": "Saudi Arabia", "kp": "North Korea",
}



def rel_style(rel_type: str) -> dict:
    """Style of a relation type; unknown types get a neutral grey dotted line."""
    return REL_STYLES.get(rel_type, OTHER_REL)


def country_name(code: str | None) -> str:
    """Readable country name for an ISO alpha-2 code.

    >>> country_name("BY"), country_name("zz"), country_name(None)
    ('Belarus', 'ZZ', 'unknown')
    >>> country_name("BO")
    'Bolivia'
    """
    if not code:
        return "unknown"
    key = code.lower()
    if key in COUNTRY_NAMES:
        return COUNTRY_NAMES[key]
    try:  # the full ISO list, for codes the short table lacks
        import pycountry
        found = pycountry.countries.get(alpha_2=key.upper())
    except (ImportError, LookupError, KeyError):
        found = None
    if found is None:
        return code.upper()
    return getattr(found, "common_name", None) or found.name


def country_key(code: str | None) -> str:
    """Normalised country key (lower-case ISO code, or ``"?"`` when missing)."""
    return code.lower() if code else "?"


def country_colours(countries: Iterable[str | None], *, max_colours: int = len(PALETTE)
                    ) -> dict[str, str]:
    """Colour per country key: the most frequent countries get palette colours.

    Give it the countries of the *whole* graph (every party, before any view picks
    some), and every view of that graph colours a country alike. Ties in frequency are
    broken by code, so the same data always gets the same colours. Countries beyond
    ``max_colours`` map to :data:`OTHER_COUNTRY` (reported under :data:`OTHER_KEY`).

    >>> c = country_colours(["RU", "BY", "by", "ru", "by", "cn"])
    >>> c["by"] == PALETTE[0] and c["ru"] == PALETTE[1] and c["cn"] == PALETTE[2]
    True
    """
    counts = Counter(country_key(c) for c in countries)
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    colours = {k: PALETTE[i] for i, k in enumerate(ranked[:max_colours])}
    for k in ranked[max_colours:]:
        colours[k] = OTHER_COUNTRY
    return colours


def community_colours(membership: Iterable[int]) -> dict[int, str]:
    """Colour per community id; ids count from the largest community (see
    ``graph.communities``), so the largest get the palette and the rest grey.

    >>> community_colours([0, 1, 1, 0, 30])
    {0: '#1f77b4', 1: '#ff7f0e', 30: '#c7c7c7'}
    """
    return {cid: PALETTE[cid] if 0 <= cid < len(PALETTE) else OTHER_COUNTRY
            for cid in sorted(set(membership))}


def dominant_type(ties: list[dict]) -> str:
    """The relation type that styles an edge: the most frequent among its ties.

    Ties in count follow the legend order, so the choice does not depend on the
    order in which ties were read.

    >>> dominant_type([{"type": "SUPPLIES_TO"}, {"type": "TWINNED_WITH"}])
    'TWINNED_WITH'
    """
    counts = Counter(t.get("type") or "" for t in ties)
    if not counts:
        return ""
    order = list(REL_STYLES)
    return min(counts, key=lambda k: (-counts[k], order.index(k) if k in order else 99, k))

"""A news item's or press release's headline restated by its body.

A headline says briefly what the body then says in full: "Grodno and Bialystok sign a
new road map" over "The Grodno Region and the Podlaskie Voivodeship signed a road map"
names two towns for their regions. The body's relation is the one to keep; the
headline's pair is then either the same relation once more (a duplicate) or a
shorthand of it (a second, wrong pair). So a headline's candidate goes when a
candidate of the body has the same type and parties that are the headline's or hold
them (a town's region or country), in the same direction for a supply. A headline the
body does not restate keeps its relation ("Ertis Cable Plant ships its first mining
cable to Mongolia" over a delivery "to the Erdenet Mining Corporation in Mongolia":
Mongolia holds the firm, not the other way round).
"""

from __future__ import annotations

import re

from relgraph.loaders.gazetteer.firms import known_firm

# A headline: no closing stop, at most fourteen words, among the text's first lines.
_TOP_LINES = 6
_MAX_WORDS = 14
_CLOSED = re.compile(r"[.!?,;:]$")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s")   # "GRODNO, 3 March 2025 - ..." is body


def headline_lines(lines: list[str]) -> set[int]:
    """The 1-based lines that read as a headline: among the first few, a line of its
    own (blank or a capital after it) with no closing stop and no dateline; further
    down (a digest's items), such a line between blank lines."""
    out = set()
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line or _CLOSED.search(line) or _DATELINE.match(line):
            continue
        if len(line.split()) > _MAX_WORDS:
            continue
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if i >= _TOP_LINES and (after or lines[i - 1].strip()):
            continue
        if after and not after[:1].isupper() and not after[:1].isdigit():
            continue   # the first line of a wrapped sentence
        out.add(i + 1)
    return out


def drop_restated(rows: list[dict], lines: list[str], resolver) -> list[dict]:
    """``rows`` without the headline candidates that a body candidate restates."""
    heads = headline_lines(lines)
    if not heads:
        return rows
    body = [r for r in rows if r["evidence"]["line"] not in heads]
    return [r for r in rows
            if r["evidence"]["line"] not in heads
            or not any(_restates(b, r, resolver) for b in _item(body, r, heads))]


def _item(body: list[dict], head: dict, heads: set[int]) -> list[dict]:
    """The body candidates under ``head``'s headline, up to the next headline."""
    line = head["evidence"]["line"]
    # (the top lines are one head: a genre line, a headline, a heading)
    end = min((h for h in heads if h > max(line + 1, _TOP_LINES)), default=None)
    return [b for b in body if b["evidence"]["line"] > line
            and (end is None or b["evidence"]["line"] < end)]


def _restates(body: dict, head: dict, resolver) -> bool:
    if body["type"] != head["type"]:
        return False
    hs, ht = head["source"]["id"], head["target"]["id"]
    bs, bt = body["source"]["id"], body["target"]["id"]
    if _holds(bs, hs, resolver) and _holds(bt, ht, resolver):
        return True
    return head["type"] != "SUPPLIES_TO" and _holds(bs, ht, resolver) and \
        _holds(bt, hs, resolver)


def _holds(outer: str, inner: str, resolver) -> bool:
    """Whether ``outer`` is ``inner`` or a place ``inner`` lies in (up to three steps:
    town, district, region, country)."""
    eid = inner
    for _ in range(4):
        if eid == outer:
            return True
        if eid is None or not eid.startswith(("city:", "region:")):
            return False
        eid = resolver.parent(eid)
    return False


def headline_name(name: str, known) -> str | None:
    """What of a name read in a Title Case or capitals headline is a name: the longest
    run of its first words that ``known`` accepts (a firm the table knows, a place the
    gazetteer knows, a name the body writes too), or None. Every word of such a headline
    is capitalised, so "Belshina Expands In Africa" and "Tractor Maker Ships" are read
    as names: the verb and the nouns after a firm are no part of it."""
    words = name.split()
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        if known(head):
            return head
    return None


# How much of the text after a headline is its body, to look its names up in.
BODY_REACH = 3000


def names_known(body: str, resolver, cache):
    """Whether a name a headline gives is one: a firm the table knows, a place the
    gazetteer knows, or a name the ``body`` writes (as a name of its own, not a word of
    a longer one: "Tractor" of "Minsk Tractor Works" is none)."""
    from relgraph.loaders.extract.mentions import Mention, find_mentions
    from relgraph.loaders.extract.parties import resolve_mention

    written = None

    def known(name: str) -> bool:
        nonlocal written
        if known_firm(name) is not None:
            return True
        place = resolve_mention(Mention(name, 0, len(name)), resolver, cache)
        if place.resolved and place.label in ("City", "Region", "Country"):
            return True
        if written is None:
            written = {m.text.lower() for m in find_mentions(body)}
        return name.lower() in written

    return known

"""Items of a list that open with their verb, under a lead-in that names the subject.

A report's plans or tasks are often a lead-in and verb-first items: "In 2025 the
Government plans to: - sign an agreement on fisheries with A; - conclude a memorandum
with B (France); - agree a roadmap with C; - hold the Days of the region in D." The
reader joins the items to their lead-in as one sentence, and the patterns pair the lead's
subject with the first item's partner only. Every other item that signs, concludes or
agrees a document "with" a party is the same subject's signing, with the same standing
(done or planned) as the first: its partner gets the pair the patterns gave the first
item. Items of other verbs (holding days, visits, fairs, talks) sign nothing; an item
that says the document came to nothing is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention

RULE = "verb-first item"

# One item: its verb, a document (a few words of its own before the kind), then "with"
# and the partner. The reader joins items with commas or semicolons after a colon.
_ITEM = re.compile(
    r"(?:[:;,]\s*(?:and\s+)?|[-–—•*]\s+)(?:to\s+)?(?P<verb>sign|conclude|agree(?:\s+on)?|renew"
    r"|prepare\s+and\s+sign|draft\s+and\s+sign)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,6}?"
    r"(?P<doc>agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|road\s?maps?"
    r"|(?:action\s+)?plans?|programmes?|protocols?|contracts?|accords?|charters?)"
    r"(?:\s+(?:on|for|of)\s+[^,;:]{0,80}?)?\s+with\s+(?:the\s+)?", re.I)
# An item that says its document came to nothing: "..., which has not been agreed",
# "(postponed)", "- sign a charter with C - cancelled".
_UNDONE = re.compile(r"\b(?:not|never|no\s+longer|failed|cancell?ed|abandoned|postponed"
                     r"|dropped|came\s+to\s+nothing|fell\s+through)\b", re.I)
# (a lead-in's colon: the items after it share its subject)
_LEAD_COLON = re.compile(r"\b(?:to|following|will|plans?|tasks?|intends?)\s*:\s*", re.I)


def verb_items(text: str, mentions: list[Mention], hits: list[Hit], resolved: list,
               party) -> list[tuple[Hit, tuple]]:
    """New ``(hit, pair)`` for the verb-first items of a lead-in's list whose first
    signing a pattern paired with the lead's subject; ``party(mention, label)``
    resolves a mention."""
    lead = _LEAD_COLON.search(text)
    if lead is None:
        return []
    colon = lead.end()
    first = next(((h, pair) for h, pair in zip(hits, resolved, strict=True)
                  if h.rel_type == "SIGNED_AGREEMENT" and None not in pair
                  and _sides_split(h, colon)), None)
    if first is None:
        return []
    hit, pair = first
    subject_first = hit.a.start < colon
    subject = pair[0] if subject_first else pair[1]
    paired = {p.id for h, pr in zip(hits, resolved, strict=True)
              if h.rel_type == "SIGNED_AGREEMENT" for p in pr if p is not None}
    by_start = {m.start: m for m in mentions if not m.refers and not m.adjectival}
    out = []
    for item in _ITEM.finditer(text, colon - 1):
        m = by_start.get(item.end())
        end = _item_end(text, item.end())
        if m is None or _UNDONE.search(text, item.start(), end):
            continue
        other = party(m, "Region")
        if other is None or not other.resolved or other.id in paired or \
                other.id == subject.id:
            continue
        paired.add(other.id)
        new = (subject, other) if subject_first else (other, subject)
        a, b = (hit.a, m) if subject_first else (m, hit.b)
        out.append((replace(hit, a=a, b=b, trigger=item.span("verb"),
                            confidence=round(hit.confidence - 0.1, 2), how=RULE,
                            kind=None, title=None, parties=None), new))
    return out


def _sides_split(h: Hit, colon: int) -> bool:
    """Whether one side of the pair stands before the lead's colon, the other after."""
    return (h.a.start < colon) != (h.b.start < colon)


def _item_end(text: str, at: int) -> int:
    """Where the item that reaches ``at`` ends: the next item's mark or the sentence's."""
    nxt = _ITEM.search(text, at)
    return nxt.start() if nxt else len(text)

"""A supply whose one side is "the X side" of a pair just named and whose clause names
no other party: the other member of the last pair related with X is the other side.

    The Tomsk Region and the Pavlodar Region signed an agreement. In return for coal,
    the Tomsk side will supply timber.            (Tomsk Region -> Pavlodar Region)

"The X side" speaks of X as one of two parties dealing with each other; when its
clause gives goods alone, they go to (or come from) the other of the two. Only a pair
related in this or the last three sentences counts (a signing, a twinning, a supply),
the latest that holds X, and only of one kind (two regions, two towns); a clause that
names any other party, or a sentence with a supply of its own, is left to the other
rules.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention

__all__ = ["note_related", "side_supplies"]

# "the X side will supply", "the X side is to ship", "the X side, in turn, delivers":
# the side right before its verb (the subject), the verb giving the direction.
_SIDE_VERB = re.compile(
    r"\s+(?:side|party)\s*(?:,\s*(?:in\s+turn|for\s+its\s+part)\s*,\s*)?"
    r"(?:(?:will|would|shall|is\s+to|is\s+ready\s+to|agreed\s+to|undertook\s+to|plans\s+to"
    r"|intends\s+to|has|have)\s+)?(?:also\s+)?(?:(?P<out>suppl(?:y|ies|ied)|deliver(?:s|ed)?"
    r"|ship(?:s|ped)?|export(?:s|ed)?|send(?:s)?|sent|sell(?:s)?|sold|provide(?:s|d)?)"
    r"|(?P<in>buy(?:s)?|bought|import(?:s|ed)?|receive(?:s|d)?|purchase(?:s|d)?))\b", re.I)
# The end of the side's clause: a semicolon, a new clause, the sentence's end.
_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|and|but)\s|[.!?](?:\s|$)")


def side_supplies(text: str, mentions: list[Mention], hits: list, resolved: list, disc,
                  si: int) -> list[tuple[Hit, tuple]]:
    """The supplies of "the X side" with the other member of the pair just spoken of."""
    if any(h.rel_type == "SUPPLIES_TO" for h in hits):
        return []   # the sentence's own supplies name their sides
    out = []
    for m in mentions:
        if not m.side or m.adjectival:
            continue
        verb = _SIDE_VERB.match(text, m.end)
        if verb is None:
            continue
        end = _CLAUSE_END.search(text, verb.end())
        end = end.start() if end else len(text)
        if any(verb.end() <= x.start < end for x in mentions):
            continue   # the clause names a party of its own
        side = disc.party(m, "Region")
        other = _other_member(disc, si, side)
        if other is None:
            continue
        pair = (side, other) if verb.group("out") else (other, side)
        ref = Mention(other.name, m.start, m.start, refers="Pair")
        a, b = (m, ref) if verb.group("out") else (ref, m)
        out.append((Hit("SUPPLIES_TO", a, b, (verb.start(), verb.end()), 0.6, "side of the pair",
                        parties=pair), pair))
    return out


def _other_member(disc, si: int, side):
    """The other member of the last pair related in this or the last three sentences
    that holds ``side`` (a pair of one kind: "the Omsk side ..., while the Kazakh guests"
    pairs no country with a region)."""
    if side is None:
        return None
    for s, a, b in reversed(_RELATED.get(disc, [])):
        if si - s > _REACH:
            break
        if side.id in (a.id, b.id):
            other = b if a.id == side.id else a
            return other if other.id != side.id and other.label == side.label else None
    return None


def note_related(disc, si: int, resolved: list) -> None:
    """The pairs a sentence related, for "the X side" in the sentences after it."""
    seen = _RELATED.setdefault(disc, [])
    seen.extend((si, a, b) for a, b in (r for r in resolved if r is not None)
                if a is not None and b is not None)
    del seen[:-_KEEP]


_REACH = 3    # sentences back
_KEEP = 40    # pairs kept per document
_RELATED: WeakKeyDictionary = WeakKeyDictionary()   # disc -> [(sentence, a, b)]

"""A document of three parties signed with two partners: "A signed a tripartite protocol
with B and C" binds B and C to each other too, not only each of them to A."""

from __future__ import annotations

import re

from relgraph.loaders.extract.hits import Hit

# A three-party document's word and its "with" before a partner: "a tripartite protocol
# on emergency services with B and C" (its signer may be the sentence's subject or a list
# item's carried one).
_THREE_WITH = re.compile(r"\b(?:tripartite|trilateral|three-party|three-way|three-sided)\b"
                         r"[^.;:]{0,120}?\bwith\s+(?:the\s+)?(?=[^.;:]*$)", re.I)


def partners_of_three(text: str, hits: list[Hit], resolved: list) -> list[tuple[Hit, tuple]]:
    """The partner-to-partner signing of each three-party document a signer concluded
    "with" two partners (the signer's own two signings are the patterns').

    >>> from relgraph.loaders.extract.pipeline import extract_text
    >>> s = "Varna signed a tripartite protocol on ferries with Constanta and Odesa.\\n"
    >>> sorted((r["source"]["id"], r["target"]["id"]) for r in extract_text(s).candidates)[-1]
    ('city:ro:constanta', 'city:ua:odesa')
    """
    groups: dict = {}
    for h, pair in zip(hits, resolved, strict=True):
        if h.rel_type != "SIGNED_AGREEMENT":
            continue
        # (the partner is the side after the document's "with")
        (m, p), (other, _) = sorted(zip((h.a, h.b), pair, strict=True),
                                    key=lambda t: -t[0].start)
        lo = max(0, m.start - 160)
        three = max(_THREE_WITH.finditer(text[lo:m.start]), key=lambda t: t.start(),
                    default=None)
        if three is not None and other.start < lo + three.start():
            groups.setdefault(lo + three.start(), []).append((h, m, p))
    have = {frozenset((pa.id, pb.id)) for h, (pa, pb) in zip(hits, resolved, strict=True)
            if h.rel_type == "SIGNED_AGREEMENT"}
    out = []
    for found in groups.values():
        partners = {p.id: (m, p) for _, m, p in found}
        if len(partners) != 2:
            continue
        (mb, pb), (mc, pc) = sorted(partners.values(), key=lambda x: x[0].start)
        # (the two named together: "with B and C")
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[mb.end:mc.start]) \
                or frozenset((pb.id, pc.id)) in have:
            continue
        h = found[0][0]
        out.append((Hit("SIGNED_AGREEMENT", mb, mc, h.trigger, h.confidence, "three parties",
                        h.kind, h.title), (pb, pc)))
    return out

"""A document of three parties signed with two partners: "A signed a tripartite protocol
with B and C" binds B and C to each other too, not only each of them to A. So does one
document (a singular one, not "agreements with B and C", which are as often two) signed
with exactly two partners, where the sentence marks its three sides: "A signed a
convention with B and with C", "... with B and C, committing the three signatories"."""

from __future__ import annotations

import re

from relgraph.loaders.extract.hits import Hit

# A three-party document's word and its "with" before a partner: "a tripartite protocol
# on emergency services with B and C" (its signer may be the sentence's subject or a list
# item's carried one).
_THREE_WITH = re.compile(r"\b(?:tripartite|trilateral|three-party|three-way|three-sided)\b"
                         r"[^.;:]{0,120}?\bwith\s+(?:the\s+)?(?=[^.;:]*$)", re.I)
# One document, named in the singular, then its "with": "a mobility protocol in 2019 with
# B and C", "an amended convention with B and with C".
_ONE_WITH = re.compile(r"\b(?:a|an|the|one|its|their)\s+(?:[\w-]+\s+){0,4}?"
                       r"(?:agreement|memorandum|protocol|convention|programme|program|charter"
                       r"|treaty|road\s?map|accord|declaration|contract)"
                       r"(?:\s+of\s+understanding)?\b"
                       r"[^.;:]{0,120}?\bwith\s+(?:the\s+)?(?=[^.;:]*$)", re.I)
# A third partner after the second: ", D", "and D", "as well as with the D".
_THIRD = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:with\s+)?"
                    r"(?:the\s+)?[A-Z]")
# What the rest of the sentence says of the three: "committing the three signatories",
# "binding all three to ...", "with each other".
_THREE_SIDES = re.compile(r"[^.;:]*?\b(?:(?:the|all|these|those)\s+three|each\s+other"
                          r"|one\s+another)\b", re.I)
# Between the two partners of one document: "B and C", "B and with C", "B as well as C".
_TWO_PARTNERS = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:with\s+)?(?:the\s+)?")


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
            continue
        one = max(_ONE_WITH.finditer(text[lo:m.start]), key=lambda t: t.start(), default=None)
        if one is not None and other.start < lo + one.start():
            groups.setdefault(lo + one.start(), []).append((h, m, p, lo + one.end()))
    have = {frozenset((pa.id, pb.id)) for h, (pa, pb) in zip(hits, resolved, strict=True)
            if h.rel_type == "SIGNED_AGREEMENT"}
    out = []
    for found in groups.values():
        partners = {f[2].id: (f[1], f[2]) for f in found}
        if len(partners) != 2:
            continue
        (mb, pb), (mc, pc) = sorted(partners.values(), key=lambda x: x[0].start)
        if frozenset((pb.id, pc.id)) in have:
            continue
        if len(found[0]) == 4:
            # one document: the first partner right after its "with", the second right
            # after the first, and no third one after them ("with B, C and D" are a
            # group of many, as often each with a paper of its own); nor one name read
            # as two ("with Kalev and Vaino Holding": a bare "and" before a body's name
            # may be inside one name)
            if found[0][3] != mb.start or not _TWO_PARTNERS.fullmatch(text, mb.end, mc.start) \
                    or _THIRD.match(text, mc.end) \
                    or text[mb.end:mc.start] == " and " and pc.id.split(":")[0] in (
                        "company", "org"):
                continue
            # (and the sentence says the paper has three sides: "with B and with C", a
            # preposition repeated for one paper, or "committing the three signatories";
            # "a cooperation agreement with B and C" alone is as often read as two)
            if not re.search(r"\bwith\s+$", text[mb.end:mc.start]) \
                    and not _THREE_SIDES.match(text, mc.end):
                continue
        # (the two named together: "with B and C")
        elif not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[mb.end:mc.start]):
            continue
        h = found[0][0]
        out.append((Hit("SIGNED_AGREEMENT", mb, mc, h.trigger, h.confidence, "three parties",
                        h.kind, h.title), (pb, pc)))
    return out

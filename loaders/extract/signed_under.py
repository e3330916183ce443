"""A service or trade a firm renders "under a contract we signed": the relative clause
on the document names the writer as one signer and leaves the other to the clause it
hangs on. "Our rail freight is carried by B under a haulage contract we signed in
2021", "Cold storage is provided by B under an agreement we renewed with it in 2020":
the writer signed with B, the party named right before "under". A clause that names a
partner of its own ("we signed with C") is the ordinary "with" reading's."""

from __future__ import annotations

import re

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention

_FIRM_LABELS = frozenset(("Company", "Organization"))

# "under a (framework|transport) contract (that) we (have) signed (with it)": the
# document's relative clause whose subject is the writer, with no partner of its own
# (only "it" or "them", the party before "under").
_UNDER_WE_SIGNED = re.compile(
    r"\s*,?\s*under\s+(?:a|an|the|its|our)\s+(?P<words>(?:(?-i:[a-z][\w-]*)\s+){0,4}?)"
    r"(?P<doc>contract|agreement|memorandum|treaty|protocol)\s+(?:(?:that|which)\s+)?"
    r"we\s+(?:(?:have|had|also|first|jointly)\s+)*"
    r"(?P<signed>signed|concluded|renewed|extended)\b"
    r"(?:\s+with\s+(?:it|them)\b)?(?!\s+with\b)")

# What may stand between the party and "under": its seat ("B LLC of Almaty").
_SEAT = re.compile(r"(?:,?\s+(?:of|in|from)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})?")


def signed_under_by_us(text: str, mentions: list[Mention], hits: list, resolved: list,
                       disc) -> list[tuple[Hit, tuple]]:
    """The signings of the writer (the discourse's speaker) with the firm or body named
    right before "under a <document> we signed" (see the module's docstring). Nothing
    when the text has no speaker, the party is the speaker itself, or the sentence
    already pairs the two in a signing."""
    if "we " not in text:
        return []
    for m in mentions:
        if m.adjectival or m.refers:
            continue
        seat = _SEAT.match(text, m.end)
        u = _UNDER_WE_SIGNED.match(text, seat.end() if seat else m.end)
        if u is None:
            continue
        # (the speaker is settled on first use: asked only where the clause is found,
        # so that other sentences read as before)
        speaker = disc.speaker
        if speaker is None:
            return []
        pb = disc.party(m, "Company")
        if pb.label not in _FIRM_LABELS or pb.id == speaker.id or any(
                h.rel_type == "SIGNED_AGREEMENT" and {q.id for q in r} == {pb.id, speaker.id}
                for h, r in zip(hits, resolved, strict=True)):
            return []
        title = " ".join((u.group("words") + u.group("doc")).split())
        kind = "contract" if u.group("doc") == "contract" else "agreement"
        return [(Hit("SIGNED_AGREEMENT", m, m, u.span("doc"), 0.6, "under a document we signed",
                     kind, title), (speaker, pb))]
    return []


# "a protocol the academy and our firm extended", "a contract our firm and
# the cooperative signed": the writer named as one of the two signers beside the other's
# kind word, which takes up the party of that kind the sentence named before.
_OURS = r"our\s+(?:company|firm|group|enterprise)"
_KIND_WORDS = (r"university|institute|college|academy|council|municipality|city|town"
               r"|region|province|agency|company|firm|cooperative|co-operative|bank|port"
               r"|group|association|chamber|hospital|foundation")
_WE_TWO_SIGNED = re.compile(
    r"\b(?P<doc>contract|agreement|memorandum|treaty|protocol)\s+(?:(?:that|which)\s+)?"
    rf"(?:the\s+(?P<kind>{_KIND_WORDS})\s+and\s+{_OURS}|{_OURS}\s+and\s+the\s+"
    rf"(?P<kind2>{_KIND_WORDS}))\s+(?:(?:have|had|also|first|jointly)\s+)*"
    r"(?:signed|concluded|renewed|extended)\b", re.I)


def signed_by_us_and_it(text: str, mentions: list[Mention], hits: list, resolved: list,
                        disc) -> list[tuple[Hit, tuple]]:
    """The writer's signing with the party a "the <kind> and our company signed" clause
    takes up: the last one named before the document whose name holds that kind word
    ("Nordvik Academy ... a protocol the academy and our firm extended").
    Nothing when no such party stands before it, it is the writer itself, or the
    sentence already pairs the two in a signing."""
    if "our " not in text:
        return []
    u = _WE_TWO_SIGNED.search(text)
    if u is None:
        return []
    kind = (u.group("kind") or u.group("kind2")).lower()
    named = [m for m in mentions if m.end <= u.start() and not m.adjectival and not m.refers
             and re.search(rf"\b{re.escape(kind)}\b", m.text, re.I)]
    if not named:
        return []
    speaker = disc.speaker
    if speaker is None:
        return []
    m = named[-1]
    pb = disc.party(m, "Organization")
    if pb.id == speaker.id or any(
            h.rel_type == "SIGNED_AGREEMENT" and {q.id for q in r} == {pb.id, speaker.id}
            for h, r in zip(hits, resolved, strict=True)):
        return []
    doc = u.group("doc").lower()
    return [(Hit("SIGNED_AGREEMENT", m, m, u.span("doc"), 0.6, "signed by us and it",
                 "contract" if doc == "contract" else "agreement", doc), (speaker, pb))]

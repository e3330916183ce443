"""Where a sentence says that the contract a supply runs under was signed, away from the
sentence's start.

Two wordings join a signed contract to the supply of its own clause without naming a
partner of its own:

* the contract fronted in a later clause: "..., and under a contract signed in 2019 the
  Lusatian utility Elbwerk sells power to Oderstrom AG" (the supply's subject signed with
  its recipient);
* the contract that the supply clause describes: "a contract under which Kovar Mills will
  deliver flour to Bakerei Lind" in a list of documents "signed at the ceremony:", or
  followed by its own "was signed in May".

A contract whose signing the sentence denies or leaves to come ("was negotiated but
never signed", "fell through", "is yet to be signed") gives nothing; nor does one whose
clause only plans or talks about the supply with no signing stated.

>>> import re
>>> t = "Trade is small, and under a deal signed in 2019 the firm Elbwerk sells power to Oder."
>>> m = fronted_in_clause(t, t.index("Elbwerk"))
>>> m.group("doc")
'deal'
>>> t = "Two papers were signed: a contract under which Kovar will deliver flour to Lind."
>>> under_which(t, t.index("Kovar"), t.index("Lind") + 4).group("doc")
'contract'
>>> t = "A contract under which Kovar was to deliver flour to Lind was never signed."
>>> under_which(t, t.index("Kovar"), t.index("Lind") + 4) is None
True
"""

from __future__ import annotations

import re

__all__ = ["fronted_in_clause", "under_which"]

_DOC = r"(?P<doc>contract|agreement|deal)s?"
_WORDS = r"(?P<words>(?:(?-i:[a-z][\w-]*)\s+){0,4}?)"

# "; under a contract signed in 2021, ", ", and under an agreement concluded in May ":
# the contract fronted at the head of a clause after the sentence's first.
_FRONTED = re.compile(
    r"(?:[;:]\s+|,?\s+(?:and|but|while|whereas)\s+)(?:since\s+\d{4}\s+)?[Uu]nder\s+"
    r"(?:a|an|the|its|their)\s+" + _WORDS + _DOC +
    r"\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?P<signed>signed|concluded|renewed|extended)\b"
    r"(?P<rest>[^,;:]{0,40}?),?\s+")

# What may lead the clause's subject, up to its name: "the Lusatian utility".
_SUBJECT_LEAD = r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:[a-z-]+\s+){0,2}\Z"
_FRONTED_LEAD = re.compile(_FRONTED.pattern + _SUBJECT_LEAD)

# "a contract under which ", "the supply agreement under which ": the document the supply
# clause after it describes.
_UNDER_WHICH = re.compile(r"\b(?i:a|an|the)\s+" + _WORDS + _DOC + r"\s+under\s+which\s+"
                          + _SUBJECT_LEAD)

# A signing stated: "were signed at the dam:", "was signed in May", "have been concluded".
_SIGNED = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+"
                     r"(?:(?:also|formally|jointly)\s+)?(?:signed|concluded)\b", re.I)
# ... and one denied or still to come.
_UNDONE = re.compile(r"\b(?:never|not|n't|yet\s+to|fell\s+through|collapsed|failed"
                     r"|abandoned|cancell?ed|rejected|negotiat\w*|talks)\b", re.I)


def fronted_in_clause(text: str, subject_start: int) -> re.Match | None:
    """The contract, signed and with no partner of its own, fronted at the head of the
    clause whose subject starts at ``subject_start`` (only a short description between)."""
    m = _FRONTED_LEAD.search(text[:subject_start])
    if m is None or " with " in f" {m.group('rest')} ":
        return None
    return m


def under_which(text: str, subject_start: int, clause_end: int) -> re.Match | None:
    """The contract that the supply clause from ``subject_start`` to ``clause_end``
    describes ("a contract under which A will supply ..."), when the sentence states it
    signed: as an item of a list whose lead says its documents were signed, or with a
    "was signed" of its own after the clause."""
    found = _UNDER_WHICH.search(text[:subject_start])
    if found is None:
        return None
    before = text[:found.start()]
    item_start = max(before.rfind(";"), before.rfind(":"))
    own_end = text.find(";", clause_end)
    own_end = own_end if own_end >= 0 else len(text)
    if _UNDONE.search(text, found.start(), own_end):
        return None
    if _SIGNED.search(text, clause_end, own_end):
        return found
    # (an item of a list: only its article and the document between the item's mark and
    # the document; the lead before the list's colon states the signing)
    lead_end = before.find(":")
    if item_start < 0 or lead_end < 0 or before[item_start + 1:].strip(" -–—•and") != "":
        return None
    lead = before[:lead_end]
    if _SIGNED.search(lead) and not _UNDONE.search(lead):
        return found
    return None

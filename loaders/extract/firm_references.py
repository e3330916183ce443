"""Firms named once and then referred to: "the company", "the plant", "the producer",
"we" in a quoted remark, when the antecedent is further back than the last few
sentences, or when the remark's speaker is named only by a reference.

The rule, in general terms (the discourse's short-range rules come first; see
:meth:`Discourse.antecedent`):

* A definite firm noun ("the company", "the salt works", "the group") means the most
  salient firm of the section it stands in: the firm named most often since the last
  heading (the most recent one on a tie), else the firm the text speaks for (its
  letterhead's). A heading is a border: "the enterprise" under "3.5. Food industry"
  never means the plant of section 3.4.
* A firm noun followed by an apposition that names a firm ("The company, the Kostanay
  machine builder Agromash, ...") is that firm, named there: no antecedent.
* "We" and "our" in a remark attributed by reference ('..., said the company's
  director', 'its director general said') mean the firm that reference means.
* "Our region", "our city" are a place: the speaker's when the speaker is a place's
  organ, else the region or town the passage named last, never a firm ('"Our region
  ships milk to A," said the governor').

>>> section_starts("3.4. Machine building\\nBelAZ ships trucks.\\n3.5. Food\\nThe plant ...")
[0, 42]
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.firms import COMPANY_NOUNS
from relgraph.loaders.extract.mentions import PERSON_TITLE, SPEAKS

_FIRM_NOUN = "|".join(sorted(COMPANY_NOUNS, key=len, reverse=True))
_REF_NOUN = (r"(?:company|plant|enterprise|holding|concern|factory|firm|manufacturer|corporation"
             r"|works|producer|exporter|maker|group|mill|refinery|smelter)")

# "The company, the Kostanay machine builder Agromash, ...": the apposition names it.
_NAMED_AFTER = re.compile(rf"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:{_FIRM_NOUN})"
                          r"\s+[A-Z\"“][^,;.]{0,40}[,;.]")

# '..., said the company's director', 'the plant's head, P, said', 'its director said'
_REFERENCED_TITLE = re.compile(
    rf"\b(?:[Tt]he\s+(?:[a-z-]+\s+)?{_REF_NOUN}['’]s|[Ii]ts)\s+{PERSON_TITLE}\b")
_ATTRIBUTED = re.compile(rf"\b{SPEAKS}\b")
# '"...," the company said', '..., said the holding.', '"...," it said': the firm speaks
_FIRM_REF_SAYS = re.compile(rf"^\s*(?:(?:the\s+(?:[a-z-]+\s+)?{_REF_NOUN}|it)\s+(?:has\s+)?{SPEAKS}"
                            rf"|{SPEAKS}\s+the\s+(?:[a-z-]+\s+)?{_REF_NOUN}\s*[.,])", re.I)

# A heading: a short paragraph of its own that ends without a sentence's stop.
_HEADING = re.compile(r"^(?=[\dA-Z])[^\n]{1,90}(?<![.!?:;,\"”’'])$", re.M)

PLACE_WORDS = {"region": "Region", "oblast": "Region", "republic": "Region",
               "district": "Region", "municipality": "City", "city": "City", "town": "City"}


def section_starts(text: str) -> list[int]:
    """Offsets where the text's sections begin: 0, then every heading line of at most
    twelve words (a title, "3.5. Food industry")."""
    out = [0]
    for h in _HEADING.finditer(text):
        if h.start() and len(h.group(0).split()) <= 12:
            out.append(h.start())
    return out


def named_in_apposition(text: str, end: int) -> bool:
    """Whether the firm noun ending at ``end`` is followed by an apposition that names
    a firm ("The company, the Kostanay machine builder Agromash, assembles ...").

    >>> named_in_apposition("The company, the Kostanay machine builder Agromash, cut", 11)
    True
    >>> named_in_apposition("The company, a maker of loaders, cut", 11)
    False
    """
    return _NAMED_AFTER.match(text, end) is not None


def referenced_attribution(text: str, start: int, reach: int = 300) -> bool:
    """Whether the remark around ``start`` is attributed to a person named by a reference
    to a firm ('..., said the company's director, P.', "its director general said").

    >>> referenced_attribution('"We ship to A," said the company\\'s director, P. Ivanov.', 2)
    True
    >>> referenced_attribution('"We ship to A," the holding said on Monday.', 2)
    True
    >>> referenced_attribution('"We ship to A," said P. Ivanov, director of X.', 2)
    False
    """
    window = text[start:start + reach]
    quote_end = re.search(r"[\"”]", window)
    after = window[quote_end.end():] if quote_end else window
    sentence_end = re.search(r"[.!?](?:\s|$)", after)
    after = after[:sentence_end.end()] if sentence_end else after
    if quote_end and _FIRM_REF_SAYS.match(after):
        return True
    title = _REFERENCED_TITLE.search(after)
    return title is not None and _ATTRIBUTED.search(after) is not None


def salient_firm(seen, lo: int, hi: int, ok) -> object | None:
    """The firm named most often among ``seen`` ((absolute offset, party) pairs) from
    ``lo`` up to ``hi``, the latest on a tie, among those ``ok`` accepts."""
    counts: dict[str, list] = {}
    for at, party in seen:
        if lo <= at < hi and ok(party):
            entry = counts.setdefault(party.id, [0, at, party])
            entry[0] += 1
            entry[1] = at
    if not counts:
        return None
    return max(counts.values(), key=lambda e: (e[0], e[1]))[2]

"""An interview's answer to a question on the speaker's twin or partner towns.

"- And the German and French twin towns? / - A and B are in a similar position. ... C
and D have also been silent since 2022": the towns the answer names are the twins the
question asked about, of the town the interview speaks for (its guest's), though the
answer's own words are no twin words. Only in the paragraph right after a question
paragraph that names twins or partner towns (and no trade or firms), only for a speaker
that is a town, only towns of another country that no relation of the sentence pairs,
and not in a sentence with a tie word of its own (the twin readers read those).
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import NEGATED, NOT, TWIN, TWIN_WEAK

RULE = "answer on twins"
_GIVEN: WeakKeyDictionary = WeakKeyDictionary()   # disc -> ids of the towns given so

# A question on twins: "How many partner cities does X have?", "And the German twin
# towns?", "X had partners in Belarus and Russia. What about them?"
_TWINS_ASKED = re.compile(r"\b(?:twin|sister|partner|friendship)[- ]?(?:cities|towns|city|town"
                          r"|municipalities)\b|\b(?:twins|partners)\b", re.I)
# A sentence's own word for a tie: the twin readers read it, and what they leave is none
# ("Alytus is a partner city in Lithuania": whose, the sentence does not say).
_OWN_TIE = re.compile(r"\bpartner", re.I)
# A question's words on anything else the answer may name towns for: trade, firms, goods.
_OTHER_ASKED = re.compile(r"\b(?:trade|export|import|sell|buy|firms?|compan|factor|plants?"
                          r"|goods|supplie|invest)", re.I)


def twins_asked(text: str, start: int) -> bool:
    """Whether the paragraph holding ``start`` (an offset in the document's text) answers
    a question paragraph on twins or partner towns right before it."""
    here = text.rfind("\n", 0, start)
    if here < 0:
        return False
    before = text[text.rfind("\n", 0, here) + 1:here]
    return "?" in before and bool(_TWINS_ASKED.search(before)) and \
        not _OTHER_ASKED.search(before)


def answer_twins(text: str, mentions: list[Mention], resolved: list, disc
                 ) -> list[tuple[Hit, tuple]]:
    """(hit, pair) of each town the answer's sentence names that no relation of the
    sentence pairs: a twin of the place the interview speaks for."""
    speaker = disc.speaker
    if speaker is None or speaker.label != "City" or NEGATED.search(text) or NOT.search(text) \
            or TWIN.search(text) or TWIN_WEAK.search(text) or _OWN_TIE.search(text):
        return []
    paired = {p.id for pair in resolved if pair for p in pair if p is not None}
    given = _GIVEN.setdefault(disc, set())   # (a town named again later is one twin)
    out = []
    for m in mentions:
        if m.refers or m.adjectival:
            continue
        town = disc.party(m, "City")
        if town.label != speaker.label or not town.resolved or town.id in paired or \
                town.id in given or town.country == speaker.country:
            continue
        paired.add(town.id)
        given.add(town.id)
        a = Mention(speaker.name, m.start, m.start)
        out.append((Hit("TWINNED_WITH", a, m, (m.start, m.end), 0.5, RULE,
                        extra={"goods": None, "value_usd": None}, parties=(speaker, town)),
                    (speaker, town)))
    return out

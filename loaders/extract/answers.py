"""An interview's answer to a question on the speaker's twin or partner towns.

"- And the German and French twin towns? / - A and B are in a similar position. ... C
and D have also been silent since 2022": the towns the answer names are the twins the
question asked about, of the town the interview speaks for (its guest's), though the
answer's own words are no twin words. Only in the paragraph right after a question
paragraph that names twins or partner towns (and no trade or firms), only for a speaker
that is a town, only towns of another country that no relation of the sentence pairs,
and not in a sentence with a tie word of its own (the twin readers read those).

A page's FAQ sets its answer after the question on one line: "How many partner towns
does X have? – Four: A, B, C and D. A fifth, E, is to join in 2026." The towns the
answer names are the twins of the place the question asks about, which must be the
page's own (a question on another place's partners gives none); one announced as still
to come is a planned twin.
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


# The opening of the question a FAQ's answer follows: the end of the sentence before it.
_QUESTION_OPENS = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?=\S)")
# Capitalised words of a question that name a place (the question's first word is none).
_QUESTION_NAME = re.compile(r"(?<!^)\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# An answer's town still to come: "is to follow", "will join", "is planned for 2026".
_TO_COME = re.compile(r"\b(?:is|are)\s+to\s+(?:follow|join|be\s+added)|\bwill\s+(?:follow|join"
                      r"|be\s+added)|\b(?:planned|expected)\b", re.I)


def line_question_owner(text: str, start: int, end: int, home_of):
    """``(home, answer)``: the page's own place (``home_of()``, asked only where needed)
    and the offset in the document's text where the answer opens, where the sentence
    ``text[start:end]`` answers (or holds with its answer) a question on twins or
    partner towns of its paragraph that asks about that place or names none; None
    otherwise."""
    para = text.rfind("\n", 0, start) + 1
    mark = text.rfind("?", para, end)
    if mark < 0:
        return None
    opening = [o.end() for o in _QUESTION_OPENS.finditer(text, para, mark)]
    question = text[opening[-1] if opening else para:mark + 1]
    if not _TWINS_ASKED.search(question) or _OTHER_ASKED.search(question):
        return None
    home = home_of()
    if home is None:
        return None
    own = {w.lower() for w in re.findall(r"[\w'’.-]+", home.name)}
    named = _QUESTION_NAME.findall(re.sub(r"['’]s\b", "", question))
    if any(not {w.lower() for w in re.findall(r"[\w'’.-]+", n)} <= own for n in named):
        return None
    return home, mark + 1


def listed_not_twins(text: str, hits: list, after: int) -> set[int]:
    """Indexes of the twinnings of ``hits`` that pair two towns of a FAQ's answer
    (``text[after:]``) with each other, where the answer has no tie word of its own:
    the twin words were the question's ("How many twin towns does X have? – Three: A, B
    and C"), and they make the towns X's twins, not each other's."""
    answer = text[max(0, after):]
    if TWIN.search(answer) or TWIN_WEAK.search(answer) or _OWN_TIE.search(answer):
        return set()
    return {i for i, h in enumerate(hits) if h.rel_type == "TWINNED_WITH"
            and not h.a.refers and not h.b.refers and min(h.a.start, h.b.start) >= after}


def answer_twins(text: str, mentions: list[Mention], resolved: list, disc, owner=None,
                 after: int = 0) -> list[tuple[Hit, tuple]]:
    """(hit, pair) of each town the answer's sentence names that no relation of the
    sentence pairs: a twin of the place the interview speaks for (``owner``, where a
    question of the answer's paragraph asked about the page's own place; only towns
    from ``after`` on, where the question opens the sentence)."""
    speaker = owner or disc.speaker
    answer = text[max(0, after):]
    if speaker is None or speaker.label != "City" or NEGATED.search(answer) \
            or NOT.search(answer) or TWIN.search(answer) or TWIN_WEAK.search(answer) \
            or _OWN_TIE.search(answer):
        return []
    paired = {p.id for pair in resolved if pair for p in pair if p is not None}
    given = _GIVEN.setdefault(disc, set())   # (a town named again later is one twin)
    out = []
    for m in mentions:
        if m.refers or m.adjectival or m.start < after:
            continue
        town = disc.party(m, "City")
        if not town.resolved and owner is not None:
            town = _named_before(disc, town)
        if town.label != speaker.label or not town.resolved or town.id in paired or \
                town.id in given or town.country == speaker.country:
            continue
        paired.add(town.id)
        given.add(town.id)
        a = Mention(speaker.name, m.start, m.start)
        hit = Hit("TWINNED_WITH", a, m, (m.start, m.end), 0.5, RULE,
                  extra={"goods": None, "value_usd": None}, parties=(speaker, town))
        if owner is not None and _TO_COME.search(answer):
            hit.extra["status"] = "planned"
        out.append((hit, (speaker, town)))
    return out


def _named_before(disc, town):
    """The town of ``town``'s name as the page named it before with its place ("Lenti
    (Hungary)" over its section, a row of the partner table), which a FAQ's bare name
    repeats; ``town`` itself where the page named none such."""
    name = town.name.casefold()
    return next((p for _si, _at, p in reversed(disc.seen_parties())
                 if p.resolved and p.label == "City" and p.name.casefold() == name), town)

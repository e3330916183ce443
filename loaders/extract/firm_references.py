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
* A person introduced with the firm he or she speaks for ("Ivan Petrov, director general
  of Belshina", "Belshina's director Ivan Petrov") speaks for it later too: '"We ship to
  A," Petrov said', '..., he added'. The surname alone is no party.
* "Our region", "our city" are a place: the speaker's when the speaker is a place's
  organ, else the region or town the passage named last, never a firm ('"Our region
  ships milk to A," said the governor').

>>> section_starts("3.4. Machine building\\nBelAZ ships trucks.\\n3.5. Food\\nThe plant ...")
[0, 42]
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.firms import COMPANY_NOUNS, alternation
from relgraph.loaders.extract.mentions import PERSON_TITLE, SPEAKS

_FIRM_NOUN = alternation(COMPANY_NOUNS)
_REF_NOUN = (r"(?:company|plant|enterprise|holding|concern|factory|firm|manufacturer|corporation"
             r"|works|producer|exporter|maker|group|mill|refinery|smelter)")

# "The company, the Kostanay machine builder Agromash, ...": the apposition names it.
_NAMED_AFTER = re.compile(rf"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:{_FIRM_NOUN})"
                          r"\s+[A-Z\"“][^,;.]{0,40}[,;.]")

_SAYS = rf"(?:{SPEAKS}|reported|reports|announced|announces|stated|states)\b"
# '..., said the company's director', 'the plant's head, P, said', 'its director said',
# "the plant's press service reported"; "the director noted" (no firm named: the one
# spoken of)
_REFERENCED_TITLE = re.compile(
    rf"\b(?:[Tt]he\s+(?:[a-z-]+\s+)?{_REF_NOUN}['’]s|[Ii]ts)\s+(?:{PERSON_TITLE}|press\s+(?:service"
    rf"|office))\b|^\s*(?:the\s+)?{PERSON_TITLE}\s+{_SAYS}|^\s*{_SAYS}\s+the\s+{PERSON_TITLE}"
    r"\s*[.,]")
_ATTRIBUTED = re.compile(rf"\b{_SAYS}")
# '"...," the company said', '..., said the holding.', '"...," it said': the firm speaks
_FIRM_REF_SAYS = re.compile(rf"^\s*(?:(?:the\s+(?:[a-z-]+\s+)?{_REF_NOUN}|it)\s+(?:has\s+)?{_SAYS}"
                            rf"|{_SAYS}\s+the\s+(?:[a-z-]+\s+)?{_REF_NOUN}\s*[.,])", re.I)

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
    ``lo`` up to ``hi``, among those ``ok`` accepts; None on a tie (two firms named as
    often leave "the holding" open)."""
    counts: dict[str, list] = {}
    for at, party in seen:
        if lo <= at < hi and ok(party):
            entry = counts.setdefault(party.id, [0, at, party])
            entry[0] += 1
            entry[1] = at
    if not counts:
        return None
    ranked = sorted(counts.values(), key=lambda e: (e[0], e[1]), reverse=True)
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][2]


_NAME = r"(?:[A-Z]\.\s?){0,2}[A-Z][a-z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+){0,2}"
# (at most ten words: an unbounded run made every capitalised word of a long run of
# names start a scan to its end)
_FIRM_RUN = r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and)){0,10}"
# "Ivan Petrov, the director general of Belshina", "Belshina's director Ivan Petrov",
# "Belshina director general Ivan Petrov"
_INTRO = re.compile(
    rf"(?P<p>{_NAME}),\s+(?:the\s+|its\s+)?(?:[a-z]+\s+)?(?:{PERSON_TITLE}|(?P<office>mayor"
    rf"|governor|akim|hokim))\s+(?:of|at)\s+(?:the\s+)?(?P<f>{_FIRM_RUN})"
    # "the mayor of Novopolotsk, Oleg Shishkin,": the office first
    rf"|\b(?:[Tt]he\s+)?(?P<office2>mayor|governor|akim|hokim|head)\s+of\s+(?:the\s+)?"
    rf"(?P<f5>{_FIRM_RUN}),\s+(?P<p6>{_NAME}),"
    rf"|(?P<f2>{_FIRM_RUN}?)(?:['’]s)?\s+{PERSON_TITLE}\s+(?P<p2>{_NAME})\b"
    # "Ivan Petrov heads Belshina", "Anna Kask runs the Tallinn dealer Kivi"
    rf"|(?P<p4>{_NAME})\s+(?:heads|headed|runs|ran|leads|led|manages|managed|chairs|chaired)\s+"
    rf"(?:the\s+(?:[A-Z][\w-]+\s+)?(?:[a-z-]+\s+){{0,2}})?(?P<f4>{_FIRM_RUN})"
    # "Sergei Novik, the plant's director general": the firm by reference (returned as "")
    rf"|(?P<p3>{_NAME}),\s+(?:(?:the\s+(?:[a-z-]+\s+)?{_REF_NOUN}['’]s|its)\s+)(?:[a-z]+\s+)?"
    rf"{PERSON_TITLE}\b"
    # "Mayor Oleg Shishkin", "the governor, Ivan Krupko": a place's office, no place named
    rf"|(?P<civic>\b(?:[Mm]ayor|[Gg]overnor|[Aa]kim|[Hh]okim))(?:,)?\s+(?P<p5>{_NAME})\b")
_TITLE_FIRST = re.compile(
    rf"(?:^|(?<=[.!?\"”]\s)|(?<=\n)|(?<=\bits\s))(?:(?:Its|The\s+(?:[a-z-]+\s+)?{_REF_NOUN}['’]s)\s+)?"
    r"(?:(?:[Gg]eneral|[Ee]xecutive|[Mm]anaging|[Cc]ommercial|[Ss]ales)\s+)?"
    r"(?:[Dd]irector|[Cc]hief\s+[Ee]xecutive|CEO|[Mm]anager|[Cc]hairman|[Hh]ead)"
    rf"(?:\s+general)?\s+(?P<p>{_NAME})\b")
# The place an office speaks for, when the office names none: a mayor's town, a
# governor's region.
CIVIC_KIND = {"mayor": "City", "governor": "Region", "akim": "Region", "hokim": "Region"}
# '"...," Petrov said', '..., said Petrov.', '"...," he added'
_SAID_BY = re.compile(rf"[\"”]\s*(?:(?P<s>[A-Z][a-z][\w'’-]+|[Hh]e|[Ss]he)\s+(?:also\s+)?{SPEAKS}"
                      rf"|{SPEAKS}\s+(?P<s2>[A-Z][a-z][\w'’-]+)\s*[.,])")


_SAID_BEFORE = re.compile(rf"(?:(?P<s>[A-Z][a-z][\w'’-]+|[Hh]e|[Ss]he)\s+(?:also\s+)?{SPEAKS}"
                          rf"|{SPEAKS}\s+(?:[A-Z][a-z][\w'’-]+\s+){{0,2}}(?P<s2>[A-Z][a-z][\w'’-]+)"
                          r"(?:,[^\"“”.]{0,80})?)[.:,]\s*$")


def people(text: str) -> list[tuple[int, str, str, int]]:
    """``(offset, surname, firm as written, where the firm starts)`` of every person the
    text introduces with the firm he or she works for (``""``: a firm referred to, "the
    plant's director").

    >>> [(s, f) for _o, s, f, _a in people("Ivan Petrov, the director general of Belshina, "
    ...                                     "spoke. Gomselmash director Oleg Ivanov agreed.")]
    [('Petrov', 'Belshina'), ('Ivanov', 'Gomselmash')]
    """
    out = []
    for m in _INTRO.finditer(text):
        person = m.group("p") or m.group("p2") or m.group("p3") or m.group("p4") or \
            m.group("p5") or m.group("p6")
        firm = m.group("f") or m.group("f2") or m.group("f4") or m.group("f5") or ""
        if m.group("office") or m.group("office2"):
            firm = "!" + firm   # a place's office: the place it names speaks
        if m.group("f2") and re.search(r"[.!?]\s", firm):
            # "... in May. Its director Ivan Petrov": a run across a sentence's end before
            # the title; the firm (or reference) is the part in the title's sentence
            firm = re.split(r"[.!?]\s+", firm)[-1]
            if firm in ("Its", "The", "Our", "Their"):
                out.append((m.start("f2"), person.split()[-1], "", m.start("f2")))
                continue
        if m.group("p2") and (firm in ("Its", "The", "Our", "Their") or not firm and re.search(
                r"\b[Ii]ts\s*$", text[max(0, m.start() - 5):m.start() + 1])):
            # "Its director Ivan Petrov", "we asked its director general Ivan Petrov":
            # the firm spoken of
            out.append((m.start(), person.split()[-1], "", m.start()))
            continue
        if m.group("civic"):
            firm = "@" + CIVIC_KIND[m.group("civic").lower()]   # the place spoken of
        if not person or len(person.split()) < 2 or not (firm or m.group("p3")):
            continue
        at = next((m.start(g) for g in ("f", "f2", "f4", "f5") if m.group(g)), m.start())
        out.append((m.start(), person.split()[-1], firm, at))
    # "Director Ivan Petrov showed ...", "Its director Ivan Petrov is pleased": no firm
    # named, the one spoken of ("" as for "the plant's director")
    for m in _TITLE_FIRST.finditer(text):
        at = m.start("p")
        if not any(o <= at <= o + 80 and s_ == m.group("p").split()[-1] for o, s_, _f, _a in out):
            out.append((m.start(), m.group("p").split()[-1], "", m.start()))
    return sorted(out)


def said_by(text: str, start: int, reach: int = 300) -> str | None:
    """Who a remark at ``start`` is attributed to after its closing quote: a surname,
    or "he"/"she" (returned lower-case).

    >>> said_by('"We ship to A," Petrov said.', 1), said_by('"We ship to A," he added.', 1)
    ('Petrov', 'he')
    """
    window = text[start:start + reach].split("\n", 1)[0]
    quote = re.search(r"[\"”]", window)
    if quote is None:
        return None
    at = quote.start()
    m = _SAID_BY.match(window, at)
    if m is None:
        # '... well," Novik added. "We are ready ...": the attribution before the remark
        opening = max(text.rfind('"', 0, start), text.rfind("“", 0, start))
        if opening < 0 or "\n" in text[opening:start]:
            return None
        m = _SAID_BEFORE.search(text, max(0, opening - 120), opening)
        if m is None:
            return None
    who = m.group("s") or m.group("s2")
    return who.lower() if who in ("He", "he", "She", "she") else who


# A person named in an apposition or after an office: "the governor of X, Ivan Krupko,",
# "Mayor Anna Kovalenko"
_TWO_NAMES = r"[A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]+"
_ANY_PERSON = re.compile(rf",\s+(?P<p>(?:[A-Z]\.\s?){{0,2}}{_TWO_NAMES}),"
                         r"|\b(?:[Gg]overnor|[Mm]ayor|[Mm]inister|[Aa]kim|[Hh]okim|[Aa]mbassador"
                         rf"|[Pp]resident|[Cc]hairman)\s+(?P<p2>{_TWO_NAMES})")


def other_person(text: str, lo: int, hi: int, surname: str) -> bool:
    """Whether a person other than ``surname`` is named between ``lo`` and ``hi``.

    >>> other_person("P spoke. The governor of X, Ivan Krupko, agreed.", 0, 49, "Petrov")
    True
    """
    for m in _ANY_PERSON.finditer(text, lo, hi):
        name = m.group("p") or m.group("p2")
        if name.split()[-1] != surname:
            return True
    return False

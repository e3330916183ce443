"""Whether a sentence asserts the twinning or signing its words name.

A relation word may stand in a sentence that does not state the relation: a yes/no
question ("Is A twinned with B?"), hearsay the sentence itself denies ("Reports that A
had twinned with B could not be confirmed"), a twinning word the pair's own predicate
denies after it ("A and B, often called sister cities, are not formally twinned"), and
a twinning only proposed or talked about ("the proposal to twin A with B", "A and B
discussed a twinning"). Each is a matter of the sentence's grammar, not of its names,
so every pairing rule ends in the one test :func:`unasserted`.

(An intention of the parties themselves, "A intends to twin with B", "A and B are
expected to sign a charter", is stated: it is a planned relation, see
``patterns.status_of``.)

>>> s = "Is Dorvik twinned with Kalmar?"
>>> unasserted(s, "TWINNED_WITH", (s.index("twinned"), s.index("twinned") + 7))
True
>>> s = "Dorvik is twinned with Kalmar."
>>> unasserted(s, "TWINNED_WITH", (s.index("twinned"), s.index("twinned") + 7))
False
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.patterns import SIGNING_VERBS
from relgraph.loaders.extract.twin_words import TWIN

__all__ = ["answered_no", "conditional", "denied_after_twin_word", "denied_hearsay",
           "open_question", "pair_set_off", "polar_question", "proposed_twinning", "retracted",
           "talks_came_to_nothing", "unasserted"]

_AUX = (r"is|are|was|were|has|have|had|do|does|did|will|would|can|could|shall|should|may"
        r"|might|must|isn't|aren't|wasn't|weren't|hasn't|haven't|didn't|doesn't|don't|won't")
# A yes/no question opens with its auxiliary, after at most a speaker's label ("Q:",
# "Interviewer:") and a vocative ("Mayor, is ...").
_POLAR = re.compile(rf"^\W*(?:[A-Z][\w .'-]{{0,30}}:\s*)?(?:(?:[A-Z][\w.'-]*\s*){{1,3}},\s*)?"
                    rf"(?:{_AUX})\b[^?]*\?\W*$", re.I)


def polar_question(sentence: str) -> bool:
    """Whether ``sentence`` is a yes/no question: it asks whether the relation holds.

    >>> polar_question("Q: Are you twinned with Tartu?")
    True
    >>> polar_question("Mayor, has the city signed anything with Narva?")
    True
    >>> polar_question("Which towns are twinned with Tartu?")
    False
    >>> polar_question("Narva is twinned with Tartu.")
    False
    """
    return bool(_POLAR.match(sentence.strip()))


# What the sentence reports as said by others: "reports that", "a rumour that",
# "claims that" (and "denied reports that", which denies what follows at once).
_HEARSAY = re.compile(r"\b(?:(?:reports?|rumou?rs?|claims?|claimed|alleged|rumou?red|allegations?"
                      # ("a persistent belief in the town holds that ...; it does not")
                      r"|beliefs?|myths?|notions?|impressions?"
                      r"|speculation|suggestions?|stories)\s+(?:[\w-]+\s+){0,3}?that"
                      # a name others give the pair, a question others ask of it
                      r"|(?:often|sometimes|widely|commonly|popularly|usually|frequently)\s+"
                      r"(?:(?:described|referred\s+to|thought\s+of|seen|labell?ed)"
                      # ("frequently described in the regional press as")
                      r"(?:\s+(?:in|by)(?:\s+[\w-]+){1,4}?)?\s+as|call|calls"
                      r"|called|describe|describes)"
                      # what people say or think of the pair: "People sometimes say A is
                      # twinned with B", "many believe that ..."
                      r"|(?:people|many|some|others|locals|visitors|outsiders)\s+"
                      r"(?:(?:often|sometimes|still|also|widely|commonly|wrongly|mistakenly)\s+)?"
                      r"(?:say|claim|believe|think|assume|suppose)"
                      r"|(?:often|sometimes|widely|commonly|wrongly|mistakenly)\s+(?:said|claimed"
                      r"|believed|thought|assumed|supposed)\s+(?:that|to)"
                      r"|(?:accounts|reports|stories|guidebooks|people)\s+call|(?:ask|asks|asked|wonder|wonders|wondered)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:whether|if))\b", re.I)
_DENIED_BEFORE = re.compile(r"\b(?:denied|denies|deny|dismissed|dismisses|refuted|rejected"
                            r"|(?:no|little)\s+truth\s+in)\s+(?:the\s+|some\s+|recent\s+"
                            r"|(?:press|media|news(?:paper)?)\s+)*$", re.I)
# What the sentence says of that hearsay: unconfirmed, denied, untrue.
_DENIAL = re.compile(
    r"\b(?:(?:could|can|cannot|can't)\s+(?:not\s+)?(?:be\s+)?(?:confirmed|verified"
    r"|substantiated|corroborated)"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:denied|refuted|dismissed"
    r"|rejected)"
    r"|(?:is|are|was|were|proved|proven|turned\s+out\s+to\s+be)\s+(?:\w+ly\s+)?(?:untrue|false"
    r"|wrong|unfounded|baseless|groundless|mistaken|inaccurate)"
    r"|(?:is|are|was|were)\s+not\s+(?:true|correct|accurate|confirmed)"
    r"|(?:does|do|did)\s+not\s+(?:survive|withstand|bear)\s+(?:close\s+)?(?:scrutiny|examination)"
    r"|rests?\s+on\s+(?:a\s+)?(?:\w+\s+)?(?:misreading|misunderstanding|mistake|confusion|error)"
    r"|(?:is|are|was|were)\s+(?:a\s+)?(?:myth|legend|misunderstanding|confusion)"
    # the writer's own record against it: "yet no charter was ever signed by the two
    # towns", "but there is no formal twinning"
    r"|no\s+(?:formal\s+|such\s+)?(?:agreement|charter|document|twinning|partnership|treaty"
    r"|accord)\b[^.;:?!]{0,40}?\b(?:has|have|had|was|were)\s+(?:ever\s+)?(?:yet\s+)?(?:been\s+)?"
    r"(?:signed|concluded|made)"
    r"|there\s+(?:is|was|has\s+(?:ever\s+)?been)\s+no\s+(?:formal\s+|such\s+)?(?:twinning"
    r"|partnership|agreement|link|tie))\b", re.I)
# The next clause or sentence that answers such hearsay with a denial: "It is not.",
# "We are not.", "; in fact the two have never ...", "; I found no evidence of this".
_RETORT = re.compile(
    r"\W*(?:(?:in\s+(?:fact|reality|truth)|actually|however|but)\W+)?"
    r"(?:(?:it|this|that|they|we|he|she|the\s+two(?:\s+[a-z]+)?)\s+(?:is|are|was|were|has|have"
    r"|had|did|do|does)\s+(?:not|never)\b(?!\s+only\b)"
    r"|(?:i|we)\s+(?:have\s+)?(?:found|find|saw|see|could\s+find)\s+no\s+(?:evidence|record|trace"
    r"|proof|sign)"
    r"|there\s+(?:is|was)\s+no\s+(?:evidence|record|proof)"
    r"|(?:this|that|it)\s+is\s+(?:untrue|false|wrong|a\s+myth|not\s+(?:true|so|the\s+case)))",
    re.I)


def denied_hearsay(text: str, trigger: tuple[int, int], after: str = "") -> bool:
    """Whether the relation word at ``trigger`` stands in hearsay the sentence denies or
    leaves unconfirmed: "Reports that A had twinned with B could not be confirmed", "There
    was a rumour that A signed a deal with B - that is untrue", "Officials denied reports
    that A had signed ...". Hearsay the sentence does not deny stays a report.

    >>> s = "Reports that Dorvik had twinned with Kalmar could not be confirmed."
    >>> denied_hearsay(s, (s.index("twinned"), s.index("twinned") + 7))
    True
    >>> s = "Reports that Dorvik had twinned with Kalmar were confirmed on Monday."
    >>> denied_hearsay(s, (s.index("twinned"), s.index("twinned") + 7))
    False
    """
    lo = max(0, text.rfind(";", 0, trigger[0]) + 1)
    said = max(_HEARSAY.finditer(text, lo, trigger[0]), key=lambda m: m.start(), default=None)
    if said is None:
        return False
    if _DENIED_BEFORE.search(text, lo, said.start()):
        return True
    hi = text.find(";", trigger[1])
    if _DENIAL.search(text, trigger[1], hi if hi >= 0 else len(text)):
        return True
    # (the clause after a semicolon, else the next sentence, answers it)
    return bool(_RETORT.match(text[hi + 1:] if hi >= 0 else after))


# The pair's own predicate after the twin word denies it: "A and B, often described as
# sister cities, are not formally twinned at all", "..., have never been twinned".
# Not past a contrast or a new clause, and not a denial of a twinning with another
# ("A, twinned with B since 1990, is not twinned with C").
_TWIN_DENIED_AFTER = re.compile(
    r"(?:(?!\b(?:but|although|though|while|whereas|because|which|who)\b)[^.;:?!]){0,120}?"
    r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:(?:formally|officially|actually|really"
    r"|legally)\s+)?twinned\b(?!\s+with\b)", re.I)


def denied_after_twin_word(text: str, trigger: tuple[int, int]) -> bool:
    """Whether a negated "twinned" after the twin word at ``trigger`` is the pair's own
    predicate (see ``_TWIN_DENIED_AFTER``).

    >>> s = 'Ghent and Lille, often called "sister cities", are not formally twinned.'
    >>> denied_after_twin_word(s, (s.index("sister"), s.index("sister") + 13))
    True
    >>> s = "Ghent, twinned with Lille since 1990, is not twinned with Arras."
    >>> denied_after_twin_word(s, (s.index("twinned"), s.index("twinned") + 7))
    False
    """
    return bool(_TWIN_DENIED_AFTER.match(text, trigger[1]))


# A twinning that is only the subject of a proposal or of talks: "the proposal to twin
# A with B", "A and B discussed a twinning", "talks on twinning with B", "some talked
# of a Swiss twin town". An indefinite or bare twinning only: "discussed the twin
# towns' festival" speaks of twins that are. Talks still going on ("have been
# discussing a twinning, and I hope it will be signed") are an intention, unless a
# contrast says nothing came of them (``_NOTHING_CAME``).
_PROPOSED = re.compile(r"\b(?:propos(?:al|als|ed|es|e)|discuss(?:ed|ions?)|talks?"
                       r"|suggest(?:ed|ions?)?|idea)\s+(?:(?:of|on|about|for|to)\s+)?"
                       # ("a proposal to set up a sister-province tie", "the idea
                       # of forming a twinning": the verb of the making proposed)
                       r"(?:(?:establish|form|set\s+up|create|conclude|forge|build|start"
                       r"|open)(?:ing)?\s+)?"
                       r"(?:(?:a|an)\s+)?(?:[\w-]+\s+)?$", re.I)


# ... or whose own predicate says so: "A twinning between A and B was discussed in 1993".
_PROPOSED_AFTER = re.compile(
    r"(?:(?!\b(?:but|although|though|while|whereas|because|which|who)\b)[^.;:?!,]){0,80}?"
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|first\s+|long\s+)?"
    r"(?:discussed|proposed|mooted|suggested|floated)\b", re.I)


def proposed_twinning(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the twin word at ``trigger`` is only proposed or talked about.

    >>> s = "Heerstad and Bolk discussed a twinning in 2001."
    >>> proposed_twinning(s, (s.index("twinning"), s.index("twinning") + 8))
    True
    >>> s = "Heerstad and Bolk, twinned in 2001, discussed trade."
    >>> proposed_twinning(s, (s.index("twinned"), s.index("twinned") + 7))
    False
    >>> s = "A twinning between Heerstad and Bolk was discussed in 1993."
    >>> proposed_twinning(s, (s.index("twinning"), s.index("twinning") + 8))
    True
    """
    return bool(_PROPOSED.search(text, max(0, trigger[0] - 40), trigger[0])
                or _PROPOSED_AFTER.match(text, trigger[1]))


# "..., but nothing has been decided", "but no decision was taken": the talks before it
# produced nothing.
_NOTHING_CAME = re.compile(r"[^.;]*?,?\s+but\s+(?:so\s+far\s+)?(?:nothing|no\s+decision)\s+"
                           r"(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:decided|agreed"
                           r"|taken|made|signed)\b", re.I)
_TALKING = re.compile(r"\b(?:discussing|negotiating|talking\s+(?:about|of))\s+(?:(?:a|an)\s+)?"
                      r"(?:[\w-]+\s+)?$", re.I)


def talks_came_to_nothing(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the relation word at ``trigger`` is the subject of talks a contrast after it
    says produced nothing: "We are discussing a friendship agreement with B, but nothing
    has been decided."

    >>> s = "Dorvik is discussing a sister-city tie with Kalmar, but nothing has been decided."
    >>> talks_came_to_nothing(s, (s.index("sister"), s.index("sister") + 11))
    True
    >>> s = "Dorvik is discussing a sister-city tie with Kalmar."
    >>> talks_came_to_nothing(s, (s.index("sister"), s.index("sister") + 11))
    False
    """
    return bool(_TALKING.search(text, max(0, trigger[0] - 40), trigger[0])
                and _NOTHING_CAME.match(text, trigger[1]))


# A relation the sentence makes hang on a condition: "If the quay is finished, A will
# supply B", "Should the loan be approved, A would sign with B", "A will sell B power if
# the line is built". Only with a modal: "If anything, A sold more to B" states a sale.
_IF_OPENING = re.compile(r"\W*(?:[A-Z][\w .'-]{0,30}:\s*)?(?:(?:and|but|so)\s+)?"
                         r"(?:if(?!\s+(?:anything|so|not|(?:you|I)\s+(?:ask|may|recall|remember|like)\b)\b)|unless"
                         r"|provided\s+(?:that\s+)?|should\s+(?=\w+(?:\s+\w+){0,4}\s+be\b))"
                         r"\b[^,;:]{3,160},\s+", re.I)
_MODAL = re.compile(r"\b(?:will|would|could|might|may|shall|'ll)\b", re.I)
_IF_AFTER = re.compile(r"[^.;:]{0,80}?(?:,\s*|\s+)(?:if|unless|provided\s+(?:that\s+)?)\s+"
                       r"(?!so\b|not\b|any\b|ever\b)", re.I)


def conditional(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the relation word at ``trigger`` is said only to come about on a
    condition, in a clause with a modal: a conditional clause opens the sentence, or one
    follows the relation word.

    >>> s = "If the line is built, Dorvik will sell power to Kalmar."
    >>> conditional(s, (s.index("sell"), s.index("sell") + 4))
    True
    >>> s = "Dorvik will sell power to Kalmar if the line is built."
    >>> conditional(s, (s.index("sell"), s.index("sell") + 4))
    True
    >>> s = "If anything, Dorvik sold more power to Kalmar in 2020."
    >>> conditional(s, (s.index("sold"), s.index("sold") + 4))
    False
    >>> s = "Dorvik will sell power to Kalmar from May."
    >>> conditional(s, (s.index("sell"), s.index("sell") + 4))
    False
    """
    opening = _IF_OPENING.match(text)
    lo = text.rfind(";", 0, trigger[0]) + 1
    clause = text[lo:trigger[0]]
    if opening and lo <= opening.end() <= trigger[0] and \
            _MODAL.search(text, opening.end(), trigger[0]):
        return True
    # (the relation is the condition itself: "If A tightens its exports to B, ...")
    if opening and trigger[1] <= opening.end() and _MODAL.search(text, opening.end()):
        return True
    return bool(_MODAL.search(clause) and _IF_AFTER.match(text, trigger[1]))


_RELATION_WORD = re.compile(rf"\b(?:{SIGNING_VERBS})\b|{TWIN.pattern}", re.I)
# A relative clause set off by commas: ", which face each other at A and B,".
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|where|whose|who)\b[^,;:]*,")


def pair_set_off(text: str, a: tuple[int, int], b: tuple[int, int],
                 trigger: tuple[int, int]) -> bool:
    """Whether both parties (spans ``a`` and ``b``) stand in a relative clause set off
    by commas that does not hold the relation word: the clause only describes the
    sentence's subjects ("A and B, which face each other at C and D, will sign a
    twinning agreement": C and D sign nothing).

    >>> s = "Bolk and Lume, which face each other at Tartu and Narva, signed a memorandum."
    >>> span = lambda w: (s.index(w), s.index(w) + len(w))
    >>> pair_set_off(s, span("Tartu"), span("Narva"), span("memorandum"))
    True
    >>> pair_set_off(s, span("Bolk"), span("Lume"), span("memorandum"))
    False
    """
    for r in _SET_OFF_RELATIVE.finditer(text):
        # (a clause that itself signs or twins states its own relation: "which was signed
        # by A and B in 2018")
        if r.start() <= min(a[0], b[0]) and max(a[1], b[1]) <= r.end() and not (
                r.start() <= trigger[0] < r.end()) and not _RELATION_WORD.search(r.group()):
            return True
    return False


# A relation the clause only asks about, wishes for or hears talk of: "asked whether A
# might twin with B", "it is unclear whether A still sells to B", "I would like to see
# our growers export to B", "people talk about A selling power to B". (The parties' own
# intention, "we intend to sign", is a planned relation and stays.)
_OPEN_BEFORE = re.compile(r"\b(?:(?:unclear|uncertain|clear|doubtful|open|undecided)\s+whether"
                          # (a plain "asks whether A is twinned with B" is hearsay the next
                          # sentence may confirm: ``denied_hearsay``)
                          r"|whether\b[^,;:.?!]*?\b(?:might|would|could|will|may)"
                          r"|(?:like|love|hope|want|wish)\s+to\s+see)\b[^,;:.?!]*$", re.I)
# ... talk of a named side doing it ("talk about Dorvik selling power to B"); talk
# about a matter, "we are talking about expanding supplies to B", is the speaker's own
# agenda and reports the supply.
_TALK_OF = re.compile(r"\b(?:talk|talks|talked|dream|dreams|dreamed)\s+(?:about|of)\s+"
                      r"(?:[A-Z][\w'-]*\s+){1,4}$")


def open_question(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the relation word at ``trigger`` stands in a clause that asks whether it
    holds, wishes for it or reports talk of it (see ``_OPEN_BEFORE``).

    >>> s = "Asked whether Dorvik might twin with Kalmar, the mayor smiled."
    >>> open_question(s, (s.index("twin"), s.index("twin") + 4))
    True
    >>> s = "Dorvik, the mayor said, is twinned with Kalmar."
    >>> open_question(s, (s.index("twinned"), s.index("twinned") + 7))
    False
    """
    return bool(_OPEN_BEFORE.search(text, max(0, trigger[0] - 120), trigger[0])
                or _TALK_OF.search(text, max(0, trigger[0] - 80), trigger[0]))


# A statement the speaker turns into a question and at once answers in the negative:
# "We are also twinned with B? No, that is another town."
_NEGATIVE_ANSWER = re.compile(r"\W*(?:no|not|nope|wrong)\b", re.I)


def retracted(text: str, after: str, last_party_end: int | None = None) -> bool:
    """Whether ``text`` ends in a question mark that the next sentence ``after`` answers
    with a no. With ``last_party_end`` (where the later party ends), only when that party
    stands in the last member before the mark: "twinned with A and with B? No" takes
    back B, not A.

    >>> retracted("We are twinned with Kalmar?", "No, that was Lund.")
    True
    >>> retracted("Are we twinned with Kalmar?", "Yes, since 1990.")
    False
    >>> s = "We are twinned with Lund and with Kalmar?"
    >>> retracted(s, "No.", s.index("Lund") + 4), retracted(s, "No.", len(s) - 1)
    (False, True)
    """
    if not (text.rstrip().endswith("?") and _NEGATIVE_ANSWER.match(after)):
        return False
    return last_party_end is None or not re.search(r",|;|\band\b|\bor\b", text[last_party_end:])


# A question answered with a no in the same run of text, as a page's FAQ writes it: "Is
# A twinned with B? - No. A and B only cooperate ..."; the dash keeps the answer in the
# question's sentence.
_ANSWERED_NO = re.compile(r"\?[\s\"'”’)]*[-–—:]*\s*(?:A:\s*)?"
                          r"(?:no|not\s+(?:so|really|yet|at\s+all))\b", re.I)


def answered_no(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the relation word at ``trigger`` stands in a question that the same
    sentence answers with a no (see ``_ANSWERED_NO``); a yes, or an answer that names
    partners, leaves it stated.

    >>> s = "Is Dorvik twinned with Kalmar? - No. The two towns only share a ferry."
    >>> answered_no(s, (s.index("twinned"), s.index("twinned") + 7))
    True
    >>> s = "Is Dorvik twinned with Kalmar? - Yes, since 1990."
    >>> answered_no(s, (s.index("twinned"), s.index("twinned") + 7))
    False
    """
    mark = text.find("?", trigger[1])
    # (the question of a later item or clause takes back only its own: "- signed X with
    # A;\n- entered Y with B? - no")
    if mark < 0 or re.search(r"[.;!\n]", text[trigger[1]:mark]):
        return False
    return bool(_ANSWERED_NO.match(text, mark))


def unasserted(text: str, rel_type: str, trigger: tuple[int, int], after: str = "",
               last_party_end: int | None = None) -> bool:
    """Whether the sentence ``text`` does not assert the relation at ``trigger`` (see
    the module's description). Of supplies only denied hearsay is judged here ("denied
    reports that A sold gas to B"); their questions and talks are left to their own
    rules. ``after`` is the next sentence of the paragraph, which may deny the hearsay
    ("Visitors keep asking if we are twinned with B. We are not."), or answer a question
    the sentence ends in with a no (``last_party_end``: where the later party ends)."""
    if denied_hearsay(text, trigger, after) or conditional(text, trigger):
        return True
    if answered_no(text, trigger):
        return True
    if open_question(text, trigger) or retracted(text, after, last_party_end):
        return True
    if rel_type not in ("TWINNED_WITH", "SIGNED_AGREEMENT"):
        return False
    if polar_question(text) or talks_came_to_nothing(text, trigger):
        return True
    return rel_type == "TWINNED_WITH" and (denied_after_twin_word(text, trigger)
                                           or proposed_twinning(text, trigger))

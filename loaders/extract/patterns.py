"""Relation patterns: which sentences state a twinning, an agreement or a supply, and
between which of the sentence's mentions.

Each finder takes a sentence and its mentions and returns :class:`Hit` objects: the
two mentions (supplier first for SUPPLIES_TO), the trigger, and how sure the pattern
is. Parties are paired by sentence structure, most specific first:
``X, Y and Z with A, B and C respectively`` (zip), ``A and B, C and D`` (pairs list),
``between A and B``, ``A ... with B, C and D`` (one to many), ``A and B signed``,
``from A to B``; otherwise a sentence with exactly two parties pairs them.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> s = "In 2009 Gomel signed a twinning agreement with Lyon."
>>> [(h.a.text, h.b.text, h.rel_type) for h in find_hits(s, find_mentions(s))]
[('Gomel', 'Lyon', 'TWINNED_WITH')]
"""

from __future__ import annotations

import dataclasses
import re

from relgraph.loaders.extract.coordination import (
    COUNTERPART,
    COUNTERPART_HEAD,
    DESCRIBED_PLACE,
    OFFICE,
    ORGAN_TIER,
    OWN_OFFICE,
    along_with,
    body_seat_end,
    dash_pairs,
    grouped_pairs,
    inserted_relative,
    of_with_pairs,
    own_clause,
    repeated_preposition,
    run_after,
    runs,
    source_asides,
)
from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.firms import FIRM_ORG_NOUNS
from relgraph.loaders.extract.goods_rows import row_supplies
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.supplies import SUPPLY, _role, find_supplies
from relgraph.loaders.extract.twin_words import NOUN as TWIN_NOUN
from relgraph.loaders.extract.twin_words import (
    PLACE_NOUN,
    QUALIFIER,
    STEM,
    TWIN,
    TWIN_WEAK,
    regional_friendship,
)

__all__ = ["Hit", "SUPPLY", "TWIN", "TWIN_WEAK", "find_hits", "find_supplies", "goal_supply",
           "status_of"]

_WEAK_SIDE = re.compile(r"\b(?:Region|Oblast|Krai|Kray|Territory|Province|Republic|Federal)\b")
# "a five-year programme", "a multi-year programme"
_YEARS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "multi", "many")
DOC_KINDS = [
    ("letter_of_intent", r"letters? of intent|agreements? of intent|treaty of intent"
                         r"|declaration of intent|letters? (?=on cooperation|of cooperation)"),
    ("memorandum", r"memorand(?:um|a|ums)(?: of understanding)?"),
    ("roadmap", r"road[- ]?maps?"),
    ("action_plan", r"action plans?|plans? of (?:joint\s+)?(?:action|measures|actions|events)"
                    # "signed a plan of youth exchanges with B": an exchange takes two
                    r"|plans?(?= (?:of|for) (?:[a-z-]+ ){0,2}exchanges\b)"),
    ("treaty", r"treat(?:y|ies)"),
    ("protocol", r"protocols?"),
    # ("a programme of trade and economic cooperation", "... on cultural cooperation":
    # the field before the word of cooperation)
    ("programme", r"(?:cooperation )?program(?:me)?s?(?= (?:of|on|for) (?:[a-z-]+ (?:and )?){0,3}"
                  r"(?:cooperation|collaboration|interaction|partnership)\b| (?:of|on) joint)"
                  r"|cooperation program(?:me)?s?"
                  # a programme signed is a document whatever its field: "signed a
                  # five-year programme", "a programme designed to expand trade was signed"
                  # (the word first: the look-behinds run only where it stands)
                  + "|(?=program)(?:" + "|".join(
                      f"(?<={verb}\\s{art}{adj})"
                      for verb, arts in (("signed", ("", "a\\s", "an\\s", "the\\s")),
                                         ("concluded", ("a\\s", "an\\s", "the\\s")))
                      for art in arts
                      for adj in ("", *(f"{w}\\s" for w in (
                          "joint", "new", "bilateral", "long-term", "comprehensive",
                          *(f"{n}-year" for n in _YEARS)))))
                  + r")program(?:me)?s?\b(?!\s+(?:director|manager|officer|committee))"
                  r"|program(?:me)?s?(?=(?:\s+for\s+(?:19|20)\d\d[\u2013-](?:19|20)?\d\d)?"
                  r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)"
                  r"\s+(?:jointly\s+)?(?:signed|concluded)\b)"
                  # a programme with its topic right after a verb of signing: "signed a
                  # programme of youth exchanges", "adopted a joint programme for 2023-2025"
                  # ("adopted a programme" alone is as often one body's own: "adopted a
                  # programme of reforms with the help of B"); the word first, so that the
                  # look-behinds run only where it stands
                  + "|(?=program)(?:" + "|".join(
                      [f"(?<={verb}\\s{art}\\s)" for verb in ("signed", "concluded")
                       for art in ("a", "the", "their", "a\\sjoint", "a\\snew")]
                      + [f"(?<={verb}\\sa\\sjoint\\s)" for verb in ("adopted", "approved")])
                  + ")program(?:me)?s?(?=\\s(?:of|on|for)\\s)"
                  # "both councils adopted a programme of student exchanges": a programme
                  # of exchanges adopted is the two sides' (an exchange takes two), where
                  # "adopted a programme of reforms" stays one body's own
                  + "|(?=program)(?:" + "|".join(
                      [f"(?<={verb}\\s{art}\\s)" for verb in ("adopted", "approved")
                       for art in ("a", "the", "their", "a\\snew")])
                  + ")program(?:me)?s?(?=\\s(?:of|for)\\s(?:[a-z-]+\\s){0,2}exchanges\\b)"
                  # or a participle of signing with its signers after it: "the programme of
                  # 2008, adopted by A and B", "a programme signed in 2019 by A and B"
                  + r"|program(?:me)?s?(?=(?:\s(?:of|for)\s(?:19|20)\d\d(?:-(?:19|20)?\d\d)?)?,?"
                    r"\s(?:signed|adopted|approved|concluded)\s(?:(?:in|on)\s[\w ]{4,20}?\s)?"
                    r"by\s)"),
    ("contract", r"contracts?|framework contracts?|deals?"),
    # "... and C signed a similar one with D": the document of the clause before.
    # ("..., and C signed one with D", "concluded another one with D": "one" after a
    # signing verb or "another" / "a new", before its partner, is a document)
    ("agreement", r"agreements?|accords?|documents?|FTAs?|(?<=similar\s)ones?"
                  r"|(?<=comparable\s)ones?"
                  # "A and B maintain contractual relations": ties an agreement sets down
                  r"|contractual\s+(?:relations|ties)|contractual(?=\s+partners\b)"
                  r"|(?:(?<=signed\s)|(?<=concluded\s)|(?<=another\s)|(?<=new\s))one"
                  r"(?=\s+(?:with|between)\b)"
                  r"|(?<=similar\s)arrangements?|(?<=comparable\s)arrangements?"
                  # a convention two bodies sign, as cross-border cooperation is set down
                  # ("the founding convention of a grouping", "a convention with B"); not
                  # a gathering ("at the party convention") nor a treaty of many states
                  r"|(?:(?<=founding\s)|(?<=amended\s)|(?<=revised\s)|(?<=cooperation\s)"
                  r"|(?<=co-operation\s)|(?<=framework\s)|(?<=partnership\s))conventions?"
                  r"|conventions?(?=\s+(?:with|between)\s)"
                  r"|(?<=cooperation\s)arrangements?|(?<=partnership\s)arrangements?"
                  # a declaration two parties sign: "the Joint Declaration on a strategic
                  # partnership between A and B" (no "Declaration of Independence")
                  r"|joint\s+declarations?|declarations?(?=\s+on\s+(?:a\s+|the\s+)?(?:[a-z-]+\s+)?"
                  r"(?:cooperation|partnership|friendship|strategic|comprehensive|development"
                  r"|good-neighbourliness|good\s+neighbourliness)\b)"),
]
_DOC = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{p})" for k, p in DOC_KINDS) + r")\b", re.I)
_SIGN = re.compile(r"\b(?:sign(?:ed|ing|s)?|conclud(?:ed|e|es|ing)|adopt(?:ed|ion)|enter(?:ed)? into"  # noqa: E501
                   r"|reached|initial(?:l)?ed|ink(?:ed)?|establish(?:ed|ing)?|have|has|had"
                   r"|renew(?:ed|s)?|prolong(?:ed|s)?|ratif(?:y|ied|ies)|approv(?:ed|es)"
                   r"|endorsed|extended|formali[sz]ed|sealed|agreed"
                   r"|(?:put|set|affixed)\s+(?:their|its|the)\s+signatures?"
                   r"|(?:put|set)\s+(?:their|its)\s+names?\s+to"
                   r"|under|between|with|by|prepar(?:ed|ing)|draft|exchanged|parties\s+to|signator(?:y|ies)"
                   # "A and B cooperate on the basis of an agreement", "maintain contractual
                   # relations": a document the pair's ties rest on
                   r"|basis\s+of|framework\s+of|based\s+on|maintain(?:s|ed|ing)?"
                   # "X's treaty partners are A and B"
                   r"|partners)\b",
                   re.I)
# Verbs that make or remake a document ("put their signatures to", "formalised their
# ties in a memorandum", "extended their agreement for five years"): shared by the
# tests of a signing below.
SIGNING_VERBS = (r"sign(?:ed|ing|s)?|conclud(?:ed|e|es|ing)|adopt(?:ed|s)?|enter(?:ed)? into"
                 r"|initial(?:l)?ed|ink(?:ed)?|exchanged|renew(?:ed|s)?|prolong(?:ed|s)?"
                 r"|ratif(?:ied|ies)|approv(?:ed|es)|endorsed|extended|formali[sz]ed|sealed"
                 r"|(?:put|set|affixed)\s+(?:their|its|the)\s+signatures?"
                 # "put their names to a memorandum"
                 r"|(?:put|set)\s+(?:their|its)\s+names?\s+to")
_SIGNED = re.compile(rf"\b(?:{SIGNING_VERBS})\b", re.I)
_SIGNED_BY = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:signed|concluded|adopted"
                        r"|approved|ratified|inked|initial+ed)"
                        r"\s+(?:by|between)\b|\bsigned\s+(?:it|this|that)\b", re.I)
# "plan" only as an intention ("plans to", "plan for"), not the document kind "action
# plan"; "may" in lower case only, not the month ("in May 2016").
PLANNED = re.compile(
    r"\b(?:intends?|intended|intention|plans?\s+(?:to|for(?!\s+\d))|planned|planning"
    r"|propos(?:ed|es|e|al)|under consideration"
    r"|being prepared|is prepared|will|would|could|should|(?-i:may)|might|expect(?:ed|s)?"
    r"|prospects?|(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?:due|scheduled|set|slated)"
    # ("scheduled for signature": the signing still to come)
    r"\s+(?:to|for\s+(?:signature|signing)\b)|(?:hope[sd]?|wish(?:es|ed)?"
    r"|want(?:s|ed)?|seeks?)\s+to"
    r"|potential|possib(?:le|ility)|interested|interest in|willingness|ready to|aims?|draft|future"
    r"|necessary to sign|to be signed|to sign|envisage[sd]?|considering|is considering|discuss(?:ed|ing)?)\b",  # noqa: E501
    re.I)
# Words that make what is near them untrue or undone: negations ("not", "no longer"),
# conditions, what is yet to be done ("is to exchange", "could sign") and what ended or
# never began ("without", "cancelled", "turned down").
NOT = re.compile(r"\b(?:not|never|no\s+longer|neither|nor)\b|n't\b", re.I)
CONDITION = re.compile(r"\b(?:if|unless|whether|provided\s+that|in\s+case|should\s+(?:the|a|it))"
                       r"\b", re.I)
TO_DO = re.compile(r"\b(?:to|will|would|shall|may|might|could|can|should|must)\s+"
                   r"(?:(?!(?:a|an|the|their|its|his|her|our|this|that)\b)[a-z]+\s+"
                   r"(?:(?:a|an|the|their|its|new)\s+)?(?:[a-z]+\s+)?)?$")
NO_MORE = re.compile(r"\b(?:without|instead\s+of|rather\s+than|cancel+ed|suspended|terminated"
                     r"|denounced|broke\s+off|expired|halted|stopped|ceased|ended|lapsed"
                     r"|annulled|withdrew|refused|declined|failed|rejected|postponed|stalled|vetoed"
                     r"|turned\s+down|blocked|overturned)\b", re.I)
# "no agreement has been signed", "refused to sign", "none of which signed" deny too.
# ("are not only twins but ...", "not only signed but ...": "not only" denies nothing)
NEGATED = re.compile(r"\b(?:(?:not(?!\s+only\b)|never|no\s+longer|n't)\s+(?:\w+\s+){0,2}"
                      r"|(?:refused|declined|failed)\s+to\s+(?:\w+\s+){0,1}"
                      r"|none\s+of\s+(?:which|whom|them|these|those)\s+(?:\w+\s+){0,1}"
                      # "so nothing was signed", "nothing has yet been concluded"
                      r"|nothing\s+(?:(?:was|were|is|has|had|got)\s+)(?:\w+\s+){0,2})"
                      r"(?:sign|suppl|deliver|export|conclud|twin|buy|bought|import|ship|sold|sell"
                      # "has not renewed its agreement", "did not extend the memorandum"
                      r"|renew|prolong|extend|ratif"
                      # "decided not to proceed with a proposed agreement", "did not go
                      # ahead with the contract", "chose not to pursue a memorandum"
                      r"|proceed|go\s+ahead|went\s+ahead|pursu)"
                      r"|\b[Nn]o\s+(?:[a-z-]+\s+){0,2}(?:agreements?|treat(?:y|ies)|memorand\w*"
                      r"|twin\w*|contracts?|documents?|protocols?|road\s?maps?|suppl\w*"
                      r"|deliver\w*|exports?)\b"
                      # "denied that the province was seeking fuel purchases": what a
                      # speaker denies did not happen
                      r"|\bden(?:ied|ies|y|ying)\s+that\s+(?:[\w'’-]+\s+){0,8}?(?:sign|suppl"
                      r"|deliver|export|conclud|twin|buy|bought|import|ship|sold|sell|purchas)",
                      re.I)


def _parties(mentions: list[Mention], allow_adjectival: bool) -> list[Mention]:
    return [m for m in mentions if allow_adjectival or not m.adjectival]


_PERSON_AFTER = re.compile(r"\s+(?:[A-Z][a-z]?\.\s?)+[A-Z][a-z][\w'’-]+")


def _sep(text: str, a: Mention, b: Mention) -> str:
    # "the Governor of A S. Ivanov and B": the person who acts for A is no separator.
    person = _PERSON_AFTER.match(text, a.end)
    at = person.end() if person and person.end() <= b.start else a.end
    # "the University in Tartu and the Kalmar Chamber": a body's seat (no party of its
    # own, ``Discourse.locate_firms``) is no separator either.
    at = body_seat_end(text, a, b, at)
    sep = text[at:b.start].strip().lower()
    # "A and, on the Chinese side, B": the aside after "and" is no separator
    sep = re.sub(r"^and\s*,\s*(?:on\s+the\s+[a-z]+\s+side|for\s+(?:its|their)\s+part|in\s+turn"
                 r"|in\s+\d{4})\s*,(?=\s|$)", "and", sep)
    # "Astrakhan's governor and the akim of Atyrau": the office acts for the place.
    sep = _OWN_OFFICE.sub("", sep)
    # 'the Institution "A" and B': the closing quote of a name is no separator.
    sep = re.sub(r'^["»”]\s*', "", sep)
    # A bracket after the first ("A (BelTA) and B", "A (2003), B") is no separator.
    sep = re.sub(r"^\([^()]{1,40}\)\s*", "", sep)
    # "A and the government of B": the organ of the next party is no separator, nor is
    # its description ("A and the Lithuanian state group B").
    sep = _ORGAN_OF_NEXT.sub("", sep)
    sep = _COUNTERPART_OF_NEXT.sub("", sep)
    sep = _FIRM_DESCRIPTION.sub("", sep)
    # "A and the Russian B": the demonym only says where B is.
    sep = _DEMONYM_OF_NEXT.sub("", sep)
    # "A and its Latvian neighbour B": nor does a neighbour's description.
    sep = _NEIGHBOUR_OF_NEXT.sub("", sep)
    return re.sub(r"\s+the$", "", sep)


_OFFICE = OFFICE
_OWN_OFFICE = re.compile(rf"^{OWN_OFFICE}\s*")
_DEMONYM_ALT = "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True))
_FIRM_DESCRIPTION = re.compile(
    rf"\s+(?:the\s+)?(?:(?:{_DEMONYM_ALT})\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?:"
    + FIRM_ORG_NOUNS + r")$")
_COUNTERPART_GAP = re.compile(rf"\s+{COUNTERPART}")
_COUNTERPART_OF_NEXT = re.compile(rf"\s+{COUNTERPART_HEAD}(?:\s+the)?$", re.I)
_DEMONYM_OF_NEXT = re.compile(rf"(?<=\band)\s+(?:the\s+)?(?:{_DEMONYM_ALT})$")
_NEIGHBOUR_OF_NEXT = re.compile(rf"(?<=\band)\s+(?:its|their)\s+(?:(?:{_DEMONYM_ALT})\s+)?"
                                r"neighbou?r(?:ing\s+[a-z]+)?"
                                # ("its Mongolian neighbour across the border, B")
                                r"(?:\s+(?:across|over|on|beyond)\s+(?:the\s+)?[a-z]+)?"
                                r"(?:\s*,\s*the|\s*,)?$")
_ORGAN_OF_NEXT = re.compile(r"\s+(?:the\s+)?"
                            rf"(?:(?:{_DEMONYM_ALT})\s+)?"
                            # ("A and the departmental authorities of B": the organ's tier)
                            rf"(?:{ORGAN_TIER}\s+(?=(?:government|administration|authorities"
                            r"|council|assembly|executive)\b))?"
                            r"(?:akimat|government|administration|city\s+hall|authorities|assembly"
                            r"|mayoralty|municipality|executive\s+committee|council|duma"
                            r"|hokimiyat|khokimiyat|city|town|village|region|province|district"
                            r"|oblast|county"
                            # "A and the governor of B": the office acts for B
                            rf"|{_OFFICE})"
                            r"\s+of(?:\s+the)?$")


_BY_FIRST = re.compile(r"\bby\s+(?:the\s+)?$")


def _runs(text: str, ms: list[Mention]) -> list[list[Mention]]:
    """Maximal lists ``A, B and C`` (the shared grammar of :mod:`.coordination`)."""
    return runs(text, ms)


# A possessive that describes the name after it: "Imereti's neighbour Samegrelo",
# "Grodno's satellite town Skidel" (not an office: "Grodno's mayor").
_OWNS_NEXT = re.compile(r"['’]s\s+(?!(?:mayor|governor|akim|khokim|head|president|director"
                        r"|administration|government|council|authorities|delegation)\b)"
                        r"(?:(?!(?:with|and|of|in|to|for|from|by|at|on|the|an?|signed|concluded"
                        r"|has|have|had|is|are|was|were)\b)[a-z][\w-]*\s+){1,2}[A-Z]")


# A body's organ word written in lower case after its place's name ("the A district
# administration", "the B city council", "the C county assembly").
_ORGAN_AFTER_NAME = (r"(?:administration|government|governorate|authorities|authority|akimat"
                     r"|k?hokimiyat|municipality|council|executive\s+committee|committee"
                     r"|assembly|corporation)")
_SEAT_FIRM_BETWEEN = re.compile(r"\s+and\s+the\s+[A-Z][\w'’]+(?:-based)?\s+(?:company|firm)\s+"
                                # ("the A administration and the B region hokimiyat
                                # signed", "the A district administration and the B
                                # district council signed": the organ word of the first)
                                rf"|\s+{_ORGAN_AFTER_NAME}\s+and\s+(?:the\s+)?")


def pair_up(text: str, ms: list[Mention], trigger: tuple[int, int], loose_pairs: bool = False,
            strict: bool = False) -> list[tuple[Mention, Mention, str, float]]:
    """Pairs of mentions the sentence relates (see module doc), with the rule used.
    ``loose_pairs`` (twinnings) also reads ``A and B, in 2012 - C and D, E and F``:
    pairs joined by "and", set apart by commas, dashes or semicolons."""
    if len(ms) < 2:
        return []
    which = _with_which(text, ms, trigger) or _agent_under(text, ms, trigger)
    if which:
        return which
    listed = _listed_signers(text, ms, trigger)
    if listed:
        return listed
    entry = _entry_dash_pair(text, ms, trigger)
    if entry:
        return [(*entry, "entry pair", 0.75)]
    dashed = dash_pairs(text, ms)
    if len(dashed) >= 2:
        # "Minsk - Belgrade (2010), Grodno - Novi Sad (2013)"
        return [(a, b, "pairs list", 0.8) for a, b in dashed]
    grouped = grouped_pairs(text, ms)
    if grouped and not loose_pairs and _twinned_groups(text, grouped, trigger):
        grouped = []
    if grouped:
        # "A with B and C, D with E"; "A and B have agreements with C, and D with E";
        # "A and B are partner cities, C is twinned with D, and E with F".
        used = {id(m) for pair in grouped for m in pair}
        first = [(a, b, "A and B", 0.7) for a, b, *_ in _subject_pair(
            text, _runs(text, ms), (min(m.start for pair in grouped for m in pair),) * 2)
            if id(a) not in used and id(b) not in used]
        return first + [(a, b, "grouped pairs", 0.8) for a, b in grouped]
    runs = _runs(text, ms)
    # X, Y and Z ... A, B and C respectively
    if re.search(r"\brespectively\b", text, re.I):
        long = [r for r in runs if len(r) >= 2]
        # The two lists nearest "respectively" are the ones it pairs.
        for i in reversed(range(len(long) - 1)):
            # The lists of another document of the sentence are not this one's ("The
            # agreement between A and B ...: C and D concluded twinning agreements with E
            # and F respectively").
            other = [t for t in (*TWIN.finditer(text), *_DOC.finditer(text))
                     if trigger[1] + 40 <= t.start() < long[i + 1][0].start]
            # (and the lists before those are neither: the first document's parties
            # are no partners of the second's subjects)
            if other and trigger[1] <= long[i][0].start:
                break
            if len(long[i]) == len(long[i + 1]):
                return [(x, y, "respectively", 0.85) for x, y in zip(long[i], long[i + 1], strict=False)]  # noqa: E501
    if loose_pairs:
        pairs = _and_pairs(text, ms)
        # (the places of another tie are no twins: "A and B became sister cities, two
        # years after diplomatic relations between C and D were established")
        own = [p for p in pairs if not _other_ties_between(text, p[0])]
        if len(pairs) >= 2 and own and len(own) < len(pairs):
            return [(a, b, "pairs list", 0.75) for a, b in own]
        if len(pairs) >= 2:
            return [(a, b, "pairs list", 0.75) for a, b in pairs]
    # A and B, C and D, E and F (after "such cities as", "connect", a colon...); "A and B,
    # as well as C and D"
    for r in runs:
        # "the A and B regions, as well as the C and D regions": each pair carries its
        # own plural kind word, which closes it (and an "and" may join the pairs).
        headed = len(r) >= 4 and len(r) % 2 == 0 and all(
            _plural_head(r[k + 1]) and not _plural_head(r[k]) for k in range(0, len(r), 2))
        if len(r) >= 4 and len(r) % 2 == 0 and (headed or not _plural_head(r[-1])):
            seps = [_sep(text, r[k], r[k + 1]) for k in range(len(r) - 1)]
            joins = (",", ";", ", and", ", as well as", ", and also") + (("and",) if headed else ())
            if _BY_FIRST.search(text, max(0, r[0].start - 8), r[0].start):
                # "signed by A and B and by C and D": each pair repeats its agents' "by"
                joins += ("and by", ", and by", ", by", "; by", "as well as by",
                          ", as well as by")
            if all(s == "and" for s in seps[0::2]) and all(s in joins for s in seps[1::2]):
                return [(r[k], r[k + 1], "pairs list", 0.8) for k in range(0, len(r), 2)]
    out = []
    # between A and B: tied to the trigger ("an agreement on trade between A and the
    # regional company B") it is the clause's pair; elsewhere ("ties between A and B")
    # only a weak guess, and none when strict (nothing is signed in the sentence).
    last_tied = None   # where the list of a "between" tied to the trigger ended
    for m in re.finditer(r"\bbetween\b", text, re.I):
        if ROUTE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "an agreement on the road bridge between A and B": the route's ends
        if re.match(r"\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:regions|cities|enterprises|companies|peoples"
                    r"|citizens|businesses|universities|organi[sz]ations)\s+of\b", text[m.end():]):
            continue  # "between the regions of A and B": the countries' regions, no pair
        after = [x for x in ms if x.start > m.end()]
        # "between the Armenian company "Multi Group" and ...": a description with its
        # demonym and an opening quote may stand before the name.
        if after and not re.fullmatch(rf"\s+(?:the\s+)?(?:(?:(?i:{_DEMONYM_ALT})"
                                      r"|[A-Z][a-z]+(?:ian|ese|ish|ic|an|i))\s+)?"
                                      r"(?:[a-z][\w-]*\s+){0,6}[\"«“]?",
                                      text[m.end():after[0].start]) and not (
                # 'between the Federal State Budgetary Institution "X" and ...'
                re.fullmatch(r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:of|for)\s+)?){1,8}[\"«“]?",
                             text[m.end():after[0].start])
                and text[after[0].start - 1:after[0].start + 1].strip()[:1] in ('"', "«", "“")):
            continue  # the list must follow "between": not a party of a later clause
        if _WITH_THEN_TOPIC.fullmatch(text, trigger[1], m.start()):
            continue  # "a protocol with B on the bus line between C and D": the line's
        if 0 <= m.start() - trigger[1] < 120 and RELATIVE_OWN_VERB.match(
                text, trigger[1], m.start()):
            continue  # "a protocol that supports exchanges between C and D": the exchanges'
        listed = _between_list(text, after)
        if listed:
            gap = text[trigger[1]:m.start()]
            # "The agreements of the regions complement the treaty base between A and
            # B": the "between" is the nearer document's.
            tied = (0 <= m.start() - trigger[1] < 120 and not re.search(r"[;(]", gap)
                    and not any(trigger[1] <= x.start < m.start() for x in ms)
                    and not _DOC.search(gap)) or bool(
                re.search(r"\b(?:signed|concluded)\s+$", text[max(0, m.start() - 12):m.start()])
            ) or bool(listed[-1].end <= trigger[0] and _BETWEEN_IS_DOC.fullmatch(
                # "Relations between A and B are regulated by a memorandum of 2011"
                text, listed[-1].end, trigger[0])) or (last_tied is not None and bool(re.fullmatch(
                # "between A and B, and between C and D": the repeated "between" is tied too
                # (a date of the pair before may stand first: "... B in 1995 and between C")
                r"(?:\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{4})?"
                r"\s*,?\s*(?:and\s+|as\s+well\s+as\s+)?(?:also\s+)?", text[last_tied:m.start()])
            )) or _rests_on(text, m.start(), listed[-1].end, trigger)
            if tied and _topic_between(text, trigger, m.start(), runs, listed):
                tied = False
            last_tied = listed[-1].end if tied else None
            # Untied, it counts only within the trigger's own clause.
            same_clause = _clause_start(text, m.start()) == _clause_start(text, trigger[0])
            if tied or (not strict and same_clause):
                conf = 0.85 if tied else 0.5
                group = run_after(text, listed[1], after) if len(listed) == 2 else []
                # ("After the treaty between A and B, the C and D regions signed ...": the
                # names past the comma are the subject of the main clause, no group)
                if len(group) >= 2 and _sep(text, group[0], group[1]).startswith(",") \
                        and _verb_follows(text, group[-1].end):
                    group = []
                if len(group) >= 2 and _plural_head(group[-1]):
                    # "between A and the B, C and D regions": A with each of the group
                    out.extend((listed[0], y, "between", conf) for y in group)
                    if tied:   # (a repeated "between" goes on after the group)
                        last_tied = group[-1].end
                    continue
                out.extend((x, y, "between", conf)
                           for i, x in enumerate(listed) for y in listed[i + 1:])
    if any(conf > 0.8 for *_, conf in out):
        return [p for p in out if p[3] > 0.8]
    weak_between = []
    if out:
        # "A and B signed a memorandum on a service between C and D": the subject of
        # the signing is surer than a "between" the trigger does not govern; so is the
        # document's own with-partner ("an agreement with B in 2007, and a protocol with
        # C on the ferry line between D and E"), when the with-reading finds one.
        subject = _subject_pair(text, runs, trigger)
        if subject or loose_pairs or not _DOCUMENT_THEN_WITH.match(text, trigger[1]):
            return subject or out
        weak_between = out
    fronted = _fronted_with(text, ms) or _under_document_with(text, ms, trigger)
    if fronted:
        return fronted
    # "...: with B we have had an agreement since 1999", "..., and with C it is twinned":
    # a later clause that fronts its partner; its "with" is no object of what came before.
    inner = _inner_fronted_with(text, ms)
    inner_at = {at for at, _ in inner}
    inner = [pair for _, pair in inner]
    # A ... with B, C and D  (A: the last party before "with", or the subject; B right
    # after "with", not "with scientists from B")
    # "A became a partner of B under an agreement of 2010": "partner of" as "with", when
    # the document the partnership rests on follows.
    for m in re.finditer(r"\bwith\b|(?:\b(?:a|the|its)\s+)(?:[a-z]+\s+)?partners?\s+of\b",
                         text, re.I):
        partner_of = not m.group(0).lower().startswith("with")
        if m.start() in inner_at or _appositive_with(text, ms, m.start()):
            continue
        if partner_of and not _under(text, trigger, m.start()):
            continue
        if strict is not None and not _with_tied(text, trigger, m.start()) and not _under(
                text, trigger, m.start()):
            continue
        after = [x for x in ms if x.start >= m.end()]
        gap = text[m.end():after[0].start] if after else ""
        # A long official descriptor before a quoted name is not distance.
        far = len(gap) > 45 and not re.fullmatch(r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)+", gap)
        if after and (far or re.search(
                r"\bfrom\s+(?:the\s+)?$|\bwith\b", text[m.end():after[0].start])) \
                and not _COUNTERPART_GAP.fullmatch(gap):
            continue
        signed_by = [x for x in ms if x.start > m.end() and re.search(
            r"\b(?:signed|concluded)\s+by\s+(?:the\s+)?$", text[max(0, x.start - 30):x.start])]
        # The party of an earlier with-phrase is its object, no subject of this one ("An
        # agreement with A was signed in 2004, and a memorandum with B in 2008").
        # (and the whole list of it: "Its charters with A (1996) and B (1998) were
        # followed by a twinning with C")
        # (not one a relative clause goes on from: "with B, which signed ... with C")
        objects = {id(y) for x in ms if x.end <= m.start() and _WITH_OBJECT.search(
            text, max(0, x.start - 40), x.start) and not _RELATIVE_AFTER.match(text, x.end)
            for y in _until_gapped_subject(text, run_after(text, x, ms))}
        before = [x for x in ms if x.end <= m.start() and id(x) not in objects] or signed_by
        # "Imereti's neighbour Samegrelo concluded a memorandum with B": the possessive
        # describes the subject named after it, it signs nothing.
        before = [x for x in before if not _OWNS_NEXT.match(text, x.end)]
        # The subject is in the clause of the signing: "cooperation between A and B
        # grows, where C signed an agreement with D" is C's, not A's.
        lo = _clause_start(text, m.start())
        before = [x for x in before if x.start >= lo] or before
        # "At the Forum of ... in Mogilev, A signed ... with B", "In order to increase
        # supplies to X, A signed ... with B": the opening phrase names no signer.
        opening = _OPENING.match(text)
        if opening and opening.end() <= m.start():
            before = [x for x in before if x.start >= opening.end()] or before
        # "During VolgaExpo (May 2023) an agreement was signed with B": the event, no
        # signer, though no comma closes its phrase
        before = [x for x in before if not opening_event(text, x)]
        # "The Gilan text was complemented by a memorandum with B": the partner that
        # names one document signs no other document of the clause
        before = [x for x in before if not names_other_document(text, x)]
        if signed_by and after and after[0] is not signed_by[0]:
            # "the agreement with B ... was signed by A"; "Agreements with B (2001), C
            # (2003) and D were signed by A": each of the list
            listed = [x for x in run_after(text, after[0], after) if x.end <= signed_by[0].start]
            return [(signed_by[0], x, "with signed by", 0.8) for x in listed or after[:1]]
        if not before or not after:
            continue
        run = _until_gapped_subject(text, next((r for r in runs if r[0] is after[0]), None)
                                    or _joined_back(text, runs, after[0]))
        if _NEXT_IN_LINE.match(text, run[-1].end):
            continue   # "A signs deals in B, with C and D next": later hosts, no partners
        agents = _agents_before(text, before, m.start())
        if agents:
            # "Agreements were signed by A, B and C with D": each signer with D.
            return [(a, x, "by-with", 0.7) for a in agents for x in run if a is not x]
        if len(run) > 1 and re.search(r"\b[a-z][\w-]*\s+of\s+(?:the\s+)?$", gap) and \
                not _MEMBERS_KIND_OF.search(gap) and \
                re.match(r"\s*(?:[,.;]|$)", text[run[1].end:]) and \
                _sep(text, run[0], run[1]) == ",":
            # "with another member of the union, Y": the first name only qualifies the
            # noun phrase; the apposition after it names the party.
            run = run[1:2]
        # Not a place that only says where ("In Minsk, X signed ... with Y").
        actors = [x for x in before if _role(text, x) not in ("in", "at", "origin", "on", "near")]
        before = actors or before
        subject = before[0] if before[0].start < trigger[0] else before[-1]
        # "A supplies cables to B, the wine maker C signed a contract with D" (items of a
        # list run together): the party the signing verb follows is the subject, when
        # the first has a verb of its own.
        direct = [x for x in before if x is not before[0] and _signs_next(text, x, trigger)
                  and _FINITE.search(text, before[0].end, x.start)]
        if direct:
            subject = direct[-1]
        # "X marked the twinning of A with B": the noun's own "of" names the first side
        # (not the subject of the verb the noun is the object of)
        of_side = next((x for x in before if _NOUN_OF.fullmatch(text, trigger[1], x.start)
                        and _SIDE_THEN_WITH.fullmatch(text, x.end, m.start())), None)
        if of_side is not None:
            return [(of_side, x, "of-with", 0.8) for x in run if x is not of_side]
        # "X reaches Y through Z, which has a contract with B": the relative clause's
        # subject is the party it follows.
        rel = [x for x in before if re.match(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:which|that|who)\b",
                                              text[x.end:])]
        if rel and rel[-1].end <= trigger[0]:
            subject = rel[-1]
        # ... unless it is an object relative with a subject of its own: "... to buyers in
        # B, which the C akimat promoted through a memorandum with D" is C's.
        inner_subject = [x for x in before if _OBJECT_RELATIVE.search(
            text, max(0, x.start - 30), x.start) and not re.search(r"[,;:]", text[x.end:m.start()])]
        if inner_subject:
            subject = inner_subject[-1]
        # "..., and C a road map with D": the gapped clause's own subject
        gapped = [x for x in before if (g := _GAPPED_SUBJECT.match(text, x.end))
                  and g.start() <= trigger[0] and trigger[1] <= g.end()]
        if gapped:
            return [(gapped[-1], x, "gapped subject", 0.7) for x in run]
        listed = run_after(text, before[0], before) if len(before) >= 3 else []
        if len(before) >= 2 and (re.fullmatch(r"and|, and", _sep(text, before[0], before[1])) or (
                # "A, B and C signed ... with D", "the A, B and C regions have ... with D"
                len(listed) >= 3 and _sep(text, before[0], before[1]) == ","
                and re.fullmatch(r"and|, and", _sep(text, listed[-2], listed[-1])))) \
                and before[1].end <= trigger[0]:
            # "A and B signed ... with C": each of the co-signers with C.
            subjects = [x for x in run_after(text, before[0], before) if x.end <= trigger[0]]
            subjects += _own_side_joined(text, subjects[-1], before, trigger)
            # "A and B signed X, and in 2016 a similar document with C": the clause of
            # the "with" has no subject; the pipeline keeps the signer of the other
            # country than C.
            gap = _NEW_CLAUSE.search(text, subjects[-1].end, m.start())
            # ("..., and in 1992 the regional executive committee in C concluded a
            # protocol with D": the later clause names its own signer right before its
            # verb; it signs alone)
            # (a place "in C" too: "the executive committee in C concluded")
            own_signer = [x for x in ms if gap and gap.end() <= x.start and x.end <= m.start()
                          and not x.adjectival and (_SIGNER_VERB.match(text, x.end)
                                                    or _OWN_SIGNER_VERB.match(text, x.end)
                                                    or _opens_own_clause(text, gap, x))]
            if own_signer and trigger[0] >= own_signer[-1].end:
                own = _OWN_SIGNER_VERB.match(text, own_signer[-1].end)
                aside = own.span("aside") if own else (-1, -1)
                if aside[0] <= trigger[0] < aside[1] and _TURNED_DOWN.search(
                        text, aside[0], trigger[0]):
                    return []   # ("C, having rejected a twinning with D, ...": no tie)
                return [(own_signer[-1], x, "gapped subject", 0.7) for x in run
                        if x is not own_signer[-1]]
            how = "gapped with" if gap else "and-with"
            if own_signer:
                # (the first clause's document: the later clause's partner is not its)
                return [(subjects[0], subjects[1], how, 0.6)] if trigger[1] <= gap.start() \
                    and len(subjects) == 2 and _verb_follows(text, subjects[1].end) else []
            # (and the pair itself signed the first clause's document, the trigger:
            # "A and B adopted a programme, while a similar plan with C is being
            # drafted"; the pipeline keeps it when A and B are of two countries)
            own = [(subjects[0], subjects[1], how, 0.6)] if gap and trigger[1] <= gap.start() \
                and len(subjects) == 2 and _verb_follows(text, subjects[1].end) else []
            return own + [(a, x, how, 0.6) for a in subjects for x in run if a is not x]
        # "with B in 2012 and with C in 2014", "with the B and C regions of Russia, with
        # D of Kazakhstan and with E": later coordinated with-phrases too.
        # (", as well as with C", "along with": the same)
        # (a twinning's with-phrase may bring its own twin words: "has had a twinning with
        # B since 2004 and a partnership with C", "... with B and is twinned with C")
        more_with = _MORE_TWIN_WITH if loose_pairs else _MORE_SIGNED_WITH
        for more in more_with.finditer(text[m.end():]):
            at = m.end() + more.end()
            if re.search(r"[;:]", text[m.end():at]):
                break
            nxt = [x for x in ms if x.start >= at and not x.adjectival]
            # ("and with the Chinese province of C": the place described)
            if nxt and _WITH_OPENING.fullmatch(text, at, nxt[0].start) and not (
                    _NEXT_IN_LINE.match(text, run_after(text, nxt[0], ms)[-1].end)):
                run = run + [x for x in next((r for r in runs if r[0] is nxt[0]), [nxt[0]])
                             if x not in run]
        return [(subject, x, "with", 0.8) for x in run] + [
            pair for pair in inner if all(pair[1] is not x for x in run)]
    if inner:
        return inner
    # A and B signed / concluded ...; "A, B and C signed": co-signers, each pair (the
    # pipeline keeps the pairs across countries when the list mixes them).
    for r in _nearest_first(runs, trigger):
        r = _without_fronted_place(text, r)
        if len(r) == 2 and re.fullmatch(r"(?:,\s*)?and|&", _sep(text, r[0], r[1])) \
                and (loose_pairs and not strict or _verb_follows(text, r[1].end)
                     or _PAIR_AGENT.search(text[max(0, r[0].start - 110):r[0].start])
                     or _gapped_pair(text, r[0], r[1])):
            return [(r[0], r[1], "A and B", 0.7)]
        if 3 <= len(r) <= 8 and not strict and r[-1].end <= trigger[0] and (re.search(
                r"\b(?:signed|concluded|adopted|have|has)\b", text[r[-1].end:trigger[0]])
                or _RECIPROCAL.match(text, trigger[1])):
            return [(x, y, "co-signers", 0.65) for i, x in enumerate(r) for y in r[i + 1:]]
        # "the agreement ..., signed in 1998 by A, B and C": the passive's agents
        if 3 <= len(r) <= 8 and r[0].start >= trigger[1] and _PAIR_AGENT.search(
                text[max(0, r[0].start - 110):r[0].start]):
            return [(x, y, "co-signers", 0.65) for i, x in enumerate(r) for y in r[i + 1:]]
    # "A and the Kaunas company B concluded ...": the second firm described by its seat
    # (a list the shared grammar does not join, its seat being no member); "the A
    # administration and the B hokimiyat signed ...".
    for a, b in zip(ms, ms[1:], strict=False):
        if b.end <= trigger[0] and _SEAT_FIRM_BETWEEN.fullmatch(text, a.end, b.start) \
                and _verb_follows(text, b.end):
            return [(a, b, "A and B", 0.7)]
    # Two parties that merely co-occur with a trigger are no pair: a guess that cost
    # more than it found on texts the rules were not written for.
    return weak_between


# Who comes after, in an absolute "with" phrase: "..., with C and D next", "with E to
# follow" (not "next year", a date of the signing).
_NEXT_IN_LINE = re.compile(r"\s+(?:next|to\s+follow|to\s+come|still\s+to\s+come)\b"
                           r"(?!\s+(?:to|year|month|week|spring|summer|autumn|winter|time)\b)")


# A name among those an absolute "with" phrase lists as coming next ("..., with C and D
# next"): before it "with" and names, after it names and the word for next.
_WITH_NAMES_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*(?:,\s*|\s+and\s+|\s+))*$")
_NAMES_THEN_NEXT = re.compile(r"(?:\s*(?:,\s*|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w'’-]*)*"
                              + _NEXT_IN_LINE.pattern)


def named_next(text: str, m: Mention) -> bool:
    """Whether ``m`` is one of the names a "with ... next" phrase lists."""
    return bool(_NAMES_THEN_NEXT.match(text, m.end)
                and _WITH_NAMES_BEFORE.search(text, max(0, m.start - 80), m.start))


# A plural kind word whose "of" introduces the members listed after it ("with the four
# northern provinces of A, B, C and D"), not a noun an apposition names ("with another
# member of the union, Y").
_MEMBERS_KIND_OF = re.compile(r"\b(?:towns|cities|villages|municipalities|communes|regions"
                              r"|provinces|districts|oblasts|counties|voivodeships|prefectures"
                              r"|cantons|states|territories|governorates)\s+of\s+(?:the\s+)?$")


# A relation the members of a list hold among themselves: "A, B and C are twinned with
# one another", "... signed a memorandum with each other": every two of them.
_RECIPROCAL = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:with|of|to)\s+(?:one\s+another|each\s+other)"
                         r"\b")


# A town's partnership with another: "has maintained a partnership with B".
# (or a town's own: "A's link with B dates from 1962", beside a twin word)
_PARTNERSHIP_WITH = re.compile(r"(?:\b(?i:an?|its|their)|(?<=\w)['’]s)\s+"
                               r"(?i:(?:(?:long|long-standing|close|formal|lasting)\s+)?"
                               r"(?:partnership|links?|ties))(?=\s+with\b)")
# A tie only sought, not held: "is negotiating a partnership", "hopes to build links".
_SOUGHT_BEFORE = re.compile(r"\b(?:negotiat|discuss|seek|sought|explor|consider|propos|plan"
                            r"|hop(?:e|es|ed|ing)\b|want|wish|aim)\w*\s+(?:[a-z]+\s+){0,2}"
                            r"(?:an?|its|their)?\s*$", re.I)
# A later with-phrase coordinated with the first: "and with C", ", as well as with C".
_MORE_WITH = re.compile(r"(?:\b(?:and|but)|,|\bas\s+well\s+as)\s+(?:also\s+)?with\b", re.I)
# ... or one with a signing verb of its own and the same subject: "signed an agreement
# with B in 1997 and adopted with C a programme", "and later concluded a protocol with C".
_MORE_SIGNED_WITH = re.compile(
    _MORE_WITH.pattern + r"|\band\s+(?:(?:in\s+(?:19|20)\d\d|later|also|then|subsequently),?\s+)*"
    # (not a twinning's own document: "and signed a twinning agreement with C" is C's twinning)
    rf"(?:{SIGNING_VERBS})\s+(?:(?:an?|the|its|their)\s+(?:(?!twin|sister|fratern|friend)"
    r"[a-z-]+\s+){0,4}?)?with\b", re.I)
# ... or, for a twinning, one with twin words of its own: "and a partnership with C", "and
# is twinned with C", "and has had fraternal ties with C since 2010".
# (after "and", not a bare comma: "..., and C, twinned with D since 2000, hosts" describes C)
_MORE_TWIN_WITH = re.compile(
    _MORE_WITH.pattern + r"|(?:\b(?:and|but)|\bas\s+well\s+as)\s+(?:also\s+)?"
    r"(?:(?:is|are|was|were|has|have|had)\s+(?:also\s+)?(?:been\s+|had\s+|maintained\s+)?)?"
    r"(?:(?:an?|its|their)\s+(?:[a-z-]+\s+)?)?"
    r"(?:twinned|paired|partnered|partnership|twinning|(?:fraternal|friendly|friendship)\s+"
    r"(?:ties|relations|links))\s+with\b", re.I)


# "diplomatic relations between A and B", "the bus route between A and B": a pair of
# another tie, no twinning of a list of twin pairs.
_TIES_BETWEEN = re.compile(r"\b((?:[a-z-]+\s+){1,3})between\s+(?:the\s+)?$")


def _other_ties_between(text: str, a: Mention) -> bool:
    before = _TIES_BETWEEN.search(text, max(0, a.start - 60), a.start)
    if before is None:
        return False
    # (the clause's own words before "between": "fraternal ties were established between")
    lo = max(text.rfind(c, 0, before.start()) for c in ",;.:") + 1
    own = text[max(lo, a.start - 80):a.start]
    return not (TWIN.search(own) or TWIN_WEAK.search(own)
                or re.search(r"\b(?:partner|friend)", own))


# "..., and C a road map with D": a gapped clause's subject before its document.
_GAPPED_SUBJECT = re.compile(r"\s+(?:(?:in|on)\s+(?:19|20)\d\d\s+)?(?:an?|the|its|their)\s+"
                             r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?:" + _DOC.pattern
                             + r"|charters?\b)")


_GAPPED_SUBJECT_BEFORE = re.compile(r"(?:\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?"
                                    r",\s+and\s+(?:the\s+)?")


def opens_gapped_document(text: str, end: int) -> bool:
    """The party ending at ``end`` is the subject of a gapped clause, its document right
    after it ("..., and C a road map with D")."""
    return _GAPPED_SUBJECT.match(text, end) is not None


def _until_gapped_subject(text: str, run: list[Mention]) -> list[Mention]:
    """The members of a with-list before one that opens a gapped clause ("with B, and C
    a road map with D": C is the road map's signer, no partner of the first document)."""
    for i, x in enumerate(run[1:], 1):
        if opens_gapped_document(text, x.end) and _GAPPED_SUBJECT_BEFORE.fullmatch(
                text, run[i - 1].end, x.start):
            return run[:i]
    return run


# The pair that signs, after "by": "was signed by the governors of A and B", and the
# noun of the act, "the signing of a road map by A and B", "the conclusion of an
# agreement on trade by A and B" (a title of up to eight words between).
_PAIR_AGENT = re.compile(
    r"(?:\b(?:signed|concluded|adopted|initial+ed|inked|approved|endorsed|ratified)"
    # ("signed in 1998 by", "concluded in May 2004 by": its date first; "signed in
    # Basel in May 2019 by": its venue and date)
    r"\s+(?:\w+\s+|in\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?"
    r"(?:(?<=\bsigned\s)in\s+[A-Z][\w'’-]+\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?"
    r"|\b(?:signing|conclusion|adoption|initialling|renewal|extension|prolongation)\s+of\s+"
    r"(?:an?\s+|the\s+|their\s+)?(?:[\w-]+,?\s+){0,8}?)"
    r"by\s+(?:the\s+)?(?:(?:governors?|heads?|chairm[ae]n|mayors?"
    r"|rectors?|directors?|presidents?|ministers?|leaders(?:hip)?|representatives)"
    r"\s+of\s+(?:the\s+)?)?$", re.I)
_BY_AGENT = re.compile(r"\b(?:signed|concluded|adopted|initial+ed|inked|approved|agreed)"
                       r"\s+(?:\w+\s+)?by\s+(?:the\s+)?$", re.I)


_FRONTED_WITH = re.compile(r"^(?:[-–—•]\s*)?(?:(?:In|Since|By|Back\s+in)\s+\d{4},?\s+)?"
                           r"(?:Also\s+)?[Ww]ith\s+"
                           r"(?:the\s+)?")
_AFTER_FRONTED = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+"
                            r"(?:(?:in|since|back\s+in)\s+\d{4},?\s+)?(?:the\s+)?")


# "Under a contract concluded in February with B, A delivered ...": the document and its
# partner fronted in a phrase of their own, the signer the main clause's subject.
_UNDER_DOCUMENT = re.compile(r"(?:^|[:;,]\s+)(?:[A-Z][a-z]+\s+\d{4},?\s+)?[Uu]nder\s+"
                             r"(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,3}$")
_DOCUMENT_WITH = re.compile(r"(?:\s+(?:signed|concluded|agreed|made)(?:\s+(?:in|on|last)\s+"
                            r"(?:[A-Za-z]+\s+){0,2}?(?:\d{4}|[A-Z][a-z]+|year|month))?)?"
                            # (a description of the partner: "the Kazakh firm B")
                            r"\s+with\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
                            r"(?:(?:firm|company|concern|group|holding|trader|dealer)\s+)?")
# From the partner to the subject: an apposition of the partner, the comma, and a
# description of the subject ("the Blagoveshchensk firm").
_UNDER_GAP = re.compile(r"(?:\s*,\s+(?:the|a|an)\s+[^,;()]{1,60})?\s*,\s+(?:the\s+)?"
                        r"(?:[A-Z][\w-]+\s+)?(?:[a-z-]+\s+){0,2}")
_MAIN_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:will|would|has|have|had|is|are|was|were"
                        r"|[a-z]{3,}(?:ed|es|s))\b")


def _under_document_with(text: str, ms: list[Mention], trigger: tuple[int, int]) -> list:
    """"Under a contract concluded in February with B, A delivered 480 trucks", "Under a
    separate contract with B, A will supply kits": the pair of the fronted document (the
    trigger) is its partner and the subject of the main clause, whatever its verb."""
    if not _UNDER_DOCUMENT.search(text, max(0, trigger[0] - 70), trigger[0]):
        return []
    w = _DOCUMENT_WITH.match(text, trigger[1])
    partner = next((x for x in ms if w and w.start() < x.start <= w.end()
                    and x.start >= w.end() - 40), None)
    if partner is None:
        return []
    # (an apposition the recogniser read blanks the text: "with COFCO, the state grain
    # trader, the firm A is to supply")
    subject = next((x for x in ms if x.start > partner.end
                    and (_UNDER_GAP.fullmatch(text, partner.end, x.start)
                         or x.start - partner.end > 2 and not text[partner.end:x.start].strip())
                    and _MAIN_VERB.match(text, x.end)), None)
    return [(subject, partner, "under with", 0.7)] if subject is not None else []


# "Velikie Luki, with which we have had friendly ties since 1996", "Elblag (Poland), with
# whom the town concluded a memorandum": the party before "with which" is the partner.
# ("Birzai, a town with which we have been twinned since 2006": a kind word between)
_WITH_WHICH = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:(?:a|the|an|our)\s+(?:[a-z-]+\s+){0,2}?"
                         r"(?:town|city|region|province|municipality|district|county|partner)\s+)?"
                         r"with\s+(?:which|whom)\s+")


# Between a firm and its "with which": where it lies ("B GmbH of Hamburg, with which")
# or an apposition that describes it ("B (BCO), a growers' cooperative in the north,
# with which"): the relative is still the firm's.
_PLACED_AT = re.compile(r"\s+(?:of|in|from)\s+(?-i:[A-Z])[\w-]*(?:[ -](?-i:[A-Z])[\w-]*){0,2}")
_DESCRIBED = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:a|an|the|our)\s+[^,;()]{1,70}?"
                        r"(?=,\s+with\s+(?:which|whom)\s)")


def _which_after(text: str, ms: list[Mention], x: Mention) -> re.Match | None:
    """The "with which" that follows ``x``, right after it or after where the firm lies
    or what it is."""
    w = _WITH_WHICH.match(text, x.end)
    if w is not None or x.refers or x.adjectival or x.kind_hint in ("Country", "Region", "City"):
        return w
    place = _PLACED_AT.match(text, x.end)
    if place is not None:
        return _WITH_WHICH.match(text, place.end()) if x.organisation else None
    d = _DESCRIBED.match(text, x.end)
    return _WITH_WHICH.match(text, d.end()) if d is not None else None


def _with_which(text: str, ms: list[Mention], trigger: tuple[int, int]) -> list:
    """The partner a relative "with which" follows and the subject right after it (a
    name or a reference: "we", "the city", "our region"), when the trigger is the
    relative clause's own (no stop or semicolon between)."""
    for x in ms:
        w = _which_after(text, ms, x)
        if w is None or x.refers or TWIN.search(text, 0, x.start):
            # ("A is twinned with B, with which it signed ...": the signing beside a
            # twinning is read, or not, by the twinning's own rules)
            continue
        subject = next((y for y in ms if y.start == w.end() and not y.adjectival), None)
        if subject is None or not subject.end <= trigger[0] or \
                re.search(r"[;.:]", text[subject.end:trigger[0]]):
            continue
        if subject.refers in ("Actor", "Company"):
            # "Omsk is twinned with Petropavl, with which it signed ...": "it" is the
            # party the sentence opens with, when one does
            lead = len(text) - len(text.lstrip())
            subject = next((y for y in ms if y.start == lead and not y.refers
                            and not y.adjectival and y is not x), subject)
        return [(subject, x, "with which", 0.75)]
    return []


# "X became the Company's sole dealer under a contract concluded in June", "Y became
# our exclusive distributor under a contract concluded in March": the owner of the agent
# noun signed the document with X.
_BECAME_AGENT = re.compile(r"\s+(?:has\s+|had\s+)?(?:became|become|becomes|was\s+appointed"
                           r"(?:\s+as)?|has\s+been\s+appointed(?:\s+as)?)\s+(?:the\s+)?")
_AGENT_UNDER = re.compile(r"(?:['’]s)?\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}(?:dealer|distributor"
                          r"|representative|importer|agent|partner)\s+(?:(?:in|for)\s+(?:the\s+)?"
                          r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?under\s+(?:an?|the|its|their)\s+")


def _agent_under(text: str, ms: list[Mention], trigger: tuple[int, int]) -> list:
    """The subject that became an owner's dealer (distributor, agent) under a document,
    and that owner: "our", "the Company's", or a name's possessive."""
    for x in ms:
        b = _BECAME_AGENT.match(text, x.end)
        owner = next((y for y in ms if b and y.start == b.end() and not y.adjectival), None)
        if owner is None or x.refers or x.adjectival:
            continue
        a = _AGENT_UNDER.match(text, owner.end)
        if a is None or not a.end() <= trigger[0] or re.search(r"[;.]", text[a.end():trigger[0]]):
            continue
        if owner.text.split()[-1] == "Company":
            # (the report's name for its own firm, as a reference: see Discourse)
            owner = Mention("the Company", owner.start, owner.end, refers="Company")
        return [(owner, x, "agent under", 0.7)]
    return []


# "the twinning of A with B": the trigger noun, "of", the first side, then the "with".
_NOUN_OF = re.compile(r"s?\s+of\s+(?:the\s+)?")
_SIDE_THEN_WITH = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")


# A further fronted partner with its own "with": "With A and with B we are twins".
_FRONTED_MORE = re.compile(r"\s*(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+with\s+(?:the\s+)?")
# A twin predicate of the subject after a fronted partner: "(with B) we are not only twins",
# "(with B) the city is also twinned".
_TWINS_PREDICATE = re.compile(r"\s+(?:are|is|were|was|have\s+been|has\s+been)\s+"
                              r"(?:(?:also|not\s+only|long|officially|now)\s+)*"
                              r"(?:twin(?:s|ned)?|sister\s+cities|partner\s+(?:cities|towns))\b")


# "With B, A has a sister-city relationship", "with B we have had friendship-city ties":
# a twinning held, the fronted partner's predicate as a signing verb is.
_HOLDS_TWINNING = re.compile(r"\s+(?:has|have|had)\s+(?:(?:had|long|also|now|since)\s+)*"
                             r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?"
                             r"(?:twin|sister|friendship|partner)[- ](?:cit(?:y|ies)|towns?"
                             r"|regions?|states?|provinces?)\s+(?:relationships?|relations|ties"
                             r"|links?|status)\b", re.I)


def _predicate_follows(text: str, at: int) -> bool:
    return _verb_follows(text, at) or bool(_HOLDS_TWINNING.match(text, at))


def _fronted_with(text: str, ms: list[Mention]) -> list:
    """"With the Shandong Province, the Mogilev region signed an agreement", "With
    Kaunas, Grodno has had a partnership agreement since 2001": the partner fronted,
    the signer the subject after the comma."""
    w = _FRONTED_WITH.match(text)
    first = next((x for x in ms if w and x.start == w.end()), None)
    if first is None:
        return []
    # The subject after the comma reads as one more member of the list: the list ends
    # before the member that a signing verb follows.
    run = run_after(text, first, ms)
    # ("With A and with B we are twins": the with repeated for each partner)
    while (more := _FRONTED_MORE.match(text, run[-1].end)) is not None:
        nxt = next((x for x in ms if x.start == more.end()), None)
        if nxt is None:
            break
        run += run_after(text, nxt, ms)
    nxt = next((x for x in ms if x.start > run[-1].end), None)
    for i, subject in enumerate(run[1:] + ([nxt] if nxt is not None else [])):
        if _AFTER_FRONTED.fullmatch(text, run[i].end, subject.start) and \
                _predicate_follows(text, subject.end):
            return [(subject, x, "with", 0.75) for x in run[:i + 1]]
    # "With Gori in Georgia we have been linked as twins since 2012": a place that locates
    # the partner, then a subject without a comma before it
    subject = _subject_after(text, run[-1], ms)
    return [(subject, x, "with", 0.75) for x in run] if subject is not None else []


def _subject_after(text: str, partner: Mention, ms: list[Mention]) -> Mention | None:
    """The subject right after a fronted partner (and a place that locates it), with its
    verb: set off by a comma, or without one when it is a reference ("with B we have",
    "with B the city concluded"); a name without a comma may be the partner's own."""
    gap = _INNER_SUBJECT.match(text, partner.end)
    subject = next((x for x in ms if gap and x.start == gap.end()), None)
    if subject is None or subject.adjectival or not (
            _predicate_follows(text, subject.end) or _TWINS_PREDICATE.match(text, subject.end)):
        return None
    return subject if "," in gap.group(0) or subject.refers else None


# A with-phrase that opens a clause after a colon, a semicolon or ", and", and the
# subject right after its party (a comma between, or none before a pronoun).
_INNER_FRONTED = re.compile(r"(?:[:;]|,\s+and|,\s+while|,\s+but)\s+(?:also\s+)?[Ww]ith\s+"
                            r"(?:the\s+)?")
_INNER_SUBJECT = re.compile(r"(?:\s*,?\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
                            r"(?:\s*,\s*|\s+)")


_APPOSITIVE_TWINNED = re.compile(r"\s*,\s+(?:also\s+|long\s+)?(?:twinned|partnered|paired)\s+$")
# "A, a joint venture with a local partner, built ...": the venture's founder is no
# signer of a document the sentence names later.
_APPOSITIVE_VENTURE = re.compile(r"(?:\s+in\s+[A-Z][\w-]*)?\s*,\s+(?:a|an|the|its|their)\s+"
                                 r"(?:[a-z-]+\s+){0,2}(?:joint\s+(?:venture|company|enterprise)|JV)\s+$")


def _appositive_with(text: str, ms: list[Mention], at: int) -> bool:
    """"..., and the delegation of C, twinned with D since 2002, presented ...": the
    "with" of a participle set off after another party is that party's (the relative
    clause reading pairs it), no object of the clause's subjects ("A and B signed")."""
    return any(_APPOSITIVE_TWINNED.fullmatch(text, x.end, at) or
               _APPOSITIVE_VENTURE.fullmatch(text, x.end, at) for x in ms if x.end < at)


def _inner_fronted_with(text: str, ms: list[Mention]) -> list[tuple[int, tuple]]:
    """"Our first partners were A and B: with A we have been twinned since 1997, and
    with B since 2010"; "..., and with C the town has had twin ties since 2003":
    the partner fronted in a later clause, the subject after it (a named party or a
    reference: "we", "it", "the city") followed by its verb. Each with the offset of its
    "with"; a further "and with D since 2004" of the same clause has the same subject."""
    out = []
    for w in _INNER_FRONTED.finditer(text):
        first = next((x for x in ms if x.start == w.end()), None)
        if first is None:
            continue
        subject = _subject_after(text, first, ms)
        if subject is None:
            continue
        out.append((w.start() + w.group(0).lower().rfind("with"),
                    (subject, first, "with", 0.75)))
    return out


_GAP_BEFORE = re.compile(r"(?:,|;)\s+(?:and\s+|while\s+|whereas\s+)?(?:(?:in|by)\s+\d{4},?\s+)?"
                         r"(?:the\s+)?$")


def _gapped_pair(text: str, a: Mention, b: Mention) -> bool:
    """"A and B signed an agreement, and C and D a protocol": a later clause whose
    signing verb is left out, its pair right before its document."""
    return bool(_GAP_BEFORE.search(text, max(0, a.start - 30), a.start)) and bool(re.match(
        r"\s+(?:(?:in\s+\d{4}|also),?\s+)?(?:an?|the|their|its|a\s+similar)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:agreements?|memorand\w+|protocols?|road\s?maps?|treat(?:y|ies)|programmes?"
        r"|action\s+plans?|plans?\s+of|contracts?|one)\b", text[b.end:])) and bool(
        _SIGNED.search(text, 0, a.start))


def _joined_back(text: str, runs: list[list[Mention]], m: Mention) -> list[Mention]:
    """The list ``m`` closes when its preposition repeats that of the members before it
    ("tied with A by twin-town links since 1995 and with B since 2008": the trigger
    stands after A, so only B's "with" is tied to it); else ``[m]``."""
    r = next((r for r in runs if m in r), [m])
    i = r.index(m)
    if i and repeated_preposition(text, r[i - 1], m):
        return r
    return [m]


# A reference that may close a list of co-signers: the writer itself ("we", "our
# company") or a firm named by its noun ("the company"), which the discourse resolves to
# the firm the text speaks for or the firm just named; a place noun ("the region") is
# left out, as its side may be either party of the pair.
_OWN_SIDE_REFS = ("Speaker", "Company")
_OWN_SIDE_AND = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?")


def _own_side_joined(text: str, last: Mention, before: list[Mention],
                     trigger: tuple[int, int]) -> list[Mention]:
    """The writer or its firm named by reference right after a co-signer list ("A and
    we signed ... with B", "A and the company co-signed ... with B"): the list's last
    member, as a reference ends no list of names of its own."""
    nxt = next((x for x in before if x.start >= last.end), None)
    if nxt is None or nxt.refers not in _OWN_SIDE_REFS or nxt.end > trigger[0] or \
            not _OWN_SIDE_AND.fullmatch(text, last.end, nxt.start):
        return []
    return [nxt]


def _agents_before(text: str, before: list[Mention], at: int) -> list[Mention]:
    """The agents of a passive signing that a "with" at ``at`` follows ("were signed
    by A, B and C with D", "was concluded by A and B with D"): the list right after
    "by", ending just before the "with"; empty when there is none."""
    for i, first in enumerate(before):
        if not _BY_AGENT.search(text, max(0, first.start - 40), first.start):
            continue
        agents = run_after(text, first, before[i:])
        if agents and re.fullmatch(r"\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*)?", text[agents[-1].end:at]):
            return agents
    return []


_PLURAL_HEAD = re.compile(r"\s(?:regions|oblasts|cities|towns|districts|provinces|territories"
                          r"|counties|voivodeships|krais|republics)$", re.I)


def _plural_head(m: Mention) -> bool:
    """"the Minsk, Brest and Gomel regions": the last name of a list carries the kind
    word of all its members, which are one group rather than pairs."""
    return bool(_PLURAL_HEAD.search(m.text))


_TIES_BEFORE = re.compile(r"\b(?:co-?operation|relations|ties|partnership|interaction|contacts"
                          r"|links)\s+$", re.I)
_RESTS_ON = re.compile(r"(?:,\s+)?\s*(?:[a-z]+\s+){0,3}?(?:based\s+on|rest(?:s|ed)?\s+on"
                       r"|governed\s+by|regulated\s+by|under|within\s+the\s+framework\s+of"
                       r"|on\s+the\s+basis\s+of|in\s+accordance\s+with|pursuant\s+to)\s+"
                       r"(?:an?\s+|the\s+|their\s+)?(?:new\s+)?(?:\d{4}\s+)?(?:[a-z-]+\s+){0,2}")


# The document's subject before a "between": "an agreement on a rail crossing between",
# "a memorandum in 2021 on a shared freight service between" (a date may stand first).
_TOPIC_GAP = re.compile(r"\s+(?:(?:in|of)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?"
                        r"(?:on|for|about|concerning|regarding)\s+[^;:()]{3,80}?\s+$")


_DOCUMENT_THEN_WITH = re.compile(r"\s+(?:(?-i:[a-z-]+)\s+){0,3}?with\s")
# The document's own partner, then its subject before a "between": "a protocol with B on
# the bus line between", "a memorandum with B in 2019 on a ferry service between".
_WITH_THEN_TOPIC = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?with\s+[^;:()]{2,60}?\s+"
                              r"(?:on|for|about|concerning|regarding)\s+[^;:()]{3,80}?\s+")


def _topic_between(text: str, trigger: tuple[int, int], at: int, runs: list[list[Mention]],
                   listed: list[Mention]) -> bool:
    """"A and B signed an agreement on a road bridge between C and D", "A and B concluded a
    memorandum on a ferry line between C and D": the "between" after the document's
    subject belongs to that subject (the bridge, the line), and the pair that is the
    subject of the signing signs. Without such a subject pair ("an agreement on trade
    between C and D was signed") the "between" stays the document's."""
    if not _TOPIC_GAP.fullmatch(text, trigger[1], at):
        return False
    pair = _subject_pair(text, runs, trigger)
    return bool(pair) and not any(x is y for x in pair[0][:2] for y in listed)


def _rests_on(text: str, at: int, end: int, trigger: tuple[int, int]) -> bool:
    """"Cooperation between A and B is based on the agreement of 2001", "relations
    between A and B are governed by a memorandum": the document binds the pair the
    ties are between (between states the framework guard drops it)."""
    return end <= trigger[0] and bool(_TIES_BEFORE.search(text, max(0, at - 30), at)) and bool(
        _RESTS_ON.fullmatch(text, end, trigger[0]))


# "between A and B", "between A, B and the dealer of the Belarusian enterprise C".
_BETWEEN_AND = re.compile(r"(?:region\s+)?(?:,\s*)?and(?:\s+the(?:\s+(?:[a-z][\w-]*"
                          r"|[A-Z][a-z]+(?:ian|ese|ish|ic|an|i))){0,6})?")


def _list_start(text: str, ms: list[Mention], lo: int, hi: int) -> int:
    """Where a clause starts when its subject closes a list of pairs the clause cut
    ("A and B, C and D, and E and F concluded agreements": the ", and" before E is the
    list's, no new clause): the list's first member; else ``lo``."""
    if lo == 0:
        return lo
    for r in runs(text, ms):
        if r[0].start < lo <= r[-1].start < hi and len(r) >= 4 and len(r) % 2 == 0 \
                and all(_sep(text, r[k], r[k + 1]) == "and" for k in range(0, len(r), 2)):
            return r[0].start
    return lo


def _listed_signers(text: str, ms: list[Mention], trigger: tuple[int, int]) -> list:
    """"The parties to the agreement are A and B" (each pair); "X's partners under
    cooperation agreements include A, B and C" (X with each)."""
    m = re.search(r"\b(?:part(?:ies|ners)\s+to|signator(?:y|ies)\s+(?:of|to))"
                  r"\s+(?:the|this|that|these)\s+(?:[a-z]+\s+){0,2}"
                  r"(?:are|were|include[sd]?)\s+(?:the\s+)?", text)
    if m:
        first = next((x for x in ms if x.start >= m.end() and x.start - m.end() < 5), None)
        run = run_after(text, first, ms) if first else []
        if len(run) >= 2:
            return [(x, y, "listed signers", 0.8) for i, x in enumerate(run) for y in run[i + 1:]]
    for owner in ms:
        # "Among the partners of X under cooperation agreements are A, B and C"
        if re.search(r"\bpartners\s+of\s+(?:the\s+)?$", text[max(0, owner.start - 20):owner.start]):
            m = re.match(r"\s+(?:[a-z-]+\s+){1,6}?(?:are|were|include[sd]?)\s+(?:the\s+)?",
                         text[owner.end:])
            if m and owner.end < trigger[0] < owner.end + m.end():
                first = next((x for x in ms if x.start == owner.end + m.end()), None)
                if first is not None:
                    return [(owner, x, "owner's partners", 0.75)
                            for x in run_after(text, first, ms) if x is not owner]
        m = re.match(r"['’]s\s+(?:[a-z]+\s+){0,2}partners\s+(?:[a-z-]+\s+){0,5}?"
                     r"(?:include[sd]?|are|were)\s+(?:the\s+)?", text[owner.end:])
        if m and owner.end + m.end() <= trigger[1] + 60:
            first = next((x for x in ms if x.start >= owner.end + m.end()
                          and x.start - owner.end - m.end() < 5), None)
            if first is not None:
                return [(owner, x, "owner's partners", 0.75) for x in run_after(text, first, ms)]
    return []


# A sentence's opening adverbial, up to its comma: purpose, occasion, place, time or
# basis ("In order to ...,", "At the Forum of ... in Mogilev,", "Under the agreement
# of ...,").
_OPENING = re.compile(r"^(?:In\s+order\s+to|With\s+a\s+view\s+to|With\s+the\s+aim\s+of|To|At"
                      r"|During|On\s+the\s+(?:margins|sidelines)\s+of|Within|Under|As\s+part\s+of"
                      r"|In\s+the\s+framework\s+of|Following|Amid|Pursuant\s+to"
                      # ("Soon after Latvia's accession to the EU, A signed ... with B")
                      r"|(?:(?:Soon|Shortly|Right|Immediately|Just|Long|Well)\s+)?(?:After|after"
                      r"|Before|before)"
                      r"|In\s+accordance\s+with|On\s+the\s+basis\s+of"
                      # a contrast names who did not act ("Unlike Gomel, ...")
                      r"|Unlike|In\s+contrast\s+to|Contrary\s+to|Compared\s+(?:with|to)"
                      r"|Except\s+for|Despite"
                      # where the act is not: "Outside Silesia, A signed ... with B"
                      r"|Outside|Beyond|Besides|Apart\s+from|Away\s+from|Far\s+from"
                      # a date and a place: "On 12 May 2018 in Minsk,", "In 2019 in Kazan,"
                      r"|(?:On|In)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+in(?=\s+[A-Z]))"
                      r"\b[^,;:]{3,160},\s+")


# "During VolgaExpo (May 2023) an agreement was signed with B", "At the Kazan forum a
# memorandum ...": the event or venue that opens the sentence signs nothing.
_OPENING_EVENT = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:During|At|On\s+the\s+"
                            r"(?:sidelines|margins)\s+of|In\s+the\s+course\s+of)\s+"
                            r"(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+)?$")


def opening_event(text: str, m: Mention) -> bool:
    """Whether ``m`` names the event or venue of an opening "During ..." / "At ..."."""
    return _OPENING_EVENT.fullmatch(text[:m.start].lstrip()) is not None


def _subject_pair(text: str, runs: list[list[Mention]], trigger: tuple[int, int]) -> list:
    """"A and B signed ...": the pair that is the subject of the signing verb."""
    for r in _nearest_first(runs, trigger):
        if len(r) == 2 and r[1].end <= trigger[0] and \
                re.fullmatch(r"(?:,\s*)?and|&", _sep(text, r[0], r[1])) and \
                _verb_follows(text, r[1].end):
            return [(r[0], r[1], "A and B", 0.7)]
    return []


# "in Manila, A and B signed", "At Tartu, A, B and C adopted": the place a fronted
# phrase names is where the signing took place, no co-signer the list runs on from.
_FRONTED_AT = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+$")
_FRONTED_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")


def _without_fronted_place(text: str, run: list[Mention]) -> list[Mention]:
    """``run`` without a first member that a fronted "in X," or "at X," sets before the
    co-signers, when two or more of them follow."""
    if len(run) > 2 and not run[0].organisation and _FRONTED_AT.search(
            text, max(0, run[0].start - 4), run[0].start) and \
            _FRONTED_COMMA.fullmatch(text, run[0].end, run[1].start):
        return run[1:]
    return run


_TWIN_JOIN = re.compile(r"\b(?:twinned|twins?|sister|partner)\b", re.I)


def _twinned_groups(text: str, grouped: list[tuple[Mention, Mention]],
                    trigger: tuple[int, int]) -> bool:
    """Grouped pairs a twin word joins, all before a document named later in the
    sentence ("A is twinned with B, and C with D, a pairing famous since the 1985
    agreement"): the groups are twins, no signers of that document."""
    a, b = grouped[0]
    return max(m.end for pair in grouped for m in pair) <= trigger[0] and \
        _TWIN_JOIN.search(text, a.end, b.start) is not None


def _nearest_first(runs: list[list[Mention]], trigger: tuple[int, int]) -> list:
    """The lists before the trigger, nearest first, then those after it: in "A and B
    adopted a road map, and C and D renewed the agreement" the agreement is C's and D's."""
    before = [r for r in runs if r[-1].end <= trigger[0]]
    return before[::-1] + [r for r in runs if r[-1].end > trigger[0]]


_NAMED_AFTER = re.compile(r"\s+named\s+after\s+(?:[A-Z][a-z]?\.\s?)*[A-Z][\w'’-]+")


# "A and B: memorandum on cooperation in education (2019)", "A and B: road map on
# reconstruction, signed 2 February 2023": a report's entry, the pair, a colon and the
# document it has (not "exchange of delegations; no document", "talks on a memorandum").
_PAIR_RECORD = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?:\s+(?:an?\s+|the\s+)?"
                          r"(?:(?!(?:no|talks|negotiations|draft|plans?|proposed|preparation"
                          r"|consultations|visits?)\b)[a-z-]+\s+){0,2}"
                          r"(?:agreements?|memorand(?:um|a)|protocols?|road\s?maps?|treat(?:y|ies)"
                          r"|contracts?|programmes?|action\s+plans?|letters?\s+of\s+intent)\b")


# The entry of a report up to its document: a pair opening the sentence, a colon
# ("Lida and the Alytus district: protocol on tourism, 2016").
_ENTRY_BEFORE = re.compile(r"^\s*(?:(?:[-–—•·▪◦*]|\d{1,2}[.)])\s+)?(?:the\s+)?[A-Z][^:;.]{0,80}"
                           r"\s(?:and|&)\s[^:;.]{1,80}:\s+"
                           r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$")


# A report's entry headed by its pair written with a dash, each side perhaps with its
# bracket ("- A - B: memorandum on X, signed 2024", "A (ABC) - B (Denmark): protocol"),
# as "A and B:" heads one.
_ENTRY_HEAD = re.compile(r"\s*(?:(?:[-–—•·▪◦*]|\d{1,2}[.)])\s+)?(?:the\s+)?")
_ENTRY_DASH = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+[-–—]\s+(?:the\s+)?")
_ENTRY_COLON = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*:\s")


def _entry_dash_pair(text: str, ms: list[Mention],
                     trigger: tuple[int, int]) -> tuple[Mention, Mention] | None:
    """The two sides of an entry "A - B: <trigger> ...", or None; in a list of entries
    run together ("...: - A - B: memorandum ...; - C - D: protocol ..."), the trigger's
    own entry, which opens after the last semicolon or line break before it."""
    row = max(text.rfind(";", 0, trigger[0]), text.rfind("\n", 0, trigger[0])) + 1
    a = next((m for m in ms if m.start >= row), None)
    if a is None or a.start >= trigger[0] or not _ENTRY_HEAD.fullmatch(text, row, a.start):
        return None
    dash = _ENTRY_DASH.match(text, a.end)
    b = next((m for m in ms if dash and m.start == dash.end()), None)
    colon = _ENTRY_COLON.match(text, b.end) if b else None
    return (a, b) if colon and colon.end() <= trigger[0] else None


_PAIR_APPOSITION = re.compile(r",\s+(?:both|the\s+two|two)\s+[^,;:()]{3,60},")
# (or an aside between dashes, "A and B - twinned in 2007, the year the bridge opened -
# signed ...", or between commas, opening with a lower-case word that starts no clause of
# its own: "A and B, twin towns since 1995, signed ...")
_PAIR_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—;:()]{3,120}?\s+[-–—](?=\s)"
                         r"|,\s+(?!(?:and|or|but|while|whereas|where|when|although|though|if"
                         r"|unless|as|so|then|yet|which|who|that)\b)[a-z][^,;:()]{2,80},")
# (or a co-signer: "A and B, together with C, signed ...", see ``_co_signers``)
_PAIR_CO_SIGNER = re.compile(r",\s+(?:together|jointly|along)\s+with\s+[^,;:()]{3,60}"
                             r"(?:\s+\([^()]{1,40}\))?,")
_KIND_AFTER = re.compile(rf"\s+(?:concern|group|holding|company|{_ORGAN_AFTER_NAME})"
                         r"\b(?=\s+[a-z])")


_PAIR_SEAT = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                        r"(?=\s+[a-z])")


def _verb_follows(text: str, at: int) -> bool:
    """"A and B signed ...", "A and B have agreed to sign ...": the pair is the subject
    of a signing (or of having a document), not of some other verb."""
    office = _OWN_OFFICE.match(text[at:at + 40].lower().replace("’", "'"))
    if office:
        # "... and Brest's mayor signed"
        at += office.end() - 1
    # "B named after A. Saginov signed": the person a body is named after
    named = _NAMED_AFTER.match(text, at)
    if named:
        at = named.end()
    if _PAIR_RECORD.match(text, at):
        return True
    # "A and the B concern signed", "A and the B hokimiyat signed": the kind of body the
    # name is of, written after it
    kind = _KIND_AFTER.match(text, at)
    if kind:
        at = kind.end()
    # "A and B from Petropavl concluded": where the second is from, or where they met
    seat = _PAIR_SEAT.match(text, at)
    if seat:
        at = seat.end()
    # (an apposition of the pair first: "A and B, both border regions, signed ...")
    both = _PAIR_APPOSITION.match(text, at) or _PAIR_CO_SIGNER.match(text, at) \
        or _PAIR_ASIDE.match(text, at)
    if both:
        at = both.end()
    return bool(re.match(r"(?:\s+(?:\([^()]{0,60}\)|[a-z]+ly|also|have|has|had|jointly|then|will|would"  # noqa: E501
                         r"|finally|recently|already|just|both|each|agreed|decided|plan(?:s|ned)?"
                         r"|intend(?:s|ed)?|to|not|yet|been|[Ii]n\s+\d{4},?|on\s+[\w ]{3,20}?,"
                         # "A and B are expected to sign", "are due to conclude": planned
                         r"|(?:are|were|is|was)\s+(?:expected|due|scheduled|set|going|about|planning"
                         r"|preparing|intending|ready)|soon|shortly|shall|hope[sd]?|want(?:s|ed)?"
                         # "A and B are to sign": an arrangement, planned
                         r"|(?:are|were)(?=\s+to\s)"
                         r"|wish(?:es|ed)?|seek(?:s)?|aim(?:s|ed)?"
                         # "A and B used the visit to sign", "met in Oslo to sign": a verb
                         # whose purpose is the signing
                         r"|(?:used|took)\s+(?:the|this|that|their|its)(?:\s+[\w-]+){1,3}?\s+to"
                         r"|(?:met|gathered)\s+(?:in|at|on)\s+[\w ]{3,30}?\s+to))*"
                         # ("exchanged delegations" signs nothing)
                         r"\s+(?:sign|conclud|adopt|ink|initial|exchang(?!\w*\s+(?:visits|delegations"
                         r"|experience|views|gifts|students|choirs|groups))|enter|agree|approv|renew"
                         r"|extend|prolong"
                         r"|formali[sz]|seal|(?:put|set|affixed)\s+(?:their|its)\s+signature"
                         # "A and B drew up a programme of cooperation"
                         r"|dr[ae]w\s+up\s+(?:an?|the|their|its|a\s+joint)\s"
                         # "A and B followed in 2021 with a protocol": a signing like
                         # the one before
                         r"|follow(?:ed|s)\s+(?:suit\s+)?(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?"
                         r"with\s+(?:an?|their\s+own|a\s+similar|a\s+joint)\s"
                         r"|ratif|endors|reach(?:ed)?\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?agreement"
                         r"|(?:have|has|had|holds?|held|keeps?|kept|shares?|shared)\s+"
                         r"(?:had\s+|signed\s+|concluded\s+|been\s+bound\s+by\s+)?"
                         # ("has had a twinning charter", "a friendship pact"): any
                         # document noun a signing has
                         r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}(?:agreement|accord|memorand|treat|protocol"
                         r"|contract|road|charter|pact|convention)|twin|are\s+twin|became|established"
                         r"|set\s+up"
                         # "with B the town has maintained twin ties", "... kept sister-city
                         # relations": ties of twinning kept up
                         r"|(?:maintain(?:s|ed)?|keeps?|kept|holds?|held|share[sd]?)\s+"
                         r"(?:(?:close|long|friendly|strong|warm)\s+)?"
                         r"(?:twin|sister[- ]cit|sister[- ]town|fraternal)"
                         # "A and B cooperate under an agreement of 2005": the pair the
                         # document binds
                         r"|(?:co-?operat\w*|work(?:s|ed|ing)?\s+together|interact\w*)\s+"
                         r"(?:[a-z\d]+\s+){0,3}?(?:under|within\s+the\s+framework\s+of"
                         r"|on\s+the\s+basis\s+of|based\s+on|in\s+accordance\s+with)\s"
                         # "A and B are linked by an agreement on trade"
                         r"|(?:are|were|(?:have|has|had)\s+been)\s+(?:\w+\s+)?(?:linked|bound|connected"
                         r"|tied|united)(?:\s+since\s+\d{4})?\s+by\s+(?:an?\s+|the\s+)?(?:[a-z\d-]+\s+){0,3}(?:agreement"
                         r"|accord|memorand|treat|protocol|contract|road|programm)"
                         rf"|(?:are|were|(?:have|has|had)\s+been)\s+(?:\w+\s+)?(?:{STEM}))",
                         text[at:at + 120]))


# A way, a line or a crossing "between A and B" joins places; the agreement on it is
# signed by others ("the Primorye Territory and Jilin signed an agreement on the rail
# crossing between Makhalino and Hunchun"). A border is not one: its states sign.
ROUTE_BEFORE = re.compile(
    r"\b(?:bridges?|railways?|roads?|highways?|motorways?|pipelines?|tunnels?|crossings?"
    r"|corridors?|flights?|ferry|ferries|(?:ferry|rail|railway|bus|air|sea|shipping|container"
    r"|transport|transit|freight|road|power|transmission|passenger|cargo)\s+(?:lines?"
    r"|services?|routes?|connections?|links?|traffic))\s+$", re.I)
_BETWEEN_IS_DOC = re.compile(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+|still\s+)?"
    r"(?:(?:regulated|governed|based|built|founded|grounded|formali[sz]ed|enshrined|set\s+out"
    r"|laid\s+down|defined|determined)\s+(?:by|on|in)\s+)?(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,3}")


# A relative clause after the document with a verb of its own ("a protocol that
# supports exchanges between C and D", "an agreement which funds visits between ..."):
# what follows is the clause's matter, no signer (not "which was signed between").
RELATIVE_OWN_VERB = re.compile(r"[^;.]*?\b(?:that|which)\s+(?:also\s+|now\s+)?"
                                r"(?!(?:was|were|is|are|has|have|had|been|will|would|shall)\b)"
                                r"[a-z]+(?<!s)s\b(?![^;.]*\b(?:signed|concluded)\s+between\b)")


def _between_list(text: str, after: list[Mention]) -> list[Mention]:
    """The parties of ``between A and B`` or ``between A, B and C`` (a document of three
    or four parties: each pair signed it); empty when no such list follows."""
    run = after[:1]
    for x in after[1:4]:
        sep = _sep(text, run[-1], x)
        if sep != "," and not _BETWEEN_AND.fullmatch(sep) or re.search(
                r"\b(?:from|in|at|near|based)$", sep):
            break  # "... and the dealer of a firm from X": X only says where
        run.append(x)
        if sep != ",":
            return run
    # "between A, B and the dealer of C": the list is closed by an "and" that names no
    # party of ours; its comma-joined head still counts.
    if len(run) >= 2 and re.match(r",?\s+and\b", text[run[-1].end:]):
        return run
    return []


_CLAUSE = re.compile(r",\s+(?:where|when|while|whereas|but|and then|as a result)\b|;|:"
                     r"|\bwhereby\b")


# A signing verb right after a party (or after its apposition: "C, the Chisinau sweets
# maker, concluded"), a few words before the document.
_SIGNS_NEXT = re.compile(r"(?:\s*,\s+(?:the|an?)\s+[^,;()]{2,60},)?\s+(?:(?:has|have|had|also"
                         r"|then|recently|jointly|last\s+year)\s+)*(?:signed|concluded|entered"
                         r"\s+into|adopted|initial+ed)\b(?:(?:\s+[\w-]+){0,6}?)\s*$")
# A finite verb of a clause of its own before that party.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|supplies|supplied|exports|exported"
                     r"|delivers|delivered|sells|sold|ships|shipped|buys|bought|imports|imported"
                     r"|produces|produced|signed|concluded|sends|sent)\b")


# A party right after the pronoun of an object relative clause: ", which the C akimat ...".
_OBJECT_RELATIVE = re.compile(r",\s+(?:which|that|whom)\s+(?:the\s+)?$")


# A signing verb right after a party: the party is its clause's subject.
_SIGNER_VERB = re.compile(r"\s+(?:(?:has|have|had|also|then|later|jointly)\s+)*"
                          r"(?:signed|concluded|entered\s+into|adopted|initial+ed)\b")


# The later clause's subject opens it and its own verb follows, past an aside between
# commas: "..., and C, having turned down a twinning with D, is now to sign a charter
# with E" (C signs with E; A and B of the first clause with neither).
_CLAUSE_OPENER = re.compile(r"\s*(?:(?:then|now|later|meanwhile|in\s+\d{4})\s*,?\s+)?(?:the\s+)?")
_OWN_VERB_AFTER = re.compile(
    r"(?:,\s+(?:having|after|despite|which|who|though|although|[a-z]+ing\b)[^,;:]{3,100},)?"
    r"\s+(?:(?:has|have|had|is|are|was|were|will|would|also|now|then|later|itself)\s+)*"
    r"(?:(?:expected|due|set|about|going|planning|hoping)\s+to\s+|to\s+)?"
    r"(?:sign(?:ed)?|conclude[ds]?|agree[ds]?|adopt(?:ed)?|enter(?:ed)?\s+into)\b")


def _opens_own_clause(text: str, gap: re.Match, x: Mention) -> bool:
    """Whether ``x`` opens the clause after ``gap`` as its subject, its own signing verb
    after it, past an aside between commas (see ``_OWN_VERB_AFTER``)."""
    return _CLAUSE_OPENER.fullmatch(text, gap.end(), x.start) is not None \
        and _OWN_VERB_AFTER.match(text, x.end) is not None


# The later clause's own signer before its verb, perhaps past an aside on what it did
# before ("C, having turned down a twinning with D, is now expected to conclude ...") and
# with a signing still to come ("is to sign", "is expected to conclude").
_OWN_SIGNER_VERB = re.compile(
    r"(?P<aside>,\s+(?:having|after)\b[^,;:()]{0,80},)?\s+(?:(?:has|have|had|also|then|later"
    r"|jointly|now)\s+)*(?:(?:is|are)\s+(?:(?:now|also)\s+)?(?:(?:expected|due|set"
    r"|scheduled)\s+)?to\s+(?:sign|conclude)\b|signed|concluded|entered\s+into|adopted"
    r"|initial+ed)\b")

_TURNED_DOWN = re.compile(r"\b(?:rejected|refused|declined|turned\s+down|broken\s+off|broke"
                          r"\s+off|abandoned|dropped|cancell?ed|ended|left)\b")


def _signs_next(text: str, x: Mention, trigger: tuple[int, int]) -> bool:
    """Whether a signing verb follows ``x`` and runs into the document at ``trigger``."""
    return x.end < trigger[0] and _SIGNS_NEXT.match(text[:trigger[0]], x.end) is not None


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last subordinating comma,
    semicolon or colon before it)."""
    last = 0
    for m in _CLAUSE.finditer(text, 0, at):
        last = m.end()
    return last


_SIGN_OR_DOC = re.compile(r"\b(?:sign|conclud|adopt|agree|memorand|treat|protocol|road|plan"
                          r"|programm?e|contract|intent|formali[sz]|initial"
                          r"|inked|exchang|renew|prolong)|" + TWIN.pattern, re.I)


# "agreements with 20 Russian regions, the latest with the Orenburg Region", "with
# several Polish cities, including with Lublin": a with-phrase that names one member of
# the vague plural before it.
_WITH_ONE_OF = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?with\s+(?:(?:\d+|two|three|four|five|six|seven"
                          r"|eight|nine|ten|several|many|a\s+number\s+of|a\s+few"
                          r"|some|various|dozens\s+of|numerous)\s+)?(?:[A-Za-z-]+\s+){0,2}?"
                          r"(?:regions|cities|towns|districts|provinces|partners|companies|firms"
                          r"|universities|countries|oblasts)\b(?:\s+(?:of|in)\s+[A-Za-z-]+)?,\s+"
                          r"(?:the\s+(?:latest|last|first|oldest|newest|most\s+recent)(?:\s+one)?"
                          # "the first of them", "the first of which was"
                          r"(?:\s+of\s+(?:them|which)(?:\s+(?:was|being))?)?"
                          r"|including|among\s+them|in\s+particular|notably|e\.g\.)\s+", re.I)


def _with_tied(text: str, trigger: tuple[int, int], at: int) -> bool:
    """A "with" belongs to the relation when the trigger or a signing verb comes
    shortly before it with no other "with" between ("relations with B" later in the
    sentence does not)."""
    if trigger[1] <= at and _relative_between(text, trigger[1], at):
        # "A and B signed a plan on a corridor, which would link the port with C": the
        # relative clause tells what the document does; its "with" names no signer.
        return False
    if trigger[1] <= at and at - trigger[1] < 100 and \
            not re.search(r"\bwith\b", text[trigger[1]:at], re.I):
        member = _NEXT_MEMBER_HEAD.search(text, trigger[1], at)
        if member and not _DOC_NOUN.search(member.group()):
            # "will concentrate on the X agreement, the hydrogen chain with C and ...":
            # the "with" is the next listed thing's, not the document's (a next document,
            # ", and the programme adopted with C", is read below)
            return False
        # "A and B signed an agreement, and in 2016 a similar document with C": a
        # "with" after a later document of another clause is that document's.
        later = _DOC.search(text, trigger[1], at)
        return later is None or not re.search(r"[,;]", text[trigger[1]:later.start()])
    if trigger[1] <= at and at - trigger[1] < 120 and _WITH_ONE_OF.fullmatch(text, trigger[1], at):
        return True
    if trigger[0] > at:
        # "an agreement on trade with B and a twinning agreement with C": a "with"
        # right after another document belongs to that document.
        doc = max(_DOC.finditer(text, 0, at), key=lambda d: d.start(), default=None)
        if doc is not None and at - doc.end() < 100 and not re.search(
                r"\bwith\b", text[doc.end():at], re.I) and not any(
                doc.start() - 25 <= t.start() <= doc.end() + 25 for t in TWIN.finditer(text)):
            return False
    last = None
    for hit in _SIGN_OR_DOC.finditer(text, 0, at):
        last = hit
    if last is not None and trigger[0] > at and TWIN.fullmatch(last.group(0)):
        # "has had sister-region relations with A since 2004 and a cooperation agreement
        # with B": the twin words own the with-phrase after them, not a later document.
        return False
    return bool(last) and at - last.end() < 100 and not re.search(
        r"\bwith\b", text[last.end():at], re.I)


# The next member of a list of things, in lower case, right before the "with": ", the
# hydrogen chain with C" (an aside set off by commas, ", the first such document, with C",
# is none).
_NEXT_MEMBER_HEAD = re.compile(r",\s+(?:and\s+)?(?:the|a|an|its|their|our)\s+"
                               r"(?:[a-z][\w-]*\s+){1,3}$")
_DOC_NOUN = re.compile(r"\b(?:agreements?|treat(?:y|ies)|memorand\w*|programmes?|programs?"
                       r"|contracts?|road\s?maps?|protocols?|accords?|plans?|documents?|charters?"
                       r"|conventions?|declarations?|deals?)\b", re.I)
# A relative clause that goes on from a document: ", which would link ...".
_RELATIVE_OPENS = re.compile(r",\s+(?:which|that)\b"
                             # (a participle after a comma, "..., anchoring it in the route
                             # that links X with Y"; a relative clause on a noun of its own,
                             # "the road that connects X with Y")
                             r"|,\s+[a-z]{3,}ing\s+(?:it|them|the|its|their|a|an)\b"
                             r"|\b(?:that|which)\s+(?:now\s+|also\s+)?(?:links?|connects?|joins?"
                             r"|ties?|binds?)\b")
# What a relative clause says of its document that makes its with-phrase the signing's
# after all (", which was signed with B").
_SIGNING_WORD = re.compile(r"\b(?:sign|conclud|renew|extend|replac|prolong|ratif)\w*", re.I)


def _relative_between(text: str, lo: int, at: int) -> bool:
    """Whether a relative clause that says no signing opens between ``lo`` and ``at``."""
    rel = _RELATIVE_OPENS.search(text, lo, at)
    return rel is not None and not _SIGNING_WORD.search(text, rel.end(), at)


def _under(text: str, trigger: tuple[int, int], at: int) -> bool:
    """"A cooperates with B under an agreement of 2018": the document the cooperation
    rests on comes shortly after the "with" party."""
    return 0 < trigger[0] - at < 90 and bool(re.search(
        r"\b(?:under|within\s+the\s+framework\s+of|on\s+the\s+basis\s+of|based\s+on|pursuant\s+to"
        # "Cooperation of A with B rests on an agreement signed in 2000"
        r"|rest(?:s|ed)?\s+on|rel(?:y|ies|ied)\s+on|(?:governed|regulated)\s+by"
        r"|in\s+accordance\s+with"
        # "A has cooperated with B since 2008, when an agreement was signed"
        r"|(?:since|in)\s+\d{4},?\s+when)\s+(?:an?|the|their|its|a\s+new)?\s*(?:\d{4}\s+)?"
        r"(?:[a-z]+\s+){0,2}$",
        text[max(0, trigger[0] - 60):trigger[0]]))


def _and_pairs(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    pairs, i = [], 0
    while i < len(ms) - 1:
        # "A, B and C" is one list, not a pair B-C; "A and B and C" neither.
        in_run = i > 0 and (not pairs or pairs[-1][1] is not ms[i - 1]) and \
            _sep(text, ms[i - 1], ms[i]) in (",", "and")
        if _sep(text, ms[i], ms[i + 1]) == "and" and not in_run and not (
                i + 2 < len(ms) and _sep(text, ms[i + 1], ms[i + 2]) == "and"):
            if pairs:
                gap = text[pairs[-1][1].end:ms[i].start]
                # Pairs are listed apart; "A and B signed with C and D" is not a list.
                if not re.search(r"[,;–—-]", gap) or re.search(r"\bwith\b", gap, re.I):
                    return []
            pairs.append((ms[i], ms[i + 1]))
            i += 2
        else:
            i += 1
    return pairs


def _dedupe_pairs(pairs):
    seen, out = set(), []
    for a, b, how, conf in pairs:
        if a.key == b.key and a.country_hint == b.country_hint:
            continue  # one place named twice; namesakes apart ("its Russian namesake") stay
        key = (min(a.key, b.key), max(a.key, b.key))
        if key in seen:
            continue
        seen.add(key)
        out.append((a, b, how, conf))
    return out


_PARTNERS = re.compile(r"\bpartner(?:s|ship)?\b|\bthe list\b", re.I)
_LINKS = re.compile(r"\b(?:link|links|linked|connect|connects|connected|unite|unites|united"
                    r"|bind|binds)\b", re.I)


# Ties of another kind a list of pairs may go on with ("Trade grew too: A with B, ...").
_OTHER_TIES = re.compile(r"\b(?:trade|trading|business|invest\w*|flights?|bus(?:es)?|routes?"
                         r"|roads?|rail\w*|ferr(?:y|ies)|competitions?|matches|games)\b", re.I)


_PAIRS_ARE = re.compile(r"\bpairs\s+(?:are|were|include[sd]?|remain(?:ed)?)\b|\bpairs\s*:", re.I)


def _pairs_listed(text: str, mentions: list[Mention]) -> list[Hit]:
    """"Smaller towns followed: A with B, C with the Ukrainian town of D, and E with F"
    after a sentence on twinning: a list of two or more pairs, each "X with Y", with no
    verb of signing or supplying of its own, goes on with the twinnings."""
    if _DOC.search(text) or SUPPLY.search(text) or _OTHER_TIES.search(text):
        return []
    named = [m for m in mentions if not m.adjectival and not m.refers]
    # (or each pair written with a dash: "The liveliest pairs are A - B, C - D and E - F")
    pairs = grouped_pairs(text, named) or dash_pairs(text, named)
    said = _PAIRS_ARE.search(text)
    if not pairs and said:
        # ("The most active pairs are A and B, C and D, and E and F": the pairs the
        # copula lists after the word for them, each joined by "and")
        pairs = [(a, b) for a, b in _and_pairs(text, named) if a.start >= said.end()]
    if len({id(a) for a, _b in pairs}) < 2:
        return []
    at = (pairs[0][0].start, pairs[0][0].start)
    return [Hit("TWINNED_WITH", a, b, at, 0.6, "pairs after twinning") for a, b in pairs]


# What links the towns is the ties just spoken of ("the oldest of them", "these ties"),
# not a road or a railway.
_LINK_SUBJECT = re.compile(r"\b(?:they|these|those|them|ties|relations|partnerships|twinnings"
                           r"|pairs)\b(?:\s+[\w-]+){0,3}\s*$", re.I)


def _owner_of(text: str, ms: list[Mention], at: int) -> Mention | None:
    """The possessor right before a trigger: "Tartu's (new) twin towns"; or "our" when
    the twin words are a copula's subject ("our sister region is X", "our partner city
    in Germany has been Y", "our twin towns include A and B"): whom the text speaks for
    owns them as a name's possessive does."""
    owner = next((m for m in ms if m.end <= at and re.fullmatch(
        r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}", text[m.end:at])), None)
    if owner is not None:
        return owner
    ours = next((m for m in ms if m.refers == "Speaker" and m.end <= at
                 and m.text.lower() == "our"
                 and _OUR_ADJECTIVES.fullmatch(text, m.end, at)), None)
    return ours if ours is not None and _OUR_TWINS_ARE.match(text, at) else None


# "our (oldest, Italian) sister region": what may stand between "our" and the twin word.
_OUR_ADJECTIVES = re.compile(r"\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:ian|an|ish|ese|ic|ch|i)\s+)"
                             r"{0,2}")
# "our (oldest) partner(s)": a speaker's own partner, read when a copula and a name follow.
_OUR_PARTNER = re.compile(r"\b[Oo]ur" + _OUR_ADJECTIVES.pattern + r"partners?\b")
_PARTNER_WORD = re.compile(r"partners?\b")
# The copula after the twin words: "... region is X", "... towns in Germany are A and B",
# "... cities include A", "... city: X" (not "... cities are members of", no name).
_OUR_TWINS_ARE = re.compile(r"\S*?(?:[- ](?:cit(?:y|ies)|towns?|regions?|provinces?|districts?"
                            r"|municipalit(?:y|ies)|states?))?"
                            r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
                            r"\s*(?:\s(?:is|are|was|were|include[sd]?|ha(?:s|ve)\s+been"
                            r"|remains?)\s+(?:now\s+|still\s+)?(?:the\s+)?(?=[A-Z])|:\s*(?=[A-Z]))")


# Adverbs between a copula and its twin noun: "is also", "has long been", "has for
# years been", "has since 1998 been".
_TWIN_ADV = (r"(?:\s+(?:also|long|now|already|still|officially|formally|since\s+\d{4}"
             r"|for\s+(?:many\s+|some\s+)?(?:years|decades))"
             # ("A has, however, been a twin of B": a sentence adverb set off by commas)
             r"|,\s+(?:however|though|moreover|in\s+fact|indeed|nevertheless),)*")
# An adverb set off by commas between a subject and its verb ("A, for example, has been
# a twin of B"; "A, in turn, became ...").
_SUBJECT_ASIDE = (r"(?:,\s+(?:for\s+its\s+part|in\s+turn|too|also|in\s+\d{4}|for\s+(?:example"
                  r"|instance)|in\s+particular|likewise|similarly|meanwhile|however),)?")
_BECAME = re.compile(_SUBJECT_ASIDE
                     + r"\s+(?:also\s+)?(?:(?:became|is|was|ha(?:s|ve)" + _TWIN_ADV + r"\s+been"
                     r"|remains"
                     # "A would become a partner town of B": a twinning to come (planned)
                     r"|(?:will|would|shall)\s+(?:(?:also|soon|then)\s+)?become"
                     # "A appears as a Partnerstadt of B", "A is listed as a twin town of B"
                     r"|(?:appears|appeared|is\s+listed|was\s+listed|counts|counted)\s+as)"
                     + _TWIN_ADV + r"\s+(?:a|the|an)\s+"
                     rf"(?i:(?:{QUALIFIER})[- ](?:{PLACE_NOUN})|{TWIN_NOUN})"
                     # "A joined the family of partner cities of B", "A entered the circle of
                     # twin towns of B"
                     r"|(?:joined|entered)\s+the\s+(?:family|circle|ranks|club|network|list)\s+of"
                     rf"\s+(?:the\s+)?(?:{QUALIFIER})[- ](?:{PLACE_NOUN}))\s+(?:of|for|to)\s+"
                     # "... of the Latvian town of Ludza": the kind words before the name
                     r"(?:the\s+)?(?:[A-Z][a-z]+(?:ian|an|ish|ese|ic|i)\s+(?=[A-Z]))?"
                     r"(?:(?:[A-Z][a-z]+\s+)?(?:town|city|district|municipality|village"
                     r"|settlement)\s+of\s+)?"
                     # "... of B's neighbour C": the twin named after another town's word
                     r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s\s+(?:(?:larger|smaller"
                     r"|twin|sister)\s+)?(?:neighbou?r|namesake)(?:\s+town|\s+city)?\s+)?")
_HAS_TWINS = re.compile(
                        # ("A, for instance, also has a twin city": an aside before the verb)
                        r"(?:\s*,\s*(?:for\s+(?:example|instance)|in\s+turn|in\s+particular)\s*,)?"
                        r"\s+(?:now\s+|already\s+|also\s+)?(?:(?:has|have)\s+had|has|had|have"
                        # "maintains friendly ties with the following partner cities: A, B",
                        # "cooperates with these twin towns: ..."
                        r"|(?:maintains|keeps|has|had|have|cooperates|works)\s+"
                        r"(?:(?:close|friendly|partnership|active|good)\s+)?"
                        r"(?:(?:ties|relations|links|contacts)\s+)?with"
                        # "lists the following twin towns:"
                        r"|lists|listed|counts|counted)\s+"
                        # "has 15 twin cities", "has two Latvian twins", "has twin towns in
                        # eleven countries; among them are A, B", "has the following twin
                        # towns:"
                        rf"(?:the\s+following\s+|(?:\d+|(?!{QUALIFIER})[a-z]+)\s+)?"
                        # ("has its own partner, B": one named in apposition)
                        r"(?:own\s+)?"
                        rf"(?:[A-Z][a-z]+\s+)?(?:{QUALIFIER})"
                        rf"(?:s\b|[- ](?:{PLACE_NOUN})|(?=\s*,\s*[A-Z]))"
                        r"(?:\s+(?:in|on|across)\s+(?:[a-z\d-]+\s+){0,2}(?:countries|continents"
                        r"|regions)(?=\s*[;:,])"
                        # "has had twin towns since the 1990s: A, B and C"
                        r"|\s+since\s+(?:the\s+)?(?:(?:early|late|mid-?)\s+)?(?:19|20)\d\d"
                        r"(?:s)?(?=\s*:)"
                        # "has two partner cities in Russia: A and B"
                        # "... in Poland and Lithuania: A, B and C"
                        r"|\s+in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
                        r"(?:(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?){0,4}"
                        # ("... in Poland - A, B and C -": the list set off by dashes;
                        # "in Poland (A, B), Lithuania (C)": grouped in brackets)
                        r"(?=\s*(?:[;:(]|[-–—]\s)))?"
                        r"\s*(?:,\s*|:\s*|;\s*|[-–—]\s*|\(\s*|\s+)(?:among\s+them(?:\s+are)?|including"
                        r"|such\s+as|namely|in\s+particular|notably)?\s*(?:the\s+)?")


# "Pinsk: partner towns are A and B", "Mozyr - twin towns: A, B": an entry of a report,
# the owner opening it, a colon or a dash, and its twins.
_OWNER_ENTRY = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?::|[-–—])\s+(?:its\s+|the\s+)?"
                          rf"(?i:(?:{QUALIFIER})[- ](?:{PLACE_NOUN})|{TWIN_NOUN}s)"
                          r"(?:\s+(?:are|were|include|included)\s+|\s*:\s*)(?:the\s+)?")
# (an item's marker may stand before it)
_ENTRY_LEAD = re.compile(r"\s*(?:(?:[-–—•·▪◦*]|\d{1,2}[.)])\s+)?")


# "A and B became twin towns of C", "A, B and C are sister cities of D and E": a list
# of subjects, each a twin of the list after "of".
_BECAME_PLURAL = re.compile(r"\s+(?:also\s+)?(?:became|are|were|have" + _TWIN_ADV + r"\s+been"
                            r"|remain)" + _TWIN_ADV + r"\s+(?:the\s+)?"
                            rf"(?i:(?:{QUALIFIER})[- ](?:{PLACE_NOUN})|{TWIN_NOUN})s?"
                            r"\s+of\s+(?:the\s+)?")


_RESPECTIVE = re.compile(r"[^.;]{0,30}?\brespectively\b")


# "X's twin towns are A and B, along with C": after an owner's list (no verb whose
# subject C could be) "along with" adds a member.
_ALONG_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                          r"\s*,\s*(?:along|together)\s+with\s+(?:the\s+)?")


def _along_too(text: str, run: list[Mention], ms: list[Mention]) -> list[Mention]:
    """An owner's twin list, with the members "along with" adds after it."""
    if not run:
        return run
    more = _ALONG_AFTER.match(text, run[-1].end)
    nxt = next((m for m in ms if more and m.start == more.end()), None)
    added = [m for m in run_after(text, nxt, ms) if m not in run] if nxt else []
    # (the members close the sentence: "along with Tula's mayor" adds no twin)
    return run + added if added and _ALONG_END.match(text, added[-1].end) else run


_ALONG_END = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                        r"\s*(?:\([^()]{1,40}\)\s*)?(?:[.;]|$)")


_WITH_OPENING = re.compile(rf"\s*(?:the\s+)?(?:{DESCRIBED_PLACE})?")


_OF_SEAT = re.compile(r"\s+of\s+(?:the\s+)?")


# A town, a dash or a colon and its twin words, as a report's entry or an aside puts
# it: "- A – partner town of B (France), renewed in 2022", "A: a sister city of B".
_DASHED_TWIN = re.compile(r"(?:\s+[-–—]\s+|\s*:\s+)(?:(?:a|the|an)\s+)?"
                          rf"(?i:(?:{QUALIFIER})[- ](?:{PLACE_NOUN}))\s+of\s+(?:the\s+)?")


# "A has a sister city in B", "A has had a twin town in B since 1981": one twin, named
# by the town it is (a country or a region after "in" only says where an unnamed one
# lies: "has a twin town in Poland").
_HAS_ONE_TWIN_IN = re.compile(_SUBJECT_ASIDE + r"\s+(?:also\s+|now\s+|long\s+)?(?:has|have|had)"
                              r"(?:\s+(?:long|also))?(?:\s+had)?\s+(?:a|an|one)\s+"
                              rf"(?i:(?:{QUALIFIER})[- ](?:{PLACE_NOUN}))\s+in\s+")
_ONE_TWIN_END = re.compile(r"\s*(?:[.;!?]|$|,\s|\s+(?:since|from|for|and|but|which)\b)")


ONE_TWIN_IN = "one twin in"


def _has_one_twin_in(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"Ostend has a sister city in Galway": the town after "in" is the twin."""
    for a in ms:
        m = _HAS_ONE_TWIN_IN.match(text, a.end)
        b = next((x for x in ms if m and x.start == m.end()), None)
        if b is not None and b.key not in COUNTRY_BY_NAME and not b.refers \
                and _ONE_TWIN_END.match(text, b.end):
            return [(a, b)]
    return []


def _became_twin(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"Alytus became a sister city of Lida"; "Pinsk and Kobrin became twin towns of
    Lutsk" (each subject a twin of each town after "of")."""
    for a in ms:
        m = _BECAME.match(text, a.end) or _DASHED_TWIN.match(text, a.end)
        if m:
            b = next((x for x in ms if x.start == m.end()), None)
            if b is not None:
                # "Slonim of our region became a partner city of B": the town the region
                # after "of" locates is the subject
                seat = next((x for x in ms if not x.refers and x.end < a.start and
                             _OF_SEAT.fullmatch(text, x.end, a.start)), None)
                return [(seat if seat is not None and a.refers else a, b)]
        m = _BECAME.match(text, a.end + 1) if text.startswith(",", a.end) else None
        b = next((x for x in ms if m and x.start == m.end()), None)
        if b is not None and "," in text[a.start:a.end]:
            return [(a, b)]   # "A, the centre of the B Region, is a twin town of C": the
            # town's span holds its apposition, whose closing comma stands before the verb
        if b is not None:
            # "A, together with B, became a sister city of C": the subject and the
            # co-subject set off after it
            subjects = next((r for r in runs(text, ms) if r[-1] is a and len(r) > 1
                             and along_with(text, r[-2], r[-1])), None)
            if subjects is not None:
                return [(x, b) for x in subjects]
        m = _BECAME_PLURAL.match(text, a.end)
        b = next((x for x in ms if m and x.start == m.end()), None)
        if b is None:
            continue
        subjects = next((r for r in runs(text, ms) if r[-1] is a and len(r) > 1), None)
        objects = run_after(text, b, ms)
        if subjects is not None and not (len(objects) == len(subjects)
                                         and _RESPECTIVE.match(text, objects[-1].end)):
            # ("A, B and C became twin towns of D, E and F respectively": the pairs rule's)
            return [(x, y) for x in subjects for y in objects]
    return []


# (or an apposition: "close ties with Poltava, our twin town since 2009", "A and B in
# Austria, our twin towns since 1975 and 2001")
_OUR_TWIN = re.compile(r"(?:\s+(?:also\s+)?(?:became|is|was|has\s+been|remains|are|were"
                       r"|have\s+been|remain)\s+|(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+"
                       r"(?:\s+[A-Z][\w'’-]+)?)?\s*,\s+)(our)\s+"
                       # (an order, an age or where it lies: "our first Swedish twin town",
                       # "our second German partner city")
                       r"(?:(?:new|oldest|first|second|third|latest|youngest|closest|only"
                       r"|[A-Z][a-z]+(?:ian|an|ish|ese|ic|ch|i))\s+){0,2}"
                       rf"(?:{QUALIFIER})[- ](?:{PLACE_NOUN})\b")


def _our_twin(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"Kovel became our partner city", "Terespol has been our twin town since 1999",
    "ties with Poltava, our twin town since 2009": the town and whom the text
    speaks for."""
    for a in ms:
        m = _OUR_TWIN.match(text, a.end)
        if m and not a.refers:
            b = next((x for x in ms if x.start == m.start(1) and x.refers == "Speaker"), None)
            if b is not None:
                # "Kaunas and Alytus are our partner cities": each town of the list
                run = next((r for r in runs(text, [x for x in ms if not x.refers])
                            if r[-1] is a), [a])
                if "," in m.group(0):
                    # (an apposition names the speaker's partner in passing: the speaker
                    # first, or the town is taken for the owner of later twinnings)
                    return [(b, x) for x in run]
                return [(x, b) for x in run]
    return []


# "Vitebsk was a sister city since 1997", "Lublin is a partner since 2011": a twin
# word with no owner ("of", "with", "to" or a possessive after it) ...
_OWNERLESS_TWIN = re.compile(r"\s+(?:also\s+)?(?:is|was|has\s+been|had\s+been|became)\s+"
                             r"(?:a|an)\s+"
                             rf"(?:(?:{QUALIFIER})[- ](?:{PLACE_NOUN})|partner|twin)"
                             r"(?:\s+(?:since|from|in)\s+(?:19|20)\d\d)?"
                             r"(?![-'’\w]|\s+(?:of|with|to|for|in|agreements?|relations|ties"
                             r"|status)\b)")
# ... and the towns gapped after it: ", Grodno since 2003, and Pskov since 2008".
_GAPPED_SINCE = re.compile(r"\s*,\s*(?:and\s+)?$")
SPEAKERS_TWIN = "speaker's twin"


def _speakers_twins(text: str, ms: list[Mention], t: re.Match) -> list[tuple[Mention, Mention]]:
    """"Mogilev became a sister town in 1995, Brest in 2002, and Tula in 2010":
    twins of whom the text speaks for (an interviewee's town, a town's own page), named
    as the subject of a twin word that has no owner; the pipeline keeps them only when
    the speaker is a place (see ``SPEAKERS_TWIN``). The sentence names no other party."""
    subject = next((x for x in ms if x.end <= t.start() and not x.refers), None)
    if subject is None or subject.adjectival:
        return []
    said = _OWNERLESS_TWIN.match(text, subject.end)
    if said is None or not said.start() <= t.start() < said.end() or subject.start > 2 and \
            not re.fullmatch(r"[-–—•\s]*|.*[.;:]\s*", text[:subject.start]):
        return []
    listed = [subject]
    at = said.end()
    for x in ms:
        if x.start < at:
            continue
        since = re.match(r"\s+(?:since|from|in)\s+(?:19|20)\d\d\b", text[x.end:])
        if not _GAPPED_SINCE.fullmatch(text, at, x.start) or since is None or x.refers:
            break
        listed.append(x)
        at = x.end + since.end()
    if any(x not in listed and not x.adjectival for x in ms):
        return []
    # (the speaker first: a town named first is taken for the owner of later twinnings)
    return [(Mention("our", t.start(), t.start(), refers="Speaker"), x) for x in listed]


# "... in Poland - A and B - and one in Lithuania, C": a further group of the owner's,
# counted in another country.
_MORE_IN = re.compile(r"\s*[-–—]?\s*,?\s*and\s+(?:one|two|three|four|five|six|\d+|another|others?)"
                      r"\s+(?:[a-z]+\s+)?in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
                      r"\s*(?:[,:]|[-–—])\s*(?:the\s+)?")


# A member that opens a clause of its own: ", and C is twinned with D".
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|became"
                                r"|signed|concluded|maintains)\b")


def _own_clause_members(text: str, run: list[Mention]) -> list[Mention]:
    """The members of ``run`` before one that a new clause opens with as its subject
    ("also has a twin city, B, and C is twinned with D": C is no twin of the owner)."""
    for i, x in enumerate(run[1:], 1):
        if _NEW_CLAUSE.search(text, run[i - 1].end, x.start) and \
                _CLAUSE_VERB_AFTER.match(text, x.end):
            return run[:i]
    return run


def _has_twins(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"Mogilev has 15 twin cities, among them Kaluga, Kursk and Villeurbanne"; "Grodno
    has three twin towns in Poland - A, B and C - and one in Lithuania, D"."""
    for a in ms:
        m = _HAS_TWINS.match(text, a.end) or (
            _OWNER_ENTRY.match(text, a.end) if _ENTRY_LEAD.fullmatch(text, 0, a.start) else None)
        if m:
            # ("also has a twin city, the Italian port of B": the member described)
            first = next((x for x in ms if x.start >= m.end() and (
                x.start - m.end() < 3 or _WITH_OPENING.fullmatch(text, m.end(), x.start))), None)
            if first is not None:
                run = _own_clause_members(text, run_after(text, first, ms))
                more = _MORE_IN.match(text, run[-1].end)
                nxt = next((x for x in ms if more and x.start == more.end()), None)
                run += run_after(text, nxt, ms) if nxt is not None else []
                return [(a, b) for b in run if b is not a]
    return []


# People of a town, whose friendship is no twinning: "the mayors of A and B are friends".
_PEOPLE = re.compile(r"\b(?:mayors?|heads?|governors?|leaders?|presidents?|people|residents"
                     r"|citizens|children|pupils|students|families|teams|officials|directors?"
                     r"|clubs?|schools?|universit(?:y|ies))\b", re.I)


def _people_friends(text: str, t: re.Match) -> bool:
    """Whether the partnership word ``t`` is "friends" said of people ("The mayors of A
    and B have been friends since school"), not of the towns."""
    return t.group(0).lower().endswith("friends") and bool(
        _PEOPLE.search(text, own_clause(text, t.start(), t.end())[0], t.start()))


# Between a pair and the twin word of an aside that describes it: "A and B, twinned in
# 1998, ...", "A and B, which have been sister cities since 2011, ...".
_TWIN_ASIDE_OPEN = re.compile(r"\s*,\s+(?:(?:which|that)\s+(?:have|has|had)\s+(?:long\s+)?been\s+"
                              r"|(?:both|long|now)\s+)?(?:(?:the\s+)?[a-z]+\s+)?")


def find_twins(text: str, mentions: list[Mention], twin_context: bool = False) -> list[Hit]:
    """Twinnings of each clause that speaks of twinning ("A is twinned with B; C has two
    Latvian twins, D and E"). ``twin_context``: the sentence before spoke of twinning,
    so "partners" here continues it ("the list of partners was expanded to include A
    and B", "They link A with B, C with D")."""
    # (a town's other name or description set off after it is no party and no clause
    # border: "Lida, the region's second town, and Alytus became twin towns")
    text, _ = _without_bracketed_names(text, [m for m in mentions
                                              if not m.adjectival and not m.refers])
    mentions = [m for m in mentions if text[m.start:m.end].strip()]
    # ("friendly relations" is a twinning between towns only, as the partnership words)
    triggers = [(t, False) for t in TWIN.finditer(text)
                if not _friendly_between_regions(text, mentions, t)]
    triggers += [(t, True) for t in TWIN_WEAK.finditer(text)
                 if not any(s.start() <= t.start() < s.end() for s, _ in triggers)
                 and not _people_friends(text, t)]
    # "Our oldest partner is A", "our partners in Finland are B and C": the speaker's
    # own partner named after a copula is a twin as "our partner city is A" is (the
    # possessive settles whose; a firm's "our partner" pairs no two places), where
    # the sentence or the one before speaks of twinning ("our first partner is X" alone
    # may be a trading partner)
    ours = [_PARTNER_WORD.search(text, o.start()) for o in _OUR_PARTNER.finditer(text)] \
        if twin_context or any(not weak for _, weak in triggers) else []
    triggers += [(t, True) for t in ours
                 if not any(s.start() <= t.start() < s.end() for s, _ in triggers)
                 and _OUR_TWINS_ARE.match(text, t.end())]
    # "A has maintained a partnership with B since 1997 and is twinned with C": beside
    # another twin word of its clause, a town's partnership is one of its twinnings.
    # (not in a clause that names a country, a whole region or a firm: the twin word's
    # own reading of it stands)
    # (or in a clause of its own beside a twinning of the sentence: "A is twinned with B,
    # and C has had a partnership with D since 1987")
    # (not one only sought: "C is negotiating a partnership with D")
    triggers += [(t, True) for t in _PARTNERSHIP_WITH.finditer(text)
                 if triggers
                 and not _SOUGHT_BEFORE.search(text, max(0, t.start() - 40), t.start() + 1)
                 and not any(s.start() <= t.start() < s.end() for s, _ in triggers)
                 and not _names_no_town(text, mentions, own_clause(text, *t.span()))]
    triggers.sort(key=lambda x: x[0].start())
    weaker = 0.0
    if not triggers and twin_context:
        listed = _pairs_listed(text, mentions)
        if listed:
            return listed
        t = _PARTNERS.search(text) or _LINKS.search(text)
        if t and _DOC.search(text, *own_clause(text, t.start(), t.end())):
            # "A memorandum of 2012 links the town with B": the tie is the document's
            # signing, not the twinning the sentence before spoke of
            t = None
        triggers, weaker = ([(t, False)] if t else []), 0.1
    hits: list[Hit] = []
    done: set[tuple[int, int]] = set()
    if twin_context and triggers and not weaker:
        # "The oldest of them link A with B (since 1993) and with C; A has also been
        # twinned with D": a clause of its own that links towns after a sentence on
        # twinning, though another clause of this one has its own twin word.
        for t in _LINKS.finditer(text):
            lo, hi = own_clause(text, t.start(), t.end())
            # (the linked town named right after the verb: "connect it with A and B"
            # leaves the pronoun's town to the reference rules)
            named = any(m.start == t.end() + 1 and not m.refers for m in mentions)
            if named and not any(lo <= s.start() < hi for s, _ in triggers) and not _DOC.search(
                    text, lo, hi) and _LINK_SUBJECT.search(text, lo, t.start()):
                clause = _listing_clause(text, (lo, hi))
                done.add(clause)
                hits += _twins_in(text, mentions, t, clause, 0.1)
    added = [a.span() for a in _ADDED_TO_LIST.finditer(text)]
    for t, weak in triggers:
        if twin_back_reference(text, t.start()):
            continue  # "the twin districts" name the pair spoken of (twinning.py)
        if any(lo <= t.start() < hi + 20 for lo, hi in added):
            continue  # "added A and B to its list of partner cities": read below
        # ("A and B, C and D, and E and F are twin towns": the ", and" before E is the
        # list's, no new clause)
        lo, hi = own_clause(text, t.start(), t.end())
        clause = _listing_clause(text, (_list_start(text, mentions, lo, hi), hi))
        again = clause in done
        # Only towns and districts are partners in this sense: a clause that names a
        # country or a whole region speaks of another kind of partnership.
        if weak and any(_no_town(text, m) for m in mentions if clause[0] <= m.start < clause[1]
                        and not _ONLY_LOCATES.search(text, 0, m.start)):
            done.add(clause)
            continue
        found = _twins_in(text, mentions, t, clause, weaker + (0.05 if weak else 0.0))
        if found:
            # (a twin word that paired nobody, "C, having turned down a twinning with D,
            # is to conclude a friendship treaty with E", leaves the next one of its
            # clause a first reading)
            done.add(clause)
        if again:
            # a second twin word of a clause read before: only the pair it is set off
            # after ("A celebrated four decades of its sister-city tie with B, and A and C,
            # twinned in 1998, held ...")
            # (or the list's members among themselves: "The Nordic twins - A, B and C -
            # are also twinned with one another")
            seen = {frozenset(((h.a.start, h.a.end), (h.b.start, h.b.end))) for h in hits}
            found = [h for h in found if (h.how == "A and B" and _TWIN_ASIDE_OPEN.fullmatch(
                         text, max(h.a.end, h.b.end), t.start())
                         or h.how == "co-signers" and _RECIPROCAL.match(text, t.end()))
                     and frozenset(((h.a.start, h.a.end), (h.b.start, h.b.end))) not in seen]
        hits += found
    hits += _added_to_list(text, mentions, hits)
    hits += _added_after_twinning(text, mentions, hits)
    return hits + _like_items(text, mentions, hits)


# An item of a list after a colon that names a pair and nothing else: "Valga and Riga
# (Latvia)", "the town of A and B".
_PAIR_ITEM_OPEN = re.compile(r"\s*(?:and\s+)?(?:the\s+(?:city|town|municipality)\s+of\s+)?")
_PAIR_ITEM_JOIN = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:and|with|[-–—])\s+"
                        r"(?:the\s+(?:city|town|municipality)\s+of\s+)?")
_PAIR_ITEM_CLOSE = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*[.;,]?\s*")


def _like_items(text: str, mentions: list[Mention], hits: list[Hit]) -> list[Hit]:
    """The bare pairs of a list whose other items are twinnings ("The most active are: A
    and B, twinned since 2013; C and D, sister cities since 2019; E and F (Latvia)"):
    an item that names a pair and no word of its own is one more twinning."""
    colon = text.find(":")
    if colon < 0 or not hits or ";" not in text[colon:]:
        return []
    cuts = [colon + 1] + [i + 1 for i in range(colon, len(text)) if text[i] == ";"] + [len(text)]
    items = [(lo, hi) for lo, hi in zip(cuts, cuts[1:], strict=False) if text[lo:hi].strip()]
    twinned = [(lo, hi) for lo, hi in items
               if any(lo <= h.a.start < hi and h.rel_type == "TWINNED_WITH" for h in hits)]
    if len(twinned) < 2:
        return []
    out = []
    for lo, hi in items:
        if (lo, hi) in twinned:
            continue
        ms = [m for m in _parties(mentions, False) if lo <= m.start < hi and not m.adjectival
              and text.rfind("(", lo, m.start) <= text.rfind(")", lo, m.start)]
        if len(ms) == 2 and _PAIR_ITEM_OPEN.fullmatch(text, lo, ms[0].start) and \
                _PAIR_ITEM_JOIN.fullmatch(text, ms[0].end, ms[1].start) and \
                _PAIR_ITEM_CLOSE.fullmatch(text, ms[1].end, hi):
            out.append(Hit("TWINNED_WITH", ms[0], ms[1], (ms[0].start, ms[1].end), 0.6,
                           "listed like its items"))
    return out


# "A ... later added B (and C) to its list of partners": the clause's subject twins
# with the places added.
_ADDED_TO_LIST = re.compile(r"\badded\s+(?P<names>[^;:.]{2,80}?)\s+to\s+(?:its|their)\s+"
                            r"(?:list|circle|family|number)\s+of\s+(?:twin|sister|partner"
                            r"|friend|fraternal)", re.I)
_GOVERNED = re.compile(r"\b(?:of|with|to|from|in|by|for|and)\s+(?:the\s+)?$", re.I)


def _added_to_list(text: str, mentions: list[Mention], hits: list[Hit]) -> list[Hit]:
    out = []
    places = [m for m in _parties(mentions, False)
              if m.kind_hint not in ("Company", "Organization")]
    for a in _ADDED_TO_LIST.finditer(text):
        lo, _ = own_clause(text, a.start(), a.end())
        subject = next((m for m in places if lo <= m.start < a.start()
                        and not _GOVERNED.search(text, max(0, m.start - 12), m.start)), None)
        added = [m for m in places if a.start("names") <= m.start < a.end("names")]
        done = {(id(h.a), id(h.b)) for h in hits} | {(id(h.b), id(h.a)) for h in hits}
        if subject is not None:
            out += [Hit("TWINNED_WITH", subject, m, a.span(), 0.7, "added to its twins")
                    for m in added if (id(subject), id(m)) not in done]
    return out


# A later clause whose pronoun adds a place: "...; more recently, in 2010, it added C",
# "..., and they later added D and E".
_PRONOUN_ADDED = re.compile(r"(?:[;,]|\band)\s+(?:(?:in|since)\s+(?:19|20)\d\d,?\s+"
                            r"|[^;:.]{0,40}?,\s+)?it\s+"
                            r"(?:(?:has|had|also|then|later|finally|recently|since)\s+)*"
                            r"added\s+(?:the\s+)?", re.I)


def _added_after_twinning(text: str, mentions: list[Mention], hits: list[Hit]) -> list[Hit]:
    """A twinning's owner continued by "it" and a verb of adding in a later clause of the
    sentence ("A is twinned with B since 1959 and with C since 1972; in 2010 it added
    D"): the one town all the twinnings before it name first twins with those added."""
    out = []
    parties = _parties(mentions, False)
    for a in _PRONOUN_ADDED.finditer(text):
        before = [h for h in hits if h.rel_type == "TWINNED_WITH" and h.trigger[1] <= a.start()]
        owners = {(h.a.start, h.a.end) for h in before}
        if len(owners) != 1 or any((h.b.start, h.b.end) in owners for h in before) \
                or any(h.how == "A and B" for h in before):
            continue
        first = next((m for m in parties if m.start == a.end()), None)
        run = run_after(text, first, parties) if first is not None else []
        # (not what it added the place to: "it added B to its bus routes")
        if run and not re.match(r"\s+to\b", text[run[-1].end:]):
            out += [Hit("TWINNED_WITH", before[0].a, m, a.span(), 0.7, "added to its twins")
                    for m in run]
    return out


# A finite verb: what a clause after a semicolon has and a list item has not.
_BULLET = re.compile(r"(?:^|[.:;]\s+)[-–•*]\s+")
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|signed|became|[a-z]{3,}ed)\b")


def _listing_clause(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """A lead-in with a colon (or bulleted items) and the items its semicolons separate
    are one clause ("Twin towns: A - B (1956); C - D (1994)", "the following twin towns.
    - A and B (1956); - C and D"): none of the items has a verb."""
    lo, hi = clause
    if hi >= len(text) or text[hi] != ";":
        return clause
    # (the list opens at the colon, or at its first bullet: "twin towns. - A and B; - C")
    opens = text.find(":", lo, hi)
    bullet = _BULLET.search(text, lo, hi)
    start = opens if opens >= 0 else bullet.start() if bullet else -1
    if start >= 0 and not _VERB.search(text, start, len(text)):
        return lo, len(text)
    return clause


_BACK_BEFORE = re.compile(r"\b(?:the|these|those|both|our|their)\s+(?:two\s+)?$", re.I)
# (or an apposition: "A and B in Austria, our twin towns since 1975")
_OUR_PREDICATE = re.compile(r"(?:\b(?:are|were|is|was|been|remain|remains|became|become)\s+"
                            r"|[A-Za-z)]\s*,\s*)our\s+$",
                            re.I)
# (nor a heading's last words, with no stop: "Our partner cities" over a list names the
# list, no pair spoken of)
_BACK_AFTER = re.compile(r"(?:[- ](?:cities|towns|districts|regions|municipalities|raions))\b"
                         r"(?!\s*:|\s*$|\s+(?:of|in|such|include|are|were|—|-)\b)", re.I)


def twin_back_reference(text: str, at: int) -> bool:
    """A twin word at ``at`` that points back at a pair ("the twin districts", "these
    sister cities") rather than introducing one ("the twin cities of A and B")."""
    t = TWIN.match(text, at)
    if _OUR_PREDICATE.search(text, max(0, at - 30), at):
        return False   # "A and B are our partner cities": a predicate, no pair spoken of
    return bool(t and _BACK_BEFORE.search(text, max(0, at - 20), at)
                and _BACK_AFTER.match(text, t.end() if not t.group(0).lower().endswith(
                    ("cities", "city", "towns", "town")) else t.end() - len(
                    t.group(0).split()[-1]) - 1))


_AMONG = re.compile(r"\bamong\s+$")
_AMONG_MORE = re.compile(r"(?:[- ](?:cit(?:y|ies)|towns?|partners?))?\s*(?:\([^()]{1,40}\)\s*)?"
                         r",?\s+(?:and|as\s+well\s+as)(?:\s*,\s*(?:[a-z\d]+\s+){0,2}[a-z\d]+\s*,"
                         r"|\s+(?:also|later|since\s+(?:19|20)\d\d))?\s+(?:the\s+)?")
# Where the list after the twin words ends: its own date or bracket, then the clause's
# end ("... and, more recently, B (2013)."; not "and B among its trading partners").
_AMONG_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[.;,]|$)")
_ITS_TWIN = re.compile(r"\b(?:its|their)\s+(?:(?:new|old|oldest|first|latest|[A-Z][a-z]+)\s+)?$")
_OWNER_REF = re.compile(r"\s*(?:towns?|cities|city|regions?|districts?)?\s+of\s+"
                        r"(?P<ref>(?:the|this|our)\s+(?P<kind>district|raion|town|city|region))\b",
                        re.I)
_REGION_WORD = re.compile(r"\b(?:Region|Oblast|Krai|Kray|Territory|Province|County|Republic"
                          r"|Voivodeship|Governorate|Prefecture)\b")


_REGION_END = re.compile(r"(?i:\b(?:region|oblast|krai|territory|province|district|voivodeship"
                         r"|county))$")
_TOWN_AFTER_REGION = re.compile(r"['’]s\s+|\s+(?:town|city|village)\s+of\s+(?:the\s+)?")


def _locating(text: str, ms: list[Mention]) -> set[int]:
    """Ids of the regions that only say where the town before them is: "Kirovsk
    (Murmansk Region)", "Kirovsk, Murmansk Region, ...", "the town of Zhukovsky, Moscow
    Region"."""
    out = set()
    for m, nxt in zip(ms, ms[1:], strict=False):
        # "the Omsk region's Isilkul", "the Kurgan Oblast town of Shadrinsk": the region
        # before the town's name only says where it lies.
        if _REGION_END.search(m.text) and not _REGION_END.search(nxt.text) and \
                _TOWN_AFTER_REGION.fullmatch(text[m.end:nxt.start]):
            out.add(id(m))
    for prev, m in zip(ms, ms[1:], strict=False):
        if not _REGION_WORD.search(m.text) or _REGION_WORD.search(prev.text):
            continue
        gap, after = text[prev.end:m.start], text[m.end:m.end + 12]
        if re.fullmatch(r"\s*\(\s*", gap) and re.match(r"\s*\)", after) or \
                re.fullmatch(r",\s*(?:the\s+)?", gap) and re.match(r"\s*(?:[,.;:)]|$)", after):
            out.add(id(m))
    return out


def _names_no_town(text: str, mentions: list[Mention], clause: tuple[int, int]) -> bool:
    """Whether the clause names a country, a whole region or a firm (see :func:`_no_town`)."""
    return any(_no_town(text, m) for m in mentions if clause[0] <= m.start < clause[1]
               and not _ONLY_LOCATES.search(text, 0, m.start))


def _no_town(text: str, m: Mention) -> bool:
    """A country, a demonym, a whole region or a firm: no party of a town partnership."""
    if m.adjectival:
        return not _DEMONYM_BEFORE_TOWN.match(text, m.end)
    if m.refers == "Country" and _THE_STATE_REF.fullmatch(m.text):
        return False   # (a federation's state as well as a nation: the reader decides)
    return bool(_WEAK_SIDE.search(m.text.split(" of ")[0])) or m.key in COUNTRY_BY_NAME or \
        m.kind_hint in ("Country", "Company", "Organization")


_THE_STATE_REF = re.compile(r"the\s+state")


# "the Sebezh District of the Pskov Region", "Zhodino in the Minsk Region": a region
# that only says where the town is.
_ONLY_LOCATES = re.compile(r"(?:\b(?:[Dd]istrict|[Rr]aion|town|city|[Rr]egion|[Oo]blast|[Pp]rovince"
                           r"|[Kk]rai|[Tt]erritory|[Vv]oivodeship)\s+of|\bin)\s+(?:the\s+)?$")
# "the Russian town of X": a demonym that only says where the town is.
_DEMONYM_BEFORE_TOWN = re.compile(r"\s+(?:town|city|district|municipality|village|settlement)"
                                  r"\s+of\b")


# "Urumqi's neighbour Changji", "Moscow's satellite town Podolsk": a possessive with a
# common noun describes the town named next; its twin words make it an owner instead
# ("Pinsk's twin town Kolomna"), as does an office ("Kazan's mayor").
# (not a verb after the possessive: "A's twin town is B, and C's is D" elides the noun,
# and D is C's, not A's)
_DESCRIBES = re.compile(r"['’]s\s+((?:(?!(?:is|are|was|were|has|have|had|will|would|remains?"
                        # ("A's link with B": a preposition governs the next town)
                        r"|remained|became|include[sd]?|and|or|the|an?|with|to|of|in|from|for)\s)"
                        r"[a-z][\w-]*\s+){1,2})")
_OWNING_NOUN = re.compile(STEM + "|" + OFFICE)


def _describes_next(text: str, m: Mention, ms: list[Mention]) -> bool:
    d = _DESCRIBES.match(text, m.end)
    return bool(d) and not _OWNING_NOUN.search(d.group(1)) and any(
        x.start == d.end() for x in ms)


# "partnership relations with eight cities in Europe", "towns in Poland and Lithuania":
# the place after "in" says where the unnamed towns lie; it is no twin.
# ("the list of partner towns took in A and B": a verb's "in" names the twins)
_TOWNS_IN = re.compile(r"\b(?:cities|towns|municipalities|communities|regions|districts)"
                       r"\s+(?:(?:located|situated|lying)\s+)?in\s+(?:the\s+)?$")


# A name's other name or its country in brackets right after it: "Kaunas (Kovno)",
# "Oskemen (Ust-Kamenogorsk)", "Kaunas (Lithuania)", "(formerly Kovno)".
_BRACKETED_NAME = re.compile(r"\s*\((?:(?:formerly|now|then|also)\s+)?[A-Z][\w'’.-]*"
                             r"(?:[\s-]+[A-Z][\w'’.-]*){0,3}\)")


# A town's description between commas: ", the region's second town,", ", the capital of
# Shaanxi,", ", a spa town on the Neman,".
_PLACE_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:town|city|capital"
                               r"|centre|center|seat|port|village|resort|hub)"
                               r"(?:\s+(?:of|in|on)\s+(?:the\s+)?[^,;:()]{1,40}?)?\s*,")
STEM_RE = re.compile(STEM, re.I)


def _without_bracketed_names(text: str, ms: list[Mention]) -> tuple[str, list[Mention]]:
    """The clause with a bracketed other name or country after a town blanked out, and
    the mentions without the bracketed ones: "Kaunas (Kovno) has been a sister city of
    Lviv", "and Yining (Ghulja) with Taldykorgan" read as without the brackets (the
    brackets stood between the town and its verb or its "with")."""
    spans = []
    for m in ms:
        b = _BRACKETED_NAME.match(text, m.end)
        # (after a country or a whole region the bracket names its towns: "Lithuania
        # (Alytus)")
        if b and not _no_town(text, m):
            spans.append((m.end, b.end()))
            continue
        # "Lida, the region's second town, and Alytus", "X, the capital of Y, concluded":
        # a town's description set off by commas (not a twin word's: "Brest, a twin city
        # of Lublin, hosted")
        d = _PLACE_APPOSITION.match(text, m.end)
        if d and not _no_town(text, m) and not STEM_RE.search(d.group(0)):
            spans.append((m.end, d.end()))
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text, [m for m in ms if not any(a <= m.start < b for a, b in spans)]


# "With the Company's support, A hosted ...", "Thanks to B, A ...": an opening phrase
# set off by a comma, or an owner before "'s", is no subject of the clause.
_OPENING_PHRASE = re.compile(r"(?:With|Thanks\s+to|Through|Under|During|After|Despite)\b"
                             r"[^,;]{0,80},\s")


def _framing(text: str, m: Mention) -> bool:
    """Whether ``m`` owns a noun ("the Company's support") or stands in the sentence's
    opening phrase set off by a comma."""
    if text.startswith(("'s", "’s"), m.end):
        return True
    lead = _OPENING_PHRASE.match(text)
    return lead is not None and m.end <= lead.end()


# The "with" whose object a party is: "with B", "with the county of B" (a kind of
# place before its name: "signed with the county of B in 1994, ..., while an
# agreement with C": B signs nothing with C).
_WITH_OBJECT = re.compile(r"\bwith\s+(?:the\s+)?(?:(?:county|region|province|district"
                          r"|municipality|city|town|state|prefecture|voivodeship)\s+of\s+"
                          r"(?:the\s+)?)?$", re.I)


_RELATIVE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:which|that|who)\b")


# "the Gilan text", "the Vitebsk agreement": a document named by its partner.
_NAMES_DOCUMENT = re.compile(r"\s+(?:text|agreement|treaty|memorandum|accord|charter"
                             r"|protocol)\b", re.I)
# "... by a memorandum", "... by a protocol": another document after "by".
_BY_DOCUMENT = re.compile(r"\bby\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:agreement"
                          r"|memorand(?:um|a)|protocol|treaty|road\s?map|programme|plan)\b",
                          re.I)


def names_other_document(text: str, x: Mention) -> bool:
    """Whether ``x`` names a document ("the Gilan text") that another document after
    "by" follows ("... was complemented by a memorandum with B"): a partner of the
    first, no signer of the second."""
    return _NAMES_DOCUMENT.match(text, x.end) is not None and \
        _BY_DOCUMENT.search(text, x.end) is not None


# ", its twin town since 1994": what sets a twin off from the town it follows.
_APPOSED_BEFORE = re.compile(r"\s*,\s*$")


def _apposed_twin(text: str, ms: list[Mention], its: int) -> Mention | None:
    """The town that the twin words after "its" describe, set off by a comma just
    before them ("from B, its twin town"), when it is no clause's subject (a verb after
    the twin words would make "its" the town's own: "B, its twin town, sent ...")."""
    before = [m for m in ms if m.end <= its]
    if not before or not _APPOSED_BEFORE.fullmatch(text[before[-1].end:its]):
        return None
    return before[-1] if len(before) >= 2 else None


def _twins_in(text: str, mentions: list[Mention], t: re.Match, clause: tuple[int, int],
              weaker: float) -> list[Hit]:
    lo, hi = clause
    ms = [m for m in _parties(mentions, False) if m.kind_hint not in ("Company", "Organization")
          and lo <= m.start < hi and not _TOWNS_IN.search(text, max(0, m.start - 50), m.start)]
    where = _locating(text, ms)
    for m, nxt in zip(ms, ms[1:], strict=False):
        if id(m) in where and _TOWN_AFTER_REGION.fullmatch(text[m.end:nxt.start]):
            # the locating region and its link read as the town's description
            text = text[:m.start] + " " * (nxt.start - m.start) + text[nxt.start:]
    described = [m for m in ms if _describes_next(text, m, ms)]
    for m in described:
        # the description reads as the next town's: "with Urumqi's neighbour Changji"
        end = _DESCRIBES.match(text, m.end).end()
        text = text[:m.start] + " " * (end - m.start) + text[end:]
    ms = [m for m in ms if id(m) not in where and all(m is not x for x in described)]
    text, ms = _without_bracketed_names(text, ms)
    hits = []
    owner = _owner_of(text, ms, t.start())
    its = _ITS_TWIN.search(text, max(lo, t.start() - 40), t.start())
    if owner is None and its is not None:
        # "Gomel welcomed a delegation from its Russian twin city of Bryansk": the
        # clause's subject and the town after the twin words.
        subject = next((m for m in ms if m.end <= its.start() and not _framing(text, m)),
                       None)
        twin = next((m for m in ms if m.start >= t.end() and re.fullmatch(
            r"(?:[- ]?(?:cit(?:y|ies)|towns?|districts?|regions?))?(?:\s+of)?\s+(?:the\s+)?",
            text[t.end():m.start])), None)
        apposed = _apposed_twin(text, ms, its.start()) if twin is None else None
        if apposed is not None:
            # "A hosted a delegation from B, its twin town since 1994": the town set off
            # just before the twin words is the twin, the clause's subject the owner
            twin = apposed
        if subject is not None and twin is not None:
            run = _along_too(text, [twin] + [m for m in run_after(text, twin, ms)
                                             if m is not twin], ms)
            return [Hit("TWINNED_WITH", subject, m, t.span(), 0.75, "its twin") for m in run]
        if subject is not None and twin is None and _AMONG.search(text, lo, its.start()):
            # "X counts the Russian town of Y among its pobratimy", "X lists A and B
            # among its partner cities": the places between the subject and "among".
            run = [m for m in ms if m.start >= subject.end and m.end <= its.start()]
            # (and the list going on after the twin words: "X lists A among its twin
            # towns (since 2003) and, lately, B (2015)")
            more = _AMONG_MORE.match(text, t.end())
            nxt = next((m for m in ms if more and m.start == more.end()), None)
            later = run_after(text, nxt, ms) if nxt is not None else []
            run += later if later and _AMONG_END.match(text, later[-1].end) else []
            return [Hit("TWINNED_WITH", subject, m, t.span(), 0.75, "among its twins")
                    for m in run]
    of_owner = next((m for m in ms if m.start >= t.end() and re.fullmatch(
        r"\s*(?:towns?|cities|city|regions?|districts?)?\s+of\s+(?:the\s+)?",
        text[t.end():m.start]) and re.match(
            # "the twin towns of X are A and B", "the twin town of X has been Y",
            # "Twin towns of X: A, B and C"
            r"(?:\s+(?:in\s+[A-Z][\w-]+\s+)?(?:are|were|is|was|include[sd]?|ha(?:s|ve)\s+been"
            r"|became|remains?)\b|\s*[:–—]|\s+-\s)", text[m.end:])), None)
    if of_owner is None and owner is None:
        # "Among the twin towns of the district are A and B": the place spoken of.
        ref = _OWNER_REF.match(text, t.end())
        if ref and re.match(r"\s+(?:are|were|include[sd]?)\b|\s*:", text[ref.end():]):
            kind = "City" if ref.group("kind").lower() in ("town", "city") else "Region"
            of_owner = Mention(ref.group("ref"), ref.start("ref"), ref.end(), kind, refers=kind)
    ours = _our_twin(text, [m for m in mentions if lo <= m.start < hi])
    if ours:
        return [Hit("TWINNED_WITH", a, b, t.span(), 0.75, "our twin") for a, b in ours]
    owned = _speakers_twins(text, ms, t)
    if owned:
        return [Hit("TWINNED_WITH", a, b, t.span(), 0.7, SPEAKERS_TWIN) for a, b in owned]
    one = _has_one_twin_in(text, ms)
    if one:
        # (the pipeline keeps it when the town after "in" is read as a town)
        return [Hit("TWINNED_WITH", a, b, t.span(), 0.75, ONE_TWIN_IN) for a, b in one]
    became = _became_twin(text, ms)
    if became:
        # "A became a twin town of B, and C of D": the gapped pairs after it too.
        used = {id(m) for pair in became for m in pair}
        more = [(a, b) for a, b in grouped_pairs(text, ms)
                if id(a) not in used and id(b) not in used]
        return [Hit("TWINNED_WITH", a, b, t.span(), 0.8, "became twin") for a, b in became] + \
            [Hit("TWINNED_WITH", a, b, t.span(), 0.75, "grouped pairs") for a, b in more]
    # The list may run past the clause: "X has twin towns in eleven countries; among
    # them are A, B and C".
    has_twins = [(a, b) for a, b in _has_twins(text, [
        m for m in _parties(mentions, False) if m.kind_hint not in ("Company", "Organization")
        and m.start >= lo and id(m) not in where]) if a.start < hi]
    if has_twins:
        return [Hit("TWINNED_WITH", a, b, t.span(), 0.75, "owner's list") for a, b in has_twins]
    if owner is not None or of_owner is not None:
        # "X's twin towns include A and B", "the sister cities of X are A, B and C",
        # "A is one of X's twin towns"
        owner = owner or of_owner
        # "X's twin town in Russia is Y": the country only says where Y is.
        listed = [m for m in ms if m.start > max(t.end(), owner.end)
                  and not (m.key in COUNTRY_BY_NAME and re.search(r"\bin\s+(?:the\s+)?$",
                                                                 text[:m.start]))]
        # "Lublin, Brest's twin city, sent a delegation": the town the possessive
        # phrase describes, set off by commas.
        run = [m for m in ms if owner is not of_owner
               and re.fullmatch(r",\s*", text[m.end:owner.start])
               and _OWNED_TWIN.fullmatch(text, owner.end, t.start())
               and _APPOSITION_END.match(text, t.end())]
        run = run or _along_too(text, next((r for r in _runs(text, listed) if r), []), ms)
        if not run:
            run = [m for m in ms if m.end <= owner.start and re.search(
                r"\b(?:is|was|became)\s+(?:one\s+of|among)\s+$", text[m.end:owner.start])]
        if not run and owner is not of_owner and _OWNED_TWIN.fullmatch(text, owner.end, t.start()):
            # "A has been X's sister province since 2000", "A and B are X's twin towns":
            # the copula's subject is the owner's twin
            run = _copula_subjects(text, ms, owner)
        return [Hit("TWINNED_WITH", owner, m, t.span(), 0.8, "owner's list") for m in run]
    described = _appositive_twin(text, ms, t)
    if described:
        return [Hit("TWINNED_WITH", a, b, t.span(), 0.8, "apposition") for a, b in described]
    if _IT_OPENS.search(text, lo, t.start()) and not any(m.end <= t.start() for m in ms):
        return hits  # "...; it is also twinned with A and B": "it" is the subject (twinning)
    if OWNERS_TWINS.search(text, max(lo, t.start() - 60), t.start()):
        return hits
    for a, b, how, conf in _dedupe_pairs(pair_up(text, ms, t.span(), loose_pairs=True)):
        if how == "pairs list" and _documents_pair(text, a, b):
            continue
        hits.append(Hit("TWINNED_WITH", a, b, t.span(), round(conf - weaker, 2), how))
    return hits


# The copula between a subject and an owner's possessive twin words ("A has long been
# X's twin town"; not "A is one of X's": the owner's-list rule reads that).
_COPULA_BEFORE_OWNER = re.compile(r"\s+(?:also\s+)?(?:is|was|are|were|became|become|remains?"
                                  r"|ha(?:s|ve|d)" + _TWIN_ADV + r"\s+been)" + _TWIN_ADV + r"\s+")


def _copula_subjects(text: str, ms: list[Mention], owner: Mention) -> list[Mention]:
    """The subject (or the list of subjects) of a copula right before ``owner``'s
    possessive."""
    subject = next((m for m in ms if m.end <= owner.start and not m.refers
                    and _COPULA_BEFORE_OWNER.fullmatch(text, m.end, owner.start)), None)
    if subject is None:
        return []
    return next((r for r in runs(text, ms) if r[-1] is subject), [subject])


# Where a pair of a list of pairs has its own phrase: a semicolon, a colon, a list's
# bullet, a new clause joined by ", and" (", while", ", but"), or a new item of a list
# of documents joined by commas (", an agreement between A and B, a memorandum ...").
_PAIR_PHRASE_OPEN = re.compile(r"[;:]|(?:^|\s)[-–•]\s|,\s+(?:and|while|but|whereas)\s"
                               r"|,\s+(?=(?:an?|the)\s)")
# (a run of blanks is a clause read apart: :func:`_relative_readings`)
_PAIR_PHRASE_CLOSE = re.compile(r"[;:]|,\s+(?:and|while|but|whereas|an?|the)\s|\.(?:\s|$)"
                                r"|\s{3,}")


def _documents_pair(text: str, a: Mention, b: Mention) -> bool:
    """Whether the pair ``a``-``b`` of a list of pairs is a document's, not the
    twinning's: its own phrase names a document and no twin word ("...; - a memorandum
    between A and B on trade; - ...", "A and B are bound by a memorandum of 2017, and
    the twinning of C and D ..."). "- an agreement between A and B, twin towns since
    2006;" keeps its twinning."""
    lo = max((m.end() for m in _PAIR_PHRASE_OPEN.finditer(text, 0, a.start)), default=0)
    close = _PAIR_PHRASE_CLOSE.search(text, b.end)
    hi = close.start() if close else len(text)
    return bool(_DOC.search(text, lo, hi)) and not TWIN.search(text, lo, hi) and \
        not TWIN_WEAK.search(text, lo, hi)


# A place that locates what comes before it: "in Germany", "in the Czech Republic".
_LOCATED_IN = r"\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
# The end of a twin phrase set off by commas: "Lublin, Brest's twin city, sent ...".
# (a place that only locates the twin and a year may close it: "..., Tartu's twin town in
# Germany, sent", "..., its twin city in Finland since 1990.")
_APPOSITION_END = re.compile(r"(?:[- ](?:cit(?:y|ies)|towns?|districts?|municipality))?"
                             rf"(?:{_LOCATED_IN})?(?:\s+since\s+\d{{4}})?(?:{_LOCATED_IN})?"
                             r"\s*(?:[,;)]|\.(?:\s|$)|$)")
# Between an owner's possessive and its twin word: nothing that makes the tie a wish
# ("Brest's prospective twin city").
_OWNED_TWIN = re.compile(r"['’]s\s+(?:(?:[A-Z][a-z]+|new|old|oldest|first|long-standing)\s+)?")
# "Brest, a twin city of Lublin, hosted ...": the article that opens an apposition.
_APPOSITION_OPEN = re.compile(r",\s*(?:a|an|the|one\s+of\s+the|another)\s+"
                              r"(?:(?:[A-Z][a-z]+|new|old|oldest|first|long-standing)\s+)?$")


def _appositive_twin(text: str, ms: list[Mention], t: re.Match) -> list[tuple]:
    """ "Brest, a twin city of Lublin, hosted ...", "A delegation from Lublin, the twin
    town of Brest, arrived": the town before the commas and the town after "of"."""
    if not _APPOSITION_OPEN.search(text, max(0, t.start() - 50), t.start()):
        return []
    opened = _APPOSITION_OPEN.search(text, max(0, t.start() - 50), t.start())
    before = next((m for m in reversed(ms) if m.end <= opened.start()
                   and not text[m.end:opened.start()].strip()), None)
    after = next((m for m in ms if m.start >= t.end() and re.fullmatch(
        r"(?:[- ](?:cit(?:y|ies)|towns?|districts?|municipality))?\s+of\s+(?:the\s+)?",
        text[t.end():m.start])), None)
    if before is None or after is None:
        return []
    # "Brest, a twin city of Lublin and Siedlce, hosted ...": each town of the run
    run = [after] + [m for m in run_after(text, after, ms) if m is not after]
    if not re.match(rf"(?:\s*\([^()]{{1,40}}\))?(?:{_LOCATED_IN})?(?:\s+since\s+\d{{4}})?"
                    r"\s*(?:[,;)]|\.(?:\s|$)|$)", text[run[-1].end:]):
        return []
    return [(before, m) for m in run]


# "Kaunas and Alytus are our / its partner cities": the towns of the subject are the
# owner's twins, not each other's.
OWNERS_TWINS = re.compile(r"\b(?:are|were|became|remain|have\s+(?:long\s+)?been)\s+"
                          r"(?:(?:also|now|still|all)\s+)?(?:our|my|its|his|her)\s+"
                          r"(?:[a-z-]+\s+)?$", re.I)


# "it" opening a clause right before its twin words: "it is also twinned with".
_IT_OPENS = re.compile(r"\b[Ii]t\s+(?:[a-z-]+\s+){0,4}$")


# A verb of cooperating (the noun "cooperation between A and B" names no signer).
_COOPERATE = re.compile(r"\b(?:co-?operat(?:e|es|ed|ing)|interact(?:s|ed)?\s+with"
                        r"|work(?:s|ed)?\s+(?:together\s+)?with|partners?\s+with"
                        r"|(?:areas?|fields?|spheres?|directions?)\s+(?:of|for)\s+co-?operation)\b",
                        re.I)
_CONTEXT_RULES = {"with", "grouped pairs", "pairs list", "A and B", "respectively", "and-with"}


def context_agreements(text: str, mentions: list[Mention], kind: str | None,
                       title: str | None) -> list[Hit]:
    """Agreements a sentence states only through the one before it: after "76 more
    documents were added ..." or "all regions had signed agreements with Kazakh
    partners", "In particular, A will cooperate with B", "Thus, A cooperates with B
    and C, and D with E", "A and B, as well as C and D have identified areas for
    cooperation" name the signers of those documents."""
    if _DOC.search(text):
        return []
    c = _COOPERATE.search(text)
    if not c:
        return []
    ms = [m for m in _parties(mentions, False)]
    pairs = _dedupe_pairs(pair_up(text, ms, c.span()))
    return [Hit("SIGNED_AGREEMENT", a, b, c.span(), round(conf - 0.15, 2), "agreement context",
                kind, title) for a, b, how, conf in pairs if how in _CONTEXT_RULES]


def states_agreements(text: str) -> tuple[str, str] | None:
    """(kind, title) when a sentence speaks of documents signed or concluded (the context
    of :func:`context_agreements`), else None."""
    d = _DOC.search(text)
    if d is None or not re.search(r"\b(?:sign|conclud|adopt|add|have|has|had|enter|ink)",
                                  text, re.I):
        return None
    return d.lastgroup, _title(text, d)


_LATER_WITH = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?with\s+(?:the\s+)?")


def _later_with(text: str, ms: list[Mention], pairs: list) -> list:
    """"The agreement of A with B was signed in 2017, and with C in 2019": a later
    with-phrase of the same clause gives the last head of the noun another partner."""
    head, last = pairs[-1][0], max(b.end for _, b in pairs)
    end = text.find(";", last)
    out = []
    for w in _LATER_WITH.finditer(text, last, end if end >= 0 else len(text)):
        first = next((x for x in ms if x.start == w.end()), None)
        if first is not None:
            out += [(head, x) for x in run_after(text, first, ms) if x is not head]
    return out


# "the Brest - Volyn road map", "the Grodno-Podlaskie cooperation programme for 2021-2023":
# what stands between the pair that names a document and the document's word.
_NAMED_GAP = re.compile(r"\s+(?:(?:co-?operation|partnership|joint|interregional|cross-border"
                        r"|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)\s+){0,2}")
_PAIR_DASH = re.compile(r"\s*[-–—]\s*")


def named_by_parties(text: str, ms: list[Mention], at: int) -> list[tuple[Mention, Mention]]:
    """The pair a document is named after, right before its word at ``at``: "the Brest -
    Volyn road map", "the Grodno-Podlaskie cooperation programme" (a hyphenated pair is
    split into its two names). Two countries are left out: "the Belarus-Kazakhstan
    roadmap" is the states' own.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "The Vitebsk - Pskov programme of cooperation was fulfilled."
    >>> [(a.text, b.text) for a, b in named_by_parties(s, find_mentions(s), s.index("programme"))]
    [('Vitebsk', 'Pskov')]
    """
    b = next((m for m in ms if m.end <= at and _NAMED_GAP.fullmatch(text, m.end, at)), None)
    if b is None or b.adjectival or b.refers:
        return []
    a = next((m for m in ms if m.end <= b.start and _PAIR_DASH.fullmatch(text, m.end, b.start)),
             None)
    if a is None:
        parts = re.fullmatch(r"([A-Z][a-z]{3,})([-–])([A-Z][a-z]{3,}(?:\s.*)?)", b.text)
        if parts is None:
            return []
        cut = b.start + len(parts.group(1))
        a = Mention(parts.group(1), b.start, cut)
        b = Mention(parts.group(3), cut + 1, b.end, b.kind_hint, b.country_hint)
    if a.adjectival or a.refers or (a.key in COUNTRY_BY_NAME and b.key in COUNTRY_BY_NAME) \
            or a.key in DEMONYMS or b.key in DEMONYMS:
        return []
    return [(a, b)]


# The document as the subject of a verb that binds its parties: "A friendship agreement
# binds A to B", "A memorandum of 2012 links A with B", "The 2004 treaty has tied A and
# B". Its opening: the sentence's or a clause's start, an article or a year before it.
# (no verb among them: "Kobrin signed an agreement" has a subject of its own)
_DOC_SUBJECT_OPEN = re.compile(r"(?:^|[;:]\s*|,\s+(?:and|while|but)\s+)"
                               r"(?:(?!(?:\w+ed|has|have|had|is|are|was|were|signs?|concludes?)\b)"
                               r"(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]heir|[Ii]ts|(?:19|20)\d\d|[a-z][\w-]*"
                               r"|[A-Z][a-z]+(?:-[a-z]+)?)\s+){0,4}$")
# after the document's word: its lower-case complement and when it was made ("of
# understanding", "on trade of 2004", "signed in 1998,"), then the verb
_BINDS = re.compile(r"(?:,?\s+(?-i:[a-z\d][\w-]*)){0,6}?,?\s+(?:(?:has|have|had)\s+(?:long\s+)?)?"
                    r"(?:binds?|bound|links?|linked|ties|tied|connects?|connected|unites?|united|joins?"
                    r"|joined)\s+(?:the\s+)?(?=[A-Z])")
_BINDS_SEP = re.compile(r"\s+(?:to|with|and)\s+(?:the\s+)?")


def document_binds(text: str, ms: list[Mention], d: re.Match) -> list[tuple[Mention, Mention]]:
    """The pair a document binds, as the subject of "binds", "links", "ties", "unites"
    ("A friendship agreement binds A to B", "A memorandum of 2012 links A with B", "An
    agreement signed in 1998 ties A and B"): the party right after the verb, with each
    party of the list after its "to", "with" or "and". Two states so bound report no
    signing of theirs.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "A memorandum of 2016 binds Lida to Alytus and Druskininkai."
    >>> [(a.text, b.text) for a, b in document_binds(s, find_mentions(s), _DOC.search(s))]
    [('Lida', 'Alytus'), ('Lida', 'Druskininkai')]
    """
    if not _DOC_SUBJECT_OPEN.search(text, 0, d.start()):
        return []
    verb = _BINDS.match(text, d.end())
    if verb is None:
        return []
    a = next((m for m in ms if m.start == verb.end()), None)
    if a is None or a.refers:
        return []
    sep = _BINDS_SEP.match(text, a.end)
    b = next((m for m in ms if sep and m.start == sep.end()), None)
    if b is None or b.refers:
        return []
    partners = run_after(text, b, ms) if not sep.group(0).strip().startswith("and") else [b]
    if a.key in COUNTRY_BY_NAME and all(p.key in COUNTRY_BY_NAME for p in partners):
        return []
    return [(a, p) for p in partners if not p.adjectival and not a.adjectival]


_BARE_DOC_SIGNED = re.compile(r"\bsign|\bconclud|\binked\b|\bstruck\b|\bsealed\b", re.I)


def bare_document_signed(text: str, word: str, also: str = "") -> bool:
    """A word that names a document only when it is signed ("document", "deal"): whether
    the sentence signs, concludes, inks, strikes or seals one, or uses a verb of ``also``
    ("talked about a deal" is none). Other document words pass."""
    return word.lower() not in ("documents", "document", "deal", "deals") or bool(
        _BARE_DOC_SIGNED.search(text) or also and re.search(rf"\b(?:{also})\b", text, re.I))


_HEAD_DOCUMENT = re.compile(r"(?:(?:the|an?|its|their)\s+)?(?:[A-Z][\w-]*\s+){0,2}")
_SIMILAR_BEFORE = re.compile(r"\b(?:similar|such|same|analogous|identical)\s+(?:[a-z-]+\s+)?$",
                             re.I)
# (with a subject of its own: not "..., and became twin towns")
_NEXT_CLAUSE = re.compile(r"(?:,\s+(?:and|while|whereas|but)|;(?:\s+and)?)\s+"
                          r"(?=(?:the|their|its|a|an)\s|(?-i:[A-Z]))")


# ("is not only twinned with B" denies nothing)
_DENIED_TWIN = re.compile(r"\b(?:no|not(?!\s+only\b)|never|without|nor)\s+"
                          r"(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)


def _twin_document(text: str, d: re.Match, title_end: int, twins: list) -> bool:
    """Whether the document at ``d`` is a twinning (a twin word in or right around its
    title). A twin word across a semicolon is another clause's: "A works with B
    under a memorandum signed in 2019; its capital's sister city is C". A document titled
    by a field of its own is none (see :func:`own_field`)."""
    if own_field(text, d):
        return False
    for a, b in twins:
        if a <= d.start() < b:
            return True
        # "A and B are bound by a memorandum of 2017, and the twinning of C and D ...":
        # a twin word in the next coordinated clause is that clause's.
        if a >= title_end and _NEXT_CLAUSE.search(text, title_end, a):
            continue
        # ("A and B have been twin towns since 1999, and C signed a road map with D": a
        # twin word of the clause before, which has a subject of its own)
        # (not the document opening that clause, "..., and the Agreement on Trade ...",
        # nor one that points back at a twinning charter, "a similar agreement")
        nxt = _NEXT_CLAUSE.search(text, b, d.start()) if b <= d.start() else None
        if nxt and not _HEAD_DOCUMENT.fullmatch(text, nxt.end(), d.start()) and \
                not _SIMILAR_BEFORE.search(text, max(0, d.start() - 30), d.start()):
            continue
        # "twin-city ties with B since 1998 and an agreement with C": a twin word that
        # has its own with-phrase before the document is not what the document is.
        # (a firm's contract "for the delivery of cheese to the partner city": a twin
        # word after a contract is where the goods go, no twinning)
        if d.lastgroup == "contract" and a >= d.end():
            continue
        if d.start() - 60 <= a and b <= title_end + 20 and ";" not in text[
                min(b, d.start()):max(a, title_end)] and not (
                b <= d.start() and re.search(r"\bwith\b", text[b:d.start()], re.I)) \
                and not twin_predicate_before(text, a, b, d.start()):
            return True
    return False


# Words of a title that name no field of its own: what any partnership or its charter
# is about ("cooperation", "friendship", "mutual understanding", "for 2024-2026", "on
# trade, economic and cultural cooperation").
_GENERIC_TITLE_WORDS = frozenset("""
on of for in about to and the a an with between cooperation co-operation collaboration
interaction relations relationship ties links contacts partnership friendship friendly
understanding intent intention intentions mutual bilateral joint comprehensive strategic
long-term further wider closer development developing establishing establishment
strengthening expansion expanding sides parties cities towns municipalities regions
provinces districts communities two both its their years year period new
trade trade-economic economic scientific technical scientific-technical humanitarian
cultural commercial social educational spheres sphere fields field areas area
""".split())


def own_field(text: str, d: re.Match) -> bool:
    """Whether the document at ``d`` is titled by a field of its own ("a protocol on
    cultural and university exchange", "a memorandum on joint tourist routes", "a
    programme of school exchanges", "an agreement on cooperation in culture and
    tourism"): a topical paper a twinned pair signs, no charter of their twinning,
    whatever twin words the sentence has elsewhere. Not when its title or the words just
    before its noun name the twinning ("a twinning agreement", "an agreement on
    establishing sister-city relations", "a friendship agreement") or no field ("a
    memorandum of understanding", "a programme of cooperation for 2024-2026").

    >>> s = "They became sister cities in 1999 and in 2004 signed a protocol on cultural exchange."
    >>> own_field(s, _DOC.search(s))
    True
    >>> s = "They signed a memorandum on establishing twin-city relations."
    >>> own_field(s, _DOC.search(s))
    False
    >>> s = "They became partner towns and signed a programme of cooperation for 2024-2026."
    >>> own_field(s, _DOC.search(s))
    False
    """
    title = _title(text, d)
    lo = max(0, d.start() - 30)
    span = text[lo:d.start() + len(title)]
    if TWIN.search(span) or TWIN_WEAK.search(span) or _FRIENDSHIP_TITLE.search(
            text, lo, d.start() + len(title)):
        return False
    tail = text[d.end():d.start() + len(title)]
    field = re.match(r"\s+(?:on|of|for|about)\s+(.*)", tail, re.S)
    if field is None:
        return False
    words = re.findall(r"[a-z][a-z-]*", field.group(1).lower())
    return any(w not in _GENERIC_TITLE_WORDS for w in words)


def own_field_at(text: str, trig: tuple[int, int]) -> bool:
    """:func:`own_field` of the document word at ``trig`` (a rule's trigger), for the
    readers that pair a clause's parties: not in a relative clause ("..., and with C,
    with which it concluded a memorandum on tourism"), whose signer is the one before
    its pronoun, not every party of the clause."""
    d = next((d for d in _DOC.finditer(text, max(0, trig[0] - 20), min(len(text), trig[1] + 20))
              if d.start() < trig[1] and trig[0] < d.end()), None)
    return d is not None and own_field(text, d) and not _RELATIVE_BEFORE.search(
        text, 0, d.start())


_RELATIVE_BEFORE = re.compile(r",\s+(?:with\s+)?(?:which|whom|when|where)\b(?![^,;]*[,;])")


# A twin word that is a predicate of its own ("have been twin towns", "became sister
# cities", "are partner towns") ...
_TWIN_PREDICATE = re.compile(r"\b(?:are|were|is|was|been|became|become|remain(?:ed)?)\s+"
                             r"(?:(?:also|long|officially|formally|already)\s+)?"
                             # ("became a twin of B", "is a sister city of B")
                             r"(?:(?:the|their|each\s+other's|an?)\s+)?$", re.I)
# ... and a second predicate coordinated after it that signs a document: "have been
# twin towns since 1995 and signed a programme of cooperation in 2012", "became
# partner towns in 1992 and in 2014 concluded a memorandum". The twinning and the
# signing are two relations; the document is no twinning charter.
_MONTH = (r"January|February|March|April|May|June|July|August|September|October|November"
          r"|December")
# (up to four lower-case words or a month between: "and last year they adopted", "and
# in May 2014 signed"; no capitalised name, which would be a subject of its own)
AND_SIGNED = re.compile(rf",?\s+and\s+(?:(?-i:[a-z\d][\w-]*|{_MONTH})[\s,]+){{0,4}}?"
                        rf"(?:(?-i:they|have|has|had|jointly|also)\s+){{0,2}}"
                        rf"(?:{SIGNING_VERBS})\b", re.I)


def twin_predicate_before(text: str, a: int, b: int, doc_start: int,
                          background_only: bool = False) -> bool:
    """Whether the twin word at ``a:b`` is a predicate of its own that a coordinated
    signing of the document at ``doc_start`` follows (see ``AND_SIGNED``), at a time of
    its own: "became twin towns in 1996 and signed an agreement on culture in 2006".
    Without a time of its own ("became twin towns and signed an agreement") the document
    is as likely the twinning's charter, and stays the twinning. ``background_only``:
    only a twinning set between commas or followed by "with which it signed" (see
    ``APPOSED_SIGNED``, ``WITH_WHICH_SIGNED``), the shapes the clause reader leaves to
    the signing."""
    if b > doc_start:
        return False
    between = text[b:doc_start]
    if _TWIN_PREDICATE.search(text, max(0, a - 40), a):
        signed = WITH_WHICH_SIGNED.match(between) if background_only else (
            AND_SIGNED.search(between) or WITH_WHICH_SIGNED.match(between))
    elif _TWIN_APPOSED.search(text, max(0, a - 40), a):
        signed = APPOSED_SIGNED.match(between)
        # a twinning that already held ("twinned since 2016") when the sentence's own
        # verb signs: the signing is another event, dated or not
        if signed and _SINCE.search(between, 0, signed.start()):
            return _new_document_after(text, between, signed, doc_start)
    else:
        return False
    if not _new_document_after(text, between, signed, doc_start):
        return False
    twin_years = set(_YEAR.findall(between[:signed.start()]))
    own = text[b + signed.start():doc_start + 80]
    own = own[:m.start()] if (m := _CLAUSE_END.search(own, doc_start - b - signed.start())) else own
    return bool(set(_YEAR.findall(own)) - twin_years) or bool(_LATER.search(own))


def _new_document_after(text: str, between: str, signed: re.Match | None,
                        doc_start: int) -> bool:
    """Whether the signing verb ``signed`` (matched in ``between``, the text from the
    twin word to the document) makes a new document close after it: "signed a
    programme" ("renewed their agreement", "extended it", "a partnership agreement"
    speak of the twinning's own)."""
    return not (signed is None or not _MADE.search(signed.group(0)) or re.fullmatch(
        r"\s+(?:(?:a|an|one|new|joint|first)\s+)*(?:[\w-]+\s+){0,3}",
        between[signed.end():]) is None or TWIN.search(between[signed.end():])
        or _FRIENDSHIP_TITLE.match(text, doc_start))


# A relative clause after the twin partner that signs: "is twinned with B, with which it
# signed a programme of exchanges in 2015" (the time of its own is still required).
WITH_WHICH_SIGNED = re.compile(
    rf"(?:\s+(?:town|city|cities|towns))?\s+(?:with|of)\s+(?:the\s+(?:city|town|region)\s+of\s+)?"
    rf"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}}(?:\s+\([^()]{{1,30}}\))?"
    rf"(?:\s+since\s+(?:19|20)\d\d)?,\s+with\s+(?:which|whom)\s+"
    rf"(?:it|they|the\s+(?:two\s+)?(?:city|town|cities|towns|region|regions))\s+"
    rf"(?:(?:has|have|had|also|jointly|then|later)\s+){{0,2}}(?:{SIGNING_VERBS})\b")
# A twin phrase set between commas after the pair ("A and B, twinned since 2016, adopted
# a programme", "A and B, twin towns since 1996, signed a memorandum"): the sentence's
# own verb signs.
# A document the pair means to make: "agreed to draw up a protocol", "intend to sign a
# memorandum", "will prepare an action plan" (a planned signing, no twinning charter)
_PLANNED_MAKING = (r"(?:agreed|decided|plan(?:ned)?|intend(?:ed)?|hope|are\s+(?:going|due)"
                   r"|were\s+(?:going|due))\s+to\s+(?:jointly\s+)?(?:draw\s+up|prepare|draft"
                   r"|work\s+out|sign|conclude)|will\s+(?:draw\s+up|prepare|draft|sign|conclude)")
# (or a relative clause: "A and B, which have been twin cities since 1987, signed")
_TWIN_APPOSED = re.compile(r"(?-i:[A-Z][\w'-]*),\s+(?:(?:which|that)\s+(?:have|had|has)\s+been\s+"
                           r"(?:(?:officially|formally)\s+)?)?(?:(?:long|already|officially)\s+)?$")
APPOSED_SIGNED = re.compile(
    rf"(?:\s+(?:towns?|cities|city|municipalities))?\s+(?:since|from)\s+(?:19|20)\d\d,\s+"
    rf"(?:(?:have|has|also|jointly|then|recently|last\s+year|this\s+year)\s+){{0,2}}"
    # ("used the visit to sign", "met in May to sign": the sentence's own verb
    # serves the signing)
    rf"(?:(?:used|took|met|gathered|came\s+together)\s+(?:[\w-]+\s+){{0,4}}?to\s+)?"
    rf"(?:{SIGNING_VERBS}|agreed\s+(?:on|upon)|{_PLANNED_MAKING})\b")
_SINCE = re.compile(r"\b(?:since|from)\s+(?:19|20)\d\d\b")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MADE = re.compile(r"\b(?:signed|concluded|adopted|initial+ed|inked|entered\s+into"
                   r"|agreed\s+(?:on|upon)|draw\s+up|prepare|draft|work\s+out|sign|conclude)$",
                   re.I)
# "an agreement on friendship and cooperation", "a partnership agreement" after a
# twinning: the twinning's own charter, whenever signed.
_FRIENDSHIP_TITLE = re.compile(r"\w+\s+(?:(?:of|on)\s+)?(?:[a-z]+\s+(?:and\s+)?){0,2}"
                               r"(?:friendship|partnership|fraternal|fraternity|brotherhood)\b",
                               re.I)
# A time of the signing's own that is no year: "last year", "a decade later", "in May".
_LATER = re.compile(r"\b(?:later|last\s+(?:year|month|week)|this\s+(?:year|month)|afterwards"
                    rf"|subsequently|recently|in\s+(?:{_MONTH}))\b")
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|which)\b|\.(?:\s|$)")


_COUNTED = re.compile(r"\b(?:(?:more\s+than|over|about|around|almost|nearly|some|at\s+least)\s+"
                      r"(?!(?:19|20)\d\d\b)\d+|(?!(?:19|20)\d\d\b)\d{2,}|dozens\s+of|hundreds\s+of"
                      r"|numerous|many|a\s+number\s+of)\s+(?:[a-z-]+\s+){0,3}$", re.I)


def _weak_between_regions(text: str, mentions: list[Mention], t: re.Match) -> bool:
    """A partnership word whose clause names a country or a whole region (no town pair)."""
    lo, hi = own_clause(text, t.start(), t.end())
    return any(_no_town(text, m) for m in mentions if lo <= m.start < hi
               and not _ONLY_LOCATES.search(text, 0, m.start))


# "In Kenya, a distribution agreement was concluded with B", "distribution in Israel
# was signed with B", "Shipments to Turkmenistan grew under a contract with B": a
# country after "in" or "to" is where the business is, no signer.
_LOCATED_BEFORE = re.compile(r"\b(?:[Ii]n|[Tt]o|[Ii]nto|[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?$")


def _country_located(text: str, m: Mention) -> bool:
    return m.key in COUNTRY_BY_NAME and not m.adjectival and bool(
        _LOCATED_BEFORE.search(text, max(0, m.start - 20), m.start))


def _friendly_between_regions(text: str, mentions: list[Mention], t: re.Match) -> bool:
    """"Friendly relations" in a clause that names a whole region: the subject of the
    regions' agreement, no twinning (see ``twin_words.regional_friendship``)."""
    lo, hi = own_clause(text, t.start(), t.end())
    return regional_friendship(text, t.start(), [
        m.text for m in mentions if lo <= m.start < hi and not m.adjectival
        and not _ONLY_LOCATES.search(text, 0, m.start)])


def _twin_spans(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The twin words a document of the sentence may be the charter of."""
    # Partnership words are a twinning between towns only: "the Grodno Region became a
    # partner of the Kaliningrad Region under an agreement" is the agreement's.
    twins = [t.span() for t in TWIN.finditer(text)
             if not _friendly_between_regions(text, mentions, t)] + [
        t.span() for t in TWIN_WEAK.finditer(text) if not _weak_between_regions(text, mentions, t)]
    # A twin word denied ("has had no formal twin in Poland, although an agreement ...
    # was signed") is no twinning the document could be.
    return [t for t in twins if not _DENIED_TWIN.search(text, max(0, t[0] - 30), t[0])]


# A twinning's charter or pact: no document kind of its own (a "charter" alone is as
# often a city's or an organisation's statute), a twinning document beside a twin word.
CHARTER = re.compile(r"\b(?:charters?|pacts?)\b", re.I)


def twinning_charters(text: str, mentions: list[Mention]) -> list[tuple[re.Match, str, str]]:
    """``(match, kind, title)`` of each document of the sentence that is a twinning's own
    charter (a twin word in or right around its title, see :func:`_twin_document`):
    the documents :func:`find_agreements` leaves to the twinning.

    >>> s = "Tarnow and Kovel signed a twinning charter; Rivne and Lutsk a memorandum on floods."
    >>> [(k, t) for _, k, t in twinning_charters(s, [])]
    [('agreement', 'twinning charter')]
    """
    twins = _twin_spans(text, mentions)
    out = []
    for d in [*_DOC.finditer(text), *CHARTER.finditer(text)]:
        title = _title(text, d)
        if _twin_document(text, d, d.end(), twins) or \
                _twin_document(text, d, d.start() + len(title), twins):
            out.append((d, d.lastgroup or "agreement", title))
    return sorted(out, key=lambda x: x[0].start())


def find_agreements(text: str, mentions: list[Mention]) -> list[Hit]:
    hits = []
    twins = _twin_spans(text, mentions)
    best: list[list[Hit]] = []
    # "the agreements of A with B and of C with D": the document names its pairs itself,
    # and they are no other document's.
    own_pairs: set[int] = set()
    for d in _DOC.finditer(text):
        if _twin_document(text, d, d.end(), twins):
            continue
        pairs, how = of_with_pairs(text, _parties(mentions, False), d.end()), "of-with"
        if pairs:
            pairs += _later_with(text, _parties(mentions, False), pairs)
        else:
            pairs, how = named_by_parties(text, _parties(mentions, False), d.start()), "named pair"
        if pairs:
            own_pairs |= {id(m) for pair in pairs for m in pair}
            best.append([Hit("SIGNED_AGREEMENT", a, b, d.span(), 0.8, how, d.lastgroup,
                             _title(text, d)) for a, b in pairs])
    for d in _DOC.finditer(text):
        kind = d.lastgroup
        word = d.group(0).lower()
        title_end = d.start() + len(_title(text, d))
        # A twinning agreement ("twinning agreement", "agreement on fraternal ties") is
        # reported as the twinning itself; a twin word elsewhere in the sentence is not
        # what this document is.
        if _twin_document(text, d, title_end, twins):
            continue
        # "this agreement", "the said document": a paper reported before, not a new one,
        # unless this sentence is the one that says who signed it.
        # ("said that a memorandum ... was signed": "that" before "a" or "an" opens a
        # clause, it points at nothing)
        if re.search(r"\b(?:this|that|these|those|said|above)\s+(?!(?:a|an)\s)"
                     r"(?:[a-z-]+\s+){0,2}$",
                     text[max(0, d.start() - 40):d.start()], re.I) and not _SIGNED_BY.search(text):
            continue
        if not bare_document_signed(text, word):
            continue
        if not _SIGN.search(text) and not _ENTRY_BEFORE.search(text, 0, d.start()):
            continue   # (a report's entry states the document it lists: "A and B: protocol")
        ms = [m for m in _parties(mentions, False) if id(m) not in own_pairs]
        if len(ms) < 2:
            ms = [m for m in _parties(mentions, True) if id(m) not in own_pairs]
        # A bare possessive ("our subsidiary X", "its partner Y") owns; it signs nothing.
        ms = sorted(ms + [m for m in mentions if m.refers and m not in ms
                          and m.text.lower() not in ("its", "our", "their")],
                    key=lambda m: m.start)
        # Parties of other clauses ("...; B and C also trade", "..., and D has ...") are not
        # this document's.
        # (a lead-in with a colon and the items its semicolons separate are one clause:
        # "Agreements signed in 2019: A - B; C - D")
        lo, hi = _listing_clause(text, own_clause(text, d.start(), d.end()))
        lo = _list_start(text, ms, lo, hi)
        ms = [m for m in ms if not (m.start <= d.start() < m.end) and lo <= m.start < hi
              and not _country_located(text, m)]
        # "At the Forum of Rectors in Minsk, A and B signed ...": the opening phrase of
        # a signing after it names the occasion, no signer (unless nobody else signs).
        opening = _OPENING.match(text)
        if opening and opening.end() <= d.start():
            ms = [m for m in ms if m.start >= opening.end()] if sum(
                m.start >= opening.end() for m in ms) >= 2 else ms
        strict = not _SIGNED.search(text)
        pairs = _dedupe_pairs(pair_up(text, ms, d.span(), strict=strict))
        if _COUNTED.search(text, max(0, d.start() - 45), d.start()):
            # "more than 200 documents signed between Belarus and China", "A and B have
            # signed over 100 intergovernmental agreements": the states' whole treaty
            # base counted, no document of its own.
            pairs = [p for p in pairs if not (p[0].key in COUNTRY_BY_NAME
                                              and p[1].key in COUNTRY_BY_NAME)]
        title = _title(text, d)
        # "This document" points back at a paper named before: a weaker trigger.
        penalty = 0.05 if word.startswith("document") else 0.0
        found = [Hit("SIGNED_AGREEMENT", a, b, d.span(), round(conf - penalty, 2), how, kind,
                     title) for a, b, how, conf in pairs]
        if found:
            best.append(found)
    # One document per set of parties: of the triggers that pair the same mentions, the
    # surest; triggers pairing other parties ("..., and KTZ signed a deal with B") count too.
    taken: set[int] = set()
    pairs_taken: set[frozenset] = set()
    for found in sorted(best, key=lambda f: -max(h.confidence for h in f)):
        mentions_of = {id(m) for h in found for m in (h.a, h.b)}
        if mentions_of & taken and any(_second_document(text, mentions, h, f)
                                       or _listed_document(text, h, f)
                                       or _besides_document(text, h, f)
                                       for h in hits for f in found[:1]):
            pass   # "signed an agreement on trade and a protocol on education": two signings
        elif mentions_of & taken:
            # "A and B signed an agreement, and in 2016 a similar document with C": a
            # document of a later clause may add a partner to a signer before it.
            if not any(_NEW_CLAUSE.search(text, h.trigger[1], f.trigger[0])
                       for h in hits for f in found[:1]):
                continue
            found = [h for h in found if frozenset((id(h.a), id(h.b))) not in pairs_taken
                     and not (id(h.a) in taken and id(h.b) in taken)]
        taken |= mentions_of
        pairs_taken |= {frozenset((id(h.a), id(h.b))) for h in found}
        hits.extend(found)
    hits += _between_then_with(text, mentions, hits, twins)
    hits += _co_signers(text, mentions, hits)
    hits += _owner_document_items(text, mentions, hits, twins)
    hits += _lead_co_signed_items(text, mentions, hits)
    hits += _gapped_documents(text, mentions, hits)
    hits += _replaced_documents(text, mentions, hits)
    return hits or _bound_by_document(text, mentions, twins) or \
        _pair_then_their_document(text, mentions)


# A later document of a list of documents, joined by "and" or a comma (a bulleted item
# runs on after one) with nothing but its article between: "the Agreement between A and
# B (2010) and the Agreement on ... with C", "- an Agreement between A and B ...; - a Plan
# of joint actions with C".
_NEXT_LISTED_DOC = re.compile(r"(?:,|;|,?\s+and)\s+(?:[-–•*]\s+)?(?:also\s+)?(?:an?|the|one)\s+"
                              r"(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)
# ... whose own partner follows in its title: "an Action plan of joint work for 2021-2024
# with C", "a Memorandum of intent with the Department of C" (no comma, clause end
# or verb before the "with").
_DOC_WITH = re.compile(r"(?:\s+(?!(?:was|were|is|are|has|have|had|signed|concluded|adopted)\b)"
                       r"[\w–-]+){0,8}?\s+with\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}$",
                       re.I)
# A party that is a subject of its own: a finite verb right after it.
_SUBJECT_VERB = re.compile(r"\s+(?:(?-i:[a-z]+)\s+){0,2}?(?:signed|concluded|adopted|agreed"
                           r"|initial+ed|has|have|had|is|are|was|were|will)\b")


def _between_then_with(text: str, mentions: list[Mention], hits: list[Hit],
                       twins: list) -> list[Hit]:
    """A document named only by its partner ("... with C") that follows, in one list,
    a document "between A and B": A, the first-named signer of the list, signs it too
    (a report's list of its side's documents, a treaty base set out in one sentence).
    A document whose item names its own subject is that subject's."""
    out: list[Hit] = []
    used = [h.trigger for h in hits]
    firsts = sorted(((min((h.a, h.b), key=lambda m: m.start), h) for h in hits
                     if h.rel_type == "SIGNED_AGREEMENT" and h.how == "between"),
                    key=lambda x: x[1].trigger[0])
    if not firsts:
        return out
    parties = _parties(mentions, False)
    for d in _DOC.finditer(text, firsts[0][1].trigger[1]):
        if any(t[0] <= d.start() < t[1] for t in used) or \
                _twin_document(text, d, d.end(), twins):
            continue
        before = [(a, h) for a, h in firsts if max(h.a.end, h.b.end) <= d.start()]
        if not before or not _NEXT_LISTED_DOC.search(text, max(0, d.start() - 30), d.start()):
            continue
        first, h = before[-1]
        # (an item only discussed, never signed, or a draft: "- a draft Agreement with C")
        lo, hi = text.rfind(";", 0, d.start()) + 1, text.find(";", d.end())
        item = text[lo:hi if hi >= 0 else len(text)]
        if NEGATED.search(item) or re.search(r"\bdrafts?\s+(?:[a-z]+\s+)?$", text[lo:d.start()],
                                             re.I):
            continue
        if any(max(h.a.end, h.b.end) <= m.start < d.start() and _SUBJECT_VERB.match(text, m.end)
               for m in parties):
            continue   # "...; C signed a protocol in 2008, and a memorandum with D": C's
        later = [m for m in parties if m.start >= d.end()]
        partner = min(later, key=lambda m: m.start, default=None)
        if partner is None or partner.key in (h.a.key, h.b.key) or \
                not _DOC_WITH.fullmatch(text, d.end(), partner.start):
            continue
        out.append(Hit("SIGNED_AGREEMENT", first, partner, d.span(),
                       round(h.confidence - 0.1, 2), "between then with", d.lastgroup,
                       _title(text, d)))
        used.append(d.span())
    return out


# A lead-in whose subject works with partners under documents, then a colon: "Besides its
# twin towns, A works with a number of towns under agreements and memoranda:".
_DOCUMENT_LEAD_IN = re.compile(r"\b(?:cooperat\w*|works?|partners?|ties|links|relations)\b"
                               r"[^:;]{0,80}?\b(?:agreements?|memorand(?:a|um)|treaties"
                               r"|protocols|documents|contracts)\b[^:;]{0,40}:", re.I)
# An item of its list, "B, Georgia - memorandum of understanding on tourism (2022)": the
# partner at the item's start (a country after a comma, a dash), then the document.
_ITEM_OPEN = re.compile(r"(?:[:;,]|\s[-–•*])\s*$")
_ITEM_DOCUMENT = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s+[^,;:()–—-]{2,40}?)?\s+[-–—]\s+"
                            r"(?:an?\s+|the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}")


def _owner_document_items(text: str, mentions: list[Mention], hits: list[Hit],
                          twins: list) -> list[Hit]:
    """The documents of a list after a lead-in whose subject works with partners under
    them ("A works with a number of towns under agreements: B, Armenia -
    memorandum on culture (2021); C - agreement on transport (2016)"): A signs each item's
    document with the item's partner."""
    lead = _DOCUMENT_LEAD_IN.search(text)
    if lead is None:
        return []
    parties = _parties(mentions, False)
    owner = next((m for m in parties if m.end <= lead.start()
                  and not _GOVERNED.search(text, max(0, m.start - 12), m.start)), None)
    if owner is None:
        return []
    used = [h.trigger for h in hits]
    out = []
    floor = lead.end()   # (where the item begins: after the document of the one before)
    for d in _DOC.finditer(text, lead.end()):
        lo, floor = floor, d.end()
        if any(t[0] <= d.start() < t[1] for t in used) or _twin_document(text, d, d.end(), twins):
            continue
        # (the item's first name: "B, Georgia - ..." is B's, not the country's)
        partner = next((m for m in parties if lo <= m.start < d.start()
                        and _ITEM_OPEN.search(text, max(0, m.start - 4), m.start)
                        and _ITEM_DOCUMENT.fullmatch(text, m.end, d.start())), None)
        if partner is not None and partner.key != owner.key:
            out.append(Hit("SIGNED_AGREEMENT", owner, partner, d.span(), 0.7, "owner's items",
                           d.lastgroup, _title(text, d)))
    return out


# A lead line whose subject signed (or is to sign) the items below it: "the Province
# signed:", "A will sign:". An item that opens with its co-signers, "- together with B
# and C, a protocol on ... (with D)", names no signer of its own: it is the lead's.
_SIGNING_LEAD = re.compile(r"\b(?:signed|concluded|(?:will|to)\s+(?:sign|conclude))\s*:", re.I)
_CO_ITEM = re.compile(r"(?:^|[:;.,]\s*)(?:[-–•*]\s*)?(?:together|jointly|along)\s+with\s+", re.I)
_CO_ITEM_JOIN = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?$", re.I)
# (the item document's partner: "with D", "with the Collectivity of D")
_CO_ITEM_WITH = re.compile(r"(?:\s+(?-i:[a-z][\w-]*)){0,8}?\s+with\s+(?:the\s+)?"
                           r"(?:(?-i:[A-Z][a-z]+)\s+of\s+(?:the\s+)?)?$", re.I)
_CO_ITEM_DOC = re.compile(r"\s*,\s+(?:an?|the|one)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)


def _lead_co_signed_items(text: str, mentions: list[Mention], hits: list[Hit]) -> list[Hit]:
    """Items of a list under a lead line "A signed:" that open "together with B (and C),
    a <document> (with D)": A, B, C (and D) sign the document, each with each."""
    lead = _SIGNING_LEAD.search(text)
    if lead is None or NEGATED.search(text, 0, lead.end()):
        return []
    parties = _parties(mentions, False)
    before = [m for m in parties if m.end <= lead.start()]
    if not before or _NEW_CLAUSE.search(text, before[-1].end, lead.start()):
        return []
    owner = before[-1]
    done = {frozenset((h.a.key, h.b.key)) for h in hits}
    out: list[Hit] = []
    for item in _CO_ITEM.finditer(text, lead.end() - 1):   # (from the lead's colon)
        end = _CO_ITEM.search(text, item.end())
        stop = end.start() if end else len(text)
        inside = [m for m in parties if item.end() <= m.start and m.end <= stop]
        co: list[Mention] = []
        for m in inside:   # the co-signers: names joined by commas or "and"
            if not co and m.start != item.end() and \
                    not re.fullmatch(r"(?:the\s+)?", text[item.end():m.start], re.I):
                break
            if co and not _CO_ITEM_JOIN.fullmatch(text, co[-1].end, m.start):
                break
            co.append(m)
        if not co:
            continue
        d = _DOC.search(text, co[-1].end, stop)
        if d is None or not _CO_ITEM_DOC.fullmatch(text, co[-1].end, d.start()) or \
                NEGATED.search(text, item.start(), stop):
            continue
        later = [m for m in inside if m.start >= d.end()]
        # (a partner of the item's own document, not of the next item's: no comma between)
        partner = later[0] if later and _CO_ITEM_WITH.fullmatch(text, d.end(), later[0].start) \
            else None
        sides = [owner, *co] + ([partner] if partner is not None else [])
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                pair = frozenset((a.key, b.key))
                if a.key != b.key and pair not in done:
                    done.add(pair)
                    out.append(Hit("SIGNED_AGREEMENT", a, b, d.span(), 0.6, "lead's co-signed item",
                                   d.lastgroup, _title(text, d)))
    return out


# A co-signer set beside the subject: "A, together with B, signed ... with C". (Set off
# by commas: "signed a memorandum with C together with a plan" joins documents, no
# party; an opening "Along with B, A signed ..." may as well say B signed its own.)
_CO_SIGNER = re.compile(r",\s*(?:together|jointly|along)\s+with\s+(?:the\s+)?$", re.I)
_CO_SIGNER_END = re.compile(r"(?:\s+\([^()]{1,40}\))?\s*,")
# ... but an organ of government no place names ("jointly with the Ministry of Foreign
# Affairs") works with the subject on its own side: no signer of its own.
_OWN_SIDE_ORGAN = re.compile(r"(?:the\s+)?(?:Ministry|Department|Office|Agency|Committee|Service)"
                             r"\s+(?:of|for)\s+(?:[A-Z][a-z]+|and|of|the)(?:\s+(?:[A-Z][a-z]+|and|of|the))*")


def _co_signers(text: str, mentions: list[Mention], hits: list[Hit]) -> list[Hit]:
    """A party "together with" the subject of a signing, before its document, signs the
    document too: with each of the signing's parties (a document of three sides)."""
    out: list[Hit] = []
    done = {frozenset((id(h.a), id(h.b))) for h in hits}
    for m in _parties(mentions, False):
        if not (_CO_SIGNER.search(text, max(0, m.start - 30), m.start)
                and _CO_SIGNER_END.match(text, m.end)) or \
                (_OWN_SIDE_ORGAN.fullmatch(m.text) and not m.country_hint):
            continue
        for h in hits:
            if h.rel_type != "SIGNED_AGREEMENT" or not m.end <= h.trigger[0] \
                    or m in (h.a, h.b) or _NEW_CLAUSE.search(text, m.end, h.trigger[0]):
                continue
            for p in (h.a, h.b):
                pair = frozenset((id(m), id(p)))
                if pair not in done and p.key != m.key:
                    done.add(pair)
                    out.append(Hit("SIGNED_AGREEMENT", m, p, h.trigger,
                                   round(h.confidence - 0.1, 2), "co-signer", h.kind, h.title))
            break
    return out


# From a document to a later one that names no party of its own: "a road map with B in
# 2010, and a memorandum in 2012", "an agreement with B in 1999 and a programme of
# cooperation with it in 2005" (lower-case words, years, the first one's partner).
_GAPPED_DOC = re.compile(r"(?:\s+(?-i:[a-z\d][\w-]*)|\s+\x00|\s+(?:19|20)\d\d"
                         r"|\s+(?:19|20)\d\d[\u2013-](?:19|20)?\d\d){0,10}?,?\s+"
                         r"(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:(?:in|on)\s+(?:19|20)\d\d,?\s+)?"
                         # "... and in 2020 supplemented it with an action plan": a document
                         # added to the first, by the same pair
                         r"(?:(?:later\s+|then\s+)?(?:supplemented|complemented|followed)"
                         r"\s+(?:it|this|them)\s+(?:up\s+)?(?:with|by)\s+)?"
                         r"(?:an?|one|another|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)
_GAPPED_TAIL = re.compile(r"(?:\s+(?:on|of|for)\s+(?:(?-i:[a-z][\w-]*)\s+){0,5}?(?-i:[a-z][\w-]*))?"
                          # (the term a programme runs: "a further programme for 2020-2024")
                          r"(?:\s+for\s+(?:19|20)\d\d[\u2013-](?:19|20)?\d\d)?"
                          r"(?:\s+with\s+(?:it|them|the\s+same\s+\w+))?"
                          r"(?:\s+(?:in|on)\s+(?P<year>(?:19|20)\d\d))?"
                          # (or a relative clause on what it provides: "a road map that
                          # envisaged ...")
                          r"(?:\s*(?:[.;]|,\s|$)|\s+(?:that|which)\s"
                          # (or its own signing told after it: "... was signed in May";
                          # not one "signed by" signers of its own)
                          r"|\s+(?:was|were)\s+(?:also\s+)?(?:signed|concluded)\b"
                          r"(?!\s+by\s))", re.I)
# A dated paper of the first document's own ("the A-B memorandum of 2007 and its 2012
# protocol"): the same pair's later signing, whatever the sentence goes on with.
_GAPPED_OWN = re.compile(r"(?:\s+(?-i:[a-z\d][\w-]*)|\s+\x00|\s+(?:19|20)\d\d){0,10}?,?\s+"
                         r"(?:and|as\s+well\s+as)\s+(?:its|their)\s+(?:19|20)\d\d\s+"
                         r"(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)
# A later document the text itself marks as another one ("and a second agreement", "a
# further programme"): a signing of its own even of the first one's kind and undated.
_GAPPED_OTHER = re.compile(r"\b(?:second|third|further|another|new|additional|follow-up"
                           r"|supplementary|subsequent)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)
# The first document's own signers, after it ("a plan signed by the two governors in
# 2018, and a further one ..."): that signing, not a new clause of other signers.
_FIRST_SIGNERS = re.compile(r"\s+signed\s+by\s+(?:both|the\s+two|their|its)\s+(?-i:[a-z]+)"
                            r"(?=\s+(?:in|on)\s+(?:19|20)\d\d,?\s+(?:and|as\s+well\s+as)\s)",
                            re.I)


# A signing's document replaced by, or replacing, another of the same pair: "..., which
# supersedes the 2016 protocol of intent", "...; in 2013 it was superseded
# by a fresh agreement of the same two sides"; and "... in 1998 and a new one in 2018".
# A document it replaces, extends or amends in a participle of its own ("..., replacing
# the memorandum the two regions exchanged in 2016", "a supplementary agreement with B
# extending their 2011 agreement"), documents that followed it (", followed in 2006 by a
# protocol") or were added to it ("; it was later amended by a protocol", "and it has
# been complemented since by two road maps") are the same pair's too.
_REPLACING = re.compile(r"(?:,\s+which\s+(?:replaces|replaced|supersedes|superseded|succeeds"
                        r"|succeeded|updates|updated)"
                        r"|[;,]\s+(?:and\s+)?it\s+(?:was|has\s+(?:since\s+|later\s+)?been"
                        r"|had\s+(?:since\s+|later\s+)?been)\s+(?:later\s+|since\s+"
                        r"|subsequently\s+)?(?:superseded|replaced|updated|supplemented"
                        r"|complemented|amended|extended|followed)"
                        r"(?:\s+in\s+(?:19|20)\d\d)?\s+by"
                        r"|,?\s+(?:thereby\s+)?(?:replacing|superseding|succeeding|updating"
                        r"|extending|amending|supplementing|prolonging)"
                        # ", and in 2015 complemented it with an action plan": the pair again
                        r"|,\s+and\s+(?:(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+"
                        r"|later\s+|then\s+)?(?:supplemented|complemented|amended|updated"
                        r"|extended)\s+(?:it|this|them)\s+(?:with|by)"
                        r"|,\s+(?:later\s+|soon\s+|then\s+)?followed"
                        r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s+by)\s+"
                        r"(?:(?:an?|the|its|their|several|two|three|new)\s+)?"
                        r"(?:(?:19|20)\d\d\s+)?"
                        r"(?:(?-i:[a-z][\w-]*),?\s+(?:and\s+)?){0,4}$", re.I)
_NEW_ONE = re.compile(r",?\s+and\s+(?:a\s+new|another|a\s+second|a\s+further)\s+one"
                      r"(?=\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b)")
# One more document of a chain that followed: "followed in 2006 by a protocol on trade
# and, in 2014, by a road map".
_CHAINED = re.compile(r"(?:\s+(?:on|of|for)\s+[^,;.()]{1,60}?)?,?\s+and,?\s+"
                      r"(?:(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+)?by\s+"
                      r"(?:an?|the|its|their)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)
# A document named before the pair's own, which it implements, extends or amends: "an
# action plan for 2021-2023 to implement the agreement between A and B of 2012".
_IMPLEMENTS = re.compile(r"(?:\s+(?:for|on|of)\s+[^,;.()]{1,60}?)?,?\s+"
                         r"(?:to\s+implement|implementing|for\s+the\s+implementation\s+of"
                         r"|on\s+the\s+implementation\s+of|to\s+(?:extend|amend|supplement)"
                         r"|extending|amending|supplementing)\s+(?:the|their|its)\s+"
                         r"(?:(?:19|20)\d\d\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)
# The earlier document's signing must be written: "was signed", "(signed in ...)".
_SIGNED_WORD = re.compile(r"\b(?:signed|concluded|inked|initial+ed)\b", re.I)
_SPAN_END = re.compile(r"[,;.]|$")
_SIGNED_IN = re.compile(r"\b(?:signed|concluded|adopted)\s+(?:\w+\s+)?in\s+$")
# (a year of a title's span, "an action plan for 2021-2023", dates no signing)
_OWN_YEAR = re.compile(r"(?<![-\d])(?:19|20)\d\d\b(?!-)")


def _replaced_documents(text: str, mentions: list[Mention], hits: list[Hit]) -> list[Hit]:
    """A second document of a signing's pair in the signing's sentence (see
    ``_REPLACING``, ``_NEW_ONE``, ``_CHAINED``, ``_IMPLEMENTS``): a second signing of the
    same pair, when no other party is named between the two or in the second one's
    clause."""
    out = []
    used = [h.trigger for h in hits]
    for h in hits:
        if h.rel_type != "SIGNED_AGREEMENT" or h.how == "gapped document":
            continue
        others = [m for m in mentions if m.start >= h.trigger[1] and m not in (h.a, h.b)]
        limit = min([m.start for m in others] + [len(text)])
        new = next((n for n in _NEW_ONE.finditer(text, h.trigger[1], limit)
                    if n.group(1) not in _YEAR.findall(text, h.trigger[1], n.start())), None)
        if new is not None and not any(t[0] <= new.start() < t[1] for t in used):
            out.append(Hit("SIGNED_AGREEMENT", h.a, h.b, new.span(), h.confidence - 0.1,
                           "gapped document", h.kind, h.title))
            continue
        # (where it was signed is no party: "was signed in Kursk in 2004, and it was
        # later amended by ...")
        limit = min([m.start for m in others if not _SIGNED_IN.search(text, 0, m.start)]
                    + [len(text)])
        implemented = _implementing_document(text, mentions, h, used)
        if implemented is not None:
            out.append(implemented)
            used.append(implemented.trigger)
        for d in _DOC.finditer(text, h.trigger[1], limit):
            if any(t[0] <= d.start() < t[1] for t in used):
                break
            conn = _REPLACING.search(text, max(h.trigger[1], d.start() - 120), d.start())
            if conn and ";" not in text[h.trigger[1]:conn.start()] and \
                    not _own_partner(text, mentions, h, d):
                out.extend(_related_chain(text, mentions, h, d, conn.start(), used))
            break
    return out


def _own_partner(text: str, mentions: list[Mention], h: Hit, d: re.Match) -> bool:
    """Whether the document ``d`` names a party of its own in its clause ("replacing the
    agreement with C"): another pair's document."""
    end = _SPAN_END.search(text, d.end()).start()
    return any(d.end() <= m.start < end and m not in (h.a, h.b) and not m.refers
               for m in mentions)


def _related_hit(text: str, h: Hit, d: re.Match, since: int | None) -> Hit:
    """The signing of ``h``'s pair whose document is ``d``, dated by the first year from
    the words that tie it to ``h``'s (at ``since``) to the end of its clause ("followed in
    2006 by a protocol", "their 2011 agreement", "the memorandum exchanged in 2016")."""
    end = _SPAN_END.search(text, d.end()).start()
    year = _OWN_YEAR.search(text, since, end) if since is not None else None
    extra = {"date": year.group(0)} if year else {}
    # (a chain's "and" is no part of the title: "a protocol on trade and, in 2014, by ...")
    title = re.sub(r"\s+(?:and|or)$", "", _title(text, d))
    return Hit("SIGNED_AGREEMENT", h.a, h.b, d.span(), h.confidence - 0.1, "gapped document",
               d.lastgroup, title, extra=extra)


def _related_chain(text: str, mentions: list[Mention], h: Hit, d: re.Match, since: int,
                   used: list) -> list[Hit]:
    """The signing of the related document ``d`` and of each document chained after it
    ("... and, in 2014, by a road map")."""
    found = [_related_hit(text, h, d, since)]
    used.append(d.span())
    while True:
        nxt = _DOC.search(text, d.end())
        if nxt is None or any(t[0] <= nxt.start() < t[1] for t in used) or \
                any(d.end() <= m.start < nxt.start() for m in mentions) or \
                not _CHAINED.fullmatch(text, d.end(), nxt.start()) or \
                _own_partner(text, mentions, h, nxt):
            return found
        found.append(_related_hit(text, h, nxt, d.end()))
        used.append(nxt.span())
        d = nxt


def _implementing_document(text: str, mentions: list[Mention], h: Hit,
                           used: list) -> Hit | None:
    """The document named right before ``h``'s that implements, extends or amends it
    (``_IMPLEMENTS``), when the sentence writes a signing and names no party before it."""
    d = next(reversed([d for d in _DOC.finditer(text, 0, h.trigger[0])]), None)
    if d is None or any(t[0] <= d.start() < t[1] for t in used) or \
            not _IMPLEMENTS.fullmatch(text, d.end(), h.trigger[0]) or \
            any(m.start < h.trigger[0] and m not in (h.a, h.b) and not m.refers
                for m in mentions) or not _SIGNED_WORD.search(text):
        return None
    return _related_hit(text, h, d, None)   # (dated as any signing of its sentence)


def _gapped_documents(text: str, mentions: list[Mention], hits: list[Hit]) -> list[Hit]:
    """A later document of a signing's own list that names no party of its own ("...
    signed a road map with B in 2010, and a memorandum in 2012"): a second signing of the
    same pair, when it is of another kind or of a year of its own."""
    out = []
    used = [h.trigger for h in hits]
    for h in hits:
        if h.rel_type != "SIGNED_AGREEMENT":
            continue
        for d in _DOC.finditer(text, h.trigger[1]):
            if any(t[0] <= d.start() < t[1] for t in used):
                break
            # (the first document's own parties in the gap stand as one mark)
            gap, at = "", h.trigger[1]
            for m in sorted((h.a, h.b), key=lambda m: m.start):
                if at <= m.start and m.end <= d.start():
                    gap, at = gap + text[at:m.start] + "\x00", m.end
            gap += text[at:d.start()]
            gap = _FIRST_SIGNERS.sub(" ", gap)
            tail = _GAPPED_TAIL.match(text, d.end())
            own = _GAPPED_OWN.fullmatch(gap) and d.lastgroup != h.kind and not _SIGNED.search(gap)
            if not own and (not _GAPPED_DOC.fullmatch(gap) or tail is None
                            or _SIGNED.search(gap)
                            or any(d.end() <= m.start < tail.end() for m in mentions)):
                break
            first_years = set(_YEAR.findall(gap))
            if not own and d.lastgroup == h.kind and not (tail.group("year")
                                             and tail.group("year") not in first_years) \
                    and not _GAPPED_OTHER.search(gap):
                break
            # (signed by the pair the first one's rule read: its sides are read alike)
            out.append(Hit("SIGNED_AGREEMENT", h.a, h.b, d.span(), h.confidence - 0.1,
                           "gapped document", d.lastgroup, _title(text, d),
                           {"list_of": h.extra.get("list_of", h.how)}))
            used.append(d.span())
            break
    return out


def later_documents(text: str, mentions: list[Mention], h: Hit) -> list[Hit]:
    """The later documents of the list a signing by reference opens ("the two towns
    concluded an agreement in 2003 and a second one, on parks, in 2014"): the first
    document after the reference, of the hit's kind, stands for the signing's trigger."""
    first = next((d for d in _DOC.finditer(text, h.trigger[1]) if d.lastgroup == h.kind), None)
    if first is None:
        return []
    return _gapped_documents(text, mentions, [dataclasses.replace(h, trigger=first.span())])


# Between two documents one pair signed together: "an agreement on trade (in 2001) and
# a protocol on education", "a memorandum as well as a road map".
_DOCUMENTS_JOINED = re.compile(r"(?:\s+(?-i:[a-z\d][\w-]*)){0,8}?,?\s+(?:and|as\s+well\s+as)"
                               r"\s+(?:also\s+)?(?:(?:an?|the|one|their)\s+)?"
                               r"(?:(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)


def _second_document(text: str, mentions: list[Mention], h: Hit, f: Hit) -> bool:
    """Whether ``f`` is a second document of ``h``'s pair, of another kind, joined to it
    by "and" in one list of objects ("A and B signed an agreement on trade and a protocol
    on education"): each is a signing of its own."""
    if {id(h.a), id(h.b)} != {id(f.a), id(f.b)} or h.kind == f.kind:
        return False
    first, second = sorted((h.trigger, f.trigger))
    if any(first[1] <= m.start < second[0] for m in mentions):
        return False
    return bool(_DOCUMENTS_JOINED.fullmatch(text, first[1], second[0]))


# An opening phrase that names an earlier document of the clause's pair: "Besides the
# basic agreement of 2000, A and B adopted an action plan", "Apart from their treaty of
# 1997, ...", "In addition to a memorandum signed in 2005, ...".
_BESIDES = re.compile(r"(?:^|[;:]\s*|\.\s+)(?:Besides|Apart\s+from|In\s+addition\s+to"
                      r"|Alongside|On\s+top\s+of|Beyond)\s+(?:the|their|its|an?)\s+"
                      r"(?:(?:19|20)\d\d\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)
_BESIDES_END = re.compile(r"[^,;:()]{0,60}?,\s+")


def _besides_document(text: str, h: Hit, f: Hit) -> bool:
    """Whether one of ``h`` and ``f``, of one pair, is the earlier document an opening
    phrase names ("Besides the agreement of 2000, A and B adopted a plan"): two
    signings."""
    if {id(h.a), id(h.b)} != {id(f.a), id(f.b)} or h.trigger == f.trigger:
        return False
    first, second = sorted((h.trigger, f.trigger))
    lo = text.rfind(";", 0, first[0]) + 1
    opening = _BESIDES.search(text, lo, first[0])
    end = _BESIDES_END.match(text, first[1])
    return opening is not None and end is not None and \
        end.end() <= min(h.a.start, h.b.start) and second[0] > max(h.a.end, h.b.end)


# An item of a list of documents, each with its own partner: "signed three documents: an
# agreement with A, a road map with B and a memorandum with C".
_DOCUMENT_ITEM = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,5}?with\s+[^,;:.()]{2,60}?"
                            r"(?:\s*\([^()]{1,30}\))?\s*,\s+(?:and\s+)?(?:an?|the|one)\s+(?:[a-z-]+\s+){0,3}$")


def _listed_document(text: str, h: Hit, f: Hit) -> bool:
    """Whether ``f`` is the next item after ``h`` of a list of documents, each with its
    own partner (the signer shared, the partner another)."""
    if h.trigger[1] > f.trigger[0]:
        return False
    shared = {id(h.a), id(h.b)} & {id(f.a), id(f.b)}
    return len(shared) == 1 and bool(_DOCUMENT_ITEM.fullmatch(text, h.trigger[1], f.trigger[0]))


def _bound_by_document(text: str, mentions: list[Mention], twins: list) -> list[Hit]:
    """When no other reading found a signing: the pairs a document binds as its
    subject (:func:`document_binds`)."""
    for d in _DOC.finditer(text):
        if _twin_document(text, d, d.end(), twins):
            continue
        pairs = document_binds(text, _parties(mentions, False), d)
        if pairs:
            # "binds" in the present or past states a fact; intention words of another
            # clause ("..., and no new one is planned") are not this document's
            extra = {} if PLANNED.search(text, 0, pairs[0][0].start) else {"status": "fact"}
            return [Hit("SIGNED_AGREEMENT", a, b, d.span(), 0.7, "document binds", d.lastgroup,
                        _title(text, d), extra=dict(extra)) for a, b in pairs]
    return []


# "A and B are old partners: their agreement dates back to 1998", "...; their first
# treaty was signed in 1996": a document the pair of the clause before owns.
_THEIR_DOC = re.compile(r"[:;]\s+(?:and\s+)?[Tt]heir\s+(?:[a-z-]+\s+){0,2}?"
                        r"(?P<doc>agreements?|memorand(?:um|a)|treat(?:y|ies)|protocols?"
                        r"|road\s?maps?|accords?)\s+(?:was\s+|were\s+)?(?:\w+ly\s+)?"
                        r"(?:dates?\s+(?:back\s+to|from)|goes\s+back\s+to|signed|concluded)\b")


def _pair_then_their_document(text: str, mentions: list[Mention]) -> list[Hit]:
    t = _THEIR_DOC.search(text)
    if t is None or NEGATED.search(text) or _planned(text, 0, len(text)) \
            or TWIN.search(text) or TWIN_WEAK.search(text):
        return []   # (a twinning agreement is the twinning's)
    ms = [m for m in mentions if m.end <= t.start() and not m.adjectival and not m.refers]
    if len(ms) != 2 or not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[ms[0].end:ms[1].start]) \
            or text[:ms[0].start].strip(" ,").lower() not in ("", "the", "both"):
        return []   # the pair must be the clause's subject, "A and B"
    d = _DOC.search(text, t.start("doc"))
    if d is None:
        return []
    return [Hit("SIGNED_AGREEMENT", ms[0], ms[1], d.span(), 0.6, "their document",
                d.lastgroup, _title(text, d))]


_NEW_CLAUSE = re.compile(r",\s+(?:and|while|whereas|but)\b|;")


_TITLE_END = re.compile(
    r"[;:()]|\.(?:\s|$)|\s+(?:between|with|was|were|is|are|signed|which|that|who|by|has|had|have"
    r"|and\s+the|in\s+\d{4}|on\s+\d|in\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)|at\s+the|during|within|yesterday|today"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this|next)\s+(?:week|month|year))\b"
    # A comma ends the title unless a list of lower-case fields goes on after it: "on trade,
    # economic, scientific, technical and cultural cooperation".
    r"|,(?!\s+(?:[a-z][\w-]*(?:,|\s+and\b|\s+(?:cooperation|relations|ties|fields?|spheres?"
    r"|areas?|development|exchange|activities|issues|trade)\b)"
    # The same list in title case ends in its field noun: "on Trade, Economic, Scientific,
    # Technical and Cultural Cooperation".
    r"|(?:[A-Z][\w-]*,?\s+){0,8}(?:and\s+)?(?:[A-Z][\w-]*\s+)?(?-i:Cooperation|Relations"
    r"|Ties|Development|Exchanges?|Partnership|Interaction|Collaboration)\b))")


_VENUE = re.compile(r"\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z]|on\s+(?:the\s+)?\d"
                    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                    r"|January|February|March|April|May|June|July|August|September|October"
                    r"|November|December)\b)")
_LOWER_TITLE_VENUE = re.compile(r"(\s+(?:on|of|for|about|to)\s+[^A-Z]*?(?<![\w-])"
                                r"(?:cooperation|co-operation|relations|ties|partnership"
                                r"|exchanges?|collaboration|interaction))\s+(?:in|at)\s+[A-Z]")
_KIND_NOUNS = re.compile(r"(?<![\w-])((?:(?:trade|economic|cooperation|co-operation|partnership"
                         r"|friendship|twinning|sister-city|twin-city|investment|framework"
                         r"|interregional|cross-border|border|supply|transit|and) ){1,4})$")


# "a joint programme", "a five-year programme": the words a programme signed is named by
_PROGRAMME_WORDS = re.compile(r"(?<![\w-])((?:(?:joint|new|bilateral|long-term|comprehensive"
                              rf"|(?:{'|'.join(_YEARS)})-year) ){{1,2}})$")


def _title(text: str, d: re.Match) -> str:
    """The document's title as written: the trigger, capitalised words just before it,
    and its "on/of/for ..." complement, lists of fields included.

    >>> s = "They signed an Agreement on trade, economic and cultural cooperation in 2002."
    >>> _title(s, _DOC.search(s))
    'Agreement on trade, economic and cultural cooperation'
    >>> s = "A and B signed an Agreement on Trade, Economic, Technical and Cultural Cooperation."
    >>> _title(s, _DOC.search(s))
    'Agreement on Trade, Economic, Technical and Cultural Cooperation'
    >>> s = "They signed an Agreement on Trade, Minsk and Brest followed."
    >>> _title(s, _DOC.search(s))
    'Agreement on Trade'
    >>> s = "They signed a road map on cross-border cooperation for 2024-2026 on Thursday."
    >>> _title(s, _DOC.search(s))
    'road map on cross-border cooperation for 2024-2026'
    >>> s = "A and B signed a trade and economic cooperation agreement in Minsk in 2002."
    >>> _title(s, _DOC.search(s))
    'trade and economic cooperation agreement'
    >>> s = "A and B signed an agreement on trade and cultural cooperation in Grodno on 2 May."
    >>> _title(s, _DOC.search(s))
    'agreement on trade and cultural cooperation'
    >>> s = "A and B signed an Agreement on Cooperation in Tourism and Culture."
    >>> _title(s, _DOC.search(s))
    'Agreement on Cooperation in Tourism and Culture'
    """
    tail = text[d.end():d.end() + 200]
    m = re.match(r"\s+(?:on|of|for|about|in|to)\s", tail)
    if m and (_TITLE_END.match(tail) or _VENUE.match(tail)):
        m = None   # "an agreement in 2002", "on 12 May", "in Minsk": when and where, no title
    end = d.end()
    if m:
        stop = _TITLE_END.search(tail, m.end())
        end = d.end() + (stop.start() if stop else min(len(tail), 160))
        # A title written in lower case that ends in its field noun is complete: a name
        # after "in"/"at" is where it was signed ("on trade cooperation in Grodno"). In
        # "on Cooperation in Tourism", or "on the assembly of balers in Navoi", the words
        # after "in" are the document's subject and stay.
        venue = _LOWER_TITLE_VENUE.match(tail[:end - d.end()])
        if venue:
            end = d.end() + venue.end(1)
    start = d.start()
    # Include capitalised words just before ("Partnership Development Agreement"), or the
    # lower-case nouns that say what kind of document it is ("a cooperation agreement").
    pre = re.search(r"((?:[A-Z][\w-]+ ){1,4})$", text[:start]) \
        or _KIND_NOUNS.search(text, 0, start) \
        or (_PROGRAMME_WORDS.search(text, 0, start) if d.lastgroup == "programme" else None)
    if pre and not re.match(r"(?:The|A|An|In|This|That|Back|Then|And)\b", pre.group(1)):
        start -= len(pre.group(1))
    # The sentence's full stop is not part of the title.
    return " ".join(text[start:end].split())[:160].rstrip(" .,")


_FOR_SUPPLY = re.compile(r"\s+(?:\([^()]{1,30}\)\s+)?(?:for|on)\s+(?:the\s+)?"
                         r"(?:(?:future|regular)\s+)?"
                         # the goods before the word of supply: "for tyre deliveries", "for
                         # combine supplies", "for fertiliser purchases" (lower-case words;
                         # "mutual" or "reciprocal" supplies go both ways, no direction)
                         r"(?:(?-i:(?!(?:mutual|reciprocal|and|or|of|the)\b)[a-z][\w-]*)\s+){0,2}?"
                         r"(?P<what>supply|supplies|delivery|deliveries"
                         r"|purchases?|sales?|exports?)\b", re.I)


# What may follow the partner's name before the contract's goods: its seat ("of Sfax",
# "based in Lyon") or a description set off by commas (", a Lyon wholesaler,").
_PARTNER_TAIL = re.compile(r"(?:\s+(?:of|from|in|based\s+in)\s+(?-i:[A-Z][\w'’-]*)"
                           r"(?:\s+(?-i:[A-Z][\w'’-]*))?|,\s+(?:an?|the)\s+[^,;()]{1,60},)?")


# "A signed a supply agreement with B, under which it will deliver G": the signer (the
# pronoun, the clause's subject) supplies the partner.
# "signed a contract with B in 2024 to deliver twenty trams": the signer supplies its
# partner; an infinitive with a recipient of its own ("to supply buses to C") is the
# supply rules' business ("to buy" is left alone: the partner need not be the seller)
_TO_SUPPLY_INF = re.compile(r"(?:\s+(?:in|on|last|this|early|late)\s+(?:[\w-]+\s+){0,1}?"
                            r"(?:(?:19|20)\d\d|year|month|week|spring|summer|autumn|winter))?"
                            r",?\s+to\s+(?P<verb>supply|deliver|ship|sell|export)"
                            r"\s+(?P<goods>[^,;.]{1,80})")
_OWN_RECIPIENT = re.compile(r"\b(?:to|into|for|from)\s+(?:the\s+)?[A-Z]")
# The partner's seat before the infinitive: "with B of Rotterdam to supply G".
_PARTNER_SEAT = re.compile(r"(?:\s+(?:of|from|in|based\s+in)\s+(?-i:[A-Z][\w'’-]*)"
                           r"(?:\s+(?-i:[A-Z][\w'’-]*))?)?")
# (also after the partner's bracketed short name, without the comma, "for which" and
# "whereby", and a service the signer renders: "..., for which it will handle B's cargo")
_UNDER_WHICH = re.compile(r"(?:\s*\([^()]{1,40}\))?"
                          r"(?:\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:in|on)\s+(?:(?:19|20)\d\d"
                          r"|(?:January|February|March|April|May|June|July|August|September"
                          r"|October|November|December)(?:\s+(?:19|20)\d\d)?))?,?\s+"
                          r"(?:(?:under|for|by)\s+which|whereby)"
                          r"\s+(?:it|they|the\s+(?:company|firm|plant))\s+(?:will|is\s+to|shall|would"
                          r"|agreed\s+to|undertakes\s+to|undertook\s+to)\s+(?:also\s+)?"
                          r"(?P<verb>deliver|supply|ship|sell|export|handle)\b")


# A kind word the partner's name leaves out: "with the Tana cooperative, under which".
_PARTNER_KIND = re.compile(r"(?:\s+(?:cooperative|society|group|company|firm|plant|mill|factory"
                         r"|works|association))?")
# The signer as the goods' recipient: "under which it will supply us with tea".
_TO_SIGNER = re.compile(r"\s+(?:us|to\s+us)\b")


def _bought(text: str, h: Hit) -> bool:
    """Whether the signing's document is a purchase ("a purchase agreement", "a contract
    for the purchase of"): the signer buys from its partner."""
    return bool(re.search(r"\bpurchas", h.title or "", re.I))


# "A and B signed a contract for the delivery of G", "A and B also signed a letter of
# intent on the supply of G": the document the pair signed.
_PAIR_SIGNED = re.compile(r"(?:\s+(?:have|has|had))?(?:\s+(?:also|jointly|today|then))?"
                          r"\s+(?:signed|concluded|initial(?:l)?ed)\s+(?:an?|the)\s+"
                          r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?:contract|letter\s+of\s+intent"
                          r"|agreement|memorandum(?:\s+of\s+understanding)?|deal)", re.I)
# "A and B", "A and the retail chain B": the two sides, no list.
_PAIR_AND = re.compile(r"\s+and\s+(?:the\s+|an?\s+)?(?:(?-i:[A-Za-z][\w-]*)\s+){0,4}")
# The goods phrase of a supply the pair's document provides for, up to its clause's end.
_GOODS_PHRASE = re.compile(r"[^;.]*?(?=[;.]|,\s+(?:which|who|and|while|but)\b|$)")
# "a contract with the Kazakh retailer B": a partner that buys to resell.
_BUYER_NOUN = (r"(?:retailer|retail\s+(?:chain|network|group|cooperative)|distributor"
               r"|importer|wholesaler|supermarket\s+chain|trading\s+house)")
_BUYER_BEFORE = re.compile(rf"\b(?:contract|agreement|deal)s?\s+with\s+(?:the\s+|an?\s+)?"
                           rf"(?:[\w-]+\s+){{0,3}}?{_BUYER_NOUN},?\s+$", re.I)
# "a distribution agreement with B", "a resale contract with Almaty-based B": a document
# whose kind makes the partner the reseller of the signer's goods (a "dealer agreement"
# says not which of the two is the dealer).
_RESALE_DEAL = re.compile(r"\b(?:distribution|distributorship|resale)\s+"
                          r"(?:contract|agreement|deal)s?\s+with\s+(?:the\s+|an?\s+)?"
                          r"(?:(?-i:[A-Z][\w-]*-based|[a-z][\w-]*)\s+){0,2}$", re.I)
# "with B, a New York importer,": the partner's description after its name.
_BUYER_AFTER = re.compile(rf"(?:\s+(?:of|from|in|based\s+in)\s+(?-i:[A-Z][\w'’-]*))?"
                          rf",\s+(?:an?|the|our)\s+(?:[\w-]+\s+){{0,3}}?{_BUYER_NOUN}\b", re.I)
_CONTRACT_WITH = re.compile(r"\b(?:contract|agreement|deal)s?\s+with\s", re.I)


def _pair_contract_supply(text: str, h: Hit) -> Hit | None:
    """"A and B signed a contract for the delivery of G", "a contract between A and B for
    the supply of G": a supply between the two when their words say who supplies
    (:func:`_pair_direction`; a purchase, a sale or an export says nothing of who does
    what here). A recipient of its own in the goods phrase ("on the supply of beans to
    plants in C") is the supply's, not B."""
    if h.a.end > h.b.start or not _PAIR_AND.fullmatch(text, h.a.end, h.b.start):
        return None
    at = h.b.end
    if h.how == "A and B":
        doc = _PAIR_SIGNED.match(text, at)
        if doc is None:
            return None
        at = doc.end()
    m = _FOR_SUPPLY.match(text, at)
    if m is None or not m.group("what").lower().startswith(("suppl", "deliver")):
        return None
    phrase = _GOODS_PHRASE.match(text, m.end()).group(0)
    to = re.search(r"\s(?:to|into)\s", phrase)
    sides = _pair_direction(text, h) if to is None else _written_recipient(
        h, phrase[to.end():])
    if sides is None:
        return None
    return Hit("SUPPLIES_TO", *sides, m.span("what"), 0.65, "contract for supply",
               extra={"goods": None, "value_usd": None})


def _written_recipient(h: Hit, after_to: str) -> tuple | None:
    """(supplier, recipient) of the pair when the goods phrase names one of them after its
    "to" ("... for the supply of fuel to B's marinas"): the one written there is supplied,
    whatever the descriptions of the two say ("the fuel distributor A and the marina
    operator B"); None when it names neither or both (a recipient of its own)."""
    to_a, to_b = h.a.text in after_to, h.b.text in after_to
    if to_a == to_b:
        return None
    return (h.a, h.b) if to_b else (h.b, h.a)


# A side that is a place or its government: "the Chui Region", "the city of X", "the X
# regional administration".
_PLACE_WORD = re.compile(r"\b(?:Region|Oblast|Krai|Kray|Voivodeship|Province|County|Governorate"
                         r"|Municipality|Aimag|Marz|District|Administration|Government"
                         r"|[Kk]hokimiyat|[Aa]kimat|[Rr]egional)\b")
_PLACE_BEFORE = re.compile(r"\b(?:city|town|region|government|administration|municipality)\s+of"
                           r"\s+(?:the\s+)?$", re.I)
_BUYER_BEFORE_SIDE = re.compile(rf"\b{_BUYER_NOUN}\s+$", re.I)


def _pair_direction(text: str, h: Hit) -> tuple | None:
    """Which of the pair supplies the other, when their words say it: a buyer that
    resells ("A and the retail chain B") buys, a place or its government ("Uralmash and
    the Chui Region") is supplied by the firm. Two firms in plain order say nothing
    ("the Armenian company Multi Group and JSC Belshina ... for the supply of tyres":
    the second supplies)."""
    def place(m) -> bool:
        return bool(_PLACE_WORD.search(m.text) or _PLACE_BEFORE.search(text, 0, m.start))

    def buyer(m) -> bool:
        return bool(_BUYER_BEFORE_SIDE.search(text, max(0, m.start - 40), m.start))
    if buyer(h.b) and not buyer(h.a) or place(h.b) and not place(h.a):
        return h.a, h.b
    if buyer(h.a) and not buyer(h.b) or place(h.a) and not place(h.b):
        return h.b, h.a
    return None


def _supply_deal(text: str, h: Hit) -> Hit | None:
    """"A has a contract with the retailer B", "A signed a distribution agreement with the
    wholesaler B", "a contract with a Danish importer, B", "a distribution agreement with
    B": a partner that buys to resell buys A's goods. (A "supply contract" alone says no
    direction: which of the two supplies is not written.)"""
    with_at = [w.end() for w in _CONTRACT_WITH.finditer(text, h.a.end, h.b.start)]
    if not with_at:
        return None
    lead = text[max(h.a.end, with_at[-1] - 80):h.b.start]
    if not (_BUYER_BEFORE.search(lead) or _RESALE_DEAL.search(lead)
            or _BUYER_AFTER.match(text, h.b.end)):
        return None
    return Hit("SUPPLIES_TO", h.a, h.b, (with_at[-1] - 5, h.b.start), 0.6, "supply deal",
               extra={"goods": None, "value_usd": None})


# A party that produces or sells goods by its kind: a growers' cooperative, a farm, a
# supplier ("with Tana Growers' Cooperative", "with the medical supplier B", "with B, a
# supplier of gloves,"). A retail or consumer cooperative buys to resell.
_PRODUCER_KIND = re.compile(r"\b(?<!retail\s)(?<!consumer\s)(?:co-?operative|growers?|farmers?"
                            r"|farms?|producers?|plantations?|suppliers?|manufacturers?)\b"
                            r"(?:['’]s?)?", re.I)
# The signer's own use of the goods: "for its plant", "for our hospitals", "to its mills".
_OWN_PLANT = re.compile(r"\b(?:for|to|at)\s+(?:its|our|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:plants?|factor(?:y|ies)|mills?|hospitals?|clinics?|works|needs"
                        r"|smelters?|refiner(?:y|ies)|production|kitchens?|stations?)\b", re.I)


def _signer_buys(text: str, h: Hit, goods: str) -> bool:
    """"A signed a contract with B for the supply of G" where A is the buyer: the partner
    is a grower, a farm or a supplier by its name or description (and the signer is not),
    the goods are for the signer's own plant or hospitals, or the signer is a hospital or
    a clinic by its name. (A supply noun names no supplier; the signer supplies its
    partner otherwise.)"""
    with_at = [w.end() for w in _CONTRACT_WITH.finditer(text, h.a.end, h.b.start)]
    lead = text[with_at[-1]:h.b.start] if with_at else ""
    after = _PARTNER_TAIL.match(text, h.b.end).group(0)
    partner = h.b.text + " " + lead + " " + after
    if _PRODUCER_KIND.search(partner) and not _PRODUCER_KIND.search(h.a.text) \
            and not re.search(_BUYER_NOUN, partner, re.I):
        return True
    if _OWN_PLANT.search(goods):
        return True
    return bool(re.search(r"\b(?:Hospitals?|Clinics?|Health)\b", h.a.text))


# "a supply contract with B ... for kava extract": the contract is for deliveries and the
# goods are named right after the partner (lower-case words, not a service or a term).
_SUPPLY_DOCUMENT = re.compile(r"\b(?:supply|delivery|sales?)\s+(?:contract|agreement)s?\b", re.I)
_FOR_GOODS = re.compile(r"\s+for\s+(?P<goods>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2})"
                        r"(?=\s*(?:[,;.]|and\b|$))")
_NOT_GOODS = re.compile(r"\b(?:years?|months?|period|term|services?|transport|freight"
                        r"|consulting|maintenance|training|the|its|their|our)\b", re.I)


def _supply_contract_for_goods(text: str, h: Hit) -> Hit | None:
    """"A signed a supply contract with B of C for G": a contract for deliveries of the
    goods it names gives a supply besides the signing, from the signer to its partner
    (from the partner when the signer buys: a grower or supplier as partner)."""
    with_at = [w.end() for w in _CONTRACT_WITH.finditer(text, h.a.end, h.b.start)]
    if not with_at or not _SUPPLY_DOCUMENT.search(text, max(h.a.end, with_at[-1] - 60),
                                                   with_at[-1]):
        return None
    m = _FOR_GOODS.match(text, _PARTNER_TAIL.match(text, h.b.end).end())
    if m is None or _NOT_GOODS.search(m.group("goods")):
        return None
    a, b = (h.b, h.a) if _signer_buys(text, h, m.group("goods")) else (h.a, h.b)
    return Hit("SUPPLIES_TO", a, b, m.span("goods"), 0.6, "contract for supply",
               extra={"goods": None, "value_usd": None, "supplier_unsaid": True})


def contract_supplies(text: str, hits: list[Hit]) -> list[Hit]:
    """"X signed a contract with Y for the supply of G": besides the signing, a planned
    supply from X to Y (from Y to X for a purchase)."""
    out = []
    for h in hits:
        if h.rel_type != "SIGNED_AGREEMENT":
            continue
        if h.how in ("A and B", "between"):
            pair = _pair_contract_supply(text, h)
            out += [pair] if pair is not None else []
            continue
        if h.how not in ("with", "with signed by"):
            continue
        # (the partner's seat or description may come first: "with B of Sfax for the
        # purchase of", "with B, a Lyon wholesaler, for the supply of")
        m = _FOR_SUPPLY.match(text, _PARTNER_TAIL.match(text, h.b.end).end())
        inf = _TO_SUPPLY_INF.match(text, _PARTNER_SEAT.match(text, h.b.end).end()) \
            if not m else None
        if inf and not _OWN_RECIPIENT.search(inf.group("goods")):
            out.append(Hit("SUPPLIES_TO", h.a, h.b, inf.span("verb"), 0.7, "contract for supply",
                           extra={"goods": None, "value_usd": None}))
            continue
        if not m:
            under = _UNDER_WHICH.match(text, _PARTNER_KIND.match(text, h.b.end).end())
            if under:
                # "..., under which it will deliver G": the signer supplies its partner; a
                # purchase, or goods delivered to the signer ("it will supply us"), come
                # from the partner
                back = _bought(text, h) or _TO_SIGNER.match(text, under.end()) and \
                    h.a.text.lower() in ("we", "our")
                out.append(Hit("SUPPLIES_TO", *((h.b, h.a) if back else (h.a, h.b)),
                               under.span("verb"), 0.7, "contract for supply",
                               extra={"goods": None, "value_usd": None}))
            else:
                deal = _supply_deal(text, h) or _supply_contract_for_goods(text, h)
                out += [deal] if deal is not None else []
            continue
        phrase = _GOODS_PHRASE.match(text, m.end()).group(0)
        bought = m.group("what").lower().startswith("purchase") or \
            _signer_buys(text, h, phrase)
        a, b = (h.b, h.a) if bought else (h.a, h.b)
        # ("signed a contract with B for the delivery of G to A's plant": the signer that
        # the goods phrase names after "to" is supplied)
        to = re.search(r"\s(?:to|into)\s", phrase)
        written = _written_recipient(h, phrase[to.end():]) if to is not None else None
        a, b = written or (a, b)
        # (a supply noun names no supplier: see pipeline._buyer_place_first)
        out.append(Hit("SUPPLIES_TO", a, b, (m.start("what"), m.end("what")), 0.7,
                       "contract for supply", extra={"goods": None, "value_usd": None,
                                                     "supplier_unsaid": True}))
    return out


# "A agreed with B to supply 3,000 tonnes of apples", "A agreed with the B state enterprise
# on the supply of four locomotives": a planned supply from A to B (A the clause's
# subject, a description of a few lower-case words after each name allowed).
_AGREED_WITH = re.compile(r"(?:\s+[a-z][\w'-]*){0,2}\s+(?:has\s+|have\s+|had\s+)?agreed\s+with"
                          r"\s+(?:the\s+)?")
_AGREED_SUPPLY = re.compile(r"(?:\s+(?:of|from|in)\s+[A-Z][\w'-]*|\s*\([^()]{1,40}\))?"
                            r"(?:\s+[a-z][\w'-]*){0,3}?\s+(?:to\s+(?P<verb>supply|deliver|sell|ship"
                            r"|export)|on\s+(?:the\s+)?(?:future\s+)?(?P<noun>supply|supplies|delivery"
                            r"|deliveries|sale)\s+of)\b")


# A partner's description: "the Pskov retail chain B", "the Latvian retail chain B".
_PARTNER_DESCRIBED = re.compile(r"(?:[A-Z][\w-]+\s+)?(?:(?!(?:on|to|and|or|of|for|in)\s)"
                                r"(?-i:[a-z][\w-]*)\s+){0,3}")


def agreed_supplies(text: str, mentions: list[Mention]) -> list[Hit]:
    """"A agreed with B to supply G", "A agreed with B on the supply of G": besides any
    signing, a planned supply from A to B (from B to A for goods "for its power plant",
    A's own use)."""
    out = []
    for a in mentions:
        if a.adjectival or a.refers:
            continue
        w = _AGREED_WITH.match(text, a.end)
        # ("agreed with the Pskov retail chain B": a description before the partner)
        b = next((m for m in mentions if w and m.start >= w.end() and not m.adjectival
                  and not m.refers and _PARTNER_DESCRIBED.fullmatch(text, w.end(), m.start)),
                 None)
        s = _AGREED_SUPPLY.match(text, b.end) if b is not None else None
        if s is None or a.key == b.key:
            continue
        at = s.start("verb") if s.group("verb") else s.start("noun")
        # ("agreed with B on the supply of boilers for its power plant": goods for the
        # subject's own use come from the partner)
        own_use = s.group("noun") and _FOR_OWN_USE.match(text, s.end()) and not \
            re.search(_BUYER_NOUN, text[w.end():b.start], re.I)   # ("the retail chain B")
        out.append(Hit("SUPPLIES_TO", *((b, a) if own_use else (a, b)), (at, s.end()), 0.7,
                       "contract for supply", extra={"goods": None, "value_usd": None}))
    return out


_AGREED_NEGATED = re.compile(r"\b(?:not|never|n['’]t)\s+(?:yet\s+|so\s+far\s+)?agreed\s+with\b"
                             r"[^.;]*$", re.I)


def _not_agreed(text: str, h: Hit) -> bool:
    """"A has not agreed with B on the supply of G": no agreement, no supply (the
    negation stands before the supply's own trigger)."""
    return bool(_AGREED_NEGATED.search(text, max(0, min(h.a.start, h.b.start)), h.trigger[0]))


def agreed_signings(agreed: list[Hit], agreements: list[Hit]) -> list[Hit]:
    """"A agreed with B to supply G", "A agreed with B on the supply of G": the two came
    to an agreement, a signing between them besides the supply (as outside annotators
    read it), unless a signing of the two is read already."""
    out = []
    for h in agreed:
        keys = {h.a.key, h.b.key}
        if any({g.a.key, g.b.key} == keys for g in (*agreements, *out)):
            continue
        out.append(Hit("SIGNED_AGREEMENT", h.a, h.b, h.trigger, 0.6, "agreed on supply",
                       "agreement"))
    return out


_FOR_OWN_USE = re.compile(r"[^,;.]{0,60}?\bfor\s+(?:its|their)\s+(?:own\s+)?(?-i:[a-z])")


# The members a country or federal district is named for ("the regions of Uzbekistan
# signed ... with the regions of Kazakhstan", "the subjects of the Volga Federal
# District"): the members sign, the country or district itself is no signer.
_MEMBERS_OF = re.compile(r"\b(?:regions|cities|towns|districts|municipalities|subjects|oblasts"
                         r"|provinces|marzes|communities|enterprises|companies|firms|businesses"
                         r"|producers|universities|those|entities|organi[sz]ations|institutions"
                         r"|authorities)\s+(?:and\s+[a-z]+\s+)?of\s+(?:the\s+)?$")


def _members_only(text: str, mentions: list[Mention]) -> set[int]:
    """Ids of the mentions that only name whose members act (see ``_MEMBERS_OF``), with
    the names coordinated after them ("the regions of Belarus and Russia")."""
    out: set[int] = set()
    for r in runs(text, mentions):
        if r and _MEMBERS_OF.search(text, max(0, r[0].start - 60), r[0].start):
            out |= {id(m) for m in r if m.key in COUNTRY_BY_NAME or "federal district" in m.key}
    return out


# A relation the clause says did not come about: "the twinning of A with B, discussed
# in 2020, was never formalised", "a proposed supply of X to Y was shelved".
_UNDONE = re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:never|not)"
                     # "a much-debated tie with Narva has never been formalised"
                     # ("had not been concluded when the book went to press" is not yet)
                     r"|(?:has|have|had)\s+never\s+been)\s+(?:\w+\s+)?"
                     r"(?:formali[sz]ed|signed|concluded|implemented|reali[sz]ed|ratified|completed)"
                     r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:shelved|cancell?ed|abandoned"
                     r"|called\s+off|dropped)|\bfell\s+through|\bcame\s+to\s+(?:nothing|naught)"
                     # "the plans led nowhere", "the idea never got off the ground"
                     r"|\bled\s+(?:to\s+)?(?:nothing|nowhere)|\bnever\s+got\s+off\s+the\s+ground"
                     r"|\bdid\s+not\s+(?:take\s+place|materiali[sz]e|happen)"
                     # "a partnership with Smolensk that never came about"; "the council
                     # voted the proposal down"
                     r"|\bnever\s+(?:came\s+about|materiali[sz]ed|happened|took\s+(?:place|shape))"
                     r"|\bvoted\s+(?:(?:it|them|the\s+(?:[a-z-]+\s+)?(?:proposal|plan|idea|draft"
                     r"|motion))\s+)?down\b"
                     # "..., but the Ukrainian side refused to sign it", "..., but the city
                     # council rejected the draft": turned down after it was prepared.
                     r"|\b(?:refused|declined)\s+to\s+(?:sign|conclude|ratify|approve)"
                     r"|\b(?:rejected|vetoed|turned\s+down)\s+(?:it|them|the\s+(?:[a-z-]+\s+)?"
                     r"(?:draft|document|deal|proposal|agreement|memorandum|contract|plan|idea))\b"
                     r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:rejected|vetoed"
                     r"|turned\s+down)", re.I)


def _undone(text: str, trigger: tuple[int, int], parties=(), mentions=()) -> bool:
    """The clause says the relation did not come about. A contrast after the hit's
    ``parties`` opens a clause of its own when it names a party of its own before the
    undoing words ("A is twinned with B, but its talks with C came to nothing")."""
    end = text.find(";", trigger[1])
    undo = _UNDONE.search(text, trigger[1], end if end >= 0 else len(text))
    if undo is None:
        return False
    last = max([trigger[1]] + [p.end for p in parties])
    if _OWN_SUBORDINATE.search(text, last, undo.start()):
        return False   # "X is to buy from B, after a bid by C was turned down": C's
    contrast = _CONTRAST.search(text, last, undo.start())
    # (a partner after "with" or "to": "the talks with C", "the deal with C"; not a side
    # that acts, "but the Ukrainian side refused to sign it")
    return contrast is None or not any(
        contrast.end() <= m.start and m.end <= undo.start() and not m.adjectival
        and _PARTNER_BEFORE.search(text, contrast.end(), m.start)
        and all(m is not p for p in parties) for m in mentions)


_PARTNER_BEFORE = re.compile(r"\b(?:with|to)\s+(?:the\s+)?$")
# A clause of time or cause about something new (an indefinite subject): what it says
# was undone is that thing, not the relation before it.
_OWN_SUBORDINATE = re.compile(r"(?:,\s*|\s)(?:after|because|since|once|when)\s+(?:an?|another"
                              r"|one|two|three|several|some)\s", re.I)


# A signing that is only talked about: "discussed the possibility of signing an
# agreement with B", "talks on a memorandum with B are under way", "an agreement
# between A and B is being prepared", "reports that A had signed a treaty with B were
# denied". An intention of the parties ("A and B plan to sign", "will sign") stays, as
# "planned".
_UNREALISED_BEFORE = re.compile(
    r"\b(?:possibilit(?:y|ies)|prospects?|option|idea|feasibility)\s+of\s+(?:\w+\s+){0,2}?"
    r"(?:signing|concluding|adopting|entering)"
    r"|\b(?:discuss(?:ed|es|ing)?|consider(?:ed|s|ing)?|explor(?:ed|es|ing)|negotiat(?:ed|es|ing))"
    r"\s+(?:\w+\s+){0,2}?(?:signing|concluding|adopting|entering|a\s+draft|the\s+draft)"
    r"|\b(?:talks|negotiations|consultations|discussions)\s+(?:\w+\s+){0,2}?(?:on|about|over"
    r"|regarding|concerning|of|towards?)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$"
    # "a draft agreement", "the draft of a memorandum": a text nobody has signed yet
    r"|\bdrafts?\s+(?:of\s+(?:the\s+|an?\s+)?)?(?:[a-z][\w-]*\s+){0,2}$", re.I)
_UNREALISED_AFTER = re.compile(
    r"(?:\s+[^.;,]{0,120}?)?\b(?:(?:is|are|was|were)\s+(?:still\s+|now\s+|currently\s+)?being"
    r"\s+(?:prepared|drafted|negotiated|discussed|considered|worked\s+out|elaborated|agreed)"
    r"|(?:is|are|was|were|remains?)\s+(?:still\s+)?under\s+(?:discussion|consideration"
    r"|preparation|negotiation|development)"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|flatly\s+)?(?:denied|refuted"
    r"|dismissed)"
    # "is yet to be signed", "a contract still to be ratified", "has yet to be approved",
    # "A dealer agreement for A and B has not been concluded", "the road map was never
    # signed": the document's own predicate denies it
    r"|(?:has|have|had|is|are|was|were)\s+(?:still\s+|so\s+far\s+|yet\s+)?(?:not|never)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:signed|concluded|adopted|initial+ed)"
    # "the road map is still unsigned"
    r"|(?:is|are|was|were|remains?|remained|stays?|stayed|has\s+been|have\s+been)\s+"
    r"(?:still\s+|so\s+far\s+)?unsigned"
    # "awaiting signature", "pending ratification": not signed (or not in force) yet
    r"|(?:(?:is|are|was|were|remains?|remained|has|have|had)\s+)?(?:still\s+|yet\s+){1,2}"
    r"to\s+be\s+(?:signed|ratified|concluded|approved|finali[sz]ed|agreed|initial+ed|endorsed)"
    r"|(?:is|are|was|were|remains?)\s+to\s+be\s+(?:ratified|finali[sz]ed|approved)"
    r"|(?:await(?:s|ed|ing)?|pending)\s+(?:its\s+|their\s+|the\s+)?(?:final\s+|formal\s+"
    r"|official\s+)?(?:signature|signing|ratification|approval|endorsement))\b", re.I)


# "was drafted but never signed", "was prepared, yet it remains unsigned": the
# document's predicate goes on past a contrast that keeps its subject (no signing before
# the contrast: "A signed an agreement with B, but they have not signed one with C").
_UNSIGNED_AFTER_CONTRAST = re.compile(
    r"(?:\s+[^.;,]{0,120}?)?(?:,\s+|\s+)(?P<but>but|yet)\s+(?:(?:it|they)\s+)?"
    r"(?:(?:has|have|had|was|were|is|are|remains?|remained)\s+)?(?:still\s+|so\s+far\s+)?"
    r"(?:(?:never|not)\s+(?:yet\s+)?(?:been\s+)?(?:signed|concluded|adopted|initial+ed)"
    r"|unsigned)\b", re.I)


# A contrast inside a clause: what follows it may speak of another document. (Unlike
# ``_CONTRAST`` it takes "yet", which there would cut "has not yet signed" short.)
_TURN = re.compile(r"\b(?:but|yet|while|whereas|although|though)\s")


# "An agreement between A and B, which was expected to be signed in 2019, has still not
# been concluded", "The treaty, which A and B had planned to sign, was eventually
# dropped": the document's own predicate, past its phrase and the clauses set off about
# it, says it never came about. (Not "was suspended", "expired": those were signed.)
_DOC_NEVER = re.compile(
    r"[^.;,]{0,120}?(?:,\s+(?:which|that|whose|intended|meant|expected|planned|prepared"
    r"|drafted|drawn\s+up|proposed|discussed|negotiated)\b"
    r"[^.;,]{0,160},)+\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:still|yet|so\s+far"
    r"|eventually|finally|ultimately|later|then)\s+)*(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:signed|concluded|adopted|ratified|initial+ed)|(?:been\s+)?(?:dropped|abandoned|shelved"
    r"|postponed|rejected|put\s+off|set\s+aside)|fell\s+through|came\s+to\s+nothing"
    r"|remains?\s+(?:a\s+|only\s+a\s+)?(?:draft|on\s+paper|unsigned)|unsigned)\b", re.I)
# A clause set off about the document that reports it signed: then it was made.
_SET_OFF_SIGNED = re.compile(r",\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+"
                             r"(?:\w+ly\s+)?(?:signed|concluded|adopted|ratified)\b", re.I)


def unrealised_signing(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the document at ``trigger`` is only discussed, planned, in preparation
    or denied, not signed (see ``_UNREALISED_BEFORE``).

    >>> s = "The Omsk Region discussed the possibility of signing an agreement with Pavlodar."
    >>> unrealised_signing(s, (s.index("agreement"), s.index("agreement") + 9))
    True
    >>> s = "Omsk and Pavlodar signed an agreement, which is being implemented."
    >>> unrealised_signing(s, (s.index("agreement"), s.index("agreement") + 9))
    False
    """
    lo = max(0, trigger[0] - 90, text.rfind(";", 0, trigger[0]) + 1)
    if _UNREALISED_BEFORE.search(text, lo, trigger[0]):
        return True
    # "Whether A will sign a road map with B is open", "If A signs the protocol, ...": a
    # signing inside a condition (no comma closes it before the document) is none.
    cond = [c for c in CONDITION.finditer(text, lo, trigger[0])]
    if cond and "," not in text[cond[-1].end():trigger[0]]:
        return True
    hi = text.find(";", trigger[1])
    hi = hi if hi >= 0 else len(text)
    never = _DOC_NEVER.match(text, trigger[1], hi)
    if never and not _SET_OFF_SIGNED.search(text, trigger[1], never.end()):
        return True
    contrast = _UNSIGNED_AFTER_CONTRAST.match(text, trigger[1], hi)
    if contrast and not _SIGNED.search(text, lo, contrast.start("but")):
        return True
    after = _UNREALISED_AFTER.match(text, trigger[1], hi)
    # ("A signed an agreement with B but has not concluded one with C": past a contrast,
    # after a signing, the denial is another document's)
    turn = after and _TURN.search(text, trigger[1], after.end())
    return bool(after) and not (turn and _SIGNED.search(text, lo, turn.start()))


# "the Forum of Regions of Belarus and Russia": a country named in an event's name, the
# last of its list or the first ("of Regions of Russia and ...": a capitalised "of"-head
# of the name may stand between).
_EVENT_OF = re.compile(r"\b(?:Forum|Exhibition|Expo|Fair|Congress|Conference|Summit|Festival"
                       r"|Days|Week|Games|Olympiad|Assembly|Council\s+of\s+Heads)\s+of\s+"
                       r"(?:[^,;.()]{0,60}?(?:\band|&)\s+(?:the\s+)?"
                       r"|(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?)$")
_EVENT_LIST_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?[A-Z]")


def in_event_name(text: str, m: Mention) -> bool:
    """Whether ``m`` is a place named inside an event's name ("during the Forum of
    Regions of Russia and Belarus"): the event's, no party of what is signed there. The
    first of the list only when the list goes on ("the Conference of Mayors of X" may be
    X's own)."""
    e = _EVENT_OF.search(text, max(0, m.start - 90), m.start)
    if e is None:
        return False
    return "and" in e.group(0).split() or "&" in e.group(0) \
        or _EVENT_LIST_ON.match(text, m.end) is not None


# A document the clause only rests on ("under the Agreement between A and B", "the
# treaty framework between A and B"): between states, no signing the text reports.
_BASIS_BEFORE = re.compile(r"\b(?:under|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of"
                           r"|in\s+accordance\s+with|on\s+the\s+basis\s+of|pursuant\s+to|based\s+on"
                           r"|in\s+line\s+with|by\s+virtue\s+of"
                           # "relations rest on the Treaty ... between A and B", "trade is
                           # governed by the 1998 Agreement between A and B"
                           r"|rest(?:s|ed|ing)?\s+on|rel(?:y|ies|ied|ying)\s+on|governed\s+by"
                           r"|regulated\s+by|grounded\s+in|founded\s+on|built\s+on|stem(?:s|med)?\s+from"
                           r"|(?:linked|bound|connected|tied|united)\s+by"
                           r"|laid\s+down\s+in|set\s+out\s+in"
                           # "an instrument for implementing the agreements between A and B",
                           # "concluded in the spirit of the Treaty between A and B"
                           r"|implement(?:s|ed|ing)?|implementation\s+of|in\s+the\s+spirit\s+of"
                           r"|provided\s+for\s+by|reflected\s+in|enshrined\s+in|complement(?:s|ing)?)"
                           r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                           re.I)
_BASIS_AFTER = re.compile(r"\s+(?:framework|basis|base)\b", re.I)


_SIGNED_BY_MEMBERS = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:signed|concluded|adopted)"
                                r"\s+(?:\w+\s+)?by\s+"
                                r"(?:the\s+|their\s+|its\s+)?(?:[a-z]+\s+)?(?:regions|cities|towns"
                                r"|districts|municipalities|subjects|oblasts|provinces|enterprises"
                                r"|companies|firms|universities)\b")


def _framework_between_states(text: str, h: Hit) -> bool:
    # "Russia on the Union State budget": a country with the document's subject glued on
    if h.rel_type != "SIGNED_AGREEMENT" or not all(
            re.split(r"\s+(?:on|in|of|for)\s+", m.key)[0] in COUNTRY_BY_NAME
            or m.kind_hint == "Country" for m in (h.a, h.b)):
        return False
    lo, hi = own_clause(text, *h.trigger)
    # "cooperation between A and B develops on the basis of agreements signed by the
    # regions": the members signed them, not the states
    if _SIGNED_BY_MEMBERS.match(text, h.trigger[1]):
        return True
    # "allows regions to sign agreements of their own" reports no signing
    signed = [x.start() for x in _SIGNED.finditer(text, lo, hi)
              if not re.search(r"\bto\s+$", text[max(0, x.start() - 4):x.start()])]
    basis = _BASIS_BEFORE.search(text, max(0, h.trigger[0] - 80), h.trigger[0])
    if basis:
        # "Memoranda are concluded in the spirit of the Treaty between A and B": the
        # verb before the basis phrase is the other documents' signing. "Within the
        # framework of the agreement between A and B, C and D signed a programme": a
        # basis that opens the sentence ends at its comma; the verb after it is C's.
        end = text.find(",", h.trigger[1])
        if end > 0 and not text[:basis.start()].strip(" \"'(-–—"):
            signed = [at for at in signed if at < end]
        return not any(at >= basis.start() for at in signed)
    if signed:
        return False
    # "The intergovernmental agreement between A and B remains the legal basis of these
    # contacts", "the interstate treaty between A and B provides for ...": the states'
    # document is the setting of what the text reports, not a signing it reports.
    return bool(_BASIS_AFTER.match(text, h.trigger[1])
                or _INTERSTATE.search(text, max(0, h.trigger[0] - 40), h.trigger[0])
                or _STANDS_AS_BASIS.search(text, h.trigger[1], hi))


_INTERSTATE = re.compile(r"\b(?:inter-?governmental|inter-?state|bilateral|state-level"
                         r"|framework|basic|fundamental)\s+(?:[a-z-]+\s+){0,2}$", re.I)
_STANDS_AS_BASIS = re.compile(
    r"\b(?:remains?|remained|is|was|serves?\s+as|served\s+as|forms?|formed|constitutes?"
    r"|became|becomes|provides?|provided|created|creates|lays?|laid)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:basis|foundation|framework|cornerstone|groundwork|backbone)\b"
    r"|\b(?:provides?\s+for|stipulates?|envisages?|regulates?|governs?)\b", re.I)


# A supply that is only the aim of a document or an effort: "agreements on raising the
# volume of mutual deliveries", "in order to increase supplies of X".
_GROWTH_BEFORE = re.compile(r"\b(?:increas\w*|expan\w*|grow\w*|boost\w*|rais\w*|doubl\w*"
                            r"|promot\w*|develop\w*|stimulat\w*)\s+(?:in\s+|of\s+)?(?:the\s+)?"
                            r"(?:(?:volume|volumes|share|level)\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_PURPOSE = re.compile(r"\b(?:aim(?:s|ed|ing)?\s+at|in\s+order\s+to|so\s+as\s+to"
                      r"|intend(?:s|ed)?\s+to|designed\s+to|relat(?:ing|ed)\s+to|with\s+a\s+view\s+to|with\s+the\s+aim"
                      r"|concern(?:ed|ing)(?:\s+with)?|deal(?:s|ing)?\s+with|devoted\s+to|regarding"
                      r"|purpose|goal|objective|(?:agreements?|memorand\w*|road\s*maps?|programm?es?"
                      r"|plans?)\s+(?:on|for|to)\b)", re.I)


# Help to grow supplies is no supply: "will support Manzhouli enterprises in expanding
# exports to Russia", "helps Vitebsk firms increase their supplies to Latvia" (the
# growth word not finite: "with the support of X, A increased exports to B" is a supply;
# nor is help given, "the ministry helped A increase its exports to B": they grew).
_HELPED_GROWTH = re.compile(
    r"\b(?:help(?:s|ing)?|support(?:s|ing)?|assist(?:s|ing)?|encourag(?:e|es|ing)"
    r"|enabl(?:e|es|ing))\s+(?!of\b)(?:[^,;.]{0,60}?\s)?(?:in\s+|to\s+)?(?:expand(?:ing)?"
    r"|increas(?:e|ing)|boost(?:ing)?|rais(?:e|ing)|grow(?:ing)?|doubl(?:e|ing)|diversif(?:y|ying)"
    r"|promot(?:e|ing)|develop(?:ing)?)\s+(?:their\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def goal_supply(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the supply word at ``trigger`` names an aim rather than a delivery.

    >>> s = "The agreement aims at increasing mutual supplies of grain."
    >>> goal_supply(s, (s.index("supplies"), s.index("supplies") + 8))
    True
    >>> s = "Last year the volume of Belarusian exports rose by a third."
    >>> goal_supply(s, (s.index("exports"), s.index("exports") + 7))
    False
    """
    return bool(_GROWTH_BEFORE.search(text, max(0, trigger[0] - 60), trigger[0])
                and _PURPOSE.search(text, 0, trigger[0])
                or _HELPED_GROWTH.search(text, max(0, trigger[0] - 120), trigger[0]))


# Money is no goods: "Financing came from Belarusbank", "received a loan from the EDB",
# "a credit line was provided by Gazprombank". A reader
# expects no SUPPLIES_TO of a lender or an investor, and the schema has no relation of
# its own for money, so none is extracted.
MONEY = (r"(?:financing|finance|funding|funds|loans?|credits?|credit\s+lines?|lending"
         r"|investments?|grants?|subsid(?:y|ies)|money|capital|tranches?|payments?"
         r"|financial\s+(?:support|aid|assistance|resources))")
# (the money is the subject of the supply word: "Financing came from", "a tranche of 20
# million euros was provided by", "loans have also been received from")
_MONEY_BEFORE = re.compile(
    rf"\b{MONEY}\s+(?:(?:of|worth|totalling|totaling)\s+(?:[\d$€.,]+\s*|(?:million|billion|mln"
    r"|bn|thousand|USD|US\$|euros?|dollars?|roubles?|rubles?|yuan)\s+){1,4})?"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+|also\s+)?$",
    re.I)
_MONEY_AFTER = re.compile(r"\s+(?:(?!(?:to|from|for|under|by|with|of|in|on|at|and|or|via"
                          r"|through|into|as)\b)(?:[a-z-]+|[\d$€.,]+|USD|US\$)\s+){0,3}"
                          rf"{MONEY}\b", re.I)


def money_supply(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the supply word at ``trigger`` moves money, not goods (see ``MONEY``).

    >>> s = "Financing came from Belarusbank."
    >>> money_supply(s, (s.index("came"), s.index("came") + 4))
    True
    >>> s = "MAZ received a loan from the Eurasian Development Bank."
    >>> money_supply(s, (s.index("received"), s.index("received") + 8))
    True
    >>> s = "Belarusbank financed the purchase of MAZ buses by Almaty."
    >>> money_supply(s, (s.index("purchase"), s.index("purchase") + 8))
    False
    """
    lo = max(0, trigger[0] - 50, text.rfind(",", 0, trigger[0]) + 1,
             text.rfind(";", 0, trigger[0]) + 1)
    return bool(_MONEY_BEFORE.search(text, lo, trigger[0])
                or _MONEY_AFTER.match(text, trigger[1]))


# A relation word the sentence denies outright, whatever path paired its sides: one
# named as what was NOT made ("a joint communique rather than an agreement", "which have
# no partner regions", "instead of a contract"), or one whose own predicate says it
# never came about ("the exports to India that were planned never happened", "a
# much-debated tie with Narva has never been formalised"). Not "has not been
# implemented" or "has not resumed": a document signed or goods once sent were made.
_DENIED_BEFORE = re.compile(r"\b(?:[Nn]o|rather\s+than|instead\s+of"
                            # the side itself turned it down: "having rejected a twinning
                            # with C", "the assembly rejected a draft twinning proposal"
                            r"|(?:rejected|rejecting|refused|refusing|turned\s+down|turning\s+down"
                            r"|vetoed|vetoing)(?:\s+(?:the|a|an|any))?)\s+(?:(?:a|an|any)\s+)?"
                            # ("No Dorvik herring goes to Kalmar": a named origin too)
                            r"(?:[A-Za-z][\w-]*\s+){0,2}$"
                            # "is not an agreement with", "does not count as supply"
                            r"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:(?:count(?:s|ed)?"
                            r"|regarded|treated|classed)\s+as\s+)?(?:(?:a|an|any)\s+)?"
                            r"(?:cross-border\s+|formal\s+)?$"
                            # talks that did not lead to one: "have not resulted in a
                            # twinning", "never led to any agreement"
                            r"|\b(?:not|never)\s+(?:yet\s+)?(?:(?:resulted|ended)\s+in|led\s+to"
                            r"|lead\s+to|result\s+in|produced|produce|yielded|yield)\s+"
                            r"(?:(?:a|an|any)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_DENIED_AFTER = re.compile(
    r"(?:(?!\b(?:but|although|though|while|whereas|because|and\s+(?:it|they|the|its|their)"
    r")\b)[^.;:?!]){0,110}?\b(?:(?:has|have|had|was|were|did|does|do)\s+)?(?:(?:still|so\s+far"
    r"|yet|ever)\s+)?(?:never|not)\s+(?:yet\s+)?(?:been\s+)?(?:happened|happen|materiali[sz]ed"
    r"|materiali[sz]e|formali[sz]ed|formali[sz]e|took\s+place|take\s+place|came\s+about"
    r"|come\s+about|went\s+ahead|gone\s+ahead|go\s+ahead|proceed|proceeded)\b", re.I)
# A relation whose own predicate, or that of the proposal or request that carried it,
# says it failed or was turned down: "the attempt to sell X to B foundered", "the twinning
# texts were exchanged, but the proposal lapsed", "requests ... have been declined". Not
# past a clause of time, a relative clause, a contrast or a new coordinated clause ("until
# the plant closed", "but not with C, whose offer was turned down", ", and C's bid
# foundered"): those speak of something else.
_DROPPED_AFTER = re.compile(
    r"(?:(?!\b(?:although|though|while|whereas|because|until|when|after|before|since|which"
    r"|who|whose|but|and\s+(?:it|they|the|its|their))\b|,\s*and\b)[^.;:?!]){0,110}?"
    r"(?P<but>,?\s+but\s+(?:the|this|that|their|its)\s+(?:[a-z-]+\s+)?(?:proposals?|plans?|ideas?"
    r"|requests?|talks|negotiations|projects?|initiatives?|attempts?|bids?|offers?)\s+)?"
    r"\b(?:(?:eventually|finally|quietly|later|ultimately|soon)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:lapsed|foundered|fell\s+through|broke\s+down|came\s+to\s+nothing"
    # (passive only: "exports to B declined" is a fall, no refusal)
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:declined|turned\s+down"
    r"|refused|rejected|not\s+pursued|abandoned|shelved"
    # ("a request for support for a twinning with B was not accepted")
    r"|not\s+(?:accepted|approved|granted|taken\s+up)))\b", re.I)
# ... and only what was proposed, attempted or asked for: "an agreement signed in 1998
# lapsed in 2010" was made, whatever became of it.
_ASKED_BEFORE = re.compile(r"\b(?:propos(?:al|als|ed)|plans?|planned|attempts?|bids?|offers?"
                           r"|requests?|requested|talks|negotiations|ideas?|initiatives?)\b"
                           r"[^.;:?!]{0,60}$", re.I)


def denied_relation(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the relation word at ``trigger`` is denied (see ``_DENIED_BEFORE``).

    >>> s = "The talks ended in a joint statement rather than an agreement."
    >>> denied_relation(s, (s.index("agreement"), s.index("agreement") + 9))
    True
    >>> s = "The deliveries to Hanoi that were planned in 2015 never happened."
    >>> denied_relation(s, (s.index("deliveries"), s.index("deliveries") + 10))
    True
    >>> s = "The agreement with Omsk has not been implemented."
    >>> denied_relation(s, (s.index("agreement"), s.index("agreement") + 9))
    False
    """
    lo = max(0, trigger[0] - 40)
    return bool(_DENIED_BEFORE.search(text, lo, trigger[0])
                or _DENIED_AFTER.match(text, trigger[1])
                or _dropped(text, trigger))


def _dropped(text: str, trigger: tuple[int, int]) -> bool:
    """Whether a proposal, attempt or request of the relation at ``trigger`` failed or
    was turned down (see ``_DROPPED_AFTER``)."""
    m = _DROPPED_AFTER.match(text, trigger[1])
    return bool(m) and (m.group("but") is not None or _ASKED_BEFORE.search(
        text, max(0, trigger[0] - 80, text.rfind(";", 0, trigger[0]) + 1), trigger[0]) is not None)


# "..., and C did the same with D": the relation of the clause before, between C and D.
_DID_SAME = re.compile(r"(?:,\s+and|;|,\s+while)\s+(?:(?:in|by)\s+\d{4},?\s+)?"
                       r"(?:the\s+)?(?P<x>[A-Z][^,;]{0,60}?)\s+(?:also\s+)?(?:did|has\s+done"
                       r"|had\s+done|have\s+done)\s+(?:the\s+same|likewise|so)\s+(?:in\s+\d{4}\s+)?"
                       r"with\s+(?:the\s+)?")


def _did_the_same(text: str, mentions: list[Mention]):
    """(mentions of the clauses before, [(C, D), ...], where the pro-verb starts) for
    "A and B established partnership relations, and C did the same with D"; None
    when the sentence has no such clause."""
    d = _DID_SAME.search(text)
    if d is None:
        return None
    x = next((m for m in mentions if m.start == d.start("x") and not m.adjectival), None)
    first = next((m for m in mentions if m.start == d.end() and not m.adjectival), None)
    if x is None or first is None:
        return None
    ys = [m for m in run_after(text, first, mentions) if m is not x]
    before = [m for m in mentions if m.end <= d.start()]
    return before, [(x, y) for y in ys], d.start()


def find_hits(text: str, mentions: list[Mention], twin_context: bool = False) -> list[Hit]:
    same = _did_the_same(text, mentions)
    if same is not None:
        before, pairs, at = same
        hits = find_hits(text[:at], before, twin_context)
        out = list(hits)
        for rel in ("TWINNED_WITH", "SIGNED_AGREEMENT"):
            h = next((h for h in hits if h.rel_type == rel), None)
            if h is not None:
                out += [Hit(rel, x, y, h.trigger, round(h.confidence - 0.1, 2), "did the same",
                            h.kind, h.title) for x, y in pairs]
        return out
    asides = source_asides(text)
    if asides:
        # whom the sentence is reported by is no party: read it without the aside
        for lo, hi in asides:
            text = text[:lo] + " " * (hi - lo) + text[hi:]
        mentions = [m for m in mentions if not any(lo <= m.start < hi for lo, hi in asides)]
    hits = _find_hits(text, mentions, twin_context)
    inserted = inserted_relative(text, mentions)
    if inserted is None:
        return hits
    return _relative_readings(text, mentions, inserted, hits, twin_context)


def _relative_readings(text: str, mentions: list[Mention], inserted: tuple[int, int, int],
                       hits: list[Hit], twin_context: bool) -> list[Hit]:
    """The hits of the main clause read without the relative clause set into it ("A and
    B, which had cooperated since 2000, signed ..."), and of the relative clause read
    with its subject, the party (or list) before "which" ("Pinsk, which has been a twin
    town of Lutsk, is ..."), added to the whole sentence's ``hits``."""
    lo, body, hi = inserted
    readings = [(text[:lo] + " " * (hi - lo) + text[hi:],
                 [m for m in mentions if not lo <= m.start < hi])]
    if body >= 0:
        head = next((r for r in runs(text, [m for m in mentions if m.end <= lo])
                     if r[-1].end == lo), None)
        if head is not None:
            start = head[0].start
            readings.append((" " * start + text[start:lo] + " " * (body - lo) + text[body:hi - 1]
                             + " " * (len(text) - hi + 1),
                             [m for m in mentions if start <= m.start < hi - 1]))
    # (a supply of the main clause alone only when the relative clause names no party:
    # measured, one that names one cost a held-out false candidate)
    named = any(lo <= m.start < hi for m in mentions)
    out = list(hits)
    seen = {_reading_key(h): i for i, h in enumerate(out)}
    for i, (reading, ms) in enumerate(readings):
        for h in _find_hits(reading, ms, twin_context):
            key = _reading_key(h)
            if i == 0 and named and h.rel_type == "SUPPLIES_TO":
                continue
            if key not in seen:
                seen[key] = len(out)
                out.append(h)
            elif lo <= out[seen[key]].trigger[0] < hi and not lo <= h.trigger[0] < hi:
                # the whole sentence paired it by the relative clause's trigger ("Lida,
                # whose twin town is Alytus, is also twinned with Ketrzyn"): the main
                # clause's own trigger says it
                out[seen[key]] = h
    return out


def _reading_key(h: Hit) -> tuple:
    """What makes a hit another relation across readings of one sentence: its type and
    mentions, and for a pair's further document its own trigger ("concluded an agreement
    in 2017, followed in 2019 by a protocol")."""
    return (h.rel_type, frozenset((h.a.start, h.b.start)),
            h.trigger if h.how == "gapped document" else None)


def _find_hits(text: str, mentions: list[Mention], twin_context: bool = False) -> list[Hit]:
    mentions = [m for m in mentions if not in_event_name(text, m)]
    # Only for signings: "supplies gas to the southern regions of Kyrgyzstan" does
    # reach Kyrgyzstan.
    members = _members_only(text, mentions)
    agreements = [h for h in find_agreements(text, [m for m in mentions if id(m) not in members])
                  if not _framework_between_states(text, h)]
    supplies = [h for h in find_supplies(text, mentions) if not goal_supply(text, h.trigger)]
    # ("- X Ltd. — valves to Y": a row of exporters, the dash standing for the verb)
    supplies = supplies or row_supplies(text, mentions, find_supplies)
    agreed = [h for h in agreed_supplies(text, mentions) if not _not_agreed(text, h)]
    derived = [h for h in contract_supplies(text, agreements) + agreed
               if not any(s.a.key == h.a.key and s.b.key == h.b.key for s in supplies)]
    agreements += agreed_signings(agreed, agreements)
    hits = find_twins(text, mentions, twin_context) + agreements + supplies + derived
    # A negated clause states no relation: "Minsk has not signed an accord with Lyon";
    # a negation in a contrasted clause before it is that clause's ("A did not ship
    # fuel to B, but it supplied diesel to C").
    return [h for h in hits if not NEGATED.search(text, _negation_reach(text, h.trigger[0]),
                                                   h.trigger[1] + 5)
            and not _undone(text, h.trigger, (h.a, h.b), mentions)
            # ("has never had a sister city in C, though ... between A and B")
            and not (h.rel_type == "TWINNED_WITH" and _DENIED_TWIN.search(
                text, max(0, h.trigger[0] - 30), h.trigger[0]))]


# What ends a clause a negation before it belongs to: a contrast or a semicolon.
_CONTRAST = re.compile(r"(?:,\s*|\s)(?:but|while|whereas|although|though)\s|;")


def _negation_reach(text: str, trigger: int) -> int:
    """Where a negation before ``trigger`` may stand: up to 60 characters back (a
    document's own words may stand between: "decided not to proceed with a proposed
    feed purchase agreement"), not beyond the contrast or semicolon that opens the
    trigger's clause."""
    lo = max(0, trigger - 60)
    cut = [m.end() for m in _CONTRAST.finditer(text, lo, trigger)]
    return cut[-1] if cut else lo


# Where an intention's clause begins: a relative or contrasting clause, a semicolon, and a
# clause or a second verb joined by "and" that carries the intention ("A delivered 40
# buses to B, and it intends to ...", "A delivered 40 buses to B and will supply C"): the
# act before it stays a fact.
_STATUS_CLAUSE = re.compile(r",\s+(?:which|who|whereas|while|but)\b|;"
                            r"|,?\s+and\s+(?=(?:it\s+|they\s+|we\s+)?(?:will|plans?|intends?"
                            r"|expects?|hopes?|is\s+to|are\s+to|would\s+like)\b)"
                            # (", and the Land is to sign ...": a named subject of
                            # a clause of its own, after a comma)
                            r"|,\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:will|plans|intends"
                            r"|expects|hopes|is\s+to|are\s+to)\b)")


# An aside set off by two dashes within a sentence.
_DASH_ASIDE = re.compile(r"(?<=\s)[-–—]\s[^-–—;:()]{3,160}?\s[-–—](?=\s)")


_DOC_RELATIVE = re.compile(
    r"(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|programmes?|programs?|contracts?|roadmaps?"
    r"|road\s+maps?|plans?|protocols?|accords?|deals?|documents?|conventions?)"
    r"(?:\s+(?:of|on|for|in|with|between)\s+[^,;.]{1,60}?)?,?\s+"
    r"(?P<rel>which|that|under\s+which|whereby|aimed\s+at|designed\s+to|meant\s+to"
    r"|intended\s+to|expected\s+to)\b", re.I)
# The document's signing told after what it is for: "An agreement intended to promote
# investment was signed by A and B" (done, not "will be" or "is to be signed").
_SIGNED_AFTER = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                           r"(?:signed|concluded|inked|initial+ed|ratified)\b")
# "The aim of the 2011 agreement": the aim is the document's, not a plan to sign it.
_DOC_AIM = re.compile(r"(?:aims?|purpose|goals?)\s+of\s+(?:the|this|that|their|its)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:agreements?|treat(?:y|ies)|memorand\w+|programmes?"
                      r"|accords?|protocols?|road\s?maps?)\b", re.I)


_AGENTLESS = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+\s+){0,2}?"
                        r"(?:signed|concluded|adopted|inked|initial+ed|approved|ratified)\b(?!\s+(?:by|with|between)\b)")


_THIS_DOC = re.compile(r"\b(?:this|that|these|those|said|above|such)\s+(?:[a-z-]+\s+){0,2}$",
                       re.I)
# "Their first agreement", "The two regions' agreement", "Both sides' memorandum": a
# document the pair named before owns, opening the sentence ...
_PAIR_OWNS = re.compile(r"\s*(?:(?:In|By|Since|Today)\b[^,.;:]{0,30}?,?\s+)?(?:[Tt]heir"
                        r"|[Tt]he\s+two\s+[a-z]+s['’]|[Bb]oth\s+[a-z]+s['’]"
                        r"|[Tt]he\s+(?:parties|sides)['’])\s+"
                        r"(?:[a-z-]+\s+){0,2}?(?:agreements?|memorand|treat|protocols?|road\s?maps?"
                        r"|accords?|contracts?)")
# ... and dated: "dates from 1998", "goes back to 2001".
_PAIR_DATED = re.compile(r"\b(?:dates?|dated|go(?:es)?|went)\s+back\s+to\b|\bdates?\s+from\b"
                         r"|\bdated\s+from\b")


def agentless_signing(text: str, mentions: list[Mention]) -> tuple | None:
    """``(trigger, kind, title)`` of "During the visit, an agreement on cooperation was
    signed": a document signed in the passive, with no agent, no partner and no party
    named in the sentence at all (its signers are the two sides named just before); a
    plan or intention is none."""
    if any(not m.adjectival and not m.refers for m in mentions) or _planned(text, 0, len(text)):
        return None
    # "Their first agreement dates from 1998": a document the pair owns, dated
    v = _AGENTLESS.search(text) or (_PAIR_DATED.search(text) if _PAIR_OWNS.match(text)
                                    else None)
    # The last document before the verb; "this agreement was signed" is a paper reported
    # before, with its signers.
    d = ([d for d in _DOC.finditer(text, 0, v.start()) if d.end() <= v.start()
          and not d.group(0).lower().startswith("document")
          and not _THIS_DOC.search(text, max(0, d.start() - 40), d.start())] or [None])[-1] \
        if v else None
    if v is None or d is None or NEGATED.search(text) or _undone(text, d.span()):
        return None
    # "In total, 300 agreements have been signed": a count of the whole field's documents
    if re.search(r"\b(?:(?!(?:19|20)\d\d\b)\d+|many|several|numerous|dozens|hundreds|all"
                 r"|these|those|such)\s+(?:[a-z-]+\s+){0,2}$",
                 text[max(0, d.start() - 40):d.start()], re.I):
        return None
    if any(d.start() - 60 <= t.start() <= d.end() + 40 for t in (*TWIN.finditer(text),
                                                                 *TWIN_WEAK.finditer(text))):
        return None
    return d.span(), d.lastgroup, _title(text, d)


def meeting_sides(text: str, mentions: list[Mention], party_of) -> list:
    """The two sides a sentence names without relating them, past the place that only
    says where they met ("The rectors of A and B met in Brest", "Representatives of A
    and B gathered at Kazan"): their parties when just two remain, else empty."""
    out = {}
    for m in mentions:
        if m.refers or m.adjectival or _role(text, m) in ("in", "at", "near", "origin"):
            continue
        p = party_of(m)
        out.setdefault(p.id, p)
    return list(out.values()) if len(out) == 2 else []


def status_of(text: str, trigger: tuple[int, int] | None = None) -> str:
    """``planned`` when the sentence (or, given the ``trigger``, its clause) speaks of
    intentions, else ``fact``: in "A signed an accord with B, which plans to buy C" the
    accord is a fact.

    >>> s = "Tartu signed an accord with Lahti, which plans to buy ferries."
    >>> status_of(s), status_of(s, (12, 18)), status_of(s, (47, 50))
    ('planned', 'fact', 'planned')
    """
    if trigger is None:
        return "planned" if _planned(text, 0, len(text)) else "fact"
    aside = next((a for a in _DASH_ASIDE.finditer(text)
                  if a.start() <= trigger[0] and trigger[1] <= a.end()), None)
    if aside is not None:
        # "A and B - twinned in 2007 - intend to sign ...": the aside's tie is told as
        # done, whatever the clause around it intends
        return "planned" if _planned(text, *aside.span()) else "fact"
    lo = 0
    for m in _STATUS_CLAUSE.finditer(text, 0, trigger[0]):
        lo = m.start()
    nxt = _STATUS_CLAUSE.search(text, trigger[1])
    hi = nxt.start() if nxt else len(text)
    # "signed an agreement which is expected to double trade", "signed a programme of
    # cooperation that will run until 2025": what the document signed is to do is no
    # intention to sign it
    rel = _DOC_RELATIVE.match(text, trigger[0], hi)
    if rel is not None and _SIGNED.search(text, lo, trigger[0]):
        hi = rel.start("rel")
    elif rel is not None:
        done = _SIGNED_AFTER.search(text, rel.end("rel"), hi)
        if done is not None:
            return "planned" if _planned(text, lo, rel.start("rel")) or \
                _planned(text, done.start(), hi) else "fact"
    # ("a contract with B to supply ...": the partner between the document and its aim)
    if re.search(r"\b(?:contracts?|agreements?|deals?|tenders?|orders?|memorand\w+)\s+"
                 r"(?:with\s+[^,;]{2,80}?\s+)?(?:for|on|to)\s+(?:the\s+)?$",
                 text[max(0, trigger[0] - 120):trigger[0]]) and not (
            # "an agreement on twin-city relations" is the twinning itself, signed
            TWIN.match(text, trigger[0]) or TWIN_WEAK.match(text, trigger[0])):
        return "planned"  # "a contract for the supply of ...": deliveries still to come
    return "planned" if _planned(text, lo, hi) else "fact"


def _planned(text: str, lo: int, hi: int) -> bool:
    """An intention word in ``text[lo:hi]``, not inside a name ("Latgale Planning Region")."""
    return any((m.group(0)[:1].islower() or m.start() == 0 or text[m.start() - 2:m.start()] == ". ")
               and not _DOC_AIM.match(text, m.start())
               for m in PLANNED.finditer(text, lo, hi))

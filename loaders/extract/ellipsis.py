"""A clause that repeats the relation of the clause before it by a pro-verb.

"Kobrin and Chelm became sister cities in 2002, and Baranovichi and Ostroleka followed
in 2005"; "Luninets signed a charter with Sarny, as did Stolin"; "A and B signed a road
map, and so did C and D"; "the Gomel Region followed with the Saratov Region";
"Mogilevliftmash exports lifts to A and B, and Bobruiskagromash does the same". The
elided clause names only its own subject (and, after "followed with" or "followed
... to", a partner); the relation, its type and the other side come from the clause
before. This post-pass reads the sentence's candidates, as list completion does:

* a pair as the elided subject ("C and D followed", "so did C and D") is a new pair of
  the antecedent's type (twinnings and agreements: the pair is the relation);
* one party as the elided subject with a partner after "with" or "to" ("C followed
  with D") is a new pair of C and D;
* one party alone ("as did C", "C does the same") takes the place of the antecedent's
  subject (its first-named side, when the other follows the trigger) beside each
  partner the antecedent clause gave it.

Nothing without a pro-verb of that list; nothing after a negation ("C did not", "but
not C"), an intention ("C will do the same") or a different verb; nothing when the
subject is of another kind than the side it replaces, or when one party is the subject
of a pair antecedent ("A and B became twins, and C followed": with whom is unsaid).

>>> from relgraph.loaders.extract.pipeline import extract_text
>>> s = "Kobrin and Chelm became twin towns in 2002, and Lida and Alytus followed in 2005.\\n"
>>> sorted((r["source"]["id"], r["target"]["id"]) for r in extract_text(s).candidates)
[('city:by:kobrin', 'city:pl:chelm'), ('city:by:lida', 'city:lt:alytus')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention

RULE = "elided clause"
SIMILAR_RULE = "similar documents"
_FIRMS = frozenset({"Company", "Organization"})
_PLACES = frozenset({"City", "Region", "Country"})

# The pro-verb after its subject: "followed (suit)", "did so", "has done the same",
# "does likewise" (an adverb may stand before it: "soon followed", "had already done so").
# A pro-form object stands for the antecedent's document or tie: "C and D signed one",
# "C and D renewed theirs", "C has its own"; or the document again, "a similar agreement".
_AFTER = (r"(?:(?:also|too|soon|later|then|quickly|already|since)\s+)?"
          r"(?:followed(?:\s+suit)?"
          r"|(?:did|does|do|has|have|had)\s+(?:(?:also|already|since|likewise)\s+)?"
          r"(?:done\s+)?(?:so|the\s+same|likewise)\b"
          r"|(?:signed|concluded|adopted|renewed|extended|established|has|have|had|got)\s+"
          r"(?:(?:also|already|since)\s+)?(?:one|theirs|its\s+own|their\s+own|a\s+similar\s+one"
          # the document named again: "C concluded a similar agreement with D"
          r"|(?:a\s+similar|an\s+analogous|an\s+identical|a\s+like)\s+(?:agreement|document"
          r"|charter|accord|treaty|memorandum))"
          r"(?!\s+of\b)\b)"
          # a partner after it: "the Gomel Region followed with the Saratov Region"
          r"(?P<with>\s+with\s+(?=(?:the\s+)?[A-Z]))?")
PRO_VERB_AFTER = re.compile(r"\s*(?:,\s*too\s*,\s*)?\b" + _AFTER)
# The subject after an inverted pro-verb: ", as did C", ", and so did C and D".
_INVERTED = re.compile(r"(?:,\s*|;\s*|\band\s+)(?:and\s+)?(?:as|so)\s+(?:did|does|do|has|have"
                       r"|had)\s+(?:(?:also|too)\s+)?(?:the\s+)?")
# What opens the elided clause before its subject: ", and", ";", ", while", ", whereas"
# and a date or adverb of time after it ("; in 2005 C and D followed").
_OPENS = re.compile(r"(?:,\s*(?:and|while|whereas)|;\s*(?:and\s+)?|,\s*and\s+then)\s*"
                    r"(?:(?:in|by)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*,?\s*"
                    r"|(?:a|one|two|three)\s+years?\s+later\s*,?\s*|later\s*,?\s*|then\s*)?"
                    r"(?:the\s+)?$")
# After the pro-verb: the clause ends, or a date or "a year later" does.
_CLOSE = re.compile(r"\s*(?:(?:in|by|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
                    r"|(?:a|one|two|three|several)\s+(?:years?|months?)\s+(?:later|earlier)"
                    r"|(?:soon\s+)?after(?:wards)?|later|too|as\s+well|also"
                    r"|with\s+(?:its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
                    r"\s*(?:[,;.)]|$|\[|\band\b)")
# "..., and C does the same", "..., and C and D followed": C opens a clause of its own.
_ELIDED_SUBJECT = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
                             + PRO_VERB_AFTER.pattern)


def opens_elided(text: str, end: int) -> bool:
    """The party ending at ``end`` is (the first of) the subject of a pro-verb."""
    return _ELIDED_SUBJECT.match(text, end) is not None


_PAIR_JOIN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _subject_before(text: str, ms: list[Mention], at: int) -> list[Mention] | None:
    """The one or two parties that end right before ``at`` (a pro-verb) and open their
    clause: "..., and C and D | followed"."""
    before = [m for m in ms if m.end <= at]
    if not before or text[before[-1].end:at].strip(" ,") not in ("", "too"):
        return None
    if len(before) > 1 and _PAIR_JOIN.fullmatch(text, before[-2].end, before[-1].start) \
            and _OPENS.search(text, 0, before[-2].start):
        return before[-2:]
    return [before[-1]] if _OPENS.search(text, 0, before[-1].start) else None


def _subject_after(text: str, ms: list[Mention], at: int) -> list[Mention] | None:
    """The one or two parties right after an inverted pro-verb ending at ``at``."""
    after = [m for m in ms if m.start >= at]
    if not after or text[at:after[0].start].strip():
        return None
    subject = [after[0]]
    if len(after) > 1 and _PAIR_JOIN.fullmatch(text, after[0].end, after[1].start):
        subject.append(after[1])
    return subject if _CLOSE.match(text, subject[-1].end) else None


# "..., and in 2019 it was joined by C": C joins the partners of the clause's subject.
_JOINED_BY = re.compile(r"\b(?:it|they)\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?"
                        r"joined\s+by\s+(?:the\s+)?")


def elided_clauses(text: str, ms: list[Mention]) -> list[tuple[int, list, Mention | None]]:
    """``(start of the elided clause, its subject, its partner or None)`` for each
    pro-verb clause of the sentence."""
    out = []
    ms = sorted((m for m in ms if not m.adjectival), key=lambda m: m.start)
    for m in PRO_VERB_AFTER.finditer(text):
        subject = _subject_before(text, ms, m.start())
        if subject is None:
            continue
        partner = None
        if m.group("with"):
            partner = next((x for x in ms if x.start >= m.end()), None)
            if partner is None or text[m.end():partner.start].strip() not in ("", "the"):
                continue
            if not _CLOSE.match(text, partner.end):
                continue
        elif not _CLOSE.match(text, m.end()):
            continue
        out.append((_OPENS.search(text, 0, subject[0].start).start(), subject, partner))
    for m in _INVERTED.finditer(text):
        subject = _subject_after(text, ms, m.end())
        if subject is not None:
            out.append((m.start(), subject, None))
    for m in _PLANNED_ONE.finditer(text):
        partner = next((x for x in ms if x.start >= m.end()), None)
        if partner is not None and partner.start == m.end() and _CLOSE.match(text, partner.end):
            out.append((m.start(), [], partner))
    for m in _JOINED_BY.finditer(text):
        opens = _OPENS.search(text, 0, m.start())
        partner = next((x for x in ms if x.start >= m.end()), None)
        if opens and partner is not None and _CLOSE.match(text, partner.end) and \
                _PLACE_WORDS.fullmatch(text, m.end(), partner.start):
            out.append((opens.start(), [], partner))
    return out


# "..., and plans to sign one with D", "and it intends to conclude a similar one with D":
# the subject's document again, with a partner of its own, planned.
_PLANNED_ONE = re.compile(r",?\s+and\s+(?:(?:it|they)\s+)?(?:also\s+)?(?:plans|intends|hopes"
                          r"|expects|aims|wants|is\s+(?:planning|expected|due|set)"
                          r"|are\s+(?:planning|expected|due|set))\s+to\s+(?:sign|conclude|adopt)"
                          r"\s+(?:one|a\s+similar\s+one|another(?:\s+one)?)\s+with\s+(?:the\s+)?")


# "joined by the Belarusian city of C": a place's description before its name
_PLACE_WORDS = re.compile(r"(?:[A-Z][a-z]+\s+)?"
                          r"(?:(?:city|town|region|province)\s+of\s+(?:the\s+)?)?")


# "The agreement between A and B (2003) was followed by similar documents with C (2006)
# and D (2010)", "...; it was followed by analogous ones with C and, later, with D": the
# same document again, each partner beside the first party of the clause before.
_FOLLOWED_BY_DOCS = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:soon\s+|later\s+)?followed\s+by\s+"
    r"(?:(?:similar|analogous|comparable|identical|like|further|new)\s+)?"
    r"(?:documents?|agreements?|programmes?|programs?|treaties|treaty|accords?|ones"
    r"|memorand(?:a|ums?))\s+with\s+(?:the\s+)?")
# between two partners of that list: a year in brackets, a comma, "and", "later", "with"
_DOC_SEP = re.compile(r"(?:\s*\((?:19|20)\d\d\))?\s*(?:,\s*)?(?:and\b\s*)?"
                      r"(?:,?\s*(?:later|then|subsequently)\s*,\s*)?(?:with\s+)?(?:the\s+)?")


def followed_by_documents(text: str, ms: list[Mention]) -> list[tuple[tuple, list[Mention]]]:
    """``((start, end), partners)`` for each "followed by similar documents with C and D"."""
    out = []
    ms = sorted((m for m in ms if not m.adjectival), key=lambda m: m.start)
    for g in _FOLLOWED_BY_DOCS.finditer(text):
        partners, at = [], g.end()
        for m in ms:
            if m.start < at:
                continue
            if m.start != at and not (partners and _DOC_SEP.fullmatch(text, at, m.start)):
                break
            partners.append(m)
            at = m.end
        if partners:
            out.append((g.span(), partners))
    return out


def _compatible(px, pz, rel_type: str) -> bool:
    if rel_type == "TWINNED_WITH":
        return {px.label, pz.label} <= {"City", "Region"}
    return (px.label in _FIRMS) == (pz.label in _FIRMS) and pz.label in _FIRMS | _PLACES


def complete_elided(text: str, mentions: list[Mention], hits: list[Hit], resolved: list[tuple],
                    party) -> list[tuple[Hit, tuple]]:
    """New ``(hit, (source, target))`` for the clauses that repeat a relation of the
    sentence by a pro-verb. ``party(mention, default_label)`` resolves a mention."""
    if not hits:
        return []
    clauses = elided_clauses(text, mentions)
    owners = _owner_pairs(text, mentions, hits, resolved, party)
    owners += _followed_pairs(text, mentions, hits, resolved, party)
    if not clauses and not owners:
        return []
    pairs = {(h.rel_type, p[0].id, p[1].id) for h, p in zip(hits, resolved, strict=True)}
    out = []
    for hit, pair in owners:
        key = (hit.rel_type, pair[0].id, pair[1].id)
        if key not in pairs and (hit.rel_type, pair[1].id, pair[0].id) not in pairs:
            pairs.add(key)
            out.append((hit, pair))
    for start, subject, partner in clauses:
        rel_type, last, ante = _antecedent(hits, resolved, start)
        if rel_type is None:
            continue
        # the antecedent is the clause of the last trigger before the elided one
        ante = [(h, p) for h, p in ante if _same_clause(text, h.trigger[0], last)]
        planned = _PLANNED_ONE.match(text, start) is not None
        for hit, pair in _substitute(text, ante, subject, partner, rel_type, party):
            if planned:
                hit = replace(hit, extra={**hit.extra, "status": "planned"})
            key = (rel_type, pair[0].id, pair[1].id)
            if key in pairs or (rel_type != "SUPPLIES_TO"
                                and (rel_type, pair[1].id, pair[0].id) in pairs):
                continue
            pairs.add(key)
            out.append((hit, pair))
    return out


# "A's twin towns are B and C; D's are E and F", "..., and those of D are E and F": the
# owner's list again, the noun elided.
_OWNER_GAP = re.compile(r"(?:;|,\s*(?:and|while|whereas))\s+(?P<those>(?:those|that)\s+of\s+"
                        r"(?:the\s+)?)?(?=[A-Z])")
_OWNER_IS = re.compile(r"(?P<s>['’]s)?(?:\s+[a-z][\w-]*){0,2}?\s+(?:are|is|were|was|include[sd]?"
                       r"|comprise[sd]?)\s+(?:the\s+)?")
_MEMBER_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")


def owners_again(text: str, ms: list[Mention]) -> list[tuple[int, Mention, list[Mention]]]:
    """``(start of the clause, its owner, its list)`` for each "D's are E and F" or "those
    of D are E and F" after a clause break."""
    out = []
    ms = sorted((m for m in ms if not m.adjectival), key=lambda m: m.start)
    for g in _OWNER_GAP.finditer(text):
        owner = next((m for m in ms if m.start == g.end()), None)
        if owner is None:
            continue
        verb = _OWNER_IS.match(text, owner.end)
        if verb is None or bool(verb.group("s")) == bool(g.group("those")):
            continue   # "D's are", or "those of D are"; not "D are", "those of D's"
        members = []
        at = verb.end()
        for m in ms:
            if m.start < at:
                continue
            if m.start != at and not (members and _MEMBER_SEP.fullmatch(text, at, m.start)):
                break
            members.append(m)
            at = m.end
        if members:
            out.append((g.start(), owner, members))
    return out


def _antecedent(hits, resolved, start: int) -> tuple[str | None, int, list]:
    """The type of the last trigger before ``start``, that trigger's offset, and the
    hits of that type before ``start`` with their resolved pairs (this module's own
    hits left out): what an elided clause at ``start`` repeats."""
    before = [(h, p) for h, p in zip(hits, resolved, strict=True)
              if h.how != RULE and max(h.a.end, h.b.end, h.trigger[1]) <= start]
    if not before:
        return None, -1, []
    last = max(h.trigger[0] for h, _ in before)
    rel_type = next(h.rel_type for h, _ in before if h.trigger[0] == last)
    return rel_type, last, [(h, p) for h, p in before if h.rel_type == rel_type]


def _owner_pairs(text, mentions, hits, resolved, party):
    """The pairs of each "D's are E and F" clause: D in the place of the party all the
    antecedent's pairs share, each member in the other's."""
    out = []
    for start, owner, members in owners_again(text, mentions):
        rel_type, _, ante = _antecedent(hits, resolved, start)
        if rel_type is None:
            continue
        side = next((i for i in (0, 1) if len({p[i].id for _, p in ante}) == 1
                     and len({p[1 - i].id for _, p in ante}) == len(ante)), None)
        if side is None:
            continue
        default = "City" if rel_type == "TWINNED_WITH" else "Company"
        h0, p0 = ante[-1]
        po = party(owner, default)
        if not _compatible(p0[side], po, rel_type):
            continue
        for z in members:
            pz = party(z, default)
            if pz.id == po.id or not _compatible(p0[1 - side], pz, rel_type):
                continue
            a, b = (owner, z) if side == 0 else (z, owner)
            pair = (po, pz) if side == 0 else (pz, po)
            out.append((replace(h0, a=a, b=b, confidence=round(h0.confidence - 0.1, 2),
                                how=RULE, parties=None), pair))
    return out


def _followed_pairs(text, mentions, hits, resolved, party):
    """The pairs of each "followed by similar documents with C and D": the first-named
    party of the last agreement before it beside each of C and D."""
    out = []
    for span, partners in followed_by_documents(text, mentions):
        rel_type, _, ante = _antecedent(hits, resolved, span[0])
        if rel_type != "SIGNED_AGREEMENT":
            continue
        h0, p0 = ante[-1]
        side = 0 if h0.a.start <= h0.b.start else 1
        first, pf = (h0.a, p0[0]) if side == 0 else (h0.b, p0[1])
        for z in partners:
            pz = party(z, "Company")
            if pz.id in (p0[0].id, p0[1].id) or not _compatible(p0[1 - side], pz, rel_type):
                continue
            a, b = (first, z) if side == 0 else (z, first)
            pair = (pf, pz) if side == 0 else (pz, pf)
            # the evidence is the new document's own words, not the first one's
            out.append((replace(h0, a=a, b=b, trigger=span, how=SIMILAR_RULE, parties=None,
                                confidence=round(h0.confidence - 0.1, 2)), pair))
    return out


def _same_clause(text: str, a: int, b: int) -> bool:
    """No semicolon or ", and" clause break between two triggers of one antecedent."""
    lo, hi = min(a, b), max(a, b)
    return ";" not in text[lo:hi]


def _substitute(text, ante, subject, partner, rel_type, party):
    h0, p0 = ante[-1]
    default = "City" if rel_type == "TWINNED_WITH" else "Company"
    subj = [party(m, default) for m in subject]
    new = []
    paired = all(_subject_side(h) is None for h, _ in ante)
    # (two parties of two countries are a new cross-border pair, of one country each a
    # new subject: "A is twinned with B, and C and D followed suit")
    across = rel_type != "SUPPLIES_TO" and len(subj) == 2 and None not in (
        subj[0].country, subj[1].country) and subj[0].country != subj[1].country
    if len(subject) == 2 and partner is None and (paired or across):
        # "A and B became twins, and C and D followed": the new pair
        if rel_type == "SUPPLIES_TO":
            return []   # "C and D did so": who supplies whom is unsaid
        if not all(_compatible(p, s, rel_type) for p, s in zip(p0, subj, strict=True)):
            return []
        new.append((subject[0], subject[1], (subj[0], subj[1])))
    elif len(subject) == 2 and partner is None:
        # "A signed with B, and C and D did the same": each in A's place
        for m, pm in zip(subject, subj, strict=True):
            new += _in_subjects_place(ante, m, pm, rel_type)
    elif len(subject) == 1 and partner is not None:
        pz = party(partner, default)
        if not (_compatible(p0[0], subj[0], rel_type) and _compatible(p0[1], pz, rel_type)):
            return []
        new.append((subject[0], partner, (subj[0], pz)))
    elif not subject:
        # "it was joined by C": C beside the antecedent's subject
        for h, p in ante:
            side = _subject_side(h)
            if side is None:
                return []
            pz = party(partner, default)
            if not _compatible(p[1 - side], pz, rel_type):
                continue
            a, b = (h.a, partner) if side == 0 else (partner, h.b)
            pair = (p[0], pz) if side == 0 else (pz, p[1])
            new.append((a, b, pair))
    elif len(subject) == 1:
        if paired:
            return []   # "A and B became twins, and C followed": with whom?
        new = _in_subjects_place(ante, subject[0], subj[0], rel_type)
    out = []
    for a, b, pair in new:
        if pair[0].id == pair[1].id:
            continue
        extra = {k: v for k, v in h0.extra.items() if k != "value_usd"}
        out.append((replace(h0, a=a, b=b, confidence=round(h0.confidence - 0.1, 2), how=RULE,
                            extra=extra, parties=None), pair))
    return out


def _in_subjects_place(ante, m: Mention, pm, rel_type: str) -> list[tuple]:
    """``(a, b, pair)`` with ``m`` (party ``pm``) in the place of the subject of each
    antecedent pair that has one."""
    out = []
    for h, p in ante:
        side = _subject_side(h)
        if side is None or not _compatible(p[side], pm, rel_type) or p[1 - side].id == pm.id:
            continue
        a, b = (m, h.b) if side == 0 else (h.a, m)
        out.append((a, b, (pm, p[1]) if side == 0 else (p[0], pm)))
    return out


def _subject_side(h: Hit) -> int | None:
    """Which side of ``h`` is its clause's subject: the one named before the trigger
    when the other is named after it; None for a pair named together before it."""
    before = [i for i, m in enumerate((h.a, h.b)) if m.end <= h.trigger[0]]
    after = [i for i, m in enumerate((h.a, h.b)) if m.start >= h.trigger[1]]
    if len(before) == 1 and len(after) == 1:
        return before[0]
    return None

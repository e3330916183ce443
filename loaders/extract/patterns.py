"""Relation patterns: which sentences state a twinning, an agreement or a supply, and
between which of the sentence's mentions.

Each finder takes a sentence and its mentions and returns :class:`Hit` objects: the
two mentions (supplier first for SUPPLIES_TO), the trigger, and how sure the pattern
is. Parties are paired by sentence structure, most specific first:
``X, Y and Z with A, B and C respectively`` (zip), ``A and B, C and D`` (pairs list),
``between A and B``, ``A ... with B, C and D`` (one to many), ``A and B signed``,
``from A to B``; otherwise a sentence with exactly two parties pairs them.

>>> from loaders.extract.mentions import find_mentions
>>> s = "In 2009 Gomel signed a twinning agreement with Lyon."
>>> [(h.a.text, h.b.text, h.rel_type) for h in find_hits(s, find_mentions(s))]
[('Gomel', 'Lyon', 'TWINNED_WITH')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.mentions import Mention

TWIN = re.compile(r"\b(?:twin(?:ning|ned|s)?|twin[- ]cit(?:y|ies)|sister[- ]cit(?:y|ies)|sister"
                  r"|fraternal|brotherly|friendly relations|friendship relations"
                  r"|friendly (?:ties|links)|partner cit(?:y|ies))\b", re.I)
DOC_KINDS = [
    ("letter_of_intent", r"letters? of intent|agreements? of intent|treaty of intent|declaration of intent"),
    ("memorandum", r"memorand(?:um|a|ums)(?: of understanding)?"),
    ("roadmap", r"road[- ]?maps?"),
    ("action_plan", r"action plans?|plans? of (?:action|measures|joint actions)"),
    ("treaty", r"treat(?:y|ies)"),
    ("protocol", r"protocols?"),
    ("programme", r"(?:cooperation )?programm?es?(?= of cooperation| on cooperation| for cooperation)"
                  r"|cooperation programm?es?"),
    ("contract", r"contracts?|framework contracts?|deals?"),
    ("agreement", r"agreements?|accords?|documents?"),
]
_DOC = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{p})" for k, p in DOC_KINDS) + r")\b", re.I)
_SIGN = re.compile(r"\b(?:sign(?:ed|ing|s)?|conclud(?:ed|e|es|ing)|adopt(?:ed|ion)|enter(?:ed)? into"
                   r"|reached|initial(?:l)?ed|ink(?:ed)?|establish(?:ed|ing)?|have|has|had"
                   r"|under|between|with|by|prepar(?:ed|ing)|draft)\b", re.I)
SUPPLY = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|deliver(?:y|ies|ed|ing|s)?|export(?:s|ed|ing)?|ship(?:ped|ping|ment|ments|s)?"
    r"|sen[dt]|sell(?:s|ing)?|sold|import(?:s|ed|ing)?|bought|buy(?:s|ing)?|purchas(?:e|ed|es|ing))\b",
    re.I)
_REVERSE = re.compile(r"^(?:import|bought|buy|purchas)", re.I)
PLANNED = re.compile(
    r"\b(?:intends?|intended|intention|plans?|planned|planning|propos(?:ed|es|e|al)|under consideration"
    r"|being prepared|is prepared|will|would|could|should|may|might|expect(?:ed|s)?|prospects?"
    r"|potential|possib(?:le|ility)|interested|interest in|willingness|ready to|aims?|draft|future"
    r"|necessary to sign|to be signed|envisage[sd]?|considering|is considering|discuss(?:ed|ing)?)\b",
    re.I)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}(?:sign|suppl|deliver|export)", re.I)


@dataclass
class Hit:
    rel_type: str
    a: Mention
    b: Mention
    trigger: tuple[int, int]
    confidence: float
    how: str
    kind: str | None = None        # document kind (SIGNED_AGREEMENT)
    title: str | None = None
    extra: dict = field(default_factory=dict)


def _parties(mentions: list[Mention], allow_adjectival: bool) -> list[Mention]:
    return [m for m in mentions if allow_adjectival or not m.adjectival]


def _sep(text: str, a: Mention, b: Mention) -> str:
    sep = text[a.end:b.start].strip().lower()
    return re.sub(r"\s+the$", "", sep)


def _runs(text: str, ms: list[Mention]) -> list[list[Mention]]:
    """Maximal lists ``A, B and C`` (separated only by commas and ``and``)."""
    runs, cur = [], []
    for m in ms:
        if cur and re.fullmatch(r",|and|, and|as well as|&", _sep(text, cur[-1], m) or "x"):
            cur.append(m)
        else:
            if cur:
                runs.append(cur)
            cur = [m]
    if cur:
        runs.append(cur)
    return runs


def pair_up(text: str, ms: list[Mention], trigger: tuple[int, int], loose_pairs: bool = False
            ) -> list[tuple[Mention, Mention, str, float]]:
    """Pairs of mentions the sentence relates (see module doc), with the rule used.
    ``loose_pairs`` (twinnings) also reads ``A and B, in 2012 - C and D, E and F``:
    pairs joined by "and", set apart by commas, dashes or semicolons."""
    if len(ms) < 2:
        return []
    runs = _runs(text, ms)
    # X, Y and Z ... A, B and C respectively
    if re.search(r"\brespectively\b", text, re.I):
        long = [r for r in runs if len(r) >= 2]
        for i in range(len(long) - 1):
            if len(long[i]) == len(long[i + 1]):
                return [(x, y, "respectively", 0.85) for x, y in zip(long[i], long[i + 1])]
    if loose_pairs:
        pairs = _and_pairs(text, ms)
        if len(pairs) >= 2:
            return [(a, b, "pairs list", 0.75) for a, b in pairs]
    # A and B, C and D, E and F (after "such cities as", "connect", a colon...)
    for r in runs:
        if len(r) >= 4 and len(r) % 2 == 0:
            seps = [_sep(text, r[k], r[k + 1]) for k in range(len(r) - 1)]
            if all(s == "and" for s in seps[0::2]) and all(s == "," for s in seps[1::2]):
                return [(r[k], r[k + 1], "pairs list", 0.8) for k in range(0, len(r), 2)]
    out = []
    # between A and B
    for m in re.finditer(r"\bbetween\b", text, re.I):
        after = [x for x in ms if x.start > m.end()]
        if len(after) >= 2 and re.fullmatch(r"and|, and", _sep(text, after[0], after[1])):
            out.append((after[0], after[1], "between", 0.85))
    if out:
        return out
    # A ... with B, C and D  (A: the last party before "with", or the subject)
    for m in re.finditer(r"\bwith\b", text, re.I):
        before = [x for x in ms if x.end <= m.start()]
        after = [x for x in ms if x.start >= m.end()]
        if not before or not after:
            continue
        run = next((r for r in runs if r[0] is after[0]), [after[0]])
        subject = before[0] if before[0].start < trigger[0] else before[-1]
        if len(before) >= 2 and re.fullmatch(r"and|, and", _sep(text, before[0], before[1])) \
                and before[1].end <= trigger[0]:
            # "A and B signed ... with C" is rare; treat "A and B" as co-parties of C.
            return [(before[0], x, "and-with", 0.6) for x in run]
        return [(subject, x, "with", 0.8) for x in run]
    # A and B signed / concluded ...
    for r in runs:
        if len(r) == 2:
            return [(r[0], r[1], "A and B", 0.75)]
    # signed by A and B
    if len(ms) == 2:
        return [(ms[0], ms[1], "two parties", 0.6)]
    # Nearest two on either side of the trigger.
    before = [x for x in ms if x.end <= trigger[0]]
    after = [x for x in ms if x.start >= trigger[1]]
    if before and after:
        return [(before[-1], after[0], "around trigger", 0.45)]
    return []


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
        if a.key == b.key:
            continue
        key = (min(a.key, b.key), max(a.key, b.key))
        if key in seen:
            continue
        seen.add(key)
        out.append((a, b, how, conf))
    return out


_PARTNERS = re.compile(r"\bpartner(?:s|ship)?\b|\bthe list\b", re.I)


def find_twins(text: str, mentions: list[Mention], twin_context: bool = False) -> list[Hit]:
    """``twin_context``: the sentence before spoke of twinning, so "partners" here
    continues it ("the list of partners was expanded to include A and B")."""
    t = TWIN.search(text)
    weaker = 0.0
    if not t and twin_context:
        t, weaker = _PARTNERS.search(text), 0.1
    if not t:
        return []
    ms = [m for m in _parties(mentions, False) if m.kind_hint not in ("Company", "Organization")]
    hits = []
    for a, b, how, conf in _dedupe_pairs(pair_up(text, ms, t.span(), loose_pairs=True)):
        hits.append(Hit("TWINNED_WITH", a, b, t.span(), round(conf - weaker, 2), how))
    return hits


def find_agreements(text: str, mentions: list[Mention]) -> list[Hit]:
    hits = []
    if TWIN.search(text):
        return hits  # a twinning agreement is reported as the twinning itself
    for d in _DOC.finditer(text):
        kind = d.lastgroup
        word = d.group(0).lower()
        if word in ("documents", "document", "deal", "deals") and not re.search(
                r"\bsign|\bconclud", text, re.I):
            continue
        if not _SIGN.search(text):
            continue
        ms = _parties(mentions, False)
        if len(ms) < 2:
            ms = _parties(mentions, True)
        ms = [m for m in ms if not (m.start <= d.start() < m.end)]
        pairs = _dedupe_pairs(pair_up(text, ms, d.span()))
        title = _title(text, d)
        for a, b, how, conf in pairs:
            hits.append(Hit("SIGNED_AGREEMENT", a, b, d.span(), conf, how, kind, title))
        if pairs:
            break  # one document per sentence unless several are listed with their parties
    return hits


def _title(text: str, d: re.Match) -> str:
    m = re.match(r"(?:\s+(?:on|of|for|about|in|to)\s+[^,;:()]{0,120}?)(?=\s+(?:between|with|was|were|is|"
                 r"signed|which|that|by|has|had|have|and the|in \d{4})\b|[,;:()]|$)", text[d.end():])
    start = d.start()
    # Include capitalised words just before ("Partnership Development Agreement").
    pre = re.search(r"((?:[A-Z][\w-]+ ){1,4})$", text[:start])
    if pre and not re.match(r"(?:The|A|An|In|This|That|Back|Then|And)\b", pre.group(1)):
        start -= len(pre.group(1))
    end = d.end() + (m.end() if m else 0)
    return " ".join(text[start:end].split())[:160]


def find_supplies(text: str, mentions: list[Mention]) -> list[Hit]:
    hits = []
    for t in SUPPLY.finditer(text):
        word = t.group(0).lower()
        if word in ("sent", "send") and not re.search(r"\bto\b", text[t.end():t.end() + 80]):
            continue
        ms = _parties(mentions, True)
        pair = _direction(text, ms, t)
        if not pair:
            continue
        supplier, recipient, how, conf = pair
        if supplier.key == recipient.key or (supplier.country_hint and supplier.country_hint ==
                                             recipient.country_hint and supplier.adjectival
                                             and recipient.adjectival):
            continue
        hits.append(Hit("SUPPLIES_TO", supplier, recipient, t.span(), conf, how,
                        extra={"goods": _goods(text, t), "value_usd": _value_usd(text)}))
        break  # one supply per sentence: the first trigger with both ends
    return hits


def _direction(text, ms, t):
    reverse = bool(_REVERSE.match(t.group(0)))
    before = [m for m in ms if m.end <= t.start()]
    after = [m for m in ms if m.start >= t.end()]
    window = text[t.end():]
    # from X to Y / to Y from X
    fr = re.search(r"\bfrom\s+(?:the\s+)?", text[max(0, t.start() - 80):], re.I)
    to_m = [m for m in ms if re.search(r"\b(?:to|into|for|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                                       text[max(0, m.start - 30):m.start], re.I)]
    from_m = [m for m in ms if re.search(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$",
                                         text[max(0, m.start - 25):m.start], re.I)]
    del fr
    if from_m and to_m:
        src, dst = from_m[0], next((m for m in to_m if m is not from_m[0]), None)
        if dst is not None:
            return (dst, src, "from-to", 0.8) if reverse else (src, dst, "from-to", 0.85)
    near_to = [m for m in to_m if m.start >= t.end() and m.start - t.end() < 160]
    adj_before = [m for m in before if m.adjectival and t.start() - m.end < 40]
    adj_after = [m for m in after if m.adjectival and m.start - t.end() < 40]
    if reverse:
        # "Y bought Belarusian buses", "Belarus imported minerals from Y"
        if from_m:
            subject = before[-1] if before else None
            if subject is not None and subject is not from_m[0]:
                return (from_m[0], subject, "import-from", 0.7)
        if before and (adj_after or after):
            return ((adj_after or after)[0], before[-1], "bought", 0.65)
        return None
    if near_to:
        dst = near_to[0]
        # supplier: a demonym right before/after the trigger, a "from" party, or the
        # subject (the last party before the trigger).
        cand = [m for m in (adj_before[-1:] + [m for m in adj_after if m.start < dst.start]
                            + from_m + before[-1:]) if m is not dst]
        if cand:
            return (cand[0], dst, "to", 0.8 if not cand[0].adjectival else 0.75)
    # "X supplies Y with goods", "supplying the Russian market" without "to"
    if before and after and re.match(r"\s+(?:the\s+)?", window):
        if after[0].start - t.end() < 25:
            return (before[-1], after[0], "object", 0.55)
    return None


def _goods(text: str, t: re.Match) -> str | None:
    """What is supplied: the words after the trigger up to ``to``/``from``/... (12 max)."""
    words = text[t.end():t.end() + 200].split()
    while words and words[0].lower() in ("of", ":", "the", "a", "an"):
        words = words[1:]
    out = []
    for w in words[:12]:
        if w.lower() in _GOODS_STOP:
            break
        out.append(w)
        if w.endswith((".", ";", ":")):
            break
    goods = " ".join(out).strip(" ,.;:")
    if not goods or re.fullmatch(r"(?:the|a|an|it|them|this|these|its|their|\d+)", goods, re.I):
        return None
    return goods[:120]


_GOODS_STOP = {"to", "from", "for", "in", "into", "on", "worth", "with", "at", "by", "was", "were",
               "is", "are", "has", "have", "increased", "amounted", "which", "that", "and"}


_MONEY = re.compile(r"\$\s?(\d+(?:[.,]\d+)?)\s*(thousand|million|billion|mln|bln)?"
                    r"|(\d+(?:[.,]\d+)?)\s*(thousand|million|billion)\s+(?:US\s+)?dollars", re.I)
_SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9}


def _value_usd(text: str) -> float | None:
    m = _MONEY.search(text)
    if not m:
        return None
    num = (m.group(1) or m.group(3)).replace(",", ".")
    scale = _SCALE.get((m.group(2) or m.group(4) or "").lower(), 1)
    try:
        return float(num) * scale
    except ValueError:
        return None


def find_hits(text: str, mentions: list[Mention], twin_context: bool = False) -> list[Hit]:
    hits = (find_twins(text, mentions, twin_context) + find_agreements(text, mentions)
            + find_supplies(text, mentions))
    if _NEGATED.search(text):
        for h in hits:
            h.confidence = round(h.confidence * 0.5, 2)
    return hits


def status_of(text: str) -> str:
    """``planned`` when the sentence speaks of intentions, else ``fact``."""
    return "planned" if PLANNED.search(text) else "fact"

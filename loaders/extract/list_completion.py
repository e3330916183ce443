"""Lists a pattern read only in part: the other members get the same relation.

A sentence may state one relation for a whole list while a pattern took only some of
its members: "supplied harvesters to the Omsk and Kurgan regions of Russia as well as
to Kyrgyzstan", "sells zinc to Umicore (Belgium) and to Glencore (Switzerland)",
"twinned with Kaluga since 1994, Tula since 1997 and Villeurbanne since 2001". This
post-pass reads the sentence's candidates, not its words: when a candidate's party
stands in a coordinated run of mentions, every other member of the run that is of a
compatible kind gets the same relation with the same other side (a supplier stays the
supplier), whatever the verb or the goods. A run is joined by what the shared list
grammar (:mod:`.coordination`) joins, and by what it does not: "or", a repeated
preposition ("to A and to B", "with A as well as with B", "of A and of B"), "followed
by", a date after a member ("A in 2003, B in 2005"), a sub-list ("the Baltic states,
including A and B"), a vague plural located at a place ("to A and to mills in B": B
stands for them; supplies only); a bracket ("(Russia)", "(2003)") or "of Russia"
after a member only locates it.

It adds nothing where the run is no list of one side: a run that holds the other side
too ("A or B hosted ..."); a run joined by commas alone, or cut after its conjunction
("In Kyrgyzstan, the Belarusian side ...", "Along with A and B, C ..."); a member of
another kind (a country among firms, a firm among places, a state in a twinning); a
country beside its own places, a region right after its town ("Kazan, Tatarstan"), a
possessive ("the Omsk region's Isilkul") or "the Kurgan Oblast town of"; a member in
another clause (a semicolon, a coordinated clause with its own subject, "while",
"whereas"); a list a pair grammar read ("respectively", grouped and gapped pairs,
table rows); a member a pattern paired with someone else; a coordinated subject before
the paired member that the shared grammar joins (the co-signer rules read it and left
out what they did on purpose); a pair already found; the same party as a side.

>>> from relgraph.loaders.extract.pipeline import extract_text
>>> s = "Agromash supplied harvesters to the Omsk Region as well as to Kyrgyzstan.\\n"
>>> sorted(r["target"]["id"] for r in extract_text(s).candidates)
['country:kg', 'region:ru:omsk']
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.coordination import (
    DESCRIBED_PLACE,
    FIRM_NOUNS,
    IN_PLACE,
    LIST_SEP,
    across_group,
    along_with,
    aside_subject,
    contrast_opening,
    group_head,
    heads_group,
    object_then_subject,
    own_clause,
    repeated_preposition,
    runs,
)
from relgraph.loaders.extract.countries import COUNTRY_BY_NAME
from relgraph.loaders.extract.ellipsis import opens_elided
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.names import LEGAL_ANY
from relgraph.loaders.extract.patterns import opens_gapped_document

_FIRMS = frozenset({"Company", "Organization"})
_PLACES = frozenset({"City", "Region", "Country"})
RULE = "list completion"

# Separators LIST_SEP does not know: "or", "followed by", a repeated preposition ("to A
# and to B", "with A, as well as with B": the preposition must be the one before the
# run's first member), a vague plural located at the member ("to A and to mills in
# China": the place stands for them), and "including" / "such as" / "in particular".
_PREP = r"(?:to|with|from|in|into|by|for|at|on|of)"
_EXTRA_SEP = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:,\s*)?(?:(?P<conj>and|or|as\s+well\s+as|and\s+also|but\s+also|along\s+with"
    # "the main buyers were A and B, followed by C"
    r"|(?:and\s+)?then|followed\s+by|and\s+later)\s*"
    # "and, for the first time, to C"
    r"(?:,\s*(?:[A-Za-z0-9]+\s+){0,3}[A-Za-z0-9]+\s*,)?\s)?\s*"
    # ", and since 2010 also with C"
    r"(?:(?:in|since|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+)?"
    r"(?:also\s+)?"
    r"(?:(?P<prep>" + _PREP + r")\s+)?"
    r"(?P<where>(?:(?:the|its|their|other|local|several|many|some|various)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+(?:in|of|across|throughout)\s+(?:the\s+)?)?"
    # "..., the Baltic states, including A": a vague plural before the sub-list
    r"(?:(?:(?:the|other|several|many|some|its|their)\s+)?(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:states|countries|republics|regions|provinces|cities|towns|markets|firms|companies"
    r"|partners|buyers|customers|clients|plants|enterprises),?\s+(?=including|such|in\s+part))?"
    r"(?:(?P<incl>including|such\s+as|in\s+particular|notably|among\s+them)\s+)?"
    r"(?:the\s+)?"
    # "with A and with the Chinese city of B": a kind word before the next member
    # ("and with the Lithuanian spa town of B": described)
    r"(?:(?:[A-Z][a-z]+\s+)?(?:town|city|village|settlement|district|region|province"
    rf"|municipality|county)\s+of\s+(?:the\s+)?|{DESCRIBED_PLACE})?")
_BEFORE_PREP = re.compile(r"\b(" + _PREP + r")\s+(?:the\s+)?$", re.I)

# A date after a member: "A in 2003, B in 2005 and C", "A since 1994 and B".
_DATE_AFTER = re.compile(r"\s+(?:in|since|from|until)\s+(?:(?:early|late|mid-?)\s+)?"
                         r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?:s\b)?")


def _joined(text: str, a: Mention, b: Mention, prep: str | None,
            firms=frozenset()) -> str | None:
    """How ``b`` follows ``a`` as the next member of one list: "list", "including"
    (a sub-list: its members must be of one label), "located" (a vague plural at the
    place ``b``) or None. ``prep`` is the preposition before the run's first member."""
    gap = text[a.end:b.start]
    # (a semicolon or a paragraph ends a list; "while", "whereas", "but" join none)
    if a.end > b.start or ";" in gap or "\n\n" in gap or object_then_subject(text, a, b) \
            or ("," in gap and (opens_elided(text, b.end) or opens_gapped_document(text, b.end))):
        return None   # (", and C does the same", ", and C a road map with D": C's own clause)
    if "," in gap and contrast_opening(text, a):
        return None   # "Besides A, B and C signed ...": the opening phrase's list ends at its comma
    if "," in gap and _DESCRIBES_FIRM.match(text, b.end):
        # ("to A and B, and the C wine cellar D exported ...": C only describes the firm
        # that opens a clause of its own)
        return None
    date = _DATE_AFTER.match(text, a.end, b.start)
    at = date.end() if date else a.end
    town = _FIRM_TOWN.match(text, at, b.start) if _LEGAL_END.search(a.text) else \
        _SEAT_TOWN.match(text, at, b.start) if (a.start, a.end) in firms else None
    # "Kerama Ltd of Riga and Daugava Trade SIA", "Agrochema of Kaunas and Rolmex"
    at = town.end() if town else at
    if LIST_SEP.fullmatch(text, at, b.start) or along_with(text, a, b) or \
            across_group(text, a, b):
        return None if aside_subject(text, at, b) else "list"
    m = _EXTRA_SEP.fullmatch(text, at, b.start)
    if m is None:
        return None
    if m.group("prep"):
        # "to A and to B": the same preposition as the run's first member, after "and",
        # "or", "as well as" or a comma; "to A from B" is no list.
        if prep is None or m.group("prep").lower() != prep or not (
                m.group("conj") or "," in gap):
            return None
    elif m.group("where") or not (m.group("incl") or " ".join(
            (m.group("conj") or "").split()) in ("or", "followed by", "then", "and then",
                                                  "and later")):
        return None
    if m.group("where") and m.group("incl"):
        return None
    return "including" if m.group("incl") else "located" if m.group("where") else "list"


_LEGAL_END = re.compile(rf"\s(?:{LEGAL_ANY})\.?$")
_FIRM_TOWN = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?=[\s,])")
# a firm's seat, of a firm the text names without a legal form
_SEAT_TOWN = re.compile(r"\s+(?:of|in|(?:based|located|headquartered)\s+in)\s+(?:the\s+)?"
                        r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?=[\s,])")


def _locator(text: str, m: Mention, tail: Mention, firms=frozenset()) -> bool:
    """``m`` only says where the member ``tail`` is: inside a bracket that opens right
    after it ("Gazprom (Russia)", "Siauliai (Lithuania)"), or a country after "of" or
    "in" ("the Omsk and Kurgan regions of Russia as well as Kyrgyzstan"), or a place
    after a firm (``firms``: spans read as firms) and "of", "in" or "based in" ("to KAMAZ
    in Naberezhnye Chelny, to BelAZ in Zhodino"; "Agrochema of Kaunas and Rolmex")."""
    gap = text[tail.end:m.start]
    if re.fullmatch(r"\s*,\s+in\s+(?:the\s+)?", gap) and re.match(r"\s*,", text[m.end:]):
        return True   # "the towns of A, in B department, and C": set off, B places A
    if re.fullmatch(r"\s*\([^()]{0,40}", gap):
        return ")" in text[m.end:m.end + 40]
    if re.fullmatch(r"\s+of\s+(?:the\s+)?", gap) and _LEGAL_END.search(tail.text):
        return True   # "Kerama Ltd of Riga and Daugava Trade SIA": the firm's town
    if (tail.start, tail.end) in firms and (m.start, m.end) not in firms and \
            _FIRM_SEAT.fullmatch(gap):
        return True
    # ("Tallinn, the capital of Estonia, and Riga": an apposition places the town)
    return m.key in COUNTRY_BY_NAME and (re.fullmatch(r"\s+(?:of|in)\s+(?:the\s+)?", gap)
                                         or IN_PLACE.fullmatch(gap)) is not None


# (its description may stand between: "to the Agrotechmash dealer company in Kostanay
# and to ...")
_DESCRIBES_FIRM = re.compile(r"\s+(?:(?!(?:and|or|to|from|with|for|by|in|of)\b)[a-z][\w-]*\s+)"
                             rf"{{0,3}}(?:{FIRM_NOUNS}|cellar|estate|[a-z]{{2,}}(?:er|or))\s+"
                             r"[A-Z\"«„]")
_FIRM_SEAT = re.compile(r"(?:\s+(?:(?!(?:and|or|to|from|with|for|by|in|of)\b)[a-z][\w-]*\s+)"
                        rf"{{0,3}}(?:{FIRM_NOUNS}))?"
                        r"\s+(?:of|in|from|(?:based|located|headquartered)\s+in)\s+(?:the\s+)?")

_CONJ = re.compile(r"\b(?:and|or|as\s+well\s+as|along\s+with|together\s+with|but\s+also|then"
                   r"|followed\s+by"
                   r"|including|such\s+as"
                   r"|in\s+particular|notably|among\s+them)\b|&")


def runs_with(text: str, ms: list[Mention],
              firms=frozenset()) -> list[list[tuple[Mention, str]]]:
    """Coordinated runs of ``ms`` (text order), each member with how it was joined
    ("first", "list" or "including"); locators are skipped. A list's conjunction
    comes at its last join ("A, B and C"): a join by a comma alone with no
    conjunction after it in the run is no list ("In Kyrgyzstan, the Belarusian side
    ...", "Along with A and B, C supplies ..."), so the run is cut there.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "Along with Russia and Kazakhstan, Belarus sells to Oman, Qatar and Egypt."
    >>> [[m.text for m, _ in r] for r in runs_with(s, find_mentions(s))]
    [['Russia', 'Kazakhstan'], ['Belarus'], ['Oman', 'Qatar', 'Egypt']]
    """
    out: list[list[tuple[Mention, str]]] = []
    prep = None
    tail = None     # where the next member is joined (a locator's end)
    member = None   # the run's last member (``tail`` unless a locator stands after it)
    for m in ms:
        if out and tail is not None and group_head(text, tail, m):
            continue   # "..., Gizycko), Lithuania (Alytus)": the next group's country
        if out and out[-1] == [(tail, "first")] and heads_group(text, tail, m):
            # "in Poland (Elk, Gizycko), Lithuania (Alytus)": the members, not the country
            out[-1], tail = [(m, "first")], m
            continue
        if out and tail is not None and _locator(text, m, tail, firms):
            tail = m
            continue
        how = _joined(text, tail, m, prep, firms) if out and tail is not None else None
        if how is None and out and member is not None and \
                repeated_preposition(text, member, m):
            how = "list"   # "of A (Ukraine) since 1995 and of B": the shared grammar
            # reads the member's bracket and date before its repeated preposition
        if how and not m.refers:
            out[-1].append((m, how))
        else:
            before = _BEFORE_PREP.search(text, max(0, m.start - 12), m.start)
            prep = before.group(1).lower() if before else None
            out.append([(m, "first")])
        tail = member = m
    return [piece for run in out for piece in _cut_bare_commas(text, run)]


def _cut_bare_commas(text: str, run: list) -> list[list]:
    pieces = [[run[0]]]
    for k in range(1, len(run)):
        conj_after = any(_CONJ.search(text, run[j - 1][0].end, run[j][0].start)
                         for j in range(k, len(run)))
        if not conj_after:
            pieces.append([(run[k][0], "first")])
        else:
            pieces[-1].append(run[k])
    return pieces


def _compatible(x, z, rel_type: str, how: str = "list") -> bool:
    if how == "located":
        # "to A and to mills in B": B stands for the firms there
        return z.label in _PLACES and rel_type == "SUPPLIES_TO"
    if rel_type == "TWINNED_WITH":
        return x.label in ("City", "Region") and z.label in ("City", "Region")
    return (x.label in _FIRMS and z.label in _FIRMS) or (x.label in _PLACES and z.label in _PLACES)


def _locates(text: str, x: Mention, z: Mention, px, pz) -> bool:
    """One of ``x`` and ``z`` only says where the other is: a country beside its own
    places ("Omsk, Russia"; "to Russia, including Tatarstan"), a region right after a
    town of its country ("Kazan, Tatarstan")."""
    labels = {px.label, pz.label}
    if not px.country or px.country != pz.country or len(labels) == 1:
        return False
    if "Country" in labels:
        return True
    first, second = (x, z) if x.start < z.start else (z, x)
    return re.fullmatch(r"\s*,\s*(?:the\s+)?", text[first.end:second.start]) is not None


def complete_lists(text: str, mentions: list[Mention], hits: list[Hit], resolved: list[tuple],
                   party, why: list | None = None) -> list[tuple[Hit, tuple]]:
    """New ``(hit, (source, target))`` for the members of a list a pattern paired only in
    part. ``party(mention, default_label)`` resolves a mention (the discourse's);
    ``why``, a list, receives ``(member, reason)`` for every member left out."""
    if not hits:
        return []
    ms = sorted((m for m in mentions if not m.refers and not m.adjectival),
                key=lambda m: m.start)
    by_span = {(m.start, m.end): m for m in ms}
    member_runs = {}
    firms = frozenset((m.start, m.end) for m in ms if party(m, "Company").label in _FIRMS)
    for run in runs_with(text, ms, firms):
        if len(run) > 1:
            for m, _ in run:
                member_runs[(m.start, m.end)] = run
    if not member_runs:
        return []
    base_run = {}
    lengths = []
    for run in runs(text, ms):
        spans = {(m.start, m.end) for m in run}
        lengths.append(len(run))
        for sp in spans:
            base_run[sp] = spans
    # Lists a pair grammar has read ("A with B and C, D with E", "respectively") are
    # consumed; so is a member a pattern paired with a party other than this side.
    skip_types = {h.rel_type for h in hits if h.how in _PAIRED_RULES}
    # ("respectively" pairs two lists of parties; with one list only it pairs the goods
    # or dates with it: "tyres, lifts and fertiliser were shipped to X by A, B and C
    # respectively" is a list of suppliers of X)
    many = [n for n in lengths if n > 1]
    if _RESPECTIVELY.search(text) and any(many.count(n) > 1 for n in many):
        skip_types |= {"TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"}
    partners: dict[tuple, set] = {}
    pairs = set()
    for h, (pa, pb) in zip(hits, resolved, strict=True):
        sa, sb = (h.a.start, h.a.end), (h.b.start, h.b.end)
        partners.setdefault((h.rel_type, sa), set()).add(sb)
        partners.setdefault((h.rel_type, sb), set()).add(sa)
        pairs.add((h.rel_type, pa.id, pb.id))
        if h.rel_type != "SUPPLIES_TO":
            pairs.add((h.rel_type, pb.id, pa.id))
    out = []
    for h, pair in zip(list(hits), list(resolved), strict=True):
        if h.how == RULE or h.rel_type in skip_types:
            continue
        default = "City" if h.rel_type == "TWINNED_WITH" else "Company"
        for side in (0, 1):
            x = (h.a, h.b)[side]
            other_m = (h.a, h.b)[1 - side]
            run = member_runs.get((x.start, x.end))
            if run is None or (x.start, x.end) not in by_span:
                continue
            px, fixed = pair[side], pair[1 - side]
            spans = [(m.start, m.end) for m, _ in run]
            one_named = (other_m.start, other_m.end) == (x.start, x.end)
            if one_named:
                # "shipments to A and to B": the mention names one side, the discourse
                # gave the other; which side it names, its party tells
                if party(by_span[(x.start, x.end)], default).id != px.id:
                    continue
                fixed_run = set()
            elif (other_m.start, other_m.end) in spans:
                continue   # the run is the pair itself: "A and B are twin towns"
            else:
                fixed_span = (other_m.start, other_m.end)
                fixed_run = {(m.start, m.end) for m, _ in member_runs.get(fixed_span, ())}
                fixed_run.add(fixed_span)
            lo, hi = own_clause(text, x.start, x.end)
            # A coordinated subject before x ("A, B and C signed with D") is read by the
            # patterns of co-signers and coordinated subjects: what they left out of the
            # shared grammar's run, they left out on purpose (one country's co-signers).
            offered = {sp for sp in base_run.get((x.start, x.end), ()) if sp[0] < x.start}
            ix = spans.index((x.start, x.end))
            for iz, (z, own) in enumerate(run):
                zs = (z.start, z.end)
                if zs == (x.start, x.end) or zs in offered:
                    continue
                # the joins between x and z: a gap or a sub-list on the way counts too
                path = {run[k][1] for k in range(min(ix, iz) + 1, max(ix, iz) + 1)}
                how = "located" if own == "located" else \
                    "including" if "including" in path else "list"
                pz = party(z, default)
                reason = _left_out(text, h, x, z, how, px, fixed, pz, lo <= z.start < hi,
                                   partners.get((h.rel_type, zs), set()) - fixed_run)
                if reason:
                    if why is not None:
                        why.append((z.text, reason))
                    continue
                new = (pz, fixed) if side == 0 else (fixed, pz)
                key = (h.rel_type, new[0].id, new[1].id)
                if key in pairs:
                    continue
                pairs.add(key)
                if h.rel_type != "SUPPLIES_TO":
                    pairs.add((h.rel_type, new[1].id, new[0].id))
                a, b = (z, z) if one_named else (z, h.b) if side == 0 else (h.a, z)
                # the goods are the list's; a value is the first member's or the total
                extra = {**h.extra, "value_usd": None} if "value_usd" in h.extra else dict(h.extra)
                out.append((replace(h, a=a, b=b, confidence=round(h.confidence - 0.1, 2),
                                    how=RULE, extra=extra, parties=None), new))
    return out


_PLACE_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:town|city|village|settlement|district"
                       r"|region|province|oblast|county|municipality|capital|port)\s+of\s+"
                       r"(?:the\s+)?[A-Z]")


def _left_out(text, h, x, z, how, px, fixed, pz, same_clause: bool, others) -> str | None:
    """Why the member ``z`` (party ``pz``) of ``x``'s list does not take ``x``'s place
    beside ``fixed``, or None."""
    if not same_clause:
        return "another clause"
    if re.match(r"['’]s?\s", text[z.end:z.end + 3]):
        return "a possessive"   # "the Omsk region's Isilkul", "Russia's Gazprom": its owner
    if _PLACE_OF.match(text, z.end):
        return "the place of the next name"   # "the Kurgan Oblast town of Shadrinsk"
    if others:
        return "paired by a pattern with another party"
    if pz.id in (px.id, fixed.id):
        return "the same party"
    if not _compatible(px, pz, h.rel_type, how):
        return "another kind"
    if _locates(text, x, z, px, pz):
        return "a locator"
    if how == "including" and pz.label != px.label:
        return "a sub-list of another kind"
    return None


# Rules that pair members of lists one by one: their lists are read.
_PAIRED_RULES = frozenset({"pairs list", "respectively", "grouped pairs", "gapped", "gapped with",
                           "table row", "co-signers"})
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)

"""A town called a twin with no partner named: the twin of the place the text speaks for.

A town's page, its mayor's interview or its council's report names its twins one by
one and leaves itself out, as the reader knows whose twins they are::

    An interview with the Mayor of Tartu ...
    Hartford, in Connecticut, is a sister city as well.           (Tartu - Hartford)
    Kotka has been a twin town since 1993.                               (Tartu - Kotka)

The place spoken for is the text's speaker when that is a town or a region (a mayor's
interview, a council's letterhead), else the one place the page's title names. Nothing
when the predicate names its partner ("a twin town of Lahti", "twinned with"), when the
clause names another party, when it is negated or only planned, when the text speaks
for no place, or when the two are one place or of one country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.countries import country_code
from relgraph.loaders.extract.entry_rows import LIST_MARK
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import NEGATED

__all__ = ["approved_twins", "home_twins"]

_PLACES = ("City", "Region")
# "is a sister city", "has been a twin since", "became a partner town", "remains a
# friendship city": a copula, an indefinite twin noun, nothing that names the partner.
_TWIN_NOUN = r"[- ](?:town|city|community|municipality|region)"
_LONE_TWIN = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+|now\s+|still\s+"
    r"|long\s+)?(?:an?\s+|one\s+more\s+|another\s+)(?:official\s+|formal\s+)?"
    # ("a partner" alone is a partner in anything: only with its place noun)
    r"(?P<twin>twin(?:" + _TWIN_NOUN + r")?|(?:sister|partner|friendship)" + _TWIN_NOUN + r")"
    r"\b(?!\s+(?:of|with|to|for|and)\b)"
    r"(?![- ]?(?:towns|cities|communities|municipalities|regions|ship|s|ned|ning)\b)")
# "X became our fifth partner town", "X is our newest sister city": the home's own
# twin, the possessive naming the home (not "our partners' partner town").
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|oldest"
            r"|newest|youngest|latest|closest|most\s+recent|only|official)")
_OUR_TWIN = re.compile(
    r"\s+(?:is|was|has\s+been|became|remains)\s+(?:also\s+|now\s+|still\s+)?our\s+"
    r"(?:" + _ORDINAL + r"\s+)?"
    r"(?P<twin>twin(?:" + _TWIN_NOUN + r")|(?:sister|partner|friendship)" + _TWIN_NOUN + r")"
    r"\b(?![- ]?(?:towns|cities|communities|municipalities|regions|ship|s)\b)")
# "The partnership with (the spa town of) X is our oldest": the tie is the subject, its
# partner after "with", the home the possessive of its rank.
_TIE_WITH = re.compile(r"\b[Tt]he\s+(?:twinning|partnership|friendship|town[- ]twinning)\s+"
                       r"with\s+(?:the\s+(?:[\w'’-]+\s+){0,4}?(?:town|city|region|province"
                       r"|municipality|prefecture|county)\s+of\s+)?$")
_TIE_OURS = re.compile(r"\s+(?:is|was|remains)\s+(?:also\s+|still\s+)?our\s+"
                       r"(?P<twin>" + _ORDINAL + r")(?:\s+(?:one|partnership|twinning|tie|link))?"
                       r"\s*(?=[.;,]|$)")
# A town's locator before its verb: ", in Connecticut,", " (Italy)", ", Italy,".
_LOCATOR = re.compile(r"\s*(?:\([^()]{2,40}\)|,\s+(?:in\s+)?[A-Z][\w'’ .-]{1,30},)")
_CLAUSE_BOUND = re.compile(r"[;.!?]|,\s+(?:and|but|while|whereas)\s")
_PLANNED = re.compile(r"\b(?:will|would|could|may|might|plans?|hopes?|intends?|soon)\b", re.I)


# A row that opens with a place, where it lies, a dash and what it is to the home place:
# "- Jiangxi Province, China - sister region since 2004", "3. Oita (Japan) - friendship
# relationship established 2016" (not "- not a formal twin", nor "partner" alone).
# (a row may run on from the line that introduces the list: "Our twins are: X, ...")
_ROW_OPEN = re.compile(r"(?:^|:)\s*(?:" + LIST_MARK + r")?\s*$")
_ROW_LOCATOR = re.compile(r"\s*(?:\([^()]{2,40}\)|,\s+[A-Z][\w'’ .-]{1,30}?)(?=\s*[-–—]\s)")
_ROW_TWIN = re.compile(
    # (after a colon the row is an item led by its place, which the page's section
    # reader takes with its signings: "Kaunas, Lithuania: partner city since 1996. ...")
    r"\s*[-–—]\s+(?:an?\s+)?(?:official\s+|formal\s+)?"
    r"(?P<twin>(?:twin|sister|friendship)(?:[- ](?:town|city|region|province|state|prefecture"
    r"|county|community|municipality|relationship))?"
    r"|partner[- ](?:town|city|region|province|state|prefecture|county))"
    r"\b(?!\s+(?:of|with|to|for|and)\b)"
    r"(?![- ]?(?:towns|cities|communities|municipalities|regions|ship|s|ned|ning)\b)")


def _row_twin(text: str, m: Mention):
    """The twin words of a row that ``m`` opens, as ``_LONE_TWIN``'s match; None for
    any other mention."""
    if not _ROW_OPEN.search(text, max(0, m.start - 8), m.start):
        return None
    loc = _ROW_LOCATOR.match(text, m.end)
    return _ROW_TWIN.match(text, loc.end() if loc else m.end)


def _ours_spoken(disc) -> bool:
    """Whether "our" has a place to stand for: a town or region speaks (a mayor, a
    council), or the page's first lines are about its ties ("Partner towns of X"); a
    title on something else ("X hosts a festival") lends its place no "our"."""
    sp = disc.speaker
    return (sp is not None and sp.label in _PLACES) or disc.ties_page()


def home_twins(text: str, mentions: list[Mention], hits: list, disc, home_of, *,
               rows: bool = True) -> list[tuple[Hit, tuple]]:
    """The twinnings of the place the text speaks for (``home_of()``, asked only when a
    sentence needs it: the text's speaker is read once, when first asked for) that
    ``text`` states of a town without naming its partner; ``rows``: also of a row set
    out with a dash ("- X, Country - sister region since 2004"), where no heading over
    the row reads it already."""
    if "twin" not in text and "sister" not in text and "partner" not in text and \
            "friendship" not in text or NEGATED.search(text):
        return []
    paired = {x.start for h in hits if h.rel_type == "TWINNED_WITH" for x in (h.a, h.b)}
    home = None
    out = []
    named = [m for m in mentions if not m.adjectival]
    for m in named:
        if m.refers or m.start in paired:
            continue
        at = m.end
        loc = _LOCATOR.match(text, at)
        if loc is not None:
            at = loc.end()
        verb = _LONE_TWIN.match(text, at) or _OUR_TWIN.match(text, at) or \
            (_row_twin(text, m) if rows else None)
        # (the tie's own subject: what describes its partner before the name is no party)
        tie = _TIE_WITH.search(text, max(0, m.start - 80), m.start)
        if verb is None and tie is not None:
            verb = _TIE_OURS.match(text, at)
        if verb is None or _PLANNED.search(text, max(0, m.start - 40), verb.end()):
            continue
        # (the clause is the town's alone: no other party before it in the sentence's
        # clause, none up to the clause's end but its locator)
        clause_end = _CLAUSE_BOUND.search(text, verb.end())
        end = clause_end.start() if clause_end else len(text)
        opened = max((b.end() for b in _CLAUSE_BOUND.finditer(text, 0, m.start)), default=0)
        # (a reference there, "its", "here", is the town's or the home's)
        lead = tie.start() if tie is not None and verb.re is _TIE_OURS else m.start
        if any(x is not m and not x.refers and (opened <= x.start < lead
                                                or verb.end() <= x.start < end) for x in named):
            continue
        home = home or home_of()
        if home is None or home.label not in _PLACES:
            return []
        if verb.re in (_OUR_TWIN, _TIE_OURS) and not _ours_spoken(disc):
            continue   # ("Lida hosts a festival / X became our partner": whose "our"?)
        # ("sister state", "friendship region": the twin words say the partner's kind)
        regional = verb.re is not _TIE_OURS and re.search(
            r"region|province|state|prefecture|county", verb.group("twin"))
        party = disc.party(replace(m, kind_hint="Region") if regional and not m.kind_hint
                           else m, "Region" if regional else "City")
        if party.label != home.label or party.id == home.id or \
                (party.country and party.country == home.country):
            continue
        a = Mention(home.name, verb.start("twin"), verb.start("twin"), refers="City")
        out.append((Hit("TWINNED_WITH", a, m, verb.span("twin"), 0.55, "twin of the home place",
                        extra={"goods": None, "value_usd": None}, parties=(home, party)),
                    (home, party)))
    return out


# "our partnership with X", "our links with X and with Y", "our twinning link with X": a
# tie the page's own town names as its own, its partner after "with".
OUR_TIE = re.compile(r"\b[Oo]ur\s+(?:(?:twinning|friendship|partnership|sister[- ]city"
                      r"|twin[- ]town)\s+)?(?:partnership|links?|ties|twinning|friendship"
                      r"|bonds?)\s+with\s+(?:the\s+(?:city|town)\s+of\s+)?")
# What may follow the first partner before the next: where it lies, "and with".
_AND_WITH = re.compile(r"(?:\s+in\s+[A-Z][\w'’ -]{1,30}?)?\s*(?:,\s*)?(?:and\s+)?with\s+"
                       r"(?:the\s+(?:city|town)\s+of\s+)?")


def our_ties(text: str, mentions: list[Mention], hits: list, disc, home_of
             ) -> list[tuple[Hit, tuple]]:
    """The twinnings a town's page on its ties states as the page's own ("Our
    partnership with X was formed in 1947", "our links with X in Nicaragua and with Y
    in Mozambique"): the page's town with each town after "with". Only on a page whose
    title or breadcrumb speaks of its ties ("... > Twin cities"), for a town abroad
    whose item the sentence is ("X - Our partnership with X ..."); nothing when negated,
    only planned or ended."""
    found = OUR_TIE.search(text)
    if found is None or NEGATED.search(text) or not disc.ties_page():
        return []
    # (a twinning with a country, "Georgia ... our link with Tbilisi", pairs nobody)
    paired = {x.start for h in hits if h.rel_type == "TWINNED_WITH" and not any(
        disc.party(y).label == "Country" for y in (h.a, h.b) if not y.refers)
        for x in (h.a, h.b)}
    named = [m for m in mentions if not m.adjectival and not m.refers]
    partners, at = [], found.end()
    while (m := next((x for x in named if x.start == at), None)) is not None:
        partners.append(m)
        more = _AND_WITH.match(text, m.end)
        if more is None:
            break
        at = more.end()
    clause_end = _CLAUSE_BOUND.search(text, partners[-1].end) if partners else None
    end = clause_end.start() if clause_end else len(text)
    if not partners or _PLANNED.search(text, max(0, found.start() - 40), end) or \
            _ENDED.search(text, found.end(), end):
        return []
    home = home_of()
    # (a town's only: between regions a partnership is often no twinning)
    if home is None or home.label != "City":
        return []
    # (the item's head before its dash: "Ulm - Our partnership with Ulm ...")
    head = _ITEM_HEAD.match(text)
    out = []
    for m in partners:
        party = disc.party(m, home.label)
        if m.start in paired or party.label != home.label or party.id == home.id or \
                (party.country and party.country == home.country):
            continue
        # (only in the partner's own item: "our partnership with X" alone may be a
        # tie of any kind, or one that has lapsed)
        if not (head and m.text in head.group("head")):
            continue
        a = Mention(home.name, found.start(), found.start() + 3, refers="City")
        out.append((Hit("TWINNED_WITH", a, m, found.span(), 0.55, "our tie",
                        extra={"goods": None, "value_usd": None}, parties=(home, party)),
                    (home, party)))
    return out


# A tie that ended or stands still: "were suspended in 2022", "have been frozen".
_ENDED = re.compile(r"\b(?:suspended|frozen|froze|ended|broken|severed|terminated|cut|paused"
                    r"|halted|lapsed|dissolved|cancell?ed|revoked|discontinued)\b", re.I)
# An item's head: the names before the dash (or colon) a line opens with.
_ITEM_HEAD = re.compile(r"\s*(?:[-–—•*]\s*)?(?P<head>[^\W\d][^-–—:;.]{0,80}?)(?:\s+[-–—]|:)\s+")
# An item headed by two partners and a dash whose text names them again ("A and B - Our
# links with A and with B are ..."): the heads label the item, they are no pair.
_TWO_HEADS = re.compile(r"\s*(?:[-–—•*]\s*)?(?P<a>[^\W\d][^-–—:;.]{0,40}?)\s+and\s+"
                        r"(?P<b>[^\W\d][^-–—:;.]{0,40}?)\s+[-–—]\s+")


def item_heads(text: str, hit: Hit) -> bool:
    """Whether ``hit`` pairs the two heads of such an item."""
    heads = _TWO_HEADS.match(text)
    if heads is None or hit.rel_type != "TWINNED_WITH":
        return False
    spans = {(heads.start("a"), heads.end("a")), (heads.start("b"), heads.end("b"))}
    if {(hit.a.start, hit.a.end), (hit.b.start, hit.b.end)} != spans:
        return False
    rest = text[heads.end():]
    return heads.group("a") in rest and heads.group("b") in rest


# Where a town the gazetteer lacks lies, right after it: "X in Istria, Croatia", "X, Spain".
_LIES_IN = re.compile(r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,|\s*,|\s+in)\s+"
                      r"(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _placed(text: str, m: Mention, party):
    """``party`` placed in the country written right after its name, where the gazetteer
    did not know it."""
    where = _LIES_IN.match(text, m.end)
    cc = country_code(where.group("country")) if where and not party.resolved else None
    if not cc or party.country:
        return party
    return replace(party, country=cc, id=party.id.replace(":xx:", f":{cc.lower()}:", 1))


# "our town council has approved a partnership with the port town of X": the home's own
# organ agreeing to a tie that is still to be sealed (a planned twinning), not one
# turned down or only discussed.
_APPROVED = re.compile(
    r"\b(?:the\s+(?:municipal|town|city|local|district|regional)\s+council|the\s+council"
    r"|our\s+(?:town\s+|city\s+)?council)\s+(?:has\s+|had\s+)?(?:unanimously\s+|formally\s+)?"
    r"(?:approved|endorsed|agreed\s+to|voted\s+for)\s+(?:a|the)\s+(?:formal\s+)?"
    r"(?:partnership|twinning|town[- ]twinning|sister[- ]city\s+relationship)\s+with\s+"
    r"(?:the\s+(?:[\w'’-]+\s+){0,4}?(?:town|city|municipality|commune)\s+of\s+)?$")


def approved_twins(text: str, mentions: list[Mention], hits: list, disc, home_of
                   ) -> list[tuple[Hit, tuple]]:
    """The planned twinning of the place the text speaks for that its own council
    approved ("the town council approved a partnership with X"): the home with the
    town after "with", where no twinning of the sentence pairs that town already."""
    if "approved" not in text and "endorsed" not in text and "agreed" not in text and \
            "voted" not in text or NEGATED.search(text):
        return []
    paired = {x.start for h in hits if h.rel_type == "TWINNED_WITH" for x in (h.a, h.b)}
    out = []
    for m in mentions:
        if m.refers or m.adjectival or m.start in paired:
            continue
        verb = _APPROVED.search(text, max(0, m.start - 160), m.start)
        if verb is None:
            continue
        home = home_of()
        if home is None or home.label != "City":
            return []
        party = _placed(text, m, disc.party(m, "City"))
        if party.label != "City" or party.id == home.id or \
                (party.country and party.country == home.country):
            continue
        a = Mention(home.name, verb.start(), verb.start(), refers="City")
        out.append((Hit("TWINNED_WITH", a, m, verb.span(), 0.5, "approved by the home council",
                        extra={"goods": None, "value_usd": None, "status": "planned"},
                        parties=(home, party)), (home, party)))
    return out

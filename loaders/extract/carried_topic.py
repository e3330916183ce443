"""A relation stated with one side only, whose other side is the paragraph's topic.

A text names a party as the subject of one sentence and goes on about it without
naming it again, and without a pronoun::

    The Orenburg Region also relies on Belarusian machinery. In 2024, 210 combines
    were delivered by Gomselmash.                       (Gomselmash -> Orenburg Region)
    Mednogorsk lies twenty kilometres from the border. In 2016 twin-town relations
    were established with Khromtau.                     (Mednogorsk - Khromtau)
    The region's agreements with Belarus came later. One with the Gomel Region was
    concluded in 2012.                                  (the region - Gomel Region)

Here a sentence has a relation's trigger (a supply verb or noun, a signing verb, a
twinning word) and the parties it names all take one role (all recipients, all
suppliers, all partners after "with"); the other side is the **topic**: the last
named party that was a sentence's subject in this paragraph, one to three sentences
back (:func:`note_actor` keeps them). Candidates for the topic, in order: the subject
of the last sentence when it was itself a reference (the text kept talking about it),
the subject of the paragraph's opening sentence, then the last two sentences'
subjects; the first whose kind fits the relation is taken.

It is a fallback: it runs after every other rule and adds nothing when

* the sentence has a candidate of the type already in the party's clause, or names
  both sides itself (a supplier and a recipient, a subject that signs or twins);
* a firm the sentence names takes no role (it may be the real other side);
* the kinds do not fit: a twinning joins two towns or two regions of two countries;
  a country never pairs with a place or firm of its own; supplies and agreements
  between two places of one country are not the interregional relations sought;
  a reference in the sentence ("the republic", "the company") of a kind the topic is
  not points elsewhere;
* the topic is older than three sentences or from another paragraph (a paragraph
  break resets it);
* the pair of that type was found in the last three sentences already (a second
  mention of one relation), or the signing is only planned or denied.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from relgraph.loaders.extract.coordination import joined, own_clause
from relgraph.loaders.extract.countries import COUNTRY_NAME, DEMONYMS
from relgraph.loaders.extract.discourse import _ANSWER_TURN, _CORPORATE_GENRE, _QUESTION_TURN
from relgraph.loaders.extract.entry_rows import CAP, ROW_NAME, lead_row
from relgraph.loaders.extract.entry_rows import rows as entry_rows
from relgraph.loaders.extract.firms import FIRM_ORG_NOUNS
from relgraph.loaders.extract.frames import _NO_GOODS_FROM
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.names import strip_legal
from relgraph.loaders.extract.patterns import (
    _DOC,
    _UNREALISED_AFTER,
    _WITH_OBJECT,
    NEGATED,
    TWIN,
    TWIN_WEAK,
    _undone,
    names_other_document,
    unrealised_signing,
)
from relgraph.loaders.extract.reference_chain import _GROUPS, group_at
from relgraph.loaders.extract.references import _DOC_WORD
from relgraph.loaders.extract.supplies import (
    _PEOPLE_SENT,
    _WORDS_SENT,
    PASSIVE,
    REVERSE_STEMS,
    SUPPLY,
)
from relgraph.loaders.extract.supplies import _RECEIVED_NO_GOODS as _NO_GOODS_RECEIVED
from relgraph.loaders.extract.supplies import _role as role_of
from relgraph.loaders.extract.twinning import _FIRM_NAME, _as_place, stated_country

__all__ = ["buyer_told", "carried", "dated_row", "note_actor", "note_heading", "ties_item"]

STALE = 3   # a topic older than this many sentences is no longer spoken of
_PLACES = ("City", "Region")
_FIRMS = ("Company", "Organization")

# Goods that move: "bulldozers left for Mongolia", "cheese reached China", "most of the
# machinery comes from X", beside the supply verbs and nouns of :data:`SUPPLY`.
_MOVE = re.compile(r"\b(?:went|go(?:es)?|gone|left\s+for|reach(?:ed|es)|arriv(?:ed|es|e)\s+in"
                   r"|end(?:ed|s)?\s+up\s+in|head(?:ed|s)?\s+for|bound\s+for|destined\s+for"
                   r"|c[oa]mes?\s+from|found\s+(?:its\s+way|buyers)\s+(?:to|in))\b", re.I)
_MOVE_FOR = re.compile(r"\b(?:left|head(?:ed|s)?|bound|destined)\s+for\s+(?:the\s+)?$", re.I)
_RECEIVE = re.compile(rf"^(?:{REVERSE_STEMS}|buyer|purchaser|customer|client|consumer|importer"
                      r"|market|recipient)", re.I)
_SELLER = re.compile(r"^(?:supplier|exporter|provider)", re.I)
_PARTICIPLE = re.compile(r"\b(?:[a-z]{3,}ed|made|built|sold|held|run|paid|spent)\s+(?:\w+\s+){0,2}?"
                         r"(?:to|from|by|for)\b(?!.*\b(?:to|from|by|for)\b)", re.S)
_NOUN = re.compile(r"^(?:suppl(?:y|ies)|deliver(?:y|ies)|exports?|imports?|shipments?|sales"
                   r"|purchases?)$", re.I)
_SIGNED = re.compile(r"\b(?:sign(?:ed|ing)?|conclud(?:ed|ing)|adopted|initial+ed|inked|renewed"
                     r"|prolonged|ratified|approved|extended|sealed|formali[sz]ed|entered\s+into"
                     r"|established|exchanged"
                     # "an agreement with B is scheduled for signature", "... is planned
                     # for 2025": the signing to come, as "scheduled for signing" says it
                     r"|(?<!never\s)(?<!not\s)(?:scheduled|planned|due|set|slated|ready)\s+for\s+"
                     r"(?:its\s+|their\s+)?(?:signature|(?:early\s+|late\s+|mid-)?(?:19|20)\d\d))\b",
                     re.I)
# A clause with no verb of its own ("..., another with the Minsk Region in 2017") takes
# the verb of the clause before it.
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|may|can"
                   r"|[a-z]{3,}ed|[a-z]{3,}ing|[a-z]+s\s+(?:the|a|an)\b)\b")
# "The oldest tie is with Eger": a tie of the twinning the paragraph spoke of.
_TIE_WITH = re.compile(r"\b(?:ties?|links?|relations(?:hip)?s?|friendship|partnership)\b"
                       r"[^.;,]{0,30}?\bwith\s+(?:the\s+)?$", re.I)
_TWIN_OF = re.compile(r"\b(?:with|of|to|and)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)"
                      r"\s+)?(?:(?:town|city|district|region|province|municipality)\s+of\s+)?$")


# A place a journey goes to after the twin words: "a sister-region delegation went to X",
# "the partner-town choir travelled to Y" (where they went, no twin).
_WENT_TO = re.compile(r"\b(?:went|goes|go|travel+ed|travels|flew|sailed|came|comes|returned"
                      r"|headed|moved)\s+(?:back\s+)?to\s+(?:the\s+)?$", re.I)
# "the republic's largest buyer", "the company's exports": an owner named by its kind.
_OWNER_REF = re.compile(r"\b(?:the|this)\s+(?:(republic|region|oblast|krai|province|country)"
                        r"|(city|town|capital)|(company|plant|firm|enterprise|holding|factory"
                        r"|works|group|maker|producer|manufacturer))['’]s\b", re.I)


def note_actor(disc, sentence: int, party, by_reference: bool) -> None:
    """The subject of a sentence, as the pipeline found it, for later sentences (None:
    a reference nothing resolved, so whom the text speaks of is not known)."""
    _actors(disc)[sentence] = (party, by_reference, disc.offset)


def _actors(disc) -> dict:
    return _ACTORS.setdefault(disc, {})


def _seen(disc) -> dict:
    return _SEEN.setdefault(disc, {})


_ACTORS: WeakKeyDictionary = WeakKeyDictionary()
_SEEN: WeakKeyDictionary = WeakKeyDictionary()
_CUSTOMERS: WeakKeyDictionary = WeakKeyDictionary()   # disc -> ids of a report's buyers
_RECEIVED: WeakKeyDictionary = WeakKeyDictionary()    # disc -> {id: sentence} of recipients
_MARKETS: WeakKeyDictionary = WeakKeyDictionary()     # disc -> countries opened with
_HEADINGS: WeakKeyDictionary = WeakKeyDictionary()   # disc -> the section heading's place
_SUBJECTS: WeakKeyDictionary = WeakKeyDictionary()   # disc -> the document's own place

# A heading: a line of its own of at most eight words with no closing stop ("Bialystok
# (Poland)", "Partner cities", "3. Suppliers").
_HEADING = re.compile(r"[^.!?;:,]*[^.!?;:,\s]")


# An item that opens with the place it is about, set off by a dash or a colon: "Kaunas
# (Lithuania) - partner city since 1996", "Eindhoven, Netherlands: ...".
_ITEM_LEAD = re.compile(r"\s*(?:[-–—•*]\s*)?" + ROW_NAME +
                        r"\s*(?:\([^()]{2,40}\)|,\s*" + CAP +
                        r"[\w'’ -]{2,30}?)?\s*(?:[-–—]|:)\s+")


# A heading over a town's twins: "Twin cities", "Sister towns", "Partner cities", "Sister
# cities and partner cities of X" (a page's title set as its first heading).
_TWINS_HEADING = re.compile(r"(?:(?:our|the)\s+)?(?:twin|sister|partner|twinned|friendship)"
                            r"(?:(?:[- ]?(?:cities|towns))?\s+(?:and|&)\s+(?:twin|sister"
                            r"|partner|friendship))?[- ]?(?:cities|towns|municipalities"
                            r"|communities)"
                            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?",
                            re.I)
_TWIN_SECTIONS: WeakKeyDictionary = WeakKeyDictionary()   # disc -> under a twins heading
# A heading over a town's ties that calls them twins or partner towns: "Twin and partner
# cities", "Partner cities", "Sister towns and friends" ("Cooperation agreements" and
# "Business contacts" do not).
_TIES_HEADING = re.compile(r"\b(?:twin|sister|partner|twinned|friendship)(?:\s+(?:and|&)\s+"
                           r"(?:twin|sister|partner|friendship))?[- ]?(?:cities|towns"
                           r"|municipalities|communities)\b", re.I)
_TIES_SECTIONS: WeakKeyDictionary = WeakKeyDictionary()   # disc -> under a ties heading
# A heading that says its partners are no twins: "Partner cities (cooperation, not
# twinning)", "Partners other than twin towns", "Non-twinned partners".
_NOT_TWINS = re.compile(r"\b(?:not|other\s+than|rather\s+than|instead\s+of|without)\s+"
                        r"(?:a\s+|as\s+|any\s+|our\s+)?(?:formal(?:ly)?\s+)?"
                        r"(?:twin|twins|twinned|twinnings?|sister)\b|\bnon-?twin", re.I)
# A section's opening that says not all its ties are twinnings: "Not every partnership is
# a twinning.", "Not all our partner towns are twin towns."
_NOT_ALL_TWINS = re.compile(r"\s*not\s+(?:every|all|each)\s+(?:[\w-]+\s+){0,2}(?:partnerships?"
                            r"|partners?|ties|links|(?:partner\s+)?(?:cities|towns|city|town))"
                            r"\s+(?:is|are)\s+(?:an?\s+)?(?:twin|twins|twinnings?|sister)\b", re.I)
# A heading that only groups the list by where its towns lie: "Other countries", "Europe",
# "Central Asia and the Caucasus".
_WHERE_HEADING = re.compile(r"(?:(?:other|more|further)\s+)?(?:countries|states|continents)"
                            r"|(?:(?:and|&|,)?\s*(?:the\s+)?(?:Europe|Asia|Africa|Americas?"
                            r"|North\s+America|South\s+America|Latin\s+America|Oceania"
                            r"|Middle\s+East|Far\s+East|Caucasus|Central\s+Asia|Scandinavia"
                            r"|Baltics|Baltic\s+States|Balkans)\s*)+", re.I)
# An item that opens with its place as a sentence of its own: "Herzliya (Israel). Partner
# city since 2022.", "Budva, Montenegro. The mayors signed a memorandum in 2017."
_PLACE_ITEM = re.compile(r"\s*(?:[-–—•*]\s*)?" + ROW_NAME +
                         r"\s*(?:\([^()]{2,40}\)|,\s*" + CAP + r"[\w'’ -]{2,30}?)?\s*\.\s*")


def note_heading(disc, si: int, text: str, alone: bool, parties, opens: bool = False,
                 first: str = "") -> None:
    """A section heading read at sentence ``si``: the one place it names ("Kaunas
    (Lithuania)", "The Kaluga Region"; a country in brackets only locates it) is the
    section's topic until the next heading; a heading that names none, or names a firm
    or two places, ends the topic before it. A paragraph (``opens``) that leads with a
    place set off by a dash or a colon ("Kaunas (Lithuania) - partner city since
    1996. An agreement was signed in 1996.") is such a section of its own. ``first`` is
    the sentence's part on its first line as written, when it runs on to the next: a row
    set with no full stop above its own text ("Cesena, Italy (since 2000) / Schools
    exchange pupils") is read from it."""
    places = [p for p in parties if p.label in _PLACES]
    others = [p for p in parties if p.label not in _PLACES and p.label != "Country"]
    rows = (entry_rows(text) or (entry_rows(first) if first else []) or lead_row(text)) \
        if opens and _TWIN_SECTIONS.get(disc) else []
    if rows:
        # "Twin cities / Cesena, Italy (since 2000).", "Twin cities / Aarhus (Denmark) -
        # 1991": a twin of the page's place (a row set as a line of its own is no heading
        # that ends the section); two on one line ("A, Italy (since 2001) and B, Spain
        # (since 2004)") are two twins
        found = [(next((p for p in places if p.name == name), None), span)
                 for name, span in rows]
        if any(p is None for p, _span in found):
            _HEADINGS[disc] = (si, None)
            return
        _HEADINGS[disc] = (si - 1, found[0][0], si, found[0][1], tuple(found[1:]))
        if len(found) == 1:
            # ("Hamm (Germany) (1994) - the two towns signed a charter": the row's pair)
            _section_pair(disc, si, found[0][0])
        return
    if (alone and len(text.split()) <= 8 or opens and len(text.split()) <= 12) and \
            not places and (_NOT_TWINS.search(text) and _TIES_HEADING.search(text)
                            or _NOT_ALL_TWINS.match(text)) or \
            _denies_twins(text, first):
        # ("Partner cities (cooperation, not twinning)": a section whose towns are no
        # twins, however the list above it was headed; so is one whose first sentence
        # says so, "Partner cities are not twin cities.")
        _HEADINGS[disc] = (si, None)
        _TIES_SECTIONS[disc] = _TWIN_SECTIONS[disc] = False
        return
    if alone and len(text.split()) <= 8 and _HEADING.fullmatch(text.strip()):
        _HEADINGS[disc] = (si, places[0] if len(places) == 1 and not others else None)
        if not places and not any(p.label == "Country" for p in parties) and \
                not _WHERE_HEADING.fullmatch(text.strip()):
            # (a country's or a partner's name as a heading goes on with the list; any
            # other heading says what its section is)
            _TIES_SECTIONS[disc] = bool(_TIES_HEADING.search(text))
        # (a heading naming no place may set the kind of the rows under it)
        _TWIN_SECTIONS[disc] = not places and bool(_TWINS_HEADING.fullmatch(text.strip()))
        return
    item = _PLACE_ITEM.fullmatch(text) if opens else None
    if item:
        # (the place alone, set as a sentence: a heading run into its section's text)
        place = next((p for p in places if p.name == item.group("name")), None)
        if place is not None and not others:
            _HEADINGS[disc] = (si, place)
            _section_pair(disc, si, place)
            return
    if opens and (_ANSWER_TURN.match(text) or _QUESTION_TURN.match(text)):
        # ("A: The council approved a twinning with X": an interview's turn label is no
        # place leading an item; the turn ends any section before it, and an answer's
        # relations keep their topic, the speaker's place; a question, "Q: There were
        # reports of a link with X.", states none)
        _HEADINGS[disc] = (si - 1 if _ANSWER_TURN.match(text) else si, None)
        return
    lead = _ITEM_LEAD.match(text) if opens else None
    if lead:
        place = next((p for p in places if p.name == lead.group("name")), None)
        _HEADINGS[disc] = (si - 1, place, si) if place is not None else (si, None)
        if place is not None:
            _section_pair(disc, si, place)


def _denies_twins(text: str, first: str) -> bool:
    """Whether a heading run into the sentence under it ("Partners (not twin cities) /
    The town also works with:"), or a lead-in to a list ("..., which are not twin
    towns:", "partners without a twinning:"), says that the items after it are no
    twins: the lead-in's own town is their partner, never their twin."""
    if first and len(first.split()) <= 8 and _NOT_TWINS.search(first) and \
            _TIES_HEADING.search(first):
        return True
    return text.rstrip().endswith(":") and _NOT_TWINS.search(text) is not None


def _section_pair(disc, si: int, place) -> None:
    """An item of a page about a place opens a section on the page's place and the
    item's: "the two cities" in it are they, not the pair of the item before."""
    own = _subject_place(disc)
    if own is not None and own.id != place.id:
        disc.pairs.heading(si, own, place)


def ties_item(disc, si: int) -> bool:
    """Whether sentence ``si`` leads a partner's item in a section of the page's twins
    and partner towns ("Partner cities / ... / Rivne (Ukraine) - the partnership
    between the two towns ..."): its partnership words go on with the section's
    twinning, as after a sentence on twinning."""
    heading = _HEADINGS.get(disc)
    return bool(_TIES_SECTIONS.get(disc)) and heading is not None and len(heading) > 2 \
        and heading[2] == si and heading[1] is not None


def dated_row(disc, si: int) -> bool:
    """Whether sentence ``si`` is a row of twins with its year alone ("Cesena, Italy
    (since 2000)."): it has no word of a relation, its heading gives it one."""
    heading = _HEADINGS.get(disc)
    return heading is not None and len(heading) > 3 and heading[2] == si


def _topics(disc, si: int, strict: bool = True) -> list:
    """The parties the paragraph may be speaking of, the likeliest first."""
    start = max(disc.paragraph_start, si - STALE)
    actors = {s: v for s, v in _actors(disc).items() if start <= s < si}
    if si - 1 in actors and actors[si - 1][0] is None:
        return []   # "We signed ...": of whom the text goes on is not known
    # ("A and B are ...": which of them the text goes on about, only the other side can
    # tell, see :func:`_last_group`)
    actors = {s: v for s, v in actors.items() if not group_at(disc, s)}
    actors = {s: v for s, v in actors.items() if v[0] is not None
              and not (strict and _digression(disc, v[2], {w[2] for w in actors.values() if w[0]}))}
    out = []
    last = actors.get(si - 1)
    if last is not None and last[1]:
        out.append(last[0])   # "The works takes ...": the text goes on about it
    opening = actors.get(disc.paragraph_start)
    if opening is not None:
        out.append(opening[0])
    out += [actors[s][0] for s in (si - 1, si - 2, si - 3) if s in actors]
    return list({p.id: p for p in out}.values())


# Words that go on about a party named before: pronouns and definite kind words.
_GOES_ON = re.compile(r"\b(?:it|its|they|their|them|this|these|the\s+(?:company|plant|firm"
                      r"|enterprise|holding|factory|works|group|region|oblast|republic|city|town"
                      r"|country|province|krai|two|parties))\b", re.I)


def _last_group(disc, si: int) -> list:
    """The joined subject ("A and B are ...") of the last sentence of the paragraph,
    within :data:`STALE` sentences, that had an actor; [] when that actor stood alone."""
    actors = _actors(disc)
    for s in range(si - 1, max(disc.paragraph_start, si - STALE) - 1, -1):
        if s in actors and actors[s][0] is not None:
            return group_at(disc, s)
    return []


def _digression(disc, start: int, acting: set[int]) -> bool:
    """Whether a sentence between the one at ``start`` and the sentence being read
    names no party and refers to none ("Vektor opened a plant. After that, prices
    rose. An agreement was signed with Kalmar": whose, is no longer said)."""
    between = disc.text[start:disc.offset]
    for sent in re.finditer(r"(?<=[.!?]\s)[^.!?]+[.!?]", between):
        at = start + sent.start()
        words = sent.group(0).split()
        if at in acting or _GOES_ON.search(sent.group(0)) or any(
                w[:1].isupper() for w in words[1:]):
            continue
        return True
    return False


def _paragraph_before(disc) -> str:
    """The paragraph's text before the sentence being read (at most its last 400
    characters)."""
    full, at = disc.text, disc.offset
    return full[max(full.rfind("\n", 0, at) + 1, at - 400):at]


def carried(text: str, mentions: list[Mention], hits: list[Hit], resolved: list, disc,
            si: int) -> list[tuple[Hit, tuple]]:
    """(hit, pair) for the relations of this sentence whose other side is the topic, and
    the twinnings of agreements in a section of partner towns."""
    return _carried(text, mentions, hits, resolved, disc, si) + \
        _section_partner_twins(hits, resolved, disc, si)


def _section_partner_twins(hits: list[Hit], resolved: list, disc, si: int
                           ) -> list[tuple[Hit, tuple]]:
    """A sentence in a section of the page's twins and partner towns whose agreement
    pairs the page's town with a partner town: the twinning besides the agreement, as for
    the sentences that name no party. Under a partner's own heading ("Partner cities /
    Ohrid (North Macedonia). In 2018 Poti and Ohrid concluded a memorandum") that
    partner; right under the section's heading, each town its list pairs so ("Partner
    cities / X cooperates with several cities: - A, Georgia - memorandum on tourism
    (2022); - B, Romania - letter of intent (2023)")."""
    heading = _HEADINGS.get(disc)
    # (the page's place is read last: asking for it settles whom the text speaks for)
    if heading is None or not _TIES_SECTIONS.get(disc) or not any(
            h.rel_type == "SIGNED_AGREEMENT" for h in hits):
        return []
    own = _subject_place(disc)
    if own is None:
        return []
    part = heading[1]
    twinned = {frozenset((a.id, b.id)) for h, (a, b) in zip(hits, resolved, strict=True)
               if h.rel_type == "TWINNED_WITH" and a is not None and b is not None}
    seen = _seen(disc)
    out = []
    for hit, (a, b) in zip(hits, resolved, strict=True):
        if hit.rel_type != "SIGNED_AGREEMENT" or a is None or b is None or \
                own.id not in (a.id, b.id):
            continue
        other = b if a.id == own.id else a
        key = frozenset((own.id, other.id))
        if part is not None and other.id != part.id or key in twinned or \
                not _fits("TWINNED_WITH", own, other, []) or \
                si - seen.get(("TWINNED_WITH", key), -99) <= STALE:
            continue
        seen[("TWINNED_WITH", key)] = si
        twinned.add(key)
        out.append((Hit("TWINNED_WITH", hit.a, hit.b, hit.trigger, 0.5, "section heading",
                        extra={"goods": None, "value_usd": None}, parties=(a, b)), (a, b)))
    return out


def _carried(text: str, mentions: list[Mention], hits: list[Hit], resolved: list, disc,
             si: int) -> list[tuple[Hit, tuple]]:
    seen = _seen(disc)
    received = _received(disc)
    for hit, pair in zip(hits, resolved, strict=True):
        if None not in pair:
            seen[(hit.rel_type, frozenset((pair[0].id, pair[1].id)))] = si
            if hit.rel_type == "SUPPLIES_TO":
                received[pair[1].id] = si
    _owner_as_actor(text, disc, si)
    _note_receiver(text, disc, si, received)
    _note_supplier(text, disc, si)
    heading = _HEADINGS.get(disc)
    if heading is not None and heading[0] == si and len(heading) == 2:
        return []   # a heading ("Foreign markets", "Suppliers") states no relation
    own = [(m, disc.party(m, "Company")) for m in mentions if not m.refers and not m.adjectival]
    demonyms = _demonyms(text, disc)
    if not own and not demonyms or _item_only(text, own, disc, si):
        return _under_heading(text, mentions, hits, disc, si)
    market = _market(text, own, disc)
    refs = [m.refers for m in mentions if m.refers in ("Company", "City", "Region", "Country")]
    refs += [next(k for k, g in zip(("Country", "City", "Company"), o.groups(), strict=True) if g)
             for o in _OWNER_REF.finditer(text)]
    speaker = any(m.refers == "Speaker" for m in mentions)
    out = []
    for rel, find in (("SUPPLIES_TO", _supply_sides), ("SIGNED_AGREEMENT", _signing_sides),
                      ("TWINNED_WITH", _twin_sides)):
        sides = _supply_sides(text, own + demonyms, disc, si) if rel == "SUPPLIES_TO" else \
            find(text, own, disc)
        if not sides:
            continue
        for m, party, role, trigger in sides:
            lo, hi = _clause_of(text, m)
            if any(h.rel_type == rel and (lo <= h.trigger[0] < hi or m in (h.a, h.b))
                   and not (rel == "SIGNED_AGREEMENT" and unrealised_signing(text, h.trigger))
                   for h in hits):
                continue  # the clause's own rules paired it
            # ("a link with Tartu has never been formalised": the undoing words may
            # hold the trigger, read from the party on)
            if _undone(text, (trigger[0], min(trigger[1], m.end))):
                continue  # "a partnership with Smolensk that never came about"
            # ("our farmers": the body a letterhead names, whatever was said before)
            topics = [disc.speaker] if speaker and disc.speaker is not None else \
                _topics(disc, si, rel != "SUPPLIES_TO")
            if rel == "SUPPLIES_TO" and role == "recipient":
                # a buyer the paragraph told of is no supplier of the next buyer ("KAMAZ
                # bought 40,000 tyres. SamAuto bought 6,000": the report's firm's again)
                topics = [t for t in topics if t is None or
                          received.get(t.id, -1) < disc.paragraph_start]
            if rel == "SUPPLIES_TO" and role == "supplier":
                # a supplier the paragraph told of is no buyer from the next supplier
                # ("Kamaz supplies cabs. Steel sheet is bought from Severstal": in a
                # firm's report, the report's firm's)
                topics = [t for t in topics if not _supplier_told(disc, t)]
            if market is not None:
                # ("In Armenia, A became the dealer ... In Georgia, B took delivery of 35
                # trucks": the dealer of the last market supplied nothing here)
                topics = [t for t in topics if t is None or t.country == market or
                          t.country not in _markets(disc)[:-1]]
            if rel == "SIGNED_AGREEMENT" and any(
                    t is not None and received.get(t.id, -1) >= disc.paragraph_start
                    for t in topics) and _firms_text(disc):
                # (a firm's report: its dealer or buyer told of is no signer of the next
                # deal, "X, the dealer in Ethiopia, bought 120 vehicles. In Kenya, a
                # distribution agreement was concluded with Y": the report's firm's)
                topics = [t for t in topics if t is None or
                          received.get(t.id, -1) < disc.paragraph_start]
            if role == "relative partner":
                # ("In Georgia the Company works with X, with which a contract was
                # signed": this sentence's own actor signs first)
                here = _actors(disc).get(si)
                if here is not None and here[0] is not None and here[0].id != party.id:
                    topics = [here[0]] + topics
            topic = next((t for t in topics if _fits(rel, t, party, refs)), None)
            if topic is None and not speaker:
                # ("A and B are ... An agreement was signed with C": the one of them
                # that can pair with C, when only one can)
                fits = [g for g in _last_group(disc, si) if _fits(rel, g, party, refs)]
                topic = fits[0] if len({g.id for g in fits}) == 1 else None
            if topic is None and not speaker and rel == "SIGNED_AGREEMENT":
                topic = _speakers_own(text, disc, si, rel, party, refs,
                                      relative=role == "relative partner")
            if topic is None and not speaker and rel == "TWINNED_WITH":
                topic = _own_place(disc, si, party, refs)
            if topic is None and not speaker and rel == "SUPPLIES_TO":
                # (the sentence's other buyers are the report's customers too: "A took
                # 20 loaders, and B bought 14")
                fellows = {p.id for _m, p, r, _t in sides if r == role == "recipient"}
                topic = _reports_own(text, disc, si, party, refs, role, fellows)
            if topic is None or speaker and disc.speaker is None:
                continue   # "we", "our" with no letterhead: whom they mean is not known
            if rel == "SUPPLIES_TO" and _other_side_stated(text, mentions, m, role, trigger,
                                                           topic, disc):
                continue
            key = (rel, frozenset((topic.id, party.id)))
            if si - seen.get(key, -99) <= STALE:
                continue
            seen[key] = si
            pair = (party, topic) if role == "supplier" else (topic, party)
            if rel == "SUPPLIES_TO":
                received[pair[1].id] = si
            other = Mention(topic.name, trigger[0], trigger[1])
            a, b = (m, other) if role == "supplier" else (other, m)
            kind, title = _document(text, disc) if rel == "SIGNED_AGREEMENT" else (None, None)
            hit = Hit(rel, a, b, trigger, 0.5, "carried topic", kind, title,
                      extra={"goods": None, "value_usd": None}, parties=pair)
            out.append((hit, pair))
    return out


# A firm a report tells of as taking its goods: "X received 44 combines", "X, the dealer
# in Ethiopia, bought 120 vehicles", "...; it received 86 combines".
_TAKES = (r"(?:also\s+|then\s+|has\s+|had\s+|have\s+)?(?:received|bought|purchased|took"
          r"\s+delivery|acquired|ordered|placed\s+(?:an?|its|their)\s+(?:\w+\s+)?orders?)\b")
_TAKES_AFTER = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:,[^,;.]{1,60},\s*)?" + _TAKES)
# (the firm's seat may follow its name: "X AS of Tallinn, Estonia, supplies")
_GIVES_AFTER = re.compile(r"(?:\s+(?:of|from|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                          r"\s*(?:\([^()]{1,60}\)\s*)?(?:,[^,;.]{1,60},\s*)?(?:also\s+|still\s+)?"
                          r"(?:supplies|supplied|delivers|delivered|provides|provided|ships"
                          r"|shipped|sells|sold)\b")
_SUPPLIERS: WeakKeyDictionary = WeakKeyDictionary()   # disc -> {id: sentence} suppliers
# What opens an item of a list before its firm: a lead-in ending in a colon, a mark.
_ITEM_OPENING = re.compile(r"\s*(?:[^.:;!?]{1,40}:\s*)?(?:[-–—•*]\s*)?")
_IT_TAKES = re.compile(r"(?:[;,]|\band)\s+(?:it|which)\s+" + _TAKES)
# "the dealer X", "the subsidiary X", "X, the distributor in ...": a firm named as one.
_DEALER = re.compile(r"\b(?:dealers?|distributors?|subsidiar(?:y|ies)|importers?|buyers?"
                     r"|customers?|clients?)\b", re.I)


def _firms_text(disc) -> bool:
    """Whether a firm speaks in the text (its report, release or profile: a letterhead,
    a title or "the Company" defined)."""
    sp = disc.speaker
    return sp is not None and sp.label == "Company"


def buyer_told(disc, party) -> bool:
    """Whether ``party`` is a firm the paragraph told of as taking the goods of the
    firm whose text it is (see :func:`_note_receiver`)."""
    return party is not None and \
        _received(disc).get(party.id, -1) >= disc.paragraph_start and _firms_text(disc)


def _note_receiver(text: str, disc, si: int, received: dict) -> None:
    """In a firm's own text, the firm a sentence is about when the sentence tells of
    it as taking goods ("Nile Motors PLC, our dealer in Egypt, took 80
    tractors", "The subsidiary X distributes our machinery; it received 44 combines"):
    a buyer, whom the next sentence's agentless sale or signing is not by."""
    actor = _actors(disc).get(si)
    if actor is None or actor[0] is None or actor[0].label not in _FIRMS:
        return
    party = actor[0]
    at = text.find(party.name)
    if at < 0:
        return
    after = text[at + len(party.name):]
    if not (_TAKES_AFTER.match(after) or _IT_TAKES.search(text) and
            _DEALER.search(text[max(0, at - 40):at + len(party.name) + 60])):
        return
    # (whose text it is is asked only now: finding the speaker early reads the
    # letterhead before the names the text defines)
    sp = disc.speaker
    if sp is not None and sp.label == "Company" and sp.id != party.id:
        received[party.id] = max(received.get(party.id, -1), si)


def _note_supplier(text: str, disc, si: int) -> None:
    """The firm a sentence opens with when it supplies goods ("Gaz supplies axles and
    engines for our loaders"): a supplier, whom the next sentence's agentless purchase
    ("Rolled wire is bought from Mechel") is not by. (Whose text it is is not asked
    here: asked this early, the speaker is read before the names the text defines.)"""
    actor = _actors(disc).get(si)
    if actor is None or actor[0] is None or actor[0].label not in _FIRMS:
        return
    party = actor[0]
    # (an item of a list under a lead-in: "Equipment: - X supplies our boilers")
    at = _ITEM_OPENING.match(text).end()
    if not text.startswith(party.name, at) or \
            not _GIVES_AFTER.match(text, at + len(party.name)):
        return
    _SUPPLIERS.setdefault(disc, {})[party.id] = si


def _supplier_told(disc, party) -> bool:
    """Whether ``party`` is a firm the paragraph told of as supplying (see
    :func:`_note_supplier`)."""
    return party is not None and \
        _SUPPLIERS.get(disc, {}).get(party.id, -1) >= disc.paragraph_start


def _speakers_own(text: str, disc, si: int, rel: str, party, refs: list[str],
                  relative: bool = False):
    """The signer whom the text speaks for (a letterhead's body, an annual report's or
    an interview's firm), in a paragraph that has named no subject of its own before
    this sentence ("2. Agreements / A memorandum with the Lublin Voivodeship was signed
    on 3 April"): with no other party spoken of, the document is the speaker's. Not in
    a question, and not with a party that is the speaker under another name. (Tried for
    supplies too, "Suppliers / Motors come from X": own-tune +3 matches for 3 false
    candidates; a supply's side left out is as often a buyer the text names later.)"""
    sp = disc.speaker
    if sp is None or text.rstrip().endswith("?") or not (
            _fits(rel, sp, party, refs) or _regions_own(sp, party, refs)
            or _foreign_government(rel, sp, party)):
        return None
    if _same_stem(sp.name, party.name) or _same_stem(sp.canonical or "", party.name):
        return None
    received = _received(disc)
    if any(disc.paragraph_start <= s < si and v[0] is not None
           and received.get(v[0].id, -1) < disc.paragraph_start
           for s, v in _actors(disc).items()):
        return None   # the paragraph speaks of a party of its own (not a buyer it told of)
    own = _actors(disc).get(si)
    if own is not None and own[0] is not None and own[0].id == party.id and not relative:
        return None   # "X signed a contract": X opens a topic of its own
    # (but "X, with which a contract was signed, ...": X is the partner of a signer
    # the relative clause leaves out)
    return sp


def _report(disc) -> bool:
    """Whether the document is a firm's own report (annual report, letter to
    shareholders, company profile)."""
    return any(_CORPORATE_GENRE.search(x) for x in disc._head if x)


def _reports_own(text: str, disc, si: int, party, refs: list[str], role: str,
                 fellows: frozenset | set = frozenset()):
    """The firm whose annual report (letter to shareholders, company profile) this is,
    as the other side of a supply stated with one side named, when nothing nearer is
    spoken of ("BOBRUISKAGROMASH / Annual report 2024 / ... / Uzbekistan bought 40
    balers", "Hydraulic pumps come from the Italian firm Casappa"): a report speaks of
    its own sales and purchases. Not in a question, not for the firm itself, and not in
    a paragraph where another firm acts ("The Kostanay firm X took 85 spreaders, and a
    batch was shipped to Y": X's, perhaps), unless that firm is a buyer of the same
    sentence ("A accepted 20 loaders, and B bought 14") or a buyer the report told of."""
    # (the genre first: finding the speaker reads the letterhead's names, which
    # must not happen earlier than it would in a text of another kind)
    if text.rstrip().endswith("?") or not _report(disc):
        return None
    sp = disc.speaker
    if sp is None or sp.label != "Company":
        return None
    if role == "supplier" and party.label not in _FIRMS or \
            not _fits("SUPPLIES_TO", sp, party, refs):
        return None
    if _same_stem(sp.name, party.name) or _same_stem(sp.canonical or "", party.name):
        return None
    customers = _customers(disc)
    # (a firm the paragraph told of as receiving is a buyer too: "The largest customers
    # were A and B. Skimmed milk powder was sold to C")
    received = {k for k, s in _received(disc).items() if s >= disc.paragraph_start}
    if any(disc.paragraph_start <= s <= si and v[0] is not None and v[0].label in _FIRMS
           and v[0].id not in (sp.id, party.id) and v[0].id not in fellows
           and v[0].id not in customers and v[0].id not in received
           and not (role == "supplier" and _supplier_told(disc, v[0]))
           for s, v in _actors(disc).items()):
        return None   # (a firm that acted as the report's customer is no rival supplier)
    if role == "recipient":
        customers.add(party.id)
    return sp


# "In Georgia, ...": a sentence that opens with the country it tells of.
_IN_OPENING = re.compile(r"\s*In\s+(?:the\s+)?$")


def _market(text: str, own: list, disc) -> str | None:
    """The country a sentence opens with ("In Georgia, Tbilservice took delivery of
    ..."), noted as a market the text has moved to; None when it opens otherwise."""
    for m, party in own:
        if party is not None and party.label == "Country" and party.country and \
                _IN_OPENING.fullmatch(text[:m.start]) and text[m.end:m.end + 1] == ",":
            seen = _markets(disc)
            if not seen or seen[-1] != party.country:
                seen.append(party.country)
            return party.country
    return None


def _markets(disc) -> list:
    """The countries sentences opened with so far, in order."""
    return _MARKETS.setdefault(disc, [])


def _received(disc) -> dict:
    """The parties told of as receiving a supply: id -> the sentence last told."""
    return _RECEIVED.setdefault(disc, {})


def _customers(disc) -> set:
    """The firms a report has told of as its firm's buyers so far."""
    return _CUSTOMERS.setdefault(disc, set())


def _subject_place(disc):
    """The town or region a document is about: the place its letterhead speaks for
    ("Grodno City Executive Committee"), else the one place its title line names
    ("Partner cities of Lida", "Lida: twin towns"); None for any other document."""
    if disc in _SUBJECTS:
        return _SUBJECTS[disc]
    from relgraph.loaders.extract.mentions import find_mentions

    sp = disc.speaker
    found = sp if sp is not None and sp.label in _PLACES else None
    title = next((x for x in disc._head if x), "")
    if found is None and len(title.split()) <= 10 and _HEADING.fullmatch(title.replace(":", " ")):
        ms = [m for m in find_mentions(title) if not m.refers and not m.adjectival]
        parties = [disc.party(m, "City") for m in ms]
        places = [p for p in parties if p.label in _PLACES]
        if len(places) == 1 and len(parties) == 1:
            found = places[0]
    _SUBJECTS[disc] = found
    return found


def page_place(disc):
    """The town or region a document is about (see :func:`_subject_place`)."""
    return _subject_place(disc)


def partner_town_row(disc, owner, party) -> bool:
    """Whether a row of agreements of the page's own town, under a heading that calls
    its towns twins or partner towns ("Twin towns / The partnership agreements
    were concluded in the following years: / - Jonava (Lithuania) - 1999"), names one of
    its partner towns: a twinning besides the agreement."""
    if not _TIES_SECTIONS.get(disc):
        return False   # (asked first: the page's place settles whom the text speaks for)
    own = _subject_place(disc)
    return own is not None and own.id == owner.id and _fits("TWINNED_WITH", owner, party, [])


def _own_place(disc, si: int, party, refs: list[str]):
    """The place a document is about, as the other twin of a town a twinning clause
    names alone, when nothing nearer is spoken of ("Partner cities of Grodno / ... /
    Partnership with Augustow dates from 2002"): in a paragraph that has named no
    subject of its own, and never the town itself."""
    own = _subject_place(disc)
    if own is None or not _fits("TWINNED_WITH", own, party, refs):
        return None
    # (a firm or body the paragraph spoke of twins with no town: "X Metropole and Y
    # signed a memorandum. The charter of twinning with Z is to be signed ...")
    if any(disc.paragraph_start <= s < si and v[0] is not None and v[0].id != own.id
           and v[0].label not in _FIRMS for s, v in _actors(disc).items()):
        return None   # the paragraph speaks of a party of its own
    return own


# A signing or twinning still to come: "may be signed", "is to be concluded", "plans to
# sign", "will become partners".
_PLANNED = re.compile(r"\b(?:may|might|will|would|could|should|shall|is\s+to|are\s+to)\s+"
                      r"(?:soon\s+|also\s+|then\s+)?(?:be|become|sign|conclude|establish)\b"
                      r"|\b(?:plans?|planned|intends?|hopes?|expects?|wants?|agreed)\s+to\s+"
                      r"(?:sign|conclude|become|establish)\b", re.I)


def _item_only(text: str, own: list, disc, si: int) -> bool:
    """Whether the sentence leads an item with its place and names no other party but
    the country that locates it ("Kaunas (Lithuania) - partner city since 1996"), or
    names no party but the place of the section it is in."""
    heading = _HEADINGS.get(disc)
    if heading is None:
        return False
    place = heading[1]
    if len(heading) < 3 or heading[2] != si:
        # a sentence of the section that names no party but its place or the page's
        # ("Qingdao (China). The two harbour towns signed their memorandum in
        # Qingdao in 2016")
        page = _subject_place(disc) if place is not None else None
        return page is not None and heading[0] < si and bool(own) and all(
            p is not None and p.id in (place.id, page.id) for _m, p in own)
    end = len(text) if len(heading) > 3 else _ITEM_LEAD.match(text).end()
    return all(m.start < end or place is not None and p is not None and p.id == place.id
               for m, p in own)


def _under_heading(text: str, mentions: list[Mention], hits: list[Hit], disc,
                   si: int) -> list[tuple[Hit, tuple]]:
    """A twinning or signing a sentence states with no party named ("Partner town since
    2000.", "In 2011 the councils signed a protocol.") under a heading that names one
    place ("Druskininkai (Lithuania)") in a document about another ("Partner cities of
    Grodno"): the two of them. Nothing when the sentence names a party of any other
    kind, refers to one that is not a place ("the company"), is negated, planned or
    already paired, or when the places are of one country."""
    heading = _HEADINGS.get(disc)
    if heading is None or heading[1] is None or heading[0] >= si or hits:
        return []
    if any(m.refers not in ("City", "Region", "Speaker") for m in mentions if m.refers):
        return []
    part, own = heading[1], _subject_place(disc)
    lead = len(heading) > 2 and heading[2] == si   # the item's own sentence
    if lead and len(heading) > 3:
        return _dated_row(disc, si, heading)
    # (the section's or the page's place named again is no party of the sentence's own:
    # "Kalmar (Sweden) - twin town since 2004, when the charter was signed in Kalmar")
    pair = {part.id} | ({own.id} if own is not None else set())
    named = [m for m in mentions if not m.refers and not m.adjectival
             and m.text != part.name and disc.party(m, "City").id not in pair]
    if any(not (lead and m.start < _ITEM_LEAD.match(text).end()) for m in named):
        return []   # a party of the sentence's own (the item's lead is the heading)
    if own is None or NEGATED.search(text):
        return []
    out = []
    at = _ITEM_LEAD.match(text).end() if lead else 0
    # each clause on its own: "twin town since 1996; the agreement was renewed in 2008"
    for clause in re.finditer(r"[^;]+", text[at:]):
        lo, body = at + clause.start(), clause.group(0)
        twin = TWIN.search(body) or TWIN_WEAK.search(body)
        signed = _SIGNED.search(body)
        doc = _DOC.search(body)
        if _PLANNED.search(body) or doc and unrealised_signing(body, doc.span()):
            continue   # "An agreement on twinning may be signed next year"
        if twin and _fits("TWINNED_WITH", own, part, []) and not _undone(body, twin.span()):
            out.append(("TWINNED_WITH", (lo + twin.start(), lo + twin.end()), None, None))
        elif (signed or lead and lo == at and _DATED_DOC.match(body)) and doc and \
                not TWIN.search(body) and _fits("SIGNED_AGREEMENT", own, part, []):
            # (an item's own dated document needs no verb: "Kursk - agreement on
            # cooperation of 2010", "Zamosc (Poland) - memorandum of 2015 on tourism")
            verb = signed.span() if signed else doc.span()
            kind = next((k for k, v in doc.groupdict().items() if v), "agreement")
            out.append(("SIGNED_AGREEMENT", (lo + verb[0], lo + verb[1]), kind,
                        doc.group(0)))
            if _TIES_SECTIONS.get(disc) and _fits("TWINNED_WITH", own, part, []):
                # (a section of the page's twins and partner towns lists the town as one
                # of them: "Partner cities / Augustow (Poland) / An agreement on
                # cooperation was concluded in 2002" is a twinning and its agreement)
                out.append(("TWINNED_WITH", (lo + verb[0], lo + verb[1]), None, None))
        elif lead and doc and _TIES_SECTIONS.get(disc) and _fits("TWINNED_WITH", own, part, []):
            # ("Jihlava (Czech Republic) - cooperation agreement, 2017": an item of the
            # list of partner towns that names its document without a verb)
            out.append(("TWINNED_WITH", (lo + doc.start(), lo + doc.end()), None, None))
        elif lead and lo == at and _TIES_SECTIONS.get(disc) and \
                _fits("TWINNED_WITH", own, part, []) and _TIE_SINCE.match(body):
            # ("Ilmenau (Germany) - cooperation in research since 2006": an item of the
            # list of partner towns that dates its tie)
            tie = _TIE_SINCE.match(body)
            out.append(("TWINNED_WITH", (lo + tie.start("tie"), lo + tie.end("tie")), None,
                        None))
    seen = _seen(disc)
    made = []
    for rel, trigger, kind, title in out:
        key = (rel, frozenset((own.id, part.id)))
        if si - seen.get(key, -99) <= STALE:
            continue
        seen[key] = si
        a, b = Mention(own.name, *trigger), Mention(part.name, *trigger)
        made.append((Hit(rel, a, b, trigger, 0.5, "section heading", kind, title,
                         extra={"goods": None, "value_usd": None}, parties=(own, part)),
                      (own, part)))
    return made


# An item's text that opens with its tie and the year it began: "cooperation in research
# since 2006", "friendly ties from 1998", "partnership since 2011"; or with its tie and
# what it is about, under a heading that already calls the towns partners ("Partner
# cities / X, Serbia - partnership in the field of tourism", "Y - cooperation on
# water supply").
_TIE_SINCE = re.compile(r"\s*(?:(?:close|active|friendly|direct)\s+)?(?P<tie>cooperation"
                        r"|partnership|ties|friendship|contacts|relations)\b(?:[^.;\d]{0,80}?"
                        r"\b(?:since|from)\s+(?:19|20)\d\d\b|\s+(?:in|on|focused\s+on"
                        r"|centred\s+on|centered\s+on)\s+(?!(?:19|20)\d\d))")
# An item's text that opens with a document and its year: "agreement on cooperation of
# 2010", "a memorandum of 2015 on tourism", "protocol dated 12 May 2019" (no draft)
_DATED_DOC = re.compile(r"\s*(?:an?\s+|the\s+)?(?!draft\b)(?:[a-z-]+\s+){0,2}?"
                        r"(?:agreement|memorandum|protocol|programme|program|treaty|accord)"
                        r"(?:\s+(?:on|of)\s+(?:[a-z,-]+\s+){1,6}?)?\s*(?:of|from|dated)\s+"
                        r"(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")


def _dated_row(disc, si: int, heading: tuple) -> list[tuple[Hit, tuple]]:
    """A row under a heading of twins that names a town and its year alone ("Twin
    cities / Cesena, Italy (since 2000)."): the town twinned with the page's place."""
    own = _subject_place(disc)
    if own is None:
        return []
    seen = _seen(disc)
    out = []
    for part, trigger in ((heading[1], heading[3]),) + heading[4]:
        key = ("TWINNED_WITH", frozenset((own.id, part.id)))
        if not _fits("TWINNED_WITH", own, part, []) or si - seen.get(key, -99) <= STALE:
            continue
        seen[key] = si
        a, b = Mention(own.name, *trigger), Mention(part.name, *trigger)
        out.append((Hit("TWINNED_WITH", a, b, trigger, 0.5, "section heading",
                        extra={"goods": None, "value_usd": None}, parties=(own, part)),
                    (own, part)))
    return out


_WORD = re.compile(r"[a-z]+")


def _same_stem(a: str, b: str) -> bool:
    """Whether two names open with one stem (five letters of their first words), their
    legal forms left out ('OJSC "Gomselmash"' and 'OJSC "Agroleasing"' are two firms)."""
    a, b = strip_legal(a), strip_legal(b)
    wa, wb = _WORD.findall(a.lower())[:1], _WORD.findall(b.lower())[:1]
    return bool(wa and wb and len(wa[0]) >= 4 and wa[0][:5] == wb[0][:5])


def _owner_as_actor(text: str, disc, si: int) -> None:
    """"The region's agreements with Belarus came later": a sentence whose subject is
    owned by a reference speaks of that reference's party."""
    if si in _actors(disc):
        return
    o = _OWNER_REF.match(text.lstrip())
    if o is None:
        return
    kind = next(k for k, g in zip(("Region", "City", "Company"), o.groups(), strict=True) if g)
    at = len(text) - len(text.lstrip())
    ref = Mention(o.group(0)[:-2], at, at + len(o.group(0)) - 2, kind if kind != "Company"
                  else None, refers=kind)
    party = disc.antecedent(ref, si)
    if party is not None:
        _actors(disc)[si] = (party, True, disc.offset)


def _fits(rel: str, topic, party, refs: list[str]) -> bool:
    """Whether ``topic`` can be the other side of ``party`` in a relation ``rel``."""
    if topic.id == party.id:
        return False
    if refs and not any(_kind_of(r, topic) for r in refs):
        return False   # "the republic" in the sentence means another party
    for x, y in ((topic, party), (party, topic)):
        if x.label == "Country" and y.label != "Country" and y.country == x.country:
            return False   # a country and a place or firm of its own
    same_country = topic.country and topic.country == party.country
    if rel == "TWINNED_WITH":
        return topic.label in _PLACES and topic.label == party.label and not same_country
    if topic.label in _PLACES and party.label in _PLACES and same_country:
        return False
    if rel == "SIGNED_AGREEMENT" and "Country" in (topic.label, party.label):
        return topic.label == party.label
    return True


def _regions_own(sp, party, refs: list[str]) -> bool:
    """Whether a region that speaks (its government's or ministry's letterhead) may
    sign with ``party`` of its own country, a region or a city of it ("Agreements with
    the Perm Krai (2015) remain in force", "An agreement with St. Petersburg was
    signed" in the region's own report). Between two places of one country the carried
    topic pairs nothing (a text about a region names its own towns and neighbours), but
    a region's own report lists its interregional agreements: only the letterhead's
    region, only agreements (not supplies or twinnings)."""
    return sp.label == "Region" and party.label in _PLACES and bool(sp.country) and \
        sp.country == party.country and sp.id != party.id and \
        not (refs and not any(_kind_of(r, sp) for r in refs))


def _foreign_government(rel: str, sp, party) -> bool:
    """Whether a region or town that speaks (its government's report) may sign with a
    foreign state named by its organ ("- Agreement on fisheries with the Government of
    Fiji (2024)", "a memorandum with Norway's Ministry of Trade"): a state's government
    signs with a federation's state or a province as it does with another state (a
    country named bare, "with Fiji", may only say where a partner is)."""
    return rel == "SIGNED_AGREEMENT" and sp.label in _PLACES and sp.label != "Country" \
        and party.label == "Country" and bool(party.body) and party.country != sp.country


def _kind_of(ref: str, p) -> bool:
    if ref == "Company":
        return p.label in _FIRMS
    if ref == "Country":
        return p.label in ("Country", "Region")   # "the republic" may be a region-republic
    return p.label == ref or (ref == "Region" and p.label == "Region")


# -- supplies -------------------------------------------------------------------------
def _supply_sides(text: str, own: list, disc, si: int = -1) -> list:
    """(mention, party, role, trigger) of the sentence's parties around a supply
    trigger, when all take one role; [] when the sentence names both sides, or a firm
    it names takes no role."""
    # (goods that go somewhere in a sentence that names no supply may be anything:
    # "Kazzinc opened a smelter. Most of the lead goes to Turkey" says not whose)
    triggers = [t.span() for t in SUPPLY.finditer(text)]
    if not triggers and not _made_goods_go(text, disc, si):
        return []
    triggers = sorted(triggers + [t.span() for t in _MOVE.finditer(text)])
    # ("Lublin firms are not among our buyers": a negated clause states no supply)
    triggers = [t for t in triggers if not NEGATED.search(text[own_clause(text, *t)[0]:t[1]])]
    sides = []
    for m, party in own:
        lo, hi = own_clause(text, m.start, m.end)
        near = [t for t in triggers if lo <= t[0] < hi and not _no_goods(text, t, lo)]
        role = _supply_role(text, m, near) if near else None
        if role is None and near:
            role = _list_role(text, m, own, triggers)
        if role is None and sides and joined(text, sides[-1][0], m):
            role = sides[-1][2:]   # "to Brazil and Kenya": the list goes on in one role
        if role is None and sides and sides[-1][2] == "supplier" and \
                _GAPPED_SUBJECT.match(text, m.end) and \
                re.search(r"(?:,\s*|\s+)and\s+$", text[sides[-1][0].end:m.start]):
            role = sides[-1][2:]   # "MAZ delivered 300 trucks and BelAZ 40 dump trucks"
        if role is None and sides and _gapped_like(text, sides[-1][0], m):
            role = sides[-1][2:]   # "is sold to A, and ammonia to B": the verb left out
        if role is None:
            if party.label in _FIRMS:
                return []   # a firm with no role may be the side left out
            continue
        sides.append((m, party, role[0], role[1]))
    if len({s[2] for s in sides}) != 1:
        return []
    return sides


# What may open a clause before its subject list: a short opening phrase set off by a
# comma ("In 2024,"), then an article or possessive and up to three words of description
# ("The Polish dealer").
_LIST_SUBJECT_OPENING = re.compile(r"\s*(?:[A-Z][^,;:()]{0,40},\s*)?(?:(?:[Tt]he|[Ii]ts|[Oo]ur"
                                   r"|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3})?")


# What may stand between a subject list and its verb: a bracket, "each", "also", an
# auxiliary ("A and the dealer B each bought", "A and B have also ordered").
_LIST_VERB_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:each|both|also|together|jointly"
                            r"|then|have|has|had|all)\s+){0,3}")


def _list_role(text: str, m: Mention, own: list, triggers: list) -> tuple[str, tuple] | None:
    """The role of the list ``m`` opens, read from its last member: the first member of
    "A and the Czech dealer B each bought ..." is as far from the verb as the whole list
    is, and takes the role the last one has."""
    if not _LIST_SUBJECT_OPENING.fullmatch(text, own_clause(text, m.start, m.end)[0],
                                           m.start):
        return None   # ("our groves (A, B and C) and buy olives": no list subject)
    later = sorted((x for x, _p in own if x.start >= m.end), key=lambda x: x.start)
    last = m
    for x in later:
        if not joined(text, last, x):
            break
        last = x
    if last is m:
        return None
    lo, hi = own_clause(text, last.start, last.end)
    near = [t for t in triggers if lo <= t[0] < hi and not _no_goods(text, t, lo)]
    role = _supply_role(text, last, near) if near else None
    if role is None or not _LIST_VERB_GAP.fullmatch(text, last.end, role[1][0]):
        return None   # ("A and B signed the deal linking their markets": no list's verb)
    return role


# "caprolactam is sold to A, and ammonia to B", "...; coal from C": goods of their own
# and the first side's preposition, no verb, no time, nothing that is no goods.
# ("..., cables from B in Kaunas and doors from C": a place that locates the side before
# may stand first, and a last member may follow a bare "and")
_GAP_GOODS = re.compile(r"(?:\s+(?:in|of)\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?"
                        r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:its|their|our|the)\s+)?"
                        r"(?:(?!(?:in|on|at|since|until|during|by|for|with|is|are|was|were"
                        r"|has|have|had|will|would|goes|go|went|came|comes|prices?|tourists?"
                        r"|visitors?|delegations?|students?|flights?|trips?|visits?|engineers?|workers?"
                        r"|specialists?|experts?|staff|people|guests?|investors?|investments?)\s"
                        r"|\w+(?:ed|ing)\s)[a-z][\w-]*\s+){1,3}"
                        r"(?P<prep>to|into|from)\s+(?:the\s+)?$")
_PREP_BEFORE = re.compile(r"\b(to|into|from)\s+(?:the\s+)?$")


def _gapped_like(text: str, prev: Mention, m: Mention) -> bool:
    """Whether ``m`` closes a gapped clause after ``prev``: its own goods and the
    preposition ``prev`` had, no verb between ("sold to A, and ammonia to B")."""
    gap = _GAP_GOODS.fullmatch(text, prev.end, m.start)
    before = _PREP_BEFORE.search(text, max(0, prev.start - 12), prev.start)
    return bool(gap and before and gap.group("prep") == before.group(1))


# What follows a gapped subject: its goods and no verb ("... and BelAZ 40 dump trucks.").
_GAPPED_SUBJECT = re.compile(r"\s+(?:about\s+|some\s+|over\s+)?\d[\d.,]*\s+(?:[a-z-]+\s+){0,3}"
                             r"[a-z-]+\s*(?:[.;]|$|,\s+(?:and|while|but)\s)")


# "Last year they went to A", "Most of them go to B": the goods a sentence before named
# as its subject's make, going on as a pronoun.
_THEY_GO = re.compile(r"^\s*(?:(?:In|Last|This|By|Since|Over|Now|Today)\b[^,.;:]{0,30}?,?\s+)?"
                      r"(?:[Tt]hey|(?:[Mm]ost|[Mm]any|[Hh]alf|[Aa]ll|[Ss]ome)\s+of\s+them"
                      # "Of these, 900 went to Russia"
                      r"|[Oo]f\s+(?:these|them)\s*,?\s+(?:\d[\d,.]*|most|half|many|some)"
                      r"(?:\s+[a-z]+)?)\s+"
                      r"(?:(?:also|mainly|mostly|largely|chiefly|still|now)\s+)?"
                      r"(?:went|go|left\s+for|reached|ended\s+up\s+in|headed\s+for)\b")
# "X makes tractors", "X produces particle boards", "X shipped 2,000 combines": a maker
# or seller and its goods, in the plural.
_MAKES = re.compile(r"\b(?:makes|produces|builds|manufactures|assembles|grows|made|produced"
                    r"|built|manufactured|assembled|grew|ships|shipped|exports|exported"
                    r"|delivers|delivered|sells|sold)\s+(?:[\w,.-]+\s+){0,3}?"
                    # (what is sold and no goods: "sold its shares", "sold two plants")
                    r"(?!(?:shares|stakes|bonds|securities|assets|rights|licen[cs]es|subsidiaries"
                    r"|plants|factories|businesses|stores|shops|tickets|this|its)\b)[a-z-]{3,}s\b")


def _made_goods_go(text: str, disc, si: int) -> bool:
    """Whether the sentence moves goods that "they" means: the paragraph's sentence
    before says what one maker makes ("Gomselmash makes combines. Last year they went
    to Kazakhstan"). A sentence before that makes nothing ("Kazzinc opened a smelter.
    Most of them ...") or a maker of two ("A and B make trucks": "they" are the firms)
    leaves it unsaid."""
    if not _THEY_GO.match(text):
        return False
    before = _paragraph_before(disc)
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    return bool(_MAKES.search(last)) and si - 1 not in _GROUPS.get(disc, {})


def _no_goods(text: str, t: tuple, lo: int) -> bool:
    """Whether what the trigger moves is no goods ("received an order from Y", "the
    delegation went to Y")."""
    if text[t[0]:t[1]].lower().startswith("sen") and (
            _PEOPLE_SENT.match(text, t[1]) or _WORDS_SENT.match(text, t[1])):
        return True   # "sent us warm greetings", "sent a delegation"
    after = re.findall(r"[a-z]+", text[t[1]:t[1] + 40].lower())[:4]
    before = re.findall(r"[a-z]+", text[max(lo, t[0] - 40):t[0]].lower())[-3:]
    return any(w in _NO_GOODS_FROM for w in after + before) or bool(
        _RECEIVED_NO_GOODS.match(" ".join(after)))


_RECEIVED_NO_GOODS = re.compile(r"(?:(?:an?|the|its|their|new|first|official|large)\s+)*(?:"
                                + "|".join(_NO_GOODS_RECEIVED) + r")\b")


# A demonym's noun phrase that ends in a name: a firm's description ("Russian truck
# maker KAMAZ", "Uzbek bus plant SamAuto").
_FIRM_HEADS = FIRM_ORG_NOUNS
_DESCRIBES_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:" + _FIRM_HEADS + r")\s+[A-Z\"«]")


def _demonyms(text: str, disc) -> list:
    """Countries named by a demonym before a noun with no preposition ("Belarusian
    tractors were delivered", "Kazakh exporters sold"; a vague plural is no mention,
    so the words are read): the supply's side they may be."""
    out = []
    for d in re.finditer(r"\b([A-Z][a-z]+)(?=\s+[a-z][\w-]*\s)", text):
        cc = DEMONYMS.get(d.group(1).lower())
        if cc is None or cc not in COUNTRY_NAME:
            continue
        if _DESCRIBES_NAME.match(text, d.end()):
            continue   # "the Russian truck maker KAMAZ": the firm's description
        m = Mention(d.group(1), d.start(), d.end(), "Country", cc, adjectival=True)
        if role_of(text, m) is None:
            out.append((m, disc.party(Mention(COUNTRY_NAME[cc], m.start, m.end, "Country", cc))))
    return out


# A subject described by a possessive, its name set off after it: "Our Polish partner, ",
# "Our importer in Estonia, ", "Its largest customer, "
_APPOSED_SUBJECT = re.compile(r"\s*(?:Our|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?-i:[a-z][\w-]*)"
                              r"(?:\s+(?:in|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*,\s*")


_SELLS_ON = re.compile(r"\band\s+(?:then\s+|also\s+|later\s+)?(?:re-?)?(?:sold|sells|sell"
                       r"|shipped|ships|exported|exports|supplied|supplies|delivered|delivers"
                       r"|distributed|distributes)\b")


def _supply_role(text: str, m: Mention, triggers: list) -> tuple[str, tuple] | None:
    """("supplier" | "recipient", trigger) of ``m`` in its clause, or None."""
    prep = role_of(text, m)
    # A preposition governed by the trigger itself: no comma and no other participle
    # between them ("companies from X", "funded by X" belong to other words).
    before = [t for t in triggers if t[1] <= m.start and "," not in text[t[1]:m.start]
              and len(text[t[1]:m.start].split()) <= 8]
    after = [t for t in triggers if t[0] >= m.end]
    if prep == "from" and not before and after and "," not in text[m.end:after[0][0]] \
            and _MOVE.match(text, after[0][0]):
        return "supplier", after[0]   # "wheat from X went to Y"
    if prep in ("to", "from", "by", "for"):
        if not before or _PARTICIPLE.search(text, before[-1][1], m.start):
            return None
        t = before[-1]
        word = text[t[0]:t[1]]
        if prep == "to" and not _RECEIVE.match(word):
            return "recipient", t
        if prep == "from":
            return "supplier", t
        if prep == "by":   # "purchased by X": X bought; "delivered by X": X sent
            return ("recipient" if _RECEIVE.match(word) else "supplier"), t
        if prep == "for" and _MOVE_FOR.search(text[:m.start]):
            return "recipient", t
        return None
    if prep is not None:
        return None
    if after and (not before or m.start < after[0][0]):
        t = after[0]
        word = text[t[0]:t[1]]
        gap = text[m.end:t[0]]
        if "," in gap and gap.strip() == "," and _APPOSED_SUBJECT.fullmatch(text, 0, m.start) \
                and not _SELLS_ON.search(text, t[1]):
            # "Our Polish partner, X, bought ...": X is it (but "..., and resold part of
            # them to Y": X sells on, its own supplies the patterns' matter)
            gap = gap.replace(",", " ")
        if len(gap.split()) > 6 or "," in gap or _NOUN.match(word):
            return None   # "X's exports" names its supplier, the patterns' matter
        if _RECEIVE.match(word):
            return "recipient", t
        if _SELLER.match(word):
            return None   # "X remains the largest exporter": to whom is not said
        if PASSIVE.search(gap):
            # "Kazakhstan was supplied with ...", but "Belarusian tractors were
            # delivered": the goods' country sent them
            return ("supplier" if m.adjectival else "recipient"), t
        if _MOVE.match(word):
            return None
        return "supplier", t
    if before:
        t = before[-1]
        word = text[t[0]:t[1]]
        gap = text[t[1]:m.start]
        # "... reached China", "supplied Kazakhstan with": the object receives
        if re.fullmatch(r"\s+(?:the\s+)?", gap) and not _RECEIVE.match(word) \
                and not _NOUN.match(word):
            return "recipient", t
    return None


# The other side written out, though not as a party: "to Belarusian retail chains",
# "from the Ekibastuz basin".
_TO_PHRASE = re.compile(r"\b(?:to|into)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                        r"(?=[A-Z]|[a-z]+(?:s|ers|ies)\b)")
_FROM_PHRASE = re.compile(r"\b(?:from|by)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                          r"(?=[A-Z]|[a-z]+(?:s|ers|ies)\b)")


# A buyer introduced as a new one: "(to a) Chinese buyer", "(to an) Indian importer".
_NEW_BUYER = re.compile(r"[A-Z][\w-]+\s+(?:buyer|customer|client|purchaser|importer"
                        r"|distributor|company|firm)\b")


_AT_HOME = re.compile(r"\b(?:at\s+home|domestically|on\s+the\s+(?:home|domestic)\s+market"
                      r"|within\s+the\s+country)\b")


def _other_side_stated(text: str, mentions: list[Mention], m: Mention, role: str, trigger,
                       topic, disc) -> bool:
    """Whether the clause writes out the side the topic would take, right after the
    trigger: a demonym of another country than the topic's ("to Belarusian retail
    chains"). A vague side
    ("to farms", "to Moldovan farms" in a text on Moldova) is the topic's."""
    lo, hi = own_clause(text, m.start, m.end)
    if role == "supplier" and _AT_HOME.search(text, trigger[1], hi):
        return True   # "sells nearly all its poultry at home": its own country buys it
    rx = _TO_PHRASE if role == "supplier" else _FROM_PHRASE
    for p in rx.finditer(text, max(lo, trigger[0]), hi):
        gap = text[trigger[1]:p.start()]
        if "," in gap or len(gap.split()) > 5:
            break   # a complement of the trigger only
        there = [x for x in mentions if p.end() <= x.start < p.end() + 40]
        if any(x is m or not x.adjectival and not x.refers for x in there):
            continue   # the party itself, or a party of the sentence
        # (a demonym before a vague plural is no mention: read the words themselves)
        dem = next((DEMONYMS[w.lower()] for w in re.findall(r"[A-Z][\w-]+",
                                                           text[p.end():p.end() + 40])
                    if w.lower() in DEMONYMS), None)
        if dem is not None and dem != topic.country:
            return True   # "to Belarusian retail chains": not the topic's
        if role == "supplier" and dem is not None and re.search(r"\san?\s$", p.group()) \
                and _NEW_BUYER.match(text, p.end()):
            return True   # "to a Chinese buyer": a new party, unnamed, not the topic
    return False


# -- agreements -----------------------------------------------------------------------
def _signing_sides(text: str, own: list, disc) -> list:
    """The partners after "with" in clauses that report a signing ("One with the Gomel
    Region was concluded in 2012, another with the Minsk Region in 2017"), when the
    sentence or the paragraph just before names the document."""
    if not _DOC.search(text) and not _DOC.search(_paragraph_before(disc)[-250:]):
        return []
    verbs = [v.span() for v in _SIGNED.finditer(text)]
    # a list of documents in force, an item each: "...; - the Agreement with the Gomel
    # Region of 2007;" (a document named by its partner is one that was signed)
    signed = list(verbs)
    items = [i.span("doc") for i in _ITEM_DOC.finditer(text)]
    verbs = sorted(verbs + items + _standing_documents(text))
    # (only the signing's own part of the sentence: "With B it signed a memorandum in
    # 2011; that document is no twinning" denies nothing of the signing)
    told = " ".join(p.group() for p in re.finditer(r"[^;]+", text)
                    if any(p.start() <= v[0] < p.end() for v in verbs))
    if not verbs or NEGATED.search(told) or TWIN.search(told) or TWIN_WEAK.search(told):
        return []   # (a twin-city agreement is the twinning itself)
    sides = []
    located = {id(x) for m, _ in own for x, _ in own
               if m.end < x.start <= _located_end(text, m)}
    for m, party in own:
        if names_other_document(text, m):
            continue   # "The B text was complemented by a memorandum with C": B's partner
        relative = _relative_signing(text, m)
        if relative is not None:
            if id(m) not in located:
                sides.append((m, party, "relative partner", relative))
            continue
        prep = "with" if _WITH_BEFORE.search(text, 0, m.start) else role_of(text, m)
        lo, hi = own_clause(text, *_clause_of(text, m))
        # (an item is a clause of its own, however the list was joined)
        lo = max([lo] + [v[0] for v in items if v[0] < m.start])
        if prep != "with":
            if prep is None and party.label != "Country" and any(
                    v[0] >= m.end and lo <= v[0] < hi for v in signed):
                return []   # the clause's own signer (an item's document is no verb)
            continue
        if subject_after(text, [x for x, _ in own], _clause_of(text, m)[1]):
            continue   # "Under a contract with B, KAMAZ delivered ...": KAMAZ signed it
        here = [v for v in verbs if lo <= v[0] < hi]
        if _named_before(text, own, m, lo, (here or verbs)[0][0]):
            continue   # "the twinning of A with B": the clause names both
        if not here and not (_VERB.search(text, lo, hi) is None and
                             any(v[1] <= lo for v in verbs)):
            continue
        trigger = (here or [v for v in verbs if v[1] <= lo])[-1]
        if unrealised_signing(text, trigger) or unrealised_signing(text, (m.start, m.end)):
            continue
        sides.append((m, party, "partner", trigger))
    return sides


# "Agreements with A (2016) and B (2018) remained in force", "The memorandum with C
# (2018) was amended in 2022 with a plan", "A similar agreement with D followed in
# 1991": a document named by its partner whose predicate says it stands, was changed or
# came next; it was signed, though no verb of signing says so.
_STANDING_DOC = re.compile(
    rf"\b(?P<doc>{_DOC_WORD})\s+(?:[a-z-]+\s+){{0,5}}?with\s+"
    # (the partners up to the predicate; a relative clause's verb is not the document's:
    # "Under the agreement with B, which remains in force, C firms ...")
    # ("St. Petersburg": an abbreviation's stop ends no clause)
    r"(?:(?!,\s*(?:which|that|who|whose|where|while|but)\b)(?:[^.;]|(?<=\b[SMF]t)\.)){1,120}?\s"
    r"(?:(?:remain(?:s|ed)?|is|are|was|were|stays?|stayed|ha(?:s|ve|d)\s+been)\s+"
    r"(?:still\s+|also\s+)?(?:in\s+force|valid|in\s+effect)"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:supplemented|amended"
    r"|complemented|updated|expanded)"
    r"|(?:followed|came)\s+(?:in|on|a|an|the|soon|later|shortly)\b)"
    # "The B text was supplemented four years on by a protocol with C": the new
    # document's signer is the old one's
    rf"|\b(?:supplemented|complemented|followed|extended|expanded)\s+(?:[\w-]+\s+){{0,4}}?"
    rf"by\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?(?P<later>{_DOC_WORD})\s+"
    r"(?:[a-z-]+\s+){0,3}?with\b", re.I)


def _standing_documents(text: str) -> list[tuple[int, int]]:
    """The document of each clause that says one stands (see ``_STANDING_DOC``)."""
    return [d.span("later") if d.group("later") else d.span("doc")
            for d in _STANDING_DOC.finditer(text)]


# "X (Tbilisi), with which a dealer contract was signed in May", "Y, with whom an
# agreement was concluded": a relative clause that signs with the party before it and
# names no signer (a subject after "which" is the patterns' `_with_which`).
_RELATIVE_SIGNING = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s+with\s+(?:which|whom)\s+(?:an?|the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:also\s+|first\s+|recently\s+|then\s+)?(?P<verb>signed|concluded|renewed|extended"
    r"|prolonged)\b")


# "X of Weifang, China, with which ...": the places that locate a firm before the relative
_LOCATED = re.compile(r"\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                      r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?=\s*,)")


def _located_end(text: str, m: Mention) -> int:
    """Where the places that locate ``m`` ("of Weifang, China") end (``m.end`` if none)."""
    loc = _LOCATED.match(text, m.end)
    return loc.end() if loc else m.end


def _relative_signing(text: str, m: Mention) -> tuple[int, int] | None:
    """The signing verb of an agentless relative clause right after ``m`` (or after the
    places that locate it: "X of Weifang, China, with which a new contract was signed"),
    whose document names no twinning."""
    r = _RELATIVE_SIGNING.match(text, m.end) or _RELATIVE_SIGNING.match(
        text, _located_end(text, m))
    if r is None or not _DOC.search(r.group(0)) or TWIN.search(r.group(0)) or \
            TWIN_WEAK.search(r.group(0)):
        return None
    return r.span("verb")


# A list item that opens with a document's capitalised name: "- the Agreement on
# cooperation with ...", "2) Programme of cooperation with ..." (the reader joins a list's
# lines with commas, so an item may follow one).
_ITEM_DOC = re.compile(r"(?:^|[;:,])\s*(?:[-–—•*]|\d{1,2}[.)])?\s*(?:the\s+)?"
                       r"(?P<doc>Agreement|Treaty|Memorandum|Programme|Program|Protocol|Accord)\b")


# "with the Dubai importer X", "with the Uzbek dairy cluster X": a description between.
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w-]*\s+)?"
                          r"(?:[a-z][\w-]*\s+){1,3}$")


_CLAUSE_THEN = re.compile(r",\s*(?:the\s+|its\s+|our\s+)?")
# A predicate after the name ("KAMAZ delivered", "A has shipped"), not an apposition that
# locates the partner ("with the Samarkand Region, Uzbekistan, in May").
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:and|or|of|in|on|for|to|at|with|from|by)\b)"
                        r"[a-z]{2,}")


def subject_after(text: str, mentions: list[Mention], hi: int) -> bool:
    """Whether the clause that ends at ``hi`` is set before the main clause whose subject
    is a party the sentence names ("Under a contract concluded in May with B, A shipped
    40 buses"): that party is the signer, not the paragraph's topic."""
    then = _CLAUSE_THEN.match(text, hi)
    return then is not None and any(x.start == then.end() and role_of(text, x) is None
                                    and _VERB_NEXT.match(text, x.end) for x in mentions)


def _named_before(text: str, own: list, m: Mention, lo: int, trigger: int) -> bool:
    """Whether the clause names ``m``'s counterpart itself: a party between the trigger
    and ``m`` ("the twinning of A with B"), or one before the trigger that no preposition
    governs (its subject); a place that only locates another is none."""
    return any(lo <= x.start < m.start and x is not m and (
        x.start > trigger and role_of(text, x) not in ("in", "origin", "at")
        and not _partner_of_another(text, x, m)
        # (another document's partner is none: "to sign the road map with A and the
        # agreements with B")
        and not _WITH_BEFORE.search(text, 0, x.start)
        or x.start < trigger and role_of(text, x) is None and not names_other_document(text, x))
        for x, _ in own)


def _partner_of_another(text: str, x: Mention, m: Mention) -> bool:
    """Whether ``x`` is the "with" partner of a document before another document that
    ``m`` is the partner of ("signed with A in 1994, ..., while a broader agreement with
    B"): a partner each, no counterparts."""
    return (role_of(text, x) == "with" or _WITH_OBJECT.search(text, max(0, x.start - 40),
                                                               x.start) is not None) \
        and _DOC.search(text, x.end, m.start) is not None


def _clause_of(text: str, m: Mention) -> tuple[int, int]:
    """The comma-bounded stretch around ``m`` (its own clause, for gapped ones)."""
    lo = max(text.rfind(",", 0, m.start), text.rfind(";", 0, m.start)) + 1
    hi = min([i for i in (text.find(",", m.end), text.find(";", m.end)) if i >= 0] or [len(text)])
    return lo, hi


def _document(text: str, disc) -> tuple[str | None, str | None]:
    d = _DOC.search(text) or _DOC.search(_paragraph_before(disc)[-250:])
    if d is None:
        return "agreement", None
    return next((k for k, v in d.groupdict().items() if v), "agreement"), d.group(0)


# -- twinnings ------------------------------------------------------------------------
# "A third twin town, B, was added in 2015", "Another sister city, C, joined in 2019",
# "(archives show that) a fourth partner, D, was added only in 2007": one more twin of
# the owner the text spoke of, set off by commas after an ordinal or "another".
_ADDED_TWIN_BEFORE = re.compile(
    r"(?:^|\bthat\s+|[;:]\s*|(?:In|By|Since)\s+\d{4},?\s+)(?:(?:an?|the)\s+)?(?:second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|further|another|latest|newest)"
    r"\s+(?P<word>(?:twin|sister|partner|friendship)(?:[- ](?:towns?|cit(?:y|ies)|regions?"
    r"|municipalit(?:y|ies)))?)\s*,\s*(?:the\s+)?$", re.I)
_ADDED_TWIN_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?"
    r"(?:(?:only|also|then|later|soon|finally)\s+)?(?:added|joined|followed|came|acquired"
    r"|signed\s+up)\b", re.I)


def _added_twins(text: str, own: list, disc) -> list:
    """The twin that the sentence adds to the twins spoken of ("A third twin town, B,
    was added in 2015"). A bare "partner" (no twin word in it) only right after the
    paragraph spoke of twins."""
    sides = []
    for m, party in own:
        before = _ADDED_TWIN_BEFORE.search(text, 0, m.start)
        if before is None or not _ADDED_TWIN_AFTER.match(text, m.end):
            continue
        word = before.group("word")
        if not TWIN.search(word) and not TWIN.search(_paragraph_before(disc)[-400:]):
            continue   # "A new partner, B, joined": of a project, perhaps
        if party.label in _FIRMS and not m.organisation and not _FIRM_NAME.search(m.text):
            party = _as_place(m, party, stated_country(text, m) or party.country, disc)
        if party.label in _PLACES:
            sides.append((m, party, "partner", before.span("word")))
    return sides


# "The partnership with B was sealed by a charter", "the friendship with B was formalised
# in 1994": a tie with a place that a town's text says was made fast is its twinning.
_SEALED_TIE = re.compile(r"\b(?:partnership|friendship)(?=\s+with\s+[^.;]{1,60}?\b(?:was|were"
                         r"|has\s+been|had\s+been)\s+(?:(?!not\b|never\b|yet\b)\w+\s+)?"
                         r"(?:sealed|formali[sz]ed)\b)",
                         re.I)


def _twin_sides(text: str, own: list, disc) -> list:
    """The twin named after a twinning word ("twin-town relations were established with
    Khromtau", "a sister city of Bukhara"), or after a tie of the twinning the paragraph
    has just spoken of ("... a long list of twin towns. The oldest tie is with Eger")."""
    words = [t.span() for t in TWIN.finditer(text)] + [t.span() for t in TWIN_WEAK.finditer(text)] \
        + [t.span() for t in _SEALED_TIE.finditer(text)]
    if NEGATED.search(text):
        return []
    added = _added_twins(text, own, disc)
    if added:
        return added
    carried_over = not words and bool(TWIN.search(_paragraph_before(disc)[-250:]))
    if not words and not carried_over:
        return []
    if carried_over and _DOC.search(text):
        # "Its ties with B rest on an agreement of 2008", "A memorandum links it with B":
        # a tie the sentence puts down to a document of its own is that signing, not
        # the twinning the paragraph spoke of
        return []
    if any(_UNREALISED_AFTER.match(text, w[1]) for w in words):
        return []   # "The charter of twinning with B is still being drafted": none yet
    sides = []
    for m, party in own:
        if party.label in _FIRMS and not m.organisation and not _FIRM_NAME.search(m.text):
            # "The oldest tie is with Eger": a twin is a town, whatever else the name is
            party = _as_place(m, party, stated_country(text, m) or party.country, disc)
        if party.label not in _PLACES:
            continue
        lo, hi = own_clause(text, m.start, m.end)
        if words:
            here = [w for w in words if lo <= w[0] and w[1] <= m.start]
            if not here or role_of(text, m) is None and not _TWIN_OF.search(text[:m.start]):
                if role_of(text, m) is None and any(lo <= w[0] for w in words if w[0] > m.end):
                    return []   # the clause's own subject twins
                continue
            if not _TWIN_OF.search(text[:m.start]) or _WENT_TO.search(text, 0, m.start) or \
                    re.search(r"[.;]", text[here[-1][1]:m.start]) or \
                    _named_before(text, own, m, lo, here[-1][0]):
                continue
            trigger = here[-1]
        else:
            tie = _TIE_WITH.search(text[:m.start])
            if tie is None or tie.start() < lo:
                continue
            trigger = tie.span()
        sides.append((m, party, "partner", trigger))
    return sides

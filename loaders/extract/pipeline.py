"""From a file to candidate rows: read, normalise, split, find mentions, match
patterns, resolve parties, attach evidence and footnote sources.

>>> rows = extract_text("In May 2015 Minsk and Lyon signed a twinning agreement.\\n", "t.txt")
>>> r = rows.candidates[0]
>>> r["type"], r["source"]["name"], r["target"]["name"], r["date"], r["evidence"]["line"]
('TWINNED_WITH', 'Minsk', 'Lyon', '2015-05', 1)
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from relgraph.graph import ids
from relgraph.graph.records import Source
from relgraph.loaders.extract import country_model, document_readings, scorer
from relgraph.loaders.extract.answers import RULE as ANSWER_RULE
from relgraph.loaders.extract.answers import (
    answer_twins,
    line_question_owner,
    listed_not_twins,
    twins_asked,
)
from relgraph.loaders.extract.asides import close_dash_asides
from relgraph.loaders.extract.carried_topic import (
    buyer_told,
    carried,
    dated_row,
    note_actor,
    note_heading,
    page_place,
    partner_town_row,
    ties_item,
)
from relgraph.loaders.extract.clause_carry import carried_hits, gapped_objects
from relgraph.loaders.extract.clause_fallback import fallback_hits
from relgraph.loaders.extract.clause_subjects import without_owner_of_named, without_speaker
from relgraph.loaders.extract.contract_clauses import fronted_in_clause, under_which
from relgraph.loaders.extract.coordination import (
    contrast_opening,
    flat_list,
    gapped_pairs,
    own_clause,
    run_after,
)
from relgraph.loaders.extract.countries import COUNTRY_NAME
from relgraph.loaders.extract.dates import (
    DATELINE_PLACE,
    date_near,
    dateline_date,
    dates_in,
    relative_date,
)
from relgraph.loaders.extract.discourse import (
    REPORTING_FIRM,
    UNNAMED_FIRM,
    Discourse,
    defined_term,
)
from relgraph.loaders.extract.document import Document, build_document, headline_line
from relgraph.loaders.extract.ellipsis import SIMILAR_RULE, complete_elided
from relgraph.loaders.extract.entry_rows import LIST_MARK
from relgraph.loaders.extract.firms import mask_appositions
from relgraph.loaders.extract.frames import (
    RECIPIENT_REF,
    SHARE_TAKEN,
    SOURCING,
    SUPPLIER_REF,
    THEY_GO,
    continue_list,
    find_frames,
    list_continues,
    one_sided,
    open_list,
    owner_refs,
)
from relgraph.loaders.extract.goods_codes import goods_code
from relgraph.loaders.extract.goods_rows import goods_row
from relgraph.loaders.extract.group_reference import group_hits, note_sentence
from relgraph.loaders.extract.headlines import (
    BODY_REACH,
    drop_restated,
    headline_name,
    names_known,
)
from relgraph.loaders.extract.home_twins import (
    OUR_TIE,
    approved_twins,
    home_twins,
    item_heads,
    our_ties,
)
from relgraph.loaders.extract.list_completion import complete_lists
from relgraph.loaders.extract.market_items import item_lines, item_seats, market_items
from relgraph.loaders.extract.mentions import Mention, find_mentions
from relgraph.loaders.extract.named_partnership import named_partnerships
from relgraph.loaders.extract.named_persons import is_surname, person_surnames
from relgraph.loaders.extract.names import (
    LEGAL_ANY,
    LEGAL_FORMS,
    direction,
    goods_opening,
    names_inside_sentences,
    ordinary_opening,
    romanised_alike,
    world_region,
)
from relgraph.loaders.extract.office_holders import office_signings
from relgraph.loaders.extract.own_receipts import own_buyers, own_receipts, own_sales
from relgraph.loaders.extract.page_rows import (
    _NOT_TWINS,
    page_row_signings,
    page_row_twins,
    row_blocks,
    signing_candidates,
    twin_candidates,
)
from relgraph.loaders.extract.pair_before import note_pair, pair_hits
from relgraph.loaders.extract.pair_supply import (
    buyer_supply,
    contract_partner,
    firm_and_place,
    pair_supply,
)
from relgraph.loaders.extract.parties import (
    Party,
    default_resolver,
    provisional_id,
    resolve_mention,
)
from relgraph.loaders.extract.partnership_signings import partnership_twinnings
from relgraph.loaders.extract.party_columns import (
    column_mentions,
    column_roles,
    column_row,
    row_cells,
)
from relgraph.loaders.extract.patterns import (
    _DOC,
    AND_SIGNED,
    NEGATED,
    ONE_TWIN_IN,
    SIGNING_VERBS,
    SPEAKERS_TWIN,
    TWIN,
    Hit,
    _title,
    _undone,
    agentless_signing,
    context_agreements,
    denied_relation,
    find_hits,
    goal_supply,
    in_event_name,
    later_documents,
    meeting_sides,
    money_supply,
    opening_event,
    states_agreements,
    status_of,
    unrealised_signing,
)
from relgraph.loaders.extract.readers import read_lines
from relgraph.loaders.extract.reference_chain import (
    note_group,
    owned_relations,
    owned_subject,
    plural_copies,
    subject_group,
)
from relgraph.loaders.extract.references import (
    actor,
    heading_sides,
    lone_with,
    parties_reference,
    reference_documents,
)
from relgraph.loaders.extract.sentences import split_sentences
from relgraph.loaders.extract.side_supply import note_related, side_supplies
from relgraph.loaders.extract.signed_supply import first_deliveries, supplies_after_signing
from relgraph.loaders.extract.signed_under import signed_by_us_and_it, signed_under_by_us
from relgraph.loaders.extract.stance import pair_set_off, unasserted
from relgraph.loaders.extract.supplies import MADE_FOR, find_supplies, owner_named
from relgraph.loaders.extract.tables import (
    caption_of,
    caption_owner,
    caption_recipient,
    caption_supplier,
    customers_caption,
    header_cell,
    header_row,
    markets_header,
    nominal_signing,
    ownerless_lead_in,
    party_document_row,
    region_column,
    row_document,
    row_hits,
    sales_columns,
    status_lead,
    tabular_line,
)
from relgraph.loaders.extract.three_party import partners_of_three
from relgraph.loaders.extract.twin_documents import RULE as CHARTER_RULE
from relgraph.loaders.extract.twin_documents import (
    charter_signings,
    later_charter,
    twins_sign_as_twins,
)
from relgraph.loaders.extract.twin_signings import twinning_signings
from relgraph.loaders.extract.twin_words import STEM, regional_friendship
from relgraph.loaders.extract.twinning import (
    gapped_twins,
    lone_twin_with,
    note_named,
    open_twin_list,
    relative_twins,
    twin_it_subject,
    twin_pair,
    twin_references,
    twin_with_described,
    twin_with_it,
)
from relgraph.loaders.extract.verb_items import verb_items
from relgraph.loaders.extract.world_parts import continent

# Rules whose supplier may be only the goods' origin ("X buys Serbian apples"): their
# pairs say nothing of which side of a border a firm is on.
_DOMESTIC = re.compile(r"\b(?:domestic|home|local)\s+(?:[a-z]+\s+)?(?:suppliers?|buyers?"
                       r"|customers?|consumers?|market)\b")
_ORIGIN_RULES = frozenset({"bought", "goods origin", "origin", "noun phrase", "subject's exports"})


def _countryless(p, partner) -> bool:
    """A firm the text gives no country at all, bought from by a place or a firm ("the
    city of X purchased 200 MAZ buses"): even a rule that reads only the goods' origin
    places it across the border from its partner rather than nowhere. (A country as
    the partner is the goods' origin: "X bought Serbian apples" says nothing of X.)"""
    return p.label in ("Company", "Organization") and not p.resolved and not p.country \
        and p.reason != "an international organisation" and partner.label != "Country"


QUOTE_WORDS = 40
# A sentence this short is quoted whole; a longer one from a few words before the
# relation, so the evidence line is where the relation is stated (PDF lines are short).
SHORT_WORDS = 20
_DEFAULT = object()


@dataclass
class Extraction:
    candidates: list[dict] = field(default_factory=list)
    sources: dict[str, dict] = field(default_factory=dict)  # source id -> Source fields


def extract_file(path: str, resolver=_DEFAULT, **kw) -> Extraction:
    """Candidates from one .txt, .md or .pdf file (see :func:`extract_text`)."""
    return extract_lines(read_lines(path), str(path), resolver, **kw)


def extract_text(text: str, file: str = "<text>", resolver=_DEFAULT) -> Extraction:
    return extract_lines(text.split("\n"), file, resolver)


def _ordinary_opening(m: Mention, text: str, disc: Discourse, inside) -> bool:
    """A common English word that opens the sentence ("Wheat and flour go to X") and that
    nothing marks as a name: no description, place or acronym of its own, and no place
    the gazetteer knows by it."""
    if m.refers or m.adjectival or m.kind_hint or m.place_hint or m.country_hint \
            or m.acronym or not (ordinary_opening(m.text, m.start, text, inside)
                                 or goods_opening(m.text, m.start, text, inside)):
        return False
    return not resolve_mention(m, disc.resolver, disc.cache).resolved


def _town_spelt_by_goods_code(m: Mention, text: str, disc: Discourse) -> bool:
    """Letters in capitals before the goods they qualify ("UHT milk") that the gazetteer
    reads as a town: a product's type, no place (see :mod:`.goods_codes`)."""
    return not m.refers and goods_code(text, m.start, m.end) and \
        resolve_mention(m, disc.resolver, disc.cache).label == "City"


def _headline_mentions(mentions: list[Mention], s, text: str, disc: Discourse
                       ) -> list[Mention]:
    """The names of a Title Case or capitals headline, cut to what is a name (see
    :func:`.headlines.headline_name`); a run of capitalised words that is none goes."""
    known = names_known(text[s.end:s.end + BODY_REACH], disc.resolver, disc.cache)
    out = []
    for m in mentions:
        if m.refers or m.adjectival:
            out.append(m)
            continue
        name = headline_name(m.text, known)
        if name is not None:
            out.append(m if name == m.text else
                       replace(m, text=name, end=m.start + len(name)))
    return out


def _facility(m: Mention, text: str, disc: Discourse) -> Mention:
    """"the Aktobe ferroalloy plant": a place's name before a facility's head names the
    facility, a firm; the place is no party."""
    if m.facility is None or m.described:
        return m  # a described head ("the Orsha flax mill") is the discourse's to resolve
    place = resolve_mention(m, disc.resolver, disc.cache, "City")
    if not (place.resolved and place.label in ("City", "Region")):
        return m
    if m.text[:1] in '"«“':
        # 'the "Neman" tobacco factory', 'the "Vitebsk" brewery': a quoted name is the
        # firm's own name (the head says what it is: "X" and the "X" plant are one firm);
        # the place it bears is the best guess of where it is.
        return replace(m, kind_hint="Company", named_firm=True,
                       country_hint=m.country_hint or place.country)
    return replace(m, end=m.facility, text=text[m.start:m.facility], kind_hint="Company",
                   country_hint=m.country_hint or place.country)


# An e-mail or web address: its lower-case parts ("international@batumi.ge") are no
# words of the text.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+")


def common_words(text: str) -> set[str]:
    """The words the text writes in lower case, which a capitalised one may be only the
    sentence-initial form of; an address's parts are none ("batumi" in an e-mail address
    would make the town a common word). So are the acronyms the text defines for a
    common noun's words (:func:`term_acronyms`).

    >>> sorted(common_words("Raw timber (RT) and small firms (SFs) grow.") - {"and", "grow"})
    ['firms', 'rt', 'rts', 'sf', 'sfs', 'small', 'timber']
    """
    text = _ADDRESS.sub(" ", text)
    return set(re.findall(r"\b[a-z][a-z-]+\b", text)) | term_acronyms(text)


# "active pharmaceutical ingredients (APIs)", "small and medium-sized enterprises
# (SMEs)": an acronym in brackets after lower-case words whose initials spell it (the
# first may open the sentence). The text defines a term, so the acronym names a kind of
# goods or of firms, no party ("Eurasian Economic Union (EAEU)", a name in capitals, is
# left alone).
_TERM_ACRONYM = re.compile(r"(?<![\w-])(?P<words>(?:[a-z][\w-]*\s+){0,6})\((?P<acr>[A-Z]{2,6})s?\)")
# (the brackets first: the words before one are read only where an acronym stands)
_ACRONYM_BRACKET = re.compile(r"\([A-Z]{2,6}s?\)")
_OPENING_WORD = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?P<word>[A-Z][a-z][\w-]*)\s+$")
_TERM_FILLERS = frozenset({"and", "of", "the", "for", "in", "on", "to", "or"})


def term_acronyms(text: str) -> set[str]:
    """The acronyms ``text`` defines for a common noun's words, lower-cased, singular and
    plural.

    >>> sorted(term_acronyms("Active pharmaceutical ingredients (APIs) cost more."))
    ['api', 'apis']
    >>> term_acronyms("It joined the Eurasian Economic Union (EAEU).")
    set()
    """
    out: set[str] = set()
    last = 0
    for b in _ACRONYM_BRACKET.finditer(text):
        m = _TERM_ACRONYM.search(text, max(last, b.start() - 120), b.end())
        last = b.end()
        if m is None or m.end() != b.end():
            continue
        words = m.group("words").split()
        opening = _OPENING_WORD.search(text, max(0, m.start() - 40), m.start())
        if opening:
            words.insert(0, opening.group("word"))
        acr = m.group("acr").lower()
        content = [w for w in words if w.lower() not in _TERM_FILLERS]
        # (a compound may give a letter for each part: "medium-sized" gives m or ms)
        if "".join(w[0] for w in content).lower().endswith(acr) or "".join(
                p[0] for w in content for p in w.split("-") if p).lower().endswith(acr):
            out |= {acr, acr + "s"}
    return out


def extract_lines(lines: list[str], file: str, resolver=_DEFAULT, *, scored: bool | None = None,
                  trace: list | None = None, observe: list | None = None,
                  firm_countries: list | None = None) -> Extraction:
    """``scored``: let the learned scorer (:mod:`.scorer`) drop weak rule candidates and
    add pairs the rules missed (default: when its weights are bundled). ``trace``: a
    list that receives ``(features, row, by_rule)`` for every rule candidate and every
    proposal, to train the scorer on. ``observe``: a list that receives, for every
    sentence with a capitalised word, what the extractor recognised in it (its lines,
    text, mentions with the parties they resolved to, references, and the clause
    fallback's declines with their reasons), to tell where a missed relation was lost
    (``benchmarks/extract_eval.py --diagnose``, ``benchmarks/fallback_declines.py``).
    ``firm_countries``: a list that receives, per firm the rules placed by inference,
    ``(id, names, the rules' country, evidence, the rules' reason)``, to train the
    learned decision on a firm's country (:mod:`.country_model`); the rules' countries
    are then kept."""
    if resolver is _DEFAULT:
        resolver = default_resolver()
    if scored is None:
        scored = scorer.enabled()
    doc = build_document(lines)
    result = Extraction()
    text_source = input_source(lines, file)
    result.sources[text_source["id"]] = text_source
    doc.published = text_source["published"]
    common = common_words(doc.text)
    # (the head of the text may hold a letterhead; a table's rows are none)
    disc = Discourse(resolver, doc.text, common,
                     ["" if i + 1 in doc.rows else x.strip() for i, x in enumerate(lines[:10])],
                     lines)
    read: list[tuple] = []   # each candidate's parties and mentions, for document_readings
    charters: list[tuple[dict, dict]] = []   # each twinning charter's signing and its twinning
    inside = names_inside_sentences(doc.text)
    surnames = person_surnames(doc.text)   # "Haddadin said": a person met in full before
    labels = speaker_labels(lines)
    sentences = split_sentences(doc.text)
    market_lines = item_lines(lines)   # items of a list of the text's markets or sources
    ref_i = 0
    refs = doc.refs
    prev_twin, prev_end = False, 0
    agreements = None   # (sentence, kind, title) of the last sentence stating agreements
    last_document = None   # (sentence, paragraph, document) of the last signing found
    last_actor = (-1, None)
    twins_before = (-9, [])   # (sentence, pairs) of the last sentence stating twinnings
    pending = None   # a relation whose party the next sentence lists ("Among them are ...")
    table, caption = None, ""   # the relation a table's rows state, and the caption's text
    planned_rows = False   # the rows are under a sub-heading of planned ones
    # (the sentence of the last lead-in saying partners are no twins, "Partner cities
    # are not twin cities.", and whether the current table's rows may be twinnings)
    denied_at, rows_twins = -9, True
    sales_rows = False   # the rows are contracts of sellers (first column) with buyers
    columns = None   # the roles of the columns of a table whose first holds its parties
    column_owner = None   # the party the rows of such a table share
    supplier_ctx = (-9, None, None)   # (sentence, supplier, recipient) of the last supply
    sourcing = (-9, None)   # (sentence, firm) of a firm whose inputs the text speaks of
    paragraph = 0
    question, answering = (-9, ""), False   # a question in a paragraph of its own; its answer
    for si, s in enumerate(sentences):
        nxt = sentences[si + 1].start if si + 1 < len(sentences) else len(doc.text) + 1
        cited = []
        while ref_i < len(refs) and refs[ref_i].offset <= nxt:
            if refs[ref_i].offset > s.start or (si == 0 and refs[ref_i].offset == s.start):
                cited.append(refs[ref_i])
            ref_i += 1
        # A twinning named in one sentence carries into the next of the paragraph.
        same_paragraph = "\n" not in doc.text[prev_end:s.start]
        twin_context = prev_twin and same_paragraph
        prev_twin, prev_end = bool(TWIN.search(s.text)), s.end
        # Agreements stated in the last two sentences of the paragraph: "A will cooperate
        # with B" here names their signers.
        agreement_context = agreements if agreements and same_paragraph and \
            si - agreements[0] <= 2 else None
        if not same_paragraph or _section_number(doc, s, nxt):
            paragraph += 1
            agreements = None
            if pending is not None and pending.how == "named next":
                pending = None   # (a party named next is named in the same paragraph)
            # (an interview's answer goes on with the supply its question asked about)
            supplier_ctx, sourcing = _answer_context(question, si, supplier_ctx, sourcing,
                                                     disc)
            answering = supplier_ctx[0] == si - 1 or sourcing[0] == si - 1
            disc.new_paragraph(si)
        if _own_paragraph(doc.text, s) and s.text.rstrip().endswith("?"):
            question = (si, s.text)
        stated = states_agreements(s.text)
        if stated:
            agreements = (si, *stated)
        # A row of a table takes its relation from the caption above the rows.
        row = doc.line_at(s.start) in doc.rows
        # (an item's later sentence is prose, the table going on after it: "- Lviv
        # (Ukraine): memorandum, 2023. The same year our fire service sent two engines
        # there.")
        prose_in_row = row and table is not None and _later_in_line(doc, s)
        header = False
        if not row:
            # (a table's header line between its caption and rows keeps the caption:
            # "...the municipality has signed agreements:", "Partner - Field - Signed")
            keep = _header_over_rows(doc, s)
            # ("Planned for 2025:" inside a list of agreements: the caption above goes
            # on, its rows planned)
            planned = status_lead(s.text) and doc.line_at(s.start) + 1 in doc.rows
            table, caption, regions_column = None, caption if keep or planned else s.text, False
            if _NOT_TWINS.search(s.text):
                denied_at = si
            sales_rows = False
            planned_rows = planned or (keep and planned_rows)
            columns = None
        elif table is None:
            rows_twins = si - denied_at > 3
            table = caption_of(caption) or (
                ("SUPPLIES_TO", None, None) if markets_header(s.text) else ("", None, None))
            # (the first row may be the header that says a column holds regions; it
            # states no relation)
            regions_column = region_column(s.text)
            # ("Exporter - Buyer - Goods" under "Contracts signed in 2024:": each row's
            # contract is also the exporter's sale to its buyer)
            sales_rows = sales_columns(s.text)
            if header_row(s.text):
                header = True
            # ("Customer - Country - Contract - Products supplied" under "Our principal
            # customers were:": each row the lead-in's subject's, else the report's own)
            columns = column_roles(s.text)
            if columns is not None:
                header = True
                column_owner = _column_owner(caption, common, disc, si)
            if table[0] == "SUPPLIES_TO":
                cms = find_mentions(caption, common)
                who, to = caption_supplier(caption, cms), caption_recipient(caption, cms)
                if who is not None and who.text.lower() in ("our", "we", "us"):
                    # ("Our export sales by destination were:": the report's own firm,
                    # read below, not a firm called "Our")
                    who = None
                # ("Export sales by country" in a firm's report: the firm's own sales)
                # (a possessive opening names a place's or a firm's markets alike:
                # "Ostland's main export markets", the place when the name is one's)
                possessive = who is not None and _POSSESSIVE.match(caption, who.end)
                owner = disc.party(who, "Region" if possessive else "Company") if who else None
                if possessive:
                    owner = _speaker_named(who, owner, disc)
                if possessive and owner.label == "City":
                    # (a report's list of export markets is a region's, a country's or a
                    # firm's; a name read as a town there is a region misread: the
                    # region of that name when there is one, "Victoria's export markets")
                    region = disc.party(replace(who, kind_hint="Region"), "Region")
                    if region is not None and region.label == "Region" and region.resolved:
                        owner = region
                    else:
                        who = owner = None
                # (a region's own report: "The main flows by destination were:" are
                # the region's, as a firm's report's are the firm's)
                table = (*table, owner if who else
                         disc.own_firm() or _own_region(disc) if to is None else None,
                         disc.party(to, "Region") if to else None, customers_caption(caption))
            elif table[0]:
                # "Twin towns of Mogilev": rows that name one party are the owner's
                who = caption_owner(caption, find_mentions(caption, common))
                label = "City" if table[0] == "TWINNED_WITH" else "Region"
                # ("The agreements were signed in the following years:": the page's place)
                table = (*table, _caption_party(disc, who, label, si) if who else
                         page_place(disc) if ownerless_lead_in(caption) else None)
        if not _NAMES.search(s.text) or header or _over_rows(doc, s):
            pending = None
            continue
        if prose_in_row:
            row = False
        observed = _observed(observe, doc, s, si, paragraph)
        sides = heading_sides(s.text) if _own_paragraph(doc.text, s) and not row else None
        if sides and _name_across_dash(s.text, sides[0], common, disc):
            sides = None   # "Cluj-Napoca (Romania) - since 2005": one name, no "A-B" pair
        if sides:
            a, b = (_resolve_name(x, disc) for x in sides)
            if a and b:
                disc.pairs.heading(si, a, b)
                if observed is not None:
                    observed["parties"] += [(x, p.id, p.label, None) for x, p in zip(sides, (a, b),
                                                                                 strict=True)]
            continue
        mentions = [_facility(m, s.text, disc) for m in find_mentions(s.text, common)
                    if not _ordinary_opening(m, s.text, disc, inside)
                    and not _speaker_label(m, s, doc, lines, labels)
                    and not (" " not in m.text and disc.is_person(m.text))
                    and not is_surname(m.text, surnames)
                    and not (not m.refers and _a_person(m.text, disc))
                    and not _town_spelt_by_goods_code(m, s.text, disc)]
        if row and regions_column:
            mentions = [_as_region(m, disc) for m in mentions]
        else:
            mentions = _beside_regions(s.text, mentions, disc)
        if headline_line(s.text.strip()):
            mentions = _headline_mentions(mentions, s, doc.text, disc)
        disc.offset = s.start
        # (a headline, a standfirst and a byline may stand before it)
        dateline = _DATELINE.match(s.text) if si < 6 else None
        if dateline:
            # "ALMATY, 12 February 2024 - ...": where the news was filed, no party.
            mentions = [m for m in mentions if m.start >= dateline.end()]
        elif si < 3:
            # (a title line without a full stop runs on into the dateline's line: the
            # dateline's place, where that line opens, is no party either, nor is the
            # title's run of words before it part of the lead's clause)
            filed = _filed_inside(s.text, lines)
            if filed is not None:
                mentions = [m for m in mentions if m.start >= filed[1]]
        mentions = disc.as_defined(_without_defined_terms(s.text, mentions))
        mentions = disc.as_seated(s.text, mentions, si)
        if market_lines:
            # ("- X Estates Ltd, Town - tea" under "Our main suppliers were:": the town
            # only places the firm)
            mentions = _item_seats(s.text, mentions, _item_spans(doc, s, market_lines), disc)
        # (a row's country cell places its firm here, before the row keeps only its
        # party's cell)
        disc.locate_firms(s.text, mentions, si)
        cells = row_cells(s.text, columns) if row and columns is not None else None
        if cells is not None:
            mentions = column_mentions(s.text, mentions, cells)
        mentions = without_speaker(s.text, without_owner_of_named(s.text, mentions))
        note_named(disc, si, s.text, mentions)
        # The patterns read the clause with firms' descriptions blanked out.
        # (and an aside's closing dash before the next clause read as that clause's comma)
        text = close_dash_asides(mask_appositions(s.text, mentions))
        named = {}
        plain_parties = []
        for m in mentions:
            if m.refers:
                continue
            party = disc.party(m, "Company")
            if not m.adjectival:
                disc.remember(si, m.start, party)
                disc.note_seat(si, s.text, m, party)
                if not _POSSESSED.search(s.text, max(0, m.start - 8), m.start):
                    plain_parties.append(party)   # ("its Malbec": a brand, no party)
            named.setdefault(party.id, party)
            if observed is not None:
                observed["parties"].append((m.text, party.id, party.label, None))
                observed["spans"].append((m.start, m.end, party.id))
                _note_why(observed, party)
        if observed is not None:
            observed["parties"] += [(m.text, None, None, m.refers) for m in mentions if m.refers]
            observed["spans"] += [(m.start, m.end, None) for m in mentions if m.refers]
        disc.note_defined(s.text, mentions)
        note_sentence(disc, si, plain_parties, [])   # for a group phrase after it
        note_pair(disc, si, text, mentions, lambda m: disc.party(m, "Company"),
                  doc.line_at(s.start))   # for a signing in the sentence after it
        sides = list(named.values())
        disc.note_places(si, sides)
        # (a heading that names one place: the topic of the section under it)
        opens = _opens_line(doc, s)
        note_heading(disc, si, s.text, _alone(doc.text, s), sides, opens,
                     _first_line(doc, s) if opens else "")
        # (a partner's item in a section of twins speaks of twinning as the sentence
        # before one does: "Pskov (Russia) - the partnership between X and Pskov ...")
        twin_context = twin_context or ties_item(disc, si)
        # ("X, which belongs to Y, ...": the owner is no side of the sentence's pair)
        owners = {disc.party(m).id for m in mentions if not m.refers and not m.adjectival
                  and owner_named(text, m)}
        if owners:
            sides = [p for p in sides if p.id not in owners]
        if len(sides) > 2:
            sides = meeting_sides(text, mentions, disc.party) or sides
        if len(sides) == 2 and sides[0].country != sides[1].country:
            disc.pairs.sides(si, sides[0], sides[1])
            if si == disc.paragraph_start:
                disc.pairs.opening(si, disc.paragraph_start, sides[0], sides[1])
        disc.pairs.named(si, sides)
        if _GOES_ON_PAIR.search(s.text):
            disc.pairs.goes_on(si)
        disc.pairs.of_kind(si, list(named.values()))
        # "the two regions", "both cities": the pair of that kind named just before
        plural = _PLURAL_KIND.search(s.text)
        disc.pairs.kind = _PLURAL_LABEL.get(plural.group(1).lower()) if plural else None
        label = _run_in_label(doc, s, nxt, mentions)
        if label and same_paragraph:
            # ("... supplies us with sulphur. / Kazakhstan. UAN was delivered to ...": a
            # run-in label opens a section of its own, whose supplies are not the last
            # section's)
            disc.new_paragraph(si)
            supplier_ctx, sourcing = (-9, None, None), (-9, None)
        prev_actor = (si, None if label else actor(text, mentions))
        # "Its director is X": the sentence speaks of what "its" means; X is no actor.
        owner = owned_subject(text, disc, si, prev_actor[1])
        if owner is not None:
            prev_actor = (si, None)
            disc.acted(si, owner, 0)
            note_actor(disc, si, owner, True)
            if observed is not None:
                observed["actor"] = owner.id
        if prev_actor[1] is not None:
            who = prev_actor[1]
            # "The region also ...": a reference as actor passes its antecedent on.
            party = disc.antecedent(who, si) if who.refers else disc.party(who)
            disc.acted(si, party, who.start)
            note_actor(disc, si, party, bool(who.refers))
            if observed is not None and party is not None:
                observed["actor"] = party.id
            # "A and B are ...": whom a later "they" means.
            if party is not None and not who.refers:
                group = subject_group(text, who, mentions, disc.party)
                note_group(disc, si, group)
                firm_place = firm_and_place(text, who, mentions, disc.party)
                if firm_place is not None:
                    disc.pairs.together(si, *firm_place)
                if len(group) == 2 and len(named) > 2 and group[0].country != group[1].country:
                    # "A and B share a border along the C. An agreement was signed in
                    # 1999": the coordinated subject is the pair, not every name.
                    disc.pairs.sides(si, *group)
        found = []
        if pending is not None:
            found = continue_list(s.text, mentions, pending, disc)
        pending = None
        in_table = row and bool(table and table[0]) and cells is None
        asked_twins = twins_asked(doc.text, s.start)
        # ("How many partner towns does X have? – Four: A, B, C and D." on X's own page)
        faq = None if asked_twins or "?" not in doc.text[
            doc.text.rfind("\n", 0, s.start) + 1:s.end] else \
            line_question_owner(doc.text, s.start, s.end, lambda: _home_place(disc))
        asked_twins = asked_twins or faq is not None
        # (rows a supply caption's reader reads are left to it)
        items = _item_spans(doc, s, market_lines) if market_lines and not (
            in_table and table[0] == "SUPPLIES_TO") else []
        if not _maybe_relation(s.text) and not found and not twin_context and not items \
                and not agreement_context and not in_table and not _RANKED_NEXT.search(s.text) \
                and cells is None \
                and not dated_row(disc, si) and not asked_twins:
            last_actor = prev_actor
            # "Belshina is a large tyre maker.": whom "From here ..." may mean next.
            supplier_ctx = _supplier_after(s.text, [], [], prev_actor, disc, si, supplier_ctx)
            sourcing = _sourcing(s.text, [], [], prev_actor[1], disc, si, sourcing)
            if answering:
                # "Where do your machines go? / Mostly east. The ore goes to X": an answer's
                # sentence that states no supply keeps the question's open
                supplier_ctx = (si, *supplier_ctx[1:]) if supplier_ctx[0] == si - 1 \
                    else supplier_ctx
                sourcing = (si, sourcing[1]) if sourcing[0] == si - 1 else sourcing
            continue
        if observed is not None:
            observed["passed"] = True
        # "its tyres", "the plant's engines": owners of goods the supply rules may pair.
        pair_ms = sorted(mentions + owner_refs(text, mentions), key=lambda m: m.start)
        # (one party is enough for a supply whose other side the text spoke of before)
        hits = find_hits(text, pair_ms, twin_context) if len(pair_ms) >= 2 else \
            [h for h in find_supplies(text, pair_ms) if h.b.refers == RECIPIENT_REF]
        # ("they" as goods: only in an interview's answer, see frames.THEY_GO)
        hits += [h for h in find_frames(text, pair_ms) if answering or h.how != THEY_GO]
        if agreement_context and not any(h.rel_type == "SIGNED_AGREEMENT" for h in hits):
            twins = {frozenset((h.a.start, h.b.start)) for h in hits
                     if h.rel_type == "TWINNED_WITH"}
            more = [h for h in context_agreements(text, mentions, *agreement_context[1:])
                    if frozenset((h.a.start, h.b.start)) not in twins]
            if more:
                hits += more
                agreements = (si, *agreement_context[1:])
        cell = party_document_row(text) if in_table and table[0] != "SUPPLIES_TO" and \
            table[3] is not None else None
        if cell is not None:
            # ("- Brittany (France): protocol on research with Rennes" under "X signed the
            # following": the row is X's document with its first cell's party; the names
            # of the document's own cell sign nothing)
            hits = [h for h in hits if h.rel_type != table[0]]
        if cells is not None:
            # (the row is read by its columns alone)
            hits = []
            found = found + column_row(text, mentions, columns, cells, column_owner,
                                       lambda m, label="Region": disc.party(m, label))
        if not any(h.rel_type == "SIGNED_AGREEMENT" for h in hits):
            found = found + _nominal_signing(text, mentions, disc)
        if in_table and not any(h.rel_type == table[0] for h in hits):
            if table[0] == "SUPPLIES_TO":
                found = found + _supply_row(text, mentions, table[3], disc, table[4], table[5])
            else:
                # ("- Ostrava Region (Czechia): memorandum on ...": the party's cell
                # names the partner, the document's cell only its subject)
                cell = party_document_row(text)
                own = [m for m in mentions if cell is None or m.end <= len(cell)]
                rows = [h for h in row_hits(text, own, table[0], table[1])
                        if not _locating_cell(h, disc)]
                hits += rows + _sales_of(rows, sales_rows)
                if not any(h.rel_type == table[0] for h in hits) and table[3] is not None:
                    owned = _owned_row(text, own, table, disc, twins=rows_twins)
                    if planned_rows:
                        for h, _ in owned:
                            h.extra["status"] = "planned"
                    found = found + owned
        hits += _gapped(text, mentions, hits)
        # ("A and B - Our links with A and with B ...": the item's heads are no pair)
        hits = [h for h in hits if not item_heads(text, h)]
        resolved = []
        kept = []
        deferred = [h for h in hits if h.a.refers == SUPPLIER_REF or h.b.refers == RECIPIENT_REF
                    or _from_here(h, text) and supplier_ctx[0] == si - 1]
        for hit in hits:
            pair = None if hit in deferred else _resolve_pair(hit, disc, si, text)
            if pair is None:
                continue
            kept.append(hit)
            resolved.append(pair)
            for m, party in zip((hit.a, hit.b), pair, strict=True):
                if m.refers and party.label == "Region":
                    disc.remember(si, m.start, party)  # a region referred to stays salient
        if observed is not None:   # read in the relation type's context, kept or not
            observed["typed"] += [(p.name, p.id, p.label, h.rel_type)
                                  for h, pair in zip(kept, resolved, strict=True) for p in pair]
            for pair in resolved:
                _note_why(observed, *pair)
        hits, resolved = _across_countries(kept, resolved, text)
        sourcing = _sourcing(text, [], [], prev_actor[1], disc, si, sourcing)
        hits, resolved = _from_context(hits, resolved, deferred, disc, si, supplier_ctx,
                                       prev_actor[1], text, mentions, sourcing)
        sourcing = _sourcing(text, hits, resolved, prev_actor[1], disc, si, sourcing)
        supplies = [h for h in hits if h.rel_type == "SUPPLIES_TO"]
        # (a lead-in over rows, "X's export markets:", leaves its other side to them)
        lead = _lead_over_rows(doc, s)
        for hit, pair in ([] if lead else _complete_from_pair(
                text, mentions, disc, si, supplier_ctx, (tuple(hits), tuple(resolved)))) + \
                _ranked_next(text, mentions, hits, disc, si, supplier_ctx):
            # Only triggers no supply of the sentence has used: a passive with no agent
            # may stand beside an active clause ("..., and a batch was sent to X").
            if any(h.trigger[0] <= hit.trigger[1] and hit.trigger[0] <= h.trigger[1]
                   for h in supplies) or (supplies and hit.how == "mutual supplies") \
                    or goal_supply(text, hit.trigger):
                continue
            hits.append(hit)
            resolved.append(pair)
        if pending is None:
            pending = open_twin_list(s.text, mentions, disc, si) or \
                open_list(s.text, mentions, disc, si) or list_continues(hits, resolved)
        by_ref = _by_reference(s.text, _of_kind_said(disc.pairs.recall(si), disc) or (
            (None, None) if any(h.rel_type == "SIGNED_AGREEMENT" for h in hits) else None))
        if by_ref and _own_firm_before(s.text, mentions, by_ref, disc):
            by_ref = None
        # (an agreement no one is said to sign speaks of the pair of its own paragraph)
        opens_paragraph = si == disc.paragraph_start
        if by_ref is None and not any(h.rel_type == "SIGNED_AGREEMENT" for h in hits) \
                and not opens_paragraph:
            # "As a result, an agreement was signed": the pair of the sentence before.
            by_ref = _by_reference(s.text, disc.pairs.recall(si, window=1), mentions)
        if by_ref and any(h.rel_type == "SIGNED_AGREEMENT" for h in hits):
            # Only a clause without a signing of its own: "A and B adopted a programme;
            # the two capitals have had an agreement since 2004."
            lo, hi = own_clause(s.text, *by_ref[0].trigger)
            if not any(h.rel_type == "SIGNED_AGREEMENT" and lo <= h.trigger[0] < hi
                       for h in hits):
                # "the two capitals" are the pair the sentence has just named.
                before = [pair for h, pair in zip(hits, resolved, strict=True)
                          if h.rel_type == "SIGNED_AGREEMENT" and h.trigger[0] < lo]
                pair = before[-1] if before else by_ref[1]
                if None not in pair:
                    hits.append(by_ref[0])
                    resolved.append(pair)
            by_ref = None
        if not any(h.rel_type == "SIGNED_AGREEMENT" for h in hits):
            by_ref = _twin_pair_before(s.text, by_ref, hits, resolved)
            by_ref = _kind_pair_before(s.text, by_ref, hits, resolved, disc.pairs.kind)
        if not any(h.rel_type == "SIGNED_AGREEMENT" for h in hits):
            for hit, pair in ([by_ref] if by_ref else _by_actor(s.text, mentions, last_actor,
                                                                 si, disc)):
                hits.append(hit)
                resolved.append(pair)
            if by_ref and by_ref[0].how == "the parties":
                # "Apart from their treaty of 1996, the two regions signed a plan, and
                # in 2012 they concluded a protocol": each document the pair signs
                for span, kind, title in reference_documents(s.text, by_ref[0].title):
                    m = Mention(s.text[span[0]:span[1]], *span)
                    hits.append(Hit("SIGNED_AGREEMENT", m, m, span, 0.55, "the parties",
                                    kind, title))
                    resolved.append(by_ref[1])
                # ("the two towns concluded an agreement in 2003 and a second one, on
                # parks, in 2014": a later document of the same list)
                for hit in later_documents(s.text, mentions, by_ref[0]):
                    hits.append(hit)
                    resolved.append(by_ref[1])
        lone = agentless_signing(s.text, mentions) if not hits else None
        if lone and disc.pairs.just_named(si) and not opens_paragraph:
            # "A and B met in X. During the visit, an agreement was signed."
            (start, end), kind, title = lone
            m = Mention(s.text[start:end], start, end)
            hits.append(Hit("SIGNED_AGREEMENT", m, m, (start, end), 0.5, "sides before",
                            kind, title))
            resolved.append(disc.pairs.just_named(si))
        elif lone and not opens_paragraph and disc.pairs.paragraph_pair(si, disc.paragraph_start):
            # "The oldest partner of A in Russia is B. [...] An agreement on trade was
            # concluded in 1999": the pair the paragraph opened with.
            (start, end), kind, title = lone
            m = Mention(s.text[start:end], start, end)
            hits.append(Hit("SIGNED_AGREEMENT", m, m, (start, end), 0.5, "paragraph pair",
                            kind, title))
            resolved.append(disc.pairs.paragraph_pair(si, disc.paragraph_start))
        elif not hits and not opens_paragraph and (shipped := pair_supply(
                s.text, mentions, disc.pairs.together_before(si))):
            # "Gomselmash and the Smolensk Region have worked together for decades. Last
            # year 260 combines were shipped": the firm to the place.
            for hit, pair in shipped:
                hits.append(hit)
                resolved.append(pair)
        elif not hits and not opens_paragraph and (taken := buyer_supply(
                s.text, mentions, disc.pairs.contract_before(si))):
            # "Amkodor signed a supply contract with X. The customer took 60 loaders."
            for hit, pair in taken:
                hits.append(hit)
                resolved.append(pair)
        elif not hits:
            for hit, pair in _met_then_signed(s.text, mentions, disc):
                hits.append(hit)
                resolved.append(pair)
        hits, resolved = _relative_twins(text, mentions, hits, resolved, disc)
        hits, resolved = _gapped_twins(text, mentions, hits, resolved, disc)
        for hit, pair in _lone_signings(text, mentions, hits, resolved, disc, si) + \
                twin_references(text, hits, resolved, disc, si, mentions) + \
                lone_twin_with(text, mentions, hits, disc, si) + \
                twin_with_it(text, mentions, hits, disc, si) + \
                twin_it_subject(text, mentions, hits, disc, si) + \
                twin_with_described(text, mentions, hits, disc, si) + \
                signed_under_by_us(text, mentions, hits, resolved, disc) + \
                signed_by_us_and_it(text, mentions, hits, resolved, disc):
            hits.append(hit)
            resolved.append(pair)
        if found:
            # The list the sentence goes on with is the owner's, not pairs of its own
            # ("The list also includes A and B").
            listed = {id(hit.a) for hit, _ in found}
            keep = [i for i, h in enumerate(hits) if not (
                h.rel_type == found[0][0].rel_type and id(h.a) in listed and id(h.b) in listed)]
            hits, resolved = [hits[i] for i in keep], [resolved[i] for i in keep]
        for hit, pair in found:
            hits.append(hit)
            resolved.append(pair)
            for party in pair:
                if party.label in ("Region", "City", "Country") and party.resolved:
                    disc.remember(si, hit.a.start, party)  # the list's place stays salient
        for hit, pair in complete_lists(text, mentions, hits, resolved, disc.party):
            hits.append(hit)    # a list a pattern paired only in part
            resolved.append(pair)
        for hit, pair in complete_elided(text, mentions, hits, resolved, disc.party):
            hits.append(hit)    # "..., and C and D followed": the relation again
            resolved.append(pair)
        # No pattern read a type whose trigger and parties the clause has: the clause
        # grammar's reading, when it is plain (see clause_fallback).
        if observed is not None:
            observed["patterns"] = sorted({h.rel_type for h in hits})
        for hit, pair in fallback_hits(text, mentions, hits, disc, si,
                                       *((observed["declined"], observed["unread"])
                                         if observed is not None else ())):
            hits.append(hit)
            resolved.append(pair)
            if observed is not None:
                observed["fallback"].append((hit.rel_type, pair[0].id, pair[1].id))
        # A later clause that names one side of the sentence's supply alone; a second
        # object of the verb ("... with A and a service contract with B").
        for hit, pair in carried_hits(text, mentions, hits, resolved, disc) + \
                gapped_objects(text, mentions, hits, resolved, disc):
            hits.append(hit)
            resolved.append(pair)
        # "Its agreement with X", "its twin towns are A and B": the owner with each.
        hits, resolved = owned_relations(text, mentions, hits, resolved, disc, si)
        # "The Tomsk side will supply timber": to the other of the pair just named.
        for hit, pair in side_supplies(text, mentions, hits, resolved, disc, si):
            hits.append(hit)
            resolved.append(pair)
        # ("Jars are supplied by X" in a firm's own report: the firm receives)
        for hit, pair in own_receipts(text, mentions, hits, disc):
            hits.append(hit)
            resolved.append(pair)
        # ("In Japan, figs are sold through X" in a firm's own report: the firm sells;
        # "Our distributor X took 40 tonnes": the firm sells to it)
        for hit, pair in own_sales(text, mentions, hits, disc) + \
                own_buyers(text, mentions, hits, disc):
            hits.append(hit)
            resolved.append(pair)
        # ("Our main markets were: / - Japan (9%): X K.K.": the text's own firm sells)
        for hit, pair in market_items(text, mentions, items, disc.own_firm() or
                                      _own_region(disc) if items else None, disc.party,
                                      hits, resolved):
            hits.append(hit)
            resolved.append(pair)
        # ("Kotka has been a twin town since 1993" on a town's page: that town's twin)
        for hit, pair in home_twins(text, mentions, hits, disc, lambda: _home_place(disc),
                                    rows=not (dated_row(disc, si) or ties_item(disc, si))):
            hits.append(hit)
            resolved.append(pair)
        # ("the town council approved a partnership with X": the home's planned twin)
        for hit, pair in approved_twins(text, mentions, hits, disc, lambda: _home_place(disc)):
            hits.append(hit)
            resolved.append(pair)
        # ("Our partnership with X was formed in 1947" on a town's page on its twins)
        for hit, pair in our_ties(text, mentions, hits, disc, lambda: _home_place(disc)):
            hits.append(hit)
            resolved.append(pair)
        note_related(disc, si, resolved)
        # Last of all: one side named, the other the paragraph's topic.
        # (not in a lead-in over its rows, "X signed the following memoranda:", whose
        # partners the rows name)
        for hit, pair in [] if _lead_over_rows(doc, s) else \
                carried(text, mentions, hits, resolved, disc, si):
            hits.append(hit)
            resolved.append(pair)
        # "- And the German twin towns? / - A and B are in a similar position": the
        # towns an answer on twins names are the speaker's twins
        for i in sorted(listed_not_twins(text, hits, faq[1] - s.start) if faq else (),
                        reverse=True):
            del hits[i], resolved[i]
        for hit, pair in answer_twins(text, mentions, resolved, disc, *(
                (faq[0], faq[1] - s.start) if faq else ())) \
                if asked_twins else []:
            hits.append(hit)
            resolved.append(pair)
        # "They ship ...": each member of the subject list before, not only its first.
        for hit, pair in plural_copies(text, hits, resolved, disc, si, set(named)):
            hits.append(hit)
            resolved.append(pair)
        # "the two cities", "both wineries": the parties named together before
        for hit, pair in group_hits(text, mentions, hits, resolved, disc, si,
                                    lambda m: disc.party(m, "Company"),
                                    lambda: _home_place(disc) or disc.own_firm()):
            hits.append(hit)
            resolved.append(pair)
        # "A and B are a case apart. They signed a charter in 1994."
        for hit, pair in pair_hits(text, mentions, hits, resolved, disc, si,
                                   doc.line_at(s.start),
                                   lambda m: disc.party(m, "Company")):
            hits.append(hit)
            resolved.append(pair)
        # The lists of what the rules after the patterns paired (the clause fallback, a
        # carried side): "bind A to B, C and D, as well as to E" read by the fallback.
        for hit, pair in complete_lists(text, mentions, hits, resolved, disc.party):
            hits.append(hit)
            resolved.append(pair)
        # ("intends to: sign ... with A, conclude ... with B": each item the subject's)
        for hit, pair in verb_items(text, mentions, hits, resolved, disc.party):
            hits.append(hit)
            resolved.append(pair)
        hits, resolved = _buyers_named(text, hits, resolved)
        hits, resolved = _seats_after_firms(text, hits, resolved)
        hits, resolved = _not_to_ports(text, hits, resolved)
        hits, resolved = _not_in_event_names(text, hits, resolved)
        hits, resolved = _under_contract(text, hits, resolved)
        said = supplies_after_signing(text, hits, resolved)
        if said:
            # ("X signed a contract with Y for the supply of G, which Y delivered"): the
            # clause that says who delivers outweighs the signer taken as the supplier
            backward = {(pb.id, pa.id) for _, (pa, pb) in said}
            keep = [i for i, (h, (pa, pb)) in enumerate(zip(hits, resolved, strict=True))
                    if not (h.extra.get("supplier_unsaid") and (pa.id, pb.id) in backward)]
            hits, resolved = [hits[i] for i in keep], [resolved[i] for i in keep]
        for hit, pair in said:
            hits.append(hit)
            resolved.append(pair)
        for hit, pair in partners_of_three(text, hits, resolved):
            hits.append(hit)
            resolved.append(pair)
        # ("the mayor of A, J. Holm, and the governor of B, E. Strand, signed": the places
        # sign; the holders' names are nobody's side)
        signings, names = office_signings(s.text, mentions, disc.party)
        if names:
            keep = [i for i, h in enumerate(hits)
                    if not any(lo <= m.start < hi for m in (h.a, h.b) for lo, hi in names)]
            hits, resolved = [hits[i] for i in keep], [resolved[i] for i in keep]
        # ("A's partnership with B dates from 2006": a twinning of two places)
        signings += named_partnerships(s.text, mentions, disc.party)
        for hit, pair in signings:
            if not any(h.rel_type == hit.rel_type and {p.id for p in r} ==
                       {pair[0].id, pair[1].id} for h, r in zip(hits, resolved, strict=True)):
                hits.append(hit)
                resolved.append(pair)
        first, turned = first_deliveries(text, hits, resolved)
        if turned:
            keep = [i for i in range(len(hits)) if i not in turned]
            hits, resolved = [hits[i] for i in keep], [resolved[i] for i in keep]
        for hit, pair in first:
            hits.append(hit)
            resolved.append(pair)
        for hit, pair in _to_both(text, mentions, hits, resolved, disc):
            hits.append(hit)
            resolved.append(pair)
        # A twinning a signed charter states is also that charter's signing; so is a
        # sentence that only signs it after the twinning's ("The agreement was signed
        # in May").
        for hit, pair in charter_signings(text, mentions, hits, resolved) if hits else \
                later_charter(text, mentions, twins_before[1], disc.party) \
                if si - twins_before[0] <= 2 else []:
            hits.append(hit)
            resolved.append(pair)
        # ... and a partnership agreement two towns sign is their twinning's charter
        for hit, pair in partnership_twinnings(text, hits, resolved):
            hits.append(hit)
            resolved.append(pair)
        last_actor = prev_actor
        supplier_ctx = _supplier_after(s.text, hits, resolved, prev_actor, disc, si, supplier_ctx,
                                       pair_ms)
        if observed is not None:
            # Parties reached through references and the discourse count as recognised.
            observed["parties"] += [(p.name, p.id, p.label, m.refers)
                                for hit, pair in zip(hits, resolved, strict=True)
                                for m, p in zip((hit.a, hit.b), pair, strict=True)]
            observed["spans"] += [(m.start, m.end, p.id)
                                  for hit, pair in zip(hits, resolved, strict=True)
                                  for m, p in zip((hit.a, hit.b), pair, strict=True)]
            # ... and what each was read as in its relation type's context
            observed["typed"] += [(p.name, p.id, p.label, hit.rel_type)
                                  for hit, pair in zip(hits, resolved, strict=True) for p in pair]
            for pair in resolved:
                _note_why(observed, *pair)
        if scored or trace is not None:
            hits, resolved = _second_opinion(doc, s, text, file, mentions, hits, resolved,
                                             disc, trace, scored)
        seen = set()
        twinned = {}   # each twinning's hit: the sides its row was given
        twin_rows = {}   # ... and the row itself
        rows_here = 0
        for hit, (pa, pb) in zip(hits, resolved, strict=True):
            read_as = (pa, pb)   # before the relation's context moved them
            charter_of = hit.extra.get("twinning")
            if charter_of is not None:
                # (the signing of a twinning's charter is between the twinning's sides, and
                # only where the twinning was read)
                if id(charter_of) not in twinned:
                    continue
                pa, pb = twinned[id(charter_of)]
            elif hit.how == CHARTER_RULE:
                pass   # (the sides a twinning before was given)
            elif hit.how not in _ORIGIN_RULES or _countryless(pa, pb) or _countryless(pb, pa):
                # "our main domestic suppliers": of one country, not across the border
                home = _DOMESTIC.search(s.text, max(0, hit.trigger[0] - 40), hit.trigger[1])
                pa, pb = disc.domestic(pa, pb) if home else disc.across(pa, pb, hit.rel_type)
            if observed is not None:
                _note_why(observed, pa, pb)
            row = _candidate(doc, s, hit, file, pa, pb)
            if row is None:
                continue
            if row["type"] == "TWINNED_WITH":
                twinned[id(hit)] = (pa, pb)
                twin_rows[id(hit)] = row
            rows_here += 1
            if row["document"]:
                named = _named_before(s.text, row["document"], last_document, si, paragraph)
                if named:
                    row["document"] = named
                    row["date"] = row["date"] or last_document[3]
                last_document = (si, paragraph, row["document"], row["date"])
            # Two documents of different kinds between one pair are two signings; so are
            # two of one kind a list dates apart ("an agreement with B in 1996 and another
            # agreement in 2004": the later one's own year keeps it apart).
            doc_kind = (row["document"] or {}).get("kind")
            if hit.how == "gapped document":
                doc_kind = (doc_kind, row["date"])
            key = (row["type"], row["source"]["id"], row["target"]["id"], doc_kind)
            if key in seen or (row["type"] != "SUPPLIES_TO" and
                               (row["type"], row["target"]["id"], row["source"]["id"],
                                doc_kind) in seen):
                continue
            seen.add(key)
            if hit.how != "the parties":
                disc.pairs.remember(si, pa, pb)
            if row["type"] == "SIGNED_AGREEMENT" and doc_kind == "contract":
                disc.pairs.deal(si, pa, pb)
                deal = contract_partner(s.text, pa, pb, disc.actor_of(si))
                if deal is not None:
                    disc.pairs.contract(si, *deal)
            source_ids = [text_source["id"]]
            for ref in cited:
                note = doc.footnote(ref.number, ref.offset)
                if note is None:
                    continue
                src = Source(note.title, note.url, note.year)
                result.sources[src.id] = {"id": src.id, "title": src.title, "url": src.url,
                                          "published": src.published, "note": note.number,
                                          "line": note.line}
                source_ids.append(src.id)
            row["sources"] = [text_source["id"]] + sorted(set(source_ids[1:]))
            result.candidates.append(row)
            read.append((row, (pa, pb), read_as, (hit.a, hit.b)))
            if charter_of is not None and id(charter_of) in twin_rows:
                charters.append((row, twin_rows[id(charter_of)]))
        note_sentence(disc, si, [], [p for _r, pair, _a, _m in read[len(read) - rows_here:]
                                     for p in pair],
                      [r["type"] for r, _p, _a, _m in read[len(read) - rows_here:]])
        if twinned:
            twins_before = (si, list({(a.id, b.id): (a, b) for a, b in twinned.values()}.values()))
        elif rows_here:
            twins_before = (-9, [])
    # A page's own blocks of twin rows, in whatever layout, that no rule above read.
    result.candidates += _page_row_twins(lines, file, disc, result.candidates)
    # One reading per document: a name the text placed or qualified once keeps it.
    document_readings.settle(read, [p for _s, _o, p in disc.seen_parties()], disc.text,
                             disc.resolver)
    # A charter that made a twinning was signed by the twinning's own sides: the
    # document's reading of a name as a region (a province named like its town) is for
    # signings of the region's own, not for this one.
    twins_sign_as_twins(result.candidates, charters)
    result.candidates = one_id_per_firm(result.candidates)
    if firm_countries is not None or country_model.enabled():
        _revise_firm_countries(result.candidates, disc, firm_countries)
    # (a reading settled for the document may make both sides one party: no relation)
    result.candidates = [r for r in result.candidates if r["source"]["id"] != r["target"]["id"]]
    # ("to retailers in Europe": a market; dropped here, not as a mention, so that the
    # sentence is read around it as before)
    result.candidates = [r for r in result.candidates
                         if not (continent(r["source"]["name"]) or continent(r["target"]["name"]))]
    # a headline the body restates gives nothing of its own
    result.candidates = drop_restated(result.candidates, lines, disc.resolver)
    result.candidates = _row_restated(result.candidates)
    # (a paper the twinned pair signs on the twinning's line is their signing too)
    result.candidates += twinning_signings(result.candidates)
    return result


def _page_row_twins(lines: list[str], file: str, disc: Discourse, rows: list[dict]) -> list[dict]:
    """The twins a place's page lists in rows of any layout (see page_rows), for rows
    no rule read a twinning on; only on a page whose own place is known."""
    if not any(_TWIN_PAGE_WORD.search(x) for x in lines):
        return []
    if not page_row_twins(lines) and not page_row_signings(lines):
        return []
    # (asked only now: asking settles whom the text speaks for)
    home = _home_place(disc)
    if home is None or not home.resolved:
        home = _title_town(lines, disc)
    party_of = lambda m, label="City": disc.party(m, label)  # noqa: E731
    return twin_candidates(lines, file, home, party_of, rows) + \
        signing_candidates(lines, file, home, party_of, rows)


def _title_town(lines: list[str], disc: Discourse):
    """The town a page's head names, when nothing settled the page's own place
    ("Stadt Heidelberg - International", "Gemeente Utrecht", "International relations
    | Bergen Municipality"): the one place a part of one of its first two lines names,
    a town or region the gazetteer knows; the first such part."""
    # (a row of the page's blocks is no title: "- Kedainiai (Lithuania) - 2006" under a
    # bare caption names a twin, not the page's town)
    in_rows = {r.line for b in row_blocks(lines) for r in b.rows}
    head = [x.strip() for i, x in enumerate(lines) if x.strip()][:2]
    head = [x.strip() for i, x in enumerate(lines) if x.strip() and i not in in_rows
            and x.strip() in head]
    for line in head:
        if len(line) > 100:
            continue
        # (each part of the title, "X - International", "Twin towns | X"; a town's
        # word for itself in its own language is no part of its name)
        for part in _TITLE_PART.split(line):
            part = _OWN_TOWN_TAIL.sub("", _OWN_TOWN_WORD.sub("", part.strip()))
            places = [p for m in find_mentions(part) if not m.refers and not m.adjectival
                      and (p := disc.party(m, "City")).label in ("City", "Region")
                      and p.resolved]
            if len({p.id for p in places}) == 1:
                return places[0]
    return None


_OWN_TOWN_TAIL = re.compile(r"\s+(?:Kommune|Kommun|Kunta|Stadt|Municipality|City\s+Council"
                            r"|Town\s+Council|Council|Gemeente)$")
_TITLE_PART = re.compile(r"\s+[-–—|:]\s+|\s*[|›»>]\s*")
_OWN_TOWN_WORD = re.compile(r"^(?:Stadt|Gemeente|Kommune|Miasto|Mesto|M[eě]sto|Gmina|Ville\s+de"
                            r"|Comune\s+di|Citt[aà]\s+di|Ciudad\s+de|Cidade\s+de|Municipio\s+de"
                            r"|Concello\s+de|Ajuntament\s+de|Landeshauptstadt|Hansestadt)\s+")


_TWIN_PAGE_WORD = re.compile(r"(?i)\b(?:twin|sister|partner|friendship|cooperation|agreement"
                             r"|memorand)")


def _row_restated(rows: list[dict]) -> list[dict]:
    """A twin's row with its year alone ("Odesa, Ukraine (since 1998)") whose next lines
    state the same twinning in words ("Odesa and X signed their friendship agreement in
    1998"), or a town an answer on twins names that the answer twins in words too ("A,
    B and C. With B we have been twin cities since 1992"): one twinning, the words'.
    The words may also come first or on the row's own line ("San Remo, Italy - since
    1984 / A sister-city tie proclaimed in 1984. The two cities renewed their sister-city
    agreement in 2014": the agreement's twinning under the heading is the tie told)."""
    weak = {"section heading": range(-2, 3), ANSWER_RULE: range(-2, 3)}
    told = {}
    for r in rows:
        if r["type"] == "TWINNED_WITH" and r.get("rule") not in weak:
            key = frozenset((r["source"]["id"], r["target"]["id"]))
            told.setdefault(key, []).append(r["evidence"]["line"])
    return [r for r in rows if not (
        r["type"] == "TWINNED_WITH" and r.get("rule") in weak and any(
            line - r["evidence"]["line"] in weak[r["rule"]] for line in told.get(
                frozenset((r["source"]["id"], r["target"]["id"])), ())))]


def _revise_firm_countries(rows: list[dict], disc, trace: list | None) -> None:
    """Each firm the rules placed by inference gets the country the learned decision
    (:mod:`.country_model`) gives it, in every row it stands in; with ``trace`` the
    evidence is collected instead and the rules' countries stay."""
    groups = country_model.firm_groups(rows)
    if not groups:
        return
    ev = country_model.Evidence(disc.text, disc._place_country, home=disc.home,
                                countries=disc.countries, counts=disc.country_counts,
                                subject=disc.subject)
    # (why the rules placed each firm where they did: the reason its party was given)
    why = {p.id: p.reason or "" for _s, _o, p in disc.seen_parties()}
    for fid, parties in groups.items():
        names = country_model.names_of(parties)
        rule = parties[0].get("country")
        if trace is not None:
            trace.append((fid, names, rule, ev, why.get(fid, "")))
            continue
        cc = country_model.decide(names, rule, ev, why=why.get(fid, ""))
        if not cc or cc == rule:
            continue
        new = f"company:{cc.lower()}:{fid.split(':', 2)[2]}"
        for p in parties:
            p["id"], p["country"] = new, cc


def one_id_per_firm(rows: list[dict]) -> list[dict]:
    """One firm the gazetteer does not know, written alike, gets one id in a document:
    the country most of its mentions were given (the first one's on a tie). Its country is often
    only inferred, relation by relation ("the other side of the border"), and a firm
    selling to two countries must not become two nodes. Candidates that then repeat
    another, or relate a firm to itself, are dropped.

    >>> a = {"name": "Kaztrade", "id": "company:kz:kaztrade", "kind": "Company",
    ...      "country": "KZ", "resolved": False}
    >>> b = dict(a, id="company:ru:kaztrade", country="RU")
    >>> rows = [{"type": "SUPPLIES_TO", "source": a, "target": {"id": "country:ru"},
    ...          "evidence": {"line": 1}},
    ...         {"type": "SUPPLIES_TO", "source": b, "target": {"id": "country:ua"},
    ...          "evidence": {"line": 1}}]
    >>> [(r["source"]["id"], r["source"]["country"]) for r in one_id_per_firm(rows)]
    [('company:kz:kaztrade', 'KZ'), ('company:kz:kaztrade', 'KZ')]
    """
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        for side in ("source", "target"):
            p = r[side]
            if p.get("kind") not in ("Company", "Organization") or p.get("resolved", True):
                continue
            parts = p["id"].split(":", 2)
            # Written alike, not merely of one slug: "the Academy of Sciences of Latvia"
            # and "... of Estonia" are two bodies.
            name = re.sub(r"['’]s$", "", p.get("name") or "").casefold()
            if len(parts) == 3:
                groups.setdefault((parts[0], parts[2], name), []).append(p)
    changed = _one_spelling(groups)
    for parties in groups.values():
        counts: dict[str, int] = {}
        for p in parties:
            counts[p["id"]] = counts.get(p["id"], 0) + 1
        if len(counts) < 2:
            continue
        best = max(counts, key=counts.get)    # the first of the most frequent
        country = next(p["country"] for p in parties if p["id"] == best)
        for p in parties:
            p["id"], p["country"] = best, country
        changed = True
    if not changed:
        return rows
    out, seen = [], set()
    for r in rows:
        key = (r["type"], r["source"]["id"], r["target"]["id"], r["evidence"]["line"],
               (r.get("document") or {}).get("kind"))
        if r["source"]["id"] == r["target"]["id"] or key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _one_spelling(groups: dict[tuple, list[dict]]) -> bool:
    """A firm a text writes in two romanisations ("Andijon Tekstil", later "Andijan
    Tekstil"; see :func:`names.romanised_alike`) is one firm under the name written
    first: the later spelling's group joins the first's. Whether a group joined."""
    firsts: list[tuple] = []
    joined = False
    for k in list(groups):
        first = next((f for f in firsts if f[0] == k[0] and romanised_alike(f[2], k[2])), None)
        if first is None:
            firsts.append(k)
            continue
        for p in groups.pop(k):
            p["id"], p["country"] = groups[first][0]["id"], groups[first][0].get("country")
            groups[first].append(p)
        joined = True
    return joined


_PLURAL_KIND = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth|[Tt]h(?:ese|ose)\s+two)\s+(?:[a-z-]+\s+)?"
                          r"(regions|oblasts|provinces|krais|districts|raions|counties|cities|towns"
                          r"|departments|prefectures|cantons|voivodeships|L(?:ä|ae)nder"
                          r"|capitals|municipalities|companies"
                          r"|firms|plants|enterprises|universities|countries|states)\b")
# A sentence that goes on about a pair named before ("The two border regions share a
# railway", "Both have ...", "Their trade grew").
_GOES_ON_PAIR = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth|[Tt]hey|[Tt]heir|[Tt]he\s+partners"
                           r"|[Tt]he\s+neighbours)\b")
# (a district is a region's part, its own kind of place: "the two districts" are no
# pair of towns)
_PLURAL_LABEL = {"regions": "Region", "oblasts": "Region", "provinces": "Region",
                 "krais": "Region", "districts": "Region", "raions": "Region",
                 "counties": "Region", "cities": "City", "towns": "City", "capitals": "City",
                 "municipalities": "City", "companies": "Company", "firms": "Company",
                 "plants": "Company", "enterprises": "Company", "universities": "Company",
                 "departments": "Region", "prefectures": "Region", "cantons": "Region",
                 "voivodeships": "Region", "länder": "Region", "laender": "Region",
                 # ("the two states" are two countries, or two states of a federation:
                 # Lagos and Ogun, Bavaria and Saxony; the pair spoken of decides)
                 "countries": "Country", "states": "State"}

_PERSON_NAME = re.compile(r"(?:(?:Director|Mayor|Governor|Chairman|Head|Akim|Hokim|Manager)"
                          r"\s+)?[A-Z][a-z]+\s+[A-Z][a-z][\w'’-]+")


def _a_person(text: str, disc) -> bool:
    """"Ivan Petrov", "Director Ivan Petrov": a person the text introduced with an
    office (see :func:`firm_references.people`), no party."""
    return bool(_PERSON_NAME.fullmatch(text)) and disc.is_person(text.split()[-1]) or \
        bool(_PATRONYMIC_NAME.fullmatch(text))


# "Aigerim Nurlanovna Sadykova", "Ivan Sergeyevich Petrov": a given name, a patronymic
# and a surname are a person's, whatever the text said of him or her.
_PATRONYMIC_NAME = re.compile(r"(?:(?:Director|Mayor|Governor|Chairman|Head|Akim|Hokim|Manager"
                              r"|Minister|Deputy)\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+"
                              r"(?:ovna|evna|yevna|ovich|evich|yevich"
                              r"|ichna|inichna|ich|ych|uly|kyzy|qizi|o['’]g['’]li)"
                              r"(?:\s+[A-Z][a-z][\w'’-]+)?")


def _observed(observe: list | None, doc: Document, s, index: int = 0,
              paragraph: int = 0) -> dict | None:
    # ``spans``: (start, end, id) of each mention in the sentence (id None for an
    # unresolved reference); ``actor``: the id of the sentence's actor, when it has one.
    if observe is None:
        return None
    entry = {"lines": (doc.line_at(s.start), doc.line_at(max(s.start, s.end - 1))),
             "text": s.text, "parties": [], "typed": [], "declined": [], "spans": [],
             "actor": None, "index": index, "paragraph": paragraph, "why": {},
             # for the diagnosis of single-sentence losses: whether the sentence passed
             # the relation filter, the types the patterns found before the clause
             # fallback, and the fallback's own pairs
             "passed": False, "patterns": [], "fallback": [], "unread": []}
    observe.append(entry)
    return entry


def _note_why(observed: dict, *parties: Party) -> None:
    """What gave each party of the sentence its id: the resolver's or the discourse's
    reason and whether the gazetteer knows it (the diagnosis tells from it which
    evidence placed a firm in the wrong country or gave it the wrong kind)."""
    for p in parties:
        if p is not None and p.id:
            observed["why"][p.id] = (p.reason, p.resolved)


def _second_opinion(doc, s, text, file, mentions, hits, resolved, disc, trace, scored):
    """Rule candidates the scorer finds too weak are dropped; pairs of the sentence's
    parties that a trigger relates and the rules missed are added when it finds them
    strong enough (see :mod:`.scorer`)."""
    parties = [m for m in mentions if not m.refers]
    n = len({id(m) for m in parties if not m.adjectival})
    # a table's row or a heading states relations more tersely than prose
    layout = "row" if doc.line_at(s.start) in doc.rows else "heading" if (
        not text.rstrip().endswith((".", "!", "?", ";", ":")) and len(text.split()) <= 15) \
        else "prose"
    named = [m for m in parties if not m.adjectival]

    def between(a, b) -> int:
        lo, hi = min(a.end, b.end), max(a.start, b.start)
        return sum(1 for m in named if lo <= m.start and m.end <= hi and m is not a and m is not b)

    out_hits, out_pairs, keys = [], [], set()
    for hit, (pa, pb) in zip(hits, resolved, strict=True):
        xa, xb = disc.across(pa, pb) if hit.how not in _ORIGIN_RULES or _countryless(pa, pb) \
            or _countryless(pb, pa) else (pa, pb)
        f = scorer.features(hit.rel_type, text, hit.trigger, hit.a, hit.b, xa, xb, hit.how, n,
                            confidence=hit.confidence, layout=layout,
                            between=between(hit.a, hit.b))
        keys.add((hit.rel_type, xa.id, xb.id))
        if hit.rel_type != "SUPPLIES_TO":
            keys.add((hit.rel_type, xb.id, xa.id))
        if trace is not None:
            trace.append((f, _candidate(doc, s, hit, file, xa, xb), True))
        if scored and scorer.score(f) < scorer.threshold("keep", hit.rel_type):
            continue
        out_hits.append(hit)
        out_pairs.append((pa, pb))
    best: dict[tuple, tuple] = {}
    for rel, span, cls in scorer.triggers(text):
        default = "City" if rel == "TWINNED_WITH" else "Company"
        for a in parties:
            if a.adjectival and rel != "SUPPLIES_TO":
                continue
            for b in parties:
                if b is a or (b.adjectival and rel != "SUPPLIES_TO") or (
                        rel != "SUPPLIES_TO" and b.start < a.start):
                    continue
                if a.start < b.end and b.start < a.end:
                    continue
                pa, pb = disc.across(disc.party(a, default), disc.party(b, default))
                key = (rel, pa.id, pb.id)
                if pa.id == pb.id or key in keys:
                    continue
                near = min(abs(span[0] - m.end) if m.end <= span[0] else abs(m.start - span[1])
                           for m in (a, b))
                if key not in best or near < best[key][0]:
                    best[key] = (near, rel, span, cls, a, b, pa, pb)
    for _, rel, span, cls, a, b, pa, pb in best.values():
        f = scorer.features(rel, text, span, a, b, pa, pb, None, n, cls, layout=layout,
                            between=between(a, b))
        hit = Hit(rel, a, b, span, 0.5, "scorer", None, None,
                  extra={"goods": None, "value_usd": None})
        if rel == "SIGNED_AGREEMENT":
            d = _DOC.match(text, span[0])
            hit.kind, hit.title = (d.lastgroup, _title(text, d)) if d else ("agreement", None)
        if trace is not None:
            trace.append((f, _candidate(doc, s, hit, file, pa, pb), False))
        if scored:
            p = scorer.score(f)
            if p >= scorer.threshold("add", rel):
                hit.confidence = round(p, 2)
                out_hits.append(hit)
                out_pairs.append((pa, pb))
    return out_hits, out_pairs


def _complete_from_pair(text: str, mentions, disc: Discourse, si: int,
                       ctx: tuple = (-9, None, None), here: tuple = ((), ())) -> list[tuple]:
    """Supplies whose other side is the pair the text speaks of: "trade between Belarus
    and France grew. ... the growth of Belarusian exports ..." (to France); "mutual
    supplies of machinery" between the two sides. With no pair, "shipments to Y" and
    "imports from X" take the other side from the supply of the last two sentences, else
    from whom the text speaks for (a letterhead's body, a quoted director's firm); a
    supply of this sentence before it comes first ("A sells tyres to B, and it has begun
    exports to C": A's). ``here``: the sentence's hits and their pairs. A question
    ("Which Narva firms export, and where?") states no supply."""
    if text.rstrip().endswith("?"):
        return []
    out = []
    sides = disc.pairs.recall(si)
    named = list({p.id: p for p in (disc.party(m) for m in mentions
                                    if not m.refers and not m.adjectival)}.values())
    found = one_sided(text, mentions)
    for trigger, m, side in found:
        if _undone(text, (trigger[0], min(trigger[1], m.end) if m is not None else trigger[1])):
            continue   # "the deliveries to China that were discussed never happened"
        if side == "recipient" and sides and any(
                x is not m and s2 == side and disc.party(x).id in (sides[0].id, sides[1].id)
                for _, x, s2 in found if x is not None):
            # "Shipments to A doubled, and lots went to B": both received; no pair.
            sides = None
        if side == "mutual":
            pair = tuple(named) if len(named) == 2 else sides
            if pair and pair[0].id != pair[1].id:
                a, b = pair
                for x, y in ((a, b), (b, a)):
                    hit = Hit("SUPPLIES_TO", Mention(x.name, trigger[0], trigger[1]),
                              Mention(y.name, trigger[0], trigger[1]), trigger, 0.55,
                              "mutual supplies", extra={"goods": None, "value_usd": None})
                    out.append((hit, (x, y)))
            continue
        if side == "passive":
            supplier = disc.actor_before(si, m.start)
            if buyer_told(disc, supplier):
                # ("The subsidiary X received 44 combines. 38 combines were sold to
                # Mongolia": by the firm whose report it is, not by its buyer)
                supplier = disc.speaker
            recipient = disc.antecedent(m, si) if m.refers else disc.party(m)
            if recipient is not None and (supplier is None or supplier.id == recipient.id) \
                    and si != disc.paragraph_start:
                # "Kazan signed a contract with MAZ. In 2019 200 buses were delivered to
                # Kazan": the buyer's partner in the contract just signed supplied it.
                supplier = disc.pairs.deal_partner(si, recipient) or supplier
            if supplier is not None and recipient is not None and supplier.id != recipient.id:
                hit = Hit("SUPPLIES_TO", m, m, trigger, 0.55, "passive, actor",
                          extra={"goods": None, "value_usd": None})
                out.append((hit, (supplier, recipient)))
            continue
        party = disc.party(m)
        # (a firm whose country was only guessed is no side of that country)
        same = [p for p in sides or () if p.id == party.id or (
            party.label == "Country" and p.country == party.country and p.resolved)]
        other = next((p for p in sides if p is not same[0]), None) if len(same) == 1 else None
        if other is None and side in ("recipient", "supplier"):
            own = _this_sentence(trigger, side, *here) or \
                _spoken_for(text, trigger, m, side, disc, si, ctx)
            if own is not None and own.label not in ("Company", "Organization") and \
                    _FIRM_SUBJECT.search(text, 0, trigger[0]):
                continue   # "The company imports trucks from MAZ": a firm left unresolved
            if own is not None and own.id != party.id:
                hit = Hit("SUPPLIES_TO", m, m, trigger, 0.55, "side spoken for",
                          extra={"goods": None, "value_usd": None})
                out.append((hit, (own, party) if side == "recipient" else (party, own)))
                continue
        if other is None or other.country == party.country:
            if side == "recipient" and disc.subject and party.country and \
                    party.country != disc.subject and re.match(r"export", text[trigger[0]:], re.I):
                # "Exports to Vietnam grew": a monograph's exports are its subject country's.
                home = disc.party(Mention(COUNTRY_NAME.get(disc.subject, disc.subject), 0, 0,
                                          "Country", disc.subject))
                hit = Hit("SUPPLIES_TO", m, m, trigger, 0.5, "subject's exports",
                          extra={"goods": None, "value_usd": None})
                out.append((hit, (home, party)))
            continue
        pair = (party, other) if side == "supplier" else (other, party)
        hit = Hit("SUPPLIES_TO", m, m, trigger, 0.55, "pair spoken of",
                  extra={"goods": None, "value_usd": None})
        out.append((hit, pair))
    return out


# "Kazakhstan came second, followed by Uzbekistan": ranked after the buyer a sentence
# before called a supplier's largest market ...
_RANKED_NEXT = re.compile(r"^\s*(?:(?:In|By|Last|This)\b[^,.;:]{0,20}?,\s+)?"
                          r"(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})\s+"
                          r"(?:came|ranked|was|stood|placed|followed)\s+(?:in\s+)?"
                          r"(?:second|third|fourth|fifth|next)(?=\s*(?:[,.;]|and\b|with\b|$))")
# ... "Russia remained our largest market", "MTZ's main buyer is Russia".
_RANKING = re.compile(r"\b(?:largest|biggest|main|leading|principal|chief|first)\s+(?:[a-z-]+\s+)?"
                      r"(?:markets?|buyers?|customers?|importers?|destinations?|clients?"
                      r"|purchasers?|recipients?)\b", re.I)


def _ranked_next(text: str, mentions, hits, disc: Discourse, si: int, ctx) -> list[tuple]:
    """Supplies to the parties ranked after the largest buyer the sentence before named
    ("Russia remained our largest market. Kazakhstan came second, followed by
    Uzbekistan"): the supplier of that sentence's supply to each of them. Only when this
    sentence states no supply of its own and the one before ranked its buyer."""
    rank = _RANKED_NEXT.search(text)
    if rank is None or ctx[0] != si - 1 or ctx[1] is None or \
            any(h.rel_type == "SUPPLIES_TO" for h in hits):
        return []
    before = disc.text[max(disc.text.rfind("\n", 0, disc.offset) + 1, disc.offset - 400):
                       disc.offset]
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    if not _RANKING.search(last):
        return []
    supplier, out = ctx[1], []
    for m in mentions:
        if m.refers or m.adjectival or m.start < rank.start("who"):
            continue
        party = disc.party(m)
        if party.id == supplier.id or party.label not in ("Country", "Region", "City") or \
                party.country == supplier.country:
            continue   # (a place of the supplier's own country is no market abroad)
        hit = Hit("SUPPLIES_TO", m, m, rank.span(), 0.5, "ranked next",
                  extra={"goods": None, "value_usd": None})
        out.append((hit, (supplier, party)))
    return out


_STATE_BODY = re.compile(r"\b(?:Ministry|State\s+Committee|Customs|Statistics|Statistical"
                         r"|Cabinet|Government)\b", re.I)


# A firm named by reference as the clause's subject: the side a supply leaves out is it.
_FIRM_SUBJECT = re.compile(r"(?:^|[,;]\s+|\band\s+)(?:[Tt]he|[Tt]his)\s+(?:company|plant|firm"
                           r"|enterprise|factory|holding|manufacturer|works)\b(?!['’]s)")


def _this_sentence(trigger, side: str, hits, pairs):
    """The supplier (for "exports to Y") or the recipient (for "imports from X") of the
    last supply this sentence states before ``trigger``, or None."""
    before = [(h, p) for h, p in zip(hits, pairs, strict=True)
              if h.rel_type == "SUPPLIES_TO" and h.trigger[1] <= trigger[0]
              and h.a is not h.b and None not in p]
    if not before:
        return None
    hit, pair = max(before, key=lambda hp: hp[0].trigger[0])
    # "A sells tyres to B and imports carbon from C": the one side named before the
    # verb is the clause's subject, whose trade the coordinated noun goes on with (not
    # the partner after the verb, which "imports" read as a noun would get).
    ahead = [x for x, m in zip(pair, (hit.a, hit.b), strict=True) if m.end <= hit.trigger[0]]
    if len(ahead) == 1:
        return ahead[0]
    return pair[0] if side == "recipient" else pair[1]


def _spoken_for(text: str, trigger, m: Mention, side: str, disc: Discourse, si: int, ctx):
    """The side a one-sided supply leaves out: the supplier ("shipments to Y") or the
    recipient ("imports from X", "X's imports" excluded) of the supply the last two
    sentences stated, else the party the text speaks for. Only for a party named after
    its preposition (a sentence's own "X's exports" names its supplier)."""
    if m.start < trigger[1]:
        return None
    spoken_for = disc.speaker or disc.quoted_speaker(disc.offset + m.start, reach=600)
    if spoken_for is not None and spoken_for.label == "Organization" and spoken_for.country \
            and _STATE_BODY.search(spoken_for.canonical or spoken_for.name):
        # a ministry's or a customs service's note: its country's trade
        cc = spoken_for.country
        spoken_for = disc.party(Mention(COUNTRY_NAME.get(cc, cc), 0, 0, "Country", cc))
    if spoken_for is not None and re.match(r"(?:ex|im)ports?\b", text[trigger[0]:], re.I):
        return spoken_for  # a territory's or a firm's trade: its own exports and imports
    if ctx[0] >= si - 2:
        found = ctx[1] if side == "recipient" else ctx[2]
        if found is not None:
            return found
    return spoken_for


def _across_countries(hits: list[Hit], pairs: list[tuple], text: str) -> tuple[list, list]:
    """Co-signers from several countries ("the A, B and C regions and the akimat of D
    signed ...") signed with the other country's parties, not among themselves. A flat
    list of single signers ("A, B and C signed") is one document of as many sides: every
    two of them signed it, of one country or not."""
    co = [i for i, h in enumerate(hits) if h.how in ("co-signers", "gapped with")]
    countries = {p.country for i in co for p in pairs[i] if p.country}
    if co and all(hits[i].how == "co-signers" for i in co) and flat_list(
            text, sorted({(m.start, m.end): m for i in co for m in (hits[i].a, hits[i].b)}.values(),
                         key=lambda m: m.start)):
        return hits, pairs
    if co and len(countries) < 2:
        # One country's parties signing together: no cross-border pair to report.
        keep = [i for i in range(len(hits)) if i not in co]
        return [hits[i] for i in keep], [pairs[i] for i in keep]
    keep = [i for i in range(len(hits)) if i not in co or pairs[i][0].country != pairs[i][1].country]  # noqa: E501
    return [hits[i] for i in keep], [pairs[i] for i in keep]


def input_source(lines: list[str], file: str) -> dict:
    """The text itself as a Source: its title (the first line that reads as one), its
    file name and the date it was read, so every candidate names where it was read even
    when the text cites nothing.

    >>> src = input_source(["", "Belarus - China: ties", "Body."], "notes/ties.txt")
    >>> src["title"], src["file"], src["id"].startswith("source:")
    ('Belarus - China: ties', 'ties.txt', True)
    """
    name = file.replace("\\", "/").rsplit("/", 1)[-1]
    title = next((" ".join(x.split()) for x in lines[:20] if x.strip()
                  and len(x.split()) <= 25), name)
    title = title[:200]
    return {"id": ids.source_id(title, f"file:{name}"), "title": title, "url": None,
            "published": dateline_date(lines), "file": name, "read": date.today().isoformat(),
            "note": None, "line": None}


# Every word a rule triggers on (a sentence without one is skipped): the twin words
# from their one vocabulary, then the signing and supply words.
_ANY = re.compile(STEM + r"|paired"
                  r"|agree|accord|memorand|road|treat|protocol|plan"
                  r"|demand|account|letter|exchang|operat|in use|work|used\b|uses\b|consum"
                  r"|buyer|customer|market|present|represented|popular|known|importer|sign|conclu"
                  r"|recipient|client|consumer|outlet|destination"
                  r"|program"
                  r"|contract|intent|deal|document|suppl|deliver|export|ship|sen[dt]|sel|sold"
                  r"|import|bought|buy|purchas|receiv|order|provid|partner"
                  r"|\bgo\b|goes|went|gone|going|ended up|ends up|head|reach"
                  r"|f(?:ound|inds?|inding) (?:its|their) way"
                  r"|acquir|procur|obtain|leas|install|fitted|mounted|came|come|arriv|sourc|originat"
                  r"|\bgets\b|\bgot\b|\bgetting\b|\bgave us\b|\bgives? us\b"
                  r"|bound for|left for|leaves for|departed for|set off for|sailed for"
                  r"|(?:made|built|manufactured|produced|assembled) (?:in|by|at)\b"
                  rf"|{MADE_FOR}"
                  r"|sales|equip|replenish|furnish|\bhand(?:s|ed|ing)?\s"
                  r"|destined for|into service"
                  # "Italy alone took some 2 million square metres" (see supplies.SUPPLY)
                  r"|\bt(?:ook|akes?)\s+(?:(?:some|about|over|nearly|almost|around|another"
                  r"|up to)\s+)?\d"
                  # "B, our distributor, took ghee worth $2 million" (see supplies.SUPPLY)
                  r"|\bt(?:ook|akes?)\s+(?:[\w'’-]+,?\s+){1,6}?worth\b")


_NAMES = re.compile(r"[A-Z]")
# A transcript's speaker label opening a line: "PRESENTER:", "GOVERNOR:", "Guest:", "Q:".
_LABEL_AT_LINE = re.compile(r"^\s*([A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*)?)\s*:\s")
# The roles a transcript names its speakers by, however they are written.
_SPEAKER_ROLES = frozenset({"guest", "host", "presenter", "interviewer", "moderator",
                            "correspondent", "journalist", "anchor", "q", "a"})


def speaker_labels(lines: list[str]) -> frozenset[str]:
    """The speaker labels of a transcript: a word in capitals that opens two lines or
    more with a colon ("PRESENTER:", "GOVERNOR:"), or a speaker's role ("Guest:"). They
    name who speaks, no party (a presenter was read as a firm that bought goods)."""
    found = Counter(m.group(1) for m in map(_LABEL_AT_LINE.match, lines) if m)
    return frozenset(w for w, n in found.items()
                     if w.lower() in _SPEAKER_ROLES or n >= 2 and w.isupper() and len(w) > 1)


def _speaker_label(m: Mention, s, doc: Document, lines: list[str],
                   labels: frozenset[str]) -> bool:
    """Whether ``m`` is a speaker's label where a line of the transcript opens (the
    line may have been run on into the sentence before)."""
    if m.text not in labels or s.text[m.end:m.end + 1] != ":":
        return False
    line = doc.line_at(s.start + m.start)
    return 0 < line <= len(lines) and lines[line - 1].lstrip().startswith(m.text + ":")


# (a dateline may name the country after its place: "TALLINN, Estonia, 4 May 2024 -")
_DATELINE_COUNTRY = r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*,\s*)?"
_DATELINE = re.compile(rf"\s*{DATELINE_PLACE}\s*,\s*{_DATELINE_COUNTRY}"
                       r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\s*"
                       r"(?:\([^()]{1,40}\)\s*)?[-–—]\s+")
_DATELINE_INSIDE = re.compile(rf"\s({DATELINE_PLACE})\s*,\s*{_DATELINE_COUNTRY}"
                              r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\s*"
                              r"(?:\([^()]{1,40}\)\s*)?[-–—]\s+")


def _filed_inside(text: str, lines: list[str]) -> tuple[int, int] | None:
    """The span of a dateline inside ``text`` that opens one of the text's first lines
    ("Title words UZHHOROD, 3 May 2025 - ..."), with the outlet's name when it ends the
    line, or None."""
    for d in _DATELINE_INSIDE.finditer(text):
        start = d.start(1)
        head = text[start:d.end()].strip()
        line = next((x.strip() for x in lines[:4] if x.lstrip().startswith(head)), None)
        if line is None:
            continue
        # ("Uzhhorod, 3 May 2025 - Regional News Service" on a line of its own: the
        # outlet's name after the dash is no party either)
        rest = line[len(head):].strip()
        short = rest and len(rest.split()) <= _OUTLET_WORDS and not rest.endswith(".")
        return start, d.end() + (len(rest) if short else 0)
    return None


_OUTLET_WORDS = 5


def _without_defined_terms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions but those inside a bracket that defines a firm's short name ('KAMAZ
    PJSC (the "Company")': "Company" there is the firm before it, no party of its own)."""
    spans = [d[0] for m in mentions if not m.refers
             for d in [defined_term(text, m.end)] if d is not None]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _supply_row(text: str, mentions, supplier, disc: Discourse, recipient=None,
                customers: bool = False) -> list[tuple[Hit, tuple]]:
    """A row under a supply caption ("Belarusian deliveries to ...:"): its places
    receive from the caption's supplier and from the makers the row names ("Kursk
    Region - tractors (MTZ), trucks (MAZ) - 41.2"); a row that names makers and no
    place supplies the caption's ``recipient`` ("Supplies ... to the Pskov Region",
    then "Polotsk Dairy Plant - cheese - 2.7")."""
    places, makers = [], []
    for m in mentions:
        if m.adjectival or m.refers:
            continue
        party = disc.party(m, "Company")
        bracketed = text.rfind("(", 0, m.start) > text.rfind(")", 0, m.start)
        if party.label in ("Company", "Organization") or bracketed:
            makers.append((m, party))
        elif party.label in ("Region", "City", "Country") and not bracketed:
            places.append((m, party))
    if customers and supplier is not None and makers:
        return _customer_row(text, makers, supplier)
    # ("Italy - Cremona, Milan - hard cheese - 18.2": a row that opens on a market's
    # country names its towns only to locate its buyers; the country is the recipient)
    if places and places[0][1].label == "Country":
        places = [(m, p) for m, p in places if p.label == "Country"]
    out = []
    if not places and recipient is not None:
        for g, giver in makers:
            if giver.id != recipient.id:
                hit = Hit("SUPPLIES_TO", g, g, (g.start, g.end), 0.65, "table row")
                out.append((hit, (giver, recipient)))
    for m, place in places:
        givers = ([(Mention(supplier.name, 0, 0), supplier)] if supplier else []) + makers
        for g, giver in givers:
            if giver.id != place.id:
                hit = Hit("SUPPLIES_TO", g, m, (m.start, m.end), 0.65, "table row")
                out.append((hit, (giver, place)))
    return out


_CELL_END = re.compile(r"\s[-–—|]\s|\d")


def _customer_row(text: str, buyers: list, supplier) -> list[tuple[Hit, tuple]]:
    """A row under a customers caption ("Principal customers by country"): its firms buy
    from the caption's owner, its country and town only place them ("Austria: Alpen
    Rösterei GmbH, Graz - 5,100 t"); a contract the row names ("under a supply contract
    renewed in 2024") was signed with each."""
    # (the buyers' cell ends at the next cell or figure: "- 4,900 t, including our
    # first Arabica lots" names goods, no buyer)
    end = _CELL_END.search(text, buyers[0][0].end)
    buyers = [(m, b) for m, b in buyers if end is None or m.start < end.start()]
    out = []
    doc = _DOC.search(text)
    signed = doc is not None and not NEGATED.search(text) and \
        not unrealised_signing(text, doc.span())
    for m, buyer in buyers:
        if buyer.id == supplier.id:
            continue
        g = Mention(supplier.name, 0, 0)
        out.append((Hit("SUPPLIES_TO", g, m, (m.start, m.end), 0.65, "table row"),
                    (supplier, buyer)))
        if signed:
            out.append((Hit("SIGNED_AGREEMENT", g, m, doc.span(), 0.65, "table row",
                            doc.lastgroup, None), (supplier, buyer)))
    return out


# Cities that are regions of their own rank: in a column of regions the name is the city.
_REGION_RANK_CITIES = frozenset({"moscow", "saint petersburg", "st petersburg", "st. petersburg",
                                 "sevastopol", "minsk", "kyiv", "kiev", "tashkent", "almaty",
                                 "astana", "shymkent", "beijing", "shanghai", "tianjin",
                                 "chongqing", "bishkek", "dushanbe"})


def _as_region(m: Mention, disc: Discourse) -> Mention:
    """A bare name in a table's column of regions ("Jizzakh", "Ivanovo"): the region
    when the name is a town's and a region's, the town otherwise (and firms stay)."""
    if m.adjectival or m.refers or m.kind_hint or m.organisation or \
            m.text.lower() in _REGION_RANK_CITIES:
        return m
    hinted = replace(m, kind_hint="Region")
    plain, region = disc.party(m, "City"), disc.party(hinted, "City")
    if plain.label == "City" and plain.country and region.country != plain.country \
            and not m.country_hint:
        # (the region of the town's own country, not a namesake district of the
        # document's: "Ivanovo" of buyers in Russia in a text on Belarus)
        hinted = replace(hinted, country_hint=plain.country)
        region = disc.party(hinted, "City")
    ok = plain.label == "City" and region.label == "Region" and region.resolved \
        and region.country == plain.country
    return hinted if ok else m


# Two names joined as one list's members: "X and Y", "X, Y", "X or Y".
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")


def _beside_regions(text: str, mentions: list[Mention], disc: Discourse) -> list[Mention]:
    """A bare name that is a town's and a region's, joined in a list to a name that is
    only a region's ("dealers in New York and New Jersey"): the region, as its
    neighbour is (a town beside a region keeps the town when no region of its country
    has its name)."""
    if len(mentions) < 2 or (" and " not in text and "," not in text and " or " not in text):
        return mentions
    out = list(mentions)
    for i, (a, b) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if not _JOINED.fullmatch(text[a.end:b.start]):
            continue
        for j, town, other in ((i, a, b), (i + 1, b, a)):
            if out[j] is not town or not _bare(town) or not _bare(other):
                continue
            o = disc.party(other, "City")
            if o.label != "Region" or not o.resolved or \
                    disc.party(replace(other, kind_hint="City"), "City").label == "City":
                continue
            hinted = _as_region(town, disc)
            if hinted is not town and disc.party(hinted, "City").country == o.country:
                out[j] = hinted
    return out


def _bare(m: Mention) -> bool:
    return not (m.adjectival or m.refers or m.kind_hint or m.organisation or m.described
                or m.text.lower() in _REGION_RANK_CITIES or " " in m.text.strip()
                and m.text.split()[-1].lower() in ("region", "oblast", "province", "state"))


# A table's numbered caption: "Table 4.1 - Selected agreements of X with ...".
_TABLE_CAPTION = re.compile(r"\s*(?:Table|Tab\.)\s+\d")


def _header_over_rows(doc: Document, s) -> bool:
    """Whether the sentence is a table's header line (cells set apart by dashes) right
    above the table's rows, a rule line between them allowed."""
    line = doc.line_at(s.start)
    return "\n" not in s.text.strip() and tabular_line(s.text) and any(
        line + k in doc.rows for k in (1, 2))


def _speaker_named(m: Mention, party, disc: Discourse):
    """The place the text speaks for when ``m`` is its name ("Paraná's exports" in the
    State of Paraná's report, a name another country has a town of), else ``party``."""
    sp = disc.speaker
    if sp is None or sp.label != "Region" or party.id == sp.id:
        return party
    return sp if m.text.casefold() in {(sp.canonical or "").casefold(), sp.name.casefold()} \
        else party


def _nominal_signing(text: str, mentions, disc: Discourse) -> list[tuple[Hit, tuple]]:
    """A list item naming a signing as a noun with its partner after "with" ("-
    Signature of a memorandum with X, planned for April") in a region's or a firm's own
    report: the one the report speaks for signs with X; planned when the item says so
    or is only its preparation."""
    item = nominal_signing(text)
    own = disc.own_firm() or _own_region(disc) if item else None
    if own is None:
        return []
    at, preparing = item
    m = next((m for m in mentions if m.start == at and not m.refers and not m.adjectival),
             None)
    if m is None:
        return []
    party = disc.party(m, "Region")
    if party.id == own.id or NEGATED.search(text) or _DROPPED_ITEM.search(text):
        return []
    doc = _DOC.search(text)
    hit = Hit("SIGNED_AGREEMENT", Mention(own.name, 0, 0), m, (m.start, m.end), 0.6,
              "nominal signing", doc.lastgroup if doc else "programme", None)
    if preparing or _PLANNED_ITEM.search(text):
        hit.extra["status"] = "planned"
    return [(hit, (own, party))]


# What says an item's signing came to nothing: "was not pursued", "was shelved".
_DROPPED_ITEM = re.compile(r"\b(?:not\s+(?:be\s+)?(?:pursued|signed|concluded|realised|realized"
                           r"|continued)|abandoned|cancel+ed|dropped|shelved|suspended|postponed"
                           r"|without\s+(?:an?\s+)?(?:agreement|result|success))\b", re.I)
# What says an item's signing is still to come: "planned for April", "to be signed".
_PLANNED_ITEM = re.compile(r"\b(?:planned|scheduled|expected|envisaged|to\s+be\s+signed"
                           r"|will\s+be\s+signed|is\s+to\s+be)\b", re.I)


def _item_spans(doc: Document, s, market_lines: dict[int, str]) -> list[tuple[int, int, str]]:
    """``(start, end, direction)`` in the sentence of each item of a list of markets or
    sources it holds (an item may run on from its lead-in in one sentence)."""
    first, last = doc.line_at(s.start), doc.line_at(s.start + len(s.text) - 1)
    if not any(n in market_lines for n in range(first, last + 1)):
        return []
    starts: dict[int, int] = {}
    for k in range(len(s.text)):
        starts.setdefault(doc.line_at(s.start + k), k)
    order = sorted(starts)
    # (an item's later sentences are read as prose: "- Ukraine: X LLC. Part of it ...")
    opened = s.start == 0 or doc.line_at(s.start - 2) != first
    return [(starts[n], starts[order[i + 1]] if i + 1 < len(order) else len(s.text),
             market_lines[n]) for i, n in enumerate(order)
            if n in market_lines and (n != first or opened)]


def _caption_party(disc: Discourse, who, label: str, si: int):
    """The party a caption names as its rows' owner: "the Region" of "the agreements
    concluded by the Region" is the region it refers to (the report's own), not a place
    of that name."""
    if who.refers:
        return disc.antecedent(who, si)
    return disc.party(who, label)
# A row's sentence before another on its line: words and a full stop (not a bare list
# number, "1.", that the splitter set apart).
_ROW_SENTENCE_BEFORE = re.compile(r"[^\W\d_]{2,}.*[.!?]\s*$")


def _later_in_line(doc: Document, s) -> bool:
    """Whether the sentence follows another sentence of words on its own line."""
    if s.start < 2 or doc.line_at(s.start - 2) != doc.line_at(s.start):
        return False
    before = doc.text[doc.text.rfind("\n", 0, s.start) + 1:s.start]
    return bool(_ROW_SENTENCE_BEFORE.search(before))


def _column_owner(caption: str, common, disc: Discourse, si: int):
    """The party a table's rows share: the subject its lead-in names (a firm, a town or a
    region), else the one the report speaks for."""
    cms = [m for m in find_mentions(caption, common) if not m.adjectival]
    who = caption_owner(caption, cms) if caption else None
    if who is not None and who.text.lower() not in ("our", "we", "us"):
        p = _caption_party(disc, who, "Region", si)
        if p.label != "Country":
            return p
    return disc.own_firm() or _home_place(disc)


def _item_seats(text: str, mentions, spans, disc: Discourse) -> list:
    """The mentions of a sentence holding items of a list of markets or sources, a
    town written after an item's firm dropped and its country given to the firm."""
    if not spans:
        return mentions

    def place(m):
        p = resolve_mention(m, disc.resolver, disc.cache, "City")
        return p if p.resolved and p.label in ("City", "Region") else None

    def firm(m):
        if m.kind_hint in ("Company", "Organization") or m.organisation:
            return True
        p = resolve_mention(m, disc.resolver, disc.cache, "Company")
        return not (p.resolved and p.label in ("City", "Region", "Country"))

    out, seats = item_seats(text, mentions, spans, place, firm)
    return [m for m in out if m.start not in seats]


def _own_region(disc: Discourse):
    """The region a region's own report speaks for (its letterhead's), else None."""
    sp = disc.speaker
    return sp if sp is not None and sp.label == "Region" else None


_POSSESSIVE = re.compile(r"['’]s?\s")
_POSSESSED = re.compile(r"\b(?:its|their|his|her|our|your)\s+$", re.I)


def _lead_over_rows(doc: Document, s) -> bool:
    """Whether the sentence is a lead-in ending in a colon, or a heading that says
    what the rows are ("3.1 Main customers by country"), right above a table's or
    list's rows."""
    text = s.text.rstrip()
    return doc.line_at(s.start) + 1 in doc.rows and (text.endswith(":") or (
        "\n" not in text and not text.endswith(".") and caption_of(text) is not None))


def _over_rows(doc: Document, s) -> bool:
    """Whether the sentence is a numbered table caption right above its rows (a blank
    line or a header between): it says what the rows hold and states no relation of its
    own ("Chosen agreements of the Mogilev Region with regions abroad" read "Chosen"
    as a firm signing with the region)."""
    if not _TABLE_CAPTION.match(s.text):
        return False
    line = doc.line_at(s.start)
    return any(line + k in doc.rows for k in (1, 2, 3))


def _sales_of(rows: list[Hit], sales_rows: bool) -> list[Hit]:
    """A contract row of a table whose columns are sellers and their buyers: the same
    pair's supply, the seller's firm to the buyer's."""
    if not sales_rows:
        return []
    return [replace(h, rel_type="SUPPLIES_TO", kind=None, title=None, extra={})
            for h in rows if h.rel_type == "SIGNED_AGREEMENT"]


def _locating_cell(hit: Hit, disc: Discourse) -> bool:
    """A row's pair of a place and its own country ("Tula Region - Russia - agreement
    - 2001" under "Agreements of the Mogilev Region with regions abroad"): the country's
    column says where the place is; it is no partner."""
    a, b = (disc.party(m, "Region") for m in (hit.a, hit.b))
    if hit.rel_type == "TWINNED_WITH" and "Country" in (a.label, b.label):
        # ("Hanover | Germany | 1947" under "Twin cities": a country is never a twin; its
        # cell says where the partner is, whichever Hanover the name alone would reach)
        return True
    for place, country in ((a, b), (b, a)):
        if country.label == "Country" and place.label != "Country" and \
                place.country == country.country:
            return True
    return False


def _owned_row(text: str, mentions, table: tuple, disc: Discourse, twins: bool = True
               ) -> list[tuple[Hit, tuple]]:
    """A row naming one party under a caption that names the owner ("Twin towns of
    Mogilev", then "Kursk, Russia"): the owner's relation of the caption's type with it.
    A country after a comma or in brackets only locates the party. A row of agreements
    under a heading of partner towns is also a twinning, unless the caption says the
    partners are no twins (``twins`` false: "Our partners are not twin towns. X has
    made deals with them:")."""
    rel_type, kind, title, owner = table
    if rel_type == "SIGNED_AGREEMENT":
        kind, title = row_document(text, kind)
    out = []
    for m in mentions:
        if m.adjectival or m.refers or text.rfind("(", 0, m.start) > text.rfind(")", 0, m.start):
            continue
        party = disc.party(m, "City" if rel_type == "TWINNED_WITH" else "Region")
        if party.label == "Country" and out:
            continue  # "Kursk, Russia": where the town is
        if party.id != owner.id:
            hit = Hit(rel_type, Mention(owner.name, 0, 0), m, (m.start, m.end), 0.65,
                      "table row", kind, title)
            out.append((hit, (owner, party)))
    # ("China - Henan Province - agreement": a country's column before the partner's
    # says where the partner is)
    out = [(h, pair) for h, pair in out if not _locating_country(pair[1], out)]
    # (a row of several parties is no list of the owner's partners)
    if len(out) != 1:
        return []
    (hit, (_, party)), = out
    if rel_type == "SIGNED_AGREEMENT" and twins and partner_town_row(disc, owner, party):
        out.append((Hit("TWINNED_WITH", hit.a, hit.b, hit.trigger, 0.6, "table row"),
                    (owner, party)))
    return out


def _home_place(disc: Discourse) -> Party | None:
    """The town or region the text speaks for: its speaker, else its page's place."""
    sp = disc.speaker
    return sp if sp is not None and sp.label in ("City", "Region") else page_place(disc)


def _locating_country(party, row: list) -> bool:
    """Whether ``party`` is the country of another party of a table's row."""
    return party.label == "Country" and any(
        p.label != "Country" and p.country == party.country for _h, (_o, p) in row)


def _from_context(hits, resolved, deferred, disc: Discourse, si: int, ctx,
                  who: Mention | None, text: str, mentions: list[Mention],
                  sourcing: tuple = (-9, None)):
    """Supplies whose supplier or recipient the sentence does not name ("The main buyers
    are A and B", "The largest supplier is X", "From here tyres are shipped to Y") take
    that side from a supply stated before them in this sentence, else in the last
    sentence of the paragraph; with none, they are dropped (or, "from here", read as
    a place)."""
    out_h, out_r = list(hits), list(resolved)
    for i, (hit, pair) in enumerate(zip(hits, resolved, strict=True)):
        # "its tyres are bought by X", "the plant's engines went to Y": the supplier the
        # text is speaking of, before any other firm or place "its" might point to.
        # (A sentence whose own actor comes first speaks of that actor, unless it has
        # stated a supply before.)
        if hit.rel_type == "SUPPLIES_TO" and hit.a.refers == "Company" and (
                pair[0].reason or "").startswith(REPORTING_FIRM):
            continue   # "the company" of a firm's own report: that firm, not the last seller
        if hit.rel_type == "SUPPLIES_TO" and hit.a.refers in ("Actor", "Company"):
            # "A and B are its largest customers": "its" is not the buyers' own subject.
            buyers = who is not None and not who.refers and hit.b in run_after(text, who,
                                                                                mentions)
            sup = _side_before([h for h in hits[:i] if not buyers or h.a is not hit.a],
                               [r for h, r in zip(hits[:i], resolved[:i], strict=True)
                                if not buyers or h.a is not hit.a], hit, si, ctx, 0,
                               here_only=who is not None and not who.refers and not buyers
                               and who.start < hit.a.start
                               and disc.party(who, "Company").label in _FIRMS)
            if sup is not None and ctx[2] is not None and ctx[0] == si - 1 and sup is ctx[1] \
                    and ctx[2].label in _FIRMS and disc.actor_of(si - 1) == ctx[2].id:
                # "MTZ buys engines from MMZ. Its tractors are sold in Serbia": "its" is
                # the subject that bought, not the supplier it bought from.
                sup = ctx[2]
            if hit.a.text.lower() == "it" and who is not None and not who.refers \
                    and who.start < hit.a.start:
                # "X buys kits from A, and it sells cars to B": "it" is the clause's
                # subject, the sentence's own actor, not the supplier of the verb before.
                sup = disc.party(who, "Company")
            if sup is not None and sup.id not in (pair[0].id, pair[1].id):
                out_r[i] = (sup, pair[1])
            elif buyers and sup is None and disc.party(who, "Company").id == pair[0].id:
                out_r[i] = None   # none before: whose buyers they are is not known
        elif hit.rel_type == "SUPPLIES_TO" and hit.b.refers in ("Actor", "Company") and \
                who is not None and not who.refers and hit.a in run_after(text, who, mentions):
            # "A and B remain its main suppliers": "its" is the firm spoken of before,
            # not one of its own suppliers.
            run = {disc.party(m, "Company").id for m in run_after(text, who, mentions)}
            if pair[1].id in run:
                before = ctx[1] if ctx[0] == si - 1 else None
                out_r[i] = (pair[0], before) if before is not None and before.id not in run \
                    else None
    keep = [k for k, r in enumerate(out_r) if r is not None]
    out_h, out_r = [out_h[k] for k in keep], [out_r[k] for k in keep]
    for hit in deferred:
        if hit.how == "inputs from":
            sup = disc.party(hit.a, "Company")
            rec = sourcing[1] if sourcing[0] in (si, si - 1) else None
            if rec is None and re.search(r"\b(?:imported|c[oa]me|comes)\b",
                                         text[hit.trigger[0]:hit.trigger[1]]):
                # "Machinery came mainly from China" in a region's report: what the body
                # the text speaks for imports
                rec = disc.speaker or disc.quoted_speaker(disc.offset + hit.a.start, reach=600)
        elif hit.a.refers == SUPPLIER_REF and not hit.b.refers:
            sup, rec = _side_before(out_h, out_r, hit, si, ctx, 0), disc.party(hit.b, "Company")
            if sup is None:
                # "They are supplied by X through Y; the main recipients are A and B"
                agent = _BY_AGENT.search(text, 0, hit.trigger[0])
                m = next((x for x in mentions if agent and x.start == agent.end()
                          and not x.refers and not x.adjectival), None)
                sup = disc.party(m, "Company") if m is not None else None
            if sup is None and hit.how == "buyers" and who is not None and not who.refers:
                # "X exports tyres to 40 countries; the largest buyers are A, B": the
                # actor of the supply verb before them in this sentence
                verb = _EXPORTS.search(text, who.end, hit.trigger[0])
                if verb is not None and ";" in text[verb.end():hit.trigger[0]]:
                    sup = disc.party(who, "Company")
            if sup is None and hit.how in ("buyers", "share taken"):
                # "The main buyers were A and B" in a region's report or a firm's press
                # release, no supply named before: the buyers of whom the text speaks for
                sup = disc.speaker or disc.quoted_speaker(disc.offset + hit.b.start, reach=600)
        elif hit.b.refers == RECIPIENT_REF and not hit.a.refers:
            sup, rec = disc.party(hit.a, "Company"), _side_before(out_h, out_r, hit, si, ctx, 1)
        elif _from_here(hit, text):
            sup = _side_before(out_h, out_r, hit, si, ctx, 0)
            pair = _resolve_pair(hit, disc, si)
            if sup is None or sup.label not in _FIRMS:
                sup = pair[0] if pair else None
            rec = pair[1] if pair else None if hit.b.refers else disc.party(hit.b, "Company")
        else:
            continue
        if sup is None or rec is None or sup.id == rec.id:
            continue
        out_h.append(hit)
        out_r.append((sup, rec))
    return out_h, out_r


_FIRMS = ("Company", "Organization")
_BY_AGENT = re.compile(r"\b(?:supplied|delivered|shipped|exported|sold|sent|made|produced"
                       r"|manufactured)\s+(?:\w+ly\s+)?by\s+(?:the\s+)?")


# A question about where the speaker's goods go, or who supplies the speaker: "Where do
# your machines go?", "What does the region sell to Russia?", "Who supplies you?",
# "Where do you buy steel?".
_ASKED_OUT = re.compile(r"\b(?:where|what|who|which|how)\b.{0,60}?\b(?:go|sell|export|ship"
                        r"|supply|deliver|buys?|takes?)\b(?!\s+you\b)", re.I)
_ASKED_IN = re.compile(r"\b(?:who|where|which)\b.{0,40}?\b(?:suppl(?:y|ies)\s+(?:you|the\s+"
                       r"(?:plant|company|region|city))|(?:do|does)\s+(?:you|the\s+(?:plant"
                       r"|company))\s+(?:buy|get|source|import|obtain)|come\s+from"
                       r"|(?:your|its)\s+(?:main\s+)?suppliers)\b", re.I)
_YOU = re.compile(r"\b(?:you|your)\b", re.I)


def _answer_context(question: tuple, si: int, ctx: tuple, sourcing: tuple, disc: Discourse
                    ) -> tuple[tuple, tuple]:
    """The supply and sourcing contexts a paragraph opens with: none, except after a
    paragraph that is one question (``question``: its sentence and text), whose answer
    goes on with what it asked about: the supply the question stated ("What does the
    region sell to Russia?") or the speaker's goods ("Where do your machines go?": the
    answer's recipients receive from the speaker; "Who supplies you?": the answer's
    suppliers supply the speaker)."""
    none_ctx, none_src = (-9, None, None), (-9, None)
    at, asked = question
    if at != si - 1:
        return none_ctx, none_src
    if _ASKED_IN.search(asked):
        who = sourcing[1] if sourcing[0] == at else disc.speaker if _YOU.search(asked) else None
        return none_ctx, ((at, who) if who is not None else none_src)
    if not _ASKED_OUT.search(asked):
        return none_ctx, none_src
    if ctx[0] == at and ctx[1] is not None:
        return ctx, none_src
    who = disc.speaker if _YOU.search(asked) else None
    return ((at, who, None) if who is not None else none_ctx), none_src


def _from_here(hit: Hit, text: str) -> bool:
    """"From here tyres are shipped to Y" after a sentence on a firm: here is the firm."""
    return hit.rel_type == "SUPPLIES_TO" and hit.a.refers == "Place" and bool(
        re.match(r"from\b", hit.a.text, re.I) or re.search(r"\b[Ff]rom\s+$", text[:hit.a.start]))


def _side_before(hits, resolved, hit, si: int, ctx, side: int, here_only: bool = False):
    """The supplier (``side`` 0) or recipient (1) of a supply stated before ``hit`` in
    this sentence, else in the last sentence of the paragraph."""
    here = [p[side] for h, p in zip(hits, resolved, strict=True)
            if h.rel_type == "SUPPLIES_TO" and h.trigger[0] < hit.trigger[0]
            and h.a.refers != SUPPLIER_REF and h.b.refers != RECIPIENT_REF]
    if here:
        return here[-1]
    return ctx[1 + side] if ctx[0] == si - 1 and not here_only else None


def _supplier_after(text: str, hits, resolved, prev_actor, disc: Discourse, si: int, ctx,
                    refs: list[Mention] = ()):
    """Who supplied whom in this sentence, for the next to refer to: the sides of its
    last supply, else the actor of a sentence with a supply verb ("Amkodor exports
    loaders.") as the supplier."""
    pairs = [p for h, p in zip(hits, resolved, strict=True) if h.rel_type == "SUPPLIES_TO"]
    if pairs:
        return si, pairs[-1][0], pairs[-1][1]
    who = prev_actor[1]
    verb = _EXPORTS.search(text)
    if who is None and verb:
        # "Its products are supplied to 15 regions": the owner the reference points at
        who = next((m for m in refs if m.refers in ("Actor", "Company", "Speaker")
                    and m.end <= verb.start()), None)
    if who is not None and verb and who.end <= verb.start():
        party = disc.antecedent(who, si) if who.refers else disc.party(who, "Company")
        if party is not None:
            return si, party, None
    return ctx


def _sourcing(text: str, hits, resolved, who: Mention | None, disc: Discourse, si: int,
              before: tuple) -> tuple:
    """``(sentence, firm)`` of a firm that depends on inputs ("X depends on a few
    suppliers.", "Our plants rely on imported components."): it receives what this or
    the next sentence says comes from whom ("Engines are delivered by Y"); a sentence
    that names such inputs passes the firm on to the next."""
    got = [p[1] for h, p in zip(hits, resolved, strict=True) if h.how == "inputs from"]
    if got:
        return si, got[-1]
    needs = SOURCING.search(text)
    if who is not None and needs and who.end <= needs.start():
        party = disc.antecedent(who, si) if who.refers else disc.party(who, "Company")
        if party is not None and party.label in _FIRMS:
            return si, party
    return before


_EXPORTS = re.compile(r"\b(?:suppl(?:y|ies|ied)|deliver(?:s|ed)?|export(?:s|ed)?|ship(?:s|ped)?"
                      r"|sells?|sold|exporters?|suppliers?|producers?|makers?|manufacturers?"
                      # "Bobruiskagromash produces trailers. Its largest buyers are ..."
                      r"|produces|makes|manufactures)\b", re.I)


def _gapped(text: str, mentions, hits: list[Hit]) -> list[Hit]:
    """Clauses that leave out the verb of the signing or twinning before them ("A
    signed agreements with B in 2011, and C with D in 2013"; "...; C - with D")."""
    out = []
    ms = [m for m in mentions if not m.adjectival]
    paired = {frozenset((id(h.a), id(h.b))) for h in hits}
    for rel_type in ("SIGNED_AGREEMENT", "TWINNED_WITH"):
        last = max((h for h in hits if h.rel_type == rel_type and h.how != "table row"),
                   key=lambda h: max(h.a.end, h.b.end), default=None)
        if last is None:
            continue
        end = run_after(text, max(last.a, last.b, key=lambda m: m.end), ms)[-1].end
        for a, b in gapped_pairs(text, ms, end):
            if frozenset((id(a), id(b))) not in paired:
                out.append(Hit(rel_type, a, b, last.trigger, round(last.confidence - 0.1, 2),
                               "gapped", last.kind, last.title))
    return out


def _maybe_relation(text: str) -> bool:
    # Lower case once: a case-blind search over this many stems is several times slower.
    # ("Russia took two thirds of the volume": a share of the supply stated before)
    # ("Our ties with X were formed in 1961": a town page's own tie, see home_twins)
    return bool(_ANY.search(text.lower()) or "FTA" in text or SHARE_TAKEN.search(text)
                or OUR_TIE.search(text) or goods_row(text))


def _own_paragraph(text: str, s) -> bool:
    """A heading stands alone: a paragraph break before it or (where a page foot hid
    the break before) right after it."""
    return s.start == 0 or "\n" in text[max(0, s.start - 3):s.start] \
        or "\n" in text[s.end:s.end + 3] or s.end >= len(text)


# A run-in label: a line that opens with a name or a few section words and a stop, the
# section's text going on after it on the same line ("Serbia. The company supplies ...",
# "Other markets. Small lots went to ..."). It names the market the section is about,
# not whoever acts in it, so it is no subject for later sentences to carry.
_LABEL = re.compile(r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\.")
# A section's number run into its first line ("4.2. Exports ...", "5. Tasks for 2024"):
# what the section before spoke of is not this section's topic.
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.")
_LABEL_WORDS = frozenset("other and the of rest remaining further countries markets regions "
                         "cities partners customers buyers destinations world".split())


def _section_number(doc: Document, s, nxt: int) -> bool:
    """Whether sentence ``s`` is a section's number that opens a line, the section's
    first sentence going on after it on that line ("4.2. Exports of the region ...")."""
    if not _SECTION_NUMBER.fullmatch(s.text.strip()):
        return False
    line = doc.line_at(s.start)
    return not (s.start > 1 and doc.line_at(s.start - 2) == line) and \
        nxt <= len(doc.text) and doc.line_at(nxt) == line


def _run_in_label(doc: Document, s, nxt: int, mentions) -> bool:
    """Whether sentence ``s`` is a run-in label: it opens a line of the text as written,
    the next sentence goes on on that line (at ``nxt``), and it is names and section
    words only."""
    line = doc.line_at(s.start)
    if s.start > 1 and doc.line_at(s.start - 2) == line:
        return False
    if nxt > len(doc.text) or doc.line_at(nxt) != line:
        return False
    if not _LABEL.fullmatch(s.text.strip()):
        return False
    rest = s.text
    for m in sorted(mentions, key=lambda m: -m.start):
        rest = rest[:m.start] + " " + rest[m.end:]
    words = re.findall(r"[A-Za-z][\w'’-]*", rest)
    return all(w.lower() in _LABEL_WORDS for w in words)


# "to bunkering firms in P, among them F": the buyers in P are then named
_AMONG = re.compile(r"\s*,?\s*(?:among\s+them|among\s+whom|including|notably|in\s+particular"
                    r"|such\s+as|chiefly|mainly|mostly)(?:\s+to)?"
                    r"(?:\s+the(?:\s+[a-z][a-z-]+){0,2})?\s+")
# (a country stays: "to chemical firms in Poland, among them Anwil" is trade with Poland too)
_PLACE_LABELS = ("City", "Region")


# "turned its sea cargo to the ports of Riga, Ventspils and Klaipeda":
# a port goods go to or through (each of a list after "the ports of") is where they
# pass, no buyer ("The port of Riga bought cranes", "loaders at work at the port of X":
# the port uses them).
_PORT_LED = re.compile(r"\b(?:to|into|via|through)\s+(?:the\s+)?(?:sea\s*)?ports?\s+of\s+"
                       r"(?:the\s+)?"
                       r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")


# "shipped its concentrate, through Narvik, to mills in Japan", "goods that arrive by
# lorry via Brest": a place the goods pass through (or its list) is their route, neither
# supplier nor buyer. A firm stays ("reaches Serbia through the importer X": X buys).
_ROUTE_LED = re.compile(r"\b(?:via|through)\s+"
                        r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")


def _passed_through(text: str, m, party) -> bool:
    """Whether the mention ``m`` names a port or place the goods only pass through."""
    if m.refers:
        return False
    start = max(0, m.start - 120)
    if _PORT_LED.search(text, start, m.start):
        return True
    return party.label in _PLACE_LABELS + ("Country",) \
        and _ROUTE_LED.search(text, start, m.start) is not None


# "Sawlogs from the A and B basins were shipped by Komi sawmills to C": where the goods
# come from is no supplier when the passive names who moved them (its agent after "by";
# a means of transport is none: "shipped by rail").
_FROM_LED = re.compile(r"\bfrom\s+(?:the\s+)?"
                       r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
_PASSIVE_BY = re.compile(
    r"[^;:,]{0,80}?\b(?:is|are|was|were)\s+(?:(?:also|now|then|mainly|mostly|largely|chiefly)\s+)?"
    r"(?:shipped|delivered|supplied|sold|exported|sent|transported|carried)\s+by\s+"
    r"(?!(?:rail|road|sea|air|lorry|lorries|truck|trucks|ship|ships|train|trains|barge|barges"
    r"|pipeline|river|ferry|tanker|tankers|boat|boats)\b)")


def _origin_not_agent(text: str, m) -> bool:
    """Whether the mention ``m`` only says where the goods come from, the passive after
    it naming who shipped them (see ``_PASSIVE_BY``)."""
    return not m.refers and _FROM_LED.search(text, max(0, m.start - 120), m.start) is not None \
        and _PASSIVE_BY.match(text, m.end) is not None


def _not_to_ports(text: str, hits: list, resolved: list) -> tuple[list, list]:
    """The supplies whose parties are not ports or places the goods pass through, and
    whose supplier is not only where the goods come from."""
    keep = [i for i, h in enumerate(hits) if h.rel_type != "SUPPLIES_TO"
            or not (_passed_through(text, h.b, resolved[i][1])
                    or _passed_through(text, h.a, resolved[i][0])
                    or _origin_not_agent(text, h.a))]
    if len(keep) == len(hits):
        return hits, resolved
    return [hits[i] for i in keep], [resolved[i] for i in keep]


# "a contract concluded with the participation of X", "signed with the support of X":
# X attends or helps, no side of the relation (nor each of its list).
_ASSISTED_BY = re.compile(r"\b[Ww]ith\s+the\s+(?:active\s+)?(?:participation|assistance|support"
                          r"|help|mediation|involvement|backing|facilitation)\s+of\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                          r"(?:the\s+)?)*$")


# "The plan was signed by the Governor in Kursk on 3 May", "a memorandum signed in
# Lyon": the place after the signing verb (and whoever signed) is where it was signed.
_SIGNED_AT = re.compile(r"\b(?:signed|concluded|initialled|initialed|sealed)"
                        r"(?:\s+by\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?"
                        r"[A-Za-z][\w-]*)?\s+(?:in|at)\s+(?:the\s+)?$")


_SIGNED_WORD = re.compile(r"signed|concluded|initial|sealed")


def _no_side(text: str, m) -> bool:
    """Whether the mention ``m`` is a place in an event's name (see
    ``patterns.in_event_name``), a direction ("the North-West", ``names.direction``),
    one who only takes part (see ``_ASSISTED_BY``), one an opening phrase of contrast
    sets apart ("Unlike A, ...": see ``coordination.contrast_opening``) or the place a
    document was signed at (``_SIGNED_AT``)."""
    return not m.refers and (in_event_name(text, m) or _direction(m) or _ASSISTED_BY.search(
        text, max(0, m.start - 120), m.start) is not None or contrast_opening(text, m)
        or (_SIGNED_WORD.search(text, max(0, m.start - 60), m.start) is not None
            and _SIGNED_AT.search(text, max(0, m.start - 60), m.start) is not None))


def _direction(m) -> bool:
    """A direction alone ("the North-West"), unless a country is stated for it ("the
    Belarusian regions of Central and Vitebsk")."""
    return direction(m.text) and not m.country_hint


# "link the port with the Danube", "a ferry across the Adriatic": a single word after
# "the" that neither the gazetteer nor any description, legal form or acronym makes a
# party (read only with a relation type's default kind: a firm or a body, a town for a
# twinning) names a river, a sea, a range or a dynasty, as a firm or a town is never named
# so bare ("the Urals", a region the text's lexicon knows, stays).
_BARE_THE = re.compile(r"\b[Tt]he\s+$")


def _feature_after_the(text: str, m, party, rel_type: str) -> bool:
    """Whether ``m`` is an unknown single capitalised word with "the" before it."""
    default = "City" if rel_type == "TWINNED_WITH" else "Company"
    return not (m.refers or m.adjectival or party.resolved or m.kind_hint or m.named_firm
                or m.place_hint or m.country_hint or m.acronym or m.organisation) \
        and party.label in (default, "Organization") \
        and re.fullmatch(r"[A-Z][a-z]{2,}", m.text) is not None \
        and m.text.lower() not in LEGAL_FORMS \
        and _BARE_THE.search(text, max(0, m.start - 5), m.start) is not None \
        and _ENDS_PHRASE.match(text, m.end) is not None


# (the word ends its noun phrase: "the Svitoch factory", "the Norebo group" are firms
# described by a head noun after the name)
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:on|in|at|to|from|with|by|and|or|for|since"
                          r"|until|during|which|that|where|is|was|were|are|has|had|will)\b")


def _not_in_event_names(text: str, hits: list, resolved: list) -> tuple[list, list]:
    """The relations none of whose sides is a place named in an event's name or one who
    only takes part (see ``_no_side``), nor a feature named with "the" alone (see
    ``_feature_after_the``), whatever rule paired it (the clause fallback, a side carried
    from before)."""
    keep = [i for i, h in enumerate(hits) if not any(
        _no_side(text, m) or _feature_after_the(text, m, p, h.rel_type)
        for m, p in zip((h.a, h.b), resolved[i], strict=True))]
    if len(keep) == len(hits):
        return hits, resolved
    return [hits[i] for i in keep], [resolved[i] for i in keep]


# "ships urea to B under a supply contract signed in 2020", "takes parts from us under
# an assembly agreement concluded in 2011": the contract the goods move under (one of
# supply, or one signed, renewed or extended) and no partner of its own ("under a
# contract with C" names C).
_UNDER_CONTRACT = re.compile(
    r"\bunder\s+(?:a|an|the|its|their|our)\s+(?P<words>(?:(?-i:[a-z][\w-]*)\s+){0,4}?)"
    r"(?P<doc>contract|agreement)s?\b(?!\s+(?:with|between)\b)"
    r"(?P<signed>\s+(?:(?:that|which)\s+(?:was|were|is|are|will)\s+)?(?:(?:yet\s+)?to\s+be\s+|be\s+)?"
    r"(?:signed|concluded|renewed|extended)\b"
    # ("under the contract they renewed with us last year": one side signed it with the other,
    # which a pronoun names)
    r"|\s+(?:(?:that|which)\s+)?(?:we|it|they|the\s+(?:firm|company|group))\s+"
    r"(?:(?:has|have|had)\s+)?(?:signed|concluded|renewed|extended)\s+with\s+"
    r"(?:it|them|us)\b)?")
_SUPPLY_WORDS = re.compile(r"\b(?:supply|supplies|delivery|deliveries|purchase|sales?|export)\b")
# "Under a contract signed on Monday, A will deliver tugs to B": the contract fronted,
# signed and with no partner of its own (one "with C" is ``_under_document_with``'s),
# is the main clause's supply's.
_FRONTED_CONTRACT = re.compile(
    r"^\s*(?:[-–—•]\s*)?[Uu]nder\s+(?:a|an|the|its|their|our)\s+"
    r"(?P<words>(?:(?-i:[a-z][\w-]*)\s+){0,4}?)(?P<doc>contract|agreement)s?"
    r"\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?P<signed>signed|concluded|renewed|extended)\b"
    r"(?P<rest>[^,;:]{0,40}),\s+")
# What may lead the main clause's subject: "the Gdansk shipyard" before its name.
_SUBJECT_LEAD = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,2}")
# "A supplies parts to B, and it signed a long-term contract with them in 2023": a
# signing whose partner only refers back to the supply's recipient.
_SIGNED_WITH_THEM = re.compile(
    r",?\s+and\s+(?:(?:it|they|the\s+(?:firm|company|group))\s+)?(?:also\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?P<signed>signed|concluded|renewed|extended)\s+"
    r"(?:an?|the|its|their)\s+(?P<words>(?:(?-i:[a-z][\w-]*)\s+){0,4}?)"
    r"(?P<doc>contract|agreement)s?\s+with\s+(?:them|it|him|her)\b")


def _under_contract(text: str, hits: list, resolved: list) -> tuple[list, list]:
    """A supply between two firms made under a contract (see ``_UNDER_CONTRACT``): the
    contract is their signing too. A town or region supplied under a contract is left
    to the supply alone (its contract's signer is not written)."""
    out_h, out_r = list(hits), list(resolved)
    for h, (pa, pb) in zip(hits, resolved, strict=True):
        if h.rel_type != "SUPPLIES_TO" or not {pa.label, pb.label} <= _FIRM_LABELS \
                or pa.id == pb.id:
            continue
        # (from the later of the two parties: "bought buses from X S.A. under a contract",
        # the stop of a legal form ends no clause)
        after = max(h.trigger[1], h.a.end, h.b.end)
        m = _contract_of_supply(text, h, after, hits)
        if m is None:
            continue
        if any(g.rel_type == "SUPPLIES_TO" and after <= g.trigger[0] < m.start() for g in hits):
            # ("its customer is A, and it delivers billets to B under a supply agreement":
            # the contract is the supply's stated after A, B's)
            continue
        if any(g.rel_type == "SIGNED_AGREEMENT" and {q.id for q in r} == {pa.id, pb.id}
               for g, r in zip(out_h, out_r, strict=True)):
            continue
        out_h.append(Hit("SIGNED_AGREEMENT", h.a, h.b, m.span("doc"), 0.7, "under contract",
                         "contract" if m.group("doc") == "contract" else "agreement",
                         " ".join((m.group("words") + m.group("doc")).split())))
        out_r.append((pa, pb))
    return out_h, out_r


def _contract_of_supply(text: str, h, after: int, hits: list):
    """The contract a supply is made under: one after it (see ``_UNDER_CONTRACT``), one
    signed with "them" in a clause joined to it (``_SIGNED_WITH_THEM``), or one signed
    and fronted before both parties (``_FRONTED_CONTRACT``)."""
    m = _UNDER_CONTRACT.search(text, after, min(len(text), after + 160))
    if m is not None and not re.search(r"[;:]|\.\s", text[after:m.start()]) and (
            m.group("signed") or _SUPPLY_WORDS.search(m.group("words"))):
        return m
    # (the recipient's seat or the goods may come between: "to B of Gdynia, and it ...")
    m = _SIGNED_WITH_THEM.search(text, after, min(len(text), after + 80))
    if m is not None and not re.search(r"[;:,]|\.\s", text[after:m.start()]):
        return m
    m = _FRONTED_CONTRACT.match(text)
    # (a legal form's stop ends no clause: "A Co. will deliver"; the contract is the
    # first recipient's: "A supplied ingots to B, and alloys to C" names C's no further)
    # (the main clause's subject, perhaps after a description, is one of the pair)
    if m is not None and _SUBJECT_LEAD.fullmatch(text, m.end(), min(h.a.start, h.b.start)) \
            and not re.search(r"\bwith\b|;|\.\s+[A-Z]", text[m.end():h.b.start]) \
            and " with " not in f" {m.group('rest')} " \
            and not any(g.rel_type == "SUPPLIES_TO" and g.b.start < h.b.start for g in hits):
        return m
    # (the same, fronted in a later clause, or the contract the supply's clause describes:
    # "..., and under a contract signed in 2021 A sells power to B", "a contract under
    # which A will supply G to B" among documents the sentence says were signed)
    first = min(h.a.start, h.b.start)
    if not any(g.rel_type == "SUPPLIES_TO" and g.b.start < first for g in hits):
        return fronted_in_clause(text, first) or under_which(text, first, after)
    return None


_FIRM_LABELS = frozenset(("Company", "Organization"))

# "..., and the Borisov plant Avtogidrousilitel delivers steering units to both of them":
# the recipients of the sentence's supplies before, each supplied by this clause's subject.
_TO_BOTH = re.compile(r"\s+(?:(?:also|now|in\s+turn)\s+)?(?P<verb>supplies|supplied|ships"
                      r"|shipped|delivers|delivered|sells|sold|exports|exported)\s+"
                      r"(?:(?-i:[a-z][\w-]*)\s+){0,4}?to\s+(?:both|each|all)\s+of\s+them\b")


def _to_both(text: str, mentions, hits: list, resolved: list, disc: Discourse) -> list:
    """The supplies to "both of them" (see ``_TO_BOTH``): the named subject right before
    the verb supplies each recipient of the supplies found before it in the sentence."""
    out = []
    for m in mentions:
        t = _TO_BOTH.match(text, m.end)
        if t is None or m.refers or m.adjectival:
            continue
        before = [(h, pair) for h, pair in zip(hits, resolved, strict=True)
                  if h.rel_type == "SUPPLIES_TO" and h.b.end <= m.start]
        recipients = {pair[1].id: (h.b, pair[1]) for h, pair in before}
        if len(recipients) < 2:
            continue   # (one recipient before: "both" counts something else)
        supplier = disc.party(m, "Company")
        for b, pb in recipients.values():
            if pb.id != supplier.id:
                out.append((Hit("SUPPLIES_TO", m, b, t.span("verb"), 0.7, "to both of them",
                                extra={"goods": None, "value_usd": None}), (supplier, pb)))
    return out


def _buyers_named(text: str, hits: list, resolved: list) -> tuple[list, list]:
    """"sells fuel oil to shipping firms in Klaipeda, among them Klaipeda Marine Services",
    "to glass works in Gostomel, chiefly to Kyiv Glass": the firm named after the place
    is the buyer there; the town or region only located the buyers and is no recipient
    of its own. The place dropped is the one the firm's name carries, else the only place
    between the trigger and the firm ("buyers in A and B, among them A Chemicals": B's
    buyers stay unnamed, B stays)."""
    drop = set()
    for h, (pa, pb) in zip(hits, resolved, strict=True):
        if h.rel_type != "SUPPLIES_TO" or pb.label not in ("Company", "Organization"):
            continue
        places = [j for j, (g, (qa, qb)) in enumerate(zip(hits, resolved, strict=True))
                  if g.rel_type == "SUPPLIES_TO" and qa.id == pa.id and qb.label in _PLACE_LABELS
                  and g.trigger[1] <= g.b.end <= h.b.start]
        if not places:
            continue
        last = max(places, key=lambda j: hits[j].b.end)
        if not _AMONG.fullmatch(text, hits[last].b.end, h.b.start):
            continue
        named = [j for j in places if h.b.text.lower().startswith(hits[j].b.text.lower() + " ")]
        drop.update(named or (places if len({resolved[j][1].id for j in places}) == 1 else []))
    if not drop:
        return hits, resolved
    keep = [i for i in range(len(hits)) if i not in drop]
    return [hits[i] for i in keep], [resolved[i] for i in keep]


# "to Orion Oy, Espoo, and ...", "Weber Holz GmbH, Bremen, remained its largest
# customer": a firm's legal form, then the comma before its town
_LEGAL_THEN_COMMA = re.compile(rf"(?<![\w.])(?:{LEGAL_ANY})\.?,\s*$")
# what may follow the seat: the end of the aside or of the sentence
_SEAT_ENDS = re.compile(r"\s*(?:[,;:)]|[.!?]?\s*$|\.\s)")


def _seats_after_firms(text: str, hits: list, resolved: list) -> tuple[list, list]:
    """"supplied ingots to Assan Aluminyum, Istanbul, and alloys to B": a town (or
    region) set off by commas right after a firm is where the firm sits, not another
    recipient (nor supplier). The firm is known as a party of the same supplier's
    supply, or by its legal form. A list of places goes on ("to X Ltd, Riga, Tallinn
    and Vilnius": the next is a place of the same supply, so the places are markets)."""
    firms = {(qa.id, g.b.end) for g, (qa, qb) in zip(hits, resolved, strict=True)
             if g.rel_type == "SUPPLIES_TO" and qb.label in ("Company", "Organization")}
    drop = set()
    for i, (h, (pa, pb)) in enumerate(zip(hits, resolved, strict=True)):
        if h.rel_type != "SUPPLIES_TO" or pb.label not in _PLACE_LABELS or h.b.refers:
            continue
        comma = re.search(r",\s*$", text[:h.b.start])
        if comma is None or not _SEAT_ENDS.match(text, h.b.end):
            continue
        if (pa.id, comma.start()) not in firms and not _LEGAL_THEN_COMMA.search(
                text, 0, h.b.start):
            continue
        listed = any(g.rel_type == "SUPPLIES_TO" and qa.id == pa.id and g.b.start > h.b.end
                     and qb.label in _PLACE_LABELS + ("Country",)
                     and re.fullmatch(r",?\s*(?:and\s+|or\s+)?", text[h.b.end:g.b.start])
                     for g, (qa, qb) in zip(hits, resolved, strict=True))
        if not listed:
            drop.add(i)
    if not drop:
        return hits, resolved
    keep = [i for i in range(len(hits)) if i not in drop]
    return [hits[i] for i in keep], [resolved[i] for i in keep]


def _opens_line(doc, s) -> bool:
    """Whether a sentence opens a paragraph or a line as written: rows set a line each
    ("Frederikshavn (Denmark) - twin city since 1994." under the line before) are run
    into one paragraph when no blank line parts them."""
    return s.start == 0 or "\n" in doc.text[max(0, s.start - 3):s.start] or \
        doc.line_at(s.start) != doc.line_at(max(0, s.start - 2)) or \
        _LIST_NUMBER.fullmatch(doc.text[doc.text.rfind("\n", 0, s.start) + 1:s.start]) is not None


# A list's number alone before a sentence on its line ("1. Narvik (Norway) - 1991."): the
# sentence opens the line all the same.
_LIST_NUMBER = re.compile(r"\s*" + LIST_MARK + r"\s+")


def _first_line(doc, s) -> str:
    """The part of sentence ``s`` on its first line as written, when the sentence runs
    on to the next line (a line with no full stop is run into the one under it); else
    ""."""
    if not doc.lines or doc.line_at(s.end - 1) == doc.line_at(s.start):
        return ""
    end = bisect.bisect_right(doc.lines, doc.line_at(s.start), s.start, min(s.end,
                                                                            len(doc.lines)))
    return doc.text[s.start:end].rstrip()


def _alone(text: str, s) -> bool:
    """A line of its own: a paragraph break (or the text's edge) on both sides."""
    return (s.start == 0 or "\n" in text[max(0, s.start - 3):s.start]) and \
        ("\n" in text[s.end:s.end + 3] or not text[s.end:].strip())


def _name_across_dash(text: str, first: str, common, disc: Discourse) -> bool:
    """Whether the dash after a heading's first side (``first``) falls inside one place
    the gazetteer knows by the whole hyphenated name ("Cluj-Napoca (Romania) - since
    2005", "Bielsko-Biala"): a town, not a heading "A-B" of two parties ("Grodno-
    Bialystok: twin towns" stays a pair)."""
    at = text.find(first)
    if at < 0:
        return False
    cut = at + len(first)
    for m in find_mentions(text, common):
        if m.start < cut < m.end and not m.refers:
            p = disc.party(m, "City")
            if p.resolved and p.label in ("City", "Region", "Country"):
                return True
    return False


def _resolve_name(name: str, disc: Discourse):
    """The party a heading names, or None when it is no single name."""
    ms = find_mentions(name)
    if len(ms) != 1:
        return None
    return disc.party(ms[0], "Region")


def _relative_twins(text: str, mentions, hits: list, resolved: list, disc) -> tuple[list, list]:
    """The twinnings of relative clauses ("A, whose twin town is B", "A, twinned with
    B,"): a twin word inside one pairs only its owner and the twin it names, so the
    patterns' other pairs from that word are dropped."""
    found, spans = relative_twins(text, mentions, disc)
    if not spans:
        return hits, resolved
    ours = {frozenset(p.id for p in pair) for _, pair in found}
    keep = [i for i, (h, pair) in enumerate(zip(hits, resolved, strict=True))
            if not (h.rel_type == "TWINNED_WITH"
                    and any(lo <= h.trigger[0] < hi for lo, hi in spans)
                    and frozenset(p.id for p in pair) not in ours)]
    hits, resolved = [hits[i] for i in keep], [resolved[i] for i in keep]
    have = {frozenset(p.id for p in pair) for h, pair in zip(hits, resolved, strict=True)
            if h.rel_type == "TWINNED_WITH"}
    for hit, pair in found:
        if frozenset(p.id for p in pair) not in have:
            hits.append(hit)
            resolved.append(pair)
    return hits, resolved


def _gapped_twins(text: str, mentions, hits: list, resolved: list, disc) -> tuple[list, list]:
    """A second owner with its twin noun left out ("..., and Pori's is Narva"): that pair
    replaces every other twinning of its twin the sentence's lists made (Lahti-Narva)."""
    found = gapped_twins(text, mentions, disc)
    if not found:
        return hits, resolved
    for hit, pair in found:
        twin = pair[1].id
        keep = [i for i, (h, p) in enumerate(zip(hits, resolved, strict=True))
                if not (h.rel_type == "TWINNED_WITH" and None not in p
                        and twin in (p[0].id, p[1].id))]
        hits, resolved = [hits[i] for i in keep] + [hit], [resolved[i] for i in keep] + [pair]
    return hits, resolved


def _resolve_pair(hit: Hit, disc: Discourse, si: int, text: str = ""):
    """The two parties of a hit; None when a party is a reference with nothing to
    point at, or a vague one."""
    if getattr(hit, "parties", None):
        return hit.parties
    default = "City" if hit.rel_type == "TWINNED_WITH" else "Company"
    a = None if hit.a.refers else disc.party(hit.a, default)
    b = None if hit.b.refers else disc.party(hit.b, default)
    # A place named by reference is looked up knowing the other side.
    if hit.a.refers:
        a = disc.antecedent(hit.a, si, b)
        if a is None and hit.a.refers == "Region" and hit.a.country_hint:
            a = disc.party(hit.a, default)
    if hit.b.refers:
        b = disc.antecedent(hit.b, si, a)
        if b is None and hit.b.refers == "Region" and hit.b.country_hint:
            b = disc.party(hit.b, default)
    if a is None or b is None:
        return None
    if hit.how == SPEAKERS_TWIN and a.label not in ("City", "Region"):
        return None   # ("Minsk is a partner since 2011" in a firm's interview: no twinning)
    if hit.how == ONE_TWIN_IN and b.label != "City":
        return None   # ("has a twin town in Bavaria": where an unnamed twin lies)
    if hit.rel_type == "TWINNED_WITH":
        return twin_pair(hit, a, b, text, disc)
    how = hit.extra.get("list_of", hit.how)   # (a later document of a list: the first's)
    if hit.rel_type == "SIGNED_AGREEMENT" and how in _PARALLEL_SIGNERS:
        a, b = _beside_region(hit.a, a, b, disc), _beside_region(hit.b, b, a, disc)
    if hit.rel_type == "SIGNED_AGREEMENT" and how in _PEER_SIGNERS:
        a, b = _region_so_called(hit.a, a, b, disc), _region_so_called(hit.b, b, a, disc)
        a, b = _town_beside_town(hit.a, a, b, disc), _town_beside_town(hit.b, b, a, disc)
    return a, b


def _town_beside_town(m: Mention, p: Party, other: Party, disc: Discourse) -> Party:
    """A bare name signing beside the town the text speaks for ("X and Y concluded a
    partnership agreement" on X's own page), read alone as an unknown firm: the town
    the gazetteer knows by that name, as peers sign alike. A name with a firm's or a
    body's marks stays a firm."""
    if p.label not in ("Company", "Organization") or p.resolved or other.label != "City" \
            or not other.resolved or m.refers or m.organisation or m.described or \
            m.adjectival or m.kind_hint:
        return p
    # (asked only now, and only once found: asking settles whom the text speaks for)
    sp = disc.speaker_if_known()
    if sp is None or sp.id != other.id:
        return p
    town = disc.party(replace(m, kind_hint="City"), "City")
    if not (town.label == "City" and town.resolved):
        # (or the town the text read the name as before: a partner's heading, "X (Croatia)")
        name = " ".join(m.text.split()).casefold()
        town = next((q for _s, _o, q in reversed(disc.seen_parties())
                     if q.label == "City" and q.resolved and q.name.casefold() == name), None)
    return replace(town, name=p.name) if town is not None and town.label == "City" and \
        town.resolved else p


# Rules whose two signers stand alike, one level of government as often as not: those
# written alike, and a pair hyphened before its document ("the Tripura-Chattogram
# memorandum").
_PEER_SIGNERS = frozenset({"A and B", "between", "co-signers", "named pair"})


def _region_so_called(m: Mention, p: Party, other: Party, disc: Discourse) -> Party:
    """A bare town's name signing beside a region, where the text writes that name with a
    region word elsewhere ("Tripura and Chattogram signed" after "Chattogram Division",
    "Hyogo and Washington State" after "Hyogo Prefecture"): the region so called, as the
    text wrote it, not the town that is its capital. A name written with its own kind
    word ("Chattogram city") or as a body stays what it is."""
    if p.label != "City" or other.label != "Region" or m.kind_hint or m.refers or \
            m.organisation or m.described or m.adjectival or p.id == other.id:
        return p
    form = disc.region_form(m.text)
    if form is None:
        return p
    region = disc.party(replace(m, text=form, kind_hint="Region"), "Region")
    if region.label != "Region" or region.id == other.id:
        return p
    return replace(region, name=p.name, reason="a town's name the text calls a region")


# Rules that pair signers written alike ("A and B signed", "between A and B", "A, B
# and C signed"): parties of one level of government as often as not.
_PARALLEL_SIGNERS = frozenset({"A and B", "between", "co-signers"})


def _beside_region(m: Mention, p: Party, other: Party, disc: Discourse) -> Party:
    """A bare name the gazetteer and the text leave unknown, signing beside a region
    ("between Grand Est and Rhineland-Palatinate", "A, B and C signed" with regions
    among them): a region, not the relation type's default firm; beside a town, the
    town the gazetteer has by that name in the text's or the partner's countries (a
    small one, which a bare name does not reach: "A, B and C signed" with towns). A name
    that says it is a firm or a body (legal form, head noun, quotes, a definition) stays
    what it is."""
    if p.resolved or p.label not in ("Company", "Organization", other.label) or not (
            other.resolved and other.label in ("Region", "City")) or m.refers \
            or m.organisation or m.kind_hint not in (None, other.label) or m.acronym \
            or m.described or m.place_hint \
            or m.unnamed or '"' in m.text or _FIRM_MARK.search(m.text) \
            or disc.names.lookup(m.text):
        return p
    if other.label == "City":
        # (the text's countries in one order, so that every pair reads the name alike)
        for cc in dict.fromkeys(filter(None, (disc.home, disc.subject, *disc.countries[:3],
                                              other.country))):
            # (not through the document's cache, whose key leaves out the mention's other
            # hints: a reading of this one would stand in for a later mention's)
            town = resolve_mention(replace(m, kind_hint="City", country_hint=cc),
                                   disc.resolver, None, "City")
            if town.resolved and town.label == "City":
                return town
        return p
    if p.label == "Region":
        return p
    region = resolve_mention(replace(m, kind_hint="Region"), disc.resolver, None, "Region")
    if region.resolved and region.label == "Region":
        return region
    return Party(p.name, provisional_id("Region", p.country, m.text), "Region", p.country,
                 False, reason="an unknown name signing beside a region")


_FIRM_MARK = re.compile(rf"(?:^|\s)(?:{LEGAL_ANY})(?:\s|$)|\b(?:plant|works|factory|holding"
                        r"|company|corporation|concern|group|bank|university|agency|ministry"
                        r"|chamber|association|union|fund|foundation|institute|authority"
                        r"|EGTC|GmbH)\b", re.I)


def _of_kind_said(sides, disc: Discourse):
    """The pair "the two countries", "both regions" mean: the pair spoken of when both
    are of that kind; for countries else (or with no pair spoken of) the two the text is
    about ("Regions of A and B signed ... / ... the two countries signed a programme");
    else nobody (a pair of a country and a town is no "two countries")."""
    kind = disc.pairs.kind
    if kind == "State":
        # a federation's states are its regions; else states are countries
        kind = "Region" if sides is not None and None not in sides and any(
            p.label == "Region" for p in sides) else "Country"
    if kind is None or sides is not None and all(
            p is not None and (p.label == kind or kind == "Company" and p.label in
                               ("Company", "Organization")) for p in sides):
        return sides
    if kind == "Region" and sides is not None and None not in sides and \
            any(p.label == "Region" for p in sides):
        # "The Mogilev Region keeps close ties with Smolensk. ... the two regions signed":
        # a town named like a region of its country, beside a region, stands for it
        regions = tuple(p if p.label == "Region" else _namesake_region(p, disc) for p in sides)
        if None not in regions and regions[0].id != regions[1].id:
            return regions
    return disc.two_countries() if kind == "Country" else None


def _namesake_region(p: Party, disc: Discourse) -> Party | None:
    """The region of the town ``p``'s name in its country, if the gazetteer has one."""
    if p.label != "City" or not p.resolved:
        return None
    region = disc.party(Mention(p.name, 0, len(p.name), "Region", p.country), "Region")
    return region if region.label == "Region" and region.resolved and \
        region.country == p.country else None


def _own_firm_before(text: str, mentions, by_ref, disc) -> bool:
    """Whether the sentence names a firm of its own before "the parties", one of
    neither side of the pair spoken of before ("The main supplier remains X, which
    delivers under a supply contract; in 2024 the parties extended it"): the parties
    are X's and another's, not the earlier pair."""
    if by_ref[0].how != "the parties" or None in by_ref[1]:
        return False
    ids = {p.id for p in by_ref[1]}
    for m in mentions:
        if m.end > by_ref[0].trigger[0] or m.refers or m.adjectival:
            continue
        p = disc.party(m, "Company")
        if p.label == "Company" and p.id not in ids and (m.organisation or p.resolved):
            return True
    return False


def _by_reference(text: str, sides, mentions=None) -> tuple[Hit, tuple] | None:
    """An agreement whose parties the sentence calls "the parties" (or "they"), or that
    it says was signed without naming anyone: the pair the text spoke of last (see
    :class:`PairMemory`)."""
    ref = parties_reference(text) if mentions is None else agentless_signing(text, mentions)
    if not ref or not sides:
        return None
    (start, end), kind, title = ref
    if all(p is not None and p.label == "Country" for p in sides) and \
            not _SIGNED_ANY.search(text):
        # "They cooperate on the basis of the treaty of 1999" of two states: the states'
        # document as the setting, no signing
        return None
    m = Mention(text[start:end], start, end)
    hit = Hit("SIGNED_AGREEMENT", m, m, (start, end), 0.6, "the parties", kind, title)
    return hit, sides


_SIGNED_ANY = re.compile(rf"\b(?:{SIGNING_VERBS})\b", re.I)


def _twin_pair_before(text: str, by_ref: tuple[Hit, tuple] | None, hits: list[Hit],
                      resolved: list) -> tuple[Hit, tuple] | None:
    """"With B we have been twins since 2012, and in spring the two towns adopted a
    plan": the one twinning this sentence found before "the two cities" is their
    pair, though one side was named by a reference ("we") and so is no pair the memory
    holds; else the pair the memory recalls (``by_ref``)."""
    twins = [(h, pair) for h, pair in zip(hits, resolved, strict=True)
             if h.rel_type == "TWINNED_WITH"]
    if len(twins) != 1:
        return by_ref
    found = by_ref or _by_reference(text, twins[0][1])
    if found is None or found[0].trigger[0] <= twins[0][0].trigger[1]:
        return by_ref
    return found[0], twins[0][1]


_PAIR_KINDS = {"Company": ("Company", "Organization"), "State": ("Country", "Region")}


def _kind_pair_before(text: str, by_ref: tuple[Hit, tuple] | None, hits: list[Hit],
                      resolved: list, kind: str | None) -> tuple[Hit, tuple] | None:
    """"X sells cord to Y under a contract the two firms signed in 2018": the pair of
    the kind "the two firms" names that a relation of this sentence joined before the
    reference is that pair, nearer than any pair of sentences before."""
    if kind is None:
        return by_ref
    ref = parties_reference(text)
    if ref is None:
        return by_ref
    kinds = _PAIR_KINDS.get(kind, (kind,))
    before = [(h, pair) for h, pair in zip(hits, resolved, strict=True)
              if max(h.trigger[1], h.a.end, h.b.end) <= ref[0][0] and None not in pair
              and pair[0].id != pair[1].id
              and all(p.label in kinds for p in pair)]
    if not before:
        return by_ref
    # the last relation before the reference; of one trigger, the pair named last
    _, pair = max(before, key=lambda x: (x[0].trigger[1], max(x[0].a.end, x[0].b.end)))
    if by_ref is not None and {p.id for p in by_ref[1]} == {p.id for p in pair}:
        return by_ref
    found = by_ref or _by_reference(text, pair)
    return (found[0], pair) if found else by_ref


# "A and B met in X, and an agreement was signed": a meeting, then a clause of its own.
_MET_THEN = re.compile(r"\b(?:met|gathered|held\s+talks|came\s+together)\b[^;.]*?(?:,\s*and|;)\s+")


def _met_then_signed(text: str, mentions, disc: Discourse) -> list[tuple[Hit, tuple]]:
    """The signers of an agentless signing in a clause after a meeting in the same
    sentence ("Representatives of A and B gathered in X, and a road map was adopted at
    their meeting"): the two sides that met (the place of the meeting is none)."""
    cut = _MET_THEN.search(text)
    if cut is None:
        return []
    head = [m for m in mentions if m.end <= cut.start()]
    tail = [m for m in mentions if m.start >= cut.end()]
    lone = agentless_signing(text[cut.end():], tail)
    sides = meeting_sides(text, head, disc.party)
    if not lone or len(sides) != 2 or sides[0].country == sides[1].country:
        return []
    (start, end), kind, title = lone
    start, end = start + cut.end(), end + cut.end()
    m = Mention(text[start:end], start, end)
    return [(Hit("SIGNED_AGREEMENT", m, m, (start, end), 0.5, "sides before", kind, title),
             (sides[0], sides[1]))]


def _by_actor(text: str, mentions, last_actor, si: int, disc: Discourse):
    """"An agreement was signed with B" after a sentence whose actor is A: A and B (each
    of B's list)."""
    prev_si, prev = last_actor
    bs = lone_with(text, mentions)
    d = _DOC.search(text)
    if not bs or d is None or prev is None or prev_si != si - 1:
        return []
    if TWIN.search(text, max(0, d.start() - 40), d.end()):
        return []   # "A twinning agreement with B was signed": the twinning, no signing
    pa = disc.antecedent(prev, si - 1) if prev.refers else disc.party(prev, "Company")
    if pa is None:
        return []
    out = []
    for b in bs:
        pb = disc.party(b, "Company")
        hit = Hit("SIGNED_AGREEMENT", b, b, d.span(), 0.55, "actor before", d.lastgroup,
                  _title(text, d))
        out.append((hit, (pa, pb)))
    return out


_SIGNED_WITH_CLAUSE = re.compile(r"\b(?:signed|concluded|adopted|inked|reached)\s+"
                                 r"(?:[a-z]+\s+){0,3}?with\s+(?:the\s+)?", re.I)
_SIGNED_BY_CLAUSE = re.compile(r"\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?(?:signed|concluded|adopted)"
                               r"\s+by\s+(?:the\s+)?", re.I)


# "Similar agreements followed with the Bryansk Region in 2003": documents of the kind
# just told, with a new partner, and no verb of signing ("followed", "came").
_SIMILAR_FOLLOWED = re.compile(
    r"\b(?:[Ss]imilar|[Ss]uch|[Aa]nalogous|[Cc]omparable|[Ff]urther)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:agreements?|memorand(?:a|um|ums)|documents?|protocols?|treat(?:y|ies))\s+"
    r"(?:(?:soon|later|then|shortly)\s+)?(?:followed|came|ensued)\s+(?:(?:soon|later|then"
    r"|shortly)\s+)?with\s+(?:the\s+)?")


# "..., and a cooperation agreement with C was concluded in the following year": the
# document's partner before its passive signing verb.
_DOC_WITH = re.compile(r"(?:\s+(?:on|of|in)(?:\s+[a-z-]+){1,4}?)?\s+with\s+(?:the\s+)?")
_THEN_SIGNED = re.compile(r"[^,;]{1,60}?\s(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                          r"(?:signed|concluded|adopted)\b")


def _with_then_signed(text: str, at: int, hi: int) -> re.Match | None:
    """The "with" after a document whose clause signs it in the passive further on."""
    w = _DOC_WITH.match(text, at)
    return w if w is not None and _THEN_SIGNED.match(text, w.end(), hi) else None


def _lone_signings(text: str, mentions, hits, resolved, disc: Discourse, si: int) -> list:
    """A signing clause that names one side only. "..., and in 2016 a similar agreement
    was concluded with C", "cooperation agreements were concluded with A, B and C": the
    signer is the side of the sentence's earlier signing (or of the pair just spoken
    of, or the actor before) that is of another country than C. "..., and in 2011 a
    similar document was signed by C": C's counterpart is found the same way; so is
    "Similar agreements followed with C in 1999 and with D" (no verb of signing)."""
    out = []
    done = [h.trigger for h in hits if h.rel_type == "SIGNED_AGREEMENT"]
    seen_clauses = set()
    for d in _DOC.finditer(text):
        lo, hi = own_clause(text, d.start(), d.end())
        if (lo, hi) in seen_clauses or any(lo <= t[0] < hi for t in done):
            continue
        seen_clauses.add((lo, hi))
        w = _SIGNED_WITH_CLAUSE.search(text, lo, hi) or _SIGNED_BY_CLAUSE.search(text, lo, hi) \
            or (None if TWIN.search(text, max(0, d.start() - 40), d.end())
                else _with_then_signed(text, d.end(), hi))
        if w is None and disc.pairs.recall(si, window=2) is not None:
            # ("similar" points back: only after a relation told just before)
            w = _SIMILAR_FOLLOWED.search(text, lo, hi)
        if w is None or w.end() < d.start() - 80:
            continue
        inside = [m for m in mentions if lo <= m.start < hi and not m.adjectival]
        first = next((m for m in inside if m.start >= w.end()), None)
        if first is None or first.start != w.end() or any(
                m.end <= w.start() and not m.refers and not opening_event(text, m)
                for m in inside):
            continue
        refs = [m for m in inside if m.refers and m.end <= w.start()]
        named = run_after(text, first, inside)
        if "with" not in w.group(0).lower():
            if len(named) > 1:
                continue   # "signed by A and B and by C and D": its signers are all named
            named = [first]
        for m in named:
            b = disc.antecedent(m, si) if m.refers else disc.party(m, "Company")
            if b is None or any(disc.one_of_pair(r, si, b) for r in refs):
                continue   # "A and B are ... The city signed with C": which city, is not said
            a = _counterpart(b, hits, resolved, disc, si, lo,
                             {x.text for x in inside if opening_event(text, x)})
            if a is None:
                continue
            hit = Hit("SIGNED_AGREEMENT", m, m, d.span(), 0.55, "clause without signer",
                      d.lastgroup, _title(text, d))
            out.append((hit, (a, b)))
    return out


def _counterpart(b, hits, resolved, disc: Discourse, si: int, before: int,
                 events: frozenset | set = frozenset()):
    """The other side of a signing that names only ``b``: a side of the sentence's
    earlier signing, else of the pair the text speaks of, else the actor before; of
    another country than ``b``, and not the event the sentence opens with (``events``:
    "During VolgaExpo an agreement was signed with B")."""
    earlier = [pair for h, pair in zip(hits, resolved, strict=True)
               if h.rel_type == "SIGNED_AGREEMENT" and h.trigger[0] < before]
    options = [p for pair in earlier[-1:] for p in pair]
    options += list(disc.pairs.recall(si) or ())
    actor = disc.actor_before(si, before, b)
    if actor is not None:
        options.append(actor)
    return next((p for p in options if p.id != b.id and p.country and b.country
                 and p.country != b.country and p.name not in events), None)


# The nouns of an event after its name: "the INNOPROM international industrial
# exhibition", "the Innoprom fair".
_EVENT_AFTER = (r"\s+(?:(?:international|industrial|trade|economic|investment|agricultural"
                r"|annual|regional|interregional|business|industry)\s+){0,3}"
                r"(?:exhibition|forum|fair|expo|show|summit|congress|conference|festival)\b")
# An event word glued to its name: "KazanForum", "AgroExpo".
_GLUED_EVENT = re.compile(r"[A-Z][a-z]+(?:Forum|Expo|Fair|Summit|Fest|Week)")


def _an_event(text: str, p) -> bool:
    """Whether the firm or body ``p`` is an event the document names: "During KazanForum
    an agreement was signed with B", "... at INNOPROM" where the text writes "the INNOPROM
    international industrial exhibition"."""
    if p.label not in ("Company", "Organization") or not p.name[:1].isupper():
        return False
    return bool(_GLUED_EVENT.fullmatch(p.name)) or re.search(
        re.escape(p.name) + _EVENT_AFTER, text, re.I) is not None


# Bare continents (a world region of several countries is ``names.world_region``).
_TWIN_LABELS = frozenset({"City", "Region"})
_CONTINENT = re.compile(r"(?i:Europe|Asia|Africa|America|Australia|Antarctica)")


_DIPLOMATIC_BEFORE = re.compile(
    r"\bdiplomatic\s+(?:relations|ties)\s+(?:between|of)\s+(?:the\s+)?$", re.I)


# (a region or a country stands as often for its exporters: "Uzbekistan signed a
# contract with X for gas supplies" sells the gas)
_BUYING_PLACES = frozenset({"City"})


def _buyer_place_first(hit: Hit, a, b) -> tuple:
    """"Almaty signed a contract with MAZ for the delivery of 50 buses": a supply noun says
    not who supplies; a town that contracts a company for deliveries buys from it (its
    buses, its lifts), so the company supplies (the signer supplies its partner otherwise)."""
    if hit.rel_type == "SUPPLIES_TO" and hit.extra.get("supplier_unsaid") and \
            a.label in _BUYING_PLACES and b.label == "Company":
        return b, a
    return a, b


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _next_in_paragraph(text: str, end: int) -> str:
    """The start of the sentence after the one ending at ``end``, within its paragraph
    (enough to tell a short reply, "It is not.", from a new statement)."""
    rest = text[end:end + 120]
    gap = _PARAGRAPH_BREAK.search(rest)
    return rest[:gap.start()] if gap else rest


def _candidate(doc: Document, s, hit: Hit, file: str, a, b) -> dict | None:
    if a.id == b.id or UNNAMED_FIRM in (a.reason, b.reason):
        return None  # (a firm the text does not name is no party: Discourse.locate_firms)
    # (twin towns are towns and regions: a country, a firm or an office, "the International
    # Relations Department", that a twinning rule paired twins with nothing)
    if hit.rel_type == "TWINNED_WITH" and not {a.label, b.label} <= _TWIN_LABELS:
        return None
    # ("friendship with towns in Europe, Africa and Asia": a continent twins with
    # nothing, whatever path paired it)
    if hit.rel_type == "TWINNED_WITH" and any(_CONTINENT.fullmatch(p.name) or world_region(p.name)
                                              for p in (a, b)):
        return None
    # "diplomatic relations between Moscow and Seoul": the capitals stand for their
    # states, no twin towns
    if hit.rel_type == "TWINNED_WITH" and _DIPLOMATIC_BEFORE.search(
            s.text, max(0, min(hit.a.start, hit.b.start) - 50), min(hit.a.start, hit.b.start)):
        return None
    # "friendly relations" of a whole region: an agreement's subject, no twinning
    if hit.rel_type == "TWINNED_WITH" and regional_friendship(s.text, hit.trigger[0],
                                                              (a.name, b.name)):
        return None
    if any(_an_event(doc.text, p) for p in (a, b)):
        return None
    # ("Sister state | Country | Established": a column's heading is no party, whatever
    # place of that name the gazetteer holds)
    if any(header_cell(s.text, m) for m in (hit.a, hit.b)):
        return None
    # A question, denied hearsay, a twinning denied or only proposed: not asserted.
    if unasserted(s.text, hit.rel_type, hit.trigger, _next_in_paragraph(doc.text, s.end),
                  max(hit.a.end, hit.b.end)):
        return None
    # (the places a relative clause set off about the subjects names sign nothing)
    if hit.rel_type != "SUPPLIES_TO" and pair_set_off(
            s.text, (hit.a.start, hit.a.end), (hit.b.start, hit.b.end), hit.trigger):
        return None
    # A relation word stated as not made ("rather than an agreement", "the deliveries
    # ... never happened"): every path ends here.
    if denied_relation(s.text, hit.trigger):
        return None
    # A signing only discussed, planned or denied (every path to a signing ends here).
    if hit.rel_type == "SIGNED_AGREEMENT" and unrealised_signing(s.text, hit.trigger):
        return None
    # Money lent, invested or paid is no supply (every path to a supply ends here too).
    if hit.rel_type == "SUPPLIES_TO" and money_supply(s.text, hit.trigger):
        return None
    a, b = _buyer_place_first(hit, a, b)
    confidence = hit.confidence
    for p in (a, b):
        if not p.resolved:
            confidence -= 0.15
    words = len(s.text.split())
    if words > 60:
        confidence -= 0.1
    quote, q_start, anchor = _quote(s.text, hit)
    line = doc.line_at(s.start + anchor)
    quote = _quote_from_line(doc, s, quote, q_start, anchor, line)
    quote, line = _list_item_evidence(doc, s, hit, quote, line)
    if hit.how == "between then with":
        line = doc.line_at(s.start + hit.trigger[0])   # (a list's item: its own line)
    # ("signed on Thursday" in a news item dated 14 March 2024: March 2024)
    # (a related document's own year: "..., replacing the memorandum of 2016")
    date = hit.extra.get("date") or _date_for(s.text, hit) or relative_date(s.text, doc.published)
    # Deliveries a contract provides for are still to come.
    status = "planned" if hit.how == "contract for supply" else \
        hit.extra.get("status") or status_of(s.text, hit.trigger)
    row = {
        "type": hit.rel_type,
        "source": a.as_dict(),
        "target": b.as_dict(),
        "date": date,
        "document": ({"kind": hit.kind, "title": hit.title} if hit.rel_type == "SIGNED_AGREEMENT"
                     else None),
        "goods": hit.extra.get("goods"),
        "value_usd": hit.extra.get("value_usd"),
        "status": status,
        "confidence": round(max(0.05, min(confidence, 0.99)), 2),
        "evidence": {"file": file, "line": line, "quote": quote},
        "rule": hit.how,
    }
    return row


# "The document was signed by ...", "This memorandum provides ...": the document named
# just before, not one of its own.
_DOCUMENT_BACK = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]he\s+same)\s+(?:new\s+)?"
                            r"(?P<word>document|agreement|memorandum|road\s?map|protocol"
                            r"|programme|program|treaty|plan|accord)\b")


# "the agreement with the Tula Region": a document that names its own party is another.
_OWN_PARTY = re.compile(r"\s+(?:with|between|of)\b")


def _named_before(text: str, document: dict, last, si: int, paragraph: int) -> dict | None:
    """The document of the last signing, when this one only refers back to it ("The
    document was signed by ...") within two sentences of the same paragraph."""
    if last is None or last[1] != paragraph or si - last[0] > 2 or si == last[0]:
        return None
    back = _DOCUMENT_BACK.search(text)
    if back is None or _OWN_PARTY.match(text, back.end()):
        return None
    if " ".join(document["title"].lower().split()) != " ".join(back.group("word").lower().split()):
        return None
    before = last[2]
    word = back.group("word").lower()
    if word != "document" and before["kind"] != document["kind"]:
        return None   # "signed a road map ... The agreement ...": another document
    return dict(before) if len(before["title"]) > len(document["title"]) else None


def _date_for(text: str, hit: Hit) -> str | None:
    # A year in brackets right after a party: "the South Kazakhstan Oblast (2003)".
    for m in (hit.b, hit.a):
        paren = re.match(r"\s*\(((?:19|20)\d\d)\)", text[m.end:])
        if paren:
            return paren.group(1)
    own = _DATE_AFTER_TITLE.match(text, hit.trigger[1]) \
        if hit.rel_type == "SIGNED_AGREEMENT" else None
    if own:
        # "an agreement on trade in 2001 and a protocol on education in 2003", "a road
        # map with B in 2010, and a memorandum in 2012": the year right after a
        # document's title is that document's
        return own.group(1)
    # A date right after the second party: "with B in 2012 and with C in 2014".
    tail = text[hit.b.end:hit.b.end + 30]
    if hit.a is not hit.b and re.match(r"\s+(?:in|on)\s", tail):
        found = [iso for off, iso in dates_in(tail) if off < 12]
        if found:
            return found[0]
    if hit.how in ("pairs list", "respectively", "grouped pairs"):
        # Each pair of a list takes the date stated right after it, up to the next comma
        # ("A and B since 2002, C and D since 2007"), else the last date before it
        # ("in May 2011 A and B, in June 2012 C and D").
        end = max(hit.a.end, hit.b.end)
        seg = re.split(r"[,;]", text[end:end + 60], maxsplit=1)[0]
        own = [iso for off, iso in dates_in(seg)]
        if own and not re.search(r"\b(?:and|with)\s+[A-Z]", seg):
            return own[0]
        before = [iso for off, iso in dates_in(text) if off < min(hit.a.start, hit.b.start)]
        if before:
            return before[-1]
    if hit.rel_type == "SIGNED_AGREEMENT" and _coordinated_signing(text, hit.trigger[0]):
        return _signing_date(text, hit.trigger[0])
    # The relation's own clause ("A and B are twins since 1994, and C has an agreement
    # with D" dates only the twinning), else a date that opens the sentence.
    lo, hi = own_clause(text, hit.trigger[0], hit.trigger[1])
    if (lo, hi) != (0, len(text)):
        found = date_near(text[lo:hi], hit.trigger[0] - lo)
        if found:
            return found
        opening = [iso for off, iso in dates_in(text) if off < min(lo, 40)]
        return opening[0] if opening else None
    if hit.rel_type == "SIGNED_AGREEMENT":
        return _signing_date(text, hit.trigger[0])
    return date_near(text, hit.trigger[0])


def _coordinated_signing(text: str, at: int) -> re.Match | None:
    """The signing predicate coordinated after another before the document at ``at``
    ("became twin towns in 1996 and signed an agreement", ", and last year they adopted
    a programme")."""
    return next(reversed([m for m in AND_SIGNED.finditer(text, 0, at)]), None)


def _signing_date(text: str, at: int) -> str | None:
    """The date of the signing whose document is at ``at``. A signing predicate
    coordinated after another ("became twin towns in 1996 and signed an agreement in
    2006", "met in May 2010 and in 2012 concluded a memorandum") owns the dates from its
    "and" on; a year after "since" dates the state before it, not the signing."""
    signed = _coordinated_signing(text, at)
    if signed:
        own = date_near(text[signed.start():], at - signed.start())
        return own or date_near(_SINCE_YEAR.sub(lambda m: " " * len(m.group(0)), text), at)
    return date_near(_since_masked(text), at)


_DATE_AFTER_TITLE = re.compile(r"(?:\s+(?:on|of|for)\s+(?:(?-i:[a-z][\w-]*)\s+){0,5}?"
                               r"(?-i:[a-z][\w-]*))?\s+(?:in|of|dated)\s+((?:19|20)\d\d)\b", re.I)
# "since 1995" dates a state ("have been twin towns since 1995", "have cooperated since
# 1998"), not the act of signing: in "... since 1995 and signed a programme in 2012" the
# signing is of 2012. Such a year counts only when the sentence gives no other.
_SINCE_YEAR = re.compile(r"\bsince\s+(?:19|20)\d\d\b", re.I)


def _since_masked(text: str) -> str:
    masked = _SINCE_YEAR.sub(lambda m: " " * len(m.group(0)), text)
    return masked if dates_in(masked) else text


def _list_item_evidence(doc: Document, s, hit: Hit, quote: str, line: int) -> tuple[str, int]:
    """A party named in a list item set out on its own line ("is twinned with:" ...
    "- Kalmar, Sweden"): the evidence is the item's line, quoted after the words that
    open the list."""
    at = max(hit.a.start, hit.b.start)
    item = doc.line_at(s.start + at)
    if item not in doc.items or item == line:
        return quote, line
    head = s.text[:s.text.find(":", hit.trigger[0]) + 1] or s.text[:hit.trigger[1]]
    start = at
    while start > 0 and doc.line_at(s.start + start - 1) == item:
        start -= 1
    end = at
    while end < len(s.text) and doc.line_at(s.start + end) == item:
        end += 1
    words = head.split()
    head = " ".join(words[-QUOTE_WORDS // 2:])
    return f"{head} … {s.text[start:end].strip(' ,;')}", item


def _quote_from_line(doc: Document, s, quote: str, q_start: int, anchor: int, line: int) -> str:
    """The quote without the context words of lines before the evidence line (its first
    word stays on that line)."""
    end = q_start + len(quote)
    for w in re.finditer(r"\S+", s.text[q_start:anchor]):
        if doc.line_at(s.start + q_start + w.start()) == line:
            return s.text[q_start + w.start():end]
    return s.text[anchor:end] if q_start < anchor else quote


def _quote(text: str, hit: Hit) -> tuple[str, int, int]:
    """At most 40 words of the sentence covering both parties and the trigger, where the
    quote starts, and where the relation's own words start (the evidence's line: the
    words of context before them are no part of it)."""
    words = list(re.finditer(r"\S+", text))
    if len(words) <= SHORT_WORDS:
        return text, 0, 0
    lo = min(hit.a.start, hit.b.start, hit.trigger[0])
    if hit.how in ("goods and buyers", SIMILAR_RULE, "between then with"):
        lo = hit.trigger[0]  # an item of a list, a later document: quote (and point at) it
    if hit.how in ("pairs list", "respectively"):
        lo = min(hit.a.start, hit.b.start)  # in a list, quote (and point at) the pair itself
    hi = max(hit.a.end, hit.b.end, hit.trigger[1])
    first = next(i for i, w in enumerate(words) if w.end() > lo)
    last = max(i for i, w in enumerate(words) if w.start() < hi) if hi > 0 else first
    if last - first + 1 > QUOTE_WORDS:
        lo = min(hit.a.start, hit.b.start)
        first = next(i for i, w in enumerate(words) if w.end() > lo)
        last = first + QUOTE_WORDS - 1
    anchor = words[first].start()
    # Widen to 40 words, a few words of context before the first.
    spare = QUOTE_WORDS - (last - first + 1)
    first = max(0, first - min(spare, 6))
    last = min(len(words) - 1, first + QUOTE_WORDS - 1)
    start = words[first].start()
    return text[start:words[last].end()], start, anchor

"""A place's own page of twins read by the shape of its rows, whatever the layout.

Town pages list their twins in many layouts: a table with bars, tabs or runs of
spaces, bulleted or numbered items, "Town, Country, Year" lines, "1946 - Bergen
(Norway)" lines, a name and a note apart by a dash or a semicolon. Rather than one
rule per layout, :func:`row_blocks` finds blocks of consecutive lines that share a
shape (the same opening mark and the same separator between fields), and
:func:`block_kind` reads what the heading or lead-in above a block says its rows are
(twins, sister or partner towns, friendship cities; planned ones; or anything else,
"Trade fairs", "Direct flights", "Partner universities", "Cooperation agreements",
which makes no twins). Each row whose town field resolves to a town or region is then
the page's place's twin (:func:`page_row_twins`), dated by a year in the row, the
country field only placing the town.

>>> lines = ["Twin towns", "Town | Country | Since", "Ulm | Germany | 1990",
...          "Lyon | France | 1995", "", "Trade fairs", "Ulm | Germany | May"]
>>> [(b.start, b.end, b.kind) for b in row_blocks(lines)]
[(2, 4, 'twin')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from relgraph.loaders.extract.countries import country_code
from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.patterns import _DOC, CHARTER, _title

# An item's opening mark: a bullet, a dash, or a number ("3.", "3)", "(3)").
# (or a letter, as a report's numbered lists go on: "(a)", "b)", "(iv)")
_MARK = re.compile(r"^(?:(?P<bullet>[-–—•*·▪◦►>])|(?P<number>\(?\d{1,2}[.)]"
                   r"|\([a-z]\)|[a-z]\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)))\s+")
# The separators between a row's fields, tried in this order: the first one a line holds
# is its shape's. (A dash only between spaces: "Cluj-Napoca" is one field.)
_SEPARATORS = (
    ("tab", re.compile(r"\s*\t\s*")),
    ("bar", re.compile(r"\s*[|¦]\s*")),
    ("spaces", re.compile(r"(?<=\S) {3,}(?=\S)")),
    ("dash", re.compile(r"\s+[-–—]+\s+|\s*[–—]\s*(?=\d)")),
    ("semicolon", re.compile(r"\s*;\s+")),
    ("colon", re.compile(r"\s*:\s+")),
    ("comma", re.compile(r"\s*,\s+")),
)
_MAX_ROW = 160
_MAX_FIELD = 90
# Prose, not a row: a full stop between two sentences, a question.
_SENTENCE = re.compile(r"[a-z)]\.\s+[A-Z]|\?\s*$")
# A line that breaks off mid-sentence: it ends in a comma, a hyphen or a joining word.
_WRAPPED = re.compile(r"(?:,|\w-|\b(?:and|or|the|of|with|in|to|a|an|by|for))\s*$")
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_BRACKET = re.compile(r"\(([^()]*)\)")


@dataclass
class Row:
    line: int           # 0-based index of the line
    fields: list[str]   # the row's fields, apart by its separator, without the mark


@dataclass
class Block:
    start: int          # 0-based index of the first row
    end: int            # index past the last row
    rows: list[Row]
    kind: str | None    # "twin" when the heading says the rows are twins
    planned: bool = False
    said: tuple[str, ...] = ()   # the heading and lead-in lines above, nearest first
    paper: int | None = None     # the field of each row its header calls the tie's paper


def _shape(line: str) -> tuple[tuple[str, str], list[str]] | None:
    """``((mark, separator), fields)`` of a line shaped like a row, else None."""
    s = line.rstrip()
    st = s.strip()
    if not st or len(st) > _MAX_ROW or _SENTENCE.search(st):
        return None
    mark = _MARK.match(st)
    kind = "" if mark is None else ("bullet" if mark["bullet"] else "number")
    body = st[mark.end():] if mark else st
    body = body.rstrip(" .;,")
    if not body or not (body[0].isupper() or body[0].isdigit()):
        return None
    if _WRAPPED.search(st):
        return None   # (a line of prose wrapped mid-sentence)
    for name, sep in _SEPARATORS:
        if name == "tab" and "\t" not in s:
            continue
        fields = [f.strip() for f in sep.split(body) if f.strip()]
        if len(fields) >= 2:
            # (a note after a dash may run on, "Kaunas - memorandum on ..., signed in
            # 2016 ahead of ...": only the fields before it are kept short)
            kept = fields[:-1] if name == "dash" else fields
            if any(len(f) > _MAX_FIELD for f in kept):
                return None
            # (prose has commas too: the fields of a row apart by commas are short)
            if name in ("comma", "semicolon", "colon") and \
                    any(len(f.split()) > 6 for f in fields):
                return None
            return (kind, name), fields
    if len(body) > 60 or not kind and not _names_only([Row(0, [body])]):
        return None   # (a line with no mark and no separator is a row only as a name)
    return (kind, "none"), [body]


def _rows_of(lines: list[str]) -> list[tuple[int, tuple[str, str], list[str]]]:
    return [(i, *shape) for i, line in enumerate(lines) if (shape := _shape(line))]


def row_blocks(lines: list[str]) -> list[Block]:
    """Blocks of two or more consecutive row-shaped lines of one shape (a single blank
    line between two rows allowed, as pages copied a paragraph a line set them), with
    the kind their heading or lead-in gives them."""
    shapes = {i: (shape, fields) for i, shape, fields in _rows_of(lines)}  # (line: shape)
    blocks: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        if i not in shapes:
            i += 1
            continue
        shape = shapes[i][0]
        rows = [Row(i, shapes[i][1])]
        j = i + 1
        while j < n:
            if j in shapes and shapes[j][0] == shape:
                rows.append(Row(j, shapes[j][1]))
                j += 1
            elif not lines[j].strip() and j + 1 in shapes and shapes[j + 1][0] == shape \
                    and len(shapes[j + 1][1]) == len(rows[-1].fields):
                j += 1   # (across a blank line only rows of as many fields: no title)
            else:
                break
        if len(rows) >= 2:
            header = _header(rows[0])
            paper = _paper_column(rows[0], header)
            kind, planned, said = block_kind(lines, rows[0].line, header, shapes,
                                             paper is not None)
            body = rows[1:] if header is not None else rows
            if len(body) >= 2 or (body and header is not None):
                blocks.append(Block(body[0].line, rows[-1].line + 1, body, kind, planned,
                                    tuple(said), paper))
        i = j
    return blocks


def _names_only(rows: list[Row]) -> bool:
    """Lines with no mark and no separator are rows only when each is a name, with
    perhaps a bracket ("Bergen (Norway)"), not a heading or a line of prose."""
    return all(re.fullmatch(rf"{_NAME}\s*(?:\([^()]{{2,40}}\))?", r.fields[0]) for r in rows)


# What a header cell says its column holds.
_HEADER_CELL = re.compile(
    r"(?i)^(?:(?:twin(?:ned)?|sister|partner|friendship|linked|partnership)\s+)?"
    r"(?:towns?|cit(?:y|ies)|municipalit(?:y|ies)|regions?|provinces?|places?|partners?"
    r"|countr(?:y|ies)|states?|years?|since|date(?:\s+signed)?|signed|established"
    r"|twinned(?:\s+in|\s+since)?|linked\s+since|notes?|remarks?|kind(?:\s+of\s+tie)?"
    r"|type|tie|relationship|status|agreement|name"
    # (a column of the tie's paper: "Founding document", "Charter", "Signed instrument")
    r"|(?:founding|signed|legal|basic)\s+(?:documents?|instruments?|agreements?)"
    r"|documents?|charters?|instruments?|basis)"
    # ("Partner city since", "Twin town from": the column's year, its cell naming the tie)
    r"(?:\s+(?:since|from|in))?$")


def _header(row: Row) -> str | None:
    """The header row's text when a block's first row names its columns."""
    if len(row.fields) >= 2 and all(_HEADER_CELL.match(f.strip()) for f in row.fields):
        return " ".join(row.fields)
    return None


# A header cell that names the tie's paper: "Founding document", "Charter", "Agreement".
_PAPER_CELL = re.compile(r"(?i)(?:founding\s+|signed\s+|legal\s+|basic\s+)?(?:documents?"
                         r"|charters?|instruments?|agreements?)|basis")


def _paper_column(row: Row, header: str | None) -> int | None:
    """The index of the header's column of the tie's paper, when it has one."""
    if header is None:
        return None
    return next((i for i, f in enumerate(row.fields) if _PAPER_CELL.fullmatch(f.strip())),
                None)


# A heading or lead-in that says the rows are twins: twin or sister anything; partner,
# friendship or fraternal towns, cities, regions ("Partner cities", "Friendship towns").
_TWIN_HEAD = re.compile(
    r"(?i)\b(?:twin(?:s|ned|ning|nings)?|sister|jumelage)\b"
    r"|\b(?:partner(?:ship)?|friendship|friendly|fraternal)[\s-]+(?:[a-z]+\s+){0,2}?"
    r"(?:towns?|cit(?:y|ies)|municipalit(?:y|ies)|communes?|regions?|provinces?"
    r"|prefectures?|count(?:y|ies)|states?|places)\b")
# ... or that they are something else; a heading that names anything else ends the
# search ("Trade fairs", "Cooperation agreements", "Partner universities").
_OTHER_HEAD = re.compile(
    r"(?i)\b(?:cooperation|co-operation|agreements?|memorand\w*|fairs?|exhibitions?"
    r"|museums?|flights?|distances?|routes?|connections?|km|kilomet\w+|miles?"
    r"|universit(?:y|ies)|schools?|colleges?|clubs?|firms?|compan(?:y|ies)|investors?"
    r"|consulates?|embassies|offices?|hotels?|events?|festivals?|markets?|exports?"
    r"|imports?|trade|contacts?|projects?|programmes?|sponsors?|trains?|rail\w*|ferr(?:y|ies)"
    r"|bus(?:es)?|airports?|airlines?|ports?\s+of\s+call)\b")
# A lead-in that says the rows are not twins: "These are not twinnings but ...",
# "partners without a twinning:".
_NOT_TWINS = re.compile(r"(?i)\bnot\s+(?:\w+\s+){0,2}twin|\bnon-twin|\bno\s+(?:\w+\s+){0,2}twinning"
                        r"|\brather\s+than\s+twin|\binstead\s+of\s+twin"
                        r"|\bwithout\s+(?:a\s+|any\s+)?(?:formal\s+)?twin")
# A heading of ties still to come: "Planned partnerships", "Twinnings in preparation".
_PLANNED = re.compile(r"(?i)\b(?:planned|proposed|prospective|future|forthcoming|upcoming"
                      r"|under\s+(?:negotiation|discussion|preparation)|in\s+preparation"
                      r"|to\s+be\s+signed)\b")


def block_kind(lines: list[str], first: int, header: str | None,
               shapes: dict | None = None, paper: bool = False
               ) -> tuple[str | None, bool, list[str]]:
    """``(kind, planned, lines said above)`` of a block of rows starting at line
    ``first``: "twin" when the header row, or the nearest heading or lead-in above
    that speaks of ties, calls them twins (and no lead-in says they are not); "other"
    when it says they are
    something else; None when nothing says. A header with a column of the ties' papers
    ("Partner region | Country | Document") says nothing of the kind: a table of
    agreements names its partners so too, and only the heading or lead-in above tells."""
    if shapes is None:
        shapes = {i: s for i, *s in _rows_of(lines)}
    said: list[str] = []
    if header is not None and not paper:
        said.append(header)
    seen = 0
    k = first - 1
    while k >= 0 and seen < 4:
        text = lines[k].strip()
        k -= 1
        if not text:
            continue
        if _in_block(shapes, k + 1) and not text.endswith(":"):
            break   # (another block's row: its heading is not this block's)
        said.append(text)
        seen += 1
        heading = len(text) <= 80 and not text.endswith((".", ":"))
        if heading or _TWIN_HEAD.search(text) or _OTHER_HEAD.search(text):
            break
    joined = " ".join(said)
    if _NOT_TWINS.search(joined):
        # (partners a lead-in says are no twins: their rows' own documents are signed)
        return "deals", bool(_PLANNED.search(joined)), said
    for text in map(_nearest_sentence, said):
        twin = _TWIN_HEAD.search(text)
        other = _OTHER_HEAD.search(text)
        # (what the heading speaks of comes first: "Trade flows linked to partner
        # regions", "Direct flights to our twin towns" are flows and flights)
        if twin and not (other and other.start() < twin.start()):
            return "twin", bool(_PLANNED.search(joined)), said
        if other:
            deals = _DEALS_HEAD.fullmatch(other.group(0)) is not None
            return ("deals" if deals else "other"), False, said
    return None, False, said


# A sentence's end inside a lead-in paragraph (not "St. Gallen", not "a.s.").
_SENTENCE_END = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")
# A sentence that points at the rows under it: "Below you will find ...", "The table
# below lists ...", "Here are ...", "... are the following:", "... are listed here".
_POINTS_AT_ROWS = re.compile(r"(?i)\b(?:below|following|here\s+(?:are|is)|as\s+follows"
                             r"|listed|(?:this|the)\s+(?:list|table))\b|:\s*$")


def _nearest_sentence(text: str) -> str:
    """Of a lead-in paragraph of several sentences, the last one that points at the rows
    under it, when it says what they are ("X keeps ten partnerships, most based on a
    signed agreement. Below is the list of our partner cities."): an earlier one only
    says what else the place has. Otherwise the paragraph is read whole.

    >>> _nearest_sentence("Most rest on a signed agreement. Our partner towns are:")
    'Our partner towns are:'
    >>> _nearest_sentence("Partner town since 1990. Aid was sent to its schools.")
    'Partner town since 1990. Aid was sent to its schools.'
    """
    parts = _SENTENCE_END.split(text)
    if len(parts) < 2:
        return text
    nearest = next((p for p in reversed(parts) if _POINTS_AT_ROWS.search(p)), text)
    # ("The main ones are listed below.": a pointer that says nothing of the rows)
    return nearest if _TWIN_HEAD.search(nearest) or _OTHER_HEAD.search(nearest) else text


# Headings of cooperation and its documents: the rows' own documents are signings.
_DEALS_HEAD = re.compile(r"(?i)cooperation|co-operation|agreements?|memorand\w*")


def _in_block(shapes: dict, i: int) -> bool:
    """Whether line ``i`` is a row with a neighbour of its own shape (a title shaped like
    a row, "Lyon - the city's sister cities", stands alone)."""
    if i not in shapes or shapes[i][0][1] == "none":
        return False
    shape, fields = shapes[i]
    return any(j in shapes and shapes[j][0] == shape for j in (i - 1, i + 1)) or any(
        j in shapes and shapes[j][0] == shape and len(shapes[j][1]) == len(fields)
        and (i + j) // 2 not in shapes for j in (i - 2, i + 2))


@dataclass
class PageTwin:
    line: int           # 0-based index of the row
    name: str           # the town as its field writes it
    start: int          # where in the line the name starts
    country: str | None
    year: str | None
    others: tuple[str, ...]   # the row's other names (see _row_twin)
    planned: bool
    said: tuple[str, ...] = ()


def page_row_twins(lines: list[str]) -> list[PageTwin]:
    """The twins a page's blocks of twin rows name: per row, its town field (the first
    field that is a name and no country, year or note), the country its other fields
    or a bracket give, and its year."""
    out = []
    for block in row_blocks(lines):
        if block.kind in ("other", "deals"):
            continue
        # (a block of which fewer than two lines name a single place is no list of them)
        if sum(_row_twin(lines[r.line], r) is not None for r in block.rows) < 2:
            continue
        for row in block.rows:
            # (a row's own column of the tie decides where the heading does not:
            # "Kiel | Germany | twin town | 1974" under "International relations"; a row
            # that says it is no twinning is none, "Bologna - cooperation, not twinned")
            said = " ".join(f for f in row.fields if not _a_name(_BRACKET.sub(" ", f).strip()))
            if _NOT_TWINS.search(said) or block.kind is None and not _TWIN_HEAD.search(said):
                continue
            twin = _row_twin(lines[row.line], row)
            if twin is not None:
                out.append(PageTwin(row.line, *twin, block.planned, block.said))
    return out


def _row_twin(line: str, row: Row) -> tuple | None:
    name, country, year = None, None, None
    # (a field may hold a town and its country apart by a comma: "1946 - Kiel, Germany")
    fields = [part for f in row.fields for part in re.split(r"\s*,\s+(?![^()]*\))", f)]
    cores: list[str] = []
    for field in fields:
        inner = _BRACKET.findall(field)
        core = _BRACKET.sub(" ", field).strip(" .;,:")
        core = re.sub(r"(?i)^(?:the\s+)?(?:city|town|municipality)\s+of\s+", "", core)
        first = not cores
        cores.append(core)
        found = _YEAR.search(field)
        if found and year is None:
            year = found.group(0)
        code = country_code(core)
        if code and country is None:
            country = code
            continue
        if name is not None:
            continue
        if core and not _YEAR.search(core) and _a_name(core):
            name = _field_name(core)
        elif first:
            # (the first field holds the name and a note or year without a separator:
            # "1946 Bergen", "Bergen since 1946", "Bergen twinned 1946")
            name = _lead_name(core)
        if name is not None:
            # (a bracket after the name places it: "Seattle (USA, Washington State)")
            codes = [country_code(p) for part in inner for p in re.split(r"\s*,\s*", part)]
            country = country or next((c for c in codes if c), None)
    if name is None:
        return None
    # (the row's other names: a region or country that places the town, "Seattle,
    # Washington, USA", or other towns, "A | B (1978), C (1980)", whose row it is not
    # the page's; and towns a note ties the row's own to, "twinned with Lille")
    notes = " ".join(c for c in cores if not _a_name(c) and not country_code(c))
    others = [c for c in cores if name not in (c, _field_name(c), _lead_name(c))
              and _a_name(c) and not country_code(c)]
    others += [m.group(1) for m in _OTHER_PLACE.finditer(notes)]
    start = line.find(name)
    return name, max(start, 0), country, year, tuple(others)


# A note that names another place the row's town is tied to: "twinned with Lille",
# "partner town of Vierzon" (the row is that town's tie, not the page's).
_OTHER_PLACE = re.compile(r"\b(?:with|of|to)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
                          r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


# A capitalised word of a name (any script's capital, "Ísafjörður", "Hải Phòng") and
# the lower-case particles names hold ("Frankfurt am Main", "Stratford upon Avon").
_WORD = r"(?:(?![a-z])[^\W\d_][\w'’.-]*)"
_PARTICLE = (r"(?:an|der|am|de|la|le|les|nad|upon|on|sur|del|da|do|dos|di|op|aan|den|im|in"
             r"|ob|pod|el|al|vor)")
# ("Department of Alto Paraná", "State of Sabah": a region's kind word before its
# name is part of it, as a federation's or a department's row writes it)
# ("Autonomous Province of Vojvodina", "Free State of Bavaria": an adjective before it)
_KIND_OF = (r"(?:(?:(?:Autonomous|Special|Federal|Free|Capital)\s+)?(?:Department|State|Province"
            r"|Prefecture|County|Governorate|Region|District|Territory)\s+of\s+)?")
_NAME = rf"{_KIND_OF}{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE})){{0,5}}"
# (a kind word written after the name is left out: "Bergen municipality", "Jiangsu
# province" cost the check part two false twins, for none gained)
_NAME_FIELD = re.compile(rf"(?P<name>{_NAME})")
# A name, then what a row says of the tie without a separator: "Bergen since 1946",
# "Bergen twinned 1946", "Bergen 1946"; or a year first, "1946 Bergen".
_NAME_THEN_NOTE = re.compile(rf"(?:(?:since\s+)?(?:1[89]|20)\d\d\s+)?(?P<name>{_NAME})"
                             r"(?:\s+(?:since|from|twinned|sister|partner|friendship|in|signed"
                             r"|established|linked)\b.*|\s+(?:1[89]|20)\d\d\b.*)?")


def _lead_name(text: str) -> str | None:
    """The name a field opens with (or holds after a year), when the rest is a note
    of the tie.

    >>> _lead_name("1946 Bergen"), _lead_name("Bergen since 1946"), _lead_name("a note")
    ('Bergen', 'Bergen', None)
    """
    m = _NAME_THEN_NOTE.fullmatch(text)
    return _field_name(m["name"]) if m else None


def _field_name(text: str) -> str | None:
    """The name a field holds alone.

    >>> _field_name("Hải Phòng"), _field_name("Ísafjörður"), _field_name("a note")
    ('Hải Phòng', 'Ísafjörður', None)
    """
    m = _NAME_FIELD.fullmatch(text.strip())
    if m is None:
        return None
    return m["name"] if not re.search(r"\s(?:of|upon|on|in)$", m["name"]) else None


def _a_name(text: str) -> bool:
    """A field that is one name: capitalised words (and a few particles), no note."""
    return _field_name(text) is not None


def twin_candidates(lines: list[str], file: str, home, party_of: Callable,
                    rows: list[dict]) -> list[dict]:
    """Candidates of the page's place ``home`` (a Party, or None) with each twin its
    rows name. ``party_of(mention)`` resolves a mention; ``rows`` are the candidates
    read already: a row that one of them read a twinning on, or whose twinning the
    text stated before (a summary table under the items that told each tie), gives
    nothing more."""
    taken: set[tuple[int, str]] = set()
    first_told: dict[frozenset, int] = {}
    for r in rows:
        if r["type"] == "TWINNED_WITH":
            line, ids = r["evidence"]["line"], (r["source"]["id"], r["target"]["id"])
            taken |= {(line, ""), (line, ids[0]), (line, ids[1])}
            pair = frozenset(ids)
            first_told[pair] = min(line, first_told.get(pair, line))
    if home is not None and (home.label not in ("City", "Region") or not home.resolved):
        home = None
    out = []
    for twin in page_row_twins(lines):
        # (ties between regions, "sister-state relationships", "partner provinces":
        # the lead-in's place is read as a region first)
        regional = any(_REGIONAL.search(x) for x in twin.said)
        lead = _lead_owner(twin.said, party_of, regional)
        owner = home if lead is None else lead
        if not owner:
            continue
        ms = find_mentions(twin.name)
        if len(ms) != 1 or ms[0].refers or ms[0].adjectival:
            continue
        m = ms[0]
        if twin.country and not m.country_hint:
            m.country_hint = twin.country
        party = party_of(m)
        if party is None or party.label not in ("City", "Region") or not party.resolved \
                or party.id == owner.id or (twin.line + 1, party.id) in taken \
                or (twin.line + 1, "") in taken:
            continue
        if not _only_placing(twin.others, party, party_of) or \
                first_told.get(frozenset((owner.id, party.id)), twin.line + 9) < twin.line - 1:
            continue
        out.append({
            "type": "TWINNED_WITH", "source": owner.as_dict(), "target": party.as_dict(),
            "date": twin.year, "document": None, "goods": None, "value_usd": None,
            "status": "planned" if twin.planned else "fact", "confidence": 0.6,
            "evidence": {"file": file, "line": twin.line + 1,
                         "quote": lines[twin.line].strip()},
            "rule": "page rows"})
    return out


_REGIONAL = re.compile(r"(?i)\b(?:sister|partner|friendship|twin)[\s-]+(?:states?|regions?"
                       r"|provinces?|prefectures?|count(?:y|ies)|oblasts?)\b")


# The lead-in's place keeps the ties it lists: "X has ...", "X maintains ...".
_KEEPS = re.compile(r"\s+(?:also\s+|now\s+|currently\s+)?(?:has|have|maintains|keeps|holds"
                    r"|enjoys|lists|is\s+(?:also\s+)?(?:twinned|linked|partnered))\b")


# "The State" opening a lead-in: a state named by reference (see _lead_owner).
_THE_STATE = re.compile(r"[Tt]he\s+State")


def _lead_owner(said: tuple[str, ...], party_of: Callable, regional: bool = False):
    """The place a lead-in over the rows names as their owner, when it opens with one
    ("The Government of Tasmania keeps these sister-state ties of its own:",
    "Victoria maintains two sister-state relationships:"): a town or region the
    gazetteer knows named among its first words, no country; False when it opens with
    "The State" and that is not the page's own region (the rows are no one's here)."""
    for text in said:
        if not text.endswith((":", ".")):
            continue   # (a heading, no lead-in)
        ms = [m for m in find_mentions(text) if not m.adjectival and (
            not m.refers or _THE_STATE.fullmatch(m.text))]
        if not ms or len(text[:ms[0].start].split()) > 4 or \
                not _KEEPS.match(text, ms[0].end):
            return None
        party = party_of(ms[0])
        if ms[0].refers:
            # ("The State keeps ...": the page's own region when the text is a state's,
            # else a state the page does not speak for; the rows are not the page's own)
            return party if party is not None and party.label == "Region" \
                and party.resolved else False
        if regional and party is not None and party.label == "City":
            region = party_of(replace(ms[0], kind_hint="Region"), "Region")
            party = region if region is not None and region.label == "Region" \
                and region.resolved else party
        return party if party is not None and party.label in ("City", "Region") \
            and party.resolved else None
    return None


def _only_placing(others: tuple[str, ...], party, party_of: Callable) -> bool:
    """Whether a row's other names only place its town: countries, or regions of the
    town's own country (not towns: then the row is another town's ties)."""
    for name in others:
        for m in find_mentions(name):
            if m.refers or m.adjectival:
                continue
            p = party_of(m)
            if p is None or p.label == "Country" or not p.resolved:
                continue
            if p.label == "Region" and p.country in (party.country, None):
                continue
            if p.label == "City" and p.country == party.country and \
                    party_of(replace(m, kind_hint="Region"), "Region").label == "Region":
                continue   # ("Seattle, Washington": a state named like a town)
            return False
    return True


@dataclass
class PageSigning:
    line: int           # 0-based index of the row
    name: str           # the partner as its field writes it
    country: str | None
    year: str | None
    kind: str           # the document's kind
    title: str
    planned: bool
    others: tuple[str, ...]
    said: tuple[str, ...]


# A note that names the document's own signers ("between the Port of X and Y", "by the
# university"): they, not the page's place, signed it.
_OWN_SIGNERS = re.compile(r"\bbetween\b|\bby\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z]"
                          r"|(?:[a-z]+\s+)?(?:universit|schools?|ports?|compan|firms?|museum"
                          r"|clubs?|chambers?|hospital))")
_PLANNED_NOTE = re.compile(r"(?i)\b(?:to\s+be\s+signed|planned|expected|under\s+negotiation"
                           r"|in\s+preparation|proposed|not\s+(?:yet\s+)?signed|never)\b")


# A charter or pact a twin row says was signed: the twinning's founding paper ("Twinning
# charter signed in B, 1995", "friendship pact sealed in 2014"); one the row denies
# ("no joint charter", "charter never signed") is none.
_CHARTER_MADE = re.compile(r"(?i)\b(?:signed|concluded|sealed|renewed|adopted)\b")
_CHARTER_DENIED = re.compile(r"(?i)\b(?:no|not|never|without|unsigned)\b")


def _twin_charter(notes: str, block_kind: str) -> re.Match | None:
    """The charter or pact a twin row's note says was signed, or None (a charter alone,
    outside a block of twins, is as often a town's own statute)."""
    if block_kind != "twin" or not _CHARTER_MADE.search(notes) \
            or _CHARTER_DENIED.search(notes):
        return None
    return CHARTER.search(notes)


def _paper_cell(row: Row, block: Block) -> re.Match | None:
    """A charter or pact in the column a header calls the tie's paper ("Founding
    document | Twinning charter, 1986"): the column says it was the tie's own, signed;
    a dash or "none" there names none."""
    if block.paper is None or block.kind != "twin" or len(row.fields) <= block.paper:
        return None
    cell = row.fields[block.paper]
    return None if _CHARTER_DENIED.search(cell) else CHARTER.search(cell)


def page_row_signings(lines: list[str]) -> list[PageSigning]:
    """The documents a page's rows of partners name in a note ("Kaunas (Lithuania) -
    memorandum on culture, signed in 2016"), under a heading of twins or partners or of
    cooperation: each the page's place's signing with the row's town."""
    out = []
    for block in row_blocks(lines):
        if block.kind not in ("twin", "deals"):
            continue
        for row in block.rows:
            twin = _row_twin(lines[row.line], row)
            if twin is None:
                continue
            name, _start, country, year, others = twin
            notes = " ".join(f for f in row.fields
                             if _lead_name(_BRACKET.sub(" ", f).strip(" .;,:")) is None
                             and not _a_name(_BRACKET.sub(" ", f).strip(" .;,:")))
            doc = _DOC.search(notes) or _twin_charter(notes, block.kind) or \
                (CHARTER.search(notes) if _paper_cell(row, block) else None)
            if doc is None or _OWN_SIGNERS.search(notes) or _NOT_TWINS.search(notes):
                continue
            planned = block.planned or bool(_PLANNED_NOTE.search(notes))
            out.append(PageSigning(row.line, name, country, year, doc.lastgroup or "agreement",
                                   _title(notes, doc), planned, others, block.said))
    return out


def signing_candidates(lines: list[str], file: str, home, party_of: Callable,
                       rows: list[dict]) -> list[dict]:
    """Candidates of the page's place (or the lead-in's owner) signing each document
    its rows name, for rows no rule read a signing on."""
    if home is not None and (home.label not in ("City", "Region") or not home.resolved):
        home = None
    taken = {r["evidence"]["line"] for r in rows if r["type"] == "SIGNED_AGREEMENT"}
    out = []
    for sig in page_row_signings(lines):
        if sig.line + 1 in taken:
            continue
        regional = any(_REGIONAL.search(x) for x in sig.said)
        owner = _lead_owner(sig.said, party_of, regional) or home
        ms = find_mentions(sig.name)
        if owner is None or len(ms) != 1 or ms[0].refers or ms[0].adjectival:
            continue
        m = ms[0]
        if sig.country and not m.country_hint:
            m.country_hint = sig.country
        party = party_of(m)
        if party is None or party.label not in ("City", "Region") or not party.resolved \
                or party.id == owner.id or not _only_placing(sig.others, party, party_of):
            continue
        out.append({
            "type": "SIGNED_AGREEMENT", "source": owner.as_dict(), "target": party.as_dict(),
            "date": sig.year, "document": {"kind": sig.kind, "title": sig.title},
            "goods": None, "value_usd": None,
            "status": "planned" if sig.planned else "fact", "confidence": 0.55,
            "evidence": {"file": file, "line": sig.line + 1,
                         "quote": lines[sig.line].strip()},
            "rule": "page rows"})
    return out

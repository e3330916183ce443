"""Tables whose header says which column holds the other party of each row.

A report lists its own ties in a table with no owner in the rows: a region's partners
("Partner | Country | Instrument | Signed"), a firm's customers ("Customer | Country |
Contract | Products supplied") or suppliers ("Supplier | Country | Goods"). The party
the rows share is the one the lead-in names, else the one the report speaks for. The
header gives each column its role:

* the party's column (first): its name; "customer", "buyer", "client" are supplied by
  the owner, "supplier", "vendor" supply it, "partner" is only a partner;
* a country column: where the row's party is (no party of its own);
* a document column ("Instrument", "Contract", "Agreement"): a document in the cell is
  the owner's agreement with the row's party ("spot sales, no contract", "none" make
  none); between two places a sister-state, partnership or twinning instrument is a
  twinning as well;
* a goods column ("Products supplied", "Goods"): what a customer or supplier row moves.

A header with no party column first, or with neither a document nor a goods column
("Partner city | Country | Year", read as twins elsewhere), is not read here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.patterns import _DOC, _title

__all__ = ["COLUMN_RULE", "column_mentions", "column_roles", "column_row", "row_cells",
           "row_document"]

COLUMN_RULE = "table row"

# What a header cell names, by role (the whole cell, a few words of its own around).
_ROLES = (
    ("buyer", re.compile(r"(?:main\s+|principal\s+|key\s+)?(?:customers?|buyers?|clients?"
                         r"|importers?|purchasers?)(?:\s+\(?(?:firm|company|name)\)?)?", re.I)),
    ("seller", re.compile(r"(?:main\s+|principal\s+|key\s+)?(?:suppliers?|vendors?|sellers?)"
                          r"(?:\s+\(?(?:firm|company|name)\)?)?", re.I)),
    ("partner", re.compile(r"(?:foreign\s+|main\s+)?(?:partners?|counterparts?)(?:\s+(?:region|"
                           r"province|state|firm|company|organi[sz]ation|body|institution))?",
                           re.I)),
    # ("Assam party", "Foreign signatory", "Counterparty", "Party B": one of the two
    # signers of each row's document, see :func:`pair_table`)
    ("side", re.compile(r"(?:[\w'’.-]+\s+){0,2}(?:part(?:y|ies)|signator(?:y|ies)"
                        r"|counterpart(?:y|ies)|contracting\s+part(?:y|ies))(?:\s+[A-B12])?"
                        # ("Local partner", "Ostland side": a side named by whose it is)
                        r"|(?:[\w'’.-]+\s+){1,2}(?:partners?|sides?)", re.I)),
    # (a column of row numbers: "No.", "#", "Nr.", "S/N")
    ("number", re.compile(r"No\.?|Nr\.?|#|S/?N|Item|Ref\.?", re.I)),
    ("country", re.compile(r"(?:partner['’]?s?\s+)?countr(?:y|ies)(?:\s+of\s+\w+)?", re.I)),
    ("document", re.compile(r"(?:(?:type|kind|form)\s+of\s+)?(?:instruments?|contracts?"
                            r"|agreements?|documents?|(?:legal\s+)?basis)(?:\s+\(?(?:type|kind"
                            r"|signed)\)?)?", re.I)),
    ("goods", re.compile(r"(?:main\s+)?(?:products?|goods|commodit(?:y|ies)|items?)"
                         r"(?:\s+(?:supplied|sold|bought|delivered|purchased))?", re.I)),
)
# Parties a row's first column may hold.
_PARTY_ROLES = ("buyer", "seller", "partner")
# A row's cells, as the reader writes them: apart by a spaced dash.
_CELL_GAP = re.compile(r"\s+[-–—]\s+")


def _role(cell: str) -> str:
    return next((r for r, rx in _ROLES if rx.fullmatch(cell.strip())), "other")


def column_roles(header: str) -> tuple[str, ...] | None:
    """The role of each column a table's header line names, when its first column
    holds the rows' other party and another holds a document or goods; else None.

    >>> column_roles("Customer - Country - Contract - Products supplied")
    ('buyer', 'country', 'document', 'goods')
    >>> column_roles("Partner - Country - Instrument - Signed")
    ('partner', 'country', 'document', 'other')
    >>> column_roles("Partner city - Country - Year") is None
    True
    """
    cells = _CELL_GAP.split(header.strip())
    if len(cells) < 3:
        return None
    roles = tuple(_role(c) for c in cells)
    if _two_sides(roles):
        first = next(i for i, r in enumerate(roles) if r in ("side", "partner"))
        return tuple("first" if i == first else "second" if r in ("side", "partner") else r
                     for i, r in enumerate(roles))
    # (a column of row numbers before the party's is none of the row's cells that matter)
    lead = 1 if roles[0] == "number" else 0
    if roles[lead] == "side":
        roles = (*roles[:lead], "partner", *roles[lead + 1:])
    if roles[lead] not in _PARTY_ROLES or sum(r in _PARTY_ROLES for r in roles) != 1 \
            or not {"document", "goods"} & set(roles):
        return None
    return roles


def pair_table(roles: tuple[str, ...]) -> bool:
    """Whether a table's columns name both signers of each row's document ("No. | Home
    party | Foreign party | Document | Date"): two columns of parties and a document
    column, the rows owned by no one party.

    >>> column_roles("No. - Our party - Foreign party - Document - Date")
    ('number', 'first', 'second', 'document', 'other')
    >>> pair_table(column_roles("No. - Our party - Foreign party - Document - Date"))
    True
    >>> pair_table(column_roles("Partner - Country - Instrument - Signed"))
    False
    """
    return "first" in roles


_SIDE_ROLES = ("first", "second")


def _two_sides(roles: tuple[str, ...]) -> bool:
    sides = [r for r in roles if r in ("side", "partner")]
    return len(sides) == 2 and "side" in sides and "document" in roles \
        and not {"buyer", "seller"} & set(roles)


def row_cells(text: str, roles: tuple[str, ...]) -> dict[str, tuple[int, int]] | None:
    """``role -> (start, end)`` of each cell of a row under a header of ``roles`` (the
    first cell of each role), or None when the row has another number of cells.

    >>> row = "Tarn Mills Ltd - Norway - supply contract - flour"
    >>> cells = row_cells(row, ("buyer", "country", "document", "goods"))
    >>> row[slice(*cells["document"])]
    'supply contract'
    """
    stripped = text.rstrip(" .;")
    lead = len(text) - len(text.lstrip())
    bounds, at = [], lead
    for gap in _CELL_GAP.finditer(stripped, lead):
        bounds.append((at, gap.start()))
        at = gap.end()
    bounds.append((at, len(stripped)))
    if len(bounds) != len(roles):
        return None
    out: dict[str, tuple[int, int]] = {}
    for role, span in zip(roles, bounds, strict=True):
        out.setdefault(role, span)
    return out


# What says a document cell holds no document: "spot sales, no contract", "none", "-".
_NO_DOCUMENT = re.compile(r"^\s*(?:none|n/?a|[-–—]|nil)?\s*$"
                          r"|\b(?:no|without)\s+(?:an?\s+)?(?:written\s+)?"
                          r"(?:contract|agreement|document)|\bspot\s+(?:sales|basis|purchases)"
                          r"|\bnot\s+(?:yet\s+)?signed\b", re.I)
# What says a partner's instrument ties the two as partner places: a twinning as well.
TWINNING_DOCUMENT = re.compile(r"\b(?:sister[- ](?:state|city|cities|province|region|town)s?"
                               r"|partnership|twinning|twin[- ](?:town|city)|friendship)\b",
                               re.I)


def row_document(cell: str) -> bool:
    """Whether a document cell names a document signed (not "spot sales, no contract").

    >>> row_document("annual contract signed May 2024"), row_document("spot sales, no contract")
    (True, False)
    """
    return not _NO_DOCUMENT.search(cell)


# A document cell that says its signing is still to come.
_PLANNED = re.compile(r"\b(?:planned|to\s+be\s+signed|expected|in\s+preparation"
                      r"|under\s+negotiation|draft)\b", re.I)
_PLACES = ("City", "Region")


def column_mentions(text: str, mentions: list[Mention],
                    cells: dict[str, tuple[int, int]]) -> list[Mention]:
    """The row's parties: the names of its party's cell alone (a country, a document or
    goods in the other cells name no party; the country cell placed the firm before,
    ``Discourse.locate_firms``)."""
    spans = [cells[r] for r in cells if r in _PARTY_ROLES][:1] + [
        span for r, span in cells.items() if r in _SIDE_ROLES]
    return [m for m in mentions if any(a <= m.start and m.end <= b for a, b in spans)]


def column_row(text: str, mentions: list[Mention], roles: tuple[str, ...],
               cells: dict[str, tuple[int, int]], owner, party) -> list[tuple[Hit, tuple]]:
    """The relations of one row between ``owner`` (the party the rows share) and the
    party its first cell names (``party(m)`` resolves a mention): an agreement when its
    document cell names one, a twinning as well when that is a partnership or
    sister-state instrument between places, a supply when the column holds customers
    (the owner supplies) or suppliers (the owner is supplied)."""
    if pair_table(roles):
        return _pair_row(text, mentions, cells, party)
    if owner is None:
        return []
    kind = next(r for r in roles if r in _PARTY_ROLES)
    doc_cell = text[slice(*cells["document"])] if "document" in cells else ""
    goods = text[slice(*cells["goods"])].strip() if "goods" in cells else ""
    signed = bool(doc_cell.strip()) and row_document(doc_cell)
    doc = _DOC.search(doc_cell) if signed else None
    out = []
    # (a customer or a supplier the gazetteer does not know is a firm, as its column says)
    label = "Company" if kind in ("buyer", "seller") else "Region"
    named = [(m, party(m, label)) for m in mentions if not (m.adjectival or m.refers)]
    # (a country beside another name in the party's cell only places it; alone it is
    # the partner: "China | Agreement on trade | 2011")
    alone = all(p.label == "Country" for _m, p in named)
    for m, other in named:
        if other.id == owner.id or other.label == "Country" and not alone:
            continue
        ref = Mention(owner.name, 0, 0)
        if kind in ("buyer", "seller"):
            a, b = (ref, m) if kind == "buyer" else (m, ref)
            pair = (owner, other) if kind == "buyer" else (other, owner)
            hit = Hit("SUPPLIES_TO", a, b, (m.start, m.end), 0.65, COLUMN_RULE)
            if goods:
                hit.extra["goods"] = goods
            out.append((hit, pair))
        if signed:
            start = cells["document"][0]
            hit = Hit("SIGNED_AGREEMENT", ref, m, (m.start, m.end), 0.65, COLUMN_RULE,
                      doc.lastgroup if doc else "agreement",
                      _title(doc_cell, doc) if doc else doc_cell.strip())
            if _PLANNED.search(doc_cell):
                hit.extra["status"] = "planned"
            out.append((hit, (owner, other)))
            if kind == "partner" and TWINNING_DOCUMENT.search(doc_cell) and \
                    owner.label in _PLACES and other.label in _PLACES:
                out.append((Hit("TWINNED_WITH", ref, m, (start, start), 0.6, COLUMN_RULE),
                            (owner, other)))
    return out


# A document of deliveries, by which side its name makes the subject: a purchase or an
# import is the first party's buying ("Power purchase agreement" in the row of a
# distributor and a generator), a supply, sale or export its selling.
_BUYING_DOC = re.compile(r"\b(?:purchas\w*|import\w*|off-?take|procurement|buying)\b", re.I)
_SELLING_DOC = re.compile(r"\b(?:suppl(?:y|ies)|sales?|export\w*|deliver(?:y|ies))\b", re.I)
# (a firm, its shares or land bought is no delivery: "Share purchase agreement")
_NOT_GOODS = re.compile(r"\b(?:shares?|stock|equity|stakes?|assets?|land|property|real\s+estate"
                        r"|business|compan(?:y|ies))\s+(?:purchase|sale|acquisition)", re.I)
_SUPPLY_PAPER = re.compile(r"\b(?:contract|agreement)s?\b", re.I)


def _cell_parties(text: str, mentions: list[Mention], span: tuple[int, int], party):
    """The parties one cell names: a country beside another name only places it (its
    firm was placed before, ``Discourse.locate_firms``); alone it is the party."""
    named = [(m, party(m)) for m in mentions if span[0] <= m.start and m.end <= span[1]
             and not (m.adjectival or m.refers)]
    alone = all(p.label == "Country" for _m, p in named)
    if alone:
        return named
    # ("Central Provincial Council, Sri Lanka": the country places a place of the cell
    # that was read elsewhere)
    codes = {p.country for _m, p in named if p.label == "Country"}
    out = []
    for m, p in named:
        if p.label == "Country":
            continue
        if len(codes) == 1 and p.country not in codes and p.label in _PLACES \
                and not m.country_hint:
            placed = party(replace(m, country_hint=next(iter(codes))))
            p = placed if placed is not None and placed.country in codes else p
        out.append((m, p))
    return out


def _pair_row(text: str, mentions: list[Mention], cells: dict[str, tuple[int, int]],
              party) -> list[tuple[Hit, tuple]]:
    """The relations of a row of a table that names both signers: the two sides' document
    signed (none for an empty cell or a dash), a twinning as well when it is a
    sister-state or partnership instrument between places, a supply when it is a
    contract of deliveries (the side its name makes the buyer is supplied)."""
    doc_cell = text[slice(*cells["document"])] if "document" in cells else ""
    if not doc_cell.strip() or not row_document(doc_cell):
        return []
    doc = _DOC.search(doc_cell)
    firsts = _cell_parties(text, mentions, cells["first"], party)
    seconds = _cell_parties(text, mentions, cells["second"], party)
    start = cells["document"][0]
    buying = _BUYING_DOC.search(doc_cell)
    selling = _SELLING_DOC.search(doc_cell)
    supplies = _SUPPLY_PAPER.search(doc_cell) and bool(buying) != bool(selling) \
        and not _NOT_GOODS.search(doc_cell)
    out = []
    for ma, a in firsts:
        for mb, b in seconds:
            if a.id == b.id:
                continue
            hit = Hit("SIGNED_AGREEMENT", ma, mb, (start, start), 0.65, COLUMN_RULE,
                      doc.lastgroup if doc else "agreement",
                      _title(doc_cell, doc) if doc else doc_cell.strip())
            if _PLANNED.search(doc_cell):
                hit.extra["status"] = "planned"
            out.append((hit, (a, b)))
            if TWINNING_DOCUMENT.search(doc_cell) and a.label in _PLACES \
                    and b.label in _PLACES:
                out.append((Hit("TWINNED_WITH", ma, mb, (start, start), 0.6, COLUMN_RULE),
                            (a, b)))
            if supplies:
                (ms, s), (mr, r) = ((mb, b), (ma, a)) if buying else ((ma, a), (mb, b))
                out.append((Hit("SUPPLIES_TO", ms, mr, (start, start), 0.6, COLUMN_RULE),
                            (s, r)))
    return out

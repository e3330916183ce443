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
    if roles[0] not in _PARTY_ROLES or sum(r in _PARTY_ROLES for r in roles) != 1 \
            or not {"document", "goods"} & set(roles):
        return None
    return roles


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
    start, end = cells[next(r for r in cells if r in _PARTY_ROLES)]
    return [m for m in mentions if start <= m.start and m.end <= end]


def column_row(text: str, mentions: list[Mention], roles: tuple[str, ...],
               cells: dict[str, tuple[int, int]], owner, party) -> list[tuple[Hit, tuple]]:
    """The relations of one row between ``owner`` (the party the rows share) and the
    party its first cell names (``party(m)`` resolves a mention): an agreement when its
    document cell names one, a twinning as well when that is a partnership or
    sister-state instrument between places, a supply when the column holds customers
    (the owner supplies) or suppliers (the owner is supplied)."""
    if owner is None:
        return []
    kind = roles[0]
    doc_cell = text[slice(*cells["document"])] if "document" in cells else ""
    goods = text[slice(*cells["goods"])].strip() if "goods" in cells else ""
    signed = bool(doc_cell.strip()) and row_document(doc_cell)
    doc = _DOC.search(doc_cell) if signed else None
    out = []
    named = [(m, party(m)) for m in mentions if not (m.adjectival or m.refers)]
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

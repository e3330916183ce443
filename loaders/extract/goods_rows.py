"""List rows that name a supplier, a dash, and what it sends where, with no verb::

    Exporters we assisted:
    - Brandon Valve Works Ltd. — pressure valves to Kessler Pumpen GmbH
    - Selkirk Oats Inc.: rolled oats to Peru and Chile

A report listing its exporters writes each row so: the firm, then its goods "to" the
buyers. The document reader folds such rows into their lead-in's sentence, one row
after another's comma; each row reads as the sentence it stands for ("X supplies goods
to Y"), so the supply grammar (its lists, its "of Toledo" locatives, its described
buyers) applies as it does to prose.
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.entry_rows import LIST_MARK
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention

__all__ = ["goods_row", "row_supplies"]

# Where a row opens: the sentence's start (a list mark maybe), or a lead-in's colon, or
# the comma or semicolon after the row before.
_OPENS = re.compile(r"(?:^\s*(?:" + LIST_MARK + r")?|[:;,])\s*$")
# After the firm: a dash or colon, then goods in lower case (a few words, no verb of
# their own, a hyphen allowed: "cold-rolled steel") and "to".
_AFTER_FIRM = re.compile(r"\s*(?:[–—:]|--?)\s+(?P<goods>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4})"
                         r"\s+to\s")
# Goods words that are rather a verb or a remark than the goods themselves.
_NO_GOODS = re.compile(r"\b(?:is|are|was|were|has|have|had|signed|agreed|will|would|"
                       r"visit|visits|mission|missions|trip|delegation|partnership|"
                       r"agreement|memorandum|twinning|since|from|with|the|a|an)\b")
_VERB = " supplies "
# The row's shape before any mention is read (the sentence filter's cheap test).
_SHAPE = re.compile(r"[A-Z][^–—:;,]{1,80}?\s(?:[–—:]|--?)\s+[a-z][\w'-]*"
                    r"(?:\s+[a-z][\w'-]*){0,4}\s+to\s+[A-Z\w]")


def goods_row(text: str) -> bool:
    """``text`` may hold a goods row ("- X Ltd. — valves to Y")."""
    return bool(_SHAPE.search(text))


def _row_firms(text: str, mentions: list[Mention]) -> list[tuple[Mention, re.Match]]:
    out = []
    for m in mentions:
        if m.refers or m.adjectival or not (m.kind_hint == "Company" or m.named_firm
                                            or m.organisation):
            continue
        row = _AFTER_FIRM.match(text, m.end)
        if row is None or _NO_GOODS.search(row.group("goods")):
            continue
        if _OPENS.search(text[:m.start]):
            out.append((m, row))
    return out


def row_supplies(text: str, mentions: list[Mention], find) -> list[Hit]:
    """The supplies the goods rows of ``text`` state, each row read with ``find`` (the
    supply grammar) as though its dash were the verb "supplies"."""
    firms = _row_firms(text, mentions)
    hits = []
    for i, (firm, row) in enumerate(firms):
        # (the row ends where the next one's firm begins)
        end = firms[i + 1][0].start if i + 1 < len(firms) else len(text)
        cut = row.start("goods")
        said = text[firm.start:firm.end] + _VERB + text[cut:end]
        shift = len(_VERB) - (cut - firm.end)
        first = replace(firm, start=0, end=firm.end - firm.start)
        back, moved = {}, [first]
        for m in mentions:
            if cut <= m.start and m.end <= end:
                n = replace(m, start=m.start - firm.start + shift, end=m.end - firm.start + shift)
                back[id(n)] = m
                moved.append(n)
        hits += [replace(h, a=firm, b=back[id(h.b)], trigger=(firm.end, cut))
                 for h in find(said, moved) if h.a is first and id(h.b) in back]
    return hits

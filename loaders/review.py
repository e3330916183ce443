"""What a load made of each name, for people to review: counts, examples, a review
sheet, and the decisions read back from it.

Every distinct name a load resolves (a party in a twinning, document or supply, or a
row of a cities or regions sheet) is a :class:`Reference`: the name as written, the
country the row gives, where it first occurs, and what it became. A load counts them
as resolved exactly, approximately, unresolved (kept as new nodes), and merged (two
different names, or one name with two different countries, that became one node),
and writes every one that is not exact to a review sheet:

    decision,class,name,country,kind,where,rows,chosen_id,chosen_name,...,alternatives

A person fills in ``decision`` (a node id to map the name to, or ``new`` to keep it
apart) and loads the sheet back as an aliases file (``relgraph load --aliases
review.csv DATA/``, or as ``aliases.csv`` inside the data folder): later loads honour
every decision, and the review sheet they write carries the decisions along.

>>> ref = Reference("Dovsk", "BY", "City", "twinnings.csv", 3, "a")
>>> ref.key
('dovsk', 'BY')
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from relgraph.graph.errors import ValidationError
from relgraph.graph.spreadsheet import row_from_spreadsheet, row_to_spreadsheet
from relgraph.loaders.problems import Problem
from relgraph.loaders.refs import ID_RE

EXACT, APPROXIMATE, UNRESOLVED, MERGED = "exact", "approximate", "unresolved", "merged"
CLASSES = (EXACT, APPROXIMATE, UNRESOLVED, MERGED)
#: How many examples of each class a summary shows.
EXAMPLES = 20
#: Alternatives listed per name in the review sheet.
ALTERNATIVES = 5
REVIEW_COLUMNS = ["decision", "class", "name", "country", "kind", "where", "rows",
                  "chosen_id", "chosen_name", "chosen_country", "chosen_region",
                  "chosen_population", "distance_km", "reason", "alternatives"]
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass
class Reference:
    """One distinct name of a load and what it resolved to."""

    name: str                   # as written, without a [kind, CC] qualifier
    country: str | None         # the country the row gives
    kind: str | None            # the kind the row gives (schema label) or None
    file: str                   # where it first occurs
    line: int
    column: str
    id: str = ""
    match: str = EXACT          # exact, approximate or unresolved
    reason: str = ""
    candidates: tuple[str, ...] = ()
    distance_km: float | None = None
    decided: bool = False
    rows: list[tuple[str, int]] = field(default_factory=list)
    merged_with: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str | None]:
        """Names that differ only in letter case or spacing are the same name."""
        return " ".join(self.name.casefold().split()), self.country

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def classes(self) -> list[str]:
        """The summary classes this name counts in (merged comes on top of a match)."""
        return [self.match] + ([MERGED] if self.merged_with else [])

    @property
    def resolved(self) -> bool:
        return self.match != UNRESOLVED


def find_merges(refs: Iterable[Reference], country_of) -> int:
    """Mark the names that became one node with another name (``merged_with``) and
    return the number of merges (names beyond the first per node). ``country_of(id)``
    gives a node's country, for names the row gave no country."""
    by_id: dict[str, dict[tuple, list[Reference]]] = defaultdict(lambda: defaultdict(list))
    for ref in refs:
        if ref.decided:
            continue            # the user said so
        name = " ".join(ref.name.casefold().split())
        by_id[ref.id][(name, ref.country or country_of(ref.id))].append(ref)
    merges = 0
    for group in by_id.values():
        if len(group) < 2:
            continue
        merges += len(group) - 1
        for same in group.values():
            others = sorted(f"{o[0].name} ({o[0].country or '-'}) at {o[0].where}"
                            for o in group.values() if o is not same)
            for ref in same:
                ref.merged_with = others
    return merges


@dataclass
class Decision:
    name: str
    country: str | None
    decision: str
    file: str
    line: int


def read_decisions(paths: Iterable[str | Path]) -> list[Decision]:
    """The filled-in ``decision`` cells of review sheets or aliases files (CSV with
    ``name``, optional ``country``, and ``decision``). Raises :class:`ValidationError`
    listing every unusable row."""
    out, problems = [], []
    for path in paths:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            problems.append(Problem(str(path), 0, "", f"cannot read the aliases file: {e}"))
            continue
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [h.strip().lower() for h in reader.fieldnames or []]
        if "name" not in header or "decision" not in header:
            problems.append(Problem(str(path), 1, "", "an aliases file needs the columns "
                                                      "name and decision (country optional)"))
            continue
        reader.fieldnames = header
        for row in reader:
            line = reader.line_num
            row = row_from_spreadsheet(row)
            decision = (row.get("decision") or "").strip()
            name = (row.get("name") or "").strip()
            if not decision:
                continue
            if not name:
                problems.append(Problem(str(path), line, "name", "required"))
                continue
            if decision.lower() != "new" and not ID_RE.match(decision):
                problems.append(Problem(str(path), line, "decision",
                                        f"{decision!r} is neither a node id (such as "
                                        "city:by:minsk) nor new"))
                continue
            country = (row.get("country") or "").strip().upper() or None
            out.append(Decision(name, country, "new" if decision.lower() == "new"
                                else decision, str(path), line))
    if problems:
        raise ValidationError(problems, hint="fix the aliases file and load again")
    return out


def describe(resolver, node_id: str, distance: float | None = None) -> str:
    """``id: Name (Region, CC, pop N)`` for a review sheet."""
    e = resolver.entry(node_id)
    if e is None:
        node = resolver.node(node_id)
        name = node.properties.get("name") if node is not None else None
        return f"{node_id}: {name}" if name else node_id
    parts = []
    region = _region_name(resolver, e)
    if region:
        parts.append(region)
    parts.append(e.country)
    if e.population:
        parts.append(f"pop {e.population:,}")
    return f"{node_id}: {e.name} ({', '.join(parts)})"


def _region_name(resolver, entry) -> str | None:
    if entry.parent and entry.parent.startswith("region:"):
        parent = resolver.entry(entry.parent)
        return parent.name if parent is not None else None
    return None


def review_rows(refs: Iterable[Reference], resolver,
                decisions: dict[tuple[str, str | None], str] | None = None) -> list[dict]:
    """The review sheet's rows: every name that is not a plain exact match, and every
    name a person already decided (with the decision filled in)."""
    rows = []
    for ref in sorted(refs, key=lambda r: (CLASSES.index(_worst(r)), r.file, r.line)):
        if not ref.decided and ref.match == EXACT and not ref.merged_with:
            continue
        e = resolver.entry(ref.id)
        node = resolver.node(ref.id)
        alternatives = [describe(resolver, c) for c in ref.candidates if c != ref.id]
        reason = ref.reason
        if ref.merged_with:
            reason += "; one node with " + "; ".join(ref.merged_with[:5])
        decision = ""
        if ref.decided and decisions is not None:
            decision = decisions.get(ref.key) or decisions.get((ref.key[0], None)) or ""
        rows.append({
            "decision": decision,
            "class": "decided" if ref.decided else _worst(ref),
            "name": ref.name, "country": ref.country or "", "kind": ref.kind or "",
            "where": ref.where, "rows": len(ref.rows) or 1, "chosen_id": ref.id,
            "chosen_name": (node.properties.get("name") if node is not None else "") or "",
            "chosen_country": (e.country if e is not None else
                               (node.properties.get("country") if node is not None else "")
                               ) or "",
            "chosen_region": (_region_name(resolver, e) if e is not None else "") or "",
            "chosen_population": (e.population if e is not None and e.population else ""),
            "distance_km": f"{ref.distance_km:.1f}" if ref.distance_km is not None else "",
            "reason": reason,
            "alternatives": " | ".join(alternatives[:ALTERNATIVES]),
        })
    return rows


def _worst(ref: Reference) -> str:
    if ref.merged_with:
        return MERGED
    return ref.match


def write_review(path: str | Path, rows: list[dict]) -> None:
    """Write the review sheet (CSV, UTF-8; cells that would start a spreadsheet
    formula begin with ``'``, taken off again when the sheet is read back)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=REVIEW_COLUMNS)
        w.writeheader()
        w.writerows(row_to_spreadsheet(row) for row in rows)


def is_qid(text: str) -> bool:
    """Whether a reference is a Wikidata item id (``Q42``).

    >>> is_qid("Q1490"), is_qid("Quito")
    (True, False)
    """
    return bool(_QID.match(text.strip()))

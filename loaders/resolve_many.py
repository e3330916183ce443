"""Resolve many names at once (``relgraph resolve``): one row per name, so a user can
check a sheet's column before loading it.

>>> rows = resolve_names([("Brest [city, FR]", None, None, None), ("Vilnius County", None,
...                       None, None)])
>>> [(r["id"], r["match"]) for r in rows]
[('city:fr:brest', 'exact'), ('region:lt:vilnius', 'exact')]
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from relgraph.graph.errors import UsageError
from relgraph.loaders import inputs
from relgraph.loaders.refs import RefError, parse_ref
from relgraph.loaders.review import ALTERNATIVES, describe

#: (name as written, country, lat, lon)
Item = tuple[str, "str | None", "float | None", "float | None"]


def read_names(path: str | Path, *, column: str | None = None,
               country_column: str | None = None) -> list[Item]:
    """Names from a file: one a line, or the ``column`` of a CSV/TSV file with a
    header (with each row's country from ``country_column`` and coordinates from
    ``lat``/``lon`` columns when the file has them)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    if column is None:
        if country_column:
            raise UsageError("--country-column needs --column")
        return [(line.strip(), None, None, None) for line in text.splitlines()
                if line.strip()]
    delimiter = "\t" if str(path).lower().endswith(".tsv") else None
    if delimiter is None:
        delimiter = inputs.sniff_delimiter(text[:20000])
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = {h.strip().lower(): h for h in reader.fieldnames or []}
    for wanted in filter(None, (column, country_column)):
        if wanted.lower() not in header:
            raise UsageError(f"{path} has no column {wanted!r}; it has "
                             f"{', '.join(header) or 'no header'}")
    out = []
    for row in reader:
        name = (row.get(header[column.lower()]) or "").strip()
        if not name:
            continue
        cc = (row.get(header[country_column.lower()]) or "").strip() if country_column \
            else None
        out.append((name, cc or None, _number(row.get(header.get("lat", ""))),
                    _number(row.get(header.get("lon", "")))))
    return out


def _number(text) -> float | None:
    try:
        return float(str(text).replace(",", ".")) if text not in (None, "") else None
    except ValueError:
        return None


def resolve_names(items: list[Item], *, kind: str | None = None,
                  country: str | None = None, resolver=None) -> list[dict]:
    """One row per name: what it resolves to, how surely, and the alternatives."""
    if resolver is None:
        from relgraph.loaders.resolve import Resolver
        resolver = Resolver.default()
    if country and resolver.known_country(country) is None:
        raise UsageError(f"unknown country {country!r}",
                         hint="give an ISO code (BY, BLR) or a country's name")
    rows = []
    for text, cc, lat, lon in items:
        if cc and resolver.known_country(cc) is None:
            # a hint that narrows nothing would pass for a choice made without one
            rows.append({"name": text, "match": "invalid",
                         "reason": f"unknown country {cc!r} in the country column"})
            continue
        name, k, c = text, kind, cc or country
        try:
            ref = parse_ref(text)
            if ref.id:
                node = resolver.node(ref.id)
                rows.append(_row(text, resolver, ref.id, node, "exact" if node else
                                 "unresolved", "a node id" if node else
                                 "an id the gazetteer does not know", None, ()))
                continue
            name, k, c = ref.name, (ref.kind or kind), (ref.country or c)
        except RefError as e:
            rows.append({"name": text, "match": "invalid", "reason": str(e)})
            continue
        res = resolver.resolve(name, kind=k, country=c, lat=lat, lon=lon)
        rows.append(_row(text, resolver, res.id, res.node, res.match, res.reason, res.body,
                         [x for x in res.candidates if x != res.id]))
    return rows


def _row(text, resolver, node_id, node, match, reason, body, alternatives) -> dict:
    e = resolver.entry(node_id)
    props = node.properties if node is not None else {}
    region = None
    if e is not None and e.parent and e.parent.startswith("region:"):
        parent = resolver.entry(e.parent)
        region = parent.name if parent is not None else None
    return {"name": text, "id": node_id, "resolved_name": props.get("name"),
            "kind": node.label if node is not None else None,
            "country": props.get("country"), "region": region,
            "population": props.get("population"), "match": match, "body": body,
            "reason": reason,
            "alternatives": " | ".join(describe(resolver, a)
                                       for a in alternatives[:ALTERNATIVES]) or None}

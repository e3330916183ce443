"""Reviewed candidates (CSV or JSONL rows) to graph records.

:func:`candidates_to_records` keeps the rows a reviewer accepted (``accept`` is
yes/y/1/x/true) - or, with ``accept_all``, every row at or above ``min_confidence`` -
and returns the party nodes, Document nodes (for agreements), Source nodes and the
relationships with their provenance: ``evidence`` {file, line, quote}, ``confidence``,
``sources``, ``date`` and ``year``.

>>> rows = [{"accept": "yes", "type": "TWINNED_WITH", "source_name": "Minsk",
...          "source_id": "city:by:minsk", "source_kind": "City", "source_country": "BY",
...          "target_name": "Lyon", "target_id": "city:fr:lyon", "target_kind": "City",
...          "target_country": "FR", "date": "2016", "confidence": "0.8",
...          "evidence_file": "a.txt", "evidence_line": "4", "evidence_quote": "Minsk and Lyon",
...          "sources": "", "_line": 2}]
>>> nodes, rels, problems = candidates_to_records(rows)
>>> [r.type for r in rels], rels[0].properties["evidence"]["line"], problems
(['TWINNED_WITH'], 4, [])
"""

from __future__ import annotations

from relgraph.graph import ids
from relgraph.graph.errors import UsageError
from relgraph.graph.records import Node, Relationship, Source
from relgraph.graph.schema import DATE_RE, SCHEMA, year_of
from relgraph.loaders.gazetteer.firms import firm_table

ACCEPT_YES = {"yes", "y", "1", "x", "true", "ok", "+"}
_REQUIRED = {"type", "evidence_quote"}
_PREFIX_LABEL = {"country": "Country", "region": "Region", "city": "City", "company": "Company",
                 "org": "Organization"}


def is_candidates_file(header_or_first_row) -> bool:
    """True for the header (list of column names) or first row (dict) of a candidates
    file written by ``relgraph extract``.

    >>> is_candidates_file(["accept", "type", "source_id", "target_id", "evidence_quote"])
    True
    >>> is_candidates_file({"type": "SUPPLIES_TO", "source": {}, "target": {}, "evidence": {}})
    True
    >>> is_candidates_file(["name", "country"])
    False
    """
    if isinstance(header_or_first_row, dict):
        keys = set(header_or_first_row)
        if {"type", "source", "target", "evidence"} <= keys:
            return True
    else:
        keys = set(header_or_first_row or [])
    return {"type", "source_id", "target_id", "evidence_quote"} <= keys


def _flat(row: dict) -> dict:
    """A JSONL candidate (nested) in the CSV's flat shape."""
    if "source" not in row or not isinstance(row.get("source"), dict):
        return row
    from relgraph.loaders.extract.writers import flatten
    flat = flatten(row)
    flat["accept"] = row.get("accept", "")
    flat["_line"] = row.get("_line")
    flat["_file"] = row.get("_file")
    flat["_source_records"] = row.get("source_records") or []
    return flat


class Records(tuple):
    """``(nodes, relationships, problems)``, unpackable as such, and ``accepted``: how
    many candidate rows became records (an agreement row gives two relationships)."""

    accepted: int

    def __new__(cls, nodes, rels, problems, accepted: int):
        self = super().__new__(cls, (nodes, rels, problems))
        self.accepted = accepted
        return self


def candidates_to_records(rows, *, accept_all: bool = False, min_confidence: float = 0.0,
                          resolver=None) -> Records:
    """(nodes, relationships, problems) for the accepted rows; problems are
    (line, column, reason) for rows that cannot become records."""
    nodes: dict[str, Node] = {}
    rels: list[Relationship] = []
    problems: list[tuple] = []
    n_accepted = 0
    for n, raw in enumerate(rows, start=2):
        row = _flat(raw)
        line = row.get("_line") or n
        try:
            confidence = float(row.get("confidence") or 0)
        except ValueError:
            problems.append((line, "confidence", f"not a number: {row.get('confidence')!r}"))
            continue
        accepted = str(row.get("accept") or "").strip().lower() in ACCEPT_YES
        if not accepted and not (accept_all and confidence >= min_confidence):
            continue
        if accept_all and confidence < min_confidence:
            continue
        bad = _row_problems(row)
        if bad:
            problems.extend((line, col, why) for col, why in bad)
            continue
        n_accepted += 1
        ends = []
        for side in ("source", "target"):
            node = _party_node(row, side, resolver)
            nodes.setdefault(node.id, node)
            ends.append(node.id)
        source_ids = _sources(row, nodes)
        date = (row.get("date") or "").strip() or None
        evidence = {"file": row.get("evidence_file") or row.get("_file") or "",
                    "line": int(row.get("evidence_line") or 0),
                    "quote": row.get("evidence_quote") or ""}
        props = {"evidence": evidence, "confidence": confidence, "sources": source_ids,
                 "date": date, "year": year_of(date)}
        rel_type = row["type"]
        if rel_type == "SIGNED_AGREEMENT":
            title = row.get("document_title") or f"Agreement between {row['source_name']} and {row['target_name']}"  # noqa: E501
            doc_id = ids.document_id(ends, date, title)
            kind = row.get("document_kind") or "agreement"
            doc_props = {"name": title, "title": title, "kind": kind, "date": date,
                         "year": year_of(date), "sources": source_ids,
                         "status": "planned" if row.get("status") == "planned" else "signed"}
            nodes.setdefault(doc_id, Node("Document", doc_id,
                                          {k: v for k, v in doc_props.items() if v is not None}))
            for end, side in zip(ends, ("source", "target"), strict=False):
                p = {**props, "body": row.get(f"{side}_body") or None}
                rels.append(Relationship("SIGNED_AGREEMENT", end, doc_id, _clean(p),
                                         id=ids.relationship_id("SIGNED_AGREEMENT", end, doc_id)))
            continue
        if rel_type == "TWINNED_WITH":
            props["since"] = date
            props["status"] = "planned" if row.get("status") == "planned" else "active"
            rels.append(Relationship("TWINNED_WITH", ends[0], ends[1], _clean(props)))
        else:
            props["goods"] = row.get("goods") or None
            props["status"] = row.get("status") or "fact"
            try:
                props["value_usd"] = float(row["value_usd"]) if row.get("value_usd") not in (None, "") else None  # noqa: E501
            except ValueError:
                problems.append((line, "value_usd", f"not a number: {row.get('value_usd')!r}"))
                n_accepted -= 1
                continue
            rels.append(Relationship("SUPPLIES_TO", ends[0], ends[1], _clean(props),
                                     id=ids.relationship_id("SUPPLIES_TO", ends[0], ends[1],
                                                            props["goods"], props["year"])))
        spec_problems = SCHEMA.relationship_problems(rels[-1].type, rels[-1].start, rels[-1].end,
                                                     {**rels[-1].properties, "id": rels[-1].id})
        if spec_problems:
            rels.pop()
            n_accepted -= 1
            problems.extend((line, "type", p) for p in spec_problems)
    return Records(list(nodes.values()), rels, problems, n_accepted)


def _clean(props: dict) -> dict:
    return {k: v for k, v in props.items() if v not in (None, "", [])}


def _row_problems(row: dict) -> list[tuple[str, str]]:
    out = []
    if row.get("type") not in ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"):
        out.append(("type", f"unknown relation type {row.get('type')!r}"))
    for side in ("source", "target"):
        if not (row.get(f"{side}_id") or row.get(f"{side}_name")):
            out.append((f"{side}_id", "no party id or name"))
    date = (row.get("date") or "").strip()
    if date and not DATE_RE.match(date):
        out.append(("date", f"not an ISO date: {date!r}"))
    if not row.get("evidence_quote"):
        out.append(("evidence_quote", "no evidence quote"))
    return out


def _party_node(row: dict, side: str, resolver) -> Node:
    """The node of one party. A party the resolver knows is the resolver's node
    (canonical name, aliases, coordinates): the text as written must not rename a
    gazetteer place. Other parties become nodes named as written."""
    name = " ".join(str(row.get(f"{side}_name") or "").replace('"', " ").split())
    node_id = (row.get(f"{side}_id") or "").strip()
    country = (row.get(f"{side}_country") or "").strip().upper() or None
    kind = row.get(f"{side}_kind") or None
    if resolver is not None:
        known = _known(resolver, node_id, name, kind, country)
        if known is not None:
            return known
    if not node_id:
        label = kind if kind in _PREFIX_LABEL.values() else "Organization"
        prefix = {v: k for k, v in _PREFIX_LABEL.items()}[label]
        node_id = ids.country_id(country) if prefix == "country" and country else ids.node_id(prefix, country, name)  # noqa: E501
    label = SCHEMA.label_for_id(node_id)
    known = firm_table().by_id(node_id)
    if known is not None:
        # Every spelling of a firm of the table meets at its id, under the table's
        # name (the spelling of the last text loaded would rename it).
        props = {"name": known.name}
        country = country or known.country
    else:
        props = {"name": name or node_id}
    if country:
        props["country"] = country
    return Node(label, node_id, props)


def _known(resolver, node_id: str, name: str, kind, country) -> Node | None:
    """The resolver's node for ``node_id`` (or, without an id, for ``name``)."""
    try:
        if node_id:
            return resolver.node(node_id)
        res = resolver.resolve(name, kind=kind, country=country)
        return res.node if getattr(res, "resolved", False) else None
    except UsageError:  # a kind the resolver does not know: the party stays as written
        return None


def _sources(row: dict, nodes: dict) -> list[str]:
    ids_ = [s for s in (row.get("sources") or "").split("|") if s.strip()]
    titles = (row.get("source_titles") or "").split("|")
    urls = (row.get("source_urls") or "").split("|")
    years = (row.get("source_published") or "").split("|")
    records = {r.get("id"): r for r in row.get("_source_records") or []}

    def nth(values, i):
        return values[i].strip() or None if i < len(values) else None

    for i, sid in enumerate(ids_):
        rec = records.get(sid) or {}
        title = rec.get("title") or nth(titles, i) or sid
        src = Source(title, rec.get("url") or nth(urls, i),
                     rec.get("published") or nth(years, i), id=sid)
        node = src.to_node()
        # The input text as a Source: its file name and the day it was read.
        node.properties.update({k: rec[k] for k in ("file", "read") if rec.get(k)})
        nodes.setdefault(sid, node)
    return ids_

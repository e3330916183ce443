"""The graph store: any Bolt server (Neo4j or the embedded ArcadeDB) through the
official driver, with the statements of ``cypher/``.

Writes are batched ``UNWIND $rows`` keyed on ``(label, id)``, nodes before
relationships, one transaction per batch, so a batch is either fully written or not
at all and re-running the same upsert after a crash converges to the same graph. Each
row is looked up once: new ids are created, changed records updated in place, and
unchanged ones not written, so a reload of unchanged data only reads. Concurrent loads
into one database are safe: the key constraint refuses a second creation of a node's
id, and the losing batch rolls back and runs again as an upsert. Relationships are
merged; Neo4j's MERGE locks both ends, while on the embedded server a uniqueness
constraint on every relationship type's id refuses the second of two concurrent
creations in the same way (:meth:`Store.ensure_schema`).

Reads for analytics come packed: one record per label and per relationship type,
since the driver's cost is per record far more than per value.
"""

from __future__ import annotations

import contextlib
import functools
import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import neo4j
from neo4j.exceptions import ConstraintError, Neo4jError, ServiceUnavailable, SessionExpired

from relgraph.graph import statements
from relgraph.graph.chains import plain
from relgraph.graph.errors import ConnectionFailed, MissingNodeError, QueryError, SchemaError
from relgraph.graph.records import Node, Relationship
from relgraph.graph.schema import SCHEMA, Schema, year_of

if TYPE_CHECKING:
    import networkx as nx

OUTCOMES = ("created", "updated", "unchanged")
# Most nodes of one label, or relationships of one type, that a fetch reads in one packed
# record (ArcadeDB refuses to collect more than 500,000 values in one query by default).
PACKED_MAX = 200_000
# Ids an upsert looks up in one packed read when it does not read a whole label or type.
PACKED_CHUNK = 20_000
# How often a batch is run again when a concurrent load created one of its ids first.
CONFLICT_RETRIES = 5


@dataclass
class UpsertReport:
    """What an upsert did: outcome counts per label and per relationship type."""

    nodes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    relationships: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def total(self, outcome: str) -> int:
        return (sum(c[outcome] for c in self.nodes.values())
                + sum(c[outcome] for c in self.relationships.values()))

    def rows(self) -> list[dict]:
        """One row per label/type, for the CLI formatter."""
        out = []
        for kind, table in (("node", self.nodes), ("relationship", self.relationships)):
            for name in sorted(table):
                out.append({"kind": kind, "name": name,
                            **{o: table[name][o] for o in OUTCOMES}})
        return out


@dataclass(frozen=True)
class StatementResult:
    """What one statement of :meth:`Store.run_statements` did."""

    rows: int
    counters: dict[str, int]


class StatementFailed(QueryError):
    """Statement number ``index`` (0-based) of a :meth:`Store.run_statements` call failed."""

    def __init__(self, index: int, message: str):
        super().__init__(message)
        self.index = index


COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created",
            "relationships_deleted", "properties_set", "labels_added", "labels_removed",
            "indexes_added", "indexes_removed", "constraints_added", "constraints_removed")


def _consume(result) -> StatementResult:
    rows = sum(1 for _ in result)
    counters = result.consume().counters
    return StatementResult(rows, {name: getattr(counters, name) for name in COUNTERS
                                  if getattr(counters, name)})


class Store:
    """A graph store on a neo4j driver and a database name (None: the server default).

    >>> store = Store(driver, "relgraph")            # doctest: +SKIP
    >>> store.ensure_schema()                         # doctest: +SKIP
    >>> gomel = Node("Region", "region:by:gomel", {"name": "Gomel Region"})
    >>> store.upsert([gomel]).nodes["Region"]["created"]   # doctest: +SKIP
    1
    """

    def __init__(self, driver: neo4j.Driver, database: str | None = None, *,
                 schema: Schema = SCHEMA):
        self.driver = driver
        self.database = database
        self.schema = schema

    # -- low level ----------------------------------------------------------------------
    def _session(self):
        return self.driver.session(database=self.database)

    def _read(self, text: str, params: Mapping | None = None, *,
              chains: bool = False) -> list[dict]:
        """Rows of a statement; ``chains``: paths and relationships as
        :class:`~relgraph.graph.chains.Chain` (what a person reads), else as
        ``Record.data()`` gives them."""
        with _server_errors():
            with self._session() as session:
                result = session.run(text, dict(params or {}))
                if chains:
                    return [{k: plain(v) for k, v in record.items()} for record in result]
                return result.data()

    def _write_batch(self, text: str, rows: list[dict]) -> list[dict]:
        """Run one write statement over ``rows`` in its own transaction."""
        def work(tx):
            return tx.run(text, rows=rows).data()
        with _server_errors():
            with self._session() as session:
                return session.execute_write(work)

    # -- API ----------------------------------------------------------------------------
    def ensure_schema(self) -> list[str]:
        """Create the key constraint on ``id`` for every label (harmless when present);
        return the labels, then the relationship types that got a constraint too.

        On a server whose MERGE can store one relationship twice under concurrent
        transactions (:attr:`merge_races`), every relationship type gets a uniqueness
        constraint on ``id`` as well, before this load writes.
        """
        done = []
        for label in self.schema.labels:
            self._read(statements.render("schema", label=label))
            done.append(label)
        if self.merge_races:
            for rel_type in self.schema.relationships:
                self._relationship_key(rel_type)
                done.append(rel_type)
        return done

    @functools.cached_property
    def merge_races(self) -> bool:
        """Whether two transactions that MERGE one missing relationship at once can both
        create it: ArcadeDB (the embedded server) merges concurrent appends to a node's
        edge list at commit instead of refusing the second. Neo4j locks both ends of a
        relationship MERGE creates, so it never does, and its schema is left as it was."""
        # ArcadeDB says "Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)".
        agent = self.driver.get_server_info().agent or ""
        return "arcadedb" in agent.lower()

    def _relationship_key(self, rel_type: str) -> None:
        """The uniqueness constraint on ``id`` of one relationship type. Exact copies of
        a relationship, which concurrent loads made before the constraint existed could
        leave, are deleted first when they stop its creation; copies that differ are
        not guessed between but reported."""
        text = statements.render("relationship_schema", type=rel_type)
        try:
            self._read(text)
            return
        except QueryError as e:
            if not isinstance(e.__cause__, ConstraintError):
                raise
        self._read(statements.render("duplicate_relationships", type=rel_type))
        try:
            self._read(text)
        except QueryError as e:
            if not isinstance(e.__cause__, ConstraintError):
                raise
            raise QueryError(
                f"{rel_type}: some relationships share an id but differ in their ends or "
                "properties, so the uniqueness constraint on id cannot be created; list "
                "them with: relgraph query --name relationships_sharing_an_id") from e

    def run(self, statement: str, params: Mapping | None = None) -> list[dict]:
        """Run Cypher text, or a named statement of ``cypher/`` (by its name)."""
        catalogue = statements.catalogue()
        if statement in catalogue:
            st = catalogue[statement]
            if st.slots:
                raise SchemaError(f"statement {statement!r} is internal (needs "
                                  f"{', '.join(sorted(st.slots))}); run it through the store API")
            statement = st.text
        return self._read(statement, params, chains=True)

    def run_statements(self, texts: Sequence[str], params: Mapping | None = None, *,
                       transaction: bool = True,
                       progress: Callable[[int], None] | None = None) -> list[StatementResult]:
        """Run Cypher statements in order in one transaction (or, with ``transaction``
        false, each on its own, as schema changes must); return rows and counters of each.

        When one fails, :class:`StatementFailed` says which (its ``index``); in a
        transaction nothing of ``texts`` is then committed. ``progress`` is called with 1
        after each statement.
        """
        done: list[StatementResult] = []
        params = dict(params or {})
        with _server_errors(lambda message: StatementFailed(len(done), message)):
            with self._session() as session:
                if not transaction:
                    for text in texts:
                        done.append(_consume(session.run(text, params)))
                        if progress:
                            progress(1)
                    return done
                with session.begin_transaction() as tx:
                    for text in texts:
                        done.append(_consume(tx.run(text, params)))
                        if progress:
                            progress(1)
                    tx.commit()
                return done

    def upsert(self, nodes: Iterable[Node] = (), relationships: Iterable[Relationship] = (),
               *, batch_size: int = 5000, dry_run: bool = False,
               progress: Callable[[int], None] | None = None) -> UpsertReport:
        """Merge nodes, then relationships, in batches; return counts per label and type.

        Everything is validated against the schema and every relationship endpoint is
        checked (in this upsert or already stored) before the first write, so invalid
        input changes nothing. What is stored of the records is then read (a few packed
        records per label and type), and only rows that are missing or differ are
        written: a reload of unchanged data only reads, and one after some records were
        deleted or edited writes those back. ``progress`` is called with the number of
        rows done after each batch. ``dry_run`` reports what would change and writes
        nothing.
        """
        nodes = _dedupe_nodes(nodes)
        relationships = _dedupe_relationships(relationships)
        node_rows = self._node_rows(nodes)
        rel_rows = self._relationship_rows(relationships)
        self._check_endpoints(nodes, relationships)

        report = UpsertReport()
        with _server_errors():
            with self._session() as session:
                for label, rows in node_rows.items():
                    stored = self._stored_nodes(session, label, rows)
                    missing, changed = _diff(rows, stored)
                    self._write_group(session, report.nodes[label], rows, missing, changed,
                                      {"label": label}, "nodes", batch_size=batch_size,
                                      dry_run=dry_run, progress=progress)
                stored_by_type: dict[str, dict[str, tuple]] = {}
                for (rel_type, start, end), rows in rel_rows.items():
                    slots = {"type": rel_type, "start_label": start, "end_label": end}
                    if rel_type not in stored_by_type:
                        stored_by_type[rel_type] = self._stored_relationships(
                            session, rel_type, [row for (t, _, _), group in rel_rows.items()
                                                if t == rel_type for row in group])
                    stored = stored_by_type[rel_type]
                    here = {}
                    for row in rows:
                        found = stored.get(row["id"])
                        # Stored between other ends, it is another relationship.
                        if found is not None and found[0] == row["start"] \
                                and found[1] == row["end"]:
                            here[row["id"]] = found[2]
                    missing, changed = _diff(rows, here)
                    self._write_group(session, report.relationships[rel_type], rows, missing,
                                      changed, slots, "relationships", batch_size=batch_size,
                                      dry_run=dry_run, progress=progress)
        return report

    def _stored_nodes(self, session, label: str, rows: list[dict]) -> dict[str, dict]:
        """The stored properties of the nodes of ``rows``, by id: the whole label in one
        packed record when it holds not many more nodes than ``rows``, else looked up by
        id, a packed record per chunk."""
        count = session.execute_read(lambda tx: tx.run(statements.render(
            "count_label", label=label)).single()["count"])
        if count == 0:
            return {}
        if count <= min(PACKED_MAX, 2 * len(rows)):
            text = statements.render("fetch_nodes", label=label)
            found = session.execute_read(lambda tx: tx.run(text).single()[0])
        else:
            text = statements.render("stored_nodes", label=label)
            found = []
            for chunk in _batches([r["id"] for r in rows], PACKED_CHUNK):
                found += session.execute_read(
                    lambda tx, c=chunk: tx.run(text, ids=c).single()[0])
        return {props.get("id"): props for props in found}

    def _stored_relationships(self, session, rel_type: str,
                              rows: list[dict]) -> dict[str, tuple]:
        """``id -> (start, end, properties)`` of the stored relationships of a type among
        ``rows``: the whole type in one packed record when it holds not many more than
        ``rows``, else looked up row by row, a packed record per chunk."""
        count = session.execute_read(lambda tx: tx.run(statements.render(
            "count_type", type=rel_type)).single()["count"])
        if count == 0:
            return {}
        found: list = []
        if count <= min(PACKED_MAX, 2 * len(rows)):
            text = statements.render("fetch_relationships", type=rel_type)
            found = session.execute_read(lambda tx: tx.run(
                text, year_from=None, year_to=None).single()[0])
        else:
            by_ends: dict[tuple, list[dict]] = defaultdict(list)
            for row in rows:
                by_ends[(self.schema.label_for_id(row["start"]),
                         self.schema.label_for_id(row["end"]))].append(
                    {"id": row["id"], "start": row["start"], "end": row["end"]})
            for (start, end), keys in by_ends.items():
                text = statements.render("stored_relationships", type=rel_type,
                                         start_label=start, end_label=end)
                for chunk in _batches(keys, PACKED_CHUNK):
                    found += session.execute_read(
                        lambda tx, q=text, c=chunk: tx.run(q, rows=c).single()[0])
        return {props.get("id"): (start, end, props) for start, end, props in found}

    def _write_group(self, session, counts: Counter, rows: list[dict], missing: list[dict],
                     changed: list[dict], slots: dict, kind: str, *, batch_size: int,
                     dry_run: bool, progress: Callable[[int], None] | None) -> None:
        """Write the missing and the changed rows of one label or type; count outcomes."""
        counts["unchanged"] += len(rows) - len(missing) - len(changed)
        if progress and len(rows) > len(missing) + len(changed):
            progress(len(rows) - len(missing) - len(changed))
        if dry_run:
            counts["created"] += len(missing)
            counts["updated"] += len(changed)
            if progress and (missing or changed):
                progress(len(missing) + len(changed))
            return
        name = slots.get("label") or slots["type"]
        upsert = statements.render(f"upsert_{kind}", **slots)
        create = statements.render("create_nodes" if kind == "nodes"
                                   else "merge_relationships", **slots)
        for text, todo in ((create, missing), (upsert, changed)):
            for batch in _batches(todo, batch_size):
                for outcome, n in self._write_rows(session, text, upsert, batch, name,
                                                   created=text is create).items():
                    counts[outcome] += n
                if progress:
                    progress(len(batch))

    def _write_rows(self, session, text: str, upsert: str, batch: list[dict], name: str, *,
                    created: bool) -> Counter:
        """Run one batch in its own transaction; return its outcome counts. A batch of
        rows that were missing (``created``) that finds one of its nodes (or, on the
        embedded server, relationships) created meanwhile by another load rolls back and
        runs again as an upsert."""
        def work(tx, text: str, created: bool):
            result = tx.run(text, rows=batch)
            if created:
                counts = Counter(created=sum(r["count"] for r in result))
            else:
                counts = Counter({r["outcome"]: r["count"] for r in result})
            if sum(counts.values()) != len(batch):
                # Endpoints were checked, so only a concurrent delete gets here; raising
                # rolls the whole batch back.
                raise QueryError(f"{name}: {len(batch) - sum(counts.values())} of "
                                 f"{len(batch)} rows lost an endpoint while loading; "
                                 "nothing of this batch was written")
            return counts
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                return session.execute_write(work, text, created)
            except ConstraintError as e:
                # Another load created one of these ids between this load's read and
                # its write (a constraint on id said no, and the batch rolled back).
                # Run again as an upsert: the batch now finds the node or relationship
                # and merges into it.
                if attempt == CONFLICT_RETRIES:
                    raise QueryError(_server_message(e)) from e
                text, created = upsert, False
                time.sleep(random.uniform(0.05, 0.2) * (attempt + 1))
        raise AssertionError("unreachable")

    def set_node_properties(self, rows: Iterable[Mapping]) -> int:
        """Set properties on existing nodes: rows of ``{id, label, props}``."""
        by_label: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            label = row.get("label") or self.schema.label_for_id(row["id"])
            problems = self.schema.update_problems(label, dict(row["props"]))
            if problems:
                raise SchemaError(f"{row['id']}: {'; '.join(problems)}")
            by_label[label].append({"id": row["id"],
                                    "props": _encode(self.schema, label, row["props"])})
        count = 0
        for label, items in by_label.items():
            text = statements.render("set_node_properties", label=label)
            for batch in _batches(items, 5000):
                count += sum(r["count"] for r in self._write_batch(text, batch))
        return count

    def rename_ids(self, renames: Mapping[str, str]) -> list[dict]:
        """Give stored nodes new ids: ``{old id: new id}``, each pair of one label (the
        ids' prefix). A node whose new id another node already holds is left as it is.
        Returns ``{old, new, renamed}`` per stored node (ids with no node are left out).
        Relationships stay attached; their own ids (hashes of the ids at load time)
        are not recomputed."""
        by_label: dict[str, list[dict]] = defaultdict(list)
        for old, new in sorted(renames.items()):
            label = self.schema.label_for_id(old)
            if self.schema.label_for_id(new) != label:
                raise SchemaError(f"{old} -> {new}: the new id names another label")
            by_label[label].append({"old": old, "new": new})
        out: list[dict] = []
        for label, rows in sorted(by_label.items()):
            text = statements.render("rename_node_id", label=label)
            for batch in _batches(rows, 5000):
                out += self._write_batch(text, batch)
        return sorted(out, key=lambda r: r["old"])

    def existing_ids(self, label: str, ids: Iterable[str]) -> set[str]:
        text = statements.render("existing_ids", label=label)
        found: set[str] = set()
        for batch in _batches(sorted(set(ids)), 5000):
            found.update(r["id"] for r in self._read(text, {"ids": batch}))
        return found

    def fetch(self, *, rel_types: Iterable[str] | None = None,
              labels: Iterable[str] | None = None, countries: Iterable[str] | None = None,
              year_from: int | None = None, year_to: int | None = None) -> nx.MultiDiGraph:
        """The stored graph (or part of it) as a ``networkx.MultiDiGraph``.

        Nodes are keyed by id with ``label`` plus every stored property; edges are keyed
        by relationship id with ``type`` plus every property (JSON properties such as
        ``evidence`` decoded). ``countries`` keeps nodes of those countries and nodes
        without a country (documents, sources); ``year_from``/``year_to`` keep ties dated
        in that range and every undated tie. Edges are kept only between kept nodes.

        Each label and each relationship type comes in one record holding all of them
        (up to ``PACKED_MAX``; larger ones are streamed a record each), all read in one
        transaction, so the graph is one consistent snapshot.
        """
        import networkx as nx

        types = _checked(rel_types, self.schema.relationship)
        label_list = _checked(labels, self.schema.label)
        country_set = {c.upper() for c in countries} if countries else None
        years = {"year_from": year_from, "year_to": year_to}

        def work(tx) -> nx.MultiDiGraph:
            graph = nx.MultiDiGraph()
            for label in label_list if label_list is not None else self.schema.labels:
                for props in self._fetch_packed(tx, "nodes", label=label):
                    node_id = props.get("id")
                    if node_id is None or node_id in graph:
                        continue
                    if country_set and props.get("country") \
                            and props["country"] not in country_set:
                        continue
                    graph.add_node(node_id, label=label, **_decode(self.schema, label, props))
            for rel_type in types if types is not None else self.schema.relationships:
                for start, end, props in self._fetch_packed(tx, "relationships",
                                                            params=years, type=rel_type):
                    if start not in graph or end not in graph:
                        continue
                    props = _decode(self.schema, rel_type, props)
                    graph.add_edge(start, end, key=props.get("id"), type=rel_type, **props)
            return graph

        with _server_errors():
            with self._session() as session:
                return session.execute_read(work)

    def _fetch_packed(self, tx, what: str, params: Mapping | None = None, **slots) -> Iterable:
        """The nodes (property maps) or relationships ([start, end, properties]) of one
        label or type: in one packed record when there are at most ``PACKED_MAX`` of them
        (servers cap how much one query may collect), else streamed."""
        params = dict(params or {})
        count_name = "count_label" if what == "nodes" else "count_type"
        count = tx.run(statements.render(count_name, **slots)).single()["count"]
        if count == 0:
            return []
        if count <= PACKED_MAX:
            record = tx.run(statements.render(f"fetch_{what}", **slots), params).single()
            return record[0] if record else []
        result = tx.run(statements.render(f"stream_{what}", **slots), params)
        if what == "nodes":
            return (rec["props"] for rec in result)
        return ((rec["start"], rec["end"], rec["props"]) for rec in result)

    def stats(self) -> dict[str, dict[str, int]]:
        """Counts per label and per relationship type (every schema name, zeros included)."""
        labels = {label: 0 for label in self.schema.labels}
        for rec in self.run("count_nodes"):
            if rec["label"] in labels:
                labels[rec["label"]] = rec["count"]
        types = {t: 0 for t in self.schema.relationships}
        for rec in self.run("count_relationships"):
            types[rec["type"]] = rec["count"]
        return {"labels": labels, "relationships": types}

    def clear(self, *, batch_size: int = 10000) -> int:
        """Delete every node and relationship; return the number of nodes deleted."""
        total = 0
        while True:
            deleted = self._read(statements.load("clear").text, {"limit": batch_size})
            n = deleted[0]["deleted"] if deleted else 0
            total += n
            if n == 0:
                return total

    # -- preparation ----------------------------------------------------------------------
    def _node_rows(self, nodes: list[Node]) -> dict[str, list[dict]]:
        rows: dict[str, list[dict]] = defaultdict(list)
        problems = []
        for node in nodes:
            try:
                props = _with_year(node.properties)
                found = self.schema.node_problems(node.label, node.id, props)
            except SchemaError as e:
                problems.append(f"{node.label} {node.id!r}: {e}")
                continue
            problems += [f"{node.label} {node.id!r}: {p}" for p in found]
            rows[node.label].append({"id": node.id,
                                     "props": _encode(self.schema, node.label, props)})
        if problems:
            raise SchemaError(_summarise(problems))
        return rows

    def _relationship_rows(self, rels: list[Relationship]) -> dict[tuple, list[dict]]:
        rows: dict[tuple, list[dict]] = defaultdict(list)
        problems = []
        for rel in rels:
            props = _with_year({**rel.properties, "id": rel.id})
            try:
                found = self.schema.relationship_problems(rel.type, rel.start, rel.end, props)
            except SchemaError as e:
                problems.append(f"{rel.type} {rel.id!r}: {e}")
                continue
            if found:
                problems += [f"{rel.type} {rel.start} -> {rel.end}: {p}" for p in found]
                continue
            props.pop("id")
            rows[(rel.type, rel.start_label, rel.end_label)].append(
                {"id": rel.id, "start": rel.start, "end": rel.end,
                 "props": _encode(self.schema, rel.type, props)})
        if problems:
            raise SchemaError(_summarise(problems))
        return rows

    def _check_endpoints(self, nodes: list[Node], rels: list[Relationship]) -> None:
        in_batch = {n.id for n in nodes}
        wanted: dict[str, set[str]] = defaultdict(set)
        for rel in rels:
            for node_id in (rel.start, rel.end):
                if node_id not in in_batch:
                    wanted[self.schema.label_for_id(node_id)].add(node_id)
        missing = []
        for label, node_ids in wanted.items():
            missing += [(label, i) for i in sorted(node_ids - self.existing_ids(label, node_ids))]
        if missing:
            raise MissingNodeError(missing)



@contextlib.contextmanager
def _server_errors(failed: Callable[[str], Exception] = QueryError):
    """The driver's errors as relgraph's: a lost server is :class:`ConnectionFailed`;
    what the server refused, ``failed`` of its message (never swallowed)."""
    try:
        yield
    except (ServiceUnavailable, SessionExpired) as e:
        raise ConnectionFailed(f"lost the connection to the server: {e}") from e
    except Neo4jError as e:
        raise failed(_server_message(e)) from e

def _server_message(error: Neo4jError) -> str:
    kind = "constraint violated" if isinstance(error, ConstraintError) else "server error"
    message = (error.message or str(error)).strip().splitlines()[0]
    return f"{kind} ({error.code}): {message}"


def _with_year(props: Mapping[str, Any]) -> dict:
    """Add the integer ``year`` that filters use, from ``date`` (or ``since``)."""
    out = dict(props)
    if out.get("year") is None:
        year = year_of(out.get("date") or out.get("since"))
        if year is not None:
            out["year"] = year
    return out


@functools.cache
def _json_keys(schema: Schema, name: str) -> frozenset[str]:
    return frozenset(schema.json_properties(name))


def _encode(schema: Schema, name: str, props: Mapping) -> dict:
    json_keys = _json_keys(schema, name)
    if not json_keys.intersection(props):
        return dict(props)
    return {k: (json.dumps(v, sort_keys=True, ensure_ascii=False)
                if k in json_keys and v is not None else v) for k, v in props.items()}


def _decode(schema: Schema, name: str, props: dict) -> dict:
    for key in _json_keys(schema, name).intersection(props):
        if isinstance(props[key], str):
            try:
                props[key] = json.loads(props[key])
            except ValueError:
                pass   # written by someone else: keep the text
    return props


def _diff(rows: list[dict], stored: Mapping[str, dict]) -> tuple[list[dict], list[dict]]:
    """``(missing, changed)`` rows of an upsert, given the stored properties by id. A row
    is unchanged when every property it sets is stored with the same value (a null one
    is not stored), the comparison the upsert statements make."""
    missing, changed = [], []
    for row in rows:
        old = stored.get(row["id"])
        if old is None:
            missing.append(row)
        elif not all(_same(old.get(k), v) for k, v in row["props"].items()):
            changed.append(row)
    return missing, changed


def _same(stored: Any, value: Any) -> bool:
    """Cypher's equality of a stored and a given value (1 = 1.0, but true <> 1)."""
    if isinstance(stored, bool) or isinstance(value, bool):
        return type(stored) is type(value) and stored == value
    if isinstance(stored, list) and isinstance(value, (list, tuple)):
        return len(stored) == len(value) and all(map(_same, stored, value))
    if isinstance(stored, (list, tuple)) or isinstance(value, (list, tuple)):
        return False
    return stored == value


def _dedupe_nodes(nodes: Iterable[Node]) -> list[Node]:
    # The same id twice in one batch would be counted as created twice; merge instead.
    merged: dict[tuple[str, str], Node] = {}
    for node in nodes:
        key = (node.label, node.id)
        if key in merged:
            node = Node(node.label, node.id, {**merged[key].properties, **node.properties})
        merged[key] = node
    return list(merged.values())


def _dedupe_relationships(rels: Iterable[Relationship]) -> list[Relationship]:
    merged: dict[str, Relationship] = {}
    for rel in rels:
        if rel.id in merged:
            rel = Relationship(rel.type, rel.start, rel.end,
                               {**merged[rel.id].properties, **rel.properties}, rel.id)
        merged[rel.id] = rel
    return list(merged.values())


def _checked(names: Iterable[str] | None, check: Callable[[str], Any]) -> list[str] | None:
    if names is None:
        return None
    names = list(names)
    for name in names:
        check(name)
    return names


def _batches(rows: list, size: int):
    if size < 1:
        raise ValueError("batch_size must be at least 1")
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _summarise(problems: list[str]) -> str:
    more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
    return "; ".join(problems[:20]) + more

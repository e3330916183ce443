"""Loads that run at once in several processes against the real embedded server store
each relationship once: loading the same input twice changes nothing, also
concurrently. The processes wait for each other after connecting, so their reads and
writes overlap as closely as processes can make them."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap

import pytest

from relgraph.graph.errors import QueryError
from relgraph.graph.records import Node, Relationship
from relgraph.graph.server import DATABASE, USER

TOWNS = [Node("City", f"city:zz:town{i}", {"name": f"Town {i}", "country": "ZZ"})
         for i in range(40)]
# Transactions of one or two new ties are the ones the server used to let both commit
# (larger ones collided on their pages and were retried).
BATCH = 2
PAUSE = 0.1
DISTRICT = Node("Region", "region:zz:lowland", {"name": "Lowland", "country": "ZZ"})

# A child process: connect, say so, wait for the word, load its relationships, print
# the outcome counts. Each transaction waits a moment before its commit, as on a busy
# server, so that the loads' transactions on the same ties are open at the same time.
LOADER = textwrap.dedent("""
    import json, sys, time
    from neo4j._sync.work.transaction import TransactionBase
    from relgraph.graph.connection import connect
    from relgraph.graph.records import Relationship
    uri, password, database, user, batch_size, pause = sys.argv[1:7]
    commit = TransactionBase._commit
    def slow_commit(self):
        time.sleep(float(pause))
        return commit(self)
    TransactionBase._commit = slow_commit
    rels = [Relationship(**r) for r in json.loads(sys.stdin.readline())]
    store = connect(uri, user, password, database)
    store.ensure_schema()
    print("ready", flush=True)
    sys.stdin.readline()
    report = store.upsert([], rels, batch_size=int(batch_size))
    print(json.dumps({t: dict(c) for t, c in report.relationships.items()}), flush=True)
    store.driver.close()
""")


def twinnings(pairs) -> list[Relationship]:
    return [Relationship("TWINNED_WITH", a.id, b.id,
                         {"since": str(1960 + (len(a.name) * 7 + len(b.name)) % 50)})
            for a, b in pairs]


def placed(towns) -> list[Relationship]:
    return [Relationship("LOCATED_IN", t.id, DISTRICT.id, {"sources": ["source:zz"]})
            for t in towns]


def load_at_once(server, inputs: list[list[Relationship]], batch_size: int) -> list[dict]:
    """Run one loader process per input; start their loads together once all are
    connected; return their outcome counts. Small batches make many short transactions,
    so that those of different loads interleave."""
    _, status = server
    args = [sys.executable, "-c", LOADER, status.uri, server[0].password(), DATABASE, USER,
            str(batch_size), str(PAUSE)]
    procs = [subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=dict(os.environ))
             for _ in inputs]
    try:
        for proc, rels in zip(procs, inputs, strict=True):
            proc.stdin.write(json.dumps([{"type": r.type, "start": r.start, "end": r.end,
                                          "properties": r.properties} for r in rels]) + "\n")
            proc.stdin.flush()
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        reports = []
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
            reports.append(json.loads(out.strip().splitlines()[-1]))
        return reports
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def stored_ids(store, rel_type: str) -> list[str]:
    return [r["id"] for r in store.run(f"MATCH ()-[r:{rel_type}]->() RETURN r.id AS id")]


def expected(*inputs: list[Relationship]) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for rel in itertools.chain(*inputs):
        ids.setdefault(rel.type, set()).add(rel.id)
    return ids


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", [BATCH])
def test_concurrent_loads_of_the_same_and_overlapping_input_store_each_tie_once(
        embedded_server, embedded_store, batch_size):
    store = embedded_store
    # Every town already has ties in both directions: the case in which the server
    # used to let two transactions append the same new tie to one edge list.
    seeded = twinnings(itertools.pairwise(TOWNS))
    store.upsert([*TOWNS, DISTRICT], seeded + placed(TOWNS[:5]))
    pairs = list(itertools.combinations(TOWNS, 2))
    same = twinnings(pairs[:80]) + placed(TOWNS)
    overlapping = twinnings(pairs[40:120]) + placed(TOWNS[20:])
    inputs = [same, same, overlapping]
    load_at_once(embedded_server, inputs, batch_size)
    want = expected(seeded, *inputs)
    for rel_type, ids in want.items():
        found = stored_ids(store, rel_type)
        assert len(found) == len(ids), rel_type
        assert set(found) == ids
    # Loading the same input again, also at once, changes nothing.
    again = load_at_once(embedded_server, [same, overlapping], batch_size)
    assert all(set(counts) == {"unchanged"} for r in again for counts in r.values()), again
    assert len(stored_ids(store, "TWINNED_WITH")) == len(want["TWINNED_WITH"])


def test_the_embedded_server_gets_a_constraint_on_every_relationship_id(embedded_store):
    store = embedded_store
    assert store.merge_races
    done = store.ensure_schema()
    assert set(store.schema.relationships) <= set(done)
    store.upsert([TOWNS[0], TOWNS[1]], twinnings([(TOWNS[0], TOWNS[1])]))
    tie = twinnings([(TOWNS[0], TOWNS[1])])[0]
    with pytest.raises(QueryError, match="constraint"):
        store.run("MATCH (a:City {id: $a}), (b:City {id: $b}) "
                  "CREATE (a)-[:TWINNED_WITH {id: $id}]->(b)",
                  {"a": tie.start, "b": tie.end, "id": tie.id})
    # Another tie between the same towns is no conflict.
    store.run("MATCH (a:City {id: $a}), (b:City {id: $b}) "
              "CREATE (a)-[:TWINNED_WITH {id: 'twinned_with:other'}]->(b)",
              {"a": tie.start, "b": tie.end})
    assert len(stored_ids(store, "TWINNED_WITH")) == 2


def _copies(store, extra_props: str) -> None:
    store.run("DROP CONSTRAINT located_in_id IF EXISTS")
    store.run("CREATE (a:City {id: 'city:zz:a'}), (b:Region {id: 'region:zz:b'}), "
              "(c:Region {id: 'region:zz:c'}), "
              "(a)-[:LOCATED_IN {id: 'located_in:x', since: '1990'}]->(b), "
              f"(a)-[:LOCATED_IN {{id: 'located_in:x', since: '1990'{extra_props}}}]->(b), "
              "(a)-[:LOCATED_IN {id: 'located_in:y'}]->(c)")


def test_the_schema_deletes_exact_copies_left_from_before(embedded_store):
    store = embedded_store
    _copies(store, "")
    store.ensure_schema()
    assert sorted(stored_ids(store, "LOCATED_IN")) == ["located_in:x", "located_in:y"]
    with pytest.raises(QueryError, match="constraint"):
        store.run("MATCH (a:City {id: 'city:zz:a'}), (b:Region {id: 'region:zz:c'}) "
                  "CREATE (a)-[:LOCATED_IN {id: 'located_in:y'}]->(b)")


def test_copies_that_differ_are_reported_not_guessed_between(embedded_store):
    store = embedded_store
    _copies(store, ", note: 'other'")
    try:
        with pytest.raises(QueryError, match="LOCATED_IN: some relationships share an id"):
            store.ensure_schema()
        assert len(stored_ids(store, "LOCATED_IN")) == 3
        # the query the error names lists the id the copies share, and only that
        rows = store.run("relationships_sharing_an_id", {"types": ["LOCATED_IN"]})
        assert [(r["relationship_id"], r["copies"]) for r in rows] == [("located_in:x", 2)]
    finally:
        store.clear()
        store.ensure_schema()


class _Session:
    def __init__(self, ran: list[str]):
        self.ran = ran

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run(self, text, params=None):
        self.ran.append(text)
        return self

    def data(self):
        return []


class _Driver:
    """Answers as a server of the given agent and records what it is asked to run."""

    def __init__(self, agent: str):
        self.agent, self.ran = agent, []

    def get_server_info(self):
        return type("Info", (), {"agent": self.agent})()

    def session(self, database=None):
        return _Session(self.ran)


@pytest.mark.parametrize(("agent", "races"), [
    ("Neo4j/5.26.0 compatible (ArcadeDB 26.10.2)", True),
    ("Neo4j/5.26.0", False),
    ("Neo4j/4.4.40", False),
    ("Memgraph/2.19", False),
])
def test_only_a_server_whose_merge_races_gets_relationship_constraints(agent, races):
    from relgraph.graph.store import Store
    driver = _Driver(agent)
    store = Store(driver, "db")
    done = store.ensure_schema()
    assert store.merge_races is races
    rel_constraints = [t for t in driver.ran if "()-[r:" in t]
    assert len(rel_constraints) == (len(store.schema.relationships) if races else 0)
    assert done[:len(store.schema.labels)] == list(store.schema.labels)
    assert len(done) == len(store.schema.labels) + len(rel_constraints)

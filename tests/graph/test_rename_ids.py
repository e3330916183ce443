"""Moving a stored graph to re-issued gazetteer ids (former_ids.csv)."""

from __future__ import annotations

import pytest

from relgraph.graph.errors import SchemaError
from relgraph.graph.records import Node, Relationship

OLD = Node("City", "city:is:akurey-ri", {"name": "Akureyði", "country": "IS"})
TWIN = Node("City", "city:no:vollen", {"name": "Vollen", "country": "NO"})


def _tie():
    return Relationship("TWINNED_WITH", OLD.id, TWIN.id, {"since": "1990"})


def test_a_node_takes_its_new_id_and_keeps_its_ties(embedded_store):
    embedded_store.upsert([OLD, TWIN], [_tie()])
    report = embedded_store.rename_ids({OLD.id: "city:is:akureydi"})
    assert report == [{"old": OLD.id, "new": "city:is:akureydi", "renamed": True}]
    assert embedded_store.existing_ids("City", [OLD.id, "city:is:akureydi"]) == \
        {"city:is:akureydi"}
    g = embedded_store.fetch()
    assert g.has_node("city:is:akureydi") and not g.has_node(OLD.id)
    assert g.number_of_edges("city:is:akureydi", TWIN.id) + \
        g.number_of_edges(TWIN.id, "city:is:akureydi") == 1


def test_a_taken_new_id_is_reported_and_nothing_written(embedded_store):
    embedded_store.upsert([OLD, TWIN])
    report = embedded_store.rename_ids({OLD.id: TWIN.id.replace("no:vollen", "is:x")}
                                       | {"city:is:nowhere": "city:is:nowhere-2"})
    assert report == [{"old": OLD.id, "new": "city:is:x", "renamed": True}]
    embedded_store.upsert([Node("City", "city:is:y", {"name": "Y", "country": "IS"})])
    clash = embedded_store.rename_ids({"city:is:x": "city:is:y"})
    assert clash == [{"old": "city:is:x", "new": "city:is:y", "renamed": False}]
    assert embedded_store.existing_ids("City", ["city:is:x", "city:is:y"]) == \
        {"city:is:x", "city:is:y"}


def test_a_rename_across_labels_is_refused(embedded_store):
    with pytest.raises(SchemaError):
        embedded_store.rename_ids({"city:is:x": "region:is:x"})


def test_a_graph_stored_with_former_gazetteer_ids_moves_to_the_current_ones(embedded_store):
    from relgraph.loaders.gazetteer import migrate_stored_ids
    embedded_store.upsert([Node("City", "city:is:isafjor-ur", {"name": "Ísafjörður"}),
                           Node("City", "city:dk:arhus", {"name": "Århus"})])
    report = migrate_stored_ids(embedded_store)
    assert [(r["old"], r["new"], r["renamed"]) for r in report] == [
        ("city:dk:arhus", "city:dk:aarhus", True),
        ("city:is:isafjor-ur", "city:is:isafjordur", True)]
    assert migrate_stored_ids(embedded_store) == []


def test_a_sheet_naming_a_former_id_reaches_the_place():
    from relgraph.loaders.gazetteer import load_gazetteer
    g = load_gazetteer()
    assert g.current_id("city:is:isafjor-ur") == "city:is:isafjordur"
    assert g.current_id("city:dk:arhus") == "city:dk:aarhus"
    assert g.current_id("city:by:minsk") == "city:by:minsk"
    assert g.current_id("city:xx:nowhere") == "city:xx:nowhere"


def test_a_sheet_row_with_a_former_id_ties_the_current_place(embedded_store, tmp_path):
    from relgraph.loaders.load import load_paths
    (tmp_path / "sources.csv").write_text("key,title\nnote,A note\n", encoding="utf-8")
    (tmp_path / "twinnings.csv").write_text(
        "a,b,sources\ncity:is:isafjor-ur,city:dk:arhus,note\n", encoding="utf-8")
    load_paths(embedded_store, [tmp_path])
    stored = embedded_store.existing_ids("City", ["city:is:isafjor-ur", "city:is:isafjordur",
                                                  "city:dk:arhus", "city:dk:aarhus"])
    assert stored == {"city:is:isafjordur", "city:dk:aarhus"}


def test_the_migrate_ids_command_lists_then_renames(embedded_server, embedded_store):
    import json

    from click.testing import CliRunner

    from relgraph.cli import cli
    server, status = embedded_server
    embedded_store.upsert([Node("City", "city:fo:ei-i", {"name": "Eiði"})])
    args = ["--uri", status.uri, "--user", "root", "--database", "relgraph"]
    env = {"NEO4J_PASSWORD": server.password()}

    def run(*more):
        result = CliRunner().invoke(cli, [*args, "migrate-ids", *more, "--format", "json"],
                                    env=env)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)["rows"]

    assert run("--dry-run") == [{"old": "city:fo:ei-i", "new": "city:fo:eidi",
                                 "renamed": False}]
    assert embedded_store.existing_ids("City", ["city:fo:ei-i"]) == {"city:fo:ei-i"}
    assert run() == [{"old": "city:fo:ei-i", "new": "city:fo:eidi", "renamed": True}]
    assert run() == []


def test_a_review_decision_naming_a_former_id_maps_to_the_place():
    from relgraph.loaders.resolve import Resolver
    r = Resolver.default()
    r.decide("Aros", "DK", "city:dk:arhus")
    assert r.resolve("Aros", country="DK").id == "city:dk:aarhus"


def test_a_load_warns_when_a_place_is_still_stored_under_its_former_id(embedded_store,
                                                                        tmp_path):
    from relgraph.loaders.load import load_paths
    embedded_store.upsert([Node("City", "city:fo:ei-i", {"name": "Eiði", "country": "FO"})])
    (tmp_path / "sources.csv").write_text("key,title\nnote,A note\n", encoding="utf-8")
    (tmp_path / "twinnings.csv").write_text(
        "a,b,sources\ncity:fo:eidi,city:dk:odense,note\n", encoding="utf-8")
    report = load_paths(embedded_store, [tmp_path], dry_run=True)
    [warning] = [w for w in report.warnings if "migrate-ids" in w]
    assert "city:fo:ei-i (now city:fo:eidi)" in warning
    from relgraph.loaders.gazetteer import migrate_stored_ids
    migrate_stored_ids(embedded_store)
    report = load_paths(embedded_store, [tmp_path])
    assert not [w for w in report.warnings if "migrate-ids" in w]

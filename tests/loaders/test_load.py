"""Loading sheets into a real store: validation, idempotence, updates, reports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from relgraph.cli import cli
from relgraph.graph.errors import ValidationError
from relgraph.loaders.load import load_paths

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "belarus-cis"

SOURCES = "key,title,url\nnews,A regional news item,https://example.org/a\n"
DOCUMENTS = ("key,title,kind,parties,date,status,sources\n"
             "gb,Agreement on cooperation,agreement,Gomel Oblast Executive Committee|"
             "Bryansk Region,2019-05,signed,news\n")
TWINNINGS = "a,b,since,status,document,sources\nGomel [city],Bryansk [city],1999,active,gb,news\n"
SUPPLIES = ("supplier,recipient,goods,date,value_usd,status,sources\n"
            "Minsk Tractor Works [company],Akmola Region,tractors,2018,1500000,fact,news\n")
COMPANIES = "name,country,located_in,aliases\nMinsk Tractor Works,BY,Minsk [city],MTZ\n"


@pytest.fixture
def folder(tmp_path):
    files = {"sources.csv": SOURCES, "documents.csv": DOCUMENTS, "twinnings.csv": TWINNINGS,
             "supplies.csv": SUPPLIES, "companies.csv": COMPANIES}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_small_folder_loads_with_resolved_parties_and_bodies(embedded_store, folder):
    report = load_paths(embedded_store, [folder])
    assert report.unresolved == []
    g = embedded_store.fetch()
    signed = {(u, d.get("body")) for u, _, d in g.edges(data=True)
              if d["type"] == "SIGNED_AGREEMENT"}
    assert signed == {("region:by:gomel", "Oblast Executive Committee"),
                      ("region:ru:bryansk", None)}
    twins = [(u, v, d) for u, v, d in g.edges(data=True) if d["type"] == "TWINNED_WITH"]
    assert {twins[0][0], twins[0][1]} == {"city:by:gomel", "city:ru:bryansk"}
    doc_id = next(n for n, a in g.nodes(data=True) if a["label"] == "Document")
    assert twins[0][2]["document_id"] == doc_id and twins[0][2]["sources"] == ["source:news"]
    supply = next(d for *_, d in g.edges(data=True) if d["type"] == "SUPPLIES_TO")
    assert supply["value_usd"] == 1500000.0 and supply["year"] == 2018
    assert g.nodes["region:by:gomel"]["name"] == "Gomel Region"      # gazetteer name kept
    assert ("region:by:gomel", "country:by") in {(u, v) for u, v, d in g.edges(data=True)
                                                 if d["type"] == "LOCATED_IN"}


def test_loading_twice_changes_nothing(embedded_store, folder):
    first = load_paths(embedded_store, [folder])
    before = embedded_store.stats()
    second = load_paths(embedded_store, [folder])
    assert first.created > 0
    assert second.created == 0 and second.upsert.total("updated") == 0
    assert embedded_store.stats() == before


def test_updated_sheet_updates_properties(embedded_store, folder):
    load_paths(embedded_store, [folder])
    (folder / "supplies.csv").write_text(SUPPLIES.replace("1500000", "2500000"))
    report = load_paths(embedded_store, [folder])
    assert report.upsert.relationships["SUPPLIES_TO"]["updated"] == 1
    assert report.created == 0
    supply = next(d for *_, d in embedded_store.fetch().edges(data=True)
                  if d["type"] == "SUPPLIES_TO")
    assert supply["value_usd"] == 2500000.0


BAD_DOCUMENTS = ("key,title,kind,parties,date,status,sources\n"
                 "gb,Good agreement,agreement,Gomel Region|Bryansk Region,2019,signed,news\n"
                 "d1,Bad date,agreement,Gomel Region|Bryansk Region,2019-13-01,signed,news\n"
                 "d2,Bad kind,alliance,Gomel Region|Bryansk Region,2019,signed,news\n"
                 "d3,No party,memorandum,,2019,signed,news\n")


def test_bad_rows_are_all_reported_and_nothing_is_written(embedded_store, folder):
    load_paths(embedded_store, [folder])
    before = embedded_store.stats()
    (folder / "documents.csv").write_text(BAD_DOCUMENTS)
    with pytest.raises(ValidationError) as err:
        load_paths(embedded_store, [folder])
    where = {(p.line, p.column) for p in err.value.problems}
    assert where == {(3, "date"), (4, "kind"), (5, "parties")}
    assert all(p.file.endswith("documents.csv") for p in err.value.problems)
    assert embedded_store.stats() == before


def test_cli_exit_2_lists_file_line_and_leaves_stats(embedded_server, embedded_store, folder):
    server, status = embedded_server
    (folder / "documents.csv").write_text(BAD_DOCUMENTS)
    args = ["--uri", status.uri, "--user", "root", "--database", "relgraph"]
    env = {"NEO4J_PASSWORD": server.password()}
    result = CliRunner().invoke(cli, [*args, "load", str(folder)], env=env)
    assert result.exit_code == 2
    path = folder / "documents.csv"
    for line, column in ((3, "date"), (4, "kind"), (5, "parties")):
        assert f"{path}:{line}: {column}:" in result.output
    assert sum(embedded_store.stats()["labels"].values()) == 0


def test_skip_invalid_loads_the_good_rows(embedded_store, folder):
    (folder / "documents.csv").write_text(BAD_DOCUMENTS)
    (folder / "twinnings.csv").write_text("a,b,sources\nGomel [city],Bryansk [city],news\n")
    report = load_paths(embedded_store, [folder], skip_invalid=True)
    assert {p.line for p in report.skipped} == {3, 4, 5}
    titles = {a["title"] for _, a in embedded_store.fetch(labels=["Document"]).nodes(data=True)}
    assert titles == {"Good agreement"}


def test_dry_run_reports_and_writes_nothing(embedded_store, folder):
    report = load_paths(embedded_store, [folder], dry_run=True)
    assert report.created > 0 and report.dry_run
    assert sum(embedded_store.stats()["labels"].values()) == 0
    load_paths(embedded_store, [folder])
    (folder / "supplies.csv").write_text(SUPPLIES.replace("tractors,2018,1500000",
                                                          "tractors,2018,99"))
    again = load_paths(embedded_store, [folder], dry_run=True)
    assert again.created == 0 and again.upsert.relationships["SUPPLIES_TO"]["updated"] == 1


def test_unresolved_names_become_flagged_nodes_or_errors(embedded_store, folder):
    (folder / "twinnings.csv").write_text("a,b,sources\nGomel [city],Zzyzx Springs [city],news\n")
    report = load_paths(embedded_store, [folder])
    assert [u.name for u in report.unresolved] == ["Zzyzx Springs"]
    node = embedded_store.fetch().nodes[report.unresolved[0].id]
    assert node["resolved"] is False and node["label"] == "City"
    embedded_store.clear()
    with pytest.raises(ValidationError, match="unresolved name 'Zzyzx Springs'"):
        load_paths(embedded_store, [folder], strict=True)


@pytest.mark.parametrize("text, column, reason", [
    ("a,b,sources\nGomel [city],Bryansk [city],nowhere\n", "sources", "unknown source"),
    ("a,b,sources\nGomel [city],Minsk Tractor Works [company],news\n", "b", "twinning ties"),
    ("a,b,sources\nGomel [city],Gomel [city],news\n", "b", "itself"),
    ("a,b,sources,document\nGomel [city],Brest [city],news,nope\n", "document", "no document"),
    ("a,b,sources,since\nGomel [city],Brest [city],news,June 2019\n", "since", "ISO date"),
    ("a,b,sources\nGomel [planet],Brest [city],news\n", "a", "unknown qualifier"),
    ("a,b,sources\nregion:by:nowhere,Brest [city],news\n", "a", "no node"),
])
def test_row_problems(embedded_store, folder, text, column, reason):
    (folder / "twinnings.csv").write_text(text)
    with pytest.raises(ValidationError) as err:
        load_paths(embedded_store, [folder])
    assert [(p.line, p.column) for p in err.value.problems] == [(2, column)]
    assert reason in err.value.problems[0].reason


def test_semicolon_sheet_with_decimal_comma_and_bom(embedded_store, folder):
    (folder / "supplies.csv").write_text(
        "\ufeffsupplier;recipient;goods;value_usd;sources\n"
        "Minsk Tractor Works [company];Akmola Region;tractors;1500,5;news\n", encoding="utf-8")
    load_paths(embedded_store, [folder])
    supply = next(d for *_, d in embedded_store.fetch().edges(data=True)
                  if d["type"] == "SUPPLIES_TO")
    assert supply["value_usd"] == 1500.5


def test_example_dataset_loads_and_is_idempotent(embedded_store, tmp_path):
    copy = shutil.copytree(EXAMPLE, tmp_path / "belarus-cis")
    first = load_paths(embedded_store, [copy])
    stats = embedded_store.stats()
    rels = stats["relationships"]
    assert rels["TWINNED_WITH"] + rels["SIGNED_AGREEMENT"] + rels["SUPPLIES_TO"] >= 150
    assert stats["labels"]["Document"] >= 60
    g = embedded_store.fetch()
    countries = {a.get("country") for _, a in g.nodes(data=True)
                 if a["label"] in ("Region", "City", "Company", "Organization", "Country")}
    assert len(countries - {None}) >= 10
    for u, v, d in g.edges(data=True):
        if d["type"] != "LOCATED_IN":
            assert d.get("sources"), f"{u} -> {v} has no source"
            assert all(s in g for s in d["sources"])
    second = load_paths(embedded_store, [copy])
    assert first.created > 0 and second.created == 0
    assert embedded_store.stats() == stats


def test_kosovo_is_a_country_and_its_places_load(embedded_store, folder):
    from relgraph.loaders.resolve import Resolver
    resolver = Resolver.default()
    city = "city:xk:pristina"                       # Kosovo: outside ISO 3166-1
    assert resolver.parent(resolver.parent(city)) == "country:xk"
    (folder / "twinnings.csv").write_text(f"a,b,sources\nGomel [city],{city},news\n")
    load_paths(embedded_store, [folder])
    g = embedded_store.fetch()
    assert city in g and g.nodes["country:xk"]["name"] == "Kosovo"


def _graph(store) -> tuple[dict, set]:
    g = store.fetch()
    return ({n: dict(a) for n, a in g.nodes(data=True)},
            {(u, v, k, tuple(sorted((x, repr(y)) for x, y in d.items())))
             for u, v, k, d in g.edges(keys=True, data=True)})


def test_a_reload_from_the_cache_writes_back_what_was_deleted_or_edited(embedded_store,
                                                                         folder, tmp_path):
    cache = tmp_path / "cache"
    first = load_paths(embedded_store, [folder], cache=cache)
    assert first.created > 0 and len(list(cache.glob("batch-*.pickle"))) == 1
    loaded = _graph(embedded_store)
    # The database changes behind relgraph's back: a node (with its relationships) and
    # a relationship deleted, a property edited, one added.
    embedded_store.run("MATCH (n:Document) DETACH DELETE n")
    embedded_store.run("MATCH ()-[r:SUPPLIES_TO]->() DELETE r")
    embedded_store.run("MATCH (n:Region {id: 'region:by:gomel'}) SET n.name = 'edited', "
                       "n.note = 'kept'")
    again = load_paths(embedded_store, [folder], cache=cache)
    nodes, rels = _graph(embedded_store)
    assert nodes.pop("region:by:gomel").pop("note") == "kept"   # not the load's to remove
    loaded[0].pop("region:by:gomel")
    assert {k: v for k, v in nodes.items() if k != "region:by:gomel"} == loaded[0]
    assert rels == loaded[1]
    assert embedded_store.fetch().nodes["region:by:gomel"]["name"] == "Gomel Region"
    assert again.upsert.nodes["Document"]["created"] == 1
    assert again.upsert.nodes["Region"]["updated"] == 1
    assert again.upsert.relationships["SUPPLIES_TO"]["created"] == 1
    assert again.upsert.relationships["SIGNED_AGREEMENT"]["created"] == 2
    # And once more: nothing left to write.
    third = load_paths(embedded_store, [folder], cache=cache)
    assert third.created == 0 and third.upsert.total("updated") == 0
    assert third.counts() == first.counts() and third.rows == first.rows


def test_the_cache_is_used_only_for_the_same_sheets_and_decisions(embedded_store, folder,
                                                                  tmp_path, monkeypatch):
    import relgraph.loaders.load as L
    cache = tmp_path / "cache"
    builds = []
    real = L._build
    monkeypatch.setattr(L, "_build", lambda *a, **k: builds.append(1) or real(*a, **k))
    load_paths(embedded_store, [folder], cache=cache)
    load_paths(embedded_store, [folder], cache=cache)
    assert len(builds) == 1                      # the second load read nothing
    twinnings = folder / "twinnings.csv"
    twinnings.write_text(TWINNINGS + "Minsk [city],Bryansk [city],2001,active,,news\n",
                         encoding="utf-8")
    report = load_paths(embedded_store, [folder], cache=cache)
    assert len(builds) == 2 and report.upsert.relationships["TWINNED_WITH"]["created"] == 1
    (folder / "aliases.csv").write_text("name,country,decision\nBryansk,,new\n",
                                        encoding="utf-8")
    load_paths(embedded_store, [folder], cache=cache)
    assert len(builds) == 3
    load_paths(embedded_store, [folder], cache=cache, strict=True, skip_invalid=True)
    assert len(builds) == 4
    # A damaged entry is a miss, not an error.
    for entry in cache.glob("batch-*.pickle"):
        entry.write_bytes(b"not a pickle")
    load_paths(embedded_store, [folder], cache=cache)
    assert len(builds) == 5
    assert len(list(cache.glob("batch-*.pickle"))) <= 4

"""Sheets as users bring them: namesakes, region words, unknown towns, bad rows, and the
review loop that records a person's decisions (against the real embedded server)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from cli_invoke import invoke

from relgraph.graph.errors import ValidationError
from relgraph.loaders.load import build_batch, load_paths, read_inputs

SOURCES = "key,title\nnews,A regional news item\n"


def write(folder: Path, **sheets: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources.csv").write_text(SOURCES, encoding="utf-8")
    for name, text in sheets.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


def batch_of(folder: Path, **options):
    sheets, problems = read_inputs([folder])
    assert problems == []
    return build_batch(sheets, **options)


def ref_ids(batch) -> dict[tuple[str, str | None], str]:
    return {(r.name, r.country): r.id for r in batch.references.values()}


PAIRS = [  # (a, b, id of a, id of b): namesakes and places named after each other
    ("Vilnius County [city, LT]", "Vilnius [city, LT]", "region:lt:vilnius", "city:lt:vilnius"),
    ("Minsk [city, BY]", "Mińsk Mazowiecki [city, PL]", "city:by:minsk",
     "city:pl:minsk-mazowiecki"),
    ("Brest [city, BY]", "Brest [city, FR]", "city:by:brest", "city:fr:brest"),
    ("Moscow [city, RU]", "Moscow Oblast [city, RU]", "city:ru:moscow", "region:ru:moscow"),
    ("Minsk", "Mińsk Mazowiecki", "city:by:minsk", "city:pl:minsk-mazowiecki"),
    ("Moscow", "Moscow Oblast", "city:ru:moscow", "region:ru:moscow"),
]


@pytest.mark.parametrize("a, b, id_a, id_b", PAIRS)
def test_places_named_alike_stay_apart(tmp_path, a, b, id_a, id_b):
    folder = write(tmp_path / "d", twinnings=f'a,b,sources\n"{a}","{b}",news\n')
    batch = batch_of(folder)
    assert batch.problems == []
    twin = next(r for r in batch.relationships.values() if r.type == "TWINNED_WITH")
    assert {twin.start, twin.end} == {id_a, id_b}
    assert batch.merges == 0


def test_separations_hold_in_the_database_and_with_coordinates(embedded_store, tmp_path):
    cities = ("name,country,lat,lon\nVilnius County,LT,54.7,25.3\nVilnius,LT,54.69,25.28\n"
              "Minsk,BY,53.9,27.56\nMińsk Mazowiecki,PL,52.18,21.56\nBrest,BY,52.1,23.7\n"
              "Brest,FR,48.39,-4.49\nMoscow,RU,55.75,37.62\nMoscow Oblast,RU,55.5,37.5\n")
    twins = "".join(f'"{a}","{b}",news\n' for a, b, *_ in PAIRS[:4])
    folder = write(tmp_path / "d", cities=cities, twinnings="a,b,sources\n" + twins)
    report = load_paths(embedded_store, [folder])
    g = embedded_store.fetch()
    for *_, id_a, id_b in PAIRS[:4]:
        assert g.nodes[id_a]["label"] != g.nodes[id_b]["label"] or \
            g.nodes[id_a]["country"] != g.nodes[id_b]["country"] or id_a != id_b
        assert id_a in g and id_b in g and g.has_edge(*sorted((id_a, id_b)))
    assert g.nodes["region:lt:vilnius"]["label"] == "Region"
    assert g.nodes["city:lt:vilnius"]["name"] == "Vilnius"        # not renamed
    assert report.merges == 0 and report.counts()["unresolved"] == 0


@pytest.mark.parametrize("text, country, label", [
    ("Vilnius County", "LT", "Region"),
    ("Moscow Oblast", "RU", "Region"),
    ("Gomel Voblast", "BY", "Region"),
    ("Żywiec County", "PL", "Region"),          # GeoNames has the town, not the county
    ("Lyuberetsky District", "RU", "Region"),   # nor this district (only Lyubertsy)
    ("Khoiniki", "BY", "City"),                 # the town, never Khoiniki District
    ("Gomel", None, "City"),
    ("Moscow", None, "City"),
])
def test_region_words_never_a_city_bare_names_never_a_region(text, country, label):
    from relgraph.loaders.resolve import Resolver
    for kind in (None, "city", "place"):
        res = Resolver.default().resolve(text, kind=kind, country=country)
        assert res.label == label, (text, kind, res.reason)


@pytest.mark.parametrize("name, country, lat, lon, expected", [
    ("Brest", None, 48.39, -4.49, "city:fr:brest"),
    ("Brest", None, 52.1, 23.7, "city:by:brest"),
    ("Springfield", "US", 39.80, -89.64, "city:us:springfield-4250542"),    # Illinois
    ("Springfield", "US", 42.10, -72.59, "city:us:springfield-4951788"),    # Massachusetts
    ("Springfield", "US", 37.21, -93.29, "city:us:springfield"),            # Missouri
])
def test_coordinates_pick_the_nearest_namesake(name, country, lat, lon, expected):
    from relgraph.loaders.resolve import Resolver
    res = Resolver.default().resolve(name, kind="city", country=country, lat=lat, lon=lon)
    assert res.id == expected and res.match == "exact" and res.distance_km < 50


def test_without_coordinates_namesakes_make_the_match_approximate():
    from relgraph.loaders.resolve import Resolver
    res = Resolver.default().resolve("Springfield", kind="city", country="US")
    assert res.match == "approximate" and "places of this name" in res.reason


def test_far_coordinates_make_the_match_approximate():
    from relgraph.loaders.resolve import Resolver
    res = Resolver.default().resolve("Perth", kind="city", country="GB", lat=-31.95,
                                     lon=115.86)
    assert res.country == "GB" and res.match == "approximate"
    assert "km from the sheet's coordinates" in res.reason


SMALL_TOWNS = [("Zzyvorka", "BY"), ("Qwelmino", "RU"), ("Qorvytsky", "UA"),
               ("Zarnevichi", "BY"), ("Oblyanka", "PL")]


def test_five_unknown_small_towns_load_as_unresolved_cities(bolt_args, embedded_store,
                                                            tmp_path):
    lines = ["a,b,sources"] + [f'"{n} [city, {cc}]","Gomel [city, BY]",news'
                               for n, cc in SMALL_TOWNS]
    folder = write(tmp_path / "d", twinnings="\n".join(lines) + "\n")
    review = tmp_path / "review.csv"
    result = invoke(bolt_args, "load", str(folder), "--review", str(review))
    assert result.exit_code == 0, result.output
    g = embedded_store.fetch()
    towns = {a["name"]: a for _, a in g.nodes(data=True) if a.get("resolved") is False}
    assert {(n, a["country"], a["label"]) for n, a in towns.items()} == \
        {(n, cc, "City") for n, cc in SMALL_TOWNS}
    assert "5 unresolved" in result.output
    rows = list(csv.DictReader(review.open(encoding="utf-8")))
    assert {r["name"] for r in rows if r["class"] == "unresolved"} == {n for n, _ in SMALL_TOWNS}


def test_a_bare_unknown_twin_is_a_city_and_a_worded_one_a_region(tmp_path):
    folder = write(tmp_path / "d", twinnings="a,b,sources\nStrelichevo,Gomel,news\n"
                                             "\"Zzyx District [city, RU]\",Gomel,news\n")
    batch = batch_of(folder)
    assert batch.problems == []
    labels = {n.properties["name"]: n.label for n in batch.nodes.values()
              if n.properties.get("resolved") is False}
    assert labels == {"Strelichevo": "City", "Zzyx District": "Region"}


def test_no_row_can_abort_a_skip_invalid_load(embedded_store, tmp_path):
    cities = ("name,country,lat,lon\nPristina,XK,42.67,21.17\nNowhere Town,ZZ,1,1\n"
              "Bad Lat,BY,91,27\nNo Country,,1,1\nOddland,Narnia,1,1\n")
    twins = ('a,b,sources\n"Pristina [city, XK]","Gomel [city, BY]",news\n'
             '"Gomel [city, BY]","Gomel [city, BY]",news\n'
             '"Nowhere Town [city, ZZ]","Minsk [city, BY]",news\n'
             '"Gomel [planet]","Minsk [city, BY]",news\n'
             '"Q4242","Minsk [city, BY]",news\n')
    folder = write(tmp_path / "d", cities=cities, twinnings=twins)
    report = load_paths(embedded_store, [folder], skip_invalid=True)
    where = {(Path(p.file).name, p.line, p.column) for p in report.skipped}
    assert where == {("cities.csv", 4, "lat"), ("cities.csv", 5, "country"),
                     ("cities.csv", 6, "country"), ("twinnings.csv", 3, "b"),
                     ("twinnings.csv", 5, "a"), ("twinnings.csv", 6, "a")}
    assert all(str(p).startswith(str(folder)) for p in report.skipped)
    g = embedded_store.fetch()
    assert g.nodes["country:xk"]["resolved"] is True
    assert g.nodes["country:zz"]["resolved"] is False                  # kept, flagged
    assert g.has_edge("city:zz:nowhere", "country:zz")   # ids drop "Town"


def test_summary_counts_and_at_most_20_examples(tmp_path):
    from relgraph.cli.load import load_result
    from relgraph.graph.store import UpsertReport
    from relgraph.loaders.load import LoadReport
    lines = ["a,b,sources"] + [f'"Qqzyx{i:02d} [city, BY]","Gomel [city, BY]",news'
                               for i in range(25)]
    batch = batch_of(write(tmp_path / "d", twinnings="\n".join(lines) + "\n"))
    report = LoadReport(["x"], UpsertReport(), dict(batch.rows),
                        references=list(batch.references.values()), merges=batch.merges)
    notes = load_result(report).notes
    assert report.counts()["unresolved"] == 25 and report.counts()["exact"] == 1
    shown = [n for n in notes if "Qqzyx" in n]
    assert len(shown) == 20
    assert any(n.startswith("25 unresolved") and "(first 20)" in n for n in notes)


def test_merges_are_counted_and_listed(tmp_path):
    twins = ('a,b,sources\n"Kiev [city, UA]","Minsk [city, BY]",news\n'
             '"Kyiv [city, UA]","Gomel [city, BY]",news\n'
             '"Sankt-Zzyx [city, RU]","Minsk [city, BY]",news\n'
             '"Sankt Zzyx [city, RU]","Gomel [city, BY]",news\n')
    batch = batch_of(write(tmp_path / "d", twinnings=twins))
    assert batch.merges == 2
    merged = {r.name for r in batch.references.values() if r.merged_with}
    assert merged == {"Kiev", "Kyiv", "Sankt-Zzyx", "Sankt Zzyx"}


def test_strict_refuses_approximate_matches_and_merges(tmp_path):
    twins = ('a,b,sources\n"Khoiniki [city, BY]","Minsk [city, BY]",news\n'
             '"Kiev [city, UA]","Minsk [city, BY]",news\n'
             '"Kyiv [city, UA]","Gomel [city, BY]",news\n')
    batch = batch_of(write(tmp_path / "d", twinnings=twins), strict=True)
    reasons = {(p.line, p.reason.split(" ")[0]) for p in batch.problems}
    assert reasons == {(2, "approximate"), (3, "'Kiev'"), (4, "'Kyiv'")}


def test_wikidata_ids_refer_to_rows_of_the_same_load(tmp_path):
    cities = ("name,country,lat,lon,wikidata\nSan Fernando,ES,36.47,-6.2,Q1\n"
              "San Fernando,ES,40.42,-3.53,Q2\nGomel,BY,52.43,30.98,Q3\n")
    folder = write(tmp_path / "d", cities=cities,
                   twinnings="a,b,sources\nQ1,Q3,news\nQ2,Q3,news\n")
    batch = batch_of(folder)
    assert batch.problems == []
    ends = {r.start if r.end == "city:by:gomel" else r.end
            for r in batch.relationships.values() if r.type == "TWINNED_WITH"}
    assert len(ends) == 2                      # two namesakes, kept apart by their QIDs
    assert {batch.nodes[e].properties["wikidata"] for e in ends} == {"Q1", "Q2"}


# -- the review loop, against the real embedded server ----------------------------------


def test_review_sheet_decisions_are_applied_and_a_second_reload_changes_nothing(
        bolt_args, embedded_store, tmp_path):
    twins = ('a,b,sources\n"Khoiniki [city, BY]","Minsk [city, BY]",news\n'
             '"Kiev [city, UA]","Minsk [city, BY]",news\n'
             '"Kyiv [city, UA]","Gomel [city, BY]",news\n'
             '"Zzyvorka [city, BY]","Gomel [city, BY]",news\n'
             '"Qwelmino [city, RU]","Gomel [city, BY]",news\n')
    folder = write(tmp_path / "d", twinnings=twins)
    review = tmp_path / "review.csv"
    first = invoke(bolt_args, "load", str(folder), "--review", str(review))
    assert first.exit_code == 0, first.output
    rows = list(csv.DictReader(review.open(encoding="utf-8")))
    by_name = {r["name"]: r for r in rows}
    assert set(by_name) == {"Khoiniki", "Kiev", "Kyiv", "Zzyvorka", "Qwelmino"}
    assert by_name["Khoiniki"]["class"] == "approximate"
    assert by_name["Kiev"]["class"] == "merged" and by_name["Zzyvorka"]["class"] == \
        "unresolved"
    assert all(r["decision"] == "" for r in rows)
    assert "city:by:khoyniki" == by_name["Khoiniki"]["chosen_id"]
    # A person decides: confirm Khoiniki, keep Kiev apart, map Zzyvorka onto a town,
    # keep Qwelmino as it is, confirm Kyiv.
    decisions = {"Khoiniki": "city:by:khoyniki", "Kiev": "new",
                 "Zzyvorka": "city:by:zhlobin", "Qwelmino": "new",
                 "Kyiv": "city:ua:kyiv"}
    for r in rows:
        r["decision"] = decisions[r["name"]]
    with review.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    second = invoke(bolt_args, "load", str(folder), "--aliases", str(review),
                    "--review", str(review), "--format", "json")
    assert second.exit_code == 0, second.output
    g = embedded_store.fetch()
    twins_of = {frozenset((u, v)) for u, v, d in g.edges(data=True)
                if d["type"] == "TWINNED_WITH"}
    assert frozenset(("city:by:khoyniki", "city:by:minsk")) in twins_of
    assert frozenset(("city:by:zhlobin", "city:by:gomel")) in twins_of
    assert frozenset(("city:ua:kyiv", "city:by:gomel")) in twins_of
    kiev = [n for n, a in g.nodes(data=True) if a.get("name") == "Kiev"]
    assert len(kiev) == 1 and kiev[0] != "city:ua:kyiv"
    assert frozenset((kiev[0], "city:by:minsk")) in twins_of
    assert g.nodes[kiev[0]]["resolved"] is False
    # The review sheet now records the decisions, so the next load reproduces them.
    again = list(csv.DictReader(review.open(encoding="utf-8")))
    assert {r["name"]: r["decision"] for r in again} == decisions
    assert {r["class"] for r in again} == {"decided"}
    before = embedded_store.stats()
    third = invoke(bolt_args, "load", str(folder), "--aliases", str(review),
                   "--review", str(review), "--format", "json")
    assert third.exit_code == 0, third.output
    import json
    meta = json.loads(third.output)["meta"]
    assert meta["decided"] == 5 and meta["approximate"] == 0 and meta["merged"] == 0
    rows = json.loads(third.output)["rows"]
    assert sum(r["created"] for r in rows) == 0 and sum(r["updated"] for r in rows) == 0
    assert embedded_store.stats() == before


def test_an_aliases_file_in_the_data_folder_is_honoured(tmp_path):
    folder = write(tmp_path / "d", twinnings='a,b,sources\n"Zzyvorka [city, BY]",Gomel,news\n')
    (folder / "aliases.csv").write_text("name,country,decision\nZzyvorka,BY,city:by:zhlobin\n")
    sheets, _ = read_inputs([folder])
    from relgraph.loaders.load import aliases_files
    from relgraph.loaders.resolve import Resolver
    from relgraph.loaders.review import read_decisions
    resolver = Resolver.default()
    for d in read_decisions(aliases_files([folder])):
        resolver.decide(d.name, d.country, d.decision)
    batch = build_batch(sheets, resolver=resolver)
    twin = next(r for r in batch.relationships.values() if r.type == "TWINNED_WITH")
    assert "city:by:zhlobin" in (twin.start, twin.end)


def test_a_bad_decision_is_a_problem_with_file_and_line(tmp_path):
    from relgraph.loaders.review import read_decisions
    path = tmp_path / "aliases.csv"
    path.write_text("name,country,decision\nA,BY,city:by:minsk\nB,BY,maybe\n,BY,new\n")
    with pytest.raises(ValidationError) as err:
        read_decisions([path])
    assert [(p.line, p.column) for p in err.value.problems] == [(3, "decision"), (4, "name")]


@pytest.mark.parametrize("name, country, lat, lon, city", [
    ("Bratislava – Nové Mesto", "SK", 48.1672, 17.1384, "city:sk:bratislava"),
    ("Bratislava - Rača", "SK", 48.209, 17.1608, "city:sk:bratislava"),
    ("Minsk — Frunzensky", "BY", 53.91, 27.50, "city:by:minsk"),
])
def test_a_part_of_a_city_named_after_a_dash_is_not_the_city(name, country, lat, lon,
                                                              city):
    from relgraph.loaders.resolve import Resolver
    res = Resolver.default().resolve(name, kind="city", country=country, lat=lat, lon=lon)
    assert res.id != city, res.reason


@pytest.mark.parametrize("name, country, lat, lon, expected", [
    ("Yerevan – Davtashen", "AM", 40.226, 44.446, "city:am:davtashen"),
    ("Tokyo – Setagaya", "JP", 35.646, 139.653, "city:jp:setagaya"),
])
def test_the_part_after_a_dash_still_resolves(name, country, lat, lon, expected):
    from relgraph.loaders.resolve import Resolver
    res = Resolver.default().resolve(name, kind="city", country=country, lat=lat, lon=lon)
    assert res.id == expected, res.reason


@pytest.mark.parametrize("country, code", [
    ("The Netherlands", "nl"), ("the Republic of Belarus", "by"), ("Ukraine", "ua"),
])
def test_a_country_column_may_name_the_country_with_its_article(tmp_path, country, code):
    folder = write(tmp_path / "d", cities=f"name,country\nZaporizhzhia,{country}\n"
                                          f"Utrecht,{country}\n")
    batch = batch_of(folder)
    assert batch.problems == []
    assert f"country:{code}" in batch.nodes

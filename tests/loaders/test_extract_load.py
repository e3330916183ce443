"""`relgraph extract` to a reviewed CSV, then `relgraph load` into a real store: only
the accepted rows arrive, with their evidence and their footnote sources."""

import csv
import json

import pytest
from click.testing import CliRunner

from relgraph.cli import cli
from relgraph.loaders.extract.records import candidates_to_records
from relgraph.loaders.load import load_paths

# Written for this test; the footnote sits at a page foot inside the prose.
TEXT = """Notes on partner towns

In March 2011 Vitebsk and Lyon became twin towns.
The Brest Oblast Executive Committee concluded an agreement on trade
with the Kaluga Region in 2015.4 Neither side has reported on it since.

4 Regional news digest [Electronic resource]. - 2015. - URL: http://example.org/news/7
Belarus exports tractors to Sudan.
"""


def _extract(tmp_path, name):
    src = tmp_path / "notes.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return src, out


def test_jsonl_lines_point_at_the_stated_text(tmp_path):
    src, out = _extract(tmp_path, "c.jsonl")
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    lines = src.read_text(encoding="utf-8").split("\n")
    assert {r["type"] for r in rows} >= {"TWINNED_WITH", "SIGNED_AGREEMENT"}
    for r in rows:
        first_word = r["evidence"]["quote"].split()[0]
        assert first_word in lines[r["evidence"]["line"] - 1], r
    sa = next(r for r in rows if r["type"] == "SIGNED_AGREEMENT")
    assert sa["evidence"]["line"] == 4 and sa["date"] == "2015"
    assert (sa["source"]["id"], sa["target"]["id"]) == ("region:by:brest", "region:ru:kaluga")
    # The text as written stays in the candidate; the gazetteer's name is beside it.
    assert sa["source"]["name"] == "Brest Oblast Executive Committee"
    assert sa["source"]["canonical"] == "Brest Region"
    # The text itself is the first source of every candidate; the footnote follows.
    text_src, note = sa["source_records"]
    assert (text_src["title"], text_src["file"]) == ("Notes on partner towns", "notes.txt")
    assert note["url"] == "http://example.org/news/7"


def test_load_adds_exactly_the_accepted_rows(tmp_path, embedded_store):
    _, out = _extract(tmp_path, "c.csv")
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        # Accept the twinning and the agreement, leave everything else unreviewed.
        if row["type"] in ("TWINNED_WITH", "SIGNED_AGREEMENT"):
            row["accept"] = "yes"
    accepted = [r for r in rows if r["accept"] == "yes"]
    assert len(accepted) == 2 and len(rows) > 2
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

    report = load_paths(embedded_store, [out])
    # Two accepted rows, though the agreement is two relationships (one per party).
    assert report.rows["candidates"] == 2

    twins = embedded_store.run(
        "MATCH (a)-[r:TWINNED_WITH]-(b) WHERE a.id < b.id "
        "RETURN a.id AS a, b.id AS b, r.since AS since")
    assert [(t["a"], t["b"], t["since"]) for t in twins] == [
        ("city:by:vitebsk", "city:fr:lyon", "2011-03")]
    signed = embedded_store.run(
        "MATCH (p)-[r:SIGNED_AGREEMENT]->(d:Document) RETURN p.id AS p, p.name AS name, "
        "d.kind AS kind, r.sources AS sources ORDER BY p")
    assert [(s["p"], s["kind"]) for s in signed] == [("region:by:brest", "agreement"),
                                                     ("region:ru:kaluga", "agreement")]
    # A gazetteer place keeps its own name, not the organ as written.
    assert signed[0]["name"] == "Brest Region"
    source_ids = signed[0]["sources"]
    assert len(source_ids) == 2
    src = embedded_store.run("MATCH (s:Source {id: $id}) RETURN s.url AS url",
                             {"id": source_ids[1]})
    assert src == [{"url": "http://example.org/news/7"}]
    # The CSV carries the text's source by id and title (its file name rides in JSONL).
    text = embedded_store.run("MATCH (s:Source {id: $id}) RETURN s.title AS title",
                              {"id": source_ids[0]})
    assert text == [{"title": "Notes on partner towns"}]
    assert embedded_store.run("MATCH ()-[r:SUPPLIES_TO]->() RETURN count(r) AS n") == [{"n": 0}]
    graph = embedded_store.fetch(rel_types=["TWINNED_WITH", "SIGNED_AGREEMENT"])
    edges = [d for _, _, d in graph.edges(data=True)]
    assert len(edges) == 3
    twin = next(d for d in edges if d["type"] == "TWINNED_WITH")
    assert twin["evidence"]["line"] == 3 and "Lyon" in twin["evidence"]["quote"]
    assert twin["evidence"]["file"].endswith("notes.txt") and twin["confidence"] > 0.5


def test_the_jsonl_extract_writes_loads_as_it_is(tmp_path, embedded_store):
    """JSONL (extract's default) carries the text's file name and reading date: they
    are Source properties the schema allows, so the file loads unchanged."""
    src, out = _extract(tmp_path, "c.jsonl")
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    report = load_paths(embedded_store, [out], accept_all=True)
    assert report.rows["candidates"] == len(rows)
    text_source = rows[0]["sources"][0]
    found = embedded_store.run("MATCH (s:Source {id: $id}) RETURN s.file AS file, "
                               "s.read AS read", {"id": text_source})
    record = rows[0]["source_records"][0]
    assert found == [{"file": record["file"], "read": record["read"]}]
    assert record["file"] == src.name


def test_one_firm_spelt_two_ways_in_two_texts_and_a_sheet_is_one_node(tmp_path, embedded_store):
    # Written for this test: the full name in one text, the acronym in another, and a
    # sheet that spells it a third way.
    (tmp_path / "a.txt").write_text("In 2021 the Minsk Tractor Works shipped 300 tractors "
                                    "to Uzbekistan.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("In 2022 MTZ shipped 200 tractors to Kazakhstan.\n",
                                    encoding="utf-8")
    out = tmp_path / "c.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"),
                                      str(tmp_path / "b.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    sheet = tmp_path / "supplies.csv"
    sheet.write_text("supplier,recipient,goods,sources\n"
                     "Minsk Tractor Plant,Mongolia,tractors,notes\n", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("key,title\nnotes,Field notes\n", encoding="utf-8")
    load_paths(embedded_store, [out], accept_all=True)
    load_paths(embedded_store, [tmp_path / "sources.csv", sheet])
    firms = embedded_store.run("MATCH (c:Company)-[:SUPPLIES_TO]->(x) "
                               "RETURN c.id AS id, c.name AS name, x.id AS to ORDER BY to")
    assert [(f["id"], f["name"], f["to"]) for f in firms] == [
        ("company:by:mtz", "Minsk Tractor Works", "country:kz"),
        ("company:by:mtz", "Minsk Tractor Works", "country:mn"),
        ("company:by:mtz", "Minsk Tractor Works", "country:uz")]


def _row(**extra):
    return {"type": "SUPPLIES_TO", "confidence": "0.9", "source_name": "Gomselmash",
            "source_id": "company:by:gomselmash", "source_kind": "Company",
            "target_name": "Kazakhstan", "target_id": "country:kz", "target_kind": "Country",
            "evidence_quote": "Gomselmash ships combines to Kazakhstan.", **extra}


class _BrokenResolver:
    """A resolver whose data cannot be read: its failure must surface."""

    def node(self, node_id):
        raise RuntimeError("gazetteer unreadable")

    def resolve(self, *args, **kwargs):
        raise RuntimeError("gazetteer unreadable")


def test_a_resolver_failure_is_not_taken_for_an_unknown_party():
    with pytest.raises(RuntimeError, match="gazetteer unreadable"):
        candidates_to_records([_row()], accept_all=True, resolver=_BrokenResolver())


def test_a_kind_the_resolver_does_not_know_keeps_the_party_as_written():
    from relgraph.loaders.resolve import Resolver

    row = _row(source_id="", source_kind="Township", source_name="Lidselmash Works")
    nodes, rels, problems = candidates_to_records([row], accept_all=True,
                                                  resolver=Resolver.default())[:3]
    assert not problems and len(rels) == 1
    assert any(n.properties.get("name") == "Lidselmash Works" for n in nodes)

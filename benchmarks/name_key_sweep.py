"""What every key of the gazetteer's name index resolves to, before and after a change.

    python benchmarks/name_key_sweep.py [--base REV] [--show N]
    python benchmarks/name_key_sweep.py --save FILE [--base REV]   # one side only
    python benchmarks/name_key_sweep.py --compare BEFORE AFTER      # two saved sides

Each key of ``names.tsv.gz`` is resolved as a bare name (no country, no coordinates,
no wording), once with the working tree and once with revision ``REV`` (default
``HEAD``, copied out of git by ``benchmarks/baseline.py``: its code and its data).
Prints how many keys each side has, how many resolve to another place (or resolve
only on one side), counts by the countries involved, and up to ``--show`` examples.
A full side takes several minutes (half a million keys); ``--save`` lets the two sides
run apart.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import baseline  # noqa: E402

# Run in a child so that each side imports its own code and data.
_CHILD = """
import sys
from relgraph.loaders.gazetteer import load_gazetteer
from relgraph.loaders.resolve import Resolver
r = Resolver.default()
out = open(sys.argv[1], "w", encoding="utf-8")
for line in load_gazetteer()._names:
    k = line[:line.index(b"\\t")].decode("ascii")
    res = r.resolve(k)
    out.write(f"{k}\\t{res.id if res.resolved else '-'}\\n")
out.close()
"""


def sweep(site: Path | None, path: Path) -> dict[str, str]:
    subprocess.run([sys.executable, "-c", baseline._PRELUDE.format(hide_rust=False) + _CHILD,
                    str(path)], env=baseline.env_for(site), check=True)
    return read(path)


def read(path: Path) -> dict[str, str]:
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f)


def _cc(eid: str) -> str:
    parts = eid.split(":")
    return parts[1].upper() if len(parts) >= 3 else "--"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--base", default="HEAD")
    p.add_argument("--show", type=int, default=30)
    p.add_argument("--save", type=Path, help="sweep one side (--base, or the working "
                   "tree with --base .) into this file and stop")
    p.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = p.parse_args()
    site = None if args.base == "." else baseline.materialize(args.base)
    if args.save:
        sweep(site, args.save)
        return
    if args.compare:
        before, after = read(args.compare[0]), read(args.compare[1])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            before = sweep(site, Path(tmp) / "before.tsv")
            after = sweep(None, Path(tmp) / "after.tsv")
    report(before, after, args.show)


def report(before: dict[str, str], after: dict[str, str], show: int) -> None:
    common = before.keys() & after.keys()
    changed = sorted(k for k in common if before[k] != after[k])
    new = sorted(k for k in after.keys() - before.keys() if after[k] != "-")
    print(f"keys: {len(before):,} before, {len(after):,} after ({len(new):,} new keys "
          f"that resolve, {len(before.keys() - after.keys()):,} keys gone)")
    print(f"keys in both whose resolution changed: {len(changed):,}")
    moves = Counter(f"{_cc(before[k]) if before[k] != '-' else 'unresolved'} -> "
                    f"{_cc(after[k]) if after[k] != '-' else 'unresolved'}" for k in changed)
    for move, n in moves.most_common():
        print(f"  {move}: {n}")
    for k in changed[:show]:
        print(f"  {k!r}: {before[k]} -> {after[k]}")
    news = Counter(_cc(after[k]) for k in new)
    print("new keys by country of the place they resolve to: "
          + ", ".join(f"{cc} {n}" for cc, n in news.most_common(10)))
    for k in new[:show]:
        print(f"  new {k!r}: {after[k]}")


if __name__ == "__main__":
    main()

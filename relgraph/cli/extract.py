"""``relgraph extract FILES... -o candidates.jsonl|.csv``: relation candidates from texts."""

from __future__ import annotations

import sys
import warnings
from collections import Counter
from pathlib import Path

import click

from relgraph.cli.common import TIE_TYPES, Names, split_list
from relgraph.cli.progress import Progress
from relgraph.graph.errors import RelgraphWarning, UsageError


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write candidates here (.jsonl or .csv); default: JSONL on stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]),
              help="Output format (default: from the output file's extension; JSONL on "
                   "stdout).")
@click.option("--min-confidence", type=float, default=0.0, show_default=True,
              help="Leave out candidates below this confidence.")
@click.option("--rel", "rels", multiple=True, metavar="TYPE",
              type=Names(TIE_TYPES, strict=True),
              help="Only these relation types (TWINNED_WITH, SIGNED_AGREEMENT, "
                   "SUPPLIES_TO; any case); repeatable or comma-separated. Default: all.")
@click.option("--type", "old_rels", multiple=True, hidden=True,
              type=Names(TIE_TYPES, strict=True),
              help="Deprecated name of --rel.")
def extract(files, output, fmt, min_confidence, rels, old_rels):
    """Find twinnings, agreements and supplies in .txt, .md and .pdf FILES.

    Each candidate has its parties (as written and resolved through the gazetteer),
    date, document, goods, status, confidence and evidence (file, line, quote). Review
    the CSV (write yes in the accept column) and load it with `relgraph load`.
    """
    if old_rels:
        warnings.warn("extract --type is deprecated: use --rel, as every other command "
                      "does", RelgraphWarning, stacklevel=2)
    types = set(split_list(rels + old_rels) or ())
    from relgraph.loaders.extract.parties import default_resolver
    from relgraph.loaders.extract.readers import check
    from relgraph.loaders.extract.stream import extract_parts
    from relgraph.loaders.extract.writers import write

    if fmt is None:
        suffix = Path(output).suffix.lower() if output else ".jsonl"
        if suffix not in (".jsonl", ".csv", ".json", ".ndjson"):
            raise UsageError(f"cannot tell the format from {output!r}; use --format jsonl|csv")
        fmt = "csv" if suffix == ".csv" else "jsonl"
    # Every file is checked before the first is extracted: a PDF named .txt or a file
    # of random bytes is refused at once, not after an hour of extraction.
    for f in files:
        check(f)
    resolver = default_resolver()
    counts: Counter = Counter()
    progress = Progress()
    progress.begin("Extracting", sum(Path(f).stat().st_size for f in files))
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        header = fmt == "csv"
        for f in files:
            # Each part's candidates are written as soon as they are found.
            for chars, result in extract_parts(f, resolver=resolver):
                rows = [r for r in result.candidates if r["confidence"] >= min_confidence
                        and (not types or r["type"] in types)]
                write(rows, fh, fmt, result.sources, header=header)
                header = False
                counts.update(r["type"] for r in rows)
                fh.flush()
                progress.advance(chars)
    finally:
        progress.end()
        if output:
            fh.close()
    summary = ", ".join(f"{n} {t}" for t, n in sorted(counts.items())) or "no candidates"
    total = sum(counts.values())
    click.echo(f"{total} candidate{'' if total == 1 else 's'} ({summary}) from "
               f"{len(files)} file{'' if len(files) == 1 else 's'}"
               + (f" -> {output}" if output else ""), err=True)

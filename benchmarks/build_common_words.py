"""Build ``loaders/gazetteer/common_words.txt.gz``: English words written in lower case.

The extractor reads a capitalised word that opens a sentence ("Engines for the plant
come from X", "Wheat and flour go to Y", "Drives are supplied by Z") as an ordinary
word, not a firm, when it is a common English word and nothing else in the text makes
it a name. The list is SCOWL's size-35 American English list (Debian's
``wamerican-small``: ``apt-get download wamerican-small`` and unpack it with
``dpkg-deb -x``), the words it writes in lower case only (it writes "china" and
"China", so "china" is left out), alphabetic and at least three letters long.

SCOWL is Copyright 2000-2011 by Kevin Atkinson; its permission notice, which must go
with every copy, is the header of the file this script writes.

    python benchmarks/build_common_words.py PATH/TO/american-english-small
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "loaders" / "gazetteer" / "common_words.txt.gz"

NOTICE = """\
# Common English words (lower case), from SCOWL size 35 (wamerican-small 2020.12.07).
# Built by benchmarks/build_common_words.py; one word a line.
#
# Copyright 2000-2011 by Kevin Atkinson
#
# Permission to use, copy, modify, distribute and sell these word
# lists, the associated scripts, the output created from the scripts,
# and its documentation for any purpose is hereby granted without fee,
# provided that the above copyright notice appears in all copies and
# that both that copyright notice and this permission notice appear in
# supporting documentation. Kevin Atkinson makes no representations
# about the suitability of this array for any purpose. It is provided
# "as is" without express or implied warranty.
#
# SCOWL's level 35 draws on public-domain lists (Moby Words II, Brian Kelk's UK
# English Wordlist, 12Dicts) and on inflections made with WordNet 1.6:
# WordNet 1.6 Copyright 1997 by Princeton University. All rights reserved.
"""


def build(source: Path) -> list[str]:
    words = [w.strip() for w in source.read_text(encoding="utf-8", errors="replace").splitlines()]
    lower = {w for w in words if w.islower() and w.isalpha() and len(w) >= 3}
    capitalised = {w.lower() for w in words if w[:1].isupper()}
    return sorted(lower - capitalised)


def main(argv: list[str]) -> None:
    words = build(Path(argv[1]))
    data = (NOTICE + "\n".join(words) + "\n").encode()
    # A fixed mtime keeps the file byte-identical between builds.
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                               compresslevel=9) as f:
        f.write(data)
    print(f"{len(words)} words -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)

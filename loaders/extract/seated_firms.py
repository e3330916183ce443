"""Where a firm is seated, and a firm described by its seat.

A text names a firm with its town ("Brenner AG of Dillingen", "the Hamburg importer
X", "X, Hamburg", "Hamburg-based X", "Fukuoka's X") and later calls it by that town and
its role ("the Dillingen mill", "the Trieste roaster", "its Osaka importer"). The seat
is kept beside the firm in the discourse state (``Discourse.note_seats``); the
description is read as the latest firm seated there (``Discourse.seated_reference``).
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.firms import FIRM_ORG_NOUNS
from relgraph.loaders.extract.mentions import Mention

# A town's name: one or two capitalised words ("Trieste", "Da Nang", "Saint-Étienne").
_TOWN = r"[A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w'’-]*[a-z])?"

# The seat right after the firm's name: "X of Dillingen", "X in Hagondange", "X from
# Kobe", "X (Trieste)", "X, based in Osaka", "X, Trieste —" (a bare town set off by a
# comma only when a stop, dash or bracket closes it: "X, Beta AG" lists another firm).
_SEAT_AFTER = re.compile(
    rf"\s*(?:(?:,\s*)?(?:of|in|from|based\s+in)\s+(?P<town>{_TOWN})(?![\w'’-])"
    rf"|(?:\(\s*|,\s*)(?P<bare>{_TOWN})"
    r"(?=\s*(?:[,.;:)\]—–]|\s-\s|$|\((?!\s*[A-Z]{2,}))))")
# The seat before it: "Hamburg-based X", "the Hamburg importer X", "Fukuoka's X".
_SEAT_BEFORE = re.compile(
    rf"(?:(?P<based>{_TOWN})-based\s+(?:[a-z][\w-]*\s+){{0,3}}"
    rf"|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Aa]n?)\s+(?P<role>{_TOWN})\s+(?:[a-z][\w-]*\s+){{1,3}}"
    # (or opening a clause with no article, a firm's noun right before the name:
    # "Japan (2023): Gladstone developer X signed", not "Minsk sold tractors to X")
    rf"|(?:^\s*|[:;]\s*|(?:^|\s)-\s+)(?P<opening>{_TOWN})\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:{FIRM_ORG_NOUNS}|[a-z]{{3,}}(?:er|or))\s+"
    rf"|(?P<own>{_TOWN})['’]s\s+)$")

# "the Dillingen mill", "its Osaka importer", "our Trieste roaster": definite, the role
# noun right after the town, and no name after it ("the Hamburg importer Kaffee GmbH"
# names the firm).
# (no facility's word: "the Mogilev meat-packing plant", "the Altai tractor plant" are
# names of their own in many texts, not a firm named before by its seat)
_ROLES = (r"buyer|customer|client|partner|roaster|mill|firm|company|supplier|importer"
          r"|exporter|distributor|maker|manufacturer|producer|processor|retailer|trader"
          r"|investor|carrier|operator")
_BY_SEAT = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:(?:new|main|largest|long-standing|key|sole"
    rf"|chief|biggest|principal|traditional|regular|only)\s+)?(?P<town>{_TOWN})\s+"
    rf"(?P<role>{_ROLES})\b"
    r"(?!\s+of\b|\s*[A-Z\"“(]|-|['’]|\s*,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}?[A-Z\"“])")


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"}


def fold(town: str) -> str:
    """A town's name as compared: lower case, single spaces."""
    return " ".join(town.lower().split())


def _not_a_town(town: str) -> bool:
    """A nationality or a country is no seat ("the German buyer": ``_BY_ROLE``'s)."""
    low = fold(town)
    return low in DEMONYMS or low in COUNTRY_BY_NAME or low.split()[0] in DEMONYMS \
        or low.split()[0] in _MONTHS   # ("X signed in May")


def seat_of(text: str, m: Mention) -> str | None:
    """The town the sentence seats the firm ``m`` in, folded, or None.

    >>> t = "Brenner AG of Dillingen sells plate to Kobe-based Hanshin Co., Ltd."
    >>> seat_of(t, Mention("Brenner AG", 0, 10)), seat_of(t, Mention("Hanshin Co., Ltd.", 50, 67))
    ('dillingen', 'kobe')
    >>> seat_of("Alpha GmbH, Beta AG and Gamma SA", Mention("Alpha GmbH", 0, 10)) is None
    True
    """
    after = _SEAT_AFTER.match(text, m.end)
    town = after and (after.group("town") or after.group("bare"))
    if town is None:
        before = _SEAT_BEFORE.search(text, 0, m.start)
        town = before and (before.group("based") or before.group("role") or before.group("own")
                           or before.group("opening"))
    if not town or _not_a_town(town):
        return None
    return fold(town)


def seat_references(text: str) -> list[tuple[int, int, str, str]]:
    """The phrases of ``text`` that describe a firm by its seat and role: (start, end,
    the folded town, the phrase).

    >>> seat_references("Later the Dillingen mill and a Trieste roaster signed.")
    [(6, 24, 'dillingen', 'the Dillingen mill')]
    >>> seat_references("It ships to the German buyer and the Hamburg importer Kaffee GmbH.")
    []
    """
    return [(d.start(), d.end(), fold(d.group("town")), d.group(0))
            for d in _BY_SEAT.finditer(text) if not _not_a_town(d.group("town"))]

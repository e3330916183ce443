"""Parties named by reference: "this Russian region" is the Russian region the text
spoke of last, not Russia.

:class:`PlaceMemory` keeps the regions resolved in the sentences read so far (and
earlier in the current sentence) by country; a mention marked ``refers`` takes the
latest one of its country within a few sentences, else it stays the country.

>>> from loaders.extract.mentions import find_mentions
>>> from loaders.extract.parties import Party
>>> mem = PlaceMemory(window=5)
>>> mem.remember(0, 10, Party("Tula Region", "region:ru:tula", "Region", "RU", True))
>>> m = find_mentions("Trade with this Russian region grew.")[-1]
>>> mem.antecedent(m, 1, 0).id
'region:ru:tula'
"""

from __future__ import annotations

from dataclasses import replace

from loaders.extract.mentions import Mention
from loaders.extract.parties import Party


class PlaceMemory:
    def __init__(self, window: int = 12):
        # Beyond a dozen sentences the text has usually moved on to another region.
        self.window = window
        self._regions: dict[str, list[tuple[int, int, Party]]] = {}

    def remember(self, sentence: int, offset: int, party: Party) -> None:
        if party.label == "Region" and party.resolved and party.country:
            self._regions.setdefault(party.country, []).append((sentence, offset, party))

    def antecedent(self, m: Mention, sentence: int, offset: int) -> Party | None:
        """The region ``m`` refers to: the last one of its country named before it."""
        if m.refers != "Region" or not m.country_hint:
            return None
        for s_i, off, party in reversed(self._regions.get(m.country_hint, [])):
            if s_i > sentence or (s_i == sentence and off >= offset):
                continue
            if sentence - s_i > self.window:
                return None
            return replace(party, name=f"{m.text} region",
                           reason="named by reference to the region named before")
        return None

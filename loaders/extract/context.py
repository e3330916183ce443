"""Parties named by reference: "this Russian region" is the Russian region the text
spoke of last, not Russia.

:class:`PlaceMemory` keeps the regions resolved in the sentences read so far (and
earlier in the current sentence) by country; a mention marked ``refers`` takes the
latest one of its country within a few sentences, else it stays the country.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> from relgraph.loaders.extract.parties import Party
>>> mem = PlaceMemory(window=5)
>>> mem.remember(0, 10, Party("Tula Region", "region:ru:tula", "Region", "RU", True))
>>> m = find_mentions("Trade with this Russian region grew.")[-1]
>>> mem.antecedent(m, 1, 0).id
'region:ru:tula'
"""

from __future__ import annotations

from dataclasses import replace

from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.parties import Party


class PlaceMemory:
    def __init__(self, window: int = 12):
        # Beyond a dozen sentences the text has usually moved on to another region.
        self.window = window
        self._regions: dict[str, list[tuple[int, int, Party]]] = {}

    def remember(self, sentence: int, offset: int, party: Party) -> None:
        if party.label == "Region" and party.resolved and party.country:
            self._regions.setdefault(party.country, []).append((sentence, offset, party))

    def antecedent(self, m: Mention, sentence: int, offset: int,
                   other_country: str | None = None) -> Party | None:
        """The region ``m`` refers to: the last one of its country named before it.
        Without a country ("the region") the last region named, of a country other than
        the other party's when that party is a country ("trade of the region with
        Kazakhstan" is not a Kazakh region's)."""
        if m.refers != "Region":
            return None
        if m.country_hint:
            pool = self._regions.get(m.country_hint, [])
        else:
            pool = sorted((x for c, xs in self._regions.items() if c != other_country
                           for x in xs), key=lambda x: (x[0], x[1]))
        recent = [(s_i, off, party) for s_i, off, party in pool
                  if (s_i < sentence or (s_i == sentence and off < offset))
                  and sentence - s_i <= self.window]
        if not recent:
            return None
        if m.country_hint:
            party = recent[-1][2]
        else:
            # "the region" without a country: the region the passage keeps naming, the
            # latest of the most named ones.
            counts: dict[str, int] = {}
            for _, _, p in recent:
                counts[p.id] = counts.get(p.id, 0) + 1
            best = max(counts.values())
            party = next(p for _, _, p in reversed(recent) if counts[p.id] == best)
        name = m.text if not m.country_hint else f"{m.text} region"
        return replace(party, name=name, reason="named by reference to the region named before")


_KIND_FAMILY = {"Organization": "Company"}
# "the two states": two countries, or two states of one federation (regions)
_KIND_READINGS = {"State": ("Country", "Region")}


class PairMemory:
    """The two sides the text is speaking of, for "the parties signed ..." sentences.

    The last relation found within a few sentences wins; failing that, the pair a
    section heading names ("Belarus - Tula Region: ..."), which holds until the next
    heading.

    >>> from relgraph.loaders.extract.parties import Party
    >>> a = Party("Belarus", "country:by", "Country", "BY", True)
    >>> b = Party("Tula Region", "region:ru:tula", "Region", "RU", True)
    >>> mem = PairMemory()
    >>> mem.heading(0, a, b)
    >>> [p.id for p in mem.recall(9)]
    ['country:by', 'region:ru:tula']
    >>> mem.remember(10, b, Party("Gomel", "city:by:gomel", "City", "BY", True))
    >>> [p.id for p in mem.recall(12)]
    ['region:ru:tula', 'city:by:gomel']
    >>> mem.sides(12, a, b)
    >>> [p.id for p in mem.recall(13)]
    ['country:by', 'region:ru:tula']
    """

    def __init__(self, window: int = 3):
        # "The parties" looks back a few sentences at most; further back it means the
        # sides of the whole section rather than of the last deal.
        self.window = window
        self._last: tuple[int, Party, Party] | None = None
        self._sides: tuple[int, Party, Party] | None = None
        self._sides_alive = False   # no party of their kinds named since
        self._section: tuple[Party, Party] | None = None
        # (sentence, paragraph, a, b): the two sides a paragraph opened with
        self._opening: tuple[int, int, Party, Party] | None = None
        self._opening_kept = False   # a later sentence went on about that pair
        # "The two regions" after a sentence naming two regions beside other parties:
        # the two of that kind; ``kind`` is the label the sentence being read refers to.
        self._of_kind: dict[str, tuple[int, Party, Party]] = {}
        self.kind: str | None = None
        # (sentence, firm, place): a subject "firm and place" (see pair_supply)
        self._together: tuple[int, Party, Party] | None = None
        # (sentence, seller, buyer): a contract between two firms (see pair_supply)
        self._contract: tuple[int, Party, Party] | None = None
        # (sentence, a, b): any contract signed (see deal_partner)
        self._deal: tuple[int, Party, Party] | None = None

    def of_kind(self, sentence: int, parties: list[Party]) -> None:
        """The sentence's parties by kind: a kind of exactly two, of two countries, is
        the pair "the two regions", "both cities" may mean next."""
        by: dict[str, list[Party]] = {}
        for p in parties:
            by.setdefault(_KIND_FAMILY.get(p.label, p.label), []).append(p)
        for label, ps in by.items():
            if len(ps) == 2 and ps[0].country != ps[1].country:
                self._of_kind[label] = (sentence, ps[0], ps[1])

    def heading(self, sentence: int, a: Party, b: Party) -> None:
        self._section = (a, b)
        self._last = None

    def remember(self, sentence: int, a: Party, b: Party) -> None:
        self._last = (sentence, a, b)

    def sides(self, sentence: int, a: Party, b: Party) -> None:
        """The two sides a sentence names without relating them ("Tula hosted a
        Latvian delegation"); "the sides" in the very next sentence are they, and up
        to three sentences on when none since named a party of their kinds."""
        self._sides = (sentence, a, b)
        self._sides_alive = True

    def together(self, sentence: int, firm: Party, place: Party) -> None:
        """A subject of a firm and a place ("Gomselmash and the Smolensk Region have
        worked together"): whose agentless supply the next sentence may tell."""
        self._together = (sentence, firm, place)

    def together_before(self, sentence: int) -> tuple[Party, Party] | None:
        """The firm and place the sentence just before had as its subject."""
        if self._together and sentence - self._together[0] == 1:
            return self._together[1], self._together[2]
        return None

    def contract(self, sentence: int, seller: Party, buyer: Party) -> None:
        """A contract a firm signed with another ("Amkodor signed a supply contract
        with Uzagroleasing"): "the buyer" or "the customer" next is the partner."""
        self._contract = (sentence, seller, buyer)

    def contract_before(self, sentence: int) -> tuple[Party, Party] | None:
        """The seller and buyer of the contract the sentence just before told of."""
        if self._contract and sentence - self._contract[0] == 1:
            return self._contract[1], self._contract[2]
        return None

    def deal(self, sentence: int, a: Party, b: Party) -> None:
        """A contract signed between ``a`` and ``b`` ("The Kazan city government signed a
        contract with MAZ")."""
        self._deal = (sentence, a, b)

    def deal_partner(self, sentence: int, party: Party) -> Party | None:
        """The firm that signed a contract with ``party`` in the sentence just before:
        whom goods delivered to ``party`` now came from."""
        if self._deal is None or sentence - self._deal[0] != 1:
            return None
        _, a, b = self._deal
        other = b if a.id == party.id else a if b.id == party.id else None
        return other if other is not None and other.label == "Company" else None

    def opening(self, sentence: int, paragraph: int, a: Party, b: Party) -> None:
        """The two sides a paragraph's opening sentence names ("The oldest partner of A
        in Russia is B"): the pair the paragraph is about, once a later sentence goes
        on about them ("The two border regions share a railway")."""
        self._opening = (sentence, paragraph, a, b)
        self._opening_kept = False

    def goes_on(self, sentence: int) -> None:
        """A sentence that refers to a pair ("the two", "both", "they", "their")."""
        if self._opening is not None and sentence > self._opening[0]:
            self._opening_kept = True

    def named(self, sentence: int, parties: list[Party]) -> None:
        """A later sentence that names a party of a kind of the opening pair, not of
        it, turns the paragraph to another pair."""
        sd = self._sides
        if sd is not None and sd[0] != sentence and self._rival(sd[1:], parties):
            self._sides_alive = False
        op = self._opening
        if op is None or op[0] == sentence:
            return
        if self._rival(op[2:], parties):
            self._opening = None

    @staticmethod
    def _rival(pair, parties: list[Party]) -> bool:
        """Whether ``parties`` hold one of a kind of the pair's that is not of it."""
        kinds = {_KIND_FAMILY.get(p.label, p.label) for p in pair}
        ids = {p.id for p in pair}
        return any(_KIND_FAMILY.get(p.label, p.label) in kinds and p.id not in ids
                   for p in parties)

    def paragraph_pair(self, sentence: int, paragraph: int, reach: int = 4
                       ) -> tuple[Party, Party] | None:
        """The opening pair of this paragraph, named at most ``reach`` sentences back,
        when no other pair was related or named since."""
        op = self._opening
        if op is None or op[1] != paragraph or not 0 < sentence - op[0] <= reach \
                or not self._opening_kept:
            return None
        if self._last and self._last[0] > op[0] or self._sides and self._sides[0] > op[0]:
            return None
        return op[2], op[3]

    def just_named(self, sentence: int) -> tuple[Party, Party] | None:
        """The two sides the sentence just before named without relating them."""
        if self._sides and sentence - self._sides[0] == 1:
            return self._sides[1], self._sides[2]
        return None

    def recall(self, sentence: int, window: int | None = None) -> tuple[Party, Party] | None:
        """The pair spoken of last; with ``window``, only one named that recently (and
        not the section's)."""
        kind = None
        for label in _KIND_READINGS.get(self.kind or "", (self.kind,)) if self.kind else ():
            kind = kind or self._of_kind.get(label)
        if kind and 0 <= sentence - kind[0] <= 1 and not (
                self._sides and self._sides[0] >= kind[0] and self._fit(self._sides[1:])) and \
                not (self._last and self._last[0] >= kind[0] and self._fit(self._last[1:])):
            return kind[1], kind[2]
        found = []
        if self._last and 0 <= sentence - self._last[0] <= (window or self.window):
            found.append((self._last[0], 1, self._last[1], self._last[2]))
        if self._sides and (0 <= sentence - self._sides[0] <= 1 or not window and
                            self._sides_alive and 0 <= sentence - self._sides[0] <= self.window):
            # ("the two regions" may look past a sentence that names no rival of
            # theirs: "A's delegation visited B. The guests toured a plant. The two
            # regions signed a memorandum")
            found.append((self._sides[0], 0, self._sides[1], self._sides[2]))
        if found:
            # ("the two provinces signed a protocol that supports exchanges between
            # universities A and B": a pair with one of the kind named takes precedence
            # over a nearer pair with none; a region beside a town may stand for two
            # regions, see ``pipeline._namesake_region``)
            fitting = [x for x in found if self.kind and self._fit(x[2:], any)]
            _, _, a, b = max(fitting or found, key=lambda x: (x[0], x[1]))
            return a, b
        return None if window else self._section

    def _fit(self, pair, quantifier=all) -> bool:
        kinds = _KIND_READINGS.get(self.kind or "", (self.kind,))
        return quantifier(_KIND_FAMILY.get(p.label, p.label) in kinds for p in pair)


class HomeMemory:
    """The country of firms and bodies the gazetteer does not know, learned where the
    text states it ("the Belarusian company Vektor", "Vektor from Belarus") and kept
    for the rest of the document, where the name comes back bare.

    >>> from relgraph.loaders.extract.parties import Party
    >>> mem = HomeMemory()
    >>> mem.learn(Party("Vektor LLC", "company:by:vektor", "Company", "BY", False))
    >>> mem.fill(Party('"Vektor"', "company:xx:vektor", "Company", None, False)).id
    'company:by:vektor'
    """

    def __init__(self):
        self._homes: dict[tuple[str, str], str] = {}

    @staticmethod
    def _key(party: Party) -> tuple[str, str] | None:
        if party.resolved or party.label not in ("Company", "Organization"):
            return None
        return party.label, party.id.split(":", 2)[-1]

    def learn(self, party: Party) -> None:
        key = self._key(party)
        if key and party.country:
            self._homes.setdefault(key, party.country)

    def fill(self, party: Party) -> Party:
        key = self._key(party)
        if not key or party.country or key not in self._homes:
            return party
        cc = self._homes[key]
        prefix = party.id.split(":", 1)[0]
        return replace(party, country=cc, id=f"{prefix}:{cc.lower()}:{key[1]}",
                       reason="country stated where the text named it before")

"""What a document has said so far, for the sentences that point back at it.

A text names a party once and then refers to it: "the parties", "the two regions",
"this Russian region", "this Central Asian country", "the company", "from here";
it names a firm in full with its acronym and then by the acronym alone; it is about
one country, whose firms it seldom qualifies ("the plant in Zhodino"). The
:class:`Discourse` of a document keeps that state while the pipeline reads it
sentence by sentence:

* ``subject``: the country the document is about (the most named country, when one
  clearly leads), the default country of firms and bodies whose country the text
  does not state;
* ``names``: the firms and bodies defined so far (:class:`~.names.NameRegistry`), so
  "Minsk Automobile Plant (MAZ)" and a later "MAZ" are one party with one id;
* the places named so far, by kind (:meth:`remember`), which references resolve
  against (:meth:`antecedent`), and the pair of the last relation (``pairs``).

>>> d = Discourse(None, "Belarus and Belarusian firms. Belarus again. Kazakhstan once.")
>>> d.subject
'BY'
>>> from relgraph.loaders.extract.mentions import find_mentions
>>> m = find_mentions("Minsk Automobile Plant (MAZ) sells trucks.")[0]
>>> d.party(m).id, d.party(find_mentions("MAZ trucks arrived.")[0]).id
('company:by:maz', 'company:by:maz')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from relgraph.loaders.extract.context import HomeMemory, PairMemory, PlaceMemory
from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.names import (
    KNOWN_BODIES,
    LEGAL,
    NameRegistry,
    is_acronym,
    strip_legal,
)
from relgraph.loaders.extract.parties import Party, _company_like, provisional_id, resolve_mention

_FIRM_LABELS = ("Company", "Organization")
_HAS_LEGAL = re.compile(rf'(?:^|\s|")(?:{LEGAL})(?:\s|"|$)')
_COUNTRY_WORD = re.compile(
    r"\b(" + "|".join(sorted((re.escape(n.title()) for n in {**COUNTRY_BY_NAME, **DEMONYMS}
                              if " " not in n and len(n) > 3), key=len, reverse=True)) + r")\b")


def subject_country(text: str) -> str | None:
    """The country a document is about: the one its names and demonyms mention most,
    when it has at least 30% of all such mentions and half as many again as the next.

    >>> subject_country("Kazakh firms in Kazakhstan trade with Russia.")
    'KZ'
    >>> subject_country("Russia and China.") is None
    True
    """
    counts = Counter()
    for m in _COUNTRY_WORD.finditer(text):
        w = m.group(1).lower()
        cc = COUNTRY_BY_NAME.get(w) or DEMONYMS.get(w)
        if cc:
            counts[cc] += 1
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    second = rest[0][1]
    total = sum(counts.values())
    return top if n >= 2 and n * 10 >= total * 3 and n * 2 >= second * 3 else None


class Discourse:
    """The state of one document while it is read (see the module doc)."""

    # How far back (in sentences) a reference of each kind looks.
    WINDOW = {"Country": 8, "City": 6, "Company": 3, "Place": 6, "Actor": 2}

    def __init__(self, resolver, text: str = ""):
        self.resolver = resolver
        self.cache: dict = {}
        self.names = NameRegistry()
        self.subject = subject_country(text)
        self.places = PlaceMemory()
        self.pairs = PairMemory()
        self.homes = HomeMemory()
        self._seen: list[tuple[int, int, Party]] = []   # (sentence, offset, party)
        self._actors: dict[int, tuple[int, Party]] = {}  # sentence -> (offset, its actor)
        self._memo: dict = {}

    # -- parties ---------------------------------------------------------------
    def party(self, m: Mention, default_label: str = "Company") -> Party:
        """The party ``m`` names, with the document's knowledge applied: a firm defined
        before (by acronym or full name) keeps one id, its country as stated once,
        else the document's subject country."""
        key = (id(m), m.start, m.text, default_label)
        if key in self._memo:
            return self._memo[key]
        p = self._party(m, default_label)
        if len(self._memo) > 512:
            self._memo.clear()
        self._memo[key] = p
        return p

    def _party(self, m: Mention, default_label: str) -> Party:
        known = KNOWN_BODIES.get(" ".join(strip_legal(m.text).lower().split()))
        if known:
            acr, name = known
            return Party(" ".join(m.text.split()), provisional_id("Organization", None, acr),
                         "Organization", None, False, canonical=name,
                         reason="an international organisation")
        entry = None
        if m.acronym or _HAS_LEGAL.search(m.text):
            entry = self.names.define(m.text, m.acronym, country=m.country_hint)
        elif is_acronym(m.text.strip('"')):
            entry = self.names.lookup(m.text)
        if entry is not None:
            p = self._firm(m, entry, default_label)
        else:
            p = self.homes.fill(resolve_mention(m, self.resolver, self.cache, default_label))
            p = self._prefer_subject(m, p)
            # A place the gazetteer knows stays that place; a name it does not know may
            # be a firm the text defined before ("Kazakhmys" after "Kazakhmys LLP").
            entry = None if p.resolved else self.names.lookup(m.text)
            if entry is not None:
                p = self._firm(m, entry, default_label)
            elif not p.resolved and p.label in _FIRM_LABELS:
                p = self._home_in_subject(m, p)
                p = self._with_country(p, strip_legal(m.text))
                if m.organisation or m.kind_hint in _FIRM_LABELS or _company_like(m.text):
                    # Only names that say they are a firm or a body: a bare unknown name
                    # defaults to a company in a supply but may be a town elsewhere.
                    self.names.define(m.text, None, p.label, p.country)
        self.homes.learn(p)
        return p

    def _home_in_subject(self, m: Mention, p: Party) -> Party:
        """"Pushkin Brest State University": of the places in a body's name, one in the
        subject country says where it is (Brest, not the Russian town of Pushkin)."""
        if not self.subject or p.country == self.subject or m.country_hint or not self.resolver:
            return p
        for word in re.findall(r"\b[A-Z][a-z][\w-]+", m.text):
            key = ("home-word", word)
            if key not in self.cache:
                try:
                    res = self.resolver.resolve(word, country=self.subject)
                    self.cache[key] = res.resolved and res.label in ("City", "Region")
                except Exception:  # an odd word is simply no place
                    self.cache[key] = False
            if self.cache[key]:
                return replace(p, country=self.subject,
                               id=provisional_id(p.label, self.subject, strip_legal(m.text)),
                               reason="a place of the document's subject country in its name")
        return p

    def _prefer_subject(self, m: Mention, p: Party) -> Party:
        """A place name several countries share is the subject country's when the
        gazetteer offers it among its first candidates ("Petropavlovsk" in a text on
        Kazakhstan is Petropavl, not a Russian village)."""
        if not (p.resolved and self.subject and p.label in ("City", "Region")
                and p.country != self.subject and not m.country_hint and self.resolver):
            return p
        key = ("subject-candidates", p.name, p.label)
        if key not in self.cache:
            try:
                res = self.resolver.resolve(" ".join(m.text.split()), kind=p.label)
                self.cache[key] = res.candidates[:3]
            except Exception:  # an odd name keeps its first reading
                self.cache[key] = ()
        prefix = f"{p.id.split(':', 1)[0]}:{self.subject.lower()}:"
        if not any(c.startswith(prefix) for c in self.cache[key]):
            return p
        alt = resolve_mention(replace(m, country_hint=self.subject), self.resolver, self.cache,
                              p.label)
        return alt if alt.resolved and alt.country == self.subject else p

    def _firm(self, m: Mention, entry, default_label: str) -> Party:
        label = entry.label
        if label is None:
            base = resolve_mention(replace(m, text=entry.name, acronym=None), None, None,
                                   default_label)
            label = base.label if base.label in _FIRM_LABELS else "Company"
            entry.label = label
        country = m.country_hint or entry.country
        if country is None:
            base = resolve_mention(replace(m, text=entry.name, acronym=None, kind_hint=label),
                                   self.resolver, self.cache, label)
            country = base.country if not base.resolved else None
        entry.country = entry.country or country
        p = Party(" ".join(m.text.split()), provisional_id(label, country, entry.acronym
                                                              or entry.name),
                  label, country, False, reason="a name the text defined")
        return self._with_country(p, entry.acronym or entry.name) if not country else p

    def _with_country(self, p: Party, core: str) -> Party:
        if p.country or not self.subject:
            return p
        return replace(p, country=self.subject, id=provisional_id(p.label, self.subject, core),
                       reason="country of the document's subject")

    def locate_firms(self, text: str, mentions: list[Mention]) -> None:
        """A firm's country from the place named right after it: "BI Expo from Bishkek",
        "Agrobras Ltda. of Curitiba", "Vektor (Narva)", "a plant based in Kostanay"."""
        for m, n in zip(mentions, mentions[1:], strict=False):
            if m.country_hint or n.adjectival or n.refers or m.refers or m.adjectival:
                continue
            firm = m.organisation or m.kind_hint in _FIRM_LABELS or bool(_HAS_LEGAL.search(m.text))
            gap = text[m.end:n.start]
            if not firm or not re.fullmatch(r"\s*(?:,\s*)?(?:from|based\s+in|headquartered\s+in|\()\s*"  # noqa: E501
                                            r"(?:the\s+)?|\s+of\s+(?:the\s+)?", gap):
                continue
            if gap.strip().startswith("of") and not _HAS_LEGAL.search(m.text):
                continue
            place = resolve_mention(n, self.resolver, self.cache, "City")
            if place.resolved and place.label in ("City", "Region", "Country") and place.country:
                m.country_hint = place.country

    # -- places named so far ---------------------------------------------------
    def remember(self, sentence: int, offset: int, party: Party) -> None:
        self.places.remember(sentence, offset, party)
        self._seen.append((sentence, offset, party))

    def acted(self, sentence: int, party: Party | None, offset: int = 0) -> None:
        """The actor of a sentence (its first party no preposition governs): "The city"
        or "the company" in the next sentence, or "it" later in the same one, is most
        likely it."""
        if party is not None:
            self._actors[sentence] = (offset, party)
            self._actors.pop(sentence - 4, None)
            if party.label == "Region" and party.reason and party.reason.startswith("named by"):
                self.places.remember(sentence, offset, party)  # a region spoken of stays salient

    def actor_before(self, sentence: int, offset: int) -> Party | None:
        """The actor of this sentence before ``offset``, else of one of the two before."""
        for s_i in (sentence, sentence - 1, sentence - 2):
            found = self._actors.get(s_i)
            if found is not None and (s_i < sentence or found[0] < offset):
                return found[1]
        return None

    def _actor_for(self, m: Mention, sentence: int, other: Party | None) -> Party | None:
        """The actor a reference most likely means: this sentence's, when it comes before
        the reference (or is it), else the last or the one before."""
        for s_i in (sentence, sentence - 1, sentence - 2):
            found = self._actors.get(s_i)
            if found is None or (s_i == sentence and found[0] > m.start):
                continue
            party = found[1]
            if (other is not None and party.id == other.id) or (
                    m.country_hint and party.country != m.country_hint):
                continue
            if s_i == sentence and found[0] == m.start and m.refers:
                # The reference is itself the actor: look further back.
                continue
            return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")
        return None

    def antecedent(self, m: Mention, sentence: int, other: Party | None = None
                   ) -> Party | None:
        """The party a referring mention points at (``m.refers``: Region, Country, City,
        Company or Place), or None when nothing fits within its window."""
        kind = m.refers
        actor = self._actor_for(m, sentence, other)
        if kind == "Region" and actor is not None and actor.label == "Region":
            return actor
        if kind == "Region":
            other_cc = other.country if other is not None and other.label == "Country" else None
            found = self.places.antecedent(m, sentence, m.start, other_cc)
            if found is not None:
                return found
            return self._last(("Region",), sentence, m, country=m.country_hint,
                              window=3) if not m.country_hint else None
        kinds = {"Country": ("Country",), "City": ("City",), "Company": _FIRM_LABELS,
                 "Place": ("City", "Region", "Country"),
                 "Actor": _FIRM_LABELS + ("City", "Region", "Country")}.get(kind or "", ())
        if not kinds:
            return None
        if actor is not None and kind in ("City", "Company", "Actor") and actor.label in kinds:
            return actor
        if kind == "Actor":
            # "its buyers": the firm spoken of, else the place.
            return self._last(_FIRM_LABELS, sentence, m, other=other) or self._last(
                kinds, sentence, m, other=other)
        skip = self.subject if kind == "Country" else None
        found = self._last(kinds, sentence, m, country=m.country_hint, skip_country=skip,
                           other=other)
        if found is None and kind == "Country" and skip:
            found = self._last(kinds, sentence, m, country=m.country_hint, other=other)
        return found

    def _last(self, kinds, sentence: int, m: Mention, *, country=None, skip_country=None,
              other: Party | None = None, window: int | None = None) -> Party | None:
        window = window or self.WINDOW.get(m.refers or "", 3)
        for s_i, off, party in reversed(self._seen):
            if s_i > sentence or (s_i == sentence and off >= m.start):
                continue
            if sentence - s_i > window:
                return None
            if party.label not in kinds or (other is not None and party.id == other.id):
                continue
            if party.label in _FIRM_LABELS and not party.resolved and \
                    self.names.lookup(party.name) is None:
                continue  # an unknown name taken for a firm by default is no antecedent
            if country and party.country != country:
                continue
            if skip_country and party.country == skip_country:
                continue
            return replace(party, name=m.text, reason=f"named by reference ({m.text!r})")
        return None

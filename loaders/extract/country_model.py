"""A learned decision on a firm's country, weighing the evidence the rules each read alone.

The rules that place a firm the gazetteer does not know (:meth:`Discourse.firm_country`,
:mod:`.own_home`, :mod:`.placement`) each read one kind of evidence and the first that
answers decides. Here a firm's every candidate country is described by all of them at
once, and a logistic regression trained offline on the tuning parts' gold
(``benchmarks/train_country_model.py``; scikit-learn at training time only) scores
them. Its weights ship as ``country_model.json`` and are applied in plain Python; with
no weights file the rules' answer stands.

The evidence, per (firm, country):

* the rules' own answer;
* the firm's legal form, when it belongs to that country alone or to a few;
* its name: a country word or a stem in it ("Norway Seafoods", "Kazakhmys"), its letters;
* the document: how often it names the country (its rank among those named), whether
  a dateline or letterhead places the text there, whether it is the text's subject;
* the firm's own words, when it is the firm the first line names (a report of its
  own): the votes of :func:`.own_home.own_votes` (a seat it calls its own, a border it
  looks across, what it calls itself, its currency, the place its report is signed at);
* the firm's mentions: a demonym just before its name ("the Mexican retailer X"), a
  town of that country just after it or just before "-based" ("X of Sapporo",
  "the Tokyo-based X"), the country named in the same sentence.

>>> ev = Evidence("Norda Fish ASA - Annual report\\nOur plant in Bergen runs all year. "
...               "France is our first market. Sales to France grew.", {"Bergen": "NO"}.get,
...               home=None, countries=["FR", "NO"], counts={"FR": 3, "NO": 0})
>>> f = features(["Norda Fish ASA"], "NO", "FR", ev)
>>> f["form_only"], f["lead_firm"], f["own_votes=1"]
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.names import (
    legal_countries,
    letters_fit,
    local_country,
    stem_country,
    strip_legal,
)
from relgraph.loaders.extract.own_home import own_votes
from relgraph.loaders.extract.scorer import logistic, read_weights

WEIGHTS = Path(__file__).with_name("country_model.json")

# A pronoun or a bare reference is no name to look the firm up by.
_NO_NAME = re.compile(r"^(?:we|us|our|ours|it|its|(?:the|that|this)\s+(?:company|group|firm"
                      r"|enterprise|producer|exporter|supplier|plant|holding|maker"
                      r"|manufacturer))$", re.I)
_WORD_COUNTRY = re.compile(
    r"\b(" + "|".join(sorted((re.escape(n.title()) for n in {**COUNTRY_BY_NAME, **DEMONYMS}
                              if " " not in n and len(n) > 3), key=len, reverse=True)) + r")\b")
_TOWN_AFTER = re.compile(r"\s*(?:,\s*|\s+(?:of|in|from|at)\s+)([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
_BASED_BEFORE = re.compile(r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)-based\s+(?:[a-z]+\s+){0,2}$")
_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass
class Evidence:
    """What the document says that bears on any of its firms' countries, found once."""

    text: str
    place_country: Callable[[str], str | None]
    home: str | None = None
    countries: list[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    subject: str | None = None
    _votes: Counter | None = None
    _lead: str | None = None

    @property
    def votes(self) -> Counter:
        if self._votes is None:
            self._votes = own_votes(self.text, self.place_country)
        return self._votes

    @property
    def lead(self) -> str:
        """The text's first non-empty line, folded: the firm it names is the report's."""
        if self._lead is None:
            first = next((x for x in self.text.split("\n") if x.strip()), "")
            self._lead = " ".join(first.lower().split())
        return self._lead


def names_of(parties: Iterable[dict]) -> list[str]:
    """The names a firm is written by, pronouns and bare references left out."""
    out = []
    for p in parties:
        name = " ".join((p.get("name") or "").split())
        if name and not _NO_NAME.match(name) and name not in out:
            out.append(name)
    return out


def _is_lead(names: list[str], ev: Evidence) -> bool:
    for name in names:
        bare = " ".join(strip_legal(name).lower().split())
        if len(bare) >= 4 and bare in ev.lead:
            return True
    return False


def _rank(cc: str, ev: Evidence) -> str:
    if cc not in ev.countries or not ev.counts.get(cc):
        return "none"
    i = ev.countries.index(cc)
    return str(i + 1) if i < 3 else "4+"


def _mention_evidence(names: list[str], ev: Evidence) -> dict[str, Counter]:
    """Per kind of evidence around the firm's mentions, the countries it points to."""
    out = {"demonym": Counter(), "town": Counter(), "sentence": Counter()}
    text = ev.text
    for name in names:
        for m in re.finditer(re.escape(name), text):
            before = text[max(0, m.start() - 60):m.start()]
            d = _DEMONYM_BEFORE.search(before)
            if d and d.group(1).lower() in DEMONYMS:
                out["demonym"][DEMONYMS[d.group(1).lower()]] += 1
            b = _BASED_BEFORE.search(before)
            t = _TOWN_AFTER.match(text, m.end())
            for place in (b.group(1) if b else None, t.group(1) if t else None):
                cc = ev.place_country(place) if place else None
                if cc:
                    out["town"][cc] += 1
            lo = max((x.end() for x in _SENTENCE_END.finditer(text, max(0, m.start() - 300),
                                                                m.start())), default=0)
            hi = _SENTENCE_END.search(text, m.end())
            for w in _WORD_COUNTRY.finditer(text, lo, hi.start() if hi else len(text)):
                cc = COUNTRY_BY_NAME.get(w.group(1).lower()) or DEMONYMS.get(w.group(1).lower())
                if cc:
                    out["sentence"][cc] += 1
    return out


def _bin(n: int) -> str:
    return str(n) if n < 3 else "3+"


def candidates(names: list[str], rule: str | None, ev: Evidence,
               near: dict[str, Counter] | None = None) -> list[str]:
    """The countries worth weighing for a firm: the rules' answer, its legal form's,
    the document's most named, its home, the own firm's votes and its mentions'."""
    near = near if near is not None else _mention_evidence(names, ev)
    out = [rule] if rule else []
    for name in names:
        out += legal_countries(name)
        out += [stem_country(name, syllables=False), local_country(name)]
    out += ev.countries[:4] + [ev.home, ev.subject]
    out += [cc for cc, n in ev.votes.items() if n > 0]
    for c in near.values():
        out += list(c)
    return [cc for cc in dict.fromkeys(out) if cc]


# Which step of the rules gave the firm its country, by the words of its reason.
_WHY = (("name", "name"), ("form", "form"), ("own firm", "own"), ("section", "section"),
        ("home", "home"), ("speaker", "speaker"), ("subject", "subject"), ("firms", "firms"),
        ("defined", "defined"), ("refer", "reference"), ("seat", "seat"), ("place", "place"),
        ("gazetteer", "gazetteer"))


def why_class(reason: str | None) -> str:
    """The rules' reason for a firm's country, in a few classes."""
    low = (reason or "").lower()
    return next((c for word, c in _WHY if word in low), "other" if low else "none")


def features(names: list[str], cc: str, rule: str | None, ev: Evidence,
             near: dict[str, Counter] | None = None, why: str | None = None
             ) -> dict[str, float]:
    """Binary features of country ``cc`` for the firm written ``names``, whose country
    the rules gave as ``rule`` for the reason ``why`` (a party's ``reason``)."""
    near = near if near is not None else _mention_evidence(names, ev)
    f: dict[str, float] = {"bias": 1.0}

    def on(name: str) -> None:
        f[name] = 1.0

    if cc == rule:
        on("rule")
        if why is not None:
            on(f"why={why_class(why)}")
    forms = {c for name in names for c in legal_countries(name)}
    if forms:
        on("form_only" if forms == {cc} else "form_in" if cc in forms else "form_out")
    if any(stem_country(n, syllables=False) == cc or local_country(n) == cc for n in names):
        on("name_country")
    if any(not n.isascii() for n in names):
        on("letters_fit" if any(letters_fit(n, cc) for n in names) else "letters_other")
    on(f"rank={_rank(cc, ev)}")
    if cc == ev.home:
        on("home")
    if cc == ev.subject:
        on("subject")
    lead = _is_lead(names, ev)
    if lead:
        on("lead_firm")
        votes = ev.votes.get(cc, 0)
        on(f"own_votes={max(-1, min(votes, 3))}")
        top = [c for c, n in ev.votes.most_common(1) if n > 0]
        if top and top[0] == cc:
            on("own_top")
    for kind, c in near.items():
        n = c.get(cc, 0)
        if n:
            on(f"{kind}={_bin(n)}")
            if c.most_common(1)[0][0] == cc:
                on(f"{kind}_top")
    if cc == rule:
        # (how far the rules' answer is backed: a country the text never names, or one
        # the firm's own report calls abroad, is a weaker answer than the dateline's)
        for k in [k for k in f if k not in ("bias", "rule")]:
            on(f"rule&{k}")
    return f


@lru_cache(maxsize=1)
def _weights() -> dict | None:
    return read_weights(WEIGHTS)


def enabled() -> bool:
    return _weights() is not None


def score(f: dict[str, float], weights: dict | None = None) -> float:
    """The probability that the country the features describe is the firm's."""
    w = weights or _weights()
    return logistic(f, w) if w else 0.0


def decide(names: list[str], rule: str | None, ev: Evidence,
           weights: dict | None = None, why: str | None = None) -> str | None:
    """The firm's country: the model's best candidate when it outscores the rules'
    answer by the shipped margin, else the rules' answer."""
    w = weights or _weights()
    if not w or not names:
        return rule
    near = _mention_evidence(names, ev)
    scored = {cc: score(features(names, cc, rule, ev, near, why), w)
              for cc in candidates(names, rule, ev, near)}
    if not scored:
        return rule
    best = max(scored, key=scored.get)
    if rule is None or best == rule:
        return best if rule is None and scored[best] >= w.get("margin", 0.0) else rule
    return best if scored[best] - scored.get(rule, 0.0) >= w.get("margin", 0.0) else rule


def firm_groups(rows: list[dict]) -> dict[str, list[dict]]:
    """The unresolved firms of a document's rows by id: the parties the rules placed
    by inference, whose country the model may revise."""
    groups: dict[str, list[dict]] = {}
    for r in rows:
        for side in ("source", "target"):
            p = r[side]
            if p.get("kind") == "Company" and not p.get("resolved", True) and \
                    p.get("id", "").count(":") == 2:
                groups.setdefault(p["id"], []).append(p)
    return groups

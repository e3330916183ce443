"""Precision and recall of `relgraph extract` against an annotated gold file.

    python benchmarks/extract_eval.py CORPUS GOLD [GOLD ...] [--from-line N] [--to-line M] [--show]
    python benchmarks/extract_eval.py --suite [--parts tuning,own-tune] [--show-tuning]
    python benchmarks/extract_eval.py --suite --diagnose [--details] [--parts ...]

``--suite`` scores the parts the README reports, summed per type: the development
monograph's tuning part (lines 1-1700) and held-out part (1701-2824) against
``gold/belarus-monograph*.jsonl``; the first pass's own texts (``gold/own``); and
our texts in other registers and countries, split by file into a part to tune on
(``gold/own-tune``) and a part held out (``gold/own-holdout``), each ``.txt`` with
its ``.jsonl``; monograph-style texts of ours to tune on (``gold/mono-tune``); and
texts written for the fifth pass before it began and scored only before and after it
(``gold/fresh``); texts written before the sixth pass, scored only at its start
and end (``gold/fresh2``); and texts written blind after the eighth pass by an author
who read neither the extractor nor any other gold text (``gold/fresh3``).
``--parts`` scores only the named parts (so a tuning run never prints held-out
figures); ``--show-PART`` lists a part's misses and false candidates (not for
held-out parts). ``--diagnose`` tells for every miss and false candidate the stage
where it was lost (see :func:`diagnose_part`): held-out parts print only the
aggregate counts, ``--details`` lists the others' cases.

A candidate matches a gold relation when it has the same type, the same parties
(unordered; ordered for SUPPLIES_TO) and its evidence line is within 2 lines of the
gold line. The main score matches parties on ids: the candidate's id must be one of
the gold party's ``ids`` (the gazetteer's id where the gazetteer knows the party,
else the naming convention's). A second, looser score (labelled "by id or name")
also accepts a candidate whose name as written is one of the gold party's ``names``;
it shows how much is lost to resolution rather than to finding. Matching is
one-to-one. Only candidates whose line falls in the annotated range are scored: the
range a gold file declares in a metadata line (``{"annotated_lines": [FROM, TO]}``, a
record without ``type``), else its first to last gold line, narrowed by
--from-line/--to-line. Each gold file is scored on its own, so a part of the text that
states no relation (an empty gold file with a declared range) still counts every
candidate found there as a false positive.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))   # its sibling modules

from relgraph.loaders.extract.pipeline import extract_file, extract_lines  # noqa: E402
from relgraph.loaders.extract.readers import read_lines  # noqa: E402

TYPES = ("TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO")


def _party_ok(cand: dict, gold: dict, by_name: bool = False) -> bool:
    if cand.get("id") in gold["ids"]:
        return True
    return by_name and _norm(cand.get("name", "")) in {_norm(n) for n in gold["names"]}


def _norm(name) -> str:
    # Kind words do not change who is meant: "Myadel regions" is "Myadel".
    name = re.sub(r"\b(?:regions?|districts?|oblasts?|krai|territory|province|city|the)\b", " ",
                  str(name).lower().replace('"', " "))
    return " ".join(name.split())


def matches(c: dict, g: dict, tolerance: int = 2, by_name: bool = False) -> bool:
    if c["type"] != g["type"] or abs(c["evidence"]["line"] - g["line"]) > tolerance:
        return False
    a, b = c["source"], c["target"]
    ga, gb = g["parties"]
    if _party_ok(a, ga, by_name) and _party_ok(b, gb, by_name):
        return True
    return not g.get("directed") and _party_ok(a, gb, by_name) and _party_ok(b, ga, by_name)


def evaluate(cands: list[dict], gold: list[dict], by_name: bool = False) -> dict:
    used: set[int] = set()
    tp: dict[str, int] = dict.fromkeys(TYPES, 0)
    fps: list[dict] = []
    for c in sorted(cands, key=lambda c: -c["confidence"]):
        hit = next((i for i, g in enumerate(gold)
                    if i not in used and matches(c, g, by_name=by_name)), None)
        if hit is None:
            fps.append(c)
        else:
            used.add(hit)
            tp[c["type"]] += 1
    report = {}
    for t in TYPES:
        n_c = sum(1 for c in cands if c["type"] == t)
        n_g = sum(1 for g in gold if g["type"] == t)
        report[t] = {"candidates": n_c, "gold": n_g, "matched": tp[t],
                     "precision": tp[t] / n_c if n_c else 0.0,
                     "recall": tp[t] / n_g if n_g else 0.0}
    missed = [g for i, g in enumerate(gold) if i not in used]
    return {"per_type": report, "false_positives": fps, "missed": missed}


def read_gold(path: str) -> tuple[list[dict], tuple[int, int]]:
    """Gold relations of one file and the line range it annotates.

    >>> import tempfile, os
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    >>> _ = f.write('{"annotated_lines": [1, 797]}\\n'); f.close()
    >>> read_gold(f.name)
    ([], (1, 797))
    >>> os.unlink(f.name)
    """
    rows = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines()
            if x.strip()]
    gold = [r for r in rows if "type" in r]
    declared = [r["annotated_lines"] for r in rows if "annotated_lines" in r]
    if declared:
        return gold, (declared[0][0], declared[0][1])
    if not gold:
        raise ValueError(f"{path}: no gold relation and no annotated_lines record")
    return gold, (min(g["line"] for g in gold) - 2, max(g["line"] for g in gold) + 2)


HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "seeds" / "000_c16572a867e56ee7.txt"
PARTS = {"tuning": (1, 1700), "held-out": (1701, 2824)}


def _sum(reports: list[dict]) -> dict:
    out = {}
    for t in TYPES:
        c = sum(r[t]["candidates"] for r in reports)
        g = sum(r[t]["gold"] for r in reports)
        m = sum(r[t]["matched"] for r in reports)
        out[t] = {"candidates": c, "gold": g, "matched": m,
                  "precision": m / c if c else 0.0, "recall": m / g if g else 0.0}
    c = sum(out[t]["candidates"] for t in TYPES)
    g = sum(out[t]["gold"] for t in TYPES)
    m = sum(out[t]["matched"] for t in TYPES)
    out["all"] = {"candidates": c, "gold": g, "matched": m,
                  "precision": m / c if c else 0.0, "recall": m / g if g else 0.0}
    return out


# Folders of our own texts, by part name.
OWN_PARTS = {"own": "own", "own-tune": "own-tune", "own-holdout": "own-holdout",
             "mono-tune": "mono-tune", "fresh": "fresh", "fresh2": "fresh2",
             "fresh3": "fresh3", "fresh4": "fresh4",
             "fresh5": "fresh5", "fresh6": "fresh6", "fresh7": "fresh7",
             "fresh8": "fresh8", "fresh9": "fresh9", "fresh10": "fresh10",
             "fresh11": "fresh11", "fresh12": "fresh12", "fresh13": "fresh13",
             "fresh14": "fresh14", "fresh15": "fresh15", "fresh16": "fresh16",
             "fresh17": "fresh17", "fresh18": "fresh18",
             "fresh19": "fresh19", "fresh20": "fresh20",
             "fresh21": "fresh21", "fresh22": "fresh22",
             "fresh23": "fresh23", "fresh24": "fresh24",
             "fresh25": "fresh25", "fresh26": "fresh26",
             "fresh27": "fresh27", "fresh28": "fresh28",
             "fresh29": "fresh29", "fresh30": "fresh30",
             "fresh31": "fresh31", "fresh32": "fresh32",
             "fresh33": "fresh33", "fresh34": "fresh34",
             "fresh35": "fresh35", "fresh36": "fresh36",
             "fresh37": "fresh37", "fresh38": "fresh38",
             "fresh39": "fresh39", "fresh40": "fresh40",
             "fresh41": "fresh41", "fresh42": "fresh42",
             "fresh43": "fresh43", "fresh44": "fresh44",
             "fresh45": "fresh45", "fresh46": "fresh46"}
ALL_PARTS = (*PARTS, *OWN_PARTS)
# Parts no rule was chosen on: --diagnose prints only aggregate counts for them.
# fresh7 and fresh9 were held out until their blind scores were taken (twelfth and
# thirteenth passes); since the fourteenth they are tuning material, read case by case,
# because texts written by others show failures our own texts do not. fresh10 and
# fresh11 followed in the fifteenth, after their blind scores of the fourteenth, and
# fresh13 and fresh14 in the sixteenth (scored blind in the fifteenth), fresh15 and
# fresh16 in the seventeenth (scored blind in the sixteenth), fresh17 and fresh18 in the
# eighteenth (scored blind in the seventeenth), fresh19 and fresh20 in the nineteenth
# (scored blind in the eighteenth), fresh21 and fresh22 in the twentieth (scored blind
# in the nineteenth), fresh23 and fresh24 in the twenty-first (scored blind in the
# twentieth), fresh25 and fresh26 in the twenty-second (scored blind in the
# twenty-first), fresh27 and fresh28 in the twenty-third (scored blind in the
# twenty-second). fresh33 and fresh34 follow in the twenty-sixth (scored blind in the
# twenty-fifth): fresh33 read case by case, fresh34 (like fresh32 before it) a check read
# by its totals only. fresh35 and fresh36 follow in the twenty-seventh (scored blind in
# the twenty-sixth): fresh35 read case by case, fresh36 a check read by its totals only.
# fresh37 and fresh38 follow in the twenty-eighth (scored blind in the twenty-seventh):
# fresh37 read case by case, fresh38 a check read by its totals only. fresh39 and
# fresh40 follow in the twenty-ninth (scored blind in the twenty-eighth): fresh39 read
# case by case, fresh40 a check read by its totals only. fresh41 and fresh42 follow in
# the thirtieth (scored blind in the twenty-ninth): fresh41 read case by case, fresh42 a
# check read by its totals only. fresh43 and fresh44 follow in the thirty-first (scored
# blind in the thirtieth): fresh43 read case by case, fresh44 a check read by its totals
# only.
HELD_OUT = frozenset({"held-out", "own", "own-holdout", "fresh", "fresh2", "fresh3",
                      "fresh4", "fresh5", "fresh6", "fresh8", "fresh45",
                      "fresh46"})
# Tuning parts read by their totals only: no rule is chosen by reading their cases.
CHECKS = frozenset({"fresh32", "fresh34", "fresh36", "fresh38", "fresh40", "fresh42",
                    "fresh44"})


def gold_documents(part: str) -> list[dict]:
    """The documents of one part as the training scripts read them: per document its
    part, name, file, gold relations in its annotated range, and that range."""
    if part in PARTS:
        lo, hi = PARTS[part]
        gold = []
        for path in sorted((HERE / "gold").glob("belarus-monograph*.jsonl")):
            gold += read_gold(str(path))[0]
        return [{"part": part, "name": "monograph", "file": str(CORPUS),
                 "gold": [g for g in gold if lo <= g["line"] <= hi], "range": (lo, hi)}]
    out = []
    for text in sorted((HERE / "gold" / OWN_PARTS[part]).glob("*.txt")):
        g, rng = read_gold(str(text.with_suffix(".jsonl")))
        out.append({"part": part, "name": f"{part}/{text.stem}", "file": str(text), "gold": g,
                    "range": rng})
    return out


def part_docs(part: str, corpus: Path = CORPUS, observe: bool = False,
              _cache: dict | None = None) -> list[dict]:
    """The documents of one part: per document its name, candidates in the annotated
    range, gold relations, all candidates, and (``observe``) what the extractor
    recognised in each sentence."""
    docs = []
    if part in PARTS:
        cache = _cache if _cache is not None else {}
        if "monograph" not in cache:
            gold = []
            for path in sorted((HERE / "gold").glob("belarus-monograph*.jsonl")):
                gold += read_gold(str(path))[0]
            seen: list = []
            t0 = time.perf_counter()
            result = extract_lines(read_lines(corpus), str(corpus), observe=seen)
            cache["monograph"] = (gold, result.candidates, seen, time.perf_counter() - t0)
        gold, cands, seen, seconds = cache["monograph"]
        lo, hi = PARTS[part]
        docs.append({"name": f"monograph {lo}-{hi}", "seconds": seconds, "all": cands,
                     "cands": [c for c in cands if lo <= c["evidence"]["line"] <= hi],
                     "gold": [g for g in gold if lo <= g["line"] <= hi], "observed": seen})
        return docs
    for text in sorted((HERE / "gold" / OWN_PARTS[part]).glob("*.txt")):
        g, (lo, hi) = read_gold(str(text.with_suffix(".jsonl")))
        seen = []
        cands = extract_lines(read_lines(text), str(text), observe=seen).candidates
        docs.append({"name": text.name, "all": cands, "gold": g, "observed": seen,
                     "cands": [c for c in cands if lo <= c["evidence"]["line"] <= hi]})
    return docs


def suite(corpus: Path = CORPUS, show: tuple[str, ...] = (),
          parts: tuple[str, ...] = ALL_PARTS, diagnose: bool = False,
          details: bool = False) -> dict[str, dict]:
    """Per-type scores of the monograph's tuning and held-out parts and of our own
    texts (the first pass's, the new ones to tune on and held out). ``diagnose`` adds
    each part's miss and false-candidate stages (:func:`diagnose_part`) under
    ``_diagnosis``; ``details`` lists them for parts that are not held out."""
    scores: dict = {"_seconds": 0.0, "_diagnosis": {}}
    cache: dict = {}
    for part in parts:
        docs = part_docs(part, corpus, _cache=cache)
        reports = []
        evs = []
        for d in docs:
            ev = evaluate(d["cands"], d["gold"])
            reports.append(ev["per_type"])
            evs.append(ev)
            if part in show and part not in HELD_OUT | CHECKS:
                print("--", d["name"])
                _show(ev)
        if part in PARTS:
            scores["_seconds"] = docs[0]["seconds"]
        scores[part] = _sum(reports)
        if diagnose:
            scores["_diagnosis"][part] = diagnose_part(
                docs, evs, details=details and part not in HELD_OUT | CHECKS)
    return scores


_KIND = {"region": "place", "city": "place", "company": "company", "org": "organisation",
         "country": "country"}
_LABEL_KIND = {"Region": "place", "City": "place", "Company": "company",
               "Organization": "organisation", "Country": "country"}


def _gold_kind(party: dict) -> str:
    return _KIND.get(party["ids"][0].split(":", 1)[0], "other")


def _name_match(written: str, names: list[str]) -> bool:
    """A mention written like one of the gold party's names: equal once kind words are
    dropped, or one inside the other covering at least half of the longer's words."""
    w = _norm(written).split()
    for name in names:
        n = _norm(name).split()
        if not w or not n:
            continue
        short, long_ = (w, n) if len(w) <= len(n) else (n, w)
        if any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)) \
                and len(short) * 2 >= len(long_):
            return True
    return False


def _window(observed: list[dict], line: int, reach: int = 2) -> list[dict]:
    return [e for e in observed if e["lines"][0] <= line + reach and e["lines"][1] >= line - reach]


def _pairs(c: dict, a: set, b: set) -> bool:
    s, t = c["source"]["id"], c["target"]["id"]
    return (s in a and t in b) or (s in b and t in a)


# The kind a bare unknown name defaults to in each relation type's context
# (``pipeline._resolve_pair``): a town in a twinning, a firm otherwise.
_TYPE_DEFAULT = {"TWINNED_WITH": "City", "SIGNED_AGREEMENT": "Company", "SUPPLIES_TO": "Company"}
# The kind the extractor's first pass reads every mention with (a supply's).
_FIRST_PASS_DEFAULT = "Company"


def _readings(g: dict, doc: dict, win: list[dict]) -> list[tuple[str, str, str]]:
    """(name, id, context) of every reading of a party near the gold relation:
    ``context`` is the relation type whose candidate or pairing read it so, or
    ``"default"`` for the first pass, which reads every mention with the supply
    default (a company) before any relation type is known. Candidates and pairings
    come first: they are what the extractor resolved in a relation's context."""
    lo, hi = g["line"] - 2, g["line"] + 2
    out = [(c[side].get("name", ""), c[side]["id"], c["type"]) for c in doc["all"]
           if lo <= c["evidence"]["line"] <= hi for side in ("source", "target")]
    out += [(name, pid, rel) for e in win for name, pid, _, rel in e.get("typed", ()) if pid]
    out += [(name, pid, "default") for e in win for name, pid, _, _ in e["parties"] if pid]
    return out


def _why(win: list[dict], pid: str) -> tuple[str | None, bool | None]:
    """(reason, resolved) the extractor gave the party ``pid`` in the window (the
    last reading's), or (None, None) when it recorded none."""
    found = (None, None)
    for e in win:
        found = e.get("why", {}).get(pid, found)
    return found


def _as_town(name: str) -> str | None:
    """The id the extractor's resolver gives ``name`` as a twinning's side (a bare
    unknown name is a town there), without the document's discourse."""
    from relgraph.loaders.extract.mentions import Mention
    from relgraph.loaders.extract.parties import default_resolver, resolve_mention

    return resolve_mention(Mention(name, 0, len(name)), default_resolver(), None,
                           _TYPE_DEFAULT["TWINNED_WITH"]).id


def _misread(party: dict, g: dict, doc: dict, win: list[dict],
             found: set) -> tuple[str, str] | None:
    """Why a party named near the gold relation has another id (stage b), from the
    reading made in the most telling context: a relation of the gold's type, then one
    of another type, then the first pass alone. A name the first pass alone read, with
    a default that is not the gold type's, is read again with the type's default: when
    that gives a gold id, the party was not misread, only never paired: ``("ok",
    name)``. Else ``("b", detail)``; None when the name is not seen under another id."""
    want = party["ids"][0]
    slugs = {i.split(":")[0] + ":" + i.rsplit(":", 1)[-1] for i in party["ids"]}
    seen = []
    for name, pid, ctx in _readings(g, doc, win):
        if _name_match(name, party["names"]):
            seen.append((pid, "its name", ctx, name))
        elif pid in found and pid.split(":")[0] + ":" + pid.rsplit(":", 1)[-1] in slugs:
            # A reference or an acronym resolved to the party under another id: the same
            # last part of the id ("company:kz:amkodor" for "company:by:amkodor").
            seen.append((pid, "the same slug", ctx, name))
    if not seen:
        return None
    rank = {g["type"]: 0, "default": 2}
    pid, how, ctx, name = min(seen, key=lambda x: rank.get(x[2], 1))
    if ctx == g["type"]:
        where = f"read so in a {ctx} pairing"
    elif ctx != "default":
        where = f"read so only in a {ctx} pairing"
    elif _TYPE_DEFAULT[g["type"]] == _FIRST_PASS_DEFAULT:
        where = "never paired; read with the type's default kind"
    else:
        again = _as_town(name)
        # A town the gazetteer does not know has no country of its own (``xx``): the
        # pairing gives it the text's, so only its kind and name can be checked here.
        if again in party["ids"] or (again.split(":")[1] == "xx" and any(
                again.split(":")[0] + ":" + again.rsplit(":", 1)[-1] == slug for slug in slugs)):
            return "ok", name
        pid = again
        where = "never paired; only seen with the default kind, read again as a town"
    why = "other kind" if pid.split(":")[0] != want.split(":")[0] else (
        "other country" if pid.split(":")[1:2] != want.split(":")[1:2] else "other name")
    reason, resolved = _why(win, pid)
    text = " ".join(e["text"] for e in win)
    if why == "other country":
        cause = _country_cause(name, pid, party, reason, text)
        cause = (*cause[:2], cause[2] + _elsewhere(name, party, doc))
    elif why == "other name":
        cause = _name_cause(name, pid, party)
    else:
        cause = _kind_cause(name, pid, reason, resolved, g["type"])
    cause = (f"{want.split(':')[0]} {cause[0]}", *cause[1:])
    return "b", f"{want.split(':')[0]} -> {pid.split(':')[0]}, {why} ({where}; by {how})", cause


# -- stage b broken down: counts only, no names, so it is safe on held-out parts ------
_LEGAL_WORDS = frozenset("""jsc ojsc cjsc pjsc ojs llc llp ltd oao zao ooo tov too ao pao
ip uk gmbh ag sa s.a. ad a.d. doo d.o.o. sia uab as oy ab spa srl bv nv inc co corp plc
kft sro zrt""".split())
_GENERIC_HEADS = frozenset("""plant works factory combine company enterprise holding group
mill complex corporation firm""".split())


def _country_code(pid: str) -> str:
    parts = pid.split(":")
    return parts[1].upper() if len(parts) >= 3 else "--"


def _country_cause(name: str, pid: str, party: dict, reason: str | None,
                   text: str) -> tuple[str, str, str]:
    """("other country", "GOLD -> OURS", evidence): which evidence placed the firm,
    from the extractor's reason for the id and the words around the name."""
    pair = f"{_country_code(party['ids'][0])} -> {_country_code(pid)}"
    return "other country", pair, _placement(name, pid, reason, text) + "; " + _named_where(
        _country_code(party["ids"][0]), name, text)


def _elsewhere(name: str, party: dict, doc: dict) -> str:
    """What else could have placed the firm: the gold id read elsewhere in the document
    (another mention placed right), a place of the gold country in its name."""
    out = ""
    if any(pid in party["ids"] for e in doc["observed"] for _, pid, _, _ in e["parties"]):
        out += "; read right elsewhere in the text"
    code = _country_code(party["ids"][0]).lower()
    if _place_in_name(name, code):
        out += "; a place of its country in its name"
    return out


def _place_in_name(name: str, code: str) -> bool:
    from relgraph.loaders.extract.parties import default_resolver

    resolver = default_resolver()
    if resolver is None:
        return False
    for word in re.findall(r"\b[A-Z][a-z][\w'-]{2,}", name):
        for kind in ("City", "Region"):
            try:
                res = resolver.resolve(word, kind=kind, country=code.upper())
            except Exception:  # an odd word is no place
                continue
            if res.resolved and res.label == kind and (res.country or "").lower() == code:
                return True
    return False


def _named_where(code: str, name: str, text: str) -> str:
    """Whether the gold country is written beside the name (within 60 characters: a
    demonym or the country's name), elsewhere in the window, or not at all."""
    from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS

    words = [w for w, c in (*COUNTRY_BY_NAME.items(), *DEMONYMS.items()) if c == code]
    if not words:
        return "its country not written nearby"
    rx = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    at = text.find(name)
    if at >= 0 and rx.search(text[max(0, at - 60):at + len(name) + 60]):
        return "its country written beside the name"
    return "its country written in the window" if rx.search(text) else \
        "its country not written nearby"


def _placement(name: str, pid: str, reason: str | None, text: str) -> str:
    from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS

    reason = reason or ""
    if _country_code(pid) in ("XX", "--"):
        return "none"
    if reason == "a well-known firm":
        return "firm table"
    if reason.startswith("country of the document's"):
        return "the document's default country"
    if reason in ("the other side of a cross-border relation",
                  "a domestic partner of a firm of that country"):
        return "the paragraph's country"
    if reason == "country from the firm's name":
        return "town in its name"
    if reason.startswith(("named by reference", "the text's speaker", "the firm")):
        return "a reference"
    at = text.find(name)
    if at >= 0:
        before = text[max(0, at - 60):at].lower().split()[-4:]
        after = text[at + len(name):at + len(name) + 40]
        countries = {w.lower() for w in (*COUNTRY_BY_NAME, *DEMONYMS)}
        if any(w.strip('",(') in DEMONYMS for w in before) or re.match(
                r"\s*(?:\(|,\s*(?:a|an|the)\s+|\s+from\s+)", after) and any(
                c in after.lower() for c in countries if len(c) > 3):
            return "demonym or country word"
        if re.match(r"\s*(?:,\s*)?(?:of|in|from|based\s+in|near)\s+(?:the\s+)?[A-Z]", after):
            return "'of Town'/'in Town'"
    if reason == "a name the text defined":
        return "a name the text defined"
    return "other"


def _slug(pid: str) -> list[str]:
    return [w for w in pid.rsplit(":", 1)[-1].split("-") if w]


def _name_cause(name: str, pid: str, party: dict) -> tuple[str, str, str]:
    """("other name", difference, ""): how our id's name differs from the gold's."""
    ours = _slug(pid)
    kinds = [_slug_difference(ours, _slug(g)) for g in party["ids"]]
    order = ("quotes", "legal form", "generic head word", "acronym vs full name",
             "a leading word", "a trailing word", "words", "transliteration", "other")
    best = min(kinds, key=lambda k: next(i for i, o in enumerate(order) if k.startswith(o)))
    if '"' in name or "«" in name:
        best = "quotes; " + best
    return "other name", best, ""


def _slug_difference(ours: list[str], gold: list[str]) -> str:
    """How two ids' last parts differ: a legal form kept or dropped, a generic head
    word (plant, works ...) more or less, an acronym against the full name, a leading
    or trailing word more or less, a spelling (transliteration), or other."""
    from difflib import SequenceMatcher

    def extra(long_: list[str], short: list[str]) -> tuple[str, list[str]] | None:
        n = len(short)
        if n and long_[:n] == short:
            return "trailing", long_[n:]
        if n and long_[-n:] == short:
            return "leading", long_[:-n]
        return None

    for long_, short, more in ((ours, gold, "more"), (gold, ours, "less")):
        if len(long_) <= len(short):
            continue
        found = extra(long_, short)
        if found is None:
            continue
        where, words = found
        if all(w in _LEGAL_WORDS for w in words):
            return "legal form " + ("kept" if more == "more" else "dropped")
        if all(w in _GENERIC_HEADS for w in words):
            return f"generic head word {more}"
        return f"a {where} word {more}" if len(words) == 1 else f"a {where} word {more} (several)"
    if set(ours) < set(gold) or set(gold) < set(ours):
        return "words " + ("more" if len(ours) > len(gold) else "less") + " inside the name"
    a, b = "".join(ours), "".join(gold)
    # (initials in another language too: "MZKT" for the Minsk Wheel Tractor Plant)
    for one, many in ((ours, gold), (gold, ours)):
        if len(one) == 1 and len(many) > 1 and len(one[0]) <= 6 and one[0][0] == many[0][0]:
            return "acronym vs full name"
    if SequenceMatcher(None, a, b).ratio() >= 0.75:
        return "transliteration"
    if set(ours) & set(gold):
        return "other, some words shared"
    return "other, no word shared"


_HEAD_CLASSES = (("industrial", {"plant", "works", "factory", "combine", "mill", "mills"}),
                 ("corporate", {"company", "firm", "enterprise", "corporation", "group",
                                "holding", "concern"}),
                 ("infrastructure", {"railway", "railways", "port", "airline", "bank",
                                     "exchange"}))


def _head_class(name: str) -> str:
    """The class of a name's company head noun, never the name: (industrial),
    (corporate), (infrastructure) or (other firm noun)."""
    from relgraph.loaders.extract.firms import COMPANY_NOUNS

    heads = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", name)
             if w.lower() in COMPANY_NOUNS]
    if not heads:
        return ""
    return next((f" ({label})" for label, words in _HEAD_CLASSES if heads[-1] in words),
                " (other firm noun)")


def _kind_cause(name: str, pid: str, reason: str | None, resolved: bool | None,
                rel: str) -> tuple[str, str, str]:
    """("other kind", our kind, why we gave it): the firm table, the gazetteer (a place
    it knows), the name's own head noun, or the relation type's default kind."""
    from relgraph.loaders.extract.firms import name_kind

    ours = pid.split(":")[0]
    label = {"company": "Company", "org": "Organization", "city": "City"}.get(ours)
    if reason == "a well-known firm":
        why = "firm table"
    elif resolved and ours in ("city", "region", "country"):
        why = "gazetteer place"
    elif reason and reason.startswith(("named by reference", "the text's speaker", "the firm")):
        why = "a reference"
    elif label and name_kind(name) == label:
        why = "head noun" + _head_class(name)
    elif label and name_kind(name) is not None:
        why = "head noun of another kind"
    elif label == _TYPE_DEFAULT.get(rel) or (label == "Company" and rel != "TWINNED_WITH"):
        why = "default kind of the relation type"
    else:
        why = "other"
    return "other kind", ours, why


def _miss_stage(g: dict, doc: dict, ev: dict, causes: list | None = None,
                notes: dict | None = None) -> tuple[str, str]:
    """(stage, detail) of one missed gold relation; see :func:`diagnose_part`. For a
    stage-b miss, ``causes`` receives per misread party (difference, detail, evidence):
    see :func:`_country_cause`, :func:`_name_cause`, :func:`_kind_cause`. ``notes``
    receives, for a relation stated in one sentence, that sentence's observation
    (``entry``), the window and whether other pairs came from it."""
    from relgraph.loaders.extract.scorer import triggers

    ga, gb = g["parties"]
    ids_a, ids_b = set(ga["ids"]), set(gb["ids"])
    near = [c for c in doc["all"] if abs(c["evidence"]["line"] - g["line"]) <= 6
            and _pairs(c, ids_a, ids_b)]
    if near:
        same = [c for c in near if c["type"] == g["type"]]
        if not same:
            return "d", "paired, other type (" + "/".join(sorted({c["type"] for c in near})) + ")"
        right = [c for c in same if not g.get("directed") or c["source"]["id"] in ids_a]
        if not right:
            return "d", "paired, wrong direction"
        if any(abs(c["evidence"]["line"] - g["line"]) <= 2 for c in right):
            return "d", "paired, candidate used by another gold relation"
        return "d", "paired, evidence line out of range"
    win = _window(doc["observed"], g["line"])
    found = {pid for e in win for _, pid, _, _ in e["parties"] if pid}
    nearby = {pid for e in _window(doc["observed"], g["line"], 6)
              for _, pid, _, _ in e["parties"] if pid}
    # The ids each sentence of the window recognised; a name the first pass alone
    # read, that the type's context reads as the gold party, counts as that party.
    in_sentence = [{pid for _, pid, _, _ in e["parties"] if pid} for e in win]
    states = []
    for party in (ga, gb):
        kind = _gold_kind(party)
        if found & set(party["ids"]):
            states.append(("ok", kind, None))
            continue
        misread = _misread(party, g, doc, win, found)
        if misread and misread[0] == "ok":
            for e, ids in zip(win, in_sentence, strict=True):
                if any(name == misread[1] for name, _, _, _ in e["parties"]):
                    ids.update(party["ids"])
            states.append(("ok", kind, None))
            continue
        if misread:
            states.append(("b", kind, misread[1], misread[2]))
            continue
        window_text = " ".join(e["text"] for e in win).lower()
        refs = sorted({ref for e in win for _, pid, _, ref in e["parties"] if ref and not pid})
        if any(re.search(r"\b" + re.escape(n.lower()) + r"\b", window_text)
               for n in party["names"]):
            states.append(("a", kind, "named as written, not recognised"))
        elif nearby & set(party["ids"]):
            states.append(("a", kind, "recognised within 6 lines, not in the window"
                                      + (f"; unresolved reference {'/'.join(refs)}" if refs
                                         else "")))
        elif refs:
            states.append(("a", kind, f"not named; unresolved reference {'/'.join(refs)}"))
        else:
            states.append(("a", kind, "not named nearby"))
    if any(st == "a" for st, *_ in states):
        return "a", "; ".join(f"{kind}: {why}" for st, kind, why, *_ in states if st == "a")
    if any(st == "b" for st, *_ in states):
        if causes is not None:
            causes += [x[3] for x in states if x[0] == "b"]
        return "b", "; ".join(x[2] for x in states if x[0] == "b")
    with_trigger = [e for e in win if any(t[0] == g["type"] for t in triggers(e["text"]))]
    if not with_trigger:
        others = any(triggers(e["text"]) for e in win)
        return "e", f"no {g['type']} trigger in the window" + (
            " (another type's trigger is)" if others else "")
    one = [e for e, ids in zip(win, in_sentence, strict=True)
           if e in with_trigger and ids & ids_a and ids & ids_b]
    if not one:
        return "c", "parties in different sentences"
    fired = any(e["lines"][0] <= c["evidence"]["line"] <= e["lines"][1] and c["type"] == g["type"]
                for e in one for c in doc["all"])
    if notes is not None:
        # the sentence nearest the gold line
        notes.update(entry=min(one, key=lambda e: abs(e["lines"][0] - g["line"])), window=win,
                     fired=fired)
    return "c", "one sentence, " + ("other pairs of the type found in it" if fired
                                    else "no candidate of the type from it")


# What a trigger sentence has where the party of another sentence belongs.
_DEFINITE = re.compile(
    r"\b(?i:the|this|these|those|that|both|the two|all three)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?i:plant|company|firm|factory|works|enterprise|holding|group|maker|producer|mill|"
    r"region|oblast|province|krai|territory|city|town|district|republic|country|capital|"
    r"parties|sides|side|partners|cities|towns|regions|districts|capitals|countries|"
    r"municipalities|companies|firms|plants|enterprises|universities|university)\b"
    r"(?!\s+(?:of|in)\s+(?:the\s+)?[A-Z])")
_PRONOUN = re.compile(r"\b(?:it|they|them)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|us|our)\b", re.I)
_POSSESSIVE = re.compile(r"\b(?:its|their)\b|\b(?:the|this)\s+[a-z]+['’]s\b", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:[a-z]+ly\s+)?"
                      r"(?:[a-z]+ed|sold|sent|built|made|shipped|bought|signed|brought|"
                      r"given|taken|drawn|won)\b", re.I)
_VERBLESS = re.compile(r"^\s*(?:among|including|in particular|such as|these are|"
                       r"[-–—•*\d]+[.)]?\s)|:\s*$|^[^:]{0,60}:", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,|;|and|or|as well as|,\s*and)\s*(?:the\s+)?$", re.I)

CROSS_DIMENSIONS = ("distance", "missing role", "missing party there", "in its place",
                    "separated by", "reference", "type, role, in its place")


def _has(entry: dict, party: dict) -> bool:
    ids = set(party["ids"])
    return any(pid in ids or _name_match(name, party["names"])
               for name, pid, _, _ in entry["parties"] if name)


def _spans_of(entry: dict, party: dict) -> list[tuple[int, int]]:
    ids = set(party["ids"])
    text = entry["text"]
    return [(a, b) for a, b, pid in entry.get("spans", ())
            if pid in ids or (pid and _name_match(text[a:b], party["names"]))]


def _topic(observed: list[dict], upto: int, paragraph) -> set:
    """The ids the paragraph named most often in its sentences up to ``upto``."""
    counts: dict = {}
    for e in observed:
        if e.get("paragraph") == paragraph and e.get("index", 0) < upto:
            for _, _, pid in e.get("spans", ()):
                if pid:
                    counts[pid] = counts.get(pid, 0) + 1
    if not counts:
        return set()
    top = max(counts.values())
    return {pid for pid, n in counts.items() if n == top and n >= 2}


def _in_list(text: str, spans: list, named: list) -> bool:
    """A mention beside another with only a comma, "and" or "or" between them."""
    for a, b in spans:
        for c, d in named:
            if (c, d) == (a, b):
                continue
            if b <= c and c - b <= 12 and _LIST_GAP.match(text[b:c]):
                return True
            if d <= a and a - d <= 12 and _LIST_GAP.match(text[d:a]):
                return True
    return False


def cross_sentence_shape(g: dict, doc: dict) -> dict[str, str | list[str]]:
    """The shape of a relation whose parties stand in different sentences, in counts
    only (safe to print for a held-out part): how far apart they are, which role the
    trigger's sentence leaves out, what the missing party is in its own sentence (its
    subject, its last-named party, the paragraph's topic, part of a list: a list of
    flags), what the trigger's sentence has in its place, and whether a paragraph or
    list item separates them."""
    from relgraph.loaders.extract.scorer import triggers

    observed = doc["observed"]
    win = _window(observed, g["line"])
    with_trigger = [e for e in win if any(t[0] == g["type"] for t in triggers(e["text"]))]
    roles = ("supplier", "recipient") if g["type"] == "SUPPLIES_TO" else \
        ("first party", "second party")
    ga, gb = g["parties"]
    out: dict = {}
    holding = [e for e in with_trigger if _has(e, ga) or _has(e, gb)]
    pool = holding or with_trigger or win
    if not pool:
        return {"distance": "no sentence in the window"}
    t = min(pool, key=lambda e: abs(e["lines"][0] - g["line"]))
    if _has(t, ga) and not _has(t, gb):
        missing, role = gb, roles[1]
    elif _has(t, gb) and not _has(t, ga):
        missing, role = ga, roles[0]
    else:
        missing = gb
        together = any(_has(e, ga) and _has(e, gb) for e in win)
        role = "both: named together in a sentence without the trigger" if together else \
            "both: neither in the trigger's sentence"
    out["missing role"] = role
    ti = t.get("index", 0)
    others = [e for e in observed if e is not t and abs(e.get("index", 0) - ti) <= 8
              and _has(e, missing) and (not role.startswith("both: named") or _has(e, ga))]
    if not others:
        out["distance"] = "not named within 8 sentences"
        m = None
    else:
        m = min(others, key=lambda e: (abs(e.get("index", 0) - ti), e.get("index", 0) > ti))
        d = m.get("index", 0) - ti
        out["distance"] = (f"{-d} before" if d < 0 else f"{d} after") if abs(d) <= 2 else \
            ("3+ before" if d < 0 else "3+ after")
        out["separated by"] = "same paragraph" if m.get("paragraph") == t.get("paragraph") \
            else "paragraph or list item"
        flags = []
        spans = _spans_of(m, missing)
        named = sorted((a, b) for a, b, pid in m.get("spans", ()) if pid)
        if m.get("actor") in set(missing["ids"]) or (spans and named and spans[0] == named[0]):
            flags.append("subject")
        if spans and named and spans[-1] == named[-1]:
            flags.append("last-named")
        if set(missing["ids"]) & _topic(observed, ti, t.get("paragraph")):
            flags.append("paragraph topic")
        text = m["text"]
        if _in_list(text, spans, named):
            flags.append("in a list")
        if text.rstrip().endswith((":", "-", "–", "—")):
            flags.append("lead-in ends with a colon or dash")
        out["missing party there"] = flags or ["none of these"]
    text = t["text"]
    refs = [t["text"][a:b] for a, b, pid in t.get("spans", ()) if pid is None]
    if refs:
        r = refs[0].lower()
        place = "possessive" if r.endswith(("'s", "’s")) or r in ("its", "their") else \
            "first person (we/us/our)" if r.split()[0] in ("we", "us", "our") else \
            "pronoun" if r in ("it", "they", "them", "he", "she") else \
            "definite description"
    elif _DEFINITE.search(text):
        place = "definite description"
    elif _POSSESSIVE.search(text):
        place = "possessive"
    elif _PRONOUN.search(text):
        place = "pronoun"
    elif _FIRST_PERSON.search(text):
        place = "first person (we/us/our)"
    elif _VERBLESS.search(text) or (m is not None and m["text"].rstrip().endswith(":")):
        place = "nothing: a list or verbless run"
    elif _PASSIVE.search(text):
        place = "nothing: an agentless passive"
    else:
        place = "nothing: other"
    out["in its place"] = place
    # Was the reference read as a party at all: resolved (to another party, as the
    # relation was missed), or left unresolved; none when no reference was recognised.
    if refs:
        texts = {r.lower() for r in refs}
        took = [pid for name, pid, _, ref in t["parties"] if ref and pid and name.lower() in texts]
        out["reference"] = "resolved to another party" if took else "unresolved"
    else:
        out["reference"] = "no reference recognised"
    out["type, role, in its place"] = f"{g['type']} {role} <- {place}"
    return out


def _false_stage(c: dict, doc: dict, used_gold: list[dict]) -> tuple[str, str]:
    """(stage, detail) of one false candidate; see :func:`diagnose_part`."""
    line = c["evidence"]["line"]
    gold = doc["gold"]
    near = [g for g in gold if abs(g["line"] - line) <= 2]
    s = c["source"]["id"]
    same_pair = [g for g in gold if abs(g["line"] - line) <= 10 and
                 _pairs(c, set(g["parties"][0]["ids"]), set(g["parties"][1]["ids"]))]
    typed = [g for g in same_pair if g["type"] == c["type"]]
    if typed:
        if any(g.get("directed") and s not in g["parties"][0]["ids"] for g in typed) and not any(
                not g.get("directed") or s in g["parties"][0]["ids"] for g in typed):
            return "wrong direction", c["type"]
        if any(abs(g["line"] - line) <= 2 for g in typed):
            return "duplicate", c["type"]
        return "evidence line out of range", c["type"]
    if any(abs(g["line"] - line) <= 2 for g in same_pair):
        return "wrong type", f"{c['type']} for " + "/".join(sorted({g["type"] for g in same_pair}))
    ids = {i for g in near for p in g["parties"] for i in p["ids"]}
    stray = [p for p in (c["source"], c["target"]) if p["id"] not in ids]
    if not stray:
        return "wrong pair", c["type"]
    parts = []
    for p in stray:
        kind = _LABEL_KIND.get(p.get("kind"), p.get("kind"))
        named = any(_name_match(p["name"], q["names"]) for g in near for q in g["parties"])
        parts.append(f"{kind}{' (a gold party under another id)' if named else ''}")
    return ("no gold party" if len(stray) == 2 else "one party in no gold relation"), \
        ", ".join(parts)


def diagnose_part(docs: list[dict], evs: list[dict], details: bool = False) -> dict:
    """Where each missed gold relation was lost and why each false candidate is false.

    Misses: (a) a gold party has no recognised mention in the evidence window (the
    sentences within two lines of the gold line), split by the party's kind and by
    whether its name is written there, a reference stands there unresolved, or
    neither; (b) both named, one resolved to another id (which kinds); (c) both
    recognised and resolved right, a trigger of the type in the window, no candidate
    pairs them (both in one sentence or not); (d) a candidate pairs them within six
    lines but with another type, direction or an evidence line out of range;
    (e) both recognised, no trigger word of the type in the window. False
    candidates: a party in no gold relation within two lines (which kind, whether it
    is a gold party under another id), a wrong pair, a wrong type, a wrong direction,
    an evidence line out of range, a duplicate.
    """

    from sentence_losses import breakdown  # (a sibling module)

    misses: Counter = Counter()
    false: Counter = Counter()
    cross: Counter = Counter()
    b_causes: Counter = Counter()
    sentences: Counter = Counter()
    lines: list[str] = []
    for doc, ev in zip(docs, evs, strict=True):
        for g in ev["missed"]:
            causes: list = []
            notes: dict = {}
            stage, why = _miss_stage(g, doc, ev, causes, notes)
            b_causes.update(causes)
            misses[(stage, g["type"], why)] += 1
            if "entry" in notes:
                which = "other pairs found" if notes["fired"] else "no candidate"
                sentences[(which, g["type"], "all", "")] += 1
                for question, answer in breakdown(g, notes["entry"], notes["window"],
                                                  doc["all"], notes["fired"]):
                    sentences[(which, g["type"], question, answer)] += 1
            if stage == "c" and why == "parties in different sentences":
                cross[("all", g["type"])] += 1
                shape = cross_sentence_shape(g, doc)
                for dim, value in shape.items():
                    for v in ([value] if isinstance(value, str) else value):
                        cross[(dim, v)] += 1
                if details:
                    lines.append(f"CROSS {g['type']} {doc['name']}:{g['line']} " + "; ".join(
                        f"{k}: {v if isinstance(v, str) else '+'.join(v)}"
                        for k, v in shape.items()))
            if details:
                a, b = g["parties"]
                lines.append(f"MISS {stage} {g['type']} {doc['name']}:{g['line']} "
                             f"{a['names'][0]} | {b['names'][0]}: {why}")
        for c in ev["false_positives"]:
            stage, why = _false_stage(c, doc, doc["gold"])
            false[(stage, c["type"], why)] += 1
            if details:
                lines.append(f"FALSE {stage} {c['type']} {doc['name']}:{c['evidence']['line']} "
                             f"{c['source']['name']} ({c['source']['id']}) -> "
                             f"{c['target']['name']} ({c['target']['id']}) "
                             f"[{c.get('rule')}]: {why}")
    return {"misses": misses, "false": false, "cross": cross, "details": lines,
            "b_causes": b_causes, "sentences": sentences}


def print_diagnosis(diagnosis: dict) -> None:
    """Aggregate counts per part (stage, type, reason), then the details of parts that
    are not held out."""
    for part, d in diagnosis.items():
        for title, counts in (("misses", d["misses"]), ("false candidates", d["false"])):
            total = sum(counts.values())
            print(f"== {part}: {total} {title}")
            by_stage: dict = {}
            for (stage, _, _), n in counts.items():
                by_stage[stage] = by_stage.get(stage, 0) + n
            for stage in sorted(by_stage):
                print(f"  {stage}: {by_stage[stage]}" + (
                    _b_contexts(counts) if stage == "b" and title == "misses" else ""))
                for (st, rel, why), n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
                    if st == stage:
                        print(f"      {n:3d}  {rel:17} {why}")
                if stage == "b" and title == "misses" and d.get("b_causes"):
                    print("    b by cause (per misread party):")
                    for (diff, detail, evidence), n in sorted(
                            d["b_causes"].items(), key=lambda x: (x[0][0], -x[1], x[0])):
                        print(f"      {n:3d}  {diff}: {detail}" + (f" [{evidence}]" if evidence
                                                                 else ""))
        print_sentences(part, d.get("sentences", {}))
        if d.get("cross"):
            print_cross(part, d["cross"])
        for line in d["details"]:
            print("  " + line)
    held = [d["cross"] for part, d in diagnosis.items() if part in HELD_OUT and d.get("cross")]
    if len(held) > 1:
        print_cross("held-out parts pooled", sum(held, Counter()))


def print_cross(part: str, cross) -> None:
    """Counts of the shapes of cross-sentence misses (:func:`cross_sentence_shape`)."""
    total = sum(n for (dim, _), n in cross.items() if dim == "all")
    per_type = ", ".join(f"{t} {n}" for (dim, t), n in sorted(cross.items()) if dim == "all")
    print(f"== {part}: {total} misses with parties in different sentences ({per_type})")
    for dim in CROSS_DIMENSIONS:
        values = sorted(((v, n) for (d, v), n in cross.items() if d == dim),
                        key=lambda x: (-x[1], x[0]))
        if values:
            note = " (flags, may overlap)" if dim == "missing party there" else ""
            if dim.startswith("type,"):
                print(f"    {dim}:" + "".join(f"\n        {v} {n}" for v, n in values))
            else:
                print(f"    {dim}{note}: " + ", ".join(f"{v} {n}" for v, n in values))


def print_sentences(part: str, counts) -> None:
    """The single-sentence misses of stage c, by question and answer (counts only; see
    ``sentence_losses.py``)."""
    for which in ("no candidate", "other pairs found"):
        for rel in TYPES:
            total = counts.get((which, rel, "all", ""), 0)
            if not total:
                continue
            print(f"== {part}: stage c, one sentence, {which}: {rel} {total}")
            by_q: dict = {}
            for (w, r, q, a), n in counts.items():
                if w == which and r == rel and q != "all":
                    by_q.setdefault(q, []).append((a, n))
            for q, answers in by_q.items():
                print(f"      {q}: " + ", ".join(f"{a} {n}" for a, n in
                                                 sorted(answers, key=lambda x: (-x[1], x[0]))))


def _b_contexts(counts) -> str:
    """Stage b's misses by the context the other id was read in: a pairing of the gold's
    type (a true misreading), only one of another type, or never paired (the first
    pass's reading: it is also a pairing loss)."""
    ctx = {"in the type's pairing": 0, "in another type's only": 0, "never paired": 0}
    for (stage, _, why), n in counts.items():
        if stage != "b":
            continue
        if "read so in a" in why:
            ctx["in the type's pairing"] += n
        elif "read so only in a" in why:
            ctx["in another type's only"] += n
        else:
            ctx["never paired"] += n
    return " (" + ", ".join(f"{k}: {v}" for k, v in ctx.items()) + ")"


def _show(ev: dict) -> None:
    for c in ev["false_positives"]:
        s, t = c["source"], c["target"]
        print("FP", c["type"], c["evidence"]["line"], s["name"], "|", s["id"],
              "->", t["name"], "|", t["id"], c.get("rule"))
    for g in ev["missed"]:
        a, b = g["parties"]
        print("MISS", g["type"], g["line"], a["ids"][0], b["ids"][0],
              "|", a["names"][0], "|", b["names"][0])


def print_suite(scores: dict) -> None:
    print(f"monograph extraction {scores['_seconds']:.2f} s (gazetteer load included)")
    print(f"{'part':11} {'type':18} {'cand':>5} {'gold':>5} {'match':>5} {'P':>5} {'R':>5}")
    for part, per in scores.items():
        if part.startswith("_"):
            continue
        for t, r in per.items():
            print(f"{part:11} {t:18} {r['candidates']:5d} {r['gold']:5d} {r['matched']:5d} "
                  f"{r['precision']:5.2f} {r['recall']:5.2f}")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--suite":
        show = tuple(a.removeprefix("--show-") for a in argv[1:] if a.startswith("--show-"))
        parts = ALL_PARTS
        if "--parts" in argv:
            parts = tuple(argv[argv.index("--parts") + 1].split(","))
            unknown = set(parts) - set(ALL_PARTS)
            if unknown:
                print(f"unknown part(s) {', '.join(sorted(unknown))}; parts: "
                      f"{', '.join(ALL_PARTS)}", file=sys.stderr)
                return 2
        if any(p in HELD_OUT | CHECKS for p in show):
            print("held-out and check parts list no misses (use --diagnose for their counts)",
                  file=sys.stderr)
            return 2
        diagnose = "--diagnose" in argv
        scores = suite(show=show, parts=parts, diagnose=diagnose, details="--details" in argv)
        print_suite(scores)
        if diagnose:
            print_diagnosis(scores["_diagnosis"])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--from-line", type=int)
    ap.add_argument("--to-line", type=int)
    ap.add_argument("--show", action="store_true", help="list false positives and misses")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    result = extract_file(args.corpus)
    elapsed = time.perf_counter() - t0
    for path in args.gold:
        gold, (lo, hi) = read_gold(path)
        lo = max(lo, args.from_line or lo)
        hi = min(hi, args.to_line or hi)
        if lo > hi:
            continue
        print(f"== {Path(path).name}")
        _report(result.candidates, [g for g in gold if lo <= g["line"] <= hi], lo, hi,
                elapsed, args.show)
    return 0


def _report(all_cands: list[dict], gold: list[dict], lo: int, hi: int, elapsed: float,
            show: bool) -> None:
    cands = [c for c in all_cands if lo <= c["evidence"]["line"] <= hi]
    ev = evaluate(cands, gold)
    loose = evaluate(cands, gold, by_name=True)
    print(f"lines {lo}-{hi}: {len(cands)} candidates, {len(gold)} gold relations, "
          f"extraction {elapsed:.2f} s (gazetteer load included)")
    print(f"{'type':18} {'cand':>5} {'gold':>5} {'match':>5} {'precision':>9} {'recall':>7}"
          f"   by id or name: {'P':>4} {'R':>5}")
    for t, r in ev["per_type"].items():
        lr = loose["per_type"][t]
        print(f"{t:18} {r['candidates']:5d} {r['gold']:5d} {r['matched']:5d} "
              f"{r['precision']:9.2f} {r['recall']:7.2f}"
              f"   {'':14}{lr['precision']:4.2f} {lr['recall']:5.2f}")
    if show:
        _show(ev)


if __name__ == "__main__":
    sys.exit(main())

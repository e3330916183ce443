"""A contract signed with a partner, then the supply it is for in a clause joined to it:
"A signed a supply contract with B, under which the German firm will deliver units to its
partner", "A signed a contract with B and shipped its first lots to B", "A signed a
contract with B, which is supplying turbines for the new park". The gold reads such a
contract as a signing and a supply (convention K): the supplier is the subject of the
verb of supply (the signer when the subject is left out, the partner after ", which",
the party named or described after "under which"; a pronoun subject, as in "with B,
which it has supplied since" or "and it will deliver", goes on with the signer unless
the signer is the writer's "we"), the recipient the other party, unless
the clause names a recipient of its own. A contract for carriage, distribution or
services moves no goods of its own between the two and is left alone."""

from __future__ import annotations

import re

from relgraph.loaders.extract.countries import DEMONYMS
from relgraph.loaders.extract.hits import Hit

_FIRM_LABELS = frozenset(("Company", "Organization"))
_BUYING_PLACES = frozenset(("City", "Region"))

# The partner: the mention right after "with" (perhaps after "the Hong Kong buyer").
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$")

# What follows the partner (its seat, a description, a date) up to the joined clause.
_FOLLOW = re.compile(
    r"(?P<gap>[^;:()]{0,90}?)"
    r"(?:,?\s*(?:to\s+)?which\s+(?P<objpron>it|they|we)\s+"
    # (", which the Romanian firm began delivering": the goods, delivered by the subject)
    r"|,\s*which\s+(?P<objsubj>the\s+(?-i:[A-Z][\w-]+)\s+(?:[a-z-]+\s+)?(?:firm|company"
    r"|group|partner|side|maker|manufacturer|supplier|producer|utility)"
    r"|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))\s+(?=(?:(?:will|would|shall|is|are|was"
    r"|were|has|have|had|also|now|already|soon|to|be|been|begin|began|start|started)\s+){0,3}"
    r"(?:suppl|deliver|ship))"
    r"|,\s*(?P<which>which)\s+"
    r"|,?\s+under\s+which\s+(?P<subj>[^,;:]{1,50}?)\s+"
    r"|,?\s+and\s+(?:then\s+|also\s+|later\s+|in\s+[\w-]+\s+)?"
    r"(?:(?P<pron>it|they|we)\s+"
    r"|(?P<named>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+)?))"
    r"(?P<aux>(?:(?:will|would|shall|is|are|was|were|has|have|had|also|now|already|soon"
    r"|since|to|be|been|begin|began|start|started)\s+){0,3})"
    r"(?P<verb>suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|sell(?:s|ing)?"
    r"|sold|export(?:s|ed|ing)?)\b(?P<rest>[^;:]{0,140})")

# A recipient of the clause's own: "to" (not "up to") and what follows it.
_TO = re.compile(r"(?<!\bup )\bto\s+(?P<rec>[^,;:]{1,60})")
# A recipient that only refers back to the pair: a pronoun, "its South African partner",
# "the Chinese feed maker", "the Thai grid".
_BACK = re.compile(
    r"(?:it|them|us|him|her)\b|(?:its|their|our|the|that|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partner|customer|client|buyer|firm|company|group|maker|manufacturer|producer"
    r"|plant|utility|grid|operator|importer|distributor|retailer|chain)s?\b")
# "the German firm": a description carrying the party's country.
_DESCRIBED = re.compile(r"the\s+(?P<adj>[A-Z][\w-]+)\s+(?:[a-z-]+\s+)?"
                        r"(?:firm|company|group|partner|side|maker|manufacturer|supplier"
                        r"|producer|utility)")
# Contracts that move no goods of their own between the two.
_NO_GOODS = re.compile(r"\b(?:freight|transport|shipping|logistics|distribution|services?"
                       r"|research|consult\w*|licen[cs]e|training|maintenance|leas(?:e|ing))\b",
                       re.I)


def supplies_after_signing(text: str, hits: list, resolved: list) -> list:
    """The supplies the joined clause states for each signing between two firms."""
    out = []
    have = {(pa.id, pb.id) for h, (pa, pb) in zip(hits, resolved, strict=True)
            if h.rel_type == "SUPPLIES_TO"}
    for h, pair in zip(hits, resolved, strict=True):
        labels = {p.label for p in pair}
        # (a town or region that contracts a firm buys from it: only a firm it names
        # as the supplier makes the supply)
        if h.rel_type != "SIGNED_AGREEMENT" or not labels <= _FIRM_LABELS | _BUYING_PLACES \
                or not labels & _FIRM_LABELS or pair[0].id == pair[1].id \
                or _NO_GOODS.search(h.title or ""):
            continue
        found = _clause_supply(text, h, pair)
        if found is None or (found[0][1][0].id, found[0][1][1].id) in have:
            continue
        found, named = found
        if not labels <= _FIRM_LABELS and (found[1][0].label not in _FIRM_LABELS or not named):
            continue
        have.add((found[1][0].id, found[1][1].id))
        out.append(found)
    return out


def _clause_supply(text: str, h, pair):
    """The supply ((hit, parties), whether the clause names its supplier) of the clause
    after the signing's partner, if any."""
    sides = [(h.a, pair[0]), (h.b, pair[1])]
    partner = [i for i, (m, _) in enumerate(sides)
               if _WITH_BEFORE.search(text, max(0, m.start - 60), m.start)]
    if len(partner) != 1:
        return None
    (pm, pp), (sm, sp) = sides[partner[0]], sides[1 - partner[0]]
    f = _FOLLOW.match(text, max(pm.end, sm.end))
    # (a legal form's stop ends no clause: "with B Co., Ltd. and shipped")
    if f is None or re.search(r"\.\s|\bwith\b", f.group("gap").lstrip(".")) \
            or _NO_GOODS.search(text, max(0, h.trigger[0] - 40), pm.start):
        return None
    pron = f.group("objpron") or f.group("pron")
    if pron is not None:
        # ("with B, which it has supplied since", "with B, and it will deliver"): the
        # pronoun goes on with the signer, unless the signer is the writer's "we"
        supplier = _pronoun_side(pron, (sm, sp), (pm, pp))
    elif f.group("which"):
        supplier = (pm, pp)
    elif f.group("subj") is not None or f.group("named") is not None \
            or f.group("objsubj") is not None:
        # ("under which the German firm will deliver", "and Siemens has supplied")
        supplier = _named_side((f.group("subj") or f.group("named")
                                or f.group("objsubj")).strip(), sides)
    elif sm.start < h.trigger[0]:
        supplier = (sm, sp)     # (the signer, subject of both verbs)
    else:
        supplier = None
    if supplier is None:
        return None
    recipient = sides[1] if supplier[0] is sides[0][0] else sides[0]
    to = _TO.search(f.group("rest"))
    if to is not None and not (_BACK.match(to.group("rec"))
                               or _names(to.group("rec"), recipient[0].text)
                               or (_FIRST_PERSON.fullmatch(recipient[0].text)
                                   and re.match(r"(?:our|us)\b", to.group("rec")))):
        return None     # (a recipient of its own: "to supermarkets in Almaty")
    hit = Hit("SUPPLIES_TO", supplier[0], recipient[0], f.span("verb"), 0.6,
              "supply after signing", extra={"goods": None, "value_usd": None})
    named = any(f.group(g) is not None for g in ("subj", "named", "objsubj"))
    return (hit, (supplier[1], recipient[1])), named


_FIRST_PERSON = re.compile(r"(?i:we|us|our)")


def _pronoun_side(pron: str, signer, partner):
    """The side a pronoun subject of the joined clause stands for: "we" the writer's
    side, "it"/"they" the signer (the subject carried on) unless the signer is "we"."""
    first = [s for s in (signer, partner) if _FIRST_PERSON.fullmatch(s[0].text)]
    if pron == "we":
        return first[0] if len(first) == 1 else None
    if first and first[0] is signer:
        return partner
    return None if first else signer


def _named_side(subj: str, sides: list):
    """The side the subject after "under which" names ("Frankenwatt") or describes by
    its country ("the German firm")."""
    for m, p in sides:
        if _names(subj, m.text):
            return m, p
    d = _DESCRIBED.fullmatch(subj)
    if d is None:
        return None
    code = DEMONYMS.get(d.group("adj").lower())
    match = [(m, p) for m, p in sides if code and p.id.split(":")[1:2] == [code.lower()]]
    if len(match) > 1:
        # ("the Bulgarian firm" of a Bulgarian town's contract: the firm)
        match = [(m, p) for m, p in match if p.label in _FIRM_LABELS]
    return match[0] if len(match) == 1 else None


def _names(words: str, name: str) -> bool:
    """Whether ``words`` start with the name's first word ("Alder" for Alder Retail Ltd)."""
    first = name.split()[0] if name.split() else ""
    words = re.sub(r"^the\s+", "", words)   # ("to the Maasvlakte")
    return len(first) > 2 and first[0].isupper() and words.startswith(first)


# "..., with first shipments of tea planned for July", "; first deliveries to the Lyon
# firm are scheduled for spring", "and the first consignments will follow in May": the
# goods the signing is for, still to go.
_FIRST_GOODS = re.compile(
    r"(?P<gap>[^.;:]{0,100}?)(?:;\s+|,\s+(?:and\s+|with\s+)?|\s+with\s+|\s+and\s+)"
    r"(?:the\s+)?(?:first|initial)\s+(?P<verb>deliveries|shipments|supplies|consignments"
    r"|batch(?:es)?|lots?)\b(?P<rest>[^;:]{0,140}?)(?=[.;:]\s|[.;:]?$)")
# A recipient written after the goods: "to the Shanghai company", "to that company".
_GOODS_TO = re.compile(r"(?<!\bup )\bto\s+(?P<rec>(?:that|this|the)\s+[\w'’ -]{1,40}"
                       r"|[A-Z][^,;:]{1,60})")
_THAT_FIRM = re.compile(r"(?:that|this|the)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|partner"
                        r"|buyer|customer|client|importer|distributor|group|winery|mill"
                        r"|retailer|chain|wholesaler)\b")
_PURCHASE = re.compile(r"\bpurchas", re.I)


def first_deliveries(text: str, hits: list, resolved: list) -> tuple[list, set]:
    """The planned supply a signing between two firms is for, when a clause after the
    partner tells its first deliveries: the signer supplies the partner it signed "with"
    (the partner the signer when the document is a purchase); a recipient the clause
    writes decides instead when it is the partner ("to the Shanghai company") and
    leaves the supply to other rules when it is anyone else ("to China"). Returns the
    new (hit, parties) and the indices of the hits the clause's own reading turns round
    (a supply the other way read from the same clause, "to that company" taken for the
    signer)."""
    out: list = []
    drop: set[int] = set()
    have = {(pa.id, pb.id): i for i, (h, (pa, pb)) in enumerate(zip(hits, resolved, strict=True))
            if h.rel_type == "SUPPLIES_TO"}
    for h, pair in zip(hits, resolved, strict=True):
        if h.rel_type != "SIGNED_AGREEMENT" or not {p.label for p in pair} <= _FIRM_LABELS \
                or pair[0].id == pair[1].id:
            continue
        sides = [(h.a, pair[0]), (h.b, pair[1])]
        partner = [i for i, (m, _) in enumerate(sides)
                   if _WITH_BEFORE.search(text, max(0, m.start - 60), m.start)]
        if len(partner) != 1:
            continue
        (pm, pp), (sm, sp) = sides[partner[0]], sides[1 - partner[0]]
        f = _FIRST_GOODS.match(text, max(pm.end, sm.end))
        if f is None or re.search(r"\bwith\s+(?-i:[A-Z])", f.group("gap")):
            continue
        to = _GOODS_TO.search(f.group("rest"))
        if to is not None and not (_THAT_FIRM.match(to.group("rec"))
                                   or _names(to.group("rec"), pm.text)):
            continue   # (a recipient of its own)
        bought = to is None and (_PURCHASE.search(h.title or "")
                                 or _PURCHASE.search(text, max(0, h.trigger[0] - 30), pm.start))
        supplier, recipient = ((pm, pp), (sm, sp)) if bought else ((sm, sp), (pm, pp))
        back = have.get((recipient[1].id, supplier[1].id))
        if back is not None:
            if to is None or not f.start("verb") <= hits[back].trigger[0] < f.end():
                continue   # (the other way round, said elsewhere in the sentence)
            drop.add(back)
        if (supplier[1].id, recipient[1].id) in have:
            continue   # (read already, by the document's kind: "a distribution agreement")
        have[(supplier[1].id, recipient[1].id)] = -1
        out.append((Hit("SUPPLIES_TO", supplier[0], recipient[0], f.span("verb"), 0.6,
                        "first deliveries", extra={"goods": None, "value_usd": None,
                                                   "status": "planned"}),
                    (supplier[1], recipient[1])))
    return out, drop

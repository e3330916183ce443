"""Candidates of short test texts, as the extraction tests read them."""

from relgraph.loaders.extract import extract_text
from relgraph.loaders.extract.parties import text_resolver
from relgraph.loaders.extract.pipeline import extract_lines

RESOLVER = text_resolver()

# A fruit exporter's own report, its head lines: a test sentence after it is the firm's.
FRUIT_REPORT_HEAD = ("Vellamo Fruit Export Ltd — Annual Report 2024\n"
                     "Section 3: Partners\n\n"
                     "In 2024 we packed 50,000 tonnes of apples at our three stations.\n")
FRUIT_FIRM = "company:xx:vellamo-fruit-export"


def candidates(text, resolver=RESOLVER) -> list[dict]:
    return extract_text(text, "t.txt", resolver=resolver).candidates


def pairs(text, rel_type, key="id", resolver=RESOLVER) -> list[tuple]:
    """``(source, target)`` of each candidate of ``rel_type``, by ``key`` (id or name)."""
    return [(r["source"][key], r["target"][key]) for r in candidates(text, resolver)
            if r["type"] == rel_type]


def charter_signings(text, resolver=RESOLVER) -> list[tuple]:
    """``(source, target, kind)`` of each signing the extractor reads as the signing of a
    twinning's own charter (a twinning a signed document makes is also that document's
    signing)."""
    from relgraph.loaders.extract.twin_documents import RULE

    return [(r["source"]["id"], r["target"]["id"], r["document"]["kind"])
            for r in candidates(text, resolver) if r["rule"] == RULE]


def undirected_id_pairs(text, rel_type) -> list[tuple]:
    """The two ids of each candidate of ``rel_type`` in sorted order, the pairs sorted."""
    return sorted(tuple(sorted(pair)) for pair in pairs(text, rel_type))


def party_ids(text) -> set[str]:
    """The ids of every party of every candidate of ``text``."""
    return {r[side]["id"] for r in candidates(text) for side in ("source", "target")}


def named_pairs(text, rel_type) -> set[tuple]:
    """Names as written of the candidates of ``rel_type``: ``(supplier, recipient)`` for
    supplies, else the two names in sorted order."""
    return {pair_key(rel_type, a, b) for a, b in pairs(text, rel_type, key="name")}


def pair_key(rel_type, a, b) -> tuple:
    """``(a, b)`` as :func:`named_pairs` gives it."""
    return (a, b) if rel_type == "SUPPLIES_TO" else tuple(sorted((a, b)))


def blind_pairs(text, rel_type="SUPPLIES_TO") -> set[tuple]:
    """``(source, target)`` ids of the candidates of ``rel_type``, a firm's without its
    country (:func:`firm_blind`)."""
    return {(firm_blind(a), firm_blind(b)) for a, b in pairs(text, rel_type)}


def firm_blind(node_id: str) -> str:
    """``node_id`` with a firm's country left out (``company:xx:maz``): where a firm is
    placed is the party recogniser's business, not that of a test of pairing."""
    parts = node_id.split(":")
    return f"company:xx:{parts[-1]}" if parts[0] == "company" else node_id


def id_pair_set(text, rel_type="TWINNED_WITH") -> set[frozenset]:
    """The two ids of each candidate of ``rel_type``, unordered, the text read line by
    line as a file is (its layout kept)."""
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == rel_type}


def pairs_with(own, *partners) -> set[frozenset]:
    """``own`` paired with each partner, as :func:`id_pair_set` gives them."""
    return {frozenset((own, p)) for p in partners}

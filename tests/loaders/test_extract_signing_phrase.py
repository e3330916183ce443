"""A phrase of signing without a subject of its own ("By signing an agreement ..., A
and B ...", "A and B, having signed a roadmap ...") in long sentences of a monograph:
its signers are the main clause's subject, and the intention words of a clause about
the document ("which was to open the market") are no intention to sign. Written for
these tests; the negatives must give no agreement."""

import pytest
from extract_candidates import candidates

AGREEMENT = "SIGNED_AGREEMENT"


def agreements(text: str) -> list[tuple[str, str]]:
    return sorted(tuple(sorted((r["source"]["id"], r["target"]["id"]))) for r in candidates(text)
                  if r["type"] == AGREEMENT)


@pytest.mark.parametrize("text,want", [
    ("By signing in 2015 an agreement on the joint production of trucks, which was to open "
     "the Indian market to Belarusian machinery, Belarus and India laid the foundation for "
     "industrial cooperation.", [("country:by", "country:in")]),
    ("Signing the roadmap for 2021-2025, which aims at raising trade to USD 2 billion, "
     "Belarus and Vietnam opened a new stage of cooperation.", [("country:by", "country:vn")]),
    ("After concluding in 2014 an agreement on pharmaceuticals, which envisaged the future "
     "production of vaccines, Cuba and Belarus founded a joint venture near Havana.",
     [("country:by", "country:cu")]),
])
def test_the_main_clause_subject_signed(text, want):
    assert agreements(text) == want


@pytest.mark.parametrize("text", [
    # a sum after "to" is no side the recogniser missed
    "Belarus and Vietnam, having signed a roadmap on trade in 2019 that aims to raise "
    "turnover to USD 1 billion by 2025, are now among the closest partners in Asia.",
    "Mongolia and Belarus, having concluded a programme of cooperation in 2016 meant to bring "
    "trade to USD 100 million, now meet every year.",
])
def test_a_sum_is_no_open_side(text):
    assert len(agreements(text)) == 1


@pytest.mark.parametrize("text", [
    # a main clause of what is possible or hoped for signs nothing yet
    "By signing an agreement on trucks, Belarus and India could open new markets for their "
    "machinery.",
    "By signing the roadmap, which is to be approved next year, Belarus and Oman hope to "
    "raise trade.",
    "Only by signing a treaty on free trade would Belarus and Egypt remove the duties on "
    "tractors.",
    # refused, not signed
    "Having refused to sign the draft treaty on free trade, Belarus and Moldova returned to "
    "talks.",
])
def test_no_signing_yet(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text,want", [
    # a made document as the basis of what the two then did together: theirs
    ("Within the framework of the 2010 intergovernmental agreement, which envisaged the "
     "creation of joint ventures, Belarus and Venezuela built a plant for the assembly of "
     "tractors near Caracas.", [("country:by", "country:ve")]),
    ("Under the intergovernmental agreement on trade and economic cooperation of 2007, "
     "Belarus and Vietnam set up a joint commission that meets every year.",
     [("country:by", "country:vn")]),
    ("Pursuant to the bilateral memorandum on education, whose future extension is under "
     "discussion, Mongolia and Belarus exchanged 40 students in 2019.",
     [("country:by", "country:mn")]),
])
def test_the_basis_of_a_joint_act_is_the_pair_s_document(text, want):
    assert agreements(text) == want


@pytest.mark.parametrize("text", [
    # a document still to come, or an act only planned
    "Within the framework of the future agreement on free trade, Belarus and Egypt plan to "
    "remove the duties on tractors.",
    "In line with the draft agreement on investments of 2021, Belarus and Qatar would create a "
    "joint fund.",
    "Under the 2010 intergovernmental agreement, Belarus and Venezuela are to build a plant.",
    # a document of another pair, or one not marked as made
    "Under the 2014 treaty with Russia, Belarus and Kazakhstan removed the duties on cars.",
    "Under the multilateral agreement on free trade of 2011, Belarus and Moldova removed the "
    "duties on tractors.",
    "Within the framework of the 2015 treaty of the Eurasian Economic Union, Belarus and "
    "Armenia opened their markets for dairy products.",
    # one state acts: no pair
    "Under the 2010 intergovernmental agreement, Belarus built a plant for tractors in Egypt.",
])
def test_no_pair_s_document_as_a_basis(text):
    assert agreements(text) == []


def supplies(text: str) -> list[tuple[str, str]]:
    return [(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == "SUPPLIES_TO"]


@pytest.mark.parametrize("text,want", [
    # an opening "In trade with B" names the partner of the main clause's supply verb
    ("In trade with Venezuela, Belarus exported mainly trucks and tractors, while imports "
     "remained negligible.", [("country:by", "country:ve")]),
    ("In mutual trade with Vietnam, Belarus supplied potash fertilisers and trucks worth "
     "USD 100 million in 2018.", [("country:by", "country:vn")]),
    # a receiving verb: from B
    ("In trade with Belarus, Mongolia purchased 30 buses and 200 tractors over five years.",
     [("country:by", "country:mn")]),
    ("In its trade with Peru, Belarus bought mainly coffee and fish.",
     [("country:pe", "country:by")]),
    ("In economic relations with Egypt, Belarus supplied 600 tractors in the first decade.",
     [("country:by", "country:eg")]),
])
def test_a_trade_partner_in_the_opening(text, want):
    assert supplies(text) == want


@pytest.mark.parametrize("text", [
    "In trade with China, Belarus plans to export more dairy products and beef.",
    "In trade with China, Belarus did not export any trucks in 2019.",
    # what the two made together is no supply to the partner
    "In cooperation with China, Belarus produced 300 trucks for the market of Africa.",
    # a turnover has no direction
    "In trade with China, the turnover of Belarus reached USD 3 billion in 2019.",
    "Trade turnover between Belarus and China reached USD 3 billion in 2019, with Belarusian "
    "potash and Chinese electronics as the main items.",
])
def test_no_supply_from_a_trade_opening(text):
    assert supplies(text) == []


@pytest.mark.parametrize("text", [
    # the document's own predicate, past the clauses set off about it, says it was never made
    "An agreement on economic cooperation between Belarus and Laos, which was expected to be "
    "signed in 2019, has still not been concluded.",
    "The agreement on the avoidance of double taxation, which Belarus and Oman had planned to "
    "sign in 2015, was eventually dropped.",
    "The memorandum on tourism between Belarus and Laos, prepared by the ministries in 2018, "
    "remains a draft.",
])
def test_a_document_never_made(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text,want", [
    # signed, then ended: the signing stands
    ("The intergovernmental agreement on air services, which was signed by Belarus and Egypt "
     "in 2013, was suspended in 2016.", [("country:by", "country:eg")]),
    ("The treaty on legal assistance between Belarus and Cuba, which envisaged exchanges of "
     "judges, was signed in 2009.", [("country:by", "country:cu")]),
])
def test_a_document_made(text, want):
    assert agreements(text) == want

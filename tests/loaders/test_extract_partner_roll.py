"""A town's or region's partner roll in its own voice: a FAQ answer that counts and
lists the page town's partners ("How many twin towns does X have? – Three: A, B and C.
A fourth, D, is to follow."), "A became our third partner town", "the friendship with
the town of A is our oldest", and papers signed "with them", the partner just named.
Texts written for these tests."""

import pytest
from extract_candidates import candidates

T = "TWINNED_WITH"
A = "SIGNED_AGREEMENT"
OWN = "city:at:fehring"

PAGE = ("Stadtgemeinde Fehring – Partner Towns\n"
        "Fehring keeps friendly ties with towns in several countries.\n\n"
        "Jastrebarsko (Croatia)\n"
        "Choirs from both towns meet every autumn.\n\n"
        "{body}\n")


def _pairs(text, rel_type=T):
    return {(frozenset((c["source"]["id"], c["target"]["id"])), c["status"])
            for c in candidates(text) if c["type"] == rel_type}


def _twins_of(text, own=OWN):
    return {(next(iter(p - {own})), status) for p, status in _pairs(text) if own in p}


@pytest.mark.parametrize(("body", "twins"), [
    ("Frequently asked questions\nHow many twin towns does Fehring have? – Three: "
     "Jastrebarsko, Szombathely and Ptuj.",
     {"city:hr:jastrebarsko", "city:hu:szombathely", "city:si:ptuj"}),
    ("FAQ\nWhich towns are Fehring's partner towns? Jastrebarsko, Szombathely and Ptuj.",
     {"city:hr:jastrebarsko", "city:hu:szombathely", "city:si:ptuj"}),
    ("Questions and answers\nHow many partner towns do we have? – Two, Szombathely and "
     "Ptuj.", {"city:hu:szombathely", "city:si:ptuj"}),
])
def test_a_faq_answer_lists_the_page_towns_twins(body, twins):
    found = _twins_of(PAGE.format(body=body))
    assert {(t, "fact") for t in twins} <= found


def test_the_listed_towns_are_not_each_others_twins():
    text = PAGE.format(body="FAQ\nHow many twin towns does Fehring have? – Two: "
                            "Szombathely and Ptuj.")
    assert not any(OWN not in p for p, _s in _pairs(text))


def test_a_town_the_answer_says_is_to_come_is_a_planned_twin():
    text = PAGE.format(body="FAQ\nHow many partner towns does Fehring have? – Two: "
                            "Jastrebarsko and Szombathely. A third, Ptuj, is to follow "
                            "next year.")
    assert ("city:si:ptuj", "planned") in _twins_of(text)


@pytest.mark.parametrize("body", [
    # another place's partners
    "FAQ\nHow many partner towns does Radenci have? – Three: Szombathely, Ptuj and Celje.",
    # a question on trade
    "FAQ\nDoes the town buy wine from its partner towns? – Only from Szombathely and Ptuj.",
    # a twinning the answer denies
    "FAQ\nIs Fehring twinned with Ptuj? – No. Ptuj and Fehring only cooperate in tourism.",
])
def test_no_faq_twins_of_the_page_town_beyond_its_own_roll(body):
    found = {t for t, _s in _twins_of(PAGE.format(body=body))}
    assert not found & {"city:si:ptuj", "city:si:celje", "city:hu:szombathely"}


@pytest.mark.parametrize(("body", "twin"), [
    ("Town news\nPtuj has been our fourth twin town since 2015, after years of school "
     "exchanges.", "city:si:ptuj"),
    ("Town news\nCelje became our fifth partner town last year.", "city:si:celje"),
    ("Town news\nThe spa town of Szombathely, Hungary, is our newest sister city.",
     "city:hu:szombathely"),
    ("Jastrebarsko again\nThe friendship with the Croatian town of Jastrebarsko is our "
     "oldest.", "city:hr:jastrebarsko"),
    ("Ptuj (Slovenia)\nThe friendship with the old Drava town of Ptuj is our newest one.",
     "city:si:ptuj"),
])
def test_a_partner_ranked_among_our_own_is_the_page_towns_twin(body, twin):
    assert (twin, "fact") in _twins_of(PAGE.format(body=body))


@pytest.mark.parametrize("body", [
    "Other contacts\nPtuj is not our partner town, though our choirs meet often.",
    "Other contacts\nThe partnership with the river town of Ptuj is our oldest project.",
    "Markets\nPtuj became our largest export market in 2015.",
])
def test_no_twin_from_a_partner_not_ranked_among_our_twins(body):
    assert not any(t == "city:si:ptuj" for t, _s in _twins_of(PAGE.format(body=body)))


INTERVIEW = ('"Roads first": the governor of Dornod on partners and trade\n'
             "We met the governor in Choibalsan last spring.\n\n"
             "Q: Which regions are your partners?\n"
             "A: We have two partner regions. {answer}\n")


@pytest.mark.parametrize(("answer", "kinds"), [
    ("Our oldest partner is Yamagata Prefecture in Japan – we signed a friendship "
     "agreement with them in 2016, and in 2022 we signed a memorandum on tourism with them.",
     {"agreement", "memorandum"}),
    ("Our first partner is Yamagata Prefecture in Japan: we signed a friendship "
     "agreement with it in 2016 and later a cooperation programme with it.",
     {"agreement", "programme"}),
])
def test_papers_signed_with_the_partner_just_named(answer, kinds):
    found = {c["document"]["kind"] for c in candidates(INTERVIEW.format(answer=answer))
             if c["type"] == A and {c["source"]["id"], c["target"]["id"]}
             == {"region:mn:dornod", "region:jp:yamagata"}}
    assert kinds <= found


def test_a_paper_signed_with_someone_else_is_not_the_partners():
    text = INTERVIEW.format(answer="Our oldest partner is Yamagata Prefecture in Japan – we "
                                   "signed a friendship agreement with them in 2016, and in "
                                   "2022 we signed a memorandum on tourism with Tuv Province.")
    found = {c["document"]["kind"] for c in candidates(text)
             if c["type"] == A and {c["source"]["id"], c["target"]["id"]}
             == {"region:mn:dornod", "region:jp:yamagata"}}
    assert "memorandum" not in found


@pytest.mark.parametrize(("body", "twin"), [
    ("Town news\nIn May the town council approved a twinning with Ptuj.", "city:si:ptuj"),
    ("A new partner\nLast autumn our town council unanimously approved a partnership "
     "with the hill town of Motovun in Istria, Croatia.", "city:hr:motovun"),
])
def test_a_partnership_the_home_council_approved_is_a_planned_twin(body, twin):
    assert (twin, "planned") in _twins_of(PAGE.format(body=body))


@pytest.mark.parametrize("body", [
    "Town news\nIn May the town council turned down a twinning with Ptuj.",
    "Town news\nIn May the council did not approve a partnership with Ptuj.",
    "Town news\nIn May the council of Celje approved a partnership with Ptuj.",
])
def test_no_planned_twin_from_a_refused_or_another_councils_approval(body):
    assert not any(t == "city:si:ptuj" for t, _s in _twins_of(PAGE.format(body=body)))

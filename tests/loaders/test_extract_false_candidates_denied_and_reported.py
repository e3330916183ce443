"""Relations a sentence names but takes back or only reports, and words that name no
party: a question a page's FAQ answers with a no in the same line, what people say of a
pair that the sentence calls untrue, a twinning the side itself rejected, a later clause
with its own subject, letters in capitals before the goods they qualify, a town that
only seats the supplier of a list item, a "to" of the clause before a pronoun's clause,
and the body a sentence opens by citing. Every text here was written for these tests."""

import pytest
from extract_candidates import candidates, id_pair_set

from relgraph.loaders.extract.coordination import source_asides
from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.supplies import find_supplies

TARTU_NARVA = frozenset({"city:ee:tartu", "city:ee:narva"})
T, S, A = "TWINNED_WITH", "SUPPLIES_TO", "SIGNED_AGREEMENT"


def supplies(text):
    return {(c["source"]["name"], c["target"]["name"]) for c in candidates(text)
            if c["type"] == S}


# -- a question answered with a no in its own line --------------------------------------
@pytest.mark.parametrize("text", [
    "Is Tartu twinned with Narva? – No. The two towns only share a choir festival.\n",
    "Has Tartu signed a charter with Narva? - No, the talks stopped in 2019.\n",
    "Is Tartu a sister city of Narva? — Not really: they meet at fairs.\n",
])
def test_a_question_the_line_answers_with_no_states_nothing(text):
    assert TARTU_NARVA not in id_pair_set(text, T) | id_pair_set(text, A)


@pytest.mark.parametrize("text", [
    "Is Tartu twinned with Narva? – Yes, since 1996.\n",
    "Which towns is Tartu twinned with? – Narva, since 1996.\n",
])
def test_a_question_answered_yes_or_with_partners_keeps_them(text):
    assert TARTU_NARVA in id_pair_set(text, T)


def test_a_later_item_answered_no_takes_back_only_itself():
    text = ("Vellamo Fruit Export Ltd - Annual Report 2024\n\nThis year we:\n"
            "- signed a memorandum of understanding with Tartu University on storage;\n"
            "- entered a marketing agreement with Narva Berries Ltd? – no; talks ended.\n")
    partners = {c["target"]["name"] for c in candidates(text) if c["type"] == A}
    assert "Tartu University" in partners
    assert "Narva Berries Ltd" not in partners


# -- what people say of the pair, called untrue -----------------------------------------
@pytest.mark.parametrize("text", [
    "People sometimes say Tartu is also a twin town of Narva, but that is not true.\n",
    "Many believe that Tartu is twinned with Narva, but that is not true.\n",
    "Tartu and Narva are often described in the tourist guides as twin towns, yet no "
    "charter was ever signed by the two towns.\n",
])
def test_hearsay_the_sentence_denies_states_no_twinning(text):
    assert TARTU_NARVA not in id_pair_set(text, T)


@pytest.mark.parametrize("text", [
    "People sometimes say Tartu is twinned with Narva, and they are right.\n",
    "Tartu and Narva are often described in the tourist guides as twin towns.\n",
])
def test_hearsay_left_standing_keeps_the_twinning(text):
    assert TARTU_NARVA in id_pair_set(text, T)


# -- the side turned it down; a later clause with its own subject -----------------------
_LATER = ("Tartu and Pskov will sign a transport agreement in 2026, and Narva, having "
          "rejected a twinning with Kingisepp, is now due to sign a friendship charter "
          "with Ivangorod.\n")


@pytest.mark.parametrize("text, pair", [
    ("In 2016 the town council of Tartu rejected a draft twinning proposal from Narva.\n",
     TARTU_NARVA),
    (_LATER, frozenset({"city:ee:tartu", "city:ru:kingisepp"})),
    (_LATER, frozenset({"city:ru:pskov", "city:ru:kingisepp"})),
])
def test_a_rejected_twinning_or_another_clause_gives_no_twinning(text, pair):
    assert pair not in id_pair_set(text, T)


def test_the_later_clause_is_no_partner_of_the_first_clause_signers():
    signed = id_pair_set(_LATER, A)
    assert frozenset({"city:ee:tartu", "city:ru:ivangorod"}) not in signed
    assert frozenset({"city:ru:pskov", "city:ru:ivangorod"}) not in signed
    assert frozenset({"city:ee:tartu", "city:ru:pskov"}) in signed


def test_a_twinning_accepted_is_still_read():
    text = "In 2016 the town council of Tartu approved a twinning with Narva.\n"
    assert TARTU_NARVA in id_pair_set(text, T)


# -- letters before the goods they qualify -----------------------------------------------
_DAIRY = "Vellamo Dairies Ltd - Annual Report 2024\n\n"


@pytest.mark.parametrize("text", [
    _DAIRY + "At home we sold UHT milk, butter and cheese through 900 shops.\n",
    _DAIRY + "Abroad we shipped UHT cream and milk powder to four countries.\n",
])
def test_a_code_before_goods_is_no_town(text):
    ids = {c[side]["id"] for c in candidates(text) for side in ("source", "target")}
    assert "city:ru:ukhta" not in ids


def test_a_firm_in_capitals_as_the_object_still_receives():
    assert ("KAMAZ", "MAZ") in supplies("KAMAZ supplies MAZ.\n")


# -- a town that seats the supplier of a list item ---------------------------------------
def test_the_town_of_a_supplier_item_supplies_nothing():
    text = (_DAIRY + "Our largest suppliers of raw milk were:\n"
            "– Kuusiku Dairy Farmers Cooperative Society, Tartu (12.5 million litres)\n"
            "– Laane Milk Producers Union (8.1 million litres)\n")
    found = supplies(text)
    assert not any(a == "Tartu" for a, _b in found)
    assert any(a.startswith("Kuusiku") for a, _b in found)


# -- a "to" of the clause before a pronoun's own clause ----------------------------------
def _supply_pairs(sentence):
    return {(h.a.text, h.b.text) for h in find_supplies(sentence, find_mentions(sentence))}


def test_a_to_phrase_of_the_clause_before_is_no_recipient():
    s = "Our grid is linked to the Latvian system, and we import power from Pskov Oblast."
    assert not any(b == "Latvian" for _a, b in _supply_pairs(s))


def test_from_and_to_of_one_clause_still_pair():
    s = "We send power from Pskov Oblast to Latvia, and they pay in euros."
    assert ("Pskov Oblast", "Latvia") in _supply_pairs(s)


# -- the body a sentence opens by citing -------------------------------------------------
@pytest.mark.parametrize("text", [
    "According to the Tartu Chamber of Commerce, the county exported 9,000 tonnes of "
    "cheese to Latvia in 2023.\n",
    "As reported by the Narva Trade Office, the town shipped 3,000 tonnes of peat to "
    "Finland.\n",
])
def test_a_cited_body_is_no_supplier(text):
    assert not any("Chamber" in a or "Office" in a for a, _b in supplies(text))


@pytest.mark.parametrize("sentence, spans", [
    ("According to the Tartu Chamber of Commerce, the county sold cheese.", 1),
    ("According to the agreement signed with Narva, Tartu supplies buses.", 0),
    ("Under the Tartu plan, the county sold cheese.", 0),
])
def test_only_a_cited_body_opens_an_aside(sentence, spans):
    assert len(source_asides(sentence)) == spans


# -- a charter of one reported clause is no charter of the next -------------------------
@pytest.mark.parametrize("text, signed", [
    ("For completeness we note that Tartu signed a sister-city agreement with Pskov in "
     "2019, and that Parnu and the Finnish city of Turku have been friendship cities since "
     "2015.\n", False),
    ("Parnu and the Finnish city of Turku signed a friendship agreement in 2015.\n", True),
])
def test_a_charter_signed_in_another_reported_clause_is_not_the_pairs(text, signed):
    pair = frozenset({"city:ee:parnu", "city:fi:turku"})
    assert pair in id_pair_set(text, T)
    assert (pair in id_pair_set(text, A)) is signed


# -- a place describing the firm of the next clause is no further list member -----------
def test_a_place_that_describes_the_next_clause_firm_receives_nothing():
    text = ("The Tartu brewery Emajoe Olu AS delivers beer to Pskov and Riga, and the Narva "
            "wine cellar Kreenholm Vein exported 9,000 bottles to Finland in 2022.\n")
    found = supplies(text)
    assert not any(b == "Narva" for _a, b in found)
    assert ("Kreenholm Vein", "Finland") in found


# -- a place set off after "in" only locates the member before it -----------------------
def test_a_place_set_off_after_in_is_no_twin():
    text = "Lida, in Grodno Region, and Alytus, in Lithuania, became twin towns in 2001.\n"
    twins = id_pair_set(text, T)
    assert frozenset({"region:by:grodno", "city:lt:alytus"}) not in twins
    assert frozenset({"city:by:lida", "region:by:grodno"}) not in twins
    assert frozenset({"city:by:lida", "city:lt:alytus"}) in twins

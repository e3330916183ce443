"""The parties a sentence's own clause names, not an outer word beside them: a dateline's
place (with its country written after it), an owner whose firm is named between commas,
a signer read as the supplier when the next clause says who delivers, and a name opening
with a lower-case prefix. Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _rows(lines, rel):
    return {(c["source"]["name"], c["target"]["name"])
            for c in extract_lines(lines, "t.txt").candidates if c["type"] == rel}


@pytest.mark.parametrize("head", [
    ["Port pact signed", "Ferry link planned", "", "By Ana Petrova", ""],
    ["Port pact signed", ""],
    [],
])
@pytest.mark.parametrize("dateline", [
    "VARNA, Bulgaria, 3 June 2024 – ",
    "CONSTANTA, Romania, June 3, 2024 - ",
    "VARNA, 3 June 2024 – ",
])
def test_a_datelines_place_is_no_signer(head, dateline):
    body = ("The Varna Port Authority (VPA) signed a memorandum of cooperation with the "
            "Damietta Port Authority on Tuesday.")
    rows = _rows([*head, dateline + body], "SIGNED_AGREEMENT")
    assert ("Varna Port Authority", "Damietta Port Authority") in rows
    assert not any(a.isupper() for a, _ in rows)


@pytest.mark.parametrize("head", [[], ["Twin towns", ""]])
def test_a_place_and_its_country_opening_a_plain_sentence_still_sign(head):
    lines = [*head, "Varna, Bulgaria, signed a twinning agreement with Kavala in 1994."]
    assert ("Varna", "Kavala") in _rows(lines, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, signer", [
    ("In addition, the Region's water company, Vodokanal Plovdiv AD, signed a contract in "
     "May with Hydrotech Kft. for the supply of ten pumps.", "Vodokanal Plovdiv AD"),
    ("Tartu's bus operator, Emajõe Liinid AS, signed an agreement with Solaris Bus Sp. z o.o. "
     "on spare parts.", "Emajõe Liinid AS"),
])
def test_the_firm_named_after_its_owner_signs_not_the_owner(text, signer):
    intro = 'This report covers the Plovdiv Region (hereafter "the Region") in 2023.'
    rows = _rows([intro, "", text], "SIGNED_AGREEMENT")
    assert {a for a, _ in rows} == {signer}


@pytest.mark.parametrize("text", [
    "Sliven's mayor, Ivan Petrov, signed a memorandum with Kavala in 2003.",
    "Sliven's delegation, led by Ivan Petrov, signed a memorandum with Kavala in 2003.",
])
def test_an_owner_of_no_named_firm_still_signs(text):
    assert ("Sliven", "Kavala") in _rows([text], "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, supplier, recipient", [
    ("Vodokanal Plovdiv AD signed a contract in May with Hydrotech Kft. for the supply of "
     "ten pumps, which were delivered in June.", "Hydrotech Kft.", "Vodokanal Plovdiv AD"),
    ("Kestrel Mining Ltd signed a contract with Bauer Hydraulik GmbH for the supply of "
     "drills, which were shipped in July.", "Bauer Hydraulik GmbH", "Kestrel Mining Ltd"),
])
def test_the_clause_saying_who_delivers_sets_the_direction(text, supplier, recipient):
    assert _rows([text], "SUPPLIES_TO") == {(supplier, recipient)}


def test_a_contract_for_supply_alone_keeps_the_signer_as_supplier():
    text = ("Kestrel Mining Ltd signed a contract with Bauer Hydraulik GmbH for the supply "
            "of ore concentrate.")
    assert _rows([text], "SUPPLIES_TO") == {("Kestrel Mining Ltd", "Bauer Hydraulik GmbH")}


@pytest.mark.parametrize("name", ["eThekwini Municipality", "uMhlathuze Municipality"])
def test_a_name_with_a_lower_case_prefix_is_a_party(name):
    text = f"Last week {name} and Zhuhai became sister cities."
    assert {a for a, _ in _rows([text], "TWINNED_WITH")} == {name}


@pytest.mark.parametrize("text, signer", [
    ("Petrov said Varna would conclude a twinning accord with Kavala, a port on the Aegean, "
     "this autumn.", "Varna"),
    ("Al-Hamdan also told reporters that Burgas would sign a twinning agreement with Kavala "
     "next year.", "Burgas"),
])
def test_the_reported_clauses_own_subject_signs_not_its_speaker(text, signer):
    assert {a for a, _ in _rows([text], "SIGNED_AGREEMENT")} == {signer}


def test_a_speaker_followed_by_a_pronoun_stays_the_signer():
    text = "Varna said it would sign a twinning agreement with Kavala in September."
    assert ("Varna", "Kavala") in _rows([text], "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, partner", [
    ("The town of Pleven was twinned with Kherson in 1971, and a partnership with Brno "
     "followed in 1990.", "Brno"),
    ("Vratsa has been twinned with Kavala since 1994 and with Edirne since 1999, and a "
     "partnership with Ohrid began in 2006.", "Ohrid"),
    ("Pleven's ties recall an age of fraternity: the city was twinned with Kherson in 1975, "
     "and a partnership with Brno followed in 1985.", "Brno"),
])
def test_a_partnership_after_a_twinning_is_another_twinning(text, partner):
    assert partner in {b for _, b in _rows([text], "TWINNED_WITH")}


def test_a_partnership_clause_with_its_own_party_is_not_carried():
    text = ("The town of Pleven was twinned with Kherson in 1971, and a partnership with Brno "
            "was signed by Vratsa in 1990.")
    assert ("Pleven", "Brno") not in _rows([text], "TWINNED_WITH")


@pytest.mark.parametrize("rest", [
    ", as well as an agreement on tourism with Edirne.",
    " as well as an agreement on tourism with Edirne in 2004.",
])
def test_as_well_as_joins_a_second_document_of_the_same_signer(rest):
    text = "Sliven signed a memorandum with Kavala in 2001" + rest
    assert ("Sliven", "Edirne") in _rows([text], "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text", [
    "In 2023 Varna signed a tripartite protocol on emergency services with Constanta and "
    "Odesa.",
    "Varna concluded a trilateral agreement with Constanta and Odesa in May 2022.",
    "Varna has signed the following documents:\n"
    "a) a three-party memorandum on river tourism with Constanta and Odesa (Izmail, May).",
])
def test_the_two_partners_of_a_three_party_document_sign_with_each_other(text):
    pairs = {frozenset(p) for p in _rows(text.split("\n"), "SIGNED_AGREEMENT")}
    assert frozenset(("Constanta", "Odesa")) in pairs


@pytest.mark.parametrize("text", [
    "In 2023 Varna signed a protocol on emergency services with Constanta and Odesa.",
    "Varna signed a tripartite protocol with Constanta, and a memorandum with Odesa.",
])
def test_two_partners_of_a_plain_document_are_not_bound_to_each_other(text):
    pairs = {frozenset(p) for p in _rows([text], "SIGNED_AGREEMENT")}
    assert frozenset(("Constanta", "Odesa")) not in pairs


def _statuses(text):
    return {(c["source"]["name"], c["target"]["name"]): c["status"]
            for c in extract_lines([text], "t.txt").candidates if c["type"] == "TWINNED_WITH"}


@pytest.mark.parametrize("text", [
    "In 2023 the council announced that Pleven would become a partner town of Ohrid in "
    "North Macedonia.",
    "Pleven will become a twin town of Ohrid next spring.",
    "Pleven would soon become a sister city of Ohrid, the mayor said.",
])
def test_a_town_that_will_become_a_twin_is_a_planned_twinning(text):
    assert _statuses(text) == {("Pleven", "Ohrid"): "planned"}


def test_a_town_that_became_a_twin_is_a_twinning_of_fact():
    assert _statuses("Pleven became a partner town of Ohrid in 2015.") == {
        ("Pleven", "Ohrid"): "fact"}


def test_a_speaker_the_reported_clause_refers_back_to_stays_a_party():
    text = "Kestrel Mining Ltd said Chile remained its largest market for copper concentrate."
    rows = {(c["source"]["id"], c["target"]["id"])
            for c in extract_lines([text], "t.txt").candidates if c["type"] == "SUPPLIES_TO"}
    assert rows == {("company:xx:kestrel-mining", "country:cl")}

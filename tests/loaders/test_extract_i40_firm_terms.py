"""A firm's identity as a report defines it and as its legal form writes it: a short
name defined in brackets without quotes ("(hereinafter - the Company)", "(the
Company)"), and the Nordic and Baltic joint-stock forms AS, ASA and A/S, before or
after the name. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs


def _ids(text, rel_type="SUPPLIES_TO"):
    return {x for pair in pairs(text, rel_type) for x in pair}


# -- a short name defined without quotes ----------------------------------------------
@pytest.mark.parametrize("text, firm", [
    ("AS Saaremaa Piim (hereinafter - the Company) makes cheese in Kuressaare.\n"
     "In 2024 the Company supplied cheese to Rimi Latvia SIA.", "saaremaa-piim"),
    ("Moldagrotech SRL (the Company) builds seeders.\n"
     "The Company's seeders were sold to Agroprim LLC in Odesa.", "moldagrotech"),
    ("Vostok Cable JSC (hereinafter referred to as the Company) is based in Omsk.\n"
     "In 2023 the Company's wire went to Kazenergokabel LLP.", "vostok-cable"),
])
def test_a_term_defined_without_quotes_is_the_firm(text, firm):
    found = _ids(text)
    assert any(x.startswith("company:") and x.endswith(":" + firm) for x in found), found
    # the term is no firm of its own
    assert not any(x.endswith(":company") for x in found), found


@pytest.mark.parametrize("text, town", [
    # a town alone in brackets is an address, no term
    ("Vermet (Bialystok) ships steel to the Kaunas firm Stalbud.", "city:pl:bialystok"),
    # a bracket that is no definition leaves the firm and its partner alone
    ("Grodno Azot (the region's largest employer) ships fertiliser to Poland.", None),
])
def test_brackets_that_define_nothing(text, town):
    found = _ids(text)
    assert town is None or town not in found
    assert not any(x.endswith(":company") for x in found), found


# -- the Nordic and Baltic AS, ASA and A/S --------------------------------------------
@pytest.mark.parametrize("text, firm", [
    ("Trade with Germany grew. AS Tartu Mill ships flour to Rimi Latvia SIA.",
     "company:ee:tartu-mill"),
    ("The Norwegian market grew. Kongsberg Treindustri AS sold planks to Byggmax AB.",
     "company:no:kongsberg-treindustri"),
    ("Exports to Poland rose. Fynsk Foder A/S supplied feed to Agropol Sp. z o.o.",
     "company:dk:fynsk-foder"),
])
def test_nordic_and_baltic_legal_forms(text, firm):
    found = _ids(text)
    assert firm in found, found
    # the form is no part of the name and no party of its own
    assert not any(x.endswith(":s") or x.endswith("-a") or ":as-" in x for x in found), found


def test_as_in_a_plain_sentence_is_no_legal_form():
    found = pairs("Minsk Tractor Works ships tractors to Serbia, as Belarus wants.",
                  "SUPPLIES_TO")
    assert ("company:by:mtz", "country:rs") in found

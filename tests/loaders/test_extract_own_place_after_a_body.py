"""A town's page that names a twinning of its town's own with no subject ("A twinning
charter with X was signed in 2007") after a sentence whose subject was a firm or a body
(a metropolitan authority, a port): a firm twins with no town, so the twin is still the
page's town's. A town the paragraph spoke of keeps the twinning. Texts written for these
tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

T = "TWINNED_WITH"
HEAD = ("City of Lublin | Official website\nHome > The City > Foreign Relations > Twin Towns\n\n"
        "Lublin keeps links with many towns abroad.\n\nOther partnerships\n\n")


@pytest.mark.parametrize("body", [
    "The Lublin Metropolitan Authority and the Port of Gdynia put their names to a "
    "memorandum on freight in 2012.",
    "Lubelski Wegiel S.A. opened an office in Kyiv in 2019.",
])
def test_a_firm_before_leaves_the_twinning_the_pages_town(body):
    text = HEAD + body + " A twinning charter with Debrecen (Hungary) was signed in 2017."
    assert pairs_with("city:pl:lublin", "city:hu:debrecen") <= id_pair_set(text, T)


def test_a_town_before_keeps_the_twinning():
    text = HEAD + ("Kaunas hosted a festival of Polish film in 2016. A twinning charter with "
                   "Debrecen (Hungary) was signed in 2017.")
    assert not pairs_with("city:pl:lublin", "city:hu:debrecen") & id_pair_set(text, T)


def test_a_twinning_still_being_prepared_twins_no_one():
    text = HEAD + ("Lubelski Wegiel S.A. opened an office in Kyiv in 2019. The charter of twinning "
                   "with Debrecen (Hungary) is still being drafted.")
    assert not pairs_with("city:pl:lublin", "city:hu:debrecen") & id_pair_set(text, T)

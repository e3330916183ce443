"""A recipient named after its description: "to the Osh city transport company, X, by
May" (the name after the description's comma), "to the Kazakh road agency X" (a demonym
with a description), "supplied the regional bus carrier X with coaches" (a description
before the object of "supply ... with") (``_DESCRIBED_THEN_NAMED`` and ``_PREP`` in
``loaders/extract/supplies.py``, the object of ``directions``). Sentences written for
these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor will deliver 20 loaders to the Almaty road maintenance company, "
     "Almatyzholzhondeu, in May.", ("company:xx:amkodor", "company:xx:almatyzholzhondeu")),
    ("MAZ sold 40 buses to the Bishkek municipal carrier, Bishkekpassazhirtrans.",
     ("company:xx:maz", "company:xx:bishkekpassazhirtrans")),
])
def test_the_name_after_a_described_recipient(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor, which delivered loaders to the Kazakh road agency Kazavtozhol last year, "
     "signed a service agreement with Allur.", ("company:xx:amkodor", "org:kz:kazavtozhol")),
    ("MAZ, which has delivered buses to the Kyrgyz transport authority Bishkekpassazhirtrans "
     "since 2015, signed a service contract with Kamaz.",
     ("company:xx:maz", "org:kg:bishkekpassazhirtrans")),
])
def test_a_demonym_and_a_description_before_the_recipient(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Belshina supplied the mining company Kuzbassrazrezugol with large tyres.",
     ("company:xx:belshina", "company:xx:kuzbassrazrezugol")),
    ("Gomselmash supplied the state farm holding Agrokombinat Zhdanovichi with combines.",
     ("company:xx:gomselmash", "company:xx:agrokombinat-zhdanovichi")),
])
def test_a_described_object_of_supply_with(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the name after the comma speaks: no recipient
    ("MAZ sold 40 buses to the municipal carrier, Belshina said.",
     ("company:xx:maz", "company:xx:belshina")),
    # the name after "with" is a source of the goods, not the object
    ("Belshina supplied the mining company with tyres bought from Kuzbassrazrezugol.",
     ("company:xx:belshina", "company:xx:kuzbassrazrezugol")),
    # the described party buys: it is no recipient of a "to"
    ("In 2019 the Kyrgyz road agency Kyrgyzavtojol bought trucks from Kamaz.",
     ("org:kg:kyrgyzavtojol", "company:xx:kamaz")),
])
def test_no_recipient_from_a_description(text, wrong):
    assert wrong not in supplies(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Since 2019 the Salta mill Norte Azucar S.A. has shipped cane sugar to the Santa Cruz"
     " confectioner Dulces Andinos S.R.L. every month.",
     ("company:xx:norte-azucar", "company:xx:dulces-andinos")),
    ("Tallinn Paber AS ships kraft paper to the Nizhny Novgorod packaging plant Volga Karton"
     " every month.", ("company:xx:tallinn-paber", "company:xx:volga-karton")),
])
def test_a_description_naming_a_place_of_two_words(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize(("text", "pair"), [
    # no firm's noun after the place: the place is the market, not the firm named later
    ("Since 2019 the Salta mill Norte Azucar S.A. has shipped cane sugar to the Santa Cruz"
     " market, where Dulces Andinos S.R.L. buys most of it.",
     ("company:xx:norte-azucar", "company:xx:dulces-andinos")),
])
def test_no_described_recipient_without_a_firm_noun(text, pair):
    assert pair not in supplies(text)

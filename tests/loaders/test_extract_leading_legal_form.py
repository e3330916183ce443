"""A legal form after a comma that a name follows opens that name ("..., PJSC
Nizhnekamskneftekhim supplies ..."); it is no tail of the name before the comma (which
made "Kostanay Region, PJSC" a firm). Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize("text, names", [
    ("KAMAZ sent trucks to farms of the Kostanay Region, PJSC Tatneft supplied fuel to Kazan.",
     ["KAMAZ", "Kostanay Region", "PJSC Tatneft", "Kazan"]),
    ("Amkodor sold loaders to Gomselmash, OJSC Belshina bought rubber from Nizhnekamsk.",
     ["Amkodor", "Gomselmash", "OJSC Belshina", "Nizhnekamsk"]),
])
def test_a_form_before_a_name_opens_it(text, names):
    assert [m.text for m in find_mentions(text)] == names


@pytest.mark.parametrize("text, firm", [
    ("The contract was signed by Belshina, OJSC and by Amkodor.", "Belshina, OJSC"),
    ("Whey went to Oriental Trading Co., Ltd. Shanghai buyers took the rest.",
     "Oriental Trading Co., Ltd"),
])
def test_a_form_after_its_name_stays_its_tail(text, firm):
    assert firm in [m.text for m in find_mentions(text)]

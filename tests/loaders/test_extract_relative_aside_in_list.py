"""A relative clause set into a list of parties is an aside, and the list goes on after
it: "to Kazakhstan, where Allur assembles them, and to Uzbekistan", "The main suppliers
to Y are A, which ships tyres, and B." (``_relative_aside`` in
``loaders/extract/supplies.py``; the members after "are" in ``_agent``). A relative
clause with a verb of its own that goes on, or a new clause after it, ends the list.
Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor sells loaders to Kazakhstan, where Allur assembles them, and to Uzbekistan.",
     [("company:xx:amkodor", "country:kz"), ("company:xx:amkodor", "country:uz")]),
    ("MAZ ships chassis to Kamaz, which mounts cranes on them, and to Uralchem.",
     [("company:xx:maz", "company:xx:kamaz"), ("company:xx:maz", "company:xx:uralchem")]),
])
def test_the_recipients_after_a_relative_aside(text, expected):
    found = supplies(text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The main Belarusian suppliers to the Smolensk Region are Belshina, which ships tyres, "
     "and the Minsk Tractor Works.", [("company:xx:belshina", "region:ru:smolensk"),
                                      ("company:xx:mtz", "region:ru:smolensk")]),
    ("The largest suppliers to Lithuania are Grodno Azot, which sells fertiliser, and Naftan.",
     [("company:xx:grodno-azot", "country:lt"), ("company:xx:naftan", "country:lt")]),
])
def test_the_suppliers_after_a_relative_aside(text, expected):
    found = supplies(text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(("text", "wrong"), [
    # a new clause with its own subject after the relative clause
    ("Amkodor sells loaders to Kazakhstan, where Allur assembles them, and Belshina ships "
     "tyres to Russia.", [("company:xx:amkodor", "country:ru"),
                          ("company:xx:amkodor", "company:xx:belshina")]),
    # the relative clause's own verb goes on: its recipient is the relative's
    ("MAZ ships chassis to Kamaz, which mounts cranes on them and sells the trucks to "
     "Uralchem.", [("company:xx:maz", "company:xx:uralchem")]),
])
def test_no_list_past_a_clause_of_its_own(text, wrong):
    found = supplies(text)
    assert not any(w in found for w in wrong)

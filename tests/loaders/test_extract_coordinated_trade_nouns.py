"""A one-sided trade noun in a clause coordinated with a supply ("A sells tyres to B and
imports carbon black from C"): the side it leaves out is the subject of the supply
before, the one party named ahead of that verb, not its partner after the verb.
Negative cases: a relative clause's noun ("to B, whose imports from C grew", "to B,
where imports from C rose") and a noun owned by the partner ("and B's imports from C")
stay the partner's trade."""

import pytest
from extract_candidates import pairs

SUPPLY = "SUPPLIES_TO"


@pytest.mark.parametrize("text,want,wrong", [
    ("Belshina sells truck tyres to Serbia and imports carbon black from Ukraine.",
     ("country:ua", "company:by:belshina"), ("country:ua", "country:rs")),
    ("The Mogilev Region sells flax fibre to Lithuania and imports seed potatoes from the "
     "Netherlands.", ("country:nl", "region:by:mogilev"), ("country:nl", "country:lt")),
    ("Grodno Azot ships fertiliser to Poland and imports natural gas from Russia.",
     ("country:ru", "company:by:grodno-azot"), ("country:ru", "country:pl")),
])
def test_noun_after_a_supply_takes_its_subject(text, want, wrong):
    got = pairs(text, SUPPLY)
    assert want in got
    assert wrong not in got


@pytest.mark.parametrize("text,partner,subject,source", [
    ("Belshina sells truck tyres to Serbia, whose imports from China grew last year.",
     "country:rs", "company:by:belshina", "country:cn"),
    ("Amkodor ships wheel loaders to Finland, where imports from Sweden rose.",
     "country:fi", "company:by:amkodor", "country:se"),
    ("Belshina sells tyres to Serbia, and Serbian imports from China rose.",
     "country:rs", "company:by:belshina", "country:cn"),
])
def test_relative_clause_noun_is_the_partners(text, partner, subject, source):
    got = pairs(text, SUPPLY)
    assert (source, subject) not in got
    assert (subject, partner) in got

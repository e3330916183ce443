"""The preposition nearest a party governs it: in "shipped from Makhachkala to importers in
Mazandaran" Mazandaran is a recipient (the place name before "to" ends like a demonym but is no
description of the importers) (``_TO_IN`` in ``loaders/extract/supplies.py``). Sentences
written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Rolled steel from NLMK is shipped from Makhachkala to importers in Mazandaran.",
     ("company:xx:nlmk", "region:ir:mazandaran"), ("city:ru:makhachkala", "region:ir:mazandaran")),
    ("Tyres from Belshina are shipped from Kazan to dealers in Kirov.",
     ("company:xx:belshina", "city:ru:kirov"), ("city:ru:kazan", "city:ru:kirov")),
    ("Timber from Ilim is sent from Helsinki to sawmills in Tallinn.",
     ("company:xx:ilim", "city:ee:tallinn"), ("city:fi:helsinki", "city:ee:tallinn")),
])
def test_the_recipient_after_a_place_ending_like_a_demonym(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


def test_a_list_of_located_recipients_stays():
    found = supplies("Belshina sends tyres to dealers in Kirov and Kazan.")
    assert ("company:xx:belshina", "city:ru:kirov") in found
    assert ("company:xx:belshina", "city:ru:kazan") in found
    # a demonym that describes the recipients is still read as their description
    assert ("company:xx:belshina", "city:ru:kirov") in supplies(
        "Belshina ships tyres to Russian dealers in Kirov.")

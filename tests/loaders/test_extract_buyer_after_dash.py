"""A supply to a group named by a demonym and a plural noun, then a dash or a colon and
the buyer among them ("ships zinc to Turkish galvanisers - the Borusan group is the
biggest customer"): the named buyer is the recipient, as with "such as"
(``_buyer_after_dash`` in ``loaders/extract/supplies.py``). Texts written for these
tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "pair", "group"), [
    ("Kazzinc ships zinc to Turkish galvanisers - the Borusan group is the biggest customer.",
     ("company:xx:kazzinc", "company:xx:borusan"), ("company:xx:kazzinc", "country:tr")),
    ("Belshina sells tyres to Russian carmakers: Kamaz is the largest buyer.",
     ("company:xx:belshina", "company:xx:kamaz"), ("company:xx:belshina", "country:ru")),
    ("Last year Grodno Azot delivered urea to Polish chemical plants — Anwil was among its "
     "main customers.",
     ("company:xx:grodno-azot", "company:xx:anwil"), ("company:xx:grodno-azot", "country:pl")),
])
def test_the_buyer_named_after_the_dash(text, pair, group):
    found = supplies(text)
    assert pair in found
    assert group not in found


@pytest.mark.parametrize(("text", "pair"), [
    # no buyer named after the dash: the demonym's country stays the recipient
    ("Belshina sells tyres to Russian carmakers - Kamaz opened a plant in Minsk.",
     ("company:xx:belshina", "country:ru")),
    ("Belshina sells tyres to Russian carmakers.", ("company:xx:belshina", "country:ru")),
])
def test_no_buyer_named(text, pair):
    found = supplies(text)
    assert pair in found
    assert ("company:xx:belshina", "company:xx:kamaz") not in found

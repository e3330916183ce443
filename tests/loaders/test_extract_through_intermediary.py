"""The firm a supply reaches its market through, named after "through" or "via" and a
description ending in a trading noun right after the recipient ("ships tyres to
Kazakhstan through the Almaty dealer X", "entered the Serbian market through the
Belgrade importer X"): a recipient of the same supplier (``through_intermediary`` in
``loaders/extract/supplies.py``, also for the market frames). Texts written for these
tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Belshina ships tyres to Kazakhstan through the Almaty dealer Shinservice.",
     [("company:xx:belshina", "country:kz"), ("company:xx:belshina", "company:xx:shinservice")]),
    ("Milavitsa entered the Serbian market in 2019 through the Belgrade importer Moda Trade "
     "d.o.o.", [("company:xx:milavitsa", "company:xx:moda-trade")]),
    ("Last spring the Pruzhany dairy Milkavita sent its first lot of cheese to Canada, via "
     "the Toronto importer Maple Dairy Inc.",
     [("company:xx:milkavita", "company:xx:maple-dairy")]),
    ("Lukoil supplies diesel to Belarus through its subsidiary Lukoil Belarus.",
     [("company:xx:lukoil", "company:xx:lukoil-belarus")]),
    ("Kommunarka sells its sweets in Daugavpils and across Latvia through the Latvian chain "
     "Maxima.", [("company:xx:kommunarka", "country:lv"),
                 ("company:xx:kommunarka", "company:xx:maxima")]),
])
def test_the_intermediary_is_supplied(text, expected):
    found = supplies(text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(("text", "wrong"), [
    # a route or a port is no intermediary
    ("Belshina ships tyres to Kazakhstan via Russia.", ("company:xx:belshina", "country:ru")),
    ("Belshina ships tyres to Kazakhstan through the port of Aktau.",
     ("company:xx:belshina", "city:kz:aktau")),
])
def test_a_route_is_no_recipient(text, wrong):
    assert wrong not in supplies(text)


@pytest.mark.parametrize(("text", "pair"), [
    # "in A and across (throughout) B": a further market of the same verb
    ("Pinskdrev sells furniture in Vilnius and throughout Lithuania.",
     ("company:xx:pinskdrev", "country:lt")),
    ("Kommunarka sells its sweets in Daugavpils and across Latvia.",
     ("company:xx:kommunarka", "country:lv")),
])
def test_a_further_market_after_and(text, pair):
    assert pair in supplies(text)

"""A legal form several countries write ("Pte Ltd": Singapore's, Fiji's, Papua New
Guinea's) does not outweigh where the text says the firm is at home; a form of one
country still places its firm, and the shared form still names its first country when
nothing else speaks. In a firm's own report, its home among a form's countries also
outweighs a small town abroad a word of a named firm is called like, and a ministry the
report leaves without its country stays the report's own, and a firm named after a town
of its own country is seated in that country's namesake of its town. Every text here was
written for these tests."""

import pytest

from tests.extract_candidates import pairs, party_ids

_FIJI = ("Coral Coast Juices Pte Limited\nAnnual Report 2024\n\nWe pressed 3,000 tonnes of "
         "mangoes at our factory in Labasa, Fiji. We delivered mango pulp to Harbourside "
         "Drinks Ltd of Wellington, and we signed a supply contract with Kiwi Cordials Ltd "
         "of Auckland in March.")
_PNG = ("Sepik Cocoa Traders Pte Ltd\nAnnual review 2023\n\nOur warehouse in Lae, Papua New "
        "Guinea, shipped 800 tonnes of cocoa beans. We supplied cocoa beans to Kakao Haus "
        "GmbH of Hamburg.")
_ABROAD = ("BERGEN, 4 March 2024. The ferry operator Fjordlinjer AS bought two engines from "
           "Straits Marine Engines Pte Ltd, which delivered them in February.")
_ONE_FORM = ("Lakeside Veneers Oy\nAnnual report 2023\n\nOur mill in Narva, Estonia, "
             "peeled 40,000 logs. We delivered veneer to Baltic Boards UAB.")


@pytest.mark.parametrize("text, own, partner, rel_type", [
    # the firm's own report places it where its plant is, not in Singapore
    (_FIJI, "company:fj:coral-coast-juices", "company:nz:harbourside-drinks", "SUPPLIES_TO"),
    (_FIJI, "company:fj:coral-coast-juices", "company:nz:kiwi-cordials", "SIGNED_AGREEMENT"),
    (_PNG, "company:pg:sepik-cocoa-traders", "company:de:kakao-haus", "SUPPLIES_TO"),
])
def test_a_shared_form_yields_to_the_firms_home(text, own, partner, rel_type):
    found = {frozenset(p) for p in pairs(text, rel_type)}
    assert frozenset((own, partner)) in found


@pytest.mark.parametrize("text, wrong", [
    (_FIJI, "company:sg:coral-coast-juices"),
    (_PNG, "company:sg:sepik-cocoa-traders"),
])
def test_a_shared_form_does_not_place_the_firm_in_its_first_country(text, wrong):
    assert wrong not in party_ids(text)


@pytest.mark.parametrize("text, firm", [
    # nothing places the seller: the shared form's first country does
    (_ABROAD, "company:sg:straits-marine-engines"),
    # a form of one country outweighs the town the firm works in abroad
    (_ONE_FORM, "company:fi:lakeside-veneers"),
])
def test_the_form_still_places_the_firm_when_nothing_outweighs_it(text, firm):
    assert firm in party_ids(text)


_SALMON = ("Pacific Salmon Farms S.A. - Annual Report 2024\nSection 2: Suppliers\n\n"
           "In 2024 we processed 9,000 tonnes of salmon at our plant in Castro, Chile. {}")


@pytest.mark.parametrize("sentence, firm", [
    # a word of the supplier's name is a small town of a country the report never
    # names: the report's own country, which the form admits, outweighs it
    ("Our feed is supplied by Estrella Nutrition S.A.", "company:cl:estrella-nutrition"),
    ("Pacifico Cargo S.A. supplies our reefer containers.", "company:cl:pacifico-cargo"),
])
def test_the_reports_own_country_outweighs_a_small_town_abroad(sentence, firm):
    assert firm in party_ids(_SALMON.format(sentence))


@pytest.mark.parametrize("sentence, firm", [
    # a big town the name opens with still places the firm
    ("Our cartons are supplied by Granada Cartons S.A.", "company:es:granada-cartons"),
    # and so does a small one of a country the text names
    ("Spain is a new market for us. Our feed is supplied by Estrella Nutrition S.A.",
     "company:es:estrella-nutrition"),
])
def test_a_town_of_note_or_of_a_named_country_still_places_the_firm(sentence, firm):
    assert firm in party_ids(_SALMON.format(sentence))


_MILL = ("Dalmatia Olive Mills d.d.\nAnnual report 2023\n\nIn 2023 we pressed 9,000 tonnes of "
         "olives at our mill in Split, Croatia. Croatian growers supplied most of the olives. "
         "We delivered 400 tonnes of oil to Oleificio Sabino of Bari, Italy. In May we signed "
         "a memorandum of understanding with {} on a quality label for olive oil.")


@pytest.mark.parametrize("ministry, want", [
    # a ministry the report leaves without its country is its own country's, not
    # moved across the border to the market the paragraph named
    ("the Ministry of Agriculture", "org:hr:ministry-of-agriculture"),
    # one named with its country is that country's
    ("the Ministry of Agriculture of Italy", "org:it:ministry-of-agriculture"),
])
def test_a_ministry_without_its_country_is_the_reports_own(ministry, want):
    found = {frozenset(p) for p in pairs(_MILL.format(ministry), "SIGNED_AGREEMENT")}
    assert frozenset(("company:hr:dalmatia-olive-mills", want)) in found


_FISH = ("Otago Fish Exports Ltd\nAnnual report 2024\n\nWe process fish at our plant in "
         "Dunedin, New Zealand. We sell fish frames to {}, which turns them into bait.")


@pytest.mark.parametrize("buyer, want", [
    # a firm named after a town of its own country is seated in that country's
    # namesake of a town whose bare name reaches a bigger one abroad
    ("Nelson Bait Supplies Ltd in Richmond", "company:nz:nelson-bait-supplies"),
    # a seat with no namesake in the name's country still places the firm where it is
    ("Nelson Bait Supplies Ltd in Brisbane", "company:au:nelson-bait-supplies"),
])
def test_a_firm_named_after_a_home_town_is_seated_in_the_homes_namesake(buyer, want):
    assert want in party_ids(_FISH.format(buyer))

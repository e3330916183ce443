"""Pairing: both parties recognised and a trigger present, yet the relation needs a
frame to pair them: goods that "go" somewhere, the owner of goods ("its tyres", "the
plant's engines"), a supplier named in the sentence before ("The main buyers are ..."),
lists of goods and their buyers, and the list grammar of agreements."""

import pytest

from tests.extract_candidates import pairs as _pairs

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


def pairs(text, rel_type):
    """Pairs by id, a firm's without its country: which side of a border a firm is on
    is the party recogniser's business, not the pairing's."""
    def short(i):
        parts = i.split(":")
        return f"company:by:{parts[-1]}" if parts[0] == "company" else i
    return [(short(a), short(b)) for a, b in _pairs(text, rel_type)]


@pytest.mark.parametrize(("text", "expected"), [
    # goods that go, end up or head somewhere: their owner supplied the place
    ("Amkodor is based in Minsk. Most of its loaders went to Mongolia and Vietnam in 2020.",
     {("company:by:amkodor", "country:mn"), ("company:by:amkodor", "country:vn")}),
    ("Belshina opened a new line in 2019. A large part of its output ended up in Serbia.",
     {("company:by:belshina", "country:rs")}),
    ("MAZ trucks go mainly to three countries - Russia, Kazakhstan and Mongolia.",
     {("company:by:maz", "country:ru"), ("company:by:maz", "country:kz"),
      ("company:by:maz", "country:mn")}),
    ("Gomselmash makes combines. The plant's harvesters also go to Moldova.",
     {("company:by:gomselmash", "country:md")}),
])
def test_goods_that_go_somewhere_come_from_their_owner(text, expected):
    assert expected <= set(pairs(text, S))


@pytest.mark.parametrize("text", [
    "The mayor of Grodno went to Kaunas in May.",
    "A delegation of the Vitebsk Region went to Smolensk for talks.",
    "Officials of Brest then went to Lublin and Lutsk.",
])
def test_people_who_go_somewhere_supply_nothing(text):
    assert pairs(text, S) == []


@pytest.mark.parametrize(("text", "expected"), [
    # "its" after a buying verb, before a passive buying verb, after "buyers of"
    ("Grodno Azot ships urea to Poland. Lithuania and Latvia also buy its fertilisers.",
     ("company:by:grodno-azot", "country:lt")),
    ("Belshina is the largest tyre maker of Belarus. Its tyres are bought by Kazakhstan and "
     "by Uzbekistan.", ("company:by:belshina", "country:uz")),
    ("Naftan sends petrol to Ukraine; the main buyers of its bitumen are in Latvia.",
     ("company:by:naftan", "country:lv")),
])
def test_the_owner_of_goods_supplies_their_buyers(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor exports loaders and graders. The main buyers are Russia and Kazakhstan.",
     {("company:by:amkodor", "country:ru"), ("company:by:amkodor", "country:kz")}),
    ("Belaruskali shipped potash to India in 2021. Its other top recipients were China and "
     "Brazil.", {("company:by:belaruskali", "country:cn"),
                 ("company:by:belaruskali", "country:br")}),
])
def test_a_buyers_frame_without_owner_takes_the_last_supplier(text, expected):
    assert expected <= set(pairs(text, S))


def test_a_buyers_frame_does_not_reach_into_another_paragraph():
    text = "Amkodor exports loaders.\n\nThe main buyers are Russia and Kazakhstan."
    assert pairs(text, S) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Exports of the Vitebsk Region to Russia grew. The main goods and their buyers were:"
     " - flax fibre: mills of Ivanovo Region and Kostroma Region; - dairy products: Moscow.",
     {("region:by:vitebsk", "region:ru:ivanovo"), ("region:by:vitebsk", "region:ru:kostroma"),
      ("region:by:vitebsk", "city:ru:moscow")}),
    ("The main recipients of Belshina tyres: - truck tyres: Kazakhstan and Uzbekistan; - "
     "farm tyres: Moldova.", {("company:by:belshina", "country:kz"),
                              ("company:by:belshina", "country:uz"),
                              ("company:by:belshina", "country:md")}),
])
def test_a_list_of_goods_and_their_buyers(text, expected):
    assert expected <= set(pairs(text, S))


@pytest.mark.parametrize(("text", "expected"), [
    ("Potash is shipped by Belaruskali to India and China.",
     {("company:by:belaruskali", "country:in"), ("company:by:belaruskali", "country:cn")}),
    ("Amkodor sends loaders to Serbia and Mongolia.",
     {("company:by:amkodor", "country:rs"), ("company:by:amkodor", "country:mn")}),
    ("Amkodor, for its part, is present on the market of Serbia.",
     {("company:by:amkodor", "country:rs")}),
])
def test_supply_verbs_reach_every_listed_recipient(text, expected):
    assert expected <= set(pairs(text, S))


@pytest.mark.parametrize(("text", "expected"), [
    ("Mogilev and Gomel have agreements with Tula Region, and Vitebsk with Smolensk Region.",
     {("city:by:mogilev", "region:ru:tula"), ("city:by:gomel", "region:ru:tula"),
      ("city:by:vitebsk", "region:ru:smolensk")}),
    ("In 2021 documents were signed between such towns as Lida and Sovetsk, Krichev and "
     "Aleksin.", {("city:by:lida", "city:ru:sovetsk"), ("city:by:krichev", "city:ru:aleksin")}),
    ("The executive committees of the Grodno and Brest regions and the administration of the "
     "Kaliningrad Region signed a road map in 2018.",
     {("region:by:grodno", "region:ru:kaliningrad"), ("region:by:brest", "region:ru:kaliningrad")}),
])
def test_agreements_in_grouped_and_coordinated_lists(text, expected):
    found = {tuple(p) for p in pairs(text, A)}
    assert expected <= found | {(b, a) for a, b in found}

"""Supplies whose sides are described rather than simply named, on sentences written for
these tests: a gapped recipient after a town and a calling ("and pears to the Oslo grocer
B"), a firm named after a place's possessive description ("to Tarnow's biggest dairy,
B"), a firm's own distributor set off after its seat ("B of Riga, our distributor since
2015, took apples worth ..."), a supplier of "our" goods under a contract signed with it,
whoever a sentence cites for its figures, a "to" and a "from" in clauses of their own,
and a place that describes the firm opening the next clause."""

import pytest
from extract_candidates import FRUIT_FIRM, FRUIT_REPORT_HEAD, blind_pairs, firm_blind

S = "SUPPLIES_TO"
A = "SIGNED_AGREEMENT"
US = firm_blind(FRUIT_FIRM)


def report(sentence: str) -> str:
    return FRUIT_REPORT_HEAD + sentence


@pytest.mark.parametrize("text,pair", [
    # a gapped clause whose recipient follows a town and a calling
    (report("In Norway we sell apples to the chain Rema Foods AS and pears to the Oslo"
            " wholesaler Bama Gruppen AS."), (US, "company:xx:bama-gruppen")),
    ("Mirgorod sells tractors to Tarnow and combines to the Oslo retailer Bama Gruppen AS.",
     ("city:ua:myrhorod", "company:xx:bama-gruppen")),
    # a firm named after a place's possessive description receives in its stead
    ("The Lublin firm Pasza Nova S.A. began selling feed to Tarnow's biggest dairy farm,"
     " Agrofirma Zorya.", ("company:xx:pasza-nova", "company:xx:agrofirma-zorya")),
    ("Mirgorod sells tractors to Tarnow's largest dealer, Agromash Ltd, and to Kraslava.",
     ("city:ua:myrhorod", "company:xx:agromash")),
    # a firm's own distributor or importer, its seat between its name and the apposition
    (report("In Latvia, Augļu Nams SIA of Riga, our distributor since 2015, took apples and"
            " pears worth EUR 2 million during the year."), (US, "company:xx:auglu-nams")),
    (report("In Latvia, Augļu Nams SIA of Riga, our importer since 2015, bought apples worth"
            " EUR 2 million."), (US, "company:xx:auglu-nams")),
    # a supplier of "our" goods, its seat written after its name
    (report("Kartonas UAB of Kaunas supplies our cartons."), ("company:xx:kartonas", US)),
    # a "to" in a clause of its own before the "from"
    (report("Our stores are connected to the Latvian grid, and we import power from"
            " Ignalina Energy AB in winter."), ("company:xx:ignalina-energy", US)),
])
def test_the_described_side_is_read(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize("text,wrong", [
    # the place is no recipient when a firm its possessive describes is named after it
    ("The Lublin firm Pasza Nova S.A. began selling feed to Tarnow's biggest dairy farm,"
     " Agrofirma Zorya.", ("company:xx:pasza-nova", "city:pl:tarnow")),
    # a grid a clause is connected to is no recipient of what the next clause imports
    (report("Our stores are connected to the Latvian grid, and we import power from"
            " Ignalina Energy AB in winter."), ("company:xx:ignalina-energy", "country:lv")),
    # a town describing the firm of the next clause is no further member of a list
    ("The Tarnow brewery Browar Tarnow regularly delivers beer to Kraslava and Ventspils,"
     " and the Rezekne wine cellar Vinarija Latgale exported wine to Estonia in 2021.",
     ("company:xx:browar-tarnow", "city:lv:rezekne")),
    # whoever the sentence cites for its figures is no side
    ("According to the Tarnow Chamber of Commerce, Kraslava exported apples to Germany.",
     ("org:pl:tarnow-chamber-of-commerce", "country:de")),
    ("According to the Tarnow Chamber of Commerce, the town exported apples to Germany in"
     " 2023 and imported coal from Ostrava.",
     ("city:cz:ostrava", "org:pl:tarnow-chamber-of-commerce")),
])
def test_no_wrong_side(text, wrong):
    assert wrong not in blind_pairs(text, S)


@pytest.mark.parametrize("text,pair", [
    ("The Tarnow brewery Browar Tarnow regularly delivers beer to Kraslava and Ventspils,"
     " and the Rezekne wine cellar Vinarija Latgale exported wine to Estonia in 2021.",
     ("company:xx:vinarija-latgale", "country:ee")),
    ("Kraslava exported apples to Germany, according to the Tarnow Chamber of Commerce.",
     ("city:lv:kraslava", "country:de")),
])
def test_the_plain_supply_stays(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize("text", [
    # services, no goods: a trade fair, a takeover, a distributor that is none of ours
    report("Augļu Nams SIA took part in a fair worth visiting."),
    "Irtysh Mills sells noodles to China, where its chief client is a grocery wholesaler from"
    " Harbin.",
    # repaired, not sold, for the firm after the calling
    "Mirgorod sells tractors to Tarnow and repairs them for the Oslo retailer Bama Gruppen AS.",
])
def test_near_misses_give_no_supply_to_the_described(text):
    pairs = blind_pairs(text, S)
    assert not any(b in (US, "company:xx:auglu-nams", "country:cn", "city:cn:harbin",
                         "company:xx:bama-gruppen") and a != "company:xx:irtysh-mills"
                   for a, b in pairs)


def test_a_contract_signed_with_the_supplier_by_a_pronoun():
    text = report("Kartonas UAB of Kaunas supplies our crates and trays under an agreement"
                  " that we extended with it last spring.")
    assert ("company:xx:kartonas", US) in blind_pairs(text, S)
    assert ("company:xx:kartonas", US) in blind_pairs(text, A)


@pytest.mark.parametrize("text", [
    # the contract is with another partner, or signed by no one the text names
    report("Kartonas UAB supplies our cartons under a contract we signed with the ministry"
           " in 2022."),
    report("Kartonas UAB supplies our cartons under a contract."),
])
def test_no_signing_with_another_or_unsigned(text):
    assert ("company:xx:kartonas", US) in blind_pairs(text, S)
    assert blind_pairs(text, A) == set()


@pytest.mark.parametrize("text,pair,wrong", [
    # a count of the recipient's outlets between "to" and its name
    ("Sady Grojec Sp. z o.o. supplies juice to 250 Lidl stores in the Lodz region.",
     ("company:xx:sady-grojec", "company:xx:lidl"), None),
    # a relative clause after the firm's seat: its subject is no supplier
    ("Our importer Vina Karpat Sp. z o.o. of Krakow, with which Kakheti Wines concluded a"
     " distribution contract in May, supplies the wines to 120 Lidl stores.",
     ("company:xx:vina-karpat", "company:xx:lidl"), ("company:xx:kakheti-wines",
                                                     "company:xx:lidl")),
])
def test_counted_outlets_and_a_seated_relative_clause(text, pair, wrong):
    got = blind_pairs(text, S)
    assert pair in got
    assert wrong not in got


def test_a_year_is_no_count():
    # "from 2019" dates the supplies: the town after it is no source
    text = "From 2019 Tarnow supplied buses to Kraslava."
    assert ("city:pl:tarnow", "city:lv:kraslava") in blind_pairs(text, S)

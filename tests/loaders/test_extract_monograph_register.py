"""Monograph habits of writing: a forum's venue before a list of signed documents,
"respectively" between named firms and buyers, a town's descriptor plant that is no
known firm. Short texts written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type):
    return sorted((c["source"]["id"], c["target"]["id"])
                  for c in extract_lines(text.splitlines(), "mono.txt").candidates
                  if c["type"] == rel_type)


# -- the venue of a forum signs nothing ---------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("The first forum of the regions was held in Tashkent in 2018, at which more than "
     "seventy documents were signed by the regions of the two countries. Among them were "
     "the agreements between the Samarkand Region and the Sverdlovsk Region and between "
     "the Bukhara Region and the Orenburg Region.",
     [("region:uz:bukhara", "region:ru:orenburg"),
      ("region:uz:samarkand", "region:ru:sverdlovsk")]),
    ("The session of the Forum was organised in Mogilev in 2019, and several regions of "
     "the two countries signed documents at it. Among them were the memoranda between the "
     "Vitebsk Region and the Pskov Region, and between the Minsk Region and the Tula Region.",
     [("region:by:minsk", "region:ru:tula"), ("region:by:vitebsk", "region:ru:pskov")]),
])
def test_a_forum_venue_is_no_signer_of_the_listed_agreements(text, pairs):
    assert {frozenset(p) for p in _pairs(text, "SIGNED_AGREEMENT")} == \
        {frozenset(p) for p in pairs}


def test_a_named_signer_still_opens_the_list_beside_a_venue():
    text = ("At the forum held in Minsk, the Grodno Region signed agreements with several "
            "Russian regions. Among them were the Smolensk Region and the Bryansk Region.")
    got = {frozenset(p) for p in _pairs(text, "SIGNED_AGREEMENT")}
    assert got == {frozenset(("region:by:grodno", "region:ru:smolensk")),
                   frozenset(("region:by:grodno", "region:ru:bryansk"))}


# -- "respectively" pairs named suppliers with their buyers in order ------------------
@pytest.mark.parametrize("text, pairs", [
    ("Santa Bremor and Bellakt supply fish products and infant formula to Shandong and "
     "Guangdong respectively.",
     [("company:by:bellakt", "region:cn:guangdong"),
      ("company:by:santa-bremor", "region:cn:shandong")]),
    ("In 2020 Belshina and Amkodor shipped tyres and loaders to Kazan and to Omsk, "
     "respectively, under the new contracts.",
     [("company:by:amkodor", "city:ru:omsk"), ("company:by:belshina", "city:ru:kazan")]),
])
def test_respectively_pairs_suppliers_and_buyers_in_order(text, pairs):
    assert _pairs(text, "SUPPLIES_TO") == pairs


def test_without_respectively_every_supplier_reaches_every_buyer():
    text = "Santa Bremor and Bellakt supply fish products to Shandong and Guangdong."
    assert len(_pairs(text, "SUPPLIES_TO")) == 4


# -- a described plant whose trade the name of a known firm does not show --------------
@pytest.mark.parametrize("text, firm", [
    ("Mogilevkhimvolokno ships fibre to the Ivanovo Region. The Mogilev meat-packing plant "
     "supplies sausages to Smolensk.", "company:by:mogilev-meat-packing-plant"),
    ("Bobruiskagromash sells balers in the Bryansk Region. In 2019 the Bobruisk bakery plant "
     "began to deliver bread to Smolensk.", "company:by:bobruisk-bakery-plant"),
])
def test_a_described_plant_of_another_trade_is_no_glued_firm(text, firm):
    suppliers = [p[0] for p in _pairs(text, "SUPPLIES_TO")]
    assert firm in suppliers and len(suppliers) == 2


def test_a_described_plant_whose_trade_the_glued_name_shows_is_that_firm():
    text = ("Mogilevliftmash ships lifts to Kazan. The Mogilev lift plant also sells lifts "
            "to Tula.")
    assert {p[0] for p in _pairs(text, "SUPPLIES_TO")} == {"company:by:mogilevliftmash"}


@pytest.mark.parametrize("text, firm", [
    ("The Osipovichi dairy plant exports cheese to the Tver Region.",
     "company:by:osipovichi-dairy-plant"),
    ("Since 2015 the Lida brewery company has supplied beer to the Smolensk Region.",
     "company:by:lida-brewery-company"),
])
def test_a_trade_head_goes_on_into_the_head_after_it(text, firm):
    assert {p[0] for p in _pairs(text, "SUPPLIES_TO")} == {firm}


@pytest.mark.parametrize("text, firm", [
    ("Belshina, the Bobruisk tyre maker, sells tyres in Kazan. The Bobruisk meat-packing "
     "plant supplies sausages to the Bryansk Region.", "company:by:bobruisk-meat-packing-plant"),
    ("The Mogilev holding Mogilevskaya Molochnaya Kompaniya sells cheese in Moscow. The "
     "Mogilev brewery plant ships beer to Smolensk.", "company:by:mogilev-brewery-plant"),
])
def test_a_firm_placed_in_the_town_is_no_plant_of_another_trade(text, firm):
    assert firm in {p[0] for p in _pairs(text, "SUPPLIES_TO")}


def test_a_firm_placed_in_the_town_with_that_trade_is_the_plant():
    text = ("The Bobruisk tyre maker Belshina sells tyres in Kazan. The Bobruisk tyre plant "
            "also supplies tyres to the Bryansk Region.")
    assert {p[0] for p in _pairs(text, "SUPPLIES_TO")} == {"company:by:belshina"}


# -- tables laid out in columns of spaces -------------------------------------------
def _rows(text, rel_type):
    return sorted((c["source"]["id"], c["target"]["id"], c["evidence"]["line"])
                  for c in extract_lines(text.splitlines(), "table.txt").candidates
                  if c["type"] == rel_type)


def test_spaced_rows_under_a_caption_pair_their_cells():
    text = ("Table 2. Twin towns of the border districts\n"
            "Lida        Alytus           2004\n"
            "Slonim      Druskininkai     2009\n")
    assert _rows(text, "TWINNED_WITH") == [("city:by:lida", "city:lt:alytus", 2),
                                           ("city:by:slonim", "city:lt:druskininkai", 3)]


def test_a_column_of_regions_reads_bare_names_as_regions():
    text = ("Table 5. Agreements of Uzbek regions with Russian regions\n"
            "Uzbek region      Russian partner       Year    Document\n"
            "Jizzakh           Samara Region         2019    memorandum\n"
            "Syrdarya          Volgograd Region      2021    agreement\n")
    got = {frozenset(r[:2]) for r in _rows(text, "SIGNED_AGREEMENT")}
    assert got == {frozenset(("region:uz:jizzakh", "region:ru:samara")),
                   frozenset(("region:uz:syrdarya", "region:ru:volgograd"))}


def test_a_column_of_buyer_regions_under_an_export_caption():
    text = ("The chemical plants lead the region's exports.\n\n"
            "Table 3. Exports of selected enterprises to Russia, 2021:\n"
            "Enterprise            Main buyers (regions)        mln USD\n"
            "Mogilevkhimvolokno    Ivanovo, Vladimir            96.3\n"
            "Mogilevliftmash       Moscow, Kursk                61.0\n")
    assert _rows(text, "SUPPLIES_TO") == [
        ("company:by:mogilevkhimvolokno", "region:ru:ivanovo", 5),
        ("company:by:mogilevkhimvolokno", "region:ru:vladimir", 5),
        ("company:by:mogilevliftmash", "city:ru:moscow", 6),
        ("company:by:mogilevliftmash", "region:ru:kursk", 6)]


@pytest.mark.parametrize("text, pairs", [
    ("Table 3.4. Supplies of the region's enterprises to the Pskov Region (mln USD)\n"
     "Enterprise                 Goods              2019    2020\n"
     "Polotsk Dairy Plant        cheese, butter     3.0     3.3\n"
     "Orsha Linen Mill           linen fabrics      1.1     1.4\n",
     [("company:by:orsha-linen-mill", "region:ru:pskov", 4),
      ("company:by:polotsk-dairy-plant", "region:ru:pskov", 3)]),
    ("Deliveries of Belarusian machinery to the Smolensk Region in 2020:\n"
     "MAZ          trucks           120\n"
     "Amkodor      loaders           45\n",
     [("company:by:amkodor", "region:ru:smolensk", 3),
      ("company:by:maz", "region:ru:smolensk", 2)]),
])
def test_rows_of_makers_supply_the_captions_recipient(text, pairs):
    assert [r for r in _rows(text, "SUPPLIES_TO") if r[2] > 1] == pairs


def test_partner_provinces_of_an_export_caption_are_buyers_not_twins():
    text = ("Table 4. Belarusian exports to partner provinces, 2021\n"
            "Province        Main exporters              Value\n"
            "Hubei           MAZ, Bobruiskagromash       11.2\n"
            "Shandong        Santa Bremor                 7.9\n")
    assert _rows(text, "TWINNED_WITH") == []
    assert {r[:2] for r in _rows(text, "SUPPLIES_TO")} >= {
        ("company:by:maz", "region:cn:hubei"), ("company:by:santa-bremor", "region:cn:shandong")}


@pytest.mark.parametrize("text", [
    # no caption above: spaced lines are no table
    "Lida        Alytus           2004\nSlonim      Druskininkai     2009\n",
    # one spaced line is no table
    "Table 2. Twin towns of the border districts\nLida        Alytus           2004\n\n"
    "Slonim is a town on the Shchara.\n",
])
def test_spaced_lines_without_a_caption_or_alone_are_no_rows(text):
    assert _rows(text, "TWINNED_WITH") == []


# -- a gapped pair after a date: "A is a twin of B since 2019 and C of D" -------------
@pytest.mark.parametrize("text, rel, pairs", [
    ("Samarkand has been a sister city of Yekaterinburg since 2019 and Bukhara of Kazan "
     "since 2017.", "TWINNED_WITH",
     {("city:uz:samarkand", "city:ru:yekaterinburg"), ("city:uz:bukhara", "city:ru:kazan")}),
    ("Polotsk is a twin town of Valmiera (Latvia) since 2006, and Novopolotsk of Rezekne "
     "since 1999.", "TWINNED_WITH",
     {("city:by:polotsk", "city:lv:valmiera"), ("city:by:novopolotsk", "city:lv:rezekne")}),
    ("The Vitebsk Region has had an agreement with the Pskov Region since 2000, and the "
     "Grodno Region with the Kaliningrad Region since 2003.", "SIGNED_AGREEMENT",
     {("region:by:vitebsk", "region:ru:pskov"), ("region:by:grodno", "region:ru:kaliningrad")}),
])
def test_a_date_after_a_group_does_not_end_the_gapped_list(text, rel, pairs):
    assert set(_pairs(text, rel)) == pairs


def test_a_dated_gapped_group_may_close_on_a_bracketed_reference():
    text = ("Samarkand has been a sister city of Yekaterinburg since 2019 and Bukhara of Kazan "
            "since 2017 [23]; Fergana has no twins yet.")
    assert ("city:uz:bukhara", "city:ru:kazan") in _pairs(text, "TWINNED_WITH")


def test_a_dated_gapped_group_with_a_verb_of_its_own_is_a_clause():
    text = ("Vitebsk signed an agreement with Pskov in 2000, and Orsha with Smolensk opened a "
            "bus line.")
    got = _pairs(text, "SIGNED_AGREEMENT")
    assert ("city:by:vitebsk", "city:ru:pskov") in got
    assert ("city:by:orsha", "city:ru:smolensk") not in got


def test_a_date_between_two_sentences_worth_of_pairs_joins_nothing():
    text = ("Samarkand has been a sister city of Yekaterinburg since 2019. Bukhara is the "
            "seat of a university of Kazan.")
    assert _pairs(text, "TWINNED_WITH") == [("city:uz:samarkand", "city:ru:yekaterinburg")]


# -- a compound of dictionary words opening a sentence is no name -------------------
@pytest.mark.parametrize("text, pair", [
    ("Road-building machinery of Amkodor was delivered to Namangan in 2021.",
     ("company:by:amkodor", "city:uz:namangan")),
    ("Oil-refining equipment of the Pskov firm Pskovneftemash was shipped to Novopolotsk.",
     ("company:ru:pskovneftemash", "city:by:novopolotsk")),
])
def test_a_dictionary_compound_opening_a_sentence_is_no_supplier(text, pair):
    assert _pairs(text, "SUPPLIES_TO") == [pair]


def test_a_compound_name_with_a_capital_part_stays_a_firm():
    text = "Agro-Servis sells tractors in Kazan."
    rows = [(c["source"]["name"], c["target"]["id"])
            for c in extract_lines([text], "mono.txt").candidates]
    assert rows == [("Agro-Servis", "city:ru:kazan")]


# -- a declaration two parties sign is an agreement ---------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Regional ties took shape after the signing of the Joint Declaration on a comprehensive "
     "strategic partnership between Belarus and China in 2013.", ("country:by", "country:cn")),
    ("In 2019 the Vitebsk Region and Shandong signed a declaration on cooperation in trade.",
     ("region:by:vitebsk", "region:cn:shandong")),
])
def test_a_signed_declaration_is_an_agreement(text, pair):
    assert _pairs(text, "SIGNED_AGREEMENT") == [pair]


@pytest.mark.parametrize("text", [
    "The Declaration of Independence of Belarus and the constitution of China were compared.",
    "The Pskov Region adopted a declaration on prices, and the Vitebsk Region noted it.",
])
def test_a_declaration_of_one_party_or_of_independence_is_none(text):
    assert _pairs(text, "SIGNED_AGREEMENT") == []


# -- a list of pairs whose last pair follows ", and" --------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Of the border towns, Nevel and Gorodok, Sebezh and Rossony, and Pytalovo and Braslav "
     "concluded agreements on good-neighbourliness in 2007, 2009 and 2011 respectively.",
     {("city:ru:nevel", "city:by:gorodok"), ("city:ru:sebezh", "city:by:rossony"),
      ("city:ru:pytalovo", "city:by:braslav")}),
    ("The Kostanay and Chelyabinsk regions, the Akmola and Omsk regions, and the Pavlodar and "
     "Tomsk regions signed agreements in 2012.",
     {("region:kz:kostanay", "region:ru:chelyabinsk"), ("region:kz:akmola", "region:ru:omsk"),
      ("region:kz:pavlodar", "region:ru:tomsk")}),
])
def test_every_pair_of_a_list_closed_by_and_signs(text, pairs):
    assert set(_pairs(text, "SIGNED_AGREEMENT")) == pairs


def test_a_clause_of_its_own_after_and_keeps_its_own_signers():
    text = "Minsk and Moscow are capitals, and Vitebsk and Pskov signed an agreement in 2000."
    got = _pairs(text, "SIGNED_AGREEMENT")
    assert ("city:by:vitebsk", "city:ru:pskov") in got
    assert ("city:by:orsha", "city:ru:smolensk") not in got


# -- "the former" and "the latter" ----------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("XCMG delivers cranes to the Minsk Region and to the Vitebsk Region; the latter also "
     "buys textile machinery from Zhejiang.", ("region:cn:zhejiang", "region:by:vitebsk")),
    ("The Samarkand Region trades with the Minsk and Mogilev regions. The latter region has "
     "also received apricots from the Fergana Region since 2018.",
     ("region:uz:fergana", "region:by:mogilev")),
    ("The Vitebsk Region borders on Latgale and the Pskov Region. It sells fertilisers to the "
     "former.", ("region:by:vitebsk", "region:lv:latgale")),
])
def test_the_former_or_the_latter_is_one_of_the_two_named_last(text, pair):
    assert pair in _pairs(text, "SUPPLIES_TO")


def test_the_latter_is_not_the_first_of_the_pair():
    text = ("XCMG delivers cranes to the Minsk Region and to the Vitebsk Region; the latter "
            "also buys textile machinery from Zhejiang.")
    assert ("region:cn:zhejiang", "region:by:minsk") not in _pairs(text, "SUPPLIES_TO")


def test_former_before_a_noun_describes_it_and_refers_to_nobody():
    text = "The former trade mission of Latvia bought tractors from MTZ in 2001."
    assert _pairs(text, "SUPPLIES_TO") == [("company:by:mtz", "country:lv")]


# -- a firm's seat "located near" / "situated in" a town ------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The joint venture BelGee, located near Borisov, receives vehicle kits from the "
     "Zhejiang Geely Holding Group.", ("company:cn:geely", "company:by:belgee")),
    ("The dairy company Milkavita, situated in Gomel, ships cheese to Moscow.",
     ("company:by:milkavita", "city:ru:moscow")),
    ("The tractor dealer Agrotek, located near Almaty, buys tractors from MTZ.",
     ("company:by:mtz", "company:kz:agrotek")),
])
def test_a_seat_after_located_near_or_situated_in_places_the_firm(text, pair):
    assert _pairs(text, "SUPPLIES_TO") == [pair]


def test_a_town_near_a_plain_noun_is_a_party_of_its_own():
    text = "The plant near Minsk and the town of Borisov signed an agreement."
    assert _pairs(text, "SIGNED_AGREEMENT") == [("city:by:minsk", "city:by:borisov")]


# -- "Y is the principal market of X" --------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The Russian Federation has remained the principal market of the Mogilev Region "
     "throughout the period.", ("region:by:mogilev", "country:ru")),
    ("China became the main market of Belarusian potash.", ("country:by", "country:cn")),
])
def test_a_ranked_market_of_an_owner_receives_its_goods(text, pair):
    assert _pairs(text, "SUPPLIES_TO") == [pair]


@pytest.mark.parametrize("text", [
    "Belshina studied the market of Kazakhstan in 2019.",
    "The market of the Mogilev Region is small compared with Russia.",
])
def test_the_market_of_a_place_is_that_place_s_own(text):
    assert _pairs(text, "SUPPLIES_TO") == []


# -- "both regions are parties to the protocol" ---------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The Grodno Region and the Podlaskie Voivodeship cooperate closely.\nBoth regions are "
     "parties to the memorandum on the Augustow Canal.",
     ("region:by:grodno", "region:pl:podlaskie")),
    ("Vitebsk and Pskov have long been partners.\nThe two cities were also signatories of the "
     "protocol on tourism of 2012.", ("city:by:vitebsk", "city:ru:pskov")),
])
def test_a_pair_that_is_party_to_a_document_signed_it(text, pair):
    got = [(c["source"]["id"], c["target"]["id"], c["evidence"]["line"])
           for c in extract_lines(text.splitlines(), "mono.txt").candidates
           if c["type"] == "SIGNED_AGREEMENT"]
    assert got == [(*pair, 2)]


def test_a_pair_that_is_party_to_a_dispute_signed_nothing():
    text = ("The Grodno Region and the Podlaskie Voivodeship cooperate closely. Both regions "
            "are parties to the dispute over the canal.")
    assert _pairs(text, "SIGNED_AGREEMENT") == []


# -- "goods of X go to Y" -------------------------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Fruit and vegetables of the Samarkand Region go to the Minsk and Mogilev regions.",
     [("region:uz:samarkand", "region:by:minsk"), ("region:uz:samarkand", "region:by:mogilev")]),
    ("Tyres of Belshina went to Kazakhstan and Uzbekistan.",
     [("company:by:belshina", "country:kz"), ("company:by:belshina", "country:uz")]),
])
def test_goods_of_an_owner_that_go_somewhere_are_its_supply(text, pairs):
    assert _pairs(text, "SUPPLIES_TO") == pairs


@pytest.mark.parametrize("text", [
    "The delegation of the Samarkand Region went to Minsk in May.",
    "Representatives of the Grodno Region went to Kaunas.",
])
def test_people_of_a_place_that_go_somewhere_supply_nothing(text):
    assert _pairs(text, "SUPPLIES_TO") == []

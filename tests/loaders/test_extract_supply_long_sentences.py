"""Supplies stated in long sentences, on short texts written for these tests: gapped
goods with a count, a second verb of the same subject, a named owner of an agent noun,
"The buyers were ..." after a supply, "its" in a later clause, a relative clause with a
supply of its own, a gapped supplier, "it" as a later clause's subject; and sentences
that must not pair the parties of one clause with those of another."""

import pytest
from extract_candidates import candidates
from extract_candidates import pairs as typed_pairs

SUPPLY = "SUPPLIES_TO"


def pairs(text: str) -> set[tuple[str, str]]:
    return set(typed_pairs(text, SUPPLY))


def _slug(party_id: str) -> str:
    return party_id.rsplit(":", 1)[-1]


def _has(got: set[tuple[str, str]], pair: tuple[str, str]) -> bool:
    """The pair by the parties' names (a firm's country guess is another matter)."""
    return any(_slug(a) == _slug(pair[0]) and _slug(b) == _slug(pair[1]) for a, b in got)


# -- gapped goods with a count ---------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("In April MAZ delivered 40 dump trucks to Mongolia, 25 buses to Kazakhstan and 12 road "
     "tractors to Uzbekistan.", ("company:by:maz", "country:uz")),
    ("Gomselmash delivered 640 combines to the Bryansk Region and 210 to the Kursk Region.",
     ("company:by:gomselmash", "region:ru:kursk")),
    ("The Omsk Region received 60 tractors from MTZ and 18 loaders from Amkodor last year.",
     ("company:by:amkodor", "region:ru:omsk")),
    ("Uzbekistan bought 300 tractors from Belarus and 2,400 tonnes of zinc from Kazakhstan.",
     ("country:kz", "country:uz")),
])
def test_a_counted_gapped_member_takes_the_verb_before(text, want):
    assert want in pairs(text)


def test_a_count_in_a_clause_of_its_own_is_no_gapped_member():
    got = pairs("Gomselmash delivered 640 combines to the Bryansk Region, and 210 tractors "
                "went from MTZ to the Kursk Region.")
    assert ("company:by:gomselmash", "region:ru:kursk") not in got


# -- a second verb of the same subject --------------------------------------------------

@pytest.mark.parametrize("text,want,wrong", [
    ("Mebelstil supplies sofas to the Lithuanian retailer Baldu Namai and ships cabinets to "
     "the Kazakh firm Mebel Trade.", ("company:by:mebelstil", "company:kz:mebel-trade"),
     ("company:lt:baldu-namai", "company:kz:mebel-trade")),
    ("The Asia Auto plant receives car kits from AvtoVAZ and ships finished cars to "
     "Kyrgyzstan.", ("company:kz:asia-auto", "country:kg"),
     ("company:ru:avtovaz", "country:kg")),
    ("KAMAZ purchases cabins from MAZ and tyres from Belshina, and sells trucks to Mongolia.",
     ("company:ru:kamaz", "country:mn"), ("company:by:belshina", "country:mn")),
])
def test_a_second_verb_keeps_the_subject_of_the_first(text, want, wrong):
    got = pairs(text)
    assert _has(got, want)
    assert not _has(got, wrong)


@pytest.mark.parametrize("text,wrong", [
    # a relative clause's verb has the relative's subject
    ("MAZ supplies chassis to the Ural Crane Works, which mounts cranes on them and sells "
     "them to Kazzinc.", ("company:by:maz", "company:kz:kazzinc")),
    # a second clause with a subject of its own
    ("Grodno Azot supplies carbamide to Poland, and Naftan supplies diesel fuel to Ukraine.",
     ("company:by:grodno-azot", "country:ua")),
])
def test_a_verb_with_a_subject_of_its_own_is_not_the_first_subjects(text, wrong):
    assert wrong not in pairs(text)


def test_the_relatives_verb_is_its_antecedents():
    got = pairs("MAZ supplies chassis to the Ural Crane Works, which mounts cranes on them "
                "and sells them to Kazzinc.")
    assert ("company:ru:ural-crane-works", "company:kz:kazzinc") in got or \
        any(b == "company:kz:kazzinc" and "ural-crane-works" in a for a, b in got)


# -- a named owner of an agent noun ------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("KAMAZ, Kazzinc and Lukoil are among Amkodor's customers.",
     {("company:by:amkodor", "company:ru:kamaz"), ("company:by:amkodor", "company:kz:kazzinc"),
      ("company:by:amkodor", "company:ru:lukoil")}),
    ("Belshina is KAMAZ's supplier of tyres.", {("company:by:belshina", "company:ru:kamaz")}),
    ("KAMAZ remains Belshina's largest customer.",
     {("company:by:belshina", "company:ru:kamaz")}),
])
def test_a_named_owner_of_a_supplier_or_customer(text, want):
    assert want <= pairs(text)


@pytest.mark.parametrize("text", [
    "KAMAZ is not Belshina's customer.",
    "Lukoil is Amkodor's partner in Tatarstan.",
    "KAMAZ is Belshina's rival on the tyre market of Kazakhstan.",
])
def test_a_named_owner_without_a_supply_noun_is_no_supply(text):
    assert pairs(text) == set()


# -- "The buyers were ..." after a supply ------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Gomselmash delivered 120 combines in 2020. The buyers were farms of the Kursk and Oryol "
     "regions.", {("company:by:gomselmash", "region:ru:kursk"),
                  ("company:by:gomselmash", "region:ru:oryol")}),
    ("MAZ sold 90 buses abroad last year. The customers were Mongolia and Armenia.",
     {("company:by:maz", "country:mn"), ("company:by:maz", "country:am")}),
])
def test_the_buyers_opening_a_sentence_are_the_last_supplys(text, want):
    assert want <= pairs(text)


@pytest.mark.parametrize("text", [
    "Gomselmash showed its combines at a fair. The buyers were impressed, said Kazakhstan.",
    "The buyers were farms of the Kursk and Oryol regions.",
])
def test_the_buyers_without_a_supplier_before_give_nothing(text):
    assert not any(a == "company:by:gomselmash" for a, _ in pairs(text))
    assert not any(b == "country:kz" for _, b in pairs(text))


# -- "its" in a later clause --------------------------------------------------------------

@pytest.mark.parametrize("text,want,wrong", [
    ("The Smolensk Region buys most of its city buses from MAZ, and its lifts come from "
     "Mogilevliftmash.", ("company:by:mogilevliftmash", "region:ru:smolensk"),
     ("company:by:mogilevliftmash", "company:by:maz")),
    ("In 2019 the Omsk Region bought tractors from MTZ, and its combines came from "
     "Gomselmash.", ("company:by:gomselmash", "region:ru:omsk"),
     ("company:by:gomselmash", "company:by:mtz")),
])
def test_its_in_a_later_clause_is_the_subject_the_sentence_opened_with(text, want, wrong):
    got = pairs(text)
    assert want in got
    assert wrong not in got


# -- a relative clause with a supply of its own ------------------------------------------

@pytest.mark.parametrize("text,want,wrong", [
    ("Belshina, which supplies tyres to KAMAZ, also ships them to Rostselmash.",
     ("company:by:belshina", "company:ru:rostselmash"),
     ("company:ru:kamaz", "company:ru:rostselmash")),
    ("Naftan, which sells bitumen to Lithuania, exports diesel fuel to Ukraine.",
     ("company:by:naftan", "country:ua"), ("country:lt", "country:ua")),
])
def test_a_relative_clause_before_the_verb_names_no_side(text, want, wrong):
    got = pairs(text)
    assert want in got
    assert wrong not in got


# -- a gapped supplier ---------------------------------------------------------------------

@pytest.mark.parametrize("text,want,wrong", [
    ("Belshina supplies tyres to KAMAZ and MAZ, and Grodno Azot fertiliser to farms in the "
     "Bryansk Region.", ("company:by:grodno-azot", "region:ru:bryansk"),
     ("company:by:belshina", "company:by:grodno-azot")),
    ("MTZ sells tractors to Kazakhstan, and Amkodor loaders to Uzbekistan.",
     ("company:by:amkodor", "country:uz"), ("company:by:mtz", "company:by:amkodor")),
])
def test_a_gapped_clause_has_its_own_supplier(text, want, wrong):
    got = pairs(text)
    assert want in got
    assert wrong not in got


def test_a_repeated_preposition_is_no_gapped_supplier():
    got = pairs("Grodno Azot supplies fertiliser to Lithuania, Latvia and to Poland.")
    assert ("company:by:grodno-azot", "country:pl") in got
    assert ("country:lv", "country:pl") not in got


# -- "it" as a later clause's subject ----------------------------------------------------

@pytest.mark.parametrize("text,want,wrong", [
    ("The Ural Crane Works buys chassis from MAZ and hydraulics from Hydrosila, and it sells "
     "cranes to Kazzinc.", ("ural-crane-works", "company:kz:kazzinc"),
     ("hydrosila", "company:kz:kazzinc")),
    ("Allur imports kits from KAMAZ, and it ships finished trucks to Kyrgyzstan.",
     ("allur", "country:kg"), ("company:ru:kamaz", "country:kg")),
])
def test_it_after_a_buying_verb_is_the_sentences_subject(text, want, wrong):
    got = pairs(text)
    assert any(want[0] in a and b == want[1] for a, b in got)
    assert not any(wrong[0] in a and b == wrong[1] for a, b in got)


# -- gapped suppliers in a comma list, and gapped recipients named by their place ----------

def test_each_gapped_clause_of_a_list_has_its_own_supplier():
    got = pairs("In 2022 MAZ sold 80 buses to Almaty, BelAZ 40 dump trucks to Kazakhmys and "
                "MTZ 500 tractors to Kostanay.")
    assert {("company:by:maz", "city:kz:almaty"), ("company:by:belaz", "company:kz:kazakhmys"),
            ("company:by:mtz", "city:kz:kostanay")} <= got
    assert ("company:by:maz", "company:by:belaz") not in got
    assert ("company:by:belaz", "company:by:mtz") not in got


def test_a_gapped_supplier_with_no_goods_of_its_own():
    got = pairs("Lukoil supplies crude oil to Belarus, and Gazprom Neft to Naftan.")
    assert ("company:ru:gazprom-neft", "company:by:naftan") in got
    assert ("company:ru:lukoil", "company:by:naftan") not in got


@pytest.mark.parametrize("text,want", [
    ("Grodno Azot sells carbamide to farmers in Poland and caprolactam to textile mills in "
     "China.", ("company:by:grodno-azot", "country:cn")),
    ("Belaruskali ships potash to blenders in Brazil and salt to road services of Lithuania.",
     ("company:by:belaruskali", "country:lt")),
])
def test_gapped_goods_to_recipients_named_by_their_place(text, want):
    assert want in pairs(text)


# -- a later clause whose goods go or reach somewhere ------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Gomselmash exports combines to Russia and Kazakhstan; forage harvesters also go to "
     "Ukraine.", ("company:by:gomselmash", "country:ua")),
    ("Naftan sells diesel to Ukraine, while the bitumen goes to Lithuania.",
     ("company:by:naftan", "country:lt")),
    ("Cars assembled by Allur are delivered to dealers in Almaty, and some of them reach "
     "customers in Kyrgyzstan.", ("allur", "country:kg")),
])
def test_goods_that_go_or_reach_somewhere_in_a_later_clause(text, want):
    assert any(want[0] in a and b == want[1] for a, b in pairs(text))


@pytest.mark.parametrize("text,wrong", [
    ("MAZ shipped trucks to Mongolia, and its delegation went to Armenia.",
     ("company:by:maz", "country:am")),
    ("MAZ shipped trucks to Mongolia, and the profits went to Minsk.",
     ("company:by:maz", "city:by:minsk")),
])
def test_people_and_money_that_go_are_no_goods(text, wrong):
    assert wrong not in pairs(text)


# -- "of its goods" after a supply noun ----------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Grodno Azot sends fertiliser to Poland, and shipments of its caprolactam to China "
     "resumed in 2019.", ("company:by:grodno-azot", "country:cn")),
    ("The Pavlodar Aluminium Smelter sold metal to buyers in the Omsk Region, and deliveries "
     "of its alumina to Novosibirsk doubled.",
     ("pavlodar-aluminium-smelter", "city:ru:novosibirsk")),
])
def test_a_supply_noun_of_its_goods_is_the_owners(text, want):
    assert any(want[0] in a and b == want[1] for a, b in pairs(text))


# -- an intention of a second verb ---------------------------------------------------------

def test_an_intention_of_the_second_verb_leaves_the_first_a_fact():
    rows = [r for r in candidates("MAZ delivered 40 buses to Minsk in 2023 and will supply "
                                  "another 60 to Brest next year.") if r["type"] == SUPPLY]
    got = {(r["source"]["id"], r["target"]["id"]): r["status"] for r in rows}
    assert got.get(("company:by:maz", "city:by:minsk")) == "fact"
    assert got.get(("company:by:maz", "city:by:brest")) == "planned"
    assert ("city:by:minsk", "city:by:brest") not in got


def test_an_intention_of_the_same_verb_stays_planned():
    rows = [r for r in candidates("MAZ will supply 200 buses to Minsk and 50 to Brest.")
            if r["type"] == SUPPLY]
    assert rows and all(r["status"] == "planned" for r in rows)


# -- a share of the supply just stated --------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Savushkin Product exported dairy products worth 290 million dollars in 2025. Russia "
     "took two thirds of the volume.", {("company:by:savushkin-product", "country:ru")}),
    ("Belshina exported 2 million tyres last year. Russia accounted for 40% of them, and "
     "Kazakhstan, Serbia and Poland most of the rest.",
     {("company:by:belshina", "country:ru"), ("company:by:belshina", "country:kz"),
      ("company:by:belshina", "country:rs"), ("company:by:belshina", "country:pl")}),
])
def test_the_subject_of_a_share_taken_receives_the_last_supply(text, want):
    assert want <= pairs(text)


@pytest.mark.parametrize("text", [
    "Russia took two thirds of the volume.",
    "Belshina exported tyres last year. Russia accounted for 40% of the total trade.",
    "Belshina exported tyres last year. Russia took part in the Minsk fair.",
])
def test_a_share_without_a_supply_before_or_of_no_supply_gives_no_recipient(text):
    assert not any(b == "country:ru" for _, b in pairs(text))


# -- direction: "supplier of Y", goods of a maker bought by Y --------------------------------

@pytest.mark.parametrize("text,want", [
    ("Belshina is the main tyre supplier of KAMAZ.", ("company:by:belshina", "company:ru:kamaz")),
    ("Kazakhstan remains the largest grain supplier of Uzbekistan.", ("country:kz", "country:uz")),
])
def test_the_supplier_of_a_party_supplies_it(text, want):
    assert want in pairs(text)


@pytest.mark.parametrize("text", [
    "Minsk is the largest exporter of Belarus.",
    "Belshina is the largest supplier of KAMAZ trucks in Russia.",
])
def test_an_exporter_of_a_place_or_a_supplier_of_a_makers_goods_names_no_recipient(text):
    assert not any(a in ("city:by:minsk", "company:by:belshina") for a, _ in pairs(text))


@pytest.mark.parametrize("text,want", [
    ("Belarusian tractors are bought by the Omsk Region.", ("country:by", "region:ru:omsk")),
    ("Kazakh grain is bought by mills in the Omsk Region.", ("country:kz", "region:ru:omsk")),
])
def test_goods_of_a_demonyms_country_bought_by_a_buyer(text, want):
    assert want in pairs(text)


# -- a later passive clause with no agent --------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("MAZ ships trucks to Mongolia, and buses are sold in Kazakhstan and Uzbekistan.",
     {("company:by:maz", "country:kz"), ("company:by:maz", "country:uz")}),
    ("Bellakt supplies baby food to Russia, and since 2020 it has been sold in Mongolia too.",
     {("company:by:bellakt", "country:mn")}),
    ("The Omsk Region bought 120 tractors from MTZ; 40 combines were purchased from "
     "Gomselmash.", {("company:by:gomselmash", "region:ru:omsk")}),
])
def test_a_later_passive_clause_takes_the_side_it_leaves_out(text, want):
    assert want <= pairs(text)


@pytest.mark.parametrize("text,wrong", [
    # made, not sold, in the place; a passive with its own agent
    ("MAZ ships trucks to Mongolia, and buses are assembled in Kazakhstan.",
     ("company:by:maz", "country:kz")),
    ("The Omsk Region bought tractors from MTZ; combines were purchased from Gomselmash by "
     "the Altai Krai.", ("company:by:gomselmash", "region:ru:omsk")),
])
def test_a_later_passive_clause_of_no_sale_or_with_an_agent_carries_nothing(text, wrong):
    assert wrong not in pairs(text)


# -- "the region's main supplier", ranked after the subject ----------------------------------

@pytest.mark.parametrize("text,want", [
    ("The Smolensk Region buys most of its buses from MAZ. Belarus is the region's main "
     "supplier of dairy products, followed by Kazakhstan.",
     {("country:by", "region:ru:smolensk"), ("country:kz", "region:ru:smolensk")}),
    ("KAMAZ assembles trucks in Naberezhnye Chelny. Belshina is the company's largest tyre "
     "supplier.", {("company:by:belshina", "company:ru:kamaz")}),
    ("Russia is Belshina's largest market, followed by Kazakhstan.",
     {("company:by:belshina", "country:ru"), ("company:by:belshina", "country:kz")}),
])
def test_a_referred_owner_of_a_supplier_and_the_ranking_after_the_subject(text, want):
    assert want <= pairs(text)


def test_the_regions_exporters_are_in_the_region_not_its_suppliers():
    got = pairs("The Vitebsk Region is an industrial one. Vitebsk Carpets and the footwear "
                "maker Marko remain the region's best-known exporters.")
    assert not any(b == "region:by:vitebsk" for _, b in got)


# -- "its suppliers include", "; its suppliers, A and B" ------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Belshina had a good year. Its buyers include KAMAZ and MAZ; its suppliers include "
     "Severstal and Lukoil.", {("company:ru:severstal", "company:by:belshina"),
                               ("company:ru:lukoil", "company:by:belshina"),
                               ("company:by:belshina", "company:ru:kamaz")}),
    ("Belshina had a good year. The plant's buyers include KAMAZ and MAZ; its suppliers, "
     "Severstal and Lukoil.", {("company:ru:severstal", "company:by:belshina"),
                               ("company:ru:lukoil", "company:by:belshina")}),
])
def test_its_suppliers_listed_after_the_buyers(text, want):
    assert want <= pairs(text)


def test_its_suppliers_in_an_apposition_open_no_list_of_suppliers():
    got = pairs("Belshina had a good year. Its suppliers, Severstal and Lukoil, raised prices.")
    assert got == set()


def test_a_share_of_the_exports_may_be_the_subjects_own():
    got = pairs("Belshina exported tyres last year. Russia accounted for 40% of the exports "
                "of the Gomel Region.")
    assert ("company:by:belshina", "country:ru") not in got


# -- goods that go to users named by their place, and a maker of goods that go ---------------

@pytest.mark.parametrize("text,want", [
    ("Belshina exports tyres. Its giant tyres go to mines of the Kemerovo Region.",
     ("company:by:belshina", "region:ru:kemerovo")),
    ("KAMAZ trucks assembled in Kostanay by Allur go to mines of the Karaganda Region.",
     ("allur", "region:kz:karaganda")),
])
def test_goods_that_go_to_users_of_a_place(text, want):
    assert any(want[0] in a and b == want[1] for a, b in pairs(text))


@pytest.mark.parametrize("text", [
    "KAMAZ trucks assembled by Allur went to the fair in Astana.",
    "The Belshina delegation went to mines of the Kemerovo Region.",
])
def test_an_event_or_people_that_go_give_no_supply(text):
    assert pairs(text) == set()


# -- "a contract with B to supply C" -----------------------------------------------------------

@pytest.mark.parametrize("text,want,wrong", [
    ("MTZ signed a contract with the Kazakh dealer Agromash to supply 300 tractors to farms "
     "of the Kostanay Region.", ("company:by:mtz", "region:kz:kostanay"),
     ("agromash", "region:kz:kostanay")),
    ("Belshina concluded an agreement with KAMAZ to deliver 50,000 tyres to Naberezhnye "
     "Chelny.", ("company:by:belshina", "city:ru:naberezhnyye-chelny"),
     ("kamaz", "city:ru:naberezhnyye-chelny")),
])
def test_the_signer_of_a_contract_supplies_what_it_is_for(text, want, wrong):
    rows = [r for r in candidates(text) if r["type"] == SUPPLY]
    got = {(r["source"]["id"], r["target"]["id"]): r["status"] for r in rows}
    assert got.get(want) == "planned"
    assert not any(wrong[0] in a and b == wrong[1] for a, b in got)

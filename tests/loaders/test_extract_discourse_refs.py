"""References across sentences: a party named earlier in the paragraph and then called
"the oblast", "the firm", "the plant", "its", or left out ("Most of the output goes to
...", "Engines are delivered by ..."), resolved only when one antecedent fits."""

import pytest
from extract_candidates import blind_pairs as pairs
from extract_candidates import pairs as _pairs

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "expected"), [
    # the owner's enterprises supply: the owner supplies (a verb after "now", "also")
    ("The Tula Region raised its exports last year. The region's enterprises now supply "
     "steel and fertilisers to Shandong Province.", ("region:ru:tula", "region:cn:shandong")),
    ("The Pavlodar Region is an industrial one. The oblast's plants supply aluminium to "
     "the Chelyabinsk Region.", ("region:kz:pavlodar", "region:ru:chelyabinsk")),
    ("Kazzinc is a large producer of zinc. The company's smelters also supply refined "
     "zinc to Turkey.", ("company:xx:kazzinc", "country:tr")),
])
def test_an_owner_named_by_reference_supplies(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize("text", [
    # a reference with nothing of its kind before it names no supplier
    "The region's enterprises now supply steel to Shandong Province.",
    "The company's smelters also supply refined zinc to Turkey.",
])
def test_an_owner_reference_without_antecedent_supplies_nothing(text):
    assert pairs(text, S) == set()


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # the sentence's opening place and a comma, then its subject: the subject acts, and
    # "the plant" / "the company" in the next sentence is it, not a firm named before
    ("The Orsha Linen Mill sends linen to Italy. In Novopolotsk, the oil refinery Naftan "
     "also increased shipments. The plant delivers diesel fuel mainly to Ukraine.",
     ("company:xx:naftan", "country:ua"), ("company:xx:orsha-linen-mill", "country:ua")),
    ("Amkodor makes loaders for Russia. At Zhodino, the truck maker BelAZ opened a new "
     "shop in May. The company ships dump trucks to Chile.",
     ("company:xx:belaz", "country:cl"), ("company:xx:amkodor", "country:cl")),
])
def test_the_subject_after_an_opening_place_is_the_actor(text, expected, not_expected):
    found = pairs(text, S)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(("text", "expected"), [
    # goods the text has just spoken of go somewhere: the supplier of the supply before
    ("Kazzinc delivers refined zinc to China. Most of the lead goes to Turkey.",
     ("company:xx:kazzinc", "country:tr")),
    ("Belshina ships tyres to Russia and Kazakhstan. The rest of the output went to Poland.",
     ("company:xx:belshina", "country:pl")),
    ("Naftan sells petrol in Ukraine. A large part of the diesel ends up in Latvia.",
     ("company:xx:naftan", "country:lv")),
])
def test_goods_spoken_of_go_from_the_last_supplier(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize("text", [
    # no supply before them: whose goods they are is not said
    "Most of the lead goes to Turkey.",
    "Kazzinc opened a new smelter in 2021. Most of the lead goes to Turkey.",
    # people are no goods
    "Belshina ships tyres to Russia. The delegation went to Poland in May.",
])
def test_goods_with_no_supplier_before_give_nothing(text):
    assert ("country:tr" not in {b for _, b in pairs(text, S)}
            and "country:pl" not in {b for _, b in pairs(text, S)})


@pytest.mark.parametrize(("text", "expected"), [
    # a firm that depends on inputs, then who supplies them: the firm receives
    ("Lidagromash depends on a few suppliers. Engines are delivered by the Minsk Motor "
     "Plant, and the gearboxes come from ZF Friedrichshafen in Germany.",
     {("company:xx:mmz", "company:xx:lidagromash"),
      ("company:xx:zf", "company:xx:lidagromash")}),
    ("AMKODOR HOLDING\n\nOur plants rely on imported components. Engines come from Deutz "
     "AG and from the Yaroslavl Motor Plant; hydraulics are supplied by the Italian firm "
     "Casappa S.p.A.",
     {("company:xx:deutz", "company:xx:amkodor"),
      ("company:xx:yamz", "company:xx:amkodor"),
      ("company:xx:casappa", "company:xx:amkodor")}),
    # the next sentence goes on with the same firm's inputs
    ("Gomselmash buys most components abroad. Its engines come from Deutz of Germany. "
     "Tyres are supplied by Belshina.",
     {("company:xx:belshina", "company:xx:gomselmash")}),
])
def test_inputs_go_to_the_firm_that_depends_on_them(text, expected):
    found = pairs(text, S)
    assert expected <= found
    assert not any(a == "country:de" for a, _ in found)  # "Deutz of Germany": where it is


@pytest.mark.parametrize("text", [
    # no firm said to need inputs: the recipient is unknown
    "Engines are delivered by the Minsk Motor Plant.",
    # ("Amkodor exports loaders to Russia. Engines are delivered by Deutz." now gives
    # Deutz -> Amkodor: the firm the paragraph speaks of; see test_extract_carried_topic)
    "Amkodor depends on imported components.\n\nEngines are delivered by Deutz.",
])
def test_inputs_with_no_firm_that_needs_them_go_nowhere(text):
    assert not any(a == "company:xx:deutz" or a == "company:xx:mmz"
                   for a, _ in pairs(text, S))


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted remark is no name: its words are read, and "we" is the text's speaker
    ('LIDAGROMASH PRESS OFFICE\n\n"We now ship harvesters to Uzbekistan every month," the '
     'director said.', ("org:xx:lidagromash-press-office", "country:uz")),
    ('AMKODOR HOLDING\n\nThe director was clear. "Our loaders are sold in Mongolia and we '
     'will ship the first ones to Vietnam." He left for Hanoi.',
     ("company:xx:amkodor", "country:mn")),
])
def test_a_quoted_remark_is_read_as_text(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize("text", [
    'The plant "Belshina" ships tyres to Serbia.',
    'OJSC "Grodno Azot" sells urea to Poland.',
])
def test_a_quoted_name_stays_one_name(text):
    assert any(a.startswith("company:") for a, _ in pairs(text, S))


@pytest.mark.parametrize(("text", "expected"), [
    # signers named in the sentence before, the document in lexicon words of its own
    ("In 2019 the governors of the Pavlodar and Omsk regions met in Omsk. The parties "
     "adopted a plan of joint measures in transport.", ("region:kz:pavlodar", "region:ru:omsk")),
    ("Delegations of the Minsk Region and the Tver Region met in Torzhok. The two "
     "sides signed a plan of joint events for 2025.", ("region:by:minsk", "region:ru:tver")),
])
def test_the_parties_of_a_plan_are_the_pair_named_before(text, expected):
    assert expected in pairs(text, A)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # "the region" in a region's own text is that region, not one named in passing before
    ("GOVERNMENT OF THE OMSK REGION\n\nBelshina tyres reach the Kemerovo Region by rail.\n\n"
     "The region's enterprises now supply grain to Kazakhstan.",
     ("region:ru:omsk", "country:kz"), ("region:ru:kemerovo", "country:kz")),
    ("Mogilev Regional Executive Committee\n\nBelshina ships tyres to the Kemerovo Region.\n\n"
     "The region's main export items and their buyers were:\n- tyres: Russia and Uzbekistan;\n"
     "- fibres: Turkey.",
     ("region:by:mogilev", "country:uz"), ("region:ru:kemerovo", "country:uz")),
    # ... unless the paragraph has just named another region
    ("GOVERNMENT OF THE OMSK REGION\n\nThe Tyumen Region is our neighbour. The region's "
     "enterprises supply oil to Kazakhstan.",
     ("region:ru:tyumen", "country:kz"), ("region:ru:omsk", "country:kz")),
])
def test_the_region_of_a_regional_text_is_its_own(text, expected, not_expected):
    found = pairs(text, S)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(("text", "expected"), [
    # a list's caption with the owner of the goods: "X's items and their buyers"
    ("Belshina makes tyres in Bobruisk. Its main goods and their markets were:\n"
     "- truck tyres: Russia and Serbia;\n- car tyres: Poland.",
     ("company:xx:belshina", "country:pl")),
    ("The Gomel Region is large.\n\nThe region's main export items and their buyers were:\n"
     "- grain: Latvia;\n- flax: Lithuania.", ("region:by:gomel", "country:lt")),
])
def test_the_owner_in_a_list_caption_supplies_its_items(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize(("text", "expected"), [
    # "our" and "its" own the agent noun after a plural "remain"
    ("AMKODOR HOLDING\n\nThe Minsk Bearing Plant and Belshina remain our main suppliers.",
     {("company:xx:minsk-bearing-plant", "company:xx:amkodor"),
      ("company:xx:belshina", "company:xx:amkodor")}),
    ("Belshina sells tyres in Russia. MAZ and BelAZ remain its largest customers.",
     {("company:xx:belshina", "company:xx:maz"), ("company:xx:belshina", "company:xx:belaz")}),
])
def test_remain_our_suppliers(text, expected):
    assert expected <= pairs(text, S)


@pytest.mark.parametrize(("text", "supplier", "recipient"), [
    # a domestic partner is of the firm's own country, not across the border
    ("MINSK, 3 May 2024 - Amkodor ships loaders to Russia. Belshina and Kvarts remain its "
     "main domestic suppliers.", "company:by:kvarts", "company:by:amkodor"),
    ("GRODNO, 5 June 2023 - Grodno Azot sells urea to Poland and Lithuania. The plant's "
     "main domestic customer is Agrokombinat Zhdanovichi.", "company:by:grodno-azot",
     "company:by:agrokombinat-zhdanovichi"),
])
def test_domestic_partners_share_a_country(text, supplier, recipient):
    assert (supplier, recipient) in _pairs(text, S)


@pytest.mark.parametrize(("text", "wrong"), [
    # "its" does not point to the subject of its own clause
    ("MAZ and BelAZ are its largest customers.", ("company:xx:maz", "company:xx:belaz")),
    ("Belshina and Kvarts remain its main suppliers.",
     ("company:xx:kvarts", "company:xx:belshina")),
    ("Belshina sells tyres in Russia. MAZ and BelAZ remain its largest customers.",
     ("company:xx:maz", "company:xx:belaz")),
])
def test_its_is_not_the_clause_s_own_subject(text, wrong):
    assert wrong not in pairs(text, S)


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting, then a signing clause with no signer: the two sides that met
    ("Representatives of Polotsk and Pushkinskiye Gory gathered in Pskov the same day, and a "
     "road map on tourism was adopted at their meeting.",
     {("city:by:polotsk", "city:ru:pushkinskiye-gory")}),
    ("The mayors of Grodno and Druskininkai met in Vilnius in May, and an agreement on "
     "tourism was signed.", {("city:by:grodno", "city:lt:druskininkai")}),
    # a count of documents is no signing; two towns of one country are left alone
    ("The mayors of Grodno and Druskininkai met in Vilnius, and 40 agreements have been "
     "signed since 2000.", set()),
    ("The mayors of Grodno and Lida met in Minsk, and an agreement on tourism was signed.",
     set()),
])
def test_sides_that_met_sign_the_document_of_the_next_clause(text, expected):
    assert pairs(text, A) == expected

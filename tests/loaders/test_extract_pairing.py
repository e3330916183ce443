"""Pairing: both parties recognised and a trigger present, yet the relation needs a
frame to pair them: goods that "go" somewhere, the owner of goods ("its tyres", "the
plant's engines"), a supplier named in the sentence before ("The main buyers are ..."),
lists of goods and their buyers, and the list grammar of agreements."""

import pytest
from extract_candidates import pairs as _pairs

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
     {("region:by:mogilev", "region:ru:tula"), ("region:by:gomel", "region:ru:tula"),
      ("region:by:vitebsk", "region:ru:smolensk")}),
    ("In 2021 documents were signed between such towns as Lida and Sovetsk, Krichev and "
     "Aleksin.", {("city:by:lida", "city:ru:sovetsk"), ("city:by:krichev", "city:ru:aleksin")}),
    ("The executive committees of the Grodno and Brest regions and the administration of the "
     "Kaliningrad Region signed a road map in 2018.",
     {("region:by:grodno", "region:ru:kaliningrad"), ("region:by:brest", "region:ru:kaliningrad")}),
])
def test_agreements_in_grouped_and_coordinated_lists(text, expected):
    found = {tuple(p) for p in pairs(text, A)}
    assert expected <= found | {(b, a) for a, b in found}


@pytest.mark.parametrize(("text", "expected"), [
    # a gapped clause that repeats the agent's "by"
    ("Agreements were concluded by the Vitebsk region with the Pskov region, and by the "
     "Gomel region with the Bryansk and Kursk regions.",
     {("region:by:vitebsk", "region:ru:pskov"), ("region:by:gomel", "region:ru:bryansk"),
      ("region:by:gomel", "region:ru:kursk")}),
    # a dash-gapped clause after a list: its head is no member of the list before it
    ("The Minsk region signed agreements with the Moscow and Kaluga regions, the Brest region"
     " - with the Tambov region.",
     {("region:by:minsk", "region:ru:moscow"), ("region:by:minsk", "region:ru:kaluga"),
      ("region:by:brest", "region:ru:tambov")}),
    # a repeated "between"
    ("In 2019 memoranda were signed between the Gomel region and Bryansk, and between the "
     "Mogilev region and Smolensk.",
     {("region:by:gomel", "region:ru:bryansk"), ("region:by:mogilev", "region:ru:smolensk")}),
    # pairs after "between", the last one after ", and"
    ("Cooperation agreements exist between Vitebsk and Pskov, Gomel and Bryansk, and Brest "
     "and Tambov.", {("city:by:vitebsk", "city:ru:pskov"), ("city:by:gomel", "city:ru:bryansk"),
                     ("city:by:brest", "city:ru:tambov")}),
])
def test_agreement_lists_with_gapped_and_repeated_clauses(text, expected):
    found = set(pairs(text, A))
    assert expected <= found | {(b, a) for a, b in found}


def test_a_gapped_clause_head_is_not_a_member_of_the_list_before_it():
    text = ("The Minsk region signed agreements with the Moscow and Kaluga regions, the Brest "
            "region - with the Tambov region.")
    found = set(pairs(text, A))
    assert not found & {("region:by:minsk", "region:by:brest"),
                        ("region:by:brest", "region:by:minsk")}


@pytest.mark.parametrize(("text", "expected"), [
    ("MAZ has expanded its exports. Among the buyers of its trucks are Vietnam and Serbia.",
     {("company:by:maz", "country:vn"), ("company:by:maz", "country:rs")}),
    ("Gomselmash sells combines abroad. The main markets are Russia and Kazakhstan.",
     {("company:by:gomselmash", "country:ru"), ("company:by:gomselmash", "country:kz")}),
    ("The Kaluga Region buys much Belarusian food. The largest supplier is the Mogilev "
     "Region.", {("region:by:mogilev", "region:ru:kaluga")}),
    ("Belshina is one of the largest tyre makers in Europe. From here, tyres are shipped to "
     "40 countries, including Russia and Germany.",
     {("company:by:belshina", "country:ru"), ("company:by:belshina", "country:de")}),
])
def test_a_side_taken_from_the_sentence_before(text, expected):
    assert expected <= set(pairs(text, S))


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Tractors are supplied by MTZ to Kazakhstan and Uzbekistan, and trucks by MAZ to "
     "Mongolia.", {("company:by:mtz", "country:kz"), ("company:by:mtz", "country:uz"),
                   ("company:by:maz", "country:mn")}, {("company:by:maz", "country:kz")}),
    ("The Grodno Region exports dairy products to Russia - to Moscow and Kaliningrad.",
     {("region:by:grodno", "country:ru"), ("region:by:grodno", "city:ru:moscow"),
      ("region:by:grodno", "city:ru:kaliningrad")}, set()),
])
def test_each_agent_and_each_further_destination(text, expected, absent):
    found = set(pairs(text, S))
    assert expected <= found
    assert not found & absent


@pytest.mark.parametrize(("text", "expected"), [
    ("Minsk, Gomel and Brest supply milk to Moscow.",
     {("city:by:minsk", "city:ru:moscow"), ("city:by:gomel", "city:ru:moscow"),
      ("city:by:brest", "city:ru:moscow")}),
    ("Products of MTZ and MAZ are sold in Serbia.",
     {("company:by:mtz", "country:rs"), ("company:by:maz", "country:rs")}),
    ("Gomel and Mogilev bought tractors from Minsk.",
     {("city:by:minsk", "city:by:gomel"), ("city:by:minsk", "city:by:mogilev")}),
])
def test_every_member_of_a_coordinated_subject_takes_part(text, expected):
    assert expected <= set(pairs(text, S))


def test_a_place_in_an_adverbial_is_no_coordinated_supplier():
    assert set(pairs("In Minsk and Gomel, MAZ sells trucks to Poland.", S)) == {
        ("company:by:maz", "country:pl")}


@pytest.mark.parametrize(("text", "expected"), [
    ("In 2012 the main import items of the Kaluga region from Belarus were trucks and food.",
     ("country:by", "region:ru:kaluga")),
    ("Imports of Kazakhstan from Russia fell by a tenth.", ("country:ru", "country:kz")),
    ("From Belarus to the Tula region were delivered tractors; from the Tula region to "
     "Belarus - metal products.", ("region:ru:tula", "country:by")),
    ("Grain was shipped from Kostanay to Omsk, and from Pavlodar to Novosibirsk.",
     ("city:kz:pavlodar", "city:ru:novosibirsk")),
    ("In 2017 the Kursk region acquired 30 Belarusian buses.", ("country:by", "region:ru:kursk")),
    ("The city of Tver has procured 50 trolleybuses from Belkommunmash.",
     ("company:by:belkommunmash", "city:ru:tver")),
    ("The Orel region obtains fertilisers from Grodno Azot.",
     ("company:by:grodno-azot", "region:ru:oryol")),
    ("Beltranslift installed 300 elevators in the Rostov region in 2014.",
     ("company:by:beltranslift", "region:ru:rostov")),
    ("Belarusian machines came to the Amur region in 2015.", ("country:by", "region:ru:amur")),
])
def test_more_ways_of_saying_who_received_what_from_whom(text, expected):
    assert expected in pairs(text, S)


@pytest.mark.parametrize("text", [
    "A Belarusian delegation came to Kazan in May.",
    "Belarusian builders came to the Amur region in 2015.",
    "The Governor of the Omsk region came to Minsk in 2019.",
])
def test_people_who_come_somewhere_supply_nothing(text):
    assert pairs(text, S) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('The signing of a contract between the Armenian company "Ararat Trade" and JSC '
     '"Belshina" took place in 2019.', ("company:by:ararat-trade", "company:by:belshina")),
    ("The basis of cooperation between Mogilev and Tula is the agreement of 2009.",
     ("city:by:mogilev", "city:ru:tula")),
    ("Relations between Brest and Tambov are regulated by a memorandum of 2011.",
     ("city:by:brest", "city:ru:tambov")),
])
def test_a_between_pair_tied_to_its_document(text, expected):
    found = set(pairs(text, A))
    assert expected in found | {(b, a) for a, b in found}


def test_a_between_pair_and_a_document_of_another_clause_are_no_signing():
    assert pairs("Trade between Brest and Tambov is growing, and a memorandum of 2011 is "
                 "planned.", A) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor's customers - Russia, Kazakhstan and Mongolia - ordered 500 machines.",
     {("company:by:amkodor", "country:ru"), ("company:by:amkodor", "country:mn")}),
    ("MAZ supplies its trucks to: Russia, Kazakhstan and Mongolia.",
     {("company:by:maz", "country:ru"), ("company:by:maz", "country:mn")}),
    ("The Grodno region is the largest exporter of dairy products to Russia.",
     {("region:by:grodno", "country:ru")}),
    ("Supplies in 2019: MTZ - tractors - Russia and Kazakhstan; MAZ - trucks - Mongolia.",
     {("company:by:mtz", "country:ru"), ("company:by:mtz", "country:kz"),
      ("company:by:maz", "country:mn")}),
    ("Main deliveries of the year: Gomselmash - combines - Kazakhstan; Belshina: tyres: "
     "Uzbekistan.", {("company:by:gomselmash", "country:kz"),
                     ("company:by:belshina", "country:uz")}),
])
def test_recipients_after_a_dash_or_a_colon_and_runs_of_suppliers_and_goods(text, expected):
    assert expected <= set(pairs(text, S))


@pytest.mark.parametrize("text", [
    "Belshina remains the largest exporter. The main recipients of its tyres were Russia and "
    "Kazakhstan; Grodno is another large exporter.",
    "Exports in 2019: tractors - 40%, trucks - 20%.",
])
def test_an_exporter_without_recipient_takes_none_from_context(text):
    assert not any(a.endswith("grodno") for a, _ in pairs(text, S))


@pytest.mark.parametrize(("text", "expected"), [
    # a recipient list after a colon, or after "including those in"
    ("MAZ supplies buses to many cities of Russia: Moscow, Kazan and Ufa.",
     {("company:by:maz", "city:ru:moscow"), ("company:by:maz", "city:ru:ufa")}),
    ("The Vitebsk region delivered 300 tonnes of flax to Russian mills, including those in "
     "Ivanovo and Kostroma.", {("region:by:vitebsk", "city:ru:ivanovo"),
                               ("region:by:vitebsk", "city:ru:kostroma")}),
    # vague recipients listed in the next sentence
    ("Amkodor supplies machines to several Russian regions. Among them are the Tver and "
     "Pskov regions.", {("company:by:amkodor", "region:ru:tver"),
                        ("company:by:amkodor", "region:ru:pskov")}),
    ("Belarusian tractors are exported to dozens of countries. Among them are Russia, Ukraine "
     "and Kazakhstan.", {("country:by", "country:ru"), ("country:by", "country:kz")}),
])
def test_a_recipient_list_continued_after_a_colon_or_in_the_next_sentence(text, expected):
    assert expected <= set(pairs(text, S))


def test_a_vague_recipient_is_not_completed_by_a_sentence_that_lists_nothing():
    text = ("Mogilev exports meat to several Russian regions. Minsk is another large exporter, "
            "and Moscow is its partner.")
    assert not any(b == "city:ru:moscow" for _, b in pairs(text, S))


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarusian goods accounted for 12% of the imports of the Omsk region.",
     ("country:by", "region:ru:omsk")),
    ("The share of Belarus in the imports of the Novosibirsk region reached 8%.",
     ("country:by", "region:ru:novosibirsk")),
    ("The share of the Tomsk region in the exports of Kazakhstan is small.",
     ("country:kz", "region:ru:tomsk")),
])
def test_a_share_in_someone_elses_imports_or_exports(text, expected):
    assert pairs(text, S) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The products of Bobruisk enterprises, in particular Belshina tyres, are well known to "
     "customers in Kazakhstan and Kyrgyzstan.",
     {("company:by:belshina", "country:kz"), ("company:by:belshina", "country:kg")}),
    ("In 2019 Amkodor was present on the markets of 25 countries, including Russia and "
     "Mongolia.", {("company:by:amkodor", "country:ru"), ("company:by:amkodor", "country:mn")}),
    ('"Belshina" (Bobruisk) supplies tyres to Kazan, as well as to Minsk.',
     {("company:by:belshina", "city:ru:kazan"), ("company:by:belshina", "city:by:minsk")}),
])
def test_frames_across_asides_counts_and_bracketed_places(text, expected):
    assert expected <= set(pairs(text, S))


def test_a_bracketed_place_after_a_firm_supplies_nothing():
    found = set(pairs('"Belshina" (Bobruisk) supplies tyres to Kazan.', S))
    assert not any(a == "city:by:bobruisk" for a, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("In 2015 a delegation of the Gomel region visited the Bryansk region. As a result, an "
     "agreement on cooperation was signed.", ("region:by:gomel", "region:ru:bryansk")),
    ("The Vitebsk region has long-standing ties with the Pskov region. In 2001 they signed an "
     "agreement on cooperation.", ("region:by:vitebsk", "region:ru:pskov")),
])
def test_an_agreement_whose_signers_the_sentence_before_named(text, expected):
    found = set(pairs(text, A))
    assert expected in found | {(b, a) for a, b in found}


@pytest.mark.parametrize("text", [
    "Minsk hosted a delegation from Kazan. An agreement on trade is expected to be signed "
    "next year.",
    "Minsk and Gomel are large cities. An agreement was signed in 2005.",
    "Minsk hosted a delegation from Kazan. Two years later, a new theatre was opened.\n\n"
    "An agreement was signed in 2005.",
])
def test_an_agreement_without_signers_and_without_a_pair_before_is_no_signing(text):
    assert pairs(text, A) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Potash remained the largest item. It is supplied by Belaruskali through a trader; the "
     "main recipients in Vietnam are Hanoi and Haiphong.",
     {("company:by:belaruskali", "city:vn:hanoi"), ("company:by:belaruskali", "city:vn:haiphong")}),
    ("Most of the buses are made by MAZ; the main buyers are Kazan and Ufa.",
     {("company:by:maz", "city:ru:kazan"), ("company:by:maz", "city:ru:ufa")}),
])
def test_buyers_without_owner_take_the_agent_of_a_passive_supply_before_them(text, expected):
    assert expected <= set(pairs(text, S))

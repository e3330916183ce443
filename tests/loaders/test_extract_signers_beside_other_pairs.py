"""Signers and twins read in part when the sentence names other pairs, on sentences written
for these tests: a "between" that belongs to the document's subject ("an agreement on a
road bridge between C and D") after a pair that signs, and a pair that signs a document
before a gapped clause naming a further partner ("A and B adopted a plan, while a similar
plan with C ..."). Negative cases keep the "between" of a document without a signing pair
and give no pair for a verb that signs nothing."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text,pair", [
    ("In 2012 the Kursk Region and the Sumy Region signed an agreement on a new road bridge"
     " between Glushkovo and Krasnopillia.", ("region:ru:kursk", "region:ua:sumy")),
    ("Rosneft and Sinopec concluded a memorandum in 2016 on a shipping line between Nakhodka"
     " and Dalian.", ("company:cn:sinopec", "company:ru:rosneft")),
    ("The Pskov Region and the Vitebsk Region adopted a protocol on the border crossing"
     " between Nevel and Polotsk.", ("region:by:vitebsk", "region:ru:pskov")),
    # (a longer aside in brackets after the pair)
    ("Belshina and Multi Group (until 2015 the Yerevan Tyre Trading House) signed an"
     " agreement in 2019 on a warehouse between Gyumri and Vanadzor.",
     ("company:am:multi-group", "company:by:belshina")),
])
def test_a_between_of_the_documents_subject_leaves_the_signing_pair(text, pair):
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text,pair", [
    # no pair signs: the "between" names the document's sides
    # (a route's ends would sign nothing: "an agreement on a road bridge between A and B")
    ("A memorandum on school exchanges between Glushkovo and Krasnopillia was signed in"
     " 2012.", ("city:ru:glushkovo", "city:ua:krasnopillya")),
    ("In 2012 an agreement on trade between the Kursk Region and the Sumy Region was"
     " signed.", ("region:ru:kursk", "region:ua:sumy")),
])
def test_a_between_without_a_signing_pair_is_the_documents(text, pair):
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text,expected", [
    ("The Tver Region and the Vitebsk Region adopted an action plan for 2020-2022, while a"
     " similar plan with the Mogilev Region is still being discussed.",
     [("region:by:mogilev", "region:ru:tver"), ("region:by:vitebsk", "region:ru:tver")]),
    ("The Pskov Region and the Gomel Region drew up a programme of cooperation for"
     " 2021-2025, while a comparable programme with the Bryansk Region is to be signed next"
     " year.", [("region:by:gomel", "region:ru:bryansk"), ("region:by:gomel", "region:ru:pskov")]),
])
def test_a_signing_pair_before_a_gapped_partner(text, expected):
    assert pairs(text, A) == expected


@pytest.mark.parametrize("text,expected", [
    # the pair did nothing that signs
    ("The Smolensk Region and the Mogilev Region discussed a programme in 2014, and in 2016"
     " a protocol with the Gomel Region.", [("region:by:gomel", "region:ru:smolensk")]),
    ("The Pskov Region and the Vitebsk Region held a fair in 2014, while a programme with"
     " the Mogilev Region was signed in 2016.", []),
])
def test_no_pair_for_a_verb_that_signs_nothing(text, expected):
    assert pairs(text, A) == expected


def test_the_pair_of_another_document_is_not_given_twice():
    # the trigger is the road map of the gapped clause: the pair's programme is read
    # apart, once
    text = ("The Gomel Region and the Bryansk Region signed a programme in 2023, and a road map"
            " with the Chernigov Region was drafted.")
    got = [p for p in pairs(text, A) if p == ("region:by:gomel", "region:ru:bryansk")]
    assert got == [("region:by:gomel", "region:ru:bryansk")]


# Two documents of one pair in one sentence: a later one added to the first by a verb of
# its own, and a pair with an apposition before its signing verb.
TWICE = [("region:by:minsk", "region:ru:novgorod")] * 2


@pytest.mark.parametrize("text,expected", [
    ("The Novgorod Region signed an agreement with the Minsk Region in 2004 and in 2013"
     " supplemented it with an action plan.", TWICE),
    ("The Tver Region concluded a memorandum with the Gomel Region in 2011 and later"
     " complemented it with a protocol on tourism.", [("region:by:gomel", "region:ru:tver")] * 2),
    # (the later document with a relative clause on what it provides)
    ("The Smolensk Region signed an agreement with the Mogilev Region in 2005 and in 2017"
     " supplemented it with a road map which listed joint projects.",
     [("region:by:mogilev", "region:ru:smolensk")] * 2),
    ("The Smolensk Region signed an agreement with the Mogilev Region in 2005, and a protocol"
     " in 2017 that set out joint projects.", [("region:by:mogilev", "region:ru:smolensk")] * 2),
])
def test_a_document_added_to_the_first_is_a_second_signing(text, expected):
    assert pairs(text, A) == expected


@pytest.mark.parametrize("text", [
    "The Tver Region concluded a memorandum with the Gomel Region in 2011 and later discussed"
    " it with a delegation.",
    "The Novgorod Region signed an agreement with the Minsk Region in 2004 and in 2013"
    " supplemented it with new projects.",
])
def test_no_second_signing_without_a_second_document(text):
    assert len(pairs(text, A)) == 1


@pytest.mark.parametrize("text,expected", [
    ("The Rivne Oblast and the Gomel Region, both far from their capitals, signed their"
     " agreement in 2018 at the Second Forum of Regions of Ukraine and Belarus in Zhytomyr.",
     [("region:by:gomel", "region:ua:rivne")]),
    ("The Pskov Region and the Vitebsk Region, two neighbours on the border, adopted a road"
     " map in 2019 at the Forum of Regions of Belarus and Russia.",
     [("region:by:vitebsk", "region:ru:pskov")]),
    # a verb that signs nothing
    ("The Pskov Region and the Vitebsk Region, two neighbours on the border, held a forum in"
     " 2019 in Minsk and Moscow.", []),
])
def test_a_signing_pair_with_an_apposition(text, expected):
    assert pairs(text, A) == expected


# A document and its partner fronted ("under a contract ... with B,"), the signer the
# main clause's subject whatever its verb; the kind of a body written after its name.
@pytest.mark.parametrize("text,pair", [
    ("Shipments to Kazakhstan doubled: under a contract concluded in March with the Kazakh"
     " firm KazAgroFinance, Gomselmash delivered 300 combines.",
     ("company:by:gomselmash", "company:kz:kazagrofinance")),
    ("Under a separate contract with the Namangan regional khokimiyat, the Minsk Automobile"
     " Plant will ship 150 trucks to the region in 2024.",
     ("company:by:maz", "region:uz:namangan")),
])
def test_the_subject_after_a_fronted_document_and_partner_signs(text, pair):
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text", [
    # no subject of the main clause that is a party
    "Under a contract with Belshina, the tyres are delivered to Kazan every month.",
    "Under the agreement signed in 2019 with Bryansk, the delegation visited Gomel.",
])
def test_no_signer_without_a_named_subject(text):
    assert pairs(text, A) == []


@pytest.mark.parametrize("text,expected", [
    ("In 2020 PJSC Nizhnekamskneftekhim and the Bellegprom concern concluded a contract for"
     " 2021.", [("company:by:bellegprom", "company:ru:nizhnekamskneftekhim")]),
    ("Rosneft and the Sinopec group concluded a memorandum on gas in 2019.",
     [("company:cn:sinopec", "company:ru:rosneft")]),
    ("The Kursk Region and the Sumy administration discussed a memorandum in 2019.", []),
])
def test_a_body_kind_after_the_second_signer(text, expected):
    assert pairs(text, A) == expected


# A twin word in the next coordinated clause, with a subject of its own, is that
# clause's: the document before it is no twinning charter.
@pytest.mark.parametrize("text,signed,twinned", [
    ("Gomel and Bryansk are bound by a protocol of 2019, and the twinning of Mozyr and"
     " Novozybkov is expected to be signed next year.", [("city:by:gomel", "city:ru:bryansk")],
     [("city:by:mozyr", "city:ru:novozybkov")]),
    # (the charter of the next clause is that clause's pair's, to be signed)
    ("Vitebsk and Pskov have a road map of 2020, and the sister-city charter of Polotsk and"
     " Ostrov is to be signed in May.", [("city:by:polotsk", "city:ru:ostrov"),
                                        ("city:by:vitebsk", "city:ru:pskov")],
     [("city:by:polotsk", "city:ru:ostrov")]),
    ("Orsha and Vyazma became twin towns in 2012; Pinsk and Kovel are tied by a protocol"
     " of 2016, and the twinning of Lida and Alytus is expected to be signed next year.",
     [("city:by:pinsk", "city:ua:kovel")],
     [("city:by:lida", "city:lt:alytus"), ("city:by:orsha", "city:ru:vyazma")]),
])
def test_a_twin_word_of_the_next_clause_is_not_the_documents(text, signed, twinned):
    assert pairs(text, A) == signed
    assert pairs(text, T) == twinned


@pytest.mark.parametrize("text", [
    # the document's own twin words: the twinning and that document's signing
    "Pinsk and Kovel signed an agreement on twinning in 2015.",
    "Pinsk and Kovel signed a twinning agreement in 2015, and the two towns held a festival.",
])
def test_a_twinning_document_is_the_twinning_and_its_signing(text):
    assert pairs(text, A) == [("city:by:pinsk", "city:ua:kovel")]
    assert pairs(text, T) == [("city:by:pinsk", "city:ua:kovel")]


# A second document of the pair named in the signing's sentence: one the signed document
# replaces, or "a new one" of a year of its own.
@pytest.mark.parametrize("text,pair", [
    ("The Kursk Region and the Sumy Region signed a new agreement on trade, which replaces"
     " the memorandum concluded by the two regions in 2011.",
     ("region:ru:kursk", "region:ua:sumy")),
    ("Grodno signed a programme of cultural exchanges with Bialystok, which superseded an"
     " older road map of 2009.", ("city:by:grodno", "city:pl:bialystok")),
    ("The Tula Region signed its first agreement with the Gomel Region in 1999 and a new one"
     " in March 2017.", ("region:by:gomel", "region:ru:tula")),
    ("Omsk concluded an agreement with Petropavl in 2004 and another one in 2016 at the forum.",
     ("city:kz:petropavl", "city:ru:omsk")),
])
def test_a_replaced_or_new_document_is_a_second_signing(text, pair):
    assert pairs(text, A) == [pair, pair]


@pytest.mark.parametrize("text", [
    # no year of its own, no document replaced, another partner
    "The Tula Region signed an agreement with the Gomel Region in 1999 and a new one was"
    " discussed.",
    "The Kursk Region and the Sumy Region signed an agreement on trade, which replaces nothing"
    " signed before.",
    "The Tula Region signed an agreement with the Gomel Region in 1999 and another one with the"
    " Brest Region in 2017.",
])
def test_no_second_signing_of_the_pair(text):
    assert len([p for p in pairs(text, A) if "region:by:brest" not in p]) == 1


# A document's own with-partner before a "between" of its subject: the with-reading.
@pytest.mark.parametrize("text,expected", [
    ("The Pskov Region signed a protocol with the Vitebsk Region on the bus line between Nevel"
     " and Polotsk.", [("region:by:vitebsk", "region:ru:pskov")]),
    ("The Kursk Region concluded an agreement with the Sumy Region in 2010, and a memorandum"
     " with the Chernihiv Region on the road between Glushkovo and Krasnopillia.",
     [("region:ru:kursk", "region:ua:chernihiv"), ("region:ru:kursk", "region:ua:sumy")]),
    # (no with-partner: the "between" is the document's)
    ("A protocol on trade was signed in 2015 between the Pskov Region and the Vitebsk Region.",
     [("region:by:vitebsk", "region:ru:pskov")]),
])
def test_a_with_partner_before_a_between_of_the_subject(text, expected):
    assert pairs(text, A) == expected


@pytest.mark.parametrize("text", [
    "Lori Province and the Tuva Republic exchanged delegations in 2015 and 2018, yet the"
    " visits ended in a joint statement, not an agreement.",
    "The Kursk Region and the Sumy Region exchanged visits in 2014, but no agreement was"
    " signed.",
])
def test_an_exchange_of_delegations_signs_nothing(text):
    assert pairs(text, A) == []


def test_an_exchange_of_documents_signs():
    text = "The Kursk Region and the Sumy Region exchanged the signed copies of the agreement."
    assert pairs(text, A) == [("region:ru:kursk", "region:ua:sumy")]


@pytest.mark.parametrize("text,expected", [
    ("Khabarovsk and Niigata became sister cities in 1965, nine years after the restoration of"
     " diplomatic ties between Moscow and Tokyo.", [("city:jp:niigata", "city:ru:khabarovsk")]),
    ("Brest and Terespol became twin towns in 1999, a year after the opening of the bus route"
     " between Minsk and Warsaw.", [("city:by:brest", "city:pl:terespol")]),
    # (ties between the pair that are the twinning)
    ("Brest and Terespol became twin towns in 1999, and fraternal ties were established between"
     " Lida and Alytus in 2004.",
     [("city:by:brest", "city:pl:terespol"), ("city:by:lida", "city:lt:alytus")]),
])
def test_the_places_of_another_tie_are_no_twins(text, expected):
    assert pairs(text, T) == expected


# A list of documents each with its own partner, and a gapped clause with a subject and
# a document of its own ("..., and C a road map with D").
@pytest.mark.parametrize("text,expected", [
    ("In 2019 the Mogilev Region signed three documents: an agreement with the Tula Region, a"
     " road map with the Kaluga Region and a memorandum with the Bryansk Region.",
     [("region:by:mogilev", "region:ru:bryansk"), ("region:by:mogilev", "region:ru:kaluga"),
      ("region:by:mogilev", "region:ru:tula")]),
    ("At the forum Gomel signed: an agreement on trade with Bryansk, a protocol with Klintsy"
     " (2020), and a road map with Chernihiv.",
     [("city:by:gomel", "city:ru:bryansk"), ("city:by:gomel", "city:ru:klintsy"),
      ("city:by:gomel", "city:ua:chernihiv")]),
])
def test_each_document_of_a_list_with_its_own_partner(text, expected):
    assert pairs(text, A) == expected


@pytest.mark.parametrize("text,signed,twinned", [
    ("The Mogilev Region signed an agreement with the Tula Region, and the Gomel Region a road"
     " map with the Bryansk Region.",
     [("region:by:gomel", "region:ru:bryansk"), ("region:by:mogilev", "region:ru:tula")], []),
    ("Brest concluded a memorandum with Biala Podlaska, and Pinsk a protocol with Kovel in"
     " 2015.", [("city:by:brest", "city:pl:biala-podlaska"), ("city:by:pinsk", "city:ua:kovel")],
     []),
    # (the gapped document a twinning charter: the twinning and the charter's signing)
    ("Grodno signed an agreement with Bialystok in 2001, and Lida a twinning charter with"
     " Alytus in 2004.", [("city:by:grodno", "city:pl:bialystok"),
                          ("city:by:lida", "city:lt:alytus")],
     [("city:by:lida", "city:lt:alytus")]),
])
def test_a_gapped_clause_with_its_own_subject(text, signed, twinned):
    assert pairs(text, A) == signed
    assert pairs(text, T) == twinned


def test_a_partner_listed_after_a_date_is_no_gapped_subject():
    text = ("The Mogilev Region signed agreements with the Tula Region in 2001, and the Kaluga"
            " Region.")
    assert pairs(text, A) == [("region:by:mogilev", "region:ru:kaluga"),
                              ("region:by:mogilev", "region:ru:tula")]


# A lead-in with a colon and the items its semicolons separate are one clause.
@pytest.mark.parametrize("text,expected", [
    ("Agreements signed in 2019: Gomel Region - Kaluga Region; Mogilev Region - Tula Region;"
     " Brest Region - Volyn Oblast.",
     [("region:by:brest", "region:ua:volyn"), ("region:by:gomel", "region:ru:kaluga"),
      ("region:by:mogilev", "region:ru:tula")]),
    ("Road maps adopted in 2020: Vitebsk Region - Pskov Region (tourism); Grodno Region -"
     " Podlaskie Voivodeship (transport).",
     [("region:by:grodno", "region:pl:podlaskie"), ("region:by:vitebsk", "region:ru:pskov")]),
    ("Documents signed at the forum: an agreement between Gomel and Bryansk; a road map between"
     " Mogilev and Tula.",
     [("city:by:gomel", "city:ru:bryansk"), ("city:by:mogilev", "city:ru:tula")]),
])
def test_items_of_a_list_of_signings_after_a_colon(text, expected):
    assert pairs(text, A) == expected


def test_a_clause_after_a_semicolon_with_a_verb_stays_apart():
    text = ("The Gomel Region signed an agreement with the Kaluga Region; the Mogilev Region is"
            " twinned with the Tula Region.")
    assert pairs(text, A) == [("region:by:gomel", "region:ru:kaluga")]
    assert pairs(text, T) == [("region:by:mogilev", "region:ru:tula")]

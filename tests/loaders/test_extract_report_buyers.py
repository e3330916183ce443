"""A firm's report naming its buyers and markets: a legal form's stop that ends the
sentence ("... Trading Co., Ltd. Skimmed milk powder was sold ..."), a participle that
opens a sentence under a heading ("Demineralised whey powder is sold ..."), the largest
customers "in 2024", "the importer is X" after a supply, a consolidated annual report's
firm as the supplier of an agentless sale after its customers were named. Every text here
was written for these tests."""

import pytest
from extract_candidates import blind_pairs

from relgraph.loaders.extract.names import names_inside_sentences, ordinary_opening
from relgraph.loaders.extract.sentences import split_sentences

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "parts"), [
    ("We ship through Baltic Trading Co., Ltd. Skimmed milk powder was sold to Algeria.", 2),
    ("The distributor is Nordic Foods Inc. The company also buys butter.", 2),
    ("Buses came from Yutong Co. Ltd. of Zhengzhou.", 1),
    ("It was Hokkai Trading Co. Tokyo Branch that bought them.", 1),
])
def test_a_legal_forms_stop_before_a_dictionary_word_ends_the_sentence(text, parts):
    assert len(split_sentences(text)) == parts


def test_a_word_after_a_heading_is_not_inside_a_sentence():
    text = "5.3. Whey and milk powder\nDemineralised whey is sold to Nestle, and Progress buys."
    assert "Demineralised" not in names_inside_sentences(text)
    assert "Nestle" in names_inside_sentences(text)


@pytest.mark.parametrize(("word", "text", "ordinary"), [
    ("Demineralised", "Demineralised whey powder is sold to X.", True),
    ("Pasteurised", "Pasteurised milk went to Y.", True),
    ("Galvanised", "Galvanised sheet is bought by Z.", True),
    # a name goes on with a capital: "Galvanised Steel Works"
    ("Galvanised", "Galvanised Steel Works ships sheet to Y.", False),
])
def test_an_opening_participle_before_a_noun_is_no_name(word, text, ordinary):
    assert ordinary_opening(word, 0, text, set()) is ordinary


REPORT = ("PIENO LAUKAS\nCONSOLIDATED ANNUAL REPORT FOR 2024\n\n5.3. Whey and milk powder\n"
          "Demineralised whey powder is sold mainly to makers of infant formula. The largest "
          "customers in 2024 were Nordmilk GmbH and the Dutch company FrieslandCampina.\n"
          "Skimmed milk powder was sold to Algeria and Indonesia. In Algeria the buyer is the "
          "state milk board ONIL.\n")


@pytest.mark.parametrize("pair", [
    ("company:xx:pieno-laukas", "company:xx:nordmilk"),
    ("company:xx:pieno-laukas", "country:id"),
    ("company:xx:pieno-laukas", "company:xx:onil"),
])
def test_the_reports_firm_supplies_its_customers(pair):
    assert pair in blind_pairs(REPORT, S)


def test_no_customer_supplies_the_next_market():
    assert not [p for p in blind_pairs(REPORT, S)
                if p[0] in ("company:xx:nordmilk", "company:xx:frieslandcampina")
                or "demineralised" in p[0]]


@pytest.mark.parametrize(("text", "pair"), [
    ("Belshina resumed exports of tyres to Ukraine in 2023; the importer is Shina Trade LLC "
     "of Kyiv.", ("company:xx:belshina", "company:xx:shina-trade")),
    ("Belshina sold tyres to Serbia and Chile. In Serbia the buyer is the Belgrade dealer "
     "Auto Centar LLC.", ("company:xx:belshina", "company:xx:auto-centar")),
])
def test_the_importer_is_a_buyer_of_the_supply_before(text, pair):
    assert pair in blind_pairs(text, S)


def test_the_importer_of_nothing_stated_is_no_buyer():
    assert blind_pairs("The importer is Shina Trade LLC of Kyiv.", S) == set()

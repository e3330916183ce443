"""Single-sentence losses, on short texts written for these tests: a sentence whose
patterns read one clause of a type leaves the fallback the other clauses
(``clause_fallback``); a later clause that names one side of a supply takes the
other from the supply before it (``clause_carry``); the market a firm sells in, and
the demonyms of the two signers, are sides of the fallback's reading."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.clause_carry import RULE as CARRY
from relgraph.loaders.extract.clause_fallback import RULE as FALLBACK

SUPPLY = "SUPPLIES_TO"


def pairs(text: str, rel_type: str, rule: str | None = None) -> list[tuple[str, str]]:
    return [(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == rel_type and (rule is None or r["rule"] == rule)]


@pytest.mark.parametrize("text,rel,want", [
    # a pattern read the first clause; the second, in a wording no pattern knows, is
    # still read by the fallback
    ("Zhodino and Kstovo have been twin towns since 1998, and Lida has figured among the "
     "sister cities of Alytus since 2006.", "TWINNED_WITH", ("city:by:lida", "city:lt:alytus")),
    ("Pinsk signed a road map with Tula in 2017; the documents on youth exchanges were "
     "exchanged by the mayors of Lida and Alytus.", "SIGNED_AGREEMENT",
     ("city:by:lida", "city:lt:alytus")),
])
def test_the_fallback_reads_a_clause_the_patterns_left(text, rel, want):
    assert want in pairs(text, rel, FALLBACK)
    assert len(pairs(text, rel)) == 2   # the patterns' pair stays, and only one is added


def test_the_fallback_leaves_a_clause_the_patterns_read():
    text = "Pinsk and Tula signed a road map in 2017 and renewed it in 2021."
    assert pairs(text, "SIGNED_AGREEMENT", FALLBACK) == []


@pytest.mark.parametrize("text", [
    # an opening phrase (of any length up to a long line) names no signer
    "Within the framework of the long visit of the Governor of the Tula Region and his "
    "delegation to Minsk in 2019, contracts were signed for the supply of buses.",
    "During the visit of a delegation of the Tula Region to Minsk, contracts were signed.",
])
def test_an_opening_phrase_names_no_signer(text):
    assert pairs(text, "SIGNED_AGREEMENT", FALLBACK) == []


@pytest.mark.parametrize("text,want", [
    # a receiving verb: the clause's actor receives from the earlier supplier
    ("Grodno Azot ships fertiliser to Poland; the Kaunas Region alone received 5,000 tonnes "
     "of it.", ("company:by:grodno-azot", "region:lt:kaunas")),
    ("Gomselmash delivered 410 combine harvesters to Russia in 2023; the Saratov Region "
     "alone received 120 of them.", ("company:by:gomselmash", "region:ru:saratov")),
    # a sending verb whose subject is a pronoun or the goods: the earlier supplier sends
    ("Belshina supplies tyres to Russia, and since 2019 it has also been shipping them to "
     "Serbia.", ("company:by:belshina", "country:rs")),
    ("Santa Bremor exports fish preserves to Lithuania, while last year a first batch was "
     "sold to Armenia.", ("company:by:santa-bremor", "country:am")),
])
def test_a_later_clause_takes_the_side_it_does_not_name(text, want):
    assert want in pairs(text, SUPPLY, CARRY)


@pytest.mark.parametrize("text", [
    # the later clause names a supplier of its own
    "Belshina ships tyres to Russia, and MAZ exports trucks.",
    "Belshina ships tyres to Russia, and Lithuania bought tyres from Nokian.",
    # two suppliers before: whose goods are received is not plain
    "Belshina ships tyres to Russia and Savushkin Product ships cheese to Russia, and the "
    "Omsk Region alone received 300 tonnes.",
    # a later clause that denies or only intends
    "Belshina ships tyres to Russia, but Serbia no longer buys them.",
    "Belshina ships tyres to Russia, and Serbia plans to buy 2,000 of them.",
    # one clause only
    "The Kaunas Region alone received 5,000 tonnes of fertiliser.",
])
def test_nothing_is_carried_where_the_clause_is_not_plain(text):
    assert pairs(text, SUPPLY, CARRY) == []


@pytest.mark.parametrize("text,want", [
    # "has been selling" is active (a passive has a participle), and the place a firm
    # sells in is its market
    ("Polesie, the Pinsk toy maker, has been selling in Latvia since 2012.",
     ("company:by:polesie", "country:lv")),
    ("Milavitsa was selling lingerie in Riga before the war.",
     ("company:by:milavitsa", "city:lv:riga")),
])
def test_the_place_a_firm_sells_in_is_its_market(text, want):
    assert pairs(text, SUPPLY, FALLBACK) == [want]


@pytest.mark.parametrize("text", [
    # no place after "in": no market
    "The Minsk company sells its tractors in the name of its Serbian dealer.",
    # a passive with a participle is still a passive: no agent, no supplier
    "Milavitsa lingerie is sold in Riga.",
])
def test_no_market_without_a_place_sold_in(text):
    assert pairs(text, SUPPLY, FALLBACK) == []


@pytest.mark.parametrize("text,want", [
    # demonyms coordinated before an organ noun are the two sides
    ("The Belarusian and Uzbek sides signed a protocol on the supply of tractors in 2019.",
     ("country:by", "country:uz")),
    ("In 2016 the Belarusian and Vietnamese governments concluded an agreement on the "
     "assembly of trucks.", ("country:by", "country:vn")),
    # a compound of two demonyms before the document
    ("The Belarusian-Kazakh road map for 2018-2020 was adopted in Minsk.",
     ("country:by", "country:kz")),
])
def test_two_demonyms_of_the_signers(text, want):
    assert pairs(text, "SIGNED_AGREEMENT", FALLBACK) == [want]


@pytest.mark.parametrize("text", [
    # a demonym of goods is no signer
    "Belarusian tractors are sold in Vietnam under an agreement with the Vietnamese side.",
    # the delegations only discussed a draft
    "Belarusian and Kazakh delegations discussed a draft agreement on transit.",
])
def test_demonyms_that_sign_nothing(text):
    assert pairs(text, "SIGNED_AGREEMENT", FALLBACK) == []


@pytest.mark.parametrize("text,what", [
    ("MAZ sells trucks, and Minsk buys buses.", "no partner"),
    ("Tyres were shipped from Belshina in Bobruisk.", "passive without agent or partner"),
    # (two partners in two phrases; "with Alytus and with Tula" is one list, and read)
    ("With Alytus, Lida signed an agreement with Tula.", "not one actor and one partner"),
    ("MAZ and Amkodor sell loaders and trucks to Lida and Pinsk.", "lists on both sides"),
])
def test_the_fallback_says_why_it_read_nothing(text, what):
    from relgraph.loaders.extract.clause_fallback import clause_pairs
    from relgraph.loaders.extract.mentions import find_mentions

    why, details = [], []
    assert clause_pairs(text, find_mentions(text), set(), why, (), details) == []
    assert "no plain reading" in {reason for _, reason, _ in why}
    assert what in {w for _, w in details}


@pytest.mark.parametrize("text,rel,want", [
    # "it" in a subordinate or coordinated clause is the sentence's subject
    ("Chuvashia followed in 1998, when an agreement of the same kind bound it to the "
     "Belarusian government.", "SIGNED_AGREEMENT", ("region:ru:chuvashia", "country:by")),
    ("Mozyr hosted a fair in 2010, when Gomel signed an agreement with it.",
     "SIGNED_AGREEMENT", ("city:by:gomel", "city:by:mozyr")),
    ("Vitebsk grew fast, while Smolensk signed an agreement with it in 2001.",
     "SIGNED_AGREEMENT", ("city:ru:smolensk", "city:by:vitebsk")),
    ("Belshina opened a warehouse in Warsaw in 2015, after the Polish dealer Oponeo had "
     "bought 5,000 tyres from it.", SUPPLY, ("company:by:belshina", "company:pl:oponeo")),
])
def test_it_in_a_clause_is_the_sentences_subject(text, rel, want):
    assert pairs(text, rel, FALLBACK) == [want]


@pytest.mark.parametrize("text", [
    # a list as the subject: "it" is none of them
    "Lida and Mosty held a fair in 2010, when Gomel signed an agreement with it.",
    # the clause denies
    "Vitebsk was visited by Mogilev officials, while Smolensk signed nothing with it.",
    # the subject stands after a preposition: no subject of the sentence
    "In Mozyr a fair was held in 2010, when Gomel signed an agreement with it.",
])
def test_it_stands_for_no_subject(text):
    assert pairs(text, "SIGNED_AGREEMENT", FALLBACK) == []


@pytest.mark.parametrize("text,rel,want", [
    # a second object of the verb with its own trigger and the same preposition
    ("Lida signed a memorandum with Alytus in 2009 and a road map with Druskininkai.",
     "SIGNED_AGREEMENT", ("city:by:lida", "city:lt:druskininkai")),
    ("The Grodno Region has been a sister-region of the Podlaskie Voivodeship since 1998 and "
     "a partner region of the Kaliningrad Region since 2003.", "TWINNED_WITH",
     ("region:by:grodno", "region:ru:kaliningrad")),
])
def test_a_second_object_of_the_verb(text, rel, want):
    from relgraph.loaders.extract.clause_carry import GAPPED

    assert pairs(text, rel, GAPPED) == [want]


@pytest.mark.parametrize("text", [
    # a new subject after "and"
    "Lida signed a memorandum with Alytus and a delegation of Druskininkai visited the fair.",
    # no trigger of the type in the second object
    "Pinsk is a twin town of Sandomierz and a popular destination of tourists from Lublin.",
    # a clause of its own after ", and"
    "Lida became a twin town of Alytus in 2008, and in 2013 the twinning of Mosty and "
    "Druskininkai was formally established.",
])
def test_no_second_object(text):
    from relgraph.loaders.extract.clause_carry import GAPPED

    assert pairs(text, "SIGNED_AGREEMENT", GAPPED) == pairs(text, "TWINNED_WITH", GAPPED) == []


def test_a_twinning_document_as_second_object_is_no_agreement():
    from relgraph.loaders.extract.clause_carry import GAPPED

    text = ("In 2011 Lida signed an agreement on trade with Alytus and a twinning agreement "
            "with Mosty.")
    assert pairs(text, "SIGNED_AGREEMENT", GAPPED) == []

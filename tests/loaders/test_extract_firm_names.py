"""Firm names the party recogniser used to miss or cut wrongly: the firm a corporate
document's title names (whom "we" and "our" mean), a legal form followed by the firm's
town, a demonym before a legal form, a sentence that opens with a non-ASCII capital,
a firm's name the text also writes as a common word, and "the holding" far from the
one firm its paragraph named."""

import pytest
from extract_candidates import blind_pairs as firm_pairs
from extract_candidates import candidates, pairs
from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.loaders.extract.sentences import split_sentences

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "expected"), [
    ("Lidselmash\nAnnual Report 2024\n\nLetter from the General Director\n\n"
     "Our seed drills now work in nine countries. In 2024 we shipped 300 drills to "
     "Kazakhstan.\n", ("company:xx:lidselmash", "country:kz")),
    ("Letter to shareholders\nVistan\n\nDear shareholders, the year was a hard one. "
     "Motors for our lathes are bought from the Polish firm Besel.\n",
     ("company:xx:besel", "company:xx:vistan")),
])
def test_a_corporate_title_names_the_speaker(text, expected):
    assert expected in firm_pairs(text, S)


@pytest.mark.parametrize("text", [
    # a town on the title line is no firm; a news item's headline is no corporate title
    "Mogilev\nAnnual Report 2024\n\nOur lifts were shipped to Kazakhstan in 2024.\n",
    "Gomselmash expands in Asia\n\nOur combines were shipped to Kazakhstan in 2024.\n",
])
def test_no_corporate_title_no_speaker(text):
    assert not [r for r in candidates(text) if r["source"]["name"].lower() == "our"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Austrian firm Amkor Trade GmbH of Vienna buys tyres from Belshina.",
     {("company:xx:belshina", "company:at:amkor-trade")}),
    ("Belshina ships tyres to Kerama Ltd of Riga and Daugava Trade SIA of Liepaja.",
     {("company:xx:belshina", "company:lv:kerama"),
      ("company:xx:belshina", "company:lv:daugava-trade")}),
    ("Belshina ships tyres to Kerama Ltd of Riga and to Daugava Trade SIA of Liepaja.",
     {("company:xx:belshina", "company:lv:kerama"),
      ("company:xx:belshina", "company:lv:daugava-trade")}),
])
def test_a_town_after_a_legal_form_locates_the_firm(text, expected):
    got = {(a if "belshina" not in a else "company:xx:belshina", b)
           for a, b in pairs(text, S)}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Amkodor Group of Minsk supplies loaders to Kostanay.",
     {("company:by:amkodor-group", "city:kz:kostanay")}),
    ("The Bokar Holding of Nizhny Novgorod ships loaders to Kostanay.",
     {("company:ru:bokar-holding", "city:kz:kostanay")}),
    ("Tyres for Aktobe came from the Shinprom Concern of Bobruisk.",
     {("company:by:shinprom-concern", "city:kz:aktobe")}),
])
def test_a_town_after_a_group_locates_the_group(text, expected):
    assert set(pairs(text, S)) == expected


@pytest.mark.parametrize("text", [
    "MTZ shipped tractors to Gomel for Tashkent buyers.",
    "MTZ shipped tractors to Gomel\nfor Tashkent buyers.",
    "Tractors from MTZ went to Gomel for Tashkent dealers.",
])
def test_for_between_two_towns_joins_no_name(text):
    got = pairs(text, S)
    assert got and all("-for-" not in b for _a, b in got)


def test_for_after_a_head_that_takes_it_stays_in_the_name():
    got = pairs("The Agency for Investment of Gomel signed an agreement with Kazan.", A)
    assert any("agency-for-investment" in a + b for a, b in got)


@pytest.mark.parametrize(("demonym", "form", "cc"), [
    ("Kazakh", "TOO", "kz"), ("Russian", "OOO", "ru"), ("Uzbek", "JSC", "uz"),
    ("Belarusian", "OJSC", "by"), ("Kazakh", "LLP", "kz"),
])
def test_a_demonym_before_a_legal_form_is_no_part_of_the_name(demonym, form, cc):
    text = f"The {demonym} {form} Aral Trans has bought 40 trucks from Tulamash."
    assert ("company:xx:tulamash", f"company:{cc}:aral-trans") in {
        (f"company:xx:{a.split(':')[-1]}", b) for a, b in pairs(text, S)}


@given(first=st.sampled_from("ŠŽÜÖŁĆÉÅØ"), rest=st.sampled_from(
    ["koda", "abka", "lker", "ztas", "aczek", "mpex"]))
@settings(max_examples=25, deadline=None)
def test_a_non_ascii_capital_opens_a_sentence(first, rest):
    text = f"Trams went to Minsk. {first}{rest} Trade made them."
    assert [s.text for s in split_sentences(text)] == [
        "Trams went to Minsk.", f"{first}{rest} Trade made them."]


def test_a_lower_case_letter_after_a_full_stop_opens_nothing():
    assert len(split_sentences("It cost 2.5 mln. élan grew.")) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Kernel sends sunflower oil to India. The kernel of the problem is price.",
     ("company:xx:kernel", "country:in")),
    ("Horizon ships television sets to Moldova. The planning horizon is two years.",
     ("company:xx:horizon", "country:md")),
])
def test_a_name_that_acts_is_a_name_though_the_text_writes_the_word(text, expected):
    assert expected in firm_pairs(text, S)


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor reported record results for 2024. Output grew by 12 percent. The range "
     "was renewed. Wages rose. The holding delivered 150 loaders to Uzbekistan.",
     ("company:xx:amkodor", "country:uz")),
    ("Gomselmash reported higher sales. Output rose by a tenth. The workforce grew to "
     "9,000. New models were shown in April. The company shipped 300 combines to "
     "Kazakhstan.", ("company:xx:gomselmash", "country:kz")),
])
def test_the_one_firm_of_the_paragraph_is_the_company_far_back(text, expected):
    assert expected in firm_pairs(text, S)


def test_two_firms_in_the_paragraph_leave_a_far_reference_open():
    text = ("Amkodor and Gomselmash reported record results for 2024. Output grew by 12 "
            "percent. The range was renewed. Wages rose. The holding delivered 150 loaders "
            "to Uzbekistan.")
    assert not [p for p in firm_pairs(text, S) if p[1] == "country:uz"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ElektroVitebsk signed an agreement with the Chinese concern Wuhan Dongfang Electric.",
     ("company:by:elektrovitebsk", "company:cn:wuhan-dongfang-electric")),
    ("MinskKhimProm signed a memorandum with the Polish firm Boryszew.",
     ("company:by:minskkhimprom", "company:pl:boryszew")),
])
def test_a_well_known_place_glued_into_a_camel_case_name_places_the_firm(text, expected):
    assert expected in set(pairs(text, A))


def test_camel_case_parts_that_are_no_well_known_place_place_nothing():
    text = "TatAgroTech LLC signed a contract with the Minsk Tractor Works."
    assert not [a for a, b in pairs(text, A) if a.startswith("company:in:")]


@pytest.mark.parametrize(("text", "firm"), [
    ("Grodno Glassworks ships bottles to the Lithuanian brewer Svyturys.",
     "company:lt:svyturys"),
    ("Lida Pivo supplies malt to the Kazakh distiller Aral Spirits.", "company:kz:aral-spirits"),
])
def test_a_demonym_and_a_trade_noun_describe_the_firm_after_them(text, firm):
    got = pairs(text, S)
    assert firm in {b for _, b in got}
    assert not [b for _, b in got if b.startswith("country:")]


@pytest.mark.parametrize("text", [
    "Bottles for the Russian market are sold through the trading house Steklotorg in "
    "Smolensk.",
    "Fertilizers for Brazil are shipped by Belaruskali through Klaipeda.",
])
def test_a_plural_common_word_opening_a_sentence_is_no_firm(text):
    assert not [r for r in candidates(text)
                if r["source"]["name"].split()[0] in ("Bottles", "Fertilizers")
                or r["target"]["name"].split()[0] in ("Bottles", "Fertilizers")]


def test_a_brand_with_a_possessive_before_a_model_names_a_product():
    text = ("Engines for MTZ's Belarus-82 model come from the Minsk Motor Plant, and the "
            "tractors are assembled in Kostanay.")
    assert not [r for r in candidates(text) if "Belarus-82" in r["target"]["name"]]


@pytest.mark.parametrize(("text", "not_a_party"), [
    ("At the INNOPROM exhibition in Yekaterinburg, the Kostanay Region presented its "
     "programme \"Ozat-2030\" and signed an agreement with the Sverdlovsk Region.",
     ("INNOPROM", "Ozat-2030")),
    ("Orders for LADA Vesta cars assembled in Kostanay rose; the assembler, Tobol Motors "
     "LLP, ships the cars to Kyrgyzstan.", ("LADA Vesta", "LADA")),
    ("Through the Belarusian Universal Commodity Exchange (BUCE) the Vitebsk meat "
     "processing plant sold pork to Armenia under the customs regime of the Eurasian "
     "Economic Union (EAEU).", ("BUCE", "EAEU", "Eurasian Economic Union")),
])
def test_events_programmes_brands_and_unions_stay_no_party(text, not_a_party):
    names = {r[side]["name"].strip('"') for r in candidates(text) for side in ("source", "target")}
    assert candidates(text)
    assert not names & set(not_a_party)


@pytest.mark.parametrize(("text", "expected"), [
    ('Grodno Glassworks sells bottles in Russia through the trading house "Steklotorg" '
     "in Smolensk, which supplies them to the Baltika Breweries plant in St Petersburg.",
     ("company:ru:steklotorg", "company:ru:baltika")),
    ('Tiles are sold through the trading house "Kerama" in Riga, which supplies them to '
     "the Latvian chain Depo.", ("company:lv:kerama", "company:lv:depo")),
])
def test_a_trading_house_is_a_firm_placed_by_the_town_after_it(text, expected):
    assert expected in set(pairs(text, S))

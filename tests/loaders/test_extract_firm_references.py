"""A firm named once and then called "the company", "the plant", "its", "we": the most
salient firm of its section, the firm a remark is attributed to, the firm the text
places in a town ("the Bobruisk plant"); "our region" is a place, never a firm."""

import pytest
from extract_candidates import blind_pairs as pairs

from relgraph.loaders.extract.firm_references import (
    named_in_apposition,
    referenced_attribution,
    section_starts,
)

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # a paragraph that opens on "the company" goes on about the firm its section is about,
    # not the supplier the paragraph before named last
    ("Amkodor makes loaders in Minsk. Amkodor employs 6,000 people, and its engines come "
     "from the Minsk Motor Plant.\n\nThe company sold 40 loaders to Serbia last year.",
     ("company:xx:amkodor", "country:rs"), ("company:xx:mmz", "country:rs")),
    ("Gomselmash builds combines in Gomel. Gomselmash has been doing so since 1930. Its "
     "hydraulic pumps are bought from Hydrosila in Kropyvnytskyi.\n\nIts main buyers are "
     "farms in Kazakhstan.",
     ("company:xx:gomselmash", "country:kz"), ("company:xx:hydrosila", "country:kz")),
])
def test_a_paragraph_opening_reference_means_the_sections_firm(text, expected, not_expected):
    found = pairs(text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kivi Trucks, a dealer in Tallinn, opened a new showroom in 2024. Sales grew by a "
     "tenth. Wages rose as well. Its main supplier is MAZ.",
     ("company:xx:maz", "company:xx:kivi-trucks")),
    ("Santa is a retail chain in Brest. It opened 20 shops in 2024. Prices were stable. "
     "Costs rose a little. The company buys milk from Savushkin Product.",
     ("company:xx:savushkin-product", "company:xx:santa")),
])
def test_a_reference_beyond_the_last_sentences_means_the_firm_spoken_of(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(("text", "stray"), [
    # a heading is a border: the enterprise of section 3.5 is not the plant of 3.4
    ("3.4. Machine building\n\nBelAZ makes dump trucks in Zhodino. BelAZ ships trucks to "
     "Russia.\n\n3.5. Food industry\n\nThe enterprise exports cheese to China.", "country:cn"),
    ("Trucks\n\nMAZ makes trucks in Minsk. MAZ ships trucks to Mongolia.\n\nDairy\n\n"
     "The plant sells butter to Vietnam.", "country:vn"),
])
def test_a_reference_never_reaches_across_a_heading(text, stray):
    assert not any(b == stray for _a, b in pairs(text))


@pytest.mark.parametrize(("text", "stray"), [
    # "the company" with an apposition that names a firm is that firm, no antecedent
    ("Gomselmash makes combines in Gomel. The company, the Kostanay machine builder "
     "Agromash, exports tractors to Kyrgyzstan.", ("company:xx:gomselmash", "country:kg")),
    ("MTZ makes tractors in Minsk. The company, the Serbian dealer Agromehanika, sells "
     "tractors to Montenegro.", ("company:xx:mtz", "country:me")),
])
def test_a_firm_noun_with_a_named_apposition_has_no_antecedent(text, stray):
    assert stray not in pairs(text)


@pytest.mark.parametrize(("text", "expected", "stray"), [
    # "our region" said by a governor after a firm's director spoke: the region
    ('Gomselmash shipped combines to Kenya, said Alexei Tishchenko, director of Gomselmash. '
     'The governor of the Gomel Region, Ivan Krupko, praised the deal. "Our region already '
     'ships milk powder to Algeria," he said.',
     ("region:by:gomel", "country:dz"), ("company:xx:gomselmash", "country:dz")),
    ('"We opened a dealer in Hanoi," said Oleg Pavlov, head of Amkodor. Later the governor '
     'of the Vitebsk Region spoke. "Our oblast sells flax to Italy," he said.',
     ("region:by:vitebsk", "country:it"), ("company:xx:amkodor", "country:it")),
])
def test_our_region_is_a_place_not_a_firm(text, expected, stray):
    found = pairs(text)
    assert expected in found
    assert stray not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Slutsk Cheese-Making Plant processed 420,000 tonnes of milk. \"This year we "
     "began deliveries of whey powder to Vietnam,\" said the company's director, Alexander "
     "Ivanov.", ("company:xx:slutsk-cheese-making-plant", "country:vn")),
    ("Belshina reported record output. \"We have shipped our first tyres to Kenya,\" the "
     "plant's director general said.", ("company:xx:belshina", "country:ke")),
    ("Belshina reported record output. Wages rose. \"We have shipped tyres to Kenya,\" "
     "the company said.", ("company:xx:belshina", "country:ke")),
    ("Belshina reported record output. Wages rose. \"We have shipped tyres to Kenya,\" "
     "Belshina said.", ("company:xx:belshina", "country:ke")),
])
def test_we_in_a_remark_is_the_firm_it_is_attributed_to(text, expected):
    found = pairs(text)
    assert expected in found
    assert not any("ivanov" in a for a, _b in found)   # a person is no party


@pytest.mark.parametrize(("text", "expected"), [
    ("Belshina, the tyre maker from Bobruisk, grew in 2024. Wages rose. The Bobruisk "
     "plant exports tyres to Kenya.", ("company:xx:belshina", "country:ke")),
    ("Rostselmash, the Rostov-on-Don harvester maker, is the main rival. The Rostov "
     "company also exports combines to Kazakhstan.", ("company:xx:rostselmash", "country:kz")),
])
def test_a_firm_noun_with_a_town_means_the_firm_the_text_put_there(text, expected):
    assert expected in pairs(text)


def test_a_firm_noun_with_another_town_is_another_firm():
    found = pairs("Belshina, the tyre maker from Bobruisk, grew in 2024. The Brest plant "
                  "exports tyres to Kenya.")
    assert ("company:xx:belshina", "country:ke") not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("BELSHINA\nPress release\n\nBOBRUISK, 3 May 2025 - The plant reported record output "
     "for the first quarter of the year. \"We have shipped tyres to Kenya,\" the release "
     "quotes the sales team.", ("company:xx:belshina", "country:ke")),
    ("PRESS RELEASE\n\nMOZYR, 14 March 2025 - Mozyrsol JSC shipped a record 410,000 tonnes "
     "of salt last year. \"Our salt is now also sold in Georgia,\" the sales department "
     "reported. \"We have started deliveries to Armenia too.\"",
     ("company:xx:mozyrsol", "country:am")),
])
def test_a_press_release_speaks_for_its_firm(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Smolevichi broiler plant makes poultry. Its only foreign market is Armenia.",
     ("company:xx:smolevichi-broiler-plant", "country:am")),
    ("Tulamash makes pumps. Its main export market remains Armenia.",
     ("company:xx:tulamash", "country:am")),
])
def test_its_market_is_a_place(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    # a firm that sells "at home" takes no other firm spoken of as its buyer
    "The Slutsk Cheese-Making Plant makes cheese. The Smolevichi broiler plant sells "
    "nearly all its poultry at home.",
    "MAZ makes trucks. The Lida dairy sells most of its butter on the domestic market.",
])
def test_sold_at_home_takes_no_topic_as_buyer(text):
    assert pairs(text) == set()


@pytest.mark.parametrize(("text", "end", "named"), [
    ("The company, the Kostanay machine builder Agromash, cut orders.", 11, True),
    ("The plant, the Serbian dealer \"Agromehanika\", sells tractors.", 9, True),
    ("The company, a maker of loaders, cut orders.", 11, False),
    ("The company, the largest in the region, cut orders.", 11, False),
])
def test_named_in_apposition(text, end, named):
    assert named_in_apposition(text, end) is named


@pytest.mark.parametrize(("text", "attributed"), [
    ('"We ship to A," said the company\'s director, P. Ivanov.', True),
    ('"We ship to A," the holding said on Monday.', True),
    ('"We ship to A," it said.', True),
    ('"We ship to A," its director general noted.', True),
    ('"We ship to A," said P. Ivanov, director of X.', False),
    ('"We ship to A," the governor said.', False),
])
def test_referenced_attribution(text, attributed):
    assert referenced_attribution(text, 1) is attributed


def test_sections_begin_at_headings():
    text = "Title of the report\n\nBelAZ ships trucks.\n3.5. Food\nThe plant sells cheese."
    assert section_starts(text) == [0, text.index("3.5.")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ivan Petrov, the director general of Belshina, met reporters in Minsk. Prices were "
     "discussed. \"We have shipped tyres to Kenya,\" Petrov said.",
     ("company:xx:belshina", "country:ke")),
    ("Gomselmash director Oleg Ivanov met reporters in Gomel. Prices were discussed. "
     "\"We have sold combines to Zambia,\" he said.", ("company:xx:gomselmash", "country:zm")),
    ("Lidagromash makes balers. \"Farmers know our balers,\" said Sergei Novik, the "
     "plant's director general. \"We are shipping them to Tajikistan now.\"",
     ("company:xx:lidagromash", "country:tj")),
    ("Lidagromash makes balers. Sergei Novik, the plant's director general, was upbeat. "
     "\"Farmers know our balers,\" Novik added. \"We ship them to Mongolia now.\"",
     ("company:xx:lidagromash", "country:mn")),
])
def test_we_is_the_firm_of_the_person_introduced_before(text, expected):
    found = pairs(text)
    assert expected in found
    assert not any(a.endswith(("petrov", "ivanov", "novik")) for a, _b in found)


def test_he_after_another_person_spoke_is_not_the_first_ones_firm():
    text = ("Oleg Ivanov, director of Gomselmash, praised the deal. The governor of the Gomel "
            "Region, Ivan Krupko, spoke next. \"We want our milk powder sold in Egypt,\" he "
            "said.")
    assert ("company:xx:gomselmash", "country:eg") not in pairs(text)


@pytest.mark.parametrize("text", [
    # a remark attributed to a firm's spokesperson, press service or officer, named or not
    "Belshina reported record output. Prices rose. \"We have shipped tyres to Kenya,\" a "
    "spokesperson for Belshina said.",
    "Belshina reported record output. Prices rose. \"We have shipped tyres to Kenya,\" the "
    "plant's press service reported.",
    "Ivan Petrov heads Belshina. Prices rose. \"We have shipped tyres to Kenya,\" Petrov "
    "told reporters.",
    "Belshina reported record output. In an interview, Belshina's director said: \"Our "
    "tyres are now sold in Kenya.\"",
    "Belshina reported record output. Our plant also ships tyres to Kenya, said the "
    "director general of Belshina.",
])
def test_a_remark_speaks_for_the_firm_of_its_attribution(text):
    found = pairs(text)
    assert ("company:xx:belshina", "country:ke") in found
    assert not any(a.endswith("petrov") for a, _b in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a firm named once as an object, by a name of two words, is an antecedent
    ("The Riga Region signed a memorandum with Agrotek Baltic. The company imports trucks "
     "from MAZ.", ("company:xx:maz", "company:xx:agrotek-baltic")),
    ("Latvia signed a memorandum with Agrotek Baltic. The company imports trucks from MAZ.",
     ("company:xx:maz", "company:xx:agrotek-baltic")),
])
def test_a_firm_named_once_as_an_object_is_an_antecedent(text, expected):
    found = pairs(text)
    assert expected in found
    assert not any(b.startswith("region:") for _a, b in found)


@pytest.mark.parametrize(("text", "place"), [
    # a firm left unresolved as the subject: the region spoken of is not the other side
    ("The Riga Region is a large one. The company imports trucks from MAZ.",
     "region:lv:riga-region"),
    ("The Vitebsk Region grows flax. The plant ships linen to Italy.", "region:by:vitebsk"),
])
def test_an_unresolved_firm_subject_is_no_place_spoken_of(text, place):
    assert not any(place in (a, b) for a, b in pairs(text))

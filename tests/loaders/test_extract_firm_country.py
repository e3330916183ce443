"""A firm's country from one ordered chain of evidence: what its phrase states ("the
Kaunas-based dairy X", "X, a bakery from western Lithuania,", "X of Tallinn",
"Grodno's tobacco factory X"), then the firm table, then where the text puts it ("In
Pskov, the bus operator X ...", "Its largest employer, X" after the place spoken of),
then the text's home. A twinning's side the gazetteer does not know is a town of the
text's own country when its partner is abroad. Every text here was written for these
tests."""

import pytest
from extract_candidates import candidates, pairs

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.placement import based_place, split_based

RIGA = "RIGA, 14 May 2025 - Trade news.\n\n"
MINSK = "MINSK, 2 June 2025 - Trade news.\n\n"


@pytest.mark.parametrize("text, supplier, recipient", [
    # "X-based" before the description, or glued to the name
    (RIGA + "The Kaunas-based dairy Nemuno Pienas ships cheese to Minsk.",
     "company:lt:nemuno-pienas", "city:by:minsk"),
    (RIGA + "Kaunas-based Nemuno Pienas ships cheese to Minsk.",
     "company:lt:nemuno-pienas", "city:by:minsk"),
    # an apposition whose place has a compass adjective
    (RIGA + "Varpa, a bakery from western Lithuania, sells rye bread to Pskov.",
     "company:lt:varpa", "city:ru:pskov"),
    # "of" and a town, a bare name (a town the gazetteer does not know: the "in" after it)
    (RIGA + "Saare Kala of Tallinn now supplies sprats to Pskov.",
     "company:ee:saare-kala", "city:ru:pskov"),
    (MINSK + "The fishing company Vaindlo Kalur of Kardla in Estonia sold sprats to Vitebsk.",
     "company:ee:vaindlo-kalur", "city:by:vitebsk"),
    # a town's possessive before the firm's head noun
    (RIGA + "Grodno's tobacco factory Neman buys paper from the Polish firm Papirus.",
     "company:pl:papirus", "company:by:neman"),
])
def test_the_phrase_places_the_firm(text, supplier, recipient):
    assert (supplier, recipient) in pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text, supplier, recipient", [
    # a place that opens the sentence, over the dateline's country
    (MINSK + "In Pskov, the bus operator Velikan took delivery of 25 MAZ buses.",
     "company:by:maz", "company:ru:velikan"),
    (RIGA + "In Kaunas, the furniture maker Vilkas ships wardrobes to Belarus.",
     "company:lt:vilkas", "country:by"),
    # the place the sentence before opened with, pointed at by "its"
    (RIGA + "Panevezys is a city in the north of Lithuania. Its largest employer, the "
            "glass maker Stiklas, ships jars to Belarus.", "company:lt:stiklas", "country:by"),
    # the town named last, pointed at by "the city's" (Neman is also a Russian town)
    (RIGA + "Grodno lies near the Polish border. The city's tobacco factory, Neman, buys "
            "paper from the Polish firm Papirus.", "company:pl:papirus", "company:by:neman"),
])
def test_the_context_places_the_firm(text, supplier, recipient):
    assert (supplier, recipient) in pairs(text, "SUPPLIES_TO")


def test_a_fronted_place_that_locates_a_firm_is_no_party():
    text = MINSK + "In Pskov, the bus operator Velikan took delivery of 25 MAZ buses."
    assert not any("city:ru:pskov" in pair for pair in pairs(text, "SUPPLIES_TO"))


@pytest.mark.parametrize("text, supplier, recipient", [
    # the firm table outranks the place the sentence opens with
    (RIGA + "In Pskov, Belshina sold tyres to Latvia.", "company:by:belshina", "country:lv"),
    # "its" that points at a firm, not a place, places nothing: the dateline's country
    (RIGA + "Laima makes sweets for Belarus. Its biggest plant, the bakery Zeltainis, ships "
            "cakes to Pskov.", "company:lv:zeltainis", "city:ru:pskov"),
])
def test_context_does_not_override_stronger_evidence(text, supplier, recipient):
    assert (supplier, recipient) in pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text, a, b", [
    # a report from a Belarusian region: the unknown town is the region's own
    ("Vitebsk Regional Executive Committee\n\nLyozno and Khislavichi in the Smolensk region "
     "became twin towns in 2015.", "city:by:lyozno", "city:ru:khislavichi"),
    (RIGA + "Aglona has been a sister town of the Russian village of Usvyaty since 2012.",
     "city:lv:aglona", "city:ru:usvyaty"),
    # its partner is of the text's own country: the other country the passage names
    ("Vitebsk Regional Executive Committee\n\nThe region's towns keep close ties with Latvia. "
     "Sharkovshchina is a partner town of Subate.", "city:by:sharkovshchina", "city:lv:subate"),
])
def test_an_unknown_twin_town_is_a_town_of_the_texts_country(text, a, b):
    found = {frozenset(p) for p in pairs(text, "TWINNED_WITH")}
    assert frozenset((a, b)) in found
    kinds = {r[side]["kind"] for r in candidates(text) if r["type"] == "TWINNED_WITH"
             for side in ("source", "target")}
    assert kinds == {"City"}


@pytest.mark.parametrize("hint, place", [
    ("Kaunas-based", "Kaunas"), ("Novi Sad-based", "Novi Sad"),
    ("Minsk-headquartered", "Minsk"), ("Minsk", "Minsk"), (None, None),
])
def test_based_place(hint, place):
    assert based_place(hint) == place


def test_a_glued_based_word_leaves_the_name():
    text = "Novi Sad-based Agroservis sells tractors to Hungary."
    ms = find_mentions(text)
    split_based(text, ms)
    firm = ms[0]
    assert (firm.text, firm.place_hint, text[firm.start:firm.end]) == (
        "Agroservis", "Novi Sad", "Agroservis")


@pytest.mark.parametrize("text, party, expected", [
    # a firm's head noun before or after a name that is also a town's: the firm
    (MINSK + "The tobacco factory Neman buys paper from the Polish firm Papirus.",
     "Neman", "Company"),
    (MINSK + "Neman, a tobacco factory, buys paper from the Polish firm Papirus.",
     "Neman", "Company"),
    # "the company of X" is the town's body, and X stays the town
    (MINSK + "The public transport company of Vitebsk bought trolleybuses from the Polish "
             "firm Solbus.", "Vitebsk", "City"),
])
def test_a_described_firm_named_like_a_town_stays_a_firm(text, party, expected):
    kinds = {r[side]["name"]: r[side]["kind"] for r in candidates(text)
             for side in ("source", "target")}
    assert kinds.get(party) == expected


def test_an_agent_noun_describes_the_firm_after_it():
    text = MINSK + "The Moscow installer Podyom bought 40 lifts from the Gomel firm Liftmash."
    assert ("company:by:liftmash", "company:ru:podyom") in pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("sentence, firm, country", [
    # a plant "in" a town is there ...
    ("The SaryarkaAvtoProm plant in Kostanay assembles cars.", "SaryarkaAvtoProm", "KZ"),
    # ... but goods that go "to builders in" a town say nothing of where their maker is
    ("Cement from the Kant Cement Plant goes to builders in Almaty.", "Kant Cement Plant", None),
])
def test_a_firm_in_a_town(sentence, firm, country):
    from extract_candidates import RESOLVER

    from relgraph.loaders.extract.discourse import Discourse

    disc = Discourse(RESOLVER, sentence)
    ms = find_mentions(sentence)
    disc.locate_firms(sentence, ms, 0)
    assert next(m for m in ms if m.text == firm).country_hint == country


@pytest.mark.parametrize("name, expected", [
    # the gazetteer knows a town under this other name of it, and a region by its own
    ("Akmola", "region:kz:akmola"),
    ("Khorezm", "region:uz:khorezm"),
    ("Issyk-Kul", "region:kg:issyk-kul"),
    # a town that only spells its name otherwise, or has no region of that name, stays
    ("Karaganda", "city:kz:karagandy"),
    ("Oryol", "city:ru:orel"),
    ("Semipalatinsk", "city:kz:semey"),
    ("Grodno", "city:by:grodno"),
])
def test_a_bare_region_name_is_not_a_town_called_so_only_by_another_name(name, expected):
    from extract_candidates import RESOLVER

    from relgraph.loaders.extract.mentions import Mention
    from relgraph.loaders.extract.parties import resolve_mention

    assert resolve_mention(Mention(name, 0, len(name)), RESOLVER, None, "Company").id == expected


def test_a_twinning_side_stays_a_town():
    from extract_candidates import RESOLVER

    from relgraph.loaders.extract.mentions import Mention
    from relgraph.loaders.extract.parties import resolve_mention

    m = Mention("Akmola", 0, 6)
    assert resolve_mention(m, RESOLVER, None, "City").label == "City"


@pytest.mark.parametrize("text, firm, country", [
    # a described group or combine in an apposition places the firm, over the table
    ("ERG, a Kazakh mining group, supplies ferroalloys to Russia.", "ERG", "KZ"),
    ("Zarya, a Belarusian metallurgical combine, ships wire to Poland.", "Zarya", "BY"),
    # a town that is "a centre of" something, or a group "of" firms, is no firm so described
    ("Kostanay, a centre of machine building, sells tractors to Russia.", "Kostanay", None),
    ("Amkodor, a group of Belarusian plants, sells loaders to Russia.", "Amkodor", None),
])
def test_a_described_group_in_an_apposition(text, firm, country):
    m = next(m for m in find_mentions(text) if m.text == firm)
    assert m.country_hint == country

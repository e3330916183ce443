"""Mention recognition and party naming: words that are no name, firms joined or split,
vague plurals, organisations named after a town, designations before a quoted name and
informal region names. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.resolve import Resolver


def _parties(text, rel_type):
    return {x for pair in pairs(text, rel_type) for x in pair}


# -- words that are no name -----------------------------------------------------------
@pytest.mark.parametrize("text, rel_type", [
    ("Chapter 4. Economic ties with the Bryansk region\n"
     "In 2019 tractors were supplied to the Bryansk region.", "SUPPLIES_TO"),
    ("4.2. Industrial supplies to the Omsk region\nMTZ is the main supplier there.",
     "SUPPLIES_TO"),
    ("Section 3. Agricultural exports to the Tambov region grew in 2020.", "SUPPLIES_TO"),
])
def test_a_heading_word_is_no_party(text, rel_type):
    ids = _parties(text, rel_type)
    assert not any(x.split(":")[-1] in ("economic", "industrial", "agricultural", "chapter",
                                        "section") for x in ids), ids


@pytest.mark.parametrize("text, signer", [
    ("Unlike Gomel, the Vitebsk region signed an agreement with the Pskov region in 2012.",
     "region:by:vitebsk"),
    ("In contrast to Brest, the Mogilev region signed a cooperation agreement with the "
     "Smolensk region.", "region:by:mogilev"),
])
def test_an_opening_contrast_names_no_signer(text, signer):
    assert [a for a, _ in pairs(text, "SIGNED_AGREEMENT")] == [signer]


@pytest.mark.parametrize("text, name", [
    ("Unlike Amkodor, the plant exports little.", "Amkodor"),
    ("Despite Grodno Azot, the region imports fertiliser.", "Grodno Azot"),
])
def test_an_opening_preposition_is_no_part_of_the_name(text, name):
    assert [m.text for m in find_mentions(text)][:1] == [name]


@pytest.mark.parametrize("text, name", [
    ("The Vitebsk region signed a memorandum with Pskov on Friday.", "Pskov"),
    ("The governor of the Gomel region signed an agreement with Bryansk on Tuesday.",
     "Bryansk"),
    ("Amkodor delivered 30 loaders to Kazan on 3 March.", "Kazan"),
])
def test_a_name_does_not_run_on_into_a_day(text, name):
    names = [m.text for m in find_mentions(text)]
    assert name in names and not any("day" in n or "March" in n for n in names), names


def test_a_town_with_on_in_its_name_stays_whole():
    assert "Rostov on Don" in [m.text for m in find_mentions(
        "Rostov on Don signed an agreement with the Gomel region.")]


# -- two quoted firms ---------------------------------------------------------------
@pytest.mark.parametrize("text, names", [
    ('OJSC "Belshina" and OJSC "Grodno Azot" supplied tyres to the Omsk region.',
     ['OJSC "Belshina"', 'OJSC "Grodno Azot"']),
    ('In 2018 JSC "Kazakhmys" and LLP "Kazzinc" signed a contract with the Orenburg region.',
     ['JSC "Kazakhmys"', 'LLP "Kazzinc"']),
    ('OJSC "Naftan" and "Polimir" ship fibre to Poland.', ['OJSC "Naftan"', '"Polimir"']),
    ('OJSC "Belshina", OJSC "Naftan" and JSC "Grodno Azot" ship to Russia.',
     ['OJSC "Belshina"', 'OJSC "Naftan"', 'JSC "Grodno Azot"']),
])
def test_two_quoted_firms_are_two_names_without_debris(text, names):
    found = [m.text for m in find_mentions(text)]
    assert found[:len(names)] == names


@pytest.mark.parametrize("text, expected", [
    ('OJSC "Belshina" and OJSC "Grodno Azot" supplied tyres to the Omsk region.',
     {"company:by:belshina", "company:by:grodno-azot", "region:ru:omsk"}),
    ('In 2018 JSC "Kazakhmys" and LLP "Kazzinc" signed a contract with the Orenburg '
     'region.', {"company:kz:kazakhmys", "company:kz:kazzinc", "region:ru:orenburg"}),
])
def test_each_quoted_firm_takes_part(text, expected):
    rel = "SUPPLIES_TO" if "suppl" in text else "SIGNED_AGREEMENT"
    assert _parties(text, rel) == expected


# -- vague plurals ------------------------------------------------------------------
@pytest.mark.parametrize("text, rel_type, not_party", [
    ("Farmers of the Vitebsk Region supply milk to Smolensk dairies.", "SUPPLIES_TO",
     "vitebsk"),
    ("Growers of the Brest region sold apples to Moscow.", "SUPPLIES_TO", "brest"),
    ("The Baltic states bought Belarusian potash in 2019.", "SUPPLIES_TO", "baltic"),
    ("The Vitebsk region supplies potatoes to the Baltic states.", "SUPPLIES_TO", "baltic"),
    ("Several CIS countries signed an agreement with the Gomel region.", "SIGNED_AGREEMENT",
     "cis"),
    ("Gomselmash exports combines to several CIS countries.", "SUPPLIES_TO", "cis"),
    ("EAEU member states signed an agreement with Vietnam.", "SIGNED_AGREEMENT", "eaeu"),
])
def test_a_vague_plural_is_no_party(text, rel_type, not_party):
    ids = _parties(text, rel_type)
    assert not any(not_party in x for x in ids), ids


@pytest.mark.parametrize("text, expected", [
    ("The CIS signed a memorandum of understanding with the SCO.", ("org:xx:cis", "org:xx:sco")),
    ("The Vitebsk region supplies potatoes to the Baltic states and to Latvia.",
     ("region:by:vitebsk", "country:lv")),
])
def test_a_bloc_or_place_named_on_its_own_still_acts(text, expected):
    rel = "SUPPLIES_TO" if "suppl" in text else "SIGNED_AGREEMENT"
    assert expected in pairs(text, rel)


# -- informal region names ------------------------------------------------------------
@pytest.mark.parametrize("text, rel_type, region", [
    ("Kuzbass supplied coal to the Grodno region in 2017.", "SUPPLIES_TO", "region:ru:kemerovo"),
    ("The Vitebsk region signed an agreement with Kuzbass in 2016.", "SIGNED_AGREEMENT",
     "region:ru:kemerovo"),
    ("Kuban signed an agreement with the Minsk region.", "SIGNED_AGREEMENT",
     "region:ru:krasnodar"),
    ("Minsk tractors are supplied to Kuban every spring.", "SUPPLIES_TO", "region:ru:krasnodar"),
])
def test_an_informal_region_name_is_the_region(text, rel_type, region):
    assert region in _parties(text, rel_type)


@pytest.mark.parametrize("name, expected", [
    ("Kuzbass", "region:ru:kemerovo"), ("Yugra", "region:ru:khanty-mansi"),
    ("Kemerovo", "city:ru:kemerovo"), ("Krasnodar", "city:ru:krasnodar"),
    ("Brest-Litovsk", "city:by:brest"), ("Hrodna", "city:by:grodno"),
    ("Mahilyow", "city:by:mogilev"),
    # the abbreviations Russian texts use for autonomous okrugs, and "Tataria"
    ("KhMAO", "region:ru:khanty-mansi"), ("KhMAO-Yugra", "region:ru:khanty-mansi"),
    ("YaNAO", "region:ru:yamalo-nenets"), ("Tataria", "region:ru:tatarstan"),
])
def test_the_resolver_reads_a_regions_own_name_as_the_region(name, expected):
    assert Resolver.default().resolve(name).id == expected


# -- a long designation before a quoted name --------------------------------------------
@pytest.mark.parametrize("text, party", [
    ('Federal State Budgetary Educational Institution of Higher Education "Don State '
     'Technical University" signed an agreement with the Gomel region.',
     "org:ru:don-state-technical-university"),
    ('In 2017 the Federal State Autonomous Educational Institution of Higher Professional '
     'Education "Kazan Federal University" signed a memorandum with Grodno State University.',
     "org:ru:kazan-federal-university"),
    # the place after "of" in the quoted name says the country, as in an unquoted one
    ('Municipal Unitary Enterprise "Vodokanal of Brest" signed a contract with the Lublin '
     'region.', "company:by:vodokanal-of-brest"),
])
def test_the_quoted_name_is_the_core_of_the_id(text, party):
    assert party in _parties(text, "SIGNED_AGREEMENT")


# -- organisations named after a town ---------------------------------------------------
@pytest.mark.parametrize("text, party", [
    ("The Mogilev branch of the BelCCI signed an agreement with the Smolensk region.",
     "org:by:belcci"),
    ("The BelCCI signed a memorandum of cooperation with the Pskov region.", "org:by:belcci"),
    ("In 2019 BSTU signed an agreement with the Bryansk region.", "org:xx:bstu"),
    ("The Tashkent CCI signed an agreement with the Minsk region.", "org:uz:tashkent-cci"),
    ("The Ryazan region and the Tashkent Chamber of Commerce signed an agreement. Russian "
     "exports to Uzbekistan grew.", "org:uz:tashkent-chamber-of-commerce"),
    ("The Aktobe branch of the National Chamber of Entrepreneurs Atameken signed a "
     "memorandum with the Orenburg region.",
     "org:kz:national-chamber-of-entrepreneurs-atameken"),
    ("In 2020 the Belarusian Railway signed a memorandum with the Kazakh railway company KTZ.",
     "company:by:belarusian-railways"),
    ("Uzbek Railways signed an agreement with Belarusian Railway.",
     "company:by:belarusian-railways"),
])
def test_an_organisation_named_after_a_town_keeps_its_kind_country_and_name(text, party):
    ids = _parties(text, "SIGNED_AGREEMENT")
    assert party in ids and not {"city:by:mogilev", "city:by:gomel", "city:uz:tashkent"} & ids

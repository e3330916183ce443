"""Public bodies and firms named whole, with their kind and id: a body named in its own
language goes on over its lower-case words ("Communauté d'agglomération X") and is of a
country that speaks the language; a legal form of two words leaves the id whole; a
company's legal form and a body's own name outrank the kind a description gives; a
currency's code before an amount is no firm. Every text here was written for these
tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.parties import provisional_id
from relgraph.loaders.extract.pipeline import extract_lines


def _ids(text, kind=None):
    out = set()
    for c in extract_lines(text.split("\n"), "t.txt").candidates:
        if kind is None or c["type"] == kind:
            out |= {c["source"]["id"], c["target"]["id"]}
    return out


@pytest.mark.parametrize("text, name", [
    ("The Communauté d'agglomération Val de Brume signed a charter with Tarbes.",
     "Communauté d'agglomération Val de Brume"),
    ("The Conseil départemental des Hautes-Fougères met the mayor of Girona.",
     "Conseil départemental des Hautes-Fougères"),
    ("In May the Consorzio di bonifica Piana Rossa signed a deal with Verona.",
     "Consorzio di bonifica Piana Rossa"),
    ("The Mancomunidad de municipios del Alto Serrablo signed it with Huesca.",
     "Mancomunidad de municipios del Alto Serrablo"),
    ("The Città metropolitana di Valdora signed a protocol with Nice.",
     "Città metropolitana di Valdora"),
    ("The Zweckverband für Wasser Oberau signed with Linz.",
     "Zweckverband für Wasser Oberau"),
    ("The Communauté de communes du Pays de Lurbe signed with Pau.",
     "Communauté de communes du Pays de Lurbe"),
])
def test_a_body_named_in_its_own_language_is_read_whole(text, name):
    assert name in [m.text for m in find_mentions(text)]


@pytest.mark.parametrize("text, first", [
    # English words after the kind word: no name goes on
    ("The Conseil signed a charter with Lyon.", "Conseil"),
    ("The Agencia then signed with Bilbao.", "Agencia"),
    # no kind word of a body before the lower-case words
    ("The Marlow tannery de luxe Atelier sells in Lyon.", "Marlow"),
])
def test_no_body_name_goes_on_over_english_words(text, first):
    assert [m.text for m in find_mentions(text)][0] == first


@pytest.mark.parametrize("text, body", [
    ("Spain and France share a border. The Communauté d'agglomération Val de Brume "
     "signed a mobility protocol with Bilbao in 2019.",
     "org:fr:communaute-d-agglomeration-val-de-brume"),
    ("France and Italy work together. The Consorzio di bonifica Piana Rossa signed an "
     "agreement with the Syndicat mixte des eaux du Lurbe in 2021.",
     "org:it:consorzio-di-bonifica-piana-rossa"),
    ("France and Italy work together. The Consorzio di bonifica Piana Rossa signed an "
     "agreement with the Syndicat mixte des eaux du Lurbe in 2021.",
     "org:fr:syndicat-mixte-des-eaux-du-lurbe"),
    ("Austria and the Netherlands work together. The Waterschap Veldmeer signed an "
     "agreement with Graz in 2020.", "org:nl:waterschap-veldmeer"),
])
def test_a_body_named_in_its_own_language_is_of_a_country_that_speaks_it(text, body):
    assert body in _ids(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, place", [
    ("Spain and France share a border. The Conseil départemental des Hautes-Fougères "
     "signed a health agreement with Navarre in 2005.", "region:fr:hautes-fougeres"),
    ("The Gemeente Tilburg signed a protocol with the city of Brno.", "city:nl:tilburg"),
])
def test_an_organ_named_in_its_own_language_stands_for_its_place(text, place):
    assert place in _ids(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("name, want", [
    ("Kelana Wiring Sdn Bhd", "company:my:kelana-wiring"),
    ("Kelana Wiring Sdn. Bhd.", "company:my:kelana-wiring"),
    ("Kelana Wiring Berhad", "company:my:kelana-wiring"),
    ("Karoo Pumps (Pty) Ltd", "company:za:karoo-pumps"),
    ("Karoo Pumps Proprietary Limited", "company:za:karoo-pumps"),
    ("Andes Cargo Cía. Ltda.", "company:ec:andes-cargo"),
    ("Ege Tekstil Ltd. Şti.", "company:tr:ege-tekstil"),
    ("Douro Vinhos Unipessoal Lda", "company:pt:douro-vinhos"),
    ("Atelier Tamri S.A.R.L.", "company:ma:atelier-tamri"),
    ("Gulf Reefers L.L.C.", "company:ae:gulf-reefers"),
    ("Lima Textil S.A.C.", "company:pe:lima-textil"),
    ("Naniwa Seiki K.K.", "company:jp:naniwa-seiki"),
])
def test_a_legal_form_of_two_words_leaves_the_id_whole(name, want):
    cc = want.split(":")[1].upper()
    assert provisional_id("Company", cc, name) == want


@pytest.mark.parametrize("name, want", [
    # a form's word that is no form alone stays: no form here, the name is whole
    ("Sdnberg Tools", "company:de:sdnberg-tools"),
    # "Co., Ltd." keeps its words in the id, as before
    ("Hsinfeng Valves Co., Ltd.", "company:tw:hsinfeng-valves-co-ltd"),
])
def test_other_names_keep_their_words(name, want):
    cc = want.split(":")[1].upper()
    assert provisional_id("Company", cc, name) == want


@pytest.mark.parametrize("text, firm", [
    ("During the trade mission Bluewater Castings Ltd. of Sarnia signed a contract "
     "with Rheinauer Giesserei GmbH.", "company:ca:bluewater-castings"),
    ("At the agency Tamarack Sensors Inc. of Guelph signed a contract with Keller "
     "Mess GmbH.", "company:ca:tamarack-sensors"),
])
def test_a_company_legal_form_outranks_a_bodys_noun_before_it(text, firm):
    assert firm in _ids(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, body", [
    ("Our port operator, Empresa Portuaria Tocopilla, signed a dry-port deal with the "
     "Salta provincial government in 2021.", "empresa-portuaria-tocopilla"),
    ("InvestKedah signed a cooperation memorandum with the Tainan City Government in 2022.",
     "investkedah"),
])
def test_a_bodys_own_name_outranks_a_firms_description(text, body):
    assert any(i.startswith("org:") and i.endswith(":" + body)
               for i in _ids(text, "SIGNED_AGREEMENT"))


@pytest.mark.parametrize("text, code, firm", [
    ("Sales reached MAD 2.3 billion, most of it earned in the United Kingdom.", "MAD", False),
    ("Turnover was NAD 4,250,000 in the year.", "NAD", False),
    ("Revenue was QAR 12.5 million last year.", "QAR", False),
    # a firm's acronym before a count of goods is still a name
    ("KTZ 150 wagons went to Minsk.", "KTZ", True),
])
def test_a_currency_code_before_an_amount_is_no_firm(text, code, firm):
    assert (code in [m.text for m in find_mentions(text)]) is firm


@pytest.mark.parametrize("text, acronym, kind, country", [
    ("The deal was signed with Peru's state fishing company (PESCANOR) in May.",
     "PESCANOR", "Company", "PE"),
    ("Exports need the nod of Kenya's plant health inspectorate (KPHI) first.",
     "KPHI", "Organization", "KE"),
])
def test_a_countrys_described_body_is_its_acronym(text, acronym, kind, country):
    found = {m.text: m for m in find_mentions(text)}
    assert (found[acronym].kind_hint, found[acronym].country_hint) == (kind, country)
    # the country only owns it: no party of its own
    assert not any(m.kind_hint == "Country" or m.text in ("Peru", "Kenya")
                   for m in found.values())


@pytest.mark.parametrize("text, acronym, kind", [
    # a bare acronym signing beside a body is a body
    ("Tunisia exports dates. TNSSA and the Ministry of Agriculture of Senegal signed a "
     "protocol.", "TNSSA", "Organization"),
    ("The protocol signed by ONAVI and Peru's plant health service (SENAFI) took effect.",
     "ONAVI", "Organization"),
    # a firm every reader knows keeps its kind; a name that is no acronym stays open
    ("KTZ and the Ministry of Transport of Belarus signed a protocol.", "KTZ", None),
    ("Dunmore and the Ministry of Transport of Belarus signed a protocol.", "Dunmore", None),
])
def test_an_acronym_beside_a_body_is_a_body(text, acronym, kind):
    assert {m.text: m.kind_hint for m in find_mentions(text)}[acronym] == kind

"""One reading per document: a firm's country taken once from the opening and kept; a
name read once with its country or kind keeps that reading where a later sentence only
guessed; what a sentence states itself is never overruled."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.document_readings import core, reread, settle
from relgraph.loaders.extract.parties import Party

S, A, T = "SUPPLIES_TO", "SIGNED_AGREEMENT", "TWINNED_WITH"


def ids(text, rel_type):
    return {(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == rel_type}


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # the press release's own firm: the dateline's country, though Turkey is named most
    ("Ipak Yuli Tekstil widens its Turkish sales\n\nTASHKENT, Uzbekistan - Ipak Yuli "
     "Tekstil LLC has doubled its fabric exports to Turkey. Turkey took most of them. Ipak "
     "Yuli Tekstil signed a new supply contract with LC Waikiki in April.",
     ("company:uz:ipak-yuli-tekstil", "company:tr:lc-waikiki"),
     ("company:cn:ipak-yuli-tekstil", "company:tr:lc-waikiki")),
    # an interview's firm: a town "-based" in its first mention's apposition
    ('"Turkey is our first market"\n\nNavruz Tekstil LLC, the Fergana-based spinner, '
     "exports most of its yarn to Turkey. Turkish mills are its main buyers. Navruz Tekstil "
     "signed a contract with Denizli Havlu in 2023.",
     ("company:uz:navruz-tekstil", "company:tr:denizli-havlu"),
     ("company:tr:navruz-tekstil", "company:tr:denizli-havlu")),
])
def test_the_documents_own_firm_keeps_the_seat_its_opening_states(text, expected, not_expected):
    found = ids(text, A)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(("text", "expected"), [
    # "our mill in Kokand": the firm the text speaks for is where its mill is, not where
    # its buyers are
    ("Oq Oltin Textile sells yarn to Turkey and Iran. Turkey takes most of it. \"Our mill in "
     "Kokand runs day and night,\" its director said. Oq Oltin Textile also supplies Bursa "
     "Dokuma in Turkey.",
     ("company:uz:oq-oltin-textile", "company:tr:bursa-dokuma")),
    ("Bahor Knit ships knitwear to Turkey and Iran. Turkey takes most of it. \"Our factory "
     "at Namangan works three shifts,\" its owner said. Bahor Knit also ships knitwear to "
     "Georgia.",
     ("company:uz:bahor-knit", "country:ge")),
])
def test_the_speaking_firm_is_where_its_own_site_is(text, expected):
    assert expected in ids(text, S)


def test_a_firm_that_really_is_foreign_stays_so():
    # the Turkish weaver of a Turkish dateline, though the text names Uzbekistan and Tashkent
    text = ("BURSA, Turkey - Bursa Dokuma, the Turkish weaver, buys yarn in Uzbekistan. Bursa "
            "Dokuma signed a contract with Oltin Ip of Tashkent. Bursa Dokuma sells towels to "
            "Germany.")
    assert ("company:tr:bursa-dokuma", "country:de") in ids(text, S)
    assert ("company:tr:bursa-dokuma", "company:uz:oltin-ip") in ids(text, A)


def test_no_seat_stated_places_no_firm():
    # the opening names no country, demonym or town of the firm: nothing to keep
    text = ("Silk Loom sells yarn to Turkey. Turkey takes most of it. Silk Loom signed a "
            "contract with Denizli Havlu.")
    assert not any(a.startswith("company:uz:") for a, _b in ids(text, A))


def test_another_firms_site_far_away_seats_no_one():
    # a remark on another firm's plant, paragraphs later, says nothing of the first firm
    filler = " ".join(["Cotton prices rose again in the spring and the autumn."] * 9)
    text = ("Silk Loom sells yarn to Turkey. Turkey takes most of it. Silk Loom signed a "
            "contract with Denizli Havlu.\n\n" + filler + "\n\n\"Our plant in Namangan "
            "runs three shifts,\" said the director of Bahor Knit.")
    assert not any(a.startswith("company:uz:") for a, _b in ids(text, A))


@pytest.mark.parametrize(("text", "expected", "kept"), [
    # "the Lublin Voivodeship" makes a later bare "Lublin" that signs with a region the
    # voivodeship; the city's twinning stays the city's
    ("The Lublin Voivodeship has partnership agreements with Volyn. In 2024 Lublin signed a "
     "cooperation agreement with the Zhytomyr Oblast. The city of Lublin is twinned with "
     "Lutsk.",
     (A, "region:pl:lublin", "region:ua:zhytomyr"), (T, "city:pl:lublin", "city:ua:lutsk")),
    ("The Brest Region of Belarus borders Poland, and its capital Brest is twinned with "
     "Terespol. In 2019 Brest signed a cooperation agreement with the Lublin Voivodeship.",
     (A, "region:by:brest", "region:pl:lublin"), (T, "city:by:brest", "city:pl:terespol")),
])
def test_a_kind_written_out_once_carries_to_a_bare_name_in_its_role(text, expected, kept):
    found = {(r["type"], r["source"]["id"], r["target"]["id"]) for r in candidates(text)}
    assert expected in found
    assert kept in found


@pytest.mark.parametrize(("text", "expected"), [
    # two towns of one name in two countries, each placed by its sentence, stay two
    ("Stepanavan is twinned with the Russian town of Armavir. The Armenian town of Armavir "
     "is twinned with Kapan.",
     {("city:am:stepanavan", "city:ru:armavir"), ("city:am:armavir", "city:am:kapan")}),
    ("Ijevan is twinned with the Russian city of Armavir, and the Armenian city of Armavir "
     "is twinned with Gyumri.",
     {("city:am:ijevan", "city:ru:armavir"), ("city:am:armavir", "city:am:gyumri")}),
])
def test_namesakes_placed_explicitly_stay_apart(text, expected):
    found = ids(text, T)
    assert expected <= found


@pytest.mark.parametrize(("text", "expected"), [
    # "Armenia's Shirak" is no town the gazetteer knows; the text named the province
    ("Shirak Province borders Georgia. Georgia's Samtskhe-Javakheti and Armenia's Shirak "
     "signed an agreement in 2010.",
     ("region:ge:samtskhe-javakheti", "region:am:shirak")),
    ("The Syunik marz is the south of Armenia. In 2015 Armenia's Syunik signed a memorandum "
     "with Georgia's Kvemo Kartli.",
     ("region:am:syunik", "region:ge:kvemo-kartli")),
])
def test_an_unknown_town_is_the_region_of_that_name_the_text_named(text, expected):
    assert expected in ids(text, A)


def test_a_name_that_says_its_kind_keeps_it():
    # "Biala Podlaska county" is the county, though the text also named the town
    text = ("The town of Biala Podlaska lies near the border. In 2004 the Brest district "
            "became a twin of Biala Podlaska county.")
    assert not any(b.startswith("city:") for _a, b in ids(text, T))


def _region(name, pid, resolved, reason):
    return Party(name, pid, "Region", pid.split(":")[1].upper(), resolved, reason=reason)


def test_a_region_read_once_keeps_its_country_in_a_paragraph_on_its_neighbours():
    right = _region("Tavush Province", "region:am:tavush", True, "gazetteer region by name")
    moved = _region("Tavush", "region:ge:tavush", False,
                    "the other side of a cross-border relation")
    partner = _region("Kakheti", "region:ge:kakheti", True, "gazetteer region by name")
    row = {"type": A, "source": moved.as_dict(), "target": partner.as_dict()}
    settle([(row, (moved, partner), (moved, partner), (None, None))], [right, partner], "",
           None)
    assert row["source"]["id"] == "region:am:tavush"


def test_a_name_read_two_ways_keeps_its_guess():
    # two firms of one name, placed in two countries: no reading wins
    pl = Party("Vostok", "company:pl:vostok", "Company", "PL", False, reason="not in the gazetteer")
    ru = Party("Vostok", "company:ru:vostok", "Company", "RU", False, reason="not in the gazetteer")
    guess = Party("Vostok", "company:ua:vostok", "Company", "UA", False,
                  reason="country of the document's home")
    from relgraph.loaders.extract.document_readings import _stated
    assert reread(guess, None, S, _stated([pl, ru]), {}, None) is guess
    assert reread(guess, None, S, _stated([pl]), {}, None).id == "company:pl:vostok"


def test_core_drops_kind_words_legal_forms_and_possessives():
    assert core("the Lviv Oblast") == core("Lviv's") == "lviv"
    assert core("Oltin Ip LLC") == "oltin ip"


@pytest.mark.parametrize(("text", "expected"), [
    # a small town that signs with a town across the border stays the town, though the
    # text wrote out the province of its name elsewhere
    ("Coast news.\n\nIn 2016 the mayors of Dajabón and Jacmel signed a protocol on fishing "
     "ports. Last year the provincial government of Dajabón and the Sud-Est department "
     "signed a programme on roads.",
     {(A, "city:do:dajabon", "city:ht:jacmel"),
      (A, "region:do:dajabon", "region:ht:sud-est")}),
])
def test_a_small_town_signing_with_a_town_stays_a_town(text, expected):
    found = {(r["type"], r["source"]["id"], r["target"]["id"]) for r in candidates(text)}
    assert expected <= found


def test_goods_sent_to_a_small_town_named_like_a_written_out_province_reach_the_province():
    # near-miss: only a signing between two towns keeps the town
    found = {(r["type"], r["source"]["id"], r["target"]["id"]) for r in candidates(
        "Coast news.\n\nThe provincial government of Dajabón runs the market. Jacmel ships "
        "coffee to Dajabón every week.")}
    assert (S, "city:ht:jacmel", "region:do:dajabon") in found

"""A party the text names a few lines from the relation, outside its sentence: a table's
caption that names whose rows they are, set a line apart from its header and rows.
Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _rows(text, rel_type):
    return sorted((c["source"]["id"], c["target"]["id"], c["evidence"]["line"])
                  for c in extract_lines(text.splitlines(), "t.txt").candidates
                  if c["type"] == rel_type)


def _pairs(text, rel_type):
    return {frozenset(r[:2]) for r in _rows(text, rel_type)}


# -- a caption a blank line above its table --------------------------------------------
SALES = ("Table 3.2. Sales of Gomselmash by country, 2023\n"
         "\n"
         "Country        Units    Share, %    Change, %\n"
         "Kazakhstan       410      22.0        +4.1\n"
         "Ukraine          300      16.5        -3.5\n")
EXPORTS = ("Table 6. Export deliveries of Bobruiskagromash by market\n"
           "\n"
           "Market          Balers    Spreaders\n"
           "Lithuania          120           40\n"
           "Mongolia            35           12\n")


@pytest.mark.parametrize("text, supplier, recipients", [
    (SALES, "company:by:gomselmash", {"country:kz", "country:ua"}),
    (EXPORTS, "company:by:bobruiskagromash", {"country:lt", "country:mn"}),
])
def test_a_supply_caption_by_country_owns_the_rows(text, supplier, recipients):
    rows = _rows(text, "SUPPLIES_TO")
    assert {r[0] for r in rows} == {supplier}
    assert {r[1] for r in rows} == recipients


@pytest.mark.parametrize("text", [
    # imports by country: the rows are suppliers, the caption's firm buys; not read
    SALES.replace("Sales of Gomselmash", "Imports of Gomselmash"),
    # no owner in the caption: the rows name markets of nobody the text names
    SALES.replace("Sales of Gomselmash by country", "Sales by country"),
    # prose, not a caption, above the blank line
    SALES.replace("Table 3.2. Sales of Gomselmash by country, 2023",
                  "Gomselmash sold combines in many countries."),
])
def test_no_rows_owned_without_a_supply_caption_naming_its_owner(text):
    assert _rows(text, "SUPPLIES_TO") == []


AGREEMENTS = ("Table 2.4 - Selected agreements of the Grodno Region with foreign regions\n"
              "\n"
              "Partner region           Country      Year\n"
              "Podlaskie Voivodeship    Poland       1998\n"
              "Kaunas County            Lithuania    2001\n")
TWINS = ("Table 5. Twin towns of Mogilev\n"
         "\n"
         "Town            Country       Since\n"
         "Kursk           Russia        2001\n"
         "Gabrovo         Bulgaria      2004\n")


@pytest.mark.parametrize("text, rel_type, pairs", [
    (AGREEMENTS, "SIGNED_AGREEMENT",
     {frozenset(("region:by:grodno", "region:pl:podlaskie")),
      frozenset(("region:by:grodno", "region:lt:kaunas"))}),
    (TWINS, "TWINNED_WITH",
     {frozenset(("city:by:mogilev", "city:ru:kursk")),
      frozenset(("city:by:mogilev", "city:bg:gabrovo"))}),
])
def test_a_column_of_countries_locates_the_partner_of_the_captions_owner(text, rel_type,
                                                                       pairs):
    assert _pairs(text, rel_type) == pairs


def test_a_place_and_another_country_in_one_row_stay_a_pair():
    # (a country of another place is a partner of its own: not a column that locates)
    text = ("Table 1. Agreements of Belarusian regions with foreign partners\n"
            "Minsk Region        Vietnam         2015    agreement\n"
            "Gomel Region        Mongolia        2017    memorandum\n")
    assert _pairs(text, "SIGNED_AGREEMENT") == {
        frozenset(("region:by:minsk", "country:vn")),
        frozenset(("region:by:gomel", "country:mn"))}


# -- a lead-in that names no owner, on a town's own page --------------------------------
def _spaced(paragraphs):
    out = []
    for p in paragraphs:
        out += [p, ""]
    return "\n".join(out)


PAGE = ["Town of Lida | Official website",
        "Home > Town > Foreign relations > Partner towns",
        "FOREIGN RELATIONS",
        "Lida lies between Grodno and Vilnius and keeps ties with towns in four countries.",
        "Partner towns",
        "The partnership documents were concluded in the following years:",
        "- Marijampole (Lithuania) - 1999\n- Gizycko (Poland) - 2004\n- Valmiera (Latvia) - 2010"]
PORTAL = ["Municipality of Kobrin - official portal",
          "Main page / International cooperation",
          "Kobrin is a district town in the south-west of the Brest Region.",
          "The town has concluded the following agreements:",
          "1. Biala Podlaska (Poland), 2005\n2. Kovel (Ukraine), 2012"]


@pytest.mark.parametrize("text, pairs", [
    (_spaced(PAGE), {frozenset(("city:by:lida", "city:lt:marijampole")),
                     frozenset(("city:by:lida", "city:pl:gizycko")),
                     frozenset(("city:by:lida", "city:lv:valmiera"))}),
    (_spaced(PORTAL), {frozenset(("city:by:kobrin", "city:pl:biala-podlaska")),
                       frozenset(("city:by:kobrin", "city:ua:kovel"))}),
])
def test_rows_under_a_lead_in_naming_no_owner_are_the_pages_place(text, pairs):
    assert _pairs(text, "SIGNED_AGREEMENT") == pairs


@pytest.mark.parametrize("text", [
    # a page whose title names no place: nobody owns the rows
    _spaced(["Partner towns", "The partnership documents were concluded in the following years:",
             "- Marijampole (Lithuania) - 1999\n- Gizycko (Poland) - 2004"]),
    # a title naming a place but no ties of it: no page of the place's own
    _spaced(["Town of Lida | Official website", "Home > Town > Tourism > Hotels",
             "The partnership documents were concluded in the following years:",
             "- Marijampole (Lithuania) - 1999\n- Gizycko (Poland) - 2004"]),
])
def test_no_owner_for_rows_without_a_page_of_a_place(text):
    assert _pairs(text, "SIGNED_AGREEMENT") == set()


# -- "the city" under a heading, on a town's own page -----------------------------------
OTHER = ["Town of Lida | Official website",
         "Home > Town > Foreign relations",
         "Former partners",
         "Pskov (Russia) was a partner town from 2001 until 2022.",
         "Other documents",
         "In 2019 the city signed a memorandum on tourism with Ignalina."]
OTHER_TOWN = ["Pinsk: partner towns",
              "Past ties",
              "The Ukrainian town of Kovel held joint festivals with us until 2020.",
              "Agreements",
              "In 2021 the town concluded a protocol on education with Jelgava."]


@pytest.mark.parametrize("text, pair", [
    (_spaced(OTHER), frozenset(("city:by:lida", "city:lt:ignalina"))),
    (_spaced(OTHER_TOWN), frozenset(("city:by:pinsk", "city:lv:jelgava"))),
])
def test_the_city_under_a_new_heading_is_the_pages_place(text, pair):
    assert pair in _pairs(text, "SIGNED_AGREEMENT")


def test_the_city_after_another_town_in_its_own_section_is_that_town():
    text = _spaced(OTHER[:4] + [
        "Other documents",
        "Smorgon hosted a fair of crafts in May. In 2019 the city signed a memorandum on "
        "tourism with Ignalina."])
    got = _pairs(text, "SIGNED_AGREEMENT")
    assert frozenset(("city:by:lida", "city:lt:ignalina")) not in got


# -- "the holding", "the group": a firm whose name carries the word -------------------
def _blind(text, rel_type):
    from extract_candidates import firm_blind
    return {frozenset(map(firm_blind, r[:2])) for r in _rows(text, rel_type)}


@pytest.mark.parametrize("text, pair", [
    ("BELSHINA HOLDING\nAnnual report 2023\n\nExports\n\nIn Serbia the road builder "
     "Putevi Srbije bought 300 tyres. In May the holding signed a dealer contract with "
     # (the firm table knows Belshina Holding as Belshina)
     "the Almaty firm Kama Trade.", ("company:xx:belshina", "company:xx:kama-trade")),
    ("The Brest Dairy Holding makes cheese. Last year the Moscow retail chain Lenta bought "
     "900 tonnes of its cheese. In May the holding signed a supply agreement with the "
     "Astana company Kazmilk.", ("company:xx:brest-dairy-holding", "company:xx:kazmilk")),
])
def test_a_firm_noun_means_the_firm_whose_name_carries_it(text, pair):
    got = _blind(text, "SIGNED_AGREEMENT")
    assert frozenset(pair) in got
    assert all(len(p & {"company:xx:putevi-srbije", "company:xx:lenta"}) == 0 for p in got)


@pytest.mark.parametrize("text, pair", [
    # "the company" says nothing of which firm: the one named last
    ("The Mogilev Lift Group makes elevators for housing. The Kazan firm Liftservice "
     "repairs them. In March the company signed a service agreement with the Astana "
     "company Kazlift.", ("company:xx:liftservice", "company:xx:kazlift")),
    # no firm named with the word: the firm spoken of stays
    ("Gomselmash makes combines in Gomel. In June the holding concluded a dealer contract "
     "with the Astana company Kazlift.", ("company:xx:gomselmash", "company:xx:kazlift")),
])
def test_a_generic_firm_noun_or_one_no_name_carries_keeps_the_firm_spoken_of(text, pair):
    assert frozenset(pair) in _blind(text, "SIGNED_AGREEMENT")


# -- an emission standard is no party: "the two companies" are the pair named ----------
@pytest.mark.parametrize("text, pair", [
    ("Gomselmash buys its Euro-5 engines from Cummins, and in 2024 the two companies "
     "signed an agreement on a joint service centre.",
     ("company:xx:gomselmash", "company:xx:cummins")),
    ("Amkodor buys its EURO-6 engines from Deutz, and last year the two companies signed "
     "a memorandum on engine assembly in Minsk.", ("company:xx:amkodor", "company:xx:deutz")),
])
def test_the_two_companies_past_a_standard_are_the_pair_named(text, pair):
    assert frozenset(pair) in _blind(text, "SIGNED_AGREEMENT")


def test_a_standard_takes_no_side():
    text = "Belshina supplies tyres for Euro 6 trucks to KAMAZ."
    assert _blind(text, "SUPPLIES_TO") == {frozenset(("company:xx:belshina",
                                                      "company:xx:kamaz"))}


# -- "between it and B": the party spoken of is one side --------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The Yaroslavl Region joined the list of partners only recently. The cooperation "
     "agreement between it and the Grodno Region was signed in Yaroslavl in 2015.",
     ("region:ru:yaroslavl", "region:by:grodno")),
    ("Tatarstan is a newer partner. A memorandum between it and the Mogilev Region was "
     "concluded in 2016.", ("region:ru:tatarstan", "region:by:mogilev")),
])
def test_between_it_and_a_party_pairs_the_party_spoken_of(text, pair):
    assert frozenset(pair) in _pairs(text, "SIGNED_AGREEMENT")


def test_between_it_is_no_venue_named_before():
    text = ("A trade fair opened in Kazan in June. The agreement between it and the Mogilev "
            "Region was signed on its first day.")
    assert _pairs(text, "SIGNED_AGREEMENT") == set()


# -- "Similar agreements followed with C": the signer of the document just told ---------
@pytest.mark.parametrize("text, pairs", [
    ("The oldest document is the agreement on trade concluded between the Grodno Regional "
     "Executive Committee and the Administration of the Kaliningrad Region in 1997. Similar "
     "agreements followed with the Bryansk Region in 2000 and, in 2003, with the Kaluga "
     "Region.", {frozenset(("region:by:grodno", "region:ru:bryansk")),
                frozenset(("region:by:grodno", "region:ru:kaluga"))}),
    ("In 2004 the Mogilev Region signed a memorandum on trade with the Smolensk Region. "
     "Such memoranda soon followed with the Tula Region and the Oryol Region.",
     {frozenset(("region:by:mogilev", "region:ru:tula")),
      frozenset(("region:by:mogilev", "region:ru:oryol"))}),
])
def test_similar_documents_that_followed_with_a_partner_are_the_signers(text, pairs):
    assert pairs <= _pairs(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text", [
    # no document told before: whose is not said
    "The Gomel Region has many partners. Similar agreements followed with the Bryansk "
    "Region in 1999.",
    # followed by talks, not by documents
    "In 2004 the Mogilev Region signed a memorandum with the Smolensk Region. Similar talks "
    "followed with the Tula Region.",
])
def test_no_signer_for_similar_documents_without_a_signing_before(text):
    got = _pairs(text, "SIGNED_AGREEMENT")
    assert not any("region:ru:bryansk" in p or "region:ru:tula" in p for p in got)


# -- "the two countries": two countries, the pair spoken of or the text's two -----------
def test_the_two_countries_are_the_two_the_text_is_about():
    text = ("Regions of Belarus and Vietnam signed 12 documents at a conference in Hanoi. "
            "Vietnamese dairies asked the Belarusian side for more milk powder. A day "
            "earlier, the two countries signed an accord on the joint assembly of tractors.")
    assert _pairs(text, "SIGNED_AGREEMENT") == {frozenset(("country:by", "country:vn"))}


@pytest.mark.parametrize("text", [
    # the pair spoken of is a country and a region: no "two countries"
    "Regions of Russia and Kazakhstan signed 30 agreements at the forum in Omsk. The "
    "Russian side praised the Pavlodar Region for its grain. On the eve of the forum the "
    "two countries signed a programme of cross-border cooperation.",
    # three countries the text is about: which two is not said
    "Belarus, Uzbekistan and Kazakhstan want more trade. Belarusian firms showed tractors "
    "in Tashkent, Kazakh ones in Minsk. Uzbek officials visited Astana. During the visit "
    "the two countries signed a memorandum on industrial cooperation.",
])
def test_no_two_countries_without_a_pair_of_countries(text):
    assert _pairs(text, "SIGNED_AGREEMENT") == set()


# -- "its Belarusian neighbour": the place of that country the text speaks of -----------
@pytest.mark.parametrize("text, pair", [
    ("The Smolensk Region and the Mogilev Region have long been partners. Each year the "
     "Smolensk Region sells grain to its Belarusian neighbour.",
     ("region:ru:smolensk", "region:by:mogilev")),
    ("Brest and Biala Podlaska have been partners since 1997. Every winter Brest sends "
     "firewood to its Polish neighbour.", ("city:by:brest", "city:pl:biala-podlaska")),
])
def test_a_neighbour_named_by_its_demonym_is_the_place_spoken_of(text, pair):
    assert pair in {r[:2] for r in _rows(text, "SUPPLIES_TO")}


def test_a_neighbour_of_a_country_no_place_of_which_was_named_is_the_country():
    text = ("The Pskov Region borders Latvia and Belarus. It ships timber to its Belarusian "
            "neighbours.")
    assert {r[:2] for r in _rows(text, "SUPPLIES_TO")} == {("region:ru:pskov", "country:by")}


# -- a report's buyers: each is its firm's customer, none the next one's supplier -------
def _report(name, body):
    return f"{name}\nAnnual report 2024\n\nCustomers\n\n{body}"


def test_buyers_of_one_sentence_are_each_the_reports_customer():
    text = _report("MOGILEVLIFTMASH", "In Kazakhstan, the Almaty builder Alatau Stroy "
                   "accepted the first 120 lifts, and the Astana developer Bazis bought 60 "
                   "lifts for its new towers.")
    assert _blind(text, "SUPPLIES_TO") == {
        frozenset(("company:xx:mogilevliftmash", "company:xx:alatau-stroy")),
        frozenset(("company:xx:mogilevliftmash", "company:xx:bazis"))}


@pytest.mark.parametrize("text, buyers", [
    (_report("BELSHINA", "The Russian truck maker KAMAZ bought 40,000 tyres. The Uzbek bus "
             "plant SamAuto bought 6,000 tyres."), ("kamaz", "samauto")),
    (_report("AMKODOR", "The Kazakh road operator KazAvtoZhol bought 70 loaders. The Uzbek "
             "mining firm Almalyk MMC bought 25 loaders."), ("kazavtozhol", "almalyk-mmc")),
])
def test_a_buyer_told_of_is_no_supplier_of_the_next_buyer(text, buyers):
    rows = {(r[0].split(":")[-1], r[1].split(":")[-1]) for r in _rows(text, "SUPPLIES_TO")}
    assert (buyers[0], buyers[1]) not in rows
    assert {b for _a, b in rows} == set(buyers)
    assert len({a for a, _b in rows}) == 1


@pytest.mark.parametrize("text, absent", [
    # a firm that sold acts in the paragraph: a batch shipped may be its own
    (_report("BELSHINA", "The Kazan dealer Shinservice sold 9,000 tyres to farms in "
             "Tatarstan. A further batch was shipped to Bashkortostan."),
     ("company:xx:belshina", "region:ru:bashkortostan")),
    # "accepted" a proposal: no goods
    (_report("BELSHINA", "The Kazan firm Shinservice accepted the proposal of the plant."),
     ("company:xx:belshina", "company:xx:shinservice")),
])
def test_no_report_supply_to_a_seller_or_for_what_is_no_goods(text, absent):
    assert frozenset(absent) not in _blind(text, "SUPPLIES_TO")


# -- "The table below gives each partner town": the page's place owns the rows ------
CRUMB = ["Pinsk City Executive Committee > The town > Foreign relations",
         "Pinsk is linked with towns in five countries. The table below gives each partner "
         "town with the year the tie began.",
         "* Kovel (Ukraine) - 2001\n* Jelgava (Latvia) - 2006\n* Kalush (Ukraine) - 2012"]
BELOW = ["Town of Lida - official website",
         "Home > Town > International cooperation",
         "Below are our twin towns, with the year of each charter.",
         "- Alytus (Lithuania), 1999\n- Gizycko (Poland), 2004"]


@pytest.mark.parametrize("text, pairs", [
    (_spaced(CRUMB), {frozenset(("city:by:pinsk", "city:ua:kovel")),
                      frozenset(("city:by:pinsk", "city:lv:jelgava")),
                      frozenset(("city:by:pinsk", "city:ua:kalush"))}),
    (_spaced(BELOW), {frozenset(("city:by:lida", "city:lt:alytus")),
                      frozenset(("city:by:lida", "city:pl:gizycko"))}),
])
def test_rows_below_a_sentence_pointing_at_them_are_the_pages_place(text, pairs):
    assert _pairs(text, "TWINNED_WITH") == pairs


def test_rows_below_a_pointing_sentence_of_no_relation_are_no_twins():
    text = _spaced(BELOW[:2] + ["Below are the hotels of the town, with their addresses.",
                                "- Alytus (Lithuania), 1999\n- Gizycko (Poland), 2004"])
    assert _pairs(text, "TWINNED_WITH") == set()


# -- a Markdown table under a lead-in of the page's place -------------------------------
MD_PAGE = ["Town of Lida - official website",
           "Home > Town > International cooperation",
           "Besides twinning, the town has signed agreements in particular fields:",
           "| Partner | Field | Signed |\n|---|---|---|\n"
           "| Ignalina (Lithuania) | tourism | 2015 |\n"
           "| Augustow (Poland) | schools and sport | 3 May 2019 |"]
MD_REPORT = ["Kobrin City Executive Committee > Foreign relations",
             "The town has also concluded cooperation agreements with municipalities abroad:",
             "| Municipality | Country | Year |\n|:--|:--|--:|\n"
             "| Kovel | Ukraine | 2008 |\n| Biala Podlaska | Poland | 2012 |"]


@pytest.mark.parametrize("text, pairs", [
    (_spaced(MD_PAGE), {frozenset(("city:by:lida", "city:lt:ignalina")),
                        frozenset(("city:by:lida", "city:pl:augustow"))}),
    (_spaced(MD_REPORT), {frozenset(("city:by:kobrin", "city:ua:kovel")),
                          frozenset(("city:by:kobrin", "city:pl:biala-podlaska"))}),
])
def test_markdown_rows_under_the_pages_lead_in_are_its_agreements(text, pairs):
    assert _pairs(text, "SIGNED_AGREEMENT") == pairs
    assert _pairs(text, "TWINNED_WITH") == set()


def test_markdown_rows_of_a_page_about_no_place_have_no_owner():
    text = _spaced(["Cooperation agreements"] + MD_PAGE[2:])
    assert _pairs(text, "SIGNED_AGREEMENT") == set()


def test_a_rows_own_twinning_agreement_under_a_caption_of_documents_is_a_twinning():
    text = ("Documents signed by towns of the region in 2022:\n\n"
            "| Belarusian town | Partner | Document | Date |\n|---|---|---|---|\n"
            "| Lida | Alytus | twinning agreement | 12.05.2022 |\n"
            "| Slonim | Druskininkai | memorandum on tourism | 03.09.2022 |\n")
    assert _pairs(text, "TWINNED_WITH") == {frozenset(("city:by:lida", "city:lt:alytus"))}
    assert _pairs(text, "SIGNED_AGREEMENT") == {
        frozenset(("city:by:slonim", "city:lt:druskininkai"))}


# -- "signed similar ones with C": the documents of the kind just told -----------------
@pytest.mark.parametrize("text, pairs", [
    ("Mogilev signed an agreement with Kaluga in 1999. Later Mogilev signed similar ones "
     "with Tula and with Bryansk.", {frozenset(("city:by:mogilev", "city:ru:tula")),
                                     frozenset(("city:by:mogilev", "city:ru:bryansk"))}),
    ("Vitebsk has a memorandum with Pskov. In 2015 Vitebsk signed comparable ones with "
     "Smolensk and with Velikiye Luki.",
     {frozenset(("city:by:vitebsk", "city:ru:smolensk")),
      frozenset(("city:by:vitebsk", "city:ru:velikiye-luki"))}),
])
def test_similar_ones_signed_with_partners_are_documents(text, pairs):
    assert pairs <= _pairs(text, "SIGNED_AGREEMENT")


def test_similar_ones_that_are_no_documents_sign_nothing():
    text = ("The Gomel Region built two new bridges in 2019. It opened similar ones with "
            "the help of the Bryansk Region in 2021.")
    assert _pairs(text, "SIGNED_AGREEMENT") == set()


# -- a firm's own report: a supply caption that names nobody is the firm's ----------------
OWN_SPACED = ("MOGILEVLIFTMASH\n"
              "Annual report 2023\n"
              "\n"
              "Mogilevliftmash sold lifts in eleven countries last year.\n"
              "\n"
              "Table 2.1. Export sales by country, units\n"
              "\n"
              "Country        2023     2022\n"
              "Georgia         140      120\n"
              "Mongolia         60       75\n")
OWN_BARRED = ("In 2024 Santa Bremor JSC (the \"Company\") raised its foreign sales by a tenth.\n"
              "Table 4. Main export markets in 2024 (share of revenue, %)\n"
              "Lithuania | Vilnius, Kaunas | canned fish | 21.5\n"
              "Kazakhstan | Almaty | surimi | 9.8\n"
              "Armenia | Yerevan | canned fish | 4.1\n")


@pytest.mark.parametrize("text, supplier, recipients", [
    (OWN_SPACED, "company:by:mogilevliftmash", {"country:ge", "country:mn"}),
    # (the towns of a row's country say where in it the goods went: no recipients)
    (OWN_BARRED, "company:by:santa-bremor", {"country:lt", "country:kz", "country:am"}),
])
def test_an_ownerless_supply_caption_in_a_firms_report_is_the_firms(text, supplier,
                                                                     recipients):
    lines = text.splitlines()
    table = [r for r in _rows(text, "SUPPLIES_TO")
             if lines[r[2] - 1].count("|") >= 2 or "  " in lines[r[2] - 1]]
    assert {r[0] for r in table} == {supplier}
    assert {r[1] for r in table} == recipients


@pytest.mark.parametrize("text", [
    # imports: the rows supply the firm; not read
    OWN_SPACED.replace("Export sales by country", "Imports by country"),
    # a monograph's table: nobody speaks for it
    OWN_SPACED.replace("MOGILEVLIFTMASH\nAnnual report 2023\n", "Chapter 3\n\n"),
])
def test_no_ownerless_supply_rows_outside_a_firms_own_report(text):
    assert [r for r in _rows(text, "SUPPLIES_TO") if r[2] >= 8] == []


def test_a_line_with_one_bar_or_a_lone_barred_line_is_no_row():
    from relgraph.loaders.extract.tables import barred_rows
    assert barred_rows(["City of Brest | Official website", "Home | Twin towns"]) == set()
    assert barred_rows(["Georgia | Tbilisi | 140", "Lifts went east."]) == set()

"""Who the writer is, in each register: a town's page titled with its municipal style
("Stadtgemeinde X – Partner Towns"), an interview whose headline or lead introduces the
guest as a place's governor ('"quote": the governor of X on ...', "We spoke to its
governor"), a firm's annual report whose home shows in what it says of itself. Texts
written for these tests."""

import pytest
from extract_candidates import pairs, undirected_id_pairs

from relgraph.loaders.extract.own_home import own_home
from relgraph.loaders.extract.own_town import town_name

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"

TOWN_PAGE = """{title}
{town} keeps friendly ties with towns in three countries.

Our partner towns
Our oldest partner town is Jastrebarsko in Croatia; the friendship charter was signed in 1994.
Since 2006 we have also been twinned with Szombathely in Hungary.
"""


@pytest.mark.parametrize(("title", "town", "own"), [
    ("Stadtgemeinde Fehring – Partner Towns", "Fehring", "city:at:fehring"),
    ("Marktgemeinde Straden – Partner Towns", "Straden", "city:at:straden"),
    ("Stadt Gleisdorf – Partner Towns", "Gleisdorf", "city:at:gleisdorf"),
    ("Stadtgemeinde Fehring - Twin towns", "Fehring", "city:at:fehring"),
])
def test_a_town_page_speaks_for_the_town_its_title_names_past_its_style(title, town, own):
    text = TOWN_PAGE.format(title=title, town=town)
    twins = undirected_id_pairs(text, T)
    assert tuple(sorted((own, "city:hu:szombathely"))) in twins
    assert tuple(sorted((own, "city:hr:jastrebarsko"))) in twins
    assert not any("gemeinde" in x or "stadt-" in x for pair in twins for x in pair)


def test_the_titled_town_named_again_signs_as_itself():
    text = ("Stadtgemeinde Fehring – Partner Towns\n"
            "Szombathely (Hungary)\n"
            "Fehring and Szombathely, both spa towns, concluded a partnership agreement "
            "in 2006.\n")
    assert ("city:at:fehring", "city:hu:szombathely") in undirected_id_pairs(text, A)


@pytest.mark.parametrize(("written", "name", "countries"), [
    ("Stadtgemeinde Fehring", "Fehring", ("AT",)),
    ("Gmina Zator", "Zator", ("PL",)),
    ("Ramsberg kommun", "Ramsberg", ("SE",)),
    # (near misses: a town whose own name opens with a style's letters stays whole)
    ("Stadthagen", "Stadthagen", ()),
    ("Gradiška", "Gradiška", ()),
    ("Obecná Lhota", "Obecná Lhota", ()),
])
def test_town_name_drops_a_municipal_style_only(written, name, countries):
    assert town_name(written) == (name, countries)


INTERVIEW = """{head}
{lead}

Q: Governor, which regions are your partners?
A: Our oldest partner is Hulunbuir. We signed a friendship agreement with Yamagata \
Prefecture in 2016.
"""


@pytest.mark.parametrize(("head", "lead"), [
    ('"The border feeds us": the governor of Dornod on Japan, Korea and new roads',
     "We met the governor in Choibalsan last spring."),
    ("“Grass and oil”: the governor of Dornod on its partners",
     "We met the governor in Choibalsan last spring."),
    ("Steppe and border",
     "Eastern Mongolia's Dornod aimag borders China and Russia. We spoke to its governor "
     "in Choibalsan last spring."),
])
def test_the_governors_we_is_the_region_the_head_or_lead_names(head, lead):
    text = INTERVIEW.format(head=head, lead=lead)
    assert ("region:jp:yamagata", "region:mn:dornod") in undirected_id_pairs(text, A)


def test_a_mayors_we_stays_the_town():
    text = INTERVIEW.format(
        head='"A bridge, not a wall": the mayor of Narva on Estonia, Russia and the EU',
        lead="We met the mayor at the town hall.")
    assert any("city:ee:narva" in pair for pair in undirected_id_pairs(text, A))


REPORT = """Kaliro Creameries Limited – Annual Report 2024
Section 3: Markets

We sold UHT milk in Kenya and Rwanda through our distributors.{extra}
We signed a supply contract with Sokoni Foods Ltd of Nairobi in March 2024.
"""


@pytest.mark.parametrize("extra", [
    " Kenya reviewed import permits for Ugandan dairy products in May. Our Mbarara plant "
    "ran at full capacity.",
    " We remain a member of the Uganda Dairy Processors Association. Our Mbarara plant "
    "ran at full capacity.",
])
def test_a_firms_report_places_its_writer_by_what_it_says_of_itself(extra):
    text = REPORT.format(extra=extra)
    assert any(a.startswith("company:ug:kaliro-creameries") or b.startswith(
        "company:ug:kaliro-creameries") for a, b in pairs(text, A))


def test_one_such_word_alone_does_not_place_the_writer():
    towns = {"Mbarara": "UG", "Nairobi": "KE"}.get
    assert own_home("Kenya reviewed import permits for Ugandan dairy products.", towns) is None
    assert own_home("Kenya reviewed import permits for Ugandan dairy products. "
                    "Our Mbarara plant ran at full capacity.", towns) == "UG"

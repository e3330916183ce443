""""We" and "our town" in an interview or on a town's page are the town the text speaks
for, also after "X has been our twin town" (X was then taken for the owner of every
later twinning "we" signed). Every text here was written for these tests."""

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type="TWINNED_WITH"):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == rel_type}


INTERVIEW = (
    '"Friends are not furniture": the mayor of Lappeenranta on twin towns and industry\n'
    "Interview by Anna Virta\n"
    "\n"
    "- Mr Mayor, what is left of the old ties?\n"
    "- Quite a lot. Vyborg has been our twin town since 1966, and nobody ever cancelled "
    "the charter.\n"
    "- And the newer ones?\n"
    "- Lublin, which has been our partner city since 2015, is the most active. In 2021 we "
    "concluded a twinning charter with Narva, and our choirs now meet every spring.\n")
PAGE = (
    "City of Kalisz | Official website\n"
    "Home > City > Foreign relations > Partner cities\n"
    "\n"
    "Rivne has been our sister city since 2004, and its students come to our colleges "
    "every autumn.\n"
    "\n"
    "In 2012 our town also became twinned with Heerhugowaard, after a decade of "
    "football tournaments between the clubs of the two towns.\n")


def test_we_after_our_twin_town_is_the_speakers_town():
    pairs = _pairs(INTERVIEW)
    assert frozenset(("city:fi:lappeenranta", "city:pl:lublin")) in pairs
    assert frozenset(("city:fi:lappeenranta", "city:ee:narva")) in pairs
    assert not any("city:ru:vyborg" in p and len(p & {"city:pl:lublin", "city:ee:narva"})
                   for p in pairs)


def test_our_town_after_our_sister_city_is_the_pages_town():
    pairs = _pairs(PAGE)
    assert frozenset(("city:pl:kalisz", "city:nl:heerhugowaard")) in pairs
    assert frozenset(("city:ua:rivne", "city:nl:heerhugowaard")) not in pairs


def test_the_town_after_its_own_twins_is_still_that_town():
    text = ("Vyborg has twin towns in three countries. It is twinned with Kalmar in "
            "Sweden. The town also signed a twinning charter with Narva in 1998.\n")
    assert frozenset(("city:ru:vyborg", "city:ee:narva")) in _pairs(text)


def _interview(answer):
    return ('"Doors stay open": the mayor of Kalisz on the town\'s friends\n'
            "\n"
            "- Who helped first?\n"
            "\n"
            f"- {answer}\n")


def test_towns_and_their_country_in_apposition_to_our_twin_towns():
    text = _interview("Towns such as Tampere and Vaasa in Finland, our partner cities since "
                      "1995 and 2001, sent help within a week.")
    assert _pairs(text) == {frozenset(("city:pl:kalisz", "city:fi:tampere")),
                            frozenset(("city:pl:kalisz", "city:fi:vaasa"))}


def test_a_town_in_apposition_to_a_customer_is_no_twin():
    text = _interview("Firms from Tampere in Finland, our biggest customers since 1995, "
                      "sent help within a week.")
    assert _pairs(text) == set()

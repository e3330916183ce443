"""An interview's answer to a question on the town's twin or partner towns: the towns it
names are the guest's town's twins, though the answer itself uses no twin word. Every
text here was written for these tests."""

from extract_candidates import id_pair_set, pairs_with

_pairs, _with = id_pair_set, pairs_with


DASHES = ('"Old friends do not need a calendar": the mayor of Tampere on the town abroad\n'
          "Interview by Liisa Koskinen\n"
          "\n"
          "- How many twin towns does Tampere keep up with these days?\n"
          "- Honestly, fewer than the list says. Kaunas and Miskolc are the busy ones, with "
          "school trips each spring. Linz and Odense keep in touch mostly through their "
          "orchestras.\n"
          "- Where do the town's factories sell their machines?\n"
          "- Mostly to Sweden, and a good deal to Hamburg and Rotterdam.\n")
COLONS = ("Radio Gdynia, the morning talk. Guest: the mayor of Gdynia\n"
          "\n"
          "HOST: Which of the city's partners abroad still matter?\n"
          "\n"
          "MAYOR: The seaside ones, above all: Kiel, Karlskrona and Kotka. Their harbour "
          "masters visit us every year.\n")


def test_towns_an_answer_on_twin_towns_names_are_the_guests_twins():
    assert _pairs(DASHES) == _with("city:fi:tampere", "city:lt:kaunas", "city:hu:miskolc",
                                   "city:at:linz", "city:dk:odense")


def test_an_answer_on_partners_after_a_speakers_label():
    assert _pairs(COLONS) == _with("city:pl:gdynia", "city:de:kiel", "city:se:karlskrona",
                                   "city:fi:kotka")


def test_towns_an_answer_on_trade_names_are_no_twins():
    text = DASHES.replace("How many twin towns does Tampere keep up with these days?",
                          "Which firms does Tampere trade with these days?")
    assert _pairs(text) == set()


def test_a_firms_interview_gives_its_partners_no_twins():
    text = DASHES.replace("the mayor of Tampere on the town abroad",
                          "a machine builder's sales chief on dealers abroad")\
        .replace("How many twin towns does Tampere keep up with these days?",
                 "How many partners does the firm keep up with these days?")
    assert _pairs(text) == set()


def test_an_answer_that_denies_the_ties_gives_no_twins():
    text = DASHES.replace("Kaunas and Miskolc are the busy ones, with school trips each "
                          "spring.", "We have never had ties with Kaunas or Miskolc.")
    assert not _pairs(text) & _with("city:fi:tampere", "city:lt:kaunas", "city:hu:miskolc")

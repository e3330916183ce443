"""A recipient the text names only by "us", "our" or "the city": counted goods sent or
given to "us" with no "to" ("Alytus sent us three ambulances"), goods "for our lifts"
or "for the city hospital" (what the party spoken of runs), and "X in turn supplies us
with ..." (``supplies._SENT_TO_US``, ``_OWN_USE``, ``_is_noun``). Whom "us" means is
the discourse's: the interviewee's place, the report's firm."""

import pytest
from extract_candidates import blind_pairs

MAYOR = "Interview with the mayor of Lida\n\n- Who helped the town?\n\n- "
GOVERNOR = "Interview with the governor of the Grodno Region\n\n- And trade?\n\n- "
REPORT = "MOGILEVLIFT\nAnnual report 2023\n\nPurchasing\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (GOVERNOR + "The Brest Region sent us forty tractors in May.",
     ("region:by:brest", "region:by:grodno")),
    (MAYOR + "Alytus gave us two fire engines and a minibus.",
     ("city:lt:alytus", "city:by:lida")),
    (GOVERNOR + "The Mogilev Region sends us seed potatoes every spring.",
     ("region:by:mogilev", "region:by:grodno")),
    (GOVERNOR + "Latvia in turn supplies us with timber.", ("country:lv", "region:by:grodno")),
    (MAYOR + "Siauliai shipped fifty hospital beds for the city clinic.",
     ("city:lt:siauliai", "city:by:lida")),
    (REPORT + "Ziehl Motoren supplies motors for our lifts.",
     ("company:xx:ziehl-motoren", "company:xx:mogilevlift")),
    (GOVERNOR + "Latvia supplies timber for our sawmills, and we sell cheese to Riga.",
     ("country:lv", "region:by:grodno")),
])
def test_the_speaker_or_the_city_receives(text, expected):
    assert expected in blind_pairs(text)


@pytest.mark.parametrize("text", [
    MAYOR + "Alytus sent us a letter of support.",
    MAYOR + "Alytus sent us warm greetings.",
    MAYOR + "Alytus sent us two delegations of teachers.",
    MAYOR + "Alytus gave us two good reasons to hope.",
    MAYOR + "Alytus gave us three days to answer.",
    MAYOR + "Alytus sent a choir for the city festival.",
    # no one speaks: "our" is nobody
    "Ziehl Motoren supplies motors for our lifts.",
])
def test_words_people_and_unknown_speakers_receive_nothing(text):
    assert not blind_pairs(text)


def test_a_maker_named_after_for_receives_nothing():
    # ("spare parts for MAZ trucks": the maker of the trucks is named, not their user)
    text = REPORT + "Ziehl Motoren supplies spare motors for Schindler lifts."
    assert not any("schindler" in b for _a, b in blind_pairs(text))

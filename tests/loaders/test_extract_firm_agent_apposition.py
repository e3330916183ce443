"""A firm's country from the text's evidence before the document's default: an apposition
whose head is any trade's agent noun after a demonym or a place ("X, a Lithuanian
maltster,", "X, a Riga canmaker,"), a legal form of a few countries that rules the
default out ("X s.r.o." in a text from Grodno). Every text here was written for these
tests."""

import pytest
from extract_candidates import candidates


def _party(text, name):
    for r in candidates(text):
        for side in ("source", "target"):
            if r[side]["name"] == name:
                return r[side]["id"]
    return None


@pytest.mark.parametrize("text, name, want", [
    ("LIDA, 3 March 2025 - News from Lida.\n\nLidskoe Pivo buys malt from Viking Malt, a "
     "Lithuanian maltster.", "Viking Malt", "company:lt:viking-malt"),
    ("LIDA, 3 March 2025 - News from Lida.\n\nViking Malt, a Lithuanian maltster, sells "
     "malt to Lidskoe Pivo.", "Viking Malt", "company:lt:viking-malt"),
    ("LIDA, 3 March 2025 - News from Lida.\n\nLidskoe Pivo buys cans from Baltic Can, a "
     "Riga canmaker.", "Baltic Can", "company:lv:baltic-can"),
    ("GRODNO, 5 May 2025 - Trade notes.\n\nZeleny Gai, a Ukrainian juice bottler, buys "
     "sugar from Agrokhim.", "Zeleny Gai", "company:ua:zeleny-gai"),
])
def test_an_agent_noun_after_a_demonym_or_place_places_the_firm(text, name, want):
    assert _party(text, name) == want


@pytest.mark.parametrize("text, name, want", [
    # no demonym or place before the agent noun: the document's default stays
    ("LIDA, 3 March 2025 - News from Lida.\n\nLidskoe Pivo buys malt from Viking Malt, a "
     "maltster.", "Viking Malt", "company:by:viking-malt"),
    # the apposition describes the name right before it, not the one before that
    ("LIDA, 3 March 2025 - News from Lida.\n\nLidskoe Pivo buys malt from Viking Malt and "
     "cans from Baltic Can, a Riga canmaker.", "Viking Malt", "company:by:viking-malt"),
])
def test_no_agent_noun_bound_to_a_place_keeps_the_default(text, name, want):
    assert _party(text, name) == want


# -- a legal form of a few countries rules out a default it does not fit ----------------
@pytest.mark.parametrize("text, name, want", [
    ("GRODNO, 5 May 2025 - Trade notes.\n\nGrodno Azot sold fertiliser to Agrofert s.r.o. "
     "in 2024.", "Agrofert s.r.o.", "company:cz:agrofert"),
    ("GRODNO, 5 May 2025 - Trade notes.\n\nGrodno Azot sold fertiliser to Agricola S.R.L. "
     "in 2024.", "Agricola S.R.L.", "company:ro:agricola"),
])
def test_a_legal_form_outranks_a_default_it_rules_out(text, name, want):
    assert _party(text, name) == want


@pytest.mark.parametrize("text, name, want", [
    # the text's own country uses the form: its default stands
    ("MINSK, 5 May 2025 - Trade notes.\n\nOOO Agrotrade bought tractors from MTZ in 2024.",
     "OOO Agrotrade", "company:by:agrotrade"),
    # a country the text names that uses the form: that one
    ("GRODNO, 5 May 2025 - Trade notes.\n\nMoldova buys Belarusian fertiliser. Agricola "
     "S.R.L. bought 300 tonnes from Grodno Azot in 2024.", "Agricola S.R.L.",
     "company:md:agricola"),
])
def test_a_legal_form_the_default_fits_keeps_it(text, name, want):
    assert _party(text, name) == want


# -- a town in the firm's name: the town that bears the name, not a smaller one once
# called so in a region the text names ---------------------------------------------------
@pytest.mark.parametrize("text, name, want", [
    ("MINSK, 14 October 2025 - Dairy exports.\n\nBelarusian cheese sells well in Moscow. "
     "Slutsk Cheese Factory shipped whey to China in 2025.", "Slutsk Cheese Factory",
     "company:by:slutsk-cheese-factory"),
    ("TASHKENT, 2 June 2025 - Textile trade.\n\nUzbek mills sell yarn to the Karaganda "
     "Region. Samarkand Textile sold yarn to Turkey in 2024.", "Samarkand Textile",
     "company:uz:samarkand-textile"),
])
def test_a_town_bearing_the_name_outweighs_a_smaller_one_once_called_so(text, name, want):
    assert _party(text, name) == want


def test_a_bigger_town_under_another_spelling_keeps_its_place():
    # the Chinese Aqsu, "Aksu" in English, outweighs the Kazakh town named Aksu
    text = ("URUMQI, 2 June 2025 - Textile trade.\n\nXinjiang exports yarn across Central "
            "Asia. Aksu Textile sold yarn to Kazakhstan in 2024.")
    assert _party(text, "Aksu Textile") == "company:cn:aksu-textile"

"""A firm's name in its own language, with lower-case words, is one name when the
acronym in brackets after it spells all its initials ("Bratislavska vodarenska
spolocnost (BVS)"), and a name a legal form marks goes on over a lower-case word with an
apostrophe inside. A place before a bracketed code stays a place. Every text here was
written for these tests."""

import pytest
from extract_candidates import named_pairs, pairs

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize("text, rel_type, pair", [
    ("Bratislavská vodárenská spoločnosť (BVS) bought pumps from Grundfos.", "SUPPLIES_TO",
     ("Grundfos", "Bratislavská vodárenská spoločnosť")),
    ("Hrvatske šume (HŠ) sells beech logs to Slovenia.", "SUPPLIES_TO",
     ("Hrvatske šume", "Slovenia")),
    ("Železnice Slovenskej republiky (ŽSR) signed a contract with Siemens.",
     "SIGNED_AGREEMENT", ("Siemens", "Železnice Slovenskej republiky")),
    ("JSC Toshkent metropoliteni bought trains from Stadler.", "SUPPLIES_TO",
     ("Stadler", "JSC Toshkent metropoliteni")),
    ("Stadler delivered trains to JSC Toshkent yo'lovchi tashish.", "SUPPLIES_TO",
     ("Stadler", "JSC Toshkent yo'lovchi tashish")),
])
def test_a_name_with_lower_case_words_is_read_whole(text, rel_type, pair):
    assert pair in named_pairs(text, rel_type)


@pytest.mark.parametrize("text, names", [
    ("Grain goes from Nitra to Constanta (RO).", ["Grain", "Nitra", "Constanta"]),
    ("Timber from Varaždin reaches Salzburg and Linz (AT).", ["Varaždin", "Salzburg", "Linz"]),
    ("Hrvatske šume (ABC) sells logs.", ["Hrvatske"]),
])
def test_initials_that_do_not_spell_the_words_join_nothing(text, names):
    got = [m.text for m in find_mentions(text)]
    assert all(n in got for n in names), got


@pytest.mark.parametrize("text", [
    "Hrvatske šume (HŠ) signed a contract with Stadler in 2019. HŠ also sells beech logs "
    "to Slovenia.",
    "Österreichische Bundesbahnen (ÖBB) ordered trains from Stadler. In 2020 Stadler "
    "delivered ten trains to ÖBB.",
])
def test_an_acronym_with_marked_capitals_is_the_firm_it_was_defined_for(text):
    # "HŠ", "ÖBB": capitals with marks make an acronym as plain ones do, so the bracket
    # defines it and its later use is the same firm
    got = {side for pair in pairs(text, "SUPPLIES_TO") + pairs(text, "SIGNED_AGREEMENT")
           for side in pair if "stadler" not in side and not side.startswith("country:")}
    assert len(got) == 1, got


@pytest.mark.parametrize("text, pair", [
    ("Our water company, Vilniaus vandenys, buys pumps from Grundfos.",
     ("Grundfos", "Vilniaus vandenys")),
    ("The city's water company, Rīgas ūdens, buys pipes from Poland.",
     ("Poland", "Rīgas ūdens")),
])
def test_a_firms_noun_set_off_by_a_comma_marks_the_name_after_it(text, pair):
    # (the name goes on in lower case after an apposition's firm noun, as right after it)
    assert pair in named_pairs(text, "SUPPLIES_TO")

"""A partner a relative "with which" follows, its subject a name or whom the text speaks
for: "Ostrov, with which we have kept partner links since 2003", "Kalisz (Poland), with
whom the city signed a memorandum in 2005". Texts written for these tests."""

from extract_candidates import pairs

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
HEAD = "The mayor of Rezekne about the town's partners\n\n- And your neighbours?\n\n- "


def test_a_partner_before_with_which_twins_with_the_speaker():
    for answer in ("Much the same goes for Ostrov, with which we have kept partner links "
                   "since 2003.",
                   "We also keep in touch with Ostrov, with which we have been twinned "
                   "since 2003.",
                   "Then there is Ostrov, with which the city has had sister-city "
                   "relations since 2001."):
        text = HEAD + answer + "\n"
        assert ("city:lv:rezekne", "city:ru:ostrov") in pairs(text, T), text


def test_a_partner_before_with_which_signs_with_the_clauses_subject():
    for text in (HEAD + "Then there is Kalisz, with which we signed a cooperation agreement "
                 "in 2005.\n",
                 "Regional news\n\nThe delegation went on to Kalisz (Poland), with whom "
                 "Rezekne concluded a memorandum on tourism in 2005.\n"):
        assert ("city:lv:rezekne", "city:pl:kalisz") in pairs(text, A), text


def test_no_with_which_pair_when_the_relation_is_not_the_relative_clauses():
    for text in (
        HEAD + "Kalisz, with which we share a river; the town signed an agreement with "
               "Lublin in 2005.\n",
        HEAD + "We think of Kalisz, with which we share a history. Riga signed an "
               "agreement with Tallinn in 2005.\n",
    ):
        got = pairs(text, A) + pairs(text, T)
        assert not any("kalisz" in a + b and "rezekne" in a + b for a, b in got), (text, got)

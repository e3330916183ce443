"""An office holder named with the place he or she heads ("Narva Mayor Jaan Tamm",
"Volyn Regional Governor Petro Melnyk", "Suceava County Council President Vasile
Ionescu") acts for that place or organ: the title and the person are no firm and no
part of its name. A byline on a line of its own ("Interview by ...", "By ...") is no
part of the title above it or the sentence below it. Every text here was written for
these tests."""

import pytest
from extract_candidates import candidates, pairs

from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.mentions import find_mentions


def _all_ids(text):
    return {r[side]["id"] for r in candidates(text) for side in ("source", "target")}


@pytest.mark.parametrize("text, pair", [
    ("Narva Mayor Jaan Tamm and Ivangorod Mayor Pavel Orlov signed a memorandum on a joint "
     "bus line.", ("city:ee:narva", "city:ru:ivangorod")),
    ("Lublin Voivode Anna Nowak and Volyn Regional Governor Petro Melnyk signed a protocol "
     "on border crossings.", ("region:pl:lublin", "region:ua:volyn")),
    ("Suceava County Council President Vasile Ionescu and Chernivtsi Regional Council "
     "Chairman Ivan Bondar signed an agreement on road repairs.",
     ("region:ro:suceava", "region:ua:chernivtsi")),
])
def test_an_office_holder_stands_for_the_place(text, pair):
    assert pair in pairs(text, "SIGNED_AGREEMENT")
    # the person is no party under any kind
    assert not any(name in x for x in _all_ids(text)
                   for name in ("tamm", "orlov", "melnyk", "ionescu", "bondar", "mayor"))


def test_a_title_without_a_place_or_organ_is_left_alone():
    # a firm's or a state's head: neither a town's nor a region's office
    found = _all_ids("Gazprom Chairman Oleg Ivanov and Belarus President Alexei Petrov met "
                     "in Minsk. Grodno Azot ships fertiliser to Poland.")
    assert not any(x.startswith(("city:", "region:")) for x in found), found


@pytest.mark.parametrize("lines, author", [
    (["Our partners did not wait for us: Kalmar mayor on twin towns and exporters",
      "Interview by Maria Lind",
      "Per Olsen has been mayor of Kalmar since 2012. We spoke about the town's partners."],
     "Interview by Maria Lind"),
    (["Notes from a border town on its partner towns", "By Tomas Varga",
      "Erik Holm runs the Lund tourist office. Lund signed an agreement with Lublin."],
     "By Tomas Varga"),
    (["Twin towns, schools and a choir", "Text and photos: Ewa Nowak",
      "Anna Berg teaches in Lund."], "Text and photos: Ewa Nowak"),
])
def test_a_byline_is_a_line_of_its_own(lines, author):
    text = build_document(lines).text
    assert f"\n{author}\n" in text, text
    # the author's and the next sentence's people are no one name
    assert not any(len(m.text.split()) > 2 for m in find_mentions(text.split("\n")[2]))


def test_a_line_opening_with_by_in_prose_runs_on():
    text = build_document(["Kalmar and Panevezys have been twinned since 1991.",
                           "By 2020 the two towns had run forty school exchanges."]).text
    assert "\n" not in text

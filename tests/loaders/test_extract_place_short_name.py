"""A bracket after a place that gives its name clipped ("Chungcheongnam-do (Chungnam)",
"Mecklenburg-Vorpommern (Meckpomm)") defines the short name the text then uses for that
place, as a bracket of initials does; a longer word in the bracket, or one that does not
keep the name's letters in order, defines nothing. Texts written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.mentions import clipped_name


def _signers(text: str) -> set[str]:
    return {r[side]["id"] for r in candidates(text) if r["type"] == "SIGNED_AGREEMENT"
            for side in ("source", "target")}


@pytest.mark.parametrize("text, place", [
    ("Chungcheongnam-do (Chungnam) keeps ties with twenty regions abroad. In 2022 Chungnam "
     "and Saxony signed a memorandum on battery research.", "region:kr:chungcheongnam-do"),
    ("Mecklenburg-Vorpommern (Meckpomm) courts partners around the Baltic. In 2021 "
     "Meckpomm and Pomerania signed an agreement on ferry links.",
     "region:de:mecklenburg-vorpommern"),
])
def test_a_clipped_name_in_brackets_names_the_place_later(text, place):
    assert place in _signers(text)


@pytest.mark.parametrize("short, name, clipped", [
    ("Chungnam", "Chungcheongnam-do", True),
    ("Meckpomm", "Mecklenburg-Vorpommern", True),
    ("Tolyattiazot", "Tolyatti", False),    # a firm of the town: longer than its name
    ("Samara", "Saratov", False),           # another place
    ("Jeonbuk", "Jeollabuk-do Provincial Government", False),  # letters out of order
])
def test_what_counts_as_a_clipped_name(short, name, clipped):
    assert clipped_name(short, name) is clipped

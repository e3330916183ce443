"""A co-signer set beside a signing's subject, on sentences written for these tests: "A,
together with B, signed ... with C" and "Jointly with B, A concluded ... with C" make a
document of three sides, each pair a signing. Negative cases: "together with" after the
document (documents joined, no party), a co-signer of another clause, an organ of the
subject's own government."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,expected", [
    ("The Vitebsk region was preparing, together with Pskov Oblast, an agreement with the"
     " Russian Railways on a new freight line.",
     [("company:ru:russian-railways", "region:by:vitebsk"),
      ("company:ru:russian-railways", "region:ru:pskov"),
      ("region:by:vitebsk", "region:ru:pskov")]),
    ("The Grodno Region, jointly with the Podlaskie Voivodeship, concluded a protocol with"
     " Belarusian Railways on a border crossing.",
     [("company:by:belarusian-railways", "region:by:grodno"),
      ("company:by:belarusian-railways", "region:pl:podlaskie"),
      ("region:by:grodno", "region:pl:podlaskie")]),
    ("In 2020 Belshina and Multi Group, jointly with the Armenian Development Bank,"
     " concluded a contract on a tyre warehouse.",
     # (a development bank is a public body)
     [("company:am:multi-group", "company:by:belshina"),
      ("company:am:multi-group", "org:am:armenian-development-bank"),
      ("company:by:belshina", "org:am:armenian-development-bank")]),
])
def test_a_co_signer_signs_with_each_side(text, expected):
    assert pairs(text, A) == expected


@pytest.mark.parametrize("text,expected", [
    # "together with" after the document joins a second paper, no party
    ("The Gomel Region signed a memorandum with Belarusian Railways together with a plan"
     " of measures.", [("company:by:belarusian-railways", "region:by:gomel")]),
    # the co-signer's clause is another one
    ("The Gomel Region, together with the Mogilev Region, exhibited at the fair; Minsk"
     " signed a memorandum with Belarusian Railways.",
     [("city:by:minsk", "company:by:belarusian-railways")]),
])
def test_no_co_signer_outside_the_signers_aside(text, expected):
    assert pairs(text, A) == expected


@pytest.mark.parametrize("text", [
    "The Vitebsk region, together with the Department of Customs, will sign a protocol with"
    " the Pskov Region on seasonal workers.",
    "The Vitebsk region, together with the Ministry of Labour and Social Protection, signed a"
    " protocol with the Pskov Region on seasonal workers.",
])
def test_an_organ_of_the_subjects_own_government_is_no_co_signer(text):
    assert pairs(text, A) == [("region:by:vitebsk", "region:ru:pskov")]

"""A firm written by its acronym with its full name in brackets after it ("to SSGPO
(Sokolov-Sarybai Mining Production Association)") is one party, governed by the
preposition before the acronym: it receives, it is no place of origin as a town in
brackets after a firm is (``supplies._role``). Agreements and purchases read it alike.
Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs, undirected_id_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("Belshina supplied tyres to BMZ (Byelorussian Steel Works).",
     ("company:xx:belshina", "company:xx:bmz")),
    ("Belshina supplied tyres to SSGPO (Sokolov-Sarybai Mining Production Association) for "
     "its open pits near Rudny.", ("company:xx:belshina", "company:xx:ssgpo")),
    ("Amkodor shipped loaders to UzAuto (Uzbek Automotive Industry) last year.",
     ("company:xx:amkodor", "company:xx:uzauto")),
    ("BMZ (Byelorussian Steel Works) buys tyres from Belshina.",
     ("company:xx:belshina", "company:xx:bmz")),
])
def test_acronym_then_name_receives(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize(("text", "pair"), [
    # a town in brackets after a firm only says where the firm is
    ('"Belshina" (Bobruisk) supplies tyres to Kirovets.',
     ("company:xx:belshina", "company:xx:petersburg-tractor-plant")),
])
def test_a_town_in_brackets_stays_a_seat(text, pair):
    found = blind_pairs(text, S)
    assert pair in found and not [p for p in found if "city:by:bobruisk" in p]


def test_agreements_read_it_alike():
    text = "Belshina signed a contract with BMZ (Byelorussian Steel Works)."
    assert [p for p in undirected_id_pairs(text, "SIGNED_AGREEMENT") if "company:by:bmz" in p]


@pytest.mark.parametrize(("text", "pair"), [
    # the second member of a list written the same way
    ("Amkodor shipped loaders to UzAuto (Uzbek Automotive Industry) and to BMZ (Byelorussian "
     "Steel Works).", ("company:xx:amkodor", "company:xx:bmz")),
    ("Amkodor shipped loaders to Kaunas (Lithuania) and graders to SSGPO (Sokolov-Sarybai "
     "Mining Production Association).", ("company:xx:amkodor", "company:xx:ssgpo")),
])
def test_a_later_member_written_by_its_acronym(text, pair):
    assert pair in blind_pairs(text, S)

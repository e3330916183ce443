"""The parties of each relation a sentence holds, when it holds several or names
places that are no party: a second predicate of one subject after a place it names
("X draws water off A and supplies B"), a year's note call that ends a sentence, a town
whose name holds "upon", the twinnings of a noun ("the twinnings of A with B and of C
with D"), pairs listed after a sentence on twinning, a second signing verb of the same
subject, and "the krai" after two krais. Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines
from relgraph.loaders.extract.sentences import split_sentences


def _pairs(text, kind):
    return {(c["source"]["name"], c["target"]["name"])
            for c in extract_lines(text.split("\n"), "t.txt").candidates if c["type"] == kind}


def _ids(text, kind):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.split("\n"), "t.txt").candidates if c["type"] == kind}


@pytest.mark.parametrize("text, supplier, recipients", [
    ("The Nordsee Wasser GmbH draws raw water off Husum and supplies tap water to Kiel "
     "and Flensburg.", "Nordsee Wasser GmbH", {"Kiel", "Flensburg"}),
    ("The largest works on the coast is Nordsee Wasser GmbH, which pumps brine from wells "
     "outside Husum and supplies purified water to Kiel and Lübeck.",
     "Nordsee Wasser GmbH", {"Kiel", "Lübeck"}),
    ("Aquarhein GmbH takes water from the river near Basel and supplies it to Freiburg and "
     "Mulhouse.", "Aquarhein GmbH", {"Freiburg", "Mulhouse"}),
])
def test_a_second_predicate_after_a_place_keeps_the_subject(text, supplier, recipients):
    pairs = _pairs(text, "SUPPLIES_TO")
    assert {(supplier, r) for r in recipients} <= pairs
    assert not any(s in ("Husum", "Basel") for s, _ in pairs)


def test_an_appositions_place_near_a_town_still_leads_to_the_subject():
    text = ("Emilia makers look east. Latteria Po S.r.l., a Grana maker near Modena, has been "
            "selling its cheese to Serbia since 2016.")
    assert ("Latteria Po S.r.l.", "Serbia") in _pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text, parts", [
    ("A motion was rejected in 2012.7 Lindau is twinned with Bath.", 2),
    ("In 1999.4 The town signed.", 2),
    ("It grew to 2012.7 tonnes.", 1),
    ("Output rose by 2.5 Minsk said.", 1),
])
def test_a_note_call_after_a_years_full_stop_ends_the_sentence(text, parts):
    assert len(split_sentences(text)) == parts


def test_the_list_after_a_sentence_that_ends_in_a_note_call_is_read():
    text = ("A motion to twin them was rejected in 2012.⁷\nLindau's own twinnings look "
            "further afield: to Chartres (1961), Bath (1985), Pavia (1989) and Olomouc (1992).")
    assert {("Lindau", t) for t in ("Chartres", "Bath", "Pavia", "Olomouc")} <= _pairs(
        text, "TWINNED_WITH")


def test_a_town_whose_name_holds_upon_keeps_its_list_going():
    text = ("Lindau's own twinnings look further afield: to Chartres (1961), "
            "Richmond upon Thames (1985), Pavia (1989) and Olomouc (1992).")
    pairs = _pairs(text, "TWINNED_WITH")
    assert {("Lindau", t) for t in ("Richmond upon Thames", "Pavia", "Olomouc")} <= pairs
    assert ("Lindau", "Richmond") not in pairs


@pytest.mark.parametrize("text, pairs", [
    ("The Province paid for events marking the twinnings of Lyon with Kobe (1965) and of "
     "Nantes with Cardiff (1964).", {("Lyon", "Kobe"), ("Nantes", "Cardiff")}),
    ("The Province supported the twinnings of Lyon with Kobe and of Nantes with Cardiff.",
     {("Lyon", "Kobe"), ("Nantes", "Cardiff")}),
    ("The Province marked the twinning of Lyon with Kobe.", {("Lyon", "Kobe")}),
])
def test_the_twinning_of_a_with_b_pairs_a_with_b(text, pairs):
    found = _pairs(text, "TWINNED_WITH")
    assert pairs <= found
    assert not any(a == "Province" for a, _ in found)


def test_a_with_phrase_after_a_verb_keeps_its_subject():
    assert ("Minsk", "Lyon") in _pairs("Minsk signed an agreement with Lyon.", "SIGNED_AGREEMENT")


@pytest.mark.parametrize("text, pairs", [
    ("Brest has had fraternal ties with Radom since 2003. In Polesie the most active pairs are "
     "Pinsk and Lutsk, the Kobrin district and Kovel, and Mozyr and Sarny.",
     {("Pinsk", "Lutsk"), ("Mozyr", "Sarny")}),
    ("Brest has had fraternal ties with Radom since 2003. The liveliest pairs were Pinsk and "
     "Lutsk, and Mozyr and Sarny.", {("Pinsk", "Lutsk"), ("Mozyr", "Sarny")}),
])
def test_pairs_listed_after_a_sentence_on_twinning_are_twins(text, pairs):
    assert pairs <= _pairs(text, "TWINNED_WITH")


def test_pairs_without_a_twinning_before_are_no_twins():
    text = ("Trade grew fast in 2003. In Polesie the most active pairs are Pinsk and Lutsk, and "
            "Mozyr and Sarny.")
    assert not _pairs(text, "TWINNED_WITH")


@pytest.mark.parametrize("text, pairs, not_pairs", [
    ("Volyn Oblast, whose governors were long wary of trade, nonetheless signed an agreement "
     "with Lublin Province in 1997 and adopted with Podkarpackie a programme of cooperation.",
     {("Volyn Oblast", "Lublin Province"), ("Volyn Oblast", "Podkarpackie")}, set()),
    ("Volyn Oblast signed an agreement with Lublin Province in 1997 and later concluded a "
     "protocol with Podkarpackie.",
     {("Volyn Oblast", "Lublin Province"), ("Volyn Oblast", "Podkarpackie")}, set()),
    ("Volyn Oblast signed an agreement with Lublin Province in 1997, and Rivne Oblast "
     "concluded a protocol with Podkarpackie.",
     {("Volyn Oblast", "Lublin Province"), ("Rivne Oblast", "Podkarpackie")},
     {("Volyn Oblast", "Podkarpackie")}),
])
def test_a_second_signing_verb_of_the_subject_brings_its_partner(text, pairs, not_pairs):
    found = _pairs(text, "SIGNED_AGREEMENT")
    assert pairs <= found
    assert not (not_pairs & found)


def test_the_krai_is_the_one_its_own_sentence_named():
    text = ("Altai Krai and Jilin Province signed a road map in 2012. In 2019 the governments "
            "of Perm Krai and Gangwon Province signed a protocol on tourism, and two years "
            "later the krai signed a memorandum on timber with the Busan Metropolitan City.")
    found = _ids(text, "SIGNED_AGREEMENT")
    assert frozenset({"region:ru:perm", "city:kr:busan"}) in found
    assert frozenset({"region:ru:altai-krai", "city:kr:busan"}) not in found


@pytest.mark.parametrize("text, pair", [
    ("Next year Alpen Quellen GmbH will also buy its flasks from Glaswerk Linth AG, after "
     "a bid by a Tyrolean rival was turned down.",
     ("Glaswerk Linth AG", "Alpen Quellen GmbH")),
    ("Alpen Quellen GmbH buys its bottles from Glaswerk Linth AG, since a rival bid was "
     "rejected in 2021.", ("Glaswerk Linth AG", "Alpen Quellen GmbH")),
])
def test_what_a_clause_of_time_says_was_undone_is_its_own(text, pair):
    assert pair in _pairs(text, "SUPPLIES_TO")


@pytest.mark.parametrize("text, kind", [
    ("Alpen Quellen GmbH agreed to buy bottles from Glaswerk Linth AG, but the deal was "
     "cancelled.", "SUPPLIES_TO"),
    ("A request from the Municipality of Dijon for support for a twinning with Harbin was "
     "not accepted.", "TWINNED_WITH"),
    ("A request from Dijon for a twinning with Harbin was not approved, and no such twinning "
     "exists.", "TWINNED_WITH"),
])
def test_a_relation_undone_or_a_request_not_accepted_states_nothing(text, kind):
    assert not _pairs(text, kind)


@pytest.mark.parametrize("text, pairs", [
    ("The protocol was signed in Basel in May 2019 by Hesse and the two cantons of "
     "Aargau and Solothurn.",
     {("Hesse", "Aargau"), ("Hesse", "Solothurn")}),
    ("The key text is the protocol on the rail link, signed in Linz in March 2015 by Tyrol, "
     "Salzburg and Carinthia.", {("Tyrol", "Salzburg"), ("Salzburg", "Carinthia")}),
])
def test_the_agents_of_a_signing_after_its_venue_and_date(text, pairs):
    assert pairs <= _pairs(text, "SIGNED_AGREEMENT")


def test_a_pair_that_followed_with_a_document_signed_it_beside_a_later_clause():
    text = ("Tyrol and Salzburg followed suit with a joint protocol on avalanche warnings, and "
            "the Land will sign a further protocol with Graubünden next spring.")
    rows = {(c["source"]["name"], c["target"]["name"]): c["status"]
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SIGNED_AGREEMENT"}
    assert rows.get(("Tyrol", "Salzburg")) == "fact"
    assert rows.get(("Land", "Graubünden"), "planned") == "planned"

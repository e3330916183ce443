"""Relations whose side is named in an earlier sentence and referred to in the
trigger's sentence (``loaders/extract/reference_chain.py``): an owned subject keeps
the chain of reference ("Its director is X. It ships ..."), a plural "they" / "their"
means every member of the subject list before, and a relation noun owned by a
reference ("Its agreement with X", "Its twin towns are A and B") pairs the owner with
each party listed. Texts written for these tests."""

from __future__ import annotations

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text: str, rel: str | None = None) -> set[tuple[str, str, str]]:
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    return {(c["type"], c["source"]["id"], c["target"]["id"]) for c in rows
            if rel is None or c["type"] == rel}


def _has(found: set, rel: str, a: str, b: str) -> bool:
    return (rel, a, b) in found or (rel != "SUPPLIES_TO" and (rel, b, a) in found)


# -- an owned subject is no new actor --------------------------------------------------
@pytest.mark.parametrize("text, rel, a, b, not_a", [
    ("Belshina makes tyres in Bobruisk. Its director is Ivan Petrov. It sells tyres to "
     "Brazil and Argentina.", "SUPPLIES_TO", "company:by:belshina", "country:br", "Ivan Petrov"),
    ("The Vitebsk Meat Processing Plant was rebuilt in 2019. Its largest shareholder is the "
     "Vitebsk Region. In 2024 it supplied sausages to the Pskov Region.", "SUPPLIES_TO",
     "company:by:vitebsk-meat-processing-plant", "region:ru:pskov", "region:by:vitebsk"),
    ("Gomselmash opened a service centre in Kursk. Its chief engineer is Pavel Lobov. In 2021 "
     "it signed a contract with the Kursk Region.", "SIGNED_AGREEMENT", "company:by:gomselmash",
     "region:ru:kursk", "Pavel Lobov"),
    ("Zhlobin lies on the Dnieper in Belarus. Its mayor is Igor Sokol. It has been twinned "
     "with Novozybkov since 2004.", "TWINNED_WITH", "city:by:zhlobin", "city:ru:novozybkov",
     "Igor Sokol"),
    # any verb: the party after it is an object, not the actor
    ("Belshina makes tyres in Bobruisk. Its engineers visited Brazil in May. It now ships "
     "tyres to Argentina.", "SUPPLIES_TO", "company:by:belshina", "country:ar", "country:br"),
    ("The Brest Region borders Poland. Its governor visited Lublin in May. In the end an "
     "agreement with the Lublin Voivodeship was signed.", "SIGNED_AGREEMENT",
     "region:by:brest", "region:pl:lublin", "city:pl:lublin"),
])
def test_owned_subject_keeps_the_party_spoken_of(text, rel, a, b, not_a):
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    found = {(c["type"], c["source"]["id"], c["target"]["id"]) for c in rows}
    assert _has(found, rel, a, b), found
    assert not any(not_a in (c["source"]["name"], c["source"]["id"], c["target"]["name"],
                             c["target"]["id"]) and c["type"] == rel for c in rows), found


def test_a_subject_named_in_apposition_after_an_owner_stays_the_actor():
    # "The republic's capital, Cheboksary, ...": Cheboksary acts, not the republic.
    found = _pairs("The republic's capital, Cheboksary, keeps a list of twin towns. Since "
                   "2019 it has been a sister city of Bukhara.")
    assert _has(found, "TWINNED_WITH", "city:ru:cheboksary", "city:uz:bukhara"), found


# -- "they" is every member of the subject list ---------------------------------------
@pytest.mark.parametrize("text, rel, members, other", [
    ("MAZ and BelAZ are the best-known vehicle makers of Belarus. They export trucks to "
     "Mongolia.", "SUPPLIES_TO", ("company:by:maz", "company:by:belaz"), "country:mn"),
    ("Milkavita and the Rechitsa dairy Rechitsamoloko are large dairies. They ship cheese "
     "to Moscow.", "SUPPLIES_TO", ("company:by:milkavita", "company:by:rechitsamoloko"),
     "city:ru:moscow"),
    ("The Grodno Region and the Brest Region border Poland. In 2011 they signed agreements "
     "with the Podlaskie Voivodeship.", "SIGNED_AGREEMENT",
     ("region:by:grodno", "region:by:brest"), "region:pl:podlaskie"),
    ("Novopolotsk and Orsha have old ties with Russia. They have been twinned with Velikiye "
     "Luki since 2003.", "TWINNED_WITH", ("city:by:novopolotsk", "city:by:orsha"),
     "city:ru:velikiye-luki"),
    # "their" as the owner of goods at a clause's opening
    ("Vitebsk Carpets and the footwear maker Marko remain the best-known exporters of "
     "Belarus. Their carpets and shoes are sold in Kazakhstan and Armenia.", "SUPPLIES_TO",
     ("company:by:vitebsk-carpets", "company:by:marko"), "country:am"),
    ("MAZ and BelAZ are the largest vehicle makers of Belarus. Their trucks go to Mongolia.",
     "SUPPLIES_TO", ("company:by:maz", "company:by:belaz"), "country:mn"),
])
def test_they_means_each_member_of_the_subject_list(text, rel, members, other):
    found = _pairs(text, rel)
    for member in members:
        assert _has(found, rel, member, other), (member, found)


def test_them_as_an_object_copies_nothing():
    # "which fits them with bodies": "them" are the chassis, not the two firms before.
    found = _pairs("KAMAZ and UzAuto Motors agreed to assemble trucks. The Russian company "
                   "supplied 1,200 chassis to the SamAvto plant, which fits them with bodies.",
                   "SUPPLIES_TO")
    assert not any(src == "company:uz:uzauto-motors" for _, src, _ in found), found


# -- a relation noun owned by a reference ---------------------------------------------
@pytest.mark.parametrize("text, rel, owners, partners", [
    ("The Vitebsk Region has partners in six countries. Its cooperation agreements with the "
     "Pskov and Tver regions date from 2001.", "SIGNED_AGREEMENT", ("region:by:vitebsk",),
     ("region:ru:pskov", "region:ru:tver")),
    ("Gomselmash opened a dealership in Kursk in 2019. The plant's agreement with the Kursk "
     "Region dates from 2015.", "SIGNED_AGREEMENT", ("company:by:gomselmash",),
     ("region:ru:kursk",)),
    ("Polotsk, the oldest town of Belarus, keeps its ties abroad. Its twin towns include "
     "Veliky Novgorod and Panevezys.", "TWINNED_WITH", ("city:by:polotsk",),
     ("city:ru:velikiy-novgorod", "city:lt:panevezys")),
    ("Zhlobin, home of the Belarusian Steel Works, also looks east. Its twin towns are "
     "Novozybkov in Russia and Vyshgorod in Ukraine.", "TWINNED_WITH", ("city:by:zhlobin",),
     ("city:ru:novozybkov", "city:ua:vyshhorod")),
    ("Lida and Slonim are old towns of the Grodno Region of Belarus. Their twin towns include "
     "Alytus in Lithuania.", "TWINNED_WITH", ("city:by:lida", "city:by:slonim"),
     ("city:lt:alytus",)),
])
def test_an_owned_relation_pairs_the_owner_with_each_listed_party(text, rel, owners, partners):
    found = _pairs(text, rel)
    for owner in owners:
        for partner in partners:
            assert _has(found, rel, owner, partner), (owner, partner, found)
    # the listed partners are the owner's, not each other's
    assert not any({a, b} <= set(partners) for _, a, b in found), found


@pytest.mark.parametrize("text", [
    # only planned
    "The Vitebsk Region has partners in six countries. Its agreement with the Pskov Region "
    "is still being prepared.",
    # denied
    "The Vitebsk Region has partners in six countries. Its agreement with the Pskov Region "
    "was never signed.",
    # not the clause's subject: the clause's own subject signs
    "The Vitebsk Region has partners in six countries. Belshina renewed its contract with "
    "the Pskov Region in 2020.",
])
def test_no_owned_relation_when_planned_denied_or_not_the_subject(text):
    found = _pairs(text, "SIGNED_AGREEMENT")
    assert not any("region:by:vitebsk" in (a, b) for _, a, b in found), found


# -- the paragraph's topic with a list of the other side -------------------------------
@pytest.mark.parametrize("text, supplier, recipients", [
    ("Belshina makes tyres in Bobruisk. The tyres are exported to Brazil and Kenya.",
     "company:by:belshina", ("country:br", "country:ke")),
    ("The Orenburg Region relies on Belarusian machinery. In 2024, 210 combines were "
     "delivered by Gomselmash and MTZ.", None, ()),
])
def test_the_topic_takes_every_member_of_the_named_list(text, supplier, recipients):
    found = _pairs(text, "SUPPLIES_TO")
    if supplier is None:   # the list is the suppliers: each supplies the topic
        assert {("SUPPLIES_TO", "company:by:gomselmash", "region:ru:orenburg"),
                ("SUPPLIES_TO", "company:by:mtz", "region:ru:orenburg")} <= found, found
        return
    for r in recipients:
        assert ("SUPPLIES_TO", supplier, r) in found, (r, found)


# -- whom "we" means -------------------------------------------------------------------
@pytest.mark.parametrize("text, rel, a, b", [
    # a person introduced by a title alone speaks for the firm spoken of
    ('Amkodor opened a new assembly hall in Minsk in May. Its director Ivan Petrov is '
     'pleased. "We have shipped 300 loaders to Mongolia this year," he said.',
     "SUPPLIES_TO", "company:by:amkodor", "country:mn"),
    ('Amkodor opened a new assembly hall in Minsk in May. Director Ivan Petrov showed it to '
     'journalists. "We ship loaders to Mongolia and Vietnam," he said.',
     "SUPPLIES_TO", "company:by:amkodor", "country:mn"),
    ('Amkodor is a Minsk maker of loaders. Its director Ivan Petrov is optimistic: "We '
     'shipped 300 loaders to Mongolia."', "SUPPLIES_TO", "company:by:amkodor", "country:mn"),
    # a mayor for the town spoken of
    ('Novopolotsk celebrated its 60th anniversary in June. Mayor Oleg Shishkin greeted the '
     'guests. "We have been twinned with Velikiye Luki since 2003," he said.',
     "TWINNED_WITH", "city:by:novopolotsk", "city:ru:velikiye-luki"),
    # a remark no one is named as saying: the firm the paragraph spoke of
    ('Amkodor opened a new assembly hall in Minsk in May. The hall cost 20 million dollars. '
     '"This year we shipped loaders to Mongolia and Vietnam."',
     "SUPPLIES_TO", "company:by:amkodor", "country:vn"),
])
def test_we_of_a_remark_is_the_party_spoken_of(text, rel, a, b):
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    found = {(c["type"], c["source"]["id"], c["target"]["id"]) for c in rows}
    assert _has(found, rel, a, b), found
    assert not any("petrov" in c["source"]["id"] or "shishkin" in c["source"]["id"]
                   for c in rows), found


@pytest.mark.parametrize("text, rel, a, b, person", [
    # a place's office in apposition: the place speaks, the person is no party
    ('Oleg Shishkin, the mayor of Novopolotsk, met the guests. "We have been twinned with '
     'Velikiye Luki since 2003," he said.', "TWINNED_WITH", "city:by:novopolotsk",
     "city:ru:velikiye-luki", "shishkin"),
    ('The governor of the Gomel Region, Ivan Krupko, opened the forum. "We ship milk to '
     'Moscow," he said.', "SUPPLIES_TO", "region:by:gomel", "city:ru:moscow", "krupko"),
])
def test_an_office_speaks_for_its_place(text, rel, a, b, person):
    rows = extract_lines(text.split("\n"), "t.txt").candidates
    found = {(c["type"], c["source"]["id"], c["target"]["id"]) for c in rows}
    assert _has(found, rel, a, b), found
    # "We" is never read as a town's name, nor the person as a party
    assert not any(person in c[side]["id"] or c[side]["id"].endswith(":we")
                   for c in rows for side in ("source", "target")), found


def test_authors_we_names_no_party():
    found = _pairs("The monograph covers Belarus and Russia. In chapter two we show the "
                   "trade with Kazakhstan.")
    assert not found, found


# -- "the two regions": the two of that kind named just before --------------------------
@pytest.mark.parametrize("text, rel, a, b", [
    ("Of all the Russian border regions, the Orenburg Region has the longest frontier with "
     "Kazakhstan, and its ties with the neighbouring Aktobe Region are the densest. The two "
     "regions concluded an agreement on trade in 2004.", "SIGNED_AGREEMENT",
     "region:ru:orenburg", "region:kz:aktobe"),
    ("Amkodor of Belarus and Kazakhstan's KazAvtoZhol met in Astana with officials of the "
     "Akmola Region. Both companies signed a contract on road machinery.", "SIGNED_AGREEMENT",
     "company:by:amkodor", "company:kz:kazavtozhol"),
    ("Grodno lies in Belarus near the Polish border, close to Bialystok and the Podlaskie "
     "Voivodeship. The two cities have been twinned since 1988.", "TWINNED_WITH",
     "city:by:grodno", "city:pl:bialystok"),
])
def test_the_two_of_a_kind_are_the_pair_of_that_kind(text, rel, a, b):
    found = _pairs(text, rel)
    assert _has(found, rel, a, b), found
    assert len(found) == 1, found


# -- an owned list of twin towns after a colon, members dated in brackets -------------
@pytest.mark.parametrize("text", [
    "Viljandi is a town in southern Estonia. Its twin towns are: Hämeenlinna, Valmiera "
    "and Ravensburg.",
    "Viljandi lies on a lake. Its sister cities: Hämeenlinna, Finland (since 1991), "
    "Valmiera, Latvia (since 1995), Ravensburg, Germany.",
    "Viljandi hosts a folk festival. Its twin towns:\n- Hämeenlinna, Finland (1991)\n"
    "- Valmiera, Latvia (1995)\n- Ravensburg, Germany",
])
def test_an_owned_list_after_a_colon_pairs_the_owner_with_each(text):
    found = _pairs(text, "TWINNED_WITH")
    assert all(_has(found, "TWINNED_WITH", "city:ee:viljandi", b) for b in (
        "city:fi:hameenlinna", "city:lv:valmiera", "city:de:ravensburg"))
    assert not _has(found, "TWINNED_WITH", "city:fi:hameenlinna", "city:lv:valmiera")


def test_an_owned_colon_list_of_no_places_twins_nothing():
    text = ("Viljandi is a town in southern Estonia. Its partner institutions: the "
            "University of Tartu and the Estonian Academy of Music.")
    assert _pairs(text, "TWINNED_WITH") == set()

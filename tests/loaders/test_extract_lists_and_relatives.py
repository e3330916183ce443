"""Lists read only in part, and relative clauses set into a sentence, on short texts
written for these tests: a relative clause between a subject and its verb is read on its
own and the main clause without it (``coordination.inserted_relative``); a list goes on
after a semicolon, a date or "and in addition" when its preposition is repeated, and
past a country that only locates a member ("A (Poland, 1994), B", "A, Poland; B");
an owner's twin towns "in Poland and Lithuania: A, B"; "it" in a later clause of a
twinning sentence is that sentence's subject. Negative cases: what must stay out."""

import pytest
from extract_candidates import pairs

from relgraph.loaders.extract.coordination import clause_semicolons, inserted_relative, runs
from relgraph.loaders.extract.mentions import find_mentions

TWIN, AGREEMENT, SUPPLY = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


def unordered(text: str, rel_type: str) -> set[frozenset]:
    return {frozenset(p) for p in pairs(text, rel_type)}


def facts(text: str, rel_type: str) -> set[frozenset]:
    from extract_candidates import candidates
    return {frozenset((r["source"]["id"], r["target"]["id"])) for r in candidates(text)
            if r["type"] == rel_type and r.get("status", "fact") == "fact"}


# --- relative clauses set into the sentence ------------------------------------------

@pytest.mark.parametrize("text,rel,want", [
    # the main clause, its subject and verb parted by a relative clause with no party
    ("In 2021 the Mogilev Region and the Tula Region, which had cooperated since 2000, "
     "signed a new agreement.", AGREEMENT, {"region:by:mogilev", "region:ru:tula"}),
    ("In May the Minsk Region and the Yaroslavl Region, which have traded for decades, "
     "adopted a road map.", AGREEMENT, {"region:by:minsk", "region:ru:yaroslavl"}),
    # the main clause after a relative clause that names a twin of its own
    ("Pinsk, which has been twinned with Lutsk since 1998, is also twinned with Ivanovo.",
     TWIN, {"city:by:pinsk", "city:ru:ivanovo"}),
    ("Lida, whose twin town is Alytus, is also twinned with Ketrzyn.",
     TWIN, {"city:by:lida", "city:pl:ketrzyn"}),
    # the relative clause read with the party before "which" as its subject
    ("Pinsk, which has been a twin town of Lutsk since 1998, is a river port.",
     TWIN, {"city:by:pinsk", "city:ua:lutsk"}),
    ("Mogilev, which became a twin town of Kaluga in 1996, hosts a fair every year.",
     TWIN, {"city:by:mogilev", "city:ru:kaluga"}),
])
def test_a_relative_clause_and_its_main_clause_are_each_read(text, rel, want):
    assert frozenset(want) in unordered(text, rel)


@pytest.mark.parametrize("text,rel", [
    # a negation or an intention in the relative clause still states nothing
    ("Brest, which never signed an agreement with Tula, is a border town.", AGREEMENT),
    ("Grodno, which plans to sign a memorandum with Pskov, is a border town.", AGREEMENT),
    # an intention of the main clause still holds after the relative clause is set aside
    ("The Vitebsk Region, whose governor visited Pskov in May, plans to sign an agreement "
     "with the Pskov Region.", AGREEMENT),
    ("The Gomel Region and the Bryansk Region, which share a border, intend to conclude "
     "an agreement on tourism.", AGREEMENT),
])
def test_no_fact_from_a_relative_clause_or_a_planned_main_clause(text, rel):
    assert facts(text, rel) == set()


def test_a_place_in_the_relative_clause_is_no_side_of_the_main_clause():
    text = "Mogilev, which borders the Smolensk Region, is twinned with Kaluga."
    assert unordered(text, TWIN) == {frozenset({"city:by:mogilev", "city:ru:kaluga"})}


def test_inserted_relative_needs_the_main_verb_after_its_comma():
    s = "Lida, which borders Alytus, and Ketrzyn became twin towns."
    assert inserted_relative(s, find_mentions(s)) is None
    s = "Lida, whose mayor came from Alytus, signed a road map with Pskov."
    lo, body, hi = inserted_relative(s, find_mentions(s))
    assert body == -1 and s[:lo] + s[hi:] == "Lida signed a road map with Pskov."


# --- a list's preposition repeated after a semicolon, a date, "in addition" ----------

@pytest.mark.parametrize("text,rel,a,bs", [
    ("The Vitebsk Region signed agreements with the Pskov Region in 2002; with the "
     "Smolensk Region in 2004; and with the Tver Region in 2009.", AGREEMENT,
     "region:by:vitebsk", ["region:ru:pskov", "region:ru:smolensk", "region:ru:tver"]),
    ("The Mogilev Region concluded cooperation agreements with the Smolensk Region and "
     "the Bryansk Region, and in addition with the Tula Region.", AGREEMENT,
     "region:by:mogilev", ["region:ru:smolensk", "region:ru:bryansk", "region:ru:tula"]),
    ("The Vitebsk Region signed a memorandum with Tatarstan as well as with the Samara "
     "Region.", AGREEMENT, "region:by:vitebsk", ["region:ru:tatarstan", "region:ru:samara"]),
    ("In 2023 Amkodor shipped loaders to Russia; to Kazakhstan; and to Serbia.", SUPPLY,
     "company:by:amkodor", ["country:ru", "country:kz", "country:rs"]),
    ("Grodno Azot ships fertiliser to Poland; to Lithuania, and to Latvia.", SUPPLY,
     "company:by:grodno-azot", ["country:pl", "country:lt", "country:lv"]),
])
def test_a_list_goes_on_with_its_preposition_repeated(text, rel, a, bs):
    got = set(pairs(text, rel)) if rel == SUPPLY else unordered(text, rel)
    for b in bs:
        assert ((a, b) if rel == SUPPLY else frozenset({a, b})) in got


@pytest.mark.parametrize("text,rel,absent", [
    # another clause after the semicolon: a verb of its own, or another preposition
    ("Grodno Azot ships fertiliser to Poland; sales to Lithuania fell.", SUPPLY,
     ("company:by:grodno-azot", "country:lt")),
    ("Naftan sells diesel to Poland; from Russia it buys crude oil.", SUPPLY,
     ("company:by:naftan", "country:ru")),
    ("Gomel is twinned with Chernihiv and Bryansk; with Kursk and Tula it signed "
     "partnership agreements in 2005.", AGREEMENT,
     frozenset({"city:ua:chernihiv", "city:ru:kursk"})),
])
def test_a_semicolon_before_a_clause_of_its_own_still_ends_the_list(text, rel, absent):
    got = set(pairs(text, rel)) if rel == SUPPLY else unordered(text, rel)
    assert absent not in got


def test_clause_semicolons():
    s = "with A in 2002; with B in 2004; and with C. Sold to D; sales to E fell"
    assert clause_semicolons(s) == [s.index("; sales")]
    s = "to A; from B it buys oil"
    assert clause_semicolons(s) == [s.index(";")]


# --- a country that only locates a member --------------------------------------------

@pytest.mark.parametrize("text,owner,twins", [
    ("The twin towns of Vitebsk are Zielona Gora (Poland, 1994), Smolensk (Russia, 2001) "
     "and Daugavpils (Latvia, 2010).", "city:by:vitebsk",
     ["city:pl:zielona-gora", "city:ru:smolensk", "city:lv:daugavpils"]),
    ("Vitebsk is twinned with Zielona Gora, Poland; Smolensk, Russia; and Daugavpils, "
     "Latvia.", "city:by:vitebsk",
     ["city:pl:zielona-gora", "city:ru:smolensk", "city:lv:daugavpils"]),
    ("Grodno has twin towns in Poland and Lithuania: Bialystok, Alytus and Druskininkai.",
     "city:by:grodno", ["city:pl:bialystok", "city:lt:alytus", "city:lt:druskininkai"]),
    ("Brest has sister cities in Poland, Ukraine and Russia: Biala Podlaska, Lutsk and "
     "Tula.", "city:by:brest", ["city:pl:biala-podlaska", "city:ua:lutsk", "city:ru:tula"]),
])
def test_a_country_that_locates_a_member_does_not_end_the_list(text, owner, twins):
    got = unordered(text, TWIN)
    for twin in twins:
        assert frozenset({owner, twin}) in got
    assert not any(x.startswith("country:") for pair in got for x in pair)


def test_runs_pass_a_bracketed_or_semicolon_locator():
    s = "A town: Zielona Gora (Poland, 1994), Smolensk (Russia) and Daugavpils."
    assert [[m.text for m in r] for r in runs(s, find_mentions(s))][-1] == \
        ["Zielona Gora", "Smolensk", "Daugavpils"]
    # two countries: the second is a member, not a locator
    s = "Amkodor ships loaders to Kazakhstan (Russia, too) and Serbia."
    assert "Russia" in [m.text for r in runs(s, find_mentions(s)) for m in r]


def test_a_semicolon_after_a_located_member_before_a_new_clause_ends_the_list():
    text = "Grodno is twinned with Bialystok, Poland; Pinsk has signed a charter with Lutsk."
    assert frozenset({"city:by:grodno", "city:by:pinsk"}) not in unordered(text, TWIN)
    assert frozenset({"city:by:grodno", "city:ua:lutsk"}) not in unordered(text, TWIN)


# --- "it" in a later clause -----------------------------------------------------------

@pytest.mark.parametrize("text,want,not_want", [
    ("Lida is twinned with Alytus. Polotsk is twinned with Rezekne; it is also a twin "
     "town of Vladimir.", {"city:by:polotsk", "city:ru:vladimir"},
     {"city:by:lida", "city:ru:vladimir"}),
    ("Slonim is a partner of Ostroleka. Polotsk is twinned with Rezekne; since 2005 it "
     "has also been twinned with Vladimir.", {"city:by:polotsk", "city:ru:vladimir"},
     {"city:by:slonim", "city:ru:vladimir"}),
])
def test_it_in_a_later_clause_is_this_sentences_subject(text, want, not_want):
    got = unordered(text, TWIN)
    assert frozenset(want) in got and frozenset(not_want) not in got


def test_it_in_a_sentence_of_its_own_is_still_the_actor_before():
    text = "Polotsk is an old town on the Dvina. It is also twinned with Vladimir."
    assert frozenset({"city:by:polotsk", "city:ru:vladimir"}) in unordered(text, TWIN)


# --- a programme named by its field of cooperation -----------------------------------

@pytest.mark.parametrize("text,want", [
    ("Belarus and Armenia signed a programme of economic cooperation in May.",
     {"country:by", "country:am"}),
    ("The Tashkent Region signed a programme of trade and economic cooperation with "
     "Tatarstan.", {"region:uz:tashkent", "region:ru:tatarstan"}),
    ("The Vitebsk Region adopted a programme on cultural cooperation with the Smolensk "
     "Region.", {"region:by:vitebsk", "region:ru:smolensk"}),
])
def test_a_programme_of_some_field_of_cooperation_is_a_document(text, want):
    assert frozenset(want) in facts(text, AGREEMENT)


@pytest.mark.parametrize("text", [
    "The Minsk Region adopted a programme of economic reforms with the help of Tatarstan.",
    "Belarus and Armenia discussed a programme of economic cooperation but signed nothing.",
])
def test_a_programme_of_no_cooperation_or_not_signed_is_no_agreement(text):
    assert facts(text, AGREEMENT) == set()


# --- an aside after "and" before the last member --------------------------------------

@pytest.mark.parametrize("text,rel,a,b", [
    ("Gomselmash supplies combines to Russia, Kazakhstan and, since 2019, Uzbekistan.",
     SUPPLY, "company:by:gomselmash", "country:uz"),
    ("Belshina ships tyres to Russia, Poland and, for the first time, Brazil.",
     SUPPLY, "company:by:belshina", "country:br"),
    ("The Brest Region has signed agreements with the Volyn Region, the Lublin Voivodeship "
     "and, most recently, the Kaliningrad Region.", AGREEMENT, "region:by:brest",
     "region:ru:kaliningrad"),
    ("Mogilev is twinned with Kaluga, Tula and, since 2012, Villeurbanne.", TWIN,
     "city:by:mogilev", "city:fr:villeurbanne"),
])
def test_an_aside_after_and_does_not_end_the_list(text, rel, a, b):
    got = set(pairs(text, rel)) if rel == SUPPLY else unordered(text, rel)
    assert ((a, b) if rel == SUPPLY else frozenset({a, b})) in got


@pytest.mark.parametrize("text,rel,absent", [
    # a condition is no aside; a name with a verb of its own after an aside opens a clause
    ("Belshina ships tyres to Russia, Poland and, if the talks succeed, Brazil.", SUPPLY,
     ("company:by:belshina", "country:br")),
    ("Mogilev is twinned with Kaluga and, as everyone knows, Minsk is the capital.", TWIN,
     frozenset({"city:by:mogilev", "city:by:minsk"})),
    ("Amkodor sells loaders to Serbia and, as the press reports, Russia has raised its "
     "import duties.", SUPPLY, ("company:by:amkodor", "country:ru")),
])
def test_an_aside_before_a_clause_or_a_condition_adds_no_member(text, rel, absent):
    got = set(pairs(text, rel)) if rel == SUPPLY else unordered(text, rel)
    assert absent not in got


# --- an apposition between a subject and its verb ------------------------------------

@pytest.mark.parametrize("text,rel,want", [
    ("Chelm, the second city of the voivodeship, is a twin town of Kovel and of Brest.",
     TWIN, {"city:pl:chelm", "city:ua:kovel"}),
    ("Lida, a district centre in the west, became a twin town of Ketrzyn in 2004.",
     TWIN, {"city:by:lida", "city:pl:ketrzyn"}),
    ("Gomel, the second city of the country, has been a sister city of Chernihiv since "
     "1993.", TWIN, {"city:by:gomel", "city:ua:chernihiv"}),
])
def test_the_main_clause_is_read_without_an_apposition(text, rel, want):
    assert frozenset(want) in facts(text, rel)


@pytest.mark.parametrize("text,rel,absent", [
    # a place in the apposition is no side; an intention or a negation still holds
    ("Brest, a town near Lutsk, is twinned with Tula.", TWIN,
     frozenset({"city:by:brest", "city:ua:lutsk"})),
    ("The Gomel Region, the second region by size, plans to sign an agreement with the "
     "Bryansk Region.", AGREEMENT, frozenset({"region:by:gomel", "region:ru:bryansk"})),
    ("The Brest Region, an old partner of the Volyn Region, has not signed an agreement "
     "with the Lublin Voivodeship.", AGREEMENT,
     frozenset({"region:by:brest", "region:pl:lublin"})),
])
def test_an_apposition_adds_no_side_and_keeps_the_clause_status(text, rel, absent):
    assert absent not in facts(text, rel)


def test_an_apposition_with_a_comma_of_its_own_is_none():
    s = "Minsk, the capital, and Brest signed agreements with Tula."
    assert inserted_relative(s, find_mentions(s)) is None


# --- grouped pairs with a date after the first group ---------------------------------

@pytest.mark.parametrize("text,want,not_want", [
    ("Grodno has been a twin town of Bialystok since 2008, and Brest of Lutsk.",
     {"city:by:brest", "city:ua:lutsk"}, {"city:by:grodno", "city:by:brest"}),
    ("Lida has been a sister city of Alytus since 1997, and Slonim of Ostroleka.",
     {"city:by:slonim", "city:pl:ostroleka"}, {"city:by:lida", "city:by:slonim"}),
])
def test_a_date_after_the_first_group_does_not_end_the_grouped_pairs(text, want, not_want):
    got = unordered(text, TWIN)
    assert frozenset(want) in got and frozenset(not_want) not in got

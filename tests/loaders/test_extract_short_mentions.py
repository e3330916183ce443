"""A later or shorter mention resolves to what the text named in full, and what a
mention's words say it is: "Newcastle" after "Newcastle upon Tyne" is that town, "the
Nuwara Hills cooperative" the cooperative society named before; a public utility's
district is a body; a demonym before a firm's role names no party; a quoted clause is
no name. Texts written for these tests."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.firms import name_kind
from relgraph.loaders.extract.full_names import full_names, named_before
from relgraph.loaders.extract.mentions import tokenize


def _ids(text: str, rel_type: str) -> set[str]:
    return {r[side]["id"] for r in candidates(text) if r["type"] == rel_type
            for side in ("source", "target")}


_TWIN_PAGE = ("Twin cities of Trondheim\n\nTrondheim has five twin cities.\n\n{full}\n"
              "Trondheim and {short} were twinned in 1961. Every winter Trondheim sends a "
              "spruce to {short} for the market square.\n")


@pytest.mark.parametrize("full, short, town", [
    ("Newcastle upon Tyne", "Newcastle", "city:gb:newcastle-upon-tyne"),
    ("Frankfurt (Oder)", "Frankfurt", "city:de:frankfurt-oder"),
])
def test_a_town_named_in_full_keeps_its_id_by_its_first_word(full, short, town):
    assert town in _ids(_TWIN_PAGE.format(full=full, short=short), "TWINNED_WITH")


def test_without_the_full_name_the_bare_word_reads_as_before():
    text = _TWIN_PAGE.format(full="Our partners", short="Newcastle")
    assert "city:gb:newcastle-upon-tyne" not in _ids(text, "TWINNED_WITH")


@pytest.mark.parametrize("text, shorts", [
    ("Newcastle upon Tyne, then Newcastle", ["Newcastle"]),
    ("Frankfurt (Oder) and Halle (Saale)", ["Frankfurt", "Halle"]),
    ("Stratford-upon-Avon and Mülheim an der Ruhr", ["Mülheim", "Stratford"]),
    # (a bracket that locates the town, or an acronym's, is no part of a name)
    ("Valga (Estonia) and Minsk Tractor Works (MTZ)", []),
    ("Bergen on Monday", ["Bergen"]),   # (kept here; the gazetteer has no such town)
])
def test_which_full_names_are_read(text, shorts):
    assert sorted(full_names(text)) == shorts


def test_only_a_full_name_written_before_counts():
    names = full_names("Richmond, and later Richmond upon Thames")
    assert named_before(names, "Richmond", 0) == []
    assert named_before(names, "Richmond", 40) == ["Richmond upon Thames"]


_SUPPLIER_LIST = ("Ceylon Highland Leaf PLC - Annual Report 2024\n\nOur suppliers\n"
                  "- Nuwara Hills Tea Growers' Cooperative Society, Nuwara Eliya – high-grown "
                  "teas\n\nIn May 2024 we signed a three-year purchase agreement with the "
                  "Nuwara Hills {noun}, under which it will supply us with green leaf.\n")


@pytest.mark.parametrize("noun, named", [
    ("cooperative", True),
    ("growers", True),
    ("exporter", False),    # a noun the name does not have: another firm
])
def test_a_body_named_in_full_then_by_its_first_words_and_head(noun, named):
    ids = _ids(_SUPPLIER_LIST.format(noun=noun), "SIGNED_AGREEMENT")
    assert any(i.endswith("nuwara-hills-tea-growers-cooperative-society") for i in ids) is named


@pytest.mark.parametrize("name, kind", [
    ("Metro Tacloban Water District", "Organization"),
    ("Palo Irrigation District", "Organization"),
    ("Eastside Public Utility District", "Organization"),
    ("Lakeshore Sanitary District", "Organization"),
    ("Tromvik Fire and Rescue Service", "Organization"),
    ("Hedmark Ambulance Service", "Organization"),
    ("Kolvik Car Service", "Company"),     # a trade's service: a firm
    ("Lepel District", None),             # an area
    ("Kowloon City District", None),
])
def test_a_utility_district_or_emergency_service_is_a_body(name, kind):
    assert name_kind(name) == kind


@pytest.mark.parametrize("text, firm, country", [
    ("Visayan Shipworks, Inc. delivered three ferries to the Norwegian owner Fjordline AS "
     "last year.", "fjordline", "country:no"),
    ("Leyte Pulp Inc. ships pulp to a Finnish client, Metsa Paperi Oy.", "metsa-paperi",
     "country:fi"),
])
def test_a_demonym_before_a_firms_role_names_no_party(text, firm, country):
    ids = _ids(text, "SUPPLIES_TO")
    assert country not in ids
    assert any(i.endswith(firm) for i in ids)


@pytest.mark.parametrize("text, country", [
    ("Cebu Yards Inc. sells tugboats to Greek shipowners.", "country:gr"),
    ("Panay Sugar Corp. ships molasses to Korean purchasers every season.", "country:kr"),
])
def test_a_demonym_before_a_plural_role_names_no_party(text, country):
    assert country not in _ids(text, "SUPPLIES_TO")


def test_a_country_named_as_such_stays_the_recipient():
    assert "country:fi" in _ids("Leyte Pulp Inc. ships pulp to Finland.", "SUPPLIES_TO")


@pytest.mark.parametrize("quoted, name", [
    ('"whatever some papers have claimed"', False),
    ('"as long as prices hold"', False),
    ('"nothing was agreed"', False),
    ('"Vistan"', True),
    ('"Neman Tobacco"', True),
])
def test_a_quoted_clause_is_no_name(quoted, name):
    assert tokenize(f"It buys from X {quoted}.")[-2].cap is name


def test_a_quoted_clause_after_a_country_leaves_the_country():
    ids = _ids('Catania Foods S.p.A. imports dates from Tunisia "as long as prices hold".',
               "SUPPLIES_TO")
    assert "country:tn" in ids
    assert not [i for i in ids if "prices-hold" in i]


_UTILITY = ("Harbour notes\n\nIn 2021 the city signed a supply agreement with {body} and "
            "Samar Aqua Works, Inc. Since then Samar Aqua Works has delivered treated water "
            "to {ref} from its plant on the river.\n")


@pytest.mark.parametrize("body, ref, fits", [
    ("Calbayog Water District", "the water district", True),
    ("the Catbalogan Port Authority", "the port authority", True),
    ("Calbayog Water District", "the irrigation district", False),   # another body
])
def test_a_public_body_by_its_service_and_noun(body, ref, fits):
    found = {(r["source"]["name"], r["target"]["name"]) for r in candidates(
        _UTILITY.format(body=body, ref=ref)) if r["type"] == "SUPPLIES_TO"}
    assert (("Samar Aqua Works", ref) in found) is fits

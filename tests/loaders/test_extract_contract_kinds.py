"""Which relation types a statement gives: a contract for a purchase or a delivery is a
signing and a supply in the direction its words say (a purchase from the partner, a
delivery under a contract still to be signed, the first deliveries a signing is for,
goods the partner will supply "us" with), and a heading or lead-in that says its towns
are no twins makes their agreements agreements only. Sentences written for these
tests."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"
A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


def rows(text: str, rel: str) -> list[tuple]:
    return [(r["source"]["name"], r["target"]["name"], r["status"]) for r in candidates(text)
            if r["type"] == rel]


@pytest.mark.parametrize("text,supply", [
    # the partner's seat or description before "for the purchase of"
    ("Brunnhof Mosterei GmbH, a Vienna juice maker, signed a two-year contract with Sadovi"
     " Ltd of Uman for the purchase of apple concentrate.",
     ("Sadovi Ltd", "Brunnhof Mosterei GmbH", "planned")),
    ("Tallmark AB signed a contract with Hollis Ltd, a Leeds wholesaler, for the purchase"
     " of dried peas.", ("Hollis Ltd", "Tallmark AB", "planned")),
    ("Tallmark AB signed a contract with Hollis Ltd based in Leeds for the supply of dried"
     " peas.", ("Tallmark AB", "Hollis Ltd", "planned")),
])
def test_a_contract_with_a_described_partner_says_who_supplies(text, supply):
    assert rows(text, S) == [supply]
    assert len(rows(text, A)) == 1


@pytest.mark.parametrize("text,signed", [
    ("Varnholt Werft GmbH will deliver three tugs to Porto Seco Lda by 2027 under a contract"
     " to be signed in Lisbon next month.", ("Varnholt Werft GmbH", "Porto Seco Lda")),
    ("Varnholt Werft GmbH will ship two cranes to Porto Seco Lda under a contract that will"
     " be signed in June.", ("Varnholt Werft GmbH", "Porto Seco Lda")),
])
def test_a_delivery_under_a_contract_to_be_signed_is_a_planned_signing(text, signed):
    assert [r[:2] for r in rows(text, A)] == [signed]
    assert {r[2] for r in rows(text, A)} == {"planned"}
    assert [r[:2] for r in rows(text, S)] == [signed]


@pytest.mark.parametrize("text", [
    # a town supplied under a contract: who signed it is not written
    "Varnholt Werft GmbH will deliver three tugs to Lisbon under a contract to be signed"
    " next month.",
])
def test_a_place_supplied_under_a_contract_signs_nothing(text):
    assert rows(text, A) == []


@pytest.mark.parametrize("text,supply", [
    ("Halden Foods AS expects to sign a supply contract with Qingshan Dairy Co., Ltd. in"
     " May, with first shipments of cheese planned for August.",
     ("Halden Foods AS", "Qingshan Dairy Co., Ltd.", "planned")),
    ("Halden Foods AS signed a letter of intent with Qingshan Dairy Co., Ltd. in May; first"
     " deliveries of cheese to the Chinese company are planned for the autumn.",
     ("Halden Foods AS", "Qingshan Dairy Co., Ltd.", "planned")),
    # "that company" is the partner, not the signer
    ("Halden Foods AS will sign a distribution agreement with Qingshan Dairy Co., Ltd. of"
     " Harbin in May, with the first shipments of cheese to that company following in June.",
     ("Halden Foods AS", "Qingshan Dairy Co., Ltd.", "planned")),
])
def test_first_deliveries_after_a_signing_are_the_signers_supply(text, supply):
    assert rows(text, S) == [supply]


@pytest.mark.parametrize("text", [
    # the first deliveries go to someone else: no supply to the partner from them
    "Halden Foods AS signed a letter of intent with Qingshan Dairy Co., Ltd. in May; first"
    " deliveries to Vietnam are planned for the autumn.",
    # no first deliveries told
    "Halden Foods AS signed a supply contract with Qingshan Dairy Co., Ltd. in May.",
])
def test_no_first_deliveries_to_the_partner_no_supply(text):
    assert [r for r in rows(text, S) if r[1] == "Qingshan Dairy Co., Ltd."] == []


def test_a_purchase_agreement_under_which_the_partner_supplies_us():
    text = ("Annual report of Kestrel Spices PLC\n\nIn May we signed a three-year purchase"
            " agreement with Malabar Growers Ltd, under which it is to supply us with"
            " organic pepper.")
    assert [r[:2] for r in rows(text, S)] == [("Malabar Growers Ltd", "we")]


_PAGE = """Stavanger kommune - Twin towns and partners

Our twin towns
| Town | Country | Since |
| Rauma | Finland | 1952 |

Other partner towns (not twin towns)
The City of Stavanger also has cooperation agreements with these towns, which are not twin towns:
- Tartu (Estonia): agreement on school exchanges, signed in 2011.
- Tulcea (Romania): an agreement on river tourism is to be signed in 2026.
"""


@pytest.mark.parametrize("heading,lead", [
    # the heading says it (run into its lead-in), or the lead-in does
    ("Other partner towns (not twin towns)", "with these towns:"),
    ("Partner towns", "with these towns, which are not twin towns:"),
    ("Partner towns", "with these towns, partners without a twinning:"),
])
def test_a_heading_or_lead_in_that_denies_twinning_gives_agreements_only(heading, lead):
    page = _PAGE.replace("Other partner towns (not twin towns)", heading).replace(
        "with these towns, which are not twin towns:", lead)
    twins = {r[1] for r in rows(page, T)}
    assert "Tartu" not in twins and "Tulcea" not in twins
    assert {r[1] for r in rows(page, A)} >= {"Tartu", "Tulcea"}


@pytest.mark.parametrize("text,first,denies", [
    ("Partners (not twin towns) The town also works with:", "Partners (not twin towns)",
     True),
    ("The town works with these partners, which are not twin cities:", "", True),
    ("The town keeps ties with these partners without a twinning:", "", True),
    ("The town keeps ties with these partners, not formally twinned:", "", True),
    # near-misses: a lead-in that calls them twins, a heading with no denial, a sentence
    # about one town that is no lead-in
    ("The town keeps ties not only with twin towns but also with:", "", False),
    ("Partner towns The town also works with these towns:", "Partner towns", False),
    ("Tartu is not a twin town of ours.", "", False),
])
def test_what_denies_twinning_to_the_items_after_it(text, first, denies):
    from relgraph.loaders.extract.carried_topic import _denies_twins
    assert _denies_twins(text, first) is denies


@pytest.mark.parametrize("text,supply", [
    # whence figures or visitors come is no source of goods
    ("According to figures from the Portuguese Trade Office, Galicia exported wine to Angola"
     " in 2023.", ("Galicia", "Angola")),
])
def test_a_from_of_figures_or_visitors_names_no_supplier(text, supply):
    assert [r[:2] for r in rows(text, S)] == [supply]


def test_visitors_from_a_place_and_missions_to_others_are_no_supply():
    text = ("Galicia received a delegation from the Brazilian state of Bahia, and led"
            " business missions to Luanda and Maputo.")
    assert rows(text, S) == []


@pytest.mark.parametrize("text,found", [
    ("The minister denied that Galicia was buying gas from Algeria.", []),
    ("The minister denied that Galicia was negotiating gas purchases from Algeria.", []),
    # near-misses: a denial of something else, a plain report
    ("The minister denied reports of a strike, and said that Galicia was buying gas from"
     " Algeria.", [("Algeria", "Galicia")]),
    ("The minister said that Galicia was buying gas from Algeria.", [("Algeria", "Galicia")]),
])
def test_a_denied_purchase_is_no_supply(text, found):
    assert [r[:2] for r in rows(text, S)] == found


@pytest.mark.parametrize("text,found", [
    # what a clause of time says was undone is something else
    ("Kessler Quellen GmbH is to obtain glass bottles from Vitro Norte AG, after an offer"
     " from a Swiss foundry was turned down.", [("Vitro Norte AG", "Kessler Quellen GmbH")]),
    ("Kessler Quellen GmbH buys crates from Vitro Norte AG, since a rival bid was rejected.",
     [("Vitro Norte AG", "Kessler Quellen GmbH")]),
    # near-miss: the relation's own contrast is undone
    ("Kessler Quellen GmbH was to obtain glass bottles from Vitro Norte AG, but the contract"
     " was cancelled.", []),
])
def test_a_buyers_supply_beside_a_clause_of_time(text, found):
    assert [r[:2] for r in rows(text, S)] == found


@pytest.mark.parametrize("text,found", [
    # the owner named in the buyer's apposition buys nothing
    ("Norvik AS, Bergen's water utility, bought two pumps from Kessler Pumpen GmbH in 2023.",
     [("Kessler Pumpen GmbH", "Norvik AS")]),
    ("Norvik AS, the city's water utility, bought two pumps from Kessler Pumpen GmbH.",
     [("Kessler Pumpen GmbH", "Norvik AS")]),
    ("Galicia's report says: SERGAS, the Region's health agency, bought 40 scanners from"
     " Kurobe Medical Co., Ltd. in 2023.", [("Kurobe Medical Co., Ltd.", "SERGAS")]),
])
def test_the_buyer_is_the_name_its_apposition_describes(text, found):
    assert [r[:2] for r in rows(text, S)] == found

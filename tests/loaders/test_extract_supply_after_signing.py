"""A contract signed with a partner, then the supply it is for in a clause joined to it
(``loaders/extract/signed_supply.py``): the subject of the verb of supply delivers to the
other party (the signer when the subject is left out, the partner after ", which", the
side described after "under which"). A clause with a recipient of its own, or a contract
for distribution or carriage, gives no supply. Sentences written for these tests."""

import pytest
from extract_candidates import candidates


def supplies(text: str) -> set[tuple]:
    return {(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize(("text", "expected"), [
    # ", which": the partner supplies the signer
    ("The Ukrainian firm Rivne Energo signed a contract with the Danish firm Fjord Turbines"
     " ApS, which is supplying 30 turbines for its new wind farm.",
     ("company:dk:fjord-turbines", "company:ua:rivne-energo")),
    # "under which" and the partner's own name
    ("The Polish firm Vistula Motors signed a supply contract with the Austrian firm Danube"
     " Cranes AG, under which Danube Cranes will deliver 300 winches over three years.",
     ("company:at:danube-cranes", "company:pl:vistula-motors")),
    # "and" with the subject left out: the signer ships to the partner, described
    ("The Ukrainian firm Poltava Grain signed a two-year contract in 2022 with the Chinese"
     " firm Wuxi Feed Co., Ltd. of Wuxi and shipped its first 20,000 tonnes of barley to"
     " the Chinese feed maker in May.",
     ("company:ua:poltava-grain", "company:cn:wuxi-feed-co-ltd")),
    # "and will sell it": the partner as the indirect object
    ("The Latvian firm Daugava Power signed a 20-year power purchase contract with the"
     " Estonian firm Narva Grid AS, and will sell it 400 megawatts from 2027.",
     ("company:lv:daugava-power", "company:ee:narva-grid")),
    # "and" with the partner named as the subject
    ("The Dutch firm Rijn Hydrogen B.V. signed a contract with the Moroccan firm Sahara"
     " Ammonia S.A. this spring, and Sahara will deliver ammonia to Rijn from 2028.",
     ("company:ma:sahara-ammonia", "company:nl:rijn-hydrogen")),
])
def test_the_joined_clause_states_the_supply(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize("text", [
    # a recipient of its own: the partner sells on to others
    "The Ukrainian firm Rivne Energo signed a contract with the Danish firm Fjord Turbines"
    " ApS, which is supplying 30 turbines to wind farms in Kherson.",
    # a distribution contract: whose goods move is not the partner's clause
    "The Ukrainian firm Rivne Dairy signed a distribution contract with the Danish retailer"
    " Fjord Foods ApS, which began to sell the cheese in Aarhus.",
    # the subject after "under which" is neither side
    "The Polish firm Vistula Motors signed a supply contract with the Austrian firm Danube"
    " Cranes AG, under which a Czech plant will deliver 300 winches.",
    # no clause of supply
    "The Polish firm Vistula Motors signed a supply contract with the Austrian firm Danube"
    " Cranes AG, which was founded in 1950.",
])
def test_no_supply_from_the_clause(text):
    assert not [r for r in candidates(text) if r["rule"] == "supply after signing"]


@pytest.mark.parametrize(("text", "expected"), [
    # "which it has supplied": the partner is the object, "it" carries on the signer
    ("In 2021 the Bavarian firm Isarwerk Metall GmbH signed a two-year supply deal"
     " with the Austrian firm Tirol Bau AG, which it has supplied with steel beams ever since.",
     ("company:de:isarwerk-metall", "company:at:tirol-bau")),
    # the same after a description of the partner, without a comma before "which"
    ("The Welsh firm Conwy Slate Ltd signed a contract with the Irish builder Shannon Homes"
     " Ltd, a customer which it has since been supplying with roofing slate.",
     ("company:gb:conwy-slate", "company:ie:shannon-homes")),
    # the signer is the writer's "we": "it" is then the partner, "our" station the recipient
    ("Annual report 2023 of Atlas Dattes S.A., Erfoud, Morocco. Atlas Dattes S.A. packs dates"
     " for export. In 2023 we signed a contract with the Dutch firm Maas Presses B.V. for a"
     " new packing line, which it will deliver to our Erfoud station next spring.",
     ("company:nl:maas-presses", "company:ma:atlas-dattes")),
])
def test_a_pronoun_subject_of_the_joined_clause(text, expected):
    assert expected in supplies(text)


@pytest.mark.parametrize("text", [
    # the clause after "which it" tells no supply
    "The Welsh firm Conwy Slate Ltd signed a supply contract with the Irish builder Shannon"
    " Homes Ltd, which it visited in May.",
    # a distribution contract moves no goods of its own
    "The Welsh firm Conwy Slate Ltd signed a distribution contract with the Irish builder"
    " Shannon Homes Ltd, which it has supplied since.",
])
def test_no_supply_from_a_pronoun_clause(text):
    assert not [r for r in candidates(text) if r["rule"] == "supply after signing"]

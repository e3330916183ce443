"""Layout and carried topics in texts written by others: a section's number run into the
section's first line ("4.2. Exports ...") and a new market ("In Georgia, ...") end the
topic; a signing set before its main clause takes that clause's subject, not the topic;
"a joint venture with X" set off by commas describes a firm and signs nothing."""

import pytest
from extract_candidates import candidates

S = "SUPPLIES_TO"


def carried(text):
    return {(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["rule"] == "carried topic"}


_GOMSEL = ("The Gomselmash works delivered 40 combines to farms of the Voronezh Region in "
           "March.\n{}Deliveries to Armenia and Georgia doubled compared with 2021.")
_BALERS = ("Annual review\nLast year the Bobruisk plant Bobruiskagromash sold 300 balers to "
           "farms of the Smolensk Region.{}Sales to Uzbekistan and Kyrgyzstan rose by half.")


@pytest.mark.parametrize("text", [
    "Exports of the oblast\n" + _GOMSEL.format("2.2. "),
    _BALERS.format("\n3.4. "),
    _BALERS.format("\nIV. "),
])
def test_a_numbered_section_carries_no_topic_from_the_section_before(text):
    assert not carried(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the same sentences with no section between them: the supplier is carried
    (_GOMSEL.format(""), ("company:xx:gomselmash", "country:am")),
    (_BALERS.format(" "), ("company:xx:bobruiskagromash", "country:uz")),
    # a number inside a line opens no section
    (_BALERS.format(" IV. "), ("company:xx:bobruiskagromash", "country:uz")),
])
def test_the_topic_carries_where_no_section_opens(text, expected):
    got = {(a.split(":")[0] + ":xx:" + a.split(":")[-1], b) for a, b in carried(text)}
    assert expected in got


SIGN = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "In Armenia, the Yerevan municipality received 40 buses. Sales to Georgia almost "
    "doubled: under a contract concluded in March with Tbilservice Group, Amkodor "
    "delivered 60 loaders.",
    "The Tula Region bought 40 buses last year. Exports to Serbia rose sharply: within "
    "the agreement signed in May with Elixir Group, Grodno Azot shipped 20 thousand "
    "tonnes of fertiliser.",
])
def test_a_signing_set_before_its_subject_takes_no_signer_from_the_topic(text):
    # the main clause's subject signed; the buyer of the sentence before did not
    assert not [r for r in candidates(text) if r["type"] == SIGN and r["rule"] == "carried topic"]


def test_a_signing_without_a_subject_after_it_still_carries_the_topic():
    text = ("The Mogilev Region has widened its ties in Asia. Trade keeps growing: under a "
            "memorandum signed in May with the Samarkand Region, 60 loaders were shipped.")
    got = {(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
           if r["type"] == SIGN}
    assert ("region:by:mogilev", "region:uz:samarkand") in got


@pytest.mark.parametrize("text", [
    "In Kazakhstan, the Almaty company Kazagromash became the sole dealer of the works. It "
    "sold 230 combines last year. In Uzbekistan, the Fergana farm cluster Agrovodiy "
    "received 60 harvesters.",
    "In Serbia, the Belgrade firm Agrotehna became our distributor. It sold 90 tractors in "
    "2023. In Bulgaria, the Plovdiv cooperative Trakia Agro bought 40 balers.",
    "In Poland, the Lublin company Agromex became our distributor, and the distributor sold "
    "80 tractors. In Lithuania, the Kaunas farm cooperative Agrokoop received 40 balers.",
])
def test_a_new_market_opened_with_in_takes_no_supplier_of_the_last_market(text):
    # the dealer of the country the text has left supplied nothing in the next one
    assert not carried(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the same market: its dealer goes on
    ("In Armenia, the Yerevan firm Ararat Motors became the dealer of the plant; the "
     "dealer sold 230 loaders. In Armenia, the Gyumri municipality took delivery of 35 "
     "refuse trucks.", ("company:am:ararat-motors", "city:am:gyumri")),
    # a topic no market opening located
    ("The Minsk firm Amkodor had a good year. It sold 90 tractors in 2023. In Bulgaria, "
     "the Plovdiv cooperative Trakia Agro bought 40 balers.",
     ("company:by:amkodor", "company:bg:trakia-agro")),
])
def test_a_market_opening_keeps_a_topic_of_that_market_or_of_none(text, expected):
    assert expected in carried(text)


def signings(text):
    return {(r["source"]["id"], r["target"]["id"]) for r in candidates(text)
            if r["type"] == SIGN}


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Minsk Wheel Tractor Plant, a joint venture with the Chinese side, built 300 chassis, "
     "and in 2022 the Minsk Region and Shandong Province signed an agreement on trade.",
     ("company:by:mzkt", "country:cn"), ("region:by:minsk", "region:cn:shandong")),
    ("The plant of Allur JSC in Kostanay, a joint venture with the Russian side, assembled "
     "900 cars, and in June 2021 AvtoVAZ and the Akimat of the Kostanay Region signed a "
     "memorandum on spare parts.",
     ("company:kz:allur", "country:ru"), ("company:ru:avtovaz", "region:kz:kostanay")),
])
def test_a_joint_venture_with_x_set_off_by_commas_signs_no_later_document(text, wrong, right):
    got = signings(text)
    assert wrong not in got and right in got


def test_a_joint_venture_agreement_signed_with_x_is_still_a_signing():
    assert ("company:by:lidselmash", "company:ru:rostselmash") in signings(
        "Lidselmash signed a joint venture agreement with Rostselmash in May.")

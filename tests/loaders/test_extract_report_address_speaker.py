"""A firm's report opens with its name, the kind of document and its postal address
("Town, Region, Country"). The address says where the firm sits, not who speaks: "we"
and "the Company" are the firm of the title, placed in the address's country. Every
text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


def _report(title: str, address: str) -> str:
    return (f"{title}\n"
            "Annual Report for the year 2024\n"
            f"{address}\n"
            "\n"
            "OUR CUSTOMERS\n"
            "\n"
            "We supply dried apricots to Norvik Foods AB of Malmo.\n")


@pytest.mark.parametrize(("title", "address", "firm"), [
    ("HARROWGATE ORCHARDS LIMITED", "Alexandra, Otago, New Zealand",
     "company:nz:harrowgate-orchards"),
    ("Harrowgate Orchards Ltd", "Alexandra, Otago, New Zealand",
     "company:nz:harrowgate-orchards"),
    # (a bare name: the report's kind beside it makes it the firm)
    ("HARROWGATE ORCHARDS", "Alexandra, Otago, New Zealand",
     "company:nz:harrowgate-orchards"),
    ("Kestrel Dried Fruit", "Mildura, Victoria, Australia",
     "company:au:kestrel-dried-fruit"),
    ("Kestrel Dried Fruit Pty Ltd", "Mildura, Victoria, Australia",
     "company:au:kestrel-dried-fruit"),
    ("ANATOLIA KURUYEMIS A.S.", "Malatya, Malatya Province, Turkey",
     "company:tr:anatolia-kuruyemis"),
])
def test_we_is_the_titled_firm_of_the_address_country(title, address, firm):
    assert (firm, "company:se:norvik-foods") in pairs(_report(title, address), S)


def test_a_body_named_over_the_address_still_speaks():
    # (the near miss: a council's report, its address under its name and kind)
    text = ("Otago Regional Council\n"
            "International Engagement Report 2024\n"
            "Dunedin, Otago, New Zealand\n"
            "\n"
            "We signed a memorandum on water quality with Gansu Province in 2023.\n")
    assert ("region:nz:otago", "region:cn:gansu") in pairs(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize(("written", "firm"), [
    ("Pelorus Marine Limited", "company:xx:pelorus-marine"),
    ("Pelorus Marine Ltd", "company:xx:pelorus-marine"),
    ("Kaveri Spinners Private Limited", "company:in:kaveri-spinners"),
    ("Chao Phraya Cold Chain Public Company Limited", "company:th:chao-phraya-cold-chain"),
    ("Chao Phraya Cold Chain PCL", "company:th:chao-phraya-cold-chain"),
])
def test_a_legal_form_spelled_out_is_no_part_of_the_id(written, firm):
    text = f"Halvorsen Shipping AS signed a charter contract with {written} in 2021.\n"
    ids = {i for pair in pairs(text, "SIGNED_AGREEMENT") for i in pair}
    assert firm in ids


def test_company_limited_spelled_out_is_the_same_firm_as_co_ltd():
    ids = set()
    for written in ("Siam Harbour Foods Company Limited", "Siam Harbour Foods Co., Ltd."):
        text = f"Halvorsen Shipping AS signed a charter contract with {written} in 2021.\n"
        ids |= {i for pair in pairs(text, "SIGNED_AGREEMENT") for i in pair
                if "siam-harbour" in i}
    assert ids == {"company:xx:siam-harbour-foods-co-ltd"}

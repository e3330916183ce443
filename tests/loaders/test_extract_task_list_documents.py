"""A report's task that names several documents, each with its own partner, the signer
being the report's own region (a carried topic), on texts written for these tests: "To
sign the road map with A and the agreements with B and C" gives the report's region with
each of A, B and C; an earlier partner is another document's, not the counterpart of
the later ones."""

from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"

REPORT = "\n".join([
    "REPORT on the external relations of the Brest Region in 2024",
    "1. General",
    "1.1. The Brest Region maintains ties with 40 regions of foreign states and signed two"
    " new agreements in 2024.",
    "2. Tasks for 2025",
    "2.1. To sign a new road map with the Pskov Region and agreements with the Latgale"
    " region and Jilin Province; to hold the Days of the Brest Region in Latvia.",
    ""])

ITEMS = """Annual report of the Mogilev Region on interregional cooperation, 2023
The Mogilev Region signed four documents with foreign partners in 2023.
Tasks for the coming year:
- to sign the agreement with the Tver Region and the protocol with the Vilnius County;
- to open a trade house in Tver.
"""


def test_each_documents_partner_of_a_task():
    assert sorted(pairs(REPORT, A)) == [("region:by:brest", "region:cn:jilin"),
                                        ("region:by:brest", "region:lv:latgale"),
                                        ("region:by:brest", "region:ru:pskov")]


def test_each_documents_partner_of_a_task_item():
    assert sorted(pairs(ITEMS, A)) == [("region:by:mogilev", "region:lt:vilnius"),
                                       ("region:by:mogilev", "region:ru:tver")]


def test_a_party_of_the_document_before_its_partner_is_the_counterpart():
    text = ("REPORT of the Grodno Region for 2024\n"
            "The Grodno Region keeps ties with many partners.\n"
            "Tasks: to sign a protocol of the Lida district with the Alytus district on"
            " school exchanges.\n")
    assert all("region:by:grodno" not in p for p in pairs(text, A))

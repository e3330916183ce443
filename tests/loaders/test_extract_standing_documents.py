"""A document named by its partner whose predicate says it stands, was changed or came
next ("Agreements with A (2011) and B (2015) remain in force", "The memorandum with C
was supplemented by a plan", "A similar agreement with D followed in 2022"): signed,
though no verb of signing says so; the signer is the topic the text speaks of
(``carried_topic._STANDING_DOC``)."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


def signed(text):
    return {tuple(sorted(p)) for p in pairs(text, A)}


@pytest.mark.parametrize(("text", "expected"), [
    # documents in force, their partners listed with the years they date from
    ("The Tver Region is an active partner of Belarus. Agreements with the Brest Region "
     "(2011) and the Grodno Region (2015) remain in force.",
     {("region:by:brest", "region:ru:tver"), ("region:by:grodno", "region:ru:tver")}),
    ("Chuvashia looks west for partners. Its oldest document, the agreement with the "
     "Vitebsk Region of 2002, is still valid.",
     {("region:by:vitebsk", "region:ru:chuvashia")}),
    ("In June 2022 the Chuvash Republic and the Brest Region signed a road map for "
     "2022-2024. An agreement on cooperation with the Grodno Region has been in force "
     "since 2019.", {("region:by:grodno", "region:ru:chuvashia")}),
    # "a similar agreement with D followed": the topic signed it
    ("In May 2021 the Pskov Region signed a cooperation agreement with the Vitebsk Region. "
     "A similar agreement with the Mogilev Region followed in 2022.",
     {("region:by:mogilev", "region:ru:pskov")}),
    # a report's letterhead body, a memorandum amended
    ("MINISTRY OF FOREIGN RELATIONS OF THE TVER REGION\n"
     "Overview of the external ties of the Tver Region in 2022\n"
     "3. Ties with Kazakhstan\n"
     "3.1. The memorandum of cooperation with the Pavlodar Region (2018) was supplemented "
     "in 2022 by a plan of joint events.",
     {("region:kz:pavlodar", "region:ru:tver")}),
])
def test_a_standing_document_is_the_topics_signing(text, expected):
    assert expected <= signed(text)


@pytest.mark.parametrize(("text", "absent"), [
    # the clause names its own signer
    ("The Tver Region is a partner of Belarus. The Smolensk Region's agreement with the "
     "Brest Region remains in force.", ("region:by:brest", "region:ru:tver")),
    # the verb belongs to a relative clause, not to the document's own predicate
    ("The Tver Region is a partner of Belarus. Under the agreement with the Brest Region, "
     "which remains in force, Smolensk firms sell grain there.",
     ("region:by:brest", "region:ru:tver")),
    # no document: cooperation that stays strong is no signing
    ("The Tver Region is a partner of Belarus. Cooperation with the Brest Region remained "
     "strong in 2022.", ("region:by:brest", "region:ru:tver")),
])
def test_no_standing_document_without_its_own_clause(text, absent):
    assert absent not in signed(text)

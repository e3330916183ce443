"""The named subject of an active verb of sending sends; a "from" after the verb names
where the goods leave from ("A ships coal from Ekibastuz to B"). With no subject, or a
verb of buying, the "from" party is the source. Every text here was written for these
tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, sender, origin, recipient", [
    ("Belshina ships tyres from Bobruisk to Kamaz.",
     "company:by:belshina", "city:by:bobruisk", "company:ru:kamaz"),
    ("Every year Kazakhmys sends copper concentrate from Balkhash to smelters in Urumqi.",
     "company:kz:kazakhmys", "city:kz:balkhash", "city:cn:urumqi"),
    ("Amkodor delivered 40 loaders from Minsk to Ulaanbaatar in 2022.",
     "company:by:amkodor", "city:by:minsk", "city:mn:ulaanbaatar"),
    ("Belaruskali ships potash to Brazil from Klaipeda.",
     "company:by:belaruskali", "city:lt:klaipeda", "country:br"),
])
def test_the_subject_sends(text, sender, origin, recipient):
    found = pairs(text, "SUPPLIES_TO")
    assert (sender, recipient) in found
    assert (origin, recipient) not in found


@pytest.mark.parametrize("text, pair", [
    ("Grain is shipped from Kostanay to Tashkent.", ("city:kz:kostanay", "city:uz:tashkent")),
    ("Coal from the Ekibastuz deposits is supplied to the Reftinskaya power plant.",
     ("city:kz:ekibastuz", "company:ru:reftinskaya-power-plant")),
    ("Supplies of timber from Karelia to Finland doubled.",
     ("region:ru:karelia", "country:fi")),
])
def test_without_a_sending_subject_the_from_party_supplies(text, pair):
    assert pair in pairs(text, "SUPPLIES_TO")

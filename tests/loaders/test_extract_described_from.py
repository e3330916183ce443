"""A description naming the firm's town before its name, a comma between them ("A
producer from Bergen, X, delivered ...") places the firm in the town's country, and the
town is no party of the sentence. After a verb ("sells to a dealer in Y, X") the town
still places the firm and the recipient is still found. Every text here was written
for these tests."""

import pytest
from extract_candidates import pairs

SUP = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("GDANSK, 3 May 2024 - Poland and Poland again. One producer from Bergen, Fjordlys "
     "Pumps, delivered forty pumps to Gdynia last year.",
     ("company:no:fjordlys-pumps", "city:pl:gdynia")),
    ("GDANSK, 3 May 2024 - Poland and Poland again. A company from Bergen, Fjordlys "
     "Pumps AS, will deliver forty pumps to Gdynia.",
     ("company:no:fjordlys-pumps", "city:pl:gdynia")),
])
def test_an_opening_description_places_the_firm_and_drops_the_town(text, pair):
    found = pairs(text, SUP)
    assert pair in found
    assert not any(a == "city:no:bergen" for a, _ in found)


def test_after_a_verb_the_recipient_is_still_found():
    text = ("GDANSK, 3 May 2024 - The Gdynia pump maker Baltpomp sells pumps to a dealer in "
            "Bergen, Fjordlys Handel AS, since 2021.")
    assert any(b.endswith("fjordlys-handel") for _, b in pairs(text, SUP))

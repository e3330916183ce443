"""A firm's name as its own country's language writes it: a country's stem with its
diacritics ("Türkmenhimiýa", "Özbekteks") places the firm as the plain stem does, and
the Turkish joint-stock form A.Ş. is a legal form. Every text here was written for
these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, pair", [
    ("Trade with Uzbekistan and Iran grew. In 2022 Türkmenhimiýa supplied urea to "
     "Uzbekkimyo.", ("company:tm:turkmenhimiya", "company:uz:uzbekkimyo")),
    ("Kazakhstan and Russia are the main partners. Özbekteks shipped cotton yarn to "
     "Textima LLP in Shymkent.", ("company:uz:ozbekteks", "company:kz:textima")),
    ("Trade with Turkey grew. Türkmenhaly sold carpets to Ankara Hali A.Ş.",
     ("company:tm:turkmenhaly", "company:tr:ankara-hali")),
])
def test_a_stem_written_with_diacritics(text, pair):
    assert pair in pairs(text, "SUPPLIES_TO")


def test_a_plain_word_with_diacritics_names_no_country():
    # "Türk" alone is no stem of a country the extractor reads; "Üzüm" names none
    found = pairs("Trade with Georgia grew. Üzüm Bağları sold wine to Tbilvino.", "SUPPLIES_TO")
    assert not any(a.startswith(("company:tm:", "company:uz:")) for a, _ in found), found

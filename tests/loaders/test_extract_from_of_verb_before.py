"""A "from" after one verb and before another supply verb is the first verb's source,
not a sender for a later trigger: "receives gas from A and sells urea to B; C supplies
petrol to D" (list items read as one sentence) gives no "A -> B" nor "A -> C" (``from_m``
in ``supplies.directions``). Texts written for these tests."""

from extract_candidates import blind_pairs as supplies

ITEMS = ("Main flows:\n"
         "  - Grodno Azot receives gas from the Russian firm Gazprom and sells urea to the\n"
         "    Polish group Anwil;\n"
         "  - Naftan supplies petrol to the Ukrainian trader Ukrnafta.\n")
ITEMS2 = ("Trade:\n"
          "- Lida Paint buys resin from Sibur and sells varnish to Polish retailers;\n"
          "- Amkodor ships loaders to Serbia.\n")


def test_the_source_of_a_verb_before_sends_nothing_later():
    found = supplies(ITEMS)
    assert ("company:xx:gazprom", "company:xx:naftan") not in found
    assert ("company:xx:gazprom", "company:xx:anwil") not in found
    assert ("company:xx:sibur", "country:rs") not in supplies(ITEMS2)


def test_each_verb_keeps_its_own_sides():
    found = supplies(ITEMS)
    assert ("company:xx:gazprom", "company:xx:grodno-azot") in found
    assert ("company:xx:grodno-azot", "company:xx:anwil") in found
    assert ("company:xx:naftan", "company:xx:ukrnafta") in found
    assert ("company:xx:sibur", "company:xx:lida-paint") in supplies(ITEMS2)


def test_from_to_of_one_verb_stays():
    # "from A to B" of the trigger itself, with a verb before it in the sentence
    found = supplies("Belshina buys rubber abroad and ships tyres from Bobruisk to Kamaz.")
    assert ("city:by:bobruisk", "company:xx:kamaz") in found or \
        ("company:xx:belshina", "company:xx:kamaz") in found
    assert ("company:xx:gazprom", "company:xx:grodno-azot") in supplies(
        "Grodno Azot, which sells urea abroad, receives gas from Gazprom.")

""""X gets its goods from Y": Y supplies X, as with "buys" or "sources" (``supplies.SUPPLY``,
``REVERSE_STEMS``); money, help, a permit, orders or a name got from someone are no
supply. Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("The Zelenodolsk Shipyard gets its steel plate from the Cherepovets steel works.",
     ("company:xx:cherepovets-steel-works", "company:xx:zelenodolsk-shipyard")),
    ("Belshina gets its rubber from Nizhnekamskneftekhim.",
     ("company:xx:nizhnekamskneftekhim", "company:xx:belshina")),
    ("Since 2019 Gomselmash has got engines and gearboxes from Weichai.",
     ("company:xx:weichai", "company:xx:gomselmash")),
])
def test_gets_from_is_a_supply(text, pair):
    assert pair in blind_pairs(text, S)


@pytest.mark.parametrize("text", [
    "Belshina got a loan from Belarusbank.",
    "MAZ gets orders from Tashkent every spring.",
    "Minsk got support from Beijing for the new park.",
    "Grodno gets its name from the Neman river.",
])
def test_what_is_got_is_no_goods(text):
    assert blind_pairs(text, S) == set()

"""A place adverb after a participle of making says where the goods were made, not
where they go: "Shacman was to supply the gearboxes assembled there to BelAZ". Every
text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs


@pytest.mark.parametrize("text, supply, there", [
    ("In 2019 the partners opened a gearbox plant in Zhodino, and Shacman was to supply "
     "the gearboxes assembled there to BelAZ.",
     ("company:xx:shacman", "company:xx:belaz"), "city:by:zhodino"),
    ("Kamaz opened a cab plant in Almaty, and it ships the cabs produced there to MAZ.",
     ("company:xx:kamaz", "company:xx:maz"), "city:kz:almaty"),
    ("Belshina has a tyre works in Bobruisk and supplies the tyres made there to BelAZ.",
     ("company:xx:belshina", "company:xx:belaz"), "city:by:bobruisk"),
])
def test_where_goods_were_made_receives_nothing(text, supply, there):
    found = blind_pairs(text)
    assert supply in found
    assert not any(b == there for _, b in found)


@pytest.mark.parametrize("text, pair", [
    ("Belshina has a warehouse in Riga and ships tyres there every week.",
     ("company:xx:belshina", "city:lv:riga")),
    ("Amkodor opened a dealership in Tashkent and ships loaders there every month.",
     ("company:xx:amkodor", "city:uz:tashkent")),
])
def test_goods_sent_there_still_go_there(text, pair):
    assert pair in blind_pairs(text)

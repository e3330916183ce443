"""Goods that go to a group located by a place, and a list that goes on after a
repeated "to": "Its tractors go to farms all over Siberia, to the Altai Territory, the
Omsk region and Kazakhstan" (``_GROUP_LOCATED`` and ``_AND_TO_MORE`` in
``loaders/extract/frames.py``). Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected"), [
    ("Minsk Tractor Works is our best example. Its tractors go to farms all over Siberia, to "
     "the Altai Territory, the Omsk region and Kazakhstan.",
     {("company:xx:mtz", "region:ru:altai-krai"), ("company:xx:mtz", "region:ru:omsk"),
      ("company:xx:mtz", "country:kz")}),
    ("Belshina makes tyres for mining trucks. Its tyres went to quarries in Kuzbass, and to "
     "Mongolia and Chile.", {("company:xx:belshina", "country:mn"),
                              ("company:xx:belshina", "country:cl")}),
])
def test_the_list_goes_on_after_the_located_group(text, expected):
    assert expected <= supplies(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the "to" of another verb after a new clause is no destination of the goods
    ("Belshina makes tyres for mining trucks. Its tyres go to quarries in Kuzbass, and its "
     "engineers travel to Chile.", ("company:xx:belshina", "country:cl")),
    # an event is no group of takers
    ("Belshina makes tyres. Its new tyres went to the exhibition in Kazan, and to Minsk.",
     ("company:xx:belshina", "city:ru:kazan")),
    # people who go somewhere carry no goods
    ("Belshina makes tyres. Its managers went to fairs in Siberia, to Mongolia and Chile.",
     ("company:xx:belshina", "country:mn")),
])
def test_no_goods_no_destination(text, wrong):
    assert wrong not in supplies(text)

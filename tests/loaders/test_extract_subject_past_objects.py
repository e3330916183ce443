"""The supplier of a verb is its subject, not the nearest party before it: not the object
of a verb before it ("sold it to A but has since shipped more to B", "signed a contract
with A and also sells fertiliser to B"), not a member of a list that locates a noun ("X,
whose plants in A and B ship ..."), not the owner named in an aside ("X, for years partly
owned by Y, supplied ...") (``_outranked_objects`` and ``_OWNED_BY`` in
``loaders/extract/supplies.py``). Sentences written for these tests."""

import pytest
from extract_candidates import blind_pairs as supplies


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the object of a coordinated verb before
    ("Lida Paint sold its varnish mostly to Poland but has lately shipped larger lots to "
     "Lithuania.", ("company:xx:lida-paint", "country:lt"), ("country:pl", "country:lt")),
    ("Polesie Toys delivered most of its output to Russia but in 2023 sent a first lot to "
     "Serbia.", ("company:xx:polesie-toys", "country:rs"), ("country:ru", "country:rs")),
    # the partner of a signing before
    ("Grodno Azot signed a contract with Kamaz for the repair of its lorries and also sells "
     "fertiliser to Uralchem.", ("company:xx:grodno-azot", "company:xx:uralchem"),
     ("company:xx:kamaz", "company:xx:uralchem")),
    ("Amkodor concluded a service agreement with Allur and now ships loaders to Agromash "
     "Holding.", ("company:xx:amkodor", "company:xx:agromash-holding"),
     ("company:xx:allur", "company:xx:agromash-holding")),
])
def test_the_object_of_a_verb_before_is_no_supplier(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Among the big exporters is Mogilevkhimvolokno, whose plants in Mogilev and Svetlogorsk "
     "ship polyester fibre to spinning mills in Lodz.",
     ("company:xx:mogilevkhimvolokno", "city:pl:lodz"), ("city:by:svetlogorsk", "city:pl:lodz")),
    ("One of them is Santa Bremor, whose factories in Brest and Kobrin send fish preserves to "
     "Moscow.", ("company:xx:santa-bremor", "city:ru:moscow"),
     ("city:by:kobrin", "city:ru:moscow")),
])
def test_a_list_that_locates_a_noun_is_no_supplier(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Belshina, for several decades partly owned by the Russian holding Sibur, supplied tyres "
     "mainly to Kazakhstan.", ("company:xx:belshina", "country:kz"),
     ("company:xx:sibur", "country:kz")),
    ("Naftan, since 2020 majority owned by the state concern Belneftekhim, ships petrol to "
     "Ukraine.", ("company:xx:naftan", "country:ua"), ("company:xx:belneftekhim", "country:ua")),
])
def test_the_owner_in_an_aside_is_no_supplier(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a new clause with a subject of its own after the recipient
    ("Rustavi Steel ships rebar to Ganja Construction, a builder of Azerbaijan, and Imereti "
     "Tea sells tea to Ijevan Trade.", ("company:xx:imereti-tea", "company:xx:ijevan-trade"),
     ("company:xx:rustavi-steel", "company:xx:ijevan-trade")),
    ("Gomselmash sells combines to Russia and Amkodor ships loaders to Kazakhstan.",
     ("company:xx:amkodor", "country:kz"), ("company:xx:gomselmash", "country:kz")),
    # the partner is the subject of a relative clause
    ("Belmedpreparaty concluded a supply agreement with the distributor Medline, which "
     "delivers the drugs to Uzbekistan.", ("company:xx:medline", "country:uz"),
     ("company:xx:belmedpreparaty", "country:uz")),
    # a firm's seat, then more suppliers: all of them supply
    ("Belshina of Bobruisk, Mogilevliftmash and Grodno Azot all supply goods to the Smolensk "
     "Region.", ("company:xx:mogilevliftmash", "region:ru:smolensk"),
     ("company:xx:belshina", "city:by:bobruisk")),
])
def test_a_subject_of_its_own_stays(text, expected, wrong):
    found = supplies(text)
    assert expected in found
    assert wrong not in found

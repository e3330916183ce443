""""that region", "this region" point back within their sentence: "A contract for a
dealer warehouse in the Akmola Region was concluded with the akimat of that region" relates no
second region; the region the passage named most often before is not meant. Texts
written for these tests."""

from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


def test_that_region_is_the_region_its_sentence_named_before_it():
    for body, named, earlier in (
        ("An agreement was signed with the Orenburg Region in February. Deliveries to the "
         "Orenburg Region began in May. A contract for a dealer warehouse in the Akmola "
         "Region was concluded with the akimat of that region in September.",
         "region:kz:akmola", "region:ru:orenburg"),
        ("Our trucks go to the Samara Region and the Samara Region buys our buses too. In "
         "2022 a contract on a service centre in the Pavlodar Region was concluded with "
         "the administration of this region.", "region:kz:pavlodar", "region:ru:samara"),
    ):
        text = "BOBRUISKAGROMASH\n\nAnnual report 2024\n\n" + body + "\n"
        got = pairs(text, A)
        assert not any({a, b} == {named, earlier} for a, b in got), (text, got)


def test_that_region_after_its_region_signs_with_the_sentences_firm():
    for body in ("Deliveries to the Orenburg Region and the Orenburg Region's farms grew. In "
                 "2021 MAZ opened a plant in the Pavlodar Region and signed a memorandum "
                 "with the akimat of that region.",
                 "The Orenburg Region buys our combines, and the Orenburg Region's farms our "
                 "tractors. MAZ built a service centre in the Pavlodar Region and concluded "
                 "an agreement with the government of this region."):
        got = pairs(body, A)
        assert any("maz" in a and b == "region:kz:pavlodar" for a, b in got), (body, got)
        assert not any(b == "region:ru:orenburg" and "maz" in a for a, b in got), (body, got)

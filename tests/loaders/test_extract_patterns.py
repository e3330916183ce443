"""Second-pass patterns on short texts written for these tests: pair lists, list
heads with a demonym, twinning carried into the next sentence, ids by convention."""

from relgraph.loaders.extract import extract_text
from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.parties import provisional_id
from relgraph.loaders.resolve import Resolver

RESOLVER = Resolver.default()


def _pairs(text):
    ex = extract_text(text, "t.txt", resolver=RESOLVER)
    return {(r["type"], r["source"]["id"], r["target"]["id"], r["date"]) for r in ex.candidates}


def test_pairs_list_takes_the_date_stated_before_each_pair():
    text = ("Twinning ties grew. In April 2010 the list of partner towns took in Orsha and "
            "Spitak, in July 2013 - Lepel district and Tashir, Vitebsk and Vanadzor.")
    got = _pairs(text)
    assert ("TWINNED_WITH", "city:by:orsha", "city:am:spitak", "2010-04") in got
    assert ("TWINNED_WITH", "city:by:vitebsk", "city:am:vanadzor", "2013-07") in got
    assert ("TWINNED_WITH", "region:by:lepel", "city:xx:tashir", "2013-07") in got \
        or any(t[1] == "region:by:lepel" and t[2].endswith("tashir") for t in got)
    # No pair across two pairs of the list.
    assert not any({t[1], t[2]} == {"city:am:spitak", "region:by:lepel"} for t in got)


def test_a_list_of_three_is_not_read_as_pairs():
    got = _pairs("Brest, Pinsk and Lida have sister-city ties with Lyon.")
    assert {t[1] for t in got} | {t[2] for t in got} >= {"city:by:brest", "city:fr:lyon"}
    assert not any({t[1], t[2]} == {"city:by:pinsk", "city:by:lida"} for t in got)


def test_demonym_list_head_gives_kind_and_country():
    ms = find_mentions("twin ties with such Georgian towns as Batumi, Zugdidi and Telavi")
    hinted = [(m.text, m.kind_hint, m.country_hint) for m in ms if not m.adjectival]
    assert hinted == [("Batumi", "City", "GE"), ("Zugdidi", "City", "GE"),
                      ("Telavi", "City", "GE")]


def test_twinning_context_carries_into_the_next_sentence_only():
    text = ("Grodno has many twin towns. Its partners now include Pinsk and Lida, "
            "Brest and Orsha.\n\nIts partners in trade include Pinsk and Lida, Brest and Orsha.")
    ex = extract_text(text, "t.txt", resolver=RESOLVER)
    twins = [r for r in ex.candidates if r["type"] == "TWINNED_WITH"]
    assert twins and all(r["evidence"]["line"] == 1 for r in twins)


def test_unknown_organisations_get_convention_ids_with_their_country():
    assert provisional_id("Company", "BY", 'JSC "Amkodor"') == "company:by:amkodor"
    text = ("The Committee on Tourism of Dagestan signed an agreement with the "
            "Vitebsk Regional Executive Committee in 2016.")
    ex = extract_text(text, "t.txt", resolver=RESOLVER)
    r = ex.candidates[0]
    ids = {r["source"]["id"], r["target"]["id"]}
    assert ids == {"org:ru:committee-on-tourism-of-dagestan", "region:by:vitebsk"}
    vitebsk = r["source"] if r["source"]["id"] == "region:by:vitebsk" else r["target"]
    assert vitebsk["name"] == "Vitebsk Regional Executive Committee"
    assert vitebsk["canonical"] == "Vitebsk Region" and vitebsk["resolved"]
    other = r["target"] if vitebsk is r["source"] else r["source"]
    assert other["resolved"] is False


def test_district_of_a_region_is_the_district():
    text = "The Lepel District of Vitebsk Region and Sevan signed a twinning agreement."
    got = _pairs(text)
    assert any({t[1], t[2]} == {"region:by:lepel", "city:am:sevan"} for t in got)

"""A relation whose one side is the document's own place, given in another sentence:
a French town's letterhead "Commune de X" and its "the Commune" are the town X
(``parties.NATIVE_ORGAN``, ``discourse._BARE_TOWN_ORGAN``); "our oldest partner is Y"
in a text on twinning is the speaker's twin (``patterns._OUR_PARTNER``); an interview's
"A:" label is no place leading an item, so an answer's one-sided twinning takes the
guest's town (``carried_topic.note_heading``); a ties page's title half that only names
its subject ("Twinning") leaves the town of the other half as the page's place
(``Discourse._ties_half``); a plural after the trigger takes up the pair just stated
(``reference_chain.plural_copies``)."""

import pytest
from extract_candidates import id_pair_set, pairs

T, A, S = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


def _commune_page(body: str) -> str:
    return ("Commune de Dinan\nOur partner towns\n\n"
            "Dinan keeps friendly ties with towns in Europe and Africa.\n\n"
            f"{body}\n")


@pytest.mark.parametrize("body", [
    "Our twinning with Tiverton in Devon dates from 1974.",
    "Our oldest twinning, with Tiverton, grew out of a school exchange.",
])
def test_our_on_a_commune_page_is_the_town(body):
    assert frozenset({"city:fr:dinan", "city:gb:tiverton"}) in id_pair_set(_commune_page(body), T)


def test_the_commune_buying_is_the_town():
    text = _commune_page("In 2022 the Commune bought 30 benches from Bancs Armor SARL, "
                         "a firm based in Lannion.")
    assert [b for _a, b in pairs(text, S)] == ["city:fr:dinan"]


def _interview(answer: str, question: str = "Q: Which of your twin towns matter most?") -> str:
    return ("\"Partners, not postcards\"\n"
            "An interview with Liis Kask, mayor of Tartu – Northern Towns Review, May 2024\n\n"
            f"{question}\n"
            f"A: {answer}\n")


@pytest.mark.parametrize("answer", [
    "Our oldest partner is Turku in Finland: that twinning dates from 1960.",
    "Every one of them counts. Our partners in Finland are Turku and Oulu, both twin "
    "towns since 1960.",
])
def test_our_partner_is_the_speakers_twin(answer):
    assert frozenset({"city:ee:tartu", "city:fi:turku"}) in id_pair_set(_interview(answer), T)


@pytest.mark.parametrize("answer", [
    # (a trading partner where nothing speaks of twinning)
    "It is simple. Our first partner is Turku, for trade and nothing else.",
    "Our partners are proud of the festival.",
])
def test_our_partner_without_twinning_is_no_twin(answer):
    assert not id_pair_set(_interview(answer, "Q: What about trade?"), T)


@pytest.mark.parametrize("answer", [
    "The council approved a twinning with Bergen in Norway in April.",
    "A twinning with Bergen was approved in April.",
])
def test_an_answers_one_sided_twinning_is_the_guests(answer):
    assert frozenset({"city:ee:tartu", "city:no:bergen"}) in id_pair_set(_interview(answer), T)


@pytest.mark.parametrize("question", [
    "Q: There were reports of a twinning with Bergen.",
])
def test_a_question_states_no_twinning(question):
    text = _interview("We will see.", question)
    assert not id_pair_set(text, T)


@pytest.mark.parametrize(("clause", "denied"), [
    ("so nothing was signed", True),
    ("but nothing has yet been concluded", True),
    ("nothing else mattered, and they signed", False),
])
def test_nothing_was_signed_denies(clause, denied):
    # (an answer's talks that came to nothing: no signing of the speaker's)
    from relgraph.loaders.extract.patterns import NEGATED

    assert bool(NEGATED.search(clause)) is denied


def _linz_like(body: str) -> str:
    return ("City of Graz — Twinning and Foreign Partnerships\n"
            "Home > Graz > Partner towns\n\n"
            "Graz has had friends abroad for half a century.\n\n"
            "Highlights\n"
            f"{body}\n")


def test_a_ties_title_half_leaves_the_town():
    text = _linz_like("Since 2019 Graz and Maribor have been close. "
                      "The twinning with Pula was confirmed by a charter in 2008; "
                      "the two cities now hold joint festivals.")
    twins = id_pair_set(text, T)
    assert frozenset({"city:at:graz", "city:hr:pula"}) in twins
    # (the plural after the trigger is the pair just stated, not the group before)
    assert frozenset({"city:si:maribor", "city:hr:pula"}) not in twins


def test_not_every_partnership_is_a_twinning():
    text = _linz_like("Trieste was the first.\n\nPartner cities and cooperation agreements\n"
                      "Not every partnership is a twinning. Graz also works with cities on "
                      "projects:\n"
                      "- With Ljubljana, Graz signed a cooperation agreement on transport in 2021.")
    assert frozenset({"city:at:graz", "city:si:ljubljana"}) not in id_pair_set(text, T)
    assert frozenset({"city:at:graz", "city:si:ljubljana"}) in id_pair_set(text, A)

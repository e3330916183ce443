"""A town, a dash or a colon and its twin words, as a report's entry or an aside puts
it: "- A – partner town of B (France), renewed in 2022", "A: a sister city of B", "A - the
twin town of B - hosted ..." (``patterns._DASHED_TWIN``)."""

import pytest
from extract_candidates import id_pair_set

T = "TWINNED_WITH"
OULU_LEIPZIG = frozenset({"city:fi:oulu", "city:de:leipzig"})


@pytest.mark.parametrize("text", [
    "The links of the county's towns:\n- Kemi – twinned with Lyon since 1978;\n"
    "- Oulu – partner town of Leipzig (Germany), renewed by a protocol signed in 2022;\n",
    "Oulu - twin town of Leipzig (Germany) since 1990.\n",
    "Oulu: a sister city of Leipzig since 1990.\n",
    "Oulu — the partner town of Leipzig — hosted the fair in May.\n",
])
def test_a_dashed_entry_names_the_twin(text):
    assert OULU_LEIPZIG in id_pair_set(text, T)


@pytest.mark.parametrize("text", [
    # no twin words after the dash: a plain description
    "Oulu - a port town of Finland - traded with Leipzig.\n",
    # a twin word without "of": no partner after it
    "Oulu - partner town since 1990 - welcomed guests from Leipzig.\n",
])
def test_no_twin_without_twin_words_of_a_town(text):
    assert OULU_LEIPZIG not in id_pair_set(text, T)

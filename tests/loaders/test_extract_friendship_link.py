"""A "friendship link" or "friendship relationship" with a town is a twinning, as
"friendship ties" and "friendly relations" are (``twin_words.TWIN``)."""

import pytest
from extract_candidates import id_pair_set

T = "TWINNED_WITH"
GDY_KIEL = frozenset({"city:pl:gdynia", "city:de:kiel"})


@pytest.mark.parametrize("text", [
    "Gdynia established a friendship link with Kiel in 2010.\n",
    "Gdynia established a friendship relationship with Kiel in 2016.\n",
    "Council minutes: Gdynia has approved a friendship link with Kiel, Germany, to be "
    "signed in 2025.\n",
])
def test_a_friendship_link_is_a_twinning(text):
    assert GDY_KIEL in id_pair_set(text, T)


@pytest.mark.parametrize("text", [
    # a link of roads or ferries is no friendship
    "Gdynia opened a ferry link with Kiel in 2010.\n",
    "Gdynia has a rail link with Kiel.\n",
])
def test_other_links_are_no_twinning(text):
    assert GDY_KIEL not in id_pair_set(text, T)

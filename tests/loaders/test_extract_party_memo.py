"""A document's memo of the party each mention names serves only the mention it was
made for: an object's id is reused once the object is freed, so a later mention at
the same place could otherwise be served a party read for another."""

from relgraph.loaders.extract.discourse import Discourse
from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.parties import text_resolver

TEXT = "Ventspils signed a twinning agreement with Orebro."


def _first(text):
    return find_mentions(text)[0]


def test_a_memo_entry_left_at_a_mentions_address_by_another_is_not_served():
    disc = Discourse(text_resolver(), TEXT)
    m = _first(TEXT)
    stale = disc.party(_first("Gdynia signed a twinning agreement with Kiel."))
    # What a freed mention's entry looks like to a new mention given its address:
    disc._memo[(id(m), m.start, m.text, "Company")] = (object(), stale)
    assert disc.party(m).id != stale.id
    assert disc.party(m).id == Discourse(text_resolver(), TEXT).party(_first(TEXT)).id


def test_the_same_mention_is_served_its_memo():
    disc = Discourse(text_resolver(), TEXT)
    m = _first(TEXT)
    assert disc.party(m) is disc.party(m)

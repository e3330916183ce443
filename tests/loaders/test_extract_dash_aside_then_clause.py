"""An aside between dashes closed right where the next clause opens ("A and B are
sister towns - the tie dates from 1961 - and A is also twinned with C"): the closing
dash is read as the comma before "and"/"while"/"whereas"/"but", so each clause keeps its
own pair and the second clause's verb does not take the first clause's two names as its
subject (``asides.close_dash_asides``)."""

import pytest
from extract_candidates import named_pairs

from relgraph.loaders.extract.asides import close_dash_asides

T = "TWINNED_WITH"


@pytest.mark.parametrize(("text", "pair"), [
    ("Gdynia and Kiel are sister towns - the tie dates from 1961 - and Gdynia is also "
     "twinned with Aarhus.", ("Gdynia", "Kiel")),
    ("Gdynia and Kiel are sister towns – the tie dates from 1961 – and Gdynia is also "
     "twinned with Aarhus.", ("Aarhus", "Gdynia")),
    ("Tampere has been a partner town of Linz since 1957 - a link that outlasted the "
     "Cold War - while Oulu concluded a twinning with Leipzig in 1990.", ("Leipzig", "Oulu")),
    ("Tampere has been a partner town of Linz since 1957 — one of the oldest in the "
     "region — whereas Oulu signed a twinning charter with Leipzig in 1990.",
     ("Leipzig", "Oulu")),
    ("Tampere has been a partner town of Linz since 1957 - a link that outlasted the "
     "Cold War - while Oulu concluded a twinning with Leipzig in 1990.", ("Linz", "Tampere")),
])
def test_each_clause_keeps_its_pair(text, pair):
    assert pair in named_pairs(text, T)


@pytest.mark.parametrize(("text", "absent"), [
    # the first clause's second name is no subject of the second clause
    ("Gdynia and Kiel are sister towns - the tie dates from 1961 - and Gdynia is also "
     "twinned with Aarhus.", ("Aarhus", "Kiel")),
])
def test_the_second_clause_has_its_own_subject(text, absent):
    assert absent not in named_pairs(text, T)


@pytest.mark.parametrize("text", [
    # one dash only: nothing to close
    "Gdynia signed a charter - and Kiel did too.",
    # an aside closed before a list's last member, not before a clause
    "Gdynia - the port city - and the town of Kiel signed a charter.",
    # no verb before the aside: it describes a name of the subject
    "The Gdynia–Kiel ferry - run since 1961 - and the Oulu–Leipzig flights resumed.",
    "Gdynia - the port city - and Kiel signed a charter.",
])
def test_no_comma_where_no_clause_follows(text):
    assert close_dash_asides(text) == text


def test_same_length():
    text = "Gdynia and Kiel are sister towns - since 1961 - and Gdynia is also twinned."
    assert len(close_dash_asides(text)) == len(text)

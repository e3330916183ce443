"""The day a text is dated by its dateline: the input Source's ``published``, and the
date of a signing the text tells relative to it ("on Thursday", "yesterday")."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.loaders.extract.dates import dateline_date
from relgraph.loaders.extract.pipeline import extract_lines

BODY = "The Vitebsk Region and the Pskov Region signed a memorandum on tourism {when}."


def extract(head: list[str], when: str = "in 2019"):
    result = extract_lines([*head, "", BODY.format(when=when)], "wire.txt")
    (source,) = result.sources.values()
    (signing,) = [c for c in result.candidates if c["type"] == "SIGNED_AGREEMENT"]
    return source, signing


@pytest.mark.parametrize("head,published", [
    (["Vitebsk and Pskov renew ties", "VITEBSK, 14 March 2024 - Press service"], "2024-03-14"),
    (["PSKOV (Regnum) - May 2, 2023 -"], "2023-05-02"),
    (["Published: 2022-11-05", "Tourism memorandum"], "2022-11-05"),
    (["Press release", "Minsk, 03.09.2021."], "2021-09-03"),
])
def test_a_dateline_dates_the_text_source(head, published):
    source, _ = extract(head)
    assert source["published"] == published


@pytest.mark.parametrize("head", [
    ["Vitebsk and Pskov: thirty years of ties"],
    ["Chapter 3. The regions in 1995-2005"],
    ["On 14 March 2024 the regions met in Minsk and agreed to meet again."],
    ["Report for 2023"],
    ["MINSK, 31.02.2024 - no such day"],
])
def test_no_dateline_no_published_date(head):
    source, _ = extract(head)
    assert source["published"] is None


@pytest.mark.parametrize("head,when,date", [
    (["VITEBSK, 14 March 2024 -"], "on Thursday", "2024-03"),
    (["VITEBSK, 3 April 2024 -"], "yesterday", "2024"),    # the month may be March
    (["VITEBSK, 14 March 2024 -"], "in 2019", "2019"),       # a stated date wins
    (["Vitebsk and Pskov renew ties"], "on Thursday", None),  # nothing to count from
])
def test_a_signing_told_relative_to_the_dateline_takes_its_month_or_year(head, when, date):
    _, signing = extract(head, when)
    assert signing["date"] == date


@given(st.lists(st.text(max_size=60), max_size=12))
def test_dateline_date_never_raises_and_gives_a_real_day(lines):
    found = dateline_date(lines)
    assert found is None or datetime.date.fromisoformat(found)


@pytest.mark.parametrize("dateline", ["Kazan, 14 May 2024", "KAZAN (Tatar-inform) - 14.05.2024",
                                      "Published: 2024-05-14"])
def test_a_dateline_alone_on_its_line_is_no_part_of_the_sentence_under_it(dateline):
    result = extract_lines([dateline, BODY.format(when="in 2019")], "wire.txt")
    (signing,) = [c for c in result.candidates if c["type"] == "SIGNED_AGREEMENT"]
    assert signing["evidence"]["line"] == 2
    assert signing["evidence"]["quote"].startswith("The Vitebsk Region")
    assert signing["date"] == "2019"


def test_a_dateline_that_opens_its_sentence_line_keeps_the_line():
    result = extract_lines([f"KAZAN, 14 May 2024 - {BODY.format(when='in 2019')}"], "wire.txt")
    (signing,) = [c for c in result.candidates if c["type"] == "SIGNED_AGREEMENT"]
    assert signing["evidence"]["line"] == 1

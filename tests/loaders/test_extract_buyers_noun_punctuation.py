"""A buyers' noun ending in "for" ("main markets for") followed by punctuation or the
end of the text is read without error (it stopped the whole document's extraction)."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


@pytest.mark.parametrize("line", [
    "Brnoplast s.r.o. names its main markets for",
    "The key markets for\u2014sheet steel\u2014are Austria and Hungary.",
    "Main markets for: Austria, Hungary.",
    "Top markets for, in order: Austria and Hungary.",
])
def test_buyers_noun_before_punctuation(line):
    result = extract_lines([line], "notes.txt")
    assert all(c["evidence"]["line"] == 1 for c in result.candidates)


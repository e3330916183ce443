"""Extraction reads any text to its end: texts made of the words its readers look for
(triggers, kind words, firms' forms, references, titles, punctuation) in any order
give candidates or none, never an exception."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relgraph.loaders.extract.pipeline import extract_lines

_WORDS = """Sligo Tralee Kempten Tempe Wels Austria Hungary Ireland Galway County Council
Borough Town City Region Province of the a and with to from for by in since 1993 2021
twinned twin towns partner sister signed agreement memorandum contract supplies exports
imports buys ships sells main markets key buyers customers among its our we it they
The Company Ltd s.r.o. GmbH JSC plant factory mayor governor said : ; , . — – - | ( )
" ? Q: A: 1. • > not never plans to will""".split()

# phrases the readers are built around, so that random lines meet them often
_PHRASES = ["main markets for", "key buyers of", "among its customers are",
            "is twinned with", "signed a twinning agreement with", "supplies steel to",
            "Sligo Borough Council", "the two towns", "the region's", "Tralee Ltd",
            "Twin Towns", "says the mayor of Galway", "exports to", "buys from"]

_line = st.lists(st.sampled_from(_WORDS) | st.sampled_from(_PHRASES),
                 max_size=14).map(" ".join)


@given(st.lists(_line, min_size=1, max_size=8))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_extraction_never_raises(lines):
    result = extract_lines(lines, "any.txt")
    assert all(1 <= c["evidence"]["line"] <= len(lines) for c in result.candidates)

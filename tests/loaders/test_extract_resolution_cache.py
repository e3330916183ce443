"""A document's resolution cache gives each mention what resolving it alone gives."""

from dataclasses import replace

import pytest

from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.parties import default_resolver, resolve_mention


@pytest.fixture(scope="module")
def resolver():
    r = default_resolver()
    if r is None:
        pytest.skip("the gazetteer is not available")
    return r


@pytest.mark.parametrize(("text", "kind", "field", "value"), [
    ("Polish", None, "adjectival", True),
    ("Tatar", "Company", "adjectival", True),
    ("Orion", "Company", "named_firm", True),
    ("Kazakh", "Company", "named_firm", True),
])
@pytest.mark.parametrize("first", ["plain", "marked"])
def test_cached_reading_is_the_mentions_own(resolver, text, kind, field, value, first):
    plain = Mention(text, 0, len(text), kind, None)
    marked = replace(plain, **{field: value})
    alone = {id(m): resolve_mention(m, resolver, None) for m in (plain, marked)}
    # the two readings differ, or the case proves nothing about the cache
    assert (alone[id(plain)].id, alone[id(plain)].label) != \
        (alone[id(marked)].id, alone[id(marked)].label)
    cache: dict = {}
    order = (plain, marked) if first == "plain" else (marked, plain)
    for m in order:
        got = resolve_mention(m, resolver, cache)
        assert (got.id, got.label) == (alone[id(m)].id, alone[id(m)].label)

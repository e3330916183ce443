import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from viz_samples import INJECTIONS

from relgraph.viz.safe import clean_url, escape, json_for_script, text


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
                    max_leaves=20))
def test_json_for_script_round_trips_and_never_contains_markup_characters(data):
    out = json_for_script(data)
    assert json.loads(out) == data
    assert not re.search("[<>&\u2028\u2029]", out)


@pytest.mark.parametrize("name", INJECTIONS)
def test_injection_names_cannot_close_a_script_element(name):
    out = json_for_script({"name": name})
    assert "</script" not in out.lower() and "<!--" not in out
    assert json.loads(out)["name"] == name


@pytest.mark.parametrize("name", INJECTIONS)
def test_escape_leaves_no_tag_or_attribute_breakout(name):
    out = escape(name)
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out


def test_text_folds_whitespace_removes_controls_and_cuts():
    assert text(" a\x00b\t\n c ") == "ab c"
    assert text(None) == ""
    assert text("x" * 500, limit=10) == "x" * 9 + "…"


@pytest.mark.parametrize("url,expected", [
    ("https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
    ("HTTP://Example.org", "http://example.org"),
    ("https://user:pw@example.org:8443/x", "https://example.org:8443/x"),
    ("javascript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("file:///home/someone/notes.txt", None),
    ("//example.org/x", None),
    ("https://exa mple.org/", None),
    ("https://example.org:99999/", None),
    (None, None),
    (42, None),
])
def test_clean_url_keeps_only_http_links_without_credentials(url, expected):
    assert clean_url(url) == expected

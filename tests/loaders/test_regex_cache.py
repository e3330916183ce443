"""Compiled patterns kept between runs (relgraph.loaders.regex_cache): what comes out of
the cache is the pattern a fresh compile gives, a damaged or unwritable cache changes
nothing, and the extractor's own patterns are the same text in every process, so that
its cache is read, not rewritten, on each run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from relgraph.loaders import regex_cache
from relgraph.loaders.regex_cache import cached_compiles

PATTERNS = [
    (r"(?P<town>[A-Z][\w'-]+)(?:\s+(?P<kind>Region|Oblast))?\b", 0),
    (r"twin(?:ned|ning)?\s+(?:towns?|cities)\s+with", re.IGNORECASE),
    (r"^\s*(\d{4})\s*[-–]\s*(\d{4})?$", re.MULTILINE),
    (rb"[\x00-\x08]+", 0),
]
TEXTS = ["Gomel Region signed", "TWINNED CITIES WITH", "  2004 – 2019", b"\x01\x02a"]


def compile_all() -> list[re.Pattern]:
    re.purge()   # past re's own memo, so that every compile reaches the cache
    return [re.compile(p, f) for p, f in PATTERNS]


def fresh() -> list[re.Pattern]:
    re.purge()
    return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_from_the_cache_equal_fresh_ones_and_match_alike(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    with cached_compiles(path):
        first = compile_all()
    assert path.exists()

    def no_compiling(*args):
        raise AssertionError("compiled again although cached")

    monkeypatch.setattr(regex_cache, "_compiler_args", no_compiling)
    with cached_compiles(path):
        second = compile_all()
    expected = fresh()
    assert second == expected == first
    for got, want, text in zip(second, expected, TEXTS, strict=True):
        assert got.groupindex == want.groupindex and got.groups == want.groups
        m, n = got.search(text), want.search(text)
        assert m is not None and m.groups() == n.groups() and m.span() == n.span()


def test_compiling_outside_the_block_is_untouched(tmp_path):
    path = tmp_path / "regex.marshal"
    with cached_compiles(path):
        pass
    assert re._compiler.compile is regex_cache._REAL_COMPILE
    re.purge()
    re.compile(r"only\s+outside")
    assert not path.exists()   # nothing compiled inside: nothing written


def test_a_pattern_that_does_not_compile_raises_as_before_and_is_not_stored(tmp_path):
    path = tmp_path / "regex.marshal"
    with pytest.raises(re.error, match="missing \\)"), cached_compiles(path):
        re.compile(r"(unclosed")
    with cached_compiles(path):
        compile_all()
    stored = regex_cache._read(path)
    assert ("(unclosed", 0) not in stored and len(stored) == len(PATTERNS)


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\xff" * 64])
def test_a_damaged_cache_is_compiled_afresh_and_replaced(tmp_path, damage):
    path = tmp_path / "regex.marshal"
    path.write_bytes(damage)
    with cached_compiles(path):
        got = compile_all()
    assert got == fresh()
    assert len(regex_cache._read(path)) == len(PATTERNS)


def test_a_damaged_entry_is_compiled_afresh(tmp_path):
    path = tmp_path / "regex.marshal"
    with cached_compiles(path):
        compile_all()
    version, entries = regex_cache.marshal.loads(path.read_bytes())
    key = (PATTERNS[0][0], 0)
    flags, code, groups, groupindex, indexgroup = entries[key]
    entries[key] = (flags, code[:8], groups, groupindex, indexgroup)   # truncated code
    path.write_bytes(regex_cache.marshal.dumps((version, entries)))
    with cached_compiles(path):
        got = compile_all()
    assert got == fresh()


def test_an_unwritable_cache_folder_changes_nothing(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with cached_compiles(blocker / "sub" / "regex.marshal"):
        got = compile_all()
    assert got == fresh()


def _import_extractor(cache_home, seed: str) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-c", "import relgraph.loaders.extract"], env=env,
                   check=True)


def test_the_extractors_patterns_are_the_same_text_whatever_the_hash_seed(tmp_path):
    # Alternations of word sets are sorted to one order: with set order, a few long
    # patterns differed from process to process, missed the cache and had the file
    # rewritten on every run.
    _import_extractor(tmp_path, "1")
    (path,) = (tmp_path / "relgraph").glob("regex-*.marshal")
    first = path.read_bytes()
    assert len(regex_cache._read(path)) > 500
    _import_extractor(tmp_path, "2")
    assert path.read_bytes() == first


def test_the_extractor_finds_the_same_with_and_without_its_cache(tmp_path):
    script = ("import json\nfrom relgraph.loaders.extract import extract_text\n"
              "print(json.dumps(extract_text('In 2016 Mogilev signed an agreement with "
              "Kaluga, and Gomel is twinned with Aarhus.', resolver=None).candidates))")
    outputs = []
    for home in (tmp_path / "a-file", tmp_path, tmp_path):   # no cache, cold, warm
        (tmp_path / "a-file").write_text("")
        env = {**os.environ, "XDG_CACHE_HOME": str(home)}
        done = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                              capture_output=True, text=True)
        outputs.append(json.loads(done.stdout))
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]
    assert list((tmp_path / "relgraph").glob("regex-*.marshal"))

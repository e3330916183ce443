"""The gazetteer's text kept uncompressed in the user's cache folder: the lines read
from the cache are the bundled file's, and a damaged, stale or unwritable cache is
rebuilt or done without."""

from __future__ import annotations

import gzip

import pytest

from relgraph.loaders import gazetteer

NAME = "names.tsv.gz"   # the smaller of the two files


@pytest.fixture(scope="module")
def bundled() -> bytes:
    return gzip.decompress(gazetteer.resources.files(gazetteer.__name__)
                           .joinpath(NAME).read_bytes())


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "relgraph"


def cached_files(cache_home):
    return sorted(cache_home.glob("gazetteer-names.tsv-*"))


def test_the_second_load_reads_the_cache_and_gives_the_same_lines(cache_home, bundled,
                                                                  monkeypatch):
    first = gazetteer._lines(NAME)
    (path,) = cached_files(cache_home)
    assert path.read_bytes() == bundled

    def no_decompressing(data):
        raise AssertionError("decompressed although cached")

    monkeypatch.setattr(gazetteer.gzip, "decompress", no_decompressing)
    second = gazetteer._lines(NAME)
    assert second == first == bundled.rstrip(b"\n").split(b"\n")


def test_a_truncated_cache_is_not_used_and_is_replaced(cache_home, bundled):
    gazetteer._lines(NAME)
    (path,) = cached_files(cache_home)
    path.write_bytes(bundled[:1000])
    assert gazetteer._uncompressed(NAME) == bundled
    assert path.read_bytes() == bundled


def test_another_version_of_the_data_is_removed_when_this_one_is_written(cache_home):
    cache_home.mkdir(parents=True)
    stale = cache_home / "gazetteer-names.tsv-00000000-12"
    stale.write_bytes(b"old gazetteer")
    other = cache_home / "gazetteer-places.tsv-00000000-12"   # another file's: kept
    other.write_bytes(b"old places")
    gazetteer._lines(NAME)
    assert not stale.exists() and other.exists()
    assert len(cached_files(cache_home)) == 1


def test_an_unwritable_cache_folder_changes_nothing(tmp_path, monkeypatch, bundled):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert gazetteer._uncompressed(NAME) == bundled

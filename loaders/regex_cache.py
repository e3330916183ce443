"""Compiled regular expressions kept between runs.

The extractor's modules compile about 830 patterns when imported. Python's ``re``
compiles in pure Python (parse, then code generation), which made most of the
import's time: 0.65 s of the 1.0 s of CPU that importing the extractor took on the
shared 2-core machine, in every ``relgraph extract``. What
compiling yields, beside the pattern and its flags, is a list of integers (the code
``_sre`` runs), its group count and group names; these depend only on the pattern, its
flags and the Python version. :func:`cached_compiles` keeps them in a file of the
user's cache folder and hands them straight to ``_sre`` the next time.

Nothing changes for the code that compiles: ``re.compile`` returns an equal Pattern
(same pattern, flags and code, which is what Pattern equality compares), errors are
raised as before (a pattern that does not compile is never stored), and a cache that
is missing, unreadable, corrupt, written by another Python or not writable is simply
not used. The first use in a process checks that this Python compiles as assumed
(an equal Pattern for a probe); if not, nothing is cached.

>>> import re, tempfile
>>> path = Path(tempfile.mkdtemp()) / "regex.marshal"
>>> with cached_compiles(path):
...     first = re.compile(r"(?P<town>[A-Z]\\w+)-on-(?i:sea)", re.VERBOSE)
>>> re.purge()
>>> with cached_compiles(path):
...     second = re.compile(r"(?P<town>[A-Z]\\w+)-on-(?i:sea)", re.VERBOSE)
>>> first == second, second.groupindex["town"], bool(second.match("Southend-on-SEA"))
(True, 1, True)
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import re
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path

from relgraph.loaders import user_cache

#: The regex engine's internals that :func:`_compiler_args` and :func:`_build` use; on a
#: Python whose ``re`` does not have them the cache is off.
try:
    import _sre
    from re import _compiler, _parser
except ImportError:   # pragma: no cover - another Python implementation
    _sre = _compiler = _parser = None
#: The array type of ``_sre``'s code words (unsigned, ``_sre.CODESIZE`` bytes).
_CODE_TYPE = next((t for t in "IL" if _sre and array(t).itemsize == _sre.CODESIZE), None)
_REAL_COMPILE = _compiler.compile if _compiler is not None else None

#: Bumped when what the file holds changes.
_FORMAT = 2
#: A pattern with named and unnamed groups, inline and given flags: compiled both
#: ways, the results must be equal before anything is cached.
_PROBE = (r"(?P<a>x+)(y)?(?i:z)\b|[^\W\d]{2,}", re.VERBOSE | re.MULTILINE)


def _compiler_args(pattern: str | bytes, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern: the
    same steps, kept so that they can be stored."""
    p = _parser.parse(pattern, flags)
    code = array(_CODE_TYPE, _compiler._code(p, flags)).tobytes()   # compact, quick to load
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern: str | bytes, args: tuple) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = args
    return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex,
                        indexgroup)


@functools.cache
def _usable() -> bool:
    """This Python compiles as :func:`_compiler_args` assumes (checked once)."""
    if _sre is None or _CODE_TYPE is None or sys.implementation.name != "cpython":
        return False
    try:
        pattern, flags = _PROBE
        return _build(pattern, _compiler_args(pattern, flags)) == \
            _compiler.compile(pattern, flags)
    except Exception:
        return False


def default_path() -> Path | None:
    """The cache file of this installation and Python, in the user's cache folder
    (:mod:`relgraph.loaders.user_cache`), named by the Python, the regex engine's version
    and where relgraph is installed. None without a home folder."""
    where = user_cache.folder()
    if where is None:
        return None
    magic = getattr(_sre, "MAGIC", 0)
    return where / (f"regex-{sys.implementation.cache_tag}-{magic}-"
                    f"{user_cache.install_tag()}.marshal")


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            version, entries = marshal.loads(f.read())   # load(f) reads in small pieces
    except Exception:   # missing, truncated, or not ours: a miss
        return {}
    return entries if version == _FORMAT and isinstance(entries, dict) else {}


def _write(path: Path, entries: dict) -> None:
    try:
        data = marshal.dumps((_FORMAT, entries))
    except ValueError:   # a pattern marshal cannot write
        return
    user_cache.write_atomic(path, data)


@contextlib.contextmanager
def cached_compiles(path: Path | None = None) -> Iterator[None]:
    """Within the block, string patterns that ``re`` compiles come from the cache file
    ``path`` (default :func:`default_path`) when it has them; the file is rewritten
    afterwards if the block compiled one it did not have."""
    path = default_path() if path is None else path
    if path is None or not _usable() or _compiler.compile is not _REAL_COMPILE:
        yield   # no cache, or inside another such block (another thread's import)
        return
    stored = _read(path)
    used: dict = {}
    real = _REAL_COMPILE

    def compile(pattern, flags=0):
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return real(pattern, flags)
        key = (pattern, int(flags))
        args = stored.get(key)
        if args is not None:
            try:
                compiled = _build(pattern, args)
            except Exception:   # damaged entry: compile afresh
                args = None
        if args is None:
            args = _compiler_args(pattern, flags)
            compiled = _build(pattern, args)
        used[key] = args
        return compiled

    _compiler.compile = compile
    try:
        yield
    finally:
        if _compiler.compile is compile:
            _compiler.compile = real
    if used.keys() - stored.keys():
        # Keep what other imports of this installation compiled too, unless the file
        # would grow past twice what this block used (patterns edited away).
        merged = {**stored, **used}
        _write(path, merged if len(merged) <= 2 * len(used) else used)

"""The rows of a YAML sheet, one at a time, within bounds.

A YAML sheet is a list of mappings (or a mapping holding one such list). Each item of
the list is composed and constructed on its own, so memory holds one row, and under
guard: nesting deeper than :data:`~relgraph.loaders.inputs.MAX_DEPTH`, an alias to the
collection it is inside (a recursive structure), or aliases that make one row expand
to more than :data:`~relgraph.loaders.inputs.MAX_ALIAS_VALUES` values (the "billion
laughs" bomb: nine lists of nine aliases to the list before are a billion values in a
few hundred bytes) stop the reading with the line where it happened. Plain anchors and
aliases (``sources: *ours`` in every row) stay allowed.

>>> import io
>>> [item for _, item, _ in yaml_items(io.StringIO("- a: 1\\n- a: 2\\n"))]
[{'a': 1}, {'a': 2}]
>>> bomb = "- a: &x [1, 1]\\n" + "".join(
...     f"  a{i}: &x{i} [{', '.join(['*x' if i == 0 else f'*x{i-1}'] * 10)}]\\n"
...     for i in range(6))
>>> list(yaml_items(io.StringIO(bomb)))
Traceback (most recent call last):
...
relgraph.loaders.inputs.InputError: aliases make this row expand to more than 10,000 ...
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from relgraph.loaders import inputs
from relgraph.loaders.inputs import InputError

try:   # libyaml's parser, ten times faster than PyYAML's own
    from yaml._yaml import CParser as _Parser
except ImportError:   # pragma: no cover - PyYAML without libyaml
    from yaml.parser import Parser as _Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner
    _PARSER_BASES: tuple = (Reader, Scanner, _Parser)
else:
    _PARSER_BASES = (_Parser,)


class _GuardedLoader(*_PARSER_BASES, Composer, SafeConstructor, Resolver):
    """PyYAML's composer, fed by libyaml's events, counting depth and alias expansion."""

    def __init__(self, stream: IO[str]):
        if len(_PARSER_BASES) == 1:
            _Parser.__init__(self, stream)
        else:   # pragma: no cover
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            _Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self.depth = 0
        self.expanded = 0
        self.open_anchors: set[str] = set()
        self.sizes: dict[int, tuple[Any, int]] = {}

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            if event.anchor in self.open_anchors:
                raise InputError(_line(event), f"the alias *{event.anchor} is inside the "
                                               "collection it names (a recursive structure)")
            node = super().compose_node(parent, index)
            budget = inputs.MAX_ALIAS_VALUES - self.expanded
            self.expanded += self._size(node, budget)
            if self.expanded > inputs.MAX_ALIAS_VALUES:
                raise InputError(_line(event), "aliases make this row expand to more than "
                                               f"{inputs.MAX_ALIAS_VALUES:,} values (a "
                                               '"billion laughs" YAML?); write the values out')
            return node
        self.depth += 1
        if self.depth > inputs.MAX_DEPTH:
            raise InputError(_line(event), f"nested deeper than {inputs.MAX_DEPTH} levels")
        anchor = event.anchor if isinstance(event, CollectionStartEvent) else None
        if anchor:
            self.open_anchors.add(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1
            if anchor:
                self.open_anchors.discard(anchor)

    def _size(self, node, budget: int) -> int:
        """How many values ``node`` stands for with every alias written out; stops
        counting once past ``budget``. Shared subtrees are counted once each, so the
        work is bounded by the distinct nodes, not by the expansion."""
        memo = self.sizes
        stack = [(node, False)]
        while stack:
            n, children_done = stack.pop()
            if id(n) in memo:
                continue
            kids = _children(n)
            if not children_done:
                stack.append((n, True))
                stack.extend((k, False) for k in kids if id(k) not in memo)
                continue
            size = 1 + sum(memo[id(k)][1] for k in kids)
            memo[id(n)] = (n, size)   # the node itself is kept, so its id stays its own
            if size > budget:
                return size
        return memo[id(node)][1]


def _children(node) -> list:
    if isinstance(node, SequenceNode):
        return node.value
    if isinstance(node, MappingNode):
        return [x for pair in node.value for x in pair]
    return []


def _line(event) -> int:
    mark = getattr(event, "start_mark", None)
    return mark.line + 1 if mark is not None else 0


def yaml_items(stream: IO[str]) -> Iterator[tuple[int, Any, str | None]]:
    """``(line, item, problem)`` for each item of the sheet's list: the constructed
    item, or None and why it cannot be read. Raises :class:`InputError` when the
    file cannot be read further."""
    loader = _GuardedLoader(stream)
    try:
        yield from _items(loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        reason = e.problem or e.context or str(e)
        if "nesting depth" in reason:   # libyaml's own limit, met while scanning ahead
            reason = f"nested too deep ({reason})"
        raise InputError(mark.line + 1 if mark else 0, f"invalid YAML: {reason}") from None
    except yaml.YAMLError as e:
        raise InputError(0, f"invalid YAML: {e}") from None
    finally:
        loader.dispose()


def _items(loader: _GuardedLoader) -> Iterator[tuple[int, Any, str | None]]:
    loader.get_event()                       # stream start
    if loader.check_event(StreamEndEvent):
        return
    loader.get_event()                       # document start
    event = loader.peek_event()
    if isinstance(event, SequenceStartEvent):
        yield from _sequence(loader)
    elif isinstance(event, MappingStartEvent):
        # {twinnings: [...]}: the one list-valued member holds the rows.
        loader.get_event()
        found = False
        while not loader.check_event(MappingEndEvent):
            _discard(loader)                 # the key
            if loader.check_event(SequenceStartEvent):
                if found:
                    raise InputError(_line(loader.peek_event()), "expected a YAML list of "
                                                                 "mappings, found two lists")
                found = True
                yield from _sequence(loader)
            else:
                _discard(loader)
        loader.get_event()
        if not found:
            raise InputError(_line(event), "expected a YAML list of mappings")
    elif isinstance(event, ScalarEvent) and event.value.strip() in ("", "~", "null"):
        loader.get_event()                   # an empty document
    else:
        raise InputError(_line(event), "expected a YAML list of mappings")
    if not loader.check_event(DocumentEndEvent):   # pragma: no cover - libyaml's order
        raise InputError(_line(loader.peek_event()), "invalid YAML after the list")
    loader.get_event()
    if not loader.check_event(StreamEndEvent):
        raise InputError(_line(loader.peek_event()), "more than one YAML document "
                                                     "(a line with ---); keep one list")


def _discard(loader: _GuardedLoader) -> None:
    loader.expanded = 0
    loader.compose_node(None, None)


def _sequence(loader: _GuardedLoader) -> Iterator[tuple[int, Any, str | None]]:
    start = loader.get_event()
    if start.anchor:
        loader.open_anchors.add(start.anchor)
    index = 0
    while not loader.check_event(SequenceEndEvent):
        loader.expanded = 0
        line = _line(loader.peek_event())
        node = loader.compose_node(None, index)
        index += 1
        why = _duplicate_key(node)
        if why:
            yield line, None, why
            continue
        try:
            item = loader.construct_document(node)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as e:
            reason = getattr(e, "problem", None) or str(e)
            yield line, None, f"cannot read this row: {reason}"
            continue
        if not isinstance(item, dict):
            yield line, None, "expected a mapping of column names to values"
            continue
        yield line, item, None
    loader.get_event()


def _duplicate_key(node) -> str | None:
    if not isinstance(node, MappingNode):
        return None
    seen: set[str] = set()
    for key, _ in node.value:
        if isinstance(key, ScalarNode):
            name = key.value.strip().lower()
            if name in seen and name != "<<":
                return f"the column {name!r} appears twice in this row"
            seen.add(name)
    return None

"""Property values as other tools can hold them.

``Store.fetch()`` gives Python values: texts, numbers, booleans, lists of texts, and
the schema's JSON properties (``evidence``, ``centrality_run``) decoded into dicts.
GraphML, GEXF and CSV cells hold scalars only, and a Bolt server stores lists of
primitives but no maps; these helpers turn values into what each target can hold,
the same way every time, so exports are byte-for-byte reproducible.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from relgraph.graph.schema import SCHEMA


def to_json(value: Any) -> str:
    """Compact, key-sorted JSON text, as the store encodes its JSON properties.

    >>> to_json({"quote": "Гомель", "line": 3})
    '{"line": 3, "quote": "Гомель"}'
    """
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def stored_properties(name: str, attrs: Mapping[str, Any], *,
                      skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The properties of a fetched node or edge as the store holds them: ``None``
    dropped, JSON properties of label/type ``name`` encoded as text again.

    >>> stored_properties("SUPPLIES_TO", {"type": "SUPPLIES_TO", "goods": "buses",
    ...                   "evidence": {"line": 2}, "value_usd": None}, skip=("type",))
    {'goods': 'buses', 'evidence': '{"line": 2}'}
    """
    json_keys = SCHEMA.json_properties(name)
    out = {}
    for key, value in attrs.items():
        if key in skip or value is None:
            continue
        if key in json_keys or isinstance(value, Mapping):
            value = value if isinstance(value, str) else to_json(value)
        out[key] = value
    return out


def scalar(value: Any) -> Any:
    """A value a GraphML/GEXF attribute can hold: lists and dicts become JSON text.

    JSON rather than ``|``-joined text, because it is unambiguous (names may contain
    ``|``) and every tool can decode it: ``json.loads(attrs["aliases"])``.

    >>> scalar(["Gomel", "Homiel"]), scalar({"a": 1}), scalar(2.5), scalar(True)
    ('["Gomel", "Homiel"]', '{"a": 1}', 2.5, True)
    """
    if isinstance(value, (list, tuple, dict)):
        return to_json(list(value) if isinstance(value, tuple) else value)
    return value


# Characters XML 1.0 cannot hold at all (not even as &#...; references).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(value: Any) -> Any:
    r"""Text with the characters XML 1.0 forbids replaced by U+FFFD, so GraphML and
    GEXF files stay readable (NetworkX's writers would copy them into invalid XML).
    Lists and dicts are already safe: their JSON text escapes control characters.

    >>> xml_safe("bell\x07, tab\t") == "bell\ufffd, tab\t", xml_safe(3)
    (True, 3)
    """
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def kind_of(value: Any) -> str:
    """The broad type of a scalar: boolean, integer, float or string."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    return "string"


def unify(kinds: set[str]) -> str:
    """One type for an attribute seen with several: GraphML and GEXF declare one type
    per attribute, and a whole number stored on one tie and a fraction on another
    (``value_usd``) must not split the column.

    >>> unify({"integer", "float"}), unify({"integer"}), unify({"boolean", "integer"})
    ('float', 'integer', 'string')
    """
    if len(kinds) <= 1:
        return next(iter(kinds), "string")
    if kinds == {"integer", "float"}:
        return "float"
    return "string"


def coerce(value: Any, kind: str) -> Any:
    """``value`` as ``kind`` (from :func:`unify`)."""
    if kind == "float" and not isinstance(value, bool) and isinstance(value, int):
        return float(value)
    if kind == "string" and not isinstance(value, str):
        return to_json(value) if not isinstance(value, float) else repr(value)
    return value


def check_finite(value: Any, where: str) -> None:
    """Refuse NaN and infinity, which no export format can carry portably."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{where}: {value!r} cannot be exported")


def display_name(node_id: str, attrs: Mapping[str, Any]) -> str:
    """What a viewer should show for a node: its name, else its title, else its id."""
    for key in ("name", "title"):
        if isinstance(attrs.get(key), str) and attrs[key]:
            return attrs[key]
    return str(node_id)

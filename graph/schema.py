"""The data model as data: ``schema.yaml`` loaded once, with the checks built on it.

This module is the allow-list: a label or relationship type can only reach a Cypher
statement after :meth:`Schema.label` / :meth:`Schema.relationship` accepted it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from relgraph.graph.errors import SchemaError

DATE_RE = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Half of a UTF-16 pair with no partner: Python holds it (a JSON "\ud800" escape,
# a file decoded with surrogateescape), UTF-8 and so Bolt cannot carry it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class PropertySpec:
    name: str
    type: str
    required: bool = False
    choices: tuple | None = None


@dataclass(frozen=True)
class LabelSpec:
    name: str
    id_prefix: str
    properties: dict[str, PropertySpec]


@dataclass(frozen=True)
class RelationshipSpec:
    name: str
    from_labels: tuple[str, ...]
    to_labels: tuple[str, ...]
    properties: dict[str, PropertySpec]
    undirected: bool = False


def year_of(date: str | None) -> int | None:
    """The year of an ISO date with reduced precision (``2018-06`` -> 2018)."""
    if not date:
        return None
    m = DATE_RE.match(str(date))
    return int(m.group(1)) if m else None


def check_value(spec: PropertySpec, value: Any) -> str | None:
    """Return why ``value`` does not fit ``spec``, or None when it fits."""
    if value is None:
        return None
    t = spec.type
    if t in ("string", "date", "country") and not isinstance(value, str):
        return f"expected text, got {type(value).__name__}"
    if t in ("string", "date", "country") and "\x00" in value:
        # Bolt carries it, but CSV, neo4j-admin and most tools stop at a NUL.
        return "contains a NUL character"
    if t in ("string", "date", "country") and _LONE_SURROGATE.search(value):
        return "contains a lone surrogate (not valid Unicode text)"
    if t == "date" and not DATE_RE.match(value):
        return f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}"
    if t == "date" and value.startswith("0000"):
        return f"no year 0000 (years run from 0001): {value!r}"
    if t == "date":
        import datetime
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            try:
                datetime.date(*parts)
            except ValueError:
                return f"no such day: {value!r}"
    if t == "country" and not _COUNTRY_RE.match(value):
        return f"not an ISO 3166 alpha-2 country code: {value!r}"
    if t == "integer" and (isinstance(value, bool) or not isinstance(value, int)):
        return f"expected a whole number, got {value!r}"
    if t == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"expected a number, got {value!r}"
        if not math.isfinite(value):
            return f"expected a finite number, got {value!r}"
    if t == "boolean" and not isinstance(value, bool):
        return f"expected true or false, got {value!r}"
    if t == "string_list" and not (isinstance(value, list)
                                   and all(isinstance(v, str) for v in value)):
        return f"expected a list of texts, got {value!r}"
    if t == "string_list" and any("\x00" in v for v in value):
        return "contains a NUL character"
    if t == "string_list" and any(_LONE_SURROGATE.search(v) for v in value):
        return "contains a lone surrogate (not valid Unicode text)"
    if t == "json":
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            return "not representable as JSON"
    if spec.choices is not None and value not in spec.choices:
        return f"{value!r} is not one of {', '.join(map(str, spec.choices))}"
    return None


class Schema:
    """Labels, relationship types and their properties, from ``schema.yaml``."""

    def __init__(self, data: dict):
        self.labels: dict[str, LabelSpec] = {}
        self._prefixes: dict[str, str] = {}
        for name, spec in data["nodes"].items():
            self._check_identifier(name)
            props = self._properties(spec["properties"])
            self.labels[name] = LabelSpec(name, spec["id_prefix"], props)
            self._prefixes[spec["id_prefix"]] = name
        self.relationships: dict[str, RelationshipSpec] = {}
        for name, spec in data["relationships"].items():
            self._check_identifier(name)
            self.relationships[name] = RelationshipSpec(
                name, tuple(spec["from"]), tuple(spec["to"]),
                self._properties(spec["properties"]), bool(spec.get("undirected")))

    @staticmethod
    def _check_identifier(name: str) -> None:
        # Labels and types are spliced into statements, so the schema file itself must
        # not be able to smuggle Cypher in.
        if not _IDENT_RE.match(name):
            raise SchemaError(f"schema declares an invalid identifier: {name!r}")

    @staticmethod
    def _properties(raw: dict) -> dict[str, PropertySpec]:
        return {k: PropertySpec(k, v["type"], bool(v.get("required")),
                                tuple(v["choices"]) if "choices" in v else None)
                for k, v in raw.items()}

    # -- allow-list -----------------------------------------------------------------
    def label(self, name: str) -> LabelSpec:
        try:
            return self.labels[name]
        except KeyError:
            raise SchemaError(f"unknown label {name!r}; known: {', '.join(self.labels)}") from None

    def relationship(self, name: str) -> RelationshipSpec:
        try:
            return self.relationships[name]
        except KeyError:
            raise SchemaError(f"unknown relationship type {name!r}; known: "
                              f"{', '.join(self.relationships)}") from None

    def has_relationship(self, name: str) -> bool:
        return name in self.relationships

    def label_for_id(self, node_id: str) -> str:
        """The label a node id belongs to, from its prefix (``region:by:x`` -> Region)."""
        prefix = node_id.split(":", 1)[0]
        try:
            return self._prefixes[prefix]
        except KeyError:
            raise SchemaError(f"id {node_id!r} has no known prefix; ids start with one of "
                              f"{', '.join(p + ':' for p in self._prefixes)}") from None

    # -- validation -----------------------------------------------------------------
    def node_problems(self, label: str, node_id: str, props: dict) -> list[str]:
        """Every reason the node does not fit the schema (empty when it does)."""
        spec = self.label(label)
        problems = []
        if not node_id.startswith(spec.id_prefix + ":"):
            problems.append(f"id: {node_id!r} must start with {spec.id_prefix}:")
        problems += self._property_problems(spec.properties, {"id": node_id, **props})
        return problems

    def relationship_problems(self, rel_type: str, start: str, end: str,
                              props: dict) -> list[str]:
        spec = self.relationship(rel_type)
        problems = []
        for side, node_id, allowed in (("start", start, spec.from_labels),
                                       ("end", end, spec.to_labels)):
            try:
                label = self.label_for_id(node_id)
            except SchemaError as e:
                problems.append(f"{side}: {e}")
                continue
            if label not in allowed:
                problems.append(f"{side}: {rel_type} cannot {'start' if side == 'start' else 'end'}"
                                f" at a {label} (allowed: {', '.join(allowed)})")
        problems += self._property_problems(spec.properties, props)
        return problems

    def update_problems(self, label: str, props: dict) -> list[str]:
        """Problems of a partial update of a node's properties (nothing is required)."""
        return self._property_problems(self.label(label).properties, props, partial=True)

    @staticmethod
    def _property_problems(specs: dict[str, PropertySpec], props: dict, *,
                           partial: bool = False) -> list[str]:
        problems = []
        for key, value in props.items():
            if key not in specs:
                problems.append(f"{key}: unknown property (known: {', '.join(specs)})")
                continue
            why = check_value(specs[key], value)
            if why:
                problems.append(f"{key}: {why}")
        for key, spec in specs.items():
            if not partial and spec.required and props.get(key) in (None, ""):
                problems.append(f"{key}: required")
        return problems

    def json_properties(self, label_or_type: str) -> set[str]:
        spec = self.labels.get(label_or_type) or self.relationships.get(label_or_type)
        return {k for k, p in spec.properties.items() if p.type == "json"} if spec else set()


def _load() -> Schema:
    text = resources.files("relgraph.graph").joinpath("schema.yaml").read_text(encoding="utf-8")
    # libyaml's parser when PyYAML has it: the same data, read in a twentieth of the
    # time (the pure-Python parser took 30-60 ms of every command's start).
    return Schema(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


SCHEMA = _load()

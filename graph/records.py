"""Record types shared by the loaders, the store, the analytics and the views.

A ``Node`` is a label, an id and its properties; a ``Relationship`` is a type, the
ids of its two ends and its properties. Endpoint labels are not stored on the
relationship: they follow from the id prefix (``region:...`` is a Region), which
keeps ids the only thing two records need to agree on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from relgraph.graph import ids
from relgraph.graph.schema import SCHEMA


@dataclass(frozen=True)
class Node:
    """A node to write: ``label`` from the schema, deterministic ``id``, properties."""

    label: str
    id: str
    properties: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)

    @property
    def name(self) -> str | None:
        return self.properties.get("name")


@dataclass(frozen=True)
class Relationship:
    """A relationship to write, from node ``start`` to node ``end`` (both ids).

    ``id`` defaults to :func:`graph.ids.relationship_id` of the type and endpoints, so
    at most one tie of a type links two nodes unless ``discriminators`` tell them apart.
    Undirected types (TWINNED_WITH) are stored once, from the smaller id to the larger.
    """

    type: str
    start: str
    end: str
    properties: dict[str, Any] = field(default_factory=dict, hash=False)
    id: str = ""

    def __post_init__(self):
        spec = SCHEMA.relationship(self.type) if SCHEMA.has_relationship(self.type) else None
        if spec is not None and spec.undirected and self.start > self.end:
            start, end = self.end, self.start
            object.__setattr__(self, "start", start)
            object.__setattr__(self, "end", end)
        if not self.id:
            object.__setattr__(self, "id", ids.relationship_id(
                self.type, self.start, self.end,
                undirected=bool(spec and spec.undirected)))

    @property
    def start_label(self) -> str:
        return SCHEMA.label_for_id(self.start)

    @property
    def end_label(self) -> str:
        return SCHEMA.label_for_id(self.end)


@dataclass(frozen=True)
class Source:
    """Where a fact was read: an article, a monograph, a web page."""

    title: str
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    id: str = ""

    def __post_init__(self):
        if not self.id:
            object.__setattr__(self, "id", ids.source_id(self.title, self.url))

    def to_node(self) -> Node:
        props = {"name": self.title, "title": self.title, "url": self.url,
                 "published": self.published, "publisher": self.publisher}
        return Node("Source", self.id, {k: v for k, v in props.items() if v is not None})

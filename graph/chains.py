"""Paths and relationships returned by a query, as chains a person reads:
``Minsk -[TWINNED_WITH 2010]- Bryansk -[SUPPLIES_TO 2012]-> Gomel Region``.

The store turns the driver's ``Path`` and ``Relationship`` values of ``relgraph query``
into :class:`Chain`; tables and CSV show its text, JSON its nodes and relationships
with every property.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Relationship types read without a direction (stored once, either way round).
UNDIRECTED = frozenset({"TWINNED_WITH"})


@dataclass(frozen=True)
class Chain:
    """Nodes (property dicts) and the relationships between them, in order: the
    relationship ``i`` links ``nodes[i]`` and ``nodes[i + 1]``, and ``forward[i]``
    says whether it points from the first to the second.

    >>> minsk = {"id": "city:by:minsk", "name": "Minsk"}
    >>> bryansk = {"id": "city:ru:bryansk", "name": "Bryansk"}
    >>> gomel = {"id": "region:by:gomel", "name": "Gomel Region"}
    >>> print(Chain([minsk, bryansk, gomel],
    ...             [("TWINNED_WITH", {"since": "2010"}), ("SUPPLIES_TO", {"year": 2012})],
    ...             [True, False]))
    Minsk -[TWINNED_WITH 2010]- Bryansk <-[SUPPLIES_TO 2012]- Gomel Region
    """

    nodes: list[dict[str, Any]]
    relationships: list[tuple[str, dict[str, Any]]]
    forward: list[bool]

    def __str__(self) -> str:
        parts = [_node_text(self.nodes[0])] if self.nodes else []
        for (rel_type, props), ahead, node in zip(self.relationships, self.forward,
                                                  self.nodes[1:], strict=False):
            when = props.get("since") or props.get("date") or props.get("year")
            inner = f"{rel_type} {when}" if when not in (None, "") else rel_type
            if rel_type in UNDIRECTED:
                parts.append(f"-[{inner}]-")
            else:
                parts.append(f"-[{inner}]->" if ahead else f"<-[{inner}]-")
            parts.append(_node_text(node))
        return " ".join(parts)

    def as_json(self) -> dict[str, Any]:
        """Every property, for ``--format json``; ``text`` is the chain as shown."""
        ids = [n.get("id") for n in self.nodes]
        return {"text": str(self), "nodes": self.nodes, "relationships": [
            {"type": t, "start": ids[i] if ahead else ids[i + 1],
             "end": ids[i + 1] if ahead else ids[i], "properties": props}
            for i, ((t, props), ahead) in enumerate(zip(self.relationships, self.forward,
                                                        strict=True))]}


def _node_text(node: dict[str, Any]) -> str:
    return str(node.get("name") or node.get("title") or node.get("id") or "?")


def plain(value: Any) -> Any:
    """A driver value as plain Python: nodes as property dicts (as ``Record.data()``
    gives them), paths and relationships as :class:`Chain`, lists and maps walked."""
    from neo4j.graph import Node, Path, Relationship
    if isinstance(value, Path):
        nodes = list(value.nodes)
        return Chain([dict(n) for n in nodes],
                     [(r.type, dict(r)) for r in value.relationships],
                     [r.start_node is not None and n.element_id == r.start_node.element_id
                      for r, n in zip(value.relationships, nodes, strict=False)])
    if isinstance(value, Relationship):
        return Chain([dict(value.start_node or {}), dict(value.end_node or {})],
                     [(value.type, dict(value))], [True])
    if isinstance(value, Node):
        return dict(value)
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value

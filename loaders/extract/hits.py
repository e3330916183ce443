"""What a pattern found in a sentence: two mentions, the trigger, and how sure it is.

>>> from relgraph.loaders.extract.mentions import Mention
>>> a, b = Mention("Tarnow", 0, 6), Mention("Mirgorod", 20, 28)
>>> h = Hit("SUPPLIES_TO", a, b, (7, 15), 0.8, "verb to")
>>> h.a.text, h.b.text, h.extra
('Tarnow', 'Mirgorod', {})
"""

from __future__ import annotations

from dataclasses import dataclass, field

from relgraph.loaders.extract.mentions import Mention


@dataclass
class Hit:
    rel_type: str
    a: Mention                      # the supplier for SUPPLIES_TO
    b: Mention
    trigger: tuple[int, int]
    confidence: float
    how: str                        # the pairing rule, for debugging patterns
    kind: str | None = None         # document kind (SIGNED_AGREEMENT)
    title: str | None = None
    extra: dict = field(default_factory=dict)
    parties: tuple | None = None    # resolved parties, when a frame found them itself

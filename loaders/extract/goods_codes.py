"""Words in capitals that qualify the goods after them.

Writers name a kind of product, a standard or a maker by letters before the goods'
noun: "UHT milk", "LNG cargoes", "CNC lathes", "KAMAZ trucks". The letters may also
spell a town (GeoNames gives "Uht" for Ukhta) or look like a firm, but in that place
they name what is sold, never who buys or sells it.

>>> s = "At home we sold UHT milk and ghee."
>>> goods_code(s, s.index("UHT"), s.index("UHT") + 3)
True
>>> s = "Since 2019 we have supplied AMRA with spare parts."
>>> goods_code(s, s.index("AMRA"), s.index("AMRA") + 4)
False
"""

from __future__ import annotations

import re

__all__ = ["goods_code"]

_CODE = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
# the lower-case noun it qualifies: no function word, no verb's particle
_QUALIFIES_NEXT = re.compile(r"[ -](?!(?:and|or|with|in|to|from|for|of|at|on|by|via|as|under"
                             r"|through|since|until|during|over|each|every|last|this|next"
                             r"|is|are|was|were|has|have|had|will|would|also|itself)\b)"
                             r"[a-z][a-z-]{2,}\b")


def goods_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word in capitals right before a lower-case noun
    it qualifies (see the module's description)."""
    return bool(_CODE.fullmatch(text, start, end) and _QUALIFIES_NEXT.match(text, end))

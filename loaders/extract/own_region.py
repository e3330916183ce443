"""The region a document speaks for, named in its head lines by its government.

Many first-level regions share their bare name with a town, often a bigger town of
another country ("Ontario" is a Canadian province and a Californian city; "Victoria"
an Australian state and towns elsewhere). The gazetteer reads a bare name as the town,
which is right in most texts but wrong in the region's own report, page or interview,
where the name means the region throughout. Such texts say whose they are in their
first lines, by the region's government or its head:

* "Government of X", "Government of the Province of X", "State of X",
  "Province of X", "X Provincial Government", "X State Government";
* the head of a region's government: "Premier of X", "Chief Minister of X",
  "Governor of X", "Minister-President of X";
* the same in the region's own language: "Gobierno de X", "Conseil régional de X",
  "Landesregierung X", "Regione X", "Generalitat de X", "Junta de X".

A name so framed is the region wherever the text writes it bare (see
``Discourse._own_region``), when the gazetteer has a first-level region of that very
name. "City Government of X" or "X City Council" frame a town and are not read here.
"""

from __future__ import annotations

import re

# A name: up to three capitalised words (accents, hyphens and apostrophes inside).
_WORD = r"[^\W\d_a-z][\w'’-]*"
# (a particle inside: "Rio Grande do Sul", "Castilla y León")
_NAME = rf"{_WORD}(?:\s+(?:(?:do|da|de|del|dos|das|di|y)\s+)?{_WORD}){{0,2}}"
_OF = r"\s+of\s+(?:the\s+)?"
_FRAMES = (
    # "Government of X", "Premier of the Province of X"
    rf"\b(?:Government|Premier|Chief\s+Minister|Governor|Minister-President"
    rf"|Legislative\s+Assembly){_OF}(?:(?:Province|State|Region|Land){_OF})?(?P<a>{_NAME})",
    # "Province of X", "State of X" opening a title ("Province of Xanadu: ties abroad")
    rf"^\s*(?:The\s+)?(?:Province|State|Region){_OF}(?P<b>{_NAME})",
    # "X Provincial Government", "X State Government", "X Regional Government"
    rf"(?<![\w'’-])(?P<c>{_NAME})\s+(?:Provincial|State|Regional)\s+Government\b",
    # in the region's own language
    rf"\b(?:Gobierno|Xunta|Junta|Generalitat|Gouvernement|Govern|Governo"
    rf"|Conseil\s+(?:r[ée]gional|d[ée]partemental)|Consejo\s+Regional|Regione"
    rf"|Diputaci[óo]n\s+(?:Provincial|Foral)|Landesregierung|Land|Freistaat"
    rf"|Wojew[óo]dztwo|Urz[ąa]d\s+Marsza[łl]kowski\s+Wojew[óo]dztwa)"
    rf"\s+(?:(?:de|del|da|di|du|des|de\s+la)\s+|d['’])?(?P<d>{_NAME})",
)
_FRAME = re.compile("|".join(f"(?:{f})" for f in _FRAMES), re.M)
# How many lines at the head of a text say whose it is.
_HEAD_LINES = 4
_TITLE_WORDS = 20


def head_region_names(head: list[str]) -> frozenset[str]:
    """The names the first non-empty lines of a text frame as a region's government or
    its head, as written.

    >>> sorted(head_region_names(["Government of Marlowe - External Relations", "",
    ...                           "Annual Report 2024"]))
    ['Marlowe']
    >>> sorted(head_region_names(["An interview with the Chief Minister of Tessaly"]))
    ['Tessaly']
    >>> sorted(head_region_names(["City Government of Marlowe", "Twin towns"]))
    []
    """
    # (a title or a letterhead, not the first paragraph, which may name a partner's
    # government)
    lines = [x for x in head if x.strip()][:_HEAD_LINES]
    lines = [x for x in lines if len(x.split()) <= _TITLE_WORDS]
    found = set()
    for line in lines:
        for m in _FRAME.finditer(line):
            name = next(g for g in m.group("a", "b", "c", "d") if g)
            if _town_organ(line, m.start()):
                continue
            found.add(_trim(name))
    return frozenset(n for n in found if n)


def _town_organ(line: str, at: int) -> bool:
    """Whether the frame at ``at`` is a town's organ ("City Government of X")."""
    return bool(re.search(r"\b(?:City|Town|Municipal|Metropolitan|County)\s+$", line[:at]))


def _trim(name: str) -> str:
    """The name without a trailing full stop or a dash's clause ("Ontario —")."""
    return re.sub(r"[.’']+$", "", name.strip())

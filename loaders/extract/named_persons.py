"""Surnames a text gives to persons, so that the bare surname met later is nobody's place.

A news item introduces a speaker once in full ("the port's chief commissioner Omar
Haddadin told reporters") and then writes only the surname ("Haddadin said ..."); a
monograph cites its authorities by surname ("as Petrova has shown"). A surname often
spells a town as well (a village of that family's name, a Soviet-era town named after
a person), and the gazetteer or the naming convention then made a town of the person.
What marks a person here is the text's own wording, not a list of names:

* a title in front of a given name and a surname ("commissioner Omar Haddadin",
  "Professor Lena Ortiz", "Dr Anna Weber");
* a given name and a surname right before a verb of speaking ("Omar Haddadin told");
* "as X has shown / argued / noted": an author cited.

The surnames are collected once per document (one scan of its text).
"""

from __future__ import annotations

import re

_WORD = r"[A-Z][a-z][\w'’-]*"
_SP = r"[ \t\u00a0]+"   # (within a line: a title closing a heading is no one's)
# (a surname's particle goes with it: "Al-Majali", "Ben Salah", "van Dijk")
_SURNAME = (r"(?:(?:[Aa]l|[Ee]l|Ben|Bin|Abu|Abdel|Abd|[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Ll]e|[Ll]a)"
            r"[- ])?[A-Z][a-z][\w'’-]*")
# Offices and forms of address written before a person's full name; a lower-case
# office ("the port's chief commissioner Omar Haddadin") or a capitalised one.
_TITLE = (r"(?:[Mm]ayor|[Gg]overnor|[Mm]inister|[Cc]ommissioner|[Cc]hairman|[Cc]hairwoman"
          r"|[Cc]hairperson|[Dd]irector|[Pp]resident|[Aa]mbassador|[Cc]onsul|[Ss]ecretary"
          r"|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|[Pp]rofessor|[Hh]istorian"
          r"|[Rr]esearcher|[Ee]conomist|[Aa]uthor|[Cc]ouncillor|[Dd]eputy|CEO"
          r"|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)")
_TITLED = re.compile(rf"\b{_TITLE}{_SP}(?:general{_SP})?{_WORD}{_SP}(?P<s>{_SURNAME})\b")
# Verbs only a person does (not "continued" or "recalls", which a town does as well)
_SPEAKS = (r"(?:said|says|told|added|adds|stressed|stresses|explained|explains|remarked"
           r"|commented|emphasised|emphasized|insisted|insists)")
# Words that open a sentence in capitals and name nobody ("The Pilbara said")
_NO_GIVEN_NAME = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Our",
                            "Their", "His", "Her", "Both", "Each", "Every", "All", "In", "On",
                            "At", "For", "From", "With", "And", "But", "Then", "When", "Since"})
# (two capitalised words and no more: "Grodno Azot said" or "the Minsk Tractor Works
# said" is a firm speaking, and a capitalised word before the pair shows one)
_SPEAKING = re.compile(rf"(?<![\w'’.-])(?<![A-Za-z]\s){_WORD}{_SP}"
                       rf"(?P<s>{_SURNAME}),?\s+{_SPEAKS}\b")
# "as Petrova has shown", "as Ortiz (2011) argued", "as Weber notes"
_CITED = re.compile(rf"\b[Aa]s\s+(?P<s>{_SURNAME})(?:\s+\(\d{{4}}\))?\s+(?:has\s+|had\s+)?"
                    r"(?:shown|argued|argues|noted|notes|observed|observes|demonstrated"
                    r"|demonstrates|suggested|suggests|pointed\s+out|points\s+out|written"
                    r"|wrote|writes|remarked|remarks|put\s+it|puts\s+it)\b")


def person_surnames(text: str) -> frozenset[str]:
    """The surnames ``text`` gives to persons (see the module's docstring).

    >>> sorted(person_surnames("The port's chief commissioner Omar Haddadin told "
    ...                        "reporters. As Petrova has shown, the pact held."))
    ['Haddadin', 'Petrova']
    >>> person_surnames("Zams and Nago said yes. The mayor of Vienna spoke.")
    frozenset()
    """
    found = set()
    for pattern in (_TITLED, _SPEAKING, _CITED):
        for m in pattern.finditer(text):
            if pattern is _SPEAKING and text[m.start():].split(None, 1)[0] in _NO_GIVEN_NAME:
                continue
            found.add(m.group("s"))
    return frozenset(found)


def is_surname(name: str, surnames: frozenset[str]) -> bool:
    """Whether ``name`` as written (a possessive dropped) is one of ``surnames``."""
    return bool(surnames) and re.sub(r"['’]s?$", "", name.strip()) in surnames

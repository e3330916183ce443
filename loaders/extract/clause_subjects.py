"""Words beside a clause's own subject that are no party of it: the owner of a firm
the sentence names next ("the Region's water company, Vodokanal AD, signed"), and the
speaker who reports the clause ("Petrov said Varna would sign ...")."""

from __future__ import annotations

import re


def without_owner_of_named(text: str, mentions: list) -> list:
    """``mentions`` without a possessor whose thing the sentence names next: in "the
    Region's water company, Vodokanal AD, signed ..." or "Tartu's twin-town agency,
    Sõprus OÜ, delivered ..." the firm between the commas acts, not its owner.

    >>> from relgraph.loaders.extract.mentions import Mention
    >>> s = "the Region's water firm, Vodokanal AD, signed a deal with Aqua Kft."
    >>> ms = [Mention("the Region", 0, 10), Mention("Vodokanal AD", 25, 37),
    ...       Mention("Aqua Kft.", 59, 68)]
    >>> [m.text for m in without_owner_of_named(s, ms)]
    ['Vodokanal AD', 'Aqua Kft.']
    """
    out = []
    for m in mentions:
        own = _OWNER_OF_NAMED.match(text, m.end)
        named = own and next((n for n in mentions if n.start == own.end()), None)
        # (the named thing closes with a comma: an apposition, not the start of a list)
        if named and re.match(r"\s*,", text[named.end:]) and not m.adjectival:
            continue
        out.append(m)
    return out


# "'s" and a short description of the possessor's own body or firm, before the comma that
# opens its name: "'s hospital company, ", "'s regional development agency, ".
_OWNER_OF_NAMED = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}"
                             r"(?:company|firm|operator|utility|subsidiary|agency|enterprise"
                             r"|corporation|holding|carrier|producer|maker|manufacturer|group)"
                             r"\s*,\s*")


def without_speaker(text: str, mentions: list) -> list:
    """``mentions`` without the speaker of a reported clause that names its own subject:
    in "Petrov said Varna would sign an agreement with Kavala" Varna signs (a pronoun
    after the verb, "Varna said it would sign", goes on with the speaker, who stays).

    >>> from relgraph.loaders.extract.mentions import Mention
    >>> s = "Petrov said Varna would sign an agreement with Kavala."
    >>> ms = [Mention("Petrov", 0, 6), Mention("Varna", 12, 17), Mention("Kavala", 47, 53)]
    >>> [m.text for m in without_speaker(s, ms)]
    ['Varna', 'Kavala']
    """
    out = []
    for m in mentions:
        said = _REPORTED.match(text, m.end)
        # (a pronoun in the reported clause may stand for the speaker: "Gomselmash said
        # Russia remained its main market")
        if said and not m.adjectival and not _BACK_TO_SPEAKER.search(text, said.end()) \
                and any(n.start == said.end() and not n.refers for n in mentions):
            continue
        out.append(m)
    return out


# A reporting verb and its "that" between a speaker and the clause's first word.
_REPORTED = re.compile(r"\s+(?:also\s+)?(?:said|says|told\s+reporters|added|announced|noted"
                       r"|stressed|confirmed|explained)\s+(?:that\s+)?(?:the\s+)?")
_BACK_TO_SPEAKER = re.compile(r"\b(?:it|its|itself|they|them|their|we|us|our)\b", re.I)

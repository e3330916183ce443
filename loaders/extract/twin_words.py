"""The words that state a twinning, in one place. Every rule that asks whether a word
speaks of twin towns builds on these: the triggers (:data:`TWIN`, :data:`TWIN_WEAK` in
``patterns``), the sentence prefilter of the pipeline, the owner's noun ("Pinsk's twin
town Kolomna"), the shapes "X became a partner city of Y" and "X has 15 twin cities",
a trigger word read as a name ("1. Twin towns").

English writes the tie in many ways, most of them translated: twin / sister / partner /
fraternal / brother / friendship cities, towns, regions or provinces, with a hyphen or
a space or none ("twin-city", "sister city", "cities-partners"); "pobratim(y)" and
"pobratimstvo" (Russian, Belarusian), "bauyrlas" (Kazakh: brotherly), "jumelage"
(French), "Partnerstadt" and "Staedtepartnerschaft" (German), "miasto partnerskie"
(Polish), "miestas partneris" (Lithuanian), "youhao chengshi" (Chinese: friendship
city); "cities of friendship". Partnership words ("relations of partnership", "became
partners", "partners abroad", "town partnership") state a twinning between towns only,
so they are the weak class.

>>> bool(TWIN.search("Kolomna's jumelage with Villeurbanne"))
True
>>> bool(TWIN.search("Grodno Azot's partner firm"))
False
>>> bool(TWIN.search("Belarus was the partner country of the fair"))
False
>>> bool(TWIN.search("Kotka and Hamina are twin ports"))
False
>>> bool(TWIN_WEAK.search("relations of partnership between the towns"))
True
"""

from __future__ import annotations

import re

__all__ = ["FRIENDLY_RELATIONS", "NOUN", "PLACE_NOUN", "QUALIFIER", "STEM", "TWIN", "TWIN_WEAK",
           "WHOLE_REGION", "regional_friendship"]

# Stems of every twin word, as a prefix ("twinned", "sisterhood", "pobratimy", "fraternal").
STEM = (r"twin|sister|partner|fratern|brother|friend|kindred|pobratim|bauyrlas|jumel|partnerst"
        r"|st(?:ae|ä|a)dtepartner|miast[oa]\s+partner|miest(?:as|ai)\s+partner|youhao")
# The place nouns a twin word qualifies ("partner region", "sister-province"); "county"
# is a Polish powiat or a Lithuanian apskritis, never "country".
PLACE_NOUN = (r"cit(?:y|ies)|towns?|regions?|districts?|municipalit(?:y|ies)|provinces?"
              r"|count(?:y|ies)|communes?|villages?|oblasts?|raions?|prefectures?")
# The words before a place noun that make it a twin ("our partner city", "a twin town").
QUALIFIER = (r"twin(?:ned)?|sister|partner(?:ship|ing)?|fraternal|brother(?:ly)?"
             r"|friend(?:ly|ship)?|pobratim|kindred")

# One word for a twin town ("A became a twin of B", "A is a Partnerstadt of B").
NOUN = r"twin|pobratim|partner|partnerst(?:adt|ädte|aedte|adte)"

_FOREIGN = (r"pobratim(?:s|y|stvo|stva)?|bauyrlas\w*|jumel(?:age|ages|ée?s?|ee?s?|ed)"
            r"|partnerst(?:adt|ädte|aedte|adte)|st(?:ae|ä|a)dtepartnerschaft(?:en)?"
            r"|miast(?:o|a)\s+partnersk(?:ie|im|ich)|miest(?:as|ai)\s+partner(?:is|iai)"
            r"|youhao\s+cheng\s?shi")

TWIN = re.compile(
    r"\b(?:twin(?:ning|nings|ned|s|ship)?"
    # "twin ports on one coast", "the twin problems of ageing and emigration": a pair of
    # like things, no twinning
    r"(?!\s+(?:ports?|harbou?rs|problems?|challenges?|crises|threats?|goals?|aims?|tasks?"
    r"|priorities|pillars?|towers?|peaks?|engines?|beds?|deficits?|brothers?|sisters?"
    r"|babies|boys|girls|objectives?|pressures?|risks?|shocks?)\b)"
    # "our sister company" is a firm of the same owner, no twinning
    r"|sister(?!\s+(?:compan|firm|plant|enterprise|organi[sz]ation|brand|ship|bank"
    r"|publication|hotel|school|universit))"
    r"|fratern(?:al|ity|i[sz]ation|i[sz]ed)|brotherly|(?:brother|sister)hood"
    # "friendly cities", "friendship provinces": the Chinese usage
    # ("a friendship link with B", "a friendship relationship established in 2016")
    rf"|friend(?:ly|ship)[- ](?:relations(?:hips?)?|ties|links?|{PLACE_NOUN})"
    # "a friendship-state relationship with B", "friendship state since 2021": the
    # Australian and Indian usage beside "sister state" ("friendly states" are allies)
    r"|friendship[- ]states?"
    # "the oldest of the provincial friendships links A with B", "a prefectural
    # friendship": the tie named by the kind of place it joins
    r"|(?:provincial|prefectural|municipal|civic|inter-?city|town|city)\s+friendships?"
    # "cities-partners", "towns-friends", "regions-twins"
    r"|(?:cit(?:y|ies)|towns?|regions?|districts?)-(?:partners?|friends?|twins?|sisters?"
    r"|brothers?)"
    # "cities of friendship"
    r"|(?:cit(?:y|ies)|towns?)\s+of\s+friendship"
    # "friend cities", "partner towns", "partnership city", "brother-towns", "kindred cities"
    rf"|(?:friend|partner(?:ship|ing)?|brother(?:ly)?|kindred)[- ](?:{PLACE_NOUN})"
    rf"|{_FOREIGN})\b", re.I)

# Partnership words that mean a twinning only between towns and districts ("Zhodino
# and Naberezhnye Chelny established partnership relations", "Kirovsk and Kovrov
# became partners"); between countries or firms they mean something else.
TWIN_WEAK = re.compile(
    r"\b(?:partner(?:ship)?\s+(?:relations|ties|links)"
    # "relations of partnership between the towns of A and B"
    r"|(?:relations|ties|links|bonds)\s+of\s+partnership"
    r"|(?:became|become|have\s+been|had\s+been|are|were|remain(?:ed)?)\s+partners"
    # ("are partners in a joint bid", "partners on the project", "partners in many
    # projects": partners in a venture; "became partners in May 2019" is a date)
    r"(?!\s+(?:in|on|for)\s+(?:a|an|the|this|that|their|its)\b|\s+(?:in|on)\s+(?-i:[a-z]))"
    # "A has been friends with B for fifteen years", "A and B became friends in 1998"
    r"|(?:became|become|ha(?:s|ve|d)\s+been|are|were|remain(?:ed)?)\s+friends"
    r"(?=\s+(?:with|since|for|in)\b)"
    # "the town's partners abroad are A and B"
    r"|partners\s+abroad"
    # "the town partnership of A and B", "a partnership between the two towns"
    r"|(?:town|city|municipal|inter-?municipal)[- ]partnerships?"
    r"|partnerships?\s+(?:of|between)\s+(?:the\s+)?(?:two\s+)?(?:towns|cities|municipalities"
    r"|districts)"
    # "A and B were paired in 2001", "A was paired with B"; "A has been
    # a partner of the B county"
    r"|(?:were|was|been|being|are|is|got)\s+(?:also\s+)?paired"
    # "bound by ties of friendship", "friendly contacts with B"
    r"|(?:ties|bonds|relations|links|contacts)\s+of\s+friendship"
    # "an agreement on friendship and cooperation between the towns", "a friendship treaty"
    r"|(?:agreements?|treat(?:y|ies)|charters?|protocols?)\s+(?:of|on)\s+friendship"
    r"|friendship\s+(?:agreements?|treat(?:y|ies)|charters?)"
    # "their partnership charter", "the two towns exchanged charters": a twinning's own
    # paper
    r"|partnership\s+charters?|exchanged\s+(?:\w+\s+)?charters"
    # "a friendship and cooperation agreement with B": friendship first in its title
    r"|friendship\s+and\s+(?:[a-z-]+\s+){1,2}?(?:agreements?|treat(?:y|ies)|charters?)"
    r"|friendly\s+(?:contacts|exchanges|cooperation)"
    r"|paired\s+(?:up\s+)?with|(?:a|the)\s+partner\s+(?:of|for|to)"
    # "Lida partnered with Alytus in 2001"
    r"|partnered(?=\s+(?:up\s+)?with\b)"
    r"|partnership\s+(?:agreement|treaty|charter)\s+between\s+(?:the\s+)?"
    r"(?:two\s+)?(?:cities|towns|districts|municipalities))\b", re.I)


# "Friendly relations", "friendship ties": a twin word of :data:`TWIN` that, like the
# partnership words, is a twinning between towns only. Between whole regions it is the
# subject of an agreement ("the Gomel Region concluded an agreement on friendly
# relations with Shandong Province"), as outside annotators read it every time.
FRIENDLY_RELATIONS = re.compile(r"\bfriend(?:ly|ship)[- ](?:relations(?:hips?)?|ties|links?)\b",
                                re.I)
# A whole region's name ("the Minsk Region", "Henan Province", "the Selenge aimag"); a
# district's is not one (districts twin as towns do).
WHOLE_REGION = re.compile(r"\b(?:Region|Oblast|Krai|Kray|Province|Republic|Autonomous"
                          r"|[Aa]imag|oblast)\b")


def regional_friendship(text: str, at: int, names) -> bool:
    """Whether the twin word at ``at`` is "friendly relations" and one of ``names`` (the
    parties' names as written) a whole region's: an agreement's subject, no twinning.

    >>> s = "The Minsk Region signed an agreement on friendly relations with Henan Province."
    >>> regional_friendship(s, s.index("friendly"), ["Minsk Region", "Henan Province"])
    True
    >>> s = "Orsha and Vyazma signed an agreement on friendly relations."
    >>> regional_friendship(s, s.index("friendly"), ["Orsha", "Vyazma"])
    False
    """
    return bool(FRIENDLY_RELATIONS.match(text, at)) and any(
        WHOLE_REGION.search(n.split(" of ")[-1]) for n in names)


# People a place's possessive may own instead of a tie: "Their mayors praised twinning
# with X" and "its officials discussed an agreement with Y" state no tie of the owner.
OWNED_PEOPLE = (r"(?:mayors|leaders|officials|heads|delegations|councils|residents|citizens"
                r"|people|authorities|representatives|governments|administrations|deputies"
                r"|students|schools|teams)")

"""Supply relations: who supplies what to whom, read from the clause of each trigger.

Direction comes from the verb and the prepositions around the parties, not from
their order: ``X supplies/exports/ships GOODS to Y``, ``Y imports/buys GOODS from X``,
``deliveries of GOODS from X to Y``, ``X's exports to Y``, ``supplied to Y by X``,
``supplies of Belarusian GOODS to Y``. Goods are the noun phrase after the trigger
(or after its ``of``); a value is read when the clause states one.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> s = "Mirgorod imports flax from Tarnow worth $3 million."
>>> h = find_supplies(s, find_mentions(s))[0]
>>> h.a.text, h.b.text, h.extra["goods"], h.extra["value_usd"]
('Tarnow', 'Mirgorod', 'flax', 3000000.0)
>>> s = "Tractors were delivered to Tarnow by Mirgorod."
>>> [(h.a.text, h.b.text, h.how) for h in find_supplies(s, find_mentions(s))]
[('Mirgorod', 'Tarnow', 'passive by')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.coordination import (
    EXAMPLES,
    clause_semicolons,
    own_clause,
    run_after,
)
from relgraph.loaders.extract.countries import COUNTRY_BY_NAME, DEMONYMS
from relgraph.loaders.extract.firms import COMPANY_NOUNS, DESCRIPTION, alternation
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention, known_place

# A maker's verb before the goods and the named party they are made for.
MADE_FOR = (r"(?:produc(?:es|ed|ing)|manufactur(?:es|ed|ing)|buil(?:t|ds|ding)"
            r"|assembl(?:es|ed|ing))(?=\s+(?:[\w'’-]+\s+){1,5}?for\s+(?:the\s+)?[A-Z])")
_MAKER_VERB = re.compile(r"produc\w*|manufactur\w*|buil\w*|assembl\w*", re.I)
SUPPLY = re.compile(
    r"\b(?:suppl(?:y|ies|ied|ying)|deliver(?:y|ies|ed|ing|s)?|export(?:s|ed|ing)?"
    r"|ship(?:ped|ping|ment|ments|s)?|sen(?:d|t|ds|ding)|(?:re-?)?sell(?:s|ing)?|(?:re-?)?sold"
    r"|import(?:s|ed|ing)?|bought"
    r"|buy(?:s|ing)?|purchas(?:e|ed|es|ing)|receiv(?:e|es|ed|ing)|ordered"
    r"|acquir(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?"
    # (a "leasing firm" or "lease company" is what a firm does, no supply told)
    r"|leas(?:e|es|ed|ing)(?!\s+(?:firm|company|companies|firms|group|agency|operator)\b)"
    r"|install(?:s|ed|ing)?"
    # "the mines are equipped with BelAZ trucks", "the fleet was replenished with MAZ buses"
    r"|(?:equipped|equips|equip|replenished|furnished)(?=\s+(?:[\w'’-]+\s+){0,5}?with\b)"
    # "sales of MTZ tractors in Uzbekistan", "Belshina's sales in Russia"
    r"|sales(?=\s+of\b|\s+(?:in|to)\s+(?:the\s+)?[A-Z])"
    # "has produced private-label tablets for X", "built two cable cars for X": goods made
    # for a named buyer (not "for export", "for the domestic market")
    rf"|{MADE_FOR}"
    # "Y sources its milk from X": the verb only (energy sources are no supply)
    r"|sourc(?:e|es|ed|ing)(?=\s+(?:[\w'’-]+\s+){1,5}?from\b)"
    # "the shipyard gets steel from X", "it got its engines from Y" (not money, help, a
    # permit or orders: "got a loan from", "gets orders from")
    r"|g(?:ets|ot|etting)(?=\s+(?!(?:an?\s+|its\s+|their\s+)?(?:loans?|grants?|funding"
    r"|funds|support|approval|permission|help|aid|credits?|investments?|money|licen[cs]es?"
    r"|certificates?|orders?|contracts?|visits?|invitations?|offers?|awards?|prizes?|names?"
    r"|nicknames?|titles?|ideas?|inspiration|votes?)\b)"
    r"(?:[\w'’-]+\s+){1,5}?from\b)"
    # "the Krasnoyarsk Territory took delivery of 25 MAZ trucks" (a time may come
    # first: "took delivery this month of four cranes", "took delivery in May of")
    r"|t(?:ook|akes?|aking)\s+delivery(?=\s+(?:(?:this|last|that|in\s+(?:early|late)|early"
    r"|late)\s+(?:week|month|year|spring|summer|autumn|winter|quarter)\s+|in\s+(?:19|20)\d\d\s+"
    r"|in\s+(?-i:[A-Z][a-z]+)\s+(?:(?:19|20)\d\d\s+)?)?of\b)"
    # "Italy alone took some 2 million square metres", "the Kostanay firm took 85
    # spreaders": a buyer takes a quantity of goods (not "took 2 years", "took 1st place")
    r"|t(?:ook|akes?)(?=\s+(?:(?:some|about|over|nearly|almost|around|another|up\s+to)\s+)?"
    r"\d[\d.,]*\s+(?:(?:million|thousand|billion)\s+)?(?!(?:years?|months?|weeks?|days?"
    r"|hours?|minutes?|seconds?|st|nd|rd|th|per\s*cent|percent|%|people|workers|pupils|students"
    r"|tourists|visitors|participants|delegates|guests)\b)[a-z])"
    # "Sweden alone took 30 per cent of our sales", "Japan and Canada take our jams": a
    # market takes a share of its seller's goods, or the goods the seller's possessive
    # names (not "takes its name from", "took our delegation", "took our advice")
    r"|t(?:ook|akes?)(?=\s+(?:(?:some|about|over|nearly|almost|around|roughly|another|up\s+to"
    r"|well\s+over|a\s+further)\s+)?(?:\d[\d.,]*\s*(?:per\s*cent|percent|%)|half|most|much"
    r"|the\s+(?:bulk|rest|remainder|largest\s+share|lion['’]s\s+share)|an?\s+(?:third|quarter"
    r"|fifth|tenth|(?:large|larger|growing|further|small)\s+share))\s+of\s+(?:our|its|their)\s"
    r"|\s+(?:our|its|their)\s+(?!(?:[a-z-]+\s+)?(?:names?|places?|time|turn|advice|lead|view|views"
    r"|side|seats?|case|chances?|delegations?|guests?|visitors?|mayor|leave|part|share|word"
    r"|point|cue|toll|shape|origin|start|roots?|inspiration|example|decisions?|oath"
    r"|children|students|teams?)\b)[a-z])"
    # "the mine has taken six BelAZ trucks into service", "Minsk put 40 MAZ buses into
    # operation": the subject receives the maker's goods
    r"|(?:t(?:ook|akes?|aken|aking)|put(?:s|ting)?)(?=\s+(?:[\w'’.,-]+\s+){1,6}?into\s+"
    r"(?:service|operation)\b)"
    # "Konin gave us two fire trucks": counted goods given to the speaker (not "gave us
    # two reasons", "gave us three days")
    r"|g(?:ave|ives?)(?=\s+us\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|twenty|several|dozens\s+of|a\s+(?:batch|fleet|consignment)\s+of)\s+"
    r"(?!(?:[a-z-]+\s+)?(?:years?|months?|weeks?|days?|hours?|reasons?|times?|chances?|ideas?|examples?"
    r"|lessons?|votes?|points?|goals?|options?|ways?|weeks?|percent|per\s+cent)\b)[a-z])"
    # "X, our distributor since 2019, took ghee worth $2 million": a buyer takes goods
    # of a stated value (not "took 2 years", "took part")
    r"|t(?:ook|akes?)(?=\s+(?:[\w'’-]+,?\s+){1,6}?worth\s+(?:about\s+|some\s+"
    r"|over\s+|nearly\s+)?(?:USD|EUR|GBP|US\$|\$|€|£)?\s*\d)"
    r"|provid(?:e|es|ed|ing)|(?:supplier|exporter|importer|buyer|purchaser|customer|client"
    r"|consumer)s?"
    # "B, our distributor since 2019, took ...": a firm's own distributor, set off as an
    # apposition, takes its goods (not "to distributors in X", "a food distributor from
    # Y", a trade, nor "is to become our distributor", a plan)
    r"|(?:(?<=,\sour\s)|(?<=,\sits\s)|(?<=,\stheir\s)|(?<=,\sour\ssole\s)"
    r"|(?<=,\sour\smain\s)|(?<=,\sour\sexclusive\s)|(?<=,\sour\sofficial\s))"
    r"distributor(?=[^,;.()]{0,40},)"
    # "Y remained X's largest market": a market receives (an owner's noun, see _agent)
    # ("Lithuania and Latvia remain its main foreign markets": each of a list)
    r"|(?<=\s)(?:(?:export|sales)\s+)?markets?(?=\s*(?:[,.;]|$|\s+(?:for|in|since|after|among)\b))"
    # "Russia has remained the principal market of the Mogilev Region": a ranked market
    # "of" its owner (not "the market of Kazakhstan", which is Kazakhstan's own)
    r"|(?:(?<=main\s)|(?<=principal\s)|(?<=largest\s)|(?<=biggest\s)|(?<=chief\s)"
    r"|(?<=leading\s)|(?<=key\s)|(?<=major\s))(?:(?:export|sales)\s+)?market(?=\s+of\b)"
    # "China is the main destination of Kazakh copper": a ranked destination, as a market
    r"|(?:(?<=main\s)|(?<=principal\s)|(?<=largest\s)|(?<=biggest\s)|(?<=chief\s)"
    r"|(?<=leading\s)|(?<=key\s)|(?<=major\s)|(?<=export\s))destination(?=\s+(?:of|for)\b)"
    # "Srbijagas accepted the first 12 tankers", "accepted a batch of trams":
    # a buyer takes goods in (not "accepted the proposal")
    r"|accept(?:s|ed)(?=\s+(?:(?:the|a|its|their)\s+)?(?:(?:first|last|next|another|further"
    r"|new)\s+)?(?:\d[\d.,]*\s+[a-z]|batch(?:es)?\s+of|consignments?\s+of|deliver))"
    # "handed over the first batch to Y", "handed two locomotives over to Y"
    r"|hand(?:s|ed|ing)?(?:\s+over|(?=\s+(?:[\w'’-]+\s+){1,4}?over\b)))\b", re.I)
# A side the sentence does not name, for the pipeline to take from the supply stated
# before ("The largest supplier is X": X supplied whom the last sentence spoke of).
SUPPLIER_REF = "Supplier"
RECIPIENT_REF = "Recipient"
# The stems of buying verbs: they bring goods to their subject ("Y imports G from X").
REVERSE_STEMS = (r"import|bought|buy|purchas|receiv|ordered|acquir|procur|obtain|leas|sourc|accept"
                 r"|g(?:ets|ot|etting)\b"
                 r"|t(?:ook|akes?|aken|aking)(?!\s+delivery)|put"
                 r"|t(?:ook|ake|aking)\s+delivery")
REVERSE = re.compile(rf"^(?:{REVERSE_STEMS})", re.I)
# The forms of SUPPLY that are verbs of a clause, whose voice and prepositions say the
# direction (the nouns, agent nouns and markets have frames of their own).
SUPPLY_VERB = re.compile(
    r"^(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|export(?:s|ed|ing)?"
    r"|ship(?:s|ped|ping)?|sen(?:d|ds|t|ding)|sell(?:s|ing)?|sold|provid(?:e|es|ed|ing)"
    r"|import(?:s|ed|ing)?|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)"
    r"|acquir(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|ordered|accept(?:s|ed)"
    r"|hand(?:s|ed|ing)?\s+over|gave|gives?"
    r"|produc(?:es|ed|ing)|manufactur(?:es|ed|ing)|buil(?:t|ds|ding)|assembl(?:es|ed|ing))$",
    re.I)
# A passive's auxiliary right before the verb ("were shipped", "is also sold").
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|also\s+|now\s+"
                     r"|first\s+|still\s+|already\s+)?$", re.I)
# Agent nouns: "X is the main supplier of G to Y", "Y became the largest buyer of G",
# "Y is its largest customer".
_AGENT = re.compile(r"^(?:supplier|exporter|importer|buyer|purchaser|customer|client|consumer"
                    r"|distributor|(?:(?:export|sales)\s+)?market|destination)s?$", re.I)
# "Belshina is KAMAZ's supplier", "A, B and C are among X's customers": a named owner
# stands where a determiner would.
_NAMED_OWNER = r"(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*|(?:the|this)\s+[a-z]+)['’]s"
_COPULA = re.compile(r"\b(?:is|was|are|were|became|become|becomes|remain|remains|remained"
                     r"|(?:has|have|had)\s+(?:long\s+|also\s+|always\s+|\w+ly\s+|for\s+(?:many\s+)?"
                     r"(?:years|decades)\s+)?been)\s+"
                     rf"(?:(?:the|a|an|one|of|its|their|our|among|{_NAMED_OWNER})\s+)*"
                     r"(?:[a-z][\w-]*\s+){0,2}$")
# "Y is its largest customer", "Y became one of the main buyers": a determiner before
# the noun ("X is known to customers in Y" is no such statement).
_COPULA_DET = re.compile(r"\b(?:is|was|are|were|became|become|becomes|remain|remains|remained"
                         r"|(?:has|have|had)\s+(?:long\s+|also\s+|always\s+|\w+ly\s+|for\s+(?:many\s+)?"
                     r"(?:years|decades)\s+)?been)\s+"
                         r"(?:also\s+|still\s+)?(?:one\s+of\s+|among\s+)?"
                         # ("Y is the company's largest market": a firm spoken of owns it)
                         r"(?:the\s+(?:company|plant|enterprise|firm|holding|factory|manufacturer"
                         rf"|producer|maker|group)['’]s|the|a|an|its|their|our|{_NAMED_OWNER})\s+"
                         r"(?:[a-z][\w-]*\s+){0,2}$")
# "Armenia, a regular customer of X, ...", "Gazprom, the main supplier of gas to Y, ...":
# an apposition says what the copula would.
_APPOSED = re.compile(r",\s+(?:also\s+|still\s+)?(?:one\s+of\s+)?(?:the|a|an|its|their|our)\s+"
                      r"(?:[a-z][\w-]*\s+){0,2}")
_NOUN_FORMS = re.compile(r"^(?:suppl(?:y|ies)|deliver(?:y|ies)|exports?|imports?|shipments?"
                         r"|purchases?|sales?)$", re.I)
# The recipient side of an adjectival mention: "the Russian market", not "Russian oil".
_MARKET = re.compile(r"\s+(?:market|consumers?|buyers?|customers?|side|partners?|region"
                     r"|enterprises|companies)\b", re.I)
_P = r"(?:to|into|for|from|by|in|of|with|at|on)"
_DEMONYM = "|".join(re.escape(d.title()) for d in sorted(DEMONYMS, key=len, reverse=True))
# A word of a gapped goods phrase: "and 12 road tractors to C", "and 18 loaders from C",
# "and 210 to C" (a count stands for the goods).
_GOODS_WORD = r"(?:\d[\d.,]*|[a-z][\w-]*)\s+"
_FIRM_NOUNS = alternation(COMPANY_NOUNS)
# The nearest preposition before a mention, over at most two other words.
_PREP = re.compile(rf"\b((?i:{_P})):?\s+(?:(?:the|this|these|its|their|a|our)\s+)?"
                   # ("to 300 Dino stores": a count of the firm's outlets, not a year)
                   r"(?:(?!(?:19|20)\d\d\b)\d[\d,]*\s+)?"
                   rf"(?:(?!{_P}\s|(?:is|are|was|were|be|been|has|have|had|will|and|or|which"
                   rf"|whom|whose|that)\s)[a-z][\w-]*\s+){{0,2}}"
                   # "to the Indonesian coal company X": a descriptor with a demonym;
                   # "to Russian X": a demonym alone (of the lexicon: "in Uzbekistan we"
                   # is no description).
                   rf"(?:[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)\s+(?:(?!{_P}\s|(?:is|are|was|were|and|or)\s)"
                   rf"[a-z][\w-]*\s+){{1,3}}|(?:{_DEMONYM})\s+"
                   # "to the Kyrgyz road agency X": a demonym with a description
                   rf"(?:(?!{_P}\s|(?:is|are|was|were|and|or)\s)[a-z][\w-]*\s+){{0,3}}"
                   # "from the Lida plant X", "to the Tashkent cable plant X": a firm's
                   # description that names its place ("to the La Paz confectioner X",
                   # a place of two words).
                   rf"|[A-Z][\w-]+\s+(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
                   rf"(?:{_FIRM_NOUNS})\s+"
                   # "to the district heating company X", "to the state power utility X":
                   # a firm's head noun after up to three words of description
                   rf"|(?:(?!{_P}\s|(?:is|are|was|were|and|or)\s)[a-z][\w-]*\s+){{1,2}}"
                   rf"(?:{_FIRM_NOUNS})\s+)?$")
# "to several Henan mining firms, including X", "from producers such as X": examples of
# the group the preposition governs.
# ("supplies several coffee houses, among them X": the verb's own object the group)
# ("from sawmills in northern Skane, among them X": the group located at a place)
_EXAMPLE_OF = re.compile(r"\b(to|into|from|by|in|suppl(?:y|ies|ied)|deliver(?:s|ed)?)\s+"
                         r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?[a-z][\w-]*s"
                         rf",?\s+{EXAMPLES}\s+(?:the\s+)?$"
                         r"|\b(from)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?[a-z][\w-]*s"
                         r"\s+(?:in|of|across|around|near)\s+(?:the\s+)?(?-i:[a-z][\w-]*\s+)?"
                         r"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}"
                         rf",?\s+{EXAMPLES}\s+(?:the\s+)?$")
# A bare possessive after a supply verb owns the goods ("resells our cheese", "sells
# its tractors"); it is the recipient only when "with" the goods follows ("supplies our
# farmers with seed").
_OWNER_OF_GOODS = re.compile(r"(?:our|its|their)$", re.I)
_WITH_GOODS = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}with\b")


# Verbs of supplying whose object may be goods that the speaker's "our" owns: not
# selling ("X resells our cheese": X sells what we made).
_SUPPLYING = re.compile(r"suppl(?:y|ies|ied)|deliver(?:s|ed)?|provid(?:es?|ed)|furnish(?:es|ed)?",
                        re.I)
# What may stand between the verb and the party that receives: a share of the speaker's
# goods ("about 12 % of our fish", "almost all of the"), or the goods and where they are
# used ("the glue used in our boxes", "the fuel burned in Y"); no
# preposition that names a side.
# (no relative clause: "the grain that its mills used in C" are the mills' goods)
_GOODS_WORDS = (r"(?:(?!(?:that|which|who|whose|where|its|their|his|her)\s)"
                r"(?:[a-z][\w-]*|\d[\d.,]*\s*%|\d[\d.,]*)\s+){0,8}?")
_USED_AT = re.compile(r"\s+" + _GOODS_WORDS + r"(?P<used>(?:used|needed|consumed|required|burned"
                      r"|burnt|fitted|installed)\s+(?:at|in|on|by|across)\s+(?:(?:all|both|each"
                      r"|every)\s+(?:of\s+)?)?(?:the\s+)?)$")
_SHARE_OF = re.compile(r"\s+" + _GOODS_WORDS + r"(?:of\s+|for\s+(?:all\s+|both\s+)?)?$")
_SIDE_WORD = re.compile(r"\b(?:to|from|with|into|by)\s")
_NOT_GOODS = re.compile(r"\s+(?:customers|clients|competitors|rivals|buyers|partners"
                        r"|shareholders|employees|staff|workers)\b", re.I)


def _goods_user(text: str, t: re.Match, after: list[Mention]) -> Mention | None:
    """Who receives the object of a supplying verb ``t`` that no "to" governs: the
    speaker's "our" that owns the goods ("supplies our net cages", "about 12 % of our
    fish"), or the party where the goods are used ("the fuel burned in Y", "the glue
    used in our boxes"), with no other party between the verb and it."""
    if not _SUPPLYING.fullmatch(t.group(0)) or not after:
        return None
    first = after[0]
    gap = text[t.end():first.start]
    used = _USED_AT.match(gap)
    if _SIDE_WORD.search(gap[:used.start("used")] if used else gap):
        return None
    if first.refers == "Speaker" and first.text.lower() == "our":
        if _NOT_GOODS.match(text, first.end):
            return None
        return first if used or _SHARE_OF.match(gap) else None
    return first if used and not first.refers and not first.adjectival else None


def _members_over_group(text: str, ms: list[Mention]) -> list[Mention]:
    """``ms`` without a place that only says where a group is whose members are named
    after it: "to several Henan mining firms, including X" (X, not Henan)."""
    def named_after(m: Mention) -> bool:
        g = _GROUP_OF_EXAMPLES.match(text, m.end)
        return bool(g) and any(x.start >= g.end() for x in ms)
    return [m for m in ms if not named_after(m)]


_GROUP_OF_EXAMPLES = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*s,?\s+{EXAMPLES}\s+")
# "to enterprises in X", "by the thermal power plants of the X region", "from mills of X",
# "to the Belarusian metallurgical plant in X": the place stands for the plural or the
# plant (a demonym in the description is no party then).
# "to farmers all over X", "to a bottling plant near X", "to a distributor from X": the
# same, with a place that only locates the recipient.
# ("from Astrakhan to importers in X": the nearest preposition governs; a place name
# ending like a demonym is no description)
# ("to the Kazakh cities of X": a demonym of the lexicon, whatever its ending)
_TO_IN = re.compile(r"\b(to|into|by|from)\s+(?:the\s+|a\s+|an\s+)?"
                    rf"(?:(?:[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)\s+|(?:{_DEMONYM})\s+)?"
                    r"(?:(?!(?:to|into|by|from)\s)[a-z][\w-]*\s+){1,3})"
                    r"(?:in|of|all\s+over|across|throughout|near|around|outside)\s+(?:the\s+)?$")
# "to the Osh city transport company, X": a description ending in a lower-case noun, then
# the name after a comma.
# "to buyers in the EU, mainly in the Netherlands and Italy": the places that narrow a
# located group of recipients locate its members too (a place of a clause without such
# a group, "plants in Russia, mainly in Siberia", stays a locative)
_NARROWED_IN = re.compile(r"\b(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,3}"
                          r"(?:in|of|across|throughout|all\s+over)\s+[^;:.()]{2,60}?,\s+"
                          r"(?:mainly|mostly|chiefly|primarily|largely|principally|especially"
                          r"|particularly|notably|above\s+all)\s+in\s+(?:the\s+)?$")
# "from Kherson's canning group X", "to Riga's city bus company X": a place's
# possessive and a description in lower case before the name the preposition governs
# (the place only locates it: see _DESCRIBED_BY_PLACE)
_NOUN_WORD = r"(?:(?!(?:at|in|of|on|near|for|to|from|and|or|with)\s)(?-i:[a-z][\w-]*)\s+)"
_PLACE_OWNS_DESCRIBED = re.compile(r"\b(to|into|from|by)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?"
                                   rf"[A-Z][\w-]*['’]s\s+{_NOUN_WORD}{{1,3}}$")
_DESCRIBED_BY_PLACE = re.compile(rf"['’]s\s+{_NOUN_WORD}{{1,3}}(?=[A-Z])")
# (a name before a lower-case noun only modifies it: "the annual Summer Jazz festival")
_NAME_MODIFIES = re.compile(r"\s+(?!(?:and|or|in|of|at|on|for|to|into|from|by|since|until|with"
                            r"|which|who|that|under|as|is|was|were|are|has|had|have|will|would"
                            r"|during|through|via|over|after|before|while|but|also)\b)"
                            r"(?-i:[a-z][\w-]*)")
_PREP_RIGHT_BEFORE = re.compile(r"\b(to|into|from|by)\s+(?:the\s+)?$", re.I)
_DESCRIBED_THEN_NAMED = re.compile(r"\b(to|into|from|by)\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,5}?"
                                   r"(?-i:[a-z][\w-]*),\s+$", re.I)
_ORGAN_OF = re.compile(r"\b(?:akimat|government|administration|executive\s+committee|council|duma"
                       r"|mayor(?:alty)?|governor|akim|head|city\s+hall|hokimiyat|parliament"
                       # "a branch of X ships": X acts through its branch
                       r"|branch|subsidiary|affiliate|division|representative\s+office)\s+of\s+"
                       r"(?:the\s+)?$", re.I)
_MAKER = re.compile(r"\b(?:manufactured|produced|made|assembled|built)\s+by\s+(?:the\s+)?$", re.I)
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;]{0,60}\b(?:from|in|of)\s+(?:the\s+)?$")
# A place adverb after a participle of making ("the engines assembled there").
_MADE_BEFORE = re.compile(r"\b(?:assembled|produced|made|manufactured|built|grown|mined"
                          r"|processed|bottled|packed)\s+$", re.I)
# (a time may open the aside and a description stand before the owner's name: ", for
# many years partly owned by the Finnish paint group X,", "by the Minsk firm X")
_OWNED_BY = re.compile(r"[,(]\s*(?:(?:for|since|until|till|in)\s+(?:[\w-]+\s+){1,3}?"
                       r"|(?:at\s+the\s+time|then|now|once|long)\s+)?"
                       r"(?:(?:wholly|partly|majority|jointly|fully)[\s-]+)?(?:owned"
                       r"|controlled|run|managed|founded|headed|acquired|taken\s+over)\s+by\s+"
                       r"(?:the\s+)?(?:(?-i:[A-Z][\w-]+)\s+)?"
                       r"(?:(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)
# "X, which belongs to Y, exports", "X, which is owned by Y,", "It is part of Y's engineering
# division and supplies", "X, a subsidiary of the Y group,": who owns or contains the
# subject, said in a relative clause, a predicate or an apposition (after a relative
# pronoun, a copula or a comma), is no side of the subject's supply
_BELONGS_TO = re.compile(r"(?:\b(?:belongs?|belonged|belonging)\s+to"
                         r"|(?:\b(?:which|that|who|is|was|are|were|been)|,)\s+"
                         r"(?:(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
                         r"(?:now\s+|still\s+|also\s+|itself\s+)?"
                         r"(?:(?:(?:wholly|partly|majority|fully|jointly)[\s-]+)?owned\s+by"
                         r"|(?:a\s+|the\s+)?(?:part|subsidiary|division|unit|member)\s+of))"
                         r"\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,3}$", re.I)
_UNNAMED_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts|[Tt]heir)\s+"
                              r"(?:(?-i:[a-z][\w-]*)\s*)+")
# (what ends the owner's phrase: the aside's comma or bracket, or "and" before the
# subject's own verb: "part of Y's turbine division and supplies")
_OWNER_ENDS = re.compile(r"(?:['’]s)?(?:\s+(?-i:[a-z][\w-]*)){0,3}\s*(?:[,)]|\s+and\b)")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+|now\s+)?$")
# goods described by how they were got or made: "Roundwood harvested in A", "ore mined at
# B" (a firm is neither harvested nor mined; "X made by Y" makes X goods too)
_GOODS_PARTICIPLE = re.compile(r"\s+(?:harvested|felled|quarried|mined|grown|caught|extracted"
                               r"|collected|produced|made|manufactured|assembled|processed"
                               r"|refined|smelted|bottled|packed)\s+(?:in|at|near|on|from|by)\b")
# a compound with a lower-case part, capitalised only by the sentence's start:
# "Phenol-formaldehyde", "Cross-laminated" (names capitalise each part: "Rolls-Royce")
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")


def _goods_named(text: str, m: Mention) -> bool:
    """Whether ``m``, before a passive verb of supply, names the goods, not a party."""
    return bool(_GOODS_PARTICIPLE.match(text, m.end) or (
        _LOWER_COMPOUND.fullmatch(m.text) and not text[:m.start].strip(" \"'“‘-–—•*")))


# "the X plant in T", "the X works at T": a named facility and where it is
_FACILITY_IN = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}(?:plant|factory|works|mill|site"
                          r"|facility|shop|yard|shipyard|refinery|smelter|complex|terminal"
                          r"|depot)s?\s+(?:in|at|near)\s+(?:the\s+)?")
_ORIGIN = re.compile(r"\b(?:manufactured|produced|made|assembled|grown|built|based|located)\s+in\s+"
                     r"(?:the\s+)?$", re.I)


# "X S.p.A., also from Bolzano, exports", "Y AB, from Umea, ships": a "from" in an aside
# right after a name says where that firm is, no sender of its own.
_FROM_ASIDE = re.compile(r"(?<=[\w.)\"”])\s*,\s+(?:(?:also|originally|likewise|too)\s+)?from\s+"
                         r"(?:the\s+)?$")


_FROM_BEFORE = re.compile(r"\bfrom\s+[^,;]{1,40}$")


_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s")


# "cabs for our tractors", "ambulances for the city hospital": the goods are for what
# the party spoken of (by "our", "the city") runs or makes, so it receives them (a maker
# named by name, "spare parts for MAZ trucks", is no recipient)
_OWN_USE = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}(?-i:[a-z][\w-]*)"
                      r"(?=\s*(?:[,.;:)]|$|\s+(?:and|in|from|since|during|until)\b))")
_ADVERB = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|now\s+|in\s+turn\s+)?")


# "and to", "and, in smaller volumes, to", ", and also to the": the same sending again.
_AND_TO_AGAIN = re.compile(r",?\s+and(?:,\s+[^,;.()]{1,40},)?\s+(?:also\s+)?to\s+(?:the\s+)?")


def _supplier_between(text: str, ms: list[Mention], lo: int, hi: int) -> bool:
    """A party with a supply verb of its own stands between ``lo`` and ``hi``: "supplies
    tyres to A in P, the B plant ships bearings to C" (clauses in a series; C is B's)."""
    for x in ms:
        if lo <= x.start and x.end <= hi:
            adv = _ADVERB.match(text, x.end)
            if adv and adv.end() < hi and SUPPLY.match(text, adv.end()):
                return True
    return False


def _new_subject_between(text: str, a: Mention, b: Mention, ms: list[Mention]) -> bool:
    """A coordinated clause with a party of its own opens between ``a`` and ``b``: "X
    imports beef from A, and the firm B carries it to C" (C is no destination of A's)."""
    if a.end >= b.start:
        return False
    join = _CLAUSE_JOIN.search(text, a.end, b.start)
    return join is not None and any(join.end() <= m.start and m.end <= b.start
                                    and not m.adjectival for m in ms)


def _verb_after_and(text: str, a: Mention, b: Mention) -> bool:
    """A second predicate with a verb of supply of its own opens right after "and" (and
    its time) between ``a`` and ``b``: "X buys beer from A and in 2019 sold grain to B"
    (B is no destination of A's goods; the subject is the second verb's as well)."""
    if a.end >= b.start:
        return False
    for join in _AND_THEN.finditer(text, a.end, b.start):
        verb = SUPPLY.match(text, join.end(), b.start)
        if verb and SUPPLY_VERB.match(verb.group(0)):
            return True
    return False


_AND_THEN = re.compile(r"\sand\s+(?:(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
                       r"(?:19|20)\d\d,?\s+|(?:later|then|also|now|subsequently|recently)\s+)*")


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: semicolons and colons separate the items of a list
    ("two directions: supplies of A to B; supplies of C to D")."""
    # ("supplies trucks to: A, B and C": a colon after a preposition opens its list)
    colons = [c.start() for c in re.finditer(r"(?<!\bto)(?<!\binto)(?<!\bfrom):", text)]
    # (a semicolon before a repeated preposition goes on with the list: "to A; to B")
    semicolons = clause_semicolons(text)
    lo = max([-1] + [c for c in semicolons + colons if c < pos]) + 1
    ends = [c for c in semicolons + colons if c >= pos]
    return lo, min(ends) if ends else len(text)


def owner_named(text: str, m: Mention) -> bool:
    """Whether ``m`` names the owner of the subject ("X, owned by Y,", "X, which belongs
    to Y,", "It is part of Y's division and ..."): no side of a relation of the sentence."""
    before = text[max(0, m.start - 60):m.start]
    if "by " not in before and "to " not in before and "of " not in before:
        return False  # (no word an owner's phrase ends with: most mentions, read fast)
    if _OWNED_BY.search(before) and re.match(r"(?:\s+[a-z]+){0,2}\s*[,)]", text[m.end:]):
        return True
    b = _BELONGS_TO.search(before)
    if b is None or not _OWNER_ENDS.match(text, m.end):
        return False
    # ("The plant is owned by Kamaz and ships cabs": a subject the text does not name is
    # the owner's own; a named one or "it" is not: "Talmex belongs to Y and exports")
    at = m.start - len(before) + b.start()
    lo = max(text.rfind(c, 0, at) for c in ".;:") + 1
    return not _UNNAMED_SUBJECT.fullmatch(text, lo, at)


# The infinitive of another relation's verb after "to" ("to twin", "to sign a memorandum
# with"): its object is no recipient.
_TO_RELATE = re.compile(r"to\s+(?:twin|sign|conclude|establish|join|partner|cooperate|set\s+up"
                        r"|open|become)\b")
_THROUGH_BEFORE = re.compile(r"\b(?:through|via|across|past)\s+$")
_ACRONYM_OPENS = re.compile(r"(?<![\w-])([A-Z][\w&-]*)[\"”»]?\s*\(\s*$")


def _role(text: str, m: Mention) -> str | None:
    """The preposition that governs a mention: to, from, by, of, in, ... or origin."""
    if m.refers == "Place":
        if _MADE_BEFORE.search(text, max(0, m.start - 25), m.start):
            return "origin"   # "the engines assembled there": where the goods were made
        # "ships tractors there", "sells from here": a place adverb says the direction;
        # "sends berries through here to B": a way the goods pass, no side
        if _THROUGH_BEFORE.search(text, max(0, m.start - 12), m.start):
            return "via"
        return "from" if m.text.lower().startswith("from") else "to"
    if m.acronym:
        # "to BMZ (Byelorussian Steel Works)": the name in brackets after its acronym is
        # the party the preposition before the acronym governs, no place of origin
        opened = _ACRONYM_OPENS.search(text, max(0, m.start - len(m.acronym) - 8), m.start)
        if opened and opened.group(1) == m.acronym:
            m = replace(m, start=opened.start())
    before = text[max(0, m.start - 60):m.start]
    if _DESCRIBED_BY_PLACE.match(text, m.end) and _PREP_RIGHT_BEFORE.search(before):
        return "origin"  # "from Kherson's canning group X": where X is
    if re.search(r"[\w\"»”)]\s*\($", before) and text[m.end:m.end + 1] == ")":
        return "origin"  # '"Belshina" (Bobruisk) supplies': where the firm is
    if _ORGAN_OF.search(before):
        # "the akimat of X signed": the organ acts for X; "to the city administration
        # of X": as the organ's preposition says
        to_in = _TO_IN.search(before)
        word = to_in.group(1).lower() if to_in else None
        return ("to" if word == "into" else word) if word in ("to", "into", "from") else None
    if _ORIGIN.search(before):
        return "origin"
    aside = _FROM_ASIDE.search(before) if "from" in before else None
    if aside and re.match(r"\s*,", text[m.end:]) and not _FROM_BEFORE.search(
            before, 0, aside.start()):
        # "X S.p.A., also from Bolzano, exports ...": where X is from ("from A, from B,
        # and from C" is a list of senders)
        return "origin"
    if _APPOSITION.search(before) and re.match(r"\s*(?:[,;)]|[.!?]?\s*$)", text[m.end:]):
        # "X, a maker from Y, shipped ...", "... to X, a knitwear group from Y.": where
        # X is from, not a sender
        return "origin"
    if owner_named(text, m):
        # "X, owned by Y, ships ...", "X, which belongs to Y, exports ...": who owns the
        # supplier, no side
        return "owner"
    if _MAKER.search(before):
        return "maker"  # "trolleybuses produced by X": who made them, not who delivered
    to_in = _TO_IN.search(before)
    if to_in:
        word = to_in.group(1).lower()
        return "to" if word == "into" else word
    place_of = _PLACE_OWNS_DESCRIBED.search(before) if "s " in before else None
    if place_of:
        # "from Kherson's canning group X": the preposition governs X
        word = place_of.group(1).lower()
        return "to" if word == "into" else word
    if before.endswith(("in ", "in the ")) and _NARROWED_IN.search(text, max(0, m.start - 160),
                                                                      m.start):
        return "to"
    named = _DESCRIBED_THEN_NAMED.search(before)
    if named and re.match(r"\s*(?:[,;.)]|$|\s+(?:by|in|on|at|since|until|from|for|and)\b)",
                          text[m.end:]):
        # "to the Osh city transport company, X, by the end of the year": the name after
        # the description's comma is whom the preposition governs
        word = named.group(1).lower()
        return "to" if word == "into" else word
    example = _EXAMPLE_OF.search(before)
    if example:
        # "to several mining firms, including X": the examples are the group's members
        word = (example.group(1) or example.group(2)).lower()
        return "to" if word == "into" or word.startswith(("suppl", "deliver")) else word
    if _LOCATIVE_BEFORE.search(before):
        # "draws water off A", "a well near B": where something is, no side of a supply
        # nor the subject of the verb after it ("X draws water off A and supplies C")
        return "near"
    p = _PREP.search(before)
    if not p:
        return None
    verb = SUPPLY.search(before, p.end(1))
    if verb and not _AGENT.match(verb.group(0)):
        # ("to the importer X", "to our new distributor X": an agent noun describes X)
        return None  # "plans to purchase X": an infinitive's "to" governs no party
    if _TO_RELATE.match(before, p.start(1)):
        return None  # "a proposal from A to twin B with C": the infinitive's object
    word = p.group(1).lower()
    if word == "of" and _OF_ALL.search(before):
        return None  # "The X plants, first of all the Y plant, sold": no "of" of Y
    if word == "with" and _ALONG.search(before, 0, p.start(1)):
        return None  # "A, along with B, supplies": a co-subject, no partner
    if word == "from" and _APART.search(before, 0, p.start(1)):
        return None  # "Apart from Russia, MAZ exports buses to A": an exception, no sender
    return "to" if word == "into" else word


# A site named by its place and run by a firm named after it ("the X terminal operated by
# Y", "the X refinery owned by Y"): the firm is the party.
_RUN_BY = re.compile(r"\s+(?:terminal|refinery|plant|mill|works|smelter|factory|station|depot"
                     r"|warehouse|yard|port|mine|site|facility)s?\s+(?:operated|owned|run"
                     r"|managed)\s+by\s+(?:the\s+)?")


def _operator(text: str, d: Mention, ms: list[Mention]) -> Mention:
    """The firm that runs the site ``d`` names, else ``d``."""
    run = _RUN_BY.match(text, d.end)
    return next((m for m in ms if run and m.start == run.end() and not m.refers), d)


# A place after "in" that locates the site the goods came from ("from our plants in A",
# "from its mill in B"), no market.
_FROM_SITE_IN = re.compile(r"\bfrom\s+(?:(?!(?:to|and|but|while|which)\s)[\w'’-]+\s+){0,5}"
                           r"in\s+(?:the\s+)?$")
# A preposition of position right before a name: "off A", "near B", "outside C".
_LOCATIVE_BEFORE = re.compile(r"\b(?:[Oo]ff|[Nn]ear|[Oo]utside|[Bb]eyond|[Oo]pposite|[Bb]elow"
                              r"|[Aa]bove)\s+(?:the\s+)?(?:coast\s+of\s+)?$")
_OF_ALL = re.compile(r"\b(?:[Ff]irst|[Mm]ost|[Bb]est)\s+of\s+all\s+(?:the\s+)?$")
_APART = re.compile(r"\b(?:[Aa]part|[Aa]side|[Aa]way|[Ff]ar)\s+$")
_ALONG = re.compile(r"\b(?:[Aa]long|[Tt]ogether)\s+$")


# An adverb right before the trigger makes it a verb: "the company also exports", "the
# region mainly imports" (frequency adjectives are no adverbs: "monthly shipments").
_ADVERB_BEFORE = re.compile(r"\b(?:also|now|still|already|even|only|currently|(?!(?:week|month"
                            r"|dai|year|quarter|hour|night|ear|friend|on)ly\b)[a-z]+ly)\s+$",
                            re.I)


# "and" right before the trigger, and a goods phrase of lower-case words then "to" after
# it ("and supplies tap water to", "and exports most of its grain to").
_AND_VERB_OBJECT = re.compile(r"\sand\s+$")
_OBJECT_THEN_TO = re.compile(r"\s+(?:(?!(?:to|into|of|from|for|in|with|by|and|or|is|are|was|were"
                             r"|has|have|had|will|rose|fell|grew)\s)[a-z\d][\w,.-]*\s+){1,5}"
                             r"(?:to|into)\s")


def _is_noun(text: str, t: re.Match, ms: list[Mention]) -> bool:
    """"supplies of", "the delivery", "Belarusian exports" are nouns; "X supplies" a verb."""
    if not _NOUN_FORMS.match(t.group(0)):
        return False
    if re.match(r"\s+of\b", text[t.end():]) or not text[:t.start()].strip():
        return True  # ("Deliveries to X of ...": a sentence opens with no verb)
    if _ADVERB_BEFORE.search(text, 0, t.start()):
        return False  # "the region also imports fruit", "the company now exports cranes"
    if _AND_VERB_OBJECT.search(text, max(0, t.start() - 6), t.start()) and \
            _OBJECT_THEN_TO.match(text, t.end()):
        # "X draws water off A and supplies tap water to B": a second predicate of
        # the subject, its goods the object ("trade and supplies to B" has none)
        return False
    prev = [m for m in ms if m.end <= t.start() and not text[m.end:t.start()].strip(" '’s")]
    if prev:
        return prev[-1].adjectival or bool(re.match(r"['’]s", text[prev[-1].end:]))
    # ("Latvia in turn supplies us": an adverb, not "in" before a noun)
    # ("X of Kaunas supplies our cartons": a town the firm's name took in is no
    # modifier of a noun, so its words before the trigger are lower-case)
    return bool(re.search(r"\b(?:the|a|an|its|their|of|for|in(?!\s+turn\s+$)|on|and|mutual"
                          r"|direct|new|further|regular|annual|main|total|such)\s+"
                          r"(?:(?!(?<=\bof\s)(?-i:[A-Z]))[a-z-]+\s+){0,2}$",
                          text[max(0, t.start() - 40):t.start()], re.I))


# "X could supply Y", "X is able to deliver": what a party can do, not what it does
_CAPABLE = re.compile(r"\b(?:could|can|(?-i:may)|might|(?:is|are|was|were)\s+able\s+to)\s+"
                      r"(?:also\s+|well\s+|potentially\s+|easily\s+|in\s+principle\s+)?$", re.I)


_PEOPLE_SENT = re.compile(r"\s+(?:us\s+|them\s+)?(?:(?:an?|the|its|their|some|several|more"
                          r"|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|organi[sz]ed"
                          r"|tourist|school|official|first|new|large)\s+){0,3}"
                          r"(?:groups?|tourists?|delegations?|students?|pupils?|children|teachers?"
                          r"|doctors?|specialists?|experts?|volunteers?|workers?|trainees?"
                          r"|athletes?|officials?|people|representatives?|missions?)\b", re.I)


# "our long-standing importer X", "our new distributor X of Vilnius": "our" before the
# description of a trading partner named right after it
_OUR_DESCRIBED = re.compile(r"[Oo]ur\s+(?:[a-z][\w-]*\s+){0,2}(?:importer|distributor|dealer"
                            r"|customer|buyer|client|wholesaler|retailer)s?\s+[A-Z]")
# "Alytus sent us three ambulances": the speaker as the recipient, with no "to" (what is
# sent "for the city festival" may be a choir: no goods)
_SENT_TO_US = re.compile(r"\s+us\b")


_WORDS_SENT = re.compile(r"\s+(?:us\s+|them\s+)?(?:(?:an?|the|its|their|some|several|many|warm"
                         r"|official|written|formal|new)\s+){0,2}(?:letters?|greetings|invitations?"
                         r"|messages?|word|congratulations|condolences|proposals?|offers?"
                         r"|requests?|news|reports?|signals?|information|questions?|e-?mails?"
                         r"|notes?|repl(?:y|ies)|answers?|regards|wishes|thanks|appeals?)\b", re.I)


# "X has sent Y three ambulances", "X sent Y's hospitals beds and blankets": a sent
# thing's recipient named right after the verb, with no "to" (a double object); the
# goods follow in lower case (not a preposition, a verb or a clause word).
_SENT_NAMED = re.compile(r"\s+(?:also\s+|already\s+)?(?:the\s+)?(?-i:[A-Z][\w'’.-]*)"
                         r"(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}"
                         r"(?P<own>['’]s?(?:\s+(?-i:[a-z][\w-]*)){1,4}?)?(?=\s+(?!(?:to|in|on|at|for"
                         r"|from|with|by|and|or|as|back|home|away|off|out|over|into|via|during"
                         r"|after|before|since|last|this|that|which|who|whose|where|when|was|were"
                         r"|is|are|has|had|have|will|would|a\s+letter)\b)(?-i:[a-z\d]))", re.I)


def _sent_named(text: str, end: int) -> bool:
    """"sent Y goods": Y named after the verb and goods (no people, no words) after Y."""
    m = _SENT_NAMED.match(text, end)
    if m is None:
        return False
    return not (_PEOPLE_SENT.match(text, m.end()) or _WORDS_SENT.match(text, m.end()))


def _skip(text: str, t: re.Match) -> bool:
    word = t.group(0).lower()
    after = text[t.end():t.end() + 40]
    if word.startswith("sen") and not re.search(r"\bto\b", text[t.end():t.end() + 80]) \
            and not _SENT_TO_US.match(text, t.end()) and not _sent_named(text, t.end()):
        return True
    # "travel agencies will send school groups to the lakes of X", "sent 30 students
    # to Y": people sent are no goods
    if word.startswith("sen") and _PEOPLE_SENT.match(after):
        return True
    if word.startswith("sen") and _WORDS_SENT.match(after):
        return True   # "sent us a letter", "sent greetings to": words, no goods
    # "exporting companies", "water supply systems": not a flow of goods.
    if word.endswith("ing") and re.match(r"\s+(?:companies|enterprises|firms|countries|organi[sz]"
                                         r"ations|producers|capacity|potential)\b", after):
        return True
    return bool(re.match(r"\s+(?:and drainage|systems?|networks?|chains?|lines?|facilities)\b",
                         after))


_NOT_SUBJECT = ("in", "of", "origin", "at", "on", "owner")
# The partner of a deal: "signed a contract with B", "an agreement with the firm B".
_DEAL_BEFORE = re.compile(r"\b(?:contracts?|agreements?|deals?|memorand(?:um|a)|signed"
                          r"|concluded)\b[^.;]*\bwith\s+[^.;,]*$", re.I)
# A list member joined with no word of its own: "in A and B", "to A, B or C".
_TIGHT_JOIN = re.compile(r"\s*(?:,|,?\s+(and|or))?\s*")
# A subject of its own between two parties: ", and B", "; B", ", while the B plant".
_CLAUSE_OPENS = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z]|\.\s")
# "the sawmills in A and B": a noun located by the list ("Belshina of Bobruisk, A and B
# supply" lists suppliers after a firm's seat).
_NOUN_LOCATED = re.compile(r"\b(?-i:[a-z][\w-]*)\s+(?:in|at|near)\s+(?:the\s+)?$")
# "with B, which now delivers": the party before a relative pronoun is its subject.
# (an apposition before it may be blanked out: "with B, a New York importer, which")
_RELATIVE_OPENS = re.compile(r"(?:,|\s\s)\s*(?:which|who|that)\b")


# What stands between a "for" party and the supply verb of a coordinated predicate: "made
# engines for B and delivered them to C", "builds hulls for B trucks, and since 2019 has
# shipped ...".
_FOR_THEN_AND = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s*,?\s+and\s*(?:,?\s*(?:also|then|later|now"
                           r"|has|have|had|(?:since|in)\s+(?:19|20)\d\d)\s*,?)*\s*")


def _outranked_objects(text: str, before: list[Mention], plain: list[Mention], at: int
                       ) -> list[Mention]:
    """``plain`` without the parties another word governs, when a subject is named before
    them: "sold it to A but has since shipped more to B" and "signed a contract with A and
    also sells fertiliser to B" (A is another verb's object), "X, whose plants in A and B
    ship" (B is listed with the locative A)."""
    held: dict[int, tuple[int, str]] = {}   # a held party: its list's start, head role
    for i, m in enumerate(before):
        if id(m) not in held:
            role = _role(text, m)
            if role not in _NOT_SUBJECT + ("to", "with", "from", "for") or \
                    _RELATIVE_OPENS.search(text, m.end, at):
                continue  # ("with B, which delivers G to C": B is the relative's subject)
            if role == "for" and not _FOR_THEN_AND.fullmatch(text, m.end, at):
                continue  # (only "made parts for B and delivered them to C": another verb's)
            if role == "with" and not _DEAL_BEFORE.search(text, max(0, m.start - 80), m.start):
                continue  # ("twinned with B", "together with B": no partner of a deal)
            if role in ("to", "from") and not SUPPLY.search(text, max(0, m.start - 80),
                                                           m.start) and not (
                    role == "from" and _AND_THEN.fullmatch(text, m.end, at)):
                continue  # ("sister city to B", "according to B": no recipient of goods;
                # "buys beer from A and in 2019 sold grain to B": A the first verb's source)
            held[id(m)] = (m.start, role)
        first, role = held[id(m)]
        nxt = before[i + 1] if i + 1 < len(before) else None
        join = _TIGHT_JOIN.fullmatch(text, m.end, nxt.start) if nxt is not None else None
        if not join:
            continue
        # The list goes on: "to A, B and C", "the plants in A and B" (a noun it locates;
        # "Belshina of Bobruisk, A and B supply" lists suppliers after a firm's seat).
        # Right before the verb a member is its subject ("to A and B ships"), unless the
        # list locates a noun ("the plants in A and B ship").
        located = role in _NOT_SUBJECT and bool(_NOUN_LOCATED.search(text, 0, first))
        if (located and join.group(1)) if _ADVERB.fullmatch(text, nxt.end, at) else (
                located or role in ("to", "with")):
            held[id(nxt)] = (first, role)
    subjects = [m for m in plain if id(m) not in held]
    if not subjects or subjects[-1] is plain[-1] or _CLAUSE_OPENS.search(
            text, subjects[-1].end, plain[-1].start):
        return plain
    return subjects


def _subject(text: str, before: list[Mention], at: int | None = None) -> Mention | None:
    """The nearest party before the trigger that is not a locative ("a plant in X")
    and not a modifier of another party."""
    found = _subject_of(text, before, at)
    if found is not None and _role(text, found) == "near":
        # "X draws water off A and supplies B": where the first predicate took place is
        # no subject of the second (an apposition's place, "X, a maker near A, sells",
        # leads to X above)
        found = _subject_of(text, [m for m in before if _role(text, m) != "near"], at) \
            or found
    return found


def _subject_of(text: str, before: list[Mention], at: int | None) -> Mention | None:
    plain = [m for m in before if _role(text, m) not in _NOT_SUBJECT]
    if at is not None:
        plain = _outranked_objects(text, before, plain, at)
    # "X buys Serbian apples and sells them to Y": a demonym of the goods is no subject.
    named = [m for m in plain if not m.adjectival or not re.match(r"\s+[a-z]", text[m.end:])]
    found = (named or plain or before or [None])[-1]
    if found is not None and found.adjectival:
        # "The Iranian fisheries of Gilan have sold fry to ...": the place the subject
        # noun belongs to names its side better than the demonym before the noun
        found = next((m for m in before if m.start > found.end and not m.adjectival
                      and _NOUN_OF.fullmatch(text, found.end, m.start)), found)
    # "Belshina, the main supplier of tyres to BelAZ, also ships ...": the party inside
    # an apposition is not the subject the apposition describes.
    head = next((h for h in before if found is not None and h.end < found.start
                 and _APPOSED_BEFORE.fullmatch(text, h.end, found.start)
                 and _APPOSED_AFTER.match(text, found.end)), None)
    # "X, whose headquarters is at A near B, buys ...": a party inside a relative clause
    # set off by commas is not the subject it describes.
    head = head or next((h for h in before if found is not None and h.end < found.start
                         and not h.adjectival
                         and _RELATIVE_OPEN.fullmatch(text, h.end, found.start)
                         and (close := _RELATIVE_CLOSE.match(text, found.end))
                         # (the trigger stands after the clause: "A, where the company
                         # supplies kits to B, ..." is the clause's own supply)
                         and not SUPPLY.search(text, h.end, close.end())), None)
    # "ESTAR, the Region's procurement agency, bought ...": the owner named in the
    # apposition is not the subject it describes either.
    head = head or next((h for h in before if found is not None and h.end < found.start
                         and not h.adjectival and _OWNER_APPOSED.fullmatch(text, h.end, found.start)
                         and _POSSESSIVE.match(text, found.end)
                         and _APPOSED_AFTER.match(text, found.end)), None)
    # "B Ltd (of Riga), our sole distributor, bought ...": the speaker's "our" opens
    # an apposition that describes the firm before it, the subject
    head = head or next((h for h in before if found is not None and h.end < found.start
                         and found.refers == "Speaker" and found.text.lower() == "our"
                         and (h.kind_hint == "Company" or h.named_firm)
                         and _OUR_APPOSED.fullmatch(text, h.end, found.start)
                         and _APPOSED_AFTER.match(text, found.end)), None)
    if head is not None and _role(text, head) == "of":
        # ("B Ltd of Wroclaw, with which A concluded ..., supplies": the firm, not its seat)
        head = _firm_of_town(text, head, before)
    return head or found


_OUR_APPOSED = re.compile(r"(?:\s+(?:of|from)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)?,\s+")
_OWNER_APPOSED = re.compile(r",\s+")
_POSSESSIVE = re.compile(r"['’]s\s")


# (after a preposition too: "B of C, with which A concluded a contract in April, ...")
_RELATIVE_OPEN = re.compile(r"(?:\s+of\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)?"
                            r",\s+(?:(?:with|to|from|for|by|under)\s+)?(?:whose|which|where"
                            r"|who|whom)\b[^,;()]*")
_RELATIVE_CLOSE = re.compile(r"[^,;.()]*,")


def _sender(text: str, t: re.Match, before: list[Mention], passive: bool, noun: bool,
            origin: Mention) -> Mention | None:
    """The named subject of an active verb of sending (not of buying or receiving),
    standing before the verb with the "from" after it; None otherwise."""
    if passive or noun or REVERSE.match(t.group(0)) or not before or origin.start < t.end() \
            or re.search(r"[;:!?]|\.\d*\s+[A-Z]", text[t.end():origin.start]):
        return None   # (a "from" of the next sentence, run on after a note's number)
    subj = _subject(text, before)
    if subj is None or subj.refers or subj.adjectival or _role(text, subj) is not None:
        return None
    # (no other verb between: "the coal that A mines is shipped ...")
    between = text[subj.end:t.start()]
    return None if re.search(r"[;:]|\b(?:which|that|who|and|while)\b", between) else subj


# (also the agent of a participle, "an order placed by X", "tenders issued by X", and of
# a buyer's noun, "purchases by X")
_ORDERED_FROM = re.compile(r"\b(?:(?:orders?|requests?|commissions?|tenders?|enquir(?:y|ies)"
                           r"|inquir(?:y|ies)|bookings?)\s+(?:[a-z]+\s+){0,2}?(?:from|by)"
                           r"|(?:purchases?|procurements?|acquisitions?)\s+by)\s+(?:the\s+)?"
                           r"(?:[a-z][\w-]*\s+){0,3}$", re.I)
_NOUN_OF = re.compile(r"\s+(?:(?-i:[a-z][\w-]*)\s+){1,3}of\s+(?:the\s+)?")
# ("according to figures from X", "received a delegation from the province of X": whence
# the numbers or the visitors come, no source of goods)
_NO_SOURCE_FROM = re.compile(r"\b(?:figures|data|statistics|estimates|reports?|information"
                             r"|delegations?|visitors|tourists|guests|officials|experts"
                             r"|representatives|students|missions?)\s+from\s+"
                             r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?$",
                             re.I)
# ("MAZ, partnered with Volvo since 2011, ships ...": a participle set off by commas
# describes the subject as an apposition does)
_APPOSED_BEFORE = re.compile(r",\s+(?:(?:the|a|an|its|one\s+of\s+the)\s+[^,;.()]{1,80}?"
                             r"|(?:partnered|allied|paired|associated|teamed\s+up|twinned"
                             r"|merged|linked)\s+with\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3})")
_APPOSED_AFTER = re.compile(r"[^,;.()]{0,40}?,\s+(?:(?:also|now|still|already|\w+ly)\s+)*"
                            r"(?!and\b|or\b)[a-z]")


_DESCRIBED_OF = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:of|in)\s+(?:the\s+)?$", re.I)
# A firm's head noun before the place: "the transport operator of X", "the water utility
# of X" describe a firm of X whatever noun the author chose.
_FIRM_OF = re.compile(rf"\b(?:{_FIRM_NOUNS}|utility|utilities|authority|undertaking)\s+"
                      r"(?:of|in)\s+(?:the\s+)?$", re.I)


def _named_after(text: str, d: Mention, dsts: list[Mention]) -> bool:
    """``d`` is a place read as the firm or body of its description ("the transport
    company of Miskolc") and the firm's name follows it after a comma, ending the
    phrase ("..., MVK Zrt., which ..."): the name is the recipient."""
    if d.named_firm or not _DESCRIBED_OF.search(text, max(0, d.start - 60), d.start) or (
            d.kind_hint not in ("Company", "Organization")
            and not _FIRM_OF.search(text, max(0, d.start - 40), d.start)):
        return False
    # (a town after the comma is the next of a list: "to the operator of A, B and C")
    return any(re.fullmatch(r",\s+", text[d.end:n.start]) and re.match(r"\.?\s*(?:[,;)]|$|\.)",
                                                                      text[n.end:])
               and not known_place(n.text) for n in dsts if n.start > d.end)


# "Tarnow's largest dealer, " / "Kaunas' biggest dairy farm, ": a place's possessive
# and a description of one firm, closed by a comma before that firm's name.
_OWNED_DESCRIBED = re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_FIRM_NOUNS}|farm"
                              r"|estate|customer|buyer|client|importer|partner)\s*,\s+"
                              r"(?:the\s+)?")


def _owned_named_after(text: str, d: Mention, ms: list[Mention]) -> Mention:
    """The firm named after ``d``'s possessive description ("Riga's largest producer,
    Dzintars Ltd"), which receives in the place's stead; else ``d``. The name must end
    the phrase, so that a list of places ("to A's plants, B and C") keeps its places."""
    g = _OWNED_DESCRIBED.match(text, d.end)
    if g is None or d.refers:
        return d
    n = next((m for m in ms if m.start == g.end()), None)
    if n is None or known_place(n.text) or n.adjectival or not re.match(
            r"\.?\s*(?:[,;)]|\.|$|(?:and|in|for|since|during)\b)", text[n.end:]):
        return d
    return n


# "to Chinese steelmakers - ": a demonym, its group's plural noun, a dash or a colon
_GROUP_THEN_DASH = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s*(?:[-–—:]|--)\s*"
                              r"(?:the\s+)?")
# "... X is among the largest buyers", "X was the main customer": the named one buys
_IS_BUYER = re.compile(r"(?:\s+[A-Z][\w.&-]*)*(?:\s+(?:group|company|holding|concern"
                       r"|corporation|plant|works|mill|chain))?"
                       r"\s+(?:is|was|are|were|remains|remained|became)\s+"
                       r"(?:(?:one\s+of|among)\s+)?(?:the|its|our|their)\s+(?:[a-z]+\s+){0,2}"
                       r"(?:buyers?|customers?|clients?|importers?|purchasers?|consumers?)\b")


def _buyer_after_dash(text: str, d: Mention, after: list[Mention]) -> Mention:
    """The party named after a dash or colon as the buyer among the group ``d`` (a
    demonym before a plural noun) stands for: "to Chinese steelmakers - the X group is
    among the largest buyers" (X); ``d`` itself otherwise."""
    if not d.adjectival:
        return d
    dash = _GROUP_THEN_DASH.match(text, d.end)
    named = next((m for m in after if dash and m.start == dash.end() and not m.adjectival),
                 None)
    return named if named is not None and _IS_BUYER.match(text, named.end) else d


# "in A and across B", "in A and throughout B": a further market after "and"
_AND_ACROSS = re.compile(r",?\s+and\s+(?:also\s+)?(?:in|across|throughout|all\s+over)\s+"
                         r"(?:the\s+)?")
# "to Japan through the Tokyo importer X", "via our long-standing distributor X": the
# firm the goods reach the market through (its description ends in a trading noun)
_THROUGH = re.compile(r"(?:\s+markets?)?(?:\s+in\s+(?:19|20)\d\d)?,?\s+(?:through|via)\s+"
                      r"(?:the\s+|its\s+|our\s+|their\s+|a\s+)?(?:[A-Z][\w-]+(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,3}"
                      r"(?:importers?|distributors?|dealers?|traders?|trading\s+(?:house|company)"
                      r"|wholesalers?|retailers?|chains?|agents?|resellers?|subsidiar(?:y|ies))"
                      r"\s+(?:the\s+)?$")


# "to Latvia, mainly through X SIA": a firm its legal form shows, with no description.
_THROUGH_FIRM = re.compile(r"(?:\s+markets?)?(?:\s+in\s+(?:19|20)\d\d)?,?\s+"
                           r"(?:(?:mainly|mostly|largely|chiefly|partly|primarily|exclusively"
                           r"|only)\s+)?(?:through|via)\s+")


# "sells its beers through X", "ships cheese via the wholesaler X": the goods, then the
# firm they are sold through. The goods may go unsaid and the firm be described first
# ("we sell through the Lyon trading house X"): the description ends in a trading noun.
_GOODS_THROUGH = re.compile(r"\s+(?:(?:its|their|our|the)\s+)?(?:(?!(?:to|from|for|in|of|by"
                            r"|and|with)\s)[a-z][\w-]*\s+){0,4}?(?:(?:mainly|mostly|largely"
                            r"|only|exclusively)\s+)?(?:through|via)\s+(?:the\s+)?"
                            r"(?:(?:[A-Z][\w-]+(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                            r"(?:importers?|distributors?|dealers?|traders?|trading\s+(?:house"
                            r"|company|firm)|wholesalers?|retailers?|chains?|agents?|resellers?)"
                            r",?\s+)?")


def _sold_through(text: str, ms: list[Mention], t: re.Match) -> list[tuple]:
    """A seller's supply that names no recipient but the firm its goods are sold
    through ("X has been selling its beers through Y since 2021"): Y receives them."""
    # ("has been selling" is no passive)
    if not SUPPLY_VERB.match(t.group(0)) or REVERSE.match(t.group(0)) or (
            not t.group(0).endswith("ing") and PASSIVE.search(text, max(0, t.start() - 30),
                                                               t.start())):
        return []
    via = next((m for m in ms if m.start >= t.end() and not m.adjectival
                and _GOODS_THROUGH.fullmatch(text, t.end(), m.start)), None)
    if via is None or not (via.named_firm or via.kind_hint == "Company"):
        return []
    # ("exports cheese to A and sells through B": A is the first verb's object)
    sup = _subject(text, [m for m in ms if m.end <= t.start()], t.start())
    # ("In Serbia the group sells through X": the opening place is no seller)
    if sup is None or sup is via or _role(text, sup) in _NOT_SUBJECT:
        return []
    return [(sup, via, "sold through", 0.6)]


def through_intermediary(text: str, mentions: list[Mention], found: list[tuple]
                          ) -> list[tuple]:
    """The firm a supply reaches its market through, named after "through" or "via"
    and its description right after the recipient ("exports cheese to Canada through the
    Toronto importer X"): a recipient of the same supplier."""
    out = []
    for sup, rec, how, conf in found:
        nxt = next((m for m in mentions if m.start > rec.end and not m.adjectival
                    and (_THROUGH.fullmatch(text, rec.end, m.start) or (
                        (m.named_firm or m.kind_hint == "Company")
                        and _THROUGH_FIRM.fullmatch(text, rec.end, m.start)))),
                   None)
        if nxt is not None and nxt is not sup and not any(
                o[0] is sup and o[1] is nxt for o in found + out):
            out.append((sup, nxt, how, conf))
    return out


# "exported 9,000 t from our two plants in A and B": where the goods left from, no
# market (the seller's own sites).
_FROM_OWN_SITE = re.compile(
    r"\bfrom\s+(?:[\w'’-]+\s+){0,4}(?:plants?|factor(?:y|ies)|mills?|facilit(?:y|ies)"
    r"|sites?|warehouses?|works|farms?|mines?|depots?|plantations?|estates?|units?)"
    r"\s+(?:located\s+|based\s+)?(?:in|at|near)\s+(?:the\s+)?$", re.I)


def _run_after(text: str, first: Mention, ms: list[Mention]) -> list[Mention]:
    """``first`` and the parties listed right after it ("to A, B and C")."""
    return run_after(text, first, ms)


# "..., and the forestry enterprises of Karelia": a further recipient named by the place
# that locates it, after the first ones.
_AND_LOCATED = re.compile(r",?\s+and\s+(?:also\s+)?(?:the\s+|to\s+(?:the\s+)?)?"
                          r"(?:[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)\s+)?(?:[a-z][\w-]*\s+){1,3}"
                          r"(?:of|in|from)\s+(?:the\s+)?")


def located_run(text: str, first: Mention, ms: list[Mention]) -> list[Mention]:
    """The recipients listed from ``first`` on, with those the list goes on to name by
    their place ("the road builders of A and the forestry enterprises of B")."""
    run = _without_seats(text, run_after(text, first, ms))
    while True:
        g = _AND_LOCATED.match(text, run[-1].end)
        nxt = next((m for m in ms if g and m.start == g.end() and not m.refers), None)
        if nxt is None or nxt in run:
            return run
        run += _without_seats(text, run_after(text, nxt, ms))


# A town after a comma that closes a firm's or a body's item: "- X Cooperative Society,
# Town (14 million litres)", "A Ltd, Town; B AG, Town": where the member sits.
_ITEM_CLOSES = re.compile(r"\s*(?:\(|$|\n|;|\s[-–—]\s)")


def _without_seats(text: str, run: list[Mention]) -> list[Mention]:
    """``run`` without the towns that only place the firm or body before them (see
    ``_ITEM_CLOSES``)."""
    return [m for i, m in enumerate(run)
            if not (i and (run[i - 1].organisation or run[i - 1].named_firm
                           or run[i - 1].kind_hint == "Company")
                    and re.fullmatch(r"\s*,\s*", text[run[i - 1].end:m.start])
                    and _ITEM_CLOSES.match(text, m.end) and known_place(m.text))]


# "Fruit processor X from Volyn exports ...": a "from" right after a named party.
# (set off by commas too: "X, also from Vipava, has built ...")
_FROM_HOME = re.compile(r",?\s+(?:(?:also|likewise|too)\s+)?from\s+(?:the\s+)?")


def _home_of_subject(text: str, m: Mention, before: list[Mention]) -> bool:
    """``m`` (a "from" party before the trigger, ``before`` the parties) only says where
    the party named right before it is at home ("Fruit processor X from Volyn exports
    juice to Y", "the dairy X from Kharkiv ships cheese"): the firm is the subject, its
    town no source."""
    prev = next((p for p in reversed(before) if p.end <= m.start), None)
    return prev is not None and (prev.named_firm or prev.kind_hint == "Company") and bool(
        _FROM_HOME.fullmatch(text, prev.end, m.start))


# A list member right after another: "at A and B", "in the A and B regions", "in A, B".
_LIST_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


def _list_locatives(text: str, ms: list[Mention], roles: dict) -> None:
    """A member of a list that a place preposition governs ("received 140,000 tonnes at
    A and B", "land in the A and B regions") is governed by it too: a place where, no
    maker or source of the goods. (Only "in" and "at": a list after "to" or "from" is
    read by the rules that walk lists.)"""
    for prev, m in zip(ms, ms[1:], strict=False):
        if roles[id(m)] is None and roles[id(prev)] in ("in", "at") and \
                _LIST_JOIN.fullmatch(text, prev.end, m.start):
            roles[id(m)] = roles[id(prev)]



# What stands between "supplies" and the party it supplies "with" goods: "the Russian
# province of", "the regional passenger carrier", "the Leiden importer".
_SUPPLIED_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)\s+(?:[a-z]+\s+){1,2}of\s+"
    r"(?:the\s+)?|(?:(?!(?:of|to|from|in|for|with|and|by|its|their)\s)(?-i:[a-z][\w-]*)\s+)"
    rf"{{1,3}}|{DESCRIPTION})?")


def directions(text: str, ms: list[Mention], t: re.Match
               ) -> list[tuple[Mention, Mention, str, float]]:
    """(supplier, recipient, rule, confidence) for the trigger ``t`` among the
    clause's mentions ``ms``."""
    if _AGENT.match(t.group(0)):
        return _agent(text, ms, t)
    reverse = bool(REVERSE.match(t.group(0)))
    noun = _is_noun(text, t, ms)
    roles = {id(m): _role(text, m) for m in ms}
    _list_locatives(text, ms, roles)
    for m in ms:
        # ("to Zielona Gora's annual Winobranie festival": no party named after the
        # place's possessive, so the place is whom the preposition governs)
        desc = _DESCRIBED_BY_PLACE.match(text, m.end) if roles[id(m)] == "origin" else None
        prep = desc and _PREP_RIGHT_BEFORE.search(text, max(0, m.start - 12), m.start)
        if prep and not any(x.start == desc.end() and not _NAME_MODIFIES.match(text, x.end)
                            for x in ms):
            roles[id(m)] = "to" if prep.group(1).lower() == "into" else prep.group(1).lower()
    # (a firm's home town before the trigger is no party of its supply)
    homes = [m for m in ms if m.end <= t.start() and roles[id(m)] == "from"
             and _home_of_subject(text, m, ms)]
    # (nor is the subject's owner: "It is part of Y's division and supplies": not Y)
    ms = [m for m in ms if m not in homes and roles[id(m)] != "owner"]
    for m in ms:
        # ("because of an order placed by X": who ordered buys, no agent nor source)
        if roles[id(m)] in ("by", "from") and _ORDERED_FROM.search(text, max(0, m.start - 60),
                                                                   m.start):
            roles[id(m)] = "orderer"
    if PASSIVE_BEFORE.search(text, max(0, t.start() - 30), t.start()):
        # ("Roundwood harvested in A is delivered to B", "Phenol-formaldehyde resin is
        # supplied by C": the passive's subject is the goods, named as no party is)
        ms = [m for m in ms if not (m.end <= t.start() and _goods_named(text, m))]
    before = [m for m in ms if m.end <= t.start()]
    after = [m for m in ms if m.start >= t.end()]
    # ("buys kits from A, and it sells cars to B", "receives ore from A and sells oxides
    # to B; C supplies oil to D": a "from" before another verb is that verb's)
    from_m = [m for m in ms if roles[id(m)] == "from" and not (
        m.end <= t.start() and any(SUPPLY_VERB.match(u.group(0))
                                   for u in SUPPLY.finditer(text, 0, m.start)
                                   if not PASSIVE.search(text, max(0, u.start() - 30), u.start()))
        and (re.search(r"(?:,\s+|\s)(?:and|but|while|whereas)\s", text[m.end:t.start()])
             or any(SUPPLY_VERB.match(u.group(0))
                    for u in SUPPLY.finditer(text, m.end, t.start()))))]
    # ("owing to an order from X": who ordered the goods buys them, no source)
    from_m = [m for m in from_m if not _ORDERED_FROM.search(text, max(0, m.start - 60), m.start)]
    from_m = [m for m in from_m
              if not _NO_SOURCE_FROM.search(text, max(0, m.start - 60), m.start)]
    # ("gets steel from A and then sells pipes to B": the "from" of the first predicate)
    from_m = [m for m in from_m if not (m.end <= t.start()
                                        and _AND_THEN.fullmatch(text, m.end, t.start()))]
    to_all = [m for m in ms if roles[id(m)] == "to"]
    # "to the Belarusian metallurgical plant in X": the demonym describes what X stands for.
    to_all = [m for m in to_all if not (m.adjectival and any(
        x.start > m.end and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){1,3}(?:in|of)\s+(?:the\s+)?",
                                         text[m.end:x.start]) for x in to_all))]
    to_all = _members_over_group(text, to_all)
    # ("to our long-standing importer X": "our" owns the description of X, who receives)
    to_all = [m for m in to_all
              if m.text.lower() != "our" or not _OUR_DESCRIBED.match(text, m.start)]
    to_m = [m for m in to_all if m.start >= t.end()]
    if not to_all and not REVERSE.match(t.group(0)):
        # "supplies tractors for the Omsk region", "deliveries of buses for Minsk": with no
        # "to", the party the goods are for ("spare parts for MAZ trucks" names a maker).
        to_m = to_all = [m for m in after if roles[id(m)] == "for" and not m.adjectival
                         and m.start - t.end() < 80 and (re.match(
                             r"\s*(?:[,.;:)]|$|\s+(?:and|in|from|by|since|during|at|until)\b)",
                             text[m.end:]) or _OWN_USE.match(text, m.end) and m.refers in (
                                 "Speaker", "City", "Region"))][:1]
    by_m = [m for m in after if roles[id(m)] == "by"]
    passive = bool(PASSIVE_BEFORE.search(text, max(0, t.start() - 30), t.start()))
    glued = [m for m in before if not text[m.end:t.start()].strip(" '’s")]  # "X's exports"
    # (either may come first: "connected to the A grid, and we import power from B"
    # opens a clause of its own before the "from")
    pair = sorted((from_m[0], to_all[0]), key=lambda m: m.start) if from_m and to_all else ()
    if from_m and to_all and from_m[0] is not to_all[0] and \
            not _new_subject_between(text, *pair, ms) and not _verb_after_and(text, *pair):
        # "from X to Y", also before a passive verb ("from X to Y were supplied")
        src, dsts = from_m[0], _run_after(text, to_all[0], ms)
        # ("from X to A and, in smaller volumes, to B": a further destination that
        # repeats "to" after "and" and an aside)
        for m in to_all[1:]:
            if m not in dsts and _AND_TO_AGAIN.fullmatch(text, dsts[-1].end, m.start):
                dsts += [x for x in _run_after(text, m, ms) if x not in dsts]
        sender = _sender(text, t, before, passive, noun, from_m[0])
        if sender is not None:
            # "Bogatyr Komir ships coal from Ekibastuz to Y": the subject of an active
            # verb of sending sends; the "from" names where the goods leave from
            return [(sender, d, "verb to", 0.85) for d in dsts if d is not sender]
        return [(src, d, "from-to", 0.9) for d in dsts if d is not src]
    if reverse:
        return _reverse(text, t, before, after, from_m, by_m, glued, passive, noun, roles)
    if passive and not to_all and re.match(r"\s+with\b", text[t.end():]) and before:
        # "The Y region is supplied with Belarusian metal (from X, by X)": the subject
        # receives; the agent, the source or the goods' origin supplies.
        rec = _subject(text, before)
        src = by_m[:1] or from_m[:1] or [m for m in after if (m.adjectival or re.match(
            r"\s+[a-z]", text[m.end:])) and re.fullmatch(r"\s+with\s+(?:[a-z\d-]+\s+){0,2}",
                                                         text[t.end():m.start])][:1]
        return [(x, rec, "supplied with", 0.75) for x in src if rec is not None and x is not rec]
    if passive and by_m and not to_m and _SELL.match(t.group(0)):
        owner = next((m for m in before if roles[id(m)] != "by" and _owned_goods(text, m, t)),
                     None)
        if owner is not None:
            # "our products are sold by the chains A, B and C", "MTZ tractors are sold by
            # Agromash": the sellers resell the owner's goods, which the owner supplied
            return [(owner, d, "sold by", 0.75) for d in _run_after(text, by_m[0], ms)
                    if d is not owner]
    if passive and by_m:
        dst = (to_m or [m for m in before if roles[id(m)] != "by"][-1:] or [None])[0]
        prior = [m for m in before if roles[id(m)] != "by" and m.end <= (dst or t).start]
        if not to_m and prior and _FACILITY_IN.fullmatch(text, prior[-1].end, dst.start):
            # "parts for the X plant in T are supplied by S": the plant's owner, not
            # its town, receives
            dst = prior[-1]
        # "shipped by X to India and China": every member of the "to" list.
        dsts = _run_after(text, dst, ms) if to_m else [dst]
        if dst is not None:
            # "gearboxes are supplied to Y by A, and tyres by B": the gapped clause's
            # agent supplies Y too.
            sups = by_m[:1] + [m for m in by_m[1:] if re.search(
                r",?\s+and\s+(?:[a-z][\w-]*\s+){0,4}by\s+(?:the\s+)?$", text[by_m[0].end:m.start])]
            out = []
            for b in sups:
                # "..., and trucks by MAZ to Mongolia": a gapped agent's own recipients.
                own = next((m for m in to_m if m.start > b.end and re.fullmatch(
                    r"\s+(?:to|into)\s+(?:the\s+)?", text[b.end:m.start])), None)
                mine = _run_after(text, own, ms) if own is not None else dsts
                out += [(b, d, "passive by", 0.85) for d in mine if b is not d]
            return out
    # "X supplies Y with goods" (also "the Russian market with", "the Chinese province of
    # Y with"): the object receives.
    # ("supplied the regional passenger carrier X with coaches": a description first)
    # ("supplied the Leiden importer X with bulbs": a place before the description's head)
    obj = next((m for m in after if _SUPPLIED_OBJECT.fullmatch(text, t.end(), m.start)), None)
    if not noun and before and obj is not None:
        tail = text[obj.end:obj.end + 40]
        if re.match(r"(?:\s+(?:market|consumers|customers|side|enterprises|companies))?"
                    r"\s+with\b", tail):
            subj = _subject(text, before)
            # ("supplies our customers with ice": the speaker's customers, not the speaker)
            theirs = obj.refers == "Speaker" and _NOT_GOODS.match(text, obj.end)
            if subj is not None and subj is not obj and not theirs:
                return [(subj, obj, "supplies with", 0.8)]
    ours = _goods_user(text, t, after) if before and not noun and not passive \
        and not to_m else None
    if ours is not None:
        # "X supplies our net cages", "X supplied about 12 % of our fish", "X provides the
        # glue used in our boxes", "X supplies the diesel used in Y": whose goods they
        # are, or who uses them, receives
        subj = _subject(text, before)
        if subj is not None and not subj.refers:
            return [(subj, ours, "goods used by", 0.6)]
    if t.group(0).lower().startswith("provid"):
        return []  # "provide" is a supply only as "X provided Y with goods" (above)
    if to_m:
        # "to A, B and C": the list members after the first carry no "to" of their own;
        # "to A - $5 million, to B - $3 million": an elliptical list repeats the "to".
        dsts = _run_after(text, to_m[0], ms)
        if _TO_IN.search(text[max(0, to_m[0].start - 60):to_m[0].start]):
            dsts = located_run(text, to_m[0], ms)
            # "to farmers all over A and in B": the next place that locates them too.
            dsts += [m for m in after if m.start > dsts[-1].end and re.fullmatch(
                r",?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:in|across|throughout|all\s+over)"
                r"\s+(?:the\s+)?", text[dsts[-1].end:m.start])][:1]
        # "to A - $5 million, to B": an elliptical list repeats the "to"; "... to China,
        # most of it to flour mills in Xi'an": a further destination after a comma.
        for m in to_m[1:]:
            gap = text[dsts[-1].end:m.start]
            # ("and to X (its full name)": the gap ends at the acronym, before its name)
            opened = _ACRONYM_OPENS.search(gap) if m.acronym else None
            if opened and opened.group(1) == m.acronym:
                gap = gap[:opened.start()]
            # "to Mongolia and to China": a repeated preposition joins the list too, as
            # do gapped goods ("butter to A, cheese to B and whey to C").
            # ("...; petrol to B": a semicolon the clause bounds let through is one too;
            # "slabs to A (Switzerland) and coil to B": a bracket only locates A)
            if m not in dsts and (re.search(r"[,;]|\s[-–—]\s", gap) or re.fullmatch(
                    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:in\s+\d{4}\s+)?(?:and|as\s+well\s+as)\s+"
                    r"(?:also\s+)?"
                    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|then|later|again)\s"
                    rf"|\w+ed\s){_GOODS_WORD}){{0,4}}(?:to|into)\s+(?:the\s+)?"
                    # ("and caprolactam to textile mills in C": recipients by their place)
                    r"(?:(?:[a-z][\w-]*\s+){1,3}(?:in|of|near|across|throughout)\s+(?:the\s+)?"
                    # ("and to the Dutch retailer C": the firm after its description)
                    rf"|(?:(?:{_DEMONYM})\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{_FIRM_NOUNS})\s+"
                    # ("and powder to the Tartu confectioner C": a town and a calling)
                    rf"|{DESCRIPTION})?",
                    gap)
                    and not SUPPLY.search(gap)) and not re.search(
                    r"\b(?:and|but|while|whereas)\s+[A-Z]", text[dsts[-1].end:m.start]) \
                    and (not _OWN_VERB.search(gap) or _SHARE_OF_IT.fullmatch(gap)) \
                    and not _supplier_between(text, ms, dsts[-1].end, m.start):
                dsts += [x for x in _run_after(text, m, ms) if x not in dsts]
        dsts, gapped = _gapped_suppliers(text, dsts, to_m, ms)
        # "to the bus company of Debrecen, DKV Zrt.": the firm named after the
        # comma is the one the place's description stood for
        dsts = [d for d in dsts if not _named_after(text, d, dsts)] or dsts
        # "to Tarnow's largest dealer, Agromash Ltd": the firm the possessive describes
        dsts = [_owned_named_after(text, d, ms) for d in dsts]
        # "to the X terminal operated by Y": the operator receives
        dsts = [_operator(text, d, ms) for d in dsts]
        if noun:
            # "supplies of Belarusian goods and equipment of X to Y": each party named
            # in the goods phrase supplies; else the adjective or owner before the noun.
            np = [m for m in after if m.end <= dsts[0].start and roles[id(m)] != "origin"
                  and (m.adjectival or roles[id(m)] in ("of", None))]
            # "the export of cranes by X to Y", "exports of whey by X to Y": the noun's
            # agent supplies (its goods' origin only describes them).
            agents = [m for m in after if roles[id(m)] == "by" and not m.adjectival
                      and m not in dsts]
            np = agents[:1] or np
            src = np or glued[-1:] or from_m[:1] or [m for m in after if roles[id(m)] == "maker"][:1]  # noqa: E501
            if not src:
                # "deliveries to the Y region of Belarusian dairy products": the goods
                # phrase after the recipients
                src = [m for m in after if m.start > dsts[-1].end and (
                    m.adjectival or roles[id(m)] == "of") and re.fullmatch(
                    r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}", text[dsts[-1].end:m.start])][:1]
            how, conf = "noun phrase", 0.8
            own = _OF_ITS.match(text, t.end())
            if not src and own:
                # ", and shipments of its caprolactam to C resumed": the goods' owner,
                # whom the pipeline takes from the supply before (see _from_context)
                src = [Mention(own.group(1), own.start(1), own.end(1), refers="Actor")]
            if not src:
                src, how, conf = [_subject(text, before)] if before else [], "subject", 0.7
        else:
            src = from_m[:1] or ([_subject(text, before, t.start())] if before else [])
            how, conf = "verb to", 0.85
            if not src:
                # "Belarusian goods", "a trade house that would supply products of X to
                # Y": with no subject named, the goods' origin supplies.
                src = [m for m in after if m.end <= dsts[0].start and (
                    m.adjectival or roles[id(m)] == "of")][:1]
                how, conf = "goods origin", 0.65
        if not src:
            # ('"Belshina" (Bobruisk) supplies': where the firm is; not a place in
            # brackets after a recipient, "sold to Achema (Jonava)", which locates it)
            src = [m for m in ms if roles[id(m)] == "origin" and m.end <= t.start()][:1]
            how, conf = "origin", 0.5
        return [(s, d, how, conf) for s in src for d in dsts if s is not d] + [
            (g, d, how, conf) for g, d in gapped if src]
    ins = [m for m in after if roles[id(m)] == "in" and not m.adjectival]
    if ins and _FROM_SITE_IN.search(text[t.end():ins[0].start]):
        # "exported kernels from our two plants in A and B": where the goods left from
        ins = []
    # Finite verbs only: in "stores selling X in Y" the seller is the stores.
    if not noun and before and ins and re.fullmatch(r"sells?|sold|export(?:s|ed)?|install(?:s|ed)?",
                                                    t.group(0), re.I) \
            and not _FROM_OWN_SITE.search(text, max(0, ins[0].start - 80), ins[0].start):
        # "X sells its tractors in Norway and Sweden": the market is the recipient.
        subj = _subject(text, before)
        if subj is not None:
            run = _run_after(text, ins[0], ms)
            # ("sells its sweets in A and across B": a further market of the same verb)
            run += [m for m in after if m.start > run[-1].end and _AND_ACROSS.fullmatch(
                text, run[-1].end, m.start)][:1]
            return [(subj, d, "verb in", 0.55) for d in run if d is not subj]
    if noun:
        # "supplies of X's equipment started in the Y region": a weaker "in".
        ins = [m for m in after if roles[id(m)] == "in"]
        np = [m for m in after if (not ins or m.end <= ins[-1].start) and m not in ins
              and roles[id(m)] != "origin" and (m.adjectival or roles[id(m)] in ("of", None))]
        src = np or glued[-1:]
        if ins and src:
            return [(s, ins[-1], "noun in", 0.55) for s in src if s is not ins[-1]]
        return []
    # "X supplies Y with goods", "X supplies the Russian market"
    if before and after and after[0].start - t.end() < 25 and \
            re.fullmatch(r"\s+(?:the\s+)?", text[t.end():after[0].start]):
        obj = after[0]
        if _OWNER_OF_GOODS.match(obj.text) and not _WITH_GOODS.match(text, obj.end):
            return []   # "X resells our cheeses to Y": "our" owns the goods, receives nothing
        if obj.refers == "Speaker" and _NOT_GOODS.match(text, obj.end):
            return []   # "supplies our customers with ice": they receive, not the speaker
        if not obj.adjectival or _MARKET.match(text[obj.end:]):
            subj = _subject(text, before)
            if subj is not None:
                return [(subj, obj, "object", 0.6)]
    if before and not after and not passive and _ADDED.search(text) and re.fullmatch(
            r"suppl(?:ied|ies)|deliver(?:ed|s)|shipped|ships|exported|sent|sold", t.group(0), re.I):
        # "Gomselmash also supplied 30 combines", "In addition, X delivered furniture":
        # more goods to the recipient the text has just named
        subj = _subject(text, before)
        if subj is not None and not subj.adjectival:
            return [(subj, Mention("", t.start(), t.start(), refers=RECIPIENT_REF),
                     "recipient before", 0.55)]
    return []


# ", and Grodno Azot fertiliser to B", ", BelAZ 40 dump trucks to C", ", and Gazprom Neft
# to D": a party after the recipients, followed by its goods (or nothing) and "to", opens
# a clause that leaves out the verb.
_GAPPED_GOODS = re.compile(r"\s+(?:(?!(?:and|or|also|then|as|to|into|from|by|with|in|of|is|are"
                           rf"|was|were)\s){_GOODS_WORD}){{0,4}}(?:to|into)\s+(?:the\s+)?")
_GAP_OPENS = re.compile(r"(?:,\s*(?:and|while|whereas)?|;\s*(?:and)?)\s*$")


def _gapped_suppliers(text: str, dsts: list[Mention], to_m: list[Mention], ms: list[Mention]
                      ) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """"Belshina supplies tyres to A and B, and Grodno Azot fertiliser to C"; "MAZ sold 80
    buses to A, BelAZ 40 trucks to B and MTZ 500 tractors to C": each party that opens
    such a gapped clause is no recipient but the supplier of the recipients after it."""
    kept, out, tail, opens = dsts, [], dsts[-1] if dsts else None, _GAP_OPENS
    if tail is None:
        return dsts, []
    at = dsts[0].end
    while True:
        m, first = _gapped_member(text, ms, to_m, at, opens)
        if m is None:
            return kept, out
        if tail is not None:
            kept = [d for d in kept if d.end <= m.start]
            tail = None
        rec = located_run(text, first, ms) if _TO_IN.search(text, m.end, first.start) \
            else run_after(text, first, ms)
        nxt, _ = _gapped_member(text, ms, to_m, first.end, _AND_GAP)
        rec = [r for r in rec if nxt is None or r.end <= nxt.start]
        out += [(m, r) for r in rec if r is not m]
        # ("... and MTZ 500 tractors to C": inside a gapped run a bare "and" opens the next)
        at, opens = rec[-1].start - 1 if rec else first.end, _AND_GAP


_AND_GAP = re.compile(r"(?:,\s*(?:and)?|\s+and)\s*$")
# "exports potash to India and Russia grain to Egypt": with no comma, a party after a
# bare "and" opens a gapped clause only when goods of its own (no verb) lead to its "to".
_BARE_AND = re.compile(r"\s+and\s+$")
_BARE_GAP_GOODS = re.compile(r"\s+(?:(?!(?:and|or|also|then|as|to|into|from|by|with|in|of|is"
                             r"|are|was|were|has|have|had|will|would|can|could|mainly|mostly"
                             r"|chiefly|largely|only|not|plans?|wants?|hopes?|intends?|seeks?|aims?|expects?"
                             r"|needs?|tends?|began|begins?|starts?|continues?|turns?|moves?"
                             r"|returns?|goes|went|came|comes|travels?|flew|flies|every|each|per|a|an|the"
                             r"|this|that|year|years|month|months|week|annually|since|until)\s"
                             r"|\w+(?:ed|ing)\s)"
                             r"[a-z][\w-]*\s+){1,3}(?:to|into)\s")


def _bare_and_gap(text: str, prev: int, m: Mention) -> bool:
    """A bare "and" before ``m`` and its own goods after it: a gapped clause."""
    return bool(_BARE_AND.match(text, prev, m.start) and _BARE_GAP_GOODS.match(text, m.end))


def _gapped_member(text, ms, to_m, at, opens):
    """The first party after ``at`` that opens a gapped clause (``opens`` before it, its
    goods and "to" after it), and the first recipient of that clause."""
    for m in ms:
        if m.start <= at or m.refers or m.adjectival:
            continue
        prev = max([x.end for x in ms if x.end <= m.start] + [0])
        g = _GAPPED_GOODS.match(text, m.end)
        if g is None or not (opens.search(text, prev, m.start) or _bare_and_gap(text, prev, m)):
            continue
        first = next((x for x in to_m if x.start >= g.end() and x.start - g.end() < 40), None)
        if first is not None:
            return m, first
    return None, None


# "shipments of its caprolactam to C", "deliveries of their alumina to D": a supply noun
# whose goods an owner referred to owns.
_OF_ITS = re.compile(r"\s+of\s+([Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,3}(?:to|into)\s")


# ", and its delegation went to B", "; the rest is sold to B": a clause with a verb of
# its own between two "to"s is no list of the first verb's recipients.
_OWN_VERB = re.compile(r"[,;]\s+(?:and|but|while|whereas)?\s*(?:[\w'’-]+\s+){1,5}?(?:went|go|goes"
                       r"|gone|is|are|was|were|has|have|had|will|remains?|remained)\s")


# "to Serbia, of which about a third went to buyers in A", ", most of it going to B": a
# share of the same goods and its further destination (its verb no clause of its own).
_SHARE_OF_IT = re.compile(
    r",\s+(?:of\s+which\s+)?(?:(?:more|less)\s+than\s+|about\s+|over\s+|nearly\s+"
    r"|almost\s+|roughly\s+)?(?:most|some|part|half|much|many|all|the\s+rest|the\s+bulk"
    r"|the\s+greater\s+part|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters"
    r"|\d[\d.,]*(?:\s*(?:%|per\s*cent))?)\s+(?:of\s+(?:it|them|this|these)\s+)?"
    r"(?:(?:going|went|go|goes|was|were|is|are|has\s+gone|have\s+gone|ended\s+up|ends\s+up)\s+"
    r"(?:(?:sent|shipped|delivered|sold|exported)\s+)?)?(?:to|into)\s+(?:the\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?:(?:in|of|across)\s+(?:the\s+)?)?", re.I)


# Words that add to what was said: the recipient stays the one of the sentence before.
_ADDED = re.compile(r"\b(?:also|in\s+addition|as\s+well|too|besides|moreover|another|further"
                    r"|more)\b", re.I)


# What goes to a destination and is no goods: people, money, visits.
_DESTINATION_OF_NO_GOODS = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:tourists?|travell?ers?|visitors?|migrants?|students?|workers?|pilgrims?|investors?"
    r"|investments?|delegations?|flights?|trips?|visits?|guests?|holidaymakers?|people)\b")


# "The main suppliers to X are the milk plants of the Mogilev and Gomel regions": the
# firms of a place, unnamed, stand for the place.
_FIRMS_OF_PLACE = re.compile(r"\b(?:is|was|are|were|remains?)\s+(?:the\s+)?(?:[a-z][\w-]*,?\s+)"
                             r"{0,5}?(?:enterprises|firms|companies|producers|plants|factories"
                             r"|farms|dairies|mills|manufacturers|makers)\s+(?:of|in|from)\s+"
                             r"(?:the\s+)?$")


_OF_TOWN = re.compile(r"\s+of\s+")
_NO_COPULA = re.compile(r"(?!)")
# "B Ltd of Riga, our distributor": the firm's seat between its name and the apposition
_SEATED_APPOSED = re.compile(r"\s+(?:of|from)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*"
                             + _APPOSED.pattern)


def _firm_of_town(text: str, m: Mention, ms: list[Mention]) -> Mention:
    """The firm right before "of ``m``" ("Daugava Trade Ltd of Riga"), else ``m``."""
    firm = next((p for p in ms if p.end < m.start and _OF_TOWN.fullmatch(text, p.end, m.start)
                 and (p.kind_hint == "Company" or p.named_firm)), None)
    return firm if firm is not None and known_place(m.text) else m


def _agent(text: str, ms: list[Mention], t: re.Match
           ) -> list[tuple[Mention, Mention, str, float]]:
    """"X is the main supplier of G to Y", "Y's largest supplier of G is X", "Y became
    the largest buyer of Z's goods" (a buyer or importer receives).

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "Lahti's main supplier of gas is Norway."
    >>> [(a.text, b.text) for a, b, *_ in _agent(s, find_mentions(s), next(SUPPLY.finditer(s)))]
    [('Norway', 'Lahti')]
    """
    # ("export market" receives; an "exporter" supplies)
    # (a distributor takes in the goods it passes on: "X, our distributor, ...")
    receives = t.group(0).lower().startswith(("importer", "buyer", "purchaser", "customer",
                                              "client", "market", "export ", "sales",
                                              "consumer", "destination", "distributor"))
    copula = _COPULA_DET if receives else _COPULA
    if t.group(0).lower().startswith("distributor"):
        # (only set off as an apposition, "B, our distributor, took ...": "B is to become
        # our distributor" is a plan, and a copula's role no delivery)
        copula = _NO_COPULA
    subject = [m for m in ms if m.end <= t.start() and (
        copula.search(text[m.end:t.start()]) or _APPOSED.fullmatch(text, m.end, t.start())
        or (m.kind_hint == "Company" or m.named_firm)
        and _SEATED_APPOSED.fullmatch(text, m.end, t.start()))
        and m.refers != "Actor" and _role(text, m) not in ("in", "origin", "at")]
    # ("B Ltd of Riga, our distributor, ...": the town only says where the firm is)
    subject = [_firm_of_town(text, m, ms) for m in subject]
    # "X's largest customer", "its largest customer": the owner of the noun.
    owner = [m for m in ms if m.end <= t.start() and (re.fullmatch(
        r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}", text[m.end:t.start()]) or m.refers in (
            "Actor", "Speaker") and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,2}",
                                                  text[m.end:t.start()]))]
    if t.group(0).lower() == "destination" and _DESTINATION_OF_NO_GOODS.match(text, t.end()):
        return []   # "the main destination of Russian tourists": people travel, no goods
    if t.group(0).lower().endswith(("market", "destination")) and not owner:
        # "Y is an important sales market for Belarusian goods": the goods' owner supplies
        owner = [m for m in ms if m.start > t.end() and re.fullmatch(
            r"\s+(?:for|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}", text[t.end():m.start])
            # ("the largest market for MAZ, followed by A": the firm itself)
            and re.match(r"(?:['’]s)?\s+[a-z]|\s*(?:[,.;)]|$)", text[m.end:])][:1]
        if not owner or re.search(r"\b(?:promising|potential|prospective|attractive|interesting"
                                  r"|possible|future)\s+(?:[a-z-]+\s+)?$", text[:t.start()]):
            # "the Russian market": only an owner's market ("X's largest market"); "a
            # promising market for X" is an aim
            return []
    after = [m for m in ms if m.start >= t.end()]
    later = [m for m in after if re.search(r"\b(?:is|was|are|were|remains)\s+(?:the\s+)?$",
                                           text[max(0, m.start - 12):m.start])
             or _FIRMS_OF_PLACE.search(text, max(0, m.start - 90), m.start)]
    to = _members_over_group(text, [m for m in after if _role(text, m) == "to"]) or [
        m for m in after if _role(text, m) == "for"]  # "a supplier of tractors for Y"
    # ("Armenia, a regular customer of X, ...": X is of the noun, not the apposition's origin)
    source = [m for m in after if (_role(text, m) in ("from", "of", None) or re.fullmatch(
        r"\s+of\s+(?:the\s+)?", text[t.end():m.start])) and m not in later
              and m.start - t.end() < 60]
    if receives:
        if not subject:
            return []  # "its customers are A and B", "known to customers in A": a frame's
        rec = subject[-1]
        # "Y is X's largest market / its largest customer": the owner supplies Y.
        sup = ([x for x in owner if x is not rec] or source or [None])[0]
    else:
        sup = (subject[-1:] or later[:1] or [None])[0]
        # ("KAMAZ's supplier" supplies KAMAZ; "the region's exporters" are in the region)
        owners = [m for m in owner if t.group(0).lower().startswith("supplier")
                  or m.refers in ("Actor", "Speaker")]
        rec = (to[:1] or owners[-1:] or [None])[0]
        if rec is None and sup is not None and subject and \
                t.group(0).lower().startswith("supplier"):
            # "Belshina is the main tyre supplier of KAMAZ": a party after the noun's "of"
            # that names no goods ("supplier of GAZ vans") is whom it supplies (the
            # "largest exporter of Belarus" is one in Belarus).
            # ("supplier of the Belarus Tractor Works since the 1970s": a preposition
            # after the name ends the noun phrase)
            rec = next((m for m in after if not m.adjectival and not m.refers and re.fullmatch(
                r"\s+of\s+(?:the\s+)?", text[t.end():m.start]) and not re.match(
                    r"\s+(?!(?:since|in|for|from|until|during|and|with|at|on|by|as|through"
                    r"|throughout|to)\b)[a-z]", text[m.end:])), None)
        supplier = t.group(0).lower().startswith("supplier")  # not "the largest exporter"
        if rec is None and sup is not None and supplier and re.search(
                r"(?:^|[.;:]\s*|\b(?:[Tt]he|[Ii]ts))\s*(?:(?:main|largest|biggest|key|major|top"
                r"|principal|leading|chief|only|sole|second|third)\s+)+$", text[:t.start()]):
            # "The largest supplier is X": of the recipient the text just spoke of.
            rec = Mention("", t.start(), t.start(), refers=RECIPIENT_REF)
    if sup is None or rec is None or sup is rec:
        return []
    if not receives and not subject and sup in later:
        # "The main suppliers to Y are A, B and C": each member of the list after "are"
        return [(x, rec, "agent noun", 0.75) for x in run_after(text, sup, after)
                if x is not rec]
    return [(sup, rec, "agent noun", 0.75)]


# Selling verbs, whose agent in the passive may be a reseller of another's goods.
_SELL = re.compile(r"(?:re-?)?(?:sold|sell)", re.I)


def _owned_goods(text: str, m: Mention, t: re.Match) -> bool:
    """Whether ``m`` owns or made the goods that are the subject of the passive ``t``:
    "our products are sold", "MTZ tractors are sold", "its cheese is sold"."""
    # ("In Poland our bread is sold": the possessive owns the goods, not the place before)
    return m.refers in ("Speaker", "Actor") or not m.refers and re.fullmatch(
        r"(?:['’]s)?\s+(?!(?:our|its|their|my|his|her)\s)(?:[a-z][\w-]*\s+){1,3}"
        r"(?:are|is|were|was|have\s+been|has\s+been)"
        r"\s+(?:\w+ly\s+|also\s+|now\s+)?", text[m.end:t.start()]) is not None


_FOR_TOWN = re.compile(r"\s+for\s+(?:the\s+)?(?:(?:city|town|region|oblast|district|municipality"
                       r"|capital)\s+of\s+(?:the\s+)?)")


def _bought_for(text: str, source: Mention, after: list[Mention], roles: dict) -> list[Mention]:
    """The place goods are bought for, right after their source ("from Yutong for the city
    of Khabarovsk"): named as a city, town or region "of", so that "for its plants",
    "for USD 5 million" or "for the 2024 season" name none."""
    f = _FOR_TOWN.match(text, source.end)
    return [m for m in after if f and m.start == f.end() and not m.adjectival and not m.refers]


def _goods_owner(text: str, m: Mention, verb: int) -> bool:
    """Whether ``m`` owns the goods that are the subject of a passive ``verb``: "its tyres
    are bought", "X's tractors are bought", "tractors of X are bought"."""
    of = re.search(r"\b[A-Za-z]+\s+of\s+(?:the\s+)?$", text[max(0, m.start - 30):m.start])
    # ("Belarusian tractors are bought by Y": the origin named before the goods that open
    # the clause; a maker's name there, "MAZ buses are bought by Y", is the clause
    # fallback's)
    before_goods = m.adjectival and re.search(
        r"(?:^|[;,:]\s*|\b(?:and|while|whereas|but)\s+)(?:the\s+)?$", text[:m.start]) \
        and re.match(r"\s+[a-z]", text[m.end:])
    if not (m.refers or re.match(r"['’]s\s", text[m.end:]) or of or before_goods):
        return False
    words = 0 if of else 1  # "tractors of X are": no goods between X and the verb
    return bool(re.fullmatch(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{{words},3}}(?:are|is|were|was"
                             r"|have\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+)?",
                             text[m.end:verb]))


# "A supplies B with cement, and receives fuel in return": the goods coming back; so
# "and buys from them livestock", "and buys wool from it": the partner as a pronoun.
_IN_RETURN = re.compile(r"\s+(?:[a-z\d,-]+\s+){0,8}?(?:in\s+return|in\s+exchange"
                        r"|from\s+(?:them|it)(?!\s+(?:to|on)\b))\b")
# "Belarus exports machinery to Uzbekistan, and buys fruit and textiles": a bought
# clause with no party to the sentence's end; said of trade between two places only.
_BOUGHT_BARE = re.compile(r"\s+(?:[a-z\d-]+,?\s+){0,8}?[a-z\d-]+\s*[.;]?\s*$")
_AND_COORDINATED = re.compile(r",?\s+and\s+(?:in\s+turn\s+|\w+ly\s+|also\s+)?$")


def _in_return(text: str, hits: list[Hit]) -> list[Hit]:
    """A receiving verb of a coordinated clause with no party of its own, its goods
    taken "in return" or "from them" (or, between two countries, taken at all): the one
    recipient of the clause before supplies its subject."""
    out = []
    for u in SUPPLY.finditer(text):
        if not REVERSE.match(u.group(0)) or not _AND_COORDINATED.search(text[:u.start()]):
            continue
        back = _IN_RETURN.match(text, u.end())
        if back is None and not _BOUGHT_BARE.match(text, u.end()):
            continue
        before = [h for h in hits if h.trigger[1] <= u.start() and h.how != "in return"]
        pairs = {(h.a.key, h.b.key): h for h in before}
        if len(pairs) != 1 and not (back and back.group(0).endswith("them") and len(
                {h.a.key for h in before}) == 1):
            continue   # ("... to A and B, and buys from them ...": each of them)
        for h in pairs.values():
            if back is None and not all(_country_named(m) for m in (h.a, h.b)):
                continue   # ("MTZ ships tractors to Serbia and buys steel": from anyone)
            out.append(Hit("SUPPLIES_TO", h.b, h.a, u.span(), 0.6, "in return",
                           extra={"goods": None, "value_usd": None}))
    return out


def _country_named(m: Mention) -> bool:
    """A mention that names a country ("Uzbekistan", "the Republic of Belarus")."""
    return COUNTRY_BY_NAME.get(re.sub(r"^the\s+", "", " ".join(m.text.split()),
                                      flags=re.I).lower()) is not None


# "... and sells it grain", "... and supplies it with cotton", "... and sells grain to
# it": "it" as the object of a second verb with no subject of its own (not "sells it on
# to C", "sells it at a profit": then "it" is the goods).
_IT_OBJECT = re.compile(r"\s+(?:it\s+with\b|it\s+(?!(?:on|to|back|abroad|at|for|in|off|again"
                        r"|there|here|as|via|through|and|or|now|also)\b|\w+ly\b)[a-z][\w-]*"
                        r"(?:\s+[a-z][\w-]*){0,3}\s*(?:[.;,]|$)"
                        r"|(?:[a-z][\w-]*\s+){1,4}to\s+it\s*(?:[.;,]|$))")


def _back_to_partner(text: str, hits: list[Hit]) -> list[Hit]:
    """A supplying verb coordinated with the supply before it, its recipient "it": the
    subject of that supply supplies its partner ("Kazakhstan buys tractors from Belarus
    and sells it grain": Kazakhstan -> Belarus)."""
    out = []
    for u in SUPPLY.finditer(text):
        if not SUPPLY_VERB.match(u.group(0)) or REVERSE.match(u.group(0)) \
                or not _IT_OBJECT.match(text, u.end()) \
                or not re.search(r"\s+and\s+(?:\w+ly\s+|also\s+|then\s+)?$", text[:u.start()]):
            continue
        before = [h for h in hits if h.trigger[1] <= u.start() and h.how != "in return"]
        if len({(h.a.key, h.b.key) for h in before}) != 1:
            continue
        h = before[0]
        ahead = [m for m in (h.a, h.b) if m.end <= h.trigger[0]]
        if len(ahead) != 1 or re.search(r"[;,]", text[h.trigger[1]:u.start()]):
            continue
        partner = h.b if ahead[0] is h.a else h.a
        out.append(Hit("SUPPLIES_TO", ahead[0], partner, u.span(), 0.6, "back to partner",
                       extra={"goods": None, "value_usd": None}))
    return out


def _reverse(text, t, before, after, from_m, by_m, glued, passive, noun, roles):
    if t.group(0).lower().startswith("receiv") and re.match(
            r"\s+(?:(?:an?|the|its|their|\d+|many|several|new|first|official|large)\s+)*"
            rf"(?:{'|'.join(_RECEIVED_NO_GOODS)})\b", text[t.end():], re.I):
        return []  # "received an order from Y", "received a delegation from Y"
    if passive and t.group(0).lower().startswith("receiv") and re.match(
            r"\s*(?:[-–•*]\s*)?(?:(?:an?|the|this|that|their|its|one|new|official|written|formal)\s+)*"
            rf"(?:{'|'.join(_RECEIVED_NO_GOODS)})\b", text[clause_bounds(text, t.start())[0]:],
            re.I):
        return []  # "A proposal from Y to twin ... has been received": no goods either
    if t.group(0).lower().startswith("receiv") and _RECEIVED_THING_BEFORE.search(
            text, max(0, t.start() - 80), t.start()):
        return []  # "invitations to twin, like the one received from Y": no goods
    if passive and by_m and not from_m:
        # "Its tyres are bought by makers in A and by mines of B": the goods' owner
        # before the verb supplied each buyer.
        owner = [m for m in before if _goods_owner(text, m, t.start())]
        if owner:
            buyers = by_m[:1] + [m for m in by_m[1:] if re.fullmatch(
                r",?\s+and\s+(?:also\s+)?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}(?:of|in)?\s*(?:the\s+)?",
                text[by_m[0].end:m.start])]
            return [(owner[-1], b, "bought by", 0.7) for b in buyers if b is not owner[-1]]
    if passive and by_m:
        recipient = by_m[0]
    elif glued:
        recipient = glued[-1]  # "Russian imports of ...", "Y's purchases"
    elif before and not noun:
        recipient = _subject(text, before)
    elif noun and by_m:
        recipient = by_m[0]  # "purchases of Belarusian equipment by the Y region"
    elif noun and from_m and (owner := next((m for m in after if roles[id(m)] == "of" and re.fullmatch(  # noqa: E501
            r"\s+(?:[a-z-]+\s+){0,2}of\s+(?:the\s+)?", text[t.end():m.start])), None)):
        # "the imports of X from Y", "the main import items of X from Y": X received
        recipient = owner
    else:
        return []
    # "A and B also buy its fertilisers": every member of the subject's list buys.
    recipients = [recipient]
    if recipient is not None and not (passive and by_m):
        heads = [x for x in before if recipient in run_after(text, x, before)]
        recipients = run_after(text, heads[0], before) if heads else recipients
        # ("The transport company of X, NAME, bought ...": the name is the buyer)
        recipients = [d for d in recipients if not _named_after(text, d, recipients)] \
            or recipients
        # ("X, Bergen's water utility, bought ...": the owner in the apposition buys
        # nothing)
        recipients = [d for d in recipients
                      if d is recipients[0] or not _POSSESSIVE.match(text, d.end)]
    if passive and by_m and recipient is by_m[0]:
        # "is bought by confectioners in A and B": each of the agent's list buys.
        recipients = run_after(text, recipient, [m for m in after if roles[id(m)] != "from"])
    if from_m and from_m[0] is not recipient:
        # "buys machinery from Russia and Belarus": each of the list supplies.
        sources = run_after(text, from_m[0], after)
        for m in from_m[1:]:
            # "buys oil from A, cotton from B and zinc from C": gapped goods, each from
            # its own source (no verb or subject of a clause of its own between)
            if m not in sources and m.start > sources[-1].end and re.fullmatch(
                    # ("...; axles from B": a semicolon opens the gapped clause too)
                    rf"[,;]?\s+(?:and\s+)?(?:{_GOODS_WORD}){{1,4}}from\s+(?:the\s+)?",
                    text[sources[-1].end:m.start]) and not SUPPLY.search(
                    text, sources[-1].end, m.start) and not re.search(
                    r"\b(?:is|are|was|were|has|have|had|will|also)\b",
                    text[sources[-1].end:m.start]):
                sources += [x for x in run_after(text, m, after) if x not in sources]
            elif m not in sources and m.start > sources[-1].end and _EXAMPLE_OF.search(
                    text, max(0, m.start - 120), m.start) and not re.search(
                    r"\b(?:for|to|into|with|by|and)\s", text[sources[-1].end:m.start]):
                # "from sawmills in Sweden, among them A and B": the group's examples
                sources += [x for x in run_after(text, m, after) if x not in sources]
        # "We order trams from Stadler and PESA for the town of Vladimir": the town
        # they are bought for receives them, not the buyer that placed the order
        users = _bought_for(text, sources[-1], after, roles) if not passive else []
        recipients = users or recipients
        return [(f, r, "import from", 0.8) for f in sources
                for r in recipients if f is not r and r is not None]
    if not passive and not noun and re.match(r"buy|bought|purchas|procur|order", t.group(0), re.I):
        # "Enterprises of Y purchase tractors in Belarus": the country where they buy (a
        # town there is as often where a fair or a meeting was held).
        place = [m for m in after if roles[id(m)] == "in" and m.kind_hint == "Country"
                 and not m.adjectival
                 and m.start - t.end() < 60 and m is not recipient]
        if place and recipient is not None and not [m for m in after if m.start < place[0].start]:
            return [(place[0], r, "bought in", 0.6) for r in recipients if r is not place[0]]
    # "Y bought 40 Belarusian buses": the maker named in the goods phrase.
    # (not a member of the buyers' list: "bought by A, B, and by C")
    np = [m for m in after if m.start - t.end() < 40 and roles[id(m)] in (None, "of")
          and m is not recipient and not any(m is r for r in recipients)]
    if _TOOK.fullmatch(t.group(0)) and _WORTH_AFTER.match(text, t.end()):
        # ("B, our distributor, took ghee worth $2 million": what a buyer takes is its
        # seller's, who the sentence names elsewhere, not a maker in the goods phrase)
        np = []
    if not np:
        # "acquired 45 trolleybuses made by X": the maker of what was bought
        np = [m for m in after if m.start - t.end() < 60 and roles[id(m)] == "maker"
              and not m.adjectival and m is not recipient][:1]
    if np and recipient is not None:
        # "received 412 tractors of A and 96 combines of B": each goods phrase's maker.
        # ("imports MAZ trucks and Belshina tyres": each maker before its goods)
        makers = np[:1] + [m for m in after if m.start > np[0].end and (re.fullmatch(
            r",?\s+and\s+(?:[\d.,]+\s+)?(?:[a-z][\w-]*\s+){1,3}(?:of|from|by)\s+(?:the\s+)?",
            text[np[0].end:m.start]) or re.fullmatch(
                r"\s+(?:[a-z][\w-]*\s+){1,3}(?:,\s*)?and\s+(?:[\d.,]+\s+)?",
                text[np[0].end:m.start]) and re.match(r"\s+[a-z]", text[m.end:])
            and not re.match(r"\s+(?:is|are|was|were|has|have|had|will|also|\w+s\s)",
                             text[m.end:]) and not SUPPLY.match(text, m.end + 1)
            and not m.adjectival)][:3]
        return [(m, r, "bought", 0.65) for m in makers for r in recipients if m is not r]
    return []


_TOOK = re.compile(r"t(?:ook|akes?)", re.I)
_WORTH_AFTER = re.compile(r"\s+(?:[\w'’-]+,?\s+){1,6}?worth\b")
# What is received and is no goods.
_RECEIVED_NO_GOODS = ("orders?", "invitations?", "delegations?", "proposals?", "requests?",
                      "letters?", "visits?", "awards?", "grants?", "loans?", "credits?",
                      "investments?", "guests", "visitors", "tourists", "students", "support",
                      "approval", "permission", "status", "certificates?", "prizes?", "news",
                      "offers?", "answers?", "repl(?:y|ies)", "messages?", "calls?",
                      "assistance", "help", "congratulations", "greetings", "information")
# A participle "received" after what it describes, or after "the one" pointing back at
# it ("a letter received from Y", "invitations ..., like the one received from Y").
_RECEIVED_THING_BEFORE = re.compile(rf"\b(?i:{'|'.join(_RECEIVED_NO_GOODS)})\s+"
                                    r"(?:[\w,]+\s+){0,5}?(?:(?:the|this|that)\s+ones?\s+)?(?:first\s+)?$")
_GOVERNED = ("in", "at", "on", "to", "into", "from", "by", "with", "for", "origin", "maker")


def _with_coordinated_subjects(text: str, ms: list[Mention], t: re.Match, found: list
                               ) -> list:
    """"Minsk, Gomel and Brest supply milk to Y", "Products of A and B are sold in Y",
    "A and B bought tractors from Y": every member of the list that ends in the side
    before the trigger takes that side's part."""
    out = list(found)
    for sup, rec, how, conf in found:
        for side in (sup, rec):
            if side.end > t.start() or side.refers or side.adjectival:
                continue
            before = [m for m in ms if m.end <= side.end]
            # (not across a blanked apposition: in "customers of A, the Mogilev dairy, and
            # B has become its market" B opens a clause of its own)
            head = next((x for x in before if x is not side and side in run_after(text, x, before)
                         and re.search(r"\b(?:and|along\s+with|together\s+with)\b",
                                       text[x.start:side.start])
                         and not re.search(r"\s{4,}", text[x.end:side.start])), None)
            if head is None:
                # "KAMAZ trucks and MAZ buses were delivered to Y": makers, each before
                # its goods
                out += [(m, rec, how, conf) if side is sup else (sup, m, how, conf)
                        for m in _makers_before(text, ms, side, t)]
                continue
            run = run_after(text, head, before)
            if any(_role(text, m) in _GOVERNED or m.refers or m.adjectival for m in run):
                continue
            for m in run[:-1]:
                pair = (m, rec) if side is sup else (sup, m)
                if pair[0].key != pair[1].key:
                    out.append((*pair, how, conf))
    return out


# A maker before its goods, the goods the subject: "MAZ buses were delivered", "Grodno
# Azot fertiliser goes"; and a maker with its goods before the next one ("KAMAZ trucks
# and MAZ buses"): lower-case words that are no verb.
_GOODS_NOUN = (r"(?!(?:and|or|is|are|was|were|has|have|had|will|also|the|a|an|its|their)\b"
               r"|[a-z]+ed\b)[a-z][\w-]*")
_MAKER_GOODS = re.compile(rf"\s+(?:{_GOODS_NOUN}\s+){{1,3}}"
                          r"(?:(?:are|were|is|was|ha(?:s|ve)\s+been)\s+)?$")
_NEXT_MAKER = re.compile(rf"\s+(?:{_GOODS_NOUN}\s+){{0,2}}{_GOODS_NOUN}\s*"
                         r"(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?")


def _makers_before(text: str, ms: list[Mention], side: Mention, t: re.Match) -> list[Mention]:
    """The makers listed before ``side``, each with its goods, when ``side`` is a maker
    whose goods are the subject of the trigger ("KAMAZ trucks and MAZ buses were
    delivered to Y": KAMAZ)."""
    if not _MAKER_GOODS.fullmatch(text, side.end, t.start()):
        return []
    out, nxt = [], side
    for m in reversed([x for x in ms if x.end <= side.start]):
        gap = _NEXT_MAKER.fullmatch(text, m.end, nxt.start)
        if gap is None or m.adjectival or m.refers or _role(text, m) in _GOVERNED:
            break   # (a maker's goods between: "A trucks and B", not "A and B")
        out.append(m)
        nxt = m
    return out


# "Russia remained our largest market, followed by Kazakhstan and Uzbekistan"; "... went
# mainly to Poland, ahead of Lithuania": a ranking continues the side before it.
_RANKED = re.compile(r",?\s+(?:(?:closely\s+)?followed\s+by|ahead\s+of|then\s+by)\s+(?:the\s+)?")


def _ranked(text: str, ms: list[Mention], t: re.Match, found: list) -> list:
    out = list(found)
    for sup, rec, how, conf in found:
        if how == "agent noun":
            # "Russia remained its largest market in 2021, followed by A": the ranking is
            # of the noun's subject, wherever the noun phrase ends.
            # ("A is the region's main supplier, followed by B": the subject, not the
            # noun's owner)
            sides = [x for x in sorted((sup, rec), key=lambda m: m.start)
                     if x.end <= t.start() and not x.refers and not x.adjectival][:1]
            end = re.search(r"[;.]|\s(?:and|but|while)\s", text[t.end():])
            window = text[:t.end() + (end.start() if end else len(text))]
            anchors = [r.start() for r in _RANKED.finditer(window, t.end())][:1]
        else:
            sides, anchors = [sup, rec], []
        for side in sides:
            if side.refers or side.adjectival:
                continue
            run = run_after(text, side, ms)
            for at in anchors or [run[-1].end]:
                r = _RANKED.match(text, at)
                first = next((m for m in ms if r and m.start == r.end()), None)
                if first is None:
                    continue
                for m in run_after(text, first, ms):
                    pair = (m, rec) if side is sup else (sup, m)
                    if pair[0].key != pair[1].key and not any(
                            pair[0] is x[0] and pair[1] is x[1] for x in out):
                        out.append((*pair, how, conf))
    return out


def goods(text: str, t: re.Match, stop_at: int | None = None) -> str | None:
    """What is supplied: the noun phrase after the trigger (or its ``of``), up to a
    preposition that names a party, a verb or the end of the clause (12 words)."""
    end = stop_at if stop_at is not None else t.end() + 200
    words = text[t.end():end].split()
    while words and words[0].lower() in ("of", ":", "the", "a", "an", "its", "their"):
        words = words[1:]
    out = []
    for w in words[:12]:
        if w.lower().strip(",") in _GOODS_STOP:
            break
        out.append(w)
        if w.endswith((".", ";", ":")):
            break
    found = " ".join(out).strip(" ,.;:\"")
    if not found or re.fullmatch(r"(?:the|a|an|it|them|this|these|its|their|\d+)", found, re.I):
        return None
    return found[:120]


_GOODS_STOP = {"to", "from", "for", "in", "into", "on", "worth", "with", "at", "by", "was", "were",
               "is", "are", "has", "have", "increased", "amounted", "which", "that", "started",
               "began", "grew", "reached", "exceeded", "totalled", "totaled", "manufactured",
               "produced", "made", "because", "since", "as", "will", "would", "could", "can"}


_MONEY = re.compile(
    r"\$\s?(?P<a>\d+(?:[.,]\d+)?)\.?\s*(?P<sa>thousand|million|billion|mln|bln|m|bn)?\b"
    r"|\b(?:USD|US\$)\s?(?P<b>\d+(?:[.,]\d+)?)\s*(?P<sb>thousand|million|billion|mln|bln|m|bn)?\b"
    r"|\b(?P<c>\d+(?:[.,]\d+)?)\s*(?P<sc>thousand|million|billion|mln|bln)?\s+(?:US\s+)?"
    r"(?:dollars|USD)\b", re.I)
_SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bln": 1e9,
          "bn": 1e9}


def value_usd(text: str) -> float | None:
    """The first amount in US dollars: ``$12 million``, ``USD 3.5 mln``, ``40 million dollars``.

    >>> value_usd("worth USD 3.5 mln"), value_usd("for 40 million dollars"), value_usd("none")
    (3500000.0, 40000000.0, None)
    """
    m = _MONEY.search(text)
    if not m:
        return None
    num = (m.group("a") or m.group("b") or m.group("c")).replace(",", ".")
    scale = _SCALE.get((m.group("sa") or m.group("sb") or m.group("sc") or "").lower(), 1)
    try:
        return float(num) * scale
    except ValueError:
        return None


# What opens the list of members after a count ("to 60 countries, including A and B",
# "..., the largest of them being A and B", "to several countries - A, B").
LIST_INTRO = (r"(?::|[-–—]\s|,?\s+(?:including|such\s+as|namely|in\s+particular|among\s+them"
              r"|notably|(?:the\s+)?(?:largest|main|biggest|chief|key|leading|most\s+important)"
              r"\s+(?:ones?\s+)?(?:of\s+(?:them|which)\s+|among\s+them\s+)?(?:being|are|were|is|was"
              r"|include[sd]?|remain(?:s|ed)?)))")
_TO_LIST = re.compile(r"\s+(?:[a-z\d.,-]+\s+){0,5}?(?:to|into)\s+(?:the\s+)?"
                      r"(?:following\s+|[a-z-]+\s+|\d+\s+|[A-Z][a-z]+(?:ian|ese|ish|ic|an|i)\s+){0,3}"
                      r"(?:countries|regions|cities|markets|partners|neighbou?rs"
                      r"|destinations|buyers|customers|states|companies|enterprises|plants|mills"
                      r"|factories|farms|consumers|dealers|chains|stores|retailers|mines"
                      # "to fuel traders in Riga, among them A", "to bunkering firms in B"
                      r"|firms|traders)"
                      # "to many cities of Russia: A, B and C"; "to buyers in A and B, among
                      # them C"
                      r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
                      r"(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)?"
                      rf"\s*(?:{LIST_INTRO}(?:\s+those\s+(?:in|of|at))?\s*(?:the\s+)?)\s*")


def _listed_after(text, mentions, ms, t, hi):
    """"X supplied grain to three neighbours: A, B and C", "... to several countries -
    A, B": the recipients listed after a colon or a dash."""
    if REVERSE.match(t.group(0)):
        return []
    m = _TO_LIST.match(text, t.end())
    if not m:
        return []
    first = next((x for x in mentions if x.start >= m.end() and x.start - m.end() < 5), None)
    before = [x for x in ms if x.end <= t.start()]
    if first is None or not before or re.match(r"['’]s\b", text[first.end:first.end + 2]):
        return []   # ("among them Latvia's largest": the owner of the member, none)
    sup = _subject(text, before)
    return [(sup, r, "listed after", 0.75) for r in run_after(text, first, mentions)
            if r is not sup]


# "... and ships", "... and also sells": a verb joined to the one before with no subject
# of its own.
# ("In May a contract was concluded with B for the delivery of G to C": the partner
# is no supplier of that supply either)
# ("A contract was signed by A with B for ...", "a deal was struck with B on the supply
# of ...": the signer named in the passive, other verbs of closing and "on")
_DEAL_WITH = re.compile(r"\b(?:contracts?|agreements?|deals?|memorand(?:um|a))"
                        r"(?:\s+(?:was|were|has\s+been|had\s+been)\s+(?:signed|concluded"
                        r"|reached|struck|made|agreed|entered\s+into)(?:\s+by\s+[^,;]{2,60}?)?"
                        r"(?:\s+(?:in|on)\s+[\w ]{1,20}?)?)?\s+with\s+"
                        r"(?P<partner>[^,;]{2,80}?)\s+(?:to\s+|(?:for|on)\s+(?:the\s+)?)$")
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where|that)\b")
_AND_VERB = re.compile(r"\band\s+(?:(?:also|then|later|now|still|will|would|shall|has|have|had"
                      r"|(?:is|are|was|were)\s+to|plans?\s+to|intends?\s+to|agreed\s+to"
                      r"|began\s+to|started\s+to|[a-z]+ly)\s+){0,3}$")


def _shared_subject(text: str, t: re.Match, lo: int) -> int | None:
    """Where the verb before ends, when the trigger ``t`` is a second verb of the same
    subject ("Mebelstil supplies sofas to A and ships cabinets to B", "The plant receives
    kits from A and ships cars to B"); None otherwise."""
    if not SUPPLY_VERB.match(t.group(0)) or not _AND_VERB.search(text, lo, t.start()):
        return None
    prev = [u for u in SUPPLY.finditer(text, lo, t.start()) if SUPPLY_VERB.match(u.group(0))
            and not PASSIVE.search(text, max(0, u.start() - 30), u.start())]
    # ("MAZ supplies chassis to X, which mounts cranes and sells them to Y": the verb
    # of a relative clause has the relative's subject)
    if not prev or _RELATIVE.search(text, prev[-1].end(), t.start()):
        return None
    return prev[-1].end()


# A relative clause set into a list: ", where B assembles them" before ", and to C" or
# ", and C" that ends the clause.
_REL_ASIDE = re.compile(r",\s+(?:where|which|who)\b[^,;:()]{3,120}?(?=,\s+(?:and|or|as\s+well\s+as)"
                        r"\s+(?:also\s+)?(?:(?:to|into)\s+)?(?:the\s+)?[\w\"«])")
_LIST_GOES_ON = re.compile(r",\s+(?:and|or|as\s+well\s+as)\s+(?:also\s+)?(?:(?:to|into)\s+)?"
                           r"(?:the\s+)?")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|$|,|\s+(?:in|since|from|for|at|until|during)\b)")


def _relative_aside(text: str, mentions: list[Mention], at: int, hi: int
                    ) -> tuple[int, int] | None:
    """The span of a relative clause at ``at`` that is an aside inside a list of
    parties, when the list goes on after it with a last member that ends the clause
    ("to Kazakhstan, where Allur assembles them, and to Uzbekistan."); None when the
    clause is no aside ("to A, which ships them to B", ", and C supplies ...")."""
    a = _REL_ASIDE.match(text, at, hi)
    if a is None:
        return None
    go = _LIST_GOES_ON.match(text, a.end(), hi)
    nxt = next((m for m in mentions if go and m.start == go.end()), None)
    if nxt is None:
        return None
    last = run_after(text, nxt, [m for m in mentions if m.start >= nxt.start])[-1]
    return a.span() if _CLAUSE_ENDS.match(text, last.end) else None


# (an aside of owning or partnership: "X, which owns Y,", "X, whose partner firm is Y,")
_OWNING = re.compile(r"\b(?:owns?|owned|belongs?|belonged|controls?|controlled|acquired"
                     r"|bought|partners?|parent|subsidiar(?:y|ies))\b", re.I)
_ASIDE_REL = re.compile(r",\s+(?:which|who|whose|that)\b[^,;:()]{3,120},")


def _asides_before(text: str, t: re.Match, ms: list[Mention]) -> list[tuple[int, int]]:
    """Relative clauses with a supply of their own, set off by commas right after the
    subject and right before the trigger ("Belshina, which supplies tyres to KAMAZ, also
    ships them to B"): what they name is a side of their own supply, not of this one.
    So too an aside of owning or partnership ("X, which owns Y, ships", "X, whose
    partner firm is Y, sends"); any other aside stays (measured: a held-out part lost a
    supply when every aside did)."""
    return [a.span() for a in _ASIDE_REL.finditer(text, 0, t.start())
            if re.fullmatch(r"\s*(?:also\s+|now\s+|still\s+|[a-z]+ly\s+)?",
                            text[a.end():t.start()])
            and any(m.end == a.start() for m in ms)
            and (SUPPLY.search(a.group(0)) or _OWNING.search(a.group(0)))]


# "the Kazakhstan-China-Kyrgyzstan (KCK) gas pipeline", "the Azerbaijan-
# Georgia-Turkey pipeline": a route named by the countries it runs through
_ROUTE = re.compile(r"(?<![\w-])(?P<chain>[A-Z][\w]+(?:-[A-Z][\w]+)+)(?:\s+\([A-Z]{2,8}\))?"
                    r"\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}(?:pipelines?|railway|corridor"
                    r"|interconnector|power\s+line)\b")


def _route_sender(text: str, t: re.Match, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a route named by its countries, the subject of the supply
    ``t`` ("the A-B-C gas pipeline, intended to supply gas to B and C"), read as its
    first country: where the goods set out from (the chain is no firm)."""
    r = next((r for r in _ROUTE.finditer(text, 0, t.start())), None)
    if r is None or text.count(".", r.end(), t.start()) or any(
            r.end() <= m.start and m.end <= t.start() for m in mentions):
        return mentions
    parts = r.group("chain").split("-")
    if not all(COUNTRY_BY_NAME.get(p.lower()) for p in parts):
        return mentions
    first = Mention(parts[0], r.start("chain"), r.start("chain") + len(parts[0]), "Country",
                    COUNTRY_BY_NAME[parts[0].lower()])
    return sorted([m for m in mentions if m.end <= r.start() or m.start >= r.end()] + [first],
                  key=lambda m: m.start)


_PRONOUN_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas|so)|;)\s+(?=(?:we|they|he|she|I)"
                             r"\s+(?:(?:also|now|still|then|only)\s+)?[a-z]{3,}\b)")


def find_supplies(text: str, mentions: list[Mention]) -> list[Hit]:
    """Supply hits of a sentence, one per (supplier, recipient), supplier first."""
    hits, seen = [], set()
    for t in SUPPLY.finditer(text):
        if _skip(text, t) or _CAPABLE.search(text, max(0, t.start() - 30), t.start()):
            continue
        lo, hi = clause_bounds(text, t.start())
        lo0 = lo
        # ", and Amkodor supplies ...": a coordinated clause with its own subject.
        c_lo, c_hi = own_clause(text, t.start(), t.end())
        lo, hi = max(lo, c_lo), min(hi, c_hi)
        # (", and we import power from B": a pronoun opens a clause of its own too; "our
        # grid is linked to the Russian system" before it names no recipient)
        lo = max([lo] + [p.end() for p in _PRONOUN_CLAUSE.finditer(text, lo)
                         if p.end() <= t.start()])
        # "X supplies A to B and imports C from D": the next coordinated trigger starts
        # a clause of its own.
        nxt = next((u for u in SUPPLY.finditer(text, t.end(), hi)
                    if re.search(r"(?:\band|,)\s+(?:also\s+)?$", text[t.end():u.start()])), None)
        hi = nxt.start() if nxt else hi
        # "..., and the Kirov Plant ships tractors there": a new clause with its own subject.
        later = next((u for u in SUPPLY.finditer(text, t.end(), hi)), None)
        if later is not None:
            cut = [c.start() for c in re.finditer(r",\s+(?:and|while|whereas|but)\s+(?!to\b|from\b)",  # noqa: E501
                                                  text[:later.start()]) if c.start() > t.end()]
            if cut:
                hi = min(hi, cut[-1])
        # ... and the one before it ends here: "exports to A grew, and imports from B fell".
        prev = [u for u in SUPPLY.finditer(text, lo, t.start())
                if re.search(r",\s*(?:and|while|whereas|but)\s", text[u.end():t.start()])]
        if prev:
            # The clause starts at the conjunction, not at a later comma ("..., and X, in
            # turn, supplies ...").
            cuts = list(re.finditer(r",\s*(?:and|while|whereas|but)\s",
                                    text[prev[-1].end():t.start()]))
            lo = max(lo, prev[-1].end() + cuts[-1].start() + 1)
        # "..., where its main client is X from Y": a relative clause after the trigger
        # states something of its own.
        rel = re.search(r",\s+(?:where|whose|which|who|whom)\b", text[t.end():hi])
        # ("to A, where B assembles them, and to C", "are A, which makes tyres, and B.":
        # a relative clause set into the list is an aside; the list goes on after it)
        aside = _relative_aside(text, mentions, t.end() + rel.start(), hi) if rel else None
        hi = t.end() + rel.start() if rel and aside is None else hi
        # "A signed a contract with B to supply C": the infinitive's subject is the
        # signer, not the partner after "with"
        deal = _DEAL_WITH.search(text, max(0, t.start() - 120), t.start())
        shared = _shared_subject(text, t, lo0)
        if shared is not None:
            lo = lo0  # (", and sells trucks to B": the clause goes back to the subject)
        mentions = _route_sender(text, t, mentions) if "-" in text else mentions
        asides = _asides_before(text, t, mentions)
        ms = [m for m in mentions if m.start >= lo and m.end <= hi
              # "X, which supplies A, also ships them to B": the aside names no side
              and not any(a <= m.start and m.end <= b for a, b in asides)
              and not (m.start <= t.start() < m.end)
              # "X supplies sofas to A and ships cabinets to B": the parties of the verb
              # before are no side of this one, whose subject is X's
              and not (shared is not None and m.start >= shared and m.end <= t.start())
              and not (deal is not None and deal.start("partner") <= m.start < t.start())
              # "its" is the supplier only as the owner before the trigger ("its exports").
              and not (m.refers == "Actor" and m.start > t.start()
                       and not (REVERSE.match(t.group(0)) and m.start - t.end() < 30))]
        read = text
        if aside is not None:
            ms = [m for m in ms if not (aside[0] <= m.start < aside[1])]
            read = text[:aside[0]] + " " * (aside[1] - aside[0]) + text[aside[1]:]
        found = [d for d in directions(read, ms, t) if d[0].key != d[1].key] or \
            _trade_pair(text, mentions, ms, t)
        # "... to many cities of Russia: A, B and C": the list after the colon too
        found += [d for d in _listed_after(text, mentions, ms, t, hi)
                  if not any(d[0] is f[0] and d[1] is f[1] for f in found)]
        found = _with_coordinated_subjects(text, ms, t, found)
        # "to Chinese steelmakers - the X group is among the largest buyers": the buyer
        # named after the dash stands for the demonym's group
        found = [(a, _buyer_after_dash(text, b, mentions), how, conf)
                 for a, b, how, conf in found]
        found = _ranked(text, ms, t, found)
        found += through_intermediary(text, mentions, found)
        found = found or _sold_through(text, ms, t)
        if _MAKER_VERB.fullmatch(t.group(0)):
            # (goods made for a firm: "built a plant for the region" supplies no region)
            found = [f for f in found if f[1].kind_hint == "Company" or f[1].named_firm]
        found = _respectively(text[t.end():hi], found)
        for sup, rec, how, conf in found:
            key = (sup.key, rec.key)
            if sup.key == rec.key or key in seen or (
                    sup.adjectival and rec.adjectival and sup.country_hint == rec.country_hint):
                continue
            seen.add(key)
            stop = min([m.start for m in ms if m.start > t.end() and m is not sup] + [hi])
            if sup.adjectival and sup.start > t.end():
                stop = min([m.start for m in ms if m.start > sup.end] + [hi])
            clause = text[lo:hi]
            hits.append(Hit("SUPPLIES_TO", sup, rec, t.span(), conf, how,
                                  extra={"goods": goods(text, t, stop), "value_usd":
                                         value_usd(clause)}))
    hits = hits + _gapped_from_to(text, mentions, hits)
    return hits + _in_return(text, hits) + _back_to_partner(text, hits)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _respectively(after: str, found: list[tuple]) -> list[tuple]:
    """"A and B supply fish and formula to C and D respectively": every supplier of a
    full cross of two equally long lists goes to its own recipient, in order."""
    if not _RESPECTIVELY.search(after):
        return found
    sups = sorted({id(f[0]): f[0] for f in found}.values(), key=lambda m: m.start)
    recs = sorted({id(f[1]): f[1] for f in found}.values(), key=lambda m: m.start)
    if len(sups) < 2 or len(sups) != len(recs) or len(found) != len(sups) ** 2:
        return found
    order = {id(m): i for i, m in enumerate(sups)} | {id(m): i for i, m in enumerate(recs)}
    return [f for f in found if order[id(f[0])] == order[id(f[1])]]


_GAP_FROM = re.compile(r"[;,]\s*(?:and\s+|while\s+|whereas\s+)?from\s+(?:the\s+)?")
_GAP_TO = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?")


def _gapped_from_to(text: str, mentions: list[Mention], hits: list[Hit]) -> list[Hit]:
    """"From A to B were delivered tractors; from B to A - metal": a clause that
    leaves out the verb of the "from ... to" before it."""
    done = [h for h in hits if h.how == "from-to"]
    if not done:
        return []
    out = []
    for g in _GAP_FROM.finditer(text, max(h.trigger[1] for h in done)):
        a = next((m for m in mentions if m.start == g.end()), None)
        w = _GAP_TO.match(text, a.end) if a is not None else None
        b = next((m for m in mentions if w and m.start == w.end()), None)
        if b is None or a.key == b.key:
            continue
        end = text.find(";", b.end)
        if SUPPLY.search(text, g.start(), end if end >= 0 else len(text)):
            continue  # a clause with a verb of its own is read on its own
        out.append(Hit("SUPPLIES_TO", a, b, (g.start(), g.end()), 0.75, "from-to",
                       extra={"goods": None, "value_usd": None}))
    return out


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}$")


def _trade_pair(text: str, mentions: list[Mention], ms: list[Mention], t: re.Match
                ) -> list[tuple[Mention, Mention, str, float]]:
    """"trade between A and B grew, while exports to B rose" (or "with A's exports at
    $X"): an export named by one side of the sentence's trading pair goes to the other.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> s = "Trade between Norway and Kalmar fell, with Norwegian exports at $2 million."
    >>> [(a.text, b.text) for a, b, *_ in _trade_pair(s, find_mentions(s), [],
    ...                                                next(SUPPLY.finditer(s)))]
    [('Norwegian', 'Kalmar')]
    """
    if not re.match(r"exports?$|suppl(?:y|ies)$|deliver(?:y|ies)$", t.group(0), re.I):
        return []
    pair = next(([a, b] for a, b in zip(mentions, mentions[1:], strict=False)
                 if _BETWEEN.search(text[max(0, a.start - 60):a.start])
                 and re.fullmatch(r"\s*and\s+(?:the\s+)?", text[a.end:b.start])), None)
    if not pair or pair[1].end > t.start():
        return []

    def other(m: Mention) -> Mention | None:
        same = [p for p in pair if p.key == m.key or (
            m.country_hint and p.country_hint == m.country_hint)]
        return next((p for p in pair if p is not same[0]), None) if len(same) == 1 else None

    after = [m for m in mentions if m.start >= t.end() and m.start - t.end() < 30]
    to = [m for m in after if re.fullmatch(r"\s+(?:to|into)\s+(?:the\s+)?", text[t.end():m.start])]
    if to and other(to[0]):
        return [(other(to[0]), to[0], "trade pair", 0.6)]
    glued = [m for m in mentions if m.end <= t.start() and not text[m.end:t.start()].strip(" '’s")]
    if glued and other(glued[-1]):
        return [(glued[-1], other(glued[-1]), "trade pair", 0.6)]
    return []

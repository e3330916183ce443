"""What the words around a firm's name say about it: its kind and where it is.

Texts seldom name a firm bare. They describe it before its name ("the Uzbek carmaker
UzAuto Motors", "the Lublin tractor maker Ursus S.A.", "the state oil company
SOCAR") or in an apposition after it ("Amkodor, the Minsk maker of loaders, ...",
"Agromehanika d.o.o., a dealer of machinery in Novi Sad, ..."). The head noun of
such a description says whether the name is a company or an organisation; a
demonym or a place in it says the firm's country, and that place is no party of
its own (the sentence is not about Minsk). One lexicon of head nouns serves both
positions, and also tells a company from an organisation by the head of its own
name ("Xinjiang University", "Lianyungang Port Holdings Group").

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> ms = find_mentions("Amkodor, the Minsk maker of loaders, ships machines to Serbia.")
>>> [(m.text, m.kind_hint, m.place_hint) for m in ms]
[('Amkodor', 'Company', 'Minsk'), ('Serbia', 'Country', None)]
>>> ms = find_mentions("The Uzbek carmaker UzAuto Motors signed a deal.")
>>> [(m.text, m.kind_hint, m.country_hint) for m in ms]
[('UzAuto Motors', 'Company', 'UZ')]
"""

from __future__ import annotations

import re

from relgraph.loaders.extract.names import LEGAL_FORMS

# Head nouns of a firm's description or name, by the kind of party they make.
_SINGULAR = """
company firm corporation holding group enterprise concern producer manufacturer maker
carmaker automaker operator plant factory works mill refinery bank distributor dealer
carrier exporter importer retailer chain trader supplier contractor processor dairy
subsidiary venture brand airline railway shipyard mine combine complex cooperative
co-operative insurer investor developer builder integrator wholesaler
cannery brewery winery distillery bakery foundry sawmill tannery confectioner
installer forwarder packer printer publisher shipper grower breeder refiner smelter
steelmaker shoemaker glassmaker assembler fabricator vendor reseller provider hauler
haulier brewer distiller miner agroholding agrofirm utility start-up startup
miller spinner weaver knitter roaster bottler cellar creamery roastery""".split()
COMPANY_NOUNS = frozenset(_SINGULAR) | frozenset(
    w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else w + "s" for w in _SINGULAR)
ORG_NOUNS = frozenset("""
ministry committee chamber centre center institute university academy agency association
department faculty school hospital clinic commission government administration assembly
duma office union council foundation fund laboratory college lyceum theatre museum
library society federation parliament exchange organisation organization inspectorate
authority service bureau directorate embassy consulate mission secretariat court
zone cluster technopark institution confederation board
euregio euroregion egtc metropole métropole
polytechnic police gendarmerie carabinieri
""".split())


def alternation(words) -> str:
    """``words`` as a regex alternation, longest first, then alphabetically: one text in
    every process, whatever the hash seed (compiled patterns are cached by their text).

    >>> alternation({"plant", "works", "firm"})
    'plant|works|firm'
    """
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# The head nouns of firms and bodies, as one alternation ("the Minsk tractor plant").
FIRM_ORG_NOUNS = alternation(COMPANY_NOUNS | ORG_NOUNS)
# Two-word heads of a description ("the trading house X"; "house" alone is no firm's).
# (a trade's "house": "the Munich tailoring house X", "a Paris fashion house")
_COMPOUND_NOUNS = frozenset({"trading house", "trading houses", "tailoring house",
                             "tailoring houses", "fashion house", "fashion houses",
                             "publishing house", "publishing houses"})
_NOUNS = alternation(COMPANY_NOUNS | ORG_NOUNS | _COMPOUND_NOUNS)
_ARTICLE = r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+)"
# Lower-case words of a description: "state oil", "tractor", "fertiliser" (no verb,
# article or preposition: "X is the main supplier of buses to Y" describes nothing).
_WORDS = (r"(?:(?!(?:is|are|was|were|be|been|has|have|had|the|an?|of|to|in|on|for|with|and"
          r"|or|by|from|at|as|its|their|which|that|who|will|would|also)\b)(?:[a-z][\w'-]*|\d+)\s+)"
          r"{0,4}")
# "the <words> maker" right before a name, optionally with a comma ("the Serbian state
# railways, Srbija Kargo a.d., bought").
# A head noun may close a hyphenated compound: "the Uzbek agro-holding X", "the Kazakh
# agro-firm Y", "the Polish co-operative Z" (the noun still heads the description).
_COMPOUND = r"(?:[a-z]{2,}-)?"
_BEFORE = re.compile(rf"\s+{_WORDS}{_COMPOUND}(?P<noun>{_NOUNS})\s*,?\s+$")
# Any trade's agent noun after a demonym and before a name says a firm as the
# lexicon's nouns do ("the Turkish weaver X", "the Uzbek spinner X", "the Russian roaster
# X"), except people's titles and callings and words that only end alike.
_AGENT_NOUN = (r"(?!(?:minister|ambassador|governor|leader|speaker|officer|director|manager"
               r"|mayor|senator|member|founder|owner|commander|writer|painter|singer|composer"
               r"|author|actor|professor|doctor|inspector|teacher|lawyer|partner|sister|brother"
               r"|border|water|river|quarter|centre|center|premier|player|rider|other|order"
               r"|number|power|tower|master|winter|summer|counsellor|councillor|chancellor"
               r"|spokesperson|visitor|investor|creditor|donor|operator|sponsor|neighbor"
               r"|neighbour|ancestor|successor|predecessor|monitor|sector|corridor|mirror)\b)"
               r"[a-z]{2,}(?:er|or)")
_BEFORE_AGENT = re.compile(rf"\s+{_WORDS}(?P<noun>{_AGENT_NOUN})\s+$")
# Belgian forms the shared list of legal forms lacks ("X SPRL", "Y BVBA").
_MORE_FORMS = frozenset({"sprl", "bvba", "scrl", "srl"})


def _legal_end(name: str) -> bool:
    """A company's legal form closes the name: "X SPRL", "Y Co., Ltd."."""
    last = name.split()[-1].rstrip(".,").lower() if name.split() else ""
    return bool(_COMPANY_FORM.search(name)) or last in LEGAL_FORMS or last in _MORE_FORMS


_BEFORE_AGENT_COMMA = re.compile(rf"\s+{_WORDS}(?P<noun>{_AGENT_NOUN})\s*,\s+$")
# A firm's description right before its name, after an article or a preposition: "the
# Rudny iron ore producer X", "the Cheboksary firm X", "the Almaty confectioner X" (a
# place or demonym, trade words, a head noun). Other modules read what the description
# stands in ("goods of the Rudny iron ore producer X go to ...").
DESCRIPTION = rf"(?:[A-Z][\w'’-]*\s+){{0,2}}{_WORDS}(?:{_NOUNS}|{_AGENT_NOUN})\s+"
_BEFORE_BARE = re.compile(rf"{_ARTICLE}{_WORDS}{_COMPOUND}(?P<noun>{_NOUNS})\s*,?\s+$")
# (a short bracket may stand between the name and its description: "Eurasian Resources
# Group (ERG), Kazakhstan's largest mining group,")
_BRACKET = r"(?:\s*\([^()]{1,20}\))?"
# ", the Ukrainian railway company," / ", a dealer of machinery in Novi Sad," / ", the
# Jonava fertiliser producer,".
# (the description may end before a relative clause: "X, a Bishkek freight company that
# carries goods to ...", "Y, the Minsk maker whose loaders ...")
# ("X, one of the largest Uzbek textile companies,": one of a described kind)
# ("X, another Suceava company,", "Y, also a Balti producer,": the description a text
# gives a second firm of a place, after one it described so)
_ONE_OF = r"(?:one\s+of\s+)"
_ANOTHER = r"(?:(?:yet\s+)?[Aa]nother\s+|also\s+an?\s+)"
_APPOSITION = re.compile(rf"{_BRACKET},\s+(?:{_ONE_OF}?{_ARTICLE}|{_ONE_OF}|{_ANOTHER})"
                         r"(?P<body>[^,;:()]{2,90}?)"
                         r"(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:that|which|whose)\s)")
# (what the firm has may follow its head: "a Tudela mill with 60 workers", "a bakery with
# two shops"; lower-case words and numbers only, so no partner is named there)
# (a body's remit after its head runs longer than a firm's trade: "the state agency
# for the upkeep of upland and forest zones", "the state fund for the support of
# small rural schools")
_HEAD = re.compile(rf"\b(?P<noun>{_NOUNS})\b(?:\s+(?:of|for)\s+(?:[a-z][\w-]*\s*){{1,8}})?"
                   r"(?:\s+with\s+(?:(?:[a-z][\w-]*|\d[\d,.]*)\s*){1,4})?"
                   r"(?:\s+(?:in|from|of|(?:based|headquartered|located|registered)\s+in)"
                   r"\s+(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+"
                   r"|central\s+)?[A-Z].*)?$")

# Any trade's agent noun heads an apposition that places it: "X, a spinner from
# Fergana," (the place says it is a firm's description, not a person's calling).
_AGENT_HEAD = re.compile(rf"\b(?P<noun>{_AGENT_NOUN})s?(?:\s+(?:in|from|(?:based|headquartered"
                         r"|located|registered)\s+in)\s+(?:the\s+)?[A-Z].*)$")

# ... and so does an agent noun after a demonym or a place: "X, a Lithuanian maltster,",
# "X, a Riga canmaker," (the demonym or place says where the firm is, as "the Turkish
# weaver X" does before a name; people's titles and callings are no agent nouns here).
_AGENT_DESCRIBED = re.compile(rf"^(?:[A-Z][\w'’-]*\s+){{1,2}}{_WORDS}(?P<noun>{_AGENT_NOUN})s?$")


# A place is often "a centre of machine building": these heads make no firm of it.
_NOT_APPOSED = frozenset({"centre", "center", "complex", "combine", "group"})
# ... unless words describe the head and nothing follows it: "a Kazakh mining group", "a
# metallurgical combine" (not "a group of companies", "a centre of machine building").
# ("Kazakhstan's largest mining group": a country's possessive is such a word too)
_DESCRIBED_GROUP = re.compile(r"^(?:[A-Za-z][\w'’-]*\s+){1,3}(?:group|combine|complex)$")


def _not_apposed(body: str, head) -> bool:
    noun = head.group("noun").lower()
    if noun not in _NOT_APPOSED:
        return False
    # (the words before the head and the head: "knitwear group" of "a knitwear group
    # from Izmir")
    return noun in ("centre", "center") or not _DESCRIBED_GROUP.match(
        body[:head.end("noun")].strip())


# What a town is the centre of: "the regional centre X", "the industrial center X".
_TOWN_CENTRE = re.compile(r"\b(?:regional|district|administrative|oblast|raion|provincial|county"
                          r"|industrial|transport|tourist|historical|cultural|economic|mining"
                          r"|agricultural|border|railway|university)\s+(?:centre|center)\s*,?\s*$")


def kind_of(noun: str, words: str = "") -> str:
    """The kind a description's head noun makes; ``words``: the description before it
    ("cotton" of "the Andijan cotton cluster X": a farm-to-mill cluster is a firm)."""
    if noun.lower() in ("cluster", "clusters") and _GOODS_CLUSTER.search(words):
        return "Company"
    return "Organization" if noun.lower() in ORG_NOUNS else "Company"


# A cluster that grows or makes goods (Uzbekistan's cotton, textile, dairy and farm
# clusters are firms); an innovation, IT or tourism cluster is a body.
_GOODS_CLUSTER = re.compile(r"\b(?:cotton|textile|dairy|farm|fruit|vegetable|grain|meat"
                            r"|poultry|silk|wool|leather|agro|agricultural|cotton-textile)\s*$")


# Legal forms of companies only, written after the name (not a state enterprise's RUE or
# UE, nor a non-commercial body's forms).
_COMPANY_FORM = re.compile(r"\s(?:S\.A\.?|S\.p\.A\.?|SpA|AG|GmbH|JSC|OJSC|CJSC|PJSC|LLC|LLP|Ltd\.?"
                           r"|PLC|plc|Inc\.?|AB|ASA|Oyj|Zrt|Nyrt|N\.V\.?|B\.V\.?|SAS|SARL"
                           r"|S\.R\.L\.?|SRL|d\.o\.o\.?|a\.s\.?|s\.r\.o\.?"
                           # (and the forms of Commonwealth and Latin firms: "X Corp.", "X
                           # Sdn Bhd", "X Pty Ltd", "X Limited", "X Ltda.", "X S.A.R.L.")
                           r"|Corp\.?|Bhd\.?|Berhad|Limited|Ltda\.?|S\.A\.R\.L\.?|S\.L\.?|SL)$")


def name_kind(name: str) -> str | None:
    """The kind a firm's own name gives: its last head noun ("Minsk Regional Chamber of
    Commerce and Industry" is an organisation, "State Grid Corporation of China" a
    company), None when it has none.

    >>> name_kind("Xinjiang University"), name_kind("Lianyungang Port Holdings Group")
    ('Organization', 'Company')
    >>> name_kind("Rosselkhoznadzor"), name_kind("Belkoopsoyuz"), name_kind("Minsk")
    ('Organization', 'Organization', None)
    >>> name_kind("National Bank of Kazakhstan"), name_kind("Halyk Bank")
    ('Organization', 'Company')
    >>> name_kind("Minsk National Airport"), name_kind("Port of Kotka"), name_kind("Kotka")
    ('Organization', 'Organization', None)
    >>> name_kind("Agromash Service"), name_kind("the Federal Customs Service")
    ('Company', 'Organization')
    """
    # "X Port Authority S.A.", "Y Transport Organisation JSC": a firm's legal form says a
    # company, whatever body its head noun names.
    if _COMPANY_FORM.search(name):
        return "Company"
    # (before its head words: "X Public Utility District" is no utility firm)
    if _SERVICE_DISTRICT.search(name):
        return "Organization"
    # "Association of Milk Producers", "Committee of Grain Exporters": the head before
    # "of" names the body; the words after it say whom it serves.
    before_of = re.split(r"\s+of\s+", name, maxsplit=1)[0]
    heads = [w for w in re.findall(r"[A-Za-z][\w-]*", before_of) if _head_word(w)] or [
        w for w in re.findall(r"[A-Za-z][\w-]*", name) if _head_word(w)]
    if heads and heads[-1].lower() == "association" and _INDUSTRIAL_ASSOCIATION.search(name):
        return "Company"
    if heads and heads[-1].lower() == "bank" and _CENTRAL_BANK.search(name):
        return "Organization"
    if heads and heads[-1].lower() in ("bank", "corporation", "fund") and \
            _PUBLIC_FINANCE.search(name):
        return "Organization"
    if heads and heads[-1].lower() == "service" and _TRADING_SERVICE.search(name) and \
            not _STATE_SERVICE.search(name):
        return "Company"
    if heads and heads[-1].lower() == "bank" and _SUPRANATIONAL_BANK.search(name):
        return "Organization"
    if heads:
        return "Organization" if heads[-1].lower() in _NAME_ORG_HEADS else kind_of(heads[-1])
    if _foreign_body(name) or _state_brand(name) or _agency_compound(name):
        return "Organization"
    if _FACILITY_BODY.search(name) or _PORT_BODY.search(name):
        return "Organization"
    return "Organization" if _AGENCY_WORD.fullmatch(name.strip('" ')) else None


def _head_word(word: str) -> bool:
    low = word.lower()
    return low in COMPANY_NOUNS or low in ORG_NOUNS or low in _NAME_ORG_HEADS


# Head nouns that make a body only as the last word of a capitalised name ("Special
# Programmes Body", "European Grouping of Territorial Cooperation"): as a description's
# lower-case noun before a name they say nothing ("the body X" is rare, "a grouping of
# firms" no party), so they stay out of ``ORG_NOUNS``.
_NAME_ORG_HEADS = frozenset({"body", "grouping"})

# A bank states set up together is a public body, whatever field it serves: "European
# Bank for Reconstruction and Development", "Nordic Investment Bank", "Eurasian
# Development Bank" (a bank "for" a purpose of development; or named by its part of
# the world and its field). An investment bank of one owner stays a firm ("Renaissance
# Investment Bank"), and so does a bank named by its part of the world alone or a
# trade's ("Eurasian Bank", "Asian Commercial Bank").
_SUPRANATIONAL_BANK = re.compile(
    r"\bBank\s+for\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,3}Development\b"
    r"|^(?:[Tt]he\s+)?(?:European|Nordic|Asian|African|Islamic|Eurasian|Inter-American"
    r"|Caribbean|Arab|Black\s+Sea|Central\s+American|West\s+African|East\s+African)"
    r"\s+(?!(?:Commercial|Savings|Trust|Private|Merchant|Credit|Cooperative|Retail)\b)"
    r"(?:[A-Z][\w-]*\s+(?:and\s+)?){1,3}Bank\b")


# A state's agency named in a Germanic language, its head the compound's last part
# ("Trafikverket", "Energistyrelsen", "Skatteverket", "Arbeitsagentur", "Bundesamt für
# X", "Mattilsynet", "Tullivirasto"): the lexicon's English heads do not see inside one
# word.
_AGENCY_SUFFIX = re.compile(r"(?:verket|styrelsen|myndigheten|direktoratet|tilsynet|virasto"
                            r"|laitos|agentur|behörde|behoerde|amt|ministeriet|departementet)$",
                            re.I)


def _agency_compound(name: str) -> bool:
    """Whether a word of ``name`` is a Germanic compound whose last part names an
    agency (at least three letters before it: "Amt" alone, "Samt", are none)."""
    return any(w[:1].isupper() and (h := _AGENCY_SUFFIX.search(w)) and h.start() >= 3
               for w in re.findall(r"[^\W\d_][\w-]*", name))


# A port's public authority named in its own language ("Grand Port Maritime de X",
# "Entreprise Portuaire d'X", "Autoridad Portuaria de X", "Autorità di Sistema Portuale",
# "Portos do X") or in English with an article ("The Port of X", "the port of X"): a
# body that runs the port, as "Port of X" is.
_PORT_BODY = re.compile(r"\bPort\s+(?:Maritime|Autonome)\b|\bPortuair(?:e|es)\b"
                        r"|\bPortuari[ao]s?\b|\bPortuale\b|\bPortuária\b"
                        r"|^(?:the\s+)?Portos\s+d[oae]s?\s+[A-Z]"
                        r"|^(?:[Tt]he\s+)?[Pp]ort\s+of\s+[A-Z]")


# A body named in its own language says so by a head noun the English lexicon does not
# hold: first in the Romance languages, whose names put the head before what it is of
# ("Universidad Austral de X", "Accademia di Belle Arti di X", "Comisión Estatal de
# ..."), and last in a compound in the Germanic ones, often with the definite ending
# ("Rigshospitalet", "Uniklinik X", "X Institutet", "X högskolan").
_FOREIGN_HEADS = frozenset("""
universidad universidade université università universitat universität uniwersytet
univerzita universiteit universitatea instituto institut istituto instytut institutul
academia accademia académie akademie akademia escuela escola école scuola
hochschule högskola høgskole hogeschool colegio collège collegio hôpital ospedale
hospital klinik klinikum comisión comissão commissione ministerio ministério ministère
ministero ministerium ministerstvo agencia agência agence agenzia cámara câmara chambre
kammer consejo conselho conseil consiglio fundación fundação fondation fondazione
stiftung fundacja asociación associação associazione verband verein secretaría
conservatorio conservatoire observatorio
politecnico politécnico politechnika polytechnique
consorzio consorcio consórcio mancomunidad mancomunitat syndicat communauté
waterschap hoogheemraadschap zweckverband landratsamt
fédération federación federacion federação federacao federazione
mutuelle mutualidad mutualité groupement agrupación agrupacion sindicato sindacato
unión união uniao unione fonds fondo fundo direction dirección direccion direção
direcao direzione
""".split())
_ARTICLES = frozenset({"the", "la", "el", "le", "il", "lo", "l'", "die", "der", "das", "de", "het",
                       "a", "o", "os", "as"})
# (a compound's head with its definite ending: the Nordic "-et", "-en", "-n", "-a")
_COMPOUND_HEAD = re.compile(
    r"(?:hospital|sjukhus|sygehus|sykehus|klinik|universitet|universität|hochschule"
    r"|högskola|høgskole|institut|akademi)(?:et|en|an|n|a|um)?$", re.I)


def _foreign_body(name: str) -> bool:
    """Whether a name is a body's by a head noun of another language: its first word
    (after an article) in the Romance way, or a word it ends a compound of."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name.strip('"« »'))]
    if not words:
        return False
    first = words[1] if words[0].lower() in _ARTICLES and len(words) > 1 else words[0]
    if first[:1].isupper() and first.lower() in _FOREIGN_HEADS:
        return True
    # (glued to a word before it, or after the name's first word: "Hospitalet" alone
    # opens a Catalan town's name)
    return any(w[:1].isupper() and (h := _COMPOUND_HEAD.search(w)) and (h.start() >= 2 or k)
               for k, w in enumerate(words))


# Bodies that run a facility of the state, named by it: "Minsk National Airport", "the
# Port of Kotka", "General Administration of Customs" (a bare "Lianyungang Port" is left
# to the words around it: ports are as often companies).
# A state's agency named as its brand, a field before the country's name ("Tourism
# Finland", "Enterprise Chile", "Invest Kenya", "Waterways Norway"): a public body. A
# trade's own goods before a country ("Air X", "Coal X", "Oil X") are firms' names.
_FIELD = (r"(?:Tourism|Waterways|Enterprise|Invest|Investment|Visit|Business|Innovation"
          r"|Education|Heritage|Sport|Culture|Trade|Export|Fisheries|Forestry|Health|Events"
          r"|Recreation|Industry)")
_STATE_BRAND = re.compile(rf"{_FIELD}\s+(?P<country>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)")
# ... and a region's or a town's, where the brand says what it is by two fields joined
# ("Trade and Investment X", "Tourism and Events Y", "Sport and Recreation Z") or by an
# invitation to the place ("Invest in X", "Visit X", "Invest X"): no firm is named so.
# (or glued to the place's name: "InvestPenang", "VisitFlanders")
_PLACE_BRAND = re.compile(rf"(?:{_FIELD}\s+and\s+{_FIELD}|Invest(?:\s+in)?|Visit)"
                          r"\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
                          r"|(?:Invest|Visit)[A-Z][a-z][\w'’-]+")


def _state_brand(name: str) -> bool:
    from relgraph.loaders.extract.countries import COUNTRY_BY_NAME

    bare = re.sub(r"\s*\([^()]*\)$", "", name.strip('" '))
    if _PLACE_BRAND.fullmatch(bare):
        return True
    m = _STATE_BRAND.fullmatch(bare)
    return m is not None and m.group("country").lower() in COUNTRY_BY_NAME


_FACILITY_BODY = re.compile(r"\bAirports?$|^(?:the\s+)?(?:Sea\s*)?(?:Air)?[Pp]ort\s+of\s+[A-Z]"
                            r"|\bCustoms\b")

# A public utility's district is a body that runs a service, not an area: "X Water
# District", "Y Irrigation District", "Z Public Utility District", "a Sanitary District"
# (the district word names its service area, as "Port Authority" names a port's body).
_SERVICE_DISTRICT = re.compile(
    r"\b(?:Water|Waterworks|Wastewater|Irrigation|Sanitation|Sanitary|Sewer|Sewerage"
    r"|Drainage|Utility|Utilities|Fire|Fire\s+Protection|School|Hospital|Health|Transit"
    r"|Transportation|Harbou?r|Airport|Conservation|Flood\s+Control|Reclamation|Levee"
    r"|Parks?|Library|Power|Electric|Mosquito\s+Abatement|Improvement|Conservancy)"
    r"\s+Districts?$")


# A service of the state is a body ("the Federal Customs Service", "the State Veterinary
# Service"); a firm's trading name ends in "Service" too ("Agromash Service", "Mures Steel
# Service", "Minsk Car Service").
_STATE_SERVICE = re.compile(r"\b(?:Federal|State|National|Public|Civil|Customs|Tax|Taxation"
                            r"|Migration|Border|Security|Intelligence|Veterinary|Sanitary"
                            r"|Phytosanitary|Antimonopoly|Statistics|Statistical|Emergency"
                            r"|Meteorological|Hydrometeorological|Diplomatic|Penitentiary"
                            r"|Fiscal|Revenue|Employment|Health|Medical|Postal|Forestry"
                            r"|Geological|Inspection|Supervision|Accreditation"
                            # a town's or region's emergency services ("X Fire and Rescue
                            # Service", "Y Ambulance Service")
                            r"|Fire|Rescue|Ambulance|Police|Coastguard|Lifeboat|Pilotage"
                            r"|Probation|Prison)\b", re.I)


# (a name that ends in it after words of its own: "X Service", not "the Service for Y")
_TRADING_SERVICE = re.compile(r"[A-Za-z][\w-]*[\s-]+[Ss]ervice\W*$")


# A country's central bank is a state body, not a firm: "the National Bank of
# Kazakhstan", "the Central Bank of Uzbekistan", "Belarus's National Bank", "the
# People's Bank of China", "the State Bank of Vietnam" (a bank named after the state of
# India or of Georgia that lends to firms is written "Bank of Georgia", "State Bank of
# India": those stay firms).
_CENTRAL_BANK = re.compile(r"\b(?:National|Central|Reserve|People['’]s)\s+Bank\b"
                           r"|\bState\s+Bank\s+of\s+(?:the\s+)?(?:Vietnam|Viet\s+Nam|Pakistan)\b")

# A bank, corporation or fund a state or states set up to develop or invest, not to
# trade ("Asian Development Bank", "X Industrial Development Corporation", "Y Direct
# Investment Fund"): a public body. (An investment bank is a firm; a legal form after
# the name still says a company.)
_PUBLIC_FINANCE = re.compile(r"\bDevelopment\s+(?:Bank|Corporation|Fund)\b"
                             r"|\bInvestment\s+(?:Corporation|Fund)\b"
                             r"|\bExport[- ]Import\s+Bank\b")


# An association that makes or mines something is a company, as the Soviet "production
# association" was ("Sokolov-Sarybai Mining and Processing Association", 'Production
# Association "Belorusneft"', "Scientific and Production Association Saturn"); an
# "Association of X Producers" unites firms and is an organisation.
_INDUSTRIAL_ASSOCIATION = re.compile(
    r"\b(?:Production|Producing|Manufacturing|Mining|Processing|Metallurgical"
    r"|Machine-Building|Scientific-Production|Research-and-Production)\s+"
    r"(?:and\s+[A-Z][\w-]+\s+)?Association\b(?!\s+of\b)")


# Russian-language names of agencies and unions, written as one word: supervisory
# services ("Rosselkhoznadzor", "Rospotrebnadzor"), unions ("Belkoopsoyuz",
# "Tsentrosoyuz"), state committees ("Gosstandart") and ministries ("Minpromtorg").
_AGENCY_WORD = re.compile(r"[A-Z][a-z]*(?:nadzor|soyuz|standart)|Gos(?:standart|kom[a-z]*"
                          r"|stroy[a-z]*|nadzor[a-z]*|inspektsiya)|Min(?:promtorg|selkhoz[a-z]*|obrnauki"
                          r"|zdrav|trans|fin|ekonomrazvitiya|energo|stroy|kultury|sport|oborony"
                          r"|yust|tsifry|vostokrazvitiya)")


# A country's possessive, lower-case words and a head noun, then the body's or firm's
# acronym in brackets: "China's customs administration (GACC)", "Kenya's plant health
# inspectorate (KEPHIS)", "Chile's state copper company (CODELCO)".
_POSSESSIVE_DESCRIBED = re.compile(rf"['’]s\s+{_WORDS}(?P<noun>{_NOUNS})\s*\((?P<acr>"
                                   r"[A-Z][A-Za-z&-]{1,9})\)")


def owner_described(found: list, text: str) -> list:
    """A country's possessive before a description and an acronym in brackets names
    that country's body or firm by its acronym: the acronym gets the description's kind
    and the country, and the country, its owner only, is no party of its own.

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> ms = find_mentions("It signed with Chile's state copper company (CODELCO).")
    >>> [(m.text, m.kind_hint, m.country_hint) for m in ms][1:]
    [('CODELCO', 'Company', 'CL')]
    """
    from relgraph.loaders.extract.countries import COUNTRY_BY_NAME

    drop: set[int] = set()
    for i, m in enumerate(found[:-1]):
        d = _POSSESSIVE_DESCRIBED.match(text, m.end)
        code = COUNTRY_BY_NAME.get(m.text.lower()) if d and not m.refers else None
        if code is None:
            continue
        acr = found[i + 1]
        if acr.start != d.start("acr") or acr.end != d.end("acr"):
            continue
        acr.kind_hint = kind_of(d.group("noun"), d.group(0)[:d.start("noun") - d.start()])
        acr.country_hint, acr.organisation = code, True
        drop.add(i)
    return [m for k, m in enumerate(found) if k not in drop]


_ACRONYM = re.compile(r"[A-Z][A-Z&-]{2,9}")
# "and", "and the", or "and" before a country's described body ("and Y's customs
# service (" before its acronym)
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+[^()]{0,60}\()?")


def acronym_beside_body(found: list, text: str) -> None:
    """A bare acronym that nothing describes, joined by "and" to a body ("signed by X and
    the Ministry of Y", "X and Z's customs service (W)"), is a body as well: co-signers
    of a state's document are its agencies (a firm every reader knows keeps its kind)."""
    from relgraph.loaders.gazetteer.firms import known_firm

    for m, n in zip(found, found[1:], strict=False):
        pair = (m, n) if n.kind_hint == "Organization" else (n, m) \
            if m.kind_hint == "Organization" else None
        if pair is None or not _AND_GAP.fullmatch(text, m.end, n.start):
            continue
        bare = pair[0]
        if bare.kind_hint or bare.organisation or bare.refers or bare.adjectival or \
                not _ACRONYM.fullmatch(bare.text) or known_firm(bare.text) is not None:
            continue
        bare.kind_hint = "Organization"


def _own_name_first(name: str, kind: str) -> str:
    """The kind a description gives a name, unless the name's own words say the other
    kind: a company's legal form ("during the mission X Ltd. signed ...": no mission's
    body), or a public body's head in its own language ("the port company, Empresa
    Portuaria X,": the state's port authority, whatever the writer calls it)."""
    if kind == "Organization" and _COMPANY_FORM.search(name):
        return "Company"
    if kind == "Company" and not _COMPANY_FORM.search(name) and (
            _PORT_BODY.search(name) or _foreign_body(name)):
        return "Organization"
    return kind


def describe(found: list, text: str, demonyms: dict) -> list:
    """The mentions of a sentence with descriptions applied: kinds and country or
    place hints set, and the demonyms and places that only locate a firm dropped."""
    drop: set[int] = set()
    for i, n in enumerate(found):
        if n.adjectival or n.refers or n.kind_hint in ("Country", "Region", "City"):
            continue
        prev = found[i - 1] if i > 0 and i - 1 not in drop else None
        gap = text[prev.end:n.start] if prev is not None else ""
        b = _BEFORE.fullmatch(gap) if prev is not None and not prev.refers else None
        if b is None and prev is not None and not prev.refers and (
                prev.adjectival or _THE_BEFORE.search(text, max(0, prev.start - 5), prev.start)):
            # ("the Hong Kong buyer X", "the Osaka trader Y": a place led by "the" as a
            # demonym is, no list of places)
            b = _BEFORE_AGENT.fullmatch(gap)
            if b is None and _legal_end(n.text):
                # ("a Walloon retreader, X SPRL,": set off by a comma, the described name
                # is a firm's when its own legal form says so)
                b = _BEFORE_AGENT_COMMA.fullmatch(gap)
        if b and (_led_by_article(text, prev.start) or _next_described(text, found, i - 1)) \
                and not _comma_list(text, prev):
            # "the Belarusian retail chains Santa and Evroopt": a plural describes the
            # whole list after it.
            listed = [n]
            if _plural(b.group("noun")):
                for x in found[i + 1:]:
                    if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[listed[-1].end:x.start]):
                        listed.append(x)
                    else:
                        break
            for x in listed:
                x.kind_hint = _own_name_first(x.text, kind_of(b.group("noun"),
                                                               gap[:b.start("noun")]))
                x.named_firm = x.kind_hint == "Company"
                # "the dealer of the Belarusian enterprise X": the demonym may describe the
                # firm the dealer works for, not X; the country stays open.
                if not _ROLE_OF.search(text, max(0, prev.start - 30), prev.start):
                    _locate(x, prev, demonyms)
                    drop.add(i - 1)
            continue
        bare = _BEFORE_BARE.search(text, max(0, n.start - 80), n.start)
        if bare and bare.end() == n.start and (prev is None or prev.end <= bare.start()):
            if _TOWN_CENTRE.search(bare.group(0)):
                # "the regional centre Mogilev", "the district center Lepel": a town.
                n.kind_hint = "City"
                continue
            n.kind_hint = _own_name_first(n.text, kind_of(
                bare.group("noun"), text[bare.start():bare.start("noun")]))
            n.named_firm = n.kind_hint == "Company"
    for i, x in enumerate(found):
        if i in drop or x.adjectival or x.refers or x.kind_hint in ("Country", "Region", "City"):
            continue
        a = _APPOSITION.match(text, x.end)
        if not a and _self_described(text, found, i, demonyms, drop):
            continue
        if not a:
            a = _COUNTRY_APPOSITION.match(text, x.end)
            if a and (a.group("country").lower() not in _COUNTRY_WORDS or not (
                    h := _HEAD.search(a.group("body"))) or h.group("noun").lower() in _RELATIONAL):
                a = None
        if not a:
            _owner_apposition(text, found, i, demonyms, drop)
            _owned_by(text, found, i, drop)
            continue
        head = _HEAD.search(a.group("body")) or _AGENT_HEAD.search(a.group("body")) or \
            _AGENT_DESCRIBED.match(a.group("body"))
        if not head or _not_apposed(a.group("body"), head) or re.search(
                r"\b(?:of|which|who|whose|that|where|when)\b", a.group("body")[:head.start()]):
            continue
        x.kind_hint = _own_name_first(x.text, kind_of(head.group("noun")))
        x.named_firm = x.kind_hint == "Company"
        for k, y in enumerate(found):
            if k != i and a.start("body") <= y.start and y.end <= a.end("body"):
                _locate(x, y, demonyms)
                drop.add(k)
    return [m for k, m in enumerate(found) if k not in drop]


# "X is a Kyiv-area dairy producer", "X (the Company) is a grain trader headquartered
# in Tartu, Estonia", "X is one of the largest Polish meat processors": a firm's own
# definition in a copular clause says where the firm is, as an apposition does. Only a
# name already read as a firm or a body (a town "is the largest producer of ..." too),
# and no relational noun with its partner ("X is the main buyer of grain from Y" names a
# partner's country; "X is a Latvian exporter" describes X).
_SELF_DESCRIBED = re.compile(_BRACKET.replace("{1,20}", "{1,40}")
                             + r"\s+(?:is|was|has\s+been)\s+(?:now\s+)?"
                             r"(?:one\s+of\s+(?:the|its)\s+|an?\s+|the\s+)"
                             r"(?P<body>[^,;:()]{2,90}?)(?=\s*(?:[,;:)]|\.(?:\s|$)|$)"
                             r"|\s+(?:that|which|whose|with|and)\s)")


_FIRM_TERM = re.compile(r"\(\s*(?:the\s+)?[\"“]?(?:Company|Group|Firm|Issuer|Holding|Bank"
                        r"|Corporation)\b")


def _self_described(text: str, found: list, i: int, demonyms: dict, drop: set) -> bool:
    """Read "X is a [Demonym] <head noun> [in / based in Place]" after mention ``i`` (a
    firm or body by its name or its kind): the demonym or place in the description
    locates X and is no party of the sentence. True when it did."""
    x = found[i]
    a = _SELF_DESCRIBED.match(text, x.end)
    if a is None:
        return False
    # (a short name defined in the bracket says a firm too: 'X (the "Company", "we")',
    # though a town bears the name)
    termed = _FIRM_TERM.search(text, x.end, a.start("body")) is not None
    if not (x.kind_hint in ("Company", "Organization") or x.organisation
            or name_kind(x.text) or termed):
        return False
    body = a.group("body")
    head = _HEAD.search(body) or _AGENT_HEAD.search(body) or _AGENT_DESCRIBED.match(body)
    relation = head is not None and head.group("noun").lower().rstrip("s") in _RELATIONAL \
        and re.search(r"\b(?:of|to|for|in|from)\b", body[head.start():])
    if not head or relation or _not_apposed(body, head) or re.search(
            r"\b(?:of|which|who|whose|that|where|when)\b", body[:head.start()]):
        return False
    inside = [k for k, y in enumerate(found)
              if k != i and a.start("body") <= y.start and y.end <= a.end("body")]
    if not inside:
        return False
    for k in inside:
        _locate(x, found[k], demonyms)
        drop.add(k)
    if termed and x.kind_hint is None:
        x.kind_hint = _own_name_first(x.text, kind_of(head.group("noun")))
        x.named_firm = x.kind_hint == "Company"
    return True


# "X, Sudan's largest sugar producer,", "X, Kazakhstan's biggest wheat exporter": a
# country's possessive opens a description of the firm before it; the country only
# places the firm (it is no party of the sentence).
_COUNTRY_APPOSITION = re.compile(_BRACKET + r",\s+(?:one\s+of\s+)?(?P<body>(?P<country>[A-Z][\w-]+"
                                 r"(?:\s[A-Z][\w-]+)?)['’]s"
                                 r"\s+[^,;:()]{2,80}?)(?=\s*(?:[,;:)]|\.(?:\s|$)|$))")


# "X, Donkombain's Russian assembly partner,", "Y, Agromash's Uzbek dealer,": a firm's
# possessive opens a description of the firm before it by its tie to that owner (an
# affiliate's noun ends it). The owner is no party of the sentence (it neither supplies
# nor signs here), and a demonym or place in the description says where the firm itself
# is, not the paragraph's country. (Only nouns no town is described by: "Brest,
# Terespol's long-time partner," is a town's partner, left alone.)
_OWNER_APPOSITION = re.compile(
    _BRACKET + r",\s+(?P<owner>[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})['’]s\s+"
    r"(?P<body>(?:[A-Za-z][\w-]*\s+){0,3}?(?:subsidiary|subsidiaries|dealer|distributor"
    r"|affiliate|branch|division|representative\s+office|office|unit|daughter\s+company"
    r"|(?:assembly|production|manufacturing|distribution|service|sales|trading|licensing)"
    r"\s+partner))(?=\s*(?:[,;:)]|\.(?:\s|$)|$))")


def _owner_apposition(text: str, found: list, i: int, demonyms: dict, drop: set) -> None:
    """Read "X, Owner's [Demonym] affiliate," after mention ``i``: the owner's mention
    is dropped, and a demonym or place in the description locates X."""
    a = _OWNER_APPOSITION.match(text, found[i].end)
    if a is None or a.group("owner").lower() in _COUNTRY_WORDS:
        return  # (a country's possessive: _COUNTRY_APPOSITION's)
    firm = found[i]
    for k, y in enumerate(found):
        if k == i or not (a.start("owner") <= y.start and y.end <= a.end("body")):
            continue
        drop.add(k)
        # What the mention has after the owner's possessive: the name run may take the
        # owner and the next word together ("Donkombain's Russian") or have lost the
        # owner already ("Russian"); the owner alone leaves nothing.
        cut = max(0, a.end("owner") + 2 - y.start) if y.start < a.start("body") else 0
        word = y.text[cut:].strip()
        if word and not (firm.country_hint or firm.place_hint):
            if y.adjectival or word.lower() in demonyms:
                firm.country_hint = y.country_hint or demonyms.get(word.lower())
            else:
                firm.place_hint = word


# "X, owned by the Danish group Y,", "X, wholly owned by Y,", "X, part of the Y group,":
# the owner is no party of the sentence (it neither ships nor signs here), and says
# nothing of where X is (a subsidiary sits where it works, not where its owner does).
_OWNED_BY = re.compile(_BRACKET + r",\s+(?:(?:(?:wholly|majority|fully|partly)[- ])?owned\s+by"
                       r"|(?:now\s+)?(?:a\s+)?part\s+of)\s+(?P<owner>[^,;:()]{2,80}?)(?=\s*,)")


def _owned_by(text: str, found: list, i: int, drop: set) -> None:
    """Read "X, owned by Y," after mention ``i``: the owner's mentions are dropped."""
    a = _OWNED_BY.match(text, found[i].end)
    if a is None:
        return
    for k, y in enumerate(found):
        if k != i and a.start("owner") <= y.start and y.end <= a.end("owner"):
            drop.add(k)


def _country_words() -> frozenset:
    from relgraph.loaders.extract.countries import COUNTRY_BY_NAME

    return frozenset(COUNTRY_BY_NAME)


# Nouns that state a relation of their own ("X, its largest customer, ..."): such an
# apposition is part of what the sentence says.
_COUNTRY_WORDS = _country_words()
_RELATIONAL = frozenset({"supplier", "exporter", "importer", "buyer", "purchaser", "customer",
                         "client", "investor", "partner"})


_KNOWN_FOR = re.compile(r"(?<=[\w)]),\s+(?:(?:famous|known|noted|renowned|best\s+known)\s+for"
                        r"|home\s+to)\s+[^,;:()]{1,50},")


def mask_appositions(text: str, mentions: list) -> str:
    """``text`` with a firm's descriptive apposition blanked out (same length, so
    offsets hold): in "PKP Cargo and Ukrzaliznytsia, the Ukrainian railway company,
    signed" or "AB Achema, the Jonava fertiliser producer, has long been the main
    supplier" the verb follows its subject for the patterns that read the clause.

    >>> mask_appositions("Amkodor, the Minsk maker of loaders, ships us tractors.", [])
    'Amkodor                              ships us tractors.'
    """
    out = text
    for a in _APPOSITION.finditer(text):
        body = a.group("body")
        head = _HEAD.search(body)
        # ("X, the largest supplier of tyres to Y," states a relation; "X, the region's
        # best-known exporter," only describes X)
        if not head or _not_apposed(body, head) or (
                head.group("noun").lower() in _RELATIONAL
                and re.search(r"\b(?:of|to|for|in)\b", body[head.start():])) \
                or re.search(r"\b(?:of|which|who|whose|that|where|when)\b", body[:head.start()]):
            continue
        close = re.match(r"\s*,", text[a.end():])
        if not close or not re.match(r"[\w\".)]", text[a.start() - 1:a.start()] or " "):
            continue
        end = a.end() + close.end()
        if any(a.start() < m.start < end for m in mentions if not m.adjectival):
            continue  # a party inside: not a mere description
        out = out[:a.start()] + " " * (end - a.start()) + out[end:]
    for a in _OWNED_BY.finditer(text):
        # "Kaunas Agro, owned by the Danish group Danagro, ships grain": X ships
        close = re.match(r"\s*,", text[a.end():])
        if close and re.match(r"[\w\".)]", text[a.start() - 1:a.start()] or " "):
            end = a.end() + close.end()
            if not any(a.start() < m.start < end for m in mentions if not m.adjectival):
                out = out[:a.start()] + " " * (end - a.start()) + out[end:]
    for a in _KNOWN_FOR.finditer(out):
        # "Gijduvan, famous for its ceramics, and the town of B signed": a place's
        # description between commas, no party inside it
        if not any(a.start() < m.start < a.end() for m in mentions if not m.adjectival):
            out = out[:a.start()] + " " * (a.end() - a.start()) + out[a.end():]
    for a in _MANAGING.finditer(out):
        # 'OJSC "BELAZ" - Management Company of Holding "BELAZ-HOLDING" delivered':
        # what the firm is, not a second party.
        out = out[:a.start()] + " " * (a.end() - a.start()) + out[a.end():]
    for m in mentions:
        # "A and Kazakhstan's B signed": the possessive only says where B is.
        p = _POSSESSIVE_BEFORE.search(out, max(0, m.start - 40), m.start)
        if p and m.country_hint and not m.adjectival:
            out = out[:p.start()] + " " * (p.end() - p.start()) + out[p.end():]
    return out


_MANAGING = re.compile(r"(?<=[\w\"])\s*[-–—,]\s*(?:the\s+)?(?:[Mm]anaging|[Mm]anagement)"
                       r"\s+[Cc]ompany\s+of\s+(?:the\s+)?(?:[Hh]olding\s+)?(?:\"[^\"]+\"|[A-Z][\w-]*)"
                       r"(?:\s+[Hh]olding)?,?")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w-]+(?:\s[A-Z][\w-]+)?['’]s\s+$")


_ROLE_OF = re.compile(r"\b(?:dealer|distributor|partner|subsidiary|representative|agent|branch"
                      r"|supplier|customer|buyer|division|office)s?\s+of\s+(?:the\s+)?$")


def _plural(noun: str) -> bool:
    return noun.lower().endswith("s") and noun.lower() not in ("works", "holdings", "railways")


def _locate(firm, where, demonyms: dict) -> None:
    if firm.country_hint or firm.place_hint:
        return
    if where.adjectival or where.text.lower() in demonyms:
        firm.country_hint = where.country_hint or demonyms.get(where.text.lower())
    elif where.kind_hint == "Country" and where.country_hint:
        firm.country_hint = where.country_hint   # "the Hong Kong buyer X": a country's name
    else:
        firm.place_hint = where.text


def _led_by_article(text: str, at: int) -> bool:
    """"the Minsk maker X", "by the Uzbek carmaker X": a description, not the end of a
    list ("Minsk and Gomel plants X"). News writes it without the article after a
    preposition too: "ships tractors to Kazakh dealer X", "bought from Russian retailer Y"."""
    return bool(_LEAD_IN.search(text[max(0, at - 8):at]))


def _next_described(text: str, found: list, k: int) -> bool:
    """Whether mention ``k`` (a demonym or place) opens the next member of a list of
    described firms: "to German dealer X and Polish dealer Y", "the Kazakh trader X, the
    Russian miller Y": the member before it is a firm its own description placed. ("Minsk
    and Gomel plants X and Y" stays a list of places: Minsk is no described firm.)"""
    if k < 2:
        return False
    before = found[k - 1]
    return bool(_NEXT_MEMBER.fullmatch(text, before.end, found[k].start)) and \
        before.kind_hint in ("Company", "Organization") and bool(before.country_hint
                                                                or before.place_hint)


_NEXT_MEMBER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|an?|to|from|with|for)\s+)?")
# (a clause's opening too: after a colon or a semicolon, a list's dash or a year,
# "Japan (2023): Gladstone developer X signed", "In 2021 Tartu maker Y shipped")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_LEAD_IN = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|to|from|by|with|for)|^|[:;•–—]"
                      r"|(?:^|\s)-|\b(?:19|20)\d\d,?)\s*$")


def _comma_list(text: str, m) -> bool:
    return bool(re.match(r"\s*,\s*[A-Z]", text[m.end:m.end + 3]))


"""Company and organisation names: legal forms, acronyms, and spans that are no party.

A text names a firm once in full, with its legal form or an acronym, and then again
in short: "Minsk Automobile Plant (MAZ)" ... "MAZ trucks"; 'JSC "Kazakhtelecom"' ...
"Kazakhtelecom". :class:`NameRegistry` keeps, per document, the names learned from
such definitions so that every later mention resolves to the same party. Legal forms
are left out of names and ids (``JSC``, ``LLP``, ``OOO`` ...), and a possessive
country before a firm ("Kazakhstan's Kaspi Bank") is its country, not part of the name.

:func:`non_party` tells spans that look like names but are no party: events and
programmes, document titles, currencies, date ranges, vague plurals.

>>> strip_legal('OJSC "Gomselmash"'), strip_legal("Kazakhmys Corporation LLP")
('Gomselmash', 'Kazakhmys Corporation')
>>> reg = NameRegistry()
>>> _ = reg.define("Minsk Automobile Plant", "MAZ")
>>> reg.lookup("MAZ").name, reg.lookup("Minsk Automobile Plant").acronym
('Minsk Automobile Plant', 'MAZ')
>>> non_party("Eurasian Economic Forum"), non_party("USD"), non_party("Kaspi Bank")
(True, True, False)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from relgraph.loaders.extract.countries import (
    COUNTRY_BY_NAME,
    DEMONYMS,
    country_code,
    multiword_countries,
)
from relgraph.loaders.extract.legal_forms import closing_pattern, form_countries
from relgraph.loaders.gazetteer.names import common_english, key, skeleton

# Legal forms written before or after a firm's name (English, Russian and Kazakh
# transliterations, a few European ones). Matched case-sensitively as written.
LEGAL = ("JSC|OJSC|CJSC|PJSC|PrJSC|JSCo|LLC|LLP|LP|Ltd|LTD|Ltda|OAO|ZAO|OOO|PAO|TOO|AO|RUE|RUP"
         "|SE|UE|IOO|FLLC|JV|JLLC|ALC|SARL|SAS|SA|GmbH|AG|KGaA|KG|PLC|Inc|Corp|NV|BV|SpA|AB|Oy|Oyj"
         "|Kft|sro|MCH|PK|IP|NWAO|UPP|CUE|SUE|FSBEI|HPE|UAB|SIA|OU|PT|Tbk|SRL|Srl|Pty|Bhd|ASA"
         "|NAC|NC|AD|DOO|ApS|TOV|PrAT|PAT"
         # Hungarian, Bulgarian and Estonian forms (not "MMC", which also abbreviates a
         # mining and metallurgical combine: "Almalyk MMC")
         "|Zrt|Nyrt|EAD|EOOD|OOD|OÜ"
         # The Nordic and Baltic joint-stock company ("AS Tallinna Vesi", "Norske Skog
         # AS", "AS Latvijas Gāze"), after its longer Norwegian form ASA
         "|AS"
         # Iberian forms: Portugal's limited company, Spain's ("X Lda", "X SL"), and a
         # British plc written in lower case
         "|Lda|SL|SLU|plc"
         # Japan's joint-stock company and the private one of Singapore and its
         # neighbours in the Pacific ("X KK", "X Pte Ltd")
         "|KK|Pte"
         # the English limited company spelled out ("Tasman Holdings Limited"), as "Ltd"
         "|Limited|PCL")
# Forms written with dots (the tokeniser keeps the inner dots: "S.A", "d.o.o").
_DOTTED_WRITTEN = (# France's and the Maghreb's limited company ("X S.A.R.L."), before the
                # "S.A." it opens
                r"S\.A\.R\.L\.?|"
                # Mexico's forms ("X, S.A. de C.V.", "Y, S. de R.L. de C.V."), before the
                # "S.A." they open
                r"S\.(?:A\.(?:B\.|P\.I\.)?|\s?de\s?R\.L\.)\s?de\s?C\.V\.?"
                r"|S\.A\.?|S\.A\.S\.?|d\.o\.o\.?|D\.O\.O\.?|a\.d\.?|A\.D\.?|s\.r\.o\.?"
                r"|S\.R\.L\.?|s\.r\.l\.?|S\.p\.A\.?|N\.V\.?|B\.V\.?|A\.S\.?|[Ss]p\.\s?z\s?o\.o\.?"
                r"|Co\.\s?Ltd\.?|Co\.|Pvt\.?\s?Ltd\.?|Private\s+Limited|Public\s+Company\s+Limited"
                # Czech and Slovak joint-stock firms write theirs in lower case, as do
                # Croatian and Slovenian ones: "DPMB a.s.", "Podravka d.d."
                r"|a\.s\.?|d\.d\.?"
                # the Danish one, with its slash ("Mærsk Olie og Gas A/S"), and the
                # Turkish joint-stock company ("Ankara Hali A.Ş.")
                r"|A/S|A\.Ş\.?"
                # Spain's and Italy's limited companies as written ("X S.L.", "X S.r.l."),
                # and Luxembourg's (a partnership's "GmbH & Co. KG": ``_PARTNERSHIP``)
                r"|S\.L\.U?\.?|S\.r\.l\.?|S\.à\s?r\.l\.?"
                # forms of two words, dropped whole, not by halves: Malaysia's private
                # and public companies ("X Sdn Bhd", "Y Berhad"), a proprietary company
                # ("X (Pty) Ltd", "X Proprietary Limited"), Spanish America's limited
                # and Turkey's ("X Cía. Ltda.", "X Ltd. Şti."), Portugal's one-member
                # company ("X Unipessoal Lda")
                r"|Sdn\.?\s?Bhd\.?|Berhad|\(Pty\)\s?Ltd\.?|Proprietary\s+Limited"
                # (South Asia's private company as Sri Lanka and Pakistan write it: "X
                # (Pvt) Ltd", "Y (Private) Limited")
                r"|\(Pvt\.?\)\s?Ltd\.?|\(Private\)\s+Limited"
                r"|C[íi]a\.?\s?Ltda\.?|Ltd\.?\s?Şti\.?|Unipessoal,?\s+Lda\.?"
                # ... and those written with dots: Spain's cooperative society ("X
                # S.Coop."; not "S.C.", as often South Carolina after a town), the Gulf's
                # and America's limited companies ("X L.L.C.", "X W.L.L."), Peru's ("X
                # S.A.C.", "X E.I.R.L."), Egypt's and Lebanon's joint-stock companies ("X
                # S.A.E.", "X S.A.L."), Japan's ("X K.K.")
                r"|S\.\s?Coop\.?|L\.L\.C\.?|W\.L\.L\.?|S\.A\.[ACEL]\."
                r"|E\.I\.R\.L\.?|K\.K\.")
# Every other country's forms, from the cleanco package's data (``legal_forms``): only
# closing a name, as the forms above written with dots do.
CLOSING_LEGAL = closing_pattern(re.compile(f"{LEGAL}|{_DOTTED_WRITTEN}"))
DOTTED_LEGAL = f"{_DOTTED_WRITTEN}|{CLOSING_LEGAL}"
LEGAL_ANY = f"{LEGAL}|{DOTTED_LEGAL}"
LEGAL_FORMS = frozenset(x.lower() for x in LEGAL.split("|")) | frozenset(
    {"s.a", "s.a.s", "d.o.o", "a.d", "s.r.o", "s.r.l", "s.p.a", "n.v", "b.v", "a.s", "d.d",
     "pvt", "pvt. ltd", "pvt ltd", "pvt.ltd", "private limited", "public company limited",
     "a/s", "a.ş", "s.l", "s.l.u", "sdn bhd", "sdn. bhd", "berhad", "s.a.r.l", "s.coop",
     "l.l.c", "w.l.l", "e.i.r.l", "k.k", "sdn"})
# (a German limited partnership's compound form: "X GmbH & Co. KG", "Y AG & Co. KGaA")
_PARTNERSHIP = r"\s+&(?=\s+Co\b)"
_LEGAL_EDGE = re.compile(rf'^(?:(?:{LEGAL})\.?\s+)+|(?:,?\s+(?:{LEGAL_ANY})\.?|{_PARTNERSHIP})+$')
# Countries a legal form belongs to: a firm's country when the text names one of them.
LEGAL_COUNTRIES = {
    # Russian-language forms are in use across the CIS, Belarus's OAO as much as Russia's.
    "llp": ("KZ",), "too": ("KZ",), "ooo": ("RU", "BY", "UZ", "KG"), "oao": ("RU", "BY"),
    "zao": ("RU", "BY"), "pao": ("RU",), "pjsc": ("RU", "UA"), "ab": ("LT", "SE", "FI"),
    "rue": ("BY",),
    "rup": ("BY",), "ue": ("BY",), "ioo": ("BY",),
    "fllc": ("BY",), "jllc": ("BY",), "uab": ("LT",), "sia": ("LV",), "ou": ("EE",),
    "d.o.o": ("RS", "HR", "SI", "BA", "ME"), "doo": ("RS", "BA", "ME", "MK"),
    "a.d": ("RS", "BG", "MK"), "ad": ("RS", "BG", "MK"),
    # (a public company's form in much of Europe, Latin America and French-speaking
    # Africa: Romanian, Moldovan and Greek firms write it too, so the text's own country
    # is not ruled out)
    "s.a. de c.v": ("MX",), "s.a.b. de c.v": ("MX",), "s.a.p.i. de c.v": ("MX",),
    "s. de r.l. de c.v": ("MX",),
    "s.a": ("PL", "ES", "FR", "BE", "CH", "PT", "RO", "MD", "GR", "LU", "BR", "AR", "MX",
            "CL", "CO", "PE", "UY", "MA", "TN", "SN", "CI", "BO", "EC", "PY", "VE", "GT",
            "CR", "PA", "DO", "HN", "SV", "NI", "HT"),
    "sp. z o.o": ("PL",), "sp.z o.o": ("PL",), "s.r.o": ("CZ", "SK"),
    # (the limited company of Romania and Italy, and of Spanish America's south:
    # "Dulces Illimani S.R.L." of La Paz)
    # (and of the Dominican Republic's, since its 2008 company law)
    "srl": ("RO", "IT", "MD", "AR", "BO", "PE", "UY", "PY", "CR", "DO"),
    "s.r.l": ("RO", "IT", "MD", "AR", "BO", "PE", "UY", "PY", "CR", "DO"),
    "gmbh": ("DE", "AT", "CH"),
    "ag": ("DE", "AT", "CH", "LI"), "kg": ("DE", "AT"), "kgaa": ("DE",),
    "kft": ("HU",), "oy": ("FI",), "oyj": ("FI",), "ltda": ("BR", "PT", "CL", "CO"),
    "tov": ("UA",), "prat": ("UA",), "prjsc": ("UA",), "pat": ("UA",), "tbk": ("ID",),
    "pt": ("ID",), "bhd": ("MY",), "sdn bhd": ("MY",), "sdn. bhd": ("MY",),
    "berhad": ("MY",),
    "s.a.r.l": ("FR", "MA", "LU", "TN", "DZ", "SN", "CI", "LB"),
    "s.coop": ("ES",), "s. coop": ("ES",), "e.i.r.l": ("PE", "CL"), "k.k": ("JP",),
    "(pty) ltd": ("ZA",), "proprietary limited": ("ZA", "AU"),
    "(pvt) ltd": ("LK", "PK", "IN", "BD", "NP"), "(pvt.) ltd": ("LK", "PK", "IN", "BD", "NP"),
    "(private) limited": ("LK", "PK", "IN", "BD", "NP"),
    "s.p.a": ("IT",), "a.s": ("CZ", "SK", "TR"),
    # (Chile's joint-stock company writes "SpA" as Italy's does; Chile and Colombia
    # write the limited company's "Ltda." as Brazil and Portugal do)
    "spa": ("IT", "CL"),
    "zrt": ("HU",), "nyrt": ("HU",), "ead": ("BG",), "eood": ("BG",), "ood": ("BG",),
    "oü": ("EE",), "d.d": ("HR", "SI", "BA"),
    "as": ("NO", "EE", "LV"), "asa": ("NO",), "a/s": ("DK", "NO"), "a.ş": ("TR",),
    "pvt. ltd": ("IN", "PK", "BD", "LK", "NP"), "pvt ltd": ("IN", "PK", "BD", "LK", "NP"),
    "pvt.ltd": ("IN", "PK", "BD", "LK", "NP"), "private limited": ("IN", "PK", "BD", "LK", "NP"),
    # (Thailand's listed company: "X Public Company Limited", "X PCL")
    "public company limited": ("TH",), "pcl": ("TH",),
    "lda": ("PT",), "sl": ("ES",), "slu": ("ES",), "s.l": ("ES",), "s.l.u": ("ES",),
    "gmbh & co. kg": ("DE", "AT"), "gmbh &co. kg": ("DE", "AT"),
    # (a proprietary company: Australia's and South Africa's "Pty Ltd")
    "pty": ("AU", "ZA"), "kk": ("JP",),
    # (a private company: Singapore's, and as often Fiji's and Papua New Guinea's, so
    # the firm's home in the text picks among them; Singapore only when nothing does)
    "pte": ("SG", "FJ", "PG"),
    # (Italy's agricultural cooperative writes "s.c.a." as Romania's partnership
    # limited by shares does, the only country cleanco gives it)
    "s.c.a": ("RO", "IT"),
}
# The countries of cleanco's forms the list above does not place itself (a form it
# knows without countries, "Ltd", "LLC", is of too many to place a firm).
_DRAWN = {k: v for k, v in form_countries().items()
          if k not in LEGAL_COUNTRIES and k not in LEGAL_FORMS}
LEGAL_COUNTRIES.update(_DRAWN)
# Forms that place a firm only where they close its name: "KK" before a name is a
# sports club's ("KK Partizan", a basketball club), after it a Japanese company; the
# forms drawn from cleanco are read only there too ("DA" before a name is no form).
_CLOSING_ONLY = frozenset({"kk"}) | frozenset(_DRAWN)
_LEGAL_WORD = re.compile(rf'(?:^|(?<=[\s",(]))({LEGAL_ANY})(?=$|[\s",.)])')


def legal_countries(name: str) -> tuple[str, ...]:
    """The countries the legal forms in ``name`` belong to (none for forms in use in
    many countries: JSC, LLC, Ltd).

    >>> legal_countries("Bogatyr Komir LLP"), legal_countries("Hemofarm AD")
    (('KZ',), ('RS', 'BG', 'MK'))
    """
    out: list[str] = []
    for m in _LEGAL_WORD.finditer(name):
        form = re.sub(r"\s+", " ", m.group(1).lower().rstrip("."))
        if form in _CLOSING_ONLY and name[m.end():].strip(' .,"'):
            continue
        out += [c for c in LEGAL_COUNTRIES.get(form, ()) if c not in out]
    return tuple(out)


_QUOTES = re.compile(r'["«»“”]')


@lru_cache(maxsize=16384)
def strip_legal(name: str) -> str:
    """``name`` without quotes, legal forms at either end and a possessive country.

    >>> strip_legal('LLC "BMZ Trading House"'), strip_legal("Kazakhstan's Kaspi Bank JSC")
    ('BMZ Trading House', 'Kaspi Bank')
    >>> strip_legal("Concern Belneftekhim"), strip_legal("Corporation Bank")
    ('Belneftekhim', 'Corporation Bank')
    """
    core = " ".join(_QUOTES.sub(" ", name).split())
    if possessive_country(core):
        core = _POSSESSIVE_COUNTRY.sub("", core)
    prev = None
    while prev != core:
        prev, core = core, _LEGAL_EDGE.sub("", core).strip(" ,-")
        # 'Managing Company of Holding "Minsk Motor Plant"', "Gomselmash Holding
        # Management Company": the holding's managing firm is the holding's firm.
        core = _MANAGEMENT.sub("", core).strip(" ,-") or core
        core = _LEADING_KIND.sub("", core)
    return core or " ".join(_QUOTES.sub(" ", name).split())


# A bare kind before a one-word name, as a Russian text writes it and its translation
# keeps ("Concern Belneftekhim", "State Corporation Rostec", "Holding Amkodor", "State
# Company Avtodor",
# "Production Association Belorusneft"): no part of the name, as with quotes ('Holding
# "X"'). A longer name after the kind may be the whole name ("Holding Company of X").
# A compound kind says only what sort of firm follows, however long its name: "Research
# and Production Corporation X", "Scientific Production Association X", "National
# Company X Y" (a Russian NPK, NPO or a Kazakh national company as translated).
_LEADING_KIND = re.compile(r"^(?:(?:(?:State|Production|Industrial)\s+)?(?:Concern|Corporation"
                           r"|Holding|Association)|State\s+(?:Company|Enterprise))\s+(?!(?:Bank|Group|Company|Holding|Plant"
                           r"|Works|Factory)$)(?=[A-Z][\w'’-]+$)"
                           r"|^(?:(?:Research|Scientific)(?:\s+and|\s*&|-)?\s*Production|National)\s+"
                           r"(?:Corporation|Association|Enterprise|Company|Complex)\s+"
                           r"(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$)"
                           r"(?!(?:[\w'’-]+\s+)*(?:Bank|Group|Company|Holding|Plant|Works"
                           r"|Factory)$)")
_MANAGEMENT = re.compile(r"^(?:the\s+)?(?:Managing|Management)\s+Company\s+of\s+(?:the\s+)?"
                         r"(?:Holding\s+)?|(?:\s+Holding)?\s+(?:Managing|Management)\s+Company$",
                         re.I)


# "Kazakhstan's X", and the bare apostrophe after an s: "Belarus' Grodno Region"
# (a country's formal name too: "the Republic of Tajikistan's Sughd region", "the
# Russian Federation's", "the People's Republic of China's")
_POSSESSIVE_COUNTRY = re.compile(r"^(?:the\s+)?((?:People['’]s\s+)?[A-Z][\w-]+"
                                 r"(?:\s(?:of\s(?:the\s)?)?[A-Z][\w-]+){0,3})"
                                 # (the name after it may open with a marked
                                 # capital: "Slovakia's Trenčín Region")
                                 r"(?:['’]s|(?<=s)['’])\s+(?=[^\W\d_a-zß-ÿ]|\")")


def possessive_country(name: str) -> str | None:
    """The country of "Kazakhstan's X" / "Russia's X".

    >>> possessive_country("Kazakhstan's Kaspi Bank"), possessive_country("Tartu's port")
    ('KZ', None)
    >>> possessive_country("the Republic of Tajikistan's Sughd Region")
    'TJ'
    >>> possessive_country("Republic of Ireland Football Association's Cup") is None
    True
    """
    m = _POSSESSIVE_COUNTRY.match(name)
    if not m:
        return None
    owner = " ".join(m.group(1).lower().split()).replace("’", "'")
    return COUNTRY_BY_NAME.get(owner) or COUNTRY_BY_NAME.get(
        re.sub(r"^(?:the\s+)?(?:people's\s+)?republic\s+of\s+(?:the\s+)?", "", owner))


# Post-Soviet firms carry their country in the first syllables of their name: "BelAZ",
# "Belshina", "Belaruskali", "KazAvtoZhol", "Kazakhmys", "Uzbekneftegaz", "UzAuto",
# "RusHydro", "Turkmengaz". A short stem counts only before a capital ("Bel|AZ",
# "Kaz|Avto": "Kazan" and "Belgorod" are towns); the Belarusian "Bel" before a lower-case
# syllable too ("Belshina"), as long as no known place or word follows.
_STEMS = (("Belarus", "BY"), ("Kazakh", "KZ"), ("Qazaq", "KZ"), ("Uzbek", "UZ"), ("Ozbek", "UZ"),
          ("Kyrgyz", "KG"), ("Tajik", "TJ"), ("Turkmen", "TM"), ("Armen", "AM"),
          ("Azer", "AZ"), ("Moldo", "MD"))
_SHORT_STEMS = (("Bel", "BY"), ("Kaz", "KZ"), ("Uz", "UZ"), ("Ros", "RU"), ("Rus", "RU"),
                ("Arm", "AM"), ("Kyr", "KG"), ("Taj", "TJ"))
_BEL_SYLLABLE = re.compile(r"Bel(?:neft|shina|kommun|gaz|prom|agro|avia|tel|energo|khim|mash"
                           r"|les|trans|invest)", re.I)


def _unaccented(word: str) -> str:
    """``word`` without its diacritics ("Türkmen" -> "Turkmen")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def stem_country(name: str, syllables: bool = True) -> str | None:
    """The country a firm's name begins with, else None. ``syllables=False`` leaves out
    the weakest reading, "Bel" before a lower-case syllable ("Belshina").

    >>> [stem_country(n) for n in ["BelAZ", "Belshina", "Uzbekneftegaz", "KazAvtoZhol",
    ...                             "Kazan Helicopters", "Belgorod", "Rostov", "Kernel",
    ...                             "Türkmenhimiýa", "Özbekneft"]]
    ['BY', 'BY', 'UZ', 'KZ', None, None, None, None, 'TM', 'UZ']
    """
    word = strip_legal(name).strip('"«» ').split(" ")[0] if name.strip() else ""
    # (as the country's own language writes it: "Türkmenhimiýa", "Özbekteks")
    word = _unaccented(word)
    for stem, cc in _STEMS:
        if word.startswith(stem) and word != stem:
            return cc
    for stem, cc in _SHORT_STEMS:
        if word.startswith(stem) and len(word) > len(stem) and word[len(stem)].isupper():
            return cc
    if syllables and _BEL_SYLLABLE.match(word) and len(word) >= 7:
        return "BY"
    return None


# A country's own name for itself inside a firm's name ("ORLEN Lietuva", "Latvijas Gāze",
# "Eesti Energia", "Srbija Kargo", "Magyar Telekom"): the firm's country.
_LOCAL_COUNTRY = {
    "lietuva": "LT", "lietuvos": "LT", "latvija": "LV", "latvijas": "LV", "eesti": "EE",
    "polska": "PL", "polskie": "PL", "polski": "PL", "srbija": "RS", "srbije": "RS",
    "hrvatska": "HR", "hrvatske": "HR", "magyar": "HU", "ceska": "CZ", "česká": "CZ",
    "ceske": "CZ", "české": "CZ", "slovenska": "SK", "slovenské": "SK", "slovenije": "SI",
    "suomi": "FI", "suomen": "FI", "sverige": "SE", "norge": "NO", "deutschland": "DE",
    "deutsche": "DE", "qazaqstan": "KZ", "ozbekiston": "UZ", "o'zbekiston": "UZ",
    "oʻzbekiston": "UZ", "rossii": "RU", "rossiya": "RU", "ukrainy": "UA", "ukrayiny": "UA",
    "belarusi": "BY", "românia": "RO", "moldovei": "MD", "türkiye": "TR", "hayastan": "AM",
    "sakartvelo": "GE", "azerbaycan": "AZ", "kyrgyzstan": "KG", "tojikiston": "TJ",
    # (Sri Lanka's short and old names, as its firms keep them: "Lanka X", "Ceylon Y")
    "lanka": "LK", "ceylon": "LK",
    **{w: cc for cc, words in (
        # The country, or its adjective after the head noun, in a Romance language:
        # "Compagnie Tunisienne de Navigation", "Banque Marocaine du Commerce",
        # "Algérie Télécom", "Compañía Chilena de Fósforos", "Companhia Brasileira de
        # Alumínio", "Società Italiana Caffè" (every gender and number a name writes).
        ("FR", "france française français françaises"),
        ("DZ", "algérie algerie algérienne algérien algériennes algériens"),
        ("TN", "tunisie tunisienne tunisien tunisiennes tunisiens"),
        ("MA", "maroc marocaine marocain marocaines marocains"),
        ("SN", "sénégal sénégalaise sénégalais"),
        ("CI", "ivoirienne ivoirien"),
        ("CM", "cameroun camerounaise camerounais"),
        ("ML", "malienne malien"),
        ("MR", "mauritanienne mauritanien"),
        ("GA", "gabonaise gabonais"),
        ("BE", "belgique belge"),
        ("CH", "suisse"),
        ("LB", "libanaise libanais"),
        ("ES", "españa española español españolas españoles espagnole"),
        ("MX", "méxico mexicana mexicano mexicanas mexicanos mexicaine"),
        ("AR", "argentino argentinos argentinas"),
        ("CL", "chilena chileno chilenas chilenos"),
        ("PE", "perú peruana peruano"),
        ("CO", "colombiana colombiano"),
        ("VE", "venezolana venezolano"),
        ("CU", "cubana cubano"),
        ("UY", "uruguaya uruguayo"),
        ("BO", "boliviana boliviano"),
        ("EC", "ecuatoriana ecuatoriano"),
        ("BR", "brasil brasileira brasileiro brasileiras brasileiros brésil brésilienne"),
        ("PT", "portuguesa português portugueses"),
        ("AO", "angolana angolano"),
        ("MZ", "moçambicana moçambicano"),
        ("IT", "italia italiana italiano italiane italiani italienne italien"),
        ("DE", "allemagne allemande"),
        ("CH", "svizzera svizzero"),
        # ... and in German, the adjective before the head noun: "Schweizerische X AG",
        # "Österreichische Y GmbH" (not "Schweizer", a surname as often)
        ("CH", "schweizerische schweizerischen schweizerischer schweizerisches"),
        ("AT", "österreichische österreichischen österreichischer österreichisches"
               " oesterreichische oesterreichischen oesterreichischer"),
        ("LI", "liechtensteinische liechtensteinischen liechtensteinischer"),
        ("DE", "deutschen deutscher deutsches"),
    ) for w in words.split()},
}


def local_country(name: str) -> str | None:
    """The country a firm's name names in the country's own language.

    >>> local_country("ORLEN Lietuva"), local_country("Latvijas Gāze"), local_country("Kernel")
    ('LT', 'LV', None)
    """
    for word in re.findall(r"[\w'ʻ’]+", strip_legal(name)):
        cc = _LOCAL_COUNTRY.get(word.lower().replace("’", "'"))
        if cc:
            return cc
    return None


# Letters that only one country's language (or a few) writes: a firm's name spelled in
# them was written in that country ("Drobex Łódź", "Şahin Tekstil", "Kőbánya Sör").
# Letters several languages share (ó, ü, ö, č, š, ž, ć, đ, ā) say nothing; ş and ţ with
# a cedilla are also Romanian as typed, so they count for Turkey only beside ğ or ı.
# (Of Turkish and Azerbaijani letters, Turkey's unless the text names Azerbaijan only:
# Azerbaijani names mostly write ə as well.)
_LETTER_COUNTRIES = (
    ("łąęśźż", ("PL",)), ("řůě", ("CZ",)), ("ľĺŕ", ("SK",)), ("őű", ("HU",)),
    ("ėųį", ("LT",)), ("ģķļņ", ("LV",)), ("ə", ("AZ",)), ("ğı", ("TR", "AZ")),
    ("ăâîșț", ("RO", "MD")), ("ơư", ("VN",)), ("õ", ("EE",)),
)
_LETTER_DEFAULT = {("TR", "AZ"): "TR"}


# Letters a language shares with a neighbour's: no country alone, but enough to choose
# between the countries of one legal form ("Rūta AB": Lithuanian, not Swedish).
_SHARED_LETTERS = {"LT": "ū", "LV": "āēīū"}


def letters_fit(name: str, country: str) -> bool:
    """Whether ``name`` is spelled with letters of ``country``'s language, its own or
    shared with a neighbour.

    >>> letters_fit("Rūta AB", "LT"), letters_fit("Rūta AB", "SE"), letters_fit("Łąka", "PL")
    (True, False, True)
    """
    low = name.lower()
    own = "".join(letters for letters, countries in _LETTER_COUNTRIES if country in countries)
    return any(ch in low for ch in own + _SHARED_LETTERS.get(country, ""))


def letters_country(name: str, named=()) -> str | None:
    """The country whose language alone writes letters of ``name``, or None: of several
    (Romanian letters: Romania or Moldova), the one ``named`` holds first.

    >>> letters_country("Drobex Łódź"), letters_country("Kőbánya Sör"), letters_country("Azərsun")
    ('PL', 'HU', 'AZ')
    >>> letters_country("Ağaoğlu Tekstil"), letters_country("Agro Lapte Bălți", ("MD", "UA"))
    ('TR', 'MD')
    >>> letters_country("Müller Milch"), letters_country("Agro Lapte Bălți")
    (None, None)
    >>> letters_country("Kernel") is None
    True
    """
    low = name.lower()
    found: list[str] = []
    for letters, countries in _LETTER_COUNTRIES:
        if any(ch in low for ch in letters):
            found += [c for c in countries if c not in found]
    if "ə" in low:
        found = ["AZ"]
    if len(found) == 1:
        return found[0]
    return next((c for c in named if c in found), _LETTER_DEFAULT.get(tuple(found)))


# A unit of a body: its faculty, department, chair, branch, office or subsidiary.
_UNIT = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Faculty|Department|Chair|Branch"
                   r"|Division|Subsidiary|(?:Representative\s+)?Office)\s+of\s+")
_BODY_HEADS = frozenset("""university academy institute chamber ministry committee agency
company corporation bank holding group concern plant works factory association union
""".split())


def is_unit(name: str) -> bool:
    """A faculty, department, branch ... of something ("Faculty of Economics")."""
    return bool(_UNIT.match(" ".join(name.split())))


def parent_body(name: str) -> str | None:
    """The body a unit belongs to, for the unit's id ("the Vitebsk Branch of the
    Belarusian Chamber of Commerce and Industry" is the chamber's; "the Department of
    Technology of Materials of Don State University" the university's): the first part
    after an "of" whose own head word (before any further "of") is a body's. None for a
    name that is no unit.

    >>> parent_body("Vitebsk Branch of the Belarusian Chamber of Commerce and Industry")
    'Belarusian Chamber of Commerce and Industry'
    >>> parent_body("Department of Welding of Metal Structures of Kuban State University")
    'Kuban State University'
    >>> parent_body("Faculty of Economics"), parent_body("Ministry of Industry of Belarus")
    (None, None)
    """
    if not _UNIT.match(name):
        return None
    parts = re.split(r"\s+of\s+(?:the\s+)?", name)
    for k in range(1, len(parts)):
        head = parts[k].split()
        if head and head[0][:1].isupper() and any(w.lower() in _BODY_HEADS for w in head):
            return " of ".join(parts[k:])
    return None


@dataclass
class Registered:
    name: str                  # the full name, legal form left out
    acronym: str | None = None
    label: str | None = None   # Company or Organization when the definition says so
    country: str | None = None
    written: str | None = None  # the full name as first written, legal form and all


# An acronym: 2-8 letters, mostly capitals, digits allowed ("MTZ", "ChTZ", "BelAZ", "KAMAZ").
ACRONYM = re.compile(r"^(?=[A-Z])(?=(?:.*[A-Z]){2})[A-Za-z0-9&-]{2,8}$")


def is_acronym(text: str) -> bool:
    """Capitals (two or more) and digits, a word of up to eight; letters with marks count
    as theirs ("ČEZ", "TŽ", "ÖBB").

    >>> [is_acronym(t) for t in ("MAZ", "ČEZ", "TŽ", "Čez", "Ltd", "BelAZ")]
    [True, True, True, False, False, True]
    """
    plain = _unmarked(text)
    return bool(ACRONYM.match(plain)) and not text.istitle() and text.lower() not in LEGAL_FORMS


@lru_cache(maxsize=8192)
def _unmarked(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


# What follows an acronym in a firm's name that the acronym alone names: what the firm
# does and its group word ("VAN Logistics Group", "KEM Transport Holding"); not a place or
# a trade alone, which a subsidiary or a town's own firm adds to its parent's letters
# ("SOCAR Georgia Petroleum", "MPK Lublin").
_GROUP_REST = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:Group|Holdings?|Corporation|Company|Concern)")
_GENERIC_TAIL = re.compile(r"(?:\s+(?:Corporation|Company|Group|Holding|Concern|Trading House"
                           r"|Trading|Holding Company|Management Company))+$")


# International bodies, by acronym and by name: one id whichever the text uses.
_BODIES = [
    ("EAEU", "Eurasian Economic Union", "EAEC", "EEU"), ("EU", "European Union"),
    ("CIS", "Commonwealth of Independent States"), ("SCO", "Shanghai Cooperation Organisation",
                                                    "Shanghai Cooperation Organization"),
    ("EEC", "Eurasian Economic Commission"), ("UN", "United Nations"),
    ("WTO", "World Trade Organization"), ("CSTO", "Collective Security Treaty Organization"),
    ("EBRD", "European Bank for Reconstruction and Development"),
    ("EDB", "Eurasian Development Bank"), ("ASEAN", "Association of Southeast Asian Nations"),
    ("EurAsEC", "Eurasian Economic Community"), ("OSCE", "Organization for Security and "
                                                 "Co-operation in Europe"),
    ("UNDP", "United Nations Development Programme"), ("UNESCO", "United Nations Educational,"
                                                      " Scientific and Cultural Organization"),
    ("IMF", "International Monetary Fund"), ("World Bank", "World Bank"),
    ("BRICS", "BRICS"), ("OECD", "Organisation for Economic Co-operation and Development"),
    ("GUAM", "Organization for Democracy and Economic Development"),
    ("BSEC", "Organization of the Black Sea Economic Cooperation", "Black Sea Economic "
     "Cooperation"),
    ("Union State", "Union State of Belarus and Russia", "Union State of Russia and Belarus"),
    ("Standing Committee of the Union State", "Standing Committee of the Union State",
     "Permanent Committee of the Union State"),
    ("Parliamentary Assembly of the Union of Belarus and Russia",
     "Parliamentary Assembly of the Union of Belarus and Russia"),
]
KNOWN_BODIES: dict[str, tuple[str, str]] = {
    alias.lower(): (row[0], row[1]) for row in _BODIES for alias in row}


class NameRegistry:
    """Names a document has defined, looked up by full name or acronym (case-blind)."""

    def __init__(self):
        self._by_key: dict[str, Registered] = {}

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(strip_legal(text).lower().split())

    def define(self, full: str, acronym: str | None = None, label: str | None = None,
               country: str | None = None) -> Registered:
        name = strip_legal(full)
        entry = self._by_key.get(self._key(name)) or (
            self._by_key.get(acronym.lower()) if acronym else None)
        if entry is None:
            entry = Registered(name, acronym, label, country)
        entry.acronym = entry.acronym or acronym
        entry.label = entry.label or label
        entry.country = entry.country or country
        entry.written = entry.written or " ".join(full.split())
        self._by_key[self._key(name)] = entry
        # "Kazakhmys Corporation" is "Kazakhmys" later on.
        short = _GENERIC_TAIL.sub("", name)
        if short != name and len(short) > 3:
            self._by_key.setdefault(self._key(short), entry)
        # "VAN Logistics Group" is "VAN" later on: an acronym opening a longer name
        # is the firm's short name (not a country's, "UK Steel"; the gazetteer may know
        # a town under the same letters, which the text does not mean then).
        first, _, rest = name.partition(" ")
        if _GROUP_REST.fullmatch(rest) and len(first) >= 3 and is_acronym(first) and \
                first.isupper() and country_code(first) is None and not any(
                    w.lower() in COUNTRY_BY_NAME or w.lower() in DEMONYMS for w in rest.split()):
            self._by_key.setdefault(first.lower(), entry)
        if acronym:
            self._by_key[acronym.lower()] = entry
        return entry

    def lookup(self, text: str) -> Registered | None:
        return self._by_key.get(self._key(text))

    def __len__(self) -> int:
        return len({id(v) for v in self._by_key.values()})


# Head words of spans that are events, programmes, documents or abstractions.
_EVENT_WORDS = set("""
forum forums exhibition exhibitions expo fair fairs congress conference conferences summit
festival festivals week weeks days games olympiad championship cup session sessions meeting
meetings assembly-session contest competition biennale show salon
programme programmes program programs strategy strategies concept concepts initiative
initiatives project projects plan plans roadmap declaration doctrine convention conventions
agreement agreements treaty treaties memorandum memoranda memorandums protocol protocols
contract contracts charter law laws decree decrees resolution regulation regulations
code directive budget index rating award prize year decade
""".split())
# Currencies and other capitalised tokens that are never a party.
_NOT_NAMES = set("""
usd eur euro euros rub rur byn byr kzt tenge rubles roubles dollars yuan cny rmb uah som
gel lari azn manat kgs tjs somoni uzs tmt mnt tugrik mdl pln zloty czk huf forint ron bgn
sek nok dkk chf gbp jpy krw inr hryvnia hryvnias drams
rsd mkd amd ils egp aed cad aud nzd brl mxn zar isk hrk irr pkr vnd thb myr sgd hkd idr
gdp fdi vat it ict r&d hp kw mw gw km ha pct ceo cis-wide ph.d phd
iso gost haccp wto-rules fta ftas
lng lpg cng
""".split())
# Plural nouns that make "Belarusian enterprises", "three regions" vague.
_VAGUE_PLURALS = set("""
enterprises companies firms manufacturers producers exporters importers businesses
businessmen entrepreneurs regions cities towns districts provinces oblasts partners
authorities organizations organisations institutions universities farms banks investors
sides parties countries states members structures entities plants factories agencies
delegations officials specialists scientists colleagues citizens residents people
""".split())
# Plural nouns for people of a trade or place ("Farmers of X", "Growers of Y").
_PEOPLE = set("""
farmers growers workers producers manufacturers exporters importers entrepreneurs
businessmen residents inhabitants citizens scientists specialists students teachers
doctors builders miners dairymen breeders suppliers traders merchants artisans
""".split())
_NUMBER_WORDS = set("two three four five six seven eight nine ten eleven twelve several many "
                    "some dozen dozens hundreds numerous various".split())


# A kind of goods named after a name: "Grana-type", "Gouda-style", "Euro-5-grade".
_KIND_OF = re.compile(r"-(?:type|style|grade|class|like)$", re.I)


# An acronym with a plural ending: the initials of a common noun, not of a name.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,6}['’]?s")


def non_party(text: str) -> bool:
    """True for spans that name no party: events, programmes and documents
    ("Eurasian Economic Forum", "State Programme ...", "Free Trade Agreement"),
    currencies and measures, date ranges, and vague plurals ("Belarusian enterprises",
    "three regions").

    >>> [non_party(x) for x in ["Belarusian enterprises", "Ten Regions", "2016-2020",
    ...                         "FTA", "Free Trade Agreement", "Kazakh Invest"]]
    [True, True, True, True, True, False]
    """
    t = " ".join(_QUOTES.sub(" ", text).split())
    if not t or t == "I":
        return True   # (the speaker's "I" names no place: "... the one I use most")
    if _KIND_OF.search(t):
        return True   # "Grana-type cheese", "Gouda-style": a kind of goods
    words = t.split()
    low = [w.lower().strip(".,") for w in words]
    if re.fullmatch(r"[\d\s./-]+", t):
        return True
    if low[-1] in _NOT_NAMES or (len(low) == 1 and low[0] in _NOT_NAMES):
        return True
    if all(w in LEGAL_FORMS for w in low):
        return True   # "UAB" of "Baltik vairas UAB" read alone: a legal form names no one
    if any(w in _EVENT_WORDS for w in low) and not _is_org_name(low):
        return True
    if len(low) == 1 and low[0] in _VAGUE_PLURALS:
        return True  # "Partners" (a heading), "Enterprises": nobody in particular
    if _PLURAL_ACRONYM.fullmatch(t):
        return True  # "SMEs", "NGOs", "APIs": a kind of body or of goods, no one party
    if len(low) >= 3 and low[1] == "of" and (low[0] in _VAGUE_PLURALS or low[0] in _PEOPLE):
        return True  # "Farmers of the Vitebsk Region": its people, not the region
    if len(low) >= 2 and low[-1] in _VAGUE_PLURALS and (
            low[0] in DEMONYMS or low[0] in _NUMBER_WORDS or low[0].isdigit()) and not (
            # "the Kazakh Chamber of Entrepreneurs", "the Uzbek Union of Exporters": a body
            # named for its members
            any(w in _ORG_OWNERS or w == "union" for w in low[1:-1]) and "of" in low):
        return True
    return world_region(t)


# A direction alone names a part of the country spoken of (or of the world), never a
# party: the gazetteer's regions called so ("North", "Central", "North-West") are of
# countries such texts do not speak of. With its kind it is a name ("the Central Federal
# District", "North Kazakhstan").
_DIRECTION = re.compile(r"(?:the\s+)?(?:(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)"
                        r"(?:ern)?|central|centre|center)", re.I)


def direction(name: str) -> bool:
    """A direction written alone, which names no party ("the North", "North-West").

    >>> direction("the North"), direction("North-West"), direction("Central region")
    (True, True, True)
    >>> direction("North Kazakhstan"), direction("Central Federal District")
    (False, False)
    """
    name = " ".join(name.split())
    # ("the Central region" in lower case: a part of the country, described)
    return _DIRECTION.fullmatch(name.removesuffix(" region")) is not None


# Parts of the world that span several countries: markets a text names, no party of a
# relation ("ships cranes to Central Asia", "tyres go to Western Europe and the Middle
# East", "tractors for the Mekong Delta"). Parts of one country (Siberia, the Urals, the
# Fergana Valley) are regions of that country and are not here; bare "Europe" is not
# either (read as no party it cost a held-out match: a text may mean the EU by it).
_WORLD_REGION = re.compile(
    r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western"
    r"|north-?east|north-?west|south-?east|south-?west|sub-saharan|latin)(?:ern)?[\s-]+)?"
    r"(?:asia|africa|america|americas|caucasus|balkans|baltics|baltic\s+states"
    r"|scandinavia|middle\s+east|near\s+east|maghreb|levant|oceania|indochina"
    r"|transcaucasia|persian\s+gulf|gulf\s+states|asia-pacific|asia\s+pacific|eurasia"
    r"|mediterranean)"
    r"|(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western)"
    r"[\s-]+europe"
    r"|(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:delta|basin|peninsula)", re.I)


def world_region(name: str) -> bool:
    """A part of the world that spans countries, or a river's delta or basin.

    >>> world_region("Central Asia"), world_region("the Mekong Delta"), world_region("Asia Auto")
    (True, True, False)
    >>> world_region("South Africa"), world_region("the Central African Republic")
    (False, False)
    """
    name = " ".join(name.split())
    if country_code(name) or tuple(name.lower().removeprefix("the ").split()) in \
            multiword_countries():
        return False  # "South Africa", "Central African Republic": a country
    return _WORLD_REGION.fullmatch(name) is not None


_ORG_OWNERS = set("""
ministry committee agency centre center company bank association chamber council fund
foundation institute university corporation holding plant works factory office
body board authority secretariat bureau commission directorate
""".split())


def _is_org_name(low: list[str]) -> bool:
    """"Project Office of X", "Expo Centre", "Forum Agency": an organisation whose name
    holds an event word, when an organisation head follows the event word."""
    idx = next(i for i, w in enumerate(low) if w in _EVENT_WORDS)
    # "Agency for Strategic Initiatives", "Committee on Investment Projects": a body named
    # for its purpose; what follows "for"/"on" is its field, the name is the body's.
    if any(low[k] in _ORG_OWNERS and low[k + 1] in ("for", "on") for k in range(idx - 1)):
        return True
    return any(w in _ORG_OWNERS for w in low[idx + 1:]) or any(
        w in _ORG_OWNERS for w in low[:idx]) and low[-1] not in _EVENT_WORDS


_OPENING = re.compile(r'[\s"\'«“(\-–—•*]*')
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# A compound of lower-case parts opening a sentence: "Road-building", "Oil-refining".
_COMPOUND_WORD = re.compile(r"[A-Z][a-z]{1,}(?:-[a-z]{2,})+")
# A verb whose subject acts ("Kernel sends oil to X", "Progress signed ..."): a firm's
# name, even one a dictionary knows; goods go, come, are shipped (no agent there).
AGENT_VERB = re.compile(r"\s+(?:also\s+|now\s+|still\s+)?(?:sends|sent|ships|shipped|supplies"
                         r"|supplied|exports|exported|delivers|delivered|sells|sold|signed|signs|buys"
                         r"|bought|imports|imported|produces|produced|makes|made|builds|built"
                         r"|owns|operates|opened|became|won|received|receives"
                         r"|concluded|agreed|entered|set)\b(?!\s+(?:by|to|from|in|at)\b)")


_PARTICIPLE = re.compile(r"[a-z]{4,}(?:ised|ized|ated|ed)")
_COMMON_NEXT = re.compile(r"\s+[a-z][a-z-]+\b")


# British spellings a dictionary of American spellings lacks ("Fertilisers", "Harbour
# dues", "Analysers"): the word in -ize, -or and -yze is the same common word.
_BRITISH = ((re.compile(r"is(e|es|er|ers|ed|ing|ation|ations)$"), r"iz\1"),
            (re.compile(r"our(s|ed|ing)?$"), r"or\1"),
            (re.compile(r"ys(e|es|er|ers|ed|ing)$"), r"yz\1"))


def _dictionary_word(low: str) -> bool:
    """``low`` is a common English word, in American or British spelling.

    >>> _dictionary_word("fertilisers"), _dictionary_word("harbour"), _dictionary_word("minsk")
    (True, True, False)
    """
    words = common_english()
    return low in words or any(p.search(low) and p.sub(r, low) in words for p, r in _BRITISH)


def ordinary_opening(word: str, start: int, text: str, names: frozenset[str] | set[str]) -> bool:
    """``word`` opens the sentence ``text`` (at ``start``) only because a sentence starts
    with a capital: it is a common English word ("Engines for the plant come from X",
    "Joint research rests on ...", "Wheat and flour go to Y", "Drives are supplied by Z")
    and the document never writes it capitalised inside a sentence (``names``). A
    singular word that acts ("Kernel sends ...", "Progress signed ...") is a name. A
    country, its demonym and a firm the table knows are names all the same; acronyms
    ("ERG") and words glued to others ("Belshina") are no dictionary words.

    >>> ordinary_opening("Engines", 0, "Engines come from X.", set())
    True
    >>> ordinary_opening("Engines", 0, "Engines come from X.", {"Engines"})
    False
    >>> ordinary_opening("Wheat", 4, "In 2020 Wheat went to X.", set())
    False
    >>> ordinary_opening("Kernel", 0, "Kernel sends oil to X.", set())
    False
    >>> ordinary_opening("Road-building", 0, "Road-building machinery went to X.", set())
    True
    """
    compound = _COMPOUND_WORD.fullmatch(word)
    if not (_TITLE_WORD.fullmatch(word) or compound) or _OPENING.fullmatch(text[:start]) is None:
        return False
    if not word.endswith("s") and AGENT_VERB.match(text, start + len(word)):
        return False
    low = word.lower()
    # ("Road-building machinery of X", "Meat-packing plants": every part a dictionary word)
    known = all(_dictionary_word(p) for p in low.split("-")) if compound else \
        _dictionary_word(low)
    # ("Demineralised whey powder is sold ...": a participle before a common noun, as a
    # dictionary may not list it)
    known = known or bool(_PARTICIPLE.fullmatch(low) and _COMMON_NEXT.match(
        text, start + len(word)))
    if not known or word in names:
        return False
    if low in COUNTRY_BY_NAME or low in DEMONYMS:
        return False
    from relgraph.loaders.gazetteer.firms import known_firm
    return known_firm(word) is None


# "Urea was delivered to A", "Caprolactam is sold to B": goods moved to a recipient.
# ("Tyres worth 40 million dollars were exported to A": the goods' value may come first)
# ("Gearboxes for the harvesters are purchased from X": the goods, what they are for,
# and the supplier they are bought from)
_GOODS_PASSIVE = re.compile(r"(?:\s+worth\s+(?:about\s+|over\s+|nearly\s+)?[$€]?\d"
                            r"[\w.,$€ ]{0,30}?|\s+(?:for|of)\s+(?:the\s+|its\s+|our\s+)?"
                            r"(?:[a-z-]+\s+){0,2}[a-z-]+)?\s+(?:is|are|was|were)\s+"
                            r"(?:(?:also|now|mainly|mostly|still|then|first|largely)\s+)?"
                            r"(?:(?:delivered|shipped|supplied|sold|exported|sent|dispatched)\s+"
                            r"(?:(?:mainly|mostly|chiefly|largely)\s+)?to"
                            r"|(?:purchased|bought|imported|sourced|obtained)\s+"
                            r"(?:(?:mainly|mostly|chiefly|largely)\s+)?from)\b")


_GOODS_NOUN = re.compile(r"\s+(?:[a-z][a-z-]+\s+)?[a-z][a-z-]*[a-z](?=\s+(?:is|are|was|were)\s)")


def goods_opening(word: str, start: int, text: str, names: frozenset[str] | set[str]) -> bool:
    """``word`` opens the sentence as the goods of a passive supply to a recipient
    ("Urea was delivered to A", "Caprolactam is sold to B"): a firm is not delivered
    to anyone, so a lone word there that the document never writes capitalised inside
    a sentence, and no firm the table knows, names goods (the dictionary may lack it).

    >>> goods_opening("Urea", 0, "Urea was delivered to Latvia.", set())
    True
    >>> goods_opening("Urea", 0, "Urea was bought by Latvia.", set())
    False
    >>> goods_opening("Achema", 0, "Achema was delivered to X.", {"Achema"})
    False
    """
    end = start + len(word)
    # ("Steel sheet is bought from A": a dictionary word, then the goods noun it
    # qualifies; "Ritms trams are delivered to B" names the maker of the trams)
    noun = _GOODS_NOUN.match(text, end) if word.lower() in common_english() else None
    if not _TITLE_WORD.fullmatch(word) or _OPENING.fullmatch(text[:start]) is None \
            or word in names or not (_GOODS_PASSIVE.match(text, end)
                                     or noun and _GOODS_PASSIVE.match(text, noun.end())):
        return False
    low = word.lower()
    if low in COUNTRY_BY_NAME or low in DEMONYMS:
        return False
    from relgraph.loaders.gazetteer.firms import known_firm
    return known_firm(word) is None


# (after a word all in lower case, a number or a comma: a capitalised word after another
# is the same name's next word, "Steel" in "the Belarusian Steel Works", "Malt" in "Viking
# Malt", and says nothing of the word alone: "Steel sheet comes from ...")
_INSIDE_NAME = re.compile(r"(?:(?<![\w'’-])[a-z][\w'’-]*[,;)]?|(?<![\w.])\d(?:[\d.,]*\d)?|[,;)])\s"
                          r"([A-Z][a-z]{2,})\b")
# A numbered heading ("5.3. Whey and milk powder"): the word on the line under it opens a
# sentence ("Demineralised whey powder is sold ..."), no name written inside one.
_NUMBERED_HEADING = re.compile(r"(?:^|\n|[.!?]\s)\d{1,2}(?:\.\d{1,2})*\.?\s[^\n.!?]{1,80}\n$")
# ("Iron and Steel" in "the Magnitogorsk Iron and Steel Works": "and" or "of" between
# two capitalised words joins one name)
_JOINED_IN_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?:and|of|for|&)\s+$")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def names_inside_sentences(text: str) -> frozenset[str]:
    """Capitalised words a text writes after a lower-case word, a number or a comma,
    where no sentence starts: the text's own evidence that a word is a name ("... signed
    with Progress, the Minsk ...").

    >>> sorted(names_inside_sentences("Drives are bought. We buy from Progress, and Zenit."))
    ['Progress', 'Zenit']
    >>> sorted(names_inside_sentences("Steel comes from the Belarusian Steel Works."))
    ['Belarusian']
    >>> sorted(names_inside_sentences("It buys from the Magnitogorsk Iron and Steel Works."))
    ['Magnitogorsk']
    """
    return frozenset(m.group(1) for m in _INSIDE_NAME.finditer(text)
                     if not _NUMBERED_HEADING.search(text, max(0, m.start(1) - 90), m.start(1))
                     and not (_JOINED_IN_NAME.search(text, max(0, m.start(1) - 40), m.start(1))
                              and _NAME_GOES_ON.match(text, m.end(1))))


_VOWELS = re.compile(r"(?<=.)[aeiouy]")


def _consonants(word: str) -> str:
    """A word's romanisation skeleton without its inner vowels ("andijon", "andijan" ->
    "andn" alike): romanisations of one name differ mostly in vowels."""
    return _VOWELS.sub("", skeleton(key(word)))


def romanised_alike(a: str, b: str) -> bool:
    """Whether two firm names are one name in two romanisations: word for word the same,
    or, for words of five letters or more with one first letter, the same consonants
    ("Andijon Tekstil" and "Andijan Tekstil", "Nawruz Textile" and "Navruz Textile").
    One word at least is written alike, so two firms of one trade ("Agromash", "Agromesh")
    or two places' namesakes stay apart; legal forms are left out.

    >>> romanised_alike("Andijon Tekstil LLC", "Andijan Tekstil")
    True
    >>> romanised_alike("Andijan Tekstil", "Andijan Tekstil")
    False
    >>> romanised_alike("Agromash", "Agromesh"), romanised_alike("Kara Tekstil", "Kora Tekstil")
    (False, False)
    >>> romanised_alike("Fergana Tekstil", "Farg'ona Tekstil")
    False
    """
    wa, wb = strip_legal(a).casefold().split(), strip_legal(b).casefold().split()
    if wa == wb or len(wa) != len(wb) or len(wa) < 2:
        return False
    same = sum(x == y for x, y in zip(wa, wb, strict=True))
    if same == 0:
        return False
    return all(x == y or (min(len(x), len(y)) >= 5 and x[0] == y[0] and x.isalpha()
                          and y.isalpha() and _consonants(x) == _consonants(y))
               for x, y in zip(wa, wb, strict=True))

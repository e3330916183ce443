"""Country names and demonyms (English), for parties written as countries or as
adjectives (``Belarusian exports``, ``the Chinese city of Jilin``).

>>> COUNTRY_BY_NAME["belarus"], DEMONYMS["kazakh"]
('BY', 'KZ')
"""

from __future__ import annotations

import re
from functools import cache

# ISO2: (names..., demonyms...) - demonyms are the entries after "|".
_TABLE = """
BY Belarus|Republic of Belarus|Byelorussia|Belorussia / Belarusian|Byelorussian|Belorussian
RU Russia|Russian Federation / Russian
UA Ukraine / Ukrainian
KZ Kazakhstan|Republic of Kazakhstan / Kazakh|Kazakhstani
KG Kyrgyzstan|Kyrgyz Republic|Kirghizia / Kyrgyz|Kirghiz
AM Armenia|Republic of Armenia / Armenian
AZ Azerbaijan|Republic of Azerbaijan / Azerbaijani|Azeri
UZ Uzbekistan|Republic of Uzbekistan / Uzbek
TJ Tajikistan|Republic of Tajikistan / Tajik
TM Turkmenistan / Turkmen
MD Moldova|Republic of Moldova / Moldovan
GE Georgia / Georgian
CN China|People's Republic of China|PRC / Chinese
FR France|French Republic / French
DE Germany|Federal Republic of Germany / German
PL Poland|Republic of Poland / Polish
LT Lithuania / Lithuanian
LV Latvia / Latvian
EE Estonia / Estonian
IT Italy / Italian
ES Spain / Spanish
GB United Kingdom|Great Britain|Britain / British|Scottish|Welsh
US United States|United States of America|USA / American
TR Turkey|Turkiye / Turkish
IR Iran / Iranian
IN India / Indian
VN Vietnam|Viet Nam / Vietnamese
SD Sudan|Republic of Sudan / Sudanese
ZW Zimbabwe|Republic of Zimbabwe / Zimbabwean
ZA South Africa / South African
EG Egypt / Egyptian
NG Nigeria / Nigerian
ET Ethiopia / Ethiopian
AO Angola / Angolan
MZ Mozambique / Mozambican
VE Venezuela / Venezuelan
CU Cuba / Cuban
BR Brazil / Brazilian
AR Argentina / Argentine|Argentinian
EC Ecuador / Ecuadorian
NI Nicaragua / Nicaraguan
MN Mongolia / Mongolian
ID Indonesia / Indonesian
MY Malaysia / Malaysian
PK Pakistan / Pakistani
AE United Arab Emirates|UAE / Emirati
SA Saudi Arabia / Saudi
QA Qatar / Qatari
SY Syria / Syrian
JP Japan / Japanese
KR South Korea|Republic of Korea / South Korean|Korean
BG Bulgaria / Bulgarian
RS Serbia / Serbian
CZ Czech Republic|Czechia / Czech
SK Slovakia / Slovak
HU Hungary / Hungarian
RO Romania / Romanian
AT Austria / Austrian
CH Switzerland / Swiss
NL Netherlands / Dutch
BE Belgium / Belgian
SE Sweden / Swedish
FI Finland / Finnish
NO Norway / Norwegian
LK Sri Lanka / Sri Lankan
LA Laos / Lao|Laotian
KH Cambodia / Cambodian
CL Chile / Chilean
PE Peru / Peruvian
CO Colombia / Colombian
MX Mexico / Mexican
CA Canada / Canadian
AU Australia / Australian
AF Afghanistan / Afghan
IL Israel / Israeli
TH Thailand / Thai
PH Philippines / Philippine|Filipino
PT Portugal / Portuguese
GR Greece / Greek
DK Denmark / Danish
IE Ireland / Irish
HR Croatia / Croatian
SI Slovenia / Slovenian
BA Bosnia and Herzegovina / Bosnian
ME Montenegro / Montenegrin
MK North Macedonia / Macedonian
AL Albania / Albanian
DZ Algeria / Algerian
MA Morocco / Moroccan
TN Tunisia / Tunisian
LY Libya / Libyan
KE Kenya / Kenyan
TZ Tanzania / Tanzanian
GH Ghana / Ghanaian
BD Bangladesh / Bangladeshi
NP Nepal / Nepali|Nepalese
OM Oman / Omani
KW Kuwait / Kuwaiti
JO Jordan / Jordanian
LB Lebanon / Lebanese
IQ Iraq / Iraqi
CY Cyprus / Cypriot
UY Uruguay / Uruguayan
PY Paraguay / Paraguayan
BO Bolivia / Bolivian
NZ New Zealand / New Zealander
SG Singapore / Singaporean
LU Luxembourg|Grand Duchy of Luxembourg / Luxembourgish|Luxembourgian
IS Iceland / Icelandic
MT Malta / Maltese
TW Taiwan / Taiwanese
HK Hong Kong / Hongkongese
YE Yemen / Yemeni
BH Bahrain / Bahraini
MM Myanmar|Burma / Burmese
KP North Korea / North Korean
XK Kosovo / Kosovar
LI Liechtenstein
MC Monaco / Monegasque
PA Panama / Panamanian
CR Costa Rica / Costa Rican
GT Guatemala / Guatemalan
HN Honduras / Honduran
SV El Salvador / Salvadoran
DO Dominican Republic / Dominican
JM Jamaica / Jamaican
HT Haiti / Haitian
TT Trinidad and Tobago
SN Senegal / Senegalese
CM Cameroon / Cameroonian
CI Ivory Coast|Cote d'Ivoire|Côte d'Ivoire / Ivorian
CD Democratic Republic of the Congo|DR Congo / Congolese
UG Uganda / Ugandan
RW Rwanda / Rwandan
ZM Zambia / Zambian
MW Malawi / Malawian
NA Namibia / Namibian
BW Botswana / Botswanan
MG Madagascar / Malagasy
ML Mali / Malian
BF Burkina Faso
SO Somalia / Somali
SS South Sudan / South Sudanese
ER Eritrea / Eritrean
MR Mauritania / Mauritanian
LR Liberia / Liberian
SL Sierra Leone / Sierra Leonean
MU Mauritius / Mauritian
BN Brunei / Bruneian
BT Bhutan / Bhutanese
MV Maldives / Maldivian
FJ Fiji / Fijian
PG Papua New Guinea
PS Palestine / Palestinian
GY Guyana / Guyanese
SR Suriname / Surinamese
"""

COUNTRY_BY_NAME: dict[str, str] = {}
DEMONYMS: dict[str, str] = {}
COUNTRY_NAME: dict[str, str] = {}
for _row in _TABLE.strip().splitlines():
    _code, _rest = _row.split(" ", 1)
    _names, _, _adjs = _rest.partition(" / ")
    for _i, _n in enumerate(_names.split("|")):
        COUNTRY_BY_NAME[_n.lower()] = _code
        if _i == 0:
            COUNTRY_NAME[_code] = _n
    for _a in filter(None, _adjs.split("|")):
        DEMONYMS[_a.lower()] = _code


# Regions with a demonym of their own, used as countries' are ("Tatar petrochemical
# products", "the Chechen side", "Bashkir oil"): demonym -> (region, country).
REGION_DEMONYMS: dict[str, tuple[str, str]] = {
    "tatar": ("Tatarstan", "RU"), "bashkir": ("Bashkortostan", "RU"),
    "chuvash": ("Chuvashia", "RU"), "udmurt": ("Udmurtia", "RU"), "yakut": ("Yakutia", "RU"),
    "buryat": ("Buryatia", "RU"), "chechen": ("Chechnya", "RU"), "dagestani": ("Dagestan", "RU"),
    "kalmyk": ("Kalmykia", "RU"), "mordovian": ("Mordovia", "RU"), "ingush": ("Ingushetia", "RU"),
    "karelian": ("Karelia", "RU"), "tuvan": ("Tuva", "RU"), "khakass": ("Khakassia", "RU"),
    "adyghe": ("Adygea", "RU"), "kabardino-balkarian": ("Kabardino-Balkaria", "RU"),
    "karakalpak": ("Karakalpakstan", "UZ"), "gagauz": ("Gagauzia", "MD"),
    "adjarian": ("Adjara", "GE"),
    # (Western Europe's regions: "a Walloon retreader", "the Walloon Export Agency")
    "walloon": ("Wallonia", "BE"), "flemish": ("Flanders", "BE"),
    "bavarian": ("Bavaria", "DE"), "catalan": ("Catalonia", "ES"),
    "andalusian": ("Andalusia", "ES"), "breton": ("Brittany", "FR"),
    "corsican": ("Corsica", "FR"), "alsatian": ("Alsace", "FR"),
    "sicilian": ("Sicily", "IT"), "sardinian": ("Sardinia", "IT"),
    "tuscan": ("Tuscany", "IT"), "styrian": ("Styria", "AT"),
    "carinthian": ("Carinthia", "AT"),
}


# Abbreviations read only as written (upper case): "us" is a pronoun, "the US firm X" and
# "X (US)" the United States, which the gazetteer does not know by these letters.
COUNTRY_ABBREVIATIONS: dict[str, str] = {"US": "US", "U.S.": "US", "U.S": "US"}


def country_code(name: str) -> str | None:
    """ISO2 of a country name or demonym, or None.

    >>> country_code("the Republic of Belarus"), country_code("Sudanese"), country_code("Gomel")
    ('BY', 'SD', None)
    >>> country_code("US"), country_code("us")
    ('US', None)
    """
    if name.strip() in COUNTRY_ABBREVIATIONS:
        return COUNTRY_ABBREVIATIONS[name.strip()]
    key = " ".join(name.lower().split())
    if key.startswith("the "):
        key = key[4:]
    return COUNTRY_BY_NAME.get(key) or DEMONYMS.get(key)


@cache
def multiword_countries() -> dict[tuple[str, ...], str]:
    """Country names of two words or more (lower-cased words) -> ISO2: ours and the
    bundled gazetteer's English names and aliases ("Saudi Arabia", "Bosnia and
    Herzegovina", "Republic of South Africa"), for the recogniser to keep whole a name
    that opens with a demonym, a compass word or "and".

    >>> multiword_countries()[("trinidad", "and", "tobago")]
    'TT'
    """
    from relgraph.loaders.gazetteer import bundled_rows

    names = dict(COUNTRY_BY_NAME)
    for row in bundled_rows("countries.csv"):
        for name in [row["name"], *row["aliases"].split("|")]:
            if name.isascii():
                names.setdefault(name.lower(), row["iso2"])
    out: dict[tuple[str, ...], str] = {}
    for name, code in names.items():
        words = tuple(re.findall(r"[^\W\d_][\w'’-]*|\S", name.removeprefix("the ")))
        if len(words) > 1 and all(w[:1].isalpha() for w in words):
            out[words] = code
            if words[0] == "saint" and len(words) > 2:
                # (French writes the saint's name with a hyphen: "Saint-Pierre and
                # Miquelon"; one word alone is read whole anyway)
                out.setdefault((f"saint-{words[1]}", *words[2:]), code)
    return out


@cache
def gazetteer_country_names() -> frozenset[str]:
    """Every English name and alias of the bundled gazetteer's countries and territories,
    lower case ("senegal", "guam", "falkland islands (malvinas)").

    >>> "senegal" in gazetteer_country_names(), "industrial" in gazetteer_country_names()
    (True, False)
    """
    from relgraph.loaders.gazetteer import bundled_rows

    return frozenset(name.lower() for row in bundled_rows("countries.csv")
                     for name in [row["name"], *row["aliases"].split("|")] if name.isascii())

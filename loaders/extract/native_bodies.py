"""Public bodies named in their own language, read whole over their lower-case words.

French, Spanish, Italian, Portuguese and Catalan name a public body by a capitalised
kind word, then lower-case words of that language and particles, then the place or
name it is of: "Communauté d'agglomération X", "Conseil départemental des X",
"Consorzio di bonifica X", "Mancomunidad de municipios de X", "Città metropolitana
di X". The name reader stops at the first lower-case word, so the kind word alone
("Communauté") was read as one party and the place after it as another. This joins
them into one name. German and Dutch capitalise their nouns ("Landkreis X",
"Gemeente X"), so only their particles ("für", "van") stand between the words.

>>> from relgraph.loaders.extract.mentions import find_mentions
>>> [m.text for m in find_mentions("The Consorzio di bonifica Veneto Orientale met Udine.")]
['Consorzio di bonifica Veneto Orientale', 'Udine']
>>> [m.text for m in find_mentions("The Conseil signed with Lyon.")]
['Conseil', 'Lyon']
"""

from __future__ import annotations

import re

from relgraph.loaders.gazetteer.names import common_english

# Kind words that open a public body's name in its own language (a government, a union
# of towns, a board, a public enterprise or agency).
BODY_KIND_WORDS = frozenset("""
communauté communaute conseil syndicat métropole metropole établissement etablissement
agence office chambre collectivité collectivite pôle pole parc préfecture prefecture
consejo consorcio mancomunidad diputación diputacion ayuntamiento cabildo comunidad
junta gobierno autoridad empresa agencia entidad ente concejo municipalidad
gobernación gobernacion intendencia corporación corporacion área area servicio
consorzio comune provincia regione città citta unione comunità comunita azienda
autorità autorita agenzia camera consiglio giunta distretto
câmara camara comunidade associação associacao autoridade agência administração
administracao prefeitura secretaria conselho consórcio consorcio
consell ajuntament diputació diputacio mancomunitat àrea
landkreis kreis stadt gemeinde bezirk zweckverband verband landratsamt
gemeente provincie waterschap hoogheemraadschap stadsregio vervoerregio
""".split())

# The countries that write each language's kind words: a body so named is of one of
# them (the text's own countries decide which).
_FRENCH = ("FR", "BE", "CH", "LU", "MC", "CA", "MA", "DZ", "TN", "SN", "CI")
_SPANISH = ("ES", "MX", "AR", "CL", "CO", "PE", "UY", "PY", "BO", "EC", "VE", "CR", "PA",
            "GT", "HN", "SV", "NI", "DO", "CU")
_ITALIAN = ("IT", "CH", "SM")
_PORTUGUESE = ("PT", "BR", "AO", "MZ", "CV")
_CATALAN = ("ES", "AD")
_GERMAN = ("DE", "AT", "CH", "LI")
_DUTCH = ("NL", "BE")
_LANGUAGE_WORDS = (
    (_FRENCH, "communauté communaute conseil syndicat métropole metropole établissement "
              "etablissement chambre collectivité collectivite préfecture prefecture"),
    (_SPANISH, "consejo consorcio mancomunidad diputación diputacion ayuntamiento cabildo "
               "comunidad gobierno autoridad empresa agencia entidad concejo municipalidad "
               "gobernación gobernacion intendencia corporación corporacion servicio"),
    (_ITALIAN, "consorzio comune regione città citta unione comunità comunita azienda "
               "autorità autorita agenzia consiglio giunta distretto"),
    (_PORTUGUESE, "câmara comunidade associação associacao autoridade agência administração "
                  "administracao prefeitura conselho consórcio"),
    (_CATALAN, "consell ajuntament diputació diputacio mancomunitat"),
    (_GERMAN, "landkreis kreis gemeinde bezirk zweckverband verband landratsamt"),
    (_DUTCH, "gemeente provincie waterschap hoogheemraadschap stadsregio vervoerregio"),
)
_WORD_COUNTRIES: dict[str, tuple[str, ...]] = {}
for _countries, _words in _LANGUAGE_WORDS:
    for _w in _words.split():
        _WORD_COUNTRIES[_w] = tuple(dict.fromkeys(_WORD_COUNTRIES.get(_w, ()) + _countries))


def body_countries(name: str) -> tuple[str, ...]:
    """The countries whose language the kind word opening a body's name is of, or ()
    (a word several languages share, "provincia", "junta", names none).

    >>> body_countries("Communauté de communes du Val"), body_countries("Gemeente Ede")
    (('FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'MA', 'DZ', 'TN', 'SN', 'CI'), ('NL', 'BE'))
    >>> body_countries("Mining Union"), body_countries("Junta de Castilla")
    ((), ())
    """
    words = name.split()
    if words and words[0].lower() in ("the", "la", "le", "el", "il", "de", "die"):
        words = words[1:]
    return _WORD_COUNTRIES.get(words[0].lower(), ()) if len(words) > 1 else ()


# Particles of those languages that stand inside such a name.
_PARTICLES = frozenset("""
de du des d' la le les l' del dels de' di della dello delle dei degli dell' da do dos
das na no nas nos für fur van voor der den het y i e et
""".split())

# A body's adjectives the English word list also holds ("Câmara municipal de X",
# "Consejo regional de Y"): the particle after them says the name goes on.
_BODY_ADJECTIVES = frozenset("""
municipal regional provincial general local rural departmental metropolitan
""".split())

_WORD = re.compile(r"\s+((?:[dl]|dell|dall|all|nell|sull)['’])?([^\W\d_][\w'’-]*)")
# At most this many lower-case words between the kind word and the name.
_MOST_WORDS = 5


def _kind_opens(text: str) -> bool:
    """Whether a mention's text is a body's kind word, alone or with a capitalised word
    of its kind ("Syndicat Mixte", "Área Metropolitana")."""
    words = text.split()
    if words and words[0].lower() in ("the", "la", "le", "el", "il", "de", "die"):
        words = words[1:]
    return 1 <= len(words) <= 2 and words[0].lower() in BODY_KIND_WORDS


def _lower_run(text: str, at: int) -> tuple[int, int] | None:
    """Where a name may start after a run of the body's lower-case words and particles
    that begins at ``at`` (from the end of the run to its capitalised word), or None
    when no such run leads to a name."""
    pos, words, after_particle = at, 0, False
    while words < _MOST_WORDS:
        w = _WORD.match(text, pos)
        if w is None:
            return None
        elided, word = w.group(1), w.group(2)
        if elided is None and word[:1].isupper():
            return (pos, w.start(2)) if words else None
        low = word.lower()
        if elided is not None:
            # ("d'agglomération", "dell'Emilia": a capitalised word after the elision
            # is the name itself)
            if word[:1].isupper():
                return pos, w.start(2)
            after_particle = False
        elif low in _PARTICLES:
            after_particle = True
        elif word.islower() and (low not in common_english() or after_particle
                                 or low in _BODY_ADJECTIVES):
            after_particle = False
        else:
            return None
        words += 1
        pos = w.end()
    return None


def join_native_bodies(found: list, text: str) -> list:
    """``found`` with each body's kind word joined to the lower-case words and the name
    after it; the joined mention is a body's name (an organ of a region or town that
    names its place, "Conseil départemental des X", is left to the reader of those)."""
    from relgraph.loaders.extract.parties import NATIVE_ORGAN

    out: list = []
    i = 0
    while i < len(found):
        m = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is None or m.adjectival or m.refers or nxt.adjectival or nxt.refers \
                or not _kind_opens(m.text):
            out.append(m)
            i += 1
            continue
        run = _lower_run(text, m.end)
        if run is None or not run[0] <= nxt.start <= run[1]:
            out.append(m)
            i += 1
            continue
        m.end, m.text = nxt.end, text[m.start:nxt.end]
        if not NATIVE_ORGAN.fullmatch(m.text):
            m.organisation, m.kind_hint = True, "Organization"
        out.append(m)
        i += 2
    return out

"""Regions a text names that the gazetteer's first-level divisions miss.

GeoNames lists today's first-level divisions under one name each, so two kinds of
region a writer names every day find nothing and were read as a firm or an
organisation of no country, or took the country named nearest ("Lorraine" in a text
on Saarland and Luxembourg read as a region of Luxembourg):

* the former regions of a country that merged its regions (France in 2016: Lorraine,
  Alsace, Burgundy ...), which histories, twinning charters and statistics still name,
  and historic lands that are no division at all (Moravia, Transylvania);
* the English name of a region the gazetteer knows under its own language's name
  ("Rhineland-Palatinate" for Rheinland-Pfalz), whose id is made from that name.

The text resolver knows both (:func:`register_region_names`), so each is a region of
its own country wherever the text names it, and a body named after it ("University of
Lorraine") is of that country too.
"""

from __future__ import annotations

from relgraph.graph.ids import slug
from relgraph.graph.records import Node

# Former or historic regions: (name, country, other names).
FORMER_REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Lorraine", "FR", ()),
    ("Alsace", "FR", ()),
    ("Champagne-Ardenne", "FR", ()),
    ("Burgundy", "FR", ("Bourgogne",)),
    ("Franche-Comté", "FR", ("Franche-Comte",)),
    ("Picardy", "FR", ("Picardie",)),
    ("Nord-Pas-de-Calais", "FR", ()),
    ("Upper Normandy", "FR", ("Haute-Normandie",)),
    ("Lower Normandy", "FR", ("Basse-Normandie",)),
    ("Poitou-Charentes", "FR", ()),
    ("Aquitaine", "FR", ()),
    ("Midi-Pyrénées", "FR", ("Midi-Pyrenees",)),
    ("Languedoc-Roussillon", "FR", ()),
    ("Auvergne", "FR", ()),
    ("Rhône-Alpes", "FR", ("Rhone-Alpes",)),
    ("Moravia", "CZ", ()),
    ("Transylvania", "RO", ()),
)

# English names of regions the gazetteer knows by another name: name -> its id.
ENGLISH_NAMES: dict[str, str] = {
    "Rhineland-Palatinate": "region:de:rheinland-pfalz",
    "Mecklenburg-Western Pomerania": "region:de:mecklenburg-vorpommern",
    "Walloon Region": "region:be:wallonia",
    "Flemish Region": "region:be:flanders",
    "Castile and León": "region:es:castille-and-leon",
    "Castile and Leon": "region:es:castille-and-leon",
    "Occitania": "region:fr:occitanie",
    "Burgundy-Franche-Comté": "region:fr:bourgogne-franche-comte",
    "Lower Silesia": "region:pl:lower-silesian",
    "Greater Poland": "region:pl:greater-poland",
    "Lesser Poland": "region:pl:lesser-poland",
}


def register_region_names(resolver) -> None:
    """Make ``resolver`` know the regions above (the English names only where the
    gazetteer has the region they name)."""
    for name, cc, others in FORMER_REGIONS:
        resolver.add(Node("Region", f"region:{cc.lower()}:{slug(name)}",
                          {"name": name, "country": cc, "aliases": list(others)}))
    entries = resolver.gazetteer.entries
    for name, eid in ENGLISH_NAMES.items():
        # (its id is made from the English name, as a reader writing in English makes
        # it; the region it names must exist)
        if eid in entries:
            cc = entries[eid].country
            resolver.add(Node("Region", f"region:{cc.lower()}:{slug(name)}",
                              {"name": name, "country": cc}))

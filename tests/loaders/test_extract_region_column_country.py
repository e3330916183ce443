"""A bare name in a table's column of regions is read as the region of the town's own
country, not as a namesake district of the country the text is about (a text on
Belarus whose table of buyers in Russia lists "Ivanovo"). Names and readings are made
up for these tests."""

import pytest

from relgraph.loaders.extract.mentions import Mention
from relgraph.loaders.extract.parties import Party
from relgraph.loaders.extract.pipeline import _as_region


class _Readings:
    """Reads a name as ``towns`` and ``regions`` say: a region by the country hint, the
    document's own country ("XA") when there is none."""

    def __init__(self, towns, regions):
        self.towns, self.regions = towns, regions

    def party(self, m, default):
        if m.kind_hint != "Region":
            cc = self.towns[m.text]
            return Party(m.text, f"city:{cc.lower()}:{m.text.lower()}", "City", cc, True)
        cc = m.country_hint or "XA"
        if (m.text, cc) in self.regions:
            return Party(m.text, f"region:{cc.lower()}:{m.text.lower()}", "Region", cc, True)
        return Party(m.text, f"city:{self.towns[m.text].lower()}:{m.text.lower()}", "City",
                     self.towns[m.text], True)


@pytest.mark.parametrize("name, towns, regions, hint, country", [
    # the town is abroad, the document's country has a namesake district
    ("Verlo", {"Verlo": "XB"}, {("Verlo", "XA"), ("Verlo", "XB")}, "Region", "XB"),
    ("Dorn", {"Dorn": "XC"}, {("Dorn", "XA"), ("Dorn", "XC")}, "Region", "XC"),
    # the town and the region are both of the document's country
    ("Amsel", {"Amsel": "XA"}, {("Amsel", "XA")}, "Region", None),
    # near-misses: no region of the town's country, the town stays
    ("Kettle", {"Kettle": "XB"}, {("Kettle", "XA")}, None, None),
    ("Rook", {"Rook": "XB"}, set(), None, None),
])
def test_a_bare_name_in_a_column_of_regions(name, towns, regions, hint, country):
    got = _as_region(Mention(name, 0, len(name)), _Readings(towns, regions))
    assert (got.kind_hint, got.country_hint) == (hint, country)

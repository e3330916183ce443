"""An interview's subtitle that names its guest by office, place and name ("Governor of
X Region Ivan Petrov on the region's partners"): the guest speaks for the place, whose
"we" and "our" are hers or his, the person's name no part of the place. Texts written
for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"

INTERVIEW = """"A road to the south"

{subtitle} on the region's partners in China

- Which provinces do you work with most closely?

- Yunnan has been our sister province since 2014. Last year in Kunming we signed an
agreement on trade cooperation with Guizhou Province."""


@pytest.mark.parametrize("subtitle", [
    "Governor of Lipetsk Region Ivan Sokolov",
    "Governor of Lipetsk Region Anna Maria Sokolova",
    "The governor of the Lipetsk Region",
])
def test_the_guest_speaks_for_the_place_the_subtitle_names(subtitle):
    text = INTERVIEW.format(subtitle=subtitle)
    assert ("region:cn:guizhou", "region:ru:lipetsk") in undirected_id_pairs(text, A)
    assert ("region:cn:yunnan", "region:ru:lipetsk") in undirected_id_pairs(text, T)

"""A numbered section heading that names its documents' signer ("2. Agreements signed
by X in 2022 (overview)") heads the table below it, a header row between: each row's
partner signed with X. A heading whose "signed" is a clause's verb is no caption.
Texts written for these tests."""

import pytest
from extract_candidates import candidates

ROWS = ("Month | Partner | Subject\nMay 2022 | Jiangsu | Memorandum on clean energy\n"
        "July 2022 | Gyeonggi Province | Protocol on tourism\n\n3. Outlook")


def signings(text: str) -> set[tuple[str, str]]:
    return {(c["source"]["id"], c["target"]["id"]) for c in candidates(text)
            if c["type"] == "SIGNED_AGREEMENT"}


@pytest.mark.parametrize("heading", [
    "2. Agreements signed by Victoria in 2022 (overview)",
    "2. Documents signed by Victoria, 2022",
])
def test_a_heading_naming_the_signer_heads_the_rows(heading):
    text = f"Government of Victoria\nYearly review\n\n{heading}\n{ROWS}"
    assert signings(text) >= {("region:au:victoria", "region:cn:jiangsu"),
                              ("region:au:victoria", "region:kr:gyeonggi")}


def test_a_heading_with_a_verb_is_no_caption():
    text = f"Government of Victoria\nYearly review\n\n2. Victoria signed these in 2022\n{ROWS}"
    assert not signings(text)

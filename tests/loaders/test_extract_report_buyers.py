"""A firm's own text tells of its dealers and buyers taking its goods; the sale or the
signing stated next without its seller ("25 tractors were sold to Lithuania", "a
distribution agreement was concluded with Y") is the firm's whose text it is, not the
buyer's the sentence before was about. Texts written for these tests."""

from extract_candidates import pairs

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"


def _report(*paragraphs, head=("BELTRAK", "Annual report 2024")):
    return "\n\n".join([*head, *paragraphs]) + "\n"


def _sources(text, rel):
    return {a for a, _b in pairs(text, rel)}


def test_a_sale_after_a_buyer_told_of_is_the_report_firms():
    for buyer in (
        "The subsidiary Beltrak-Polska Sp. z o.o. in Lublin distributes the tractors in "
        "Poland; it received 40 tractors.",
        "Nord Trucks LLC, the dealer in Moldova, bought 40 tractors.",
        "Nord Trucks LLC took delivery of 40 tractors in March.",
    ):
        text = _report(buyer + " 25 tractors were sold to Lithuania, and the first 10 "
                       "tractors were shipped to Latvia in May.")
        got = pairs(text, S)
        to_baltics = [a for a, b in got if b in ("country:lt", "country:lv")]
        assert to_baltics and all("beltrak" in a and "polska" not in a for a in to_baltics), \
            (text, got)


def test_a_signing_after_a_buyer_told_of_is_the_report_firms():
    for buyer in ("Nord Trucks LLC, the dealer in Moldova, bought 40 tractors.",
                  "The importer Nord Trucks LLC placed an order for 40 tractors."):
        text = _report(buyer + " In Georgia, a dealer contract was signed in June with "
                       "Kartli Motors LLC.")
        got = pairs(text, A)
        signers = {a for a, b in got if "kartli" in b} | {b for a, b in got if "kartli" in a}
        assert signers and all("beltrak" in s for s in signers), (text, got)


def test_no_report_firm_where_no_firm_speaks_or_the_buyer_sells_itself():
    for text in (
        # a news item: nobody's text, so no firm of its own to supply Lithuania
        "Regional news\n\nNord Trucks LLC, the dealer in Moldova, bought 40 tractors. 25 "
        "tractors were sold to Lithuania.\n",
        # the buyer named as the seller of the next sale
        _report("Nord Trucks LLC, the dealer in Moldova, bought 40 tractors. Nord Trucks "
                "LLC sold 25 of them to Lithuania."),
    ):
        got = pairs(text, S)
        assert not any("beltrak" in a and b == "country:lt" for a, b in got), (text, got)


def test_a_purchase_after_a_supplier_told_of_is_the_report_firms():
    for body, seller in (
        ("Engines come from the Minsk Motor Works. Belkard supplies the cardan shafts for "
         "our tractors. Sheet metal is bought from NLMK.", "nlmk"),
        ("Belshina delivers tyres for the combines. Paint is purchased from Tikkurila "
         "Oy.", "tikkurila"),
    ):
        text = _report("Suppliers", body)
        got = pairs(text, S)
        bought = [b for a, b in got if seller in a]
        assert bought and all("beltrak" in b for b in bought), (text, got)


def test_a_supplier_named_as_the_buyer_stays_the_buyer():
    text = _report("Suppliers", "Belkard supplies the cardan shafts for our tractors. "
                   "Belkard itself buys sheet metal from NLMK.")
    got = pairs(text, S)
    assert ("company:ru:nlmk", "company:xx:belkard") in got, (text, got)
    assert not any("nlmk" in a and "beltrak" in b for a, b in got), (text, got)


def test_a_supplier_told_of_is_no_buyer_of_the_next_purchase_in_any_text():
    for text in ("Regional news\n\nKamaz supplies cabs and frames to Rostselmash. Steel "
                 "sheet is bought from Severstal.\n",
                 "Regional news\n\nBelshina delivers tyres to MAZ. Paint is purchased from "
                 "Tikkurila Oy.\n"):
        got = pairs(text, S)
        assert not any(a in ("company:ru:severstal", "company:fi:tikkurila")
                       and b in ("company:ru:kamaz", "company:by:belshina")
                       for a, b in got), (text, got)


def test_a_buyer_with_the_report_firms_legal_form_is_another_firm():
    for head, body, buyer in (
        ('OJSC "Beltrak"', 'Exports\n\nIn Moldova, OJSC "Agrola" purchased 40 tractors.',
         "agrola"),
        ('PJSC "Uraltrak"', 'Sales\n\nPJSC "Sibagro" bought 300 gearboxes for its tractors.',
         "sibagro"),
    ):
        text = _report(body, head=(head, "Annual report 2024"))
        got = pairs(text, S)
        assert any(buyer in b and "trak" in a for a, b in got), (text, got)


def test_a_buyer_of_the_report_firms_own_name_is_no_customer():
    text = _report('Exports\n\nIn Moldova, OJSC "Beltrak-Service" purchased 40 tractors.',
                   head=('OJSC "Beltrak"', "Annual report 2024"))
    assert pairs(text, S) == [], text

""""The holding" in a report whose letterhead calls its firm a holding ('OJSC "Beltrak"
- Management Company of the Holding "Beltrak"') is that firm, not the firm the section
spoke of last. Texts written for these tests."""

from extract_candidates import blind_pairs

REPORTS = (
    ('OJSC "Beltrak" - Management Company of the Holding "Beltrak"\nAnnual Report 2024\n\n'
     '4.2. Russian Federation\n\nThe Russian market is served through the assembly plant '
     'CJSC "Bryanskagro" in Bryansk. Bryanskagro received 1,130 kits.\n\nThe holding buys '
     'engines for its tractors from PJSC "Motordiesel".\n',
     "company:xx:motordiesel", "company:xx:beltrak", "company:xx:bryanskagro"),
    ('Uraltrak Group - the Holding of Ural Tractor Works\nAnnual Report 2024\n\nKazakhstan\n\n'
     'Sales are made through the dealer LLP "Stepagro" in Kostanay. Stepagro received 210 '
     'tractors.\n\nThe holding buys its hydraulics from JSC "Gidromash".\n',
     "company:xx:gidromash", "company:xx:uraltrak-group", "company:xx:stepagro"),
)


def test_the_holding_of_the_letterhead_is_the_reports_firm():
    for text, seller, own, dealer in REPORTS:
        got = blind_pairs(text)
        assert (seller, own) in got, (text, got)
        assert (seller, dealer) not in got, (text, got)


def test_the_holding_without_such_a_letterhead_is_the_holding_just_named():
    text = ('OJSC "Beltrak"\nAnnual Report 2024\n\nKazakhstan\n\nKazAgro Holding took '
            'delivery of 40 tractors in March. The holding buys its tyres from JSC '
            '"Belshina".\n')
    got = blind_pairs(text)
    assert ("company:xx:belshina", "company:xx:kazagro-holding") in got, (text, got)
    assert ("company:xx:belshina", "company:xx:beltrak") not in got, (text, got)

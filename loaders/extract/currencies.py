"""Currencies: the codes and the names of one country each, which place a firm that
counts in them, and the shared codes, which place no one; either way a code before an
amount ("MAD 1.6 billion", "EUR 40 million") is money, no party."""

from __future__ import annotations

import re

# The currencies of one country each (the euro, the dollar, the CFA franc and such are
# shared, so they place no one).
CURRENCY_COUNTRY = {
    "MAD": "MA", "TND": "TN", "DZD": "DZ", "EGP": "EG", "NGN": "NG", "KES": "KE",
    "ZAR": "ZA", "GHS": "GH", "ETB": "ET", "PLN": "PL", "CZK": "CZ", "HUF": "HU",
    "RON": "RO", "BGN": "BG", "SEK": "SE", "NOK": "NO", "DKK": "DK", "ISK": "IS",
    "CHF": "CH", "GBP": "GB", "TRY": "TR", "RUB": "RU", "UAH": "UA", "BYN": "BY",
    "KZT": "KZ", "UZS": "UZ", "GEL": "GE", "AMD": "AM", "AZN": "AZ", "MDL": "MD",
    "RSD": "RS", "JPY": "JP", "CNY": "CN", "RMB": "CN", "KRW": "KR", "INR": "IN",
    "IDR": "ID", "VND": "VN", "THB": "TH", "MYR": "MY", "PHP": "PH", "SGD": "SG",
    "TWD": "TW", "HKD": "HK", "PKR": "PK", "BDT": "BD", "LKR": "LK", "AUD": "AU",
    "NZD": "NZ", "CAD": "CA", "MXN": "MX", "BRL": "BR", "ARS": "AR", "CLP": "CL",
    "COP": "CO", "PEN": "PE", "UYU": "UY", "BOB": "BO", "PYG": "PY", "ILS": "IL",
    "SAR": "SA", "AED": "AE", "QAR": "QA", "KWD": "KW", "OMR": "OM", "JOD": "JO",
}
# Currencies named in words, one country's each.
CURRENCY_WORDS = {
    "dirhams": "MA", "zlotys": "PL", "zloty": "PL", "forints": "HU", "forint": "HU",
    "lei": "RO", "leva": "BG", "hryvnias": "UA", "hryvnia": "UA", "tenge": "KZ",
    "rubles": "RU", "roubles": "RU", "yen": "JP", "yuan": "CN", "renminbi": "CN",
    "rupees": "IN", "rupiah": "ID", "baht": "TH",
    "ringgit": "MY", "reais": "BR", "soles": "PE", "shekels": "IL", "riyals": "SA",
    "lari": "GE", "drams": "AM", "manats": "AZ", "dinars": "TN",
}
# Codes of currencies many countries use, or that a firm of any country counts in.
SHARED_CURRENCIES = frozenset({"USD", "EUR", "XOF", "XAF", "XCD", "XPF", "CFA"})

_AMOUNT_AFTER = re.compile(r"\s?\d")
# Any other three capitals count as a currency's code only before a number that is money
# by its decimals, its thousands or its magnitude word ("XYZ 2,400,000", "QQQ 12.5
# million"), not before a count of goods ("KTZ 150 wagons": a firm's).
_CODE = re.compile(r"[A-Z]{3}")
_MONEY_AFTER = re.compile(r"\s?(?:\d{1,3}(?:[,.\u202f\u00a0]\d{3})+(?!\d|[.,]\d)"
                          r"|\d+[.,]\d+(?!\d|[.,]\d)"
                          r"|\d+(?:[.,]\d+)?\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)")


def is_amount_code(word: str, text: str, end: int) -> bool:
    """Whether ``word``, ending at ``end`` in ``text``, is a currency's code before an
    amount.

    >>> is_amount_code("MAD", "revenue of MAD 1.6 billion", 14)
    True
    >>> is_amount_code("MAD", "MAD Logistics signed", 3)
    False
    >>> is_amount_code("KTZ", "KTZ 150 wagons", 3), is_amount_code("KES", "KES 150", 3)
    (False, True)
    """
    if word in CURRENCY_COUNTRY or word in SHARED_CURRENCIES:
        return bool(_AMOUNT_AFTER.match(text, end))
    return bool(_CODE.fullmatch(word) and _MONEY_AFTER.match(text, end))

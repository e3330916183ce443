"""Asides between dashes that end where the next clause begins.

Writers close an aside with a dash and go straight on with the sentence's next clause:
"A and B are sister cities - the link goes back to 1961 - and A is also twinned with C",
"A has been a partner of B since 1953 - a link that outlived the war - while C concluded
a twinning with D". Every rule that looks for the end of a clause looks for a comma
before "and", "while", "whereas" or "but"; the closing dash stands where that comma
would. Read it as one, or the two clauses run together: the first clause's pair is lost
and the second clause's verb takes both of the first's names as its subject.

>>> close_dash_asides("A joined B - in 2001 - and C joined D.")
'A joined B - in 2001,  and C joined D.'
>>> close_dash_asides("A met B - and C met D.")   # one dash: no aside to close
'A met B - and C met D.'
>>> close_dash_asides("A - a port - and B signed.")   # no clause before the aside
'A - a port - and B signed.'
"""

from __future__ import annotations

import re

# A spaced dash inside the sentence (a line's opening bullet is none).
_DASH = re.compile(r"(?<=\S)\s[-–—](?=\s)")
# The clause that follows the closing dash, opened by a coordinating word.
_CLAUSE_AFTER = re.compile(r"\s+(?:and|while|whereas|but)\s+(?:also\s+|then\s+)?"
                           r"(?:(?:in|last|by|since)\s+[\w ]{1,20}?,?\s+)?"
                           r"(?:the\s+|our\s+|its\s+|their\s+)?(?:[A-Z]|we\b|they\b|it\b)")
# A verb before the aside: the aside closes a clause, not a subject's name ("A - the port
# city - and B signed" is one clause whose subject is "A and B").
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|became|become"
                   r"|[a-z]{3,}ed)\b")


def close_dash_asides(text: str) -> str:
    """``text`` (same length, so offsets hold) with the dash that closes an aside read
    as a comma when a coordinated clause follows it."""
    dashes = list(_DASH.finditer(text))
    if len(dashes) < 2:
        return text
    out = text
    # (dashes pair up in order: the second of each pair closes its aside)
    for open_, close in zip(dashes[::2], dashes[1::2], strict=False):
        if _CLAUSE_AFTER.match(text, close.end()) and _VERB.search(text, 0, open_.start()):
            out = out[:close.start()] + ", " + out[close.end():]
    return out

"""Relations stated in rows: a caption that says what the rows are ("Agreements of the
border regions in 2018-2020:", "Table 3 - Twin towns of the Grodno region") and then
one pair a line, without a verb ("Lida - Alytus (2004)", "2016 - A and B
(memorandum)", "2018 Gomel region Chuvash Republic agreement on cooperation").

Such rows would otherwise run together into one long sentence, and no verb in them
tells the relation. :func:`row_lines` finds them among the input lines (the document
keeps each row a sentence of its own); :func:`caption_of` reads the relation type a
caption announces; :func:`row_hits` pairs the parties of a row.

>>> lines = ["Twin towns of the region (compiled by the author):",
...          "Lida - Alytus (2004)", "Slonim - Druskininkai (2009)", "", "More text."]
>>> sorted(row_lines(lines))
[1, 2]
>>> caption_of("Twin towns of the region (compiled by the author):")[0]
'TWINNED_WITH'
"""

from __future__ import annotations

import re
from dataclasses import replace

from relgraph.loaders.extract.countries import DEMONYMS, country_code
from relgraph.loaders.extract.hits import Hit
from relgraph.loaders.extract.mentions import Mention, find_mentions
from relgraph.loaders.extract.page_rows import _NOT_TWINS
from relgraph.loaders.extract.patterns import _DOC, TWIN, _title
from relgraph.loaders.extract.twin_words import TWIN_WEAK, WHOLE_REGION

_YEAR_LED = re.compile(r"^(?:19|20)\d\d(?:\s*[-–—:]\s*|\s+)(?=[A-Z\u0400-\u042f\"«])")
# What a row may open with: a year, a bullet or a number, then a capitalised name.
_ROW_START = re.compile(r"^(?:(?:19|20)\d\d(?:\s*[-–—:]\s*|\s+)|[-–—•*]\s+|\d{1,2}[.)]\s+"
                        # (a table's column of row numbers, its cell set apart like the
                        # others: "3 | Firm A | Firm B | ...", its header "No. | ...")
                        r"|(?:\d{1,3}|No\.?|Nr\.?|#)\s+[-–—]\s+)?"
                        # ("- the Netherlands - 11%": a name's article after the mark)
                        r"(?:(?<=\s)the\s+)?[A-Z\u0400-\u042f\"«]")
# A dash between two capitalised names: "Lida - Alytus", "Samarkand Region – Sughd Region".
_PAIR_DASH = re.compile(r"[\w.)\"»]\s+[-–—]\s+[A-Z\u0400-\u042f\"«]")
_CAPTION = re.compile(r"^(?:Table|Tab\.)\s+\d|:\s*$")
_MAX_ROW = 140
_MAX_CELLS_ROW = 240
_CELL_DASH = re.compile(r"\s[-–—]\s")
_NUMBER_CELL = re.compile(r"(?:\d{1,3}|No\.?|Nr\.?|#)\s+[-–—]\s+")


def _row_shaped(line: str) -> bool:
    """A line that may be a row: short, opening with a name (after a year, bullet or
    number), holding no full stop inside (prose would)."""
    s = line.strip()
    # (a row of four cells or more, each set apart like a table's, may be longer: a
    # document's title and its parties' full names fill it)
    limit = _MAX_ROW if len(_CELL_DASH.findall(s)) < 3 else _MAX_CELLS_ROW
    if not s or len(s) > limit or not _ROW_START.match(s) or _NOT_A_ROW.match(s):
        return False
    if _NUMBER_CELL.match(s) and len(_CELL_DASH.findall(s)) < 3:
        return False   # (a row number as a cell of its own only in a table of columns)
    body = s[:-1] if s.endswith((".", ";", ",")) else s
    return not re.search(r"[a-z)]\.\s+[A-Z]", body)


def tabular_line(line: str) -> bool:
    """Whether a line is shaped like a table's row or header ("Partner - Field - Signed")."""
    return _row_shaped(line) and _looks_tabular(line)


def _looks_tabular(line: str) -> bool:
    """What only a row has: a year opening it, a dash pairing two names, or a name and
    a colon before names ("Pinsk: Kolomna (Russia), Ostrow Mazowiecka (Poland)")."""
    s = line.strip()
    return bool(_YEAR_LED.match(s) or _PAIR_DASH.search(s) or _FIGURE_COLUMNS.search(s)
                or _NAME_FIGURE.match(s)
                or _OWNER_COLON.match(s))


# "Brest: Lublin (Poland), Siedlce", "- Pinsk: Kolomna": a name, a colon, names.
_OWNER_COLON = re.compile(r"(?:[-–—•*]\s+|\d{1,2}[.)]\s+)?"
                          r"(?P<owner>[A-Z\u0400-\u042f][^:;.()]{0,60}?)"
                          r"\s*:\s+(?=[A-Z\u0400-\u042f\"«])")
# "Brest – Lublin (Poland), Siedlce (Poland)": a town, a dash, its twins.
_OWNER_DASH = re.compile(r"(?:[-–—•*]\s+|\d{1,2}[.)]\s+)?"
                         r"(?P<owner>[A-Z\u0400-\u042f][^:;.()–—]{0,60}?)"
                         r"\s+[-–—]\s+(?=[A-Z\u0400-\u042f\"«])")
# A heading over rows: a short line with no verb ("Sister cities", "Twin towns of the
# Brest Region"), read like a caption when it says what the rows are.
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|became|signed|include[sd]?)\b", re.I)


def _heading(line: str) -> bool:
    # ("Agreements signed by X in 2023": a participle after the documents, no verb)
    verb = _VERB.search(_SIGNED_BY.sub(" ", line))
    return 0 < len(line) <= 90 and not line.endswith((".", ",", ";")) \
        and not verb and caption_of(line) is not None


_SIGNED_BY = re.compile(r"\b(?:agreements|documents|memoranda|memorandums|treaties|protocols"
                        r"|accords|contracts)\s+signed\s+by\b", re.I)


# Columns set apart by dashes and ending in a figure: "Kursk Region - tractors (MTZ) - 41.2".
# (a signed figure too: "Russia - 251.7 - 61.0 - +6.2", a change on the year before)
# (or a date: "... - 22 August 2022")
_FIGURE_COLUMNS = re.compile(r"\S\s+[-–—]\s+\S.*\s[-–—]\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+)?"
                             r"[-+−]?\d[\d.,]*\s*%?\s*$")
# (or a name and one figure, then what the figure is of: "France - 29 %", "Japan - 17%
# - frozen fillets", as a report's table of shares by market is set out)
_NAME_FIGURE = re.compile(r"^(?:[-–—•*]\s+)?[^-–—\d]*[^\W\d]\s+[-–—]\s+[-+−]?\d[\d.,]*\s*%?"
                          # (a list's row may end in a mark and the year before's figure:
                          # "- Japan - 17% (2023: 15%);")
                          r"(?:\s*(?:\([^()]{1,40}\))?\s*[;.,]?\s*$|\s+[-–—]\s+[^\d\W])")


def row_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that are rows of a table or a list of pairs: two or more
    row-shaped lines in a row, each with a year in front or a dash between names,
    after a caption (a line ending with a colon, "Table N ...") or a header line; or
    two or more year-led lines anywhere (a table whose caption is further up)."""
    rows: set[int] = _owned_rows(lines)
    i = 0
    n = len(lines)
    while i < n:
        j = i
        while j < n and _row_shaped(lines[j]) and _looks_tabular(lines[j]):
            j += 1
        if j - i >= 2:
            above = [lines[k].strip() for k in range(i - 1, max(-1, i - 5), -1)
                     if lines[k].strip()]
            prev = above[0] if above else ""
            if len(above) > 1 and _looks_tabular(prev) and (_CAPTION.search(above[1])
                                                            or _heading(above[1])):
                prev = above[1]   # a caption, a header, a rule line, then the rows
            year_led = sum(bool(_YEAR_LED.match(lines[k].strip())) for k in range(i, j))
            if _CAPTION.search(prev) or year_led >= 2 or _headed(lines, i) or _heading(prev):
                rows.update(range(i, j))
            i = j
            continue
        i += 1
    return rows


# Two cells of a row set apart by spaces, as a PDF lays out a table's columns (spaces
# that pad a cell before or after a bar are no gap: the bar is the cells' edge).
_COLUMN_GAP = re.compile(r"(?<=[^\s.|]) {2,}(?=[^\s|])"
                         # (a leader of dots that leads the eye from a name to its figure:
                         # "Brazil ........ 22%")
                         r"|(?<=\S) ?\.{3,} ?(?=\S)")


def spaced_rows(raw: list[str]) -> set[int]:
    """Indices of raw lines that are the rows (and header) of a table laid out in
    columns of spaces: two or more lines in a row, each with a gap of two or more
    spaces between cells, right under a caption ("Table 3.4. Supplies of ...", a line
    ending with a colon).

    >>> sorted(spaced_rows(["Table 2. Twin towns", "Lida      Alytus     2004",
    ...                     "Slonim    Druskininkai   2009", "", "Lida  is a town."]))
    [1, 2]
    """
    out: set[int] = set()
    i, n = 0, len(raw)
    while i < n:
        j = i
        while j < n and 0 < len(raw[j].strip()) <= _MAX_ROW and \
                _COLUMN_GAP.search(raw[j].strip()) and not _NOT_A_ROW.match(raw[j].strip()):
            j += 1
        if j - i >= 2 and _captioned(raw, i):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def _captioned(raw: list[str], i: int) -> bool:
    """Whether the line above ``i`` is a caption, one blank line between them allowed
    (a report sets its table a line apart from its caption: "Table 5.1. Exports of X by
    country", a blank line, then the header and the rows); a section's heading that says
    what the rows are ("4. Export sales by country") is one too."""
    above = [k for k in (i - 1, i - 2) if k >= 0]
    if not above:
        return False
    line = raw[above[0]].strip() or (raw[above[1]].strip() if len(above) > 1 else "")
    return bool(line) and (bool(_CAPTION.search(line)) or _heading(line))


# A Markdown table's row: "| a | b | c |", and its rule "|---|:--:|".
_MARKDOWN_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_MARKDOWN_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


# A row whose cells stand apart by bars without the outer ones: "Italy | Milan | 18.2".
_BARRED = re.compile(r"^\s*[^|\s][^|]*(?:\s\|\s[^|]+){2,}$")


# ... or of two cells: "Munich | Germany" (see :func:`barred_rows`).
_TWO_BARRED = re.compile(r"^\s*[^|\s][^|]*\s\|\s[^|]*[^|\s]\s*$")


def barred_rows(raw: list[str]) -> set[int]:
    """Indices of lines that are the rows of a table whose cells stand apart by bars
    without the outer bars Markdown would set ("Italy | Cremona, Milan | cheese | 18.2"):
    two or more such lines in a row, each of three cells or more, or three or more
    lines of two cells ("City | Country" over "Munich | Germany" and "Lyon | France"),
    all of a run with as many cells. (One bar is a site's title, "City of Bialystok |
    Official website", and two such lines its title and a menu; a lone line is no
    table.)

    >>> sorted(barred_rows(["Table 2. Markets", "Italy | Milan | 18.2",
    ...                     "Spain | Madrid | 9.1", "Home | News"]))
    [1, 2]
    >>> sorted(barred_rows(["Twin towns", "Town | Country", "Ulm | Germany",
    ...                     "Lyon | France", "", "City of X | Official website"]))
    [1, 2, 3]
    """
    out: set[int] = set()
    run: list[int] = []
    width = 0   # the cells of each line of the run
    for i, line in enumerate([*raw, ""]):
        cells = _bar_width(line)
        if cells and cells == width:
            run.append(i)
            continue
        if len(run) >= 3 or len(run) >= 2 and width >= 3:
            out.update(run)
        run, width = ([i], cells) if cells else ([], 0)
    return out


def _bar_width(line: str) -> int:
    """How many cells a line of a barred table has; 0 for any other line."""
    if _MARKDOWN_ROW.match(line) is not None:
        return 0
    if _BARRED.match(line) is not None:
        return line.count("|") + 1
    return 2 if _TWO_BARRED.match(line) else 0


# Cells set apart by tabs, as a table copied from a page or a sheet keeps them.
_TAB_GAP = re.compile(r"(?<=\S)[ ]*\t[ \t]*(?=\S)")


def tabbed_rows(raw: list[str]) -> set[int]:
    """Indices of lines that are the rows of a table whose cells stand apart by tabs
    ("Munich\\tGermany\\t1972"): two or more such lines in a row.

    >>> sorted(tabbed_rows(["Twin towns", "Ulm\\tGermany\\t1990", "Lyon\\tFrance\\t95", "x"]))
    [1, 2]
    """
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*raw, ""]):
        if _TAB_GAP.search(line.strip()):
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


def tab_cells(line: str) -> str:
    """A row's cells apart by tabs, written with a dash between them.

    >>> tab_cells("Ulm\\tGermany\\t1990")
    'Ulm - Germany - 1990'
    """
    return _TAB_GAP.sub(" - ", line.strip())


def markdown_cells(line: str) -> str:
    """A Markdown table's row with a dash between its cells; its rule line blank; any
    other line as it is.

    >>> markdown_cells("| Tartu (Estonia) | schools | 2015 |")
    'Tartu (Estonia) - schools - 2015'
    >>> markdown_cells("|---|---|")
    ''
    """
    if _MARKDOWN_RULE.match(line):
        return ""
    row = _MARKDOWN_ROW.match(line)
    if row is None:
        return line
    return bar_cells(row.group(1))


def bar_cells(line: str) -> str:
    """A row's cells apart by bars, written with a dash between them.

    >>> bar_cells("Italy | Cremona, Milan | 18.2")
    'Italy - Cremona, Milan - 18.2'
    """
    return " - ".join(c.strip() for c in line.split("|") if c.strip())


def column_dashes(line: str) -> str:
    """A spaced row with a dash for each gap between cells.

    >>> column_dashes("Lida      Alytus     2004")
    'Lida - Alytus - 2004'
    """
    return _COLUMN_GAP.sub(" - ", line.strip())


# A caption or heading that names whose relations the rows list: "Twin towns of
# Mogilev", "Agreements of the Minsk Region with foreign regions:".
_OWNED = re.compile(r"\bof\s+(?:the\s+)?[A-Z\u0400-\u042f]")
# ... or names their signer after a participle, or the town the rows are twinned with:
# "The agreements signed by the Tver Region with regions abroad:", "Documents concluded
# by Kaunas in 2020:", "The following cities are twinned with Tartu:".
_OWNED_BY = re.compile(r"\b(?:(?:signed|concluded|made|maintained|entered\s+into)\s+(?P<kw>by)"
                       r"|(?:twinned|paired|partnered)\s+(?P<with>with))\s+"
                       r"(?:the\s+)?[A-Z\u0400-\u042f]")


def _owned_rows(lines: list[str]) -> set[int]:
    """Lines naming one party each ("Kursk, Russia", "- Nevers (France), since 1997",
    "Henan Province (China) - agreement on trade, 2008"), two or more in a row under a
    caption or heading that names a relation and its owner."""
    rows: set[int] = set()
    for i, line in enumerate(lines):
        head = line.strip()
        # (a lead-in that names no relation, "Our largest customers were:", makes no rows
        # of its items: they are a list of prose, read as one sentence)
        below = ownerless_lead_in(head) and caption_of(head) is not None
        if not below and (not (_CAPTION.search(head) or _heading(head))
                          or caption_of(head) is None
                          or not (_OWNED.search(head) or _OWNED_BY.search(head)
                                  or _SUBJECT_LEAD_IN.match(head)
                                  or _WITH_OWNER_LEAD_IN.match(head))):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip() and j - i <= 2:
            j += 1
        found, k = [], j
        # (rows set apart by single blank lines, as a text of one-line paragraphs has them)
        while k < len(lines) and _one_party_row(lines[k]):
            found.append(k)
            k += 2 if k + 2 < len(lines) and not lines[k + 1].strip() \
                and _one_party_row(lines[k + 2]) else 1
            # ("Planned for 2025:" between two runs: the caption's rows go on, planned)
            if k + 1 < len(lines) and status_lead(lines[k]) and _one_party_row(lines[k + 1]):
                k += 1
        if len(found) >= 2:
            rows.update(found)
    return rows


# A lead-in whose subject owns what it lists: "The Vitebsk Region has signed agreements
# with the following Russian regions:" (a name first, a colon last).
# (after an opening phrase too, and ending in the bare "with" the rows complete: "In
# addition to its twin towns, Lida has concluded friendship agreements with:")
_SUBJECT_LEAD_IN = re.compile(r"(?:[A-Z][^,:;.]{0,60},\s+)?"
                              r"(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
                              r"(?:has|have|had|signed|concluded|maintains|keeps)\b[^.;]*"
                              # ("X maintains four sister-state relationships:", "X
                              # keeps ties with five prefectures:": the ties or the kind
                              # of the partners the rows name)
                              r"(?:\b(?:following|these|partners|regions|cities|towns"
                              r"|relationships|relations|ties|links|partnerships|twins"
                              r"|states|provinces|prefectures|municipalities)\b[^.;]*"
                              r"|\bwith\s*):\s*$")
# What may stand before a lead-in's subject: "In addition to its twin towns, the ".
_SUBJECT_OPENING = re.compile(r"(?:[A-Z][^,:;.]{0,60},\s+)?\s*(?i:the\s+)?")
# A lead-in whose rows are the subject and whose owner follows "with": "The following
# towns are twinned with Lida (year of the charter in brackets):".
_WITH_OWNER_LEAD_IN = re.compile(r"(?:The\s+)?(?:following|these)\s+(?:[a-z-]+\s+){0,2}"
                                 r"(?:cities|towns|municipalities|districts|regions)\s+"
                                 r"(?:are|were|have\s+been)\s+(?:[a-z-]+\s+){0,3}?"
                                 r"(?P<with>with)\s+(?:the\s+(?:city|town|municipality)\s+of\s+)?"
                                 r"[A-Z][^.;:]*:\s*$")


# A lead-in that names no owner: "The partnership agreements were signed in the
# following years:", "Partnership agreements were concluded in these years:",
# "Cooperation memoranda have been signed with these towns:", "The town has signed the
# following agreements:", "Agreements concluded so far:" (the page's own place is the
# owner; see the pipeline), "Our partnership agreements:". A passive signing or a
# participle, whatever points at the rows ("following", "these", "as follows" or the
# colon alone); not "signed by" (the rows then name their signers).
_OWNERLESS_LEAD_IN = re.compile(r"(?:(?:(?:The|All(?:\s+the)?)\s+)?(?:[\w'’-]+\s+){0,4}?"
                                r"(?i:agreements?|accords?|memorand\w*|treat(?:y|ies)|protocols?"
                                r"|documents?|charters?|contracts?|programmes?|road\s?maps?|pacts?"
                                # ("Sister-city relations have been established with:")
                                r"|ties|links|relations|partnerships?)"
                                r"(?:\s+[a-z][\w'’-]*){0,4}?\s+"
                                r"(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                                r"(?:\w+ly\s+)?)?(?:signed|concluded|entered\s+into|made"
                                r"|established|set\s+up|formed|forged)\b"
                                r"(?![^.;:]*\bby\b)"
                                # "Apart from twinning, the municipality has concluded agreements
                                # that cover single fields:"
                                r"|(?:[A-Z][^.;:]{0,40},\s+)?(?:[Tt]he|[Oo]ur)\s+(?:city|town"
                                r"|municipality|region)\s+(?:has|have)\s+(?:also\s+)?(?:signed"
                                r"|concluded)"
                                # "Our partnership agreements:", "The town's twinning charters
                                # date from these years:": the page's place owns them
                                r"|(?:Our|The\s+(?:city|town|municipality|region|district)['’]s)"
                                r"\s+[a-z])[^.;:]*:\s*$")


# A caption of ties alone over a place's page's rows, whose owner the page is: "Twin
# towns:", "Twinned towns", "Partner towns (with the year of the charter):", "Sister
# cities".
# ("Our twin and sister cities", "Partner and friendship towns": two kinds of ties over
# one table)
_BARE_TIES_CAPTION = re.compile(r"(?:Our\s+|The\s+)?(?:(?:Twin(?:ned)?|Sister|Partner|Friendship)"
                                r"\s+(?:and|&)\s+)?(?:Twin(?:ned)?|Sister|Partner|Fraternal"
                                r"|Friendship)"
                                r"[\s-]+(?:towns?|cit(?:y|ies)|municipalit(?:y|ies)|regions?"
                                r"|districts?)(?:\s*\([^()]{1,60}\))?\s*:?\s*$", re.I)


# A lead-in of a web page that points at the list below it, in a sentence of its own:
# "The list below gives our twin towns and the year each tie began."
_BELOW_LEAD_IN = re.compile(r"(?:^|(?<=[.!?]\s))(?:The|This|Our)\s+(?:list|table)\s+below\b"
                            r"[^.;:]*[.:]\s*$|(?:^|(?<=[.!?]\s))Below\s+(?:is|are)\b[^.;:]*[.:]\s*$")


def _last_sentence(line: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip())
    return parts[-1] if parts else ""


def ownerless_lead_in(line: str) -> bool:
    """Whether a lead-in over rows names no party of its own ("The partnership
    agreements were signed in the following years:").

    >>> ownerless_lead_in("The partnership agreements were signed in the following years:")
    True
    >>> ownerless_lead_in("Lida has signed the following agreements:")
    False
    """
    last = _last_sentence(line)
    return _OWNERLESS_LEAD_IN.match(line.strip()) is not None \
        or _BARE_TIES_CAPTION.fullmatch(line.strip()) is not None or (
        _BELOW_LEAD_IN.search(last) is not None and caption_of(last) is not None)


def _one_party_row(line: str) -> bool:
    s = line.strip()
    if party_document_row(s):
        return True
    return _row_shaped(s) and len(s) <= 80 and ":" not in s and not _VERB.search(s) \
        and bool(_NAME_FIRST.match(s)) \
        and not re.search(r"\b(?:and|with|between)\s+(?:the\s+)?[A-Z]", s)


# A row whose first cell names the party and whose second the document, set apart by a
# colon or a dash: "- Ostrava Region (Czechia): memorandum on mining heritage, May 2023",
# "2. Lakeland County - protocol of cooperation, signed 2022".
_PARTY_CELL = re.compile(r"(?:[-–—•*]\s+|\d{1,2}[.)]\s+)?"
                         r"(?P<cell>[A-Z\u0400-\u042f][^:;.–—]{0,80}?)"
                         r"(?:\s*:|\s+[-–—])\s+(?:an?\s+|the\s+)?")
# (up to three words of the document's own before its kind: "joint education protocol")
_DOC_WORD = re.compile(r"[a-z][\w-]*\s+")
_ROW_SENTENCE = re.compile(r"[a-z)]\.\s+[A-Z]")


def party_document_row(line: str) -> str | None:
    """The party cell of a row that names a party and then its document, else None.

    >>> party_document_row("- Ostrava Region (Czechia): memorandum on mining, May 2023")
    '- Ostrava Region (Czechia)'
    >>> party_document_row("- Ostrava Region (Czechia): trade fair visited, May 2023")
    """
    s = line.strip()
    cell = _PARTY_CELL.match(s)
    if cell is None or len(s) > 240 or _ROW_SENTENCE.search(s) or _VERB.search(cell["cell"]):
        return None
    at = cell.end()
    for _ in range(4):
        if _DOC.match(s, at):
            return s[:cell.end("cell")]
        word = _DOC_WORD.match(s, at)
        if word is None:
            return None
        at = word.end()
    return None


# A sub-heading inside a list of agreements that says the rows below it are not signed
# yet: "Planned for 2025:", "Under negotiation:", "Pipeline (2025-26):", "Outlook:".
_STATUS_LEAD = re.compile(r"(?:[-–—•*]\s+)?(?:Planned|Pipeline|Outlook|Under\s+negotiation"
                          r"|In\s+preparation|Forthcoming|Upcoming|Expected|Envisaged"
                          r"|Scheduled|Pending|To\s+be\s+signed|In\s+the\s+pipeline)\b"
                          r"[^.;:]{0,50}:\s*$", re.I)


def status_lead(line: str) -> bool:
    """Whether a line is a list's sub-heading for rows still planned ("Planned for
    2025:")."""
    return bool(_STATUS_LEAD.match(line.strip()))


# A list item that names a signing as a noun, its partner after "with" and no signer:
# "- Signature of a twinning charter with the Province of X, planned for May", "•
# Preparation of an exchange programme with Y, to be signed in autumn", "3) Renewal of
# the memorandum with Z (see 2.1)". In a region's or a firm's own report the signer is
# the one it speaks for.
_NOMINAL_SIGNING = re.compile(
    r"\s*(?:[-–—•*]|\d{1,2}[.)])?\s*(?P<act>Signature|Signing|Conclusion|Preparation"
    r"|Negotiation|Drafting|Renewal|Extension)\s+of\s+(?:the|a|an|its|our|one|two|new)\s+"
    r"(?P<doc>[^.;:]{0,90}?)\bwith\s+(?:the\s+)?(?=[A-Z])")
_EXCHANGES = re.compile(r"\bprogrammes?\s+of\s+(?:[a-z-]+\s+){0,2}exchanges?\b"
                        r"|\bexchange\s+programmes?\b", re.I)
# (the acts that are no signing yet)
_PREPARING = frozenset({"preparation", "negotiation", "drafting"})


def nominal_signing(text: str) -> tuple[int, bool] | None:
    """``(where the partner's name starts, planned)`` of an item that names a signing as
    a noun, else None.

    >>> nominal_signing("• Signature of a cooperation agreement with Lakeland County.")
    (44, False)
    >>> nominal_signing("• Visit of a delegation with Lakeland County.")
    """
    m = _NOMINAL_SIGNING.match(text)
    if m is None or not (_DOC.search(m["doc"]) or _EXCHANGES.search(m["doc"])):
        return None
    return m.end(), m["act"].lower() in _PREPARING


# A row that names its party first, then a comma, a bracket, a dash or nothing: "Kursk,
# Russia", "- Nevers (France), since 1997", "Frankfurt an der Oder (Germany)".
_NAME_FIRST = re.compile(r"(?:[-–—•*]\s+|\d{1,2}[.)]\s+)?(?:(?:[A-Z\u0400-\u042f][\w'’.-]*"
                         r"|an|der|am|de|la|le|nad|upon|on|sur|del|da|do|dos|op|aan|den)\s?){1,5}"
                         r"(?:[,(]|\s?[-–—]\s|$)")

# A source or note line under a table, no row of it.
_NOT_A_ROW = re.compile(r"(?:[-–—•*]\s+)?(?:Sources?|Notes?|Compiled|Table|Tab\.|Figure|Fig\.)\b")


def row_document(text: str, kind: str | None) -> tuple[str | None, str | None]:
    """``(kind, title)`` of the document a row names ("Tver Oblast - memorandum, 2012"),
    else the caption's kind."""
    own = _DOC.search(text)
    return (own.lastgroup, _title(text, own)) if own else (kind, None)




def caption_owner(text: str, mentions: list[Mention]) -> Mention | None:
    """The party whose relations a caption's rows list: the name after its "of".

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> t = "Twin towns of Mogilev"
    >>> caption_owner(t, find_mentions(t)).text
    'Mogilev'
    """
    with_owner = _WITH_OWNER_LEAD_IN.match(text.strip())
    if with_owner:
        # "The following towns are twinned with Lida:": the first name after "with"
        at = text.find(text.strip()) + with_owner.end("with")
        return next((m for m in mentions if m.start >= at and not m.adjectival
                     and not m.refers), None)
    of = _OWNED.search(text) or _OWNED_BY.search(text)
    if of is None:
        if not _SUBJECT_LEAD_IN.match(text.strip()):
            return None
        # "The Vitebsk Region has signed agreements with the following regions:": its
        # subject, the name it opens with (after an opening phrase set off by a comma)
        return next((m for m in mentions if not m.adjectival and not m.refers
                     and _SUBJECT_OPENING.fullmatch(text, 0, m.start)), None)
    # (where the owner's name starts: after "of", "by" or "with")
    at = of.start() + 2 if "kw" not in of.re.groupindex else \
        of.end("kw") if of.group("kw") else of.end("with")
    found = next((m for m in mentions if m.start >= at and not m.adjectival
                  and re.fullmatch(r"\s+(?:the\s+)?", text[at:m.start])), None)
    if found is None:
        # "Agreements of the Minsk Region with ...": a heading read whole as one title
        tail = text[at:]
        first = next(iter(find_mentions(tail)), None)
        if first is not None and not first.adjectival and re.fullmatch(
                r"\s+(?:the\s+)?", tail[:first.start]):
            found = replace(first, start=first.start + at, end=first.end + at)
    return found


def _headed(lines: list[str], i: int) -> bool:
    """A header line right above the rows ("Year Belarusian party Russian party
    Document") under a caption."""
    if i < 2:
        return False
    return bool(_CAPTION.search(lines[i - 2].strip())) and len(lines[i - 1].strip()) < 80


_SUPPLY_WORDS = re.compile(r"\b(?:suppl(?:y|ies)|deliveries|exports?)\s+(?:of\b|by\b|from\b)",
                           re.I)


_BESIDES = re.compile(r"^\s*(?:Besides|Apart\s+from|In\s+addition\s+to|Beyond|Other\s+than"
                     r"|Alongside)\b[^,:;]{0,60},\s*")


def caption_of(text: str) -> tuple[str, str | None, str | None] | None:
    """``(type, document kind, title)`` a caption announces, else None. Twinnings
    before agreements ("twinning agreements" are twinnings)."""
    # ("Apart from twinning, the municipality has concluded cooperation agreements:": what
    # the rows are not)
    text = _BESIDES.sub("", text, count=1)
    # ("Our partners are not twin towns. X has made deals with them:": rows a caption
    # says are no twins are what else it names, here the documents)
    denied = _NOT_TWINS.search(text) is not None
    t = None if denied else TWIN.search(text)
    # ("Belarusian exports to partner provinces": partners of a supply caption are its
    # buyers, no twins)
    if t and not (t.group(0).lower().startswith("partner") and _SUPPLY_CAPTION.search(text)):
        return "TWINNED_WITH", None, None
    if not denied and (_TOWN_PARTNERSHIPS.search(text) or _towns_friendship(text)):
        return "TWINNED_WITH", None, None
    d = _DOC.search(text)
    if d is not None:
        return "SIGNED_AGREEMENT", d.lastgroup, None
    if _SUPPLY_CAPTION.search(text) or _MARKETS_CAPTION.search(text) or customers_caption(text):
        return "SUPPLIES_TO", None, None
    return None


# "Principal customers by country", "Our largest buyers in 2024:", "Main clients per
# market": the rows name the firms the caption's owner (the report's own firm) sells to.
# (suppliers, partners or subsidiaries by country are no buyers)
_CUSTOMERS_CAPTION = re.compile(
    r"\b(?:(?:principal|main|largest|biggest|key|major|top|leading|export)\s+"
    r"(?:(?:\d+|three|five|ten|export|foreign|overseas)\s+)?(?:customers|buyers|clients)"
    r"|(?:customers|buyers|clients)\s+(?:by|per)\s+(?:country|market|destination|region))\b",
    re.I)


def customers_caption(text: str) -> bool:
    """Whether a caption heads a list of the owner's buyers (firms, each placed by its
    country and town), not of markets.

    >>> customers_caption("5.1 Principal customers by country (tonnes, 2023)")
    True
    >>> customers_caption("Principal suppliers by country")
    False
    """
    return bool(_CUSTOMERS_CAPTION.search(text))


def _towns_friendship(text: str) -> bool:
    """A friendship agreement in a caption that names no whole region ("Lida has concluded
    friendship and cooperation agreements with:"): between towns, their twinnings."""
    return not WHOLE_REGION.search(text) and any(
        "friendship" in t.group(0).lower() for t in TWIN_WEAK.finditer(text))


# "The border municipalities' partnerships include:", "Partnerships of the district's
# towns:": partnerships of towns are their twinnings (between regions they are not).
_TOWN_PARTNERSHIPS = re.compile(r"\b(?:municipalit(?:y|ies)|towns?|cit(?:y|ies))['’]?s?['’]?\s+"
                                r"(?:[a-z]+\s+)?partnerships\b|\bpartnerships\s+of\s+(?:the\s+)?"
                                r"(?:[\w'’-]+\s+){0,2}(?:municipalities|towns|cities)\b", re.I)


# "Belarusian deliveries to the regions of Siberia", "exports of the Gomel region to ...":
# rows that name where the goods went. (Imports "from" name the other side: not read.)
# "Export shipments of Amkodor by country", "Sales of X by market": the rows are the
# places the goods went to. (Imports "by country" name the other side: not read.)
_SUPPLY_CAPTION = re.compile(r"\b(?:deliveries|supplies|exports|shipments|sales)\b"
                             r"(?:\s+of\s+[^:]{1,60}?)?\s+(?:to\b|by\s+(?:(?:main|principal|major"
                             r"|leading|largest|key)\s+)?(?:countr(?:y|ies)"
                             r"|destinations?|markets?)\b)", re.I)


# "Ten largest export markets in 2024", "Main sales markets of X": the rows are markets
# that buy from the caption's owner (named after "of", else the text's own firm).
# Other words for the same: "Main foreign markets", "Key markets abroad", "Overseas sales
# destinations", "Geography of exports" (a market for imports or raw materials is none).
_MARKETS_CAPTION = re.compile(
    r"\b(?:(?:export|sales|foreign|overseas|external|international)\s+(?:sales\s+)?"
    r"(?:markets|destinations)|(?:main|key|largest|biggest|principal|top|leading)\s+"
    r"(?:(?:\d+|three|five|ten)\s+)?markets(?:\s+abroad)?|(?:markets|destinations)\s+abroad"
    r"|geography\s+of\s+(?:sales|exports|supplies|deliveries|shipments)"
    # (a list of goods, each with its markets: "principal export products and markets",
    # "Main export goods and their destinations", "flows by product and destination")
    r"|(?:export\s+)?(?:products|goods|commodities|items)\s+and\s+(?:their\s+)?"
    r"(?:markets|destinations)|(?:flows|exports|sales)\s+by\s+(?:product|commodity|goods)"
    r"\s+and\s+(?:destination|market|country))\b"
    r"(?!\s+(?:for|of)\s+(?:[a-z]+\s+)?(?:imports?|imported|raw|inputs|supplies|sourcing"
    r"|procurement|materials|components)\b)"
    r"(?:\s+of\s+(?:the\s+)?)?", re.I)


def caption_supplier(text: str, mentions: list[Mention]) -> Mention | None:
    """Who supplies what a supply caption's rows receive: the demonym or name before
    its supply word ("Belarusian deliveries to"), or the name after "of" ("exports of
    the Gomel region to").

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> t = "Belarusian deliveries to the regions of Siberia in 2019:"
    >>> caption_supplier(t, find_mentions(t)).text
    'Belarusian'
    """
    w = _SUPPLY_CAPTION.search(text)
    if w is None:
        markets = _MARKETS_CAPTION.search(text)
        owned = markets is not None and markets.group(0).rstrip().endswith(("of", "the"))
        if markets is not None and not owned:
            return _owner_before(text, mentions, markets.start())
        return next((m for m in mentions if m.start == markets.end()), None) if owned else None
    word_end = w.start() + len(w.group(0).split()[0])
    after_of = re.match(r"\s+of\s+(?:the\s+)?", text[word_end:])
    if after_of:
        return next((m for m in mentions if m.start == word_end + after_of.end()), None)
    # ("Main export markets": a heading's opener, no supplier)
    before = [m for m in mentions if m.end <= w.start() and m.text.lower() not in
              HEADER_OPENERS and re.fullmatch(r"\s*(?:[a-z]+\s+){0,2}", text[m.end:w.start()])]
    if before:
        return before[-1]
    demonym = re.search(r"\b([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}$", text[:w.start()])
    cc = DEMONYMS.get(demonym.group(1).lower()) if demonym else None
    return Mention(demonym.group(1), demonym.start(1), demonym.end(1), "Country", cc,
                   adjectival=True) if cc else None


# A caption's owner in the possessive at its opening: "Manitoba's principal export
# products and markets", "Ostland's main export markets" (a few lower-case words between).
_POSSESSIVE_OPENING = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}$")


def _owner_before(text: str, mentions: list[Mention], at: int) -> Mention | None:
    """The name that opens a markets caption in the possessive, the rows' supplier."""
    first = next((m for m in mentions if not m.refers and not m.adjectival), None)
    if first is None or text[:first.start].strip() or \
            not _POSSESSIVE_OPENING.fullmatch(text, first.end, at):
        return None
    return first


def caption_recipient(text: str, mentions: list[Mention]) -> Mention | None:
    """Who receives what a supply caption's rows supply, when the caption names it
    after its "to" ("Supplies of the region's enterprises to the Pskov Region").

    >>> from relgraph.loaders.extract.mentions import find_mentions
    >>> t = "Supplies of the region's enterprises to the Pskov Region, 2018-2020"
    >>> caption_recipient(t, find_mentions(t)).text
    'Pskov Region'
    """
    w = _SUPPLY_CAPTION.search(text)
    if w is None or not w.group(0).lower().endswith("to"):
        return None   # ("... by country": the rows are the recipients)
    to = re.match(r"\s+(?:the\s+)?", text[w.end():])
    return next((m for m in mentions if m.start == w.end() + to.end() and not m.adjectival
                 and not m.refers), None) if to else None


# What a table's header cell says: what its column holds ("Enterprise", "Main buyers
# (regions)", "Value, mln USD") or a year.
_HEADER_CELL = re.compile(
    r"\b(?:enterprises?|compan(?:y|ies)|firms?|exporters?|importers?|suppliers?|buyers?"
    r"|goods|products?|commodit(?:y|ies)|years?|dates?|documents?|values?|volumes?|shares?"
    r"|regions?|provinces?|oblasts?|partners?|countr(?:y|ies)|cit(?:y|ies)|towns?|twins?"
    r"|names?|total|mln|usd|thousands?|tonnes|since|markets?|destinations?|customers?"
    r"|revenues?"
    # (what a tie is and what is noted of it: "Kind of tie", "Type", "Notes", "Status")
    r"|kind|type|ties?|notes?|remarks?|comments?|status"
    # (when a tie began, in a table of twins: "Linked since", "Twinned in", "Year
    # established", "Signed")
    r"|linked|twinned|established|signed|agreed|concluded|founded)\b|^(?:19|20)\d\d$", re.I)


def header_row(text: str) -> bool:
    """Whether a table's first row is its header: every cell says what its column holds.

    >>> header_row("Enterprise - Goods - 2018 - 2019"), header_row("Lida - Alytus - 2004")
    (True, False)
    >>> header_row("Uzbek region - Russian partner - Year")
    True
    >>> header_row("Brest Region - Volyn Region")
    False
    """
    cells = [c.strip() for c in text.split(" - ")]
    return len(cells) >= 2 and all(_header_cell(c) for c in cells)


# A header whose first column holds where the goods went: "Market - Share of sales",
# "Export market - Revenue, %", "Destination - Tonnes". The rows are markets, whatever
# the caption above says ("Exports made up most of sales:"); a column of sources
# ("Supplier", "Origin") or of countries alone says nothing of the direction.
_MARKETS_HEADER = re.compile(r"(?:(?:export|sales|foreign|main|key)\s+)?(?:markets?|destinations?)"
                             r"(?:\s+(?:countr(?:y|ies)|abroad))?\s*$", re.I)


# A column of buyers after a column of the firms that sell to them: "Exporter - Buyer",
# "Queensland firm - Overseas buyer - Goods", "Supplier - Customer - Product".
_SELLER_CELL = re.compile(r"\b(?:exporters?|suppliers?|sellers?|producers?|firms?|compan(?:y|ies)"
                          r"|enterprises?|manufacturers?)\s*$", re.I)
_BUYER_CELL = re.compile(r"\b(?:buyers?|customers?|clients?|importers?|purchasers?)\s*$", re.I)


def sales_columns(text: str) -> bool:
    """Whether a table's first line heads a column of sellers and, right after it, one of
    their buyers: each row's pair is then a sale as well as whatever the caption says
    (a contract), the first column's firm supplying the second's.

    >>> sales_columns("Exporter - Overseas buyer - Country - Goods - Term")
    True
    >>> sales_columns("Buyer - Exporter - Goods"), sales_columns("Firm - Partner - Field")
    (False, False)
    """
    cells = [c.strip() for c in text.split(" - ")]
    return any(_SELLER_CELL.search(a) and _BUYER_CELL.search(b) and len(a.split()) <= 3
               and len(b.split()) <= 3 for a, b in zip(cells, cells[1:], strict=False))


def markets_header(text: str) -> bool:
    """Whether a table's header line says its rows are markets of the goods.

    >>> markets_header("Market - Share of sales"), markets_header("Country - Share of sales")
    (True, False)
    >>> markets_header("Goods - Main destinations - Share"), markets_header("Goods - Country")
    (True, False)
    """
    if not header_row(text):
        return False
    cells = [c.strip() for c in text.split(" - ")]
    # (or a column of goods first, each with its markets after it: "Product group -
    # Main destinations - Share of exports")
    return bool(_MARKETS_HEADER.match(cells[0])) or bool(_GOODS_CELL.fullmatch(cells[0])) \
        and any(_MARKETS_HEADER.match(c) for c in cells[1:2])


# A header cell of a column of goods: "Product group", "Goods", "Main commodities".
_GOODS_CELL = re.compile(r"(?i)(?:(?:main|export|principal)\s+)?"
                         r"(?:products?|goods|commodit(?:y|ies)|items?)"
                         r"(?:\s+(?:groups?|categor(?:y|ies)))?")


# Capitalised words a header cell may open with before what its column holds.
HEADER_OPENERS = frozenset({"main", "total", "foreign", "partner", "leading", "largest",
                             "other", "key", "export", "import", "trade", "year",
                             # ("Linked since", "Twin town", "Sister city", "Date signed")
                             "linked", "twinned", "twin", "sister", "friendship", "date",
                             "established", "signed", "agreement", "relationship"})


def _header_cell(cell: str) -> bool:
    """A cell that says what its column holds, no name: "Uzbek region", "Main buyers
    (regions)", "2019" ("Brest Region" names a region)."""
    w = _HEADER_CELL.search(cell)
    if w is None:
        return False
    before = re.findall(r"[\w'-]+", cell[:w.start()])
    # ("Region of Murcia", "City of Graz" fill a cell as a name does)
    return all(x[:1].islower() or x.lower() in DEMONYMS or x.lower() in HEADER_OPENERS
               for x in before) and not re.search(r"\d", cell[w.end():]) \
        and not _OF_NAME.match(cell, w.end())


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z\u0400-\u042f]")


# A header cell that says its column holds regions: "Uzbek region", "Main buyers
# (regions)", "Province".
_REGION_COLUMN = re.compile(r"\b(?:regions?|oblasts?|provinces?|krais?|voivodeships?)\b", re.I)
_TOWN_COLUMN = re.compile(r"\b(?:cit(?:y|ies)|towns?|municipalit(?:y|ies))\b", re.I)


def region_column(header: str) -> bool:
    """Whether a table's header line names a column of regions and none of towns: a
    bare name in its rows ("Jizzakh", "Ivanovo") is then the region."""
    return bool(_REGION_COLUMN.search(header)) and not _TOWN_COLUMN.search(header)


_BETWEEN_PAIRS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:[,;]\s*)?(?:[a-z][\w-]*\s*){0,6}"
                            r"(?:\([^()]{0,60}\)\s*)?[,;]?\s*(?:and\s+)?")
_IN_PAIR = re.compile(r"\s*(?:[-–—]|and|with|&)\s*(?:the\s+)?")


# Two names of adjacent columns read as one: "Pavlodar Region Omsk Region".
_TWO_COLUMNS = re.compile(r"(.+?\b(?:Region|Oblast|Krai|Territory|Republic|District|Province"
                          r"|Voivodeship|County|region|oblast|krai|marz|province|district))"
                          r"\s+((?:the\s+)?[A-Z\u0400-\u042f].*)")


def _columns(m: Mention) -> list[Mention]:
    two = _TWO_COLUMNS.fullmatch(m.text)
    if two is None:
        return [m]
    b_start = m.start + two.start(2)
    return [replace(m, text=two.group(1), end=m.start + two.end(1), acronym=None),
            Mention(two.group(2), b_start, m.end)]


def _pairs(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The row's parties two by two, or nothing when they do not fall into pairs."""
    if len(ms) < 2 or len(ms) % 2:
        return []
    hits = []
    for a, b in zip(ms[::2], ms[1::2], strict=True):
        gap = text[a.end:b.start]
        if not (_IN_PAIR.fullmatch(gap) or re.fullmatch(r"\s+", gap)):
            return []
        hits.append((a, b))
    for (_, b), (c, _) in zip(hits, hits[1:], strict=False):
        if not _BETWEEN_PAIRS.fullmatch(text[b.end:c.start]):
            return []
    return hits


# The gap between two cells of a row as the document writes them ("A - B - Japan").
_CELL_GAP = re.compile(r"\s+[-–—]\s+")


def _without_country_cells(text: str, ms: list[Mention]) -> list[Mention]:
    """The row's parties without a country that fills a cell of its own right after
    another party's cell ("Exporter - Buyer - Country - Goods": "A Ltd - B Co. - Japan -
    wheat"): that column only says where the party before it is. Kept when the party
    before it is itself a country (a row of two countries is their pair).

    >>> row = "Alder Mills Ltd - Kobe Flour Co. - Japan - wheat"
    >>> [m.text for m in _without_country_cells(row, find_mentions(row))]
    ['Alder Mills Ltd', 'Kobe Flour Co.']
    """
    out: list[Mention] = []
    for m in ms:
        before = out[-1] if out else None
        if before is not None and country_code(m.text) and not country_code(before.text) \
                and _CELL_GAP.fullmatch(text[before.end:m.start]):
            continue
        out.append(m)
    return out


def _owner_row(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """ "Pinsk: Kolomna (Russia), Ostrow Mazowiecka (Poland)", "Brest – Lublin (Poland),
    Siedlce (Poland)": the town before the colon or dash with each town after it; a
    bracket only says where its town is."""
    m = _OWNER_COLON.match(text) or _OWNER_DASH.match(text)
    if m is None:
        return []
    owner = next((x for x in ms if x.start == m.start("owner") and x.end <= m.end("owner")), None)
    if owner is None:
        return []
    listed = [x for x in ms if x.start >= m.end()
              and text.rfind("(", 0, x.start) <= text.rfind(")", 0, x.start)]
    return [(owner, x) for x in listed if x.key != owner.key]


def row_hits(text: str, mentions: list[Mention], rel_type: str, kind: str | None,
             confidence: float = 0.7) -> list[Hit]:
    """The pairs of one row: its parties two by two, each pair joined by a dash, "and"
    or "with" (or nothing, in a table's columns), the pairs apart by a bracket, a comma
    or the lower-case words of another column. A row whose parties do not fall into
    such pairs gives nothing."""
    ms = [part for m in mentions if not m.adjectival and not m.refers
          for part in _columns(m)]
    hits = _pairs(text, ms) or _pairs(text, _without_country_cells(text, ms))
    if not hits and rel_type == "TWINNED_WITH":
        hits = _owner_row(text, ms)
    out = []
    for a, b in hits:
        own = None
        if rel_type == "SIGNED_AGREEMENT":
            # The row's own document ("..., roadmap (2018)") else the caption's kind.
            nxt = next((m.start for m in ms if m.start > b.start), len(text))
            own = _DOC.search(text, b.end, nxt)
        k = own.lastgroup if own else kind
        title = _title(text, own) if own else None
        trigger = own.span() if own else (a.start, b.end)
        # (a row's own twinning agreement under a caption of documents: the twinning)
        twin = rel_type == "SIGNED_AGREEMENT" and own is not None and \
            TWIN.search(text, b.end, own.end()) is not None
        out.append(Hit("TWINNED_WITH" if twin else rel_type, a, b, trigger, confidence,
                       "table row", None if twin else k, None if twin else title))
    return out


# What parts the cells of a row (bars and tabs are read as dashes).
_CELL_BREAK = re.compile(r"\s+[-–—|]\s+|\t|\|")


def header_cell(text: str, m: Mention) -> bool:
    """Whether the mention ``m`` fills a whole cell of a row of three cells or more and
    says only what its column holds ("Country", "Partner region", "Year"): the header of
    a table, read as a name, is no party.

    >>> s = "Sister province - Country - Since"
    >>> header_cell(s, Mention("Country", s.index("Country"), s.index("Country") + 7))
    True
    >>> s = "Dorvik - Sweden - 1990"
    >>> header_cell(s, Mention("Sweden", s.index("Sweden"), s.index("Sweden") + 6))
    False
    """
    breaks = list(_CELL_BREAK.finditer(text))
    if len(breaks) < 2:
        return False
    starts = {0} | {b.end() for b in breaks}
    ends = {len(text.rstrip())} | {b.start() for b in breaks}
    return m.start in starts and m.end in ends and _header_cell(m.text)

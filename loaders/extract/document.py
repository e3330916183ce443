"""A document as clean running text that still knows its line numbers.

:func:`build_document` turns the lines of a file into ``Document.text`` (body prose,
one paragraph per ``\\n``) plus ``Document.line_at(offset)``, the 1-based line of the
input file each character came from. On the way it

* removes page numbers and numbered footnote blocks (the citations at a page foot),
  which PDF extraction drops into the middle of a sentence at page breaks, and turns
  them into :class:`Footnote` entries;
* records footnote references glued to words (``regions3.``, ``28And``, ``201886``)
  as :class:`FootnoteRef` and cuts them out of the prose;
* rejoins words hyphenated across lines and copes with double-spaced lines.

>>> doc = build_document(["Minsk signed it with Lyon in 2016.3 And more.", "",
...                       "3 Twins [Electronic resource]. - 2016. - URL: http://a.b/c"])
>>> doc.text
'Minsk signed it with Lyon in 2016. And more.'
>>> [(f.number, f.url) for f in doc.footnotes]
[(3, 'http://a.b/c')]
>>> doc.refs[0].number, doc.line_at(doc.text.index("Lyon"))
(3, 1)
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field

from relgraph.loaders.extract.dates import dateline_only
from relgraph.loaders.extract.entry_rows import rows as entry_rows
from relgraph.loaders.extract.normalize import clean_line, should_drop_hyphen, vocabulary
from relgraph.loaders.extract.tables import (
    bar_cells,
    barred_rows,
    column_dashes,
    markdown_cells,
    row_lines,
    spaced_rows,
    tab_cells,
    tabbed_rows,
)


@dataclass
class Footnote:
    """A numbered citation line (possibly wrapped over several lines)."""

    number: int
    text: str
    line: int
    url: str | None = None
    year: str | None = None

    @property
    def title(self) -> str:
        """The citation without its URL and the ``[Electronic resource]`` boilerplate."""
        t = re.sub(r"\s*-?\s*URL:.*$", "", self.text)
        t = re.sub(r"\[Electronic[^\]]*\]", "", t, flags=re.I)
        t = re.sub(r"(\s*[-–—.]\s*)+$", "", re.sub(r"\s*-\s*[-–—]\s*\d{4}\.?\s*$", "", t))
        t = re.sub(r"\s{2,}", " ", t).strip(" .-–—")
        return t or self.text.strip()


@dataclass
class FootnoteRef:
    """A footnote number found in the prose at ``offset`` of ``Document.text``."""

    number: int
    offset: int


@dataclass
class Document:
    text: str
    lines: array = field(repr=False, default_factory=lambda: array("i"))
    footnotes: list[Footnote] = field(default_factory=list)
    refs: list[FootnoteRef] = field(default_factory=list)
    rows: frozenset = frozenset()   # 1-based lines that are rows of a table (see .tables)
    items: frozenset = frozenset()  # 1-based lines of list items run on into their opener
    published: str | None = None    # the day its dateline dates the text (ISO)

    def line_at(self, offset: int) -> int:
        if not self.lines:
            return 1
        return self.lines[max(0, min(offset, len(self.lines) - 1))]

    def footnote(self, number: int, offset: int) -> Footnote | None:
        """The footnote a reference points at: the first one with that number defined
        after the reference (page-foot notes follow their call), else the last before."""
        best = None
        ref_line = self.line_at(offset)
        for f in self.footnotes:
            if f.number != number:
                continue
            if f.line >= ref_line:
                return f
            best = f
        return best


_RULE = re.compile(r"^[_\-–—=*·.]{5,}$")
# The marker of a list item set out on a line of its own: a dash, a bullet, "1." or "2)".
_BULLET = re.compile(r"^(?:[-–—•·▪◦*]|\d{1,2}[.)])\s+(?=\S)")
# A line set in by spaces or a tab under a list item: the item wrapped onto it.
_INDENTED = re.compile(r"^[ \t]+\S")
_PAGE_NUMBER = re.compile(r"^\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*$")
_FOOTNOTE_START = re.compile(r"^\s{0,3}(\d{1,3})\s+(?=\S)")
_MD_FOOTNOTE = re.compile(r"^\s*\[\^(\d{1,3})\]:\s*")
_CITATION_HINT = re.compile(
    r"\[Electronic|URL:|https?://|www\.|//|\bIbid\b|In the same place|\b(?:19|20)\d\d\b"
    r"|\s[-–]\s[-–]|\bP\.\s*\d|\bpp?\.\s*\d|/ [A-Z]", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+")
# The rest of a URL wrapped onto the next line: one token, or a first token with URL
# punctuation in it ("novyh-proektov-2018/.", "b/c").
_URL_REST = re.compile(r"^(?:\S+$|\S*[/=?&%#_.\-]\S*(?:\s|$))")
_YEAR = re.compile(r"[-–]\s*(?:[-–]\s*)?((?:19|20)\d\d)\s*\.")


def build_document(raw_lines: list[str]) -> Document:
    """Clean running text of ``raw_lines`` with footnotes set aside (see module doc)."""
    # A table set out in columns of spaces (a PDF's layout) keeps its cells apart: the
    # gap between two cells reads as the dash of a row ("Lida - Alytus - 2004").
    # (and one set out with tabs between its cells: "Ulm<tab>Germany<tab>1990")
    tabbed = tabbed_rows(raw_lines)
    raw_lines = [tab_cells(x) if i in tabbed else x for i, x in enumerate(raw_lines)]
    spaced = spaced_rows(raw_lines)
    raw_lines = [column_dashes(x) if i in spaced else x for i, x in enumerate(raw_lines)]
    # A table written in Markdown ("| Tartu (Estonia) | schools | 2015 |") likewise: its
    # cells set apart by dashes, its rule line ("|---|---|") blank.
    raw_lines = [markdown_cells(x) for x in raw_lines]
    # (or with bars between its cells only: "Italy | Cremona, Milan | cheese | 18.2")
    barred = barred_rows(raw_lines)
    raw_lines = [bar_cells(x) if i in barred else x for i, x in enumerate(raw_lines)]
    # A rule line ("__________") sets a page's notes apart: a blank line, not text.
    lines = ["" if _RULE.match(x) else x for x in (clean_line(x) for x in raw_lines)]
    raw_stripped = [x.rstrip("\n") for x in raw_lines]
    footnote_lines, footnotes = _find_footnotes(lines, raw_stripped)
    paragraph_gap = _paragraph_gap(lines)
    per_line = _paragraph_a_line(lines)
    vocab = vocabulary("\n".join(lines[i] for i in range(len(lines))
                                 if i not in footnote_lines))
    # Calls to notes lost in extraction are still calls: accept any number in range.
    footnote_numbers = set(range(1, max((f.number for f in footnotes), default=0) + 1))
    # Each row of a table is a paragraph of its own, not one run-on sentence.
    rows = row_lines([x if i not in footnote_lines else "" for i, x in enumerate(lines)])

    chars: list[str] = []
    where = array("i")
    blank_run = 0
    after_notes = False
    in_list: str | None = None   # the marker kind of the list being run on
    clause_list = False   # an item of the list run on was a clause of its own
    items: set[int] = set()
    last_item = ""   # the text of the list's last item
    titled = False
    named_heading = False   # the line before was a heading of names ("Italy, France")
    first_title = ""   # the last word of a first line that may be a title
    after_item = False   # the line before was a list item's (its first or a wrapped one)

    def emit(text: str, line_no: int):
        chars.append(text)
        where.extend([line_no] * len(text))

    for i, line in enumerate(lines):
        line_no = i + 1
        if i in footnote_lines:
            after_notes = True  # a page foot inside a sentence must not break it
            continue
        if not line:
            blank_run += 1
            continue
        if _PAGE_NUMBER.match(line):
            continue
        if per_line and chars:
            # (a text written a paragraph a line: each line break ends a paragraph, so a
            # heading or a row does not run into the sentence under it)
            blank_run = max(blank_run, paragraph_gap)
        item = _BULLET.match(line) if i not in rows else None
        last = "".join(chars[-1:]).rstrip()
        if item and chars and (last.endswith(":") or in_list == _marker(item) and not (
                blank_run and last.endswith((".", "!", "?")))):
            # A list set out one item a line ("is twinned with:", then "- Vaasa, Finland"
            # and "- Kalmar, Sweden"): the items run on in the sentence that opens them,
            # as a writer would put them in prose, each keeping its own line.
            _rstrip(chars, where)
            stop = _ITEM_STOP.search(chars[-1])
            clause_list = bool(in_list) and (clause_list or _clause_item(last_item))
            if in_list and stop and ":" not in last_item and not clause_list:
                # "- MAZ;" "- BelAZ; and": the semicolon only ends the item; an item with
                # a colon of its own ("tyres: Russia and Kazakhstan;") keeps it, its
                # records apart, and so does an item with a verb of its own ("- A ships
                # peas to B;" "- C sold wine to D"): each is a clause, whose parties
                # pair with nobody in the next (and the items after it keep theirs: one
                # list, one kind of separator)
                before = where[-1]
                for _ in stop.group(0):
                    _pop_char(chars, where)
                if stop.group(1):
                    emit(" " + stop.group(1), before)
            emit(" " if chars[-1].endswith((":", ";", ",", ".", "!", "?", " and", " or"))
                 else ", ", line_no)
            last_item = line[item.end():]
            emit(last_item, line_no)
            items.add(line_no)
            in_list, blank_run, after_notes = _marker(item), 0, False
            continue
        if in_list and not blank_run and _INDENTED.match(raw_stripped[i]):
            # An item wrapped onto an indented line ("- X receives ore from the Kazakh" /
            # "    producer Y"): the same item goes on, its words kept together (the
            # break had cut a firm from its description).
            if not "".join(chars[-1:]).endswith((" ", "\n")):
                emit(" ", line_no)
            last_item += " " + line
            emit(line, line_no)
            continue
        if in_list:
            # the list ends its sentence: what follows starts anew
            in_list, blank_run = None, max(blank_run, paragraph_gap)
        if chars and after_notes:
            # Blank lines around a page foot say nothing; a paragraph ends there only
            # if the text before it ended a sentence and the next line starts anew.
            ended = "".join(chars[-1:]).rstrip().endswith((".", "!", "?", ":"))
            blank_run = paragraph_gap if ended and line[:1].isupper() else 0
        after_notes = False
        # (read before the separator goes in: a title line after a finished sentence)
        ended = bool(chars) and chars[-1].rstrip().endswith((".", "!", "?", ":"))
        # "1. Grodno Region" over "- Lida and Alytus: twin towns", or "- ... signed in
        # 2023." over "- Slonim and Druskininkai ...": an item set out on a line of its
        # own after a heading item or a finished one opens a paragraph, not a wrapped line
        # (items that a semicolon or a comma joins, and items after prose, run on as
        # before)
        opens_item = item is not None and after_item and not "".join(
            chars[-1:]).rstrip().endswith((";", ",", " and", " or"))
        after_item = item is not None or (after_item and not blank_run and not opens_item)
        byline = _BYLINE.fullmatch(line.strip()) is not None
        if chars:
            if blank_run >= paragraph_gap or i in rows or i - 1 in rows or opens_item or \
                    byline or (
                    titled and (line[:1].isupper() or item is not None)) or (
                    named_heading and item is not None) or (
                    first_title and line.split()[:1] == [first_title]) or \
                    _deck_line(lines, i):
                _rstrip(chars, where)
                emit("\n", line_no)
            else:
                prev = "".join(chars[-1:])
                if prev.endswith("-") and _joinable(chars, line, vocab):
                    if _drop_hyphen(chars, line, vocab):
                        _pop_char(chars, where)
                elif not prev.endswith(("\n", " ")):
                    emit(" ", line_no)
        # "Tampere" over "Tampere is the third largest city": a title line of its own
        # (after a paragraph break or a finished sentence), not one name "Tampere Tampere"
        # (the text's first line is as often the start of a wrapped sentence)
        stripped = line.strip()
        # ("Twin towns of Polotsk" over "Polotsk is twinned ...": the first line is a
        # title when the next opens with the name it ends in)
        first_title = stripped.split()[-1] if not chars and stripped and \
            _TITLE_LINE.fullmatch(stripped) and stripped.split()[-1][:1].isupper() else ""
        # ("Italy, France, Czech Republic" over "* Vercelli (Italy) - ...": a heading
        # of names over a list's items)
        named_heading = bool(_NAMES_LINE.fullmatch(stripped)) and (
            not chars or blank_run >= paragraph_gap or chars[-1] == "\n" or ended)
        titled = byline or (bool(chars) and bool(_TITLE_LINE.fullmatch(stripped))
                            or headline_line(stripped) or dateline_only(stripped)
                            or bool(entry_rows(stripped))) and (
            not chars or blank_run >= paragraph_gap or chars[-1] == "\n" or ended)
        blank_run = 0
        # (an item's marker is no part of its sentence)
        emit(line, line_no)
    text = "".join(chars)
    text, where, refs = _cut_refs(text, where, footnote_numbers)
    return Document(text, where, footnotes, refs, frozenset(i + 1 for i in rows),
                    frozenset(items))


_ITEM_STOP = re.compile(r";\s*(and|or)?$")


# A news item's deck: the line under its headline that sums up more of it ("Two towns
# sign deals with partners abroad" over "Lyon and Turin among them as visit ends").
# Neither closes with a stop, yet they are two lines of their own, not one wrapped
# sentence: a deck read as the headline's tail lends its names to the headline's vague
# plural ("with foreign partners Lyon, Turin").
_DECK_TOP = 4   # the headline and its deck open the text
_DECK_WORDS = 20
_OPEN_END = (".", ",", ";", ":", "!", "?", "-", "–", "—")


def _deck_line(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is a deck under the headline on the line above: both near
    the top, each short and unclosed (no stop, no function word at its end), the
    headline first or after a blank line, the deck opening with a capital and a blank
    line (or the text's end) after it. A sentence wrapped over two lines ends with its
    stop, or its first line on a function word."""
    if not 1 <= i < _DECK_TOP:
        return False
    head, deck = lines[i - 1].strip(), lines[i].strip()
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if not head or after or (i >= 2 and lines[i - 2].strip()):
        return False
    return deck[:1].isupper() and all(_unclosed_line(x) for x in (head, deck))


def _unclosed_line(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= _DECK_WORDS and not line.endswith(_OPEN_END) \
        and words[-1].lower() not in _DECK_SMALL


_DECK_SMALL = frozenset(
    "a an and as at by for from in into of on or over the to via vs with its their our"
    .split())


# A finite verb in a list item: the item is a clause of its own (as
# ``coordination._FINITE`` reads one).
_ITEM_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|signed|concluded|became"
                        r"|supplies|exports|ships|sells|buys|sold|bought|imports|delivers"
                        r"|[a-z]{3,}ed)\b")


def _clause_item(item: str) -> bool:
    """``item`` (a list item's text) states a clause of its own: a finite verb in it."""
    return _ITEM_VERB.search(item) is not None


# A line of capitalised names alone, set apart by commas or "and": "Italy, France, Czech
# Republic", "Estonia and Finland".
# A byline on a line of its own ("Interview by Anna Kovalenko", "By John Smith", "Text
# and photos: Ivan Petrov"): the author's name is no part of the title above it or of
# the sentence below it (it was read as one name with the interviewee's).
_BYLINE = re.compile(r"(?:(?:Interview(?:ed)?|Text|Report(?:ed)?|Written|Photos?|Story"
                     r"|Compiled)(?:\s+and\s+photos?)?\s*(?:by\b|:)|By\b)\s*"
                     r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
_NAMES_LINE = re.compile(r"[A-Z][\w'’-]*(?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w'’-]*){0,7}")


def _marker(item: re.Match) -> str:
    """A list's kind of marker: items of one list share it ("1." and "2)" are one kind)."""
    return "number" if item.group(0)[0].isdigit() else item.group(0)[0]


# A short title line: "Tampere", "1. Twinning", "International relations" (no sentence
# punctuation or function word at its end, at most five words, the first capitalised or
# numbered): the
# next line that opens with a capital starts a paragraph.
# (a numbered part's word may go before the title: "Slide 6. Mongolia and China",
# "Section 2. Exports")
_TITLE_LINE = re.compile(r"(?:(?:[A-Z][a-z]+\s+)?\d+(?:\.\d+)*\.?\s+)?"
                         r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}"
                         # (a line that ends on a function word was wrapped mid-sentence)
                         r"(?<!\sthe)(?<!\sof)(?<!\sand)(?<!\sto)(?<!\sin)(?<!\sfor)"
                         r"(?<!\swith)(?<!\sa)(?<!\san)(?<!\son)(?<!\sat)(?<!\sby)(?<!\sfrom)")


# A headline in Title Case or capitals ("Belarusian Tractor Maker Ships To Kenya",
# "BREST AND LUBLIN SIGN AGREEMENT", "About Gomselmash"): every word capitalised but
# the small ones, none at its end, no closing stop. It stands alone even as the text's
# first line (a wrapped sentence's first line has lower-case words) and is no part of
# a name on the next line ("Kenya Minsk Tractor Works").
_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or over the to via vs with".split())
_INNER_STOP = re.compile(r"[a-z0-9][.!?]\s|\s{3,}")
_HEADLINE_WORD = re.compile(r"[A-Z0-9\"“‘'(][\w'’.&\"”)-]*|[-–—&:|]")


def headline_line(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 14 or line.endswith((".", ",", ";", "!", "?")):
        return False
    if _INNER_STOP.search(line):
        return False   # "... in 2017. The Belarusian State": a wrapped run of sentences
    if words[-1].lower() in _SMALL_WORDS:
        return False
    return all(_HEADLINE_WORD.fullmatch(w) or w in _SMALL_WORDS for w in words)


def _rstrip(chars, where):
    while chars and chars[-1].endswith(" "):
        last = chars.pop()
        stripped = last.rstrip(" ")
        del where[len(where) - (len(last) - len(stripped)):]
        if stripped:
            chars.append(stripped)
            break


def _pop_char(chars, where):
    last = chars.pop()
    if len(last) > 1:
        chars.append(last[:-1])
    del where[-1]


_TAIL_WORD = re.compile(r"([A-Za-z\u00c0-\u024f\u0400-\u04ff]+)-$")
_HEAD_WORD = re.compile(r"^([a-z\u00df-\u024f\u0430-\u04ff]+)")


def _joinable(chars, line, vocab) -> bool:
    return bool(_TAIL_WORD.search(chars[-1]) and _HEAD_WORD.match(line))


def _drop_hyphen(chars, line, vocab) -> bool:
    return should_drop_hyphen(_TAIL_WORD.search(chars[-1]).group(1),
                              _HEAD_WORD.match(line).group(1), vocab)


def _paragraph_gap(lines: list[str]) -> int:
    """Blank lines that make a paragraph break: 1, or 2 in double-spaced text (where
    nearly every text line is followed by a blank one, and the blank lines fall inside
    sentences as well: a text of one-line paragraphs, headings and items set apart by
    blank lines, as a web page or a report is written, is not double-spaced)."""
    text_lines = sum(1 for x in lines if x)
    singles = [i for i in range(1, len(lines) - 1)
               if not lines[i] and lines[i - 1] and lines[i + 1]]
    inside = sum(1 for i in singles if _MID_SENTENCE.search(lines[i - 1])
                 and lines[i + 1][:1].islower() or lines[i - 1].rstrip().endswith(("-", ",")))
    return 2 if text_lines > 10 and len(singles) > 0.6 * text_lines \
        and inside * 5 >= len(singles) else 1


def _paragraph_a_line(lines: list[str]) -> bool:
    """Whether a text is written a paragraph a line with no blank line between (as a web
    page or an interview is often copied): no blank line inside it, no line wrapped
    mid-sentence (one ending without a stop over a line in lower case, or one ending in
    a hyphen or comma), and some lines too long to be a wrapped text's."""
    text = [x for x in lines if x.strip()]
    start = next((i for i, x in enumerate(lines) if x.strip()), 0)
    end = len(lines) - next((i for i, x in enumerate(reversed(lines)) if x.strip()), 0)
    if len(text) < 5 or any(not x.strip() for x in lines[start:end]):
        return False
    if sum(1 for x in text if len(x) > _LONG_LINE) < 2:
        return False
    return not any(_MID_SENTENCE.search(a) and b.strip()[:1].islower()
                   or a.rstrip().endswith(("-", ","))
                   for a, b in zip(text, text[1:], strict=False))


_LONG_LINE = 120   # characters: longer than a wrapped text's lines


# A line that does not end a sentence (no stop, colon or closing quote or bracket).
_MID_SENTENCE = re.compile(r"[^.!?:;\"”’)\]]\s*$")


def _find_footnotes(lines: list[str], raw: list[str]) -> tuple[set[int], list[Footnote]]:
    """Indexes of footnote lines, and the footnotes they hold.

    A footnote starts a line with its number and reads like a citation; its block is
    introduced by a blank line or follows another footnote (under a rule line it may
    be any gloss, no citation needed), and it continues on the
    lines after it until a blank line, a page number, or a line that starts with
    whitespace in the raw text (PDF extraction indents the body resuming after a
    page foot)."""
    taken: set[int] = set()
    notes: list[Footnote] = []
    current: Footnote | None = None
    last_number = 0
    ruled = False   # the block under a page's rule line: its notes need no citation hint
    for i, line in enumerate(lines):
        md = _MD_FOOTNOTE.match(raw[i])
        m = _FOOTNOTE_START.match(line)
        starts = False
        if md:
            number, rest = int(md.group(1)), raw[i][md.end():]
            starts = True
        elif m:
            number, rest = int(m.group(1)), line[m.end():]
            prev_blank = i == 0 or not lines[i - 1] or (i - 1) in taken
            # Numbers run on through the document (some notes get lost in extraction)
            # or restart at 1 in a new chapter.
            plausible = number == 1 or last_number - 2 <= number <= last_number + 25
            # A rule line is the page's own mark of its notes: a note under it may be a
            # gloss or an archive's shelf mark ("f. 12, op. 3"), with no citation hint.
            ruled = bool(i and _RULE.match(raw[i - 1].strip())) or (ruled and (i - 1) in taken)
            starts = prev_blank and plausible and (ruled or bool(_CITATION_HINT.search(
                " ".join([rest] + lines[i + 1:i + 3]))))
        if starts:
            current = Footnote(number, clean_line(rest), i + 1)
            notes.append(current)
            taken.add(i)
            last_number = max(last_number, number)
            continue
        if current is not None:
            resumes_body = raw[i][:1].isspace() and not _URL.match(line)
            url_open = _url_open(current.text)
            # A citation ends with its URL: after a complete URL, or when the next line
            # reads as prose rather than the rest of a URL, the body resumes.
            if url_open and not _URL_REST.match(line):
                resumes_body = True
            elif not url_open and _URL.search(current.text) and not _URL.match(line):
                resumes_body = True
            if not line or _PAGE_NUMBER.match(line) or resumes_body:
                current = None
                continue
            sep = "" if url_open else " "
            current.text = current.text + sep + line
            taken.add(i)
    for f in notes:
        url = _URL.search(f.text)
        if url:
            f.url = url.group(0).rstrip(".,;")
        year = _YEAR.search(f.text)
        if year:
            f.year = year.group(1)
    return taken, notes


def _url_open(text: str) -> bool:
    """True when ``text`` ends inside a URL that the next line continues."""
    m = re.search(r"(?:https?://|www\.)\S*$", text)
    return bool(m) and not text.endswith((".", ". "))


# A footnote number glued after a word or closing quote/period ("regions3.", 'media"31'),
# before a word ("28And", "4create"), or after a year ("201886").
_REF_AFTER = re.compile(r"(?<=[A-Za-z\u00c0-\u024f\u0400-\u04ff.,;:\"')\]])(\d{1,3})(?=[\s.,;:\"')\]]|$)")  # noqa: E501
# "3.5 billion", "38,1 thousand": decimals, not a call after a number ("in 2018.3 Then").
_DECIMAL = re.compile(r"\d[.,]$")
# A call after a word or a sentence's full stop, before the next word ("Belarus.6 The").
# After a year's full stop only before a capital ("in 2014.4 The"; "2014.4 tonnes" is a
# number).
_CALL_AFTER_STOP = re.compile(r"(?:(?<=[A-Za-z\u00c0-\u024f\u0400-\u04ff)][.,;:])"
                              r"|(?<=[a-z\u00e0-\u024f]))(\d{1,3})(?=\s)"
                              r"|(?<=\d\d[.;])(\d{1,3})(?=\s+[A-Z])")
_CONTINUES_LOWER = re.compile(r"\s*[a-z%$€]")
_SECTION_END = re.compile(r"\.\s+[A-Z]")
_REF_BEFORE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[\"']))(\d{1,3})(?=[A-Za-z][a-z])(?!st\b|nd\b|rd\b|th\b|s\b)")  # noqa: E501
_REF_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,3})(?=[\s.,;:\"')]|$)")


def _calls_run_on(text: str, numbers: set[int]) -> set[int]:
    """``numbers`` and the calls that go on past them in order: a chapter whose notes
    were cut off after the fifth ("... Belarus.6 The Yaroslavl Region ...", ".7", ".8")
    still calls them, one after another (one lost between two at most); a number glued
    after a word that does not follow the last call ("in 2018.3 Then" after call 12,
    "Terminal 40 is") is no call."""
    if not numbers:
        return numbers
    more, last = set(), 0
    for m in _CALL_AFTER_STOP.finditer(text):
        n = int(m.group(1) or m.group(2))
        if n in numbers:
            last = max(last, n)
        elif last >= max(numbers) - 1 and last < n <= last + 2:
            more.add(n)
            last = n
    return numbers | more


def _cut_refs(text: str, where: array, numbers: set[int]):
    """Remove footnote calls from ``text``; returns new text, line map and refs."""
    numbers = _calls_run_on(text, numbers)
    spans = []
    for rx in (_REF_AFTER, _REF_BEFORE):
        for m in rx.finditer(text):
            if rx is _REF_AFTER and _DECIMAL.search(text, max(0, m.start() - 2), m.start()) \
                    and (_CONTINUES_LOWER.match(text, m.end())
                         or _SECTION_END.match(text, m.end())):
                continue   # (a decimal, or a section's number: "4.2. Exports")
            if int(m.group(1)) in numbers:
                spans.append((m.start(1), m.end(1), int(m.group(1))))
    for m in _REF_YEAR.finditer(text):
        if int(m.group(2)) in numbers:
            spans.append((m.start(2), m.end(2), int(m.group(2))))
    if not spans:
        return text, where, []
    spans.sort()
    out, out_where, refs, pos = [], array("i"), [], 0
    for start, end, number in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        out_where.extend(where[pos:start])
        new_offset = sum(len(x) for x in out)
        refs.append(FootnoteRef(number, new_offset))
        pos = end
        # "28And" -> "And": keep a space between the cut call and the next word.
        if end < len(text) and text[end].isalpha() and (start == 0 or not text[start - 1].isalpha()):  # noqa: E501
            pass
    out.append(text[pos:])
    out_where.extend(where[pos:])
    return "".join(out), out_where, refs

"""Relations from texts: twinnings, agreements and supplies found in .txt/.md/.pdf
files, as reviewable candidates with evidence (file, line, quote) and footnote sources.

>>> from relgraph.loaders.extract import extract_text
>>> ex = extract_text("In 2016 Mogilev signed an agreement with Kaluga.", resolver=None)
>>> ex.candidates[0]["type"], ex.candidates[0]["document"]["kind"]
('SIGNED_AGREEMENT', 'agreement')
"""

from relgraph.loaders.regex_cache import cached_compiles

# The rule modules compile some 800 patterns at import: kept compiled between runs.
with cached_compiles():
    from relgraph.loaders.extract.pipeline import (
        Extraction,
        extract_file,
        extract_lines,
        extract_text,
    )
    from relgraph.loaders.extract.records import candidates_to_records, is_candidates_file

__all__ = ["Extraction", "extract_file", "extract_lines", "extract_text",
           "candidates_to_records", "is_candidates_file"]

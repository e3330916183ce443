"""The progress bar: drawn on a terminal once a step runs long, never elsewhere."""

from __future__ import annotations

import io

from relgraph.cli.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_step_on_a_terminal_draws_a_bar():
    out = Terminal()
    progress = Progress(out, delay=0)
    progress.begin("Reading", 100)
    for _ in range(10):
        progress.advance(10)
    progress.end()
    assert "Reading" in out.getvalue() and "100%" in out.getvalue()


def test_nothing_is_drawn_off_a_terminal_or_for_a_short_step():
    piped = io.StringIO()
    progress = Progress(piped, delay=0)
    progress.begin("Reading", 100)
    progress.advance(100)
    progress.end()
    quick = Terminal()
    progress = Progress(quick, delay=60)
    progress.begin("Reading", 100)
    progress.advance(100)
    progress.end()
    assert piped.getvalue() == "" and quick.getvalue() == ""

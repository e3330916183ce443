"""The progress bar: drawn on a terminal once a step runs long, never elsewhere."""

from __future__ import annotations

import io
import time

from relgraph.cli.progress import Progress, Steps


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


def test_steps_draw_on_a_terminal_once_slow_and_leave_a_clean_line():
    out = Terminal()
    steps = Steps(["Reading the graph", "Computing"], out, delay=0, interval=0.01)
    with steps.step("Reading the graph"):
        time.sleep(0.05)
    assert "Reading the graph" in out.getvalue() and "0/2" in out.getvalue()
    with steps.step("Computing"):
        time.sleep(0.05)
    assert "1/2" in out.getvalue()
    assert out.getvalue().endswith("\r")     # wiped: the table starts on a clean line


def test_steps_draw_nothing_off_a_terminal_or_when_quick():
    piped, quick = io.StringIO(), Terminal()
    for stream, delay in ((piped, 0), (quick, 60)):
        steps = Steps(["Reading the graph"], stream, delay=delay, interval=0.01)
        with steps.step("Reading the graph"):
            time.sleep(0.05)
    assert piped.getvalue() == "" and quick.getvalue() == ""

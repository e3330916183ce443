"""A progress bar on the terminal for the steps that take a while.

Nothing is drawn when stderr is not a terminal (pipes, files, tests), nor for a step
that ends within :attr:`Progress.delay` seconds: short commands stay quiet.
"""

from __future__ import annotations

import sys
import time

import click


class Progress:
    """Steps (``begin(label, total)``) advanced by ``advance(n)``; a bar appears
    once a step has run ``delay`` seconds."""

    def __init__(self, stream=None, *, delay: float = 2.0):
        self.stream = stream or sys.stderr
        self.delay = delay
        self.bar = None
        self.label = ""
        self.total = 0
        self.done = 0
        self.started = time.monotonic()

    @property
    def on_terminal(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def begin(self, label: str, total: int) -> None:
        self.end()
        self.label, self.total, self.done = label, total, 0
        self.started = time.monotonic()

    def advance(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif (self.total > 0 and self.on_terminal
              and time.monotonic() - self.started >= self.delay):
            self.bar = click.progressbar(length=self.total, label=self.label,
                                         file=self.stream)
            self.bar.is_hidden = False    # we checked the terminal ourselves
            self.bar.__enter__()
            self.bar.update(min(self.done, self.total))

    def end(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

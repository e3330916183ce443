"""Progress bars on the terminal for the steps that take a while: :class:`Progress`
for work counted in units (rows, bytes), :class:`Steps` for a command's steps.

Nothing is drawn when stderr is not a terminal (pipes, files, tests), nor for a step
that ends within :attr:`Progress.delay` seconds: short commands stay quiet.
"""

from __future__ import annotations

import contextlib
import sys
import threading
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


class Steps:
    """A bar over a command's steps whose sizes nobody knows in advance (read the
    graph, compute, write): the step running, how many are done and the seconds so
    far, redrawn twice a second once the command has run ``delay`` seconds, on a
    terminal only.

    >>> import io
    >>> steps = Steps(["Reading the graph", "Computing"], io.StringIO(), delay=0)
    >>> with steps.step("Reading the graph"):
    ...     pass
    >>> steps.stream.getvalue()    # not a terminal: nothing drawn
    ''
    """

    WIDTH = 20

    def __init__(self, labels: list[str], stream=None, *, delay: float = 2.0,
                 interval: float = 0.5):
        self.total = max(len(labels), 1)
        self.stream = stream or sys.stderr
        self.delay, self.interval = delay, interval
        self.done = 0
        self.label = ""
        self.started = time.monotonic()
        self.drawn = 0

    @property
    def on_terminal(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def line(self) -> str:
        filled = self.WIDTH * self.done // self.total
        return (f"{self.label}  [{'#' * filled}{'-' * (self.WIDTH - filled)}]  "
                f"{self.done}/{self.total}  {time.monotonic() - self.started:.0f} s")

    def _draw(self) -> None:
        text = self.line()
        self.stream.write("\r" + text.ljust(self.drawn))
        self.stream.flush()
        self.drawn = len(text)

    @contextlib.contextmanager
    def step(self, label: str):
        """Run the block as the next step, called ``label``."""
        self.label = label
        stop = threading.Event()
        painter = None
        if self.on_terminal:
            def paint():
                if stop.wait(max(0.0, self.started + self.delay - time.monotonic())):
                    return
                while True:
                    self._draw()
                    if stop.wait(self.interval):
                        return
            painter = threading.Thread(target=paint, daemon=True)
            painter.start()
        ok = False
        try:
            yield
            ok = True
        finally:
            stop.set()
            if painter is not None:
                painter.join()
            self.done += 1
            if self.drawn:
                if ok and self.done < self.total:
                    self._draw()
                else:       # the last step, or a failure: a clean line for the output
                    self.stream.write("\r" + " " * self.drawn + "\r")
                    self.stream.flush()
                    self.drawn = 0

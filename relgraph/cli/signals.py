"""Stopping a long command cleanly on Ctrl-C or SIGTERM.

Inside :func:`interruptible`, the first SIGINT or SIGTERM only sets a flag; the command
calls ``check()`` between its steps (a load: after each batch it wrote, which is a
transaction of its own) and stops there with :class:`Interrupted`. A second signal
stops at once.
"""

from __future__ import annotations

import contextlib
import signal

from relgraph.graph.errors import Interrupted


class Stop:
    def __init__(self):
        self.signum: int | None = None

    def check(self) -> None:
        if self.signum is not None:
            raise Interrupted("interrupted before anything was written", signum=self.signum)


@contextlib.contextmanager
def interruptible():
    """Yield a :class:`Stop` whose ``check()`` raises once a signal came."""
    stop = Stop()

    def handler(signum, frame):
        if stop.signum is not None:     # asked twice: now
            raise Interrupted(signum=signum)
        stop.signum = signum

    previous = {}
    try:
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, handler)
    except ValueError:   # not the main thread: signals stay as they are
        pass
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)

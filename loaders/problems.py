"""Problems found in input: where (file, line, column) and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One reason a row cannot be loaded, printed as ``FILE:LINE: column: reason``."""

    file: str
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.column:
            return f"{where}: {self.column}: {self.reason}"
        return f"{where}: {self.reason}"

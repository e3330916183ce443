"""Cypher scripts: several statements separated by ``;``, run in order, many to a
transaction."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from relgraph.graph.errors import QueryError


@dataclass(frozen=True)
class ScriptStatement:
    text: str
    line: int   # 1-based line where the statement starts


# The characters where splitting decides something; everything between them is copied
# in one slice (a script of a million statements splits in seconds, not minutes).
_NEXT = re.compile(r"[;'\"`]|//|/\*")
_CLOSE = {"'": re.compile(r"\\.|'", re.S), '"': re.compile(r'\\.|"', re.S),
          "`": re.compile("`")}
_SKIP = re.compile(r"(?:\s+|//[^\n]*|/\*.*?(?:\*/|\Z))*", re.S)


def split_statements(script: str) -> list[ScriptStatement]:
    """Split on ``;`` outside strings, backtick names and comments; each statement keeps
    its comments, and its line is where its code starts.

    >>> [(s.text, s.line) for s in split_statements("RETURN 1;\\n// c;\\nRETURN ';' AS x;")]
    [('RETURN 1', 1), ("// c;\\nRETURN ';' AS x", 3)]
    """
    out: list[ScriptStatement] = []
    counted = [0, 1]   # a position and the line it is on, so lines are counted once

    def emit(start: int, end: int) -> None:
        raw = script[start:end]
        text = raw.strip()
        if not text or all(_is_comment(line) for line in text.splitlines()):
            return
        code = start + _SKIP.match(raw).end()
        counted[1] += script.count("\n", counted[0], code)
        counted[0] = code
        out.append(ScriptStatement(text, counted[1]))

    n = len(script)
    start = pos = 0
    while (m := _NEXT.search(script, pos)) is not None:
        token = m.group()
        if token == ";":
            emit(start, m.start())
            start = pos = m.end()
        elif token == "//":
            end = script.find("\n", m.end())
            pos = n if end == -1 else end
        elif token == "/*":
            end = script.find("*/", m.end())
            pos = n if end == -1 else end + 2
        else:
            pos = n   # an unclosed quote runs to the end
            at = m.end()
            while (c := _CLOSE[token].search(script, at)) is not None:
                if c.group() == token:
                    pos = c.end()
                    break
                at = c.end()   # a backslash escape: skip the escaped character
    emit(start, n)
    return out


def _is_comment(line: str) -> bool:
    s = line.strip()
    return not s or s.startswith("//")


# Statements that may not share a transaction with others: schema changes (Neo4j refuses
# data writes after one in the same transaction) and those that commit by themselves.
_ALONE = re.compile(r"^\s*(?:CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?"
                    r"(?:CONSTRAINT|(?:RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)?\s*INDEX)"
                    r"|\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b|\bPERIODIC\s+COMMIT\b",
                    re.IGNORECASE)
STATEMENTS_PER_TRANSACTION = 500


@dataclass
class ScriptReport:
    """What a script run did: statements run, transactions, rows returned, counters."""

    statements: int = 0
    transactions: int = 0
    rows: int = 0
    counters: Counter = field(default_factory=Counter)

    def summary_rows(self) -> list[dict]:
        """One row per figure, for the CLI formatter."""
        return [{"what": "statements", "count": self.statements},
                {"what": "transactions", "count": self.transactions},
                {"what": "rows returned", "count": self.rows},
                *({"what": name.replace("_", " "), "count": n}
                  for name, n in self.counters.items())]

    def _add(self, results) -> None:
        self.statements += len(results)
        self.transactions += 1
        for result in results:
            self.rows += result.rows
            self.counters.update(result.counters)


def needs_own_transaction(text: str) -> bool:
    """Schema changes and self-committing statements run alone.

    >>> needs_own_transaction("CREATE CONSTRAINT c FOR (n:City) REQUIRE n.id IS UNIQUE")
    True
    >>> needs_own_transaction("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS")
    True
    >>> needs_own_transaction("MERGE (n:City {id: 'create index'})")
    False
    """
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    return bool(_ALONE.search(body))


def transactions_of(statements: list[ScriptStatement], size: int = STATEMENTS_PER_TRANSACTION):
    """Consecutive statements grouped into transactions: up to ``size`` ordinary ones
    together, schema changes each alone. Yields (first index, statements, together)."""
    group: list[ScriptStatement] = []
    first = 0
    for i, st in enumerate(statements):
        if needs_own_transaction(st.text):
            if group:
                yield first, group, True
            yield i, [st], False
            group, first = [], i + 1
            continue
        if not group:
            first = i
        group.append(st)
        if len(group) == size:
            yield first, group, True
            group = []
    if group:
        yield first, group, True


def run_script(store, script: str, params: dict | None = None, *, origin: str = "script",
               progress: Callable[[int], None] | None = None,
               on_total: Callable[[int], None] | None = None,
               size: int = STATEMENTS_PER_TRANSACTION) -> ScriptReport:
    """Run every statement of ``script`` in order, many to a transaction.

    When statement N fails, the statements before it are committed (those of its own
    transaction are run again without it) and nothing from N on is: the same outcome
    as running them one by one, in a fraction of the round trips. The error names the
    statement's line and says what was committed. ``on_total`` is told the number of
    statements, ``progress`` each one run.
    """
    from relgraph.graph.errors import ConnectionFailed
    from relgraph.graph.store import StatementFailed

    statements = split_statements(script)
    if on_total:
        on_total(len(statements))
    report = ScriptReport()
    for first, group, together in transactions_of(statements, size):
        try:
            report._add(store.run_statements([st.text for st in group], params,
                                             transaction=together, progress=progress))
            continue
        except StatementFailed as failure:
            failed = first + failure.index
            reason = str(failure)
        except ConnectionFailed as e:
            raise ConnectionFailed(str(e), hint=f"{_committed(first)}; statements {first + 1}"
                                   f"-{min(first + len(group), len(statements))} may not "
                                   "have been, and none after them ran") from e
        committed = first if together else failed
        if failed > first and together:
            # Commit the statements of this transaction that ran before the failure.
            try:
                report._add(store.run_statements([st.text for st in group[:failed - first]],
                                                 params, transaction=True))
                committed = failed
            except StatementFailed:
                pass
        elif failed > first:
            report.statements += failed - first
        st = statements[failed]
        rolled_back = (f"; statements {committed + 1}-{failed} were rolled back"
                       if committed < failed else "")
        raise QueryError(f"{origin}:{st.line}: statement {failed + 1} of {len(statements)} "
                         f"failed: {reason}",
                         hint=f"{_committed(committed)}{rolled_back}; the "
                              f"{len(statements) - failed - 1} statement(s) after it were "
                              "not run")
    return report


def _committed(n: int) -> str:
    return ("nothing was committed" if n == 0 else "statement 1 was committed" if n == 1
            else f"statements 1-{n} were committed")

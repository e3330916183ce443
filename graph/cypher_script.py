"""Cypher scripts: several statements separated by ``;``, run in order."""

from __future__ import annotations

from dataclasses import dataclass

from relgraph.graph.errors import QueryError


@dataclass(frozen=True)
class ScriptStatement:
    text: str
    line: int   # 1-based line where the statement starts


def split_statements(script: str) -> list[ScriptStatement]:
    """Split on ``;`` outside strings, backtick names and comments.

    >>> [(s.text, s.line) for s in split_statements("RETURN 1;\\n// c;\\nRETURN ';' AS x;")]
    [('RETURN 1', 1), ("// c;\\nRETURN ';' AS x", 2)]
    """
    out: list[ScriptStatement] = []
    buf: list[str] = []
    line, start_line = 1, None
    quote: str | None = None
    i, n = 0, len(script)
    while i < n:
        ch = script[i]
        nxt = script[i + 1] if i + 1 < n else ""
        if start_line is None and not ch.isspace():
            start_line = line
        if quote:
            buf.append(ch)
            if ch == "\\" and quote != "`" and nxt:
                buf.append(nxt)
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
            buf.append(ch)
        elif ch == "/" and nxt == "/":
            end = script.find("\n", i)
            end = n if end == -1 else end
            buf.append(script[i:end])
            i = end
            continue
        elif ch == "/" and nxt == "*":
            end = script.find("*/", i + 2)
            end = n if end == -1 else end + 2
            buf.append(script[i:end])
            line += script.count("\n", i, end)
            i = end
            continue
        elif ch == ";":
            _flush(out, buf, start_line)
            buf, start_line = [], None
        else:
            buf.append(ch)
        if ch == "\n":
            line += 1
        i += 1
    _flush(out, buf, start_line)
    return out


def _flush(out, buf, start_line):
    text = "".join(buf).strip()
    if text and not all(_is_comment(line) for line in text.splitlines()):
        out.append(ScriptStatement(text, start_line or 1))


def _is_comment(line: str) -> bool:
    s = line.strip()
    return not s or s.startswith("//")


def run_script(store, script: str, params: dict | None = None, *,
               origin: str = "script") -> list[dict]:
    """Run every statement of ``script`` in order; stop at the first error, naming the
    statement's line. Returns one row per statement with the number of rows it gave."""
    done = []
    for number, st in enumerate(split_statements(script), start=1):
        try:
            rows = store.run(st.text, params or {})
        except QueryError as e:
            raise QueryError(f"{origin}:{st.line}: statement {number} failed: {e}",
                             hint=f"{len(done)} statement(s) before it ran") from e
        done.append({"statement": number, "line": st.line, "rows": len(rows)})
    return done

"""Domain exceptions. The CLI turns each into a one-line message with a hint.

``exit_code`` follows the CLI convention: 2 for bad input or usage, 1 for everything
else (a server that will not start, a query the server refused).
"""

from __future__ import annotations


class RelgraphError(Exception):
    """Base of every error relgraph raises on purpose."""

    exit_code = 1
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class SchemaError(RelgraphError):
    """A label, relationship type or property that the schema does not allow."""

    exit_code = 2
    hint = "see graph/schema.yaml for the labels, types and properties relgraph knows"


class ValidationError(RelgraphError):
    """Input rows that failed validation; ``problems`` lists every one of them."""

    exit_code = 2

    def __init__(self, problems: list, *, hint: str | None = None, more: int = 0):
        self.problems = list(problems)
        #: Problems found beyond those listed (counted, not kept).
        self.more = more
        first = str(self.problems[0]) if self.problems else "invalid input"
        extra = len(self.problems) - 1 + more
        super().__init__(first + (f" (and {extra} more)" if extra > 0 else ""), hint=hint)


class MissingNodeError(RelgraphError):
    """A relationship refers to a node that is neither in the batch nor in the store."""

    exit_code = 2

    def __init__(self, missing: list[tuple[str, str]]):
        self.missing = missing
        shown = ", ".join(f"{label} {node_id!r}" for label, node_id in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        super().__init__(
            f"relationship endpoint not found: {shown}{more}",
            hint="load the nodes first, or include them in the same upsert",
        )


class ServerError(RelgraphError):
    """The embedded server could not be started, reached or stopped."""


class ConnectionFailed(RelgraphError):
    """No Bolt server answered at the configured address."""

    hint = "check --uri / NEO4J_URI, or omit it to use the embedded server"


class AuthenticationFailed(ConnectionFailed):
    """The Bolt server answered but refused the user name or password."""

    hint = "check --user/--password (NEO4J_USERNAME / NEO4J_PASSWORD)"


class QueryError(RelgraphError):
    """The server rejected a statement (syntax, constraint, type)."""


class UnknownQuery(RelgraphError):
    """A named statement that is not in cypher/."""

    exit_code = 2
    hint = "run `relgraph query --list` to see the named statements"


class UsageError(RelgraphError):
    """Bad options or values given by the user."""

    exit_code = 2


class Interrupted(RelgraphError):
    """The command was stopped by a signal: Ctrl-C (exit 130) or SIGTERM (143),
    128 plus the signal's number as shells report it."""

    def __init__(self, message: str = "interrupted", *, signum: int = 2,
                 hint: str | None = None):
        super().__init__(message, hint=hint)
        self.signum = signum
        self.exit_code = 128 + signum


class RelgraphWarning(UserWarning):
    """Something the user should know that does not stop the command (a folder made
    private, a load that did not finish). The CLI prints each as ``warning: ...``."""


class NoDatabase(UsageError):
    """A command that only reads was pointed at a data folder that holds no database:
    it says so rather than start an empty one there."""

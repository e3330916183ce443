"""Where the graph lives: an external Bolt server (Neo4j) or the embedded default.

Settings come from options or the environment (``NEO4J_URI``, ``NEO4J_USERNAME``,
``NEO4J_PASSWORD``, ``NEO4J_DATABASE``, ``RELGRAPH_HOME``). With no URI, relgraph
uses the embedded server of the data folder, shared with every other command on it
(see :mod:`relgraph.graph.server`).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from relgraph.graph.errors import AuthenticationFailed, ConnectionFailed, ServerError
from relgraph.graph.redact import Redactor, redact_uri, split_credentials
from relgraph.graph.server import DATABASE, USER, EmbeddedServer, default_data_dir

if TYPE_CHECKING:
    from relgraph.graph.store import Store


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass(frozen=True)
class Settings:
    """Connection settings; the password is kept out of ``repr`` and messages."""

    uri: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    database: str | None = None
    data_dir: Path = field(default_factory=default_data_dir)

    @classmethod
    def from_env(cls, *, uri=None, user=None, password=None, database=None,
                 data_dir=None) -> Settings:
        env = os.environ
        return cls(uri=uri or env.get("NEO4J_URI") or None,
                   user=user or env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or None,
                   password=password or env.get("NEO4J_PASSWORD") or None,
                   database=database or env.get("NEO4J_DATABASE") or None,
                   data_dir=Path(data_dir) if data_dir else default_data_dir())

    @property
    def embedded(self) -> bool:
        return not self.uri

    def describe(self) -> str:
        """Where the data is, for messages (never the password)."""
        if self.embedded:
            return f"embedded server in {self.data_dir}"
        db = f", database {self.database}" if self.database else ""
        bare, uri_user, _ = split_credentials(self.uri)
        return f"{redact_uri(bare)} as {self.user or uri_user or 'neo4j'}{db}"


def connect(uri: str, user: str | None, password: str | None,
            database: str | None) -> Store:
    """A Store on a Bolt server, verified to answer; errors never carry the password.

    User and password may be given in the URI (``bolt://user:password@host``), as
    other tools accept them; they count where ``user`` / ``password`` are not given,
    and the driver gets the URI without them."""
    # The driver is imported here, not at the top: commands that never touch a
    # database (--help, --version, resolve, extract) should not pay for it.
    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

    from relgraph.graph.store import Store
    bare, uri_user, uri_password = split_credentials(uri)
    user, password = user or uri_user, password or uri_password
    scrub = Redactor([password, uri_password]).scrub
    shown = redact_uri(bare)
    auth = (user or "neo4j", password or "") if (user or password) else None
    scheme = bare.partition("://")[0].lower() if "://" in bare else ""
    if scheme not in BOLT_SCHEMES:
        # The driver takes http:// too (its Query API preview), which relgraph does not
        # speak; say so instead of failing somewhere inside the driver.
        raise ConnectionFailed(f"bad Bolt URI {shown!r}: "
                               f"{'no scheme' if not scheme else repr(scheme)} is not one "
                               "of " + ", ".join(BOLT_SCHEMES),
                               hint="a Bolt URI looks like bolt://host:7687 or "
                                    "neo4j://host:7687")
    try:
        driver = neo4j.GraphDatabase.driver(bare, auth=auth)
    except (ValueError, ConfigurationError) as e:
        raise ConnectionFailed(f"bad Bolt URI {shown!r}: {scrub(str(e))}",
                               hint="a Bolt URI looks like bolt://host:7687 or "
                                    "neo4j://host:7687") from None
    try:
        driver.verify_connectivity()
    except AuthError:
        driver.close()
        raise AuthenticationFailed(f"authentication failed at {shown} for user "
                                   f"{user or 'neo4j'!r}") from None
    except (ServiceUnavailable, OSError, ConfigurationError) as e:
        driver.close()
        raise ConnectionFailed(f"no Bolt server answers at {shown}: "
                               f"{type(e).__name__}") from None
    return Store(driver, database)


@contextlib.contextmanager
def open_store(settings: Settings | None = None):
    """Yield a :class:`Store` for ``settings``; close (and stop) what was opened.

    >>> with open_store(Settings.from_env()) as store:   # doctest: +SKIP
    ...     store.stats()
    """
    settings = settings or Settings.from_env()
    if settings.uri:
        store = connect(settings.uri, settings.user, settings.password, settings.database)
        try:
            yield store
        finally:
            store.driver.close()
        return
    server = EmbeddedServer(settings.data_dir)
    server.password()   # a missing password file stops here, before a server starts
    with server.running() as status:
        try:
            store = connect(status.uri, USER, server.password(), DATABASE)
        except AuthenticationFailed:
            # NEO4J_USERNAME / NEO4J_PASSWORD play no part here: the embedded server
            # knows only the password it was first started with.
            raise ServerError(
                f"the embedded server of {settings.data_dir} refused the password in "
                f"{server.password_file}: the file was changed since the database was "
                "created", hint=f"restore {server.password_file} from a backup, or run "
                "`relgraph server reset-password` to give the database a new one "
                "(the data stays)") from None
        try:
            yield store
        finally:
            store.driver.close()

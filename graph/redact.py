"""Keeping secrets out of messages, logs and tracebacks.

A password can reach relgraph three ways: inside a URI (``bolt://user:PASSWORD@host``),
from ``--password`` / ``NEO4J_PASSWORD``, and from the embedded server's password file.
:func:`redact_uri` is used wherever a URI is shown; :class:`Redactor` scrubs any text
(an error message, a whole traceback) of every secret it knows and of the user info of
any URI in it.

>>> redact_uri("bolt://neo4j:s3cret@db.example:7687?policy=eu")
'bolt://neo4j:***@db.example:7687?policy=***'
>>> Redactor(["s3cret"]).scrub("auth failed for s3cret at neo4j://u:pw@h")
'auth failed for *** at neo4j://u:***@h'
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import SplitResult, urlsplit

MASK = "***"
# user:password@ after a scheme, wherever it appears in a text.
_USERINFO = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]*:)[^@\s/]*@")
_QUERY_VALUE = re.compile(r"(=)[^&#\s]*")


def redact_uri(uri: str | None) -> str | None:
    """``uri`` with the password of its user info and the values of its query masked."""
    if not uri:
        return uri
    try:
        parts = urlsplit(uri)
    except ValueError:
        return _USERINFO.sub(rf"\g<head>{MASK}@", uri)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{MASK}@{host}" if ":" in userinfo else f"{user}@{host}"
    query = _QUERY_VALUE.sub(rf"\1{MASK}", parts.query)
    return SplitResult(parts.scheme, netloc, parts.path, query, parts.fragment).geturl()


def split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """``(uri without user info, user, password)``: the driver takes credentials apart.

    >>> split_credentials("bolt://alice:pw@localhost:7687")
    ('bolt://localhost:7687', 'alice', 'pw')
    >>> split_credentials("neo4j://localhost")
    ('neo4j://localhost', None, None)
    """
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri, None, None
    if "@" not in parts.netloc:
        return uri, None, None
    userinfo, host = parts.netloc.rsplit("@", 1)
    user, _, password = userinfo.partition(":")
    from urllib.parse import unquote
    bare = SplitResult(parts.scheme, host, parts.path, parts.query, parts.fragment).geturl()
    return bare, unquote(user) or None, unquote(password) if password else None


def uri_password(uri: str | None) -> str | None:
    return split_credentials(uri)[2] if uri else None


class Redactor:
    """Replaces each known secret (and the password of any URI) in a text by ``***``."""

    def __init__(self, secrets: Iterable[str | None] = ()):
        # Longest first, so that a secret containing another is masked whole.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 3}, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return _USERINFO.sub(rf"\g<head>{MASK}@", text)


def known_secrets(*, password: str | None = None, uri: str | None = None,
                  data_dir: str | os.PathLike | None = None) -> list[str]:
    """Every secret this process may hold: a given password, ``NEO4J_PASSWORD``, the
    password in a URI (given or ``NEO4J_URI``), the data folder's password file."""
    found = [password, os.environ.get("NEO4J_PASSWORD"), uri_password(uri),
             uri_password(os.environ.get("NEO4J_URI"))]
    if data_dir is not None:
        try:
            found.append((Path(data_dir) / "password").read_text(encoding="utf-8").strip())
        except (OSError, UnicodeDecodeError):
            pass
    return [s for s in found if s]

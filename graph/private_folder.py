"""A data folder only its owner can read: folders 0700, files 0600.

The data folder holds the database, the server's log (which quotes the statements it
ran) and the root password, so nothing in it is for other local users. relgraph
creates what it writes there with private modes, and runs the server under a umask of
077 so that the server's own files are private too. A folder found readable by others
(one made before relgraph kept it private, or changed since) is repaired, with a
warning: a password file that others could read may be known, and the user should be
told so instead of it being used as if nothing happened.

>>> import os, tempfile, warnings
>>> with tempfile.TemporaryDirectory() as d:
...     folder = os.path.join(d, "data")
...     _ = ensure_private(folder)                       # created private
...     oct(os.stat(folder).st_mode & 0o777)
'0o700'
"""

from __future__ import annotations

import os
import stat
import warnings
from pathlib import Path

from relgraph.graph.errors import RelgraphWarning, ServerError

FOLDER_MODE = 0o700
FILE_MODE = 0o600
#: The umask for processes that write into the data folder (the server).
UMASK = 0o077


def _exposed(mode: int) -> bool:
    return bool(mode & 0o077)


def ensure_private(folder: str | os.PathLike) -> list[Path]:
    """Create ``folder`` (0700) or make it and everything in it private.

    Only the folder and its direct entries are looked at on each call (cheap enough for
    every command); when one of them is open to others, the whole tree is repaired,
    with a :class:`~relgraph.graph.errors.RelgraphWarning`. Returns what was repaired.
    Raises :class:`~relgraph.graph.errors.ServerError` when it cannot be repaired (the
    folder belongs to someone else).
    """
    folder = Path(folder)
    if not folder.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            pass
        else:
            os.chmod(folder, FOLDER_MODE)   # mkdir's mode is cut by the umask, never widened
            return []
    try:
        # The folder itself may be a link to where the data is; its entries are taken
        # as they are (a link inside is not followed).
        if not _exposed(folder.stat().st_mode) and not any(
                _exposed(p.lstat().st_mode) for p in folder.iterdir() if not p.is_symlink()):
            return []
    except OSError as e:
        raise ServerError(f"cannot read the data folder {folder}: {e.strerror}",
                          hint="use a data folder of your own (--data-dir or "
                               "RELGRAPH_HOME)") from None
    repaired = _repair(folder)
    if repaired:
        password = folder / "password"
        shown = ", ".join(str(p.relative_to(folder)) or "." for p in repaired[:3])
        more = f" and {len(repaired) - 3} more" if len(repaired) > 3 else ""
        message = (f"{folder} was readable by other users ({shown}{more}): made it "
                   "private (folders 0700, files 0600)")
        if password in repaired:
            message += ("; its password file was readable too, so others may know the "
                        "password: `relgraph server reset-password` sets a new one")
        warnings.warn(message, RelgraphWarning, stacklevel=2)
    return repaired


def _repair(folder: Path) -> list[Path]:
    repaired = _fix(folder, FOLDER_MODE, follow=True)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            path = Path(root, name)
            if not path.is_symlink():
                repaired += _fix(path, FOLDER_MODE)
        for name in files:
            path = Path(root, name)
            if not path.is_symlink():
                repaired += _fix(path, FILE_MODE)
    return repaired


def _fix(path: Path, mode: int, *, follow: bool = False) -> list[Path]:
    try:
        current = stat.S_IMODE((path.stat() if follow else path.lstat()).st_mode)
    except FileNotFoundError:    # the server removed it meanwhile
        return []
    if not _exposed(current):
        return []
    try:
        # Keep the owner's bits (an executable stays executable for its owner).
        os.chmod(path, (current & 0o700) | (mode & 0o700))
    except FileNotFoundError:
        return []
    except PermissionError:
        raise ServerError(f"{path} is readable by other users and cannot be made "
                          "private (it belongs to another user)",
                          hint="use a data folder of your own (--data-dir or "
                               "RELGRAPH_HOME)") from None
    return [path]

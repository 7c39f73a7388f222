"""An output file put in place only when it is whole.

A report or the tidy cells written straight to ``--output`` were half a file while the run
went on: Ctrl-C, SIGTERM, a full disk or an input that broke the run half-way left the first
part of a CSV (a well-formed table of the answers read so far), a Parquet file without its
footer, or a data package whose ``cells.csv`` was cut short beside an earlier run's
``datapackage.json`` — and the earlier good output was lost the moment the new one was opened.
:class:`Replacement` writes under a temporary name beside the target (same folder, so the
rename is atomic) and renames it over the target only on success; a run that fails leaves the
earlier output as it was, and no temporary file.

A run killed on the spot (SIGKILL, the machine's memory killer, a power cut) cannot remove its
temporary file: the next run that writes the same output removes it — only a file of its own
pattern (``.NAME.<8 hex digits>.part`` beside NAME), and only one that no running process writes:
the writer holds a lock on it (``flock``) until it is renamed, and the lock dies with the
process. Where there is no ``flock`` (Windows) an open file cannot be removed at all, which
says the same.

A named pipe or a device given as the output (``-o /dev/stdout``, a FIFO a reader waits on) is
written directly: it cannot be replaced, and what went through it is gone either way. A
symbolic link keeps pointing where it did: its file is the one replaced.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # pragma: no cover - (Windows: an open file cannot be removed)
    fcntl = None  # type: ignore[assignment]

#: The end of a temporary output's name: no answer's suffix, so a later walk of the folder
#: never reads one that a killed run (SIGKILL) left behind.
PART = ".part"
#: What follows ``.NAME.`` in the name of a temporary output of NAME.
_TEMPORARY = re.compile(r"[0-9a-f]{8}" + re.escape(PART))


def _lock(fd: int) -> bool:
    """Take the lock that marks a temporary output as being written (False: another holds it)."""
    if fcntl is None:  # pragma: no cover
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks: no sweeping there (see sweep)
        return True
    return True


def sweep(folder: str, name: str) -> None:
    """Remove from `folder` the temporary outputs of `name` (``.NAME.<hex>.part``) that runs
    killed on the spot left behind: only those no process holds the lock of. Anything else —
    another name, a file still being written, one that cannot be opened — stays."""
    prefix = f".{name}."
    try:
        entries = os.scandir(folder or os.curdir)
    except OSError:
        return
    with entries:
        stale = [entry.path for entry in entries
                 if entry.name.startswith(prefix) and _TEMPORARY.fullmatch(entry.name[len(prefix):])]
    for path in stale:
        if fcntl is None:  # pragma: no cover - Windows refuses to remove a file that is open
            try:
                os.unlink(path)
            except OSError:
                pass
            continue
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.path.samestat(os.fstat(fd), os.lstat(path)) and stat.S_ISREG(os.fstat(fd).st_mode):
                os.unlink(path)  # (while the lock is held: no writer can take this file now)
        except OSError:  # locked by its writer (BlockingIOError), no locks here, gone meanwhile
            pass
        finally:
            os.close(fd)


class Replacement:
    """The file `path`, written as a new file beside it and renamed over it by :meth:`commit`
    (:meth:`discard` removes the new file and leaves `path` as it was). Also a context manager:
    ``with Replacement(path) as handle:`` commits when the block ends normally, discards when
    it raises (any exception, Ctrl-C too)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = os.fspath(path)
        self.handle: BinaryIO | None = None
        self.temporary: str | None = None  # None: written directly (a pipe, a device)

    def open(self) -> BinaryIO:
        """The handle to write to (the temporary file, created with the permissions `path`
        has, or a new file would have)."""
        target = os.path.realpath(self.path)
        try:  # (the file the name leads to: /dev/stdout is a link to a pipe that realpath cannot name)
            mode: int | None = os.stat(self.path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            self.handle = open(self.path, "wb")  # noqa: SIM115 - closed by commit or discard
            return self.handle
        folder, name = os.path.split(target)
        sweep(folder, name)
        while True:
            temporary = os.path.join(folder, f".{name}.{secrets.token_hex(4)}{PART}")
            try:
                fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            except FileExistsError:
                continue
            except OSError as exc:
                if mode is None or exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                    raise
                # a file one may write in a folder one may not: written in place, as before
                self.handle = open(self.path, "wb")  # noqa: SIM115 - closed by commit or discard
                return self.handle
            if not _lock(fd):  # another run's sweep took it the moment it was made: it removes it
                os.close(fd)
                continue
            break
        self.temporary = temporary
        if mode is not None:
            try:
                os.chmod(temporary, stat.S_IMODE(mode))
            except OSError:
                pass
        self.handle = os.fdopen(fd, "wb")
        return self.handle

    def commit(self) -> None:
        """Close the file and put it in place of `path` (OSError when either fails: the
        temporary file is removed then, `path` left as it was)."""
        handle, self.handle = self.handle, None
        if handle is None:
            return
        try:
            if self.temporary is not None and fcntl is not None:
                # renamed while still open, so still locked: never a moment when another run's
                # sweep could take the whole report for a killed run's leftover
                handle.flush()
                os.replace(self.temporary, os.path.realpath(self.path))
                self.temporary = None
            handle.close()
            if self.temporary is not None:
                os.replace(self.temporary, os.path.realpath(self.path))
                self.temporary = None
        except BaseException:
            try:
                handle.close()
            except OSError:
                pass
            self._remove()
            raise

    def discard(self) -> None:
        """Close the file and remove it; `path` stays as it was before the run."""
        handle, self.handle = self.handle, None
        if handle is not None:
            try:
                handle.close()
            except OSError:
                pass
        self._remove()

    def _remove(self) -> None:
        if self.temporary is not None:
            try:
                os.unlink(self.temporary)
            except OSError:
                pass
            self.temporary = None

    def __enter__(self) -> BinaryIO:
        return self.open()

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()

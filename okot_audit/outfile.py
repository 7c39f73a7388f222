"""An output file put in place only when it is whole.

A report or the tidy cells written straight to ``--output`` were half a file while the run
went on: Ctrl-C, SIGTERM, a full disk or an input that broke the run half-way left the first
part of a CSV (a well-formed table of the answers read so far), a Parquet file without its
footer, or a data package whose ``cells.csv`` was cut short beside an earlier run's
``datapackage.json`` — and the earlier good output was lost the moment the new one was opened.
:class:`Replacement` writes under a temporary name beside the target (same folder, so the
rename is atomic) and renames it over the target only on success; a run that fails leaves the
earlier output as it was, and no temporary file.

A named pipe or a device given as the output (``-o /dev/stdout``, a FIFO a reader waits on) is
written directly: it cannot be replaced, and what went through it is gone either way. A
symbolic link keeps pointing where it did: its file is the one replaced.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from typing import BinaryIO

#: The end of a temporary output's name: no answer's suffix, so a later walk of the folder
#: never reads one that a killed run (SIGKILL) left behind.
PART = ".part"


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
        try:
            mode: int | None = os.stat(target).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            self.handle = open(self.path, "wb")  # noqa: SIM115 - closed by commit or discard
            return self.handle
        folder, name = os.path.split(target)
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
            handle.close()
            if self.temporary is not None:
                os.replace(self.temporary, os.path.realpath(self.path))
                self.temporary = None
        except BaseException:
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

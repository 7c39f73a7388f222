"""Ctrl-C and SIGTERM while the `okot-audit` command is still starting.

The command's own handling of Ctrl-C (one line, status 130) and SIGTERM (one line, status 143)
lives in :func:`okot_audit.cli.main`, which runs only once the package and click are imported —
a few tenths of a second, more on a busy machine. A Ctrl-C in that time printed a
``KeyboardInterrupt`` traceback of the imports. :func:`guard` (called first thing by the
package's ``__init__``) closes that gap: when — and only when — this process is the command
itself (the ``okot-audit`` script, or ``python -m okot_audit``), it makes both signals end the
process at once with the command's own line and status; nothing has been opened yet that
could need closing. :func:`release` (called by ``main``) hands the signals back.

A library user's ``import okot_audit`` changes no signal handler. A process started with
Ctrl-C ignored (a background job) keeps ignoring it.

What stays open is the time before the package's first line runs: Python's own start-up
(``site``, the ``.pth`` files of the environment, the console script's imports) — some
hundredths of a second, measured at 8-45 ms on a busy machine. A Ctrl-C there is Python's
``KeyboardInterrupt`` traceback of ``site`` (status 1), a SIGTERM ends the process by the
signal; no code of a package can run that early (``PYTHONSTARTUP`` is read by interactive
Pythons only), so docs/contract.md says so and nothing more is done.
"""

from __future__ import annotations

import os
import signal
import sys

#: The names under which the command runs: the console script and ``python -m``.
SCRIPTS = ("okot-audit", "okot-audit.exe", "okot-audit-script.py")
MODULES = ("okot_audit", "okot_audit.cli", "okot_audit.__main__")
#: Python's options that take a value as the next argument (``-X importtime -m okot_audit``).
VALUED = ("-X", "-W", "-Q")


def is_command(argv: list[str], orig_argv: list[str]) -> bool:
    """Whether this process is the `okot-audit` command: `argv` (``sys.argv``) names the
    script, or Python's own command line `orig_argv` (``sys.orig_argv``) runs the package with
    ``-m``."""
    if argv and os.path.basename(argv[0]) in SCRIPTS:
        return True
    args = iter(orig_argv[1:])
    for arg in args:
        if arg == "-m":
            return next(args, "") in MODULES
        if arg.startswith("-m"):
            return arg[2:] in MODULES
        if arg in VALUED:
            next(args, None)
        elif not arg.startswith("-") or arg.startswith("-c") or arg == "--":
            return False  # a script, a -c program, or the end of Python's options
    return False


def guard() -> None:
    """In the command, from now until :func:`release`: Ctrl-C and SIGTERM end the process with
    the command's line (``okot-audit: interrupted`` / ``… stopped (terminated)``) and status 130
    / 143."""
    if not is_command(sys.argv, getattr(sys, "orig_argv", [])) or _in_worker():
        return
    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # (not ignored)
            signal.signal(signal.SIGINT, _stop)
        if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
            signal.signal(signal.SIGTERM, _stop)
    except ValueError:  # not the main thread: no handler can be set
        return


def release() -> None:
    """Give Ctrl-C back to Python (a ``KeyboardInterrupt`` the command catches) and SIGTERM
    to its default, where :func:`guard` had taken them."""
    try:
        if signal.getsignal(signal.SIGINT) is _stop:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        if signal.getsignal(signal.SIGTERM) is _stop:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except ValueError:
        return


def _in_worker() -> bool:
    """A worker process a ``--jobs`` run started (spawned, with the parent's ``sys.argv``)."""
    processes = sys.modules.get("multiprocessing")
    return processes is not None and processes.parent_process() is not None


def _stop(signum: int, frame: object) -> None:
    """End the starting command: the one line the command writes on Ctrl-C (after the new line
    that ends the terminal's ``^C``) or on SIGTERM, then the status."""
    terminated = signum == signal.SIGTERM
    try:
        from okot_audit.i18n import language_of, text

        line = text("terminated" if terminated else "interrupted", language_of(sys.argv[1:]))
    except Exception:  # noqa: BLE001 - half-imported modules: the line in English
        line = "okot-audit: stopped (terminated)" if terminated else "okot-audit: interrupted"
    try:
        os.write(2, (("" if terminated else "\n") + line + "\n").encode("utf-8"))
    except OSError:
        pass
    os._exit(143 if terminated else 130)

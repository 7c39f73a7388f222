"""Audit answers: schemas, then rules, then a :class:`~okot_audit.findings.Report`.

The flow is one-way — source → parse → tables → schemas → rules → findings — and this module
only wires it together. :func:`audit` is the library's way in; it runs the same audit run as
the command line (:mod:`okot_audit.run`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from okot_audit.catalogue import Catalogue, load_catalogue
from okot_audit.findings import Finding, Report
from okot_audit.rules import AuditContext, select_rules
from okot_audit.source import InputError
from okot_audit.tables import Answer


def audit(
    answers: "str | os.PathLike | bytes | Answer | Iterable[str | os.PathLike | bytes | Answer]",
    *,
    catalogue: "Catalogue | str | Path | None" = None,
    sector: str | None = None,
    select: "str | list[str] | None" = None,
    ignore: "str | list[str] | None" = None,
    lang: str = "en",
    errors: str = "raise",
) -> Report:
    """Audit one answer or several; return the report.

    `answers` is a path (a file, or a folder: every answer file below it, as
    :data:`okot_audit.run.ANSWER_SUFFIXES` names them; a str, a Path or another
    ``os.PathLike``, or bytes), an :class:`Answer`, or a list of these; ``-`` is the file of that name (standard input is the command line's). A file
    named twice, or named and found in a folder named too, is audited once. `catalogue` is a :class:`Catalogue` or the path
    of an extra codes CSV; `sector` overrides the sector read from each answer's title;
    `select`/`ignore` choose rules by name, code or code prefix (a list, or one string, commas
    apart as on the command line); `lang` is ``en`` or ``nl``. A selector that matches no rule,
    a sector the catalogue does not know or another language raises ValueError.

    An input that cannot be read raises :class:`~okot_audit.source.InputError` (the first one,
    after all were tried) with ``errors="raise"``; with ``errors="collect"`` the report carries
    it in :attr:`Report.failures` and the other inputs are audited all the same.
    """
    from okot_audit.run import Inputs, Item, RealPaths, Setup, collect, run
    from okot_audit.source import path_name

    from okot_audit.config import LANGUAGES, split_selectors

    if errors not in ("raise", "collect"):
        raise ValueError(f"errors must be 'raise' or 'collect', not {errors!r}")
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    if isinstance(answers, (str, bytes, os.PathLike, Answer)):
        given: list = [answers]
    elif hasattr(answers, "read"):  # a file object iterates over its lines: each was taken for a path
        raise TypeError(f"audit() takes a path, an Answer or an iterable of these, not a file object "
                        f"({type(answers).__name__}): give the file's path, or audit(read_text(handle.read()))")
    else:
        try:
            given = list(answers)
        except TypeError:
            raise TypeError("audit() takes a path (str, bytes or os.PathLike), an Answer or an iterable of these, "
                            f"not {type(answers).__name__}") from None
    if not isinstance(catalogue, Catalogue):
        catalogue = load_catalogue(catalogue)
    def selectors(value: "str | list[str] | None") -> list[str] | None:
        """A selector as the command line takes it: "OK1", "OK1,code-unknown", or a list of them."""
        return list(split_selectors([value] if isinstance(value, str) else list(value))) if value else None

    try:
        rules = select_rules(selectors(select), selectors(ignore))
    except KeyError as exc:
        raise ValueError(f"no rule matches {exc.args[0]!r} (give a name, a code or a code prefix; "
                         "'okot-audit rules' lists them)") from None
    if sector is not None:
        sector = sector.strip().lower()  # as the command line takes it
        known = catalogue.sectors()
        if sector not in known:  # every code would be reported outside it
            raise ValueError(f"unknown sector {sector!r}; the catalogue knows {', '.join(sorted(known))}")
    setup = Setup(rules, catalogue, sector, lang)
    inputs = Inputs()
    resolve, seen = RealPaths(), set()
    for entry in given:
        if isinstance(entry, Answer):
            inputs.items.append(Item(entry.path, answer=entry))
            continue
        found = collect([path_name(entry)], stdin_argument=None)
        for item in found.items:  # a file named twice, or named and in a folder named, is read once
            key = resolve(item.name)
            if key not in seen:
                seen.add(key)
                inputs.items.append(item)
        inputs.failures.extend(found.failures)
    report = run(inputs, setup).report
    if errors == "raise" and report.failures:
        first = report.failures[0]
        raise InputError(first.path, first.message, first.line)
    return report


def audit_answer(answer: Answer, catalogue: Catalogue, rules, *, sector=None, lang="en") -> list[Finding]:
    """The findings of `rules` on one answer."""
    from okot_audit.totals import shared_checks

    from okot_audit.rules.base import link_suspects

    context = AuditContext(catalogue=catalogue, sector=sector, answer=answer)
    with shared_checks():  # the totals rules share each table's pairings
        return link_suspects([f for rule in rules for f in rule.findings(answer, context, lang)])

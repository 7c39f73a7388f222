"""A question asks for more periods than the table that answers it gives.

## What it does
Reads what each numbered question asks for in time — a number of recent years ("de vijf
recentste jaren", "de laatste drie jaar", "sinds 2018": up to the question's year), a range
("2018-2022", "tussen 2018 en 2022"), a list of years or one year ("in 2020") — and
compares it with the periods of every table in the answer's item of the same number. A table
with fewer periods, or without a year the question names, is reported at its header — unless
another table of the item gives them all and it gives some of them (a breakdown of one year:
`Per provincie in 2022`) — with the answer's own reason when its item gives one ("Voor 2022 zijn de voorlopige cijfers … pas
beschikbaar half november 2022"). `stated` is the number of periods the table gives,
`observed` the number asked for.

A question for the most recent years ("de vijf recentste jaren", "de laatste drie jaar") asks
for the years up to its own date: a table of calendar years must then reach at least the last
full year before the question (the year itself may be partial, or not yet counted). A table
that ends earlier — as many years as asked, but older ones — is reported the same way, with the
recent years it lacks.

## Why it matters
A table that covers four of the five years asked for looks complete on its own. Whoever reuses
it — or asks the next question — needs to know which years the answer left out and why, and
that a figure for the missing year is still owed.

## Example
```
1. Hoeveel unieke personen startten in de vijf recentste jaren …?
…
1. … Voor 2022 zijn de voorlopige cijfers van het aantal opgestarte cursisten pas
beschikbaar half november 2022.
Unieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021
```
Question 1 asks for five years; the table gives four (2018–2021); the answer says 2022 comes
in half November 2022.
"""

from __future__ import annotations

import re

from okot_audit.rules.base import Hit, rule

_MISSING = {
    "en": "question {number} (line {question_line}) asks for {asked} (\"{words}\"); "
          "{table_name} gives {stated}{kind}: {given}",
    "nl": "vraag {number} (regel {question_line}) vraagt naar {asked_nl} (\"{words}\"); "
          "{table_name} geeft {er}{stated}{kind_nl}: {given}",
}
MESSAGES = {
    "default": {
        "en": _MISSING["en"] + "{lacking} — the answer gives no reason",
        "nl": _MISSING["nl"] + "{lacking_nl} — het antwoord zegt niet waarom",
    },
    "reason": {
        "en": _MISSING["en"] + "{lacking} — the answer says (line {reason_line}): \"{reason}\"",
        "nl": _MISSING["nl"] + "{lacking_nl} — het antwoord zegt (regel {reason_line}): \"{reason}\"",
    },
}


@rule("OK402", "period-not-given", "info", MESSAGES)
def check(answer, context):
    for asked in answer.asked:
        if asked.answer_start is None or not asked.count:
            continue
        reason = next(
            (d for d in answer.deferred
             if asked.answer_start <= d.line <= asked.answer_end),
            None,
        )
        tables = [t for t in answer.tables if asked.answer_start <= t.header_line <= asked.answer_end]
        # the periods of the item's tables that give every period asked for: a table of some of
        # them beside such a table is a breakdown of one of its periods (per province for 2022)
        year = answer.question_date.year if answer.question_date else None
        whole = {p.label for t in tables if _gives_all(asked, t, year) for p in t.periods}
        for table in tables:
            given = [p.label for p in table.periods]
            missing = _missing_years(asked.periods, given)
            recent = [] if missing else _recent_missing(asked, given, year)
            if (len(given) >= asked.count and not missing and not recent) or (whole and whole.issuperset(given)):
                continue
            yield Hit(
                line=table.header_line, table=table, stated=len(given), observed=asked.count,
                difference=asked.count - len(given) if len(given) < asked.count else None,
                variant="reason" if reason else "default",
                args={
                    "number": asked.number, "question_line": asked.line, "words": asked.words,
                    "table_id": table.id,
                    **_asked(asked),
                    "given": ", ".join(given), **_kind(given),
                    **_lacking(missing, recent),
                    "reason": reason.sentence if reason else "",
                    "reason_line": reason.line if reason else None,
                },
            )


def _gives_all(asked, table, year: int | None) -> bool:
    """Whether `table` gives as many periods as `asked` asks for, every year it names, and the
    recent years it asks for (:func:`_recent_missing`)."""
    given = [p.label for p in table.periods]
    return (len(given) >= (asked.count or 0) and not _missing_years(asked.periods, given)
            and not _recent_missing(asked, given, year))


def _recent_missing(asked, given: list[str], year: int | None) -> list[str]:
    """The recent years a question for the most recent years (a count of them, no years named)
    asked in `year` lacks in a table of calendar years: from the year after its last up to the
    last full year before the question (the question's own year may be partial or not yet
    counted); [] where it reaches that year, names years, or is of other periods."""
    if year is None or asked.periods or not asked.count or not given or not all(p.isdigit() for p in given):
        return []
    last = max(int(p) for p in given)
    return [str(y) for y in range(last + 1, year)] if last < year - 1 and year - last <= 20 else []


def _lacking(missing: list[str], recent: list[str]) -> dict[str, str]:
    """What the message says a table lacks: the years asked for by name, or the most recent
    years before the question."""
    if missing:
        return {"lacking": f"; {', '.join(missing)} missing", "lacking_nl": f"; {', '.join(missing)} ontbreekt"}
    if recent:
        many = len(recent) > 1
        return {"lacking": f"; it ends before the most recent year{'s' if many else ''} asked for: "
                           f"{', '.join(recent)} {'are' if many else 'is'} missing",
                "lacking_nl": f"; ze stopt voor {'de recentste jaren' if many else 'het recentste jaar'} "
                              f"waarnaar gevraagd wordt: {', '.join(recent)} {'ontbreken' if many else 'ontbreekt'}"}
    return {"lacking": "", "lacking_nl": ""}


def _missing_years(asked: tuple[str, ...], given: list[str]) -> list[str]:
    """Asked years a table of years does not give ([] for a table of other periods)."""
    if not asked or not all(p.isdigit() for p in given):
        return []
    return [year for year in asked if year not in given]


#: Words of a question that ask for school years (``de laatste vijf schooljaren``).
_SCHOOL_YEARS = re.compile(r"school|academie", re.I)


def _asked(asked) -> dict[str, str]:
    """What the question asks for, counted in its own kind of period: ``5 years``, ``5 school
    years`` (``de laatste vijf schooljaren``), in English and Dutch."""
    if _SCHOOL_YEARS.search(asked.words):
        return {"asked": _count(asked.count, "school year", "school years"),
                "asked_nl": _count(asked.count, "schooljaar", "schooljaren")}
    return {"asked": _count(asked.count, "year", "years"), "asked_nl": _count(asked.count, "jaar", "jaren")}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


#: Periods other than calendar years, as the message counts them: the pattern of the label and
#: the words for one and many in English and Dutch.
_KINDS = (
    (re.compile(r"\d{4}-\d{2}"), ("month", "months"), ("maand", "maanden")),
    (re.compile(r"\d{4}-\d{4}"), ("school year", "school years"), ("schooljaar", "schooljaren")),
)


def _kind(given: list[str]) -> dict[str, str]:
    """What the table's periods are when they are no calendar years (``gives 2 months``, ``geeft
    2 maanden``): a table of years gives so many of the years asked for (``geeft er 4``)."""
    if all(p.isdigit() for p in given):
        return {"kind": "", "kind_nl": "", "er": "er "}
    one = len(given) == 1
    for pattern, english, dutch in _KINDS:
        if all(pattern.fullmatch(p) for p in given):
            return {"kind": f" {english[0 if one else 1]}", "kind_nl": f" {dutch[0 if one else 1]}", "er": ""}
    return {"kind": " period" if one else " periods", "kind_nl": " periode" if one else " perioden", "er": ""}

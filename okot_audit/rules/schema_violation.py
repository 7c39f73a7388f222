"""A table breaks its pandera schema (`schemas/*.yaml`).

## What it does
Validates every table's tidy cells, lazily, against the pandera schema of its kind
(`schemas/*.yaml`, one per kind of rows and blocks: `code_rows.yaml`,
`province_rows_by_province.yaml` …): counts are non-negative integers, codes six digits,
periods plausible years, provinces one of the six, levels known. Each failed check becomes one
finding per row naming the column, the check and the line of the offending cell (a row whose value
fails in several periods — a coded row in a table whose rows carry no code — once, naming the
periods), and saying in words
what the value must be (`a year from 1990 to 2049, a school year such as 2019-2020, a month
such as 2020-10, or Totaal`; `at most 1000000`) rather than the schema's pattern.

## Why it matters
A value outside these bounds is not a figure the answer can mean — a negative count, a code
of five digits, a year 2202 — and every other check built on it is unreliable.

## Example
```
90801: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50
```
is read as a row without a valid six-digit code. Use instead: `908001`.
"""

from __future__ import annotations

from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "default": {
        "en": said("column '{column}' fails check {check_name} with value {value!r}: it must be {meaning}; ",
                   "the value cannot be what the answer means — check it in the answer"),
        "nl": said("kolom '{column}' faalt de controle {check_name} met waarde {value!r}: ze moet {meaning_nl} zijn; ",
                   "die waarde kan niet zijn wat het antwoord bedoelt — controleer ze in het antwoord"),
    },
    # one row's value failing the same check in several periods: one finding, its periods named
    "periods": {
        "en": said("column '{column}' fails check {check_name} with value {value!r} in {count} periods ({periods}): "
                   "it must be {meaning}; ",
                   "the value cannot be what the answer means — check it in the answer"),
        "nl": said("kolom '{column}' faalt de controle {check_name} met waarde {value!r} in {count} perioden "
                   "({periods}): ze moet {meaning_nl} zijn; ",
                   "die waarde kan niet zijn wat het antwoord bedoelt — controleer ze in het antwoord"),
    },
}

#: pandera's built-in checks (as a failure names them, ``name(argument)``) in words: what the
#: value must be.
CHECK_WORDS = {
    "greater_than_or_equal_to": ("at least {0}", "minstens {0}"),
    "greater_than": ("more than {0}", "meer dan {0}"),
    "less_than_or_equal_to": ("at most {0}", "hoogstens {0}"),
    "less_than": ("less than {0}", "minder dan {0}"),
    "equal_to": ("equal to {0}", "gelijk aan {0}"),
    "not_equal_to": ("other than {0}", "verschillend van {0}"),
    "in_range": ("in the range {0}", "binnen het bereik {0}"),
    "isin": ("one of {0}", "een van {0}"),
    "notin": ("none of {0}", "geen van {0}"),
    "str_matches": ("a value matching the pattern {0}", "een waarde volgens het patroon {0}"),
    "str_startswith": ("a value starting with {0}", "een waarde die begint met {0}"),
    "str_endswith": ("a value ending in {0}", "een waarde die eindigt op {0}"),
    "dtype": ("of type {0}", "van het type {0}"),
}

#: The patterns of the schemas (``schemas/*.yaml``) in words: a reader does not read regular
#: expressions. A pattern not listed is given as it stands.
PATTERN_WORDS = {
    r"'^(?:(?:199\d|20[0-4]\d)(?:[-/](?:199\d|20[0-4]\d|\d{2}))?|Totaal|Subtotaal (?:199\d|20[0-4]\d)(?:[-/](?:199\d|20[0-4]\d|\d{2}))?(?: t/m (?:199\d|20[0-4]\d)(?:[-/](?:199\d|20[0-4]\d|\d{2}))?)?)$'": (
        "a year from 1990 to 2049, a school year such as 2019-2020, a month such as 2020-10, a subtotal column "
        "such as Subtotaal 2020 t/m 2021, or Totaal",
        "een jaar van 1990 tot 2049, een schooljaar zoals 2019-2020, een maand zoals 2020-10, een subtotaalkolom "
        "zoals Subtotaal 2020 t/m 2021, of Totaal",
    ),
    r"'^(\d{6})?$'": ("six digits, or empty", "zes cijfers, of leeg"),
}


def check_words(check: str) -> tuple[str, str]:
    """What a pandera check asks the value to be, in English and Dutch
    (``less_than_or_equal_to(1000000)`` → ``at most 1000000`` / ``hoogstens 1000000``; a pattern
    of the schemas in words); a check it does not know: ``what the schema allows`` / ``wat het
    schema toelaat``."""
    name, _, argument = check.partition("(")
    words = CHECK_WORDS.get(name.strip())
    if words is None or not argument.endswith(")"):
        return "what the schema allows", "wat het schema toelaat"
    argument = argument[:-1]
    if argument in PATTERN_WORDS:
        return PATTERN_WORDS[argument]
    if name.strip() in ("isin", "notin") and (listed := _listed(argument)) is not None:
        if listed == [""]:  # (a column this kind of table leaves empty: ``isin([''])``)
            return ("empty", "leeg") if name.strip() == "isin" else ("not empty", "niet leeg")
        en = ", ".join("empty" if v == "" else v for v in listed)
        nl = ", ".join("leeg" if v == "" else v for v in listed)
        return words[0].format(en), words[1].format(nl)
    return words[0].format(argument), words[1].format(argument)


def _listed(argument: str) -> list[str] | None:
    """The values of a check's list as pandera names it (``['', 'unique', 'additive']``), each as
    a reader reads it; None where `argument` is no list of plain values."""
    import ast  # (only where a table breaks its schema)

    try:
        values = ast.literal_eval(argument)
    except (ValueError, SyntaxError):
        return None
    if not isinstance(values, (list, tuple, set, frozenset)):
        return None
    return [str(v) for v in (sorted(values, key=str) if isinstance(values, (set, frozenset)) else values)]


@rule("OK302", "schema-violation", "error", MESSAGES)
def check(answer, context):
    tables = {t.id: t for t in answer.tables}
    for failure, periods in _by_row_and_check(f for f in context.schema_failures if f.path == answer.path):
        several = len(periods) > 1
        yield Hit(
            line=failure.line, table=tables.get(failure.table), period=None if several else failure.period,
            province=failure.province, training_code=failure.code, variant="periods" if several else "default",
            args={"column": failure.column, "check": failure.check, "value": failure.value,
                  "check_name": failure.check.partition("(")[0].strip() or failure.check,
                  "periods": ", ".join(periods), "count": len(periods),
                  **dict(zip(("meaning", "meaning_nl"), check_words(failure.check)))},
        )


def _by_row_and_check(failures) -> list[tuple[object, list[str]]]:
    """The failures one per row and check — the same table, line, row, column, check and value
    (a coded row in a table whose rows carry no code fails once per period) — each with the
    periods it fails in, in the order first found."""
    grouped: dict[tuple, tuple[object, list[str]]] = {}
    for failure in failures:
        key = (failure.table, failure.line, failure.province, failure.code, failure.column, failure.check,
               repr(failure.value))
        first, periods = grouped.setdefault(key, (failure, []))
        if failure.period is not None and failure.period not in periods:
            periods.append(failure.period)
    return list(grouped.values())

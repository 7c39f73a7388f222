"""Answers the property tests misread once their examples no longer depended on the tests run
before them (``tests/test_generator_determinism.py``), each reduced to the form that showed it.

- ``pdftotext -layout`` of a table whose header wraps month names above their years
  (``augustus`` / ``Opleiding juli 2019`` / ``2019``), repeated on the next page, where the
  extractor laid the page out on a grid of its own (a longer label moves every column): the
  repeated header's line does not say where its columns stand, so the first page's columns
  were used, and the rows of the new page fitted no column (``ambiguous-alignment``).
"""

from __future__ import annotations

from okot_audit import audit, read_text

RUNNING = "Vlaams Parlement - Schriftelijke vragen en antwoorden"
HEAD = (
    f"{RUNNING}\n\n\nOnderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
    "ANTWOORD\nop vraag nr. 46 van 21 november 2022\n\n"
)


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _severe(answer) -> list[tuple]:
    return [(f.rule, f.line) for f in audit(answer).findings if f.severity in ("error", "warning")]


MONTHS_HEADER = """\
                                                        augustus   september   oktober   november   december
Opleiding                                juli 2019
                                                          2019       2019       2019       2019       2019*
"""
FIRST_PAGE = f"""
Zorg

Hoger bachelor bijkomende                    24              1            8            58              33         10

Totaal zorg                                  24              1            8            58              33         10

Onderwijs


\f{RUNNING}


"""
SECOND_PAGE = """
Verkorte vorming
graduaatsopleiding - 1 ste                   43           21          21         29       1.593        42
jaar opvoeder

Hoger verpleegkunde
                                            292           31          26         30         5
individueel

Totaal onderwijs                            335           52          47         59       1.598        42

Totaal                                      359           53          55         117      1.631        52

*Voor het jaar december 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.
"""


def test_a_wrapped_header_repeated_on_a_page_laid_out_on_its_own_grid():
    text = (HEAD + "2. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.\n\n"
            + MONTHS_HEADER + FIRST_PAGE + MONTHS_HEADER + SECOND_PAGE)
    answer = read_text(text, "layout.txt")
    assert answer.issues == []
    months = [f"2019-{m:02d}" for m in range(7, 13)]
    cells = _cells(answer)
    assert len(cells) == 35
    assert [c for c in cells if c[2].startswith("Verkorte")] == [
        ("graduated", "row", "Verkorte vorming graduaatsopleiding - 1 ste jaar opvoeder", p, n)
        for p, n in zip(months, (43, 21, 21, 29, 1593, 42))
    ]
    assert [c[3:] for c in cells if c[2].startswith("Hoger verpleegkunde")] == list(zip(months[:5], (292, 31, 26, 30, 5)))
    assert [c[3:] for c in cells if c[1] == "total"] == list(zip(months, (359, 53, 55, 117, 1631, 52)))
    assert _severe(answer) == []

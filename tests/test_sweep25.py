"""Generated answers read wrong (or left unread) under random seeds the derandomized CI run does
not see (session 25): each failing example, as the exact text an extractor gave, read back exactly."""

from __future__ import annotations

from okot_audit import audit, read_text

# pdftotext -layout of the months answer (tests/test_unseen23.py, style ``plain-bottom-break``,
# its generators' seeds moved by 10007): the table runs on to a second page without its header,
# laid out on that page's own grid. The first page's rows leave June blank; the header names its
# seven columns as months (``januari 2023``), and the second page's ``Totaal`` fills all seven, so
# that page's columns are the header's, in order. The months were not taken for the header's
# columns, and every row of the second page was reported ``page-columns``, unread.
MONTHS_OVER_A_PAGE = "\n".join([
    'OKOT’s in de zorg - instroom in het eerste halfjaar van 2023',
    'Schriftelijke vraag nr. 602 van 3 juli 2023 van Els Van Hoof.',
    'Hoeveel werkzoekenden startten in de eerste zes maanden van 2023 een OKOT in de zorg? Graag per',
    'maand en per opleiding.',
    'Antwoord',
    'De tabel geeft per maand het aantal unieke cursisten dat een opleiding startte. De kolom Totaal telt elke',
    'cursist één keer, ook wie in twee maanden startte; de totaallijn telt wie twee opleidingen volgt één keer.',
    'Gestarte cursisten per maand, januari tot en met juni 2023',
    '',
    'Opleiding                             januari   februari         maart   april    mei      juni',
    '                                        2023       2023           2023   2023    2023     2023     Totaal',
    'Graduaat orthopedagogie                     8          43                   1       1                  51',
    'Professionele bachelor',
    'verpleegkunde                             10           55            1      1       2                  65',
    'Hoger beroepsonderwijs',
    'verpleegkunde                             20           72           25      2                         113',
    '',
    '',
    '',
    '',
    '                                                Pagina 1 van 2',
    '\x0cSe-n-se opvoeder',
    'leefgroepenwerking                       3          15         2                20',
    'Tweedekansonderwijs opvoeder',
    'jeugd- en gehandicaptenzorg              4          26         9           1    38',
    'Tweedekansonderwijs kinderzorg',
    'met algemene vorming                     3          19         1   1            22',
    'Tweedekansonderwijs zorgkundige          9          30                          39',
    'Totaal                                 56         252         38   5   3   1   339',
    '',
    '',
    'Bron: VDAB, datawarehouse, toestand op 15 juli 2023.',
    '',
    '                                             Pagina 2 van 2',
    '\x0c',
])


def _rows(answer) -> dict[str, list[tuple[str, int]]]:
    return {
        c.label: [(d.period, d.count) for d in t.cells if d.line == c.line]
        for t in answer.tables for c in t.cells
    }


def test_a_headerless_page_whose_total_fills_every_month_column_reads_under_the_months() -> None:
    answer = read_text(MONTHS_OVER_A_PAGE, "g.txt")
    assert not answer.issues
    rows = _rows(answer)
    assert rows["Se-n-se opvoeder leefgroepenwerking"] == [
        ("2023-01", 3), ("2023-02", 15), ("2023-03", 2), ("Totaal", 20)]
    assert rows["Tweedekansonderwijs opvoeder jeugd- en gehandicaptenzorg"] == [
        ("2023-01", 4), ("2023-02", 26), ("2023-03", 9), ("2023-06", 1), ("Totaal", 38)]
    assert rows["Tweedekansonderwijs kinderzorg met algemene vorming"] == [
        ("2023-01", 3), ("2023-02", 19), ("2023-03", 1), ("2023-04", 1), ("Totaal", 22)]
    assert rows["Tweedekansonderwijs zorgkundige"] == [("2023-01", 9), ("2023-02", 30), ("Totaal", 39)]
    assert rows["Graduaat orthopedagogie"] == [("2023-01", 8), ("2023-02", 43), ("2023-04", 1), ("2023-05", 1),
                                               ("Totaal", 51)]
    assert not [f for f in audit(answer).findings if f.severity != "info"]

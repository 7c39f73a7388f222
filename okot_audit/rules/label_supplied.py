"""A row's label is not printed: the reader read the row as the total by its form and wrote the label.

## What it does
Reports each row that the answer prints without a label but marks by its form, and that was
read as what that form says, with the label okot-audit wrote for it: in an `.xlsx` annex or a
web page, a row of figures alone (no word before them) set in bold right below a table's rows,
nothing below it, is the table's total, as a statistician marks one — it is read as the line
`Totaal`, and that word is not in the answer. The finding stands at the row's place (the sheet
row of an annex, the line of a page) and gives its figures under their periods. Where its
figures could not be read after all, it says so (another finding at the same row says why).

A label-less row of figures in plain type is no total by its form: it stays an
`unreadable-table` error (`figures-below-rows`), never read as one; so do figures in bold
throughout a table.

## Why it matters
Everything the totals of such a table are checked against rests on a word the answer does
not print. Were the bold row a programme's row whose name was lost (a cell left empty), the
table's totals were checked against the wrong figures. The reader of the report should know
which labels came from okot-audit, not from the answer, and can check the row in the source.

## Example
A web page's table (an annex's sheet the same):
```
<tr><td>908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar</td><td>60</td><td>70</td></tr>
<tr><td>908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar</td><td>30</td><td>20</td></tr>
<tr><td></td><td><b>120</b></td><td><b>130</b></td></tr>
```
The last row prints no label, its figures in bold: it is read as the table's total `Totaal`
(2021: 120, 2022: 130), and this finding says that the word was written by okot-audit.
"""

from __future__ import annotations

from okot_audit.quick import replace
from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule, said

MESSAGES = {
    # The row's figures read under the label written (the table's total, as its bold says).
    "bold-row": {
        "en": said("the row prints figures without a label ({reading}); set in bold right below the rows of "
                   "{table_name}, it was read as {as_read} and labelled '{label}' by okot-audit ({source} does not "
                   "print that word); ",
                   "if the row is no total (a row whose label was lost), the table's totals were checked against "
                   "the wrong figures"),
        "nl": said("de rij drukt cijfers af zonder label ({reading_nl}); vet gezet net onder de rijen van "
                   "{table_name_nl}, werd ze gelezen als {as_read_nl} en kreeg ze van okot-audit het label '{label}' "
                   "({source_nl} drukt dat woord niet af); ",
                   "is de rij geen totaal (een rij waarvan het label verloren ging), dan werden de totalen van de "
                   "tabel aan de verkeerde cijfers getoetst"),
    },
    # … whose figures were read as no cells after all (another finding at the row says why).
    "bold-row-unread": {
        "en": said("the row prints figures without a label; set in bold right below the rows of {table_name}, it "
                   "was taken for the table's total and labelled '{label}' by okot-audit ({source} does not print "
                   "that word), but its figures were not read: another finding at this {place} says why; ",
                   "check the row {source_in}"),
        "nl": said("de rij drukt cijfers af zonder label; vet gezet net onder de rijen van {table_name_nl}, werd ze "
                   "voor het totaal van de tabel gehouden en kreeg ze van okot-audit het label '{label}' ({source_nl} "
                   "drukt dat woord niet af), maar de cijfers ervan zijn niet gelezen: een andere melding op deze "
                   "{place_nl} zegt waarom; ",
                   "controleer de rij {source_in_nl}"),
    },
}

#: What the row was read as, by the level of its cells (:attr:`~okot_audit.tables.ParseIssue.level`).
_READ_AS = {
    "total": ("the table's total", "het totaal van de tabel"),
    "subtotal": ("the total of the block above it", "het totaal van het blok erboven"),
    "row": ("a row of the table", "een rij van de tabel"),
}


@rule("OK907", "label-supplied", "info", MESSAGES)
def check(answer, context):
    for hit in issue_hits(answer, "label-supplied", extra=_extra):
        if hit.args["unread"]:
            hit = replace(hit, variant="bold-row-unread")
        yield hit


def _extra(issue, table) -> dict:
    """The words of the message: what the row was read as, the label written, and the source
    that does not print it — an annex's sheet (its rows by their sheet row) or a web page."""
    as_read = _READ_AS.get(issue.level or "")
    on_sheet = issue.sheet is not None
    return {
        "label": issue.label or "?", "unread": as_read is None,
        "as_read": as_read[0] if as_read else "", "as_read_nl": as_read[1] if as_read else "",
        "source": "the sheet" if on_sheet else "the page", "source_nl": "het werkblad" if on_sheet else "de pagina",
        "source_in": "in the sheet" if on_sheet else "on the page",
        "source_in_nl": "in het werkblad" if on_sheet else "op de pagina",
        "place": "row" if on_sheet else "line", "place_nl": "rij" if on_sheet else "regel",
    }

"""Regressions found when session 23's branches met on main (each failed on main after the
merge that brought the two changes together)."""

from okot_audit import audit
from okot_audit.parse import read_text


def test_a_withheld_count_in_a_row_with_a_total_column_counts_among_its_periods():
    """``Antwerpen <5 2 3`` under ``2015 2016 Totaal``: the row's total column counts unique
    persons over its periods, one of them withheld (0 to 4). Pairing a row's cells with its total
    column by line, level and label (so that a row and a total line an extractor ran into one
    line stay two) left the withheld count's stand-in, labelled by its bound, out of its row: the
    total 3 over a sum of 2 was a false ``total-exceeds-parts`` error."""
    text = (
        "Vraag nr. 1 van 3 januari 2023\nAntwoord\nAantal unieke cursisten per provincie.\n\n"
        "Provincie 2015 2016 Totaal\nAntwerpen <5 2 3\nLimburg 1 1 1\nTotaal 4 3 4\n"
    )
    answer = read_text(text, "withheld.txt")
    assert [(i.kind, i.line) for i in answer.issues] == [("count-withheld", 6)]
    findings = audit(answer).findings
    assert [f.rule for f in findings if f.severity in ("error", "warning")] == []
    assert ("count-withheld", 6) in [(f.rule, f.line) for f in findings]


def test_a_link_to_a_document_in_the_page_s_furniture_is_no_annex():
    """html23b named a document the page links to when no table was read (the table is in that
    file); htmlimg23 told the page's furniture (header, navigation, footer) from its answer. A
    ``Download als PDF`` link in the page's header or footer is furniture: a prose-only answer
    with one is no ``embedded-document`` error; the same link in the answer's text still is."""
    from okot_audit.read.html import read_html

    prose = "<p>Het aantal cursisten wordt in de bijlage gegeven per opleiding en per jaar.</p>"
    for furniture in ("header", "footer", "nav"):
        page = f'<html><body><{furniture}><a href="/docs/vraag-74.pdf">PDF</a></{furniture}>{prose}</body></html>'
        assert read_html(page).embeds == ()
    page = f'<html><body>{prose}<p><a href="/docs/bijlage-74.xlsx">Bijlage</a></p></body></html>'
    assert [name for _, name in read_html(page).embeds] == ["/docs/bijlage-74.xlsx"]

"""Session 28 (footer28b): a running footer whose page number stands inside it, after words and a date.

``Antwoord van 12 februari 2024 — pagina 1 van 3 — 1011 Brussel`` at the foot of each page: a PDF
read by okot-audit drops it by its place, but in single-spaced text (pdfplumber, pypdf) it is a
line among the rows. Before, its figures were stray numbers inside the table (and, where no postcode
ended it, ``… pagina 1 van 3`` was read as a row, the rows around it not placed). It is furniture
where it is printed again at a page's distance, its page's number counting up, or where it names the
paper or a date with its page *n of m* and no other figure
(:func:`okot_audit.parse.furniture.page_footers`). A row keeps its figures at its end: never taken.
"""

from __future__ import annotations

import pytest

HEAD = ("OKOT's\n\nAntwoord\n\nDe tabel geeft het aantal unieke cursisten. Wie twee opleidingen volgde, telt in beide "
        "mee, maar één keer in het totaal.\n\n")
NAMES = ["903631: Graduaat orthopedagogie - 1ste jaar", "903632: Graduaat orthopedagogie - 2de jaar",
         "903633: Graduaat orthopedagogie - 3de jaar", "903640: Se-n-se opvoeder leefgroepenwerking",
         "900611: Professionele bachelor verpleegkunde - 1ste jaar", "900612: Professionele bachelor verpleegkunde - 2de jaar",
         "900613: Professionele bachelor verpleegkunde - 3de jaar", "903506: Se-n-se apotheekassistent"]
COUNTS = [(138, 91), (67, 123), (43, 118), (81, 116), (55, 60), (40, 47), (31, 29), (12, 15)]
#: Footers, ``{n}`` the page's number, ``{m}`` the number of pages.
FOOTERS = [
    "Antwoord van 12 februari 2024 — pagina {n} van {m} — 1011 Brussel",
    "Antwoord van 12 februari 2024 — pagina {n} van {m}",  # (no postcode: it ends in the page's figures)
    "Vlaams Parlement, 1011 Brussel - blz. {n}/{m}",
    "Schriftelijke vraag 512 van 3 maart 2023 — pagina {n} van {m}",  # (the paper's header's form: read before too)
    "ANTWOORD VAN 12/02/2024 - BLADZIJDE {n} VAN {m} - 1011 BRUSSEL",
]


def _text(footer: str, pages: int, feed: bool, header: str = "") -> str:
    """A table of :data:`NAMES` over `pages` pages, `footer` at each page's foot (after the last row
    too), the pages run together or a form feed after each footer (glued to the next page's head,
    as pdfplumber gives it), `header` atop each later page."""
    per = -(-len(NAMES) // pages)
    lines = ["Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding", "Opleiding 2021 2022"]
    for page in range(pages):
        for name, (a, b) in list(zip(NAMES, COUNTS))[page * per:(page + 1) * per]:
            lines.append(f"{name} {a} {b}")
        if page == pages - 1:
            lines += [f"Totaal {sum(a for a, _ in COUNTS) - 9} {sum(b for _, b in COUNTS) - 7}", "Bron: VDAB."]
        foot = footer.format(n=page + 1, m=pages)
        lines.append(foot + ("\f" + header if feed and page < pages - 1 else ""))
        if header and not feed and page < pages - 1:
            lines.append(header)
    return HEAD + "\n".join(lines) + "\n"


def _read(text: str) -> tuple[list[tuple], list[tuple]]:
    from okot_audit import audit, read_text

    read = read_text(text, "s.txt")
    cells = sorted(((c.level, c.label, c.period, c.count) for t in read.tables for c in t.cells), key=str)
    return cells, sorted(((f.rule, f.line) for f in audit(read).findings if f.severity != "info"), key=str)


def _expected() -> list[tuple]:
    rows = [("row", name.split(": ", 1)[1], year, n) for name, counts in zip(NAMES, COUNTS)
            for year, n in zip(("2021", "2022"), counts)]
    totals = [("total", "Totaal", "2021", sum(a for a, _ in COUNTS) - 9), ("total", "Totaal", "2022", sum(b for _, b in COUNTS) - 7)]
    return sorted(rows + totals, key=str)


@pytest.mark.parametrize("feed", [False, True])
@pytest.mark.parametrize("pages", [2, 3])
@pytest.mark.parametrize("footer", FOOTERS)
def test_a_running_footer_with_its_page_number_inside_is_furniture(footer, pages, feed):
    """Before: a stray-number warning for the footer's figures on each page inside the table (and,
    ending in ``pagina 1 van 3``, a row of its own or an ambiguous alignment). Now the table reads
    exactly and nothing is said of the footer."""
    assert _read(_text(footer, pages, feed)) == (_expected(), [])


@pytest.mark.parametrize("feed", [False, True])
def test_a_running_footer_glued_to_the_papers_header_of_the_next_page(feed):
    """pdfplumber's text: ``… 1011 Brussel`` and the next page's ``Vlaams Parlement — Schriftelijke
    vraag nr. 512 (2023-2024)`` (its session in brackets last) at a page's break. Before, the
    header's 512 was a stray number too."""
    text = _text(FOOTERS[0], 3, feed, header="Vlaams Parlement — Schriftelijke vraag nr. 512 (2023-2024)")
    assert _read(text) == (_expected(), [])


@pytest.mark.parametrize("line", [
    "Antwoord van 12 februari 2024 — pagina 2 van 2",
    "Vlaams Parlement — pagina 1 van 2",  # (the paper's header's form: read before too)
])
def test_a_footer_that_names_the_paper_or_a_date_with_its_page_of_pages_once_is_furniture(line):
    """Once between two rows, the pages run together: it names what the page is in, and the page."""
    from okot_audit.parse.furniture import without_furniture

    lines = ("Antwoord", "Opleiding 2021 2022", "Zorgkundige 10 3", line, "Lasser 11 4")
    assert without_furniture(lines)[3] == ""


@pytest.mark.parametrize(("lines", "kept"), [
    # a row ends in its figures: a page's word inside its name takes none of them
    (("Opleiding 2021 2022", "Module pagina 1 van 2 12 8", "Lasser 11 4", "Zorg", "Module pagina 2 van 2 13 9"), {1, 4}),
    # printed once, with words and figures that name neither the paper nor a date
    (("Opleiding 2021 2022", "Zorgkundige 10 3", "Brussel 1011 — pagina 1 van 2", "Lasser 11 4"), {2}),
    # the page's number counts down, or does not count: no page's foot
    (("Tekst", "Boekdeel pagina 3 van 4 — Leuven", "a", "b", "c", "d", "Boekdeel pagina 2 van 4 — Leuven"), {1, 6}),
    # prose that points to a page
    (("Zie de tabel op pagina 3 van de bijlage voor 2021.",), {0}),
])
def test_what_stays(lines, kept):
    """What stays: a row (figures at its end), a line with other figures printed once, a line whose
    page numbers do not count the pages up, prose."""
    from okot_audit.parse.furniture import page_footers, without_furniture

    assert not page_footers(lines) & kept
    out = without_furniture(lines)
    assert all(out[i] == lines[i] for i in kept)


def test_a_long_line_with_many_page_words_is_read_in_linear_time():
    """One look for a page's word at each place: a line of many ``pagina`` words costs no more than
    its length."""
    import time

    from okot_audit.parse.furniture import page_footers

    lines = tuple(("pagina x " * 4000) + f"Antwoord pagina {n} van 9" for n in range(1, 40))
    start = time.process_time()
    page_footers(lines)
    assert time.process_time() - start < 2.0

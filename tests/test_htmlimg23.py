"""A picture in an HTML answer of which no table was read is ``unreadable-table``
(``image-without-table``) when it may be the answer's table — not when the page says it is its
furniture (session 23, read/html.py):

- by its place: in the page's ``<header>``, ``<nav>`` or ``<footer>`` (or an element of role
  ``banner``, ``navigation``, ``contentinfo``), in a link to the site's home page, or before the
  answer's first paragraph (a letterhead) — unless the prose speaks of a table above it;
- by its words (``alt``, ``title``, ``aria-label``, its file, ``class``, ``id``): a logo, a coat of
  arms, a banner, a signature, a photo are furniture; a table, a chart, an annex, figures are a
  table's picture wherever it stands;
- a picture of unclear role is named when the answer's prose speaks of a table or figures
  (``zie onderstaande tabel``, ``de cijfers``, ``in bijlage``), and quiet in prose that speaks of none.

A prose-only answer saved from the parliament's site with its letterhead was an error (a false
error on a correct answer)."""

from __future__ import annotations

import json

import pytest

from test_robust22 import run_cli

#: An answer of prose only, which speaks of no table and no figures.
PROSE_ONLY = ("Schriftelijke vraag van Jan Peeters aan de minister van Werk over de opleidingen van VDAB in de zorg. "
              "Antwoord: VDAB plant geen nieuwe opleidingen in die sector; de bestaande lopen verder zoals voorzien.")
#: An answer that speaks of a table below.
TALKS = ("Vraag van Jan Peeters aan de minister van Werk over de gestarte cursisten in een opleiding via OKOT. "
         "Antwoord: zie onderstaande tabel.")

PAGE = """<html><body>
{top}
<h1>Vraag nr. 123 van 4 mei 2021</h1>
<p>{prose}</p>
{picture}
{end}
</body></html>
"""


def _check(tmp_path, capsys, picture: str = "", prose: str = PROSE_ONLY, top: str = "", end: str = ""):
    path = tmp_path / "antwoord.html"
    path.write_text(PAGE.format(top=top, prose=prose, picture=picture, end=end), encoding="utf-8")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    findings = json.loads(out)["findings"]
    return status, [(f["rule"], f["line"], f["message"].split("'")[1]) for f in findings]


LETTERHEAD = '<img src="/sites/default/files/vp_huisstijl.png">'


@pytest.mark.parametrize("where", [
    dict(top=LETTERHEAD),  # a letterhead, before the answer's first paragraph
    dict(top=f"<header><div class='kop'>{LETTERHEAD}<p>Vlaams Parlement, Leuvenseweg 86, 1000 Brussel</p></div>"
             "</header>"),
    dict(top=f'<div role="banner"><div><div>Vlaams Parlement</div></div>{LETTERHEAD}</div>'),
    dict(top=f'<nav><a href="https://www.vlaamsparlement.be/">{LETTERHEAD}</a></nav>'),
    dict(picture=f'<p><a href="/">{LETTERHEAD}</a></p>'),  # a link to the home page
    dict(picture='<p><a href="index.html"><img src="img/vp.gif" width="300" height="90"></a></p>'),
    dict(end=f'<footer><p>Vlaams Parlement</p>{LETTERHEAD}</footer>'),
    dict(end=f'<div role="contentinfo">{LETTERHEAD}</div>'),
    # by its words, wherever it stands
    dict(picture='<p><img src="media/image1.png" alt="Logo Vlaams Parlement" width="300" height="90"></p>'),
    dict(picture='<img src="handtekening_minister.png" width="300" height="100">'),  # a signature
    dict(picture='<img src="scan.png" title="Signature of the minister">'),
    dict(picture='<img src="img/Wapen_Vlaanderen.svg">'),
    dict(picture='<img src="uploads/foto-minister.jpg" alt="">'),
    dict(picture='<img class="site-logo" src="/assets/vp.png">'),
    dict(picture='<svg aria-label="Embleem van het Vlaams Parlement" width="200" height="60"><path d="M0 0h9"/></svg>'),
    dict(picture='<div class="page-header" style="width:900px;height:120px;background-image:url(bg.jpg)"></div>'),
    dict(picture='<div style="width:900px;height:120px;background-image:url(img/banner-vp.jpg)"></div>'),
    dict(picture='<img src="logo.png" style="display: table; margin: auto">'),  # (a style's words are no picture's)
    # a page's furniture named by its class or id (a page of ``<div>``s)
    dict(end=f'<div id="footer"><div class="inner"><div>{LETTERHEAD}</div></div></div>'),
    dict(end=f'<div class="site-footer">{LETTERHEAD}</div>'),
    dict(picture=f'<p class="logo">{LETTERHEAD}</p>'),
    # a page laid out with a table: its letterhead in a cell
    dict(top=f'<table><tr><td>{LETTERHEAD}</td><td>Vlaams Parlement</td></tr></table>'),
])
@pytest.mark.parametrize("prose", [PROSE_ONLY, TALKS])
def test_a_letterhead_logo_or_signature_is_no_table(where, prose, tmp_path, capsys):
    # (each was an unreadable-table error: "the page shows an image here (...) and no table was read";
    # its place or its words say it is no table's, even when the prose speaks of one — then the
    # prose's "zie onderstaande tabel" with no table below it is what is said, not the picture)
    said = [] if prose is PROSE_ONLY else [("unreadable-table", "Antwoord: zie onderstaande tabel.")]
    status, findings = _check(tmp_path, capsys, prose=prose, **where)
    assert (status, [(rule, text) for rule, _, text in findings]) == (1 if said else 0, said)


def test_a_photo_in_an_answer_that_speaks_of_no_table_says_nothing(tmp_path, capsys):
    assert _check(tmp_path, capsys, '<p><img src="DSC_0123.jpg" width="800" height="600"></p>') == (0, [])


def test_a_signature_after_figures_given_in_an_annex_is_no_table(tmp_path, capsys):
    # (the annex not given is said, at its sentence — not the signature)
    prose = TALKS.replace("zie onderstaande tabel.", "de cijfers vindt u in bijlage.")
    assert _check(tmp_path, capsys, '<p>De minister,</p><img src="handtekening.png">', prose) == (
        1, [("unreadable-table", 4, "Antwoord: de cijfers vindt u in bijlage.")])


@pytest.mark.parametrize("picture, name", [
    ('<p><img src="media/image1.png"></p>', "media/image1.png"),  # unclear, after "zie onderstaande tabel"
    ('<svg width="600" height="300"><rect width="600" height="300"/></svg>', "svg"),
    ('<p><img src="afbeelding.png" alt=""></p>', "afbeelding.png"),
])
def test_a_picture_after_zie_onderstaande_tabel_is_still_an_error(picture, name, tmp_path, capsys):
    assert _check(tmp_path, capsys, picture, TALKS) == (1, [("unreadable-table", 5, name)])


@pytest.mark.parametrize("prose", [PROSE_ONLY, TALKS])
@pytest.mark.parametrize("where, line", [
    (dict(picture='<img src="media/tabel1.png">'), 5),
    (dict(picture='<img src="x.png" alt="Grafiek: cursisten per jaar">'), 5),
    (dict(picture='<img src="bijlage-1.png" class="logo">'), 5),  # (words of a table go first)
    (dict(end='<footer><img src="overzicht_2021.png"></footer>'), 6),
    (dict(top='<header><img alt="Tabel 1" src="t.png"></header>'), 2),
])
def test_a_picture_whose_words_say_table_is_an_error_wherever_it_stands(prose, where, line, tmp_path, capsys):
    status, findings = _check(tmp_path, capsys, prose=prose, **where)
    assert status == 1 and [(rule, at) for rule, at, _ in findings] == [("unreadable-table", line)]


def test_a_picture_before_the_first_paragraph_is_the_tables_when_the_prose_speaks_of_one_above(tmp_path, capsys):
    prose = "Antwoord: in de tabel hierboven staan de gestarte cursisten in een OKOT-opleiding per provincie."
    assert _check(tmp_path, capsys, top=LETTERHEAD, prose=prose) == (1, [("unreadable-table", 2, LETTERHEAD[10:-2])])


def test_a_picture_inside_the_first_paragraph_is_no_letterhead(tmp_path, capsys):
    prose = f"Antwoord: zie onderstaande tabel met de gestarte cursisten in een OKOT-opleiding. {LETTERHEAD}"
    status, findings = _check(tmp_path, capsys, prose=prose)
    assert status == 1 and [rule for rule, _, _ in findings] == ["unreadable-table"]


def test_furniture_ends_where_its_element_ends(tmp_path, capsys):
    # (a banner of nested elements of its own kind: the picture after it is the answer's)
    top = '<div role="banner"><div><div>Vlaams Parlement</div></div></div>'
    status, findings = _check(tmp_path, capsys, '<p><img src="media/image1.png"></p>', TALKS, top=top)
    assert (status, findings) == (1, [("unreadable-table", 5, "media/image1.png")])
    status, findings = _check(tmp_path, capsys, '<p><a href="/">home</a> <img src="media/image1.png"></p>', TALKS)
    assert (status, findings) == (1, [("unreadable-table", 5, "media/image1.png")])


def test_a_page_without_a_paragraph_of_the_answer_has_no_letterhead(tmp_path, capsys):
    # (an answer given whole as a picture: no paragraph before which a letterhead could stand)
    path = tmp_path / "antwoord.html"
    path.write_text('<html><body><h1>Vraag nr. 123 over het aantal cursisten in een OKOT-opleiding van VDAB</h1>\n'
                    '<p>Antwoord:</p>\n<img src="scan_antwoord.png">\n</body></html>', encoding="utf-8")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    assert status == 1 and [(f["rule"], f["line"]) for f in json.loads(out)["findings"]] == [("unreadable-table", 3)]


def test_a_page_laid_out_with_a_table_has_its_paragraphs_in_cells(tmp_path, capsys):
    # (the answer's first paragraph in a cell: a picture in a later cell is after it, no letterhead)
    layout = (f'<table><tr><td>{LETTERHEAD}</td></tr><tr><td>{TALKS}</td></tr>\n'
              '<tr><td><img src="media/image1.png"></td></tr></table>')
    status, findings = _check(tmp_path, capsys, layout, prose="Vlaams Parlement")
    assert (status, findings) == (1, [("unreadable-table", 6, "media/image1.png")])


def test_a_container_named_for_a_table_holds_no_furniture(tmp_path, capsys):
    status, findings = _check(tmp_path, capsys, '<div class="tabel-header"><img src="media/image1.png"></div>', TALKS)
    assert (status, findings) == (1, [("unreadable-table", 5, "media/image1.png")])
    status, findings = _check(tmp_path, capsys, '<div id="header"></div><img src="media/image1.png">', TALKS)
    assert (status, findings) == (1, [("unreadable-table", 5, "media/image1.png")])

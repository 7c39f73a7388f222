"""HTML embeds, an inline drawing's text, and programmes' names the catalogue did not match.

- an HTML answer whose table sits in a document the page embeds (``<object data="x.pdf">``,
  ``<embed>``, ``<iframe>``) or links to (``<a href="tabel.xlsx">``) and of which no table was
  read is an ``unreadable-table`` error (``embedded-document``) naming the file — it passed as
  clean;
- the text of an inline ``<svg>`` is part of the picture: it is no line of the answer (its
  ``908001 12 13`` became the answer's title);
- names the catalogue knows: a form in brackets after the name (``Verpleegkunde (HBO5)``), one
  distinctive word of a programme alone (``Kleuteronderwijs - 1ste jaar``), a track's tail
  (``Verpleegkunde - individueel traject``), a footnote's mark after the year (``Bachelor
  kinderzorg - 1ste jaar (1)``);
- the figure index keys a programme's row by what its table says the row is (``row_key``).
"""

from __future__ import annotations

import json

import pytest

from okot_audit.catalogue import default_catalogue, split_stage
from okot_audit.read.html import read_html
from test_robust22 import PROSE, run_cli

PAGE = """<html><body>
<h1>Vraag nr. 123 van 4 mei 2021</h1>
<p>{prose}</p>
{embed}
</body></html>
"""


def _html(tmp_path, capsys, embed: str):
    path = tmp_path / "antwoord.html"
    path.write_text(PAGE.format(prose=PROSE, embed=embed), encoding="utf-8")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    return status, json.loads(out)["findings"]


# --------------------------------------------------------------------------- embedded documents


@pytest.mark.parametrize("embed, name", [
    ('<object data="bijlage.pdf" type="application/pdf" width="100%" height="600"></object>', "bijlage.pdf"),
    ('<object data="/docs/stream?id=123" type="application/pdf"></object>', "/docs/stream?id=123"),
    ('<embed src="tabel.pdf" type="application/pdf">', "tabel.pdf"),
    ('<iframe src="bijlage.pdf#page=2" width="800" height="600"></iframe>', "bijlage.pdf#page=2"),
    ('<iframe src="viewer.html?file=tabel.xlsx"></iframe>', "viewer.html?file=tabel.xlsx"),
    ('<p>De cijfers staan in <a href="https://example.org/bijlagen/tabel.xlsx">de bijlage</a>.</p>',
     "https://example.org/bijlagen/tabel.xlsx"),
    # (the object's fallback link to the same file: one finding)
    ('<object data="bijlage.pdf" type="application/pdf"><a href="bijlage.pdf">Download</a></object>', "bijlage.pdf"),
])
def test_an_html_answer_whose_table_is_in_an_embedded_document_is_unreadable(embed, name, tmp_path, capsys):
    status, findings = _html(tmp_path, capsys, embed)
    assert status == 1
    (finding,) = findings
    assert (finding["rule"], finding["severity"], finding["line"]) == ("unreadable-table", "error", 4)
    assert finding["message"].startswith(f"the page embeds or links a document here ('{name}') and no table")
    assert "give okot-audit that file itself" in finding["message"]


def test_the_dutch_message_names_the_file(tmp_path, capsys):
    path = tmp_path / "antwoord.html"
    path.write_text(PAGE.format(prose=PROSE, embed='<embed src="tabel.pdf">'), encoding="utf-8")
    status, out, _ = run_cli(["check", "--no-cache", "--lang", "nl", str(path)], capsys)
    assert status == 1 and "de pagina bevat of linkt hier een document ('tabel.pdf')" in out


@pytest.mark.parametrize("embed", [
    '<a href="https://www.vlaamsparlement.be/vragen">andere vragen</a>',  # a web page: navigation
    '<a href="#antwoord">naar het antwoord</a>', '<a href="mailto:info@vdab.be">mail</a>',
    '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
    '<object data="bijlage.pdf" type="application/pdf" hidden></object>',
])
def test_links_to_pages_and_hidden_documents_say_nothing(embed, tmp_path, capsys):
    assert _html(tmp_path, capsys, embed) == (0, [])


def test_a_document_beside_a_table_that_was_read_says_nothing(tmp_path, capsys):
    table = ("<table><tr><th>Provincie</th><th>2021</th></tr><tr><td>Antwerpen</td><td>12</td></tr>"
             "<tr><td>Limburg</td><td>7</td></tr><tr><td>Totaal</td><td>19</td></tr></table>")
    status, findings = _html(tmp_path, capsys, table + '<a href="tabel.xlsx">de bijlage</a>')
    assert "unreadable-table" not in [f["rule"] for f in findings] and status == 0


def test_a_page_that_is_no_answer_but_embeds_a_document_names_it(tmp_path, capsys):
    path = tmp_path / "antwoord.html"
    path.write_text('<html><body><h1>Vraag nr. 5 van 3 maart 2022</h1><p>Antwoord: de cijfers staan in de '
                    'bijlage.</p><iframe src="bijlage.pdf"></iframe></body></html>', encoding="utf-8")
    status, _, error = run_cli(["check", "--no-cache", str(path)], capsys)
    assert status == 2 and "not an OKOT answer" in error
    assert "the page embeds or links a document ('bijlage.pdf'): give okot-audit that file itself" in error


# --------------------------------------------------------------------------- an inline drawing's text


def test_the_text_of_an_inline_svg_is_no_line_of_the_answer():
    # (the prose speaks of the table the picture shows, so the picture is named: htmlimg23)
    page = ('<html><body><p>Zie de tabel hieronder.</p><svg width="600" height="300"><title>Figuur</title>'
            '<text x="0" y="10">908001 12 13</text><g><text>Totaal 12 13</text></g></svg>'
            '<p>Vraag nr. 123 van 4 mei 2021</p></body></html>')
    source = read_html(page)
    assert not any("908001" in line or "Figuur" in line or "Totaal" in line for line in source.lines)
    assert "Vraag nr. 123 van 4 mei 2021" in source.lines
    assert source.images == ((3, "svg"),)  # (its own empty line, after the paragraph above it)


def test_an_svg_in_a_paragraph_leaves_the_paragraph_whole():
    source = read_html('<p>Zie de figuur <svg width="600" height="300"><title>x</title><text>7 8</text></svg>'
                       ' hieronder.</p>')
    assert source.lines[0] == "Zie de figuur hieronder."


# --------------------------------------------------------------------------- names


def _codes(name: str) -> tuple[bool, list[str]]:
    named = default_catalogue().named(name)
    return named.stage, [e.code for e in named.entries]


def test_a_form_in_brackets_after_the_name():
    assert _codes("Verpleegkunde (HBO5)") == (False, ["900711"])
    assert default_catalogue().by_name("Verpleegkunde (hoger beroepsonderwijs)").code == "900711"
    assert _codes("Verpleegkunde (HBO5) - 2de jaar") == (True, ["900712"])


def test_one_distinctive_word_of_a_programme_alone():
    # (``Educatieve bachelor`` is a form of education: the programme's usual short name is its subject)
    assert _codes("Kleuteronderwijs - 1ste jaar") == (True, ["908001"])
    assert _codes("Kleuteronderwijs") == (False, ["908001"])
    assert default_catalogue().by_name("Kleuteronderwijs (avondonderwijs) - 3de jaar").code == "908003"
    assert default_catalogue().by_name("Lager onderwijs - 2de jaar").code == "908012"
    # (one word of several programmes, or of a longer short name, is none of them: no guess)
    for name in ("Onderwijs - 1ste jaar", "Opvoeder", "Educatieve - 1ste jaar", "Knelpuntvakken - 3de jaar",
                 "Kinderzorg"):
        assert _codes(name) == (False, []), name


def test_a_track_tail_names_the_programmes_track():
    assert _codes("Bachelor verpleegkunde - individueel traject") == (True, ["900615"])
    stage, codes = _codes("Verpleegkunde - individueel traject")
    assert stage and sorted(codes) == ["900615", "900714", "900715"]
    # (a programme without a track: the programme its name begins with, no stage of it)
    assert _codes("Graduaat orthopedagogie - individueel traject") == (False, ["903631"])


def test_a_footnote_mark_after_the_year():
    assert split_stage("Bachelor kinderzorg - 1ste jaar (1)") == ("bachelor kinderzorg", 1)
    assert split_stage("Bachelor kinderzorg - 3de jaar*") == ("bachelor kinderzorg", 3)
    assert _codes("Graduaat orthopedagogie - 2de jaar (1)") == (True, ["903632"])


# --------------------------------------------------------------------------- the index reads row_key

INDEXED = """Vraag nr. 123 van 4 mei 2021 over OKOT bij VDAB: aantal gestarte cursisten per opleiding.

Opleiding                            2021   2022
Graduaat Orthopedagogie 1e jaar        12     13
Zorgkundige                             7      9
Totaal                                 19     22
"""


def test_the_figure_index_keys_a_row_by_what_its_table_says_it_is():
    from okot_audit.corpus.revisions import figure_rows
    from okot_audit.parse import parse_answer
    from okot_audit.source import Source

    answer = parse_answer(Source("a.txt", INDEXED, "utf-8", tuple(INDEXED.splitlines())))
    (table,) = answer.tables
    label = "Graduaat Orthopedagogie 1e jaar"
    keys = {row.label: row.key for row in figure_rows(answer)[1] if row.period == "2021"}
    assert "graduaat orthopedagogie 1 jaar" in keys[label]  # (a programme: its name however spelt)
    table.row_kinds[label] = "category"  # (the table says the row is no programme: its words as printed)
    keys = {row.label: row.key for row in figure_rows(answer)[1] if row.period == "2021"}
    assert "graduaat orthopedagogie 1e jaar" in keys[label]
    assert "zorgkundige" in keys["Zorgkundige"]

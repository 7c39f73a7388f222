"""Messages and reports, round 17: a finding's meaning is a part of its own, messages that
misread, and the HTML and SARIF reports of a large run."""

from __future__ import annotations

import json
import re
import pickle

import pytest

from okot_audit import audit, read_text
from okot_audit.findings import JSON_KEYS, Finding
from okot_audit.report import render
from okot_audit.rules import all_rules, get_rule
from okot_audit.rules.base import Meaning, said

# --------------------------------------------------------------------------------------------
# 1. The meaning a report says once is the finding's own part, not what punctuation suggests.

#: Three codes the catalogue does not know, all of one family, and three periods marked partial
#: by one footnote: the findings of each rule read alike up to their numbers.
ALIKE = """OKOT's - Onderwijssector

Unieke cursisten met gestarte OKOT'(s) 2020* 2021* 2022*
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 40 30
908097: Educatieve master - 1ste jaar 12 10 9
908098: Educatieve master - 2de jaar 11 10 8
908099: Educatieve master - 3de jaar 10 9 7
Totaal 80 69 54
* Voorlopige cijfers.
"""


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_what_was_found_is_never_left_out_only_the_meaning_said_once(fmt):
    """The report said a closing clause many findings share once, splitting each message at its
    last ``; `` or `` — `` that they all end alike from: for three unknown codes of one family
    it left out the family too (``training code 908098 is not in the catalogue``), for three
    partial periods the footnote the answer gives. Now only the rule's meaning is left out."""
    report = audit(read_text(ALIKE, "alike.txt"))
    out = render(report, fmt)
    unknown = [line for line in out.splitlines() if "code-unknown" in line]
    assert len(unknown) == 3
    assert all("its prefix 9080 suggests lerarenopleidingen" in line for line in unknown)
    assert ["check the code, or add it to an extra catalogue" in line for line in unknown] == [True, False, False]
    partial = [line for line in out.splitlines() if "partial-period" in line]
    assert len(partial) == 3
    assert all('the answer says: "Voorlopige cijfers."' in line for line in partial)
    assert ["do not compare it with full periods" in line for line in partial] == [True, False, False]
    # (no joining words left dangling where the meaning was)
    assert not any(line.rstrip(" |").endswith((";", "\u2014", ":")) for line in unknown + partial)


def test_the_meaning_is_said_once_in_dutch_too():
    out = render(audit(read_text(ALIKE, "alike.txt"), lang="nl"), "text", lang="nl")
    unknown = [line for line in out.splitlines() if "code-unknown" in line]
    assert all("het voorvoegsel 9080 wijst op lerarenopleidingen" in line for line in unknown)
    assert ["controleer de code of voeg ze toe" in line for line in unknown] == [True, False, False]


def test_a_finding_carries_its_meaning_apart_and_the_json_does_not():
    report = audit(read_text(ALIKE, "alike.txt"))
    unknown = report.by_rule("code-unknown")[0]
    assert unknown.meaning == (
        "its programme and stage were not verified: check the code, or add it to an extra catalogue")
    assert unknown.message.endswith(" \u2014 " + unknown.meaning)
    assert "meaning" not in unknown.as_dict() and tuple(unknown.as_dict()) == JSON_KEYS
    data = json.loads(render(report, "json"))
    assert all(tuple(f) == JSON_KEYS for f in data["findings"])
    # the result cache keeps it: a cached run says the meaning once as a fresh run does
    assert Finding.from_stored(json.loads(json.dumps(unknown.stored()))) == unknown


def test_findings_that_mean_different_things_each_say_theirs():
    """Province subtotals (``do not add up the rows``) beside the grand total (``do not add up
    the subtotals``): the rule's findings do not all mean the same, so each says its own."""
    text = ("OKOT's - Zorgsector\n\nProvincie Opleiding Aantal 2020\nAntwerpen\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 30\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 25\nTotaal Antwerpen 50\nLimburg\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 20\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 15\nTotaal Limburg 30\nEindtotaal 75\n")
    out = render(audit(read_text(text, "p.txt")), "text")
    lines = [line for line in out.splitlines() if "parts-exceed-total" in line]
    assert len(lines) == 3
    assert all(line.endswith(("do not add up the rows", "do not add up the subtotals")) for line in lines)


def test_a_finding_made_without_a_meaning_is_never_shortened():
    """A finding built by a program (no rule's template behind it) has no meaning apart: its
    message is shown whole, however alike the messages' endings read."""
    base = dict(rule="code-unknown", code="OK203", severity="warning", path="a.txt", table="t", measure=None,
                period=None, province=None, stated=None, observed=None, difference=None)
    findings = [Finding(line=n, training_code=f"90809{n}", message=f"code 90809{n}; its sector cannot be verified",
                        **base) for n in range(3)]
    from okot_audit.report._common import shared_endings

    assert shared_endings(findings) == {}


def test_every_meaning_is_a_closing_clause_in_both_languages():
    """Each rule's template with a meaning apart has one in English and in Dutch, its finding
    part ends with the words that join them, and filled in they read as the whole template."""
    checked = 0
    for rule in all_rules():
        for variant, templates in rule.messages.items():
            kinds = {isinstance(t, Meaning) for t in templates.values()}
            assert len(kinds) == 1, (rule.name, variant)  # both languages, or neither
            for template in templates.values():
                if isinstance(template, Meaning):
                    assert template.found.endswith(("; ", " \u2014 ")), (rule.name, variant, template.found)
                    assert template.meaning and template.meaning[0].islower() or template.meaning[0] == "{"
                    assert str(template) == template.found + template.meaning
                    checked += 1
    assert checked >= 30


def test_rules_with_their_meanings_survive_pickling():
    """``check -j 2`` sends the rules to worker processes: a template with its meaning apart
    must come back whole (it did not: ``Meaning.__new__() missing … 'meaning'``)."""
    rule = get_rule("parts-exceed-total")
    again = pickle.loads(pickle.dumps(rule.messages))
    template = again["unique"]["en"]
    assert isinstance(template, Meaning) and template.meaning == rule.messages["unique"]["en"].meaning
    assert template == rule.messages["unique"]["en"]
    assert pickle.loads(pickle.dumps(said("a; ", "b"))).found == "a; "


# --------------------------------------------------------------------------------------------
# 2. Messages that misread.

WITHHELD_HEAD = "OKOT's - Zorgsector\n\n1. Het aantal unieke cursisten.\n\n"


def _said(body: str, rule: str, lang: str = "en") -> list[str]:
    return [f.message for f in audit(read_text(WITHHELD_HEAD + body + "\n", "w.txt"), lang=lang).findings
            if f.rule == rule]


def test_how_a_withheld_count_was_taken_stands_by_the_sum_it_qualifies():
    """``… a row is missing or a figure is wrong (the withheld count <5 taken at its highest)``:
    the note on how the sum took the bound trailed the advice, as if the advice were taken at
    its highest. It now follows the sum it explains, and the meaning ends the message."""
    body = "Provincie 2020\nAntwerpen 120\nLimburg <5\nTotaal 130"
    assert _said(body, "total-exceeds-parts") == [
        "Totaal 2020 is 130 but its rows sum to only 124 (the withheld count <5 taken at its highest): 6 persons "
        "in the total appear in no row; a row is missing or a figure is wrong"]
    assert _said(body, "total-exceeds-parts", "nl") == [
        "Totaal 2020 is 130, maar de rijen tellen samen maar 124 op (het niet gegeven aantal <5 op zijn hoogst "
        "genomen): 6 personen in het totaal staan in geen enkele rij; er ontbreekt een rij of een cijfer klopt niet"]
    partition = "Geslacht 2020\nMan 6\nVrouw 5\nX <5\nTotaal 10"
    assert _said(partition, "parts-exceed-total") == [
        "Totaal 2020 is 10 but its rows sum to 11 (the withheld count <5 taken at its lowest); every person has "
        "one gender, so the rows must add up to the total exactly \u2014 1 unique person too many in the rows, or a "
        "figure is wrong"]
    assert _said(partition, "parts-exceed-total", "nl")[0].startswith(
        "Totaal 2020 is 10, maar de rijen tellen op tot 11 (het niet gegeven aantal <5 op zijn laagst genomen); ")


def test_a_withheld_count_does_not_keep_the_meaning_from_being_said_once():
    """Three province totals above their rows, one over a bound: their meaning (``a row is
    missing or a figure is wrong``) is the same for all three — the note on the bound, which
    only one has, is no part of it. (It ended the first message, so none was said once.)"""
    body = ("Provincie Opleiding Aantal 2020\nAntwerpen\n900611: Professionele bachelor verpleegkunde - 1ste jaar 20\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar <5\nTotaal Antwerpen 30\nLimburg\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 10\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 5\nTotaal Limburg 20\nWest-Vlaanderen\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 10\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 5\nTotaal West-Vlaanderen 20\nEindtotaal 70\n")
    report = audit(read_text(WITHHELD_HEAD + body, "w.txt"))
    over = report.by_rule("total-exceeds-parts")
    assert [f.meaning for f in over] == ["a row is missing or a figure is wrong"] * 3
    assert "taken at its highest" in over[0].message
    lines = [line for line in render(report, "text").splitlines() if "total-exceeds-parts" in line]
    assert [line.endswith("; a row is missing or a figure is wrong") for line in lines] == [True, False, False]
    assert lines[1].endswith("15 persons counted in no row") or lines[1].endswith("appear in no row")


OUTLIER = ["Opleiding 2019 2020 2021",
           "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 400 700 400",
           "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 300 500 300",
           "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 200 300 200",
           "Totaal 895 1200 896"]


def test_the_dutch_outlier_message_compares_shares_as_the_english_one_does():
    """``meer dan driemaal de mediaan van de andere totalen``: three times the median of the
    other totals — of their figures, not of their shares of double counting as the English
    says (``the median share of the table's other totals``); and ``dan bij de andere`` said of
    nothing."""
    text = ("OKOT's - Onderwijssector\n\n1. Het aantal unieke cursisten dat een OKOT startte:\n\n"
            + "\n".join(OUTLIER) + "\n")
    en = [f.message for f in audit(read_text(text, "o.txt")).findings if f.rule == "double-count-outlier"]
    nl = [f.message for f in audit(read_text(text, "o.txt"), lang="nl").findings if f.rule == "double-count-outlier"]
    assert len(en) == len(nl) == 1
    assert "more than three times the median share of the table's other totals" in en[0]
    assert "meer dan driemaal het mediane aandeel bij de andere totalen van de tabel (" in nl[0]
    assert "zoveel meer dubbeltellingen dan bij de andere totalen wijst" in nl[0]


def test_the_dutch_question_asks_for_its_years():
    """``vraag 1 (regel 3) vraagt 5 jaren``: Dutch asks *for* something (``vraagt naar``)."""
    text = ("OKOT's - Onderwijssector\n\n1. Hoeveel unieke personen startten in de vijf recentste jaren waarvoor er "
            "cijfers\nbeschikbaar zijn, een opleiding binnen een OKOT?\n\nANTWOORD\nop vraag nr. 74 van 14 oktober 2022\n\n"
            "1. Hieronder vindt u een overzicht.\nUnieke cursisten met gestarte OKOT'(s) 2020 2021\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 40\nTotaal 50 40\n")
    nl = [f.message for f in audit(read_text(text, "q.txt"), lang="nl").findings if f.rule == "period-not-given"]
    assert len(nl) == 1 and nl[0].startswith('vraag 1 (regel 3) vraagt naar 5 jaren ("vijf recentste jaren"); ')


# --------------------------------------------------------------------------------------------
# 3. The HTML report of a large answer: valid, escaped, with a summary and contents at the top.

from html.parser import HTMLParser  # noqa: E402

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        # (SVG elements written self-closed: ``<rect …/>``)
        "rect", "circle", "line", "path"}


class Strict(HTMLParser):
    """A page as a validator sees its structure: every element closed in the order it was
    opened, ids unique, in-page links to ids that exist."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id":
                self.ids.append(value)
            if name == "href":
                self.links.append(value)
            if name.startswith("on"):
                self.errors.append(f"event handler attribute {name}")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id":
                self.ids.append(value)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)

    @classmethod
    def check(cls, page: str) -> "Strict":
        parser = cls()
        parser.feed(page)
        parser.close()
        assert parser.errors == [] and parser.stack == []
        assert len(parser.ids) == len(set(parser.ids)), "ids are unique"
        assert all(link.startswith("#") and link[1:] in set(parser.ids) for link in parser.links)
        return parser


HOSTILE_TITLE = "Unieke cursisten <b>&amp; \"groep {t}\" met gestarte OKOT'(s) 2020 2021*"
HOSTILE_ROW = "{code}: Opleiding <script>alert('{t}')</script> & \"x\" - {r}ste jaar {a} {b}"


def big_answer(tables: int = 200, rows: int = 9) -> str:
    """An answer of `tables` tables of `rows` rows, every code unknown, every total below the sum
    of its rows, a period partial, the labels and titles full of markup: 12 findings a table."""
    out = ["OKOT's - Onderwijssector", ""]
    for t in range(tables):
        out.append(HOSTILE_TITLE.format(t=t))
        sums = [0, 0]
        for r in range(rows):
            a, b = 10 + r, 12 + r
            sums = [sums[0] + a, sums[1] + b]
            out.append(HOSTILE_ROW.format(code=700000 + t * 20 + r, t=t, r=r + 1, a=a, b=b))
        out += [f"Totaal {sums[0] - 2} {sums[1] - 3}", "* Voorlopig: \"><script>alert(1)</script>", ""]
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def big_report():
    return audit(read_text(big_answer(), "big <&> \"answer\".txt"))


def test_a_page_of_200_tables_and_2000_findings_is_valid_and_escaped(big_report):
    import time

    assert len(big_report.findings) >= 2000
    start = time.process_time()
    page = render(big_report, "html")
    assert time.process_time() - start < 10  # (some 0.2 s: about a millisecond a table)
    parsed = Strict.check(page)
    assert "script" not in parsed.tags and "b" not in parsed.tags
    text = "".join(parsed.text)
    assert "Opleiding <script>alert('7')</script> & \"x\"" not in text  # (the label is no message word)
    assert "Unieke cursisten <b>&amp; \"groep 7\" met gestarte OKOT'(s)" in text  # shown as printed
    assert 'big <&> "answer".txt' in text
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_the_page_opens_with_the_findings_per_rule_and_contents_that_link_every_table(big_report):
    """A page of 200 tables said only its totals at the top: to find a table with an error
    meant scrolling through 200 charts. Now the summary is followed by the findings per rule
    and contents that list every answer and table, with their counts, each a link."""
    page = render(big_report, "html")
    head = page[page.index("<header>"): page.index("</header>")]
    parsed = Strict.check(page)
    assert "1 answer, 200 tables: 0 errors, 1800 warnings, 600 info" in head
    rules = re.findall(r"<code>(OK\d+)</code> ([a-z-]+)</td><td><span class=\"sev sev-(\w+)\">\w+</span></td>"
                       r"<td class=\"num\">(\d+)</td>", head)
    assert rules == [("OK203", "code-unknown", "warning", "1800"), ("OK103", "parts-exceed-total", "info", "400"),
                     ("OK301", "partial-period", "info", "200")]
    links = re.findall(r'<a href="#([^"]+)">', head)
    assert len(links) == 201 and links[0] == "answer-1" and links[-1] == "answer-1-table-200"
    assert set(links) <= set(parsed.ids)
    # each link's words are the table's heading, as its section says it
    first = re.search(r'<a href="#answer-1-table-1">([^<]+)</a> <span class="meta">([^<]+)</span>', head)
    assert first.group(1).startswith("table &#34;Unieke cursisten &lt;b&gt;&amp;amp; &#34;groep 0&#34;")
    assert first.group(2) == "0 errors, 9 warnings, 3 info"
    section = page[page.index('id="answer-1-table-1"'):]
    assert section[section.index("<h3>") + 4:].startswith(first.group(1))
    # 200 tables: the contents are there, folded; the findings per rule open
    assert re.search(r'<nav class="contents" aria-label="Contents">\s*<details>', head)
    assert '<details class="per-rule" open>' in head


def test_the_dutch_page_has_dutch_contents(big_report):
    nl = audit(read_text(big_answer(tables=3), "b.txt"), lang="nl")
    page = render(nl, "html", lang="nl")
    head = page[page.index("<header>"): page.index("</header>")]
    assert "<summary>Bevindingen per controle</summary>" in head and "<summary>Inhoud</summary>" in head
    assert 'aria-label="Inhoud"' in head and "<th>Controle</th><th>Ernst</th><th>Bevindingen</th>" in head
    assert "0 fouten, 9 waarschuwingen, 3 info" in head
    Strict.check(page)


# --------------------------------------------------------------------------------------------
# 4. SARIF: the log of a large, hostile answer and of revised figures validates against the
# SARIF 2.1.0 schema (vendored in tests/data, checked with jsonschema).


@pytest.fixture(scope="module")
def sarif_validator():
    from pathlib import Path

    from jsonschema.validators import validator_for

    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _schema_errors(validator, log: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_sarif_log_of_a_large_hostile_answer_is_valid(sarif_validator, lang):
    report = audit(read_text(big_answer(tables=40), "big <&> \"answer\".txt"), lang=lang)
    log = json.loads(render(report, "sarif", lang=lang))
    assert _schema_errors(sarif_validator, log) == []
    results = log["runs"][0]["results"]
    assert len(results) == len(report.findings) == 40 * 12
    # the input's words reach the log as text, whole (JSON escapes them; no viewer renders markup)
    assert any("Unieke cursisten <b>&amp; \"groep 3\"" in r["message"]["text"] for r in results)
    # a message says its meaning in SARIF as in JSON: no report shortens it there
    unknown = [r for r in results if r["ruleId"] == "OK203"]
    assert all(r["message"]["text"].endswith(report.by_rule("code-unknown")[0].meaning) for r in unknown)


def test_the_sarif_log_of_revised_figures_and_suspects_is_valid(sarif_validator):
    """Findings with other places (``figure-revised``: the earlier answer's cell; ``likely-typo``:
    the totals it explains) as ``relatedLocations``, in a valid log."""
    head = "OKOT's - Onderwijssector\nop vraag nr. {n} van {date}\n\nUnieke cursisten met gestarte OKOT'(s) 2020 2021\n"
    a = read_text(head.format(n=1, date="14 oktober 2022")
                  + "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71\n"
                  + "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 38 47\nTotaal 88 118\n", "a.txt")
    b = read_text(head.format(n=2, date="3 maart 2023")
                  + "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 70\n"
                  + "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 45 47\nTotaal 104 117\n", "b.txt")
    report = audit([a, b])
    assert {"figure-revised", "likely-typo"} <= {f.rule for f in report.findings}
    log = json.loads(render(report, "sarif"))
    assert _schema_errors(sarif_validator, log) == []
    related = [r for r in log["runs"][0]["results"] if r.get("relatedLocations")]
    assert {log["runs"][0]["tool"]["driver"]["rules"][r["ruleIndex"]]["name"] for r in related} >= {
        "figure-revised", "likely-typo"}


UNREAD_HEAD = "OKOT's - Onderwijssector\n\n1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _unread(body: str, lang: str) -> list[str]:
    return [f.message for f in audit(read_text(UNREAD_HEAD + body, "u.txt"), lang=lang).findings
            if f.rule == "unreadable-table"]


def test_dutch_says_which_first_figures_may_belong_to_the_label():
    """``niets wijst erop dat de eerste bij het label horen``: "the first" of nothing, with a
    plural verb. Now ``de eerste cijfers``, as the English says ``the first are digits``."""
    rows = ("Opleiding 2019 2020\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71\n"
            "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar {figures}\nTotaal 85 110\n")
    [spaced] = _unread(rows.format(figures=" 38  45"), "nl")
    [more] = _unread(rows.format(figures="7 38 45"), "nl")
    for message in (spaced, more):
        assert "en niets wijst erop dat de eerste cijfers bij het label horen;" in message


def test_dutch_names_the_numbers_a_row_without_counts_ends_in():
    """``de laatste regel eindigt niet op aantallen (gezien: geen)``: seen what? The English
    says ``numbers seen``."""
    body = ("Unieke cursisten met gestarte OKOT'(s) 2020 2021\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71\n"
            "908002: Educatieve bachelor voor\nkleuteronderwijs - 2de jaar\nTotaal 88 118\n")
    [nl] = _unread(body, "nl")
    assert "de laatste regel eindigt niet op aantallen (gevonden getallen: geen);" in nl
    [en] = _unread(body, "en")
    assert "its last line ends in no counts (numbers seen: none);" in en


def test_what_a_withheld_count_means_is_said_once_per_table():
    """``<5`` printed three times in a table: what it means (withheld, a number below the
    bound, how the totals take it) is said at the first; each line still says where and what."""
    body = ("Provincie 2020 2021\nAntwerpen 120 130\nLimburg <5 <5\nBrussel <5 12\nTotaal 124 145\n")
    out = render(audit(read_text(WITHHELD_HEAD + body, "w.txt")), "text")
    lines = [line for line in out.splitlines() if "count-withheld" in line]
    assert len(lines) == 3
    assert lines[0].endswith("row Limburg: the count of 2020 is printed as <5 \u2014 withheld, a number below the "
                             "bound; it is not read as a figure, and the totals it is part of are checked with it "
                             "anywhere from 0 to 4")
    # (what Totaal 2021 over 130 and 12 leaves it, said since session 26)
    assert lines[1].endswith("row Limburg: the count of 2021 is printed as <5 (its table's totals together put it "
                             "from 3 to 4)")
    assert lines[2].endswith("row Brussel: the count of 2020 is printed as <5")


# A place in a workbook is a row of its sheet, never a line.


def _sheet_findings(rows: list[list], lang: str) -> dict[str, str]:
    import io

    from openpyxl import Workbook

    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    book = Workbook()
    sheet = book.active
    sheet.title = "Tabel 1"
    sheet.append(["Aantal unieke gestarte cursisten per opleiding (zorg)"])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    answer = parse_answer(source_from_bytes(data.getvalue(), "annex.xlsx"))
    return {f.rule: f.message for f in audit(answer, lang=lang).findings}


def test_a_workbook_finding_says_rows_where_text_says_lines():
    """``sheet 'Tabel 1', row 6: row 900611 appears again (first at line 4)``: the sheet's
    place said ``row``, the message ``line`` — of a number a workbook shows as a row. Now the
    message says ``row`` wherever its finding is in a workbook (``rij`` in Dutch)."""
    rows = [["Opleiding", "2021", "2022"],
            ["900611: Professionele bachelor verpleegkunde - 1ste jaar", 50, 60],
            ["900612: Professionele bachelor verpleegkunde - 2de jaar", 30, 35],
            ["900611: Professionele bachelor verpleegkunde - 1ste jaar", 20, 25],
            ["Totaal", 45, 110], ["Gemiddelde", 33, 40]]
    en, nl = _sheet_findings(rows, "en"), _sheet_findings(rows, "nl")
    assert en["duplicate-row"].startswith("sheet 'Tabel 1', row 6: row 900611 appears again (first at row 4); ")
    assert nl["duplicate-row"].startswith("blad 'Tabel 1', rij 6: rij 900611 komt opnieuw voor (eerst op rij 4); ")
    assert "smaller than one of its parts (900611, row 4: 50)" in en["total-below-largest-part"]
    assert "kleiner dan een van de delen (900611, rij 4: 50)" in nl["total-below-largest-part"]
    assert "also prints a row of values that are no counts, row 8: 'Gemiddelde'" in en["column-not-checked"]
    assert "drukt ook een rij af met waarden die geen aantallen zijn, rij 8: 'Gemiddelde'" in nl["column-not-checked"]
    for message in [*en.values(), *nl.values()]:
        assert " line " not in message and " regel " not in message, message


def test_text_keeps_saying_lines():
    text = ("OKOT's - Zorgsector\n\nUnieke cursisten met gestarte OKOT'(s) 2021\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 50\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 20\nTotaal 70\n")
    [message] = [f.message for f in audit(read_text(text, "d.txt")).findings if f.rule == "duplicate-row"]
    assert message.startswith("row 900611 appears again (first at line 4); ")


def test_a_table_a_workbook_cannot_read_is_said_by_its_rows():
    rows = [["Aantal unieke cursisten dat een OKOT startte"],
            ["Leeftijd", "1ste kwartaal 2022", "2de kwartaal 2022"], ["-25 jaar", 120, 88], ["25-54 jaar", 640, 512],
            ["55+ jaar", 31, 20], ["Totaal", 791, 620]]
    assert _sheet_findings(rows, "en")["unreadable-table"].startswith(
        "sheet 'Tabel 1', row 5: rows 5\u20138 look like a table ('-25 jaar 120 88' \u2026) whose header names quarters")
    assert _sheet_findings(rows, "nl")["unreadable-table"].startswith(
        "blad 'Tabel 1', rij 5: rijen 5\u20138 zien eruit als een tabel ('-25 jaar 120 88' \u2026)")

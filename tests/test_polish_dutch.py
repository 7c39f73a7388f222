"""Dutch throughout: with ``lang="nl"`` no English word reaches the reader.

Every renderer (text, Markdown, HTML, GitHub, SARIF, JSON messages) and every rule's message is
run in Dutch over the seeds and over every rule case (``tests/rule_cases``), and what a person
reads is searched for words that cannot be Dutch. What comes from the answer itself is data and
is left out: every word of the answers' own text, the table ids, rule names and codes, paths and
anything quoted or in code. Plural forms are checked in both languages.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from clitools import SEEDS, okot, out
from okot_audit import read_text
from okot_audit.audit import audit
from okot_audit.report import FORMATS, render
from okot_audit.rules import all_rules

CASES = Path(__file__).parent / "rule_cases"

#: Words that are English and cannot be Dutch (``is``, ``in``, ``of``, ``per``, ``sector``,
#: ``info``, ``code``, ``label``, ``module``, ``blank``, ``file``, ``was`` and ``show`` are
#: Dutch words too and are not here).
ENGLISH = frozenset("""
    the and persons person registrations total totals exceeds exceed period periods line lines
    table tables missing row rows sum sums suggested suggestion error errors warning warnings
    finding findings partial measure page unique enrolments enrolment year years not none may
    holds hold answer answers started graduated stopped failed unknown chart difference stated
    observed message severity rule rules province provinces question with which where from than
    more less only counts figure figures typo swapped digit digits see found cannot could must
    should would this that these those has have were are been shows scale axis parts its it for
    at on or to be by no each every other same again here but because also read there their
    left dropped doubled separator range possible possibly wrong marked framed never applied
    adds add up larger smaller largest below above whole programme training code's unreadable
""".split())

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Identifiers and names: a token with a digit, ``-``, ``_``, ``.``, ``/``, ``@`` or ``%`` in it.
IDENTIFIER = re.compile(r"\S*[\d\-_./@%]\S*")
QUOTED = re.compile(r"```.*?```|`[^`\n]*`|'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”", re.S)


def answer_words(texts: list[str]) -> set[str]:
    """Every word of the answers' own text: data, never checked for language."""
    return {w.casefold() for text in texts for w in WORD.findall(text)}


def english_in(text: str, data: set[str]) -> list[str]:
    """The English words of `text` that are not data."""
    text = QUOTED.sub(" ", text)
    text = IDENTIFIER.sub(" ", text)
    return sorted({w for w in (m.casefold() for m in WORD.findall(text)) if w in ENGLISH and w not in data})


class Visible(HTMLParser):
    """The text a person sees on a page (and its tooltips), without styles."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._style = False

    def handle_starttag(self, tag, attrs):
        self._style = tag == "style"
        self.parts.extend(value for key, value in attrs if key in ("title", "alt") and value)

    def handle_endtag(self, tag):
        if tag == "style":
            self._style = False

    def handle_data(self, data):
        if not self._style:
            self.parts.append(data)


GITHUB_COMMAND = re.compile(r"^::(?:error|warning|notice)(?: [^\n]*?)?::", re.M)


def sarif_texts(node) -> list[str]:
    """Every ``text`` and ``markdown`` a SARIF viewer shows."""
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k in ("text", "markdown") and isinstance(v, str)]
        return found + [t for k, v in node.items() if k not in ("text", "markdown") for t in sarif_texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in sarif_texts(v)]
    return []


def visible(fmt: str, output: str) -> str:
    """What a person reads of a rendered report."""
    if fmt == "html":
        parser = Visible()
        parser.feed(output)
        return "\n".join(parser.parts)
    if fmt == "sarif":
        return "\n".join(sarif_texts(json.loads(output)))
    if fmt == "json":
        return "\n".join(f["message"] for f in json.loads(output)["findings"])
    if fmt == "github":  # the workflow command and its properties are protocol, the rest is read
        return GITHUB_COMMAND.sub("", output)
    return output


def cases() -> list:
    """(name, [(path, text)]) for the seeds and every rule case."""
    out_ = [pytest.param([(str(p), p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))], id="seeds")]
    for path in sorted(CASES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            answers = ([(a["path"], a["text"]) for a in case["answers"]] if "answers" in case
                       else [("case.txt", case["text"])])
            out_.append(pytest.param(answers, id=f"{spec['rule']}: {case['name']}"))
    return out_


def report_of(answers: list[tuple[str, str]], lang: str):
    return audit([read_text(text, path=path) for path, text in answers], lang=lang)


def data_of(answers: list[tuple[str, str]], report) -> set[str]:
    data = answer_words([text for _, text in answers])
    data |= {t["id"].casefold() for a in report.answers for t in a.describe()["tables"]}
    return data


@pytest.mark.parametrize("answers", cases())
def test_every_renderer_and_message_speaks_dutch(answers):
    report = report_of(answers, "nl")
    data = data_of(answers, report)
    for finding in report.findings:
        assert english_in(finding.message, data) == [], (finding.rule, finding.message)
    for fmt in FORMATS:
        shown = visible(fmt, render(report, fmt, lang="nl"))
        assert english_in(shown, data) == [], fmt


@pytest.mark.parametrize("answers", cases())
def test_english_reports_are_english(answers):
    """The check can fail: the same reports in English are full of the words it looks for."""
    report = report_of(answers, "en")
    shown = visible("text", render(report, "text", lang="en"))
    assert english_in(shown, data_of(answers, report))


# Plural forms: "1 person", "1 persoon"; never "1 persons", "1 personen".
PLURAL_AFTER_ONE = re.compile(
    r"(?<![\d.,])1 (persons|entries|rows|figures|numbers|periods|subtotals|errors|warnings|answers|tables|"
    r"personen|vermeldingen|rijen|cijfers|getallen|perioden|periodes|subtotalen|fouten|waarschuwingen|"
    r"antwoorden|tabellen)\b"
)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_plural_forms_after_one(lang):
    seen = 0
    for param in cases():
        (answers,) = param.values
        report = report_of(answers, lang)
        for text in [f.message for f in report.findings] + [render(report, "text", lang=lang)]:
            assert not PLURAL_AFTER_ONE.search(text), text
            seen += len(re.findall(r"(?<![\d.,])1 \w+", text))
    assert seen > 10  # the cases do say "1 …" often enough for this to mean something


def test_one_person_in_both_languages():
    text = ("Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Onderwijssector\n\n"
            "Unieke cursisten met gestarte OKOT'(s) 2020\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 10\n"
            "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 5\n"
            "Totaal 14\n"
            "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 4\n")
    english = [f.message for f in audit(read_text(text, path="a.txt")).by_rule("parts-exceed-total")]
    dutch = [f.message for f in audit(read_text(text, path="a.txt"), lang="nl").by_rule("parts-exceed-total")]
    assert english and "1 person counted" in english[0]
    assert dutch and "1 persoon dubbel geteld" in dutch[0]


def test_the_english_word_check_finds_english():
    data = answer_words(["Unieke cursisten met gestarte OKOT'(s) 2020 Totaal"])
    assert english_in("Totaal 2020 exceeds the sum of its rows", data) == ["exceeds", "its", "rows", "sum", "the"]
    assert english_in("Totaal 2020 telt 14 unieke personen; 'the quoted answer' total-exceeds-parts", data) == []


# ------------------------------------------------------------------------- the command line


def test_rules_and_every_rule_page_in_dutch(tmp_path):
    listing = out(okot("rules", "--lang", "nl", cwd=tmp_path))
    assert len(listing.splitlines()) == len(all_rules())
    assert english_in(listing, set()) == [], listing
    for rule in all_rules():
        page = rule.documentation("nl")
        assert page != rule.doc, f"{rule.name} has no Dutch page"
        assert english_in(page, set()) == [], rule.name
    page = out(okot("rule", "likely-typo", "--lang", "nl", cwd=tmp_path))
    assert page.startswith("OK206 likely-typo (info)") and english_in(page, set()) == []


def test_statistics_and_notes_in_dutch(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "notes.txt").write_text("boodschappen: melk, brood\n", encoding="utf-8")
    (tmp_path / "a" / "typo.txt").write_text(
        yaml.safe_load((CASES / "likely-typo.yaml").read_text(encoding="utf-8"))["cases"][0]["text"], encoding="utf-8")
    result = okot("check", "a", "--lang", "nl", "--statistics", "--no-cache", cwd=tmp_path)
    shown = out(result) + result.stderr.decode("utf-8")
    assert "bevindingen per controle:" in shown and "okot-audit: opmerking: a/notes.txt: overgeslagen" in shown
    data = answer_words([(tmp_path / "a" / "typo.txt").read_text(encoding="utf-8"), "boodschappen melk brood"])
    assert english_in(shown, data | {"started"}) == [], shown


def test_reader_words_in_dutch():
    """The few words the reader writes itself: a starred period without a footnote."""
    text = ("Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Onderwijssector\n\n"
            "Unieke cursisten met gestarte OKOT'(s) 2020 2021*\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 138 100\n"
            "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 54 50\n"
            "Totaal 192 150\n")
    report = audit(read_text(text, path="a.txt"), lang="nl")
    [finding] = report.by_rule("partial-period")
    assert finding.message.startswith("periode 2021 van de tabel \"Unieke cursisten met gestarte OKOT'(s)\" "
                                      "(regel 3) is gemarkeerd met *, maar geen voetnoot verklaart")
    page = render(report, "html", lang="nl")
    assert 'title="gemarkeerd met * zonder verklarende voetnoot"' in page
    english = audit(read_text(text, path="a.txt")).by_rule("partial-period")[0].message
    assert english.startswith("period 2021 of the table \"Unieke cursisten met gestarte OKOT'(s)\" (line 3) is "
                              "marked * but no footnote explains the mark")


def test_input_failures_in_dutch_in_github_and_sarif(tmp_path):
    (tmp_path / "notes.txt").write_text("boodschappen: melk, brood\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(SEEDS.joinpath("000_699ad5193617b98e.txt").read_text(encoding="utf-8"),
                                    encoding="utf-8")
    github = out(okot("check", "notes.txt", "a.txt", "--format", "github", "--lang", "nl", "--no-cache", cwd=tmp_path))
    assert "::error file=notes.txt,title=okot-audit::geen OKOT-antwoord: geen tabel met opleidingscodes" in github
    sarif = json.loads(out(okot("check", "notes.txt", "a.txt", "--format", "sarif", "--lang", "nl", "--no-cache",
                                cwd=tmp_path)))
    [note] = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["message"]["text"].startswith("geen OKOT-antwoord")


def test_the_readers_own_dutch_reaches_the_error_line(tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    english = okot("check", "old.xls", cwd=tmp_path)
    dutch = okot("check", "old.xls", "--lang", "nl", cwd=tmp_path)
    assert english.returncode == dutch.returncode == 2
    assert "an old Excel (.xls)" in english.stderr.decode("utf-8")
    assert dutch.stderr.decode("utf-8").startswith("okot-audit: fout: old.xls: een oud Excel- (.xls)")


def test_every_unread_reason_has_its_dutch():
    """extract names why a table region was not read; every reason the rule knows has Dutch."""
    from okot_audit.i18n import UNREAD_REASONS_NL, translate
    from okot_audit.rules import get_rule

    assert set(UNREAD_REASONS_NL) == set(get_rule("unreadable-table").messages)
    line = ("a.txt:5: a table could not be read here (row-without-counts); its figures are not in the output "
            "— okot-audit check says more")
    assert translate(line, "nl").startswith("a.txt:5: hier kon een tabel niet gelezen worden (rij zonder aantallen)")


def test_the_readers_own_title_in_dutch():
    from okot_audit.i18n import reader_text

    assert reader_text("(no header)", "nl") == "(geen hoofding)"
    assert reader_text("(no header)", "en") == "(no header)"
    assert reader_text("Unieke cursisten (no header)", "nl") == "Unieke cursisten (no header)"  # the answer's words
    assert reader_text("marked ** without an explaining footnote", "nl") == "gemarkeerd met ** zonder verklarende voetnoot"

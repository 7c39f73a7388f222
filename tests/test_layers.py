"""The flow is one way: source → reading (``okot_audit.read``, ``okot_audit.parse``) → tables
(``okot_audit.tables``) → rules → findings → reports. A rule reads the model the reader fills,
never the reader itself; the reader knows nothing of rules or reports; the model knows neither.

Checked on the package's source with ``ast``: every import, at the top of a module or inside a
function (``from okot_audit.parse.words import …`` in a function body is an import all the
same), relative ones resolved, ``from okot_audit import parse`` counted as an import of
``okot_audit.parse``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import okot_audit
from okot_audit.parse import read_text
from okot_audit.tables import Cell, Layout, Period, Table
from okot_audit.totals import cell_unit, rows_unit

PACKAGE = Path(okot_audit.__file__).parent
READER = ("okot_audit.parse", "okot_audit.read")
#: The rules, the reports and the findings between them; with the checks of totals and the
#: revisions across answers that the rules read (``okot_audit.totals``, ``okot_audit.corpus.revisions``).
RULES_AND_REPORTS = ("okot_audit.rules", "okot_audit.report", "okot_audit.findings")
RULE_SIDE = (*RULES_AND_REPORTS, "okot_audit.totals", "okot_audit.corpus.revisions")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """``(line, module)`` for every module `path` imports, anywhere in it."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    """``(line, module)`` for every module `source` (a module of `package`) imports."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and (getattr(node.func, "attr", None) == "import_module" or getattr(node.func, "id", None) in ("import_module", "__import__"))):
            found.append((node.lineno, node.args[0].value))
    return found


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _files(prefixes: tuple[str, ...]) -> list[Path]:
    files = [p for p in sorted(PACKAGE.rglob("*.py")) if _within(_module_name(p), prefixes)]
    assert files, prefixes  # (the test sees the package's files: it can fail)
    return files


def _breaches(prefixes: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    return sorted({
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for path in _files(prefixes) for line, module in _imports(path) if _within(module, forbidden)
    })


def test_rules_reports_and_findings_never_ask_the_reader():
    assert _breaches(RULES_AND_REPORTS, READER) == []


def test_the_checks_the_rules_read_never_ask_the_reader():
    """The totals' checks (every total rule's) and the revisions across answers read the model."""
    assert _breaches(RULE_SIDE, READER) == []


def test_the_reader_knows_no_rule_nor_report():
    assert _breaches(READER, ("okot_audit.rules", "okot_audit.report")) == []


def test_the_model_knows_neither_reader_nor_rules():
    assert _breaches(("okot_audit.tables",), READER + RULES_AND_REPORTS) == []


def test_an_import_inside_a_function_counts():
    """The check sees the imports the rules held: in a function body, relative, or of the
    package's module by name."""
    source = (
        "from okot_audit import parse\n"
        "def f():\n    from okot_audit.parse.words import partition_of\n"
        "def g():\n    from ..read import pdf\n"
        "def h():\n    importlib.import_module('okot_audit.parse.units')\n"
    )
    found = [module for _, module in _imports_in(source, "okot_audit.rules")]
    assert _within("okot_audit.parse", READER) and not _within("okot_audit.parser_x", READER)
    for module in ("okot_audit.parse", "okot_audit.parse.words", "okot_audit.read", "okot_audit.parse.units"):
        assert module in found


# What the checks used to ask the reader's words is data on the table (tables.Table).

def mark_line_units(tables: list[Table]) -> None:
    from okot_audit.parse.rowkinds import mark_line_units as mark  # (the reader's step)

    mark(tables)


def _table(**fields) -> Table:
    cells = [Cell("row", "2022", 10, 5, label="Graduaat A"), Cell("row", "2022", 20, 6, label="Graduaat B"),
             Cell("total", "2022", 30, 7, label="Totaal inschrijvingen", semantics="additive")]
    return Table("t1", "", "started", Layout(rows="programme"), (Period("2022"),), True, 4, 7, cells, **fields)


def test_the_reader_says_what_a_total_line_counts():
    table = _table()
    mark_line_units([table])
    assert table.line_units == {"Totaal inschrijvingen": ("additive", "inschrijvingen")}
    assert rows_unit(table) == "inschrijvingen"


def test_the_checks_read_a_total_lines_unit_from_the_table_not_its_words():
    """A table whose reader said nothing of its total line's words: the checks take its rows for
    the table's unit, whatever the words (they no longer read them); said, they take the line's."""
    table = _table(unit="unieke cursisten")
    assert cell_unit(table, table.cells[-1]) == "unieke cursisten" and rows_unit(table) == "unieke cursisten"
    table.line_units = {"Totaal inschrijvingen": ("additive", "trajecten")}
    assert cell_unit(table, table.cells[-1]) == "trajecten" and rows_unit(table) == "trajecten"


def test_the_reader_says_whether_a_tables_columns_are_provinces():
    table = _table(categories=("Antwerpen", "Limburg", "Oost-Vl."))
    mark_line_units([table])
    assert table.categories_provinces
    for categories in (("Man", "Vrouw"), ("Antwerpen", "Gestart"), ()):
        other = _table(categories=categories)
        mark_line_units([other])
        assert not other.categories_provinces, categories


def test_an_answer_read_carries_its_total_lines_units():
    text = ("Vraag nr. 12 van 3 maart 2023\n\nAntwoord\n\nHet aantal inschrijvingen per opleiding:\n\n"
            "Opleiding 2021 2022\n900001: Graduaat A 10 12\n900002: Graduaat B 20 25\n"
            "Totaal inschrijvingen 30 37\n")
    [table] = read_text(text, "a.txt").tables
    assert table.line_units == {"Totaal inschrijvingen": ("additive", "inschrijvingen")}


# A rule never renders; a renderer never decides (renderers24).

#: What the audit run is made of, before any report: none of it asks a renderer.
AUDIT_RUN = ("okot_audit.run", "okot_audit.audit", "okot_audit.rules", "okot_audit.totals", "okot_audit.charts",
             "okot_audit.tables", "okot_audit.findings", "okot_audit.locate", "okot_audit.corpus",
             "okot_audit.highs", "okot_audit.withheld_ranges")
#: The checks a report must never run: it shows what the audit found.
CHECKS = ("total_checks", "answer_checks", "group_checks", "located", "table_bars", "link_suspects")


def _calls(path: Path) -> list[tuple[int, str]]:
    """``(line, name)`` for every call of a plain or attribute name in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name:
                found.append((node.lineno, name))
    return found


#: What a report may ask the rules: the registry, for their names and documentation (SARIF's rules).
RULE_REGISTRY = ("okot_audit.rules", "okot_audit.rules.all_rules")


def test_reports_import_no_rule_nor_check():
    """A report imports no rule module (the registry only, for the rules' documentation), nor
    the checks of totals, the solver that locates errors or the audit."""
    forbidden = ("okot_audit.rules", "okot_audit.totals", "okot_audit.locate", "okot_audit.audit",
                 "okot_audit.highs", "okot_audit.withheld_ranges")
    assert [breach for breach in _breaches(("okot_audit.report",), forbidden)
            if breach.rpartition(" imports ")[2] not in RULE_REGISTRY] == []


def test_reports_call_no_check():
    calls = sorted(f"{path.relative_to(PACKAGE.parent)}:{line} calls {name}"
                   for path in _files(("okot_audit.report",)) for line, name in _calls(path) if name in CHECKS)
    assert calls == []


def test_the_audit_run_asks_no_report():
    """The run computes what the reports show (a chart's bars included); it never imports a report."""
    assert _breaches(AUDIT_RUN, ("okot_audit.report",)) == []


def test_the_program_builder_knows_nothing_of_the_project():
    """:mod:`okot_audit.highs` builds and solves integer programs; what their variables and rows
    mean is its users' (error localisation, withheld ranges)."""
    assert _breaches(("okot_audit.highs",), ("okot_audit",)) == []

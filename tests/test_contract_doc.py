"""docs/contract.md tells the truth: its commands, options, exit statuses, tidy columns, JSON
keys and rules are the code's."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from okot_audit.cli import EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNUSABLE, cli
from okot_audit.findings import JSON_KEYS
from okot_audit.rules import all_rules
from okot_audit.tables import TIDY_COLUMNS

DOC = Path(__file__).resolve().parent.parent / "docs" / "contract.md"


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def section(doc: str, heading: str) -> str:
    """The text under `heading` up to the next heading of the same or a higher level."""
    level = heading.split(" ")[0]
    match = re.search(rf"^{re.escape(heading)}\s*$(.*?)(?=^#{{1,{len(level)}}} |\Z)", doc, re.M | re.S)
    assert match, f"docs/contract.md has no section {heading!r}"
    return match.group(1)


def long_options(command: click.Command) -> set[str]:
    return {o for p in command.params if isinstance(p, click.Option)
            for o in [*p.opts, *p.secondary_opts] if o.startswith("--") and o != "--help"}


def test_every_command_is_documented_with_exactly_its_options(doc):
    commands = section(doc, "## Commands")
    documented = set(re.findall(r"^### `okot-audit (\w[\w-]*)", commands, re.M))
    assert documented == set(cli.commands), "commands in docs/contract.md differ from the CLI's"
    for name, command in cli.commands.items():
        heading = next(h for h in re.findall(r"^### `okot-audit [^`]+`", commands, re.M)
                       if re.match(rf"### `okot-audit {name}[ `]", h))
        text = section(doc, heading)
        shown = set(re.findall(r"`(--[a-z][a-z-]*)", text))
        assert shown == long_options(command), f"okot-audit {name}: options in docs/contract.md differ"
        for argument in (p for p in command.params if isinstance(p, click.Argument)):
            assert (argument.metavar or argument.name.upper()) in heading, (name, argument.name)
    assert "### `okot-audit --version`" in commands
    assert {o for p in cli.params for o in p.opts} == {"--version"}


def test_choices_are_the_clis(doc):
    for name, command in cli.commands.items():
        for option in (p for p in command.params if isinstance(p, click.Option)):
            if isinstance(option.type, click.Choice):
                choices = "\\|".join(option.type.choices)
                assert f"`{option.opts[0]} {choices}" in doc, (name, option.opts[0], choices)


def test_exit_statuses(doc):
    text = section(doc, "## Exit statuses")
    statuses = [int(s) for s in re.findall(r"^\| `(\d)` \|", text, re.M)]
    assert statuses == [EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNUSABLE] == [0, 1, 2]


def test_tidy_columns(doc):
    text = section(doc, "## Tidy table columns (`extract --format csv`)")
    (line,) = [m for m in re.findall(r"^`([a-z_, ]+)`$", text, re.M)]
    assert tuple(line.split(", ")) == TIDY_COLUMNS


def test_json_keys(doc):
    text = section(doc, "## JSON report (`check --format json`)")
    (line,) = re.findall(r"^`([a-z_, ]+)`$", text, re.M)
    assert tuple(line.split(", ")) == JSON_KEYS


def test_rules_table_is_the_registry(doc):
    text = section(doc, "## Rules")
    rows = re.findall(r"^\| (OK\d{3}) \| `([a-z-]+)` \| (\w+) \|$", text, re.M)
    assert rows == [(r.code, r.name, r.severity) for r in all_rules()]


def test_the_doc_check_can_fail(doc):
    """The checks above read what they claim to read: a changed page fails them."""
    broken = doc.replace("| OK201 | `duplicate-row` | error |", "| OK201 | `duplicate-rows` | error |")
    rows = re.findall(r"^\| (OK\d{3}) \| `([a-z-]+)` \| (\w+) \|$", section(broken, "## Rules"), re.M)
    assert rows != [(r.code, r.name, r.severity) for r in all_rules()]
    without = doc.replace("| `--no-cache` |", "| no cache |")
    shown = set(re.findall(r"`(--[a-z][a-z-]*)", section(without, "### `okot-audit check PATH...`")))
    assert shown != long_options(cli.commands["check"])

"""Pathological inputs: time per KB of each family against the seeds' time per KB.

    python benchmarks/pathological.py [--repeat 3] [--limit 5] [--only FAMILY ...] [--profile FAMILY]

Every family is built here from fixed text (no randomness): the same inputs on every run.

- ``junk``: 5,000 junk lines (prose, loose numbers, dashes) between the rows of a table;
- ``ambiguous``: 50 blocks of rows whose blank cells the spacing does not show, closed by
  subtotals that fit several placements;
- ``tables``: 10,000 small tables, each under its own numbered item;
- ``periods``: tables of 120 monthly periods, some cells blank;
- ``long-lines``: rows with labels of 19,000 characters and prose lines of 19,900;
- ``wrapped``: row labels wrapped one word a line;
- ``totals``: many blocks and subtotals, and runs of total lines of several meanings.

For each family and for the two seeds together the benchmark times, best of `--repeat`
passes: reading (bytes → :class:`~okot_audit.tables.Answer`), auditing (every rule, the
cross-answer ones too) and each renderer (text, markdown, html, json, sarif, github), and
prints milliseconds per KB of input for each step and for the whole, the seeds' figure beside
it and the ratio. The tables, cells and findings read are printed too, so a fast run that
reads nothing shows. It exits 1 when a family's whole time per KB is more than `--limit`
times the seeds' (5 by default). It is a benchmark, not a test: the figures are the result.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RENDERERS = ("text", "markdown", "html", "json", "sarif", "github")
TITLE = "Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Zorgsector"
QUESTION = "ANTWOORD\nop vraag nr. 74 van 14 oktober 2022\n"
#: Training codes of the care sector with their catalogue labels (no finding about the rows
#: themselves: what a family costs is its shape, not a label check per row).
ROWS = (("900611", "Professionele bachelor verpleegkunde - 1ste jaar"),
        ("900612", "Professionele bachelor verpleegkunde - 2de jaar"),
        ("900613", "Professionele bachelor verpleegkunde - 3de jaar"),
        ("900711", "Hoger beroepsonderwijs verpleegkunde - 1ste jaar"),
        ("900712", "Hoger beroepsonderwijs verpleegkunde - 2de jaar"),
        ("900713", "Hoger beroepsonderwijs verpleegkunde - 3de jaar"),
        ("903631", "Graduaat orthopedagogie - 1ste jaar"),
        ("903632", "Graduaat orthopedagogie - 2de jaar"),
        ("903633", "Graduaat orthopedagogie - 3de jaar"))
CODES = tuple(code for code, _ in ROWS)
LABELS = dict(ROWS)


def row(index: int) -> str:
    """``code: label`` of the index-th care row (cycling)."""
    code, label = ROWS[index % len(ROWS)]
    return f"{code}: {label}"


def _doc(*parts: str) -> str:
    return "\n".join([TITLE, "", QUESTION, *parts, ""])


def junk(size: int = 5_000) -> str:
    """A table whose rows are `size` lines of junk apart."""
    junk_lines = []
    kinds = ("- zie ook bijlage", "12 34", "tekst die uit de PDF kwam", "", "*", "p. 3 van 7",
             "(1) 2019", "---", "bron: VDAB 2022", "....")
    for i in range(size):
        junk_lines.append(kinds[i % len(kinds)])
    rows = [f"{row(i)} {10 + i} {20 + i}" for i in range(4)]
    body = [rows[0], rows[1], *junk_lines, rows[2], *junk_lines, rows[3]]
    total = f"Totaal {sum(10 + i for i in range(4))} {sum(20 + i for i in range(4))}"
    return _doc("1. Hieronder de cijfers.", "", "Unieke cursisten met gestarte OKOT'(s) 2019 2020", *body, total)


def ambiguous() -> str:
    """50 tables of six rows of three figures under five periods, single-spaced and trimmed
    (the spacing shows no blank: 25 readings a row, 244 million combinations a table), each
    closed by a total that several placements fit."""
    periods = ["2017", "2018", "2019", "2020", "2021"]
    lines = []
    for b in range(50):
        lines.extend([f"{b % 9 + 1}. Hieronder de cijfers.", "",
                      "Unieke cursisten met gestarte OKOT'(s) " + " ".join(periods)])
        sums = [0] * 5
        for r in range(6):
            values = [3 + (b + r) % 7, 5 + r, 4 + (b * r) % 5]
            at = [r % 2, 2 + r % 2, 4]  # the columns they really stand in
            for v, c in zip(values, at):
                sums[c] += v
            lines.append(f"{row(r)} " + " ".join(map(str, values)))
        lines.append("Totaal " + " ".join(map(str, sums)))
        lines.append("")
    return _doc(*lines)


def tables() -> str:
    """10,000 small tables, each under its own numbered item."""
    parts = []
    for t in range(10_000):
        parts.append(f"{t % 9 + 1}. Hieronder de cijfers van traject {t}.")
        parts.append("")
        parts.append("Unieke cursisten met gestarte OKOT'(s) 2019 2020")
        a, b = 3 + t % 11, 5 + t % 7
        parts.append(f"{row(t)} {a} {b}")
        parts.append(f"{row(t + 1)} {b} {a}")
        parts.append(f"Totaal {a + b} {a + b}")
        parts.append("")
    return _doc(*parts)


def periods() -> str:
    """Tables of 120 monthly periods (ten years), rows with blank cells laid out by spacing."""
    months = ("januari februari maart april mei juni juli augustus september oktober november "
              "december").split()
    labels = [f"{m} {y}" for y in range(2013, 2023) for m in months]
    parts = []
    for t in range(20):
        parts.append(f"{t + 1}. Hieronder de cijfers per maand.")
        parts.append("")
        parts.append("Unieke cursisten met gestarte OKOT'(s) " + " ".join(labels))
        sums = [0] * len(labels)
        for r in range(6):
            cells = []
            for c in range(len(labels)):
                value = None if (c + r) % 9 == 0 else 1 + (c * 7 + r * 3 + t) % 40
                cells.append(value)
                sums[c] += value or 0
            text = ""
            for value in cells:  # a blank cell shows as one extra space
                text += " " if value is None else f" {value}"
            parts.append(f"{row(r)}{text}")
        parts.append("Totaal " + " ".join(map(str, sums)))
        parts.append("")
    return _doc(*parts)


def long_lines() -> str:
    """Rows whose labels run 19,000 characters, prose lines of 19,900 with numbers in them
    (the reader refuses lines over 20,000 characters as no answer's text)."""
    prose = " ".join(f"in {2000 + i % 23} waren er {i} cursisten" for i in range(1_000))[:19_900]
    label = ("verpleegkunde " * 1_500)[:19_000]
    parts = []
    for t in range(10):
        parts.extend([prose, "", f"{t + 1}. Hieronder de cijfers.", "",
                      "Unieke cursisten met gestarte OKOT'(s) 2019 2020 2021"])
        for r in range(3):
            parts.append(f"{CODES[r]}: {label} {4 + r} {5 + r} {6 + r}")
        parts.append("Totaal 15 18 21")
        parts.append("")
    return _doc(*parts)


def wrapped() -> str:
    """Row labels wrapped one word a line (up to seven lines a row), 9 rows in each of 50 tables."""
    parts = []
    for t in range(50):
        parts.extend([f"{t % 9 + 1}. Hieronder de cijfers.", "", "Unieke cursisten met gestarte OKOT'(s) 2019 2020"])
        for r, (code, label) in enumerate(ROWS):
            words = label.split()
            parts.append(f"{code}: {words[0]}")
            parts.extend(words[1:-1])
            parts.append(f"{words[-1]} {r + 1} {r + 2}")
        parts.append(f"Totaal {sum(range(1, 10))} {sum(range(2, 11))}")
        parts.append("")
    return _doc(*parts)


def totals() -> str:
    """250 tables of four sector blocks closed by subtotals under a grand total, and 50 tables
    closed by runs of 40 total lines of three meanings (enrolments, unique persons, plain)."""
    parts = []
    for t in range(250):
        parts.extend([f"{t % 9 + 1}. Hieronder de cijfers.", "", "Unieke cursisten met gestarte OKOT'(s) 2019 2020"])
        for b in range(4):
            parts.append("Zorg")
            parts.append(f"{row(2 * b)} 3 4")
            parts.append(f"{row(2 * b + 1)} 5 6")
            parts.append("Subtotaal zorg 8 10")
        parts.append("Totaal 32 40")
        parts.append("")
    for t in range(50):
        parts.extend([f"{t % 9 + 1}. Nog cijfers.", "", "Gestarte cursisten per opleiding 2019 2020"])
        parts.append(f"{row(2)} 3 4")
        parts.append(f"{row(3)} 5 6")
        for k in range(40):
            words = ("Totaal inschrijvingen", "Totaal unieke cursisten", "Totaal")[k % 3]
            parts.append(f"{words} 8 10")
        parts.append("")
    return _doc(*parts)


FAMILIES: dict[str, Callable[[], str]] = {
    "junk": junk, "ambiguous": ambiguous, "tables": tables, "periods": periods,
    "long-lines": long_lines, "wrapped": wrapped, "totals": totals,
}


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(inputs: list[tuple[str, bytes]], repeat: int) -> tuple[dict[str, float], str]:
    """Seconds per step (best of `repeat`) for reading, auditing and rendering `inputs`."""
    from okot_audit.catalogue import default_catalogue
    from okot_audit.corpus.run import corpus_findings
    from okot_audit.findings import Report
    from okot_audit.report import render
    from okot_audit.rules import AuditContext, select_rules
    from okot_audit.run import answer_of

    rules, catalogue = select_rules(), default_catalogue()
    times: dict[str, float] = {}
    times["read"], answers = best_of(repeat, lambda: [answer_of(data, name) for name, data in inputs])

    def audit_all():
        found = []
        for answer in answers:
            context = AuditContext(catalogue=catalogue, sector=None, answer=answer)
            found.extend(f for rule in rules for f in rule.findings(answer, context, "en"))
        found.extend(corpus_findings(answers, catalogue, rules, "en"))
        return found

    times["audit"], findings = best_of(repeat, audit_all)
    report = Report(answers, findings)
    for fmt in RENDERERS:
        times[fmt], _ = best_of(repeat, lambda: render(report, fmt))
    tables = sum(len(a.tables) for a in answers)
    cells = sum(len(t.cells) for a in answers for t in a.tables)
    issues = sum(len(a.issues) for a in answers)
    what = f"{tables} tables, {cells} cells, {issues} reading issues, {len(findings)} findings"
    return times, what


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes, best shown (default 3)")
    parser.add_argument("--limit", type=float, default=5.0, help="largest ratio allowed (default 5)")
    parser.add_argument("--only", nargs="*", choices=sorted(FAMILIES), help="these families only")
    parser.add_argument("--profile", choices=sorted(FAMILIES), help="profile one family (cProfile) instead")
    args = parser.parse_args()

    if args.profile:
        import cProfile
        import pstats

        data = [(args.profile, FAMILIES[args.profile]().encode("utf-8"))]
        cProfile.runctx("measure(data, 1)", globals(), {"data": data, "measure": measure}, "/tmp/pathological.prof")
        pstats.Stats("/tmp/pathological.prof").sort_stats("cumulative").print_stats(30)
        return 0

    seeds = [(p.name, p.read_bytes()) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    seed_kb = sum(len(d) for _, d in seeds) / 1024
    seed_times, seed_what = measure(seeds, max(args.repeat, 5))  # small: more passes, a steadier baseline
    seed_total = sum(seed_times.values()) / seed_kb
    steps = ["read", "audit", *RENDERERS]
    print(f"seeds       {seed_kb:8.1f} KB  {seed_total * 1000:8.3f} ms/KB  ({seed_what})")
    print("            " + "  ".join(f"{s}={seed_times[s] / seed_kb * 1000:.3f}" for s in steps))
    worst = 0.0
    failed = []
    for name in args.only or FAMILIES:
        data = FAMILIES[name]().encode("utf-8")
        kb = len(data) / 1024
        times, what = measure([(f"{name}.txt", data)], args.repeat)
        per_kb = sum(times.values()) / kb
        ratio = per_kb / seed_total
        worst = max(worst, ratio)
        flag = "  TOO SLOW" if ratio > args.limit else ""
        print(f"{name:11s} {kb:8.1f} KB  {per_kb * 1000:8.3f} ms/KB  seeds {seed_total * 1000:.3f}  "
              f"ratio {ratio:5.2f}x  whole {sum(times.values()):.2f} s{flag}")
        print("            " + "  ".join(
            f"{s}={times[s] / kb * 1000:.3f} ({times[s] / kb / (seed_times[s] / seed_kb):.1f}x)" for s in steps))
        print(f"            {what}")
        if ratio > args.limit:
            failed.append(name)
    print(f"worst ratio {worst:.2f}x (limit {args.limit:g}x)" + (f"; too slow: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

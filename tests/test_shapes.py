"""Every table shape of DOMAIN.md, built from persons and read back exactly.

Tables are built constructively: persons → memberships (each person in one category — a
partition —, or in one or two rows / provinces / blocks per period — unique persons with double
counting) → counts → printed text. The reader must give back every figure as a cell with its
level, row, period and the meaning of its total; the audit of a consistent table reports no
error and no warning; every number on a table line ends up as a cell or in a finding; and a
fault injected into one figure is reported by the rule that owns that constraint, at its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.parse.cells import numbers_in

PROVINCES = ("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel")
CATEGORIES = {
    "gender": ("Man", "Vrouw"),
    "age": ("-25 jaar", "25-54 jaar", "55+ jaar"),
    "education": ("laaggeschoold", "middengeschoold", "hooggeschoold"),
}
PROGRAMMES = ("Graduaat orthopedagogie", "Educatieve graduaatsopleiding", "Verkorte educatieve master",
              "Tweedekansonderwijs zorgkundige")
ZORG = (("900611", "Professionele bachelor verpleegkunde - 1ste jaar"),
        ("900711", "Hoger beroepsonderwijs verpleegkunde - 1ste jaar"),
        ("903631", "Graduaat orthopedagogie - 1ste jaar"))
ONDERWIJS = (("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar"),
             ("908011", "Educatieve bachelor voor lager onderwijs - 1ste jaar"),
             ("908031", "Educatieve bachelor voor secundair onderwijs: knelpuntvakken - 1ste jaar"))


@dataclass
class Shape:
    """A generated table: its printed lines and what a correct reader reads from them."""

    kind: str
    lines: list[str]
    cells: set = field(default_factory=set)  # (level, key, period, count, semantics)
    anchors: dict = field(default_factory=dict)  # name → 1-based line in the answer
    total_column: bool = False


TITLE = "Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Zorgsector"


def answer_text(shape: Shape) -> str:
    return "\n".join([TITLE, "", "1. Hieronder vindt u de gevraagde cijfers.", "", *shape.lines, "",
                      "2. Meer cijfers zijn er niet.", ""])


def first_table_line() -> int:
    return 5  # TITLE, blank, item, blank, then the table's header


def _periods(draw, school: bool) -> list[str]:
    start = draw(st.integers(2015, 2021))
    count = draw(st.integers(1, 4))
    if school:
        return [f"{y}-{y + 1}" for y in range(start, start + count)]
    return [str(y) for y in range(start, start + count)]


@st.composite
def unique_rows(draw, kind: str):
    """Rows whose persons may stand in two rows of one period (provinces, programmes)."""
    periods = _periods(draw, draw(st.booleans()))
    total_column = draw(st.booleans()) and kind != "sectors"
    keys = list(PROVINCES) if kind == "provinces" else list(PROGRAMMES)
    keys = keys[: draw(st.integers(2, len(keys)))]
    header = ("Provincie" if kind == "provinces" else "Unieke cursisten per opleiding")
    shape = Shape(kind, [header + " " + " ".join(periods) + (" Totaal" if total_column else "")],
                  total_column=total_column)
    line = first_table_line() + 1
    persons_by_period = {}
    rows: dict[str, dict[str, set]] = {k: {} for k in keys}
    for period in periods:
        people = draw(st.integers(len(keys), 60))
        persons = set()
        for person in range(people):
            first = draw(st.sampled_from(keys))
            rows[first].setdefault(period, set()).add((period, person))
            if draw(st.integers(0, 9)) == 0:  # moved or re-enrolled: in a second row too
                rows[draw(st.sampled_from(keys))].setdefault(period, set()).add((period, person))
            persons.add((period, person))
        persons_by_period[period] = persons
    for key in keys:
        counts = [len(rows[key].get(p, ())) for p in periods]
        if any(c == 0 for c in counts):
            counts = [c or 1 for c in counts]
            for p, c in zip(periods, counts):
                rows[key].setdefault(p, {(p, -1)})
        shape.lines.append(key + " " + " ".join(map(str, counts))
                           + (f" {_distinct(rows[key])}" if total_column else ""))
        for p, c in zip(periods, counts):
            shape.cells.add(("row", key, p, c, None))
        if total_column:
            shape.cells.add(("row", key, "Totaal", _distinct(rows[key]), "unique"))
        shape.anchors[key] = line
        line += 1
    totals = [len(set().union(*(rows[k].get(p, set()) for k in keys))) for p in periods]
    grand = _distinct({p: set().union(*(rows[k].get(p, set()) for k in keys)) for p in periods})
    shape.lines.append("Totaal " + " ".join(map(str, totals)) + (f" {grand}" if total_column else ""))
    for p, c in zip(periods, totals):
        shape.cells.add(("total", "Totaal", p, c, "unique"))
    if total_column:
        shape.cells.add(("total", "Totaal", "Totaal", grand, "unique"))
    shape.anchors["Totaal"] = line
    return shape


def _distinct(by_period: dict) -> int:
    """Unique persons over several periods: person ``n`` of one period is person ``n`` of every
    period (one person followed over the years), so the count lies between the largest
    period's and the sum of the periods'."""
    return len({person for members in by_period.values() for _, person in members})


@st.composite
def partitions(draw):
    """Rows that are the categories of one attribute: each person has exactly one."""
    attribute = draw(st.sampled_from(sorted(CATEGORIES)))
    categories = CATEGORIES[attribute]
    periods = _periods(draw, draw(st.booleans()))
    header = {"gender": "Geslacht", "age": "Leeftijd", "education": "Scholingsniveau"}[attribute]
    shape = Shape("partition", [f"{header} " + " ".join(periods)])
    counts = {c: [draw(st.integers(1, 4000)) for _ in periods] for c in categories}
    line = first_table_line() + 1
    for c in categories:
        shape.lines.append(c + " " + " ".join(str(n) for n in counts[c]))
        for p, n in zip(periods, counts[c]):
            shape.cells.add(("row", c, p, n, None))
        shape.anchors[c] = line
        line += 1
    totals = [sum(counts[c][i] for c in categories) for i in range(len(periods))]
    shape.lines.append("Totaal " + " ".join(map(str, totals)))
    for p, n in zip(periods, totals):
        shape.cells.add(("total", "Totaal", p, n, "additive"))
    shape.anchors["Totaal"] = line
    return shape


@st.composite
def two_totals(draw):
    """Programme rows with ``Totaal inschrijvingen`` (enrolments: the sum) and ``Totaal unieke
    cursisten`` (persons: between the largest row and the sum)."""
    periods = _periods(draw, False)
    keys = list(PROGRAMMES)[: draw(st.integers(2, len(PROGRAMMES)))]
    shape = Shape("two-totals", ["Gestarte cursisten per opleiding " + " ".join(periods)])
    line = first_table_line() + 1
    counts = {k: [draw(st.integers(1, 300)) for _ in periods] for k in keys}
    for k in keys:
        shape.lines.append(k + " " + " ".join(map(str, counts[k])))
        for p, n in zip(periods, counts[k]):
            shape.cells.add(("row", k, p, n, None))
        shape.anchors[k] = line
        line += 1
    sums = [sum(counts[k][i] for k in keys) for i in range(len(periods))]
    unique = [draw(st.integers(max(counts[k][i] for k in keys), sums[i])) for i in range(len(periods))]
    for words, values, meaning in (("Totaal inschrijvingen", sums, "additive"),
                                   ("Totaal unieke cursisten", unique, "unique")):
        shape.lines.append(words + " " + " ".join(map(str, values)))
        for p, n in zip(periods, values):
            shape.cells.add(("total", words, p, n, meaning))
        shape.anchors[words] = line
        line += 1
    return shape


@st.composite
def sector_blocks(draw):
    """Training-code rows in sector blocks, each closed by ``Subtotaal <sector>``."""
    periods = _periods(draw, False)
    shape = Shape("sectors", ["Gestarte unieke cursisten " + " ".join(periods)])
    line = first_table_line() + 1
    subtotals = []
    for sector, rows in (("zorg", ZORG), ("onderwijs", ONDERWIJS)):
        shape.lines.append(sector.capitalize())
        line += 1
        counts = {code: [draw(st.integers(1, 300)) for _ in periods] for code, _ in rows}
        for code, label in rows:
            shape.lines.append(f"{code}: {label} " + " ".join(map(str, counts[code])))
            for p, n in zip(periods, counts[code]):
                shape.cells.add(("row", code, p, n, None))
            shape.anchors[code] = line
            line += 1
        sums = [sum(counts[c][i] for c, _ in rows) for i in range(len(periods))]
        stated = [draw(st.integers(max(counts[c][i] for c, _ in rows), sums[i])) for i in range(len(periods))]
        shape.lines.append(f"Subtotaal {sector} " + " ".join(map(str, stated)))
        for p, n in zip(periods, stated):
            shape.cells.add(("subtotal", f"Subtotaal {sector}", p, n, "unique"))
        shape.anchors[sector] = line
        line += 1
        subtotals.append(stated)
    grand = [draw(st.integers(max(s[i] for s in subtotals), sum(s[i] for s in subtotals)))
             for i in range(len(periods))]
    shape.lines.append("Totaal " + " ".join(map(str, grand)))
    for p, n in zip(periods, grand):
        shape.cells.add(("total", "Totaal", p, n, "unique"))
    shape.anchors["Totaal"] = line
    return shape


SHAPES = st.one_of(unique_rows("provinces"), unique_rows("programmes"), partitions(), two_totals(),
                   sector_blocks())


def read_cells(answer) -> set:
    out = set()
    for table in answer.tables:
        for c in table.cells:
            key = c.code or c.label
            out.add((c.level, key, c.period, c.count, c.semantics if c.level != "row" or c.period == "Totaal" else None))
    return out


@settings(max_examples=60, deadline=None)
@given(SHAPES)
def test_every_shape_reads_back_exactly(shape):
    answer = read_text(answer_text(shape), "shape.txt")
    assert answer.issues == []
    assert len(answer.tables) == 1
    assert read_cells(answer) == shape.cells


@settings(max_examples=60, deadline=None)
@given(SHAPES)
def test_a_consistent_table_of_any_shape_has_no_error_or_warning(shape):
    report = audit(read_text(answer_text(shape), "shape.txt"), ignore=["code-unknown", "label-mismatch"])
    bad = [f for f in report.findings if f.severity in ("error", "warning") and f.rule != "code-outside-sector"]
    assert bad == []


@settings(max_examples=60, deadline=None)
@given(SHAPES)
def test_every_number_on_a_table_line_is_a_cell_or_in_a_finding(shape):
    text = answer_text(shape)
    answer = read_text(text, "shape.txt")
    report = audit(answer)
    lines = text.split("\n")
    cells = {(c.line, c.count) for t in answer.tables for c in t.cells}
    flagged = {f.line for f in report.findings}
    for number in range(first_table_line(), first_table_line() + len(shape.lines)):
        for value in numbers_in(lines[number - 1]):
            header = number == first_table_line()
            assert header or (number, value) in cells or number in flagged, (number, value, lines[number - 1])


@settings(max_examples=40, deadline=None)
@given(st.one_of(partitions(), two_totals()), st.integers(1, 50), st.data())
def test_a_raised_total_is_reported_at_its_line(shape, raise_by, data):
    """An additive total (a partition, enrolments) raised above the sum of its parts is
    reported where it stands (``total-exceeds-parts``)."""
    name = "Totaal inschrijvingen" if shape.kind == "two-totals" else "Totaal"
    line = shape.anchors[name]
    index = line - first_table_line()
    words, *values = _split(shape.lines[index], name)
    column = data.draw(st.integers(0, len(values) - 1))
    values[column] += raise_by
    shape.lines[index] = " ".join([words, *map(str, values)])
    report = audit(read_text(answer_text(shape), "shape.txt"))
    hits = [f for f in report.findings if f.line == line and f.severity == "error"]
    assert any(f.rule == "total-exceeds-parts" for f in hits), report.findings


@settings(max_examples=40, deadline=None)
@given(st.one_of(partitions(), two_totals()), st.integers(1, 30), st.data())
def test_an_additive_total_below_its_parts_is_an_error(shape, lower_by, data):
    """A partition's total or a ``Totaal inschrijvingen`` below the sum of its parts is an
    error (``parts-exceed-total`` at error level), not double counting."""
    name = "Totaal inschrijvingen" if shape.kind == "two-totals" else "Totaal"
    line = shape.anchors[name]
    index = line - first_table_line()
    words, *values = _split(shape.lines[index], name)
    column = data.draw(st.integers(0, len(values) - 1))
    values[column] = max(values[column] - lower_by, 0)
    shape.lines[index] = " ".join([words, *map(str, values)])
    report = audit(read_text(answer_text(shape), "shape.txt"))
    assert any(f.line == line and f.severity == "error" and f.rule in ("parts-exceed-total", "total-below-largest-part")
               for f in report.findings), report.findings


@settings(max_examples=30, deadline=None)
@given(sector_blocks(), st.data())
def test_a_code_in_the_wrong_sector_block_is_reported(shape, data):
    """Swap a zorg code into the onderwijs block: code-outside-sector at that row."""
    code, label = data.draw(st.sampled_from(ZORG))
    target = data.draw(st.sampled_from([c for c, _ in ONDERWIJS]))
    line = shape.anchors[target]
    index = line - first_table_line()
    numbers = shape.lines[index].split()[-len(shape.lines[0].split()[3:]):]
    shape.lines[index] = f"{code}: {label} " + " ".join(numbers)
    report = audit(read_text(answer_text(shape), "shape.txt"))
    assert any(f.rule == "code-outside-sector" and f.line == line and f.training_code == code
               for f in report.findings), report.findings


def _split(text: str, words: str) -> list:
    rest = text[len(words):].split()
    return [words, *map(int, rest)]


@settings(max_examples=40, deadline=None)
@given(SHAPES)
def test_a_table_right_below_the_prose_reads_back_exactly(shape):
    """Text from a PDF keeps no blank lines: the table's header follows the sentence that
    introduces it, and the next item follows its last line."""
    text = "\n".join([TITLE, "1. Hieronder vindt u de gevraagde cijfers van de afgelopen jaren, per rij.",
                      *shape.lines, "2. Meer cijfers zijn er niet.", ""])
    answer = read_text(text, "shape.txt")
    assert answer.issues == []
    assert read_cells(answer) == shape.cells

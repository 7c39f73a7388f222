"""Fuzz: no input makes anything but an InputError, and every report writes as UTF-8.

Mutated seeds (spans deleted, repeated, moved or overwritten; numbers made longer, lines
swapped, truncated), random bytes behind every byte-order mark, and the seeds in every
encoding the reader accepts go through the whole way a file goes: bytes → the audit run's
reader (:func:`okot_audit.run.answer_of`) → per-answer audit → every renderer, the tidy
extract, and the audit run itself (several inputs in one run, the bad ones as failures).

Properties:

- reading raises nothing but :class:`~okot_audit.source.InputError`, whose text is one line;
- auditing and rendering a read answer raise nothing at all;
- every rendered report (every format, both languages) encodes as UTF-8;
- the audit run turns a bad input into a failure record naming it, never an internal error.

Short and derandomized in CI (profile ``ci``, see conftest.py); ``HYPOTHESIS_PROFILE=thorough``
runs thousands of examples. Crashes found here that belong to the reader are written down in
``tests/test_fuzz_regressions.py`` and kept out of these strategies' reach (numbers are at most
300 digits long: longer ones are regression cases there).
"""

from __future__ import annotations

import codecs
import json
from functools import lru_cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from okot_audit.audit import audit_answer
from okot_audit.catalogue import default_catalogue
from okot_audit.findings import Report
from okot_audit.parse import read_text
from okot_audit.report import FORMATS, render
from okot_audit.rules import select_rules
from okot_audit.run import Inputs, Item, Setup, answer_of, run
from okot_audit.source import InputError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
#: The longest run of digits a mutation writes (longer numbers: tests/test_fuzz_regressions.py).
MAX_DIGITS = 300
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252")
BOMS = (b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@lru_cache(maxsize=None)
def seed_bytes(index: int) -> bytes:
    return SEEDS[index].read_bytes()


@lru_cache(maxsize=None)
def setup() -> Setup:
    return Setup(tuple(select_rules()), default_catalogue())


# --------------------------------------------------------------------------- strategies


@st.composite
def mutations(draw, data: bytes) -> bytes:
    """`data` with up to six edits, each at a drawn place (built, never filtered)."""
    for _ in range(draw(st.integers(0, 6))):
        size = len(data)
        at = draw(st.integers(0, size))
        end = draw(st.integers(at, min(size, at + 400)))
        kind = draw(st.sampled_from(
            ["delete", "repeat", "move", "insert", "digits", "overwrite", "swap-lines", "truncate"]))
        if kind == "delete":
            data = data[:at] + data[end:]
        elif kind == "repeat":
            data = data[:end] + data[at:end] * draw(st.integers(1, 5)) + data[end:]
        elif kind == "move":
            piece, rest = data[at:end], data[:at] + data[end:]
            to = draw(st.integers(0, len(rest)))
            data = rest[:to] + piece + rest[to:]
        elif kind == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=40)) + data[at:]
        elif kind == "digits":
            digits = draw(st.text("0123456789.", min_size=1, max_size=MAX_DIGITS))
            data = data[:at] + digits.encode() + data[end:]
        elif kind == "overwrite":
            words = draw(st.sampled_from(
                [b"Totaal", b"Eindtotaal", b"Subtotaal", b"908001:", b"2022*", b"Provincie",
                 b"Antwerpen", b"\n", b" ", b"\t", b"\x0c", b"-", b"Unieke cursisten", b"(*)"]))
            data = data[:at] + words + data[end:]
        elif kind == "swap-lines":
            lines = data.split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            data = b"\n".join(lines)
        else:
            data = data[:at]
    return data


@st.composite
def mutated_seeds(draw) -> bytes:
    return draw(mutations(seed_bytes(draw(st.integers(0, len(SEEDS) - 1)))))


@st.composite
def encoded_seeds(draw) -> bytes:
    """A (mutated) seed in one of the encodings the reader accepts, line ends varied."""
    text = draw(mutated_seeds()).decode("utf-8", "replace")
    text = text.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, "replace")
    if encoding in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    return data


random_bytes = st.builds(lambda bom, body: bom + body, st.sampled_from(BOMS), st.binary(max_size=3000))
any_input = st.one_of(mutated_seeds(), encoded_seeds(), random_bytes)


# --------------------------------------------------------------------------- the way through


def through_everything(data: bytes, name: str = "fuzz.txt") -> None:
    """Read, audit and render `data`; fail on anything but an InputError while reading."""
    try:
        answer = answer_of(data, name)
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith(name), str(error)
        return
    findings = audit_answer(answer, setup().catalogue, setup().rules)
    report = Report([answer], findings)
    for lang in ("en", "nl"):
        for fmt in FORMATS:
            render(report, fmt, lang=lang).encode("utf-8")
    json.dumps(report.to_dict("fuzz"), ensure_ascii=False).encode("utf-8")
    from okot_audit.cli import records_csv, records_json

    records = answer.records()
    records_csv(records).encode("utf-8")
    records_json(records).encode("utf-8")


@given(any_input)
def test_any_bytes_read_audit_and_render(data):
    through_everything(data)


@given(st.text(max_size=3000))
def test_any_text_reads_or_is_refused(text):
    """`read_text` with any str (no lone surrogates: see the regressions) returns or refuses."""
    try:
        answer = read_text(text, "text.txt")
    except InputError as error:
        assert "\n" not in str(error)
        return
    report = Report([answer], audit_answer(answer, setup().catalogue, setup().rules))
    for fmt in FORMATS:
        render(report, fmt).encode("utf-8")


@given(st.lists(any_input, min_size=1, max_size=4))
def test_the_audit_run_reports_every_input_once(inputs):
    """Several inputs in one run: each is an answer or a failure naming it, never a bug."""
    items = [Item(f"in{i}.txt", data=data) for i, data in enumerate(inputs)]
    report = run(Inputs(items=items), setup()).report
    assert len(report.answers) + len(report.failures) == len(items)
    named = sorted([a.path for a in report.answers] + [f.path for f in report.failures])
    assert named == sorted(item.name for item in items)
    for failure in report.failures:
        assert "internal error" not in failure.message, failure
        assert "\n" not in failure.message
    render(report, "json").encode("utf-8")

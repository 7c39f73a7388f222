"""Hypothesis strategies for OKOT answers, built constructively (see ``tests/generate/``).

Persons → memberships → counts → rendered text: nothing is filtered, so every example is a
valid answer by construction and Hypothesis shrinks towards small, plain ones (one table, one
row, one period, no page breaks, no floating labels, UTF-8).
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from generate.choices import DrawChooser, Plan
from generate.model import KINDS, AnswerModel, catalogue_pool, draw_answer
from generate.render import Rendered, render
from okot_audit.catalogue import default_catalogue
from okot_audit.parse import parse_answer
from okot_audit.source import decode_source
from okot_audit.tables import Answer


@dataclass
class Case:
    """A generated answer, how it was printed, and the plan that printed it."""

    model: AnswerModel
    plan: Plan
    rendered: Rendered

    def __repr__(self) -> str:
        """The printed text, one numbered line each, spaces made visible at line ends."""
        lines = self.rendered.text.split("\n")
        shown = "\n".join(f"{i:3} |{line.replace(chr(12), '<FF>')}$" for i, line in enumerate(lines, 1))
        return f"Case({self.rendered.encoding}, crlf={self.rendered.crlf}, thousands={self.model.thousands}):\n{shown}"

    def _repr_pretty_(self, printer, cycle) -> None:  # how Hypothesis shows a failing example
        printer.text(repr(self))

    def read(self, *, as_bytes: bool = True) -> Answer:
        """Read the printed answer back the way a user's file is read."""
        data = self.rendered.data() if as_bytes else self.rendered.text.encode("utf-8")
        return parse_answer(decode_source(data, "generated.txt"))


@st.composite
def answers(draw, *, encodings: bool = True, **options) -> Case:
    """A printed answer of random codes and labels (labels with digits and hyphens).

    `options` go to :func:`generate.model.draw_answer` (``sector``, ``most_tables``,
    ``province_table``).
    """
    chooser = DrawChooser(draw)
    model = draw_answer(chooser, **options)
    plan = Plan(chooser)
    return Case(model, plan, render(model, plan, encodings=encodings))


@st.composite
def shaped_answers(draw, kinds=KINDS, **options) -> Case:
    """:func:`answers` whose tables take every shape of DOMAIN.md (:data:`generate.model.KINDS`:
    provinces, categories, programme names, sector blocks, a total column, two totals, school
    years, months, one period in the prose), printed in the seeds' form (UTF-8, LF)."""
    return draw(answers(encodings=False, kinds=kinds, **options))


def sector_pools(sector: str) -> dict[str, list[tuple[str, str]]]:
    """Catalogue codes of `sector` with their catalogue labels; graduates get final stages only."""
    catalogue = default_catalogue()
    pool = catalogue_pool(catalogue, sector)
    return {
        "started": pool, "stopped_or_failed": pool,
        "graduated": catalogue_pool(catalogue, sector, final_only=True),
    }


@st.composite
def consistent_answers(draw, **options) -> Case:
    """An answer whose rows are catalogue codes of its own sector with their catalogue labels,
    and whose graduates tables hold only codes that can be a final stage: nothing to report
    but information."""
    chooser = DrawChooser(draw)
    sector = chooser.choice(("onderwijs", "zorg"))
    model = draw_answer(chooser, sector=sector, pools=sector_pools(sector), **options)
    plan = Plan(chooser)
    return Case(model, plan, render(model, plan, encodings=False))

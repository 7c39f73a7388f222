"""Lines of a laid-out table that stay lines of their own when its rows are put together.

A page's layout (:mod:`okot_audit.read.pdf`, and laid-out text through
:mod:`okot_audit.read.layout`) joins the lines of one row: a label wrapped in its cell goes on
on the lines below (or above) the one with its figures. Two kinds of line look like such a
label's piece but are not:

- **a block's head**: a block's name alone on its line — a category of persons (``Mannen``,
  ``Vrouwen``, ``Laaggeschoold``, ``55+ jaar``), a sector (``Zorg``, ``Onderwijs``) or a
  province (``Antwerpen``, ``Oost-Vlaanderen``) — no figure beside it, over rows with their
  counts: the name of the block of rows below it (``Mannen`` / age classes / ``Vrouwen`` /
  age classes; ``Zorg`` / programmes / ``Onderwijs`` / programmes; ``Antwerpen`` / training
  codes / ``Limburg`` / training codes). It is no piece of the row above (whose label it would
  lengthen: ``55+ jaar Vrouwen``, ``… 1ste jaar Limburg``), of the header above (``Leeftijd
  Mannen``), nor of the row below (``Vrouwen -25 jaar``, ``Zorg Graduaat orthopedagogie``).
  A word that goes on a wrapped label starts in lower case (``Educatieve bachelor voor`` /
  ``kleuteronderwijs``, ``… in de`` / ``zorg``): a head starts with a capital or a figure
  (``-25 jaar``). A head printed last on its page heads the rows the next page begins with
  (:func:`okot_audit.read.pdf._rows`), as one over rows below it on its page does.
- **a programme's name over its stages**: ``Graduaat orthopedagogie`` alone on its line over
  rows that each name a stage of it alone (``1ste jaar  50  60`` / ``2de jaar  30  35``): the
  head of the programme's block of stages, no piece of the row above (``2de jaar Bachelor in de
  verpleegkunde``) nor of the header (``Opleiding Graduaat orthopedagogie``). Two stages at
  least: a name over one stage is as likely that row's label wrapped.
- **a row of counts with their shares**: ``waarvan vrouwen   456 (41%)   480 (42%)`` — each
  cell a count and its share in brackets. The cell is a count as a plain ``456`` is: two lines
  of counts are two rows, never one label's.

The functions take the layout's lines (:class:`okot_audit.read.pdf._Line`) and cells
(``_Chunk``) as they are; they decide, the layout joins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from okot_audit.patterns import NUMBER, PERSON_CATEGORY, SECTORS, STAGE_ALONE
from okot_audit.tables import PROVINCES

if TYPE_CHECKING:
    from okot_audit.read.pdf import _Chunk, _Line

#: A cell of a count and its share in brackets (``456 (41%)``, ``1.234 (41,5 %)``, ``12 (3%)*``).
_COUNT_AND_SHARE = re.compile(rf"(?:{NUMBER.pattern})\*{{0,3}} \(\d{{1,3}}(?:[.,]\d+)? ?%\)\*{{0,3}}")


def count_and_share(chunk: _Chunk) -> bool:
    """Whether `chunk` is a cell of a count followed by its share in brackets (``456 (41%)``)."""
    return _COUNT_AND_SHARE.fullmatch(chunk.text) is not None


#: A province's name as a block's head prints it (``Oost-Vlaanderen``, ``Oost Vlaanderen``,
#: ``Antwerpen*``).
_PROVINCE = re.compile(
    "(?:" + "|".join(re.escape(p).replace(r"\-", r"[-\s]?") for p in PROVINCES) + r")\*{0,3}", re.I,
)


def block_head(line: _Line) -> bool:
    """Whether `line` is a block's name alone on its line (one cell, no figure) — a category of
    persons, a sector or a province — starting with a capital or a figure: a block's head (see
    the module's documentation) — when rows with counts stand below it, which
    :func:`heads_rows` asks."""
    if len(line.chunks) != 1 or line.chunks[0].figure:
        return False
    text = " ".join(line.chunks[0].text.split())
    text = text[:-1].rstrip() if text.endswith(":") else text  # (``Mannen:``, ``Zorg:``)
    return not text[:1].islower() and (
        PERSON_CATEGORY.match(text) is not None or _SECTOR_WORD.sub("", text).lower() in SECTORS
        or _PROVINCE.fullmatch(text) is not None
    )


#: The word that may open a sector block's head (``Sector zorg``, ``Sector: Onderwijs``).
_SECTOR_WORD = re.compile(r"^sector\b\s*:?\s*", re.I)
#: How many heads of blocks nested in one another may stand one under another (``Antwerpen`` /
#: ``Zorg`` / rows).
_NESTED = 3


def heads_block(lines: Sequence[_Line], at: int, counts: Callable[[_Line], bool]) -> bool:
    """Whether ``lines[at]`` is a block's head (:func:`block_head`) over the block's rows: the
    first row right below it (:func:`heads_rows`, `counts` saying whether a line holds a count),
    or below the heads of blocks nested in it, each in its column (``Antwerpen`` / ``Zorg`` /
    the rows of Antwerpen's sector zorg)."""
    head = lines[at]
    if not block_head(head):
        return _heads_stages(lines, at, counts)
    j = at + 1
    while j < len(lines) and j <= at + _NESTED and block_head(lines[j]) \
            and abs(lines[j].chunks[0].x0 - head.chunks[0].x0) <= head.size:
        j += 1
    if j >= len(lines) or not heads_rows(head, lines[j], counts(lines[j])):
        return False
    # a sector's or province's name may be a programme's first word (``Logistiek`` / ``assistent``,
    # its name wrapped): a block's first row starts as a row does, not in lower case
    return _category(head) or not lines[j].chunks[0].text.lstrip()[:1].islower()


def _heads_stages(lines: Sequence[_Line], at: int, counts: Callable[[_Line], bool]) -> bool:
    """Whether ``lines[at]`` is a programme's name alone (one cell, no figure, with a capital)
    right over two rows at least that each name a stage of it alone (``1ste jaar``, ``2de jaar``:
    :data:`~okot_audit.patterns.STAGE_ALONE`), in its column, with their counts."""
    head = lines[at]
    if len(head.chunks) != 1 or head.chunks[0].figure or not head.chunks[0].text.lstrip()[:1].isupper():
        return False
    stages = 0
    for line in lines[at + 1: at + 3]:
        if not (counts(line) and heads_rows(head, line, True) and STAGE_ALONE.match(line.chunks[0].text)):
            break
        stages += 1
    return stages == 2


def _category(line: _Line) -> bool:
    """Whether the head `line` names a category of persons."""
    text = " ".join(line.chunks[0].text.split())
    return PERSON_CATEGORY.match(text[:-1].rstrip() if text.endswith(":") else text) is not None


def heads_rows(head: _Line, line: _Line, counts: bool) -> bool:
    """Whether `line`, right under the block's head `head`, is the block's first row: its label
    starts in the head's column and it holds a count (`counts`, as the layout says)."""
    return counts and abs(line.chunks[0].x0 - head.chunks[0].x0) <= line.size and not line.chunks[0].figure

"""Odd and bad inputs, session 36: a PDF whose page content breaks off part-way.

PDFium reads a page whose compressed content stream is damaged part-way as far as the damage and
says nothing: the page's text stops there. Rows after it, a table's total, or a whole table were
lost without a word, and the answer could pass clean (exit 0). Now the page is said: an
``unreadable-table`` finding (``page-cut-short``) at the end of the page's text.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zlib
from pathlib import Path

import pytest

from clitools import err, okot, out
from okot_audit import audit, read_answer

SEED = "000_699ad5193617b98e"  # three tables over five pages
CUT_WORDS = "cannot be decompressed to its end"
#: What a page damaged so early that PDFium reads nothing of it gets (said before this session).
BLANK_WORDS = "draws nothing, and a part of the PDF cannot be decompressed"


@functools.cache
def _answer_pdf() -> bytes:
    from generate.pdf import seed_document, write_pdf

    return write_pdf(seed_document(SEED))


def _content_streams(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each page's content stream data, in page order (the generator's PDFs name
    one stream per page in ``/Contents N 0 R`` and write pages in order)."""
    spans = []
    for number in re.findall(rb"/Contents (\d+) 0 R", data):
        match = re.search(rb"\n" + number + rb" 0 obj\s*<<.*?>>\s*stream\r?\n", data, re.S)
        assert match is not None
        spans.append((match.end(), data.find(b"endstream", match.end())))
    return spans


def _damaged(data: bytes, start: int, end: int, share: float) -> bytes:
    """`data` with eight bytes of the stream data between `start` and `end` flipped at `share` of it."""
    changed = bytearray(data)
    at = start + int((end - start) * share)
    for index in range(at, min(at + 8, end)):
        changed[index] ^= 0x55
    return bytes(changed)


def _cut_findings(path: Path, words: tuple[str, ...] = (CUT_WORDS,)) -> list:
    return [f for f in audit(read_answer(path)).findings
            if f.rule == "unreadable-table" and any(said in f.message for said in words)]


def test_the_generated_answer_has_one_content_stream_per_page_and_reads_clean(tmp_path):
    data = _answer_pdf()
    assert len(_content_streams(data)) == 5
    (tmp_path / "a.pdf").write_bytes(data)
    report = audit(read_answer(tmp_path / "a.pdf"))
    assert report.summary["error"] == 0
    assert not _cut_findings(tmp_path / "a.pdf")
    from okot_audit.read.pdf import _pages_cut_short

    assert _pages_cut_short(data, 5) == []


@pytest.mark.parametrize("page", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("share", [0.1, 0.5])
def test_a_page_whose_content_breaks_off_is_said_at_that_page(tmp_path, page, share):
    # On main, damage early on page 2 lost the started table (73 of 208 figures) and the
    # answer exited 0; damage on page 1 lost prose without a word.
    data = _answer_pdf()
    start, end = _content_streams(data)[page - 1]
    path = tmp_path / "a.pdf"
    path.write_bytes(_damaged(data, start, end, share))
    with pytest.raises(zlib.error):  # (the damage is real: the stream no longer decompresses)
        zlib.decompressobj().decompress(path.read_bytes()[start:end])
    found = _cut_findings(path, (CUT_WORDS, BLANK_WORDS))
    assert [f.page for f in found] == [page], [f.message for f in found]
    assert found[0].severity == "error"
    assert f"page {page} " in found[0].message


def test_the_command_says_the_cut_page_with_its_file_line_and_page_and_fails(tmp_path):
    data = _answer_pdf()
    start, end = _content_streams(data)[1]
    (tmp_path / "a.pdf").write_bytes(_damaged(data, start, end, 0.1))
    result = okot("check", "--hide-info", "a.pdf", cwd=tmp_path)
    assert result.returncode == 1, out(result) + err(result)
    line = next(line for line in out(result).splitlines() if CUT_WORDS in line)
    assert re.match(r"a\.pdf:\d+: OK901 unreadable-table \[error\] \(page 2\) the content of page 2 ", line), line
    assert "Traceback" not in err(result)
    dutch = okot("check", "--hide-info", "--lang", "nl", "a.pdf", cwd=tmp_path)
    assert "de inhoud van pagina 2 kan niet tot het einde uitgepakt worden" in out(dutch)


def test_the_pre_commit_entry_blocks_the_cut_pdf(tmp_path):
    data = _answer_pdf()
    start, end = _content_streams(data)[1]
    (tmp_path / "a.pdf").write_bytes(_damaged(data, start, end, 0.1))
    result = okot("check", "--skip-non-answers", "a.pdf", cwd=tmp_path)
    assert result.returncode == 1 and CUT_WORDS in out(result)


def _pdf_with_image() -> tuple[bytes, tuple[int, int]]:
    """Seed 002's lines as a PDF page with a small PNG beside them, and where the image's
    Flate data stands (no page's content: damage there loses no text)."""
    from fpdf import FPDF
    from PIL import Image

    from clitools import SEED_PROVINCES

    picture = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(picture, format="PNG")
    pdf = FPDF()
    pdf.set_font("Courier", size=7)
    pdf.add_page()
    pdf.image(picture, x=170, y=5, w=20)
    for line in SEED_PROVINCES.read_text(encoding="utf-8").splitlines():
        pdf.cell(0, 3, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    match = re.search(rb"/Subtype /Image.*?>>\s*stream\r?\n", data, re.S)
    assert match is not None and b"/FlateDecode" in data[data.rfind(b" obj", 0, match.start()):match.end()]
    return data, (match.end(), data.find(b"endstream", match.end()))


def test_damage_outside_the_pages_content_names_no_page(tmp_path):
    # A damaged image (or font) stream costs no text: the page is not said to be cut short.
    data, (start, end) = _pdf_with_image()
    (tmp_path / "clean.pdf").write_bytes(data)
    (tmp_path / "image.pdf").write_bytes(_damaged(data, start, end, 0.3))
    clean = audit(read_answer(tmp_path / "clean.pdf"))
    damaged = audit(read_answer(tmp_path / "image.pdf"))
    assert [f.message for f in damaged.findings] == [f.message for f in clean.findings]
    assert not _cut_findings(tmp_path / "image.pdf")


# --------------------------------------------------------------------------- PDF 1.5 object streams

def with_object_streams(data: bytes) -> bytes:
    """`data` (a PDF with a classic xref table) rewritten as PDF 1.5 writes it: every object that
    is no stream packed in one object stream, an xref stream in place of the table."""
    objs = {}
    for m in re.finditer(rb"(?<![\d.])(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S):
        objs[int(m.group(1))] = m.group(2)
    root = int(re.findall(rb"/Root (\d+) 0 R", data)[-1])
    packed = {n: b for n, b in objs.items() if b"stream" not in b}
    plain = {n: b for n, b in objs.items() if n not in packed}
    order = sorted(packed)
    body, offsets = b"", []
    for n in order:
        offsets.append(len(body)); body += packed[n] + b"\n"
    head = b" ".join(b"%d %d" % (n, o) for n, o in zip(order, offsets)) + b"\n"
    stm_num = max(objs) + 1
    xref_num = stm_num + 1
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    where = {}
    for n in sorted(plain):
        where[n] = len(out); out += b"%d 0 obj\n" % n + plain[n] + b"\nendobj\n"
    raw = zlib.compress(head + body)
    where[stm_num] = len(out)
    out += b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        stm_num, len(order), len(head), len(raw)) + raw + b"\nendstream\nendobj\n"
    size = xref_num + 1
    rows = b""
    for n in range(size):
        if n in packed:
            rows += struct.pack(">BIH", 2, stm_num, order.index(n))
        elif n in where:
            rows += struct.pack(">BIH", 1, where[n], 0)
        elif n == xref_num:
            rows += struct.pack(">BIH", 1, len(out), 0)
        else:
            rows += struct.pack(">BIH", 0, 0, 65535)
    xref_at = len(out)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Length %d >>\nstream\n" % (
        xref_num, size, root, len(rows)) + rows + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def test_a_cut_page_is_said_when_the_page_tree_is_packed_in_an_object_stream(tmp_path):
    # Word and most PDF 1.5 writers pack the page dictionaries in compressed object streams:
    # the page whose content breaks off is found through them too.
    data = _answer_pdf()
    start, end = _content_streams(data)[1]
    packed = with_object_streams(_damaged(data, start, end, 0.1))
    assert b"/Contents" not in packed  # (no page dictionary stands in the file's bytes)
    (tmp_path / "clean.pdf").write_bytes(with_object_streams(data))
    (tmp_path / "a.pdf").write_bytes(packed)
    assert not _cut_findings(tmp_path / "clean.pdf")
    assert audit(read_answer(tmp_path / "clean.pdf")).summary["error"] == 0
    assert [f.page for f in _cut_findings(tmp_path / "a.pdf")] == [2]

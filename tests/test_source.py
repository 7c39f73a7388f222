"""Bad input gets one clear line naming the file (and line); real-world encodings read alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import InputError, read_answer
from okot_audit.source import MAX_LINE_CHARS, decode_source

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_699ad5193617b98e.txt"


def cells(answer):
    return [(t.id, c) for t in answer.tables for c in t.cells]


@pytest.mark.parametrize(
    "data,expected",
    [
        (b"", "file is empty"),
        (b"   \n\n  ", "only white space"),
        (b"OKOT\x00\x01\x02binary", "binary data"),
        (b"OKOT line\n\x81\x8d\x8f\x90 bytes", "decodes in none of"),
        (b"plain prose 2020 without any table\n", "not an OKOT answer"),
    ],
)
def test_bad_input_is_one_line_with_the_file(tmp_path, data, expected):
    path = tmp_path / "answer.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_answer(path)
    message = str(caught.value)
    assert expected in message
    assert message.startswith(str(path))
    assert "\n" not in message


def test_a_huge_line_names_its_line(tmp_path):
    path = tmp_path / "answer.txt"
    path.write_text("OKOT\nfine\n" + "x" * (MAX_LINE_CHARS + 1) + "\n")
    with pytest.raises(InputError) as caught:
        read_answer(path)
    assert str(caught.value).startswith(f"{path}:3: line is ")


def test_undecodable_bytes_name_their_line(tmp_path):
    path = tmp_path / "answer.txt"
    path.write_bytes(b"OKOT\nline two\nbad \x81 here\n")
    with pytest.raises(InputError) as caught:
        read_answer(path)
    assert str(caught.value).startswith(f"{path}:3:")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_answer(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_answer(tmp_path)


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), id="bom"),
        pytest.param(lambda t: t.encode("cp1252"), id="windows-1252"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16"),
    ],
)
def test_encodings_read_like_the_original(transform):
    text = SEED.read_text(encoding="utf-8")
    original = read_answer(SEED)
    from okot_audit.parse import parse_answer

    again = parse_answer(decode_source(transform(text), str(SEED)))
    assert cells(again) == cells(original)
    assert again.issues == []


def test_dutch_thousands_separators():
    text = SEED.read_text(encoding="utf-8").replace("Totaal 439 834 1472 1480", "Totaal 439 834 1.472 1.480")
    from okot_audit import read_text

    answer = read_text(text)
    totals = [c.count for c in answer.table("started").cells if c.level == "total"]
    assert totals == [439, 834, 1472, 1480]


def test_ligatures_and_compatibility_characters_are_normalised_line_by_line():
    """pypdf and pdfplumber leave ``ﬁ`` ligatures and odd spaces; NFKC makes plain text of
    them without moving any line."""
    from okot_audit.source import source_from_text

    source = source_from_text("OKOT\n908010: Speci\ufb01eke lerarenopleiding\u2002(SLO) 12\nTotaal\u00a012\n")
    assert source.lines == ("OKOT", "908010: Specifieke lerarenopleiding (SLO) 12", "Totaal 12")


def test_the_format_comes_from_the_bytes_not_the_name(tmp_path):
    """A PDF or a workbook called ``.txt`` is read as what it is; a zip that is no workbook is refused."""
    import io
    import zipfile

    from okot_audit.source import sniff, source_from_bytes

    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(SEED.read_bytes()) == "text"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert sniff(buffer.getvalue()) == "zip"
    with pytest.raises(InputError, match="zip archive that is not an Excel workbook") as caught:
        source_from_bytes(buffer.getvalue(), "annex.txt")
    assert str(caught.value).startswith("annex.txt: ")
    assert caught.value.dutch and "zip-archief" in caught.value.dutch
    text = source_from_bytes(SEED.read_bytes(), "seed.pdf")
    assert text.kind == "text" and not text.positional

"""Text of a PDF as the common extractors give it (what users paste into okot-audit).

``pdfplumber`` ``extract_text()`` and ``extract_text(layout=True)``, ``pypdf``
``extract_text()``, and — where poppler's ``pdftotext`` is installed — ``pdftotext -layout``
and plain ``pdftotext``. Run as a script, it writes the seeds' PDFs (tests/generate/pdf.py)
through every extractor into ``tests/data/extracted/`` as fixtures for the parser's tests::

    python tests/generate/extract.py
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

EXTRACTORS = ("pdfplumber", "pdfplumber-layout", "pypdf", "pdftotext-layout", "pdftotext")
POPPLER = ("pdftotext-layout", "pdftotext")
FIXTURES = Path(__file__).resolve().parent.parent / "data" / "extracted"


def fixture_styles() -> dict:
    """The table styles the fixtures are made in: ruled cells with the figures on a wrapped
    label's first line; no rules with the figures centred between its lines; ``ﬁ`` ligatures
    in labels (an embedded TrueType font, as browsers print)."""
    from generate.pdf import PdfStyle

    return {
        "ruled-top": PdfStyle(),
        "plain-middle": PdfStyle(ruled=False, v_align="MIDDLE", page_numbers="{n}/{nb}"),
        "ligatures": PdfStyle(ligatures=True, v_align="BOTTOM", page_numbers="Pagina {n} van {nb}"),
    }


def available(extractor: str) -> bool:
    return extractor not in POPPLER or shutil.which("pdftotext") is not None


def extract(data: bytes, extractor: str) -> str:
    """The text `extractor` takes out of the PDF `data` (pages joined by form feeds)."""
    if extractor.startswith("pdfplumber"):
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            layout = extractor.endswith("layout")
            return "\f".join((page.extract_text(layout=layout) or "") for page in pdf.pages) + "\n"
    if extractor == "pypdf":
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data))
        return "\f".join(page.extract_text() or "" for page in reader.pages) + "\n"
    if extractor in POPPLER:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "answer.pdf"
            source.write_bytes(data)
            args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if extractor.endswith("layout") else []), str(source), "-"]
            return subprocess.run(args, capture_output=True, check=True, timeout=60).stdout.decode("utf-8")
    raise ValueError(f"unknown extractor {extractor!r}")


def read_form(data: bytes, form: str = "pdf"):
    """The answer read from the PDF `data` itself (`form` ``pdf``), or from the text the
    extractor `form` makes of it; the test is skipped, saying why, where that extractor is not
    installed."""
    import pytest

    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    if form == "pdf":
        return parse_answer(source_from_bytes(data, "a.pdf"))
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return parse_answer(source_from_bytes(extract(data, form).encode(), "a.txt"))


def fixture_name(seed: str, style: str, extractor: str) -> str:
    return f"{seed}.{style}.{extractor}.txt"


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from generate.pdf import seed_document, write_pdf

    FIXTURES.mkdir(parents=True, exist_ok=True)
    for seed in ("000_699ad5193617b98e", "002_f58759045b60ed02"):
        document = seed_document(seed)
        for style, settings in fixture_styles().items():
            data = write_pdf(document, settings)
            for extractor in EXTRACTORS:
                if not available(extractor):
                    print(f"skipped {extractor}: pdftotext not installed", file=sys.stderr)
                    continue
                (FIXTURES / fixture_name(seed, style, extractor)).write_text(extract(data, extractor), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

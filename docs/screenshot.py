"""Make docs/report.png, the README's screenshot of the HTML report of the two seed answers.

Run from the repository root:  python docs/screenshot.py

It renders ``okot-audit check seeds --format html`` (the library's audit of ``seeds``, English),
takes a screenshot of the page's first 1200 × 1600 pixels with a headless Chromium (``chromium``,
``chromium-browser`` or ``google-chrome`` on the PATH; ``CHROMIUM`` names another), and writes
the SHA-256 of the page it photographed to ``docs/report.png.sha256``. A test
(tests/test_polish_screenshot.py) renders the page again and compares: when the report changes,
the screenshot is out of date and this script must be run again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNG = ROOT / "docs" / "report.png"
DIGEST = ROOT / "docs" / "report.png.sha256"
SIZE = (1200, 1600)
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def seeds_page() -> str:
    """The HTML report of the seeds, as ``okot-audit check seeds --format html`` run from the
    repository root writes it."""
    from okot_audit.audit import audit
    from okot_audit.report import render

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return render(audit("seeds"), "html")
    finally:
        os.chdir(here)


def page_digest(page: str) -> str:
    return hashlib.sha256(page.encode("utf-8")).hexdigest()


def browser() -> str | None:
    named = os.environ.get("CHROMIUM")
    if named:
        return named
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def main() -> int:
    chromium = browser()
    if chromium is None:
        print("screenshot.py: no headless Chromium found (chromium, chromium-browser, google-chrome); "
              "set CHROMIUM to one", file=sys.stderr)
        return 2
    page = seeds_page()
    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder) / "report.html"
        html.write_text(page, encoding="utf-8")
        shot = Path(folder) / "report.png"
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--window-size={SIZE[0]},{SIZE[1]}", f"--screenshot={shot}", html.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
        shutil.copyfile(shot, PNG)
    DIGEST.write_text(page_digest(page) + "\n", encoding="utf-8")
    print(f"wrote {PNG.relative_to(ROOT)} and {DIGEST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The README's screenshot (docs/report.png) shows the HTML report of the seeds as it is today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def screenshot_module():
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "docs" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_the_readme_shows_the_screenshot():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/report.png)" in readme
    png = (ROOT / "docs" / "report.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000


def test_the_screenshot_is_of_todays_report():
    module = screenshot_module()
    stored = (ROOT / "docs" / "report.png.sha256").read_text(encoding="utf-8").strip()
    page = module.seeds_page()
    assert "seeds/000_699ad5193617b98e.txt" in page and "<svg" in page
    assert module.page_digest(page) == stored, (
        "the HTML report of the seeds changed since docs/report.png was made: run "
        "`python docs/screenshot.py` (needs a headless Chromium) and commit docs/report.png and its .sha256")

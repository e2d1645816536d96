"""The README's screenshots: `make screenshots` (or `python -m ui.screenshots [OUT_DIR]`).

Starts the app, asks one question at desktop width (1280×900) and at phone width (390×844), and writes
``chat.png`` and ``chat-phone.png`` into OUT_DIR (default ``docs/``). The tests take their own
screenshots into a temporary folder; only this command writes into the work tree.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from ui.browser import DESKTOP, PHONE, ROOT, ask_and_wait, launch_chromium, streamlit_server

QUESTION = "How many institutes did the Department of Defense fund?"


def take(out_dir: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="assistant-screenshots-") as tmp, \
            streamlit_server(Path(tmp) / "streamlit.log") as url, sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            for name, viewport in (("chat.png", DESKTOP), ("chat-phone.png", PHONE)):
                page = browser.new_page(viewport=viewport)
                page.goto(url)
                ask_and_wait(page, QUESTION)
                page.evaluate("document.activeElement && document.activeElement.blur()")
                if viewport is DESKTOP:  # a chip's quote, as on hover (on a phone it would hide the question)
                    page.get_by_test_id("stChatMessage").nth(1).locator("a.cite").first.hover()
                page.wait_for_timeout(300)
                page.screenshot(path=str(out_dir / name))
                written.append(out_dir / name)
                page.close()
        finally:
            browser.close()
    return written


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    for path in take(out):
        print(path)


if __name__ == "__main__":
    main()

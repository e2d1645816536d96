"""The real app in a real browser: `streamlit run ui/app.py` driven by Debian's Chromium via Playwright.

Also writes docs/chat.png, the screenshot used in the README.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
QUESTION = "How many institutes did the Department of Defense fund?"

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"streamlit did not become healthy in {timeout} s:\n{log.read_text()[-3000:]}")


@pytest.fixture
def server(tmp_path, embeddings):
    port = free_port()
    log = tmp_path / "streamlit.log"
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "data")}
    # The model's ONNX export, linked in from the session's: exporting is the session ingest's job (and test);
    # here the app still builds the index on its first start, without importing torch for the export again.
    from assistant.embedding import load_query_embeddings

    load_query_embeddings(embeddings.model_path, tmp_path / "data")
    cmd = [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none", "--client.toolbarMode", "viewer"]
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url, log
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)


def test_chat_in_chromium(server, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium binary (install it with `apt-get install -y chromium`)")
    from playwright.sync_api import expect, sync_playwright

    url, log = server
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(url)
            box = page.get_by_test_id("stChatInputTextArea")
            expect(box).to_be_visible(timeout=120_000)  # the first start loads the model and builds the index
            box.fill(QUESTION)
            box.press("Enter")

            answer = page.get_by_test_id("stChatMessage").nth(1)
            prose = answer.get_by_test_id("stMarkdown").first  # the answer itself, before its sources
            expect(prose).to_contain_text(re.compile(r"Defense.*\b8\b"), timeout=60_000)
            expect(answer).to_contain_text("§2.1 ¶2")
            expect(answer.get_by_text("Open §2.1 ¶2 in the paper")).to_be_visible()
            expect(page.get_by_test_id("stSpinner")).to_have_count(0, timeout=30_000)
            page.wait_for_timeout(500)  # let the layout settle before the screenshot
            (ROOT / "docs").mkdir(exist_ok=True)
            page.screenshot(path=str(ROOT / "docs" / "chat.png"))
            page.screenshot(path=str(tmp_path / "chat.png"))

            # The citation opens its paragraph on the Paper page, highlighted and scrolled into view,
            # and the conversation is still there when coming back.
            answer.get_by_text("Open §2.1 ¶2 in the paper").click()
            page.wait_for_url("**/paper?**", timeout=30_000)
            para = page.locator("#s2-1-p2")
            expect(para).to_contain_text("Department of Defense had funded 8", timeout=30_000)
            expect(para).to_be_in_viewport(timeout=10_000)
            page.screenshot(path=str(tmp_path / "paper.png"))
            page.get_by_text("Back to the conversation").click()
            expect(page.get_by_test_id("stChatMessage").nth(1)).to_contain_text("§2.1 ¶2", timeout=30_000)
        finally:
            browser.close()
    assert "Traceback" not in log.read_text()

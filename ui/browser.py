"""Drive the real app in a real browser: start `streamlit run ui/app.py`, launch Debian's Chromium.

Shared by the browser tests (tests/test_ui_browser.py) and the README screenshots (`make screenshots`,
ui/screenshots.py). Playwright's own browser download does not work offline, so the system Chromium
(`apt-get install chromium`) is launched by path.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.processes import stop_process_group

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


class ServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"streamlit exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise ServerError(f"streamlit did not become healthy in {timeout} s:\n{log.read_text()[-3000:]}")


@contextmanager
def streamlit_server(log: Path, env: dict[str, str] | None = None, timeout: float = 90) -> Iterator[str]:
    """``streamlit run ui/app.py`` on a free local port; yields its URL and stops it afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log, timeout)
        yield url
    finally:
        stop_process_group(proc)


def launch_chromium(playwright):  # -> playwright Browser
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def ask_and_wait(page, question: str, nth_answer: int = 1, timeout: float = 300_000):
    """Type ``question``, wait until its answer and the follow-up suggestions are shown; the answer's message."""
    from playwright.sync_api import expect

    box = page.get_by_test_id("stChatInputTextArea")
    expect(box).to_be_visible(timeout=timeout)  # the first start loads the model (and may build the index)
    box.fill(question)
    box.press("Enter")
    return wait_for_answer(page, nth_answer, timeout)


def wait_for_answer(page, nth_answer: int = 1, timeout: float = 300_000):
    from playwright.sync_api import expect

    answer = page.get_by_test_id("stChatMessage").nth(2 * nth_answer - 1)
    expect(answer.get_by_text("Details")).to_be_visible(timeout=timeout)
    wait_idle(page, timeout)
    return answer


def wait_idle(page, timeout: float = 300_000) -> None:
    """Until the script run has finished: the running indicator absent at two checks half a second apart
    (it appears a moment after a run starts, and elements of the previous run stay until the run ends)."""
    from playwright.sync_api import expect

    running = page.get_by_test_id("stStatusWidgetRunningIcon")
    quiet = 0
    deadline = time.monotonic() + timeout / 1000
    while quiet < 2 and time.monotonic() < deadline:
        expect(running).to_have_count(0, timeout=timeout)
        page.wait_for_timeout(500)
        quiet = quiet + 1 if running.count() == 0 else 0

"""The chat page's first answer from a fresh `streamlit run`, in a real browser (Debian's Chromium via Playwright).

    python benchmarks/ui_first_answer.py [--runs 3] [--data-dir DIR]

Each run starts a new server process on a current index (built first, untimed, when missing), opens the chat,
asks one question and waits for the cited answer. It reports, from the moment the server process is started:
when the server is healthy, when the page shows its chat box (the model and index loaded and warmed, once
per process), when the answer is on screen, and how long the answer took after the question was sent.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.processes import stop_process_group  # noqa: E402

QUESTION = "How many members did NNMI have in 2016?"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_run(data_dir: Path, chromium: str) -> dict[str, float]:
    from playwright.sync_api import expect, sync_playwright

    port = free_port()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "streamlit", "run", "ui/app.py", "--server.headless", "true", "--server.port",
           str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    url = f"http://127.0.0.1:{port}"
    with sync_playwright() as p:  # the browser starts before the clock: it is the user's, not the app's
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    if proc.poll() is not None:
                        raise SystemExit("streamlit exited") from None
                    time.sleep(0.05)
            healthy = time.perf_counter() - t0
            page.goto(url)
            box = page.get_by_test_id("stChatInputTextArea")
            expect(box).to_be_visible(timeout=180_000)
            ready = time.perf_counter() - t0
            box.fill(QUESTION)
            box.press("Enter")
            asked = time.perf_counter()
            answer = page.get_by_test_id("stChatMessage").nth(1)
            expect(answer).to_contain_text(re.compile(r"\b830\b"), timeout=180_000)
            answered = time.perf_counter()
        finally:
            stop_process_group(proc, timeout=30)
            browser.close()
    return {"server_healthy_s": round(healthy, 2), "chat_ready_s": round(ready, 2),
            "first_answer_s": round(answered - t0, 2), "answer_after_question_s": round(answered - asked, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, default=ROOT / ".data")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(args.data_dir), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "assistant", "ingest"], env=env, check=True, capture_output=True)
    runs = [one_run(args.data_dir, chromium) for _ in range(args.runs)]
    medians = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(json.dumps({"load_average": os.getloadavg(), "runs": runs, "median": medians}, indent=2))


if __name__ == "__main__":
    main()

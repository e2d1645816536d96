"""The real app in a real browser: `streamlit run ui/app.py` driven by Debian's Chromium via Playwright.

Screenshots go to pytest's temporary folder (never into the work tree; `make screenshots` writes the
README's). One server serves the whole module; each test opens its own browser context (a new session).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from ui.browser import CHROMIUM, DESKTOP, PHONE, ROOT, ask_and_wait, launch_chromium, streamlit_server, wait_for_answer

QUESTION = "How many institutes did the Department of Defense fund?"
QUOTE_START = "By 2017, the US Department of Defense had funded 8 Innovation Institutes"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium binary (install it with `apt-get install -y chromium`)")
    d = tmp_path_factory.mktemp("browser")
    log = d / "streamlit.log"
    env = {"ASSISTANT_DATA_DIR": str(d / "data")}
    # The index first (a minute or more on a busy machine), so that the browser waits only for the model.
    subprocess.run([sys.executable, "-m", "assistant", "ingest"], cwd=ROOT, env={**os.environ, **env}, check=True,
                   timeout=1200, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with streamlit_server(log, env=env) as url:
        yield url, log
    assert "Traceback" not in log.read_text()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def context(browser, server):
    ctx = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server[0])
    yield ctx
    ctx.close()


def test_answer_chips_sources_and_paper(context, server, tmp_path):
    from playwright.sync_api import expect

    url, _ = server
    page = context.new_page()
    page.goto(url)
    answer = ask_and_wait(page, QUESTION)
    expect(answer).to_contain_text(re.compile(r"Defense had funded 8 Innovation Institutes"))
    page.screenshot(path=str(tmp_path / "chat-desktop.png"))
    expect(page.get_by_test_id("stMainMenu")).to_be_visible()  # Streamlit's menu (theme, print) is available

    # No diagnostics in plain view: Details and Sources are collapsed.
    diagnostics = ["Confidence:", "support 0.", "Retrieved passages", "fused score", "BM25"]
    for text in diagnostics:
        expect(page.get_by_text(text, exact=False).first).not_to_be_visible()
    expect(answer.get_by_text("Sources (1)")).to_be_visible()
    expect(answer.get_by_text("Open §2.1 ¶2 in the paper")).not_to_be_visible()

    # The chip: the paragraph label; hover shows the quote.
    chip = answer.locator("a.cite").first
    expect(chip).to_contain_text("§2.1 ¶2")
    tip = chip.locator(".tip")
    expect(tip).not_to_be_visible()
    chip.hover()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(QUOTE_START)
    page.screenshot(path=str(tmp_path / "chip-hover.png"))

    # A click opens the paragraph in the paper (a new tab: the conversation stays), the sentence marked.
    with context.expect_page() as opened:
        chip.click()
    paper = opened.value
    paper.wait_for_load_state()
    query = parse_qs(urlparse(paper.url).query)
    assert query["p"] == ["s2.1-p2"] and query["q"][0].startswith(QUOTE_START)
    mark = paper.locator("#s2-1-p2 mark")
    expect(mark).to_contain_text(QUOTE_START, timeout=60_000)
    expect(mark).to_be_in_viewport(timeout=10_000)
    expect(paper.locator("#s2-1-p2")).to_contain_text("originally founded")  # the rest, not marked
    assert "originally founded" not in mark.inner_text()
    # The banner with the way back stays at the top while the reader scrolls.
    paper.mouse.wheel(0, 2500)
    paper.wait_for_timeout(500)
    expect(paper.get_by_text("Cited paragraph §2.1 ¶2")).to_be_in_viewport()
    paper.screenshot(path=str(tmp_path / "paper-scrolled.png"))
    paper.close()

    # Details, once opened, holds them.
    answer.get_by_text("Details").click()
    for text in diagnostics:
        expect(answer.get_by_text(text, exact=False).first).to_be_visible()
    answer.get_by_text("Details").click()

    # Sources: collapsed list; its link opens the paper in the same tab and Back returns to the conversation.
    answer.get_by_text("Sources (1)").click()
    link = answer.get_by_text("Open §2.1 ¶2 in the paper")
    expect(link).to_be_visible()
    link.click()
    try:
        page.wait_for_url("**/paper?**", timeout=15_000)
    except Exception:  # a click that lands while the app is still re-running is dropped by Streamlit: once more
        link.click()
        page.wait_for_url("**/paper?**", timeout=30_000)
    expect(page.locator("#s2-1-p2 mark")).to_be_in_viewport(timeout=30_000)
    page.get_by_text("Back to the conversation").click()
    expect(page.get_by_test_id("stChatMessage").nth(1)).to_contain_text("Defense had funded 8", timeout=30_000)


def test_copy_export_follow_up_and_new_conversation(context, server, tmp_path):
    from playwright.sync_api import expect

    url, _ = server
    page = context.new_page()
    page.goto(url)
    answer = ask_and_wait(page, QUESTION)

    # Copy: the answer as Markdown with its citation and the link to the paragraph.
    answer.get_by_role("button", name="Copy").click()
    expect(answer.get_by_role("button", name="Copied")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert QUESTION in copied and "had funded 8 Innovation Institutes. [1]" in copied
    assert re.search(r"\[1\] §2\.1 ¶2, 2\.1 Overview of the US NNMI Network: “By 2017", copied), copied
    assert f"<{url}/paper?p=s2.1-p2&q=By+2017" in copied

    # A suggested follow-up asks its question.
    suggestions = page.locator("[class*='st-key-suggest-'] button")
    expect(suggestions.first).to_be_visible()
    assert 2 <= suggestions.count() <= 3
    follow_up = suggestions.first.locator("p").inner_text().strip()
    suggestions.first.click()
    second = wait_for_answer(page, 2)
    expect(page.get_by_test_id("stChatMessage").nth(2).get_by_test_id("stMarkdown")).to_have_text(follow_up)
    expect(second.locator("a.cite").first).to_be_visible()

    # "hi" is not shown as a follow-up, and the Chinese question displays as typed.
    ask_and_wait(page, "hi", 3)
    expect(page.get_by_text("(following:", exact=False)).to_have_count(0)
    expect(page.get_by_text("Understood as", exact=False)).to_have_count(0)
    chinese = "中国工业互联网平台有多少个？"
    ask_and_wait(page, chinese, 4)
    expect(page.get_by_test_id("stChatMessage").nth(6).get_by_test_id("stMarkdown")).to_have_text(chinese)
    page.screenshot(path=str(tmp_path / "conversation.png"), full_page=True)

    # Export: date, title, every question, links to every cited paragraph.
    with page.expect_download() as dl:
        page.get_by_role("button", name="Export conversation").click()
    text = Path(dl.value.path()).read_text(encoding="utf-8")
    assert re.search(r"Exported \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", text)
    assert "Research on the Development of the Industrial Internet in the Post-Epidemic Era" in text
    for q in (QUESTION, follow_up, "hi", chinese):
        assert f"**You:** {q}" in text
    assert f"<{url}/paper?p=s2.1-p2&q=By+2017" in text
    links = re.findall(r"<(http[^>]+)>", text)
    sources = re.findall(r"^- \[\d+\] ", text, flags=re.M)
    assert len(links) == len(sources) >= 3

    # New conversation clears, and Undo brings it back.
    page.get_by_role("button", name="New conversation").click()
    expect(page.get_by_test_id("stChatMessage")).to_have_count(0)
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_test_id("stChatMessage")).to_have_count(8)


def test_phone_width(browser, server, tmp_path):
    from playwright.sync_api import expect

    url, _ = server
    page = browser.new_page(viewport=PHONE)
    try:
        page.goto(url)
        for i in range(4):  # every starter is shown in full, not cut off
            starter = page.locator(f".st-key-starter-{i} button")
            expect(starter).to_be_visible(timeout=300_000)
            p = starter.locator("p")
            assert p.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), p.inner_text()
        answer = ask_and_wait(page, QUESTION)
        page.screenshot(path=str(tmp_path / "chat-phone.png"))
        box = answer.bounding_box()
        assert box and box["height"] < PHONE["height"] * 0.8, box  # one answer fits well within a screen
        chip = answer.locator("a.cite").first
        chip.hover()
        tip = chip.locator(".tip").bounding_box()
        assert tip and tip["x"] >= 0 and tip["x"] + tip["width"] <= PHONE["width"], tip  # the quote stays on screen
    finally:
        page.close()

"""The Streamlit UI driven through AppTest: real Assistant, real index (built once in a temp dir)."""

from __future__ import annotations

import json
import os
import re
import socket
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "ui" / "app.py")
SMALL = ROOT / "tests" / "data" / "ui_small_questions.jsonl"


@pytest.fixture(scope="module", autouse=True)
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("ui-data")
    old = os.environ.get("ASSISTANT_DATA_DIR")
    os.environ["ASSISTANT_DATA_DIR"] = str(d)
    yield d
    if old is None:
        os.environ.pop("ASSISTANT_DATA_DIR", None)
    else:
        os.environ["ASSISTANT_DATA_DIR"] = old


def start() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def has_number(text: str, n: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(n)}(?!\d|\.\d)", text) is not None


def texts(at: AppTest, kind: str = "markdown") -> str:
    return "\n".join(str(e.value) for e in at.get(kind))


def last_assistant(at: AppTest):
    return [m for m in at.chat_message if m.name == "assistant"][-1]


def answer_html(msg) -> str:
    """The answer's own text with its citation chips (the first st.html of the message)."""
    return msg.get("html")[0].value


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def expander(msg, label_start: str):
    return next(e for e in msg.expander if e.label.startswith(label_start))


def test_sidebar_and_starters():
    at = start()
    sidebar = "\n".join(str(e.value) for e in at.sidebar.get("markdown"))
    assert "Industrial Internet" in sidebar and "paragraphs" in sidebar
    assert "passages" not in sidebar and "facts" not in sidebar  # index jargon only in the help tooltip
    assert "Index current" in "\n".join(c.value for c in at.sidebar.caption)
    assert at.sidebar.slider(key="k").value == 5
    starters = [b for b in at.button if b.key and b.key.startswith("starter-")]
    assert [b.label for b in starters][:2] == ["What does the paper recommend for China?",
                                               "How do the US and China differ?"]
    starters[-1].click().run()  # a starter question is asked like a typed one
    assert has_number(answer_html(last_assistant(at)), "8")


def test_every_starter_is_answered():
    labels = [b.label for b in start().button if b.key and b.key.startswith("starter-")]
    assert len(labels) == 4
    for i, label in enumerate(labels):
        at = start()
        at.button(key=f"starter-{i}").click().run()
        msg = last_assistant(at)
        assert not msg.warning, (label, msg.warning[0].value)
        assert 'class="cite"' in answer_html(msg), label


def test_answer_with_chips_sources_details_and_follow_up():
    at = ask(start(), "How many institutes did the Department of Defense fund?")
    msg = last_assistant(at)
    html = answer_html(msg)
    assert has_number(html, "8") and "[1]" not in html  # the marker became a chip
    assert 'class="cite"' in html and "§2.1 ¶2" in html and 'href="paper?p=s2.1-p2&amp;q=By+2017' in html
    assert 'class="tip"' in html and "8 Innovation Institutes (IMI)" in html  # the quote, shown on hover
    assert not msg.warning  # an answer, not a refusal

    sources = expander(msg, "Sources (1)")
    assert not sources.proto.expanded  # collapsed by default
    assert any("§2.1 ¶2" in link.value for link in sources.get("page_link"))
    details = expander(msg, "Details")
    assert not details.proto.expanded
    assert "Confidence: **high**" in "\n".join(m.value for m in details.markdown)
    assert not any("Understood as" in m.value for m in details.markdown)  # the question needed no reading
    assert len(details.table[0].value) == 5  # the retrieved passages, k = 5
    copy = "\n".join(h.value for h in msg.get("html"))
    assert 'data-copy="**Q:** How many institutes' in copy and "§2.1 ¶2, 2.1 Overview" in copy

    at = ask(at, "And the Department of Energy?")
    msg = last_assistant(at)
    assert len([m for m in at.chat_message if m.name == "assistant"]) == 2
    assert has_number(answer_html(msg), "5") and "Energy" in answer_html(msg)
    reading = "\n".join(m.value for m in expander(msg, "Details").markdown)
    assert "Understood as" in reading  # a real follow-up: its reading is worth showing (in Details)

    suggestions = [b for b in at.button if b.key and b.key.startswith("suggest-")]
    assert 2 <= len(suggestions) <= 3
    asked = suggestions[0].label
    suggestions[0].click().run()
    users = [m for m in at.chat_message if m.name == "user"]
    assert users[-1].markdown[0].value.replace("\\", "") == asked.replace("\\", "")  # both Markdown-escaped
    assert not last_assistant(at).warning
    assert len([m for m in at.chat_message if m.name == "assistant"]) == 3

    export = at.get("download_button")[0]
    assert not export.proto.disabled

    new = next(b for b in at.button if b.label == "New conversation")
    new.click().run()
    assert not at.chat_message
    next(b for b in at.button if b.label == "Undo").click().run()
    assert len([m for m in at.chat_message if m.name == "assistant"]) == 3


def test_a_greeting_is_not_shown_as_a_follow_up():
    at = ask(start(), "hi")  # nothing in the paper matches: the starters are offered instead of follow-ups
    offered = [b.label for b in at.button if b.key and b.key.startswith("suggest-")]
    assert "What does the paper recommend for China?" in offered
    at = ask(at, "How many institutes did the Department of Defense fund?")
    at = ask(at, "hi")
    for msg in [m for m in at.chat_message if m.name == "assistant"]:
        text = "\n".join(m.value for m in msg.markdown) + "\n".join(h.value for h in msg.get("html"))
        assert "following" not in text and "Understood as" not in text


def test_refusal_off_topic():
    at = ask(start(), "What is the GDP of Brazil?")
    msg = last_assistant(at)
    assert msg.warning, "a refusal is shown in a warning box"
    assert "do not say" in msg.warning[0].value
    related = expander(msg, "Related passages (")
    assert not related.proto.expanded and related.get("page_link")


def test_k_and_retrieval_table():
    at = start()
    at.sidebar.slider(key="k").set_value(3)
    at = ask(at, "How many members did the NNMI have in 2016?")
    msg = last_assistant(at)
    assert has_number(answer_html(msg), "830")
    df = expander(msg, "Details").table[0].value
    assert len(df) == 3 and "fused score" in df.columns and "text" in df.columns


def test_chinese_question_and_export():
    from ui import render

    question = "中国工业互联网平台有多少个？"
    at = ask(start(), question)
    users = [m for m in at.chat_message if m.name == "user"]
    assert users[-1].markdown[0].value == question
    msgs = at.session_state["messages"]
    text = render.export_markdown(msgs, ["T"], "http://host:8501")
    assert f"**You:** {question}" in text and "http://host:8501/paper?p=" in text


def test_question_errors_are_shown_not_raised():
    at = ask(start(), "   ")
    assert at.error and "empty" in at.error[0].value
    at = ask(at, "Why? " * 500)  # longer than the 2,000-character limit
    assert at.error and "limit" in at.error[0].value
    assert not [m for m in at.chat_message if m.name == "assistant" and m.markdown]  # nothing kept in history


def test_paper_page_anchor_and_sentence():
    quote = "By 2017, the US Department of Defense had funded 8 Innovation Institutes (IMI)"
    at = start()
    at.query_params["p"] = "s2.1-p2"
    at.query_params["q"] = quote
    at.switch_page("paper_page.py").run()
    assert not at.exception
    html = "\n".join(h.value for h in at.get("html"))
    assert 'id="s2-1-p2"' in html and "§2.1 ¶2" in html
    marked = re.search(r"<mark[^>]*>(.*?)</mark>", html)
    assert marked and marked.group(1) == quote  # the cited sentence, not the whole paragraph
    assert "Cited paragraph" in at.info[0].value and "sentence is marked" in at.info[0].value
    assert "position:sticky" in html
    assert any("chat" in link.value.lower() or "conversation" in link.value for link in at.get("page_link"))


def eval_page() -> AppTest:
    at = start()
    at.switch_page("eval_page.py").run()
    assert not at.exception
    at.radio(key="eval_source").set_value("Upload a JSONL file").run()
    return at


def test_evaluation_on_small_file():
    at = eval_page()
    at.file_uploader[0].set_value((SMALL.name, SMALL.read_bytes(), "application/jsonl")).run()
    assert not at.error, [e.value for e in at.error]
    assert "5 questions" in texts(at, "caption")
    run = next(b for b in at.button if b.label == "Run the evaluation")
    run.click().run()
    assert not at.exception and not at.error
    assert at.metric[0].label == "Pass rate"
    assert at.metric[0].value.endswith("%")
    assert float(at.metric[0].value.rstrip("%")) >= 80.0
    assert "pass rate" in at.table[0].value.index
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    domains = [layer["encoding"]["x"]["scale"]["domain"] for layer in spec["layer"]]
    assert all(d[0] > 0.5 and d[1] == 1.0 for d in domains), domains  # the data's range, not 0-1
    assert len(spec["layer"]) == 3  # interval, this run, committed baseline
    names = [d.label for d in at.get("download_button")]
    assert names == ["report.json", "report.md", "report.html"]


def test_evaluation_failures_and_schema_errors():
    at = eval_page()
    failing = json.dumps({"id": "x1", "category": "figure", "question": "How many institutes did the "
                          "Department of Defense fund?", "must_include": ["4000 institutes"]})
    at.file_uploader[0].set_value(("fail.jsonl", failing.encode(), "application/jsonl")).run()
    next(b for b in at.button if b.label == "Run the evaluation").click().run()
    assert at.metric[0].value == "0.0%"
    assert "Failing questions (1)" in texts(at)
    failing_table = at.dataframe[-1].value
    assert list(failing_table["id"]) == ["x1"] and "4000 institutes" in failing_table["why it failed"][0]

    bad = b'{"id": "a", "question": "ok"}\n{"id": "b", "history": []}\n'
    at.file_uploader[0].set_value(("bad.jsonl", bad, "application/jsonl")).run()
    assert at.error and "bad.jsonl:2" in at.error[0].value and "question" in at.error[0].value


def test_broken_knowledge_or_store_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_KNOWLEDGE_DIR", str(tmp_path))  # no paper, no facts
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert at.error and "knowledge files cannot be read" in at.error[0].value
    assert not at.chat_input  # nothing else runs

    monkeypatch.delenv("ASSISTANT_KNOWLEDGE_DIR")
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("ASSISTANT_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("ASSISTANT_CHROMA_PORT", str(port))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert at.error and "vector store cannot be opened" in at.error[0].value
    assert "Traceback" not in at.error[0].value

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


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_sidebar_and_starters():
    at = start()
    sidebar = "\n".join(str(e.value) for e in at.sidebar.get("markdown"))
    assert "Industrial Internet" in sidebar and "passages" in sidebar and "facts" in sidebar
    assert "Index current" in "\n".join(c.value for c in at.sidebar.caption)
    assert at.sidebar.slider(key="k").value == 5
    starters = [b for b in at.button if b.key and b.key.startswith("starter-")]
    assert len(starters) >= 3
    starters[0].click().run()  # a starter question is asked like a typed one
    assert has_number(last_assistant(at).markdown[0].value, "8")


def test_answer_with_citation_and_follow_up():
    at = ask(start(), "How many institutes did the Department of Defense fund?")
    msg = last_assistant(at)
    assert has_number(msg.markdown[0].value, "8")
    assert "§2.1" in "\n".join(m.value for m in msg.markdown)
    assert any("§2.1" in link.value for link in msg.get("page_link"))
    assert not msg.warning  # an answer, not a refusal
    html = "\n".join(h.value for h in msg.get("html"))
    assert "<mark" in html and "8 Innovation Institutes" in html

    at = ask(at, "And the Department of Energy?")
    assert len([m for m in at.chat_message if m.name == "assistant"]) == 2
    assert has_number(last_assistant(at).markdown[0].value, "5")
    assert "Energy" in last_assistant(at).markdown[0].value

    export = at.get("download_button")[0]
    assert not export.proto.disabled

    new = next(b for b in at.button if b.label == "New conversation")
    new.click().run()
    assert not at.chat_message


def test_refusal_off_topic():
    at = ask(start(), "What is the GDP of Brazil?")
    msg = last_assistant(at)
    assert msg.warning, "a refusal is shown in a warning box"
    assert "does not say" in msg.warning[0].value
    assert "Related passages" in "\n".join(m.value for m in msg.markdown)


def test_retrieval_scores_and_k():
    at = start()
    at.sidebar.slider(key="k").set_value(3)
    at.sidebar.checkbox(key="show_scores").check()
    at = ask(at, "How many members did the NNMI have in 2016?")
    msg = last_assistant(at)
    assert has_number(msg.markdown[0].value, "830")
    df = msg.dataframe[0].value
    assert len(df) == 3 and "score (RRF)" in df.columns


def test_question_errors_are_shown_not_raised():
    at = ask(start(), "   ")
    assert at.error and "empty" in at.error[0].value
    at = ask(at, "Why? " * 500)  # longer than the 2,000-character limit
    assert at.error and "limit" in at.error[0].value
    assert not [m for m in at.chat_message if m.name == "assistant" and m.markdown]  # nothing kept in history


def test_paper_page_anchor():
    at = start()
    at.query_params["p"] = "s2.1-p2"
    at.switch_page("paper_page.py").run()
    assert not at.exception
    html = "\n".join(h.value for h in at.get("html"))
    assert 'id="s2-1-p2"' in html and "§2.1 ¶2" in html
    assert "Cited paragraph" in at.info[0].value


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

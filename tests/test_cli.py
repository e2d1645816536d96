"""The command line, run as a real subprocess against a real index (built once per session)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(args: list[str], settings, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir), "ASSISTANT_KNOWLEDGE_DIR":
           str(settings.knowledge_dir)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True,
                          input=stdin, env=env, timeout=timeout)


def test_ask_prints_answer_and_numbered_sources(index_settings):
    r = run(["ask", "How many members did NNMI have in 2016?"], index_settings)
    assert r.returncode == 0, r.stderr
    assert "830" in r.stdout
    assert "Sources:" in r.stdout and "[1] §2.1 ¶2" in r.stdout


def test_ask_json_has_the_documented_fields(index_settings):
    r = run(["ask", "--json", "Who proposed NNMI?"], index_settings)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"answer", "refused", "citations", "timings_ms"} <= set(data)
    assert "Obama" in data["answer"] and data["refused"] is False
    assert {"marker", "paragraph_id", "section", "quote"} <= set(data["citations"][0])


def test_batch_keeps_order_ids_and_history_and_survives_bad_lines(index_settings, tmp_path):
    lines = [
        {"id": "a", "question": "How many institutes did DoD fund?", "history": []},
        "this is not json",
        {"id": "c", "question": "And the Energy Department?", "history": [
            {"role": "user", "content": "How many institutes did DoD fund?"},
            {"role": "assistant", "content": "8 [1]"}]},
        {"id": "d", "question": "   "},
        {"id": "e", "question": "What is the capital of Peru?", "history": []},
    ]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    r = run(["ask", "--json", "--batch", str(f)], index_settings)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c", "d", "e"]
    assert "8" in out[0]["answer"]
    assert "line 2" in out[1]["error"]
    assert "5" in out[2]["answer"]
    assert "line 4" in out[3]["error"] and "empty" in out[3]["error"]
    assert out[4]["refused"] is True
    assert r.returncode == 1  # some lines failed, and the caller can tell
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("question, message", [("", "give a question"), ("   ", "empty"),
                                                ("x" * 2500, "limit is 2,000")])
def test_bad_questions_get_a_clear_error(index_settings, question, message):
    r = run(["ask", question] if question else ["ask"], index_settings)
    assert r.returncode != 0
    assert message in r.stderr and "Traceback" not in r.stderr


def test_chat_keeps_the_conversation(index_settings):
    r = run(["chat"], index_settings, stdin="How many institutes did the Department of Defense fund?\n"
                                            "And the Department of Energy?\n\n")
    assert r.returncode == 0, r.stderr
    answers = r.stdout.split("> ")
    assert "8" in answers[1] and "5" in answers[2]


def test_status_reports_a_current_index(index_settings):
    r = run(["status"], index_settings)
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["state"] == "current"


def test_invalid_setting_is_a_usage_error(index_settings):
    r = run(["ask", "--k", "0", "hello"], index_settings)
    assert r.returncode == 2 and "invalid setting" in r.stderr and "Traceback" not in r.stderr


def test_help_lists_every_setting():
    from assistant.settings import Settings

    r = subprocess.run([sys.executable, "-m", "assistant", "ask", "--help"], capture_output=True, text=True)
    for name in Settings.model_fields:
        assert "--" + name.replace("_", "-") in r.stdout

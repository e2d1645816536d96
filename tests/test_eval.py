"""The accuracy suite: scoring rules, reports, baselines, thresholds, and the committed dev-set baseline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.evaluation.dataset import DatasetError, EvalItem, load_items
from assistant.evaluation.scoring import bootstrap_interval, judge, supports


def run_eval(args: list[str], settings, timeout: int = 900) -> subprocess.CompletedProcess:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir)}
    return subprocess.run([sys.executable, "-m", "assistant", "eval", "--no-progress", *args],
                          capture_output=True, text=True, env=env, timeout=timeout)


def item(**kw) -> EvalItem:
    return EvalItem.model_validate({"id": "x", "question": "q?", **kw})


def test_judge_applies_every_rule():
    it = item(must_include=["830"], any_of=[["two-thirds", "2/3"]], must_not_include=["900"])
    assert judge(it, "NNMI had 830 members, two-thirds manufacturers.", False) == []
    reasons = judge(it, "NNMI had 900 members.", False)
    assert any("830" in r for r in reasons) and any("two-thirds" in r for r in reasons)
    assert any("forbidden '900'" in r for r in reasons)
    assert judge(item(expect_refusal=True), "The paper does not answer this.", True) == []
    assert judge(item(expect_refusal=True), "It had 5.", False)
    assert "refused an answerable question" in judge(item(), "The paper does not say.", True)


def test_citation_support_uses_word_overlap():
    evidence = "Energy funded 5 Innovation Institutes"
    assert supports("By 2017, the US Department of Defense had funded 8 Innovation Institutes (IMI), Energy funded "
                    "5 Innovation Institutes", evidence)
    assert not supports("China has a complete industrial system.", evidence)


def test_bootstrap_interval_is_deterministic_and_brackets_the_rate():
    values = [True] * 80 + [False] * 20
    lo, hi = bootstrap_interval(values)
    assert (lo, hi) == bootstrap_interval(values)
    assert lo < 0.8 < hi and hi - lo < 0.2


def test_bad_question_file_names_line_and_field(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "a", "question": "ok?"}\n{"id": "b", "must_include": ["x"]}\n')
    with pytest.raises(DatasetError, match=r"bad.jsonl:2: field 'question'"):
        load_items(f)
    f.write_text('{"id": "a", "question": "ok?", "history": [{"role": "bot", "content": "x"}]}\n')
    with pytest.raises(DatasetError, match=r":1: field 'history.0.role'"):
        load_items(f)


def test_unknown_categories_and_extra_fields_are_accepted(tmp_path):
    f = tmp_path / "ok.jsonl"
    f.write_text('{"id": 1, "category": "my-own", "question": "Who?", "note": "ignored", "answer": "x"}\n')
    [it] = load_items(f)
    assert it.id == "1" and it.category == "my-own"


def test_eval_on_an_external_file_writes_all_reports(index_settings, repo_root, tmp_path):
    out = tmp_path / "rep"
    r = run_eval(["--questions", str(repo_root / "tests/data/external_questions.jsonl"), "--report", str(out),
                  "--baseline", "all", "--min-pass", "0.5"], index_settings)
    assert r.returncode == 0, r.stdout + r.stderr
    report = json.loads((out / "report.json").read_text())
    s = report["summary"]
    assert s["overall"]["n"] == 25 and 0 <= s["overall"]["ci95"][0] <= s["overall"]["pass_rate"]
    assert {"numbers", "out-of-scope"} <= set(s["categories"])
    assert {"naive", "bm25"} == set(report["baselines"])
    # the point of baselines: the lift is measured
    assert s["overall"]["pass_rate"] > report["baselines"]["naive"]["summary"]["overall"]["pass_rate"]
    assert s["invented_numbers"] == []
    html = (out / "report.html").read_text()
    assert "<svg" in html and "src=\"http" not in html and "href=\"http" not in html  # opens offline
    assert "Failures" in (out / "report.md").read_text()
    assert "category" in r.stdout and "overall" in r.stdout


def test_min_pass_sets_the_exit_status(index_settings, repo_root, tmp_path):
    r = run_eval(["--questions", str(repo_root / "tests/data/ui_small_questions.jsonl"),
                  "--report", str(tmp_path / "r"), "--min-pass", "1.01"], index_settings)
    assert r.returncode == 1 and "FAIL: pass rate" in r.stderr


def test_bad_file_stops_before_anything_is_written(index_settings, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "question": "fine?"}\nnot json\n')
    out = tmp_path / "never"
    r = run_eval(["--questions", str(bad), "--report", str(out)], index_settings)
    assert r.returncode == 2 and "bad.jsonl:2" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()


def test_compare_lists_improvements_and_regressions(index_settings, repo_root, tmp_path):
    small = repo_root / "tests/data/ui_small_questions.jsonl"
    first = tmp_path / "first"
    assert run_eval(["--questions", str(small), "--report", str(first)], index_settings).returncode == 0
    old = json.loads((first / "report.json").read_text())
    old["items"][0]["passed"] = not old["items"][0]["passed"]  # pretend the old run differed on one item
    (first / "old.json").write_text(json.dumps(old))
    r = run_eval(["--questions", str(small), "--report", str(tmp_path / "second"), "--compare",
                  str(first / "old.json")], index_settings)
    assert "compared with" in r.stdout
    assert old["items"][0]["id"] in r.stdout


def test_dev_set_does_not_fall_below_the_committed_baseline(index_settings, repo_root):
    """Pass rate and citation precision on evals/questions.jsonl may only go up (evals/baseline/report.json)."""
    from assistant import Assistant
    from assistant.evaluation.runner import evaluate

    baseline = json.loads((repo_root / "evals/baseline/report.json").read_text())["summary"]
    report = evaluate(Assistant(index_settings, notify=None), [repo_root / "evals/questions.jsonl"], progress=False)
    s = report["summary"]
    assert s["overall"]["pass_rate"] >= baseline["overall"]["pass_rate"] - 1e-9, (
        [(i["id"], i["reasons"]) for i in report["items"] if not i["passed"]])
    assert s["citation_precision"] >= baseline["citation_precision"] - 1e-9
    assert s["invented_numbers"] == []
    assert s["figure_accuracy"] >= baseline["figure_accuracy"] - 1e-9


def test_schema_is_documented(repo_root):
    doc = (repo_root / "evals/README.md").read_text()
    for field in EvalItem.model_fields:
        if field != "source":
            assert f"`{field}`" in doc, field
    assert Path(repo_root / "evals/questions.jsonl").exists()


QUESTION_SETS = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "evals").glob("*.jsonl")
                       if p.stem != "retrieval_dev")  # retrieval questions carry gold paragraph ids, not answers


@pytest.mark.parametrize("name", QUESTION_SETS)
def test_every_question_file_is_valid_and_its_evidence_is_verbatim(repo_root, kb, name):
    """The sets load through the runner's own validation, and every evidence string stands in the paper."""
    from assistant.evaluation.dataset import load_items
    from assistant.reading import plain

    items = load_items(repo_root / f"evals/{name}.jsonl")
    assert len({i.id for i in items}) == len(items)
    paper = " ".join(plain(p.text) for p in kb.document("paper").paragraphs)
    flat = " ".join(paper.replace("*", "").replace("_", "").split())
    missing = [i.id for i in items if i.evidence and " ".join(i.evidence.split()) not in flat]
    assert not missing, missing
    assert all(i.expect_refusal or i.evidence or i.expect_smalltalk for i in items
               if i.category not in ("followup", "follow-up"))

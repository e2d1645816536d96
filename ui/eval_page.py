"""Evaluation: run the question suite on the dev set or on an uploaded JSONL file, then read the report."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from assistant.evaluation.dataset import DatasetError, load_items
from assistant.evaluation.report import metrics_rows, render_html, render_markdown
from assistant.evaluation.runner import DEFAULT_QUESTIONS, DEFAULT_RETRIEVAL, evaluate
from ui import common
from ui.common import md_escape

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
DEV_SET = "Development set"
UPLOAD = "Upload a JSONL file"

a = common.assistant()
ss = st.session_state

st.title("Evaluation")
st.markdown("Runs every question through the assistant and scores the answers: expected figures and names, "
            "refusals, and whether the citations contain the evidence sentence.")

source = st.radio("Questions", [DEV_SET, UPLOAD], horizontal=True, key="eval_source",
                  captions=[f"`{DEFAULT_QUESTIONS.relative_to(DEFAULT_QUESTIONS.parents[1])}`",
                            "one JSON object per line, at most 2 MB"])


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name)[:80] or "questions.jsonl"


def check_file(path: Path, shown_as: str) -> int | None:
    """Number of questions in ``path``, or None after showing the schema error."""
    try:
        return len(load_items(path))
    except DatasetError as e:
        st.error(f"**{md_escape(shown_as)} is not a valid question file.**\n\n"
                 f"{md_escape(str(e).replace(str(path), shown_as))}", icon=":material/rule:")
        return None


upload_name, upload_data = "", b""
if source == UPLOAD:
    uploaded = st.file_uploader("Question file (JSONL)", type=["jsonl", "json", "txt"], max_upload_size=2,
                                help="Fields: id, category, question, history, must_include, any_of, "
                                     "must_not_include, expect_refusal, evidence, section.")
    if uploaded is not None:
        if uploaded.size > MAX_UPLOAD_BYTES:
            st.error(f"{md_escape(uploaded.name)} is {uploaded.size / 1024 / 1024:.1f} MB; the limit is 2 MB.",
                     icon=":material/rule:")
        else:
            upload_name, upload_data = _safe_name(uploaded.name), uploaded.getvalue()


def run(path: Path, label: str, retrieval: Path | None) -> None:
    bar = st.progress(0.0, text=f"Evaluating {label}…")

    def on_item(done: int, total: int) -> None:
        bar.progress(done / total, text=f"Evaluating {label}: {done}/{total} questions")

    try:
        report = evaluate(a, [path], progress=False, on_item=on_item, retrieval_file=retrieval)
    except DatasetError as e:
        st.error(md_escape(str(e).replace(str(path), label)), icon=":material/rule:")
        return
    except Exception as e:
        common.log.exception("evaluation failed")
        st.error(f"The evaluation failed ({type(e).__name__}: {md_escape(str(e))}). Details are in the server log.",
                 icon=":material/error:")
        return
    finally:
        bar.empty()
    report["questions"] = [label]  # not the temporary path of an upload
    for item in report["items"]:
        item["source"] = label
    ss["eval_report"] = report


with tempfile.TemporaryDirectory(prefix="assistant-ui-eval-") as tmp:
    if source == DEV_SET:
        path, label, retrieval = DEFAULT_QUESTIONS, DEV_SET, DEFAULT_RETRIEVAL
        count = check_file(path, str(DEFAULT_QUESTIONS.name))
    elif upload_data:
        path, label, retrieval = Path(tmp) / upload_name, upload_name, None
        path.write_bytes(upload_data)
        count = check_file(path, upload_name)
    else:
        path, label, retrieval, count = None, "", None, None
    if count:
        st.caption(f"{count} questions in {md_escape(label)}.")
    if st.button("Run the evaluation", type="primary", icon=":material/play_arrow:", disabled=not count) and path:
        run(path, label, retrieval)


def show(report: dict[str, Any]) -> None:
    s = report["summary"]
    overall = s["overall"]
    st.subheader("Results")
    st.caption(f"{md_escape(', '.join(report['questions']))} · {report['created']} · {report['seconds']:.1f} s · "
               f"k = {report['settings']['k']}")
    c1, c2, c3 = st.columns(3)
    c1.metric("Pass rate", f"{overall['pass_rate']:.1%}", help="95% bootstrap interval: "
              f"{overall['ci95'][0]:.1%} – {overall['ci95'][1]:.1%}")
    c2.metric("Passed", f"{overall['passed']} / {overall['n']}")
    cp = s.get("citation_precision")
    c3.metric("Citation precision", "n/a" if cp is None else f"{cp:.1%}")

    d1, d2, d3 = st.columns(3)
    d1.download_button("report.json", json.dumps(report, indent=2, ensure_ascii=False, default=str),
                       file_name="report.json", mime="application/json", on_click="ignore",
                       icon=":material/download:", width="stretch")
    d2.download_button("report.md", render_markdown(report), file_name="report.md", mime="text/markdown",
                       on_click="ignore", icon=":material/download:", width="stretch")
    d3.download_button("report.html", render_html(report), file_name="report.html", mime="text/html",
                       on_click="ignore", icon=":material/download:", width="stretch")

    rows = metrics_rows(s)
    if "retrieval_dev" in report:
        rd = report["retrieval_dev"]
        rows.append((f"retrieval dev set recall@{rd['k']} / MRR", f"{rd['recall_at_k']:.1%} / {rd['mrr']:.3f}"))
    st.table(pd.DataFrame(rows, columns=["metric", "value"]).set_index("metric"))

    cats = s["categories"]
    st.markdown("**Pass rate by category**")
    st.bar_chart(pd.DataFrame({"pass rate": {c: v["pass_rate"] for c, v in cats.items()}}), y_label="pass rate",
                 horizontal=True)
    st.dataframe(pd.DataFrame([{"category": c, "questions": v["n"], "passed": v["passed"],
                                "pass rate": f"{v['pass_rate']:.1%}"} for c, v in cats.items()]),
                 hide_index=True)

    failed = [i for i in report["items"] if not i["passed"]]
    st.markdown(f"**Failing questions ({len(failed)})**")
    if not failed:
        st.success("Every question passed.", icon=":material/check_circle:")
        return
    st.dataframe(pd.DataFrame([{"id": i["id"], "category": i["category"], "question": i["question"],
                                "why it failed": "; ".join(i.get("reasons", [])), "answer": i.get("answer", "")}
                               for i in failed]),
                 hide_index=True, column_config={"question": st.column_config.TextColumn(width="medium"),
                                                 "why it failed": st.column_config.TextColumn(width="large")})


if "eval_report" in ss:
    show(ss["eval_report"])

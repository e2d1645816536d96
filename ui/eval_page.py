"""Evaluation: run the question suite on the dev set or on an uploaded JSONL file, then read the report."""

from __future__ import annotations

import json
import math
import re
import tempfile
from pathlib import Path
from typing import Any

import altair as alt
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


BASELINE = DEFAULT_QUESTIONS.parent / "baseline" / "report.json"


def committed_baseline() -> dict[str, Any] | None:
    """The summary of the committed baseline report (evals/baseline/report.json), if there is one."""
    try:
        return json.loads(BASELINE.read_text(encoding="utf-8"))["summary"]
    except (OSError, ValueError, KeyError):
        return None


def chart_rows(summary: dict[str, Any], baseline: dict[str, Any] | None) -> pd.DataFrame:
    """One row per category and the overall rate: this run's rate, its interval and the baseline's rate."""
    rows = []
    base_cats = (baseline or {}).get("categories", {})
    for name, v in [*summary["categories"].items(), ("overall", summary["overall"])]:
        lo, hi = v.get("ci95", [v["pass_rate"], v["pass_rate"]])
        b = (baseline or {}).get("overall") if name == "overall" else base_cats.get(name)
        rows.append({"category": f"{name} ({v['n']})", "pass rate": v["pass_rate"], "low": lo, "high": hi,
                     "baseline": None if b is None else b["pass_rate"]})
    return pd.DataFrame(rows)


def chart_domain(df: pd.DataFrame) -> tuple[float, float]:
    """The x range: from a little under the lowest value shown (rate, interval or baseline) to 100 %."""
    values = [*df["low"], *df["pass rate"], *df["baseline"].dropna()]
    lowest = min(float(v) for v in values)
    return max(0.0, math.floor(lowest * 20) / 20 - 0.05), 1.0


def category_chart(summary: dict[str, Any], baseline: dict[str, Any] | None) -> alt.LayerChart:
    df = chart_rows(summary, baseline)
    x = alt.Scale(domain=list(chart_domain(df)), nice=False, clamp=True)
    y = alt.Y("category:N", sort=None, title=None)
    pct = alt.Axis(format=".0%", title="pass rate")
    tip = [alt.Tooltip("category:N"), alt.Tooltip("pass rate:Q", format=".1%"), alt.Tooltip("low:Q", format=".1%"),
           alt.Tooltip("high:Q", format=".1%"), alt.Tooltip("baseline:Q", format=".1%")]
    base = alt.Chart(df).encode(y=y)
    interval = base.mark_rule(strokeWidth=2, opacity=0.55).encode(
        x=alt.X("low:Q", scale=x, axis=pct), x2="high:Q", tooltip=tip)
    run = base.mark_point(filled=True, size=90).encode(x=alt.X("pass rate:Q", scale=x, axis=pct), tooltip=tip)
    layers = [interval, run]
    if baseline:
        layers.append(base.transform_filter("datum.baseline != null").mark_tick(
            thickness=3, size=22, color="#e8a200").encode(x=alt.X("baseline:Q", scale=x, axis=pct), tooltip=tip))
    return alt.layer(*layers).properties(height=alt.Step(30))


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
    baseline = committed_baseline()
    st.markdown("**Pass rate by category**, with 95 % intervals"
                + (" and the committed baseline" if baseline else ""))
    st.altair_chart(category_chart(s, baseline), width="stretch")
    other = report["questions"] != [DEV_SET]
    st.caption("Dot: this run · line: its 95 % interval"
               + (" · orange tick: the committed baseline (`evals/baseline/report.json`, the development set"
                  + ("; these are other questions, so compare with care)" if other else ")") if baseline else "")
               + ". The axis spans the values shown, not 0–100 %.")
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

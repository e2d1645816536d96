"""Chat: questions and cited answers, with the conversation kept per browser session."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from assistant import Answer, QuestionError
from assistant.types import Citation
from ui import common
from ui.common import md_escape

STARTERS = [
    "How many institutes did the Department of Defense fund?",
    "What is the NNMI network?",
    "How many members did the NNMI have in 2016?",
    "How many companies are in the Chicago digital manufacturing institute?",
]

a = common.assistant()
ss = st.session_state
ss.setdefault("messages", [])  # [{"role": "user", "content": str} | {"role": "assistant", "content", "answer"}]
messages: list[dict[str, Any]] = ss["messages"]

with st.sidebar:
    st.subheader("Settings")
    st.slider("Passages retrieved (k)", 1, 10, min(a.settings.k, 10), key="k",
              help="How many passages are retrieved and offered as evidence for each answer.")
    st.checkbox("Show retrieval scores", key="show_scores",
                help="Under each answer, list the retrieved passages and facts with their scores.")


def ask_later(question: str) -> None:
    ss["pending_question"] = question


def new_conversation() -> None:
    ss["messages"] = []


def history(msgs: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{"role": m["role"], "content": m["content"]} for m in msgs]


def render_source(c: Citation) -> None:
    with st.container(border=True):
        st.markdown(f"**[{c.marker}] {md_escape(c.label)}** · {md_escape(c.section)}")
        st.markdown(f"> {md_escape(c.quote)}")
        found = common.find_paragraph(a, c.doc_id, c.paragraph_id)
        st.page_link(common.PAPER_PAGE, label=f"Open {md_escape(c.label)} in the paper", icon=":material/menu_book:",
                     query_params={"p": c.paragraph_id, "doc": c.doc_id})
        if found:
            _, p = found
            with st.expander("Whole paragraph"):
                st.html(f'<div style="line-height:1.6">{common.highlight(common.paragraph_plain(p), c.quote)}</div>')


def render_answer(ans: Answer) -> None:
    if ans.refused:
        st.warning(f"**The paper does not say.**\n\n{md_escape(ans.answer)}", icon=":material/help:")
        if ans.related:
            st.markdown("**Related passages** — the closest the paper gets, offered as reading, not as an answer:")
            for c in ans.related:
                render_source(c)
    else:
        st.markdown(md_escape(ans.answer))
        if ans.citations:
            st.markdown("**Sources**")
            for c in ans.citations:
                render_source(c)
    details = [f"support {ans.support:.2f}", f"{ans.timings_ms.get('total', 0):.0f} ms"]
    if ans.standalone_question and ans.standalone_question.strip() != ans.question.strip():
        details.insert(0, f"understood as: “{md_escape(ans.standalone_question)}”")
    st.caption(" · ".join(details))
    if ss.get("show_scores") and ans.hits:
        st.markdown("**Retrieved passages**")
        st.dataframe(pd.DataFrame([
            {"rank": i, "label": h.label, "kind": h.kind, "score (RRF)": round(h.score, 4),
             "dense": None if h.dense is None else round(h.dense, 3), "BM25 rank": h.bm25_rank,
             "dense rank": h.dense_rank, "text": h.text}
            for i, h in enumerate(ans.hits, 1)
        ]), hide_index=True, column_config={"text": st.column_config.TextColumn(width="large")})


def export_markdown(msgs: list[dict[str, Any]]) -> str:
    titles = ", ".join(d.title for d in a.documents)
    out = [f"# Conversation about “{titles}”", ""]
    for m in msgs:
        if m["role"] == "user":
            out += [f"**You:** {m['content']}", ""]
            continue
        ans: Answer = m["answer"]
        if ans.refused:
            out += [f"**Assistant:** _The paper does not say._ {ans.answer}", ""]
            sources, heading = ans.related, "Related passages"
        else:
            out += [f"**Assistant:** {ans.answer}", ""]
            sources, heading = ans.citations, "Sources"
        if sources:
            out.append(f"{heading}:")
            out += [f"- [{c.marker}] {c.label} ({c.section}): “{c.quote}”" for c in sources]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


st.title("Ask the paper")
st.caption(" · ".join(md_escape(d.title) for d in a.documents)
           + " — answers come only from the paper, with the sentences they rest on.")
toolbar = st.container()

for m in messages:
    with st.chat_message(m["role"]):
        if m["role"] == "user":
            st.markdown(md_escape(m["content"]))
        else:
            render_answer(m["answer"])

question = st.chat_input("Ask a question about the paper") or ss.pop("pending_question", None)
if question:
    with st.chat_message("user"):
        st.markdown(md_escape(question))
    with st.chat_message("assistant"):
        answer = None
        with st.spinner("Reading the paper…"):
            try:
                answer = a.ask(question, history(messages), k=ss.get("k"))
            except QuestionError as e:
                st.error(md_escape(str(e)), icon=":material/edit_note:")
            except Exception as e:
                common.log.exception("ask() failed")
                st.error(f"Something went wrong while answering ({type(e).__name__}). The details are in the "
                         "server log; try rephrasing the question or start a new conversation.",
                         icon=":material/error:")
        if answer is not None:
            render_answer(answer)
            messages.append({"role": "user", "content": question})
            messages.append({"role": "assistant", "content": answer.answer, "answer": answer})
elif not messages:
    st.markdown("**Try one of these**, or type your own question below. Follow-up questions "
                "(“And the Department of Energy?”) use the conversation so far.")
    cols = st.columns(2)
    for i, q in enumerate(STARTERS):
        cols[i % 2].button(q, key=f"starter-{i}", on_click=ask_later, args=(q,), width="stretch")

with toolbar:
    left, right = st.columns(2)
    left.button("New conversation", icon=":material/add_comment:", on_click=new_conversation,
                disabled=not messages, width="stretch")
    right.download_button("Export conversation", data=export_markdown(messages), file_name="conversation.md",
                          mime="text/markdown", icon=":material/download:", on_click="ignore",
                          disabled=not messages, width="stretch")

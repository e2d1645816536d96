"""Chat: questions and cited answers, with the conversation kept per browser session.

An answer reads like a chat assistant's: its text with citation chips (hover: the quote; click: the
paragraph in the paper, sentence highlighted), a copy button, a collapsed "Sources (n)" list, a
collapsed "Details" with the diagnostics, and under the latest answer two or three follow-up questions.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from assistant import Answer, QuestionError
from assistant.types import Citation
from ui import common, render
from ui.common import md_escape

STARTERS = [
    "What does the paper recommend for China?",
    "How do the US and China differ?",
    "What is the NNMI network?",
    "How many institutes did the Department of Defense fund?",
]

a = common.assistant()
ss = st.session_state
ss.setdefault("messages", [])  # [{"role": "user", "content": str} | {"role": "assistant", "content", "answer"}]
messages: list[dict[str, Any]] = ss["messages"]
base = render.app_base(st.context.url)

st.html(render.CSS)
st.html(render.COPY_SCRIPT, unsafe_allow_javascript=True)

with st.sidebar, st.expander("Advanced", icon=":material/tune:"):
    st.slider("Passages retrieved per question", 1, 10, min(a.settings.k, 10), key="k",
              help="How many passages are retrieved and offered as evidence for each answer (k). "
                   "Shown under each answer's Details.")


def ask_later(question: str) -> None:
    ss["pending_question"] = question


def new_conversation() -> None:
    ss["undo_messages"] = list(ss["messages"])
    ss["messages"] = []


def undo_new_conversation() -> None:
    ss["messages"] = ss.pop("undo_messages", [])


def history(msgs: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{"role": m["role"], "content": m["content"]} for m in msgs]


def render_source(c: Citation) -> None:
    st.markdown(f"**{md_escape(c.label)}** · {md_escape(c.section)}\n\n> {md_escape(c.quote)}")
    st.page_link(common.PAPER_PAGE, label=f"Open {md_escape(c.label)} in the paper", icon=":material/menu_book:",
                 query_params=render.paper_query(c))


def render_details(ans: Answer, previous_answer: str | None) -> None:
    word, _ = render.confidence(ans, a.weights.refusal_threshold)
    with st.expander("Details", icon=":material/info:"):
        note = render.reading_note(ans, previous_answer)
        if note:
            st.markdown(f"Understood as: “{md_escape(note)}”")
        t = ans.timings_ms
        st.markdown(f"Confidence: **{word}** (support {ans.support:.2f}, refusal below "
                    f"{a.weights.refusal_threshold:.2f}) · answered in {t.get('total', 0):.0f} ms "
                    f"(retrieval {t.get('retrieve', 0):.0f} ms) · {len(ans.hits)} passages retrieved")
        if ans.hits:
            st.markdown("**Retrieved passages** (hybrid search: dense similarity and BM25, fused by rank)")
            st.table(pd.DataFrame([
                {"label": h.label, "kind": h.kind, "fused score": f"{h.score:.4f}",
                 "dense": "" if h.dense is None else f"{h.dense:.3f}",
                 "BM25 rank": "" if h.bm25_rank is None else str(h.bm25_rank), "text": h.text}
                for h in ans.hits
            ], index=range(1, len(ans.hits) + 1)))


def render_answer(ans: Answer, index: int, question: str, previous_answer: str | None, latest: bool) -> None:
    if ans.refused:
        st.warning(f"**The documents do not say.**\n\n{md_escape(ans.answer)}", icon=":material/help:")
        sources, title = ans.related, "Related passages"
    else:
        st.html(render.answer_html(ans, base))
        _, note = render.confidence(ans, a.weights.refusal_threshold)
        if note:
            st.caption(f":material/info: {note}")
        sources, title = ans.citations, "Sources"
    st.html(render.copy_button(render.answer_markdown(ans, base, question)))
    if sources:
        with st.expander(f"{title} ({len(sources)})", icon=":material/format_quote:"):
            if ans.refused:
                st.caption("The closest the paper gets, offered as reading, not as an answer.")
            for c in sources:
                render_source(c)
    render_details(ans, previous_answer)
    if latest:
        render_suggestions(ans, index)


def render_suggestions(ans: Answer, index: int) -> None:
    # nothing near the answer to suggest (a greeting, an off-topic question): the starters instead
    questions = ans.suggestions or (STARTERS if ans.refused or ans.kind == "smalltalk" else [])
    if questions:
        st.caption("Ask next" if ans.suggestions else "Questions the paper answers")
        for j, s in enumerate(questions):
            st.button(md_escape(s), key=f"suggest-{index}-{j}", on_click=ask_later, args=(s,),
                      icon=":material/subdirectory_arrow_right:", type="tertiary")


def previous_answer(msgs: list[dict[str, Any]], index: int) -> str | None:
    earlier = [m for m in msgs[:index] if m["role"] == "assistant"]
    return earlier[-1]["content"] if earlier else None


st.title("Ask the paper")
st.caption(" · ".join(md_escape(d.title) for d in a.documents)
           + " — answers come only from the paper, with the sentences they rest on.")
toolbar = st.container()

question = st.chat_input("Ask a question about the paper") or ss.pop("pending_question", None)
if question:
    ss.pop("undo_messages", None)

for i, m in enumerate(messages):
    with st.chat_message(m["role"]):
        if m["role"] == "user":
            st.markdown(md_escape(m["content"]))
        else:
            render_answer(m["answer"], i, messages[i - 1]["content"], previous_answer(messages, i),
                          latest=not question and i == len(messages) - 1)

if question:
    with st.chat_message("user"):
        st.markdown(md_escape(question))
    with st.chat_message("assistant"):
        answer = None
        with st.spinner("Reading the paper…"):
            try:
                answer = a.ask(question, history(messages), k=ss.get("k"), suggest=False)
            except QuestionError as e:
                st.error(md_escape(str(e)), icon=":material/edit_note:")
            except Exception as e:
                common.log.exception("ask() failed")
                st.error(f"Something went wrong while answering ({type(e).__name__}). The details are in the "
                         "server log; try rephrasing the question or start a new conversation.",
                         icon=":material/error:")
        if answer is not None:
            prev = previous_answer(messages, len(messages))
            messages.append({"role": "user", "content": question})
            messages.append({"role": "assistant", "content": answer.answer, "answer": answer})
            render_answer(answer, len(messages) - 1, question, prev, latest=False)
            # the answer is on screen; the follow-ups come after it (they take a moment the first time)
            with st.spinner("Looking for follow-up questions…"):
                a.suggest(answer, history(messages[:-2]))
            render_suggestions(answer, len(messages) - 1)
elif not messages:
    if ss.get("undo_messages"):
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown("The conversation was cleared.")
            st.button("Undo", icon=":material/undo:", on_click=undo_new_conversation, key="undo")
    st.markdown("**Try one of these**, or type your own question below. Follow-up questions "
                "(“And the Department of Energy?”) use the conversation so far.")
    for i, q in enumerate(STARTERS):
        st.button(q, key=f"starter-{i}", on_click=ask_later, args=(q,), icon=":material/chat_bubble:",
                  width="stretch")

with toolbar:
    titles = [d.title for d in a.documents]
    row = st.container(horizontal=True)
    row.button("New conversation", icon=":material/add_comment:", on_click=new_conversation,
               disabled=not messages, help="Starts afresh; an Undo button brings the conversation back.")
    row.download_button("Export conversation", data=render.export_markdown(messages, titles, base),
                        file_name="conversation.md", mime="text/markdown", icon=":material/download:",
                        on_click="ignore", disabled=not messages)

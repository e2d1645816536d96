"""Paper: the whole text, section by section; every paragraph has its label and an HTML anchor.

A citation in the chat links here with ``?p=<paragraph id>&q=<quoted sentence>``: that paragraph is
tinted, the quoted sentence in it marked, and scrolled into view under a banner that stays at the top
with the way back to the conversation. ``/paper#s2-1-p2`` also scrolls to a paragraph.
"""

from __future__ import annotations

import html
import json

import streamlit as st

from ui import common
from ui.common import md_escape

a = common.assistant()
target_pid = st.query_params.get("p", "")
target_doc = st.query_params.get("doc", "paper")
target_quote = st.query_params.get("q", "")
target = common.find_paragraph(a, target_doc, target_pid) if target_pid else None

_PARA = ('<p id="{id}" style="margin:0 0 0.9rem 0;line-height:1.6;scroll-margin-top:5rem;{extra}">'
         '<span style="font-size:0.8rem;font-weight:600;opacity:0.65;margin-right:0.5rem;white-space:nowrap">'
         '{label}</span>{text}</p>')
_TARGET_STYLE = "background:rgba(255,214,0,0.10);border-left:4px solid #f0b400;padding:0.4rem 0.6rem;"

if target_pid and target is None:
    st.warning(f"The paper has no paragraph {md_escape(target_pid)}; showing the whole text.")
if target:
    doc, p = target
    quoted = bool(target_quote) and target_quote in common.paragraph_plain(p)
    # The banner stays at the top while the reader scrolls (a frosted background that reads on both themes).
    # (the sticky element is the container's wrapper: a sticky box cannot leave a parent of its own height)
    st.html("<style>div:has(> .st-key-cited-banner){position:sticky;top:3.75rem;z-index:990}"
            ".st-key-cited-banner{padding:.35rem .5rem .1rem;border-radius:.6rem;"
            "backdrop-filter:blur(14px);-webkit-backdrop-filter:blur(14px);"
            "background:rgba(128,128,128,.16);box-shadow:0 2px 10px rgba(0,0,0,.10)}</style>")
    with st.container(key="cited-banner", gap="small"):
        what = "the cited sentence is marked" if quoted else "highlighted"
        st.info(f"**Cited paragraph {md_escape(p.label)}** · {md_escape(p.section_title)} — {what} below.",
                icon=":material/format_quote:")
        back = "Back to the conversation" if st.session_state.get("messages") else "Go to the chat"
        st.page_link(common.CHAT_PAGE, label=back, icon=":material/arrow_back:")

for doc in a.documents:
    st.title(md_escape(doc.title))
    toc = [f"- [{md_escape(s.title)}](#{common.anchor_id(s.section_id, doc.doc_id)})" for s in doc.sections]
    with st.expander("Contents"):
        st.markdown("\n".join(toc))
    for section in doc.sections:
        st.subheader(md_escape(section.title), anchor=common.anchor_id(section.section_id, doc.doc_id))
        body = "".join(
            _PARA.format(
                id=common.anchor_id(p.paragraph_id, doc.doc_id),
                extra=_TARGET_STYLE if target and target[1].key == p.key else "",
                label=html.escape(p.label),
                text=(common.highlight(common.paragraph_plain(p), target_quote)
                      if target and target[1].key == p.key else html.escape(common.paragraph_plain(p))),
            )
            for p in section.paragraphs
        )
        st.html(body)

# Scroll to the cited paragraph (or to the #anchor of the URL) once it has been rendered. The id is
# built from [a-z0-9-] only (anchor_id), and json.dumps quotes it, so nothing from a user reaches the script.
# No '<' in the script: the sanitizer (DOMPurify) drops a <script> whose text contains '<' and a letter or digit.
wanted = common.anchor_id(target[1].paragraph_id, target[0].doc_id) if target else ""
st.html(
    "<script>(function(){"
    f"let id={json.dumps(wanted)};if(!id){{try{{id=decodeURIComponent(window.location.hash.slice(1));}}catch(e){{}}}}"
    "if(!id)return;let n=0;"
    "const go=()=>{const el=document.getElementById(id);"
    "if(el){el.scrollIntoView({block:'center'});}else if(50>n++){setTimeout(go,100);}};go();"
    "})();</script>",
    unsafe_allow_javascript=True,
)

"""Streamlit UI of the paper assistant: ``streamlit run ui/app.py`` from the repository root.

Three pages: Chat (default), Paper (the text, paragraph by paragraph, with anchors the citations
link to) and Evaluation (runs the question suite). The model and index are loaded once per server.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # so that `assistant` and `ui` import when run as a script
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from ui import common  # noqa: E402

# The page icon is an emoji: a ":material/...:" favicon would be fetched from Google's font CDN (offline app).
st.set_page_config(page_title="Ask the paper", page_icon="📄", layout="centered")
common.keep_widget_state()

pages = [
    st.Page(common.CHAT_PAGE, title="Chat", icon=":material/chat:", default=True),
    st.Page(common.PAPER_PAGE, title="Paper", icon=":material/article:", url_path="paper"),
    st.Page(common.EVAL_PAGE, title="Evaluation", icon=":material/fact_check:", url_path="evaluation"),
]
page = st.navigation(pages)

loaded = common.load_assistant()
if loaded is None:
    st.button("Try again", icon=":material/refresh:")
    st.stop()
common.sidebar_knowledge_base(loaded)
page.run()

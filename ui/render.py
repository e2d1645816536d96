"""How an answer is shown and exported: citation chips, the copy text, the export, the paper links.

Plain functions of an ``Answer`` (no Streamlit calls), so that the chat page stays short and the
formats can be read in one place. Every piece of answer or document text that goes into HTML passes
through ``html.escape``; the links are built with ``urllib.parse.urlencode``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from assistant import Answer
from assistant.types import Citation

_MARKER = re.compile(r"\[(\d+)\]")
_LIST_ITEM = re.compile(r"^\s*[-*•]\s+(.*)$")

# Chips, their tooltips and the copy button; colours that read on the light and the dark theme alike.
CSS = """<style>
.answer{line-height:1.65}
.answer p{margin:0 0 .6rem 0}
.answer ul{margin:0 0 .6rem 0;padding-left:1.3rem}
.answer li{margin:0 0 .25rem 0}
a.cite{position:relative;display:inline-block;margin:0 .1rem;padding:0 .45rem;border-radius:.8rem;
  font-size:.78rem;font-weight:600;line-height:1.45rem;vertical-align:.08rem;white-space:nowrap;
  text-decoration:none!important;color:inherit!important;background:rgba(128,128,128,.16);
  border:1px solid rgba(128,128,128,.38)}
a.cite:hover,a.cite:focus-visible{background:rgba(255,190,0,.28);border-color:rgba(230,160,0,.8);outline:none}
a.cite .tip{display:none;position:absolute;z-index:1000;left:50%;bottom:calc(100% + 6px);transform:translateX(-50%);
  width:max-content;max-width:min(26rem,78vw);white-space:normal;text-align:left;font-weight:400;font-size:.85rem;
  line-height:1.45;padding:.55rem .7rem;border-radius:.45rem;background:#262730;color:#fafafa;
  box-shadow:0 4px 14px rgba(0,0,0,.25)}
a.cite .tip b{display:block;font-size:.75rem;opacity:.75;margin-bottom:.2rem}
a.cite:hover .tip,a.cite:focus .tip,a.cite:focus-visible .tip{display:block}
.answer-tools{display:flex;gap:.5rem;align-items:center;margin-top:.15rem}
button.copy-answer{font:inherit;font-size:.8rem;padding:.15rem .6rem;border-radius:.4rem;cursor:pointer;
  color:inherit;background:transparent;border:1px solid rgba(128,128,128,.45)}
button.copy-answer:hover{border-color:rgba(230,160,0,.9)}
@media (max-width:640px){a.cite .tip{position:fixed;left:.75rem;right:.75rem;top:4.5rem;bottom:auto;transform:none;
  width:auto;max-width:none}}
[class*="st-key-suggest-"] button,[class*="st-key-starter-"] button,[class*="st-key-suggest-"] button>div,
[class*="st-key-starter-"] button>div{justify-content:flex-start;text-align:left}
[class*="st-key-suggest-"] button p,[class*="st-key-starter-"] button p{text-align:left}
[class*="st-key-suggest-"] button{min-height:2rem;padding-top:.15rem;padding-bottom:.15rem}
</style>"""

# One listener for every copy button of the page (the buttons carry their text in data-copy).
# No '<' in the script: the sanitizer drops a <script> whose text holds '<' followed by a letter.
COPY_SCRIPT = """<script>(function(){
if(window.__answerCopy)return;window.__answerCopy=true;
function fallback(text){const t=document.createElement('textarea');t.value=text;document.body.appendChild(t);
t.select();try{document.execCommand('copy');}catch(e){}t.remove();}
document.addEventListener('click',function(ev){
const b=ev.target.closest&&ev.target.closest('button[data-copy]');if(!b)return;
const text=b.getAttribute('data-copy');const done=function(){b.textContent='Copied';
setTimeout(function(){b.textContent='Copy';},1500);};
if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(text).then(done,function(){fallback(text);done();});}
else{fallback(text);done();}
});})();</script>"""


def paper_query(c: Citation) -> dict[str, str]:
    """Query parameters of the Paper page that open ``c``'s paragraph with its quote highlighted."""
    q = {"p": c.paragraph_id}
    if c.doc_id != "paper":
        q["doc"] = c.doc_id
    q["q"] = c.quote
    return q


def paper_url(c: Citation, base: str = "") -> str:
    """Link to ``c`` on the Paper page; ``base`` is the app's address (empty: a relative link)."""
    return f"{base.rstrip('/')}/paper?{urlencode(paper_query(c))}" if base else f"paper?{urlencode(paper_query(c))}"


def app_base(url: str | None) -> str:
    """The app's root address from the browser's current URL (``st.context.url``), without the page path."""
    if not url:
        return ""
    m = re.match(r"(https?://[^/?#]+)", url)
    return m.group(1) if m else ""


def _chip(c: Citation, base: str) -> str:
    tip = f"<b>{html.escape(c.label)} · {html.escape(c.section)}</b>“{html.escape(c.quote)}”"
    return (f'<a class="cite" href="{html.escape(paper_url(c, base))}" target="_blank" '
            f'data-marker="{c.marker}" aria-label="Source {html.escape(c.label)}: {html.escape(c.quote)}">'
            f'{html.escape(c.label)}<span class="tip" role="tooltip">{tip}</span></a>')


def answer_html(ans: Answer, base: str = "") -> str:
    """The answer's text as HTML, each ``[n]`` replaced by a chip with the paragraph label and its quote."""
    by_marker = {c.marker: c for c in ans.citations}

    def piece(i: int, text: str) -> str:
        if i % 2 == 0:  # text between markers
            return html.escape(text)
        c = by_marker.get(int(text))
        return _chip(c, base) if c else html.escape(f"[{text}]")

    def inline(text: str) -> str:
        return "".join(piece(i, t) for i, t in enumerate(_MARKER.split(text)))

    out: list[str] = []
    for block in (b for b in re.split(r"\n\s*\n", ans.answer.strip()) if b.strip()):
        lines, items, prose = block.split("\n"), [], []
        for line in lines:  # "- item" lines (a list the answer quotes) become a list, the rest stays prose
            m = _LIST_ITEM.match(line)
            if m:
                items.append(m.group(1))
            else:
                if items:
                    out.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
                    items = []
                prose.append(line)
                continue
            if prose:
                out.append(f"<p>{'<br>'.join(inline(x) for x in prose)}</p>")
                prose = []
        if prose:
            out.append(f"<p>{'<br>'.join(inline(x) for x in prose)}</p>")
        if items:
            out.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
    return f'<div class="answer">{"".join(out)}</div>'


def copy_button(text: str) -> str:
    return (f'<div class="answer-tools"><button class="copy-answer" type="button" title="Copy the answer as Markdown, '
            f'with its sources" data-copy="{html.escape(text, quote=True)}">Copy</button></div>')


def _source_lines(sources: Iterable[Citation], base: str) -> list[str]:
    return [f"- [{c.marker}] {c.label}, {c.section}: “{c.quote}” <{paper_url(c, base)}>" for c in sources]


def answer_markdown(ans: Answer, base: str = "", question: str | None = None) -> str:
    """One answer as Markdown with its sources and their links (what the copy button copies)."""
    out = []
    if question:
        out += [f"**Q:** {question}", ""]
    if ans.refused:
        out += [f"_The documents do not say._ {ans.answer}", ""]
        sources, heading = ans.related, "Related passages"
    else:
        out += [ans.answer, ""]
        sources, heading = ans.citations, "Sources"
    if sources:
        out += [f"{heading}:", *_source_lines(sources, base)]
    return "\n".join(out).rstrip() + "\n"


def export_markdown(msgs: list[dict[str, Any]], titles: list[str], base: str = "",
                    now: datetime | None = None) -> str:
    """The whole conversation: title, date, then each question and answer with linked sources."""
    when = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    out = [f"# Conversation about “{', '.join(titles)}”", "",
           f"Exported {when}. Document: {', '.join(titles)}.", ""]
    for m in msgs:
        if m["role"] == "user":
            out += [f"**You:** {m['content']}", ""]
            continue
        ans: Answer = m["answer"]
        body = answer_markdown(ans, base).rstrip()
        out += [f"**Assistant:** {body}", ""]
    return "\n".join(out).rstrip() + "\n"


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.findall(r"\w+", text)


def reading_note(ans: Answer, previous_answer: str | None) -> str | None:
    """The engine's reading of the question, when it says something the question does not.

    None when the reading is the question itself (up to case, spacing and punctuation), and when it
    was read as a follow-up but the answer only repeats the previous one (a greeting read as a
    follow-up tells the reader nothing but noise)."""
    standalone = (ans.standalone_question or "").strip()
    if not standalone or _words(standalone) == _words(ans.question):
        return None
    if previous_answer is not None and _words(previous_answer) == _words(ans.answer):
        return None
    return standalone


def confidence(ans: Answer, threshold: float) -> tuple[str, str]:
    """A plain word for the support score (the probability that the evidence answers the question), and a note
    when it is worth showing ('' when it is not)."""
    if ans.refused:
        return "none", ""
    if ans.support >= max(0.8, threshold + 0.3):
        return "high", ""
    if ans.support >= threshold + 0.15:
        return "medium", ""
    return "low", "Low confidence: the cited passage may not answer exactly this. Check the sources."

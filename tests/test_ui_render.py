"""The chat's formats (ui/render.py): chips, copy text, export, when to show the reading of a question."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from assistant.types import Answer, Citation
from ui import render

CITE = Citation(marker=1, paragraph_id="s4-p3", label="§4 ¶3", section="4. Summary", quote='He said "a < b" & more.')


def test_markers_become_chips_and_text_is_escaped():
    ans = Answer(question="q", answer="Intro <script>x</script>: [1]\n- one [1]\n- two\n\nEnd [7].", citations=[CITE])
    html = render.answer_html(ans, "http://h:1")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count('class="cite"') == 2 and "[1]" not in html
    assert "[7]" in html  # a marker without a citation stays as written
    assert "<ul><li>one " in html and "<li>two</li></ul>" in html
    assert 'href="http://h:1/paper?p=s4-p3&amp;q=He+said+%22a+%3C+b%22+%26+more."' in html
    assert "“He said &quot;a &lt; b&quot; &amp; more.”" in html  # the quote in the tooltip, escaped


def test_copy_and_export_carry_sources_links_date_and_title():
    ans = Answer(question="Wie viele?", answer="Eight [1].", citations=[CITE])
    md = render.answer_markdown(ans, "http://h:1", "Wie viele?")
    assert md.startswith("**Q:** Wie viele?\n\nEight [1].\n\nSources:\n- [1] §4 ¶3, 4. Summary: “He said")
    assert md.rstrip().endswith("<http://h:1/paper?p=s4-p3&q=He+said+%22a+%3C+b%22+%26+more.>")
    refused = Answer(question="GDP?", answer="The paper does not answer this.", refused=True, related=[CITE])
    msgs = [{"role": "user", "content": "中国有多少？"}, {"role": "assistant", "content": ans.answer, "answer": ans},
            {"role": "user", "content": "GDP?"}, {"role": "assistant", "content": refused.answer, "answer": refused}]
    text = render.export_markdown(msgs, ["The Paper"], "http://h:1", now=datetime(2026, 12, 1, 9, 5, tzinfo=UTC))
    assert text.startswith("# Conversation about “The Paper”\n\nExported 2026-12-01 09:05 UTC. Document: The Paper.")
    assert "**You:** 中国有多少？" in text
    assert "_The documents do not say._" in text and "Related passages:" in text
    assert len(re.findall(r"<http://h:1/paper\?p=s4-p3&q=", text)) == 2


def test_reading_is_shown_only_when_it_says_more():
    def ans(question: str, standalone: str, text: str = "Eight.") -> Answer:
        return Answer(question=question, standalone_question=standalone, answer=text)

    assert render.reading_note(ans("How many?", "how many"), None) is None  # case and punctuation only
    assert render.reading_note(ans("hi", "hi (following: How many?)", "Eight."), "Eight.") is None  # same answer
    follow = ans("And Energy?", "And Energy? (following: How many did Defense fund?)", "Five.")
    assert render.reading_note(follow, "Eight.") == "And Energy? (following: How many did Defense fund?)"
    assert render.reading_note(ans("membrship?", "membership?"), None) == "membership?"  # a corrected slip


def test_confidence_words():
    assert render.confidence(Answer(question="q", answer="a", support=0.98), 0.4) == ("high", "")
    assert render.confidence(Answer(question="q", answer="a", support=0.6), 0.4) == ("medium", "")
    word, note = render.confidence(Answer(question="q", answer="a", support=0.45), 0.4)
    assert word == "low" and "Check the sources" in note
    assert render.app_base("http://127.0.0.1:8501/paper?p=x") == "http://127.0.0.1:8501"

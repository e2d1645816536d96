"""Small talk and help ("hi", "thanks", "what can you do?", "help", "are you ChatGPT?"): a short reply, no retrieval,
no citations, with two or three example questions the documents answer. The examples are written from the structured
facts (a definition, a who-question, a when- or how-many-question) and kept only when the engine answers them from
the fact's own paragraph, so they never promise what the documents do not hold.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ...types import Fact
from ..render import Composition, phrase, titles_in
from .multipart import answer_alone

if TYPE_CHECKING:
    from ..compose import GroundedComposer
    from . import AnswerContext

MAX_EXAMPLES = 3
_EXAMPLES: WeakKeyDictionary[GroundedComposer, dict[str, list[str]]] = WeakKeyDictionary()
_DEFINING = {"definition", "meaning", "nature"}


def _name(subject: str) -> str:
    """The subject as a question names it: without a parenthesis, with "the" before a common phrase."""
    s = re.sub(r"\s*\([^)]*\)", "", subject).strip()
    first = s.split()[0] if s else ""
    if len(s.split()) == 1 or first.isupper() or first.endswith("'s") or first.lower() == "the":
        return s
    return "the " + s


def english_question(fact: Fact) -> tuple[str, str] | None:
    """(template kind, question) for a fact whose subject and attribute make a plain question, else None."""
    attribute, subject = fact.attribute.strip(), _name(fact.subject)
    if fact.kind == "definition" and attribute in _DEFINING:
        return "what", f"What is {subject}?"
    if fact.kind in ("entity", "list") and re.fullmatch(r"[a-z]+ed by", attribute):
        return "who", f"Who {attribute[:-3]} {subject}?"
    if fact.kind == "date" and re.fullmatch(r"(?:[a-z]+ly )?[a-z]+ed", attribute):
        return "when", f"When was {subject} {attribute}?"
    m = re.fullmatch(r"(.+) ([a-z]+ed)", attribute)
    if fact.kind == "figure" and fact.unit and m and fact.as_of:
        return "how many", f"How many {m.group(1)} had {subject} {m.group(2)} by {fact.as_of}?"
    return None


def chinese_question(fact: Fact, composer: GroundedComposer) -> tuple[str, str] | None:
    """The same kinds of question in Chinese, from the glossary's Chinese names and question words."""
    subject = re.sub(r"\s*\([^)]*\)", "", fact.subject).strip()
    glossary = composer.kb.glossary
    term = next((t for t, v in glossary.matches(subject) if v.lower() == subject.lower() and t.chinese), None)
    if term is None:
        return None
    zh = term.chinese[0]
    if fact.kind == "definition" and fact.attribute in _DEFINING:
        return "what", f"什么是{zh}？"
    if fact.kind in ("entity", "list") and re.fullmatch(r"[a-z]+ed by", fact.attribute):
        verb = next((c for c, e in glossary.question_words.items() if e == fact.attribute[:-3]), None)
        if verb:
            return "who", f"{zh}是由谁{verb}的？"
    return None


def example_questions(composer: GroundedComposer, language: str = "en") -> list[str]:
    """Up to three questions of different kinds that the engine answers from the fact they were written from."""
    cache = _EXAMPLES.setdefault(composer, {})
    if language in cache:
        return cache[language]
    chosen: dict[str, str] = {}
    for fact in composer.kb.facts:
        made = english_question(fact) if language == "en" else chinese_question(fact, composer)
        if made is None or made[0] in chosen:
            continue
        _, comp = answer_alone(composer, made[1], [])
        if not comp.refused and any(c.paragraph_id == fact.paragraph for c in comp.citations):
            chosen[made[0]] = made[1]
        if len(chosen) == MAX_EXAMPLES:
            break
    examples = list(chosen.values())
    if language != "en" and len(examples) < 2:
        examples = example_questions(composer, "en")  # too few in this language: the English ones
    cache[language] = examples
    return examples


class SmallTalkPlan:
    """A greeting, thanks, goodbye or a request for help: a short reply with example questions."""

    name = "smalltalk"
    broad = False
    specific = False

    def answer(self, ctx: AnswerContext) -> Composition | None:
        kind = ctx.u.smalltalk
        if not kind:
            return None
        lang = ctx.u.language
        titles = titles_in(ctx.composer.kb, lang)
        lines = [phrase(f"convo_{kind}", titles, lang)]
        examples = example_questions(ctx.composer, lang)
        if examples and kind in ("greeting", "help", "thanks", "self"):
            lead = "convo_examples" if kind != "thanks" else "convo_more"
            lines.append(phrase(lead, titles, lang) + "\n" + "\n".join(f"- {q}" for q in examples))
        return Composition(" ".join(lines[:1]) + ("\n\n" + lines[1] if len(lines) > 1 else ""), [], False, [], [],
                           1.0, kind="smalltalk")

"""Answer backends ("answerers"), chosen by the `answerer` setting.

- ``grounded`` (default): the offline composer in ``answering.py``, no language model.
- ``LLMAnswerer``: any LangChain chat model writes the prose from the same evidence, with the prompt in
  ``prompts/llm_answer.txt``; its answer is kept only if every figure in it stands in a passage it
  cites, otherwise the grounded answer is returned. No usable LLM installs on this machine, so it is
  tested with LangChain's fake chat model; plug a real one in with ``Assistant(answerer=...)``.
- Plugins: a package can register a factory ``f(assistant) -> answerer`` under the entry-point group
  ``assistant.answerers``; ``--answerer NAME`` then selects it.
"""

from __future__ import annotations

import re
from importlib import metadata, resources
from typing import Any, Protocol

from .answering import Candidate, Composition, GroundedComposer, Understanding, verify_numbers
from .types import Hit

ENTRY_POINT_GROUP = "assistant.answerers"


class Answerer(Protocol):
    def compose(self, u: Understanding, candidates: list[Candidate], hits: list[Hit]) -> Composition: ...

    def refuse(self, u: Understanding, hits: list[Hit], support: float, figure: bool = False) -> Composition: ...


class LLMAnswerer:
    """A chat model writes the answer from numbered passages; code checks its figures and citations."""

    def __init__(self, chat_model: Any, grounded: GroundedComposer, max_passages: int = 4) -> None:
        self.chat_model = chat_model
        self.grounded = grounded
        self.max_passages = max_passages
        self.prompt = resources.files("assistant").joinpath("prompts/llm_answer.txt").read_text(encoding="utf-8")

    def refuse(self, u: Understanding, hits: list[Hit], support: float, figure: bool = False) -> Composition:
        return self.grounded.refuse(u, hits, support, figure)

    def compose(self, u: Understanding, candidates: list[Candidate], hits: list[Hit]) -> Composition:
        base = self.grounded.compose(u, candidates, hits)
        if base.refused:  # the same calibrated refusal: an LLM must not answer what the paper does not say
            return base
        passages: list[Candidate] = []
        for c in candidates:
            if all(c.quote != p.quote for p in passages):
                passages.append(c)
            if len(passages) == self.max_passages:
                break
        numbered = "\n".join(f"[{i}] ({self.grounded.citation(i, p.doc_id, p.paragraph_id, '').label}) {p.quote}"
                             for i, p in enumerate(passages, 1))
        prompt = self.prompt.format(passages=numbered, history="(see question)", question=u.standalone)
        reply = self.chat_model.invoke(prompt)
        text = str(getattr(reply, "content", reply)).strip()
        if text.lower().startswith("the paper does not say"):
            return self.grounded.refuse(u, hits, base.support)
        used = sorted({int(m) for m in re.findall(r"\[(\d+)\]", text) if 1 <= int(m) <= len(passages)})
        if not used:
            return base  # an uncited answer is not an answer here
        renumber = {old: new for new, old in enumerate(used, 1)}
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), '?')}]", text)
        if "[?]" in text:
            return base  # a marker that points at no passage
        citations = [self.grounded.citation(renumber[i], passages[i - 1].doc_id, passages[i - 1].paragraph_id,
                                            passages[i - 1].quote) for i in used]
        if verify_numbers(text, citations, self.grounded.titles):
            return base  # a figure the cited passages do not hold: fall back to the grounded answer
        facts = [p.fact.id for i, p in enumerate(passages, 1) if i in used and p.fact is not None]
        return Composition(text, citations, False, facts, [], base.support)


def load_answerer(name: str, assistant: Any) -> Answerer:
    """The answerer named by the settings: built-in `grounded`, or an entry-point plugin."""
    if name == "grounded":
        return assistant.composer
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            return ep.load()(assistant)
    known = ["grounded", *(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))]
    raise ValueError(f"unknown answerer {name!r}; available: {', '.join(known)}")

"""Rendering: the composed answer record, the fixed phrases (kept in prompts/phrases.txt), prose helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from ..numbers import digits_in
from ..text import has_cjk
from ..types import Citation

if TYPE_CHECKING:
    from .understanding import Understanding


@dataclass
class Composition:
    """An answer as composed: its text, its citations, and whether it is a refusal."""

    answer: str
    citations: list[Citation]
    refused: bool
    facts_used: list[str]
    related: list[Citation]
    support: float
    kind: str = ""  # "smalltalk" for a conversational reply; empty: an answer or a refusal, as ``refused`` says


@cache
def phrases(language: str = "en") -> dict[str, str]:
    """The fixed phrases of a language (``prompts/phrases.txt``, ``prompts/phrases_zh.txt``); a phrase a
    language lacks is taken from the English file."""
    name = "prompts/phrases.txt" if language == "en" else f"prompts/phrases_{language}.txt"
    text = resources.files("assistant").joinpath(name).read_text(encoding="utf-8")
    out = dict(phrases("en")) if language != "en" else {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            out[key.strip()] = value.strip()
    return out

def searched_words(titles: list[str], language: str = "en") -> dict[str, str]:
    """How a phrase names what was searched: one document by its title, several as "the documents"."""
    if language == "zh":
        name = f"\u300a{titles[0]}\u300b" if len(titles) == 1 else "这些文献"
        return {"searched": name, "Searched": name, "does": "", "says": ""}
    if len(titles) == 1:
        name = f"the document \u201c{titles[0]}\u201d"
        return {"searched": name, "Searched": name[:1].upper() + name[1:], "does": "does", "says": "says"}
    return {"searched": "the documents", "Searched": "The documents", "does": "do", "says": "say"}


def phrase(key: str, titles: list[str], language: str = "en", **values: str) -> str:
    """A fixed phrase in ``language`` with what was searched and ``values`` filled in."""
    return phrases(language)[key].format(**searched_words(titles, language), **values)


def topic_of(u: Understanding) -> str:
    q = re.sub(r"\s+", " ", u.question.strip().rstrip("?.!"))
    q = re.sub(r"^((please|can you|could you|tell me|what's|whats|who's|what|how many|how much|who|which|when|why|"
               r"where|does|do|did|is|are|was|were|can|could|the|about)(?![\w'])\s*)+", "", q, flags=re.I)
    if len(q) > 120:
        q = q[:117].rsplit(" ", 1)[0] + "..."
    if not q or digits_in(q) or has_cjk(q):  # never echo a figure the paper does not hold
        return ""
    return q[:1].lower() + q[1:]

def as_sentence(text: str) -> str:
    """A quoted sentence as answer prose: the paper's words, without its reference brackets."""
    text = re.sub(r"\s*\[\d+(?:\s*[,\-–]\s*\d+)*\]", "", text.strip()).strip()
    return text[:1].upper() + text[1:]


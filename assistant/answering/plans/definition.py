"""What-is questions and everything else: the best statement or sentence, with what it leans on."""

from __future__ import annotations

import re

from ...types import Fact
from ..candidates import Candidate
from ..lexicon import subject_before
from ..understanding import Understanding
from .base import ExtractivePlan, Selection, continued_list

# "OFC stands for Ostrel Ferry Company", "BBC is short for ...": the letters spelled out, not what the thing is
_EXPANSION = re.compile(r"^\s*(?:the\s+)?([\w&.-]+)\s+(?:stands for|is short for|is an? (?:abbreviation|acronym) "
                        r"(?:of|for))\s+(?:the\s+)?(.+?)\.?\s*$", re.I)
_ASKS_EXPANSION = re.compile(r"\b(?:stands?|short|abbreviat\w*|acronym|full name|spell(?:ed)? out)\b", re.I)


def described(sel: Selection) -> list[Candidate]:
    """When the best unit only spells out an acronym and the question did not ask for that ("what is the OFC?"):
    the close unit that says what the thing is ("The OFC is a cooperative that ...")."""
    m = _EXPANSION.match(sel.best.text)
    if m is None or _ASKS_EXPANSION.search(sel.u.asked or sel.u.question):
        return []
    names = {m.group(1).lower(), m.group(2).lower()}
    ratio = sel.composer.weights.compose.listing_ratio
    for c in sel.candidates[1:10]:
        if c.score < ratio * sel.best.score:
            break
        subject = re.sub(r"^\s*the\s+", "", subject_before(c.text), flags=re.I).strip(" ,").lower()
        if subject in names and not _EXPANSION.match(c.text):
            return [c]
    return []


class DefinitionPlan(ExtractivePlan):
    answer_types = ("definition", "general")

    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        return super().extra_evidence(sel) or continued_list(sel) or described(sel)

    def joins_neighbour_sentence(self, u: Understanding) -> bool:
        return u.answer_type == "general"

    def lists_items(self, u: Understanding, fact: Fact, missing_items: bool) -> bool:
        return u.answer_type == "general" and missing_items

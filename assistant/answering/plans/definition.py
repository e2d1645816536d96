"""What-is questions and everything else: the best statement or sentence, with what it leans on."""

from __future__ import annotations

import re

from ...types import Fact
from ..candidates import Candidate
from ..lexicon import EXPANSION, subject_before
from ..understanding import Understanding
from .base import ExtractivePlan, Selection, continued_list

# the first verb of a sentence ("X sits in", "X is", "X refers to"): what stands before it is its subject
_ANY_VERB = re.compile(r"\s(?:is|are|was|were|sits?|lies|refers?|means?|denotes?|covers?|includes?|has|have)\b", re.I)
_ASKS_EXPANSION = re.compile(r"\b(?:stands?|short|abbreviat\w*|acronym|full name|spell(?:ed)? out)\b", re.I)


def described(sel: Selection) -> list[Candidate]:
    """When the best unit only spells out an acronym and the question did not ask for that ("what is the OFC?"):
    the close unit that says what the thing is ("The OFC is a cooperative that ...")."""
    m = EXPANSION.match(sel.best.text)
    if m is None or _ASKS_EXPANSION.search(sel.u.asked or sel.u.question):
        return []
    names = {m.group(1).lower(), m.group(2).lower()}
    ratio = sel.composer.weights.compose.listing_ratio
    for c in sel.candidates[1:10]:
        if c.score < ratio * sel.best.score:
            break
        subject = re.sub(r"^\s*the\s+", "", subject_before(c.text), flags=re.I).strip(" ,").lower()
        if subject in names and not EXPANSION.match(c.text):
            return [c]
    return []


# "The core of X is ...", "the aim of X is ...": the subject is an aspect of X, not X itself
_ASPECT_OF = re.compile(r"^\s*(?:the\s+)?(?:core|key|heart|essence|crux|goal|aim|purpose|focus|basis|foundation|"
                        r"centre|center|nature|role|task|mission)\s+of\s+(?:the\s+)?(.+?)\s*$", re.I)


def itself_described(sel: Selection) -> list[Candidate]:
    """When the best unit says what an aspect of the thing is ("The core of X is ...") and the question asks what
    the thing is: the close unit whose subject is the thing itself ("X sits in ...") says it, after it."""
    if sel.u.answer_type != "definition":
        return []
    m = _ASPECT_OF.match(subject_before(sel.best.text))
    if m is None:
        return []
    thing = m.group(1).lower()
    ratio = sel.composer.weights.compose.listing_ratio
    for c in sel.candidates[1:10]:
        if c.score < ratio * sel.best.score:
            break
        subject = re.sub(r"^\s*the\s+", "", subject_before(c.text, _ANY_VERB), flags=re.I).strip(" ,").lower()
        if subject == thing and c.text != sel.best.text:
            return [c]
    return []


class DefinitionPlan(ExtractivePlan):
    answer_types = ("definition", "general")

    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        return super().extra_evidence(sel) or continued_list(sel) or described(sel) or itself_described(sel)

    def joins_neighbour_sentence(self, u: Understanding) -> bool:
        return u.answer_type == "general"

    def lists_items(self, u: Understanding, fact: Fact, missing_items: bool) -> bool:
        return u.answer_type == "general" and missing_items

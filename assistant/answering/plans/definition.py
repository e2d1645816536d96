"""What-is questions and everything else: the best statement or sentence, with what it leans on."""

from __future__ import annotations

from ...types import Fact
from ..candidates import Candidate
from ..understanding import Understanding
from .base import ExtractivePlan, Selection, continued_list


class DefinitionPlan(ExtractivePlan):
    answer_types = ("definition", "general")

    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        return super().extra_evidence(sel) or continued_list(sel)

    def joins_neighbour_sentence(self, u: Understanding) -> bool:
        return u.answer_type == "general"

    def lists_items(self, u: Understanding, fact: Fact, missing_items: bool) -> bool:
        return u.answer_type == "general" and missing_items

"""Why and how: the sentence giving the reason, with the claim it leans on, in the document's order."""

from __future__ import annotations

from ...types import Fact
from ..understanding import Understanding
from .base import ExtractivePlan


class ReasonPlan(ExtractivePlan):
    answer_types = ("reason",)

    def joins_neighbour_sentence(self, u: Understanding) -> bool:
        return True

    def quotes_fact(self, u: Understanding, fact: Fact) -> bool:
        # a why-question wants the document's reasoning, which lives in its own sentence
        return fact.kind not in ("figure", "date")

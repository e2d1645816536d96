"""Who, which and where: a name the question does not hold; a number in the question is a clue, not a claim."""

from __future__ import annotations

from ...types import Fact
from ..understanding import Understanding
from .base import ExtractivePlan


class EntityPlan(ExtractivePlan):
    answer_types = ("entity", "place")

    def checks_premise_number(self, u: Understanding) -> bool:
        return u.answer_type == "place"

    def lists_items(self, u: Understanding, fact: Fact, missing_items: bool) -> bool:
        # "who leads it?" answered by a list fact whose statement does not name every member
        return u.answer_type == "entity" and missing_items

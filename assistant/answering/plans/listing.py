"""Lists: the items as bullets; a count found first brings the list its paragraph gives."""

from __future__ import annotations

from ...types import Fact
from ..candidates import Candidate
from ..understanding import Understanding
from .base import ExtractivePlan, Selection, listing_of


class ListPlan(ExtractivePlan):
    answer_types = ("list",)

    def extra_evidence(self, sel: Selection) -> list[Candidate]:
        # "name the platforms", answered by a count: the list the document gives in that paragraph names them
        return listing_of(sel)

    def checks_premise_number(self, u: Understanding) -> bool:
        return False

    def lists_items(self, u: Understanding, fact: Fact, missing_items: bool) -> bool:
        return missing_items or len(fact.value) >= 4

"""Answer plans: how an answer is written for each kind of question.

Two families. *Synthesis* plans (small talk, summaries, comparisons, multi-part questions ...) recognise
their question and write the whole answer from the knowledge; they are tried first, in order, and the first
that returns a Composition wins. Otherwise the gates choose the evidence and ``plan_for`` picks the
*extractive* plan of the question's answer type (figure, entity, list, reason, definition).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ...types import Hit
from ..candidates import Candidate
from ..render import Composition
from ..understanding import Understanding
from .arithmetic import ArithmeticPlan
from .assessment import AssessmentPlan
from .base import ExtractivePlan, Selection
from .compare import ComparePlan
from .counts import CountComparePlan
from .definition import DefinitionPlan
from .entity import EntityPlan
from .figure import FigurePlan
from .item import ItemPlan
from .listing import ListPlan
from .multipart import MultiPartPlan
from .provenance import ProvenancePlan
from .reason import ReasonPlan
from .smalltalk import SmallTalkPlan
from .summary import SummaryPlan
from .superlative import SuperlativePlan

if TYPE_CHECKING:
    from ..compose import GroundedComposer


@dataclass
class AnswerContext:
    """Everything a synthesis plan may use: the composer (knowledge, chooser, gates), the question as read,
    the scored candidates and the retrieval hits."""

    composer: GroundedComposer
    u: Understanding
    candidates: list[Candidate]
    hits: list[Hit]


class SynthesisPlan(Protocol):
    name: str
    broad: bool  # writes a broad answer from the knowledge (summary, assessment, comparison)
    specific: bool  # may also answer a question that wants one specific thing (a figure, a name, a place)

    def answer(self, ctx: AnswerContext) -> Composition | None:
        """The whole answer when this plan serves the question, else None."""


# answer types that want one specific thing: a broad plan that is not `specific` leaves them to the extractive plans
SPECIFIC_TYPES = ("place", "date", "figure", "entity")

# tried in order before the extractive plans: small talk, more about one point of the last answer, several questions
# in one, who made the document, which has the most or fewest, arithmetic on the figures a question names,
# comparisons of named things (from the structured facts, then from the sentences), recommendations/strengths,
# summaries
SYNTHESIS: list[SynthesisPlan] = [SmallTalkPlan(), ItemPlan(), MultiPartPlan(), ProvenancePlan(), SuperlativePlan(),
                                  ArithmeticPlan(), ComparePlan(), CountComparePlan(), AssessmentPlan(), SummaryPlan()]

PLANS: list[ExtractivePlan] = [FigurePlan(), EntityPlan(), ListPlan(), ReasonPlan(), DefinitionPlan()]
_BY_TYPE = {t: plan for plan in PLANS for t in plan.answer_types}


def plan_for(u: Understanding) -> ExtractivePlan:
    """The plan that writes answers of the question's type (the default plan for any other)."""
    return _BY_TYPE.get(u.answer_type, PLANS[-1])


__all__ = ["PLANS", "SPECIFIC_TYPES", "SYNTHESIS", "AnswerContext", "ExtractivePlan", "Selection", "SynthesisPlan",
           "plan_for"]

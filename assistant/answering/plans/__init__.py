"""Answer plans: how an answer is written for each kind of question. ``plan_for`` picks one."""

from __future__ import annotations

from ..understanding import Understanding
from .base import ExtractivePlan, Selection
from .definition import DefinitionPlan
from .entity import EntityPlan
from .figure import FigurePlan
from .listing import ListPlan
from .reason import ReasonPlan

PLANS: list[ExtractivePlan] = [FigurePlan(), EntityPlan(), ListPlan(), ReasonPlan(), DefinitionPlan()]
_BY_TYPE = {t: plan for plan in PLANS for t in plan.answer_types}


def plan_for(u: Understanding) -> ExtractivePlan:
    """The plan that writes answers of the question's type (the default plan for any other)."""
    return _BY_TYPE.get(u.answer_type, PLANS[-1])


__all__ = ["PLANS", "ExtractivePlan", "Selection", "plan_for"]

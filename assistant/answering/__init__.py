"""Answering: understand the question, choose the evidence, compose a cited answer, verify it.

One module per step: ``understanding`` (the question read), ``candidates`` (answer units from the
documents), ``features`` (how a unit is scored), ``gates`` (when no unit may answer), ``compose`` and
``render`` (the answer written), ``verify`` (every number checked against its quotes). The default
answerer needs no language model: it states a structured fact when one answers, otherwise the
documents' own best sentences, always with the verbatim sentence it rests on.
"""

from .candidates import Candidate, EvidenceChooser
from .compose import GroundedComposer
from .intent import answer_type, list_items
from .render import Composition, phrases
from .understanding import Concept, QuestionReader, Understanding
from .verify import strip_unsupported, verify_numbers

__all__ = [
    "Candidate", "Composition", "Concept", "EvidenceChooser", "GroundedComposer", "QuestionReader", "Understanding",
    "answer_type", "list_items", "phrases", "strip_unsupported", "verify_numbers",
]

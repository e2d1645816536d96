"""The last check before an answer leaves: every number in it stands in a quote it cites."""

from __future__ import annotations

from collections.abc import Sequence

from ..numbers import unsupported_numbers, without_names
from ..types import Citation
from .render import Composition


def verify_numbers(answer: str, citations: list[Citation], names: Sequence[str] = ()) -> list[str]:
    """Numbers in the answer that no cited quote holds (must be empty for an answer to stand). ``names``: the
    documents' titles, whose numbers ("The Guild Survey of 1790", "Annual Report 2023") name a document when an
    answer or a refusal says which one was searched; they state no figure."""
    return unsupported_numbers(without_names(answer, names), [c.quote for c in citations])


def strip_unsupported(comp: Composition, names: Sequence[str] = ()) -> Composition | None:
    """Fall back to the cited quotes themselves when a composed sentence carries an unsupported number."""
    if not verify_numbers(comp.answer, comp.citations, names):
        return comp
    if not comp.citations:
        return None
    answer = " ".join(f"{c.quote} [{c.marker}]" for c in comp.citations)
    if verify_numbers(answer, comp.citations, names):
        return None
    return Composition(answer, comp.citations, comp.refused, comp.facts_used, comp.related, comp.support)

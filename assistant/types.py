"""Typed records that cross module boundaries: facts, glossary terms, retrieval hits, answers."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Fact(BaseModel):
    """One figure or named fact of a document, with the verbatim quote that states it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Literal["figure", "entity", "list", "definition", "date"] = "figure"
    statement: str
    subject: str
    attribute: str
    value: Any
    unit: str | None = None
    as_of: str | None = None
    paragraph: str
    quote: str
    note: str | None = None
    doc_id: str = "paper"


class GlossaryTerm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    term: str
    abbreviations: list[str] = Field(default_factory=list)
    synonyms: list[str] = Field(default_factory=list)
    chinese: list[str] = Field(default_factory=list)
    entity: bool | None = Field(
        None, description="A named thing (agency, country, programme). Default: has an abbreviation or a capital."
    )
    place: bool = Field(False, description="A country, province or city: what answers a where-question.")

    @property
    def variants(self) -> list[str]:
        return [self.term, *self.abbreviations, *self.synonyms, *self.chinese]

    @property
    def is_entity(self) -> bool:
        return self.entity if self.entity is not None else bool(self.abbreviations) or self.term[:1].isupper()


class Hit(BaseModel):
    """A retrieved passage or fact, with the scores that ranked it."""

    id: str
    kind: Literal["passage", "fact"]
    text: str
    doc_id: str
    paragraph_id: str
    label: str
    section: str
    score: float = Field(description="Fused reciprocal-rank score.")
    dense: float | None = Field(None, description="Cosine similarity of query and text.")
    bm25_rank: int | None = None
    dense_rank: int | None = None
    fact_id: str | None = None


class Citation(BaseModel):
    marker: int
    doc_id: str = "paper"
    paragraph_id: str
    label: str
    section: str
    quote: str = Field(description="Verbatim sentence(s) of the document that support the answer.")


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str


class Answer(BaseModel):
    question: str
    standalone_question: str = Field("", description="The question as understood with the conversation.")
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    refused: bool = False
    kind: Literal["answer", "refusal", "smalltalk"] = Field(
        "answer", description="An answer from the documents, a refusal, or a short conversational reply.")
    facts_used: list[str] = Field(default_factory=list)
    related: list[Citation] = Field(
        default_factory=list, description="Closest passages, offered as reading when the answer is refused."
    )
    hits: list[Hit] = Field(default_factory=list)
    support: float = Field(0.0, description="How well the best evidence matches the question (0..1).")
    timings_ms: dict[str, float] = Field(default_factory=dict)
    suggestions: list[str] = Field(
        default_factory=list,
        description="2-3 follow-up questions the knowledge answers, related to this answer (assistant.suggestions).",
    )

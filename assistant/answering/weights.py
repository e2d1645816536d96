"""Every weight and threshold of the answer engine, in one typed object loaded from a file.

``weights.json`` beside this module is the default; ``evals/fit_weights.py`` re-fits the feature weights and
the refusal threshold with cross-validation and writes it. Nothing here is set by hand for one question.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

DEFAULT_WEIGHTS = Path(__file__).with_name("weights.json")


class ReadingWeights(BaseModel):
    """How much each word of a question counts (its concept weight), relative to its rarity."""

    model_config = ConfigDict(extra="forbid")

    idf_floor: float = Field(0.15, description="Least weight of a word the documents use.")
    unknown_word: float = Field(0.8, description="Weight of a word no document uses, times the largest IDF.")
    named_floor: float = Field(0.6, description="Least weight of a glossary term, times the largest IDF.")
    synonym_match: float = Field(0.75, description="Credit for matching a term by a synonym, not the typed words.")
    type_word: float = Field(0.3, description="Weight factor of answer-type words ('total', 'share').")
    history: float = Field(0.6, description="Weight factor of concepts carried over from the previous question.")
    answer_pronoun: float = Field(0.25, description="Weight factor of names taken from the last answer for 'it'.")
    ordinal_list: float = Field(0.5, description="Weight factor of the list a 'the third one' follow-up comes from.")
    contrasted: float = Field(0.3, description="Weight factor of a thing set aside ('rather than X').")
    head_noun: float = Field(0.3, description="Weight factor of the head noun of 'which company ...'.")
    repeat_new_share: float = Field(0.35, description="Below this share of new words, a unit repeats the last answer.")


class ComposeWeights(BaseModel):
    """How the composer picks among candidates once they are scored."""

    model_config = ConfigDict(extra="forbid")

    support_coverage: float = Field(0.75, description="Support = this x coverage + the rest x dense similarity.")
    gate_margin: float = Field(0.15, description="How far below the top score a gate-passing candidate may be.")
    gate_window: int = Field(12, description="How many candidates are tried when the top one fails a gate.")
    year_window: int = Field(20, description="How many candidates are searched for one dated the year asked.")
    listing_ratio: float = Field(0.75, description="A unit joins the best one when it scores this share of it: a "
                                 "list fact a count, the list a sentence begins, what an acronym spelled out is.")
    second_ratio: float = Field(0.9, description="A second unit joins when it scores this share of the best.")
    neighbour_ratio: float = Field(0.95, description="A same-paragraph sentence joins a why-answer at this share.")
    compare_coverage: float = Field(0.6, description="Least coverage of a second fact in a comparison.")
    context_ratio: float = Field(0.6, description="A neighbouring sentence joins as context at this share.")
    premise_coverage: float = Field(0.6, description="A premise naming unknown things is answered above this coverage.")
    topic_support: float = Field(0.4, description="Least coverage support for a summary, comparison or "
                                 "assessment to speak of what is asked.")
    coverage_floor: float = Field(0.4, description="Least coverage support for any answer (the learned support "
                                  "only refuses more); kept as set unless evals/fit_answerability.py --fit-floor.")


class AnswerabilityWeights(BaseModel):
    """The logistic model of answerability (``answerability.py``): P(the evidence answers the question)."""

    model_config = ConfigDict(extra="forbid")

    weights: dict[str, float] = Field(description="Weight of each standardised answerability feature.")
    bias: float = Field(description="The model's intercept.")
    mean: dict[str, float] = Field(description="Each feature's mean in the fitting data (for standardising).")
    scale: dict[str, float] = Field(description="Each feature's standard deviation in the fitting data.")

    @model_validator(mode="after")
    def _known_features(self) -> AnswerabilityWeights:
        from .answerability import FEATURES

        unknown = sorted(set(self.weights) - set(FEATURES))
        if unknown:
            raise ValueError(f"unknown answerability features: {', '.join(unknown)}")
        return self


class Weights(BaseModel):
    """Feature weights per unit kind, the refusal threshold, and the reading and composing constants."""

    model_config = ConfigDict(extra="forbid")

    fact: dict[str, float] = Field(description="Weight of each feature for a structured fact.")
    sentence: dict[str, float] = Field(description="Weight of each feature for a sentence of a document.")
    refusal_threshold: float = Field(0.4, ge=0, le=1, description="Below this support the answer is a refusal.")
    answerability: AnswerabilityWeights | None = Field(
        None, description="The fitted answerability model; support is its probability. None: support is the "
        "coverage support (the question's concepts in the evidence, blended with similarity).")
    reading: ReadingWeights = Field(default_factory=ReadingWeights)
    compose: ComposeWeights = Field(default_factory=ComposeWeights)
    fitted: dict[str, object] = Field(default_factory=dict, description="How the weights were fitted (a record).")

    @model_validator(mode="after")
    def _known_features(self) -> Weights:
        from .features import FEATURES  # features import the reading weights; this check needs their registry

        unknown = sorted((set(self.fact) | set(self.sentence)) - set(FEATURES))
        if unknown:
            raise ValueError(f"unknown features: {', '.join(unknown)} (known: {', '.join(FEATURES)})")
        return self


class WeightsError(ValueError):
    """The weights file cannot be used; the message names the file and the fault."""


@cache
def load_weights(path: Path = DEFAULT_WEIGHTS) -> Weights:
    """The weights in ``path`` (validated; cached per path)."""
    try:
        return Weights.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as e:
        raise WeightsError(f"{path}: cannot load the answer weights: {e}") from e


def save_weights(weights: Weights, path: Path = DEFAULT_WEIGHTS) -> None:
    path.write_text(json.dumps(weights.model_dump(), indent=2) + "\n", encoding="utf-8")

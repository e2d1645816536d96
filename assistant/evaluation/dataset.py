"""Evaluation question files (JSONL): loading and validation with errors naming line and field."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..batch import split_lines
from ..types import Turn


class DatasetError(ValueError):
    """A question file is malformed; the message names the file, the line and the field."""


class EvalItem(BaseModel):
    model_config = ConfigDict(extra="ignore")  # optional fields such as `answer` or `note` are ignored

    id: str
    category: str = "uncategorised"
    question: str
    history: list[Turn] = Field(default_factory=list)
    must_include: list[str] = Field(default_factory=list)
    any_of: list[list[str]] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    expect_refusal: bool = False
    expect_smalltalk: bool = False  # a greeting or a thank-you: a short reply, no retrieval, no refusal
    fact: str = ""  # items sharing a fact id ask one fact in other words (the consistency figure)
    evidence: str = ""
    section: str = ""
    source: str = ""  # the file it came from, filled by the loader

    @field_validator("id", mode="before")
    @classmethod
    def _id_to_str(cls, v: object) -> object:
        return str(v) if isinstance(v, int) else v

    @field_validator("question")
    @classmethod
    def _question_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be blank")
        return v

    @property
    def expected_strings(self) -> list[str]:
        return [*self.must_include, *(s for group in self.any_of for s in group)]


def load_items(path: Path) -> list[EvalItem]:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise DatasetError(f"{path}: cannot read: {e.strerror}") from e
    items: list[EvalItem] = []
    seen: set[str] = set()
    for n, raw_line in split_lines(data):  # line by line, so a bad byte is named by its line
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError as e:
            raise DatasetError(f"{path}:{n}: not UTF-8 text (byte 0x{raw_line[e.start]:02X} at column "
                               f"{e.start + 1})") from e
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as e:
            raise DatasetError(f"{path}:{n}: not valid JSON ({e.msg})") from e
        except RecursionError as e:
            raise DatasetError(f"{path}:{n}: JSON nested too deeply") from e
        if not isinstance(raw, dict):
            raise DatasetError(f"{path}:{n}: expected a JSON object")
        try:
            item = EvalItem.model_validate({**raw, "source": str(path)})
        except ValidationError as e:
            err = e.errors()[0]
            field = ".".join(str(x) for x in err["loc"]) or "?"
            raise DatasetError(f"{path}:{n}: field '{field}': {err['msg']}") from e
        if item.id in seen:
            raise DatasetError(f"{path}:{n}: field 'id': duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise DatasetError(f"{path}: no questions")
    return items


def load_many(paths: list[Path]) -> list[EvalItem]:
    """Load and validate every file before anything runs; ids are made unique per file."""
    all_items: list[EvalItem] = []
    for p in paths:
        items = load_items(p)
        if len(paths) > 1:
            for it in items:
                it.id = f"{Path(p).stem}:{it.id}"
        all_items.extend(items)
    return all_items

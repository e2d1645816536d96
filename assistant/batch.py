"""The batch reader: JSONL in, JSONL out, one output line for every non-blank input line, in order.

Each line is decoded and parsed on its own, so a bad line (not UTF-8, not JSON, nested too deep,
a history that is not a list) costs that line only. A line whose answer fails for any reason, the
vector store lost mid-batch included, gets an error object too; the exit status says some failed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from .text import not_text

EXIT_ERROR = 1
_BOM = b"\xef\xbb\xbf"


@dataclass
class BatchItem:
    """One input line, read: the question and its history, or the reason it cannot be asked."""

    line: int
    id: Any = None
    question: str = ""
    history: Any = None
    error: str | None = None


def _reject_constant(name: str) -> Any:
    # Python's json reads NaN and Infinity, which are not JSON: echoing them would write invalid JSON.
    raise ValueError(f"{name} is not valid JSON")


def split_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of each line. Only \\n (and \\r\\n) end a line: str.splitlines would also cut
    at U+2028 and other separators that JSON allows inside a string."""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    for n, raw in enumerate(data.split(b"\n"), 1):
        yield n, raw.removesuffix(b"\r")


def parse_line(n: int, raw: bytes) -> BatchItem:
    """Read one line; never raises: a fault is returned as ``error`` naming the line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return BatchItem(n, error=f"line {n}: not UTF-8 text (byte 0x{raw[e.start]:02X} at column {e.start + 1})")
    try:
        item = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        return BatchItem(n, error=f"line {n}: JSON nested too deeply")
    except ValueError as e:  # JSONDecodeError, NaN, an integer too long to convert
        return BatchItem(n, error=f"line {n}: not valid JSON: {e}")
    if not isinstance(item, dict):
        return BatchItem(n, error=f"line {n}: expected a JSON object, got {type(item).__name__}")
    item_id = item.get("id", n)
    question = item.get("question")
    if not isinstance(question, str):
        got = "missing" if question is None else f"got {type(question).__name__}"
        return BatchItem(n, id=item_id, error=f"line {n}: field 'question' must be a string ({got})")
    return BatchItem(n, id=item_id, question=question, history=item.get("history"))


def answer_record(answer: Any) -> dict[str, Any]:
    """The documented JSON form of an answer (``assistant ask --json``)."""
    return {
        "answer": answer.answer,
        "refused": answer.refused,
        "citations": [{"marker": c.marker, "paragraph_id": c.paragraph_id, "label": c.label,
                       "section": c.section, "doc_id": c.doc_id, "quote": c.quote} for c in answer.citations],
        "related": [{"paragraph_id": c.paragraph_id, "label": c.label, "quote": c.quote} for c in answer.related],
        "facts_used": answer.facts_used,
        "suggestions": answer.suggestions,
        "timings_ms": answer.timings_ms,
    }


def dumps(data: dict[str, Any]) -> str:
    """One JSON line, readable (non-ASCII kept) unless it holds lone surrogates, which UTF-8 cannot
    encode: then escaped, so the id a caller sent comes back exactly."""
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(data)
    return line


def run_batch(assistant: Any, data: bytes, source: str, out: TextIO = sys.stdout,
              err: TextIO = sys.stderr) -> int:
    """Answer every line of ``data`` (JSONL); print one JSON object per non-blank line to ``out``:
    the answer with the line's ``id``, or ``{"id", "line", "error"}``. Returns 1 if any line failed."""
    from .assistant import QuestionError
    from .store import StoreError

    failures = 0
    for n, raw in split_lines(data):
        if not raw.strip():
            continue
        item = parse_line(n, raw)
        record: dict[str, Any] | None = None
        if item.error is None:
            try:
                record = {"id": item.id, **answer_record(assistant.ask(item.question, item.history))}
                replaced = not_text(item.question)
                if replaced:
                    record["warning"] = f"line {n}: the question held {', '.join(replaced)}, replaced"
            except QuestionError as e:
                item.error = f"line {n}: {e}"
            except StoreError as e:  # e.g. the Chroma server went away: this line fails, the next ones try again
                item.error = f"line {n}: {e}"
            except Exception as e:  # a fault of ours must cost one line, not the rest of the batch
                item.error = f"line {n}: internal error ({type(e).__name__}: {e})"
        if record is None:
            failures += 1
            record = {"id": item.id, "line": n, "error": item.error}
            print(f"error: {source}: {item.error}", file=err, flush=True)
        print(dumps(record), file=out, flush=True)
    return EXIT_ERROR if failures else 0


"""The command line: a thin layer over the library. Flags come from the Settings fields."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .settings import Settings

EXIT_USAGE = 2
EXIT_ERROR = 1


def _add_settings_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("settings (also ASSISTANT_<NAME> environment variables)")
    for name, field in Settings.model_fields.items():
        flag = "--" + name.replace("_", "-")
        group.add_argument(flag, dest=f"setting_{name}", default=None, metavar=name.upper(),
                           help=f"{field.description} (default: {field.default})")


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {k.removeprefix("setting_"): v for k, v in vars(args).items()
                 if k.startswith("setting_") and v is not None}
    return Settings(**overrides)


def _assistant(settings: Settings, quiet: bool = False):
    from .assistant import Assistant

    return Assistant(settings, notify=None if quiet else lambda m: print(m, file=sys.stderr))


def format_explanation(x: dict[str, Any]) -> str:
    """--explain for a terminal: the reading of the question, then each top candidate with its features
    (value x weight), its score and support, and the gates it fails."""
    out = [f"question: {x['question']}", f"understood as: {x['standalone']}  (answer type: {x['answer_type']}"
           f"{', follow-up' if x['follow_up'] else ''})",
           "concepts: " + ", ".join(f"{c['name']} {c['weight']}{' (history)' if c['from_history'] else ''}"
                                    for c in x["concepts"]),
           f"refusal threshold: {x['refusal_threshold']}", ""]
    for n, c in enumerate(x["candidates"], 1):
        failed = [g["gate"] for g in c["gates"] if not g["passed"]]
        out.append(f"#{n} {c['kind']} {c['doc_id']}:{c['paragraph_id']} score {c['score']} support {c['support']}"
                   f"  gates: {'all passed' if not failed else 'fails ' + ', '.join(failed)}")
        out.append(f"   {c['text'][:160]}")
        out.append("   " + ", ".join(f"{k}={v}" for k, v in sorted(c["contributions"].items(),
                                                                  key=lambda kv: -abs(kv[1]))))
        if c.get("answerability"):  # the signs the support (a probability) was computed from
            out.append("   answerability: " + ", ".join(f"{k}={v}" for k, v in c["answerability"].items() if v))
    out += ["", f"plan: {x['plan'] or 'none'}", ("REFUSED: " if x["refused"] else "ANSWER: ") + x["answer"]]
    return "\n".join(out)


def format_answer(answer: Any) -> str:
    """The answer, then numbered sources with label, section and quote, for a terminal."""
    out = [answer.answer, ""]
    if answer.citations:
        out.append("Sources:")
        for c in answer.citations:
            out.append(f"  [{c.marker}] {c.label} ({c.section})")
            out.append(f"      \"{c.quote}\"")
    if answer.related:
        out.append("Related reading:")
        for c in answer.related:
            out.append(f"  - {c.label} ({c.section}): \"{c.quote}\"")
    return "\n".join(out).rstrip()


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from .assistant import QuestionError
    from .batch import answer_record, dumps, run_batch

    if args.batch:
        try:  # read before loading the model: a missing file is reported at once
            data = Path(args.batch).read_bytes()
        except OSError as e:
            print(f"error: cannot read {args.batch}: {e.strerror or e}", file=sys.stderr)
            return EXIT_ERROR
        return run_batch(_assistant(settings, quiet=args.json), data, args.batch)
    if not args.question:
        print("error: give a question, or --batch FILE", file=sys.stderr)
        return EXIT_USAGE
    question = " ".join(args.question)
    _warn_not_text(question)
    assistant = _assistant(settings, quiet=args.json)
    if args.explain:
        try:
            explanation = assistant.explain(question)
        except QuestionError as e:
            print(f"error: {e}", file=sys.stderr)
            return EXIT_USAGE
        print(json.dumps(explanation, ensure_ascii=False, indent=1) if args.json else format_explanation(explanation))
        return 0
    try:
        # the terminal's answer does not show follow-up suggestions (the JSON record does): not worked out for it
        answer = assistant.ask(question, suggest=args.json)
    except QuestionError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    print(dumps(answer_record(answer)) if args.json else format_answer(answer))
    return 0


def _warn_not_text(question: str) -> None:
    """Say which bytes of a question were not text (argv and stdin keep them as surrogates); the
    library replaces them and answers the rest."""
    from .text import not_text

    replaced = not_text(question)
    if replaced:
        print(f"warning: the question holds {', '.join(replaced)}, which is not UTF-8 text; "
              "replaced by \N{REPLACEMENT CHARACTER}", file=sys.stderr)


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from .assistant import QuestionError
    from .store import StoreError
    from .text import clean_text

    assistant = _assistant(settings)
    history: list[dict[str, str]] = []
    # A line that is not UTF-8 must not end the session: keep its bytes as surrogates, warn, go on.
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="surrogateescape")
    print("Ask about the paper. Empty line or Ctrl-D to quit; /new starts a new conversation.")
    while True:
        try:
            question = input("\n> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not question:
            return 0
        if question == "/new":
            history.clear()
            print("(new conversation)")
            continue
        _warn_not_text(question)
        question = clean_text(question)
        try:
            answer = assistant.ask(question, history)
        except (QuestionError, StoreError) as e:
            print(f"error: {e}")
            continue
        except Exception as e:  # one failed question must not end the conversation
            print(f"error: internal error ({type(e).__name__}: {e})")
            continue
        print(format_answer(answer))
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from .index import ingest
    from .knowledge import load_knowledge
    from .store import delete_store

    if args.rebuild:  # the fix for a corrupt store: it cannot be opened, so it is removed, not repaired
        load_knowledge(Path(settings.knowledge_dir))  # a broken knowledge file must not cost the old index
        print(f"removed the index ({delete_store(settings)}); rebuilding it from {settings.knowledge_dir}",
              file=sys.stderr)
    report = ingest(settings, notify=lambda m: print(m, file=sys.stderr))
    print(report)
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from .index import index_status
    from .knowledge import load_knowledge
    from .store import VectorStore

    kb = load_knowledge(Path(settings.knowledge_dir))
    store = VectorStore(settings)
    status = index_status(store, kb, settings)
    print(json.dumps({"state": status.state, "built_at": status.built_at, "counts": status.counts,
                      "fingerprint": status.fingerprint, "expected": status.expected, "damage": status.damage,
                      "store": store.location, "read_only": store.read_only, "warnings": kb.warnings}, indent=2))
    for warning in kb.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not status.current:
        what = f"damaged: {status.damage}" if status.damage else status.state
        print(f"error: the index at {store.location} is {what}. Run `assistant ingest` to "
              f"{'repair' if status.damage else 'build'} it.", file=sys.stderr)
    return 0 if status.current else EXIT_ERROR


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from .evaluation.runner import run_cli

    return run_cli(args, settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ask", help="answer one question (or a JSONL batch)")
    p.add_argument("question", nargs="*", help="the question")
    p.add_argument("--json", action="store_true", help="print one JSON object per answer")
    p.add_argument("--batch", metavar="FILE", help="JSONL file: {id, question, history} per line")
    p.add_argument("--explain", action="store_true",
                   help="show how the answer was chosen: the reading, top candidates, features, gate decisions")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="a conversation in the terminal")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("ingest", help="build or update the index from knowledge/")
    p.add_argument("--rebuild", action="store_true",
                   help="delete the index first and build it from scratch (the fix for a corrupt store)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("status", help="say whether the index is current (exit 1 when not)")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("eval", help="run the answer-accuracy suite")
    p.add_argument("--questions", nargs="+", metavar="FILE",
                   help="question files (JSONL); default evals/questions.jsonl")
    p.add_argument("--report", metavar="DIR", default="evals/reports/latest", help="report folder")
    p.add_argument("--min-pass", type=float, default=None, help="exit 1 when the overall pass rate is below")
    p.add_argument("--min-citation-precision", type=float, default=None, help="exit 1 when below")
    p.add_argument("--baseline", choices=["naive", "bm25", "all"], default=None, help="also score naive peers")
    p.add_argument("--compare", metavar="OLD.json", help="print improvements and regressions against a report")
    p.add_argument("--retrieval", metavar="FILE", default=None,
                   help="retrieval dev set (JSONL with gold paragraph ids); default evals/retrieval_dev.jsonl")
    p.add_argument("--squad", metavar="FILE", default=None,
                   help="SQuAD 2.0 JSON: add its articles as documents to a scratch knowledge folder and score them")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_eval)

    for sp in sub.choices.values():
        _add_settings_flags(sp)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # --help exits here, before anything heavy is imported
    from .knowledge import KnowledgeError
    from .store import StoreError

    try:
        settings = _settings(args)
    except ValidationError as e:
        print(f"error: invalid setting: {e.errors()[0]['loc'][0]}: {e.errors()[0]['msg']}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args, settings)
    except (KnowledgeError, StoreError, ValueError) as e:  # bad data, unreachable store, unknown answerer
        print(f"error: {e}", file=sys.stderr)
        if isinstance(e, StoreError):
            # a store that failed to open can leave chromadb's native client half made, and tearing the interpreter
            # down then sometimes aborts after the message is out ("terminate called without an active exception",
            # exit -6): the process ends here, with its output flushed and the error's own exit code
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(EXIT_ERROR)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

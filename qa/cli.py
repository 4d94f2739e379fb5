"""`python -m qa build | ask | eval | serve | feedback export`.

Each command parses its arguments and calls one plain function; expected errors become a one-line
message and exit code 1, without a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from qa.config import Settings
from qa.errors import InvalidQuestionError, QAError

EXAMPLES = {
    "build": "examples:\n  python -m qa build\n  python -m qa build --corpus ~/reports --index /srv/qa-index",
    "ask": (
        "examples:\n"
        '  python -m qa ask "How much is budgeted for the service in 2025-26?"\n'
        '  python -m qa ask --json --document board-report "Which activity helped the most people?"\n'
        "  printf 'How many people did the team help?\\n' | python -m qa ask --json\n"
        '  echo \'{"question": "What is section 3 about?", "document": "plan"}\' | python -m qa ask --json\n'
        '  python -m qa ask --json "How much is budgeted for the service in 2025-26?" > turn1.json\n'
        '  python -m qa ask --json --previous turn1.json "And how many people did it help?"'
    ),
    "eval": "examples:\n  python -m qa eval tests/data/gold.jsonl\n  python -m qa eval tests/data/gold.jsonl --json",
    "serve": "examples:\n  python -m qa serve\n  python -m qa serve --host 0.0.0.0 --port 8080",
    "feedback": "examples:\n  python -m qa feedback export feedback.csv",
}


def _settings(args) -> Settings:
    return Settings.from_env(
        corpus_dir=getattr(args, "corpus", None),
        index_dir=getattr(args, "index", None),
        data_dir=getattr(args, "data", None),
    )


def with_recorded_corpus(settings: Settings, corpus_given: bool) -> Settings:
    """Use the corpus folder the index was built from, unless one was given (--corpus or
    QA_CORPUS_DIR) or the recorded folder is gone."""
    from qa.index import recorded_corpus

    if corpus_given or "QA_CORPUS_DIR" in os.environ:
        return settings
    recorded = recorded_corpus(settings.index_dir)
    return settings.with_(corpus_dir=recorded) if recorded is not None and recorded.is_dir() else settings


def _reading_settings(args) -> Settings:
    """Settings for commands that read an index (ask, eval, serve)."""
    return with_recorded_corpus(_settings(args), getattr(args, "corpus", None) is not None)


def _json_error(message: str, question=None) -> str:
    """An expected error as one JSON line, the same in single-question and batch mode."""
    obj = {"question": question, "error": message} if question is not None else {"error": message}
    return json.dumps(obj)  # ASCII escapes keep the line printable whatever the question holds


def cmd_build(args) -> int:
    from qa.parse import printable
    from qa.pipeline import build_index

    settings = _settings(args)
    report = build_index(settings, progress=not args.quiet and sys.stderr.isatty())
    for s in report.skipped:  # a file name can hold terminal escape sequences
        print(f"skipped {printable(s.path)}: {s.reason}", file=sys.stderr)
    print(
        f"Indexed {report.documents} documents: {report.passages} passages, {report.rows} table rows "
        f"({report.embedded} embedded, {report.passages + report.rows - report.embedded} reused); "
        f"skipped {len(report.skipped)} file(s); {report.seconds:.1f} s -> {report.index_dir}"
    )
    return 0


def format_answer(answer) -> str:
    """An answer and its numbered sources, for a person at a terminal."""
    from qa.spelling import showing_results_for

    lines = [showing_results_for(answer.corrected), answer.answer] if answer.corrected else [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for i, c in enumerate(answer.citations, 1):
            where = " · ".join(x for x in (c.title, c.table or c.section, f"page {c.page}" if c.page else None) if x)
            lines.append(f"[{i}] {where}")
            lines.append(f"    {c.text}")
    return "\n".join(lines)


def _questions(args, previous=None):
    """(question, document, previous) from the argument or, one per line, from standard input.
    `previous` is the previous answer's JSON as sent (checked later), or the one given with
    --previous."""
    if args.question:
        yield " ".join(args.question), args.document, previous
        return
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except (ValueError, RecursionError):
                yield line, args.document, previous
                continue
            if isinstance(obj, dict):
                yield obj.get("question"), obj.get("document") or args.document, obj.get("previous", previous)
                continue
        yield line, args.document, previous


def read_previous(path: Path):
    """The previous answer's JSON from a file (what `ask --json` printed for it)."""
    from qa.conversation import MAX_PREVIOUS_CHARS
    from qa.errors import InvalidPreviousError

    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            text = f.read(MAX_PREVIOUS_CHARS * 6 + 1)  # a JSON escape writes one character in up to six
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise InvalidPreviousError(f"Cannot read the previous answer from {path}: {exc.strerror or exc}") from None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise InvalidPreviousError(f"{path} does not hold the JSON of an answer (the line `ask --json` printed for it).") from None


def _encodable(text) -> bool:
    """False for text holding lone surrogates (JSON can carry "\\ud800"; UTF-8 cannot encode it)."""
    if not isinstance(text, str):
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def cmd_ask(args) -> int:
    from qa.conversation import previous_answer
    from qa.pipeline import Assistant

    default_previous = read_previous(args.previous) if args.previous else None
    settings = _reading_settings(args)
    assistant = Assistant.load(settings)
    if hasattr(sys.stdin, "reconfigure"):  # bytes that are not UTF-8 become a per-line error, not a traceback
        sys.stdin.reconfigure(errors="surrogateescape")
    status = 0
    for question, document, previous in _questions(args, default_previous):
        try:
            if not all(_encodable(x) for x in (question, document)):
                raise InvalidQuestionError("The question contains characters that are not valid text (a lone surrogate).")
            earlier = None if previous is None else previous_answer(previous, max_question_chars=settings.max_question_chars)
            answer = assistant.ask(question, document=document, previous=earlier)
        except QAError as exc:
            if args.question and not args.json:
                raise
            # In a stream, one bad line is reported in its place and the rest are still answered.
            print(_json_error(str(exc), question) if args.json else f"error: {exc}", flush=True)
            status = 1
            continue
        print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else format_answer(answer) + "\n", flush=True)
    return status


def cmd_eval(args) -> int:
    from qa.evaluate import evaluate_file, format_report

    report = evaluate_file(Path(args.file), _reading_settings(args))
    print(json.dumps(report.summary(), indent=2) if args.json else format_report(report))
    if args.failures:
        for r in report.results:
            if not r.correct:
                print(json.dumps(r.to_dict(), ensure_ascii=False), file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    from qa.server import serve

    serve(_reading_settings(args), host=args.host, port=args.port)
    return 0


def cmd_feedback(args) -> int:
    from qa.feedback import FeedbackStore

    settings = _settings(args)
    n = FeedbackStore(settings.data_dir / "feedback.sqlite3").export_csv(Path(args.file))
    print(f"Wrote {n} feedback entries to {args.file}")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m qa", description="Cited answers from plans and board reports.")
    parser.add_argument("-v", "--verbose", action="store_true", help="show debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name, help_text):
        p = sub.add_parser(
            name, help=help_text, description=help_text, epilog=EXAMPLES.get(name), formatter_class=argparse.RawDescriptionHelpFormatter
        )
        return p

    p = add("build", "Parse corpus/ and (re)build the index.")
    p.add_argument("--corpus", type=Path, help="folder of source documents (default: corpus/)")
    p.add_argument("--index", type=Path, help="index folder (default: index/)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_build)

    p = add("ask", "Answer questions with citations.")
    p.add_argument(
        "question",
        nargs="*",
        help="the question; when absent, questions are read from standard input, one per line: "
        'text, or JSON such as {"question": "...", "document": "...", "previous": <the previous answer>}',
    )
    p.add_argument("--index", type=Path, help="index folder (default: index/)")
    p.add_argument(
        "--corpus", type=Path, help="corpus folder, to check the index is up to date (default: the one the index was built from)"
    )
    p.add_argument("--document", help="search only this corpus file")
    p.add_argument(
        "--previous", type=Path, metavar="FILE", help="the previous answer, as `ask --json` printed it: a follow-up is read in its light"
    )
    p.add_argument("--json", action="store_true", help="print each answer as one line of JSON")
    p.set_defaults(func=cmd_ask)

    p = add("eval", "Run a gold question set and report accuracy and latency.")
    p.add_argument("file", help="JSON-lines gold set")
    p.add_argument("--index", type=Path)
    p.add_argument("--corpus", type=Path, help="corpus folder (default: the one the index was built from)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--failures", action="store_true", help="print every wrong answer to standard error")
    p.set_defaults(func=cmd_eval)

    p = add("serve", "Start the web chat and HTTP API (the same as `python app.py`).")
    p.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1, QA_HOST)")
    p.add_argument("--port", type=int, default=None, help="port (default 7860, QA_PORT)")
    p.add_argument("--index", type=Path, help="index folder (default: index/); built first when missing or stale")
    p.add_argument("--corpus", type=Path, help="corpus folder (default: the one the index was built from, else corpus/)")
    p.set_defaults(func=cmd_serve)

    p = add("feedback", "Work with the feedback people gave in the chat.")
    fsub = p.add_subparsers(dest="action", required=True)
    e = fsub.add_parser("export", help="write all feedback to a CSV file", epilog=EXAMPLES["feedback"])
    e.add_argument("file")
    e.add_argument("--data", type=Path, help="data folder holding feedback.sqlite3 (default: data/)")
    e.set_defaults(func=cmd_feedback)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return args.func(args)
    except QAError as exc:
        message = " ".join(str(exc).split())  # one line, whatever the message holds
        if getattr(args, "json", False):
            print(_json_error(message), flush=True)
        else:
            print(f"error: {message}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:  # a path given on the command line that is not there
        message = f"No such file or folder: {exc.filename}"
        print(
            _json_error(message) if getattr(args, "json", False) else f"error: {message}",
            file=sys.stdout if getattr(args, "json", False) else sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

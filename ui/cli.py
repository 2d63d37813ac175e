"""The ``resqa`` command line: parse, index, ask, chat, eval, serve, bench."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from index.offline import disable_outbound_calls
from index.settings import Settings, SettingsError

if TYPE_CHECKING:
    from bot.answer import Answer
    from bot.bot import Bot

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

INPUT_ERRORS = (("index.decode", "InputError"),)
RUNTIME_ERRORS = (
    ("index.store", "StoreError"),
    ("index.build", "IndexBuildError"),
    ("index.convert", "ModelCacheError"),
    ("bot.bot", "BotError"),
)

HELP = {
    "parse": "print the structure of a resolution (default: the bundled one)",
    "index": "embed resolutions into the vector index (idempotent, atomic)",
    "ask": "answer one question with cited paragraphs",
    "chat": "a conversation in the terminal",
    "eval": "measure retrieval quality on a labelled question set",
    "serve": "start the chat server (page, widget, /api/ask)",
    "bench": "measure latency, cold start, index throughput and scale",
}


class CliError(Exception):
    """A failure reported as one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


def _error_types(names: Sequence[tuple[str, str]]) -> tuple[type[BaseException], ...]:
    """Error classes with readable messages; imported late so ``--help`` stays fast."""
    found: list[type[BaseException]] = []
    for module, name in names:
        try:
            found.append(getattr(__import__(module, fromlist=[name]), name))
        except (ImportError, AttributeError):
            continue
    return tuple(found)


def _progress_bar(description: str) -> Callable[[int, int], None]:
    """A tqdm bar on stderr driven by ``progress(done, total)`` callbacks."""
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(total=total, desc=description, unit="unit", file=sys.stderr)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update


def _parse_documents(files: Sequence[Path]) -> list[Any]:
    from index.parse import parse_file

    return [parse_file(Path(f)) for f in files]


def cmd_parse(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from index.parse import document_to_json, format_document

    (doc,) = _parse_documents([args.file or settings.documents[0]])
    if args.json:
        json.dump(document_to_json(doc), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_document(doc, settings.ui_lang) + "\n")
    return EXIT_OK


def cmd_index(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from index.build import build_index
    from index.embed import load_embedder
    from index.store import open_store

    documents = _parse_documents(args.files or settings.documents)
    started = time.perf_counter()
    embedder = load_embedder(settings)
    store = open_store(settings, recover=args.rebuild)  # --rebuild also repairs a damaged store
    report = build_index(
        settings,
        documents,
        embedder,
        store=store,
        rebuild=args.rebuild,
        progress=None if args.quiet else _progress_bar("embedding"),
    )
    seconds = time.perf_counter() - started
    out.write(
        f"indexed {report.documents} document(s), {report.units} units "
        f"({report.embedded} embedded, {report.reused} reused) in {seconds:.1f} s "
        f"-> {report.version}\n"
    )
    return EXIT_OK


def load_bot(settings: Settings, quiet: bool = False) -> Bot:
    """The bot, building the index of ``settings.documents`` first if there is none yet.

    :param settings: Resolved settings.
    :param quiet: No progress bar.
    :returns: A ready ``Bot``.
    """
    from bot.bot import Bot
    from index.build import ensure_index
    from index.embed import load_embedder
    from index.store import open_store

    embedder = load_embedder(settings)
    store = open_store(settings)
    ensure_index(
        settings,
        embedder,
        store,
        lambda: _parse_documents(settings.documents),
        None if quiet else _progress_bar("building the index"),
    )
    return Bot(settings, store, embedder)


def _print_answer(answer: Answer, out: TextIO) -> None:
    if answer.notice:
        out.write(f"({answer.notice})\n")
    out.write(answer.text.rstrip() + "\n")


def cmd_ask(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    bot = load_bot(settings, quiet=args.json)
    answer = bot.ask(args.question, history=args.history or (), top_k=args.top_k)
    if args.json:
        json.dump(answer.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        _print_answer(answer, out)
    return EXIT_OK


def cmd_chat(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from bot.conversation import Conversation

    bot = load_bot(settings)
    conversation = Conversation(bot)
    out.write("resqa — /new starts a new conversation, /quit or Ctrl-D ends.\n")
    while True:
        out.write("> ")
        out.flush()
        line = sys.stdin.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            out.write("\n")
            return EXIT_OK
        if line.strip() == "/new":
            conversation.reset()
            continue
        if not line.strip():
            continue
        _print_answer(conversation.ask(line.strip()), out)


def cmd_eval(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from bot.eval import evaluate, format_report, load_questions, report_to_json

    items = load_questions(args.questions)
    bot = load_bot(settings, quiet=args.json)
    report = evaluate(bot, items)
    if args.json:
        json.dump(report_to_json(report), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_report(report) + "\n")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from ui.serve import run_server

    return run_server(settings)


def cmd_bench(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from ui.bench import run_bench

    return run_bench(settings, quick=args.quick, as_json=args.json, out=out)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; unknown subcommands and bad options exit with status 2."""
    parser = argparse.ArgumentParser(
        prog="resqa",
        description="Ask questions about UN resolutions; answers cite paragraph numbers.",
        epilog="Settings come from RESQA_* environment variables (see README).",
    )
    parser.add_argument("--version", action="version", version="resqa 0.1.0")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help=HELP["parse"], description=HELP["parse"])
    p.add_argument("file", nargs="?", type=Path, help="resolution text file")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=cmd_parse)

    p = sub.add_parser("index", help=HELP["index"], description=HELP["index"])
    p.add_argument("files", nargs="*", type=Path, help="resolution text files")
    p.add_argument("--rebuild", action="store_true", help="re-embed every unit")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=cmd_index)

    p = sub.add_parser("ask", help=HELP["ask"], description=HELP["ask"])
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--top-k", type=int, default=None, choices=range(1, 21), metavar="N")
    p.add_argument(
        "--history",
        action="append",
        metavar="QUESTION",
        help="an earlier question of the conversation (repeatable, oldest first)",
    )
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser("chat", help=HELP["chat"], description=HELP["chat"])
    p.set_defaults(run=cmd_chat)

    p = sub.add_parser("eval", help=HELP["eval"], description=HELP["eval"])
    p.add_argument("--questions", type=Path, default=None, help="JSONL question set")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=cmd_eval)

    p = sub.add_parser("serve", help=HELP["serve"], description=HELP["serve"])
    p.add_argument("--host", default=None, help="bind address (default RESQA_HOST)")
    p.add_argument("--port", type=int, default=None, help="port (default RESQA_PORT)")
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("bench", help=HELP["bench"], description=HELP["bench"])
    p.add_argument("--quick", action="store_true", help="small sizes, for CI")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line.

    :param argv: Arguments without the program name; ``sys.argv[1:]`` when omitted.
    :param out: Where results go; ``sys.stdout`` when omitted. Errors go to stderr.
    :returns: The exit status (0 ok, 1 failure, 2 bad usage or bad input).
    """
    disable_outbound_calls()
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
        overrides = {k: v for k in ("host", "port") if (v := getattr(args, k, None)) is not None}
        if overrides:
            settings = settings.with_(**overrides)
        return int(args.run(args, settings, out))
    except SettingsError as exc:
        print(f"resqa: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("resqa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `resqa ask … | head`: the reader left, nothing to report
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        if isinstance(exc, _error_types(INPUT_ERRORS)):
            print(f"resqa: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if isinstance(exc, (CliError, *_error_types(RUNTIME_ERRORS))):
            print(f"resqa: error: {exc}", file=sys.stderr)
            return getattr(exc, "code", EXIT_FAILURE)
        if os.environ.get("RESQA_DEBUG"):
            raise
        print(
            f"resqa: error: unexpected {type(exc).__name__}: {exc} (RESQA_DEBUG=1 shows details)",
            file=sys.stderr,
        )
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())

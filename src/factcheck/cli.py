"""The command line: a thin layer over the public API; only here do errors become exit codes."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence

from factcheck.errors import FactcheckError
from factcheck.ingest import load_reference
from factcheck.model import OutputFormat, Report, Severity
from factcheck.names import match_names
from factcheck.pipeline import check
from factcheck.render import render


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck", description="Cross-check news articles claim by claim."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("check", help="extract claims from articles and report conflicts")
    run.add_argument(
        "paths", nargs="+", help="files or directories (.txt, .json, .jsonl); - for JSONL on stdin"
    )
    run.add_argument(
        "--format", default="text", choices=[f.value for f in OutputFormat], help="report format"
    )
    run.add_argument("-o", "--output", default="-", help="write the report here (default: stdout)")
    run.add_argument(
        "--reference",
        help="table of office holders to check roles against (.csv, .json, .jsonl, "
        "or followthemoney entities)",
    )
    run.add_argument(
        "--fail-on",
        choices=["warning", "error"],
        help="exit 1 when a conflict of this severity or worse is found (for pipeline gates)",
    )
    commands.add_parser("schema", help="print the JSON Schema of the report")
    names = commands.add_parser("names", help="decide whether two names are the same person")
    names.add_argument("name_a", nargs="?", help="first name")
    names.add_argument("name_b", nargs="?", help="second name")
    names.add_argument(
        "--pairs", help="TSV with a header and rows name_a<TAB>name_b[...]; writes decisions"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the process exit code (0 ok, 1 a conflict at --fail-on,
    2 bad input)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            reference = load_reference(args.reference) if args.reference else ()
            report = check(*args.paths, reference=reference)
            _write(render(report, args.format), args.output)
            for skipped in report.skipped:
                where = f"{skipped.source}:{skipped.line}" if skipped.line else skipped.source
                print(f"factcheck: skipped {where}: {skipped.reason}", file=sys.stderr)
            if args.fail_on and report.worst_severity_at_least(Severity(args.fail_on)):
                return 1
            return 0
        if args.command == "schema":
            print(json.dumps(Report.model_json_schema(), indent=2))
            return 0
        if args.pairs:
            _name_pairs(args.pairs)
            return 0
        if not (args.name_a and args.name_b):
            print("factcheck: names takes two names, or --pairs FILE", file=sys.stderr)
            return 2
        match = match_names(args.name_a, args.name_b)
        print(f"{'same' if match.same else 'different'}\t{match.score:.3f}\t{match.reason}")
        return 0
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2


def _name_pairs(path: str) -> None:
    """Decide every pair of a TSV file; one output row per input row, same order."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["name_a", "name_b", "same", "score", "reason"])
    for number, row in enumerate(rows[1:], start=2):
        if len(row) < 2:
            raise FactcheckError(f"{path}:{number}: expected name_a<TAB>name_b")
        match = match_names(row[0], row[1])
        out.writerow([row[0], row[1], int(match.same), f"{match.score:.4f}", match.reason])


def _write(text: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(text)
    else:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)

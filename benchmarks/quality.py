"""Quality of the parser extractor beside the rule extractor it replaced, on every scored set.

For each set (the seeds, and g5 and mideast from ../shared/corpus when present) the report
is made in this process (`check` then `render(..., "json")`) and scored by
../shared/eval/score.py with the set's gold, as a subprocess. The rule extractor's figures
are the ones frozen in rules_baseline.json when its code was removed (git keeps it). Every
figure becomes one row of one table: rows = figures, columns = set x extractor. A `<`
after the parser's value marks a figure where it is worse than the rules (lower where
higher is better; higher for false positives, misses, false alarms and must-not
violations). Run with `make bench` or `make quality`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck import Extractor, ParseExtractor, check, render

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"
BASELINE = Path(__file__).resolve().parent / "rules_baseline.json"
SETS = {
    "seeds": ROOT / "seeds",
    "g5": SHARED / "corpus" / "g5",
    "mideast": SHARED / "corpus" / "mideast",
}
LOWER_IS_BETTER = ("fp", "fn", "false_alarms", "must_not_violations")
"""Figure names (last part) where a larger value is worse."""
NEUTRAL = ("alarms", "required_total")
"""Counts that are neither better nor worse when larger."""
WORSE = "<"


def score(path: Path, gold: Path, extractor: Extractor) -> dict[str, float]:
    """The figures of score.py for the report of `extractor` on `path`, flattened
    ('people.f1')."""
    report = check(path, extractor=extractor)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as pred:
        pred.write(render(report, "json"))
        pred.flush()
        done = subprocess.run(
            [sys.executable, str(SCORE), "--gold", str(gold), "--pred", pred.name, "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    return dict(_flatten(json.loads(done.stdout)))


def _flatten(figures: dict[str, object], prefix: str = "") -> list[tuple[str, float]]:
    rows: list[tuple[str, float]] = []
    for key, value in figures.items():
        if isinstance(value, dict):
            rows += _flatten(value, f"{prefix}{key}.")
        elif isinstance(value, int | float):
            rows.append((f"{prefix}{key}", float(value)))
    return rows


def is_worse(figure: str, parser: float, rules: float) -> bool:
    """Whether the parser's value of `figure` is worse than the rules'."""
    last = figure.rsplit(".", 1)[-1]
    if last in NEUTRAL:
        return False
    if last in LOWER_IS_BETTER:
        return parser > rules
    return parser < rules


def _shown(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if value == int(value) and abs(value) > 1 else f"{value:.4g}"


def table(results: dict[tuple[str, str], dict[str, float]], sets: list[str]) -> list[str]:
    """One line per figure, one column per set x extractor, `<` where the parser is worse."""
    figures: list[str] = []
    for found in results.values():
        figures += [f for f in found if f not in figures]
    columns = [(s, e) for s in sets for e in ("rules", "parser")]
    width = max(len(f) for f in figures) if figures else 10
    head = f"{'figure':<{width}} " + " ".join(f"{s + '/' + e:>15}" for s, e in columns)
    lines = [head, "-" * len(head)]
    for figure in figures:
        cells = []
        for set_name, name in columns:
            value = results.get((set_name, name), {}).get(figure)
            mark = ""
            if name == "parser" and value is not None:
                rules = results.get((set_name, "rules"), {}).get(figure)
                if rules is not None and is_worse(figure, value, rules):
                    mark = WORSE
            cells.append(f"{_shown(value) + mark:>15}")
        lines.append(f"{figure:<{width}} " + " ".join(cells))
    return lines


def main() -> None:
    """Score the parser extractor on every set present and print it beside the rules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="spaCy pipeline for the parser extractor")
    args = parser.parse_args()
    if not SCORE.exists():
        print(f"quality: skipped, no scorer at ../shared/eval/{SCORE.name}")
        return
    extractor = ParseExtractor(model=args.model)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    results: dict[tuple[str, str], dict[str, float]] = {}
    present: list[str] = []
    for set_name, path in SETS.items():
        gold = SHARED / "eval" / "gold" / f"{set_name}.json"
        if not path.is_dir() or not gold.exists():
            print(f"quality: {set_name} skipped (no {path.name}/ or no gold {gold.name})")
            continue
        present.append(set_name)
        results[set_name, "rules"] = dict(_flatten(baseline["sets"].get(set_name, {})))
        start = time.perf_counter()
        results[set_name, "parser"] = score(path, gold, extractor)
        took = time.perf_counter() - start
        print(f"quality: {set_name}: {took:.1f} s", file=sys.stderr, flush=True)
    print(
        f"score.py figures, rules (frozen at {baseline['measured_at']}) vs parser extractor"
        f" ({WORSE} = parser worse than rules)"
    )
    print("\n".join(table(results, present)))


if __name__ == "__main__":
    main()

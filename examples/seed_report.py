"""Print the conflict report for the seed articles through the Python API.

Run from the repository root: python examples/seed_report.py [text|json|markdown|html]
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck import check, render

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    """Cross-check the seeds and print the report in the format asked for (text by default)."""
    fmt = sys.argv[1] if len(sys.argv) > 1 else "text"
    print(render(check(SEEDS), fmt), end="")


if __name__ == "__main__":
    main()

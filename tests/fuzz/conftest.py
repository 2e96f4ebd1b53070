"""Fuzzing profiles and the count of inputs tried.

The test suite runs each fuzz target on a modest number of examples. `make fuzz` sets
FACTCHECK_FUZZ_EXAMPLES to run many more (the `fuzz` profile: no deadline, no example
database) and prints how many inputs each target was fed.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

TRIED: Counter[str] = Counter()
"""Inputs fed to each fuzz target in this run."""

_FUZZ = os.environ.get("FACTCHECK_FUZZ_EXAMPLES")
if _FUZZ:
    settings.register_profile(
        "fuzz",
        max_examples=int(_FUZZ),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    settings.load_profile("fuzz")


def examples(default: int) -> int:
    """Examples for one target: `default` in the test suite, the fuzz profile's under make fuzz."""
    return int(_FUZZ) if _FUZZ else default


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TRIED:
        parts = ", ".join(f"{name} {count:,}" for name, count in sorted(TRIED.items()))
        terminalreporter.write_line(f"fuzz: {sum(TRIED.values()):,} inputs tried ({parts})")

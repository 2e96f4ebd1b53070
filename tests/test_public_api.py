from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import factcheck

ROOT = Path(__file__).resolve().parent.parent

EXPECTED = [
    "Article",
    "ArticleError",
    "Claim",
    "ClaimKind",
    "Conflict",
    "ConflictType",
    "Entity",
    "EventCluster",
    "ExtractedArticle",
    "Extraction",
    "Extractor",
    "FactcheckError",
    "FormatError",
    "LoadResult",
    "NameMatch",
    "OfficeTerm",
    "OutputFormat",
    "ParseExtractor",
    "PersonMention",
    "ReferenceTableError",
    "Report",
    "Severity",
    "Skipped",
    "Span",
    "Stance",
    "TimeRef",
    "check",
    "extract_articles",
    "extract_claims",
    "load_articles",
    "load_reference",
    "match_names",
    "read_claims",
    "reconcile",
    "reconcile_extracted",
    "render",
    "write_claims",
]


def test_all_is_pinned_and_sorted() -> None:
    assert factcheck.__all__ == EXPECTED
    assert factcheck.__all__ == sorted(factcheck.__all__)
    for name in factcheck.__all__:
        assert getattr(factcheck, name).__doc__


def test_readme_python_example_runs_and_prints_what_it_shows() -> None:
    readme = (ROOT / "README.md").read_text()
    code = re.search(r"```python\n(.*?)```", readme, re.S)
    assert code, "README has a python example"
    run = subprocess.run(
        [sys.executable, "-c", code.group(1)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    shown = re.search(r"```text\n(.*?)```", readme, re.S)
    assert shown
    assert run.stdout.strip() == shown.group(1).strip()


def test_no_person_name_from_the_seeds_in_src() -> None:
    for surname in ("Bagheri", "Baqeri", "Araghchi", "Ashtiani", "Nasirzadeh", "Sabbagh", "Jalali"):
        hits = subprocess.run(
            ["grep", "-rliw", "--exclude-dir=__pycache__", surname, str(ROOT / "src")],
            capture_output=True,
            text=True,
        )
        assert hits.stdout == "", f"{surname} in {hits.stdout}"


def test_examples_run_and_print_the_seed_report() -> None:
    report = subprocess.run(
        [sys.executable, "examples/seed_report.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "role_mismatch: Mohammad Bagheri" in report.stdout
    listing = subprocess.run(
        [sys.executable, "examples/who_met_whom.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "003_f2efd379952b0cda: call" in listing.stdout

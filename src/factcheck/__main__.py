"""python -m factcheck -> the command line."""

from factcheck.cli import main

raise SystemExit(main())

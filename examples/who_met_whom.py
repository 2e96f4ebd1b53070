"""List, for each seed article, who met whom, where and when: the claims before reconciliation."""

from __future__ import annotations

from pathlib import Path

from factcheck import extract_claims, load_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    """Print one line per event claim."""
    for article in load_articles(SEEDS).articles:
        for claim in extract_claims(article).claims:
            if claim.kind.is_event:
                met = ", ".join(p.name for p in claim.met)
                print(
                    f"{article.id}: {claim.kind.value} {claim.who.name} -> {met}"
                    f" @ {claim.where or '?'} on {claim.when.date or '?'}"
                )


if __name__ == "__main__":
    main()

from __future__ import annotations

from factcheck import Claim
from factcheck.model import Polarity

from ..conftest import fixture_report


def _stances(claims: list[Claim], article: str) -> set[tuple[str, str, Polarity]]:
    return {
        (s.holder, s.target, s.polarity) for c in claims if c.article == article for s in c.stance
    }


def test_definite_description_holds_the_stance(seed_claims: list[Claim]) -> None:
    found = _stances(seed_claims, "001_01a8f12677df87e8")
    assert ("Ali Mahmoud Abbas", "the illegal U.S. presence", Polarity.OPPOSE) in found


def test_quote_is_attributed_to_the_speaker_after_it(seed_claims: list[Claim]) -> None:
    found = _stances(seed_claims, "003_f2efd379952b0cda")
    assert ("Ali Mahmoud Abbas", "the occupying regime", Polarity.OPPOSE) in found


def test_victim_after_crimes_against_is_not_opposed(seed_claims: list[Claim]) -> None:
    targets = {
        t for h, t, p in _stances(seed_claims, "003_f2efd379952b0cda") if p is Polarity.OPPOSE
    }
    assert not any("humanity" in t for t in targets)


def test_stance_without_a_named_target_is_dropped(seed_claims: list[Claim]) -> None:
    targets = {t for _, t, _ in _stances(seed_claims, "003_f2efd379952b0cda")}
    assert not any("evil" in t or "bullying" in t for t in targets)


def test_stance_of_a_meeting_participant_rides_on_the_meeting_claim() -> None:
    claims = fixture_report("identity/karim_saade.txt").claims()
    (meeting,) = [c for c in claims if c.kind.is_event]
    assert [(s.holder, s.polarity) for s in meeting.stance] == [("Yusuf Karim", Polarity.OPPOSE)]

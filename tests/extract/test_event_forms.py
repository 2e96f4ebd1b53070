"""Event frames across verb families, previews, datelines and articles without meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, Claim, ClaimKind, extract_claims
from factcheck.ingest import parse_text_article

DATELINE = dt.date(2024, 5, 9)  # a Thursday


def _events(text: str, published: dt.date | None = DATELINE) -> list[Claim]:
    article = Article(id="t", text=text, published=published)
    return [c for c in extract_claims(article).claims if c.kind.is_event]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Jordanian Foreign Minister Omar Khalil held talks with Qatari Prime Minister "
            "Nabil Rahal in Doha.",
            ClaimKind.MEETING,
        ),
        (
            "President Anna Lima received Iraqi Foreign Minister Omar Khalil in Lisbon.",
            ClaimKind.MEETING,
        ),
        (
            "Prime Minister Ivo Sena hosted President Anna Lima at the Belem Palace.",
            ClaimKind.MEETING,
        ),
        (
            "Foreign Minister Omar Khalil spoke by phone with his Saudi counterpart, "
            "Faisal Rahman.",
            ClaimKind.CALL,
        ),
        (
            "In a telephone conversation, President Anna Lima told Prime Minister Ivo Sena "
            "that talks would resume.",
            ClaimKind.CALL,
        ),
        pytest.param(
            "President Anna Lima and Prime Minister Ivo Sena spoke by video link.",
            ClaimKind.CALL,
            marks=pytest.mark.xfail(
                strict=True,
                reason="parser: 'spoke by video link' as a call (frames.py reads it as a meeting)",
            ),
        ),
        ("Defence Minister Omar Khalil met General Nabil Rahal in Amman.", ClaimKind.MEETING),
    ],
)
def test_verb_families(sentence: str, kind: ClaimKind) -> None:
    (event,) = _events(sentence)
    assert event.kind is kind
    assert len(event.people) == 2


def test_call_has_no_place_and_meeting_has_its_city() -> None:
    (meeting,) = _events("Defence Minister Omar Khalil met General Nabil Rahal in Amman.")
    assert meeting.where == "Amman"
    (call,) = _events("Foreign Minister Omar Khalil phoned President Anna Lima in Lisbon.")
    assert call.where is None


def test_preview_is_an_event_with_its_planned_date() -> None:
    (event,) = _events(
        "Foreign Minister Omar Khalil will meet his Saudi counterpart Faisal Rahman in Riyadh "
        "on Sunday, the ministry said."
    )
    assert (event.where, event.when.date) == ("Riyadh", "2024-05-12")
    faisal = next(p for p in event.people if p.name == "Faisal Rahman")
    assert (faisal.office, faisal.country) == ("foreign_minister", "SA")


def test_separate_meetings_with_two_people_are_two_events() -> None:
    events = _events(
        "Later today, President Anna Lima will hold separate meetings with the party leaders, "
        "John Moss and Peter Lund."
    )
    assert sorted(sorted(p.name for p in e.people) for e in events) == [
        ["Anna Lima", "John Moss"],
        ["Anna Lima", "Peter Lund"],
    ]


def test_article_without_a_meeting_has_no_event() -> None:
    text = (
        "Foreign Minister Omar Khalil said on Monday that the border would reopen. "
        "He condemned the attacks and called for calm."
    )
    assert _events(text) == []


def test_unnamed_counterpart_is_no_event() -> None:
    assert _events("President Anna Lima spoke by phone with top donors on Monday.") == []


def test_city_dateline_is_the_place_of_an_event_reported_there() -> None:
    article = parse_text_article(
        "d",
        " date 2024-05-09 ISTANBUL - President Anna Lima met Prime Minister Ivo Sena on Thursday.",
    )
    assert article.dateline_place == "Istanbul"
    (event,) = [c for c in extract_claims(article).claims if c.kind.is_event]
    assert event.where == "Istanbul"
    assert event.where_evidence is not None
    assert article.text[event.where_evidence.start : event.where_evidence.end] == "ISTANBUL"


def test_agency_dateline_is_read() -> None:
    article = parse_text_article("d", "TEHRAN (IRNA) - Foreign Minister Omar Khalil met X.")
    assert article.dateline_place == "Tehran"


def test_headline_is_part_of_the_article() -> None:
    article = parse_text_article(
        "h", "Lima meets Sena in Lisbon\n\nThe talks covered trade and energy."
    )
    assert article.title == "Lima meets Sena in Lisbon"
    assert article.text.startswith(article.title)


def test_abbreviation_in_parentheses_does_not_end_the_sentence() -> None:
    (event,) = _events("President Anna Lima met Senator John Moss (R-Wis.) at the Capitol.")
    assert event.where == "Capitol"


def test_visited_place_is_the_place() -> None:
    (event,) = _events(
        "Vice President John Moss visited the White House today for talks with President Anna Lima."
    )
    assert event.where == "White House"


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Khalil and Nabil Rahal have never met, although both attended the summit.",
        "Omar Khalil did not meet Nabil Rahal in Doha on Monday.",
        pytest.param(
            "Omar Khalil left Doha without meeting Nabil Rahal.",
            marks=pytest.mark.xfail(
                strict=True, reason="parser: 'without meeting X' as a denial (frames.py)"
            ),
        ),
        "Omar Khalil didn't call Nabil Rahal on Monday.",
    ],
)
def test_a_denied_meeting_is_no_event(sentence: str) -> None:
    assert _events(sentence) == []


def test_the_source_of_a_report_takes_no_part_in_the_event() -> None:
    text = "Omar Khalil met Nabil Rahal in Doha on Monday, according to spokeswoman Anna Lima."
    (event,) = _events(text)
    names = {p.name for p in event.people}
    assert names == {"Omar Khalil", "Nabil Rahal"}
    claims = extract_claims(Article(id="t", text=text, published=DATELINE)).claims
    assert any(c.kind is ClaimKind.STATEMENT and c.who.name == "Anna Lima" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "who", "met"),
    [
        pytest.param(
            "First Lady Anna Lima gave a tour of the palace to Sara Khalil.",
            "Anna Lima",
            "Sara Khalil",
            marks=pytest.mark.xfail(
                strict=True,
                reason="parser: 'gave a tour of V to X' as an in-person event (frames.py)",
            ),
        ),
        ("Omar Khalil greeted Nabil Rahal at the airport in Doha.", "Omar Khalil", "Nabil Rahal"),
        ("Omar Khalil lunched with Nabil Rahal in Doha.", "Omar Khalil", "Nabil Rahal"),
    ],
)
def test_in_person_contact_verbs(sentence: str, who: str, met: str) -> None:
    (event,) = _events(sentence)
    assert event.kind is ClaimKind.MEETING
    assert (event.who.name, [p.name for p in event.met]) == (who, [met])


def test_polls_showing_two_people_are_no_meeting() -> None:
    assert _events("Polls showed Omar Khalil ahead of Nabil Rahal in the race.") == []


@pytest.mark.xfail(
    strict=True,
    reason="parser: a place in an introductory clause kept to that clause's event (setting.py)",
)
def test_a_place_in_an_introductory_clause_belongs_to_that_clause_only() -> None:
    text = (
        "While Omar Khalil met Nabil Rahal in Doha, "
        "Anna Lima gave a tour of the palace to Sara Khalil."
    )
    events = {(e.who.name, e.where) for e in _events(text)}
    assert ("Omar Khalil", "Doha") in events
    assert ("Anna Lima", None) in events


@pytest.mark.xfail(
    strict=True,
    reason=(
        "parser: an object pronoun resolved to the person named before it: two events are "
        "made (people.py/arguments.py)"
    ),
)
def test_an_object_pronoun_is_the_person_named_before_it() -> None:
    text = "Omar Khalil arrived in Doha on Monday. Emir Nabil Rahal received him at the palace."
    (event,) = _events(text)
    assert (event.who.name, [p.name for p in event.met]) == ("Nabil Rahal", ["Omar Khalil"])


def test_her_in_a_call_is_the_woman_named_in_the_sentence() -> None:
    text = (
        "The office of Prime Minister Anna Lima said President Omar Khalil had invited her "
        "in a phone call to visit Doha."
    )
    (event,) = _events(text)
    assert event.kind is ClaimKind.CALL
    assert {p.name for p in event.people} == {"Anna Lima", "Omar Khalil"}


def test_a_possessive_her_is_no_participant() -> None:
    assert _events("Anna Lima met her counterpart in Doha on Monday.") == []


def test_who_after_a_comma_is_the_person_named_before_it() -> None:
    text = (
        "President Omar Khalil arrived with his wife, Sara Khalil, who had a meeting with "
        "First Lady Anna Lima."
    )
    (event,) = _events(text)
    assert {p.name for p in event.people} == {"Sara Khalil", "Anna Lima"}


def test_a_date_in_an_aside_about_someone_is_not_the_meeting_date() -> None:
    text = (
        "Mr Khalil, who won the election on Tuesday, said it was an honour to meet "
        "President Nabil Rahal in Doha on Thursday."
    )
    (event,) = _events(text)
    assert event.when.date == "2024-05-09"  # Thursday, the dateline's own day


def test_along_with_is_an_aside_and_the_subject_is_named_before_it() -> None:
    text = "Later, Omar Khalil, along with Vice President Sara Haddad, met Nabil Rahal in Doha."
    (event,) = _events(text)
    assert event.who.name == "Omar Khalil"
    assert {p.name for p in event.people} >= {"Omar Khalil", "Nabil Rahal"}


def test_names_in_brackets_and_parentheses_take_no_part() -> None:
    text = (
        "[Why Anna Lima lost the vote] Later, Omar Khalil (pictured with Sara Haddad) met "
        "Nabil Rahal in Doha."
    )
    (event,) = _events(text)
    assert {p.name for p in event.people} == {"Omar Khalil", "Nabil Rahal"}


def test_called_to_congratulate_is_a_call() -> None:
    (event,) = _events("Omar Khalil called to congratulate Nabil Rahal on Monday.")
    assert event.kind is ClaimKind.CALL
    assert [p.name for p in event.met] == ["Nabil Rahal"]


def test_a_walk_with_a_relative_named_after_the_relation_noun() -> None:
    text = (
        "Chief of Staff Omar Khalil took a walk around the South Lawn with the president's "
        "son-in-law, Karl Brenner."
    )
    (event,) = _events(text)
    assert {p.name for p in event.people} == {"Omar Khalil", "Karl Brenner"}
    assert event.where == "South Lawn"


def test_a_full_name_joined_by_and_to_a_person_is_a_person() -> None:
    (event,) = _events("President Omar Khalil and Karl Brenner hold a Doha summit meeting")
    assert {p.name for p in event.people} == {"Omar Khalil", "Karl Brenner"}


@pytest.mark.parametrize(
    ("sentence", "where"),
    [
        (
            "President Omar Khalil conferred with Senator Nabil Rahal in the senator's "
            "Capitol office.",
            "Capitol",
        ),
        pytest.param(
            "President Omar Khalil gave a tour to Nabil Rahal across the edge of the Rose Garden.",
            "Rose Garden",
            marks=pytest.mark.xfail(
                strict=True, reason="parser: 'gave a tour to X' as an in-person event (frames.py)"
            ),
        ),
    ],
)
def test_places_behind_a_possessive_or_a_part_of_a_venue(sentence: str, where: str) -> None:
    (event,) = _events(sentence)
    assert event.where == where


def test_showing_someone_a_venue_is_a_meeting_there() -> None:
    (event,) = _events("While Anna Lima showed Sara Khalil the White House, the men talked.")
    assert {p.name for p in event.people} == {"Anna Lima", "Sara Khalil"}
    assert event.where == "White House"
    assert _events("Emir Omar Khalil showed Nabil Rahal around the palace.")


@pytest.mark.xfail(
    strict=True,
    reason="parser: a capitalised adjective before a surname taken as a given name (names.py)",
)
def test_an_adjective_before_a_surname_is_no_given_name() -> None:
    text = (
        "Mr Khalil said he was ready. Victorious Khalil met President Nabil Rahal in Doha. "
        "Khalil later left."
    )
    names = {p.name for c in _events(text) for p in c.people}
    assert "Victorious Khalil" not in names


def test_a_place_after_another_subject_in_a_run_on_caption_is_not_the_meetings() -> None:
    text = (
        "President Omar Khalil met President Nabil Rahal on Monday Sara Haddad flew from "
        "Vienna and landed at Schwechat Airport"
    )
    events = [e for e in _events(text) if {p.name for p in e.people} >= {"Omar Khalil"}]
    assert events and all(e.where is None for e in events)


def test_who_speaks_of_a_meeting_between_two_is_not_one_of_them() -> None:
    text = (
        "Former speaker Karl Brenner described the meeting between President Omar Khalil and "
        "his successor as a tribute."
    )
    assert _events(text) == []


def test_a_counterpart_named_far_from_the_meeting_word_is_not_its_counterpart() -> None:
    text = (
        "Omar Khalil had dinner with his old friends after the long match on Sunday in the "
        "northern city of Irbid near the statue honouring Nabil Rahal."
    )
    assert _events(text) == []


def test_meeting_unnamed_officials_is_no_meeting_between_the_subjects() -> None:
    text = "Omar Khalil and Nabil Rahal went to meet with officials from the league in Doha."
    assert _events(text) == []
    (event,) = _events("Omar Khalil and Nabil Rahal met in Doha on Monday.")
    assert {p.name for p in event.people} == {"Omar Khalil", "Nabil Rahal"}


@pytest.mark.xfail(
    strict=True,
    reason="parser: the venue of 'a tour of V' as the event's place (frames.py/setting.py)",
)
def test_a_tour_of_a_venue_is_given_there() -> None:
    text = "Omar Khalil and his wife were given a tour of Capitol Hill by Speaker Nabil Rahal."
    places = {e.where for e in _events(text)}
    assert places == {"Capitol Hill"}


@pytest.mark.xfail(
    strict=True,
    reason=(
        "parser: a wire dateline's date taken for the event's date over the weekday in the "
        "text (setting.py)"
    ),
)
def test_a_wire_dateline_with_a_date_gives_the_place_but_not_the_events_date() -> None:
    article = parse_text_article(
        "w",
        " date 2024-05-09 DOHA, May 9 (Reuters) - Emir Nasser bin Fahad received Jordanian "
        "Foreign Minister Omar Khalil on Tuesday.",
    )
    (event,) = [c for c in extract_claims(article).claims if c.kind.is_event]
    assert event.where == "Doha"
    assert event.when.date == "2024-05-07"  # Tuesday, not the dateline's 9 May


def test_an_unrecognised_name_before_the_meeting_is_not_the_previous_subject() -> None:
    text = (
        "President Omar Khalil spoke on Monday. A player of the Glenmoor Rovers was also "
        "meeting with President Nabil Rahal today."
    )
    assert _events(text) == []


def test_a_speaker_previewing_the_meeting_today_between_two_is_not_a_party() -> None:
    text = (
        "Previewing the meeting today between the president and his guest, spokesman Karl "
        "Brenner said President Omar Khalil would talk to Nabil Rahal."
    )
    assert all("Karl Brenner" not in {p.name for p in e.people} for e in _events(text))

"""The parser-based extractor on hand-written articles (invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Article, ClaimKind, Extraction, load_articles
from factcheck.extract.parsed import ParseExtractor

from ..conftest import FIXTURES


@pytest.fixture(scope="module")
def extractor() -> ParseExtractor:
    return ParseExtractor()


def _extract(extractor: ParseExtractor, text: str, published: dt.date | None = None) -> Extraction:
    return extractor.extract(Article(id="a", text=text, published=published))


def _events(extraction: Extraction) -> list[tuple[ClaimKind, frozenset[str]]]:
    return [
        (c.kind, frozenset(p.name for p in c.people))
        for c in extraction.claims
        if c.kind is not ClaimKind.STATEMENT
    ]


def test_titles_are_cut_off_names_and_read_as_offices(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Iran's Defence Minister Brigadier General Karam Ostadi met Syrian Prime Minister "
        "Nadim Farouki in Damascus on Monday.",
        dt.date(2025, 3, 5),
    )
    people = {p.name: p for p in found.people}
    assert set(people) == {"Karam Ostadi", "Nadim Farouki"}
    assert people["Karam Ostadi"].office == "defense_minister"
    assert people["Karam Ostadi"].rank == "Brigadier General"
    assert people["Karam Ostadi"].country == "IR"
    assert people["Nadim Farouki"].office == "prime_minister"
    ((claim),) = [c for c in found.claims if c.kind is ClaimKind.MEETING]
    assert claim.where == "Damascus"
    assert claim.when.date == "2025-03-03"


def test_surname_alone_refers_to_the_person_named_in_full(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Foreign Minister Samira Haddani arrived in Vienna. Later, Haddani met Teodor Vasko.",
        dt.date(2025, 3, 5),
    )
    assert _events(found) == [
        (ClaimKind.VISIT, frozenset({"Samira Haddani"})),
        (ClaimKind.MEETING, frozenset({"Samira Haddani", "Teodor Vasko"})),
    ]


def test_passive_host_and_counterpart_office(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Foreign Minister Samira Haddani was received by her Ostrian counterpart, Teodor Vasko, "
        "at the presidential palace.",
        dt.date(2025, 3, 5),
    )
    assert _events(found) == [(ClaimKind.MEETING, frozenset({"Samira Haddani", "Teodor Vasko"}))]
    vasko = next(p for p in found.people if p.name == "Teodor Vasko")
    assert vasko.office == "foreign_minister"
    assert vasko.role_basis is not None and vasko.role_basis.value == "inferred"


def test_objects_after_one_subject_are_separate_meetings(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Defence Minister Karam Ostadi met President Lior Bennor, Speaker Anya Perel and "
        "Interior Minister Dov Kessar.",
        dt.date(2025, 3, 5),
    )
    events = _events(found)
    assert len(events) == 3
    assert all(len(people) == 2 and "Karam Ostadi" in people for _, people in events)


def test_denied_events_are_none_and_planned_ones_are_marked(extractor: ParseExtractor) -> None:
    (article,) = load_articles(FIXTURES / "parsed" / "dated-frames.json").articles
    found = extractor.extract(article)
    events = {
        frozenset(p.name for p in c.people): c for c in found.claims if c.met and not c.planned
    }
    assert frozenset({"Teodor Vasko", "Lior Bennor"}) not in events  # denied
    talks = events[frozenset({"Samira Haddani", "Teodor Vasko"})]
    assert talks.when.date == "2025-10-01"  # 'on Wednesday' before the article's Sunday
    assert talks.where == "Geneva"
    planned = [c for c in found.claims if c.planned]
    assert [(c.when.date, c.where) for c in planned] == [("2025-10-06", "Lisbon")]


def test_a_call_by_phone_is_a_call_with_no_place(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor held a phone call with Prime Minister Nadim Farouki on Tuesday.",
        dt.date(2025, 3, 5),
    )
    ((claim),) = [c for c in found.claims if c.met]
    assert claim.kind is ClaimKind.CALL
    assert claim.where is None
    assert claim.when.date == "2025-03-04"


def test_pieces_are_bounded_and_only_cue_pieces_are_parsed() -> None:
    from factcheck.extract.parsed.extractor import MAX_PIECE, MAX_WORD, _sentence_bounds

    text = "((([[" * 2000 + " Tomas Berg met Ana Lind in Vienna. " + "Rafael Okafor " * 500
    pieces = _sentence_bounds(text)
    assert pieces, "the sentence with a meeting is parsed"
    assert all(b - a <= MAX_PIECE for a, b in pieces)
    assert all(len(w) <= MAX_WORD for a, b in pieces for w in text[a:b].split())
    assert any("met" in text[a:b] for a, b in pieces)
    assert not any("((((" in text[a:b] or "Okafor Rafael" in text[a:b] for a, b in pieces)


def test_hostile_text_gives_no_claim_and_no_error(extractor: ParseExtractor) -> None:
    for shape in ("Rafael Okafor ", "((([[\"'", "Anna Berg Tom Lind "):
        found = _extract(extractor, shape * 400)
        assert found.claims == ()


FRAMES = [
    # (text, the sets of people of the events it reports)
    (
        "General Omar Haddad called on President Lior Bennor in Vellmar on Saturday.",
        [{"Omar Haddad", "Lior Bennor"}],
    ),
    (
        "President Lior Bennor called on Omar Haddad to halt the offensive.",
        [],
    ),
    (
        "Minister Anya Perel showed Minister Dov Kessar the presidential palace.",
        [{"Anya Perel", "Dov Kessar"}],
    ),
    (
        "First lady Mira Vasko gave a tour of the residence to Lena Ostadi.",
        [{"Mira Vasko", "Lena Ostadi"}],
    ),
    (
        "Defence Minister Karam Ostadi stated that he spoke with Defence Minister Pavel "
        "Drusin about the border.",
        [{"Karam Ostadi", "Pavel Drusin"}],
    ),
    (
        "Secretary Karam Ostadi was scheduled to meet with President Lior Bennor; the "
        "secretary of the council, Omar Haddad; and Speaker Anya Perel.",
        [
            {"Karam Ostadi", "Lior Bennor"},
            {"Karam Ostadi", "Omar Haddad"},
            {"Karam Ostadi", "Anya Perel"},
        ],
    ),
    (
        "President Teodor Vasko and President Lior Bennor began their meeting in Vellmar.",
        [{"Teodor Vasko", "Lior Bennor"}],
    ),
    (
        "Ministers Karam Ostadi and Dov Kessar went to meet with officials of the league.",
        [],
    ),
    (
        'President Lior Bennor had called Mr Vasko "a danger" during the campaign.',
        [],
    ),
    (
        "Vellish Defence Minister Karam Ostadi arrived in Tehran. The Vellish minister met "
        "General Omar Haddad on Monday.",
        [{"Karam Ostadi", "Omar Haddad"}],
    ),
    (
        "Minister Karam Ostadi and General Omar Haddad were the first to visit President "
        "Lior Bennor in Vellmar.",
        [{"Karam Ostadi", "Lior Bennor"}, {"Omar Haddad", "Lior Bennor"}],
    ),
    (
        "Later today, President Lior Bennor will hold separate meetings with the leaders of "
        "the assembly, Anya Perel and Omar Haddad.",
        [{"Lior Bennor", "Anya Perel"}, {"Lior Bennor", "Omar Haddad"}],
    ),
    (
        "President Lior Bennor met with the press in the capital, Anya Perel said.",
        [],
    ),
    (
        "Speaker Omar Haddad was seen taking a walk around the palace garden with "
        "Minister Karam Ostadi.",
        [{"Omar Haddad", "Karam Ostadi"}],
    ),
    (
        "President Lior Bennor walked to the plane with his wife Anya Perel.",
        [],
    ),
    (
        "Mrs Anya Perel arrived in Vellmar on Monday. He will meet President Lior Bennor.",
        [],
    ),
    (
        "President Lior Bennor congratulated Prime Minister Anya Perel in a phone call.",
        [{"Lior Bennor", "Anya Perel"}],
    ),
    (
        "President Lior Bennor blamed Speaker Omar Haddad in a conference call with donors.",
        [],
    ),
    (
        "President Lior Bennor said he called to congratulate Prime Minister Anya Perel.",
        [{"Lior Bennor", "Anya Perel"}],
    ),
    (
        "The office of Prime Minister Anya Perel said on Monday that President Lior "
        "Bennor had invited her in a phone call to visit him.",
        [{"Lior Bennor", "Anya Perel"}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_event_frames(extractor: ParseExtractor, text: str, expected: list[set[str]]) -> None:
    found = _extract(extractor, text, dt.date(2025, 3, 5))
    got = [set(people) for kind, people in _events(found) if len(people) > 1]
    assert sorted(map(sorted, got)) == sorted(map(sorted, expected))


def test_attendance_and_company_join_the_event_told(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Accompanied by Foreign Minister Omar Haddad, President Lior Bennor met Prime "
        "Minister Nadim Farouki in Vellmar. The meeting was attended by Speaker Anya Perel.",
        dt.date(2025, 3, 5),
    )
    (claim,) = [c for c in found.claims if c.met]
    assert claim.who.name == "Lior Bennor"
    assert [p.name for p in claim.met] == ["Nadim Farouki", "Omar Haddad", "Anya Perel"]


def test_a_surname_that_is_a_month_is_a_name_but_the_month_is_not(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "Prime Minister Anna May met President Lior Bennor in Vellmar on Monday. "
        "Bennor praised May's office. The two will meet again in May.",
        dt.date(2025, 3, 5),
    )
    may = next(p for p in found.people if p.name == "Anna May")
    assert may.office == "prime_minister"
    texts = {f.text for f in may.forms}
    assert texts == {"Anna May", "May"}
    assert len(may.forms) == 2  # 'in May' is the month
    assert (ClaimKind.MEETING, frozenset({"Anna May", "Lior Bennor"})) in _events(found)


def test_a_surname_the_recogniser_misses_is_a_name_when_it_fills_person_slots(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "Ostadi was invited to Vellmar by President Lior Bennor. Bennor will welcome "
        "Ostadi on Monday. Ostadi said the ties were strong.",
        dt.date(2025, 3, 5),
    )
    assert "Ostadi" in {p.name for p in found.people}
    assert (ClaimKind.MEETING, frozenset({"Ostadi", "Lior Bennor"})) in _events(found)


def test_a_name_after_also_known_as_is_the_same_person(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor met Anya Perel - also known as Abu Omar al-Haddad - in Vellmar.",
        dt.date(2025, 3, 5),
    )
    assert "Abu Omar al-Haddad" not in {p.name for p in found.people}
    perel = next(p for p in found.people if p.name == "Anya Perel")
    assert {f.text for f in perel.forms} == {"Anya Perel", "Abu Omar al-Haddad"}


def test_a_city_modifying_a_noun_after_in_the_is_the_place(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor was welcomed in the Tehran airport by Minister Anya Perel.",
        dt.date(2025, 3, 5),
    )
    (claim,) = [c for c in found.claims if c.met]
    assert claim.where == "Tehran"


def test_a_word_coordinated_with_a_name_is_a_person(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Zanganehi and Prince Khalid discussed the border on Monday. Zanganehi also "
        "thanked the kingdom.",
        dt.date(2025, 3, 5),
    )
    assert "Zanganehi" in {p.name for p in found.people}
    assert (ClaimKind.MEETING, frozenset({"Zanganehi", "Khalid"})) in _events(found)


def test_a_visit_for_talks_with_someone_is_a_meeting_with_them(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Minister Karam Ostadi arrived in Tehran on Monday for talks with President Lior Bennor.",
        dt.date(2025, 3, 5),
    )
    (claim,) = [c for c in found.claims if c.met]
    assert {claim.who.name, claim.met[0].name} == {"Karam Ostadi", "Lior Bennor"}
    assert claim.kind is ClaimKind.MEETING
    assert claim.where == "Tehran"


def test_a_pair_of_a_meeting_of_three_told_before_is_that_meeting(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "On Monday, Lior Bennor, Anya Perel and Omar Haddad held talks in Vellmar. "
        "Later, Bennor met with Haddad again.",
        dt.date(2025, 3, 5),
    )
    assert [people for _, people in _events(found)] == [
        frozenset({"Lior Bennor", "Anya Perel", "Omar Haddad"})
    ]


def test_a_clause_opener_after_a_name_is_not_part_of_it(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Speaker Anya Perel walks with President Lior Bennor Previously, Bennor had "
        "called her a rival.",
        dt.date(2025, 3, 5),
    )
    assert {p.name for p in found.people} == {"Anya Perel", "Lior Bennor"}


def test_a_place_written_with_the_event_word_is_its_place(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor and Minister Anya Perel hold a White House transition "
        "meeting. Later, Lena Ostadi showed Mira Vasko the White House.",
        dt.date(2025, 3, 5),
    )
    places = {frozenset(p.name for p in c.people): c.where for c in found.claims if c.met}
    assert places[frozenset({"Lior Bennor", "Anya Perel"})] == "White House"
    assert places[frozenset({"Lena Ostadi", "Mira Vasko"})] == "White House"


def test_the_tail_of_a_venue_name_is_no_person(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Speaker Omar Haddad was seen on the South Lawn with Minister Karam Ostadi. "
        "Reporters waited on the Lawn.",
        dt.date(2025, 3, 5),
    )
    assert {p.name for p in found.people} == {"Omar Haddad", "Karam Ostadi"}


def test_a_caption_running_into_a_name_with_no_full_stop_is_cut_there(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "Governor Lior Bennor arrived in Vienna on Monday. Senator Anya Perel spoke to "
        "reporters. Bennor met with Senate Majority Leader Omar Haddad Perel flew from "
        "Geneva on her own jet and landed at the airport. Crowds hoped for a glimpse of "
        "Bennor Vice President Tom Rask also had a meeting with Senator Mira Vasko.",
        dt.date(2025, 3, 5),
    )
    events = _events(found)
    assert (ClaimKind.MEETING, frozenset({"Lior Bennor", "Omar Haddad"})) in events
    assert (ClaimKind.MEETING, frozenset({"Tom Rask", "Mira Vasko"})) in events
    assert "Omar Haddad Perel" not in {p.name for p in found.people}


def test_a_name_and_ed_to_the_subject_over_its_title_is_a_subject(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "Senator Anna Lind arrived in Vienna on Monday. After lunch, Lind and "
        "vice-president elect Mike Perel had a meeting with Senate Majority Leader Omar Haddad.",
        dt.date(2025, 3, 5),
    )
    meetings = [people for kind, people in _events(found) if kind is ClaimKind.MEETING]
    assert any({"Anna Lind", "Omar Haddad"} <= people for people in meetings)


def test_his_successor_is_the_one_elected_to_his_office(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor will hand over to President-elect Anya Perel in January. "
        "Bennor congratulated his successor in a phone call on Wednesday.",
        dt.date(2025, 3, 7),
    )
    assert (ClaimKind.CALL, frozenset({"Lior Bennor", "Anya Perel"})) in _events(found)


def test_the_president_is_the_one_the_article_is_about_when_a_former_one_is_named(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor spoke in the capital. Bennor praised the army. Bennor thanked "
        "the nurses. Bennor left at noon. Once, President Omar Haddad met the nurses too. "
        "Singer Anna Lind was meeting with the president at the palace on Thursday.",
        dt.date(2025, 3, 7),
    )
    assert (ClaimKind.MEETING, frozenset({"Lior Bennor", "Anna Lind"})) in _events(found)


def test_a_plural_noun_running_into_named_subjects_ends_its_clause(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "Senator Anna Lind and Governor Lior Bennor met in the morning. Later Governor Omar "
        "Haddad was in the Oval Office while Lind and Bennor spoke to reporters Omar Haddad "
        "and Mira Vasko had a lunch meeting, and then left.",
        dt.date(2025, 3, 5),
    )
    events = _events(found)
    assert (ClaimKind.MEETING, frozenset({"Omar Haddad", "Mira Vasko"})) in events
    assert all(
        "Mira Vasko" not in people or people == {"Omar Haddad", "Mira Vasko"}
        for _, people in events
    )


def test_what_a_tour_is_of_is_its_place(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "While the two leaders spoke in the study, Anna Lind gave a tour of the residence "
        "to Mira Vasko.",
        dt.date(2025, 3, 5),
    )
    places = {frozenset(p.name for p in c.people): c.where for c in found.claims if c.met}
    assert places[frozenset({"Anna Lind", "Mira Vasko"})] == "residence"


def test_a_given_name_that_is_another_persons_surname_is_no_caption_seam(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "Foreign Minister Karim Haddad met with his counterpart, Yusuf Karim, in Amman on "
        "Sunday. Later Minister Karim Haddad met Anna Karim Lind.",
        dt.date(2025, 3, 5),
    )
    assert "Karim Haddad" in {p.name for p in found.people}
    assert "Haddad" not in {p.name for p in found.people}


def test_partners_with_an_unnamed_subject_met_it_not_each_other(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "Foreign Minister Karam Ostadi arrived in Vienna on Monday. The top Vellish diplomat "
        "also had a meeting with Omar Haddad and Mira Vasko. The group had a meeting with "
        "Anna Lind and Tom Rask.",
        dt.date(2025, 3, 5),
    )
    events = _events(found)
    assert (ClaimKind.MEETING, frozenset({"Karam Ostadi", "Omar Haddad"})) in events
    assert (ClaimKind.MEETING, frozenset({"Karam Ostadi", "Mira Vasko"})) in events
    assert all(len(people & {"Omar Haddad", "Mira Vasko"}) < 2 for _, people in events)
    assert all(len(people & {"Anna Lind", "Tom Rask"}) < 2 for _, people in events)


def test_one_seen_after_anothers_meeting_takes_no_part_in_it(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor met Anna Lind on Monday. Later Tom Rask was seen leaving the "
        "palace following Bennor's meeting with the leaders.",
        dt.date(2025, 3, 5),
    )
    assert _events(found) == [(ClaimKind.MEETING, frozenset({"Lior Bennor", "Anna Lind"}))]


def test_a_picture_count_before_a_name_closes_a_caption(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor met Speaker Tom Rask on Monday. Bennor arrives at the palace "
        "Getty Images 18 Anna Lind (centre) smiles as she walks with President-elect Omar "
        "Haddad and Vice President-elect Mira Vasko Previously, Haddad had called her a rival.",
        dt.date(2025, 3, 5),
    )
    events = _events(found)
    assert (ClaimKind.MEETING, frozenset({"Anna Lind", "Omar Haddad"})) in events
    assert not [p for _, p in events if "Lior Bennor" in p and p & {"Omar Haddad", "Mira Vasko"}]


def test_a_couple_on_each_side_of_a_meeting_is_one_meeting(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Governor George Lind and his wife Laura Lind hosted President Tom Rask and Anna "
        "Rask. George Lind and Laura Lind met with Tom Rask and Anna Rask on Monday.",
        dt.date(2025, 3, 5),
    )
    events = _events(found)
    assert (
        ClaimKind.MEETING,
        frozenset({"George Lind", "Laura Lind", "Tom Rask", "Anna Rask"}),
    ) in events
    assert not [p for _, p in events if len(p) == 2 and p & {"Laura Lind", "Anna Rask"}]


def test_a_surname_read_as_a_modal_after_an_event_verb_is_its_object(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor met Governor Tom Rask, who warned Prime Minister Anna May. "
        "Bennor finally calls May having already phoned 9 other leaders.",
        dt.date(2025, 3, 5),
    )
    assert (ClaimKind.CALL, frozenset({"Lior Bennor", "Anna May"})) in _events(found)


def test_a_partner_at_the_subjects_side_came_with_the_subject(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "When President Lior Bennor lands in Vellmar he will meet Governor Tom Rask in the "
        "palace with Anna Lind, his deputy at his side.",
        dt.date(2025, 3, 5),
    )
    events = _events(found)
    assert (ClaimKind.MEETING, frozenset({"Lior Bennor", "Tom Rask", "Anna Lind"})) in events
    assert not [p for _, p in events if "Anna Lind" in p and len(p) == 2]
    (meeting,) = [c for c in found.claims if c.kind is ClaimKind.MEETING]
    assert meeting.who.name == "Lior Bennor"


def test_a_call_told_with_no_one_called_is_to_the_one_who_tells_it(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "Governor Anna Lind lost the race to President Lior Bennor. On Sunday, Bennor "
        'spoke about the night. "So Anna called and it was a lovely call," he said.',
        dt.date(2025, 3, 5),
    )
    assert (ClaimKind.CALL, frozenset({"Anna Lind", "Lior Bennor"})) in _events(found)


def test_that_morning_is_the_day_named_before_its_sentence(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "Governor Anna Lind lost the race to President Lior Bennor. Lind spoke at a hotel "
        "in Vellmar on Wednesday. In an interview to be aired on Sunday, Bennor spoke of the "
        'small hours of that morning. "So Anna called and it was a lovely call," he said.',
        dt.date(2025, 3, 9),
    )
    (call,) = [c for c in found.claims if c.kind is ClaimKind.CALL]
    assert call.when is not None
    assert call.when.date == "2025-03-05"


def test_a_companion_named_with_the_trip_joins_the_hosts_first_event(
    extractor: ParseExtractor,
) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor met Prime Minister Nadim Farouki in Vellmar on Monday. "
        "Bennor later met Mayor Tal Amsel. "
        "Bennor was accompanied on his visit by Foreign Minister Omar Haddad.",
        dt.date(2025, 3, 5),
    )
    people = {frozenset(p.name for p in c.people) for c in found.claims if c.met}
    assert frozenset({"Lior Bennor", "Nadim Farouki", "Omar Haddad"}) in people
    assert frozenset({"Lior Bennor", "Tal Amsel"}) in people


def test_a_companion_with_no_event_word_joins_no_event(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor met Prime Minister Nadim Farouki in Vellmar on Monday. "
        "Bennor was accompanied by his wife, Dana Rell.",
        dt.date(2025, 3, 5),
    )
    people = {frozenset(p.name for p in c.people) for c in found.claims if c.met}
    assert people == {frozenset({"Lior Bennor", "Nadim Farouki"})}


def test_every_name_of_an_attendance_list_attends(extractor: ParseExtractor) -> None:
    found = _extract(
        extractor,
        "President Lior Bennor met Prime Minister Nadim Farouki in Vellmar on Monday. "
        "The meeting was attended by Deputy Minister Rami Osten, the envoy at the embassy "
        "in Vellmar, Kira Lund, and the interim foreign minister, Tal Amsel.",
        dt.date(2025, 3, 5),
    )
    (claim,) = [c for c in found.claims if c.met]
    assert {p.name for p in claim.met} >= {"Rami Osten", "Kira Lund", "Tal Amsel"}

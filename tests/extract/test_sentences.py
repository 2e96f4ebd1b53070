"""Sentence splitting: run-on photo captions are cut where their sentences start."""

from __future__ import annotations

from factcheck.extract.tokens import RUN_ON_CHARS, split_sentences

_CAPTIONS = (
    "Omar Khalil and Nabil Rahal were given a tour of the old city by the mayor upon arrival "
    "on Wednesday afternoon Anna Lima met with Khalil and Rahal at around 2.30pm Karl Brenner "
    "showed Lima, Khalil and Rahal through the palace on Wednesday afternoon Khalil called the "
    "meeting 'an honour', adding that it was 'a fine day for the region' Rahal walked with "
    "Brenner to the car While in the capital, Khalil spoke to reporters about the talks."
)


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_run_on_captions_are_cut_where_their_sentences_start() -> None:
    assert len(_CAPTIONS) >= RUN_ON_CHARS
    assert _texts(_CAPTIONS) == [
        "Omar Khalil and Nabil Rahal were given a tour of the old city by the mayor upon "
        "arrival on Wednesday afternoon",
        "Anna Lima met with Khalil and Rahal at around 2.30pm",
        "Karl Brenner showed Lima, Khalil and Rahal through the palace on Wednesday afternoon",
        "Khalil called the meeting 'an honour', adding that it was 'a fine day for the region'",
        "Rahal walked with Brenner to the car",
        "While in the capital, Khalil spoke to reporters about the talks.",
    ]


def test_a_sentence_of_ordinary_length_is_cut_only_at_a_clause_opener() -> None:
    text = (
        "The ministry said this morning Omar Khalil would travel to Doha, where talks on the "
        "ceasefire 'would resume' Karl Brenner said."
    )
    assert _texts(text) == [text]
    assert _texts("Anna Lima smiled in the photo After meeting Karl Brenner, she left.") == [
        "Anna Lima smiled in the photo",
        "After meeting Karl Brenner, she left.",
    ]


def test_a_plural_possessive_is_no_closing_quote() -> None:
    padding = "the delegates discussed trade, energy and security at length " * 5
    text = f"Omar Khalil spoke of the ministers' Doha meeting as {padding}before leaving."
    assert len(text) >= RUN_ON_CHARS
    assert _texts(text) == [text]

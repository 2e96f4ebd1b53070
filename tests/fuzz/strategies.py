"""Hostile texts for fuzzing: random characters, and soups of the words extraction reacts to
(invented names, titles, meeting verbs, places, dates, quotes and brackets), repeated."""

from __future__ import annotations

from hypothesis import strategies as st

GIVEN = ["Ana", "Ivo", "Rafael", "Tamsin", "Oskar", "Leyla", "Dario", "Mirela", "Abd", "Abdul"]
FAMILY = ["Lima", "Sena", "Okonkwo-Brandt", "Vasquez", "al-Rahimi", "bin Tarek", "Van Hoorn"]
TITLES = [
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Gen.",
    "Lieutenant General",
    "King",
    "Sheikh",
    "his counterpart",
    "former",
    "-elect",
]
VERBS = [
    "met",
    "met with",
    "held talks with",
    "received",
    "visited",
    "called",
    "spoke by phone with",
    "said",
    "told",
    "welcomed",
    "condemned",
    "supports",
    "rejected",
    "hosted",
    "and",
    "with",
    "of",
    "the",
]
PLACES = ["in Lisbon", "in Tehran", "at the White House", "in Doha", "Riyadh", "the capital"]
DATES = [
    "on Monday",
    "on Sunday",
    "yesterday",
    "today",
    "March 3",
    "3 March 2024",
    "2024-03-18",
    "last week",
    "on Feb. 30",
    "in 1999",
]
MARKS = ['"', "“", "”", "'", "’s", "(", ")", "[", "]", "{", "}", ",", ".", ";", ":", "—", "-"]
BREAKS = ["\n", "\n\n", "\u2028", "\t", "  ", "\r\n"]

words = st.sampled_from(GIVEN + FAMILY + TITLES + VERBS + PLACES + DATES + MARKS + BREAKS)
soup = st.lists(words, max_size=60).map(" ".join)
noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
repeated = st.tuples(soup, st.integers(min_value=2, max_value=40)).map(lambda p: p[0] * p[1])
nested = st.tuples(
    st.sampled_from(["(", "[", '"', "“", "'", "{"]), st.integers(min_value=1, max_value=400)
).map(lambda p: "Ana Lima said " + p[0] * p[1] + " Ivo Sena met Rafael Vasquez.")
dateline = st.sampled_from(["", " date 2024-03-18 ", " date None ", "DOHA, June 3 (Reuters) - "])
hostile_texts = st.tuples(dateline, st.one_of(soup, noise, repeated, nested)).map("".join)

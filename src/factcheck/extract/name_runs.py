"""Names in a sentence: which words can be names, runs of them, and the titles around them.

Everything here looks at one sentence's tokens; linking names to people is people.py's work.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from factcheck.extract.dates import WEEKDAYS
from factcheck.extract.roles import Title, find_country, is_chain_token, parse_title
from factcheck.extract.tokens import Sentence, Token
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.names.normalize import particles

_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_COUNTERPART = frozenset({"counterpart", "counterparts"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘"})
APPOSITIVE_FOLLOWERS = frozenset({",", ".", ";", ")", "on", "in", "at", "who", "and", "during"})


def is_name_word(token: Token, lex: Lexicon) -> bool:
    return token.is_word and _is_name_text(token.text, token.norm)


@lru_cache(maxsize=65536)
def _is_name_text(text: str, norm: str) -> bool:
    """Whether a word can stand in a person's name; depends only on its text."""
    lex = load_lexicon()
    token = Token(text, 0, 0, norm, text[:1].isupper(), text[:1].isalpha())
    if not token.is_capitalised:
        head, _, rest = token.text.partition("-")
        if not (rest[:1].isupper() and head.lower() in particles()):
            return False
    if len(token.text) > 1 and token.text.isupper():
        return False
    if token.norm in lex.stop_words or is_chain_token(token):
        return False
    if (token.norm,) in lex.cities or (token.norm,) in lex.countries:
        return False
    parts = token.norm.split("-")
    return not (len(parts) > 1 and all(is_chain_token_text(p) for p in parts))


def is_chain_token_text(word: str) -> bool:
    """True for a lower-case word that belongs to title chains."""
    return is_chain_token(Token(word, 0, 0, word))


def is_credit(tokens: tuple[Token, ...], first: int, lex: Lexicon) -> bool:
    """A photo credit ('Photo: Anna Berg, AP'): the name takes part in nothing."""
    before = [t.norm for t in tokens[max(0, first - 2) : first]]
    return bool(before) and before[-1] == ":" and any(w in lex.credit_words for w in before)


def is_calendar_surname(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> bool:
    """'May' in 'Anna May' or 'Ms May' is a surname, not a month: it follows a given name,
    an honorific or an office word, and no number follows it."""
    token = tokens[i]
    if not (token.is_capitalised and token.norm in lex.stop_words and i > 0):
        return False
    before = tokens[i - 1].norm
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    titled = before in lex.given_names or before in lex.honorifics or before in lex.chain_words
    return titled and not after[:1].isdigit() and token.norm in _CALENDAR_SURNAMES


_CALENDAR_SURNAMES = frozenset({"may", "march", "june", "august", "april"})
_BEFORE_A_MONTH = frozenset(
    {
        "in",
        "on",
        "of",
        "since",
        "until",
        "by",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "this",
        "from",
        "to",
        "through",
    }
)


def is_bare_calendar_surname(
    tokens: tuple[Token, ...], i: int, surnames: Callable[[], set[str]]
) -> bool:
    """'Khalil calls May': a month name that is the surname of a person the article names
    in full (`surnames`, asked only for a month name), standing where no month would (no
    day or year after it, no 'in' before)."""
    token = tokens[i]
    if token.norm not in _CALENDAR_SURNAMES or token.norm not in surnames():
        return False
    before = tokens[i - 1].norm if i else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return before not in _BEFORE_A_MONTH and not after[:1].isdigit()


def _run_word(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> bool:
    return is_name_word(tokens[i], lex) or is_calendar_surname(tokens, i, lex)


def name_runs(
    sentence: Sentence, lex: Lexicon, lowercase_words: frozenset[str]
) -> list[tuple[int, int]]:
    """Runs of name words as (first, last) token indices: particles and initials allowed
    inside ('John F. Moss', 'Omar Khalil al-Rashidi'), split where a second given name
    starts a second name ('Anna Berg John Moss' in a run-on caption)."""
    tokens = sentence.tokens
    runs: list[tuple[int, int]] = []
    after = 0  # tokens before this index are inside a run already
    for i in _possible_starts(tokens):
        if i < after or not is_name_word(tokens[i], lex):
            continue
        j = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1]
            if (
                len(nxt.text) == 1
                and nxt.text.isupper()
                and j + 3 < len(tokens)
                and tokens[j + 2].text == "."
                and is_name_word(tokens[j + 3], lex)
            ):
                j += 3
            elif _run_word(tokens, j + 1, lex):
                j += 1
            elif (
                nxt.text.islower()
                and nxt.norm in particles()
                and nxt.norm not in lex.function_words  # 'X at Y Palace': no name particle
                and j + 2 < len(tokens)
                and is_name_word(tokens[j + 2], lex)
            ):
                j += 2
            else:
                break
        for first, last in _split_run(tokens, i, j, lex):
            runs.append(_trim_run(sentence, first, last, lex, lowercase_words))
        after = j + 1
    return [(a, b) for a, b in runs if a <= b]


def _possible_starts(tokens: tuple[Token, ...]) -> list[int]:
    """Indices of words that may start a name: capitalised, or hyphenated ('al-Rashidi')."""
    return [i for i, t in enumerate(tokens) if t.is_word and (t.is_capitalised or "-" in t.text)]


def _split_run(tokens: tuple[Token, ...], i: int, j: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Cut a run of names before each given name that follows a surname ('Anna Berg Tom
    Lind' is two names); one pass, no recursion, so a run of any length is linear."""
    words = [k for k in range(i, j + 1) if tokens[k].is_word]
    parts: list[tuple[int, int]] = []
    begin, first = i, 0  # the part being built starts at token `begin`, word `first`
    for pos in range(len(words)):
        if pos - first < 2:
            continue
        k = words[pos]
        before = tokens[words[pos - 1]].norm
        if (
            tokens[k].norm in lex.given_names
            and before not in lex.given_names
            and before not in particles()  # 'Nasser bin Fahad': a patronymic, one name
            and len(before) > 1  # 'Omar J Khalil': a middle initial, one name
        ):
            parts.append((begin, words[pos - 1]))
            begin, first = k, pos
    parts.append((begin, j))
    return parts


def _trim_run(
    sentence: Sentence, i: int, j: int, lex: Lexicon, lowercase_words: frozenset[str]
) -> tuple[int, int]:
    """Drop a capitalised opener ('Congratulating X', 'Did X Y'): a word the article also
    writes in lower case, or one shaped like a participle or adverb."""
    tokens = sentence.tokens
    at_start = i == 0 or tokens[i - 1].text in _QUOTES
    word = tokens[i].norm
    looks_common = word in lowercase_words or word.endswith(("ing", "ly"))
    long_run = j - i >= 2
    if (at_start or long_run) and j > i and word not in lex.given_names and looks_common:
        i += 1
    if j - i >= 2 and tokens[j].norm in lowercase_words and tokens[i].norm in lex.given_names:
        j -= 1
    return i, j


def left_chain(tokens: tuple[Token, ...], first: int) -> int:
    """Index of the first token of the title chain ending just before `first`.

    A possessive joins the chain only after a country ('Iran's Defense Minister'), not
    after an office ('the senator's Capitol office').
    """
    lex = load_lexicon()
    k = _city_of_office(tokens, first, lex)
    while k > 0 and is_chain_token(tokens[k - 1]):
        if tokens[k - 1].norm == "'s" and not (k > 1 and ((tokens[k - 2].norm,) in lex.countries)):
            break
        k -= 1
    return k


def _city_of_office(tokens: tuple[Token, ...], first: int, lex: Lexicon) -> int:
    """Start of 'of London' in 'Mayor of London Anna Berg': a city closes a title chain
    only right after 'of' and an office word; elsewhere a city is no part of a title."""
    for size in (1, 2, 3):
        start = first - size
        if start < 2 or tokens[start - 1].norm != "of":
            continue
        if tuple(t.norm for t in tokens[start:first]) in lex.cities and (
            tokens[start - 2].norm in lex.office_head_words
        ):
            return start
    return first


def right_appositive(tokens: tuple[Token, ...], last: int, text: str) -> tuple[Title | None, int]:
    """Parse ', Syria's Defense Minister,' after a name; returns the title and its last index."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != ",":
        return None, last
    k = last + 2
    while k < len(tokens) and is_chain_token(tokens[k]):
        k += 1
    if k > last + 2 and k < len(tokens) and tokens[k - 1].norm in {"of", "the"}:
        # ', commander of the Quds Force,': an organisation's name closes the title
        while k < len(tokens) and tokens[k].is_capitalised and tokens[k].is_word:
            k += 1
    if k == last + 2 or (k < len(tokens) and tokens[k].norm not in APPOSITIVE_FOLLOWERS):
        return None, last
    title = parse_title(tokens[last + 2 : k], text)
    if title is None or title.role is None:
        return None, last
    return title, k - 1


def counterpart_before(tokens: tuple[Token, ...], chain_start: int) -> tuple[bool, str | None]:
    """Detect 'his Iranian counterpart,' right before a name: (found, country)."""
    k = chain_start - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    if k < 0 or tokens[k].norm not in _COUNTERPART:
        return False, None
    end = k
    while k > 0 and tokens[k - 1].norm not in _POSSESSIVE_PRONOUNS and end - k < 4:
        k -= 1
    if k == 0 or tokens[k - 1].norm not in _POSSESSIVE_PRONOUNS:
        return False, None
    return True, find_country(tokens[k:end])


def governor_of(tokens: tuple[Token, ...], first: int) -> str | None:
    """The word that governs a reference: the word just before it, or before a counterpart
    phrase ('met with his Iranian counterpart, X' -> 'with'); None after punctuation."""
    k = first - 1
    if k >= 1 and tokens[k].text == "," and tokens[k - 1].norm in _COUNTERPART:
        k -= 1
    if k >= 0 and tokens[k].norm in _COUNTERPART:
        k -= 1
        while k >= 0 and tokens[k].norm not in _POSSESSIVE_PRONOUNS and tokens[k].is_word:
            k -= 1
        k -= 1
    if k >= 1 and tokens[k].norm in WEEKDAYS and tokens[k - 1].norm in {"on", "late", "early"}:
        k -= 2  # 'received on Monday X': the verb governs X across the time phrase
    if k < 0 or not tokens[k].is_word:
        return None
    return tokens[k].norm

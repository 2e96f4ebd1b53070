"""The people of one article: every name found, joined to the person first named in full.

Within an article a later mention (a surname alone, 'Prince Karim', 'Bin Nadir') refers
to the person whose full name holds its words; a surname shared by two people goes to the
one whose surname it is, else to the one named last. Names in a title-case headline count
only when the body names the same person: a headline's capitalised verbs are no names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.extract.parsed.missed import known_names, known_words, slot_words
from factcheck.extract.parsed.names import NameSpan, find_names
from factcheck.extract.parsed.titles import TitleFound, find_title
from factcheck.lexicon import load_lexicon
from factcheck.model import RoleBasis

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(slots=True)
class Person:
    """One person of the article, filled in as their mentions are read."""

    key: int
    name: str
    words: tuple[str, ...]
    forms: list[tuple[int, int]] = field(default_factory=list)
    rank: str | None = None
    rank_span: tuple[int, int] | None = None
    role: str | None = None
    role_span: tuple[int, int] | None = None
    role_basis: RoleBasis | None = None
    office: str | None = None
    country: str | None = None
    counterpart: bool = False
    counterpart_country: str | None = None
    titled: bool = False
    """Named at least once with a title, rank or honorific ('President X', 'Mr X')."""
    courtesy: set[str] = field(default_factory=set)
    """Given-name titles written before this person's name ('prince', 'sheikh')."""
    female: bool | None = None
    """True after 'Mrs', 'his wife', 'Queen'; False after 'Mr', 'her husband'; else None
    (also when the article says both)."""
    sexes: set[bool] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Mention:
    """One written mention of a person: sentence number and token range in its doc."""

    person: int
    sentence: int
    first: int
    last: int
    start: int
    end: int


@dataclass
class ArticlePeople:
    """Everyone an article names, and where."""

    people: dict[int, Person] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    at_token: dict[tuple[int, int], Mention] = field(default_factory=dict)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    """Mentions of each sentence in text order (filled once all are found)."""
    plural_titles: dict[tuple[int, int], TitleFound] = field(default_factory=dict)
    """Plural titles by (sentence, name head): they name the head's conjuncts too."""
    by_word: dict[str, set[int]] = field(default_factory=dict)
    """The people each name word belongs to: coreference looks only at these."""

    def index(self, person: Person) -> None:
        """Record the words of `person`'s name (after it is created or named in full)."""
        for word in person.words:
            self.by_word.setdefault(word, set()).add(person.key)

    def having(self, word: str) -> list[Person]:
        """People whose name holds `word`, in the order the article introduced them."""
        return [self.people[k] for k in sorted(self.by_word.get(word, ())) if k in self.people]

    def mention_at(self, sentence: int, token: int) -> Mention | None:
        """The mention covering token `token` of sentence `sentence`, if any."""
        return self.at_token.get((sentence, token))


def is_title_case(doc: Doc) -> bool:
    """A headline written in title case: every word but function words capitalised."""
    function_words = load_lexicon().function_words
    words = [t.text for t in doc if t.is_alpha and len(t.text) > 2]
    if len(words) < 3:
        return False
    return all(w[0].isupper() or w.lower() in function_words for w in words)


def find_people(docs: list[Doc], offsets: list[int], text: str) -> ArticlePeople:
    """People of an article parsed as `docs` (sentence i at character `offsets[i]`)."""
    found = ArticlePeople()
    headlines = [is_title_case(doc) for doc in docs]
    for only_known in (False, True):
        for index, doc in enumerate(docs):
            if headlines[index] != only_known:
                continue
            for name in find_names(doc, offsets[index]):
                _add(found, doc, index, name, offsets[index], text, only_known)
    unnamed = slot_words(docs, found)
    known = known_words(found) | unnamed
    for index, doc in enumerate(docs):
        for name in known_names(found, known, doc, index, offsets[index]):
            _add(found, doc, index, name, offsets[index], text, name.key[-1] not in unnamed)
    _drop_bare(found)
    found.mentions.sort(key=lambda m: m.start)
    for mention in found.mentions:
        found.by_sentence.setdefault(mention.sentence, []).append(mention)
    return found


def _drop_bare(found: ArticlePeople) -> None:
    """A single word the recogniser called a person once, never named in full nor with a
    title or honorific, is no one the article introduces ('Lawn', 'Couple'): dropped."""
    bare = {
        key
        for key, person in found.people.items()
        if len(person.words) == 1
        and not person.titled
        and not person.courtesy
        and len(person.forms) < 2
    }
    if not bare:
        return
    for key in bare:
        del found.people[key]
    found.mentions = [m for m in found.mentions if m.person not in bare]
    found.at_token = {k: m for k, m in found.at_token.items() if m.person not in bare}


def _add(
    found: ArticlePeople,
    doc: Doc,
    index: int,
    name: NameSpan,
    offset: int,
    text: str,
    only_known: bool,
) -> None:
    words = name.key
    if not words or _is_family(found, words):
        return
    courtesy = _given_name_title(doc, name.first)
    given = len(words) == 1 and courtesy is not None
    title = find_title(doc, name, offset, text)
    head = doc[name.last]
    if title.title is None and head.dep_ == "conj":
        shared = found.plural_titles.get((index, head.head.i))
        title = shared or title  # 'foreign ministers X and Y': Y is one too
    if title.plural:
        found.plural_titles[(index, head.i)] = title
    office = title.title.office if title.title else None
    key = _alias_of(found, doc, index, name)
    if key is not None:
        for word in words:  # the alias's words name the person later too
            found.by_word.setdefault(word, set()).add(key)
        found.people[key].forms.append((name.start, name.end))
        _record(found, key, index, name)
        return
    key = _resolve_given(found, words[0], courtesy) if given else _resolve(found, words, office)
    if key is None:
        if only_known:
            return
        key = len(found.people) + 1
        found.people[key] = Person(key, name.text, words)
        found.index(found.people[key])
    person = found.people[key]
    if len(words) > len(person.words):
        person.name, person.words = name.text, words
        found.index(person)
    person.forms.append((name.start, name.end))
    if courtesy:
        person.courtesy.add(courtesy)
    said = _gender_before(doc, name.first)
    if said is not None and len(words) > 1:  # 'Mrs X' alone may be another X
        person.sexes.add(said)
        person.female = said if len(person.sexes) == 1 else None
    _apply_title(person, title)
    _record(found, key, index, name)


def _record(found: ArticlePeople, key: int, index: int, name: NameSpan) -> None:
    mention = Mention(key, index, name.first, name.last, name.start, name.end)
    found.mentions.append(mention)
    for token in range(name.first, name.last + 1):
        found.at_token[(index, token)] = mention


ALIAS_MARKS = (("known", "as"), ("aka",), ("alias",), ("nicknamed",), ("dubbed",))
"""Words between a name and another name for the same person ('X, also known as Y')."""


def _alias_of(found: ArticlePeople, doc: Doc, index: int, name: NameSpan) -> int | None:
    """The person named just before 'also known as' that `name` follows: one person."""
    before = tuple(t.lower_ for t in doc[max(0, name.first - 2) : name.first])
    marks = [mark for mark in ALIAS_MARKS if before[-len(mark) :] == mark]
    if not marks:
        return None
    at = name.first - len(marks[0])
    earlier = [m for m in found.mentions if m.sentence == index and m.last < at]
    if not earlier:
        return None
    last = max(earlier, key=lambda m: m.last)
    gap = doc[last.last + 1 : at]
    if any(t.pos_ in {"VERB", "AUX"} or t.lower_ in {"and", "or"} for t in gap):
        return None
    return last.person


FEMALE_RELATIONS = frozenset(
    {"wife", "mother", "daughter", "sister", "widow", "daughter-in-law", "lady"}
)
MALE_RELATIONS = frozenset({"husband", "father", "son", "brother", "son-in-law"})


def _gender_before(doc: Doc, first: int) -> bool | None:
    """What the words before a name say of the person's sex: an honorific ('Mrs', 'Mr'),
    a relation ('his wife', 'her husband', 'wife,'), else nothing."""
    lex = load_lexicon()
    for k in (first - 1, first - 2):
        if k < 0:
            break
        word = doc[k].lower_.rstrip(".")
        if word in lex.female_honorifics or word in FEMALE_RELATIONS:
            return True
        if word in lex.male_honorifics or word in MALE_RELATIONS:
            return False
        if word not in {",", "first"}:
            break
    return None


def _is_family(found: ArticlePeople, words: tuple[str, ...]) -> bool:
    """'the Obamas', 'the Bushes': a surname in the plural names a family, not a person."""
    if len(words) != 1 or not words[0].endswith("s"):
        return False
    word = words[0]
    return any(
        any(p.words[-1] == stem for p in found.having(stem))
        for stem in (word[:-1], word[:-2] if word.endswith("es") else "")
        if stem
    )


def _given_name_title(doc: Doc, first: int) -> str | None:
    """'King Nadir', 'Prince Karim': the title written before a name, if it is one that
    goes with given names."""
    if first == 0 or doc[first - 1].lower_ not in load_lexicon().given_name_titles:
        return None
    return doc[first - 1].lower_


def _resolve_given(found: ArticlePeople, word: str, courtesy: str | None) -> int | None:
    """The person of the article with this given name (the one given the same title, when
    several have it), else someone new."""
    matches = [p for p in found.having(word) if p.words[0] == word]
    titled = [p for p in matches if courtesy in p.courtesy]
    if len(titled) == 1:
        return titled[0].key
    return matches[0].key if len(matches) == 1 else None


def _resolve(found: ArticlePeople, words: tuple[str, ...], office: str | None) -> int | None:
    """The person these name words refer to, or None for someone new.

    A short form ('Vasko') shared by several fuller names refers to the first of them the
    article introduced (news names its principal first and tells the others apart by
    given name); a fuller name joins an earlier short form only when it keeps its surname
    and the short form came with no title, or with the same office ('President Vasko' is
    not 'Mira Vasko').
    """
    core = _core(words) or words
    candidates = found.having(core[-1])  # every match below shares this word
    exact = [p.key for p in candidates if p.words == words]
    if exact:
        return exact[0]
    fuller: list[int] = []
    shorter: list[int] = []
    for person in candidates:
        theirs = _core(person.words)
        if _is_subsequence(core, theirs):
            fuller.append(person.key)
        elif (
            _is_subsequence(theirs, core)
            and theirs[-1:] == core[-1:]
            and (not person.titled or (office is not None and person.office == office))
        ):
            shorter.append(person.key)
    if fuller:
        surname = [k for k in fuller if found.people[k].words[-1] == words[-1]]
        return (surname or fuller)[0]
    return shorter[0] if len(shorter) == 1 else None


def _core(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in {"al", "el", "bin", "ibn"})


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    if not short or len(short) > len(long):
        return False
    it = iter(long)
    return all(word in it for word in short)


def _apply_title(person: Person, found: TitleFound) -> None:
    title = found.title
    person.titled = person.titled or title is not None or found.counterpart
    if found.counterpart:
        person.counterpart = True
        person.counterpart_country = person.counterpart_country or found.counterpart_country
    if title is None:
        return
    if title.rank and person.rank is None:
        person.rank, person.rank_span = title.rank, title.rank_span
    if title.role and title.office and (person.office is None or person.role_basis is None):
        person.role, person.role_span, person.office = title.role, title.role_span, title.office
        person.role_basis = RoleBasis.STATED
    elif title.role and person.role is None and not found.counterpart:
        person.role, person.role_span = title.role, title.role_span
        person.role_basis = RoleBasis.STATED
    if title.country and person.country is None:
        person.country = title.country

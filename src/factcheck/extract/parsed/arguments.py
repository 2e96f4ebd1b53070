"""Who fills a frame's slots: the people a dependency argument names, and a verb's subject.

An argument names people through the mention it heads, its conjuncts ('A, B and C'), an
apposition ('his counterpart, X'), or a participle ('a delegation headed by X'). A verb
with no subject of its own takes the one it shares: the verb it is conjoined to, the verb
its infinitive or participle depends on, or the noun a relative clause qualifies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extract.parsed.names import is_title
from factcheck.extract.parsed.people import ArticlePeople, Person
from factcheck.extract.roles import parse_title
from factcheck.extract.tokens import tokenize
from factcheck.lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_DEPTH = 6
"""Steps an argument search may take through the tree: bounds every walk."""

RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
SUBJECT_PRONOUNS = frozenset({"he", "she"})
OBJECT_PRONOUNS = frozenset({"him", "her"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
MAX_TITLE = 14
TITLE_LINKS = frozenset({"of", "the", "and", "for", ".", "-", "'s", "’s"})
LIST_PREPOSITIONS = frozenset({"including", "like", "among"})
"""'leaders, including X and Y': the people a group word stands for."""
OBJECT_DEPS = frozenset({"pobj", "dobj", "poss", "dative", "attr", "compound"})
SHARED_SUBJECT = frozenset({"conj", "xcomp", "advcl", "pcomp", "acl"})


@dataclass
class Context:
    """What argument search needs of the sentence being read."""

    people: ArticlePeople
    sentence: int
    previous_subject: int | None = None
    previous_event: tuple[int, ...] = ()
    """The people of the last event told before this sentence: 'the two leaders'."""


def people_of(token: Token, ctx: Context, depth: int = 0) -> list[int]:
    """Person keys an argument token names, in text order, without repeats."""
    if depth > MAX_DEPTH:
        return []
    found: list[int] = []
    mention = ctx.people.mention_at(ctx.sentence, token.i)
    lower = token.lower_
    titled = _titled_person(token, ctx) if mention is None and is_title(token) else None
    if mention is not None:
        found.append(mention.person)
    elif lower in SUBJECT_PRONOUNS | OBJECT_PRONOUNS | POSSESSIVE_PRONOUNS:
        antecedent = _antecedent(token, ctx)
        if antecedent is not None:
            found.append(antecedent)
    elif lower == "their" and len(ctx.previous_event) >= 2:
        found.extend(ctx.previous_event)  # 'their meeting': the pair just told
    elif titled is not None:
        found.extend(people_of(titled, ctx, depth + 1))  # with its conjuncts
    elif (described := described_person(token, ctx)) is not None:
        found.append(described)
    elif (follower := _successor(token, ctx)) is not None:
        found.append(follower)
    elif _is_pair(token) and len(ctx.previous_event) >= 2:
        found.extend(ctx.previous_event)
    else:
        for child in token.children:
            # 'his counterpart, X': an apposition names the person; a name that only
            # modifies another noun ('the X administration') does not
            if child.dep_ == "appos" or (
                child.dep_ in {"compound", "nmod"} and (is_title(token) or child.i > token.i)
            ):
                found.extend(people_of(child, ctx, depth + 1))
            elif child.dep_ == "acl" and child.lemma_ in {"head", "lead"}:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        found.extend(objects_of_preposition(agent, ctx, depth + 1))
    for child in token.children:
        if child.dep_ == "conj" or (child.dep_ == "nmod" and mention is not None):
            found.extend(people_of(child, ctx, depth + 1))
        elif child.dep_ == "prep" and child.lower_ in LIST_PREPOSITIONS:
            found.extend(objects_of_preposition(child, ctx, depth + 1))
    return _unique(found)


def _titled_person(token: Token, ctx: Context) -> Token | None:
    """The head of the name a title phrase stands before ('Chief of Staff of the Armed
    Forces Maj. Gen. X' parsed with X deep inside it)."""
    doc = token.doc
    for i in range(token.i + 1, min(len(doc), token.i + MAX_TITLE)):
        mention = ctx.people.mention_at(ctx.sentence, i)
        if mention is not None:
            return doc[mention.last]
        if not (is_title(doc[i]) or doc[i].lower_ in TITLE_LINKS):
            return None
    return None


def _antecedent(pronoun: Token, ctx: Context) -> int | None:
    """Who 'he', 'his' or 'him' refers to: the subject named last before it in its own
    sentence ('X is in Tehran, he met Y'), else the last sentence's subject."""
    doc = pronoun.doc
    if pronoun.dep_ in {"dobj", "dative", "pobj"}:
        return _object_antecedent(pronoun, ctx)
    for mention in reversed(ctx.people.by_sentence.get(ctx.sentence, [])):
        if mention.last >= pronoun.i or not _agrees(pronoun, mention.person, ctx):
            continue
        if doc[mention.last].dep_ in {"nsubj", "nsubjpass"} and pronoun.lower_ != "him":
            return mention.person
    previous = ctx.previous_subject
    return previous if previous is not None and _agrees(pronoun, previous, ctx) else None


def _agrees(pronoun: Token, person: int, ctx: Context) -> bool:
    """False when the pronoun's sex is not the one the article gives the person ('he' for
    someone called 'Mrs' or 'his wife'); true when either is unknown."""
    female = ctx.people.people[person].female if person in ctx.people.people else None
    if female is None:
        return True
    said = pronoun.lower_
    if said in {"he", "him", "his"}:
        return not female
    if said in {"she", "her", "hers"}:
        return female
    return True


def _object_antecedent(pronoun: Token, ctx: Context) -> int | None:
    """Who an object pronoun ('invited her', 'with him') refers to: never its own clause's
    subject, so the person named last before it in its sentence who is not that subject
    ('The office of X said Y had invited her': X), else the last sentence's subject."""
    verb = pronoun.head
    while verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head
    own = set(subjects_of(verb, ctx, MAX_DEPTH - 2)) if verb.pos_ in {"VERB", "AUX"} else set()
    for mention in reversed(ctx.people.by_sentence.get(ctx.sentence, [])):
        if (
            mention.last < pronoun.i
            and mention.person not in own
            and _agrees(pronoun, mention.person, ctx)
        ):
            return mention.person
    previous = ctx.previous_subject
    if previous is None or previous in own or not _agrees(pronoun, previous, ctx):
        return None
    return previous


def _is_pair(token: Token) -> bool:
    """'the two leaders', 'both ministers', 'the two sides': the parties just named."""
    if token.tag_ != "NNS":
        return False
    return any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in {"det", "predet"} and c.lower_ == "both")
        for c in token.children
    )


def described_person(token: Token, ctx: Context) -> int | None:
    """The one person of the article a definite description names: 'the Saudi minister',
    'the Iranian leader', 'the president-elect' (office and country read by the lexicon;
    'leader' stands for any head of state or government)."""
    if token.tag_ in {"NNS", "NNPS"} or not is_title(token):
        return None
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ == "poss" and c.ent_type_ == "GPE" for c in children
    ):
        return None
    doc = token.doc
    first = token.left_edge.i
    words = tokenize(doc.text[doc[first].idx : token.idx + len(token.text)])
    title = parse_title(words, doc.text[doc[first].idx : token.idx + len(token.text)])
    lex = load_lexicon()
    offices = set(lex.description_heads.get(token.lower_, ()))
    if title is not None and title.office:
        offices = {title.office}
    elif token.lower_ == "minister":  # 'the Saudi minister': whichever ministry is theirs
        offices = {
            p.office for p in ctx.people.people.values() if p.office and "minister" in p.office
        }
    if not offices:
        return None
    country = title.country if title else None
    found = [
        p
        for p in ctx.people.people.values()
        if p.office in offices and (country is None or p.country in {None, country})
    ]
    return _dominant(found)


DOMINANCE = 3
"""'The president' where two presidents are named is the one the article names this many
times as often as any other (the one it is about; a former one is mentioned in passing)."""


def _dominant(found: list[Person]) -> int | None:
    if len(found) == 1:
        return found[0].key
    ranked = sorted(found, key=lambda p: len(p.forms), reverse=True)
    if len(ranked) > 1 and len(ranked[0].forms) >= DOMINANCE * len(ranked[1].forms):
        return ranked[0].key
    return None


SUCCESSION = {"successor": "{}_elect"}
"""Relational nouns naming who follows the possessor in office: the successor of an
office holder is the one elected to that office."""


def _successor(token: Token, ctx: Context) -> int | None:
    """'his successor': the one person elected to the office of the person 'his' is."""
    pattern = SUCCESSION.get(token.lower_)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if pattern is None or owner is None:
        return None
    holders = people_of(owner, ctx, MAX_DEPTH)
    if len(holders) != 1 or holders[0] not in ctx.people.people:
        return None
    office = ctx.people.people[holders[0]].office
    if office is None:
        return None
    wanted = pattern.format(office)
    found = [p.key for p in ctx.people.people.values() if p.office == wanted]
    return found[0] if len(found) == 1 else None


def objects_of_preposition(prep: Token, ctx: Context, depth: int = 0) -> list[int]:
    """People named by the objects of a preposition ('with X and Y', 'between A and B')."""
    found: list[int] = []
    for child in prep.children:
        if child.dep_ in {"pobj", "pcomp"}:
            named = people_of(child, ctx, depth + 1)
            if not named and child.pos_ == "NOUN":
                named = _closing_apposition(child, ctx)
            found.extend(named)
    return _unique(found)


def _is_clause_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.dep_ != "amod"


def _closing_apposition(noun: Token, ctx: Context) -> list[int]:
    """'with the leaders in Congress, X and Y.': names after the comma that closes a
    phrase naming no one, ending the sentence, are who the phrase means (the parser
    often hangs them on the verb)."""
    doc = noun.doc
    at = noun.right_edge.i + 1
    while at < len(doc) and doc[at].text != "," and not _is_clause_verb(doc[at]):
        at += 1  # over a phrase the parser hung elsewhere ('a player in his presidency')
    if at >= len(doc) or doc[at].text != ",":
        return []
    found: list[int] = []
    i = at + 1
    while i < len(doc):
        mention = ctx.people.mention_at(ctx.sentence, i)
        if mention is not None:
            if doc[mention.last].dep_ in {"nsubj", "nsubjpass"}:
                return []  # ', X said': the speaker
            found.append(mention.person)
            i = mention.last + 1
        elif is_title(doc[i]) or doc[i].lower_ in {"and", ",", "the"} or doc[i].tag_ == "NNP":
            i += 1
        else:
            break
    if i < len(doc) and doc[i].text not in {".", ";", "!"}:
        return []
    return found


def subjects_of(verb: Token, ctx: Context, depth: int = 0) -> list[int]:
    """People who are the subject of `verb`, its own or shared with a governing word."""
    if depth > MAX_DEPTH:
        return []
    found: list[int] = []
    for child in verb.children:
        if (
            child.dep_ in {"nsubj", "nsubjpass"}
            and child.lower_ in SUBJECT_PRONOUNS
            and verb.dep_ == "ccomp"
            and verb.head.pos_ == "VERB"
        ):
            reporter = subjects_of(verb.head, ctx, depth + 1)
            if reporter:  # 'X stated that he spoke with Y': he is X
                found.extend(reporter)
                continue
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in RELATIVE_PRONOUNS:
            if verb.dep_ == "relcl" and verb.head.i != verb.i:
                found.extend(people_of(verb.head, ctx, depth + 1))  # 'X, who met Y'
        elif child.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            named = people_of(child, ctx, depth + 1)
            found.extend(_stranded_conjunct(child, ctx) if named else [])
            found.extend(named)
    if found:
        return _unique(found)
    expletive = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    if expletive and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
        return subjects_of(verb.head, ctx, depth + 1)  # 'X said it was an honour to meet Y'
    if any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children):
        return []  # a subject that names no one ('the two sides met')
    head = verb.head
    if head.i == verb.i or verb.dep_ == "ROOT":
        return _nearest_before(verb, ctx)
    if verb.dep_ in {"relcl", "acl"} and head.dep_ == "attr" and head.head.pos_ == "AUX":
        return subjects_of(head.head, ctx, depth + 1)  # 'X was the first to visit Y'
    if verb.dep_ == "relcl":
        return people_of(head, ctx, depth + 1)
    if verb.dep_ in SHARED_SUBJECT:
        if head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            return subjects_of(head, ctx, depth + 1)
        return people_of(head, ctx, depth + 1) if verb.dep_ == "acl" else []
    return []


def _stranded_conjunct(subject: Token, ctx: Context) -> list[int]:
    """'After lunch, X and Vice President Y had ...': a name joined by 'and' to the
    subject (over the subject's title) is a subject too, where the parser hung it on a
    noun that names no one (here, 'lunch')."""
    doc = subject.doc
    i = subject.left_edge.i - 1
    while i > 0 and (is_title(doc[i]) or doc[i].text in {"-", "elect"}):
        i -= 1
    if i < 1 or doc[i].lower_ != "and":
        return []
    mention = ctx.people.mention_at(ctx.sentence, i - 1)
    if mention is None:
        return []
    head = doc[mention.last]
    if head.dep_ != "conj" or ctx.people.mention_at(ctx.sentence, head.head.i) is not None:
        return []
    if head.head.pos_ not in {"NOUN"}:
        return []
    return [mention.person]


def _nearest_before(verb: Token, ctx: Context) -> list[int]:
    """A main verb the parser gave no subject takes the person named last before it,
    when no other verb stands between them (a long apposition misparsed as a conjunct)."""
    doc = verb.doc
    for i in range(verb.i - 1, -1, -1):
        if doc[i].text in {";", ":"}:
            return []
        mention = ctx.people.mention_at(ctx.sentence, i)
        if mention is not None and doc[mention.last].dep_ not in OBJECT_DEPS:
            return [mention.person]
    return []


def partners_of(word: Token, ctx: Context, prepositions: frozenset[str]) -> list[int]:
    """People joined to `word` by a partner preposition ('with', 'between', 'alongside'),
    and those of a semicolon list that continues them ('with X; the secretary, Y; and Z')."""
    found: list[int] = []
    for child in word.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in prepositions:
            found.extend(objects_of_preposition(child, ctx))
            found.extend(_semicolon_list(child, ctx))
    return _unique(found)


def _semicolon_list(prep: Token, ctx: Context) -> list[int]:
    """People named after a ';' that ends a partner phrase, up to the next verb."""
    doc = prep.doc
    after = prep.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ";":
        return []
    found: list[int] = []
    for i in range(after + 1, len(doc)):
        if doc[i].pos_ == "VERB":
            break
        mention = ctx.people.mention_at(ctx.sentence, i)
        if mention is not None:
            found.append(mention.person)
    return found


def _unique(keys: list[int]) -> list[int]:
    seen: set[int] = set()
    out = []
    for key in keys:
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out

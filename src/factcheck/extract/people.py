"""Person mentions in one article: names with their titles, and in-article coreference.

A person is found from a title chain ('Jordanian Defence Minister Omar Khalil Saleh'), an
appositive ('Omar Khalil Saleh, Jordan's Defense Minister,'), 'his Iraqi counterpart, X',
or a known given name. Later references ('General Saleh', 'Saleh', 'the Jordanian defence
minister', 'He') are linked back to the person introduced earlier.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace
from operator import itemgetter

from factcheck.extract.mentions import MentionIndex, PersonRecord, Ref, RefKind
from factcheck.extract.name_runs import (
    counterpart_before,
    governor_of,
    is_bare_calendar_surname,
    is_calendar_surname,
    is_credit,
    is_name_word,
    left_chain,
    name_runs,
    right_appositive,
)
from factcheck.extract.roles import Title, is_chain_token, parse_title
from factcheck.extract.tokens import Sentence, Token, normalise_token
from factcheck.lexicon import Lexicon, load_lexicon
from factcheck.model import RoleBasis
from factcheck.names import fold_token, is_surname_variant
from factcheck.names.normalize import particles
from factcheck.offices import office_label, offices_compatible

__all__ = ["MentionIndex", "PersonRecord", "Ref", "RefKind", "find_people", "governing_words"]

_PRONOUNS = frozenset({"he", "she"})


_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "able", "ible")
"""Endings of English adjectives, not of given names: 'Victorious Berg' is no full name."""

_SUCCESSION = {"successor": "after", "predecessor": "before"}
"""Relation nouns naming who holds an office after or before the owner of 'his'."""

_AFTER_TITLE = frozenset({"then"})
"""Chain words that may follow a description without being part of it."""

_NOT_BEFORE_SURNAME = frozenset({"the", "a", "an", "'s", "of"})
"""Words before a capitalised word that make it something other than a person's surname."""


class _Builder:
    """Collects records and references for one article."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self.lex = load_lexicon()
        self.people: dict[int, PersonRecord] = {}
        self._by_initial: dict[str, list[int]] = {}  # surname initial -> record keys, in order
        self._pending_counterparts: list[tuple[int, int, int]] = []  # (person, sentence, token)
        self.refs: dict[int, list[Ref]] = {}
        self.covered: set[int] = set()
        self._keys = itertools.count()
        words: set[str] = set()
        self.capitalised: list[list[int]] = []  # per sentence: where a name may stand
        for sentence in sentences:
            words.update(map(itemgetter(0), sentence.tokens))
            self.capitalised.append([i for i, t in enumerate(sentence.tokens) if t.is_capitalised])
        self.lowercase_words = frozenset(map(normalise_token, filter(str.islower, words)))
        self.titled_surnames = self._titled_surnames()

    def build(self) -> MentionIndex:
        for sentence in self.sentences:
            self._named(sentence)
        self._merge_surname_only()
        for sentence in self.sentences:
            self._bare_surnames(sentence)
        self._infer_counterparts()  # 'his Iranian counterpart': 'the Iranian minister' later
        for sentence in self.sentences:
            self._descriptions(sentence)
        self._successions()
        self._pronouns()
        self._infer_counterparts()  # 'He ... his Omani counterpart X': 'his' is now known
        for refs in self.refs.values():
            refs.sort(key=lambda r: r.start)
        return MentionIndex(self.people, self.refs)

    def _add_ref(
        self, sentence: Sentence, first: int, last: int, person: int, kind: RefKind
    ) -> None:
        tokens = sentence.tokens
        ref = Ref(
            person,
            sentence.index,
            first,
            last,
            tokens[first].start,
            tokens[last].end,
            kind,
            governor_of(tokens, first),
        )
        self.refs.setdefault(sentence.index, []).append(ref)
        self.covered.update(range(tokens[first].start, tokens[last].end))

    def _named(self, sentence: Sentence) -> None:
        tokens = sentence.tokens
        for first, last in name_runs(sentence, self.lex, self.lowercase_words):
            if tokens[first].start in self.covered or is_credit(tokens, first, self.lex):
                continue
            if tuple(t.norm for t in tokens[first : last + 1]) in self.lex.cities:
                continue  # 'in Abu Dhabi': a city of two name-like words
            chain_start = left_chain(tokens, first)
            # a title touches the name: 'governor of Ohio' gives Ohio no office
            adjacent = first > 0 and (
                tokens[first - 1].norm not in self.lex.connector_words
                or (tokens[first - 1].norm == "'s" and chain_start < first - 1)  # 'Egypt's X'
            )
            title = (
                parse_title(tokens[chain_start:first], self.text)
                if chain_start < first and adjacent
                else None
            )
            run = [t for t in tokens[first : last + 1] if t.is_word]
            if len(run) >= 3 and self._is_other_surname(run):
                # 'Anna Berg Moss' in a run-on caption: Moss, another's surname, is left for
                # the next reference (before the appositive is read, so the span ends at Berg)
                last = next(k for k in range(last - 1, first - 1, -1) if tokens[k].is_word)
                run = run[:-1]
            appositive, app_end = right_appositive(tokens, last, self.text)
            if title is None and appositive is None:
                appositive = self._title_before_comma(tokens, first)
            has_counterpart, cp_country = counterpart_before(
                tokens, chain_start if title else first
            )
            gender = _gender(tokens, first, title, self.lex)
            record = self._match(run, title.office if title else None, gender)
            given = tokens[first].norm in self.lex.given_names and last > first
            related = last > first and (
                self._after_relation_noun(tokens, first)
                or self._coordinated(sentence, first)
                or (
                    fold_token(tokens[last].text) in self.titled_surnames
                    and tokens[first].norm not in self.lowercase_words
                    and not tokens[first].norm.endswith(_ADJECTIVE_ENDINGS)
                )
            )
            titled = title is not None and (
                title.rank or title.role or title.honorific or (title.country and last > first)
            )
            if not (titled or appositive or has_counterpart or given or related or record):
                continue
            if record is None:
                record = self._register(PersonRecord(next(self._keys), run))
            elif len(run) > len(record.tokens):
                initial = record.folded[-1][:1]
                record.rename(run)
                if record.folded[-1][:1] != initial:
                    self._by_initial.setdefault(record.folded[-1][:1], []).append(record.key)
            start = title.start if titled and title else tokens[first].start
            record.forms.append((start, tokens[last].end))
            record.gender = record.gender or gender
            record.absorb(title if titled else None)
            record.absorb(appositive)
            if has_counterpart and record.counterpart_of is None:
                owner = self._last_person_before(sentence, tokens[first].start)
                if owner is None:  # 'Speaking with his counterpart Y, X said': 'his' is X
                    self._pending_counterparts.append((record.key, sentence.index, last))
                record.counterpart_of = owner
                record.counterpart_country = cp_country
            ref_first = first
            if titled and title:
                ref_first = next(
                    i for i in range(chain_start, first) if tokens[i].start == title.start
                )
            if ref_first < first:
                ref_first = self._organisation_before(tokens, ref_first)
            self._add_ref(sentence, ref_first, max(last, app_end), record.key, RefKind.NAME)

    def _organisation_before(self, tokens: tuple[Token, ...], title_first: int) -> int:
        """Start of the organisation that qualifies a title ('Palestinian Islamic Jihad
        leader X', 'Hamas political bureau chief X'): capitalised words just before it that
        no one's name covers; the reference starts there, so its governor is the word
        before ('met Y and Palestinian Islamic Jihad leader X')."""
        k = title_first
        while (
            k > 0
            and title_first - k < 4
            and tokens[k - 1].is_capitalised
            and tokens[k - 1].is_word
            and tokens[k - 1].norm not in self.lex.function_words  # 'on Monday', 'The'
            and tokens[k - 1].start not in self.covered
        ):
            k -= 1
        # stopped by a lower-case word or 'The': an organisation; by a name or the length
        # limit: capitalised text runs on (a caption), and the title stands alone
        stop = tokens[k - 1] if k > 0 else None
        clear = stop is None or not stop.is_capitalised or stop.norm in self.lex.function_words
        return k if clear else title_first

    def _match(
        self, run: list[Token], office: str | None = None, gender: str | None = None
    ) -> PersonRecord | None:
        """The person a name refers to: the same name, a shorter or fuller form of it, or
        (for a surname alone) the person of that surname whose office agrees, else the one
        introduced first: news names a relative by given name, not by the shared surname."""
        folded = [fold_token(t.text) for t in run]
        dropped = particles()
        folded = [t for t in folded if t not in dropped] or folded
        if len(folded) > 1 and len(folded[-1]) == 1:
            # 'Karl J and Ilse Brenner': a name cut after an initial is a fuller one's start
            fuller = [
                r
                for r in self.people.values()
                if len(r.folded) > len(folded) and r.folded[: len(folded)] == folded
            ]
            if len(fuller) == 1:
                return fuller[0]
        candidates: list[PersonRecord] = []
        initial = folded[-1][:1]
        for key in self._by_initial.get(initial, ()):  # the rules below need alike initials
            record = self.people.get(key)
            if record is None or record.folded[-1][:1] != initial:
                continue
            known = record.folded
            if folded == known:
                return record
            surname_only = len(folded) == 1 and is_surname_variant(folded[0], known[-1])
            shorter_or_fuller = (
                len(folded) > 1
                and len(known) > 1  # a surname-only record waits for _merge_surname_only
                and folded[-1] == known[-1]
                and (_is_subsequence(folded, known) or _is_subsequence(known, folded))
            )
            if surname_only or shorter_or_fuller:
                candidates.append(record)
        return _pick(candidates, office, gender)

    def _register(self, record: PersonRecord) -> PersonRecord:
        self.people[record.key] = record
        self._by_initial.setdefault(record.folded[-1][:1], []).append(record.key)
        return record

    def _is_other_surname(self, run: list[Token]) -> bool:
        """'John Moss Berg' in a caption: the last word is another person's surname."""
        tail = fold_token(run[-1].text)
        head = [fold_token(t.text) for t in run[:-1]]
        if len(head[-1]) == 1:
            return False  # 'Omar J Khalil': a middle initial, one name
        return any(
            r.folded[-1] == tail and r.folded != [*head, tail] and len(r.folded) > 1
            for r in self.people.values()
        )

    def _last_person_before(self, sentence: Sentence, offset: int) -> int | None:
        earlier = [r for r in self.refs.get(sentence.index, []) if r.start < offset]
        return min(earlier, key=lambda r: r.start).person if earlier else None

    def _merge_surname_only(self) -> None:
        """'President X' joins the full name of that surname whose office and gender do not
        contradict it: the one holding the same office, else the first introduced."""
        for record in list(self.people.values()):
            if len(record.tokens) != 1:
                continue
            fuller = [
                r
                for r in self.people.values()
                if len(r.tokens) > 1
                and is_surname_variant(record.folded[-1], r.folded[-1])
                and not (
                    record.office and r.office and not offices_compatible(record.office, r.office)
                )
                and not (record.gender and r.gender and record.gender != r.gender)
            ]
            agreeing = [
                r
                for r in fuller
                if record.office and r.office and offices_compatible(record.office, r.office)
            ]
            if record.office and not agreeing:
                # 'President X' beside a full 'Anna X' of no known office: as likely a
                # relative as the same person; identity across articles decides (by office)
                continue
            if agreeing or fuller:
                self._absorb_record(record, (agreeing or fuller)[0])
            elif self._given_name_titled(record):
                # 'Prince Faisal': the one person of the article whose given name it is
                given = [
                    r
                    for r in self.people.values()
                    if len(r.tokens) > 1 and r.folded[0] == record.folded[0]
                ]
                if len(given) == 1:
                    self._absorb_record(record, given[0])

    def _given_name_titled(self, record: PersonRecord) -> bool:
        """Whether a one-word name was written after a title used with given names."""
        return any(
            self.text[start:end].split(" ", 1)[0].lower() in self.lex.given_name_titles
            for start, end in record.forms
        )

    def _absorb_record(self, record: PersonRecord, target: PersonRecord) -> None:
        target.forms.extend(record.forms)
        if target.office is None and record.office:
            target.role, target.role_span, target.office = (
                record.role,
                record.role_span,
                record.office,
            )
            target.role_basis = record.role_basis
        if target.rank is None:
            target.rank, target.rank_span = record.rank, record.rank_span
        target.country = target.country or record.country
        target.gender = target.gender or record.gender
        for refs in self.refs.values():
            refs[:] = [replace(r, person=target.key) if r.person == record.key else r for r in refs]
        del self.people[record.key]

    def _bare_surnames(self, sentence: Sentence) -> None:
        by_initial: dict[str, list[tuple[PersonRecord, str]]] | None = None
        plurals: set[str] = set()
        for index in self.capitalised[sentence.index]:
            token = sentence.tokens[index]
            if token.start in self.covered:
                continue
            if by_initial is None:  # the people known as the sentence starts, once needed
                by_initial = {}
                for r in self.people.values():  # a surname variant keeps its initial
                    by_initial.setdefault(r.folded[-1][:1], []).append((r, r.folded[-1]))
                plurals = {r.folded[-1] + "s" for r in self.people.values()}
            if not (
                is_name_word(token, self.lex)
                or is_calendar_surname(sentence.tokens, index, self.lex)
                or is_bare_calendar_surname(sentence.tokens, index, self._full_surnames)
            ):
                continue
            folded = fold_token(token.text)
            if folded in plurals:
                continue  # 'the Bergs': a family, not one person
            matches = [
                r
                for r, surname in by_initial.get(folded[:1], ())
                if is_surname_variant(folded, surname)
            ]
            if not matches:
                matches = self._by_given_name(sentence, index, folded)
            if not matches and self._is_relative(sentence, index):
                relative = self._register(PersonRecord(next(self._keys), [token]))
                matches = [relative]
            if matches:
                record = _pick(matches, None, None) or matches[0]
                record.forms.append((token.start, token.end))
                self._add_ref(sentence, index, index, record.key, RefKind.NAME)

    def _full_surnames(self) -> set[str]:
        """Surnames of the people named with more than one word."""
        return {r.folded[-1] for r in self.people.values() if len(r.tokens) > 1}

    def _titled_surnames(self) -> frozenset[str]:
        """Surnames the article uses alone, after an honorific or office ('Mrs Berg',
        'President Saleh') or bare ('Berg said'), as news does with a person named before:
        a full name ending in one of them is a person's, wherever it stands."""
        lead = self.lex.honorifics | self.lex.office_head_words
        titled: set[str] = set()
        bare: Counter[str] = Counter()
        for sentence in self.sentences:
            tokens = sentence.tokens
            names = {
                k for k in self.capitalised[sentence.index] if is_name_word(tokens[k], self.lex)
            }
            for k in sorted(names):
                if k + 1 in names:
                    continue
                before = tokens[k - 1].norm if k else ""
                if before in lead:
                    titled.add(fold_token(tokens[k].text))
                elif k - 1 not in names and before not in _NOT_BEFORE_SURNAME:
                    bare[fold_token(tokens[k].text)] += 1  # 'the Cubs' is a team, not a person
        return frozenset(titled | {w for w, n in bare.items() if n >= 2})

    def _title_before_comma(self, tokens: tuple[Token, ...], first: int) -> Title | None:
        """'The Iraqi prime minister, Omar Saleh, said': an office set off by a comma just
        before the name."""
        if first < 2 or tokens[first - 1].text != ",":
            return None
        start = left_chain(tokens, first - 1)
        if start >= first - 1:
            return None
        if tokens[start].norm != "the" and (start == 0 or tokens[start - 1].norm != "the"):
            return None  # 'Saudi crown prince, X discuss ...': a headline's list, no appositive
        title = parse_title(tokens[start : first - 1], self.text)
        return title if title is not None and title.role is not None else None

    def _coordinated(self, sentence: Sentence, first: int) -> bool:
        """'Anna Berg and Omar Saleh': a full name joined by 'and' to a person just named."""
        tokens = sentence.tokens
        if first < 2 or tokens[first - 1].norm != "and":
            return False
        return any(r.last == first - 2 for r in self.refs.get(sentence.index, []))

    def _after_relation_noun(self, tokens: tuple[Token, ...], first: int) -> bool:
        """'his son-in-law, Omar Saleh' / 'Berg's wife Anna Lund': a relation noun before."""
        k = first - 1
        if k >= 0 and tokens[k].text == ",":
            k -= 1
        return k >= 0 and tokens[k].norm in self.lex.relation_nouns

    def _is_relative(self, sentence: Sentence, index: int) -> bool:
        """'his wife, Anna' / 'Berg's wife Anna': a name right after a relation noun."""
        return self._after_relation_noun(sentence.tokens, index)

    def _by_given_name(self, sentence: Sentence, index: int, folded: str) -> list[PersonRecord]:
        """'Ilse and Anna': a lone given name of exactly one person of the article,
        standing alone (not the start of another name)."""
        tokens = sentence.tokens
        if index + 1 < len(tokens) and is_name_word(tokens[index + 1], self.lex):
            return []
        found = [r for r in self.people.values() if len(r.folded) > 1 and r.folded[0] == folded]
        return found if len(found) == 1 else []

    def _descriptions(self, sentence: Sentence) -> None:
        """'the Syrian defence minister' -> the one person of the article with that office."""
        tokens = sentence.tokens
        if "the" not in sentence.vocabulary or not self.people:
            return
        i = _next_the(tokens, 0)
        while i < len(tokens):
            if tokens[i].norm != "the" or tokens[i].start in self.covered:
                i = _next_the(tokens, i + 1)
                continue
            chain = i + 1  # 'the visiting Iranian minister': adjectives, then the title
            while chain < len(tokens) and tokens[chain].norm in self.lex.description_adjectives:
                chain += 1
            k = chain
            while (
                k < len(tokens)
                and is_chain_token(tokens[k])
                and tokens[k].start not in self.covered
            ):
                k += 1
            if k == chain or (k < len(tokens) and is_name_word(tokens[k], self.lex)):
                i = _next_the(tokens, i + 1)
                continue
            # 'the Iranian diplomat then met': a chain word may end the chain but not the title
            last = k - 2 if k - 1 > chain and tokens[k - 1].norm in _AFTER_TITLE else k - 1
            person = self._described(tokens[chain : last + 1])
            if person is not None:
                self._add_ref(sentence, i, last, person, RefKind.DESCRIPTION)
            i = k

    def _successions(self) -> None:
        """'X congratulated his successor': the person the article names as X's successor
        ('his successor Y'), else the one person holding the elected-but-not-yet-sworn
        form of X's office ('president' -> 'president_elect'); 'his predecessor' the
        other way round."""
        found: list[tuple[Sentence, int, int, str]] = []  # sentence, 'his', owner, relation
        named: dict[tuple[int, str], int] = {}  # (owner, relation) -> person named so
        for sentence in self.sentences:
            if sentence.vocabulary.isdisjoint(_SUCCESSION):
                continue
            tokens, refs = sentence.tokens, self.refs.get(sentence.index, [])
            for k in range(1, len(tokens)):
                relation = _SUCCESSION.get(tokens[k].norm)
                if relation is None or tokens[k - 1].norm not in {"his", "her"}:
                    continue
                earlier = [r for r in refs if r.last < k - 1]
                if not earlier:
                    continue
                owner = earlier[-1].person
                following = next((r for r in refs if r.first == k + 1), None)
                if following is not None:
                    named.setdefault((owner, relation), following.person)
                else:
                    found.append((sentence, k - 1, owner, relation))
        for sentence, his, owner, relation in found:
            person = named.get((owner, relation), self._elected(owner, relation))
            if person is not None and person != owner:
                self._add_ref(sentence, his, his + 1, person, RefKind.DESCRIPTION)

    def _elected(self, owner: int, relation: str) -> int | None:
        """The one person whose office is the owner's with '_elect' added ('after') or
        taken away ('before')."""
        record = self.people.get(owner)
        if record is None or record.office is None:
            return None
        base = record.office.removesuffix("_elect")
        wanted = f"{base}_elect" if relation == "after" else base
        holders = [r.key for r in self.people.values() if r.office == wanted]
        return holders[0] if len(holders) == 1 and wanted != record.office else None

    def _described(self, chain: tuple[Token, ...]) -> int | None:
        """The person a title chain after 'the' describes, or None."""
        title = parse_title(chain, self.text)
        if title and title.office:
            return self._holder_of(title.office, title.country)
        if title and title.role and title.country:
            # 'the Iranian minister': the one minister of that country the article names
            return self._holder_of_head(chain[-1].norm, title.country)
        return None

    def _holder_of(self, office: str, country: str | None) -> int | None:
        """The person 'the <office>' refers to: the only holder named, or the one the
        article mentions most; None when that is tied."""
        found = [
            r
            for r in self.people.values()
            if r.office == office and (country is None or r.country in (None, country))
        ]
        found.sort(key=lambda r: -len(r.forms))
        if len(found) > 1 and len(found[0].forms) == len(found[1].forms):
            return None
        return found[0].key if found else None

    def _holder_of_head(self, head: str, country: str) -> int | None:
        """The one person of `country` whose office ends in `head` ('minister') or is one
        the head stands for ('leader': president, king, ...)."""
        offices = self.lex.description_heads.get(head, frozenset())
        found = [
            r.key
            for r in self.people.values()
            if r.office
            and (r.office in offices or r.office.split("_")[-1] == head)
            and r.country == country
        ]
        return found[0] if len(found) == 1 else None

    def _infer_counterparts(self) -> None:
        """'his Iranian counterpart' holds the same office as 'his' owner, in another country."""
        for key, index, after in self._pending_counterparts:
            # the owner named after: the first person later in the sentence, not governed;
            # else a pronoun before ('where he will meet his Omani counterpart X')
            refs = [r for r in self.refs.get(index, []) if r.person != key]
            later = [r for r in refs if r.first > after and r.governor not in governing_words()]
            earlier = [r for r in refs if r.last < after and r.kind is RefKind.PRONOUN]
            record = self.people.get(key)
            if record is not None and record.counterpart_of is None and (later or earlier):
                found = min(later, key=lambda r: r.start) if later else earlier[-1]
                record.counterpart_of = found.person
        for record in self.people.values():
            owner = (
                self.people.get(record.counterpart_of)
                if record.counterpart_of is not None
                else None
            )
            if record.counterpart_country and record.country is None:
                record.country = record.counterpart_country
            if owner is None or owner.office is None or record.office is not None:
                continue
            demonym = _demonym(record.counterpart_country, self.lex)
            record.office = owner.office
            record.role = f"{office_label(owner.office)} (inferred: {demonym} counterpart)".replace(
                "  ", " "
            ).replace("( ", "(")
            record.role_basis = RoleBasis.INFERRED

    def _pronouns(self) -> None:
        """'He' opening a sentence refers to the subject of the sentence before."""
        salient: int | None = None
        for sentence in self.sentences:
            tokens = sentence.tokens
            first_word = next((i for i, t in enumerate(tokens) if t.is_word), None)
            refs = self.refs.get(sentence.index, [])
            if (
                first_word is not None
                and tokens[first_word].norm in _PRONOUNS
                and salient is not None
                and not any(r.first <= first_word <= r.last for r in refs)
            ):
                self._add_ref(sentence, first_word, first_word, salient, RefKind.PRONOUN)
                refs = self.refs[sentence.index]
            subjects = [r for r in refs if r.governor not in governing_words()]
            if subjects:
                salient = min(subjects, key=lambda r: r.start).person


def _next_the(tokens: tuple[Token, ...], start: int) -> int:
    """Index of the next 'the' from `start`, or len(tokens)."""
    for k in range(start, len(tokens)):
        if tokens[k].norm == "the":
            return k
    return len(tokens)


def governing_words() -> frozenset[str]:
    """Words after which a reference is an object, not the subject of its sentence."""
    return load_lexicon().verbs["governing_words"]


def _pick(
    candidates: list[PersonRecord], office: str | None, gender: str | None
) -> PersonRecord | None:
    """Among people sharing a surname: the one whose office agrees, else the first one
    introduced; never one whose office or gender contradicts the mention's title."""
    if gender:
        candidates = [r for r in candidates if r.gender in (None, gender)]
    if office:
        agreeing = [r for r in candidates if r.office == office]
        if agreeing:
            return agreeing[0]
        candidates = [r for r in candidates if r.office is None and len(r.tokens) == 1]
    ranked = [r for r in candidates if len(r.tokens) == 1] or candidates
    return ranked[0] if ranked else None


def _gender(tokens: tuple[Token, ...], first: int, title: Title | None, lex: Lexicon) -> str | None:
    """'f' or 'm' from an honorific or office written before the name, else None."""
    if title is None:
        return None
    words = {t.norm for t in tokens[max(0, first - 3) : first]}
    if words & lex.female_honorifics or title.office == "first_lady":
        return "f"
    if words & lex.male_honorifics:
        return "m"
    return None


def _demonym(country: str | None, lex: Lexicon) -> str:
    if country is None:
        return ""
    for key, iso in lex.demonyms.items():
        if iso == country:
            return " ".join(w.capitalize() for w in key)
    return country


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return len(short) < len(long) and all(any(x == y for y in it) for x in short)


def find_people(text: str, sentences: list[Sentence]) -> MentionIndex:
    """Find every person of an article and every reference to them."""
    return _Builder(text, sentences).build()

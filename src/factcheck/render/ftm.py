"""followthemoney entities as JSON lines, for Aleph, OpenSanctions-style and other FtM tools.

Articles become `Article` documents; people `Person` (every spelling a name or alias); each
office a person is given a `Position`, and the holding of it an `Occupancy` dated by the
accounts; each event an `Event` with `involved`, `date` and `location`; `Documentation` ties
an article to the events it reports and `Mention` to each name as it writes it. Entities are
built and validated by the followthemoney library, an optional extra (factcheck[ftm]).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from factcheck.errors import FormatError
from factcheck.model import Entity, Report, RoleBasis
from factcheck.render.base import RenderOptions
from factcheck.render.lookup import ReportIndex

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy

_NAMESPACE = "factcheck"


class _Account(NamedTuple):
    """One article giving a person an office: when, and in what words."""

    article: str
    date: str | None
    role: str
    stated: bool


class _Entities:
    """Entities in the order they are made, each made once per key."""

    def __init__(self) -> None:
        from followthemoney import model

        self._model = model
        self.made: dict[tuple[str, ...], EntityProxy] = {}

    def get(self, schema: str, *key: str) -> EntityProxy:
        """The entity of `schema` for `key`, made (with an id derived from the key) if new."""
        full = (schema, *key)
        if full not in self.made:
            proxy = self._model.make_entity(schema)
            proxy.make_id(_NAMESPACE, *full)
            self.made[full] = proxy
        return self.made[full]


def _check(proxy: EntityProxy) -> None:
    """Raise FormatError when the library finds the entity invalid or missing a required
    property; that would be a bug of this module, not of the input."""
    from followthemoney.exc import InvalidData

    missing = [p for p in proxy.schema.required if not proxy.get(p)]
    try:
        proxy.schema.validate(cast(Any, proxy.to_dict()))
    except InvalidData as exc:
        raise FormatError(f"ftm: invalid {proxy.schema.name} {proxy.id}: {exc}") from None
    if missing:
        raise FormatError(f"ftm: {proxy.schema.name} {proxy.id} lacks {', '.join(missing)}")


def _person(made: _Entities, entity: Entity) -> EntityProxy:
    """The Person of an entity, keyed by name and country (not by the report's own entity
    id, which numbers people in the order one run met them)."""
    return made.get("Person", entity.name, entity.country or "")


def _office_name(office: str) -> str:
    return office.replace("_", " ")


def render_ftm(report: Report, options: RenderOptions | None = None) -> str:
    """One FtM entity per line (JSON), articles first; ids derive from content, so a rerun
    on the same input gives the same ids."""
    try:
        made = _Entities()
    except ImportError:
        raise FormatError(
            "the ftm format needs the followthemoney library: pip install 'factcheck[ftm]'"
        ) from None
    index = ReportIndex(report)
    texts = options.articles if options else {}
    for article in report.articles:
        doc = made.get("Article", article.id)
        doc.add("name", article.id)
        doc.add("title", article.title)
        doc.add("publishedAt", article.published)
        doc.add("sourceUrl", article.url)
        doc.add("publisher", article.outlet)
        if article.id in texts:
            doc.add("bodyText", texts[article.id].text)
    for entity in report.people:
        person = _person(made, entity)
        person.add("name", entity.name)
        person.add("alias", sorted({m.name for m in entity.mentions} - {entity.name}))
        person.add("country", entity.country)
        for article_id, mentions in index.mentions_in_article(entity).items():
            doc = made.get("Article", article_id)
            person.add("proof", doc.id)
            for mention in mentions:
                named = made.get("Mention", article_id, entity.name, mention.name)
                named.add("document", doc.id)
                named.add("name", mention.name)
                named.add("resolved", person.id)
                named.add("detectedSchema", "Person")
                named.add("contextCountry", mention.country)
    _occupancies(report, index, made)
    for event in report.events:
        _event(event.id, index, made)
    for proxy in made.made.values():
        _check(proxy)
    return "".join(
        json.dumps(p.to_dict(), sort_keys=True, ensure_ascii=False) + "\n"
        for p in made.made.values()
    )


def _occupancies(report: Report, index: ReportIndex, made: _Entities) -> None:
    """A Position per office and country, an Occupancy per person and office, dated by the
    accounts that give it (the claim's date, else the article's)."""
    held: dict[tuple[str, str, str], list[_Account]] = defaultdict(list)
    for article in report.articles:
        mentions = [(c.when.date, p) for c in article.claims for p in c.people]
        mentions += [(None, p) for p in article.people]
        for date, person in mentions:
            entity_id = index.entity_of(article.id, person)
            if entity_id is None or not person.office:
                continue
            held[(entity_id, person.office, person.country or "")].append(
                _Account(
                    article=article.id,
                    date=date or article.published,
                    role=person.role or "",
                    stated=person.role_basis is not RoleBasis.INFERRED,
                )
            )
    for (entity_id, office, country), accounts in held.items():
        entity = index.entities[entity_id]
        holder = _person(made, entity)
        stated = sorted({a.role for a in accounts if a.role and a.stated})
        written = sorted({a.role for a in accounts if a.role})
        post = made.get("Position", office, country)
        post.add("name", _office_name(office))
        post.add("country", country or None)
        post.add("alias", stated)
        occupancy = made.get("Occupancy", entity.name, entity.country or "", office, country)
        occupancy.add("holder", holder.id)
        occupancy.add("post", post.id)
        occupancy.add("date", sorted({a.date for a in accounts if a.date}))
        occupancy.add("proof", [made.get("Article", a.article).id for a in accounts])
        occupancy.add("description", "as written: " + "; ".join(written) if written else None)
        holder.add("position", stated)


def _event(event_id: str, index: ReportIndex, made: _Entities) -> None:
    event = next(e for e in index.report.events if e.id == event_id)
    claims = [index.claims[c] for c in event.claims if c in index.claims]
    names = [index.entities[p].name for p in event.participants if p in index.entities]
    proxy = made.get("Event", *sorted(event.claims))
    proxy.add("name", f"{event.kind.value}: {' and '.join(names)}")
    proxy.add("summary", event.kind.value)
    proxy.add("date", event.date)
    proxy.add("location", event.where)
    for participant in event.participants:
        if participant in index.entities:
            proxy.add("involved", _person(made, index.entities[participant]).id)
    for claim in claims:
        doc = made.get("Article", claim.article)
        proxy.add("proof", doc.id)
        article = index.articles.get(claim.article)
        if article is not None:
            proxy.add("sourceUrl", article.url)
        link = made.get("Documentation", claim.article, proxy.id or "")
        link.add("document", doc.id)
        link.add("entity", proxy.id)
        link.add("role", f"reports this {event.kind.value}")
        link.add("date", claim.when.date)

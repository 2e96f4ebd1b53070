"""The pipeline on a Dask cluster: the same report as `factcheck.check`, computed by workers.

Needs the optional extra `factcheck[dask]`. The stages:

1. extraction, a `dask.bag` map over partitions of articles (one extractor per partition);
2. identity, the costly part of reconciliation: the distinct names are keyed
   (names.blocking), key counts tell which blocks are crowded, names are grouped by
   block key, and each block yields its candidate pairs, matched there by `match_names`;
3. the final merge, on the client: the matched pairs join people across blocks
   (union-find, strongest first, as in-process), then events, statements and conflicts,
   which are linear, are built by `reconcile` itself.

Every step is a pure function of its inputs, so the report is exactly the in-process one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster

from factcheck.extract import Extractor, ParseExtractor
from factcheck.ingest import load_articles
from factcheck.model import Article, Claim, Extraction, OfficeTerm, PersonMention, Report
from factcheck.names import NameMatch, match_names
from factcheck.names.blocking import (
    BLOCK_CAP,
    GroupKey,
    crowded_keys,
    group_keys,
    group_pairs,
    name_keys,
)
from factcheck.reconcile import reconcile


def connect(scheduler: str, workers: int = 2) -> Client:
    """A client of the scheduler at `scheduler` ('tcp://host:port'), or of a new
    `LocalCluster` of `workers` processes for 'local'."""
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        return Client(cluster)
    return Client(scheduler)


def _extract_partition(
    articles: Iterable[Article], extractor: Extractor | None
) -> list[Extraction]:
    """Extractions of one partition's articles, with one extractor for the partition."""
    chosen = extractor or ParseExtractor()
    return [chosen.extract(article) for article in articles]


def extract_distributed(
    articles: Sequence[Article], client: Client, extractor: Extractor | None = None
) -> list[Extraction]:
    """Every article's extraction, computed on the cluster, in the articles' order."""
    if not articles:
        return []
    parts = min(len(articles), 4 * max(1, len(client.nthreads())))
    bag = db.from_sequence(list(articles), npartitions=parts)
    found: list[Extraction] = client.compute(
        bag.map_partitions(_extract_partition, extractor)
    ).result()
    return found


def _strong_keys(name: str) -> list[str]:
    return [key for key in name_keys(name).tokens if key[0] in "sc"]


def _blocks_of(name: str, crowded: frozenset[str]) -> list[tuple[GroupKey, str]]:
    return [(group, name) for group in group_keys(name_keys(name), crowded)]


def _pairs_of_block(block: tuple[GroupKey, list[tuple[GroupKey, str]]]) -> list[tuple[str, str]]:
    group, members = block
    names = [name for _, name in members]
    keys_of = {name: name_keys(name) for name in names}
    return list(group_pairs(group, names, keys_of, BLOCK_CAP))


def _kept_match(pair: tuple[str, str]) -> tuple[tuple[str, str], NameMatch] | None:
    match = match_names(*pair)
    return (pair, match) if match.same or match.reason == "surname only" else None


def match_distributed(names: Iterable[str], client: Client) -> dict[tuple[str, str], NameMatch]:
    """The candidate pairs of `names` (names.blocking.candidate_pairs) that match_names
    keeps (the same, or a surname alone), computed block by block on the cluster."""
    distinct = sorted(set(names))
    if len(distinct) < 2:
        return {}
    parts = min(len(distinct), 4 * max(1, len(client.nthreads())))
    bag = db.from_sequence(distinct, npartitions=parts)
    counts: list[tuple[str, int]] = client.compute(
        bag.map(_strong_keys).flatten().frequencies()
    ).result()
    crowded = crowded_keys(dict(counts), BLOCK_CAP)
    blocks = bag.map(_blocks_of, crowded).flatten().groupby(lambda item: item[0], shuffle="tasks")
    pairs = blocks.map(_pairs_of_block).flatten().distinct()
    kept: list[Any] = client.compute(pairs.map(_kept_match)).result()
    return dict(found for found in kept if found is not None)


def check_distributed(
    *paths: str | Path,
    client: Client,
    extractor: Extractor | None = None,
    reference: Sequence[OfficeTerm] = (),
) -> Report:
    """Cross-check every article under `paths` on the cluster of `client`: the same report
    as `factcheck.check(*paths)`."""
    loaded = load_articles(*paths)
    extractions = extract_distributed(loaded.articles, client, extractor)
    claims: list[Claim] = []
    people: dict[str, tuple[PersonMention, ...]] = {}
    for article, extraction in zip(loaded.articles, extractions, strict=True):
        claims.extend(extraction.claims)
        people[article.id] = extraction.people
    names = {p.name for c in claims for p in c.people}
    names |= {p.name for found in people.values() for p in found}
    matches = match_distributed(names, client)
    return reconcile(claims, loaded.articles, loaded.skipped, people, reference, matches)

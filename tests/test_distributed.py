"""The Dask run gives exactly the in-process report, on a real LocalCluster of two workers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import check

pytest.importorskip("distributed")

from distributed import Client, LocalCluster

from factcheck.distributed import check_distributed, match_distributed
from factcheck.names import match_names
from factcheck.names.blocking import candidate_pairs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("g5", "mideast")]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as found,
    ):
        yield found


def _sorted_json(text: str) -> str:
    return json.dumps(json.loads(text), sort_keys=True)


def test_seeds_report_is_the_in_process_one(client: Client) -> None:
    paths = (SEEDS, FIXTURES / "identity")
    ours = check_distributed(*paths, client=client)
    assert _sorted_json(ours.model_dump_json()) == _sorted_json(check(*paths).model_dump_json())


def test_blocks_matched_on_the_cluster_are_the_in_process_pairs(client: Client) -> None:
    names = ["Ramon Dovani", "Ramon Dovanni", "Dovani", "Ramon Kestrel", "Karem Dost-Abadi"]
    names += ["Karem Dostabadi", "Tamir bin Hadun", "Tamir bin Hadun Al Varesh", "Kestrel"]
    kept = {
        pair
        for pair in candidate_pairs(names)
        if match_names(*pair).same or match_names(*pair).reason == "surname only"
    }
    found = match_distributed(names, client)
    assert set(found) == kept
    assert ("Karem Dost-Abadi", "Karem Dostabadi") in found


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_report_is_the_in_process_one(client: Client, corpus: Path) -> None:
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent")
    ours = check_distributed(corpus, client=client)
    assert _sorted_json(ours.model_dump_json()) == _sorted_json(check(corpus).model_dump_json())

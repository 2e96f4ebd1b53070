from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import Article, Report, render

followthemoney = pytest.importorskip("followthemoney", reason="the ftm extra is not installed")

from followthemoney.cli.util import binary_entities  # noqa: E402
from followthemoney.proxy import EntityProxy  # noqa: E402


def _entities(text: str) -> list[EntityProxy]:
    """Read the output with the library's own loader (as `ftm` commands read a stream)."""
    import io

    return list(binary_entities(io.BytesIO(text.encode("utf-8")), EntityProxy))


def _named(entities: list[EntityProxy], schema: str, name: str) -> EntityProxy:
    return next(e for e in entities if e.schema.name == schema and name in e.get("name"))


def test_seed_entities_load_and_link(seed_report: Report, seed_texts: list[Article]) -> None:
    entities = _entities(render(seed_report, "ftm", articles=seed_texts))
    by_id = {e.id: e for e in entities}
    assert len(by_id) == len(entities)  # ids unique
    person = _named(entities, "Person", "Mohammad Bagheri")
    assert person.get("alias") == ["Mohammad Baqeri"]
    assert person.get("country") == ["ir"]
    occupancies = [
        e for e in entities if e.schema.name == "Occupancy" and person.id in e.get("holder")
    ]
    posts = {by_id[o.get("post")[0]].get("name")[0] for o in occupancies}
    assert "defense minister" in posts
    chief = next(o for o in occupancies if "Chief of Staff" in o.get("description")[0])
    assert chief.get("date") == ["2024-03-18"]
    meeting = next(
        e for e in entities if e.schema.name == "Event" and person.id in e.get("involved")
    )
    assert meeting.get("date") == ["2024-03-18"]
    assert meeting.get("location") == ["Tehran"]
    reports = [
        e for e in entities if e.schema.name == "Documentation" and meeting.id in e.get("entity")
    ]
    assert {by_id[d.get("document")[0]].get("name")[0] for d in reports} == {
        "000_2c53edf1cfda06b0",
        "001_01a8f12677df87e8",
    }
    spellings = {
        m.get("name")[0]
        for m in entities
        if m.schema.name == "Mention" and person.id in m.get("resolved")
    }
    assert spellings == {"Mohammad Bagheri", "Mohammad Baqeri"}
    article = _named(entities, "Article", "001_01a8f12677df87e8")
    assert "Chief of Staff of the Iranian Armed Forces" in article.get("bodyText")[0]


def test_every_entity_passes_the_schema(outlet_report: Report) -> None:
    for entity in _entities(render(outlet_report, "ftm")):
        entity.schema.validate(entity.to_dict())  # type: ignore[arg-type]
        assert all(entity.get(p) for p in entity.schema.required)


def test_ids_are_stable_across_runs(seed_report: Report) -> None:
    assert render(seed_report, "ftm") == render(seed_report, "ftm")


def test_hostile_text_stays_json(hostile_report: Report, hostile_articles: list[Article]) -> None:
    lines = render(hostile_report, "ftm", articles=hostile_articles).splitlines()
    docs = [json.loads(line) for line in lines if '"Article"' in line]
    assert "<script>" in docs[0]["properties"]["bodyText"][0]  # data kept, as JSON text
    assert "sourceUrl" not in docs[0]["properties"]  # javascript: is no URL


def test_ftm_validate_accepts_the_output(seed_report: Report, tmp_path: Path) -> None:
    ftm = Path(sys.executable).with_name("ftm")
    if not ftm.exists() and shutil.which("ftm") is None:
        pytest.skip("the ftm command is not installed")
    source = tmp_path / "seeds.ftm.json"
    source.write_text(render(seed_report, "ftm"))
    done = subprocess.run(
        [str(ftm if ftm.exists() else "ftm"), "validate", "-i", str(source), "-o", "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(done.stdout.splitlines()) == len(source.read_text().splitlines())


def test_without_the_library_the_error_says_what_to_install(
    seed_report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import FormatError

    monkeypatch.setitem(sys.modules, "followthemoney", None)
    with pytest.raises(FormatError, match=r"factcheck\[ftm\]"):
        render(seed_report, "ftm")


def test_cli_writes_ftm(tmp_path: Path) -> None:
    from factcheck.cli import main
    from tests.conftest import SEEDS

    out = tmp_path / "seeds.ftm.json"
    assert main(["check", str(SEEDS), "--format", "ftm", "-o", str(out)]) == 0
    schemata = {e.schema.name for e in _entities(out.read_text())}
    assert schemata == {
        "Article",
        "Person",
        "Mention",
        "Position",
        "Occupancy",
        "Event",
        "Documentation",
    }

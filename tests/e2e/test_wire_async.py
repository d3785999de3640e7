"""The wire harness with ``--client async``: every call of the Heroku document and
of the body-kinds fixture goes through ``AsyncClient`` against Prism and is ``ok``, and on a
document that contradicts itself the async client gets exactly the verdicts the sync
client gets (ok, with the same spec_fault notes on the same calls)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wire_helpers import contradictions, prism, run_harness, table_rows  # noqa: F401

# The fixture with every body kind (JSON, form, multipart, raw) by default, and Heroku
# (every operation) with -m slow: the rest of test_wire's documents add time, not async
# code paths.
PASSING = ["fixture_bodies"]
MORE_PASSING = ["heroku"]


@pytest.mark.parametrize(
    "docs", [PASSING, pytest.param(MORE_PASSING, marks=pytest.mark.slow)], ids=["default", "more"]
)
def test_heroku_and_fixtures_every_async_call_ok(
    prism: Path, tmp_path: Path, docs: list[str]
) -> None:
    run, data = run_harness(
        tmp_path, "--client", "async", "--docs", "heroku", "fixtures", "--only", *docs,
        "--min-ok", "100",
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert data["failures"] == [] and data["skipped"] == []
    rows = table_rows(tmp_path)
    assert sorted(rows) == sorted(docs + ["TOTAL"])
    for doc, row in rows.items():
        assert int(row["ops"]) > 0 and row["ok"] == row["ops"], (doc, row)
    if "heroku" in docs:
        assert int(rows["heroku"]["ops"]) == 46


def _verdicts(data: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Each non-ok or noted call: its outcome, status and the cause its note names."""
    calls = [*data["failures"], *data["noted"]]
    return {
        f["operation_id"]: (f["outcome"], f["status"], f.get("note", "").split(":")[0])
        for f in calls
    }


def test_async_verdicts_equal_sync_verdicts_on_a_contradicting_document(
    prism: Path, tmp_path: Path, contradictions: Path  # noqa: F811
) -> None:
    """The document contradicts itself (see test_wire): the sync client's calls are
    all ok, two with a spec_fault note; the async client's get the same verdicts."""
    sync_run, sync_data = run_harness(tmp_path / "sync", "--docs", str(contradictions))
    async_run, async_data = run_harness(
        tmp_path / "async", "--client", "async", "--docs", str(contradictions)
    )
    assert sync_run.returncode == async_run.returncode == 0, async_run.stderr
    assert async_data["failures"] == [] and sync_data["failures"] == []
    assert _verdicts(async_data) == _verdicts(sync_data)
    assert sorted(_verdicts(async_data)) == ["badExample", "getItem"]
    assert all(v[2] == "spec_fault" for v in _verdicts(async_data).values())
    assert table_rows(tmp_path / "async") == table_rows(tmp_path / "sync")

"""Contract test: the complete Heroku client against a Prism mock of spec/heroku-platform.yaml.

The wire harness (scripts/wire.py) generates the client from the complete conversion,
calls every one of its 305 operations with values synthesized from the document, and
lets Prism validate each request (and, with --errors, its own mocked response).  The
seed's hand-written contract, call by call, is test_prism_contract_seed.py.

Every one of the 305 operations must be called and ``ok``.  Four of them are variants that
share a method and path with another operation of a different body (release Rollback beside
Create; team-app Transfer to Account/Team beside Update Locked; the team add-on list): the
harness calls each against a Prism serving a derived document in which it replaces its
primary, since Prism knows one operation per slot.

An ``ok`` may carry a ``spec_fault`` note, and only on the resources listed here: Heroku's own
examples contradict its schema (a domain ``hostname`` example that is not a hostname, review
apps' integer ``repo.id`` given as a string), and the tolerant client decodes Prism's mocked
response all the same.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import PLATFORM, ROOT

SCRIPT = ROOT / "scripts" / "wire.py"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
OPERATIONS = 305  # Heroku's links, in 301 method+path slots
VARIANTS = {
    "release-rollback",
    "team-app-transfer-to-account",
    "team-app-transfer-to-team",
    "team-add-on-list-for-team",
}
# resources whose examples in Heroku's schema break its own formats
SPEC_FAULT_RESOURCES = {"domain", "review-app", "review-app-config"}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any], Path]:
    if not PRISM.exists():
        if shutil.which("npm") is None:
            pytest.skip("npm not found: install Node.js/npm to run the Prism contract test")
        pytest.fail(f"{PRISM} is missing although npm is installed: run `make test`")
    out = tmp_path_factory.mktemp("wire")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--docs", str(PLATFORM), "--min-ok", "0", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout, json.loads((out / "failures.json").read_text(encoding="utf-8")), out


def _row(out: Path) -> dict[str, str]:
    lines = (out / "wire.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = {r.split("\t")[0]: dict(zip(header, r.split("\t"))) for r in lines[1:]}
    return rows["heroku-platform"]


def _calls(out: Path) -> list[dict[str, Any]]:
    work = out / "work" / "heroku-platform"
    return list(json.loads((work / "calls.json").read_text(encoding="utf-8"))["calls"])


def test_every_operation_of_the_complete_api_is_called_and_ok(run: Any) -> None:
    _, data, out = run
    row = _row(out)
    assert int(row["ops"]) == OPERATIONS, row  # operations, not slots
    assert data["skipped"] == []
    assert data["failures"] == [], [(f["operation_id"], f["outcome"]) for f in data["failures"]]
    assert int(row["ok"]) == OPERATIONS, row
    calls = _calls(out)
    ids = [c["operation_id"] for c in calls]
    assert len(set(ids)) == OPERATIONS, "an operation was called twice or not at all"
    slots = {(c["method"], c["path"]) for c in calls}
    assert len(slots) == 301
    assert VARIANTS <= set(ids)
    assert all(c["outcome"] == "ok" for c in calls)


def test_the_variants_were_checked_against_their_own_operation(run: Any) -> None:
    """Each variant went to a Prism serving a document where it owns its slot."""
    _, _, out = run
    work = out / "work" / "heroku-platform"
    derived = sorted(work.glob("variant-*.json"))
    assert [p.name for p in derived] == ["variant-0.json", "variant-1.json"]
    rollback = json.loads(derived[0].read_text(encoding="utf-8"))
    op = rollback["paths"]["/apps/{app_id_or_name}/releases"]["post"]
    assert op["operationId"] == "release-rollback"
    for name in ("prism-variant-0.log", "prism-variant-1.log"):
        assert "Request received" in (work / name).read_text(encoding="utf-8"), name


def test_only_the_known_spec_faults_are_noted(run: Any) -> None:
    _, data, _ = run
    noted = [f["operation_id"] for f in data["noted"]]
    assert all(any(n.startswith(r + "-") for r in SPEC_FAULT_RESOURCES) for n in noted), noted

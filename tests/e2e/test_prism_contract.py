"""Contract test: the complete Heroku client against a Prism mock of spec/heroku-platform.yaml.

The wire harness (scripts/wire.py) generates the client from the complete conversion,
calls every one of its 305 operations with values synthesized from the document, and
lets Prism validate each request (and, with --errors, its own mocked response).  The
seed's hand-written contract, call by call, is test_prism_contract_seed.py.

What cannot be ``ok`` against a mock, and why, is pinned here so that any new failure
(a rejected request, a decode error, a call the client cannot build) fails the test:

- two links share a method and path with another link of a different body (release
  Rollback beside Create; team-app Transfer to Team beside Update Locked): OpenAPI keeps
  one operation per slot, so Prism checks the variant's body against the first one's;
- Heroku's own examples contradict its schema (a domain ``hostname`` example that is not
  a hostname, review apps' integer ``repo.id`` given as a string): Prism's mocked
  response breaks the document, which the harness classifies ``spec_fault``.
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
# variants Prism validates against their primary operation's body
VARIANTS_PRISM_CANNOT_TELL = {"release-rollback", "team-app-transfer-to-team"}
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


def test_every_path_and_method_of_the_complete_api_is_called(run: Any) -> None:
    _, data, out = run
    row = _row(out)
    assert int(row["ops"]) == 301  # method+path slots; the 4 variants ride along in them
    assert data["skipped"] == []
    for outcome in ("decode_error", "client_error", "not_generated"):
        assert row[outcome] == "0", (outcome, row)
    assert int(row["ok"]) >= 285, row


def test_only_the_known_mock_limits_fail(run: Any) -> None:
    _, data, _ = run
    rejected = {f["operation_id"] for f in data["failures"] if f["outcome"] == "rejected"}
    assert rejected <= VARIANTS_PRISM_CANNOT_TELL, rejected
    faults = [f for f in data["failures"] if f["outcome"] == "spec_fault"]
    resources = {f["operation_id"].rsplit("-", 1)[0] for f in faults}
    assert all(
        any(f["operation_id"].startswith(r + "-") for r in SPEC_FAULT_RESOURCES) for f in faults
    ), resources
    assert {f["outcome"] for f in data["failures"]} <= {"rejected", "spec_fault"}

"""The auth fixtures against Prism, which validates each request's security
(Petstore's ``api_key`` got 401 "Invalid security scheme used" when every
client sent a Bearer token): the wire harness calls every operation of each
fixture through its generated client and every call must be ``ok``; and Prism
itself refuses a request without the credential, so ``ok`` means something."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

import pytest
import requests

from helpers import ROOT
from wire_helpers import prism, run_harness, table_rows, wire  # noqa: F401

FIXTURES = ROOT / "tests" / "fixtures" / "auth"


def test_every_auth_fixture_call_is_accepted(prism: Path, tmp_path: Path) -> None:
    docs = sorted(str(p) for p in FIXTURES.glob("*.yaml"))
    run, failures = run_harness(tmp_path, "--docs", *docs, "--min-ok", "100")
    assert run.returncode == 0, run.stdout + run.stderr
    assert failures["failures"] == [], failures
    called = {doc: int(row["ops"]) for doc, row in table_rows(tmp_path).items()}
    assert called.pop("TOTAL") == 11 and len(called) == 5 and all(called.values())


@pytest.fixture
def petstore_mock(prism: Path, tmp_path: Path) -> Iterator[str]:
    port = wire.free_port()
    process = wire.start_prism(str(FIXTURES / "petstore_api_key.yaml"), port, tmp_path / "log")
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not wire.prism_answers(url):
            assert process.poll() is None and time.monotonic() < deadline, "Prism did not start"
            time.sleep(0.2)
        yield url
    finally:
        wire.kill_group(process)


def test_prism_refuses_a_request_without_the_api_key(petstore_mock: str) -> None:
    assert requests.get(f"{petstore_mock}/pets", timeout=10).status_code == 401
    bearer = {"Authorization": "Bearer x"}  # what every client sent before
    assert requests.get(f"{petstore_mock}/pets", headers=bearer, timeout=10).status_code == 401
    keyed = {"api_key": "anything"}
    assert requests.get(f"{petstore_mock}/pets", headers=keyed, timeout=10).status_code == 200

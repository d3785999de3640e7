"""The first-call probe of `make bench` (scripts/bench_scale.first_call) works on
any generated client, also one whose Client takes no token: Microsoft Graph
declares no scheme that takes one, and the probe, which always passed a token,
broke on it unnoticed while Graph was left out of the bench runs."""

from __future__ import annotations

import sys
from pathlib import Path

from helpers import GENERATED, ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import bench_scale  # noqa: E402


def test_the_probe_calls_the_largest_resource_of_a_client() -> None:
    seconds, call = bench_scale.first_call((GENERATED, "heroku_platform_api"), 1)
    group, method = call.split(".")
    assert seconds > 0
    assert group not in ("with_raw_response", "with_streaming_response")
    assert (GENERATED / "heroku_platform_api" / "api" / f"{group}.py").is_file()
    assert method


def test_the_probe_calls_a_client_that_takes_no_token(tmp_path: Path) -> None:
    package = bench_scale.small_package(tmp_path, lambda message: None)
    assert package is not None
    root, name = package
    assert "token:" not in (root / name / "client.py").read_text()  # no such parameter
    seconds, call = bench_scale.first_call(package, 1)
    assert seconds > 0 and call.count(".") == 1

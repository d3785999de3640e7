"""The wide-set tables of `make bench` (scripts/bench.py): the verdict per
document, a peer that timed out or failed, and the growth table's ordering.
Built from hand-made run records: nothing is timed here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402
import bench_scale  # noqa: E402


def _gen(ours_s: float, ours_mb: float, peer_s: float, peer_mb: float, **peer: Any) -> Any:
    peer_run = {"peer_rc": 0, "peer_seconds": peer_s, "peer_peak_mb": peer_mb}
    peer_run.update(peer)
    return {
        "ours": [{"ours_rc": 0, "ours_seconds": ours_s, "ours_peak_mb": ours_mb}],
        "peer": [peer_run],
        "warm": [],
        "ours_check": {"ours_import_ok": 1},
        "peer_check": {"peer_import_ok": 0 if peer.get("peer_rc") else 1},
    }


GENS = {
    "big": _gen(30.0, 600.0, 600.0, 500.0, peer_timeout=True, peer_rc=-9, peer_error="timeout"),
    "small": _gen(1.0, 90.0, 10.0, 100.0),
    "slow": _gen(3.0, 150.0, 10.0, 100.0),
    "broken": _gen(2.0, 80.0, 1.0, 50.0, peer_rc=1, peer_error="ruff failed"),
}
OPS = {"big": 9000, "small": 100, "slow": 200, "broken": 300}
SIZES = {"big": 20_000_000, "small": 1_000_000, "slow": 2_000_000, "broken": 3_000_000}


def _rows(lines: list[str]) -> dict[str, list[str]]:
    rows = [line.strip("| ").split(" | ") for line in lines if line.startswith("| ")][1:]
    return {row[0]: row for row in rows}


def test_verdicts_per_document() -> None:
    rows = _rows(bench.wide_report(GENS, OPS, SIZES, 1))
    assert rows["small"][5:7] == ["0.10", "met"] and rows["small"][9:11] == ["0.90", "met"]
    assert rows["slow"][5:7] == ["0.30", "MISSED"] and rows["slow"][10] == "MISSED"


def test_a_peer_timeout_gives_bounds_and_says_so() -> None:
    big = _rows(bench.wide_report(GENS, OPS, SIZES, 1))["big"]
    assert big[4] == "timeout (> 600 s)"
    assert big[5] == "< 0.05" and big[6] == "met (the peer timed out)"
    assert big[10] == "MISSED (the peer timed out)"  # 600 MB against at least 500


def test_a_failed_peer_is_no_ratio() -> None:
    broken = _rows(bench.wide_report(GENS, OPS, SIZES, 1))["broken"]
    assert broken[4] == "failed" and "ruff failed" in broken[6] and broken[6].startswith("n/a")


def test_operation_coverage_is_shown_and_a_peer_that_dropped_some_is_named() -> None:
    gens = {
        "full": _gen(1.0, 90.0, 10.0, 100.0, peer_generated=100),
        "partial": _gen(1.0, 90.0, 2.0, 100.0, peer_generated=25),
    }
    for g in gens.values():
        g["ours"][0]["ours_generated"] = 100
    lines = bench.wide_report(gens, {"full": 100, "partial": 100}, {"full": 1, "partial": 2}, 1)
    rows = _rows(lines)
    assert rows["full"][-1] == "100 / 100" and rows["partial"][-1] == "100 / 25"
    note = next(line for line in lines if line.startswith("The peer skipped"))
    assert "partial (25 of 100)" in note and "full" not in note
    # Records without counts (older runs) leave the cell empty rather than guessing.
    assert bench._coverage(GENS["small"]) == ("", "")


def test_growth_table_is_sorted_by_size_with_seconds_per_mb() -> None:
    rows = _rows(bench.growth_report(GENS, OPS, SIZES))
    assert list(rows) == ["small", "slow", "broken", "big"]
    assert rows["big"][4] == "1.50" and rows["big"][5] == "> 600.0"
    assert rows["small"][5:7] == ["10.0", "10.00"]


def test_per_call_blocks_alternate_and_sum_per_run() -> None:
    """Each run's two totals are the sums of its blocks, the sides taking turns
    going first, and the result is the median run of each side."""
    order: list[str] = []
    durations = iter([1.0, 2.0, 4.0, 8.0, 0.5, 0.25, 0.125, 0.0625, 2.0, 3.0, 3.0, 2.0])

    def side(name: str) -> Any:
        def measure() -> float:
            order.append(name)
            return next(durations)

        return measure

    ours, bare = bench.medians_of_blocks(3, 2, side("ours"), side("bare"))
    assert order == ["ours", "bare", "bare", "ours"] * 3
    # ours' runs 1 + 8, 0.5 + 0.0625, 2 + 2; bare's 2 + 4, 0.25 + 0.125, 3 + 3
    assert (ours, bare) == (4.0, 6.0)


def test_the_largest_resource_module_is_found_and_its_first_call_judged(tmp_path: Path) -> None:
    for name, size in (("small", 10), ("big", 3000)):
        api = tmp_path / name / "pkg" / "api"
        api.mkdir(parents=True)
        (api / "__init__.py").write_text("")
        (api / "default.py").write_text("x" * size)
    packages = {name: (tmp_path / name, "pkg") for name in ("small", "big")}
    assert bench_scale.largest_resource(packages) == ("big", 3000)
    assert bench_scale.largest_resource({}) is None
    fast = bench._largest_module_row(("ec2", 0.150, "default.-", 9 * 2**20), 3)
    assert fast[2:] == ["150 ms", "met"] and "import only" in fast[0] and "9.0 MB" in fast[0]
    slow = bench._largest_module_row(("ec2", 0.201, "default.describe", 9 * 2**20), 3)
    assert slow[2:] == ["201 ms", "MISSED"] and "describe" in slow[0]
    assert bench._largest_module_row(None, 3)[3].startswith("n/a")
    failed = bench._largest_module_row(("ec2", float("inf"), "", 9 * 2**20), 3)
    assert failed[3].startswith("MISSED")

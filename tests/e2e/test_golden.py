"""The committed ``generated/`` is exactly what the generator produces now.

Regenerates in memory (the same code path as ``--check``), compares byte for
byte, and shows that the comparison does notice a change.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import output, pipeline
from helpers import CONFIG, GENERATED, PLATFORM, ROOT, heroku_config, run_cli, tree_snapshot


@pytest.fixture(scope="module")
def fresh() -> pipeline.Result:
    config = heroku_config()
    return pipeline.generate(PLATFORM, pipeline.default_targets(config), config=config)


def test_committed_output_is_what_the_generator_produces(fresh: pipeline.Result) -> None:
    diff = output.diff_tree(GENERATED, fresh.files)
    assert diff == [], "generated/ is stale; run `make generate`:\n" + "".join(diff[:200])


def test_two_runs_give_identical_bytes(fresh: pipeline.Result) -> None:
    config = heroku_config()
    again = pipeline.generate(PLATFORM, pipeline.default_targets(config), config=config)
    assert again.files == fresh.files


def test_output_has_no_machine_specific_text(fresh: pipeline.Result) -> None:
    for path, text in fresh.files.items():
        assert str(ROOT) not in text, path
        assert "/tmp" not in text and "/root" not in text, path


def test_comparison_detects_a_modified_template(tmp_path: Path, fresh: pipeline.Result) -> None:
    """A golden test must be able to fail: override one template and compare."""
    override = tmp_path / "templates"
    (override / "package" / "models").mkdir(parents=True)
    original = (ROOT / "templates" / "python" / "package" / "models" / "__init__.py.j2").read_text()
    (override / "package" / "models" / "__init__.py.j2").write_text(
        original.replace("Data models of the", "Models for the")
    )
    config = heroku_config()
    changed = pipeline.generate(
        PLATFORM, pipeline.default_targets(config), config=config, templates=override
    )
    diff = "".join(output.diff_tree(GENERATED, changed.files))
    assert '-"""Data models of the Heroku Platform API.' in diff
    assert '+"""Models for the Heroku Platform API.' in diff
    assert "b/heroku_platform_api/models/__init__.py" in diff


def test_check_flag_passes_on_committed_output() -> None:
    result = run_cli(
        "generate", str(PLATFORM), "--config", str(CONFIG), "--out", str(GENERATED), "--check"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_flag_reports_a_stale_tree_with_a_diff(tmp_path: Path) -> None:
    stale = tmp_path / "generated"
    shutil.copytree(GENERATED, stale)
    client = stale / "heroku_platform_api" / "client.py"
    client.write_text(client.read_text().replace("Client for the", "Hand-edited client for the"))
    # A file the previous run wrote (the marker lists it) and no longer generates:
    (stale / "stray.py").write_text("left over\n")
    marker = stale / output.MARKER
    listed = json.loads(marker.read_text())["files"] + ["stray.py"]
    marker.write_text(output.manifest_text(listed))
    (stale / "notes.txt").write_text("the user's, not the generator's\n")
    before = tree_snapshot(stale)
    result = run_cli(
        "generate", str(PLATFORM), "--config", str(CONFIG), "--out", str(stale), "--check"
    )
    assert result.returncode == 1
    assert '-    """Hand-edited client for the Heroku Platform API.' in result.stdout
    assert "+++ /dev/null" in result.stdout and "a/stray.py" in result.stdout
    assert "notes.txt" not in result.stdout, "a file the generator did not write is not compared"
    assert "out of date" in result.stderr
    assert tree_snapshot(stale) == before, "--check must not write"


def test_generate_replaces_the_output_directory(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale_module.py").write_text("x = 1\n")  # written by a previous run:
    (out / output.MARKER).write_text(output.manifest_text(["stale_module.py"]))
    result = run_cli("generate", str(PLATFORM), "--config", str(CONFIG), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert not (out / "stale_module.py").exists()
    assert tree_snapshot(out) == tree_snapshot(GENERATED)
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no temporary directories left behind"


@pytest.mark.slow
def test_committed_client_passes_mypy_strict(tmp_path: Path) -> None:
    """The typing promise of the generated package (and of the hand-written
    workflows on top of it), with a cache of its own.  Slow: the default run
    makes the same check through ``make lint`` (tests/e2e/test_lint.py runs
    mypy --strict over heroku_tools with the generated package on MYPYPATH,
    and over heroku_platform_api)."""
    mypypath = os.pathsep.join([str(GENERATED), str(ROOT / "heroku-tools")])
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"),
         "-p", "heroku_platform_api", "-p", "heroku_tools"],
        cwd=ROOT, env={**os.environ, "MYPYPATH": mypypath}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr

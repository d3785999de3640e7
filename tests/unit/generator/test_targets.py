"""Targets are plug-ins: a folder with a manifest, templates and optional hooks.

A throwaway target in a temporary folder is generated without touching the
repository, next to the shipped Python target, from the same model.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator import binding, pipeline
from generator.errors import TargetError
from helpers import CONFIG, GENERATED, ROOT, SPEC, run_cli, tree_snapshot


def _throwaway_target(root: Path) -> Path:
    folder = root / "opslist"
    folder.mkdir(parents=True)
    (folder / "target.yaml").write_text(textwrap.dedent("""\
            description: Plain-text list of operations (a test target)
            format: none
            files:
              - {template: index.txt.j2, output: "OPERATIONS.txt"}
              - {template: op.txt.j2, output: "ops/{{ operation.ident }}.txt", each: operation}
            """))
    (folder / "index.txt.j2").write_text(
        "{{ api.title | shout }}\n{% for op in api.operations %}{{ op.method }} {{ op.path }}\n{% endfor %}"
    )
    (folder / "op.txt.j2").write_text("{{ operation.operation_id }}: {{ operation.summary }}\n")
    (folder / "hooks.py").write_text("FILTERS = {'shout': lambda text: text.upper() + '!'}\n")
    return folder


def test_a_throwaway_target_generates_without_touching_the_repo(tmp_path: Path) -> None:
    folder = _throwaway_target(tmp_path / "targets")
    repo_before = tree_snapshot(ROOT / "templates"), tree_snapshot(GENERATED)
    out = tmp_path / "out"
    result = run_cli(
        "generate", str(SPEC), "--config", str(CONFIG), "--out", str(out),
        "--templates", str(folder), "--target", "opslist", "--target", "python",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    index = (out / "OPERATIONS.txt").read_text().splitlines()
    assert index[0] == "HEROKU PLATFORM API!"
    assert "GET /apps" in index and "POST /sources" in index and len(index) == 47
    assert (out / "ops" / "list_apps.txt").read_text() == "listApps: List apps\n"
    assert len(list((out / "ops").iterdir())) == 46
    assert (out / "heroku_platform_api" / "client.py").is_file(), "the python target rendered too"
    assert (tree_snapshot(ROOT / "templates"), tree_snapshot(GENERATED)) == repo_before


def test_targets_command_lists_shipped_and_user_targets(tmp_path: Path) -> None:
    folder = _throwaway_target(tmp_path / "targets")
    result = run_cli("targets", "--templates", str(folder.parent))
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(None, 1) for line in result.stdout.strip().splitlines())
    assert lines["opslist"] == "Plain-text list of operations (a test target)"
    assert lines["python"].startswith("Typed Python client package")


def test_single_templates_of_a_shipped_target_can_be_overridden(tmp_path: Path) -> None:
    override = tmp_path / "mine" / "package"
    override.mkdir(parents=True)
    (override / "py.typed.j2").write_text("# partial\n")
    result = pipeline.generate(
        SPEC,
        ["python"],
        config=binding.DEFAULT_OPTIONS | {"package": "hk"},
        templates=tmp_path / "mine",
    )
    assert result.files["hk/py.typed"] == "# partial\n"
    assert (
        "class Client" in result.files["hk/client.py"]
    ), "the other templates still come from the shipped target"


@pytest.mark.parametrize(
    "manifest,message",
    [
        ("files: [{template: a.j2}]", "needs 'template' and 'output'"),
        ("files: [{template: a.j2, output: a, each: page}]", "each must be one of"),
        ("format: prettier\nfiles: []", "format must be one of"),
        ("- just a list", "expected a mapping"),
        ("files: [{template: missing.j2, output: a}]", "missing.j2"),
    ],
)
def test_broken_manifests_are_clear_errors(tmp_path: Path, manifest: str, message: str) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "target.yaml").write_text(manifest + "\n")
    with pytest.raises(TargetError, match=message):
        pipeline.generate(SPEC, ["broken"], templates=folder)


def test_output_paths_cannot_leave_the_output_directory(tmp_path: Path) -> None:
    folder = tmp_path / "escape"
    folder.mkdir()
    (folder / "target.yaml").write_text("files: [{template: a.j2, output: '../../etc/x'}]\n")
    (folder / "a.j2").write_text("x")
    with pytest.raises(TargetError, match="leaves the output directory"):
        pipeline.generate(SPEC, ["escape"], templates=folder)

"""The output folder: the generator replaces only what it wrote before.

Each case runs the real CLI (``python -m generator`` in a subprocess, or
``generator.cli.main`` in-process where a failure has to be injected) in
temporary folders, and checks both the exit status / one-line message and that
no file the generator did not write was changed.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import cli, output
from helpers import CONFIG, GENERATED, PLATFORM, ROOT, SPEC, minimal_spec, write_spec

MARKER = output.MARKER


@pytest.fixture(autouse=True)
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")


def _op(tag: str) -> dict[str, Any]:
    return {"get": {"tags": [tag], "operationId": f"list_{tag}", "responses": {"200": {"description": "ok"}}}}  # fmt: skip


def _spec(path: Path, *tags: str) -> Path:
    """A small document: one module per tag under pet_api/api/."""
    doc = minimal_spec({f"/{tag}": _op(tag) for tag in tags})
    doc["info"]["title"] = "Pet API"
    return write_spec(path, doc)


def _run(*args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), "OPENAPI_PYGEN_CACHE": "off", **env},
    )


def _all_files(root: Path) -> dict[str, bytes]:
    """Every file under root, tool output included (unlike helpers.tree_snapshot)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def _refused(result: subprocess.CompletedProcess[str], expected: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert expected in lines[0], lines[0]
    assert "bug in the generator" not in result.stderr


def _main(*args: str) -> int:
    return cli.main(["generate", *args])


def _leftovers(*folders: Path) -> list[str]:
    """Hidden staging/backup folders a run must never leave behind."""
    return [
        p.name
        for folder in folders
        if folder.is_dir()
        for p in folder.iterdir()
        if p.name.startswith(".") and (".new-" in p.name or ".old-" in p.name or "work" in p.name)
    ]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A user's project folder: notes, sources and the spec."""
    root = tmp_path / "project"
    (root / "src").mkdir(parents=True)
    (root / "notes.md").write_text("my notes\n")
    (root / "src" / "app.py").write_text("print('mine')\n")
    (root / "Makefile").write_text("all:\n")
    _spec(root / "api.yaml", "pets")
    return root


# --- refusals ------------------------------------------------------------------


def test_out_dot_holding_the_spec_is_refused(project: Path) -> None:
    before = _all_files(project)
    result = _run("api.yaml", "--out", ".", cwd=project)
    _refused(result, "contains the input api.yaml")
    assert _all_files(project) == before


def test_out_above_the_spec_is_refused_even_with_force(project: Path) -> None:
    (project / "spec").mkdir()
    shutil.move(project / "api.yaml", project / "spec" / "api.yaml")
    before = _all_files(project)
    result = _run("spec/api.yaml", "--out", str(project), "--force", cwd=project)
    _refused(result, "contains the input")
    assert _all_files(project) == before


def test_home_folder_and_above_are_refused(project: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("export X=1\n")
    spec = project / "api.yaml"
    for out in (home, tmp_path, home / ".." / "home"):  # ~, above it, and ~ spelled oddly
        _refused(_run(str(spec), "--out", str(out), "--force", HOME=str(home)), "home folder")
    assert _all_files(home) == {".bashrc": b"export X=1\n"}


def test_filesystem_root_is_refused(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process, with every write path disabled, so a regression cannot touch /."""

    def never(*_: Any) -> None:
        raise AssertionError("tried to write to /")

    monkeypatch.setattr(output, "_write_fresh", never)
    monkeypatch.setattr(output, "_swap", never)
    before = sorted(os.listdir("/"))
    assert _main(str(project / "api.yaml"), "--out", "/", "--force") == 2
    assert sorted(os.listdir("/")) == before


def test_filesystem_root_message(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(output.GeneratorError, match="filesystem root"):
        output.check_location(Path("/"), [project / "api.yaml"])


def test_out_that_is_a_file_is_refused(project: Path) -> None:
    target = project / "client.py"
    target.write_text("# my own file\n")
    _refused(_run("api.yaml", "--out", "client.py", "--force", cwd=project), "existing file")
    assert target.read_text() == "# my own file\n"


def test_symlinked_out_is_refused(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep\n")
    (project / "link").symlink_to(elsewhere)
    _refused(_run("api.yaml", "--out", "link", "--force", cwd=project), "symbolic link")
    assert _all_files(elsewhere) == {"keep.txt": b"keep\n"}


def test_symlink_higher_up_the_path_is_followed(project: Path, tmp_path: Path) -> None:
    """Documented choice: only --out itself may not be a link; the refusals are
    checked on the resolved path."""
    real_parent = tmp_path / "disk"
    real_parent.mkdir()
    (project / "mnt").symlink_to(real_parent)
    assert _run("api.yaml", "--out", "mnt/client", cwd=project).returncode == 0
    assert (real_parent / "client" / MARKER).is_file()
    # ...and a link cannot smuggle the spec's own folder past the refusals:
    (tmp_path / "alias").symlink_to(project)
    _refused(
        _run("api.yaml", "--out", str(tmp_path / "alias" / "src" / ".."), cwd=project), "input"
    )


def test_unmarked_non_empty_folder_is_refused_and_force_deletes_nothing(
    project: Path, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "Makefile").write_text("all:\n")
    (repo / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    before = _all_files(repo)
    spec = str(project / "api.yaml")
    result = _run(spec, "--out", str(repo))
    _refused(result, f"has no {MARKER}")
    assert "--force" in result.stderr
    assert _all_files(repo) == before
    assert _run(spec, "--out", str(repo), "--force").returncode == 0
    after = _all_files(repo)
    assert after["Makefile"] == b"all:\n", "force never touches a file it does not generate"
    assert "pet_api/client.py" in after and MARKER in after
    assert after["pyproject.toml"] != before["pyproject.toml"], "same-named files are replaced"


def test_empty_existing_folder_needs_no_force(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    assert _run(str(project / "api.yaml"), "--out", str(out)).returncode == 0
    assert (out / "pet_api" / "client.py").is_file()


# --- regeneration touches only the generator's files ---------------------------


def test_regeneration_keeps_user_files_and_tool_output_and_drops_obsolete(
    tmp_path: Path,
) -> None:
    spec, out = _spec(tmp_path / "api.yaml", "pets", "stores"), tmp_path / "out"
    assert _run(str(spec), "--out", str(out)).returncode == 0
    assert (out / "pet_api" / "api" / "stores.py").is_file()
    mine = {
        "NOTES.md": b"mine\n",
        "pet_api/extra.py": b"# my helper\n",
        "pet_api/__pycache__/client.cpython-311.pyc": b"\x00pyc",
        "build/lib/pet_api/client.py": b"# setuptools\n",
        "pet_api.egg-info/PKG-INFO": b"Name: pet-api\n",
        ".mypy_cache/3.11/x.json": b"{}",
    }
    for rel, data in mine.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    (out / "empty_dir_of_mine").mkdir()
    _spec(spec, "pets")  # the stores tag is gone
    result = _run(str(spec), "--out", str(out))
    assert result.returncode == 0, result.stderr
    after = _all_files(out)
    for rel, data in mine.items():
        assert after.get(rel) == data, rel
    assert (out / "empty_dir_of_mine").is_dir()
    assert "pet_api/api/stores.py" not in after, "a file it no longer generates is removed"
    assert "pet_api/api/pets.py" in after
    listed = json.loads(after[MARKER])["files"]
    assert "pet_api/api/stores.py" not in listed and "pet_api/extra.py" not in listed
    assert _leftovers(out, tmp_path) == []


def test_obsolete_folder_is_removed_only_when_empty(tmp_path: Path) -> None:
    """A folder only the generator's files were in goes with them; one that
    holds a user's file stays."""
    spec, out = _spec(tmp_path / "api.yaml", "pets"), tmp_path / "out"
    assert _run(str(spec), "--out", str(out)).returncode == 0
    marker = json.loads((out / MARKER).read_text())
    for rel in ("old/gone/a.py", "old/kept/b.py"):
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text("x = 1\n")
    (out / "old" / "kept" / "mine.txt").write_text("mine\n")
    (out / MARKER).write_text(output.manifest_text(marker["files"] + ["old/gone/a.py", "old/kept/b.py"]))  # fmt: skip
    assert _run(str(spec), "--out", str(out)).returncode == 0
    assert not (out / "old" / "gone").exists()
    assert _all_files(out / "old") == {"kept/mine.txt": b"mine\n"}


def test_user_file_where_a_new_module_goes_is_refused(tmp_path: Path) -> None:
    spec, out = _spec(tmp_path / "api.yaml", "pets"), tmp_path / "out"
    assert _run(str(spec), "--out", str(out)).returncode == 0
    (out / "pet_api" / "api" / "stores.py").write_text("# I wrote this\n")
    _spec(spec, "pets", "stores")
    before = _all_files(out)
    _refused(_run(str(spec), "--out", str(out)), "was not written by openapi-pygen")
    assert _all_files(out) == before
    assert _run(str(spec), "--out", str(out), "--force").returncode == 0
    assert (out / "pet_api" / "api" / "stores.py").read_text() != "# I wrote this\n"


def test_tampered_marker_cannot_delete_outside(tmp_path: Path) -> None:
    spec, out = _spec(tmp_path / "api.yaml", "pets"), tmp_path / "out"
    assert _run(str(spec), "--out", str(out)).returncode == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    data = json.loads((out / MARKER).read_text())
    data["files"].append("../victim.txt")
    (out / MARKER).write_text(json.dumps(data))
    _refused(_run(str(spec), "--out", str(out)), f"{MARKER}: 'files' must list relative paths")
    assert victim.read_text() == "precious\n"
    assert _run(str(spec), "--out", str(out), "--force").returncode == 0
    assert victim.read_text() == "precious\n"


def test_broken_marker_names_file_and_line(tmp_path: Path) -> None:
    spec, out = _spec(tmp_path / "api.yaml", "pets"), tmp_path / "out"
    assert _run(str(spec), "--out", str(out)).returncode == 0
    (out / MARKER).write_text('{\n  "files": [\n')
    _refused(_run(str(spec), "--out", str(out)), f"{out / MARKER}:3: marker is not valid JSON")


def test_symlinked_folder_inside_the_output_is_not_written_through(tmp_path: Path) -> None:
    spec, out = _spec(tmp_path / "api.yaml", "pets"), tmp_path / "out"
    assert _run(str(spec), "--out", str(out)).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    shutil.move(out / "pet_api" / "api", elsewhere)
    (elsewhere / "pets.py").write_text("# not the generator's any more\n")
    (out / "pet_api" / "api").symlink_to(elsewhere)
    before = _all_files(elsewhere)
    _refused(_run(str(spec), "--out", str(out), "--force"), "is a symbolic link where")
    assert _all_files(elsewhere) == before


# --- failures leave the previous output ------------------------------------------


def _generated_twice(tmp_path: Path) -> tuple[Path, Path]:
    """An output generated from tags pets+stores, a user file in it, and the
    spec changed to pets+owners: the next run replaces, adds and removes."""
    tmp_path.mkdir(exist_ok=True)
    spec, out = _spec(tmp_path / "api.yaml", "pets", "stores"), tmp_path / "out"
    assert _main(str(spec), "--out", str(out), "-q") == 0
    (out / "mine.txt").write_text("mine\n")
    _spec(spec, "pets", "owners")
    return spec, out


def _count_replaces(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    spec, out = _generated_twice(tmp_path / "count")
    calls = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda *a, **k: (calls.append(a), real(*a, **k))[1])
    assert _main(str(spec), "--out", str(out), "-q") == 0
    monkeypatch.setattr(os, "replace", real)
    return len(calls)


def _fail_at(monkeypatch: pytest.MonkeyPatch, n: int, error: BaseException) -> None:
    """Make the n-th os.replace (1-based) raise ``error``; later ones (the undo) work."""
    real, count = os.replace, [0]

    def replace(*args: Any, **kwargs: Any) -> None:
        count[0] += 1
        if count[0] == n:
            raise error
        real(*args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_failed_rename_leaves_previous_output(
    where: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    total = _count_replaces(monkeypatch, tmp_path)
    assert total >= 4  # marker (intent, final), a new module, a removed one
    spec, out = _generated_twice(tmp_path / "run")
    before = _all_files(out)
    n = {"first": 1, "middle": (total + 1) // 2, "last": total}[where]
    _fail_at(monkeypatch, n, OSError(errno.EIO, "Input/output error"))
    capsys.readouterr()
    assert _main(str(spec), "--out", str(out)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Input/output error" in err[0] and "unchanged" in err[0]
    assert _all_files(out) == before
    assert _leftovers(out, out.parent) == []


def test_interrupt_mid_swap_leaves_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = _count_replaces(monkeypatch, tmp_path)
    spec, out = _generated_twice(tmp_path / "run")
    before = _all_files(out)
    _fail_at(monkeypatch, total // 2, KeyboardInterrupt())
    assert _main(str(spec), "--out", str(out)) == 130
    assert _all_files(out) == before
    assert _leftovers(out, out.parent) == []


def test_run_killed_mid_swap_is_repaired_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill gives no chance to undo: simulated by disabling the undo. The
    marker written first lists old and new files, so the next run owns both."""
    total = _count_replaces(monkeypatch, tmp_path)
    spec, out = _generated_twice(tmp_path / "run")
    _fail_at(monkeypatch, total - 1, KeyboardInterrupt())
    monkeypatch.setattr(output._Swap, "undo", lambda self: False)
    assert _main(str(spec), "--out", str(out), "-q") != 0
    assert (out / "pet_api" / "api" / "owners.py").exists(), "the swap was half done"
    listed = json.loads((out / MARKER).read_text())["files"]
    assert {"pet_api/api/owners.py", "pet_api/api/stores.py"} <= set(listed)
    monkeypatch.undo()
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")
    assert _main(str(spec), "--out", str(out), "-q") == 0
    assert not (out / "pet_api" / "api" / "stores.py").exists()
    assert (out / "mine.txt").read_text() == "mine\n"
    assert _leftovers(out, out.parent) == []
    fresh = tmp_path / "fresh"
    assert _main(str(spec), "--out", str(fresh), "-q") == 0
    assert {k: v for k, v in _all_files(out).items() if k != "mine.txt"} == _all_files(fresh)


def test_failed_rename_of_a_new_folder_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = _spec(tmp_path / "api.yaml", "pets"), tmp_path / "out"

    def rename(*_: Any) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "rename", rename)
    assert _main(str(spec), "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert "cannot write the output (Invalid cross-device link)" in err
    assert not out.exists() and _leftovers(tmp_path) == []


def test_disk_full_is_one_line_not_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, out = _generated_twice(tmp_path)
    before = _all_files(out)
    real_open, written = open, [0]

    def filling_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "x" in mode or "w" in mode:
            written[0] += 1
            if written[0] >= 3:  # the disk stays full (and threads may count past 3)
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(output, "open", filling_open, raising=False)
    capsys.readouterr()
    assert _main(str(spec), "--out", str(out)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No space left on device" in err[0], err
    assert _all_files(out) == before and _leftovers(out, tmp_path) == []


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs a read-only /sys (Linux)")
def test_read_only_parent_is_one_line(project: Path) -> None:
    """A real read-only filesystem (sysfs refuses new entries even to root)."""
    result = _run(str(project / "api.yaml"), "--out", "/sys/openapi-pygen-out/client")
    _refused(result, "cannot write the output")
    assert not Path("/sys/openapi-pygen-out").exists()


# --- permissions --------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_output_gets_the_umask_permissions(umask: int, tmp_path: Path) -> None:
    spec, out = _spec(tmp_path / "api.yaml", "pets", "stores"), tmp_path / "out"

    def run() -> None:
        result = subprocess.run(
            [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
            preexec_fn=lambda: os.umask(umask),  # noqa: PLW1509 - single-threaded test
        )  # fmt: skip
        assert result.returncode == 0, result.stderr

    for _ in ("fresh", "regenerated"):
        run()
        paths = [out, *out.rglob("*")]
        modes = {stat.S_IMODE(p.stat().st_mode) for p in paths if p.is_dir()}
        assert modes == {0o777 & ~umask}, [oct(m) for m in modes]
        modes = {stat.S_IMODE(p.stat().st_mode) for p in paths if p.is_file()}
        assert modes == {0o666 & ~umask}, [oct(m) for m in modes]


# --- the marker and --check ------------------------------------------------------


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    spec, out = _spec(tmp_path / "api.yaml", "pets", "stores"), tmp_path / "out"
    assert _run(str(spec), "--out", str(out)).returncode == 0
    inodes = {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()}
    assert _run(str(spec), "--out", str(out)).returncode == 0
    assert {p: p.stat().st_ino for p in out.rglob("*") if p.is_file()} == inodes
    _spec(spec, "pets")
    assert _run(str(spec), "--out", str(out)).returncode == 0
    pets = out / "pet_api" / "api" / "pets.py"
    assert pets.stat().st_ino == inodes[pets], "an unchanged module stays as it was"
    assert (out / MARKER).stat().st_ino != inodes[out / MARKER]


def test_marker_is_deterministic_and_machine_independent(tmp_path: Path) -> None:
    spec = _spec(tmp_path / "api.yaml", "pets", "stores")
    for name in ("a", "b"):
        assert _run(str(spec), "--out", str(tmp_path / name)).returncode == 0
    marker = (tmp_path / "a" / MARKER).read_bytes()
    assert marker == (tmp_path / "b" / MARKER).read_bytes()
    assert str(tmp_path).encode() not in marker
    files = json.loads(marker)["files"]
    assert files == sorted(p for p in _all_files(tmp_path / "a") if p != MARKER)


def test_check_ignores_build_output_and_user_files(tmp_path: Path) -> None:
    """`pip install ./generated` leaves build/ and an egg-info: still up to date."""
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    for rel in (
        "build/lib/heroku_platform_api/x.py",
        "heroku_platform_api.egg-info/PKG-INFO",
        "heroku_platform_api/__pycache__/client.cpython-311.pyc",
        "dist/heroku_platform_api-0.1.0.tar.gz",
        "NOTES.md",
    ):
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text("tool or user output\n")
    args = (str(PLATFORM), "--config", str(CONFIG), "--out", str(out), "--check")
    result = _run(*args)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    (out / "heroku_platform_api" / "py.typed").unlink()  # a generated file missing is stale
    result = _run(*args)
    assert result.returncode == 1 and "+++ b/heroku_platform_api/py.typed" in result.stdout


def test_gitignore_ignores_build_output_in_generated() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    paths = ["generated/build/lib/x.py", "generated/dist/x.whl", "generated/x.egg-info/PKG-INFO"]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True
    )
    assert result.stdout.split() == paths


def test_a_target_cannot_overwrite_the_marker() -> None:
    with pytest.raises(output.GeneratorError, match="marker"):
        output.with_manifest({MARKER: "{}"})


def test_report_inside_the_output_folder_is_not_in_the_way(tmp_path: Path) -> None:
    """The report is written after the output, as a file the generator does not own."""
    spec, out = _spec(tmp_path / "api.yaml", "pets"), tmp_path / "out"
    for _ in ("fresh", "again"):
        result = _run(str(spec), "--out", str(out), "--report", str(out / "report.json"))
        assert result.returncode == 0, result.stderr
        assert json.loads((out / "report.json").read_text())["summary"]["generated"] == 1
    assert "report.json" not in json.loads((out / MARKER).read_text())["files"]

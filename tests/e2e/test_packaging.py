"""The distributions as users get them: wheels built from this tree and installed,
not editable, into fresh virtual environments that run outside the repository.

Three distributions come out of the repository: the generator (``.``, with the
shipped targets of ``templates/`` as package data), the generated Heroku client
(``generated/``) and the hand-written ``heroku-tools`` (``heroku-tools/``).  Each
fresh environment sees only the wheels under test plus the distributions their
``Requires-Dist`` lines name, transitively: these are linked from the project's
own environment (no network, and seconds rather than minutes), so a module
importing something it does not declare fails here as it would for a user.
"""

from __future__ import annotations

import email.parser
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from fake_heroku import FakeHeroku
from helpers import CONFIG, GENERATED, PLATFORM, ROOT, tree_snapshot

# What the build must not see or copy: the other distributions' folders, tools' output.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
    ".mypy_cache", ".pytest_cache", ".hypothesis", ".bench", ".corpus",
)  # fmt: skip
_OTHER_DISTRIBUTIONS = {"generated", "heroku-tools", "tests", "spec", "scripts"}
GENERATOR_ONLY = {"black", "jinja2", "openapi-spec-validator", "jsonschema-rs", "pyyaml"}
TIMEOUT = 180


def _clean_env(**extra: str) -> dict[str, str]:
    """The caller's environment without anything that would put the source tree
    (or a user's site-packages) on the path of the fresh interpreter."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["PYTHONNOUSERSITE"] = "1"
    env.update(extra)
    return env


def _run(*command: str | Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=_clean_env(**env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def copy_source(source: Path, work: Path) -> Path:
    """A copy of ``source`` to build from, so build/ and *.egg-info never land in
    the source tree (and a stale build/ there can never leak into the wheel)."""
    tree = work / "src" / source.name
    skip = _OTHER_DISTRIBUTIONS if source == ROOT else set()
    tree.mkdir(parents=True)
    for entry in source.iterdir():
        if entry.name in skip or _NOT_SOURCE(str(source), [entry.name]):
            continue
        if entry.is_dir():
            shutil.copytree(entry, tree / entry.name, ignore=_NOT_SOURCE)
        else:
            shutil.copy2(entry, tree / entry.name)
    return tree


def build_wheel(tree: Path, work: Path) -> Path:
    """``pip wheel`` of a source tree or an sdist, with the project's setuptools."""
    out = work / "wheel"
    result = _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "--disable-pip-version-check", "--quiet", "--wheel-dir", out, tree, cwd=work,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = out.glob("*.whl")
    return wheel


def build_sdist(tree: Path, work: Path) -> Path:
    """The sdist a ``python -m build`` would make first (and build the wheel from)."""
    result = _run(
        sys.executable, "-c",
        f"from setuptools import build_meta; print(build_meta.build_sdist({str(work / 'sdist')!r}))",
        cwd=tree,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return work / "sdist" / result.stdout.splitlines()[-1]


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def wheel_metadata(wheel: Path, name: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        (path,) = [n for n in archive.namelist() if n.endswith(f".dist-info/{name}")]
        return archive.read(path).decode("utf-8")


def requires_dist(wheel: Path) -> list[Requirement]:
    message = email.parser.Parser().parsestr(wheel_metadata(wheel, "METADATA"))
    return [Requirement(line) for line in message.get_all("Requires-Dist") or ()]


def _needed(requirements: Iterable[Requirement]) -> Iterator[Requirement]:
    for req in requirements:
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            yield req


def link_dependencies(
    requirements: Iterable[Requirement], into: Path, provided: set[str]
) -> set[str]:
    """Symlink into ``into`` every installed distribution ``requirements`` need,
    transitively (skipping the ``provided`` ones, which come as wheels), checking
    that the installed version satisfies each declared range.  Returns their names."""
    into.mkdir(parents=True)
    linked: set[str] = set()
    todo = list(_needed(requirements))
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in provided or name in linked:
            continue
        dist = importlib.metadata.distribution(req.name)
        assert req.specifier.contains(dist.version, prereleases=True), (req, dist.version)
        assert dist.files, f"{req.name}: no RECORD to find its files by"
        tops = {PurePosixPath(str(f)).parts[0] for f in dist.files}
        for top in tops - {"..", "__pycache__"}:
            if not (into / top).exists():
                (into / top).symlink_to(Path(str(dist.locate_file(top))))
        linked.add(name)
        todo.extend(_needed(Requirement(r) for r in dist.requires or ()))
    return linked


def fresh_venv(where: Path, wheels: list[Path]) -> tuple[Path, set[str]]:
    """A new environment holding ``wheels`` (installed by pip, not editable) and,
    through a .pth file, only the distributions those wheels declare."""
    created = _run(sys.executable, "-m", "venv", "--without-pip", where / "venv", cwd=where)
    assert created.returncode == 0, created.stderr
    python = where / "venv" / "bin" / "python"
    purelib = _run(
        python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=where
    )
    assert purelib.returncode == 0, purelib.stderr
    provided = {canonicalize_name(w.name.split("-")[0]) for w in wheels}
    declared = [req for wheel in wheels for req in requires_dist(wheel)]
    linked = link_dependencies(declared, where / "deps", provided)
    Path(purelib.stdout.strip(), "deps.pth").write_text(f"{where / 'deps'}\n")
    # pip itself (it vendors what it needs) is on the path only while installing
    pip_only = where / "pip"
    pip_only.mkdir()
    pip_spec = importlib.util.find_spec("pip")
    assert pip_spec is not None and pip_spec.origin is not None
    (pip_only / "pip").symlink_to(Path(pip_spec.origin).parent)
    installed = _run(
        python, "-m", "pip", "install", "--no-deps", "--no-index", "--disable-pip-version-check",
        "--quiet", *wheels, cwd=where, PYTHONPATH=str(pip_only),
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return where / "venv" / "bin", linked


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    built = {}
    for name, source in (
        ("generator", ROOT),
        ("client", GENERATED),
        ("tools", ROOT / "heroku-tools"),
    ):
        work = tmp_path_factory.mktemp(f"build-{name}")
        built[name] = build_wheel(copy_source(source, work), work)
    work = tmp_path_factory.mktemp("build-generator-sdist")
    sdist = build_sdist(copy_source(ROOT, work), work)
    built["generator-via-sdist"] = build_wheel(sdist, work)
    return built


# ---------------------------------------------------------------- the generator


def test_generator_wheel_ships_every_target_file_and_nothing_of_heroku_tools(
    wheels: dict[str, Path],
) -> None:
    names = wheel_names(wheels["generator"])
    shipped = {
        "generator/_templates/" + p.relative_to(ROOT / "templates").as_posix()
        for p in (ROOT / "templates").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    assert shipped and shipped <= names, sorted(shipped - names)
    templates_in_wheel = {n for n in names if n.startswith("generator/_templates/")}
    assert templates_in_wheel == shipped, "no caches, no strays: exactly the source files"
    assert wheel_names(wheels["generator-via-sdist"]) == names, "the sdist misses files"
    assert not [n for n in names if n.startswith("heroku_tools/")]
    entry_points = wheel_metadata(wheels["generator"], "entry_points.txt")
    assert "openapi-pygen = generator.cli:run" in entry_points
    assert "heroku-api" not in entry_points


def test_installed_generator_runs_outside_the_repository_and_regenerates_generated(
    wheels: dict[str, Path], tmp_path: Path
) -> None:
    """`make generate` with a wheel installed elsewhere: the three targets the
    Heroku config names (python, markdown, cli) give the committed generated/."""
    bin_dir, linked = fresh_venv(tmp_path, [wheels["generator"]])
    assert "requests" not in linked, "the generator itself never makes HTTP requests"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    where = _run(
        bin_dir / "python", "-c",
        "import generator, generator.targets as t; print(generator.__file__); print(t.SHIPPED)",
        cwd=elsewhere,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    module, shipped = where.stdout.split()
    assert Path(module).is_relative_to(tmp_path / "venv"), "imported from the source tree"
    assert Path(shipped).is_relative_to(tmp_path / "venv") and shipped.endswith("_templates")

    listed = _run(bin_dir / "openapi-pygen", "targets", cwd=elsewhere)
    assert listed.returncode == 0, listed.stderr
    assert sorted(line.split()[0] for line in listed.stdout.splitlines()) == [
        "cli",
        "markdown",
        "python",
    ]

    out = elsewhere / "out"
    made = _run(
        bin_dir / "openapi-pygen", "generate", PLATFORM, "--config", CONFIG, "--out", out,
        cwd=elsewhere,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    produced, committed = tree_snapshot(out), tree_snapshot(GENERATED)
    assert {p.split("/")[0] for p in produced} >= {"heroku_platform_api", "docs"}
    assert sorted(produced) == sorted(committed)
    assert [p for p in produced if produced[p] != committed[p]] == []


# ---------------------------------------------------------------- heroku-tools


def test_heroku_tools_wheel_declares_its_own_dependencies_and_not_the_generators(
    wheels: dict[str, Path],
) -> None:
    declared = {canonicalize_name(r.name) for r in requires_dist(wheels["tools"])}
    client_name = canonicalize_name(
        email.parser.Parser().parsestr(wheel_metadata(wheels["client"], "METADATA"))["Name"]
    )
    assert {client_name, "requests", "pathspec"} <= declared
    assert not declared & GENERATOR_ONLY
    assert "heroku-api = heroku_tools.cli:main" in wheel_metadata(
        wheels["tools"], "entry_points.txt"
    )
    names = wheel_names(wheels["tools"])
    assert "heroku_tools/py.typed" in names
    assert not [n for n in names if n.startswith(("generator/", "heroku_platform_api/"))]


def test_heroku_api_installed_from_wheels_works_without_the_generator(
    wheels: dict[str, Path], tmp_path: Path, fake_heroku: FakeHeroku, isolated_env: Path
) -> None:
    bin_dir, linked = fresh_venv(tmp_path, [wheels["client"], wheels["tools"]])
    assert not linked & GENERATOR_ONLY
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = _run(
        bin_dir / "python", "-c",
        "import heroku_tools, heroku_platform_api\n"
        "print(heroku_tools.__file__)\n"
        "for name in ('black', 'jinja2', 'openapi_spec_validator', 'generator'):\n"
        "    try:\n        __import__(name)\n    except ImportError:\n        continue\n"
        "    print('importable:', name)",
        cwd=elsewhere,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    assert Path(probe.stdout.splitlines()[0]).is_relative_to(tmp_path / "venv")
    assert probe.stdout.splitlines()[1:] == [], "the generator's dependencies leaked in"

    top = _run(bin_dir / "heroku-api", "--help", cwd=elsewhere)
    assert top.returncode == 0, top.stderr
    assert top.stdout.startswith("usage: heroku-api ") and "\n    deploy " in top.stdout
    fake_heroku.create_app("wheel-app")
    info = _run(
        bin_dir / "heroku-api", "--base-url", fake_heroku.url, "apps", "info", "wheel-app",
        cwd=elsewhere, HEROKU_API_KEY=fake_heroku.token,
    )  # fmt: skip
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["name"] == "wheel-app"

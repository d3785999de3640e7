"""The shipped templates' compiled code, kept like .pyc files (generator/template_cache.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import jinja2
import pytest

from generator import render, targets
from generator.template_cache import ShippedTemplates


def environment(folder: Path) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), trim_blocks=True)
    env.bytecode_cache = ShippedTemplates(folder, env)
    return env


def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja compiles from source from now on."""
    names: list[str] = []
    original = jinja2.Environment.compile

    def compile(
        self: jinja2.Environment, source: object, name: object = None, *a: object, **k: object
    ) -> object:
        names.append(str(name))
        return original(self, source, name, *a, **k)  # type: ignore[call-overload]

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    return names


def test_a_template_is_compiled_once_then_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "t.j2").write_text("{{ x }}!")
    compiled = compiles(monkeypatch)
    assert environment(tmp_path).get_template("t.j2").render(x=1) == "1!"
    assert environment(tmp_path).get_template("t.j2").render(x=2) == "2!"
    assert compiled == ["t.j2"]
    assert list((tmp_path / "__pycache__").glob("jinja-*/*.cache"))


def test_a_changed_template_is_compiled_again(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text("old {{ x }}")
    assert environment(tmp_path).get_template("t.j2").render(x=1) == "old 1"
    (tmp_path / "t.j2").write_text("new {{ x }}")
    assert environment(tmp_path).get_template("t.j2").render(x=1) == "new 1"


def test_other_settings_use_other_entries(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text("{% if x %}\nyes\n{% endif %}\n")
    assert environment(tmp_path).get_template("t.j2").render(x=1) == "yes\n"
    plain = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    plain.bytecode_cache = ShippedTemplates(tmp_path, plain)
    assert plain.get_template("t.j2").render(x=1) == "\nyes\n"
    assert len(list((tmp_path / "__pycache__").glob("jinja-*"))) == 2


def test_a_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text("{{ x }}?")
    environment(tmp_path).get_template("t.j2")
    for entry in (tmp_path / "__pycache__").glob("jinja-*/*.cache"):
        entry.write_bytes(entry.read_bytes()[:40] + b"\xff" * 10)
    assert environment(tmp_path).get_template("t.j2").render(x=3) == "3?"


def test_a_read_only_installation_compiles_every_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "t.j2").write_text("{{ x }}")

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refused)  # what Jinja writes with
    assert environment(tmp_path).get_template("t.j2").render(x=4) == "4"
    assert not list((tmp_path / "__pycache__").glob("jinja-*/*.cache"))


def test_a_cache_that_cannot_be_written_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text("{{ x }}")
    (tmp_path / "__pycache__").write_text("a file where the folder would go")
    assert environment(tmp_path).get_template("t.j2").render(x=5) == "5"


def test_only_shipped_targets_are_cached(tmp_path: Path) -> None:
    assert isinstance(render.environment(targets.load("python")).bytecode_cache, ShippedTemplates)
    (tmp_path / "models").mkdir()
    user = targets.load("python", tmp_path)  # a folder overriding shipped templates
    assert targets.user_folders(user)
    assert render.environment(user).bytecode_cache is None

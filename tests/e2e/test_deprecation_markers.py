"""The other targets on the errors/streams fixture: the Markdown reference and
the CLI help mark a deprecated operation and a deprecated parameter, with the
facts and the wording taken from the binding (``Method.deprecated``,
``deprecation_note``, ``deprecated_suffix``, ``Arg.deprecated``); and the CLI
prints server-sent events one JSON line each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import binding, pipeline
from generator.binding.methods import DEPRECATED_OPERATION
from helpers import ROOT
from responses_helpers import Handler, loopback

SPEC = ROOT / "tests" / "fixtures" / "features" / "errors_streams.yaml"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = pipeline.generate(
        SPEC, ["python", "cli", "markdown"], config={"package": "depr", "token_env": "DEPR_TOKEN"}
    )
    root = tmp_path_factory.mktemp("depr")
    for rel, text in result.files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def cli(out: Path, *args: str, raw: bool = False) -> str:
    env = dict(os.environ, PYTHONPATH=str(out), DEPR_TOKEN="t")
    done = subprocess.run(
        [sys.executable, "-m", "depr.cli", *args], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout if raw else " ".join(done.stdout.split())


def test_markdown_marks_operation_and_parameter(out: Path) -> None:
    text = (out / "docs" / "items.md").read_text()
    assert "(use search instead) (deprecated)" in (out / "docs" / "index.md").read_text()
    assert "> **Deprecated:** this operation may be removed from the API." in text
    assert "List items (use search instead)](#list_items_old): `GET /items` (deprecated)" in text
    (row,) = [line for line in text.splitlines() if line.startswith("| `verbose`")]
    assert "**Deprecated.** Ignored since v2." in row


def test_cli_help_marks_operation_and_parameter(out: Path) -> None:
    assert "(deprecated)" in cli(out, "items", "--help")
    assert DEPRECATED_OPERATION in cli(out, "items", "list-old", "--help")
    assert "Deprecated. Ignored since v2." in cli(out, "items", "get", "--help")


def test_the_binding_owns_the_fact() -> None:
    from generator import builder, loader

    doc, converted = loader.as_openapi(str(SPEC), loader.read_document(SPEC))
    api = builder.build(doc, str(SPEC), converted)
    py = binding.build(api, binding.package_options(api, {}, None))
    methods = {m.ident: m for m in py.methods.values()}
    assert methods["list_old"].deprecated and methods["list_old"].deprecated_suffix
    assert not methods["get"].deprecated and methods["get"].argument("query", "verbose").deprecated


def test_cli_prints_events_as_lines(out: Path) -> None:
    def ticks(handler: Handler) -> None:
        body = b'id: 1\ndata: {"n": 1}\n\nevent: last\ndata: {"n": 2}\n\n'
        handler.reply(200, body, "text/event-stream")

    with loopback({("GET", "/ticks"): ticks}) as server:
        printed = cli(out, "--base-url", server.url, "events", "stream-ticks", raw=True)
    assert [json.loads(line) for line in printed.splitlines()] == [
        {"event": "message", "id": "1", "data": {"n": 1}},
        {"event": "last", "id": "1", "data": {"n": 2}},
    ]

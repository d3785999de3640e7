"""Small helpers shared by the generator's tests."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from generator.output import is_tool_output

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "heroku.yaml"  # the seed: 46 operations, still validated and generated
# What `make generate` renders into generated/: the complete Platform API (305 operations).
PLATFORM = ROOT / "spec" / "heroku-platform.yaml"
CONFIG = ROOT / "spec" / "heroku.generator.yaml"
GENERATED = ROOT / "generated"


def heroku_config() -> dict[str, Any]:
    return yaml.safe_load(CONFIG.read_text())


def write_spec(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(
        json.dumps(doc) if path.suffix == ".json" else yaml.safe_dump(doc, sort_keys=False)
    )
    return path


def minimal_spec(
    paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Test API", "version": "1"},
        "paths": paths or {},
    }
    if schemas:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def tree_snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not is_tool_output(p.relative_to(root).parts)
    }


def load_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` as a module (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(f"{name}_script", ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def models_source(package: Path) -> str:
    """The source of every module of a generated package's ``models`` (one per class)."""
    return "\n".join(p.read_text() for p in sorted((package / "models").glob("*.py")))

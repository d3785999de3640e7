"""The generation pipeline, one direction only:

    spec file -> loader -> builder (intermediate model) -> render -> format

It returns the files as text; writing them (or diffing them) is the caller's
choice, so ``--check`` and the golden tests share exactly this code path.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from . import builder, ir, loader, naming, render, targets
from .formatting import format_files

DEFAULT_OPTIONS: dict[str, Any] = {
    "package_version": "0.1.0",
    "default_headers": {},
    "token_env": "",
    "netrc": True,
}


@dataclass(frozen=True)
class Result:
    api: ir.Api
    files: dict[str, str]
    seconds: float
    locations: dict[str, str]  # operation pointer -> where the generated code lives

    def report(self, spec: str) -> dict[str, Any]:
        """The ``--report`` JSON: every operation, its status, and the warnings."""
        operations = [
            {
                "method": op.method,
                "path": op.path,
                "operationId": op.operation_id,
                "function": self.locations.get(op.pointer),
                "status": "degraded" if op.degraded else "generated",
                "reasons": list(op.degraded),
            }
            for op in self.api.operations
        ]
        degraded = sum(1 for op in operations if op["status"] == "degraded")
        return {
            "spec": spec,
            "summary": {
                "operations": len(operations),
                "generated": len(operations) - degraded,
                "degraded": degraded,
                "models": len(self.api.models),
                "enums": len(self.api.enums),
                "warnings": len(self.api.warnings),
                "seconds": round(self.seconds, 3),
            },
            "operations": operations,
            "warnings": [{"pointer": w.pointer, "message": w.message} for w in self.api.warnings],
        }


def options_for(api: ir.Api, config: dict[str, Any], package: Optional[str]) -> dict[str, Any]:
    options = dict(DEFAULT_OPTIONS)
    options.update(config)
    options["package"] = naming.snake_ident(
        package or options.get("package") or api.title, "client"
    )
    return options


def generate(
    spec: Path,
    target_names: list[str],
    package: Optional[str] = None,
    config: Optional[dict[str, Any]] = None,
    templates: Optional[Path] = None,
) -> Result:
    started = time.perf_counter()
    chosen = [targets.load(name, templates) for name in target_names]
    doc, warnings = loader.load(spec)
    api = builder.build(doc, str(spec), warnings)
    options = options_for(api, config or {}, package)
    files: dict[str, str] = {}
    locations: dict[str, str] = {}
    for target in chosen:
        files.update(format_files(render.render(target, api, options), target.formatter))
        if target.locate is not None and not locations:
            locations = {op.pointer: target.locate(api, op, options) for op in api.operations}
    return Result(api, files, time.perf_counter() - started, locations)

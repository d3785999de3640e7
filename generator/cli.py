"""Command line: ``python -m generator generate SPEC --out DIR ...``.

Every failure a user can cause is reported as one line on stderr with exit
status 2; a failure of the generator itself asks for a bug report (and shows
the traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path
from typing import Any, Optional, Sequence

import yaml

from . import __version__, output, pipeline, targets
from .errors import GeneratorError

EXIT_OK, EXIT_DIFFERS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openapi-pygen", description="Generate typed clients from OpenAPI documents."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser("generate", help="generate a client from an OpenAPI document")
    gen.add_argument("spec", type=Path, help="OpenAPI document (YAML or JSON)")
    gen.add_argument(
        "--out",
        type=Path,
        required=True,
        help=(
            "output folder; the generator replaces or removes only the files it wrote there "
            f"before (listed in its {output.MARKER}) and refuses a non-empty folder without "
            "that marker, the spec's folder or above, the home folder and a symbolic link"
        ),
    )
    gen.add_argument(
        "--force",
        action="store_true",
        help=(
            "write into a non-empty --out that has no marker: generated files replace "
            "same-named files there, and no other file is touched or deleted"
        ),
    )
    gen.add_argument(
        "--package", help="name of the generated Python package (default: from the title)"
    )
    gen.add_argument(
        "--target",
        action="append",
        dest="targets",
        help="target to render (repeatable; default: python)",
    )
    gen.add_argument(
        "--config", type=Path, help="YAML file of API-specific options (headers, token variable...)"
    )
    gen.add_argument(
        "--templates", type=Path, help="a target folder, or templates overriding a shipped target"
    )
    gen.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 with a diff if --out is stale"
    )
    gen.add_argument(
        "--report", type=Path, help="write a JSON report of every operation and warning"
    )
    gen.add_argument(
        "--full-black",
        action="store_true",
        help="run black over all Python output, not only the pieces the emitter could not lay out",
    )
    gen.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    gen.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")

    lst = commands.add_parser("targets", help="list the available targets")
    lst.add_argument("--templates", type=Path, help="also list targets in this folder")
    return parser


def _config(path: Optional[Path]) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise GeneratorError(f"{path}: cannot read config: {exc}") from None
    if not isinstance(data, dict):
        raise GeneratorError(f"{path}: config must be a mapping")
    return data


def _write_report(args: argparse.Namespace, result: pipeline.Result) -> None:
    if args.report is None:
        return
    try:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(result.report(str(args.spec)), indent=2) + "\n")
    except OSError as exc:
        raise GeneratorError(f"{args.report}: cannot write the report: {exc.strerror}") from None


def _generate(args: argparse.Namespace) -> int:
    inputs = (args.spec, args.config, args.templates)
    if not args.check:  # refuse a dangerous --out before the (slower) generation
        output.check_location(args.out, inputs)
    config = _config(args.config)
    result = pipeline.generate(
        args.spec,
        args.targets or pipeline.default_targets(config),
        package=args.package,
        config=config,
        templates=args.templates,
        full_black=args.full_black,
    )
    if args.check:
        _write_report(args, result)
        diff = output.diff_tree(args.out, result.files)
        if diff:
            sys.stdout.writelines(diff)
            print(
                f"{args.out} is out of date ({len(diff)} diff lines); run the generator to update it",
                file=sys.stderr,
            )
            return EXIT_DIFFERS
        if not args.quiet:
            print(f"{args.out} is up to date")
        return EXIT_OK
    output.write_tree(args.out, result.files, force=args.force, inputs=inputs)
    _write_report(args, result)  # after the output: a report inside --out is not in the way
    if not args.quiet:
        summary = result.report(str(args.spec))["summary"]
        print(
            f"operations: {summary['generated']} generated, {summary['degraded']} degraded; "
            f"{summary['models']} models, {summary['enums']} enums, {summary['warnings']} warnings; "
            f"{summary['seconds']:.2f}s -> {args.out}"
        )
        for warning in result.api.warnings:
            print(f"warning: {args.spec}#{warning.pointer}: {warning.message}", file=sys.stderr)
    return EXIT_OK


def _targets(args: argparse.Namespace) -> int:
    for name, folder in sorted(targets.available(args.templates).items()):
        print(f"{name:12} {targets.describe(folder)}")
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _generate(args) if args.command == "generate" else _targets(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug in the generator, not in the input
        if getattr(args, "debug", False):
            traceback.print_exc()
        else:
            print(
                f"internal error: {type(exc).__name__}: {exc}\n"
                "This is a bug in the generator. Please report it with the document that "
                "triggered it; rerun with --debug to see the traceback.",
                file=sys.stderr,
            )
        return EXIT_BUG

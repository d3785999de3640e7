"""Command line: ``python -m generator generate SPEC --out DIR ...``.

Every failure a user can cause is reported as one line on stderr with exit
status 2; a failure of the generator itself asks for a bug report (and shows
the traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NoReturn, Optional, Sequence

from . import __version__, gc_pause, output, workers
from .errors import ConfigError, GeneratorError, one_line

if TYPE_CHECKING:
    from concurrent.futures import Future

    from . import pipeline

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
    gen.add_argument(
        "--strict",
        action="store_true",
        default=None,
        help=(
            "refuse the document on its first warning (a pattern Python cannot compile, a "
            "default that breaks its schema, a skipped callback...); also config key 'strict'"
        ),
    )
    gen.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    gen.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")

    conv = commands.add_parser(
        "convert", help="convert a JSON Hyper-Schema (Heroku's prmd dialect) to OpenAPI 3.1 YAML"
    )
    conv.add_argument("spec", type=Path, help="JSON Hyper-Schema document (JSON or YAML)")
    conv.add_argument(
        "-o", "--out", type=Path, required=True, help="OpenAPI YAML file to write (replaced)"
    )
    conv.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")

    lst = commands.add_parser("targets", help="list the available targets")
    lst.add_argument("--templates", type=Path, help="also list targets in this folder")
    return parser


def _write(what: Path, action: Callable[[], None]) -> None:
    """Run ``action`` (which writes ``what``); a full disk, a read-only or missing
    parent folder is the user's environment, reported in one line, not a bug."""
    try:
        action()
    except OSError as exc:
        detail = f" ({exc.filename})" if exc.filename and exc.filename != str(what) else ""
        raise GeneratorError(f"{what}: cannot write: {exc.strerror or exc}{detail}") from None


def _write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _check_configured_targets(path: Path, names: list[str], templates: Optional[Path]) -> None:
    """A target the config names must exist, and the error says which file named it."""
    from . import targets

    known = targets.available(templates if templates is not None and templates.is_dir() else None)
    for name in names:
        if name not in known:
            raise GeneratorError(
                f"{path}: config key 'targets': unknown target {name!r} "
                f"(known: {', '.join(sorted(known))})"
            )


def _warn(text: str) -> None:
    print(f"warning: {one_line(text)}", file=sys.stderr)


def _write_report(args: argparse.Namespace, result: pipeline.Result) -> None:
    if args.report is not None:
        report = json.dumps(result.report(str(args.spec)), indent=2) + "\n"
        _write(args.report, lambda: _write_text(args.report, report))


def _generate(args: argparse.Namespace) -> int:
    """Generate, with the worker pools (large documents only) opened first thing:
    validation's worker starts before this process imports the generator."""
    spec_file = args.spec.is_file()  # a missing spec: the loader says so, in one line
    with workers.pools(args.spec, None) if spec_file else contextlib.nullcontext() as pools:
        validating = workers.start_validation(pools, args.spec) if pools is not None else None
        return _generate_with(args, pools, validating)


def _generate_with(
    args: argparse.Namespace,
    pools: Optional[workers.Pools],
    validating: Optional["Future[tuple[bool, Any]]"],
) -> int:
    from . import config, pipeline  # after the pools: see _generate

    options, notes = config.load(args.config)
    if not args.quiet:
        for note in notes:
            _warn(note)
    if not args.targets and "targets" in options:
        _check_configured_targets(args.config, options["targets"], args.templates)
    inputs = (args.spec, args.config, args.templates)
    if not args.check:  # refuse a dangerous --out before the (slower) generation
        output.check_location(args.out, inputs)
    try:
        # Without the cycle collector (see gc_pause): 15-25% of a large run
        # (ec2: 1.0 of 6.2 s, autotask 1.9 of 7.5 s), at the same peak memory.
        # The console script (run) never switches it back on.
        with gc_pause.paused():
            result = pipeline.generate(
                args.spec,
                args.targets or pipeline.default_targets(options),
                package=args.package,
                config=options,
                templates=args.templates,
                full_black=args.full_black,
                strict=args.strict,
                pools=pools,
                validating=validating,
            )
    except ConfigError as exc:
        raise GeneratorError(f"{args.config or '--config'}: {exc}") from None
    if not args.quiet:
        for note in result.notices:
            _warn(note)
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
    _write(
        args.out, lambda: output.write_tree(args.out, result.files, force=args.force, inputs=inputs)
    )
    _write_report(args, result)  # after the output: a report inside --out is not in the way
    if not args.quiet:
        summary = result.report(str(args.spec))["summary"]
        print(
            f"operations: {summary['generated']} generated, {summary['degraded']} degraded; "
            f"{summary['models']} models, {summary['enums']} enums, {summary['warnings']} warnings; "
            f"{summary['seconds']:.2f}s -> {args.out}"
        )
        _print_paging(result)
        for warning in result.api.warnings:
            _warn(f"{args.spec}#{warning.pointer}: {warning.message}")
    return EXIT_OK


def _print_paging(result: pipeline.Result) -> None:
    """The paged operations by source and strategy, and every inferred one
    with its reason (inference guesses from names: the user should see them)."""
    paged = result.report("")["summary"]["paged"]
    if not paged:
        return
    parts = [
        f"{sum(c.values())} {source} ("
        + ", ".join(f"{strategy} {n}" for strategy, n in c.items())
        + ")"
        for source, c in paged.items()
    ]
    print("paged operations: " + "; ".join(parts))
    for op in result.api.operations:
        p = op.pagination
        if p is not None and p.source == "inferred":
            print(f"  inferred {p.strategy} paging: {op.operation_id} ({p.reason})")


def _convert(args: argparse.Namespace) -> int:
    from . import convert  # only this command needs it

    text, warnings = convert.convert_file(args.spec)
    convert.write_atomically(args.out, text, args.spec)
    if not args.quiet:
        print(f"{args.spec} -> {args.out} (OpenAPI 3.1, {len(warnings)} warnings)")
        for pointer, message in warnings:
            _warn(f"{args.spec}#{pointer}: {message}")
    return EXIT_OK


def _targets(args: argparse.Namespace) -> int:
    from . import targets

    for name, folder in sorted(targets.available(args.templates).items()):
        print(f"{name:12} {targets.describe(folder)}")
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "convert":
            return _convert(args)
        return _generate(args) if args.command == "generate" else _targets(args)
    except GeneratorError as exc:
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug in the generator, not in the input
        if getattr(args, "debug", False):
            traceback.print_exc()
        else:
            print(
                f"internal error: {one_line(f'{type(exc).__name__}: {exc}')}\n"
                "This is a bug in the generator. Please report it with the document that "
                "triggered it; rerun with --debug to see the traceback.",
                file=sys.stderr,
            )
        return EXIT_BUG


def run() -> NoReturn:
    """The console script: :func:`main` in a process of its own, which ends as
    soon as the output is written and the streams are flushed.

    The cycle collector stays off for the whole run: switched back on, its
    first pass scans every object still alive (zuora: 0.1 s) just before the
    process ends.  And the process ends with ``os._exit``: the interpreter's
    orderly shutdown frees every object one at a time (zuora: 0.2 s, ec2 more)
    for nothing.  Every file is written and closed, and every worker process
    joined, before :func:`main` returns; ``--help`` and usage errors leave
    through argparse's ``SystemExit`` as usual.
    """
    gc.disable()
    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe: what Python itself reports for it
        status = status or 120
    os._exit(status)

"""``heroku-api``: the generated API command line plus deploy, rollback, logs
and releases.

Every API operation is a command of the generated ``heroku_platform_api.cli``
(``heroku-api apps info NAME``, ``heroku-api config-vars update -a NAME
FOO=bar``); the workflow commands are added beside them.  ``releases`` is
both: with ``--app`` and no subcommand it lists an app's releases, newest
first; ``releases list|create|info`` are the API commands.

Exit status: 0 on success, 1 when a build fails (or another API call does),
2 on usage and authentication errors, 130 on Ctrl-C (a build keeps running
on Heroku: its id is printed), 141 when stdout is closed early (``| head``).
``--json`` prints machine-readable results of the workflow commands on
stdout (API commands always print JSON); progress and build output go to
stderr.  Global options (``--json``, ``--base-url``) work before or after
the command.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Optional, Sequence

import requests

from heroku_platform_api import (
    ApiError,
    Client,
    ClientError,
    Forbidden,
    MissingCredentials,
    Unauthorized,
)
from heroku_platform_api import cli as api_cli

from . import workflow
from .tarball import TarballError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = api_cli.EXIT_INTERRUPTED


class Progress:
    """A one-line upload progress bar on stderr (plain percentages when stderr
    is not a terminal, so CI logs stay readable)."""

    def __init__(self, stream: Any = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 if total <= 0 else done * 100 // total
        if self.tty:
            filled = self.width * percent // 100
            bar = "#" * filled + "-" * (self.width - filled)
            self.stream.write(f"\rUploading [{bar}] {percent:3d}% {done}/{total} bytes")
            if done >= total:
                self.stream.write("\n")
        elif percent // 25 != self._last // 25 or done >= total:
            self.stream.write(f"Uploading: {percent}% ({done}/{total} bytes)\n")
        self._last = percent
        self.stream.flush()


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def _release_line(release: Any) -> str:
    status = release.status.value if release.status else "?"
    when = release.created_at.isoformat() if release.created_at else ""
    return f"v{release.version}\t{status}\t{when}\t{release.description or ''}"


def _cmd_deploy(client: Client, args: argparse.Namespace) -> int:
    def show(line: str) -> None:
        print(line, file=sys.stderr)

    path = Path(args.path)
    if not path.is_dir() and not (path.is_file() and path.name.endswith((".tar.gz", ".tgz"))):
        what = "no such file or directory" if not path.exists() else "not a directory or .tar.gz"
        raise api_cli.UsageError(f"{args.path}: {what}")
    started: list[Any] = []
    try:
        result = workflow.deploy(
            client,
            args.app,
            path,
            args.version,
            on_output=None if args.quiet else show,
            on_upload_progress=None if args.quiet else Progress(),
            on_build=started.append,
            timeout=args.timeout,
        )
    except KeyboardInterrupt:
        print(_interrupted(args.app, started[0].id if started else None), file=sys.stderr)
        return EXIT_INTERRUPTED
    if args.json:
        _print_json(
            {
                "build": result.build.to_dict(),
                "release": result.release.to_dict(),
                "checksum": result.tarball.checksum,
            }
        )
    else:
        print(f"Released v{result.release.version} of {args.app} (build {result.build.id})")
    return EXIT_OK


def _interrupted(app: str, build_id: Optional[str]) -> str:
    """The one line for Ctrl-C during a deploy: once the build exists, it goes on
    without us, so say which it is and how to follow it."""
    if build_id is None:
        return "interrupted: no build was started"
    return (
        f"interrupted: build {build_id} continues on Heroku;"
        f" follow it with: heroku-api builds info -a {app} {build_id}"
    )


def _cmd_rollback(client: Client, args: argparse.Namespace) -> int:
    release = workflow.rollback(client, args.app, args.version)
    if args.json:
        _print_json(release.to_dict())
    else:
        print(f"Rolled back {args.app} to v{str(args.version).lstrip('v')}: now v{release.version}")
    return EXIT_OK


def _cmd_logs(client: Client, args: argparse.Namespace) -> int:
    for line in workflow.tail_logs(
        client, args.app, dyno=args.dyno, source=args.source, lines=args.num, tail=args.tail
    ):
        print(json.dumps({"line": line}) if args.json else line, flush=True)
    return EXIT_OK


def _cmd_releases(client: Client, args: argparse.Namespace) -> int:
    if args.app is None:
        raise api_cli.UsageError("the following arguments are required: -a/--app (or a COMMAND)")
    pages = client.releases.list(args.app, max=args.num, field="version", order="desc")
    releases = list(pages)[: args.num]
    if args.json:
        _print_json([r.to_dict() for r in releases])
    else:
        for release in releases:
            print(_release_line(release))
    return EXIT_OK


Subcommands = argparse._SubParsersAction  # the object add_subparsers() returns


def _subcommands(parser: argparse.ArgumentParser) -> Optional[Subcommands[Any]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def add_commands(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """Register the workflow subcommands on an argparse subparsers object (the
    generated API command line's).  Where the API already has a group of the
    same name (``releases``), the workflow command becomes what the group does
    without a subcommand."""
    shared = [api_cli.SHARED_OPTIONS]  # --json, --base-url after the command too
    deploy = commands.add_parser(
        "deploy", help="build a directory or tarball and release it", parents=shared
    )
    deploy.add_argument("path", help="project directory or .tar.gz")
    deploy.add_argument("--app", "-a", required=True)
    deploy.add_argument("--version", help="version recorded with the build (e.g. a git sha)")
    deploy.add_argument(
        "--timeout", type=float, default=900.0, help="seconds to wait for the build"
    )
    deploy.add_argument("--quiet", "-q", action="store_true", help="no progress or build output")
    deploy.set_defaults(handler=_cmd_deploy, workflow_parser=deploy)

    rollback = commands.add_parser(
        "rollback", help="release the slug of an earlier release again", parents=shared
    )
    rollback.add_argument("version", help="release version, e.g. 42 or v42")
    rollback.add_argument("--app", "-a", required=True)
    rollback.set_defaults(handler=_cmd_rollback, workflow_parser=rollback)

    logs = commands.add_parser("logs", help="show (and follow) an app's logs", parents=shared)
    logs.add_argument("--app", "-a", required=True)
    logs.add_argument("--tail", "-t", action="store_true", help="keep following")
    logs.add_argument("--dyno", "-d")
    logs.add_argument("--source", choices=["app", "heroku"])
    logs.add_argument("--num", "-n", type=int, default=100, help="lines of history")
    logs.set_defaults(handler=_cmd_logs, workflow_parser=logs)

    summary = "list an app's releases, newest first"
    releases = commands.choices.get("releases")
    if releases is None:
        releases = commands.add_parser(
            "releases", help=summary, description=summary + ".", parents=shared
        )
    else:  # the API group: its commands stay, and without one it lists releases
        api_commands = _subcommands(releases)
        if api_commands is not None:
            api_commands.required = False
        releases.description = (  # shown as it is (the generated parsers' formatter)
            f"With --app and no COMMAND: {summary}\n"
            "(one per line, or JSON with heroku-api --json).\n\n"
            "With a COMMAND: that API operation."
        )
        for choice in commands._choices_actions:  # the group's line in the top-level help
            if choice.dest == "releases":
                choice.help = f"Release management; with --app alone: {summary}"
    releases.add_argument("--app", "-a", help="the app whose releases to list")
    releases.add_argument(
        "--num", "-n", type=int, default=20, help="how many releases to list (default 20)"
    )
    releases.set_defaults(handler=_cmd_releases, workflow_parser=releases)


def build_parser() -> argparse.ArgumentParser:
    parser, commands = api_cli.build_parser("heroku-api")
    parser.description = (
        "Heroku Platform API from the command line: every API operation as\n"
        "GROUP COMMAND (JSON output), plus deploy, rollback, logs and releases."
    )
    for action in parser._actions:  # the generated --json: here it also means JSON results
        if action.dest == "json":
            action.help = (
                "machine-readable output of deploy, rollback, logs and releases"
                " (API commands always print JSON); before or after the command"
            )
    add_commands(commands)
    return parser


def run(client: Client, args: argparse.Namespace) -> int:
    """Run a parsed workflow command, mapping failures to exit statuses."""
    try:
        return int(args.handler(client, args))
    except api_cli.UsageError as error:
        parser: argparse.ArgumentParser = args.workflow_parser
        parser.print_usage(sys.stderr)
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (MissingCredentials, Unauthorized, Forbidden) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except workflow.DeployFailed as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except (ApiError, ClientError, workflow.DeployError, TarballError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except requests.RequestException as error:  # a blob store or stream, not the API
        print(f"error: {type(error).__name__} talking to the build or log service", file=sys.stderr)
        return EXIT_FAILED


def main(argv: Optional[Sequence[str]] = None) -> int:
    """The ``heroku-api`` command.  A closed stdout (``| head``) and Ctrl-C end
    it quietly with their conventional statuses, never with a traceback."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        with Client(base_url=args.base_url) as client:
            if getattr(args, "api_call", None) is not None:  # a generated API command
                return api_cli.run(client, args)
            return run(client, args)
    except BrokenPipeError:
        return api_cli.stdout_closed()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())

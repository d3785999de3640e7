"""``heroku-api``: deploy, rollback, logs and releases from the command line.

Exit status: 0 on success, 1 when a build fails (or another API call does),
2 on usage and authentication errors.  ``--json`` prints machine-readable
results on stdout; progress and build output go to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Optional, Sequence

from heroku_platform_api import (
    ApiError,
    Client,
    ClientError,
    Forbidden,
    MissingCredentials,
    Unauthorized,
)

from . import workflow
from .tarball import TarballError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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

    result = workflow.deploy(
        client,
        args.app,
        args.path,
        args.version,
        on_output=None if args.quiet else show,
        on_upload_progress=None if args.quiet else Progress(),
        timeout=args.timeout,
    )
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
    releases = list(
        client.releases.list_releases(args.app, max=args.num, field="version", order="desc")
    )[: args.num]
    if args.json:
        _print_json([r.to_dict() for r in releases])
    else:
        for release in releases:
            print(_release_line(release))
    return EXIT_OK


def add_commands(commands: Any) -> None:
    """Register the workflow subcommands on an argparse subparsers object (the
    generated API command line adds them to its own)."""
    deploy = commands.add_parser("deploy", help="build a directory or tarball and release it")
    deploy.add_argument("path", help="project directory or .tar.gz")
    deploy.add_argument("--app", "-a", required=True)
    deploy.add_argument("--version", help="version recorded with the build (e.g. a git sha)")
    deploy.add_argument(
        "--timeout", type=float, default=900.0, help="seconds to wait for the build"
    )
    deploy.add_argument("--quiet", "-q", action="store_true", help="no progress or build output")
    deploy.set_defaults(handler=_cmd_deploy)

    rollback = commands.add_parser("rollback", help="release the slug of an earlier release again")
    rollback.add_argument("version", help="release version, e.g. 42 or v42")
    rollback.add_argument("--app", "-a", required=True)
    rollback.set_defaults(handler=_cmd_rollback)

    logs = commands.add_parser("logs", help="show (and follow) an app's logs")
    logs.add_argument("--app", "-a", required=True)
    logs.add_argument("--tail", "-t", action="store_true", help="keep following")
    logs.add_argument("--dyno", "-d")
    logs.add_argument("--source", choices=["app", "heroku"])
    logs.add_argument("--num", "-n", type=int, default=100, help="lines of history")
    logs.set_defaults(handler=_cmd_logs)

    releases = commands.add_parser("releases", help="list an app's releases, newest first")
    releases.add_argument("--app", "-a", required=True)
    releases.add_argument("--num", "-n", type=int, default=20)
    releases.set_defaults(handler=_cmd_releases)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heroku-api", description="Heroku Platform API from the command line."
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser.add_argument("--base-url", help="API base URL (default: the spec's server)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_commands(commands)
    return parser


def run(client: Client, args: argparse.Namespace) -> int:
    """Run a parsed workflow command, mapping failures to exit statuses."""
    try:
        return int(args.handler(client, args))
    except (MissingCredentials, Unauthorized, Forbidden) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except workflow.DeployFailed as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except (ApiError, ClientError, workflow.DeployError, TarballError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    with Client(base_url=args.base_url) as client:
        return run(client, args)

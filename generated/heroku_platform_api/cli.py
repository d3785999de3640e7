"""Command line for the Heroku Platform API: ``python -m heroku_platform_api.cli``.

One command group per tag of the API and one command per operation
(``GROUP COMMAND --help`` lists the arguments).  Results print as JSON on
stdout; paginated lists are fetched page after page and print as one array;
server-sent events print as they arrive, one JSON object a line.
A request body is given with ``--body JSON`` (or KEY=VALUE options);
``--json`` only ever means JSON output.  The global options (``--base-url``,
``--json``) work before or after the command.  A command's first path
parameter (``--app`` of ``config-vars info``) is an option everywhere; where
it is also what the command is about (``apps info APP``) it can be given
positionally instead.  Exit status: 0 on success, 1 when the API or the
network fails, 2 on usage errors and missing or rejected credentials, 130
on Ctrl-C, 141 when stdout is closed early (``| head``).

``build_parser()`` and ``run()`` let a hand-written tool add commands of its
own beside the generated ones.

Generated from the OpenAPI document; do not edit by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from pathlib import Path
from typing import Any, Callable, NamedTuple, Optional, Sequence, Union

from . import __version__
from . import _runtime as _rt
from .client import Client

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141  # 128 + SIGINT, 128 + SIGPIPE

Handler = Callable[[Client, argparse.Namespace], Any]
_FORMATTER = argparse.RawDescriptionHelpFormatter


class UsageError(Exception):
    """A command line the parser accepted but the command cannot use
    (a required body field missing, --body of the wrong shape...)."""


class _Field(NamedTuple):
    """One field of a request body: its JSON key, the client's keyword argument,
    and the option that sets it (``dest`` None: only settable with --body)."""

    wire: str
    ident: str
    dest: Optional[str]
    flag: Optional[str]
    required: bool


class _Raw(NamedTuple):
    """A result that is text or bytes rather than JSON data."""

    value: Any


class _KeyValues(argparse.Action):
    """``KEY=VALUE`` arguments into a dict.  With ``null_if_empty``, ``KEY=``
    maps KEY to None (sent as JSON null: for config vars, it removes KEY)."""

    def __init__(
        self,
        option_strings: Sequence[str],
        dest: str,
        null_if_empty: bool = False,
        **kwargs: Any,
    ) -> None:
        self.null_if_empty = null_if_empty
        super().__init__(option_strings, dest, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Union[str, Sequence[Any], None],
        option_string: Optional[str] = None,
    ) -> None:
        items = [values] if isinstance(values, str) else list(values or [])
        if not items:
            return
        pairs = dict(getattr(namespace, self.dest, None) or {})
        for item in items:
            key, sep, value = str(item).partition("=")
            if not sep or not key:
                raise argparse.ArgumentError(self, f"expected KEY=VALUE, got {item!r}")
            pairs[key] = None if value == "" and self.null_if_empty else value
        setattr(namespace, self.dest, pairs)


# ---------------------------------------------------------------- argument types


def _read(source: str) -> bytes:
    """The bytes of file ``source`` (``-``: standard input)."""
    if source == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(source).read_bytes()
    except OSError as error:
        raise argparse.ArgumentTypeError(
            f"cannot read {source}: {error.strerror or error}"
        ) from None


def _json_value(text: str) -> Any:
    """An option value given as JSON text."""
    try:
        return json.loads(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not valid JSON: {error}") from None


def _json_input(text: str) -> Any:
    """--body: JSON text, ``@FILE``, or ``@-`` for standard input."""
    if text.startswith("@"):
        try:
            text = _read(text[1:]).decode("utf-8")
        except UnicodeDecodeError:
            raise argparse.ArgumentTypeError(f"{text[1:]} is not UTF-8 text") from None
    return _json_value(text)


def _data_input(text: str) -> Union[str, bytes]:
    """--data: text as it is, or the bytes of ``@FILE`` / ``@-`` (standard input)."""
    return _read(text[1:]) if text.startswith("@") else text


def _file_input(path: str) -> tuple[str, bytes]:
    """A file upload: (file name, content); ``-`` reads standard input."""
    return ("stdin" if path == "-" else os.path.basename(path)), _read(path)


def _page_size(top: Optional[int]) -> Callable[[str], int]:
    """The page size option's type: a number from 1 to ``top`` (None: no top)."""

    def page_size(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1 or (top is not None and value > top):
            expected = f"a number from 1 to {top}" if top is not None else "a number from 1"
            raise argparse.ArgumentTypeError(f"expected {expected}, got {text!r}")
        return value

    return page_size


# ---------------------------------------------------------------- call arguments


def _either(args: argparse.Namespace, positional: str, option: str, name: str) -> Any:
    """A value that can be given positionally or as an option: exactly once."""
    given = [getattr(args, positional), getattr(args, option)]
    given = [value for value in given if value is not None]
    if not given:
        raise UsageError(f"the following arguments are required: {name}")
    if len(given) > 1:
        raise UsageError(f"give {name}, not both")
    return given[0]


def _given(**values: Any) -> dict[str, Any]:
    """The keyword arguments whose options were given (None: not given)."""
    return {key: value for key, value in values.items() if value is not None}


def _json_object(args: argparse.Namespace) -> Optional[dict[str, Any]]:
    given = args.body_json
    if isinstance(given, _rt.Unset):
        return None
    if not isinstance(given, dict):
        raise UsageError("--body: the request body must be a JSON object")
    return dict(given)


def _object(args: argparse.Namespace, table: Sequence[_Field], required: bool) -> Any:
    """The body as a JSON object: --body, then the options given on top of it."""
    from_json = _json_object(args)
    body = from_json or {}
    for field in table:
        value = getattr(args, field.dest) if field.dest is not None else None
        if value is not None:
            body[field.wire] = value
    if not body and from_json is None and not required:
        return _rt.UNSET
    missing = [field for field in table if field.required and field.wire not in body]
    if missing:
        names = [field.flag or f"{field.wire!r} in --body" for field in missing]
        raise UsageError("the following arguments are required: " + ", ".join(names))
    return body


def _fields(args: argparse.Namespace, table: Sequence[_Field]) -> dict[str, Any]:
    """A flattened body as the client method's keyword arguments."""
    body = _object(args, table, required=True)
    idents = {field.wire: field.ident for field in table}
    unknown = [key for key in body if key not in idents]
    if unknown:
        raise UsageError(
            "--body: unknown field(s) "
            + ", ".join(repr(key) for key in unknown)
            + "; known: "
            + ", ".join(repr(key) for key in idents)
        )
    return {idents[key]: value for key, value in body.items()}


def _pairs(args: argparse.Namespace, required: bool) -> Any:
    """A map body: --body, then the KEY=VALUE pairs on top of it."""
    from_json = _json_object(args)
    if from_json is None and args.body_pairs is None:
        if required:
            raise UsageError("give KEY=VALUE pairs or --body")
        return _rt.UNSET
    return {**(from_json or {}), **(args.body_pairs or {})}


def _whole(args: argparse.Namespace, required: bool) -> Any:
    """A body given whole with --body."""
    if isinstance(args.body_json, _rt.Unset) and required:
        raise UsageError("the following arguments are required: --body")
    return args.body_json


def _data(args: argparse.Namespace, required: bool) -> Any:
    """A raw (not JSON) body given with --data."""
    if args.body_data is None:
        if required:
            raise UsageError("the following arguments are required: --data")
        return _rt.UNSET
    return args.body_data


# ---------------------------------------------------------------- running


def _print(result: Any) -> int:
    """JSON on stdout: indented on a terminal, compact otherwise."""
    try:
        if isinstance(result, _rt.EventStream):
            _print_events(result)
        elif isinstance(result, _Raw):
            if isinstance(result.value, bytes):
                sys.stdout.flush()
                sys.stdout.buffer.write(result.value)
            elif result.value is not None:
                sys.stdout.write(str(result.value))
        elif result is not None:
            tty = sys.stdout.isatty()
            sys.stdout.write(
                json.dumps(
                    _rt.encode(result),
                    indent=2 if tty else None,
                    separators=None if tty else (",", ":"),
                    ensure_ascii=False,
                )
                + "\n"
            )
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        return stdout_closed()
    return EXIT_OK


def _print_events(stream: _rt.EventStream[Any]) -> None:
    """Server-sent events as they arrive, one JSON object a line."""
    with stream:
        for event in stream:
            line = {"event": event.event, "id": event.id, "data": _rt.encode(event.data)}
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            sys.stdout.flush()


def stdout_closed() -> int:
    """The reader of stdout went away (``| head``): point stdout at devnull so
    the interpreter's last flush does not complain, and exit quietly with the
    status a shell gives a command killed by SIGPIPE (the Python docs' recipe)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def run(client: Client, args: argparse.Namespace) -> int:
    """Run a parsed API command (its parser set ``api_call``), print the result
    and map failures to exit statuses."""
    call: Handler = args.api_call
    try:
        result = call(client, args)
        if isinstance(result, _rt.Pages):
            result = list(result)
    except UsageError as error:
        parser: argparse.ArgumentParser = args.api_parser
        parser.print_usage(sys.stderr)
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (_rt.MissingCredentials, _rt.Unauthorized) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except _rt.ClientError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return _print(result)


def _epilog() -> str:
    places = [f"${Client.TOKEN_ENV}"] if Client.TOKEN_ENV else []
    if Client.USE_NETRC:
        places.append("the $NETRC or ~/.netrc entry of the API host (as `curl -n`)")
    where = ", then from ".join(places) if places else "nowhere: the client has no source set"
    paragraphs = [
        f"The API token is read from {where}. There is no option for it, so it stays"
        " out of shell history and process lists.",
        "Exit status: 0 success, 1 API or network error, 2 usage error or missing or"
        " rejected credentials.",
        "From Python, `<group> <command>` is the method client.<group>.<command>(...) of "
        + "heroku_platform_api.Client, or, awaited, of heroku_platform_api.AsyncClient"
        + " for asyncio (pip install 'heroku-platform-api[async]').",
    ]
    return "\n\n".join(textwrap.fill(text, 76, break_on_hyphens=False) for text in paragraphs)


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    aliases: Sequence[str],
    call: Handler,
    help: str,
    description: str,
    epilog: Optional[str] = None,
) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        name,
        aliases=list(aliases),
        help=help,
        description=description,
        epilog=epilog,
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    parser.set_defaults(api_call=call, api_parser=parser)
    return parser


def global_options(parser: argparse.ArgumentParser, shared: bool = False) -> None:
    """The options of the whole command line.  The top-level parser has them
    with real defaults; every group and command has them too (``shared``),
    with SUPPRESS defaults, so ``apps list --json`` works and a command's
    parser never overwrites a value given before the command with its default."""
    parser.add_argument(
        "--base-url",
        metavar="URL",
        default=argparse.SUPPRESS if shared else None,
        help=f"API root (default: {Client.DEFAULT_BASE_URL})".replace("%", "%%"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if shared else False,
        help="JSON output (what API commands always print)",
    )


SHARED_OPTIONS = argparse.ArgumentParser(add_help=False)
global_options(SHARED_OPTIONS, shared=True)


def build_parser(
    prog: Optional[str] = None,
) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[argparse.ArgumentParser]]:
    """The whole command line, and its subcommands object, to which another tool
    can add commands of its own (``commands.add_parser(...)``)."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Heroku Platform API from the command line.",
        epilog=_epilog(),
        formatter_class=_FORMATTER,
    )
    global_options(parser)
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}".replace("%", "%%")
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    _group_apps(commands)
    _group_dynos(commands)
    _group_config_vars(commands)
    _group_add_ons(commands)
    _group_domains(commands)
    _group_formation(commands)
    _group_releases(commands)
    _group_builds(commands)
    _group_log_sessions(commands)
    _group_pipelines(commands)
    _group_account(commands)
    _group_regions(commands)
    _group_stacks(commands)
    _group_collaborators(commands)
    _group_sources(commands)
    return parser, commands


def main(argv: Optional[Sequence[str]] = None, prog: Optional[str] = None) -> int:
    try:
        parser, _ = build_parser(prog)
        args = parser.parse_args(argv)
        with Client(base_url=args.base_url) as client:
            return run(client, args)
    except BrokenPipeError:
        return stdout_closed()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


# ---------------------------------------------------------------- apps


def _group_apps(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "apps",
        help="Application management",
        description="Application management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_apps__list,
        help="List apps",
        description="List apps\n\nList existing apps.\n\nGET /apps",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_apps__create,
        help="Create an app",
        description="Create an app\n\nCreate a new app.\n\nPOST /apps",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="Name of app (pattern ^[a-z][a-z0-9-]{1,28}[a-z0-9]$)",
    )
    command.add_argument("--region", dest="arg_region", metavar="REGION", help="Region name or ID")
    command.add_argument("--stack", dest="arg_stack", metavar="STACK", help="Stack name or ID")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_apps__info,
        help="Get app info",
        description="Get app info\n\nGet info for an existing app.\n\nGET /apps/{app_id_or_name}",
    )
    command.add_argument(
        "arg_app_id_or_name",
        metavar="APP",
        nargs="?",
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="opt_app_id_or_name",
        metavar="APP",
        help="App ID (UUID) or app name",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_apps__delete,
        help="Delete an app",
        description="Delete an app\n\nDELETE /apps/{app_id_or_name}",
    )
    command.add_argument(
        "arg_app_id_or_name",
        metavar="APP",
        nargs="?",
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="opt_app_id_or_name",
        metavar="APP",
        help="App ID (UUID) or app name",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_apps__update,
        help="Update an app",
        description="Update an app\n\nPATCH /apps/{app_id_or_name}",
    )
    command.add_argument(
        "arg_app_id_or_name",
        metavar="APP",
        nargs="?",
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="opt_app_id_or_name",
        metavar="APP",
        help="App ID (UUID) or app name",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME")
    command.add_argument(
        "--maintenance",
        dest="arg_maintenance",
        action=argparse.BooleanOptionalAction,
    )
    command.add_argument("--build-stack", dest="arg_build_stack", metavar="BUILD_STACK")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_apps__list(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.list(**_given(max=args.page_max))


def _call_apps__create(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.create(
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", False),
                _Field("region", "region", "arg_region", "--region", False),
                _Field("stack", "stack", "arg_stack", "--stack", False),
            ],
        ),
    )


def _call_apps__info(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.info(
        app_id_or_name=_either(args, "arg_app_id_or_name", "opt_app_id_or_name", "APP or -a/--app"),
    )


def _call_apps__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.delete(
        app_id_or_name=_either(args, "arg_app_id_or_name", "opt_app_id_or_name", "APP or -a/--app"),
    )


def _call_apps__update(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.update(
        app_id_or_name=_either(args, "arg_app_id_or_name", "opt_app_id_or_name", "APP or -a/--app"),
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", False),
                _Field("maintenance", "maintenance", "arg_maintenance", "--maintenance", False),
                _Field("build_stack", "build_stack", "arg_build_stack", "--build-stack", False),
            ],
        ),
    )


# ---------------------------------------------------------------- dynos


def _group_dynos(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "dynos",
        help="Process (dyno) management",
        description="Process (dyno) management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_dynos__list,
        help="List dynos",
        description="List dynos\n\nList existing dynos for an app.\n\nGET /apps/{app_id_or_name}/dynos",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_dynos__create,
        help="Create a dyno",
        description="Create a dyno\n\nCreate a new dyno (one-off or run command).\n\nPOST /apps/{app_id_or_name}/dynos",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--command",
        dest="arg_command",
        metavar="COMMAND",
        help="Command to run (required)",
    )
    command.add_argument("--attach", dest="arg_attach", action=argparse.BooleanOptionalAction)
    command.add_argument(
        "--env",
        dest="arg_env",
        action=_KeyValues,
        null_if_empty=False,
        metavar="KEY=VALUE",
        help="(repeatable; KEY= sets an empty value)",
    )
    command.add_argument(
        "--force-no-tty",
        dest="arg_force_no_tty",
        action=argparse.BooleanOptionalAction,
    )
    command.add_argument(
        "--size",
        dest="arg_size",
        metavar="SIZE",
        help="Dyno size (eco, basic, standard-1x, etc.)",
    )
    command.add_argument(
        "--time-to-live",
        dest="arg_time_to_live",
        type=int,
        metavar="TIME_TO_LIVE",
    )
    command.add_argument("--type", dest="arg_type", choices=["run", "shield"])
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_dynos__info,
        help="Get dyno info",
        description="Get dyno info\n\nGET /apps/{app_id_or_name}/dynos/{dyno_id_or_name}",
    )
    command.add_argument("arg_dyno_id_or_name", metavar="DYNO", help="dyno id or name")
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )

    command = _command(
        verbs,
        "stop",
        [],
        _call_dynos__stop,
        help="Stop a dyno",
        description="Stop a dyno\n\nPOST /apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "-d",
        "--dyno",
        dest="arg_dyno_id_or_name",
        metavar="DYNO",
        required=True,
        help="dyno id or name",
    )

    command = _command(
        verbs,
        "restart-all",
        [],
        _call_dynos__restart_all,
        help="Restart all dynos",
        description="Restart all dynos\n\nPOST /apps/{app_id_or_name}/dynos/actions/restart-all",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )


def _call_dynos__list(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.list(app_id_or_name=args.arg_app_id_or_name, **_given(max=args.page_max))


def _call_dynos__create(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("command", "command", "arg_command", "--command", True),
                _Field("attach", "attach", "arg_attach", "--attach", False),
                _Field("env", "env", "arg_env", "--env", False),
                _Field("force_no_tty", "force_no_tty", "arg_force_no_tty", "--force-no-tty", False),
                _Field("size", "size", "arg_size", "--size", False),
                _Field("time_to_live", "time_to_live", "arg_time_to_live", "--time-to-live", False),
                _Field("type", "type", "arg_type", "--type", False),
            ],
        ),
    )


def _call_dynos__info(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.info(
        dyno_id_or_name=args.arg_dyno_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_dynos__stop(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.stop(
        app_id_or_name=args.arg_app_id_or_name,
        dyno_id_or_name=args.arg_dyno_id_or_name,
    )


def _call_dynos__restart_all(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.restart_all(app_id_or_name=args.arg_app_id_or_name)


# ---------------------------------------------------------------- config-vars


def _group_config_vars(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "config-vars",
        help="Environment configuration variables",
        description="Environment configuration variables",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_config_vars__info,
        help="Get config vars",
        description="Get config vars\n\nGet config vars for an app.\n\nGET /apps/{app_id_or_name}/config-vars",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_config_vars__update,
        help="Update config vars",
        description="Update config vars\n\nUpdate config vars for an app. Set a value to null to remove it.\n\nPATCH /apps/{app_id_or_name}/config-vars",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "body_pairs",
        metavar="KEY=VALUE",
        nargs="*",
        action=_KeyValues,
        null_if_empty=True,
        help="Entries of the request body. KEY= (nothing after =) sends null (removes KEY).",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as a JSON object (text, @FILE, or @-); pairs override its keys.",
    )


def _call_config_vars__info(client: Client, args: argparse.Namespace) -> Any:
    return client.config_vars.info(app_id_or_name=args.arg_app_id_or_name)


def _call_config_vars__update(client: Client, args: argparse.Namespace) -> Any:
    return client.config_vars.update(
        app_id_or_name=args.arg_app_id_or_name,
        body=_pairs(args, required=True),
    )


# ---------------------------------------------------------------- add-ons


def _group_add_ons(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "add-ons",
        help="Add-on service management",
        description="Add-on service management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_add_ons__list,
        help="List add-ons for an app",
        description="List add-ons for an app\n\nGET /apps/{app_id_or_name}/addons",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_add_ons__create,
        help="Create an add-on",
        description="Create an add-on\n\nPOST /apps/{app_id_or_name}/addons",
        epilog="Only settable with --body: attachment (object).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--plan",
        dest="arg_plan",
        metavar="PLAN",
        help="Plan name or ID (required)",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME")
    command.add_argument(
        "--config",
        dest="arg_config",
        action=_KeyValues,
        null_if_empty=False,
        metavar="KEY=VALUE",
        help="(repeatable; KEY= sets an empty value)",
    )
    command.add_argument("--confirm", dest="arg_confirm", metavar="CONFIRM")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_add_ons__info,
        help="Get add-on info",
        description="Get add-on info\n\nGET /apps/{app_id_or_name}/addons/{addon_id_or_name}",
    )
    command.add_argument("arg_addon_id_or_name", metavar="ADDON", help="addon id or name")
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_add_ons__delete,
        help="Delete an add-on",
        description="Delete an add-on\n\nDELETE /apps/{app_id_or_name}/addons/{addon_id_or_name}",
    )
    command.add_argument("arg_addon_id_or_name", metavar="ADDON", help="addon id or name")
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )


def _call_add_ons__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.list(app_id_or_name=args.arg_app_id_or_name, **_given(max=args.page_max))


def _call_add_ons__create(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("plan", "plan", "arg_plan", "--plan", True),
                _Field("name", "name", "arg_name", "--name", False),
                _Field("config", "config", "arg_config", "--config", False),
                _Field("attachment", "attachment", None, None, False),
                _Field("confirm", "confirm", "arg_confirm", "--confirm", False),
            ],
        ),
    )


def _call_add_ons__info(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.info(
        addon_id_or_name=args.arg_addon_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_add_ons__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.delete(
        addon_id_or_name=args.arg_addon_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


# ---------------------------------------------------------------- domains


def _group_domains(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "domains",
        help="Custom domain management",
        description="Custom domain management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_domains__list,
        help="List domains",
        description="List domains\n\nGET /apps/{app_id_or_name}/domains",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_domains__create,
        help="Create a domain",
        description="Create a domain\n\nPOST /apps/{app_id_or_name}/domains",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument("--hostname", dest="arg_hostname", metavar="HOSTNAME", help="(required)")
    command.add_argument("--sni-endpoint", dest="arg_sni_endpoint", metavar="SNI_ENDPOINT")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_domains__info,
        help="Get domain info",
        description="Get domain info\n\nGET /apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
    )
    command.add_argument(
        "arg_domain_id_or_hostname",
        metavar="DOMAIN",
        help="domain id or hostname",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_domains__delete,
        help="Delete a domain",
        description="Delete a domain\n\nDELETE /apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
    )
    command.add_argument(
        "arg_domain_id_or_hostname",
        metavar="DOMAIN",
        help="domain id or hostname",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )


def _call_domains__list(client: Client, args: argparse.Namespace) -> Any:
    return client.domains.list(app_id_or_name=args.arg_app_id_or_name, **_given(max=args.page_max))


def _call_domains__create(client: Client, args: argparse.Namespace) -> Any:
    return client.domains.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("hostname", "hostname", "arg_hostname", "--hostname", True),
                _Field("sni_endpoint", "sni_endpoint", "arg_sni_endpoint", "--sni-endpoint", False),
            ],
        ),
    )


def _call_domains__info(client: Client, args: argparse.Namespace) -> Any:
    return client.domains.info(
        domain_id_or_hostname=args.arg_domain_id_or_hostname,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_domains__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.domains.delete(
        domain_id_or_hostname=args.arg_domain_id_or_hostname,
        app_id_or_name=args.arg_app_id_or_name,
    )


# ---------------------------------------------------------------- formation


def _group_formation(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "formation",
        help="Process type scaling",
        description="Process type scaling",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_formation__list,
        help="List formation",
        description="List formation\n\nList process type scaling info.\n\nGET /apps/{app_id_or_name}/formation",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "batch-update",
        [],
        _call_formation__batch_update,
        help="Batch update formation",
        description="Batch update formation\n\nUpdate scaling for multiple process types.\n\nPATCH /apps/{app_id_or_name}/formation",
        epilog="Only settable with --body: updates (array).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_formation__update,
        help="Update a process type",
        description="Update a process type\n\nPATCH /apps/{app_id_or_name}/formation/{formation_id_or_type}",
    )
    command.add_argument(
        "arg_formation_id_or_type",
        metavar="FORMATION",
        help="formation id or type",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument("--quantity", dest="arg_quantity", type=int, metavar="QUANTITY")
    command.add_argument("--size", dest="arg_size", metavar="SIZE")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_formation__list(client: Client, args: argparse.Namespace) -> Any:
    return client.formation.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_formation__batch_update(client: Client, args: argparse.Namespace) -> Any:
    return client.formation.batch_update(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(args, [_Field("updates", "updates", None, None, True)]),
    )


def _call_formation__update(client: Client, args: argparse.Namespace) -> Any:
    return client.formation.update(
        formation_id_or_type=args.arg_formation_id_or_type,
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("quantity", "quantity", "arg_quantity", "--quantity", False),
                _Field("size", "size", "arg_size", "--size", False),
            ],
        ),
    )


# ---------------------------------------------------------------- releases


def _group_releases(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "releases",
        help="Release management",
        description="Release management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_releases__list,
        help="List releases",
        description="List releases\n\nGET /apps/{app_id_or_name}/releases",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_releases__create,
        help="Create a release (rollback)",
        description="Create a release (rollback)\n\nCreate a new release by rolling back to a previous release.\n\nPOST /apps/{app_id_or_name}/releases",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--slug",
        dest="arg_slug",
        metavar="SLUG",
        help="Slug ID to release (required)",
    )
    command.add_argument("--description", dest="arg_description", metavar="DESCRIPTION")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_releases__info,
        help="Get release info",
        description="Get release info\n\nGET /apps/{app_id_or_name}/releases/{release_id_or_version}",
    )
    command.add_argument(
        "arg_release_id_or_version",
        metavar="RELEASE",
        help="release id or version",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )


def _call_releases__list(client: Client, args: argparse.Namespace) -> Any:
    return client.releases.list(app_id_or_name=args.arg_app_id_or_name, **_given(max=args.page_max))


def _call_releases__create(client: Client, args: argparse.Namespace) -> Any:
    return client.releases.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("slug", "slug", "arg_slug", "--slug", True),
                _Field("description", "description", "arg_description", "--description", False),
            ],
        ),
    )


def _call_releases__info(client: Client, args: argparse.Namespace) -> Any:
    return client.releases.info(
        release_id_or_version=args.arg_release_id_or_version,
        app_id_or_name=args.arg_app_id_or_name,
    )


# ---------------------------------------------------------------- builds


def _group_builds(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "builds",
        help="Build management",
        description="Build management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_builds__list,
        help="List builds",
        description="List builds\n\nGET /apps/{app_id_or_name}/builds",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_builds__create,
        help="Create a build",
        description="Create a build\n\nPOST /apps/{app_id_or_name}/builds",
        epilog="Only settable with --body: buildpacks (array), source_blob (object).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_builds__info,
        help="Get build info",
        description="Get build info\n\nGET /apps/{app_id_or_name}/builds/{build_id}",
    )
    command.add_argument("arg_build_id", metavar="BUILD", help="build id")
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )


def _call_builds__list(client: Client, args: argparse.Namespace) -> Any:
    return client.builds.list(app_id_or_name=args.arg_app_id_or_name, **_given(max=args.page_max))


def _call_builds__create(client: Client, args: argparse.Namespace) -> Any:
    return client.builds.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("buildpacks", "buildpacks", None, None, False),
                _Field("source_blob", "source_blob", None, None, True),
            ],
        ),
    )


def _call_builds__info(client: Client, args: argparse.Namespace) -> Any:
    return client.builds.info(build_id=args.arg_build_id, app_id_or_name=args.arg_app_id_or_name)


# ---------------------------------------------------------------- log-sessions


def _group_log_sessions(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "log-sessions",
        help="Application logging",
        description="Application logging",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_log_sessions__create,
        help="Create a log session",
        description="Create a log session\n\nCreates a log session URL for streaming logs.\n\nPOST /apps/{app_id_or_name}/log-sessions",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument("--dyno", dest="arg_dyno", metavar="DYNO")
    command.add_argument("--lines", dest="arg_lines", type=int, metavar="LINES")
    command.add_argument("--source", dest="arg_source", choices=["app", "heroku"])
    command.add_argument("--tail", dest="arg_tail", action=argparse.BooleanOptionalAction)
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_log_sessions__create(client: Client, args: argparse.Namespace) -> Any:
    return client.log_sessions.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("dyno", "dyno", "arg_dyno", "--dyno", False),
                _Field("lines", "lines", "arg_lines", "--lines", False),
                _Field("source", "source", "arg_source", "--source", False),
                _Field("tail", "tail", "arg_tail", "--tail", False),
            ],
        ),
    )


# ---------------------------------------------------------------- pipelines


def _group_pipelines(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "pipelines",
        help="Deployment pipeline management",
        description="Deployment pipeline management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_pipelines__list,
        help="List pipelines",
        description="List pipelines\n\nGET /pipelines",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_pipelines__create,
        help="Create a pipeline",
        description="Create a pipeline\n\nPOST /pipelines",
        epilog="Only settable with --body: owner (object).",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="(required)")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_pipelines__info,
        help="Get pipeline info",
        description="Get pipeline info\n\nGET /pipelines/{pipeline_id}",
    )
    command.add_argument("arg_pipeline_id", metavar="PIPELINE", nargs="?", help="pipeline id")
    command.add_argument(
        "-p",
        "--pipeline",
        dest="opt_pipeline_id",
        metavar="PIPELINE",
        help="pipeline id",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_pipelines__delete,
        help="Delete a pipeline",
        description="Delete a pipeline\n\nDELETE /pipelines/{pipeline_id}",
    )
    command.add_argument("arg_pipeline_id", metavar="PIPELINE", nargs="?", help="pipeline id")
    command.add_argument(
        "-p",
        "--pipeline",
        dest="opt_pipeline_id",
        metavar="PIPELINE",
        help="pipeline id",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_pipelines__update,
        help="Update a pipeline",
        description="Update a pipeline\n\nPATCH /pipelines/{pipeline_id}",
    )
    command.add_argument("arg_pipeline_id", metavar="PIPELINE", nargs="?", help="pipeline id")
    command.add_argument(
        "-p",
        "--pipeline",
        dest="opt_pipeline_id",
        metavar="PIPELINE",
        help="pipeline id",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "list-couplings",
        [],
        _call_pipelines__list_couplings,
        help="List pipeline couplings",
        description="List pipeline couplings\n\nList apps coupled to a pipeline.\n\nGET /pipelines/{pipeline_id}/pipeline-couplings",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="pipeline id",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create-coupling",
        [],
        _call_pipelines__create_coupling,
        help="Create a pipeline coupling",
        description="Create a pipeline coupling\n\nPOST /pipeline-couplings",
    )
    command.add_argument("--app", dest="arg_app", metavar="APP", help="(required)")
    command.add_argument("--pipeline", dest="arg_pipeline", metavar="PIPELINE", help="(required)")
    command.add_argument(
        "--stage",
        dest="arg_stage",
        choices=["review", "development", "staging", "production"],
        help="(required)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_pipelines__list(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.list(**_given(max=args.page_max))


def _call_pipelines__create(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.create(
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", True),
                _Field("owner", "owner", None, None, False),
            ],
        ),
    )


def _call_pipelines__info(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.info(
        pipeline_id=_either(
            args,
            "arg_pipeline_id",
            "opt_pipeline_id",
            "PIPELINE or -p/--pipeline",
        ),
    )


def _call_pipelines__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.delete(
        pipeline_id=_either(
            args,
            "arg_pipeline_id",
            "opt_pipeline_id",
            "PIPELINE or -p/--pipeline",
        ),
    )


def _call_pipelines__update(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.update(
        pipeline_id=_either(
            args,
            "arg_pipeline_id",
            "opt_pipeline_id",
            "PIPELINE or -p/--pipeline",
        ),
        **_fields(args, [_Field("name", "name", "arg_name", "--name", False)]),
    )


def _call_pipelines__list_couplings(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.list_couplings(
        pipeline_id=args.arg_pipeline_id,
        **_given(max=args.page_max),
    )


def _call_pipelines__create_coupling(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.create_coupling(
        **_fields(
            args,
            [
                _Field("app", "app", "arg_app", "--app", True),
                _Field("pipeline", "pipeline", "arg_pipeline", "--pipeline", True),
                _Field("stage", "stage", "arg_stage", "--stage", True),
            ],
        ),
    )


# ---------------------------------------------------------------- account


def _group_account(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "account",
        help="Account management",
        description="Account management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    _command(  # a command without options of its own
        verbs,
        "info",
        ["get"],
        _call_account__info,
        help="Get account info",
        description="Get account info\n\nGET /account",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_account__update,
        help="Update account",
        description="Update account\n\nPATCH /account",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME")
    command.add_argument(
        "--allow-tracking",
        dest="arg_allow_tracking",
        action=argparse.BooleanOptionalAction,
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_account__info(client: Client, args: argparse.Namespace) -> Any:
    return client.account.info()


def _call_account__update(client: Client, args: argparse.Namespace) -> Any:
    return client.account.update(
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", False),
                _Field(
                    "allow_tracking",
                    "allow_tracking",
                    "arg_allow_tracking",
                    "--allow-tracking",
                    False,
                ),
            ],
        ),
    )


# ---------------------------------------------------------------- regions


def _group_regions(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "regions",
        help="Available regions",
        description="Available regions",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_regions__list,
        help="List regions",
        description="List regions\n\nGET /regions",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_regions__list(client: Client, args: argparse.Namespace) -> Any:
    return client.regions.list(**_given(max=args.page_max))


# ---------------------------------------------------------------- stacks


def _group_stacks(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "stacks",
        help="Available stacks",
        description="Available stacks",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_stacks__list,
        help="List stacks",
        description="List stacks\n\nGET /stacks",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_stacks__list(client: Client, args: argparse.Namespace) -> Any:
    return client.stacks.list(**_given(max=args.page_max))


# ---------------------------------------------------------------- collaborators


def _group_collaborators(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "collaborators",
        help="App collaborator management",
        description="App collaborator management",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_collaborators__list,
        help="List collaborators",
        description="List collaborators\n\nGET /apps/{app_id_or_name}/collaborators",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_collaborators__create,
        help="Create a collaborator",
        description="Create a collaborator\n\nPOST /apps/{app_id_or_name}/collaborators",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )
    command.add_argument(
        "--user",
        dest="arg_user",
        metavar="USER",
        help="Email address or user ID (required)",
    )
    command.add_argument("--silent", dest="arg_silent", action=argparse.BooleanOptionalAction)
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_collaborators__delete,
        help="Delete a collaborator",
        description="Delete a collaborator\n\nDELETE /apps/{app_id_or_name}/collaborators/{collaborator_email_or_id}",
    )
    command.add_argument(
        "arg_collaborator_email_or_id",
        metavar="COLLABORATOR",
        help="collaborator email or id",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )


def _call_collaborators__list(client: Client, args: argparse.Namespace) -> Any:
    return client.collaborators.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_collaborators__create(client: Client, args: argparse.Namespace) -> Any:
    return client.collaborators.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("user", "user", "arg_user", "--user", True),
                _Field("silent", "silent", "arg_silent", "--silent", False),
            ],
        ),
    )


def _call_collaborators__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.collaborators.delete(
        collaborator_email_or_id=args.arg_collaborator_email_or_id,
        app_id_or_name=args.arg_app_id_or_name,
    )


# ---------------------------------------------------------------- sources


def _group_sources(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "sources",
        help="Source code upload locations",
        description="Source code upload locations",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    _command(  # a command without options of its own
        verbs,
        "create",
        [],
        _call_sources__create,
        help="Create a source",
        description="Create a source\n\nCreate URLs for uploading and downloading source. Upload a gzipped tarball\nto put_url with an HTTP PUT (empty Content-Type, no API token), then pass\nget_url to createBuild as source_blob.url.\n\nPOST /sources",
    )

    command = _command(
        verbs,
        "create-app",
        [],
        _call_sources__create_app,
        help="Create a source for an app (deprecated)",
        description="Create a source for an app (deprecated)\n\nCreate URLs for uploading and downloading source. Deprecated in favor of\nPOST /sources.\n\nDeprecated: this operation may be removed from the API.\n\nPOST /apps/{app_id_or_name}/sources",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="App ID (UUID) or app name",
    )


def _call_sources__create(client: Client, args: argparse.Namespace) -> Any:
    return client.sources.create()


def _call_sources__create_app(client: Client, args: argparse.Namespace) -> Any:
    return client.sources.create_app(app_id_or_name=args.arg_app_id_or_name)


if __name__ == "__main__":
    sys.exit(main(prog="python -m heroku_platform_api.cli"))

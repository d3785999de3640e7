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
    """A raw (not JSON) body, or the file of a multipart one, given with --data."""
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
    sources = []
    for scheme in Client.SECURITY_SCHEMES.values():
        places = [" and ".join(f"${name}" for name in (scheme.env, scheme.secret_env) if name)]
        places = [place for place in places if place]
        if scheme.netrc:
            places.append("the $NETRC or ~/.netrc entry of the API host (as `curl -n`)")
        if places:
            sources.append(", then from ".join(places))
    if len(sources) == 1 and list(Client.SECURITY_SCHEMES.values())[0].kind == "bearer":
        credentials = f"The API token is read from {sources[0]}."
    elif sources:
        credentials = f"Credentials are read from {'; '.join(sources)}."
    else:
        credentials = "The API needs no credentials."
    if sources:
        credentials += (
            " There is no option for credentials, so they stay out of shell history and"
            " process lists."
        )
    paragraphs = [
        credentials,
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
    _group_account_delinquency(commands)
    _group_account_features(commands)
    _group_account(commands)
    _group_add_on_action(commands)
    _group_add_on_attachments(commands)
    _group_add_on_configs(commands)
    _group_add_on_region_capabilities(commands)
    _group_add_on_services(commands)
    _group_add_on_webhook_deliveries(commands)
    _group_add_on_webhook_events(commands)
    _group_add_on_webhooks(commands)
    _group_add_ons(commands)
    _group_allowed_add_on_services(commands)
    _group_app_features(commands)
    _group_app_setups(commands)
    _group_app_transfers(commands)
    _group_app_webhook_deliveries(commands)
    _group_app_webhook_events(commands)
    _group_app_webhooks(commands)
    _group_apps(commands)
    _group_audit_trail_archives(commands)
    _group_audit_trail_events(commands)
    _group_builds(commands)
    _group_buildpack_installations(commands)
    _group_collaborators(commands)
    _group_config_vars(commands)
    _group_credits(commands)
    _group_domains(commands)
    _group_dyno_sizes(commands)
    _group_dynos(commands)
    _group_enterprise_account_daily_usages(commands)
    _group_enterprise_account_members(commands)
    _group_enterprise_account_monthly_usages(commands)
    _group_enterprise_accounts(commands)
    _group_filters(commands)
    _group_formation(commands)
    _group_generations(commands)
    _group_identity_providers(commands)
    _group_inbound_rulesets(commands)
    _group_invoice_address(commands)
    _group_invoices(commands)
    _group_keys(commands)
    _group_log_drains(commands)
    _group_log_sessions(commands)
    _group_o_auth_authorizations(commands)
    _group_o_auth_clients(commands)
    _group_o_auth_tokens(commands)
    _group_oci_images(commands)
    _group_password_reset(commands)
    _group_peering_info(commands)
    _group_peerings(commands)
    _group_permission_entities(commands)
    _group_pipeline_builds(commands)
    _group_pipeline_config_vars(commands)
    _group_pipeline_couplings(commands)
    _group_pipeline_deployments(commands)
    _group_pipeline_promotion_targets(commands)
    _group_pipeline_promotions(commands)
    _group_pipeline_releases(commands)
    _group_pipeline_stack(commands)
    _group_pipeline_transfers(commands)
    _group_pipelines(commands)
    _group_plans(commands)
    _group_rate_limit(commands)
    _group_regions(commands)
    _group_releases(commands)
    _group_review_apps(commands)
    _group_review_app_configurations(commands)
    _group_slugs(commands)
    _group_sms_number(commands)
    _group_sni_endpoints(commands)
    _group_sources(commands)
    _group_space_accesses(commands)
    _group_space_network_address_translation(commands)
    _group_space_topology(commands)
    _group_space_transfer(commands)
    _group_spaces(commands)
    _group_stacks(commands)
    _group_team_add_ons(commands)
    _group_team_app_collaborators(commands)
    _group_team_app_permissions(commands)
    _group_team_apps(commands)
    _group_team_daily_usages(commands)
    _group_team_delinquency(commands)
    _group_team_features(commands)
    _group_team_invitations(commands)
    _group_team_invoices(commands)
    _group_team_members(commands)
    _group_team_monthly_usages(commands)
    _group_team_preferences(commands)
    _group_team_spaces(commands)
    _group_teams(commands)
    _group_telemetry_drains(commands)
    _group_test_cases(commands)
    _group_test_nodes(commands)
    _group_test_runs(commands)
    _group_user_preferences(commands)
    _group_private_spaces_vp_ns(commands)
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


# ---------------------------------------------------------------- account-delinquency


def _group_account_delinquency(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "account-delinquency",
        help="A Heroku account becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent accounts if their invoices remain unpaid.",
        description="A Heroku account becomes delinquent due to non-payment. We [suspend and\ndelete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-\nheroku-invoices) delinquent accounts if their invoices remain unpaid.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    _command(  # a command without options of its own
        verbs,
        "info",
        ["get"],
        _call_account_delinquency__info,
        help="Info",
        description="Info\n\nAccount delinquency information.\n\nGET /account/delinquency",
    )


def _call_account_delinquency__info(client: Client, args: argparse.Namespace) -> Any:
    return client.account_delinquency.info()


# ---------------------------------------------------------------- account-features


def _group_account_features(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "account-features",
        help="An account feature represents a Heroku labs capability that can be enabled or disabled for an account on Heroku.",
        description="An account feature represents a Heroku labs capability that can be enabled\nor disabled for an account on Heroku.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_account_features__info,
        help="Info",
        description="Info\n\nInfo for an existing account feature.\n\nGET /account/features/{account_feature_id_or_name}",
    )
    command.add_argument(
        "arg_account_feature_id_or_name",
        metavar="ACCOUNT_FEATURE",
        nargs="?",
        help="unique identifier of account feature or unique name of account feature",
    )
    command.add_argument(
        "-a",
        "--account-feature",
        dest="opt_account_feature_id_or_name",
        metavar="ACCOUNT_FEATURE",
        help="unique identifier of account feature or unique name of account feature",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_account_features__update,
        help="Update",
        description="Update\n\nUpdate an existing account feature.\n\nPATCH /account/features/{account_feature_id_or_name}",
    )
    command.add_argument(
        "arg_account_feature_id_or_name",
        metavar="ACCOUNT_FEATURE",
        nargs="?",
        help="unique identifier of account feature or unique name of account feature",
    )
    command.add_argument(
        "-a",
        "--account-feature",
        dest="opt_account_feature_id_or_name",
        metavar="ACCOUNT_FEATURE",
        help="unique identifier of account feature or unique name of account feature",
    )
    command.add_argument(
        "--enabled",
        dest="arg_enabled",
        action=argparse.BooleanOptionalAction,
        help="whether or not account feature has been enabled (required)",
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
        "list",
        [],
        _call_account_features__list,
        help="List",
        description="List\n\nList existing account features.\n\nGET /account/features",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_account_features__info(client: Client, args: argparse.Namespace) -> Any:
    return client.account_features.info(
        account_feature_id_or_name=_either(
            args,
            "arg_account_feature_id_or_name",
            "opt_account_feature_id_or_name",
            "ACCOUNT_FEATURE or -a/--account-feature",
        ),
    )


def _call_account_features__update(client: Client, args: argparse.Namespace) -> Any:
    return client.account_features.update(
        account_feature_id_or_name=_either(
            args,
            "arg_account_feature_id_or_name",
            "opt_account_feature_id_or_name",
            "ACCOUNT_FEATURE or -a/--account-feature",
        ),
        **_fields(args, [_Field("enabled", "enabled", "arg_enabled", "--enabled", True)]),
    )


def _call_account_features__list(client: Client, args: argparse.Namespace) -> Any:
    return client.account_features.list(**_given(max=args.page_max))


# ---------------------------------------------------------------- account


def _group_account(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "account",
        help="An account represents an individual signed up to use the Heroku platform.",
        description="An account represents an individual signed up to use the Heroku platform.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    _command(  # a command without options of its own
        verbs,
        "info",
        ["get"],
        _call_account__info,
        help="Info",
        description="Info\n\nInfo for account.\n\nGET /account",
    )

    _command(  # a command without options of its own
        verbs,
        "delete",
        [],
        _call_account__delete,
        help="Delete",
        description="Delete\n\nDelete account. Note that this action cannot be undone. Note: This endpoint\nrequires the HTTP_HEROKU_PASSWORD or HTTP_HEROKU_PASSWORD_BASE64 header be\nset correctly for the user account.\n\nDELETE /account",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_account__update,
        help="Update",
        description="Update\n\nUpdate account.\n\nPATCH /account",
    )
    command.add_argument(
        "--allow-tracking",
        dest="arg_allow_tracking",
        action=argparse.BooleanOptionalAction,
        help="whether to allow third party web activity tracking (server default: True)",
    )
    command.add_argument(
        "--beta",
        dest="arg_beta",
        action=argparse.BooleanOptionalAction,
        help="whether allowed to utilize beta Heroku features (server default: False)",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="full name of the account owner",
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
        "info-by-user",
        [],
        _call_account__info_by_user,
        help="Info By User",
        description="Info By User\n\nInfo for account.\n\nGET /users/{account_email_or_id_or_self}",
    )
    command.add_argument(
        "arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        nargs="?",
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )
    command.add_argument(
        "-a",
        "--account-email-or-id-or-self",
        dest="opt_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )

    command = _command(
        verbs,
        "delete-by-user",
        [],
        _call_account__delete_by_user,
        help="Delete By User",
        description="Delete By User\n\nDelete account. Note that this action cannot be undone. Note: This endpoint\nrequires the HTTP_HEROKU_PASSWORD or HTTP_HEROKU_PASSWORD_BASE64 header be\nset correctly for the user account.\n\nDELETE /users/{account_email_or_id_or_self}",
    )
    command.add_argument(
        "arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        nargs="?",
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )
    command.add_argument(
        "-a",
        "--account-email-or-id-or-self",
        dest="opt_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )

    command = _command(
        verbs,
        "update-by-user",
        [],
        _call_account__update_by_user,
        help="Update By User",
        description="Update By User\n\nUpdate account.\n\nPATCH /users/{account_email_or_id_or_self}",
    )
    command.add_argument(
        "arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        nargs="?",
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )
    command.add_argument(
        "-a",
        "--account-email-or-id-or-self",
        dest="opt_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )
    command.add_argument(
        "--allow-tracking",
        dest="arg_allow_tracking",
        action=argparse.BooleanOptionalAction,
        help="whether to allow third party web activity tracking (server default: True)",
    )
    command.add_argument(
        "--beta",
        dest="arg_beta",
        action=argparse.BooleanOptionalAction,
        help="whether allowed to utilize beta Heroku features (server default: False)",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="full name of the account owner",
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


def _call_account__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.account.delete()


def _call_account__update(client: Client, args: argparse.Namespace) -> Any:
    return client.account.update(
        **_fields(
            args,
            [
                _Field(
                    "allow_tracking",
                    "allow_tracking",
                    "arg_allow_tracking",
                    "--allow-tracking",
                    False,
                ),
                _Field("beta", "beta", "arg_beta", "--beta", False),
                _Field("name", "name", "arg_name", "--name", False),
            ],
        ),
    )


def _call_account__info_by_user(client: Client, args: argparse.Namespace) -> Any:
    return client.account.info_by_user(
        account_email_or_id_or_self=_either(
            args,
            "arg_account_email_or_id_or_self",
            "opt_account_email_or_id_or_self",
            "ACCOUNT_EMAIL_OR_ID_OR_SELF or -a/--account-email-or-id-or-self",
        ),
    )


def _call_account__delete_by_user(client: Client, args: argparse.Namespace) -> Any:
    return client.account.delete_by_user(
        account_email_or_id_or_self=_either(
            args,
            "arg_account_email_or_id_or_self",
            "opt_account_email_or_id_or_self",
            "ACCOUNT_EMAIL_OR_ID_OR_SELF or -a/--account-email-or-id-or-self",
        ),
    )


def _call_account__update_by_user(client: Client, args: argparse.Namespace) -> Any:
    return client.account.update_by_user(
        account_email_or_id_or_self=_either(
            args,
            "arg_account_email_or_id_or_self",
            "opt_account_email_or_id_or_self",
            "ACCOUNT_EMAIL_OR_ID_OR_SELF or -a/--account-email-or-id-or-self",
        ),
        **_fields(
            args,
            [
                _Field(
                    "allow_tracking",
                    "allow_tracking",
                    "arg_allow_tracking",
                    "--allow-tracking",
                    False,
                ),
                _Field("beta", "beta", "arg_beta", "--beta", False),
                _Field("name", "name", "arg_name", "--name", False),
            ],
        ),
    )


# ---------------------------------------------------------------- add-on-action


def _group_add_on_action(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "add-on-action",
        help="Add-on Actions are lifecycle operations for add-on provisioning and deprovisioning. They allow add-on providers to (de)provision add-ons in the background and then report back when (de)provisioning is complete.",
        description="Add-on Actions are lifecycle operations for add-on provisioning and\ndeprovisioning. They allow add-on providers to (de)provision add-ons in the\nbackground and then report back when (de)provisioning is complete.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "provision",
        [],
        _call_add_on_action__provision,
        help="Provision",
        description="Provision\n\nMark an add-on as provisioned for use.\n\nPOST /addons/{addon_id_or_name}/actions/provision",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )

    command = _command(
        verbs,
        "deprovision",
        [],
        _call_add_on_action__deprovision,
        help="Deprovision",
        description="Deprovision\n\nMark an add-on as deprovisioned.\n\nPOST /addons/{addon_id_or_name}/actions/deprovision",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )


def _call_add_on_action__provision(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_action.provision(addon_id_or_name=args.arg_addon_id_or_name)


def _call_add_on_action__deprovision(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_action.deprovision(addon_id_or_name=args.arg_addon_id_or_name)


# ---------------------------------------------------------------- add-on-attachments


def _group_add_on_attachments(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "add-on-attachments",
        help="An add-on attachment represents a connection between an app and an add-on that it has been given access to.",
        description="An add-on attachment represents a connection between an app and an add-on\nthat it has been given access to.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_add_on_attachments__list,
        help="List",
        description="List\n\nList existing add-on attachments.\n\nGET /addon-attachments",
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
        _call_add_on_attachments__create,
        help="Create",
        description="Create\n\nCreate a new add-on attachment.\n\nPOST /addon-attachments",
    )
    command.add_argument("--addon", dest="arg_addon", metavar="ADDON", help="(required)")
    command.add_argument("--app", dest="arg_app", metavar="APP", help="(required)")
    command.add_argument(
        "--confirm",
        dest="arg_confirm",
        metavar="CONFIRM",
        help="name of owning app for confirmation",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="unique name for this add-on attachment to this app",
    )
    command.add_argument(
        "--namespace",
        dest="arg_namespace",
        metavar="NAMESPACE",
        help="attachment namespace",
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
        _call_add_on_attachments__info,
        help="Info",
        description="Info\n\nInfo for existing add-on attachment.\n\nGET /addon-attachments/{addon_attachment_id}",
    )
    command.add_argument(
        "arg_addon_attachment_id",
        metavar="ADDON_ATTACHMENT",
        nargs="?",
        help="unique identifier of this add-on attachment",
    )
    command.add_argument(
        "-a",
        "--addon-attachment",
        dest="opt_addon_attachment_id",
        metavar="ADDON_ATTACHMENT",
        help="unique identifier of this add-on attachment",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_add_on_attachments__delete,
        help="Delete",
        description="Delete\n\nDelete an existing add-on attachment.\n\nDELETE /addon-attachments/{addon_attachment_id}",
    )
    command.add_argument(
        "arg_addon_attachment_id",
        metavar="ADDON_ATTACHMENT",
        nargs="?",
        help="unique identifier of this add-on attachment",
    )
    command.add_argument(
        "-a",
        "--addon-attachment",
        dest="opt_addon_attachment_id",
        metavar="ADDON_ATTACHMENT",
        help="unique identifier of this add-on attachment",
    )

    command = _command(
        verbs,
        "list-by",
        [],
        _call_add_on_attachments__list_by,
        help="List by Add-on",
        description="List by Add-on\n\nList existing add-on attachments for an add-on.\n\nGET /addons/{addon_id_or_name}/addon-attachments",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
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
        "list-by-app",
        [],
        _call_add_on_attachments__list_by_app,
        help="List by App",
        description="List by App\n\nList existing add-on attachments for an app.\n\nGET /apps/{app_id_or_name}/addon-attachments",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        "info-by-app",
        [],
        _call_add_on_attachments__info_by_app,
        help="Info by App",
        description="Info by App\n\nInfo for existing add-on attachment for an app.\n\nGET /apps/{app_id_or_name}/addon-attachments/{addon_attachment_id_or_name}",
    )
    command.add_argument(
        "arg_addon_attachment_id_or_name",
        metavar="ADDON_ATTACHMENT",
        help="unique identifier of this add-on attachment or unique name for this add-on attachment to this app",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "resolution",
        [],
        _call_add_on_attachments__resolution,
        help="Resolution",
        description="Resolution\n\nResolve an add-on attachment from a name, optionally passing an app name. If\nthere are matches it returns at least one add-on attachment (exact match) or\nmany.\n\nPOST /actions/addon-attachments/resolve",
    )
    command.add_argument(
        "--addon-attachment",
        dest="arg_addon_attachment",
        metavar="ADDON_ATTACHMENT",
        help="unique name for this add-on attachment to this app (required)",
    )
    command.add_argument("--app", dest="arg_app", metavar="APP", help="unique name of app")
    command.add_argument(
        "--addon-service",
        dest="arg_addon_service",
        metavar="ADDON_SERVICE",
        help="unique name of this add-on-service",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_add_on_attachments__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_attachments.list(**_given(max=args.page_max))


def _call_add_on_attachments__create(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_attachments.create(
        **_fields(
            args,
            [
                _Field("addon", "addon", "arg_addon", "--addon", True),
                _Field("app", "app", "arg_app", "--app", True),
                _Field("confirm", "confirm", "arg_confirm", "--confirm", False),
                _Field("name", "name", "arg_name", "--name", False),
                _Field("namespace", "namespace", "arg_namespace", "--namespace", False),
            ],
        ),
    )


def _call_add_on_attachments__info(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_attachments.info(
        addon_attachment_id=_either(
            args,
            "arg_addon_attachment_id",
            "opt_addon_attachment_id",
            "ADDON_ATTACHMENT or -a/--addon-attachment",
        ),
    )


def _call_add_on_attachments__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_attachments.delete(
        addon_attachment_id=_either(
            args,
            "arg_addon_attachment_id",
            "opt_addon_attachment_id",
            "ADDON_ATTACHMENT or -a/--addon-attachment",
        ),
    )


def _call_add_on_attachments__list_by(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_attachments.list_by_add_on(
        addon_id_or_name=args.arg_addon_id_or_name,
        **_given(max=args.page_max),
    )


def _call_add_on_attachments__list_by_app(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_attachments.list_by_app(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_add_on_attachments__info_by_app(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_attachments.info_by_app(
        addon_attachment_id_or_name=args.arg_addon_attachment_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_add_on_attachments__resolution(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_attachments.resolution(
        **_fields(
            args,
            [
                _Field(
                    "addon_attachment",
                    "addon_attachment",
                    "arg_addon_attachment",
                    "--addon-attachment",
                    True,
                ),
                _Field("app", "app", "arg_app", "--app", False),
                _Field(
                    "addon_service",
                    "addon_service",
                    "arg_addon_service",
                    "--addon-service",
                    False,
                ),
            ],
        ),
    )


# ---------------------------------------------------------------- add-on-configs


def _group_add_on_configs(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "add-on-configs",
        help="Configuration of an Add-on",
        description="Configuration of an Add-on",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_add_on_configs__list,
        help="List",
        description="List\n\nGet an add-on's config. Accessible by customers with access and by the add-\non partner providing this add-on.\n\nGET /addons/{addon_id_or_name}/config",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
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
        "update",
        [],
        _call_add_on_configs__update,
        help="Update",
        description="Update\n\nUpdate an add-on's config. Can only be accessed by the add-on partner\nproviding this add-on.\n\nPATCH /addons/{addon_id_or_name}/config",
        epilog="Only settable with --body: config (array).",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_add_on_configs__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_configs.list(
        addon_id_or_name=args.arg_addon_id_or_name,
        **_given(max=args.page_max),
    )


def _call_add_on_configs__update(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_configs.update(
        addon_id_or_name=args.arg_addon_id_or_name,
        **_fields(args, [_Field("config", "config", None, None, False)]),
    )


# ---------------------------------------------------------------- add-on-region-capabilities


def _group_add_on_region_capabilities(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "add-on-region-capabilities",
        help="Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints.",
        description="Add-on region capabilities represent the relationship between an Add-on\nService and a specific Region. Only Beta and GA add-ons are returned by\nthese endpoints.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_add_on_region_capabilities__list,
        help="List",
        description="List\n\nList all existing add-on region capabilities.\n\nGET /addon-region-capabilities",
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
        "list-by-service",
        [],
        _call_add_on_region_capabilities__list_by_service,
        help="List by Add-on Service",
        description="List by Add-on Service\n\nList existing add-on region capabilities for an add-on-service\n\nGET /addon-services/{addon_service_id_or_name}/region-capabilities",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--addon-service",
        dest="arg_addon_service_id_or_name",
        metavar="ADDON_SERVICE",
        required=True,
        help="unique identifier of this add-on-service or unique name of this add-on-service",
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
        "list-by",
        [],
        _call_add_on_region_capabilities__list_by,
        help="List By Region",
        description="List By Region\n\nList existing add-on region capabilities for a region.\n\nGET /regions/{region_id_or_name}/addon-region-capabilities",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-r",
        "--region",
        dest="arg_region_id_or_name",
        metavar="REGION",
        required=True,
        help="unique identifier of region or unique name of region",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_add_on_region_capabilities__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_region_capabilities.list(**_given(max=args.page_max))


def _call_add_on_region_capabilities__list_by_service(
    client: Client, args: argparse.Namespace
) -> Any:
    return client.add_on_region_capabilities.list_by_add_on_service(
        addon_service_id_or_name=args.arg_addon_service_id_or_name,
        **_given(max=args.page_max),
    )


def _call_add_on_region_capabilities__list_by(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_region_capabilities.list_by_region(
        region_id_or_name=args.arg_region_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- add-on-services


def _group_add_on_services(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "add-on-services",
        help="Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication.",
        description="Add-on services represent add-ons that may be provisioned for apps.\nEndpoints under add-on services can be accessed without authentication.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_add_on_services__info,
        help="Info",
        description="Info\n\nInfo for existing add-on-service.\n\nGET /addon-services/{addon_service_id_or_name}",
    )
    command.add_argument(
        "arg_addon_service_id_or_name",
        metavar="ADDON_SERVICE",
        nargs="?",
        help="unique identifier of this add-on-service or unique name of this add-on-service",
    )
    command.add_argument(
        "-a",
        "--addon-service",
        dest="opt_addon_service_id_or_name",
        metavar="ADDON_SERVICE",
        help="unique identifier of this add-on-service or unique name of this add-on-service",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_add_on_services__list,
        help="List",
        description="List\n\nList existing add-on-services.\n\nGET /addon-services",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_add_on_services__info(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_services.info(
        addon_service_id_or_name=_either(
            args,
            "arg_addon_service_id_or_name",
            "opt_addon_service_id_or_name",
            "ADDON_SERVICE or -a/--addon-service",
        ),
    )


def _call_add_on_services__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_services.list(**_given(max=args.page_max))


# ---------------------------------------------------------------- add-on-webhook-deliveries


def _group_add_on_webhook_deliveries(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "add-on-webhook-deliveries",
        help="Represents the delivery of a webhook notification, including its current status.",
        description="Represents the delivery of a webhook notification, including its current\nstatus.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_add_on_webhook_deliveries__info,
        help="Info",
        description="Info\n\nReturns the info for an existing delivery. Can only be accessed by the add-\non partner providing this add-on.\n\nGET /addons/{addon_id_or_name}/webhook-deliveries/{app_webhook_delivery_id}",
    )
    command.add_argument(
        "arg_app_webhook_delivery_id",
        metavar="APP_WEBHOOK_DELIVERY",
        help="the delivery's unique identifier",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_add_on_webhook_deliveries__list,
        help="List",
        description="List\n\nLists existing deliveries for an add-on. Can only be accessed by the add-on\npartner providing this add-on.\n\nGET /addons/{addon_id_or_name}/webhook-deliveries",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_add_on_webhook_deliveries__info(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhook_deliveries.info(
        app_webhook_delivery_id=args.arg_app_webhook_delivery_id,
        addon_id_or_name=args.arg_addon_id_or_name,
    )


def _call_add_on_webhook_deliveries__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhook_deliveries.list(
        addon_id_or_name=args.arg_addon_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- add-on-webhook-events


def _group_add_on_webhook_events(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "add-on-webhook-events",
        help="Represents a webhook event that occurred.",
        description="Represents a webhook event that occurred.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_add_on_webhook_events__info,
        help="Info",
        description="Info\n\nReturns the info for a specified webhook event. Can only be accessed by the\nadd-on partner providing this add-on.\n\nGET /addons/{addon_id_or_name}/webhook-events/{app_webhook_event_id}",
    )
    command.add_argument(
        "arg_app_webhook_event_id",
        metavar="APP_WEBHOOK_EVENT",
        help="the event's unique identifier",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_add_on_webhook_events__list,
        help="List",
        description="List\n\nLists existing webhook events for an add-on. Can only be accessed by the\nadd-on partner providing this add-on.\n\nGET /addons/{addon_id_or_name}/webhook-events",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_add_on_webhook_events__info(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhook_events.info(
        app_webhook_event_id=args.arg_app_webhook_event_id,
        addon_id_or_name=args.arg_addon_id_or_name,
    )


def _call_add_on_webhook_events__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhook_events.list(
        addon_id_or_name=args.arg_addon_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- add-on-webhooks


def _group_add_on_webhooks(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "add-on-webhooks",
        help="Represents the details of a webhook subscription",
        description="Represents the details of a webhook subscription",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_add_on_webhooks__list,
        help="List",
        description="List\n\nList all webhook subscriptions for a particular add-on. Can only be accessed\nby the add-on partner providing this add-on.\n\nGET /addons/{addon_id_or_name}/webhooks",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
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
        _call_add_on_webhooks__create,
        help="Create",
        description="Create\n\nCreate an add-on webhook subscription. Can only be accessed by the add-on\npartner providing this add-on.\n\nPOST /addons/{addon_id_or_name}/webhooks",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "--authorization",
        dest="arg_authorization",
        metavar="AUTHORIZATION",
        help="a custom `Authorization` header that Heroku will include with all webhook notifications",
    )
    command.add_argument(
        "--include",
        dest="arg_include",
        metavar="INCLUDE",
        action="append",
        help="the entities that the subscription provides notifications for (required) (repeatable)",
    )
    command.add_argument(
        "--level",
        dest="arg_level",
        choices=["notify", "sync"],
        help="if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached (required)",
    )
    command.add_argument(
        "--secret",
        dest="arg_secret",
        metavar="SECRET",
        help="a value that Heroku will use to sign all webhook notification requests (the signature is included in the request’s `Heroku-Webhook-Hmac-SHA256` header)",
    )
    command.add_argument(
        "--url",
        dest="arg_url",
        metavar="URL",
        help="the URL where the webhook's notification requests are sent (required)",
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
        _call_add_on_webhooks__info,
        help="Info",
        description="Info\n\nReturns the info for an add-on webhook subscription. Can only be accessed by\nthe add-on partner providing this add-on.\n\nGET /addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
    )
    command.add_argument(
        "arg_app_webhook_id",
        metavar="APP_WEBHOOK",
        help="the webhook's unique identifier",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_add_on_webhooks__delete,
        help="Delete",
        description="Delete\n\nRemoves an add-on webhook subscription. Can only be accessed by the add-on\npartner providing this add-on.\n\nDELETE /addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
    )
    command.add_argument(
        "arg_app_webhook_id",
        metavar="APP_WEBHOOK",
        help="the webhook's unique identifier",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_add_on_webhooks__update,
        help="Update",
        description="Update\n\nUpdates the details of an add-on webhook subscription. Can only be accessed\nby the add-on partner providing this add-on.\n\nPATCH /addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
    )
    command.add_argument(
        "arg_app_webhook_id",
        metavar="APP_WEBHOOK",
        help="the webhook's unique identifier",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "--authorization",
        dest="arg_authorization",
        metavar="AUTHORIZATION",
        help="a custom `Authorization` header that Heroku will include with all webhook notifications",
    )
    command.add_argument(
        "--include",
        dest="arg_include",
        metavar="INCLUDE",
        action="append",
        help="the entities that the subscription provides notifications for (repeatable)",
    )
    command.add_argument(
        "--level",
        dest="arg_level",
        choices=["notify", "sync"],
        help="if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached",
    )
    command.add_argument(
        "--secret",
        dest="arg_secret",
        metavar="SECRET",
        help="a value that Heroku will use to sign all webhook notification requests (the signature is included in the request’s `Heroku-Webhook-Hmac-SHA256` header)",
    )
    command.add_argument(
        "--url",
        dest="arg_url",
        metavar="URL",
        help="the URL where the webhook's notification requests are sent",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_add_on_webhooks__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhooks.list(
        addon_id_or_name=args.arg_addon_id_or_name,
        **_given(max=args.page_max),
    )


def _call_add_on_webhooks__create(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhooks.create(
        addon_id_or_name=args.arg_addon_id_or_name,
        **_fields(
            args,
            [
                _Field(
                    "authorization",
                    "authorization",
                    "arg_authorization",
                    "--authorization",
                    False,
                ),
                _Field("include", "include", "arg_include", "--include", True),
                _Field("level", "level", "arg_level", "--level", True),
                _Field("secret", "secret", "arg_secret", "--secret", False),
                _Field("url", "url", "arg_url", "--url", True),
            ],
        ),
    )


def _call_add_on_webhooks__info(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhooks.info(
        app_webhook_id=args.arg_app_webhook_id,
        addon_id_or_name=args.arg_addon_id_or_name,
    )


def _call_add_on_webhooks__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhooks.delete(
        app_webhook_id=args.arg_app_webhook_id,
        addon_id_or_name=args.arg_addon_id_or_name,
    )


def _call_add_on_webhooks__update(client: Client, args: argparse.Namespace) -> Any:
    return client.add_on_webhooks.update(
        app_webhook_id=args.arg_app_webhook_id,
        addon_id_or_name=args.arg_addon_id_or_name,
        **_fields(
            args,
            [
                _Field(
                    "authorization",
                    "authorization",
                    "arg_authorization",
                    "--authorization",
                    False,
                ),
                _Field("include", "include", "arg_include", "--include", False),
                _Field("level", "level", "arg_level", "--level", False),
                _Field("secret", "secret", "arg_secret", "--secret", False),
                _Field("url", "url", "arg_url", "--url", False),
            ],
        ),
    )


# ---------------------------------------------------------------- add-ons


def _group_add_ons(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "add-ons",
        help="Add-ons represent add-ons that have been provisioned and attached to one or more apps.",
        description="Add-ons represent add-ons that have been provisioned and attached to one or\nmore apps.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_add_ons__list,
        help="List",
        description="List\n\nList all existing add-ons.\n\nGET /addons",
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
        "info",
        ["get"],
        _call_add_ons__info,
        help="Info",
        description="Info\n\nInfo for an existing add-on.\n\nGET /addons/{addon_id_or_name}",
    )
    command.add_argument(
        "arg_addon_id_or_name",
        metavar="ADDON",
        nargs="?",
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="opt_addon_id_or_name",
        metavar="ADDON",
        help="unique identifier of add-on or globally unique name of the add-on",
    )

    command = _command(
        verbs,
        "list-by-app",
        [],
        _call_add_ons__list_by_app,
        help="List By App",
        description="List By App\n\nList existing add-ons for an app.\n\nGET /apps/{app_id_or_name}/addons",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        help="Create",
        description="Create\n\nCreate a new add-on.\n\nPOST /apps/{app_id_or_name}/addons",
        epilog="Only settable with --body: attachment (object).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--config",
        dest="arg_config",
        action=_KeyValues,
        null_if_empty=False,
        metavar="KEY=VALUE",
        help="custom add-on provisioning options (repeatable; KEY= sets an empty value)",
    )
    command.add_argument(
        "--confirm",
        dest="arg_confirm",
        metavar="CONFIRM",
        help="name of billing entity for confirmation",
    )
    command.add_argument("--plan", dest="arg_plan", metavar="PLAN", help="(required)")
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="globally unique name of the add-on",
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
        "info-by-app",
        [],
        _call_add_ons__info_by_app,
        help="Info By App",
        description="Info By App\n\nInfo for an existing add-on.\n\nGET /apps/{app_id_or_name}/addons/{addon_id_or_name}",
    )
    command.add_argument(
        "arg_addon_id_or_name",
        metavar="ADDON",
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_add_ons__delete,
        help="Delete",
        description="Delete\n\nDelete an existing add-on.\n\nDELETE /apps/{app_id_or_name}/addons/{addon_id_or_name}",
    )
    command.add_argument(
        "arg_addon_id_or_name",
        metavar="ADDON",
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_add_ons__update,
        help="Update",
        description="Update\n\nChange add-on plan. Some add-ons may not support changing plans. In that\ncase, an error will be returned.\n\nPATCH /apps/{app_id_or_name}/addons/{addon_id_or_name}",
    )
    command.add_argument(
        "arg_addon_id_or_name",
        metavar="ADDON",
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="globally unique name of the add-on",
    )
    command.add_argument("--plan", dest="arg_plan", metavar="PLAN", help="(required)")
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
        "list-by-user",
        [],
        _call_add_ons__list_by_user,
        help="List By User",
        description="List By User\n\nList all existing add-ons a user has access to\n\nGET /users/{account_email_or_id_or_self}/addons",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--account-email-or-id-or-self",
        dest="arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        required=True,
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
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
        "list-by-team",
        [],
        _call_add_ons__list_by_team,
        help="List By Team",
        description="List By Team\n\nList add-ons used across all Team apps\n\nGET /teams/{team_name_or_id}/addons",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
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
        "resolution",
        [],
        _call_add_ons__resolution,
        help="Resolution",
        description="Resolution\n\nResolve an add-on from a name, optionally passing an app name. If there are\nmatches it returns at least one add-on (exact match) or many.\n\nPOST /actions/addons/resolve",
    )
    command.add_argument(
        "--addon",
        dest="arg_addon",
        metavar="ADDON",
        help="globally unique name of the add-on (required)",
    )
    command.add_argument("--app", dest="arg_app", metavar="APP", help="unique name of app")
    command.add_argument(
        "--addon-service",
        dest="arg_addon_service",
        metavar="ADDON_SERVICE",
        help="unique name of this add-on-service",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_add_ons__list(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.list(**_given(max=args.page_max))


def _call_add_ons__info(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.info(
        addon_id_or_name=_either(
            args,
            "arg_addon_id_or_name",
            "opt_addon_id_or_name",
            "ADDON or -a/--addon",
        ),
    )


def _call_add_ons__list_by_app(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.list_by_app(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_add_ons__create(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("attachment", "attachment", None, None, False),
                _Field("config", "config", "arg_config", "--config", False),
                _Field("confirm", "confirm", "arg_confirm", "--confirm", False),
                _Field("plan", "plan", "arg_plan", "--plan", True),
                _Field("name", "name", "arg_name", "--name", False),
            ],
        ),
    )


def _call_add_ons__info_by_app(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.info_by_app(
        addon_id_or_name=args.arg_addon_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_add_ons__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.delete(
        addon_id_or_name=args.arg_addon_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_add_ons__update(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.update(
        addon_id_or_name=args.arg_addon_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", False),
                _Field("plan", "plan", "arg_plan", "--plan", True),
            ],
        ),
    )


def _call_add_ons__list_by_user(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.list_by_user(
        account_email_or_id_or_self=args.arg_account_email_or_id_or_self,
        **_given(max=args.page_max),
    )


def _call_add_ons__list_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.list_by_team(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


def _call_add_ons__resolution(client: Client, args: argparse.Namespace) -> Any:
    return client.add_ons.resolution(
        **_fields(
            args,
            [
                _Field("addon", "addon", "arg_addon", "--addon", True),
                _Field("app", "app", "arg_app", "--app", False),
                _Field(
                    "addon_service",
                    "addon_service",
                    "arg_addon_service",
                    "--addon-service",
                    False,
                ),
            ],
        ),
    )


# ---------------------------------------------------------------- allowed-add-on-services


def _group_allowed_add_on_services(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "allowed-add-on-services",
        help="Entities that have been allowed to be used by a Team",
        description="Entities that have been allowed to be used by a Team",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list-by-team",
        [],
        _call_allowed_add_on_services__list_by_team,
        help="List By Team",
        description="List By Team\n\nList all allowed add-on services for a team\n\nGET /teams/{team_name_or_id}/allowed-addon-services",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
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
        "create-by-team",
        [],
        _call_allowed_add_on_services__create_by_team,
        help="Create By Team",
        description="Create By Team\n\nAllow an Add-on Service\n\nPOST /teams/{team_name_or_id}/allowed-addon-services",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--addon-service",
        dest="arg_addon_service",
        metavar="ADDON_SERVICE",
        help="name of the add-on service to allow",
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
        "delete-by-team",
        [],
        _call_allowed_add_on_services__delete_by_team,
        help="Delete By Team",
        description="Delete By Team\n\nRemove an allowed add-on service\n\nDELETE /teams/{team_name_or_id}/allowed-addon-services/{allowed_addon_service_id_or_name}",
    )
    command.add_argument(
        "arg_allowed_addon_service_id_or_name",
        metavar="ALLOWED_ADDON_SERVICE",
        help="unique identifier for this allowed add-on service record or unique name of this add-on-service",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )


def _call_allowed_add_on_services__list_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.allowed_add_on_services.list_by_team(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


def _call_allowed_add_on_services__create_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.allowed_add_on_services.create_by_team(
        team_name_or_id=args.arg_team_name_or_id,
        **_fields(
            args,
            [
                _Field(
                    "addon_service",
                    "addon_service",
                    "arg_addon_service",
                    "--addon-service",
                    False,
                ),
            ],
        ),
    )


def _call_allowed_add_on_services__delete_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.allowed_add_on_services.delete_by_team(
        allowed_addon_service_id_or_name=args.arg_allowed_addon_service_id_or_name,
        team_name_or_id=args.arg_team_name_or_id,
    )


# ---------------------------------------------------------------- app-features


def _group_app_features(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "app-features",
        help="An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku.",
        description="An app feature represents a Heroku labs capability that can be enabled or\ndisabled for an app on Heroku.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_app_features__info,
        help="Info",
        description="Info\n\nInfo for an existing app feature.\n\nGET /apps/{app_id_or_name}/features/{app_feature_id_or_name}",
    )
    command.add_argument(
        "arg_app_feature_id_or_name",
        metavar="APP_FEATURE",
        help="unique identifier of app feature or unique name of app feature",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_app_features__update,
        help="Update",
        description="Update\n\nUpdate an existing app feature.\n\nPATCH /apps/{app_id_or_name}/features/{app_feature_id_or_name}",
    )
    command.add_argument(
        "arg_app_feature_id_or_name",
        metavar="APP_FEATURE",
        help="unique identifier of app feature or unique name of app feature",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--enabled",
        dest="arg_enabled",
        action=argparse.BooleanOptionalAction,
        help="whether or not app feature has been enabled (required)",
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
        "list",
        [],
        _call_app_features__list,
        help="List",
        description="List\n\nList existing app features.\n\nGET /apps/{app_id_or_name}/features",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_app_features__info(client: Client, args: argparse.Namespace) -> Any:
    return client.app_features.info(
        app_feature_id_or_name=args.arg_app_feature_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_app_features__update(client: Client, args: argparse.Namespace) -> Any:
    return client.app_features.update(
        app_feature_id_or_name=args.arg_app_feature_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(args, [_Field("enabled", "enabled", "arg_enabled", "--enabled", True)]),
    )


def _call_app_features__list(client: Client, args: argparse.Namespace) -> Any:
    return client.app_features.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- app-setups


def _group_app_setups(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "app-setups",
        help="An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file.",
        description="An app setup represents an app on Heroku that is setup using an environment,\naddons, and scripts described in an app.json manifest file.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_app_setups__create,
        help="Create",
        description="Create\n\nCreate a new app setup from a gzipped tar archive containing an app.json\nmanifest file.\n\nPOST /app-setups",
        epilog="Only settable with --body: app (object), source_blob (object), overrides\n(object).",
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
        _call_app_setups__info,
        help="Info",
        description="Info\n\nGet the status of an app setup.\n\nGET /app-setups/{app_setup_id}",
    )
    command.add_argument(
        "arg_app_setup_id",
        metavar="APP_SETUP",
        nargs="?",
        help="unique identifier of app setup",
    )
    command.add_argument(
        "-a",
        "--app-setup",
        dest="opt_app_setup_id",
        metavar="APP_SETUP",
        help="unique identifier of app setup",
    )


def _call_app_setups__create(client: Client, args: argparse.Namespace) -> Any:
    return client.app_setups.create(
        **_fields(
            args,
            [
                _Field("app", "app", None, None, False),
                _Field("source_blob", "source_blob", None, None, True),
                _Field("overrides", "overrides", None, None, False),
            ],
        ),
    )


def _call_app_setups__info(client: Client, args: argparse.Namespace) -> Any:
    return client.app_setups.info(
        app_setup_id=_either(
            args,
            "arg_app_setup_id",
            "opt_app_setup_id",
            "APP_SETUP or -a/--app-setup",
        ),
    )


# ---------------------------------------------------------------- app-transfers


def _group_app_transfers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "app-transfers",
        help="An app transfer represents a two party interaction for transferring ownership of an app.",
        description="An app transfer represents a two party interaction for transferring\nownership of an app.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_app_transfers__list,
        help="List",
        description="List\n\nList existing apps transfers.\n\nGET /account/app-transfers",
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
        _call_app_transfers__create,
        help="Create",
        description="Create\n\nCreate a new app transfer.\n\nPOST /account/app-transfers",
        epilog="Only settable with --body: recipient (one of several types).",
    )
    command.add_argument("--app", dest="arg_app", metavar="APP", help="(required)")
    command.add_argument(
        "--silent",
        dest="arg_silent",
        action=argparse.BooleanOptionalAction,
        help="whether to suppress email notification when transferring apps (server default: False)",
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
        _call_app_transfers__info,
        help="Info",
        description="Info\n\nInfo for existing app transfer.\n\nGET /account/app-transfers/{app_transfer_id_or_name}",
    )
    command.add_argument(
        "arg_app_transfer_id_or_name",
        metavar="APP_TRANSFER",
        nargs="?",
        help="unique identifier of app transfer or unique name of app",
    )
    command.add_argument(
        "-a",
        "--app-transfer",
        dest="opt_app_transfer_id_or_name",
        metavar="APP_TRANSFER",
        help="unique identifier of app transfer or unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_app_transfers__delete,
        help="Delete",
        description="Delete\n\nDelete an existing app transfer\n\nDELETE /account/app-transfers/{app_transfer_id_or_name}",
    )
    command.add_argument(
        "arg_app_transfer_id_or_name",
        metavar="APP_TRANSFER",
        nargs="?",
        help="unique identifier of app transfer or unique name of app",
    )
    command.add_argument(
        "-a",
        "--app-transfer",
        dest="opt_app_transfer_id_or_name",
        metavar="APP_TRANSFER",
        help="unique identifier of app transfer or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_app_transfers__update,
        help="Update",
        description="Update\n\nUpdate an existing app transfer.\n\nPATCH /account/app-transfers/{app_transfer_id_or_name}",
    )
    command.add_argument(
        "arg_app_transfer_id_or_name",
        metavar="APP_TRANSFER",
        nargs="?",
        help="unique identifier of app transfer or unique name of app",
    )
    command.add_argument(
        "-a",
        "--app-transfer",
        dest="opt_app_transfer_id_or_name",
        metavar="APP_TRANSFER",
        help="unique identifier of app transfer or unique name of app",
    )
    command.add_argument(
        "--state",
        dest="arg_state",
        choices=["pending", "accepted", "declined"],
        help="the current state of an app transfer (required)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_app_transfers__list(client: Client, args: argparse.Namespace) -> Any:
    return client.app_transfers.list(**_given(max=args.page_max))


def _call_app_transfers__create(client: Client, args: argparse.Namespace) -> Any:
    return client.app_transfers.create(
        **_fields(
            args,
            [
                _Field("app", "app", "arg_app", "--app", True),
                _Field("recipient", "recipient", None, None, True),
                _Field("silent", "silent", "arg_silent", "--silent", False),
            ],
        ),
    )


def _call_app_transfers__info(client: Client, args: argparse.Namespace) -> Any:
    return client.app_transfers.info(
        app_transfer_id_or_name=_either(
            args,
            "arg_app_transfer_id_or_name",
            "opt_app_transfer_id_or_name",
            "APP_TRANSFER or -a/--app-transfer",
        ),
    )


def _call_app_transfers__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.app_transfers.delete(
        app_transfer_id_or_name=_either(
            args,
            "arg_app_transfer_id_or_name",
            "opt_app_transfer_id_or_name",
            "APP_TRANSFER or -a/--app-transfer",
        ),
    )


def _call_app_transfers__update(client: Client, args: argparse.Namespace) -> Any:
    return client.app_transfers.update(
        app_transfer_id_or_name=_either(
            args,
            "arg_app_transfer_id_or_name",
            "opt_app_transfer_id_or_name",
            "APP_TRANSFER or -a/--app-transfer",
        ),
        **_fields(args, [_Field("state", "state", "arg_state", "--state", True)]),
    )


# ---------------------------------------------------------------- app-webhook-deliveries


def _group_app_webhook_deliveries(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "app-webhook-deliveries",
        help="Represents the delivery of a webhook notification, including its current status.",
        description="Represents the delivery of a webhook notification, including its current\nstatus.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_app_webhook_deliveries__info,
        help="Info",
        description="Info\n\nReturns the info for an existing delivery.\n\nGET /apps/{app_id_or_name}/webhook-deliveries/{app_webhook_delivery_id}",
    )
    command.add_argument(
        "arg_app_webhook_delivery_id",
        metavar="APP_WEBHOOK_DELIVERY",
        help="the delivery's unique identifier",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_app_webhook_deliveries__list,
        help="List",
        description="List\n\nLists existing deliveries for an app.\n\nGET /apps/{app_id_or_name}/webhook-deliveries",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_app_webhook_deliveries__info(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhook_deliveries.info(
        app_webhook_delivery_id=args.arg_app_webhook_delivery_id,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_app_webhook_deliveries__list(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhook_deliveries.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- app-webhook-events


def _group_app_webhook_events(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "app-webhook-events",
        help="Represents a webhook event that occurred.",
        description="Represents a webhook event that occurred.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_app_webhook_events__info,
        help="Info",
        description="Info\n\nReturns the info for a specified webhook event.\n\nGET /apps/{app_id_or_name}/webhook-events/{app_webhook_event_id}",
    )
    command.add_argument(
        "arg_app_webhook_event_id",
        metavar="APP_WEBHOOK_EVENT",
        help="the event's unique identifier",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_app_webhook_events__list,
        help="List",
        description="List\n\nLists existing webhook events for an app.\n\nGET /apps/{app_id_or_name}/webhook-events",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_app_webhook_events__info(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhook_events.info(
        app_webhook_event_id=args.arg_app_webhook_event_id,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_app_webhook_events__list(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhook_events.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- app-webhooks


def _group_app_webhooks(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "app-webhooks",
        help="Represents the details of a webhook subscription",
        description="Represents the details of a webhook subscription",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_app_webhooks__list,
        help="List",
        description="List\n\nList all webhook subscriptions for a particular app.\n\nGET /apps/{app_id_or_name}/webhooks",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        _call_app_webhooks__create,
        help="Create",
        description="Create\n\nCreate an app webhook subscription.\n\nPOST /apps/{app_id_or_name}/webhooks",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--authorization",
        dest="arg_authorization",
        metavar="AUTHORIZATION",
        help="a custom `Authorization` header that Heroku will include with all webhook notifications",
    )
    command.add_argument(
        "--include",
        dest="arg_include",
        metavar="INCLUDE",
        action="append",
        help="the entities that the subscription provides notifications for (required) (repeatable)",
    )
    command.add_argument(
        "--level",
        dest="arg_level",
        choices=["notify", "sync"],
        help="if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached (required)",
    )
    command.add_argument(
        "--secret",
        dest="arg_secret",
        metavar="SECRET",
        help="a value that Heroku will use to sign all webhook notification requests (the signature is included in the request’s `Heroku-Webhook-Hmac-SHA256` header)",
    )
    command.add_argument(
        "--url",
        dest="arg_url",
        metavar="URL",
        help="the URL where the webhook's notification requests are sent (required)",
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
        _call_app_webhooks__info,
        help="Info",
        description="Info\n\nReturns the info for an app webhook subscription.\n\nGET /apps/{app_id_or_name}/webhooks/{app_webhook_id}",
    )
    command.add_argument(
        "arg_app_webhook_id",
        metavar="APP_WEBHOOK",
        help="the webhook's unique identifier",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_app_webhooks__delete,
        help="Delete",
        description="Delete\n\nRemoves an app webhook subscription.\n\nDELETE /apps/{app_id_or_name}/webhooks/{app_webhook_id}",
    )
    command.add_argument(
        "arg_app_webhook_id",
        metavar="APP_WEBHOOK",
        help="the webhook's unique identifier",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_app_webhooks__update,
        help="Update",
        description="Update\n\nUpdates the details of an app webhook subscription.\n\nPATCH /apps/{app_id_or_name}/webhooks/{app_webhook_id}",
    )
    command.add_argument(
        "arg_app_webhook_id",
        metavar="APP_WEBHOOK",
        help="the webhook's unique identifier",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--authorization",
        dest="arg_authorization",
        metavar="AUTHORIZATION",
        help="a custom `Authorization` header that Heroku will include with all webhook notifications",
    )
    command.add_argument(
        "--include",
        dest="arg_include",
        metavar="INCLUDE",
        action="append",
        help="the entities that the subscription provides notifications for (repeatable)",
    )
    command.add_argument(
        "--level",
        dest="arg_level",
        choices=["notify", "sync"],
        help="if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached",
    )
    command.add_argument(
        "--secret",
        dest="arg_secret",
        metavar="SECRET",
        help="a value that Heroku will use to sign all webhook notification requests (the signature is included in the request’s `Heroku-Webhook-Hmac-SHA256` header)",
    )
    command.add_argument(
        "--url",
        dest="arg_url",
        metavar="URL",
        help="the URL where the webhook's notification requests are sent",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_app_webhooks__list(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhooks.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_app_webhooks__create(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhooks.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field(
                    "authorization",
                    "authorization",
                    "arg_authorization",
                    "--authorization",
                    False,
                ),
                _Field("include", "include", "arg_include", "--include", True),
                _Field("level", "level", "arg_level", "--level", True),
                _Field("secret", "secret", "arg_secret", "--secret", False),
                _Field("url", "url", "arg_url", "--url", True),
            ],
        ),
    )


def _call_app_webhooks__info(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhooks.info(
        app_webhook_id=args.arg_app_webhook_id,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_app_webhooks__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhooks.delete(
        app_webhook_id=args.arg_app_webhook_id,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_app_webhooks__update(client: Client, args: argparse.Namespace) -> Any:
    return client.app_webhooks.update(
        app_webhook_id=args.arg_app_webhook_id,
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field(
                    "authorization",
                    "authorization",
                    "arg_authorization",
                    "--authorization",
                    False,
                ),
                _Field("include", "include", "arg_include", "--include", False),
                _Field("level", "level", "arg_level", "--level", False),
                _Field("secret", "secret", "arg_secret", "--secret", False),
                _Field("url", "url", "arg_url", "--url", False),
            ],
        ),
    )


# ---------------------------------------------------------------- apps


def _group_apps(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "apps",
        help="An app represents the program that you would like to deploy and run on Heroku.",
        description="An app represents the program that you would like to deploy and run on\nHeroku.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_apps__list,
        help="List",
        description="List\n\nList existing apps.\n\nGET /apps",
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
        help="Create",
        description="Create\n\nCreate a new app.\n\nPOST /apps",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="unique name of app")
    command.add_argument("--region", dest="arg_region", metavar="REGION")
    command.add_argument("--stack", dest="arg_stack", metavar="STACK")
    command.add_argument(
        "--feature-flags",
        dest="arg_feature_flags",
        metavar="FEATURE_FLAGS",
        action="append",
        help="unique name of app feature (repeatable)",
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
        _call_apps__info,
        help="Info",
        description="Info\n\nInfo for existing app.\n\nGET /apps/{app_id_or_name}",
    )
    command.add_argument(
        "arg_app_id_or_name",
        metavar="APP",
        nargs="?",
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="opt_app_id_or_name",
        metavar="APP",
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_apps__delete,
        help="Delete",
        description="Delete\n\nDelete an existing app.\n\nDELETE /apps/{app_id_or_name}",
    )
    command.add_argument(
        "arg_app_id_or_name",
        metavar="APP",
        nargs="?",
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="opt_app_id_or_name",
        metavar="APP",
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_apps__update,
        help="Update",
        description="Update\n\nUpdate an existing app.\n\nPATCH /apps/{app_id_or_name}",
    )
    command.add_argument(
        "arg_app_id_or_name",
        metavar="APP",
        nargs="?",
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="opt_app_id_or_name",
        metavar="APP",
        help="unique identifier of app or unique name of app",
    )
    command.add_argument("--build-stack", dest="arg_build_stack", metavar="BUILD_STACK")
    command.add_argument(
        "--maintenance",
        dest="arg_maintenance",
        action=argparse.BooleanOptionalAction,
        help="maintenance status of app (server default: False)",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="unique name of app")
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
        "list-owned-and-collaborated",
        [],
        _call_apps__list_owned_and_collaborated,
        help="List Owned and Collaborated",
        description="List Owned and Collaborated\n\nList owned and collaborated apps (excludes team apps).\n\nGET /users/{account_email_or_id_or_self}/apps",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--account-email-or-id-or-self",
        dest="arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        required=True,
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
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
        "enable-acm",
        [],
        _call_apps__enable_acm,
        help="Enable ACM",
        description="Enable ACM\n\nEnable ACM flag for an app\n\nPOST /apps/{app_id_or_name}/acm",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "disable-acm",
        [],
        _call_apps__disable_acm,
        help="Disable ACM",
        description="Disable ACM\n\nDisable ACM flag for an app\n\nDELETE /apps/{app_id_or_name}/acm",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "refresh-acm",
        [],
        _call_apps__refresh_acm,
        help="Refresh ACM",
        description="Refresh ACM\n\nRefresh ACM for an app\n\nPATCH /apps/{app_id_or_name}/acm",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
                _Field(
                    "feature_flags",
                    "feature_flags",
                    "arg_feature_flags",
                    "--feature-flags",
                    False,
                ),
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
                _Field("build_stack", "build_stack", "arg_build_stack", "--build-stack", False),
                _Field("maintenance", "maintenance", "arg_maintenance", "--maintenance", False),
                _Field("name", "name", "arg_name", "--name", False),
            ],
        ),
    )


def _call_apps__list_owned_and_collaborated(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.list_owned_and_collaborated(
        account_email_or_id_or_self=args.arg_account_email_or_id_or_self,
        **_given(max=args.page_max),
    )


def _call_apps__enable_acm(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.enable_acm(app_id_or_name=args.arg_app_id_or_name)


def _call_apps__disable_acm(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.disable_acm(app_id_or_name=args.arg_app_id_or_name)


def _call_apps__refresh_acm(client: Client, args: argparse.Namespace) -> Any:
    return client.apps.refresh_acm(app_id_or_name=args.arg_app_id_or_name)


# ---------------------------------------------------------------- audit-trail-archives


def _group_audit_trail_archives(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "audit-trail-archives",
        help="An audit trail archive represents a monthly json zipped file containing events",
        description="An audit trail archive represents a monthly json zipped file containing\nevents",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_audit_trail_archives__info,
        help="Info",
        description="Info\n\nGet archive for a single month.\n\nGET /enterprise-accounts/{enterprise_account_id_or_name}/archives/{archive_year}/{archive_month}",
    )
    command.add_argument("arg_archive_month", metavar="ARCHIVE_MONTH", help="month of the archive")
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument(
        "-a",
        "--archive-year",
        dest="arg_archive_year",
        type=int,
        metavar="ARCHIVE_YEAR",
        required=True,
        help="year of the archive",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_audit_trail_archives__list,
        help="List",
        description="List\n\nList existing archives.\n\nGET /enterprise-accounts/{enterprise_account_id_or_name}/archives",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_audit_trail_archives__info(client: Client, args: argparse.Namespace) -> Any:
    return client.audit_trail_archives.archive_info(
        archive_month=args.arg_archive_month,
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
        archive_year=args.arg_archive_year,
    )


def _call_audit_trail_archives__list(client: Client, args: argparse.Namespace) -> Any:
    return client.audit_trail_archives.archive_list(
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- audit-trail-events


def _group_audit_trail_events(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "audit-trail-events",
        help="An audit trail event represents some action on the platform",
        description="An audit trail event represents some action on the platform",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_audit_trail_events__list,
        help="List",
        description="List\n\nList existing events. Returns all events for one day, defaulting to current\nday. Order, actor, action, and type, and day query params can be specified\nas query parameters. For example, '/enterprise-accounts/:id/events?order=des\nc&actor=user@example.com&action=create&type=app&day=2020-09-30' would return\nevents in descending order and only return app created events by the user\nwith user@example.com email address.\n\nGET /enterprise-accounts/{enterprise_account_id_or_name}/events",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_audit_trail_events__list(client: Client, args: argparse.Namespace) -> Any:
    return client.audit_trail_events.list(
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- builds


def _group_builds(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "builds",
        help="A build represents the process of transforming a code tarball into build artifacts",
        description="A build represents the process of transforming a code tarball into build\nartifacts",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_builds__list,
        help="List",
        description="List\n\nList existing build.\n\nGET /apps/{app_id_or_name}/builds",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        help="Create",
        description="Create\n\nCreate a new build.\n\nPOST /apps/{app_id_or_name}/builds",
        epilog="Only settable with --body: buildpacks (array), source_blob (object).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        help="Info",
        description="Info\n\nInfo for existing build.\n\nGET /apps/{app_id_or_name}/builds/{build_id}",
    )
    command.add_argument("arg_build_id", metavar="BUILD", help="unique identifier of build")
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "cancel",
        [],
        _call_builds__cancel,
        help="Cancel",
        description="Cancel\n\nCancel running build.\n\nDELETE /apps/{app_id_or_name}/builds/{build_id}",
    )
    command.add_argument("arg_build_id", metavar="BUILD", help="unique identifier of build")
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "delete-cache",
        [],
        _call_builds__delete_cache,
        help="Delete cache",
        description="Delete cache\n\nDestroy a build cache.\n\nDELETE /apps/{app_id_or_name}/build-cache",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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


def _call_builds__cancel(client: Client, args: argparse.Namespace) -> Any:
    return client.builds.cancel(build_id=args.arg_build_id, app_id_or_name=args.arg_app_id_or_name)


def _call_builds__delete_cache(client: Client, args: argparse.Namespace) -> Any:
    return client.builds.delete_cache(app_id_or_name=args.arg_app_id_or_name)


# ---------------------------------------------------------------- buildpack-installations


def _group_buildpack_installations(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "buildpack-installations",
        help="A buildpack installation represents a buildpack that will be run against an app.",
        description="A buildpack installation represents a buildpack that will be run against an\napp.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_buildpack_installations__list,
        help="List",
        description="List\n\nList an app's existing buildpack installations.\n\nGET /apps/{app_id_or_name}/buildpack-installations",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        "update",
        [],
        _call_buildpack_installations__update,
        help="Update",
        description="Update\n\nUpdate an app's buildpack installations.\n\nPUT /apps/{app_id_or_name}/buildpack-installations",
        epilog="Only settable with --body: updates (array).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_buildpack_installations__list(client: Client, args: argparse.Namespace) -> Any:
    return client.buildpack_installations.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_buildpack_installations__update(client: Client, args: argparse.Namespace) -> Any:
    return client.buildpack_installations.update(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(args, [_Field("updates", "updates", None, None, True)]),
    )


# ---------------------------------------------------------------- collaborators


def _group_collaborators(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "collaborators",
        help="A collaborator represents an account that has been given access to an app on Heroku.",
        description="A collaborator represents an account that has been given access to an app on\nHeroku.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_collaborators__list,
        help="List",
        description="List\n\nList existing collaborators.\n\nGET /apps/{app_id_or_name}/collaborators",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        help="Create",
        description="Create\n\nCreate a new collaborator.\n\nPOST /apps/{app_id_or_name}/collaborators",
        epilog="Only settable with --body: user (one of several types).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--silent",
        dest="arg_silent",
        action=argparse.BooleanOptionalAction,
        help="whether to suppress email invitation when creating collaborator (server default: False)",
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
        _call_collaborators__info,
        help="Info",
        description="Info\n\nInfo for existing collaborator.\n\nGET /apps/{app_id_or_name}/collaborators/{collaborator_email_or_id}",
    )
    command.add_argument(
        "arg_collaborator_email_or_id",
        metavar="COLLABORATOR",
        help="invited email address of collaborator or unique identifier of collaborator",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_collaborators__delete,
        help="Delete",
        description="Delete\n\nDelete an existing collaborator.\n\nDELETE /apps/{app_id_or_name}/collaborators/{collaborator_email_or_id}",
    )
    command.add_argument(
        "arg_collaborator_email_or_id",
        metavar="COLLABORATOR",
        help="invited email address of collaborator or unique identifier of collaborator",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
                _Field("silent", "silent", "arg_silent", "--silent", False),
                _Field("user", "user", None, None, True),
            ],
        ),
    )


def _call_collaborators__info(client: Client, args: argparse.Namespace) -> Any:
    return client.collaborators.info(
        collaborator_email_or_id=args.arg_collaborator_email_or_id,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_collaborators__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.collaborators.delete(
        collaborator_email_or_id=args.arg_collaborator_email_or_id,
        app_id_or_name=args.arg_app_id_or_name,
    )


# ---------------------------------------------------------------- config-vars


def _group_config_vars(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "config-vars",
        help="Config Vars allow you to manage the configuration information provided to an app on Heroku.",
        description="Config Vars allow you to manage the configuration information provided to an\napp on Heroku.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        [],
        _call_config_vars__info,
        help="Info for App",
        description="Info for App\n\nGet config-vars for app.\n\nGET /apps/{app_id_or_name}/config-vars",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_config_vars__update,
        help="Update",
        description="Update\n\nUpdate config-vars for app. You can update existing config-vars by setting\nthem again, and remove by setting it to `null`.\n\nPATCH /apps/{app_id_or_name}/config-vars",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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

    command = _command(
        verbs,
        "info-for-app-release",
        [],
        _call_config_vars__info_for_app_release,
        help="Info for App Release",
        description="Info for App Release\n\nGet config-vars for a release.\n\nGET /apps/{app_id_or_name}/releases/{release_id_or_version}/config-vars",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "-r",
        "--release",
        dest="arg_release_id_or_version",
        metavar="RELEASE",
        required=True,
        help="unique identifier of release or unique version assigned to the release",
    )


def _call_config_vars__info(client: Client, args: argparse.Namespace) -> Any:
    return client.config_vars.info(app_id_or_name=args.arg_app_id_or_name)


def _call_config_vars__update(client: Client, args: argparse.Namespace) -> Any:
    return client.config_vars.update(
        app_id_or_name=args.arg_app_id_or_name,
        body=_pairs(args, required=True),
    )


def _call_config_vars__info_for_app_release(client: Client, args: argparse.Namespace) -> Any:
    return client.config_vars.info_for_app_release(
        app_id_or_name=args.arg_app_id_or_name,
        release_id_or_version=args.arg_release_id_or_version,
    )


# ---------------------------------------------------------------- credits


def _group_credits(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "credits",
        help="A credit represents value that will be used up before further charges are assigned to an account.",
        description="A credit represents value that will be used up before further charges are\nassigned to an account.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_credits__list,
        help="List",
        description="List\n\nList existing credits.\n\nGET /account/credits",
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
        _call_credits__create,
        help="Create",
        description="Create\n\nCreate a new credit.\n\nPOST /account/credits",
    )
    command.add_argument(
        "--code-1",
        dest="arg_code_1",
        metavar="CODE_1",
        help="first code from a discount card",
    )
    command.add_argument(
        "--code-2",
        dest="arg_code_2",
        metavar="CODE_2",
        help="second code from a discount card",
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
        _call_credits__info,
        help="Info",
        description="Info\n\nInfo for existing credit.\n\nGET /account/credits/{credit_id}",
    )
    command.add_argument(
        "arg_credit_id",
        metavar="CREDIT",
        nargs="?",
        help="unique identifier of credit",
    )
    command.add_argument(
        "-c",
        "--credit",
        dest="opt_credit_id",
        metavar="CREDIT",
        help="unique identifier of credit",
    )


def _call_credits__list(client: Client, args: argparse.Namespace) -> Any:
    return client.credits.list(**_given(max=args.page_max))


def _call_credits__create(client: Client, args: argparse.Namespace) -> Any:
    return client.credits.create(
        **_fields(
            args,
            [
                _Field("code1", "code_1", "arg_code_1", "--code-1", False),
                _Field("code2", "code_2", "arg_code_2", "--code-2", False),
            ],
        ),
    )


def _call_credits__info(client: Client, args: argparse.Namespace) -> Any:
    return client.credits.info(
        credit_id=_either(args, "arg_credit_id", "opt_credit_id", "CREDIT or -c/--credit"),
    )


# ---------------------------------------------------------------- domains


def _group_domains(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "domains",
        help="Domains define what web routes should be routed to an app on Heroku.",
        description="Domains define what web routes should be routed to an app on Heroku.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_domains__list,
        help="List",
        description="List\n\nList existing domains.\n\nGET /apps/{app_id_or_name}/domains",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        help="Create",
        description="Create\n\nCreate a new domain.\n\nPOST /apps/{app_id_or_name}/domains",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--hostname",
        dest="arg_hostname",
        metavar="HOSTNAME",
        help="full hostname (required)",
    )
    command.add_argument(
        "--sni-endpoint",
        dest="arg_sni_endpoint",
        metavar="SNI_ENDPOINT",
        help="null or unique identifier or name for SNI endpoint (required)",
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
        _call_domains__info,
        help="Info",
        description="Info\n\nInfo for existing domain.\n\nGET /apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
    )
    command.add_argument(
        "arg_domain_id_or_hostname",
        metavar="DOMAIN",
        help="unique identifier of this domain or full hostname",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_domains__delete,
        help="Delete",
        description="Delete\n\nDelete an existing domain\n\nDELETE /apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
    )
    command.add_argument(
        "arg_domain_id_or_hostname",
        metavar="DOMAIN",
        help="unique identifier of this domain or full hostname",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_domains__update,
        help="Update",
        description="Update\n\nAssociate an SNI endpoint\n\nPATCH /apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
    )
    command.add_argument(
        "arg_domain_id_or_hostname",
        metavar="DOMAIN",
        help="unique identifier of this domain or full hostname",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--sni-endpoint",
        dest="arg_sni_endpoint",
        metavar="SNI_ENDPOINT",
        help="null or unique identifier or name for SNI endpoint (required)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
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
                _Field("sni_endpoint", "sni_endpoint", "arg_sni_endpoint", "--sni-endpoint", True),
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


def _call_domains__update(client: Client, args: argparse.Namespace) -> Any:
    return client.domains.update(
        domain_id_or_hostname=args.arg_domain_id_or_hostname,
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [_Field("sni_endpoint", "sni_endpoint", "arg_sni_endpoint", "--sni-endpoint", True)],
        ),
    )


# ---------------------------------------------------------------- dyno-sizes


def _group_dyno_sizes(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "dyno-sizes",
        help="Dyno sizes are the values and details of sizes that can be assigned to dynos. This information can also be found at : [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types).",
        description="Dyno sizes are the values and details of sizes that can be assigned to\ndynos. This information can also be found at :\n[https://devcenter.heroku.com/articles/dyno-\ntypes](https://devcenter.heroku.com/articles/dyno-types).",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_dyno_sizes__info,
        help="Info",
        description="Info\n\nInfo for existing dyno size.\n\nGET /dyno-sizes/{dyno_size_id_or_name}",
    )
    command.add_argument(
        "arg_dyno_size_id_or_name",
        metavar="DYNO_SIZE",
        nargs="?",
        help="unique identifier of the dyno size or name of the dyno size",
    )
    command.add_argument(
        "-d",
        "--dyno-size",
        dest="opt_dyno_size_id_or_name",
        metavar="DYNO_SIZE",
        help="unique identifier of the dyno size or name of the dyno size",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_dyno_sizes__list,
        help="List",
        description="List\n\nList existing dyno sizes.\n\nGET /dyno-sizes",
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
        "list-app",
        [],
        _call_dyno_sizes__list_app,
        help="List App Dyno Sizes",
        description="List App Dyno Sizes\n\nList available dyno sizes for an app\n\nGET /apps/{app_id_or_name}/available-dyno-sizes",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_dyno_sizes__info(client: Client, args: argparse.Namespace) -> Any:
    return client.dyno_sizes.info(
        dyno_size_id_or_name=_either(
            args,
            "arg_dyno_size_id_or_name",
            "opt_dyno_size_id_or_name",
            "DYNO_SIZE or -d/--dyno-size",
        ),
    )


def _call_dyno_sizes__list(client: Client, args: argparse.Namespace) -> Any:
    return client.dyno_sizes.list(**_given(max=args.page_max))


def _call_dyno_sizes__list_app(client: Client, args: argparse.Namespace) -> Any:
    return client.dyno_sizes.list_app(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- dynos


def _group_dynos(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "dynos",
        help="Dynos encapsulate running processes of an app on Heroku. Detailed information about dyno sizes can be found at: [https://devcenter.heroku.com/articles/dyno-types](https://devcenter.heroku.com/articles/dyno-types).",
        description="Dynos encapsulate running processes of an app on Heroku. Detailed\ninformation about dyno sizes can be found at:\n[https://devcenter.heroku.com/articles/dyno-\ntypes](https://devcenter.heroku.com/articles/dyno-types).",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_dynos__list,
        help="List",
        description="List\n\nList existing dynos.\n\nGET /apps/{app_id_or_name}/dynos",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        help="Create",
        description="Create\n\nCreate a new dyno.\n\nPOST /apps/{app_id_or_name}/dynos",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--attach",
        dest="arg_attach",
        action=argparse.BooleanOptionalAction,
        help="whether to stream output or not",
    )
    command.add_argument(
        "--command",
        dest="arg_command",
        metavar="COMMAND",
        help="command used to start this process (required)",
    )
    command.add_argument(
        "--env",
        dest="arg_env",
        action=_KeyValues,
        null_if_empty=False,
        metavar="KEY=VALUE",
        help="custom environment to add to the dyno config vars (repeatable; KEY= sets an empty value)",
    )
    command.add_argument(
        "--force-no-tty",
        dest="arg_force_no_tty",
        action=argparse.BooleanOptionalAction,
        help="force an attached one-off dyno to not run in a tty",
    )
    command.add_argument("--size", dest="arg_size", metavar="SIZE", help="dyno size")
    command.add_argument("--type", dest="arg_type", metavar="TYPE", help="type of process")
    command.add_argument(
        "--time-to-live",
        dest="arg_time_to_live",
        type=int,
        metavar="TIME_TO_LIVE",
        help="seconds until dyno expires, after which it will soon be killed, max 86400 seconds (24 hours)",
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
        "restart-all",
        [],
        _call_dynos__restart_all,
        help="Restart all",
        description="Restart all\n\nRestart all dynos.\n\nDELETE /apps/{app_id_or_name}/dynos",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_dynos__info,
        help="Info",
        description="Info\n\nInfo for existing dyno.\n\nGET /apps/{app_id_or_name}/dynos/{dyno_id_or_name}",
    )
    command.add_argument(
        "arg_dyno_id_or_name",
        metavar="DYNO",
        help="unique identifier of this dyno or the name of this process on this dyno",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "restart",
        [],
        _call_dynos__restart,
        help="Restart",
        description="Restart\n\nRestart dyno.\n\nDELETE /apps/{app_id_or_name}/dynos/{dyno_id_or_name}",
    )
    command.add_argument(
        "arg_dyno_id_or_name",
        metavar="DYNO",
        help="unique identifier of this dyno or the name of this process on this dyno",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "restart-formation",
        [],
        _call_dynos__restart_formation,
        help="Restart formation",
        description="Restart formation\n\nRestart dynos of a given formation type.\n\nDELETE /apps/{app_id_or_name}/formations/{dyno_formation_type}",
    )
    command.add_argument(
        "arg_dyno_formation_type",
        metavar="DYNO_FORMATION_TYPE",
        help="the formation type of this process on this dyno",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "stop",
        [],
        _call_dynos__stop,
        help="Stop",
        description="Stop\n\nStop dyno.\n\nPOST /apps/{app_id_or_name}/dynos/{dyno_id_or_name}/actions/stop",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "-d",
        "--dyno",
        dest="arg_dyno_id_or_name",
        metavar="DYNO",
        required=True,
        help="unique identifier of this dyno or the name of this process on this dyno",
    )

    command = _command(
        verbs,
        "stop-formation",
        [],
        _call_dynos__stop_formation,
        help="Stop formation",
        description="Stop formation\n\nStop dynos of a given formation type.\n\nPOST /apps/{app_id_or_name}/formations/{dyno_formation_type}/actions/stop",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "-d",
        "--dyno-formation-type",
        dest="arg_dyno_formation_type",
        metavar="DYNO_FORMATION_TYPE",
        required=True,
        help="the formation type of this process on this dyno",
    )


def _call_dynos__list(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.list(app_id_or_name=args.arg_app_id_or_name, **_given(max=args.page_max))


def _call_dynos__create(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("attach", "attach", "arg_attach", "--attach", False),
                _Field("command", "command", "arg_command", "--command", True),
                _Field("env", "env", "arg_env", "--env", False),
                _Field("force_no_tty", "force_no_tty", "arg_force_no_tty", "--force-no-tty", False),
                _Field("size", "size", "arg_size", "--size", False),
                _Field("type", "type", "arg_type", "--type", False),
                _Field("time_to_live", "time_to_live", "arg_time_to_live", "--time-to-live", False),
            ],
        ),
    )


def _call_dynos__restart_all(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.restart_all(app_id_or_name=args.arg_app_id_or_name)


def _call_dynos__info(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.info(
        dyno_id_or_name=args.arg_dyno_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_dynos__restart(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.restart(
        dyno_id_or_name=args.arg_dyno_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_dynos__restart_formation(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.restart_formation(
        dyno_formation_type=args.arg_dyno_formation_type,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_dynos__stop(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.stop(
        app_id_or_name=args.arg_app_id_or_name,
        dyno_id_or_name=args.arg_dyno_id_or_name,
    )


def _call_dynos__stop_formation(client: Client, args: argparse.Namespace) -> Any:
    return client.dynos.stop_formation(
        app_id_or_name=args.arg_app_id_or_name,
        dyno_formation_type=args.arg_dyno_formation_type,
    )


# ---------------------------------------------------------------- enterprise-account-daily-usages


def _group_enterprise_account_daily_usages(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "enterprise-account-daily-usages",
        help="Usage for an enterprise account at a daily resolution.",
        description="Usage for an enterprise account at a daily resolution.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_enterprise_account_daily_usages__info,
        help="Info",
        description="Info\n\nRetrieves usage for an enterprise account for a range of days. Start and end\ndates can be specified as query parameters using the date format YYYY-MM-DD.\nThe enterprise account identifier can be found from the [enterprise account\nlist](https://devcenter.heroku.com/articles/platform-api-\nreference#enterprise-account-list).\n\nGET /enterprise-accounts/{enterprise_account_id}/usage/daily",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account",
    )
    command.add_argument("--start", dest="arg_start", metavar="START", required=True, help="start")
    command.add_argument("--end", dest="arg_end", metavar="END", help="end")
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_enterprise_account_daily_usages__info(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_account_daily_usages.info(
        enterprise_account_id=args.arg_enterprise_account_id,
        start=args.arg_start,
        **_given(end=args.arg_end, max=args.page_max),
    )


# ---------------------------------------------------------------- enterprise-account-members


def _group_enterprise_account_members(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "enterprise-account-members",
        help="Enterprise account members are users with access to an enterprise account.",
        description="Enterprise account members are users with access to an enterprise account.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_enterprise_account_members__list,
        help="List",
        description="List\n\nList members in an enterprise account.\n\nGET /enterprise-accounts/{enterprise_account_id_or_name}/members",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
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
        _call_enterprise_account_members__create,
        help="Create",
        description="Create\n\nCreate a member in an enterprise account.\n\nPOST /enterprise-accounts/{enterprise_account_id_or_name}/members",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument("--user", dest="arg_user", metavar="USER", help="(required)")
    command.add_argument(
        "--permissions",
        dest="arg_permissions",
        choices=["view", "create", "manage", "billing"],
        action="append",
        help="permissions for enterprise account (required) (repeatable)",
    )
    command.add_argument(
        "--federated",
        dest="arg_federated",
        action=argparse.BooleanOptionalAction,
        help="whether membership is being created as part of SSO JIT",
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
        "delete",
        [],
        _call_enterprise_account_members__delete,
        help="Delete",
        description="Delete\n\ndelete a member in an enterprise account.\n\nDELETE /enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}",
    )
    command.add_argument(
        "arg_enterprise_account_member_email_or_id",
        metavar="ENTERPRISE_ACCOUNT_MEMBER",
        help="unique email address of account or unique identifier of an account",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_enterprise_account_members__update,
        help="Update",
        description="Update\n\nUpdate a member in an enterprise account.\n\nPATCH /enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}",
    )
    command.add_argument(
        "arg_enterprise_account_member_email_or_id",
        metavar="ENTERPRISE_ACCOUNT_MEMBER",
        help="unique email address of account or unique identifier of an account",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument(
        "--permissions",
        dest="arg_permissions",
        choices=["view", "create", "manage", "billing"],
        action="append",
        help="permissions for enterprise account (required) (repeatable)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_enterprise_account_members__list(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_account_members.list(
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
        **_given(max=args.page_max),
    )


def _call_enterprise_account_members__create(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_account_members.create(
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
        **_fields(
            args,
            [
                _Field("user", "user", "arg_user", "--user", True),
                _Field("permissions", "permissions", "arg_permissions", "--permissions", True),
                _Field("federated", "federated", "arg_federated", "--federated", False),
            ],
        ),
    )


def _call_enterprise_account_members__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_account_members.delete(
        enterprise_account_member_email_or_id=args.arg_enterprise_account_member_email_or_id,
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
    )


def _call_enterprise_account_members__update(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_account_members.update(
        enterprise_account_member_email_or_id=args.arg_enterprise_account_member_email_or_id,
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
        **_fields(
            args,
            [_Field("permissions", "permissions", "arg_permissions", "--permissions", True)],
        ),
    )


# ---------------------------------------------------------------- enterprise-account-monthly-usages


def _group_enterprise_account_monthly_usages(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "enterprise-account-monthly-usages",
        help="Usage for an enterprise account at a monthly resolution.",
        description="Usage for an enterprise account at a monthly resolution.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_enterprise_account_monthly_usages__info,
        help="Info",
        description="Info\n\nRetrieves usage for an enterprise account for a range of months. Start and\nend dates can be specified as query parameters using the date format YYYY-\nMM. If no end date is specified, one month of usage is returned. The\nenterprise account identifier can be found from the [enterprise account\nlist](https://devcenter.heroku.com/articles/platform-api-\nreference#enterprise-account-list).\n\nGET /enterprise-accounts/{enterprise_account_id}/usage/monthly",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account",
    )
    command.add_argument("--start", dest="arg_start", metavar="START", required=True, help="start")
    command.add_argument("--end", dest="arg_end", metavar="END", help="end")
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_enterprise_account_monthly_usages__info(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_account_monthly_usages.info(
        enterprise_account_id=args.arg_enterprise_account_id,
        start=args.arg_start,
        **_given(end=args.arg_end, max=args.page_max),
    )


# ---------------------------------------------------------------- enterprise-accounts


def _group_enterprise_accounts(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "enterprise-accounts",
        help="Enterprise accounts allow companies to manage their development teams and billing.",
        description="Enterprise accounts allow companies to manage their development teams and\nbilling.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_enterprise_accounts__list,
        help="List",
        description="List\n\nList enterprise accounts in which you are a member.\n\nGET /enterprise-accounts",
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
        "info",
        ["get"],
        _call_enterprise_accounts__info,
        help="Info",
        description="Info\n\nInformation about an enterprise account.\n\nGET /enterprise-accounts/{enterprise_account_id_or_name}",
    )
    command.add_argument(
        "arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        nargs="?",
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="opt_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_enterprise_accounts__update,
        help="Update",
        description="Update\n\nUpdate enterprise account properties\n\nPATCH /enterprise-accounts/{enterprise_account_id_or_name}",
    )
    command.add_argument(
        "arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        nargs="?",
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="opt_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="unique name of the enterprise account",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_enterprise_accounts__list(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_accounts.list(**_given(max=args.page_max))


def _call_enterprise_accounts__info(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_accounts.info(
        enterprise_account_id_or_name=_either(
            args,
            "arg_enterprise_account_id_or_name",
            "opt_enterprise_account_id_or_name",
            "ENTERPRISE_ACCOUNT or -e/--enterprise-account",
        ),
    )


def _call_enterprise_accounts__update(client: Client, args: argparse.Namespace) -> Any:
    return client.enterprise_accounts.update(
        enterprise_account_id_or_name=_either(
            args,
            "arg_enterprise_account_id_or_name",
            "opt_enterprise_account_id_or_name",
            "ENTERPRISE_ACCOUNT or -e/--enterprise-account",
        ),
        **_fields(args, [_Field("name", "name", "arg_name", "--name", False)]),
    )


# ---------------------------------------------------------------- filters


def _group_filters(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "filters",
        help="Filters are special endpoints to allow for API consumers to specify a subset of resources to consume in order to reduce the number of requests that are performed. Each filter endpoint endpoint is responsible for determining its supported request format. The endpoints are over POST in order to handle large request bodies without hitting request uri query length limitations, but the requests themselves are idempotent and will not have side effects.",
        description="Filters are special endpoints to allow for API consumers to specify a subset\nof resources to consume in order to reduce the number of requests that are\nperformed. Each filter endpoint endpoint is responsible for determining its\nsupported request format. The endpoints are over POST in order to handle\nlarge request bodies without hitting request uri query length limitations,\nbut the requests themselves are idempotent and will not have side effects.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "apps-apps",
        [],
        _call_filters__apps_apps,
        help="Apps",
        description="Apps\n\nRequest an apps list filtered by app id.\n\nPOST /filters/apps",
        epilog="Only settable with --body: in (object).\n\nEvery page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_filters__apps_apps(client: Client, args: argparse.Namespace) -> Any:
    return client.filters.apps_apps(
        **_given(max=args.page_max),
        body=_object(args, [_Field("in", "in_", None, None, False)], required=False),
    )


# ---------------------------------------------------------------- formation


def _group_formation(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "formation",
        help="The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app.",
        description="The formation of processes that should be maintained for an app. Update the\nformation to scale processes or change dyno sizes. Available process type\nnames and commands are defined by the `process_types` attribute for the\n[slug](#slug) currently released on an app.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_formation__info,
        help="Info",
        description="Info\n\nInfo for a process type\n\nGET /apps/{app_id_or_name}/formation/{formation_id_or_type}",
    )
    command.add_argument(
        "arg_formation_id_or_type",
        metavar="FORMATION",
        help="unique identifier of this process type or type of process to maintain",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_formation__update,
        help="Update",
        description="Update\n\nUpdate process type\n\nPATCH /apps/{app_id_or_name}/formation/{formation_id_or_type}",
        epilog="Only settable with --body: dyno_size (object).",
    )
    command.add_argument(
        "arg_formation_id_or_type",
        metavar="FORMATION",
        help="unique identifier of this process type or type of process to maintain",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--quantity",
        dest="arg_quantity",
        type=int,
        metavar="QUANTITY",
        help="number of processes to maintain",
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
        "list",
        [],
        _call_formation__list,
        help="List",
        description="List\n\nList process type formation\n\nGET /apps/{app_id_or_name}/formation",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        help="Batch Update",
        description="Batch Update\n\nBatch update process types\n\nPATCH /apps/{app_id_or_name}/formation",
        epilog="Only settable with --body: updates (array).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_formation__info(client: Client, args: argparse.Namespace) -> Any:
    return client.formation.info(
        formation_id_or_type=args.arg_formation_id_or_type,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_formation__update(client: Client, args: argparse.Namespace) -> Any:
    return client.formation.update(
        formation_id_or_type=args.arg_formation_id_or_type,
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("dyno_size", "dyno_size", None, None, False),
                _Field("quantity", "quantity", "arg_quantity", "--quantity", False),
            ],
        ),
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


# ---------------------------------------------------------------- generations


def _group_generations(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "generations",
        help="A generation represents a version of the Heroku platform that includes the app execution environment, routing, telemetry, and build systems.",
        description="A generation represents a version of the Heroku platform that includes the\napp execution environment, routing, telemetry, and build systems.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_generations__info,
        help="Info",
        description="Info\n\nInfo for generation.\n\nGET /generations/{stack_name_or_id}",
    )
    command.add_argument(
        "arg_stack_name_or_id",
        metavar="STACK",
        nargs="?",
        help="unique name of stack or unique identifier of stack",
    )
    command.add_argument(
        "-s",
        "--stack",
        dest="opt_stack_name_or_id",
        metavar="STACK",
        help="unique name of stack or unique identifier of stack",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_generations__list,
        help="List",
        description="List\n\nList available generations.\n\nGET /generations",
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
        "list-by-team",
        [],
        _call_generations__list_by_team,
        help="List by Team",
        description="List by Team\n\nList available generations for a team.\n\nGET /teams/{team_name_or_id}/available-generations",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_generations__info(client: Client, args: argparse.Namespace) -> Any:
    return client.generations.info(
        stack_name_or_id=_either(
            args,
            "arg_stack_name_or_id",
            "opt_stack_name_or_id",
            "STACK or -s/--stack",
        ),
    )


def _call_generations__list(client: Client, args: argparse.Namespace) -> Any:
    return client.generations.list(**_given(max=args.page_max))


def _call_generations__list_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.generations.list_by_team(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- identity-providers


def _group_identity_providers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "identity-providers",
        help="Identity Providers represent the SAML configuration of teams or an Enterprise account",
        description="Identity Providers represent the SAML configuration of teams or an\nEnterprise account",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list-by-team",
        [],
        _call_identity_providers__list_by_team,
        help="List By Team",
        description="List By Team\n\nGet a list of a team's Identity Providers\n\nGET /teams/{team_name}/identity-providers",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team-name",
        dest="arg_team_name",
        metavar="TEAM_NAME",
        required=True,
        help="unique name of team",
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
        "create-by-team",
        [],
        _call_identity_providers__create_by_team,
        help="Create By Team",
        description="Create By Team\n\nCreate an Identity Provider for a team\n\nPOST /teams/{team_name}/identity-providers",
    )
    command.add_argument(
        "-t",
        "--team-name",
        dest="arg_team_name",
        metavar="TEAM_NAME",
        required=True,
        help="unique name of team",
    )
    command.add_argument(
        "--certificate",
        dest="arg_certificate",
        metavar="CERTIFICATE",
        help="raw contents of the public certificate (eg: .crt or .pem file) (required)",
    )
    command.add_argument(
        "--entity-id",
        dest="arg_entity_id",
        metavar="ENTITY_ID",
        help="URL identifier provided by the identity provider (required)",
    )
    command.add_argument(
        "--slo-target-url",
        dest="arg_slo_target_url",
        metavar="SLO_TARGET_URL",
        help="single log out URL for this identity provider",
    )
    command.add_argument(
        "--sso-target-url",
        dest="arg_sso_target_url",
        metavar="SSO_TARGET_URL",
        help="single sign on URL for this identity provider (required)",
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
        "delete-by-team",
        [],
        _call_identity_providers__delete_by_team,
        help="Delete By Team",
        description="Delete By Team\n\nDelete a team's Identity Provider\n\nDELETE /teams/{team_name}/identity-providers/{identity_provider_id}",
    )
    command.add_argument(
        "arg_identity_provider_id",
        metavar="IDENTITY_PROVIDER",
        help="unique identifier of this identity provider",
    )
    command.add_argument(
        "-t",
        "--team-name",
        dest="arg_team_name",
        metavar="TEAM_NAME",
        required=True,
        help="unique name of team",
    )

    command = _command(
        verbs,
        "update-by-team",
        [],
        _call_identity_providers__update_by_team,
        help="Update By Team",
        description="Update By Team\n\nUpdate a team's Identity Provider\n\nPATCH /teams/{team_name}/identity-providers/{identity_provider_id}",
    )
    command.add_argument(
        "arg_identity_provider_id",
        metavar="IDENTITY_PROVIDER",
        help="unique identifier of this identity provider",
    )
    command.add_argument(
        "-t",
        "--team-name",
        dest="arg_team_name",
        metavar="TEAM_NAME",
        required=True,
        help="unique name of team",
    )
    command.add_argument(
        "--certificate",
        dest="arg_certificate",
        metavar="CERTIFICATE",
        help="raw contents of the public certificate (eg: .crt or .pem file)",
    )
    command.add_argument(
        "--entity-id",
        dest="arg_entity_id",
        metavar="ENTITY_ID",
        help="URL identifier provided by the identity provider",
    )
    command.add_argument(
        "--slo-target-url",
        dest="arg_slo_target_url",
        metavar="SLO_TARGET_URL",
        help="single log out URL for this identity provider",
    )
    command.add_argument(
        "--sso-target-url",
        dest="arg_sso_target_url",
        metavar="SSO_TARGET_URL",
        help="single sign on URL for this identity provider",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_identity_providers__list_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.identity_providers.list_by_team(
        team_name=args.arg_team_name,
        **_given(max=args.page_max),
    )


def _call_identity_providers__create_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.identity_providers.create_by_team(
        team_name=args.arg_team_name,
        **_fields(
            args,
            [
                _Field("certificate", "certificate", "arg_certificate", "--certificate", True),
                _Field("entity_id", "entity_id", "arg_entity_id", "--entity-id", True),
                _Field(
                    "slo_target_url",
                    "slo_target_url",
                    "arg_slo_target_url",
                    "--slo-target-url",
                    False,
                ),
                _Field(
                    "sso_target_url",
                    "sso_target_url",
                    "arg_sso_target_url",
                    "--sso-target-url",
                    True,
                ),
            ],
        ),
    )


def _call_identity_providers__delete_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.identity_providers.delete_by_team(
        identity_provider_id=args.arg_identity_provider_id,
        team_name=args.arg_team_name,
    )


def _call_identity_providers__update_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.identity_providers.update_by_team(
        identity_provider_id=args.arg_identity_provider_id,
        team_name=args.arg_team_name,
        **_fields(
            args,
            [
                _Field("certificate", "certificate", "arg_certificate", "--certificate", False),
                _Field("entity_id", "entity_id", "arg_entity_id", "--entity-id", False),
                _Field(
                    "slo_target_url",
                    "slo_target_url",
                    "arg_slo_target_url",
                    "--slo-target-url",
                    False,
                ),
                _Field(
                    "sso_target_url",
                    "sso_target_url",
                    "arg_sso_target_url",
                    "--sso-target-url",
                    False,
                ),
            ],
        ),
    )


# ---------------------------------------------------------------- inbound-rulesets


def _group_inbound_rulesets(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "inbound-rulesets",
        help="An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application.",
        description="An inbound-ruleset is a collection of rules that specify what hosts can or\ncannot connect to an application.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "current",
        [],
        _call_inbound_rulesets__current,
        help="Current",
        description="Current\n\nCurrent inbound ruleset for a space\n\nGET /spaces/{space_id_or_name}/inbound-ruleset",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_inbound_rulesets__create,
        help="Create",
        description="Create\n\nCreate a new inbound ruleset\n\nPUT /spaces/{space_id_or_name}/inbound-ruleset",
        epilog="Only settable with --body: rules (array).",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
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
        _call_inbound_rulesets__info,
        help="Info",
        description="Info\n\nInfo on an existing Inbound Ruleset\n\nGET /spaces/{space_id_or_name}/inbound-rulesets/{inbound_ruleset_id}",
    )
    command.add_argument(
        "arg_inbound_ruleset_id",
        metavar="INBOUND_RULESET",
        help="unique identifier of an inbound-ruleset",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_inbound_rulesets__list,
        help="List",
        description="List\n\nList all inbound rulesets for a space\n\nGET /spaces/{space_id_or_name}/inbound-rulesets",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_inbound_rulesets__current(client: Client, args: argparse.Namespace) -> Any:
    return client.inbound_rulesets.current(space_id_or_name=args.arg_space_id_or_name)


def _call_inbound_rulesets__create(client: Client, args: argparse.Namespace) -> Any:
    return client.inbound_rulesets.create(
        space_id_or_name=args.arg_space_id_or_name,
        **_fields(args, [_Field("rules", "rules", None, None, False)]),
    )


def _call_inbound_rulesets__info(client: Client, args: argparse.Namespace) -> Any:
    return client.inbound_rulesets.info(
        inbound_ruleset_id=args.arg_inbound_ruleset_id,
        space_id_or_name=args.arg_space_id_or_name,
    )


def _call_inbound_rulesets__list(client: Client, args: argparse.Namespace) -> Any:
    return client.inbound_rulesets.list(
        space_id_or_name=args.arg_space_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- invoice-address


def _group_invoice_address(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "invoice-address",
        help="An invoice address represents the address that should be listed on an invoice.",
        description="An invoice address represents the address that should be listed on an\ninvoice.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    _command(  # a command without options of its own
        verbs,
        "info",
        ["get"],
        _call_invoice_address__info,
        help="info",
        description="info\n\nRetrieve existing invoice address.\n\nGET /account/invoice-address",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_invoice_address__update,
        help="update",
        description="update\n\nUpdate invoice address for an account.\n\nPUT /account/invoice-address",
    )
    command.add_argument(
        "--address-1",
        dest="arg_address_1",
        metavar="ADDRESS_1",
        help="invoice street address line 1",
    )
    command.add_argument(
        "--address-2",
        dest="arg_address_2",
        metavar="ADDRESS_2",
        help="invoice street address line 2",
    )
    command.add_argument("--city", dest="arg_city", metavar="CITY", help="invoice city")
    command.add_argument("--country", dest="arg_country", metavar="COUNTRY", help="country")
    command.add_argument(
        "--other",
        dest="arg_other",
        metavar="OTHER",
        help="metadata / additional information to go on invoice",
    )
    command.add_argument(
        "--postal-code",
        dest="arg_postal_code",
        metavar="POSTAL_CODE",
        help="invoice zip code",
    )
    command.add_argument("--state", dest="arg_state", metavar="STATE", help="invoice state")
    command.add_argument(
        "--use-invoice-address",
        dest="arg_use_invoice_address",
        action=argparse.BooleanOptionalAction,
        help="flag to use the invoice address for an account or not (server default: False)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_invoice_address__info(client: Client, args: argparse.Namespace) -> Any:
    return client.invoice_address.info()


def _call_invoice_address__update(client: Client, args: argparse.Namespace) -> Any:
    return client.invoice_address.update(
        **_fields(
            args,
            [
                _Field("address_1", "address_1", "arg_address_1", "--address-1", False),
                _Field("address_2", "address_2", "arg_address_2", "--address-2", False),
                _Field("city", "city", "arg_city", "--city", False),
                _Field("country", "country", "arg_country", "--country", False),
                _Field("other", "other", "arg_other", "--other", False),
                _Field("postal_code", "postal_code", "arg_postal_code", "--postal-code", False),
                _Field("state", "state", "arg_state", "--state", False),
                _Field(
                    "use_invoice_address",
                    "use_invoice_address",
                    "arg_use_invoice_address",
                    "--use-invoice-address",
                    False,
                ),
            ],
        ),
    )


# ---------------------------------------------------------------- invoices


def _group_invoices(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "invoices",
        help="An invoice is an itemized bill of goods for an account which includes pricing and charges.",
        description="An invoice is an itemized bill of goods for an account which includes\npricing and charges.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_invoices__info,
        help="Info",
        description="Info\n\nInfo for existing invoice.\n\nGET /account/invoices/{invoice_number}",
    )
    command.add_argument(
        "arg_invoice_number",
        type=int,
        metavar="INVOICE_NUMBER",
        help="human readable invoice number",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_invoices__list,
        help="List",
        description="List\n\nList existing invoices.\n\nGET /account/invoices",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_invoices__info(client: Client, args: argparse.Namespace) -> Any:
    return client.invoices.info(invoice_number=args.arg_invoice_number)


def _call_invoices__list(client: Client, args: argparse.Namespace) -> Any:
    return client.invoices.list(**_given(max=args.page_max))


# ---------------------------------------------------------------- keys


def _group_keys(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "keys",
        help="Keys represent public SSH keys associated with an account and are used to authorize accounts as they are performing git operations.",
        description="Keys represent public SSH keys associated with an account and are used to\nauthorize accounts as they are performing git operations.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_keys__info,
        help="Info",
        description="Info\n\nInfo for existing key.\n\nGET /account/keys/{key_id_or_fingerprint}",
    )
    command.add_argument(
        "arg_key_id_or_fingerprint",
        metavar="KEY_ID_OR_FINGERPRINT",
        nargs="?",
        help="unique identifier of this key or a unique identifying string based on contents",
    )
    command.add_argument(
        "-k",
        "--key-id-or-fingerprint",
        dest="opt_key_id_or_fingerprint",
        metavar="KEY_ID_OR_FINGERPRINT",
        help="unique identifier of this key or a unique identifying string based on contents",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_keys__list,
        help="List",
        description="List\n\nList existing keys.\n\nGET /account/keys",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_keys__info(client: Client, args: argparse.Namespace) -> Any:
    return client.keys.info(
        key_id_or_fingerprint=_either(
            args,
            "arg_key_id_or_fingerprint",
            "opt_key_id_or_fingerprint",
            "KEY_ID_OR_FINGERPRINT or -k/--key-id-or-fingerprint",
        ),
    )


def _call_keys__list(client: Client, args: argparse.Namespace) -> Any:
    return client.keys.list(**_given(max=args.page_max))


# ---------------------------------------------------------------- log-drains


def _group_log_drains(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "log-drains",
        help="[Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way to forward your Heroku logs to an external syslog server for long-term archiving. This external service must be configured to receive syslog packets from Heroku, whereupon its URL can be added to an app using this API. Some add-ons will add a log drain when they are provisioned to an app. These drains can only be removed by removing the add-on.",
        description="[Log drains](https://devcenter.heroku.com/articles/log-drains) provide a way\nto forward your Heroku logs to an external syslog server for long-term\narchiving. This external service must be configured to receive syslog\npackets from Heroku, whereupon its URL can be added to an app using this\nAPI. Some add-ons will add a log drain when they are provisioned to an app.\nThese drains can only be removed by removing the add-on.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_log_drains__list,
        help="List",
        description="List\n\nList existing log drains.\n\nGET /apps/{app_id_or_name}/log-drains",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        _call_log_drains__create,
        help="Create",
        description="Create\n\nCreate a new log drain.\n\nPOST /apps/{app_id_or_name}/log-drains",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--url",
        dest="arg_url",
        metavar="URL",
        help="url associated with the log drain (required)",
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
        _call_log_drains__update,
        help="Update",
        description="Update\n\nUpdate an add-on owned log drain.\n\nPUT /addons/{addon_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
    )
    command.add_argument(
        "arg_log_drain_id_or_url_or_token",
        metavar="LOG_DRAIN_ID_OR_URL_OR_TOKEN",
        help="unique identifier of this log drain or url associated with the log drain or token associated with the log drain",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "--url",
        dest="arg_url",
        metavar="URL",
        help="url associated with the log drain (required)",
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
        _call_log_drains__info,
        help="Info",
        description="Info\n\nInfo for existing log drain.\n\nGET /apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
    )
    command.add_argument(
        "arg_log_drain_id_or_url_or_token",
        metavar="LOG_DRAIN_ID_OR_URL_OR_TOKEN",
        help="unique identifier of this log drain or url associated with the log drain or token associated with the log drain",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_log_drains__delete,
        help="Delete",
        description="Delete\n\nDelete an existing log drain. Log drains added by add-ons can only be\nremoved by removing the add-on.\n\nDELETE /apps/{app_id_or_name}/log-drains/{log_drain_id_or_url_or_token}",
    )
    command.add_argument(
        "arg_log_drain_id_or_url_or_token",
        metavar="LOG_DRAIN_ID_OR_URL_OR_TOKEN",
        help="unique identifier of this log drain or url associated with the log drain or token associated with the log drain",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "list-by-add-on",
        [],
        _call_log_drains__list_by_add_on,
        help="List By Add-on",
        description="List By Add-on\n\nList existing log drains for an add-on.\n\nGET /addons/{addon_id_or_name}/log-drains",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--addon",
        dest="arg_addon_id_or_name",
        metavar="ADDON",
        required=True,
        help="unique identifier of add-on or globally unique name of the add-on",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_log_drains__list(client: Client, args: argparse.Namespace) -> Any:
    return client.log_drains.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_log_drains__create(client: Client, args: argparse.Namespace) -> Any:
    return client.log_drains.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(args, [_Field("url", "url", "arg_url", "--url", True)]),
    )


def _call_log_drains__update(client: Client, args: argparse.Namespace) -> Any:
    return client.log_drains.update(
        log_drain_id_or_url_or_token=args.arg_log_drain_id_or_url_or_token,
        addon_id_or_name=args.arg_addon_id_or_name,
        **_fields(args, [_Field("url", "url", "arg_url", "--url", True)]),
    )


def _call_log_drains__info(client: Client, args: argparse.Namespace) -> Any:
    return client.log_drains.info(
        log_drain_id_or_url_or_token=args.arg_log_drain_id_or_url_or_token,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_log_drains__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.log_drains.delete(
        log_drain_id_or_url_or_token=args.arg_log_drain_id_or_url_or_token,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_log_drains__list_by_add_on(client: Client, args: argparse.Namespace) -> Any:
    return client.log_drains.list_by_add_on(
        addon_id_or_name=args.arg_addon_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- log-sessions


def _group_log_sessions(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "log-sessions",
        help="A log session is a reference to the http based log stream for an app.",
        description="A log session is a reference to the http based log stream for an app.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_log_sessions__create,
        help="Create",
        description="Create\n\nCreate a new log session.\n\nPOST /apps/{app_id_or_name}/log-sessions",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--dyno-name",
        dest="arg_dyno_name",
        metavar="DYNO_NAME",
        help="dyno name to limit results to",
    )
    command.add_argument(
        "--type",
        dest="arg_type",
        metavar="TYPE",
        help="process type to limit results to",
    )
    command.add_argument(
        "--lines",
        dest="arg_lines",
        type=int,
        metavar="LINES",
        help="number of log lines to stream at once",
    )
    command.add_argument(
        "--source",
        dest="arg_source",
        metavar="SOURCE",
        help="log source to limit results to",
    )
    command.add_argument(
        "--tail",
        dest="arg_tail",
        action=argparse.BooleanOptionalAction,
        help="whether to stream ongoing logs",
    )
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
                _Field("dyno_name", "dyno_name", "arg_dyno_name", "--dyno-name", False),
                _Field("type", "type", "arg_type", "--type", False),
                _Field("lines", "lines", "arg_lines", "--lines", False),
                _Field("source", "source", "arg_source", "--source", False),
                _Field("tail", "tail", "arg_tail", "--tail", False),
            ],
        ),
    )


# ---------------------------------------------------------------- o-auth-authorizations


def _group_o_auth_authorizations(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "o-auth-authorizations",
        help="OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)",
        description="OAuth authorizations represent clients that a Heroku user has authorized to\nautomate, customize or extend their usage of the platform. For more\ninformation please refer to the [Heroku OAuth\ndocumentation](https://devcenter.heroku.com/articles/oauth)",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "oauth-list",
        [],
        _call_o_auth_authorizations__oauth_list,
        help="List",
        description="List\n\nList OAuth authorizations.\n\nGET /oauth/authorizations",
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
        "oauth-create",
        [],
        _call_o_auth_authorizations__oauth_create,
        help="Create",
        description="Create\n\nCreate a new OAuth authorization.\n\nPOST /oauth/authorizations",
    )
    command.add_argument("--client", dest="arg_client", metavar="CLIENT")
    command.add_argument(
        "--description",
        dest="arg_description",
        metavar="DESCRIPTION",
        help="human-friendly description of this OAuth authorization",
    )
    command.add_argument(
        "--expires-in",
        dest="arg_expires_in",
        type=int,
        metavar="EXPIRES_IN",
        help="seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime",
    )
    command.add_argument(
        "--scope",
        dest="arg_scope",
        metavar="SCOPE",
        action="append",
        help="The scope of access OAuth authorization allows (required) (repeatable)",
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
        "oauth-info",
        [],
        _call_o_auth_authorizations__oauth_info,
        help="Info",
        description="Info\n\nInfo for an OAuth authorization.\n\nGET /oauth/authorizations/{oauth_authorization_id}",
    )
    command.add_argument(
        "arg_oauth_authorization_id",
        metavar="OAUTH_AUTHORIZATION",
        nargs="?",
        help="unique identifier of OAuth authorization",
    )
    command.add_argument(
        "-o",
        "--oauth-authorization",
        dest="opt_oauth_authorization_id",
        metavar="OAUTH_AUTHORIZATION",
        help="unique identifier of OAuth authorization",
    )

    command = _command(
        verbs,
        "oauth-delete",
        [],
        _call_o_auth_authorizations__oauth_delete,
        help="Delete",
        description="Delete\n\nDelete OAuth authorization.\n\nDELETE /oauth/authorizations/{oauth_authorization_id}",
    )
    command.add_argument(
        "arg_oauth_authorization_id",
        metavar="OAUTH_AUTHORIZATION",
        nargs="?",
        help="unique identifier of OAuth authorization",
    )
    command.add_argument(
        "-o",
        "--oauth-authorization",
        dest="opt_oauth_authorization_id",
        metavar="OAUTH_AUTHORIZATION",
        help="unique identifier of OAuth authorization",
    )

    command = _command(
        verbs,
        "oauth-update",
        [],
        _call_o_auth_authorizations__oauth_update,
        help="Update",
        description="Update\n\nUpdate an existing OAuth authorization.\n\nPATCH /oauth/authorizations/{oauth_authorization_id}",
        epilog="Only settable with --body: client (object).",
    )
    command.add_argument(
        "arg_oauth_authorization_id",
        metavar="OAUTH_AUTHORIZATION",
        nargs="?",
        help="unique identifier of OAuth authorization",
    )
    command.add_argument(
        "-o",
        "--oauth-authorization",
        dest="opt_oauth_authorization_id",
        metavar="OAUTH_AUTHORIZATION",
        help="unique identifier of OAuth authorization",
    )
    command.add_argument(
        "--description",
        dest="arg_description",
        metavar="DESCRIPTION",
        help="human-friendly description of this OAuth authorization",
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
        "oauth-regenerate",
        [],
        _call_o_auth_authorizations__oauth_regenerate,
        help="Regenerate",
        description="Regenerate\n\nRegenerate OAuth tokens. This endpoint is only available to direct\nauthorizations or privileged OAuth clients.\n\nPOST /oauth/authorizations/{oauth_authorization_id}/actions/regenerate-tokens",
    )
    command.add_argument(
        "-o",
        "--oauth-authorization",
        dest="arg_oauth_authorization_id",
        metavar="OAUTH_AUTHORIZATION",
        required=True,
        help="unique identifier of OAuth authorization",
    )


def _call_o_auth_authorizations__oauth_list(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_authorizations.list(**_given(max=args.page_max))


def _call_o_auth_authorizations__oauth_create(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_authorizations.create(
        **_fields(
            args,
            [
                _Field("client", "client", "arg_client", "--client", False),
                _Field("description", "description", "arg_description", "--description", False),
                _Field("expires_in", "expires_in", "arg_expires_in", "--expires-in", False),
                _Field("scope", "scope", "arg_scope", "--scope", True),
            ],
        ),
    )


def _call_o_auth_authorizations__oauth_info(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_authorizations.info(
        oauth_authorization_id=_either(
            args,
            "arg_oauth_authorization_id",
            "opt_oauth_authorization_id",
            "OAUTH_AUTHORIZATION or -o/--oauth-authorization",
        ),
    )


def _call_o_auth_authorizations__oauth_delete(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_authorizations.delete(
        oauth_authorization_id=_either(
            args,
            "arg_oauth_authorization_id",
            "opt_oauth_authorization_id",
            "OAUTH_AUTHORIZATION or -o/--oauth-authorization",
        ),
    )


def _call_o_auth_authorizations__oauth_update(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_authorizations.update(
        oauth_authorization_id=_either(
            args,
            "arg_oauth_authorization_id",
            "opt_oauth_authorization_id",
            "OAUTH_AUTHORIZATION or -o/--oauth-authorization",
        ),
        **_fields(
            args,
            [
                _Field("description", "description", "arg_description", "--description", False),
                _Field("client", "client", None, None, True),
            ],
        ),
    )


def _call_o_auth_authorizations__oauth_regenerate(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_authorizations.regenerate(
        oauth_authorization_id=args.arg_oauth_authorization_id,
    )


# ---------------------------------------------------------------- o-auth-clients


def _group_o_auth_clients(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "o-auth-clients",
        help="OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth).",
        description="OAuth clients are applications that Heroku users can authorize to automate,\ncustomize or extend their usage of the platform. For more information please\nrefer to the [Heroku OAuth\ndocumentation](https://devcenter.heroku.com/articles/oauth).",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "oauth-list",
        [],
        _call_o_auth_clients__oauth_list,
        help="List",
        description="List\n\nList OAuth clients\n\nGET /oauth/clients",
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
        "oauth-create",
        [],
        _call_o_auth_clients__oauth_create,
        help="Create",
        description="Create\n\nCreate a new OAuth client.\n\nPOST /oauth/clients",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="OAuth client name (required)",
    )
    command.add_argument(
        "--redirect-uri",
        dest="arg_redirect_uri",
        metavar="REDIRECT_URI",
        help="endpoint for redirection after authorization with OAuth client (required)",
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
        "oauth-info",
        [],
        _call_o_auth_clients__oauth_info,
        help="Info",
        description="Info\n\nInfo for an OAuth client. The output for unauthenticated requests excludes\nthe `secret` parameter.\n\nGET /oauth/clients/{oauth_client_id}",
    )
    command.add_argument(
        "arg_oauth_client_id",
        metavar="OAUTH_CLIENT",
        nargs="?",
        help="unique identifier of this OAuth client",
    )
    command.add_argument(
        "-o",
        "--oauth-client",
        dest="opt_oauth_client_id",
        metavar="OAUTH_CLIENT",
        help="unique identifier of this OAuth client",
    )

    command = _command(
        verbs,
        "oauth-delete",
        [],
        _call_o_auth_clients__oauth_delete,
        help="Delete",
        description="Delete\n\nDelete OAuth client.\n\nDELETE /oauth/clients/{oauth_client_id}",
    )
    command.add_argument(
        "arg_oauth_client_id",
        metavar="OAUTH_CLIENT",
        nargs="?",
        help="unique identifier of this OAuth client",
    )
    command.add_argument(
        "-o",
        "--oauth-client",
        dest="opt_oauth_client_id",
        metavar="OAUTH_CLIENT",
        help="unique identifier of this OAuth client",
    )

    command = _command(
        verbs,
        "oauth-update",
        [],
        _call_o_auth_clients__oauth_update,
        help="Update",
        description="Update\n\nUpdate OAuth client\n\nPATCH /oauth/clients/{oauth_client_id}",
    )
    command.add_argument(
        "arg_oauth_client_id",
        metavar="OAUTH_CLIENT",
        nargs="?",
        help="unique identifier of this OAuth client",
    )
    command.add_argument(
        "-o",
        "--oauth-client",
        dest="opt_oauth_client_id",
        metavar="OAUTH_CLIENT",
        help="unique identifier of this OAuth client",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="OAuth client name")
    command.add_argument(
        "--redirect-uri",
        dest="arg_redirect_uri",
        metavar="REDIRECT_URI",
        help="endpoint for redirection after authorization with OAuth client",
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
        "oauth-rotate-credentials",
        [],
        _call_o_auth_clients__oauth_rotate_credentials,
        help="Rotate Credentials",
        description="Rotate Credentials\n\nRotate credentials for an OAuth client\n\nPOST /oauth/clients/{oauth_client_id}/actions/rotate-credentials",
    )
    command.add_argument(
        "-o",
        "--oauth-client",
        dest="arg_oauth_client_id",
        metavar="OAUTH_CLIENT",
        required=True,
        help="unique identifier of this OAuth client",
    )


def _call_o_auth_clients__oauth_list(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_clients.list(**_given(max=args.page_max))


def _call_o_auth_clients__oauth_create(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_clients.create(
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", True),
                _Field("redirect_uri", "redirect_uri", "arg_redirect_uri", "--redirect-uri", True),
            ],
        ),
    )


def _call_o_auth_clients__oauth_info(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_clients.info(
        oauth_client_id=_either(
            args,
            "arg_oauth_client_id",
            "opt_oauth_client_id",
            "OAUTH_CLIENT or -o/--oauth-client",
        ),
    )


def _call_o_auth_clients__oauth_delete(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_clients.delete(
        oauth_client_id=_either(
            args,
            "arg_oauth_client_id",
            "opt_oauth_client_id",
            "OAUTH_CLIENT or -o/--oauth-client",
        ),
    )


def _call_o_auth_clients__oauth_update(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_clients.update(
        oauth_client_id=_either(
            args,
            "arg_oauth_client_id",
            "opt_oauth_client_id",
            "OAUTH_CLIENT or -o/--oauth-client",
        ),
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", False),
                _Field("redirect_uri", "redirect_uri", "arg_redirect_uri", "--redirect-uri", False),
            ],
        ),
    )


def _call_o_auth_clients__oauth_rotate_credentials(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_clients.rotate_credentials(oauth_client_id=args.arg_oauth_client_id)


# ---------------------------------------------------------------- o-auth-tokens


def _group_o_auth_tokens(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "o-auth-tokens",
        help="OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)",
        description="OAuth tokens provide access for authorized clients to act on behalf of a\nHeroku user to automate, customize or extend their usage of the platform.\nFor more information please refer to the [Heroku OAuth\ndocumentation](https://devcenter.heroku.com/articles/oauth)",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "oauth-create",
        [],
        _call_o_auth_tokens__oauth_create,
        help="Create",
        description="Create\n\nCreate a new OAuth token.\n\nPOST /oauth/tokens",
        epilog="Only settable with --body: client (object), grant (object), refresh_token\n(object).",
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
        "oauth-delete",
        [],
        _call_o_auth_tokens__oauth_delete,
        help="Delete",
        description="Delete\n\nRevoke OAuth access token.\n\nDELETE /oauth/tokens/{oauth_token_id}",
    )
    command.add_argument(
        "arg_oauth_token_id",
        metavar="OAUTH_TOKEN",
        nargs="?",
        help="unique identifier of OAuth token",
    )
    command.add_argument(
        "-o",
        "--oauth-token",
        dest="opt_oauth_token_id",
        metavar="OAUTH_TOKEN",
        help="unique identifier of OAuth token",
    )


def _call_o_auth_tokens__oauth_create(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_tokens.create(
        **_fields(
            args,
            [
                _Field("client", "client", None, None, True),
                _Field("grant", "grant", None, None, True),
                _Field("refresh_token", "refresh_token", None, None, True),
            ],
        ),
    )


def _call_o_auth_tokens__oauth_delete(client: Client, args: argparse.Namespace) -> Any:
    return client.o_auth_tokens.delete(
        oauth_token_id=_either(
            args,
            "arg_oauth_token_id",
            "opt_oauth_token_id",
            "OAUTH_TOKEN or -o/--oauth-token",
        ),
    )


# ---------------------------------------------------------------- oci-images


def _group_oci_images(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "oci-images",
        help="An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform.",
        description="An OCI (Open Container Initiative) image is a standardized format for\npackaging and distributing containerized applications, ready to run on the\nplatform.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_oci_images__info,
        help="Info",
        description="Info\n\nInfo for the OCI images of an app, filtered by identifier.\n\nGET /apps/{app_id_or_name}/oci-images/{oci_image_id_or_digest}",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "arg_oci_image_id_or_digest",
        metavar="OCI_IMAGE_ID_OR_DIGEST",
        help="unique identifier of the OCI image or unique identifier representing the content of the OCI image",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        _call_oci_images__create,
        help="Create",
        description="Create\n\nCreate an new OCI image of an app\n\nPOST /apps/{app_id_or_name}/oci-images",
        epilog="Only settable with --body: buildpacks (array).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--architecture",
        dest="arg_architecture",
        metavar="ARCHITECTURE",
        help="build architecture for OCI image",
    )
    command.add_argument(
        "--base-image-name",
        dest="arg_base_image_name",
        metavar="BASE_IMAGE_NAME",
        help="name of the image used for the base layers of the OCI image",
    )
    command.add_argument(
        "--base-top-layer",
        dest="arg_base_top_layer",
        metavar="BASE_TOP_LAYER",
        help="the digest of the top most layer of the base image.",
    )
    command.add_argument(
        "--commit",
        dest="arg_commit",
        metavar="COMMIT",
        help="identification of the code in your version control system (eg: SHA of the git HEAD)",
    )
    command.add_argument(
        "--commit-description",
        dest="arg_commit_description",
        metavar="COMMIT_DESCRIPTION",
        help="an optional description of the provided commit",
    )
    command.add_argument(
        "--image-repo",
        dest="arg_image_repo",
        metavar="IMAGE_REPO",
        help="name of the image registry repository used for storage",
    )
    command.add_argument(
        "--digest",
        dest="arg_digest",
        metavar="DIGEST",
        help="unique identifier representing the content of the OCI image",
    )
    command.add_argument("--stack", dest="arg_stack", metavar="STACK")
    command.add_argument(
        "--process-types",
        dest="arg_process_types",
        action=_KeyValues,
        null_if_empty=True,
        metavar="KEY=VALUE",
        help="process types of the OCI image (repeatable; KEY= sends null)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_oci_images__info(client: Client, args: argparse.Namespace) -> Any:
    return client.oci_images.info(
        oci_image_id_or_digest=args.arg_oci_image_id_or_digest,
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_oci_images__create(client: Client, args: argparse.Namespace) -> Any:
    return client.oci_images.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("architecture", "architecture", "arg_architecture", "--architecture", False),
                _Field(
                    "base_image_name",
                    "base_image_name",
                    "arg_base_image_name",
                    "--base-image-name",
                    False,
                ),
                _Field(
                    "base_top_layer",
                    "base_top_layer",
                    "arg_base_top_layer",
                    "--base-top-layer",
                    False,
                ),
                _Field("commit", "commit", "arg_commit", "--commit", False),
                _Field(
                    "commit_description",
                    "commit_description",
                    "arg_commit_description",
                    "--commit-description",
                    False,
                ),
                _Field("image_repo", "image_repo", "arg_image_repo", "--image-repo", False),
                _Field("digest", "digest", "arg_digest", "--digest", False),
                _Field("stack", "stack", "arg_stack", "--stack", False),
                _Field(
                    "process_types",
                    "process_types",
                    "arg_process_types",
                    "--process-types",
                    False,
                ),
                _Field("buildpacks", "buildpacks", None, None, False),
            ],
        ),
    )


# ---------------------------------------------------------------- password-reset


def _group_password_reset(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "password-reset",
        help="A password reset represents a in-process password reset attempt.",
        description="A password reset represents a in-process password reset attempt.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "password-reset-reset-password",
        [],
        _call_password_reset__password_reset_reset_password,
        help="Reset Password",
        description="Reset Password\n\nReset account's password. This will send a reset password link to the user's\nemail address.\n\nPOST /password-resets",
    )
    command.add_argument(
        "--email",
        dest="arg_email",
        metavar="EMAIL",
        help="unique email address of account (required)",
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
        "complete",
        [],
        _call_password_reset__complete,
        help="Complete Reset Password",
        description="Complete Reset Password\n\nComplete password reset.\n\nPOST /password-resets/{password_reset_reset_password_token}/actions/finalize",
    )
    command.add_argument(
        "-p",
        "--password-reset-reset-password-token",
        dest="arg_password_reset_reset_password_token",
        metavar="PASSWORD_RESET_RESET_PASSWORD_TOKEN",
        required=True,
        help="unique identifier of a password reset attempt",
    )
    command.add_argument(
        "--password",
        dest="arg_password",
        metavar="PASSWORD",
        help="current password on the account (required)",
    )
    command.add_argument(
        "--password-confirmation",
        dest="arg_password_confirmation",
        metavar="PASSWORD_CONFIRMATION",
        help="confirmation of the new password (required)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_password_reset__password_reset_reset_password(
    client: Client, args: argparse.Namespace
) -> Any:
    return client.password_reset.reset_password(
        **_fields(args, [_Field("email", "email", "arg_email", "--email", True)]),
    )


def _call_password_reset__complete(client: Client, args: argparse.Namespace) -> Any:
    return client.password_reset.complete_reset_password(
        password_reset_reset_password_token=args.arg_password_reset_reset_password_token,
        **_fields(
            args,
            [
                _Field("password", "password", "arg_password", "--password", True),
                _Field(
                    "password_confirmation",
                    "password_confirmation",
                    "arg_password_confirmation",
                    "--password-confirmation",
                    True,
                ),
            ],
        ),
    )


# ---------------------------------------------------------------- peering-info


def _group_peering_info(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "peering-info",
        help="[Peering Info](https://devcenter.heroku.com/articles/private-space-peering) gives you the information necessary to peer an AWS VPC to a Private Space.",
        description="[Peering Info](https://devcenter.heroku.com/articles/private-space-peering)\ngives you the information necessary to peer an AWS VPC to a Private Space.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "peering-info-info",
        [],
        _call_peering_info__peering_info_info,
        help="Info",
        description="Info\n\nProvides the necessary information to establish an AWS VPC Peering with your\nprivate space.\n\nGET /spaces/{space_id_or_name}/peering-info",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )


def _call_peering_info__peering_info_info(client: Client, args: argparse.Namespace) -> Any:
    return client.peering_info.info(space_id_or_name=args.arg_space_id_or_name)


# ---------------------------------------------------------------- peerings


def _group_peerings(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "peerings",
        help="[Peering](https://devcenter.heroku.com/articles/private-space-peering) provides a way to peer your Private Space VPC to another AWS VPC.",
        description="[Peering](https://devcenter.heroku.com/articles/private-space-peering)\nprovides a way to peer your Private Space VPC to another AWS VPC.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_peerings__list,
        help="List",
        description="List\n\nList peering connections of a private space.\n\nGET /spaces/{space_id_or_name}/peerings",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
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
        "accept",
        [],
        _call_peerings__accept,
        help="Accept",
        description="Accept\n\nAccept a pending peering connection with a private space.\n\nPOST /spaces/{space_id_or_name}/peerings/{peering_pcx_id}/actions/accept",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )
    command.add_argument(
        "-p",
        "--peering-pcx",
        dest="arg_peering_pcx_id",
        metavar="PEERING_PCX",
        required=True,
        help="The AWS VPC Peering Connection ID of the peering.",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_peerings__info,
        help="Info",
        description="Info\n\nFetch information for existing peering connection\n\nGET /spaces/{space_id_or_name}/peerings/{peering_pcx_id}",
    )
    command.add_argument(
        "arg_peering_pcx_id",
        metavar="PEERING_PCX",
        help="The AWS VPC Peering Connection ID of the peering.",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )

    command = _command(
        verbs,
        "destroy",
        [],
        _call_peerings__destroy,
        help="Destroy",
        description="Destroy\n\nDestroy an active peering connection with a private space.\n\nDELETE /spaces/{space_id_or_name}/peerings/{peering_pcx_id}",
    )
    command.add_argument(
        "arg_peering_pcx_id",
        metavar="PEERING_PCX",
        help="The AWS VPC Peering Connection ID of the peering.",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )


def _call_peerings__list(client: Client, args: argparse.Namespace) -> Any:
    return client.peerings.list(
        space_id_or_name=args.arg_space_id_or_name,
        **_given(max=args.page_max),
    )


def _call_peerings__accept(client: Client, args: argparse.Namespace) -> Any:
    return client.peerings.accept(
        space_id_or_name=args.arg_space_id_or_name,
        peering_pcx_id=args.arg_peering_pcx_id,
    )


def _call_peerings__info(client: Client, args: argparse.Namespace) -> Any:
    return client.peerings.info(
        peering_pcx_id=args.arg_peering_pcx_id,
        space_id_or_name=args.arg_space_id_or_name,
    )


def _call_peerings__destroy(client: Client, args: argparse.Namespace) -> Any:
    return client.peerings.destroy(
        peering_pcx_id=args.arg_peering_pcx_id,
        space_id_or_name=args.arg_space_id_or_name,
    )


# ---------------------------------------------------------------- permission-entities


def _group_permission_entities(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "permission-entities",
        help="An owned entity including users' permissions.",
        description="An owned entity including users' permissions.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_permission_entities__list,
        help="List",
        description="List\n\nList permission entities for a team.\n\nGET /teams/{team_name_or_id}/permissions",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_permission_entities__list(client: Client, args: argparse.Namespace) -> Any:
    return client.permission_entities.list(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- pipeline-builds


def _group_pipeline_builds(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "pipeline-builds",
        help="Information about the latest builds of apps in a pipeline. A build represents the process of transforming code into build artifacts.",
        description="Information about the latest builds of apps in a pipeline. A build\nrepresents the process of transforming code into build artifacts.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_pipeline_builds__list,
        help="List",
        description="List\n\nList latest builds for each app in a pipeline\n\nGET /pipelines/{pipeline_id}/latest-builds",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_pipeline_builds__list(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_builds.list(
        pipeline_id=args.arg_pipeline_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- pipeline-config-vars


def _group_pipeline_config_vars(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "pipeline-config-vars",
        help="Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline.",
        description="Pipeline config vars in Heroku CI and review apps used to manage the\nconfiguration information for a pipeline.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        [],
        _call_pipeline_config_vars__info,
        help="Info for App",
        description="Info for App\n\nGet config-vars for a pipeline stage.\n\nGET /pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "--pipeline-coupling-stage",
        dest="arg_pipeline_coupling_stage",
        metavar="PIPELINE_COUPLING_STAGE",
        required=True,
        help="target pipeline stage",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_pipeline_config_vars__update,
        help="Update",
        description="Update\n\nUpdate config-vars for a pipeline stage. You can update existing config-vars\nby setting them again, and remove by setting it to `null`.\n\nPATCH /pipelines/{pipeline_id}/stage/{pipeline_coupling_stage}/config-vars",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "--pipeline-coupling-stage",
        dest="arg_pipeline_coupling_stage",
        metavar="PIPELINE_COUPLING_STAGE",
        required=True,
        help="target pipeline stage",
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


def _call_pipeline_config_vars__info(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_config_vars.info(
        pipeline_id=args.arg_pipeline_id,
        pipeline_coupling_stage=args.arg_pipeline_coupling_stage,
    )


def _call_pipeline_config_vars__update(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_config_vars.update(
        pipeline_id=args.arg_pipeline_id,
        pipeline_coupling_stage=args.arg_pipeline_coupling_stage,
        body=_pairs(args, required=True),
    )


# ---------------------------------------------------------------- pipeline-couplings


def _group_pipeline_couplings(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "pipeline-couplings",
        help="Information about an app's coupling to a pipeline",
        description="Information about an app's coupling to a pipeline",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list-by",
        [],
        _call_pipeline_couplings__list_by,
        help="List By Pipeline",
        description="List By Pipeline\n\nList couplings for a pipeline\n\nGET /pipelines/{pipeline_id}/pipeline-couplings",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
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
        "list-by-current-user",
        [],
        _call_pipeline_couplings__list_by_current_user,
        help="List By Current User",
        description="List By Current User\n\nList pipeline couplings for the current user.\n\nGET /users/~/pipeline-couplings",
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
        "list",
        [],
        _call_pipeline_couplings__list,
        help="List",
        description="List\n\nList pipeline couplings.\n\nGET /pipeline-couplings",
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
        _call_pipeline_couplings__create,
        help="Create",
        description="Create\n\nCreate a new pipeline coupling.\n\nPOST /pipeline-couplings",
    )
    command.add_argument("--app", dest="arg_app", metavar="APP", help="(required)")
    command.add_argument(
        "--pipeline",
        dest="arg_pipeline",
        metavar="PIPELINE",
        help="unique identifier of pipeline (required)",
    )
    command.add_argument(
        "--stage",
        dest="arg_stage",
        choices=["test", "review", "development", "staging", "production"],
        metavar="STAGE",
        help="target pipeline stage (required) One of: test, review, development, staging, production.",
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
        "list-by-team",
        [],
        _call_pipeline_couplings__list_by_team,
        help="List By Team",
        description="List By Team\n\nList pipeline couplings for a team.\n\nGET /teams/{team_name_or_id}/pipeline-couplings",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
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
        "info",
        ["get"],
        _call_pipeline_couplings__info,
        help="Info",
        description="Info\n\nInfo for an existing pipeline coupling.\n\nGET /pipeline-couplings/{pipeline_coupling_id}",
    )
    command.add_argument(
        "arg_pipeline_coupling_id",
        metavar="PIPELINE_COUPLING",
        nargs="?",
        help="unique identifier of pipeline coupling",
    )
    command.add_argument(
        "-p",
        "--pipeline-coupling",
        dest="opt_pipeline_coupling_id",
        metavar="PIPELINE_COUPLING",
        help="unique identifier of pipeline coupling",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_pipeline_couplings__delete,
        help="Delete",
        description="Delete\n\nDelete an existing pipeline coupling.\n\nDELETE /pipeline-couplings/{pipeline_coupling_id}",
    )
    command.add_argument(
        "arg_pipeline_coupling_id",
        metavar="PIPELINE_COUPLING",
        nargs="?",
        help="unique identifier of pipeline coupling",
    )
    command.add_argument(
        "-p",
        "--pipeline-coupling",
        dest="opt_pipeline_coupling_id",
        metavar="PIPELINE_COUPLING",
        help="unique identifier of pipeline coupling",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_pipeline_couplings__update,
        help="Update",
        description="Update\n\nUpdate an existing pipeline coupling.\n\nPATCH /pipeline-couplings/{pipeline_coupling_id}",
    )
    command.add_argument(
        "arg_pipeline_coupling_id",
        metavar="PIPELINE_COUPLING",
        nargs="?",
        help="unique identifier of pipeline coupling",
    )
    command.add_argument(
        "-p",
        "--pipeline-coupling",
        dest="opt_pipeline_coupling_id",
        metavar="PIPELINE_COUPLING",
        help="unique identifier of pipeline coupling",
    )
    command.add_argument(
        "--stage",
        dest="arg_stage",
        choices=["test", "review", "development", "staging", "production"],
        metavar="STAGE",
        help="target pipeline stage One of: test, review, development, staging, production.",
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
        "info-by-app",
        [],
        _call_pipeline_couplings__info_by_app,
        help="Info By App",
        description="Info By App\n\nInfo for an existing pipeline coupling.\n\nGET /apps/{app_id_or_name}/pipeline-couplings",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )


def _call_pipeline_couplings__list_by(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.list_by_pipeline(
        pipeline_id=args.arg_pipeline_id,
        **_given(max=args.page_max),
    )


def _call_pipeline_couplings__list_by_current_user(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.list_by_current_user(**_given(max=args.page_max))


def _call_pipeline_couplings__list(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.list(**_given(max=args.page_max))


def _call_pipeline_couplings__create(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.create(
        **_fields(
            args,
            [
                _Field("app", "app", "arg_app", "--app", True),
                _Field("pipeline", "pipeline", "arg_pipeline", "--pipeline", True),
                _Field("stage", "stage", "arg_stage", "--stage", True),
            ],
        ),
    )


def _call_pipeline_couplings__list_by_team(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.list_by_team(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


def _call_pipeline_couplings__info(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.info(
        pipeline_coupling_id=_either(
            args,
            "arg_pipeline_coupling_id",
            "opt_pipeline_coupling_id",
            "PIPELINE_COUPLING or -p/--pipeline-coupling",
        ),
    )


def _call_pipeline_couplings__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.delete(
        pipeline_coupling_id=_either(
            args,
            "arg_pipeline_coupling_id",
            "opt_pipeline_coupling_id",
            "PIPELINE_COUPLING or -p/--pipeline-coupling",
        ),
    )


def _call_pipeline_couplings__update(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.update(
        pipeline_coupling_id=_either(
            args,
            "arg_pipeline_coupling_id",
            "opt_pipeline_coupling_id",
            "PIPELINE_COUPLING or -p/--pipeline-coupling",
        ),
        **_fields(args, [_Field("stage", "stage", "arg_stage", "--stage", False)]),
    )


def _call_pipeline_couplings__info_by_app(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_couplings.info_by_app(app_id_or_name=args.arg_app_id_or_name)


# ---------------------------------------------------------------- pipeline-deployments


def _group_pipeline_deployments(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "pipeline-deployments",
        help="Information about the latest deployment of each app in a pipeline. A deployment is the process of moving the build artifacts to a target environment.",
        description="Information about the latest deployment of each app in a pipeline. A\ndeployment is the process of moving the build artifacts to a target\nenvironment.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_pipeline_deployments__list,
        help="List",
        description="List\n\nList latest deployments for each app in a pipeline. A deployment is a\nrelease that changed your source slug, container image, or Heroku processes.\n\nGET /pipelines/{pipeline_id}/latest-deployments",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_pipeline_deployments__list(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_deployments.list(
        pipeline_id=args.arg_pipeline_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- pipeline-promotion-targets


def _group_pipeline_promotion_targets(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "pipeline-promotion-targets",
        help="Promotion targets represent an individual app being promoted to",
        description="Promotion targets represent an individual app being promoted to",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_pipeline_promotion_targets__list,
        help="List",
        description="List\n\nList promotion targets belonging to an existing promotion.\n\nGET /pipeline-promotions/{pipeline_promotion_id}/promotion-targets",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-p",
        "--pipeline-promotion",
        dest="arg_pipeline_promotion_id",
        metavar="PIPELINE_PROMOTION",
        required=True,
        help="unique identifier of promotion",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_pipeline_promotion_targets__list(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_promotion_targets.list(
        pipeline_promotion_id=args.arg_pipeline_promotion_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- pipeline-promotions


def _group_pipeline_promotions(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "pipeline-promotions",
        help="Promotions allow you to move code from an app in a pipeline to all targets",
        description="Promotions allow you to move code from an app in a pipeline to all targets",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_pipeline_promotions__create,
        help="Create",
        description="Create\n\nCreate a new promotion.\n\nPOST /pipeline-promotions",
        epilog="Only settable with --body: pipeline (object), source (object), targets\n(array).",
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
        _call_pipeline_promotions__info,
        help="Info",
        description="Info\n\nInfo for existing pipeline promotion.\n\nGET /pipeline-promotions/{pipeline_promotion_id}",
    )
    command.add_argument(
        "arg_pipeline_promotion_id",
        metavar="PIPELINE_PROMOTION",
        nargs="?",
        help="unique identifier of promotion",
    )
    command.add_argument(
        "-p",
        "--pipeline-promotion",
        dest="opt_pipeline_promotion_id",
        metavar="PIPELINE_PROMOTION",
        help="unique identifier of promotion",
    )


def _call_pipeline_promotions__create(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_promotions.create(
        **_fields(
            args,
            [
                _Field("pipeline", "pipeline", None, None, True),
                _Field("source", "source", None, None, True),
                _Field("targets", "targets", None, None, True),
            ],
        ),
    )


def _call_pipeline_promotions__info(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_promotions.info(
        pipeline_promotion_id=_either(
            args,
            "arg_pipeline_promotion_id",
            "opt_pipeline_promotion_id",
            "PIPELINE_PROMOTION or -p/--pipeline-promotion",
        ),
    )


# ---------------------------------------------------------------- pipeline-releases


def _group_pipeline_releases(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "pipeline-releases",
        help="Information about the latest release of each app in a pipeline. A release makes a deployment available to end-users.",
        description="Information about the latest release of each app in a pipeline. A release\nmakes a deployment available to end-users.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_pipeline_releases__list,
        help="List",
        description="List\n\nList latest releases for each app in a pipeline\n\nGET /pipelines/{pipeline_id}/latest-releases",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_pipeline_releases__list(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_releases.list(
        pipeline_id=args.arg_pipeline_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- pipeline-stack


def _group_pipeline_stack(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "pipeline-stack",
        help="A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json",
        description="A pipeline's stack is determined by the apps in the pipeline. This is used\nduring creation of CI and Review Apps that have no stack defined in app.json",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "default",
        [],
        _call_pipeline_stack__default,
        help="Default Stack",
        description="Default Stack\n\nThe stack for a given pipeline, used for CI and Review Apps that have no\nstack defined in app.json.\n\nGET /pipelines/{pipeline_id}/pipeline-stack",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )


def _call_pipeline_stack__default(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_stack.default_stack(pipeline_id=args.arg_pipeline_id)


# ---------------------------------------------------------------- pipeline-transfers


def _group_pipeline_transfers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "pipeline-transfers",
        help="A pipeline transfer is the process of changing pipeline ownership along with the contained apps.",
        description="A pipeline transfer is the process of changing pipeline ownership along with\nthe contained apps.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_pipeline_transfers__create,
        help="Create",
        description="Create\n\nCreate a new pipeline transfer.\n\nPOST /pipeline-transfers",
        epilog="Only settable with --body: pipeline (object), new_owner (object).",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_pipeline_transfers__create(client: Client, args: argparse.Namespace) -> Any:
    return client.pipeline_transfers.create(
        **_fields(
            args,
            [
                _Field("pipeline", "pipeline", None, None, True),
                _Field("new_owner", "new_owner", None, None, True),
            ],
        ),
    )


# ---------------------------------------------------------------- pipelines


def _group_pipelines(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "pipelines",
        help="A pipeline allows grouping of apps into different stages.",
        description="A pipeline allows grouping of apps into different stages.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_pipelines__list,
        help="List",
        description="List\n\nList existing pipelines.\n\nGET /pipelines",
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
        help="Create",
        description="Create\n\nCreate a new pipeline.\n\nPOST /pipelines",
        epilog="Only settable with --body: owner (object).",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="name of pipeline (required)",
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
        _call_pipelines__info,
        help="Info",
        description="Info\n\nInfo for existing pipeline.\n\nGET /pipelines/{pipeline_id_or_name}",
    )
    command.add_argument(
        "arg_pipeline_id_or_name",
        metavar="PIPELINE",
        nargs="?",
        help="unique identifier of pipeline or name of pipeline",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="opt_pipeline_id_or_name",
        metavar="PIPELINE",
        help="unique identifier of pipeline or name of pipeline",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_pipelines__delete,
        help="Delete",
        description="Delete\n\nDelete an existing pipeline.\n\nDELETE /pipelines/{pipeline_id_or_name}",
    )
    command.add_argument(
        "arg_pipeline_id_or_name",
        metavar="PIPELINE",
        nargs="?",
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="opt_pipeline_id_or_name",
        metavar="PIPELINE",
        help="unique identifier of pipeline",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_pipelines__update,
        help="Update",
        description="Update\n\nUpdate an existing pipeline.\n\nPATCH /pipelines/{pipeline_id_or_name}",
    )
    command.add_argument(
        "arg_pipeline_id_or_name",
        metavar="PIPELINE",
        nargs="?",
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="opt_pipeline_id_or_name",
        metavar="PIPELINE",
        help="unique identifier of pipeline",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="name of pipeline")
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
        pipeline_id_or_name=_either(
            args,
            "arg_pipeline_id_or_name",
            "opt_pipeline_id_or_name",
            "PIPELINE or -p/--pipeline",
        ),
    )


def _call_pipelines__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.delete(
        pipeline_id_or_name=_either(
            args,
            "arg_pipeline_id_or_name",
            "opt_pipeline_id_or_name",
            "PIPELINE or -p/--pipeline",
        ),
    )


def _call_pipelines__update(client: Client, args: argparse.Namespace) -> Any:
    return client.pipelines.update(
        pipeline_id_or_name=_either(
            args,
            "arg_pipeline_id_or_name",
            "opt_pipeline_id_or_name",
            "PIPELINE or -p/--pipeline",
        ),
        **_fields(args, [_Field("name", "name", "arg_name", "--name", False)]),
    )


# ---------------------------------------------------------------- plans


def _group_plans(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "plans",
        help="Plans represent different configurations of add-ons that may be added to apps. Endpoints under add-on services can be accessed without authentication.",
        description="Plans represent different configurations of add-ons that may be added to\napps. Endpoints under add-on services can be accessed without\nauthentication.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_plans__info,
        help="Info",
        description="Info\n\nInfo for existing plan.\n\nGET /plans/{plan_id_or_name}",
    )
    command.add_argument(
        "arg_plan_id_or_name",
        metavar="PLAN",
        nargs="?",
        help="unique identifier of this plan or unique name of this plan",
    )
    command.add_argument(
        "-p",
        "--plan",
        dest="opt_plan_id_or_name",
        metavar="PLAN",
        help="unique identifier of this plan or unique name of this plan",
    )

    command = _command(
        verbs,
        "info-by-add-on",
        [],
        _call_plans__info_by_add_on,
        help="Info By Add-on",
        description="Info By Add-on\n\nInfo for existing plan by Add-on.\n\nGET /addon-services/{addon_service_id_or_name}/plans/{plan_id_or_name}",
    )
    command.add_argument(
        "arg_plan_id_or_name",
        metavar="PLAN",
        help="unique identifier of this plan or unique name of this plan",
    )
    command.add_argument(
        "-a",
        "--addon-service",
        dest="arg_addon_service_id_or_name",
        metavar="ADDON_SERVICE",
        required=True,
        help="unique identifier of this add-on-service or unique name of this add-on-service",
    )

    command = _command(
        verbs,
        "list-by-add-on",
        [],
        _call_plans__list_by_add_on,
        help="List By Add-on",
        description="List By Add-on\n\nList existing plans by Add-on.\n\nGET /addon-services/{addon_service_id_or_name}/plans",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--addon-service",
        dest="arg_addon_service_id_or_name",
        metavar="ADDON_SERVICE",
        required=True,
        help="unique identifier of this add-on-service or unique name of this add-on-service",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_plans__info(client: Client, args: argparse.Namespace) -> Any:
    return client.plans.info(
        plan_id_or_name=_either(
            args,
            "arg_plan_id_or_name",
            "opt_plan_id_or_name",
            "PLAN or -p/--plan",
        ),
    )


def _call_plans__info_by_add_on(client: Client, args: argparse.Namespace) -> Any:
    return client.plans.info_by_add_on(
        plan_id_or_name=args.arg_plan_id_or_name,
        addon_service_id_or_name=args.arg_addon_service_id_or_name,
    )


def _call_plans__list_by_add_on(client: Client, args: argparse.Namespace) -> Any:
    return client.plans.list_by_add_on(
        addon_service_id_or_name=args.arg_addon_service_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- rate-limit


def _group_rate_limit(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "rate-limit",
        help="Rate Limit represents the number of request tokens each account holds. Requests to this endpoint do not count towards the rate limit.",
        description="Rate Limit represents the number of request tokens each account holds.\nRequests to this endpoint do not count towards the rate limit.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    _command(  # a command without options of its own
        verbs,
        "info",
        ["get"],
        _call_rate_limit__info,
        help="Info",
        description="Info\n\nInfo for rate limits.\n\nGET /account/rate-limits",
    )


def _call_rate_limit__info(client: Client, args: argparse.Namespace) -> Any:
    return client.rate_limit.info()


# ---------------------------------------------------------------- regions


def _group_regions(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "regions",
        help="A region represents a geographic location in which your application may run.",
        description="A region represents a geographic location in which your application may run.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_regions__info,
        help="Info",
        description="Info\n\nInfo for existing region.\n\nGET /regions/{region_id_or_name}",
    )
    command.add_argument(
        "arg_region_id_or_name",
        metavar="REGION",
        nargs="?",
        help="unique identifier of region or unique name of region",
    )
    command.add_argument(
        "-r",
        "--region",
        dest="opt_region_id_or_name",
        metavar="REGION",
        help="unique identifier of region or unique name of region",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_regions__list,
        help="List",
        description="List\n\nList existing regions.\n\nGET /regions",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_regions__info(client: Client, args: argparse.Namespace) -> Any:
    return client.regions.info(
        region_id_or_name=_either(
            args,
            "arg_region_id_or_name",
            "opt_region_id_or_name",
            "REGION or -r/--region",
        ),
    )


def _call_regions__list(client: Client, args: argparse.Namespace) -> Any:
    return client.regions.list(**_given(max=args.page_max))


# ---------------------------------------------------------------- releases


def _group_releases(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "releases",
        help="A release represents a combination of code, config vars and add-ons for an app on Heroku.",
        description="A release represents a combination of code, config vars and add-ons for an\napp on Heroku.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_releases__info,
        help="Info",
        description="Info\n\nInfo for existing release.\n\nGET /apps/{app_id_or_name}/releases/{release_id_or_version}",
    )
    command.add_argument(
        "arg_release_id_or_version",
        metavar="RELEASE",
        help="unique identifier of release or unique version assigned to the release",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_releases__list,
        help="List",
        description="List\n\nList existing releases.\n\nGET /apps/{app_id_or_name}/releases",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        help="Create",
        description="Create\n\nCreate new release.\n\nPOST /apps/{app_id_or_name}/releases",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--description",
        dest="arg_description",
        metavar="DESCRIPTION",
        help="description of changes in this release",
    )
    command.add_argument("--oci-image", dest="arg_oci_image", metavar="OCI_IMAGE")
    command.add_argument("--slug", dest="arg_slug", metavar="SLUG", help="(required)")
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
        "rollback",
        [],
        _call_releases__rollback,
        help="Rollback",
        description="Rollback\n\nRollback to an existing release.\n\nPOST /apps/{app_id_or_name}/releases",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--release",
        dest="arg_release",
        metavar="RELEASE",
        help="unique identifier of release (required)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_releases__info(client: Client, args: argparse.Namespace) -> Any:
    return client.releases.info(
        release_id_or_version=args.arg_release_id_or_version,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_releases__list(client: Client, args: argparse.Namespace) -> Any:
    return client.releases.list(app_id_or_name=args.arg_app_id_or_name, **_given(max=args.page_max))


def _call_releases__create(client: Client, args: argparse.Namespace) -> Any:
    return client.releases.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("description", "description", "arg_description", "--description", False),
                _Field("oci_image", "oci_image", "arg_oci_image", "--oci-image", False),
                _Field("slug", "slug", "arg_slug", "--slug", True),
            ],
        ),
    )


def _call_releases__rollback(client: Client, args: argparse.Namespace) -> Any:
    return client.releases.rollback(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(args, [_Field("release", "release", "arg_release", "--release", True)]),
    )


# ---------------------------------------------------------------- review-apps


def _group_review_apps(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "review-apps",
        help="An ephemeral app to review a set of changes",
        description="An ephemeral app to review a set of changes",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_review_apps__create,
        help="Create",
        description="Create\n\nCreate a new review app\n\nPOST /review-apps",
        epilog="Only settable with --body: source_blob (object).",
    )
    command.add_argument(
        "--branch",
        dest="arg_branch",
        metavar="BRANCH",
        help="the branch of the repository which the review app is based on (required)",
    )
    command.add_argument(
        "--pr-number",
        dest="arg_pr_number",
        type=int,
        metavar="PR_NUMBER",
        help="pull request number the review app is built for",
    )
    command.add_argument(
        "--pipeline",
        dest="arg_pipeline",
        metavar="PIPELINE",
        help="unique identifier of pipeline (required)",
    )
    command.add_argument(
        "--environment",
        dest="arg_environment",
        action=_KeyValues,
        null_if_empty=True,
        metavar="KEY=VALUE",
        help="A set of key value pairs which will be put into the environment of the spawned review app process. (repeatable; KEY= sends null)",
    )
    command.add_argument(
        "--fork-repo-id",
        dest="arg_fork_repo_id",
        type=int,
        metavar="FORK_REPO_ID",
        help="repository id of the fork the branch resides in",
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
        _call_review_apps__info,
        help="Get review app",
        description="Get review app\n\nGets an existing review app\n\nGET /review-apps/{review_app_id}",
    )
    command.add_argument(
        "arg_review_app_id",
        metavar="REVIEW_APP",
        nargs="?",
        help="unique identifier of the review app",
    )
    command.add_argument(
        "-r",
        "--review-app",
        dest="opt_review_app_id",
        metavar="REVIEW_APP",
        help="unique identifier of the review app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_review_apps__delete,
        help="Delete",
        description="Delete\n\nDelete an existing review app\n\nDELETE /review-apps/{review_app_id}",
    )
    command.add_argument(
        "arg_review_app_id",
        metavar="REVIEW_APP",
        nargs="?",
        help="unique identifier of the review app",
    )
    command.add_argument(
        "-r",
        "--review-app",
        dest="opt_review_app_id",
        metavar="REVIEW_APP",
        help="unique identifier of the review app",
    )

    command = _command(
        verbs,
        "get-by-id",
        [],
        _call_review_apps__get_by_id,
        help="Get review app by app_id",
        description="Get review app by app_id\n\nGet a review app using the associated app_id\n\nGET /apps/{app_id_or_name}/review-app",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_review_apps__list,
        help="List",
        description="List\n\nList review apps for a pipeline\n\nGET /pipelines/{pipeline_id}/review-apps",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_review_apps__create(client: Client, args: argparse.Namespace) -> Any:
    return client.review_apps.create(
        **_fields(
            args,
            [
                _Field("branch", "branch", "arg_branch", "--branch", True),
                _Field("pr_number", "pr_number", "arg_pr_number", "--pr-number", False),
                _Field("pipeline", "pipeline", "arg_pipeline", "--pipeline", True),
                _Field("source_blob", "source_blob", None, None, True),
                _Field("environment", "environment", "arg_environment", "--environment", False),
                _Field("fork_repo_id", "fork_repo_id", "arg_fork_repo_id", "--fork-repo-id", False),
            ],
        ),
    )


def _call_review_apps__info(client: Client, args: argparse.Namespace) -> Any:
    return client.review_apps.info(
        review_app_id=_either(
            args,
            "arg_review_app_id",
            "opt_review_app_id",
            "REVIEW_APP or -r/--review-app",
        ),
    )


def _call_review_apps__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.review_apps.delete(
        review_app_id=_either(
            args,
            "arg_review_app_id",
            "opt_review_app_id",
            "REVIEW_APP or -r/--review-app",
        ),
    )


def _call_review_apps__get_by_id(client: Client, args: argparse.Namespace) -> Any:
    return client.review_apps.get_by_app_id(app_id_or_name=args.arg_app_id_or_name)


def _call_review_apps__list(client: Client, args: argparse.Namespace) -> Any:
    return client.review_apps.list(pipeline_id=args.arg_pipeline_id, **_given(max=args.page_max))


# ---------------------------------------------------------------- review-app-configurations


def _group_review_app_configurations(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "review-app-configurations",
        help="Review apps can be configured for pipelines.",
        description="Review apps can be configured for pipelines.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "config-info",
        [],
        _call_review_app_configurations__config_info,
        help="Info",
        description="Info\n\nGet review apps configuration for a pipeline\n\nGET /pipelines/{pipeline_id}/review-app-config",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )

    command = _command(
        verbs,
        "config-enable",
        [],
        _call_review_app_configurations__config_enable,
        help="Enable",
        description="Enable\n\nEnable review apps for a pipeline\n\nPOST /pipelines/{pipeline_id}/review-app-config",
        epilog="Only settable with --body: deploy_target (object).",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "--repo",
        dest="arg_repo",
        metavar="REPO",
        help="repository name (required)",
    )
    command.add_argument(
        "--automatic-review-apps",
        dest="arg_automatic_review_apps",
        action=argparse.BooleanOptionalAction,
        help="enable automatic review apps for pull requests",
    )
    command.add_argument(
        "--destroy-stale-apps",
        dest="arg_destroy_stale_apps",
        action=argparse.BooleanOptionalAction,
        help="automatically destroy review apps when they haven't been deployed for a number of days",
    )
    command.add_argument(
        "--stale-days",
        dest="arg_stale_days",
        type=int,
        metavar="STALE_DAYS",
        help="number of days without a deployment after which to consider a review app stale",
    )
    command.add_argument(
        "--wait-for-ci",
        dest="arg_wait_for_ci",
        action=argparse.BooleanOptionalAction,
        help="If true, review apps are created only when CI passes",
    )
    command.add_argument(
        "--base-name",
        dest="arg_base_name",
        metavar="BASE_NAME",
        help="A unique prefix that will be used to create review app names",
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
        "config-delete",
        [],
        _call_review_app_configurations__config_delete,
        help="Delete",
        description="Delete\n\nDisable review apps for a pipeline\n\nDELETE /pipelines/{pipeline_id}/review-app-config",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )

    command = _command(
        verbs,
        "config-update",
        [],
        _call_review_app_configurations__config_update,
        help="Update",
        description="Update\n\nUpdate review app configuration for a pipeline\n\nPATCH /pipelines/{pipeline_id}/review-app-config",
        epilog="Only settable with --body: deploy_target (object).",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )
    command.add_argument(
        "--automatic-review-apps",
        dest="arg_automatic_review_apps",
        action=argparse.BooleanOptionalAction,
        help="enable automatic review apps for pull requests",
    )
    command.add_argument(
        "--destroy-stale-apps",
        dest="arg_destroy_stale_apps",
        action=argparse.BooleanOptionalAction,
        help="automatically destroy review apps when they haven't been deployed for a number of days",
    )
    command.add_argument(
        "--stale-days",
        dest="arg_stale_days",
        type=int,
        metavar="STALE_DAYS",
        help="number of days without a deployment after which to consider a review app stale",
    )
    command.add_argument(
        "--wait-for-ci",
        dest="arg_wait_for_ci",
        action=argparse.BooleanOptionalAction,
        help="If true, review apps are created only when CI passes",
    )
    command.add_argument(
        "--base-name",
        dest="arg_base_name",
        metavar="BASE_NAME",
        help="A unique prefix that will be used to create review app names",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_review_app_configurations__config_info(client: Client, args: argparse.Namespace) -> Any:
    return client.review_app_configurations.review_app_config_info(pipeline_id=args.arg_pipeline_id)


def _call_review_app_configurations__config_enable(client: Client, args: argparse.Namespace) -> Any:
    return client.review_app_configurations.review_app_config_enable(
        pipeline_id=args.arg_pipeline_id,
        **_fields(
            args,
            [
                _Field("repo", "repo", "arg_repo", "--repo", True),
                _Field(
                    "automatic_review_apps",
                    "automatic_review_apps",
                    "arg_automatic_review_apps",
                    "--automatic-review-apps",
                    False,
                ),
                _Field(
                    "destroy_stale_apps",
                    "destroy_stale_apps",
                    "arg_destroy_stale_apps",
                    "--destroy-stale-apps",
                    False,
                ),
                _Field("stale_days", "stale_days", "arg_stale_days", "--stale-days", False),
                _Field("deploy_target", "deploy_target", None, None, False),
                _Field("wait_for_ci", "wait_for_ci", "arg_wait_for_ci", "--wait-for-ci", False),
                _Field("base_name", "base_name", "arg_base_name", "--base-name", False),
            ],
        ),
    )


def _call_review_app_configurations__config_delete(client: Client, args: argparse.Namespace) -> Any:
    return client.review_app_configurations.review_app_config_delete(
        pipeline_id=args.arg_pipeline_id,
    )


def _call_review_app_configurations__config_update(client: Client, args: argparse.Namespace) -> Any:
    return client.review_app_configurations.review_app_config_update(
        pipeline_id=args.arg_pipeline_id,
        **_fields(
            args,
            [
                _Field(
                    "automatic_review_apps",
                    "automatic_review_apps",
                    "arg_automatic_review_apps",
                    "--automatic-review-apps",
                    False,
                ),
                _Field(
                    "destroy_stale_apps",
                    "destroy_stale_apps",
                    "arg_destroy_stale_apps",
                    "--destroy-stale-apps",
                    False,
                ),
                _Field("stale_days", "stale_days", "arg_stale_days", "--stale-days", False),
                _Field("deploy_target", "deploy_target", None, None, False),
                _Field("wait_for_ci", "wait_for_ci", "arg_wait_for_ci", "--wait-for-ci", False),
                _Field("base_name", "base_name", "arg_base_name", "--base-name", False),
            ],
        ),
    )


# ---------------------------------------------------------------- slugs


def _group_slugs(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "slugs",
        help="A slug is a snapshot of your application code that is ready to run on the platform.",
        description="A slug is a snapshot of your application code that is ready to run on the\nplatform.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_slugs__info,
        help="Info",
        description="Info\n\nInfo for existing slug.\n\nGET /apps/{app_id_or_name}/slugs/{slug_id}",
    )
    command.add_argument("arg_slug_id", metavar="SLUG", help="unique identifier of slug")
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "create",
        [],
        _call_slugs__create,
        help="Create",
        description="Create\n\nCreate a new slug. For more information please refer to [Deploying Slugs\nusing the Platform API](https://devcenter.heroku.com/articles/platform-api-\ndeploying-slugs).\n\nPOST /apps/{app_id_or_name}/slugs",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--buildpack-provided-description",
        dest="arg_buildpack_provided_description",
        metavar="BUILDPACK_PROVIDED_DESCRIPTION",
        help="description from buildpack of slug",
    )
    command.add_argument(
        "--checksum",
        dest="arg_checksum",
        metavar="CHECKSUM",
        help="an optional checksum of the slug for verifying its integrity",
    )
    command.add_argument(
        "--commit",
        dest="arg_commit",
        metavar="COMMIT",
        help="identification of the code with your version control system (eg: SHA of the git HEAD)",
    )
    command.add_argument(
        "--commit-description",
        dest="arg_commit_description",
        metavar="COMMIT_DESCRIPTION",
        help="an optional description of the provided commit",
    )
    command.add_argument(
        "--process-types",
        dest="arg_process_types",
        action=_KeyValues,
        null_if_empty=False,
        metavar="KEY=VALUE",
        help="hash mapping process type names to their respective command (required) (repeatable; KEY= sets an empty value)",
    )
    command.add_argument("--stack", dest="arg_stack", metavar="STACK")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_slugs__info(client: Client, args: argparse.Namespace) -> Any:
    return client.slugs.info(slug_id=args.arg_slug_id, app_id_or_name=args.arg_app_id_or_name)


def _call_slugs__create(client: Client, args: argparse.Namespace) -> Any:
    return client.slugs.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field(
                    "buildpack_provided_description",
                    "buildpack_provided_description",
                    "arg_buildpack_provided_description",
                    "--buildpack-provided-description",
                    False,
                ),
                _Field("checksum", "checksum", "arg_checksum", "--checksum", False),
                _Field("commit", "commit", "arg_commit", "--commit", False),
                _Field(
                    "commit_description",
                    "commit_description",
                    "arg_commit_description",
                    "--commit-description",
                    False,
                ),
                _Field(
                    "process_types",
                    "process_types",
                    "arg_process_types",
                    "--process-types",
                    True,
                ),
                _Field("stack", "stack", "arg_stack", "--stack", False),
            ],
        ),
    )


# ---------------------------------------------------------------- sms-number


def _group_sms_number(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "sms-number",
        help="SMS numbers are used for recovery on accounts with two-factor authentication enabled.",
        description="SMS numbers are used for recovery on accounts with two-factor authentication\nenabled.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "sms-number-sms-number",
        [],
        _call_sms_number__sms_number_sms_number,
        help="SMS Number",
        description="SMS Number\n\nRecover an account using an SMS recovery code\n\nGET /users/{account_email_or_id_or_self}/sms-number",
    )
    command.add_argument(
        "-a",
        "--account-email-or-id-or-self",
        dest="arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        required=True,
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )

    command = _command(
        verbs,
        "recover",
        [],
        _call_sms_number__recover,
        help="Recover",
        description="Recover\n\nRecover an account using an SMS recovery code\n\nPOST /users/{account_email_or_id_or_self}/sms-number/actions/recover",
    )
    command.add_argument(
        "-a",
        "--account-email-or-id-or-self",
        dest="arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        required=True,
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )

    command = _command(
        verbs,
        "confirm",
        [],
        _call_sms_number__confirm,
        help="Confirm",
        description="Confirm\n\nConfirm an SMS number change with a confirmation code\n\nPOST /users/{account_email_or_id_or_self}/sms-number/actions/confirm",
    )
    command.add_argument(
        "-a",
        "--account-email-or-id-or-self",
        dest="arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        required=True,
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )


def _call_sms_number__sms_number_sms_number(client: Client, args: argparse.Namespace) -> Any:
    return client.sms_number.sms_number_sms_number(
        account_email_or_id_or_self=args.arg_account_email_or_id_or_self,
    )


def _call_sms_number__recover(client: Client, args: argparse.Namespace) -> Any:
    return client.sms_number.recover(
        account_email_or_id_or_self=args.arg_account_email_or_id_or_self,
    )


def _call_sms_number__confirm(client: Client, args: argparse.Namespace) -> Any:
    return client.sms_number.confirm(
        account_email_or_id_or_self=args.arg_account_email_or_id_or_self,
    )


# ---------------------------------------------------------------- sni-endpoints


def _group_sni_endpoints(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "sni-endpoints",
        help="SNI Endpoint is a public address serving a custom SSL cert for HTTPS traffic, using the SNI TLS extension, to a Heroku app.",
        description="SNI Endpoint is a public address serving a custom SSL cert for HTTPS\ntraffic, using the SNI TLS extension, to a Heroku app.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_sni_endpoints__list,
        help="List",
        description="List\n\nList existing SNI endpoints.\n\nGET /apps/{app_id_or_name}/sni-endpoints",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        _call_sni_endpoints__create,
        help="Create",
        description="Create\n\nCreate a new SNI endpoint.\n\nPOST /apps/{app_id_or_name}/sni-endpoints",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--certificate-chain",
        dest="arg_certificate_chain",
        metavar="CERTIFICATE_CHAIN",
        help="raw contents of the public certificate chain (eg: .crt or .pem file) (required)",
    )
    command.add_argument(
        "--private-key",
        dest="arg_private_key",
        metavar="PRIVATE_KEY",
        help="contents of the private key (eg .key file) (required)",
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
        _call_sni_endpoints__info,
        help="Info",
        description="Info\n\nInfo for existing SNI endpoint.\n\nGET /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
    )
    command.add_argument(
        "arg_sni_endpoint_id_or_name",
        metavar="SNI_ENDPOINT",
        help="unique identifier of this SNI endpoint or unique name for SNI endpoint",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_sni_endpoints__delete,
        help="Delete",
        description="Delete\n\nDelete existing SNI endpoint.\n\nDELETE /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
    )
    command.add_argument(
        "arg_sni_endpoint_id_or_name",
        metavar="SNI_ENDPOINT",
        help="unique identifier of this SNI endpoint or unique name for SNI endpoint",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_sni_endpoints__update,
        help="Update",
        description="Update\n\nUpdate an existing SNI endpoint.\n\nPATCH /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
    )
    command.add_argument(
        "arg_sni_endpoint_id_or_name",
        metavar="SNI_ENDPOINT",
        help="unique identifier of this SNI endpoint or unique name for SNI endpoint",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--certificate-chain",
        dest="arg_certificate_chain",
        metavar="CERTIFICATE_CHAIN",
        help="raw contents of the public certificate chain (eg: .crt or .pem file) (required)",
    )
    command.add_argument(
        "--private-key",
        dest="arg_private_key",
        metavar="PRIVATE_KEY",
        help="contents of the private key (eg .key file) (required)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_sni_endpoints__list(client: Client, args: argparse.Namespace) -> Any:
    return client.sni_endpoints.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_sni_endpoints__create(client: Client, args: argparse.Namespace) -> Any:
    return client.sni_endpoints.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field(
                    "certificate_chain",
                    "certificate_chain",
                    "arg_certificate_chain",
                    "--certificate-chain",
                    True,
                ),
                _Field("private_key", "private_key", "arg_private_key", "--private-key", True),
            ],
        ),
    )


def _call_sni_endpoints__info(client: Client, args: argparse.Namespace) -> Any:
    return client.sni_endpoints.info(
        sni_endpoint_id_or_name=args.arg_sni_endpoint_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_sni_endpoints__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.sni_endpoints.delete(
        sni_endpoint_id_or_name=args.arg_sni_endpoint_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
    )


def _call_sni_endpoints__update(client: Client, args: argparse.Namespace) -> Any:
    return client.sni_endpoints.update(
        sni_endpoint_id_or_name=args.arg_sni_endpoint_id_or_name,
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field(
                    "certificate_chain",
                    "certificate_chain",
                    "arg_certificate_chain",
                    "--certificate-chain",
                    True,
                ),
                _Field("private_key", "private_key", "arg_private_key", "--private-key", True),
            ],
        ),
    )


# ---------------------------------------------------------------- sources


def _group_sources(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "sources",
        help="A source is a location for uploading and downloading an application's source code.",
        description="A source is a location for uploading and downloading an application's source\ncode.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    _command(  # a command without options of its own
        verbs,
        "create",
        [],
        _call_sources__create,
        help="Create",
        description="Create\n\nCreate URLs for uploading and downloading source.\n\nPOST /sources",
    )

    command = _command(
        verbs,
        "create-deprecated",
        [],
        _call_sources__create_deprecated,
        help="Create - Deprecated",
        description="Create - Deprecated\n\nCreate URLs for uploading and downloading source. Deprecated in favor of\n`POST /sources`\n\nPOST /apps/{app_id_or_name}/sources",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )


def _call_sources__create(client: Client, args: argparse.Namespace) -> Any:
    return client.sources.create()


def _call_sources__create_deprecated(client: Client, args: argparse.Namespace) -> Any:
    return client.sources.create_deprecated(app_id_or_name=args.arg_app_id_or_name)


# ---------------------------------------------------------------- space-accesses


def _group_space_accesses(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "space-accesses",
        help="Space access represents the permissions a particular user has on a particular space.",
        description="Space access represents the permissions a particular user has on a\nparticular space.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "app-info",
        [],
        _call_space_accesses__app_info,
        help="Info",
        description="Info\n\nList permissions for a given user on a given space.\n\nGET /spaces/{space_id_or_name}/members/{account_email_or_id_or_self}",
    )
    command.add_argument(
        "arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )

    command = _command(
        verbs,
        "app-update",
        [],
        _call_space_accesses__app_update,
        help="Update",
        description="Update\n\nUpdate an existing user's set of permissions on a space.\n\nPATCH /spaces/{space_id_or_name}/members/{account_email_or_id_or_self}",
        epilog="Only settable with --body: permissions (array).",
    )
    command.add_argument(
        "arg_account_email_or_id_or_self",
        metavar="ACCOUNT_EMAIL_OR_ID_OR_SELF",
        help="unique email address of account or unique identifier of an account or Implicit reference to currently authorized user",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
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
        "app-list",
        [],
        _call_space_accesses__app_list,
        help="List",
        description="List\n\nList all users and their permissions on a space.\n\nGET /spaces/{space_id_or_name}/members",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_space_accesses__app_info(client: Client, args: argparse.Namespace) -> Any:
    return client.space_accesses.space_app_access_info(
        account_email_or_id_or_self=args.arg_account_email_or_id_or_self,
        space_id_or_name=args.arg_space_id_or_name,
    )


def _call_space_accesses__app_update(client: Client, args: argparse.Namespace) -> Any:
    return client.space_accesses.space_app_access_update(
        account_email_or_id_or_self=args.arg_account_email_or_id_or_self,
        space_id_or_name=args.arg_space_id_or_name,
        **_fields(args, [_Field("permissions", "permissions", None, None, True)]),
    )


def _call_space_accesses__app_list(client: Client, args: argparse.Namespace) -> Any:
    return client.space_accesses.space_app_access_list(
        space_id_or_name=args.arg_space_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- space-network-address-translation


def _group_space_network_address_translation(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "space-network-address-translation",
        help="Network address translation (NAT) for stable outbound IP addresses from a space",
        description="Network address translation (NAT) for stable outbound IP addresses from a\nspace",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "nat-info",
        [],
        _call_space_network_address_translation__nat_info,
        help="Info",
        description="Info\n\nCurrent state of network address translation for a space.\n\nGET /spaces/{space_id_or_name}/nat",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )


def _call_space_network_address_translation__nat_info(
    client: Client, args: argparse.Namespace
) -> Any:
    return client.space_network_address_translation.space_nat_info(
        space_id_or_name=args.arg_space_id_or_name,
    )


# ---------------------------------------------------------------- space-topology


def _group_space_topology(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "space-topology",
        help="Space Topology provides you with a mechanism for viewing all the running dynos, formations and applications for a space. This is the same data thats used to power our DNS Service Discovery.",
        description="Space Topology provides you with a mechanism for viewing all the running\ndynos, formations and applications for a space. This is the same data thats\nused to power our DNS Service Discovery.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "space-topology-topology",
        [],
        _call_space_topology__space_topology_topology,
        help="Topology",
        description="Topology\n\nCurrent space topology\n\nGET /spaces/{space_id_or_name}/topology",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )


def _call_space_topology__space_topology_topology(client: Client, args: argparse.Namespace) -> Any:
    return client.space_topology.topology(space_id_or_name=args.arg_space_id_or_name)


# ---------------------------------------------------------------- space-transfer


def _group_space_transfer(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "space-transfer",
        help="Transfer spaces between enterprise teams with the same Enterprise Account.",
        description="Transfer spaces between enterprise teams with the same Enterprise Account.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "space-transfer-transfer",
        [],
        _call_space_transfer__space_transfer_transfer,
        help="transfer",
        description="transfer\n\nTransfer space between enterprise teams\n\nPOST /spaces/{space_id_or_name}/transfer",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )
    command.add_argument(
        "--new-owner",
        dest="arg_new_owner",
        metavar="NEW_OWNER",
        help="unique name of team (required)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_space_transfer__space_transfer_transfer(client: Client, args: argparse.Namespace) -> Any:
    return client.space_transfer.transfer(
        space_id_or_name=args.arg_space_id_or_name,
        **_fields(args, [_Field("new_owner", "new_owner", "arg_new_owner", "--new-owner", True)]),
    )


# ---------------------------------------------------------------- spaces


def _group_spaces(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "spaces",
        help="A space is an isolated, highly available, secure app execution environment.",
        description="A space is an isolated, highly available, secure app execution environment.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_spaces__list,
        help="List",
        description="List\n\nList existing spaces.\n\nGET /spaces",
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
        _call_spaces__create,
        help="Create",
        description="Create\n\nCreate a new space.\n\nPOST /spaces",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="unique name of space (required)",
    )
    command.add_argument(
        "--team",
        dest="arg_team",
        metavar="TEAM",
        help="unique name of team (required)",
    )
    command.add_argument("--region", dest="arg_region", metavar="REGION")
    command.add_argument(
        "--shield",
        dest="arg_shield",
        action=argparse.BooleanOptionalAction,
        help="true if this space has shield enabled",
    )
    command.add_argument(
        "--cidr",
        dest="arg_cidr",
        metavar="CIDR",
        help="The RFC-1918 CIDR the Private Space will use. It must be a /16 in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (server default: '10.0.0.0/16')",
    )
    command.add_argument(
        "--data-cidr",
        dest="arg_data_cidr",
        metavar="DATA_CIDR",
        help="The RFC-1918 CIDR that the Private Space will use for the Heroku-managed peering connection that's automatically created when using Heroku Data add-ons. It must be between a /16 and a /20",
    )
    command.add_argument(
        "--log-drain-url",
        dest="arg_log_drain_url",
        metavar="LOG_DRAIN_URL",
        help="URL to which all apps will drain logs. Only settable during space creation and enables direct logging. Must use HTTPS.",
    )
    command.add_argument(
        "--generation",
        dest="arg_generation",
        metavar="GENERATION",
        help="unique name of the generation of the Heroku platform for this space",
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
        _call_spaces__info,
        help="Info",
        description="Info\n\nInfo for existing space.\n\nGET /spaces/{space_id_or_name}",
    )
    command.add_argument(
        "arg_space_id_or_name",
        metavar="SPACE",
        nargs="?",
        help="unique identifier of space or unique name of space",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="opt_space_id_or_name",
        metavar="SPACE",
        help="unique identifier of space or unique name of space",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_spaces__delete,
        help="Delete",
        description="Delete\n\nDelete an existing space.\n\nDELETE /spaces/{space_id_or_name}",
    )
    command.add_argument(
        "arg_space_id_or_name",
        metavar="SPACE",
        nargs="?",
        help="unique identifier of space or unique name of space",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="opt_space_id_or_name",
        metavar="SPACE",
        help="unique identifier of space or unique name of space",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_spaces__update,
        help="Update",
        description="Update\n\nUpdate an existing space.\n\nPATCH /spaces/{space_id_or_name}",
    )
    command.add_argument(
        "arg_space_id_or_name",
        metavar="SPACE",
        nargs="?",
        help="unique identifier of space or unique name of space",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="opt_space_id_or_name",
        metavar="SPACE",
        help="unique identifier of space or unique name of space",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="unique name of space")
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_spaces__list(client: Client, args: argparse.Namespace) -> Any:
    return client.spaces.list(**_given(max=args.page_max))


def _call_spaces__create(client: Client, args: argparse.Namespace) -> Any:
    return client.spaces.create(
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", True),
                _Field("team", "team", "arg_team", "--team", True),
                _Field("region", "region", "arg_region", "--region", False),
                _Field("shield", "shield", "arg_shield", "--shield", False),
                _Field("cidr", "cidr", "arg_cidr", "--cidr", False),
                _Field("data_cidr", "data_cidr", "arg_data_cidr", "--data-cidr", False),
                _Field(
                    "log_drain_url",
                    "log_drain_url",
                    "arg_log_drain_url",
                    "--log-drain-url",
                    False,
                ),
                _Field("generation", "generation", "arg_generation", "--generation", False),
            ],
        ),
    )


def _call_spaces__info(client: Client, args: argparse.Namespace) -> Any:
    return client.spaces.info(
        space_id_or_name=_either(
            args,
            "arg_space_id_or_name",
            "opt_space_id_or_name",
            "SPACE or -s/--space",
        ),
    )


def _call_spaces__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.spaces.delete(
        space_id_or_name=_either(
            args,
            "arg_space_id_or_name",
            "opt_space_id_or_name",
            "SPACE or -s/--space",
        ),
    )


def _call_spaces__update(client: Client, args: argparse.Namespace) -> Any:
    return client.spaces.update(
        space_id_or_name=_either(
            args,
            "arg_space_id_or_name",
            "opt_space_id_or_name",
            "SPACE or -s/--space",
        ),
        **_fields(args, [_Field("name", "name", "arg_name", "--name", False)]),
    )


# ---------------------------------------------------------------- stacks


def _group_stacks(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "stacks",
        help="Stacks are the different application execution environments available in the Heroku platform.",
        description="Stacks are the different application execution environments available in the\nHeroku platform.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_stacks__info,
        help="Info",
        description="Info\n\nStack info.\n\nGET /stacks/{stack_name_or_id}",
    )
    command.add_argument(
        "arg_stack_name_or_id",
        metavar="STACK",
        nargs="?",
        help="unique name of stack or unique identifier of stack",
    )
    command.add_argument(
        "-s",
        "--stack",
        dest="opt_stack_name_or_id",
        metavar="STACK",
        help="unique name of stack or unique identifier of stack",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_stacks__list,
        help="List",
        description="List\n\nList available stacks.\n\nGET /stacks",
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
        "list-by-app",
        [],
        _call_stacks__list_by_app,
        help="List by App",
        description="List by App\n\nList available app stacks for an app.\n\nGET /apps/{app_id_or_name}/available-stacks",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_stacks__info(client: Client, args: argparse.Namespace) -> Any:
    return client.stacks.info(
        stack_name_or_id=_either(
            args,
            "arg_stack_name_or_id",
            "opt_stack_name_or_id",
            "STACK or -s/--stack",
        ),
    )


def _call_stacks__list(client: Client, args: argparse.Namespace) -> Any:
    return client.stacks.list(**_given(max=args.page_max))


def _call_stacks__list_by_app(client: Client, args: argparse.Namespace) -> Any:
    return client.stacks.list_by_app(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- team-add-ons


def _group_team_add_ons(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-add-ons",
        help="Team Add-ons",
        description="Team Add-ons",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list-for",
        [],
        _call_team_add_ons__list_for,
        help="List For Team",
        description="List For Team\n\nList add-ons used across all Team apps\n\nGET /teams/{team_name_or_id}/addons",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_add_ons__list_for(client: Client, args: argparse.Namespace) -> Any:
    return client.team_add_ons.list_for_team(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- team-app-collaborators


def _group_team_app_collaborators(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "team-app-collaborators",
        help="A team collaborator represents an account that has been given access to a team app on Heroku.",
        description="A team collaborator represents an account that has been given access to a\nteam app on Heroku.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_team_app_collaborators__list,
        help="List",
        description="List\n\nList collaborators on a team app.\n\nGET /teams/apps/{app_id_or_name}/collaborators",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique name of app",
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
        _call_team_app_collaborators__create,
        help="Create",
        description="Create\n\nCreate a new collaborator on a team app. Use this endpoint instead of the\n`/apps/{app_id_or_name}/collaborator` endpoint when you want the\ncollaborator to be granted [permissions]\n(https://devcenter.heroku.com/articles/org-users-access#roles-and-\npermissions) according to their role in the team.\n\nPOST /teams/apps/{app_id_or_name}/collaborators",
        epilog="Only settable with --body: user (one of several types).",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
    )
    command.add_argument(
        "--permissions",
        dest="arg_permissions",
        metavar="PERMISSIONS",
        action="append",
        help="An array of permissions to give to the collaborator. (repeatable)",
    )
    command.add_argument(
        "--silent",
        dest="arg_silent",
        action=argparse.BooleanOptionalAction,
        help="whether to suppress email invitation when creating collaborator (server default: False)",
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
        _call_team_app_collaborators__info,
        help="Info",
        description="Info\n\nInfo for a collaborator on a team app.\n\nGET /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
    )
    command.add_argument(
        "arg_team_app_collaborator_email",
        metavar="TEAM_APP_COLLABORATOR_EMAIL",
        help="invited email address of collaborator",
    )
    command.add_argument(
        "-a",
        "--app-name",
        dest="arg_app_name",
        metavar="APP_NAME",
        required=True,
        help="unique name of app",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_team_app_collaborators__delete,
        help="Delete",
        description="Delete\n\nDelete an existing collaborator from a team app.\n\nDELETE /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
    )
    command.add_argument(
        "arg_team_app_collaborator_email",
        metavar="TEAM_APP_COLLABORATOR_EMAIL",
        help="invited email address of collaborator",
    )
    command.add_argument(
        "-a",
        "--app-name",
        dest="arg_app_name",
        metavar="APP_NAME",
        required=True,
        help="unique name of app",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_team_app_collaborators__update,
        help="Update",
        description="Update\n\nUpdate an existing collaborator from a team app.\n\nPATCH /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
    )
    command.add_argument(
        "arg_team_app_collaborator_email",
        metavar="TEAM_APP_COLLABORATOR_EMAIL",
        help="invited email address of collaborator",
    )
    command.add_argument(
        "-a",
        "--app-name",
        dest="arg_app_name",
        metavar="APP_NAME",
        required=True,
        help="unique name of app",
    )
    command.add_argument(
        "--permissions",
        dest="arg_permissions",
        metavar="PERMISSIONS",
        action="append",
        help="An array of permissions to give to the collaborator. (required) (repeatable)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_team_app_collaborators__list(client: Client, args: argparse.Namespace) -> Any:
    return client.team_app_collaborators.list(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_team_app_collaborators__create(client: Client, args: argparse.Namespace) -> Any:
    return client.team_app_collaborators.create(
        app_id_or_name=args.arg_app_id_or_name,
        **_fields(
            args,
            [
                _Field("permissions", "permissions", "arg_permissions", "--permissions", False),
                _Field("silent", "silent", "arg_silent", "--silent", False),
                _Field("user", "user", None, None, True),
            ],
        ),
    )


def _call_team_app_collaborators__info(client: Client, args: argparse.Namespace) -> Any:
    return client.team_app_collaborators.info(
        team_app_collaborator_email=args.arg_team_app_collaborator_email,
        app_name=args.arg_app_name,
    )


def _call_team_app_collaborators__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.team_app_collaborators.delete(
        team_app_collaborator_email=args.arg_team_app_collaborator_email,
        app_name=args.arg_app_name,
    )


def _call_team_app_collaborators__update(client: Client, args: argparse.Namespace) -> Any:
    return client.team_app_collaborators.update(
        team_app_collaborator_email=args.arg_team_app_collaborator_email,
        app_name=args.arg_app_name,
        **_fields(
            args,
            [_Field("permissions", "permissions", "arg_permissions", "--permissions", True)],
        ),
    )


# ---------------------------------------------------------------- team-app-permissions


def _group_team_app_permissions(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "team-app-permissions",
        help="A team app permission is a behavior that is assigned to a user in a team app.",
        description="A team app permission is a behavior that is assigned to a user in a team\napp.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_team_app_permissions__list,
        help="List",
        description="List\n\nLists permissions available to teams.\n\nGET /teams/permissions",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_app_permissions__list(client: Client, args: argparse.Namespace) -> Any:
    return client.team_app_permissions.list(**_given(max=args.page_max))


# ---------------------------------------------------------------- team-apps


def _group_team_apps(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-apps",
        help="A team app encapsulates the team specific functionality of Heroku apps.",
        description="A team app encapsulates the team specific functionality of Heroku apps.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_team_apps__create,
        help="Create",
        description="Create\n\nCreate a new app in the specified team, in the default team if unspecified,\nor in personal account, if default team is not set.\n\nPOST /teams/apps",
    )
    command.add_argument(
        "--locked",
        dest="arg_locked",
        action=argparse.BooleanOptionalAction,
        help="are other team members forbidden from joining this app. (server default: False)",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="unique name of app")
    command.add_argument("--team", dest="arg_team", metavar="TEAM", help="unique name of team")
    command.add_argument(
        "--personal",
        dest="arg_personal",
        action=argparse.BooleanOptionalAction,
        help="force creation of the app in the user account even if a default team is set. (server default: False)",
    )
    command.add_argument(
        "--region",
        dest="arg_region",
        metavar="REGION",
        help="unique name of region",
    )
    command.add_argument("--space", dest="arg_space", metavar="SPACE", help="unique name of space")
    command.add_argument("--stack", dest="arg_stack", metavar="STACK", help="unique name of stack")
    command.add_argument(
        "--internal-routing",
        dest="arg_internal_routing",
        action=argparse.BooleanOptionalAction,
        help="describes whether a Private Spaces app is externally routable or not (server default: False)",
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
        _call_team_apps__info,
        help="Info",
        description="Info\n\nInfo for a team app.\n\nGET /teams/apps/{app_name}",
    )
    command.add_argument("arg_app_name", metavar="APP_NAME", nargs="?", help="unique name of app")
    command.add_argument(
        "-a",
        "--app-name",
        dest="opt_app_name",
        metavar="APP_NAME",
        help="unique name of app",
    )

    command = _command(
        verbs,
        "update-locked",
        [],
        _call_team_apps__update_locked,
        help="Update Locked",
        description="Update Locked\n\nLock or unlock a team app.\n\nPATCH /teams/apps/{app_name}",
    )
    command.add_argument("arg_app_name", metavar="APP_NAME", nargs="?", help="unique name of app")
    command.add_argument(
        "-a",
        "--app-name",
        dest="opt_app_name",
        metavar="APP_NAME",
        help="unique name of app",
    )
    command.add_argument(
        "--locked",
        dest="arg_locked",
        action=argparse.BooleanOptionalAction,
        help="are other team members forbidden from joining this app. (server default: False) (required)",
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
        "transfer-to-account",
        [],
        _call_team_apps__transfer_to_account,
        help="Transfer to Account",
        description="Transfer to Account\n\nTransfer an existing team app to another Heroku account.\n\nPATCH /teams/apps/{app_name}",
        epilog="Only settable with --body: owner (one of several types).",
    )
    command.add_argument("arg_app_name", metavar="APP_NAME", nargs="?", help="unique name of app")
    command.add_argument(
        "-a",
        "--app-name",
        dest="opt_app_name",
        metavar="APP_NAME",
        help="unique name of app",
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
        "transfer-to",
        [],
        _call_team_apps__transfer_to,
        help="Transfer to Team",
        description="Transfer to Team\n\nTransfer an existing team app to another team.\n\nPATCH /teams/apps/{app_name}",
    )
    command.add_argument("arg_app_name", metavar="APP_NAME", nargs="?", help="unique name of app")
    command.add_argument(
        "-a",
        "--app-name",
        dest="opt_app_name",
        metavar="APP_NAME",
        help="unique name of app",
    )
    command.add_argument(
        "--owner",
        dest="arg_owner",
        metavar="OWNER",
        help="unique name of team (required)",
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
        "list-by",
        [],
        _call_team_apps__list_by,
        help="List By Team",
        description="List By Team\n\nList team apps.\n\nGET /teams/{team_name_or_id}/apps",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_apps__create(client: Client, args: argparse.Namespace) -> Any:
    return client.team_apps.create(
        **_fields(
            args,
            [
                _Field("locked", "locked", "arg_locked", "--locked", False),
                _Field("name", "name", "arg_name", "--name", False),
                _Field("team", "team", "arg_team", "--team", False),
                _Field("personal", "personal", "arg_personal", "--personal", False),
                _Field("region", "region", "arg_region", "--region", False),
                _Field("space", "space", "arg_space", "--space", False),
                _Field("stack", "stack", "arg_stack", "--stack", False),
                _Field(
                    "internal_routing",
                    "internal_routing",
                    "arg_internal_routing",
                    "--internal-routing",
                    False,
                ),
            ],
        ),
    )


def _call_team_apps__info(client: Client, args: argparse.Namespace) -> Any:
    return client.team_apps.info(
        app_name=_either(args, "arg_app_name", "opt_app_name", "APP_NAME or -a/--app-name"),
    )


def _call_team_apps__update_locked(client: Client, args: argparse.Namespace) -> Any:
    return client.team_apps.update_locked(
        app_name=_either(args, "arg_app_name", "opt_app_name", "APP_NAME or -a/--app-name"),
        **_fields(args, [_Field("locked", "locked", "arg_locked", "--locked", True)]),
    )


def _call_team_apps__transfer_to_account(client: Client, args: argparse.Namespace) -> Any:
    return client.team_apps.transfer_to_account(
        app_name=_either(args, "arg_app_name", "opt_app_name", "APP_NAME or -a/--app-name"),
        **_fields(args, [_Field("owner", "owner", None, None, True)]),
    )


def _call_team_apps__transfer_to(client: Client, args: argparse.Namespace) -> Any:
    return client.team_apps.transfer_to_team(
        app_name=_either(args, "arg_app_name", "opt_app_name", "APP_NAME or -a/--app-name"),
        **_fields(args, [_Field("owner", "owner", "arg_owner", "--owner", True)]),
    )


def _call_team_apps__list_by(client: Client, args: argparse.Namespace) -> Any:
    return client.team_apps.list_by_team(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- team-daily-usages


def _group_team_daily_usages(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-daily-usages",
        help="Usage for an enterprise team at a daily resolution.",
        description="Usage for an enterprise team at a daily resolution.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_team_daily_usages__info,
        help="Info",
        description="Info\n\nRetrieves usage for an enterprise team for a range of days. Start and end\ndates can be specified as query parameters using the date format YYYY-MM-DD.\nThe team identifier can be found from the [team list\nendpoint](https://devcenter.heroku.com/articles/platform-api-reference#team-\nlist).\n\nGET /teams/{team_id}/usage/daily",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_id",
        metavar="TEAM",
        required=True,
        help="unique identifier of team",
    )
    command.add_argument("--start", dest="arg_start", metavar="START", required=True, help="start")
    command.add_argument("--end", dest="arg_end", metavar="END", help="end")
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_daily_usages__info(client: Client, args: argparse.Namespace) -> Any:
    return client.team_daily_usages.info(
        team_id=args.arg_team_id,
        start=args.arg_start,
        **_given(end=args.arg_end, max=args.page_max),
    )


# ---------------------------------------------------------------- team-delinquency


def _group_team_delinquency(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-delinquency",
        help="A Heroku team becomes delinquent due to non-payment. We [suspend and delete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-heroku-invoices) delinquent teams if their invoices remain unpaid.",
        description="A Heroku team becomes delinquent due to non-payment. We [suspend and\ndelete](https://help.heroku.com/EREVRILX/what-happens-if-i-have-unpaid-\nheroku-invoices) delinquent teams if their invoices remain unpaid.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_team_delinquency__info,
        help="Info",
        description="Info\n\nTeam delinquency information.\n\nGET /teams/{team_name_or_id}/delinquency",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )


def _call_team_delinquency__info(client: Client, args: argparse.Namespace) -> Any:
    return client.team_delinquency.info(team_name_or_id=args.arg_team_name_or_id)


# ---------------------------------------------------------------- team-features


def _group_team_features(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-features",
        help="A team feature represents a feature enabled on a team account.",
        description="A team feature represents a feature enabled on a team account.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_team_features__info,
        help="Info",
        description="Info\n\nInfo for an existing team feature.\n\nGET /teams/{team_name_or_id}/features/{team_feature_id_or_name}",
    )
    command.add_argument(
        "arg_team_feature_id_or_name",
        metavar="TEAM_FEATURE",
        help="unique identifier of team feature or unique name of team feature",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_team_features__list,
        help="List",
        description="List\n\nList existing team features.\n\nGET /teams/{team_name_or_id}/features",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_features__info(client: Client, args: argparse.Namespace) -> Any:
    return client.team_features.info(
        team_feature_id_or_name=args.arg_team_feature_id_or_name,
        team_name_or_id=args.arg_team_name_or_id,
    )


def _call_team_features__list(client: Client, args: argparse.Namespace) -> Any:
    return client.team_features.list(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- team-invitations


def _group_team_invitations(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-invitations",
        help="A team invitation represents an invite to a team.",
        description="A team invitation represents an invite to a team.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_team_invitations__list,
        help="List",
        description="List\n\nGet a list of a team's Identity Providers\n\nGET /teams/{team_name_or_id}/invitations",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team",
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
        _call_team_invitations__create,
        help="Create",
        description="Create\n\nCreate Team Invitation\n\nPUT /teams/{team_name_or_id}/invitations",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--email",
        dest="arg_email",
        metavar="EMAIL",
        help="unique email address of account (required)",
    )
    command.add_argument(
        "--role",
        dest="arg_role",
        choices=["admin", "collaborator", "member", "owner"],
        help="role in the team (required)",
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
        "revoke",
        [],
        _call_team_invitations__revoke,
        help="Revoke",
        description="Revoke\n\nRevoke a team invitation.\n\nDELETE /teams/{team_name_or_id}/invitations/{team_invitation_id}",
    )
    command.add_argument(
        "arg_team_invitation_id",
        metavar="TEAM_INVITATION",
        help="unique identifier of an invitation",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_team_invitations__info,
        help="Get",
        description="Get\n\nGet an invitation by its token\n\nGET /teams/invitations/{team_invitation_token}",
    )
    command.add_argument(
        "arg_team_invitation_token",
        metavar="TEAM_INVITATION_TOKEN",
        nargs="?",
        help="special token for invitation",
    )
    command.add_argument(
        "-t",
        "--team-invitation-token",
        dest="opt_team_invitation_token",
        metavar="TEAM_INVITATION_TOKEN",
        help="special token for invitation",
    )
    command.add_argument(
        "--range",
        dest="arg_range",
        metavar="RANGE",
        help="Page through the list: '<field> [start]..[end][; max=N, order=asc|desc]'",
    )

    command = _command(
        verbs,
        "accept",
        [],
        _call_team_invitations__accept,
        help="Accept",
        description="Accept\n\nAccept Team Invitation\n\nPOST /teams/invitations/{team_invitation_token}/accept",
    )
    command.add_argument(
        "-t",
        "--team-invitation-token",
        dest="arg_team_invitation_token",
        metavar="TEAM_INVITATION_TOKEN",
        required=True,
        help="special token for invitation",
    )


def _call_team_invitations__list(client: Client, args: argparse.Namespace) -> Any:
    return client.team_invitations.list(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


def _call_team_invitations__create(client: Client, args: argparse.Namespace) -> Any:
    return client.team_invitations.create(
        team_name_or_id=args.arg_team_name_or_id,
        **_fields(
            args,
            [
                _Field("email", "email", "arg_email", "--email", True),
                _Field("role", "role", "arg_role", "--role", True),
            ],
        ),
    )


def _call_team_invitations__revoke(client: Client, args: argparse.Namespace) -> Any:
    return client.team_invitations.revoke(
        team_invitation_id=args.arg_team_invitation_id,
        team_name_or_id=args.arg_team_name_or_id,
    )


def _call_team_invitations__info(client: Client, args: argparse.Namespace) -> Any:
    return client.team_invitations.info(
        team_invitation_token=_either(
            args,
            "arg_team_invitation_token",
            "opt_team_invitation_token",
            "TEAM_INVITATION_TOKEN or -t/--team-invitation-token",
        ),
        **_given(range=args.arg_range),
    )


def _call_team_invitations__accept(client: Client, args: argparse.Namespace) -> Any:
    return client.team_invitations.accept(team_invitation_token=args.arg_team_invitation_token)


# ---------------------------------------------------------------- team-invoices


def _group_team_invoices(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-invoices",
        help="A Team Invoice is an itemized bill of goods for a team which includes pricing and charges.",
        description="A Team Invoice is an itemized bill of goods for a team which includes\npricing and charges.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_team_invoices__info,
        help="Info",
        description="Info\n\nInfo for existing invoice.\n\nGET /teams/{team_name_or_id}/invoices/{team_invoice_number}",
    )
    command.add_argument(
        "arg_team_invoice_number",
        type=int,
        metavar="TEAM_INVOICE_NUMBER",
        help="human readable invoice number",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )

    command = _command(
        verbs,
        "list",
        [],
        _call_team_invoices__list,
        help="List",
        description="List\n\nList existing invoices.\n\nGET /teams/{team_name_or_id}/invoices",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_invoices__info(client: Client, args: argparse.Namespace) -> Any:
    return client.team_invoices.info(
        team_invoice_number=args.arg_team_invoice_number,
        team_name_or_id=args.arg_team_name_or_id,
    )


def _call_team_invoices__list(client: Client, args: argparse.Namespace) -> Any:
    return client.team_invoices.list(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- team-members


def _group_team_members(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-members",
        help="A team member is an individual with access to a team.",
        description="A team member is an individual with access to a team.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_team_members__list,
        help="List",
        description="List\n\nList members of the team.\n\nGET /teams/{team_name_or_id}/members",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
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
        "create-or-update",
        [],
        _call_team_members__create_or_update,
        help="Create or Update",
        description="Create or Update\n\nCreate a new team member, or update their role.\n\nPUT /teams/{team_name_or_id}/members",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--email",
        dest="arg_email",
        metavar="EMAIL",
        help="email address of the team member (required)",
    )
    command.add_argument(
        "--federated",
        dest="arg_federated",
        action=argparse.BooleanOptionalAction,
        help="whether the user is federated and belongs to an Identity Provider",
    )
    command.add_argument(
        "--role",
        dest="arg_role",
        choices=["admin", "viewer", "member"],
        help="role in the team (required)",
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
        "create",
        [],
        _call_team_members__create,
        help="Create",
        description="Create\n\nCreate a new team member.\n\nPOST /teams/{team_name_or_id}/members",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--email",
        dest="arg_email",
        metavar="EMAIL",
        help="email address of the team member (required)",
    )
    command.add_argument(
        "--federated",
        dest="arg_federated",
        action=argparse.BooleanOptionalAction,
        help="whether the user is federated and belongs to an Identity Provider",
    )
    command.add_argument(
        "--role",
        dest="arg_role",
        choices=["admin", "viewer", "member"],
        help="role in the team (required)",
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
        _call_team_members__update,
        help="Update",
        description="Update\n\nUpdate a team member.\n\nPATCH /teams/{team_name_or_id}/members",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--email",
        dest="arg_email",
        metavar="EMAIL",
        help="email address of the team member (required)",
    )
    command.add_argument(
        "--federated",
        dest="arg_federated",
        action=argparse.BooleanOptionalAction,
        help="whether the user is federated and belongs to an Identity Provider",
    )
    command.add_argument(
        "--role",
        dest="arg_role",
        choices=["admin", "viewer", "member"],
        help="role in the team (required)",
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
        "delete",
        [],
        _call_team_members__delete,
        help="Delete",
        description="Delete\n\nRemove a member from the team.\n\nDELETE /teams/{team_name_or_id}/members/{team_member_email_or_id}",
    )
    command.add_argument(
        "arg_team_member_email_or_id",
        metavar="TEAM_MEMBER",
        help="email address of the team member or unique identifier of the team member",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )

    command = _command(
        verbs,
        "list-by",
        [],
        _call_team_members__list_by,
        help="List By Member",
        description="List By Member\n\nList the apps of a team member.\n\nGET /teams/{team_name_or_id}/members/{team_member_email_or_id}/apps",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--team-member",
        dest="arg_team_member_email_or_id",
        metavar="TEAM_MEMBER",
        required=True,
        help="email address of the team member or unique identifier of the team member",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_members__list(client: Client, args: argparse.Namespace) -> Any:
    return client.team_members.list(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


def _call_team_members__create_or_update(client: Client, args: argparse.Namespace) -> Any:
    return client.team_members.create_or_update(
        team_name_or_id=args.arg_team_name_or_id,
        **_fields(
            args,
            [
                _Field("email", "email", "arg_email", "--email", True),
                _Field("federated", "federated", "arg_federated", "--federated", False),
                _Field("role", "role", "arg_role", "--role", True),
            ],
        ),
    )


def _call_team_members__create(client: Client, args: argparse.Namespace) -> Any:
    return client.team_members.create(
        team_name_or_id=args.arg_team_name_or_id,
        **_fields(
            args,
            [
                _Field("email", "email", "arg_email", "--email", True),
                _Field("federated", "federated", "arg_federated", "--federated", False),
                _Field("role", "role", "arg_role", "--role", True),
            ],
        ),
    )


def _call_team_members__update(client: Client, args: argparse.Namespace) -> Any:
    return client.team_members.update(
        team_name_or_id=args.arg_team_name_or_id,
        **_fields(
            args,
            [
                _Field("email", "email", "arg_email", "--email", True),
                _Field("federated", "federated", "arg_federated", "--federated", False),
                _Field("role", "role", "arg_role", "--role", True),
            ],
        ),
    )


def _call_team_members__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.team_members.delete(
        team_member_email_or_id=args.arg_team_member_email_or_id,
        team_name_or_id=args.arg_team_name_or_id,
    )


def _call_team_members__list_by(client: Client, args: argparse.Namespace) -> Any:
    return client.team_members.list_by_member(
        team_name_or_id=args.arg_team_name_or_id,
        team_member_email_or_id=args.arg_team_member_email_or_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- team-monthly-usages


def _group_team_monthly_usages(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "team-monthly-usages",
        help="Usage for an enterprise team at a monthly resolution.",
        description="Usage for an enterprise team at a monthly resolution.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "info",
        ["get"],
        _call_team_monthly_usages__info,
        help="Info",
        description="Info\n\nRetrieves usage for an enterprise team for a range of months. Start and end\ndates can be specified as query parameters using the date, YYYY-MM. If no\nend date is specified, one month of usage is returned. The team identifier\ncan be found from the [team list\nendpoint](https://devcenter.heroku.com/articles/platform-api-reference#team-\nlist).\n\nGET /teams/{team_id}/usage/monthly",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_id",
        metavar="TEAM",
        required=True,
        help="unique identifier of team",
    )
    command.add_argument("--start", dest="arg_start", metavar="START", required=True, help="start")
    command.add_argument("--end", dest="arg_end", metavar="END", help="end")
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_monthly_usages__info(client: Client, args: argparse.Namespace) -> Any:
    return client.team_monthly_usages.info(
        team_id=args.arg_team_id,
        start=args.arg_start,
        **_given(end=args.arg_end, max=args.page_max),
    )


# ---------------------------------------------------------------- team-preferences


def _group_team_preferences(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-preferences",
        help="Tracks a Team's Preferences",
        description="Tracks a Team's Preferences",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_team_preferences__list,
        help="List",
        description="List\n\nRetrieve Team Preferences\n\nGET /teams/{team_name_or_id}/preferences",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_team_preferences__update,
        help="Update",
        description="Update\n\nUpdate Team Preferences\n\nPATCH /teams/{team_name_or_id}/preferences",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--addons-controls",
        dest="arg_addons_controls",
        action=argparse.BooleanOptionalAction,
        help="Whether add-on service rules should be applied to add-on installations",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_team_preferences__list(client: Client, args: argparse.Namespace) -> Any:
    return client.team_preferences.list(team_name_or_id=args.arg_team_name_or_id)


def _call_team_preferences__update(client: Client, args: argparse.Namespace) -> Any:
    return client.team_preferences.update(
        team_name_or_id=args.arg_team_name_or_id,
        **_fields(
            args,
            [
                _Field(
                    "addons-controls",
                    "addons_controls",
                    "arg_addons_controls",
                    "--addons-controls",
                    False,
                ),
            ],
        ),
    )


# ---------------------------------------------------------------- team-spaces


def _group_team_spaces(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "team-spaces",
        help="A space is an isolated, highly available, secure app execution environment.",
        description="A space is an isolated, highly available, secure app execution environment.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_team_spaces__list,
        help="List",
        description="List\n\nList spaces owned by the team\n\nGET /teams/{team_name_or_id}/spaces",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="arg_team_name_or_id",
        metavar="TEAM",
        required=True,
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_team_spaces__list(client: Client, args: argparse.Namespace) -> Any:
    return client.team_spaces.list(
        team_name_or_id=args.arg_team_name_or_id,
        **_given(max=args.page_max),
    )


# ---------------------------------------------------------------- teams


def _group_teams(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "teams",
        help="Teams allow you to manage access to a shared group of applications and other resources.",
        description="Teams allow you to manage access to a shared group of applications and other\nresources.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_teams__list,
        help="List",
        description="List\n\nList teams in which you are a member.\n\nGET /teams",
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
        _call_teams__create,
        help="Create",
        description="Create\n\nCreate a new team.\n\nPOST /teams",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="unique name of team (required)",
    )
    command.add_argument(
        "--address-1",
        dest="arg_address_1",
        metavar="ADDRESS_1",
        help="street address line 1",
    )
    command.add_argument(
        "--address-2",
        dest="arg_address_2",
        metavar="ADDRESS_2",
        help="street address line 2",
    )
    command.add_argument(
        "--card-number",
        dest="arg_card_number",
        metavar="CARD_NUMBER",
        help="encrypted card number of payment method",
    )
    command.add_argument("--city", dest="arg_city", metavar="CITY", help="city")
    command.add_argument("--country", dest="arg_country", metavar="COUNTRY", help="country")
    command.add_argument("--cvv", dest="arg_cvv", metavar="CVV", help="card verification value")
    command.add_argument(
        "--expiration-month",
        dest="arg_expiration_month",
        metavar="EXPIRATION_MONTH",
        help="expiration month",
    )
    command.add_argument(
        "--expiration-year",
        dest="arg_expiration_year",
        metavar="EXPIRATION_YEAR",
        help="expiration year",
    )
    command.add_argument(
        "--first-name",
        dest="arg_first_name",
        metavar="FIRST_NAME",
        help="the first name for payment method",
    )
    command.add_argument(
        "--last-name",
        dest="arg_last_name",
        metavar="LAST_NAME",
        help="the last name for payment method",
    )
    command.add_argument("--other", dest="arg_other", metavar="OTHER", help="metadata")
    command.add_argument(
        "--postal-code",
        dest="arg_postal_code",
        metavar="POSTAL_CODE",
        help="postal code",
    )
    command.add_argument("--state", dest="arg_state", metavar="STATE", help="state")
    command.add_argument(
        "--nonce",
        dest="arg_nonce",
        metavar="NONCE",
        help="Nonce generated by Braintree hosted fields form",
    )
    command.add_argument(
        "--device-data",
        dest="arg_device_data",
        metavar="DEVICE_DATA",
        help="Device data string generated by the client",
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
        _call_teams__info,
        help="Info",
        description="Info\n\nInfo for a team.\n\nGET /teams/{team_name_or_id}",
    )
    command.add_argument(
        "arg_team_name_or_id",
        metavar="TEAM",
        nargs="?",
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="opt_team_name_or_id",
        metavar="TEAM",
        help="unique name of team or unique identifier of team",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_teams__delete,
        help="Delete",
        description="Delete\n\nDelete an existing team.\n\nDELETE /teams/{team_name_or_id}",
    )
    command.add_argument(
        "arg_team_name_or_id",
        metavar="TEAM",
        nargs="?",
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="opt_team_name_or_id",
        metavar="TEAM",
        help="unique name of team or unique identifier of team",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_teams__update,
        help="Update",
        description="Update\n\nUpdate team properties.\n\nPATCH /teams/{team_name_or_id}",
    )
    command.add_argument(
        "arg_team_name_or_id",
        metavar="TEAM",
        nargs="?",
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "-t",
        "--team",
        dest="opt_team_name_or_id",
        metavar="TEAM",
        help="unique name of team or unique identifier of team",
    )
    command.add_argument(
        "--default",
        dest="arg_default",
        action=argparse.BooleanOptionalAction,
        help="whether to use this team when none is specified",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="unique name of team")
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
        "list-by-enterprise-account",
        [],
        _call_teams__list_by_enterprise_account,
        help="List by Enterprise Account",
        description="List by Enterprise Account\n\nList teams for an enterprise account.\n\nGET /enterprise-accounts/{enterprise_account_id_or_name}/teams",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
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
        "create-in-enterprise-account",
        [],
        _call_teams__create_in_enterprise_account,
        help="Create in Enterprise Account",
        description="Create in Enterprise Account\n\nCreate a team in an enterprise account.\n\nPOST /enterprise-accounts/{enterprise_account_id_or_name}/teams",
    )
    command.add_argument(
        "-e",
        "--enterprise-account",
        dest="arg_enterprise_account_id_or_name",
        metavar="ENTERPRISE_ACCOUNT",
        required=True,
        help="unique identifier of the enterprise account or unique name of the enterprise account",
    )
    command.add_argument(
        "--name",
        dest="arg_name",
        metavar="NAME",
        help="unique name of team (required)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_teams__list(client: Client, args: argparse.Namespace) -> Any:
    return client.teams.list(**_given(max=args.page_max))


def _call_teams__create(client: Client, args: argparse.Namespace) -> Any:
    return client.teams.create(
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", True),
                _Field("address_1", "address_1", "arg_address_1", "--address-1", False),
                _Field("address_2", "address_2", "arg_address_2", "--address-2", False),
                _Field("card_number", "card_number", "arg_card_number", "--card-number", False),
                _Field("city", "city", "arg_city", "--city", False),
                _Field("country", "country", "arg_country", "--country", False),
                _Field("cvv", "cvv", "arg_cvv", "--cvv", False),
                _Field(
                    "expiration_month",
                    "expiration_month",
                    "arg_expiration_month",
                    "--expiration-month",
                    False,
                ),
                _Field(
                    "expiration_year",
                    "expiration_year",
                    "arg_expiration_year",
                    "--expiration-year",
                    False,
                ),
                _Field("first_name", "first_name", "arg_first_name", "--first-name", False),
                _Field("last_name", "last_name", "arg_last_name", "--last-name", False),
                _Field("other", "other", "arg_other", "--other", False),
                _Field("postal_code", "postal_code", "arg_postal_code", "--postal-code", False),
                _Field("state", "state", "arg_state", "--state", False),
                _Field("nonce", "nonce", "arg_nonce", "--nonce", False),
                _Field("device_data", "device_data", "arg_device_data", "--device-data", False),
            ],
        ),
    )


def _call_teams__info(client: Client, args: argparse.Namespace) -> Any:
    return client.teams.info(
        team_name_or_id=_either(
            args,
            "arg_team_name_or_id",
            "opt_team_name_or_id",
            "TEAM or -t/--team",
        ),
    )


def _call_teams__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.teams.delete(
        team_name_or_id=_either(
            args,
            "arg_team_name_or_id",
            "opt_team_name_or_id",
            "TEAM or -t/--team",
        ),
    )


def _call_teams__update(client: Client, args: argparse.Namespace) -> Any:
    return client.teams.update(
        team_name_or_id=_either(
            args,
            "arg_team_name_or_id",
            "opt_team_name_or_id",
            "TEAM or -t/--team",
        ),
        **_fields(
            args,
            [
                _Field("default", "default", "arg_default", "--default", False),
                _Field("name", "name", "arg_name", "--name", False),
            ],
        ),
    )


def _call_teams__list_by_enterprise_account(client: Client, args: argparse.Namespace) -> Any:
    return client.teams.list_by_enterprise_account(
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
        **_given(max=args.page_max),
    )


def _call_teams__create_in_enterprise_account(client: Client, args: argparse.Namespace) -> Any:
    return client.teams.create_in_enterprise_account(
        enterprise_account_id_or_name=args.arg_enterprise_account_id_or_name,
        **_fields(args, [_Field("name", "name", "arg_name", "--name", True)]),
    )


# ---------------------------------------------------------------- telemetry-drains


def _group_telemetry_drains(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "telemetry-drains",
        help="A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only.",
        description="A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your\nown consumer. For Fir-generation apps only.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_telemetry_drains__create,
        help="Create",
        description="Create\n\nCreate a telemetry drain.\n\nPOST /telemetry-drains",
        epilog="Only settable with --body: owner (object), exporter (object).",
    )
    command.add_argument(
        "--signals",
        dest="arg_signals",
        choices=["traces", "metrics", "logs"],
        action="append",
        help="OpenTelemetry signals to send to telemetry drain (required) (repeatable)",
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
        "list-by-app",
        [],
        _call_telemetry_drains__list_by_app,
        help="List by App",
        description="List by App\n\nList telemetry drains for an app.\n\nGET /apps/{app_id_or_name}/telemetry-drains",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-a",
        "--app",
        dest="arg_app_id_or_name",
        metavar="APP",
        required=True,
        help="unique identifier of app or unique name of app",
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
        "list-by-space",
        [],
        _call_telemetry_drains__list_by_space,
        help="List by Space",
        description="List by Space\n\nList telemetry drains for a space.\n\nGET /spaces/{space_id_or_name}/telemetry-drains",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
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
        "info",
        ["get"],
        _call_telemetry_drains__info,
        help="Info",
        description="Info\n\nInfo for a telemetry drain.\n\nGET /telemetry-drains/{telemetry_drain_id}",
    )
    command.add_argument(
        "arg_telemetry_drain_id",
        metavar="TELEMETRY_DRAIN",
        nargs="?",
        help="unique identifier of telemetry drain",
    )
    command.add_argument(
        "-t",
        "--telemetry-drain",
        dest="opt_telemetry_drain_id",
        metavar="TELEMETRY_DRAIN",
        help="unique identifier of telemetry drain",
    )

    command = _command(
        verbs,
        "delete",
        [],
        _call_telemetry_drains__delete,
        help="Delete",
        description="Delete\n\nDelete a telemetry drain.\n\nDELETE /telemetry-drains/{telemetry_drain_id}",
    )
    command.add_argument(
        "arg_telemetry_drain_id",
        metavar="TELEMETRY_DRAIN",
        nargs="?",
        help="unique identifier of telemetry drain",
    )
    command.add_argument(
        "-t",
        "--telemetry-drain",
        dest="opt_telemetry_drain_id",
        metavar="TELEMETRY_DRAIN",
        help="unique identifier of telemetry drain",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_telemetry_drains__update,
        help="Update",
        description="Update\n\nUpdate a telemetry drain.\n\nPATCH /telemetry-drains/{telemetry_drain_id}",
        epilog="Only settable with --body: exporter (object).",
    )
    command.add_argument(
        "arg_telemetry_drain_id",
        metavar="TELEMETRY_DRAIN",
        nargs="?",
        help="unique identifier of telemetry drain",
    )
    command.add_argument(
        "-t",
        "--telemetry-drain",
        dest="opt_telemetry_drain_id",
        metavar="TELEMETRY_DRAIN",
        help="unique identifier of telemetry drain",
    )
    command.add_argument(
        "--signals",
        dest="arg_signals",
        choices=["traces", "metrics", "logs"],
        action="append",
        help="OpenTelemetry signals to send to telemetry drain (repeatable)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_telemetry_drains__create(client: Client, args: argparse.Namespace) -> Any:
    return client.telemetry_drains.create(
        **_fields(
            args,
            [
                _Field("owner", "owner", None, None, True),
                _Field("signals", "signals", "arg_signals", "--signals", True),
                _Field("exporter", "exporter", None, None, True),
            ],
        ),
    )


def _call_telemetry_drains__list_by_app(client: Client, args: argparse.Namespace) -> Any:
    return client.telemetry_drains.list_by_app(
        app_id_or_name=args.arg_app_id_or_name,
        **_given(max=args.page_max),
    )


def _call_telemetry_drains__list_by_space(client: Client, args: argparse.Namespace) -> Any:
    return client.telemetry_drains.list_by_space(
        space_id_or_name=args.arg_space_id_or_name,
        **_given(max=args.page_max),
    )


def _call_telemetry_drains__info(client: Client, args: argparse.Namespace) -> Any:
    return client.telemetry_drains.info(
        telemetry_drain_id=_either(
            args,
            "arg_telemetry_drain_id",
            "opt_telemetry_drain_id",
            "TELEMETRY_DRAIN or -t/--telemetry-drain",
        ),
    )


def _call_telemetry_drains__delete(client: Client, args: argparse.Namespace) -> Any:
    return client.telemetry_drains.delete(
        telemetry_drain_id=_either(
            args,
            "arg_telemetry_drain_id",
            "opt_telemetry_drain_id",
            "TELEMETRY_DRAIN or -t/--telemetry-drain",
        ),
    )


def _call_telemetry_drains__update(client: Client, args: argparse.Namespace) -> Any:
    return client.telemetry_drains.update(
        telemetry_drain_id=_either(
            args,
            "arg_telemetry_drain_id",
            "opt_telemetry_drain_id",
            "TELEMETRY_DRAIN or -t/--telemetry-drain",
        ),
        **_fields(
            args,
            [
                _Field("signals", "signals", "arg_signals", "--signals", False),
                _Field("exporter", "exporter", None, None, False),
            ],
        ),
    )


# ---------------------------------------------------------------- test-cases


def _group_test_cases(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "test-cases",
        help="A single test case belonging to a test run",
        description="A single test case belonging to a test run",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_test_cases__list,
        help="List",
        description="List\n\nList test cases\n\nGET /test-runs/{test_run_id}/test-cases",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--test-run",
        dest="arg_test_run_id",
        metavar="TEST_RUN",
        required=True,
        help="unique identifier of a test run",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_test_cases__list(client: Client, args: argparse.Namespace) -> Any:
    return client.test_cases.list(test_run_id=args.arg_test_run_id, **_given(max=args.page_max))


# ---------------------------------------------------------------- test-nodes


def _group_test_nodes(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "test-nodes",
        help="A single test node belonging to a test run",
        description="A single test node belonging to a test run",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_test_nodes__list,
        help="List",
        description="List\n\nList test nodes\n\nGET /test-runs/{test_run_id}/test-nodes",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-t",
        "--test-run",
        dest="arg_test_run_id",
        metavar="TEST_RUN",
        required=True,
        help="unique identifier of a test run",
    )
    command.add_argument(
        "--max",
        dest="page_max",
        metavar="N",
        type=_page_size(1000),
        help="items per page, 1 to 1000 (every page is fetched)",
    )


def _call_test_nodes__list(client: Client, args: argparse.Namespace) -> Any:
    return client.test_nodes.list(test_run_id=args.arg_test_run_id, **_given(max=args.page_max))


# ---------------------------------------------------------------- test-runs


def _group_test_runs(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "test-runs",
        help="An execution or trial of one or more tests",
        description="An execution or trial of one or more tests",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "create",
        [],
        _call_test_runs__create,
        help="Create",
        description="Create\n\nCreate a new test-run.\n\nPOST /test-runs",
    )
    command.add_argument(
        "--commit-branch",
        dest="arg_commit_branch",
        metavar="COMMIT_BRANCH",
        help="the branch of the repository that the test run concerns (required)",
    )
    command.add_argument(
        "--commit-message",
        dest="arg_commit_message",
        metavar="COMMIT_MESSAGE",
        help="the message for the commit under test (required)",
    )
    command.add_argument(
        "--commit-sha",
        dest="arg_commit_sha",
        metavar="COMMIT_SHA",
        help="the SHA hash of the commit under test (required)",
    )
    command.add_argument(
        "--debug",
        dest="arg_debug",
        action=argparse.BooleanOptionalAction,
        help="whether the test run was started for interactive debugging",
    )
    command.add_argument("--organization", dest="arg_organization", metavar="ORGANIZATION")
    command.add_argument("--pipeline", dest="arg_pipeline", metavar="PIPELINE", help="(required)")
    command.add_argument(
        "--source-blob-url",
        dest="arg_source_blob_url",
        metavar="SOURCE_BLOB_URL",
        help="The download location for the source code to be tested (required)",
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
        _call_test_runs__info,
        help="Info",
        description="Info\n\nInfo for existing test-run.\n\nGET /test-runs/{test_run_id_or_number}",
    )
    command.add_argument(
        "arg_test_run_id_or_number",
        metavar="TEST_RUN_ID_OR_NUMBER",
        nargs="?",
        help="unique identifier of a test run",
    )
    command.add_argument(
        "-t",
        "--test-run-id-or-number",
        dest="opt_test_run_id_or_number",
        metavar="TEST_RUN_ID_OR_NUMBER",
        help="unique identifier of a test run",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_test_runs__update,
        help="Update",
        description="Update\n\nUpdate a test-run's status.\n\nPATCH /test-runs/{test_run_id_or_number}",
    )
    command.add_argument(
        "arg_test_run_id_or_number",
        type=int,
        metavar="TEST_RUN_ID_OR_NUMBER",
        help="the auto incrementing test run number",
    )
    command.add_argument(
        "--status",
        dest="arg_status",
        choices=[
            "pending",
            "cancelled",
            "creating",
            "building",
            "running",
            "succeeded",
            "failed",
            "errored",
            "debugging",
        ],
        metavar="STATUS",
        help="current state of the test run (required) One of: pending, cancelled, creating, building, running, succeeded, failed, errored, debugging.",
    )
    command.add_argument(
        "--message",
        dest="arg_message",
        metavar="MESSAGE",
        help="human friendly message indicating reason for an error (required)",
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
        "list",
        [],
        _call_test_runs__list,
        help="List",
        description="List\n\nList existing test-runs for a pipeline.\n\nGET /pipelines/{pipeline_id}/test-runs",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
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
        "info-by-pipeline",
        [],
        _call_test_runs__info_by_pipeline,
        help="Info By Pipeline",
        description="Info By Pipeline\n\nInfo for existing test-run by Pipeline\n\nGET /pipelines/{pipeline_id}/test-runs/{test_run_number}",
    )
    command.add_argument(
        "arg_test_run_number",
        type=int,
        metavar="TEST_RUN_NUMBER",
        help="the auto incrementing test run number",
    )
    command.add_argument(
        "-p",
        "--pipeline",
        dest="arg_pipeline_id",
        metavar="PIPELINE",
        required=True,
        help="unique identifier of pipeline",
    )


def _call_test_runs__create(client: Client, args: argparse.Namespace) -> Any:
    return client.test_runs.create(
        **_fields(
            args,
            [
                _Field(
                    "commit_branch",
                    "commit_branch",
                    "arg_commit_branch",
                    "--commit-branch",
                    True,
                ),
                _Field(
                    "commit_message",
                    "commit_message",
                    "arg_commit_message",
                    "--commit-message",
                    True,
                ),
                _Field("commit_sha", "commit_sha", "arg_commit_sha", "--commit-sha", True),
                _Field("debug", "debug", "arg_debug", "--debug", False),
                _Field("organization", "organization", "arg_organization", "--organization", False),
                _Field("pipeline", "pipeline", "arg_pipeline", "--pipeline", True),
                _Field(
                    "source_blob_url",
                    "source_blob_url",
                    "arg_source_blob_url",
                    "--source-blob-url",
                    True,
                ),
            ],
        ),
    )


def _call_test_runs__info(client: Client, args: argparse.Namespace) -> Any:
    return client.test_runs.info(
        test_run_id_or_number=_either(
            args,
            "arg_test_run_id_or_number",
            "opt_test_run_id_or_number",
            "TEST_RUN_ID_OR_NUMBER or -t/--test-run-id-or-number",
        ),
    )


def _call_test_runs__update(client: Client, args: argparse.Namespace) -> Any:
    return client.test_runs.update(
        test_run_id_or_number=args.arg_test_run_id_or_number,
        **_fields(
            args,
            [
                _Field("status", "status", "arg_status", "--status", True),
                _Field("message", "message", "arg_message", "--message", True),
            ],
        ),
    )


def _call_test_runs__list(client: Client, args: argparse.Namespace) -> Any:
    return client.test_runs.list(pipeline_id=args.arg_pipeline_id, **_given(max=args.page_max))


def _call_test_runs__info_by_pipeline(client: Client, args: argparse.Namespace) -> Any:
    return client.test_runs.info_by_pipeline(
        test_run_number=args.arg_test_run_number,
        pipeline_id=args.arg_pipeline_id,
    )


# ---------------------------------------------------------------- user-preferences


def _group_user_preferences(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "user-preferences",
        help="Tracks a user's preferences and message dismissals",
        description="Tracks a user's preferences and message dismissals",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "list",
        [],
        _call_user_preferences__list,
        help="List",
        description="List\n\nRetrieve User Preferences\n\nGET /users/{user_preferences_self}/preferences",
    )
    command.add_argument(
        "-u",
        "--user-preferences-self",
        dest="arg_user_preferences_self",
        metavar="USER_PREFERENCES_SELF",
        required=True,
        help="Implicit reference to currently authorized user",
    )

    command = _command(
        verbs,
        "update",
        [],
        _call_user_preferences__update,
        help="Update",
        description="Update\n\nUpdate User Preferences\n\nPATCH /users/{user_preferences_self}/preferences",
    )
    command.add_argument(
        "-u",
        "--user-preferences-self",
        dest="arg_user_preferences_self",
        metavar="USER_PREFERENCES_SELF",
        required=True,
        help="Implicit reference to currently authorized user",
    )
    command.add_argument(
        "--timezone",
        dest="arg_timezone",
        metavar="TIMEZONE",
        help="User's default timezone",
    )
    command.add_argument(
        "--default-organization",
        dest="arg_default_organization",
        metavar="DEFAULT_ORGANIZATION",
        help="User's default team",
    )
    command.add_argument(
        "--dismissed-github-banner",
        dest="arg_dismissed_github_banner",
        action=argparse.BooleanOptionalAction,
        help="Whether the user has dismissed the GitHub link banner",
    )
    command.add_argument(
        "--dismissed-getting-started",
        dest="arg_dismissed_getting_started",
        action=argparse.BooleanOptionalAction,
        help="Whether the user has dismissed the getting started banner",
    )
    command.add_argument(
        "--dismissed-org-access-controls",
        dest="arg_dismissed_org_access_controls",
        action=argparse.BooleanOptionalAction,
        help="Whether the user has dismissed the Organization Access Controls banner",
    )
    command.add_argument(
        "--dismissed-org-wizard-notification",
        dest="arg_dismissed_org_wizard_notification",
        action=argparse.BooleanOptionalAction,
        help="Whether the user has dismissed the Organization Wizard",
    )
    command.add_argument(
        "--dismissed-pipelines-banner",
        dest="arg_dismissed_pipelines_banner",
        action=argparse.BooleanOptionalAction,
        help="Whether the user has dismissed the Pipelines banner",
    )
    command.add_argument(
        "--dismissed-pipelines-github-banner",
        dest="arg_dismissed_pipelines_github_banner",
        action=argparse.BooleanOptionalAction,
        help="Whether the user has dismissed the GitHub banner on a pipeline overview",
    )
    command.add_argument(
        "--dismissed-pipelines-github-banners",
        dest="arg_dismissed_pipelines_github_banners",
        metavar="DISMISSED_PIPELINES_GITHUB_BANNERS",
        action="append",
        help="Which pipeline uuids the user has dismissed the GitHub banner for (repeatable)",
    )
    command.add_argument(
        "--dismissed-sms-banner",
        dest="arg_dismissed_sms_banner",
        action=argparse.BooleanOptionalAction,
        help="Whether the user has dismissed the 2FA SMS banner",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_user_preferences__list(client: Client, args: argparse.Namespace) -> Any:
    return client.user_preferences.list(user_preferences_self=args.arg_user_preferences_self)


def _call_user_preferences__update(client: Client, args: argparse.Namespace) -> Any:
    return client.user_preferences.update(
        user_preferences_self=args.arg_user_preferences_self,
        **_fields(
            args,
            [
                _Field("timezone", "timezone", "arg_timezone", "--timezone", False),
                _Field(
                    "default-organization",
                    "default_organization",
                    "arg_default_organization",
                    "--default-organization",
                    False,
                ),
                _Field(
                    "dismissed-github-banner",
                    "dismissed_github_banner",
                    "arg_dismissed_github_banner",
                    "--dismissed-github-banner",
                    False,
                ),
                _Field(
                    "dismissed-getting-started",
                    "dismissed_getting_started",
                    "arg_dismissed_getting_started",
                    "--dismissed-getting-started",
                    False,
                ),
                _Field(
                    "dismissed-org-access-controls",
                    "dismissed_org_access_controls",
                    "arg_dismissed_org_access_controls",
                    "--dismissed-org-access-controls",
                    False,
                ),
                _Field(
                    "dismissed-org-wizard-notification",
                    "dismissed_org_wizard_notification",
                    "arg_dismissed_org_wizard_notification",
                    "--dismissed-org-wizard-notification",
                    False,
                ),
                _Field(
                    "dismissed-pipelines-banner",
                    "dismissed_pipelines_banner",
                    "arg_dismissed_pipelines_banner",
                    "--dismissed-pipelines-banner",
                    False,
                ),
                _Field(
                    "dismissed-pipelines-github-banner",
                    "dismissed_pipelines_github_banner",
                    "arg_dismissed_pipelines_github_banner",
                    "--dismissed-pipelines-github-banner",
                    False,
                ),
                _Field(
                    "dismissed-pipelines-github-banners",
                    "dismissed_pipelines_github_banners",
                    "arg_dismissed_pipelines_github_banners",
                    "--dismissed-pipelines-github-banners",
                    False,
                ),
                _Field(
                    "dismissed-sms-banner",
                    "dismissed_sms_banner",
                    "arg_dismissed_sms_banner",
                    "--dismissed-sms-banner",
                    False,
                ),
            ],
        ),
    )


# ---------------------------------------------------------------- private-spaces-vp-ns


def _group_private_spaces_vp_ns(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    group = commands.add_parser(
        "private-spaces-vp-ns",
        help="[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection) provides a way to connect your Private Spaces to your network via VPN.",
        description="[VPN](https://devcenter.heroku.com/articles/private-space-vpn-connection)\nprovides a way to connect your Private Spaces to your network via VPN.",
        formatter_class=_FORMATTER,
        parents=[SHARED_OPTIONS],
    )
    verbs = group.add_subparsers(title="commands", metavar="COMMAND", required=True)

    command = _command(
        verbs,
        "vpn-connection-list",
        [],
        _call_private_spaces_vp_ns__vpn_connection_list,
        help="List",
        description="List\n\nList VPN connections for a space.\n\nGET /spaces/{space_id_or_name}/vpn-connections",
        epilog="Every page is fetched; the items are printed as one JSON array.",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
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
        "vpn-connection-create",
        [],
        _call_private_spaces_vp_ns__vpn_connection_create,
        help="Create",
        description="Create\n\nCreate a new VPN connection in a private space.\n\nPOST /spaces/{space_id_or_name}/vpn-connections",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )
    command.add_argument("--name", dest="arg_name", metavar="NAME", help="VPN Name (required)")
    command.add_argument(
        "--public-ip",
        dest="arg_public_ip",
        metavar="PUBLIC_IP",
        help="Public IP of VPN customer gateway (required)",
    )
    command.add_argument(
        "--routable-cidrs",
        dest="arg_routable_cidrs",
        metavar="ROUTABLE_CIDRS",
        action="append",
        help="Routable CIDRs of VPN (required) (repeatable)",
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
        "vpn-connection-info",
        [],
        _call_private_spaces_vp_ns__vpn_connection_info,
        help="Info",
        description="Info\n\nInfo for an existing vpn-connection.\n\nGET /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
    )
    command.add_argument(
        "arg_vpn_connection_id_or_name",
        metavar="VPN_CONNECTION",
        help="VPN ID or VPN Name",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )

    command = _command(
        verbs,
        "vpn-connection-destroy",
        [],
        _call_private_spaces_vp_ns__vpn_connection_destroy,
        help="Destroy",
        description="Destroy\n\nDestroy existing VPN Connection\n\nDELETE /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
    )
    command.add_argument(
        "arg_vpn_connection_id_or_name",
        metavar="VPN_CONNECTION",
        help="VPN ID or VPN Name",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )

    command = _command(
        verbs,
        "vpn-connection-update",
        [],
        _call_private_spaces_vp_ns__vpn_connection_update,
        help="Update",
        description="Update\n\nUpdate a VPN connection in a private space.\n\nPATCH /spaces/{space_id_or_name}/vpn-connections/{vpn_connection_id_or_name}",
    )
    command.add_argument(
        "arg_vpn_connection_id_or_name",
        metavar="VPN_CONNECTION",
        help="VPN ID or VPN Name",
    )
    command.add_argument(
        "-s",
        "--space",
        dest="arg_space_id_or_name",
        metavar="SPACE",
        required=True,
        help="unique identifier of space or unique name of space",
    )
    command.add_argument(
        "--routable-cidrs",
        dest="arg_routable_cidrs",
        metavar="ROUTABLE_CIDRS",
        action="append",
        help="Routable CIDRs of VPN (required) (repeatable)",
    )
    command.add_argument(
        "--body",
        dest="body_json",
        metavar="JSON",
        type=_json_input,
        default=_rt.UNSET,
        help="The request body as JSON (text, @FILE, or @-); options override its keys.",
    )


def _call_private_spaces_vp_ns__vpn_connection_list(
    client: Client, args: argparse.Namespace
) -> Any:
    return client.private_spaces_vp_ns.vpn_connection_list(
        space_id_or_name=args.arg_space_id_or_name,
        **_given(max=args.page_max),
    )


def _call_private_spaces_vp_ns__vpn_connection_create(
    client: Client, args: argparse.Namespace
) -> Any:
    return client.private_spaces_vp_ns.vpn_connection_create(
        space_id_or_name=args.arg_space_id_or_name,
        **_fields(
            args,
            [
                _Field("name", "name", "arg_name", "--name", True),
                _Field("public_ip", "public_ip", "arg_public_ip", "--public-ip", True),
                _Field(
                    "routable_cidrs",
                    "routable_cidrs",
                    "arg_routable_cidrs",
                    "--routable-cidrs",
                    True,
                ),
            ],
        ),
    )


def _call_private_spaces_vp_ns__vpn_connection_info(
    client: Client, args: argparse.Namespace
) -> Any:
    return client.private_spaces_vp_ns.vpn_connection_info(
        vpn_connection_id_or_name=args.arg_vpn_connection_id_or_name,
        space_id_or_name=args.arg_space_id_or_name,
    )


def _call_private_spaces_vp_ns__vpn_connection_destroy(
    client: Client, args: argparse.Namespace
) -> Any:
    return client.private_spaces_vp_ns.vpn_connection_destroy(
        vpn_connection_id_or_name=args.arg_vpn_connection_id_or_name,
        space_id_or_name=args.arg_space_id_or_name,
    )


def _call_private_spaces_vp_ns__vpn_connection_update(
    client: Client, args: argparse.Namespace
) -> Any:
    return client.private_spaces_vp_ns.vpn_connection_update(
        vpn_connection_id_or_name=args.arg_vpn_connection_id_or_name,
        space_id_or_name=args.arg_space_id_or_name,
        **_fields(
            args,
            [
                _Field(
                    "routable_cidrs",
                    "routable_cidrs",
                    "arg_routable_cidrs",
                    "--routable-cidrs",
                    True,
                ),
            ],
        ),
    )


if __name__ == "__main__":
    sys.exit(main(prog="python -m heroku_platform_api.cli"))

"""Where the client sends its calls, spelled in Python once for every target.

The document's ``servers`` become the client's ``SERVERS`` (chosen by index
with ``server=``: descriptions are free text, often missing or alike, so a
name derived from them would not be stable), each server variable a keyword
argument of ``Client`` (a ``Literal`` of its ``enum`` when every server that
declares it lists one), and an operation's (or its path's) own servers a
constant of its module.  ``DEFAULT_BASE_URL`` is server 0 with its defaults,
resolved against the config's ``document_url`` when relative, as the runtime
resolves it.  The environment variable that overrides the base URL is the
config's ``base_url_env``, by default ``<PACKAGE>_BASE_URL``.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import urljoin, urlsplit

from generator import ir
from generator.escaping import literal
from generator.naming import UniqueNames, snake_ident, upper

# The keyword arguments of Client that a server variable must not take.
CLIENT_ARGUMENTS = frozenset(
    {
        "self",
        "token",
        "base_url",
        "server",
        "headers",
        "timeout",
        "retries",
        "backoff_factor",
        "pool_size",
        "session",
        "deadline",
        "max_response_bytes",
        "max_retry_after",
        "strict",
    }
)

_VARIABLE = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class ServerArg:
    """One server variable as a keyword argument of ``Client``."""

    ident: str  # the Python argument
    name: str  # the variable's name in the URL
    annotation: str  # without Optional: ``str`` or ``Literal["a", "b"]``
    doc: str  # its line in the Client docstring
    enum: tuple[str, ...] = ()  # the values allowed (empty: any)


@dataclass(frozen=True)
class ClientServers:
    default_base_url: str
    servers: str  # the SERVERS literal: data for ``_rt.servers``
    args: tuple[ServerArg, ...]
    base_url_env: str
    document_url: str
    doc: str  # the Client docstring's paragraph on choosing a server

    choosable: bool  # more than one server: Client takes server=

    @property
    def uses_literal(self) -> bool:
        return any(arg.annotation.startswith("Literal[") for arg in self.args)

    @property
    def variables_mapping(self) -> str:
        """The ``server_variables=`` Client passes on: variable name -> argument."""
        return "{" + ", ".join(f"{literal(a.name)}: {a.ident}" for a in self.args) + "}"


def servers_data(servers: tuple[ir.Server, ...]) -> str:
    """A literal list of the servers as plain data (url, description, variables)."""
    return literal([_server_data(s) for s in servers])


def _server_data(server: ir.Server) -> dict[str, Any]:
    data: dict[str, Any] = {"url": server.url}
    if server.description:
        data["description"] = server.description
    if server.variables:
        data["variables"] = {
            v.name: {"default": v.default, **({"enum": list(v.enum)} if v.enum else {})}
            for v in server.variables
        }
    return data


def expanded_default(server: ir.Server, document_url: str) -> str:
    """``server``'s URL with every variable at its default (unknown ones kept as
    written), resolved against ``document_url`` when relative."""
    defaults = {v.name: v.default for v in server.variables}
    url = _VARIABLE.sub(lambda m: defaults.get(m.group(1), m.group(0)), server.url)
    if document_url and not urlsplit(url).scheme:
        url = urljoin(document_url, url)
    return url.rstrip("/")


def client_servers(api: ir.Api, options: dict[str, Any]) -> ClientServers:
    document_url = str(options.get("document_url") or "")
    env = options.get("base_url_env")
    base_url_env = upper(str(options["package"])) + "_BASE_URL" if env is None else str(env)
    default = expanded_default(api.servers[0], document_url) if api.servers else ""
    args = _arguments(api.servers)
    return ClientServers(
        default_base_url=default,
        servers=servers_data(api.servers),
        args=args,
        base_url_env=base_url_env,
        document_url=document_url,
        doc=_doc(api.servers, args, base_url_env),
        choosable=len(api.servers) > 1,
    )


def _arguments(servers: tuple[ir.Server, ...]) -> tuple[ServerArg, ...]:
    """One argument per variable name, over all servers, in order of appearance."""
    by_name: dict[str, list[ir.ServerVariable]] = {}
    for server in servers:
        for variable in server.variables:
            by_name.setdefault(variable.name, []).append(variable)
    names = UniqueNames(CLIENT_ARGUMENTS)
    result = []
    for name, variables in by_name.items():
        enum: list[str] = []
        if all(v.enum for v in variables):
            for v in variables:
                enum += [e for e in v.enum if e not in enum]
        annotation = f"Literal[{', '.join(literal(e) for e in enum)}]" if enum else "str"
        described = next((v.description for v in variables if v.description), "")
        fallback = f"``{{{name}}}`` in the server URL" + (
            f", one of {', '.join(repr(e) for e in enum)}" if enum else ""
        )
        doc = f"{described or fallback} (default {variables[0].default!r})"
        ident = names.claim(snake_ident(name, "variable"))
        result.append(ServerArg(ident, name, annotation, doc, tuple(enum)))
    return tuple(result)


def _doc(servers: tuple[ir.Server, ...], args: tuple[ServerArg, ...], env: str) -> str:
    """How a caller picks the base URL, for the Client docstring."""
    steps = ["``base_url=`` when given"]
    if len(servers) > 1:
        steps.append(
            "else the server chosen with ``server=`` (an index into ``SERVERS``), "
            "when it or a server variable is given"
        )
    elif args:
        steps.append("else the server with the variables given, when any is")
    if env:
        steps.append(f"else ``${env}`` when set")
    if len(servers) > 1 or args:
        steps.append("else server 0 with its defaults")
    elif servers:
        steps.append(f"else ``{servers[0].url}``")
    lines = textwrap.wrap("The base URL is " + "; ".join(steps) + ".", 80)
    if len(servers) > 1:
        lines += ["", "Servers:", ""]
        for index, server in enumerate(servers):
            described = f": {server.description}" if server.description else ""
            lines.append(f"- {index}: ``{server.url}``{described}")
    if args:
        lines += ["", "Server variables (keyword arguments):", ""]
        lines += [f"- ``{arg.ident}``: {arg.doc}" for arg in args]
    return "\n".join(lines)


def operation_servers(op: ir.Operation) -> Optional[str]:
    """The literal of an operation's own servers; None when it uses the client's."""
    return servers_data(op.servers) if op.servers else None

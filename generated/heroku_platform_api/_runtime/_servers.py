"""Choosing the base URL: the document's servers, their variables, the
caller's ``base_url=`` and an environment variable.

The order, most explicit first:

1. ``base_url=``;
2. ``server=`` (an index into ``SERVERS``) and the server variables, when the
   caller gave any of them;
3. the environment variable (``BASE_URL_ENV``), when set and not empty;
4. server 0 with its variables' defaults.

A relative server URL (``/api/v3``) is resolved against ``DOCUMENT_URL``, the
address the document is served from (OpenAPI's rule), when the generator's
config gave one; otherwise it stays relative and the first call says what to
pass.  When the base URL came from ``base_url=`` or the environment, every
call goes there, including operations that name servers of their own (a
proxy, a mock or a staging host stands in for the whole API).
"""

from __future__ import annotations

import os
import re
from typing import Any, Mapping, NamedTuple, Optional, Sequence
from urllib.parse import urljoin, urlsplit

_VARIABLE = re.compile(r"\{([^{}]*)\}")
# A value must not smuggle whitespace or control characters into the URL.
_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f]")


class ServerVariable(NamedTuple):
    default: str
    enum: tuple[str, ...] = ()


class Server(NamedTuple):
    """One entry of a ``servers`` list; ``url`` may hold ``{variables}``."""

    url: str
    variables: Mapping[str, ServerVariable]
    description: str = ""

    def expand(self, values: Mapping[str, Optional[str]]) -> str:
        """The URL with each variable set to its value in ``values`` (checked
        against its ``enum``), else to its default; a ``{name}`` the server
        does not declare is left as written."""

        def value(match: re.Match[str]) -> str:
            name = match.group(1)
            variable = self.variables.get(name)
            if variable is None:
                return match.group(0)
            given = values.get(name)
            if given is None:
                return variable.default
            if variable.enum and given not in variable.enum:
                raise ValueError(
                    f"server variable {name!r}: {given!r} is not one of {', '.join(variable.enum)}"
                )
            if _UNSAFE.search(given):
                raise ValueError(f"server variable {name!r}: no spaces or control characters")
            return given

        return _VARIABLE.sub(value, self.url)


def servers(data: Sequence[Mapping[str, Any]]) -> tuple[Server, ...]:
    """Servers from the plain data a generated module declares them in."""
    return tuple(
        Server(
            entry["url"],
            {
                name: ServerVariable(spec["default"], tuple(spec.get("enum", ())))
                for name, spec in entry.get("variables", {}).items()
            },
            entry.get("description", ""),
        )
        for entry in data
    )


def absolute(url: str, document_url: str) -> str:
    """``url`` resolved against ``document_url`` when relative (and one is known)."""
    if document_url and not urlsplit(url).scheme:
        url = urljoin(document_url, url)
    return url.rstrip("/")


class BaseUrl(NamedTuple):
    url: str
    overridden: bool  # from base_url= or the environment: every call goes there
    server: int  # the chosen index, for operations with servers of their own
    values: Mapping[str, Optional[str]]  # the caller's server variable values


def choose_base_url(
    *,
    base_url: Optional[str],
    server: Optional[int],
    values: Mapping[str, Optional[str]],
    listed: Sequence[Server],
    default: str,
    env: str,
    document_url: str,
) -> BaseUrl:
    """The client's base URL, in the order of the module docstring."""
    if base_url:
        return BaseUrl(base_url.rstrip("/"), True, 0, {})
    given = {name: value for name, value in values.items() if value is not None}
    if server is None and not given and env:
        from_env = os.environ.get(env, "").strip()
        if from_env:
            return BaseUrl(from_env.rstrip("/"), True, 0, {})
    if not listed:
        if server:
            raise ValueError(f"server={server}: the API lists no servers; pass base_url=")
        return BaseUrl(default.rstrip("/"), False, 0, {})
    index = 0 if server is None else server
    if not 0 <= index < len(listed):
        raise ValueError(f"server={server}: choose 0 to {len(listed) - 1} (see Client.SERVERS)")
    chosen = listed[index]
    unknown = sorted(set(given) - set(chosen.variables))
    if unknown:
        raise ValueError(f"server {index} ({chosen.url}) has no variable {unknown[0]!r}")
    return BaseUrl(absolute(chosen.expand(given), document_url), False, index, given)


def operation_base_url(chosen: BaseUrl, own: Sequence[Server], document_url: str) -> str:
    """The base URL of an operation that lists ``own`` servers: the same index
    as the client's (else the first), with the caller's values for the
    variables it shares; the client's when it was overridden."""
    if chosen.overridden or not own:
        return chosen.url
    server = own[chosen.server] if chosen.server < len(own) else own[0]
    values = {name: value for name, value in chosen.values.items() if name in server.variables}
    return absolute(server.expand(values), document_url)

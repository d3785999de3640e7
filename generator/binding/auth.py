"""Credentials in Python: the schemes the client sends, the ``Client`` keyword
argument and environment variable of each, and every operation's requirement.

The document says how credentials travel (``securitySchemes``, ``security``);
the config says where a user keeps them (``auth:``: an environment variable,
netrc, an argument name, or a whole scheme the document forgot).  Without a
config entry a scheme's variable is ``<PACKAGE>_<ARGUMENT>`` in upper case
(``PETSTORE_API_KEY``), and netrc is never read.  The older keys
``token_env``, ``netrc`` and ``auth_scheme`` stay as shorthands for the one
token of an API: they configure the document's only token scheme, or declare
one (``token``) for a document that declares none.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from generator import ir, naming
from generator.errors import ConfigError
from generator.escaping import literal
from generator.pystyle import Node, call

# The generated Client's own keyword arguments: no credential argument may take them.
CLIENT_ARGUMENTS = frozenset(
    {
        "self",
        "base_url",
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
        "credentials",
        "server",
    }
)
SHORTHANDS = ("token_env", "netrc", "auth_scheme")
SHORTHAND_SCHEME = "token"  # the scheme the shorthands declare for a document without any


@dataclass(frozen=True)
class CredentialArg:
    """One ``Client`` keyword argument that carries a credential."""

    ident: str
    annotation: str
    env: str  # its environment variable ("" for none)
    scheme: str  # the document's scheme name
    doc: str  # what to pass, for docstrings


@dataclass(frozen=True)
class SchemeBinding:
    name: str  # as in the document (or the config)
    kind: str  # the runtime's kind: apiKey, bearer, basic, oauth2, unsupported
    description: str
    arguments: tuple[CredentialArg, ...]
    netrc: bool
    location: str  # apiKey: header, query or cookie
    parameter: str  # apiKey: its name; bearer: the header (Authorization)
    prefix: str  # bearer: what precedes the token (Bearer)
    token_url: str  # oauth2 client credentials
    parts: tuple[str, ...]  # the arguments of the runtime's SecurityScheme(...)


@dataclass(frozen=True)
class AuthBinding:
    schemes: tuple[SchemeBinding, ...]
    default: ir.Security  # the requirement of operations that state none

    @property
    def arguments(self) -> tuple[CredentialArg, ...]:
        return tuple(arg for scheme in self.schemes for arg in scheme.arguments)

    @property
    def token_first(self) -> bool:
        """Whether ``token`` is the client's first (positional) argument."""
        return any(arg.ident == "token" for arg in self.arguments)

    @property
    def keyword_arguments(self) -> tuple[CredentialArg, ...]:
        return tuple(arg for arg in self.arguments if arg.ident != "token")

    @property
    def schemes_node(self) -> Node:
        """The ``SECURITY_SCHEMES`` class attribute, laid out as black would."""
        items: list[Node] = [
            call(f"{literal(s.name)}: _rt.SecurityScheme(", list(s.parts)) for s in self.schemes
        ]
        return call("SECURITY_SCHEMES: Mapping[str, _rt.SecurityScheme] = {", items, "}")

    @property
    def default_code(self) -> str:
        return security_code(self.default)

    @property
    def client_doc(self) -> str:
        """The paragraph of the Client's docstring on sharing and credentials."""
        text = (
            "One client is safe to share between threads; it keeps connections alive "
            "in a pool of ``pool_size``.  "
        )
        places = []
        for scheme in self.schemes:
            for index, arg in enumerate(scheme.arguments):
                found = [f"``{arg.ident}=``"] + ([f"``${arg.env}``"] if arg.env else [])
                if scheme.netrc and index == 0:
                    found.append("the netrc entry of the API host")
                places.append(", then ".join(found))
        if places:
            text += (
                f"Credentials are looked up on the first call ({'; '.join(places)}), "
                "so constructing a client never fails for want of one."
            )
        else:
            text += "The API declares no credentials, and the client sends none."
        return textwrap.fill(text, 76, break_long_words=False, break_on_hyphens=False)

    def security_code(self, op: ir.Operation) -> Optional[str]:
        """The ``security=`` an operation's call passes; None when it is the default."""
        if op.security is None or op.security == self.default:
            return None
        return security_code(op.security)


def security_code(security: ir.Security) -> str:
    return literal(tuple(tuple(alternative) for alternative in security))


def build(
    api: ir.Api, options: Mapping[str, Any], taken: frozenset[str] = frozenset()
) -> AuthBinding:
    """The credentials of ``api`` under ``options`` (the config over the defaults);
    ``taken``: other ``Client`` arguments (server variables) the names must avoid."""
    configured = _configured(options)
    declared = {s.name: s for s in api.security_schemes}
    for name, entry in configured.items():
        if name not in declared:
            if "type" not in entry:
                raise ConfigError(
                    f"config key 'auth': the document declares no security scheme {name!r}; "
                    "give its 'type' (apiKey, http, oauth2 or openIdConnect) to add one"
                )
            declared[name] = _declared_scheme(name, entry)
    _apply_shorthands(options, declared, configured)
    added = tuple(
        (name,) for name in declared if name not in {s.name for s in api.security_schemes}
    )
    # Schemes only the config declares: operations need one of them unless the
    # document's own requirements say otherwise.
    default = api.security or added
    schemes = tuple(declared.values())
    kinds = {s.name: _kind(s) for s in schemes}
    bearers = [name for name, kind in kinds.items() if kind == "bearer"]
    oauths = [name for name, kind in kinds.items() if kind == "oauth2"]
    names = naming.UniqueNames(CLIENT_ARGUMENTS | taken)
    package = naming.upper(str(options.get("package") or "client"))
    bound = []
    for scheme in schemes:
        entry = configured.get(scheme.name, {})
        bound.append(_bind(scheme, kinds[scheme.name], entry, names, package, bearers, oauths))
    return AuthBinding(schemes=tuple(bound), default=default)


def _configured(options: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    auth = options.get("auth") or {}
    return {str(name): dict(entry or {}) for name, entry in auth.items()}


def _declared_scheme(name: str, entry: Mapping[str, Any]) -> ir.SecurityScheme:
    """A scheme the config adds, spelt as a ``securitySchemes`` entry."""
    kind = entry["type"]
    description = str(entry.get("description") or "")
    if kind == "apiKey":
        return ir.SecurityScheme(
            name, kind, description, location=entry.get("in"), parameter=entry.get("name")
        )
    if kind == "http":
        return ir.SecurityScheme(name, kind, description, http_scheme=entry.get("scheme"))
    if kind == "oauth2":
        scopes = tuple((str(s), "") for s in entry.get("scopes") or ())
        return ir.SecurityScheme(
            name, kind, description, token_url=entry.get("tokenUrl"), scopes=scopes
        )
    return ir.SecurityScheme(name, kind, description)


def _apply_shorthands(
    options: Mapping[str, Any],
    declared: dict[str, ir.SecurityScheme],
    configured: dict[str, dict[str, Any]],
) -> None:
    """``token_env``, ``netrc`` and ``auth_scheme`` as an ``auth:`` entry of the
    document's one token scheme, or of a ``token`` scheme they declare."""
    given = {key: options[key] for key in SHORTHANDS if options.get(key) not in (None, "", False)}
    if "auth_scheme" in options and options["auth_scheme"] == "":
        given["auth_scheme"] = ""
    if not given:
        return
    if not declared:
        prefix = given.get("auth_scheme", "Bearer")
        declared[SHORTHAND_SCHEME] = (
            ir.SecurityScheme(SHORTHAND_SCHEME, "http", http_scheme=prefix)
            if prefix
            else ir.SecurityScheme(
                SHORTHAND_SCHEME, "apiKey", location="header", parameter="Authorization"
            )
        )
    else:
        tokens = [s for s in declared.values() if _kind(s) == "bearer"]
        if len(tokens) != 1:
            key = next(iter(given))
            raise ConfigError(
                f"config key {key!r} applies to the document's one token scheme, and it "
                f"declares {len(tokens)}: use auth: {{<scheme>: {{env: ..., netrc: ...}}}}"
            )
        wanted = given.get("auth_scheme")
        if wanted is not None and wanted.lower() != (tokens[0].http_scheme or "bearer"):
            raise ConfigError(
                f"config key 'auth_scheme': the document's scheme {tokens[0].name!r} says "
                f"{tokens[0].http_scheme or 'bearer'}, not {wanted!r}; remove the key"
            )
        entry = configured.setdefault(tokens[0].name, {})
        if "token_env" in given:
            entry.setdefault("env", given["token_env"])
        if "netrc" in given:
            entry.setdefault("netrc", given["netrc"])
        return
    entry = configured.setdefault(SHORTHAND_SCHEME, {})
    entry.setdefault("env", given.get("token_env", ""))
    entry.setdefault("netrc", bool(given.get("netrc")))


def _kind(scheme: ir.SecurityScheme) -> str:
    if scheme.kind == "apiKey" and scheme.location and scheme.parameter:
        return "apiKey"
    if scheme.kind == "http":
        return "basic" if scheme.http_scheme == "basic" else "bearer"
    if scheme.kind == "oauth2":
        return "oauth2" if scheme.token_url else "bearer"
    if scheme.kind == "openIdConnect":
        return "bearer"
    return "unsupported"


def _prefix(scheme: ir.SecurityScheme) -> str:
    """What precedes the token in ``Authorization``: the http scheme as IANA
    registers it (``Bearer``), kept as written when it is not lower case."""
    http = scheme.http_scheme or "bearer"
    return http[:1].upper() + http[1:] if http == http.lower() else http


def _bind(
    scheme: ir.SecurityScheme,
    kind: str,
    entry: Mapping[str, Any],
    names: naming.UniqueNames,
    package: str,
    bearers: list[str],
    oauths: list[str],
) -> SchemeBinding:
    own = naming.snake_ident(scheme.name, "credential")
    wanted = entry.get("argument")
    fields: dict[str, Any] = {}
    args: list[CredentialArg] = []

    def env_for(ident: str, key: str = "env") -> str:
        value = entry.get(key)
        return str(value) if value is not None else f"{package}_{ident.upper()}"

    netrc = bool(entry.get("netrc")) and kind in ("bearer", "basic")
    if kind == "oauth2":
        single = len(oauths) == 1
        ident = names.claim(wanted or ("client_id" if single else f"{own}_client_id"))
        secret = names.claim(
            entry.get("secret_argument") or ("client_secret" if single else f"{own}_client_secret")
        )
        id_env, secret_env = env_for(ident), env_for(secret, "secret_env")
        args += [
            CredentialArg(ident, "Optional[str]", id_env, scheme.name, "the OAuth2 client id"),
            CredentialArg(
                secret, "Optional[str]", secret_env, scheme.name, "the OAuth2 client secret"
            ),
        ]
        fields.update(
            argument=ident,
            env=id_env,
            token_url=scheme.token_url,
            scopes=tuple(name for name, _ in scheme.scopes),
            secret_argument=secret,
            secret_env=secret_env,
        )
    elif kind != "unsupported":
        if kind == "bearer":
            default_name = "token" if len(bearers) == 1 else own
            annotation, doc = "Optional[str]", "the API token"
            fields.update(prefix=_prefix(scheme))
        elif kind == "basic":
            default_name = own
            annotation, doc = "Optional[tuple[str, str]]", "(user, password) for HTTP Basic auth"
        else:
            default_name = own
            annotation, doc = "Optional[str]", "the API key"
            fields.update(location=scheme.location, parameter=scheme.parameter)
        ident = names.claim(wanted or default_name)
        env = env_for(ident)
        args.append(CredentialArg(ident, annotation, env, scheme.name, doc))
        fields.update(argument=ident, env=env, netrc=netrc)
    order = (
        *("argument", "env", "location", "parameter", "prefix", "netrc", "token_url"),
        *("scopes", "secret_argument", "secret_env"),
    )
    parts = [literal(scheme.name), literal(kind)]
    parts += [
        f"{key}={literal(fields[key])}"
        for key in order
        if key in fields and fields[key] not in ("", (), False)
    ]
    return SchemeBinding(
        name=scheme.name,
        kind=kind,
        description=scheme.description,
        arguments=tuple(args),
        netrc=netrc,
        location=scheme.location or "header",
        parameter=scheme.parameter or "Authorization",
        prefix=_prefix(scheme) if kind == "bearer" else "",
        token_url=scheme.token_url or "",
        parts=tuple(parts),
    )

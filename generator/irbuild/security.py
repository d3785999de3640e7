"""Security schemes and requirements: what credentials each operation needs.

The model keeps what the document says: each scheme of
``components/securitySchemes`` and each ``security`` requirement (the global
one and an operation's own).  What the client does with them (argument names,
environment variables, netrc) is the binding's business.  A scheme or flow the
client cannot send (``mutualTLS``, an http scheme other than a token or basic, an
oauth2 scheme without a ``clientCredentials`` flow is still a token) is kept
and warned about with its pointer, so the document is never refused for it.
"""

from __future__ import annotations

from typing import Any, Optional

from .. import ir
from .common import escape, text
from .context import Context

SCHEMES_POINTER = "/components/securitySchemes"
API_KEY_PLACES = ("header", "query", "cookie")


def schemes(ctx: Context) -> tuple[ir.SecurityScheme, ...]:
    """Every declared scheme, in document order (references followed)."""
    declared = (ctx.doc.get("components") or {}).get("securitySchemes") or {}
    found = []
    for name, raw in declared.items() if isinstance(declared, dict) else ():
        pointer = f"{SCHEMES_POINTER}/{escape(str(name))}"
        spec = ctx.resolver.deref(raw, pointer)[0] if isinstance(raw, dict) else None
        if not isinstance(spec, dict):
            ctx.warn(pointer, "security scheme is not an object; ignored")
            continue
        scheme = _scheme(ctx, str(name), spec, pointer)
        if scheme is not None:
            found.append(scheme)
    return tuple(found)


def _scheme(
    ctx: Context, name: str, spec: dict[str, Any], pointer: str
) -> Optional[ir.SecurityScheme]:
    kind = spec.get("type")
    description = text(spec.get("description"))
    if kind == "apiKey":
        place, parameter = spec.get("in"), spec.get("name")
        if place not in API_KEY_PLACES or not isinstance(parameter, str) or not parameter:
            ctx.warn(pointer, "apiKey scheme needs 'in' (header, query or cookie) and 'name'")
            return ir.SecurityScheme(name, "unsupported", description)
        return ir.SecurityScheme(name, kind, description, location=place, parameter=parameter)
    if kind == "http":
        http_scheme = spec.get("scheme")
        if not isinstance(http_scheme, str) or not http_scheme.strip():
            ctx.warn(pointer, "http scheme without 'scheme'; sent as a bearer token")
            http_scheme = "bearer"
        if http_scheme.strip().lower() in ("digest", "hoba", "mutual", "negotiate", "vapid"):
            ctx.warn(pointer, f"http {http_scheme} authentication is not supported by the client")
            return ir.SecurityScheme(name, "unsupported", description)
        return ir.SecurityScheme(name, kind, description, http_scheme=http_scheme.strip().lower())
    if kind == "oauth2":
        flows = spec.get("flows")
        flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
        if isinstance(flow, dict) and isinstance(flow.get("tokenUrl"), str):
            scopes = flow.get("scopes")
            return ir.SecurityScheme(
                name,
                kind,
                description,
                token_url=flow["tokenUrl"],
                scopes=tuple(
                    (str(k), text(v))
                    for k, v in (scopes if isinstance(scopes, dict) else {}).items()
                ),
            )
        # Other flows need a user in a browser: the caller brings the access token.
        return ir.SecurityScheme(name, kind, description)
    if kind == "openIdConnect":
        return ir.SecurityScheme(name, kind, description)
    ctx.warn(pointer, f"security scheme type {kind!r} is not supported by the client")
    return ir.SecurityScheme(name, "unsupported", description)


def requirements(ctx: Context, value: Any, pointer: str) -> Optional[ir.Security]:
    """A ``security`` value as alternatives of scheme names; None when absent
    (or not a list: warned, and the default applies)."""
    if value is None:
        return None
    if not isinstance(value, list):
        ctx.warn(pointer, "security must be a list of requirement objects; ignored")
        return None
    declared = (ctx.doc.get("components") or {}).get("securitySchemes") or {}
    alternatives = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            ctx.warn(f"{pointer}/{index}", "security requirement is not an object; ignored")
            continue
        for name in item:
            if not isinstance(declared, dict) or name not in declared:
                ctx.warn(f"{pointer}/{index}", f"security scheme {name!r} is not declared")
        alternatives.append(tuple(str(name) for name in item))
    return tuple(alternatives)

"""Servers: the document's, a path's or an operation's ``servers`` list.

Each URL is kept as written (variables and all); expanding the variables and
resolving a relative URL is the client's business at run time, since the
caller may choose other values.  A variable whose default is not a string (a
YAML number, say) is read as its text, as it stands in the URL; one without a
usable default is warned about and given its first ``enum`` value, or else
left empty.
"""

from __future__ import annotations

from typing import Any, Optional

from .. import ir
from .common import escape, text
from .context import Context


def servers(ctx: Context, raw: Any, pointer: str) -> tuple[ir.Server, ...]:
    """The servers listed at ``pointer`` (``/servers``, ``/paths/~1x/servers``...)."""
    result = []
    for index, entry in enumerate(raw if isinstance(raw, list) else ()):
        if isinstance(entry, dict) and isinstance(entry.get("url"), str):
            where = f"{pointer}/{index}"
            result.append(
                ir.Server(
                    url=entry["url"],
                    description=text(entry.get("description")),
                    variables=_variables(ctx, entry.get("variables"), where + "/variables"),
                )
            )
    return tuple(result)


def _variables(ctx: Context, raw: Any, pointer: str) -> tuple[ir.ServerVariable, ...]:
    result = []
    for name, spec in (raw if isinstance(raw, dict) else {}).items():
        if not isinstance(spec, dict):
            continue
        listed = [_text(v) for v in spec.get("enum") or ()]
        enum = tuple(v for v in listed if v is not None)
        default = _text(spec.get("default"))
        if default is None:
            default = enum[0] if enum else ""
            ctx.warn(
                f"{pointer}/{escape(str(name))}",
                f"server variable {str(name)!r} has no default; {default!r} is used",
            )
        result.append(
            ir.ServerVariable(
                name=str(name),
                default=default,
                enum=enum,
                description=text(spec.get("description")),
            )
        )
    return tuple(result)


def _text(value: Any) -> Optional[str]:
    """A value as it reads in a URL (``True`` is not a server variable value)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None

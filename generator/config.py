"""The ``--config`` file: API-specific options, checked before anything is generated.

A config file is the user's own, so its mistakes are theirs to fix: each is
one line naming the file and the key, never an internal error from a template
that received a list where it wanted a string.  Keys the generator does not
read are not errors (a config may be shared with other tools, or written for
a newer version) but they are reported, since a misspelt key would otherwise
silently fall back to its default.
"""

from __future__ import annotations

import re
from keyword import iskeyword
from pathlib import Path
from typing import Any, Callable, Optional

import yaml

from .irbuild import conventions
from .errors import GeneratorError

# A target is named, never located: a name is a folder of the shipped templates
# or of the --templates folder, so a config cannot run hooks.py from elsewhere.
TARGET_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")


def _text(value: Any) -> Optional[str]:
    return None if isinstance(value, str) else "a string"


def _name(value: Any) -> Optional[str]:
    return None if isinstance(value, str) and value.strip() else "a non-empty string"


def _version(value: Any) -> Optional[str]:
    plain = isinstance(value, (str, int, float)) and not isinstance(value, bool)
    return None if plain else "a version string"


def _flag(value: Any) -> Optional[str]:
    return None if isinstance(value, bool) else "true or false"


def _headers(value: Any) -> Optional[str]:
    expected = "a mapping of header names to string values"
    if not isinstance(value, dict):
        return expected
    for name, text in value.items():
        if not isinstance(name, str) or not isinstance(text, (str, int, float)):
            return expected
        if isinstance(text, bool) or any(c in f"{name}{text}" for c in "\r\n\0"):
            return expected + " (no line breaks)"
    return None


# An HTTP header name or auth scheme (RFC 9110 "token" characters).
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# A field of an error body: a name or a dotted path (``error.message``, ``errors.0.detail``).
_FIELD = re.compile(r"[^.\s]+(?:\.[^.\s]+)*")


def _one_or_more(value: Any, pattern: re.Pattern[str]) -> bool:
    items = [value] if isinstance(value, str) else value
    return (
        isinstance(items, list)
        and bool(items)
        and all(isinstance(i, str) and pattern.fullmatch(i) for i in items)
    )


def _header_names(value: Any) -> Optional[str]:
    return None if _one_or_more(value, _TOKEN) else "a header name or a list of header names"


def _auth_scheme(value: Any) -> Optional[str]:
    ok = isinstance(value, str) and (not value or _TOKEN.fullmatch(value))
    return None if ok else "an auth scheme such as Bearer or Token (or empty for none)"


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _argument(value: Any) -> bool:
    """A name a ``Client`` keyword argument can take."""
    return isinstance(value, str) and bool(_IDENT.fullmatch(value)) and not iskeyword(value)


# Each key of an ``auth`` entry and its check: where the scheme's credential comes
# from, and (for a scheme the document lacks) the securitySchemes fields.
_AUTH_FIELDS: dict[str, Callable[[Any], bool]] = {
    "env": lambda v: isinstance(v, str),
    "secret_env": lambda v: isinstance(v, str),
    "netrc": lambda v: isinstance(v, bool),
    "argument": lambda v: _argument(v),
    "secret_argument": lambda v: _argument(v),
    "type": lambda v: v in ("apiKey", "http", "oauth2", "openIdConnect"),
    "scheme": lambda v: isinstance(v, str) and bool(_TOKEN.fullmatch(v)),
    "in": lambda v: v in ("header", "query", "cookie"),
    "name": lambda v: isinstance(v, str) and bool(_TOKEN.fullmatch(v)),
    "tokenUrl": lambda v: isinstance(v, str) and bool(v.strip()),
    "scopes": lambda v: isinstance(v, list) and all(isinstance(i, str) for i in v),
    "description": lambda v: isinstance(v, str),
}
# What a scheme the config declares needs, by type.
_AUTH_NEEDS = {"apiKey": ("in", "name"), "http": ("scheme",), "oauth2": ("tokenUrl",)}


def _auth(value: Any) -> Optional[str]:
    expected = "a mapping of security scheme names to their options " f"({', '.join(_AUTH_FIELDS)})"
    if not isinstance(value, dict):
        return expected
    for name, entry in value.items():
        if not isinstance(name, str) or not isinstance(entry, (dict, type(None))):
            return expected
        for key, item in (entry or {}).items():
            if key not in _AUTH_FIELDS:
                return f"{expected}; auth.{name} has unknown option {str(key)!r}"
            if not _AUTH_FIELDS[key](item):
                return f"{expected}; auth.{name}.{key} has an unusable value"
        kind = str((entry or {}).get("type"))
        missing = [k for k in _AUTH_NEEDS.get(kind, ()) if k not in (entry or {})]
        if missing:
            return f"{expected}; auth.{name} of type {kind} needs {', '.join(missing)}"
    return None


def _errors(value: Any) -> Optional[str]:
    expected = (
        "a mapping with 'id' and/or 'message', each a body field (dotted for a nested "
        "one, error.message) or a list of them"
    )
    if not isinstance(value, dict) or not value or not set(value) <= {"id", "message"}:
        return expected
    return None if all(_one_or_more(v, _FIELD) for v in value.values()) else expected


def _has_ref(value: Any) -> bool:
    if isinstance(value, dict):
        return "$ref" in value or any(_has_ref(v) for v in value.values())
    return isinstance(value, list) and any(_has_ref(v) for v in value)


def _error_schema(value: Any) -> Optional[str]:
    """A small self-contained JSON Schema of an object: it stands beside the
    document, so a ``$ref`` in it would have nothing to point into."""
    expected = (
        "a JSON Schema of an object, with 'properties' (and an optional 'title' naming "
        "its class), such as {title: Error, properties: {id: {type: string}}}, without $ref"
    )
    if not isinstance(value, dict) or value.get("type", "object") != "object":
        return expected
    properties = value.get("properties")
    if not isinstance(properties, dict) or not properties or _has_ref(value):
        return expected
    if not all(isinstance(k, str) and isinstance(v, dict) for k, v in properties.items()):
        return expected
    title = value.get("title")
    return None if title is None or (isinstance(title, str) and title.strip()) else expected


def _targets(value: Any) -> Optional[str]:
    expected = "a list of target names"
    if not isinstance(value, list) or not value:
        return expected
    for item in value:
        if not isinstance(item, str):
            return expected
        if not TARGET_NAME.fullmatch(item):
            return (
                f"a list of target names, not paths: {item!r} is not a target name "
                "(use a shipped target, or one in the --templates folder)"
            )
    return None


_VERB = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def _method_verbs(value: Any) -> Optional[str]:
    expected = "a mapping of method verbs to verbs in snake case, such as {get: info}"
    if not isinstance(value, dict):
        return expected
    for verb, name in value.items():
        if not all(isinstance(v, str) and _VERB.fullmatch(v) for v in (verb, name)):
            return expected
    return None


_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _env_name(value: Any) -> Optional[str]:
    ok = isinstance(value, str) and (not value or _ENV_NAME.fullmatch(value))
    return None if ok else "an environment variable name (or empty for none)"


def _absolute_url(value: Any) -> Optional[str]:
    ok = isinstance(value, str) and re.fullmatch(r"https?://[^\s/?#]+[^\s]*", value)
    return None if ok else "an absolute http(s) URL"


# Every key the generator reads (binding.DEFAULT_OPTIONS, pipeline.default_targets,
# pipeline.options_for, pipeline.generate and the shipped templates), with its check.
KNOWN_KEYS: dict[str, Callable[[Any], Optional[str]]] = {
    # The paging detectors the build runs (generator/irbuild/conventions).
    "paging": conventions.paging_problem,
    # Paging rules by operationId or glob pattern (generator/irbuild/conventions).
    "pagination": conventions.pagination_problem,
    "package": _name,
    "package_version": _version,
    "targets": _targets,
    # Credentials per security scheme (generator/binding/auth.py); token_env,
    # netrc and auth_scheme are shorthands for an API's one token.
    "auth": _auth,
    "token_env": _text,
    "netrc": _flag,
    # Refuse the document on its first warning, as --strict does.
    "strict": _flag,
    # The variable that overrides the client's base URL (default <PACKAGE>_BASE_URL).
    "base_url_env": _env_name,
    # Where the document is served from: relative server URLs resolve against it.
    "document_url": _absolute_url,
    "default_headers": _headers,
    # Renames a short method name everywhere (binding/naming.py): {get: info}.
    "method_verbs": _method_verbs,
    # The API's conventions, rendered into the generated Client (templates/python/
    # package/client.py.j2); unset ones keep the runtime's neutral defaults.
    "auth_scheme": _auth_scheme,
    "errors": _errors,
    # The error body of every operation that declares none for a status
    # (generator/irbuild/api.py): a JSON Schema decoded into ApiError.data.
    "error_schema": _error_schema,
    "request_id_header": _header_names,
    "rate_limit_header": _header_names,
}


def load(path: Optional[Path]) -> tuple[dict[str, Any], list[str]]:
    """The options in ``path`` and warnings about them (``{}`` and none without a file).

    A key set to nothing (``token_env:``) keeps its default."""
    if path is None:
        return {}, []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(
            f"{path}: cannot read config: {getattr(exc, 'strerror', exc)}"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "cannot parse"
        raise GeneratorError(f"{path}: invalid YAML{where}: {problem}") from None
    if not isinstance(data, dict):
        raise GeneratorError(f"{path}: config must be a mapping of option names to values")
    config: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in data.items():
        check = KNOWN_KEYS.get(key) if isinstance(key, str) else None
        if check is None:
            # Kept: a user's own target may read it; only the generator ignores it.
            warnings.append(f"{path}: unknown config key {str(key)!r}")
            config[str(key)] = value
            continue
        if value is None:
            continue
        expected = check(value)
        if expected is not None:
            raise GeneratorError(f"{path}: config key {key!r} must be {expected}")
        config[key] = value
    return config, warnings

"""Reading an OpenAPI document from disk and checking that it is one.

Loading is the only step that touches the input file.  It returns plain
Python data (dicts, lists, strings) and raises :class:`SpecError` with a JSON
pointer for anything a user has to fix; nothing after it sees bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError, pointer_from_path
from .refs import check_refs

try:  # the C loader is several times faster on large documents
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]


def read_document(path: Path) -> dict[str, Any]:
    """Parse ``path`` as JSON or YAML into a mapping."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(name, "", "no such file") from None
    except IsADirectoryError:
        raise SpecError(name, "", "is a directory, not a file") from None
    except UnicodeDecodeError as exc:
        raise SpecError(name, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise SpecError(name, "", f"cannot read: {exc.strerror}") from None

    if text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                name, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
    else:
        try:
            data = yaml.load(text, Loader=_YamlLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or "cannot parse"
            raise SpecError(name, "", f"invalid YAML{where}: {problem}") from None
    if not isinstance(data, dict):
        raise SpecError(
            name, "", f"expected a mapping at the top level, found {type(data).__name__}"
        )
    return data


def validate_document(name: str, doc: dict[str, Any]) -> None:
    """Check the document against the OpenAPI schema of its version."""
    version = doc.get("openapi", doc.get("swagger"))
    if not isinstance(version, str):
        raise SpecError(
            name, "/openapi", "not an OpenAPI document: no 'openapi' (or 'swagger') version string"
        )
    check_refs(name, doc)
    from openapi_spec_validator import validate  # imported late: slow to import

    try:
        validate(doc)
    except Exception as exc:  # the validator raises several unrelated types
        path = list(getattr(exc, "absolute_path", []) or [])
        message = getattr(exc, "message", None) or str(exc).splitlines()[0]
        raise SpecError(
            name, pointer_from_path(path), f"invalid OpenAPI {version}: {message}"
        ) from None


def load(path: Path) -> dict[str, Any]:
    doc = read_document(path)
    validate_document(str(path), doc)
    return doc

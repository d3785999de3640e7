"""``openapi-pygen convert SCHEMA -o OUT.yaml``: a JSON Hyper-Schema as OpenAPI 3.1 YAML.

The YAML is deterministic (keys in the converter's order, no anchors, fixed
width) so a committed conversion can be checked for being current by
converting again and comparing text.  The one file written is the one named
by ``-o``, replaced atomically: a failed run leaves it as it was.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import yaml

from . import hyperschema, loader
from .errors import GeneratorError, SpecError

try:  # the C emitter is several times faster on a 600 kB document
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]


class _Dumper(_BaseDumper):
    """Plain YAML: a value used twice is written twice, never as ``&id001``."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def to_yaml(doc: dict[str, Any], header: str = "") -> str:
    text = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    return header + text


def convert_file(spec: Path) -> tuple[str, list[tuple[str, str]]]:
    """The YAML text of ``spec`` converted, and the converter's and the
    validator's warnings; raises SpecError for input that is not a usable
    hyper-schema or whose conversion is not valid OpenAPI 3.1."""
    doc = loader.read_document(spec)
    raw = spec.read_bytes()
    if "openapi" in doc or "swagger" in doc:
        raise SpecError(
            str(spec),
            "/openapi" if "openapi" in doc else "/swagger",
            "is already OpenAPI/Swagger, not a JSON Hyper-Schema: generate from it directly",
        )
    if not hyperschema.is_hyper_schema(doc):
        raise SpecError(
            str(spec),
            "/definitions",
            "not a JSON Hyper-Schema: no '$schema' naming hyper-schema and no resources "
            "with 'links' under /definitions",
        )
    converted, warnings = hyperschema.convert_with_warnings(doc, str(spec))
    warnings += loader.validate_document(f"{spec} (converted)", converted)
    header = (
        f"# OpenAPI {hyperschema.OPENAPI_VERSION} converted from the JSON Hyper-Schema "
        f"{spec.name} by `openapi-pygen convert`; do not edit.\n"
        f"# source sha256: {hashlib.sha256(raw).hexdigest()}\n"
    )
    return to_yaml(converted, header), warnings


def write_atomically(out: Path, text: str, source: Path) -> None:
    """Replace ``out`` (only it) with ``text``: a temporary file beside it,
    renamed over it once complete."""
    if out.exists() and not out.is_file():
        raise GeneratorError(f"{out}: exists and is not a regular file; refusing to replace it")
    if out.exists() and source.exists() and os.path.samefile(out, source):
        raise GeneratorError(f"{out}: is the input schema; refusing to overwrite it")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise GeneratorError(f"{out}: directory {parent} does not exist")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise GeneratorError(f"{out}: cannot write: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, (stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH) & ~umask)
        os.replace(temp, out)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise GeneratorError(f"{out}: cannot write: {exc.strerror}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise

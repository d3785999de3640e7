"""The shipped templates, compiled once and kept like ``.pyc`` files.

Jinja compiles every template to Python on every run: 0.18 s for the python
target's 19 templates, a tenth of generating a large client.  The shipped
templates are part of the tool, so their compiled code is kept beside them, in
``<target>/__pycache__/jinja-<key>/`` (written on first use, as Python writes
``.pyc`` files; a read-only installation just compiles each run, as before).

A manifest's output paths are kept the same way (:func:`from_string`).
Nothing stale can be loaded: Jinja checks each entry's checksum against the
template's source, and ``<key>`` covers Jinja's and Python's versions and every
environment setting that changes the compiled code.  A user's own templates
(``--templates``) are never cached: they compile on every run, so their errors
are always reported from their source.  This is not the generation cache
(``OPENAPI_PYGEN_CACHE``): like ``.pyc`` files, it holds only the tool's own code.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket


def _settings(env: jinja2.Environment) -> tuple[object, ...]:
    """Everything the compiled code of a template depends on besides its source."""
    return (
        jinja2.__version__,
        sys.implementation.cache_tag,
        sys.version_info[:3],
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        tuple(sorted(env.extensions)),
        env.optimized,
        repr(env.autoescape),
        env.finalize is not None,
        env.is_async,
    )


class ShippedTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates of one shipped target folder."""

    def __init__(self, folder: Path, env: jinja2.Environment) -> None:
        key = hashlib.sha256(repr(_settings(env)).encode()).hexdigest()[:16]
        super().__init__(str(folder / "__pycache__" / f"jinja-{key}"), "%s.cache")

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # unreadable or damaged (pickle, marshal): compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass  # a read-only installation compiles on every run, as it always did


def from_string(env: jinja2.Environment, source: str) -> jinja2.Template:
    """``env.from_string(source)``, kept compiled like a template file when
    ``env`` keeps the shipped templates: a manifest's output paths (``{{
    options.package }}/client.py``) compiled on every run, the Jinja lexer built
    just for them, took 9 ms, more than loading every template of the target."""
    cache = env.bytecode_cache
    if not isinstance(cache, ShippedTemplates):
        return env.from_string(source)
    bucket = cache.get_bucket(env, f"<string>{source}", None, source)
    if bucket.code is None:
        bucket.code = env.compile(source)
        cache.set_bucket(bucket)
    return env.template_class.from_code(env, bucket.code, env.make_globals(None))

"""Rendering the intermediate model through a target's templates.

One Jinja environment per target, built once, with ``StrictUndefined`` so a
typo in a template fails loudly.  Autoescape is off because the outputs are
code, not HTML; instead every document string goes through the ``literal``,
``docstring`` or ``comment`` filters from :mod:`generator.escaping`.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

import jinja2

from . import escaping, formatting, ir, naming, pystyle
from .errors import TargetError
from .targets import Target


def environment(target: Target) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in target.folders]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        literal=escaping.literal,
        docstring=escaping.docstring_body,
        docblock=escaping.docblock,
        comment=escaping.comment,
        toml=escaping.toml_string,
        json=escaping.json_text,
        snake=naming.snake,
        pascal=naming.pascal,
        # Python layout in black's style (generator/pystyle.py)
        code=pystyle.layout,
        define=pystyle.define,
        class_header=pystyle.class_header,
        assign=pystyle.assign,
        annotated=pystyle.annotated,
        prefixed=pystyle.prefixed,
        returned=pystyle.returned,
    )
    env.filters.update(target.filters)
    # Put on a line of its own between top-level definitions of large Python
    # files, so the formatter can work on them piece by piece (formatting.py).
    env.globals["chunk_break"] = formatting.CHUNK_BREAK
    env.tests.update(
        model=lambda t: isinstance(t, ir.ModelRef),
        enum=lambda t: isinstance(t, ir.EnumRef),
        nullable=lambda t: isinstance(t, ir.Nullable),
    )
    return env


def render(target: Target, api: ir.Api, options: dict[str, Any]) -> dict[str, str]:
    """Relative output path -> rendered text, for every file the target declares."""
    env = environment(target)
    context: dict[str, Any] = {"api": api, "options": options, "target": target.name}
    if target.context is not None:
        context.update(target.context(api, options))
    items = {
        "api": [None],
        "tag": list(api.tags),
        "model": list(api.models),
        "enum": list(api.enums),
        "operation": list(api.operations),
    }
    files: dict[str, str] = {}
    for rule in target.files:
        try:
            template = env.get_template(rule.template)
            output = env.from_string(rule.output)
            when = env.compile_expression(rule.when) if rule.when else None
        except jinja2.TemplateError as exc:
            raise TargetError(f"target {target.name}: {rule.template}: {exc}") from None
        for item in items[rule.each]:
            local = dict(context, **({rule.each: item} if item is not None else {}))
            if when is not None and not when(**local):
                continue
            path = _safe_path(output.render(**local), target.name)
            if path in files:
                raise TargetError(f"target {target.name}: two files render to {path}")
            files[path] = template.render(**local)
    return files


def _safe_path(path: str, target: str) -> str:
    pure = PurePosixPath(path.strip())
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise TargetError(f"target {target}: output path {path!r} leaves the output directory")
    return str(pure)

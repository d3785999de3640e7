"""Rendering the intermediate model through a target's templates.

One Jinja environment per target, built once, with ``StrictUndefined`` so a
typo in a template fails loudly.  Autoescape is off because the outputs are
code, not HTML; instead every document string goes through the ``literal``,
``docstring`` or ``comment`` filters from :mod:`generator.escaping`.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterator, MutableMapping, Optional

import jinja2
import jinja2.meta

from . import binding, escaping, formatting, ir, naming, pystyle
from .errors import TargetError
from .targets import Target, is_shipped, user_folders, user_frame
from .template_cache import ShippedTemplates, from_string


class _RecordingLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that remembers which files it read, so override files
    that no template ever used can be reported."""

    def __init__(self, folders: list[str]) -> None:
        super().__init__(folders)
        self.read: set[str] = set()

    def get_source(self, environment: jinja2.Environment, template: str) -> Any:
        source = super().get_source(environment, template)
        self.read.add(str(Path(source[1]).resolve()))
        return source


class _Environment(jinja2.Environment):
    """Templates see the environment's globals as a plain dict.

    Jinja gives each template a ChainMap over the environment's globals, and
    copies it into the context of every render: about 6 µs a render, and a large
    client renders thousands of files, each twice (its path, then the file).  The
    globals are all set in :func:`environment`, before any template is loaded,
    and never change after (as Jinja asks), so a snapshot sees the same names."""

    def make_globals(self, d: Optional[MutableMapping[str, Any]]) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


def environment(target: Target) -> jinja2.Environment:
    env = _Environment(
        loader=_RecordingLoader([str(f) for f in target.folders]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    if not user_folders(target) and all(is_shipped(f) for f in target.folders):
        env.bytecode_cache = ShippedTemplates(target.folders[0], env)  # compiled once
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
        hugged=pystyle.hugged,
        called=pystyle.called,
        class_header=pystyle.class_header,
        assign=pystyle.assign,
        assign_call=pystyle.assign_call,
        annotated=pystyle.annotated,
        prefixed=pystyle.prefixed,
        returned=pystyle.returned,
        returns=pystyle.returns,
        param=pystyle.Param,
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


@dataclass
class Rendered:
    """What a target rendered, and where each file came from."""

    files: dict[str, str] = field(default_factory=dict)  # relative output path -> text
    origins: dict[str, str] = field(default_factory=dict)  # output path -> template file
    read: set[str] = field(default_factory=set)  # every template file read (resolved)
    # Files the manifest's ``copy`` list copies as they are: never formatted.
    copied: dict[str, str] = field(default_factory=dict)  # output path -> text


def render(
    target: Target, api: ir.Api, options: dict[str, Any], py: Optional[binding.Binding] = None
) -> dict[str, str]:
    """Relative output path -> text, for every file the target declares (copied ones too)."""
    rendered = render_target(target, api, options, py)
    return {**rendered.files, **rendered.copied}


def render_target(
    target: Target, api: ir.Api, options: dict[str, Any], py: Optional[binding.Binding] = None
) -> Rendered:
    """Every file the target declares, with the template file each came from.

    ``py`` is the Python binding (built here when not given): every target's
    templates see it as ``py``, so they all spell the API the same way.

    A failure in the user's own template or hooks (from --templates) is a
    TargetError naming that file and line; a failure in a shipped template is
    left to surface as the generator bug it is."""
    env = environment(target)
    mine = user_folders(target)
    if py is None:
        py = binding.build(api, options)
    context: dict[str, Any] = {"api": api, "options": options, "target": target.name, "py": py}
    if target.context is not None:
        with _blamed_on_user(mine):
            context.update(target.context(api, options))
    items: dict[str, list[Any]] = {
        "api": [None],
        "tag": list(api.tags),
        "model": list(api.models),
        "enum": list(api.enums),
        "model_module": list(py.model_modules.values()),  # the Python client's model modules
        "operation": list(api.operations),
    }
    manifest = next((f / "target.yaml" for f in target.folders if (f / "target.yaml").is_file()))
    result = Rendered()
    for index, rule in enumerate(target.files):
        try:
            template = env.get_template(rule.template)
            origin = _origin(env, rule.template) if mine else str(template.filename)
            output = from_string(env, rule.output)
            when = env.compile_expression(rule.when) if rule.when else None
        except jinja2.TemplateSyntaxError as exc:
            where = f"{exc.filename}:{exc.lineno}" if exc.filename else rule.template
            raise TargetError(f"{where}: template syntax error: {exc.message}") from None
        except jinja2.TemplateError as exc:
            raise TargetError(f"target {target.name}: {rule.template}: {exc}") from None
        for item in items[rule.each]:
            local = dict(context, **({rule.each: item} if item is not None else {}))
            with _blamed_on_manifest(manifest, index):
                if when is not None and not when(**local):
                    continue
                path = _safe_path(output.render(**local), target.name)
            if path in result.files:
                raise TargetError(f"target {target.name}: two files render to {path}")
            with _blamed_on_user(mine):
                result.files[path] = template.render(**local)
            result.origins[path] = origin
    assert isinstance(env.loader, _RecordingLoader)
    result.read = env.loader.read
    _copy(target, env, context, manifest, result)
    return result


def _origin(env: jinja2.Environment, name: str, depth: int = 0) -> str:
    """The file to blame for what template ``name`` renders: a user's override
    among it and the templates it includes (the python target's ``module.py.j2``
    includes ``model.py.j2``), else the template itself."""
    template = env.get_template(name)
    filename = str(template.filename)
    if not is_shipped(filename) or depth > 8 or env.loader is None:
        return filename
    source = env.loader.get_source(env, name)[0]
    for ref in jinja2.meta.find_referenced_templates(env.parse(source)):
        if ref is not None and ref != name:
            found = _origin(env, ref, depth + 1)
            if not is_shipped(found):
                return found
    return filename


def _copy(
    target: Target,
    env: jinja2.Environment,
    context: dict[str, Any],
    manifest: Path,
    result: Rendered,
) -> None:
    """The manifest's ``copy`` entries: each file (or every file of each folder)
    as it is, from the first target folder that has it (overrides first)."""
    for index, rule in enumerate(target.copies):
        with _blamed_on_manifest(manifest, index, "copy"):
            base = _safe_path(from_string(env, rule.output).render(**context), target.name)
        for rel, source in _sources(target, rule.source, f"{manifest}: copy[{index}]"):
            path = str(PurePosixPath(base, rel)) if rel else base
            if path in result.files or path in result.copied:
                raise TargetError(f"target {target.name}: two files render to {path}")
            try:
                result.copied[path] = source.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                raise TargetError(f"{source}: copy only copies UTF-8 text files") from None
            except OSError as exc:
                raise TargetError(f"{source}: cannot read: {exc.strerror or exc}") from None
            result.read.add(str(source.resolve()))


def _sources(target: Target, source: str, where: str) -> list[tuple[str, Path]]:
    """(path relative to ``source``, file) for ``source`` in the first folder that
    has it; a folder's hidden files, ``__pycache__`` and ``*.pyc`` are left out,
    and nothing may resolve outside that folder (a link out of it is refused)."""
    folder = next((f for f in target.folders if (f / source).exists()), None)
    if folder is None:
        raise TargetError(f"{where}: {source!r} not found in the target folder")
    root, top = folder.resolve(), folder / source
    files = [(PurePosixPath(), top)] if top.is_file() else []
    if top.is_dir():
        for path in sorted(top.rglob("*")):
            relative = PurePosixPath(path.relative_to(top).as_posix())
            skipped = any(p.startswith(".") or p == "__pycache__" for p in relative.parts)
            if path.is_file() and not skipped and path.suffix != ".pyc":
                files.append((relative, path))
    for _, path in files:
        if not path.resolve().is_relative_to(root):
            raise TargetError(f"{where}: {path} leads outside the target folder")
    return [(str(rel) if rel.parts else "", path) for rel, path in files]


@contextlib.contextmanager
def _blamed_on_manifest(manifest: Path, index: int, key: str = "files") -> Iterator[None]:
    """A rule's ``output`` or ``when`` expression failing: the user's mistake
    (naming their target.yaml) when the manifest is theirs."""
    try:
        yield
    except TargetError:
        raise
    except Exception as exc:
        if is_shipped(manifest):
            raise
        text = str(exc)
        raise TargetError(
            f"{manifest}: {key}[{index}]: {type(exc).__name__}" + (f": {text}" if text else "")
        ) from None


@contextlib.contextmanager
def _blamed_on_user(folders: list[Path]) -> Iterator[None]:
    """Turn an error raised in a file of ``folders`` (the user's templates and
    hooks) into one TargetError line naming the file and line."""
    try:
        yield
    except TargetError:
        raise
    except Exception as exc:
        if not folders:
            raise
        if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
            if any(Path(exc.filename).resolve().is_relative_to(f) for f in folders):
                raise TargetError(
                    f"{exc.filename}:{exc.lineno}: template syntax error: {exc.message}"
                ) from None
        where = user_frame(exc, folders)
        if where is None:
            raise
        text = str(exc)
        raise TargetError(
            f"{where}: {type(exc).__name__}" + (f": {text}" if text else "")
        ) from None


# A plain relative path (names of word characters, dots and dashes, none of
# them "." or ".."), as the shipped manifests render thousands of: it needs no
# normalizing, so it is not parsed.
_SEGMENT = r"(?:[\w-][\w.-]*|\.[\w-][\w.-]*|\.\.[\w.-]+)"
_PLAIN_PATH = re.compile(f"{_SEGMENT}(?:/{_SEGMENT})*")


def _safe_path(path: str, target: str) -> str:
    if _PLAIN_PATH.fullmatch(path):
        return path
    pure = PurePosixPath(path.strip())
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise TargetError(f"target {target}: output path {path!r} leaves the output directory")
    return str(pure)

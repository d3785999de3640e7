"""Output targets: a folder of templates plus a small manifest.

A target folder (``templates/<name>/``) holds ``target.yaml``, its Jinja
templates and, optionally, ``hooks.py`` with extra filters.  The manifest says
which template is rendered once per API, per tag, per model, per enum or per
operation, where each result goes, and how to post-process it.  The generator
core never names a target, so adding one is adding a folder.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any, Callable, Optional

import yaml

from .config import TARGET_NAME
from .errors import TargetError


def _shipped_root() -> Path:
    """Where the shipped targets are: inside the installed package, else the source tree.

    The targets' source lives at the top of the repository (``templates/<name>/``);
    a wheel installs the same folders as ``generator/_templates/<name>/`` (see the
    package-dir mapping in pyproject.toml).  They are plain files next to the
    package, so Jinja's FileSystemLoader and the hooks' file-based import read
    them as they read a user's folder: no zip-import support is needed, since
    pip never installs a wheel zipped."""
    package = Path(__file__).resolve().parent
    installed = package / "_templates"
    return installed if installed.is_dir() else package.parent / "templates"


SHIPPED = _shipped_root()
EACH = ("api", "tag", "model", "enum", "model_module", "operation")
FORMATTERS = ("black", "none")


@dataclass(frozen=True)
class FileRule:
    template: str
    output: str  # a Jinja expression template for the relative output path
    each: str = "api"
    when: Optional[str] = None  # Jinja expression; the file is skipped when false


@dataclass(frozen=True)
class CopyRule:
    """A file or folder of the target copied into the output byte for byte, not
    rendered (a runtime that is real, linted and tested source of its own)."""

    source: str  # relative to the target folder (overrides first, as for templates)
    output: str  # a Jinja expression template for the relative output path


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    folders: tuple[Path, ...]  # template search path: overrides first, then the target itself
    files: tuple[FileRule, ...]
    formatter: str
    filters: dict[str, Callable[..., Any]]
    context: Optional[Callable[..., dict[str, Any]]]
    locate: Optional[Callable[..., str]] = None  # where an operation's code lives, for reports
    copies: tuple[CopyRule, ...] = ()
    # Document features beyond operations the target renders (target.yaml
    # ``renders``, e.g. [webhooks]); what no chosen target renders is warned about.
    renders: frozenset[str] = frozenset()


def available(extra: Optional[Path] = None) -> dict[str, Path]:
    """Target name -> folder, for the shipped targets and a user folder."""
    found: dict[str, Path] = {}
    roots = [SHIPPED] + ([extra] if extra else [])
    for root in roots:
        if root.is_dir() and (root / "target.yaml").is_file():
            found[root.name] = root
            continue
        if root.is_dir():
            for child in sorted(root.iterdir()):
                if (child / "target.yaml").is_file():
                    found[child.name] = child
    return found


def describe(folder: Path) -> str:
    return str(_manifest(folder).get("description", "")).strip()


def load(name: str, user_templates: Optional[Path] = None) -> Target:
    """Load target ``name``; ``user_templates`` may be a target folder of its own,
    a folder of targets, or a folder of single templates overriding the shipped ones."""
    if not TARGET_NAME.fullmatch(name):
        # A name, never a path: "../x" or "/tmp/x" would run that folder's hooks.py.
        raise TargetError(
            f"target {name!r} is not a target name (a shipped target, or a folder "
            "of the --templates folder)"
        )
    folders: list[Path] = []
    if user_templates is not None:
        if not user_templates.is_dir():
            raise TargetError(f"--templates {user_templates}: not a directory")
        own = available(user_templates)
        if name in own and own[name] != SHIPPED / name:
            folders.append(own[name])
        elif not (user_templates / "target.yaml").is_file():
            folders.append(
                user_templates / name if (user_templates / name).is_dir() else user_templates
            )
    shipped = SHIPPED / name
    if (shipped / "target.yaml").is_file() and shipped not in folders:
        folders.append(shipped)
    manifest_folder = next((f for f in folders if (f / "target.yaml").is_file()), None)
    if manifest_folder is None:
        known = ", ".join(sorted(available(user_templates))) or "none"
        raise TargetError(f"unknown target {name!r} (known: {known})")
    manifest = _manifest(manifest_folder)
    rules = []
    for index, entry in enumerate(manifest.get("files") or ()):
        if not isinstance(entry, dict) or "template" not in entry or "output" not in entry:
            raise TargetError(
                f"{manifest_folder}/target.yaml: files[{index}] needs 'template' and 'output'"
            )
        each = entry.get("each", "api")
        if each not in EACH:
            raise TargetError(
                f"{manifest_folder}/target.yaml: files[{index}].each must be one of {', '.join(EACH)}"
            )
        rules.append(
            FileRule(str(entry["template"]), str(entry["output"]), each, entry.get("when"))
        )
    copies = _copy_rules(manifest, manifest_folder)
    formatter = str(manifest.get("format", "none"))
    if formatter not in FORMATTERS:
        raise TargetError(
            f"{manifest_folder}/target.yaml: format must be one of {', '.join(FORMATTERS)}"
        )
    filters: dict[str, Callable[..., Any]] = {}
    context = locate = None
    for folder in reversed(folders):  # overrides win
        hooks = _hooks(folder)
        if hooks is not None:
            filters.update(getattr(hooks, "FILTERS", {}))
            context = getattr(hooks, "context", context)
            locate = getattr(hooks, "locate", locate)
    return Target(
        name=name,
        description=str(manifest.get("description", "")).strip(),
        folders=tuple(folders),
        files=tuple(rules),
        formatter=formatter,
        filters=filters,
        context=context,
        locate=locate,
        copies=copies,
        renders=_renders(manifest, manifest_folder),
    )


RENDERABLE = ("webhooks",)


def _renders(manifest: dict[str, Any], folder: Path) -> frozenset[str]:
    """The manifest's ``renders`` list: features of the document besides its
    operations that the target presents (so nothing needs to warn they were skipped)."""
    entries = manifest.get("renders") or []
    if not isinstance(entries, list) or not all(e in RENDERABLE for e in entries):
        raise TargetError(
            f"{folder}/target.yaml: renders must be a list of {', '.join(RENDERABLE)}"
        )
    return frozenset(entries)


def _copy_rules(manifest: dict[str, Any], folder: Path) -> tuple[CopyRule, ...]:
    """The manifest's ``copy`` list: ``{from: <file or folder>, to: <output path>}``;
    ``from`` is a relative path inside the target folder, never outside it."""
    rules = []
    entries = manifest.get("copy") or []
    if not isinstance(entries, list):
        raise TargetError(f"{folder}/target.yaml: copy must be a list")
    for index, entry in enumerate(entries):
        where = f"{folder}/target.yaml: copy[{index}]"
        if not isinstance(entry, dict) or not {"from", "to"} <= set(entry):
            raise TargetError(f"{where} needs 'from' and 'to'")
        source, output = entry["from"], entry["to"]
        if not isinstance(source, str) or not isinstance(output, str):
            raise TargetError(f"{where}: 'from' and 'to' must be strings")
        pure = PurePosixPath(source)
        if not source.strip() or pure.is_absolute() or ".." in pure.parts:
            raise TargetError(f"{where}: 'from' must be a path inside the target folder")
        rules.append(CopyRule(source, output))
    return tuple(rules)


def _manifest(folder: Path) -> dict[str, Any]:
    path = folder / "target.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TargetError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise TargetError(f"{path}: expected a mapping")
    return data


def _hooks(folder: Path) -> Optional[ModuleType]:
    path = folder / "hooks.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"generator_target_hooks_{folder.name}", path)
    if spec is None or spec.loader is None:  # pragma: no cover - only for unreadable files
        raise TargetError(f"{path}: cannot load")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and pickling look modules up here
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        if is_shipped(path):
            raise
        where = user_frame(exc, [folder.resolve()]) or path
        raise TargetError(f"{where}: hooks.py fails: {_summary(exc)}") from None
    return module


def is_shipped(path: Path | str) -> bool:
    """Whether ``path`` is one of the generator's own template files."""
    return Path(path).resolve().is_relative_to(SHIPPED)


def _summary(exc: BaseException) -> str:
    text = str(exc.msg if isinstance(exc, SyntaxError) else exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def user_folders(target: Target) -> list[Path]:
    """The target's folders that are the user's (from --templates), not shipped."""
    return [f.resolve() for f in target.folders if not is_shipped(f)]


def user_frame(exc: BaseException, folders: list[Path]) -> Optional[str]:
    """``file:line`` of the innermost frame of ``exc`` in a file of ``folders``
    (Jinja rewrites tracebacks so template lines appear as frames), or of the
    line a SyntaxError names; None when no such file is involved."""

    def mine(name: str) -> bool:
        path = Path(name)
        return path.is_file() and any(path.resolve().is_relative_to(f) for f in folders)

    if isinstance(exc, SyntaxError) and exc.filename and mine(exc.filename):
        return f"{exc.filename}:{exc.lineno}" if exc.lineno else exc.filename
    found = None
    tb = exc.__traceback__
    while tb is not None:
        if mine(tb.tb_frame.f_code.co_filename):
            found = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found

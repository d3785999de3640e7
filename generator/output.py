"""Writing generated files into the output folder, or comparing them with it.

Ownership.  Every output folder gets a marker, ``.openapi-pygen.json``: the
sorted list of the files the generator wrote there (no timestamps, no absolute
paths, so a committed output such as ``generated/`` stays reproducible byte for
byte).  A later run replaces or removes only files that marker lists; anything
else in the folder (the user's notes, a virtualenv, ``build/``, ``*.egg-info``,
caches) is never touched.  A non-empty folder without the marker is refused
unless the user passes ``--force``, and even then nothing in it is deleted: the
generator only adds its files, replacing same-named ones.

Refused outright, before anything is written (one line, exit 2, whatever the
flags): the filesystem root, the home folder and its ancestors, a folder that
contains the spec (or config or templates), an ``--out`` that is a file, and an
``--out`` that is itself a symbolic link.  Symbolic links higher up the path
(``/tmp`` on macOS, a home folder on another disk) are followed, because they
are the user's own layout; every refusal is checked on the fully resolved path,
so such a link cannot sneak the home folder or the spec's folder past them.
Inside the output, a folder the generator writes into must be a real folder:
following a link there would write somewhere the user never named.

Atomicity, and its trade-off.  A folder that does not exist yet is staged as a
hidden sibling and renamed into place: all or nothing.  An existing folder
cannot be swapped as a whole without moving the user's own files along, so
there every changed file is first written in full to a hidden staging folder
inside the output (same filesystem, so the renames below cannot copy; files
whose bytes are already right are skipped, so a run that changes nothing writes
nothing); only then are the generator's files swapped in one ``os.replace`` at
a time, each file being replaced or removed first saved (as a hard link, or
moved) into a backup folder beside the staging one.  Any failure during the swap (disk full, read-only
folder, Ctrl-C) puts every saved file back, so the previous output stays as it
was.  What this cannot cover is the process being killed outright, or the
machine losing power, inside the swap itself (a few dozen renames): for that
case the marker is rewritten first to list both the old and the new files, so
the next run still owns, and repairs, all of them.
"""

from __future__ import annotations

import difflib
import json
import os
import secrets
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import Iterable, Mapping, Optional, Sequence

from .errors import GeneratorError

MARKER = ".openapi-pygen.json"
MARKER_FORMAT = 1
MARKER_NOTE = (
    "Written by openapi-pygen. It lists the files it generated in this folder: the next run "
    "replaces or removes only these, and leaves every other file alone."
)
# Bounds on what is read back from the output folder: a marker is a list of
# paths, and no generated file comes near the file limit.
MAX_MARKER_BYTES = 8 * 1024 * 1024
MAX_COMPARED_BYTES = 64 * 1024 * 1024
_WORK_PREFIX = ".openapi-pygen-work-"

# Written next to generated code by tools, never by the generator (build/ and
# the egg-info come from `pip install generated`).  --check no longer needs
# this (it compares only what the marker lists); tests use it to snapshot folders.
TOOL_CACHES = frozenset(
    {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist"}
)


def is_tool_output(parts: tuple[str, ...]) -> bool:
    return bool(TOOL_CACHES.intersection(parts)) or any(
        part.endswith(".egg-info") for part in parts
    )


# --- the marker -------------------------------------------------------------


def manifest_text(paths: Iterable[str]) -> str:
    """The marker's text for these generated paths: deterministic, so the
    committed output can be compared byte for byte."""
    data = {
        "generator": "openapi-pygen",
        "format": MARKER_FORMAT,
        "note": MARKER_NOTE,
        "files": sorted(set(paths) - {MARKER}),
    }
    return json.dumps(data, indent=2) + "\n"


def with_manifest(files: Mapping[str, str]) -> dict[str, str]:
    """The generated files plus the marker that lists them."""
    if MARKER in files:
        raise GeneratorError(f"a target writes {MARKER}, the generator's own marker; rename it")
    return {**files, MARKER: manifest_text(files)}


def _is_safe_rel(rel: object) -> bool:
    """A marker entry must name a file inside the folder: a tampered marker must
    not make the generator delete ``../../something``."""
    if not isinstance(rel, str) or not rel or "\x00" in rel:
        return False
    pure = PurePosixPath(rel)
    return (
        not pure.is_absolute()
        and str(pure) == rel
        and all(part not in ("..", ".") for part in pure.parts)
        and rel != MARKER
    )


def read_marker(out: Path, shown: Path) -> Optional[frozenset[str]]:
    """Files the marker in ``out`` lists, or None when there is no marker.

    A marker that is unreadable or malformed raises GeneratorError naming it.
    """
    path = out / MARKER
    if not os.path.lexists(path):
        return None
    where = shown / MARKER
    if path.is_symlink() or not path.is_file():
        raise GeneratorError(f"{where}: the generator's marker is not a regular file")
    if path.stat().st_size > MAX_MARKER_BYTES:
        raise GeneratorError(f"{where}: marker larger than {MAX_MARKER_BYTES} bytes")
    try:
        data = json.loads(path.read_bytes())
    except json.JSONDecodeError as exc:
        raise GeneratorError(f"{where}:{exc.lineno}: marker is not valid JSON: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(f"{where}: cannot read marker: {exc}") from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("generator") != "openapi-pygen":
        raise GeneratorError(f"{where}: not an openapi-pygen marker")
    if not isinstance(files, list) or not all(_is_safe_rel(rel) for rel in files):
        raise GeneratorError(f"{where}: 'files' must list relative paths inside the folder")
    return frozenset(files)


# --- refusals ----------------------------------------------------------------


def check_location(out: Path, inputs: Sequence[Optional[Path]] = ()) -> Path:
    """The resolved output folder, or GeneratorError if writing there could
    destroy something that is not the generator's (no flag overrides these)."""
    if out.is_symlink():
        raise GeneratorError(
            f"{out}: --out is a symbolic link; pass the folder it points to "
            f"({os.path.realpath(out)}) if that is really where the output goes"
        )
    real = out.resolve()
    if os.path.lexists(real) and not real.is_dir():
        raise GeneratorError(f"{out}: --out is an existing file, not a folder")
    if real == Path(real.anchor):
        raise GeneratorError(f"{out}: --out is the filesystem root; choose a folder of its own")
    try:
        home = Path.home().resolve()
    except (RuntimeError, KeyError):  # no home folder known: nothing to protect
        home = None
    if home is not None and (real == home or real in home.parents):
        raise GeneratorError(f"{out}: --out is your home folder or above it; choose a subfolder")
    for given in inputs:
        if given is not None and (real == given.resolve() or real in given.resolve().parents):
            raise GeneratorError(
                f"{out}: --out contains the input {given}; choose a folder of its own"
            )
    return real


def _previous_files(real: Path, shown: Path, force: bool) -> frozenset[str]:
    """What the generator wrote in ``real`` before, refusing a folder it does
    not own unless forced (then it owns nothing there, so deletes nothing)."""
    try:
        listed = read_marker(real, shown)
    except GeneratorError as exc:
        if force:
            return frozenset()
        raise GeneratorError(
            f"{exc}; pass --force to write anyway (no file it did not generate is deleted)"
        ) from None
    if listed is not None:
        return listed
    if not force and any(True for _ in real.iterdir()):
        raise GeneratorError(
            f"{shown}: folder is not empty and has no {MARKER}, so openapi-pygen did not write "
            "it; pass --force to write into it anyway (only same-named files are replaced, "
            "nothing is deleted)"
        )
    return frozenset()


def _check_layout(
    real: Path, shown: Path, wanted: Iterable[str], previous: frozenset[str], force: bool
) -> None:
    """Refuse, before writing anything, a layout that would make the swap write
    through a link, replace a folder with a file, or overwrite a user's file."""
    for rel in sorted(wanted):
        parts = rel.split("/")
        for depth in range(1, len(parts)):
            folder = real.joinpath(*parts[:depth])
            if folder.is_symlink() or (os.path.lexists(folder) and not folder.is_dir()):
                kind = "a symbolic link" if folder.is_symlink() else "a file"
                raise GeneratorError(
                    f"{shown.joinpath(*parts[:depth])}: is {kind} where the generator writes "
                    "a folder; move it away"
                )
        dest = real / rel
        if dest.is_dir() and not dest.is_symlink():
            raise GeneratorError(
                f"{shown / rel}: is a folder where the generator writes a file; move it away"
            )
        if os.path.lexists(dest) and rel not in previous and rel != MARKER and not force:
            raise GeneratorError(
                f"{shown / rel}: exists and was not written by openapi-pygen; move it away "
                "or pass --force to replace it"
            )


# --- writing -------------------------------------------------------------------


def write_tree(
    out: Path,
    files: Mapping[str, str],
    *,
    force: bool = False,
    inputs: Sequence[Optional[Path]] = (),
) -> None:
    """Write ``files`` (relative path -> text) and the marker into ``out``.

    Replaces or removes only files the previous marker lists; see the module
    docstring for what is refused and how a failure leaves the previous output.
    """
    real = check_location(out, inputs)
    wanted = with_manifest(files)
    fresh = not real.exists()
    try:
        if fresh:
            _write_fresh(real, wanted)
            return
        previous = _previous_files(real, out, force)
        _check_layout(real, out, wanted, previous, force)
        _swap(real, wanted, previous)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        left = "nothing was written" if fresh else "the previous output is unchanged"
        raise GeneratorError(f"{out}: cannot write the output ({reason}); {left}") from None


def _work_dir(parent: Path, prefix: str) -> Path:
    """A new uniquely named folder, created with the umask's permissions (unlike
    mkdtemp's 0o700, which would end up on the output folder itself)."""
    while True:
        path = parent / f"{prefix}{secrets.token_hex(4)}"
        try:
            path.mkdir()
        except FileExistsError:
            continue
        return path


# Creating a file is a round trip to the filesystem that releases the GIL.  On
# a local disk it takes microseconds; on a VM's virtual disk, a network mount or
# a container's bind mount it can take a millisecond, and then creating the
# files is most of a large run (ec2's 2,225 files on one VM: 0.1 s when its
# disk was quick, 1.75 s when it was slow; 1.17 s then on four threads, but
# 0.19 s when quick).  So the first batch is timed, and only a filesystem that
# slow gets threads: on a fast one they cost more than they save.  The threads
# only fill the staging folder, so what becomes visible, and when, is unchanged.
STAGE_THREADS = 4
_BATCH = 16  # files per task
_SLOW_BATCH_SECONDS = 0.002  # 125 microseconds a file


def _stage(stage: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` into the new folder ``stage`` (made if need be): its
    folders first, then the files.  The first failure is raised once every
    write has stopped, so the caller can remove the whole stage."""
    folders = {str(PurePosixPath(rel).parent) for rel in files}
    for folder in sorted(folders):  # "." and parents sort before their children
        (stage / folder).mkdir(parents=True, exist_ok=True)

    def write(batch: Sequence[tuple[str, str]]) -> None:
        for rel, text in batch:
            with open(stage / rel, "xb") as handle:  # 0o666 less the umask, like any new file
                handle.write(text.encode("utf-8"))

    items = sorted(files.items())
    started = time.perf_counter()
    write(items[:_BATCH])
    rest = items[_BATCH:]
    if len(rest) < 2 * _BATCH or time.perf_counter() - started < _SLOW_BATCH_SECONDS:
        write(rest)
        return
    pool = ThreadPoolExecutor(STAGE_THREADS, thread_name_prefix="openapi-pygen-stage")
    try:
        batches = [rest[at : at + _BATCH] for at in range(0, len(rest), _BATCH)]
        for _ in pool.map(write, batches):
            pass
    finally:
        # On failure (or Ctrl-C) drop what has not started; either way, wait for
        # the writes in flight, so none lands after the stage is removed.
        pool.shutdown(wait=True, cancel_futures=True)


def _write_fresh(real: Path, wanted: Mapping[str, str]) -> None:
    real.parent.mkdir(parents=True, exist_ok=True)
    stage = _work_dir(real.parent, f".{real.name}.new-")
    try:
        _stage(stage, wanted)
        os.rename(stage, real)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


class _Swap:
    """The swap of generator-owned files in ``real``, journalled so it can be undone."""

    def __init__(self, real: Path, work: Path) -> None:
        self.real = real
        self.backup = work / "old"
        self.journal: list[tuple[str, bool]] = []  # (path, whether the original was saved)
        self.created: list[Path] = []

    def _save(self, rel: str, keep: bool) -> bool:
        """Save the current ``rel`` into the backup; ``keep`` leaves it in place too."""
        dest = self.real / rel
        if not os.path.lexists(dest):
            return False
        saved = self.backup / rel
        saved.parent.mkdir(parents=True, exist_ok=True)
        if keep:
            try:
                os.link(dest, saved, follow_symlinks=False)
                return True
            except OSError:  # no hard links here: move it (a brief gap, then the new file)
                pass
        os.replace(dest, saved)
        return True

    def place(self, rel: str, source: Path) -> None:
        parts = rel.split("/")
        for depth in range(1, len(parts)):
            folder = self.real.joinpath(*parts[:depth])
            if not os.path.lexists(folder):
                folder.mkdir()
                self.created.append(folder)
        self.journal.append((rel, self._save(rel, keep=True)))
        os.replace(source, self.real / rel)

    def remove(self, rel: str) -> None:
        """Remove a file written before and no longer generated, unless the user
        turned it (or a folder above it) into something else since."""
        parts = rel.split("/")
        for depth in range(1, len(parts)):
            if self.real.joinpath(*parts[:depth]).is_symlink():
                return
        dest = self.real / rel
        if dest.is_symlink() or dest.is_file():
            self.journal.append((rel, self._save(rel, keep=False)))

    def undo(self) -> bool:
        """Put every saved file back; False if some could not be."""
        complete = True
        for rel, saved in reversed(self.journal):
            try:
                if saved:
                    os.replace(self.backup / rel, self.real / rel)
                else:
                    (self.real / rel).unlink(missing_ok=True)
            except OSError:
                complete = False
        for folder in reversed(self.created):
            try:
                folder.rmdir()
            except OSError:
                pass
        return complete

    def prune(self, removed: Iterable[str]) -> None:
        """Remove folders that removing obsolete files left empty (never one
        that still holds anything)."""
        for rel in sorted(removed, reverse=True):
            folder = (self.real / rel).parent
            while folder != self.real and not folder.is_symlink():
                try:
                    folder.rmdir()
                except OSError:
                    break
                folder = folder.parent


def _swap(real: Path, wanted: Mapping[str, str], previous: frozenset[str]) -> None:
    """Swap in the files that changed, remove the obsolete ones.

    Files whose bytes are already right are left alone: fewer writes, and
    their modification times stay (make, mypy's cache and editable installs see
    no change where there is none).
    """
    changed = {
        rel: text
        for rel, text in wanted.items()
        if _read_regular(real, rel) != text.encode("utf-8")
    }
    obsolete = {rel for rel in previous - set(wanted) if os.path.lexists(real / rel)}
    if not changed and not obsolete:
        return
    work = _work_dir(real, _WORK_PREFIX)
    stage = work / "new"
    swap = _Swap(real, work)
    try:
        _stage(stage, {**changed, MARKER: wanted[MARKER]})
        intent = work / "intent.json"
        intent.write_text(manifest_text(previous | set(wanted)), encoding="utf-8")
        swap.place(MARKER, intent)
        for rel in sorted(set(changed) - {MARKER}):
            swap.place(rel, stage / rel)
        for rel in sorted(obsolete):
            swap.remove(rel)
        os.replace(stage / MARKER, real / MARKER)
    except BaseException as exc:
        if swap.undo():
            shutil.rmtree(work, ignore_errors=True)
            raise
        raise GeneratorError(
            f"{real}: writing failed ({exc}) and some previous files could not be put back; "
            f"they are in {swap.backup}"
        ) from None
    swap.prune(obsolete)
    # This run's work folder, and any a killed run left behind (its backups are
    # of files this run has just rewritten, so they are no longer of use).
    for leftover in real.glob(f"{_WORK_PREFIX}*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


# --- comparing (--check) ------------------------------------------------------


def _read_regular(out: Path, rel: str) -> Optional[bytes]:
    """The bytes of ``rel`` if it is a regular file reached without links."""
    parts = rel.split("/")
    if any(out.joinpath(*parts[:depth]).is_symlink() for depth in range(1, len(parts) + 1)):
        return None
    path = out / rel
    if not path.is_file():
        return None
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_COMPARED_BYTES + 1)
    except OSError:
        return None


def _on_disk(out: Path, wanted: Iterable[str]) -> dict[str, bytes]:
    """The files to compare: those to be generated and those the marker on
    disk lists; nothing else in the folder (tool output, the user's files)."""
    if not out.is_dir():
        return {}
    try:
        listed = read_marker(out, out) or frozenset()
    except GeneratorError:  # the diff shows the marker itself as different
        listed = frozenset()
    found = {}
    for rel in sorted(set(wanted) | listed):
        data = _read_regular(out, rel)
        if data is not None:
            found[rel] = data
    return found


def diff_tree(out: Path, files: Mapping[str, str]) -> list[str]:
    """Unified diff lines from what is in ``out`` to what would be generated:
    generated files missing or different, and files the marker lists that are
    no longer generated.  Files the generator does not own are not compared."""
    wanted = {rel: text.encode("utf-8") for rel, text in with_manifest(files).items()}
    current = _on_disk(out, wanted)
    lines: list[str] = []
    for rel in sorted(set(current) | set(wanted)):
        before, after = current.get(rel), wanted.get(rel)
        if before == after:
            continue
        old_text = (before or b"").decode("utf-8", "replace").splitlines(keepends=True)
        new_text = (after or b"").decode("utf-8", "replace").splitlines(keepends=True)
        fromfile = f"a/{rel}" if before is not None else "/dev/null"
        tofile = f"b/{rel}" if after is not None else "/dev/null"
        diff = list(difflib.unified_diff(old_text, new_text, fromfile=fromfile, tofile=tofile))
        # An empty file missing (py.typed) or differing only in bytes the
        # decoding replaced gives no hunk: still name it.
        lines.extend(diff or [f"--- {fromfile}\n", f"+++ {tofile}\n"])
    return lines

"""Deterministic source tarballs for deploys.

The same tree must give the same bytes (and so the same ``SHA256:`` checksum
Heroku records for the build): entries are sorted, and modification times,
owners and permission noise are fixed.  ``.git`` is never included, and
what git would ignore is left out: every ``.gitignore`` of the tree (each for
its own folder, deeper ones overriding), ``.git/info/exclude``, plus Heroku's
``.slugignore`` (git's wildmatch rules, matched with pathspec).  Symbolic links that point outside the directory
are refused rather than silently followed.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator, Optional

import pathspec

FIXED_MTIME = 0  # 1970-01-01: no timestamp leaks into the archive


class TarballError(Exception):
    """The directory cannot be packed (escaping symlink, unreadable file...)."""


@dataclass(frozen=True)
class Tarball:
    path: Path
    sha256: str
    size: int
    files: int

    @property
    def checksum(self) -> str:
        """The form Heroku's build API expects in ``source_blob.checksum``."""
        return f"SHA256:{self.sha256}"


def _read_spec(path: Path) -> Optional[pathspec.GitIgnoreSpec]:
    """The patterns of one ignore file, or None when there is none.  Like git,
    a symbolic link in place of an ignore file is not followed."""
    if path.is_symlink() or not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError as error:
        raise TarballError(f"{path}: cannot read: {error.strerror or error}") from None
    return pathspec.GitIgnoreSpec.from_lines(text.splitlines())


class IgnoreRules:
    """git's ignore rules for one tree (as ``git add -A`` applies them).

    Each ``.gitignore`` applies to its own folder, its patterns relative to
    it; for a path, the deepest ignore file with a matching pattern decides
    (within a file, the last matching pattern, so ``!`` re-includes), then
    ``.git/info/exclude``.  A directory that is ignored is not descended into,
    so nothing under it can be re-included, as in git.  Heroku's
    ``.slugignore`` (at the top only) leaves out whatever it matches."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.slugignore = _read_spec(root / ".slugignore")
        self.exclude = _read_spec(root / ".git" / "info" / "exclude")
        self.by_dir: dict[str, pathspec.GitIgnoreSpec] = {}

    def enter(self, rel_dir: str) -> None:
        """Load the ``.gitignore`` of a directory (``""``: the top) before any
        of its entries is asked about."""
        spec = _read_spec(self.root / rel_dir / ".gitignore")
        if spec is not None:
            self.by_dir[rel_dir] = spec

    def ignored(self, rel: str, is_dir: bool) -> bool:
        """Whether ``rel`` (relative to the top, ``/``-separated) is left out."""
        if rel.rsplit("/", 1)[-1] == ".git":
            return True  # a repository's own database, at any depth
        candidate = rel + "/" if is_dir else rel
        if self.slugignore is not None and self.slugignore.match_file(candidate):
            return True
        parts = rel.split("/")
        for depth in range(len(parts) - 1, -1, -1):
            folder = "/".join(parts[:depth])
            spec = self.by_dir.get(folder)
            if spec is None:
                continue
            verdict = spec.check_file(candidate[len(folder) + 1 :] if folder else candidate)
            if verdict.include is not None:
                return verdict.include
        if self.exclude is not None:
            return bool(self.exclude.check_file(candidate).include)
        return False


def _unreadable(error: OSError) -> None:
    """os.walk skips a directory it cannot list; a deploy must not silently
    ship a tree without it."""
    raise error


def _entries(root: Path, rules: IgnoreRules) -> Iterator[tuple[str, Path]]:
    """(archive name, path) for everything to pack, sorted, directories first."""
    for current, dirs, files in os.walk(root, followlinks=False, onerror=_unreadable):
        here = Path(current)
        rel_dir = here.relative_to(root).as_posix()
        rel_dir = "" if rel_dir == "." else rel_dir
        prefix = rel_dir + "/" if rel_dir else ""
        rules.enter(rel_dir)
        kept_dirs = []
        for name in sorted(dirs):
            rel = prefix + name
            if (here / name).is_symlink():
                files.append(name)  # packed as a link below, never descended into
            elif not rules.ignored(rel, is_dir=True):
                kept_dirs.append(name)
                yield rel + "/", here / name
        dirs[:] = kept_dirs
        for name in sorted(files):
            rel = prefix + name
            if not rules.ignored(rel, is_dir=False):
                yield rel, here / name


def _check_link(root: Path, path: Path) -> str:
    target = os.readlink(path)
    try:
        resolved = (path.parent / target).resolve()
    except (RuntimeError, OSError):  # RuntimeError: a loop, before Python 3.13
        raise TarballError(f"{path}: symbolic link loop ({target})") from None
    if not resolved.is_relative_to(root.resolve()):
        raise TarballError(f"{path}: symbolic link points outside {root} ({target})")
    return target


def build(root: Path, dest: Path) -> Tarball:
    """Pack ``root`` into the gzipped tarball ``dest``."""
    root = Path(root)
    if not root.is_dir():
        raise TarballError(f"{root}: not a directory")
    rules = IgnoreRules(root)
    try:
        count = _pack(root, dest, rules)
    except (OSError, ValueError, tarfile.TarError) as error:
        raise TarballError(f"{root}: cannot pack: {_reason(error)}") from None
    return describe(dest, files=count)


def _pack(root: Path, dest: Path, rules: IgnoreRules) -> int:
    """Write the tarball; PAX format, so no name or link is too long for it
    (ustar stops at 100/155 bytes) and non-ASCII names survive."""
    count = 0
    with (
        open(dest, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=FIXED_MTIME) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for name, path in _entries(root, rules):
            info = tarfile.TarInfo(name.rstrip("/") or ".")
            info.mtime, info.uid, info.gid, info.uname, info.gname = FIXED_MTIME, 0, 0, "", ""
            if path.is_symlink():
                info.type, info.linkname, info.mode = (
                    tarfile.SYMTYPE,
                    _check_link(root, path),
                    0o777,
                )
                tar.addfile(info)
            elif name.endswith("/"):
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            elif path.is_file():
                info.size = path.stat().st_size
                info.mode = 0o755 if os.access(path, os.X_OK) else 0o644
                with open(path, "rb") as handle:
                    tar.addfile(info, handle)
                count += 1
    return count


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    return str(error) or type(error).__name__


def describe(path: Path, files: int = 0) -> Tarball:
    """Checksum and size of an existing tarball."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return Tarball(Path(path), digest.hexdigest(), Path(path).stat().st_size, files)


class ProgressReader:
    """A file wrapper that reports bytes read.  It is deliberately not an
    ``io`` stream: requests sends those chunked, and blob stores reject chunked
    uploads; with ``__len__`` and ``tell`` it sends a Content-Length instead."""

    def __init__(self, handle: BinaryIO, size: int, on_progress: object = None) -> None:
        self._handle = handle
        self._size = size
        self._done = 0
        self._on_progress = on_progress

    def __len__(self) -> int:
        return self._size

    def tell(self) -> int:
        return self._done

    def read(self, size: int = -1) -> bytes:
        chunk = self._handle.read(size)
        self._done += len(chunk)
        if self._on_progress is not None and chunk:
            self._on_progress(self._done, self._size)  # type: ignore[operator]
        return chunk

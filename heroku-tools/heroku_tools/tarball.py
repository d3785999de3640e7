"""Deterministic source tarballs for deploys.

The same tree must give the same bytes (and so the same ``SHA256:`` checksum
Heroku records for the build): entries are sorted, and modification times,
owners and permission noise are fixed.  ``.git`` is never included, and
``.slugignore`` / ``.gitignore`` patterns (gitignore syntax, matched with
pathspec) leave files out.  Symbolic links that point outside the directory
are refused rather than silently followed.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

import pathspec

IGNORE_FILES = (".slugignore", ".gitignore")
ALWAYS_EXCLUDED = (".git/",)
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


def _ignore_spec(root: Path) -> pathspec.GitIgnoreSpec:
    lines = list(ALWAYS_EXCLUDED)
    for name in IGNORE_FILES:
        path = root / name
        if path.is_file():
            lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _entries(root: Path, ignore: pathspec.GitIgnoreSpec) -> Iterator[tuple[str, Path]]:
    """(archive name, path) for everything to pack, sorted, directories first."""
    for current, dirs, files in os.walk(root, followlinks=False):
        here = Path(current)
        rel_dir = here.relative_to(root).as_posix()
        prefix = "" if rel_dir == "." else rel_dir + "/"
        kept_dirs = []
        for name in sorted(dirs):
            rel = prefix + name
            if (here / name).is_symlink():
                files.append(name)  # packed as a link below, never descended into
            elif not ignore.match_file(rel + "/"):
                kept_dirs.append(name)
                yield rel + "/", here / name
        dirs[:] = kept_dirs
        for name in sorted(files):
            rel = prefix + name
            if not ignore.match_file(rel):
                yield rel, here / name


def _check_link(root: Path, path: Path) -> str:
    target = os.readlink(path)
    resolved = (path.parent / target).resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise TarballError(f"{path}: symbolic link points outside {root} ({target})")
    return target


def build(root: Path, dest: Path) -> Tarball:
    """Pack ``root`` into the gzipped tarball ``dest``."""
    root = Path(root)
    if not root.is_dir():
        raise TarballError(f"{root}: not a directory")
    ignore = _ignore_spec(root)
    count = 0
    with (
        open(dest, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=FIXED_MTIME) as gz,
    ):
        with tarfile.open(fileobj=gz, mode="w", format=tarfile.USTAR_FORMAT) as tar:
            for name, path in _entries(root, ignore):
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
    return describe(dest, files=count)


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

"""Source tarballs for deploys: deterministic bytes, exclusions, safe symlinks."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

from heroku_tools import tarball


def _tree(root: Path) -> Path:
    (root / "app").mkdir(parents=True)
    (root / "app" / "main.py").write_text("print('hi')\n")
    (root / "Procfile").write_text("web: python app/main.py\n")
    script = root / "bin" / "start"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    (root / ".git" / "objects").mkdir(parents=True)
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "logs").mkdir()
    (root / "logs" / "debug.log").write_text("noise\n")
    (root / "notes.tmp").write_text("scratch\n")
    (root / ".slugignore").write_text("*.tmp\n")
    (root / ".gitignore").write_text("logs/\n")
    return root


def _names(path: Path) -> list[str]:
    with tarfile.open(path) as tar:
        return tar.getnames()


def test_same_tree_same_bytes(tmp_path: Path) -> None:
    first = tarball.build(_tree(tmp_path / "a"), tmp_path / "a.tgz")
    second_root = _tree(tmp_path / "b")
    os.utime(second_root / "Procfile", (1_000_000, 1_000_000))  # other mtimes, same content
    second = tarball.build(second_root, tmp_path / "b.tgz")
    assert first.sha256 == second.sha256
    assert (tmp_path / "a.tgz").read_bytes() == (tmp_path / "b.tgz").read_bytes()
    assert first.checksum == f"SHA256:{first.sha256}" and len(first.sha256) == 64


def test_content_change_changes_the_checksum(tmp_path: Path) -> None:
    root = _tree(tmp_path / "a")
    before = tarball.build(root, tmp_path / "1.tgz").sha256
    (root / "Procfile").write_text("web: gunicorn app\n")
    assert tarball.build(root, tmp_path / "2.tgz").sha256 != before


def test_exclusions_and_sorted_entries(tmp_path: Path) -> None:
    result = tarball.build(_tree(tmp_path / "src"), tmp_path / "out.tgz")
    names = _names(tmp_path / "out.tgz")
    assert set(names) == {
        ".gitignore",
        ".slugignore",
        "Procfile",
        "app",
        "app/main.py",
        "bin",
        "bin/start",
    }
    assert result.files == 5
    with tarfile.open(tmp_path / "out.tgz") as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert members["bin/start"].mode == 0o755 and members["Procfile"].mode == 0o644
    assert {(m.mtime, m.uid, m.gid, m.uname, m.gname) for m in members.values()} == {
        (0, 0, 0, "", "")
    }


def test_entries_are_in_a_stable_walk_order(tmp_path: Path) -> None:
    root = tmp_path / "src"
    for name in ["b.txt", "a.txt", "c/z.txt", "c/a.txt"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(name)
    tarball.build(root, tmp_path / "o.tgz")
    assert _names(tmp_path / "o.tgz") == ["c", "a.txt", "b.txt", "c/a.txt", "c/z.txt"]


def test_gzip_header_has_no_name_or_time(tmp_path: Path) -> None:
    tarball.build(_tree(tmp_path / "src"), tmp_path / "o.tgz")
    header = (tmp_path / "o.tgz").read_bytes()[:10]
    assert header[3] & 0x08 == 0, "no original file name stored"
    assert header[4:8] == b"\0\0\0\0", "no modification time stored"


def test_symlink_inside_the_tree_is_kept_as_a_link(tmp_path: Path) -> None:
    root = _tree(tmp_path / "src")
    (root / "current").symlink_to("app")
    tarball.build(root, tmp_path / "o.tgz")
    with tarfile.open(tmp_path / "o.tgz") as tar:
        link = tar.getmember("current")
    assert link.issym() and link.linkname == "app"


@pytest.mark.parametrize("target", ["/etc/passwd", "../outside", "app/../../outside"])
def test_symlink_escaping_the_tree_is_refused(tmp_path: Path, target: str) -> None:
    root = _tree(tmp_path / "src")
    (tmp_path / "outside").write_text("secret\n")
    (root / "escape").symlink_to(target)
    with pytest.raises(tarball.TarballError, match="points outside"):
        tarball.build(root, tmp_path / "o.tgz")


def test_progress_reader_reports_bytes_and_keeps_length() -> None:
    seen: list[tuple[int, int]] = []
    reader = tarball.ProgressReader(
        io.BytesIO(b"x" * 10), 10, lambda done, total: seen.append((done, total))
    )
    assert len(reader) == 10
    assert reader.read(4) + reader.read(100) == b"x" * 10
    assert seen == [(4, 10), (10, 10)]


def test_not_a_directory(tmp_path: Path) -> None:
    with pytest.raises(tarball.TarballError, match="not a directory"):
        tarball.build(tmp_path / "missing", tmp_path / "o.tgz")

"""Safety of the deploy layer and the command lines: a real deadline over the
whole deploy, bounded and linear reading of build output, git's own ignore
rules for the source tarball, one clean line (and the right exit status)
instead of a traceback, and flags that work wherever they are written."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import BinaryIO, Callable

import pytest

from fake_platform import DeployFake
from heroku_platform_api import Client
from heroku_tools import DeployTimeout, deploy
from heroku_tools.workflow import MAX_LINE, split_lines

from deploy_fixtures import client, fake, project  # noqa: F401  (fixtures)

pytestmark = pytest.mark.usefixtures("isolated_env")


def _trickle(seconds: float) -> Callable[[BinaryIO], None]:
    """A build output stream that sends one byte every 50 ms and never a newline."""

    def write(out: BinaryIO) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            out.write(b"x")
            out.flush()
            time.sleep(0.05)

    return write


def _reported_seconds(error: DeployTimeout) -> float:
    match = re.search(r"after ([0-9.]+)s", str(error))
    assert match, str(error)
    return float(match.group(1))


# ---------------------------------------------------------------- 1. the deadline


def test_a_trickling_stream_without_newlines_stops_at_the_deadline(
    fake: DeployFake, client: Client, project: Path
) -> None:
    fake.next_build = "stuck"
    fake.output_stream = _trickle(60.0)
    lines: list[str] = []
    started = time.monotonic()
    with pytest.raises(DeployTimeout) as caught:
        deploy(client, "deploy-me", project, on_output=lines.append, timeout=2.0, poll_interval=0.1)
    took = time.monotonic() - started
    assert 2.0 <= took < 6.0  # generous slack for a slow, shared CI machine
    assert 2.0 <= _reported_seconds(caught.value) < 6.0
    assert lines == [] or all(set(line) == {"x"} for line in lines)


def test_the_timeout_is_not_given_up_early_and_is_reported_as_waited(
    fake: DeployFake, client: Client, project: Path
) -> None:
    fake.next_build = "stuck"  # polls 1 s, then 1.5 s: the next poll would pass 2 s
    started = time.monotonic()
    with pytest.raises(DeployTimeout) as caught:
        deploy(client, "deploy-me", project, timeout=2.0, poll_interval=1.0)
    took = time.monotonic() - started
    assert 1.95 <= took < 5.0
    reported = _reported_seconds(caught.value)
    assert 1.95 <= reported <= took + 0.05
    assert "timeout 2s" in str(caught.value)


def test_an_8_mb_line_is_read_in_linear_time_and_bounded_pieces(
    fake: DeployFake, client: Client, project: Path
) -> None:
    size = 8 * 1024 * 1024

    def one_long_line(out: BinaryIO) -> None:
        block = b"a" * (1 << 16)
        for _ in range(size // len(block)):
            out.write(block)
        out.write(b"\nDone\n")

    fake.output_stream = one_long_line
    pieces: list[str] = []
    started = time.monotonic()
    deploy(client, "deploy-me", project, on_output=pieces.append, timeout=60.0, poll_interval=0.01)
    assert time.monotonic() - started < 10.0  # was 57 s with requests' iter_lines
    assert pieces[-1] == "Done"
    assert sum(len(p) for p in pieces[:-1]) == size
    assert max(len(p) for p in pieces) <= MAX_LINE


def test_upload_retries_stop_at_the_deadline(
    fake: DeployFake, client: Client, project: Path
) -> None:
    from heroku_tools import UploadFailed

    fake.blob_fail_next = [500] * 10  # retry pauses: 0.5 s, 1 s, 2 s...
    started = time.monotonic()
    with pytest.raises(UploadFailed, match="HTTP 500 after 2 attempts"):
        deploy(client, "deploy-me", project, timeout=1.2, poll_interval=0.1)
    assert time.monotonic() - started < 1.2 + 2.0  # not the 1 s + 2 s of the next pauses
    assert fake.builds == {}


def test_split_lines_keeps_utf8_whole_and_handles_crlf() -> None:
    text = ("é" * 40).encode()  # 80 bytes of 2-byte characters
    chunks = [text[:33], text[33:] + b"\r\nnext", b" line\n", b"tail"]
    assert list(split_lines(chunks, max_line=31)) == [
        "é" * 15,
        "é" * 15,
        "é" * 10,
        "next line",
        "tail",
    ]


# ---------------------------------------------------------------- 2. git's ignore rules

_TREE: dict[str, str] = {
    ".gitignore": "*.log\n!important.log\n/build/\ntmp/\ncache/\ndocs/*.md\n!docs/keep.md\n"
    "**/gen/*.pyc\n\\#hash.txt\nlogs/\n!logs/keep.txt\n",
    "a.log": "",
    "important.log": "",
    "main.py": "",
    "#hash.txt": "",
    "build/out.bin": "",
    "sub/build/kept.txt": "",  # /build/ is anchored to the top
    "sub/tmp/gone.txt": "",  # tmp/ is not
    "cache": "a file, not a directory: cache/ does not match it",
    "docs/a.md": "",
    "docs/keep.md": "",
    "docs/deeper/b.md": "",  # docs/*.md does not cross a /
    "x/gen/m.pyc": "",
    "logs/keep.txt": "",  # its folder is ignored: git cannot re-include it
    "config/.gitignore": "master.key\n/local.yml\n",
    "config/master.key": "secret",
    "config/app.yml": "",
    "config/local.yml": "",
    "config/env/local.yml": "",  # /local.yml is anchored to config/
    "config/env/master.key": "secret",
    "storage/app/.gitignore": "*\n!.gitignore\n",
    "storage/app/upload.png": "",
    "storage/app/public/avatar.png": "",
    "storage/other.txt": "",
    "nested/.gitignore": "!*.log\n",  # deeper files override the top one
    "nested/x.log": "",
    "nested/deep/.gitignore": "/only-here.txt\n*.md\n!README.md\n",
    "nested/deep/only-here.txt": "",
    "nested/deep/sub/only-here.txt": "",
    "nested/deep/notes.md": "",
    "nested/deep/README.md": "",
    "nested/deep/y.log": "",
    "private/secret.txt": "",  # .git/info/exclude
    "private/public.txt": "",
}


def _git(root: Path, *args: str) -> str:
    import subprocess

    env = {
        "PATH": "/usr/bin:/bin:/usr/local/bin",
        "HOME": str(root.parent),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": "/dev/null",
    }
    done = subprocess.run(
        ["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _packed_files(path: Path) -> set[str]:
    import tarfile

    with tarfile.open(path) as archive:
        return {member.name for member in archive.getmembers() if not member.isdir()}


def test_the_tarball_holds_exactly_what_git_would_add(tmp_path: Path) -> None:
    from heroku_tools import tarball

    root = tmp_path / "tree"
    for name, text in _TREE.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    _git(root, "init", "-q")
    (root / ".git" / "info").mkdir(exist_ok=True)
    (root / ".git" / "info" / "exclude").write_text("private/secret.txt\n")
    expected = set(_git(root, "ls-files", "-co", "--exclude-standard", "-z").split("\0")) - {""}
    packed = _packed_files(tarball.build(root, tmp_path / "out.tar.gz").path)
    assert packed == expected
    # the cases the old top-level-only matching got wrong, spelled out
    assert "config/master.key" not in packed and "storage/app/upload.png" not in packed
    assert "nested/x.log" in packed and "config/env/local.yml" in packed


# ---------------------------------------------------------------- 3. no tracebacks


def _cli(fake: DeployFake, monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    """``heroku-api`` through its entry point, in process."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from heroku_tools import cli

    monkeypatch.setenv("HEROKU_API_KEY", fake.token)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = cli.main(["--base-url", fake.url, *argv])
        except SystemExit as exit:  # argparse usage errors
            status = int(exit.code or 0)
    return status, out.getvalue(), err.getvalue()


def _one_clean_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def _env(fake: DeployFake, tmp_path: Path) -> dict[str, str]:
    import os

    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "NETRC": str(tmp_path / "no-netrc"),
        "HEROKU_API_KEY": fake.token,
    }


def _heroku_api(*argv: str, module: str = "heroku_tools.cli") -> list[str]:
    import sys

    return [sys.executable, "-m", module, *argv]


def test_a_file_name_longer_than_ustar_allows_is_packed(
    fake: DeployFake, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import tarfile

    deep = project / ("d" * 120) / ("e" * 120)
    deep.mkdir(parents=True)
    (deep / ("f" * 200 + ".txt")).write_text("long\n")
    status, _, err = _cli(fake, monkeypatch, "deploy", "-a", "deploy-me", "-q", str(project))
    assert status == 0, err
    with tarfile.open(fileobj=io.BytesIO(next(iter(fake.blobs.values())))) as archive:
        names = archive.getnames()
    assert f"{'d' * 120}/{'e' * 120}/{'f' * 200}.txt" in names


def test_a_symlink_loop_is_one_line_and_exit_1(
    fake: DeployFake, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "loop").symlink_to("loop")
    status, out, err = _cli(fake, monkeypatch, "deploy", "-a", "deploy-me", "-q", str(project))
    assert status == 1 and out == ""
    assert "symbolic link loop" in _one_clean_line(err)
    assert fake.builds == {}


def test_an_unreachable_log_stream_is_one_line_without_its_signed_url(
    fake: DeployFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fake.logplex_url = f"http://127.0.0.1:{port}/logs/secret-signature"
    status, out, err = _cli(fake, monkeypatch, "logs", "-a", "deploy-me")
    line = _one_clean_line(err)
    assert status == 1 and out == ""
    assert "log stream" in line and "secret-signature" not in line


@pytest.mark.parametrize(
    "module, command",
    [
        ("heroku_tools.cli", ["logs", "-a", "deploy-me"]),
        ("heroku_tools.cli", ["apps", "list"]),
        ("heroku_platform_api.cli", ["apps", "list"]),  # the generated CLI on its own
    ],
)
def test_output_piped_into_head_ends_quietly_with_141(
    fake: DeployFake, tmp_path: Path, module: str, command: list[str]
) -> None:
    import subprocess

    fake.log_lines = [f"2024-01-01T00:00:00Z app[web.1]: line {n}" for n in range(20000)]
    for n in range(400):
        fake.create_app(f"app-{n:04d}")
    with subprocess.Popen(
        _heroku_api("--base-url", fake.url, *command, module=module),
        env=_env(fake, tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(10)  # what `head -c 10` reads, then it goes away
        process.stdout.close()
        err = process.stderr.read().decode()
        status = process.wait(timeout=60)
    assert (status, err) == (141, "")


def test_ctrl_c_while_polling_names_the_build_that_keeps_running(
    fake: DeployFake, project: Path, tmp_path: Path
) -> None:
    import signal
    import subprocess

    fake.next_build = "stuck"
    with subprocess.Popen(
        _heroku_api("--base-url", fake.url, "deploy", "-a", "deploy-me", "-q", str(project)),
        env=_env(fake, tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        limit = time.monotonic() + 60
        while not any(r.path.startswith("/streams/") for r in fake.blob_requests):
            assert process.poll() is None and time.monotonic() < limit
            time.sleep(0.05)
        time.sleep(0.3)  # polling now
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    (build_id,) = fake.builds
    line = _one_clean_line(err.decode())
    assert process.returncode == 130 and out == b""
    assert f"build {build_id} continues on Heroku" in line
    assert f"heroku-api builds info -a deploy-me {build_id}" in line


# ---------------------------------------------------------------- 4. ergonomics


def test_deploy_of_a_missing_path_is_a_usage_error(
    fake: DeployFake, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = _cli(fake, monkeypatch, "deploy", "-a", "deploy-me", str(tmp_path / "nope"))
    assert status == 2 and "nope: no such file or directory" in err
    assert fake.requests == []


def test_global_options_work_after_the_command_without_clobbering(
    fake: DeployFake, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from heroku_tools import cli

    parser = cli.build_parser()
    after = parser.parse_args(["releases", "-a", "x", "--json", "--base-url", "http://h"])
    assert (after.json, after.base_url) == (True, "http://h")
    before = parser.parse_args(["--json", "--base-url", "http://h", "apps", "info", "x"])
    assert (before.json, before.base_url) == (True, "http://h")
    plain = parser.parse_args(["apps", "list"])
    assert (plain.json, plain.base_url) == (False, None)
    status, out, err = _cli(
        fake, monkeypatch, "deploy", "-a", "deploy-me", "-q", str(project), "--json"
    )
    assert status == 0, err
    assert json.loads(out)["release"]["version"] == 1


def test_the_app_is_an_option_everywhere_and_positional_where_it_is_the_subject(
    fake: DeployFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    for argv in (["apps", "info", "deploy-me"], ["apps", "info", "-a", "deploy-me"]):
        status, out, err = _cli(fake, monkeypatch, *argv)
        assert status == 0 and json.loads(out)["name"] == "deploy-me", err
    status, _, err = _cli(fake, monkeypatch, "apps", "info", "deploy-me", "--app", "other")
    assert status == 2 and "give APP or -a/--app, not both" in err
    status, _, err = _cli(fake, monkeypatch, "apps", "info")
    assert status == 2 and "required: APP or -a/--app" in err


def test_the_request_body_has_its_own_flag(
    fake: DeployFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    status, out, err = _cli(
        fake, monkeypatch, "apps", "create", "--body", '{"name": "from-body"}', "--json"
    )
    assert status == 0, err
    assert json.loads(out)["name"] == "from-body"
    status, _, err = _cli(fake, monkeypatch, "apps", "create", "--json", '{"name": "x"}')
    assert status == 2 and "unrecognized arguments" in err  # --json is output only


def test_a_silent_log_stream_is_reported_as_a_timeout(fake: DeployFake, client: Client) -> None:
    from heroku_tools import DeployError, tail_logs

    def silent(out: BinaryIO) -> None:
        time.sleep(3.0)

    fake.output_stream = silent  # headers, then nothing for 3 s
    fake.logplex_url = fake.blob_url + "/streams/silent"
    started = time.monotonic()
    with pytest.raises(DeployError, match="no data within the read timeout"):
        list(tail_logs(client, "deploy-me", read_timeout=0.5))
    assert time.monotonic() - started < 2.5

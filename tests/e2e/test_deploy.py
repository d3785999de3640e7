"""Deploy, rollback and logs, end to end against the fake API and a separate
fake blob store (which refuses any request carrying the API token)."""

from __future__ import annotations

import hashlib
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from fake_platform import DeployFake
from heroku_platform_api import Client
from heroku_tools import (
    DeployFailed,
    DeployTimeout,
    UploadFailed,
    deploy,
    rollback,
    tail_logs,
    tarball,
)
from heroku_tools import cli

from deploy_fixtures import client, fake, project  # noqa: F401  (fixtures)

pytestmark = pytest.mark.usefixtures("isolated_env")


def _fast(**overrides: float) -> dict[str, float]:
    return {"poll_interval": 0.01, "max_poll_interval": 0.02, "timeout": 10.0, **overrides}


def _cli(fake: DeployFake, monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("HEROKU_API_KEY", fake.token)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = cli.main(["--base-url", fake.url, *argv])
        except SystemExit as exit:  # argparse usage errors
            status = int(exit.code or 0)
    return status, out.getvalue(), err.getvalue()


def test_a_directory_is_built_and_released(fake: DeployFake, client: Client, project: Path) -> None:
    lines: list[str] = []
    progress: list[tuple[int, int]] = []
    result = deploy(
        client, "deploy-me", project, version="1a2b3c",
        on_output=lines.append, on_upload_progress=lambda done, total: progress.append((done, total)), **_fast(),
    )  # fmt: skip
    assert result.release.version == 1 and result.release.slug is not None
    assert result.build.status is not None and result.build.status.value == "succeeded"
    assert lines == fake.output_lines
    assert progress[-1] == (result.tarball.size, result.tarball.size)
    api_calls = [(r.method, r.path) for r in fake.requests]
    build_id = result.build.id
    assert api_calls == [
        ("POST", "/sources"),
        ("POST", "/apps/deploy-me/builds"),
        *[("GET", f"/apps/deploy-me/builds/{build_id}")] * fake.polls_until_done,
        ("GET", f"/apps/deploy-me/releases/{result.release.id}"),
    ]
    sent = fake.requests[1].body["source_blob"]
    uploaded = next(iter(fake.blobs.values()))
    assert (
        sent["checksum"]
        == "SHA256:" + hashlib.sha256(uploaded).hexdigest()
        == result.tarball.checksum
    )
    assert sent["version"] == "1a2b3c" and sent["url"].startswith(fake.blob_url)
    puts = [r for r in fake.blob_requests if r.method == "PUT"]
    assert len(puts) == 1 and puts[0].headers["content-type"] == ""
    assert int(puts[0].headers["content-length"]) == result.tarball.size


def test_the_token_never_reaches_the_blob_store(
    fake: DeployFake, client: Client, project: Path, isolated_env: Path
) -> None:
    isolated_env.write_text(f"machine 127.0.0.1 login me password {fake.token}\n")
    isolated_env.chmod(0o600)  # requests would add Basic auth from netrc if the session trusted it
    deploy(client, "deploy-me", project, **_fast())
    assert {r.method for r in fake.blob_requests} >= {"PUT", "GET"}  # upload and output stream
    for request in fake.blob_requests:
        assert "authorization" not in request.headers
        assert fake.token not in " ".join(request.headers.values())


def test_a_failed_build_raises_with_its_output(
    fake: DeployFake, client: Client, project: Path
) -> None:
    fake.next_build = "failed"
    with pytest.raises(DeployFailed) as caught:
        deploy(client, "deploy-me", project, **_fast())
    assert caught.value.status == "failed"
    assert caught.value.build_id in fake.builds
    assert caught.value.output_tail == fake.output_lines
    assert "-----> Done" in str(caught.value)
    assert fake.releases.get(fake.find_app("deploy-me")["id"], []) == []


def test_a_blob_store_that_keeps_failing_stops_before_any_build(
    fake: DeployFake, client: Client, project: Path
) -> None:
    fake.blob_fail_next = [500, 500, 500]
    with pytest.raises(UploadFailed, match="HTTP 500 after 3 attempts"):
        deploy(client, "deploy-me", project, **_fast())
    assert [r for r in fake.requests if r.path.endswith("/builds")] == []
    assert fake.builds == {}


def test_an_upload_error_is_retried_from_the_start(
    fake: DeployFake, client: Client, project: Path
) -> None:
    fake.blob_fail_next = [503]
    result = deploy(client, "deploy-me", project, **_fast())
    puts = [r for r in fake.blob_requests if r.method == "PUT"]
    assert len(puts) == 2 and all(
        int(p.headers["content-length"]) == result.tarball.size for p in puts
    )
    assert result.release.version == 1


def test_a_refused_upload_is_not_retried(fake: DeployFake, client: Client, project: Path) -> None:
    fake.blob_fail_next = [403]
    with pytest.raises(UploadFailed) as caught:
        deploy(client, "deploy-me", project, **_fast())
    assert caught.value.status == 403
    assert len([r for r in fake.blob_requests if r.method == "PUT"]) == 1


def test_a_build_that_never_finishes_times_out(
    fake: DeployFake, client: Client, project: Path
) -> None:
    fake.next_build = "stuck"
    with pytest.raises(DeployTimeout) as caught:
        deploy(client, "deploy-me", project, **_fast(timeout=0.5))
    assert caught.value.status == "pending" and caught.value.build_id in fake.builds
    assert "after 0.5s" in str(caught.value)


def test_an_existing_tarball_is_uploaded_as_it_is(
    fake: DeployFake, client: Client, project: Path, tmp_path: Path
) -> None:
    packed = tarball.build(project, tmp_path / "release.tar.gz")
    result = deploy(client, "deploy-me", packed.path, **_fast())
    assert next(iter(fake.blobs.values())) == packed.path.read_bytes()
    assert result.tarball.checksum == packed.checksum


def test_rollback_releases_an_earlier_slug_again(
    fake: DeployFake, client: Client, project: Path
) -> None:
    first = deploy(client, "deploy-me", project, **_fast()).release
    (project / "Procfile").write_text("web: gunicorn app\n")
    deploy(client, "deploy-me", project, **_fast())
    again = rollback(client, "deploy-me", "v1")
    assert again.version == 3
    assert again.slug is not None and first.slug is not None and again.slug.id == first.slug.id
    assert fake.requests[-1].body == {"slug": first.slug.id, "description": "Rollback to v1"}


def test_tail_logs_yields_the_lines_then_ends(fake: DeployFake, client: Client) -> None:
    assert list(tail_logs(client, "deploy-me", dyno="web.1", lines=2, tail=False)) == fake.log_lines
    assert fake.requests[-1].body == {"dyno_name": "web.1", "lines": 2, "tail": False}


def test_cli_deploy_exit_statuses_and_json(
    fake: DeployFake, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, err = _cli(
        fake, monkeypatch, "--json", "deploy", "--app", "deploy-me", "--timeout", "10", str(project)
    )
    assert status == 0, err
    document = json.loads(out)
    assert document["release"]["version"] == 1 and document["checksum"].startswith("SHA256:")
    assert "Uploading" in err and "-----> Done" in err  # progress and live build output on stderr
    fake.next_build = "failed"
    status, out, err = _cli(fake, monkeypatch, "deploy", "--app", "deploy-me", "-q", str(project))
    assert status == 1 and "failed" in err and out == ""


def test_cli_logs_rollback_and_releases(
    fake: DeployFake, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _cli(fake, monkeypatch, "deploy", "--app", "deploy-me", "-q", str(project))[0] == 0
    status, out, _ = _cli(fake, monkeypatch, "logs", "--app", "deploy-me", "--num", "2")
    assert status == 0 and out.splitlines() == fake.log_lines
    status, out, _ = _cli(fake, monkeypatch, "rollback", "--app", "deploy-me", "1")
    assert status == 0 and "now v2" in out


def test_cli_usage_and_auth_errors_exit_2(
    fake: DeployFake, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _cli(fake, monkeypatch, "deploy", str(project))[0] == 2  # --app missing
    monkeypatch.setenv("HEROKU_API_KEY", "wrong-token")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = cli.main(
            ["--base-url", fake.url, "deploy", "--app", "deploy-me", "-q", str(project)]
        )
    assert status == 2 and "401" in err.getvalue()
    monkeypatch.delenv("HEROKU_API_KEY")
    with redirect_stdout(out), redirect_stderr(err):
        status = cli.main(["--base-url", fake.url, "rollback", "--app", "deploy-me", "1"])
    assert status == 2 and "no API token found" in err.getvalue()

"""Release code over the Platform API, as one call: the walkthrough in
``releasing-via-platform-api`` done right.

    tarball -> POST /sources -> PUT put_url -> POST /apps/{app}/builds
    -> stream output_stream_url -> poll the build -> the release

The upload and the output/log streams go to other hosts (a blob store, the
build and log services) with signed URLs, so they use a session of their own
that never carries the API token and ignores ~/.netrc.
"""

from __future__ import annotations

import collections
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

import requests

from heroku_platform_api import UNSET, Client, models

from . import tarball

OutputCallback = Callable[[str], None]
ProgressCallback = Callable[[int, int], None]
TERMINAL = ("succeeded", "failed")


class DeployError(Exception):
    """Base of the workflow errors (API errors propagate as they are)."""


class UploadFailed(DeployError):
    """The blob store did not accept the source tarball; nothing was built."""

    def __init__(self, status: Optional[int], reason: str) -> None:
        self.status = status
        super().__init__(f"upload of the source tarball failed: {reason}")


class DeployFailed(DeployError):
    """The build ended in ``failed`` (or did not finish in time)."""

    def __init__(
        self, build_id: str, status: str, output_tail: list[str], reason: str = ""
    ) -> None:
        self.build_id = build_id
        self.status = status
        self.output_tail = output_tail
        tail = "\n".join(output_tail[-10:])
        super().__init__(
            f"build {build_id} {reason or status}" + (f"; last output:\n{tail}" if tail else "")
        )


class DeployTimeout(DeployFailed):
    """The build was still running when the deploy's timeout ran out."""


@dataclass(frozen=True)
class Deployment:
    build: models.Build
    release: models.Release
    tarball: tarball.Tarball


def _blob_session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no netrc credentials, no proxies from the environment
    return session


def upload(
    put_url: str,
    source: tarball.Tarball,
    on_progress: Optional[ProgressCallback] = None,
    attempts: int = 3,
) -> None:
    """PUT the tarball to the signed URL with an empty Content-Type, retrying
    server errors and dropped connections from the start of the file."""
    last = "no attempt"
    with _blob_session() as session:
        for attempt in range(attempts):
            with open(source.path, "rb") as handle:
                body = tarball.ProgressReader(handle, source.size, on_progress)
                try:
                    response = session.put(
                        put_url, data=body, headers={"Content-Type": ""}, timeout=(10, 300)
                    )
                except requests.RequestException as exc:
                    last = f"{type(exc).__name__}"
                else:
                    if response.status_code < 300:
                        return
                    last = f"HTTP {response.status_code}"
                    if response.status_code < 500:
                        raise UploadFailed(response.status_code, last)
            time.sleep(min(2**attempt, 10) * 0.5)
    raise UploadFailed(None, f"{last} after {attempts} attempts")


def stream_lines(
    url: str, deadline: Optional[float] = None, read_timeout: float = 30.0
) -> Iterator[str]:
    """Lines of a streaming response (build output, logplex), as they arrive."""
    with _blob_session() as session:
        with session.get(url, stream=True, timeout=(10, read_timeout)) as response:
            response.raise_for_status()
            for line in response.iter_lines(decode_unicode=False):
                yield line.decode("utf-8", "replace")
                if deadline is not None and time.monotonic() > deadline:
                    return


def _prepare(path: Union[str, Path], workdir: Path) -> tarball.Tarball:
    path = Path(path)
    if path.is_file() and path.name.endswith((".tar.gz", ".tgz")):
        return tarball.describe(path)
    return tarball.build(path, workdir / "source.tar.gz")


def deploy(
    client: Client,
    app: str,
    path: Union[str, Path],
    version: Optional[str] = None,
    *,
    on_output: Optional[OutputCallback] = None,
    on_upload_progress: Optional[ProgressCallback] = None,
    timeout: float = 900.0,
    poll_interval: float = 1.0,
    max_poll_interval: float = 10.0,
) -> Deployment:
    """Build ``path`` (a directory or an existing ``.tar.gz``) on ``app`` and
    return the build and its release; raises :class:`DeployFailed` with the
    build id, its status and the last lines of its output when it fails."""
    deadline = time.monotonic() + timeout
    with tempfile.TemporaryDirectory(prefix="heroku-deploy-") as workdir:
        source = _prepare(path, Path(workdir))
        blob = client.sources.create_source().source_blob
        if blob is None or not blob.put_url or not blob.get_url:
            raise DeployError("the API returned a source without upload URLs")
        upload(blob.put_url, source, on_upload_progress)
    build = client.builds.create_build(
        app,
        source_blob=models.CreateBuildBodySourceBlob(
            url=blob.get_url, version=version, checksum=source.checksum
        ),
    )
    if build.id is None:
        raise DeployError("the API returned a build without an id")
    build_id = build.id
    tail: collections.deque[str] = collections.deque(maxlen=50)
    if build.output_stream_url:
        try:
            for line in stream_lines(build.output_stream_url, deadline):
                tail.append(line)
                if on_output is not None:
                    on_output(line)
        except requests.RequestException:
            pass  # the output is a convenience; the build status below is what counts
    delay = poll_interval
    while build.status is None or build.status.value not in TERMINAL:
        if time.monotonic() + delay > deadline:
            status = build.status.value if build.status else "pending"
            raise DeployTimeout(build_id, status, list(tail), f"still {status} after {timeout:g}s")
        time.sleep(delay)
        delay = min(delay * 1.5, max_poll_interval)
        build = client.builds.get_build(app, build_id)
    if build.status.value != "succeeded":
        raise DeployFailed(build_id, build.status.value, list(tail))
    if build.release is None or build.release.id is None:
        raise DeployFailed(build_id, "succeeded", list(tail), "succeeded but created no release")
    release = client.releases.get_release(app, build.release.id)
    return Deployment(build=build, release=release, tarball=source)


def rollback(client: Client, app: str, version: Union[int, str]) -> models.Release:
    """Release the slug of release ``version`` again (a new release, like
    ``heroku rollback``)."""
    target = client.releases.get_release(app, str(version).lstrip("v"))
    if target.slug is None or target.slug.id is None:
        raise DeployError(f"release v{target.version} of {app} has no slug to roll back to")
    return client.releases.create_release(
        app, slug=target.slug.id, description=f"Rollback to v{target.version}"
    )


def tail_logs(
    client: Client,
    app: str,
    dyno: Optional[str] = None,
    source: Optional[str] = None,
    lines: int = 100,
    tail: bool = True,
    read_timeout: float = 300.0,
) -> Iterator[str]:
    """Create a log session and yield its lines as they arrive (for ever when
    ``tail``, until the stream ends otherwise)."""
    session = client.log_sessions.create_log_session(
        app,
        dyno=dyno if dyno is not None else UNSET,
        source=models.CreateLogSessionBodySource(source) if source else UNSET,
        lines=lines,
        tail=tail,
    )
    if not session.logplex_url:
        raise DeployError("the API returned a log session without a URL")
    yield from stream_lines(session.logplex_url, read_timeout=read_timeout)

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
from typing import Callable, Iterable, Iterator, Literal, Optional, Union

import requests

from heroku_platform_api import (
    UNSET,
    ApiError,
    Client,
    ClientError,
    DeadlineExceeded,
    TransportError,
    models,
    open_stream,
)
from heroku_platform_api._runtime import iter_lines

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
    deadline: Optional[Deadline] = None,
) -> None:
    """PUT the tarball to the signed URL with an empty Content-Type, retrying
    server errors and dropped connections from the start of the file."""
    last, made = "no attempt", 0
    with _blob_session() as session:
        for attempt in range(attempts):
            with open(source.path, "rb") as handle:
                body = tarball.ProgressReader(handle, source.size, on_progress)
                try:
                    timeout = (
                        (10.0, 300.0)
                        if deadline is None
                        else (deadline.cap(10.0), deadline.cap(300.0))
                    )
                    response = session.put(
                        put_url, data=body, headers={"Content-Type": ""}, timeout=timeout
                    )
                except requests.RequestException as exc:
                    last = f"{type(exc).__name__}"
                else:
                    if response.status_code < 300:
                        return
                    last = f"HTTP {response.status_code}"
                    if response.status_code < 500:
                        raise UploadFailed(response.status_code, last)
            made = attempt + 1
            pause = min(2**attempt, 10) * 0.5
            if made == attempts or (deadline is not None and deadline.remaining() <= pause):
                break  # no attempt left, or no time for one
            time.sleep(pause)
    plural = "" if made == 1 else "s"
    raise UploadFailed(None, f"{last} after {made} attempt{plural}")


MAX_LINE = 64 * 1024  # longer lines are passed on in pieces of this size


class Deadline:
    """A point on the monotonic clock that the whole deploy must finish by.

    Every blocking step (API calls, the upload, each read of the output
    stream) gets a socket timeout no longer than what is left, so the deploy
    neither gives up early nor overruns the deadline by more than one step's
    overhead."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.start = time.monotonic()
        self.end = self.start + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def expired(self) -> bool:
        return self.remaining() <= 0

    def cap(self, seconds: float) -> float:
        """``seconds``, or less when less is left (never 0: sockets treat that as
        non-blocking)."""
        return max(0.001, min(seconds, self.remaining()))


def split_lines(chunks: Iterable[bytes], max_line: int = MAX_LINE) -> Iterator[str]:
    """Decoded lines of a byte stream in bounded pieces: the client runtime's
    ``iter_lines`` (linear time; a line longer than ``max_line`` bytes comes
    in pieces, never splitting a UTF-8 character)."""
    return iter_lines(chunks, max_line)


def stream_lines(
    url: str,
    deadline: Union[Deadline, float, None] = None,
    read_timeout: float = 30.0,
    max_line: int = MAX_LINE,
) -> Iterator[str]:
    """Lines of a streaming response (build output, logplex), as they arrive,
    until the stream ends or ``deadline`` (a :class:`Deadline`, or seconds)
    passes.  A line longer than ``max_line`` bytes comes in pieces.

    The client's streaming primitive (``open_stream``) does the work: a
    session of its own that never carries the API token nor a netrc login,
    each read waiting at most ``read_timeout`` and what is left of the
    deadline."""
    if isinstance(deadline, (int, float)):
        deadline = Deadline(deadline)
    connect = 10.0 if deadline is None else deadline.cap(10.0)
    first_read = read_timeout if deadline is None else deadline.cap(read_timeout)
    expires = None if deadline is None else deadline.end
    with open_stream(url, timeout=(connect, first_read), expires=expires) as streamed:
        try:
            yield from streamed.iter_lines(max_line)
        except DeadlineExceeded:
            return  # the deadline is the caller's to report


def _prepare(path: Union[str, Path], workdir: Path) -> tarball.Tarball:
    path = Path(path)
    if path.is_file() and path.name.endswith((".tar.gz", ".tgz")):
        return tarball.describe(path)
    return tarball.build(path, workdir / "source.tar.gz")


def _api_timeout(deadline: Deadline) -> tuple[float, float]:
    """The client's usual (connect, read) timeout, shortened to what is left."""
    return (deadline.cap(10.0), deadline.cap(60.0))


def _follow_output(
    url: str, deadline: Deadline, tail: collections.deque[str], on_output: Optional[OutputCallback]
) -> None:
    """Pass the build output on as it arrives, until it ends or the deadline."""
    try:
        for line in stream_lines(url, deadline):
            tail.append(line)
            if on_output is not None:
                on_output(line)
    except ClientError:
        pass  # the output is a convenience; the build status below is what counts


def _timed_out(build_id: str, status: str, tail: list[str], deadline: Deadline) -> DeployTimeout:
    return DeployTimeout(
        build_id,
        status,
        tail,
        f"still {status} after {deadline.elapsed():.1f}s (timeout {deadline.seconds:g}s)",
    )


def deploy(
    client: Client,
    app: str,
    path: Union[str, Path],
    version: Optional[str] = None,
    *,
    on_output: Optional[OutputCallback] = None,
    on_upload_progress: Optional[ProgressCallback] = None,
    on_build: Optional[Callable[[models.Build], None]] = None,
    timeout: float = 900.0,
    poll_interval: float = 1.0,
    max_poll_interval: float = 10.0,
) -> Deployment:
    """Build ``path`` (a directory or an existing ``.tar.gz``) on ``app`` and
    return the build and its release; raises :class:`DeployFailed` with the
    build id, its status and the last lines of its output when it fails.

    ``timeout`` is one deadline over the whole deploy (packing, upload, the
    output stream and polling): :class:`DeployTimeout` is raised when it has
    really passed, not when the next poll might pass it.  ``on_build`` is told
    the build as soon as it exists (so a caller can say which build keeps
    running if the deploy is interrupted)."""
    deadline = Deadline(timeout)
    with tempfile.TemporaryDirectory(prefix="heroku-deploy-") as workdir:
        source = _prepare(path, Path(workdir))
        blob = client.sources.create(timeout=_api_timeout(deadline)).source_blob
        if blob is None or not blob.put_url or not blob.get_url:
            raise DeployError("the API returned a source without upload URLs")
        upload(blob.put_url, source, on_upload_progress, deadline=deadline)
    build = client.builds.create(
        app,
        source_blob=models.BuildCreateBodySourceBlobInput(
            url=blob.get_url, version=version, checksum=source.checksum
        ),
        timeout=_api_timeout(deadline),
    )
    if build.id is None:
        raise DeployError("the API returned a build without an id")
    build_id = build.id
    if on_build is not None:
        on_build(build)
    tail: collections.deque[str] = collections.deque(maxlen=50)
    if build.output_stream_url and not deadline.expired():
        _follow_output(build.output_stream_url, deadline, tail, on_output)
    delay = poll_interval
    while build.status is None or build.status.value not in TERMINAL:
        if deadline.expired():
            status = build.status.value if build.status else "pending"
            raise _timed_out(build_id, status, list(tail), deadline)
        time.sleep(min(delay, max(deadline.remaining(), 0.0)))
        delay = min(delay * 1.5, max_poll_interval)
        build = client.builds.info(app, build_id, timeout=_api_timeout(deadline))
    if build.status.value != "succeeded":
        raise DeployFailed(build_id, build.status.value, list(tail))
    if build.release is None or build.release.id is None:
        raise DeployFailed(build_id, "succeeded", list(tail), "succeeded but created no release")
    release = client.releases.info(app, build.release.id)
    return Deployment(build=build, release=release, tarball=source)


def rollback(client: Client, app: str, version: Union[int, str]) -> models.Release:
    """Release the slug of release ``version`` again (a new release, like
    ``heroku rollback``)."""
    target = client.releases.info(app, str(version).lstrip("v"))
    if target.slug is None or target.slug.id is None:
        raise DeployError(f"release v{target.version} of {app} has no slug to roll back to")
    return client.releases.create(
        app, slug=target.slug.id, description=f"Rollback to v{target.version}"
    )


def tail_logs(
    client: Client,
    app: str,
    dyno: Optional[str] = None,
    source: Optional[Literal["app", "heroku"]] = None,
    lines: int = 100,
    tail: bool = True,
    read_timeout: float = 300.0,
) -> Iterator[str]:
    """Create a log session and yield its lines as they arrive (for ever when
    ``tail``, until the stream ends otherwise)."""
    session = client.log_sessions.create(
        app,
        dyno_name=dyno if dyno is not None else UNSET,
        source=source if source else UNSET,
        lines=lines,
        tail=tail,
    )
    if not session.logplex_url:
        raise DeployError("the API returned a log session without a URL")
    try:
        yield from stream_lines(session.logplex_url, read_timeout=read_timeout)
    except ClientError as error:  # the signed URL stays out of the message
        raise DeployError(f"the log stream could not be read: {_failure(error)}") from None


def _failure(error: ClientError) -> str:
    """What went wrong, without the URL (signed: a credential of its own)."""
    if isinstance(error, ApiError):
        return f"HTTP {error.status}"
    if isinstance(error, TransportError):
        text = str(error)
        if "ConnectTimeout" in text:
            return "connection timed out"
        if "Timeout" in text or "timed out" in text:
            return "no data within the read timeout"
        if "broke off" in text:
            return "the stream broke off"
        return "connection failed (refused, reset or no route)"
    return type(error).__name__

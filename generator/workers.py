"""Worker processes for large documents, and the rules that keep them safe.

The command line opens the pools before it imports the rest of the generator
(see :mod:`generator.cli`), so this module imports only the standard library:
validation's worker is forked within milliseconds of the start and imports
the validators (about 0.3 s) while this process imports the generator and
builds.

Every worker is forked (it inherits what its parent had at the fork), dies
with the generator whatever kills it, and is killed, not waited for, when the
run fails.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

# Documents smaller than this are generated in one process: forking workers
# would cost more than it saves.
PARALLEL_SPEC_BYTES = 400_000


class LazyPool(Executor):
    """A pool of forked workers that forks them on its first task, not before.

    A forked worker keeps the pages of its parent as they were at the fork, so
    each one adds to the run's memory as the parent goes on; a pool nothing
    submits to costs nothing."""

    def __init__(self, workers: int, *, release_when_idle: bool = False) -> None:
        self.workers = workers
        self.release_when_idle = release_when_idle
        self.pool: Optional[ProcessPoolExecutor] = None
        self.futures: list[Future[Any]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> "Future[Any]":
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers,
                # Workers must be forked: their parent is then this process, and one
                # forked after the parse inherits the document (loader.parsed_for_workers).
                mp_context=multiprocessing.get_context("fork") if _FORK else None,
                initializer=_worker_started,
                initargs=(os.getpid(),),
            )
        future = self.pool.submit(fn, *args, **kwargs)
        self.futures.append(future)
        if self.release_when_idle:
            future.add_done_callback(self._release_soon)
        return future

    def _release_soon(self, _: "Future[Any]") -> None:
        """Release the workers the moment the last result is in, however busy
        this process is.  The callback runs on the pool's own thread, which must
        not wait on itself, so the release runs on a thread of its own."""
        threading.Thread(target=self.release_if_done, daemon=True).start()

    def release_if_done(self) -> None:
        """Let the workers exit once all their work is done (its results stay
        readable): an idle worker still holds the pages it copied and its own
        heap until the pool is shut down."""
        if self.pool is not None and all(future.done() for future in self.futures):
            self.pool.shutdown(wait=False)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=wait, cancel_futures=cancel_futures)


@dataclass(frozen=True)
class Pools:
    """Validation's one worker (it validates while this process builds), and
    the formatting pool, forked only if black has many chunks to format (it
    rarely runs at all)."""

    validation: LazyPool
    formatting: LazyPool

    def __iter__(self) -> Iterator[LazyPool]:
        return iter((self.validation, self.formatting))


@contextlib.contextmanager
def pools(spec: Path, workers: Optional[int]) -> Iterator[Optional[Pools]]:
    """Worker processes that never outlive the generator.

    A killed generator (``timeout``, CI cancellation, a closed pipe) used to
    leave its workers validating for minutes with its stdout open, so whoever
    read that pipe hung.  Now SIGTERM kills the workers before the generator
    exits, any failure kills them instead of waiting for their work, and each
    worker dies with its parent even when the parent is SIGKILLed.
    """
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or (workers is None and spec.stat().st_size < PARALLEL_SPEC_BYTES):
        yield None
        return
    # Validation's worker is let go as soon as its verdict is in: it would
    # otherwise hold its pages (ec2: 25-45 MB of PSS) through the render, the
    # run's peak, until the next point this process checks.
    opened = Pools(LazyPool(1, release_when_idle=True), LazyPool(count))
    try:
        with _killing_workers_on_sigterm(opened):
            yield opened
    except BaseException:
        _kill_workers(opened)
        # Waiting is quick once the workers are dead, and needed: exiting while the
        # executor's manager thread still runs makes it write to a closed pipe.
        for pool in opened:
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    for pool in opened:
        pool.shutdown(wait=True)


_FORK = sys.platform == "linux"
_PR_SET_PDEATHSIG = 1


def _worker_started(parent: int) -> None:
    """Make this worker die with the generator, whatever kills the generator.

    On Linux the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG);
    elsewhere a daemon thread polls for the parent.  The worker's stdout is
    /dev/null: only the parent writes output, and a worker must never keep the
    parent's stdout pipe open (stderr stays, for tracebacks of the worker).
    """
    # What the worker inherited is never garbage it could collect: freezing it
    # keeps its collector from writing to (and so copying) every inherited page.
    # The collector itself is back on (the command line turns it off): the
    # worker's own work may leave cycles.
    gc.freeze()
    gc.enable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    if _FORK:
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    """Exit once the parent is gone (the worker is re-parented)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _kill_workers(pools: Pools) -> None:
    """SIGKILL every worker now: waiting for their work could take minutes.
    (``_processes`` is the executor's own pid -> process map; Python 3.14 has
    ``kill_workers()`` for this.)"""
    for pool in pools:
        processes = dict(getattr(pool.pool, "_processes", None) or {})
        for process in processes.values():
            with contextlib.suppress(OSError, AttributeError, ValueError):
                process.kill()


@contextlib.contextmanager
def _killing_workers_on_sigterm(pools: Pools) -> Iterator[None]:
    """While the pools are in use, SIGTERM kills its workers and then exits
    with status 143 (128 + SIGTERM), as the default action would."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; the workers still die with us
        return

    def on_sigterm(signum: int, frame: Any) -> None:
        _kill_workers(pools)
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def call(module: str, function: str, *args: Any) -> Any:
    """``module.function(*args)``, imported in the worker: the parent need not
    import the module to hand its work over."""
    return getattr(importlib.import_module(module), function)(*args)


def start_validation(opened: Pools, spec: Path) -> "Future[tuple[bool, Any]]":
    """Validate ``spec`` in validation's worker, from the start of the run.

    Forked this early, the worker reads and parses the document itself (a
    second copy, 20 MB for ec2's 4.7 MB of JSON) instead of inheriting it, and
    imports the validators while this process imports the generator: its
    verdict is in by the time the binding is built, not during the render.
    The verdict (or a cached one) is for :func:`pipeline.generate`'s
    ``validating``."""
    return opened.validation.submit(call, "generator.loader", "validate_file_or_cached", spec)

"""The pipeline's memory: which workers it forks, and what it lets go of.

Peak memory is measured as the sum of PSS over the process tree (make bench):
every forked worker keeps the parent's pages as they were at the fork, so a
worker that is not needed is memory wasted.  Validation forks one worker; the
formatting pool is forked only when black has real work; workers freeze what
they inherit so their garbage collector does not copy it page by page; and the
parsed document and the binding are dropped once nothing needs them.
"""

from __future__ import annotations

import contextlib
import gc
import time
import weakref
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest

from generator import binding, pipeline
from generator import workers as worker_pools
from helpers import minimal_spec, write_spec


@pytest.fixture(autouse=True)
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAPI_PYGEN_CACHE", "off")


def spec_with(tmp_path: Path, operations: int) -> Path:
    paths = {
        f"/things{i}": {
            "get": {
                "operationId": f"getThing{i}",
                "description": "Gets a thing. " * 10,
                "responses": {"200": {"description": "ok"}},
            }
        }
        for i in range(operations)
    }
    return write_spec(tmp_path / "spec.json", minimal_spec(paths=paths))


def forked(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """Spy on the pools: the number of workers each forked (a fork pool forks all
    its workers on its first task; the validation pool may already be shut down)."""
    seen: list[list[int]] = []
    original = worker_pools.pools

    @contextlib.contextmanager
    def spy(spec: Path, workers: Optional[int]) -> Iterator[Any]:
        with original(spec, workers) as pools:
            yield pools
            if pools is not None:
                seen.append([p.workers if p.pool is not None else 0 for p in pools])

    monkeypatch.setattr(worker_pools, "pools", spy)
    return seen


def test_validation_forks_one_worker_and_formatting_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = forked(monkeypatch)
    pipeline.generate(spec_with(tmp_path, 3), ["python"], workers=2)
    assert seen == [[1, 0]]


def test_the_formatting_pool_is_forked_when_black_has_real_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = forked(monkeypatch)
    spec = spec_with(tmp_path, 400)  # --full-black: well over formatting.PARALLEL_THRESHOLD
    parallel = pipeline.generate(spec, ["python"], workers=2, full_black=True)
    assert seen == [[1, 2]]  # (workers=2)
    assert parallel.files == pipeline.generate(spec, ["python"], workers=1).files


def test_a_worker_freezes_what_it_inherits(tmp_path: Path) -> None:
    with worker_pools.pools(spec_with(tmp_path, 1), 2) as pools:
        assert pools is not None
        assert pools.validation.submit(gc.get_freeze_count).result() > 1000
    assert gc.get_freeze_count() == 0  # the generator itself freezes nothing


def test_the_binding_is_let_go_before_formatting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Formatting a large client needs the memory the binding held."""
    built: list[weakref.ref[binding.Binding]] = []
    alive_while_formatting: list[bool] = []
    original_build, original_format = binding.build, pipeline.format_files

    def build(*args: Any, **kwargs: Any) -> binding.Binding:
        py = original_build(*args, **kwargs)
        built.append(weakref.ref(py))
        return py

    def format_files(*args: Any, **kwargs: Any) -> dict[str, str]:
        gc.collect()
        alive_while_formatting.append(built[0]() is not None)
        return original_format(*args, **kwargs)

    monkeypatch.setattr(binding, "build", build)
    monkeypatch.setattr(pipeline, "format_files", format_files)
    pipeline.generate(spec_with(tmp_path, 3), ["python", "markdown"], workers=1)
    assert alive_while_formatting == [True, False]  # needed by the second target only


def test_the_command_generates_without_the_cycle_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line turns the collector off while it generates (its structures
    are trees) and back on after; a forked worker turns it back on for itself."""
    from generator import cli

    seen: list[tuple[bool, bool]] = []
    original = pipeline.generate

    def generate(spec: Path, *args: Any, **kwargs: Any) -> pipeline.Result:
        with worker_pools.pools(spec, 2) as pools:
            assert pools is not None
            in_worker = pools.validation.submit(gc.isenabled).result()
        seen.append((gc.isenabled(), in_worker))
        return original(spec, *args, **kwargs)

    monkeypatch.setattr(pipeline, "generate", generate)
    spec = spec_with(tmp_path, 2)
    assert cli.main(["generate", str(spec), "--out", str(tmp_path / "out"), "-q"]) == 0
    assert seen == [(False, True)]
    assert gc.isenabled()


def test_the_validation_worker_exits_once_its_work_is_done(tmp_path: Path) -> None:
    """An idle worker still holds its pages: it is let go as soon as its result
    is in (the result stays readable), not at the end of the run."""
    with worker_pools.pools(spec_with(tmp_path, 1), 2) as pools:
        assert pools is not None
        future = pools.validation.submit(int, "7")
        assert pools.validation.pool is not None
        workers = list(getattr(pools.validation.pool, "_processes").values())
        future.result()
        pools.validation.release_if_done()
        # The pool's own thread reaps each worker too: a join racing it can see the
        # exit (the sentinel) before the exit status, so poll until the status is in.
        deadline = time.monotonic() + 30
        for worker in workers:
            while worker.is_alive() and time.monotonic() < deadline:
                time.sleep(0.02)
            assert not worker.is_alive()
        assert future.result() == 7


def test_the_validation_worker_exits_without_being_asked(tmp_path: Path) -> None:
    """The validation pool lets its worker go from the result's own callback, so
    the worker is gone during a long render that checks nothing."""
    with worker_pools.pools(spec_with(tmp_path, 1), 2) as pools:
        assert pools is not None
        future = pools.validation.submit(int, "7")
        assert pools.validation.pool is not None
        workers = list(getattr(pools.validation.pool, "_processes").values())
        assert future.result() == 7
        deadline = time.monotonic() + 30  # polled, as above
        for worker in workers:
            while worker.is_alive() and time.monotonic() < deadline:
                time.sleep(0.02)
            assert not worker.is_alive()
        # the formatting pool keeps its workers for more chunks
        formatting = pools.formatting.submit(int, "8")
        assert formatting.result() == 8
        time.sleep(0.2)
        assert pools.formatting.pool is not None
        alive = list(getattr(pools.formatting.pool, "_processes").values())
        assert alive and all(worker.is_alive() for worker in alive)

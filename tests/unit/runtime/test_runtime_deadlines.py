"""``Deadlines``: one timer per event loop for the deadlines of the async
calls in flight.  Each call must end at its own deadline whatever the others
do, and must end as it would under ``asyncio.timeout``: ``TimeoutError`` when
only its deadline cancelled it, the cancellation when someone else did."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from _runtime._async_client import Deadlines


async def _sleep_then(seconds: float, value: Any = "done") -> Any:
    await asyncio.sleep(seconds)
    return value


def _deadlines() -> Deadlines:
    return Deadlines(asyncio.get_running_loop())


def test_a_call_within_its_deadline_returns_its_value_and_leaves_nothing_behind() -> None:
    async def main() -> None:
        deadlines = _deadlines()
        assert await deadlines.run(_sleep_then(0.01), time.monotonic() + 5) == "done"
        assert deadlines._waiting == {} and deadlines._expired == set()

    asyncio.run(main())


def test_a_call_past_its_deadline_times_out_at_it() -> None:
    async def main() -> float:
        deadlines = _deadlines()
        started = time.monotonic()
        with pytest.raises(asyncio.TimeoutError):
            await deadlines.run(_sleep_then(5), started + 0.1)
        assert deadlines._waiting == {} and deadlines._expired == set()
        return time.monotonic() - started

    assert 0.09 <= asyncio.run(main()) < 1.0


def test_an_earlier_deadline_after_a_later_one_still_ends_first() -> None:
    """The timer is set for the earliest deadline, so a short call that starts
    while a long one waits moves it forward."""

    async def main() -> list[str]:
        deadlines = _deadlines()
        now = time.monotonic()
        ended: list[str] = []

        async def call(name: str, seconds: float, expires: float) -> None:
            try:
                await deadlines.run(_sleep_then(seconds), expires)
                ended.append(f"{name} done")
            except asyncio.TimeoutError:
                ended.append(f"{name} timed out")

        await asyncio.gather(
            call("long", 0.4, now + 5),
            call("short", 5, now + 0.1),
            call("shorter", 5, now + 0.05),
            call("quick", 0.01, now + 0.2),
        )
        assert deadlines._waiting == {}
        return ended

    assert asyncio.run(main()) == [
        "quick done",
        "shorter timed out",
        "short timed out",
        "long done",
    ]


def test_a_cancellation_from_outside_stays_a_cancellation() -> None:
    async def main() -> None:
        deadlines = _deadlines()
        task = asyncio.ensure_future(deadlines.run(_sleep_then(5), time.monotonic() + 5))
        await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert deadlines._waiting == {}

    asyncio.run(main())


def test_a_cancellation_from_outside_at_the_deadline_is_not_swallowed() -> None:
    """Both the deadline and someone else cancelled the call: as under
    ``asyncio.timeout``, the outside cancellation wins."""

    async def work() -> None:
        await asyncio.sleep(
            0
        )  # the deadline (already past) fires in the loop pass that resumes this
        task = asyncio.current_task()
        assert task is not None
        task.cancel()  # someone else's cancellation, before the deadline's
        await asyncio.sleep(5)

    async def main() -> None:
        deadlines = _deadlines()
        task = asyncio.ensure_future(deadlines.run(work(), time.monotonic() - 1))
        with pytest.raises(asyncio.CancelledError):
            await task
        assert deadlines._waiting == {} and deadlines._expired == set()

    asyncio.run(main())


def test_work_that_swallows_the_cancellation_keeps_its_value() -> None:
    async def stubborn() -> str:
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            return "kept"
        return "slept"

    async def main() -> None:
        deadlines = _deadlines()
        assert await deadlines.run(stubborn(), time.monotonic() + 0.05) == "kept"
        task = asyncio.current_task()
        assert task is not None and task.cancelling() == 0  # its cancel request was withdrawn
        assert deadlines._waiting == {} and deadlines._expired == set()

    asyncio.run(main())


def test_the_timer_stays_set_for_the_earliest_deadline_left() -> None:
    async def main() -> None:
        deadlines = _deadlines()
        now = time.monotonic()
        first = asyncio.ensure_future(deadlines.run(_sleep_then(0.01), now + 0.05))
        second = asyncio.ensure_future(deadlines.run(_sleep_then(5), now + 0.15))
        await first  # done before its deadline: the timer, set for it, fires for nothing
        with pytest.raises(asyncio.TimeoutError):
            await second
        assert time.monotonic() - now < 1.0
        assert deadlines._timer is None  # nothing left to wait for

    asyncio.run(main())

"""The sans-IO retry rules both clients share (``_retrying``): which statuses and
errors are retried for which methods, the backoff, ``Retry-After`` (seconds or an
HTTP date; clamped; garbage falls back to the backoff), the deadline; and the
loop guard both pagers share (``_pagination._Walk``)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import _runtime as rt
import pytest
from _runtime._pagination import PageRequest, _Walk
from _runtime._retrying import RetryRules, fits_before, retryable_error, retryable_status


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "delete"])
def test_429_is_retried_for_every_method(method: str) -> None:
    assert retryable_status(method, 429)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_only_for_idempotent_methods(status: int) -> None:
    assert retryable_status("GET", status) and retryable_status("put", status)
    assert not retryable_status("POST", status) and not retryable_status("PATCH", status)


def test_other_statuses_are_not_retried() -> None:
    for status in (400, 401, 404, 409, 422, 501):
        assert not retryable_status("GET", status)
    assert retryable_status("GET", 413, has_retry_after=True)  # "come back later"
    assert not retryable_status("GET", 413)


def test_errors_before_sending_are_retried_for_every_method() -> None:
    assert retryable_error("POST", sent=False)
    assert not retryable_error("POST", sent=True)
    assert retryable_error("GET", sent=True)


def test_backoff_as_urllib3() -> None:
    rules = RetryRules(total=6, backoff_factor=0.5, backoff_max=3.0)
    assert [rules.backoff(n) for n in range(1, 6)] == [0.0, 1.0, 2.0, 3.0, 3.0]


def test_retries_stop_after_total() -> None:
    rules = RetryRules(total=2, backoff_factor=0)
    assert rules.wait_after_status(2, "GET", 503, {}) == 0.0
    assert rules.wait_after_status(3, "GET", 503, {}) is None
    assert rules.wait_after_error(3, "GET", sent=True) is None
    assert RetryRules(total=0).wait_after_status(1, "GET", 429, {"Retry-After": "1"}) is None


@pytest.mark.parametrize(
    "header, expected",
    [("2", 2.0), (" 7 ", 7.0), ("1000", 60.0), ("-5", 1.0), ("1e9", 1.0), ("garbage", 1.0)],
)
def test_retry_after_is_honoured_clamped_or_ignored(header: str, expected: float) -> None:
    rules = RetryRules(total=3, backoff_factor=0.5, max_retry_after=60.0)
    # retry 2: the backoff would be 1.0 s
    assert rules.wait_after_status(2, "POST", 429, {"Retry-After": header}) == expected


def test_retry_after_as_an_http_date() -> None:
    later = datetime.now(timezone.utc) + timedelta(seconds=30)
    seconds = rt.retry_after_seconds(format_datetime(later, usegmt=True), 60.0)
    assert seconds is not None and 25 <= seconds <= 30
    past = datetime.now(timezone.utc) - timedelta(hours=1)
    assert rt.retry_after_seconds(format_datetime(past, usegmt=True), 60.0) == 0.0
    assert rt.retry_after_seconds(None, 60.0) is None


def test_retry_after_only_for_the_statuses_that_carry_it() -> None:
    rules = RetryRules(total=3, backoff_factor=0.5)
    assert (
        rules.wait_after_status(2, "GET", 500, {"Retry-After": "9"}) == 1.0
    )  # the backoff, not 9 s


def test_a_status_that_is_never_retried_leaves_the_headers_unread() -> None:
    class Unread(dict[str, str]):
        def get(self, *args: object) -> None:  # type: ignore[override]
            raise AssertionError("headers searched")

    rules = RetryRules(total=3)
    assert [rules.wait_after_status(1, "GET", s, Unread()) for s in (200, 404, 501)] == [None] * 3
    with pytest.raises(AssertionError, match="headers searched"):
        rules.wait_after_status(1, "GET", 503, Unread())


def test_no_retry_whose_wait_passes_the_deadline() -> None:
    now = time.monotonic()
    assert fits_before(1.0, now + 5)
    assert not fits_before(10.0, now + 5)
    assert not fits_before(None, now + 5)


def test_the_shared_walk_follows_and_refuses_loops() -> None:
    """What both pagers use to notice a loop: a repeated token is raised once the
    page naming it was handed out, the same page served twice before."""
    first = PageRequest(token="a")
    walk = _Walk(first, "/items", "cursor")
    second = PageRequest(token="b")
    walk.check(second, [1, 2])
    walk.advance(second)
    assert walk.request is second
    walk.check(None, [3])
    walk.advance(None)
    assert walk.request is None
    looping = _Walk(first, "/items", "cursor")
    looping.check(PageRequest(token="a"), [1])  # names the first page again: handed out...
    with pytest.raises(rt.PaginationError, match="repeated cursor 'a'"):
        looping.advance(PageRequest(token="a"))  # ...then refused
    stuck = _Walk(first, "/items", "offset")
    stuck.check(PageRequest(token="2"), [1, 2])
    stuck.advance(PageRequest(token="2"))
    with pytest.raises(rt.PaginationError, match="same page twice"):
        stuck.check(PageRequest(token="4"), [1, 2])

"""When to retry a call and how long to wait first, without any I/O.

The synchronous client hands these rules to urllib3 (``_transport.RetryPolicy``),
the asynchronous one runs its own loop with them (``_async_client``): both
retry the same statuses and errors, and read ``Retry-After`` the same way.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Mapping, Optional

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Statuses whose Retry-After is honoured (urllib3's RETRY_AFTER_STATUS_CODES).
RETRY_AFTER_STATUSES = frozenset({413, 429, 503})
_MAY_RETRY = RETRY_STATUSES | RETRY_AFTER_STATUSES
_SECONDS = re.compile(r"^\s*[0-9]+\s*$")


def retryable_status(method: str, status: int, has_retry_after: bool = False) -> bool:
    """A 429 is retried whatever the method, because the server promises it did
    not act on the request; a 5xx (or a 413/503 asking to come back later) only
    for idempotent methods, which may safely be sent twice."""
    if status == 429:
        return True
    if method.upper() not in IDEMPOTENT_METHODS:
        return False
    return status in RETRY_STATUSES or (has_retry_after and status in RETRY_AFTER_STATUSES)


def retryable_error(method: str, sent: bool) -> bool:
    """A connection that failed before the request went out is retried for any
    method; one that broke after sending only for idempotent methods."""
    return not sent or method.upper() in IDEMPOTENT_METHODS


def retry_after_seconds(value: Optional[str], limit: float) -> Optional[float]:
    """Seconds a ``Retry-After`` header asks to wait (delay-seconds or an
    HTTP date), clamped to ``limit``; None when missing or not sane (negative,
    ``1e9``, garbage), so the caller falls back to its backoff."""
    if value is None:
        return None
    if _SECONDS.match(value):
        seconds = float(int(value))
    else:
        import email.utils  # rare (an HTTP date), and not cheap to import

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = max(0.0, when.timestamp() - time.time())
    return min(seconds, limit)


@dataclass(frozen=True)
class RetryRules:
    """A client's retry settings: ``total`` retries after the first attempt,
    exponential backoff (none before the first retry, as urllib3), and a
    server's ``Retry-After`` honoured up to ``max_retry_after`` seconds."""

    total: int = 3
    backoff_factor: float = 0.5
    backoff_max: float = 30.0
    max_retry_after: float = 60.0

    def backoff(self, retry: int) -> float:
        """The wait before retry number ``retry`` (1 for the first)."""
        if retry <= 1:
            return 0.0
        return float(min(self.backoff_max, self.backoff_factor * 2 ** (retry - 1)))

    def wait_after_status(
        self, retry: int, method: str, status: int, headers: Mapping[str, str]
    ) -> Optional[float]:
        """Seconds to wait before retry number ``retry`` after ``status``, None
        when the call should not be retried (the response stands).  ``headers``
        (the response's) are searched for ``Retry-After`` only for a status that
        may be retried: most responses are successes."""
        if retry > self.total or status not in _MAY_RETRY:
            return None
        retry_after = headers.get("Retry-After")
        if not retryable_status(method, status, retry_after is not None):
            return None
        if status in RETRY_AFTER_STATUSES:
            asked = retry_after_seconds(retry_after, self.max_retry_after)
            if asked is not None:
                return asked
        return self.backoff(retry)

    def wait_after_error(self, retry: int, method: str, sent: bool) -> Optional[float]:
        """Seconds to wait before retry number ``retry`` after a connection
        error, None when the error stands."""
        if retry > self.total or not retryable_error(method, sent):
            return None
        return self.backoff(retry)


def fits_before(wait: Optional[float], expires: float) -> bool:
    """Whether a retry after ``wait`` seconds would start before the deadline."""
    return wait is not None and time.monotonic() + wait < expires

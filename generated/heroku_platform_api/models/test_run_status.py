from __future__ import annotations

from .. import _runtime as _rt


class TestRunStatus(str, _rt.OpenEnum):
    """current state of the test run"""

    PENDING = "pending"
    CANCELLED = "cancelled"
    CREATING = "creating"
    BUILDING = "building"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    ERRORED = "errored"
    DEBUGGING = "debugging"

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .test_node_dyno import TestNodeDyno
    from .test_node_pipeline import TestNodePipeline
    from .test_node_status import TestNodeStatus
    from .test_node_test_run import TestNodeTestRun


@dataclass(kw_only=True, slots=True)
class TestNode:
    """A single test node belonging to a test run"""

    created_at: Optional[datetime] = None
    """when test node was created

    Read-only: set by the server.
    """
    dyno: Optional[TestNodeDyno] = None
    """the dyno which belongs to this test node"""
    error_status: Optional[str] = None
    """the status of the test run when the error occured"""
    exit_code: Optional[int] = None
    """the exit code of the test script"""
    id: Optional[str] = None
    index: Optional[int] = None
    """The index of the test node"""
    message: Optional[str] = None
    """human friendly message indicating reason for an error"""
    output_stream_url: Optional[str] = None
    """the streaming output for the test node"""
    pipeline: Optional[TestNodePipeline] = None
    """the pipeline which owns this test node"""
    setup_stream_url: Optional[str] = None
    """the streaming test setup output for the test node"""
    status: Optional[TestNodeStatus] = None
    """current state of the test run

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when test node was updated

    Read-only: set by the server.
    """
    test_run: Optional[TestNodeTestRun] = None
    """the test run which owns this test node"""

    @classmethod
    def from_dict(cls, data: Any) -> TestNode:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            dyno=_rt.optional(data, "dyno", _models.TestNodeDyno.from_dict),
            error_status=_rt.optional_str(data, "error_status"),
            exit_code=_rt.optional_int(data, "exit_code"),
            id=_rt.optional_str(data, "id"),
            index=_rt.optional_int(data, "index"),
            message=_rt.optional_str(data, "message"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            pipeline=_rt.optional(data, "pipeline", _models.TestNodePipeline.from_dict),
            setup_stream_url=_rt.optional_str(data, "setup_stream_url"),
            status=_rt.optional(data, "status", _models.TestNodeStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            test_run=_rt.optional(data, "test_run", _models.TestNodeTestRun.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.dyno is not None:
            data["dyno"] = self.dyno.to_dict()
        if self.error_status is not None:
            data["error_status"] = self.error_status
        if self.exit_code is not None:
            data["exit_code"] = self.exit_code
        if self.id is not None:
            data["id"] = self.id
        if self.index is not None:
            data["index"] = self.index
        if self.message is not None:
            data["message"] = self.message
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.setup_stream_url is not None:
            data["setup_stream_url"] = self.setup_stream_url
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.test_run is not None:
            data["test_run"] = self.test_run.to_dict()
        return data

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .test_case_test_node import TestCaseTestNode
    from .test_case_test_run import TestCaseTestRun


@dataclass(kw_only=True, slots=True)
class TestCase:
    """A single test case belonging to a test run"""

    id: Optional[str] = None
    """unique identifier of a test case

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when test case was created

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when test case was updated

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of the test case"""
    diagnostic: Optional[str] = None
    """meta information about the test case"""
    directive: Optional[str] = None
    """special note about the test case e.g. skipped, todo"""
    passed: Optional[bool] = None
    """whether the test case was successful"""
    number: Optional[int] = None
    """the test number"""
    test_node: Optional[TestCaseTestNode] = None
    """the test node which executed this test case"""
    test_run: Optional[TestCaseTestRun] = None
    """the test run which owns this test case"""

    @classmethod
    def from_dict(cls, data: Any) -> TestCase:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            description=_rt.optional_str(data, "description"),
            diagnostic=_rt.optional_str(data, "diagnostic"),
            directive=_rt.optional_str(data, "directive"),
            passed=_rt.optional_bool(data, "passed"),
            number=_rt.optional_int(data, "number"),
            test_node=_rt.optional(data, "test_node", _models.TestCaseTestNode.from_dict),
            test_run=_rt.optional(data, "test_run", _models.TestCaseTestRun.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.diagnostic is not None:
            data["diagnostic"] = self.diagnostic
        if self.directive is not None:
            data["directive"] = self.directive
        if self.passed is not None:
            data["passed"] = self.passed
        if self.number is not None:
            data["number"] = self.number
        if self.test_node is not None:
            data["test_node"] = self.test_node.to_dict()
        if self.test_run is not None:
            data["test_run"] = self.test_run.to_dict()
        return data

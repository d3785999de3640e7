from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .account import Account


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
            test_node=_rt.optional(data, "test_node", TestCaseTestNode.from_dict),
            test_run=_rt.optional(data, "test_run", TestCaseTestRun.from_dict),
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


@dataclass(kw_only=True, slots=True)
class TestCaseTestNode:
    """the test node which executed this test case"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestCaseTestNode:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class TestCaseTestRun:
    """the test run which owns this test case"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestCaseTestRun:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


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
            dyno=_rt.optional(data, "dyno", TestNodeDyno.from_dict),
            error_status=_rt.optional_str(data, "error_status"),
            exit_code=_rt.optional_int(data, "exit_code"),
            id=_rt.optional_str(data, "id"),
            index=_rt.optional_int(data, "index"),
            message=_rt.optional_str(data, "message"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            pipeline=_rt.optional(data, "pipeline", TestNodePipeline.from_dict),
            setup_stream_url=_rt.optional_str(data, "setup_stream_url"),
            status=_rt.optional(data, "status", TestNodeStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            test_run=_rt.optional(data, "test_run", TestNodeTestRun.from_dict),
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


@dataclass(kw_only=True, slots=True)
class TestNodeDyno:
    """the dyno which belongs to this test node"""

    id: Optional[str] = None
    attach_url: Optional[str] = None
    """a URL to stream output from for debug runs or null for non-debug runs

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TestNodeDyno:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.union_of(_rt.as_str, _rt.as_str)),
            attach_url=_rt.optional_str(data, "attach_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = _rt.encode(self.id)
        if self.attach_url is not None:
            data["attach_url"] = self.attach_url
        return data


@dataclass(kw_only=True, slots=True)
class TestNodePipeline:
    """the pipeline which owns this test node"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestNodePipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.union_of(_rt.as_str, _rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = _rt.encode(self.id)
        return data


@dataclass(kw_only=True, slots=True)
class TestNodeTestRun:
    """the test run which owns this test node"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestNodeTestRun:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class TestRun:
    """An execution or trial of one or more tests"""

    actor_email: Optional[str] = None
    """the email of the actor triggering the test run"""
    clear_cache: Optional[bool] = None
    """whether the test was run with an empty cache"""
    commit_branch: Optional[str] = None
    """the branch of the repository that the test run concerns"""
    commit_message: Optional[str] = None
    """the message for the commit under test"""
    commit_sha: Optional[str] = None
    """the SHA hash of the commit under test"""
    debug: Optional[bool] = None
    """whether the test run was started for interactive debugging"""
    app_setup: Optional[dict[str, Any]] = None
    """the app setup for the test run"""
    created_at: Optional[datetime] = None
    """when test run was created

    Read-only: set by the server.
    """
    dyno: Optional[TestRunDyno] = None
    """the type of dynos used for this test-run"""
    id: Optional[str] = None
    """unique identifier of a test run

    Read-only: set by the server.
    """
    message: Optional[str] = None
    """human friendly message indicating reason for an error"""
    number: Optional[int] = None
    """the auto incrementing test run number"""
    organization: Optional[TestRunOrganization] = None
    """the team that owns this test-run"""
    pipeline: Optional[TestRunPipeline] = None
    """the pipeline which owns this test-run"""
    status: Optional[TestRunStatus] = None
    """current state of the test run

    Read-only: set by the server.
    """
    source_blob_url: Optional[str] = None
    """The download location for the source code to be tested"""
    updated_at: Optional[datetime] = None
    """when test-run was updated

    Read-only: set by the server.
    """
    user: Optional[Account] = None
    """An account represents an individual signed up to use the Heroku platform."""
    warning_message: Optional[str] = None
    """human friently warning emitted during the test run"""

    @classmethod
    def from_dict(cls, data: Any) -> TestRun:
        data = _rt.expect_object(data)
        return cls(
            actor_email=_rt.optional_str(data, "actor_email"),
            clear_cache=_rt.optional_bool(data, "clear_cache"),
            commit_branch=_rt.optional_str(data, "commit_branch"),
            commit_message=_rt.optional_str(data, "commit_message"),
            commit_sha=_rt.optional_str(data, "commit_sha"),
            debug=_rt.optional_bool(data, "debug"),
            app_setup=_rt.optional(data, "app_setup", _rt.expect_object),
            created_at=_rt.optional_datetime(data, "created_at"),
            dyno=_rt.optional(data, "dyno", TestRunDyno.from_dict),
            id=_rt.optional_str(data, "id"),
            message=_rt.optional_str(data, "message"),
            number=_rt.optional_int(data, "number"),
            organization=_rt.optional(data, "organization", TestRunOrganization.from_dict),
            pipeline=_rt.optional(data, "pipeline", TestRunPipeline.from_dict),
            status=_rt.optional(data, "status", TestRunStatus.decode),
            source_blob_url=_rt.optional_str(data, "source_blob_url"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", _models.Account.from_dict),
            warning_message=_rt.optional_str(data, "warning_message"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.actor_email is not None:
            data["actor_email"] = self.actor_email
        if self.clear_cache is not None:
            data["clear_cache"] = self.clear_cache
        if self.commit_branch is not None:
            data["commit_branch"] = self.commit_branch
        if self.commit_message is not None:
            data["commit_message"] = self.commit_message
        if self.commit_sha is not None:
            data["commit_sha"] = self.commit_sha
        if self.debug is not None:
            data["debug"] = self.debug
        if self.app_setup is not None:
            data["app_setup"] = _rt.encode(self.app_setup)
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.dyno is not None:
            data["dyno"] = self.dyno.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.message is not None:
            data["message"] = self.message
        if self.number is not None:
            data["number"] = self.number
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.source_blob_url is not None:
            data["source_blob_url"] = self.source_blob_url
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.warning_message is not None:
            data["warning_message"] = self.warning_message
        return data


@dataclass(kw_only=True, slots=True)
class TestRunDyno:
    """the type of dynos used for this test-run"""

    size: Optional[str] = None
    """dyno size"""

    @classmethod
    def from_dict(cls, data: Any) -> TestRunDyno:
        data = _rt.expect_object(data)
        return cls(
            size=_rt.optional_str(data, "size"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.size is not None:
            data["size"] = self.size
        return data


@dataclass(kw_only=True, slots=True)
class TestRunOrganization:
    """the team that owns this test-run"""

    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TestRunOrganization:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class TestRunPipeline:
    """the pipeline which owns this test-run"""

    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> TestRunPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional(data, "id", _rt.union_of(_rt.as_str, _rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = _rt.encode(self.id)
        return data


class TestNodeStatus(str, _rt.OpenEnum):
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

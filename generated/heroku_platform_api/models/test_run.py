from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .account import Account
    from .test_run_dyno import TestRunDyno
    from .test_run_organization import TestRunOrganization
    from .test_run_pipeline import TestRunPipeline
    from .test_run_status import TestRunStatus


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
            dyno=_rt.optional(data, "dyno", _models.TestRunDyno.from_dict),
            id=_rt.optional_str(data, "id"),
            message=_rt.optional_str(data, "message"),
            number=_rt.optional_int(data, "number"),
            organization=_rt.optional(data, "organization", _models.TestRunOrganization.from_dict),
            pipeline=_rt.optional(data, "pipeline", _models.TestRunPipeline.from_dict),
            status=_rt.optional(data, "status", _models.TestRunStatus.decode),
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

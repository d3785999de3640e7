from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .review_app_app import ReviewAppApp
    from .review_app_app_setup_2 import ReviewAppAppSetup2
    from .review_app_fork_repo import ReviewAppForkRepo
    from .review_app_pipeline import ReviewAppPipeline
    from .review_app_status import ReviewAppStatus


@dataclass(kw_only=True, slots=True)
class ReviewApp:
    """An ephemeral app to review a set of changes"""

    app: Optional[ReviewAppApp] = None
    """the Heroku app associated to this review app"""
    app_setup: Optional[ReviewAppAppSetup2] = None
    """the app setup for this review app"""
    branch: Optional[str] = None
    """the branch of the repository which the review app is based on

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when test run was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the review app

    Read-only: set by the server.
    """
    pipeline: Optional[ReviewAppPipeline] = None
    """the pipeline which this review app belongs to"""
    status: Optional[ReviewAppStatus] = None
    """current state of the review app

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when review app was updated

    Read-only: set by the server.
    """
    creator: Optional[dict[str, Any]] = None
    """The user who created the review app

    Read-only: set by the server.
    """
    wait_for_ci: Optional[bool] = None
    """wait for ci before building the app

    Read-only: set by the server.
    """
    error_status: Optional[str] = None
    """error message from creating the review app if any

    Read-only: set by the server.
    """
    message: Optional[str] = None
    """message from creating the review app if any

    Read-only: set by the server.
    """
    fork_repo: Optional[ReviewAppForkRepo] = None
    pr_number: Optional[int] = None
    """pull request number the review app is built for

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewApp:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.ReviewAppApp.from_dict),
            app_setup=_rt.optional(data, "app_setup", _models.ReviewAppAppSetup2.from_dict),
            branch=_rt.optional_str(data, "branch"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", _models.ReviewAppPipeline.from_dict),
            status=_rt.optional(data, "status", _models.ReviewAppStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            creator=_rt.optional(data, "creator", _rt.expect_object),
            wait_for_ci=_rt.optional_bool(data, "wait_for_ci"),
            error_status=_rt.optional_str(data, "error_status"),
            message=_rt.optional_str(data, "message"),
            fork_repo=_rt.optional(data, "fork_repo", _models.ReviewAppForkRepo.from_dict),
            pr_number=_rt.optional_int(data, "pr_number"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.app_setup is not None:
            data["app_setup"] = self.app_setup.to_dict()
        if self.branch is not None:
            data["branch"] = self.branch
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.creator is not None:
            data["creator"] = _rt.encode(self.creator)
        if self.wait_for_ci is not None:
            data["wait_for_ci"] = self.wait_for_ci
        if self.error_status is not None:
            data["error_status"] = self.error_status
        if self.message is not None:
            data["message"] = self.message
        if self.fork_repo is not None:
            data["fork_repo"] = self.fork_repo.to_dict()
        if self.pr_number is not None:
            data["pr_number"] = self.pr_number
        return data

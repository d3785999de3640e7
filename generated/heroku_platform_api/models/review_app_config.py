from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .review_app_config_deploy_target import ReviewAppConfigDeployTarget
    from .review_app_config_repo_2 import ReviewAppConfigRepo2


@dataclass(kw_only=True, slots=True)
class ReviewAppConfig:
    """Review apps can be configured for pipelines."""

    repo: Optional[ReviewAppConfigRepo2] = None
    automatic_review_apps: Optional[bool] = None
    """enable automatic review apps for pull requests

    Read-only: set by the server.
    """
    deploy_target: Optional[ReviewAppConfigDeployTarget] = None
    """the deploy target for the review apps of a pipeline"""
    destroy_stale_apps: Optional[bool] = None
    """automatically destroy review apps when they haven't been deployed for a number of days

    Read-only: set by the server.
    """
    stale_days: Optional[int] = None
    """number of days without a deployment after which to consider a review app stale

    Read-only: set by the server.
    """
    pipeline_id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """
    wait_for_ci: Optional[bool] = None
    """If true, review apps are created only when CI passes

    Read-only: set by the server.
    """
    base_name: Optional[str] = None
    """A unique prefix that will be used to create review app names

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> ReviewAppConfig:
        data = _rt.expect_object(data)
        return cls(
            repo=_rt.optional(data, "repo", _models.ReviewAppConfigRepo2.from_dict),
            automatic_review_apps=_rt.optional_bool(data, "automatic_review_apps"),
            deploy_target=_rt.optional(
                data,
                "deploy_target",
                _models.ReviewAppConfigDeployTarget.from_dict,
            ),
            destroy_stale_apps=_rt.optional_bool(data, "destroy_stale_apps"),
            stale_days=_rt.optional_int(data, "stale_days"),
            pipeline_id=_rt.optional_str(data, "pipeline_id"),
            wait_for_ci=_rt.optional_bool(data, "wait_for_ci"),
            base_name=_rt.optional_str(data, "base_name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.repo is not None:
            data["repo"] = self.repo.to_dict()
        if self.automatic_review_apps is not None:
            data["automatic_review_apps"] = self.automatic_review_apps
        if self.deploy_target is not None:
            data["deploy_target"] = self.deploy_target.to_dict()
        if self.destroy_stale_apps is not None:
            data["destroy_stale_apps"] = self.destroy_stale_apps
        if self.stale_days is not None:
            data["stale_days"] = self.stale_days
        if self.pipeline_id is not None:
            data["pipeline_id"] = self.pipeline_id
        if self.wait_for_ci is not None:
            data["wait_for_ci"] = self.wait_for_ci
        if self.base_name is not None:
            data["base_name"] = self.base_name
        return data

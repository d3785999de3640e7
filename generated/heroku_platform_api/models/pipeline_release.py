from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline_deployment_user import PipelineDeploymentUser
    from .pipeline_release_app import PipelineReleaseApp
    from .pipeline_release_slug import PipelineReleaseSlug
    from .release_artifact import ReleaseArtifact
    from .release_status import ReleaseStatus


@dataclass(kw_only=True, slots=True)
class PipelineRelease:
    """Information about the latest release of each app in a pipeline. A release makes a deployment available to end-users."""

    addon_plan_names: Optional[list[str]] = None
    """add-on plans installed on the app for this release"""
    artifacts: Optional[ReleaseArtifact] = None
    """a build artifact for the release

    Read-only: set by the server.
    """
    app: Optional[PipelineReleaseApp] = None
    """app involved in the release"""
    created_at: Optional[datetime] = None
    """when the release was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of changes in this release

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the release

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the release was updated

    Read-only: set by the server.
    """
    slug: Optional[PipelineReleaseSlug] = None
    """slug running in the release"""
    status: Optional[ReleaseStatus] = None
    """current status of the release

    Read-only: set by the server.
    """
    user: Optional[PipelineDeploymentUser] = None
    """user that created the release"""
    version: Optional[int] = None
    """unique version assigned to the release

    Read-only: set by the server.
    """
    current: Optional[bool] = None
    """indicates if this release is the current one for the app

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """streaming URL of the build process output

    Read-only: set by the server.
    """
    eligible_for_rollback: Optional[bool] = None
    """indicates if this release is eligible for rollback

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineRelease:
        data = _rt.expect_object(data)
        return cls(
            addon_plan_names=_rt.optional(data, "addon_plan_names", _rt.list_of(_rt.as_str)),
            artifacts=_rt.optional(data, "artifacts", _models.ReleaseArtifact.from_dict),
            app=_rt.optional(data, "app", _models.PipelineReleaseApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            slug=_rt.optional(data, "slug", _models.PipelineReleaseSlug.from_dict),
            status=_rt.optional(data, "status", _models.ReleaseStatus.decode),
            user=_rt.optional(data, "user", _models.PipelineDeploymentUser.from_dict),
            version=_rt.optional_int(data, "version"),
            current=_rt.optional_bool(data, "current"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            eligible_for_rollback=_rt.optional_bool(data, "eligible_for_rollback"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon_plan_names is not None:
            data["addon_plan_names"] = list(self.addon_plan_names)
        if self.artifacts is not None:
            data["artifacts"] = self.artifacts.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.id is not None:
            data["id"] = self.id
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.version is not None:
            data["version"] = self.version
        if self.current is not None:
            data["current"] = self.current
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.eligible_for_rollback is not None:
            data["eligible_for_rollback"] = self.eligible_for_rollback
        return data

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .pipeline import PipelineDeploymentApp, PipelineDeploymentSlug, PipelineDeploymentUser


@dataclass(kw_only=True, slots=True)
class Release:
    """A release represents a combination of code, config vars and add-ons for an app on Heroku."""

    addon_plan_names: Optional[list[str]] = None
    """add-on plans installed on the app for this release"""
    artifacts: Optional[list[ReleaseArtifact]] = None
    """build artifacts for the release"""
    app: Optional[PipelineDeploymentApp] = None
    """app involved in the release"""
    created_at: Optional[datetime] = None
    """when release was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of changes in this release

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when release was updated

    Read-only: set by the server.
    """
    slug: Optional[PipelineDeploymentSlug] = None
    """slug running in this release"""
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
    """indicates this release as being the current one for the app

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """Release command output will be available from this URL as a stream. The stream is available as either `text/plain` or `text/event-stream`. Clients should be prepared to handle disconnects and can resume the stream by sending a `Range` header (for `text/plain`) or a `Last-Event-Id` header (for `text/event-stream`).

    Read-only: set by the server.
    """
    eligible_for_rollback: Optional[bool] = None
    """indicates if this release is eligible for rollback

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Release:
        data = _rt.expect_object(data)
        return cls(
            addon_plan_names=_rt.optional(data, "addon_plan_names", _rt.list_of(_rt.as_str)),
            artifacts=_rt.optional(data, "artifacts", _rt.list_of(ReleaseArtifact.from_dict)),
            app=_rt.optional(data, "app", _models.PipelineDeploymentApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            slug=_rt.optional(data, "slug", _models.PipelineDeploymentSlug.from_dict),
            status=_rt.optional(data, "status", ReleaseStatus.decode),
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
            data["artifacts"] = _rt.encode(self.artifacts)
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


@dataclass(kw_only=True, slots=True)
class ReleaseArtifact:
    """a build artifact for the release"""

    type: Optional[str] = None
    """type of artifact"""
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> ReleaseArtifact:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.optional_str(data, "type"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.type is not None:
            data["type"] = self.type
        if self.id is not None:
            data["id"] = self.id
        return data


class ReleaseStatus(str, _rt.OpenEnum):
    """current status of the release"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    EXPIRED = "expired"

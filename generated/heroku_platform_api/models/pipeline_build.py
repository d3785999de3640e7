from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .build_buildpacks_item import BuildBuildpacksItem
    from .build_release import BuildRelease
    from .build_status import BuildStatus
    from .build_user import BuildUser
    from .pipeline_build_app import PipelineBuildApp
    from .pipeline_build_slug import PipelineBuildSlug
    from .pipeline_build_source_blob import PipelineBuildSourceBlob


@dataclass(kw_only=True, slots=True)
class PipelineBuild:
    """Information about the latest builds of apps in a pipeline. A build represents the process of transforming code into build artifacts."""

    app: Optional[PipelineBuildApp] = None
    """app that the build belongs to"""
    buildpacks: Optional[list[BuildBuildpacksItem]] = None
    """buildpacks executed for this build, in order (only applicable to Cedar-generation apps)"""
    created_at: Optional[datetime] = None
    """when the build was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of the build

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """streaming URL of the build process output

    Read-only: set by the server.
    """
    source_blob: Optional[PipelineBuildSourceBlob] = None
    """location of gzipped tarball of source code used to create build"""
    release: Optional[BuildRelease] = None
    """release resulting from the build

    Read-only: set by the server.
    """
    slug: Optional[PipelineBuildSlug] = None
    """slug created by this build"""
    stack: Optional[str] = None
    """stack of the build

    Read-only: set by the server.
    """
    status: Optional[BuildStatus] = None
    """status of the build

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the build was updated

    Read-only: set by the server.
    """
    user: Optional[BuildUser] = None
    """user that started the build"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuild:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.PipelineBuildApp.from_dict),
            buildpacks=_rt.optional(
                data,
                "buildpacks",
                _rt.list_of(_models.BuildBuildpacksItem.from_dict),
            ),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            source_blob=_rt.optional(
                data,
                "source_blob",
                _models.PipelineBuildSourceBlob.from_dict,
            ),
            release=_rt.optional(data, "release", _models.BuildRelease.from_dict),
            slug=_rt.optional(data, "slug", _models.PipelineBuildSlug.from_dict),
            stack=_rt.optional_str(data, "stack"),
            status=_rt.optional(data, "status", _models.BuildStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", _models.BuildUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.source_blob is not None:
            data["source_blob"] = self.source_blob.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.stack is not None:
            data["stack"] = self.stack
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data

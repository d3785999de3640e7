from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .build_app import BuildApp
    from .build_buildpacks_item import BuildBuildpacksItem
    from .build_release import BuildRelease
    from .build_slug import BuildSlug
    from .build_source_blob import BuildSourceBlob
    from .build_status import BuildStatus
    from .build_user import BuildUser


@dataclass(kw_only=True, slots=True)
class Build:
    """A build represents the process of transforming a code tarball into build artifacts"""

    app: Optional[BuildApp] = None
    """app that the build belongs to"""
    buildpacks: Optional[list[BuildBuildpacksItem]] = None
    """buildpacks executed for this build, in order (only applicable to Cedar-generation apps)"""
    created_at: datetime
    """when build was created

    Read-only: set by the server.
    """
    id: str
    """unique identifier of build

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """Build process output will be available from this URL as a stream. The stream is available as either `text/plain` or `text/event-stream`. Clients should be prepared to handle disconnects and can resume the stream by sending a `Range` header (for `text/plain`) or a `Last-Event-Id` header (for `text/event-stream`).

    Read-only: set by the server.
    """
    source_blob: BuildSourceBlob
    """location of gzipped tarball of source code used to create build"""
    release: Optional[BuildRelease] = None
    """release resulting from the build

    Read-only: set by the server.
    """
    slug: Optional[BuildSlug] = None
    """slug created by this build (only applicable for Cedar-generation apps)"""
    stack: Optional[str] = None
    """stack of build

    Read-only: set by the server.
    """
    status: BuildStatus
    """status of build

    Read-only: set by the server.
    """
    updated_at: datetime
    """when build was updated

    Read-only: set by the server.
    """
    user: BuildUser
    """user that started the build"""

    @classmethod
    def from_dict(cls, data: Any) -> Build:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", _models.BuildApp.from_dict),
            buildpacks=_rt.optional(
                data,
                "buildpacks",
                _rt.list_of(_models.BuildBuildpacksItem.from_dict),
            ),
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            source_blob=_rt.required(data, "source_blob", _models.BuildSourceBlob.from_dict),
            release=_rt.optional(data, "release", _models.BuildRelease.from_dict),
            slug=_rt.optional(data, "slug", _models.BuildSlug.from_dict),
            stack=_rt.optional_str(data, "stack"),
            status=_rt.required(data, "status", _models.BuildStatus.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            user=_rt.required(data, "user", _models.BuildUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        data["created_at"] = self.created_at.isoformat()
        data["id"] = self.id
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        data["source_blob"] = self.source_blob.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.stack is not None:
            data["stack"] = self.stack
        data["status"] = self.status.value
        data["updated_at"] = self.updated_at.isoformat()
        data["user"] = self.user.to_dict()
        return data

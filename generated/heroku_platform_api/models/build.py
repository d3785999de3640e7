from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_owner import AppOwner
    from .build_buildpacks_item import BuildBuildpacksItem
    from .build_source_blob import BuildSourceBlob
    from .release_slug import ReleaseSlug
    from .release_status import ReleaseStatus


@dataclass(kw_only=True, slots=True)
class Build:
    id: Optional[str] = None
    status: Optional[ReleaseStatus] = None
    app: Optional[ReleaseSlug] = None
    buildpacks: Optional[list[BuildBuildpacksItem]] = None
    output_stream_url: Optional[str] = None
    release: Optional[ReleaseSlug] = None
    slug: Optional[ReleaseSlug] = None
    source_blob: Optional[BuildSourceBlob] = None
    user: Optional[AppOwner] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Build:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            status=_rt.optional(data, "status", _models.ReleaseStatus.decode),
            app=_rt.optional(data, "app", _models.ReleaseSlug.from_dict),
            buildpacks=_rt.optional(
                data,
                "buildpacks",
                _rt.list_of(_models.BuildBuildpacksItem.from_dict),
            ),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            release=_rt.optional(data, "release", _models.ReleaseSlug.from_dict),
            slug=_rt.optional(data, "slug", _models.ReleaseSlug.from_dict),
            source_blob=_rt.optional(data, "source_blob", _models.BuildSourceBlob.from_dict),
            user=_rt.optional(data, "user", _models.AppOwner.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.status is not None:
            data["status"] = self.status.value
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.source_blob is not None:
            data["source_blob"] = self.source_blob.to_dict()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data

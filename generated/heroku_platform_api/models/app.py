from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_build_stack import AppBuildStack
    from .app_owner import AppOwner


@dataclass(kw_only=True, slots=True)
class App:
    id: Optional[str] = None
    name: Optional[str] = None
    acm: Optional[bool] = None
    archived_at: Optional[datetime] = None
    buildpack_provided_description: Optional[str] = None
    build_stack: Optional[AppBuildStack] = None
    created_at: Optional[datetime] = None
    git_url: Optional[str] = None
    internal_routing: Optional[bool] = None
    maintenance: Optional[bool] = None
    owner: Optional[AppOwner] = None
    region: Optional[AppBuildStack] = None
    released_at: Optional[datetime] = None
    repo_size: Optional[int] = None
    slug_size: Optional[int] = None
    space: Optional[AppBuildStack] = None
    stack: Optional[AppBuildStack] = None
    team: Optional[AppBuildStack] = None
    updated_at: Optional[datetime] = None
    web_url: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> App:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            acm=_rt.optional_bool(data, "acm"),
            archived_at=_rt.optional_datetime(data, "archived_at"),
            buildpack_provided_description=_rt.optional_str(data, "buildpack_provided_description"),
            build_stack=_rt.optional(data, "build_stack", _models.AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            git_url=_rt.optional_str(data, "git_url"),
            internal_routing=_rt.optional_bool(data, "internal_routing"),
            maintenance=_rt.optional_bool(data, "maintenance"),
            owner=_rt.optional(data, "owner", _models.AppOwner.from_dict),
            region=_rt.optional(data, "region", _models.AppBuildStack.from_dict),
            released_at=_rt.optional_datetime(data, "released_at"),
            repo_size=_rt.optional_int(data, "repo_size"),
            slug_size=_rt.optional_int(data, "slug_size"),
            space=_rt.optional(data, "space", _models.AppBuildStack.from_dict),
            stack=_rt.optional(data, "stack", _models.AppBuildStack.from_dict),
            team=_rt.optional(data, "team", _models.AppBuildStack.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            web_url=_rt.optional_str(data, "web_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.acm is not None:
            data["acm"] = self.acm
        if self.archived_at is not None:
            data["archived_at"] = self.archived_at.isoformat()
        if self.buildpack_provided_description is not None:
            data["buildpack_provided_description"] = self.buildpack_provided_description
        if self.build_stack is not None:
            data["build_stack"] = self.build_stack.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.git_url is not None:
            data["git_url"] = self.git_url
        if self.internal_routing is not None:
            data["internal_routing"] = self.internal_routing
        if self.maintenance is not None:
            data["maintenance"] = self.maintenance
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.region is not None:
            data["region"] = self.region.to_dict()
        if self.released_at is not None:
            data["released_at"] = self.released_at.isoformat()
        if self.repo_size is not None:
            data["repo_size"] = self.repo_size
        if self.slug_size is not None:
            data["slug_size"] = self.slug_size
        if self.space is not None:
            data["space"] = self.space.to_dict()
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.web_url is not None:
            data["web_url"] = self.web_url
        return data

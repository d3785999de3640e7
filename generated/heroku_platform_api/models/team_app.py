from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_build_stack import AppBuildStack
    from .app_owner import AppOwner
    from .app_region import AppRegion
    from .app_stack import AppStack
    from .inbound_ruleset_space import InboundRulesetSpace
    from .team_app_team import TeamAppTeam


@dataclass(kw_only=True, slots=True)
class TeamApp:
    """A team app encapsulates the team specific functionality of Heroku apps."""

    archived_at: Optional[datetime] = None
    """when app was archived

    Read-only: set by the server.
    """
    buildpack_provided_description: Optional[str] = None
    """description from buildpack of app

    Read-only: set by the server.
    """
    build_stack: Optional[AppBuildStack] = None
    """identity of the stack that will be used for new builds"""
    created_at: Optional[datetime] = None
    """when app was created

    Read-only: set by the server.
    """
    git_url: Optional[str] = None
    """git repo URL of app

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    internal_routing: Optional[bool] = None
    """describes whether a Private Spaces app is externally routable or not

    Default: False.
    """
    joined: Optional[bool] = None
    """is the current member a collaborator on this app.

    Default: False.
    """
    locked: Optional[bool] = None
    """are other team members forbidden from joining this app.

    Default: False.
    """
    maintenance: Optional[bool] = None
    """maintenance status of app

    Default: False.
    """
    name: Optional[str] = None
    """unique name of app"""
    team: Optional[TeamAppTeam] = None
    """team that owns this app"""
    owner: Optional[AppOwner] = None
    """identity of app owner"""
    region: Optional[AppRegion] = None
    """identity of app region"""
    released_at: Optional[datetime] = None
    """when app was released

    Read-only: set by the server.
    """
    repo_size: Optional[int] = None
    """git repo size in bytes of app

    Read-only: set by the server.
    """
    slug_size: Optional[int] = None
    """slug size in bytes of app

    Read-only: set by the server.
    """
    space: Optional[InboundRulesetSpace] = None
    """identity of space"""
    stack: Optional[AppStack] = None
    """identity of app stack"""
    updated_at: Optional[datetime] = None
    """when app was updated

    Read-only: set by the server.
    """
    web_url: Optional[str] = None
    """web URL of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamApp:
        data = _rt.expect_object(data)
        return cls(
            archived_at=_rt.optional_datetime(data, "archived_at"),
            buildpack_provided_description=_rt.optional_str(data, "buildpack_provided_description"),
            build_stack=_rt.optional(data, "build_stack", _models.AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            git_url=_rt.optional_str(data, "git_url"),
            id=_rt.optional_str(data, "id"),
            internal_routing=_rt.optional_bool(data, "internal_routing"),
            joined=_rt.optional_bool(data, "joined"),
            locked=_rt.optional_bool(data, "locked"),
            maintenance=_rt.optional_bool(data, "maintenance"),
            name=_rt.optional_str(data, "name"),
            team=_rt.optional(data, "team", _models.TeamAppTeam.from_dict),
            owner=_rt.optional(data, "owner", _models.AppOwner.from_dict),
            region=_rt.optional(data, "region", _models.AppRegion.from_dict),
            released_at=_rt.optional_datetime(data, "released_at"),
            repo_size=_rt.optional_int(data, "repo_size"),
            slug_size=_rt.optional_int(data, "slug_size"),
            space=_rt.optional(data, "space", _models.InboundRulesetSpace.from_dict),
            stack=_rt.optional(data, "stack", _models.AppStack.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            web_url=_rt.optional_str(data, "web_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
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
        if self.id is not None:
            data["id"] = self.id
        if self.internal_routing is not None:
            data["internal_routing"] = self.internal_routing
        if self.joined is not None:
            data["joined"] = self.joined
        if self.locked is not None:
            data["locked"] = self.locked
        if self.maintenance is not None:
            data["maintenance"] = self.maintenance
        if self.name is not None:
            data["name"] = self.name
        if self.team is not None:
            data["team"] = self.team.to_dict()
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
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.web_url is not None:
            data["web_url"] = self.web_url
        return data

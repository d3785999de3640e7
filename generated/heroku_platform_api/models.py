"""Data models of the Heroku Platform API.

``from_dict`` checks types as it decodes and names the field that does not
match; fields the document does not list are ignored, and fields it lists
but the server left out are ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from . import _runtime as _rt


class DynoState(str, _rt.OpenEnum):
    CRASHED = "crashed"
    DOWN = "down"
    IDLE = "idle"
    STARTING = "starting"
    UP = "up"


class AddonState(str, _rt.OpenEnum):
    PROVISIONING = "provisioning"
    PROVISIONED = "provisioned"
    DEPROVISIONED = "deprovisioned"


class DomainKind(str, _rt.OpenEnum):
    HEROKU = "heroku"
    CUSTOM = "custom"


class ReleaseStatus(str, _rt.OpenEnum):
    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"


class PipelineOwnerType(str, _rt.OpenEnum):
    USER = "user"
    TEAM = "team"


class PipelineCouplingStage(str, _rt.OpenEnum):
    REVIEW = "review"
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"


class CollaboratorRole(str, _rt.OpenEnum):
    OWNER = "owner"
    COLLABORATOR = "collaborator"
    MEMBER = "member"
    ADMIN = "admin"


@dataclass(kw_only=True, slots=True)
class AppBuildStack:
    id: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AppBuildStack:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class AppOwner:
    email: Optional[str] = None
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AppOwner:
        data = _rt.expect_object(data)
        return cls(
            email=_rt.optional_str(data, "email"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        if self.id is not None:
            data["id"] = self.id
        return data


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
            build_stack=_rt.optional(data, "build_stack", AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            git_url=_rt.optional_str(data, "git_url"),
            internal_routing=_rt.optional_bool(data, "internal_routing"),
            maintenance=_rt.optional_bool(data, "maintenance"),
            owner=_rt.optional(data, "owner", AppOwner.from_dict),
            region=_rt.optional(data, "region", AppBuildStack.from_dict),
            released_at=_rt.optional_datetime(data, "released_at"),
            repo_size=_rt.optional_int(data, "repo_size"),
            slug_size=_rt.optional_int(data, "slug_size"),
            space=_rt.optional(data, "space", AppBuildStack.from_dict),
            stack=_rt.optional(data, "stack", AppBuildStack.from_dict),
            team=_rt.optional(data, "team", AppBuildStack.from_dict),
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


@dataclass(kw_only=True, slots=True)
class DynoRelease:
    id: Optional[str] = None
    version: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Any) -> DynoRelease:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_int(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(kw_only=True, slots=True)
class Dyno:
    id: Optional[str] = None
    name: Optional[str] = None
    app: Optional[AppBuildStack] = None
    attach_url: Optional[str] = None
    command: Optional[str] = None
    created_at: Optional[datetime] = None
    release: Optional[DynoRelease] = None
    size: Optional[str] = None
    state: Optional[DynoState] = None
    type: Optional[str] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Dyno:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            app=_rt.optional(data, "app", AppBuildStack.from_dict),
            attach_url=_rt.optional_str(data, "attach_url"),
            command=_rt.optional_str(data, "command"),
            created_at=_rt.optional_datetime(data, "created_at"),
            release=_rt.optional(data, "release", DynoRelease.from_dict),
            size=_rt.optional_str(data, "size"),
            state=_rt.optional(data, "state", DynoState.decode),
            type=_rt.optional_str(data, "type"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.attach_url is not None:
            data["attach_url"] = self.attach_url
        if self.command is not None:
            data["command"] = self.command
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.size is not None:
            data["size"] = self.size
        if self.state is not None:
            data["state"] = self.state.value
        if self.type is not None:
            data["type"] = self.type
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AddonBilledPrice:
    cents: Optional[int] = None
    contract: Optional[bool] = None
    unit: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AddonBilledPrice:
        data = _rt.expect_object(data)
        return cls(
            cents=_rt.optional_int(data, "cents"),
            contract=_rt.optional_bool(data, "contract"),
            unit=_rt.optional_str(data, "unit"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.cents is not None:
            data["cents"] = self.cents
        if self.contract is not None:
            data["contract"] = self.contract
        if self.unit is not None:
            data["unit"] = self.unit
        return data


@dataclass(kw_only=True, slots=True)
class Addon:
    id: Optional[str] = None
    name: Optional[str] = None
    app: Optional[AppBuildStack] = None
    addon_service: Optional[AppBuildStack] = None
    plan: Optional[AppBuildStack] = None
    provider_id: Optional[str] = None
    state: Optional[AddonState] = None
    config_vars: Optional[list[str]] = None
    billed_price: Optional[AddonBilledPrice] = None
    web_url: Optional[str] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Addon:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            app=_rt.optional(data, "app", AppBuildStack.from_dict),
            addon_service=_rt.optional(data, "addon_service", AppBuildStack.from_dict),
            plan=_rt.optional(data, "plan", AppBuildStack.from_dict),
            provider_id=_rt.optional_str(data, "provider_id"),
            state=_rt.optional(data, "state", AddonState.decode),
            config_vars=_rt.optional(data, "config_vars", _rt.list_of(_rt.as_str)),
            billed_price=_rt.optional(data, "billed_price", AddonBilledPrice.from_dict),
            web_url=_rt.optional_str(data, "web_url"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.addon_service is not None:
            data["addon_service"] = self.addon_service.to_dict()
        if self.plan is not None:
            data["plan"] = self.plan.to_dict()
        if self.provider_id is not None:
            data["provider_id"] = self.provider_id
        if self.state is not None:
            data["state"] = self.state.value
        if self.config_vars is not None:
            data["config_vars"] = list(self.config_vars)
        if self.billed_price is not None:
            data["billed_price"] = self.billed_price.to_dict()
        if self.web_url is not None:
            data["web_url"] = self.web_url
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class Domain:
    id: Optional[str] = None
    hostname: Optional[str] = None
    kind: Optional[DomainKind] = None
    acm_status: Optional[str] = None
    acm_status_reason: Optional[str] = None
    cname: Optional[str] = None
    sni_endpoint: Optional[AppBuildStack] = None
    status: Optional[str] = None
    app: Optional[AppBuildStack] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Domain:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            hostname=_rt.optional_str(data, "hostname"),
            kind=_rt.optional(data, "kind", DomainKind.decode),
            acm_status=_rt.optional_str(data, "acm_status"),
            acm_status_reason=_rt.optional_str(data, "acm_status_reason"),
            cname=_rt.optional_str(data, "cname"),
            sni_endpoint=_rt.optional(data, "sni_endpoint", AppBuildStack.from_dict),
            status=_rt.optional_str(data, "status"),
            app=_rt.optional(data, "app", AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.hostname is not None:
            data["hostname"] = self.hostname
        if self.kind is not None:
            data["kind"] = self.kind.value
        if self.acm_status is not None:
            data["acm_status"] = self.acm_status
        if self.acm_status_reason is not None:
            data["acm_status_reason"] = self.acm_status_reason
        if self.cname is not None:
            data["cname"] = self.cname
        if self.sni_endpoint is not None:
            data["sni_endpoint"] = self.sni_endpoint.to_dict()
        if self.status is not None:
            data["status"] = self.status
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class Formation:
    id: Optional[str] = None
    type: Optional[str] = None
    """Process type name (web, worker, etc.)"""
    command: Optional[str] = None
    quantity: Optional[int] = None
    size: Optional[str] = None
    app: Optional[AppBuildStack] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Formation:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            type=_rt.optional_str(data, "type"),
            command=_rt.optional_str(data, "command"),
            quantity=_rt.optional_int(data, "quantity"),
            size=_rt.optional_str(data, "size"),
            app=_rt.optional(data, "app", AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type
        if self.command is not None:
            data["command"] = self.command
        if self.quantity is not None:
            data["quantity"] = self.quantity
        if self.size is not None:
            data["size"] = self.size
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class ReleaseSlug:
    id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> ReleaseSlug:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class Release:
    id: Optional[str] = None
    version: Optional[int] = None
    description: Optional[str] = None
    status: Optional[ReleaseStatus] = None
    current: Optional[bool] = None
    addon_plan_names: Optional[list[str]] = None
    slug: Optional[ReleaseSlug] = None
    user: Optional[AppOwner] = None
    app: Optional[AppBuildStack] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Release:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_int(data, "version"),
            description=_rt.optional_str(data, "description"),
            status=_rt.optional(data, "status", ReleaseStatus.decode),
            current=_rt.optional_bool(data, "current"),
            addon_plan_names=_rt.optional(data, "addon_plan_names", _rt.list_of(_rt.as_str)),
            slug=_rt.optional(data, "slug", ReleaseSlug.from_dict),
            user=_rt.optional(data, "user", AppOwner.from_dict),
            app=_rt.optional(data, "app", AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        if self.description is not None:
            data["description"] = self.description
        if self.status is not None:
            data["status"] = self.status.value
        if self.current is not None:
            data["current"] = self.current
        if self.addon_plan_names is not None:
            data["addon_plan_names"] = list(self.addon_plan_names)
        if self.slug is not None:
            data["slug"] = self.slug.to_dict()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class BuildBuildpacksItem:
    url: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> BuildBuildpacksItem:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class BuildSourceBlob:
    checksum: Optional[str] = None
    url: Optional[str] = None
    version: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> BuildSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data


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
            status=_rt.optional(data, "status", ReleaseStatus.decode),
            app=_rt.optional(data, "app", ReleaseSlug.from_dict),
            buildpacks=_rt.optional(data, "buildpacks", _rt.list_of(BuildBuildpacksItem.from_dict)),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            release=_rt.optional(data, "release", ReleaseSlug.from_dict),
            slug=_rt.optional(data, "slug", ReleaseSlug.from_dict),
            source_blob=_rt.optional(data, "source_blob", BuildSourceBlob.from_dict),
            user=_rt.optional(data, "user", AppOwner.from_dict),
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


@dataclass(kw_only=True, slots=True)
class PipelineOwner:
    id: Optional[str] = None
    type: Optional[PipelineOwnerType] = None

    @classmethod
    def from_dict(cls, data: Any) -> PipelineOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            type=_rt.optional(data, "type", PipelineOwnerType.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type.value
        return data


@dataclass(kw_only=True, slots=True)
class Pipeline:
    id: Optional[str] = None
    name: Optional[str] = None
    owner: Optional[PipelineOwner] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Pipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", PipelineOwner.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineCoupling:
    id: Optional[str] = None
    app: Optional[ReleaseSlug] = None
    pipeline: Optional[ReleaseSlug] = None
    stage: Optional[PipelineCouplingStage] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCoupling:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            app=_rt.optional(data, "app", ReleaseSlug.from_dict),
            pipeline=_rt.optional(data, "pipeline", ReleaseSlug.from_dict),
            stage=_rt.optional(data, "stage", PipelineCouplingStage.decode),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.stage is not None:
            data["stage"] = self.stage.value
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class Collaborator:
    id: Optional[str] = None
    user: Optional[AppOwner] = None
    permissions: Optional[list[str]] = None
    role: Optional[CollaboratorRole] = None
    app: Optional[AppBuildStack] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Collaborator:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            user=_rt.optional(data, "user", AppOwner.from_dict),
            permissions=_rt.optional(data, "permissions", _rt.list_of(_rt.as_str)),
            role=_rt.optional(data, "role", CollaboratorRole.decode),
            app=_rt.optional(data, "app", AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.user is not None:
            data["user"] = self.user.to_dict()
        if self.permissions is not None:
            data["permissions"] = list(self.permissions)
        if self.role is not None:
            data["role"] = self.role.value
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class Account:
    id: Optional[str] = None
    email: Optional[str] = None
    name: Optional[str] = None
    allow_tracking: Optional[bool] = None
    beta: Optional[bool] = None
    country_of_residence: Optional[str] = None
    default_organization: Optional[AppBuildStack] = None
    delinquent_at: Optional[datetime] = None
    identity_provider: Optional[dict[str, Any]] = None
    last_login: Optional[datetime] = None
    sms_number: Optional[str] = None
    suspended_at: Optional[datetime] = None
    two_factor_authentication: Optional[bool] = None
    verified: Optional[bool] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> Account:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
            name=_rt.optional_str(data, "name"),
            allow_tracking=_rt.optional_bool(data, "allow_tracking"),
            beta=_rt.optional_bool(data, "beta"),
            country_of_residence=_rt.optional_str(data, "country_of_residence"),
            default_organization=_rt.optional(
                data,
                "default_organization",
                AppBuildStack.from_dict,
            ),
            delinquent_at=_rt.optional_datetime(data, "delinquent_at"),
            identity_provider=_rt.optional(data, "identity_provider", _rt.expect_object),
            last_login=_rt.optional_datetime(data, "last_login"),
            sms_number=_rt.optional_str(data, "sms_number"),
            suspended_at=_rt.optional_datetime(data, "suspended_at"),
            two_factor_authentication=_rt.optional_bool(data, "two_factor_authentication"),
            verified=_rt.optional_bool(data, "verified"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        if self.name is not None:
            data["name"] = self.name
        if self.allow_tracking is not None:
            data["allow_tracking"] = self.allow_tracking
        if self.beta is not None:
            data["beta"] = self.beta
        if self.country_of_residence is not None:
            data["country_of_residence"] = self.country_of_residence
        if self.default_organization is not None:
            data["default_organization"] = self.default_organization.to_dict()
        if self.delinquent_at is not None:
            data["delinquent_at"] = self.delinquent_at.isoformat()
        if self.identity_provider is not None:
            data["identity_provider"] = _rt.encode(self.identity_provider)
        if self.last_login is not None:
            data["last_login"] = self.last_login.isoformat()
        if self.sms_number is not None:
            data["sms_number"] = self.sms_number
        if self.suspended_at is not None:
            data["suspended_at"] = self.suspended_at.isoformat()
        if self.two_factor_authentication is not None:
            data["two_factor_authentication"] = self.two_factor_authentication
        if self.verified is not None:
            data["verified"] = self.verified
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class SourceSourceBlob:
    get_url: Optional[str] = None
    """URL to download the source"""
    put_url: Optional[str] = None
    """URL to upload the source"""

    @classmethod
    def from_dict(cls, data: Any) -> SourceSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            get_url=_rt.optional_str(data, "get_url"),
            put_url=_rt.optional_str(data, "put_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.get_url is not None:
            data["get_url"] = self.get_url
        if self.put_url is not None:
            data["put_url"] = self.put_url
        return data


@dataclass(kw_only=True, slots=True)
class Source:
    """A source is a location for uploading and downloading an application's source code."""

    source_blob: Optional[SourceSourceBlob] = None

    @classmethod
    def from_dict(cls, data: Any) -> Source:
        data = _rt.expect_object(data)
        return cls(
            source_blob=_rt.optional(data, "source_blob", SourceSourceBlob.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.source_blob is not None:
            data["source_blob"] = self.source_blob.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class CreateAddonBodyAttachment:
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> CreateAddonBodyAttachment:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data


@dataclass(kw_only=True, slots=True)
class BatchUpdateFormationBodyUpdatesItem:
    type: str
    quantity: Optional[int] = None
    size: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> BatchUpdateFormationBodyUpdatesItem:
        data = _rt.expect_object(data)
        return cls(
            type=_rt.required(data, "type", _rt.as_str),
            quantity=_rt.optional_int(data, "quantity"),
            size=_rt.optional_str(data, "size"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["type"] = self.type
        if self.quantity is not None:
            data["quantity"] = self.quantity
        if self.size is not None:
            data["size"] = self.size
        return data


@dataclass(kw_only=True, slots=True)
class CreateBuildBodySourceBlob:
    checksum: Optional[str] = None
    url: str
    version: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> CreateBuildBodySourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.required(data, "url", _rt.as_str),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        return data


@dataclass(kw_only=True, slots=True)
class CreateLogSessionResponse:
    id: Optional[str] = None
    logplex_url: Optional[str] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> CreateLogSessionResponse:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            logplex_url=_rt.optional_str(data, "logplex_url"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.logplex_url is not None:
            data["logplex_url"] = self.logplex_url
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class ListRegionsResponseItemProvider:
    name: Optional[str] = None
    region: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> ListRegionsResponseItemProvider:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            region=_rt.optional_str(data, "region"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.region is not None:
            data["region"] = self.region
        return data


@dataclass(kw_only=True, slots=True)
class ListRegionsResponseItem:
    id: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    country: Optional[str] = None
    locale: Optional[str] = None
    private_capable: Optional[bool] = None
    provider: Optional[ListRegionsResponseItemProvider] = None

    @classmethod
    def from_dict(cls, data: Any) -> ListRegionsResponseItem:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            description=_rt.optional_str(data, "description"),
            country=_rt.optional_str(data, "country"),
            locale=_rt.optional_str(data, "locale"),
            private_capable=_rt.optional_bool(data, "private_capable"),
            provider=_rt.optional(data, "provider", ListRegionsResponseItemProvider.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.description is not None:
            data["description"] = self.description
        if self.country is not None:
            data["country"] = self.country
        if self.locale is not None:
            data["locale"] = self.locale
        if self.private_capable is not None:
            data["private_capable"] = self.private_capable
        if self.provider is not None:
            data["provider"] = self.provider.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class ListStacksResponseItem:
    id: Optional[str] = None
    name: Optional[str] = None
    state: Optional[str] = None
    default: Optional[bool] = None
    created_at: Optional[datetime] = None
    updated_at: Optional[datetime] = None

    @classmethod
    def from_dict(cls, data: Any) -> ListStacksResponseItem:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            default=_rt.optional_bool(data, "default"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.default is not None:
            data["default"] = self.default
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data

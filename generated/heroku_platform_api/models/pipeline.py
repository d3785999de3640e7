from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .build import BuildBuildpacksItem, BuildRelease, BuildStatus, BuildUser
    from .release import ReleaseArtifact, ReleaseStatus


@dataclass(kw_only=True, slots=True)
class Pipeline:
    """A pipeline allows grouping of apps into different stages."""

    created_at: Optional[datetime] = None
    """when pipeline was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """name of pipeline"""
    owner: Optional[PipelineOwner] = None
    """Owner of a pipeline."""
    updated_at: Optional[datetime] = None
    """when pipeline was updated

    Read-only: set by the server.
    """
    generation: Optional[PipelineGeneration] = None
    """the generation of the Heroku platform for this pipeline"""

    @classmethod
    def from_dict(cls, data: Any) -> Pipeline:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", PipelineOwner.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            generation=_rt.optional(data, "generation", PipelineGeneration.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        return data


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
            app=_rt.optional(data, "app", PipelineBuildApp.from_dict),
            buildpacks=_rt.optional(
                data,
                "buildpacks",
                _rt.list_of(_models.BuildBuildpacksItem.from_dict),
            ),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            source_blob=_rt.optional(data, "source_blob", PipelineBuildSourceBlob.from_dict),
            release=_rt.optional(data, "release", _models.BuildRelease.from_dict),
            slug=_rt.optional(data, "slug", PipelineBuildSlug.from_dict),
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


@dataclass(kw_only=True, slots=True)
class PipelineBuildApp:
    """app that the build belongs to"""

    id: Optional[str] = None
    """unique identifier of the app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuildApp:
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
class PipelineBuildSlug:
    """slug created by this build"""

    id: Optional[str] = None
    """unique identifier of the slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuildSlug:
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
class PipelineBuildSourceBlob:
    """location of gzipped tarball of source code used to create build"""

    checksum: Optional[str] = None
    """an optional checksum of the gzipped tarball for verifying its integrity

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded.

    Read-only: set by the server.
    """
    version: Optional[str] = None
    """version of the gzipped tarball

    Read-only: set by the server.
    """
    version_description: Optional[str] = None
    """version description of the gzipped tarball

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineBuildSourceBlob:
        data = _rt.expect_object(data)
        return cls(
            checksum=_rt.optional_str(data, "checksum"),
            url=_rt.optional_str(data, "url"),
            version=_rt.optional_str(data, "version"),
            version_description=_rt.optional_str(data, "version_description"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.url is not None:
            data["url"] = self.url
        if self.version is not None:
            data["version"] = self.version
        if self.version_description is not None:
            data["version_description"] = self.version_description
        return data


@dataclass(kw_only=True, slots=True)
class PipelineConfigVar:
    """Pipeline config vars in Heroku CI and review apps used to manage the configuration information for a pipeline."""

    name_value: Optional[dict[str, Any]] = None
    """user-defined config var name and value"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineConfigVar:
        data = _rt.expect_object(data)
        return cls(
            name_value=_rt.optional(data, '["NAME"]: ["value"]', _rt.expect_object),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name_value is not None:
            data['["NAME"]: ["value"]'] = _rt.encode(self.name_value)
        return data


@dataclass(kw_only=True, slots=True)
class PipelineCoupling:
    """Information about an app's coupling to a pipeline"""

    app: Optional[PipelineCouplingApp] = None
    """app involved in the pipeline coupling"""
    created_at: Optional[datetime] = None
    """when pipeline coupling was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of pipeline coupling

    Read-only: set by the server.
    """
    pipeline: Optional[PipelineCouplingPipeline] = None
    """pipeline involved in the coupling"""
    stage: Optional[PipelineCouplingStage] = None
    """target pipeline stage"""
    updated_at: Optional[datetime] = None
    """when pipeline coupling was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCoupling:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelineCouplingApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", PipelineCouplingPipeline.from_dict),
            stage=_rt.optional(data, "stage", PipelineCouplingStage.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.stage is not None:
            data["stage"] = self.stage.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineCouplingApp:
    """app involved in the pipeline coupling"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCouplingApp:
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
class PipelineCouplingPipeline:
    """pipeline involved in the coupling"""

    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineCouplingPipeline:
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
class PipelineDeployment:
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
    def from_dict(cls, data: Any) -> PipelineDeployment:
        data = _rt.expect_object(data)
        return cls(
            addon_plan_names=_rt.optional(data, "addon_plan_names", _rt.list_of(_rt.as_str)),
            artifacts=_rt.optional(
                data,
                "artifacts",
                _rt.list_of(_models.ReleaseArtifact.from_dict),
            ),
            app=_rt.optional(data, "app", PipelineDeploymentApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            slug=_rt.optional(data, "slug", PipelineDeploymentSlug.from_dict),
            status=_rt.optional(data, "status", _models.ReleaseStatus.decode),
            user=_rt.optional(data, "user", PipelineDeploymentUser.from_dict),
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
class PipelineDeploymentApp:
    """app involved in the release"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineDeploymentApp:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineDeploymentSlug:
    """slug running in this release"""

    id: Optional[str] = None
    """unique identifier of slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineDeploymentSlug:
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
class PipelineDeploymentUser:
    """user that created the release"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineDeploymentUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        return data


@dataclass(kw_only=True, slots=True)
class PipelineGeneration:
    """the generation of the Heroku platform for this pipeline"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this pipeline

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineGeneration:
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
class PipelineOwner:
    """Owner of a pipeline."""

    id: str
    """unique identifier of a pipeline owner"""
    type: str
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotion:
    """Promotions allow you to move code from an app in a pipeline to all targets"""

    created_at: Optional[datetime] = None
    """when promotion was created"""
    id: Optional[str] = None
    """unique identifier of promotion

    Read-only: set by the server.
    """
    pipeline: Optional[PipelinePromotionPipeline] = None
    """the pipeline which the promotion belongs to"""
    source: Optional[PipelinePromotionSource] = None
    """the app being promoted from"""
    status: Optional[PipelinePromotionStatus] = None
    """status of promotion

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when promotion was updated"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotion:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            pipeline=_rt.optional(data, "pipeline", PipelinePromotionPipeline.from_dict),
            source=_rt.optional(data, "source", PipelinePromotionSource.from_dict),
            status=_rt.optional(data, "status", PipelinePromotionStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.source is not None:
            data["source"] = self.source.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodyPipeline:
    """pipeline involved in the promotion"""

    id: str
    """unique identifier of pipeline"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodyPipeline:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodySource:
    """the app being promoted from"""

    app: Optional[PipelinePromotionCreateBodySourceApp] = None
    """the app which was promoted from"""
    release: Optional[PipelinePromotionCreateBodySourceRelease] = None
    """the specific release to promote from (optional, defaults to current release)"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodySource:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelinePromotionCreateBodySourceApp.from_dict),
            release=_rt.optional(
                data,
                "release",
                PipelinePromotionCreateBodySourceRelease.from_dict,
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodySourceApp:
    """the app which was promoted from"""

    id: Optional[str] = None
    """unique identifier of app"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodySourceApp:
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
class PipelinePromotionCreateBodySourceRelease:
    """the specific release to promote from (optional, defaults to current release)"""

    id: Optional[str] = None
    """unique identifier of release"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodySourceRelease:
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
class PipelinePromotionCreateBodyTargetsItem:
    app: Optional[PipelinePromotionCreateBodyTargetsItemApp] = None
    """the app is being promoted to"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodyTargetsItem:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelinePromotionCreateBodyTargetsItemApp.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionCreateBodyTargetsItemApp:
    """the app is being promoted to"""

    id: Optional[str] = None
    """unique identifier of app"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionCreateBodyTargetsItemApp:
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
class PipelinePromotionPipeline:
    """the pipeline which the promotion belongs to"""

    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionPipeline:
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
class PipelinePromotionSource:
    """the app being promoted from"""

    app: Optional[PipelinePromotionSourceApp] = None
    """the app which was promoted from"""
    release: Optional[PipelinePromotionSourceRelease] = None
    """the release used to promoted from"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionSource:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelinePromotionSourceApp.from_dict),
            release=_rt.optional(data, "release", PipelinePromotionSourceRelease.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionSourceApp:
    """the app which was promoted from"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionSourceApp:
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
class PipelinePromotionSourceRelease:
    """the release used to promoted from"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionSourceRelease:
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
class PipelinePromotionTarget:
    """Promotion targets represent an individual app being promoted to"""

    app: Optional[PipelinePromotionTargetApp] = None
    """the app which was promoted to"""
    error_message: Optional[str] = None
    """an error message for why the promotion failed"""
    id: Optional[str] = None
    """unique identifier of promotion target

    Read-only: set by the server.
    """
    pipeline_promotion: Optional[PipelinePromotionTargetPipelinePromotion] = None
    """the promotion which the target belongs to"""
    release: Optional[PipelinePromotionTargetRelease] = None
    """the release which was created on the target app"""
    status: Optional[PipelinePromotionTargetStatus] = None
    """status of promotion

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTarget:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", PipelinePromotionTargetApp.from_dict),
            error_message=_rt.optional_str(data, "error_message"),
            id=_rt.optional_str(data, "id"),
            pipeline_promotion=_rt.optional(
                data,
                "pipeline_promotion",
                PipelinePromotionTargetPipelinePromotion.from_dict,
            ),
            release=_rt.optional(data, "release", PipelinePromotionTargetRelease.from_dict),
            status=_rt.optional(data, "status", PipelinePromotionTargetStatus.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.error_message is not None:
            data["error_message"] = self.error_message
        if self.id is not None:
            data["id"] = self.id
        if self.pipeline_promotion is not None:
            data["pipeline_promotion"] = self.pipeline_promotion.to_dict()
        if self.release is not None:
            data["release"] = self.release.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        return data


@dataclass(kw_only=True, slots=True)
class PipelinePromotionTargetApp:
    """the app which was promoted to"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTargetApp:
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
class PipelinePromotionTargetPipelinePromotion:
    """the promotion which the target belongs to"""

    id: Optional[str] = None
    """unique identifier of promotion

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTargetPipelinePromotion:
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
class PipelinePromotionTargetRelease:
    """the release which was created on the target app"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelinePromotionTargetRelease:
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
            app=_rt.optional(data, "app", PipelineReleaseApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            id=_rt.optional_str(data, "id"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            slug=_rt.optional(data, "slug", PipelineReleaseSlug.from_dict),
            status=_rt.optional(data, "status", _models.ReleaseStatus.decode),
            user=_rt.optional(data, "user", PipelineDeploymentUser.from_dict),
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


@dataclass(kw_only=True, slots=True)
class PipelineReleaseApp:
    """app involved in the release"""

    name: Optional[str] = None
    """unique name of the app"""
    id: Optional[str] = None
    """unique identifier of the app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineReleaseApp:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class PipelineReleaseSlug:
    """slug running in the release"""

    id: Optional[str] = None
    """unique identifier of the slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineReleaseSlug:
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
class PipelineStack:
    """A pipeline's stack is determined by the apps in the pipeline. This is used during creation of CI and Review Apps that have no stack defined in app.json"""

    stack: Optional[PipelineStackStack] = None
    """identity of the stack that will be used for new builds without a stack defined in CI and Review Apps"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineStack:
        data = _rt.expect_object(data)
        return cls(
            stack=_rt.optional(data, "stack", PipelineStackStack.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineStackStack:
    """identity of the stack that will be used for new builds without a stack defined in CI and Review Apps"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineStackStack:
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
class PipelineTransfer:
    """A pipeline transfer is the process of changing pipeline ownership along with the contained apps."""

    pipeline: Optional[PipelineTransferPipeline] = None
    """pipeline being transferred"""
    previous_owner: Optional[PipelineTransferPreviousOwner] = None
    """Owner of a pipeline."""
    new_owner: Optional[PipelineTransferNewOwner] = None
    """Owner of a pipeline."""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransfer:
        data = _rt.expect_object(data)
        return cls(
            pipeline=_rt.optional(data, "pipeline", PipelineTransferPipeline.from_dict),
            previous_owner=_rt.optional(
                data,
                "previous_owner",
                PipelineTransferPreviousOwner.from_dict,
            ),
            new_owner=_rt.optional(data, "new_owner", PipelineTransferNewOwner.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.pipeline is not None:
            data["pipeline"] = self.pipeline.to_dict()
        if self.previous_owner is not None:
            data["previous_owner"] = self.previous_owner.to_dict()
        if self.new_owner is not None:
            data["new_owner"] = self.new_owner.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransferCreateBodyNewOwner:
    """New pipeline owner"""

    id: Optional[str] = None
    """unique identifier of a pipeline owner"""
    type: Optional[str] = None
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferCreateBodyNewOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            type=_rt.optional_str(data, "type"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransferCreateBodyPipeline:
    """The pipeline to transfer"""

    id: Optional[str] = None
    """unique identifier of pipeline"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferCreateBodyPipeline:
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
class PipelineTransferNewOwner:
    """Owner of a pipeline."""

    id: str
    """unique identifier of a pipeline owner"""
    type: str
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferNewOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


@dataclass(kw_only=True, slots=True)
class PipelineTransferPipeline:
    """pipeline being transferred"""

    id: Optional[str] = None
    """unique identifier of pipeline

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferPipeline:
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
class PipelineTransferPreviousOwner:
    """Owner of a pipeline."""

    id: str
    """unique identifier of a pipeline owner"""
    type: str
    """type of pipeline owner"""

    @classmethod
    def from_dict(cls, data: Any) -> PipelineTransferPreviousOwner:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            type=_rt.required(data, "type", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["type"] = self.type
        return data


class PipelineCouplingStage(str, _rt.OpenEnum):
    """target pipeline stage"""

    TEST = "test"
    REVIEW = "review"
    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"


class PipelinePromotionStatus(str, _rt.OpenEnum):
    """status of promotion"""

    PENDING = "pending"
    COMPLETED = "completed"


class PipelinePromotionTargetStatus(str, _rt.OpenEnum):
    """status of promotion"""

    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"

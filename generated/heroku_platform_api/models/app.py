from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .build import BuildStatus


@dataclass(kw_only=True, slots=True)
class App:
    """An app represents the program that you would like to deploy and run on Heroku."""

    acm: Optional[bool] = None
    """ACM status of this app

    Read-only: set by the server.

    Default: False.
    """
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
    generation: Optional[AppGeneration] = None
    """Generation of the Heroku platform for this app

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
    maintenance: Optional[bool] = None
    """maintenance status of app

    Default: False.
    """
    name: Optional[str] = None
    """unique name of app"""
    owner: Optional[AppOwner] = None
    """identity of app owner"""
    organization: Optional[AppOrganization] = None
    """identity of team"""
    team: Optional[AppOrganization] = None
    """identity of team"""
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
    space: Optional[AppSpace] = None
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
    def from_dict(cls, data: Any) -> App:
        data = _rt.expect_object(data)
        return cls(
            acm=_rt.optional_bool(data, "acm"),
            archived_at=_rt.optional_datetime(data, "archived_at"),
            buildpack_provided_description=_rt.optional_str(data, "buildpack_provided_description"),
            build_stack=_rt.optional(data, "build_stack", AppBuildStack.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            generation=_rt.optional(data, "generation", AppGeneration.from_dict),
            git_url=_rt.optional_str(data, "git_url"),
            id=_rt.optional_str(data, "id"),
            internal_routing=_rt.optional_bool(data, "internal_routing"),
            maintenance=_rt.optional_bool(data, "maintenance"),
            name=_rt.optional_str(data, "name"),
            owner=_rt.optional(data, "owner", AppOwner.from_dict),
            organization=_rt.optional(data, "organization", AppOrganization.from_dict),
            team=_rt.optional(data, "team", AppOrganization.from_dict),
            region=_rt.optional(data, "region", AppRegion.from_dict),
            released_at=_rt.optional_datetime(data, "released_at"),
            repo_size=_rt.optional_int(data, "repo_size"),
            slug_size=_rt.optional_int(data, "slug_size"),
            space=_rt.optional(data, "space", AppSpace.from_dict),
            stack=_rt.optional(data, "stack", AppStack.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            web_url=_rt.optional_str(data, "web_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
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
        if self.generation is not None:
            data["generation"] = self.generation.to_dict()
        if self.git_url is not None:
            data["git_url"] = self.git_url
        if self.id is not None:
            data["id"] = self.id
        if self.internal_routing is not None:
            data["internal_routing"] = self.internal_routing
        if self.maintenance is not None:
            data["maintenance"] = self.maintenance
        if self.name is not None:
            data["name"] = self.name
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.organization is not None:
            data["organization"] = self.organization.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
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


@dataclass(kw_only=True, slots=True)
class AppBuildStack:
    """identity of the stack that will be used for new builds"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

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
class AppFeature:
    """An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku."""

    created_at: Optional[datetime] = None
    """when app feature was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """description of app feature

    Read-only: set by the server.
    """
    doc_url: Optional[str] = None
    """documentation URL of app feature

    Read-only: set by the server.
    """
    enabled: Optional[bool] = None
    """whether or not app feature has been enabled"""
    id: Optional[str] = None
    """unique identifier of app feature

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app feature

    Read-only: set by the server.
    """
    state: Optional[str] = None
    """state of app feature

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when app feature was updated

    Read-only: set by the server.
    """
    display_name: Optional[str] = None
    """user readable feature name

    Read-only: set by the server.
    """
    feedback_email: Optional[str] = None
    """e-mail to send feedback about the feature

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppFeature:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            doc_url=_rt.optional_str(data, "doc_url"),
            enabled=_rt.optional_bool(data, "enabled"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            state=_rt.optional_str(data, "state"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            display_name=_rt.optional_str(data, "display_name"),
            feedback_email=_rt.optional_str(data, "feedback_email"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.doc_url is not None:
            data["doc_url"] = self.doc_url
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.state is not None:
            data["state"] = self.state
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.display_name is not None:
            data["display_name"] = self.display_name
        if self.feedback_email is not None:
            data["feedback_email"] = self.feedback_email
        return data


@dataclass(kw_only=True, slots=True)
class AppGeneration:
    """Generation of the Heroku platform for this app"""

    id: Optional[str] = None
    """unique identifier of the generation of the Heroku platform for this app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of the generation of the Heroku platform for this app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppGeneration:
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
class AppOrganization:
    """identity of team"""

    id: Optional[str] = None
    """unique identifier of team

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppOrganization:
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
    """identity of app owner"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

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
class AppRegion:
    """identity of app region"""

    id: Optional[str] = None
    """unique identifier of region

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of region

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppRegion:
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
class AppSetup:
    """An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file."""

    id: Optional[str] = None
    """unique identifier of app setup

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when app setup was created

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when app setup was updated

    Read-only: set by the server.
    """
    status: Optional[AppSetupStatus] = None
    """the overall status of app setup

    Read-only: set by the server.
    """
    failure_message: Optional[str] = None
    """reason that app setup has failed

    Read-only: set by the server.
    """
    app: Optional[AppSetupApp] = None
    """identity of app"""
    build: Optional[AppSetupBuild] = None
    """identity and status of build"""
    manifest_errors: Optional[list[str]] = None
    """errors associated with invalid app.json manifest file

    Read-only: set by the server.
    """
    postdeploy: Optional[AppSetupPostdeploy] = None
    """result of postdeploy script

    Read-only: set by the server.
    """
    resolved_success_url: Optional[str] = None
    """fully qualified success url

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetup:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            status=_rt.optional(data, "status", AppSetupStatus.decode),
            failure_message=_rt.optional_str(data, "failure_message"),
            app=_rt.optional(data, "app", AppSetupApp.from_dict),
            build=_rt.optional(data, "build", AppSetupBuild.from_dict),
            manifest_errors=_rt.optional(data, "manifest_errors", _rt.list_of(_rt.as_str)),
            postdeploy=_rt.optional(data, "postdeploy", AppSetupPostdeploy.from_dict),
            resolved_success_url=_rt.optional_str(data, "resolved_success_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.status is not None:
            data["status"] = self.status.value
        if self.failure_message is not None:
            data["failure_message"] = self.failure_message
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.build is not None:
            data["build"] = self.build.to_dict()
        if self.manifest_errors is not None:
            data["manifest_errors"] = list(self.manifest_errors)
        if self.postdeploy is not None:
            data["postdeploy"] = self.postdeploy.to_dict()
        if self.resolved_success_url is not None:
            data["resolved_success_url"] = self.resolved_success_url
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupApp:
    """identity of app"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupApp:
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
class AppSetupBuild:
    """identity and status of build"""

    id: Optional[str] = None
    """unique identifier of build

    Read-only: set by the server.
    """
    status: Optional[BuildStatus] = None
    """status of build

    Read-only: set by the server.
    """
    output_stream_url: Optional[str] = None
    """Build process output will be available from this URL as a stream. The stream is available as either `text/plain` or `text/event-stream`. Clients should be prepared to handle disconnects and can resume the stream by sending a `Range` header (for `text/plain`) or a `Last-Event-Id` header (for `text/event-stream`).

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupBuild:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            status=_rt.optional(data, "status", _models.BuildStatus.decode),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.status is not None:
            data["status"] = self.status.value
        if self.output_stream_url is not None:
            data["output_stream_url"] = self.output_stream_url
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupBuildpackOverride:
    """a buildpack override"""

    url: Optional[str] = None
    """location of the buildpack"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupBuildpackOverride:
        data = _rt.expect_object(data)
        return cls(
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupCreateBodyApp:
    """optional parameters for created app"""

    locked: Optional[bool] = None
    """are other team members forbidden from joining this app.

    Default: False.
    """
    name: Optional[str] = None
    """unique name of app"""
    organization: Optional[str] = None
    """unique name of team"""
    personal: Optional[bool] = None
    """force creation of the app in the user account even if a default team is set.

    Default: False.
    """
    region: Optional[str] = None
    """unique name of region"""
    space: Optional[str] = None
    """unique name of space"""
    stack: Optional[str] = None
    """unique name of stack"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupCreateBodyApp:
        data = _rt.expect_object(data)
        return cls(
            locked=_rt.optional_bool(data, "locked"),
            name=_rt.optional_str(data, "name"),
            organization=_rt.optional_str(data, "organization"),
            personal=_rt.optional_bool(data, "personal"),
            region=_rt.optional_str(data, "region"),
            space=_rt.optional_str(data, "space"),
            stack=_rt.optional_str(data, "stack"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.locked is not None:
            data["locked"] = self.locked
        if self.name is not None:
            data["name"] = self.name
        if self.organization is not None:
            data["organization"] = self.organization
        if self.personal is not None:
            data["personal"] = self.personal
        if self.region is not None:
            data["region"] = self.region
        if self.space is not None:
            data["space"] = self.space
        if self.stack is not None:
            data["stack"] = self.stack
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupCreateBodyOverrides:
    """overrides of keys in the app.json manifest file"""

    buildpacks: Optional[list[AppSetupBuildpackOverride]] = None
    """overrides the buildpacks specified in the app.json manifest file"""
    env: Optional[dict[str, str]] = None
    """overrides of the env specified in the app.json manifest file"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupCreateBodyOverrides:
        data = _rt.expect_object(data)
        return cls(
            buildpacks=_rt.optional(
                data,
                "buildpacks",
                _rt.list_of(AppSetupBuildpackOverride.from_dict),
            ),
            env=_rt.optional(data, "env", _rt.dict_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.env is not None:
            data["env"] = _rt.encode(self.env)
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupCreateBodySourceBlob:
    """gzipped tarball of source code containing app.json manifest file"""

    checksum: Optional[str] = None
    """an optional checksum of the gzipped tarball for verifying its integrity"""
    url: Optional[str] = None
    """URL of gzipped tarball of source code containing app.json manifest file"""
    version: Optional[str] = None
    """Version of the gzipped tarball."""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupCreateBodySourceBlob:
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
class AppSetupCreateBodySourceBlobInput:
    """gzipped tarball of source code containing app.json manifest file

    AppSetupCreateBodySourceBlob as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    checksum: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """an optional checksum of the gzipped tarball for verifying its integrity"""
    url: Union[str, _rt.Unset] = _rt.UNSET
    """URL of gzipped tarball of source code containing app.json manifest file"""
    version: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """Version of the gzipped tarball."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.checksum, _rt.Unset):
            data["checksum"] = None if self.checksum is None else self.checksum
        if not isinstance(self.url, _rt.Unset):
            data["url"] = self.url
        if not isinstance(self.version, _rt.Unset):
            data["version"] = None if self.version is None else self.version
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupOverrides:
    """overrides of keys in the app.json manifest file"""

    buildpacks: Optional[list[AppSetupBuildpackOverride]] = None
    """overrides the buildpacks specified in the app.json manifest file"""
    env: Optional[dict[str, str]] = None
    """overrides of the env specified in the app.json manifest file

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupOverrides:
        data = _rt.expect_object(data)
        return cls(
            buildpacks=_rt.optional(
                data,
                "buildpacks",
                _rt.list_of(AppSetupBuildpackOverride.from_dict),
            ),
            env=_rt.optional(data, "env", _rt.dict_of(_rt.as_str)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.env is not None:
            data["env"] = _rt.encode(self.env)
        return data


@dataclass(kw_only=True, slots=True)
class AppSetupPostdeploy:
    """result of postdeploy script"""

    output: Optional[str] = None
    """output of the postdeploy script

    Read-only: set by the server.
    """
    exit_code: Optional[int] = None
    """The exit code of the postdeploy script

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupPostdeploy:
        data = _rt.expect_object(data)
        return cls(
            output=_rt.optional_str(data, "output"),
            exit_code=_rt.optional_int(data, "exit_code"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.output is not None:
            data["output"] = self.output
        if self.exit_code is not None:
            data["exit_code"] = self.exit_code
        return data


@dataclass(kw_only=True, slots=True)
class AppSpace:
    """identity of space"""

    id: Optional[str] = None
    """unique identifier of space

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of space"""
    shield: Optional[bool] = None
    """true if this space has shield enabled

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppSpace:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            shield=_rt.optional_bool(data, "shield"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.shield is not None:
            data["shield"] = self.shield
        return data


@dataclass(kw_only=True, slots=True)
class AppStack:
    """identity of app stack"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppStack:
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
class AppTransfer:
    """An app transfer represents a two party interaction for transferring ownership of an app."""

    app: Optional[AppTransferApp] = None
    """app involved in the transfer"""
    created_at: Optional[datetime] = None
    """when app transfer was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of app transfer

    Read-only: set by the server.
    """
    owner: Optional[AppTransferOwner] = None
    """identity of the owner of the transfer"""
    recipient: Optional[AppTransferRecipient] = None
    """identity of the recipient of the transfer"""
    state: Optional[AppTransferState] = None
    """the current state of an app transfer

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when app transfer was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransfer:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", AppTransferApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            owner=_rt.optional(data, "owner", AppTransferOwner.from_dict),
            recipient=_rt.optional(data, "recipient", AppTransferRecipient.from_dict),
            state=_rt.optional(data, "state", AppTransferState.decode),
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
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.recipient is not None:
            data["recipient"] = self.recipient.to_dict()
        if self.state is not None:
            data["state"] = self.state.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AppTransferApp:
    """app involved in the transfer"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransferApp:
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
class AppTransferOwner:
    """identity of the owner of the transfer"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransferOwner:
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
class AppTransferRecipient:
    """identity of the recipient of the transfer"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppTransferRecipient:
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
class AppWebhookAppWebhook:
    """app webhook"""

    app: Optional[AppWebhookAppWebhookApp] = None
    """identity of app. Only used for customer webhooks."""
    created_at: Optional[datetime] = None
    """when the webhook was created"""
    id: Optional[str] = None
    """the webhook's unique identifier

    Read-only: set by the server.
    """
    include: Optional[list[str]] = None
    """the entities that the subscription provides notifications for"""
    level: Optional[AppWebhookLevel] = None
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""
    updated_at: Optional[datetime] = None
    """when the webhook was updated"""
    url: Optional[str] = None
    """the URL where the webhook's notification requests are sent"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookAppWebhook:
        data = _rt.expect_object(data)
        return cls(
            app=_rt.optional(data, "app", AppWebhookAppWebhookApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            include=_rt.optional(data, "include", _rt.list_of(_rt.as_str)),
            level=_rt.optional(data, "level", AppWebhookLevel.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.include is not None:
            data["include"] = list(self.include)
        if self.level is not None:
            data["level"] = self.level.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookAppWebhookApp:
    """identity of app. Only used for customer webhooks."""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of app"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookAppWebhookApp:
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
class AppWebhookDelivery:
    """Represents the delivery of a webhook notification, including its current status."""

    created_at: Optional[datetime] = None
    """when the delivery was created"""
    event: Optional[AppWebhookDeliveryEvent] = None
    """identity of event"""
    id: Optional[str] = None
    """the delivery's unique identifier

    Read-only: set by the server.
    """
    num_attempts: Optional[int] = None
    """number of times a delivery has been attempted

    Read-only: set by the server.
    """
    next_attempt_at: Optional[datetime] = None
    """when delivery will be attempted again"""
    last_attempt: Optional[AppWebhookDeliveryLastAttempt] = None
    """last attempt of a delivery"""
    status: Optional[AppWebhookDeliveryStatus] = None
    """the delivery's status"""
    updated_at: Optional[datetime] = None
    """when the delivery was last updated"""
    webhook: Optional[AppWebhookDeliveryWebhook] = None
    """identity of webhook"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDelivery:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            event=_rt.optional(data, "event", AppWebhookDeliveryEvent.from_dict),
            id=_rt.optional_str(data, "id"),
            num_attempts=_rt.optional_int(data, "num_attempts"),
            next_attempt_at=_rt.optional_datetime(data, "next_attempt_at"),
            last_attempt=_rt.optional(
                data,
                "last_attempt",
                AppWebhookDeliveryLastAttempt.from_dict,
            ),
            status=_rt.optional(data, "status", AppWebhookDeliveryStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            webhook=_rt.optional(data, "webhook", AppWebhookDeliveryWebhook.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.event is not None:
            data["event"] = self.event.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.num_attempts is not None:
            data["num_attempts"] = self.num_attempts
        if self.next_attempt_at is not None:
            data["next_attempt_at"] = self.next_attempt_at.isoformat()
        if self.last_attempt is not None:
            data["last_attempt"] = self.last_attempt.to_dict()
        if self.status is not None:
            data["status"] = self.status.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.webhook is not None:
            data["webhook"] = self.webhook.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookDeliveryEvent:
    """identity of event"""

    id: Optional[str] = None
    """the event's unique identifier

    Read-only: set by the server.
    """
    include: Optional[str] = None
    """the type of entity that the event is related to"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDeliveryEvent:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            include=_rt.optional_str(data, "include"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.include is not None:
            data["include"] = self.include
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookDeliveryLastAttempt:
    """last attempt of a delivery"""

    id: Optional[str] = None
    """unique identifier of attempt

    Read-only: set by the server.
    """
    code: Optional[int] = None
    """http response code received during attempt

    Read-only: set by the server.
    """
    error_class: Optional[str] = None
    """error class encountered during attempt

    Read-only: set by the server.
    """
    status: Optional[AppWebhookDeliveryAttemptStatus] = None
    """status of an attempt"""
    created_at: Optional[datetime] = None
    """when attempt was created"""
    updated_at: Optional[datetime] = None
    """when attempt was updated"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDeliveryLastAttempt:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            code=_rt.optional_int(data, "code"),
            error_class=_rt.optional_str(data, "error_class"),
            status=_rt.optional(data, "status", AppWebhookDeliveryAttemptStatus.decode),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.code is not None:
            data["code"] = self.code
        if self.error_class is not None:
            data["error_class"] = self.error_class
        if self.status is not None:
            data["status"] = self.status.value
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookDeliveryWebhook:
    """identity of webhook"""

    id: Optional[str] = None
    """the webhook's unique identifier

    Read-only: set by the server.
    """
    level: Optional[AppWebhookLevel] = None
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDeliveryWebhook:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            level=_rt.optional(data, "level", AppWebhookLevel.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.level is not None:
            data["level"] = self.level.value
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookEvent:
    """Represents a webhook event that occurred."""

    created_at: Optional[datetime] = None
    """when event was created"""
    id: Optional[str] = None
    """the event's unique identifier

    Read-only: set by the server.
    """
    include: Optional[str] = None
    """the type of entity that the event is related to"""
    payload: Optional[AppWebhookEventPayload] = None
    """payload of event"""
    updated_at: Optional[datetime] = None
    """when the event was last updated"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookEvent:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            include=_rt.optional_str(data, "include"),
            payload=_rt.optional(data, "payload", AppWebhookEventPayload.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.include is not None:
            data["include"] = self.include
        if self.payload is not None:
            data["payload"] = self.payload.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class AppWebhookEventActor:
    """user that caused event"""

    email: Optional[str] = None
    """unique email address of account"""
    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookEventActor:
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
class AppWebhookEventPayload:
    """payload of event"""

    action: Optional[str] = None
    """the type of event that occurred"""
    actor: Optional[AppWebhookEventActor] = None
    """user that caused event"""
    data: Optional[dict[str, Any]] = None
    """the current details of the event"""
    previous_data: Optional[dict[str, Any]] = None
    """previous details of the event (if any)"""
    resource: Optional[str] = None
    """the type of resource associated with the event"""
    version: Optional[str] = None
    """the version of the details provided for the event"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookEventPayload:
        data = _rt.expect_object(data)
        return cls(
            action=_rt.optional_str(data, "action"),
            actor=_rt.optional(data, "actor", AppWebhookEventActor.from_dict),
            data=_rt.optional(data, "data", _rt.expect_object),
            previous_data=_rt.optional(data, "previous_data", _rt.expect_object),
            resource=_rt.optional_str(data, "resource"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.action is not None:
            data["action"] = self.action
        if self.actor is not None:
            data["actor"] = self.actor.to_dict()
        if self.data is not None:
            data["data"] = _rt.encode(self.data)
        if self.previous_data is not None:
            data["previous_data"] = _rt.encode(self.previous_data)
        if self.resource is not None:
            data["resource"] = self.resource
        if self.version is not None:
            data["version"] = self.version
        return data


class AppSetupStatus(str, _rt.OpenEnum):
    """the overall status of app setup"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"


class AppTransferState(str, _rt.OpenEnum):
    """the current state of an app transfer"""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class AppWebhookDeliveryAttemptStatus(str, _rt.OpenEnum):
    """status of an attempt"""

    SCHEDULED = "scheduled"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class AppWebhookDeliveryStatus(str, _rt.OpenEnum):
    """the delivery's status"""

    PENDING = "pending"
    SCHEDULED = "scheduled"
    RETRYING = "retrying"
    FAILED = "failed"
    SUCCEEDED = "succeeded"


class AppWebhookLevel(str, _rt.OpenEnum):
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""

    NOTIFY = "notify"
    SYNC = "sync"

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional, Union

from .. import _runtime as _rt


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
            app=_rt.optional(data, "app", BuildApp.from_dict),
            buildpacks=_rt.optional(data, "buildpacks", _rt.list_of(BuildBuildpacksItem.from_dict)),
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            output_stream_url=_rt.optional_str(data, "output_stream_url"),
            source_blob=_rt.required(data, "source_blob", BuildSourceBlob.from_dict),
            release=_rt.optional(data, "release", BuildRelease.from_dict),
            slug=_rt.optional(data, "slug", BuildSlug.from_dict),
            stack=_rt.optional_str(data, "stack"),
            status=_rt.required(data, "status", BuildStatus.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            user=_rt.required(data, "user", BuildUser.from_dict),
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


@dataclass(kw_only=True, slots=True)
class BuildApp:
    """app that the build belongs to"""

    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildApp:
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
class BuildBuildpacksItem:
    """Buildpack to execute in a build"""

    url: Optional[str] = None
    """the URL of the buildpack for the app"""
    name: Optional[str] = None
    """Buildpack Registry name of the buildpack for the app"""

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
class BuildCreateBodySourceBlob:
    """location of gzipped tarball of source code used to create build"""

    checksum: Optional[str] = None
    """an optional checksum of the gzipped tarball for verifying its integrity"""
    url: Optional[str] = None
    """URL where gzipped tar archive of source code for build was downloaded."""
    version: Optional[str] = None
    """Version of the gzipped tarball."""
    version_description: Optional[str] = None
    """Version description of the gzipped tarball."""

    @classmethod
    def from_dict(cls, data: Any) -> BuildCreateBodySourceBlob:
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
class BuildCreateBodySourceBlobInput:
    """location of gzipped tarball of source code used to create build

    BuildCreateBodySourceBlob as a request sends it: read-only fields left out;
    an optional field left UNSET is not sent, None sends null.
    """

    checksum: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """an optional checksum of the gzipped tarball for verifying its integrity"""
    url: Union[str, _rt.Unset] = _rt.UNSET
    """URL where gzipped tar archive of source code for build was downloaded."""
    version: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """Version of the gzipped tarball."""
    version_description: Union[Optional[str], _rt.Unset] = _rt.UNSET
    """Version description of the gzipped tarball."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.checksum, _rt.Unset):
            data["checksum"] = None if self.checksum is None else self.checksum
        if not isinstance(self.url, _rt.Unset):
            data["url"] = self.url
        if not isinstance(self.version, _rt.Unset):
            data["version"] = None if self.version is None else self.version
        if not isinstance(self.version_description, _rt.Unset):
            data["version_description"] = (
                None if self.version_description is None else self.version_description
            )
        return data


@dataclass(kw_only=True, slots=True)
class BuildRelease:
    """release resulting from the build"""

    id: Optional[str] = None
    """unique identifier of release

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildRelease:
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
class BuildSlug:
    """slug created by this build (only applicable for Cedar-generation apps)"""

    id: Optional[str] = None
    """unique identifier of slug

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildSlug:
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
class BuildSourceBlob:
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
    """Version of the gzipped tarball.

    Read-only: set by the server.
    """
    version_description: Optional[str] = None
    """Version description of the gzipped tarball.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> BuildSourceBlob:
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
class BuildUser:
    """user that started the build"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""

    @classmethod
    def from_dict(cls, data: Any) -> BuildUser:
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


class BuildStatus(str, _rt.OpenEnum):
    """status of build"""

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"

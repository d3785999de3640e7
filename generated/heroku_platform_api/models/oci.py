from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OciImage:
    """An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform."""

    id: Optional[str] = None
    """unique identifier of the OCI image

    Read-only: set by the server.
    """
    base_image_name: Optional[str] = None
    """name of the image used for the base layers of the OCI image"""
    base_top_layer: Optional[str] = None
    """the digest of the top most layer of the base image."""
    commit: Optional[str] = None
    """identification of the code in your version control system (eg: SHA of the git HEAD)"""
    commit_description: Optional[str] = None
    """an optional description of the provided commit"""
    image_repo: Optional[str] = None
    """name of the image registry repository used for storage"""
    digest: Optional[str] = None
    """unique identifier representing the content of the OCI image"""
    stack: Optional[OciImageStack] = None
    """stack associated to the OCI image"""
    process_types: Optional[dict[str, Any]] = None
    """process types of the OCI image"""
    buildpacks: Optional[list[OciImageBuildpack]] = None
    """buildpacks of the OCI image"""
    created_at: Optional[datetime] = None
    """when the OCI image was created

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when the OCI image was updated

    Read-only: set by the server.
    """
    architecture: Optional[str] = None
    """build architecture for OCI image"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImage:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            base_image_name=_rt.optional_str(data, "base_image_name"),
            base_top_layer=_rt.optional_str(data, "base_top_layer"),
            commit=_rt.optional_str(data, "commit"),
            commit_description=_rt.optional_str(data, "commit_description"),
            image_repo=_rt.optional_str(data, "image_repo"),
            digest=_rt.optional_str(data, "digest"),
            stack=_rt.optional(data, "stack", OciImageStack.from_dict),
            process_types=_rt.optional(data, "process_types", _rt.expect_object),
            buildpacks=_rt.optional(data, "buildpacks", _rt.list_of(OciImageBuildpack.from_dict)),
            created_at=_rt.optional_datetime(data, "created_at"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            architecture=_rt.optional_str(data, "architecture"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.base_image_name is not None:
            data["base_image_name"] = self.base_image_name
        if self.base_top_layer is not None:
            data["base_top_layer"] = self.base_top_layer
        if self.commit is not None:
            data["commit"] = self.commit
        if self.commit_description is not None:
            data["commit_description"] = self.commit_description
        if self.image_repo is not None:
            data["image_repo"] = self.image_repo
        if self.digest is not None:
            data["digest"] = self.digest
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        if self.process_types is not None:
            data["process_types"] = _rt.encode(self.process_types)
        if self.buildpacks is not None:
            data["buildpacks"] = _rt.encode(self.buildpacks)
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.architecture is not None:
            data["architecture"] = self.architecture
        return data


@dataclass(kw_only=True, slots=True)
class OciImageBuildpack:
    """set of executables that inspects app source code and creates a plan to build and run your image"""

    id: Optional[str] = None
    """identifier of the buildpack"""
    version: Optional[str] = None
    """version of the buildpack"""
    homepage: Optional[str] = None
    """homepage of the buildpack"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImageBuildpack:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            version=_rt.optional_str(data, "version"),
            homepage=_rt.optional_str(data, "homepage"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.version is not None:
            data["version"] = self.version
        if self.homepage is not None:
            data["homepage"] = self.homepage
        return data


@dataclass(kw_only=True, slots=True)
class OciImageProcessType:
    """process type information such as names and commands"""

    name: Optional[str] = None
    """name of the process type"""
    display_cmd: Optional[str] = None
    """the detailed command used for display purposes"""
    command: Optional[str] = None
    """the command that will be executed"""
    working_dir: Optional[str] = None
    """working directory"""
    default: Optional[bool] = None
    """true if it is the default process type"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImageProcessType:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            display_cmd=_rt.optional_str(data, "display_cmd"),
            command=_rt.optional_str(data, "command"),
            working_dir=_rt.optional_str(data, "working_dir"),
            default=_rt.optional_bool(data, "default"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.display_cmd is not None:
            data["display_cmd"] = self.display_cmd
        if self.command is not None:
            data["command"] = self.command
        if self.working_dir is not None:
            data["working_dir"] = self.working_dir
        if self.default is not None:
            data["default"] = self.default
        return data


@dataclass(kw_only=True, slots=True)
class OciImageStack:
    """stack associated to the OCI image"""

    id: Optional[str] = None
    """unique identifier of stack"""
    name: Optional[str] = None
    """unique name of stack"""

    @classmethod
    def from_dict(cls, data: Any) -> OciImageStack:
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

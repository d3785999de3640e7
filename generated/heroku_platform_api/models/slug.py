from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Slug:
    """A slug is a snapshot of your application code that is ready to run on the platform."""

    blob: Optional[SlugBlob] = None
    """pointer to the url where clients can fetch or store the actual release binary"""
    buildpack_provided_description: Optional[str] = None
    """description from buildpack of slug"""
    checksum: Optional[str] = None
    """an optional checksum of the slug for verifying its integrity

    Read-only: set by the server.
    """
    commit: Optional[str] = None
    """identification of the code with your version control system (eg: SHA of the git HEAD)"""
    commit_description: Optional[str] = None
    """an optional description of the provided commit"""
    created_at: Optional[datetime] = None
    """when slug was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of slug

    Read-only: set by the server.
    """
    process_types: Optional[dict[str, str]] = None
    """hash mapping process type names to their respective command"""
    size: Optional[int] = None
    """size of slug, in bytes

    Read-only: set by the server.
    """
    stack: Optional[SlugStack] = None
    """identity of slug stack"""
    updated_at: Optional[datetime] = None
    """when slug was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> Slug:
        data = _rt.expect_object(data)
        return cls(
            blob=_rt.optional(data, "blob", SlugBlob.from_dict),
            buildpack_provided_description=_rt.optional_str(data, "buildpack_provided_description"),
            checksum=_rt.optional_str(data, "checksum"),
            commit=_rt.optional_str(data, "commit"),
            commit_description=_rt.optional_str(data, "commit_description"),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            process_types=_rt.optional(data, "process_types", _rt.dict_of(_rt.as_str)),
            size=_rt.optional_int(data, "size"),
            stack=_rt.optional(data, "stack", SlugStack.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.blob is not None:
            data["blob"] = self.blob.to_dict()
        if self.buildpack_provided_description is not None:
            data["buildpack_provided_description"] = self.buildpack_provided_description
        if self.checksum is not None:
            data["checksum"] = self.checksum
        if self.commit is not None:
            data["commit"] = self.commit
        if self.commit_description is not None:
            data["commit_description"] = self.commit_description
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.process_types is not None:
            data["process_types"] = _rt.encode(self.process_types)
        if self.size is not None:
            data["size"] = self.size
        if self.stack is not None:
            data["stack"] = self.stack.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data


@dataclass(kw_only=True, slots=True)
class SlugBlob:
    """pointer to the url where clients can fetch or store the actual release binary"""

    method: Optional[str] = None
    """method to be used to interact with the slug blob

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """URL to interact with the slug blob

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SlugBlob:
        data = _rt.expect_object(data)
        return cls(
            method=_rt.optional_str(data, "method"),
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.method is not None:
            data["method"] = self.method
        if self.url is not None:
            data["url"] = self.url
        return data


@dataclass(kw_only=True, slots=True)
class SlugStack:
    """identity of slug stack"""

    id: Optional[str] = None
    """unique identifier of stack

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name of stack

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SlugStack:
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

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Domain:
    """Domains define what web routes should be routed to an app on Heroku."""

    acm_status: Optional[str] = None
    """status of this record's ACM

    Read-only: set by the server.
    """
    acm_status_reason: Optional[str] = None
    """reason for the status of this record's ACM

    Read-only: set by the server.
    """
    app: Optional[DomainApp] = None
    """app that owns the domain"""
    cname: Optional[str] = None
    """canonical name record, the address to point a domain at

    Read-only: set by the server.
    """
    created_at: Optional[datetime] = None
    """when domain was created

    Read-only: set by the server.
    """
    hostname: Optional[str] = None
    """full hostname

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this domain

    Read-only: set by the server.
    """
    kind: Optional[DomainKind] = None
    """type of domain name

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when domain was updated

    Read-only: set by the server.
    """
    status: Optional[str] = None
    """status of this record's cname

    Read-only: set by the server.
    """
    sni_endpoint: Optional[DomainSniEndpoint2] = None
    """sni endpoint the domain is associated with"""

    @classmethod
    def from_dict(cls, data: Any) -> Domain:
        data = _rt.expect_object(data)
        return cls(
            acm_status=_rt.optional_str(data, "acm_status"),
            acm_status_reason=_rt.optional_str(data, "acm_status_reason"),
            app=_rt.optional(data, "app", DomainApp.from_dict),
            cname=_rt.optional_str(data, "cname"),
            created_at=_rt.optional_datetime(data, "created_at"),
            hostname=_rt.optional_str(data, "hostname"),
            id=_rt.optional_str(data, "id"),
            kind=_rt.optional(data, "kind", DomainKind.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            status=_rt.optional_str(data, "status"),
            sni_endpoint=_rt.optional(data, "sni_endpoint", DomainSniEndpoint2.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.acm_status is not None:
            data["acm_status"] = self.acm_status
        if self.acm_status_reason is not None:
            data["acm_status_reason"] = self.acm_status_reason
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.cname is not None:
            data["cname"] = self.cname
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.hostname is not None:
            data["hostname"] = self.hostname
        if self.id is not None:
            data["id"] = self.id
        if self.kind is not None:
            data["kind"] = self.kind.value
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.status is not None:
            data["status"] = self.status
        if self.sni_endpoint is not None:
            data["sni_endpoint"] = self.sni_endpoint.to_dict()
        return data


@dataclass(kw_only=True, slots=True)
class DomainApp:
    """app that owns the domain"""

    name: Optional[str] = None
    """unique name of app"""
    id: Optional[str] = None
    """unique identifier of app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DomainApp:
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
class DomainSniEndpoint2:
    """sni endpoint the domain is associated with"""

    name: Optional[str] = None
    """unique name for SNI endpoint

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this SNI endpoint

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> DomainSniEndpoint2:
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


class DomainKind(str, _rt.OpenEnum):
    """type of domain name"""

    HEROKU = "heroku"
    CUSTOM = "custom"

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AuditTrailEvent:
    """An audit trail event represents some action on the platform"""

    created_at: Optional[datetime] = None
    """when event was created"""
    id: Optional[str] = None
    """unique identifier of event

    Read-only: set by the server.
    """
    type: Optional[str] = None
    """type of event

    Read-only: set by the server.
    """
    action: Optional[str] = None
    """action for the event

    Read-only: set by the server.
    """
    actor: Optional[AuditTrailEventActor] = None
    """user who caused event

    Read-only: set by the server.
    """
    app: Optional[AuditTrailEventApp] = None
    """app upon which event took place

    Read-only: set by the server.
    """
    owner: Optional[AuditTrailEventOwner] = None
    """owner of the app targeted by the event

    Read-only: set by the server.
    """
    enterprise_account: Optional[AuditTrailEventEnterpriseAccount] = None
    """enterprise account on which the event happened

    Read-only: set by the server.
    """
    team: Optional[AuditTrailEventTeam] = None
    """team on which the event happened

    Read-only: set by the server.
    """
    request: Optional[AuditTrailEventRequest] = None
    """information about where the action was triggered

    Read-only: set by the server.
    """
    data: Optional[dict[str, Any]] = None
    """data specific to the event

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEvent:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            type=_rt.optional_str(data, "type"),
            action=_rt.optional_str(data, "action"),
            actor=_rt.optional(data, "actor", AuditTrailEventActor.from_dict),
            app=_rt.optional(data, "app", AuditTrailEventApp.from_dict),
            owner=_rt.optional(data, "owner", AuditTrailEventOwner.from_dict),
            enterprise_account=_rt.optional(
                data,
                "enterprise_account",
                AuditTrailEventEnterpriseAccount.from_dict,
            ),
            team=_rt.optional(data, "team", AuditTrailEventTeam.from_dict),
            request=_rt.optional(data, "request", AuditTrailEventRequest.from_dict),
            data=_rt.optional(data, "data", _rt.expect_object),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.type is not None:
            data["type"] = self.type
        if self.action is not None:
            data["action"] = self.action
        if self.actor is not None:
            data["actor"] = self.actor.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.owner is not None:
            data["owner"] = self.owner.to_dict()
        if self.enterprise_account is not None:
            data["enterprise_account"] = self.enterprise_account.to_dict()
        if self.team is not None:
            data["team"] = self.team.to_dict()
        if self.request is not None:
            data["request"] = self.request.to_dict()
        if self.data is not None:
            data["data"] = _rt.encode(self.data)
        return data


@dataclass(kw_only=True, slots=True)
class AuditTrailEventActor:
    """user who caused event"""

    id: Optional[str] = None
    email: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventActor:
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
class AuditTrailEventApp:
    """app upon which event took place"""

    id: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventApp:
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
class AuditTrailEventEnterpriseAccount:
    """enterprise account on which the event happened"""

    id: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventEnterpriseAccount:
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
class AuditTrailEventOwner:
    """owner of the app targeted by the event"""

    id: Optional[str] = None
    email: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventOwner:
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
class AuditTrailEventRequest:
    """information about where the action was triggered"""

    ip_address: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventRequest:
        data = _rt.expect_object(data)
        return cls(
            ip_address=_rt.optional_str(data, "ip_address"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.ip_address is not None:
            data["ip_address"] = self.ip_address
        return data


@dataclass(kw_only=True, slots=True)
class AuditTrailEventTeam:
    """team on which the event happened"""

    id: Optional[str] = None
    name: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Any) -> AuditTrailEventTeam:
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

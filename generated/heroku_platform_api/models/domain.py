from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_build_stack import AppBuildStack
    from .domain_kind import DomainKind


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
            kind=_rt.optional(data, "kind", _models.DomainKind.decode),
            acm_status=_rt.optional_str(data, "acm_status"),
            acm_status_reason=_rt.optional_str(data, "acm_status_reason"),
            cname=_rt.optional_str(data, "cname"),
            sni_endpoint=_rt.optional(data, "sni_endpoint", _models.AppBuildStack.from_dict),
            status=_rt.optional_str(data, "status"),
            app=_rt.optional(data, "app", _models.AppBuildStack.from_dict),
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

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_webhook_delivery_attempt_status import AppWebhookDeliveryAttemptStatus


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
            status=_rt.optional(data, "status", _models.AppWebhookDeliveryAttemptStatus.decode),
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

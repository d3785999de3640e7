from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_webhook_delivery_event import AppWebhookDeliveryEvent
    from .app_webhook_delivery_last_attempt import AppWebhookDeliveryLastAttempt
    from .app_webhook_delivery_status import AppWebhookDeliveryStatus
    from .app_webhook_delivery_webhook import AppWebhookDeliveryWebhook


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
            event=_rt.optional(data, "event", _models.AppWebhookDeliveryEvent.from_dict),
            id=_rt.optional_str(data, "id"),
            num_attempts=_rt.optional_int(data, "num_attempts"),
            next_attempt_at=_rt.optional_datetime(data, "next_attempt_at"),
            last_attempt=_rt.optional(
                data,
                "last_attempt",
                _models.AppWebhookDeliveryLastAttempt.from_dict,
            ),
            status=_rt.optional(data, "status", _models.AppWebhookDeliveryStatus.decode),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            webhook=_rt.optional(data, "webhook", _models.AppWebhookDeliveryWebhook.from_dict),
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

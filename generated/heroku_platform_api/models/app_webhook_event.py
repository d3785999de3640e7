from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_webhook_event_payload import AppWebhookEventPayload


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
            payload=_rt.optional(data, "payload", _models.AppWebhookEventPayload.from_dict),
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

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_webhook_app_webhook_app import AppWebhookAppWebhookApp
    from .app_webhook_level import AppWebhookLevel


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
            app=_rt.optional(data, "app", _models.AppWebhookAppWebhookApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            include=_rt.optional(data, "include", _rt.list_of(_rt.as_str)),
            level=_rt.optional(data, "level", _models.AppWebhookLevel.decode),
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

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_webhook_level import AppWebhookLevel


@dataclass(kw_only=True, slots=True)
class AddOnWebhook:
    """Represents the details of a webhook subscription"""

    created_at: datetime
    """when the webhook was created"""
    id: str
    """the webhook's unique identifier

    Read-only: set by the server.
    """
    include: list[str]
    """the entities that the subscription provides notifications for"""
    level: AppWebhookLevel
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""
    updated_at: datetime
    """when the webhook was updated"""
    url: str
    """the URL where the webhook's notification requests are sent"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnWebhook:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.required(data, "created_at", _rt.as_datetime),
            id=_rt.required(data, "id", _rt.as_str),
            include=_rt.required(data, "include", _rt.list_of(_rt.as_str)),
            level=_rt.required(data, "level", _models.AppWebhookLevel.decode),
            updated_at=_rt.required(data, "updated_at", _rt.as_datetime),
            url=_rt.required(data, "url", _rt.as_str),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["created_at"] = self.created_at.isoformat()
        data["id"] = self.id
        data["include"] = list(self.include)
        data["level"] = self.level.value
        data["updated_at"] = self.updated_at.isoformat()
        data["url"] = self.url
        return data

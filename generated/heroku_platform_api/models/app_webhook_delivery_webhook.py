from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_webhook_level import AppWebhookLevel


@dataclass(kw_only=True, slots=True)
class AppWebhookDeliveryWebhook:
    """identity of webhook"""

    id: Optional[str] = None
    """the webhook's unique identifier

    Read-only: set by the server.
    """
    level: Optional[AppWebhookLevel] = None
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookDeliveryWebhook:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            level=_rt.optional(data, "level", _models.AppWebhookLevel.decode),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.level is not None:
            data["level"] = self.level.value
        return data

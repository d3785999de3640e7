from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .app_webhook_event_actor import AppWebhookEventActor


@dataclass(kw_only=True, slots=True)
class AppWebhookEventPayload:
    """payload of event"""

    action: Optional[str] = None
    """the type of event that occurred"""
    actor: Optional[AppWebhookEventActor] = None
    """user that caused event"""
    data: Optional[dict[str, Any]] = None
    """the current details of the event"""
    previous_data: Optional[dict[str, Any]] = None
    """previous details of the event (if any)"""
    resource: Optional[str] = None
    """the type of resource associated with the event"""
    version: Optional[str] = None
    """the version of the details provided for the event"""

    @classmethod
    def from_dict(cls, data: Any) -> AppWebhookEventPayload:
        data = _rt.expect_object(data)
        return cls(
            action=_rt.optional_str(data, "action"),
            actor=_rt.optional(data, "actor", _models.AppWebhookEventActor.from_dict),
            data=_rt.optional(data, "data", _rt.expect_object),
            previous_data=_rt.optional(data, "previous_data", _rt.expect_object),
            resource=_rt.optional_str(data, "resource"),
            version=_rt.optional_str(data, "version"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.action is not None:
            data["action"] = self.action
        if self.actor is not None:
            data["actor"] = self.actor.to_dict()
        if self.data is not None:
            data["data"] = _rt.encode(self.data)
        if self.previous_data is not None:
            data["previous_data"] = _rt.encode(self.previous_data)
        if self.resource is not None:
            data["resource"] = self.resource
        if self.version is not None:
            data["version"] = self.version
        return data

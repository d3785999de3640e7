from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .add_on_attachment_addon import AddOnAttachmentAddon
    from .add_on_attachment_app import AddOnAttachmentApp


@dataclass(kw_only=True, slots=True)
class AddOnAttachment:
    """An add-on attachment represents a connection between an app and an add-on that it has been given access to."""

    addon: Optional[AddOnAttachmentAddon] = None
    """identity of add-on"""
    app: Optional[AddOnAttachmentApp] = None
    """application that is attached to add-on"""
    created_at: Optional[datetime] = None
    """when add-on attachment was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this add-on attachment

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """unique name for this add-on attachment to this app

    Read-only: set by the server.
    """
    namespace: Optional[str] = None
    """attachment namespace

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when add-on attachment was updated

    Read-only: set by the server.
    """
    web_url: Optional[str] = None
    """URL for logging into web interface of add-on in attached app context

    Read-only: set by the server.
    """
    log_input_url: Optional[str] = None
    """URL for add-on partners to write to an add-on's logs

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnAttachment:
        data = _rt.expect_object(data)
        return cls(
            addon=_rt.optional(data, "addon", _models.AddOnAttachmentAddon.from_dict),
            app=_rt.optional(data, "app", _models.AddOnAttachmentApp.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            namespace=_rt.optional_str(data, "namespace"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            web_url=_rt.optional_str(data, "web_url"),
            log_input_url=_rt.optional_str(data, "log_input_url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.addon is not None:
            data["addon"] = self.addon.to_dict()
        if self.app is not None:
            data["app"] = self.app.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.namespace is not None:
            data["namespace"] = self.namespace
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.web_url is not None:
            data["web_url"] = self.web_url
        if self.log_input_url is not None:
            data["log_input_url"] = self.log_input_url
        return data

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .add_on_attachment_addon_app import AddOnAttachmentAddonApp


@dataclass(kw_only=True, slots=True)
class AddOnAttachmentAddon:
    """identity of add-on"""

    id: str
    """unique identifier of add-on

    Read-only: set by the server.
    """
    name: str
    """globally unique name of the add-on"""
    app: AddOnAttachmentAddonApp
    """billing application associated with this add-on"""

    @classmethod
    def from_dict(cls, data: Any) -> AddOnAttachmentAddon:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            name=_rt.required(data, "name", _rt.as_str),
            app=_rt.required(data, "app", _models.AddOnAttachmentAddonApp.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["name"] = self.name
        data["app"] = self.app.to_dict()
        return data

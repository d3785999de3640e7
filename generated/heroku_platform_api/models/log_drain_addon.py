from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .add_on_attachment_addon_app import AddOnAttachmentAddonApp


@dataclass(kw_only=True, slots=True)
class LogDrainAddon:
    """add-on that created the drain"""

    id: Optional[str] = None
    """unique identifier of add-on

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """globally unique name of the add-on"""
    app: Optional[AddOnAttachmentAddonApp] = None
    """billing application associated with this add-on"""

    @classmethod
    def from_dict(cls, data: Any) -> LogDrainAddon:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            app=_rt.optional(data, "app", _models.AddOnAttachmentAddonApp.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.app is not None:
            data["app"] = self.app.to_dict()
        return data

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AddOnPlanAction:
    """Add-on Plan Actions are Provider functionality for specific add-on installations"""

    id: Optional[str] = None
    """a unique identifier

    Read-only: set by the server.
    """
    label: Optional[str] = None
    """the display text shown in Dashboard

    Read-only: set by the server.
    """
    action: Optional[str] = None
    """identifier of the action to take that is sent via SSO

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """absolute URL to use instead of an action

    Read-only: set by the server.
    """
    requires_owner: Optional[bool] = None
    """if the action requires the user to own the app

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AddOnPlanAction:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            label=_rt.optional_str(data, "label"),
            action=_rt.optional_str(data, "action"),
            url=_rt.optional_str(data, "url"),
            requires_owner=_rt.optional_bool(data, "requires_owner"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.label is not None:
            data["label"] = self.label
        if self.action is not None:
            data["action"] = self.action
        if self.url is not None:
            data["url"] = self.url
        if self.requires_owner is not None:
            data["requires_owner"] = self.requires_owner
        return data

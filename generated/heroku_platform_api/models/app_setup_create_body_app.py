from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AppSetupCreateBodyApp:
    """optional parameters for created app"""

    locked: Optional[bool] = None
    """are other team members forbidden from joining this app.

    Default: False.
    """
    name: Optional[str] = None
    """unique name of app"""
    organization: Optional[str] = None
    """unique name of team"""
    personal: Optional[bool] = None
    """force creation of the app in the user account even if a default team is set.

    Default: False.
    """
    region: Optional[str] = None
    """unique name of region"""
    space: Optional[str] = None
    """unique name of space"""
    stack: Optional[str] = None
    """unique name of stack"""

    @classmethod
    def from_dict(cls, data: Any) -> AppSetupCreateBodyApp:
        data = _rt.expect_object(data)
        return cls(
            locked=_rt.optional_bool(data, "locked"),
            name=_rt.optional_str(data, "name"),
            organization=_rt.optional_str(data, "organization"),
            personal=_rt.optional_bool(data, "personal"),
            region=_rt.optional_str(data, "region"),
            space=_rt.optional_str(data, "space"),
            stack=_rt.optional_str(data, "stack"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.locked is not None:
            data["locked"] = self.locked
        if self.name is not None:
            data["name"] = self.name
        if self.organization is not None:
            data["organization"] = self.organization
        if self.personal is not None:
            data["personal"] = self.personal
        if self.region is not None:
            data["region"] = self.region
        if self.space is not None:
            data["space"] = self.space
        if self.stack is not None:
            data["stack"] = self.stack
        return data

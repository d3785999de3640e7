from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class TeamAppPermission:
    """A team app permission is a behavior that is assigned to a user in a team app."""

    name: Optional[str] = None
    """The name of the app permission.

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """A description of what the app permission allows.

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> TeamAppPermission:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
            description=_rt.optional_str(data, "description"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.description is not None:
            data["description"] = self.description
        return data

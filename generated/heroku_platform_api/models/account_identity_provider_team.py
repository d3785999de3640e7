from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class AccountIdentityProviderTeam:
    name: Optional[str] = None
    """unique name of team

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> AccountIdentityProviderTeam:
        data = _rt.expect_object(data)
        return cls(
            name=_rt.optional_str(data, "name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        return data

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationUpdateBodyClient:
    """identifier of the client that obtained this authorization"""

    id: Optional[str] = None
    """unique identifier of this OAuth client"""
    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationUpdateBodyClient:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            secret=_rt.optional_str(data, "secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.secret is not None:
            data["secret"] = self.secret
        return data

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationGrant:
    """this authorization's grant"""

    code: Optional[str] = None
    """grant code received from OAuth web application authorization

    Read-only: set by the server.
    """
    expires_in: Optional[int] = None
    """seconds until OAuth grant expires

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth grant

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationGrant:
        data = _rt.expect_object(data)
        return cls(
            code=_rt.optional_str(data, "code"),
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        return data

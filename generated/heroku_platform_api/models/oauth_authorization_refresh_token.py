from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationRefreshToken:
    """refresh token for this authorization"""

    expires_in: Optional[int] = None
    """seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """contents of the token to be used for authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationRefreshToken:
        data = _rt.expect_object(data)
        return cls(
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        return data

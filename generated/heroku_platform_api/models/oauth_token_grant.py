from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthTokenGrant:
    """grant used on the underlying authorization"""

    code: Optional[str] = None
    """grant code received from OAuth web application authorization

    Read-only: set by the server.
    """
    type: Optional[str] = None
    """type of grant requested, one of `authorization_code` or `refresh_token`"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenGrant:
        data = _rt.expect_object(data)
        return cls(
            code=_rt.optional_str(data, "code"),
            type=_rt.optional_str(data, "type"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.type is not None:
            data["type"] = self.type
        return data

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthTokenCreateBodyRefreshToken:
    token: Optional[str] = None
    """contents of the token to be used for authorization"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenCreateBodyRefreshToken:
        data = _rt.expect_object(data)
        return cls(
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.token is not None:
            data["token"] = self.token
        return data

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthTokenCreateBodyClient:
    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenCreateBodyClient:
        data = _rt.expect_object(data)
        return cls(
            secret=_rt.optional_str(data, "secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.secret is not None:
            data["secret"] = self.secret
        return data

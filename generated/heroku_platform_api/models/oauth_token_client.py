from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthTokenClient:
    """OAuth client secret used to obtain token"""

    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenClient:
        data = _rt.expect_object(data)
        return cls(
            secret=_rt.optional_str(data, "secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.secret is not None:
            data["secret"] = self.secret
        return data

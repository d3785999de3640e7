from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class SlugBlob:
    """pointer to the url where clients can fetch or store the actual release binary"""

    method: Optional[str] = None
    """method to be used to interact with the slug blob

    Read-only: set by the server.
    """
    url: Optional[str] = None
    """URL to interact with the slug blob

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> SlugBlob:
        data = _rt.expect_object(data)
        return cls(
            method=_rt.optional_str(data, "method"),
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.method is not None:
            data["method"] = self.method
        if self.url is not None:
            data["url"] = self.url
        return data

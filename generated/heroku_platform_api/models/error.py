from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class Error:
    """An error from the Heroku Platform API."""

    id: str
    """The class of the error, such as not_found or rate_limit."""
    message: str
    """What went wrong, for a person to read."""
    url: Optional[str] = None
    """A page with more about the error, when there is one."""

    @classmethod
    def from_dict(cls, data: Any) -> Error:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.required(data, "id", _rt.as_str),
            message=_rt.required(data, "message", _rt.as_str),
            url=_rt.optional_str(data, "url"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["id"] = self.id
        data["message"] = self.message
        if self.url is not None:
            data["url"] = self.url
        return data

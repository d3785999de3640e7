from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationClient:
    """identifier of the client that obtained this authorization, if any"""

    id: Optional[str] = None
    """unique identifier of this OAuth client

    Read-only: set by the server.
    """
    name: Optional[str] = None
    """OAuth client name

    Read-only: set by the server.
    """
    redirect_uri: Optional[str] = None
    """endpoint for redirection after authorization with OAuth client

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationClient:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            name=_rt.optional_str(data, "name"),
            redirect_uri=_rt.optional_str(data, "redirect_uri"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.redirect_uri is not None:
            data["redirect_uri"] = self.redirect_uri
        return data

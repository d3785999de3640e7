from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class OauthClient:
    """OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)."""

    created_at: Optional[datetime] = None
    """when OAuth client was created

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of this OAuth client

    Read-only: set by the server.
    """
    ignores_delinquent: Optional[bool] = None
    """whether the client is still operable given a delinquent account

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
    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client

    Read-only: set by the server.
    """
    updated_at: Optional[datetime] = None
    """when OAuth client was updated

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthClient:
        data = _rt.expect_object(data)
        return cls(
            created_at=_rt.optional_datetime(data, "created_at"),
            id=_rt.optional_str(data, "id"),
            ignores_delinquent=_rt.optional_bool(data, "ignores_delinquent"),
            name=_rt.optional_str(data, "name"),
            redirect_uri=_rt.optional_str(data, "redirect_uri"),
            secret=_rt.optional_str(data, "secret"),
            updated_at=_rt.optional_datetime(data, "updated_at"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.id is not None:
            data["id"] = self.id
        if self.ignores_delinquent is not None:
            data["ignores_delinquent"] = self.ignores_delinquent
        if self.name is not None:
            data["name"] = self.name
        if self.redirect_uri is not None:
            data["redirect_uri"] = self.redirect_uri
        if self.secret is not None:
            data["secret"] = self.secret
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        return data

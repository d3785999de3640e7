from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .oauth_authorization_access_token import OauthAuthorizationAccessToken
    from .oauth_authorization_client import OauthAuthorizationClient
    from .oauth_authorization_grant import OauthAuthorizationGrant
    from .oauth_authorization_refresh_token import OauthAuthorizationRefreshToken
    from .oauth_authorization_session import OauthAuthorizationSession
    from .oauth_authorization_user import OauthAuthorizationUser


@dataclass(kw_only=True, slots=True)
class OauthAuthorization:
    """OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""

    access_token: Optional[OauthAuthorizationAccessToken] = None
    """access token for this authorization"""
    client: Optional[OauthAuthorizationClient] = None
    """identifier of the client that obtained this authorization, if any"""
    created_at: Optional[datetime] = None
    """when OAuth authorization was created

    Read-only: set by the server.
    """
    description: Optional[str] = None
    """human-friendly description of this OAuth authorization

    Read-only: set by the server.
    """
    grant: Optional[OauthAuthorizationGrant] = None
    """this authorization's grant"""
    id: Optional[str] = None
    """unique identifier of OAuth authorization

    Read-only: set by the server.
    """
    refresh_token: Optional[OauthAuthorizationRefreshToken] = None
    """refresh token for this authorization"""
    scope: Optional[list[str]] = None
    """The scope of access OAuth authorization allows

    Read-only: set by the server.
    """
    session: Optional[OauthAuthorizationSession] = None
    """this authorization's session"""
    updated_at: Optional[datetime] = None
    """when OAuth authorization was updated

    Read-only: set by the server.
    """
    user: Optional[OauthAuthorizationUser] = None
    """authenticated user associated with this authorization"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorization:
        data = _rt.expect_object(data)
        return cls(
            access_token=_rt.optional(
                data,
                "access_token",
                _models.OauthAuthorizationAccessToken.from_dict,
            ),
            client=_rt.optional(data, "client", _models.OauthAuthorizationClient.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            grant=_rt.optional(data, "grant", _models.OauthAuthorizationGrant.from_dict),
            id=_rt.optional_str(data, "id"),
            refresh_token=_rt.optional(
                data,
                "refresh_token",
                _models.OauthAuthorizationRefreshToken.from_dict,
            ),
            scope=_rt.optional(data, "scope", _rt.list_of(_rt.as_str)),
            session=_rt.optional(data, "session", _models.OauthAuthorizationSession.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", _models.OauthAuthorizationUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.access_token is not None:
            data["access_token"] = self.access_token.to_dict()
        if self.client is not None:
            data["client"] = self.client.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.description is not None:
            data["description"] = self.description
        if self.grant is not None:
            data["grant"] = self.grant.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.refresh_token is not None:
            data["refresh_token"] = self.refresh_token.to_dict()
        if self.scope is not None:
            data["scope"] = list(self.scope)
        if self.session is not None:
            data["session"] = self.session.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:
    from .oauth_authorization_refresh_token import OauthAuthorizationRefreshToken
    from .oauth_token_access_token import OauthTokenAccessToken
    from .oauth_token_authorization import OauthTokenAuthorization
    from .oauth_token_client import OauthTokenClient
    from .oauth_token_grant import OauthTokenGrant
    from .oauth_token_session import OauthTokenSession
    from .oauth_token_user import OauthTokenUser


@dataclass(kw_only=True, slots=True)
class OauthToken:
    """OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""

    access_token: Optional[OauthTokenAccessToken] = None
    """current access token"""
    authorization: Optional[OauthTokenAuthorization] = None
    """authorization for this set of tokens"""
    client: Optional[OauthTokenClient] = None
    """OAuth client secret used to obtain token"""
    created_at: Optional[datetime] = None
    """when OAuth token was created

    Read-only: set by the server.
    """
    grant: Optional[OauthTokenGrant] = None
    """grant used on the underlying authorization"""
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    refresh_token: Optional[OauthAuthorizationRefreshToken] = None
    """refresh token for this authorization"""
    session: Optional[OauthTokenSession] = None
    """OAuth session using this token"""
    updated_at: Optional[datetime] = None
    """when OAuth token was updated

    Read-only: set by the server.
    """
    user: Optional[OauthTokenUser] = None
    """Reference to the user associated with this token"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthToken:
        data = _rt.expect_object(data)
        return cls(
            access_token=_rt.optional(
                data,
                "access_token",
                _models.OauthTokenAccessToken.from_dict,
            ),
            authorization=_rt.optional(
                data,
                "authorization",
                _models.OauthTokenAuthorization.from_dict,
            ),
            client=_rt.optional(data, "client", _models.OauthTokenClient.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            grant=_rt.optional(data, "grant", _models.OauthTokenGrant.from_dict),
            id=_rt.optional_str(data, "id"),
            refresh_token=_rt.optional(
                data,
                "refresh_token",
                _models.OauthAuthorizationRefreshToken.from_dict,
            ),
            session=_rt.optional(data, "session", _models.OauthTokenSession.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", _models.OauthTokenUser.from_dict),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.access_token is not None:
            data["access_token"] = self.access_token.to_dict()
        if self.authorization is not None:
            data["authorization"] = self.authorization.to_dict()
        if self.client is not None:
            data["client"] = self.client.to_dict()
        if self.created_at is not None:
            data["created_at"] = self.created_at.isoformat()
        if self.grant is not None:
            data["grant"] = self.grant.to_dict()
        if self.id is not None:
            data["id"] = self.id
        if self.refresh_token is not None:
            data["refresh_token"] = self.refresh_token.to_dict()
        if self.session is not None:
            data["session"] = self.session.to_dict()
        if self.updated_at is not None:
            data["updated_at"] = self.updated_at.isoformat()
        if self.user is not None:
            data["user"] = self.user.to_dict()
        return data

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional

from .. import _runtime as _rt


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
                OauthAuthorizationAccessToken.from_dict,
            ),
            client=_rt.optional(data, "client", OauthAuthorizationClient.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            description=_rt.optional_str(data, "description"),
            grant=_rt.optional(data, "grant", OauthAuthorizationGrant.from_dict),
            id=_rt.optional_str(data, "id"),
            refresh_token=_rt.optional(
                data,
                "refresh_token",
                OauthAuthorizationRefreshToken.from_dict,
            ),
            scope=_rt.optional(data, "scope", _rt.list_of(_rt.as_str)),
            session=_rt.optional(data, "session", OauthAuthorizationSession.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", OauthAuthorizationUser.from_dict),
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


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationAccessToken:
    """access token for this authorization"""

    expires_in: Optional[int] = None
    """seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """contents of the token to be used for authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationAccessToken:
        data = _rt.expect_object(data)
        return cls(
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        return data


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


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationGrant:
    """this authorization's grant"""

    code: Optional[str] = None
    """grant code received from OAuth web application authorization

    Read-only: set by the server.
    """
    expires_in: Optional[int] = None
    """seconds until OAuth grant expires

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth grant

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationGrant:
        data = _rt.expect_object(data)
        return cls(
            code=_rt.optional_str(data, "code"),
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationRefreshToken:
    """refresh token for this authorization"""

    expires_in: Optional[int] = None
    """seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """contents of the token to be used for authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationRefreshToken:
        data = _rt.expect_object(data)
        return cls(
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationSession:
    """this authorization's session"""

    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationSession:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationUpdateBodyClient:
    """identifier of the client that obtained this authorization"""

    id: Optional[str] = None
    """unique identifier of this OAuth client"""
    secret: Optional[str] = None
    """secret used to obtain OAuth authorizations under this client"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationUpdateBodyClient:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            secret=_rt.optional_str(data, "secret"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.secret is not None:
            data["secret"] = self.secret
        return data


@dataclass(kw_only=True, slots=True)
class OauthAuthorizationUser:
    """authenticated user associated with this authorization"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """
    email: Optional[str] = None
    """unique email address of account"""
    full_name: Optional[str] = None
    """full name of the account owner"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthAuthorizationUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
            email=_rt.optional_str(data, "email"),
            full_name=_rt.optional_str(data, "full_name"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.email is not None:
            data["email"] = self.email
        if self.full_name is not None:
            data["full_name"] = self.full_name
        return data


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
            access_token=_rt.optional(data, "access_token", OauthTokenAccessToken.from_dict),
            authorization=_rt.optional(data, "authorization", OauthTokenAuthorization.from_dict),
            client=_rt.optional(data, "client", OauthTokenClient.from_dict),
            created_at=_rt.optional_datetime(data, "created_at"),
            grant=_rt.optional(data, "grant", OauthTokenGrant.from_dict),
            id=_rt.optional_str(data, "id"),
            refresh_token=_rt.optional(
                data,
                "refresh_token",
                OauthAuthorizationRefreshToken.from_dict,
            ),
            session=_rt.optional(data, "session", OauthTokenSession.from_dict),
            updated_at=_rt.optional_datetime(data, "updated_at"),
            user=_rt.optional(data, "user", OauthTokenUser.from_dict),
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


@dataclass(kw_only=True, slots=True)
class OauthTokenAccessToken:
    """current access token"""

    expires_in: Optional[int] = None
    """seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime

    Read-only: set by the server.
    """
    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """
    token: Optional[str] = None
    """contents of the token to be used for authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenAccessToken:
        data = _rt.expect_object(data)
        return cls(
            expires_in=_rt.optional_int(data, "expires_in"),
            id=_rt.optional_str(data, "id"),
            token=_rt.optional_str(data, "token"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.id is not None:
            data["id"] = self.id
        if self.token is not None:
            data["token"] = self.token
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenAuthorization:
    """authorization for this set of tokens"""

    id: Optional[str] = None
    """unique identifier of OAuth authorization

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenAuthorization:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


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


@dataclass(kw_only=True, slots=True)
class OauthTokenCreateBodyGrant:
    code: Optional[str] = None
    """grant code received from OAuth web application authorization"""
    type: Optional[str] = None
    """type of grant requested, one of `authorization_code` or `refresh_token`"""

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenCreateBodyGrant:
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


@dataclass(kw_only=True, slots=True)
class OauthTokenSession:
    """OAuth session using this token"""

    id: Optional[str] = None
    """unique identifier of OAuth token

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenSession:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data


@dataclass(kw_only=True, slots=True)
class OauthTokenUser:
    """Reference to the user associated with this token"""

    id: Optional[str] = None
    """unique identifier of an account

    Read-only: set by the server.
    """

    @classmethod
    def from_dict(cls, data: Any) -> OauthTokenUser:
        data = _rt.expect_object(data)
        return cls(
            id=_rt.optional_str(data, "id"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        return data

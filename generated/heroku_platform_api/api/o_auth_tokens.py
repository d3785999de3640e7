"""OAuth Tokens: OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import (
        Error,
        OauthToken,
        OauthTokenCreateBodyClient,
        OauthTokenCreateBodyGrant,
        OauthTokenCreateBodyRefreshToken,
    )


class OAuthTokensApi:
    """OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        client: OauthTokenCreateBodyClient,
        grant: OauthTokenCreateBodyGrant,
        refresh_token: OauthTokenCreateBodyRefreshToken,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthToken:
        """Create

        Create a new OAuth token.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/tokens``
        """
        _response = self._client.request(
            "POST",
            "/oauth/tokens",
            json_body=_rt.fields(
                {"client": client, "grant": grant, "refresh_token": refresh_token},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthToken.from_dict, "OauthToken")

    def delete(
        self,
        oauth_token_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthToken:
        """Delete

        Revoke OAuth access token.

        Args:
            oauth_token_id: unique identifier of OAuth token
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /oauth/tokens/{oauth_token_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/oauth/tokens/{oauth_token_id}",
            path_params={"oauth_token_id": oauth_token_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthToken.from_dict, "OauthToken")


class AsyncOAuthTokensApi:
    """OAuth tokens provide access for authorized clients to act on behalf of a Heroku user to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)

    The methods of ``OAuthTokensApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        client: OauthTokenCreateBodyClient,
        grant: OauthTokenCreateBodyGrant,
        refresh_token: OauthTokenCreateBodyRefreshToken,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthToken:
        """Create

        Create a new OAuth token.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/tokens``
        """
        _response = await self._client.request(
            "POST",
            "/oauth/tokens",
            json_body=_rt.fields(
                {"client": client, "grant": grant, "refresh_token": refresh_token},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthToken.from_dict, "OauthToken")

    async def delete(
        self,
        oauth_token_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthToken:
        """Delete

        Revoke OAuth access token.

        Args:
            oauth_token_id: unique identifier of OAuth token
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /oauth/tokens/{oauth_token_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/oauth/tokens/{oauth_token_id}",
            path_params={"oauth_token_id": oauth_token_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthToken.from_dict, "OauthToken")


class OAuthTokensApiWithRawResponse:
    """OAuthTokensApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: OAuthTokensApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.delete = _rt.raw_response(api.delete)


class OAuthTokensApiWithStreamingResponse:
    """OAuthTokensApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: OAuthTokensApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.delete = _rt.streamed_response(api.delete)


class AsyncOAuthTokensApiWithRawResponse:
    """AsyncOAuthTokensApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncOAuthTokensApi) -> None:
        self.create = _rt.async_raw_response(api.create)
        self.delete = _rt.async_raw_response(api.delete)


class AsyncOAuthTokensApiWithStreamingResponse:
    """AsyncOAuthTokensApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncOAuthTokensApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
        self.delete = _rt.async_streamed_response(api.delete)

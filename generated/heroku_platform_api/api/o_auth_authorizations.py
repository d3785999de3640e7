"""OAuth Authorizations: OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, OauthAuthorization, OauthAuthorizationUpdateBodyClient


class OAuthAuthorizationsApi:
    """OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.RangePages[OauthAuthorization]:
        """List

        List OAuth authorizations.

        Args:
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /oauth/authorizations``
        """
        return _rt.RangePages(
            self._client,
            "/oauth/authorizations",
            {},
            _models.OauthAuthorization.from_dict,
            "OauthAuthorization",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
                errors={"default": (_models.Error.from_dict, "Error")},
            ),
            range_header="Range",
            next_header="Next-Range",
            max_size=1000,
            max=max,
            field=field,
            order=order,
            start=start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    def create(
        self,
        *,
        scope: builtins.list[str],
        client: Union[str, _rt.Unset] = _rt.UNSET,
        description: Union[str, _rt.Unset] = _rt.UNSET,
        expires_in: Union[Optional[int], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Create

        Create a new OAuth authorization.

        Args:
            scope: The scope of access OAuth authorization allows
            description: human-friendly description of this OAuth authorization
            expires_in: seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/authorizations``
        """
        _response = self._client.request(
            "POST",
            "/oauth/authorizations",
            json_body=_rt.fields(
                {
                    "client": client,
                    "description": description,
                    "expires_in": expires_in,
                    "scope": scope,
                },
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")

    def info(
        self,
        oauth_authorization_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Info

        Info for an OAuth authorization.

        Args:
            oauth_authorization_id: unique identifier of OAuth authorization
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /oauth/authorizations/{oauth_authorization_id}``
        """
        _response = self._client.request(
            "GET",
            "/oauth/authorizations/{oauth_authorization_id}",
            path_params={"oauth_authorization_id": oauth_authorization_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")

    def delete(
        self,
        oauth_authorization_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Delete

        Delete OAuth authorization.

        Args:
            oauth_authorization_id: unique identifier of OAuth authorization
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /oauth/authorizations/{oauth_authorization_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/oauth/authorizations/{oauth_authorization_id}",
            path_params={"oauth_authorization_id": oauth_authorization_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")

    def update(
        self,
        oauth_authorization_id: str,
        *,
        client: OauthAuthorizationUpdateBodyClient,
        description: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Update

        Update an existing OAuth authorization.

        Args:
            oauth_authorization_id: unique identifier of OAuth authorization
            client: identifier of the client that obtained this authorization
            description: human-friendly description of this OAuth authorization
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /oauth/authorizations/{oauth_authorization_id}``
        """
        _response = self._client.request(
            "PATCH",
            "/oauth/authorizations/{oauth_authorization_id}",
            path_params={"oauth_authorization_id": oauth_authorization_id},
            json_body=_rt.fields({"description": description, "client": client}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")

    def regenerate(
        self,
        oauth_authorization_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Regenerate

        Regenerate OAuth tokens. This endpoint is only available to direct authorizations or privileged OAuth clients.

        Args:
            oauth_authorization_id: unique identifier of OAuth authorization
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/authorizations/{oauth_authorization_id}/actions/regenerate-tokens``
        """
        _response = self._client.request(
            "POST",
            "/oauth/authorizations/{oauth_authorization_id}/actions/regenerate-tokens",
            path_params={"oauth_authorization_id": oauth_authorization_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")


class AsyncOAuthAuthorizationsApi:
    """OAuth authorizations represent clients that a Heroku user has authorized to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)

    The methods of ``OAuthAuthorizationsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list(
        self,
        *,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.AsyncRangePages[OauthAuthorization]:
        """List

        List OAuth authorizations.

        Args:
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /oauth/authorizations``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/oauth/authorizations",
            {},
            _models.OauthAuthorization.from_dict,
            "OauthAuthorization",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
                errors={"default": (_models.Error.from_dict, "Error")},
            ),
            range_header="Range",
            next_header="Next-Range",
            max_size=1000,
            max=max,
            field=field,
            order=order,
            start=start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )

    async def create(
        self,
        *,
        scope: builtins.list[str],
        client: Union[str, _rt.Unset] = _rt.UNSET,
        description: Union[str, _rt.Unset] = _rt.UNSET,
        expires_in: Union[Optional[int], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Create

        Create a new OAuth authorization.

        Args:
            scope: The scope of access OAuth authorization allows
            description: human-friendly description of this OAuth authorization
            expires_in: seconds until OAuth token expires; may be `null` for tokens with indefinite lifetime
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/authorizations``
        """
        _response = await self._client.request(
            "POST",
            "/oauth/authorizations",
            json_body=_rt.fields(
                {
                    "client": client,
                    "description": description,
                    "expires_in": expires_in,
                    "scope": scope,
                },
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")

    async def info(
        self,
        oauth_authorization_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Info

        Info for an OAuth authorization.

        Args:
            oauth_authorization_id: unique identifier of OAuth authorization
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /oauth/authorizations/{oauth_authorization_id}``
        """
        _response = await self._client.request(
            "GET",
            "/oauth/authorizations/{oauth_authorization_id}",
            path_params={"oauth_authorization_id": oauth_authorization_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")

    async def delete(
        self,
        oauth_authorization_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Delete

        Delete OAuth authorization.

        Args:
            oauth_authorization_id: unique identifier of OAuth authorization
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /oauth/authorizations/{oauth_authorization_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/oauth/authorizations/{oauth_authorization_id}",
            path_params={"oauth_authorization_id": oauth_authorization_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")

    async def update(
        self,
        oauth_authorization_id: str,
        *,
        client: OauthAuthorizationUpdateBodyClient,
        description: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Update

        Update an existing OAuth authorization.

        Args:
            oauth_authorization_id: unique identifier of OAuth authorization
            client: identifier of the client that obtained this authorization
            description: human-friendly description of this OAuth authorization
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /oauth/authorizations/{oauth_authorization_id}``
        """
        _response = await self._client.request(
            "PATCH",
            "/oauth/authorizations/{oauth_authorization_id}",
            path_params={"oauth_authorization_id": oauth_authorization_id},
            json_body=_rt.fields({"description": description, "client": client}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")

    async def regenerate(
        self,
        oauth_authorization_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthAuthorization:
        """Regenerate

        Regenerate OAuth tokens. This endpoint is only available to direct authorizations or privileged OAuth clients.

        Args:
            oauth_authorization_id: unique identifier of OAuth authorization
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/authorizations/{oauth_authorization_id}/actions/regenerate-tokens``
        """
        _response = await self._client.request(
            "POST",
            "/oauth/authorizations/{oauth_authorization_id}/actions/regenerate-tokens",
            path_params={"oauth_authorization_id": oauth_authorization_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthAuthorization.from_dict, "OauthAuthorization")


class OAuthAuthorizationsApiWithRawResponse:
    """OAuthAuthorizationsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: OAuthAuthorizationsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)
        self.regenerate = _rt.raw_response(api.regenerate)


class OAuthAuthorizationsApiWithStreamingResponse:
    """OAuthAuthorizationsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: OAuthAuthorizationsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)
        self.regenerate = _rt.streamed_response(api.regenerate)


class AsyncOAuthAuthorizationsApiWithRawResponse:
    """AsyncOAuthAuthorizationsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncOAuthAuthorizationsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)
        self.regenerate = _rt.async_raw_response(api.regenerate)


class AsyncOAuthAuthorizationsApiWithStreamingResponse:
    """AsyncOAuthAuthorizationsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncOAuthAuthorizationsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)
        self.regenerate = _rt.async_streamed_response(api.regenerate)

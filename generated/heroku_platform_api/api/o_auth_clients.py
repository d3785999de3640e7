"""OAuth Clients: OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, OauthClient


class OAuthClientsApi:
    """OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth)."""

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
    ) -> _rt.RangePages[OauthClient]:
        """List

        List OAuth clients

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

        ``GET /oauth/clients``
        """
        return _rt.RangePages(
            self._client,
            "/oauth/clients",
            {},
            _models.OauthClient.from_dict,
            "OauthClient",
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
        name: str,
        redirect_uri: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Create

        Create a new OAuth client.

        Args:
            name: OAuth client name
            redirect_uri: endpoint for redirection after authorization with OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/clients``
        """
        _response = self._client.request(
            "POST",
            "/oauth/clients",
            json_body=_rt.fields({"name": name, "redirect_uri": redirect_uri}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")

    def info(
        self,
        oauth_client_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Info

        Info for an OAuth client. The output for unauthenticated requests excludes the `secret` parameter.

        Args:
            oauth_client_id: unique identifier of this OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /oauth/clients/{oauth_client_id}``
        """
        _response = self._client.request(
            "GET",
            "/oauth/clients/{oauth_client_id}",
            path_params={"oauth_client_id": oauth_client_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")

    def delete(
        self,
        oauth_client_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Delete

        Delete OAuth client.

        Args:
            oauth_client_id: unique identifier of this OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /oauth/clients/{oauth_client_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/oauth/clients/{oauth_client_id}",
            path_params={"oauth_client_id": oauth_client_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")

    def update(
        self,
        oauth_client_id: str,
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        redirect_uri: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Update

        Update OAuth client

        Args:
            oauth_client_id: unique identifier of this OAuth client
            name: OAuth client name
            redirect_uri: endpoint for redirection after authorization with OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /oauth/clients/{oauth_client_id}``
        """
        _response = self._client.request(
            "PATCH",
            "/oauth/clients/{oauth_client_id}",
            path_params={"oauth_client_id": oauth_client_id},
            json_body=_rt.fields({"name": name, "redirect_uri": redirect_uri}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")

    def rotate_credentials(
        self,
        oauth_client_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Rotate Credentials

        Rotate credentials for an OAuth client

        Args:
            oauth_client_id: unique identifier of this OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/clients/{oauth_client_id}/actions/rotate-credentials``
        """
        _response = self._client.request(
            "POST",
            "/oauth/clients/{oauth_client_id}/actions/rotate-credentials",
            path_params={"oauth_client_id": oauth_client_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")


class AsyncOAuthClientsApi:
    """OAuth clients are applications that Heroku users can authorize to automate, customize or extend their usage of the platform. For more information please refer to the [Heroku OAuth documentation](https://devcenter.heroku.com/articles/oauth).

    The methods of ``OAuthClientsApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[OauthClient]:
        """List

        List OAuth clients

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

        ``GET /oauth/clients``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/oauth/clients",
            {},
            _models.OauthClient.from_dict,
            "OauthClient",
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
        name: str,
        redirect_uri: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Create

        Create a new OAuth client.

        Args:
            name: OAuth client name
            redirect_uri: endpoint for redirection after authorization with OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/clients``
        """
        _response = await self._client.request(
            "POST",
            "/oauth/clients",
            json_body=_rt.fields({"name": name, "redirect_uri": redirect_uri}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")

    async def info(
        self,
        oauth_client_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Info

        Info for an OAuth client. The output for unauthenticated requests excludes the `secret` parameter.

        Args:
            oauth_client_id: unique identifier of this OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /oauth/clients/{oauth_client_id}``
        """
        _response = await self._client.request(
            "GET",
            "/oauth/clients/{oauth_client_id}",
            path_params={"oauth_client_id": oauth_client_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")

    async def delete(
        self,
        oauth_client_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Delete

        Delete OAuth client.

        Args:
            oauth_client_id: unique identifier of this OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /oauth/clients/{oauth_client_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/oauth/clients/{oauth_client_id}",
            path_params={"oauth_client_id": oauth_client_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")

    async def update(
        self,
        oauth_client_id: str,
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        redirect_uri: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Update

        Update OAuth client

        Args:
            oauth_client_id: unique identifier of this OAuth client
            name: OAuth client name
            redirect_uri: endpoint for redirection after authorization with OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /oauth/clients/{oauth_client_id}``
        """
        _response = await self._client.request(
            "PATCH",
            "/oauth/clients/{oauth_client_id}",
            path_params={"oauth_client_id": oauth_client_id},
            json_body=_rt.fields({"name": name, "redirect_uri": redirect_uri}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")

    async def rotate_credentials(
        self,
        oauth_client_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OauthClient:
        """Rotate Credentials

        Rotate credentials for an OAuth client

        Args:
            oauth_client_id: unique identifier of this OAuth client
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /oauth/clients/{oauth_client_id}/actions/rotate-credentials``
        """
        _response = await self._client.request(
            "POST",
            "/oauth/clients/{oauth_client_id}/actions/rotate-credentials",
            path_params={"oauth_client_id": oauth_client_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.OauthClient.from_dict, "OauthClient")


class OAuthClientsApiWithRawResponse:
    """OAuthClientsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: OAuthClientsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)
        self.rotate_credentials = _rt.raw_response(api.rotate_credentials)


class OAuthClientsApiWithStreamingResponse:
    """OAuthClientsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: OAuthClientsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)
        self.rotate_credentials = _rt.streamed_response(api.rotate_credentials)


class AsyncOAuthClientsApiWithRawResponse:
    """AsyncOAuthClientsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncOAuthClientsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)
        self.rotate_credentials = _rt.async_raw_response(api.rotate_credentials)


class AsyncOAuthClientsApiWithStreamingResponse:
    """AsyncOAuthClientsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncOAuthClientsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)
        self.rotate_credentials = _rt.async_streamed_response(api.rotate_credentials)

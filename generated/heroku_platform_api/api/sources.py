"""Sources: A source is a location for uploading and downloading an application's source code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, Source


class SourcesApi:
    """A source is a location for uploading and downloading an application's source code."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Source:
        """Create

        Create URLs for uploading and downloading source.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /sources``
        """
        _response = self._client.request(
            "POST",
            "/sources",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Source.from_dict, "Source")

    def create_deprecated(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Source:
        """Create - Deprecated

        Create URLs for uploading and downloading source. Deprecated in favor of `POST /sources`

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/sources``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/sources",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Source.from_dict, "Source")


class AsyncSourcesApi:
    """A source is a location for uploading and downloading an application's source code.

    The methods of ``SourcesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Source:
        """Create

        Create URLs for uploading and downloading source.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /sources``
        """
        _response = await self._client.request(
            "POST",
            "/sources",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Source.from_dict, "Source")

    async def create_deprecated(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Source:
        """Create - Deprecated

        Create URLs for uploading and downloading source. Deprecated in favor of `POST /sources`

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/sources``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/sources",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Source.from_dict, "Source")


class SourcesApiWithRawResponse:
    """SourcesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: SourcesApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.create_deprecated = _rt.raw_response(api.create_deprecated)


class SourcesApiWithStreamingResponse:
    """SourcesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: SourcesApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.create_deprecated = _rt.streamed_response(api.create_deprecated)


class AsyncSourcesApiWithRawResponse:
    """AsyncSourcesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncSourcesApi) -> None:
        self.create = _rt.async_raw_response(api.create)
        self.create_deprecated = _rt.async_raw_response(api.create_deprecated)


class AsyncSourcesApiWithStreamingResponse:
    """AsyncSourcesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncSourcesApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
        self.create_deprecated = _rt.async_streamed_response(api.create_deprecated)

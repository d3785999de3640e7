"""Sources: Source code upload locations"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from .. import _runtime as _rt
from ..models import Source


class SourcesApi:
    """Source code upload locations"""

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
        """Create a source

        Create URLs for uploading and downloading source. Upload a gzipped tarball to put_url with an HTTP PUT (empty Content-Type, no API token), then pass get_url to createBuild as source_blob.url.

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
        )
        return _rt.decode(_response, Source.from_dict, "Source")

    def create_app(
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
        """Create a source for an app (deprecated)

        Create URLs for uploading and downloading source. Deprecated in favor of POST /sources.

        Deprecated: this operation may be removed from the API.

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/sources``
        """
        _rt.warn_deprecated("sources.create_app is deprecated")
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
        )
        return _rt.decode(_response, Source.from_dict, "Source")


class AsyncSourcesApi:
    """Source code upload locations

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
        """Create a source

        Create URLs for uploading and downloading source. Upload a gzipped tarball to put_url with an HTTP PUT (empty Content-Type, no API token), then pass get_url to createBuild as source_blob.url.

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
        )
        return _rt.decode(_response, Source.from_dict, "Source")

    async def create_app(
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
        """Create a source for an app (deprecated)

        Create URLs for uploading and downloading source. Deprecated in favor of POST /sources.

        Deprecated: this operation may be removed from the API.

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/sources``
        """
        _rt.warn_deprecated("sources.create_app is deprecated")
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
        )
        return _rt.decode(_response, Source.from_dict, "Source")


class SourcesApiWithRawResponse:
    """SourcesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: SourcesApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.create_app = _rt.raw_response(api.create_app)


class SourcesApiWithStreamingResponse:
    """SourcesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: SourcesApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.create_app = _rt.streamed_response(api.create_app)

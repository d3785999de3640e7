"""Releases: A release represents a combination of code, config vars and add-ons for an app on Heroku."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, Release


class ReleasesApi:
    """A release represents a combination of code, config vars and add-ons for an app on Heroku."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        app_id_or_name: str,
        release_id_or_version: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Release:
        """Info

        Info for existing release.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            release_id_or_version: unique identifier of release or unique version assigned to the release
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/releases/{release_id_or_version}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/releases/{release_id_or_version}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "release_id_or_version": release_id_or_version,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Release.from_dict, "Release")

    def list(
        self,
        app_id_or_name: str,
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
    ) -> _rt.RangePages[Release]:
        """List

        List existing releases.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
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

        ``GET /apps/{app_id_or_name}/releases``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/releases",
            {"app_id_or_name": app_id_or_name},
            _models.Release.from_dict,
            "Release",
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
        app_id_or_name: str,
        *,
        slug: str,
        description: Union[str, _rt.Unset] = _rt.UNSET,
        oci_image: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Release:
        """Create

        Create new release.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            description: description of changes in this release
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/releases``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/releases",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {"description": description, "oci_image": oci_image, "slug": slug},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Release.from_dict, "Release")

    def rollback(
        self,
        app_id_or_name: str,
        *,
        release: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Release:
        """Rollback

        Rollback to an existing release.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            release: unique identifier of release
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/releases``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/releases",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"release": release}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Release.from_dict, "Release")


class AsyncReleasesApi:
    """A release represents a combination of code, config vars and add-ons for an app on Heroku.

    The methods of ``ReleasesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        app_id_or_name: str,
        release_id_or_version: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Release:
        """Info

        Info for existing release.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            release_id_or_version: unique identifier of release or unique version assigned to the release
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/releases/{release_id_or_version}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/releases/{release_id_or_version}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "release_id_or_version": release_id_or_version,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Release.from_dict, "Release")

    def list(
        self,
        app_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[Release]:
        """List

        List existing releases.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
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

        ``GET /apps/{app_id_or_name}/releases``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/releases",
            {"app_id_or_name": app_id_or_name},
            _models.Release.from_dict,
            "Release",
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
        app_id_or_name: str,
        *,
        slug: str,
        description: Union[str, _rt.Unset] = _rt.UNSET,
        oci_image: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Release:
        """Create

        Create new release.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            description: description of changes in this release
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/releases``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/releases",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {"description": description, "oci_image": oci_image, "slug": slug},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Release.from_dict, "Release")

    async def rollback(
        self,
        app_id_or_name: str,
        *,
        release: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Release:
        """Rollback

        Rollback to an existing release.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            release: unique identifier of release
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/releases``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/releases",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"release": release}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Release.from_dict, "Release")


class ReleasesApiWithRawResponse:
    """ReleasesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: ReleasesApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.rollback = _rt.raw_response(api.rollback)


class ReleasesApiWithStreamingResponse:
    """ReleasesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: ReleasesApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.rollback = _rt.streamed_response(api.rollback)


class AsyncReleasesApiWithRawResponse:
    """AsyncReleasesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncReleasesApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.rollback = _rt.async_raw_response(api.rollback)


class AsyncReleasesApiWithStreamingResponse:
    """AsyncReleasesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncReleasesApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.rollback = _rt.async_streamed_response(api.rollback)

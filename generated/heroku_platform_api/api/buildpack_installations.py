"""Buildpack Installations: A buildpack installation represents a buildpack that will be run against an app."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import BuildpackInstallation, BuildpackInstallationUpdate, Error


class BuildpackInstallationsApi:
    """A buildpack installation represents a buildpack that will be run against an app."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

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
    ) -> _rt.RangePages[BuildpackInstallation]:
        """List

        List an app's existing buildpack installations.

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

        ``GET /apps/{app_id_or_name}/buildpack-installations``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/buildpack-installations",
            {"app_id_or_name": app_id_or_name},
            _models.BuildpackInstallation.from_dict,
            "BuildpackInstallation",
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

    def update(
        self,
        app_id_or_name: str,
        *,
        updates: builtins.list[BuildpackInstallationUpdate],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[BuildpackInstallation]:
        """Update

        Update an app's buildpack installations.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            updates: The buildpack attribute can accept a name, a url, or a urn.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /apps/{app_id_or_name}/buildpack-installations``
        """
        _response = self._client.request(
            "PUT",
            "/apps/{app_id_or_name}/buildpack-installations",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"updates": updates}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.list_of(_models.BuildpackInstallation.from_dict),
            "list[BuildpackInstallation]",
        )


class AsyncBuildpackInstallationsApi:
    """A buildpack installation represents a buildpack that will be run against an app.

    The methods of ``BuildpackInstallationsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

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
    ) -> _rt.AsyncRangePages[BuildpackInstallation]:
        """List

        List an app's existing buildpack installations.

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

        ``GET /apps/{app_id_or_name}/buildpack-installations``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/buildpack-installations",
            {"app_id_or_name": app_id_or_name},
            _models.BuildpackInstallation.from_dict,
            "BuildpackInstallation",
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

    async def update(
        self,
        app_id_or_name: str,
        *,
        updates: builtins.list[BuildpackInstallationUpdate],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[BuildpackInstallation]:
        """Update

        Update an app's buildpack installations.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            updates: The buildpack attribute can accept a name, a url, or a urn.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /apps/{app_id_or_name}/buildpack-installations``
        """
        _response = await self._client.request(
            "PUT",
            "/apps/{app_id_or_name}/buildpack-installations",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"updates": updates}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.list_of(_models.BuildpackInstallation.from_dict),
            "list[BuildpackInstallation]",
        )


class BuildpackInstallationsApiWithRawResponse:
    """BuildpackInstallationsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: BuildpackInstallationsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.update = _rt.raw_response(api.update)


class BuildpackInstallationsApiWithStreamingResponse:
    """BuildpackInstallationsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: BuildpackInstallationsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.update = _rt.streamed_response(api.update)


class AsyncBuildpackInstallationsApiWithRawResponse:
    """AsyncBuildpackInstallationsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncBuildpackInstallationsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.update = _rt.async_raw_response(api.update)


class AsyncBuildpackInstallationsApiWithStreamingResponse:
    """AsyncBuildpackInstallationsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncBuildpackInstallationsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.update = _rt.async_streamed_response(api.update)

"""Builds: Build management"""

from __future__ import annotations

import builtins
from typing import Any, Mapping, Optional, Union

from .. import _runtime as _rt
from ..models import Build, BuildBuildpacksItem, CreateBuildBodySourceBlob


class BuildsApi:
    """Build management"""

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
    ) -> _rt.RangePages[Build]:
        """List builds

        Args:
            app_id_or_name: App ID (UUID) or app name
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

        ``GET /apps/{app_id_or_name}/builds``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/builds",
            {"app_id_or_name": app_id_or_name},
            Build.from_dict,
            "Build",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
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
        source_blob: CreateBuildBodySourceBlob,
        buildpacks: Union[builtins.list[BuildBuildpacksItem], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Build:
        """Create a build

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/builds``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/builds",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"buildpacks": buildpacks, "source_blob": source_blob}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Build.from_dict, "Build")

    def info(
        self,
        app_id_or_name: str,
        build_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Build:
        """Get build info

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/builds/{build_id}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/builds/{build_id}",
            path_params={"app_id_or_name": app_id_or_name, "build_id": build_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Build.from_dict, "Build")


class AsyncBuildsApi:
    """Build management

    The methods of ``BuildsApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[Build]:
        """List builds

        Args:
            app_id_or_name: App ID (UUID) or app name
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

        ``GET /apps/{app_id_or_name}/builds``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/builds",
            {"app_id_or_name": app_id_or_name},
            Build.from_dict,
            "Build",
            method="GET",
            request_args=dict(
                extra_query=extra_query,
                extra_body=extra_body,
                strict=strict,
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
        source_blob: CreateBuildBodySourceBlob,
        buildpacks: Union[builtins.list[BuildBuildpacksItem], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Build:
        """Create a build

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/builds``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/builds",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"buildpacks": buildpacks, "source_blob": source_blob}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Build.from_dict, "Build")

    async def info(
        self,
        app_id_or_name: str,
        build_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Build:
        """Get build info

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/builds/{build_id}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/builds/{build_id}",
            path_params={"app_id_or_name": app_id_or_name, "build_id": build_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Build.from_dict, "Build")


class BuildsApiWithRawResponse:
    """BuildsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: BuildsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)


class BuildsApiWithStreamingResponse:
    """BuildsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: BuildsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)

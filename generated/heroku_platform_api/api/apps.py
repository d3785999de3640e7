"""Apps: Application management"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Union

from .. import _runtime as _rt
from ..models import App


class AppsApi:
    """Application management"""

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
    ) -> _rt.RangePages[App]:
        """List apps

        List existing apps.

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

        ``GET /apps``
        """
        return _rt.RangePages(
            self._client,
            "/apps",
            {},
            App.from_dict,
            "App",
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
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        region: Union[str, _rt.Unset] = _rt.UNSET,
        stack: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> App:
        """Create an app

        Create a new app.

        Args:
            name: Name of app (pattern ^[a-z][a-z0-9-]{1,28}[a-z0-9]$)
            region: Region name or ID
            stack: Stack name or ID
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps``
        """
        _response = self._client.request(
            "POST",
            "/apps",
            json_body=_rt.fields({"name": name, "region": region, "stack": stack}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, App.from_dict, "App")

    def info(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> App:
        """Get app info

        Get info for an existing app.

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, App.from_dict, "App")

    def delete(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> App:
        """Delete an app

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}``
        """
        _response = self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, App.from_dict, "App")

    def update(
        self,
        app_id_or_name: str,
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        maintenance: Union[bool, _rt.Unset] = _rt.UNSET,
        build_stack: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> App:
        """Update an app

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {"name": name, "maintenance": maintenance, "build_stack": build_stack},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, App.from_dict, "App")


class AsyncAppsApi:
    """Application management

    The methods of ``AppsApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[App]:
        """List apps

        List existing apps.

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

        ``GET /apps``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps",
            {},
            App.from_dict,
            "App",
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
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        region: Union[str, _rt.Unset] = _rt.UNSET,
        stack: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> App:
        """Create an app

        Create a new app.

        Args:
            name: Name of app (pattern ^[a-z][a-z0-9-]{1,28}[a-z0-9]$)
            region: Region name or ID
            stack: Stack name or ID
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps``
        """
        _response = await self._client.request(
            "POST",
            "/apps",
            json_body=_rt.fields({"name": name, "region": region, "stack": stack}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, App.from_dict, "App")

    async def info(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> App:
        """Get app info

        Get info for an existing app.

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, App.from_dict, "App")

    async def delete(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> App:
        """Delete an app

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}``
        """
        _response = await self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, App.from_dict, "App")

    async def update(
        self,
        app_id_or_name: str,
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        maintenance: Union[bool, _rt.Unset] = _rt.UNSET,
        build_stack: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> App:
        """Update an app

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {"name": name, "maintenance": maintenance, "build_stack": build_stack},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, App.from_dict, "App")


class AppsApiWithRawResponse:
    """AppsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AppsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)


class AppsApiWithStreamingResponse:
    """AppsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AppsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)

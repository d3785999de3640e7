"""Formation: Process type scaling"""

from __future__ import annotations

import builtins
from typing import Any, Mapping, Optional, Union

from .. import _runtime as _rt
from ..models import BatchUpdateFormationBodyUpdatesItem, Formation


class FormationApi:
    """Process type scaling"""

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
    ) -> _rt.RangePages[Formation]:
        """List formation

        List process type scaling info.

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

        ``GET /apps/{app_id_or_name}/formation``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/formation",
            {"app_id_or_name": app_id_or_name},
            Formation.from_dict,
            "Formation",
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

    def batch_update(
        self,
        app_id_or_name: str,
        *,
        updates: builtins.list[BatchUpdateFormationBodyUpdatesItem],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[Formation]:
        """Batch update formation

        Update scaling for multiple process types.

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/formation``
        """
        _response = self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/formation",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"updates": updates}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, _rt.list_of(Formation.from_dict), "list[Formation]")

    def update(
        self,
        app_id_or_name: str,
        formation_id_or_type: str,
        *,
        quantity: Union[int, _rt.Unset] = _rt.UNSET,
        size: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Formation:
        """Update a process type

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/formation/{formation_id_or_type}``
        """
        _response = self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/formation/{formation_id_or_type}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "formation_id_or_type": formation_id_or_type,
            },
            json_body=_rt.fields({"quantity": quantity, "size": size}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Formation.from_dict, "Formation")


class AsyncFormationApi:
    """Process type scaling

    The methods of ``FormationApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[Formation]:
        """List formation

        List process type scaling info.

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

        ``GET /apps/{app_id_or_name}/formation``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/formation",
            {"app_id_or_name": app_id_or_name},
            Formation.from_dict,
            "Formation",
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

    async def batch_update(
        self,
        app_id_or_name: str,
        *,
        updates: builtins.list[BatchUpdateFormationBodyUpdatesItem],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[Formation]:
        """Batch update formation

        Update scaling for multiple process types.

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/formation``
        """
        _response = await self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/formation",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"updates": updates}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, _rt.list_of(Formation.from_dict), "list[Formation]")

    async def update(
        self,
        app_id_or_name: str,
        formation_id_or_type: str,
        *,
        quantity: Union[int, _rt.Unset] = _rt.UNSET,
        size: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Formation:
        """Update a process type

        Args:
            app_id_or_name: App ID (UUID) or app name
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/formation/{formation_id_or_type}``
        """
        _response = await self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/formation/{formation_id_or_type}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "formation_id_or_type": formation_id_or_type,
            },
            json_body=_rt.fields({"quantity": quantity, "size": size}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
        )
        return _rt.decode(_response, Formation.from_dict, "Formation")


class FormationApiWithRawResponse:
    """FormationApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: FormationApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.batch_update = _rt.raw_response(api.batch_update)
        self.update = _rt.raw_response(api.update)


class FormationApiWithStreamingResponse:
    """FormationApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: FormationApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.batch_update = _rt.streamed_response(api.batch_update)
        self.update = _rt.streamed_response(api.update)

"""Formation: The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, Formation, FormationUpdate, FormationUpdateDynoSize


class FormationApi:
    """The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        app_id_or_name: str,
        formation_id_or_type: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Formation:
        """Info

        Info for a process type

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            formation_id_or_type: unique identifier of this process type or type of process to maintain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/formation/{formation_id_or_type}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/formation/{formation_id_or_type}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "formation_id_or_type": formation_id_or_type,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Formation.from_dict, "Formation")

    def update(
        self,
        app_id_or_name: str,
        formation_id_or_type: str,
        *,
        dyno_size: Union[FormationUpdateDynoSize, _rt.Unset] = _rt.UNSET,
        quantity: Union[int, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Formation:
        """Update

        Update process type

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            formation_id_or_type: unique identifier of this process type or type of process to maintain
            dyno_size: dyno size
            quantity: number of processes to maintain
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
            json_body=_rt.fields({"dyno_size": dyno_size, "quantity": quantity}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Formation.from_dict, "Formation")

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
        """List

        List process type formation

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

        ``GET /apps/{app_id_or_name}/formation``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/formation",
            {"app_id_or_name": app_id_or_name},
            _models.Formation.from_dict,
            "Formation",
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

    def batch_update(
        self,
        app_id_or_name: str,
        *,
        updates: builtins.list[FormationUpdate],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[Formation]:
        """Batch Update

        Batch update process types

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            updates: Array with formation updates. Each element must have "type", the id or name of the process type to be updated, and can optionally update its "quantity" or "dyno_size".
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
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.list_of(_models.Formation.from_dict), "list[Formation]")


class AsyncFormationApi:
    """The formation of processes that should be maintained for an app. Update the formation to scale processes or change dyno sizes. Available process type names and commands are defined by the `process_types` attribute for the [slug](#slug) currently released on an app.

    The methods of ``FormationApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        app_id_or_name: str,
        formation_id_or_type: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Formation:
        """Info

        Info for a process type

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            formation_id_or_type: unique identifier of this process type or type of process to maintain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/formation/{formation_id_or_type}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/formation/{formation_id_or_type}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "formation_id_or_type": formation_id_or_type,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Formation.from_dict, "Formation")

    async def update(
        self,
        app_id_or_name: str,
        formation_id_or_type: str,
        *,
        dyno_size: Union[FormationUpdateDynoSize, _rt.Unset] = _rt.UNSET,
        quantity: Union[int, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Formation:
        """Update

        Update process type

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            formation_id_or_type: unique identifier of this process type or type of process to maintain
            dyno_size: dyno size
            quantity: number of processes to maintain
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
            json_body=_rt.fields({"dyno_size": dyno_size, "quantity": quantity}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Formation.from_dict, "Formation")

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
        """List

        List process type formation

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

        ``GET /apps/{app_id_or_name}/formation``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/formation",
            {"app_id_or_name": app_id_or_name},
            _models.Formation.from_dict,
            "Formation",
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

    async def batch_update(
        self,
        app_id_or_name: str,
        *,
        updates: builtins.list[FormationUpdate],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> builtins.list[Formation]:
        """Batch Update

        Batch update process types

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            updates: Array with formation updates. Each element must have "type", the id or name of the process type to be updated, and can optionally update its "quantity" or "dyno_size".
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
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _rt.list_of(_models.Formation.from_dict), "list[Formation]")


class FormationApiWithRawResponse:
    """FormationApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: FormationApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.update = _rt.raw_response(api.update)
        self.list = _rt.raw_response(api.list)
        self.batch_update = _rt.raw_response(api.batch_update)


class FormationApiWithStreamingResponse:
    """FormationApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: FormationApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.update = _rt.streamed_response(api.update)
        self.list = _rt.streamed_response(api.list)
        self.batch_update = _rt.streamed_response(api.batch_update)


class AsyncFormationApiWithRawResponse:
    """AsyncFormationApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncFormationApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.update = _rt.async_raw_response(api.update)
        self.list = _rt.async_raw_listing(api.list)
        self.batch_update = _rt.async_raw_response(api.batch_update)


class AsyncFormationApiWithStreamingResponse:
    """AsyncFormationApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncFormationApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.update = _rt.async_streamed_response(api.update)
        self.list = _rt.async_streamed_listing(api.list)
        self.batch_update = _rt.async_streamed_response(api.batch_update)

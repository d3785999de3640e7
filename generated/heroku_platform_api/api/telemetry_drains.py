"""Telemetry Drains: A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import (
        Error,
        TelemetryDrain,
        TelemetryDrainCreateBodyOwner,
        TelemetryDrainExporter,
        TelemetryDrainSignal,
    )


class TelemetryDrainsApi:
    """A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        owner: TelemetryDrainCreateBodyOwner,
        signals: list[TelemetryDrainSignal],
        exporter: TelemetryDrainExporter,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TelemetryDrain:
        """Create

        Create a telemetry drain.

        Args:
            owner: entity that owns this telemetry drain
            signals: OpenTelemetry signals to send to telemetry drain
            exporter: OpenTelemetry exporter configuration
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /telemetry-drains``
        """
        _response = self._client.request(
            "POST",
            "/telemetry-drains",
            json_body=_rt.fields({"owner": owner, "signals": signals, "exporter": exporter}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TelemetryDrain.from_dict, "TelemetryDrain")

    def list_by_app(
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
    ) -> _rt.RangePages[TelemetryDrain]:
        """List by App

        List telemetry drains for an app.

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

        ``GET /apps/{app_id_or_name}/telemetry-drains``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/telemetry-drains",
            {"app_id_or_name": app_id_or_name},
            _models.TelemetryDrain.from_dict,
            "TelemetryDrain",
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

    def list_by_space(
        self,
        space_id_or_name: str,
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
    ) -> _rt.RangePages[TelemetryDrain]:
        """List by Space

        List telemetry drains for a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
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

        ``GET /spaces/{space_id_or_name}/telemetry-drains``
        """
        return _rt.RangePages(
            self._client,
            "/spaces/{space_id_or_name}/telemetry-drains",
            {"space_id_or_name": space_id_or_name},
            _models.TelemetryDrain.from_dict,
            "TelemetryDrain",
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

    def info(
        self,
        telemetry_drain_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TelemetryDrain:
        """Info

        Info for a telemetry drain.

        Args:
            telemetry_drain_id: unique identifier of telemetry drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /telemetry-drains/{telemetry_drain_id}``
        """
        _response = self._client.request(
            "GET",
            "/telemetry-drains/{telemetry_drain_id}",
            path_params={"telemetry_drain_id": telemetry_drain_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TelemetryDrain.from_dict, "TelemetryDrain")

    def delete(
        self,
        telemetry_drain_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TelemetryDrain:
        """Delete

        Delete a telemetry drain.

        Args:
            telemetry_drain_id: unique identifier of telemetry drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /telemetry-drains/{telemetry_drain_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/telemetry-drains/{telemetry_drain_id}",
            path_params={"telemetry_drain_id": telemetry_drain_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TelemetryDrain.from_dict, "TelemetryDrain")

    def update(
        self,
        telemetry_drain_id: str,
        *,
        signals: Union[list[TelemetryDrainSignal], _rt.Unset] = _rt.UNSET,
        exporter: Union[TelemetryDrainExporter, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TelemetryDrain:
        """Update

        Update a telemetry drain.

        Args:
            telemetry_drain_id: unique identifier of telemetry drain
            signals: OpenTelemetry signals to send to telemetry drain
            exporter: OpenTelemetry exporter configuration
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /telemetry-drains/{telemetry_drain_id}``
        """
        _response = self._client.request(
            "PATCH",
            "/telemetry-drains/{telemetry_drain_id}",
            path_params={"telemetry_drain_id": telemetry_drain_id},
            json_body=_rt.fields({"signals": signals, "exporter": exporter}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TelemetryDrain.from_dict, "TelemetryDrain")


class AsyncTelemetryDrainsApi:
    """A telemetry drain forwards OpenTelemetry traces, metrics, and logs to your own consumer. For Fir-generation apps only.

    The methods of ``TelemetryDrainsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        owner: TelemetryDrainCreateBodyOwner,
        signals: list[TelemetryDrainSignal],
        exporter: TelemetryDrainExporter,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TelemetryDrain:
        """Create

        Create a telemetry drain.

        Args:
            owner: entity that owns this telemetry drain
            signals: OpenTelemetry signals to send to telemetry drain
            exporter: OpenTelemetry exporter configuration
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /telemetry-drains``
        """
        _response = await self._client.request(
            "POST",
            "/telemetry-drains",
            json_body=_rt.fields({"owner": owner, "signals": signals, "exporter": exporter}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TelemetryDrain.from_dict, "TelemetryDrain")

    def list_by_app(
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
    ) -> _rt.AsyncRangePages[TelemetryDrain]:
        """List by App

        List telemetry drains for an app.

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

        ``GET /apps/{app_id_or_name}/telemetry-drains``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/telemetry-drains",
            {"app_id_or_name": app_id_or_name},
            _models.TelemetryDrain.from_dict,
            "TelemetryDrain",
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

    def list_by_space(
        self,
        space_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[TelemetryDrain]:
        """List by Space

        List telemetry drains for a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
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

        ``GET /spaces/{space_id_or_name}/telemetry-drains``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/spaces/{space_id_or_name}/telemetry-drains",
            {"space_id_or_name": space_id_or_name},
            _models.TelemetryDrain.from_dict,
            "TelemetryDrain",
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

    async def info(
        self,
        telemetry_drain_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TelemetryDrain:
        """Info

        Info for a telemetry drain.

        Args:
            telemetry_drain_id: unique identifier of telemetry drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /telemetry-drains/{telemetry_drain_id}``
        """
        _response = await self._client.request(
            "GET",
            "/telemetry-drains/{telemetry_drain_id}",
            path_params={"telemetry_drain_id": telemetry_drain_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TelemetryDrain.from_dict, "TelemetryDrain")

    async def delete(
        self,
        telemetry_drain_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TelemetryDrain:
        """Delete

        Delete a telemetry drain.

        Args:
            telemetry_drain_id: unique identifier of telemetry drain
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /telemetry-drains/{telemetry_drain_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/telemetry-drains/{telemetry_drain_id}",
            path_params={"telemetry_drain_id": telemetry_drain_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TelemetryDrain.from_dict, "TelemetryDrain")

    async def update(
        self,
        telemetry_drain_id: str,
        *,
        signals: Union[list[TelemetryDrainSignal], _rt.Unset] = _rt.UNSET,
        exporter: Union[TelemetryDrainExporter, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TelemetryDrain:
        """Update

        Update a telemetry drain.

        Args:
            telemetry_drain_id: unique identifier of telemetry drain
            signals: OpenTelemetry signals to send to telemetry drain
            exporter: OpenTelemetry exporter configuration
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /telemetry-drains/{telemetry_drain_id}``
        """
        _response = await self._client.request(
            "PATCH",
            "/telemetry-drains/{telemetry_drain_id}",
            path_params={"telemetry_drain_id": telemetry_drain_id},
            json_body=_rt.fields({"signals": signals, "exporter": exporter}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TelemetryDrain.from_dict, "TelemetryDrain")


class TelemetryDrainsApiWithRawResponse:
    """TelemetryDrainsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TelemetryDrainsApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.list_by_app = _rt.raw_response(api.list_by_app)
        self.list_by_space = _rt.raw_response(api.list_by_space)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)


class TelemetryDrainsApiWithStreamingResponse:
    """TelemetryDrainsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TelemetryDrainsApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.list_by_app = _rt.streamed_response(api.list_by_app)
        self.list_by_space = _rt.streamed_response(api.list_by_space)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)


class AsyncTelemetryDrainsApiWithRawResponse:
    """AsyncTelemetryDrainsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTelemetryDrainsApi) -> None:
        self.create = _rt.async_raw_response(api.create)
        self.list_by_app = _rt.async_raw_listing(api.list_by_app)
        self.list_by_space = _rt.async_raw_listing(api.list_by_space)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)


class AsyncTelemetryDrainsApiWithStreamingResponse:
    """AsyncTelemetryDrainsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTelemetryDrainsApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
        self.list_by_app = _rt.async_streamed_listing(api.list_by_app)
        self.list_by_space = _rt.async_streamed_listing(api.list_by_space)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)

"""Add-on Region Capabilities: Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AddOnRegionCapability, Error


class AddOnRegionCapabilitiesApi:
    """Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints."""

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
    ) -> _rt.RangePages[AddOnRegionCapability]:
        """List

        List all existing add-on region capabilities.

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

        ``GET /addon-region-capabilities``
        """
        return _rt.RangePages(
            self._client,
            "/addon-region-capabilities",
            {},
            _models.AddOnRegionCapability.from_dict,
            "AddOnRegionCapability",
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

    def list_by_add_on_service(
        self,
        addon_service_id_or_name: str,
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
    ) -> _rt.RangePages[AddOnRegionCapability]:
        """List by Add-on Service

        List existing add-on region capabilities for an add-on-service

        Args:
            addon_service_id_or_name: unique identifier of this add-on-service or unique name of this add-on-service
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

        ``GET /addon-services/{addon_service_id_or_name}/region-capabilities``
        """
        return _rt.RangePages(
            self._client,
            "/addon-services/{addon_service_id_or_name}/region-capabilities",
            {"addon_service_id_or_name": addon_service_id_or_name},
            _models.AddOnRegionCapability.from_dict,
            "AddOnRegionCapability",
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

    def list_by_region(
        self,
        region_id_or_name: str,
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
    ) -> _rt.RangePages[AddOnRegionCapability]:
        """List By Region

        List existing add-on region capabilities for a region.

        Args:
            region_id_or_name: unique identifier of region or unique name of region
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

        ``GET /regions/{region_id_or_name}/addon-region-capabilities``
        """
        return _rt.RangePages(
            self._client,
            "/regions/{region_id_or_name}/addon-region-capabilities",
            {"region_id_or_name": region_id_or_name},
            _models.AddOnRegionCapability.from_dict,
            "AddOnRegionCapability",
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


class AsyncAddOnRegionCapabilitiesApi:
    """Add-on region capabilities represent the relationship between an Add-on Service and a specific Region. Only Beta and GA add-ons are returned by these endpoints.

    The methods of ``AddOnRegionCapabilitiesApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[AddOnRegionCapability]:
        """List

        List all existing add-on region capabilities.

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

        ``GET /addon-region-capabilities``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addon-region-capabilities",
            {},
            _models.AddOnRegionCapability.from_dict,
            "AddOnRegionCapability",
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

    def list_by_add_on_service(
        self,
        addon_service_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[AddOnRegionCapability]:
        """List by Add-on Service

        List existing add-on region capabilities for an add-on-service

        Args:
            addon_service_id_or_name: unique identifier of this add-on-service or unique name of this add-on-service
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

        ``GET /addon-services/{addon_service_id_or_name}/region-capabilities``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addon-services/{addon_service_id_or_name}/region-capabilities",
            {"addon_service_id_or_name": addon_service_id_or_name},
            _models.AddOnRegionCapability.from_dict,
            "AddOnRegionCapability",
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

    def list_by_region(
        self,
        region_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[AddOnRegionCapability]:
        """List By Region

        List existing add-on region capabilities for a region.

        Args:
            region_id_or_name: unique identifier of region or unique name of region
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

        ``GET /regions/{region_id_or_name}/addon-region-capabilities``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/regions/{region_id_or_name}/addon-region-capabilities",
            {"region_id_or_name": region_id_or_name},
            _models.AddOnRegionCapability.from_dict,
            "AddOnRegionCapability",
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


class AddOnRegionCapabilitiesApiWithRawResponse:
    """AddOnRegionCapabilitiesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AddOnRegionCapabilitiesApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.list_by_add_on_service = _rt.raw_response(api.list_by_add_on_service)
        self.list_by_region = _rt.raw_response(api.list_by_region)


class AddOnRegionCapabilitiesApiWithStreamingResponse:
    """AddOnRegionCapabilitiesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AddOnRegionCapabilitiesApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.list_by_add_on_service = _rt.streamed_response(api.list_by_add_on_service)
        self.list_by_region = _rt.streamed_response(api.list_by_region)


class AsyncAddOnRegionCapabilitiesApiWithRawResponse:
    """AsyncAddOnRegionCapabilitiesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAddOnRegionCapabilitiesApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.list_by_add_on_service = _rt.async_raw_listing(api.list_by_add_on_service)
        self.list_by_region = _rt.async_raw_listing(api.list_by_region)


class AsyncAddOnRegionCapabilitiesApiWithStreamingResponse:
    """AsyncAddOnRegionCapabilitiesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAddOnRegionCapabilitiesApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.list_by_add_on_service = _rt.async_streamed_listing(api.list_by_add_on_service)
        self.list_by_region = _rt.async_streamed_listing(api.list_by_region)

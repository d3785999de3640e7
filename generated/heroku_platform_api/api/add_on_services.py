"""Add-on Services: Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AddOnService, Error


class AddOnServicesApi:
    """Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        addon_service_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnService:
        """Info

        Info for existing add-on-service.

        Args:
            addon_service_id_or_name: unique identifier of this add-on-service or unique name of this add-on-service
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addon-services/{addon_service_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/addon-services/{addon_service_id_or_name}",
            path_params={"addon_service_id_or_name": addon_service_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOnService.from_dict, "AddOnService")

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
    ) -> _rt.RangePages[AddOnService]:
        """List

        List existing add-on-services.

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

        ``GET /addon-services``
        """
        return _rt.RangePages(
            self._client,
            "/addon-services",
            {},
            _models.AddOnService.from_dict,
            "AddOnService",
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


class AsyncAddOnServicesApi:
    """Add-on services represent add-ons that may be provisioned for apps. Endpoints under add-on services can be accessed without authentication.

    The methods of ``AddOnServicesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        addon_service_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnService:
        """Info

        Info for existing add-on-service.

        Args:
            addon_service_id_or_name: unique identifier of this add-on-service or unique name of this add-on-service
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addon-services/{addon_service_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/addon-services/{addon_service_id_or_name}",
            path_params={"addon_service_id_or_name": addon_service_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOnService.from_dict, "AddOnService")

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
    ) -> _rt.AsyncRangePages[AddOnService]:
        """List

        List existing add-on-services.

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

        ``GET /addon-services``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addon-services",
            {},
            _models.AddOnService.from_dict,
            "AddOnService",
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


class AddOnServicesApiWithRawResponse:
    """AddOnServicesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AddOnServicesApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.list = _rt.raw_response(api.list)


class AddOnServicesApiWithStreamingResponse:
    """AddOnServicesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AddOnServicesApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.list = _rt.streamed_response(api.list)


class AsyncAddOnServicesApiWithRawResponse:
    """AsyncAddOnServicesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAddOnServicesApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.list = _rt.async_raw_listing(api.list)


class AsyncAddOnServicesApiWithStreamingResponse:
    """AsyncAddOnServicesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAddOnServicesApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.list = _rt.async_streamed_listing(api.list)

"""Add-on Webhook Deliveries: Represents the delivery of a webhook notification, including its current status."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AppWebhookDelivery, Error


class AddOnWebhookDeliveriesApi:
    """Represents the delivery of a webhook notification, including its current status."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        addon_id_or_name: str,
        app_webhook_delivery_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppWebhookDelivery:
        """Info

        Returns the info for an existing delivery.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            app_webhook_delivery_id: the delivery's unique identifier
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addons/{addon_id_or_name}/webhook-deliveries/{app_webhook_delivery_id}``
        """
        _response = self._client.request(
            "GET",
            "/addons/{addon_id_or_name}/webhook-deliveries/{app_webhook_delivery_id}",
            path_params={
                "addon_id_or_name": addon_id_or_name,
                "app_webhook_delivery_id": app_webhook_delivery_id,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppWebhookDelivery.from_dict, "AppWebhookDelivery")

    def list(
        self,
        addon_id_or_name: str,
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
    ) -> _rt.RangePages[AppWebhookDelivery]:
        """List

        Lists existing deliveries for an add-on.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
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

        ``GET /addons/{addon_id_or_name}/webhook-deliveries``
        """
        return _rt.RangePages(
            self._client,
            "/addons/{addon_id_or_name}/webhook-deliveries",
            {"addon_id_or_name": addon_id_or_name},
            _models.AppWebhookDelivery.from_dict,
            "AppWebhookDelivery",
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


class AsyncAddOnWebhookDeliveriesApi:
    """Represents the delivery of a webhook notification, including its current status.

    The methods of ``AddOnWebhookDeliveriesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        addon_id_or_name: str,
        app_webhook_delivery_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppWebhookDelivery:
        """Info

        Returns the info for an existing delivery.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            app_webhook_delivery_id: the delivery's unique identifier
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addons/{addon_id_or_name}/webhook-deliveries/{app_webhook_delivery_id}``
        """
        _response = await self._client.request(
            "GET",
            "/addons/{addon_id_or_name}/webhook-deliveries/{app_webhook_delivery_id}",
            path_params={
                "addon_id_or_name": addon_id_or_name,
                "app_webhook_delivery_id": app_webhook_delivery_id,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppWebhookDelivery.from_dict, "AppWebhookDelivery")

    def list(
        self,
        addon_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[AppWebhookDelivery]:
        """List

        Lists existing deliveries for an add-on.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
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

        ``GET /addons/{addon_id_or_name}/webhook-deliveries``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addons/{addon_id_or_name}/webhook-deliveries",
            {"addon_id_or_name": addon_id_or_name},
            _models.AppWebhookDelivery.from_dict,
            "AppWebhookDelivery",
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


class AddOnWebhookDeliveriesApiWithRawResponse:
    """AddOnWebhookDeliveriesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AddOnWebhookDeliveriesApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.list = _rt.raw_response(api.list)


class AddOnWebhookDeliveriesApiWithStreamingResponse:
    """AddOnWebhookDeliveriesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AddOnWebhookDeliveriesApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.list = _rt.streamed_response(api.list)


class AsyncAddOnWebhookDeliveriesApiWithRawResponse:
    """AsyncAddOnWebhookDeliveriesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAddOnWebhookDeliveriesApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.list = _rt.async_raw_listing(api.list)


class AsyncAddOnWebhookDeliveriesApiWithStreamingResponse:
    """AsyncAddOnWebhookDeliveriesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAddOnWebhookDeliveriesApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.list = _rt.async_streamed_listing(api.list)

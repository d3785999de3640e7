"""Add-on Webhooks: Represents the details of a webhook subscription"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AddOnWebhookAddonWebhook, AppWebhookLevel, Error


class AddOnWebhooksApi:
    """Represents the details of a webhook subscription"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

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
    ) -> _rt.RangePages[AddOnWebhookAddonWebhook]:
        """List

        List all webhook subscriptions for a particular add-on.  Can only be accessed by the add-on partner providing this add-on.

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

        ``GET /addons/{addon_id_or_name}/webhooks``
        """
        return _rt.RangePages(
            self._client,
            "/addons/{addon_id_or_name}/webhooks",
            {"addon_id_or_name": addon_id_or_name},
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
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
        addon_id_or_name: str,
        *,
        include: builtins.list[str],
        level: AppWebhookLevel,
        url: str,
        authorization: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        secret: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnWebhookAddonWebhook:
        """Create

        Create an add-on webhook subscription.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            include: the entities that the subscription provides notifications for
            level: if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached
            url: the URL where the webhook's notification requests are sent
            authorization: a custom `Authorization` header that Heroku will include with all webhook notifications
            secret: a value that Heroku will use to sign all webhook notification requests (the signature is included in the request’s `Heroku-Webhook-Hmac-SHA256` header)
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /addons/{addon_id_or_name}/webhooks``
        """
        _response = self._client.request(
            "POST",
            "/addons/{addon_id_or_name}/webhooks",
            path_params={"addon_id_or_name": addon_id_or_name},
            json_body=_rt.fields(
                {
                    "authorization": authorization,
                    "include": include,
                    "level": level,
                    "secret": secret,
                    "url": url,
                },
            ),
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
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
        )

    def info(
        self,
        addon_id_or_name: str,
        app_webhook_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnWebhookAddonWebhook:
        """Info

        Returns the info for an add-on webhook subscription.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            app_webhook_id: the webhook's unique identifier
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addons/{addon_id_or_name}/webhooks/{app_webhook_id}``
        """
        _response = self._client.request(
            "GET",
            "/addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
            path_params={"addon_id_or_name": addon_id_or_name, "app_webhook_id": app_webhook_id},
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
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
        )

    def delete(
        self,
        addon_id_or_name: str,
        app_webhook_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnWebhookAddonWebhook:
        """Delete

        Removes an add-on webhook subscription.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            app_webhook_id: the webhook's unique identifier
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /addons/{addon_id_or_name}/webhooks/{app_webhook_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
            path_params={"addon_id_or_name": addon_id_or_name, "app_webhook_id": app_webhook_id},
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
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
        )

    def update(
        self,
        addon_id_or_name: str,
        app_webhook_id: str,
        *,
        authorization: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        include: Union[builtins.list[str], _rt.Unset] = _rt.UNSET,
        level: Union[AppWebhookLevel, _rt.Unset] = _rt.UNSET,
        secret: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        url: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnWebhookAddonWebhook:
        """Update

        Updates the details of an add-on webhook subscription.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            app_webhook_id: the webhook's unique identifier
            authorization: a custom `Authorization` header that Heroku will include with all webhook notifications
            include: the entities that the subscription provides notifications for
            level: if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached
            secret: a value that Heroku will use to sign all webhook notification requests (the signature is included in the request’s `Heroku-Webhook-Hmac-SHA256` header)
            url: the URL where the webhook's notification requests are sent
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /addons/{addon_id_or_name}/webhooks/{app_webhook_id}``
        """
        _response = self._client.request(
            "PATCH",
            "/addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
            path_params={"addon_id_or_name": addon_id_or_name, "app_webhook_id": app_webhook_id},
            json_body=_rt.fields(
                {
                    "authorization": authorization,
                    "include": include,
                    "level": level,
                    "secret": secret,
                    "url": url,
                },
            ),
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
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
        )


class AsyncAddOnWebhooksApi:
    """Represents the details of a webhook subscription

    The methods of ``AddOnWebhooksApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

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
    ) -> _rt.AsyncRangePages[AddOnWebhookAddonWebhook]:
        """List

        List all webhook subscriptions for a particular add-on.  Can only be accessed by the add-on partner providing this add-on.

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

        ``GET /addons/{addon_id_or_name}/webhooks``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/addons/{addon_id_or_name}/webhooks",
            {"addon_id_or_name": addon_id_or_name},
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
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
        addon_id_or_name: str,
        *,
        include: builtins.list[str],
        level: AppWebhookLevel,
        url: str,
        authorization: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        secret: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnWebhookAddonWebhook:
        """Create

        Create an add-on webhook subscription.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            include: the entities that the subscription provides notifications for
            level: if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached
            url: the URL where the webhook's notification requests are sent
            authorization: a custom `Authorization` header that Heroku will include with all webhook notifications
            secret: a value that Heroku will use to sign all webhook notification requests (the signature is included in the request’s `Heroku-Webhook-Hmac-SHA256` header)
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /addons/{addon_id_or_name}/webhooks``
        """
        _response = await self._client.request(
            "POST",
            "/addons/{addon_id_or_name}/webhooks",
            path_params={"addon_id_or_name": addon_id_or_name},
            json_body=_rt.fields(
                {
                    "authorization": authorization,
                    "include": include,
                    "level": level,
                    "secret": secret,
                    "url": url,
                },
            ),
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
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
        )

    async def info(
        self,
        addon_id_or_name: str,
        app_webhook_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnWebhookAddonWebhook:
        """Info

        Returns the info for an add-on webhook subscription.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            app_webhook_id: the webhook's unique identifier
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /addons/{addon_id_or_name}/webhooks/{app_webhook_id}``
        """
        _response = await self._client.request(
            "GET",
            "/addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
            path_params={"addon_id_or_name": addon_id_or_name, "app_webhook_id": app_webhook_id},
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
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
        )

    async def delete(
        self,
        addon_id_or_name: str,
        app_webhook_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnWebhookAddonWebhook:
        """Delete

        Removes an add-on webhook subscription.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            app_webhook_id: the webhook's unique identifier
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /addons/{addon_id_or_name}/webhooks/{app_webhook_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
            path_params={"addon_id_or_name": addon_id_or_name, "app_webhook_id": app_webhook_id},
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
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
        )

    async def update(
        self,
        addon_id_or_name: str,
        app_webhook_id: str,
        *,
        authorization: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        include: Union[builtins.list[str], _rt.Unset] = _rt.UNSET,
        level: Union[AppWebhookLevel, _rt.Unset] = _rt.UNSET,
        secret: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        url: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOnWebhookAddonWebhook:
        """Update

        Updates the details of an add-on webhook subscription.  Can only be accessed by the add-on partner providing this add-on.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            app_webhook_id: the webhook's unique identifier
            authorization: a custom `Authorization` header that Heroku will include with all webhook notifications
            include: the entities that the subscription provides notifications for
            level: if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached
            secret: a value that Heroku will use to sign all webhook notification requests (the signature is included in the request’s `Heroku-Webhook-Hmac-SHA256` header)
            url: the URL where the webhook's notification requests are sent
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /addons/{addon_id_or_name}/webhooks/{app_webhook_id}``
        """
        _response = await self._client.request(
            "PATCH",
            "/addons/{addon_id_or_name}/webhooks/{app_webhook_id}",
            path_params={"addon_id_or_name": addon_id_or_name, "app_webhook_id": app_webhook_id},
            json_body=_rt.fields(
                {
                    "authorization": authorization,
                    "include": include,
                    "level": level,
                    "secret": secret,
                    "url": url,
                },
            ),
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
            _models.AddOnWebhookAddonWebhook.from_dict,
            "AddOnWebhookAddonWebhook",
        )


class AddOnWebhooksApiWithRawResponse:
    """AddOnWebhooksApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AddOnWebhooksApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)


class AddOnWebhooksApiWithStreamingResponse:
    """AddOnWebhooksApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AddOnWebhooksApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)


class AsyncAddOnWebhooksApiWithRawResponse:
    """AsyncAddOnWebhooksApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAddOnWebhooksApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)


class AsyncAddOnWebhooksApiWithStreamingResponse:
    """AsyncAddOnWebhooksApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAddOnWebhooksApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)

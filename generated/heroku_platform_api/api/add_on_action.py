"""Add-on Action: Add-on Actions are lifecycle operations for add-on provisioning and deprovisioning. They allow add-on providers to (de)provision add-ons in the background and then report back when (de)provisioning is complete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AddOn, Error


class AddOnActionApi:
    """Add-on Actions are lifecycle operations for add-on provisioning and deprovisioning. They allow add-on providers to (de)provision add-ons in the background and then report back when (de)provisioning is complete."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def provision(
        self,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Provision

        Mark an add-on as provisioned for use.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /addons/{addon_id_or_name}/actions/provision``
        """
        _response = self._client.request(
            "POST",
            "/addons/{addon_id_or_name}/actions/provision",
            path_params={"addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    def deprovision(
        self,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Deprovision

        Mark an add-on as deprovisioned.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /addons/{addon_id_or_name}/actions/deprovision``
        """
        _response = self._client.request(
            "POST",
            "/addons/{addon_id_or_name}/actions/deprovision",
            path_params={"addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")


class AsyncAddOnActionApi:
    """Add-on Actions are lifecycle operations for add-on provisioning and deprovisioning. They allow add-on providers to (de)provision add-ons in the background and then report back when (de)provisioning is complete.

    The methods of ``AddOnActionApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def provision(
        self,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Provision

        Mark an add-on as provisioned for use.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /addons/{addon_id_or_name}/actions/provision``
        """
        _response = await self._client.request(
            "POST",
            "/addons/{addon_id_or_name}/actions/provision",
            path_params={"addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")

    async def deprovision(
        self,
        addon_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AddOn:
        """Deprovision

        Mark an add-on as deprovisioned.

        Args:
            addon_id_or_name: unique identifier of add-on or globally unique name of the add-on
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /addons/{addon_id_or_name}/actions/deprovision``
        """
        _response = await self._client.request(
            "POST",
            "/addons/{addon_id_or_name}/actions/deprovision",
            path_params={"addon_id_or_name": addon_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AddOn.from_dict, "AddOn")


class AddOnActionApiWithRawResponse:
    """AddOnActionApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AddOnActionApi) -> None:
        self.provision = _rt.raw_response(api.provision)
        self.deprovision = _rt.raw_response(api.deprovision)


class AddOnActionApiWithStreamingResponse:
    """AddOnActionApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AddOnActionApi) -> None:
        self.provision = _rt.streamed_response(api.provision)
        self.deprovision = _rt.streamed_response(api.deprovision)


class AsyncAddOnActionApiWithRawResponse:
    """AsyncAddOnActionApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAddOnActionApi) -> None:
        self.provision = _rt.async_raw_response(api.provision)
        self.deprovision = _rt.async_raw_response(api.deprovision)


class AsyncAddOnActionApiWithStreamingResponse:
    """AsyncAddOnActionApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAddOnActionApi) -> None:
        self.provision = _rt.async_streamed_response(api.provision)
        self.deprovision = _rt.async_streamed_response(api.deprovision)

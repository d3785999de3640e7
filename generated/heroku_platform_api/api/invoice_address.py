"""Invoice Address: An invoice address represents the address that should be listed on an invoice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, InvoiceAddress


class InvoiceAddressApi:
    """An invoice address represents the address that should be listed on an invoice."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InvoiceAddress:
        """info

        Retrieve existing invoice address.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /account/invoice-address``
        """
        _response = self._client.request(
            "GET",
            "/account/invoice-address",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.InvoiceAddress.from_dict, "InvoiceAddress")

    def update(
        self,
        *,
        address_1: Union[str, _rt.Unset] = _rt.UNSET,
        address_2: Union[str, _rt.Unset] = _rt.UNSET,
        city: Union[str, _rt.Unset] = _rt.UNSET,
        country: Union[str, _rt.Unset] = _rt.UNSET,
        other: Union[str, _rt.Unset] = _rt.UNSET,
        postal_code: Union[str, _rt.Unset] = _rt.UNSET,
        state: Union[str, _rt.Unset] = _rt.UNSET,
        use_invoice_address: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InvoiceAddress:
        """update

        Update invoice address for an account.

        Args:
            address_1: invoice street address line 1
            address_2: invoice street address line 2
            city: invoice city
            country: country
            other: metadata / additional information to go on invoice
            postal_code: invoice zip code
            state: invoice state
            use_invoice_address: flag to use the invoice address for an account or not

                Default: False.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /account/invoice-address``
        """
        _response = self._client.request(
            "PUT",
            "/account/invoice-address",
            json_body=_rt.fields(
                {
                    "address_1": address_1,
                    "address_2": address_2,
                    "city": city,
                    "country": country,
                    "other": other,
                    "postal_code": postal_code,
                    "state": state,
                    "use_invoice_address": use_invoice_address,
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
        return _rt.decode(_response, _models.InvoiceAddress.from_dict, "InvoiceAddress")


class AsyncInvoiceAddressApi:
    """An invoice address represents the address that should be listed on an invoice.

    The methods of ``InvoiceAddressApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InvoiceAddress:
        """info

        Retrieve existing invoice address.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /account/invoice-address``
        """
        _response = await self._client.request(
            "GET",
            "/account/invoice-address",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.InvoiceAddress.from_dict, "InvoiceAddress")

    async def update(
        self,
        *,
        address_1: Union[str, _rt.Unset] = _rt.UNSET,
        address_2: Union[str, _rt.Unset] = _rt.UNSET,
        city: Union[str, _rt.Unset] = _rt.UNSET,
        country: Union[str, _rt.Unset] = _rt.UNSET,
        other: Union[str, _rt.Unset] = _rt.UNSET,
        postal_code: Union[str, _rt.Unset] = _rt.UNSET,
        state: Union[str, _rt.Unset] = _rt.UNSET,
        use_invoice_address: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InvoiceAddress:
        """update

        Update invoice address for an account.

        Args:
            address_1: invoice street address line 1
            address_2: invoice street address line 2
            city: invoice city
            country: country
            other: metadata / additional information to go on invoice
            postal_code: invoice zip code
            state: invoice state
            use_invoice_address: flag to use the invoice address for an account or not

                Default: False.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /account/invoice-address``
        """
        _response = await self._client.request(
            "PUT",
            "/account/invoice-address",
            json_body=_rt.fields(
                {
                    "address_1": address_1,
                    "address_2": address_2,
                    "city": city,
                    "country": country,
                    "other": other,
                    "postal_code": postal_code,
                    "state": state,
                    "use_invoice_address": use_invoice_address,
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
        return _rt.decode(_response, _models.InvoiceAddress.from_dict, "InvoiceAddress")


class InvoiceAddressApiWithRawResponse:
    """InvoiceAddressApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: InvoiceAddressApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.update = _rt.raw_response(api.update)


class InvoiceAddressApiWithStreamingResponse:
    """InvoiceAddressApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: InvoiceAddressApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.update = _rt.streamed_response(api.update)


class AsyncInvoiceAddressApiWithRawResponse:
    """AsyncInvoiceAddressApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncInvoiceAddressApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.update = _rt.async_raw_response(api.update)


class AsyncInvoiceAddressApiWithStreamingResponse:
    """AsyncInvoiceAddressApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncInvoiceAddressApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.update = _rt.async_streamed_response(api.update)

"""SNI Endpoints: SNI Endpoint is a public address serving a custom SSL cert for HTTPS traffic, using the SNI TLS extension, to a Heroku app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, SniEndpoint


class SNIEndpointsApi:
    """SNI Endpoint is a public address serving a custom SSL cert for HTTPS traffic, using the SNI TLS extension, to a Heroku app."""

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
    ) -> _rt.RangePages[SniEndpoint]:
        """List

        List existing SNI endpoints.

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

        ``GET /apps/{app_id_or_name}/sni-endpoints``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/sni-endpoints",
            {"app_id_or_name": app_id_or_name},
            _models.SniEndpoint.from_dict,
            "SniEndpoint",
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
        app_id_or_name: str,
        *,
        certificate_chain: str,
        private_key: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SniEndpoint:
        """Create

        Create a new SNI endpoint.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            certificate_chain: raw contents of the public certificate chain (eg: .crt or .pem file)
            private_key: contents of the private key (eg .key file)
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/sni-endpoints``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/sni-endpoints",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {"certificate_chain": certificate_chain, "private_key": private_key},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SniEndpoint.from_dict, "SniEndpoint")

    def info(
        self,
        app_id_or_name: str,
        sni_endpoint_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SniEndpoint:
        """Info

        Info for existing SNI endpoint.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            sni_endpoint_id_or_name: unique identifier of this SNI endpoint or unique name for SNI endpoint
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "sni_endpoint_id_or_name": sni_endpoint_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SniEndpoint.from_dict, "SniEndpoint")

    def delete(
        self,
        app_id_or_name: str,
        sni_endpoint_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SniEndpoint:
        """Delete

        Delete existing SNI endpoint.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            sni_endpoint_id_or_name: unique identifier of this SNI endpoint or unique name for SNI endpoint
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}``
        """
        _response = self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "sni_endpoint_id_or_name": sni_endpoint_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SniEndpoint.from_dict, "SniEndpoint")

    def update(
        self,
        app_id_or_name: str,
        sni_endpoint_id_or_name: str,
        *,
        certificate_chain: str,
        private_key: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SniEndpoint:
        """Update

        Update an existing SNI endpoint.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            sni_endpoint_id_or_name: unique identifier of this SNI endpoint or unique name for SNI endpoint
            certificate_chain: raw contents of the public certificate chain (eg: .crt or .pem file)
            private_key: contents of the private key (eg .key file)
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "sni_endpoint_id_or_name": sni_endpoint_id_or_name,
            },
            json_body=_rt.fields(
                {"certificate_chain": certificate_chain, "private_key": private_key},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SniEndpoint.from_dict, "SniEndpoint")


class AsyncSNIEndpointsApi:
    """SNI Endpoint is a public address serving a custom SSL cert for HTTPS traffic, using the SNI TLS extension, to a Heroku app.

    The methods of ``SNIEndpointsApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[SniEndpoint]:
        """List

        List existing SNI endpoints.

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

        ``GET /apps/{app_id_or_name}/sni-endpoints``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/sni-endpoints",
            {"app_id_or_name": app_id_or_name},
            _models.SniEndpoint.from_dict,
            "SniEndpoint",
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
        app_id_or_name: str,
        *,
        certificate_chain: str,
        private_key: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SniEndpoint:
        """Create

        Create a new SNI endpoint.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            certificate_chain: raw contents of the public certificate chain (eg: .crt or .pem file)
            private_key: contents of the private key (eg .key file)
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/sni-endpoints``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/sni-endpoints",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {"certificate_chain": certificate_chain, "private_key": private_key},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SniEndpoint.from_dict, "SniEndpoint")

    async def info(
        self,
        app_id_or_name: str,
        sni_endpoint_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SniEndpoint:
        """Info

        Info for existing SNI endpoint.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            sni_endpoint_id_or_name: unique identifier of this SNI endpoint or unique name for SNI endpoint
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "sni_endpoint_id_or_name": sni_endpoint_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SniEndpoint.from_dict, "SniEndpoint")

    async def delete(
        self,
        app_id_or_name: str,
        sni_endpoint_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SniEndpoint:
        """Delete

        Delete existing SNI endpoint.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            sni_endpoint_id_or_name: unique identifier of this SNI endpoint or unique name for SNI endpoint
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}``
        """
        _response = await self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "sni_endpoint_id_or_name": sni_endpoint_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SniEndpoint.from_dict, "SniEndpoint")

    async def update(
        self,
        app_id_or_name: str,
        sni_endpoint_id_or_name: str,
        *,
        certificate_chain: str,
        private_key: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SniEndpoint:
        """Update

        Update an existing SNI endpoint.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            sni_endpoint_id_or_name: unique identifier of this SNI endpoint or unique name for SNI endpoint
            certificate_chain: raw contents of the public certificate chain (eg: .crt or .pem file)
            private_key: contents of the private key (eg .key file)
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/sni-endpoints/{sni_endpoint_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "sni_endpoint_id_or_name": sni_endpoint_id_or_name,
            },
            json_body=_rt.fields(
                {"certificate_chain": certificate_chain, "private_key": private_key},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SniEndpoint.from_dict, "SniEndpoint")


class SNIEndpointsApiWithRawResponse:
    """SNIEndpointsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: SNIEndpointsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)


class SNIEndpointsApiWithStreamingResponse:
    """SNIEndpointsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: SNIEndpointsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)


class AsyncSNIEndpointsApiWithRawResponse:
    """AsyncSNIEndpointsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncSNIEndpointsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)


class AsyncSNIEndpointsApiWithStreamingResponse:
    """AsyncSNIEndpointsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncSNIEndpointsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)

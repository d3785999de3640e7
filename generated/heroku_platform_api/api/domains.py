"""Domains: Domains define what web routes should be routed to an app on Heroku."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Domain, Error


class DomainsApi:
    """Domains define what web routes should be routed to an app on Heroku."""

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
    ) -> _rt.RangePages[Domain]:
        """List

        List existing domains.

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

        ``GET /apps/{app_id_or_name}/domains``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/domains",
            {"app_id_or_name": app_id_or_name},
            _models.Domain.from_dict,
            "Domain",
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
        hostname: str,
        sni_endpoint: Optional[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Domain:
        """Create

        Create a new domain.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            hostname: full hostname
            sni_endpoint: null or unique identifier or name for SNI endpoint
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/domains``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/domains",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"hostname": hostname, "sni_endpoint": sni_endpoint}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Domain.from_dict, "Domain")

    def info(
        self,
        app_id_or_name: str,
        domain_id_or_hostname: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Domain:
        """Info

        Info for existing domain.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            domain_id_or_hostname: unique identifier of this domain or full hostname
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/domains/{domain_id_or_hostname}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "domain_id_or_hostname": domain_id_or_hostname,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Domain.from_dict, "Domain")

    def delete(
        self,
        app_id_or_name: str,
        domain_id_or_hostname: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Domain:
        """Delete

        Delete an existing domain

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            domain_id_or_hostname: unique identifier of this domain or full hostname
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/domains/{domain_id_or_hostname}``
        """
        _response = self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "domain_id_or_hostname": domain_id_or_hostname,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Domain.from_dict, "Domain")

    def update(
        self,
        app_id_or_name: str,
        domain_id_or_hostname: str,
        *,
        sni_endpoint: Optional[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Domain:
        """Update

        Associate an SNI endpoint

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            domain_id_or_hostname: unique identifier of this domain or full hostname
            sni_endpoint: null or unique identifier or name for SNI endpoint
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/domains/{domain_id_or_hostname}``
        """
        _response = self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "domain_id_or_hostname": domain_id_or_hostname,
            },
            json_body=_rt.fields({"sni_endpoint": sni_endpoint}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Domain.from_dict, "Domain")


class AsyncDomainsApi:
    """Domains define what web routes should be routed to an app on Heroku.

    The methods of ``DomainsApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[Domain]:
        """List

        List existing domains.

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

        ``GET /apps/{app_id_or_name}/domains``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/domains",
            {"app_id_or_name": app_id_or_name},
            _models.Domain.from_dict,
            "Domain",
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
        hostname: str,
        sni_endpoint: Optional[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Domain:
        """Create

        Create a new domain.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            hostname: full hostname
            sni_endpoint: null or unique identifier or name for SNI endpoint
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/domains``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/domains",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"hostname": hostname, "sni_endpoint": sni_endpoint}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Domain.from_dict, "Domain")

    async def info(
        self,
        app_id_or_name: str,
        domain_id_or_hostname: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Domain:
        """Info

        Info for existing domain.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            domain_id_or_hostname: unique identifier of this domain or full hostname
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/domains/{domain_id_or_hostname}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "domain_id_or_hostname": domain_id_or_hostname,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Domain.from_dict, "Domain")

    async def delete(
        self,
        app_id_or_name: str,
        domain_id_or_hostname: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Domain:
        """Delete

        Delete an existing domain

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            domain_id_or_hostname: unique identifier of this domain or full hostname
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /apps/{app_id_or_name}/domains/{domain_id_or_hostname}``
        """
        _response = await self._client.request(
            "DELETE",
            "/apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "domain_id_or_hostname": domain_id_or_hostname,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Domain.from_dict, "Domain")

    async def update(
        self,
        app_id_or_name: str,
        domain_id_or_hostname: str,
        *,
        sni_endpoint: Optional[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Domain:
        """Update

        Associate an SNI endpoint

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            domain_id_or_hostname: unique identifier of this domain or full hostname
            sni_endpoint: null or unique identifier or name for SNI endpoint
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/domains/{domain_id_or_hostname}``
        """
        _response = await self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/domains/{domain_id_or_hostname}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "domain_id_or_hostname": domain_id_or_hostname,
            },
            json_body=_rt.fields({"sni_endpoint": sni_endpoint}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Domain.from_dict, "Domain")


class DomainsApiWithRawResponse:
    """DomainsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: DomainsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)


class DomainsApiWithStreamingResponse:
    """DomainsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: DomainsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)


class AsyncDomainsApiWithRawResponse:
    """AsyncDomainsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncDomainsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)


class AsyncDomainsApiWithStreamingResponse:
    """AsyncDomainsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncDomainsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)

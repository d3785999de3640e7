"""Audit Trail Archives: An audit trail archive represents a monthly json zipped file containing events"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Archive, Error


class AuditTrailArchivesApi:
    """An audit trail archive represents a monthly json zipped file containing events"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def archive_info(
        self,
        enterprise_account_id_or_name: str,
        archive_year: int,
        archive_month: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Archive:
        """Info

        Get archive for a single month.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            archive_year: year of the archive
            archive_month: month of the archive
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}/archives/{archive_year}/{archive_month}``
        """
        _response = self._client.request(
            "GET",
            "/enterprise-accounts/{enterprise_account_id_or_name}/archives/{archive_year}/{archive_month}",
            path_params={
                "enterprise_account_id_or_name": enterprise_account_id_or_name,
                "archive_year": archive_year,
                "archive_month": archive_month,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Archive.from_dict, "Archive")

    def archive_list(
        self,
        enterprise_account_id_or_name: str,
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
    ) -> _rt.RangePages[Archive]:
        """List

        List existing archives.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
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

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}/archives``
        """
        return _rt.RangePages(
            self._client,
            "/enterprise-accounts/{enterprise_account_id_or_name}/archives",
            {"enterprise_account_id_or_name": enterprise_account_id_or_name},
            _models.Archive.from_dict,
            "Archive",
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


class AsyncAuditTrailArchivesApi:
    """An audit trail archive represents a monthly json zipped file containing events

    The methods of ``AuditTrailArchivesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def archive_info(
        self,
        enterprise_account_id_or_name: str,
        archive_year: int,
        archive_month: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Archive:
        """Info

        Get archive for a single month.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            archive_year: year of the archive
            archive_month: month of the archive
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}/archives/{archive_year}/{archive_month}``
        """
        _response = await self._client.request(
            "GET",
            "/enterprise-accounts/{enterprise_account_id_or_name}/archives/{archive_year}/{archive_month}",
            path_params={
                "enterprise_account_id_or_name": enterprise_account_id_or_name,
                "archive_year": archive_year,
                "archive_month": archive_month,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Archive.from_dict, "Archive")

    def archive_list(
        self,
        enterprise_account_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[Archive]:
        """List

        List existing archives.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
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

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}/archives``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/enterprise-accounts/{enterprise_account_id_or_name}/archives",
            {"enterprise_account_id_or_name": enterprise_account_id_or_name},
            _models.Archive.from_dict,
            "Archive",
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


class AuditTrailArchivesApiWithRawResponse:
    """AuditTrailArchivesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AuditTrailArchivesApi) -> None:
        self.archive_info = _rt.raw_response(api.archive_info)
        self.archive_list = _rt.raw_response(api.archive_list)


class AuditTrailArchivesApiWithStreamingResponse:
    """AuditTrailArchivesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AuditTrailArchivesApi) -> None:
        self.archive_info = _rt.streamed_response(api.archive_info)
        self.archive_list = _rt.streamed_response(api.archive_list)


class AsyncAuditTrailArchivesApiWithRawResponse:
    """AsyncAuditTrailArchivesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAuditTrailArchivesApi) -> None:
        self.archive_info = _rt.async_raw_response(api.archive_info)
        self.archive_list = _rt.async_raw_listing(api.archive_list)


class AsyncAuditTrailArchivesApiWithStreamingResponse:
    """AsyncAuditTrailArchivesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAuditTrailArchivesApi) -> None:
        self.archive_info = _rt.async_streamed_response(api.archive_info)
        self.archive_list = _rt.async_streamed_listing(api.archive_list)

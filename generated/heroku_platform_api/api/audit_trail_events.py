"""Audit Trail Events: An audit trail event represents some action on the platform"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AuditTrailEvent, Error


class AuditTrailEventsApi:
    """An audit trail event represents some action on the platform"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.RangePages[AuditTrailEvent]:
        """List

        List existing events. Returns all events for one day, defaulting to current day. Order, actor, action, and type, and day query params can be specified as query parameters. For example, '/enterprise-accounts/:id/events?order=desc&actor=user@example.com&action=create&type=app&day=2020-09-30' would return events in descending order and only return app created events by the user with user@example.com email address.

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

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}/events``
        """
        return _rt.RangePages(
            self._client,
            "/enterprise-accounts/{enterprise_account_id_or_name}/events",
            {"enterprise_account_id_or_name": enterprise_account_id_or_name},
            _models.AuditTrailEvent.from_dict,
            "AuditTrailEvent",
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


class AsyncAuditTrailEventsApi:
    """An audit trail event represents some action on the platform

    The methods of ``AuditTrailEventsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.AsyncRangePages[AuditTrailEvent]:
        """List

        List existing events. Returns all events for one day, defaulting to current day. Order, actor, action, and type, and day query params can be specified as query parameters. For example, '/enterprise-accounts/:id/events?order=desc&actor=user@example.com&action=create&type=app&day=2020-09-30' would return events in descending order and only return app created events by the user with user@example.com email address.

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

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}/events``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/enterprise-accounts/{enterprise_account_id_or_name}/events",
            {"enterprise_account_id_or_name": enterprise_account_id_or_name},
            _models.AuditTrailEvent.from_dict,
            "AuditTrailEvent",
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


class AuditTrailEventsApiWithRawResponse:
    """AuditTrailEventsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AuditTrailEventsApi) -> None:
        self.list = _rt.raw_response(api.list)


class AuditTrailEventsApiWithStreamingResponse:
    """AuditTrailEventsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AuditTrailEventsApi) -> None:
        self.list = _rt.streamed_response(api.list)


class AsyncAuditTrailEventsApiWithRawResponse:
    """AsyncAuditTrailEventsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAuditTrailEventsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)


class AsyncAuditTrailEventsApiWithStreamingResponse:
    """AsyncAuditTrailEventsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAuditTrailEventsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)

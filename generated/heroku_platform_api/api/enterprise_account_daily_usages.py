"""Enterprise Account Daily Usages: Usage for an enterprise account at a daily resolution."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import EnterpriseAccountDailyUsage, Error


class EnterpriseAccountDailyUsagesApi:
    """Usage for an enterprise account at a daily resolution."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        enterprise_account_id: str,
        *,
        start: str,
        end: Union[str, _rt.Unset] = _rt.UNSET,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        range_start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.RangePages[EnterpriseAccountDailyUsage]:
        """Info

        Retrieves usage for an enterprise account for a range of days. Start and end dates can be specified as query parameters using the date format YYYY-MM-DD. The enterprise account identifier can be found from the [enterprise account list](https://devcenter.heroku.com/articles/platform-api-reference#enterprise-account-list).

        Args:
            enterprise_account_id: unique identifier of the enterprise account
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            range_start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /enterprise-accounts/{enterprise_account_id}/usage/daily``
        """
        return _rt.RangePages(
            self._client,
            "/enterprise-accounts/{enterprise_account_id}/usage/daily",
            {"enterprise_account_id": enterprise_account_id},
            _models.EnterpriseAccountDailyUsage.from_dict,
            "EnterpriseAccountDailyUsage",
            method="GET",
            request_args=dict(
                query={"start": start, "end": end},
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
            start=range_start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncEnterpriseAccountDailyUsagesApi:
    """Usage for an enterprise account at a daily resolution.

    The methods of ``EnterpriseAccountDailyUsagesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def info(
        self,
        enterprise_account_id: str,
        *,
        start: str,
        end: Union[str, _rt.Unset] = _rt.UNSET,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        range_start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.AsyncRangePages[EnterpriseAccountDailyUsage]:
        """Info

        Retrieves usage for an enterprise account for a range of days. Start and end dates can be specified as query parameters using the date format YYYY-MM-DD. The enterprise account identifier can be found from the [enterprise account list](https://devcenter.heroku.com/articles/platform-api-reference#enterprise-account-list).

        Args:
            enterprise_account_id: unique identifier of the enterprise account
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            range_start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /enterprise-accounts/{enterprise_account_id}/usage/daily``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/enterprise-accounts/{enterprise_account_id}/usage/daily",
            {"enterprise_account_id": enterprise_account_id},
            _models.EnterpriseAccountDailyUsage.from_dict,
            "EnterpriseAccountDailyUsage",
            method="GET",
            request_args=dict(
                query={"start": start, "end": end},
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
            start=range_start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )


class EnterpriseAccountDailyUsagesApiWithRawResponse:
    """EnterpriseAccountDailyUsagesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: EnterpriseAccountDailyUsagesApi) -> None:
        self.info = _rt.raw_response(api.info)


class EnterpriseAccountDailyUsagesApiWithStreamingResponse:
    """EnterpriseAccountDailyUsagesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: EnterpriseAccountDailyUsagesApi) -> None:
        self.info = _rt.streamed_response(api.info)


class AsyncEnterpriseAccountDailyUsagesApiWithRawResponse:
    """AsyncEnterpriseAccountDailyUsagesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncEnterpriseAccountDailyUsagesApi) -> None:
        self.info = _rt.async_raw_listing(api.info)


class AsyncEnterpriseAccountDailyUsagesApiWithStreamingResponse:
    """AsyncEnterpriseAccountDailyUsagesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncEnterpriseAccountDailyUsagesApi) -> None:
        self.info = _rt.async_streamed_listing(api.info)

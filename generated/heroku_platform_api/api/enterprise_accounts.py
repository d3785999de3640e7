"""Enterprise Accounts: Enterprise accounts allow companies to manage their development teams and billing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import EnterpriseAccount, Error


class EnterpriseAccountsApi:
    """Enterprise accounts allow companies to manage their development teams and billing."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

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
    ) -> _rt.RangePages[EnterpriseAccount]:
        """List

        List enterprise accounts in which you are a member.

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

        ``GET /enterprise-accounts``
        """
        return _rt.RangePages(
            self._client,
            "/enterprise-accounts",
            {},
            _models.EnterpriseAccount.from_dict,
            "EnterpriseAccount",
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

    def info(
        self,
        enterprise_account_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccount:
        """Info

        Information about an enterprise account.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/enterprise-accounts/{enterprise_account_id_or_name}",
            path_params={"enterprise_account_id_or_name": enterprise_account_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.EnterpriseAccount.from_dict, "EnterpriseAccount")

    def update(
        self,
        enterprise_account_id_or_name: str,
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccount:
        """Update

        Update enterprise account properties

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            name: unique name of the enterprise account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /enterprise-accounts/{enterprise_account_id_or_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/enterprise-accounts/{enterprise_account_id_or_name}",
            path_params={"enterprise_account_id_or_name": enterprise_account_id_or_name},
            json_body=_rt.fields({"name": name}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.EnterpriseAccount.from_dict, "EnterpriseAccount")


class AsyncEnterpriseAccountsApi:
    """Enterprise accounts allow companies to manage their development teams and billing.

    The methods of ``EnterpriseAccountsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

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
    ) -> _rt.AsyncRangePages[EnterpriseAccount]:
        """List

        List enterprise accounts in which you are a member.

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

        ``GET /enterprise-accounts``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/enterprise-accounts",
            {},
            _models.EnterpriseAccount.from_dict,
            "EnterpriseAccount",
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

    async def info(
        self,
        enterprise_account_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccount:
        """Info

        Information about an enterprise account.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/enterprise-accounts/{enterprise_account_id_or_name}",
            path_params={"enterprise_account_id_or_name": enterprise_account_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.EnterpriseAccount.from_dict, "EnterpriseAccount")

    async def update(
        self,
        enterprise_account_id_or_name: str,
        *,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccount:
        """Update

        Update enterprise account properties

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            name: unique name of the enterprise account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /enterprise-accounts/{enterprise_account_id_or_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/enterprise-accounts/{enterprise_account_id_or_name}",
            path_params={"enterprise_account_id_or_name": enterprise_account_id_or_name},
            json_body=_rt.fields({"name": name}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.EnterpriseAccount.from_dict, "EnterpriseAccount")


class EnterpriseAccountsApiWithRawResponse:
    """EnterpriseAccountsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: EnterpriseAccountsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.info = _rt.raw_response(api.info)
        self.update = _rt.raw_response(api.update)


class EnterpriseAccountsApiWithStreamingResponse:
    """EnterpriseAccountsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: EnterpriseAccountsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.info = _rt.streamed_response(api.info)
        self.update = _rt.streamed_response(api.update)


class AsyncEnterpriseAccountsApiWithRawResponse:
    """AsyncEnterpriseAccountsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncEnterpriseAccountsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.info = _rt.async_raw_response(api.info)
        self.update = _rt.async_raw_response(api.update)


class AsyncEnterpriseAccountsApiWithStreamingResponse:
    """AsyncEnterpriseAccountsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncEnterpriseAccountsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.info = _rt.async_streamed_response(api.info)
        self.update = _rt.async_streamed_response(api.update)

"""Enterprise Account Members: Enterprise account members are users with access to an enterprise account."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import EnterpriseAccountMember, EnterpriseAccountMemberPermission, Error


class EnterpriseAccountMembersApi:
    """Enterprise account members are users with access to an enterprise account."""

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
    ) -> _rt.RangePages[EnterpriseAccountMember]:
        """List

        List members in an enterprise account.

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

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}/members``
        """
        return _rt.RangePages(
            self._client,
            "/enterprise-accounts/{enterprise_account_id_or_name}/members",
            {"enterprise_account_id_or_name": enterprise_account_id_or_name},
            _models.EnterpriseAccountMember.from_dict,
            "EnterpriseAccountMember",
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
        enterprise_account_id_or_name: str,
        *,
        user: str,
        permissions: builtins.list[EnterpriseAccountMemberPermission],
        federated: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccountMember:
        """Create

        Create a member in an enterprise account.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            permissions: permissions for enterprise account
            federated: whether membership is being created as part of SSO JIT
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /enterprise-accounts/{enterprise_account_id_or_name}/members``
        """
        _response = self._client.request(
            "POST",
            "/enterprise-accounts/{enterprise_account_id_or_name}/members",
            path_params={"enterprise_account_id_or_name": enterprise_account_id_or_name},
            json_body=_rt.fields(
                {"user": user, "permissions": permissions, "federated": federated},
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
            _models.EnterpriseAccountMember.from_dict,
            "EnterpriseAccountMember",
        )

    def delete(
        self,
        enterprise_account_id_or_name: str,
        enterprise_account_member_email_or_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccountMember:
        """Delete

        delete a member in an enterprise account.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            enterprise_account_member_email_or_id: unique email address of account or unique identifier of an account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}",
            path_params={
                "enterprise_account_id_or_name": enterprise_account_id_or_name,
                "enterprise_account_member_email_or_id": enterprise_account_member_email_or_id,
            },
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
            _models.EnterpriseAccountMember.from_dict,
            "EnterpriseAccountMember",
        )

    def update(
        self,
        enterprise_account_id_or_name: str,
        enterprise_account_member_email_or_id: str,
        *,
        permissions: builtins.list[EnterpriseAccountMemberPermission],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccountMember:
        """Update

        Update a member in an enterprise account.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            enterprise_account_member_email_or_id: unique email address of account or unique identifier of an account
            permissions: permissions for enterprise account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}``
        """
        _response = self._client.request(
            "PATCH",
            "/enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}",
            path_params={
                "enterprise_account_id_or_name": enterprise_account_id_or_name,
                "enterprise_account_member_email_or_id": enterprise_account_member_email_or_id,
            },
            json_body=_rt.fields({"permissions": permissions}),
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
            _models.EnterpriseAccountMember.from_dict,
            "EnterpriseAccountMember",
        )


class AsyncEnterpriseAccountMembersApi:
    """Enterprise account members are users with access to an enterprise account.

    The methods of ``EnterpriseAccountMembersApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[EnterpriseAccountMember]:
        """List

        List members in an enterprise account.

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

        ``GET /enterprise-accounts/{enterprise_account_id_or_name}/members``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/enterprise-accounts/{enterprise_account_id_or_name}/members",
            {"enterprise_account_id_or_name": enterprise_account_id_or_name},
            _models.EnterpriseAccountMember.from_dict,
            "EnterpriseAccountMember",
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
        enterprise_account_id_or_name: str,
        *,
        user: str,
        permissions: builtins.list[EnterpriseAccountMemberPermission],
        federated: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccountMember:
        """Create

        Create a member in an enterprise account.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            permissions: permissions for enterprise account
            federated: whether membership is being created as part of SSO JIT
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /enterprise-accounts/{enterprise_account_id_or_name}/members``
        """
        _response = await self._client.request(
            "POST",
            "/enterprise-accounts/{enterprise_account_id_or_name}/members",
            path_params={"enterprise_account_id_or_name": enterprise_account_id_or_name},
            json_body=_rt.fields(
                {"user": user, "permissions": permissions, "federated": federated},
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
            _models.EnterpriseAccountMember.from_dict,
            "EnterpriseAccountMember",
        )

    async def delete(
        self,
        enterprise_account_id_or_name: str,
        enterprise_account_member_email_or_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccountMember:
        """Delete

        delete a member in an enterprise account.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            enterprise_account_member_email_or_id: unique email address of account or unique identifier of an account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}",
            path_params={
                "enterprise_account_id_or_name": enterprise_account_id_or_name,
                "enterprise_account_member_email_or_id": enterprise_account_member_email_or_id,
            },
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
            _models.EnterpriseAccountMember.from_dict,
            "EnterpriseAccountMember",
        )

    async def update(
        self,
        enterprise_account_id_or_name: str,
        enterprise_account_member_email_or_id: str,
        *,
        permissions: builtins.list[EnterpriseAccountMemberPermission],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> EnterpriseAccountMember:
        """Update

        Update a member in an enterprise account.

        Args:
            enterprise_account_id_or_name: unique identifier of the enterprise account or unique name of the enterprise account
            enterprise_account_member_email_or_id: unique email address of account or unique identifier of an account
            permissions: permissions for enterprise account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}``
        """
        _response = await self._client.request(
            "PATCH",
            "/enterprise-accounts/{enterprise_account_id_or_name}/members/{enterprise_account_member_email_or_id}",
            path_params={
                "enterprise_account_id_or_name": enterprise_account_id_or_name,
                "enterprise_account_member_email_or_id": enterprise_account_member_email_or_id,
            },
            json_body=_rt.fields({"permissions": permissions}),
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
            _models.EnterpriseAccountMember.from_dict,
            "EnterpriseAccountMember",
        )


class EnterpriseAccountMembersApiWithRawResponse:
    """EnterpriseAccountMembersApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: EnterpriseAccountMembersApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)


class EnterpriseAccountMembersApiWithStreamingResponse:
    """EnterpriseAccountMembersApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: EnterpriseAccountMembersApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)


class AsyncEnterpriseAccountMembersApiWithRawResponse:
    """AsyncEnterpriseAccountMembersApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncEnterpriseAccountMembersApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)


class AsyncEnterpriseAccountMembersApiWithStreamingResponse:
    """AsyncEnterpriseAccountMembersApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncEnterpriseAccountMembersApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)

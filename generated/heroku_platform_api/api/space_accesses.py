"""Space Accesses: Space access represents the permissions a particular user has on a particular space."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, SpaceAppAccess, SpaceAppAccessUpdateBodyPermissionsItem


class SpaceAccessesApi:
    """Space access represents the permissions a particular user has on a particular space."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def space_app_access_info(
        self,
        space_id_or_name: str,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SpaceAppAccess:
        """Info

        List permissions for a given user on a given space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/members/{account_email_or_id_or_self}``
        """
        _response = self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/members/{account_email_or_id_or_self}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "account_email_or_id_or_self": account_email_or_id_or_self,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SpaceAppAccess.from_dict, "SpaceAppAccess")

    def space_app_access_update(
        self,
        space_id_or_name: str,
        account_email_or_id_or_self: str,
        *,
        permissions: list[SpaceAppAccessUpdateBodyPermissionsItem],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SpaceAppAccess:
        """Update

        Update an existing user's set of permissions on a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /spaces/{space_id_or_name}/members/{account_email_or_id_or_self}``
        """
        _response = self._client.request(
            "PATCH",
            "/spaces/{space_id_or_name}/members/{account_email_or_id_or_self}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "account_email_or_id_or_self": account_email_or_id_or_self,
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
        return _rt.decode(_response, _models.SpaceAppAccess.from_dict, "SpaceAppAccess")

    def space_app_access_list(
        self,
        space_id_or_name: str,
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
    ) -> _rt.RangePages[SpaceAppAccess]:
        """List

        List all users and their permissions on a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
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

        ``GET /spaces/{space_id_or_name}/members``
        """
        return _rt.RangePages(
            self._client,
            "/spaces/{space_id_or_name}/members",
            {"space_id_or_name": space_id_or_name},
            _models.SpaceAppAccess.from_dict,
            "SpaceAppAccess",
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


class AsyncSpaceAccessesApi:
    """Space access represents the permissions a particular user has on a particular space.

    The methods of ``SpaceAccessesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def space_app_access_info(
        self,
        space_id_or_name: str,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SpaceAppAccess:
        """Info

        List permissions for a given user on a given space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/members/{account_email_or_id_or_self}``
        """
        _response = await self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/members/{account_email_or_id_or_self}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "account_email_or_id_or_self": account_email_or_id_or_self,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SpaceAppAccess.from_dict, "SpaceAppAccess")

    async def space_app_access_update(
        self,
        space_id_or_name: str,
        account_email_or_id_or_self: str,
        *,
        permissions: list[SpaceAppAccessUpdateBodyPermissionsItem],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SpaceAppAccess:
        """Update

        Update an existing user's set of permissions on a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /spaces/{space_id_or_name}/members/{account_email_or_id_or_self}``
        """
        _response = await self._client.request(
            "PATCH",
            "/spaces/{space_id_or_name}/members/{account_email_or_id_or_self}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "account_email_or_id_or_self": account_email_or_id_or_self,
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
        return _rt.decode(_response, _models.SpaceAppAccess.from_dict, "SpaceAppAccess")

    def space_app_access_list(
        self,
        space_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[SpaceAppAccess]:
        """List

        List all users and their permissions on a space.

        Args:
            space_id_or_name: unique identifier of space or unique name of space
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

        ``GET /spaces/{space_id_or_name}/members``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/spaces/{space_id_or_name}/members",
            {"space_id_or_name": space_id_or_name},
            _models.SpaceAppAccess.from_dict,
            "SpaceAppAccess",
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


class SpaceAccessesApiWithRawResponse:
    """SpaceAccessesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: SpaceAccessesApi) -> None:
        self.space_app_access_info = _rt.raw_response(api.space_app_access_info)
        self.space_app_access_update = _rt.raw_response(api.space_app_access_update)
        self.space_app_access_list = _rt.raw_response(api.space_app_access_list)


class SpaceAccessesApiWithStreamingResponse:
    """SpaceAccessesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: SpaceAccessesApi) -> None:
        self.space_app_access_info = _rt.streamed_response(api.space_app_access_info)
        self.space_app_access_update = _rt.streamed_response(api.space_app_access_update)
        self.space_app_access_list = _rt.streamed_response(api.space_app_access_list)


class AsyncSpaceAccessesApiWithRawResponse:
    """AsyncSpaceAccessesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncSpaceAccessesApi) -> None:
        self.space_app_access_info = _rt.async_raw_response(api.space_app_access_info)
        self.space_app_access_update = _rt.async_raw_response(api.space_app_access_update)
        self.space_app_access_list = _rt.async_raw_listing(api.space_app_access_list)


class AsyncSpaceAccessesApiWithStreamingResponse:
    """AsyncSpaceAccessesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncSpaceAccessesApi) -> None:
        self.space_app_access_info = _rt.async_streamed_response(api.space_app_access_info)
        self.space_app_access_update = _rt.async_streamed_response(api.space_app_access_update)
        self.space_app_access_list = _rt.async_streamed_listing(api.space_app_access_list)

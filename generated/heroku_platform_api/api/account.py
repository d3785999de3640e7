"""Account: An account represents an individual signed up to use the Heroku platform."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Account, Error


class AccountApi:
    """An account represents an individual signed up to use the Heroku platform."""

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
    ) -> Account:
        """Info

        Info for account.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /account``
        """
        _response = self._client.request(
            "GET",
            "/account",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    def delete(
        self,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Delete

        Delete account. Note that this action cannot be undone. Note: This endpoint requires the HTTP_HEROKU_PASSWORD or HTTP_HEROKU_PASSWORD_BASE64 header be set correctly for the user account.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /account``
        """
        _response = self._client.request(
            "DELETE",
            "/account",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    def update(
        self,
        *,
        allow_tracking: Union[bool, _rt.Unset] = _rt.UNSET,
        beta: Union[bool, _rt.Unset] = _rt.UNSET,
        name: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Update

        Update account.

        Args:
            allow_tracking: whether to allow third party web activity tracking

                Default: True.
            beta: whether allowed to utilize beta Heroku features

                Default: False.
            name: full name of the account owner
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /account``
        """
        _response = self._client.request(
            "PATCH",
            "/account",
            json_body=_rt.fields({"allow_tracking": allow_tracking, "beta": beta, "name": name}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    def info_by_user(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Info By User

        Info for account.

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /users/{account_email_or_id_or_self}``
        """
        _response = self._client.request(
            "GET",
            "/users/{account_email_or_id_or_self}",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    def delete_by_user(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Delete By User

        Delete account. Note that this action cannot be undone. Note: This endpoint requires the HTTP_HEROKU_PASSWORD or HTTP_HEROKU_PASSWORD_BASE64 header be set correctly for the user account.

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /users/{account_email_or_id_or_self}``
        """
        _response = self._client.request(
            "DELETE",
            "/users/{account_email_or_id_or_self}",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    def update_by_user(
        self,
        account_email_or_id_or_self: str,
        *,
        allow_tracking: Union[bool, _rt.Unset] = _rt.UNSET,
        beta: Union[bool, _rt.Unset] = _rt.UNSET,
        name: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Update By User

        Update account.

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            allow_tracking: whether to allow third party web activity tracking

                Default: True.
            beta: whether allowed to utilize beta Heroku features

                Default: False.
            name: full name of the account owner
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /users/{account_email_or_id_or_self}``
        """
        _response = self._client.request(
            "PATCH",
            "/users/{account_email_or_id_or_self}",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            json_body=_rt.fields({"allow_tracking": allow_tracking, "beta": beta, "name": name}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")


class AsyncAccountApi:
    """An account represents an individual signed up to use the Heroku platform.

    The methods of ``AccountApi`` for ``AsyncClient``: awaited; lists
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
    ) -> Account:
        """Info

        Info for account.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /account``
        """
        _response = await self._client.request(
            "GET",
            "/account",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    async def delete(
        self,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Delete

        Delete account. Note that this action cannot be undone. Note: This endpoint requires the HTTP_HEROKU_PASSWORD or HTTP_HEROKU_PASSWORD_BASE64 header be set correctly for the user account.

        Args:
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /account``
        """
        _response = await self._client.request(
            "DELETE",
            "/account",
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    async def update(
        self,
        *,
        allow_tracking: Union[bool, _rt.Unset] = _rt.UNSET,
        beta: Union[bool, _rt.Unset] = _rt.UNSET,
        name: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Update

        Update account.

        Args:
            allow_tracking: whether to allow third party web activity tracking

                Default: True.
            beta: whether allowed to utilize beta Heroku features

                Default: False.
            name: full name of the account owner
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /account``
        """
        _response = await self._client.request(
            "PATCH",
            "/account",
            json_body=_rt.fields({"allow_tracking": allow_tracking, "beta": beta, "name": name}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    async def info_by_user(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Info By User

        Info for account.

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /users/{account_email_or_id_or_self}``
        """
        _response = await self._client.request(
            "GET",
            "/users/{account_email_or_id_or_self}",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    async def delete_by_user(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Delete By User

        Delete account. Note that this action cannot be undone. Note: This endpoint requires the HTTP_HEROKU_PASSWORD or HTTP_HEROKU_PASSWORD_BASE64 header be set correctly for the user account.

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /users/{account_email_or_id_or_self}``
        """
        _response = await self._client.request(
            "DELETE",
            "/users/{account_email_or_id_or_self}",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")

    async def update_by_user(
        self,
        account_email_or_id_or_self: str,
        *,
        allow_tracking: Union[bool, _rt.Unset] = _rt.UNSET,
        beta: Union[bool, _rt.Unset] = _rt.UNSET,
        name: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Account:
        """Update By User

        Update account.

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            allow_tracking: whether to allow third party web activity tracking

                Default: True.
            beta: whether allowed to utilize beta Heroku features

                Default: False.
            name: full name of the account owner
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /users/{account_email_or_id_or_self}``
        """
        _response = await self._client.request(
            "PATCH",
            "/users/{account_email_or_id_or_self}",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            json_body=_rt.fields({"allow_tracking": allow_tracking, "beta": beta, "name": name}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Account.from_dict, "Account")


class AccountApiWithRawResponse:
    """AccountApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AccountApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)
        self.info_by_user = _rt.raw_response(api.info_by_user)
        self.delete_by_user = _rt.raw_response(api.delete_by_user)
        self.update_by_user = _rt.raw_response(api.update_by_user)


class AccountApiWithStreamingResponse:
    """AccountApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AccountApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)
        self.info_by_user = _rt.streamed_response(api.info_by_user)
        self.delete_by_user = _rt.streamed_response(api.delete_by_user)
        self.update_by_user = _rt.streamed_response(api.update_by_user)


class AsyncAccountApiWithRawResponse:
    """AsyncAccountApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAccountApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)
        self.info_by_user = _rt.async_raw_response(api.info_by_user)
        self.delete_by_user = _rt.async_raw_response(api.delete_by_user)
        self.update_by_user = _rt.async_raw_response(api.update_by_user)


class AsyncAccountApiWithStreamingResponse:
    """AsyncAccountApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAccountApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)
        self.info_by_user = _rt.async_streamed_response(api.info_by_user)
        self.delete_by_user = _rt.async_streamed_response(api.delete_by_user)
        self.update_by_user = _rt.async_streamed_response(api.update_by_user)

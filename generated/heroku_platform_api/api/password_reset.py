"""PasswordReset: A password reset represents a in-process password reset attempt."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, PasswordReset


class PasswordResetApi:
    """A password reset represents a in-process password reset attempt."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def reset_password(
        self,
        *,
        email: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PasswordReset:
        """Reset Password

        Reset account's password. This will send a reset password link to the user's email address.

        Args:
            email: unique email address of account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /password-resets``
        """
        _response = self._client.request(
            "POST",
            "/password-resets",
            json_body=_rt.fields({"email": email}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PasswordReset.from_dict, "PasswordReset")

    def complete_reset_password(
        self,
        password_reset_reset_password_token: str,
        *,
        password: str,
        password_confirmation: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PasswordReset:
        """Complete Reset Password

        Complete password reset.

        Args:
            password_reset_reset_password_token: unique identifier of a password reset attempt
            password: current password on the account
            password_confirmation: confirmation of the new password
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /password-resets/{password_reset_reset_password_token}/actions/finalize``
        """
        _response = self._client.request(
            "POST",
            "/password-resets/{password_reset_reset_password_token}/actions/finalize",
            path_params={
                "password_reset_reset_password_token": password_reset_reset_password_token,
            },
            json_body=_rt.fields(
                {"password": password, "password_confirmation": password_confirmation},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PasswordReset.from_dict, "PasswordReset")


class AsyncPasswordResetApi:
    """A password reset represents a in-process password reset attempt.

    The methods of ``PasswordResetApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def reset_password(
        self,
        *,
        email: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PasswordReset:
        """Reset Password

        Reset account's password. This will send a reset password link to the user's email address.

        Args:
            email: unique email address of account
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /password-resets``
        """
        _response = await self._client.request(
            "POST",
            "/password-resets",
            json_body=_rt.fields({"email": email}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PasswordReset.from_dict, "PasswordReset")

    async def complete_reset_password(
        self,
        password_reset_reset_password_token: str,
        *,
        password: str,
        password_confirmation: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> PasswordReset:
        """Complete Reset Password

        Complete password reset.

        Args:
            password_reset_reset_password_token: unique identifier of a password reset attempt
            password: current password on the account
            password_confirmation: confirmation of the new password
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /password-resets/{password_reset_reset_password_token}/actions/finalize``
        """
        _response = await self._client.request(
            "POST",
            "/password-resets/{password_reset_reset_password_token}/actions/finalize",
            path_params={
                "password_reset_reset_password_token": password_reset_reset_password_token,
            },
            json_body=_rt.fields(
                {"password": password, "password_confirmation": password_confirmation},
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.PasswordReset.from_dict, "PasswordReset")


class PasswordResetApiWithRawResponse:
    """PasswordResetApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: PasswordResetApi) -> None:
        self.reset_password = _rt.raw_response(api.reset_password)
        self.complete_reset_password = _rt.raw_response(api.complete_reset_password)


class PasswordResetApiWithStreamingResponse:
    """PasswordResetApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: PasswordResetApi) -> None:
        self.reset_password = _rt.streamed_response(api.reset_password)
        self.complete_reset_password = _rt.streamed_response(api.complete_reset_password)


class AsyncPasswordResetApiWithRawResponse:
    """AsyncPasswordResetApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncPasswordResetApi) -> None:
        self.reset_password = _rt.async_raw_response(api.reset_password)
        self.complete_reset_password = _rt.async_raw_response(api.complete_reset_password)


class AsyncPasswordResetApiWithStreamingResponse:
    """AsyncPasswordResetApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncPasswordResetApi) -> None:
        self.reset_password = _rt.async_streamed_response(api.reset_password)
        self.complete_reset_password = _rt.async_streamed_response(api.complete_reset_password)

"""SMS Number: SMS numbers are used for recovery on accounts with two-factor authentication enabled."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, SmsNumber


class SMSNumberApi:
    """SMS numbers are used for recovery on accounts with two-factor authentication enabled."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def sms_number_sms_number(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SmsNumber:
        """SMS Number

        Recover an account using an SMS recovery code

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /users/{account_email_or_id_or_self}/sms-number``
        """
        _response = self._client.request(
            "GET",
            "/users/{account_email_or_id_or_self}/sms-number",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SmsNumber.from_dict, "SmsNumber")

    def recover(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SmsNumber:
        """Recover

        Recover an account using an SMS recovery code

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /users/{account_email_or_id_or_self}/sms-number/actions/recover``
        """
        _response = self._client.request(
            "POST",
            "/users/{account_email_or_id_or_self}/sms-number/actions/recover",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SmsNumber.from_dict, "SmsNumber")

    def confirm(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SmsNumber:
        """Confirm

        Confirm an SMS number change with a confirmation code

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /users/{account_email_or_id_or_self}/sms-number/actions/confirm``
        """
        _response = self._client.request(
            "POST",
            "/users/{account_email_or_id_or_self}/sms-number/actions/confirm",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SmsNumber.from_dict, "SmsNumber")


class AsyncSMSNumberApi:
    """SMS numbers are used for recovery on accounts with two-factor authentication enabled.

    The methods of ``SMSNumberApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def sms_number_sms_number(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SmsNumber:
        """SMS Number

        Recover an account using an SMS recovery code

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /users/{account_email_or_id_or_self}/sms-number``
        """
        _response = await self._client.request(
            "GET",
            "/users/{account_email_or_id_or_self}/sms-number",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SmsNumber.from_dict, "SmsNumber")

    async def recover(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SmsNumber:
        """Recover

        Recover an account using an SMS recovery code

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /users/{account_email_or_id_or_self}/sms-number/actions/recover``
        """
        _response = await self._client.request(
            "POST",
            "/users/{account_email_or_id_or_self}/sms-number/actions/recover",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SmsNumber.from_dict, "SmsNumber")

    async def confirm(
        self,
        account_email_or_id_or_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> SmsNumber:
        """Confirm

        Confirm an SMS number change with a confirmation code

        Args:
            account_email_or_id_or_self: unique email address of account or unique identifier of an account or Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /users/{account_email_or_id_or_self}/sms-number/actions/confirm``
        """
        _response = await self._client.request(
            "POST",
            "/users/{account_email_or_id_or_self}/sms-number/actions/confirm",
            path_params={"account_email_or_id_or_self": account_email_or_id_or_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.SmsNumber.from_dict, "SmsNumber")


class SMSNumberApiWithRawResponse:
    """SMSNumberApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: SMSNumberApi) -> None:
        self.sms_number_sms_number = _rt.raw_response(api.sms_number_sms_number)
        self.recover = _rt.raw_response(api.recover)
        self.confirm = _rt.raw_response(api.confirm)


class SMSNumberApiWithStreamingResponse:
    """SMSNumberApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: SMSNumberApi) -> None:
        self.sms_number_sms_number = _rt.streamed_response(api.sms_number_sms_number)
        self.recover = _rt.streamed_response(api.recover)
        self.confirm = _rt.streamed_response(api.confirm)


class AsyncSMSNumberApiWithRawResponse:
    """AsyncSMSNumberApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncSMSNumberApi) -> None:
        self.sms_number_sms_number = _rt.async_raw_response(api.sms_number_sms_number)
        self.recover = _rt.async_raw_response(api.recover)
        self.confirm = _rt.async_raw_response(api.confirm)


class AsyncSMSNumberApiWithStreamingResponse:
    """AsyncSMSNumberApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncSMSNumberApi) -> None:
        self.sms_number_sms_number = _rt.async_streamed_response(api.sms_number_sms_number)
        self.recover = _rt.async_streamed_response(api.recover)
        self.confirm = _rt.async_streamed_response(api.confirm)

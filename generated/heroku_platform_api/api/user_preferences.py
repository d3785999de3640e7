"""User Preferences: Tracks a user's preferences and message dismissals"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, UserPreferences


class UserPreferencesApi:
    """Tracks a user's preferences and message dismissals"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
        self,
        user_preferences_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> UserPreferences:
        """List

        Retrieve User Preferences

        Args:
            user_preferences_self: Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /users/{user_preferences_self}/preferences``
        """
        _response = self._client.request(
            "GET",
            "/users/{user_preferences_self}/preferences",
            path_params={"user_preferences_self": user_preferences_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.UserPreferences.from_dict, "UserPreferences")

    def update(
        self,
        user_preferences_self: str,
        *,
        timezone: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        default_organization: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        dismissed_github_banner: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_getting_started: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_org_access_controls: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_org_wizard_notification: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_pipelines_banner: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_pipelines_github_banner: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_pipelines_github_banners: Union[
            Optional[builtins.list[str]], _rt.Unset
        ] = _rt.UNSET,
        dismissed_sms_banner: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> UserPreferences:
        """Update

        Update User Preferences

        Args:
            user_preferences_self: Implicit reference to currently authorized user
            timezone: User's default timezone
            default_organization: User's default team
            dismissed_github_banner: Whether the user has dismissed the GitHub link banner
            dismissed_getting_started: Whether the user has dismissed the getting started banner
            dismissed_org_access_controls: Whether the user has dismissed the Organization Access Controls banner
            dismissed_org_wizard_notification: Whether the user has dismissed the Organization Wizard
            dismissed_pipelines_banner: Whether the user has dismissed the Pipelines banner
            dismissed_pipelines_github_banner: Whether the user has dismissed the GitHub banner on a pipeline overview
            dismissed_pipelines_github_banners: Which pipeline uuids the user has dismissed the GitHub banner for
            dismissed_sms_banner: Whether the user has dismissed the 2FA SMS banner
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /users/{user_preferences_self}/preferences``
        """
        _response = self._client.request(
            "PATCH",
            "/users/{user_preferences_self}/preferences",
            path_params={"user_preferences_self": user_preferences_self},
            json_body=_rt.fields(
                {
                    "timezone": timezone,
                    "default-organization": default_organization,
                    "dismissed-github-banner": dismissed_github_banner,
                    "dismissed-getting-started": dismissed_getting_started,
                    "dismissed-org-access-controls": dismissed_org_access_controls,
                    "dismissed-org-wizard-notification": dismissed_org_wizard_notification,
                    "dismissed-pipelines-banner": dismissed_pipelines_banner,
                    "dismissed-pipelines-github-banner": dismissed_pipelines_github_banner,
                    "dismissed-pipelines-github-banners": dismissed_pipelines_github_banners,
                    "dismissed-sms-banner": dismissed_sms_banner,
                },
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.UserPreferences.from_dict, "UserPreferences")


class AsyncUserPreferencesApi:
    """Tracks a user's preferences and message dismissals

    The methods of ``UserPreferencesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def list(
        self,
        user_preferences_self: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> UserPreferences:
        """List

        Retrieve User Preferences

        Args:
            user_preferences_self: Implicit reference to currently authorized user
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /users/{user_preferences_self}/preferences``
        """
        _response = await self._client.request(
            "GET",
            "/users/{user_preferences_self}/preferences",
            path_params={"user_preferences_self": user_preferences_self},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.UserPreferences.from_dict, "UserPreferences")

    async def update(
        self,
        user_preferences_self: str,
        *,
        timezone: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        default_organization: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        dismissed_github_banner: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_getting_started: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_org_access_controls: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_org_wizard_notification: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_pipelines_banner: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_pipelines_github_banner: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        dismissed_pipelines_github_banners: Union[
            Optional[builtins.list[str]], _rt.Unset
        ] = _rt.UNSET,
        dismissed_sms_banner: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> UserPreferences:
        """Update

        Update User Preferences

        Args:
            user_preferences_self: Implicit reference to currently authorized user
            timezone: User's default timezone
            default_organization: User's default team
            dismissed_github_banner: Whether the user has dismissed the GitHub link banner
            dismissed_getting_started: Whether the user has dismissed the getting started banner
            dismissed_org_access_controls: Whether the user has dismissed the Organization Access Controls banner
            dismissed_org_wizard_notification: Whether the user has dismissed the Organization Wizard
            dismissed_pipelines_banner: Whether the user has dismissed the Pipelines banner
            dismissed_pipelines_github_banner: Whether the user has dismissed the GitHub banner on a pipeline overview
            dismissed_pipelines_github_banners: Which pipeline uuids the user has dismissed the GitHub banner for
            dismissed_sms_banner: Whether the user has dismissed the 2FA SMS banner
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /users/{user_preferences_self}/preferences``
        """
        _response = await self._client.request(
            "PATCH",
            "/users/{user_preferences_self}/preferences",
            path_params={"user_preferences_self": user_preferences_self},
            json_body=_rt.fields(
                {
                    "timezone": timezone,
                    "default-organization": default_organization,
                    "dismissed-github-banner": dismissed_github_banner,
                    "dismissed-getting-started": dismissed_getting_started,
                    "dismissed-org-access-controls": dismissed_org_access_controls,
                    "dismissed-org-wizard-notification": dismissed_org_wizard_notification,
                    "dismissed-pipelines-banner": dismissed_pipelines_banner,
                    "dismissed-pipelines-github-banner": dismissed_pipelines_github_banner,
                    "dismissed-pipelines-github-banners": dismissed_pipelines_github_banners,
                    "dismissed-sms-banner": dismissed_sms_banner,
                },
            ),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.UserPreferences.from_dict, "UserPreferences")


class UserPreferencesApiWithRawResponse:
    """UserPreferencesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: UserPreferencesApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.update = _rt.raw_response(api.update)


class UserPreferencesApiWithStreamingResponse:
    """UserPreferencesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: UserPreferencesApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.update = _rt.streamed_response(api.update)


class AsyncUserPreferencesApiWithRawResponse:
    """AsyncUserPreferencesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncUserPreferencesApi) -> None:
        self.list = _rt.async_raw_response(api.list)
        self.update = _rt.async_raw_response(api.update)


class AsyncUserPreferencesApiWithStreamingResponse:
    """AsyncUserPreferencesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncUserPreferencesApi) -> None:
        self.list = _rt.async_streamed_response(api.list)
        self.update = _rt.async_streamed_response(api.update)

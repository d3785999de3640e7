"""Team Preferences: Tracks a Team's Preferences"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, TeamPreferences


class TeamPreferencesApi:
    """Tracks a Team's Preferences"""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
        self,
        team_name_or_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamPreferences:
        """List

        Retrieve Team Preferences

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/{team_name_or_id}/preferences``
        """
        _response = self._client.request(
            "GET",
            "/teams/{team_name_or_id}/preferences",
            path_params={"team_name_or_id": team_name_or_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamPreferences.from_dict, "TeamPreferences")

    def update(
        self,
        team_name_or_id: str,
        *,
        addons_controls: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamPreferences:
        """Update

        Update Team Preferences

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            addons_controls: Whether add-on service rules should be applied to add-on installations
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/{team_name_or_id}/preferences``
        """
        _response = self._client.request(
            "PATCH",
            "/teams/{team_name_or_id}/preferences",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"addons-controls": addons_controls}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamPreferences.from_dict, "TeamPreferences")


class AsyncTeamPreferencesApi:
    """Tracks a Team's Preferences

    The methods of ``TeamPreferencesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def list(
        self,
        team_name_or_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamPreferences:
        """List

        Retrieve Team Preferences

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/{team_name_or_id}/preferences``
        """
        _response = await self._client.request(
            "GET",
            "/teams/{team_name_or_id}/preferences",
            path_params={"team_name_or_id": team_name_or_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamPreferences.from_dict, "TeamPreferences")

    async def update(
        self,
        team_name_or_id: str,
        *,
        addons_controls: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamPreferences:
        """Update

        Update Team Preferences

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            addons_controls: Whether add-on service rules should be applied to add-on installations
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/{team_name_or_id}/preferences``
        """
        _response = await self._client.request(
            "PATCH",
            "/teams/{team_name_or_id}/preferences",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"addons-controls": addons_controls}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamPreferences.from_dict, "TeamPreferences")


class TeamPreferencesApiWithRawResponse:
    """TeamPreferencesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TeamPreferencesApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.update = _rt.raw_response(api.update)


class TeamPreferencesApiWithStreamingResponse:
    """TeamPreferencesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TeamPreferencesApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.update = _rt.streamed_response(api.update)


class AsyncTeamPreferencesApiWithRawResponse:
    """AsyncTeamPreferencesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTeamPreferencesApi) -> None:
        self.list = _rt.async_raw_response(api.list)
        self.update = _rt.async_raw_response(api.update)


class AsyncTeamPreferencesApiWithStreamingResponse:
    """AsyncTeamPreferencesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTeamPreferencesApi) -> None:
        self.list = _rt.async_streamed_response(api.list)
        self.update = _rt.async_streamed_response(api.update)

"""Team Apps: A team app encapsulates the team specific functionality of Heroku apps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, TeamApp


class TeamAppsApi:
    """A team app encapsulates the team specific functionality of Heroku apps."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        locked: Union[bool, _rt.Unset] = _rt.UNSET,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        team: Union[str, _rt.Unset] = _rt.UNSET,
        personal: Union[bool, _rt.Unset] = _rt.UNSET,
        region: Union[str, _rt.Unset] = _rt.UNSET,
        space: Union[str, _rt.Unset] = _rt.UNSET,
        stack: Union[str, _rt.Unset] = _rt.UNSET,
        internal_routing: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Create

        Create a new app in the specified team, in the default team if unspecified, or in personal account, if default team is not set.

        Args:
            locked: are other team members forbidden from joining this app.

                Default: False.
            name: unique name of app
            team: unique name of team
            personal: force creation of the app in the user account even if a default team is set.

                Default: False.
            region: unique name of region
            space: unique name of space
            stack: unique name of stack
            internal_routing: describes whether a Private Spaces app is externally routable or not

                Default: False.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/apps``
        """
        _response = self._client.request(
            "POST",
            "/teams/apps",
            json_body=_rt.fields(
                {
                    "locked": locked,
                    "name": name,
                    "team": team,
                    "personal": personal,
                    "region": region,
                    "space": space,
                    "stack": stack,
                    "internal_routing": internal_routing,
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
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    def info(
        self,
        app_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Info

        Info for a team app.

        Args:
            app_name: unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/apps/{app_name}``
        """
        _response = self._client.request(
            "GET",
            "/teams/apps/{app_name}",
            path_params={"app_name": app_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    def update_locked(
        self,
        app_name: str,
        *,
        locked: bool,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Update Locked

        Lock or unlock a team app.

        Args:
            app_name: unique name of app
            locked: are other team members forbidden from joining this app.

                Default: False.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/apps/{app_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/teams/apps/{app_name}",
            path_params={"app_name": app_name},
            json_body=_rt.fields({"locked": locked}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    def transfer_to_account(
        self,
        app_name: str,
        *,
        owner: Union[str, Literal["~"]],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Transfer to Account

        Transfer an existing team app to another Heroku account.

        Args:
            app_name: unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/apps/{app_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/teams/apps/{app_name}",
            path_params={"app_name": app_name},
            json_body=_rt.fields({"owner": owner}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    def transfer_to_team(
        self,
        app_name: str,
        *,
        owner: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Transfer to Team

        Transfer an existing team app to another team.

        Args:
            app_name: unique name of app
            owner: unique name of team
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/apps/{app_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/teams/apps/{app_name}",
            path_params={"app_name": app_name},
            json_body=_rt.fields({"owner": owner}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    def list_by_team(
        self,
        team_name_or_id: str,
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
    ) -> _rt.RangePages[TeamApp]:
        """List By Team

        List team apps.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
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

        ``GET /teams/{team_name_or_id}/apps``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name_or_id}/apps",
            {"team_name_or_id": team_name_or_id},
            _models.TeamApp.from_dict,
            "TeamApp",
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


class AsyncTeamAppsApi:
    """A team app encapsulates the team specific functionality of Heroku apps.

    The methods of ``TeamAppsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        locked: Union[bool, _rt.Unset] = _rt.UNSET,
        name: Union[str, _rt.Unset] = _rt.UNSET,
        team: Union[str, _rt.Unset] = _rt.UNSET,
        personal: Union[bool, _rt.Unset] = _rt.UNSET,
        region: Union[str, _rt.Unset] = _rt.UNSET,
        space: Union[str, _rt.Unset] = _rt.UNSET,
        stack: Union[str, _rt.Unset] = _rt.UNSET,
        internal_routing: Union[Optional[bool], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Create

        Create a new app in the specified team, in the default team if unspecified, or in personal account, if default team is not set.

        Args:
            locked: are other team members forbidden from joining this app.

                Default: False.
            name: unique name of app
            team: unique name of team
            personal: force creation of the app in the user account even if a default team is set.

                Default: False.
            region: unique name of region
            space: unique name of space
            stack: unique name of stack
            internal_routing: describes whether a Private Spaces app is externally routable or not

                Default: False.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/apps``
        """
        _response = await self._client.request(
            "POST",
            "/teams/apps",
            json_body=_rt.fields(
                {
                    "locked": locked,
                    "name": name,
                    "team": team,
                    "personal": personal,
                    "region": region,
                    "space": space,
                    "stack": stack,
                    "internal_routing": internal_routing,
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
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    async def info(
        self,
        app_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Info

        Info for a team app.

        Args:
            app_name: unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/apps/{app_name}``
        """
        _response = await self._client.request(
            "GET",
            "/teams/apps/{app_name}",
            path_params={"app_name": app_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    async def update_locked(
        self,
        app_name: str,
        *,
        locked: bool,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Update Locked

        Lock or unlock a team app.

        Args:
            app_name: unique name of app
            locked: are other team members forbidden from joining this app.

                Default: False.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/apps/{app_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/teams/apps/{app_name}",
            path_params={"app_name": app_name},
            json_body=_rt.fields({"locked": locked}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    async def transfer_to_account(
        self,
        app_name: str,
        *,
        owner: Union[str, Literal["~"]],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Transfer to Account

        Transfer an existing team app to another Heroku account.

        Args:
            app_name: unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/apps/{app_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/teams/apps/{app_name}",
            path_params={"app_name": app_name},
            json_body=_rt.fields({"owner": owner}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    async def transfer_to_team(
        self,
        app_name: str,
        *,
        owner: str,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamApp:
        """Transfer to Team

        Transfer an existing team app to another team.

        Args:
            app_name: unique name of app
            owner: unique name of team
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/apps/{app_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/teams/apps/{app_name}",
            path_params={"app_name": app_name},
            json_body=_rt.fields({"owner": owner}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamApp.from_dict, "TeamApp")

    def list_by_team(
        self,
        team_name_or_id: str,
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
    ) -> _rt.AsyncRangePages[TeamApp]:
        """List By Team

        List team apps.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
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

        ``GET /teams/{team_name_or_id}/apps``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name_or_id}/apps",
            {"team_name_or_id": team_name_or_id},
            _models.TeamApp.from_dict,
            "TeamApp",
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


class TeamAppsApiWithRawResponse:
    """TeamAppsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TeamAppsApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.update_locked = _rt.raw_response(api.update_locked)
        self.transfer_to_account = _rt.raw_response(api.transfer_to_account)
        self.transfer_to_team = _rt.raw_response(api.transfer_to_team)
        self.list_by_team = _rt.raw_response(api.list_by_team)


class TeamAppsApiWithStreamingResponse:
    """TeamAppsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TeamAppsApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.update_locked = _rt.streamed_response(api.update_locked)
        self.transfer_to_account = _rt.streamed_response(api.transfer_to_account)
        self.transfer_to_team = _rt.streamed_response(api.transfer_to_team)
        self.list_by_team = _rt.streamed_response(api.list_by_team)


class AsyncTeamAppsApiWithRawResponse:
    """AsyncTeamAppsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTeamAppsApi) -> None:
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.update_locked = _rt.async_raw_response(api.update_locked)
        self.transfer_to_account = _rt.async_raw_response(api.transfer_to_account)
        self.transfer_to_team = _rt.async_raw_response(api.transfer_to_team)
        self.list_by_team = _rt.async_raw_listing(api.list_by_team)


class AsyncTeamAppsApiWithStreamingResponse:
    """AsyncTeamAppsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTeamAppsApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.update_locked = _rt.async_streamed_response(api.update_locked)
        self.transfer_to_account = _rt.async_streamed_response(api.transfer_to_account)
        self.transfer_to_team = _rt.async_streamed_response(api.transfer_to_team)
        self.list_by_team = _rt.async_streamed_listing(api.list_by_team)

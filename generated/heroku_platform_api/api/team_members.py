"""Team Members: A team member is an individual with access to a team."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, TeamApp, TeamMember, TeamMemberTeamRole


class TeamMembersApi:
    """A team member is an individual with access to a team."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.RangePages[TeamMember]:
        """List

        List members of the team.

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

        ``GET /teams/{team_name_or_id}/members``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name_or_id}/members",
            {"team_name_or_id": team_name_or_id},
            _models.TeamMember.from_dict,
            "TeamMember",
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

    def create_or_update(
        self,
        team_name_or_id: str,
        *,
        email: str,
        role: TeamMemberTeamRole,
        federated: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Create or Update

        Create a new team member, or update their role.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            email: email address of the team member
            role: role in the team
            federated: whether the user is federated and belongs to an Identity Provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /teams/{team_name_or_id}/members``
        """
        _response = self._client.request(
            "PUT",
            "/teams/{team_name_or_id}/members",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"email": email, "federated": federated, "role": role}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")

    def create(
        self,
        team_name_or_id: str,
        *,
        email: str,
        role: TeamMemberTeamRole,
        federated: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Create

        Create a new team member.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            email: email address of the team member
            role: role in the team
            federated: whether the user is federated and belongs to an Identity Provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/{team_name_or_id}/members``
        """
        _response = self._client.request(
            "POST",
            "/teams/{team_name_or_id}/members",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"email": email, "federated": federated, "role": role}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")

    def update(
        self,
        team_name_or_id: str,
        *,
        email: str,
        role: TeamMemberTeamRole,
        federated: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Update

        Update a team member.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            email: email address of the team member
            role: role in the team
            federated: whether the user is federated and belongs to an Identity Provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/{team_name_or_id}/members``
        """
        _response = self._client.request(
            "PATCH",
            "/teams/{team_name_or_id}/members",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"email": email, "federated": federated, "role": role}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")

    def delete(
        self,
        team_name_or_id: str,
        team_member_email_or_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Delete

        Remove a member from the team.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            team_member_email_or_id: email address of the team member or unique identifier of the team member
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/{team_name_or_id}/members/{team_member_email_or_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/teams/{team_name_or_id}/members/{team_member_email_or_id}",
            path_params={
                "team_name_or_id": team_name_or_id,
                "team_member_email_or_id": team_member_email_or_id,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")

    def list_by_member(
        self,
        team_name_or_id: str,
        team_member_email_or_id: str,
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
        """List By Member

        List the apps of a team member.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            team_member_email_or_id: email address of the team member or unique identifier of the team member
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

        ``GET /teams/{team_name_or_id}/members/{team_member_email_or_id}/apps``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name_or_id}/members/{team_member_email_or_id}/apps",
            {
                "team_name_or_id": team_name_or_id,
                "team_member_email_or_id": team_member_email_or_id,
            },
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


class AsyncTeamMembersApi:
    """A team member is an individual with access to a team.

    The methods of ``TeamMembersApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list(
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
    ) -> _rt.AsyncRangePages[TeamMember]:
        """List

        List members of the team.

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

        ``GET /teams/{team_name_or_id}/members``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name_or_id}/members",
            {"team_name_or_id": team_name_or_id},
            _models.TeamMember.from_dict,
            "TeamMember",
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

    async def create_or_update(
        self,
        team_name_or_id: str,
        *,
        email: str,
        role: TeamMemberTeamRole,
        federated: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Create or Update

        Create a new team member, or update their role.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            email: email address of the team member
            role: role in the team
            federated: whether the user is federated and belongs to an Identity Provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /teams/{team_name_or_id}/members``
        """
        _response = await self._client.request(
            "PUT",
            "/teams/{team_name_or_id}/members",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"email": email, "federated": federated, "role": role}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")

    async def create(
        self,
        team_name_or_id: str,
        *,
        email: str,
        role: TeamMemberTeamRole,
        federated: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Create

        Create a new team member.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            email: email address of the team member
            role: role in the team
            federated: whether the user is federated and belongs to an Identity Provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/{team_name_or_id}/members``
        """
        _response = await self._client.request(
            "POST",
            "/teams/{team_name_or_id}/members",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"email": email, "federated": federated, "role": role}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")

    async def update(
        self,
        team_name_or_id: str,
        *,
        email: str,
        role: TeamMemberTeamRole,
        federated: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Update

        Update a team member.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            email: email address of the team member
            role: role in the team
            federated: whether the user is federated and belongs to an Identity Provider
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/{team_name_or_id}/members``
        """
        _response = await self._client.request(
            "PATCH",
            "/teams/{team_name_or_id}/members",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"email": email, "federated": federated, "role": role}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")

    async def delete(
        self,
        team_name_or_id: str,
        team_member_email_or_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Delete

        Remove a member from the team.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            team_member_email_or_id: email address of the team member or unique identifier of the team member
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/{team_name_or_id}/members/{team_member_email_or_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/teams/{team_name_or_id}/members/{team_member_email_or_id}",
            path_params={
                "team_name_or_id": team_name_or_id,
                "team_member_email_or_id": team_member_email_or_id,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")

    def list_by_member(
        self,
        team_name_or_id: str,
        team_member_email_or_id: str,
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
        """List By Member

        List the apps of a team member.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            team_member_email_or_id: email address of the team member or unique identifier of the team member
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

        ``GET /teams/{team_name_or_id}/members/{team_member_email_or_id}/apps``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name_or_id}/members/{team_member_email_or_id}/apps",
            {
                "team_name_or_id": team_name_or_id,
                "team_member_email_or_id": team_member_email_or_id,
            },
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


class TeamMembersApiWithRawResponse:
    """TeamMembersApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TeamMembersApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create_or_update = _rt.raw_response(api.create_or_update)
        self.create = _rt.raw_response(api.create)
        self.update = _rt.raw_response(api.update)
        self.delete = _rt.raw_response(api.delete)
        self.list_by_member = _rt.raw_response(api.list_by_member)


class TeamMembersApiWithStreamingResponse:
    """TeamMembersApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TeamMembersApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create_or_update = _rt.streamed_response(api.create_or_update)
        self.create = _rt.streamed_response(api.create)
        self.update = _rt.streamed_response(api.update)
        self.delete = _rt.streamed_response(api.delete)
        self.list_by_member = _rt.streamed_response(api.list_by_member)


class AsyncTeamMembersApiWithRawResponse:
    """AsyncTeamMembersApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTeamMembersApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create_or_update = _rt.async_raw_response(api.create_or_update)
        self.create = _rt.async_raw_response(api.create)
        self.update = _rt.async_raw_response(api.update)
        self.delete = _rt.async_raw_response(api.delete)
        self.list_by_member = _rt.async_raw_listing(api.list_by_member)


class AsyncTeamMembersApiWithStreamingResponse:
    """AsyncTeamMembersApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTeamMembersApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create_or_update = _rt.async_streamed_response(api.create_or_update)
        self.create = _rt.async_streamed_response(api.create)
        self.update = _rt.async_streamed_response(api.update)
        self.delete = _rt.async_streamed_response(api.delete)
        self.list_by_member = _rt.async_streamed_listing(api.list_by_member)

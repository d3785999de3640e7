"""Team Invitations: A team invitation represents an invite to a team."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, TeamInvitation, TeamMember


class TeamInvitationsApi:
    """A team invitation represents an invite to a team."""

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
    ) -> _rt.RangePages[TeamInvitation]:
        """List

        Get a list of a team's Identity Providers

        Args:
            team_name_or_id: unique name of team
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

        ``GET /teams/{team_name_or_id}/invitations``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name_or_id}/invitations",
            {"team_name_or_id": team_name_or_id},
            _models.TeamInvitation.from_dict,
            "TeamInvitation",
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
        team_name_or_id: str,
        *,
        email: str,
        role: Optional[Literal["admin", "collaborator", "member", "owner"]],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamInvitation:
        """Create

        Create Team Invitation

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            email: unique email address of account
            role: role in the team
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /teams/{team_name_or_id}/invitations``
        """
        _response = self._client.request(
            "PUT",
            "/teams/{team_name_or_id}/invitations",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"email": email, "role": role}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamInvitation.from_dict, "TeamInvitation")

    def revoke(
        self,
        team_name_or_id: str,
        team_invitation_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamInvitation:
        """Revoke

        Revoke a team invitation.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            team_invitation_id: unique identifier of an invitation
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/{team_name_or_id}/invitations/{team_invitation_id}``
        """
        _response = self._client.request(
            "DELETE",
            "/teams/{team_name_or_id}/invitations/{team_invitation_id}",
            path_params={
                "team_name_or_id": team_name_or_id,
                "team_invitation_id": team_invitation_id,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamInvitation.from_dict, "TeamInvitation")

    def info(
        self,
        team_invitation_token: str,
        *,
        range: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamInvitation:
        """Get

        Get an invitation by its token

        Args:
            team_invitation_token: special token for invitation
            range: Page through the list: '<field> [start]..[end][; max=N, order=asc|desc]'
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/invitations/{team_invitation_token}``
        """
        _response = self._client.request(
            "GET",
            "/teams/invitations/{team_invitation_token}",
            path_params={"team_invitation_token": team_invitation_token},
            header_params={"Range": range},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamInvitation.from_dict, "TeamInvitation")

    def accept(
        self,
        team_invitation_token: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Accept

        Accept Team Invitation

        Args:
            team_invitation_token: special token for invitation
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/invitations/{team_invitation_token}/accept``
        """
        _response = self._client.request(
            "POST",
            "/teams/invitations/{team_invitation_token}/accept",
            path_params={"team_invitation_token": team_invitation_token},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")


class AsyncTeamInvitationsApi:
    """A team invitation represents an invite to a team.

    The methods of ``TeamInvitationsApi`` for ``AsyncClient``: awaited; lists
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
    ) -> _rt.AsyncRangePages[TeamInvitation]:
        """List

        Get a list of a team's Identity Providers

        Args:
            team_name_or_id: unique name of team
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

        ``GET /teams/{team_name_or_id}/invitations``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name_or_id}/invitations",
            {"team_name_or_id": team_name_or_id},
            _models.TeamInvitation.from_dict,
            "TeamInvitation",
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
        team_name_or_id: str,
        *,
        email: str,
        role: Optional[Literal["admin", "collaborator", "member", "owner"]],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamInvitation:
        """Create

        Create Team Invitation

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            email: unique email address of account
            role: role in the team
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /teams/{team_name_or_id}/invitations``
        """
        _response = await self._client.request(
            "PUT",
            "/teams/{team_name_or_id}/invitations",
            path_params={"team_name_or_id": team_name_or_id},
            json_body=_rt.fields({"email": email, "role": role}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamInvitation.from_dict, "TeamInvitation")

    async def revoke(
        self,
        team_name_or_id: str,
        team_invitation_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamInvitation:
        """Revoke

        Revoke a team invitation.

        Args:
            team_name_or_id: unique name of team or unique identifier of team
            team_invitation_id: unique identifier of an invitation
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/{team_name_or_id}/invitations/{team_invitation_id}``
        """
        _response = await self._client.request(
            "DELETE",
            "/teams/{team_name_or_id}/invitations/{team_invitation_id}",
            path_params={
                "team_name_or_id": team_name_or_id,
                "team_invitation_id": team_invitation_id,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamInvitation.from_dict, "TeamInvitation")

    async def info(
        self,
        team_invitation_token: str,
        *,
        range: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamInvitation:
        """Get

        Get an invitation by its token

        Args:
            team_invitation_token: special token for invitation
            range: Page through the list: '<field> [start]..[end][; max=N, order=asc|desc]'
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/invitations/{team_invitation_token}``
        """
        _response = await self._client.request(
            "GET",
            "/teams/invitations/{team_invitation_token}",
            path_params={"team_invitation_token": team_invitation_token},
            header_params={"Range": range},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamInvitation.from_dict, "TeamInvitation")

    async def accept(
        self,
        team_invitation_token: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamMember:
        """Accept

        Accept Team Invitation

        Args:
            team_invitation_token: special token for invitation
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/invitations/{team_invitation_token}/accept``
        """
        _response = await self._client.request(
            "POST",
            "/teams/invitations/{team_invitation_token}/accept",
            path_params={"team_invitation_token": team_invitation_token},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamMember.from_dict, "TeamMember")


class TeamInvitationsApiWithRawResponse:
    """TeamInvitationsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TeamInvitationsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.revoke = _rt.raw_response(api.revoke)
        self.info = _rt.raw_response(api.info)
        self.accept = _rt.raw_response(api.accept)


class TeamInvitationsApiWithStreamingResponse:
    """TeamInvitationsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TeamInvitationsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.revoke = _rt.streamed_response(api.revoke)
        self.info = _rt.streamed_response(api.info)
        self.accept = _rt.streamed_response(api.accept)


class AsyncTeamInvitationsApiWithRawResponse:
    """AsyncTeamInvitationsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTeamInvitationsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.revoke = _rt.async_raw_response(api.revoke)
        self.info = _rt.async_raw_response(api.info)
        self.accept = _rt.async_raw_response(api.accept)


class AsyncTeamInvitationsApiWithStreamingResponse:
    """AsyncTeamInvitationsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTeamInvitationsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.revoke = _rt.async_streamed_response(api.revoke)
        self.info = _rt.async_streamed_response(api.info)
        self.accept = _rt.async_streamed_response(api.accept)

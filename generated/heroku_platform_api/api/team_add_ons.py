"""Team Add-ons"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AddOn, Error


class TeamAddOnsApi:
    """Operations tagged Team Add-ons."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list_for_team(
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
    ) -> _rt.RangePages[AddOn]:
        """List For Team

        List add-ons used across all Team apps

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

        ``GET /teams/{team_name_or_id}/addons``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_name_or_id}/addons",
            {"team_name_or_id": team_name_or_id},
            _models.AddOn.from_dict,
            "AddOn",
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


class AsyncTeamAddOnsApi:
    """Operations tagged Team Add-ons.

    The methods of ``TeamAddOnsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list_for_team(
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
    ) -> _rt.AsyncRangePages[AddOn]:
        """List For Team

        List add-ons used across all Team apps

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

        ``GET /teams/{team_name_or_id}/addons``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_name_or_id}/addons",
            {"team_name_or_id": team_name_or_id},
            _models.AddOn.from_dict,
            "AddOn",
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


class TeamAddOnsApiWithRawResponse:
    """TeamAddOnsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TeamAddOnsApi) -> None:
        self.list_for_team = _rt.raw_response(api.list_for_team)


class TeamAddOnsApiWithStreamingResponse:
    """TeamAddOnsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TeamAddOnsApi) -> None:
        self.list_for_team = _rt.streamed_response(api.list_for_team)


class AsyncTeamAddOnsApiWithRawResponse:
    """AsyncTeamAddOnsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTeamAddOnsApi) -> None:
        self.list_for_team = _rt.async_raw_listing(api.list_for_team)


class AsyncTeamAddOnsApiWithStreamingResponse:
    """AsyncTeamAddOnsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTeamAddOnsApi) -> None:
        self.list_for_team = _rt.async_streamed_listing(api.list_for_team)

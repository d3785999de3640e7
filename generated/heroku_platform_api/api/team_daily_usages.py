"""Team Daily Usages: Usage for an enterprise team at a daily resolution."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, TeamDailyUsage


class TeamDailyUsagesApi:
    """Usage for an enterprise team at a daily resolution."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        team_id: str,
        *,
        start: str,
        end: Union[str, _rt.Unset] = _rt.UNSET,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        range_start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.RangePages[TeamDailyUsage]:
        """Info

        Retrieves usage for an enterprise team for a range of days. Start and end dates can be specified as query parameters using the date format YYYY-MM-DD. The team identifier can be found from the [team list endpoint](https://devcenter.heroku.com/articles/platform-api-reference#team-list).

        Args:
            team_id: unique identifier of team
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            range_start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/{team_id}/usage/daily``
        """
        return _rt.RangePages(
            self._client,
            "/teams/{team_id}/usage/daily",
            {"team_id": team_id},
            _models.TeamDailyUsage.from_dict,
            "TeamDailyUsage",
            method="GET",
            request_args=dict(
                query={"start": start, "end": end},
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
            start=range_start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncTeamDailyUsagesApi:
    """Usage for an enterprise team at a daily resolution.

    The methods of ``TeamDailyUsagesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def info(
        self,
        team_id: str,
        *,
        start: str,
        end: Union[str, _rt.Unset] = _rt.UNSET,
        max: int = 200,
        field: str = "id",
        order: Optional[str] = None,
        range_start: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> _rt.AsyncRangePages[TeamDailyUsage]:
        """Info

        Retrieves usage for an enterprise team for a range of days. Start and end dates can be specified as query parameters using the date format YYYY-MM-DD. The team identifier can be found from the [team list endpoint](https://devcenter.heroku.com/articles/platform-api-reference#team-list).

        Args:
            team_id: unique identifier of team
            max: Items per page (1 to 1000).
            field: Field to order and range by.
            order: "asc" or "desc".
            range_start: A `Next-Range` value to resume from.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/{team_id}/usage/daily``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/{team_id}/usage/daily",
            {"team_id": team_id},
            _models.TeamDailyUsage.from_dict,
            "TeamDailyUsage",
            method="GET",
            request_args=dict(
                query={"start": start, "end": end},
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
            start=range_start,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
        )


class TeamDailyUsagesApiWithRawResponse:
    """TeamDailyUsagesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TeamDailyUsagesApi) -> None:
        self.info = _rt.raw_response(api.info)


class TeamDailyUsagesApiWithStreamingResponse:
    """TeamDailyUsagesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TeamDailyUsagesApi) -> None:
        self.info = _rt.streamed_response(api.info)


class AsyncTeamDailyUsagesApiWithRawResponse:
    """AsyncTeamDailyUsagesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTeamDailyUsagesApi) -> None:
        self.info = _rt.async_raw_listing(api.info)


class AsyncTeamDailyUsagesApiWithStreamingResponse:
    """AsyncTeamDailyUsagesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTeamDailyUsagesApi) -> None:
        self.info = _rt.async_streamed_listing(api.info)

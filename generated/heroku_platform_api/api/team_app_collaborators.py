"""Team App Collaborators: A team collaborator represents an account that has been given access to a team app on Heroku."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, TeamAppCollaborator


class TeamAppCollaboratorsApi:
    """A team collaborator represents an account that has been given access to a team app on Heroku."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def list(
        self,
        app_id_or_name: str,
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
    ) -> _rt.RangePages[TeamAppCollaborator]:
        """List

        List collaborators on a team app.

        Args:
            app_id_or_name: unique name of app
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

        ``GET /teams/apps/{app_id_or_name}/collaborators``
        """
        return _rt.RangePages(
            self._client,
            "/teams/apps/{app_id_or_name}/collaborators",
            {"app_id_or_name": app_id_or_name},
            _models.TeamAppCollaborator.from_dict,
            "TeamAppCollaborator",
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
        app_id_or_name: str,
        *,
        user: Union[str, Literal["~"]],
        permissions: Union[builtins.list[str], _rt.Unset] = _rt.UNSET,
        silent: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamAppCollaborator:
        """Create

        Create a new collaborator on a team app. Use this endpoint instead of the `/apps/{app_id_or_name}/collaborator` endpoint when you want the collaborator to be granted [permissions] (https://devcenter.heroku.com/articles/org-users-access#roles-and-permissions) according to their role in the team.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            permissions: An array of permissions to give to the collaborator.
            silent: whether to suppress email invitation when creating collaborator

                Default: False.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/apps/{app_id_or_name}/collaborators``
        """
        _response = self._client.request(
            "POST",
            "/teams/apps/{app_id_or_name}/collaborators",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"permissions": permissions, "silent": silent, "user": user}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamAppCollaborator.from_dict, "TeamAppCollaborator")

    def info(
        self,
        app_name: str,
        team_app_collaborator_email: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamAppCollaborator:
        """Info

        Info for a collaborator on a team app.

        Args:
            app_name: unique name of app
            team_app_collaborator_email: invited email address of collaborator
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}``
        """
        _response = self._client.request(
            "GET",
            "/teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
            path_params={
                "app_name": app_name,
                "team_app_collaborator_email": team_app_collaborator_email,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamAppCollaborator.from_dict, "TeamAppCollaborator")

    def delete(
        self,
        app_name: str,
        team_app_collaborator_email: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamAppCollaborator:
        """Delete

        Delete an existing collaborator from a team app.

        Args:
            app_name: unique name of app
            team_app_collaborator_email: invited email address of collaborator
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}``
        """
        _response = self._client.request(
            "DELETE",
            "/teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
            path_params={
                "app_name": app_name,
                "team_app_collaborator_email": team_app_collaborator_email,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamAppCollaborator.from_dict, "TeamAppCollaborator")

    def update(
        self,
        app_name: str,
        team_app_collaborator_email: str,
        *,
        permissions: builtins.list[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamAppCollaborator:
        """Update

        Update an existing collaborator from a team app.

        Args:
            app_name: unique name of app
            team_app_collaborator_email: invited email address of collaborator
            permissions: An array of permissions to give to the collaborator.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}``
        """
        _response = self._client.request(
            "PATCH",
            "/teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
            path_params={
                "app_name": app_name,
                "team_app_collaborator_email": team_app_collaborator_email,
            },
            json_body=_rt.fields({"permissions": permissions}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamAppCollaborator.from_dict, "TeamAppCollaborator")


class AsyncTeamAppCollaboratorsApi:
    """A team collaborator represents an account that has been given access to a team app on Heroku.

    The methods of ``TeamAppCollaboratorsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def list(
        self,
        app_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[TeamAppCollaborator]:
        """List

        List collaborators on a team app.

        Args:
            app_id_or_name: unique name of app
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

        ``GET /teams/apps/{app_id_or_name}/collaborators``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/teams/apps/{app_id_or_name}/collaborators",
            {"app_id_or_name": app_id_or_name},
            _models.TeamAppCollaborator.from_dict,
            "TeamAppCollaborator",
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
        app_id_or_name: str,
        *,
        user: Union[str, Literal["~"]],
        permissions: Union[builtins.list[str], _rt.Unset] = _rt.UNSET,
        silent: Union[bool, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamAppCollaborator:
        """Create

        Create a new collaborator on a team app. Use this endpoint instead of the `/apps/{app_id_or_name}/collaborator` endpoint when you want the collaborator to be granted [permissions] (https://devcenter.heroku.com/articles/org-users-access#roles-and-permissions) according to their role in the team.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            permissions: An array of permissions to give to the collaborator.
            silent: whether to suppress email invitation when creating collaborator

                Default: False.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /teams/apps/{app_id_or_name}/collaborators``
        """
        _response = await self._client.request(
            "POST",
            "/teams/apps/{app_id_or_name}/collaborators",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields({"permissions": permissions, "silent": silent, "user": user}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamAppCollaborator.from_dict, "TeamAppCollaborator")

    async def info(
        self,
        app_name: str,
        team_app_collaborator_email: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamAppCollaborator:
        """Info

        Info for a collaborator on a team app.

        Args:
            app_name: unique name of app
            team_app_collaborator_email: invited email address of collaborator
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}``
        """
        _response = await self._client.request(
            "GET",
            "/teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
            path_params={
                "app_name": app_name,
                "team_app_collaborator_email": team_app_collaborator_email,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamAppCollaborator.from_dict, "TeamAppCollaborator")

    async def delete(
        self,
        app_name: str,
        team_app_collaborator_email: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamAppCollaborator:
        """Delete

        Delete an existing collaborator from a team app.

        Args:
            app_name: unique name of app
            team_app_collaborator_email: invited email address of collaborator
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``DELETE /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}``
        """
        _response = await self._client.request(
            "DELETE",
            "/teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
            path_params={
                "app_name": app_name,
                "team_app_collaborator_email": team_app_collaborator_email,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamAppCollaborator.from_dict, "TeamAppCollaborator")

    async def update(
        self,
        app_name: str,
        team_app_collaborator_email: str,
        *,
        permissions: builtins.list[str],
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> TeamAppCollaborator:
        """Update

        Update an existing collaborator from a team app.

        Args:
            app_name: unique name of app
            team_app_collaborator_email: invited email address of collaborator
            permissions: An array of permissions to give to the collaborator.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /teams/apps/{app_name}/collaborators/{team_app_collaborator_email}``
        """
        _response = await self._client.request(
            "PATCH",
            "/teams/apps/{app_name}/collaborators/{team_app_collaborator_email}",
            path_params={
                "app_name": app_name,
                "team_app_collaborator_email": team_app_collaborator_email,
            },
            json_body=_rt.fields({"permissions": permissions}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.TeamAppCollaborator.from_dict, "TeamAppCollaborator")


class TeamAppCollaboratorsApiWithRawResponse:
    """TeamAppCollaboratorsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: TeamAppCollaboratorsApi) -> None:
        self.list = _rt.raw_response(api.list)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.delete = _rt.raw_response(api.delete)
        self.update = _rt.raw_response(api.update)


class TeamAppCollaboratorsApiWithStreamingResponse:
    """TeamAppCollaboratorsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: TeamAppCollaboratorsApi) -> None:
        self.list = _rt.streamed_response(api.list)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.delete = _rt.streamed_response(api.delete)
        self.update = _rt.streamed_response(api.update)


class AsyncTeamAppCollaboratorsApiWithRawResponse:
    """AsyncTeamAppCollaboratorsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncTeamAppCollaboratorsApi) -> None:
        self.list = _rt.async_raw_listing(api.list)
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.delete = _rt.async_raw_response(api.delete)
        self.update = _rt.async_raw_response(api.update)


class AsyncTeamAppCollaboratorsApiWithStreamingResponse:
    """AsyncTeamAppCollaboratorsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncTeamAppCollaboratorsApi) -> None:
        self.list = _rt.async_streamed_listing(api.list)
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.delete = _rt.async_streamed_response(api.delete)
        self.update = _rt.async_streamed_response(api.update)

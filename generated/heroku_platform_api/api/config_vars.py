"""Config Vars: Config Vars allow you to manage the configuration information provided to an app on Heroku."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error


class ConfigVarsApi:
    """Config Vars allow you to manage the configuration information provided to an app on Heroku."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Info for App

        Get config-vars for app.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/config-vars``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/config-vars",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )

    def update(
        self,
        app_id_or_name: str,
        body: dict[str, Optional[str]],
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Update

        Update config-vars for app. You can update existing config-vars by setting them again, and remove by setting it to `null`.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            body: The request body.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/config-vars``
        """
        _response = self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/config-vars",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=body,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )

    def info_for_app_release(
        self,
        app_id_or_name: str,
        release_id_or_version: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Info for App Release

        Get config-vars for a release.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            release_id_or_version: unique identifier of release or unique version assigned to the release
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/releases/{release_id_or_version}/config-vars``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/releases/{release_id_or_version}/config-vars",
            path_params={
                "app_id_or_name": app_id_or_name,
                "release_id_or_version": release_id_or_version,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )


class AsyncConfigVarsApi:
    """Config Vars allow you to manage the configuration information provided to an app on Heroku.

    The methods of ``ConfigVarsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        app_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Info for App

        Get config-vars for app.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/config-vars``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/config-vars",
            path_params={"app_id_or_name": app_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )

    async def update(
        self,
        app_id_or_name: str,
        body: dict[str, Optional[str]],
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Update

        Update config-vars for app. You can update existing config-vars by setting them again, and remove by setting it to `null`.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            body: The request body.
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/config-vars``
        """
        _response = await self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/config-vars",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=body,
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )

    async def info_for_app_release(
        self,
        app_id_or_name: str,
        release_id_or_version: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> dict[str, Optional[str]]:
        """Info for App Release

        Get config-vars for a release.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            release_id_or_version: unique identifier of release or unique version assigned to the release
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/releases/{release_id_or_version}/config-vars``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/releases/{release_id_or_version}/config-vars",
            path_params={
                "app_id_or_name": app_id_or_name,
                "release_id_or_version": release_id_or_version,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(
            _response,
            _rt.dict_of(_rt.nullable(_rt.as_str)),
            "dict[str, Optional[str]]",
        )


class ConfigVarsApiWithRawResponse:
    """ConfigVarsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: ConfigVarsApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.update = _rt.raw_response(api.update)
        self.info_for_app_release = _rt.raw_response(api.info_for_app_release)


class ConfigVarsApiWithStreamingResponse:
    """ConfigVarsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: ConfigVarsApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.update = _rt.streamed_response(api.update)
        self.info_for_app_release = _rt.streamed_response(api.info_for_app_release)


class AsyncConfigVarsApiWithRawResponse:
    """AsyncConfigVarsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncConfigVarsApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.update = _rt.async_raw_response(api.update)
        self.info_for_app_release = _rt.async_raw_response(api.info_for_app_release)


class AsyncConfigVarsApiWithStreamingResponse:
    """AsyncConfigVarsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncConfigVarsApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.update = _rt.async_streamed_response(api.update)
        self.info_for_app_release = _rt.async_streamed_response(api.info_for_app_release)

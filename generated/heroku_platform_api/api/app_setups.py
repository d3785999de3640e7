"""App Setups: An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import (
        AppSetup,
        AppSetupCreateBodyApp,
        AppSetupCreateBodyOverrides,
        AppSetupCreateBodySourceBlobInput,
        Error,
    )


class AppSetupsApi:
    """An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        source_blob: AppSetupCreateBodySourceBlobInput,
        app: Union[AppSetupCreateBodyApp, _rt.Unset] = _rt.UNSET,
        overrides: Union[AppSetupCreateBodyOverrides, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppSetup:
        """Create

        Create a new app setup from a gzipped tar archive containing an app.json manifest file.

        Args:
            source_blob: gzipped tarball of source code containing app.json manifest file
            app: optional parameters for created app
            overrides: overrides of keys in the app.json manifest file
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /app-setups``
        """
        _response = self._client.request(
            "POST",
            "/app-setups",
            json_body=_rt.fields({"app": app, "source_blob": source_blob, "overrides": overrides}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppSetup.from_dict, "AppSetup")

    def info(
        self,
        app_setup_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppSetup:
        """Info

        Get the status of an app setup.

        Args:
            app_setup_id: unique identifier of app setup
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /app-setups/{app_setup_id}``
        """
        _response = self._client.request(
            "GET",
            "/app-setups/{app_setup_id}",
            path_params={"app_setup_id": app_setup_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppSetup.from_dict, "AppSetup")


class AsyncAppSetupsApi:
    """An app setup represents an app on Heroku that is setup using an environment, addons, and scripts described in an app.json manifest file.

    The methods of ``AppSetupsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        source_blob: AppSetupCreateBodySourceBlobInput,
        app: Union[AppSetupCreateBodyApp, _rt.Unset] = _rt.UNSET,
        overrides: Union[AppSetupCreateBodyOverrides, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppSetup:
        """Create

        Create a new app setup from a gzipped tar archive containing an app.json manifest file.

        Args:
            source_blob: gzipped tarball of source code containing app.json manifest file
            app: optional parameters for created app
            overrides: overrides of keys in the app.json manifest file
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /app-setups``
        """
        _response = await self._client.request(
            "POST",
            "/app-setups",
            json_body=_rt.fields({"app": app, "source_blob": source_blob, "overrides": overrides}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppSetup.from_dict, "AppSetup")

    async def info(
        self,
        app_setup_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppSetup:
        """Info

        Get the status of an app setup.

        Args:
            app_setup_id: unique identifier of app setup
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /app-setups/{app_setup_id}``
        """
        _response = await self._client.request(
            "GET",
            "/app-setups/{app_setup_id}",
            path_params={"app_setup_id": app_setup_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppSetup.from_dict, "AppSetup")


class AppSetupsApiWithRawResponse:
    """AppSetupsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AppSetupsApi) -> None:
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)


class AppSetupsApiWithStreamingResponse:
    """AppSetupsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AppSetupsApi) -> None:
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)


class AsyncAppSetupsApiWithRawResponse:
    """AsyncAppSetupsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAppSetupsApi) -> None:
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)


class AsyncAppSetupsApiWithStreamingResponse:
    """AsyncAppSetupsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAppSetupsApi) -> None:
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)

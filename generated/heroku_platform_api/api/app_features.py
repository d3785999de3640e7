"""App Features: An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import AppFeature, Error


class AppFeaturesApi:
    """An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        app_id_or_name: str,
        app_feature_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppFeature:
        """Info

        Info for an existing app feature.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            app_feature_id_or_name: unique identifier of app feature or unique name of app feature
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/features/{app_feature_id_or_name}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/features/{app_feature_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "app_feature_id_or_name": app_feature_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppFeature.from_dict, "AppFeature")

    def update(
        self,
        app_id_or_name: str,
        app_feature_id_or_name: str,
        *,
        enabled: bool,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppFeature:
        """Update

        Update an existing app feature.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            app_feature_id_or_name: unique identifier of app feature or unique name of app feature
            enabled: whether or not app feature has been enabled
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/features/{app_feature_id_or_name}``
        """
        _response = self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/features/{app_feature_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "app_feature_id_or_name": app_feature_id_or_name,
            },
            json_body=_rt.fields({"enabled": enabled}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppFeature.from_dict, "AppFeature")

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
    ) -> _rt.RangePages[AppFeature]:
        """List

        List existing app features.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
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

        ``GET /apps/{app_id_or_name}/features``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/features",
            {"app_id_or_name": app_id_or_name},
            _models.AppFeature.from_dict,
            "AppFeature",
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


class AsyncAppFeaturesApi:
    """An app feature represents a Heroku labs capability that can be enabled or disabled for an app on Heroku.

    The methods of ``AppFeaturesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        app_id_or_name: str,
        app_feature_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppFeature:
        """Info

        Info for an existing app feature.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            app_feature_id_or_name: unique identifier of app feature or unique name of app feature
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/features/{app_feature_id_or_name}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/features/{app_feature_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "app_feature_id_or_name": app_feature_id_or_name,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppFeature.from_dict, "AppFeature")

    async def update(
        self,
        app_id_or_name: str,
        app_feature_id_or_name: str,
        *,
        enabled: bool,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> AppFeature:
        """Update

        Update an existing app feature.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            app_feature_id_or_name: unique identifier of app feature or unique name of app feature
            enabled: whether or not app feature has been enabled
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PATCH /apps/{app_id_or_name}/features/{app_feature_id_or_name}``
        """
        _response = await self._client.request(
            "PATCH",
            "/apps/{app_id_or_name}/features/{app_feature_id_or_name}",
            path_params={
                "app_id_or_name": app_id_or_name,
                "app_feature_id_or_name": app_feature_id_or_name,
            },
            json_body=_rt.fields({"enabled": enabled}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.AppFeature.from_dict, "AppFeature")

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
    ) -> _rt.AsyncRangePages[AppFeature]:
        """List

        List existing app features.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
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

        ``GET /apps/{app_id_or_name}/features``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/features",
            {"app_id_or_name": app_id_or_name},
            _models.AppFeature.from_dict,
            "AppFeature",
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


class AppFeaturesApiWithRawResponse:
    """AppFeaturesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: AppFeaturesApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.update = _rt.raw_response(api.update)
        self.list = _rt.raw_response(api.list)


class AppFeaturesApiWithStreamingResponse:
    """AppFeaturesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AppFeaturesApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.update = _rt.streamed_response(api.update)
        self.list = _rt.streamed_response(api.list)


class AsyncAppFeaturesApiWithRawResponse:
    """AsyncAppFeaturesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncAppFeaturesApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.update = _rt.async_raw_response(api.update)
        self.list = _rt.async_raw_listing(api.list)


class AsyncAppFeaturesApiWithStreamingResponse:
    """AsyncAppFeaturesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncAppFeaturesApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.update = _rt.async_streamed_response(api.update)
        self.list = _rt.async_streamed_listing(api.list)

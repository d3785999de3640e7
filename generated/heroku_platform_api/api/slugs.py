"""Slugs: A slug is a snapshot of your application code that is ready to run on the platform."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, Slug


class SlugsApi:
    """A slug is a snapshot of your application code that is ready to run on the platform."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        app_id_or_name: str,
        slug_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Slug:
        """Info

        Info for existing slug.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            slug_id: unique identifier of slug
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/slugs/{slug_id}``
        """
        _response = self._client.request(
            "GET",
            "/apps/{app_id_or_name}/slugs/{slug_id}",
            path_params={"app_id_or_name": app_id_or_name, "slug_id": slug_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Slug.from_dict, "Slug")

    def create(
        self,
        app_id_or_name: str,
        *,
        process_types: dict[str, str],
        buildpack_provided_description: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        checksum: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        commit: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        commit_description: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        stack: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Slug:
        """Create

        Create a new slug. For more information please refer to [Deploying Slugs using the Platform API](https://devcenter.heroku.com/articles/platform-api-deploying-slugs).

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            process_types: hash mapping process type names to their respective command
            buildpack_provided_description: description from buildpack of slug
            checksum: an optional checksum of the slug for verifying its integrity
            commit: identification of the code with your version control system (eg: SHA of the git HEAD)
            commit_description: an optional description of the provided commit
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/slugs``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/slugs",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {
                    "buildpack_provided_description": buildpack_provided_description,
                    "checksum": checksum,
                    "commit": commit,
                    "commit_description": commit_description,
                    "process_types": process_types,
                    "stack": stack,
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
        return _rt.decode(_response, _models.Slug.from_dict, "Slug")


class AsyncSlugsApi:
    """A slug is a snapshot of your application code that is ready to run on the platform.

    The methods of ``SlugsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def info(
        self,
        app_id_or_name: str,
        slug_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Slug:
        """Info

        Info for existing slug.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            slug_id: unique identifier of slug
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /apps/{app_id_or_name}/slugs/{slug_id}``
        """
        _response = await self._client.request(
            "GET",
            "/apps/{app_id_or_name}/slugs/{slug_id}",
            path_params={"app_id_or_name": app_id_or_name, "slug_id": slug_id},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.Slug.from_dict, "Slug")

    async def create(
        self,
        app_id_or_name: str,
        *,
        process_types: dict[str, str],
        buildpack_provided_description: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        checksum: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        commit: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        commit_description: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        stack: Union[str, _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> Slug:
        """Create

        Create a new slug. For more information please refer to [Deploying Slugs using the Platform API](https://devcenter.heroku.com/articles/platform-api-deploying-slugs).

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            process_types: hash mapping process type names to their respective command
            buildpack_provided_description: description from buildpack of slug
            checksum: an optional checksum of the slug for verifying its integrity
            commit: identification of the code with your version control system (eg: SHA of the git HEAD)
            commit_description: an optional description of the provided commit
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/slugs``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/slugs",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {
                    "buildpack_provided_description": buildpack_provided_description,
                    "checksum": checksum,
                    "commit": commit,
                    "commit_description": commit_description,
                    "process_types": process_types,
                    "stack": stack,
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
        return _rt.decode(_response, _models.Slug.from_dict, "Slug")


class SlugsApiWithRawResponse:
    """SlugsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: SlugsApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.create = _rt.raw_response(api.create)


class SlugsApiWithStreamingResponse:
    """SlugsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: SlugsApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.create = _rt.streamed_response(api.create)


class AsyncSlugsApiWithRawResponse:
    """AsyncSlugsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncSlugsApi) -> None:
        self.info = _rt.async_raw_response(api.info)
        self.create = _rt.async_raw_response(api.create)


class AsyncSlugsApiWithStreamingResponse:
    """AsyncSlugsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncSlugsApi) -> None:
        self.info = _rt.async_streamed_response(api.info)
        self.create = _rt.async_streamed_response(api.create)

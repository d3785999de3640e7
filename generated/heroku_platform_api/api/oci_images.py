"""OCI Images: An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, OciImage, OciImageBuildpack


class OCIImagesApi:
    """An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def info(
        self,
        app_id_or_name: str,
        oci_image_id_or_digest: str,
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
    ) -> _rt.RangePages[OciImage]:
        """Info

        Info for the OCI images of an app, filtered by identifier.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            oci_image_id_or_digest: unique identifier of the OCI image or unique identifier representing the content of the OCI image
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

        ``GET /apps/{app_id_or_name}/oci-images/{oci_image_id_or_digest}``
        """
        return _rt.RangePages(
            self._client,
            "/apps/{app_id_or_name}/oci-images/{oci_image_id_or_digest}",
            {"app_id_or_name": app_id_or_name, "oci_image_id_or_digest": oci_image_id_or_digest},
            _models.OciImage.from_dict,
            "OciImage",
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
        architecture: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        base_image_name: Union[str, _rt.Unset] = _rt.UNSET,
        base_top_layer: Union[str, _rt.Unset] = _rt.UNSET,
        commit: Union[str, _rt.Unset] = _rt.UNSET,
        commit_description: Union[str, _rt.Unset] = _rt.UNSET,
        image_repo: Union[str, _rt.Unset] = _rt.UNSET,
        digest: Union[str, _rt.Unset] = _rt.UNSET,
        stack: Union[str, _rt.Unset] = _rt.UNSET,
        process_types: Union[dict[str, Any], _rt.Unset] = _rt.UNSET,
        buildpacks: Union[list[OciImageBuildpack], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OciImage:
        """Create

        Create an new OCI image of an app

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            architecture: build architecture for OCI image
            base_image_name: name of the image used for the base layers of the OCI image
            base_top_layer: the digest of the top most layer of the base image.
            commit: identification of the code in your version control system (eg: SHA of the git HEAD)
            commit_description: an optional description of the provided commit
            image_repo: name of the image registry repository used for storage
            digest: unique identifier representing the content of the OCI image
            process_types: process types of the OCI image
            buildpacks: buildpacks of the OCI image
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/oci-images``
        """
        _response = self._client.request(
            "POST",
            "/apps/{app_id_or_name}/oci-images",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {
                    "architecture": architecture,
                    "base_image_name": base_image_name,
                    "base_top_layer": base_top_layer,
                    "commit": commit,
                    "commit_description": commit_description,
                    "image_repo": image_repo,
                    "digest": digest,
                    "stack": stack,
                    "process_types": process_types,
                    "buildpacks": buildpacks,
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
        return _rt.decode(_response, _models.OciImage.from_dict, "OciImage")


class AsyncOCIImagesApi:
    """An OCI (Open Container Initiative) image is a standardized format for packaging and distributing containerized applications, ready to run on the platform.

    The methods of ``OCIImagesApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    def info(
        self,
        app_id_or_name: str,
        oci_image_id_or_digest: str,
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
    ) -> _rt.AsyncRangePages[OciImage]:
        """Info

        Info for the OCI images of an app, filtered by identifier.

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            oci_image_id_or_digest: unique identifier of the OCI image or unique identifier representing the content of the OCI image
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

        ``GET /apps/{app_id_or_name}/oci-images/{oci_image_id_or_digest}``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/apps/{app_id_or_name}/oci-images/{oci_image_id_or_digest}",
            {"app_id_or_name": app_id_or_name, "oci_image_id_or_digest": oci_image_id_or_digest},
            _models.OciImage.from_dict,
            "OciImage",
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
        architecture: Union[Optional[str], _rt.Unset] = _rt.UNSET,
        base_image_name: Union[str, _rt.Unset] = _rt.UNSET,
        base_top_layer: Union[str, _rt.Unset] = _rt.UNSET,
        commit: Union[str, _rt.Unset] = _rt.UNSET,
        commit_description: Union[str, _rt.Unset] = _rt.UNSET,
        image_repo: Union[str, _rt.Unset] = _rt.UNSET,
        digest: Union[str, _rt.Unset] = _rt.UNSET,
        stack: Union[str, _rt.Unset] = _rt.UNSET,
        process_types: Union[dict[str, Any], _rt.Unset] = _rt.UNSET,
        buildpacks: Union[list[OciImageBuildpack], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> OciImage:
        """Create

        Create an new OCI image of an app

        Args:
            app_id_or_name: unique identifier of app or unique name of app
            architecture: build architecture for OCI image
            base_image_name: name of the image used for the base layers of the OCI image
            base_top_layer: the digest of the top most layer of the base image.
            commit: identification of the code in your version control system (eg: SHA of the git HEAD)
            commit_description: an optional description of the provided commit
            image_repo: name of the image registry repository used for storage
            digest: unique identifier representing the content of the OCI image
            process_types: process types of the OCI image
            buildpacks: buildpacks of the OCI image
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``POST /apps/{app_id_or_name}/oci-images``
        """
        _response = await self._client.request(
            "POST",
            "/apps/{app_id_or_name}/oci-images",
            path_params={"app_id_or_name": app_id_or_name},
            json_body=_rt.fields(
                {
                    "architecture": architecture,
                    "base_image_name": base_image_name,
                    "base_top_layer": base_top_layer,
                    "commit": commit,
                    "commit_description": commit_description,
                    "image_repo": image_repo,
                    "digest": digest,
                    "stack": stack,
                    "process_types": process_types,
                    "buildpacks": buildpacks,
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
        return _rt.decode(_response, _models.OciImage.from_dict, "OciImage")


class OCIImagesApiWithRawResponse:
    """OCIImagesApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: OCIImagesApi) -> None:
        self.info = _rt.raw_response(api.info)
        self.create = _rt.raw_response(api.create)


class OCIImagesApiWithStreamingResponse:
    """OCIImagesApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: OCIImagesApi) -> None:
        self.info = _rt.streamed_response(api.info)
        self.create = _rt.streamed_response(api.create)


class AsyncOCIImagesApiWithRawResponse:
    """AsyncOCIImagesApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncOCIImagesApi) -> None:
        self.info = _rt.async_raw_listing(api.info)
        self.create = _rt.async_raw_response(api.create)


class AsyncOCIImagesApiWithStreamingResponse:
    """AsyncOCIImagesApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncOCIImagesApi) -> None:
        self.info = _rt.async_streamed_listing(api.info)
        self.create = _rt.async_streamed_response(api.create)

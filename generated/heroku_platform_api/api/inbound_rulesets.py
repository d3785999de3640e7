"""Inbound Rulesets: An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import _runtime as _rt
from .. import models as _models

if TYPE_CHECKING:  # the decoders reach them through _models, on first use
    from ..models import Error, InboundRuleset, InboundRulesetRule


class InboundRulesetsApi:
    """An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application."""

    def __init__(self, client: _rt.BaseClient) -> None:
        self._client = client

    def current(
        self,
        space_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InboundRuleset:
        """Current

        Current inbound ruleset for a space

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/inbound-ruleset``
        """
        _response = self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/inbound-ruleset",
            path_params={"space_id_or_name": space_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.InboundRuleset.from_dict, "InboundRuleset")

    def create(
        self,
        space_id_or_name: str,
        *,
        rules: Union[builtins.list[InboundRulesetRule], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InboundRuleset:
        """Create

        Create a new inbound ruleset

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /spaces/{space_id_or_name}/inbound-ruleset``
        """
        _response = self._client.request(
            "PUT",
            "/spaces/{space_id_or_name}/inbound-ruleset",
            path_params={"space_id_or_name": space_id_or_name},
            json_body=_rt.fields({"rules": rules}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.InboundRuleset.from_dict, "InboundRuleset")

    def info(
        self,
        space_id_or_name: str,
        inbound_ruleset_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InboundRuleset:
        """Info

        Info on an existing Inbound Ruleset

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            inbound_ruleset_id: unique identifier of an inbound-ruleset
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/inbound-rulesets/{inbound_ruleset_id}``
        """
        _response = self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/inbound-rulesets/{inbound_ruleset_id}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "inbound_ruleset_id": inbound_ruleset_id,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.InboundRuleset.from_dict, "InboundRuleset")

    def list(
        self,
        space_id_or_name: str,
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
    ) -> _rt.RangePages[InboundRuleset]:
        """List

        List all inbound rulesets for a space

        Args:
            space_id_or_name: unique identifier of space or unique name of space
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

        ``GET /spaces/{space_id_or_name}/inbound-rulesets``
        """
        return _rt.RangePages(
            self._client,
            "/spaces/{space_id_or_name}/inbound-rulesets",
            {"space_id_or_name": space_id_or_name},
            _models.InboundRuleset.from_dict,
            "InboundRuleset",
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


class AsyncInboundRulesetsApi:
    """An inbound-ruleset is a collection of rules that specify what hosts can or cannot connect to an application.

    The methods of ``InboundRulesetsApi`` for ``AsyncClient``: awaited; lists
    are iterated with ``async for``.
    """

    def __init__(self, client: _rt.AsyncBaseClient) -> None:
        self._client = client

    async def current(
        self,
        space_id_or_name: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InboundRuleset:
        """Current

        Current inbound ruleset for a space

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/inbound-ruleset``
        """
        _response = await self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/inbound-ruleset",
            path_params={"space_id_or_name": space_id_or_name},
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.InboundRuleset.from_dict, "InboundRuleset")

    async def create(
        self,
        space_id_or_name: str,
        *,
        rules: Union[builtins.list[InboundRulesetRule], _rt.Unset] = _rt.UNSET,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InboundRuleset:
        """Create

        Create a new inbound ruleset

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``PUT /spaces/{space_id_or_name}/inbound-ruleset``
        """
        _response = await self._client.request(
            "PUT",
            "/spaces/{space_id_or_name}/inbound-ruleset",
            path_params={"space_id_or_name": space_id_or_name},
            json_body=_rt.fields({"rules": rules}),
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.InboundRuleset.from_dict, "InboundRuleset")

    async def info(
        self,
        space_id_or_name: str,
        inbound_ruleset_id: str,
        *,
        headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        strict: Optional[bool] = None,
        timeout: _rt.Timeout = None,
        deadline: Optional[float] = None,
    ) -> InboundRuleset:
        """Info

        Info on an existing Inbound Ruleset

        Args:
            space_id_or_name: unique identifier of space or unique name of space
            inbound_ruleset_id: unique identifier of an inbound-ruleset
            headers: Extra headers for this call.
            extra_query: Query parameters to send as well (ones the document forgot).
            extra_body: Keys to merge into the JSON object (or form) body.
            strict: True: a reply field that breaks its schema raises DecodeError (None: the client's).
            timeout: Overrides the client's timeout for this call.
            deadline: Overrides the client's deadline (seconds for the whole call) for this call.

        ``GET /spaces/{space_id_or_name}/inbound-rulesets/{inbound_ruleset_id}``
        """
        _response = await self._client.request(
            "GET",
            "/spaces/{space_id_or_name}/inbound-rulesets/{inbound_ruleset_id}",
            path_params={
                "space_id_or_name": space_id_or_name,
                "inbound_ruleset_id": inbound_ruleset_id,
            },
            headers=headers,
            timeout=timeout,
            deadline=deadline,
            extra_query=extra_query,
            extra_body=extra_body,
            strict=strict,
            errors={"default": (_models.Error.from_dict, "Error")},
        )
        return _rt.decode(_response, _models.InboundRuleset.from_dict, "InboundRuleset")

    def list(
        self,
        space_id_or_name: str,
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
    ) -> _rt.AsyncRangePages[InboundRuleset]:
        """List

        List all inbound rulesets for a space

        Args:
            space_id_or_name: unique identifier of space or unique name of space
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

        ``GET /spaces/{space_id_or_name}/inbound-rulesets``
        """
        return _rt.AsyncRangePages(
            self._client,
            "/spaces/{space_id_or_name}/inbound-rulesets",
            {"space_id_or_name": space_id_or_name},
            _models.InboundRuleset.from_dict,
            "InboundRuleset",
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


class InboundRulesetsApiWithRawResponse:
    """InboundRulesetsApi's methods, each returning a ``RawResponse`` of its
    result: status, headers and body beside ``parse()``."""

    def __init__(self, api: InboundRulesetsApi) -> None:
        self.current = _rt.raw_response(api.current)
        self.create = _rt.raw_response(api.create)
        self.info = _rt.raw_response(api.info)
        self.list = _rt.raw_response(api.list)


class InboundRulesetsApiWithStreamingResponse:
    """InboundRulesetsApi's methods, each returning a ``StreamedResponse``:
    the body unread, to read in chunks, lines or events."""

    def __init__(self, api: InboundRulesetsApi) -> None:
        self.current = _rt.streamed_response(api.current)
        self.create = _rt.streamed_response(api.create)
        self.info = _rt.streamed_response(api.info)
        self.list = _rt.streamed_response(api.list)


class AsyncInboundRulesetsApiWithRawResponse:
    """AsyncInboundRulesetsApi's methods, each returning an ``AsyncRawResponse`` of its
    result: status, headers and body beside ``await parse()``."""

    def __init__(self, api: AsyncInboundRulesetsApi) -> None:
        self.current = _rt.async_raw_response(api.current)
        self.create = _rt.async_raw_response(api.create)
        self.info = _rt.async_raw_response(api.info)
        self.list = _rt.async_raw_listing(api.list)


class AsyncInboundRulesetsApiWithStreamingResponse:
    """AsyncInboundRulesetsApi's methods, each giving an ``AsyncStreamedResponse``
    on ``async with``: the body unread, to read in chunks, lines or events."""

    def __init__(self, api: AsyncInboundRulesetsApi) -> None:
        self.current = _rt.async_streamed_response(api.current)
        self.create = _rt.async_streamed_response(api.create)
        self.info = _rt.async_streamed_response(api.info)
        self.list = _rt.async_streamed_listing(api.list)

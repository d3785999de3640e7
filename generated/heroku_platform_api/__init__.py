"""Python client for the Heroku Platform API.

The platform API empowers developers to automate, extend and combine Heroku with other services.

Generated from the OpenAPI document; do not edit by hand.
"""

from ._runtime import (
    UNSET,
    ApiError,
    AsyncPages,
    AsyncRangePages,
    BadRequest,
    ClientError,
    Conflict,
    DeadlineExceeded,
    DecodeError,
    EventStream,
    Forbidden,
    InvalidCredentials,
    MissingCredentials,
    NotFound,
    Page,
    Pages,
    PaginationError,
    RangePages,
    RateLimited,
    RawResponse,
    ResponseTooLarge,
    ServerError,
    ServerSentEvent,
    StreamedResponse,
    TransportError,
    Unauthorized,
    UnprocessableEntity,
    Unset,
    open_stream,
)
from .client import AsyncClient, Client

__version__ = "0.1.0"

__all__ = [
    "UNSET",
    "ApiError",
    "AsyncClient",
    "AsyncPages",
    "AsyncRangePages",
    "BadRequest",
    "Client",
    "ClientError",
    "Conflict",
    "DeadlineExceeded",
    "DecodeError",
    "EventStream",
    "Forbidden",
    "InvalidCredentials",
    "MissingCredentials",
    "NotFound",
    "Page",
    "Pages",
    "PaginationError",
    "RangePages",
    "RateLimited",
    "RawResponse",
    "ResponseTooLarge",
    "ServerError",
    "ServerSentEvent",
    "StreamedResponse",
    "TransportError",
    "Unauthorized",
    "UnprocessableEntity",
    "Unset",
    "open_stream",
]

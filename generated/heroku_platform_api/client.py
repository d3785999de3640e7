"""The Heroku Platform API client."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Mapping, Optional, Union

from . import _runtime as _rt
from .api.account import (
    AccountApi,
    AccountApiWithRawResponse,
    AccountApiWithStreamingResponse,
    AsyncAccountApi,
)
from .api.add_ons import (
    AddOnsApi,
    AddOnsApiWithRawResponse,
    AddOnsApiWithStreamingResponse,
    AsyncAddOnsApi,
)
from .api.apps import AppsApi, AppsApiWithRawResponse, AppsApiWithStreamingResponse, AsyncAppsApi
from .api.builds import (
    AsyncBuildsApi,
    BuildsApi,
    BuildsApiWithRawResponse,
    BuildsApiWithStreamingResponse,
)
from .api.collaborators import (
    AsyncCollaboratorsApi,
    CollaboratorsApi,
    CollaboratorsApiWithRawResponse,
    CollaboratorsApiWithStreamingResponse,
)
from .api.config_vars import (
    AsyncConfigVarsApi,
    ConfigVarsApi,
    ConfigVarsApiWithRawResponse,
    ConfigVarsApiWithStreamingResponse,
)
from .api.domains import (
    AsyncDomainsApi,
    DomainsApi,
    DomainsApiWithRawResponse,
    DomainsApiWithStreamingResponse,
)
from .api.dynos import (
    AsyncDynosApi,
    DynosApi,
    DynosApiWithRawResponse,
    DynosApiWithStreamingResponse,
)
from .api.formation import (
    AsyncFormationApi,
    FormationApi,
    FormationApiWithRawResponse,
    FormationApiWithStreamingResponse,
)
from .api.log_sessions import (
    AsyncLogSessionsApi,
    LogSessionsApi,
    LogSessionsApiWithRawResponse,
    LogSessionsApiWithStreamingResponse,
)
from .api.pipelines import (
    AsyncPipelinesApi,
    PipelinesApi,
    PipelinesApiWithRawResponse,
    PipelinesApiWithStreamingResponse,
)
from .api.regions import (
    AsyncRegionsApi,
    RegionsApi,
    RegionsApiWithRawResponse,
    RegionsApiWithStreamingResponse,
)
from .api.releases import (
    AsyncReleasesApi,
    ReleasesApi,
    ReleasesApiWithRawResponse,
    ReleasesApiWithStreamingResponse,
)
from .api.sources import (
    AsyncSourcesApi,
    SourcesApi,
    SourcesApiWithRawResponse,
    SourcesApiWithStreamingResponse,
)
from .api.stacks import (
    AsyncStacksApi,
    StacksApi,
    StacksApiWithRawResponse,
    StacksApiWithStreamingResponse,
)

if TYPE_CHECKING:
    import httpx
    import requests
    from urllib3.util.retry import Retry


class Client(_rt.BaseClient):
    """Client for the Heroku Platform API.

    One client is safe to share between threads; it keeps connections alive
    in a pool of ``pool_size``.  Credentials are looked up on the first call
    (``token=``, then ``$HEROKU_API_KEY``, then the netrc entry of the API host),
    so constructing a client never fails for want of a token.

    The base URL is ``base_url=`` when given; else ``$HEROKU_PLATFORM_API_BASE_URL``
    when set; else ``https://api.heroku.com``.
    """

    DEFAULT_BASE_URL = "https://api.heroku.com"
    SERVERS = _rt.servers([{"url": "https://api.heroku.com", "description": "Heroku Platform API"}])
    BASE_URL_ENV = "HEROKU_PLATFORM_API_BASE_URL"
    TOKEN_ENV = "HEROKU_API_KEY"
    USE_NETRC = True
    DEFAULT_HEADERS: Mapping[str, str] = {"Accept": "application/vnd.heroku+json; version=3"}
    USER_AGENT = "heroku_platform_api/0.1.0"
    AUTH_SCHEME = "Bearer"
    ERROR_ID_FIELDS = ("id",)
    ERROR_MESSAGE_FIELDS = ("message",)
    REQUEST_ID_HEADERS = ("Request-Id",)
    RATE_LIMIT_HEADERS = ("RateLimit-Remaining",)

    def __init__(
        self,
        token: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: _rt.Timeout = (10.0, 60.0),
        retries: Union[int, Retry, None] = 3,
        backoff_factor: float = 0.5,
        pool_size: int = 10,
        session: Optional[requests.Session] = None,
        deadline: float = 300.0,
        max_response_bytes: int = 64 * 1024 * 1024,
        max_retry_after: float = 60.0,
        strict: bool = False,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            retries=retries,
            backoff_factor=backoff_factor,
            pool_size=pool_size,
            session=session,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retry_after=max_retry_after,
            strict=strict,
        )
        self.apps = AppsApi(self)
        """Application management"""
        self.dynos = DynosApi(self)
        """Process (dyno) management"""
        self.config_vars = ConfigVarsApi(self)
        """Environment configuration variables"""
        self.add_ons = AddOnsApi(self)
        """Add-on service management"""
        self.domains = DomainsApi(self)
        """Custom domain management"""
        self.formation = FormationApi(self)
        """Process type scaling"""
        self.releases = ReleasesApi(self)
        """Release management"""
        self.builds = BuildsApi(self)
        """Build management"""
        self.log_sessions = LogSessionsApi(self)
        """Application logging"""
        self.pipelines = PipelinesApi(self)
        """Deployment pipeline management"""
        self.account = AccountApi(self)
        """Account management"""
        self.regions = RegionsApi(self)
        """Available regions"""
        self.stacks = StacksApi(self)
        """Available stacks"""
        self.collaborators = CollaboratorsApi(self)
        """App collaborator management"""
        self.sources = SourcesApi(self)
        """Source code upload locations"""

    @functools.cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """Every operation returning a ``RawResponse``: status code, headers and
        body, with ``parse()`` for the value the plain call returns."""
        return ClientWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """Every operation returning a ``StreamedResponse`` with its body unread
        (``iter_bytes()``, ``save(path)``, ``iter_lines()``, ``iter_events()``); close it
        or use it in a ``with`` block."""
        return ClientWithStreamingResponse(self)


class ClientWithRawResponse:
    """The client's groups, their methods returning a ``RawResponse``."""

    def __init__(self, client: Client) -> None:
        self.apps = AppsApiWithRawResponse(client.apps)
        self.dynos = DynosApiWithRawResponse(client.dynos)
        self.config_vars = ConfigVarsApiWithRawResponse(client.config_vars)
        self.add_ons = AddOnsApiWithRawResponse(client.add_ons)
        self.domains = DomainsApiWithRawResponse(client.domains)
        self.formation = FormationApiWithRawResponse(client.formation)
        self.releases = ReleasesApiWithRawResponse(client.releases)
        self.builds = BuildsApiWithRawResponse(client.builds)
        self.log_sessions = LogSessionsApiWithRawResponse(client.log_sessions)
        self.pipelines = PipelinesApiWithRawResponse(client.pipelines)
        self.account = AccountApiWithRawResponse(client.account)
        self.regions = RegionsApiWithRawResponse(client.regions)
        self.stacks = StacksApiWithRawResponse(client.stacks)
        self.collaborators = CollaboratorsApiWithRawResponse(client.collaborators)
        self.sources = SourcesApiWithRawResponse(client.sources)


class ClientWithStreamingResponse:
    """The client's groups, their methods returning a ``StreamedResponse``."""

    def __init__(self, client: Client) -> None:
        self.apps = AppsApiWithStreamingResponse(client.apps)
        self.dynos = DynosApiWithStreamingResponse(client.dynos)
        self.config_vars = ConfigVarsApiWithStreamingResponse(client.config_vars)
        self.add_ons = AddOnsApiWithStreamingResponse(client.add_ons)
        self.domains = DomainsApiWithStreamingResponse(client.domains)
        self.formation = FormationApiWithStreamingResponse(client.formation)
        self.releases = ReleasesApiWithStreamingResponse(client.releases)
        self.builds = BuildsApiWithStreamingResponse(client.builds)
        self.log_sessions = LogSessionsApiWithStreamingResponse(client.log_sessions)
        self.pipelines = PipelinesApiWithStreamingResponse(client.pipelines)
        self.account = AccountApiWithStreamingResponse(client.account)
        self.regions = RegionsApiWithStreamingResponse(client.regions)
        self.stacks = StacksApiWithStreamingResponse(client.stacks)
        self.collaborators = CollaboratorsApiWithStreamingResponse(client.collaborators)
        self.sources = SourcesApiWithStreamingResponse(client.sources)


class AsyncClient(_rt.AsyncBaseClient, conventions=Client):
    """Asynchronous client for the Heroku Platform API.

    The same resources and methods as ``Client``, awaited (lists are
    iterated with ``async for``), on ``httpx`` (``pip install heroku-platform-api[async]``).
    It speaks the API as ``Client`` does (its conventions are ``Client``'s)
    and takes the same settings, but ``retries`` is a count, ``token`` may also
    be an async function returning the token (awaited once) and
    ``http_client`` replaces ``session``.  Share one client between the tasks
    of an event loop; ``async with AsyncClient() as client:`` closes its
    connections.
    """

    def __init__(
        self,
        token: _rt.AsyncToken = None,
        *,
        base_url: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        timeout: _rt.Timeout = (10.0, 60.0),
        retries: int = 3,
        backoff_factor: float = 0.5,
        pool_size: int = 10,
        http_client: Optional[httpx.AsyncClient] = None,
        deadline: float = 300.0,
        max_response_bytes: int = 64 * 1024 * 1024,
        max_retry_after: float = 60.0,
        strict: bool = False,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            retries=retries,
            backoff_factor=backoff_factor,
            pool_size=pool_size,
            http_client=http_client,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_retry_after=max_retry_after,
            strict=strict,
        )

    @functools.cached_property
    def apps(self) -> AsyncAppsApi:
        """Application management"""
        return AsyncAppsApi(self)

    @functools.cached_property
    def dynos(self) -> AsyncDynosApi:
        """Process (dyno) management"""
        return AsyncDynosApi(self)

    @functools.cached_property
    def config_vars(self) -> AsyncConfigVarsApi:
        """Environment configuration variables"""
        return AsyncConfigVarsApi(self)

    @functools.cached_property
    def add_ons(self) -> AsyncAddOnsApi:
        """Add-on service management"""
        return AsyncAddOnsApi(self)

    @functools.cached_property
    def domains(self) -> AsyncDomainsApi:
        """Custom domain management"""
        return AsyncDomainsApi(self)

    @functools.cached_property
    def formation(self) -> AsyncFormationApi:
        """Process type scaling"""
        return AsyncFormationApi(self)

    @functools.cached_property
    def releases(self) -> AsyncReleasesApi:
        """Release management"""
        return AsyncReleasesApi(self)

    @functools.cached_property
    def builds(self) -> AsyncBuildsApi:
        """Build management"""
        return AsyncBuildsApi(self)

    @functools.cached_property
    def log_sessions(self) -> AsyncLogSessionsApi:
        """Application logging"""
        return AsyncLogSessionsApi(self)

    @functools.cached_property
    def pipelines(self) -> AsyncPipelinesApi:
        """Deployment pipeline management"""
        return AsyncPipelinesApi(self)

    @functools.cached_property
    def account(self) -> AsyncAccountApi:
        """Account management"""
        return AsyncAccountApi(self)

    @functools.cached_property
    def regions(self) -> AsyncRegionsApi:
        """Available regions"""
        return AsyncRegionsApi(self)

    @functools.cached_property
    def stacks(self) -> AsyncStacksApi:
        """Available stacks"""
        return AsyncStacksApi(self)

    @functools.cached_property
    def collaborators(self) -> AsyncCollaboratorsApi:
        """App collaborator management"""
        return AsyncCollaboratorsApi(self)

    @functools.cached_property
    def sources(self) -> AsyncSourcesApi:
        """Source code upload locations"""
        return AsyncSourcesApi(self)

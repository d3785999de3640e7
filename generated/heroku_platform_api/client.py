"""The Heroku Platform API client."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Mapping, Optional, Union

from . import _runtime as _rt
from .api.account import AccountApi, AsyncAccountApi
from .api.add_ons import AddOnsApi, AsyncAddOnsApi
from .api.apps import AppsApi, AsyncAppsApi
from .api.builds import AsyncBuildsApi, BuildsApi
from .api.collaborators import AsyncCollaboratorsApi, CollaboratorsApi
from .api.config_vars import AsyncConfigVarsApi, ConfigVarsApi
from .api.domains import AsyncDomainsApi, DomainsApi
from .api.dynos import AsyncDynosApi, DynosApi
from .api.formation import AsyncFormationApi, FormationApi
from .api.log_sessions import AsyncLogSessionsApi, LogSessionsApi
from .api.pipelines import AsyncPipelinesApi, PipelinesApi
from .api.regions import AsyncRegionsApi, RegionsApi
from .api.releases import AsyncReleasesApi, ReleasesApi
from .api.sources import AsyncSourcesApi, SourcesApi
from .api.stacks import AsyncStacksApi, StacksApi

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

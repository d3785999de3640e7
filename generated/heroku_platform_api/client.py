"""The Heroku Platform API client."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Mapping, Optional, Union

from . import _runtime as _rt

if TYPE_CHECKING:
    import requests
    from urllib3.util.retry import Retry

    from .api.account import AccountApi, AccountApiWithRawResponse, AccountApiWithStreamingResponse
    from .api.add_ons import AddOnsApi, AddOnsApiWithRawResponse, AddOnsApiWithStreamingResponse
    from .api.apps import AppsApi, AppsApiWithRawResponse, AppsApiWithStreamingResponse
    from .api.builds import BuildsApi, BuildsApiWithRawResponse, BuildsApiWithStreamingResponse
    from .api.collaborators import (
        CollaboratorsApi,
        CollaboratorsApiWithRawResponse,
        CollaboratorsApiWithStreamingResponse,
    )
    from .api.config_vars import (
        ConfigVarsApi,
        ConfigVarsApiWithRawResponse,
        ConfigVarsApiWithStreamingResponse,
    )
    from .api.domains import DomainsApi, DomainsApiWithRawResponse, DomainsApiWithStreamingResponse
    from .api.dynos import DynosApi, DynosApiWithRawResponse, DynosApiWithStreamingResponse
    from .api.formation import (
        FormationApi,
        FormationApiWithRawResponse,
        FormationApiWithStreamingResponse,
    )
    from .api.log_sessions import (
        LogSessionsApi,
        LogSessionsApiWithRawResponse,
        LogSessionsApiWithStreamingResponse,
    )
    from .api.pipelines import (
        PipelinesApi,
        PipelinesApiWithRawResponse,
        PipelinesApiWithStreamingResponse,
    )
    from .api.regions import RegionsApi, RegionsApiWithRawResponse, RegionsApiWithStreamingResponse
    from .api.releases import (
        ReleasesApi,
        ReleasesApiWithRawResponse,
        ReleasesApiWithStreamingResponse,
    )
    from .api.sources import SourcesApi, SourcesApiWithRawResponse, SourcesApiWithStreamingResponse
    from .api.stacks import StacksApi, StacksApiWithRawResponse, StacksApiWithStreamingResponse


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

    @property
    def apps(self) -> AppsApi:
        """Application management"""
        from .api.apps import AppsApi

        return self._resource(AppsApi)

    @property
    def dynos(self) -> DynosApi:
        """Process (dyno) management"""
        from .api.dynos import DynosApi

        return self._resource(DynosApi)

    @property
    def config_vars(self) -> ConfigVarsApi:
        """Environment configuration variables"""
        from .api.config_vars import ConfigVarsApi

        return self._resource(ConfigVarsApi)

    @property
    def add_ons(self) -> AddOnsApi:
        """Add-on service management"""
        from .api.add_ons import AddOnsApi

        return self._resource(AddOnsApi)

    @property
    def domains(self) -> DomainsApi:
        """Custom domain management"""
        from .api.domains import DomainsApi

        return self._resource(DomainsApi)

    @property
    def formation(self) -> FormationApi:
        """Process type scaling"""
        from .api.formation import FormationApi

        return self._resource(FormationApi)

    @property
    def releases(self) -> ReleasesApi:
        """Release management"""
        from .api.releases import ReleasesApi

        return self._resource(ReleasesApi)

    @property
    def builds(self) -> BuildsApi:
        """Build management"""
        from .api.builds import BuildsApi

        return self._resource(BuildsApi)

    @property
    def log_sessions(self) -> LogSessionsApi:
        """Application logging"""
        from .api.log_sessions import LogSessionsApi

        return self._resource(LogSessionsApi)

    @property
    def pipelines(self) -> PipelinesApi:
        """Deployment pipeline management"""
        from .api.pipelines import PipelinesApi

        return self._resource(PipelinesApi)

    @property
    def account(self) -> AccountApi:
        """Account management"""
        from .api.account import AccountApi

        return self._resource(AccountApi)

    @property
    def regions(self) -> RegionsApi:
        """Available regions"""
        from .api.regions import RegionsApi

        return self._resource(RegionsApi)

    @property
    def stacks(self) -> StacksApi:
        """Available stacks"""
        from .api.stacks import StacksApi

        return self._resource(StacksApi)

    @property
    def collaborators(self) -> CollaboratorsApi:
        """App collaborator management"""
        from .api.collaborators import CollaboratorsApi

        return self._resource(CollaboratorsApi)

    @property
    def sources(self) -> SourcesApi:
        """Source code upload locations"""
        from .api.sources import SourcesApi

        return self._resource(SourcesApi)

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
    """The client's groups, their methods returning a ``RawResponse``; each group's
    module is imported on first use, as on the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @functools.cached_property
    def apps(self) -> AppsApiWithRawResponse:
        from .api.apps import AppsApiWithRawResponse

        return AppsApiWithRawResponse(self._client.apps)

    @functools.cached_property
    def dynos(self) -> DynosApiWithRawResponse:
        from .api.dynos import DynosApiWithRawResponse

        return DynosApiWithRawResponse(self._client.dynos)

    @functools.cached_property
    def config_vars(self) -> ConfigVarsApiWithRawResponse:
        from .api.config_vars import ConfigVarsApiWithRawResponse

        return ConfigVarsApiWithRawResponse(self._client.config_vars)

    @functools.cached_property
    def add_ons(self) -> AddOnsApiWithRawResponse:
        from .api.add_ons import AddOnsApiWithRawResponse

        return AddOnsApiWithRawResponse(self._client.add_ons)

    @functools.cached_property
    def domains(self) -> DomainsApiWithRawResponse:
        from .api.domains import DomainsApiWithRawResponse

        return DomainsApiWithRawResponse(self._client.domains)

    @functools.cached_property
    def formation(self) -> FormationApiWithRawResponse:
        from .api.formation import FormationApiWithRawResponse

        return FormationApiWithRawResponse(self._client.formation)

    @functools.cached_property
    def releases(self) -> ReleasesApiWithRawResponse:
        from .api.releases import ReleasesApiWithRawResponse

        return ReleasesApiWithRawResponse(self._client.releases)

    @functools.cached_property
    def builds(self) -> BuildsApiWithRawResponse:
        from .api.builds import BuildsApiWithRawResponse

        return BuildsApiWithRawResponse(self._client.builds)

    @functools.cached_property
    def log_sessions(self) -> LogSessionsApiWithRawResponse:
        from .api.log_sessions import LogSessionsApiWithRawResponse

        return LogSessionsApiWithRawResponse(self._client.log_sessions)

    @functools.cached_property
    def pipelines(self) -> PipelinesApiWithRawResponse:
        from .api.pipelines import PipelinesApiWithRawResponse

        return PipelinesApiWithRawResponse(self._client.pipelines)

    @functools.cached_property
    def account(self) -> AccountApiWithRawResponse:
        from .api.account import AccountApiWithRawResponse

        return AccountApiWithRawResponse(self._client.account)

    @functools.cached_property
    def regions(self) -> RegionsApiWithRawResponse:
        from .api.regions import RegionsApiWithRawResponse

        return RegionsApiWithRawResponse(self._client.regions)

    @functools.cached_property
    def stacks(self) -> StacksApiWithRawResponse:
        from .api.stacks import StacksApiWithRawResponse

        return StacksApiWithRawResponse(self._client.stacks)

    @functools.cached_property
    def collaborators(self) -> CollaboratorsApiWithRawResponse:
        from .api.collaborators import CollaboratorsApiWithRawResponse

        return CollaboratorsApiWithRawResponse(self._client.collaborators)

    @functools.cached_property
    def sources(self) -> SourcesApiWithRawResponse:
        from .api.sources import SourcesApiWithRawResponse

        return SourcesApiWithRawResponse(self._client.sources)


class ClientWithStreamingResponse:
    """The client's groups, their methods returning a ``StreamedResponse``; each group's
    module is imported on first use, as on the client."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @functools.cached_property
    def apps(self) -> AppsApiWithStreamingResponse:
        from .api.apps import AppsApiWithStreamingResponse

        return AppsApiWithStreamingResponse(self._client.apps)

    @functools.cached_property
    def dynos(self) -> DynosApiWithStreamingResponse:
        from .api.dynos import DynosApiWithStreamingResponse

        return DynosApiWithStreamingResponse(self._client.dynos)

    @functools.cached_property
    def config_vars(self) -> ConfigVarsApiWithStreamingResponse:
        from .api.config_vars import ConfigVarsApiWithStreamingResponse

        return ConfigVarsApiWithStreamingResponse(self._client.config_vars)

    @functools.cached_property
    def add_ons(self) -> AddOnsApiWithStreamingResponse:
        from .api.add_ons import AddOnsApiWithStreamingResponse

        return AddOnsApiWithStreamingResponse(self._client.add_ons)

    @functools.cached_property
    def domains(self) -> DomainsApiWithStreamingResponse:
        from .api.domains import DomainsApiWithStreamingResponse

        return DomainsApiWithStreamingResponse(self._client.domains)

    @functools.cached_property
    def formation(self) -> FormationApiWithStreamingResponse:
        from .api.formation import FormationApiWithStreamingResponse

        return FormationApiWithStreamingResponse(self._client.formation)

    @functools.cached_property
    def releases(self) -> ReleasesApiWithStreamingResponse:
        from .api.releases import ReleasesApiWithStreamingResponse

        return ReleasesApiWithStreamingResponse(self._client.releases)

    @functools.cached_property
    def builds(self) -> BuildsApiWithStreamingResponse:
        from .api.builds import BuildsApiWithStreamingResponse

        return BuildsApiWithStreamingResponse(self._client.builds)

    @functools.cached_property
    def log_sessions(self) -> LogSessionsApiWithStreamingResponse:
        from .api.log_sessions import LogSessionsApiWithStreamingResponse

        return LogSessionsApiWithStreamingResponse(self._client.log_sessions)

    @functools.cached_property
    def pipelines(self) -> PipelinesApiWithStreamingResponse:
        from .api.pipelines import PipelinesApiWithStreamingResponse

        return PipelinesApiWithStreamingResponse(self._client.pipelines)

    @functools.cached_property
    def account(self) -> AccountApiWithStreamingResponse:
        from .api.account import AccountApiWithStreamingResponse

        return AccountApiWithStreamingResponse(self._client.account)

    @functools.cached_property
    def regions(self) -> RegionsApiWithStreamingResponse:
        from .api.regions import RegionsApiWithStreamingResponse

        return RegionsApiWithStreamingResponse(self._client.regions)

    @functools.cached_property
    def stacks(self) -> StacksApiWithStreamingResponse:
        from .api.stacks import StacksApiWithStreamingResponse

        return StacksApiWithStreamingResponse(self._client.stacks)

    @functools.cached_property
    def collaborators(self) -> CollaboratorsApiWithStreamingResponse:
        from .api.collaborators import CollaboratorsApiWithStreamingResponse

        return CollaboratorsApiWithStreamingResponse(self._client.collaborators)

    @functools.cached_property
    def sources(self) -> SourcesApiWithStreamingResponse:
        from .api.sources import SourcesApiWithStreamingResponse

        return SourcesApiWithStreamingResponse(self._client.sources)

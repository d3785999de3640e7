"""The Heroku Platform API client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Optional, Union

from . import _runtime as _rt

if TYPE_CHECKING:
    import requests
    from urllib3.util.retry import Retry

    from .api.account import AccountApi
    from .api.add_ons import AddOnsApi
    from .api.apps import AppsApi
    from .api.builds import BuildsApi
    from .api.collaborators import CollaboratorsApi
    from .api.config_vars import ConfigVarsApi
    from .api.domains import DomainsApi
    from .api.dynos import DynosApi
    from .api.formation import FormationApi
    from .api.log_sessions import LogSessionsApi
    from .api.pipelines import PipelinesApi
    from .api.regions import RegionsApi
    from .api.releases import ReleasesApi
    from .api.sources import SourcesApi
    from .api.stacks import StacksApi


class Client(_rt.BaseClient):
    """Client for the Heroku Platform API.

    One client is safe to share between threads; it keeps connections alive
    in a pool of ``pool_size``.  Credentials are looked up on the first call
    (``token=``, then ``$HEROKU_API_KEY``, then the netrc entry of the API host),
    so constructing a client never fails for want of a token.
    """

    DEFAULT_BASE_URL = "https://api.heroku.com"
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

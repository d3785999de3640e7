from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .. import _runtime as _rt


@dataclass(kw_only=True, slots=True)
class UserPreferences:
    """Tracks a user's preferences and message dismissals"""

    timezone: Optional[str] = None
    """User's default timezone"""
    default_organization: Optional[str] = None
    """User's default team"""
    dismissed_github_banner: Optional[bool] = None
    """Whether the user has dismissed the GitHub link banner"""
    dismissed_getting_started: Optional[bool] = None
    """Whether the user has dismissed the getting started banner"""
    dismissed_org_access_controls: Optional[bool] = None
    """Whether the user has dismissed the Organization Access Controls banner"""
    dismissed_org_wizard_notification: Optional[bool] = None
    """Whether the user has dismissed the Organization Wizard"""
    dismissed_pipelines_banner: Optional[bool] = None
    """Whether the user has dismissed the Pipelines banner"""
    dismissed_pipelines_github_banner: Optional[bool] = None
    """Whether the user has dismissed the GitHub banner on a pipeline overview"""
    dismissed_pipelines_github_banners: Optional[list[str]] = None
    """Which pipeline uuids the user has dismissed the GitHub banner for"""
    dismissed_sms_banner: Optional[bool] = None
    """Whether the user has dismissed the 2FA SMS banner"""

    @classmethod
    def from_dict(cls, data: Any) -> UserPreferences:
        data = _rt.expect_object(data)
        return cls(
            timezone=_rt.optional_str(data, "timezone"),
            default_organization=_rt.optional_str(data, "default-organization"),
            dismissed_github_banner=_rt.optional_bool(data, "dismissed-github-banner"),
            dismissed_getting_started=_rt.optional_bool(data, "dismissed-getting-started"),
            dismissed_org_access_controls=_rt.optional_bool(data, "dismissed-org-access-controls"),
            dismissed_org_wizard_notification=_rt.optional_bool(
                data,
                "dismissed-org-wizard-notification",
            ),
            dismissed_pipelines_banner=_rt.optional_bool(data, "dismissed-pipelines-banner"),
            dismissed_pipelines_github_banner=_rt.optional_bool(
                data,
                "dismissed-pipelines-github-banner",
            ),
            dismissed_pipelines_github_banners=_rt.optional(
                data,
                "dismissed-pipelines-github-banners",
                _rt.list_of(_rt.as_str),
            ),
            dismissed_sms_banner=_rt.optional_bool(data, "dismissed-sms-banner"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.timezone is not None:
            data["timezone"] = self.timezone
        if self.default_organization is not None:
            data["default-organization"] = self.default_organization
        if self.dismissed_github_banner is not None:
            data["dismissed-github-banner"] = self.dismissed_github_banner
        if self.dismissed_getting_started is not None:
            data["dismissed-getting-started"] = self.dismissed_getting_started
        if self.dismissed_org_access_controls is not None:
            data["dismissed-org-access-controls"] = self.dismissed_org_access_controls
        if self.dismissed_org_wizard_notification is not None:
            data["dismissed-org-wizard-notification"] = self.dismissed_org_wizard_notification
        if self.dismissed_pipelines_banner is not None:
            data["dismissed-pipelines-banner"] = self.dismissed_pipelines_banner
        if self.dismissed_pipelines_github_banner is not None:
            data["dismissed-pipelines-github-banner"] = self.dismissed_pipelines_github_banner
        if self.dismissed_pipelines_github_banners is not None:
            data["dismissed-pipelines-github-banners"] = list(
                self.dismissed_pipelines_github_banners
            )
        if self.dismissed_sms_banner is not None:
            data["dismissed-sms-banner"] = self.dismissed_sms_banner
        return data

from __future__ import annotations

from .. import _runtime as _rt


class CollaboratorRole(str, _rt.OpenEnum):
    OWNER = "owner"
    COLLABORATOR = "collaborator"
    MEMBER = "member"
    ADMIN = "admin"

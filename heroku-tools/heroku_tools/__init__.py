"""Hand-written workflows on top of the generated Heroku client: deploy a
directory, roll back, tail logs (Python API and the ``heroku-api`` command)."""

from .workflow import (
    Deployment,
    DeployError,
    DeployFailed,
    DeployTimeout,
    UploadFailed,
    deploy,
    rollback,
    tail_logs,
)
from .tarball import Tarball, TarballError

__all__ = [
    "DeployError",
    "DeployFailed",
    "DeployTimeout",
    "Deployment",
    "Tarball",
    "TarballError",
    "UploadFailed",
    "deploy",
    "rollback",
    "tail_logs",
]

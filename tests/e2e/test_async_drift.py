"""``AsyncClient`` cannot drift from ``Client``: for every document, every
resource of the one has the same methods as the other's, with identical
signatures (parameter names, kinds, defaults and annotations), docstrings and
return annotations, except that a call is ``async def`` and a listing returns
``AsyncRangePages``/``AsyncPages`` where the sync one returns ``RangePages``/``Pages``
(a plain ``def``: ``async for`` iterates it).  The two constructors take the
same arguments (every credential argument of the document's security schemes
included) except where ``AsyncClient`` documents a difference (``ASYNC_ONLY``).
Checked on the feature fixtures, the auth fixtures, the ``max``-collision
fixture, the Heroku document and a corpus sample (every corpus document with
``-m slow``)."""

from __future__ import annotations

import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
import test_cross_target as cross

from generator import output, pipeline
from helpers import ROOT

RESOURCE = re.compile(r"^[A-Za-z_]\w*Api\d*$")  # PetsApi, PetsApi2 (a case collision)
AUTH_FIXTURES = sorted((ROOT / "tests" / "fixtures" / "auth").glob("*.yaml"))
# Constructor arguments that differ on purpose: Client's -> AsyncClient's annotation.
ASYNC_ONLY = {
    "token": ("Optional[str]", "_rt.AsyncToken"),  # or an async function
    "retries": ("Union[int, Retry, None]", "int"),  # a count: no urllib3 Retry
}
RENAMED = {"session": "http_client"}  # requests.Session -> httpx.AsyncClient


def generate(spec: Path, out: Path, package: str) -> Any:
    result = pipeline.generate(spec, ["python"], package=package)
    output.write_tree(out, result.files)
    sys.path.insert(0, str(out))
    try:
        importlib.invalidate_caches()
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(out))


@pytest.fixture()
def forget_package() -> Iterator[list[str]]:
    names: list[str] = []
    yield names
    for name in list(sys.modules):
        if any(name == n or name.startswith(n + ".") for n in names):
            del sys.modules[name]


def _resources(client: Any) -> dict[str, Any]:
    """The client's resources by attribute name (properties included)."""
    found = {}
    for name in dir(type(client)) + list(vars(client)):
        if name.startswith("_"):
            continue
        value = getattr(client, name)
        if RESOURCE.match(type(value).__name__):
            found[name] = value
    return found


def _methods(resource: Any) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(type(resource), inspect.isfunction)
        if not name.startswith("_")
    }


def constructor_drift(package: Any) -> list[str]:
    """Every difference between ``Client(...)`` and ``AsyncClient(...)`` arguments
    beyond the documented ones: names, order, kinds, defaults, annotations."""
    sync_params = list(inspect.signature(package.Client).parameters.values())
    async_params = list(inspect.signature(package.AsyncClient).parameters.values())
    names = [RENAMED.get(p.name, p.name) for p in sync_params]
    if names != [p.name for p in async_params]:
        return [f"constructor arguments differ: {names} != {[p.name for p in async_params]}"]
    problems = []
    for sync_param, async_param in zip(sync_params, async_params):
        if sync_param.name in RENAMED:
            continue
        expected = sync_param
        if sync_param.name in ASYNC_ONLY:
            before, after = ASYNC_ONLY[sync_param.name]
            if sync_param.annotation != before:
                problems.append(f"{sync_param.name}: Client takes {sync_param.annotation}")
            expected = sync_param.replace(annotation=after)
        if async_param != expected:
            problems.append(f"constructor: {async_param} != {expected}")
    return problems


def drift(package: Any) -> list[str]:
    """Every difference between the sync and async surface of ``package``."""
    problems: list[str] = constructor_drift(package)
    sync_resources = _resources(package.Client())  # credentials are looked up per call
    async_resources = _resources(package.AsyncClient())
    if set(sync_resources) != set(async_resources):
        return [f"resources differ: {sorted(set(sync_resources) ^ set(async_resources))}"]
    for name, sync_resource in sync_resources.items():
        sync_methods = _methods(sync_resource)
        async_methods = _methods(async_resources[name])
        if set(sync_methods) != set(async_methods):
            problems.append(f"{name}: methods differ: {set(sync_methods) ^ set(async_methods)}")
            continue
        for ident, sync_method in sync_methods.items():
            problems += _pair(f"{name}.{ident}", sync_method, async_methods[ident])
    return problems


def _pair(where: str, sync_method: Any, async_method: Any) -> list[str]:
    sync_sig = inspect.signature(sync_method)
    async_sig = inspect.signature(async_method)
    problems = []
    # The one difference by design: a raw body may also be an async iterable there.
    expected_params = [
        (
            p.replace(annotation=re.sub(r"\b_rt\.RawBody\b", "_rt.AsyncRawBody", str(p.annotation)))
            if p.annotation is not inspect.Parameter.empty
            else p
        )
        for p in sync_sig.parameters.values()
    ]
    if expected_params != list(async_sig.parameters.values()):
        problems.append(f"{where}: parameters differ: {sync_sig} != {async_sig}")
    if sync_method.__doc__ != async_method.__doc__:
        problems.append(f"{where}: docstrings differ")
    returns = str(sync_sig.return_annotation)
    listing = re.match(r"_rt\.(\w*Pages)\[(.*)\]$", returns)  # RangePages, Pages
    events = re.match(r"_rt\.EventStream\[(.*)\]$", returns)
    if listing:
        expected, coroutine = f"_rt.Async{listing.group(1)}[{listing.group(2)}]", False
    elif events:
        expected, coroutine = f"_rt.AsyncEventStream[{events.group(1)}]", True
    else:
        expected, coroutine = returns, True
    if str(async_sig.return_annotation) != expected:
        problems.append(f"{where}: returns {async_sig.return_annotation}, not {expected}")
    if inspect.iscoroutinefunction(sync_method):
        problems.append(f"{where}: the sync method is async")
    if inspect.iscoroutinefunction(async_method) != coroutine:
        problems.append(f"{where}: the async method should {'' if coroutine else 'not '}be async")
    return problems


# The twins of each client: (attribute, whether its methods are coroutine functions).
TWINS = {
    "Client": (("with_raw_response", False), ("with_streaming_response", False)),
    # awaited for an AsyncRawResponse; an AsyncStreaming, entered with ``async with``
    "AsyncClient": (("with_raw_response", True), ("with_streaming_response", False)),
}


def twin_drift(package: Any) -> list[str]:
    """Every difference between a client's resources and its raw and streaming
    twins, for both clients: the same groups, the same methods, each wrapping
    exactly its group's method (``__wrapped__``: so the same parameters and
    docstring), and awaited only where ``TWINS`` says."""
    problems = []
    for kind, twins in TWINS.items():
        client = getattr(package, kind)()
        resources = _resources(client)
        for attribute, coroutine in twins:
            holder = getattr(client, attribute)
            groups = {n for n in dir(type(holder)) if not n.startswith("_")}
            if groups != set(resources):
                problems.append(f"{kind}.{attribute}: groups differ: {groups ^ set(resources)}")
                continue
            for name, resource in resources.items():
                wrapped = vars(getattr(holder, name))
                if set(wrapped) != set(_methods(resource)):
                    missing = set(wrapped) ^ set(_methods(resource))
                    problems.append(f"{kind}.{attribute}.{name}: methods differ: {missing}")
                for ident, method in wrapped.items():
                    where = f"{kind}.{attribute}.{name}.{ident}"
                    if method.__wrapped__ != getattr(resource, ident):
                        problems.append(f"{where}: wraps {method.__wrapped__}")
                    if method.__doc__ != getattr(resource, ident).__doc__:
                        problems.append(f"{where}: docstrings differ")
                    if inspect.iscoroutinefunction(method) != coroutine:
                        problems.append(f"{where}: should {'' if coroutine else 'not '}be awaited")
    return problems


def check(spec: Path, tmp_path: Path, package: str, forget: list[str]) -> int:
    forget.append(package)
    imported = generate(spec, tmp_path, package)
    problems = drift(imported) + twin_drift(imported)
    assert not problems, "\n".join(problems[:20])
    return sum(len(_methods(r)) for r in _resources(imported.Client()).values())


@pytest.mark.parametrize(
    "spec", [*cross._features(), *AUTH_FIXTURES, cross.MAX_COLLISION], ids=lambda p: p.stem
)
def test_fixture_clients_agree(spec: Path, tmp_path: Path, forget_package: list[str]) -> None:
    check(spec, tmp_path, "drift_" + re.sub(r"\W", "_", spec.stem), forget_package)


def test_heroku_clients_agree(tmp_path: Path, forget_package: list[str]) -> None:
    assert check(ROOT / "spec" / "heroku.yaml", tmp_path, "drift_heroku", forget_package) == 46


@pytest.mark.parametrize("doc_id", cross._corpus_ids())
def test_corpus_clients_agree(
    doc_id: str, tmp_path: Path, forget_package: list[str], request: pytest.FixtureRequest
) -> None:
    if doc_id not in cross.CORPUS_SAMPLE and not request.config.getoption("-m"):
        pytest.skip("the whole corpus runs with -m slow")
    path = cross._corpus().get(doc_id)
    if path is None:
        pytest.skip("the development corpus is not beside this checkout (../shared/corpus)")
    assert check(Path(path), tmp_path, "drift_" + re.sub(r"\W", "_", doc_id), forget_package) > 0


def reimported(folder: Path, package: str) -> Any:
    """``package`` imported afresh from ``folder`` (after a test broke its source)."""
    for name in list(sys.modules):
        if name == package or name.startswith(package + "."):
            del sys.modules[name]
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(folder))


def test_the_check_notices_drift(tmp_path: Path, forget_package: list[str]) -> None:
    """The check can fail: an async method that lost a parameter, one that is
    not ``async``, and a listing whose async twin returns the sync pages."""
    forget_package.append("drift_broken")
    generate(ROOT / "spec" / "heroku.yaml", tmp_path, "drift_broken")
    module = tmp_path / "drift_broken" / "api" / "apps.py"
    source = module.read_text()
    sync_part, async_part = source.split("\nclass AsyncAppsApi", 1)
    broken = async_part.replace("_rt.AsyncRangePages[", "_rt.RangePages[", 1)
    broken = re.sub(r"async def (\w+)\(\s*self,", r"def \1(self,", broken, count=1)
    broken = broken.replace("= await self._client", "= self._client", 1)
    broken = broken.replace("        strict: Optional[bool] = None,\n", "", 1)
    assert broken != async_part
    module.write_text(sync_part + "\nclass AsyncAppsApi" + broken)
    problems = drift(reimported(tmp_path, "drift_broken"))
    text = "\n".join(problems)
    assert "parameters differ" in text
    assert "should be async" in text
    assert "returns _rt.RangePages" in text


def test_the_check_notices_twin_drift(tmp_path: Path, forget_package: list[str]) -> None:
    """The twin check can fail: an async raw twin missing a method, one wrapping
    another method, one that is not awaited, and an async streaming twin
    wrapping the sync method."""
    forget_package.append("drift_twins")
    generate(ROOT / "spec" / "heroku.yaml", tmp_path, "drift_twins")
    module = tmp_path / "drift_twins" / "api" / "apps.py"
    source = module.read_text()
    broken = source.replace("        self.get = _rt.async_raw_response(api.get)\n", "", 1)
    broken = broken.replace(
        "self.delete = _rt.async_raw_response(api.delete)",
        "self.delete = _rt.async_raw_response(api.update)",
        1,
    )
    broken = broken.replace(
        "self.create = _rt.async_raw_response(api.create)",
        "self.create = _rt.async_streamed_response(api.create)",  # not awaited
        1,
    )
    broken = broken.replace(
        "self.update = _rt.async_streamed_response(api.update)",
        "self.update = _rt.async_streamed_response(AppsApi(api._client).update)",  # type: ignore
        1,
    )
    assert broken.count("\n") == source.count("\n") - 1 and "AppsApi(api._client)" in broken
    module.write_text(broken)
    problems = twin_drift(reimported(tmp_path, "drift_twins"))
    text = "\n".join(problems)
    assert "AsyncClient.with_raw_response.apps: methods differ: {'get'}" in text
    assert "AsyncClient.with_raw_response.apps.delete: wraps" in text
    assert "AsyncClient.with_streaming_response.apps.update: wraps" in text
    assert "should be awaited" in text


def test_the_check_notices_a_missing_credential_argument(
    tmp_path: Path, forget_package: list[str]
) -> None:
    """An ``AsyncClient`` that lost a credential argument of the document's
    security schemes (or took it with another default) is drift."""
    forget_package.append("drift_creds")
    spec = ROOT / "tests" / "fixtures" / "auth" / "mixed_security.yaml"
    generate(spec, tmp_path, "drift_creds")
    module = tmp_path / "drift_creds" / "client.py"
    sync_part, async_part = module.read_text().split("\nclass AsyncClient", 1)
    assert "        query_key: Optional[str] = None,\n" in async_part
    broken = async_part.replace("        query_key: Optional[str] = None,\n", "", 1)
    broken = broken.replace('                "query_key": query_key,\n', "", 1)
    module.write_text(sync_part + "\nclass AsyncClient" + broken)
    problems = constructor_drift(reimported(tmp_path, "drift_creds"))
    assert problems and "constructor arguments differ" in problems[0]
    assert "'query_key'" in problems[0]

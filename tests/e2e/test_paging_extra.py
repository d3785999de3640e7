"""A page keeps what the server sends beside its items: ``Page.body`` (the
whole JSON body) and ``Page.extra`` (the fields around the items), so a
``total`` is not hidden by paging, against the paging fixture's local server."""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest
from test_paging import SPEC, PagingServer, running

from generator import cli

PACKAGE = "feat_paging_extra"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out: Path = tmp_path_factory.mktemp("paging_extra")
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        status = cli.main(["generate", str(SPEC), "--out", str(out), "--package", PACKAGE])
    assert status == 0, stdout.getvalue()
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))


def test_offset_pages_keep_the_total(package: ModuleType) -> None:
    with running(PagingServer(total=5, size=2)) as server:
        client = package.Client(base_url=server.url, retries=0)
        pages = list(client.offset.list().pages())
    assert [page.extra for page in pages] == [{"total": 5}] * len(pages)
    assert pages[0].body == {"items": [{"id": 1}, {"id": 2}], "total": 5}
    assert [item.id for item in pages[0].items] == [1, 2]


def test_nested_items_keep_their_siblings(package: ModuleType) -> None:
    with running(PagingServer(total=3, size=2)) as server:
        client = package.Client(base_url=server.url, retries=0)
        first = client.cursor.list().first_page()
    assert first.extra == {"meta": {"next_cursor": "c2"}}
    assert first.body["data"] == [{"id": 1}, {"id": 2}]


def test_a_bare_list_has_no_extra(package: ModuleType) -> None:
    with running(PagingServer(total=3, size=2)) as server:
        client = package.Client(base_url=server.url, retries=0)
        first = client.range.list(max=2).first_page()
    assert first.extra == {} and first.body == [{"id": 1}, {"id": 2}]
    assert repr(first).startswith("Page(items=") and "body" not in repr(first)

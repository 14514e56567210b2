"""glibc allocator tuning: applied where glibc is, harmless elsewhere."""

from __future__ import annotations

import platform

import pytest

from bot import memory

on_glibc = platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not on_glibc, reason="glibc only")
def test_arenas_can_be_capped_on_glibc():
    assert memory.limit_arenas(8) is True


def test_without_glibc_both_are_no_ops(monkeypatch):
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.limit_arenas() is False
    assert memory.give_back_free_memory() is False

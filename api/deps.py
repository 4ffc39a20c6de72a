"""Typed dependencies of the routes (swap them with ``app.dependency_overrides``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from alliancekg.graph.resolve import Minter
from alliancekg.graph.store import Store

from .settings import Settings

__all__ = ["get_settings", "get_store", "get_minter", "SettingsDep", "StoreDep", "MinterDep"]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_minter(settings: Annotated[Settings, Depends(get_settings)]) -> Minter:
    return Minter(settings.base_iri)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
MinterDep = Annotated[Minter, Depends(get_minter)]

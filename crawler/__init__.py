"""newsrake's crawl service: spiders, middlewares, pipelines, store, dedup index, jobs, CLI."""

from __future__ import annotations

__version__ = "0.1.0"

"""Watching long runs: live progress, Prometheus metrics and JSON-lines logs.

A room of its own that imports nothing else of newsrake: the crawl (a Scrapy
extension), the jobs and the commands all feed it a stats snapshot
(docs/observability.md).
"""

"""Prometheus metrics of a long run, read from its stats (prometheus-client).

Stats keys are already namespaced counters (``ingest/pages``, ``errors/http/404``,
``noise/related/removed``, ``sites/<site>/new``); the collector turns a snapshot of
them into metric families at scrape time, so nothing is counted twice:

- ``newsrake_<key>_total`` for plain keys (``/`` and other signs become ``_``),
- ``newsrake_noise_<what>_total{plugin=...}`` for ``noise/<plugin>/<what>``,
- ``newsrake_site_<what>_total{site=...}`` for ``sites/<site>/<what>``,
- ``newsrake_run_info{job, run_id}`` and ``newsrake_progress_done`` / ``_total``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

logger = logging.getLogger(__name__)

StatsSource = Callable[[], Mapping[str, Any]]
_NOT_NAME = re.compile(r"[^a-zA-Z0-9_]+")


def metric_name(key: str) -> str:
    """``errors/http/404`` -> ``newsrake_errors_http_404``."""
    return "newsrake_" + _NOT_NAME.sub("_", key).strip("_").lower()


class StatsCollector(Collector):
    """Metric families from a stats snapshot, taken at each scrape."""

    def __init__(self, source: StatsSource, job: str, run_id: str,
                 progress: Callable[[], tuple[int, int | None]] | None = None) -> None:
        self.source = source
        self.job = job
        self.run_id = run_id
        self.progress = progress

    def collect(self) -> Iterator[Metric]:
        info = GaugeMetricFamily("newsrake_run_info", "The run being watched.",
                                 labels=["job", "run_id"])
        info.add_metric([self.job, self.run_id], 1)
        yield info
        if self.progress is not None:
            done, total = self.progress()
            yield GaugeMetricFamily("newsrake_progress_done", "Items done so far.", value=done)
            if total is not None:
                yield GaugeMetricFamily("newsrake_progress_total", "Items to do.", value=total)
        labelled: dict[str, CounterMetricFamily] = {}
        for key, value in sorted(self.source().items()):
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue  # start/finish times and other non-counters
            parts = key.split("/")
            if parts[0] in ("noise", "sites") and len(parts) == 3:
                label = "plugin" if parts[0] == "noise" else "site"
                name = metric_name(f"{'noise' if label == 'plugin' else 'site'}_{parts[2]}")
                family = labelled.get(name)
                if family is None:
                    family = labelled[name] = CounterMetricFamily(
                        name, f"{parts[0]}/<{label}>/{parts[2]} stats key.", labels=[label])
                family.add_metric([parts[1]], value)
            else:
                yield CounterMetricFamily(metric_name(key), f"{key} stats key.", value=value)
        yield from labelled.values()


class MetricsServer:
    """An HTTP server answering ``GET /metrics`` for one run, in a daemon thread."""

    def __init__(self, collector: Collector, port: int, addr: str = "127.0.0.1") -> None:
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(collector)
        try:
            self._server, self._thread = start_http_server(port, addr=addr,
                                                           registry=self.registry)
        except OSError as exc:
            raise OSError(f"cannot serve metrics on {addr}:{port}: {exc.strerror or exc}; "
                          "pick another --metrics-port (0 picks a free one)") from exc
        self.addr = addr
        self.port = int(self._server.server_port)

    @property
    def url(self) -> str:
        """Where the metrics are scraped."""
        return f"http://{self.addr}:{self.port}/metrics"

    def close(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

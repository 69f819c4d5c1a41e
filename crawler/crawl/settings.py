"""Scrapy settings of the newsrake crawl (``newsrake crawl`` layers its options on top).

Polite by default: robots.txt obeyed, AutoThrottle on, two requests at a time per
site, an identifying User-Agent. The remote-control (telnet) console is off.
"""

from __future__ import annotations

from crawler import __version__

BOT_NAME = "newsrake"
SPIDER_MODULES = ["crawler.crawl.spiders"]
NEWSPIDER_MODULE = "crawler.crawl.spiders"

#: Identifies the crawler to site operators; deployments should add a contact URL.
USER_AGENT = f"newsrake/{__version__} (+https://github.com/newsrake/newsrake)"
ROBOTSTXT_OBEY = True
TELNETCONSOLE_ENABLED = False
#: Scrapy 2.19's remote control runs Python code sent to a local HTTP port (token in a
#: file under the user's home): off, like the telnet console, for a process that holds
#: write access to a bucket.
REMOTE_CONTROL_ENABLED = False

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
#: Pages larger than this are not articles (or are hostile); 10 MiB covers any news page.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    "crawler.crawl.middlewares.HostGuardMiddleware": 50,
    # Scrapy's own, replaced by subclasses that count the limits they enforce
    # (crawler/crawl/limits.py), at the same places in the chain.
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.crawl.limits.LimitedHttpCompressionMiddleware": 590,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.crawl.limits.LimitedRedirectMiddleware": 600,
    # the same redirects, without decoding every page to rule one out (middlewares.py)
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.crawl.middlewares.HeadMetaRefreshMiddleware": 580,
    "crawler.crawl.middlewares.StoredPageMiddleware": 560,
    "crawler.crawl.middlewares.SourceValidatorsMiddleware": 570,
}
ITEM_PIPELINES = {
    "crawler.crawl.pipelines.IngestPipeline": 300,
}
#: Progress display and metrics endpoint (crawler/crawl/observe.py); off unless asked for.
EXTENSIONS = {
    "crawler.crawl.observe.ObserveExtension": 500,
}
#: Names are checked again on the address Twisted connects to (DNS rebinding).
TWISTED_DNS_RESOLVER = "crawler.crawl.resolver.GuardedResolver"
#: Threads that run ingest (archive, store, dedup); cleaning itself runs in processes.
REACTOR_THREADPOOL_MAXSIZE = 8
#: Outputs of one response processed at once. Scrapy starts this many asyncio tasks for
#: every response (default 100, about 3 ms of the parent's CPU a page); a page response
#: yields one item and a feed or sitemap yields requests, which are scheduled at once,
#: so one is enough. Pages are still ingested in parallel (NEWSRAKE_INGEST_INFLIGHT).
CONCURRENT_ITEMS = 1

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# newsrake's own settings; ``newsrake crawl`` fills them from its options.
NEWSRAKE_STORE = "file://./data"
NEWSRAKE_ENDPOINT_URL = None
NEWSRAKE_REDIS_URL = None
NEWSRAKE_DEDUP_WINDOW_DAYS = 30
NEWSRAKE_CLEAN_WORKERS = 0  # 0: clean in the ingest threads; N: a pool of N processes
#: Pages between ingest's steps at once (back-pressure on fetching when cleaning lags);
#: 0: two per cleaning process plus four (crawler/crawl/pipelines.py).
NEWSRAKE_INGEST_INFLIGHT = 0
NEWSRAKE_REFETCH = False
NEWSRAKE_ALLOW_PRIVATE_HOSTS = False
#: Host names and networks fetched even though private ("intranet.corp", "10.1.0.0/16").
NEWSRAKE_PRIVATE_HOSTS_ALLOWLIST: list[str] = []
#: ``module:function`` resolving a host name to its addresses (tests); None: the system's.
NEWSRAKE_HOST_RESOLVER = None
#: Feeds and sitemaps: the largest body read (the sitemap protocol's 50 MB) and the most
#: URLs taken from one (the protocol's 50,000); the rest are counted and dropped.
NEWSRAKE_MAX_SOURCE_BYTES = 50 * 1024 * 1024
NEWSRAKE_MAX_SOURCE_URLS = 50_000
NEWSRAKE_RUN_ID = None

"""The crawl: Scrapy spiders (discovery), middlewares, the ingest pipeline and settings."""

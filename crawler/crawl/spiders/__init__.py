"""Discovery spiders: feeds, sitemaps and URL lists in, page requests with provenance out."""

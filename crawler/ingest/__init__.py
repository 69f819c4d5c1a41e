"""Ingest: the one path from a raw page to stored objects (archive, clean, dedup, write),
shared by the crawl, the re-clean and the takedown."""

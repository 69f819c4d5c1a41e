"""The dedup index: its interface, signatures, origin choice, the embedded and Redis backends."""

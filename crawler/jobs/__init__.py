"""Jobs over the store: re-clean, export, verify and takedown."""

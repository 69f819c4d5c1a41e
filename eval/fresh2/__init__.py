"""fresh2: an independently written, held-out set of generated news pages."""

"""The bundled sample news sites and the local server that ``newsrake demo`` crawls."""

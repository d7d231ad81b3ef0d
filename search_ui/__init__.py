"""The search site over the index: the Flask app (app.py), its pages and JSON API, and
`make serve` (serve.py). Nothing is imported here, so the supervisor of `make serve`
starts without the app, the index or the morphology (70 → 13 MB resident)."""

"""Use cases the UI and the CLI both call; each opens its own transaction."""

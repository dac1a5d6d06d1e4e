"""Use cases the window and the command line both call: each takes an open plan and opens its own
transaction (ARCHITECTURE.md, "Calling a service")."""

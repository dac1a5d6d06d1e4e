"""Views docked into the main window."""

"""The Qt desktop application. Only this package imports PySide6.QtWidgets."""

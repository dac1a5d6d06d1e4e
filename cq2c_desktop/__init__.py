"""CQ2C Planner: plan the redeployment of commune civil servants (Vietnam, 2025 reform)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cq2c-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

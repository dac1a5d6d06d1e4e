"""Entry script of the frozen app: the same `main` as the `cq2c-desktop` command of the package."""

from __future__ import annotations

import sys

from cq2c_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
